"""Issue 3, seventeenth session, lead: agentless assaults on political figures."""

from __future__ import annotations

import pytest

from storyline.evaluate.events import run_sentences


def _coded(text: str) -> list[tuple[str, str | None, str | None]]:
    (events,) = run_sentences([text])
    return [(e.code, e.source.country if e.source else None, e.target.country if e.target else None)
            for e in events if e.code[:2] == "18"]


@pytest.mark.parametrize(("text", "expected"), [
    ("A provincial governor was stabbed in the neck during a rally in Kandy on Saturday.",
     ("182", "LKA", "LKA")),
    ("An opposition lawmaker was beaten unconscious outside his flat in Baku on Tuesday night.",
     ("182", "AZE", "AZE")),
    ("A grenade was hurled at the car of a Burundian minister in Bujumbura on Sunday, but he "
     "escaped unhurt.", ("183", "BDI", "BDI")),
])
def test_issue_3_agentless_assault_on_a_political_figure_is_force(
        text: str, expected: tuple[str, str, str]) -> None:
    """An assault on an official, a lawmaker or a minister whose doer the text leaves unnamed is
    political force by the place's unnamed doers (the GSR convention), where the same act on a
    commoner stays crime. Found from aggregate counts: on every unseen set most events missed
    with no event at all were such agentless force, dropped for want of a doer."""
    assert _coded(text) == [expected]


def test_issue_3_agentless_assault_on_a_political_figure_without_a_place() -> None:
    """With no place named, the political victim's own state is the unnamed doers' (as it was
    for stabbings only); a commoner's beating stays crime."""
    assert _coded("A Zimbabwean opposition lawmaker was beaten unconscious outside his home on "
                  "Tuesday.") == [("182", "ZWE", "ZWE")]
    assert _coded("A Zimbabwean farmer was beaten unconscious outside his home on Tuesday.") == []


@pytest.mark.parametrize("text", [
    "A teenager was stabbed outside a nightclub in Leeds early on Saturday.",
    "A farmer was beaten to death in a dispute over land in Kenya's Rift Valley.",
    "Police arrested the leader of a banned party in Tashkent and charged him with plotting to "
    "overthrow the government.",
    "A shopkeeper was beaten and robbed at his stall in Lagos on Friday.",
])
def test_issue_3_agentless_harm_without_a_political_victim_stays_uncoded(text: str) -> None:
    """A commoner's stabbing or beating, a robbery and a plot told as an aim make no
    agentless force event."""
    assert _coded(text) == []
