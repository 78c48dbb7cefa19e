"""Issue 3, twentieth session (triggers, code refinements): a protest's stated aim gives the
codebook's fourth digit (leadership 1, policy 2, rights 3, institutions or regime 4), read in
word order from its purpose clause or its "against/over/for" phrase, never from a relative
clause; a bombing verb's device names its kind (a car bomb 1832, a roadside bomb or a landmine
1833). And the near misses that keep three digits.

Sentences written for these tests; event-level checks read the whole pipeline.
"""

from __future__ import annotations

from typing import Any

import pytest

from event_views import triples


def codes(events_of: Any, text: str) -> set[str]:  # noqa: ANN401
    """The exact codes of a text's events."""
    return {c for c, _, _ in triples(events_of, text)}


@pytest.mark.parametrize(("text", "code"), [
    ("Thousands of Serbs demonstrated in Belgrade demanding the resignation of the president.",
     "1411"),
    ("Protesters marched in Manila to demand that the president step down.", "1411"),
    ("Thousands of workers marched in Seoul to protest the new labour law.", "1412"),
    ("Teachers in Zimbabwe went on strike over pay.", "1432"),
    ("Women marched in Kabul to demand equal rights.", "1413"),
    ("Detainees at Guantanamo began a hunger strike to demand their legal rights.", "1423"),
    ("Students rioted in Jakarta demanding democratic reforms.", "1454"),
    ("Workers in Lagos went on strike calling for an end to military rule.", "1434"),
    ("Indian truckers blocked highways to protest the rise in diesel prices.", "1442"),
    ("Unions struck in Lagos over the removal of fuel subsidies.", "1432"),
])
def test_issue_3_s20t_protest_aim(events_of: Any, text: str, code: str) -> None:
    """What a protest demands or opposes gives its fourth digit ("removal" of subsidies is no
    leadership change)."""
    assert code in codes(events_of, text)


@pytest.mark.parametrize(("text", "code"), [
    ("Thousands of people demonstrated in Cairo on Friday.", "141"),
    ("Nigerian oil workers went on strike on Wednesday.", "143"),
    ("Students demonstrated for three days in Jakarta.", "141"),
    ("Thousands marched in Belgrade against the government, which they accuse of curbing "
     "media freedom.", "141"),
])
def test_issue_3_s20t_protest_without_aim(events_of: Any, text: str, code: str) -> None:
    """Near misses: no aim told (a relative clause's accusation is none), three digits stay."""
    assert code in codes(events_of, text)


@pytest.mark.parametrize(("text", "code"), [
    ("ETA detonated a car bomb in Madrid.", "1832"),
    ("Taliban fighters planted a roadside bomb in Helmand.", "1833"),
    ("A landmine exploded under an army truck in Sri Lanka.", "1833"),
    ("A landmine exploded when an army truck passed over it near Jaffna.", "1833"),
    ("A bomb exploded in a crowded market in Karachi.", "183"),
])
def test_issue_3_s20t_device_kind(events_of: Any, text: str, code: str) -> None:
    """The device a bombing verb names gives the bombing's kind; a plain bomb stays 183."""
    assert code in codes(events_of, text)


@pytest.mark.parametrize(("text", "code"), [
    ("Protesters blocked roads in Quito demanding the president's ouster.", "1441"),
    ("Rioters torched cars in Lyon in protest against a new labour law.", "1452"),
    ("Rioters torched cars in Lyon in protest.", "145"),
])
def test_issue_3_s20t_protest_aim_other_attachments(events_of: Any, text: str,
                                                    code: str) -> None:
    """An aim the parser hangs on the protest's object, or told "in protest against X"."""
    assert code in codes(events_of, text)
