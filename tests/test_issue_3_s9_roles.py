"""Issue 3, ninth session: participants' countries in force, sanction, protest and coercion
events (person nouns as targets, places and visitors that must not lend a country, crowds
named by a count, foreign states a protest is aimed at, accidents and illnesses as no doers)."""

from __future__ import annotations

from typing import Any

import pytest

from event_views import roots


@pytest.mark.parametrize(("text", "root", "country", "word"), [
    ("Iran executed a boxer convicted over the protests.", "18", "IRN", "boxer"),
    ("Police in Accra arrested a comedian over a satirical song.", "17", "GHA", "comedian"),
    ("Pakistani police detained an imam in Lahore.", "17", "PAK", "imam"),
])
def test_issue_3_person_nouns_are_a_states_domestic_targets(
        events_of: Any, text: str, root: str, country: str, word: str) -> None:
    """A calling or age noun ('a boxer', 'an imam') is the target, of the acting state."""
    events = [e for e in events_of(text) if e.code.startswith(root)]
    assert events, text
    target = events[0].target
    assert target is not None and not target.implied and word in target.text
    assert (events[0].source.country if events[0].source else None, target.country) == (
        country, country)


@pytest.mark.parametrize("text", [
    "A minibus overturned in northern Ghana, killing nine passengers.",
    "Malaria has killed 200 people in northern Uganda this year.",
    "Ebola has killed 30 people in eastern Congo.",
    "Chelsea thrashed Everton 5-1 at Stamford Bridge on Sunday.",
])
def test_issue_3_accidents_illnesses_and_matches_are_no_events(events_of: Any,
                                                               text: str) -> None:
    """A vehicle's overturning is no act of the place; an illness kills nobody as a doer; a
    match score marks a sports sentence whose sides are no political actors."""
    assert events_of(text) == [], text


def test_issue_3_a_vote_tally_is_no_match_score(events_of: Any) -> None:
    """'voted 52-48' keeps the Senate's sanction: a tally is no scoreline."""
    assert ("16", "USA", "RUS") in roots(
        events_of, "The Senate voted 52-48 to impose new sanctions on Russia.")


def test_issue_3_protesters_take_the_place_not_the_embassy(events_of: Any) -> None:
    """Protesters outside a foreign embassy in a capital are of the capital's country."""
    pairs = roots(events_of, "Hundreds of protesters rallied outside the French embassy in "
                              "Niamey on Friday.")
    assert ("14", "NER", "FRA") in pairs


def test_issue_3_a_visitor_lends_no_country(events_of: Any) -> None:
    """'during a visit by the Italian prime minister': neither the shelling's doer nor its
    target is Italian."""
    events = [e for e in events_of("Gunmen shelled the stadium during a visit by the Italian "
                                   "prime minister.") if e.code.startswith("19")]
    assert len(events) == 1
    assert events[0].source is not None and events[0].source.country != "ITA"
    assert events[0].target is None or events[0].target.country != "ITA"


def test_issue_3_an_objects_demonym_places_no_armed_doer(events_of: Any) -> None:
    """'attacked a Turkish-owned cargo ship': the ship is Turkish, its attackers are not."""
    events = [e for e in events_of("Militants attacked a Turkish-owned cargo ship in the Gulf "
                                   "of Aden.") if e.code.startswith("19")]
    assert events and events[0].source is not None and events[0].source.country != "TUR"
    assert events[0].target is not None and events[0].target.country == "TUR"


def test_issue_3_sanctioned_firms_and_groups_have_a_country(events_of: Any) -> None:
    """Firms and armed groups sanctions name often are in the knowledge base."""
    assert ("16", "EU", "RUS") in roots(events_of,
                                         "The European Union imposed sanctions on Gazprom.")
    assert ("16", "USA", "CHN") in roots(events_of,
                                          "Washington imposed new sanctions on Hikvision.")


def test_issue_3_victims_take_the_place_not_the_attackers(events_of: Any) -> None:
    """Victims in a named town ('in Chernihiv') or an ethnic homeland ('the Tigrayan town of
    Adwa') are of that place's country, not of their attackers'."""
    assert ("19", "RUS", "UKR") in roots(
        events_of, "Russian drones hit an apartment block in Chernihiv, killing seven people.")
    assert ("19", "ERI", "ETH") in roots(
        events_of, "Eritrean soldiers killed 40 civilians in the Tigrayan town of Adwa.")


def test_issue_3_a_crowd_count_protests(events_of: Any) -> None:
    """'Thousands marched in Santiago': a crowd of the place protesting at its state."""
    assert ("14", "CHL", "CHL") in roots(events_of,
                                          "Thousands marched in Santiago to demand pension "
                                          "reform.")


def test_issue_3_georgia_state_is_american(events_of: Any) -> None:
    """'Georgia state police' are the US state's, not the country Georgia's."""
    pairs = roots(events_of, "Georgia state police arrested a pastor in Savannah.")
    assert pairs and all(p[1] == "USA" for p in pairs)


def test_issue_3_protests_aim_at_the_foreign_state(events_of: Any) -> None:
    """A protest's scene is no target ('rallied in Hanoi'); a target-less protest over
    another state's act is aimed at that state, not the protesters' own government."""
    assert ("14", "VNM", "CHN") in roots(events_of,
                                          "Hundreds rallied in Hanoi to denounce China's oil "
                                          "rig.")
    assert ("14", "MAR", "ISR") in roots(events_of,
                                          "Thousands of Moroccans demonstrated in Rabat after "
                                          "Israel bombed a hospital in Gaza.")


def test_issue_3_a_likeness_names_no_country(events_of: Any) -> None:
    """'a Russian-style media law' is the protesters' own state's law, not Russia's."""
    pairs = roots(events_of,
                   "Hundreds of Kyrgyz rallied in Bishkek against a Russian-style media law.")
    assert ("14", "KGZ", "KGZ") in pairs and not any(p[2] == "RUS" for p in pairs)


def test_issue_3_its_after_a_conjunct_is_that_conjunct(events_of: Any) -> None:
    """'a Colombian drug cartel and its leaders': the leaders are Colombian, not American."""
    pairs = roots(events_of, "The U.S. Treasury imposed sanctions on a Colombian drug cartel "
                              "and its leaders.")
    assert [p for p in pairs if p[0] == "16"] == [("16", "USA", "COL")] * 2


def test_issue_3_a_named_fighter_beats_an_implied_doer(events_of: Any) -> None:
    """'killed in fighting between rival militias near Kismayo': the militias fight, even
    where the place is known."""
    events = events_of("Six soldiers were killed in fighting between rival militias near "
                       "Kismayo.")
    assert [e.source.text for e in events if e.source is not None] == ["rival militias"]


def test_issue_3_a_victim_of_an_air_strike_keeps_their_country(events_of: Any) -> None:
    """'was killed in an air strike in Gaza': an armed attack by the place's unnamed forces
    on a Dutch victim (not a target-less strike by Gaza)."""
    assert ("19", "PSE", "NLD") in roots(
        events_of, "A Dutch aid worker was killed in an air strike in Gaza.")


def test_issue_3_plural_firms_are_sanctioned_where_registered(events_of: Any) -> None:
    """'three trading firms registered in Turkey' are Turkish business actors."""
    assert ("16", "USA", "TUR") in roots(
        events_of, "Washington sanctioned three trading firms registered in Turkey.")


def test_issue_3_crowds_are_people_of_their_place(events_of: Any) -> None:
    """'Angry crowds in Bamako' are Malians attacking the French embassy."""
    assert ("14", "MLI", "FRA") in roots(events_of,
                                          "Angry crowds in Bamako attacked the French embassy.")


@pytest.mark.parametrize("text", [
    "Houthi rebels fired a drone at the USS Mason, an American destroyer.",
    "Houthi rebels fired a missile at the USS Carney, an American destroyer.",
])
def test_issue_3_what_force_is_aimed_at_is_the_target(events_of: Any, text: str) -> None:
    """'fired a drone at the USS Mason, an American destroyer': the ship is the target and
    its demonym says nothing of the rebels."""
    assert ("19", "YEM", "USA") in roots(events_of, text)


@pytest.mark.parametrize(("text", "country"), [
    ("The Senate in Brasilia voted to suspend trade talks with the United States.", "BRA"),
    ("The Senate in Rome approved sanctions against Belarusian officials.", "ITA"),
    ("Congress in Mexico City condemned the U.S. strikes on cartels.", "MEX"),
])
def test_issue_3_a_legislature_sits_in_its_citys_country(events_of: Any, text: str,
                                                          country: str) -> None:
    """A bare 'Senate' or 'Congress' placed in a capital is that country's, not the US one."""
    sources = {e.source.country for e in events_of(text) if e.source is not None}
    assert sources == {country}, text


def test_issue_3_a_hosted_delegation_places_no_gunmen(events_of: Any) -> None:
    """'a hotel hosting a Kenyan delegation': the delegation is visiting, so the gunmen are of
    the city's country, as are their victims."""
    assert ("19", "SOM", "SOM") in roots(
        events_of, "Gunmen killed 10 people at a Mogadishu hotel hosting a Kenyan delegation.")


def test_issue_3_an_envoy_uses_no_force(events_of: Any) -> None:
    """'as the German ambassador toured the city, killing 18 people': no killing by him."""
    events = events_of("Suicide bombers struck a market in Maiduguri as the German ambassador "
                       "toured the city, killing 18 people.")
    assert not any(e.code.startswith(("18", "19", "20")) and e.source is not None
                   and e.source.country == "DEU" for e in events)
    assert any(e.code.startswith(("18", "19")) and e.source is not None
               and e.source.country == "NGA" for e in events)
