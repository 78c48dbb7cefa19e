"""Issue 3, roles (sixth session): regression tests for detect.py patches sent to the EVENTS
helper (/tmp/s6/roles/patches/). Each fails until its patch is applied.

Sentences are our own, written for these tests (none is copied from a gold set).
"""

from __future__ import annotations

from typing import Any

import pytest

from event_views import by_trigger
from storyline.records import Event

pytestmark = pytest.mark.issue(3)


def _by_trigger(events: list[Event], word: str) -> Event:
    """The one event whose trigger holds a word."""
    found = [e for e in events if word in (e.trigger or "")]
    assert len(found) == 1, [(e.code, e.trigger) for e in events]
    return found[0]


@pytest.mark.parametrize(("text", "trigger", "place", "country"), [
    ("Kenya will pull half of its police contingent out of Haiti next month.", "pull",
     "Haiti", "HTI"),
    ("Ghana withdrew peacekeepers from Lebanon on Friday.", "withdrew", "Lebanon", "LBN"),
    ("Mozambique's president has postponed his trip to Malawi.", "postponed", "Malawi",
     "MWI"),
])
def test_issue_3_patch01_a_withdrawal_is_aimed_at_where_it_leaves(
        events_of: Any, text: str, trigger: str, place: str, country: str) -> None:
    event = _by_trigger(events_of(text), trigger)
    assert events_of.cited(text, event.target) == place  # not the doer's own troops or trip
    assert event.target is not None and event.target.country == country


@pytest.mark.parametrize(("text", "trigger", "target"), [
    ("Brazilian auditors opened a probe into Petrobras last week.", "probe", "Petrobras"),
    ("French judges opened an inquiry into Renault.", "inquiry", "Renault"),
])
def test_issue_3_patch02_an_investigation_is_aimed_at_what_it_looks_into(
        events_of: Any, text: str, trigger: str, target: str) -> None:
    event = _by_trigger(events_of(text), trigger)
    assert events_of.cited(text, event.target) == target


def test_issue_3_patch03_the_jailed_are_no_jailers(events_of: Any) -> None:
    text = "More than 300 student protesters have been detained since the unrest began."
    event = _by_trigger(events_of(text), "detained")
    assert event.target is not None and events_of.cited(text, event.target) == "student protesters"
    assert event.source is not None and event.source.implied  # an authority nobody names


def test_issue_3_patch03_a_national_undergoer_gives_the_doer_its_state(events_of: Any) -> None:
    event = _by_trigger(events_of("Two Malian reporters were arrested on Monday."), "arrested")
    assert event.source is not None and event.source.implied
    assert (event.source.country, event.source.text) == ("MLI", "Mali")
    assert event.target is not None and event.target.country == "MLI"


@pytest.mark.parametrize(("text", "trigger", "doer"), [
    ("Twelve students were arrested during a rally in Nairobi.", "rally", "students"),
    ("Protesters were hurt in scuffles with police during a march in Lima.", "march",
     "Protesters"),
])
def test_issue_3_patch04_a_place_is_no_protester_when_people_are_named(
        events_of: Any, text: str, trigger: str, doer: str) -> None:
    event = _by_trigger(events_of(text), trigger)
    assert events_of.cited(text, event.source) == doer


def test_issue_3_patch05_people_freed_by_a_state_do_not_live_in_it(events_of: Any) -> None:
    text = "Eritrean fishermen freed by Yemen returned home on Friday."
    event = _by_trigger(events_of(text), "freed")
    assert event.source is not None and event.source.country == "YEM"
    assert event.target is not None and event.target.country == "ERI"  # not Yemen's residents


def test_issue_3_patch05_people_expelled_by_a_state_keep_their_country(events_of: Any) -> None:
    text = "Somali refugees expelled by Kenya arrived in Mogadishu."
    event = _by_trigger(events_of(text), "arrived")
    assert event.source is not None and event.source.country == "SOM"


@pytest.mark.parametrize(("text", "trigger"), [
    ("Kenyan troops attacked the rebel base with the support of Ethiopian jets.", "attacked"),
    ("Sudanese troops shelled rebel positions near Geneina with the backing of Egyptian "
     "gunners.", "shelled"),
])
def test_issue_3_patch06_a_helper_is_no_target(events_of: Any, text: str, trigger: str) -> None:
    events = by_trigger(events_of, text, trigger)
    assert events and all(e.target is None or e.target.country not in ("ETH", "EGY")
                          for e in events)  # who helps is not attacked or blockaded


@pytest.mark.parametrize(("text", "held"), [
    ("Coast guard foils smuggling attempt near Mombasa, 14 smugglers arrested", "smugglers"),
    ("Shops were burned and looted, and more than 90 rioters detained.", "rioters"),
])
def test_issue_3_patch07_a_headline_arrest_arrests_its_subject(
        events_of: Any, text: str, held: str) -> None:
    event = _by_trigger(events_of(text), "arrested" if "arrested" in text else "detained")
    assert events_of.cited(text, event.target) == held
    assert event.source is not None and event.source.implied


def test_issue_3_patch08_arresters_are_not_the_attackers(events_of: Any) -> None:
    events = events_of("Police detained four suspects in the bombing of a bus station.")
    assert any(e.plover == "COERCE" for e in events)  # the arrest is read
    assert not any(e.plover == "ASSAULT" and e.source is not None and e.source.sector == "COP"
                   for e in events)  # the bombing is not the police's
    text = "Police detained four suspects in the bombing of a bus station by separatist rebels."
    attacks = [e for e in events_of(text) if e.plover == "ASSAULT"]
    assert attacks and all(e.source is not None and e.source.sector == "REB" for e in attacks)


def test_issue_3_patch08_a_raid_they_arrest_in_is_their_own(events_of: Any) -> None:
    text = "Kenyan police arrested twenty men in a raid on a mosque in Mombasa."
    raid = _by_trigger(events_of(text), "raid")
    assert raid.source is not None and raid.source.sector == "COP"


@pytest.mark.parametrize(("text", "second"), [
    ("The junta arrested its rival, the general Kayumba, and Karegeya.", "Karegeya"),
    ("Rebels shelled the outskirts of Goma and the army barracks.", "army barracks"),
])
def test_issue_3_patch09_a_second_conjoined_target_is_a_target(
        events_of: Any, text: str, second: str) -> None:
    cited = {events_of.cited(text, e.target) for e in events_of(text) if e.target is not None}
    assert any(second in c for c in cited), cited
