"""Issue 3, twelfth session (lead): fixes found while measuring the helpers' merged rules."""

from __future__ import annotations

from typing import Any

import pytest

from event_views import by_trigger

pytestmark = pytest.mark.issue(3)


@pytest.mark.parametrize(("text", "word", "country"), [
    ("Iraqi police arrested a drug trafficker wanted by the United States in Basra.",
     "arrested", "IRQ"),
    ("Nigerian troops rescued 200 women held by Boko Haram in Borno state on Tuesday.",
     "rescued", "NGA"),
    ("Gunmen kidnapped two aid workers employed by a French charity in northern Mali.",
     "kidnapped", "MLI"),
    ("The Sudanese army shelled villages controlled by the rebels in South Kordofan.",
     "shelled", "SDN"),
])
def test_issue_3_people_a_clause_ties_to_another_actor_take_the_sentences_place(
        events_of: Any, text: str, word: str, country: str) -> None:
    """The clause says who wants, holds or employs the people acted on, not where they are:
    its actors do not vote, the sentence's one place does (and the clause's actor is still
    no target)."""
    found = by_trigger(events_of, text, word)
    assert found and found[0].target is not None, text
    target = found[0].target
    assert target.country == country, (text, target)
    assert not any(w in target.text for w in ("United States", "Boko", "French", "rebels"))


def test_issue_3_a_named_aid_agency_is_not_placed_past_its_clause(events_of: Any) -> None:
    """A named NGO keeps no country from the scene ('the Red Cross' works everywhere)."""
    found = [e for e in events_of("Gunmen attacked the Red Cross, which was funded by the "
                                  "European Union, in northern Mali.") if e.target]
    assert all(e.target.country != "MLI" for e in found if "Red Cross" in e.target.text)
