"""Implied targets: the state a target-less domestic act is aimed at, by PLOVER/CAMEO convention.

A strike, a protest or a called-off strike with no named target is aimed at the doer's own
government; a curfew, martial law or a resignation with no named target falls on the doer's
own country (the GSR codes these so). Such a target names no mention: it is marked ``implied``,
named after its country, carries the span of its evidence (the doer) and never an actor id.
"""

from __future__ import annotations

from storyline.actors import kb
from storyline.records import ActorRef, Event, Span

# Acts aimed at the doer's own state when no target is named: protests (14); yielding on
# domestic demands (080-083: "called off the strike", "lifted the curfew"); threats and acts
# of administrative sanctions, dissent, arrest and repression (130/132/133/137, 170/172/173/175).
DOMESTIC_CODES = ("14", "080", "081", "082", "083", "130", "132", "133", "137",
                  "170", "172", "173", "175")
# Of those, the ones aimed at the government (protests, strikes and their ending, dissent); the
# rest (curfews, martial law, arrests, resignations) fall on the country, its people.
AT_GOVERNMENT = ("14", "080", "082", "133")
# Armed forces and spies often act abroad: where, the sentence must say.
ABROAD_SECTORS = frozenset({"MIL", "SPY", "IGO"})
# Acts a state's civil bodies do at home when they name no target: inquiries (090), seizing
# property (171, 1711) and torture (1822) by a government, its police or its courts ('South
# African prosecutors launched an inquiry', 'Uzbek police had tortured detained members of a
# group', "Zimbabwe's government seized white-owned farms")
HOME_BODY_CODES = ("090", "171", "1822")
HOME_BODY_SECTORS = frozenset({"GOV", "COP", "JUD"})
# Rule over a whole state (a suspended constitution, martial law or a state of emergency) falls
# on the doer's country whoever imposes it, an army's ruler too ('The military ruler suspended
# the constitution'); troops' curfews (1723) are often abroad: the sentence must say where
HOME_RULE_CODES = frozenset({"172", "1724"})


def add_implied_targets(events: list[Event]) -> None:
    """Give each target-less event the state its act is aimed at, where a convention says so."""
    for event in events:
        if event.target is None:
            event.target = implied_target(event)


def implied_target(event: Event) -> ActorRef | None:
    """The doer's own state for a target-less domestic act; None for anything else."""
    source = event.source
    if source is None or source.span is None or not (event.code.startswith(DOMESTIC_CODES) or (
            event.code.startswith(HOME_BODY_CODES) and source.sector in HOME_BODY_SECTORS)):
        return None
    country = source.country
    if country is None or country not in kb.bundled().isos or (
            source.sector in ABROAD_SECTORS and event.code not in HOME_RULE_CODES):
        return None
    if event.code.startswith("14") and _the_state(source, country):
        return None  # 'Canada recalled its envoy to protest the tests': no protest at itself
    sector = "GOV" if event.code.startswith(AT_GOVERNMENT) else None
    return implied_country(country, source.span, sector)


def _the_state(source: ActorRef, country: str) -> bool:
    """Whether a doer is its state itself (its name, its government), not people in it."""
    return not source.implied and (source.sector == "GOV" or source.text.removeprefix("the ")
                                   == kb.country_name(country))


def implied_country(country: str, span: Span | None, sector: str | None = None) -> ActorRef:
    """A country as an implied participant: named after it, evidenced by ``span``, no actor id
    (one builder for every convention that implies a state, so they all look alike)."""
    name = kb.country_name(country)
    return ActorRef(text=name, span=span, name=name, country=country, sector=sector,
                    implied=True)
