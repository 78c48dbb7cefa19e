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
# Nouns of a stretch of time or a count that hold an act's noun ('began a week of exercises')
SPAN_NOUNS = frozenset({"day", "days", "week", "weeks", "month", "months", "hours", "round",
                        "rounds", "series", "wave", "spate"})
LIGHT_PREPS = frozenset({"on"})  # 'went on hunger strike', 'embarked on a tour'
# Verbs of telling, whose object is an audience, not an act ('told a meeting of ministers');
# 'announced a suspension of air links' announces the act itself
TELLING_LEMMAS = frozenset({"tell", "say", "address", "brief", "inform"})
# Verbs whose subject is an act that causes the noun act ('The shooting drew condemnation'):
# the two acts stay level, as neither holds the other
CAUSING_LEMMAS = frozenset({"draw", "prompt", "spark", "provoke", "trigger", "bring", "earn",
                            "attract", "cause"})
# Moves that open an act of force joined to them ('crossed into Ethiopia and shelled the
# town'): the force is the report, the move its way there
# Verbs whose object is never an act they stand for (telling, causing): no light verbs
NOT_LIGHT_LEMMAS = TELLING_LEMMAS | CAUSING_LEMMAS
MOVE_ROOTS = frozenset({"15"})
FORCE_ROOTS = frozenset({"18", "19", "20"})


def mark_main(events: list[Event], sent: Span, doc_offset: int) -> list[Event]:
    """The events with ``main`` set on those whose trigger is nearest the sentence's parse root
    (all events of that trigger, one per actor pair), a coded purpose of a meeting or visit in
    its place; ``doc_offset`` maps article offsets to the parsed segment's. A coordinated act
    stays below the first ("arrested X and fired on Y"), as one-event coders take the first."""
    if not events:
        return events
    heads = [_trigger_head(e, sent, doc_offset) for e in events]
    triggers = {t.i for t in heads if t is not None}
    depths = _lift_purposes(events, heads, [
        _depth(_light_verb(t, triggers)) if t is not None else UNPARSED for t in heads])
    depths = _force_after_move(events, heads, depths)
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


def _light_verb(tok: Token, triggers: set[int]) -> Token:
    """The verb an act's noun stands for when that verb codes nothing of its own ('went on
    hunger strike', 'began a week of military exercises'): the noun is as high as the verb."""
    if tok.pos_ != "NOUN":
        return tok
    holder = tok
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in SPAN_NOUNS:
        holder = tok.head.head  # 'a week of exercises': the week is the verb's object
    verb = holder.head
    if holder.dep_ == "pobj" and verb.lower_ in LIGHT_PREPS:
        verb = verb.head
    elif holder.dep_ != "dobj":
        return tok
    light = verb.pos_ in ("VERB", "AUX") and verb.i not in triggers and (
        verb.lemma_.lower() not in NOT_LIGHT_LEMMAS) and any(
        c.dep_ == "nsubj" for c in verb.children)  # its doer named: 'prompted the army to
    return verb if light else tok  # launch an offensive' leaves 'launch' no subject of its own


def _force_after_move(events: list[Event], heads: list[Token | None], depths: list[int]
                      ) -> list[int]:
    """Depths where an act of force joined to a move before it takes the move's rank and
    the move drops below it ('Eritrean troops crossed into Ethiopia and shelled Zalambessa')."""
    at = {t.i: k for k, t in enumerate(heads) if t is not None}
    out = list(depths)
    for k, tok in enumerate(heads):
        j = at.get(tok.head.i) if tok is not None and tok.dep_ == "conj" else None
        if j is not None and events[j].root_code[:2] in MOVE_ROOTS and (
                events[k].root_code[:2] in FORCE_ROOTS):
            out[k], out[j] = depths[j], depths[j] + 1
    return out


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
