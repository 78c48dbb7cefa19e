"""Build a PETRARCH-style validation XML from the international sentences of PolNeAR train.

    python benchmarks/cameo_polnear_intl.py OUT.xml [--shared PATH] [--context]
    python benchmarks/cameo_polnear_intl.py --list [--shared PATH]    # the sentences the rule picks

PolNeAR train articles (US political news, 2015-2016) that name several foreign countries; from
each, the first sentences naming one. Only file names, character offsets, sentence sha1s and
events live in ``benchmarks/cameo/polnear_intl_events.jsonl``; the texts come from ``../shared``
and every sentence must match its sha1 before the XML is written. Selection rule, conventions
and counts: ``benchmarks/cameo/README_polnear_intl.md``.
"""

from __future__ import annotations

import csv
import re
import sys
from collections.abc import Callable
from pathlib import Path

import cameo_polnear as polnear
from cameo_ecbplus import BuildError, sentence_element

CODINGS = polnear.CODINGS_DIR / "polnear_intl_events.jsonl"
TRAIN = polnear.POLNEAR.parents[1] / "train" / "text"  # PolNeAR dev's sibling split
COUNTRIES = Path("dicts") / "ngec" / "countries.csv"
MIN_COUNTRIES = 4
SENTENCES_PER_DOC = 2
# Names in the country list that are also US places, people or a language: never counted.
AMBIGUOUS = frozenset({"Georgia", "Georgian", "Georgians", "Jordan", "Chad", "English"})
HOME = "USA"


def country_names(shared: Path) -> dict[str, str]:
    """Foreign country names, short forms and demonyms -> ISO alpha-3, from the NGEC list."""
    path = shared / COUNTRIES
    if not path.is_file():
        raise BuildError(f"country list not found at {path}; pass --shared PATH")
    names = {}
    with path.open(encoding="utf-8", newline="") as rows:
        for row in csv.DictReader(rows):
            for name in (row["Name"], *row["Nationality"].split(",")):
                if name.strip() and name.strip() not in AMBIGUOUS and row["CCA3"] != HOME:
                    names[name.strip()] = row["CCA3"]
    return names


def country_pattern(names: dict[str, str]) -> re.Pattern[str]:
    """Any listed name as a whole word, case-sensitive, longest first; "New Mexico" excluded."""
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![A-Za-z])(?<!New )({alternatives})(?![A-Za-z])")


def countries(text: str, names: dict[str, str], pattern: re.Pattern[str]) -> set[str]:
    """The distinct foreign countries (ISO alpha-3) that ``text`` names."""
    return {names[m] for m in pattern.findall(text)}


def doc_picks(text: str, names: dict[str, str], pattern: re.Pattern[str]) -> list[polnear.Span]:
    """The sentences the rule picks from one article (none if it names too few countries)."""
    return polnear.keyword_picks(text, lambda part: countries(part, names, pattern),
                                 MIN_COUNTRIES, SENTENCES_PER_DOC)


def text_root(shared: Path) -> Path:
    """The PolNeAR train text folder under ``shared``, or a BuildError saying where it looked."""
    return polnear.source_folder(shared, TRAIN, "PolNeAR train texts")


def articles(shared: Path, excluded: Callable[[], frozenset[str]] = frozenset) -> list[Path]:
    """The PolNeAR train articles under ``shared`` in file-name order, but those ``excluded()``
    gives (other sets'; asked for once the folder is found)."""
    root = text_root(shared)
    left_out = excluded()
    return [p for p in sorted(root.glob("*.txt")) if p.name not in left_out]


def selected(shared: Path) -> list[tuple[str, polnear.Span]]:
    """(article file name, sentence) for every sentence the rule picks, files in name order."""
    files, names = articles(shared), country_names(shared)
    pattern = country_pattern(names)
    return [(p.name, s) for p in files for s in doc_picks(polnear.read_text(p), names, pattern)]


def build_train(shared: Path, codings: Path, prefix: str, context: bool = False) -> str:
    """The validation XML of a PolNeAR-train offset set (this one, the conflict, mixed and leads
    sets), every sentence checked against its sha1; sentence ids are
    ``<prefix>_<file name without .txt>-<start offset>``; ``context`` adds the article text
    before each sentence."""
    root = text_root(shared)

    def to_xml(coded: polnear.Coded, text: str, before: str) -> str:
        sid = f"{prefix}_{coded.doc.removesuffix('.txt')}-{coded.start}"
        return sentence_element(sid, "polnear-train", coded.events, text, before)

    return polnear.build_offsets(codings, lambda doc: polnear.read_text(root / doc), to_xml,
                                 context)


def build(shared: Path, codings: Path, context: bool = False) -> str:
    """The whole validation XML document, every sentence checked against PolNeAR train."""
    return build_train(shared, codings, "intl", context)


def main(argv: list[str] | None = None) -> int:
    """Command-line entry: write OUT.xml, or (``--list``) print the picked sentences as jsonl."""
    return polnear.offset_main(argv, __doc__, build, CODINGS, selected)


if __name__ == "__main__":
    sys.exit(main())
