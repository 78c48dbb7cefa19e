"""Issue 3, ninth session (second roles pass): doers and victims of attacks whose doer the
text leaves unnamed (weapons and blasts as subjects, attacks on someone, heavy weapons on a
named town), places read by compass or district, units placed by who reports on them, groups
placed by whom they serve, a state's domestic sanctions, and scenes that are no targets."""

from __future__ import annotations

from typing import Any

import pytest

from event_views import roots


@pytest.mark.parametrize(("text", "country"), [
    ("A car bomb blast ripped through a vegetable market in Baidoa, killing 14 people.", "SOM"),
    ("A huge explosion tore through a bus depot in Jalalabad, killing nine commuters.", "AFG"),
    ("A suicide blast hit a crowded rally in Bajaur, killing 40 people.", "PAK"),
])
def test_issue_3_a_weapon_or_blast_subject_has_an_implied_doer(events_of: Any, text: str,
                                                                country: str) -> None:
    """A bomb blast or an explosion that tears through a place is an attack (183) whose
    unnamed doer is the unidentified armed forces of the place's country."""
    events = [e for e in events_of(text) if e.code.startswith("18")]
    assert events, text
    source = events[0].source
    assert source is not None and source.implied and source.sector == "UAF"
    assert (source.country, events[0].target.country if events[0].target else None) == (
        country, country)


@pytest.mark.parametrize("text", [
    "A gas explosion tore through a restaurant in Lahore, killing six diners.",
    "A boiler explosion ripped through a garment factory in Gazipur, killing eight workers.",
    "A fuel tanker explosion killed 30 people on a highway near Kano.",
    "A blast at a coal mine in Balochistan killed 11 miners.",
    "A heart attack killed the opposition leader on Sunday.",
    "A shark attack on a swimmer killed a tourist off Sharm el-Sheikh.",
])
def test_issue_3_accidental_blasts_and_unarmed_attacks_are_no_events(events_of: Any,
                                                                     text: str) -> None:
    """Gas, boiler, fuel and mine blasts are accidents; a heart or shark attack no force."""
    assert events_of(text) == [], text


@pytest.mark.parametrize(("text", "country"), [
    ("An attack on a church in Ondo state killed 40 worshippers.", "NGA"),
    ("An attack against a Shiite shrine in Sindh killed 30 devotees.", "PAK"),
])
def test_issue_3_an_attack_on_someone_as_subject_is_armed(events_of: Any, text: str,
                                                          country: str) -> None:
    """'An attack on a mosque in Herat killed 25': a bare attack on someone is an armed
    attack, its doer unnamed, both participants of the place's country."""
    assert any(root in ("18", "19") and (src, tgt) == (country, country)
               for root, src, tgt in roots(events_of, text)), roots(events_of, text)


@pytest.mark.parametrize(("text", "town"), [
    ("Heavy shelling hit Kherson overnight, the regional governor said.", "Kherson"),
    ("Artillery fire struck Nikopol early on Monday, local officials said.", "Nikopol"),
    ("Missiles struck Kyiv before dawn, the city's mayor said.", "Kyiv"),
])
def test_issue_3_heavy_weapons_on_a_named_town_have_an_unknown_doer(events_of: Any, text: str,
                                                                   town: str) -> None:
    """The town is the target, of its own country; the shellers, unnamed and often foreign,
    are implied unidentified armed forces of no country (not the town's own state)."""
    events = [e for e in events_of(text) if e.code.startswith("19")]
    assert events, text
    source, target = events[0].source, events[0].target
    assert target is not None and town in target.text and target.country == "UKR"
    assert source is not None and source.implied and source.sector == "UAF"
    assert source.country is None


@pytest.mark.parametrize(("text", "country"), [
    ("A drone strike killed a senior militant commander in North Waziristan.", "PAK"),
    ("An air strike killed 12 civilians in Saada on Monday.", "YEM"),
    ("An air strike killed six fighters in northern Idlib.", "SYR"),
])
def test_issue_3_regions_and_districts_place_the_victims(events_of: Any, text: str,
                                                         country: str) -> None:
    """A victim 'in North Waziristan' is placed there: the district is where, not the thing
    aimed at, so the unnamed doer and the victims take its country."""
    assert any(root in ("18", "19") and (src, tgt) == (country, country)
               for root, src, tgt in roots(events_of, text)), roots(events_of, text)


def test_issue_3_strikers_between_two_cities_take_their_country(events_of: Any) -> None:
    """Striking truckers blocking the road between two cities are of those cities' country,
    and their one protest is aimed at that state, not at each town."""
    pairs = roots(events_of, "Striking truckers blocked the main highway between Cusco and "
                              "Puno on Tuesday.")
    assert pairs == [("14", "PER", "PER")], pairs


def test_issue_3_two_states_protested_at_stay_two_targets(events_of: Any) -> None:
    """'rallied against Russia and Belarus': two states aimed at, two events."""
    pairs = roots(events_of, "Protesters rallied in Vilnius against Russia and Belarus.")
    assert {t for _, _, t in pairs} == {"RUS", "BLR"}, pairs


@pytest.mark.parametrize(("text", "country"), [
    ("Artillery units moved closer to the frontier, the Pakistani army said.", "PAK"),
    ("Armoured brigades moved to the border region, according to the Thai government.",
     "THA"),
])
def test_issue_3_units_take_the_country_of_who_reports_them(events_of: Any, text: str,
                                                            country: str) -> None:
    """Military units a state's army or government reports on are its own."""
    pairs = roots(events_of, text)
    assert any(root == "15" and src == country for root, src, _ in pairs), pairs


def test_issue_3_a_person_object_beats_the_scene(events_of: Any) -> None:
    """'arrested a ballerina at a Moscow airport': the ballerina is the target, of RUS."""
    events = [e for e in events_of("Russian police arrested a violinist at a St Petersburg "
                                   "railway station.") if e.code.startswith("17")]
    assert events and events[0].target is not None
    assert "violinist" in events[0].target.text and events[0].target.country == "RUS"


def test_issue_3_a_place_tagged_as_a_thing_is_the_target(events_of: Any) -> None:
    """Belgorod, tagged PRODUCT by the tagger, is a gazetteer place: Russia's, not the
    attackers'."""
    pairs = roots(events_of, "Ukrainian drones struck Belgorod overnight, the governor said.")
    assert ("19", "UKR", "RUS") in pairs, pairs


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Militias loyal to Hezbollah shelled a Syrian army post.", "LBN", "SYR"),
    ("Fighters loyal to the Taliban attacked a police checkpoint in Kunduz.", "AFG", "AFG"),
    ("Gunmen loyal to the Houthis attacked a government checkpoint.", "YEM", "YEM"),
])
def test_issue_3_groups_serving_a_known_group_take_its_country(events_of: Any, text: str,
                                                               source: str,
                                                               target: str) -> None:
    """'Fighters loyal to the Taliban' are the Taliban's country's; state forces they attack
    in a sentence naming no other country are of that country too."""
    pairs = roots(events_of, text)
    assert any(root == "19" and (s, t) == (source, target) for root, s, t in pairs), pairs


def test_issue_3_a_patron_state_lends_no_country(events_of: Any) -> None:
    """'Militias loyal to Iran' act abroad: no Iranian doer."""
    pairs = roots(events_of, "Militias loyal to Iran attacked a base hosting US troops.")
    assert all(s != "IRN" for _, s, _ in pairs), pairs


def test_issue_3_a_base_hosting_troops_is_theirs(events_of: Any) -> None:
    """A base hosting American troops is the Americans' target."""
    pairs = roots(events_of, "Rockets hit a base hosting American troops in northern Syria.")
    assert any(root == "19" and t == "USA" for root, _, t in pairs), pairs


@pytest.mark.parametrize(("text", "pair"), [
    ("Ghana's central bank froze the bank accounts of protest organisers.", ("GHA", "GHA")),
    ("Australia froze the assets of Russian oligarchs.", ("AUS", "RUS")),
])
def test_issue_3_domestic_sanctions_fall_on_the_states_own(events_of: Any, text: str,
                                                           pair: tuple[str, str]) -> None:
    """A state's freeze on country-less protest organisers is domestic; on named foreigners
    it keeps their country."""
    pairs = roots(events_of, text)
    assert ("16", *pair) in pairs, pairs



@pytest.mark.parametrize("text", [
    "Delivery drones hit the market in Shenzhen last year.",
    "An attack on the prime minister's reform plan dominated debate in Canberra.",
])
def test_issue_3_goods_and_debates_are_no_attacks(events_of: Any, text: str) -> None:
    """Drones that hit a market are goods; an attack on a plan that dominates a debate kills
    no one: neither is an armed attack with an implied doer."""
    assert not [e for e in events_of(text) if e.source is not None and e.source.implied], text


def test_issue_3_two_sides_clash_with_each_other_not_the_town(events_of: Any) -> None:
    """'Police and protesters clashed in Quito': each side is the other's target; the town
    is where it happens."""
    events = events_of("Police and protesters clashed in Quito on Thursday.")
    assert events and all(e.target is not None and e.target.text != "Quito" for e in events)
    assert {(e.source.text, e.target.text) for e in events if e.source and e.target} == {
        ("Police", "protesters")}


@pytest.mark.parametrize(("text", "country"), [
    ("Thousands took to the streets of Quito to protest the fuel price rise.", "ECU"),
    ("Tens of thousands marched through the streets of Tbilisi on Saturday.", "GEO"),
])
def test_issue_3_a_crowd_in_the_streets_protests_against_its_state(
        events_of: Any, text: str, country: str) -> None:
    """An unnamed crowd that takes to the streets protests (141) at its own state, placed by
    the town; the street is the scene, never the target."""
    events = [e for e in events_of(text) if e.code.startswith("141")]
    assert events, text
    assert all(e.target is not None and "street" not in e.target.text for e in events)
    assert (events[0].source.country, events[0].target.country) == (country, country)
