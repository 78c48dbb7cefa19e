"""Issue 3 bad input: a very long paragraph holds thousands of mentions and quotes, so the
lookups events and quotes make by position must not scan them all each time. These tests pin
the indexed lookups to the plain scans they replace (same answers, ties included)."""

from __future__ import annotations

import random

import pytest

from storyline.actors.lookup import SCAN_LIMIT, mention_at, nearby
from storyline.quotes.extract import _link_parents
from storyline.quotes.names import NameIndex
from storyline.records import Cue, Mention, Quote

pytestmark = pytest.mark.issue(3)


def _mentions(rng: random.Random, n: int) -> list[Mention]:
    """Random, overlapping, unsorted mentions, some coded, a few long."""
    out = []
    for i in range(n):
        start = rng.randrange(0, 5_000)
        length = rng.choice([3, 5, 8, 12, 20, 40]) if rng.random() > 0.02 else 400
        out.append(Mention(id=f"m{i}", article_id="a", span=(start, start + length),
                           text="x" * length, kind="ORG", entity=f"e{i}",
                           country=rng.choice([None, "RUS", "CHN"])))
    return out


def _scan_mention_at(mentions: list[Mention], start: int, end: int) -> Mention | None:
    """The pre-index lookup: smallest containing mention, else the largest overlap."""
    containing = [m for m in mentions if m.span[0] <= start and end <= m.span[1]]
    if containing:
        return min(containing, key=lambda m: (m.span[1] - m.span[0], m.country is None))
    over = [(m, max(0, min(m.span[1], end) - max(m.span[0], start))) for m in mentions]
    over = [(m, n) for m, n in over if n > 0]
    return max(over, key=lambda mn: (mn[1], mn[0].country is not None))[0] if over else None


def test_issue_3_indexed_mention_lookup_matches_a_full_scan() -> None:
    rng = random.Random(3)
    mentions = _mentions(rng, 2_000)
    for _ in range(3_000):
        start = rng.randrange(-50, 5_100)
        end = start + rng.choice([1, 4, 10, 30])
        assert mention_at(mentions, start, end) is _scan_mention_at(mentions, start, end)


def test_issue_3_mention_index_follows_a_growing_list() -> None:
    rng = random.Random(4)
    mentions = _mentions(rng, SCAN_LIMIT + 10)
    assert mention_at(mentions, 0, 5_000) is not None  # builds the index
    late = Mention(id="late", article_id="a", span=(9_000, 9_005), text="Putin", kind="PERSON",
                   entity="p", country="RUS")
    mentions.append(late)  # the actors stage appends; the index must not go stale
    assert mention_at(mentions, 9_001, 9_003) is late
    assert nearby(mentions[:5], 0, 1) == mentions[:5]  # short lists are scanned as they are


def test_issue_3_name_index_positions_match_a_full_scan() -> None:
    rng = random.Random(5)
    index = NameIndex()
    pos = 0
    for i in range(1_500):  # entities as spaCy gives them: in order, never overlapping
        length = rng.randrange(2, 25)
        index.add(pos, pos + length, f"Name{i} Person{i}", rng.choice(["PERSON", "ORG", "GPE"]))
        pos += length + rng.randrange(0, 30)
    for _ in range(2_000):
        start = rng.randrange(0, pos + 10)
        end = start + rng.randrange(1, 40)
        hits = [m for m in index.mentions if m.start < end and start < m.end]
        expected = max(hits, key=lambda m: m.end - m.start) if hits else None
        assert index.at(start, end) is expected
        before = [m for m in index.mentions if m.end <= start and m.label == "ORG"]
        assert index.last_before(start, ("ORG",)) is (before[-1] if before else None)


def test_issue_3_nested_quotes_link_to_the_smallest_enclosing_quote() -> None:
    rng = random.Random(6)
    quotes = []
    for i in range(600):
        start = rng.randrange(0, 20_000)
        end = start + rng.choice([30, 80, 200, 1_500])
        cue_at = rng.randrange(start - 50, end + 50)
        cue = Cue("said", "say", (cue_at, cue_at + 4)) if rng.random() > 0.1 else None
        quotes.append(Quote(id=f"q{i}", article_id="a", span=(start, end), text="", kind="direct",
                            cue=cue))
    expected = {}
    for q in quotes:
        if q.cue is None:
            continue
        outer = [p for p in quotes if p is not q and p.span[0] <= q.cue.span[0]
                 and q.cue.span[1] <= p.span[1]]
        if outer:
            expected[q.id] = min(outer, key=lambda p: p.span[1] - p.span[0]).id
    _link_parents(quotes)
    assert {q.id: q.parent_id for q in quotes if q.parent_id} == expected
    assert expected  # the random layout does nest some quotes


def _scan_quotes(text: str) -> list[tuple[int, int, bool]]:
    """The pre-index quote finder: every character tried as an opening mark."""
    from storyline.quotes import marks

    found, i = [], 0
    while i < len(text):
        if marks._is_opener(text, i):
            end, closed = marks._close(text, i)
            if end - i > 2:
                found.append((i, end, closed))
                i = end
                continue
        i += 1
    return found


def test_issue_3_quote_marks_found_by_jumping_match_a_character_scan() -> None:
    from storyline.quotes.marks import find_quotes

    rng = random.Random(7)
    alphabet = "ab c\n\"“”‘’'«»„‹›,.(—"
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 300)))
             for _ in range(2_000)]
    assert all(find_quotes(t) == _scan_quotes(t) for t in texts)
    assert sum(bool(find_quotes(t)) for t in texts) > 1_000  # marks do pair up in most


def test_issue_3_name_index_out_of_order_starts_still_found() -> None:
    """A person's start moved left (to a title before the entity) may precede an earlier
    name's: the lookup must still find both."""
    index = NameIndex()
    index.add(40, 52, "Sergei Shoigu", "PERSON")
    index.add(30, 60, "Defense Minister Li Shangfu", "PERSON")
    index.add(70, 76, "Moscow", "GPE")
    assert index.mentions[1].start < index.mentions[0].start  # starts out of order
    assert index.at(31, 35) is index.mentions[1]
    assert index.at(72, 74) is index.mentions[2]
