"""Conflict, protest, sanction and mobilization triggers (ninth session, events side).

Sentences written for these tests. Frame-level checks read the detection layer (code and
trigger); event-level checks read the whole pipeline (code and countries) where the roles
already name both sides.
"""

from __future__ import annotations

from typing import Any

import pytest

from event_views import frames

pytestmark = pytest.mark.issue(3)


@pytest.mark.parametrize(("text", "expected"), [
    # a blast or bomb as the doer is a bombing (183, or its kind), named with its verb
    ("A bomb blast tore through a bus station in Jalalabad, killing seven people.",
     [("183", "blast tore")]),
    ("An explosion ripped through a mosque in Kunduz during Friday prayers.",
     [("183", "explosion ripped")]),
    ("A car bomb blast hit a police convoy in Diyarbakir.", [("1832", "blast hit")]),
    # heavy weapons as the doer fight with artillery (194); the adjective is no doer
    ("Heavy shelling hit Zaporizhzhia overnight, officials said.", [("194", "shelling hit")]),
    ("Mortar fire struck a school in Gaza City.", [("194", "struck")]),
])
def test_issue_3_blasts_and_heavy_fire_are_attacks(
        nlp: Any, text: str, expected: list[tuple[str, str]]) -> None:  # noqa: ANN401
    """Subjects that are the attack itself give one coded act with its trigger."""
    assert frames(nlp, text) == expected


@pytest.mark.parametrize("text", [
    "A gas explosion at a fertiliser plant in Texas killed 15 people.",
    "A boiler explosion at a sugar mill in Punjab injured nine workers.",
    "A minibus crash on the highway near Arusha killed 11 passengers.",
    "The veteran senator died of a heart attack at his home in Lagos.",
    "A fire tore through a market in Onitsha, destroying hundreds of stalls.",
])
def test_issue_3_accidents_and_illness_give_no_attack(
        nlp: Any, text: str) -> None:  # noqa: ANN401 - spaCy Language
    """Accidents, fires and heart attacks are no acts of force."""
    assert not [code for code, _ in frames(nlp, text) if code[:2] in ("18", "19", "20")]


@pytest.mark.parametrize(("text", "code"), [
    ("Jihadists claimed the bombing of a cathedral in Makassar.", "183"),
    ("Insurgents bombed a police checkpoint outside Kirkuk.", "183"),
    ("Israeli warplanes bombed a weapons depot near Damascus.", "195"),
    ("NATO's bombing of Belgrade lasted 78 days.", "195"),
    ("The air bombing of the rebel town went on for a week.", "195"),
])
def test_issue_3_bombing_is_aerial_only_from_the_air(
        nlp: Any, text: str, code: str) -> None:  # noqa: ANN401 - spaCy Language
    """A bombing is 183 unless aircraft, an air word or a state's forces do it (195)."""
    assert [c for c, _ in frames(nlp, text)] == [code]


@pytest.mark.parametrize(("text", "code"), [
    ("Fishermen blockaded three ports in Normandy over fishing quotas.", "1442"),
    ("Protesters blockaded the oil terminal at Zawiya for a week.", "144"),
    ("Egypt blockaded the border crossing at Rafah.", "191"),
    ("Soldiers blocked the road to the presidential palace.", "191"),
    ("Hungary blocked Ukraine's bid to open membership talks.", "129"),
    ("Washington blocked the sale of drone engines to Iranian firms.", "163"),
])
def test_issue_3_who_blocks_decides_the_act(
        nlp: Any, text: str, code: str) -> None:  # noqa: ANN401 - spaCy Language
    """Crowds obstruct in protest (144), forces restrict (191), states veto (129) or stop a
    sale (163)."""
    assert [c for c, _ in frames(nlp, text)] == [code]


@pytest.mark.parametrize(("text", "expected"), [
    ("Brussels threatened Belgrade with sanctions over the border dispute.",
     [("1312", "THREATEN", "EU", "SRB")]),
    ("Britain imposed an asset freeze on eight Iranian commanders.",
     [("163", "SANCTION", "GBR", "IRN")]),
    ("Beijing made good on its threat to impose tariffs on Australian wine.",
     [("163", "SANCTION", "CHN", "AUS")]),
    ("Mali withdrew from the defence pact with France.", [("160", "SANCTION", "MLI", "FRA")]),
])
def test_issue_3_sanctions_threatened_and_imposed(
        events_of: Any, text: str, expected: list[tuple[str, str, str, str]]) -> None:  # noqa: ANN401
    """A threat names its means with no sanction imposed; a threat carried out is the act."""
    assert events_of.codes(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The opposition in Kenya called for Ruto to resign.", ["020"]),
    ("Students in Dhaka called on Hasina to step down.", ["020"]),
    ("Obama called Merkel to discuss the crisis in Greece.", ["041"]),  # a phone call,
    # its talk one act with it (twenty-sixth session)
])
def test_issue_3_calls_for_resignation_are_appeals(
        nlp: Any, text: str, expected: list[str]) -> None:  # noqa: ANN401 - spaCy Language
    """"called for X to resign" appeals to X; the resignation asked for is no event."""
    assert [c for c, _ in frames(nlp, text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Protesters hurled stones at police in Conakry.", ["145"]),
    ("Rioters looted shops in the centre of Durban.", ["145"]),
    ("Demonstrators occupied the central square in Tbilisi.", ["141"]),
])
def test_issue_3_crowd_force_is_a_riot(
        nlp: Any, text: str, expected: list[str]) -> None:  # noqa: ANN401 - spaCy Language
    """A crowd's stones and looting are a riot, its occupation a sit-in."""
    assert [c for c, _ in frames(nlp, text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Armenia moved artillery up to the border with Azerbaijan.",
     [("154", "MOBILIZE", "ARM", "AZE")]),
    ("China sent warships to encircle Taiwan in a show of force.",
     [("154", "MOBILIZE", "CHN", "TWN")]),
    ("Hamas claimed responsibility for the rocket attack on Israel.",
     [("190", "ASSAULT", "PSE", "ISR")]),
])
def test_issue_3_moves_and_claims(
        events_of: Any, text: str, expected: list[tuple[str, str, str, str]]) -> None:  # noqa: ANN401
    """Moving guns deploys them (no attack yet); the claimant of an attack is its doer."""
    assert events_of.codes(text) == expected


@pytest.mark.parametrize("text", [
    "India's bowlers attacked the stumps from the first over.",
    "Arsenal attacked the Spurs defence throughout the second half.",
])
def test_issue_3_sport_attacks_are_no_events(
        events_of: Any, text: str) -> None:  # noqa: ANN401
    """Bowlers and football sides attack stumps and defences, not anyone."""
    assert events_of.codes(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("The Lithuanian parliament voted to expel the Belarusian ambassador.", ["166"]),
    ("The Security Council voted to tighten sanctions on Eritrea.", ["163"]),
])
def test_issue_3_a_vote_is_the_act_voted(
        nlp: Any, text: str, expected: list[str]) -> None:  # noqa: ANN401 - spaCy Language
    """"voted to expel X" is the expulsion, no agreement (030) beside it."""
    codes = [c for c, _ in frames(nlp, text)]
    assert codes[0] == expected[0] and "030" not in codes
