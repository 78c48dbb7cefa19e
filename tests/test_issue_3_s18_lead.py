"""Issue 3, eighteenth session, lead: people a seizing verb takes are people, not property."""

from __future__ import annotations

import pytest

from storyline.evaluate.events import run_sentences


def _coded(text: str) -> list[tuple[str, str | None, str | None]]:
    (events,) = run_sentences([text])
    return [(e.code, e.source.country if e.source else None, e.target.country if e.target else None)
            for e in events]


@pytest.mark.parametrize(("text", "code"), [
    ("Gunmen seized two Red Cross delegates near Grozny on Tuesday.", "181"),
    ("Rebels seized a French aid activist near Bambari on Monday.", "181"),
    ("Soldiers seized opposition lawmaker Juan Ortiz at his home in Managua.", "173"),
])
def test_issue_3_people_seized_are_abducted_or_detained(text: str, code: str) -> None:
    """Delegates, activists and people named by name whom a seizing verb takes are abducted
    (by others) or detained (by a state's forces), never property seized (171, as they were)."""
    assert [c for c, _, _ in _coded(text)] == [code]


def test_issue_3_things_seized_stay_property_and_delegates_won_are_no_act() -> None:
    """Passports seized stay 171; delegates 'snatched' in a primary are votes, no event (it was
    171)."""
    assert [c for c, _, _ in _coded(
        "Police seized the passports of three opposition members in Minsk.")] == ["171"]
    assert _coded("The senator is likely to win on Tuesday when Ohio votes, potentially snatching "
                  "all 66 delegates.") == []
