"""Issue 3, second speed round of the twenty-first session: each shortcut decides what the full
reading decides (texts and rows we wrote ourselves)."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import fields
from pathlib import Path
from typing import Any

import pytest

from storyline.records import (
    ActorRef,
    Article,
    ArticleRecord,
    Cue,
    Quote,
    TimeRef,
    to_dict,
)
from storyline.store import Store
from storyline.store.schema import MIGRATIONS

pytestmark = pytest.mark.issue(3)


def _plain_in_full(value: Any) -> Any:
    """to_dict's reading without the leaf shortcut: every value asked what it is."""
    if hasattr(type(value), "__dataclass_fields__"):
        return {f.name: _plain_in_full(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, (list, tuple)):
        return [_plain_in_full(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain_in_full(v) for k, v in value.items()}
    return value


def _quote(article_id: str, n: int, text: str) -> Quote:
    return Quote(id=f"q{n}", article_id=article_id, span=(n, n + len(text)), text=text,
                 kind="direct", cue=Cue("said", "say", (0, 4)),
                 speaker=ActorRef(text="Mayor Ruiz", span=(5, 15), name="Dana Ruiz"),
                 confidence=0.9, parts=[(n, n + 4), (n + 6, n + len(text))])


def test_issue_3_s21b_to_dict_reads_as_the_full_walk() -> None:
    art = Article(id="a1", text="x", meta={"published_inference": {"candidates": [1, "b"],
                                                                  "value": None}})
    rec = ArticleRecord(article=art, quotes=[_quote("a1", 3, "We will rebuild the bridge.")],
                        timexes=[TimeRef(id="t1", article_id="a1", span=(1, 2), text="May",
                                         type="DATE", value="2024-05", precision="month")])
    for obj in (art, rec, rec.quotes[0], rec.timexes[0], {"k": (1, [2.5, True, None])}):
        got, full = to_dict(obj) if not isinstance(obj, dict) else None, _plain_in_full(obj)
        if got is not None:
            assert json.dumps(got, sort_keys=True) == json.dumps(full, sort_keys=True)
            assert got == full


def _texts(store: Store, words: str) -> list[str]:
    return sorted(json.loads(r["data"])["text"] for r in store.rows(
        "SELECT q.data FROM quotes q WHERE q.rowid IN"
        " (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)", (words,)))


def test_issue_3_s21b_quote_index_drops_a_stale_row_under_a_reused_rowid(db_path: Path) -> None:
    with Store(db_path) as store:
        assert store.schema_version == len(MIGRATIONS)
        rec = ArticleRecord(article=Article(id="a1", text="x"),
                            quotes=[_quote("a1", 1, "We will rebuild the bridge by May.")])
        assert store.save_record(rec)
    # an index row left under a rowid (as a REPLACE without recursive_triggers leaves one),
    # then a plain insert of a quote under that rowid: the trigger drops the stale words
    conn = sqlite3.connect(db_path)
    conn.execute("INSERT INTO quotes_fts (rowid, text, speaker, cue)"
                 " VALUES (7, 'the old tunnel plan', '', '')")
    data = to_dict(_quote("a1", 9, "We will rebuild the dam by June."))
    conn.execute('INSERT INTO quotes (rowid, id, article_id, start, "end", data)'
                 " VALUES (7, 'q9', 'a1', 9, 40, ?)", (json.dumps(data),))
    conn.commit()
    conn.close()
    with Store(db_path) as store:
        assert _texts(store, "dam") == ["We will rebuild the dam by June."]
        assert _texts(store, "tunnel") == []
        assert _texts(store, "bridge") == ["We will rebuild the bridge by May."]
        assert len(_texts(store, "Ruiz")) == 2
        counts = store.conn.execute("SELECT (SELECT count(*) FROM quotes_fts),"
                                    " (SELECT count(*) FROM quotes)").fetchone()
        assert counts[0] == counts[1] == 2


def test_issue_3_s21b_a_version_4_store_takes_the_new_quote_trigger(db_path: Path) -> None:
    conn = sqlite3.connect(db_path)
    for script in MIGRATIONS[:4]:
        conn.executescript(script)
    conn.execute("PRAGMA user_version = 4")
    conn.execute("INSERT INTO articles (id, text, ingested_at, data) VALUES ('a', 'x', 't', '{}')")
    conn.commit()
    conn.close()
    with Store(db_path) as store:
        assert store.schema_version == len(MIGRATIONS) == 5
        sql = store.conn.execute(
            "SELECT sql FROM sqlite_master WHERE name = 'quotes_ai'").fetchone()[0]
        assert "INSERT OR REPLACE INTO quotes_fts" in sql and "DELETE" not in sql
        rec = ArticleRecord(article=Article(id="b", text="y"),
                            quotes=[_quote("b", 2, "Sanctions are working.")])
        assert store.save_record(rec)
        assert _texts(store, "sanctions") == ["Sanctions are working."]
