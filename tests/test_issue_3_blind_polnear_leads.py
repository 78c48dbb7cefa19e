"""The PolNeAR-train leads blind set (benchmarks/cameo_polnear_leads.py): the salted-hash order,
the even-hash and exclusion rule, the lead selection, sha1 check, XML shape, and the codings."""

from __future__ import annotations

import hashlib
import importlib
import json
import os
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

from storyline.events.codebook import crosswalk

pytestmark = pytest.mark.issue(3)

REPO = Path(__file__).resolve().parents[1]
# ../shared beside the checkout; STORYLINE_SHARED points elsewhere (a worktree outside /work)
SHARED = Path(os.environ.get("STORYLINE_SHARED", REPO.parent / "shared"))
TRAIN_TEXTS = SHARED / "eval" / "quotes" / "polnear" / "data" / "train" / "text"

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
    """The builder, imported the way it runs (its folder first on sys.path)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.syspath_prepend(str(REPO / "benchmarks"))
        return importlib.import_module("cameo_polnear_leads")


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


def make_shared(tmp_path: Path, leads: ModuleType) -> Path:
    """A fake ``shared`` folder: three even-hash articles and an odd-hash one."""
    root = tmp_path / "shared" / leads.intl.TRAIN
    root.mkdir(parents=True)
    for name in (FIRST, SECOND, THIRD, ODD):
        (root / name).write_text(LEAD, "utf-8")
    return tmp_path / "shared"


def test_issue_3_polnear_leads_selection_and_build(leads: ModuleType, tmp_path: Path) -> None:
    """Candidates in salted-hash order without the odd-hash article; only the first M articles
    give sentences; the XML has one ``leads_``-prefixed sentence per coding (noevents where
    none); a changed article fails the sha1 check."""
    shared = make_shared(tmp_path, leads)
    assert [p.name for p in leads.candidates(shared)] == [FIRST, SECOND, THIRD]
    picked = leads.selected(shared, articles=2, per_doc=2)
    assert [doc for doc, _ in picked] == [FIRST, FIRST, SECOND, SECOND]
    assert [span for _, span in picked[:2]] == leads.doc_picks(LEAD, 2)
    event = {"eventcode": "111", "sourcecode": "USAPTY", "targetcode": "USALEG"}
    codings = tmp_path / "codings.jsonl"
    codings.write_text("".join(
        json.dumps({"doc": doc, "start": s.start, "end": s.end,
                    "text_sha1": leads.polnear.sha1(s.text),
                    "events": [] if n else [event]}) + "\n"
        for n, (doc, s) in enumerate(picked)), "utf-8")
    sentences = ET.fromstring(leads.build(shared, codings)).findall("Sentence")
    assert [s.get("id") for s in sentences] == [
        f"leads_{doc.removesuffix('.txt')}-{s.start}" for doc, s in picked]
    assert sentences[0].find("EventCoding").attrib == event  # type: ignore[union-attr]
    assert [c.attrib for s in sentences[1:] for c in s.iter("EventCoding")] == [
        {"noevents": "True"}] * (len(picked) - 1)
    assert leads.main(["--shared", str(tmp_path / "nowhere"), str(tmp_path / "x.xml")]) == 1
    assert not (tmp_path / "x.xml").exists()
    (shared / leads.intl.TRAIN / FIRST).write_text(LEAD.replace("Monday", "Sunday"), "utf-8")
    with pytest.raises(leads.intl.BuildError, match="sha1 check failed"):
        leads.build(shared, codings)


def test_issue_3_polnear_leads_codings_are_well_formed(leads: ModuleType) -> None:
    """Every event has the five fields, Phoenix-shaped actor codes and a CAMEO code; the
    sentence ids are unique; no article of the other sets, none with an odd hash, at most
    ``SENTENCES_PER_DOC`` sentences from ``ARTICLES`` articles (no ``../shared`` needed)."""
    rows = [json.loads(line) for line in leads.CODINGS.read_text("utf-8").splitlines()]
    assert len({(r["doc"], r["start"]) for r in rows}) == len(rows) > 100
    for event in (e for r in rows for e in r["events"]):
        assert set(event) == {"eventcode", "sourcecode", "targetcode", "plover", "trigger"}
        assert re.fullmatch(r"\d{3,4}", event["eventcode"]) and event["trigger"]
        assert all(re.fullmatch(r"([A-Z]{3}|---)[A-Z]{0,6}", event[k])
                   for k in ("sourcecode", "targetcode"))
    docs = [r["doc"] for r in rows]
    assert all(leads.even_hash(d) for d in docs)
    assert not set(docs) & leads.excluded_docs()
    assert len(set(docs)) == leads.ARTICLES
    assert max(docs.count(d) for d in docs) <= leads.SENTENCES_PER_DOC
    order = list(dict.fromkeys(docs))
    assert order == sorted(order, key=leads.order_key)


def test_issue_3_polnear_leads_excludes_the_other_sets(leads: ModuleType) -> None:
    """The excluded articles are those of the international, conflict and mixed sets."""
    polnear = leads.polnear
    other = set()
    for name in ("polnear_intl_events.jsonl", "polnear_conflict_events.jsonl",
                 "polnear_mixed_events.jsonl"):
        other |= {c.doc for c in polnear.load_codings(REPO / "benchmarks" / "cameo" / name)}
    assert leads.excluded_docs() == other


@pytest.mark.skipif(not TRAIN_TEXTS.is_dir(), reason=f"needs {TRAIN_TEXTS} (PolNeAR train texts)")
def test_issue_3_polnear_leads_codings_match_the_selection_rule(leads: ModuleType,
                                                               tmp_path: Path) -> None:
    """The codings are exactly the picked sentences, in order, every sha1 matching; no article
    of the international, conflict or mixed set and no odd-hash article; PLOVER types are the
    crosswalk's (root 02, absent from it, REQUEST); the XML builds in full."""
    polnear = leads.polnear
    excluded = leads.excluded_docs()
    assert len(excluded) == 250
    picked = [(d, s.start, s.end, polnear.sha1(s.text)) for d, s in leads.selected(SHARED)]
    coded = [(c.doc, c.start, c.end, c.text_sha1) for c in polnear.load_codings(leads.CODINGS)]
    assert coded == picked and len(coded) == 149
    docs = {c[0] for c in coded}
    assert not docs & excluded and all(leads.even_hash(d) for d in docs)
    types = {code: plover for code, (plover, _) in crosswalk().items()}
    rows = [json.loads(line) for line in leads.CODINGS.read_text("utf-8").splitlines()]
    events = [e for row in rows for e in row["events"]]
    assert events and all(
        e["plover"] == (types[e["eventcode"]] if e["eventcode"] in types else "REQUEST")
        for e in events)
    assert all(e["eventcode"] in types or e["eventcode"].startswith("02") for e in events)
    out = tmp_path / "set.xml"
    assert leads.main(["--shared", str(SHARED), str(out)]) == 0
    assert len(ET.parse(out).getroot().findall("Sentence")) == len(coded)
