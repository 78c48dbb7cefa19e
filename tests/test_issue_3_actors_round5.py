"""Issue 3 actors, fifth session: one reading of a group named before a title, and the
country/sector causes found on the development sentences."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from storyline.actors.coding import title_group

pytestmark = pytest.mark.issue(3)


@pytest.mark.parametrize(("text", "phrase", "country"), [
    ("A Taliban suicide bomber attacked a Pakistani army post near Peshawar.",
     "Taliban suicide bomber", "AFG"),
    ("Boko Haram suicide bombers struck a market in Cameroon.",
     "Boko Haram suicide bombers", "NGA"),
    ("Al Shabaab gunmen attacked a Kenyan town.", "Al Shabaab gunmen", "SOM"),
])
def test_issue_3_a_group_named_before_a_title_is_its_country(
        actors_of: Any, text: str, phrase: str, country: str) -> None:
    """The group's name before a title ('Taliban suicide bomber') is read as a run of name
    words, as in a person's title ('Hamas leader X'), so a lower-case word after it
    ('suicide') no longer hides it and the sentence's other country does not win."""
    rec = actors_of(text)
    mention = actors_of.at(rec, text, phrase)
    assert mention is not None and mention.country == country
    assert mention.country_basis == ""  # stated by its own words, not inferred


def test_issue_3_title_group_skips_places_and_agent_words() -> None:
    """A place before a title is the title's country (read elsewhere), not a group; an agent
    word ends the run ('Hamas military commander' is Hamas)."""
    assert title_group(["Kenyan"], None, None) is None
    hamas = title_group(["Hamas", "Military"], None, None)
    assert hamas is not None and hamas.country == "PSE"
    assert title_group(["local"], None, None) is None


def test_issue_3_phrase_cache_codes_outside_its_lock(monkeypatch: pytest.MonkeyPatch) -> None:
    """Coding runs without the cache lock (other threads may read the cache meanwhile), and a
    result raced by a lesson (a forget while it was coded) is returned but not cached."""
    from storyline.actors import cache
    from storyline.records import ActorRef

    phrases = cache.PhraseCache()
    free: list[bool] = []

    def fake_code(text: str, date: str | None, db_path: str | None) -> ActorRef:
        free.append(phrases.lock.acquire(blocking=False))
        phrases.lock.release()
        if text == "raced words":
            phrases.forget("raced")
        return ActorRef(text=text, span=(0, len(text)), country="FRA")

    monkeypatch.setattr(cache, "_code", fake_code)
    assert phrases.code("quiet words", None, None) is not None
    assert phrases.code("quiet words", None, None) is not None  # the second from the cache
    raced = phrases.code("raced words", None, None)
    assert raced is not None and raced.country == "FRA"
    assert free == [True, True]
    assert ("quiet words", None, None) in phrases.entries
    assert ("raced words", None, None) not in phrases.entries


def test_issue_3_store_lookups_check_the_file_once_per_article(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Lookups read the store's actors as last refreshed: the file's identity is checked by
    ``refresh`` (once per article), not by every lookup."""
    from storyline.actors import kb
    from storyline.store import Store

    db = str(tmp_path / "once.db")
    Store(db).close()
    calls: list[str] = []
    real = kb._identity
    monkeypatch.setattr(kb, "_identity", lambda path: calls.append(path) or real(path))
    kb.refresh(db)
    for _ in range(20):
        assert kb.lookup_learned("zebulon quartermaine", db) is None
    assert calls == [db]
    kb.refresh(db)
    assert calls == [db, db]


def test_issue_3_span_index_windows_match_a_full_scan() -> None:
    """The one span index (mentions, quotes, names) finds every item overlapping or containing
    a range that a scan finds, in the items' own order, also for unsorted, nested spans."""
    import random

    from storyline.spans import SpanIndex

    rng = random.Random(11)
    spans = []
    for _ in range(400):
        start = rng.randrange(0, 5_000)
        spans.append((start, start + rng.choice([1, 5, 40, 300])))
    index = SpanIndex(spans, lambda s: s)
    for _ in range(1_000):
        start = rng.randrange(0, 5_400)
        end = start + rng.randrange(0, 60)
        over = [s for s in index.overlapping(start, end) if s[0] < end and start < s[1]]
        assert over == [s for s in spans if s[0] < end and start < s[1]]
        inside = [s for s in index.containing(start, end) if s[0] <= start and end <= s[1]]
        assert inside == [s for s in spans if s[0] <= start and end <= s[1]]
    assert len(SpanIndex([], lambda s: s).overlapping(0, 10)) == 0
