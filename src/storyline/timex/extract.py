"""Registers the timex extractors (placeholders until the time stage is built)."""

from __future__ import annotations

from storyline.nlp.extract import ExtractContext, Extractor
from storyline.registry import extractors


def extract_timexes(ctx: ExtractContext) -> None:
    """Not built yet: adds nothing."""


def attach_dates(ctx: ExtractContext) -> None:
    """Not built yet: adds nothing."""


extractors.add(
    "storyline.timex.v1",
    Extractor("storyline.timex.v1", extract_timexes, assigns=("timexes", "published")),
)
extractors.add(
    "storyline.timex.attach.v1",
    Extractor(
        "storyline.timex.attach.v1",
        attach_dates,
        requires=("timexes",),
        assigns=("dates", "checks"),
    ),
)
