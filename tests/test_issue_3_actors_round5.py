"""Issue 3 actors, fifth session: one reading of a group named before a title, and the
country/sector causes found on the development sentences."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from storyline.actors.coding import code_name, code_phrase, code_words, ethnic_group, title_group

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

    def counted(path: str) -> tuple[int, int] | None:
        calls.append(path)
        return real(path)

    monkeypatch.setattr(kb, "_identity", counted)
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


def _coded(actors_of: Any, text: str, phrase: str) -> tuple[str | None, str | None]:
    """(country, sector) of the mention at ``phrase`` in ``text``."""
    mention = actors_of.at(actors_of(text), text, phrase)
    assert mention is not None, phrase
    return mention.country, mention.sector


def test_issue_3_an_award_nominee_runs_for_no_office(actors_of: Any) -> None:
    """'Oscar nominee Jane Smith' is no party candidate (PTY); 'the Republican nominee' is."""
    text = "Oscar nominee Jane Holloway criticized the plan on Monday."
    assert _coded(actors_of, text, "Jane Holloway")[1] != "PTY"
    assert code_phrase("the Republican nominee") is not None
    assert code_phrase("the Republican nominee").sector == "PTY"  # type: ignore[union-attr]


def test_issue_3_national_peacekeepers_are_their_countrys_military(actors_of: Any) -> None:
    """'Nepalese peacekeeping troops' are Nepal's military on loan (NPL MIL); bare or UN
    peacekeepers stay an international body (IGO)."""
    text = "Nepalese peacekeeping troops guarded the airport during the vote."
    assert _coded(actors_of, text, "Nepalese peacekeeping troops") == ("NPL", "MIL")
    un = code_phrase("UN peacekeeping troops")
    assert un is not None and un.sector == "IGO"


def test_issue_3_leaders_of_an_opposition_body_are_opposition(actors_of: Any) -> None:
    """'Leaders of the <name> opposition alliance' lead the opposition (OPP), not the
    government; a leader's default GOV still holds alone ('Chinese leaders')."""
    text = "Leaders of the Green opposition alliance held talks in Minsk."
    assert _coded(actors_of, text, "Leaders")[1] == "OPP"
    ref = code_phrase("Leaders of the opposition coalition")
    assert ref is not None and ref.sector == "OPP"
    chinese = code_phrase("Chinese leaders")
    assert chinese is not None and chinese.sector == "GOV"


def test_issue_3_people_in_two_countries_have_no_one_country() -> None:
    """'people in Spain and Portugal' live in two countries: neither is theirs; 'the Ethiopian
    and Eritrean sides' keep the first (each side is one of the two)."""
    assert code_words("people in Spain and Portugal".split()).country is None
    assert code_words("the Ethiopian and Eritrean sides".split()).country == "ETH"


def test_issue_3_a_party_name_with_an_agent_word_is_that_party(actors_of: Any) -> None:
    """'Kurdish Workers Party fighters' are the PKK's (TUR REB), not labour (LAB) nor a Kurdish
    population placed by the sentence."""
    text = "Kurdish Workers Party fighters ambushed a convoy near the Iraqi border."
    assert _coded(actors_of, text, "Kurdish Workers Party fighters") == ("TUR", "REB")
    assert code_name("Kurdish Workers' Party") is not None
    japan = code_phrase("Democratic Party of Japan")
    assert japan is not None and japan.country == "JPN"


def test_issue_3_a_described_known_organisation_keeps_its_sector(actors_of: Any) -> None:
    """'Campaign group Amnesty International': the description does not hide the known
    name, so the NGO sector stays."""
    text = "Campaign group Amnesty International criticised the new law."
    assert _coded(actors_of, text, "Amnesty International")[1] == "NGO"


def test_issue_3_he_is_no_vehicle(actors_of: Any) -> None:
    """'he' after 'an Italian envoy ... the Greek tanker' is the envoy, not the ship."""
    text = "An Italian envoy said the owners of the Greek tanker must pay as he left Athens."
    he = actors_of.at(actors_of(text), text, " he ")
    assert he is not None and he.country == "ITA" and he.sector == "GOV"


def test_issue_3_ethnic_groups_are_kb_data() -> None:
    """The ethnic and religious group table is bundled KB data (ethnic_groups.tsv), read as
    the coding tables use it: a home country, or none where they live in several."""
    from storyline.actors.kb import bundled, ethnic_groups

    table = ethnic_groups()
    assert table["houthis"] == "YEM" and table["kurds"] == ""
    assert all(code in bundled().isos for code in table.values() if code)
    assert ethnic_group(["Uighurs"]) == (True, "CHN", False)


def test_issue_3_joined_modifiers_stay_in_one_mention(actors_of: Any) -> None:
    """'Top Danish and Swedish officials' is one mention with both modifiers (coded by the
    first country), not a bare 'officials' that only its sentence could place."""
    text = "Top Danish and Swedish officials toured a wind farm on Monday."
    rec = actors_of(text)
    whole = [m for m in rec.mentions if m.text == "Top Danish and Swedish officials"]
    assert whole and whole[0].country == "DNK" and whole[0].country_basis == ""


def test_issue_3_an_unknown_group_takes_its_sentences_country(actors_of: Any) -> None:
    """'a sit-in organised by the Ufungamano (``Unity'') movement' in a Kenyan sentence: a
    name no dictionary knows, which the text calls a movement, is of the sentence's one
    country; the same name without a group word stays uncoded."""
    text = ("Kenyan police broke up a sit-in organised by the Ufungamano (``Unity'') movement "
            "in Nairobi.")
    assert _coded(actors_of, text, "Ufungamano")[0] == "KEN"
    bare = "Kenyan police broke up a sit-in organised by Ufungamano in Nairobi."
    mention = actors_of.at(actors_of(bare), bare, "Ufungamano")
    assert mention is None or mention.country is None


def test_issue_3_their_countries_are_their_owners(actors_of: Any) -> None:
    """'their countries' of Danish and Norwegian ministers are coded by their owner (its first
    country, as the joined modifiers are); a bare 'countries' stays uncoded."""
    text = "Danish and Norwegian ministers signed a pact binding their countries to share data."
    assert _coded(actors_of, text, "countries")[0] == "DNK"
    bare = "Danish and Norwegian ministers signed a pact binding many countries to share data."
    mention = actors_of.at(actors_of(bare), bare, "countries")
    assert mention is None or mention.country is None
