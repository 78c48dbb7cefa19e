"""Run registered extractors over annotated articles and return plain ArticleRecords.

An extractor is a function over an ExtractContext that appends records (mentions, events,
quotes, timexes, checks) to ``ctx.record``. Extractors declare what they need and add, so the
order in settings can be checked before any text is read.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from storyline import settings
from storyline.errors import Code, StorylineError
from storyline.ingest.language import language_name
from storyline.nlp import doctext
from storyline.nlp.model import MAX_SEGMENT_CHARS, load_nlp
from storyline.nlp.segment import segment_text
from storyline.records import Article, ArticleRecord, Check, Failure, stable_id
from storyline.registry import extractors

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

COMPONENT_MODULES = (
    "storyline.actors.extract",
    "storyline.events.extract",
    "storyline.quotes.extract",
    "storyline.timex.extract",
)
DEFAULT_PIPELINE = (
    "storyline.timex.v1",
    "storyline.actors.v1",
    "storyline.events.cameo.v1",
    "storyline.quotes.v1",
    "storyline.timex.attach.v1",
)


@dataclass
class Segment:
    """One spaCy Doc over a slice of the article text starting at ``offset``."""

    doc: Doc
    offset: int
    piece: str | None = field(default=None, repr=False, compare=False)  # the text, once read

    @property
    def text(self) -> str:
        """The segment's text, read once (``doc.text`` joins every token on each access)."""
        if self.piece is None:
            self.piece = self.doc.text
        return self.piece


@dataclass
class ExtractContext:
    """What an extractor sees: the article, its annotated segments, and the record so far."""

    article: Article
    segments: list[Segment]
    record: ArticleRecord
    state: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Extractor:
    name: str
    func: Callable[[ExtractContext], None]
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()


def load_components() -> None:
    for module in COMPONENT_MODULES:
        importlib.import_module(module)


def build_pipeline(names: Iterable[str] = DEFAULT_PIPELINE) -> list[Extractor]:
    """The extractors in order; raises if one needs what no earlier one assigns."""
    load_components()
    pipeline: list[Extractor] = [extractors.get(n) for n in names]
    available: set[str] = {"article", "doc"}
    for ex in pipeline:
        missing = set(ex.requires) - available
        if missing:
            raise ValueError(f"{ex.name} requires {sorted(missing)} but nothing earlier assigns it")
        available |= set(ex.assigns)
    return pipeline


def _segments(nlp: Language, articles: list[Article], batch_size: int) -> Iterator[list[Segment]]:
    """Annotated segments per article, in order, batching all pieces through nlp.pipe."""
    pieces = [
        (i, off, txt)
        for i, a in enumerate(articles)
        for off, txt in segment_text(a.text, MAX_SEGMENT_CHARS)
    ]
    docs = nlp.pipe((p[2] for p in pieces), batch_size=batch_size)
    current: list[Segment] = []
    index = 0
    for (i, offset, piece), doc in zip(pieces, docs, strict=True):
        while i != index:
            yield current
            current, index = [], index + 1
        current.append(Segment(doc, offset, piece))
    yield current
    for _ in range(index + 1, len(articles)):
        yield []


def extract_records(
    articles: list[Article],
    *,
    nlp: Language | None = None,
    pipeline: list[Extractor] | None = None,
    batch_size: int = 32,
    state: dict[str, Any] | None = None,
) -> list[ArticleRecord | Failure]:
    """Annotate and extract a batch; an extractor error fails only its own article.

    ``state`` seeds every article's ``ctx.state`` (e.g. ``db_path`` for knowledge-base lookups).
    """
    languages = extract_languages()
    todo = [i for i, a in enumerate(articles) if readable(a, languages)]
    done: dict[int, ArticleRecord | Failure] = {}  # by position: a batch may repeat an id
    if todo:
        nlp = nlp or load_nlp()
        pipeline = pipeline if pipeline is not None else build_pipeline()
        chosen = [articles[i] for i in todo]
        with nlp.memory_zone():
            for i, segments in zip(todo, _segments(nlp, chosen, batch_size), strict=True):
                done[i] = _run(articles[i], segments, pipeline, dict(state or {}))
    return [done[i] if i in done else not_extracted(a, languages) for i, a in enumerate(articles)]


def extract_languages() -> frozenset[str]:
    """The languages the extractors may read (setting extract_languages; "*" for any)."""
    raw = str(settings.get("extract_languages"))
    return frozenset(part.strip().lower() for part in raw.split(",") if part.strip())


def readable(article: Article, languages: frozenset[str]) -> bool:
    """True if the article's language is one the extractors read (unknown counts as yes)."""
    lang = (article.language or "").lower()
    return "*" in languages or lang in ("", "und") or lang in languages


def not_extracted(article: Article, languages: frozenset[str]) -> ArticleRecord:
    """The record of an article kept but not extracted: no events, quotes or dates, and a
    check row that says why, so it can be listed (storyline checks)."""
    lang = article.language or "und"
    message = (
        f"article is in {language_name(lang)} ({lang}); the extractors read"
        f" {', '.join(sorted(languages))} only, so no events, quotes or dates were extracted"
        " (setting extract_languages)"
    )
    check = Check(id=stable_id(article.id, "language_not_extracted", lang),
                  article_id=article.id, kind="language_not_extracted", message=message,
                  severity="info")
    return ArticleRecord(article=article, checks=[check])


def _run(
    article: Article, segments: list[Segment], pipeline: list[Extractor], state: dict[str, Any]
) -> ArticleRecord | Failure:
    ctx = ExtractContext(article, segments, ArticleRecord(article=article), state)
    try:
        doctext.know((s.doc, s.text) for s in segments)  # sentence texts cut, not joined again
        for ex in pipeline:
            try:
                ex.func(ctx)
            except Exception as exc:  # noqa: BLE001 - one bad article must not stop the batch
                err = StorylineError(Code.EXTRACT, stage=ex.name,
                                     detail=f"{type(exc).__name__}: {exc}")
                return Failure(
                    input=article.path or article.url or article.id,
                    stage="extract",
                    code=err.code.id,
                    message=str(err),
                )
    finally:
        doctext.forget(s.doc for s in segments)
    return ctx.record


def extract_texts(texts: list[str], published: list[str | None] | None = None,
                  *, nlp: Language | None = None) -> list[ArticleRecord | Failure]:
    """Run the full extraction pipeline over bare texts (no store), e.g. for scoring gold sets."""
    from storyline.records import article_id_for

    dates = published or [None] * len(texts)
    articles = [Article(id=article_id_for(t) or "empty", text=t, published=d,
                        published_source="metadata" if d else None)
                for t, d in zip(texts, dates, strict=True)]
    return extract_records(articles, nlp=nlp)
