"""Issue 3 actors, third session round 2: non-political parties, agent compounds and the places
agents hold, modified country names, countries an act is aimed at, countries tagged PERSON."""

from __future__ import annotations

from typing import Any

import pytest

from storyline.actors.coding import code_phrase, is_agent_phrase
from storyline.actors.extract import code_candidate
from storyline.actors.mentions import Candidate
from storyline.events.actors import Participant, resolve_actor

pytestmark = pytest.mark.issue(3)


@pytest.mark.parametrize("phrase", ["the Christmas party", "the office party",
                                    "The Christmas Party", "a birthday party"])
def test_issue_3_a_party_without_political_words_is_no_actor(phrase: str) -> None:
    """'Christmas party' / 'office party' are no political party (no PTY events on them)."""
    assert code_phrase(phrase) is None
    assert not is_agent_phrase(phrase)


@pytest.mark.parametrize(("phrase", "sector"), [
    ("the ruling party", "GOV"), ("the opposition party", "OPP"),
    ("the Communist Party", "PTY"), ("the conservative Ennahda (Renaissance) party", "PTY"),
    ("a Kurdish party", "PTY"), ("the Labour party", "PTY"),
])
def test_issue_3_a_named_or_political_party_is_coded(phrase: str, sector: str) -> None:
    """A political modifier, a demonym or a name (across a parenthesis) makes it political."""
    ref = code_phrase(phrase)
    assert ref is not None and ref.sector == sector, ref


def test_issue_3_christmas_party_gives_no_mention(actors_of: Any) -> None:
    """The actors stage itself leaves a Christmas party out; a named party stays PTY."""
    text = ("Employees of the bank attended the Christmas party in Chicago. "
            "Members of the Ennahda (Renaissance) party announced a boycott of the vote.")
    rec = actors_of(text)
    assert actors_of.at(rec, text, "party") is None
    named = actors_of.at(rec, text, "party", 1)
    assert named is not None and named.sector == "PTY"


@pytest.mark.parametrize(("phrase", "sector"), [
    ("the rebel group", "REB"), ("Armed men", "UAF"), ("rioters", "OPP"),
    ("Fighter jets", "MIL"), ("militiamen", "UAF"), ("Islamic fundamentalists", "RAD"),
    ("foreign aid agencies", "NGO"), ("rebel positions", "REB"), ("rebel bases", "REB"),
    ("rebel strongholds", "REB"), ("army camps", "MIL"),
])
def test_issue_3_agent_compounds_and_held_places_code(phrase: str, sector: str) -> None:
    """Agents named by a compound ('fighter jets') or by the places they hold ('rebel
    positions' are the rebels) code with the agent's sector, and count as agents."""
    ref = code_phrase(phrase)
    assert ref is not None and ref.sector == sector, ref
    assert is_agent_phrase(phrase)


def test_issue_3_a_named_group_codes_through_its_name() -> None:
    """'the Islamic State group', 'the Taliban group': the name before 'group' codes it (not
    'State' as a government)."""
    islamic_state = code_phrase("the Islamic State group")
    assert islamic_state is not None and islamic_state.name == "Islamic State"
    assert islamic_state.sector != "GOV"
    taliban = code_phrase("the Taliban group")
    assert taliban is not None and (taliban.country, taliban.sector) == ("AFG", "REB")


def test_issue_3_event_participant_with_agent_compound_head_is_coded() -> None:
    """The events stage's resolver takes a compound agent whose head alone is none
    ('jets', 'men', 'group') as an actor; a non-agent phrase stays None."""
    jets = resolve_actor([], Participant(head=(8, 12), phrase=(0, 12), text="Fighter jets",
                                         head_text="jets"))
    assert jets is not None and jets.sector == "MIL"
    party = resolve_actor([], Participant(head=(14, 19), phrase=(0, 19),
                                          text="the Christmas party", head_text="party"))
    assert party is None


def test_issue_3_agent_compound_mentions_take_their_sentence_country(actors_of: Any) -> None:
    """'the rebel group' is a mention (REB) and takes its sentence's one country; a
    capitalised agent word tagged as a place ('Rebels attacked ...') is an agent."""
    text = ("The rebel group attacked Nigerian troops in Nigeria. "
            "Rebels attacked Chad on Monday.")
    rec = actors_of(text)
    group = actors_of.at(rec, text, "rebel group")
    assert group is not None and (group.country, group.sector) == ("NGA", "REB")
    rebels = actors_of.at(rec, text, "Rebels")
    assert rebels is not None and rebels.sector == "REB"
    assert rebels.country is None  # Chad is what they attacked, not their country


def test_issue_3_modified_country_name_is_coded(actors_of: Any) -> None:
    """'neighboring Lebanon' is Lebanon."""
    text = "Israeli jets struck targets in neighboring Lebanon."
    rec = actors_of(text)
    lebanon = actors_of.at(rec, text, "Lebanon")
    assert lebanon is not None and lebanon.country == "LBN"


def test_issue_3_country_an_act_is_aimed_at_is_not_home(actors_of: Any) -> None:
    """A country named only as what the agent's act is aimed at (with/at/against/... X, or
    its object) is not the agent's home country; one it is in still is."""
    text = ("The government closed its border with Rwanda. "
            "Zorvani rebels fired missiles at Saudi Arabia. "  # a group of no known country
            "Police in Kenya arrested the suspects.")
    rec = actors_of(text)
    government = actors_of.at(rec, text, "government")
    assert government is not None and government.country is None
    rebels = actors_of.at(rec, text, "rebels")
    assert rebels is not None and rebels.country is None
    police = actors_of.at(rec, text, "Police")
    assert police is not None and police.country == "KEN"


def test_issue_3_title_demonym_of_a_person_names_the_sentence_country(actors_of: Any) -> None:
    """'Algerian President X' states a country in the text: its sentence's agents take it
    (a country the dictionaries give a bare name still does not count)."""
    text = "Islamic fundamentalists rallied to oppose Tunisian President Karim Haddad on Friday."
    rec = actors_of(text)
    agents = actors_of.at(rec, text, "fundamentalists")
    assert agents is not None and (agents.country, agents.sector) == ("TUN", "RAD")


def _person(word: str) -> Candidate:
    return Candidate(start=0, end=len(word), text=word, label="PERSON", words=[word],
                     head_lemma=word.lower(), sent=0, token=0, head=1, dep="nsubj")


def test_issue_3_country_tagged_as_person_is_a_place() -> None:
    """spaCy tags 'Mali' PERSON: a country's name is a place; 'Jordan' (a given name too)
    stays a person."""
    mali = code_candidate(_person("Mali"), None, None)
    assert [(i.kind, i.country) for i in mali] == [("GPE", "MLI")]
    jordan = code_candidate(_person("Jordan"), None, None)
    assert [i.kind for i in jordan if i.kind == "GPE"] == []


def test_issue_3_only_political_or_armed_compounds_are_agents() -> None:
    """'merchant vessels' (BUS in the dictionaries) is no agent compound; 'armed men' is."""
    assert not is_agent_phrase("merchant vessels")
    assert is_agent_phrase("the armed men")


def test_issue_3_person_an_act_is_aimed_at_gives_no_home_country(actors_of: Any) -> None:
    """'during talks with Russian Defense Minister X' says nothing of whose militaries 'the
    two militaries' are."""
    text = ("During talks with Russian Defense Minister Sergei Shoigu, Li Shangfu vowed to "
            "elevate the relationship between the two militaries.")
    rec = actors_of(text)
    militaries = actors_of.at(rec, text, "militaries")
    assert militaries is None or militaries.country is None
