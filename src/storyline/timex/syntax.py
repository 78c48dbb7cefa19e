"""What the dependency parse says about a time expression: its governing verb and tense.

This is the only timex module that touches spaCy objects; it returns plain values.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from storyline.nlp.extract import Segment

VERBAL = ("VERB", "AUX")
FUTURE_AUX = {"will", "shall", "'ll", "wo", "’ll"}
CONDITIONAL_AUX = {"would", "could", "might", "may", "should"}
FUTURE_LEMMAS = {"plan", "schedule", "expect", "due", "intend", "set", "aim", "prepare",
                 "upcoming", "slate", "propose", "hope", "going"}
TEMPORAL_PREPS = {"during", "at", "amid", "in", "throughout", "for"}
TEMPORAL_MARKS = {"when", "as", "while", "after", "once", "upon"}


def text_length(doc: Doc) -> int:
    """``len(doc.text)`` without building the text (``doc.text`` joins every token)."""
    if not len(doc):
        return 0
    last = doc[-1]
    return int(last.idx) + len(last.text_with_ws)


class SegmentIndex:
    """Which annotated segment holds a stretch of the article: bounds measured once."""

    def __init__(self, segments: Sequence[Segment]) -> None:
        self.bounds = [(seg.offset, seg.offset + text_length(seg.doc), seg) for seg in segments]

    def find(self, start: int, end: int) -> Segment | None:
        """The first segment holding article chars [start, end), if any."""
        for first, last, seg in self.bounds:
            if first <= start and end <= last:
                return seg
        return None


def char_span(doc: Doc, start: int, end: int) -> Span | None:
    """The tokens covering [start, end) of the doc's text (expanded to token edges)."""
    return doc.char_span(start, end, alignment_mode="expand")


def token_at(doc: Doc, start: int, end: int) -> Token | None:
    """The syntactic head token of the chars [start, end)."""
    span = char_span(doc, start, end)
    return span.root if span is not None and len(span) else None


def governor(token: Token, stop: Span | None = None) -> Token | None:
    """The nearest verb at or above ``token`` (skipping tokens inside ``stop``)."""
    current = token
    for _ in range(40):
        inside = stop is not None and stop.start <= current.i < stop.end
        if current.pos_ in VERBAL and not inside:
            return current
        if current.head.i == current.i:
            return current if current.pos_ in VERBAL else None
        current = current.head
    return None


def tense_of(verb: Token | None) -> str | None:
    """'past', 'future' or None (present or unknown) for the clause headed by ``verb``."""
    if verb is None:
        return None
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxes}
    if words & FUTURE_AUX or _infinitive_of_plan(verb, words):
        return "future"
    if verb.lemma_.lower() in FUTURE_LEMMAS and not _is_past(verb, auxes):
        return "future"
    if _is_past(verb, auxes):
        return "past"
    if words & CONDITIONAL_AUX:
        return "future"
    return None


def _is_past(verb: Token, auxes: list[Token]) -> bool:
    if any(a.tag_ == "VBD" or a.lemma_ == "have" for a in auxes):
        return True
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and not auxes and verb.dep_ == "ROOT")


def _infinitive_of_plan(verb: Token, aux_words: set[str]) -> bool:
    """'plans to travel on Monday', 'is going to visit': an infinitive under intent."""
    if "to" not in aux_words:
        return False
    head = verb.head
    return head.lemma_.lower() in FUTURE_LEMMAS or head.lemma_.lower() in ("agree", "want")


def _predicate_at(doc: Doc, start: int, end: int) -> Token | None:
    """The predicate (past an auxiliary) governing the chars [start, end), if any."""
    span = char_span(doc, start, end)
    if span is None or not len(span):
        return None
    verb = governor(span.root, stop=span)
    if verb is not None and verb.dep_ in ("aux", "auxpass"):
        verb = verb.head
    return verb


def tense_at(doc: Doc, start: int, end: int) -> str | None:
    """The tense of the clause governing the chars [start, end)."""
    return tense_of(_predicate_at(doc, start, end))


def timex_governor(doc: Doc, start: int, end: int) -> int | None:
    """Token index of the predicate a time expression modifies (verb or event noun)."""
    verb = _predicate_at(doc, start, end)
    return verb.i if verb is not None else None


def path_to_verb(token: Token) -> tuple[list[int], bool]:
    """Indexes from a token up to its clause verb; False when a non-temporal preposition
    ('a statement issued Tuesday on his visit') cuts the noun off from the verb's time."""
    path = [token.i]
    current = token
    for _ in range(40):
        if current.pos_ in VERBAL or current.head.i == current.i:
            return path, current.pos_ in VERBAL
        if current.dep_ == "pobj" and current.head.lower_ not in TEMPORAL_PREPS:
            return path, False
        current = current.head
        path.append(current.i)
    return path, False


def inherited_clauses(verb: Token) -> list[int]:
    """Clauses whose time a verb shares: its temporal 'when/after ...' clause, its conj head."""
    found = []
    for child in verb.children:
        if child.dep_ == "advcl" and any(m.lower_ in TEMPORAL_MARKS for m in child.children
                                         if m.dep_ == "mark"):
            found.append(child.i)
    if verb.dep_ == "conj" and verb.head.pos_ in VERBAL:
        found.append(verb.head.i)
    return found
