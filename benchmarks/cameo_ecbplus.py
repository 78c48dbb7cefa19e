"""Build a PETRARCH-style validation XML from ECB+ sentences and the CAMEO codings here.

    python benchmarks/cameo_ecbplus.py OUT.xml [--shared PATH]
    python benchmarks/cameo_ecbplus.py --list [--shared PATH]

The codings (``benchmarks/cameo/ecbplus_events.jsonl``) hold only document, sentence number,
a sha1 of the sentence text and the events; the sentence texts (ECB+, CC BY 3.0) are read from
``../shared`` at build time and checked against the recorded sha1 before anything is written.
A sentence's text is its tokens joined by single spaces. ``--list`` prints the sentences the
selection rule picks (see ``benchmarks/cameo/README.md``). Score the output with
``storyline eval events --gold OUT.xml``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

REPO = Path(__file__).resolve().parents[1]
CODINGS_DIR = REPO / "benchmarks" / "cameo"  # every blind set's codings and README
CODINGS = CODINGS_DIR / "ecbplus_events.jsonl"
DEFAULT_SHARED = REPO.parent / "shared"
ECBPLUS = Path("eval") / "crossdoc" / "ecbplus" / "ECB+"
EXCLUDED_TOPICS = frozenset({8, 9, 11, 12, 19, 20, 30})
SENTENCES_PER_DOC = 4
MIN_TOKENS = 6
MIN_LOWERCASE_WORDS = 3


class BuildError(Exception):
    """A check failed: missing source, changed text, or an unreadable coding."""


@dataclass(frozen=True)
class EventCoding:
    """One gold event: CAMEO event code with source and target actor codes."""

    eventcode: str
    sourcecode: str
    targetcode: str


@dataclass(frozen=True)
class Coded:
    """One coded sentence: ECB+ document, sentence number, text checksum and its events."""

    doc: str
    topic: int
    sentence: int
    text_sha1: str
    events: tuple[EventCoding, ...]


def sha1(text: str) -> str:
    """Checksum of a sentence text, so the build notices a changed source."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def doc_sentences(path: Path) -> dict[int, str]:
    """Sentence number -> tokens joined by single spaces, for one ECB+ document."""
    tokens: dict[int, list[str]] = {}
    for tok in ET.parse(path).getroot().iter("token"):
        tokens.setdefault(int(tok.get("sentence", "0")), []).append(tok.text or "")
    return {num: " ".join(toks) for num, toks in sorted(tokens.items())}


def doc_number(name: str) -> int:
    """The document number in an ECB+ file name such as ``3_12ecbplus.xml``."""
    match = re.match(r"\d+_(\d+)ecb", name)
    return int(match.group(1)) if match else 10**9


def first_docs(topic_dir: Path) -> list[Path]:
    """The lowest-numbered ECB document and the lowest-numbered ECB+ document of a topic."""
    chosen = []
    for suffix in ("ecb.xml", "ecbplus.xml"):
        docs = [p for p in topic_dir.iterdir()
                if re.fullmatch(rf"\d+_\d+{re.escape(suffix)}", p.name)]
        if docs:
            chosen.append(min(docs, key=lambda p: doc_number(p.name)))
    return chosen


def is_prose(text: str) -> bool:
    """False for fragments: under 6 tokens, a URL line, or a title-case headline or dateline."""
    tokens = text.split(" ")
    lowercase_words = sum(1 for t in tokens if t.isalpha() and t.islower())
    return (len(tokens) >= MIN_TOKENS and not tokens[0].startswith("http")
            and lowercase_words >= MIN_LOWERCASE_WORDS)


def selected(shared: Path) -> list[tuple[Path, int, str]]:
    """(document, sentence number, text) for every sentence the selection rule picks."""
    root = shared / ECBPLUS
    topics = sorted(int(p.name) for p in root.iterdir() if p.is_dir() and p.name.isdigit())
    picks = []
    for topic in (t for t in topics if t not in EXCLUDED_TOPICS):
        for doc in first_docs(root / str(topic)):
            prose = [(n, s) for n, s in doc_sentences(doc).items() if is_prose(s)]
            picks += [(doc, n, s) for n, s in prose[:SENTENCES_PER_DOC]]
    return picks


def row_events(row: dict[str, Any]) -> tuple[EventCoding, ...]:
    """The events of one jsonl coding row (trigger words are for readers, not the XML)."""
    return tuple(EventCoding(e["eventcode"], e["sourcecode"], e["targetcode"])
                 for e in row["events"])


def read_codings(path: Path, make: Callable[[dict[str, Any]], Any]) -> list[Any]:
    """Every row of a codings jsonl made into a record; an unreadable file or row is a
    BuildError naming the line, never a traceback."""
    try:
        lines = path.read_text("utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise BuildError(f"cannot read codings {path}: {exc}") from exc
    rows = []
    for n, line in enumerate(lines, 1):
        if line.strip():
            try:
                rows.append(make(json.loads(line)))
            except (ValueError, KeyError, TypeError) as exc:
                raise BuildError(f"unreadable coding at {path}:{n}: {exc!r}") from exc
    return rows


def load_codings(path: Path) -> list[Coded]:
    """Read the jsonl of coded sentences, one sentence per line."""
    return read_codings(path, lambda row: Coded(
        row["doc"], int(row["topic"]), int(row["sentence"]), row["text_sha1"], row_events(row)))


def sentence_text(shared: Path, coded: Coded, cache: dict[str, dict[int, str]]) -> str:
    """The checked text of a coded sentence, read from ECB+ in ``shared``."""
    path = shared / ECBPLUS / str(coded.topic) / coded.doc
    if coded.doc not in cache:
        if not path.is_file():
            raise BuildError(f"missing ECB+ document {path}")
        cache[coded.doc] = doc_sentences(path)
    text = cache[coded.doc].get(coded.sentence)
    if text is None or sha1(text) != coded.text_sha1:
        raise BuildError(f"sha1 check failed for {coded.doc} sentence {coded.sentence}")
    return text


def sentence_element(sid: str, source: str, events: tuple[EventCoding, ...], text: str,
                     context: str = "") -> str:
    """One ``<Sentence>`` element in PETRARCH validation format (noevents when none); a
    ``<Context>`` element holds the article text before the sentence, when given."""
    codings = [
        f'<EventCoding eventcode={quoteattr(e.eventcode)} sourcecode={quoteattr(e.sourcecode)}'
        f' targetcode={quoteattr(e.targetcode)}/>'
        for e in events
    ] or ['<EventCoding noevents="True"/>']
    body = "\n".join(f"  {c}" for c in codings)
    before = f"\n  <Context>{escape(context)}</Context>" if context else ""
    return (f'<Sentence date="" id={quoteattr(sid)} source={quoteattr(source)} sentence="true">\n'
            f"{body}{before}\n  <Text>{escape(text)}</Text>\n</Sentence>")


def sentence_xml(coded: Coded, text: str) -> str:
    """One ECB+ ``<Sentence>``, its id ``<doc without .xml>-<sentence number>``."""
    sid = f"{coded.doc.removesuffix('.xml')}-{coded.sentence}"
    return sentence_element(sid, "ecbplus", coded.events, text)


def source_folder(shared: Path, relative: Path, what: str) -> Path:
    """``shared / relative`` if it is a folder, else a BuildError naming ``what`` and where."""
    root = shared / relative
    if not root.is_dir():
        raise BuildError(f"{what} not found under {root}; pass --shared PATH")
    return root


def build(shared: Path, codings: Path) -> str:
    """The whole validation XML document, every sentence checked against ECB+."""
    source_folder(shared, ECBPLUS, "ECB+")
    cache: dict[str, dict[int, str]] = {}
    parts = [sentence_xml(c, sentence_text(shared, c, cache)) for c in load_codings(codings)]
    return wrap_sentences(parts)


def wrap_sentences(parts: list[str]) -> str:
    """The validation XML document around its ``<Sentence>`` elements."""
    return "<Sentences>\n" + "\n".join(parts) + "\n</Sentences>\n"


def list_selection(shared: Path) -> None:
    """Print the selected sentences as jsonl (doc, topic, sentence, sha1, text)."""
    source_folder(shared, ECBPLUS, "ECB+")
    for doc, num, text in selected(shared):
        row = {"doc": doc.name, "topic": int(doc.parent.name), "sentence": num,
               "text_sha1": sha1(text), "text": text}
        print(json.dumps(row, ensure_ascii=False))


def run_cli(argv: list[str] | None, doc: str, build_xml: Callable[[Path, bool], str],
            list_picks: Callable[[Path], None], with_context: bool = False) -> int:
    """Shared command line of the blind-set builders: write OUT.xml (``build_xml(shared,
    context)``; ``--context``, for sets built from whole documents, adds each sentence's
    preceding text), or ``--list``."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("out", nargs="?", type=Path, help="validation XML file to write")
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="../shared path")
    parser.add_argument("--list", action="store_true", help="print the selected sentences")
    if with_context:
        parser.add_argument("--context", action="store_true",
                            help="write each sentence's preceding article text as <Context>, "
                            "so the coder reads the sentence inside its article")
    args = parser.parse_args(argv)
    try:
        if args.list:
            list_picks(args.shared)
            return 0
        if args.out is None:
            parser.error("OUT.xml is required unless --list is given")
        args.out.write_text(build_xml(args.shared, getattr(args, "context", False)), "utf-8")
    except BuildError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"wrote {args.out}; score with: storyline eval events --gold {args.out}")
    return 0


def main(argv: list[str] | None = None) -> int:
    """Command-line entry: write OUT.xml, or list the selection."""
    return run_cli(argv, __doc__, lambda shared, _: build(shared, CODINGS), list_selection)


if __name__ == "__main__":
    sys.exit(main())
