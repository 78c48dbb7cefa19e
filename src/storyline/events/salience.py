"""Which coded events matter most: the head act of each sentence and the acts of the lead.

A sentence often tells several acts ("X accused Y of attacking Z"); coders such as the PLOVER
GSR code one, and analysts weigh lead-paragraph events higher (GDELT's IsRootEvent). Every
event is kept; these flags let users and scorers pick.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from storyline.events.syntax import infinitival
from storyline.records import Event

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

UNPARSED = 1_000  # depth of a trigger with no token in the sentence (it is never the head act)
# acts done for a purpose ("summoned the ambassador to protest the shelling", "flew to Cairo to
# sign the deal"): meetings, visits, summons and calls, whose coded purpose is the point
VEHICLE_ROOTS = frozenset({"04"})


def mark_main(events: list[Event], sent: Span, doc_offset: int) -> list[Event]:
    """The events with ``main`` set on those whose trigger is nearest the sentence's parse root
    (all events of that trigger, one per actor pair), a coded purpose of a meeting or visit in
    its place; ``doc_offset`` maps article offsets to the parsed segment's. A coordinated act
    stays below the first ("arrested X and fired on Y"), as one-event coders take the first."""
    if not events:
        return events
    heads = [_trigger_head(e, sent, doc_offset) for e in events]
    depths = _lift_purposes(events, heads, [
        _depth(t) if t is not None else UNPARSED for t in heads])
    top = min(depths)
    return [replace(e, main=d == top) for e, d in zip(events, depths, strict=True)]


def _lift_purposes(events: list[Event], heads: list[Token | None], depths: list[int]
                   ) -> list[int]:
    """Depths where a coded purpose of a meeting, visit or summons outranks it ("summoned the
    envoy to protest the seizure": the protest is the point, as GSR coders take it)."""
    at = {t.i: k for k, t in enumerate(heads) if t is not None}
    out, demoted = list(depths), set()
    for k, tok in enumerate(heads):
        j = at.get(tok.head.i) if tok is not None and tok.head.i != tok.i else None
        if j is not None and tok is not None and tok.dep_ in ("advcl", "xcomp") and (
                infinitival(tok)) and events[j].root_code in VEHICLE_ROOTS and (
                events[k].root_code not in VEHICLE_ROOTS):
            out[k] = depths[j]
            demoted.add(j)
    return [d + 1 if k in demoted else d for k, d in enumerate(out)]


def _trigger_head(event: Event, sent: Span, doc_offset: int) -> Token | None:
    """The trigger's token nearest the sentence root, if the trigger lies in the sentence."""
    if event.trigger_span is None:
        return None
    start, end = (i - doc_offset for i in event.trigger_span)
    inside = [t for t in sent if t.idx < end and t.idx + len(t) > start]
    return min(inside, key=_depth, default=None)


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
