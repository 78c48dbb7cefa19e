"""Issue 3, fourteenth session (coverage): codebook acts of CAMEO roots 15-20 the coder missed
in plain wire copy (coercion, reoccupation, bombs detonated, hostages seized, restrictions and
licences revoked, expulsions of peacekeepers and observers by an order to leave, crackdowns on
protesters, weapons of mass destruction, troops sent onto the doer's own ground)
and the near-misses that must stay eventless (records, chances, business curbs, quarrying).

Sentences written for these tests; event-level checks read the whole pipeline (code and
countries).
"""

from __future__ import annotations

from typing import Any

import pytest

from event_views import triples

pytestmark = pytest.mark.issue(3)


@pytest.mark.parametrize(("text", "expected"), [
    ("Moscow coerced Minsk into accepting the new gas prices.", ("170", "RUS", "BLR")),
    ("Colombian rebels seized hostages at a church in Cali.", ("181", "COL", "COL")),
    ("Burma's junta revoked the licences of three weekly newspapers.", ("1721", "MMR", "MMR")),
    ("Belarus ordered OSCE observers to leave the country on Monday.", ("1662", "BLR", None)),
    ("Chad ordered UN peacekeepers out of the eastern region.", ("1661", "TCD", None)),
    ("Egyptian riot police cracked down on demonstrators in Cairo on Friday.",
     ("175", "EGY", "EGY")),
    ("Iraq used weapons of mass destruction against Kurdish villages in 1988.",
     ("204", "IRQ", "IRQ")),
    ("Pakistan exploded two nuclear devices on Saturday.", ("2042", "PAK", None)),
])
def test_issue_3_codebook_acts_of_roots_15_to_20(
        events_of: Any, text: str, expected: tuple[str, str, str | None]) -> None:
    """Plain codebook acts are coded by their CAMEO code, with the doer's country and, where one
    is named as an actor, the target's (a named body such as OSCE or UN has no country)."""
    code, source, target = expected
    found = triples(events_of, text)
    assert any(c == code and s == source and (target is None or t == target)
               for c, s, t in found), found


def test_issue_3_reoccupied_town_and_bomb_detonated(events_of: Any) -> None:
    """Reoccupying a town occupies it (192, the tagger's lemma 'reoccupie'); a bomb detonated
    by separatists is a bombing (183), no conventional force (190)."""
    assert ("192", "ETH") in [(c, s) for c, s, _ in triples(
        events_of, "Ethiopian troops reoccupied the border town of Zalambessa on Friday.")]
    bombing = triples(
        events_of, "Separatists detonated a bomb outside a police barracks in Grozny.")
    assert [c for c, _, _ in bombing] == ["183"]


def test_issue_3_restrictions_on_people_not_on_things(events_of: Any) -> None:
    """Restrictions on people's freedoms are administrative sanctions (172x, PLOVER COERCE);
    curbs on lending are economic policy, no event."""
    assert [(c[:3], s) for c, s, _ in triples(
        events_of, "The Iranian authorities imposed restrictions on the movement of foreign "
                   "reporters.")] == [("172", "IRN")]
    assert triples(events_of, "The bank imposed curbs on lending to property developers.") == []


def test_issue_3_troops_sent_onto_own_ground(events_of: Any) -> None:
    """Troops sent into a region of the doer's own state are still mobilized (154), aimed at
    that region, a part of the doer's own state (the GSR codes such a deployment at home with
    the state as target; session 21 changed the target from none to RUS)."""
    assert [(c, s, t) for c, s, t in triples(
        events_of, "Russia sent 2,000 more troops into Dagestan on Tuesday.")] == [
        ("154", "RUS", "RUS")]


@pytest.mark.parametrize("text", [
    "The French champion smashed the world record in Paris.",
    "The Dutch firm seized the opportunity to enter the Chinese market.",
    "Workers detonated explosives to clear the mountain road.",
    "The team captured the title on Sunday.",
    "The coach ordered the players out of the stadium.",
])
def test_issue_3_conflict_words_in_other_senses_are_no_events(events_of: Any, text: str) -> None:
    """A record smashed, a chance seized, quarry blasting, a title captured or players sent off
    a pitch are no acts of force, coercion or expulsion."""
    assert [c for c, _, _ in triples(events_of, text) if c[:2] in (
        "14", "15", "16", "17", "18", "19", "20")] == []


def test_issue_3_seizure_of_property_nominal(events_of: Any) -> None:
    """A seizure of property (171) or its confiscation (1711) by a named state is coded from the
    noun; a seizure of power or a medical seizure is none."""
    assert ("171", "IRN", "GBR") in triples(
        events_of, "The seizure of the British tanker by Iran angered London.")
    assert [(c, s) for c, s, _ in triples(
        events_of, "The confiscation of opposition newspapers by Belarus drew criticism.")] == [
        ("1711", "BLR")]
    assert triples(events_of, "The boy suffered a seizure at school.") == []


def test_issue_3_military_parade_shows_force(events_of: Any) -> None:
    """A military parade shows force (150, PLOVER MOBILIZE); a victory parade is none."""
    assert [(c, s) for c, s, _ in triples(
        events_of, "Vietnam staged a military parade in Hanoi on Sunday.")] == [("150", "VNM")]
    assert triples(events_of, "The team held a victory parade in Madrid.") == []
