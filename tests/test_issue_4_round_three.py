"""Issue 4, third round: a sentence-final "according to" and stand-in answers after "said"."""

from __future__ import annotations

from typing import Any

import pytest

from quote_views import ByCue, QuotesOf

pytestmark = pytest.mark.issue(4)


def test_issue_4_final_according_to_leaves_its_source_out(
        quotes_of: QuotesOf, by_cue: ByCue) -> None:
    text = ("The main worry for farmers in the valley was the drought, according to early results "
            "of a county survey run by the state college for the growers' union.")
    found = by_cue(quotes_of(text), "according")
    assert len(found) == 1
    assert found[0].text == "The main worry for farmers in the valley was the drought"
    assert found[0].speaker is not None and "results" in found[0].speaker.text


def test_issue_4_middle_according_to_keeps_the_whole_clause(
        quotes_of: QuotesOf, by_cue: ByCue) -> None:
    text = "The senator, according to two aides, will endorse the governor on Friday."
    found = by_cue(quotes_of(text), "according")
    assert len(found) == 1
    assert "will endorse the governor" in found[0].text


@pytest.mark.parametrize("answer", ["so", "yes", "no"])
def test_issue_4_stand_in_answer_after_said(
        quotes_of: QuotesOf, answer: str, by_cue: ByCue) -> None:
    text = f"Asked whether he would run again, the former governor said {answer}. He left soon."
    found = by_cue(quotes_of(text), "said")
    assert [q.text for q in found] == [answer]
    assert found[0].speaker is not None and "governor" in found[0].speaker.text


def test_issue_4_said_that_with_a_clause_is_still_the_clause(
        quotes_of: QuotesOf, by_cue: ByCue) -> None:
    text = "The mayor said that the budget would be balanced by the end of the year."
    found = by_cue(quotes_of(text), "said")
    assert len(found) == 1
    assert "budget would be balanced" in found[0].text


def test_issue_4_made_it_clear_attributes_the_clause(quotes_of: QuotesOf) -> None:
    text = "Ruiz made it clear that her client wanted to see a better offer."
    found = [q for q in quotes_of(text) if "client" in q.text]
    assert len(found) == 1
    assert found[0].text == "that her client wanted to see a better offer"
    assert found[0].speaker is not None and found[0].speaker.text == "Ruiz"
    assert not found[0].speech


def test_issue_4_reported_clause_stops_before_a_participle_cue(
        quotes_of: QuotesOf, by_cue: ByCue) -> None:
    text = ("Okafor is stressing her solid second-place finish in the county primary, asserting "
            "that she has a chance to do just as well in the state race.")
    quotes = quotes_of(text)
    emphasis = by_cue(quotes, "stressing")
    assert [q.text for q in emphasis] == ["her solid second-place finish in the county primary"]
    assert [q.text for q in by_cue(quotes, "asserting")] == [
        "that she has a chance to do just as well in the state race"]


def test_issue_4_reported_clause_stops_before_while_cue(quotes_of: QuotesOf, by_cue: ByCue) -> None:
    text = ("Lund accuses Piet Okafor of running a quiet smear campaign while Okafor "
            "suggests the former mayor is a captive of the developers.")
    quotes = quotes_of(text)
    accused = by_cue(quotes, "accuses")
    assert len(accused) == 1 and accused[0].text.endswith("smear campaign")
    assert [q.parent_id for q in by_cue(quotes, "suggests")] == [None]


def _parsed(nlp: Any, words: str, heads: list[int], deps: str, pos: str) -> Any:  # noqa: ANN401
    """A hand-parsed Doc, to pin down how the rule reads a given (mis)parse."""
    from spacy.tokens import Doc

    return Doc(nlp.vocab, words=words.split(), heads=heads, deps=deps.split(), pos=pos.split())


def test_issue_4_object_keeps_a_complement_hung_on_the_verb(nlp: Any) -> None:  # noqa: ANN401
    from storyline.quotes.parse import content_of

    doc = _parsed(nlp, "She accused Trump of lying to win votes", [1, 1, 1, 1, 3, 6, 1, 6],
                  "nsubj ROOT dobj prep pcomp aux advcl dobj",
                  "PRON VERB PROPN ADP VERB PART VERB NOUN")
    span = content_of(doc[1])
    assert span is not None and doc.text[span[0]:span[1]] == "Trump of lying to win votes"


def test_issue_4_object_leaves_out_a_time_phrase_on_the_verb(nlp: Any) -> None:  # noqa: ANN401
    from storyline.quotes.parse import content_of

    doc = _parsed(nlp, "She accused Trump of lying on Monday", [1, 1, 1, 1, 3, 1, 5],
                  "nsubj ROOT dobj prep pcomp prep pobj", "PRON VERB PROPN ADP VERB ADP PROPN")
    span = content_of(doc[1])
    assert span is not None and doc.text[span[0]:span[1]] == "Trump of lying"
