"""Issue 3, roles (sixth session): who did it to whom, and the country each is coded to.

Sentences are our own, written for these tests (none is copied from a gold set).
"""

from __future__ import annotations

from typing import Any

import pytest

from storyline.records import ActorRef, Event

pytestmark = pytest.mark.issue(3)


def _cited(text: str, ref: ActorRef | None) -> str:
    """The words of the text an event participant cites."""
    assert ref is not None and ref.span is not None
    return text[slice(*ref.span)]


def _only(events: list[Event], plover: str) -> Event:
    """The one event of a PLOVER type."""
    found = [e for e in events if e.plover == plover]
    assert len(found) == 1, [(e.code, e.trigger) for e in events]
    return found[0]


@pytest.mark.parametrize(("text", "plover", "doer", "country"), [
    ("The Tamil rebels claimed that they had bombed an army camp near Jaffna.", "ASSAULT",
     "Tamil rebels", "LKA"),
    ("The Kenyan government said it would release forty detained fishermen.", "AGREE",
     "Kenyan government", "KEN"),
    ("Mexico announced on Friday that it had expelled two Bolivian diplomats.", "SANCTION",
     "Mexico", "MEX"),
])
def test_issue_3_a_pronoun_doer_cites_the_name_its_sentence_gives(
        events_of: Any, text: str, plover: str, doer: str, country: str) -> None:
    event = _only(events_of(text), plover)
    assert _cited(text, event.source) == doer
    assert event.source is not None and event.source.country == country
    assert event.source.text == doer


def test_issue_3_a_pronoun_named_in_an_earlier_sentence_stays_the_pronoun(
        events_of: Any) -> None:
    text = "Government troops shelled the rebel town. They killed nine fighters on Monday."
    killing = [e for e in events_of(text) if e.trigger == "killed"]
    assert killing and _cited(text, killing[0].source) == "They"  # its sentence names no one


@pytest.mark.parametrize(("text", "plover", "country"), [
    ("Tehran protested on Monday and summoned the Danish ambassador.", "PROTEST", "DNK"),
    ("Algeria protested and recalled its ambassador from Madrid.", "PROTEST", "ESP"),
    ("Kenya hosted and praised the Ugandan president.", "CONSULT", "UGA"),
])
def test_issue_3_a_targetless_act_shares_the_doers_other_target(
        events_of: Any, text: str, plover: str, country: str) -> None:
    event = _only(events_of(text), plover)
    assert event.target is not None and not event.target.implied
    assert event.target.country == country  # not the doer's own government


def test_issue_3_a_domestic_protest_keeps_its_own_government(events_of: Any) -> None:
    text = "Workers protested and blocked the main road in Lagos."
    protest = [e for e in events_of(text) if e.trigger == "protested"]
    assert protest and protest[0].target is not None and protest[0].target.implied
    assert protest[0].target.country == "NGA"  # Lagos is no foreign target to share


def test_issue_3_an_implied_doer_is_the_undergoers_state() -> None:
    from storyline.events.extract import _implied_doers, _same

    jailed = ActorRef(text="Kenyan journalists", span=(4, 22), country="KEN", sector="MED")
    [doer] = _implied_doers([jailed])
    assert (doer.text, doer.country, doer.span, doer.implied) == ("Kenya", "KEN", (4, 22), True)
    assert not _same(doer, jailed)  # shares the evidence span, is another actor
    [nobody] = _implied_doers([ActorRef(text="a policeman", span=(0, 11))])
    assert (nobody.country, nobody.implied, nobody.text) == (None, True, "authorities")
    assert _implied_doers([]) == []
