"""ArticleDraft: what a reader produces before the article gets its content-hash id."""

from __future__ import annotations

from dataclasses import dataclass, fields

from storyline.ingest.language import article_language
from storyline.records import Article, ArticleMeta, Origin, article_id_for


@dataclass
class ArticleDraft(ArticleMeta):
    """Clean text plus whatever metadata the reader found, and where it came from."""

    text: str
    origin: Origin


def finalize(draft: ArticleDraft) -> Article:
    """The Article for a draft: its id is a hash of the normalised clean text; its language
    is detected from that text (see ingest.language)."""
    language, source = article_language(draft.text, draft.language)
    found = {f.name: getattr(draft, f.name) for f in fields(ArticleMeta)}
    return Article(**found | {
        "published_source": draft.published_source if draft.published else None,
        "language": language,
        "meta": draft.meta | {"language_source": source},
    }, id=article_id_for(draft.text), text=draft.text)
