"""Pick a reader for an Item by sniffing its bytes and name; readers live in a registry."""

from __future__ import annotations

import gzip
import io
import re
import zlib
from collections.abc import Iterator
from dataclasses import replace

from storyline import settings
from storyline.errors import Code, StorylineError
from storyline.ingest import feed, html, jsonl, plain, warc
from storyline.ingest.draft import ArticleDraft
from storyline.ingest.sources import Item, failure
from storyline.records import Failure
from storyline.registry import readers

readers.add("storyline.readers.text.v1", plain.read_text)
readers.add("storyline.readers.html.v1", html.read_html)
readers.add("storyline.readers.feed.v1", feed.read_feed)
readers.add("storyline.readers.warc.v1", warc.read_warc)
readers.add("storyline.readers.jsonl.v1", jsonl.read_jsonl)

_HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx")


_FEED_ROOT = re.compile(
    rb"^(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*|<\?xml-stylesheet[^>]*>\s*)*<(?:rss|feed|rdf:rdf)\b",
    re.S,
)


def sniff_format(item: Item) -> str:
    """The reader name for an item: by magic bytes first, then by file name, then content."""
    name = item.name.lower()
    head = item.data[:2048].lstrip().lower()
    ctype = (item.content_type or "").lower()
    if item.data.startswith(b"WARC/") or name.endswith((".warc", ".arc")):
        return "warc"
    if name.endswith((".jsonl", ".ndjson")) or (
        name.endswith(".json") and head[:1] in (b"[", b"{")
    ):
        return "jsonl"
    if _FEED_ROOT.match(head) or (head.startswith(b"<?xml") and b"<html" not in head):
        return "feed"
    if "rss" in ctype or "atom" in ctype or name.endswith((".rss", ".atom")):
        return "feed"
    if name.endswith(_HTML_SUFFIXES) or "html" in ctype or b"<html" in head:
        return "html"
    if head.startswith((b"<!doctype html", b"<head", b"<body")):
        return "html"
    return "text"


def gunzip(item: Item) -> Item:
    """Decompress a gzip item (capped); the inner name drops '.gz' so it is sniffed again."""
    cap = int(settings.get("max_bytes"))
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(item.data)) as fh:
            data = fh.read(cap + 1)
    except (EOFError, OSError, zlib.error) as exc:
        raise StorylineError(Code.TRUNCATED_GZIP, detail=str(exc) or type(exc).__name__) from exc
    if len(data) > cap:
        raise StorylineError(Code.TOO_LARGE, size=f"more than {cap}", limit=cap)
    name = item.name[:-3] if item.name.lower().endswith(".gz") else item.name
    return replace(item, data=data, name=name)


def read_item(item: Item) -> Iterator[ArticleDraft | Failure]:
    """All the article drafts in one item, and a Failure for each part that could not be read."""
    reader = "storyline.readers"
    try:
        item = _unwrap(item)
        reader = f"storyline.readers.{_format(item)}.v1"
        yield from readers.get(reader)(item)
    except StorylineError as exc:
        yield failure(item.source, "read", exc)
    except Exception as exc:  # noqa: BLE001 - a reader bug must not stop the batch
        detail = f"{type(exc).__name__}: {exc}"[:300]
        yield failure(
            item.source, "read", StorylineError(Code.EXTRACT, stage=reader, detail=detail)
        )


def _unwrap(item: Item) -> Item:
    """Refuse empty input; decompress gzip unless warcio reads it member by member."""
    if not item.data.strip():
        raise StorylineError(Code.EMPTY)
    if item.data[:2] == b"\x1f\x8b" and not _is_warc_gz(item):
        item = gunzip(item)
        if not item.data.strip():
            raise StorylineError(Code.EMPTY)
    return item


def _is_warc_gz(item: Item) -> bool:
    """Compressed WARCs go to warcio whole, member by member."""
    return item.name.lower().endswith((".warc.gz", ".arc.gz"))


def _format(item: Item) -> str:
    """The short reader name for an item."""
    return "warc" if _is_warc_gz(item) else sniff_format(item)
