"""Issue 3, ninth session review: ordinary news the session's new rules first misread (crowds
celebrating in the streets, wildfires, a company called Shell, blocked mergers, sport words in
war news) and shots fired at people whose town followed."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize("text", [
    "Cyclists took to the streets of London for the annual charity ride.",
    "Supporters took to the streets of Caracas to celebrate the election victory.",
    "Thousands took to the streets of Tehran to mourn the general.",
    "Greek fires killed 80 people in 2018.",
    "Regulators blocked the merger of two supermarket chains.",
])
def test_issue_3_ordinary_news_with_new_trigger_words_gives_no_event(
        events_of: Any, text: str) -> None:
    assert events_of.codes(text) == []


def test_issue_3_a_crowd_with_a_grievance_in_the_streets_protests(events_of: Any) -> None:
    codes = events_of.codes(
        "Tens of thousands took to the streets of Belgrade against the government.")
    assert [(c[0], c[2]) for c in codes] == [("141", "SRB")]


def test_issue_3_a_company_called_shell_fires_no_artillery(events_of: Any) -> None:
    assert all(c[0] != "194" for c in events_of.codes(
        "Shell hit a record profit in the third quarter."))


@pytest.mark.parametrize("text", [
    "Gunmen killed half of the villagers in Zamfara, a defence official said.",
    "Bandits killed 12 people in Zamfara, and half of the victims were women, the defence "
    "ministry said.",
])
def test_issue_3_defence_and_half_do_not_make_war_news_sport(events_of: Any, text: str) -> None:
    assert [c[0] for c in events_of.codes(text)] == ["190"]


@pytest.mark.parametrize(("text", "target"), [
    ("Soldiers fired live rounds at demonstrators in Yangon.", "demonstrators"),
    ("Police fired shots at protesters in Dhaka.", "protesters"),
])
def test_issue_3_people_fired_at_are_the_target_not_a_scene(
        events_of: Any, text: str, target: str) -> None:
    events = [e for e in events_of(text) if e.code == "175"]  # violent repression
    assert events and events[0].target is not None and events[0].target.text == target


def test_issue_3_a_warned_of_coercion_is_a_threat_not_a_forecast(events_of: Any) -> None:
    """A warning whose clause tells of coercion threatens, whatever the clause's subject; one
    of a change in the world is a forecast."""
    assert any(c[0] == "130" and c[2] == "RUS" for c in events_of.codes(
        "Moscow warned that sanctions would trigger retaliation against European firms."))
    assert events_of.codes("The central bank warned that inflation would rise.") == []


def test_issue_3_a_country_word_on_the_object_is_no_town_hit(events_of: Any) -> None:
    """'a US convoy near Baghdad': the convoy is hit, not a town called US; the unnamed
    bombers take the scene's country and the convoy keeps its own."""
    codes = events_of.codes("A roadside bomb struck a US convoy near Baghdad, wounding three "
                            "soldiers.")
    assert [(c[0][:2], c[2], c[3]) for c in codes] == [("18", "IRQ", "USA")]


@pytest.mark.parametrize("text", [
    "Protesters rioted in Nairobi, torching cars and looting shops.",
    "Youths rioted in Paris overnight, setting fire to dozens of cars.",
])
def test_issue_3_a_riots_participles_are_the_riot_itself(events_of: Any, text: str) -> None:
    """What the rioters did while rioting ('torching cars') is the riot, one event (145)."""
    assert [c[0] for c in events_of.codes(text)] == ["145"]
