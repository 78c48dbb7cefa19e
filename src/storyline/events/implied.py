"""Implied targets: the state a target-less domestic or material act is aimed at.

PLOVER and the CAMEO manual code a recipient that the sentence does not name: a strike or a
curfew is aimed at the doer's own state, and force used "in Gorazde" falls on Bosnia (the GSR
readme: "actor primary codes were inferred from these locations"). Such a target is marked
``implied``, carries the span of its evidence (the doer or the place) and never an actor id,
so nothing reads it as a mention of an actor.
"""

from __future__ import annotations

from storyline.actors import kb
from storyline.records import ActorRef, Event

# Acts aimed at the doer's own state when no target is named: protests (14); yielding on
# domestic demands (080-083: "called off the strike", "lifted the curfew"); threats and acts
# of administrative sanctions, dissent, arrest and repression (130/132/133/137, 170/172/173/175).
DOMESTIC_CODES = ("14", "080", "081", "082", "083", "130", "132", "133", "137",
                  "170", "172", "173", "175")
# Material acts that land where they happen: protest, force posture, coercion, violence.
PLACED_ROOTS = frozenset({"14", "15", "17", "18", "19", "20"})


def add_implied_targets(events: list[Event]) -> None:
    """Give each target-less event the state its act is aimed at, where a convention says so."""
    for event in events:
        if event.target is None:
            event.target = implied_target(event)


def implied_target(event: Event) -> ActorRef | None:
    """The place's country for a material act, else the doer's own state for a domestic one."""
    place = event.location
    if event.root_code in PLACED_ROOTS and place and place.span and _state(place.country):
        return _implied(place.text, place.span, str(place.country), None)
    source = event.source
    if event.code.startswith(DOMESTIC_CODES) and source and source.span and _state(
            source.country):
        return _implied(source.text, source.span, str(source.country), "GOV")
    return None


def _state(country: str | None) -> bool:
    """Whether a code is a country (ISO alpha-3), not a body such as the UN or NATO."""
    return country is not None and country in kb.bundled().isos


def _implied(text: str, span: tuple[int, int], country: str, sector: str | None) -> ActorRef:
    """An implied state target named after its country, with its evidence's text and span."""
    return ActorRef(text=text, span=span, name=kb.country_name(country), country=country,
                    sector=sector, implied=True)
