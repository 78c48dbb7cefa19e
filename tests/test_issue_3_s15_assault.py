"""Issue 3, fifteenth session (assault): acts of force in older wire copy whose doer the text
leaves unnamed (agentless passives of assassinations and killings, landmines, unidentified
men, people who came under fire, bombs in trucks), doers named off the act (an ambush by X, a
joined passive's agent, the sides after 'fighting broke out between'), two subjects of a
clash, a demonym's place as the scene, fire on protesters as violent repression (CAMEO 175),
and the near-misses that stay eventless (robberies, old landmines, road accidents, history).

By the GSR convention an unnamed doer takes the country of the place where the act happened,
and a victim inside a country that country. Sentences written for these tests; checks read
the whole pipeline (code and countries).
"""

from __future__ import annotations

from typing import Any

import pytest

from event_views import triples

pytestmark = pytest.mark.issue(3)


@pytest.mark.parametrize(("text", "expected"), [
    ("A regional governor was assassinated in the Algerian town of Blida on Tuesday, officials "
     "said.", ("186", "DZA", "DZA")),
    ("Three soldiers were shot dead in Srinagar on Friday.", ("193", "IND", "IND")),
    ("A Kenyan opposition lawyer was beaten by unidentified men outside his office in Mombasa.",
     ("182", "KEN", "KEN")),
])
def test_issue_3_agentless_violence_takes_the_place_as_doer(
        events_of: Any, text: str, expected: tuple[str, str, str]) -> None:
    """An assassination, a shooting dead or a beating by unnamed men is done by unidentified
    forces of the place it happened in."""
    assert triples(events_of, text) == [expected]


@pytest.mark.parametrize("text", [
    "A senior official was assassinated last year.",
    "A taxi driver was shot dead during a robbery in Lagos.",
    "Two farmers were killed when an old landmine exploded in a rice field in Laos.",
    "A bus carrying pilgrims overturned on a mountain road in Nepal, killing 20 people.",
    "The 1993 assassination of Burundian President Melchior Ndadaye in Bujumbura shocked the "
    "region.",
    "A man was shot dead in a gang dispute in a suburb of Marseille on Saturday, police said.",
])
def test_issue_3_crime_mishap_history_and_placeless_acts_stay_uncoded(
        events_of: Any, text: str) -> None:
    """No place and no doer, a robbery, a war's leftover mine, a road accident or a deed a year
    dates to history: no event."""
    assert triples(events_of, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Three Pakistani soldiers were killed when their convoy came under fire in the Pakistani "
     "town of Wana.", ("190", "PAK", "PAK")),
    ("At least 30 people were killed when a suicide bomber drove a truck packed with explosives "
     "into an army base in the Somali capital Mogadishu.", ("190", "SOM", "SOM")),
])
def test_issue_3_fire_and_bomb_trucks_are_no_accident(
        events_of: Any, text: str, expected: tuple[str, str, str]) -> None:
    """'came under fire' is an attack, its fire no blaze; a truck beside a bomb word carries
    the bomb; the demonym's town is the scene."""
    assert triples(events_of, text) == [expected]


def test_issue_3_landmine_hit_is_an_attack(events_of: Any) -> None:
    """A vehicle that hit a landmine was attacked by unidentified forces of the place."""
    text = "Four peacekeepers were killed when their truck hit a landmine in southern Lebanon."
    assert [(c[:2], s) for c, s, _ in triples(events_of, text)] == [("19", "LBN")]


def test_issue_3_doer_of_the_ambush_and_of_the_joined_passive(events_of: Any) -> None:
    """'killed in an attack by insurgents': the insurgents; 'detained and beaten by Egyptian
    police': both acts are the police's, not the reporters' own state's."""
    text = "Six Iraqi policemen were killed in an attack by insurgents in the town of Baquba."
    assert triples(events_of, text) == [("190", "IRQ", "IRQ")]
    assert [e.source.text for e in events_of(text) if e.source] == ["insurgents"]
    text = "Three Danish reporters were detained and beaten by Egyptian police in Cairo."
    assert triples(events_of, text) == [("173", "EGY", "DNK"), ("182", "EGY", "DNK")]


def test_issue_3_two_subjects_of_a_clash_are_its_sides(events_of: Any) -> None:
    """'Government troops and Maoist rebels clashed in western Nepal': the rebels are the
    target, not the region."""
    events = events_of("Government troops and Maoist rebels clashed in western Nepal on Friday.")
    assert [(e.code, e.target.text if e.target else None) for e in events] == [
        ("190", "Maoist rebels")]


def test_issue_3_fighting_broke_out_between_two_sides(events_of: Any) -> None:
    """The sides after 'fighting broke out between' or 'erupted between' fight each other."""
    text = "Heavy fighting broke out between Armenian and Azerbaijani forces on Sunday."
    assert triples(events_of, text) == [("190", "ARM", "AZE")]  # as "X and Y troops clashed"
    text = "Fierce fighting erupted between Sudanese troops and rebels in Darfur on Monday."
    events = events_of(text)
    assert [(e.source.text, e.target.text) for e in events if e.source and e.target] == [
        ("Sudanese troops", "rebels")]


def test_issue_3_fire_on_protesters_is_violent_repression(events_of: Any) -> None:
    """Police or troops firing on protesters use violent repression (175, PLOVER ASSAULT);
    fire on an army's positions stays force (190)."""
    text = "Police opened fire on protesting farmers in Dhaka, killing two."
    assert [(c, s) for c, s, _ in triples(events_of, text)] == [("175", "BGD")]
    assert [e.plover for e in events_of(text)] == ["ASSAULT"]
    text = "Indian troops fired on Pakistani positions in Kashmir."
    assert triples(events_of, text) == [("190", "IND", "PAK")]


def test_issue_3_demonym_place_and_reporters_after_the_act(events_of: Any) -> None:
    """'in Indian Kashmir' places the gunmen and their victims; 'newspapers reported' after a
    raid names no raider."""
    text = "Gunmen opened fire on a minibus in Indian Kashmir on Sunday, killing five passengers."
    assert triples(events_of, text) == [("190", "IND", "IND")]
    text = ("Islamic militants beheaded 11 villagers in a night raid on a hamlet west of Blida, "
            "newspapers reported.")
    assert triples(events_of, text) == [("1823", "DZA", "DZA")]
    assert [e.source.text for e in events_of(text) if e.source] == ["Islamic militants"]


def test_issue_3_a_dated_deed_heading_its_sentence(events_of: Any) -> None:
    """'The assassination of X in Bujumbura on Thursday shocked ...': the deed is news."""
    text = ("The assassination of Burundian President Melchior Ndadaye in Bujumbura on Thursday "
            "shocked the region.")
    assert triples(events_of, text) == [("186", "BDI", "BDI")]


def test_issue_3_a_demonym_border_gives_no_country(events_of: Any) -> None:
    """'near the Turkish border' is the frontier of either side: the fighters are not Turkey's."""
    text = "Syrian troops killed 12 Kurdish fighters near the Turkish border on Friday."
    assert [t for _, _, t in triples(events_of, text)] != ["TUR"]


def test_issue_3_places_aimed_at_joined_by_and(events_of: Any) -> None:
    """'fired missiles at Iran and Syria': both places are aimed at."""
    text = "Iran launched missiles at Iraq and Syria overnight."
    assert triples(events_of, text) == [("195", "IRN", "IRQ"), ("195", "IRN", "SYR")]


@pytest.mark.parametrize(("text", "expected"), [
    ("A military helicopter was shot down over the Colombian province of Caqueta on Sunday.",
     ("193", "COL", "COL")),
    ("Two fishermen were shot dead off the Sri Lankan coast on Monday.", ("193", "LKA", "LKA")),
])
def test_issue_3_downed_or_shot_over_or_off_a_demonym_place(
        events_of: Any, text: str, expected: tuple[str, str, str]) -> None:
    """A craft shot down over, or people shot dead off, a demonym's place: that country's
    unnamed forces, and the uncoded craft falls inside that country."""
    assert triples(events_of, text) == [expected]


@pytest.mark.parametrize("text", [
    "The proposal was shot down by the committee in Nairobi on Tuesday.",
    "A war of words broke out between the two candidates on Monday.",
    "Masked dancers paraded through the streets of the Brazilian city of Salvador.",
])
def test_issue_3_figurative_shots_and_fights_stay_uncoded(events_of: Any, text: str) -> None:
    """A proposal shot down, a war of words, masked dancers: no force."""
    assert triples(events_of, text) == []


def test_issue_3_victims_of_one_place_and_accidental_harm(events_of: Any) -> None:
    """A country-less victim joined to a placed one shares the place's country; a gunning down
    is deadly force; harm done by accident is no deliberate assault."""
    text = "Unknown gunmen killed a Catholic priest and two nuns at a mission in eastern Zimbabwe."
    assert triples(events_of, text) == [("190", "ZWE", "ZWE"), ("190", "ZWE", "ZWE")]
    text = "The police chief of the Mexican border city of Tijuana was gunned down on Friday."
    assert triples(events_of, text) == [("193", "MEX", "MEX")]
    text = "A soldier was accidentally shot dead by a comrade at a base in northern Kenya."
    assert triples(events_of, text) == []


def test_issue_3_a_named_attack_carried_out_by_its_doer(events_of: Any) -> None:
    """'the raid on the border post was carried out by Shabab fighters': the fighters did it."""
    text = ("Officials said the raid on the border post near Mandera was carried out by about 100 "
            "Shabaab fighters.")
    events = events_of(text)
    assert [(e.code[:2], e.source.text if e.source else None) for e in events] == [
        ("19", "Shabaab fighters")]


@pytest.mark.parametrize(("text", "expected"), [
    ("At least 14 people were killed in clashes between rival factions in the Gaza Strip on "
     "Sunday.", ("190", "PSE", "PSE")),
    ("The army said 9 rebels were killed in an army operation in the eastern Congolese province "
     "of Ituri.", ("190", "COD", "COD")),
])
def test_issue_3_killed_in_clashes_or_in_an_operation(
        events_of: Any, text: str, expected: tuple[str, str, str]) -> None:
    """Killed in clashes or in an army operation: an armed act of the place's forces."""
    assert triples(events_of, text) == [expected]


def test_issue_3_fire_on_rioters_is_repression(events_of: Any) -> None:
    """Police opening fire on rioting crowds repress them (175)."""
    text = "Police opened fire on rioting villagers in the Chinese city of Yining on Monday."
    assert [(c, s) for c, s, _ in triples(events_of, text)] == [("175", "CHN")]
