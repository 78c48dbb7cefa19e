"""Registers the events extractor (placeholder until the events stage is built)."""

from __future__ import annotations

from storyline.nlp.extract import ExtractContext, Extractor
from storyline.registry import extractors


def extract_events(ctx: ExtractContext) -> None:
    """Not built yet: adds nothing."""


extractors.add(
    "storyline.events.cameo.v1",
    Extractor("storyline.events.cameo.v1", extract_events, requires=(), assigns=("events",)),
)
