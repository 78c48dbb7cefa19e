"""The PolNeAR-train mixed blind set (benchmarks/cameo_polnear_mixed.py): keywords, the
even-hash and exclusion rule, selection, sha1 check, XML shape, and the codings themselves."""

from __future__ import annotations

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
    """The builder, imported the way it runs (its folder first on sys.path)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.syspath_prepend(str(REPO / "benchmarks"))
        return importlib.import_module("cameo_polnear_mixed")


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


def make_shared(tmp_path: Path, mixed: ModuleType) -> Path:
    """A fake ``shared`` folder: the same article under an even and an odd file name, and a
    calm article with too few keywords."""
    root = tmp_path / "shared" / mixed.intl.TRAIN
    root.mkdir(parents=True)
    for name in (EVEN, ODD):
        (root / name).write_text(TALKS, "utf-8")
    (root / CALM).write_text("Calm.\n\nNo talks were needed today at all, he said.\n", "utf-8")
    return tmp_path / "shared"


def test_issue_3_polnear_mixed_build_and_sha1(mixed: ModuleType, tmp_path: Path) -> None:
    """The odd-hash copy is never picked; the XML has one ``mixed_``-prefixed sentence per
    coding (noevents where none); a changed article fails the sha1 check."""
    shared = make_shared(tmp_path, mixed)
    picked = mixed.selected(shared)
    assert {doc for doc, _ in picked} == {EVEN}
    assert [span for _, span in picked] == mixed.doc_picks(TALKS)
    event = {"eventcode": "040", "sourcecode": "FRAGOV", "targetcode": "DEUGOV"}
    codings = tmp_path / "codings.jsonl"
    codings.write_text("".join(
        json.dumps({"doc": doc, "start": s.start, "end": s.end,
                    "text_sha1": mixed.polnear.sha1(s.text),
                    "events": [] if n else [event]}) + "\n"
        for n, (doc, s) in enumerate(picked)), "utf-8")
    sentences = ET.fromstring(mixed.build(shared, codings)).findall("Sentence")
    assert [s.get("id") for s in sentences] == [f"mixed_{EVEN.removesuffix('.txt')}-{s.start}"
                                                for _, s in picked]
    assert sentences[0].find("EventCoding").attrib == event  # type: ignore[union-attr]
    assert [c.attrib for s in sentences[1:] for c in s.iter("EventCoding")] == [
        {"noevents": "True"}] * (len(picked) - 1)
    assert mixed.main(["--shared", str(tmp_path / "nowhere"), str(tmp_path / "x.xml")]) == 1
    assert not (tmp_path / "x.xml").exists()
    (shared / mixed.intl.TRAIN / EVEN).write_text(TALKS.replace("Geneva", "Vienna"), "utf-8")
    with pytest.raises(mixed.intl.BuildError, match="sha1 check failed"):
        mixed.build(shared, codings)


def test_issue_3_polnear_mixed_codings_are_well_formed(mixed: ModuleType) -> None:
    """Every event has the five fields, Phoenix-shaped actor codes and a CAMEO code; the
    sentence ids are unique (no ``../shared`` needed)."""
    rows = [json.loads(line) for line in mixed.CODINGS.read_text("utf-8").splitlines()]
    assert len({(r["doc"], r["start"]) for r in rows}) == len(rows) > 100
    for event in (e for r in rows for e in r["events"]):
        assert set(event) == {"eventcode", "sourcecode", "targetcode", "plover", "trigger"}
        assert re.fullmatch(r"\d{3,4}", event["eventcode"]) and event["trigger"]
        assert all(re.fullmatch(r"([A-Z]{3}|---)[A-Z]{0,6}", event[k])
                   for k in ("sourcecode", "targetcode"))
    assert all(mixed.even_hash(r["doc"]) for r in rows)
    assert not {r["doc"] for r in rows} & mixed.excluded_docs()


@pytest.mark.skipif(not TRAIN_TEXTS.is_dir(), reason=f"needs {TRAIN_TEXTS} (PolNeAR train texts)")
def test_issue_3_polnear_mixed_codings_match_the_selection_rule(mixed: ModuleType,
                                                               tmp_path: Path) -> None:
    """The codings are exactly the picked sentences, in order, every sha1 matching; no article
    of the international or conflict set and no odd-hash article; PLOVER types are the
    crosswalk's (root 02, absent from it, REQUEST); the XML builds in full."""
    polnear = mixed.polnear
    excluded = mixed.excluded_docs()
    assert len(excluded) == 215
    picked = [(d, s.start, s.end, polnear.sha1(s.text)) for d, s in mixed.selected(SHARED)]
    coded = [(c.doc, c.start, c.end, c.text_sha1) for c in polnear.load_codings(mixed.CODINGS)]
    assert coded == picked
    docs = {c[0] for c in coded}
    assert not docs & excluded and all(mixed.even_hash(d) for d in docs)
    types = {code: plover for code, (plover, _) in crosswalk().items()}
    rows = [json.loads(line) for line in mixed.CODINGS.read_text("utf-8").splitlines()]
    events = [e for row in rows for e in row["events"]]
    assert events and all(
        e["plover"] == (types[e["eventcode"]] if e["eventcode"] in types else "REQUEST")
        for e in events)
    assert all(e["eventcode"] in types or e["eventcode"].startswith("02") for e in events)
    out = tmp_path / "set.xml"
    assert mixed.main(["--shared", str(SHARED), str(out)]) == 0
    assert len(ET.parse(out).getroot().findall("Sentence")) == len(coded)
