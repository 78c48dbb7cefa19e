"""Issue 3, twenty-first session (lexicon): force and coercion told in other words than the
CAMEO label's ('set ablaze', 'dynamited', 'roughed up', 'hauled off', 'cordoned off', troops
'marched into' a town, 'the lynching of'), and the same words in senses that are no event."""

from __future__ import annotations

from typing import Any

import pytest


def _types(events_of: Any, text: str) -> list[tuple[str, str | None]]:
    """(trigger, PLOVER type) of every event of ``text``."""
    return [(e.trigger or "", e.plover) for e in events_of(text)]


@pytest.mark.parametrize(("text", "word", "plover"), [
    ("Militiamen set ablaze dozens of homes in a village near the Sudanese border.", "set",
     "ASSAULT"),
    ("Janjaweed fighters set alight a market in the Darfur town of Tawila.", "set", "ASSAULT"),
    ("Prison guards roughed up the jailed opposition leader, his lawyer said.", "roughed",
     "ASSAULT"),
    ("Police hauled off dozens of activists from Tiananmen Square.", "hauled", "COERCE"),
    ("The lynching of a Christian couple by a mob in Punjab drew condemnation.", "lynching",
     "ASSAULT"),
])
def test_issue_3_force_in_other_words(events_of: Any, text: str, word: str,
                                      plover: str) -> None:
    """Journalistic verbs and nouns of force code as the act they tell."""
    assert (word, plover) in [(t.split()[0], p) for t, p in _types(events_of, text) if t]


def test_issue_3_troops_marching_into_a_held_town_is_no_protest(events_of: Any) -> None:
    """Armed units that march into a town the other side holds attack it (190), no rally."""
    found = _types(events_of, "Azerbaijani troops marched into the Armenian-held town of "
                              "Lachin on Wednesday.")
    assert ("marched", "ASSAULT") in found
    assert all(p != "PROTEST" for _, p in found)


def test_issue_3_cordoned_off_is_the_tagger_lemma(nlp: Any) -> None:
    """The tagger lemmatises 'cordoned' as 'cordone': the phrasal entry still reads it."""
    from storyline.events.lexicon import code_for_verb

    assert code_for_verb("cordone", "off", ()) == ("191", True)
    assert code_for_verb("dynamite", None, ()) == ("183", True)


@pytest.mark.parametrize("text", [
    "The chef set the brandy alight before serving the pudding.",
    "The setting sun set the sky ablaze over the bay.",
    "Workers hauled off the rubble from the collapsed bridge.",
    "The marching band marched into the stadium before kick-off.",
    "The defenders roughed up the striker in the first half of the match.",
])
def test_issue_3_same_words_no_force(events_of: Any, text: str) -> None:
    """The same words in a kitchen, a sunset, a building site or a match are no force."""
    assert not [p for _, p in _types(events_of, text)
                if p in ("ASSAULT", "COERCE", "PROTEST", "MOBILIZE")]
