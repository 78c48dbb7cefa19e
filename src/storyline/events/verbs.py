"""Predicate lexicon: lemma -> CAMEO code, derived from PETRARCH2's CAMEO verb dictionary.

The dictionary (``CAMEO.2.0.txt``) lists verb blocks (``--- VERB [code] ---``), their
synonyms (optionally with their own code) and object patterns (``- * WORDS [code]``). We keep
verbs and post-verb patterns, drop the generic statement codes (01x: "said" is not an event)
and let a small hand table of our own override entries the dictionary codes too broadly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from storyline.events.codebook import is_known, read_data

_HEADER = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]\s*---")  # also "[120]---  ---"
_CODE = re.compile(r"\[([0-9A-Z:-]+)\]")
_BRACES = re.compile(r"\{[^}]*\}")
_PATTERN_STRIP = re.compile(r"[(){}$+%^|]")
# statement-like codes that would flood the output ("010" events); never read from the
# dictionary (the own lexicon codes three from their nouns: lexicon.STATEMENT_VOICING_VERBS)
EXCLUDED_ROOTS = frozenset({"01"})


@dataclass(frozen=True)
class Pattern:
    """Words that must follow the verb (each a set of alternatives) and the code they give."""

    words: tuple[frozenset[str], ...]
    code: str


@dataclass
class VerbEntry:
    """One verb lemma (optionally with particle): its own code and object patterns."""

    lemma: str
    code: str | None
    patterns: list[Pattern] = field(default_factory=list)

    @cached_property
    def ranked(self) -> tuple[Pattern, ...]:
        """The patterns, longest first, ties in dictionary order (read once, at first match)."""
        return tuple(sorted(self.patterns, key=lambda p: -len(p.words)))

    @cached_property
    def vocab(self) -> frozenset[str]:
        """Every word of every pattern, so a verb followed by none of them is skipped."""
        return frozenset().union(*(alt for p in self.patterns for alt in p.words))

    def best_pattern(self, words: set[str]) -> Pattern | None:
        """The longest pattern whose every word set meets ``words`` (the first of equals)."""
        if self.vocab.isdisjoint(words):
            return None  # no pattern word follows the verb: nothing can match
        return next((p for p in self.ranked if all(alt & words for alt in p.words)), None)


def _first_code(raw: str) -> str | None:
    """The source->target code of a ``[042:043]`` field, if it is a usable CAMEO code."""
    code = raw.split(":")[0].strip()
    if not code or "-" in code or not is_known(code) or code[:2] in EXCLUDED_ROOTS:
        return None
    return code


def _statement_code(raw: str) -> str | None:
    """A statement code (01x) of a pattern, which marks the sense as no event."""
    code = raw.split(":")[0].strip()
    return code if code[:2] in EXCLUDED_ROOTS and is_known(code) else None


def _synsets(lines: list[str]) -> dict[str, frozenset[str]]:
    """The ``&NAME`` synonym sets at the top of the dictionary."""
    sets: dict[str, set[str]] = {}
    current: set[str] | None = None
    for line in lines:
        text = line.split("#")[0].strip()
        if text.startswith("&"):
            current = sets.setdefault(text.rstrip("_"), set())
        elif text.startswith("+") and current is not None:
            current.add(_BRACES.sub("", text[1:]).strip().lower().replace("_", " "))
    return {k: frozenset(v) for k, v in sets.items()}


def _pattern_words(text: str, synsets: dict[str, frozenset[str]]) -> tuple[frozenset[str], ...]:
    """Post-verb pattern text as a tuple of alternative-word sets (one set per word)."""
    words: list[frozenset[str]] = []
    for raw in _PATTERN_STRIP.sub(" ", text).split():
        if raw.startswith("&"):
            members = synsets.get(raw.rstrip("_"), frozenset())
            heads = frozenset(m.split()[-1] for m in members if m)
            if heads:
                words.append(heads)
        else:  # "STRIKE_TO_PROTEST": each joined word is required, not none of them
            words += [frozenset({part.lower()}) for part in raw.split("_")
                      if part.isalpha() and len(part) > 1]
    return tuple(words)


def _verb_lemma(text: str) -> str | None:
    """``SAY {SAYS SAID}`` -> ``say``; ``+ASK_FOR {...}`` -> ``ask for``."""
    word = _BRACES.sub("", text.split("#")[0].split("[")[0]).strip().lstrip("+")
    if not word or not re.fullmatch(r"[A-Z][A-Z_-]*", word):
        return None
    return word.lower().replace("_", " ")


def _parse_pattern(line: str, synsets: dict[str, frozenset[str]]) -> Pattern | None:
    """A post-verb pattern; statement ones (01x) stay so "expressed condolences" is no event."""
    body = line.split("#")[0][1:]
    code_match = _CODE.search(body)
    if not code_match or "*" not in body:
        return None
    code = _first_code(code_match.group(1)) or _statement_code(code_match.group(1))
    before, _, after = body[: code_match.start()].partition("*")
    words = _pattern_words(after, synsets)
    if code is None or before.strip() or not words:
        return None
    return Pattern(words, code)


@lru_cache(maxsize=1)
def petrarch_verbs() -> dict[str, VerbEntry]:
    """Lemma -> entry from the bundled PETRARCH2 verb dictionary."""
    lines = read_data("CAMEO.2.0.txt").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("####### VERB PATTERNS"))
    end = next(i for i, line in enumerate(lines) if line.startswith("######## TRANSFORM"))
    synsets = _synsets(lines[:start])
    entries: dict[str, VerbEntry] = {}
    block_code: str | None = None
    block: list[VerbEntry] = []
    for line in lines[start + 1 : end]:
        _read_line(line, synsets, entries, block, block_code)
        header = _HEADER.match(line)
        if header:
            block_code, block = _first_code(header.group(2)), []
    return entries


def _read_line(
    line: str,
    synsets: dict[str, frozenset[str]],
    entries: dict[str, VerbEntry],
    block: list[VerbEntry],
    block_code: str | None,
) -> None:
    """Add one dictionary line (a synonym or a pattern) to the current verb block."""
    text = line.rstrip()
    if not text or text.startswith(("#", "---")):
        return
    if text.startswith("-"):
        pattern = _parse_pattern(text, synsets)
        for entry in block if pattern else ():
            entry.patterns.append(pattern)  # type: ignore[arg-type]
        return
    lemma = _verb_lemma(text)
    if lemma is None:
        return
    own = _CODE.search(text.split("#")[0])
    code = _first_code(own.group(1)) if own else block_code
    entry = entries.setdefault(lemma, VerbEntry(lemma, code))
    block.append(entry)
