"""Issue 3, ninth session (third roles pass): drones that strike sites, victims of a named
side's fire, crowds placed by the town they act in, owners of frozen property, scenes that
are foreign missions, troops attacked by an armed group, and firms the tagger calls things."""

from __future__ import annotations

from typing import Any

import pytest

from event_views import triples


@pytest.mark.parametrize(("text", "country", "target"), [
    ("Drones struck an ammunition depot in Voronezh overnight.", "RUS", "depot"),
    ("Drones hit a funeral in Kandahar, killing seven mourners.", "AFG", "mourners"),
    ("Drones pounded army positions near Gao in northern Mali.", "MLI", "positions"),
])
def test_issue_3_drones_that_strike_a_site_attack_it(events_of: Any, text: str, country: str,
                                                     target: str) -> None:
    """Drones as subject of an impact verb on a site or a gathering are a weapon: an armed
    attack (190) whose unnamed doer takes the scene's country."""
    events = [e for e in events_of(text) if e.code == "190"]
    assert events, text
    event = events[0]
    assert event.source is not None and event.source.implied
    assert event.source.country == country
    assert event.target is not None and target in event.target.text


@pytest.mark.parametrize("text", [
    "Delivery drones hit the market in Seoul this spring.",
    "Farm drones hit record sales in Argentina last year.",
    "Camera drones struck a chord with tourists at the fair in Dubai.",
])
def test_issue_3_drones_of_a_trade_attack_nothing(events_of: Any, text: str) -> None:
    """Drones as goods ('delivery drones hit the market') are no weapon: no event."""
    assert events_of.codes(text) == [], text


def test_issue_3_a_swarm_of_drones_is_its_drones(events_of: Any) -> None:
    """'A swarm of drones attacked' is an attack by the drones, whose doer is unnamed."""
    events = events_of("A swarm of drones attacked a Russian naval base in Sevastopol.")
    assert [(e.code, e.target.country if e.target else None) for e in events] == [("190", "RUS")]
    assert events[0].source is not None and events[0].source.implied


@pytest.mark.parametrize(("text", "expected"), [
    ("Three Indian soldiers were killed in Pakistani firing across the Line of Control.",
     ("190", "PAK", "IND")),
    ("A Cambodian soldier was killed in Thai shelling near the disputed temple.",
     ("190", "THA", "KHM")),
])
def test_issue_3_a_side_cut_from_its_firing_is_the_doer(events_of: Any, text: str,
                                                        expected: tuple[str, str, str]) -> None:
    """A people's adjective the parser cut from its gerund ('Pakistani | firing') is the side
    that fired; the gerund is no act of the victims."""
    assert triples(events_of, text) == [expected]


def test_issue_3_victims_take_no_country_from_their_attackers_fire(events_of: Any) -> None:
    """'Three soldiers were killed in Pakistani firing': the soldiers are not Pakistani."""
    assert triples(events_of, "Three soldiers were killed in Pakistani firing.") == [
        ("190", "PAK", None)]


def test_issue_3_victims_take_the_country_of_the_army_reporting_them(events_of: Any) -> None:
    """Troops killed by a named side's fire are those of the army that reports them."""
    text = "Three soldiers were killed in Chinese firing near the border, the Indian army said."
    assert triples(events_of, text) == [("190", "CHN", "IND")]


@pytest.mark.parametrize(("text", "code", "country", "place"), [
    ("Youths burned cars in the suburbs of Lyon overnight.", "145", "FRA", "Lyon"),
    ("Hundreds of youths clashed with police in Abidjan.", "145", "CIV", "Abidjan"),
])
def test_issue_3_a_crowd_acts_in_its_town_aimed_at_its_state(
        events_of: Any, text: str, code: str, country: str, place: str) -> None:
    """A crowd's town the parser left among its objects is where it acts: the crowd takes its
    country, the stretch of town ('the suburbs') is no target."""
    events = [e for e in events_of(text) if e.code == code]
    assert events, text
    event = events[0]
    assert event.source is not None and event.source.country == country
    assert event.target is not None and event.target.country == country
    assert "suburbs" not in event.target.text
    assert event.location is not None and event.location.text == place


def test_issue_3_joined_verbs_share_their_place(events_of: Any) -> None:
    """'Protesters burned tyres and blocked roads in Tegucigalpa': both acts are there."""
    events = events_of("Protesters burned tyres and blocked roads in Tegucigalpa.")
    found = {(e.code, e.source.country if e.source else None,
              e.location.country if e.location else None) for e in events}
    assert found == {("145", "HND", "HND"), ("144", "HND", "HND")}


@pytest.mark.parametrize(("text", "words", "country"), [
    ("The Treasury froze the assets of four Syrian banks.", "Syrian banks", "SYR"),
    ("Canada froze the bank accounts of two Belarusian officials.", "Belarusian officials",
     "BLR"),
])
def test_issue_3_frozen_property_targets_its_owner(events_of: Any, text: str, words: str,
                                                   country: str) -> None:
    """An act on property ('froze the assets of X') targets its owner, not the assets."""
    events = [e for e in events_of(text) if e.code.startswith("163")]
    assert events, text
    target = events[0].target
    assert target is not None and target.country == country
    assert events_of.cited(text, target) == words


def test_issue_3_a_foreign_mission_is_a_scene(events_of: Any) -> None:
    """'Arrested a man at the British embassy in Accra': the man, and the police, placed by
    the town."""
    text = "Police arrested a man at the British embassy in Accra."
    events = [e for e in events_of(text) if e.code.startswith("17")]
    assert events, text
    target = events[0].target
    assert target is not None and target.country == "GHA"
    assert "embassy" not in events_of.cited(text, target)
    source = events[0].source
    assert source is not None and source.country == "GHA"  # police act at home


def test_issue_3_troops_an_armed_group_attacks_are_not_its_own(events_of: Any) -> None:
    """'Hezbollah fighters attacked an army outpost': the outpost's army is not Lebanese by
    the attacker alone; a town named still places it."""
    assert triples(events_of, "Hezbollah fighters attacked an army outpost.") == [
        ("190", "LBN", None)]
    assert triples(events_of, "Taliban fighters attacked an army outpost in Ghazni.") == [
        ("190", "AFG", "AFG")]


@pytest.mark.parametrize(("text", "words"), [
    ("China imposed sanctions on Lockheed Martin over arms sales to Taiwan.", "Lockheed Martin"),
    ("China imposed sanctions on Northrop Grumman over arms sales to Taiwan.",
     "Northrop Grumman"),
])
def test_issue_3_a_firm_tagged_as_a_thing_is_a_target(events_of: Any, text: str,
                                                      words: str) -> None:
    """A name whose compound the tagger calls ORG, or that the knowledge base knows, is a firm
    even when its head is tagged PRODUCT: the sanction's target."""
    events = [e for e in events_of(text) if e.code.startswith("163")]
    assert events, text
    target = events[0].target
    assert target is not None and events_of.cited(text, target) == words
    assert target.country == "USA"


def test_issue_3_a_named_stretch_of_a_town_is_the_town(events_of: Any) -> None:
    """'In the northern port city of Kismayo': the crowd's place is Kismayo, no target."""
    events = [e for e in events_of("Rioters set fire to shops in the southern port city of "
                                   "Durban.") if e.code == "145"]
    assert events
    assert events[0].location is not None and events[0].location.text == "Durban"
    assert events[0].target is not None and events[0].target.implied
    assert events[0].target.country == "ZAF"


def test_issue_3_a_reasons_place_places_no_target(events_of: Any) -> None:
    """'Sanctioned a firm over arms sales to Taiwan': Taiwan is the reason's, not the firm's."""
    events = events_of("China sanctioned Anduril Industries over arms sales to Taiwan.")
    assert [(e.code[:3], e.target.country if e.target else None) for e in events] != []
    assert all(e.target is None or e.target.country != "TWN" for e in events)
    assert all(e.location is None for e in events)
