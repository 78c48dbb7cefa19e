"""Issue 3, nineteenth session (actors, round 2): a stated place wins over a gazetteer
namesake, short conflict towns, honorific names, and lone subjects that are only towns."""

from __future__ import annotations

from typing import Any

import pytest

from storyline.actors.coding import place_of
from storyline.actors.kb import town_names


@pytest.mark.parametrize(("text", "word", "country"), [
    ("Gunmen attacked Tchamba village in Congo's Ituri province.", "Tchamba", "COD"),
    ("Rebels shelled Valls in northern Togo on Monday.", "Valls", "TGO"),
])
def test_issue_3_a_town_placed_in_a_stated_country_lies_there(
        actors_of: Any, text: str, word: str, country: str) -> None:
    """'X village in Congo's Ituri province': the stated place, not a namesake abroad."""
    assert actors_of.mention(text, word).country == country


@pytest.mark.parametrize(("text", "word", "country"), [
    ("Gunmen attacked Tchamba village in Togo.", "Tchamba", "TGO"),  # its own country
    ("Soldiers attacked Tchamba on Monday in a raid that Congo condemned.", "Tchamba", "TGO"),
])
def test_issue_3_a_town_not_placed_elsewhere_keeps_its_country(
        actors_of: Any, text: str, word: str, country: str) -> None:
    """Only a place right after the town ('in', 'near') moves it; a later one does not."""
    assert actors_of.mention(text, word).country == country


@pytest.mark.parametrize(("text", "word", "country"), [
    ("Militants attacked the town of Gao on Sunday.", "Gao", "MLI"),
    ("Police arrested twenty protesters in Jos.", "Jos", "NGA"),
    ("Soldiers shelled Yei, killing four civilians.", "Yei", "SSD"),
    ("Rebels attacked Gao.", "Gao", "MLI"),
])
def test_issue_3_short_conflict_towns_are_placed(actors_of: Any, text: str, word: str,
                                                 country: str) -> None:
    """Three-letter conflict towns the gazetteer skips are a hand list's places."""
    assert actors_of.mention(text, word).country == country


def test_issue_3_short_towns_are_towns_for_the_subject_rule() -> None:
    """The hand list joins the town names the lone-subject rule reads, and the KB."""
    assert {"gao", "jos", "yei", "valls", "tchamba"} <= town_names()
    found = place_of("yei")
    assert found is not None and found.code == "SSD"


@pytest.mark.parametrize(("text", "word"), [
    ("Valls criticised the unions on Tuesday.", "Valls"),
    ("Valls criticised Macron on Tuesday.", "Valls"),
    ("Gao criticised Japan on Monday.", "Gao"),
])
def test_issue_3_a_lone_subject_that_is_only_a_town_takes_no_country(
        actors_of: Any, text: str, word: str) -> None:
    """A lone name acting as a verb's subject is a person's surname, not the town's state."""
    assert actors_of.mention(text, word).country is None


@pytest.mark.parametrize(("text", "word", "country"), [
    ("Texas sued the federal government on Monday.", "Texas", "USA"),  # a region acts
    ("Moscow accused Kyiv of shelling the plant.", "Moscow", "RUS"),  # a seat acts
    ("French Prime Minister Manuel Valls criticised the unions.", "Valls", "FRA"),
    ("Chinese spokesman Gao Feng criticised Japan.", "Gao Feng", "CHN"),
])
def test_issue_3_subjects_that_are_no_lone_town_keep_their_country(
        actors_of: Any, text: str, word: str, country: str) -> None:
    """Regions, seats of power and full or titled names keep their reading."""
    assert actors_of.mention(text, word).country == country


@pytest.mark.parametrize(("text", "word", "country", "sector"), [
    ("Prime Minister Sheikh Hasina criticised the protesters.", "Sheikh Hasina", "BGD", "GOV"),
    ("Sheikh Hasina accused the opposition of plotting violence.", "Sheikh Hasina", "BGD",
     None),
])
def test_issue_3_a_name_listed_with_its_honorific_is_that_person(
        actors_of: Any, text: str, word: str, country: str, sector: str | None) -> None:
    """'Sheikh Hasina' is the dictionaries' name, not a 'Hasina' with the title 'Sheikh'."""
    found = actors_of.mention(text, word)
    assert found.country == country
    assert sector is None or found.sector == sector


@pytest.mark.parametrize("text", [
    "Sheikh Ahmed criticised the government.",  # no listed 'Sheikh Ahmed'
    "Mr. Hasina criticised the government.",  # a courtesy title, not an honorific of a name
])
def test_issue_3_an_honorific_before_an_unlisted_name_adds_no_country(
        actors_of: Any, text: str) -> None:
    """Only a listed honorific name hits; others stay uncoded as before."""
    assert actors_of.mention(text, text.split(" criticised")[0]).country is None


def test_issue_3_a_town_name_in_capitals_is_an_acronym(actors_of: Any) -> None:
    """'the GAO' (Government Accountability Office) is no town of Mali."""
    text = "The Government Accountability Office ( GAO ) criticised the Pentagon."
    assert actors_of.mention(text, "GAO").country != "MLI"
