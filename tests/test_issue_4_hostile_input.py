"""Issue 4: hostile input (stray marks, bracket and dot runs, endless Title-Case lines, a line
break in every word) never crashes the quotes stage, and every span indexes the article."""

from __future__ import annotations

import pytest

from quote_views import QuotesOf
from storyline.quotes.parse import trim

pytestmark = pytest.mark.issue(4)


HOSTILE = [
    "“" * 300 + " said Mara Voss.",
    "(" * 200 + "Voss said the levy works" + ")" * 260 + ".",
    "[" * 50 + "(" * 50 + "Voss said the levy works" + "]" * 80 + ".",
    "Voss said the levy" + "." * 400,
    "Voss said the U.S." + " U.S." * 100,
    ". . . ! ? ; \n\n\n , ,",
    "\n".join("Voss said that the levy was fair to every farmer in the valley".split()),
    ", as the Ledger noted" * 60,
    "“Fine,” Voss said. “Later,” he added. “" + "no end " * 80,
    "As the Ledger reported, As the Ledger reported,",
    "“Yes,” " * 300 + "Voss said.",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_issue_4_hostile_text_yields_spans_that_index_the_article(
        quotes_of: QuotesOf, text: str) -> None:
    for quote in quotes_of(text):
        start, end = quote.span
        assert 0 <= start <= end <= len(text) and quote.text == text[start:end]
        assert quote.cue is None or text[slice(*quote.cue.span)] == quote.cue.text


def test_issue_4_trim_handles_long_runs_of_dots_and_brackets() -> None:
    text = "the levy" + "." * 5000
    assert trim(text, (0, len(text))) == (0, len("the levy"))
    text = "(" * 3 + "levy (farm)" + ")" * 5000 + "."
    assert text[slice(*trim(text, (0, len(text))))] == "levy (farm)"
    text = "made in the U.S." + "," * 3000
    assert text[slice(*trim(text, (0, len(text))))] == "made in the U.S."


def test_issue_4_endless_title_case_line_is_no_headline(quotes_of: QuotesOf) -> None:
    text = " ".join(["Voss Slams Ortiz"] * 60)
    assert not [q for q in quotes_of(text) if q.cue is not None and q.cue.lemma == "slam"]


def test_issue_4_short_title_case_line_is_still_a_headline(quotes_of: QuotesOf) -> None:
    text = "Mara Voss Slams Farm Levy Before County Vote\n\nThe vote is on Monday."
    found = [q for q in quotes_of(text) if q.cue is not None and q.cue.lemma == "slam"]
    assert len(found) == 1 and found[0].text.startswith("Farm Levy")


def test_issue_4_empty_or_inverted_pieces_make_no_quote() -> None:
    from storyline.quotes.extract import _well_formed

    text = "((( -- ))) Voss said the levy works."
    assert not _well_formed(text, [(0, 10)])  # punctuation only
    assert not _well_formed(text, [(20, 15)])  # inverted
    assert not _well_formed(text, [(20, 30), (11, 15)])  # pieces out of order
    assert not _well_formed(text, [])
    assert _well_formed(text, [(11, 15), (20, 35)])
