"""Issue 4, fourth round: two-apostrophe quote marks, marks at content edges, split quotes
after a long cue clause, 'according to' in mid-sentence, contrast clauses left out."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from storyline.quotes.marks import find_quotes
from storyline.records import Quote

pytestmark = pytest.mark.issue(4)

QuotesOf = Callable[[str], list[Quote]]  # the conftest fixture quotes_of
ByCue = Callable[[list[Quote], str], list[Quote]]  # the conftest fixture by_cue


def test_issue_4_two_apostrophes_pair_as_quote_marks() -> None:
    text = "''I think so,'' said Ms. Vance. ''Whether it lasts is the question.'' It's 'odd'."
    found = [text[s:e] for s, e, closed in find_quotes(text) if closed]
    assert found == ["''I think so,''", "''Whether it lasts is the question.''"]


def test_issue_4_two_apostrophe_quote_split_by_its_cue(quotes_of: QuotesOf, by_cue: ByCue) -> None:
    text = ("''The train has left the station,'' said Guido Brandt, a director of a research "
            "group in Paris. ''Whether it will happen in time is really the question.''")
    found = by_cue(quotes_of(text), "said")
    assert len(found) == 1
    assert found[0].kind == "direct" and len(found[0].parts) == 2
    assert found[0].text.startswith("''The train") and found[0].text.endswith("question.''")
    assert found[0].speaker is not None and "Brandt" in found[0].speaker.text


def test_issue_4_split_quote_joins_after_a_long_cue_clause(
        quotes_of: QuotesOf, by_cue: ByCue) -> None:
    text = ("“Ted Cruz is not my favorite by any means,” Graham told CBS News on Tuesday, when a "
            "dozen states held contests to choose party nominees. “But we may be in a position "
            "where rallying around him is the only way.”")
    found = by_cue(quotes_of(text), "told")
    assert len(found) == 1 and len(found[0].parts) == 2
    assert found[0].text.endswith("the only way.”")


def test_issue_4_mixed_quote_keeps_its_opening_mark(quotes_of: QuotesOf, by_cue: ByCue) -> None:
    text = "Sanders said “the wind is at our backs” despite his loss in Nevada."
    found = by_cue(quotes_of(text), "said")
    assert len(found) == 1 and found[0].text.startswith("“the wind")


def test_issue_4_according_to_mid_sentence_takes_the_whole_sentence(
        quotes_of: QuotesOf, by_cue: ByCue) -> None:
    text = ("Mr. Manafort's influence in the country was significant, according to people who "
            "worked with him, and his political expertise deeply valued.")
    found = by_cue(quotes_of(text), "according")
    assert len(found) == 1
    assert found[0].text.startswith("Mr. Manafort's influence")
    assert found[0].text.endswith("deeply valued")


def test_issue_4_reported_clause_ends_before_a_contrast_clause(
        quotes_of: QuotesOf, by_cue: ByCue) -> None:
    text = ("About half of voters say they prefer a candidate who is an outsider, while about "
            "4 in 10 want one with political experience.")
    found = by_cue(quotes_of(text), "say")
    assert len(found) == 1
    assert found[0].text == "they prefer a candidate who is an outsider"


def test_issue_4_split_quote_joins_across_titles_and_initials(
        quotes_of: QuotesOf, by_cue: ByCue) -> None:
    text = ("“He has become more cautious,” said Doug E. Schoen, a former adviser to Mr. Clinton. "
            "“Going negative just isn’t his strength.”")
    found = by_cue(quotes_of(text), "said")
    assert len(found) == 1 and len(found[0].parts) == 2


def test_issue_4_cue_in_a_title_case_headline(quotes_of: QuotesOf, by_cue: ByCue) -> None:
    text = "Leaked Documents Reveal Democratic Campaign Donors\n\nThe radio host was angry."
    found = by_cue(quotes_of(text), "reveal")
    assert len(found) == 1 and found[0].text == "Democratic Campaign Donors"
    assert found[0].speaker is not None and "Documents" in found[0].speaker.text


def test_issue_4_seem_with_a_complement_is_an_impression(
        quotes_of: QuotesOf, by_cue: ByCue) -> None:
    text = "The plan seemed odd to many voters in the state."
    found = by_cue(quotes_of(text), "seemed")
    assert len(found) == 1 and found[0].text.startswith("The plan seemed odd")
    assert not found[0].speech


def test_issue_4_non_attributive_senses_are_left_out(quotes_of: QuotesOf) -> None:
    text = ("Mr. Ryan assumed his post in November. The campaign can target its voters early. "
            "The war was supposed to be over.")
    assert quotes_of(text) == []


def test_issue_4_split_quote_whose_second_piece_parses_as_the_clause(
        quotes_of: QuotesOf, by_cue: ByCue) -> None:
    text = ("\"Now somebody who has never fought on behalf of workers,\" Obama said, \"they don't "
            "suddenly become a populist because they say something controversial.\"")
    found = by_cue(quotes_of(text), "said")
    assert len(found) == 1 and len(found[0].parts) == 2
    assert found[0].text.startswith("\"Now somebody")


def test_issue_4_intention_noun_with_an_infinitive(quotes_of: QuotesOf, by_cue: ByCue) -> None:
    text = "Trump's pledge to build a wall on the border drew cheers in Phoenix."
    found = by_cue(quotes_of(text), "pledge")
    assert len(found) == 1 and found[0].text == "to build a wall on the border"
    assert found[0].speaker is not None and "Trump" in found[0].speaker.text
    assert not found[0].speech


def test_issue_4_first_person_beliefs_count_but_generic_you_does_not(
        quotes_of: QuotesOf, by_cue: ByCue) -> None:
    # PolNeAR annotates a writer's or speaker's "I think ..." outside quote marks
    quotes = quotes_of("I think the senator will win the primary. You know the rest.")
    found = by_cue(quotes, "think")
    assert len(found) == 1 and "the senator will win the primary" in found[0].text
    assert not by_cue(quotes, "know")
