"""Issue 5: the timeline orders days, weeks and quarters by the day they start on."""

from __future__ import annotations

import pytest

from storyline import date_sort_key

pytestmark = pytest.mark.issue(5)


def test_issue_5_timeline_sorts_weeks_among_days() -> None:
    values = [
        "2023-04-16",
        "2023-W15",
        "2023-04",
        "2023-04-18",
        "2023-Q1",
        "2023-W99",
        "2023-W15-WE",
    ]
    ordered = sorted(values, key=date_sort_key)
    assert ordered == [
        "2023-Q1",
        "2023-04",
        "2023-W15",
        "2023-W15-WE",
        "2023-04-16",
        "2023-04-18",
        "2023-W99",
    ]
    assert date_sort_key("2023-W15") == "2023-04-10"
