"""`storyline eval extract`: the three gold layouts, the figures, the baseline, bad gold."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from storyline.errors import Code, StorylineError
from storyline.evaluate import extract as ev

pytestmark = pytest.mark.issue(2)

GOLD = Path(__file__).parent / "fixtures" / "extract"
FIGURES = ("body_precision", "body_recall", "body_f1", "title_accuracy", "date_accuracy")


@pytest.mark.parametrize(
    ("folder", "layout", "n"),
    [("wcxb", "wcxb", 3), ("scrapinghub", "scrapinghub", 2), ("htmldate", "htmldate", 3)],
)
def test_issue_2_eval_extract_reads_each_layout(folder: str, layout: str, n: int) -> None:
    result = ev.evaluate(GOLD / folder)
    assert result["layout"] == layout
    assert result["n"] == n


def test_issue_2_eval_extract_wcxb_figures_on_clean_pages() -> None:
    result = ev.evaluate(GOLD / "wcxb")
    assert result["body_f1"] >= 0.9  # accuracy floor on our own clean pages
    assert result["title_accuracy"] == 1.0
    assert result["author_accuracy"] == 1.0
    assert result["date_accuracy"] == 1.0
    assert result["title_n"] == result["author_n"] == result["date_n"] == 3


def test_issue_2_eval_extract_scrapinghub_scores_body_only() -> None:
    result = ev.evaluate(GOLD / "scrapinghub")
    assert result["body_f1"] >= 0.9
    assert result["body_n"] == 2
    assert result["title_accuracy"] is None and result["title_n"] == 0


def test_issue_2_eval_extract_htmldate_layout_scores_dates_only() -> None:
    result = ev.evaluate(GOLD / "htmldate" / "eval-dates.json")
    assert result["date_accuracy"] == 1.0 and result["date_n"] == 3
    assert result["body_f1"] is None and result["body_n"] == 0
    assert ev.evaluate(GOLD / "htmldate")["n"] == 3  # the folder holding the one JSON file


def test_issue_2_eval_extract_baseline_measured_in_same_run() -> None:
    result = ev.evaluate(GOLD / "wcxb", baseline="trafilatura")
    base = result["baseline"]
    assert base["name"] == "trafilatura"
    assert result["n"] == base["n"] == 3
    for key in FIGURES:
        assert 0.0 <= base[key] <= 1.0
    # page 0002 carries reader comments: bare trafilatura keeps them, Storyline leaves them out
    assert base["body_precision"] < result["body_precision"]


def test_issue_2_eval_extract_unknown_baseline_is_refused() -> None:
    with pytest.raises(StorylineError) as err:
        ev.evaluate(GOLD / "wcxb", baseline="readability")
    assert err.value.code is Code.BAD_ARGUMENT


def test_issue_2_eval_extract_limit() -> None:
    assert ev.evaluate(GOLD / "wcxb", limit=1)["n"] == 1


def _bad_gold(path: Path) -> StorylineError:
    with pytest.raises(StorylineError) as err:
        ev.evaluate(path)
    assert err.value.code is Code.BAD_GOLD
    return err.value


def test_issue_2_eval_extract_bad_gold(tmp_path: Path) -> None:
    assert "does not exist" in str(_bad_gold(tmp_path / "missing"))
    assert "not a known layout" in str(_bad_gold(tmp_path))
    broken = tmp_path / "broken"
    shutil.copytree(GOLD / "wcxb", broken)
    (broken / "ground-truth" / "0002.json").write_text("{not json", encoding="utf-8")
    assert "0002.json" in str(_bad_gold(broken))


def test_issue_2_eval_extract_missing_html_is_bad_gold(tmp_path: Path) -> None:
    gold = tmp_path / "sh"
    shutil.copytree(GOLD / "scrapinghub", gold)
    (gold / "html" / "sh0002.html.gz").unlink()
    assert "sh0002" in str(_bad_gold(gold))


def test_issue_2_eval_extract_htmldate_entry_without_file(tmp_path: Path) -> None:
    bad = tmp_path / "dates.json"
    bad.write_text(json.dumps({"https://a.example/x": {"date": "2020-01-01"}}), encoding="utf-8")
    assert "no 'file'" in str(_bad_gold(bad))


def test_issue_2_word_prf_counts_repeated_words() -> None:
    p, r, f = ev.word_prf("the cat the cat", "The cat sat.")
    assert (p, r) == (0.5, 2 / 3)
    assert f == pytest.approx(2 * 0.5 * (2 / 3) / (0.5 + 2 / 3))
    assert ev.word_prf("", "some words")[2] == 0.0


@pytest.mark.parametrize(
    ("pred", "gold", "same"),
    [
        ("Ferry talks: a deal", "ferry talks - A DEAL", True),
        ("Ferry talks | Gazette", "Ferry talks", False),
        (None, "Ferry talks", False),
    ],
)
def test_issue_2_title_match_normalises_case_and_punctuation(
    pred: str | None, gold: str, same: bool
) -> None:
    assert ev.title_match(pred, gold) is same


def test_issue_2_author_and_date_matching() -> None:
    assert ev.author_match("Jagpreet Chhatwal; Manoj Jain", "Manoj Jain and Jagpreet Chhatwal")
    assert not ev.author_match("Manoj Jain", "Manoj Jain and Jagpreet Chhatwal")
    assert not ev.author_match(None, "Manoj Jain")
    assert ev.date_match("2024-2-4T10:00:00", "2024-02-04")
    assert not ev.date_match("2024-02-05", "2024-02-04")
    assert ev.norm_date("no date here") is None


def test_issue_2_cli_eval_extract_json() -> None:
    from storyline.cli import app

    out = CliRunner().invoke(app, ["eval", "extract", "--gold", str(GOLD / "wcxb"), "-f", "json"])
    assert out.exit_code == 0, out.output
    data = json.loads(out.output)
    assert data["n"] == 3 and data["body_f1"] >= 0.9
