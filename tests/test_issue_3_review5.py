"""Issue 3, fifth-session review fixes by the lead: owners' countries and mission agents.

Sentences are our own, written for these tests.
"""

from __future__ import annotations

from typing import Any

import pytest

from storyline.nlp.extract import extract_texts
from storyline.records import ArticleRecord, Event

pytestmark = pytest.mark.issue(3)


def _events(nlp: Any, text: str) -> list[Event]:
    """Events of one sentence coded on its own, through the whole pipeline."""
    return [e for r in extract_texts([text], nlp=nlp) if isinstance(r, ArticleRecord)
            for e in r.events]


def test_issue_3_neighbouring_countries_are_not_their_owners(nlp: Any) -> None:
    events = _events(nlp, "Hungary urged its neighbouring countries to close their borders.")
    [appeal] = [e for e in events if e.root_code == "02"]
    assert appeal.target is not None and appeal.target.text == "neighbouring countries"
    assert appeal.target.country != "HUN"  # the appeal is not Hungary's to itself


def test_issue_3_peacekeepers_are_not_the_place_they_serve_in(nlp: Any) -> None:
    [attack] = _events(nlp, "Gunmen attacked peacekeepers in Bosnia on Sunday.")
    assert attack.target is not None and attack.target.text == "peacekeepers"
    assert (attack.target.sector, attack.target.country) == ("IGO", None)


def test_issue_3_villagers_still_take_the_place_they_live_in(nlp: Any) -> None:
    [attack] = _events(nlp, "Rebels shelled villages in Bosnia.")
    assert attack.target is not None and attack.target.country == "BIH"
