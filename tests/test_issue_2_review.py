"""Review fixes to shared mechanisms: batch extraction order, migrations run twice at once."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from storyline.nlp.extract import build_pipeline, extract_records
from storyline.records import Article, ArticleRecord, Check, article_id_for, stable_id
from storyline.store import Store
from storyline.store.queries import Filters, query

pytestmark = pytest.mark.issue(2)

ENGLISH = "The minister said on Monday that the talks would resume next week in Geneva."
GERMAN = (
    "Die Regierung hat am Mittwoch ein Paket beschlossen, das die Bauern entlasten soll. Der"
    " Minister sagte, dass die ersten Zahlungen noch vor dem Herbst ausgezahlt werden sollen."
)


def test_issue_2_each_result_keeps_its_own_article_when_a_batch_repeats_one(
    nlp: Any,  # noqa: ANN401
) -> None:
    first = Article(id=article_id_for(ENGLISH), text=ENGLISH, title="first", language="en")
    german = Article(id=article_id_for(GERMAN), text=GERMAN, title="german", language="de")
    again = Article(id=first.id, text=ENGLISH, title="again", language="en")
    results = extract_records([first, german, again], nlp=nlp,
                              pipeline=build_pipeline(("storyline.quotes.v1",)))
    assert all(isinstance(r, ArticleRecord) for r in results)
    assert [r.article.title for r in results if isinstance(r, ArticleRecord)] == [
        "first", "german", "again"]
    kinds = [[c.kind for c in r.checks] for r in results if isinstance(r, ArticleRecord)]
    assert kinds[1] == ["language_not_extracted"] and kinds[0] == kinds[2] == []


def test_issue_2_a_migration_applied_meanwhile_by_another_process_is_skipped(
    db_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    with Store(db_path) as first:
        latest = first.schema_version
    second = Store.__new__(Store)  # a second opener that read the version before the first
    second.conn = sqlite3.connect(db_path, isolation_level=None)
    seen = iter([latest - 1] * latest)  # stale reads, then (default) the version after the lock
    monkeypatch.setattr(Store, "schema_version", property(lambda _: next(seen, latest)))
    try:
        second.migrate()  # re-running the last script fails (table exists); no error escapes
        assert not second.conn.in_transaction
    finally:
        second.conn.close()


def test_issue_2_a_failing_migration_still_raises(db_path: Path) -> None:
    with Store(db_path) as store:
        store.conn.execute(f"PRAGMA user_version = {store.schema_version - 1}")
        with pytest.raises(sqlite3.OperationalError):
            store.migrate()  # the version really is behind: the error is not swallowed
        assert not store.conn.in_transaction


@pytest.mark.parametrize("table", ["articles", "checks"])
@pytest.mark.parametrize("prefix", ["%", "_", "____"])
def test_issue_2_article_prefix_wildcards_are_literal(
    store: Store, table: str, prefix: str,
) -> None:
    article = Article(id=article_id_for(ENGLISH), text=ENGLISH, title="one", language="en")
    check = Check(id=stable_id(article.id, "x"), article_id=article.id, kind="x", message="m")
    store.save_record(ArticleRecord(article=article, checks=[check]))
    assert len(query(store, table, Filters(article=article.id[:4]))) == 1  # a real prefix
    assert query(store, table, Filters(article=prefix)) == []  # ids are hex: none starts so
