"""The PolNeAR-train leads blind set (benchmarks/cameo_polnear_leads.py): the salted-hash order,
the even-hash and exclusion rule, the lead selection, sha1 check, XML shape, and the codings."""

from __future__ import annotations

import hashlib
from pathlib import Path
from types import ModuleType

import pytest

import offset_sets as sets

pytestmark = pytest.mark.issue(3)

LEAD = (
    "Senate Passes Budget After Long Night.\n\n"
    "By Jane Doe\n\n"
    "The Senate passed the budget on Monday after a long night of debate. "
    "The vote was close, with two members absent.\n\n"
    "Democrats criticized the bill in a statement on Tuesday morning.\n"
)
SHORT = "Short One.\n\nPhoto: AP\n\nThe governor signed the bill into law on Friday afternoon.\n"
# Even file-name hashes; name order p, r, x but salted-hash order p, x, r. q has an odd hash.
FIRST, SECOND, THIRD = "p_2016-02-05_lead.txt", "x_2016-02-01_lead.txt", "r_2016-02-01_lead.txt"
ODD = "q_2016-02-01_lead.txt"


@pytest.fixture(scope="module")
def leads() -> ModuleType:
    return sets.import_builder("cameo_polnear_leads")


def test_issue_3_polnear_leads_order_and_even_hash(leads: ModuleType) -> None:
    """The order key is the sha1 of "leads:" + file name; only even file-name hashes qualify."""
    assert leads.order_key(FIRST) == hashlib.sha1(b"leads:" + FIRST.encode()).hexdigest()
    assert sorted([THIRD, SECOND, FIRST], key=leads.order_key) == [FIRST, SECOND, THIRD]
    assert all(leads.even_hash(n) for n in (FIRST, SECOND, THIRD)) and not leads.even_hash(ODD)


def test_issue_3_polnear_leads_doc_picks(leads: ModuleType) -> None:
    """The first prose sentences after the headline, no keyword needed; bylines and captions are
    skipped; an article with fewer prose sentences gives what it has."""
    expected = ["The Senate passed the budget on Monday after a long night of debate.",
                "The vote was close, with two members absent.",
                "Democrats criticized the bill in a statement on Tuesday morning."]
    picks = leads.doc_picks(LEAD)
    assert [s.text for s in picks] == expected[:leads.SENTENCES_PER_DOC]
    assert all(LEAD[s.start:s.end] == s.text for s in picks)
    assert [s.text for s in leads.doc_picks(LEAD, 3)] == expected
    assert [s.text for s in leads.doc_picks(SHORT, 3)] == [
        "The governor signed the bill into law on Friday afternoon."]


def test_issue_3_polnear_leads_selection_and_build(leads: ModuleType, tmp_path: Path) -> None:
    """Candidates in salted-hash order without the odd-hash article; only the first M articles
    give sentences; the XML has one ``leads_``-prefixed sentence per coding (noevents where
    none); a changed article fails the sha1 check."""
    # a fake ``shared`` folder: three even-hash articles and an odd-hash one
    shared = sets.fake_shared(tmp_path, leads.intl.TRAIN,
                              dict.fromkeys((FIRST, SECOND, THIRD, ODD), LEAD))
    assert [p.name for p in leads.candidates(shared)] == [FIRST, SECOND, THIRD]
    picked = leads.selected(shared, articles=2, per_doc=2)
    assert [doc for doc, _ in picked] == [FIRST, FIRST, SECOND, SECOND]
    assert [span for _, span in picked[:2]] == leads.doc_picks(LEAD, 2)
    event = {"eventcode": "111", "sourcecode": "USAPTY", "targetcode": "USALEG"}
    sets.check_build(leads, shared, picked, "leads", event, tmp_path,
                     (shared / leads.intl.TRAIN / FIRST, LEAD.replace("Monday", "Sunday")))


def test_issue_3_polnear_leads_codings_are_well_formed(leads: ModuleType) -> None:
    """Every event has the five fields, Phoenix-shaped actor codes and a CAMEO code; the
    sentence ids are unique; no article of the other sets, none with an odd hash, at most
    ``SENTENCES_PER_DOC`` sentences from ``ARTICLES`` articles (no ``../shared`` needed)."""
    docs = sets.check_well_formed(leads)
    assert len(set(docs)) == leads.ARTICLES
    assert max(docs.count(d) for d in docs) <= leads.SENTENCES_PER_DOC
    assert sets.in_salted_order(leads, docs)


def test_issue_3_polnear_leads_excludes_the_other_sets(leads: ModuleType) -> None:
    """The excluded articles are those of the international, conflict and mixed sets."""
    assert leads.excluded_docs() == sets.coded_docs(leads, "polnear_intl_events.jsonl",
                                                    "polnear_conflict_events.jsonl",
                                                    "polnear_mixed_events.jsonl")


@sets.needs_train_texts
def test_issue_3_polnear_leads_codings_match_the_selection_rule(leads: ModuleType,
                                                               tmp_path: Path) -> None:
    """The codings are exactly the picked sentences, in order, every sha1 matching; no article
    of the international, conflict or mixed set and no odd-hash article; PLOVER types are the
    crosswalk's (root 02, absent from it, REQUEST); the XML builds in full."""
    coded = sets.check_train_codings(leads, tmp_path, excluded=250)
    assert len(coded) == 149
