"""The PolNeAR-train body blind set (benchmarks/cameo_polnear_body.py): the salted-hash order, the
even-hash and exclusion rule, the deep-body position pick, sha1 check, XML shape, and the
codings."""

from __future__ import annotations

import hashlib
from pathlib import Path
from types import ModuleType

import pytest

import offset_sets as sets

pytestmark = pytest.mark.issue(3)

ORDINALS = "first second third fourth fifth sixth seventh eighth ninth tenth eleventh".split()


def prose(n: int) -> str:
    """The ``n``-th (1-based) prose sentence of the tiny articles below."""
    return f"The {ORDINALS[n - 1]} sentence of this story says what the council did."


def article(count: int) -> str:
    """A headline, a byline, a photo caption after the first paragraph and ``count`` prose
    sentences, two to a paragraph (so the splitter is exercised inside a line too)."""
    paragraphs = [" ".join(prose(n) for n in range(k, min(k + 2, count + 1)))
                  for k in range(1, count + 1, 2)]
    paragraphs[1:1] = ["Photo: AP"] if count > 2 else []
    return "Council Passes Budget After Long Night.\n\nBy Jane Doe\n\n" + "\n\n".join(
        paragraphs) + "\n"


LONG, EIGHT, THREE = article(11), article(8), article(3)
# Even file-name hashes; name order THIRD, FIRST, SECOND, salted-hash order FIRST, SECOND,
# THIRD. ODD has an odd hash.
FIRST, SECOND, THIRD = "a_2016-03-04_body.txt", "a_2016-03-07_body.txt", "a_2016-03-01_body.txt"
ODD = "a_2016-03-02_body.txt"
OTHER_SETS = ("polnear_intl_events.jsonl", "polnear_conflict_events.jsonl",
              "polnear_mixed_events.jsonl", "polnear_leads_events.jsonl")


@pytest.fixture(scope="module")
def body() -> ModuleType:
    return sets.import_builder("cameo_polnear_body")


def test_issue_3_polnear_body_order_and_even_hash(body: ModuleType) -> None:
    """The order key is the sha1 of "body:" + file name; only even file-name hashes qualify."""
    assert body.order_key(FIRST) == hashlib.sha1(b"body:" + FIRST.encode()).hexdigest()
    assert sorted([THIRD, SECOND, FIRST]) == [THIRD, FIRST, SECOND]
    assert sorted([THIRD, SECOND, FIRST], key=body.order_key) == [FIRST, SECOND, THIRD]
    assert all(body.even_hash(n) for n in (FIRST, SECOND, THIRD)) and not body.even_hash(ODD)


def test_issue_3_polnear_body_doc_picks(body: ModuleType) -> None:
    """The 4th, 7th and 10th prose sentences after the headline, byline and caption not
    counted, no keyword needed; an article with fewer gives the positions it has."""
    assert body.POSITIONS == (4, 7, 10)
    picks = body.doc_picks(LONG)
    assert [s.text for s in picks] == [prose(4), prose(7), prose(10)]
    assert all(LONG[s.start:s.end] == s.text for s in picks)
    assert [s.text for s in body.doc_picks(EIGHT)] == [prose(4), prose(7)]
    assert body.doc_picks(THREE) == []
    assert [s.text for s in body.doc_picks(LONG, (1, 11, 12))] == [prose(1), prose(11)]


def test_issue_3_polnear_body_selection_and_build(body: ModuleType, tmp_path: Path) -> None:
    """Candidates in salted-hash order without the odd-hash article; only the first M articles
    give sentences; the XML has one ``body_``-prefixed sentence per coding (noevents where
    none); a changed article fails the sha1 check."""
    # a fake ``shared`` folder: three even-hash articles and an odd-hash one
    shared = sets.fake_shared(tmp_path, body.intl.TRAIN,
                              {FIRST: LONG, SECOND: EIGHT, THIRD: LONG, ODD: LONG})
    assert [p.name for p in body.candidates(shared)] == [FIRST, SECOND, THIRD]
    picked = body.selected(shared, articles=2)
    assert [doc for doc, _ in picked] == [FIRST] * 3 + [SECOND] * 2
    assert [span for _, span in picked[:3]] == body.doc_picks(LONG)
    event = {"eventcode": "111", "sourcecode": "USAPTY", "targetcode": "USALEG"}
    sets.check_build(body, shared, picked, "body", event, tmp_path,
                     (shared / body.intl.TRAIN / FIRST, LONG.replace("fourth", "4th")))


def test_issue_3_polnear_body_codings_are_well_formed(body: ModuleType) -> None:
    """Every event has the five fields, Phoenix-shaped actor codes and a CAMEO code; the
    sentence ids are unique; no article of the other sets, none with an odd hash, at most one
    sentence per position from at most ``ARTICLES`` articles, in the rule's article order (no
    ``../shared`` needed)."""
    docs = sets.check_well_formed(body)
    assert len(set(docs)) <= body.ARTICLES
    assert max(docs.count(d) for d in docs) <= len(body.POSITIONS)
    assert sets.in_salted_order(body, docs)


def test_issue_3_polnear_body_excludes_the_other_sets(body: ModuleType) -> None:
    """The excluded articles are those of the international, conflict, mixed and leads sets."""
    assert body.excluded_docs() == sets.coded_docs(body, *OTHER_SETS)


@sets.needs_train_texts
def test_issue_3_polnear_body_codings_match_the_selection_rule(body: ModuleType,
                                                              tmp_path: Path) -> None:
    """The codings are exactly the picked sentences, in order, every sha1 matching; no article
    of the international, conflict, mixed or leads set and no odd-hash article; PLOVER types
    are the crosswalk's (root 02, absent from it, REQUEST); the XML builds in full."""
    coded = sets.check_train_codings(body, tmp_path, excluded=325)
    assert len(coded) == 150
    assert len(body.candidates(sets.SHARED)) == 189 and len({c[0] for c in coded}) == 54
