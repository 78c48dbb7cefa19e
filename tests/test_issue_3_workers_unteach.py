"""Issue 3, KB learning with ``--workers N``: a failed store write is un-taught in workers too."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline import pipeline
from storyline.actors import kb
from storyline.records import Actor

pytestmark = pytest.mark.issue(3)


def _teach(db: str, article_id: str) -> None:
    """What an article about a (made-up) minister teaches this process."""
    kb.remember(Actor(id=f"p-{article_id}", name="Orla Pennyfeather", aliases=[],
                      country="IRL", sector="GOV", valid_from="2031-01-01",
                      source=f"article:{article_id}"), db)


def test_issue_3_a_worker_forgets_unstored_articles_before_its_next_batch(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "_worker_state", {})
    db = str(tmp_path / "w.db")
    _teach(db, "aaa")
    pipeline._forget_unstored({"db_path": db})  # nothing failed yet: the lesson stays
    assert kb.lookup_learned("orla pennyfeather", db) is not None
    pipeline._forget_unstored({"db_path": db, "unstored": [("aaa", 0)]})
    assert kb.lookup_learned("orla pennyfeather", db) is None


def test_issue_3_each_failed_write_is_forgotten_once_per_worker(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "_worker_state", {})
    calls: list[str] = []
    monkeypatch.setattr(pipeline, "forget_article", lambda aid, db: calls.append(aid))
    state = {"db_path": str(tmp_path / "w.db"), "unstored": [("aaa", 0)]}
    pipeline._forget_unstored(state)
    state["unstored"] = [("aaa", 0), ("bbb", 1)]
    pipeline._forget_unstored(state)
    assert calls == ["aaa", "bbb"]


def test_issue_3_an_article_whose_write_fails_again_is_forgotten_again(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same article re-read and re-taught later in the run, then failing again, is
    un-taught a second time (before, a worker forgot each article id once per run)."""
    monkeypatch.setattr(pipeline, "_worker_state", {})
    db = str(tmp_path / "w.db")
    batches = pipeline._Batches(2, 4, {"db_path": db})  # no batch submitted: no process starts
    try:
        batches.unteach("eee")
        _teach(db, "eee")  # a worker reads it again ...
        pipeline._forget_unstored(batches.state)
        assert kb.lookup_learned("orla pennyfeather", db) is None
        _teach(db, "eee")  # ... and once more, and its write fails again
        batches.unteach("eee")
        _teach(db, "eee")
        pipeline._forget_unstored(batches.state)
        assert kb.lookup_learned("orla pennyfeather", db) is None
    finally:
        batches.close()


def test_issue_3_unteach_reaches_the_next_batches_of_a_pool(tmp_path: Path) -> None:
    db = str(tmp_path / "w.db")
    _teach(db, "ccc")
    batches = pipeline._Batches(2, 4, {"db_path": db})  # no batch submitted: no process starts
    try:
        batches.unteach("ccc")
        assert batches.state["unstored"] == [("ccc", 0)]  # sent with every later batch
        assert kb.lookup_learned("orla pennyfeather", db) is None  # and forgotten here at once
    finally:
        batches.close()


def test_issue_3_in_process_unteach_needs_no_message(tmp_path: Path) -> None:
    db = str(tmp_path / "w.db")
    _teach(db, "ddd")
    batches = pipeline._Batches(1, 4, {"db_path": db})
    batches.unteach("ddd")
    assert "unstored" not in batches.state
    assert kb.lookup_learned("orla pennyfeather", db) is None
