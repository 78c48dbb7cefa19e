"""WARC / WARC.gz archives: every HTTP response record with HTML becomes a page to read."""

from __future__ import annotations

import io
from collections.abc import Iterator

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from storyline.errors import Code, StorylineError
from storyline.ingest.draft import ArticleDraft
from storyline.ingest.html import read_html
from storyline.ingest.sources import Item, failure
from storyline.records import Failure


def read_warc(item: Item) -> Iterator[ArticleDraft | Failure]:
    pages = 0
    try:
        for record in ArchiveIterator(io.BytesIO(item.data)):
            if record.rec_type != "response" or record.http_headers is None:
                continue
            ctype = record.http_headers.get_header("Content-Type") or ""
            if "html" not in ctype.lower():
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            body = record.content_stream().read()
            pages += 1
            page = Item(
                source=f"{item.source}#{url}",
                data=body,
                name=url or "page.html",
                path=item.path,
                url=url,
                content_type=ctype,
            )
            try:
                for draft in read_html(page):
                    draft.origin.reader = "storyline.readers.warc.v1"
                    yield draft
            except StorylineError as exc:
                yield failure(page.source, "read", exc)
    except (ArchiveLoadFailed, EOFError, OSError, ValueError) as exc:
        raise StorylineError(Code.WARC_TRUNCATED, detail=str(exc) or type(exc).__name__) from exc
    if pages == 0:
        raise StorylineError(Code.NO_ARTICLE, detail="WARC has no HTML response records")
