"""Issue 3, fifteenth session (lead): fixes found while merging and reviewing the helpers."""

from __future__ import annotations

from typing import Any

import pytest

from event_views import by_trigger
from storyline.nlp.lines import COMPONENT, paragraph_per_line

pytestmark = pytest.mark.issue(3)

LONG_LINE = ("Indian Naval ship, INS Sukanya, thwarted a piracy attack in the Gulf of Aden and "
             "captured three boats of the pirates.")


def test_issue_3_the_line_break_component_runs_before_the_parser(nlp: Any) -> None:
    """Sentence starts set after the parser would be ignored: it must run before it."""
    names = nlp.pipe_names
    assert names.index(COMPONENT) < names.index("parser")


@pytest.mark.parametrize(("text", "sentences"), [
    ("Indian ship thwarts piracy attempt, 26 pirates arrested\n" + LONG_LINE, 2),
    ("Ministers meet in Geneva\n\nThe talks opened on Monday. They ended on Tuesday.", 3),
    # hard-wrapped text (no line longer than a wrap width): a single break is no sentence end
    ("The foreign minister met with\nPutin in Moscow on Tuesday.", 1),
])
def test_issue_3_a_line_break_ends_a_headline_or_paragraph(nlp: Any, text: str,
                                                           sentences: int) -> None:
    """A headline with no full stop no longer runs into the first sentence (the parser hung
    that sentence's verbs on the headline); a wrapped line inside a sentence stays in it."""
    found = [s.text.strip() for s in nlp(text).sents if s.text.strip()]
    assert len(found) == sentences, found


def test_issue_3_paragraph_per_line_needs_one_long_line() -> None:
    assert paragraph_per_line("short\n" + "x" * 120)
    assert not paragraph_per_line("short\nlines\nonly")


def test_issue_3_a_headline_no_longer_lends_its_doer_to_the_first_sentence(
        events_of: Any) -> None:
    """The demo's Indian navy article: with the headline's pirates in the same parse, the
    navy's capture of the pirates' boats was coded as the pirates' hijacking (181); on its
    own line it is a state's seizure (171) by India."""
    found = by_trigger(events_of, "Indian ship thwarts piracy attempt in Gulf of Aden, 26 "
                       "pirates arrested\n" + LONG_LINE, "captured")
    assert found and found[0].code == "171"
    assert found[0].source is not None and found[0].source.country == "IND"


@pytest.mark.parametrize(("text", "source", "target"), [
    ("The kidnapping of a Dutch aid worker in southern Somalia on Sunday alarmed aid agencies.",
     "SOM", "NLD"),
    ("The kidnapping of two Greek sailors off the Nigerian coast on Friday angered Athens.",
     "NGA", "GRC"),
])
def test_issue_3_a_dated_kidnapping_noun_is_no_described_act(
        events_of: Any, text: str, source: str, target: str) -> None:
    """A dated deed named by a gerund noun ('The kidnapping of X in Y on Sunday') is reported in
    its own right, with the place's unnamed doers, as 'The abduction of X ...' already was; the
    gerund rule for described acts ('charged with kidnapping') kept it uncoded."""
    found = by_trigger(events_of, text, "kidnapping")
    assert found and found[0].code == "181"
    assert found[0].source is not None and found[0].source.country == source
    assert found[0].target is not None and found[0].target.country == target


def test_issue_3_a_charge_of_kidnapping_stays_a_described_act(events_of: Any) -> None:
    found = by_trigger(events_of, "Two men were charged on Monday with kidnapping a Dutch aid "
                       "worker in Somalia.", "kidnapping")
    assert not [e for e in found if e.code.startswith("18")]
