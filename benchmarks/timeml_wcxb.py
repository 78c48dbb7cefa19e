"""Build TempEval-3 style ``.tml`` files from the WCXB news TIMEX3 annotations.

    python benchmarks/timeml_wcxb.py OUTDIR [--shared PATH]

The annotations (``benchmarks/timeml/wcxb_dev_timex.jsonl``) hold only offsets, types and
values; the article texts (WCXB dev, CC BY 4.0) are read from ``../shared`` at build time and
checked against the recorded sha1 and every timex span before anything is written. One file
``wcxb_NNNN.tml`` per article, with the creation date as the ``<DCT>`` TIMEX3 and the gold
TIMEX3 tags inline in ``<TEXT>``. Score with ``storyline eval time --gold OUTDIR``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

REPO = Path(__file__).resolve().parents[1]
ANNOTATIONS = REPO / "benchmarks" / "timeml" / "wcxb_dev_timex.jsonl"
DEFAULT_SHARED = REPO.parent / "shared"
WCXB_DEV = Path("eval") / "extract" / "wcxb" / "dev" / "ground-truth"
TYPES = frozenset({"DATE", "TIME", "DURATION", "SET"})


class BuildError(Exception):
    """A check failed: missing source, changed text, or a span that does not match."""


@dataclass(frozen=True)
class Timex:
    """One gold TIMEX3: character span into main_content, surface text, type and value."""

    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass(frozen=True)
class Doc:
    """One annotated article: WCXB file id, creation date, text checksum and its timexes."""

    file_id: str
    dct: str
    text_sha1: str
    timexes: tuple[Timex, ...]


def load_annotations(path: Path) -> list[Doc]:
    """Read the jsonl of annotated articles, one article per line."""
    docs = []
    for line in path.read_text("utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        timexes = tuple(Timex(**{k: t[k] for k in ("start", "end", "text", "type", "value")})
                        for t in row["timexes"])
        docs.append(Doc(row["file_id"], row["dct"], row["text_sha1"], timexes))
    return docs


def load_text(wcxb_dir: Path, doc: Doc) -> str:
    """The article's main_content from ../shared, verified against the recorded sha1."""
    path = wcxb_dir / f"{doc.file_id}.json"
    if not path.is_file():
        raise BuildError(f"{doc.file_id}: source page {path} is missing")
    text = json.loads(path.read_text("utf-8"))["ground_truth"]["main_content"]
    if hashlib.sha1(text.encode("utf-8")).hexdigest() != doc.text_sha1:
        raise BuildError(f"{doc.file_id}: main_content sha1 differs from the annotated text")
    return str(text)


def check_spans(doc: Doc, text: str) -> list[Timex]:
    """Timexes sorted by offset, after checking types, surface text and no overlaps."""
    ordered = sorted(doc.timexes, key=lambda t: t.start)
    previous_end = 0
    for t in ordered:
        if t.type not in TYPES:
            raise BuildError(f"{doc.file_id}: unknown TIMEX3 type {t.type!r} at {t.start}")
        if not 0 <= t.start < t.end <= len(text) or text[t.start:t.end] != t.text:
            raise BuildError(f"{doc.file_id}: span {t.start}-{t.end} is not {t.text!r}")
        if t.start < previous_end:
            raise BuildError(f"{doc.file_id}: timex at {t.start} overlaps the previous one")
        previous_end = t.end
    return ordered


def render_tml(doc: Doc, text: str) -> str:
    """The TempEval-3 layout document: DCT TIMEX3 plus the escaped text with inline tags."""
    parts, cursor = [], 0
    for n, t in enumerate(check_spans(doc, text), start=1):
        parts.append(escape(text[cursor:t.start]))
        parts.append(f'<TIMEX3 tid="t{n}" type={quoteattr(t.type)} value={quoteattr(t.value)}>'
                     f"{escape(t.text)}</TIMEX3>")
        cursor = t.end
    parts.append(escape(text[cursor:]))
    dct = (f'<TIMEX3 tid="t0" type="DATE" value={quoteattr(doc.dct)} temporalFunction="false" '
           f'functionInDocument="CREATION_TIME">{escape(doc.dct)}</TIMEX3>')
    return (f'<?xml version="1.0" ?>\n<TimeML>\n<DOCID>wcxb_{doc.file_id}</DOCID>\n'
            f"<DCT>{dct}</DCT>\n<TEXT>{''.join(parts)}</TEXT>\n</TimeML>\n")


def build(out_dir: Path, shared: Path) -> tuple[int, int]:
    """Check every article first, then write the .tml files; returns (files, timexes)."""
    wcxb_dir = shared / WCXB_DEV
    if not wcxb_dir.is_dir():
        raise BuildError(f"WCXB dev pages not found at {wcxb_dir} (needs ../shared)")
    docs = load_annotations(ANNOTATIONS)
    rendered = {doc.file_id: render_tml(doc, load_text(wcxb_dir, doc)) for doc in docs}
    out_dir.mkdir(parents=True, exist_ok=True)
    for file_id, tml in rendered.items():
        (out_dir / f"wcxb_{file_id}.tml").write_text(tml, "utf-8")
    return len(rendered), sum(len(doc.timexes) for doc in docs)


def main(argv: list[str] | None = None) -> int:
    """Command line entry: build OUTDIR and print the scoring command."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("outdir", type=Path, help="directory for the wcxb_NNNN.tml files")
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED,
                        help=f"the shared data folder (default {DEFAULT_SHARED})")
    args = parser.parse_args(argv)
    try:
        files, timexes = build(args.outdir, args.shared)
    except BuildError as exc:
        print(f"timeml_wcxb: {exc}", file=sys.stderr)
        return 1
    print(f"wrote {files} .tml files ({timexes} gold TIMEX3) to {args.outdir}")
    print(f"score with: storyline eval time --gold {args.outdir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
