"""Re-extraction (`storyline reextract`): a database built by an older version gains what the
current extractors find, one article per transaction, failures keeping their old rows."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from storyline import Storyline, cli
from storyline.cli import app
from storyline.records import Actor, Failure
from storyline.store.db import now_iso

pytestmark = pytest.mark.issue(3)

VISIT = ("Li Visits Moscow\n\nChinese Defence Minister Li Shangfu arrived in Moscow on Monday. "
         "Russian President Vladimir Putin received him at the Kremlin on Tuesday.\n")
TALKS = ("Talks In Ankara\n\nTurkey's foreign minister met his Iranian counterpart in Ankara "
         "on Wednesday. Iran accused Israel of attacking its embassy in Damascus.\n")


def _rows(sl: Storyline, table: str) -> list[tuple[str, ...]]:
    return [tuple(r) for r in sl.store.rows(f"SELECT id, data FROM {table} ORDER BY id")]


def _age(sl: Storyline) -> None:
    """Make the database look like an older version's: no events, a stale actor."""
    with sl.store.transaction() as conn:
        conn.execute("DELETE FROM events")
        conn.execute(
            "INSERT INTO actors (id, name, country, sector, role, valid_from, valid_until,"
            " source, data) VALUES ('stale', 'Nobody', NULL, NULL, NULL, NULL, NULL, NULL, ?)",
            ('{"id": "stale", "name": "Nobody"}',))


@pytest.fixture
def built(tmp_path: Path, sl: Storyline) -> Storyline:
    for name, text in (("visit.txt", VISIT), ("talks.txt", TALKS)):
        (tmp_path / name).write_text(text, "utf-8")
    report = sl.ingest([str(tmp_path / "visit.txt"), str(tmp_path / "talks.txt")])
    assert report.new == 2 and report.events >= 3
    return sl


def test_issue_3_reextract_restores_rows_and_is_idempotent(built: Storyline) -> None:
    """Every table comes back as a fresh ingest made it; the stale actor goes; a second run
    changes nothing."""
    fresh = {t: _rows(built, t) for t in ("events", "mentions", "quotes", "actors")}
    _age(built)
    report = built.reextract()
    assert report.articles == 2 and not report.failures and report.events_before == 0
    assert report.events == len(fresh["events"]) and report.actors_dropped == 1
    assert {t: _rows(built, t) for t in fresh} == fresh
    again = built.reextract()
    assert again.events_before == again.events == len(fresh["events"])
    assert again.actors_dropped == 0 and {t: _rows(built, t) for t in fresh} == fresh


def test_issue_3_reextract_one_article_and_an_unknown_id(built: Storyline) -> None:
    _age(built)
    visit = built.store.rows("SELECT id FROM articles WHERE title LIKE 'Li%'")[0]["id"]
    report = built.reextract([visit, "no-such-id"])
    assert report.articles == 1 and [f.code for f in report.failures] == ["E505"]
    assert "no-such-id" in report.failures[0].message
    codes = {r["article_id"] for r in built.store.rows("SELECT article_id FROM events")}
    assert codes == {visit}


def test_issue_3_reextract_reports_an_unreadable_row_and_goes_on(built: Storyline) -> None:
    """An article row whose data no longer reads (hand-edited, truncated) is an E504 failure of
    that article; the other is redone and the bad row is left as it was."""
    with built.store.transaction() as conn:
        conn.execute("UPDATE articles SET data = '{not json' WHERE title LIKE 'Li%'")
    report = built.reextract()
    assert report.articles == 1 and [f.code for f in report.failures] == ["E504"]
    assert "article " in report.failures[0].message
    assert built.store.rows("SELECT data FROM articles WHERE title LIKE 'Li%'")[0][0] == (
        "{not json")


def test_issue_3_reextract_never_lets_a_damaged_row_touch_another_article(
        built: Storyline) -> None:
    """A row whose JSON names another article's id is redone under its own id (the other
    article's rows stay its own); a row whose text is a blob is an E504 failure of that
    article, and the run goes on."""
    ids = {r["title"]: r["id"] for r in built.store.rows("SELECT id, title FROM articles")}
    visit, talks = ids["Li Visits Moscow"], ids["Talks In Ankara"]
    talks_events = built.store.rows(
        "SELECT id FROM events WHERE article_id = ? ORDER BY id", (talks,))
    with built.store.transaction() as conn:
        conn.execute("UPDATE articles SET data = json_set(data, '$.id', ?) WHERE id = ?",
                     (talks, visit))
    report = built.reextract([visit])
    assert report.articles == 1 and not report.failures
    assert built.store.rows("SELECT id FROM events WHERE article_id = ? ORDER BY id",
                            (talks,)) == talks_events
    assert built.store.rows("SELECT count(*) FROM events WHERE article_id = ?", (visit,))[0][0]
    with built.store.transaction() as conn:
        conn.execute("UPDATE articles SET text = CAST(text AS BLOB) WHERE id = ?", (visit,))
    report = built.reextract()
    assert report.articles == 1 and [f.code for f in report.failures] == ["E504"]
    assert "text is bytes" in report.failures[0].message


def test_issue_3_reextract_failure_keeps_the_old_rows(
        built: Storyline, monkeypatch: pytest.MonkeyPatch) -> None:
    """An article whose extraction fails keeps what it had; the others are redone."""
    import storyline.pipeline as pipeline

    before = _rows(built, "events")
    real = pipeline._extract_batch

    def failing(articles, batch_size, state):  # type: ignore[no-untyped-def]
        results = real(articles, batch_size, state)
        return [Failure(a.id, "extract", "E401", "boom") if "Ankara" in a.text else r
                for a, r in zip(articles, results, strict=True)]

    monkeypatch.setattr(pipeline, "_extract_batch", failing)
    with built.store.transaction() as conn:
        conn.execute("DELETE FROM events WHERE article_id IN"
                     " (SELECT id FROM articles WHERE title LIKE 'Li%')")
    report = built.reextract()
    assert report.articles == 1 and [f.message for f in report.failures] == ["boom"]
    assert _rows(built, "events") == before


def test_issue_3_reextract_lets_newer_actor_codes_win(built: Storyline) -> None:
    """Re-extraction merges an actor with the new coding first (an older wrong country goes);
    a plain ingest keeps the stored one and only fills gaps."""
    row = built.store.rows("SELECT id, data FROM actors WHERE name = 'Li Shangfu'")[0]
    with built.store.transaction() as conn:
        conn.execute("UPDATE actors SET country = 'XXX', data = json_set(data, '$.country',"
                     " 'XXX') WHERE id = ?", (row["id"],))
    built.reextract()
    assert built.store.rows("SELECT country FROM actors WHERE id = ?",
                            (row["id"],))[0]["country"] == "CHN"
    with built.store.transaction() as conn:
        built.store._upsert_actor(conn, Actor(id=row["id"], name="Li Shangfu", country="RUS",
                                              valid_from=now_iso()[:10]))
    assert built.store.rows("SELECT country FROM actors WHERE id = ?",
                            (row["id"],))[0]["country"] == "CHN"


def test_issue_3_reextract_cli(built: Storyline, tmp_path: Path,
                               monkeypatch: pytest.MonkeyPatch,
                               capsys: pytest.CaptureFixture[str]) -> None:
    _age(built)
    db = built.path
    built.close()
    result = CliRunner().invoke(app, ["reextract", "--db", db])
    assert result.exit_code == 0, result.output
    assert "re-extracted 2, failed 0; events 0 ->" in result.output
    result = CliRunner().invoke(app, ["reextract", "--db", db, "--article", "nope"])
    assert result.exit_code == 1 and "E505" in result.output
    missing = tmp_path / "missing.db"
    monkeypatch.setattr(sys, "argv", ["storyline", "reextract", "--db", str(missing)])
    with pytest.raises(SystemExit) as done:
        cli.main()
    assert done.value.code == 2 and "E503 no-database" in capsys.readouterr().err
    assert not missing.exists()
