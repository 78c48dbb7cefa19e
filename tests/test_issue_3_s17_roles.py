"""Issue 3, seventeenth session (roles): targets borrowed from the victims of a harm whose 'when'
clause tells a deed at a thing of theirs, things given back to a state, meeting participants
and the venue, seizures from foreign owners, fights between two sides heading their sentence,
shows of force at a border, and the main act of a sentence (light verbs, force after a move).
Sentences written for these tests; checks read the whole pipeline (code and countries).
"""

from __future__ import annotations

from typing import Any

import pytest

from event_views import has_event, triples

pytestmark = pytest.mark.issue(3)


def _main(events_of: Any, text: str) -> list[tuple[str, str | None, str | None]]:  # noqa: ANN401
    """(code, source country, target country) of the main events of ``text``."""
    return [(e.code, e.source.country if e.source else None,
             e.target.country if e.target else None) for e in events_of(text) if e.main]


@pytest.mark.parametrize(("text", "code", "target"), [
    ("Three Jordanian soldiers were wounded when militants fired a rocket at their armoured "
     "car near the Syrian border.", "19", "JOR"),
    ("Two Lebanese border guards were killed when gunmen shelled their watchtower near "
     "Arsal.", "19", "LBN"),
    ("Four Malian gendarmes were hurt when jihadists opened fire on their pickup truck outside "
     "Mopti.", "19", "MLI"),
])
def test_issue_3_deed_at_the_victims_thing_aims_at_the_victims(
        events_of: Any, text: str, code: str, target: str) -> None:
    """A deed at a thing a pronoun owns, told in the 'when' clause of a passive harm, aims at
    the harmed, and stays the sentence's main act (the harm takes no doer of its own)."""
    main = _main(events_of, text)
    assert any(c.startswith(code) and t == target for c, _, t in main), main
    assert len({c for c, _, _ in main}) == 1, main


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Germany returned dozens of royal artefacts taken by colonial officials to Namibia on "
     "Thursday.", "DEU", "NAM"),
    ("Denmark returned 19 looted treasures removed from the island in the 1900s to Iceland "
     "on Monday.", "DNK", "ISL"),
])
def test_issue_3_things_given_back_go_to_the_state_after_to(
        events_of: Any, text: str, source: str, target: str) -> None:
    """A state named by 'to' gets back what was returned, even when the parser hangs it on
    the participle of the object."""
    assert has_event(triples(events_of, text), "08", source, target)


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Philippine government negotiators met communist rebel leaders in Oslo on Monday.",
     "PHL", "PHL"),
    ("Envoys of the Sudanese government met opposition leaders in Addis Ababa on Friday.",
     "SDN", "SDN"),
])
def test_issue_3_rebels_met_abroad_are_the_states_own(
        events_of: Any, text: str, source: str, target: str) -> None:
    """Rebels a state's officials meet in a third state's town are that state's, not the
    venue's."""
    found = triples(events_of, text)
    assert has_event(found, "04", source, target), found


@pytest.mark.parametrize(("text", "source", "target"), [
    ("The Bolivian government nationalised the Bolivian unit of the gas company from its "
     "Brazilian owners on Friday.", "BOL", "BRA"),
    ("Ecuador's government seized the oil block operator Petroamazonas from France's "
     "Perenco.", "ECU", "FRA"),
])
def test_issue_3_seizure_aims_at_the_foreign_owner(
        events_of: Any, text: str, source: str, target: str) -> None:
    """A seizure aims at the owner named by 'from' with its state or people."""
    found = triples(events_of, text)
    assert has_event(found, "17", source, target), found


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Fighting between Eritrean and Ethiopian troops erupted near Badme on Sunday.",
     "ERI", "ETH"),
    ("Clashes between Indian and Chinese soldiers left twenty dead in the Galwan valley.",
     "IND", "CHN"),
])
def test_issue_3_fight_between_two_sides_heading_its_sentence(
        events_of: Any, text: str, source: str, target: str) -> None:
    """A fight noun heading its sentence is done by the two sides after 'between'."""
    found = triples(events_of, text)
    assert has_event(found, "19", source, target), found


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Greek troops massed along the Turkish border on Tuesday as parliament in Athens debated "
     "the crisis.", "GRC", "TUR"),
    ("Azerbaijan began three days of military drills near its border with Armenia, a week "
     "after Armenian officials visited Moscow.", "AZE", "ARM"),
])
def test_issue_3_show_of_force_at_a_border(
        events_of: Any, text: str, source: str, target: str) -> None:
    """A show of force at a border aims at the state the border is named by or shared with;
    a clause dated by its distance ('a week after') is no threat it answers."""
    main = _main(events_of, text)
    assert any(c.startswith("15") and s == source and t == target for c, s, t in main), main


@pytest.mark.parametrize(("text", "code"), [
    ("Dozens of Uighur detainees went on hunger strike on Tuesday to protest against their "
     "treatment.", "142"),
    ("Sudanese troops crossed into South Sudan and bombed the town of Bentiu on Monday.",
     "19"),
    ("The Iranian navy began a week of naval exercises in the Gulf on Sunday, two days after "
     "a British warship entered the strait.", "15"),
])
def test_issue_3_main_act_behind_light_verbs_and_moves(
        events_of: Any, text: str, code: str) -> None:
    """A noun act held by a verb that codes nothing stands as high as the verb, and force
    joined to a move before it is the report."""
    main = _main(events_of, text)
    assert main and all(c.startswith(code) for c, _, _ in main), main


def test_issue_3_told_a_meeting_is_no_act_above_the_news(events_of: Any) -> None:
    """'told a meeting of ...' names an audience: the meeting does not outrank the news told."""
    text = ("Norway will give Ukraine 100 more air-defence missiles, the defence minister "
            "told a meeting of allied ministers in Brussels.")
    main = _main(events_of, text)
    assert ("0332", "NOR", "UKR") in main, main


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Bolivia has granted diplomatic asylum to three Peruvian opposition leaders holed up in "
     "its embassy since last month's coup, the Bolivian foreign ministry said on Monday.",
     "BOL", "PER"),
])
def test_issue_3_receiver_parsed_as_the_next_clauses_subject(
        events_of: Any, text: str, source: str, target: str) -> None:
    """A bare 'to' whose receiver the parser made the subject of the next clause names it."""
    found = triples(events_of, text)
    assert has_event(found, "07", source, target), found


@pytest.mark.parametrize(("text", "code", "source"), [
    ("The talks exclude Venezuela, whose president expelled the American ambassador last "
     "year.", "16", "VEN"),
    ("The deal worries Israel, which faces Iran, whose leaders have called for its "
     "destruction.", "02", "IRN"),
])
def test_issue_3_whose_doer_is_of_the_named_owner(
        events_of: Any, text: str, code: str, source: str) -> None:
    """A doer owned by the 'whose' of a relative clause is coded with the state it tells of."""
    found = triples(events_of, text)
    assert any(c.startswith(code) and s == source for c, s, _ in found), found
