"""Issue 4, fourth round: two-apostrophe quote marks, marks at content edges, split quotes
after a long cue clause, 'according to' in mid-sentence, contrast clauses left out."""

from __future__ import annotations

import pytest

from quote_views import ByCue, QuotesOf
from storyline.quotes.marks import find_quotes

pytestmark = pytest.mark.issue(4)


def test_issue_4_two_apostrophes_pair_as_quote_marks() -> None:
    text = "''I think so,'' said Ms. Vance. ''Whether it lasts is the question.'' It's 'odd'."
    found = [text[s:e] for s, e, closed in find_quotes(text) if closed]
    assert found == ["''I think so,''", "''Whether it lasts is the question.''"]


def test_issue_4_two_apostrophe_quote_split_by_its_cue(quotes_of: QuotesOf, by_cue: ByCue) -> None:
    text = ("''The ferry has already sailed,'' said Ilse Marten, a director of a shipping "
            "group in Hamburg. ''Whether it will arrive on time is really the question.''")
    found = by_cue(quotes_of(text), "said")
    assert len(found) == 1
    assert found[0].kind == "direct" and len(found[0].parts) == 2
    assert found[0].text.startswith("''The ferry") and found[0].text.endswith("question.''")
    assert found[0].speaker is not None and "Marten" in found[0].speaker.text


def test_issue_4_split_quote_joins_after_a_long_cue_clause(
        quotes_of: QuotesOf, by_cue: ByCue) -> None:
    text = ("“Okafor is not my first choice by any stretch,” Lund told the Ledger on Friday, "
            "when a dozen towns held votes to pick council members. “But we may be at a point "
            "where backing her is the only way.”")
    found = by_cue(quotes_of(text), "told")
    assert len(found) == 1 and len(found[0].parts) == 2
    assert found[0].text.endswith("the only way.”")


def test_issue_4_mixed_quote_keeps_its_opening_mark(quotes_of: QuotesOf, by_cue: ByCue) -> None:
    text = "Okafor said “the tide is turning our way” despite her loss in the county."
    found = by_cue(quotes_of(text), "said")
    assert len(found) == 1 and found[0].text.startswith("“the tide")


def test_issue_4_according_to_mid_sentence_takes_the_whole_sentence(
        quotes_of: QuotesOf, by_cue: ByCue) -> None:
    text = ("Mr. Okafor's sway on the council was large, according to people who "
            "served with him, and his budget advice highly prized.")
    found = by_cue(quotes_of(text), "according")
    assert len(found) == 1
    assert found[0].text.startswith("Mr. Okafor's sway")
    assert found[0].text.endswith("highly prized")


def test_issue_4_reported_clause_ends_before_a_contrast_clause(
        quotes_of: QuotesOf, by_cue: ByCue) -> None:
    text = ("About a third of farmers say they want a mayor who is a newcomer, while about "
            "6 in 10 want one with years in office.")
    found = by_cue(quotes_of(text), "say")
    assert len(found) == 1
    assert found[0].text == "they want a mayor who is a newcomer"


def test_issue_4_split_quote_joins_across_titles_and_initials(
        quotes_of: QuotesOf, by_cue: ByCue) -> None:
    text = ("“She has grown more careful,” said Karl E. Ortiz, a former aide to Ms. Lund. "
            "“Attacking people just isn’t her style.”")
    found = by_cue(quotes_of(text), "said")
    assert len(found) == 1 and len(found[0].parts) == 2


def test_issue_4_cue_in_a_title_case_headline(quotes_of: QuotesOf, by_cue: ByCue) -> None:
    text = "Stolen Ledgers Reveal Secret Harbor Payments\n\nThe mayor was furious."
    found = by_cue(quotes_of(text), "reveal")
    assert len(found) == 1 and found[0].text == "Secret Harbor Payments"
    assert found[0].speaker is not None and "Ledgers" in found[0].speaker.text


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
    text = ("\"Now someone who has never stood up for tenants,\" Lund said, \"they don't "
            "suddenly become a champion because they say something bold.\"")
    found = by_cue(quotes_of(text), "said")
    assert len(found) == 1 and len(found[0].parts) == 2
    assert found[0].text.startswith("\"Now someone")


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
