"""Load the spaCy pipeline named in settings, once per process."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from storyline import settings
from storyline.errors import Code, StorylineError
from storyline.nlp.lines import add_line_breaks

if TYPE_CHECKING:
    from spacy.language import Language

MAX_SEGMENT_CHARS = 100_000


@lru_cache(maxsize=4)
def load_nlp(name: str | None = None) -> Language:
    """The spaCy pipeline (package name or path); raises E403 with a hint if it is missing."""
    import spacy

    model = name or str(settings.get("model"))
    try:
        nlp = spacy.load(model)
    except (OSError, ImportError) as exc:
        raise StorylineError(
            Code.MODEL, model=model, detail=f"{exc}. Run `make venv` to install the pinned model."
        ) from exc
    nlp.max_length = MAX_SEGMENT_CHARS + 1000
    add_line_breaks(nlp)
    return nlp
