"""What the pipeline codes in one text, as the issue-3 event and role tests compare it: each
view takes the ``events_of`` fixture (``conftest.EventsOf``) or the ``nlp`` fixture, and a
text."""

from __future__ import annotations

from typing import Any

from storyline.events.detect import frames_in_sentence
from storyline.records import Event


def by_trigger(events_of: Any, text: str, word: str) -> list[Event]:  # noqa: ANN401
    """The events of ``text`` whose trigger holds ``word``."""
    return [e for e in events_of(text) if word in (e.trigger or "")]


def first_by_trigger(events_of: Any, text: str, word: str) -> Event:  # noqa: ANN401
    """The first event of ``text`` whose trigger holds ``word`` (there must be one)."""
    found = by_trigger(events_of, text, word)
    assert found, text
    return found[0]


def sides_of(events_of: Any, text: str, word: str) -> tuple[str | None, str | None]:  # noqa: ANN401
    """(source country, target country) of the first event whose trigger holds ``word``."""
    event = first_by_trigger(events_of, text, word)
    return (event.source.country if event.source else None,
            event.target.country if event.target else None)


def triples(events_of: Any, text: str) -> list[tuple[str, str | None, str | None]]:  # noqa: ANN401
    """(code, source country, target country) of every event of ``text``."""
    return [(c, s, t) for c, _, s, t in events_of.codes(text)]


def has_event(found: list[tuple[str, str | None, str | None]], code: str, source: str | None,
              target: str | None = None) -> bool:
    """Whether one of ``triples``' events has the code (or a finer one), the source and, if
    given, the target."""
    return any(c.startswith(code) and s == source and (target is None or t == target)
               for c, s, t in found)


def roots(events_of: Any, text: str) -> list[tuple[str, str | None, str | None]]:  # noqa: ANN401
    """(code root, source country, target country) of every event of ``text``."""
    return [(c[:2], s, t) for c, s, t in triples(events_of, text)]


def frames(nlp: Any, text: str) -> list[tuple[str, str]]:  # noqa: ANN401 - spaCy Language
    """(code, trigger) of every frame the detection layer finds in ``text``."""
    return [(f.code, f.trigger) for sent in nlp(text).sents for f in frames_in_sentence(sent)]
