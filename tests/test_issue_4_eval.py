"""Issue 4: the quotes scorer on PolNeAR's brat layout (our own tiny fixture, and PolNeAR dev)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from storyline.errors import StorylineError
from storyline.evaluate.quotes import GoldQuote, PredQuote, Tally, evaluate, match, parse_ann

pytestmark = pytest.mark.issue(4)

FIXTURE = Path(__file__).parent / "fixtures" / "quotes"
POLNEAR = Path(__file__).resolve().parents[2] / "shared" / "eval" / "quotes" / "polnear"


def test_issue_4_parse_ann_reads_discontinuous_content_and_checks_offsets() -> None:
    text = "“One,” she said. “Two.”"
    ann = (
        "T1\tSource 7 10\tshe\nT2\tCue 11 15\tsaid\n"
        "T3\tContent 0 6;17 23\t“One,” “Two.”\nT4\tAttribution 11 15\tsaid\n"
        "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
        "T5\tCue 0 3\tnot what is there\n"
    )
    doc = parse_ann("x", text, ann)
    assert len(doc.gold) == 1
    gold = doc.gold[0]
    assert gold.content == (0, 23) and gold.source == [(7, 10)] and gold.speech
    assert doc.misaligned == 1


def test_issue_4_match_is_one_to_one_at_half_overlap() -> None:
    gold = [GoldQuote((0, 100), [(101, 105)], [(110, 115)], "said")]
    preds = [PredQuote((0, 60), (101, 105), (110, 113)), PredQuote((0, 100), None, None),
             PredQuote((0, 40), None, None)]
    pairs = match(preds, gold)
    assert pairs == [(preds[1], gold[0])]
    tally = Tally()
    tally.add(preds[:1], gold)
    figures = tally.figures()
    assert figures["content_f1_overlap"] == 1.0 and figures["content_f1_exact"] == 0.0
    assert figures["speaker_accuracy"] == 1.0 and figures["cue_accuracy"] == 1.0
    tally.add([PredQuote((0, 40), None, None)], gold)
    assert tally.figures()["content_recall_overlap"] == 0.5


def test_issue_4_eval_on_own_fixture() -> None:
    result = evaluate(FIXTURE)
    assert result["n"] == 6 and result["articles"] == 2 and result["misaligned_spans"] == 0
    for key in ("content_f1_overlap", "content_f1_exact", "speaker_accuracy", "cue_accuracy"):
        assert 0.0 <= result[key] <= 1.0
    assert result["content_recall_overlap"] >= 0.8
    assert result["speaker_accuracy"] >= 0.8 and result["cue_accuracy"] >= 0.8
    assert result["speech"]["n"] + result["other"]["n"] == result["n"]


def test_issue_4_eval_cli_json_with_baseline_and_limit() -> None:
    from storyline.cli import app

    res = CliRunner().invoke(app, ["eval", "quotes", "--gold", str(FIXTURE), "--format", "json",
                                   "--baseline", "quotemarks", "--limit", "1"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.output)
    assert data["articles"] == 1 and data["baseline"]["name"] == "quotemarks"
    assert data["baseline"]["speaker_accuracy"] == 0.0


def test_issue_4_eval_rejects_unusable_gold(tmp_path: Path) -> None:
    with pytest.raises(StorylineError):
        evaluate(tmp_path)
    with pytest.raises(StorylineError):
        evaluate(FIXTURE, baseline="nonsense")


@pytest.mark.slow
@pytest.mark.skipif(not POLNEAR.is_dir(), reason="PolNeAR gold set (../shared/eval) not present")
def test_issue_4_polnear_dev_alignment_and_floor() -> None:
    result = evaluate(POLNEAR, limit=5)
    assert result["split"] == "dev" and result["misaligned_spans"] == 0
    assert result["speech"]["content_f1_overlap"] > 0.5
