"""Score a slice of the ConfliBERT CAMEO files: quad class accuracy on rows START:STOP of
cameo_class_train.tsv and source/target span F1 on sentences START:STOP of cameo_ner_train.txt.

    python benchmarks/conflibert_slices.py [--quad 0:1100] [--ner 0:900] [--gold DIR]

Only the lines of the slices asked for are read (the file is read line by line and left at
the slice's end), written to a temporary copy and scored with ``storyline.evaluate.events``;
prints one JSON object. The development slices are rows 0-1099 and sentences 0-899; the
rest is held out.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

GOLD = Path(__file__).resolve().parents[2] / "shared" / "eval" / "events" / "conflibert_cameo"


def _span(text: str) -> tuple[int, int]:
    """'START:STOP' as numbers; an empty STOP runs to the end ('1100:')."""
    start, _, stop = text.partition(":")
    return int(start or 0), int(stop) if stop else sys.maxsize


def tsv_rows(path: Path, start: int, stop: int) -> Iterator[str]:
    """Lines ``start:stop`` of the class file (one row a line)."""
    with path.open(encoding="utf-8") as f:
        for n, line in enumerate(f):
            if n >= stop:
                return
            if n >= start:
                yield line


def bio_sentences(path: Path, start: int, stop: int) -> Iterator[str]:
    """Sentences ``start:stop`` of the BIO file, each its token lines and a blank line."""
    n, lines = 0, []
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                lines.append(line)
                continue
            if lines:
                if n >= start:
                    yield "".join(lines) + "\n"
                n, lines = n + 1, []
                if n >= stop:
                    return
    if lines and start <= n < stop:
        yield "".join(lines) + "\n"


def score(gold: Path, quad: tuple[int, int] | None, ner: tuple[int, int] | None
          ) -> dict[str, Any]:
    """The figures of the slices asked for."""
    from storyline.evaluate import events as ev
    from storyline.evaluate import events_gold as g

    out: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        if ner is not None:
            copy = Path(tmp) / "ner.txt"
            copy.write_text("".join(bio_sentences(gold / "cameo_ner_train.txt", *ner)), "utf-8")
            out.update(ev.score_spans(g.read_bio(copy)))
        if quad is not None:
            copy = Path(tmp) / "class.tsv"
            copy.write_text("".join(tsv_rows(gold / "cameo_class_train.tsv", *quad)), "utf-8")
            out.update(ev.score_quad(g.read_quad_tsv(copy)))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--quad", default="0:1100", help="rows START:STOP ('' to skip)")
    parser.add_argument("--ner", default="0:900", help="sentences START:STOP ('' to skip)")
    args = parser.parse_args()
    quad = _span(args.quad) if args.quad else None
    ner = _span(args.ner) if args.ner else None
    print(json.dumps(score(args.gold, quad, ner), indent=1))


if __name__ == "__main__":
    main()
