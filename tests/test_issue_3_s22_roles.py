"""Issue 3, twenty-second session (roles): the target of force on people or things of no
country that the sentence places outside the verb's own place phrase (the homes' town, the
police's city), the state a nominal build-up of troops along a border faces, and villages near a
border, which name no side of that border. Sentences written for these tests; checks read the
whole pipeline."""

from __future__ import annotations

from typing import Any

import pytest

from event_views import first_by_trigger, sides_of

pytestmark = pytest.mark.issue(3)


@pytest.mark.parametrize(("text", "word", "sides"), [
    ("Unknown assailants set ablaze a school and two clinics in the Yemeni city of Taiz.",
     "set", ("YEM", "YEM")),
    ("Riot police in Harare beat up two foreign reporters covering a rally.", "beat",
     ("ZWE", "ZWE")),
])
def test_issue_3_force_on_unplaced_victims_takes_the_sentence_scene(
        events_of: Any, text: str, word: str, sides: tuple[str, str]) -> None:
    """Force on people or things of no country, where the place is named by the object's or
    the doer's phrase, not the verb's: aimed at the state of that place."""
    assert sides_of(events_of, text, word) == sides


def test_issue_3_place_of_the_report_is_no_scene(events_of: Any) -> None:
    """Near miss: where the report was made ('officials in Nairobi said') is not where the
    force was used."""
    text = "Ugandan soldiers beat two truck drivers on a remote road, officials in Nairobi said."
    for event in events_of(text):
        if "beat" in (event.trigger or ""):
            assert event.target is None or event.target.country != "KEN"


def test_issue_3_smashed_things_need_a_named_party(events_of: Any) -> None:
    """Near miss: a dictionary-only predicate on a thing ('smashed their cameras') gains no
    implied state from the sentence's place."""
    text = "Riot police in Harare beat up two foreign reporters and smashed their cameras."
    assert not [e for e in events_of(text) if "smashed" in (e.trigger or "")]


@pytest.mark.parametrize(("text", "sides"), [
    ("A build-up of Russian troops near the Ukrainian border worried Western capitals.",
     ("RUS", "UKR")),
    ("The build-up of Turkish troops along the Syrian frontier went on through the week.",
     ("TUR", "SYR")),
])
def test_issue_3_nominal_build_up_faces_the_border_state(events_of: Any, text: str,
                                                        sides: tuple[str, str]) -> None:
    """A build-up (a hyphenated noun whose phrases hang on its last part) along or near a
    border named by its people is aimed at that state."""
    assert sides_of(events_of, text, "build") == sides


def test_issue_3_villages_near_a_border_are_not_the_neighbours(events_of: Any) -> None:
    """Villages shelled near the Thai border are not Thailand's: a frontier of either side."""
    text = "Burmese troops shelled villages near the Thai border, refugees said."
    event = first_by_trigger(events_of, text, "shelled")
    assert event.source is not None and event.source.country == "MMR"
    assert event.target is None or event.target.country != "THA"


def test_issue_3_blocked_highway_is_no_target_of_a_protest(events_of: Any) -> None:
    """A protest that blocks a named highway is aimed at the state of the place, not the road."""
    text = ("Angry farmers blocked the Inter-Oceanic Highway with burning tyres in Peru's "
            "southern Andes on Monday.")
    assert sides_of(events_of, text, "blocked") == ("PER", "PER")


def test_issue_3_protest_against_a_choice_aims_at_its_owner(events_of: Any) -> None:
    """A protest against a choice a possessive names is aimed at its owner, not at the thing
    the choice is about ('the government's refusal to renegotiate a trade pact')."""
    text = ("Thousands of Mexican farmers protested in Mexico City against the government's "
            "refusal to renegotiate the North American Free Trade Agreement.")
    assert sides_of(events_of, text, "protested") == ("MEX", "MEX")


def test_issue_3_survivor_of_an_attack_on_his_car_is_its_target(events_of: Any) -> None:
    """Force on a thing a pronoun owns, told in the 'when' clause of the owner's escape or
    death, aims at the owner ('escaped unhurt when gunmen sprayed his car')."""
    text = ("The Kenyan interior minister escaped unhurt on Friday when gunmen sprayed his car "
            "with bullets near the coast.")
    event = first_by_trigger(events_of, text, "sprayed")
    assert event.target is not None and event.target.country == "KEN"


def test_issue_3_relative_object_pronoun_stands_for_its_noun(events_of: Any) -> None:
    """The object pronoun of an active relative clause stands for the noun it follows, and an
    apposition's name for that noun ('X, the editor whom police arrested')."""
    text = ("Gao Yu, the veteran Chinese journalist whom Beijing police detained last month, "
            "was charged on Monday.")
    event = first_by_trigger(events_of, text, "detained")
    assert event.target is not None and event.target.country == "CHN"


def test_issue_3_alert_after_reported_build_up_faces_the_forces(events_of: Any) -> None:
    """An alert raised after a build-up of a people's forces was reported answers those
    forces, not the ministry that reported them."""
    text = ("Georgia put its army on alert on Friday after the defence ministry in Tbilisi "
            "reported a build-up of Russian forces near the ceasefire line.")
    assert sides_of(events_of, text, "put") == ("GEO", "RUS")


@pytest.mark.parametrize(("text", "word", "sides"), [
    ("India moved two armoured divisions close to the Pakistani border on Friday.", "moved",
     ("IND", "PAK")),
    ("The build-up of Turkish armour along the Syrian frontier went on through the week.",
     "build", ("TUR", "SYR")),
])
def test_issue_3_moved_arms_near_a_border_face_its_state(events_of: Any, text: str, word: str,
                                                        sides: tuple[str, str]) -> None:
    """Divisions or armour moved close to or along a border named by its people face that
    state (the 'close to' phrase hangs on the object)."""
    assert sides_of(events_of, text, word) == sides


def test_issue_3_nationalised_company_aims_at_its_owner(events_of: Any) -> None:
    """Coercion done to a thing 'owned by' a named party aims at the owner ('nationalised a
    power company owned by a Spanish firm': Spain), not the thing's home state."""
    text = "Bolivia nationalised a power company owned by a Spanish firm on Tuesday."
    assert sides_of(events_of, text, "nationalised") == ("BOL", "ESP")


def test_issue_3_demonym_of_a_thing_names_no_second_state(events_of: Any) -> None:
    """A bare demonym that qualifies a thing ('reports of Swiss bank accounts') names no party:
    the domestic editor charged by prosecutors in Kazakhstan stays Kazakhstan's."""
    text = ("Prosecutors in Kazakhstan charged an opposition newspaper editor with libel on "
            "Wednesday, a week after his paper printed reports of Swiss bank accounts.")
    assert sides_of(events_of, text, "charged") == ("KAZ", "KAZ")
