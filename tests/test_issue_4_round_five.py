"""Issue 4, fifth round: content boundaries (conjoined predicates, the speaker's own later
quote, abbreviations and brackets at the edge, 'as' predicates of an object) and 'as X
reported' asides."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from storyline.quotes.parse import trim
from storyline.records import Quote

pytestmark = pytest.mark.issue(4)

QuotesOf = Callable[[str], list[Quote]]  # the conftest fixture quotes_of
ByCue = Callable[[list[Quote], str], list[Quote]]  # the conftest fixture by_cue


def test_issue_4_split_quote_stops_before_a_piece_with_its_own_cue(
        quotes_of: QuotesOf, by_cue: ByCue) -> None:
    text = ("“We will win this state,” said Dana Pruitt, the campaign chair. “Nobody expected "
            "the turnout we saw tonight,” she added.")
    said = by_cue(quotes_of(text), "said")
    added = by_cue(quotes_of(text), "added")
    assert len(said) == 1 and said[0].text == "“We will win this state,”"
    assert len(added) == 1 and added[0].text.startswith("“Nobody expected")


def test_issue_4_as_aside_attributes_the_main_clause(quotes_of: QuotesOf, by_cue: ByCue) -> None:
    text = "As Politico reported, the campaign raised five million dollars in March."
    found = by_cue(quotes_of(text), "reported")
    assert len(found) == 1
    assert found[0].text == "the campaign raised five million dollars in March"
    assert found[0].speaker is not None and found[0].speaker.text == "Politico"


def test_issue_4_trailing_as_aside_attributes_the_clause_before(
        quotes_of: QuotesOf, by_cue: ByCue) -> None:
    text = "The senator never voted for the bill, as the newspaper noted."
    found = by_cue(quotes_of(text), "noted")
    assert len(found) == 1 and found[0].text == "The senator never voted for the bill"


def test_issue_4_as_clause_of_time_is_no_aside(quotes_of: QuotesOf) -> None:
    text = "The crowd cheered loudly as the governor spoke about jobs."
    assert not [q for q in quotes_of(text) if q.text.startswith("The crowd")]


def test_issue_4_reported_clause_stops_before_a_conjoined_predicate(
        quotes_of: QuotesOf, by_cue: ByCue) -> None:
    text = ("Ryan insists the party must be a party of ideas, and has championed an agenda of "
            "deep cuts to federal programs.")
    found = by_cue(quotes_of(text), "insists")
    assert len(found) == 1 and found[0].text == "the party must be a party of ideas"


def test_issue_4_abbreviation_dot_and_closing_bracket_stay_in_the_content() -> None:
    text = "the threat it poses to the U.S."
    assert trim(text, (0, len(text))) == (0, len(text))
    text = "Rep. John Culberson (R-TX)."
    assert text[slice(*trim(text, (0, len(text))))] == "Rep. John Culberson (R-TX)"
    text = "a plan that works, (she said)."
    assert text[slice(*trim(text, (0, len(text))))] == "a plan that works, (she said)"
    text = "the end of the sentence."
    assert text[slice(*trim(text, (0, len(text))))] == "the end of the sentence"


def test_issue_4_object_keeps_its_as_predicate(quotes_of: QuotesOf, by_cue: ByCue) -> None:
    text = "Trump praised Saddam Hussein on Monday as an effective fighter of terrorism."
    found = by_cue(quotes_of(text), "praised")
    assert len(found) == 1
    assert found[0].text == "Saddam Hussein on Monday as an effective fighter of terrorism"


def test_issue_4_aside_cue_after_a_one_word_opening(quotes_of: QuotesOf, by_cue: ByCue) -> None:
    text = "Loyalty, he noted, has long been a core tenet of the Republican Party."
    found = by_cue(quotes_of(text), "noted")
    assert len(found) == 1 and len(found[0].parts) == 2
    assert found[0].text == text.rstrip(".")


def test_issue_4_cue_verb_tagged_as_a_noun_keeps_its_clause(
        quotes_of: QuotesOf, by_cue: ByCue) -> None:
    text = ("Trump predicts that as Jeb Bush and other Republican candidates eventually drop out, "
            "many of their supporters will come to him.")
    found = by_cue(quotes_of(text), "predicts")
    assert len(found) == 1 and found[0].text.startswith("that as Jeb Bush")
    assert found[0].speaker is not None and found[0].speaker.text == "Trump"


def test_issue_4_preposition_object_keeps_its_as_predicate(
        quotes_of: QuotesOf, by_cue: ByCue) -> None:
    text = "In the interview, Trump pointed to China as the regional enforcer."
    found = by_cue(quotes_of(text), "pointed")
    assert len(found) == 1 and found[0].text == "China as the regional enforcer"


def test_issue_4_reported_clause_ends_with_the_cue_clause(
        quotes_of: QuotesOf, by_cue: ByCue) -> None:
    text = ("But if the emails show that he mishandled sensitive information, one of Clinton's "
            "closest aides could come in for further scrutiny by investigators.")
    found = by_cue(quotes_of(text), "show")
    assert len(found) == 1 and found[0].text == "that he mishandled sensitive information"


def test_issue_4_object_leaves_out_a_non_restrictive_relative_clause(
        quotes_of: QuotesOf, by_cue: ByCue) -> None:
    text = ("Bush also attacked billionaire Donald Trump, with whom he clashed at the debate over "
            "eminent domain.")
    found = by_cue(quotes_of(text), "attacked")
    assert len(found) == 1 and found[0].text == "billionaire Donald Trump"


def test_issue_4_reflexive_object_reports_nothing(quotes_of: QuotesOf, by_cue: ByCue) -> None:
    text = "The senator kept repeating himself during the long hearing."
    assert by_cue(quotes_of(text), "repeating") == []


def test_issue_4_headline_cue_tagged_as_part_of_a_name(quotes_of: QuotesOf) -> None:
    text = ("Hillary Clinton Slams Donald Trump On Abortion After Court Ruling\n\n"
            "The former secretary of state spoke on Monday.")
    found = [q for q in quotes_of(text) if q.cue is not None and q.cue.lemma == "slam"]
    assert len(found) == 1 and found[0].text.startswith("Donald Trump On Abortion")
    assert found[0].speaker is not None and "Clinton" in found[0].speaker.text
