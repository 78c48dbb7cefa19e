"""Find the actor mention behind a character range, for events and quotes to cite."""

from __future__ import annotations

from storyline.records import ActorRef, Mention
from storyline.spans import SpanIndex

SCAN_LIMIT = 32  # below this many mentions a plain scan is as fast as the index


_INDEX: list[tuple[list[Mention], int, SpanIndex[Mention]]] = []  # the last list's, one entry


def nearby(mentions: list[Mention], start: int, end: int) -> list[Mention]:
    """The mentions that may overlap [start, end): all of a short list, else from an index
    built once per list (mentions are only ever appended, so its length tells it changed)."""
    if len(mentions) <= SCAN_LIMIT:
        return mentions
    last = _INDEX[0] if _INDEX else None  # read once: another thread may replace it
    if last is not None and last[0] is mentions and last[1] == len(mentions):
        index = last[2]
    else:
        index = SpanIndex(mentions, lambda m: m.span)
        _INDEX[:] = [(mentions, len(mentions), index)]
    return index.overlapping(start, end)


def _overlap(m: Mention, start: int, end: int) -> int:
    """How many characters a mention shares with a span."""
    return max(0, min(m.span[1], end) - max(m.span[0], start))


def mention_at(mentions: list[Mention], start: int, end: int) -> Mention | None:
    """The best mention for an article char range: smallest containing it, else largest overlap.

    Ties prefer a coded mention (one with a country or actor id), so a PRON/TITLE mention that
    coreference joined to a known actor is as good as the name itself.
    """
    mentions = nearby(mentions, start, end)
    containing = [m for m in mentions if m.span[0] <= start and end <= m.span[1]]
    if containing:
        return min(containing, key=lambda m: (m.span[1] - m.span[0], m.country is None))
    overlapping = [(m, _overlap(m, start, end)) for m in mentions]
    overlapping = [(m, n) for m, n in overlapping if n > 0]
    if not overlapping:
        return None
    return max(overlapping, key=lambda mn: (mn[1], mn[0].country is not None))[0]


def actor_ref(m: Mention) -> ActorRef:
    """The ActorRef an event or quote carries for a mention (its codes as coded/joined)."""
    return ActorRef(
        text=m.text,
        span=m.span,
        actor_id=m.actor_id,
        name=m.name,
        country=m.country,
        sector=m.sector,
        role=m.role,
        description=m.description,
        country_basis=m.country_basis,
    )
