"""Issue 3 actors, fourth-session review: sentence countries stay linear in long sentences,
populations placed by their sentence are no KB actors, forgetting an article reaches the
phrase cache, and the dated codes of recent leaders."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from storyline.actors import kb
from storyline.actors.cache import code_phrase_cached
from storyline.actors.coding import code_phrase
from storyline.actors.lookup import mention_at
from storyline.records import Actor

pytestmark = pytest.mark.issue(3)


def test_issue_3_many_groups_in_one_sentence_share_its_scene_country(actors_of: Any) -> None:
    """Sixty groups acted on in one sentence all take the one country things happen 'in'; the
    country fired at is no scene (the sentence's places are counted once, not per group)."""
    heads = ["farmers", "villagers", "workers", "students", "refugees", "teachers"]
    groups = ", ".join(f"{heads[i % len(heads)]} in Mosul, Iraq" for i in range(60))
    text = f"Gunmen who fired at Syria wounded {groups} on Monday."
    rec = actors_of(text, published="2021-03-02")
    placed = [m for m in rec.mentions if m.text in heads]
    assert len(placed) >= 50
    assert {m.country for m in placed} == {"IRQ"}


def test_issue_3_an_act_aimed_at_a_country_says_nothing_of_its_subject(actors_of: Any) -> None:
    """'Rebels attacked Chad': Chad is what the rebels aimed at, not their country; named in
    'in' by the next sentence it places the villagers there."""
    text = "Rebels attacked Chad on Sunday. Villagers in Chad fled."
    rec = actors_of(text, published="2021-03-02")
    rebels = mention_at(rec.mentions, 0, len("Rebels"))
    assert rebels is not None and rebels.country != "TCD"
    start = text.index("Villagers")
    villagers = mention_at(rec.mentions, start, start + len("Villagers"))
    assert villagers is not None and villagers.country == "TCD"


@pytest.mark.parametrize(("text", "group", "country"), [
    ("Christians in Nigeria were attacked by herdsmen on Sunday.", "Christians", "NGA"),
    ("Shiites marched through the streets of Baghdad, Iraq, on Friday.", "Shiites", "IRQ"),
])
def test_issue_3_a_population_placed_by_its_sentence_is_no_actor(
        actors_of: Any, text: str, group: str, country: str) -> None:
    """A religious or ethnic group placed only by its sentence is coded there, but is no entry
    of the actors table (one per country and article would flood it)."""
    rec = actors_of(text, published="2021-03-02")
    start = text.index(group)
    mention = mention_at(rec.mentions, start, start + len(group))
    assert mention is not None and mention.country == country
    assert group not in {a.name for a in rec.actors}


def test_issue_3_forgetting_an_article_reaches_the_phrase_cache(tmp_path: Path) -> None:
    """A phrase coded from an article's lesson is not served from the cache after the article
    is forgotten (it failed a later extractor or its store write)."""
    db = str(tmp_path / "cache.db")
    kb.remember(Actor(id="q1", name="Tamsin Quillbury", aliases=[], country="NZL",
                      sector="GOV", valid_from="2031-01-01", source="article:ccc"), db)
    before = code_phrase_cached("Tamsin Quillbury", "2031-02-01", db)
    assert before is not None and before.country == "NZL"
    kb.forget_article("ccc", db)
    assert code_phrase_cached("Tamsin Quillbury", "2031-02-01", db) is None


@pytest.mark.parametrize(("name", "date", "code"), [
    ("Boris Johnson", "2017-05-01", ("GBR", "GOV")),  # Foreign Secretary
    ("Boris Johnson", "2019-01-15", ("GBR", "LEG")),  # a backbench MP between offices
    ("Mike Pompeo", "2017-06-01", ("USA", "SPY")),  # CIA director
    ("Mike Pompeo", "2019-06-01", ("USA", "GOV")),  # Secretary of State
    ("Rishi Sunak", "2024-09-01", ("GBR", "OPP")),  # Leader of the Opposition
    ("Shehbaz Sharif", "2023-11-01", ("PAK", "PTY")),  # party leader under a caretaker
    ("Shehbaz Sharif", "2024-06-01", ("PAK", "GOV")),
])
def test_issue_3_recent_leaders_codes_follow_their_offices(
        name: str, date: str, code: tuple[str, str]) -> None:
    """A recent leader's code is the office held on the article's date, gaps included."""
    ref = code_phrase(name, date)
    assert ref is not None and (ref.country, ref.sector) == code


def test_issue_3_a_group_the_kb_names_is_no_population(actors_of: Any) -> None:
    """'the Tamil Tigers' is the armed group the dictionaries code (LKA REB, an actor), not a
    population of Tamils; bare 'Tamils' still are one, placed by their sentence."""
    text = "The Tamil Tigers attacked an army camp. Many Tamils live in Canada."
    rec = actors_of(text, published="2021-03-02")
    start = text.index("Tamil Tigers")
    tigers = mention_at(rec.mentions, start, start + len("Tamil Tigers"))
    assert tigers is not None and (tigers.country, tigers.sector) == ("LKA", "REB")
    assert "Tamil Tigers" in {a.name for a in rec.actors}
    start = text.index("Many Tamils")
    tamils = mention_at(rec.mentions, start, start + len("Many Tamils"))
    assert tamils is not None and tamils.country == "CAN"
