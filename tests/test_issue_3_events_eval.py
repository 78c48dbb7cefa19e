"""Issue 3, event scoring: gold readers and the scorer on our own PLOVER/PETRARCH fixtures."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from storyline.errors import StorylineError
from storyline.evaluate import events_gold as g
from storyline.evaluate.events import evaluate, per_type, score_sentences

pytestmark = pytest.mark.issue(3)

FIXTURES = Path(__file__).parent / "fixtures" / "events"
SHARED_GSR = Path(__file__).resolve().parents[2] / "shared" / "eval" / "events" / "plover_gsr"
KEYS = ("event_precision", "event_recall", "event_f1", "plover_accuracy",
        "plover_accuracy_by_section", "cameo_root_accuracy",
        "source_country_accuracy", "target_country_accuracy", "n")


def test_issue_3_plover_json_reader_maps_old_type_names() -> None:
    sentences = g.read_plover_json(FIXTURES / "plover_sample.json")
    assert len(sentences) == 4  # the DOCUMENT record is skipped
    types = [s.events[0].plover for s in sentences]
    assert types == ["CONSULT", "ACCUSE", "REQUEST", "ASSAULT"]
    first = sentences[0].events[0]
    assert first.sources == {"CHN"} and first.targets == {"FRA"} and first.triggers == {"visited"}
    assert sentences[2].events[0].targets == set()  # a malformed target is ignored


def test_issue_3_petrarch_xml_reader() -> None:
    sentences = g.read_petrarch_xml(FIXTURES / "petrarch_sample.xml")
    assert [s.id for s in sentences] == ["SAMPLE-001", "SAMPLE-002", "SAMPLE-003"]
    visit = sentences[0].events[0]
    assert (visit.cameo, visit.plover, visit.sources, visit.targets) == (
        "042", "CONSULT", {"DEU"}, {"UKR"})
    assert sentences[2].events == []  # noevents="True": a negative sentence
    assert sentences[0].text == "German Chancellor Olaf Scholz visited Ukraine on Friday."


def test_issue_3_conflibert_readers() -> None:
    rows = g.read_quad_tsv(FIXTURES / "cameo_class_sample.tsv")
    assert rows[0][1] == 1 and rows[1][1] == 0
    bio = g.read_bio(FIXTURES / "cameo_ner_sample.txt")
    assert len(bio) == 2
    first = bio[0]
    assert [first.text[a:b] for a, b in first.sources] == ["German Chancellor Olaf Scholz"]
    assert [first.text[a:b] for a, b in first.targets] == ["Ukraine"]
    assert bio[1].sources == [] and bio[1].targets == []


def test_issue_3_country_of_actor_codes() -> None:
    assert g.country_of("USAGOV") == "USA"
    assert g.country_of("IGOUNO") is None and g.country_of(None) is None


def test_issue_3_per_type_counts() -> None:
    table = per_type([("CONSULT", "CONSULT"), ("CONSULT", None), ("ACCUSE", "CONSULT"),
                      (None, "ACCUSE")])
    assert table["CONSULT"]["precision"] == 0.5 and table["CONSULT"]["recall"] == 0.5
    assert table["ACCUSE"]["f1"] == 0.0 and table["ACCUSE"]["support"] == 1


def test_issue_3_scorer_on_plover_fixture() -> None:
    result = evaluate(FIXTURES / "plover_sample.json")
    assert all(k in result for k in KEYS) and result["n"] == 4
    # the weather sentence carries a (deliberately wrong) gold event nothing should find
    assert result["n_gold_events"] == 4 and result["event_recall"] <= 0.75
    assert result["event_precision"] >= 0.75 and result["plover_accuracy"] >= 0.5
    assert result["cameo_root_accuracy"] is None  # the GSR shape carries no CAMEO codes


def test_issue_3_scorer_on_petrarch_fixture() -> None:
    result = evaluate(FIXTURES / "petrarch_sample.xml")
    assert result["n"] == 3 and result["n_gold_events"] == 2
    assert result["event_recall"] >= 0.5 and result["cameo_root_accuracy"] is not None
    assert 0.0 <= result["source_country_accuracy"] <= 1.0
    assert result["per_type"]["CONSULT"]["support"] == 1


def test_issue_3_scorer_on_conflibert_shaped_files() -> None:
    result = evaluate(FIXTURES, limit=None)
    assert result["quad_class_n"] == 2 and 0.0 <= result["quad_class_accuracy"] <= 1.0
    assert result["span_n"] == 2 and "source_span_f1" in result and "target_span_f1" in result


def test_issue_3_scorer_limit_and_bad_gold(tmp_path: Path) -> None:
    assert evaluate(FIXTURES / "plover_sample.json", limit=2)["n"] == 2
    with pytest.raises(StorylineError):
        evaluate(tmp_path / "missing.json")
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(StorylineError):
        evaluate(bad)
    with pytest.raises(StorylineError):
        evaluate(FIXTURES / "plover_sample.json", baseline="petrarch")


@pytest.mark.slow
@pytest.mark.skipif(not SHARED_GSR.exists(), reason="needs ../shared/eval/events (not shipped)")
def test_issue_3_gsr_floor_on_a_slice() -> None:
    result = evaluate(SHARED_GSR / "PLOVER_GSR_CAMEO.json", limit=60)
    assert result["event_f1"] >= 0.6 and result["plover_accuracy"] >= 0.6


def test_issue_3_eval_events_cli_json() -> None:
    import json

    from typer.testing import CliRunner

    from storyline.cli import app

    result = CliRunner().invoke(
        app, ["eval", "events", "--gold", str(FIXTURES / "petrarch_sample.xml"), "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    figures = json.loads(result.output)
    assert all(k in figures for k in KEYS) and figures["n"] == 3


def test_issue_3_gold_country_codes_are_read_as_iso() -> None:
    from storyline.evaluate.events_gold import country_of

    assert country_of("JAPGOV") == "JPN" and country_of("GMY") == "DEU"
    assert country_of("USAMIL") == "USA"
    assert country_of("IGOUNO") is None and country_of("ISMMIL") is None


def test_issue_3_plover_json_reader_reads_an_optional_cameo_code(tmp_path: Path) -> None:
    records = [
        {"id": "A", "event": "ASSAULT", "cameo": "190", "text": "Troops shelled the town.",
         "eventText": "shelled"},
        {"id": "B", "event": "COERCE", "cameo": "arrest", "text": "Police held two men.",
         "eventText": "held"},
        {"id": "C", "event": "PROTEST", "text": "Workers marched.", "eventText": "marched"},
    ]
    path = tmp_path / "own.json"
    path.write_text(json.dumps(records), "utf-8")
    assert [s.events[0].cameo for s in g.read_plover_json(path)] == ["190", None, None]


def test_issue_3_plover_json_record_with_an_empty_event_is_a_sentence_without_events(
        tmp_path: Path) -> None:
    """Our own GSR-format sets mark a political-looking sentence with no event by ``"event": ""``:
    it is read as a sentence with no gold event (a system event there is a false positive)."""
    records = [
        {"id": "A", "event": "", "cameo": "", "text": "Turnout was 61 percent.", "eventText": "",
         "source": [], "target": []},
        {"id": "B", "event": "PROTEST", "text": "Workers marched.", "eventText": "marched"},
    ]
    path = tmp_path / "own.json"
    path.write_text(json.dumps(records), "utf-8")
    sentences = g.read_plover_json(path)
    assert [s.id for s in sentences] == ["A", "B"]
    assert [len(s.events) for s in sentences] == [0, 1]
    scores = score_sentences(sentences[:1])
    assert scores["n_gold_events"] == 0


def test_issue_3_type_by_section_differs_only_where_the_crosswalk_moved_codes() -> None:
    from storyline.events.codebook import plover_by_section, plover_for
    moved = {"1712": "COERCE", "175": "COERCE", "191": "ASSAULT", "192": "ASSAULT"}
    for code, section_type in moved.items():
        assert plover_by_section(code, plover_for(code)[0]) == section_type
        assert section_type != plover_for(code)[0]
    for code in ("141", "154", "163", "173", "181", "190", "202"):
        assert plover_by_section(code, plover_for(code)[0]) == plover_for(code)[0]
    assert plover_by_section("0831", "RETREAT") == "RETREAT"  # below 14 the event's own type



def test_issue_3_s21_trigger_match_needs_a_content_word() -> None:
    """A trigger reaching over a phrase matches a gold trigger only by a word naming the act,
    never by a shared "the", "of" or "on"."""
    from types import SimpleNamespace

    from storyline.evaluate.events import _matches

    def said(trigger: str) -> Any:
        return SimpleNamespace(trigger=trigger)

    gold = g.GoldEvent("ASSAULT", triggers=g.words("launched an attack on"))
    assert not _matches(said("shelling outside the market of Kunduz late on Friday wounded"), gold)
    assert _matches(said("attack"), gold)
    assert _matches(said("fired on"), g.GoldEvent("ASSAULT", triggers={"on"}))
    assert _matches(said("anything"), g.GoldEvent("ASSAULT"))
