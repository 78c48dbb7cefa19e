"""The types of the quote fixtures (``conftest.quotes_of`` and ``conftest.by_cue``), for the
annotations of the tests that take them."""

from __future__ import annotations

from collections.abc import Callable

from storyline.records import Quote

QuotesOf = Callable[[str], list[Quote]]  # the conftest fixture quotes_of
ByCue = Callable[[list[Quote], str], list[Quote]]  # the conftest fixture by_cue
