"""Issue 3, twenty-fifth session review: a pattern written with literal backspace characters
where word boundaries were meant never matched, so a stabbing called an attempt on a life was
dropped unless its victim was a public figure."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from storyline.events import extract

SOURCES = Path(extract.__file__).resolve().parents[1]
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def test_issue_3_s25_no_control_characters_in_sources() -> None:
    """No module holds a control character: in a pattern it silently matches nothing."""
    found = [f"{path.relative_to(SOURCES)}:{n}"
             for path in sorted(SOURCES.rglob("*.py"))
             for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if CONTROL.search(line)]
    assert found == []
    assert CONTROL.search("a\bb")  # the check itself sees a backspace


def test_issue_3_s25_life_attempt_pattern_matches() -> None:
    for text in ("in what police called an assassination attempt",
                 "an attempt on his life", "an attempted assassination"):
        assert extract.LIFE_ATTEMPT.search(text), text


def test_issue_3_s25_stabbing_called_a_life_attempt(events_of: Any) -> None:
    """A commoner stabbed in what police call an assassination attempt: an assault (182) by
    the place's unnamed doers; the same stabbing in a robbery is street crime."""
    found = [(e.code, e.source and e.source.country, e.target and e.target.country)
             for e in events_of("A shopkeeper was stabbed in Nairobi on Sunday in what police "
                                "called an assassination attempt.")]
    assert found == [("182", "KEN", "KEN")]
    assert events_of("A shopkeeper was stabbed in Nairobi on Sunday in a robbery.") == []
