"""Build a PETRARCH-style validation XML from conflict and coercion sentences of PolNeAR train.

    python benchmarks/cameo_polnear_conflict.py OUT.xml [--shared PATH] [--context]
    python benchmarks/cameo_polnear_conflict.py --list [--shared PATH]   # the rule's sentences

PolNeAR train articles (US political news, 2015-2016) that use several conflict words (attack,
killed, troops, arrested, sanctions, protest, police, ...), except the 71 articles of the
international set (``cameo_polnear_intl.py``); from each, the first sentences that use one.
Only file names, character offsets, sentence sha1s and events live in
``benchmarks/cameo/polnear_conflict_events.jsonl``; the texts come from ``../shared`` and every
sentence must match its sha1 before the XML is written. Selection rule, conventions and counts:
``benchmarks/cameo/README_polnear_conflict.md``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import cameo_polnear as polnear
import cameo_polnear_intl as intl

CODINGS = polnear.CODINGS_DIR / "polnear_conflict_events.jsonl"
MIN_KEYWORDS = 3
SENTENCES_PER_DOC = 1
# Conflict and coercion words, fixed before any sentence was read or coded; matched as whole
# words, case-insensitively ("air strikes" and "cease-fire" with their space or hyphen).
KEYWORDS = (
    "attack attacks attacked attacker attackers kill kills killed killing killings "
    "bomb bombs bombed bombing bombings bomber bombers shooting shootings shot gunman gunmen "
    "gunfire airstrike airstrikes air-strike air-strikes troops soldiers militants militant "
    "rebels insurgents fighters fighting clashes clashed arrest arrests arrested detained "
    "detention deported deportation deportations sanction sanctions ban banned protest protests "
    "protested protesters protestors police hostage hostages prisoner prisoners ceasefire "
    "cease-fire truce threaten threatened threatening threats demanded accused invasion "
    "invaded executed".split())
_KEYWORD = polnear.keyword_pattern(KEYWORDS, r"[- ]")


def keywords(text: str) -> set[str]:
    """The distinct conflict keywords ``text`` uses, lower-cased, "air strike" as "air-strike"."""
    return {m.lower().replace(" ", "-") for m in _KEYWORD.findall(text)}


def doc_picks(text: str) -> list[polnear.Span]:
    """The sentences the rule picks from one article (none if it uses too few keywords)."""
    return polnear.keyword_picks(text, keywords, MIN_KEYWORDS, SENTENCES_PER_DOC)


def excluded_docs() -> frozenset[str]:
    """The articles of the international blind set, which this set leaves out entirely."""
    return polnear.coded_docs(intl.CODINGS)


def selected(shared: Path) -> list[tuple[str, polnear.Span]]:
    """(article file name, sentence) for every sentence the rule picks, files in name order."""
    return [(p.name, s) for p in intl.articles(shared, excluded_docs)
            for s in doc_picks(polnear.read_text(p))]


def build(shared: Path, codings: Path, context: bool = False) -> str:
    """The whole validation XML document, every sentence checked against PolNeAR train."""
    return intl.build_train(shared, codings, "conflict", context)


def main(argv: list[str] | None = None) -> int:
    """Command-line entry: write OUT.xml, or (``--list``) print the picked sentences as jsonl."""
    return polnear.offset_main(argv, __doc__, build, CODINGS, selected)


if __name__ == "__main__":
    sys.exit(main())
