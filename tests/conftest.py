"""Shared fixtures: temporary stores, the seed-like articles we wrote, a loaded spaCy model."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from quote_views import ByCue, QuotesOf
from storyline import Storyline
from storyline.records import (
    ActorRef,
    Article,
    ArticleRecord,
    Event,
    Mention,
    Quote,
    article_id_for,
)
from storyline.store import Store

FIXTURES = Path(__file__).parent / "fixtures"
REPO = Path(__file__).resolve().parents[1]


def pytest_configure(config: pytest.Config) -> None:
    os.environ.setdefault("STORYLINE_DB", str(Path(config.rootpath) / ".pytest-default.db"))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "test.db"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    with Store(db_path) as s:
        yield s


@pytest.fixture
def sl(db_path: Path) -> Iterator[Storyline]:
    with Storyline(db_path) as s:
        yield s


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    from storyline.nlp.model import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def quotes_of(nlp: Any) -> QuotesOf:  # noqa: ANN401 - spaCy Language
    """The quotes stage alone over one text, returning its quotes (no actors, events or times)."""
    from storyline.nlp.extract import build_pipeline, extract_records

    pipeline = build_pipeline(("storyline.quotes.v1",))

    def run(text: str) -> list[Quote]:
        article = Article(id=article_id_for(text), text=text)
        record = extract_records([article], nlp=nlp, pipeline=pipeline)[0]
        assert isinstance(record, ArticleRecord), record
        return record.quotes

    return run


class EventsOf:
    """The whole pipeline over one text: its events, or what each codes."""

    def __init__(self, nlp: Any) -> None:  # noqa: ANN401 - spaCy Language
        self.nlp = nlp

    def __call__(self, text: str) -> list[Event]:
        """Every event the pipeline finds in ``text``."""
        from storyline.nlp.extract import extract_texts

        records = extract_texts([text], nlp=self.nlp)
        errors = [c.message for r in records if isinstance(r, ArticleRecord) for c in r.checks
                  if c.severity == "error"]
        assert not errors, errors  # a sentence whose coding raised must fail the test
        return [e for r in records if isinstance(r, ArticleRecord) for e in r.events]

    def codes(self, text: str) -> list[tuple[str, str | None, str | None, str | None]]:
        """(code, PLOVER type, source country, target country) of every event of ``text``."""
        return [(e.code, e.plover, e.source.country if e.source else None,
                 e.target.country if e.target else None) for e in self(text)]

    @staticmethod
    def cited(text: str, ref: ActorRef | None) -> str:
        """The words of ``text`` an event participant cites (it must cite some)."""
        assert ref is not None and ref.span is not None
        return text[slice(*ref.span)]


@pytest.fixture(scope="session")
def events_of(nlp: Any) -> EventsOf:  # noqa: ANN401 - spaCy Language
    return EventsOf(nlp)


class ActorsStage:
    """The actors stage alone over one text (the events stage cannot break actor tests), and
    the mention at a word of that text."""

    def __init__(self, nlp: Any) -> None:  # noqa: ANN401 - spaCy Language
        from storyline.nlp.extract import build_pipeline

        self.nlp = nlp
        self.pipeline = build_pipeline(("storyline.actors.v1",))

    def __call__(self, text: str, db: str | None = None,
                 published: str | None = None) -> ArticleRecord:
        """The record of ``text`` (coded against the store at ``db``, if given)."""
        from storyline.nlp.extract import extract_records

        article = Article(id=article_id_for(text), text=text, published=published)
        state = {"db_path": db} if db else None
        out = extract_records([article], nlp=self.nlp, pipeline=self.pipeline, state=state)
        assert isinstance(out[0], ArticleRecord), out
        return out[0]

    def mention(self, text: str, word: str, published: str | None = None) -> Mention:
        """The mention at ``word`` in the record of ``text``; a test fails, listing the
        mentions found, when there is none."""
        rec = self(text, published=published)
        found = self.at(rec, text, word)
        assert found is not None, (text, word, [(m.text, m.country) for m in rec.mentions])
        return found

    @staticmethod
    def at(rec: ArticleRecord, text: str, word: str, nth: int = 0) -> Mention | None:
        """The mention at the ``nth`` occurrence of ``word`` in ``text``."""
        from storyline.actors.lookup import mention_at

        start = -1
        for _ in range(nth + 1):
            start = text.index(word, start + 1)
        return mention_at(rec.mentions, start, start + len(word))


@pytest.fixture(scope="session")
def actors_of(nlp: Any) -> ActorsStage:  # noqa: ANN401 - spaCy Language
    """The actors stage over one text: ``actors_of(text)``, ``actors_of.at(rec, text, word)``."""
    return ActorsStage(nlp)


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    """Our own copies of the two seed articles, as bundled in examples/."""
    return REPO / "examples" / "seeds"


@pytest.fixture(scope="session")
def by_cue() -> ByCue:
    """Filter quotes to those whose cue text starts with a given word (lower case)."""

    def pick(quotes: list[Quote], cue: str) -> list[Quote]:
        return [q for q in quotes if q.cue is not None and q.cue.text.lower().startswith(cue)]

    return pick
