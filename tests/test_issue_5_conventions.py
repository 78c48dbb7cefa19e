"""Issue 5: TempEval-3 / TIMEX3 conventions for news text (extents, reference values, vague
durations, parts of days, narrative anchors), on sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from storyline.evaluate import run_eval
from storyline.evaluate.time import read_tml
from storyline.timex.extract import period_start, tense_from_doc, timexes_for_text

pytestmark = pytest.mark.issue(5)

DCT = dt.date(2024, 3, 14)  # a Thursday
FIXTURE = Path(__file__).parent / "fixtures" / "timeml" / "synthetic_news_conventions.tml"


def found(nlp: Any, text: str, anchor: dt.date | None = DCT) -> list[tuple[str, str | None]]:
    """(extent, value) of every expression in ``text``, with the parse's tense."""
    refs = timexes_for_text(text, "a", anchor, tense_from_doc(nlp(text)))
    return [(r.text, r.value) for r in refs]


CASES = [
    # reference values; the preposition before 'the future' / 'the moment' is a signal
    ("The minister is now in Paris.", ("now", "PRESENT_REF")),
    ("Prices are currently high.", ("currently", "PRESENT_REF")),
    ("At the moment there is no deal.", ("the moment", "PRESENT_REF")),
    ("The rebels recently seized the town.", ("recently", "PAST_REF")),
    ("The former minister was arrested.", ("former", "PAST_REF")),
    ("The city will rebuild in the future.", ("the future", "FUTURE_REF")),
    ("Such storms were rare in the past.", ("the past", "PAST_REF")),
    # relative calendar periods
    ("Exports fell last year.", ("last year", "2023")),
    ("Exports fell this week.", ("this week", "2024-W11")),
    ("A vote is expected early next week.", ("early next week", "2024-W12")),
    ("Funds ran out this past weekend.", ("this past weekend", "2024-W10-WE")),
    ("Sales will grow in the next quarter.", ("the next quarter", "2024-Q2")),
    ("Profit rose in the third quarter.", ("the third quarter", "2023-Q3")),
    ("Third-quarter profit rose.", ("Third-quarter", "2023-Q3")),
    ("It beat the year-earlier figure.", ("year-earlier", "2023")),
    ("Results for the second half of the year will follow.",
     ("the second half of the year", "2024-H2")),
    ("A vote is due by the end of the decade.", ("the end of the decade", "202")),
    # durations: counted, vague and minimal ('over' and 'in' are signals)
    ("Output rose over the past three years.", ("the past three years", "P3Y")),
    ("The dispute has dragged on for years.", ("years", "PXY")),
    ("Repairs could take months to finish.", ("months", "PXM")),
    ("The group has operated for decades, officials said.", ("decades", "PXDE")),
    ("The attack came hours after the vote.", ("hours", "PTXH")),
    ("Takeovers grew in recent years.", ("recent years", "PXY")),
    ("More cuts are expected in the coming weeks.", ("the coming weeks", "PXW")),
    ("Stocks rose for five consecutive weeks.", ("five consecutive weeks", "P5W")),
    ("It was the worst storm in the past century.", ("the past century", "P1CE")),
    ("The bridge will reopen in two weeks.", ("two weeks", "2024-W13")),
    # decades, seasons, times of day and clock times
    ("Prices soared in the 1990s.", ("the 1990s", "199")),
    ("Prices slumped in early 2009.", ("early 2009", "2009")),
    ("Prices peaked in mid-February.", ("mid-February", "2024-02")),
    ("Talks resumed Monday morning.", ("Monday morning", "2024-03-11TMO")),
    ("Fighting broke out last night.", ("last night", "2024-03-13TNI")),
    ("The deal was announced late Friday.", ("late Friday", "2024-03-08")),
    ("The court adjourned at 4:30 p.m. Wednesday.", ("4:30 p.m.", "2024-03-13T16:30")),
    ("The blast hit at 10 a.m. local time on Tuesday.", ("10 a.m.", "2024-03-12T10:00")),
    ("The plan was approved in the summer.", ("the summer", "2023-SU")),
    ("The election was held about 20 years ago.", ("about 20 years ago", "2004")),
    ("The 72-year-old senator retired.", ("72-year-old", "P72Y")),
    ("Officials have until Friday to respond.", ("Friday", "2024-03-15")),
    ("The bomb exploded on March 3. The victim died hours later.",
     ("hours later", "2024-03-03")),
    ("Investors have been waiting for years or even decades.", ("decades", "PXDE")),
    ("Students attend four days a week.", ("four days a week", "P1W")),
    ("The council meets at 9 a.m. every Sunday.", ("9 a.m. every Sunday", "XXXX-WXX-7T09")),
    ("Trains leave every day at 7:15 p.m.", ("every day at 7:15 p.m.", "T19:15")),
    ("Rain fell in the first five months of 2023.", ("the first five months of 2023", "P5M")),
    ("Farmers face a difficult summer.", ("summer", "2024-SU")),
    ("Prices dipped by mid summer.", ("mid summer", "2023-SU")),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[1][0] for c in CASES])
def test_issue_5_news_conventions(nlp: Any, text: str, expected: tuple[str, str]) -> None:
    assert expected in found(nlp, text)


def test_issue_5_month_without_tense_is_the_nearest(nlp: Any) -> None:
    """No past or future verb: the nearest month (April said in November is next April,
    October said in February last October)."""
    anchor = dt.date(2023, 11, 9)
    assert ("April", "2024-04") in found(nlp, "The defendant faces sentencing in April.", anchor)
    assert ("October", "2023-10") in found(nlp, "Turnout in October is the key.", anchor)
    assert ("October", "2022-10") in found(
        nlp, "It flies 40 percent of its schedule, down from 60 percent in October.",
        dt.date(2023, 2, 3))
    assert ("Jan. 1", "2024-01-01") in found(nlp, "The law takes effect Jan. 1.", anchor)


def test_issue_5_narrative_anchors(nlp: Any) -> None:
    """'two years later' and 'the same year' count from the period last told, not today."""
    text = ("The plant opened in 1995 and was expanded two years later; a second plant was "
            "planned the same year.")
    assert found(nlp, text) == [("1995", "1995"), ("two years later", "1997"),
                                ("the same year", "1997")]


def test_issue_5_minimal_extents_keep_no_signal(nlp: Any) -> None:
    """No extent starts with a preposition ('in', 'over', 'at')."""
    text = ("In the future, over the past two weeks and at the moment, prices rose in "
            "five years' time and in recent years.")
    words = [t.split()[0].lower() for t, _ in found(nlp, text)]
    assert words and not set(words) & {"in", "over", "at"}


@pytest.mark.parametrize("text", [
    "Sunday, the first vote since the coup, passed calmly.",
    "The former said no; the latter agreed.",
    "The twenty second speaker left.",
    "They worked for the next 4 business days.",
    "The summer camp opened and the soon-to-be king spoke.",
    "The Sunday Times and the Daily Mail ran the story.",
])
def test_issue_5_no_false_alarms(nlp: Any, text: str) -> None:
    """Ordinals, the pronoun 'former' and unit words inside longer phrases are not times."""
    values = [v for _, v in found(nlp, text)]
    assert not [v for v in values if v and v.endswith(("-SU", "FUTURE_REF", "P1D"))]
    assert "2024-03-01" not in values  # "Sunday, the first vote" is not March 1
    assert "PAST_REF" not in values and "PT20S" not in values and "PXD" not in values


@pytest.mark.parametrize("anchor", [None, dt.date(2031, 1, 1), dt.date(1, 1, 2)])
def test_issue_5_new_forms_without_or_odd_anchor(nlp: Any, anchor: dt.date | None) -> None:
    """No anchor, a future article date or year 1: every form resolves or stays null."""
    text = ("Two years later, in the same year, the second half of the year and the third "
            "quarter, at 3 p.m. Tuesday, last night, in the coming weeks and the end of the "
            "decade, February 30 and the year 99999, a year-earlier loss.")
    out = found(nlp, text, anchor)
    assert len(out) >= 9
    values = dict(out)
    assert values["February 30"] is None and values["the year 99999"] is None
    if anchor is None:  # nothing to count from: no calendar value is invented
        assert not [v for v in values.values() if v and v[:1].isdigit()], out
        assert values["the third quarter"] == "XXXX-Q3"


def test_issue_5_period_start() -> None:
    assert period_start("2023-Q3") == dt.date(2023, 7, 1)
    assert period_start("2016-H2") == dt.date(2016, 7, 1)
    assert period_start("2012-WI") == dt.date(2012, 12, 1)
    assert period_start("1995") == dt.date(1995, 1, 1)
    assert period_start("2023-W15") is None and period_start("PRESENT_REF") is None


def test_issue_5_news_fixture_scores() -> None:
    """Our own news-convention TimeML file: every tag found with the right value."""
    result = run_eval("time", FIXTURE)
    assert result["n"] == FIXTURE.read_text().count("<TIMEX3 ") - 1  # minus the DCT
    assert result["extraction_f1_strict"] >= 0.95
    assert result["value_f1"] >= 0.95


def test_issue_5_tml_empty_timex_is_not_gold(tmp_path: Path) -> None:
    """TimeBank's empty (non-consuming) TIMEX3 tags cover no text and are not expressions."""
    path = tmp_path / "empty.tml"
    path.write_text(
        '<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2024-03-14">2024-03-14</TIMEX3></DCT>'
        '<TEXT>It ran <TIMEX3 tid="t1" type="DURATION" value="P2W" beginPoint="t2">two weeks'
        '</TIMEX3><TIMEX3 tid="t2" type="DATE" value="2024-02-29" anchorTimeID="t0"/> until '
        '<TIMEX3 tid="t3" type="DATE" value="2024-03-14">today</TIMEX3>.</TEXT></TimeML>',
        encoding="utf-8")
    case = read_tml(path)
    assert [(case.text[slice(*g.span)], g.values) for g in case.gold] == [
        ("two weeks", {"P2W"}), ("today", {"2024-03-14"})]


def test_issue_5_tml_creation_time_without_dct(tmp_path: Path) -> None:
    """Older TimeBank layout: no <DCT>, the creation time is a TIMEX3 marked CREATION_TIME."""
    path = tmp_path / "old.tml"
    path.write_text(
        '<TimeML><DATE_TIME><TIMEX3 tid="t0" type="DATE" value="1998-02-27" '
        'functionInDocument="CREATION_TIME">02/27/1998</TIMEX3></DATE_TIME>'
        '<TEXT>Shares fell <TIMEX3 tid="t1" type="DATE" value="1998-02-26">Thursday</TIMEX3>.'
        '</TEXT></TimeML>', encoding="utf-8")
    case = read_tml(path)
    assert case.anchor == dt.date(1998, 2, 27)
    assert run_eval("time", path)["value_f1"] == 1.0
