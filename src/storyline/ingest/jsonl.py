"""JSONL: one article per line (`text` or `html`, `title`, `url`, `published`, `outlet`)."""

from __future__ import annotations

import json
from collections.abc import Iterator

from storyline.errors import Code, StorylineError
from storyline.ingest.decode import decode_bytes
from storyline.ingest.draft import ArticleDraft
from storyline.ingest.html import extract_html
from storyline.ingest.plain import check_text, draft_from_text
from storyline.ingest.sources import Item, failure
from storyline.records import Failure, Origin

READER = "storyline.readers.jsonl.v1"


def _line_draft(obj: dict[str, object], source: str, item: Item) -> ArticleDraft:
    origin = Origin(source=source, reader=READER, url=_str(obj.get("url")))
    meta = {k: _str(obj.get(k)) for k in ("title", "url", "outlet", "author", "published")}
    if isinstance(obj.get("text"), str) and str(obj["text"]).strip():
        draft = draft_from_text(str(obj["text"]), origin, path=item.path, **meta)
    elif isinstance(obj.get("html"), str):
        found = extract_html(str(obj["html"]), meta["url"])
        check_text(found["text"], "html field")
        draft = ArticleDraft(text=found["text"], origin=origin, path=item.path)
        for key in meta:
            setattr(draft, key, meta[key] or found.get(key))
    else:
        raise ValueError("no 'text' or 'html' field")
    if meta["published"]:
        draft.published_source = "metadata"
    return draft


def _str(value: object) -> str | None:
    return None if value is None else str(value)


def read_jsonl(item: Item) -> Iterator[ArticleDraft | Failure]:
    text, _ = decode_bytes(item.data, item.charset)
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        source = f"{item.source}#L{n}"
        try:
            obj = json.loads(line)
            if not isinstance(obj, dict):
                raise ValueError("line is not a JSON object")
            yield _line_draft(obj, source, item)
        except StorylineError as exc:
            yield failure(source, "read", exc)
        except (ValueError, TypeError) as exc:
            yield failure(
                source, "read", StorylineError(Code.JSONL_BAD_LINE, line=n, detail=str(exc)[:200])
            )
