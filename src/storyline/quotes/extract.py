"""Registers the quotes extractor (placeholder until the quotes stage is built)."""

from __future__ import annotations

from storyline.nlp.extract import ExtractContext, Extractor
from storyline.registry import extractors


def extract_quotes(ctx: ExtractContext) -> None:
    """Not built yet: adds nothing."""


extractors.add(
    "storyline.quotes.v1",
    Extractor("storyline.quotes.v1", extract_quotes, requires=(), assigns=("quotes",)),
)
