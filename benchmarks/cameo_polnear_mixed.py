"""Build a PETRARCH-style validation XML from political-interaction sentences of PolNeAR train.

    python benchmarks/cameo_polnear_mixed.py OUT.xml [--shared PATH] [--context]
    python benchmarks/cameo_polnear_mixed.py --list [--shared PATH]   # the rule's sentences

PolNeAR train articles (US political news, 2015-2016) that use several political-interaction
words over the whole CAMEO ontology (met, talks, agreed, urged, criticized, threatened,
protest, sanctions, arrested, endorsed, ...), except the articles of the international and
conflict sets and every article whose file-name sha1 starts with an odd hex digit (that half
is development data); from each, the first sentences that use one. Only file names,
character offsets, sentence sha1s and events live in
``benchmarks/cameo/polnear_mixed_events.jsonl``; the texts come from ``../shared`` and every
sentence must match its sha1 before the XML is written. Selection rule, conventions and counts:
``benchmarks/cameo/README_polnear_mixed.md``.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import cameo_polnear as polnear
import cameo_polnear_conflict as conflict
import cameo_polnear_intl as intl

CODINGS = polnear.CODINGS_DIR / "polnear_mixed_events.jsonl"
MIN_KEYWORDS = 5
SENTENCES_PER_DOC = 4
EVEN_HEX = frozenset("02468ace")
# Political-interaction words over the whole ontology (consult, agree, appeal, support,
# criticize, reject, threaten, protest, sanction, coerce, assault), fixed before any sentence
# was read or coded; matched as whole words, case-insensitively ("called on" with any space).
KEYWORDS = (
    "meet meets met meeting meetings talks visit visits visited summit "
    "agree agreed agreement deal signed negotiate negotiated negotiating negotiations "
    "urge urged called-on demand demanded appealed "
    "criticize criticized criticised criticizing condemn condemned denounced blamed "
    "accuse accused warn warned threaten threatened "
    "reject rejected refuse refused "
    "praise praised thanked apologize apologized apologised "
    "aid sanctions ban banned arrest arrested protest protested protesters "
    "attack attacked killed troops investigation investigating sued charged indicted "
    "veto vetoed endorse endorsed endorsement supported pledged invited".split())
_KEYWORD = polnear.keyword_pattern(KEYWORDS, r"\s+")


def keywords(text: str) -> set[str]:
    """The distinct keywords ``text`` uses, lower-cased, "called on" as "called-on"."""
    return {"-".join(m.lower().split()) for m in _KEYWORD.findall(text)}


def even_hash(name: str) -> bool:
    """True for the half of the articles this set may use (file-name sha1 starts even)."""
    return hashlib.sha1(name.encode()).hexdigest()[0] in EVEN_HEX


def doc_picks(text: str) -> list[polnear.Span]:
    """The sentences the rule picks from one article (none if it uses too few keywords)."""
    return polnear.keyword_picks(text, keywords, MIN_KEYWORDS, SENTENCES_PER_DOC)


def excluded_docs() -> frozenset[str]:
    """The articles of the international and conflict blind sets, left out entirely."""
    return conflict.excluded_docs() | polnear.coded_docs(conflict.CODINGS)


def candidates(shared: Path) -> list[Path]:
    """The articles the rule may use: not in another set, even file-name hash, name order."""
    return [p for p in intl.articles(shared, excluded_docs) if even_hash(p.name)]


def selected(shared: Path) -> list[tuple[str, polnear.Span]]:
    """(article file name, sentence) for every sentence the rule picks, files in name order."""
    return [(p.name, s) for p in candidates(shared) for s in doc_picks(polnear.read_text(p))]


def build(shared: Path, codings: Path, context: bool = False) -> str:
    """The whole validation XML document, every sentence checked against PolNeAR train."""
    return intl.build_train(shared, codings, "mixed", context)


def main(argv: list[str] | None = None) -> int:
    """Command-line entry: write OUT.xml, or (``--list``) print the picked sentences as jsonl."""
    return polnear.offset_main(argv, __doc__, build, CODINGS, selected)


if __name__ == "__main__":
    sys.exit(main())
