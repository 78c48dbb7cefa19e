"""Sentence starts at line breaks, set before the parser so a headline or a paragraph never
runs into the next sentence (spaCy's parser reads "26 pirates arrested\nIndian Naval ship
captured ..." as one sentence)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.language import Language

if TYPE_CHECKING:
    from spacy.tokens import Doc

COMPONENT = "storyline_line_breaks"
# A text with a line this long keeps each paragraph on one line, so every line break ends
# one; shorter lines throughout are a hard-wrapped text, where only a blank line does
WRAP_WIDTH = 100


def paragraph_per_line(text: str) -> bool:
    """Whether a text's line breaks end paragraphs (some line is longer than a wrap width)."""
    return any(len(line) > WRAP_WIDTH for line in text.split("\n"))


@Language.component(COMPONENT)
def line_breaks(doc: Doc) -> Doc:
    """Mark the first word after a paragraph break as a sentence start."""
    if "\n" not in doc.text:
        return doc
    blank_only = not paragraph_per_line(doc.text)
    after_break = False
    for token in doc:
        if token.is_space:
            after_break = after_break or _breaks(token.text, blank_only)
            continue
        if after_break and token.i > 0:
            token.is_sent_start = True
        after_break = _breaks(token.whitespace_, blank_only)  # spaCy's trailing space
    return doc


def _breaks(space: str, blank_only: bool) -> bool:
    """Whether white space ends a paragraph: a blank line, or any line break where each
    paragraph keeps one line."""
    newlines = space.count("\n")
    return newlines >= 2 or (newlines == 1 and not blank_only)


def add_line_breaks(nlp: Language) -> None:
    """Put the line-break component before the parser (once)."""
    if COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(COMPONENT, before="parser" if "parser" in nlp.pipe_names else None)
