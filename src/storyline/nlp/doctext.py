"""Doc and sentence texts without joining tokens again.

``Doc.text`` and ``Span.text`` build their string from every token on each access. While an
article is extracted (``nlp.extract._run``), each segment's doc is known together with the
string spaCy parsed, which ``doc.text`` reproduces character for character; a doc not known
here (a test's own doc) is read the usual way.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

_KNOWN: dict[int, tuple[Doc, str]] = {}  # id(doc) -> (doc, its text): identity checked


def know(pairs: Iterable[tuple[Doc, str]]) -> None:
    """Remember the text of each doc (the string it was parsed from)."""
    for doc, text in pairs:
        _KNOWN[id(doc)] = (doc, text)


def forget(docs: Iterable[Doc]) -> None:
    """Drop the remembered texts of ``docs`` (the docs are no longer held)."""
    for doc in docs:
        hit = _KNOWN.get(id(doc))
        if hit is not None and hit[0] is doc:
            del _KNOWN[id(doc)]


def doc_text(doc: Doc) -> str:
    """``doc.text``, remembered when the doc is known."""
    hit = _KNOWN.get(id(doc))
    return hit[1] if hit is not None and hit[0] is doc else doc.text


def span_text(span: Span) -> str:
    """``span.text`` (a sentence's), cut from its doc's remembered text when known."""
    doc = span.doc
    hit = _KNOWN.get(id(doc))
    if hit is not None and hit[0] is doc:
        return hit[1][span.start_char : span.end_char]
    return span.text
