"""Issue 3, sixteenth session (roles, second pass): participants named only by a common noun
('women', 'a mob', 'commercial banks', 'the government', 'Congress') are domestic: they take
the country of the act's place, else of the one state their sentence names, never a country
when two states are in play and nothing decides. Sentences written for these tests; checks
read the whole pipeline (code and countries).
"""

from __future__ import annotations

from typing import Any

import pytest

from event_views import has_event, triples

pytestmark = pytest.mark.issue(3)


@pytest.mark.parametrize(("text", "code", "source", "target"), [
    ("Hundreds of women marched through Santiago on Sunday demanding an end to violence "
     "against them.", "14", "CHL", "CHL"),
    ("Teachers marched in Lima on Monday to demand that Congress raise wages ahead of a "
     "Senate debate.", "14", "PER", "PER"),
    ("Students rallied in Santiago demanding that Congress approve free tuition before the "
     "Senate votes on the budget.", "14", "CHL", "CHL"),
    ("Rioters set fire to shops in the centre of Port-au-Prince, the Haitian capital, on "
     "Tuesday.", "14", "HTI", "HTI"),
])
def test_issue_3_unnamed_crowds_and_houses_take_their_place(
        events_of: Any, text: str, code: str, source: str, target: str) -> None:
    """Country-less crowds and a bare 'Congress' take the country of the place the act is in
    (a bare 'Senate' elsewhere in the sentence guesses no second state)."""
    assert has_event(triples(events_of, text), code, source, target)


@pytest.mark.parametrize(("text", "code", "source", "target"), [
    ("A crowd lynched a suspected thief in a market in Mombasa on Saturday, police said.",
     "18", "KEN", "KEN"),
    ("The army imposed a curfew on Yangon after days of unrest, state media said.",
     "17", "MMR", "MMR"),
    ("A suicide car bomber struck a convoy of African Union troops on a road in Mogadishu, "
     "killing three soldiers.", "18", "SOM", "AU"),
    ("Morocco lifted its ban on women serving as notaries on Monday.", "08", "MAR", "MAR"),
    ("The Bolivian government ordered commercial banks to freeze the accounts.", "10", "BOL",
     "BOL"),
    ("Ecuadorean President Guillermo Lasso ordered government negotiators to resume talks "
     "with indigenous leaders.", "10", "ECU", "ECU"),
])
def test_issue_3_unnamed_participants_take_the_one_state_named(
        events_of: Any, text: str, code: str, source: str, target: str) -> None:
    """A mob, an army, women or negotiators named by common nouns take the place's country or
    the one state their sentence names, on either side of the act."""
    assert has_event(triples(events_of, text), code, source, target)


@pytest.mark.parametrize("text", [
    "Germany criticised the government for failing to protect journalists in Turkey.",
    "Canada urged the government to free the detained activists, citing Iran's record.",
])
def test_issue_3_an_unnamed_government_between_two_states_stays_uncoded(
        events_of: Any, text: str) -> None:
    """'The government' in a sentence naming two states, with no place of the act, takes
    neither: nothing decides whose it is."""
    found = triples(events_of, text)
    assert found
    assert all(t is None for _, _, t in found)


@pytest.mark.parametrize(("text", "side"), [
    ("The governor signed an agreement with Mexico on border trade.", "source"),
    ("Jordan expelled the diplomat and accused him of spying for Iran.", "target"),
    ("Iranian speedboats harassed a tanker before a US warship arrived.", "target"),
    ("The rebels refused to attend the peace talks in Geneva.", "source"),
    ("Opposition leaders walked out of the talks in Addis Ababa.", "source"),
    ("A suicide bomber blew himself up near a French patrol, killing four soldiers.",
     "source"),
])
def test_issue_3_partners_venues_and_visitors_name_no_home(
        events_of: Any, text: str, side: str) -> None:
    """A deal's partner ('with Mexico'), a meeting's venue, a foreign side's demonym ('a
    French patrol'), a diplomat or a ship give a common-noun participant no country."""
    found = triples(events_of, text)
    assert found
    if side == "source":
        assert all(s is None for _, s, _ in found)
    else:
        assert all(t is None for _, _, t in found)
