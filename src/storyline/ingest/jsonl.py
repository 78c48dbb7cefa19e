"""JSONL: one article per line (`text` or `html`, `title`, `url`, `published`, `outlet`)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from storyline.errors import Code, StorylineError
from storyline.ingest.dates import normalise_date
from storyline.ingest.decode import decode_bytes
from storyline.ingest.draft import ArticleDraft
from storyline.ingest.html import extract_html
from storyline.ingest.plain import check_text, draft_from_text
from storyline.ingest.sources import Item, failure
from storyline.records import Failure, Origin

READER = "storyline.readers.jsonl.v1"
FIELDS = ("title", "url", "outlet", "author", "published", "language")


def _line_draft(obj: dict[str, Any], source: str, item: Item) -> ArticleDraft:
    """The draft for one JSON object: `text` is cleaned like a text file, `html` extracted."""
    origin = Origin(source=source, reader=READER, url=_str(obj.get("url")))
    meta = {k: _str(obj.get(k)) for k in FIELDS}
    if isinstance(obj.get("text"), str) and obj["text"].strip():
        return draft_from_text(obj["text"], origin, path=item.path, **meta)
    if isinstance(obj.get("html"), str) and obj["html"].strip():
        return _html_draft(obj["html"], origin, meta, item)
    raise ValueError("no non-empty 'text' or 'html' field")


def _html_draft(html: str, origin: Origin, meta: dict[str, str | None], item: Item) -> ArticleDraft:
    """A draft from an `html` field; fields given on the line win over extracted ones."""
    found = extract_html(html, meta["url"])
    check_text(found["text"], "html field")
    draft = ArticleDraft(text=found["text"], origin=origin, path=item.path)
    for key in FIELDS:
        setattr(draft, key, meta[key] or found.get(key))
    draft.published = normalise_date(draft.published)
    draft.published_source = "metadata" if draft.published else None
    draft.meta["extraction"] = found.get("method")
    return draft


def _str(value: object) -> str | None:
    """A JSON value as text, with null and empty both meaning 'not given'."""
    return None if value is None or value == "" else str(value)


def read_jsonl(item: Item) -> Iterator[ArticleDraft | Failure]:
    """A draft per usable line, and a Failure naming the line for each one that is not.

    A `.json` file holding one article object, or an array of them, is read the same way.
    """
    text, _ = decode_bytes(item.data, item.charset)
    whole = _whole_document(text)
    if whole is not None:
        for n, obj in enumerate(whole, start=1):
            yield _read_line(obj, n, item)
        return
    for n, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            yield _read_line(line, n, item)


def _whole_document(text: str) -> list[Any] | None:
    """The records of a file that is one JSON value (an object or an array), else None."""
    if not text.lstrip().startswith(("[", "{")):
        return None
    try:
        value = json.loads(text)
    except ValueError:
        return None  # JSONL: several values, one per line
    return value if isinstance(value, list) else [value]


def _read_line(line: str | Any, n: int, item: Item) -> ArticleDraft | Failure:
    """One line (or array element) as a draft, or a Failure that names it."""
    source = f"{item.source}#L{n}"
    try:
        obj = json.loads(line) if isinstance(line, str) else line
        if not isinstance(obj, dict):
            raise ValueError("line is not a JSON object")
        return _line_draft(obj, source, item)
    except StorylineError as exc:
        return failure(source, "read", exc)
    except (ValueError, TypeError) as exc:
        bad = StorylineError(Code.JSONL_BAD_LINE, line=n, detail=str(exc)[:200])
        return failure(source, "read", bad)
