"""Issue 3, ninth session (events, third round): health, immigration and own-export bans, bans
on a named country's goods, people aimed at in a scene, appeal targets, forecasts, hosted
occasions and a team's attack in play.

Sentences written for these tests; event-level checks read the whole pipeline (code and
countries).
"""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.issue(3)


@pytest.mark.parametrize(("text", "expected"), [
    ("Moscow imposed a ban on Polish apples.", ("163", "RUS", "POL")),
    ("Turkey imposed a ban on Israeli goods.", ("163", "TUR", "ISR")),
    ("Moscow lifted its ban on Moldovan wine.", ("085", "RUS", "MDA")),
    ("Beijing imposed entry bans on six Lithuanian lawmakers.", ("163", "CHN", "LTU")),
])
def test_issue_3_ban_on_a_countrys_goods_or_officials(events_of: Any, text: str,
                                                      expected: tuple[str, str, str]) -> None:
    """A ban on a named country's goods of any kind or on its officials is a sanction."""
    assert [(c, s, t) for c, _, s, t in events_of.codes(text)] == [expected]


@pytest.mark.parametrize("text", [
    "The US imposed a travel ban on visitors from South Africa over the Omicron variant.",
    "The UK introduced visa restrictions on Nigerian students.",
    "Kenya imposed entry restrictions on travellers from Uganda amid an Ebola outbreak.",
    "India banned exports of wheat.",
    "Indonesia banned palm oil exports to curb rising cooking oil prices.",
])
def test_issue_3_health_immigration_and_own_export_bans(events_of: Any, text: str) -> None:
    """Health or immigration rules and a state's own export ban sanction no one."""
    assert events_of.codes(text) == []


def test_issue_3_warning_shots_at_people_in_a_scene(events_of: Any) -> None:
    """People aimed at in a place are the target, the place only where."""
    events = events_of("Police fired warning shots at protesters in Dhaka.")
    assert [(e.code, e.target.text if e.target else None) for e in events] == [
        ("150", "protesters")]


@pytest.mark.parametrize(("text", "target"), [
    ("Senators called on the administration to retaliate against Russia.", "the administration"),
    ("Lawmakers urged the government to impose sanctions on Iran.", "government"),
])
def test_issue_3_appeal_targets_whom_it_calls_on(events_of: Any, text: str, target: str) -> None:
    """An appeal is aimed at its addressee, not at the object of the act it asks for."""
    events = events_of(text)
    assert [(e.code, e.target.text if e.target else None) for e in events] == [("020", target)]


@pytest.mark.parametrize("text", [
    "The doctor warned of a flu surge.",
    "The Bank of England warned that inflation would rise.",
    "Economists warned of a recession in Germany.",
    "Japan will host the Olympic Games.",
    "Qatar is hosting the World Cup final.",
    "Liverpool's attack on the Chelsea goal ended with a corner.",
    "Barcelona's attack on the title faltered after a draw.",
])
def test_issue_3_forecasts_occasions_and_play_are_no_events(events_of: Any, text: str) -> None:
    """Forecasts are no threats, occasions hosted no meetings, a team's attack no force."""
    assert events_of.codes(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("North Korea warned of a nuclear response to the drills.", "130"),
    ("China warned Taiwan against seeking independence.", "130"),
    ("Xi Jinping hosted the Russian president in Beijing.", "043"),
    ("Ukraine's attack on Russian positions near Bakhmut killed dozens.", "190"),
])
def test_issue_3_threats_visits_and_attacks_kept(events_of: Any, text: str,
                                                 expected: str) -> None:
    """Near misses keep their code: a coercive warning, a guest hosted, an armed attack."""
    assert [c for c, *_ in events_of.codes(text)][:1] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("Rockets were fired at Tel Aviv from Gaza.", ("190", "PSE", "ISR")),
    ("Shells were fired at Donetsk from Ukrainian positions.", ("194", "UKR", "UKR")),
    ("Rockets were fired by Hamas at Tel Aviv.", ("190", "PSE", "ISR")),
])
def test_issue_3_weapons_fired_at_a_place(events_of: Any, text: str,
                                          expected: tuple[str, str, str]) -> None:
    """A weapon fired at a place attacks it; its agent or origin ('from Gaza') is the doer."""
    assert [(c, s, t) for c, _, s, t in events_of.codes(text)] == [expected]


def test_issue_3_fired_is_still_dismissal(events_of: Any) -> None:
    """A person fired with no weapon is dismissed, no attack."""
    assert events_of.codes("The manager was fired after a string of defeats.") == []


def test_issue_3_live_rounds_after_warning_shots(events_of: Any) -> None:
    """Live rounds fired after warning shots hit the crowd they are aimed at (190)."""
    events = events_of("Israeli troops fired warning shots and then live rounds at the crowd.")
    assert [(e.code, e.source.country if e.source else None,
             e.target.text if e.target else None) for e in events] == [
        ("190", "ISR", "the crowd")]


def test_issue_3_threatened_strikes_on_a_city(events_of: Any) -> None:
    """Strikes a state threatens on a city are military force threatened (138), no walkout."""
    assert [(c, s, t) for c, _, s, t in events_of.codes(
        "Iran threatened Israel with strikes on Tel Aviv.")] == [("138", "IRN", "ISR")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Russia banned Georgian wine.", ("163", "RUS", "GEO")),
    ("China banned Australian coal.", ("163", "CHN", "AUS")),
    ("Germany banned a neo-Nazi group.", ("1722", "DEU", "DEU")),
])
def test_issue_3_banning_a_countrys_goods(events_of: Any, text: str,
                                          expected: tuple[str, str, str]) -> None:
    """Banning a named country's goods is an embargo; banning a group keeps its code."""
    assert [(c, s, t) for c, _, s, t in events_of.codes(text)] == [expected]


def test_issue_3_hosting_a_named_bodys_summit(events_of: Any) -> None:
    """A summit of a named body hosted is a meeting with that body (043)."""
    assert [(c, s, t) for c, _, s, t in events_of.codes(
        "Kenya hosted the African Union summit in Nairobi.")] == [("043", "KEN", "AU")]


def test_issue_3_sanction_reason_is_no_scene(events_of: Any) -> None:
    """A place in a sanction's stated reason ('over arms sales to Taiwan') is not where the
    sanction happens, so it gives its target no country."""
    events = events_of("China sanctioned Raytheon Technologies over arms sales to Taiwan.")
    assert [(e.code, e.target.country if e.target else None,
             e.location.text if e.location else None) for e in events] == [("163", None, None)]
