"""Issue 3, fifteenth session (roles): target choice and target country in older wire copy
about force and pressure: the sides of 'fighting broke out between X and Y' whatever place
preposition follows, an arrest's reason clause that names another country, people called
foreign, members of a named body arrested by a place's authorities, a state's own protest,
acts in a reason phrase that a pronoun owns, crowds the parser left as their own protest's
undergoer, and a 'since' deed dated to a year. Sentences written for these tests; checks read
the whole pipeline (code and countries).
"""

from __future__ import annotations

from typing import Any

import pytest

from event_views import triples

pytestmark = pytest.mark.issue(3)


@pytest.mark.parametrize(("text", "sides"), [
    ("Heavy fighting broke out between Ugandan and Rwandan troops around the town of Kisangani.",
     {"UGA", "RWA"}),
    ("Fighting erupted between Georgian troops and Abkhaz separatists close to the Inguri river.",
     {"GEO"}),
    ("Heavy fighting broke out between Indian and Pakistani troops beside the Siachen glacier.",
     {"IND", "PAK"}),
])
def test_issue_3_fighting_between_sides_ends_at_any_place_preposition(
        events_of: Any, text: str, sides: set[str]) -> None:
    """The second side of 'fighting broke out between X and Y' ends at a preposition of
    place of any kind; the place is no side."""
    found = triples(events_of, text)
    assert found and all(c.startswith("19") for c, _, _ in found)
    assert {s for _, s, _ in found} | {t for _, _, t in found} == sides


def test_issue_3_an_arrests_reason_clause_names_no_home(events_of: Any) -> None:
    """'for spying for X' tells the charge: the arrested stay their state's people."""
    text = "Vietnamese police detained a Buddhist monk for spying for the United States."
    assert triples(events_of, text) == [("173", "VNM", "VNM")]


def test_issue_3_foreign_people_are_not_the_acting_states(events_of: Any) -> None:
    """People called foreign take no country from the state that bars them."""
    text = "Indonesia barred foreign journalists from entering Aceh."
    assert triples(events_of, text) == [("172", "IDN", None)]


def test_issue_3_members_of_a_named_body_arrested_in_a_town(events_of: Any) -> None:
    """'members of the X were arrested in Cairo': by the place's authorities."""
    text = "Thirty members of the Muslim Brotherhood were arrested in Alexandria on Monday."
    assert triples(events_of, text) == [("173", "EGY", "EGY")]


def test_issue_3_a_states_protest_is_not_at_itself(events_of: Any) -> None:
    """A state protesting a foreign act gets no implied own-government target."""
    text = "New Zealand recalled its high commissioner from New Delhi to protest the nuclear tests."
    found = triples(events_of, text)
    assert ("140", "NZL") in [(c, s) for c, s, _ in found]
    assert all(t != "NZL" for _, _, t in found)


@pytest.mark.parametrize(("text", "doer"), [
    ("Norway suspended aid to Pakistan after its nuclear tests.", "PAK"),
    ("The Netherlands called for sanctions against Jakarta over its crackdown in East Timor.",
     "IDN"),
])
def test_issue_3_a_pronoun_owned_reason_act_is_the_named_actors(
        events_of: Any, text: str, doer: str) -> None:
    """An act of force in 'after its X' or 'over its X' is done by the actor named just
    before the phrase, not by the sentence's subject."""
    force = [s for c, s, _ in triples(events_of, text) if c[:2] in ("17", "18", "19", "20")]
    assert force == [doer]


@pytest.mark.parametrize(("text", "expected"), [
    ("Thousands of students protested outside the Israeli embassy in Amman.",
     ("140", "JOR", "ISR")),
    ("Hundreds of Filipino fishermen protested outside the Chinese consulate in Manila.",
     ("140", "PHL", "CHN")),
])
def test_issue_3_a_crowd_protesting_at_an_embassy(
        events_of: Any, text: str, expected: tuple[str, str, str]) -> None:
    """A crowd the parser left as its protest's undergoer is the doer; the embassy's state
    the target."""
    assert triples(events_of, text) == [expected]


def test_issue_3_a_participle_before_a_crowd_stays_the_crowds(events_of: Any) -> None:
    """'protesting farmers' is no crowd's act of its own beside the force on them."""
    text = "Troops opened fire on protesting miners in La Paz."
    assert [c for c, _, _ in triples(events_of, text)] == ["175"]


def test_issue_3_a_deed_since_a_year_is_history(events_of: Any) -> None:
    """'since its invasion of X in 1990' is background, not an act of the news."""
    for text in ("Syria has been under Arab League sanctions since its attack on Lebanon in 1976.",
                 "The zone has been patrolled since Iraq's invasion of Kuwait in 1990."):
        assert all(c[:2] not in ("18", "19", "20") for c, _, _ in triples(events_of, text))


def test_issue_3_a_deed_since_a_news_day_stays(events_of: Any) -> None:
    """'since the raid on Sunday' dates no history: the killing is news."""
    text = "Israeli troops have killed four Palestinians since the raid on Sunday."
    assert ("190", "ISR", "PSE") in triples(events_of, text)


def test_issue_3_migrants_from_a_state_are_its_people(events_of: Any) -> None:
    """'immigrants from X' arrested where they live are X's people, not the place's."""
    text = "Gabonese police arrested hundreds of immigrants from Cameroon in Libreville."
    assert triples(events_of, text) == [("173", "GAB", "CMR")]


def test_issue_3_a_demonym_inside_the_trigger_names_the_target(events_of: Any) -> None:
    """'demolished 14 Palestinian homes in east Jerusalem': the Palestinians' property, not
    the place's state, is hit."""
    text = "Israeli soldiers demolished nine Palestinian houses in Jerusalem."
    found = triples(events_of, text)
    assert found and found[0][1:] == ("ISR", "PSE")


def test_issue_3_a_blast_outside_an_embassy_hits_its_state(events_of: Any) -> None:
    """A bomb outside a foreign embassy that kills people there aims at the embassy's state."""
    text = "A car bomb exploded outside the Indian embassy in Kabul, killing four people."
    found = triples(events_of, text)
    assert found and found[0][0].startswith("18") and found[0][2] == "IND"


def test_issue_3_a_hyphenated_national_is_the_second_states(events_of: Any) -> None:
    """'an Iranian-American scholar' is an American citizen."""
    text = "Vietnamese police arrested a Vietnamese-Australian activist in Hanoi."
    assert triples(events_of, text) == [("173", "VNM", "AUS")]


@pytest.mark.parametrize(("text", "target"), [
    ("Macedonian police shelled ethnic Albanian villages near the town of Kumanovo.", "MKD"),
    ("Serbian police raided the offices of an ethnic Albanian newspaper in Belgrade.", "SRB"),
])
def test_issue_3_an_ethnic_group_is_of_the_state_it_lives_in(
        events_of: Any, text: str, target: str) -> None:
    """'ethnic Albanian' names a people, not Albania: the place, or the state acting on them
    at home, gives their country."""
    found = triples(events_of, text)
    assert found and found[0][2] == target


def test_issue_3_one_person_a_demonym_names_is_a_national(events_of: Any) -> None:
    """'a Canadian professor in Tehran' is a Canadian held abroad, not a resident of Iran."""
    text = "Iranian police arrested a Canadian professor in Tehran."
    assert triples(events_of, text) == [("173", "IRN", "CAN")]
