"""Issue 3 actors, fourth session: ethnic and religious groups placed where they live, no
learned surname for a common word, the article's own surnames in event phrase coding, word
tables that say what they claim."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from storyline import Storyline
from storyline.actors import kb
from storyline.actors.coding import code_phrase, ethnic_group, is_agent_phrase, split_title
from storyline.actors.lookup import mention_at
from storyline.events.actors import Participant, resolve_actor
from storyline.records import Actor, Mention

pytestmark = pytest.mark.issue(3)


def _who(text: str, phrase: str, entity: str = "") -> Participant:
    """A participant covering ``phrase`` in ``text`` (head = its first word)."""
    start = text.index(phrase)
    head = phrase.split()[0]
    return Participant(head=(start, start + len(head)), phrase=(start, start + len(phrase)),
                       text=phrase, head_text=head, entity=entity)


@pytest.mark.parametrize(("text", "word", "country"), [
    ("A crowd of ethnic Albanians blocked a road in Serbia.", "ethnic Albanians", "SRB"),
    ("Kurds protested outside the parliament in Iraq on Monday.", "Kurds", "IRQ"),
    ("Hutu militiamen killed dozens of Tutsis in Kigali.", "Tutsis", "RWA"),
])
def test_issue_3_ethnic_groups_live_in_the_country_their_sentence_names(
        actors_of: Any, text: str, word: str, country: str) -> None:
    """CAMEO codes an ethnic group by where it lives: the one country its sentence names."""
    mention = actors_of.at(actors_of(text), text, word)
    assert mention is not None and mention.country == country
    assert mention.country_basis == "sentence"


def test_issue_3_ethnic_group_defaults_and_stated_countries(actors_of: Any) -> None:
    """A group nearly all of whom live in one country takes it when the sentence names none
    (or only a country an act is aimed at); a country in its own words is stated."""
    text = ("Houthi rebels fired missiles at Saudi Arabia. Yoruba elders met on Monday. "
            "Hundreds of Iraqi Kurds opened shops in Germany.")
    rec = actors_of(text)
    houthi = actors_of.at(rec, text, "Houthi")
    assert houthi is not None and (houthi.country, houthi.sector) == ("YEM", "REB")
    yoruba = actors_of.at(rec, text, "Yoruba")
    assert yoruba is not None and yoruba.country == "NGA"
    kurds = actors_of.at(rec, text, "Iraqi Kurds")
    assert kurds is not None and kurds.country == "IRQ" and kurds.country_basis == ""


def test_issue_3_ethnic_group_words() -> None:
    """'ethnic' makes a demonym an ethnic group; bare demonyms and 'ethnic violence' are not."""
    assert ethnic_group(["ethnic", "Albanians"]) == (True, "ALB", False)
    assert ethnic_group(["Kurds"]) == (True, None, False)
    assert ethnic_group(["Iraqi", "Kurds"]) == (True, "IRQ", True)
    assert ethnic_group(["Albanians"])[0] is False
    assert ethnic_group(["ethnic", "violence"])[0] is False
    houthi = code_phrase("Houthi rebels")
    assert houthi is not None and houthi.country == "YEM"


def test_issue_3_ethnic_group_is_no_article_home_country_vote(actors_of: Any) -> None:
    """An ethnic group's country is where it lives, not a place the article names: 'Tamils'
    twice does not make Sri Lanka the home country of a story set in Canada."""
    text = ("Tamils marched in Toronto. Police watched the Tamils. Police in Ottawa said the "
            "march was peaceful. Police arrested two men.")
    rec = actors_of(text)
    last = text.rindex("Police")
    police = mention_at(rec.mentions, last, last + len("Police"))
    assert police is not None and police.country != "LKA"


def test_issue_3_learned_surname_does_not_code_a_common_word(
        actors_of: Any, tmp_path: Path) -> None:
    """'Anger' opening a sentence is the noun even after a Lowell Anger was learned; the
    events stage does not re-code it through the surname either."""
    db = str(tmp_path / "anger.db")
    kb.remember(Actor(id="anger1", name="Lowell Anger", aliases=[], country="USA",
                      sector="JUD", valid_from="2030-01-01"), db)
    text = "Anger grew over the ruling on Monday."
    rec = actors_of(text, db)
    anger = actors_of.at(rec, text, "Anger")
    assert anger is None or anger.country is None
    ref = resolve_actor(rec.mentions, _who(text, "Anger", "ORG"), db_path=db)
    assert ref is None or ref.country is None
    named = "Judge Lowell Anger ruled on Monday. Anger said the case was closed."
    said = actors_of.at(actors_of(named, db), named, "Anger said")
    assert said is not None and said.name == "Lowell Anger"  # the article's own judge


def test_issue_3_events_keep_the_articles_own_surnames(tmp_path: Path) -> None:
    """An article's own Colonel Vellankor is who its later "Vellankor" means: a learned
    namesake of another country must not code "the men of Vellankor" in the events stage."""
    db = str(tmp_path / "own.db")
    kb.remember(Actor(id="nam1", name="Ravi Vellankor", aliases=[], country="IND", sector="MIL",
                      valid_from="2030-01-01"), db)
    text = "Colonel Tomas Vellankor spoke. The men of Vellankor raided the camp."
    own = Mention(id="m1", article_id="art-own", span=(0, 23), text="Colonel Tomas Vellankor",
                  kind="PERSON", entity="e1", role="Colonel", sector="MIL")
    who = _who(text, "men of Vellankor")
    assert resolve_actor([], who, "2030-02-01", db) is not None  # the namesake, unprotected
    ref = resolve_actor([own], who, "2030-02-01", db)
    assert ref is None or ref.country != "IND"
    assert not kb.current_own_surnames()  # reset after coding


def test_issue_3_word_tables_say_what_they_claim() -> None:
    """'Tea Party' is political (no festive word); lower-case 'post', 'times' and 'daily' are
    common words, not outlets; capitalised outlet names still are."""
    tea = code_phrase("the Tea Party")
    assert tea is not None and tea.sector == "PTY"
    assert code_phrase("a border post") is None
    assert code_phrase("three times") is None
    assert not is_agent_phrase("three times")
    post = code_phrase("the Washington Post")
    assert post is not None and (post.country, post.sector) == ("USA", "MED")


@pytest.mark.parametrize(("code", "country", "sector"), [
    ("ANGREB", "AGO", "REB"),  # an old CAMEO country code
    ("WAFREB", None, "REB"),  # a region gives no country, its sector still counts
    ("INTREB", None, "REB"),
    ("MNCUSA", "USA", "BUS"),  # a multinational based in the USA
    ("USRARM", "ARM", None),  # Armenia in Soviet times
    ("RUSGOVMIL", "RUS", "GOV"),
    ("---", None, None),
])
def test_issue_3_phoenix_codes_split_into_country_and_sector(
        code: str, country: str | None, sector: str | None) -> None:
    """Phoenix codes that begin with a region, an old country code or MNC read as what they
    mean, never as a sector named 'WAF' or 'ANG'."""
    assert kb.split_code(code) == (country, sector)


def test_issue_3_breakaway_regions_code_to_their_country() -> None:
    """'Abkhazia' and 'Transnistria' are in GEO and MDA, not the non-country codes GEOPRE,
    MDAPRE the country list carries; no place or demonym codes to anything but ISO."""
    assert code_phrase("Abkhazia").country == "GEO"  # type: ignore[union-attr]
    assert code_phrase("Transnistrian separatists").country == "MDA"  # type: ignore[union-attr]
    tables = kb.bundled()
    assert all(len(c) == 3 for c in [*tables.places.values(), *tables.demonyms.values()]
               if c not in ("EU",))


def test_issue_3_groups_acted_on_take_the_country_they_are_in(actors_of: Any) -> None:
    """Civilians, soldiers, workers... are mentions coded by where they are: the one country
    of their sentence, or, when it names several, the one things happen 'in'."""
    text = ("Government warplanes killed 30 civilians in Syria on Monday. "
            "Canadian troops killed five villagers in Afghanistan. "
            "Druze farmers of the Syrian Golan Heights sold apples to traders from Israel.")
    rec = actors_of(text)
    civilians = actors_of.at(rec, text, "civilians")
    assert civilians is not None and civilians.country == "SYR"
    villagers = actors_of.at(rec, text, "villagers")
    assert villagers is not None and villagers.country == "AFG"
    troops = actors_of.at(rec, text, "Canadian troops")
    assert troops is not None and troops.country == "CAN"
    druze = actors_of.at(rec, text, "Druze farmers")
    assert druze is not None and druze.country == "SYR"  # its own 'of' phrase says so


def test_issue_3_short_acronyms_count_only_when_written_as_acronyms() -> None:
    """'Un' in 'Kim Jong Un' and a question's 'Who' are no UN or WHO; 'UN', 'U.N.' are."""
    kim = code_phrase("Kim Jong Un")
    assert kim is None or kim.country != "UN"
    leader = code_phrase("North Korean leader Kim Jong Un")
    assert leader is not None and leader.country == "PRK"
    assert code_phrase("Who") is None
    for body in ("the UN", "U.N. envoy", "WHO"):
        ref = code_phrase(body)
        assert ref is not None and ref.sector == "IGO", body


def test_issue_3_a_named_groups_members_take_its_country(actors_of: Any) -> None:
    """'Boko Haram fighters' are Nigerian wherever they attack; the group's name, not the
    place of the act, gives their country."""
    text = "Boko Haram fighters raided a fishing camp on the Chadian shore of the lake."
    fighters = actors_of.at(actors_of(text), text, "Boko Haram fighters")
    assert fighters is not None and fighters.country == "NGA"


def test_issue_3_generic_body_names_are_not_learned(actors_of: Any) -> None:
    """'Russia's Supreme Court' is coded RUS, but 'Supreme Court' names a kind of body, so it
    is not learned as one Russian actor that a later bare 'Supreme Court' would be."""
    text = "Russia's Supreme Court banned the group on Monday."
    rec = actors_of(text)
    court = actors_of.at(rec, text, "Supreme Court")
    assert court is not None and court.country == "RUS"
    assert not any(a.name == "Supreme Court" for a in rec.actors)


def test_issue_3_demonyms_of_newer_and_smaller_states() -> None:
    """'South Sudanese' is SSD (not Sudan), 'Uzbek' UZB, 'Nepali' NPL."""
    for phrase, country in (("South Sudanese troops", "SSD"), ("Uzbek police", "UZB"),
                            ("Nepali soldiers", "NPL")):
        ref = code_phrase(phrase)
        assert ref is not None and ref.country == country, phrase


def _mentions_of(sl: Any, word: str) -> list[dict[str, Any]]:
    """Stored mentions whose text is ``word`` (through the store's own connection)."""
    rows = sl.store.conn.execute("SELECT data FROM mentions").fetchall()
    found = [json.loads(r[0]) for r in rows]
    return [m for m in found if m["text"] == word]


def _teach_then_ask(tmp_path: Path, teach_db: Path, ask_db: Path, fail_store: bool,
                    keep: bool = False) -> Any:
    """Ingest an article naming 'Chilean Defense Minister Maria Quillbramble' into ``teach_db``
    (its store write failing if asked), then one with a bare 'Quillbramble' into ``ask_db``."""
    teach = tmp_path / "teach.txt"
    teach.write_text("Chilean Defense Minister Maria Quillbramble arrived in Santiago on "
                     "Monday.\n", encoding="utf-8")
    ask = tmp_path / "ask.txt"
    ask.write_text("On Tuesday, Quillbramble told reporters in Lima that talks would resume.\n",
                   encoding="utf-8")
    with Storyline(teach_db) as sl:
        if fail_store:
            def refuse(record: Any) -> bool:
                raise sqlite3.OperationalError("disk I/O error")
            sl.store.save_record = refuse  # type: ignore[method-assign]
        sl.ingest([str(teach)])
    if teach_db == ask_db and not fail_store and not keep:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{teach_db}{suffix}").unlink(missing_ok=True)
    with Storyline(ask_db) as sl:
        sl.ingest([str(ask)])
        return _mentions_of(sl, "Quillbramble")


def test_issue_3_an_article_that_is_not_stored_teaches_nothing(tmp_path: Path) -> None:
    """Learning counts only for articles that are kept: one whose store write fails leaves
    no trace in this process's knowledge base."""
    db = tmp_path / "fails.db"
    asked = _teach_then_ask(tmp_path, db, db, fail_store=True)
    assert asked and all(m.get("country") != "CHL" for m in asked), asked


def test_issue_3_a_store_recreated_at_the_same_path_starts_empty(tmp_path: Path) -> None:
    """A database deleted and created again at the same path is a new store: nothing the old
    one (or its articles, in this process's memory) taught codes its articles."""
    db = tmp_path / "again.db"
    asked = _teach_then_ask(tmp_path, db, db, fail_store=False)
    assert asked and all(m.get("country") != "CHL" for m in asked), asked


def test_issue_3_a_stored_article_does_teach_the_next(tmp_path: Path) -> None:
    """The other side of the two tests above: kept in the same store, the lesson codes the
    bare surname of the next article."""
    asked = _teach_then_ask(tmp_path, tmp_path / "kept.db", tmp_path / "kept.db", False,
                            keep=True)
    assert [m.get("country") for m in asked] == ["CHL"]


def test_issue_3_forget_article_undoes_its_lessons(tmp_path: Path) -> None:
    """What one article taught is forgotten by its id; other articles' lessons stay."""
    db = str(tmp_path / "forget.db")
    kb.remember(Actor(id="p1", name="Orla Pennyfeather", aliases=[], country="IRL", sector="GOV",
                      valid_from="2030-01-01", source="article:aaa"), db)
    kb.remember(Actor(id="p2", name="Ines Morrowgate", aliases=[], country="PRT", sector="GOV",
                      valid_from="2030-01-01", source="article:bbb"), db)
    kb.forget_article("aaa", db)
    assert kb.lookup_learned("orla pennyfeather", db) is None
    kept = kb.lookup_learned("ines morrowgate", db)
    assert kept is not None and kept.country == "PRT"


@pytest.mark.parametrize(("phrase", "sector"), [
    ("the sheriff's office", "COP"), ("the prosecutor's office", "JUD"),
    ("the county sheriff's department", "COP"),
])
def test_issue_3_an_officials_office_acts_as_the_official(phrase: str, sector: str) -> None:
    """'The sheriff's office arrested ...': the office is the sheriff's service; a person's or
    a place's office is no actor by itself."""
    ref = code_phrase(phrase)
    assert ref is not None and ref.sector == sector and ref.text == phrase
    assert code_phrase("John's office") is None


def test_issue_3_forces_located_abroad_keep_their_country() -> None:
    """'Israeli troops in southern Lebanon' stay Israeli: only residents (civilians,
    refugees, ethnic groups, uncoded groups) take the country of the place they are in."""
    text = "Israeli troops in southern Lebanon shelled a village. Villagers in Lebanon fled."
    troops = Participant(head=(8, 14), phrase=(0, 14), text="Israeli troops",
                         head_text="troops", home_text="southern Lebanon")
    ref = resolve_actor([], troops, db_path=None)
    assert ref is not None and ref.country == "ISR"
    start = text.index("Villagers")
    villagers = Participant(head=(start, start + 9), phrase=(start, start + 9), text="Villagers",
                            head_text="Villagers", home_text="Lebanon")
    ref = resolve_actor([], villagers, db_path=None)
    assert ref is not None and ref.country == "LBN"


@pytest.mark.parametrize(("phrase", "country"), [
    ("Hamas leader Ismail Haniyeh", "PSE"), ("FARC commander Raul Reyes", "COL"),
    ("PKK leader Abdullah Ocalan", "TUR"),
])
def test_issue_3_an_organisation_in_a_title_gives_its_country(phrase: str, country: str) -> None:
    """A group the knowledge base knows, named in a person's title, gives them its country
    and sector: 'Hamas leader X' is PSE REB."""
    ref = code_phrase(phrase)
    assert ref is not None and (ref.country, ref.sector) == (country, "REB")


def test_issue_3_title_organisation_beats_the_place_of_the_act(actors_of: Any) -> None:
    """'FARC commander Raul Reyes ... in Ecuador' is Colombian, as the title says."""
    text = "Colombian troops killed FARC commander Raul Reyes in Ecuador."
    reyes = actors_of.at(actors_of(text), text, "Raul Reyes")
    assert reyes is not None and reyes.country == "COL"


def test_issue_3_a_coded_title_stands_for_the_place_it_holds() -> None:
    """'government positions': the positions are the government's, so the coded title
    mention modifying them gives the participant its codes."""
    text = "The rebels shelled government positions."
    start = text.index("government")
    gov = Mention(id="g", article_id="art-pos", span=(start, start + 10), text="government",
                  kind="TITLE", entity="e", country="KHM", sector="GOV", role="government",
                  country_basis="sentence")
    who = _who(text, "government positions")
    who = Participant(head=(start + 11, start + 20), phrase=who.phrase, text=who.text,
                      head_text="positions")
    ref = resolve_actor([gov], who)
    assert ref is not None and (ref.country, ref.sector) == ("KHM", "GOV")


def test_issue_3_eastern_congo_is_the_drc() -> None:
    """The east of the Congo is the Democratic Republic (the Republic lies west of the river)."""
    ref = code_phrase("eastern Congo")
    assert ref is not None and ref.country == "COD"


def test_issue_3_middle_initials_and_adjective_general() -> None:
    """'M.' is a middle initial inside a name, not an honorific; 'general' before a common
    noun ('the general population') is no military rank."""
    words = "Defense Secretary Robert M. Gates".split()
    assert split_title(words) == (["Defense", "Secretary"], ["Robert", "M.", "Gates"])
    population = code_phrase("the general population")
    assert population is None or population.sector != "MIL"
    general = code_phrase("General Michel Aoun")
    assert general is not None and general.sector == "MIL"


def test_issue_3_new_opens_a_place_or_outlet_name() -> None:
    """'New' is skipped as a modifier ('a new government') but opens 'New York Times'."""
    reporter = code_phrase("the New York Times reporter")
    assert reporter is not None and (reporter.country, reporter.sector) == ("USA", "MED")
    government = code_phrase("a new government")
    assert government is not None and government.country is None


def test_issue_3_phoenix_acronyms_code_only_in_capitals() -> None:
    """'LTTE' (the acronym Phoenix writes in brackets) codes the Tamil Tigers; the same
    letters in ordinary case ('Ana', 'let') are no acronym."""
    ltte = code_phrase("the LTTE")
    assert ltte is not None and (ltte.country, ltte.sector) == ("LKA", "REB")
    assert code_phrase("Ana") is None
    assert kb.lookup_acronym("Let", None) is None


def test_issue_3_a_named_group_before_an_agent_codes_the_phrase() -> None:
    """'Hamas militants', 'Taliban insurgents' as bare phrases (no mention) take the group's
    country, as its members' mentions do."""
    for phrase, country in (("Hamas militants", "PSE"), ("Taliban insurgents", "AFG")):
        ref = code_phrase(phrase)
        assert ref is not None and (ref.country, ref.sector) == (country, "REB"), phrase


def test_issue_3_conflict_places_the_dictionaries_lack() -> None:
    """Towns of conflict news code to their country ('Srebrenica' BIH, 'Mariupol' UKR, and
    since the nineteenth session the short 'Gao' MLI, whose surname reading is settled in the
    sentence: tests/test_issue_3_s19_actors2.py)."""
    for place, country in (("Srebrenica", "BIH"), ("Mariupol", "UKR"), ("Timbuktu", "MLI"),
                           ("Gao", "MLI")):
        ref = code_phrase(place)
        assert ref is not None and ref.country == country, place


def test_issue_3_recent_leaders_the_phoenix_files_lack() -> None:
    """Leaders in office after 2014 are in the bundled KB with dated codes: 'Kim Jong Un' PRK,
    'Donald Trump' USA GOV in 2018 and a former leader (ELI) in 2022."""
    kim = code_phrase("Kim Jong Un")
    assert kim is not None and kim.country == "PRK"
    in_office = code_phrase("Donald Trump", "2018-03-01")
    assert in_office is not None and (in_office.country, in_office.sector) == ("USA", "GOV")
    former = code_phrase("Donald Trump", "2022-03-01")
    assert former is not None and (former.country, former.sector) == ("USA", "ELI")
