"""Issue 3, fifteenth session (triggers, second helper): verbs of force older wire copy uses
that the coder missed (craft sunk or torpedoed, crowds mowed down or clubbed, units routed,
hands amputated, a bus raked with gunfire, people taken prisoner or hostage by a named
agent, a beating conjoined with an arrest, tear gas used as a verb, lending suspended,
police out in force, an attempt on someone's life) and the near-misses that must stay
eventless (shares and ferries sinking, a deal torpedoed, lawns mowed, sport routs, surgery,
drums beaten, history told by a year or a past war).

Sentences written for these tests; event-level checks read the whole pipeline (code and
countries).
"""

from __future__ import annotations

from typing import Any

import pytest

from event_views import has_event, triples

pytestmark = pytest.mark.issue(3)


@pytest.mark.parametrize(("text", "code", "source", "target"), [
    ("The Indian navy sank three Sri Lankan fishing boats near the maritime border on Friday.",
     "190", "IND", "LKA"),
    ("An Iranian fishing dhow was sunk by a Saudi gunboat in the Gulf on Monday.",
     "190", "SAU", "IRN"),
    ("Egyptian warplanes sank two Libyan smuggling boats off the coast, officials said.",
     "195", "EGY", "LBY"),
    ("An Argentine submarine torpedoed a British frigate in the South Atlantic.",
     "190", "ARG", "GBR"),
])
def test_issue_3_craft_sunk_or_torpedoed(events_of: Any, text: str, code: str, source: str,
                                         target: str) -> None:
    """Boats and warships sunk or torpedoed by another side's arms are attacked (190; from the
    air 195), the craft's state the target."""
    found = triples(events_of, text)
    assert has_event(found, code, source, target), found


@pytest.mark.parametrize("text", [
    "Shares of Ericsson sank 6 percent after the Swedish firm cut its outlook.",
    "The overloaded ferry sank in heavy seas off the Indonesian island of Sulawesi.",
    "The Japanese senator torpedoed the pension reform bill on Wednesday.",
    "A gardener mowed the lawns of the presidential palace in Nairobi.",
    "Bayern Munich routed Borussia Dortmund 5-0 on Saturday.",
    "Labour routed the Conservatives in the Scottish local elections on Thursday.",
    "House Republicans took the spending bill hostage over the border wall.",
    "Surgeons in Ankara amputated the Turkish climber's frostbitten toes.",
    "Drummers beat drums outside the royal palace in Kathmandu to mark the festival.",
])
def test_issue_3_force_verb_near_misses(events_of: Any, text: str) -> None:
    """Markets and ferries sinking, bills torpedoed, lawns mowed, sport routs, surgery and
    drums beaten are no acts of force."""
    found = triples(events_of, text)
    assert not any(c[:2] in ("18", "19", "20") for c, _, _ in found), found


@pytest.mark.parametrize(("text", "code", "source", "target"), [
    ("Burmese soldiers mowed down dozens of monks in the city of Mandalay.", "1", "MMR", "MMR"),
    ("Riot police clubbed striking teachers outside the parliament in Lima on Tuesday.",
     "1", "PER", "PER"),
    ("Islamist fighters routed Malian army units near the town of Gao.", "190", "MLI", "MLI"),
    ("Rebels amputated the arms of dozens of villagers in northern Uganda.", "182", "UGA", None),
    ("Gunmen raked a minibus with gunfire in northern Nigeria, killing nine passengers.",
     "190", "NGA", None),
    ("Kurdish rebels took four Turkish soldiers prisoner in an ambush near the Iraqi border.",
     "181", None, None),
    ("Three South Korean workers were taken hostage by militants in the Niger Delta.",
     "181", None, "KOR"),
])
def test_issue_3_force_verbs(events_of: Any, text: str, code: str, source: str | None,
                             target: str | None) -> None:
    """Mowing down, clubbing, routing, amputating, raking with gunfire and taking people
    prisoner or hostage are force (18-19), with the victims as target."""
    found = triples(events_of, text)
    if source is None:
        assert any(c.startswith(code) and (target is None or t == target)
                   for c, _, t in found), found
    else:
        assert has_event(found, code, source, target), found
    assert not any(c.startswith("09") for c, _, _ in found), found  # "raked": no inquiry


def test_issue_3_beating_shares_the_arrests_object(events_of: Any) -> None:
    """"Police beat and arrested X": both acts are done to X, the beating no longer lost."""
    found = triples(events_of, "Police beat and arrested dozens of students in Algiers on Monday.")
    assert has_event(found, "17", "DZA", "DZA") and any(
        c.startswith(("175", "182")) and t == "DZA" for c, _, t in found), found


@pytest.mark.parametrize(("text", "code", "source", "target"), [
    ("Police teargassed opposition supporters in Kampala on Monday.", "175", "UGA", "UGA"),
    ("The World Bank suspended lending to Malawi over the theft of public funds.",
     "162", "WB", "MWI"),
    ("Hundreds of police were out in force in Caracas ahead of the opposition march.",
     "150", "VEN", None),
    ("Rebels made an attempt on the life of the Liberian president on Monday.",
     "185", "LBR", "LBR"),
])
def test_issue_3_crowd_control_lending_shows_of_force(events_of: Any, text: str, code: str,
                                                      source: str, target: str | None) -> None:
    """Tear gas as a verb is crowd control (175), lending suspended to a state cuts aid (162),
    police out in force show power (150), an attempt on a life is 185 against its owner."""
    found = triples(events_of, text)
    assert any(c.startswith(code) and (s == source or s.startswith(source))
               and (target is None or t == target) for c, s, t in found if s), found


@pytest.mark.parametrize("text", [
    "Football fans were out in force at the stadium in Buenos Aires.",
    "The Ghanaian minister escaped an attempt on his life in Accra on Friday.",
])
def test_issue_3_no_show_of_force_or_concession(events_of: Any, text: str) -> None:
    """Fans out in force show no power; escaping an attempt on one's life concedes nothing."""
    found = triples(events_of, text)
    assert not any(c.startswith(("15", "08")) for c, _, _ in found), found


@pytest.mark.parametrize(("text", "code"), [
    ("Syrian troops that had entered the Lebanese town in 1976 withdrew on Tuesday.", "192"),
    ("The gallery returned sculptures seized by the Nazis during World War Two.", "171"),
])
def test_issue_3_history_in_a_clause(events_of: Any, text: str, code: str) -> None:
    """A relative or participial clause dated by a bare year or a past war tells history."""
    found = triples(events_of, text)
    assert not any(c.startswith(code) for c, _, _ in found), found


def test_issue_3_warships_blockade(events_of: Any) -> None:
    """Warships blockading a coast are a state's blockade (191), no protest obstruction."""
    found = triples(events_of, "Turkish warships blockaded the Cypriot coast on Sunday.")
    assert any(c == "191" and s == "TUR" for c, s, _ in found), found


@pytest.mark.parametrize(("text", "code"), [
    ("Riot police charged opposition supporters with batons in Lusaka on Thursday.", "175"),
    ("Police in Harare charged the students with truncheons.", "175"),
    ("Prosecutors in Lusaka charged the former minister with fraud.", "173"),
])
def test_issue_3_baton_charge_is_no_legal_charge(events_of: Any, text: str, code: str) -> None:
    """A crowd charged with batons or truncheons meets crowd control (175); charged with a
    crime, legal action (173)."""
    found = triples(events_of, text)
    assert any(c == code for c, _, _ in found), found
    assert not any(c == ("173" if code == "175" else "175") for c, _, _ in found), found


def test_issue_3_bayoneted(events_of: Any) -> None:
    """Bayoneting people is a physical assault (182)."""
    found = triples(events_of, "Militiamen bayoneted villagers in the Congolese town of Beni.")
    assert any(c.startswith("18") and t == "COD" for c, _, t in found), found


@pytest.mark.parametrize(("text", "code", "source"), [
    ("Ugandan soldiers looted shops in the Congolese town of Bunia.", "171", "UGA"),
    ("Rioters looted shops in the Zambian capital Lusaka on Monday.", "145", "ZMB"),
    ("Militants firebombed a girls' school in the Afghan province of Logar.", "183", "AFG"),
])
def test_issue_3_looting_and_firebombs(events_of: Any, text: str, code: str,
                                       source: str) -> None:
    """Troops looting seize property (171), rioters looting riot (145); a firebombing is a
    bombing (183)."""
    found = triples(events_of, text)
    assert any(c == code and s == source for c, s, _ in found), found
