"""A sorted index of character spans: the items that may overlap or contain a range, in log time.

Events, quotes and names all ask "what lies around these characters?" of one article's
mentions, quotes or names; a long paragraph has thousands of each and as many questions, so
they share this one index instead of scanning.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

T = TypeVar("T")
Span = tuple[int, int]


class SpanIndex(Generic[T]):
    """Items sorted (stably) by span start, with the longest span's length, so every item that
    may overlap or contain a range starts inside one bisected window."""

    def __init__(self, items: Sequence[T], span: Callable[[T], Span]) -> None:
        spans = [span(item) for item in items]
        self.order = sorted(range(len(items)), key=lambda i: spans[i][0])
        self.items = [items[i] for i in self.order]
        self.starts = [spans[i][0] for i in self.order]
        self.longest = max((end - start for start, end in spans), default=0)

    def starting(self, lo: int, hi: int) -> list[T]:
        """The items starting in [lo, hi], in their original order."""
        first, last = bisect_left(self.starts, lo), bisect_right(self.starts, hi)
        return [self.items[k] for k in sorted(range(first, last), key=self.order.__getitem__)]

    def overlapping(self, start: int, end: int) -> list[T]:
        """Every item that may overlap or contain [start, end) (a superset: callers test)."""
        return self.starting(start - self.longest, end)

    def containing(self, start: int, end: int) -> list[T]:
        """Every item that may contain [start, end) (a superset: callers test)."""
        return self.starting(end - self.longest, start)
