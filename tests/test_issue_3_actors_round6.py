"""Issue 3 actors, sixth round: country and sector causes seen on development sentences, each
fixed in general and pinned here on sentences of our own."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.issue(3)


def _country(actors_of: Any, text: str, phrase: str) -> str | None:  # noqa: ANN401
    """The country of the mention at ``phrase`` in the actors stage's record of ``text``."""
    rec = actors_of(text)
    mention = actors_of.at(rec, text, phrase)
    assert mention is not None, phrase
    return mention.country


@pytest.mark.parametrize(("text", "phrase"), [
    ("Kenyan President Daniel Moi said the guerrillas crossed the border at night.",
     "guerrillas"),
    ("Chilean Foreign Minister Pedro Soto told reporters that the rebels had shot a soldier.",
     "rebels"),
])
def test_issue_3_a_reporting_leader_does_not_place_other_groups(
        actors_of: Any, text: str, phrase: str) -> None:  # noqa: ANN401
    """A head of state's or minister's own country is no evidence of where the groups they
    report on are ('X said the guerrillas ...': those may be anyone's)."""
    assert _country(actors_of, text, phrase) is None


@pytest.mark.parametrize(("text", "phrase", "country"), [
    ("Kenyan President Daniel Moi said the army had arrested the smugglers.", "army", "KEN"),
    ("Militants demanded the resignation of Tunisian President Habib Bourguiba.",
     "Militants", "TUN"),
])
def test_issue_3_a_leader_still_places_their_state_and_those_acting_on_them(
        actors_of: Any, text: str, phrase: str, country: str) -> None:  # noqa: ANN401
    """What the rule was for stays: a reporting leader's state agents ('the army') are that
    state's, and a group that acts on the leader (demands their resignation) is placed."""
    assert _country(actors_of, text, phrase) == country
