"""Date events and quotes with the time expression that governs their predicate.

A time expression dates an event when, in the dependency parse, it attaches to the event's
trigger, to a noun on the way from the trigger up to its clause verb, or to that verb; failing
that, to a temporal clause of that verb ('after he arrived on Sunday, he was received') or to
the verb it is coordinated with. A date from another clause is never taken, and the article
date is never copied in: with no governing expression the date stays null.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from storyline.nlp.extract import ExtractContext
from storyline.records import Event, Quote, Span, TimeRef
from storyline.timex import syntax
from storyline.timex.checks import article_checks

if TYPE_CHECKING:
    from spacy.tokens import Doc

DATED_TYPES = ("DATE", "TIME")


def datable(ref: TimeRef) -> bool:
    """A calendar value an event can carry (not a duration, set, PRESENT_REF or conflict)."""
    value = ref.value or ""
    return ref.type in DATED_TYPES and value[:1].isdigit() and ref.conflict is None


def governed(doc: Doc, offset: int, refs: Iterable[TimeRef]) -> dict[int, list[TimeRef]]:
    """Time expressions of one segment keyed by the token index they modify."""
    table: dict[int, list[TimeRef]] = {}
    length = syntax.text_length(doc)
    for ref in refs:
        start, end = ref.span[0] - offset, ref.span[1] - offset
        if start < 0 or end > length or not datable(ref):
            continue
        index = syntax.timex_governor(doc, start, end)
        if index is not None:
            table.setdefault(index, []).append(ref)
    return table


def governing_timex(doc: Doc, offset: int, span: Span,
                    table: dict[int, list[TimeRef]]) -> TimeRef | None:
    """The time expression governing the predicate at article span ``span``, if any."""
    token = syntax.token_at(doc, span[0] - offset, span[1] - offset)
    if token is None:
        return None
    path, reached = syntax.path_to_verb(token)
    for index in path:
        if index in table:
            return _closest(table[index], span)
    if not reached:
        return None
    verb = doc[path[-1]]
    for index in syntax.inherited_clauses(verb):
        if index in table:
            return _closest(table[index], span)
    return None


def _closest(refs: list[TimeRef], span: Span) -> TimeRef:
    return min(refs, key=lambda r: abs(r.span[0] - span[0]))


def date_fields(ref: TimeRef) -> tuple[str | None, str | None]:
    """The (date, precision) an event gets from a time expression (TIME values to the day)."""
    value = ref.value or ""
    if ref.type == "TIME" and "T" in value:
        return value.split("T")[0] or None, "day"
    return value or None, ref.precision


def _apply(record: Event | Quote, ref: TimeRef) -> None:
    record.date, record.date_precision = date_fields(ref)
    record.date_text, record.date_span = ref.text, ref.span


def _predicate_span(item: Event | Quote) -> Span | None:
    if isinstance(item, Event):
        return item.trigger_span or item.span
    return item.cue.span if item.cue is not None else item.span


def attach_dates(ctx: ExtractContext) -> None:
    """Give each event and quote the date its own clause states; then write the checks."""
    tables: dict[int, dict[int, list[TimeRef]]] = {}
    index = syntax.SegmentIndex(ctx.segments)
    items: list[Event | Quote] = [*ctx.record.events, *ctx.record.quotes]
    for item in items:
        span = _predicate_span(item)
        seg = index.find(*span) if span else None
        if span is None or seg is None:
            continue
        key = id(seg)
        if key not in tables:
            tables[key] = governed(seg.doc, seg.offset, ctx.record.timexes)
        ref = governing_timex(seg.doc, seg.offset, span, tables[key])
        if ref is not None:
            _apply(item, ref)
    ctx.record.checks.extend(article_checks(ctx.article, ctx.record.timexes))
