"""Issue 5: the time scorer (Recognizers-Text JSON and TimeML .tml) on our own fixtures."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from storyline.errors import StorylineError
from storyline.evaluate import run_eval
from storyline.evaluate.time import read_rt, read_tml

pytestmark = pytest.mark.issue(5)

FIXTURES = Path(__file__).parent / "fixtures" / "timeml"
RT_DIR = Path(__file__).resolve().parents[2] / "shared" / "eval" / "time" / \
    "recognizers_text_datetime_en"
KEYS = ("value_f1", "extraction_f1_strict", "extraction_f1_relaxed", "accuracy", "n")

TML = """<?xml version="1.0" ?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="2023-04-18">2023-04-18</TIMEX3></DCT>
<TEXT>Borrell warned on <TIMEX3 tid="t1" type="DATE" value="{monday}">Monday</TIMEX3> that
aid &amp; arms were at stake, <EVENT eid="e1">said</EVENT> a source
<TIMEX3 tid="t2" type="DATE" value="2023-W15">last week</TIMEX3>.</TEXT>
</TimeML>
"""


def test_issue_5_read_tml_offsets(tmp_path: Path) -> None:
    path = tmp_path / "one.tml"
    path.write_text(TML.format(monday="2023-04-17"), encoding="utf-8")
    case = read_tml(path)
    assert case.anchor is not None and case.anchor.isoformat() == "2023-04-18"
    assert [case.text[slice(*g.span)] for g in case.gold] == ["Monday", "last week"]
    assert "aid & arms" in case.text and "<EVENT" not in case.text


def test_issue_5_scores_count_wrong_values(tmp_path: Path) -> None:
    (tmp_path / "right.tml").write_text(TML.format(monday="2023-04-17"), encoding="utf-8")
    (tmp_path / "wrong.tml").write_text(TML.format(monday="2023-04-10"), encoding="utf-8")
    result = run_eval("time", tmp_path)
    assert result["n"] == 4 and result["system"] == 4
    assert result["extraction_f1_strict"] == 1.0
    assert result["value_f1"] == pytest.approx(0.75)  # one of four values is wrong gold
    assert result["accuracy"] == pytest.approx(0.75)


def test_issue_5_scorer_on_fixtures() -> None:
    result = run_eval("time", FIXTURES)
    tags = sum(len(re.findall(r"<TEXT>.*?</TEXT>", p.read_text(), re.S)[0].split("<TIMEX3 ")) - 1
               for p in FIXTURES.glob("*.tml"))
    assert result["n"] == tags and result["cases"] == len(list(FIXTURES.glob("*.tml")))
    for key in KEYS[:-1]:
        assert 0.0 <= result[key] <= 1.0
    assert result["value_f1"] >= 0.8


def test_issue_5_read_rt_filters_and_resolutions(tmp_path: Path) -> None:
    cases = [
        {"Input": "I'll go back on Friday", "Context": {"ReferenceDateTime": "2016-11-07T00:00:00"},
         "Results": [{"Text": "Friday", "Type": "date", "Start": 16, "Length": 6,
                      "Value": {"Timex": "XXXX-WXX-5", "FutureResolution": {"date": "2016-11-11"},
                                "PastResolution": {"date": "2016-11-04"}}}]},
        {"Input": "at 3pm", "Results": [{"Text": "3pm", "Type": "time", "Start": 3,
                                          "Length": 3, "Value": {"Timex": "T15"}}]},
        {"Input": "nothing here", "Results": []},
    ]
    path = tmp_path / "DateParser.json"
    path.write_text(json.dumps(cases), encoding="utf-8")
    read = read_rt(path)
    assert len(read) == 2  # the clock-time case is not scored
    assert read[0].gold[0].values == {"XXXX-WXX-5", "2016-11-11", "2016-11-04"}
    result = run_eval("time", tmp_path)
    assert result["n"] == 1 and result["value_f1"] == 1.0


def test_issue_5_bad_gold(tmp_path: Path) -> None:
    with pytest.raises(StorylineError):
        run_eval("time", tmp_path / "missing")
    with pytest.raises(StorylineError):
        run_eval("time", tmp_path)  # nothing scorable
    with pytest.raises(StorylineError):
        run_eval("time", FIXTURES, baseline="no-such-tool")
    bad = tmp_path / "broken.tml"
    bad.write_text("<TimeML><DCT></DCT></TimeML>", encoding="utf-8")
    with pytest.raises(StorylineError):
        run_eval("time", bad)


@pytest.mark.slow
def test_issue_5_dateparser_baseline(tmp_path: Path) -> None:
    pytest.importorskip("dateparser")
    (tmp_path / "one.tml").write_text(TML.format(monday="2023-04-17"), encoding="utf-8")
    result = run_eval("time", tmp_path, baseline="dateparser")
    base = result["baseline"]
    assert base["name"] == "dateparser" and base["n"] == result["n"] == 2
    assert 0.0 <= base["value_f1"] <= 1.0


@pytest.mark.slow
def test_issue_5_recognizers_text_sample() -> None:
    if not RT_DIR.is_dir():
        pytest.skip("../shared/eval/time/recognizers_text_datetime_en is not on this machine")
    result = run_eval("time", RT_DIR, limit=20)
    assert result["n"] > 50
    assert "skipped" in result and any("TimeParser" in s for s in result["skipped"])
    for key in KEYS[:-1]:
        assert 0.0 <= result[key] <= 1.0


def _rt_case(text: str, words: str, ref: str, values: dict[str, Any]) -> dict[str, Any]:
    start = text.index(words)
    return {"Input": text, "Context": {"ReferenceDateTime": ref + "T00:00:00"},
            "Results": [{"Text": words, "Type": values.pop("type", "date"), "Start": start,
                         "Length": len(words), "Value": values}]}


def test_issue_5_granularity_tolerant_value_f1(tmp_path: Path) -> None:
    cases = [  # Recognizers-Text resolves these to days and ranges; TimeML keeps the grain
        _rt_case("who did I email a month ago", "a month ago", "2016-11-07",
                 {"Timex": "2016-10-07", "FutureResolution": {"date": "2016-10-07"}}),
        _rt_case("I'll be out next 3 days", "next 3 days", "2016-11-07",
                 {"type": "daterange", "Timex": "(2016-11-08,2016-11-11,P3D)"}),
        _rt_case("I'll be out from 2014 to 2018", "from 2014 to 2018", "2016-11-07",
                 {"type": "daterange", "Timex": "(2014-01-01,2018-01-01,P4Y)"}),
        _rt_case("in 2017", "2017", "2016-11-07", {"Timex": "2018"}),
    ]
    (tmp_path / "DatePeriodParser.json").write_text(json.dumps(cases), encoding="utf-8")
    result = run_eval("time", tmp_path)
    assert result["n"] == 4 and result["system"] == 4
    assert result["value_f1"] == pytest.approx(0.25)  # only the year range, strictly
    assert result["value_f1_granularity_tolerant"] == pytest.approx(0.75)  # never 2017 = 2018
