"""Issue 3, thirteenth session (lead): fixes found while reviewing the merged rules."""

from __future__ import annotations

from typing import Any

import pytest

from event_views import by_trigger

pytestmark = pytest.mark.issue(3)


@pytest.mark.parametrize(("text", "word", "country", "not_target"), [
    ("Kenya and Uganda condemned the Somali raid on a border post near Mandera.",
     "condemned", "SOM", "border post"),
    ("Poland denounced the Russian missile strikes on the city of Lviv on Sunday.",
     "denounced", "RUS", "city"),
    ("Seoul rejected the North Korean proposal for talks at the border village.",
     "rejected", "PRK", "village"),
])
def test_issue_3_a_complaint_about_a_states_deed_aims_at_the_state(
        events_of: Any, text: str, word: str, country: str, not_target: str) -> None:
    """'condemned the Russian strikes on X': the state whose deed it is, not the thing struck."""
    found = by_trigger(events_of, text, word)
    assert found and all(e.target is not None for e in found), text
    assert {e.target.country for e in found if e.target} == {country}, found
    assert not any(not_target in e.target.text for e in found if e.target)


def test_issue_3_a_complaint_about_an_actor_keeps_the_actor(events_of: Any) -> None:
    """An actor object ('the Turkish government') stays the target; victims of a deed with no
    state named keep what they had."""
    found = by_trigger(events_of, "Germany criticized the Turkish government on Monday.",
                       "criticized")
    assert found and found[0].target is not None
    assert found[0].target.text == "Turkish government" and found[0].target.country == "TUR"


@pytest.mark.parametrize(("text", "word", "code"), [
    # a span of time given to act is an ultimatum, no aid
    ("The Malian junta gave Danish special forces 72 hours to leave the country.", "gave", "139"),
    ("The army gave the militia a week to hand over its weapons.", "gave", "139"),
    # blocking a nominee or a vote is a veto, no obstruction of a road
    ("The majority leader vowed to block any nominee the president put forward.", "block",
     "129"),
])
def test_issue_3_ultimatums_and_blocked_nominees(
        events_of: Any, text: str, word: str, code: str) -> None:
    """Codes read off what the verb is given or aimed at."""
    found = by_trigger(events_of, text, word)
    assert found and found[0].code == code, (text, found)


@pytest.mark.parametrize(("text", "word", "code"), [
    ("The Nigerian government gave 500 tonnes of rice to displaced families in Borno.", "gave",
     "07"),
    ("Protesters blocked the main road into the capital for six hours.", "blocked", "144"),
])
def test_issue_3_gifts_and_roadblocks_keep_their_codes(
        events_of: Any, text: str, word: str, code: str) -> None:
    """No time span given to act: aid stays aid, a crowd's roadblock stays an obstruction."""
    found = by_trigger(events_of, text, word)
    assert found and found[0].code.startswith(code), (text, found)


def test_issue_3_fighting_a_crime_is_no_force(events_of: Any) -> None:
    """'agreed to fight drug trafficking together' is policing, not a threat of force."""
    found = events_of("Ghana and Togo agreed to fight drug trafficking together.")
    assert not any(e.code[:2] in ("13", "18", "19", "20") for e in found), found


def test_issue_3_criminals_force_on_state_agents_is_force(events_of: Any) -> None:
    """Robbers raiding a shop commit a crime (no event), but smugglers attacking soldiers or a
    border patrol use force on the state (19)."""
    assert not [e for e in events_of("Armed robbers attacked a jewellery shop in Lagos.")
                if e.code[:2] in ("18", "19")]
    found = by_trigger(events_of, "Smugglers attacked an army patrol near the border town of "
                       "Ipiales, killing an officer.", "attacked")
    assert found and found[0].code[:2] == "19", found


def test_issue_3_a_town_standing_for_unnamed_force_is_no_government(events_of: Any) -> None:
    """'a bank was torched during riots in Athens': the place's country by the GSR's
    convention, as unidentified forces (UAF), not the Greek government a capital codes; an
    arrest 'in Lebanon' stays the act of the state there."""
    torched = by_trigger(events_of, "A bank was torched during riots in Athens on Wednesday.",
                         "torched")
    assert torched and all(e.source.country == "GRC" and e.source.sector == "UAF"
                           and e.source.implied for e in torched), torched
    arrested = by_trigger(events_of, "A French aid worker was arrested in Chad for spying.",
                          "arrested")
    assert arrested and arrested[0].source is not None
    assert arrested[0].source.country == "TCD" and not arrested[0].source.implied
