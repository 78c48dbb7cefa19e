"""Issue 3, seventeenth session (actors): the rebels, militias, juntas, parties and security
units of 1990-2008 wire copy the KB lacked, names the tagger cut at an inner 'of', 'for', 'in'
or 'and', 'Islamic Jihad' as the Palestinian group, and 'men' and 'the public' as crowds of
their place like 'people'."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize(("text", "word", "country"), [
    ("ULIMO-K fighters burned a market in Voinjama on Saturday, relief workers said.",
     "ULIMO-K fighters", "LBR"),
    ("Mai-Mai fighters seized a gold mine near Shabunda on Tuesday.", "Mai-Mai fighters",
     "COD"),
    ("Government troops drove Allied Democratic Forces rebels out of Bundibugyo.",
     "Allied Democratic Forces rebels", "UGA"),
    ("Militias loyal to the Islamic Courts Union set up checkpoints in Jowhar.",
     "Islamic Courts Union", "SOM"),
    ("The United Wa State Army moved 2,000 fighters to the Thai frontier.",
     "United Wa State Army", "MMR"),
    ("Croatian Defense Council gunners shelled Vitez on Friday.", "Croatian Defense Council",
     "BIH"),
    ("Mujahideen Khalq fighters attacked a border post near Mehran.",
     "Mujahideen Khalq fighters", "IRN"),
    ("Frontier Corps troops killed six militants near Wana on Sunday.",
     "Frontier Corps troops", "PAK"),
    ("Rapid Action Battalion officers arrested a JMB leader in Rajshahi.",
     "Rapid Action Battalion officers", "BGD"),
    ("Officials of the National League for Democracy were detained in Mandalay.",
     "National League for Democracy", "MMR"),
])
def test_issue_3_period_groups_are_coded(actors_of: Any, text: str, word: str,
                                         country: str) -> None:
    """Rebels, militias, parties and units of 1990-2008 copy named bare take their state."""
    assert actors_of.mention(text, word, "2000-06-01").country == country


@pytest.mark.parametrize(("text", "word", "country"), [
    ("Party of the Democratic Revolution leaders met in Morelia on Friday.",
     "Party of the Democratic Revolution", "MEX"),
    ("Front for Democracy in Burundi deputies walked out of the assembly.",
     "Front for Democracy in Burundi", "BDI"),
    ("The State Law and Order Restoration Council freed 40 students on Monday.",
     "State Law and Order Restoration Council", "MMR"),
    ("Al-Qaeda in Iraq claimed the bombing of a market in Hilla.", "Al-Qaeda in Iraq", "IRQ"),
])
def test_issue_3_a_name_cut_at_an_inner_word_is_read_whole(actors_of: Any, text: str,
                                                          word: str, country: str) -> None:
    """A dictionary name the tagger cut at 'of', 'for', 'in' or 'and' is one mention."""
    assert actors_of.mention(text, word, "2004-06-01").country == country


def test_issue_3_islamic_jihad_is_palestinian(actors_of: Any) -> None:
    """The period's 'Islamic Jihad' is the Palestinian group, not Phoenix's old Hezbollah
    alias."""
    text = "Islamic Jihad militants fired two rockets at Sderot on Thursday."
    assert actors_of.mention(text, "Islamic Jihad", "2005-03-01").country == "PSE"


@pytest.mark.parametrize(("text", "want"), [
    ("Two men shot dead a money changer in Peshawar on Tuesday, police said.",
     ("PAK", "PAK")),
    ("Angry men set fire to a police post in Kaduna after the killing of a trader.",
     ("NGA", "NGA")),
    ("Police in Nairobi detained three men suspected of robbing a bank.", ("KEN", "KEN")),
])
def test_issue_3_men_are_a_crowd_of_their_place(events_of: Any, text: str,
                                                want: tuple[str, str]) -> None:
    """'men' (the dictionaries' PPL) take their act's place like 'people' or 'gunmen'."""
    assert want in [(src, tgt) for _, _, src, tgt in events_of.codes(text)], events_of.codes(
        text)


@pytest.mark.parametrize("text", [
    "Three men drowned off the coast of Mombasa on Sunday.",
    "Kenya's men's relay team won gold in Osaka on Sunday.",
    "The firm will go public on the Johannesburg exchange next year.",
])
def test_issue_3_men_and_the_public_make_no_event_alone(events_of: Any, text: str) -> None:
    """Accidents, sport and listings stay uncoded with 'men' and 'public' as crowds."""
    assert events_of.codes(text) == []


def test_issue_3_the_public_is_its_place(events_of: Any) -> None:
    """'urged the public' aims at the speaker's people."""
    codes = events_of.codes("Ghana's president urged the public to stay calm after the vote.")
    assert ("GHA", "GHA") in [(src, tgt) for _, _, src, tgt in codes], codes


@pytest.mark.parametrize("text", [
    "Spanish police arrested Hugo Carvajal in Madrid on Thursday.",
    "A Spanish court approved the extradition of Hugo Carvajal to the United States.",
])
def test_issue_3_a_name_tagged_a_work_is_a_person(actors_of: Any, text: str) -> None:
    """A given name and surname the tagger took for a work of art, taken by a verb or
    preposition, is a person (Venezuela's former spy chief)."""
    rec = actors_of(text, published="2022-04-01")
    mention = actors_of.at(rec, text, "Hugo Carvajal")
    assert mention is not None and mention.country == "VEN", [
        (m.text, m.country) for m in rec.mentions]


def test_issue_3_a_demonym_inside_a_group_name_is_not_its_state(actors_of: Any) -> None:
    """'Croatian Defence Council' was the Bosnian Croats' militia: its fighters are Bosnia's,
    while plain 'Croatian gunners' stay Croatia's."""
    text = "Croatian Defence Council fighters shelled Gornji Vakuf overnight."
    fighters = actors_of.mention(text, "Croatian Defence Council fighters", "1993-02-01")
    assert fighters.country == "BIH"
    text = "Croatian gunners shelled Serb positions near Knin on Friday."
    assert actors_of.mention(text, "Croatian gunners", "1995-08-04").country == "HRV"


def test_issue_3_the_men_named_before_are_no_crowd(events_of: Any) -> None:
    """'the two men' are the two people the sentence named, no crowd of a place."""
    text = "Obama and Putin met in Paris, and the two men talked about Syria for an hour."
    codes = events_of.codes(text)
    assert (None, None) not in [(src, tgt) for _, _, src, tgt in codes], codes


@pytest.mark.parametrize(("text", "word", "country"), [
    ("National Liberation Army guerrillas ambushed a patrol near Kumanovo on Sunday.",
     "National Liberation Army guerrillas", "MKD"),
    ("National Liberation Army rebels kidnapped 20 oil workers near Barrancabermeja.",
     "National Liberation Army rebels", "COL"),
    ("Baath party officials in Aleppo organised a rally for the president.",
     "Baath party officials", "SYR"),
    ("Baath party officials in Mosul were dismissed from their posts.",
     "Baath party officials", "IRQ"),
    ("The Colorado Party lost the election in Uruguay for the first time.", "Colorado Party",
     "URY"),
])
def test_issue_3_a_name_two_states_groups_share_is_settled_by_its_sentence(
        actors_of: Any, text: str, word: str, country: str) -> None:
    """'National Liberation Army' (Colombia, Macedonia), 'Baath party' (Iraq, Syria),
    'Colorado Party' (Paraguay, Uruguay): the state the sentence's places name."""
    assert actors_of.mention(text, word, "2001-05-01").country == country


@pytest.mark.parametrize(("text", "word", "country"), [
    ("Supporters of the Telugu Desam Party blocked roads in Hyderabad.",
     "Telugu Desam Party", "IND"),
    ("UMNO leaders met in Kuala Lumpur to choose a new deputy president.", "UMNO", "MYS"),
    ("The Democratic Union for Integration walked out of parliament in Skopje.",
     "Democratic Union for Integration", "MKD"),
    ("The Islamic Action Front boycotted the municipal elections.", "Islamic Action Front",
     "JOR"),
    ("The Civic United Front accused police of beating its supporters in Zanzibar.",
     "Civic United Front", "TZA"),
    ("Guardia Civil officers arrested three ETA suspects near Bilbao.",
     "Guardia Civil officers", "ESP"),
    ("Armenpress said the talks in Yerevan would resume on Monday.", "Armenpress", "ARM"),
])
def test_issue_3_period_parties_units_and_agencies_are_coded(actors_of: Any, text: str,
                                                             word: str, country: str) -> None:
    """Parties, security units and state news agencies of 1990-2008 copy named bare."""
    assert actors_of.mention(text, word, "2004-06-01").country == country


def test_issue_3_a_title_is_not_widened_into_a_dictionary_office(actors_of: Any) -> None:
    """'Secretary of State' is a US office's alias, but 'Britain's Secretary of State for
    Defence' is Britain's: a title is not read as a dictionary name."""
    text = "Britain's Secretary of State for Defence visited troops in Basra."
    assert actors_of.mention(text, "Secretary", "2004-06-01").country == "GBR"


@pytest.mark.parametrize(("text", "word", "country"), [
    ("Police in Karachi blamed Lashkar-e-Jhangvi for the bombing of a Shiite mosque.",
     "Lashkar-e-Jhangvi", "PAK"),
    ("Sipah-e-Sahaba called a strike in Jhang after the killing of its leader.",
     "Sipah-e-Sahaba", "PAK"),
    ("Al-Qaeda in the Islamic Maghreb kidnapped two Austrian tourists in Tunisia.",
     "Al-Qaeda in the Islamic Maghreb", "DZA"),
])
def test_issue_3_hyphenated_group_names_are_read_whole(actors_of: Any, text: str, word: str,
                                                       country: str) -> None:
    """Names the tokens split at their hyphens or linking particles, whose tagged part was a
    person or place, are the dictionary's group."""
    assert actors_of.mention(text, word, "2007-06-01").country == country


@pytest.mark.parametrize(("text", "word", "country"), [
    ("Slobodan Milosevic's police beat opposition marchers on Sunday.", "police", "SRB"),
    ("Robert Mugabe's ruling party swept the rural seats.", "ruling party", "ZWE"),
    ("Saddam Hussein's Republican Guard pulled back from the Kuwaiti border.",
     "Republican Guard", "IRQ"),
])
def test_issue_3_a_leader_named_in_full_owns_his_state_body(actors_of: Any, text: str,
                                                            word: str, country: str) -> None:
    """A state body after a known leader's possessive is his state's."""
    assert actors_of.mention(text, word, "1996-06-01").country == country
