"""Issue 3 actors, third session: learned actors in event phrase coding, a cache that forgets
what learning changes, per-context article state, and the article-level home country."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest

from storyline import Storyline
from storyline.actors import kb
from storyline.actors.cache import PhraseCache, last_word
from storyline.nlp.extract import extract_records
from storyline.records import Actor, Article, ArticleRecord, Event, article_id_for

pytestmark = pytest.mark.issue(3)


def _events(nlp: Any, texts: list[str], published: str | None = None) -> list[list[Event]]:
    """The full default pipeline over bare texts, in order, in one batch (no store)."""
    articles = [Article(id=article_id_for(t), text=t, published=published) for t in texts]
    out = extract_records(articles, nlp=nlp)
    assert all(isinstance(r, ArticleRecord) for r in out), out
    return [r.events for r in out if isinstance(r, ArticleRecord)]


def _source_of(events: list[Event], trigger: str) -> Any:
    found = [e.source for e in events if e.trigger == trigger]
    assert found, f"no event triggered by {trigger!r}: {[e.trigger for e in events]}"
    return found[0]


def test_issue_3_learned_actor_codes_event_phrases_during_ingest(
    db_path: Path, tmp_path: Path
) -> None:
    """An actor learned from article 1 (in the store) codes the phrase 'Forces of Li Shangfu'
    that the events stage codes itself in article 2 (no mention of the actors stage covers
    'Forces' with a country)."""
    first = tmp_path / "first.txt"
    first.write_text("date 2023-04-16 Chinese Defense Minister Li Shangfu arrived in Moscow. "
                     "Li Shangfu met officials there.\n", encoding="utf-8")
    second = tmp_path / "second.txt"
    second.write_text("date 2023-08-14 Forces of Li Shangfu shelled the town on Monday.\n",
                      encoding="utf-8")
    with Storyline(db_path) as sl:
        sl.ingest([str(first)])
        kb._LEARNED.clear()  # article 2 must read Li Shangfu from the store, not this memory
        sl.ingest([str(second)])
        events = [e for e in sl.events() if e["sentence"].startswith("Forces of")]
    assert events, "no event in the second article"
    source = events[0]["source"]
    assert source["country"] == "CHN" and source["sector"] in ("GOV", "MIL")
    assert source["text"] == "Forces"


def test_issue_3_phrase_cache_sees_actors_learned_after_it(nlp: Any) -> None:
    """No store: a phrase coded before an actor was learned is coded again afterwards."""
    phrase = "Forces of Wang Jianguo shelled the town on Monday."
    teach = "Chinese Defense Minister Wang Jianguo arrived in Minsk on Sunday."
    before, _, after = _events(nlp, [phrase, teach, phrase], "2031-05-01")
    assert _source_of(before, "shelled").country is None  # nobody knows him yet
    later = _source_of(after, "shelled")
    assert (later.country, later.sector) == ("CHN", "MIL")


def test_issue_3_phrase_cache_forgets_only_phrases_naming_the_learned_word(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[str] = []

    def fake(text: str, date: str | None = None, db_path: str | None = None) -> None:
        calls.append(text)

    monkeypatch.setattr("storyline.actors.cache.code_phrase", fake)
    cache = PhraseCache(size=3)
    for text in ("Forces of Wang Jianguo", "the army", "U.S. officials", "the army"):
        cache.code(text, None, None)
    assert calls == ["Forces of Wang Jianguo", "the army", "U.S. officials"]
    cache.forget("wang jianguo")
    cache.code("the army", None, None)
    cache.code("Forces of Wang Jianguo", None, None)
    assert calls[3:] == ["Forces of Wang Jianguo"]  # only the phrase naming him again
    cache.forget("us")  # a dot-less learned key still reaches 'U.S.'
    cache.code("U.S. officials", None, None)
    assert calls[4:] == ["U.S. officials"]
    cache.code("a fourth phrase", None, None)  # size 3: the oldest entry goes
    assert len(cache.entries) == 3 and all(cache.by_word.values())
    assert last_word("al-thani") == "thani" and last_word("u.s.") == "us"


def test_issue_3_learning_notifies_the_process_phrase_cache(tmp_path: Path) -> None:
    from storyline.actors.cache import PHRASES, code_phrase_cached

    db = str(tmp_path / "memory-only.db")
    before = code_phrase_cached("Forces of Ruan Xiaoping", "2031-01-01", db)
    assert before is not None and before.country is None
    kb.remember(Actor(id="rx", name="Ruan Xiaoping", country="VNM", sector="GOV",
                      role="Defense Minister", valid_from="2030-06-01"), db)
    assert not any(k[0] == "Forces of Ruan Xiaoping" for k in PHRASES.entries)
    coded = code_phrase_cached("Forces of Ruan Xiaoping", "2031-01-01", db)
    assert coded is not None and coded.country == "VNM"


def test_issue_3_own_surnames_are_per_context_and_reentrant(tmp_path: Path) -> None:
    """The article's own surnames hold in their context only: nesting restores the outer
    set, and another thread coding at the same time sees none of them."""
    db = str(tmp_path / "own.db")
    kb.remember(Actor(id="n1", name="Vijay Okonkwo", aliases=["Okonkwo"], country="NGA",
                      sector="GOV", valid_from="2030-01-01"), db)
    seen: dict[str, Any] = {}
    inside = threading.Event()
    release = threading.Event()

    def hold() -> None:
        with kb.own_surnames(frozenset({"okonkwo"})):
            seen["outer"] = kb.lookup_learned("okonkwo", db, "2030-02-01")
            with kb.own_surnames(frozenset()):
                seen["nested"] = kb.lookup_learned("okonkwo", db, "2030-02-01")
            seen["restored"] = kb.lookup_learned("okonkwo", db, "2030-02-01")
            inside.set()
            release.wait(5)

    worker = threading.Thread(target=hold)
    worker.start()
    assert inside.wait(5)
    other = kb.lookup_learned("okonkwo", db, "2030-02-01")  # while the worker holds its set
    release.set()
    worker.join(5)
    assert seen["outer"] is None and seen["restored"] is None
    assert seen["nested"] is not None and other is not None and other.country == "NGA"


US_STORY = ("LOS ANGELES - Police arrested a man on Tuesday after a shooting in Los Angeles. "
            "Prosecutors charged the suspect with murder on Wednesday. "
            "The suspect was held overnight, and a judge set bail at one million dollars. "
            "The governor said the state would help. Mexican police said the suspect had "
            "lived in Texas for years.")
MIXED_STORY = ("Police arrested a man in Paris on Tuesday. Officials in Berlin and Madrid said "
               "the judge would decide. Prosecutors charged him in London.")
GEORGIA_STORY = ("ATLANTA - Police in Atlanta, Georgia arrested two men on Friday. The governor "
                 "of Georgia praised the police in Texas.")


def _mention(record: ArticleRecord, text: str, nth: int = 0) -> Any:
    at = -1
    for _ in range(nth + 1):
        at = record.article.text.index(text, at + 1)
    found = [m for m in record.mentions if m.span[0] <= at and at + len(text) <= m.span[1]]
    assert found, f"no mention over {text!r}"
    return min(found, key=lambda m: m.span[1] - m.span[0])


@pytest.fixture(scope="module")
def stories(nlp: Any) -> list[ArticleRecord]:
    texts = [US_STORY, MIXED_STORY, GEORGIA_STORY]
    out = extract_records([Article(id=article_id_for(t), text=t) for t in texts], nlp=nlp)
    assert all(isinstance(r, ArticleRecord) for r in out), out
    return out  # type: ignore[return-value]


def test_issue_3_domestic_agents_take_the_article_home_country(
    stories: list[ArticleRecord],
) -> None:
    us = stories[0]
    for text in ("judge", "governor", "Prosecutors"):
        m = _mention(us, text)
        assert (m.country, m.country_basis) == ("USA", "article"), (text, m)
    charged = [e for e in us.events if e.trigger == "charged"]
    assert charged and charged[0].source is not None
    assert (charged[0].source.country, charged[0].source.sector) == ("USA", "JUD")
    mexican = _mention(us, "Mexican police")  # what the sentence says is never overridden
    assert (mexican.country, mexican.country_basis) == ("MEX", "")
    texas = _mention(us, "Texas")
    assert (texas.country, texas.country_basis) == ("USA", "")


def test_issue_3_several_countries_named_means_no_article_guess(
    stories: list[ArticleRecord],
) -> None:
    mixed = stories[1]
    judge = _mention(mixed, "judge")
    assert judge.country is None and judge.country_basis == ""
    police = _mention(mixed, "Police")  # the sentence rule: its sentence names France only
    assert (police.country, police.country_basis) == ("FRA", "sentence")


def test_issue_3_two_country_place_names_follow_the_article(
    stories: list[ArticleRecord],
) -> None:
    story = stories[2]
    for nth in (0, 1):
        georgia = _mention(story, "Georgia", nth)
        assert (georgia.country, georgia.country_basis) == ("USA", "article")
    governor = _mention(story, "governor")
    assert governor.country == "USA"
    praised = [e for e in story.events if e.trigger == "praised"]
    assert praised and praised[0].source is not None
    assert (praised[0].source.country, praised[0].source.country_basis) == ("USA", "article")


def test_issue_3_home_country_rule_is_conservative() -> None:
    from storyline.actors.extract import home_country

    us5 = ["texas", "chicago", "ohio", "boston", "texas"]
    assert home_country({"USA": us5, "MEX": ["mexico"]}) == "USA"
    assert home_country({"USA": ["texas"]}) is None  # named once is not a home
    assert home_country({"NZL": ["wellington", "wellington"]}) is None  # one place, twice
    assert home_country({"USA": us5[:3], "GBR": ["london"]}) is None  # 3:1 is not overwhelming
    assert home_country({"USA": us5 * 2, "GBR": ["uk"], "FRA": ["paris"]}) is None  # several
    assert home_country({}) is None


def test_issue_3_hyphenated_title_keeps_its_body(nlp: Any) -> None:
    """'Arab League Secretary-General X': the body left of the hyphenated title codes X."""
    from storyline.nlp.extract import build_pipeline

    text = ("Arab League Secretary-General Omar Fadlallah opened a water conference. "
            "NATO Secretary-General Jens Stoltenberg met officials.")
    rec = extract_records([Article(id=article_id_for(text), text=text, published="1990-01-01")],
                          nlp=nlp, pipeline=build_pipeline(["storyline.actors.v1"]))[0]
    assert isinstance(rec, ArticleRecord)
    envoy = _mention(rec, "Omar Fadlallah")
    assert envoy.text.startswith("Arab League") and (envoy.country, envoy.sector) == ("ARL", "IGO")
    assert _mention(rec, "Jens Stoltenberg").country == "NATO"


def test_issue_3_parties_are_a_home_sector(nlp: Any) -> None:
    """A party with no country of its own takes the one country its sentence names."""
    text = ("The opposition Renewal party announced on Monday that it would boycott Kenya's "
            "council polls.")
    events = _events(nlp, [text])[0]
    boycott = [e for e in events if e.trigger == "boycott"]
    assert boycott and boycott[0].source is not None
    assert (boycott[0].source.country, boycott[0].source.sector) == ("KEN", "PTY")


def test_issue_3_groups_code_from_their_own_words(nlp: Any) -> None:
    """'leaders' is a home-sector group (its sentence's one country); 'the two sides' and a
    group naming two countries get none; 'business leaders' takes no country from a place."""
    from storyline.nlp.extract import build_pipeline

    text = ("Leaders of the coalition met in Baku on Friday to plan a march. The Peruvian and "
            "Chilean sides met again. She addressed a lunch for business leaders in Paris.")
    rec = extract_records([Article(id=article_id_for(text), text=text)], nlp=nlp,
                          pipeline=build_pipeline(["storyline.actors.v1"]))[0]
    assert isinstance(rec, ArticleRecord)
    leaders = _mention(rec, "Leaders")
    assert (leaders.kind, leaders.country, leaders.sector) == ("GROUP", "AZE", "GOV")
    assert leaders.country_basis == "sentence"
    assert _mention(rec, "sides").country is None
    business = _mention(rec, "business leaders")
    assert business.country is None and business.sector is None


def test_issue_3_inferred_country_is_stored_but_not_learned(
    db_path: Path, tmp_path: Path
) -> None:
    """A country the article only inferred is kept on its actor row (source 'inferred:...')
    but a later article does not learn it as a fact."""
    first = tmp_path / "first.txt"
    first.write_text("date 2031-03-02 Interior Secretary Dana Whitcombe visited Texas on Monday. "
                     "Whitcombe later flew to Los Angeles and Chicago.\n", encoding="utf-8")
    second = tmp_path / "second.txt"
    second.write_text("date 2031-03-09 Dana Whitcombe spoke on Friday about the budget and said "
                      "that the talks would go on next week.\n", encoding="utf-8")
    with Storyline(db_path) as sl:
        sl.ingest([str(first)])
        rows = [a for a in sl.actors() if a["name"] == "Dana Whitcombe"]
        assert rows and rows[0]["country"] == "USA"
        assert str(rows[0]["source"]).startswith("inferred:")
        kb._LEARNED.clear()
        sl.ingest([str(second)])
        later = sl.store.rows("SELECT m.text, m.country FROM mentions m JOIN articles a"
                              " ON a.id = m.article_id WHERE a.text LIKE 'Dana Whitcombe spoke%'")
    assert [(m["text"], m["country"]) for m in later] == [("Dana Whitcombe", None)]


def test_issue_3_kb_tables_for_domestic_news() -> None:
    """US cities and AP state abbreviations code to the USA; 'Georgia' stays the country on its
    own; a 'Molotov cocktail' is no Russian place."""
    from storyline.actors.coding import code_phrase

    for place in ("Baltimore", "Brooklyn", "Calif.", "Wisconsin", "Albany"):
        ref = code_phrase(place)
        assert ref is not None and ref.country == "USA", place
    georgia = code_phrase("Georgia")
    assert georgia is not None and georgia.country == "GEO"
    assert code_phrase("Molotov cocktails") is None


def test_issue_3_an_outlet_gives_no_home_country(nlp: Any) -> None:
    """'X told Reuters': the outlet's country is not the speaker's."""
    from storyline.nlp.extract import build_pipeline

    text = "The vice president of the union told Reuters that the cuts were unfair."
    rec = extract_records([Article(id=article_id_for(text), text=text)], nlp=nlp,
                          pipeline=build_pipeline(["storyline.actors.v1"]))[0]
    assert isinstance(rec, ArticleRecord)
    assert _mention(rec, "Reuters").country == "GBR"
    assert _mention(rec, "vice president").country is None


def test_issue_3_own_surnames_are_reset_when_an_extractor_raises(nlp: Any) -> None:
    """An article's own surnames hold while its mentions are coded only, even when a later
    extractor of the same article raises."""
    from storyline.nlp.extract import Extractor, build_pipeline
    from storyline.records import Failure

    def boom(ctx: Any) -> None:
        raise RuntimeError("boom")

    text = "Colonel Marta Quillfeather of Chile arrived in Santiago on Monday."
    article = Article(id=article_id_for(text), text=text)
    pipeline = [*build_pipeline(["storyline.actors.v1"]), Extractor("test.boom", boom)]
    out = extract_records([article], nlp=nlp, pipeline=pipeline)
    assert isinstance(out[0], Failure)
    assert not kb.current_own_surnames()


def test_issue_3_phrase_cache_keeps_no_coding_made_under_own_surnames(tmp_path: Path) -> None:
    """A coding made while an article's own surnames hide a learned namesake depends on that
    article, so the process cache must not hand it to the next one."""
    from storyline.actors.cache import code_phrase_cached

    db = str(tmp_path / "own-cache.db")
    kb.remember(Actor(id="q1", name="Tomas Quarrington", aliases=["Quarrington"], country="CAN",
                      sector="GOV", valid_from="2030-01-01"), db)
    with kb.own_surnames(frozenset({"quarrington"})):
        inside = code_phrase_cached("Quarrington", "2030-02-01", db)
    outside = code_phrase_cached("Quarrington", "2030-02-01", db)
    assert inside is None or inside.country is None
    assert outside is not None and outside.country == "CAN"


def test_issue_3_two_stores_in_one_process_learn_apart(tmp_path: Path) -> None:
    """What one store's articles teach (an actor, and the phrase codings naming him) stays with
    that store: a second Storyline on another store in the same process knows nothing of it."""
    teach = tmp_path / "teach.txt"
    teach.write_text("date 2031-06-01 Peruvian Interior Minister Elmer Quispecahua arrived in "
                     "Lima. Elmer Quispecahua met officials there.\n", encoding="utf-8")
    later = tmp_path / "later.txt"
    later.write_text("date 2031-07-01 Forces of Elmer Quispecahua raided the camp on Monday.\n",
                     encoding="utf-8")
    found: dict[str, Any] = {}
    for name, lessons in (("taught", [teach, later]), ("other", [later])):
        with Storyline(tmp_path / f"{name}.db") as sl:
            sl.ingest([str(p) for p in lessons])
            raided = [e for e in sl.events() if e["trigger"] == "raided"]
        assert raided, name
        found[name] = raided[0]["source"]
    assert found["taught"]["country"] == "PER"
    assert found["other"]["country"] is None
