"""Issue 3, ninth session (events, second round): warning shots, visa and trade bans, fire by
a named side, crowds burning things, verdicts in words, sport and dismissals, clashing sides,
bombs that went off at a place and the stated reason of a sanction.

Sentences written for these tests. Frame-level checks read the detection layer; event-level
checks read the whole pipeline (code and countries).
"""

from __future__ import annotations

from typing import Any

import pytest

from event_views import frames

pytestmark = pytest.mark.issue(3)


@pytest.mark.parametrize(("text", "expected"), [
    ("South Korean troops fired warning shots at North Korean soldiers near the demarcation line.",
     ("150", "KOR", "PRK")),
    ("Greek coast guard boats fired warning shots at a Turkish trawler near Rhodes.",
     ("150", "GRC", "TUR")),
])
def test_issue_3_warning_shots_show_force(events_of: Any, text: str,
                                          expected: tuple[str, str, str]) -> None:
    """Shots meant to miss demonstrate force (150), aimed at the people named, no threat."""
    codes = [(c, s, t) for c, _, s, t in events_of.codes(text)]
    assert codes == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("Moscow imposed entry bans on nine Estonian officials.", ("163", "RUS", "EST")),
    ("Venezuela slapped visa bans on four Colombian senators.", ("163", "VEN", "COL")),
    ("Canada imposed a ban on Iranian steel imports.", ("163", "CAN", "IRN")),
    ("Australia lifted its ban on Chinese coal imports.", ("085", "AUS", "CHN")),
])
def test_issue_3_visa_and_trade_bans_are_sanctions(events_of: Any, text: str,
                                                   expected: tuple[str, str, str]) -> None:
    """Bans that bar foreign officials or a country's goods are sanctions; lifting one eases
    them (085, PLOVER RETREAT)."""
    codes = [(c, s, t) for c, _, s, t in events_of.codes(text)]
    assert codes == [expected]


def test_issue_3_other_bans_keep_their_codes(events_of: Any) -> None:  # noqa: ANN401
    """A ban on a party is a political restriction (081 to lift); a ban on a country's own
    exports is no sanction on anyone."""
    assert [c[0] for c in events_of.codes("Egypt lifted its ban on the Wafd party.")] == ["081"]
    assert not [c for c in events_of.codes("Argentina imposed a ban on beef exports.")
                if c[0] == "163"]


@pytest.mark.parametrize(("text", "expected"), [
    ("A Thai ranger was killed by Cambodian fire near the temple.", ("THA", "KHM")),
    ("Two Azerbaijani soldiers were wounded by Armenian fire in Tavush.", ("AZE", "ARM")),
    ("Israeli soldiers came under Hezbollah fire near Shlomi.", ("ISR", "LBN")),
])
def test_issue_3_fire_of_a_named_side_is_gunfire(events_of: Any, text: str,
                                                 expected: tuple[str, str]) -> None:
    """'by Cambodian fire', 'under Hezbollah fire': force by that side, not a blaze."""
    events = [e for e in events_of(text) if e.code[:2] in ("18", "19")]
    assert len(events) == 1
    source, target = events[0].source, events[0].target
    assert (target.country if target else None, source.country if source else None) == expected


@pytest.mark.parametrize("text", [
    "Three firefighters were killed by a fire in a Kano warehouse.",
    "Arsenal fired three goals past Chelsea in the first half.",
    "The airline fired its chief executive after the crash report.",
])
def test_issue_3_blazes_goals_and_dismissals_are_no_force(events_of: Any, text: str) -> None:
    """A blaze, a goal and a sacking are no acts of force."""
    assert not [c for c in events_of.codes(text) if c[0][:2] in ("18", "19", "20")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Protesters in Lahore burned tyres and blocked the main highway.",
     [("145", "burned"), ("144", "blocked the main highway")]),
    ("A mob torched three buses in Kinshasa.", [("145", "torched")]),
])
def test_issue_3_crowds_burning_things_riot(nlp: Any, text: str,
                                            expected: list[tuple[str, str]]) -> None:  # noqa: ANN401
    """A crowd's burning is a violent protest (145), next to its other conjoined acts."""
    assert frames(nlp, text) == expected


@pytest.mark.parametrize("text", [
    "Mourners burned candles outside the cathedral in Kyiv.",
    "Farmers burned rice stubble across Haryana.",
])
def test_issue_3_candles_and_stubble_are_no_riot(nlp: Any, text: str) -> None:  # noqa: ANN401
    """Candles mourn and farmers clear fields: no protest."""
    assert not [c for c, _ in frames(nlp, text) if c[:2] == "14"]


@pytest.mark.parametrize("text", [
    "The opposition attacked the finance minister's budget as reckless.",
    "The union attacked the government's pension plan as unfair.",
])
def test_issue_3_attacking_a_plan_as_bad_is_criticism(nlp: Any, text: str) -> None:  # noqa: ANN401
    """An attack on a speech, plan or budget 'as' something is a verdict in words (111)."""
    assert [c for c, _ in frames(nlp, text)] == ["111"]


def test_issue_3_armed_attacks_stay_force(nlp: Any) -> None:  # noqa: ANN401
    """Rebels attacking a town while night falls use force."""
    assert [c for c, _ in frames(nlp, "Rebels attacked the town of Butembo as night fell.")
            ] == ["190"]


@pytest.mark.parametrize(("text", "sides"), [
    ("Police and students clashed in Quito on Monday.", ("ECU", "ECU")),
    ("Tajik and Kyrgyz border guards clashed near Batken.", ("TJK", "KGZ")),
])
def test_issue_3_clashing_sides_face_each_other(events_of: Any, text: str,
                                                sides: tuple[str, str]) -> None:
    """Two sides that clash give one event between them, never one aimed at the place."""
    events = [e for e in events_of(text) if e.code[:2] in ("14", "19")]
    assert len(events) == 1
    assert events[0].target is not None and "Quito" not in events[0].target.text
    found = {events[0].source.country if events[0].source else None, events[0].target.country}
    assert found == set(sides)


def test_issue_3_a_bomb_at_a_place_hits_whom_it_killed(events_of: Any) -> None:
    """'A bomb exploded at a checkpoint in X, killing five policemen': a bombing of them."""
    codes = events_of.codes("A bomb exploded at a checkpoint in Baidoa, killing four soldiers.")
    assert codes == [("183", "ASSAULT", "SOM", "SOM")]


def test_issue_3_a_sanctions_reason_is_no_target(events_of: Any) -> None:
    """What sanctions are imposed 'over' is their reason, not whom they hit."""
    codes = events_of.codes("Beijing imposed sanctions on Raytheon over arms sales to Taiwan.")
    assert [c[0] for c in codes] == ["163"]
    assert all(c[3] != "TWN" for c in codes)


@pytest.mark.parametrize(("text", "code"), [
    ("Washington imposed visa restrictions on Nicaraguan judges.", "163"),
    ("The junta imposed a travel ban on former ministers.", "160"),
])
def test_issue_3_travel_bans_on_foreigners_only_are_sanctions(
        nlp: Any, text: str, code: str) -> None:  # noqa: ANN401 - spaCy Language
    """Visa restrictions on a country's officials sanction it (163); a junta barring its own
    former ministers from travel does not."""
    assert [c for c, _ in frames(nlp, text)] == [code]


def test_issue_3_a_counted_crowd_riots(nlp: Any) -> None:  # noqa: ANN401 - spaCy Language
    """'Hundreds of protesters' are protesters: their burning and clashing are riots (145)."""
    text = "Hundreds of protesters in Sylhet burned tyres and clashed with police."
    assert [c for c, _ in frames(nlp, text)] == ["145", "145"]


def test_issue_3_killed_in_a_peoples_firing(events_of: Any) -> None:
    """'killed in Pakistani firing': the parser splits the gerund off; the people still fired."""
    codes = events_of.codes("A BSF jawan was killed in Pakistani firing in Jammu's Samba sector.")
    assert [(c[0][:2], c[2], c[3]) for c in codes] == [("19", "PAK", "IND")]


def test_issue_3_firing_at_a_car_is_no_car_bomb(nlp: Any) -> None:  # noqa: ANN401
    """'fired at a car' shoots at a vehicle (190); only a car bomb makes a bombing."""
    text = "Indian troops fired at a car near Srinagar, wounding two men."
    assert [c for c, _ in frames(nlp, text)] == ["190"]


def test_issue_3_warning_shots_with_bullets_are_no_mere_show(nlp: Any) -> None:  # noqa: ANN401
    """Warning shots fired with rubber bullets hit people: no show of force (150)."""
    text = "Police fired warning shots and rubber bullets at protesters in Abuja."
    assert "150" not in [c for c, _ in frames(nlp, text)]
