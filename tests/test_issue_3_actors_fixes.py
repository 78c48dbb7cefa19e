"""Issue 3 actors, review fixes of the fifth session: context rules that misfired on
sentences they were not written for."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.issue(3)


def _country(actors_of: Any, text: str, phrase: str) -> str | None:
    """The country of the mention at ``phrase`` in ``text`` (None when uncoded)."""
    mention = actors_of.at(actors_of(text), text, phrase)
    assert mention is not None, phrase
    return mention.country


@pytest.mark.parametrize(("text", "leader", "phrases"), [
    ("Prime Minister Narendra Modi said the insurgents must free the captives.",
     "Narendra Modi", ["insurgents"]),
    ("Chancellor Olaf Scholz condemned the gunmen who shot three police officers.",
     "Olaf Scholz", ["gunmen", "police officers"]),
])
def test_issue_3_a_known_leader_gives_no_country_to_their_sentence(
        actors_of: Any, text: str, leader: str, phrases: list[str]) -> None:
    """A head of state the dictionaries know speaks of agents anywhere: their country is not
    the sentence's ('the insurgents' a prime minister names are not thereby his)."""
    for phrase in phrases:
        assert _country(actors_of, text, phrase) is None, phrase
    assert _country(actors_of, text, leader) is not None  # the leader keeps their own


def test_issue_3_a_known_town_keeps_its_country(actors_of: Any) -> None:
    """'the city of Detroit' after 'Chinese investors' is still the gazetteer's American city:
    a town the dictionaries know in one country is not moved by its sentence."""
    text = "Chinese investors opened a factory in the city of Detroit."
    assert _country(actors_of, text, "Detroit") == "USA"
    placed = "Troops from Kenya said they had reached the town of Nashville."
    assert _country(actors_of, placed, "Nashville") == "USA"


def test_issue_3_an_unknown_town_lies_in_its_sentences_named_place(actors_of: Any) -> None:
    """'the town of Kelvado', a name no gazetteer knows, lies in the one country its sentence
    names by a place ('in Liberia'); a demonym alone ('Liberian rebels') places no town."""
    text = "Rebels in Liberia said they had captured the town of Kelvado."
    town = actors_of.at(actors_of(text), text, "Kelvado")
    assert town is not None and town.country == "LBR" and town.country_basis == "sentence"
    alone = "Liberian rebels said they had captured the town of Kelvado."
    assert _country(actors_of, alone, "Kelvado") is None


def test_issue_3_name_aliases_are_kb_data() -> None:
    """Other spellings of dictionary actors are bundled data (actor_aliases.tsv), joined to the
    KB's alias index: each names an actor the dictionaries carry and codes as that actor."""
    from storyline.actors.coding import code_name
    from storyline.actors.kb import _data_pairs, bundled, lookup_bundled

    pairs = _data_pairs("actor_aliases.tsv")
    assert pairs
    for alias, name in pairs.items():
        assert name in bundled().aliases, name  # a stale row names no dictionary actor
        assert lookup_bundled(alias, None) == lookup_bundled(name, None), alias
    pkk = code_name("Kurdish Workers’ Party")
    assert pkk is not None and (pkk.country, pkk.sector) == ("TUR", "REB")


def test_issue_3_a_body_is_no_he_and_may_be_it(actors_of: Any) -> None:
    """Every organisation head is no 'he' ('the Greek navy' between a diplomat and his 'he'),
    and every one may be 'it' ('the Swiss bank ... it'); vehicles are neither."""
    text = "A senior Italian diplomat said the Greek navy would help as he arrived in Athens."
    he = actors_of.at(actors_of(text), text, " he ")
    assert he is not None and he.country == "ITA"
    bank = "The Swiss bank said it would close ten branches."
    it = actors_of.at(actors_of(bank), bank, " it ")
    assert it is not None and it.country == "CHE"


@pytest.mark.parametrize(("text", "phrase", "country"), [
    ("Guatemalan migrants arrived in Texas on Monday.", "Guatemalan migrants", "GTM"),
    ("Hundreds of Ukrainian immigrants living in Poland marched on Sunday.",
     "Ukrainian immigrants", "UKR"),
])
def test_issue_3_migrants_keep_their_stated_origin(
        actors_of: Any, text: str, phrase: str, country: str) -> None:
    """A migrant's own demonym is the country their words state, as for any national group:
    the place their sentence puts them in does not replace it."""
    mention = actors_of.at(actors_of(text), text, phrase)
    assert mention is not None and mention.country == country
    assert mention.country_basis == ""
