"""The PolNeAR-train body blind set (benchmarks/cameo_polnear_body.py): the salted-hash order, the
even-hash and exclusion rule, the deep-body position pick, sha1 check, XML shape, and the
codings."""

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
    """The builder, imported the way it runs (its folder first on sys.path)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.syspath_prepend(str(REPO / "benchmarks"))
        return importlib.import_module("cameo_polnear_body")


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


def make_shared(tmp_path: Path, body: ModuleType) -> Path:
    """A fake ``shared`` folder: three even-hash articles and an odd-hash one."""
    root = tmp_path / "shared" / body.intl.TRAIN
    root.mkdir(parents=True)
    for name, text in ((FIRST, LONG), (SECOND, EIGHT), (THIRD, LONG), (ODD, LONG)):
        (root / name).write_text(text, "utf-8")
    return tmp_path / "shared"


def test_issue_3_polnear_body_selection_and_build(body: ModuleType, tmp_path: Path) -> None:
    """Candidates in salted-hash order without the odd-hash article; only the first M articles
    give sentences; the XML has one ``body_``-prefixed sentence per coding (noevents where
    none); a changed article fails the sha1 check."""
    shared = make_shared(tmp_path, body)
    assert [p.name for p in body.candidates(shared)] == [FIRST, SECOND, THIRD]
    picked = body.selected(shared, articles=2)
    assert [doc for doc, _ in picked] == [FIRST] * 3 + [SECOND] * 2
    assert [span for _, span in picked[:3]] == body.doc_picks(LONG)
    event = {"eventcode": "111", "sourcecode": "USAPTY", "targetcode": "USALEG"}
    codings = tmp_path / "codings.jsonl"
    codings.write_text("".join(
        json.dumps({"doc": doc, "start": s.start, "end": s.end,
                    "text_sha1": body.polnear.sha1(s.text),
                    "events": [] if n else [event]}) + "\n"
        for n, (doc, s) in enumerate(picked)), "utf-8")
    sentences = ET.fromstring(body.build(shared, codings)).findall("Sentence")
    assert [s.get("id") for s in sentences] == [
        f"body_{doc.removesuffix('.txt')}-{s.start}" for doc, s in picked]
    assert sentences[0].find("EventCoding").attrib == event  # type: ignore[union-attr]
    assert [c.attrib for s in sentences[1:] for c in s.iter("EventCoding")] == [
        {"noevents": "True"}] * (len(picked) - 1)
    assert body.main(["--shared", str(tmp_path / "nowhere"), str(tmp_path / "x.xml")]) == 1
    assert not (tmp_path / "x.xml").exists()
    (shared / body.intl.TRAIN / FIRST).write_text(LONG.replace("fourth", "4th"), "utf-8")
    with pytest.raises(body.intl.BuildError, match="sha1 check failed"):
        body.build(shared, codings)


def test_issue_3_polnear_body_codings_are_well_formed(body: ModuleType) -> None:
    """Every event has the five fields, Phoenix-shaped actor codes and a CAMEO code; the
    sentence ids are unique; no article of the other sets, none with an odd hash, at most one
    sentence per position from at most ``ARTICLES`` articles, in the rule's article order (no
    ``../shared`` needed)."""
    rows = [json.loads(line) for line in body.CODINGS.read_text("utf-8").splitlines()]
    assert len({(r["doc"], r["start"]) for r in rows}) == len(rows) > 100
    for event in (e for r in rows for e in r["events"]):
        assert set(event) == {"eventcode", "sourcecode", "targetcode", "plover", "trigger"}
        assert re.fullmatch(r"\d{3,4}", event["eventcode"]) and event["trigger"]
        assert all(re.fullmatch(r"([A-Z]{3}|---)[A-Z]{0,6}", event[k])
                   for k in ("sourcecode", "targetcode"))
    docs = [r["doc"] for r in rows]
    assert all(body.even_hash(d) for d in docs)
    assert not set(docs) & body.excluded_docs()
    assert len(set(docs)) <= body.ARTICLES
    assert max(docs.count(d) for d in docs) <= len(body.POSITIONS)
    order = list(dict.fromkeys(docs))
    assert order == sorted(order, key=body.order_key)


def test_issue_3_polnear_body_excludes_the_other_sets(body: ModuleType) -> None:
    """The excluded articles are those of the international, conflict, mixed and leads sets."""
    other = set()
    for name in OTHER_SETS:
        other |= {c.doc for c in body.polnear.load_codings(REPO / "benchmarks" / "cameo" / name)}
    assert body.excluded_docs() == other


@pytest.mark.skipif(not TRAIN_TEXTS.is_dir(), reason=f"needs {TRAIN_TEXTS} (PolNeAR train texts)")
def test_issue_3_polnear_body_codings_match_the_selection_rule(body: ModuleType,
                                                              tmp_path: Path) -> None:
    """The codings are exactly the picked sentences, in order, every sha1 matching; no article
    of the international, conflict, mixed or leads set and no odd-hash article; PLOVER types
    are the crosswalk's (root 02, absent from it, REQUEST); the XML builds in full."""
    polnear = body.polnear
    excluded = body.excluded_docs()
    assert len(excluded) == 325
    picked = [(d, s.start, s.end, polnear.sha1(s.text)) for d, s in body.selected(SHARED)]
    coded = [(c.doc, c.start, c.end, c.text_sha1) for c in polnear.load_codings(body.CODINGS)]
    assert coded == picked and len(coded) == 150
    docs = {c[0] for c in coded}
    assert not docs & excluded and all(body.even_hash(d) for d in docs)
    assert len(body.candidates(SHARED)) == 189 and len(docs) == 54
    types = {code: plover for code, (plover, _) in crosswalk().items()}
    rows = [json.loads(line) for line in body.CODINGS.read_text("utf-8").splitlines()]
    events = [e for row in rows for e in row["events"]]
    assert events and all(
        e["plover"] == (types[e["eventcode"]] if e["eventcode"] in types else "REQUEST")
        for e in events)
    assert all(e["eventcode"] in types or e["eventcode"].startswith("02") for e in events)
    out = tmp_path / "set.xml"
    assert body.main(["--shared", str(SHARED), str(out)]) == 0
    assert len(ET.parse(out).getroot().findall("Sentence")) == len(coded)
