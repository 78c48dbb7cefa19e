"""Find quoted passages in raw text: paired quote marks, robust to unbalanced ones.

Works on plain strings (no spaCy) so it can run on any text. A quote that never closes ends
at its paragraph break, and never runs past ``MAX_OPEN_QUOTE`` characters, so one stray mark
cannot swallow an article. A quote that runs on into the next paragraph (the paragraph ends
open and the next one starts with an opening mark) continues there, as news style does.
Two apostrophes ('') count as one double mark (the New York Times wire style: ''Yes,'' he said).
"""

from __future__ import annotations

import re

MAX_OPEN_QUOTE = 600
MAX_QUOTE = 4000

# opening mark -> the marks that may close it
_PAIRS: dict[str, str] = {
    "“": "”\"",
    "«": "»",
    "„": "“”",
    "‘": "’",
    '"': '"”',
    "‹": "›",
}
_OPENERS_BEFORE = " \t\n\xa0([{—–-/:;,“‘\"«„"
TWO = "''"  # two apostrophes standing for a double quote mark
_ANY_MARK = re.compile(TWO + "|[" + re.escape("".join(_PAIRS)) + "]")  # where a quote can open


def _mark_at(text: str, i: int) -> str:
    """The quote mark starting at ``i``: two apostrophes, one mark character, or ''."""
    if text.startswith(TWO, i):
        return TWO
    return text[i] if text[i] in _PAIRS else ""


def _is_opener(text: str, i: int) -> bool:
    """A mark at ``i`` that may open a quote (straight and single marks need context)."""
    ch = _mark_at(text, i)
    if not ch:
        return False
    before = text[i - 1] if i > 0 else " "
    after = text[i + len(ch)] if i + len(ch) < len(text) else " "
    if ch in ("\"", "‘", TWO):
        return before in _OPENERS_BEFORE and not after.isspace()
    return not after.isspace() or ch in "«„"


def _is_closer(text: str, i: int, opener: str) -> bool:
    """A mark at ``i`` that closes a quote opened by ``opener``."""
    if opener == TWO:
        return text.startswith(TWO, i)
    ch = text[i]
    if ch not in _PAIRS[opener]:
        return False
    if ch == "’":
        after = text[i + 1] if i + 1 < len(text) else " "
        return not after.isalnum()
    return True


def _close(text: str, start: int) -> tuple[int, bool]:
    """(end, closed) of the quote opened at ``start``; end is exclusive, after the mark."""
    opener = _mark_at(text, start)
    limit = min(len(text), start + MAX_QUOTE)
    i = start + len(opener)
    while i < limit:
        ch = text[i]
        if ch == "\n":
            nxt = _next_paragraph_start(text, i)
            if text.startswith(opener, nxt) and opener != '"':
                i = nxt + len(opener)
                continue
            return _open_end(text, start, i), False
        if _is_closer(text, i, opener):
            return i + len(opener), True
        i += 1
    return _open_end(text, start, limit), False


def _next_paragraph_start(text: str, i: int) -> int:
    """The first non-space position at or after ``i`` (where the next paragraph starts)."""
    while i < len(text) and text[i].isspace():
        i += 1
    return i


def _open_end(text: str, start: int, end: int) -> int:
    """Where an unclosed quote stops: its paragraph end, capped at MAX_OPEN_QUOTE."""
    end = min(end, start + MAX_OPEN_QUOTE)
    while end > start + 1 and text[end - 1].isspace():
        end -= 1
    return end


def find_quotes(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, closed) of each quoted passage, marks included, in text order."""
    found: list[tuple[int, int, bool]] = []
    i = 0
    while (mark := _ANY_MARK.search(text, i)) is not None:
        i = mark.start()
        if _is_opener(text, i):
            end, closed = _close(text, i)
            if end - i > 2:
                found.append((i, end, closed))
                i = end
                continue
        i += 1
    return found


def is_scare_quote(text: str, start: int, end: int) -> bool:
    """A short quoted term ("so-called 'reform'") rather than someone's words."""
    inner = text[start + 1 : end - 1].strip()
    return len(inner.split()) < 4
