"""Issue 3, twenty-fifth session: 'the two sides' (the issue names it among the mentions to
join) stands for the two parties just named, in its sentence or the one before; an act of
the two sides with no other party is done by each to the other."""

from __future__ import annotations

from typing import Any

import pytest


def _pairs(events: list[Any]) -> set[tuple[str, str | None, str | None]]:
    return {(e.code[:2], e.source and e.source.country, e.target and e.target.country)
            for e in events}


@pytest.mark.parametrize(("text", "sides", "roots"), [
    ("Japanese Foreign Minister Taro Kono arrived in Seoul on Monday. During talks with South "
     "Korean Foreign Minister Kang Kyung-wha on Tuesday, Kono said that the two sides will "
     "expand security cooperation. The two sides reiterated their firm support for each "
     "other.", ("JPN", "KOR"), ("03", "05")),
    # the seed article: 'the two militaries' is no third party
    ("Chinese Defense Minister Li Shangfu arrived in Moscow. During talks with Russian Defense "
     "Minister Sergei Shoigu on Tuesday, Li Shangfu said that the two sides will expand "
     "military cooperation, and vowed to elevate the relations between the two militaries.",
     ("CHN", "RUS"), ("03",)),
])
def test_issue_3_s25_two_sides_act_on_each_other(
        events_of: Any, text: str, sides: tuple[str, str], roots: tuple[str, ...]) -> None:
    """An act of 'the two sides' is done by each named party to the other, and none of them
    lacks a country (before, 'sides -> militaries' had none)."""
    found = _pairs(events_of(text))
    a, b = sides
    for root in roots:
        assert {(root, a, b), (root, b, a)} <= found
    assert not any(s is None or t is None for c, s, t in found if c in roots)


def test_issue_3_s25_two_sides_as_target(events_of: Any) -> None:
    """'urged the two sides to ...': each side is urged."""
    found = _pairs(events_of(
        "Ethiopian and Eritrean troops clashed near Badme on Sunday. The United Nations urged "
        "the two sides to stop fighting."))
    assert {("02", "UN", "ETH"), ("02", "UN", "ERI")} <= found


def test_issue_3_s25_two_sides_skip_the_venue(events_of: Any) -> None:
    """A place the talks were held in is no side: 'talks with the rebels in Nairobi'."""
    found = _pairs(events_of(
        "The Sudanese government walked out of peace talks with the rebel Sudan People's "
        "Liberation Army in Nairobi on Tuesday after the two sides failed to agree on a "
        "ceasefire."))
    assert all("KEN" not in (s, t) for _, s, t in found)
    assert ("12", "SSD", "SDN") in found or ("12", "SDN", "SSD") in found


def test_issue_3_s25_two_sides_unresolved_stay_out(events_of: Any) -> None:
    """With no two named parties of two countries before it, 'the two sides' names no one (a
    guard on the rule's reach)."""
    found = events_of("The two sides agreed to resume talks next month.")
    assert all(e.source is None or e.source.country is None for e in found)


def test_issue_3_s25_two_sides_stay_in_their_sentence(events_of: Any) -> None:
    """When its own sentence names a party, 'the two sides' is not read from the sentence
    before (there, another story's actor): one party found leaves it unresolved. A guard on
    the rule's reach: before the rule nothing was resolved at all."""
    found = _pairs(events_of(
        "EU chief Ursula von der Leyen returned from Beijing on Monday. A statement from the "
        "Chinese ministry said that during Li Shangfu's visit, the two sides agreed to "
        "deepen cooperation."))
    assert all("EU" not in (s, t) for c, s, t in found if c == "03")


def test_issue_3_s25_two_sides_need_exactly_two_states(events_of: Any) -> None:
    """A third state named ('angering China'), a host ('hosted by Indonesia') or a match
    ('drew 1-1') leaves no two sides to tell, or the host out."""
    found = _pairs(events_of(
        "Vietnam and the Philippines signed a maritime pact on Monday, angering China. The two "
        "countries pledged to hold joint patrols."))
    assert all("CHN" not in (s, t) for c, s, t in found if c == "03")
    found = _pairs(events_of(
        "Blinken met Wang Yi at a summit hosted by Indonesia. The two sides agreed to resume "
        "military talks."))
    assert {("03", "USA", "CHN"), ("03", "CHN", "USA")} <= found
    assert all("IDN" not in (s, t) for _, s, t in found)
    assert events_of("Brazil drew 1-1 with Argentina on Sunday. The two sides have not beaten "
                     "each other since 2019.") == []
