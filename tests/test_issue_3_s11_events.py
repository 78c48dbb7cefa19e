"""Issue 3, eleventh session (events): attacks and stances in words of campaign news
(phrasal verbs, name-calling, lone surnames), and the non-events of real political news
(races won by a margin, offices held, voters courted, own staff met, counterfactuals,
pledges to go on, journeys home, polls' leads).

Sentences written for these tests; event-level checks read the whole pipeline (code and
countries).
"""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.issue(3)


@pytest.mark.parametrize(("text", "expected"), [
    ("Governor Scott Walker took aim at Hillary Clinton during a speech in Milwaukee.",
     ("111", "USA", "USA")),
    ("Mike Huckabee went after Jeb Bush over his record on Common Core.",
     ("111", "USA", "USA")),
    ("Senator Rand Paul railed against the National Security Agency on Tuesday.",
     ("111", "USA", "USA")),
    ("President Obama called out Donald Trump for his remarks about Mexican immigrants.",
     ("111", "USA", "USA")),
    ("Marco Rubio called Donald Trump a con artist at a rally in Dallas.", ("111", "USA", "USA")),
    ("Trump attacked Ted Cruz on Wednesday.", ("111", "USA", "USA")),
    ("Senator Kelly Ayotte spoke out against Trump on Thursday.", ("111", "USA", "USA")),
    ("Senator Bernie Sanders attacked the Federal Reserve in a long statement.",
     ("111", "USA", "USA")),
    ("Former President Bill Clinton unloaded on Bernie Sanders in a speech on Sunday.",
     ("111", "USA", "USA")),
])
def test_issue_3_attacks_in_words(events_of: Any, text: str,
                                  expected: tuple[str, str, str]) -> None:
    """Phrasal verbs of criticism, name-calling and a lone surname's attack are criticism
    (111) between the politicians, not force or appeals."""
    assert [(c, s, t) for c, _, s, t in events_of.codes(text)] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("Senator John McCain came out for Marco Rubio ahead of the primary.",
     ("051", "USA", "USA")),
    ("Former Senator Bob Dole threw his weight behind Jeb Bush on Monday.",
     ("051", "USA", "USA")),
    ("Senator Orrin Hatch announced his endorsement of Jeb Bush on Friday.",
     ("051", "USA", "USA")),
    ("Chancellor Angela Merkel came to the defense of President Francois Hollande.",
     ("052", "DEU", "FRA")),
    ("Republican leaders refused to abandon Donald Trump after the debate.",
     ("051", "USA", "USA")),
    ("Russian President Vladimir Putin expressed support for Bashar al-Assad.",
     ("051", "RUS", "SYR")),
    ("The senator stuck with Hillary Clinton through the primaries.", ("051", "USA", "USA")),
])
def test_issue_3_support_in_phrasal_verbs(events_of: Any, text: str,
                                          expected: tuple[str, str, str]) -> None:
    """Endorsements and defence told by phrasal verbs or a noun given are support."""
    assert [(c, s, t) for c, _, s, t in events_of.codes(text)] == [expected]


def test_issue_3_appealed_to_sides_to_act(events_of: Any) -> None:
    """"appealed to both sides to halt the fighting": the halt is only asked for (no 0871)."""
    assert [c for c, _, _, _ in events_of.codes(
        "The UN Secretary-General appealed to the warring sides to halt the fighting in "
        "Yemen.")] == ["020"]


def test_issue_3_states_attacking_places_stay_force(events_of: Any) -> None:
    """A state or armed doer attacking a compound or a town is force, whoever is named."""
    assert [c for c, _, _, _ in events_of.codes(
        "Pakistan attacked militant hideouts in North Waziristan.")] == ["190"]


def test_issue_3_gerund_after_a_time_preposition_shares_the_subject(events_of: Any) -> None:
    """"... after recently accusing Clinton of ...": the accuser is the clause's subject."""
    assert [(c, s, t) for c, _, s, t in events_of.codes(
        "The Rubio campaign hopes to ease worries about its spending after recently "
        "accusing Donald Trump of breaking election laws.")] == [
        ("112", "USA", "USA")]


def test_issue_3_came_out_against_is_rejection(events_of: Any) -> None:
    """Coming out against a proposal rejects it (120)."""
    assert [(c, s) for c, _, s, _ in events_of.codes(
        "House Speaker Paul Ryan came out against the proposed tariff on Mexican goods.")] == [
        ("120", "USA")]


def test_issue_3_encouraged_to_act_is_an_appeal(events_of: Any) -> None:
    """Encouraging a state to act appeals to it (020); the act is only asked for."""
    assert [(c, s, t) for c, _, s, t in events_of.codes(
        "The State Department encouraged Bahrain to free the jailed activists.")] == [
        ("020", "USA", "BHR")]


def test_issue_3_blame_with_rockets_is_force(events_of: Any) -> None:
    """A blast with rockets is force (one act with the killings), no criticism."""
    assert [(c, s, t) for c, _, s, t in events_of.codes(
        "Taliban fighters blasted a police checkpoint with rockets in Helmand, killing "
        "four policemen.")] == [("190", "AFG", "AFG")]


def test_issue_3_deed_a_criticism_is_for_is_no_act(events_of: Any) -> None:
    """"Russia slammed the EU for its sanctions": the criticism only (no 163 by Russia)."""
    assert [(c, s, t) for c, _, s, t in events_of.codes(
        "Russia slammed the European Union for its sanctions on Russian banks.")] == [
        ("111", "RUS", "EU")]


def test_issue_3_slamming_what_an_actor_said(events_of: Any) -> None:
    """Blame aimed at an actor's possessed words is criticism of the actor; the words
    blamed ("talk") hold no meeting."""
    assert [(c, s, t) for c, _, s, t in events_of.codes(
        "Obama slammed the GOP's gloomy talk on the economy.")] == [("111", "USA", "USA")]


def test_issue_3_warning_shots_in_the_air_to_disperse(events_of: Any) -> None:
    """Shots fired into the air to disperse a crowd are one act of repression (175)."""
    assert [(c, s) for c, _, s, _ in events_of.codes(
        "Indian police fired shots into the air to disperse stone-throwing youths in "
        "Srinagar.")] == [
        ("175", "IND")]


@pytest.mark.parametrize("text", [
    "Hillary Clinton beat Bernie Sanders by 12 points in Ohio.",
    "Trump continues to dominate the Republican field.",
    "The Senate majority leader met with his aides on Sunday.",
    "Janet Yellen headed the Federal Reserve for four years.",
    "The Clinton campaign will appeal to young voters in Florida.",
    "Sanders could have requested a recount in Iowa.",
    "Bernie Sanders pledged to stay in the race until the convention.",
    "After the summit, Obama flew back to Washington.",
    "The latest CNN poll gave Clinton a five-point lead.",
    "Kasich's campaign said he expects to do well in Ohio.",
    "The frigate was sent for patrol missions in the Mediterranean.",
    "Abortion rights groups vowed to fight the new laws in court.",
    "His frequent visits helped him in the polls.",
    "Campaign staff who have been traveling with Clinton were tired.",
    "The Golden State Warriors attacked the basket in the fourth quarter.",
])
def test_issue_3_political_news_non_events(events_of: Any, text: str) -> None:
    """Races won by a margin, a field dominated, own staff met, offices held, voters
    courted, counterfactuals, pledges to go on, journeys home, polls' leads, expectations,
    patrols, fights against laws, visits to no place, companions and play: no event."""
    assert events_of.codes(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("The senator pledged his support to Hillary Clinton on Monday.", [("051", "USA", "USA")]),
    ("Governor Chris Christie vowed to back Donald Trump in November.",
     [("051", "USA", "USA")]),
    ("Senator Marco Rubio knocked Donald Trump for his comments on Muslims.",
     [("111", "USA", "USA")]),
    ("Senator Elizabeth Warren tore into Donald Trump in a series of tweets.",
     [("111", "USA", "USA")]),
    ("Russian President Vladimir Putin warned Turkey that it would regret the downing of "
     "the jet.", [("130", "RUS", "TUR")]),
    ("Turkish President Erdogan joined Putin and Rouhani for three-way talks in Ankara.",
     [("040", "TUR", "RUS"), ("040", "TUR", "IRN")]),
    ("President Obama sat down with Vladimir Putin on the sidelines of the summit.",
     [("040", "USA", "RUS")]),
    ("House Republicans pressed Hillary Clinton on her emails during the hearing.",
     [("020", "USA", "USA")]),
])
def test_issue_3_stances_pledges_warnings_and_joined_talks(
        events_of: Any, text: str, expected: list[tuple[str, str, str]]) -> None:
    """Support pledged or vowed is support (051); knocking and tearing into are criticism; a
    state warned it would regret is threatened by the warner; leaders joined for talks are
    met."""
    assert [(c, s, t) for c, _, s, t in events_of.codes(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The IMF warned Greece that it would miss its budget targets.", []),
    ("Senator Ted Cruz would like to outlaw late-term abortions nationwide.", []),
    ("Volunteers knocked on doors across Iowa on Saturday.", []),
    ("Sanders pressed on with his campaign despite the loss in Michigan.", []),
    ("The protesters sat down in the road outside parliament.", []),
    ("Clinton faulted Trump for his praise of Putin.", ["1123"]),
])
def test_issue_3_advice_laws_canvassing_and_blamed_deeds(events_of: Any, text: str,
                                                         expected: list[str]) -> None:
    """Advice of one's own prospects is no threat, a ban on a practice no 1722, canvassing no
    blow, and the deed a criticism is for no act of the critic's (only the criticism)."""
    assert [c for c, _, _, _ in events_of.codes(text)] == expected
