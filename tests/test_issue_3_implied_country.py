"""Issue 3, implied countries: every convention that implies a state builds it one way.

Sentences are our own, written for these tests.
"""

from __future__ import annotations

from typing import Any

import pytest

from storyline.events.extract import _implied_doers
from storyline.events.implied import implied_country, implied_target
from storyline.records import ActorRef, Event

pytestmark = pytest.mark.issue(3)


def test_issue_3_an_implied_country_is_named_after_it_and_joins_no_actor() -> None:
    ref = implied_country("KEN", (4, 19), "GOV")
    assert (ref.text, ref.name, ref.country, ref.sector) == ("Kenya", "Kenya", "KEN", "GOV")
    assert ref.span == (4, 19) and ref.implied and ref.actor_id is None
    assert implied_country("FRA", (0, 6)).sector is None  # no sector unless the act says


def test_issue_3_an_implied_target_is_the_doers_country() -> None:
    doer = ActorRef(text="Kenyan nurses", span=(0, 13), country="KEN", sector="LAB")
    strike = Event(id="e", article_id="a", sentence="s", span=(0, 40), code="143",
                   root_code="14", source=doer)
    assert implied_target(strike) == implied_country("KEN", (0, 13), "GOV")


def test_issue_3_an_implied_doer_is_the_undergoers_government() -> None:
    jailed = ActorRef(text="Ghanaian reporters", span=(0, 18), country="GHA", sector="MED")
    assert _implied_doers([jailed]) == [implied_country("GHA", (0, 18), "GOV")]


def test_issue_3_a_shared_target_is_the_other_targets_country(events_of: Any) -> None:
    text = "Poland protested and expelled two Belarusian diplomats."
    protests = [e for e in events_of(text) if e.plover == "PROTEST"]
    assert protests and protests[0].target is not None
    target = protests[0].target
    assert target == implied_country("BLR", target.span)  # country only, no sector
    assert target.span is not None and "Belarusian" in text[slice(*target.span)]
