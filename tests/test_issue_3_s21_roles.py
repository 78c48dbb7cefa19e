"""Issue 3, twenty-first session (roles): who a mobilization or a show of force is aimed at
(a region of the doer's own state it is sent to, the side of an attack it comes ahead of, the
named side whose event it comes before, the attack an alert fears, the target of the doer's
other act a call-up shares), people a demonym places though a quantity word heads them, and
police acting on a thing named by its town. Sentences written for these tests; checks read
the whole pipeline."""

from __future__ import annotations

from typing import Any

import pytest

from event_views import first_by_trigger, sides_of

pytestmark = pytest.mark.issue(3)


@pytest.mark.parametrize(("text", "word", "sides"), [
    ("Thailand sent 2,000 extra soldiers to Yala on Tuesday.", "sent", ("THA", "THA")),
    ("Moscow dispatched 800 more interior ministry troops into Ingushetia on Friday.",
     "dispatched", ("RUS", "RUS")),
    ("Peru deployed 1,200 soldiers to the restive Cusco region on Monday.", "deployed",
     ("PER", "PER")),
])
def test_issue_3_deployment_to_own_region_is_aimed_at_home(events_of: Any, text: str,
                                                           word: str,
                                                           sides: tuple[str, str]) -> None:
    """A deployment to a region of the doer's own state is aimed at that state, at home: the
    region's name resolves to the state's actor, yet it is no name of the state itself."""
    assert sides_of(events_of, text, word) == sides


def test_issue_3_state_sent_to_itself_has_no_target(events_of: Any) -> None:
    """Near miss: a name of the state itself is the doer, no region it is aimed at."""
    text = "Britain sent 400 troops back to the United Kingdom on Friday."
    target = first_by_trigger(events_of, text, "sent").target
    assert target is None or "Kingdom" not in target.text


@pytest.mark.parametrize(("text", "word", "sides"), [
    ("Turkey mobilised 5,000 reservists on Monday ahead of a planned offensive against "
     "Kurdish militants in northern Iraq.", "mobilised", ("TUR", "IRQ")),
    ("Egypt called up thousands of reservists ahead of an expected assault on Libyan "
     "militias near the border.", "called", ("EGY", "LBY")),
])
def test_issue_3_mobilization_aims_at_the_side_it_will_attack(events_of: Any, text: str,
                                                              word: str,
                                                              sides: tuple[str, str]) -> None:
    """A call-up 'ahead of an offensive against X' is aimed at X."""
    assert sides_of(events_of, text, word) == sides


@pytest.mark.parametrize(("text", "word", "sides"), [
    ("Russia held naval drills in the Baltic on Sunday, two days before Estonia's "
     "parliamentary election.", "drills", ("RUS", "EST")),
    ("China began air force exercises on Monday, a week before Japan was due to open a new "
     "base on Yonaguni.", "exercises", ("CHN", "JPN")),
])
def test_issue_3_show_of_force_before_a_states_event(events_of: Any, text: str, word: str,
                                                    sides: tuple[str, str]) -> None:
    """A show of force held just before a named state's event or deed is aimed at it."""
    assert sides_of(events_of, text, word) == sides


def test_issue_3_show_of_force_before_an_ownerless_event(events_of: Any) -> None:
    """Near miss: before an event no one owns, nobody is aimed at."""
    text = "Russia held naval drills in the Baltic on Sunday, two days before the summit."
    assert sides_of(events_of, text, "drills")[1] is None


@pytest.mark.parametrize(("text", "word", "sides"), [
    ("Armenian units were put on combat alert overnight, fearing an Azerbaijani offensive "
     "near the border.", "put", ("ARM", "AZE")),
    ("Officials said Greek forces on the islands had been put on alert, fearing a Turkish "
     "landing raid.", "put", ("GRC", "TUR")),
])
def test_issue_3_alert_aims_at_the_feared_attacker(events_of: Any, text: str, word: str,
                                                  sides: tuple[str, str]) -> None:
    """An alert 'fearing an X attack' answers X."""
    assert sides_of(events_of, text, word) == sides


def test_issue_3_alert_fearing_no_named_attack(events_of: Any) -> None:
    """Near miss: a feared attack of no named side names no target."""
    text = "Armenian units were put on combat alert overnight, fearing an offensive."
    assert sides_of(events_of, text, "put")[1] is None


@pytest.mark.parametrize(("text", "word", "sides"), [
    ("Israel called up 20,000 reservists on Sunday and began its offensive in Gaza.",
     "called", ("ISR", "PSE")),
    ("Russia mobilised 100,000 reservists and launched a new offensive in Ukraine on Tuesday.",
     "mobilised", ("RUS", "UKR")),
])
def test_issue_3_call_up_shares_the_target_of_its_offensive(events_of: Any, text: str,
                                                            word: str,
                                                            sides: tuple[str, str]) -> None:
    """A call-up whose only object is the doer's own men is aimed where its doer's other act
    of the sentence is."""
    assert sides_of(events_of, text, word) == sides


def test_issue_3_call_up_alone_keeps_its_men(events_of: Any) -> None:
    """Near miss: with no other act, the call-up aims at no other state."""
    text = "Israel called up 20,000 reservists on Sunday."
    assert sides_of(events_of, text, "called")[1] in (None, "ISR")


@pytest.mark.parametrize(("text", "word", "target"), [
    ("Syria expelled four French members of the UN monitoring mission on Monday.", "expelled",
     "FRA"),
    ("Pirates seized three Indian members of the tanker's crew off Somalia.", "seized", "IND"),
])
def test_issue_3_demonym_on_quantity_head_places_people(events_of: Any, text: str, word: str,
                                                        target: str) -> None:
    """'Four French members of the UN mission' are French: a people word on the quantity
    head places them, not the group they belong to."""
    assert sides_of(events_of, text, word)[1] == target


def test_issue_3_quantity_head_without_demonym_goes_through(events_of: Any) -> None:
    """Near miss: 'thousands of Iraqi Kurds' are still the Kurds behind the count."""
    text = "Turkish troops detained thousands of Iraqi Kurds near the border."
    assert sides_of(events_of, text, "detained")[1] == "IRQ"


@pytest.mark.parametrize(("text", "word", "source"), [
    ("Police raided the Karachi offices of a private television channel on Monday.", "raided",
     "PAK"),
    ("Police stormed the Nairobi headquarters of an opposition party late on Friday.",
     "stormed", "KEN"),
])
def test_issue_3_police_of_the_town_they_act_in(events_of: Any, text: str, word: str,
                                                source: str) -> None:
    """Police of no country who raid a place named by its town are that town's state's."""
    assert sides_of(events_of, text, word)[0] == source


def test_issue_3_police_at_a_foreign_mission(events_of: Any) -> None:
    """Near miss: police raiding a state's embassy are not that state's."""
    text = "Police raided the Kenyan embassy compound on Monday."
    assert sides_of(events_of, text, "raided")[0] != "KEN"
