"""Cached phrase coding that stays correct while the knowledge base learns.

Articles repeat their phrases ("the government", "Russian forces"), so the events stage codes
each (phrase, date, store) once. A result can only change when an actor is learned under a
name whose words occur in the phrase, so learning a name forgets exactly the cached phrases
that contain its last word ("Li Shangfu" forgets "Forces of Li Shangfu", nothing else).
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, replace

from storyline.actors import kb
from storyline.actors.coding import code_phrase
from storyline.actors.names import norm_key
from storyline.records import ActorRef

_WORD = re.compile(r"\w+")
CacheKey = tuple[str, str | None, str | None]


def _words(text: str) -> frozenset[str]:
    """The words of a phrase as knowledge-base keys see them (dotted and dot-less forms)."""
    key = norm_key(text)
    return frozenset(_WORD.findall(key)) | frozenset(_WORD.findall(key.replace(".", "")))


def last_word(key: str) -> str:
    """The last word of a learned name key (every lookup that finds it contains this word)."""
    found = _WORD.findall(key.replace(".", ""))
    return found[-1] if found else ""


@dataclass
class PhraseCache:
    """Bounded (oldest out first) cache of ``code_phrase`` results with a word index; one
    lock around the entries, so threads sharing the process cache never see a half-dropped
    entry, and a forget counter, so a coding raced by a lesson is never cached stale."""

    size: int = 20_000

    def __post_init__(self) -> None:
        """Empty entries and index."""
        self.entries: dict[CacheKey, tuple[ActorRef | None, frozenset[str]]] = {}
        self.by_word: dict[str, set[CacheKey]] = {}
        self.forgets = 0  # bumped by every forget: a coding begun before one is not kept
        self.lock = threading.Lock()  # held only to read or change the entries, never to code

    def code(self, text: str, date: str | None, db_path: str | None) -> ActorRef | None:
        """A fresh copy of the phrase's coding, computed once while nothing relevant is learned
        (coded outside the lock, so threads code different phrases at the same time)."""
        key = (text, date, db_path)
        with self.lock:
            hit, seen = self.entries.get(key), self.forgets
        words = hit[1] if hit is not None else _words(text)  # a hit keeps its text's words
        if kb.current_own_surnames() & words:  # the result depends on the article: no caching
            return _code(text, date, db_path)
        if hit is None:
            hit = (_code(text, date, db_path), words)
            with self.lock:
                if self.forgets == seen and key not in self.entries:
                    self._put(key, hit)
        return replace(hit[0]) if hit[0] is not None else None

    def _put(self, key: CacheKey, hit: tuple[ActorRef | None, frozenset[str]]) -> None:
        """Store a coding and index its words, first dropping the oldest entry when full."""
        if len(self.entries) >= self.size:
            self._drop(next(iter(self.entries)))
        self.entries[key] = hit
        for word in hit[1]:
            self.by_word.setdefault(word, set()).add(key)

    def _drop(self, key: CacheKey) -> None:
        """Remove one entry and its word index links (empty word sets go too)."""
        entry = self.entries.pop(key, None)
        for word in entry[1] if entry else ():
            keys = self.by_word.get(word)
            if keys is not None:
                keys.discard(key)
                if not keys:
                    del self.by_word[word]

    def forget(self, learned_key: str) -> None:
        """Drop every cached phrase containing the last word of a newly learned name."""
        with self.lock:
            self.forgets += 1
            for key in list(self.by_word.get(last_word(learned_key), ())):
                self._drop(key)

    def clear(self) -> None:
        """Forget everything."""
        with self.lock:
            self.forgets += 1
            self.entries.clear()
            self.by_word.clear()


def _code(text: str, date: str | None, db_path: str | None) -> ActorRef | None:
    """``code_phrase``, with a coding failure read as no coding."""
    try:
        return code_phrase(text, date=date, db_path=db_path)
    except Exception:  # noqa: BLE001 - a coding failure leaves the actor uncoded, no more
        return None


PHRASES = PhraseCache()
kb.on_learned(PHRASES.forget)


def code_phrase_cached(text: str, date: str | None = None,
                       db_path: str | None = None) -> ActorRef | None:
    """``code_phrase`` through the process-wide cache (a fresh ActorRef each call)."""
    return PHRASES.code(text, date, db_path)
