"""Re-extraction (`storyline reextract`): a database built by an older version gains what the
current extractors find, one article per transaction, failures keeping their old rows."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from storyline import Storyline, cli
from storyline.cli import app
from storyline.records import Actor, ArticleRecord, Failure
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
    """Re-extraction replaces what an older version stated of an actor (its wrong country
    goes); a plain ingest keeps the stored coding and only fills gaps."""
    row = built.store.rows("SELECT id, data FROM actors WHERE name = 'Li Shangfu'")[0]
    with built.store.transaction() as conn:  # what the older version stated, and its fold
        for table, key in (("actors", "id"), ("article_actors", "actor_id")):
            conn.execute(f"UPDATE {table} SET data = json_set(data, '$.country', 'XXX')"
                         f" WHERE {key} = ?", (row["id"],))
        conn.execute("UPDATE actors SET country = 'XXX' WHERE id = ?", (row["id"],))
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


# -- a reextract leaves the store as a fresh ingest with the current code would -------------

DATED = ("Talks In Ankara\n\nTurkey's foreign minister met his Iranian counterpart in Ankara "
         "on Wednesday, March 15, 2023. Iran accused Israel on Tuesday of attacking its embassy "
         "in Damascus. The two ministers will meet again next month.\n")


def _dump(sl: Storyline) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table (full-text indexes aside: they hold rowids), field by field."""
    names = [r[0] for r in sl.store.rows(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%fts%'")]
    return {n: sorted((tuple(r) for r in sl.store.rows(f"SELECT * FROM {n}")), key=repr)
            for n in names}


def _ingest_one(sl: Storyline, path: Path, text: str) -> str:
    path.write_text(text, "utf-8")
    report = sl.ingest([str(path)])
    assert report.new == 1, report
    return report.new_ids[0]


@pytest.mark.parametrize("old", [None, "2019-06-05"])
def test_issue_3_reextract_redoes_the_dates_inferred_at_ingest(
        sl: Storyline, tmp_path: Path, old: str | None) -> None:
    """An undated article whose date an older version could not infer (None) or inferred
    wrong: reextract infers it again, so the article row, its timexes (resolved against that
    date) and its events' dates are exactly what a fresh ingest makes."""
    article = _ingest_one(sl, tmp_path / "dated.txt", DATED)
    fresh = _dump(sl)
    assert fresh["articles"][0][6:8] == ("2023-03-15", "inferred")
    with sl.store.transaction() as conn:
        conn.execute(
            "UPDATE articles SET published = ?, published_source = ?, data = json_set(data,"
            " '$.published', ?, '$.published_source', ?, '$.meta.published_inference.value', ?)"
            " WHERE id = ?", (old, old and "inferred", old, old and "inferred", old, article))
        conn.execute("UPDATE events SET date = ?, data = json_set(data, '$.date', ?)", (old, old))
        conn.execute("UPDATE timexes SET value = ?, data = json_set(data, '$.anchor', ?)",
                     (old, old))
    report = sl.reextract()
    assert report.articles == 1 and not report.failures
    assert _dump(sl) == fresh


def test_issue_3_reextract_keeps_a_date_from_metadata(sl: Storyline, tmp_path: Path) -> None:
    """A date the source gave (metadata) is the article's, never inferred over."""
    title, body = DATED.split("\n\n", 1)
    line = json.dumps({"title": title, "text": body, "published": "2023-03-20"})
    article = _ingest_one(sl, tmp_path / "dated.jsonl", line + "\n")
    row = sl.store.rows("SELECT published, published_source FROM articles")[0]
    assert tuple(row) == ("2023-03-20", "metadata")
    fresh = _dump(sl)
    sl.reextract([article])
    assert _dump(sl) == fresh


def _failing_on(monkeypatch: pytest.MonkeyPatch, word: str) -> None:
    """Extraction fails (E401 'boom') for every article whose text has ``word``."""
    import storyline.pipeline as pipeline

    real = pipeline._extract_batch

    def failing(articles, batch_size, state):  # type: ignore[no-untyped-def]
        results = real(articles, batch_size, state)
        return [Failure(a.id, "extract", "E401", "boom") if word in a.text else r
                for a, r in zip(articles, results, strict=True)]

    monkeypatch.setattr(pipeline, "_extract_batch", failing)


def _failures(sl: Storyline) -> list[tuple[object, ...]]:
    return [tuple(r) for r in sl.store.rows(
        "SELECT input, stage, code, message, attempts FROM failures ORDER BY input, code")]


def test_issue_3_reextract_records_a_failed_article_as_ingest_does(
        built: Storyline, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An article whose extraction fails is a failures row like ingest's (per source: input,
    stage, code, message; a repeat counts attempts) and keeps every old row; a later
    successful reextract clears the row, as a later successful ingest does."""
    talks = str(tmp_path / "talks.txt")
    old = _dump(built)
    _failing_on(monkeypatch, "Ankara")
    report = built.reextract()
    assert report.articles == 1 and [f.code for f in report.failures] == ["E401"]
    assert _failures(built) == [(talks, "extract", "E401", "boom", 1)]
    after = _dump(built)
    assert {t: rows for t, rows in after.items() if t != "failures"} == {
        t: rows for t, rows in old.items() if t != "failures"}
    built.reextract()
    assert _failures(built) == [(talks, "extract", "E401", "boom", 2)]
    other = tmp_path / "other.txt"  # what ingest records for the same failure
    other.write_text("Ankara Again\n\nTurkey hosted talks in Ankara on Friday.\n", "utf-8")
    built.ingest([str(other)])
    assert _failures(built)[0] == (str(other), "extract", "E401", "boom", 1)
    monkeypatch.undo()
    built.reextract()
    assert _failures(built) == [(str(other), "extract", "E401", "boom", 1)]


def test_issue_3_reextract_records_a_store_failure_as_ingest_does(
        built: Storyline, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A record the store refuses is an E402 row of the article's source; nothing of it is
    half-written."""
    import sqlite3

    from storyline.store import Store

    old = _dump(built)
    real = Store.replace_extractions

    def refusing(self: Store, record, sources=()):  # type: ignore[no-untyped-def]
        if "Ankara" in record.article.text:
            raise sqlite3.IntegrityError("refused")
        return real(self, record, sources)

    monkeypatch.setattr(Store, "replace_extractions", refusing)
    report = built.reextract()
    assert [f.code for f in report.failures] == ["E402"], report.failures
    rows = _failures(built)
    assert [r[:3] for r in rows] == [(str(tmp_path / "talks.txt"), "store", "E402")]
    assert "IntegrityError: refused" in str(rows[0][3])
    after = _dump(built)
    assert {t: r for t, r in after.items() if t != "failures"} == {
        t: r for t, r in old.items() if t != "failures"}


def _old_actor_codes(monkeypatch: pytest.MonkeyPatch) -> None:
    """An 'older version' whose actors stage also stated a role, an alias and an end date for
    Moscow, and an actor of its own, which the current code no longer extracts."""
    import storyline.pipeline as pipeline

    real = pipeline._extract_batch

    def older(articles, batch_size, state):  # type: ignore[no-untyped-def]
        results = real(articles, batch_size, state)
        for r in results:
            for actor in getattr(r, "actors", []):
                if actor.name == "Moscow":
                    actor.role, actor.valid_until = "Old Capital", "2030-01-01"
                    actor.aliases = [*actor.aliases, "Old Moscow"]
            if isinstance(r, ArticleRecord):
                r.actors.append(Actor(id="old-only", name="Old Only", country="RUS"))
        return results

    monkeypatch.setattr(pipeline, "_extract_batch", older)


def test_issue_3_reextract_drops_actor_codes_the_new_code_no_longer_extracts(
        sl: Storyline, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Actor codes the old run learned from an article are replaced, not merged: after
    reextract the actors (and their aliases) are what a fresh ingest with the current code
    makes, and a second reextract changes nothing."""
    with Storyline(tmp_path / "fresh.db") as fresh_sl:
        (tmp_path / "f").mkdir()
        _ingest_one(fresh_sl, tmp_path / "f" / "visit.txt", VISIT)
        fresh = _dump(fresh_sl)
    _old_actor_codes(monkeypatch)
    _ingest_one(sl, tmp_path / "visit.txt", VISIT)
    assert sl.store.rows("SELECT role FROM actors WHERE name = 'Moscow'")[0][0] == "Old Capital"
    monkeypatch.undo()
    assert sl.reextract().actors_dropped == 1  # Old Only: no article states it now
    assert sl.store.rows("SELECT role, valid_until FROM actors WHERE name = 'Moscow'")[0][:] \
        == (None, None)
    assert not sl.store.rows("SELECT 1 FROM actor_aliases WHERE alias = 'old moscow'")
    for table in ("actors", "actor_aliases", "mentions", "events", "quotes"):
        assert _dump(sl)[table] == fresh[table], table
    once = _dump(sl)
    sl.reextract()
    assert _dump(sl) == once


LI_TALKS = ("Talks Go On\n\nLi Shangfu held talks with Sergei Shoigu on Wednesday. Li Shangfu "
            "praised the talks.\n")
EXTRACTED = ("mentions", "events", "quotes", "timexes", "checks", "actors", "actor_aliases",
             "article_actors")


def _older_li_role(monkeypatch: pytest.MonkeyPatch) -> None:
    """An 'older version' whose actors stage stated Li Shangfu as Foreign Minister."""
    import storyline.pipeline as pipeline

    real = pipeline._extract_batch

    def older(articles, batch_size, state):  # type: ignore[no-untyped-def]
        results = real(articles, batch_size, state)
        for actor in (a for r in results for a in getattr(r, "actors", [])):
            if actor.name == "Li Shangfu" and actor.role:
                actor.role = "Foreign Minister"
        return results

    monkeypatch.setattr(pipeline, "_extract_batch", older)


@pytest.mark.parametrize("workers", [1, 2])
def test_issue_3_reextract_codes_against_what_articles_state_now(
        sl: Storyline, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, workers: int) -> None:
    """A role the old run learned from one article ('Foreign Minister' for Li Shangfu) is not
    what the article states now: the articles that named him bare took it from the knowledge
    base and must take the new one, as in a fresh ingest, on the first reextract (the old
    lesson was still in the store, and in this process's memory, when they were redone)."""
    paths = [tmp_path / "visit.txt", tmp_path / "li.txt"]
    for path, text in zip(paths, (VISIT, LI_TALKS), strict=True):
        path.write_text(text, "utf-8")
    with Storyline(tmp_path / "fresh.db") as fresh_sl:
        for path in paths:
            fresh_sl.ingest([str(path)])
        fresh = {t: r for t, r in _dump(fresh_sl).items() if t in EXTRACTED}
    _older_li_role(monkeypatch)
    for path in paths:
        sl.ingest([str(path)])
    roles = {r[0] for r in sl.store.rows(
        "SELECT json_extract(data, '$.role') FROM mentions WHERE name = 'Li Shangfu'")}
    assert roles == {"Defence Minister", "Foreign Minister"}
    monkeypatch.undo()
    sl.reextract(workers=workers)
    assert {t: r for t, r in _dump(sl).items() if t in EXTRACTED} == fresh


def test_issue_3_reextract_then_ingest_in_one_process_codes_against_the_new_lessons(
        sl: Storyline, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An ingest after a reextract in the same process codes against the refolded actors:
    the knowledge base reads rewritten and deleted actor rows afresh, so the old run's role
    is gone (it kept the better-ranked of the old and new rows before)."""
    _older_li_role(monkeypatch)
    _ingest_one(sl, tmp_path / "visit.txt", VISIT)
    _ingest_one(sl, tmp_path / "li.txt", LI_TALKS)
    monkeypatch.undo()
    sl.reextract()
    later = _ingest_one(sl, tmp_path / "later.txt",
                        "More Talks\n\nLi Shangfu met Sergei Lavrov on Thursday.\n")
    roles = {r[0] for r in sl.store.rows(
        "SELECT json_extract(data, '$.role') FROM mentions WHERE article_id = ?", (later,))}
    assert "Defence Minister" in roles and "Foreign Minister" not in roles, roles


def test_issue_3_reextract_of_a_database_from_before_article_actors(
        built: Storyline) -> None:
    """A database written before each article's actors were kept (schema 3) is back-filled
    with the actor rows its articles refer to, and a full reextract makes it a fresh one."""
    fresh = _dump(built)
    with built.store.transaction() as conn:
        conn.execute("DROP TABLE article_actors")
    built.store.conn.execute("PRAGMA user_version = 3")
    built.close()
    assert {r[0] for r in built.store.rows("SELECT actor_id FROM article_actors")} == {
        r[0] for r in fresh["actors"]}
    built.reextract()
    assert _dump(built) == fresh


def test_issue_3_reextract_after_ingest_changes_nothing(built: Storyline) -> None:
    """With unchanged code a reextract leaves every row as the ingest wrote it; so does a
    second one."""
    fresh = _dump(built)
    built.reextract()
    assert _dump(built) == fresh
    built.reextract()
    assert _dump(built) == fresh


def test_issue_3_reextract_survives_a_damaged_actor_statement(built: Storyline) -> None:
    """A damaged ``article_actors`` row (not JSON, or not an actor) neither stops a partial
    reextract that reads it as another article's lessons nor survives the reextract of its
    own article: the redone article writes its statements again, and the store ends as a
    fresh one."""
    fresh = _dump(built)
    first, second = built.store.article_ids()
    with built.store.transaction() as conn:
        conn.execute("UPDATE article_actors SET data = 'not json' WHERE article_id = ?",
                     (first,))
        conn.execute("UPDATE article_actors SET data = '{\"bogus\": 1}' WHERE article_id = ?",
                     (second,))
    report = built.reextract(ids=[second])  # reads the first article's damaged lessons
    assert report.articles == 1 and not report.failures
    report = built.reextract(ids=[first])
    assert report.articles == 1 and not report.failures
    assert _dump(built) == fresh
