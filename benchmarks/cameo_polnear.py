"""Build a PETRARCH-style validation XML from PolNeAR political news and the CAMEO codings here.

    python benchmarks/cameo_polnear.py OUT.xml [--shared PATH] [--context]
    python benchmarks/cameo_polnear.py --list [--shared PATH]

The codings (``benchmarks/cameo/polnear_events.jsonl``) hold only the article file name, the
character offsets of the sentence in it, a sha1 of the sentence text and the events; the
texts (PolNeAR dev, evaluation use only) are read from ``../shared`` at build time and checked
against the recorded sha1 before anything is written. ``--list`` prints the sentences the
selection rule picks (see ``benchmarks/cameo/README_polnear.md``). Score the output with
``storyline eval events --gold OUT.xml``.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from cameo_ecbplus import (
    CODINGS_DIR,
    BuildError,
    EventCoding,
    read_codings,
    row_events,
    run_cli,
    sentence_element,
    sha1,
    source_folder,
    wrap_sentences,
)

CODINGS = CODINGS_DIR / "polnear_events.jsonl"
POLNEAR = Path("eval") / "quotes" / "polnear" / "data" / "dev" / "text"
SENTENCES_PER_DOC = 2
MIN_WORDS = 8
MIN_LOWERCASE_WORDS = 3
# Words ending in "." that do not end a sentence (checked case-sensitively, with the period).
ABBREVIATIONS = frozenset(
    "Mr. Mrs. Ms. Dr. Sen. Sens. Rep. Reps. Gov. Gen. Lt. Col. Sgt. Capt. Adm. Cmdr. Gens. "
    "Prof. Rev. Atty. Supt. Pres. U.S. U.N. U.K. D.C. Jan. Feb. Mar. Apr. Aug. Sept. "
    "Sep. Oct. Nov. Dec. St. Jr. Sr. No. vs. v. etc. Inc. Corp. Co. Ltd. Ph.D. a.m. p.m. "
    "Calif. Fla. Pa. Va. Ill. Mich. Mass. Conn. Wash. Ariz. Colo. Ga. N.C. N.H. N.Y. "
    "Wis. Minn. Tenn. Tex. Ky. La. Md. Mo. Nev. Okla. Ore.".split())
# A sentence ends at . ! or ? plus any closing quotes/brackets, before whitespace, an optional
# opening quote or bracket, and an upper-case letter.
_BOUNDARY = re.compile(r"[.!?][\"'\u201d\u2019)\]]*(?=\s+[\"'\u201c\u2018(\[]?[A-Z])")
_LOWER_WORD = re.compile(r"^[\"'\u201c\u2018(]*[a-z]+[\"'\u201d\u2019),.;:!?]*$")


@dataclass(frozen=True)
class Span:
    """One sentence of an article: character offsets into the file text and the text."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Coded:
    """One coded sentence: article file, character offsets, text checksum and its events."""

    doc: str
    start: int
    end: int
    text_sha1: str
    events: tuple[EventCoding, ...]


def ends_sentence(text: str, stop: int) -> bool:
    """True unless the word that ends at ``stop`` is an abbreviation or initials ("G.K.")."""
    word = text[:stop].rsplit(None, 1)[-1].lstrip("\"'\u201c\u2018([")
    if text[stop - 1] != ".":
        return True
    return word not in ABBREVIATIONS and not re.fullmatch(r"(?:[A-Z]\.)+", word)


def split_line(text: str, start: int, end: int) -> list[Span]:
    """Sentences of ``text[start:end]`` (one line) by the boundary rule, whitespace trimmed."""
    spans, begin = [], start
    for match in _BOUNDARY.finditer(text, start, end):
        if ends_sentence(text, match.end()):
            spans.append(trimmed(text, begin, match.end()))
            begin = match.end()
    spans.append(trimmed(text, begin, end))
    return [s for s in spans if s.text]


def trimmed(text: str, start: int, end: int) -> Span:
    """The span with surrounding whitespace (including no-break spaces) cut off."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end, text[start:end])


def body_sentences(text: str) -> list[Span]:
    """Every sentence of an article after its first non-empty line (the headline)."""
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)
             if m.group().strip()]
    return [s for start, end in lines[1:] for s in split_line(text, start, end)]


def is_prose(text: str) -> bool:
    """False for bylines, captions and fragments: under 8 words or under 3 lower-case words."""
    words = text.split()
    lowercase = sum(1 for w in words if _LOWER_WORD.match(w))
    return (len(words) >= MIN_WORDS and lowercase >= MIN_LOWERCASE_WORDS
            and not words[0].startswith("http"))


def read_text(path: Path) -> str:
    """An article's text exactly as stored (UTF-8, no newline translation)."""
    if not path.is_file():
        raise BuildError(f"missing PolNeAR article {path}")
    try:
        return path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BuildError(f"PolNeAR article {path} is not UTF-8: {exc}") from exc


def prose_sentences(text: str) -> list[Span]:
    """The prose sentences of an article after its headline."""
    return [s for s in body_sentences(text) if is_prose(s.text)]


def doc_picks(text: str, per_doc: int = SENTENCES_PER_DOC) -> list[Span]:
    """The sentences the selection rule picks from one article: its first ``per_doc`` prose
    sentences after the headline (the lead)."""
    return prose_sentences(text)[:per_doc]


def keyword_pattern(words: Iterable[str], hyphen: str) -> re.Pattern[str]:
    """Any of ``words`` as a whole word, case-insensitively, longest first; a hyphen in a word
    matches the regex ``hyphen`` (the keyword sets' matcher)."""
    return re.compile(
        r"(?<![A-Za-z-])(" + "|".join(re.escape(k).replace(r"\-", hyphen)
                                       for k in sorted(words, key=len, reverse=True))
        + r")(?![A-Za-z-])", re.IGNORECASE)


def keyword_picks(text: str, keywords: Callable[[str], set[str]], least: int,
                  per_doc: int) -> list[Span]:
    """The first ``per_doc`` prose sentences using a keyword, from an article whose body uses
    at least ``least`` distinct ones (the keyword sets' shared selection rule)."""
    sentences = body_sentences(text)
    body = text[sentences[0].start:] if sentences else ""
    if len(keywords(body)) < least:
        return []
    return [s for s in sentences if is_prose(s.text) and keywords(s.text)][:per_doc]


def selected(shared: Path) -> list[tuple[str, Span]]:
    """(article file name, sentence) for every sentence the selection rule picks."""
    root = text_root(shared)
    return [(p.name, s) for p in sorted(root.glob("*.txt")) for s in doc_picks(read_text(p))]


def text_root(shared: Path) -> Path:
    """The PolNeAR dev text folder under ``shared``, or a BuildError saying where it looked."""
    return source_folder(shared, POLNEAR, "PolNeAR dev texts")


def load_codings(path: Path) -> list[Coded]:
    """Read the jsonl of coded sentences, one sentence per line."""
    return read_codings(path, lambda row: Coded(
        row["doc"], int(row["start"]), int(row["end"]), row["text_sha1"], row_events(row)))


def coded_docs(path: Path) -> frozenset[str]:
    """The articles a codings jsonl codes sentences of (another set's, to leave out)."""
    return frozenset(c.doc for c in load_codings(path))


def checked_text(coded: Coded, cache: dict[str, str], read_doc: Callable[[str], str]) -> str:
    """The text of a coded sentence, its document read once by ``read_doc``, checked against
    the recorded sha1 (shared by the offset-based blind sets: PolNeAR, WCXB)."""
    if coded.doc not in cache:
        cache[coded.doc] = read_doc(coded.doc)
    text = cache[coded.doc][coded.start:coded.end]
    if sha1(text) != coded.text_sha1:
        raise BuildError(f"sha1 check failed for {coded.doc} [{coded.start}:{coded.end}]")
    return text


def sentence_xml(coded: Coded, text: str, context: str = "") -> str:
    """One ``<Sentence>``, its id ``<file name without .txt>-<start offset>``."""
    sid = f"{coded.doc.removesuffix('.txt')}-{coded.start}"
    return sentence_element(sid, "polnear", coded.events, text, context)


def build_offsets(codings: Path, read_doc: Callable[[str], str],
                  to_xml: Callable[[Coded, str, str], str], context: bool = False) -> str:
    """The validation XML of an offset-coded set, every sentence checked by ``checked_text``;
    with ``context``, each sentence carries the text of its document before it."""
    cache: dict[str, str] = {}
    return wrap_sentences([
        to_xml(c, checked_text(c, cache, read_doc), cache[c.doc][:c.start] if context else "")
        for c in load_codings(codings)])


def build(shared: Path, codings: Path, context: bool = False) -> str:
    """The whole validation XML document, every sentence checked against PolNeAR."""
    root = text_root(shared)
    return build_offsets(codings, lambda doc: read_text(root / doc), sentence_xml, context)


def print_picks(picks: list[tuple[str, Span]]) -> None:
    """Print picked sentences as jsonl (doc, start, end, sha1, text)."""
    for doc, span in picks:
        row = {"doc": doc, "start": span.start, "end": span.end,
               "text_sha1": sha1(span.text), "text": span.text}
        print(json.dumps(row, ensure_ascii=False))


def offset_main(argv: list[str] | None, doc: str, build_set: Callable[[Path, Path, bool], str],
                codings: Path, picks: Callable[[Path], list[tuple[str, Span]]]) -> int:
    """The command line of an offset-coded set (this one, the PolNeAR-train sets, WCXB):
    OUT.xml [--context] from ``build_set(shared, codings, context)``, or ``--list``."""
    return run_cli(argv, doc, lambda shared, context: build_set(shared, codings, context),
                   lambda shared: print_picks(picks(shared)), with_context=True)


def main(argv: list[str] | None = None) -> int:
    """Command-line entry: write OUT.xml, or list the selection."""
    return offset_main(argv, __doc__, build, CODINGS, selected)


if __name__ == "__main__":
    sys.exit(main())
