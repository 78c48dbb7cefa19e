"""Issue 3, seventeenth session (actors, second round): inmates and war veterans as doers,
armed men of a people with one home state coded by it where they strike, the Fulani as a
people of several states, 'the North' and 'the South' of Korea, and rebels meeting abroad."""

from __future__ import annotations

from typing import Any

import pytest

from storyline.actors.coding import code_phrase


def _pairs(events_of: Any, text: str) -> list[tuple[str, str | None, str | None]]:
    """(code, source country, target country) of every event of ``text``."""
    return [(code, src, tgt) for code, _, src, tgt in events_of.codes(text)]


@pytest.mark.parametrize(("text", "root", "source"), [
    ("Inmates at a jail in Quito set fire to mattresses on Friday.", "17", "ECU"),
    ("Hundreds of inmates went on hunger strike at Insein prison in Rangoon.", "14", "MMR"),
    ("War veterans invaded a commercial farm east of Harare on Tuesday.", "1", "ZWE"),
    ("Angry war veterans marched on the presidential palace in Dhaka.", "14", "BGD"),
])
def test_issue_3_inmates_and_war_veterans_are_doers(events_of: Any, text: str, root: str,
                                                    source: str) -> None:
    """Inmates and war veterans act as groups placed by their sentence (had no event)."""
    pairs = _pairs(events_of, text)
    assert any(c.startswith(root) and s == source for c, s, _ in pairs), pairs


def test_issue_3_prison_inmates_are_no_prison_staff() -> None:
    """'prison inmates' are the prisoners (CRM), not the prison service (COP)."""
    coded = code_phrase("Prison inmates", None, None)
    assert coded is not None and coded.sector == "CRM", coded
    guards = code_phrase("prison guards", None, None)
    assert guards is not None and guards.sector == "COP", guards


def test_issue_3_a_veteran_player_is_no_actor(events_of: Any) -> None:
    """The singular 'veteran' stays a modifier: sport makes no event."""
    assert events_of.codes("The veteran midfielder scored twice as Egypt beat Tunisia.") == []


@pytest.mark.parametrize(("text", "word", "country"), [
    ("Chechen gunmen held 120 guests hostage at a hotel in Istanbul for 12 hours.",
     "Chechen gunmen", "RUS"),
    ("Police in Kathmandu arrested two Kashmiri militants carrying forged passports.",
     "Kashmiri militants", "IND"),
    ("Ethnic Albanian gunmen ambushed a police patrol near Tetovo in Macedonia.",
     "Ethnic Albanian gunmen", "MKD"),
    ("Chechen refugees in Azerbaijan complained of harassment by the police.",
     "Chechen refugees", "AZE"),
    ("Fulani gunmen killed 14 farmers near Mopti in central Mali.", "Fulani gunmen", "MLI"),
])
def test_issue_3_armed_men_of_a_people_keep_their_home_state(actors_of: Any, text: str,
                                                            word: str, country: str) -> None:
    """Armed men of a people with one home state are that state's wherever they strike; the
    'ethnic' of a nation's demonym, civilians, and a people of several states are placed by
    their sentence."""
    assert actors_of.mention(text, word).country == country


def test_issue_3_a_state_facing_armed_men_of_a_people_places_them(actors_of: Any) -> None:
    """A government of the sentence's country facing them makes them its rebels."""
    text = "The Mozambican government agreed to hold talks with Shona gunmen in Manica."
    assert actors_of.mention(text, "Shona gunmen").country == "MOZ"


@pytest.mark.parametrize(("text", "word", "country"), [
    ("North Korea shelled a border island, and the South returned fire.", "South", "KOR"),
    ("Seoul said the North had test-fired a short-range missile into the sea.", "North",
     "PRK"),
])
def test_issue_3_the_north_and_the_south_of_korea(actors_of: Any, text: str, word: str,
                                                  country: str) -> None:
    """A bare capitalised 'the North'/'the South' in a Korean story is that state."""
    assert actors_of.mention(text, word).country == country


def test_issue_3_the_south_without_korea_is_no_state(events_of: Any) -> None:
    """'the South' of a sports story names no state."""
    assert events_of.codes("The South beat the North 3-1 in the regional final on Sunday.") == []


@pytest.mark.parametrize(("text", "word", "country"), [
    ("Rebel leaders in Addis Ababa signed a truce with the Sudanese government on Monday.",
     "Rebel leaders", "SDN"),
    ("Police in Addis Ababa detained two rebel leaders on Monday.", "Police", "ETH"),
    ("Rebels in Mogadishu ambushed an army convoy on Monday.", "Rebels", "SOM"),
])
def test_issue_3_rebels_meeting_abroad_are_of_the_state_they_face(actors_of: Any, text: str,
                                                                 word: str,
                                                                 country: str) -> None:
    """A rebel group's 'in <city>' is a venue when its sentence has it face another state's
    government; police of a city, and rebels facing no other state, are the city's."""
    assert actors_of.mention(text, word).country == country


@pytest.mark.parametrize(("phrase", "sector"), [
    ("coast guard personnel", "MIL"), ("border guard personnel", "MIL"),
])
def test_issue_3_personnel_take_their_service(phrase: str, sector: str) -> None:
    """'personnel' after a service are that service's people (was no actor)."""
    coded = code_phrase(phrase, None, None)
    assert coded is not None and coded.sector == sector, coded


def test_issue_3_personnel_changes_are_no_actor(events_of: Any) -> None:
    """'personnel' as a modifier makes no actor and no event."""
    assert events_of.codes("The bank announced personnel changes in its Lagos office.") == []
