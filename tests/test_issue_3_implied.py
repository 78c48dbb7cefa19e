"""Issue 3, implied targets: the state a target-less domestic or material act is aimed at.

Sentences are our own, written for these tests.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from storyline import Storyline
from storyline.cli import app
from storyline.evaluate import events as scorer
from storyline.evaluate.events_gold import SpanSentence
from storyline.events.implied import implied_target
from storyline.export.gdelt import gdelt_row
from storyline.records import ActorRef, Event

pytestmark = pytest.mark.issue(3)




def _event(code: str, source: ActorRef | None) -> Event:
    """A bare coded event with no target, for the rule alone."""
    return Event(id="e", article_id="a", sentence="s", span=(0, 60), code=code,
                 root_code=code[:2], source=source)


def test_issue_3_called_off_strike_is_aimed_at_the_own_government(events_of: Any) -> None:
    text = "Kenyan teachers called off their strike on Monday."
    [event] = events_of(text)
    target = event.target
    assert event.plover == "CONCEDE" and target is not None and target.implied
    assert (target.text, target.country, target.sector) == ("Kenya", "KEN", "GOV")
    assert target.span is not None and text[slice(*target.span)] == "Kenyan teachers"
    assert target.actor_id is None  # no mention of an actor: nothing joins it to one


def test_issue_3_a_governments_curfew_falls_on_its_country(events_of: Any) -> None:
    [event] = events_of("The Algerian government imposed a curfew on Thursday.")
    assert event.plover == "COERCE" and event.target is not None and event.target.implied
    assert (event.target.country, event.target.sector) == ("DZA", None)  # not on itself


@pytest.mark.parametrize(("text", "sector"), [
    ("Egypt imposed a curfew on Sunday.", None),
    ("Egyptian police imposed a curfew on Sunday.", None),
    ("Nigerian lawmakers staged a protest on Monday.", "GOV"),
])
def test_issue_3_the_act_not_the_doer_decides_whom_it_aims_at(events_of: Any, text: str,
                                                              sector: str | None) -> None:
    targets = [e.target for e in events_of(text) if e.target is not None]
    assert targets and all(t.implied and t.sector == sector for t in targets)


def test_issue_3_a_named_target_is_never_replaced(events_of: Any) -> None:
    [event] = events_of("Egyptian police arrested the protesters in Cairo.")
    assert event.target is not None and not event.target.implied
    assert event.target.text == "protesters"


@pytest.mark.parametrize(("code", "country", "sector"), [
    ("040", "FRA", "GOV"),  # a meeting is no domestic act
    ("143", "NATO", "IGO"),  # a body has no own state
    ("138", "IRN", "GOV"),  # a threat of force names whom it threatens, or nobody
    ("1723", "ISR", "MIL"),  # troops' curfews are often abroad: the sentence must say where
])
def test_issue_3_no_implied_target_without_a_convention(code: str, country: str,
                                                        sector: str) -> None:
    doer = ActorRef(text="them", span=(0, 4), country=country, sector=sector)
    assert implied_target(_event(code, doer)) is None


def test_issue_3_implied_targets_are_no_spans_for_the_span_scorer(
        monkeypatch: pytest.MonkeyPatch) -> None:
    teachers = ActorRef(text="Kenyan teachers", span=(0, 15), country="KEN")
    implied = ActorRef(text="Kenyan teachers", span=(0, 15), country="KEN", implied=True)
    event = _event("080", teachers)
    event.target = implied
    monkeypatch.setattr(scorer, "run_sentences", lambda texts, *_: [[event] for _ in texts])
    gold = SpanSentence(text="Kenyan teachers called off their strike.",
                        sources=[(0, 15)], targets=[(0, 15)])
    result = scorer.score_spans([gold])
    assert result["source_span_precision"] == 1.0
    assert result["target_span_recall"] == 0.0  # the implied target is not offered as a span
    implied.implied = False  # the same span as a named target is scored
    assert scorer.score_spans([gold])["target_span_recall"] == 1.0

def test_issue_3_gdelt_rows_name_an_implied_target_by_its_country(events_of: Any) -> None:
    [event] = events_of("Kenyan teachers called off their strike on Monday.")
    row = gdelt_row(asdict(event))
    assert (row["Actor2Name"], row["Actor2CountryCode"]) == ("Kenya", "KEN")
    assert row["target_implied"] is True


def test_issue_3_gdelt_rows_mark_an_implied_source_apart_from_a_named_one() -> None:
    """An unnamed arrester (the undergoer's state, by convention) is flagged like an implied
    target, so GDELT tooling can drop or keep conventional actors."""
    arrest = {"code": "173", "source": {"name": "Kenya", "country": "KEN", "implied": True},
              "target": {"name": "protesters", "text": "protesters", "country": "KEN"}}
    row = gdelt_row(arrest)
    assert (row["source_implied"], row["target_implied"]) == (True, False)
    arrest["source"] = {"name": "police", "text": "police", "country": "KEN", "sector": "COP"}
    assert gdelt_row(arrest)["source_implied"] is False


def test_issue_3_events_table_says_a_target_is_implied(db_path: Path, tmp_path: Path) -> None:
    article = tmp_path / "strike.txt"
    article.write_text("Teachers call off strike\n\nKenyan teachers called off their strike "
                       "on Monday after talks.\n", "utf-8")
    with Storyline(db_path) as sl:
        sl.ingest([str(article)])
    table = CliRunner().invoke(app, ["events", "--db", str(db_path), "--format", "table"],
                               env={"COLUMNS": "200"})
    assert table.exit_code == 0, table.output
    assert "Kenya (KEN/GOV, implied)" in table.output
    rows = CliRunner().invoke(app, ["events", "--db", str(db_path), "--format", "json"])
    [event] = [e for e in json.loads(rows.output) if e["plover"] == "CONCEDE"]
    assert event["target"]["implied"] is True and event["target"]["country"] == "KEN"
