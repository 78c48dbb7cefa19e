"""Build a PETRARCH-style validation XML from WCXB web-page sentences and the CAMEO codings here.

    python benchmarks/cameo_wcxb.py OUT.xml [--shared PATH] [--context]
    python benchmarks/cameo_wcxb.py --list [--shared PATH]     # the sentences the rule picks

Only page ids, character offsets into each page's gold main text, sentence sha1s and events
live in ``benchmarks/cameo/wcxb_events.jsonl``; the texts (WCXB dev, CC BY 4.0) come from
``../shared`` and every sentence must match its sha1 before the XML is written. Selection rule,
conventions and counts: ``benchmarks/cameo/README_wcxb.md``.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import cameo_polnear as polnear
from cameo_ecbplus import BuildError, sentence_element
from timeml_wcxb import WCXB_DEV

CODINGS = polnear.CODINGS_DIR / "wcxb_events.jsonl"
MIN_PAGE_KEYWORDS = 2
SENTENCES_PER_PAGE = 6
# Political words (whole words, any case); a page qualifies with MIN_PAGE_KEYWORDS distinct
# ones, and a sentence is picked when it holds at least one.
POLITICAL_WORDS = frozenset(
    "minister ministers president presidents government governments governor senator "
    "senators congress parliament legislature lawmakers troops military army soldiers "
    "sanctions talks police rebels protest protests protesters embassy ambassador diplomat "
    "diplomats diplomatic election elections treaty summit war ceasefire regime tariffs "
    "officials court prosecutors arrested".split())
_WORD = re.compile(r"[A-Za-z]+")


def keywords(text: str) -> set[str]:
    """The distinct political words of ``text`` (lower-cased whole words)."""
    return {w.lower() for w in _WORD.findall(text)} & POLITICAL_WORDS


def page_sentences(text: str) -> list[polnear.Span]:
    """Every sentence of a page's main text, line by line (WCXB main text has no headline)."""
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if m.group().strip()]
    return [s for start, end in lines for s in polnear.split_line(text, start, end)]


def page_picks(text: str) -> list[polnear.Span]:
    """The sentences the selection rule picks from one page (none if the page does not qualify)."""
    if len(keywords(text)) < MIN_PAGE_KEYWORDS:
        return []
    picks = [s for s in page_sentences(text) if polnear.is_prose(s.text) and keywords(s.text)]
    return picks[:SENTENCES_PER_PAGE]


def text_root(shared: Path) -> Path:
    """The WCXB dev ground-truth folder under ``shared``, or a BuildError saying where it looked."""
    return polnear.source_folder(shared, WCXB_DEV, "WCXB dev pages")


def read_page(path: Path) -> str:
    """A page's gold main text ("" when the page has none); unreadable pages are BuildErrors."""
    if not path.is_file():
        raise BuildError(f"missing WCXB page {path}")
    try:
        page = json.loads(path.read_bytes().decode("utf-8"))
        return str(page["ground_truth"].get("main_content") or "")
    except (UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise BuildError(f"unreadable WCXB page {path}: {exc!r}") from exc


def selected(shared: Path) -> list[tuple[str, polnear.Span]]:
    """(page id, sentence) for every sentence the selection rule picks, pages in id order."""
    root = text_root(shared)
    return [(p.stem, s) for p in sorted(root.glob("*.json")) for s in page_picks(read_page(p))]


def sentence_xml(coded: polnear.Coded, text: str, context: str = "") -> str:
    """One ``<Sentence>``, its id ``wcxb_<page id>-<start offset>``."""
    return sentence_element(f"wcxb_{coded.doc}-{coded.start}", "wcxb", coded.events, text,
                            context)


def build(shared: Path, codings: Path, context: bool = False) -> str:
    """The whole validation XML document, every sentence checked against WCXB."""
    root = text_root(shared)
    return polnear.build_offsets(codings, lambda doc: read_page(root / f"{doc}.json"), sentence_xml,
                                 context)


def main(argv: list[str] | None = None) -> int:
    """Command-line entry: write OUT.xml, or (``--list``) print the picked sentences as jsonl."""
    return polnear.offset_main(argv, __doc__, build, CODINGS, selected)


if __name__ == "__main__":
    sys.exit(main())
