"""Issue 2: the SQLite store — WAL, migrations, per-article transactions, failure rows, FTS."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from storyline.records import (
    ActorRef,
    Article,
    ArticleRecord,
    Event,
    Failure,
    Origin,
    Quote,
    article_id_for,
)
from storyline.store import Store
from storyline.store.queries import Filters, query
from storyline.store.schema import MIGRATIONS

pytestmark = pytest.mark.issue(2)


def _record(text: str, source: str = "a.txt") -> ArticleRecord:
    aid = article_id_for(text)
    art = Article(id=aid, text=text, title="T " + text[:10], published="2023-04-16")
    event = Event(id="e" + aid, article_id=aid, sentence=text, span=(0, len(text)), code="042",
                  root_code="04", plover="CONSULT", source=ActorRef("Li", country="CHN"),
                  target=ActorRef("Russia", country="RUS"), date="2023-04-16")
    quote = Quote(id="q" + aid, article_id=aid, span=(0, 5), text=text[:5], kind="direct",
                  speaker=ActorRef("Shoigu", name="Sergei Shoigu"))
    return ArticleRecord(article=art, origins=[Origin(source, "test")], events=[event],
                         quotes=[quote])


def test_issue_2_store_uses_wal_and_current_schema(db_path: Path) -> None:
    with Store(db_path) as store:
        mode = store.conn.execute("PRAGMA journal_mode").fetchone()[0]
        assert mode == "wal"
        assert store.schema_version == len(MIGRATIONS)
    with Store(db_path) as again:  # reopening does not re-run migrations
        assert again.schema_version == len(MIGRATIONS)


def test_issue_2_record_lands_whole_or_not_at_all(store: Store) -> None:
    good = _record("Li Shangfu arrived in Moscow on Sunday for talks.")
    bad = _record("A second article whose quote row is broken on purpose.")
    bad.quotes[0].span = None  # type: ignore[assignment]  # makes the quote insert fail
    assert store.save_record(good) is True
    with pytest.raises(TypeError):
        store.save_record(bad)
    counts = store.counts()
    assert (counts["articles"], counts["events"], counts["quotes"]) == (1, 1, 1)
    assert not store.has_article(bad.article.id)


def test_issue_2_saving_twice_only_adds_origins(store: Store) -> None:
    rec = _record("Putin received the Chinese minister at the Kremlin on Sunday.")
    assert store.save_record(rec)
    rec.origins = [Origin("b.html", "test")]
    assert store.save_record(rec) is False
    assert store.counts()["events"] == 1
    assert {o["source"] for o in query(store, "origins")} == {"a.txt", "b.html"}


def test_issue_2_failures_are_rows_and_repeats_count(store: Store) -> None:
    fail = Failure(input="x.bin", stage="read", code="E102", message="E102 binary: ...")
    store.record_failure(fail)
    store.record_failure(fail)
    rows = query(store, "failures")
    assert len(rows) == 1 and rows[0]["attempts"] == 2 and rows[0]["code"] == "E102"
    store.save_record(_record("Now x.bin was fixed and holds a real article text.", "x.bin"))
    assert query(store, "failures") == []


def test_issue_2_full_text_search_and_filters(store: Store) -> None:
    store.save_record(_record("Shoigu said cooperation has a stabilizing effect on the world."))
    store.save_record(_record("Borrell warned on Monday that support was unacceptable."))
    hits = query(store, "articles", Filters(search="Shoigu"))
    assert [h["text"][:6] for h in hits] == ["Shoigu"]
    assert len(query(store, "events", Filters(actor="CHN"))) == 2
    assert query(store, "events", Filters(code="043")) == []
    assert len(query(store, "quotes", Filters(speaker="Sergei"))) == 2
    assert query(store, "articles", Filters(since="2023-05")) == []
    assert len(query(store, "articles", Filters(until="2023-04"))) == 2


def test_issue_2_store_is_plain_sqlite(db_path: Path, store: Store) -> None:
    store.save_record(_record("An article that any SQLite client can read back in full."))
    conn = sqlite3.connect(db_path)
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 1


def test_issue_2_search_takes_odd_text_literally(store: Store) -> None:
    store.save_record(_record("Talks resumed at 10:30 after NOT one [/b] delegate left."))
    for text in ('foo"', "10:30", "NOT", "(x", "[/b]"):
        query(store, "articles", Filters(search=text))  # never an FTS5 syntax error
    assert len(query(store, "articles", Filters(search="10:30"))) == 1


def test_issue_2_date_filters_use_the_day_a_week_starts(store: Store) -> None:
    rec = _record("A week-dated event: told Reuters last week that troops had moved.")
    rec.events[0].date = "2023-W15"
    store.save_record(rec)
    assert len(query(store, "events", Filters(since="2023-04-10", until="2023-04-10"))) == 1
    assert query(store, "events", Filters(since="2023-05")) == []
