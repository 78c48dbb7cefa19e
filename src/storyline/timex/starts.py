"""Where a grammar rule can start: try each rule only at the word starts it can begin with.

Every rule is a case-insensitive regex behind ``(?<![\\w'])``; most open with long word
alternations that the regex engine tries one by one at every position of every window, which
made the grammar scan the time stage's main cost. Here each rule's possible first ``KEY``
characters are read from its parsed pattern (as a small regex over prefixes), a text's word
starts are indexed once by their first ``KEY`` characters, and a rule is tried with
``rx.match`` only at the word starts whose prefix it accepts. The matches are exactly those of
``rx.finditer(text, start, end)``: the skipped positions are ones where no match can begin.
"""

from __future__ import annotations

import bisect
import functools
import operator
import re
from collections.abc import Callable, Iterator
from typing import Any

try:  # CPython's regex parser: private, so every use falls back to the plain scan without it
    from re import _constants as sre  # type: ignore[attr-defined]
    from re import _parser as sre_parse  # type: ignore[attr-defined]

    _CATEGORIES = {
        sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_NOT_DIGIT: r"\D",
        sre.CATEGORY_SPACE: r"\s", sre.CATEGORY_NOT_SPACE: r"\S",
        sre.CATEGORY_WORD: r"\w", sre.CATEGORY_NOT_WORD: r"\W",
    }
    _ZERO_WIDTH = (sre.ASSERT, sre.ASSERT_NOT, sre.AT)
    _REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT,
                getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT))
except (ImportError, AttributeError):  # pragma: no cover - other Pythons
    sre_parse = None

KEY = 4  # characters of a word start that select the rules tried there
LEAD = r"(?<![\w'])"  # what every rule (grammar._rx) asserts before its match
MAX_PREFIXES = 4000  # beyond this a rule is scanned the plain way

Prefix = tuple[tuple[str, ...], bool]  # class items so far; whether the items can go on

_STOP: set[Prefix] = {((), False)}  # unknown from here on: keep what was read so far


def _literal(code: int) -> str:
    return re.escape(chr(code))


def _charset(items: list[tuple[Any, Any]]) -> str | None:
    out: list[str] = []
    for op, av in items:
        if op is sre.LITERAL:
            out.append(_literal(av))
        elif op is sre.RANGE:
            out.append(_literal(av[0]) + "-" + _literal(av[1]))
        elif op is sre.CATEGORY and av in _CATEGORIES:
            out.append(_CATEGORIES[av])
        else:
            return None  # a negated class or anything unusual
    return "[" + "".join(out) + "]"


def _item(op: Any, av: Any, room: int) -> set[Prefix]:
    """The first ``room`` chars one parsed regex item can match, as class-item tuples."""
    if op in _ZERO_WIDTH:
        return {((), True)}
    if op is sre.LITERAL:
        return {((_literal(av),), True)}
    if op is sre.IN:
        cls = _charset(av)
        return {((cls,), True)} if cls is not None else _STOP
    if op is sre.BRANCH:
        return set().union(*(_sequence(branch, room) for branch in av[1]))
    if op is sre.SUBPATTERN and not (av[1] or av[2]):
        return _sequence(av[3], room)
    if op in _REPEATS:
        return _repeat(av[0], av[1], av[2], room)
    return _STOP


def _repeat(low: int, high: int, body: Any, room: int) -> set[Prefix]:
    """Prefixes of ``body`` repeated ``low`` to ``high`` times (unrolled up to ``room``)."""
    out: set[Prefix] = {((), True)} if low == 0 else set()
    current: set[Prefix] = {((), True)}
    for count in range(1, min(high, room) + 1):
        current = _grow(current, room, lambda r: _sequence(body, r))
        out |= {p for p in current if count >= low or not p[1]}
        out |= {(p[0], False) for p in current if p[1] and count < low and len(p[0]) >= room}
        current = {p for p in current if p[1] and len(p[0]) < room}
        if not current:
            break
    if current and high > room:
        out |= {(p[0], False) for p in current}
    return out


def _grow(prefixes: set[Prefix], room: int,
          more: Callable[[int], set[Prefix]]) -> set[Prefix]:
    """Each open prefix followed by what ``more(room left)`` can match; full ones stay shut."""
    out: set[Prefix] = set()
    memo: dict[int, set[Prefix]] = {}
    for items, going in prefixes:
        left = room - len(items)
        if not going or left <= 0:
            out.add((items, False))
            continue
        if left not in memo:
            memo[left] = more(left)
        out |= {(items + extra, on) for extra, on in memo[left]}
    if len(out) > MAX_PREFIXES:
        raise OverflowError("too many prefixes")
    return out


def _sequence(seq: Any, room: int) -> set[Prefix]:
    """The first ``room`` chars a parsed sequence can match (truncated where unknown)."""
    current: set[Prefix] = {((), True)}
    for op, av in seq:
        current = _grow(current, room, functools.partial(_item, op, av))
    return current


def prefix_regex(rx: re.Pattern[str], lead: bool = True) -> re.Pattern[str] | None:
    """A regex (``rx``'s flags) that matches the start of every ``KEY``-char stretch where a
    match of ``rx`` can begin; None when that cannot be told (scan the plain way). ``lead``:
    require the grammar rules' ``LEAD`` (their matches begin at a word start)."""
    if sre_parse is None or (lead and not rx.pattern.startswith(LEAD)):
        return None
    try:
        found = _sequence(sre_parse.parse(rx.pattern, rx.flags), KEY)
    except (OverflowError, RecursionError, AttributeError, TypeError, ValueError, IndexError):
        return None  # too many prefixes, or a parser whose shape this module does not know
    if not found or any(not items for items, _ in found):
        return None  # a match could be empty or begin with something unknown
    first = re.compile("|".join(sorted({items[0] for items, _ in found})), rx.flags)
    if any(first.match(c) for c in SPACES):
        return None  # word starts are never whitespace
    prefixes = re.compile("|".join(sorted({"".join(items) for items, _ in found})), rx.flags)
    _FIRST[id(prefixes)] = first
    return prefixes


SPACES = [c for c in map(chr, range(0x3001)) if c.isspace()]  # every str.isspace() char


class WordStarts:
    """The word starts (any char but whitespace after none of [\\w']) in the ``spans`` of a
    text, grouped by their first ``KEY`` chars, and, per rule, the sorted starts it accepts."""

    def __init__(self, text: str, rules: list[re.Pattern[str] | None],
                 spans: list[tuple[int, int]]) -> None:
        by_key: dict[str, list[int]] = {}
        for start, end in spans:
            for p in map(_start, _WORD_START.finditer(text, start, end)):
                key = text[p:p + KEY]
                held = by_key.get(key)
                if held is None:
                    by_key[key] = [p]
                else:
                    held.append(p)
        keys_of: dict[int, list[str]] = {}
        for key in by_key:
            for index in _accepting(key, rules):
                keys_of.setdefault(index, []).append(key)
        self.at: dict[int, list[int]] = {
            index: sorted(p for key in keys for p in by_key[key])
            for index, keys in keys_of.items()}


_WORD_START = re.compile(LEAD + r"\S")
_ACCEPTING: dict[tuple[int, str], list[int]] = {}
_BY_FIRST: dict[tuple[int, str], list[int]] = {}


def _accepting(key: str, rules: list[re.Pattern[str] | None]) -> list[int]:
    """Indexes of the rules whose prefix regex accepts ``key`` (cached per rule list). An
    ASCII key is looked up in lower case: case-insensitive rules treat both cases alike."""
    norm = key.lower() if key.isascii() else key
    found = _ACCEPTING.get((id(rules), norm))
    if found is None:
        short = len(key) < KEY  # the text ends inside the key: keep every rule
        found = [i for i in _by_first(norm[0], rules)
                 if short or rules[i].match(norm) is not None]  # type: ignore[union-attr]
        if len(_ACCEPTING) < 200_000:
            _ACCEPTING[(id(rules), norm)] = found
    return found


def _by_first(char: str, rules: list[re.Pattern[str] | None]) -> list[int]:
    """Indexes of the rules whose prefix regex accepts some stretch starting with ``char``."""
    found = _BY_FIRST.get((id(rules), char))
    if found is None:
        found = [i for i, prx in enumerate(rules)
                 if prx is not None and _FIRST[id(prx)].match(char) is not None]
        _BY_FIRST[(id(rules), char)] = found
    return found


_FIRST: dict[int, re.Pattern[str]] = {}  # id of a prefix regex -> its first-char class


def matches(rx: re.Pattern[str], index: int, starts: WordStarts | None, text: str,
            start: int, end: int) -> Iterator[re.Match[str]]:
    """``rx.finditer(text, start, end)``, trying ``rx`` only at the word starts listed for
    rule ``index`` (its matches are never empty, so the scan resumes at the last match's end);
    the plain scan when ``starts`` is None."""
    if starts is None:
        yield from rx.finditer(text, start, end)
        return
    cands = starts.at.get(index, [])
    pos = start
    for i in range(bisect.bisect_left(cands, start), len(cands)):
        p = cands[i]
        if p >= end:
            return
        if p < pos:
            continue
        m = rx.match(text, p, end)
        if m is not None:
            yield m
            pos = m.end()


_DIGIT_OR_WORD = re.compile(r"\d|\b\w")


def boundary_matches(rx: re.Pattern[str], prefixes: re.Pattern[str],
                     text: str) -> Iterator[re.Match[str]]:
    """``rx.finditer(text)`` for a case-insensitive regex whose matches all begin at a digit
    or a word start (``\\b\\w``), tried only where ``prefixes`` accepts the next chars."""
    pos = 0
    seen = _SEEN.setdefault(id(prefixes), {})  # _accepts by the key as written: no tuple key,
    for p in map(_start, _DIGIT_OR_WORD.finditer(text)):  # no case fold for a key met before
        if p < pos:
            continue
        key = text[p:p + KEY]
        found = seen.get(key)
        if found is None:
            found = _accepts(prefixes, key)
            if len(seen) < 200_000:
                seen[key] = found
        if not found:
            continue
        m = rx.match(text, p)
        if m is not None:
            yield m
            pos = m.end()


_start = operator.methodcaller("start")
# id of a prefix regex (hashing a Pattern hashes its code) -> key as written -> accepted: the
# one cache of these answers
_SEEN: dict[int, dict[str, bool]] = {}


def _accepts(prefixes: re.Pattern[str], key: str) -> bool:
    """Whether ``prefixes`` accepts ``key`` (lower-cased when ASCII); a short key always."""
    return len(key) < KEY or prefixes.match(key.lower() if key.isascii() else key) is not None
