"""Which coded events matter most: the head act of each sentence and the acts of the lead.

A sentence often tells several acts ("X accused Y of attacking Z"); coders such as the PLOVER
GSR code one, and analysts weigh lead-paragraph events higher (GDELT's IsRootEvent). Every
event is kept; these flags let users and scorers pick.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from storyline.records import Event

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

UNPARSED = 1_000  # depth of a trigger with no token in the sentence (it is never the head act)


def mark_main(events: list[Event], sent: Span, doc_offset: int) -> list[Event]:
    """The events with ``main`` set on those whose trigger is nearest the sentence's parse root
    (all events of that trigger, one per actor pair); ``doc_offset`` maps article offsets to
    the parsed segment's."""
    if not events:
        return events
    depths = [_trigger_depth(e, sent, doc_offset) for e in events]
    top = min(depths)
    return [replace(e, main=d == top) for e, d in zip(events, depths, strict=True)]


def _trigger_depth(event: Event, sent: Span, doc_offset: int) -> int:
    """Head hops from the trigger's highest token to the sentence root."""
    if event.trigger_span is None:
        return UNPARSED
    start, end = (i - doc_offset for i in event.trigger_span)
    depths = [_depth(t) for t in sent if t.idx < end and t.idx + len(t) > start]
    return min(depths, default=UNPARSED)


def _depth(token: Token) -> int:
    depth = 0
    while token.head.i != token.i and depth < UNPARSED:
        token, depth = token.head, depth + 1
    return depth


def lead_end(text: str, title: str | None) -> int:
    """Where the lead ends: after the first paragraph that is not the headline (a headline
    line is part of the lead too); the whole text when it has one paragraph."""
    pos = 0
    for line in text.splitlines(keepends=True):
        end = pos + len(line)
        stripped = line.strip()
        if stripped and stripped != (title or "").strip():
            return end
        pos = end
    return len(text)


def mark_lead(events: list[Event], end: int) -> None:
    """Set ``lead`` on the events whose sentence starts before ``end``."""
    for event in events:
        event.lead = event.span[0] < end
