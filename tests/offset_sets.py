"""Checks shared by the tests of the offset-coded CAMEO blind-set builders
(``benchmarks/cameo_polnear*.py``, ``benchmarks/cameo_wcxb.py``): importing a builder, a fake
``shared`` folder, the XML a builder writes from codings, and the well-formedness of the
committed codings. Each ``test_issue_3_blind_*.py`` calls these with its own builder and data."""

from __future__ import annotations

import importlib
import json
import os
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from storyline.events.codebook import crosswalk

REPO = Path(__file__).resolve().parents[1]
# ../shared beside the checkout; STORYLINE_SHARED points elsewhere (a worktree outside /work)
SHARED = Path(os.environ.get("STORYLINE_SHARED", REPO.parent / "shared"))
TRAIN_TEXTS = SHARED / "eval" / "quotes" / "polnear" / "data" / "train" / "text"
needs_train_texts = pytest.mark.skipif(not TRAIN_TEXTS.is_dir(),
                                       reason=f"needs {TRAIN_TEXTS} (PolNeAR train texts)")

Picked = list[tuple[str, Any]]  # (article file name, the builder's Span)


def import_builder(name: str) -> ModuleType:
    """A builder script, imported the way it runs (its folder first on sys.path)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.syspath_prepend(str(REPO / "benchmarks"))
        return importlib.import_module(name)


def fake_shared(tmp_path: Path, folder: Path, articles: dict[str, str]) -> Path:
    """A fake ``shared`` folder holding ``articles`` (file name -> text) in ``folder``."""
    root = tmp_path / "shared" / folder
    root.mkdir(parents=True)
    for name, text in articles.items():
        (root / name).write_text(text, "utf-8")
    return tmp_path / "shared"


def write_codings(path: Path, sha1: Callable[[str], str], picked: Picked,
                  events: list[list[dict[str, str]]]) -> None:
    """A codings jsonl for the ``picked`` sentences, each with its ``events`` (one list a
    sentence)."""
    path.write_text("".join(
        json.dumps({"doc": doc, "start": s.start, "end": s.end, "text_sha1": sha1(s.text),
                    "events": ev}) + "\n"
        for (doc, s), ev in zip(picked, events, strict=True)), "utf-8")


def check_build(builder: ModuleType, shared: Path, picked: Picked, prefix: str,
                event: dict[str, str], tmp_path: Path, changed: tuple[Path, str]) -> None:
    """Codings for ``picked`` (``event`` for the first sentence, none for the rest) build an XML
    with one ``<prefix>_<file name without .txt>-<start>`` sentence per coding, noevents where
    none; a missing source is an error exit that writes nothing; the article at ``changed[0]``
    rewritten as ``changed[1]`` fails the sha1 check."""
    polnear = builder.polnear
    assert len(picked) > 1, "the no-event check needs a sentence after the coded one"
    codings = tmp_path / "codings.jsonl"
    write_codings(codings, polnear.sha1, picked, [[event]] + [[]] * (len(picked) - 1))
    sentences = ET.fromstring(builder.build(shared, codings)).findall("Sentence")
    assert [s.get("id") for s in sentences] == [
        f"{prefix}_{doc.removesuffix('.txt')}-{s.start}" for doc, s in picked]
    assert sentences[0].find("EventCoding").attrib == event  # type: ignore[union-attr]
    assert [c.attrib for s in sentences[1:] for c in s.iter("EventCoding")] == [
        {"noevents": "True"}] * (len(picked) - 1)
    assert builder.main(["--shared", str(tmp_path / "nowhere"), str(tmp_path / "x.xml")]) == 1
    assert not (tmp_path / "x.xml").exists()
    article, text = changed
    article.write_text(text, "utf-8")
    with pytest.raises(polnear.BuildError, match="sha1 check failed"):
        builder.build(shared, codings)


def coding_rows(builder: ModuleType) -> list[dict[str, Any]]:
    """The builder's committed codings, one row a sentence."""
    return [json.loads(line) for line in builder.CODINGS.read_text("utf-8").splitlines()]


def check_well_formed(builder: ModuleType) -> list[str]:
    """Every event has the five fields, Phoenix-shaped actor codes and a CAMEO code; the
    sentence ids are unique (over 100 sentences); every article has an even file-name hash and
    none is another set's (no ``../shared`` needed). Returns the articles, a row each."""
    rows = coding_rows(builder)
    assert len({(r["doc"], r["start"]) for r in rows}) == len(rows) > 100
    for event in (e for r in rows for e in r["events"]):
        assert set(event) == {"eventcode", "sourcecode", "targetcode", "plover", "trigger"}
        assert re.fullmatch(r"\d{3,4}", event["eventcode"]) and event["trigger"]
        assert all(re.fullmatch(r"([A-Z]{3}|---)[A-Z]{0,6}", event[k])
                   for k in ("sourcecode", "targetcode"))
    docs = [r["doc"] for r in rows]
    assert all(builder.even_hash(d) for d in docs)
    assert not set(docs) & builder.excluded_docs()
    return docs


def in_salted_order(builder: ModuleType, docs: list[str]) -> bool:
    """Whether the articles come in the builder's salted-hash order (``order_key``)."""
    order = list(dict.fromkeys(docs))
    return order == sorted(order, key=builder.order_key)


def coded_docs(builder: ModuleType, *codings: str) -> set[str]:
    """The articles of the named codings files (in ``benchmarks/cameo``)."""
    polnear = builder.polnear
    return {c.doc for name in codings for c in polnear.load_codings(polnear.CODINGS_DIR / name)}


def check_codings_match(builder: ModuleType, shared: Path, tmp_path: Path,
                        strict: bool = False) -> list[tuple[str, int, int, str]]:
    """The codings are exactly the sentences the rule picks from ``shared``, in order, every
    sha1 matching; every recorded PLOVER type is the crosswalk's for its CAMEO code (``strict``:
    a code absent from it is of root 02 and typed REQUEST); the XML builds in full. Returns the
    codings as (article, start, end, sha1)."""
    polnear = builder.polnear
    picked = [(d, s.start, s.end, polnear.sha1(s.text)) for d, s in builder.selected(shared)]
    coded = [(c.doc, c.start, c.end, c.text_sha1) for c in polnear.load_codings(builder.CODINGS)]
    assert coded == picked
    types = {code: plover for code, (plover, _) in crosswalk().items()}
    events = [e for row in coding_rows(builder) for e in row["events"]]
    assert events and all(types.get(e["eventcode"], e["plover"]) == e["plover"] for e in events)
    if strict:
        assert all(e["plover"] == types.get(e["eventcode"], "REQUEST") for e in events)
        assert all(e["eventcode"] in types or e["eventcode"].startswith("02") for e in events)
    out = tmp_path / "set.xml"
    assert builder.main(["--shared", str(shared), str(out)]) == 0
    assert len(ET.parse(out).getroot().findall("Sentence")) == len(coded)
    return coded


def check_train_codings(builder: ModuleType, tmp_path: Path,
                        excluded: int) -> list[tuple[str, int, int, str]]:
    """A PolNeAR-train set (``strict`` PLOVER types) whose rule leaves out ``excluded``
    articles of the other sets: its codings match the rule, none from a left-out article or
    one with an odd hash. Returns the codings as (article, start, end, sha1)."""
    left_out = builder.excluded_docs()
    assert len(left_out) == excluded
    coded = check_codings_match(builder, SHARED, tmp_path, strict=True)
    docs = {c[0] for c in coded}
    assert not docs & left_out and all(builder.even_hash(d) for d in docs)
    return coded
