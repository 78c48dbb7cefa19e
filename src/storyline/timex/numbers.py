"""Spelled-out numbers in dates: years ('nineteen seventy eight', 'two thousand and eighteen')
and the regex that finds them, kept apart from the grammar so it stays readable."""

from __future__ import annotations

import re

UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
TEENS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen")
TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
VALUES = {w: i + 1 for i, w in enumerate(UNITS)}
VALUES.update({w: i + 10 for i, w in enumerate(TEENS)})
VALUES.update({w: (i + 2) * 10 for i, w in enumerate(TENS)})
VALUES.update({"zero": 0, "oh": 0, "o": 0})

_U = "(?:" + "|".join(UNITS) + ")"
_T = "(?:" + "|".join(TEENS) + ")"
_TENS = "(?:" + "|".join(TENS) + ")"
BELOW_100 = rf"(?:{_TENS}(?:[\s-]{_U})?|{_T}|{_U})"
_AND = r"(?:\s+and)?\s+"
_CENTURY = r"(?:eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|" \
    r"twenty)"
# 'nineteen seventy eight', 'nineteen oh one', 'nineteen hundred', 'two thousand and ten',
# 'one thousand seven hundred and eighty nine'
SPELLED_YEAR = (
    rf"(?:{_CENTURY}\s+(?:(?:oh|zero)\s+{_U}|hundred(?:{_AND}{BELOW_100})?|{_TENS}(?:[\s-]{_U})?"
    rf"|{_T})|(?:one|two)\s+thousand(?:{_AND}(?:{_U}\s+hundred(?:{_AND}{BELOW_100})?|"
    rf"{BELOW_100}))?)")


def words_value(text: str) -> int | None:
    """The value of number words below one hundred ('seventy eight', 'oh one')."""
    words = [w for w in re.split(r"[\s-]+", text.lower()) if w and w != "and"]
    if not words or any(w not in VALUES for w in words):
        return None
    return sum(VALUES[w] for w in words)


def spelled_year(text: str) -> int | None:
    """A year from its spoken form: 'nineteen seventy eight' -> 1978, 'two thousand' -> 2000."""
    words = [w for w in re.split(r"[\s-]+", text.lower().strip()) if w and w != "and"]
    if "thousand" in words:
        i = words.index("thousand")
        total = 1000 * (words_value(" ".join(words[:i])) or 0)
        rest = words[i + 1:]
        if "hundred" in rest:
            j = rest.index("hundred")
            total += 100 * (words_value(" ".join(rest[:j])) or 0)
            rest = rest[j + 1:]
        tail = words_value(" ".join(rest)) if rest else 0
        return None if tail is None or total == 0 else total + tail
    if len(words) < 2 or words[0] not in VALUES:
        return None
    century = VALUES[words[0]]
    if words[1] == "hundred":
        tail = words_value(" ".join(words[2:])) if words[2:] else 0
        return None if tail is None else century * 100 + tail
    tail = words_value(" ".join(words[1:]))
    return None if tail is None else century * 100 + tail


def year_value(word: str) -> int | None:
    """Digits or a spoken year."""
    word = word.strip()
    return int(word) if word.isdigit() else spelled_year(word)
