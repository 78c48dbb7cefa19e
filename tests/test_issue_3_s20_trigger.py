"""Issue 3, twentieth session (triggers): CAMEO roots 14-20 code by code. A curfew slapped on
a town (1723); "a campaign of X" is X; civil disobedience is dissent (140); crowds rampaging
riot (145); schools, stations and groves destroyed are property destroyed (1712); harm in a
bomb blast is a bombing (183); a landmine set off by a passing vehicle bombs it; a people
expelled en masse (201); people set free or released from captivity in a place (0841); troops
sent to deliver aid give aid (07); fighting given up is no fighting; a phrasal "sealed off",
assets seized (1711), people gassed (2041), an attempt on a leader survived (185); dismissed
accusations are denied (016). And the near misses that stay as they were.

Sentences written for these tests; event-level checks read the whole pipeline (code and
countries).
"""

from __future__ import annotations

from typing import Any

import pytest

from event_views import has_event, triples


def codes(events_of: Any, text: str) -> set[str]:  # noqa: ANN401
    """The exact codes of a text's events."""
    return {c for c, _, _ in triples(events_of, text)}


@pytest.mark.parametrize(("text", "code", "source", "target"), [
    ("Authorities slapped a curfew on the city of Srinagar.", "1723", "IND", None),
    ("Janjaweed militias conducted a campaign of ethnic cleansing in Darfur.", "203", "SDN",
     None),
    ("Dissidents in Havana launched a campaign of civil disobedience against the government.",
     "140", "CUB", None),
    ("Angry crowds rampaged through the streets of Port-au-Prince.", "145", None, None),
    ("Rebels destroyed a power station in Colombia.", "1712", "COL", None),
    ("Israeli bulldozers destroyed Palestinian olive groves near Nablus.", "1712", "ISR", "PSE"),
    ("Five people were killed in a bomb blast in Baghdad.", "183", "IRQ", None),
    ("Uganda's ruler expelled all Asians from the country.", "201", "UGA", None),
    ("Serb forces expelled hundreds of thousands of ethnic Albanians from Kosovo.", "201",
     "SRB", None),
    ("Ethiopia set free 74 political prisoners.", "0841", "ETH", None),
    ("Yemen let free dozens of activists on Monday.", "0841", "YEM", None),
    ("A French journalist was released from prison in Iran.", "0841", "IRN", "FRA"),
    ("The United States sent troops to Haiti to deliver food aid.", "073", "USA", "HTI"),
])
def test_issue_3_s20t_force_and_pressure(events_of: Any, text: str, code: str,
                                         source: str | None, target: str | None) -> None:
    """Codebook acts of roots 14-20 (and the releases and aid that end or replace them)."""
    found = triples(events_of, text)
    assert any(c == code and (source is None or s == source) and (target is None or t == target)
               for c, s, t in found), found


@pytest.mark.parametrize(("text", "code"), [
    ("Malaysia expelled thousands of Indonesian migrants.", "174"),
    ("Russia expelled two American diplomats.", "166"),
    ("India deployed troops to Kashmir to crush the insurgency.", "154"),
    ("A bomb exploded in a crowded market in Karachi.", "183"),
    ("Israeli troops demolished the house of a militant in Hebron.", "1712"),
])
def test_issue_3_s20t_near_misses_keep_codes(events_of: Any, text: str, code: str) -> None:
    """Near misses: migrants and diplomats expelled, troops sent to fight, a plain bomb."""
    assert code in codes(events_of, text)


@pytest.mark.parametrize("text", [
    "The patient was released from hospital in Paris.",
    "The bill would let free trade flourish.",
    "Five rebels have given up fighting in Faryab province.",
    "The officer showed great disobedience to his superiors.",
])
def test_issue_3_s20t_no_act(events_of: Any, text: str) -> None:
    """No release from a hospital, no free trade set free, no fighting given up, no dissent in
    a plain disobedience."""
    assert not [c for c, _, _ in triples(events_of, text) if c[:2] in ("08", "14", "19")]


def test_issue_3_s20t_mass_killing_stays_force(events_of: Any) -> None:
    """A killing by numbers stays force (190): the codebook's mass killing is not read off a
    count."""
    assert has_event(triples(events_of, "Soldiers killed 12 rebels in Mindanao."), "190", "PHL")


@pytest.mark.parametrize(("text", "code", "source", "target"), [
    ("Indian troops sealed off the village in Kashmir.", "191", "IND", None),
    ("Russian authorities seized the assets of the oil company.", "1711", "RUS", None),
    ("The army gassed Kurdish villagers in northern Iraq.", "2041", "IRQ", None),
    ("Pakistan's president survived an assassination attempt in Rawalpindi.", "185", "PAK",
     "PAK"),
    ("A landmine exploded when an army truck passed over it near Jaffna.", "183", "LKA",
     "LKA"),
])
def test_issue_3_s20t_more_codebook_acts(events_of: Any, text: str, code: str, source: str,
                                         target: str | None) -> None:
    """A phrasal "sealed off" the parser split, assets seized, people gassed, an attempt on a
    leader survived (by the place's unnamed attackers), a landmine set off by a passing
    vehicle."""
    found = triples(events_of, text)
    assert any(c.startswith(code) and s == source and (target is None or t == target)
               for c, s, t in found), found


@pytest.mark.parametrize("text", [
    "The ship sailed off the coast of Somalia.",
    "The president survived a heart attack in Paris.",
    "Police seized the opportunity to question him.",
    "Police gassed the protesters in Caracas.",
])
def test_issue_3_s20t_more_near_misses(events_of: Any, text: str) -> None:
    """No blockade sailing off a coast, no attack in a heart attack, no seizure of a chance,
    no chemical weapon in gassing protesters (crowd control, if anything)."""
    assert not [c for c, _, _ in triples(events_of, text) if c[:2] in ("18", "19", "20")
                or c[:3] == "171"]


def test_issue_3_s20t_dismissed_accusation_is_a_denial(events_of: Any) -> None:
    """Dismissing an accusation denies it (016, a statement) as rejecting it does; a dismissed
    proposal is still rejected (120)."""
    assert not triples(events_of, "Iran dismissed accusations that it attacked the tanker.")
    assert has_event(triples(events_of, "Iran dismissed the European proposal as unfair."),
                     "120", "IRN")


def test_issue_3_s20t_rioting_doers_riot(events_of: Any) -> None:
    """A doer named as rioting or protesting is a crowd: its attack is a riot (145); "fighting
    rebels" stay force (190)."""
    assert has_event(triples(events_of, "Rioting Uighurs attacked police stations in Urumqi."),
                     "145", "CHN")
    assert has_event(triples(events_of, "Fighting rebels attacked the town of Goma."), "190",
                     "COD")


def test_issue_3_s20t_protest_held_in_a_place(events_of: Any) -> None:
    """A strike or demonstration "was held in X" with no agent is X's people's (143); a rally
    held there may be a candidate's, and stays none."""
    assert has_event(triples(events_of, "A general strike was held in Kathmandu on Monday."),
                     "143", "NPL")
    assert not triples(events_of, "A rally was held in Des Moines on Sunday.")


@pytest.mark.parametrize(("text", "code", "source"), [
    ("A mob attacked a Christian priest in Orissa.", "182", "IND"),
    ("Belarus banned all public demonstrations.", "1721", "BLR"),
])
def test_issue_3_s20t_assault_and_assembly(events_of: Any, text: str, code: str,
                                           source: str) -> None:
    """A mob attacking one civilian assaults him (182, no riot); banned demonstrations restrict
    the freedom of assembly (1721, no party banned)."""
    assert has_event(triples(events_of, text), code, source)


@pytest.mark.parametrize(("text", "code"), [
    ("A mob attacked the police station in Karachi.", "145"),
    ("Turkey banned the pro-Kurdish party.", "1722"),
])
def test_issue_3_s20t_assault_and_assembly_near_misses(events_of: Any, text: str,
                                                       code: str) -> None:
    """Near misses: a mob attacking a police station riots; a party banned is 1722."""
    assert code in {c for c, _, _ in triples(events_of, text)}
