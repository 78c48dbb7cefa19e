"""ArticleDraft: what a reader produces before the article gets its content-hash id."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from storyline.ingest.language import article_language
from storyline.records import Article, Origin, article_id_for


@dataclass
class ArticleDraft:
    """Clean text plus whatever metadata the reader found, and where it came from."""

    text: str
    origin: Origin
    title: str | None = None
    url: str | None = None
    path: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None
    published_source: str | None = None
    language: str | None = None
    related: list[dict[str, Any]] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)


def finalize(draft: ArticleDraft) -> Article:
    """The Article for a draft: its id is a hash of the normalised clean text; its language
    is detected from that text (see ingest.language)."""
    language, source = article_language(draft.text, draft.language)
    return Article(
        id=article_id_for(draft.text),
        text=draft.text,
        title=draft.title,
        url=draft.url,
        path=draft.path,
        outlet=draft.outlet,
        author=draft.author,
        published=draft.published,
        published_source=draft.published_source if draft.published else None,
        language=language,
        related=draft.related,
        meta=draft.meta | {"language_source": source},
    )
