"""Issue 3: each sentence's main event and the lead's events are flagged, exported and scored.

A one-event gold (the PLOVER GSR) codes a sentence's head act; GDELT's IsRootEvent marks events
of the lead paragraph. Every event is still stored; the flags only let users and scorers pick.
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
from storyline.evaluate import events_gold as g
from storyline.evaluate.events import score_sentences
from storyline.events.salience import lead_end, mark_lead
from storyline.export.gdelt import gdelt_row
from storyline.records import Event, Failure

pytestmark = pytest.mark.issue(3)

ARTICLE = """Rebels seize border town
Rebels attacked an army post near the border town on Monday, officials said.
Later that week, police arrested three men in the capital and troops fired on a crowd.
"""


def _main(events: list[Event]) -> list[tuple[str, bool]]:
    return sorted((e.trigger or "", e.main) for e in events)


def test_issue_3_head_act_is_main_and_a_conjoined_act_is_not(events_of: Any) -> None:
    events = events_of("Police arrested three protesters and troops fired on a crowd in Lagos.")
    assert ("arrested", True) in _main(events)
    assert ("fired", False) in _main(events)


def test_issue_3_act_under_a_reporting_verb_is_main(events_of: Any) -> None:
    events = events_of("Rebels attacked an army post near Goma, the army said on Tuesday.")
    assert events and all(e.main for e in events if e.trigger == "attacked")


def test_issue_3_every_pair_of_the_head_trigger_is_main(events_of: Any) -> None:
    """Conjoined actors give one event per pair; all of them are the head act."""
    events = events_of("China and Russia criticized the United States and Japan over the drills.")
    assert len(events) == 4 and all(e.main for e in events)


def test_issue_3_lead_ends_after_the_first_paragraph_past_the_headline() -> None:
    end = lead_end(ARTICLE, "Rebels seize border town")
    assert ARTICLE[:end].endswith("officials said.\n")
    assert lead_end("One paragraph only.", None) == len("One paragraph only.")
    assert lead_end("\n\nFirst.\nSecond.", "Title") == len("\n\nFirst.\n")


def test_issue_3_mark_lead_by_sentence_start() -> None:
    first = Event(id="a", article_id="x", sentence="s", span=(5, 20), code="190", root_code="19")
    later = Event(id="b", article_id="x", sentence="s", span=(40, 60), code="173", root_code="17")
    mark_lead([first, later], 30)
    assert (first.lead, later.lead) == (True, False)


def test_issue_3_stored_events_carry_the_flags_and_export_isrootevent(
        sl: Storyline, tmp_path: Path) -> None:
    path = tmp_path / "rebels.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    sl.ingest([str(path)])
    events = sl.query("events")
    attack = [e for e in events if e["trigger"] == "attacked"]
    arrest = [e for e in events if e["trigger"] == "arrested"]
    assert attack and arrest
    assert all(e["lead"] and e["main"] for e in attack)
    assert all(not e["lead"] for e in arrest)
    rows = {e["trigger"]: gdelt_row(e) for e in events}
    assert rows["attacked"]["IsRootEvent"] == 1 and rows["arrested"]["IsRootEvent"] == 0
    assert rows["attacked"]["main"] is True
    main_only = sl.query("events", main=True)
    assert main_only and all(e["main"] for e in main_only)
    assert {e["trigger"] for e in main_only} < {e["trigger"] for e in events}


def test_issue_3_cli_events_main_filter(sl: Storyline, tmp_path: Path, db_path: Path) -> None:
    path = tmp_path / "rebels.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    sl.ingest([str(path)])
    run = CliRunner().invoke(app, ["events", "--db", str(db_path), "--main", "--format", "json"])
    assert run.exit_code == 0, run.output
    rows = json.loads(run.output)
    assert rows and all(r["main"] for r in rows)
    assert "fired" not in {r["trigger"] for r in rows}


def test_issue_3_scorer_reports_main_only_figures() -> None:
    """A secondary act is a false event in the full figures and is left out of main_only."""
    text = "Police arrested three protesters and troops fired on a crowd in Lagos."
    gold = g.GoldSentence(id="s1", text=text, events=[g.GoldEvent(
        plover="COERCE", cameo="173", sources={"NGA"}, targets={"NGA"},
        triggers={"arrested"})])
    result = score_sentences([gold])
    assert result["event_recall"] == 1.0 and result["event_precision"] < 1.0
    main = result["main_only"]
    assert main["event_recall"] == 1.0 and main["event_precision"] == 1.0
    assert main["n_system_events"] < result["n_system_events"]


def test_issue_3_gdelt_row_of_an_old_event_without_flags() -> None:
    """Events stored before the flags existed export as not-root, not main."""
    row = gdelt_row(asdict(Event(id="e", article_id="a", sentence="s", span=(0, 1),
                                 code="042", root_code="04")) | {"lead": None, "main": None})
    assert row["IsRootEvent"] == 0 and row["main"] is False


def test_issue_3_span_scorer_reports_main_only_spans() -> None:
    """The BIO gold tags one event per sentence: the secondary arrest's police and journalists
    are false spans over all events and left out over main events."""
    from storyline.evaluate.events import score_spans

    text = "Rebels attacked an army post near Goma and police later arrested two journalists."
    gold = g.SpanSentence(text=text, sources=[(0, 6)], targets=[(16, 28)])
    result = score_spans([gold])
    assert result["source_span_recall"] == 1.0 and result["source_span_precision"] == 0.5
    main = result["main_only_spans"]
    assert main["source_span_precision"] == 1.0 and main["target_span_precision"] == 1.0
    assert main["target_span_recall"] == 1.0


def test_issue_3_scorer_reports_failed_sentences(monkeypatch: pytest.MonkeyPatch) -> None:
    """A sentence whose extraction fails is scored as eventless and counted, not hidden."""
    from storyline.events import extract as events_extract

    def broken(ctx: Any, sent: Any, offset: int) -> list[Event]:
        raise KeyError("unrest")

    monkeypatch.setattr(events_extract, "_sentence_events", broken)
    gold = g.GoldSentence(id="s1", text="Police arrested three protesters in Lagos.", events=[
        g.GoldEvent(plover="COERCE", cameo="173", triggers={"arrested"})])
    result = score_sentences([gold])
    assert result["n_failed"] == 1 and "KeyError" in result["failures"][0]
    assert result["event_recall"] == 0.0


def test_issue_3_a_sentence_that_raises_loses_only_itself(
        events_of: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """A coding bug in one sentence leaves the article's other events and records a check
    with the sentence's span, instead of failing the whole article (E401)."""
    from storyline.events import extract as events_extract
    from storyline.nlp.extract import extract_texts

    real = events_extract._sentence_events

    def flaky(ctx: Any, sent: Any, offset: int) -> list[Event]:
        if "unrest" in sent.text:
            raise KeyError("unrest")
        return real(ctx, sent, offset)

    monkeypatch.setattr(events_extract, "_sentence_events", flaky)
    text = "Officials warned of unrest in the north. Police arrested three protesters in Lagos."
    [record] = extract_texts([text])
    assert not isinstance(record, Failure)
    assert [e.trigger for e in record.events] == ["arrested"]
    [check] = record.checks
    assert check.kind == "sentence_not_coded" and check.severity == "error"
    assert check.span == (0, len("Officials warned of unrest in the north."))
    assert "E401" in check.message and "KeyError" in check.message


def test_issue_3_event_noun_subject_outside_the_noun_table_codes_no_crash(
        events_of: Any) -> None:
    """A travel verb whose subject is an event noun the code table lacks ('the danger of an
    outbreak', 'unrest') once raised KeyError and lost the whole article."""
    text = ("Lawmakers accused each other of playing politics while doctors cautioned about "
            "the danger of an outbreak on the American mainland. Police arrested three "
            "protesters in Lagos.")
    from storyline.nlp.extract import extract_texts

    [record] = extract_texts([text])
    assert not isinstance(record, Failure) and not record.checks
    assert "arrested" in {e.trigger for e in record.events}
