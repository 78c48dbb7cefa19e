"""Build a PETRARCH-style validation XML from the lead sentences of PolNeAR train articles.

    python benchmarks/cameo_polnear_leads.py OUT.xml [--shared PATH] [--context]
    python benchmarks/cameo_polnear_leads.py --list [--shared PATH]   # the rule's sentences

PolNeAR train articles (US political news, 2015-2016) whose file-name sha1 starts with an even
hex digit (the odd half is development data), except the articles of the international,
conflict and mixed sets, in an order fixed in advance by a salted hash of the file name (a
shuffle across outlets and dates); from each of the first ``ARTICLES`` of them, the first
``SENTENCES_PER_DOC`` prose sentences after the headline: the news lead, with no keyword
filter. Only file names, character offsets, sentence sha1s and events live in
``benchmarks/cameo/polnear_leads_events.jsonl``; the texts come from ``../shared`` and every
sentence must match its sha1 before the XML is written. Selection rule, conventions and counts:
``benchmarks/cameo/README_polnear_leads.md``.
"""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Callable
from pathlib import Path

import cameo_polnear as polnear
import cameo_polnear_intl as intl
import cameo_polnear_mixed as mixed

CODINGS = polnear.CODINGS_DIR / "polnear_leads_events.jsonl"
ORDER_SALT = "leads:"
# N and M, chosen from counts only (articles and sentences, no text) and committed before any
# candidate sentence was read: see README_polnear_leads.md.
SENTENCES_PER_DOC = 2
ARTICLES = 75
even_hash = mixed.even_hash


def order_key(name: str, salt: str = ORDER_SALT) -> str:
    """The fixed shuffle: the sha1 of ``"leads:" + file name`` (or another set's ``salt``), in
    hex."""
    return hashlib.sha1((salt + name).encode()).hexdigest()


def doc_picks(text: str, per_doc: int = SENTENCES_PER_DOC) -> list[polnear.Span]:
    """The first ``per_doc`` prose sentences after the headline (the lead), no keyword filter."""
    return polnear.doc_picks(text, per_doc)


def excluded_docs() -> frozenset[str]:
    """The articles of the international, conflict and mixed blind sets, left out entirely."""
    return mixed.excluded_docs() | polnear.coded_docs(mixed.CODINGS)


def candidates(shared: Path, excluded: Callable[[], frozenset[str]] = excluded_docs,
               key: Callable[[str], str] = order_key) -> list[Path]:
    """The articles the rule may use (not in another set, even file-name hash), in the fixed
    salted-hash order (``excluded`` and ``key``: another set's, such as the body set's)."""
    return sorted((p for p in intl.articles(shared, excluded) if even_hash(p.name)),
                  key=lambda p: key(p.name))


def selected(shared: Path, articles: int = ARTICLES,
             per_doc: int = SENTENCES_PER_DOC) -> list[tuple[str, polnear.Span]]:
    """(article file name, sentence) for every sentence the rule picks: the first ``per_doc``
    prose sentences of each of the first ``articles`` candidates, in the fixed order."""
    return [(p.name, s) for p in candidates(shared)[:articles]
            for s in doc_picks(polnear.read_text(p), per_doc)]


def build(shared: Path, codings: Path, context: bool = False) -> str:
    """The whole validation XML document, every sentence checked against PolNeAR train."""
    return intl.build_train(shared, codings, "leads", context)


def main(argv: list[str] | None = None) -> int:
    """Command-line entry: write OUT.xml, or (``--list``) print the picked sentences as jsonl."""
    return polnear.offset_main(argv, __doc__, build, CODINGS, selected)


if __name__ == "__main__":
    sys.exit(main())
