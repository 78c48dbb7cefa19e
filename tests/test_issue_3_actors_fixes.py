"""Issue 3 actors, review fixes of the fifth session: context rules that misfired on
sentences they were not written for."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.issue(3)


def _country(actors_of: Any, text: str, phrase: str) -> str | None:
    """The country of the mention at ``phrase`` in ``text`` (None when uncoded)."""
    mention = actors_of.at(actors_of(text), text, phrase)
    assert mention is not None, phrase
    return mention.country


@pytest.mark.parametrize(("text", "leader", "phrases"), [
    ("Prime Minister Narendra Modi said the insurgents must free the captives.",
     "Narendra Modi", ["insurgents"]),
    ("Chancellor Olaf Scholz condemned the gunmen who shot three police officers.",
     "Olaf Scholz", ["gunmen", "police officers"]),
])
def test_issue_3_a_known_leader_gives_no_country_to_their_sentence(
        actors_of: Any, text: str, leader: str, phrases: list[str]) -> None:
    """A head of state the dictionaries know speaks of agents anywhere: their country is not
    the sentence's ('the insurgents' a prime minister names are not thereby his)."""
    for phrase in phrases:
        assert _country(actors_of, text, phrase) is None, phrase
    assert _country(actors_of, text, leader) is not None  # the leader keeps their own
