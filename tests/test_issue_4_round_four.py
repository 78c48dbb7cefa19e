"""Issue 4, fourth round: two-apostrophe quote marks, marks at content edges, split quotes
after a long cue clause, 'according to' in mid-sentence, contrast clauses left out."""

from __future__ import annotations

from typing import Any

import pytest

from storyline.nlp.extract import build_pipeline, extract_records
from storyline.quotes.marks import find_quotes
from storyline.records import Article, ArticleRecord, Quote, article_id_for

pytestmark = pytest.mark.issue(4)


def _quotes(nlp: Any, text: str) -> list[Quote]:  # noqa: ANN401 - spaCy Language
    """The quotes stage alone over one text."""
    article = Article(id=article_id_for(text) or "x", text=text)
    record = extract_records([article], nlp=nlp, pipeline=build_pipeline(("storyline.quotes.v1",)))
    assert isinstance(record[0], ArticleRecord)
    return record[0].quotes


def _by_cue(quotes: list[Quote], cue: str) -> list[Quote]:
    return [q for q in quotes if q.cue is not None and q.cue.text.lower().startswith(cue)]


def test_issue_4_two_apostrophes_pair_as_quote_marks() -> None:
    text = "''I think so,'' said Ms. Vance. ''Whether it lasts is the question.'' It's 'odd'."
    found = [text[s:e] for s, e, closed in find_quotes(text) if closed]
    assert found == ["''I think so,''", "''Whether it lasts is the question.''"]


def test_issue_4_two_apostrophe_quote_split_by_its_cue(nlp: Any) -> None:  # noqa: ANN401
    text = ("''The train has left the station,'' said Guido Brandt, a director of a research "
            "group in Paris. ''Whether it will happen in time is really the question.''")
    found = _by_cue(_quotes(nlp, text), "said")
    assert len(found) == 1
    assert found[0].kind == "direct" and len(found[0].parts) == 2
    assert found[0].text.startswith("''The train") and found[0].text.endswith("question.''")
    assert found[0].speaker is not None and "Brandt" in found[0].speaker.text


def test_issue_4_split_quote_joins_after_a_long_cue_clause(nlp: Any) -> None:  # noqa: ANN401
    text = ("“Ted Cruz is not my favorite by any means,” Graham told CBS News on Tuesday, when a "
            "dozen states held contests to choose party nominees. “But we may be in a position "
            "where rallying around him is the only way.”")
    found = _by_cue(_quotes(nlp, text), "told")
    assert len(found) == 1 and len(found[0].parts) == 2
    assert found[0].text.endswith("the only way.”")


def test_issue_4_mixed_quote_keeps_its_opening_mark(nlp: Any) -> None:  # noqa: ANN401
    text = "Sanders said “the wind is at our backs” despite his loss in Nevada."
    found = _by_cue(_quotes(nlp, text), "said")
    assert len(found) == 1 and found[0].text.startswith("“the wind")


def test_issue_4_according_to_mid_sentence_takes_the_whole_sentence(
    nlp: Any,  # noqa: ANN401
) -> None:
    text = ("Mr. Manafort's influence in the country was significant, according to people who "
            "worked with him, and his political expertise deeply valued.")
    found = _by_cue(_quotes(nlp, text), "according")
    assert len(found) == 1
    assert found[0].text.startswith("Mr. Manafort's influence")
    assert found[0].text.endswith("deeply valued")


def test_issue_4_reported_clause_ends_before_a_contrast_clause(nlp: Any) -> None:  # noqa: ANN401
    text = ("About half of voters say they prefer a candidate who is an outsider, while about "
            "4 in 10 want one with political experience.")
    found = _by_cue(_quotes(nlp, text), "say")
    assert len(found) == 1
    assert found[0].text == "they prefer a candidate who is an outsider"


def test_issue_4_split_quote_joins_across_titles_and_initials(nlp: Any) -> None:  # noqa: ANN401
    text = ("“He has become more cautious,” said Doug E. Schoen, a former adviser to Mr. Clinton. "
            "“Going negative just isn’t his strength.”")
    found = _by_cue(_quotes(nlp, text), "said")
    assert len(found) == 1 and len(found[0].parts) == 2


def test_issue_4_cue_in_a_title_case_headline(nlp: Any) -> None:  # noqa: ANN401
    text = "Leaked Documents Reveal Democratic Campaign Donors\n\nThe radio host was angry."
    found = _by_cue(_quotes(nlp, text), "reveal")
    assert len(found) == 1 and found[0].text == "Democratic Campaign Donors"
    assert found[0].speaker is not None and "Documents" in found[0].speaker.text


def test_issue_4_seem_with_a_complement_is_an_impression(nlp: Any) -> None:  # noqa: ANN401
    text = "The plan seemed odd to many voters in the state."
    found = _by_cue(_quotes(nlp, text), "seemed")
    assert len(found) == 1 and found[0].text.startswith("The plan seemed odd")
    assert not found[0].speech


def test_issue_4_non_attributive_senses_are_left_out(nlp: Any) -> None:  # noqa: ANN401
    text = ("Mr. Ryan assumed his post in November. The campaign can target its voters early. "
            "The war was supposed to be over.")
    assert _quotes(nlp, text) == []


def test_issue_4_split_quote_whose_second_piece_parses_as_the_clause(
    nlp: Any,  # noqa: ANN401
) -> None:
    text = ("\"Now somebody who has never fought on behalf of workers,\" Obama said, \"they don't "
            "suddenly become a populist because they say something controversial.\"")
    found = _by_cue(_quotes(nlp, text), "said")
    assert len(found) == 1 and len(found[0].parts) == 2
    assert found[0].text.startswith("\"Now somebody")


def test_issue_4_intention_noun_with_an_infinitive(nlp: Any) -> None:  # noqa: ANN401
    text = "Trump's pledge to build a wall on the border drew cheers in Phoenix."
    found = _by_cue(_quotes(nlp, text), "pledge")
    assert len(found) == 1 and found[0].text == "to build a wall on the border"
    assert found[0].speaker is not None and "Trump" in found[0].speaker.text
    assert not found[0].speech


def test_issue_4_first_person_beliefs_count_but_generic_you_does_not(
    nlp: Any,  # noqa: ANN401
) -> None:
    # PolNeAR annotates a writer's or speaker's "I think ..." outside quote marks
    quotes = _quotes(nlp, "I think the senator will win the primary. You know the rest.")
    found = _by_cue(quotes, "think")
    assert len(found) == 1 and "the senator will win the primary" in found[0].text
    assert not _by_cue(quotes, "know")
