"""Issue 3, roles (sixth session): who did it to whom, and the country each is coded to.

Sentences are our own, written for these tests (none is copied from a gold set).
"""

from __future__ import annotations

from typing import Any

import pytest

from event_views import by_trigger
from storyline.records import ActorRef, Event

pytestmark = pytest.mark.issue(3)


def _only(events: list[Event], plover: str) -> Event:
    """The one event of a PLOVER type."""
    found = [e for e in events if e.plover == plover]
    assert len(found) == 1, [(e.code, e.trigger) for e in events]
    return found[0]


@pytest.mark.parametrize(("text", "plover", "doer", "country"), [
    ("The Tamil rebels took the camp near Jaffna only after they had shelled it for days.",
     "ASSAULT", "Tamil rebels", "LKA"),
    ("Once the talks collapsed, the Kenyan government decided that it would free forty "
     "detained fishermen.", "AGREE", "Kenyan government", "KEN"),
    ("Because of the dispute, Mexico told reporters it was expelling two Bolivian diplomats.",
     "SANCTION", "Mexico", "MEX"),
])
def test_issue_3_a_pronoun_doer_cites_the_name_its_sentence_gives(
        events_of: Any, text: str, plover: str, doer: str, country: str) -> None:
    event = _only(events_of(text), plover)
    assert events_of.cited(text, event.source) == doer
    assert event.source is not None and event.source.country == country
    assert event.source.text == doer


def test_issue_3_a_pronoun_named_in_an_earlier_sentence_stays_the_pronoun(
        events_of: Any) -> None:
    text = "Government troops shelled the rebel town. They killed nine fighters on Monday."
    killing = by_trigger(events_of, text, "killed")
    # its sentence names no one
    assert killing and events_of.cited(text, killing[0].source) == "They"


@pytest.mark.parametrize(("text", "plover", "country"), [
    ("Tehran protested on Monday and summoned the Danish ambassador.", "PROTEST", "DNK"),
    ("Algeria protested and recalled its ambassador from Madrid.", "PROTEST", "ESP"),
    ("Kenya hosted and praised the Ugandan president.", "CONSULT", "UGA"),
])
def test_issue_3_a_targetless_act_shares_the_doers_other_target(
        events_of: Any, text: str, plover: str, country: str) -> None:
    event = _only(events_of(text), plover)
    assert event.target is not None and event.target.implied  # the country, no mention
    assert event.target.country == country  # not the doer's own government


def test_issue_3_a_shared_target_is_the_country_not_the_other_acts_people(
        events_of: Any) -> None:
    text = "Russia protested and detained two Estonian fishermen."
    protest = _only(events_of(text), "PROTEST")
    assert protest.target is not None and protest.target.implied
    assert (protest.target.country, protest.target.text) == ("EST", "Estonia")


def test_issue_3_an_intent_takes_no_shared_target(events_of: Any) -> None:
    events = events_of("Turkey pledged to reduce its oil imports and warned Iran.")
    assert any(e.plover == "THREATEN" and e.target is not None for e in events)
    pledges = [e for e in events if e.code.startswith("03")]
    assert pledges and all(e.target is None for e in pledges)


def test_issue_3_a_domestic_protest_keeps_its_own_government(events_of: Any) -> None:
    text = "Workers protested and blocked the main road in Lagos."
    protest = by_trigger(events_of, text, "protested")
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


def test_issue_3_a_body_the_tables_lack_keeps_its_own_code() -> None:
    from storyline.actors.kb import split_code

    assert split_code("IGOCWN") == ("CWN", "IGO")  # the Commonwealth, as the EU is 'EU'
    assert split_code("IGOUNO") == ("UN", "IGO")
    assert split_code("IGOAFRBUS") == ("IGO", "IGO")  # a region and a sector name no body
    assert split_code("IGOMOSOIC")[0] == "OIC"  # a religion neither


def test_issue_3_the_commonwealth_is_a_body_with_its_own_code(events_of: Any) -> None:
    [event] = events_of("The Commonwealth suspended Fiji over the coup.")
    assert event.source is not None
    assert (event.source.country, event.source.sector) == ("CWN", "IGO")


@pytest.mark.parametrize("text", [
    "Union leaders called off the strike on Friday.",
    "The union leaders threatened a strike.",
])
def test_issue_3_union_leaders_are_labour_even_opening_a_sentence(
        events_of: Any, text: str) -> None:
    events = events_of(text)
    assert events and all(e.source is not None and e.source.sector == "LAB" for e in events)


def test_issue_3_a_capital_union_inside_a_name_is_no_labour_union(actors_of: Any) -> None:
    text = "Soviet Union officials met the Union Carbide chief in Delhi."
    rec = actors_of(text)
    officials = actors_of.at(rec, text, "officials")
    assert officials is not None and (officials.country, officials.sector) == ("RUS", "GOV")


@pytest.mark.parametrize(("text", "word"), [
    ("Palestinian youths threw stones at a Jewish settlement near Nablus.", "settlement"),
    ("Jewish settlers from Hebron attacked Palestinian farmers.", "settlers"),
])
def test_issue_3_jewish_settlers_are_israeli(actors_of: Any, text: str, word: str) -> None:
    from storyline.actors.coding import code_phrase

    mention = actors_of.at(actors_of(text), text, word)
    assert mention is not None and mention.country == "ISR"  # not the place they live in
    coded = code_phrase("a Jewish settlement")
    assert coded is not None and coded.country == "ISR"
    settling = code_phrase("the settlement of Jewish families")  # an act of settling, no place
    assert settling is None or settling.country != "ISR"


@pytest.mark.parametrize(("text", "word", "country"), [
    ("The ministry permitted Apple to sell its phones in Vietnam.", "ministry", None),
    ("The ministry allowed Nestle to open a plant in Brazil.", "ministry", None),
    ("The ministry ordered police to detain the strikers in Lagos.", "ministry", "NGA"),
])
def test_issue_3_a_place_where_another_named_actor_acts_does_not_place_the_agent(
        actors_of: Any, text: str, word: str, country: str | None) -> None:
    mention = actors_of.at(actors_of(text), text, word)
    assert mention is not None and mention.country == country


def test_issue_3_police_are_no_demonstrators_of_a_protest_they_police(events_of: Any) -> None:
    text = ("Fighting broke out between police and Kenyan students who hurled stones during "
            "demonstrations in Nairobi.")
    protests = [e for e in events_of(text) if e.plover == "PROTEST"]
    assert protests and all(e.source is not None and e.source.sector != "COP" for e in protests)


def test_issue_3_police_firing_during_a_march_do_not_march(events_of: Any) -> None:
    events = events_of("Kenyan police fired tear gas during the march in Nairobi.")
    assert any(e.source is not None and e.source.sector == "COP" for e in events)  # the force
    assert not any(e.plover == "PROTEST" and e.source is not None and e.source.sector == "COP"
                   for e in events)


@pytest.mark.parametrize(("text", "sector"), [
    ("Police officers in Lagos protested over unpaid wages.", "COP"),
    ("Police officers staged a protest over unpaid wages in Lagos.", "COP"),
    ("Soldiers held a demonstration outside the defence ministry in Bamako.", "MIL"),
])
def test_issue_3_police_who_protest_themselves_still_do(
        events_of: Any, text: str, sector: str) -> None:
    event = _only(events_of(text), "PROTEST")
    assert event.source is not None and event.source.sector == sector


def test_issue_3_a_full_name_the_tagger_missed_is_still_a_participant() -> None:
    from storyline.events.actors import Participant, resolve_actor

    who = Participant(head=(40, 47), phrase=(26, 47), text="Mateo Ruiz del Campo",
                      head_text="Campo")
    ref = resolve_actor([], who)
    assert ref is not None and (ref.text, ref.span, ref.country) == (
        "Mateo Ruiz del Campo", (26, 47), None)
    lower = Participant(head=(4, 13), phrase=(0, 13), text="the buildings",
                        head_text="buildings")
    assert resolve_actor([], lower) is None  # a common noun phrase is no name
    one = Participant(head=(0, 6), phrase=(0, 6), text="Monday", head_text="Monday")
    assert resolve_actor([], one) is None  # one capitalised word may open a sentence
