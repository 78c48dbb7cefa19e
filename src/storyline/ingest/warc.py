"""WARC / WARC.gz archives: every HTTP response record with HTML becomes a page to read."""

from __future__ import annotations

import io
import zlib
from collections.abc import Iterator
from typing import Any

from warcio.archiveiterator import ArchiveIterator

from storyline.errors import Code, StorylineError
from storyline.ingest.draft import ArticleDraft
from storyline.ingest.html import read_html
from storyline.ingest.sources import Item, failure
from storyline.records import Failure

READER = "storyline.readers.warc.v1"


def read_warc(item: Item) -> Iterator[ArticleDraft | Failure]:
    """Drafts for the HTML pages in a WARC; a truncated archive yields what is whole, then fails."""
    if item.data[:2] == b"\x1f\x8b" and not gzip_complete(item.data):
        truncated = StorylineError(Code.WARC_TRUNCATED, detail="gzip stream ends mid-record")
    else:
        truncated = None
    pages = 0
    for page in _html_pages(item):
        pages += 1
        yield from _read_page(page)
    if truncated is not None:
        raise truncated
    if pages == 0:
        raise StorylineError(Code.NO_ARTICLE, detail="WARC has no HTML response records")


def _read_page(page: Item) -> Iterator[ArticleDraft | Failure]:
    """Drafts from one archived page; its failure does not stop the archive."""
    try:
        for draft in read_html(page):
            draft.origin.reader = READER
            yield draft
    except StorylineError as exc:
        yield failure(page.source, "read", exc)


def _html_pages(item: Item) -> Iterator[Item]:
    """An Item per complete 2xx HTML response; raises WARC_TRUNCATED on a cut-off record."""
    try:
        for record in ArchiveIterator(io.BytesIO(item.data)):
            page = _page(record, item)
            if page is not None:
                yield page
    except StorylineError:
        raise
    except Exception as exc:  # noqa: BLE001 - warcio raises assorted errors on broken input
        raise StorylineError(Code.WARC_TRUNCATED, detail=f"{type(exc).__name__}: {exc}") from exc


def _page(record: Any, item: Item) -> Item | None:
    """An Item for a 2xx HTML response or resource record, else None."""
    if record.rec_type not in ("response", "resource"):
        return None
    headers = record.http_headers
    if record.rec_type == "response" and (headers is None or not _ok(headers)):
        return None
    ctype = (headers or record.rec_headers).get_header("Content-Type") or ""
    body = record.content_stream().read()
    url = record.rec_headers.get_header("WARC-Target-URI")
    if getattr(record.raw_stream, "limit", 0) > 0:
        raise StorylineError(Code.WARC_TRUNCATED, detail=f"record for {url} is cut off")
    if "html" not in ctype.lower():
        return None
    return Item(
        source=f"{item.source}#{url}",
        data=body,
        name=url or "page.html",
        path=item.path,
        url=url,
        content_type=ctype,
    )


def _ok(headers: Any) -> bool:
    """True for a 2xx HTTP status."""
    status = str(headers.get_statuscode() or "")
    return status.startswith("2")


def gzip_complete(data: bytes) -> bool:
    """True if every gzip member in ``data`` ends properly (warcio silently drops a cut one)."""
    view = memoryview(data)
    pos = 0
    while pos < len(data):
        if not any(view[pos:]):
            return True  # zero padding after the last member
        decomp = zlib.decompressobj(31)
        rest: bytes | memoryview = view[pos:]
        try:
            while not decomp.eof:
                out = decomp.decompress(rest, 1 << 20)
                rest = decomp.unconsumed_tail
                if not out and not rest:
                    break
        except zlib.error:
            return False
        if not decomp.eof:
            return False
        pos = len(data) - len(decomp.unused_data)
    return True
