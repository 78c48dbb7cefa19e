"""Split long texts into spaCy-sized segments at paragraph, sentence or space boundaries."""

from __future__ import annotations

import re

_BREAKS = (
    re.compile(r"\n\s*\n"),
    re.compile(r"\n"),
    re.compile(r"(?<=[.!?])\s+"),
    re.compile(r"\s+"),
)


def _cut_point(text: str, start: int, limit: int) -> int:
    window = text[start : start + limit]
    for pattern in _BREAKS:
        ends = [m.end() for m in pattern.finditer(window) if m.end() > limit // 4]
        if ends:
            return start + ends[-1]
    return start + limit


def segment_text(text: str, limit: int) -> list[tuple[int, str]]:
    """(offset, piece) pairs covering ``text`` in order, each piece at most ``limit`` chars."""
    if len(text) <= limit:
        return [(0, text)]
    pieces, start = [], 0
    while start < len(text):
        end = len(text) if len(text) - start <= limit else _cut_point(text, start, limit)
        pieces.append((start, text[start:end]))
        start = end
    return pieces
