"""Issue 3 events, speed round: the shortcuts must decide exactly what the full checks decide."""

from __future__ import annotations

from typing import Any

import pytest

from storyline.events import lexicon
from storyline.events.detect import _codable_verbs, frames_in_sentence
from storyline.events.verbs import Pattern, VerbEntry, petrarch_verbs

pytestmark = pytest.mark.issue(3)


def _scan(entry: VerbEntry, words: set[str]) -> Pattern | None:
    """The original matcher: every pattern tried, the longest match kept (first of equals)."""
    best, size = None, 0
    for pattern in entry.patterns:
        if len(pattern.words) > size and all(alt & words for alt in pattern.words):
            best, size = pattern, len(pattern.words)
    return best


def _entry() -> VerbEntry:
    """A verb with short and long patterns, two of them equally long."""
    entry = VerbEntry("pull", "040", [
        Pattern((frozenset({"troops"}),), "087"),
        Pattern((frozenset({"out"}), frozenset({"talks", "negotiations"})), "161"),
        Pattern((frozenset({"out"}), frozenset({"treaty"})), "162"),
        Pattern((frozenset({"out"}), frozenset({"talks"}), frozenset({"peace"})), "163"),
    ])
    return entry


@pytest.mark.parametrize("words", [
    set(), {"the"}, {"troops"}, {"out", "talks"}, {"out", "treaty", "talks"},
    {"out", "talks", "peace", "troops"}, {"peace", "talks"},
])
def test_issue_3_ranked_patterns_match_the_full_scan(words: set[str]) -> None:
    entry = _entry()
    assert entry.best_pattern(words) == _scan(entry, words)


def test_issue_3_ranked_patterns_keep_the_first_of_equals() -> None:
    hit = _entry().best_pattern({"out", "talks", "treaty"})
    assert hit is not None and hit.code == "161"


def test_issue_3_bundled_patterns_match_the_full_scan() -> None:
    entries = [e for e in petrarch_verbs().values() if len(e.patterns) > 1][:200]
    assert entries
    for entry in entries:
        for words in ({w for alt in p.words for w in alt} for p in entry.patterns[:5]):
            assert entry.best_pattern(words) == _scan(entry, words)


def test_issue_3_codable_verbs_hold_every_table() -> None:
    verbs = _codable_verbs()
    assert {k.split(" ", 1)[0] for k in lexicon.VERB_CODES} <= verbs
    assert {k.split(" ", 1)[0] for k in petrarch_verbs()} <= verbs
    assert {v for v, _ in lexicon.VERB_OBJECT_CODES} <= verbs
    assert {v for v, _ in lexicon.VERB_PREP_CODES} <= verbs
    assert lexicon.SPEECH_VERBS <= verbs and lexicon.CONTROLLERS <= verbs
    assert "sleep" not in verbs


def test_issue_3_uncodable_verbs_still_leave_coded_ones(nlp: Any) -> None:
    doc = nlp("Russian troops attacked Ukrainian positions after the minister slept.")
    codes = [f.code for f in frames_in_sentence(next(iter(doc.sents)))]
    assert codes == ["190"]  # "slept" is no table's verb; "attacked" still codes
