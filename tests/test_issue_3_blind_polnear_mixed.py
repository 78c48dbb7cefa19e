"""The PolNeAR-train mixed blind set (benchmarks/cameo_polnear_mixed.py): keywords, the
even-hash and exclusion rule, selection, sha1 check, XML shape, and the codings themselves."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest

import offset_sets as sets

pytestmark = pytest.mark.issue(3)

TALKS = (
    "Leaders Meet, Agree On Deal.\n\n"
    "The governor spoke about the state budget for an hour on Monday.\n\n"
    "The two presidents met in Geneva on Monday for talks about trade. "
    "They agreed to sign a deal next year. "
    "Critics condemned the agreement on Tuesday in a statement.\n\n"
    "The opposition called  on parliament to veto the treaty before the summer.\n"
)
EVEN, ODD, CALM = "d_2016-01-04_talks.txt", "a_2016-01-01_talks.txt", "c_2016-01-03_calm.txt"


@pytest.fixture(scope="module")
def mixed() -> ModuleType:
    return sets.import_builder("cameo_polnear_mixed")


def test_issue_3_polnear_mixed_keywords(mixed: ModuleType) -> None:
    """Whole words in any case; "called on" with any spacing; unlisted inflections and words
    containing a keyword do not match."""
    assert mixed.keywords("They MET and Called\non the Senate to Veto it") == {
        "met", "called-on", "veto"}
    assert mixed.keywords("a counterattack, metal talkshow, re-met, supporter, calls on") == set()
    assert 60 <= len(mixed.KEYWORDS) <= 80 and len(set(mixed.KEYWORDS)) == len(mixed.KEYWORDS)


def test_issue_3_polnear_mixed_even_hash(mixed: ModuleType) -> None:
    """Only articles whose file-name sha1 starts with an even hex digit may be used."""
    assert mixed.even_hash(EVEN) and mixed.even_hash(CALM) and not mixed.even_hash(ODD)


def test_issue_3_polnear_mixed_selection_rule(mixed: ModuleType) -> None:
    """Enough distinct keywords after the headline: the first prose sentences with one; too
    few (the headline does not count): nothing."""
    picks = mixed.doc_picks(TALKS)
    expected = ["The two presidents met in Geneva on Monday for talks about trade.",
                "They agreed to sign a deal next year.",
                "Critics condemned the agreement on Tuesday in a statement.",
                "The opposition called  on parliament to veto the treaty before the summer."]
    assert [s.text for s in picks] == expected[:mixed.SENTENCES_PER_DOC]
    assert all(TALKS[s.start:s.end] == s.text for s in picks)
    calm = "Leaders Meet, Agree On Deal.\n\nThe presidents met for talks on Monday morning.\n"
    assert mixed.keywords(calm) and mixed.doc_picks(calm) == []


def test_issue_3_polnear_mixed_build_and_sha1(mixed: ModuleType, tmp_path: Path) -> None:
    """The odd-hash copy is never picked; the XML has one ``mixed_``-prefixed sentence per
    coding (noevents where none); a changed article fails the sha1 check."""
    # a fake ``shared`` folder: the same article under an even and an odd file name, and a
    # calm article with too few keywords
    calm = "Calm.\n\nNo talks were needed today at all, he said.\n"
    shared = sets.fake_shared(tmp_path, mixed.intl.TRAIN, {EVEN: TALKS, ODD: TALKS, CALM: calm})
    picked = mixed.selected(shared)
    assert {doc for doc, _ in picked} == {EVEN}
    assert [span for _, span in picked] == mixed.doc_picks(TALKS)
    event = {"eventcode": "040", "sourcecode": "FRAGOV", "targetcode": "DEUGOV"}
    sets.check_build(mixed, shared, picked, "mixed", event, tmp_path,
                     (shared / mixed.intl.TRAIN / EVEN, TALKS.replace("Geneva", "Vienna")))


def test_issue_3_polnear_mixed_codings_are_well_formed(mixed: ModuleType) -> None:
    """Every event has the five fields, Phoenix-shaped actor codes and a CAMEO code; the
    sentence ids are unique; no article of the other sets, none with an odd hash (no
    ``../shared`` needed)."""
    sets.check_well_formed(mixed)


@sets.needs_train_texts
def test_issue_3_polnear_mixed_codings_match_the_selection_rule(mixed: ModuleType,
                                                               tmp_path: Path) -> None:
    """The codings are exactly the picked sentences, in order, every sha1 matching; no article
    of the international or conflict set and no odd-hash article; PLOVER types are the
    crosswalk's (root 02, absent from it, REQUEST); the XML builds in full."""
    sets.check_train_codings(mixed, tmp_path, excluded=215)
