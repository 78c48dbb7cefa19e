"""RSS/Atom feeds: an entry with its full text becomes an article; a teaser's page is read.

An entry that carries only a short summary is read through its link instead: a page beside a
local feed (relative or file: link), or, for a feed fetched over http(s), the linked URL. A
local feed never triggers downloads, and a downloaded feed never reads local files.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urljoin, urlsplit

import feedparser

from storyline import settings
from storyline.errors import Code, StorylineError
from storyline.ingest.draft import ArticleDraft
from storyline.ingest.html import extract_html, read_html
from storyline.ingest.plain import check_text
from storyline.ingest.sources import Item, failure, file_url_path, is_url, read_file
from storyline.records import Failure, Origin

READER = "storyline.readers.feed.v1"
SUMMARY_CHARS = 500  # entry text shorter than this is a teaser: prefer the linked page
_BENIGN = (feedparser.CharacterEncodingOverride, feedparser.NonXMLContentType)


def read_feed(item: Item) -> Iterator[ArticleDraft | Failure]:
    """A draft or Failure per entry; broken XML is reported even when entries were recovered."""
    parsed = feedparser.parse(item.data)
    problem = parsed.get("bozo_exception") if parsed.bozo else None
    if problem is not None and not isinstance(problem, _BENIGN):
        detail = f"{problem}; {len(parsed.entries)} entries recovered"
        if not parsed.entries:
            raise StorylineError(Code.FEED_MALFORMED, detail=detail)
        yield failure(item.source, "read", StorylineError(Code.FEED_MALFORMED, detail=detail))
    if not parsed.entries:
        raise StorylineError(Code.NO_ARTICLE, detail="feed has no entries")
    outlet = parsed.feed.get("title")
    for n, entry in enumerate(parsed.entries):
        yield _read_entry(entry, n, item, outlet)


def _read_entry(entry: Any, n: int, item: Item, outlet: str | None) -> ArticleDraft | Failure:
    """One entry as a draft: its own full text, else its linked page, else a Failure."""
    link = _absolute(entry.get("link"), item)
    source = f"{item.source}#{link or n}"
    html, full = _entry_html(entry)
    text = extract_html(f"<html><body>{html}</body></html>")["text"] if html else ""
    linked: ArticleDraft | StorylineError | None = None
    if link and len(text) < SUMMARY_CHARS:
        linked = _linked_draft(link, entry, source, outlet, item)
        if isinstance(linked, ArticleDraft):
            return linked
    try:
        if not full and len(text) < SUMMARY_CHARS:
            error = linked if isinstance(linked, StorylineError) else None
            raise StorylineError(Code.NO_ARTICLE, detail=_teaser(len(text), link, error))
        check_text(text, f"feed entry {link or n}")
    except StorylineError as exc:
        return failure(source, "read", exc)
    return _draft(text, entry, link, source, outlet, item)


def _linked_draft(
    link: str, entry: Any, source: str, outlet: str | None, feed: Item
) -> ArticleDraft | StorylineError | None:
    """The article on the entry's linked page; the error if reading it failed; None if barred."""
    try:
        page = _linked_page(link, feed)
        return None if page is None else _from_page(page, entry, link, source, outlet, feed)
    except StorylineError as exc:
        return exc
    except Exception as exc:  # noqa: BLE001 - one odd page must not sink the whole feed
        detail = f"{type(exc).__name__}: {exc}"[:300]
        return StorylineError(Code.EXTRACT, stage="storyline.readers.html.v1", detail=detail)


def _teaser(chars: int, link: str | None, error: StorylineError | None) -> str:
    """Why a summary-only entry could not become an article."""
    if not link:
        why = "no link"
    elif error is not None:
        why = f"its page failed: {error}"
    else:
        why = f"its link {link} is not a page this feed may read"
    return f"feed entry has only a {chars}-character summary and {why}"


def _absolute(link: str | None, feed: Item) -> str | None:
    """Links of a downloaded feed resolved against its URL; a local feed's kept as written."""
    if link and feed.path is None and feed.url is not None:
        return urljoin(feed.url, link)
    return link


def _entry_html(entry: Any) -> tuple[str, bool]:
    """The entry's richest HTML, and whether it is full content rather than a summary."""
    contents = [str(c.get("value", "")) for c in entry.get("content") or []]
    if any(contents):
        return max(contents, key=len), True
    return str(entry.get("summary") or ""), False


def _entry_date(entry: Any) -> str | None:
    """The entry's published (or updated) day as YYYY-MM-DD."""
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    return time.strftime("%Y-%m-%d", parsed) if parsed else None


def _linked_page(link: str, feed: Item) -> Item | None:
    """The page an entry links to, if this feed may read it (None: do not follow)."""
    cap = int(settings.get("max_bytes"))
    if feed.path is not None:
        path = _local_target(link, Path(feed.path).parent)
        return None if path is None else read_file(path, cap)
    if feed.url is not None and is_url(link):
        from storyline.ingest.fetch import fetch_url

        return fetch_url(link, max_bytes=cap)
    return None


def _local_target(link: str, folder: Path) -> Path | None:
    """A file: link's path, or a relative link resolved against the feed's folder."""
    parts = urlsplit(link)
    if parts.scheme.lower() == "file":
        return file_url_path(link)
    if parts.scheme or parts.netloc or not parts.path:
        return None
    return folder / unquote(parts.path).lstrip("/")


def _from_page(
    page: Item, entry: Any, link: str, source: str, outlet: str | None, feed: Item
) -> ArticleDraft:
    """The linked page's article, recorded as coming from this feed entry."""
    draft = next(iter(read_html(page)))
    draft.origin = Origin(source=source, reader=READER, url=page.url or link)
    draft.title = draft.title or entry.get("title")
    draft.outlet = draft.outlet or outlet
    draft.author = draft.author or entry.get("author")
    if not draft.published and _entry_date(entry):
        draft.published, draft.published_source = _entry_date(entry), "metadata"
    draft.meta.update({"feed": feed.source, "page": page.source})
    return draft


def _draft(
    text: str, entry: Any, link: str | None, source: str, outlet: str | None, feed: Item
) -> ArticleDraft:
    """A draft from the entry's own full text and the feed's metadata."""
    published = _entry_date(entry)
    return ArticleDraft(
        text=text,
        origin=Origin(source=source, reader=READER, url=link),
        title=entry.get("title"),
        url=link,
        outlet=outlet,
        author=entry.get("author"),
        published=published,
        published_source="metadata" if published else None,
        meta={"feed": feed.source},
    )
