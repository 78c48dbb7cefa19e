"""Issue 3, eighteenth session (roles): agentless political force. Killings of soldiers, police
and officials, abductions of foreigners, torture and dated attacks named by a noun take the
place's country as their unnamed doer (the GSR convention), while kidnappings for ransom,
harm in a drill and deeds dated to a past year stay out. Sentences written for these tests;
checks read the whole pipeline (code and countries).
"""

from __future__ import annotations

from typing import Any

import pytest

from event_views import has_event, triples

pytestmark = pytest.mark.issue(3)

FORCE_ROOTS = ("18", "19", "20")


def _force(events_of: Any, text: str) -> list[tuple[str, str | None, str | None]]:  # noqa: ANN401
    """(code, source country, target country) of the force events (roots 18-20) of ``text``."""
    return [t for t in triples(events_of, text) if t[0][:2] in FORCE_ROOTS]


@pytest.mark.parametrize(("text", "country"), [
    ("Four Afghan policemen were killed in Kunar province on Wednesday.", "AFG"),
    ("Two Colombian soldiers were killed in Cauca province on Friday.", "COL"),
])
def test_issue_3_killed_security_forces_take_the_places_doer(
        events_of: Any, text: str, country: str) -> None:
    """Soldiers or police killed with no doer named: force of the place's unnamed doers."""
    assert has_event(triples(events_of, text), "19", country, country)


@pytest.mark.parametrize("text", [
    "Two soldiers were killed in a training exercise in Norway on Tuesday.",
    "A trader's daughter was kidnapped in Kaduna and held for ransom.",
    "The bombing of Hamburg in 1943 killed thousands of civilians.",
    "The shelling of Sarajevo in 1994 killed dozens of people at a market.",
])
def test_issue_3_drills_ransom_and_dated_past_deeds_are_no_force(
        events_of: Any, text: str) -> None:
    """Harm in a drill, a local's kidnapping for ransom and a deed dated to a past year
    ('the bombing of X in 1943 killed'): no act of force."""
    assert _force(events_of, text) == []


def test_issue_3_aid_workers_held_for_ransom_stay_political(events_of: Any) -> None:
    """Ransom makes no crime of the abduction of a political victim (aid workers)."""
    text = "Two aid workers were kidnapped in Kaduna and held for ransom."
    assert has_event(triples(events_of, text), "181", "NGA", None)


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Two Pakistani truck drivers were abducted in Afghanistan's Kunar province on Monday.",
     "AFG", "PAK"),
    ("A South Korean missionary was snatched in the southern Philippines on Saturday.",
     "PHL", "KOR"),
])
def test_issue_3_foreigners_abducted_take_the_places_doer(
        events_of: Any, text: str, source: str, target: str) -> None:
    """Foreigners abducted where the text names no doer: the place's, their trade ('truck
    drivers') no road accident."""
    assert has_event(triples(events_of, text), "181", source, target)


@pytest.mark.parametrize(("text", "country"), [
    ("A detained farmer was tortured to death in Mandalay, his family said.", "MMR"),
    ("A jailed student was tortured in Tabriz, his lawyer said on Monday.", "IRN"),
])
def test_issue_3_agentless_torture_is_the_places(
        events_of: Any, text: str, country: str) -> None:
    """Torture with no doer named is force of the place's unnamed doers."""
    assert has_event(triples(events_of, text), "182", country, country)


def test_issue_3_dated_attack_noun_heading_its_sentence(events_of: Any) -> None:
    """An attack named by a noun heading its sentence with a news day is its event."""
    text = "An ambush on a police convoy in Zabul province on Sunday left six officers dead."
    assert has_event(triples(events_of, text), "19", "AFG", "AFG")


def test_issue_3_lone_deed_yields_to_another_act(events_of: Any) -> None:
    """A deed the sentence starts from ('After the kidnapping of ... on Friday,') is no event
    of its own where a state's act follows: the recall is the news."""
    text = ("After the kidnapping of three Egyptian workers in Benghazi on Friday, Cairo "
            "recalled its ambassador from Tripoli.")
    found = triples(events_of, text)
    assert has_event(found, "16", "EGY", "LBY")
    assert not [t for t in found if t[0].startswith("18")], found


def test_issue_3_keeper_of_a_place_hit_is_no_doer(events_of: Any) -> None:
    """'a hospital run by X': X runs what was hit, names no doer; the strike is the place's."""
    text = ("A mortar attack on a hospital run by Doctors Without Borders in the Sudanese town "
            "of El Fasher killed nine people on Sunday.")
    assert has_event(triples(events_of, text), "19", "SDN", "SDN")


@pytest.mark.parametrize(("text", "country"), [
    ("Seven Pakistani soldiers were killed when a bomb exploded beside their convoy in North "
     "Waziristan on Monday.", "PAK"),
    ("Eleven worshippers were killed when a bomb exploded at a church in the Nigerian city of "
     "Jos on Sunday.", "NGA"),
])
def test_issue_3_agentless_harm_is_reported_by_its_bomb(
        events_of: Any, text: str, country: str) -> None:
    """'X were killed when a bomb exploded ...' with no doer named: one event, the bombing
    (183) aimed at the victims, as the GSR codes it; the harm is no second event."""
    force = _force(events_of, text)
    assert [c[:3] for c, _, _ in force] == ["183"], force
    assert force[0][1:] == (country, country), force


def test_issue_3_accidental_blast_in_a_when_clause_is_no_force(events_of: Any) -> None:
    """A fuel tank's blast that killed workers is no bombing."""
    text = ("Two welders were killed when a fuel tank exploded at a shipyard in Chittagong on "
            "Monday.")
    assert _force(events_of, text) == []


@pytest.mark.parametrize("text", [
    "Robbers shot dead a bank guard in Lagos on Friday.",
    "Thieves killed a night watchman at a warehouse in Accra.",
])
def test_issue_3_common_criminals_do_no_political_force(events_of: Any, text: str) -> None:
    """Robbers and thieves who kill are crime news, no act of force."""
    assert _force(events_of, text) == []


def test_issue_3_pirates_stay_doers_of_force(events_of: Any) -> None:
    """Pirates, criminals too, seize ships: an abduction the GSR codes."""
    text = "Pirates seized a Greek tanker off the coast of Somalia on Saturday."
    assert has_event(triples(events_of, text), "181", "SOM", "GRC")


def test_issue_3_shot_political_victim_takes_the_places_doer(events_of: Any) -> None:
    """A political figure shot and wounded with no doer named: force of the place's doers."""
    text = "A ruling party lawmaker was shot and wounded in Harare on Wednesday."
    assert has_event(triples(events_of, text), "19", "ZWE", "ZWE")


def test_issue_3_a_thing_shot_is_no_force_on_its_owner(events_of: Any) -> None:
    """'the governor's advert was shot in X': filming, no assault on the governor."""
    text = "The governor's new television advert was shot in Nevada last month."
    assert _force(events_of, text) == []


@pytest.mark.parametrize("text", [
    "Six policemen killed in the 2015 bombing were remembered at a service in Lahore on Monday.",
    "Families of soldiers killed in the war marched to parliament in Kyiv on Saturday.",
    "The widow of a soldier killed in Afghanistan met the president on Tuesday.",
])
def test_issue_3_victims_described_by_their_past_harm_are_no_news(
        events_of: Any, text: str) -> None:
    """A harm participle saying who the people of another act are is background."""
    assert _force(events_of, text) == []


def test_issue_3_bodies_of_victims_keep_their_killing(events_of: Any) -> None:
    """'the bodies of soldiers killed in an ambush' still report the killing."""
    text = ("Nigeria's army said on Monday it had recovered the bodies of 12 soldiers killed in "
            "an ambush in Borno.")
    assert has_event(triples(events_of, text), "19", "NGA", "NGA")


@pytest.mark.parametrize("text", [
    "A boy was kidnapped outside a supermarket in Nairobi on Thursday.",
    "A teenager was abducted on her way home in Kumasi on Friday.",
])
def test_issue_3_a_lone_commoner_taken_is_crime(events_of: Any, text: str) -> None:
    """One commoner of no nation named, taken with no armed word: crime news."""
    assert _force(events_of, text) == []


@pytest.mark.parametrize(("text", "source"), [
    ("A Catholic priest was kidnapped in Nigeria's Enugu state on Sunday.", "NGA"),
    ("More than 200 schoolchildren were abducted from a school in Nigeria's Kebbi state on "
     "Thursday.", "NGA"),
])
def test_issue_3_clergy_and_mass_abductions_stay_political(
        events_of: Any, text: str, source: str) -> None:
    """A priest taken, or a school's children en masse: abductions of the place's doers."""
    assert has_event(triples(events_of, text), "181", source, None)


@pytest.mark.parametrize("text", [
    "Two Red Cross workers were kidnapped in Chechnya in 1996 and freed months later.",
    "A magistrate was killed in a car bomb attack in Palermo in 1992.",
])
def test_issue_3_agentless_deed_dated_to_a_past_year_is_history(
        events_of: Any, text: str) -> None:
    """An agentless deed dated 'in 1996' with no news day is history, no event."""
    assert _force(events_of, text) == []
