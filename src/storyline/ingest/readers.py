"""Pick a reader for an Item by sniffing its bytes and name; readers live in a registry."""

from __future__ import annotations

import gzip
import io
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


def sniff_format(item: Item) -> str:
    """The reader name for an item: by magic bytes first, then by file name, then content."""
    name = item.name.lower()
    head = item.data[:2048].lstrip().lower()
    if item.data.startswith(b"WARC/") or name.endswith((".warc", ".arc")):
        return "warc"
    if name.endswith((".jsonl", ".ndjson")):
        return "jsonl"
    ctype = (item.content_type or "").lower()
    if head.startswith(b"<?xml") or b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head:
        if b"<html" not in head or b"<rss" in head or b"<feed" in head:
            return "feed"
    if "rss" in ctype or "atom" in ctype or name.endswith((".rss", ".atom")):
        return "feed"
    if name.endswith(_HTML_SUFFIXES) or "html" in ctype:
        return "html"
    if head.startswith((b"<!doctype html", b"<html", b"<head", b"<body")) or b"<html" in head:
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
    try:
        if not item.data.strip():
            raise StorylineError(Code.EMPTY)
        is_warc_gz = item.name.lower().endswith((".warc.gz", ".arc.gz"))
        if item.data[:2] == b"\x1f\x8b" and not is_warc_gz:
            item = gunzip(item)
            if not item.data.strip():
                raise StorylineError(Code.EMPTY)
        fmt = "warc" if is_warc_gz else sniff_format(item)
        reader = readers.get(f"storyline.readers.{fmt}.v1")
        yield from reader(item)
    except StorylineError as exc:
        yield failure(item.source, "read", exc)
