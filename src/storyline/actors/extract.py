"""Registers the actors extractor (placeholder until the actors stage is built)."""

from __future__ import annotations

from storyline.nlp.extract import ExtractContext, Extractor
from storyline.registry import extractors


def extract_actors(ctx: ExtractContext) -> None:
    """Not built yet: adds nothing."""


extractors.add(
    "storyline.actors.v1",
    Extractor("storyline.actors.v1", extract_actors, requires=(), assigns=("mentions", "actors")),
)
