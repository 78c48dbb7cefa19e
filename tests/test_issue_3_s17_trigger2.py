"""Issue 3, seventeenth session (triggers, second round): property given back whatever it is
when it was taken from its owner ("returned stolen paintings to Ukraine", "handed back seized
manuscripts"): 0842; bans imposed or announced on trade are embargoes (163); control of
property (an oil field, a mine) seized by armed men is property taken (171), of ground still
occupation (192); arms given to a named state ("will send Mali two more helicopters") are
military aid (072, its intent 0332), no threat; a penalty fired past a keeper is sport; and
the near-misses that stay as they were (faulty goods returned, a ban on smoking, a town seized,
a new album sent to fans).

Sentences written for these tests; event-level checks read the whole pipeline (code and
countries).
"""

from __future__ import annotations

from typing import Any

import pytest

from event_views import has_event, triples

pytestmark = pytest.mark.issue(3)


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Sweden returned stolen icons to Greece after a court in Stockholm ruled on the case.",
     "SWE", "GRC"),
    ("Austria handed back looted scrolls to Ethiopia on Monday.", "AUT", "ETH"),
    ("Spain handed back seized paintings to Peru, the culture ministry said.", "ESP", "PER"),
    ("Switzerland returned smuggled statues to Iraq on Wednesday.", "CHE", "IRQ"),
])
def test_issue_3_s17b_taken_property_returned(events_of: Any, text: str, source: str,
                                              target: str) -> None:
    """A thing called stolen, looted, seized or smuggled, given back, is property returned."""
    found = triples(events_of, text)
    assert has_event(found, "0842", source, target), found


@pytest.mark.parametrize("text", [
    "The retailer returned the damaged laptops to the manufacturer in Taiwan.",
    "The goalkeeper handed back the armband to the club captain after the game.",
])
def test_issue_3_s17b_goods_returned_are_no_event(events_of: Any, text: str) -> None:
    """Goods nobody took from their owner, given back, are no political return."""
    assert not any(c.startswith("084") for c, _, _ in triples(events_of, text))


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Russia announced a ban on exports of fertilizer to Lithuania.", "RUS", "LTU"),
    ("Pakistan imposed a ban on cotton exports to India on Monday.", "PAK", "IND"),
])
def test_issue_3_s17b_trade_ban_is_an_embargo(events_of: Any, text: str, source: str,
                                              target: str) -> None:
    """A ban on exports, imposed or announced, is an embargo (163), no other coercion."""
    found = triples(events_of, text)
    assert has_event(found, "163", source, target), found
    assert not any(c.startswith("170") for c, _, _ in found), found


def test_issue_3_s17b_ban_on_smoking_is_no_embargo(events_of: Any) -> None:
    """A ban on something other than trade names no embargo."""
    found = triples(events_of, "The airline announced a ban on smoking on all its flights.")
    assert not any(c.startswith("163") for c, _, _ in found), found


@pytest.mark.parametrize(("text", "code"), [
    ("Nigerian militants seized control of an oil field from the army in the Niger Delta.",
     "171"),
    ("Venezuelan troops took control of oil wells run by an American company.", "1711"),
    ("Islamist rebels seized control of the town of Gao from Malian troops.", "192"),
])
def test_issue_3_s17b_property_or_ground_seized(events_of: Any, text: str, code: str) -> None:
    """Armed men taking control of an oil field take property (171); of a town, ground (192)."""
    found = triples(events_of, text)
    assert any(c == code for c, _, _ in found), found


@pytest.mark.parametrize(("text", "code", "target"), [
    ("Britain will send Estonia four more helicopters, the defence secretary said.", "0332",
     "EST"),
    ("Turkey sent Azerbaijan six drones last year.", "072", "AZE"),
])
def test_issue_3_s17b_arms_given_to_a_state(events_of: Any, text: str, code: str,
                                            target: str) -> None:
    """Arms given to a named state as indirect object are military aid, not a threat."""
    found = triples(events_of, text)
    assert any(c == code and t == target for c, _, t in found), found
    assert not any(c.startswith("13") for c, _, _ in found), found


def test_issue_3_s17b_penalty_fired_past_keeper_is_sport(events_of: Any) -> None:
    """A penalty fired past a keeper is a goal scored, no use of force."""
    found = triples(events_of, "Kane fired a penalty past the Danish keeper in extra time.")
    assert not any(c.startswith(("18", "19")) for c, _, _ in found), found


def test_issue_3_s17b_proposal_shot_down_is_rejected(events_of: Any) -> None:
    """A proposal "shot down" is rejected (120), no aircraft downed (193)."""
    found = triples(events_of, "The Kenyan parliament shot down the proposal on Thursday.")
    assert any(c == "120" and s == "KEN" for c, s, _ in found), found
    assert not any(c.startswith("19") for c, _, _ in found), found


@pytest.mark.parametrize(("text", "event"), [
    ("The Celtics shot down the Knicks' comeback in the final minutes.", False),
    ("Pakistani troops shot down an Indian drone near the Line of Control.", True),
])
def test_issue_3_s17b_shot_down_craft_or_play(events_of: Any, text: str, event: bool) -> None:
    """Craft shot down are force (193); a rival's comeback shot down is play."""
    found = triples(events_of, text)
    assert any(c == "193" for c, _, _ in found) == event, found


@pytest.mark.parametrize(("text", "event"), [
    ("The press was barred from the trial of the former mayor in Baku.", False),
    ("A Tehran court barred foreign reporters from the trial of the journalist.", True),
])
def test_issue_3_s17b_barred_from_a_trial(events_of: Any, text: str, event: bool) -> None:
    """A trial closed by a named court restricts (172); with no doer named, no act is told."""
    found = triples(events_of, text)
    assert any(c.startswith("172") for c, _, _ in found) == event, found


@pytest.mark.parametrize("text", [
    "Kvitova beat Muguruza in the women's quarter-finals in Doha.",
    "Federer beat Murray in the semi-final at Wimbledon.",
])
def test_issue_3_s17b_win_in_a_knockout_round_is_sport(events_of: Any, text: str) -> None:
    """A win in a semi-final or quarter-final, spelled with its hyphen, is sport, no beating."""
    assert not any(c.startswith(("17", "18")) for c, _, _ in triples(events_of, text))
