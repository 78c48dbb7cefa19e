"""Issue 3, twentieth session (actors): ICE and other agencies by acronym, names a tokeniser
split at an accent, leaders of named movements, post-2014 leaders, titled people tagged as
bodies, capitals the dictionaries held only as country names, and one settling of towns."""

from __future__ import annotations

import re
from typing import Any

import pytest

from storyline.actors.coding import code_phrase, place_of
from storyline.actors.names import rejoin_split
from storyline.data import build


def _countries(events_of: Any, text: str) -> list[tuple[str | None, str | None]]:
    """(source country, target country) of every event of ``text``."""
    return [(src, tgt) for _, _, src, tgt in events_of.codes(text)]


@pytest.mark.parametrize(("text", "word"), [
    ("ICE agents detained dozens of migrants in Denver on Tuesday.", "ICE"),
    ("ICE deported hundreds of Hondurans on Monday.", "ICE"),
    ("Officers from ICE arrested a Guatemalan farmworker in Oregon.", "ICE"),
    ("DHS handed back stolen statues to Greece.", "DHS"),
    ("CBP agents detained two Salvadoran migrants near the border.", "CBP"),
    ("The CDC warned travellers against visiting Guinea.", "CDC"),
])
def test_issue_3_us_agencies_by_acronym_are_american(actors_of: Any, text: str,
                                                     word: str) -> None:
    """US federal agencies the news names by acronym ('ICE', 'DHS', 'CBP') are the US's."""
    assert actors_of.mention(text, word).country == "USA"


@pytest.mark.parametrize("text", [
    "Climbers slipped on the ice near the summit.",
    "Ice covered the roads around Moscow on Friday.",
])
def test_issue_3_ice_the_noun_is_no_agency(actors_of: Any, text: str) -> None:
    """Only 'ICE' in capitals is the agency; the noun, even opening a sentence, is none."""
    assert not any(m.country == "USA" for m in actors_of(text).mentions)


def test_issue_3_agency_acronyms_code_in_events(events_of: Any) -> None:
    """An act of 'ICE' has an American doer."""
    assert ("USA", "PER") in _countries(
        events_of, "ICE returned three stolen paintings to the government of Peru.")


def test_issue_3_a_name_split_at_its_accent_is_no_town() -> None:
    """'Jos é Carreras' (José, split by a tokeniser) is no 'Jos', Nigeria's town."""
    assert rejoin_split(["Tenor", "Jos", "é", "Carreras"]) == ["Tenor", "José", "Carreras"]
    assert rejoin_split(["in", "Jos", "."]) == ["in", "Jos", "."]
    assert rejoin_split(["the", "é"]) == ["the", "é"]  # no capitalised word before it
    coded = code_phrase("Jos é Carreras Research Institute")
    assert coded is None or coded.country != "NGA"


@pytest.mark.parametrize(("text", "word", "country"), [
    ("Tenor Jos é Carreras praised the Spanish government.", "Carreras", None),
    ("Police arrested twenty protesters in Jos.", "Jos", "NGA"),
    ("Gunmen killed 12 villagers near Jos on Sunday.", "Jos", "NGA"),
])
def test_issue_3_split_names_and_the_town_jos(actors_of: Any, text: str, word: str,
                                              country: str | None) -> None:
    """The split name codes no Nigerian; the town itself still is Nigeria's."""
    assert actors_of.mention(text, word).country == country


@pytest.mark.parametrize(("text", "word", "country"), [
    ("Taliban leaders met Pakistani officials in Islamabad on Monday.", "Taliban", "AFG"),
    ("Hamas leaders met Egyptian mediators in Cairo.", "Hamas", "PSE"),
    ("FARC leaders met government negotiators in Havana.", "FARC", "COL"),
])
def test_issue_3_leaders_of_a_named_movement_are_its_own(actors_of: Any, text: str, word: str,
                                                         country: str) -> None:
    """'Taliban leaders' are the Taliban's (AFG REB), not the government of the town they
    meet in."""
    found = actors_of.mention(text, word)
    assert (found.country, found.sector) == (country, "REB")


@pytest.mark.parametrize(("text", "word", "country"), [
    ("Business leaders met the president in Lagos.", "Business", None),
    ("Opposition leaders rallied in Nairobi.", "Opposition", "KEN"),
    ("Afghan rebel leaders met UN envoys in Geneva.", "Afghan", "AFG"),
])
def test_issue_3_other_leaders_keep_their_reading(actors_of: Any, text: str, word: str,
                                                  country: str | None) -> None:
    """Leaders named by no movement keep their own words' or their scene's country."""
    assert actors_of.mention(text, word).country == country


@pytest.mark.parametrize(("text", "word", "country"), [
    ("President Zelensky thanked Poland for its support.", "Zelensky", "UKR"),
    ("Zelensky accused Russia of war crimes.", "Zelensky", "UKR"),
    ("Germany pledged tanks to President Volodymyr Zelensky on Friday.", "Zelensky", "UKR"),
    ("Kuleba met Blinken in Washington.", "Kuleba", "UKR"),
    ("Guterres urged Israel to allow aid into Gaza.", "Guterres", "UN"),
    ("General Qamar Bajwa urged Pakistan to adopt a new security policy.", "Bajwa", "PAK"),
    ("Chancellor Olaf Scholz met President Emmanuel Macron in Paris.", "Scholz", "DEU"),
])
def test_issue_3_leaders_after_the_dictionaries_have_countries(
        actors_of: Any, text: str, word: str, country: str) -> None:
    """Heads of state, ministers and army chiefs after 2014 (recent_leaders.tsv) code alone
    and against another country's scene; a titled full name the tagger called a body is the
    person ('Chancellor Olaf Scholz' ORG)."""
    assert actors_of.mention(text, word).country == country


@pytest.mark.parametrize(("text", "word"), [
    ("Harris criticised the ruling on Monday.", "Harris"),
    ("Singh criticised the government on Monday.", "Singh"),
])
def test_issue_3_common_surnames_of_recent_leaders_stay_uncoded(
        actors_of: Any, text: str, word: str) -> None:
    """A leader's common surname ('Harris', 'Singh') alone names no one."""
    assert actors_of.mention(text, word).country is None


def test_issue_3_recent_offices_follow_their_dates() -> None:
    """An office codes only while held: Scholz chancellor until May 2025, Guterres at the UN
    from 2017 (Portugal's prime minister before)."""
    scholz = code_phrase("Olaf Scholz", "2023-01-01")
    assert scholz is not None and (scholz.country, scholz.sector) == ("DEU", "GOV")
    assert (code_phrase("Antonio Guterres", "2019-06-01") or scholz).country == "UN"
    old = code_phrase("Antonio Guterres", "1998-06-01")
    assert old is not None and old.country == "PRT"


def test_issue_3_recent_leaders_table_is_well_formed() -> None:
    """Each office of recent_leaders.tsv has a known code, ISO dates in order and the public
    record it was read from."""
    rows = [line.split("\t") for line in build.LEADERS.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    assert len(rows) > 50
    for names, code, start, until, source in rows:
        assert names == names.lower() and code[:3].isupper() and len(code) >= 6
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", start)
        assert until == "" or (re.fullmatch(r"\d{4}-\d{2}-\d{2}", until) and until > start)
        assert source.startswith("https://en.wikipedia.org/wiki/")
    people = {names.split("|")[0] for names, *_ in rows}
    assert not people & {"sergei shoigu", "li shangfu"}  # the demo's people stay learned


@pytest.mark.parametrize(("name", "country"), [
    ("bishkek", "KGZ"), ("sarajevo", "BIH"), ("dushanbe", "TJK"), ("pristina", "XKX"),
    ("juba", "SSD"), ("mosul", "IRQ"),
])
def test_issue_3_capitals_held_as_country_names_are_places(name: str, country: str) -> None:
    """Capitals the Phoenix files list only as other names of their country are places."""
    found = place_of(name)
    assert found is not None and (found.code, found.table) == (country, "place")


@pytest.mark.parametrize(("text", "word", "country"), [
    ("Rebels shelled Valls in northern Togo as Congo protested.", "Valls", "TGO"),
    ("Militants attacked the town of Gao on Sunday.", "Gao", "MLI"),
])
def test_issue_3_one_settling_of_towns(actors_of: Any, text: str, word: str,
                                       country: str) -> None:
    """A stated place right after a gazetteer town wins even where the sentence names
    another country."""
    assert actors_of.mention(text, word).country == country


@pytest.mark.parametrize(("text", "word", "country"), [
    ("Estonian MEP has demanded tougher rules for Syrian refugees.", "MEP", "EST"),
    ("German MEPs criticised Hungary on Tuesday.", "MEPs", "DEU"),
])
def test_issue_3_a_national_mep_is_a_legislator_of_that_state(
        actors_of: Any, text: str, word: str, country: str) -> None:
    """'MEP' is a title (LEG), so 'Estonian MEP' the tagger calls a person is Estonia's."""
    found = actors_of.mention(text, word)
    assert (found.country, found.sector) == (country, "LEG")
