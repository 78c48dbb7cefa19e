"""Issue 3, fifth-session review fixes by the lead: owners' countries and mission agents.

Sentences are our own, written for these tests.
"""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.issue(3)




def test_issue_3_neighbouring_countries_are_not_their_owners(events_of: Any) -> None:
    events = events_of("Hungary urged its neighbouring countries to close their borders.")
    [appeal] = [e for e in events if e.root_code == "02"]
    assert appeal.target is not None and appeal.target.text == "neighbouring countries"
    assert appeal.target.country != "HUN"  # the appeal is not Hungary's to itself


def test_issue_3_peacekeepers_are_not_the_place_they_serve_in(events_of: Any) -> None:
    [attack] = events_of("Gunmen attacked peacekeepers in Bosnia on Sunday.")
    assert attack.target is not None and attack.target.text == "peacekeepers"
    assert (attack.target.sector, attack.target.country) == ("IGO", None)


def test_issue_3_villagers_still_take_the_place_they_live_in(events_of: Any) -> None:
    [attack] = events_of("Rebels shelled villages in Bosnia.")
    assert attack.target is not None and attack.target.country == "BIH"
