"""Build a PETRARCH-style validation XML from article-body sentences of PolNeAR train.

    python benchmarks/cameo_polnear_body.py OUT.xml [--shared PATH] [--context]
    python benchmarks/cameo_polnear_body.py --list [--shared PATH]   # the rule's sentences

PolNeAR train articles (US political news, 2015-2016) whose file-name sha1 starts with an even
hex digit (the odd half is development data), except the articles of the international,
conflict, mixed and leads sets, in an order fixed in advance by a salted hash of the file name
(a shuffle across outlets and dates); from each of the first ``ARTICLES`` of them, the prose
sentences at fixed positions deep in the body (the 4th, 7th and 10th prose sentences after the
headline, where the article has them), with no keyword filter. The sentences were coded in
their article's context (actors named only by a pronoun, surname, title or group noun take the
code of whom they refer to). Only file names, character offsets, sentence sha1s and events live
in ``benchmarks/cameo/polnear_body_events.jsonl``; the texts come from ``../shared`` and every
sentence must match its sha1 before the XML is written. Selection rule, conventions and counts:
``benchmarks/cameo/README_polnear_body.md``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import cameo_polnear as polnear
import cameo_polnear_intl as intl
import cameo_polnear_leads as leads

CODINGS = polnear.CODINGS_DIR / "polnear_body_events.jsonl"
ORDER_SALT = "body:"
# 1-based positions among an article's prose sentences after the headline: deep in the body,
# past the lead (which the leads set covers), fixed before any candidate sentence was read.
POSITIONS = (4, 7, 10)
# M, chosen from counts only (articles and sentences, no text) and committed before any
# candidate sentence was read: see README_polnear_body.md.
ARTICLES = 56
even_hash = leads.even_hash


def order_key(name: str) -> str:
    """The fixed shuffle: the sha1 of ``"body:" + file name``, in hex."""
    return leads.order_key(name, ORDER_SALT)


def doc_picks(text: str, positions: tuple[int, ...] = POSITIONS) -> list[polnear.Span]:
    """The prose sentences after the headline at the 1-based ``positions`` the article has (an
    article with 8 prose sentences gives its 4th and 7th), no keyword filter."""
    prose = polnear.prose_sentences(text)
    return [prose[n - 1] for n in positions if n <= len(prose)]


def excluded_docs() -> frozenset[str]:
    """The articles of the international, conflict, mixed and leads blind sets, left out
    entirely."""
    return leads.excluded_docs() | polnear.coded_docs(leads.CODINGS)


def candidates(shared: Path) -> list[Path]:
    """The articles the rule may use (not in another set, even file-name hash), in the fixed
    salted-hash order."""
    return leads.candidates(shared, excluded_docs, order_key)


def selected(shared: Path, articles: int = ARTICLES,
             positions: tuple[int, ...] = POSITIONS) -> list[tuple[str, polnear.Span]]:
    """(article file name, sentence) for every sentence the rule picks: the prose sentences at
    ``positions`` of each of the first ``articles`` candidates, in the fixed order."""
    return [(p.name, s) for p in candidates(shared)[:articles]
            for s in doc_picks(polnear.read_text(p), positions)]


def build(shared: Path, codings: Path, context: bool = False) -> str:
    """The whole validation XML document, every sentence checked against PolNeAR train (with
    ``context``, each sentence carries its article's text before it: the set is coded so)."""
    return intl.build_train(shared, codings, "body", context)


def main(argv: list[str] | None = None) -> int:
    """Command-line entry: write OUT.xml, or (``--list``) print the picked sentences as jsonl."""
    return polnear.offset_main(argv, __doc__, build, CODINGS, selected)


if __name__ == "__main__":
    sys.exit(main())
