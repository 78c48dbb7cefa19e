"""In-article name resolution: surnames, titles and pronouns back to the full name.

Built from the named entities of all segments of one article, in text order, so quotes
work with no actor stage at all.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from storyline.quotes.lexicon import TITLES
from storyline.spans import SpanIndex

_POSSESSIVE = ("’s", "'s", "’", "'")


@dataclass
class NamedMention:
    """A PERSON or ORG entity as found in the text, with its resolved full name."""

    start: int
    end: int
    text: str
    label: str
    name: str


@dataclass
class NameIndex:
    """Names found in one article: lookups by position and by surname."""

    mentions: list[NamedMention] = field(default_factory=list)
    full_names: dict[str, str] = field(default_factory=dict)
    given_names: dict[str, str] = field(default_factory=dict)
    ends: list[int] = field(default_factory=list)  # of mentions, added in text order
    index: SpanIndex[NamedMention] | None = None  # built at the first lookup after an add

    def add(self, start: int, end: int, text: str, label: str) -> None:
        """Record an entity; the first multi-word form of a person names its surname."""
        clean = clean_name(text)
        if not clean:
            return
        words = clean.split()
        if label == "PERSON" and len(words) > 1:
            self.full_names.setdefault(words[-1].casefold(), clean)
            self.given_names.setdefault(words[0].casefold(), clean)
        name = self.resolve(clean) if label == "PERSON" else clean
        self.mentions.append(NamedMention(start, end, text, label, name))
        self.ends.append(end)
        self.index = None

    def resolve(self, text: str) -> str:
        """The full name for a surname or titled name ("Sutter", "Mr. Trump")."""
        clean = clean_name(text)
        words = clean.split()
        if not words:
            return clean
        key = words[-1].casefold()
        full = self.full_names.get(key) or self.given_names.get(key) if len(words) == 1 else (
            self.full_names.get(key))
        if full and len(full.split()) > len(words):
            return full
        return clean

    def at(self, start: int, end: int) -> NamedMention | None:
        """The entity overlapping a character range, preferring the longest (the first of
        equals in the order added)."""
        if self.index is None:
            self.index = SpanIndex(self.mentions, lambda m: (m.start, m.end))
        best: NamedMention | None = None
        for m in self.index.overlapping(start, end):
            if m.start < end and start < m.end and (
                    best is None or m.end - m.start > best.end - best.start):
                best = m
        return best

    def last_before(self, pos: int, labels: tuple[str, ...]) -> NamedMention | None:
        """The nearest entity with one of ``labels`` ending before ``pos``."""
        for i in range(bisect.bisect_right(self.ends, pos) - 1, -1, -1):
            if self.mentions[i].label in labels:
                return self.mentions[i]
        return None


def clean_name(text: str) -> str:
    """A name without titles, possessive ending or surrounding punctuation."""
    text = text.strip(" \n\t,.;:“”\"‘’()")
    for suffix in _POSSESSIVE:
        if text.endswith(suffix):
            text = text[: -len(suffix)]
    words = text.split()
    while len(words) > 1 and words[0].casefold() in TITLES:
        words = words[1:]
    if words and words[0].casefold() == "the":
        words = words[1:]
    return " ".join(words)
