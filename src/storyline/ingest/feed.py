"""RSS/Atom feeds: each entry with enough text becomes an article; the rest are explained."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import feedparser

from storyline.errors import Code, StorylineError
from storyline.ingest.draft import ArticleDraft
from storyline.ingest.html import extract_html
from storyline.ingest.plain import check_text
from storyline.ingest.sources import Item, failure
from storyline.records import Failure, Origin


def _entry_date(entry: Any) -> str | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    return time.strftime("%Y-%m-%d", parsed) if parsed else None


def _entry_html(entry: Any) -> str:
    contents = entry.get("content") or []
    if contents:
        return str(max((c.get("value", "") for c in contents), key=len))
    return str(entry.get("summary") or "")


def read_feed(item: Item) -> Iterator[ArticleDraft | Failure]:
    parsed = feedparser.parse(item.data)
    if parsed.bozo and not parsed.entries:
        detail = str(parsed.get("bozo_exception") or "no entries")
        raise StorylineError(Code.FEED_MALFORMED, detail=detail)
    if not parsed.entries:
        raise StorylineError(Code.NO_ARTICLE, detail="feed has no entries")
    outlet = parsed.feed.get("title")
    for n, entry in enumerate(parsed.entries):
        link = entry.get("link")
        source = f"{item.source}#{link or n}"
        html = _entry_html(entry)
        text = extract_html(f"<html><body>{html}</body></html>")["text"] if html else ""
        try:
            check_text(text, f"feed entry {link or n} has only a summary")
        except StorylineError as exc:
            yield failure(source, "read", exc)
            continue
        origin = Origin(source=source, reader="storyline.readers.feed.v1", url=link)
        published = _entry_date(entry)
        yield ArticleDraft(
            text=text,
            origin=origin,
            title=entry.get("title"),
            url=link,
            outlet=outlet,
            author=entry.get("author"),
            published=published,
            published_source="metadata" if published else None,
            meta={"feed": item.source},
        )
