"""Issue 2 'done means': the seed articles are stored, cleaned, dated, and stored only once."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline import Storyline

pytestmark = pytest.mark.issue(2)

FOOTER = ("0 0 votes", "Article Rating", "Notify of", "Inline Feedbacks", "View all comments")


def test_issue_2_seed_articles_are_cleaned_and_dated(sl: Storyline, seeds_dir: Path) -> None:
    report = sl.ingest([str(seeds_dir)])
    assert (report.new, report.failed) == (2, 0)
    by_title = {a["title"]: a for a in sl.articles()}
    first = by_title["Li Shangfu visited Russia"]
    assert not any(line in first["text"] for line in FOOTER)
    assert first["text"].rstrip().endswith("shared future for mankind.”")
    assert "Read also" not in first["text"]
    assert first["related"][0]["text"].startswith("Xi Jinping Concludes Visit to Russia")
    second = next(a for a in sl.articles() if a["published"] == "2023-11-09")
    assert second["published_source"] == "metadata"
    assert not second["text"].lower().startswith("date")
    assert "2023-11-09" not in second["text"]
    assert second["text"].startswith("Chinese Defense Minister Li Shangfu embarked")


def test_issue_2_reingest_stores_nothing_new(sl: Storyline, seeds_dir: Path) -> None:
    sl.ingest([str(seeds_dir)])
    before = sl.store.counts()
    again = sl.ingest([str(seeds_dir)])
    assert (again.new, again.unchanged, again.failed) == (0, 2, 0)
    assert sl.store.counts() == before


def test_issue_2_same_text_from_two_files_is_one_article(
    sl: Storyline, seeds_dir: Path, tmp_path: Path
) -> None:
    text = (seeds_dir / "004_076812665ad95313.txt").read_text(encoding="utf-8")
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "b.txt").write_text(text.replace("\n", "\r\n"), encoding="utf-8")
    report = sl.ingest([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")])
    assert report.new == 1 and report.unchanged == 1
    origins = sl.query("origins")
    assert {Path(o["source"]).name for o in origins} == {"a.txt", "b.txt"}
