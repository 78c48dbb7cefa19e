"""Issue 3 events, fifth session, second review: criticism by politicians, released people,
conjoined strikes, embassies abroad, broken strikes, deployments, withdrawals and expulsions
(sentences written for these tests)."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.issue(3)


def test_issue_3_politician_attack_on_a_person_is_criticism(events_of: Any) -> None:
    """An unarmed political doer's attack on a named person, with no violence, weapon or armed
    actor in the sentence, is criticism; an armed group's or gunmen's attack is force."""
    for text in (
        "Reporters said the senator launched an attack on Governor Pelham.",
        "The senator launched a blistering attack on Mayor Okafor.",
    ):
        assert [c[:2] for c in events_of.codes(text)] == [("111", "ACCUSE")], text
    armed = events_of.codes("Officials said the Taliban claimed an attack on General Noor Zadran.")
    assert [c[:2] for c in armed] == [("190", "ASSAULT")]
    gunmen = events_of.codes("Gunmen launched an attack on the governor's convoy.")
    assert [c[:2] for c in gunmen] == [("190", "ASSAULT")]


def test_issue_3_people_released_by_someone_keep_the_release(events_of: Any) -> None:
    """A participle on people ("prisoners released by Israel") is a release; one on a thing
    ("talks hosted by Qatar", "the bill signed by the president") is no act."""
    for text in (
        "Palestinian prisoners released by Israel returned to Gaza on Monday.",
        "Two journalists freed by the rebels arrived in Kabul on Friday.",
    ):
        assert "0841" in [c[0] for c in events_of.codes(text)], text
    for text in (
        "The talks hosted by Qatar ended on Sunday.",
        "The bill signed by the president takes effect in May.",
    ):
        assert events_of.codes(text) == [], text


def test_issue_3_struck_shares_an_object_only_with_a_harming_verb(events_of: Any) -> None:
    """ "struck and occupied the factory" is a walkout (143); "struck and killed X" is force."""
    for text in (
        "Workers struck and occupied the factory in Turin.",
        "Miners struck and blocked the main highway in Bolivia.",
    ):
        assert [c[0] for c in events_of.codes(text)][0] == "143", text
    killed = events_of.codes("Gunmen struck and killed a police officer in Kabul.")
    assert [c[:2] for c in killed] == [("190", "ASSAULT"), ("190", "ASSAULT")]


def test_issue_3_closed_embassy_abroad_aims_at_the_host(events_of: Any) -> None:
    """ "closed the U.S. embassy in Yemen" aims at Yemen, the host; "closed the Iraqi embassy"
    with no place aims at Iraq, the embassy's owner."""
    assert events_of.codes("The State Department closed the U.S. embassy in Yemen.") == [
        ("161", "SANCTION", "USA", "YEM")
    ]
    assert events_of.codes("Britain closed the British embassy in Tehran.") == [
        ("161", "SANCTION", "GBR", "IRN")
    ]
    assert events_of.codes("Kuwait closed the Iraqi embassy.") == [
        ("161", "SANCTION", "KWT", "IRQ")
    ]


def test_issue_3_breaking_a_strike_is_no_strike(events_of: Any) -> None:
    """ "broke the strike/boycott" ends or defies it: the breakers do not strike (143)."""
    for text in (
        "Taxi drivers in Athens broke their strike on Monday.",
        "Reporters at the state broadcaster broke the strike to cover the vote.",
        "Several newspapers broke the boycott of the ceremony.",
    ):
        assert events_of.codes(text) == [], text
    assert events_of.codes("Taxi drivers in Athens went on strike on Monday.") == [
        ("143", "PROTEST", "GRC", "GRC")
    ]


def test_issue_3_deployments_share_one_list_of_forces(events_of: Any) -> None:
    """Every deployment (154) reads the same units and warships: "the deployment of marines"
    is one as "the deployment of troops" is; buying craft from a seller is no deployment."""
    for unit in ("marines", "paratroopers", "commandos", "troops"):
        text = f"Moscow announced the deployment of {unit} to Libya."
        assert ("154", "MOBILIZE", "RUS", "LBY") in events_of.codes(text), text
    assert [c[0] for c in events_of.codes("The general ordered helicopters to the border.")] == [
        "154"
    ]
    bought = events_of.codes("India ordered 36 fighter jets from France.")
    assert "154" not in [c[0] for c in bought] and bought


def test_issue_3_ordered_withdrawal_is_no_deployment(events_of: Any) -> None:
    """ "ordered the withdrawal of troops" is a withdrawal (0874), not a deployment of them
    (154): the object is an event noun; "a state of emergency" is still read through "of"."""
    assert [
        c[:3]
        for c in events_of.codes("Erdogan ordered the withdrawal of soldiers from the frontier.")
    ] == [("0874", "RETREAT", "TUR")]
    assert [
        c[0] for c in events_of.codes("The president declared a state of emergency in the capital.")
    ] == ["1724"]
    assert [
        c[0] for c in events_of.codes("The government lifted the state of emergency on Monday.")
    ] == ["0814"]


def test_issue_3_peacekeepers_are_people_the_act_is_done_to(events_of: Any) -> None:
    """Peacekeepers are people as inspectors are: expelled ones are the target (1661), one's
    own withdrawn ones are no target, the place they leave is ("out of X" as "from X")."""
    assert events_of.codes("Chad expelled the French peacekeepers in March.") == [
        ("1661", "SANCTION", "TCD", "FRA")
    ]
    assert events_of.codes("Ghana pulled its peacekeepers out of Liberia.") == [
        ("1661", "SANCTION", "GHA", "LBR")
    ]
    assert events_of.codes("Ghana pulled its inspectors out of Liberia.") == [
        ("1662", "SANCTION", "GHA", "LBR")
    ]


def test_issue_3_calling_a_strike_is_no_yield(events_of: Any) -> None:
    """ "called a strike" is the strike itself in CAMEO (143), it does not yield (080); "called
    off its boycott" does."""
    assert [c[0] for c in events_of.codes("The union called a strike at the port.")] == ["143"]
    assert [
        c[0] for c in events_of.codes("The union called off its boycott of the elections.")
    ] == ["080"]
