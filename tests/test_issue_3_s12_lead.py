"""Issue 3, twelfth session (lead): fixes found while measuring the helpers' merged rules."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.issue(3)


def test_issue_3_a_named_aid_agency_is_not_placed_past_its_clause(events_of: Any) -> None:
    """A named NGO keeps no country from the scene ('the Red Cross' works everywhere)."""
    found = [e for e in events_of("Gunmen attacked the Red Cross, which was funded by the "
                                  "European Union, in northern Mali.") if e.target]
    assert all(e.target.country != "MLI" for e in found if "Red Cross" in e.target.text)
