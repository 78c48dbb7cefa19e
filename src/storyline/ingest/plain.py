"""The plain-text reader: decode, clean, and check there is an article left."""

from __future__ import annotations

from collections.abc import Iterator

from storyline import settings
from storyline.errors import Code, StorylineError
from storyline.ingest.dates import normalise_date
from storyline.ingest.decode import decode_bytes
from storyline.ingest.draft import ArticleDraft
from storyline.ingest.sources import Item
from storyline.ingest.text import clean_plain_text
from storyline.records import Origin


def check_text(text: str, what: str) -> None:
    """Refuse text too short to be an article or too long to process."""
    if len(text.strip()) < int(settings.get("min_text_chars")):
        raise StorylineError(Code.NO_ARTICLE, detail=f"{what}: {len(text.strip())} characters")
    limit = int(settings.get("max_text_chars"))
    if len(text) > limit:
        raise StorylineError(Code.TEXT_TOO_LONG, size=len(text), limit=limit)


def draft_from_text(raw: str, origin: Origin, **meta: object) -> ArticleDraft:
    """Clean plain text into a draft; metadata passed in wins over what the text says."""
    known = meta.get("title")
    clean = clean_plain_text(raw, title=str(known) if known else None)
    check_text(clean.text, "plain text")
    draft = ArticleDraft(text=clean.text, origin=origin, title=clean.title, related=clean.related)
    draft.published = normalise_date(meta.pop("published", None)) or clean.published
    draft.published_source = "metadata" if draft.published else None
    if clean.removed:
        draft.meta["boilerplate_removed"] = clean.removed
    for key, value in meta.items():
        if value is not None:
            setattr(draft, key, value)
    return draft


def read_text(item: Item) -> Iterator[ArticleDraft]:
    """One article from a plain-text file: headline, date header and footer lifted out."""
    text, encoding = decode_bytes(item.data, item.charset)
    origin = Origin(source=item.source, reader="storyline.readers.text.v1", url=item.url)
    draft = draft_from_text(text, origin, path=item.path, url=item.url)
    draft.meta["encoding"] = encoding
    yield draft
