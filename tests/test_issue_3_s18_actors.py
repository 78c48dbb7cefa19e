"""Issue 3, eighteenth session (actors): prison staff and local councillors, a group named
after a place word ('Fatah al-Islam'), veterans of a war abroad, 'Congo' by the article's
era, and the first-level regions of ISO 3166-2 the dictionaries lacked."""

from __future__ import annotations

from typing import Any

import pytest

from storyline.actors.coding import code_phrase


def _pairs(events_of: Any, text: str) -> list[tuple[str, str | None, str | None]]:
    """(code, source country, target country) of every event of ``text``."""
    return [(code, src, tgt) for code, _, src, tgt in events_of.codes(text)]


@pytest.mark.parametrize(("text", "word", "country"), [
    ("Inmates at a jail in Caracas stabbed three guards during a riot on Sunday.", "guards",
     "VEN"),
    ("Prisoners at Kenya's Kamiti prison beat two wardens during a protest over food.",
     "wardens", "KEN"),
    ("The guards fired tear gas at inmates on the roof of the Bangkok prison.", "guards", "THA"),
])
def test_issue_3_prison_staff_are_police(actors_of: Any, text: str, word: str,
                                         country: str) -> None:
    """Guards in a sentence of a prison, wardens and warders are prison staff: COP."""
    found = actors_of.mention(text, word)
    assert (found.country, found.sector) == (country, "COP")


@pytest.mark.parametrize("text", [
    "Armed robbers beat a bank guard and escaped with cash in Kano, police said.",
    "Point guards led the Celtics to a win over the Knicks on Sunday.",
])
def test_issue_3_other_guards_are_no_prison_staff(events_of: Any, text: str) -> None:
    """A bank's or a team's guard makes no political event (crime, sport)."""
    assert events_of.codes(text) == []


def test_issue_3_inmates_attack_guards(events_of: Any) -> None:
    """Inmates stabbing guards: an assault on the prison's staff of that country."""
    pairs = _pairs(events_of, "Inmates at a jail in Caracas stabbed three guards on Sunday.")
    assert any(c.startswith("18") and s == t == "VEN" for c, s, t in pairs), pairs


@pytest.mark.parametrize(("phrase", "sector"), [
    ("a town councillor", "GOV"), ("city councilmen", "GOV"), ("warders", "COP"),
    ("a prison guard", "COP"),
])
def test_issue_3_councillors_and_warders_have_sectors(phrase: str, sector: str) -> None:
    """Local councillors are local government, warders prison police."""
    coded = code_phrase(phrase, None, None)
    assert coded is not None and coded.sector == sector, coded


@pytest.mark.parametrize(("text", "word", "country"), [
    ("Fatah al-Islam militants fired on Lebanese troops near the camp.",
     "Fatah al-Islam militants", "LBN"),
    ("Fatah al-Islam fighters attacked an army checkpoint on Sunday.",
     "Fatah al-Islam fighters", "LBN"),
    ("Ansar al-Islam fighters attacked a checkpoint near Halabja.", "Ansar al-Islam fighters",
     "IRQ"),
])
def test_issue_3_a_group_named_after_a_place_word_is_its_own_state(
        actors_of: Any, text: str, word: str, country: str) -> None:
    """'Fatah al-Islam' is Lebanon's group, not Fatah's Palestine."""
    assert actors_of.mention(text, word).country == country


@pytest.mark.parametrize(("text", "word", "country"), [
    ("Veterans of the war in Afghanistan protested outside the Department of Veterans Affairs "
     "in Washington on Monday.", "Veterans", "USA"),
    ("Iraq war veterans rallied outside the White House on Tuesday.", "Iraq war veterans",
     "USA"),
    ("Zimbabwean war veterans seized white-owned farms on Tuesday.",
     "Zimbabwean war veterans", "ZWE"),
])
def test_issue_3_veterans_are_not_of_the_war_they_served_in(
        actors_of: Any, text: str, word: str, country: str) -> None:
    """A war's place names no country of its veterans; their demonym or other places do."""
    assert actors_of.mention(text, word).country == country


def test_issue_3_veterans_of_a_war_alone_take_no_country(actors_of: Any) -> None:
    """'veterans of the Iraq war' with no other place: no country from the war."""
    text = "Veterans of the Iraq war marched to demand better health care."
    assert actors_of.mention(text, "Veterans").country is None


@pytest.mark.parametrize(("text", "published", "country"), [
    ("Zimbabwe sent 3,000 more troops to Congo in August 1998.", None, "COD"),
    ("The United Nations will send peacekeepers to Congo, the council decided in 1999.", None,
     "COD"),
    ("Belgium agreed to send aid to Congo on Monday.", "2005-03-01", "COD"),
    ("France sent troops to Congo in 1991 to protect its citizens.", None, "COG"),
    ("Belgium agreed to send aid to Congo on Monday.", None, "COG"),
])
def test_issue_3_a_bare_congo_reads_by_its_era(actors_of: Any, text: str,
                                               published: str | None, country: str) -> None:
    """After Zaire's renaming (May 1997) a bare 'Congo' is the DRC, before it the Republic;
    an undated text naming no year keeps the tables' reading."""
    assert actors_of.mention(text, "Congo", published).country == country


def test_issue_3_brazzaville_still_settles_congo(actors_of: Any) -> None:
    """A place of the Republic decides before the era does."""
    text = "Angola sent troops to Congo in 1999 to fight rebels near Brazzaville."
    assert actors_of.mention(text, "Congo").country == "COG"


@pytest.mark.parametrize(("text", "word", "country"), [
    ("Police in Mashonaland East arrested 20 opposition activists on Friday.", "Police", "ZWE"),
    ("Al Shabaab fighters attacked an army base in Hiiraan region on Tuesday.", "Hiiraan",
     "SOM"),
    ("Rebels killed 12 villagers in Grand Gedeh county on Sunday.", "Grand Gedeh", "LBR"),
    ("Police fired tear gas at protesters in Kakamega on Monday.", "Kakamega", "KEN"),
])
def test_issue_3_first_level_regions_are_placed(actors_of: Any, text: str, word: str,
                                                country: str) -> None:
    """ISO 3166-2 regions the dictionaries lacked place their sentence's actors."""
    assert actors_of.mention(text, word).country == country


@pytest.mark.parametrize("phrase", ["both sides", "Hail", "Midlands", "Delta", "Shan"])
def test_issue_3_region_names_that_are_words_stay_uncoded(phrase: str) -> None:
    """English words, firms and names that are also regions somewhere code no country."""
    coded = code_phrase(phrase, None, None)
    assert coded is None or coded.country is None, coded


@pytest.mark.parametrize(("text", "word", "country", "sector"), [
    ("Critics of the Egyptian government condemned the arrest of the blogger.", "Critics",
     "EGY", "OPP"),
    ("Opponents of the Venezuelan government marched through Caracas on Saturday.",
     "Opponents", "VEN", "OPP"),
    ("Police in Minsk detained dozens of regime critics on Saturday.", "regime critics", "BLR",
     "OPP"),
    ("Judges opened an inquiry into the torture of government opponents in Burundi.",
     "government opponents", "BDI", "OPP"),
])
def test_issue_3_critics_of_a_government_are_its_opposition(
        actors_of: Any, text: str, word: str, country: str, sector: str) -> None:
    """'critics of the X government' are X's opposition, not its government."""
    found = actors_of.mention(text, word)
    assert (found.country, found.sector) == (country, sector)


def test_issue_3_bare_critics_stay_uncoded(events_of: Any) -> None:
    """Bare critics of a law or a club name no actor."""
    assert events_of.codes("Critics said the new law would hurt small farmers.") == []


def test_issue_3_a_name_after_a_peoples_title_takes_its_place(actors_of: Any) -> None:
    """'Jailed Kurdish lawmaker Leyla Zana': the name the tagger splits from its people's
    title takes the state the sentence gives that title."""
    text = ("Jailed Kurdish lawmaker Leyla Zana began a hunger strike in protest against the "
            "Turkish prison authorities' refusal to let her receive visits.")
    found = actors_of.mention(text, "Leyla Zana")
    assert (found.country, found.sector) == ("TUR", "LEG")


@pytest.mark.parametrize(("phrase", "country"), [
    ("Radio Liberty", "USA"), ("Radio Farda", "USA"), ("Alhurra", "USA"),
    ("BBC World Service", "GBR"),
])
def test_issue_3_state_broadcasters_abroad_are_their_funders(phrase: str, country: str) -> None:
    """RFE/RL's services and the BBC World Service are their funding state's media."""
    coded = code_phrase(phrase, None, None)
    assert coded is not None and (coded.country, coded.sector) == (country, "MED"), coded


@pytest.mark.parametrize(("text", "word", "country"), [
    ("War veterans invaded three farms in Mashonaland province on Sunday.", "War veterans",
     "ZWE"),
    ("Rebels attacked a village in Equatoria on Monday.", "Equatoria", "SSD"),
])
def test_issue_3_a_region_iso_splits_by_compass_is_known_whole(
        actors_of: Any, text: str, word: str, country: str) -> None:
    """'Mashonaland' (East, West, Central in ISO 3166-2) is Zimbabwe's whole."""
    assert actors_of.mention(text, word).country == country


@pytest.mark.parametrize(("text", "word", "country"), [
    ("Police in Zambia arrested the leader of the country's largest opposition party.",
     "largest opposition party", "ZMB"),
    ("The Bolivian government accused the country's truckers of blocking highways.", "truckers",
     "BOL"),
])
def test_issue_3_the_countrys_groups_are_the_sentences_state(actors_of: Any, text: str,
                                                             word: str, country: str) -> None:
    """A group 'the country's' is of the one state its sentence names."""
    assert actors_of.mention(text, word).country == country
