"""The PolNeAR blind CAMEO set builder: sentence rule, selection, sha1 check and XML shape."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

import offset_sets as sets
from storyline.evaluate import events_gold as g
from storyline.events.codebook import plover_for

pytestmark = pytest.mark.issue(3)

REPO, SHARED, needs_train_texts = sets.REPO, sets.SHARED, sets.needs_train_texts

ARTICLE = (
    "Senator Scolds Governor Over Budget.\n\n"
    "Sen. Jane Roe (D-N.Y.) criticized Gov. John Doe on Monday for the budget cuts he "
    "signed. She said the U.S. economy would suffer.\n\n"
    "Short line here.\n\n"
    "“We will fight this in court,” said Rep. G.K. Smith. Mr. Doe said he would not change "
    "course on the plan.\n"
)


@pytest.fixture(scope="module")
def polnear() -> ModuleType:
    return sets.import_builder("cameo_polnear")


def make_shared(tmp_path: Path, polnear: ModuleType, text: str) -> Path:
    """A fake ``shared`` folder holding one PolNeAR dev article."""
    return sets.fake_shared(tmp_path, polnear.POLNEAR, {"a_2016-01-01_test.txt": text})


def write_codings(path: Path, polnear: ModuleType, text: str, events: list[list[dict]]) -> None:
    """Codings for the sentences the rule picks from ``text``, with the given events."""
    picked = [("a_2016-01-01_test.txt", s) for s in polnear.doc_picks(text)]
    sets.write_codings(path, polnear.sha1, picked, events)


def test_issue_3_splits_sentences_past_abbreviations_and_initials(polnear: ModuleType) -> None:
    texts = [s.text for s in polnear.body_sentences(ARTICLE)]
    assert texts == [
        "Sen. Jane Roe (D-N.Y.) criticized Gov. John Doe on Monday for the budget cuts he signed.",
        "She said the U.S. economy would suffer.",
        "Short line here.",
        "“We will fight this in court,” said Rep. G.K. Smith.",
        "Mr. Doe said he would not change course on the plan.",
    ]


def test_issue_3_spans_are_offsets_into_the_text(polnear: ModuleType) -> None:
    for span in polnear.body_sentences(ARTICLE):
        assert ARTICLE[span.start:span.end] == span.text


def test_issue_3_selection_skips_headline_and_fragments(polnear: ModuleType) -> None:
    picks = [s.text for s in polnear.doc_picks(ARTICLE)]
    assert picks[0].startswith("Sen. Jane Roe")
    assert len(picks) == polnear.SENTENCES_PER_DOC
    assert not polnear.is_prose("She said the U.S. economy would suffer.")
    assert not polnear.is_prose("By John Smith And Mary Jones Of The Daily Post")


def test_issue_3_build_writes_petrarch_xml(polnear: ModuleType, tmp_path: Path) -> None:
    shared = make_shared(tmp_path, polnear, ARTICLE)
    codings = tmp_path / "codings.jsonl"
    event = {"eventcode": "111", "sourcecode": "USALEG", "targetcode": "USAGOV",
             "trigger": "criticized"}
    write_codings(codings, polnear, ARTICLE, [[event], []])
    root = ET.fromstring(polnear.build(shared, codings))
    sentences = root.findall("Sentence")
    assert [s.findtext("Text") for s in sentences] == [
        s.text for s in polnear.doc_picks(ARTICLE)]
    first = sentences[0].find("EventCoding")
    assert first is not None and first.attrib == {
        "eventcode": "111", "sourcecode": "USALEG", "targetcode": "USAGOV"}
    assert sentences[1].find("EventCoding").get("noevents") == "True"  # type: ignore[union-attr]
    assert sentences[0].get("id") == f"a_2016-01-01_test-{polnear.doc_picks(ARTICLE)[0].start}"


def test_issue_3_changed_text_fails_the_sha1_check(polnear: ModuleType, tmp_path: Path) -> None:
    shared = make_shared(tmp_path, polnear, ARTICLE)
    codings = tmp_path / "codings.jsonl"
    write_codings(codings, polnear, ARTICLE, [[], []])
    article = shared / polnear.POLNEAR / "a_2016-01-01_test.txt"
    article.write_text(ARTICLE.replace("Monday", "Sunday"), "utf-8")
    with pytest.raises(polnear.BuildError, match="sha1 check failed"):
        polnear.build(shared, codings)


def test_issue_3_missing_source_is_a_build_error(polnear: ModuleType, tmp_path: Path) -> None:
    with pytest.raises(polnear.BuildError, match="not found"):
        polnear.build(tmp_path, polnear.CODINGS)
    assert polnear.main(["--shared", str(tmp_path), str(tmp_path / "x.xml")]) == 1


def test_issue_3_bad_articles_and_codings_are_build_errors(polnear: ModuleType,
                                                           tmp_path: Path) -> None:
    """A missing or non-UTF-8 article, a missing codings file or a broken row: each a
    BuildError that says what and where, never a traceback."""
    shared = make_shared(tmp_path, polnear, ARTICLE)
    codings = tmp_path / "codings.jsonl"
    write_codings(codings, polnear, ARTICLE, [[], []])
    article = shared / polnear.POLNEAR / "a_2016-01-01_test.txt"
    article.write_bytes(b"\xff\xfe broken " + ARTICLE.encode("utf-8"))
    with pytest.raises(polnear.BuildError, match="not UTF-8"):
        polnear.build(shared, codings)
    article.unlink()
    with pytest.raises(polnear.BuildError, match="missing PolNeAR article"):
        polnear.build(shared, codings)
    with pytest.raises(polnear.BuildError, match="cannot read codings"):
        polnear.load_codings(tmp_path / "none.jsonl")
    codings.write_text('{"doc": "a.txt", "end": 3}\nnot json\n', "utf-8")
    with pytest.raises(polnear.BuildError, match=r"codings.jsonl:1"):
        polnear.load_codings(codings)


@pytest.mark.skipif(not (SHARED / "eval" / "quotes" / "polnear").is_dir(),
                    reason="needs ../shared/eval/quotes/polnear (PolNeAR dev texts)")
def test_issue_3_codings_match_the_selection_rule(polnear: ModuleType, tmp_path: Path) -> None:
    picked = [(doc, s.start, s.end, polnear.sha1(s.text)) for doc, s in polnear.selected(SHARED)]
    coded = [(c.doc, c.start, c.end, c.text_sha1) for c in polnear.load_codings(polnear.CODINGS)]
    assert coded == picked
    out = tmp_path / "polnear.xml"
    assert polnear.main([str(out)]) == 0
    assert len(ET.parse(out).getroot().findall("Sentence")) == len(coded)


# --- WCXB international/political web-news set (benchmarks/cameo_wcxb.py) ---

PAGE = (
    "The minister arrived in Paris on Monday for two days of talks with his French hosts.\n\n"
    "Short line with minister.\n\n"
    "The weather in the capital was mild and sunny for most of the week.\n"
    "Police said that the protest outside the embassy ended peacefully on Tuesday evening. "
    "Officials from both governments later signed a trade agreement in the old palace.\n"
)
QUIET_PAGE = "Our espresso machine review covers twelve models tested over six weeks by the team.\n"


@pytest.fixture(scope="module")
def wcxb() -> ModuleType:
    return sets.import_builder("cameo_wcxb")


def make_wcxb_shared(tmp_path: Path, wcxb: ModuleType, pages: dict[str, str]) -> Path:
    """A fake ``shared`` folder holding WCXB dev ground-truth pages (id -> main text)."""
    root = tmp_path / "shared" / wcxb.WCXB_DEV
    root.mkdir(parents=True)
    for page_id, text in pages.items():
        page = {"file_id": page_id, "ground_truth": {"title": "t", "main_content": text}}
        (root / f"{page_id}.json").write_text(json.dumps(page), "utf-8")
    return tmp_path / "shared"


def write_wcxb_codings(path: Path, wcxb: ModuleType, polnear: ModuleType,
                       events: list[list[dict]]) -> None:
    """Codings for the sentences the rule picks from ``PAGE`` (page 0001), with the events."""
    picked = [("0001", s) for s in wcxb.page_picks(PAGE)]
    sets.write_codings(path, polnear.sha1, picked, events)


def test_issue_3_wcxb_selection_rule(wcxb: ModuleType) -> None:
    """Qualifying pages give their first prose sentences holding a political word, the first
    line included (no headline in WCXB main text); fragments and other sentences are skipped."""
    assert wcxb.keywords(PAGE) >= {"minister", "talks", "police", "protest", "embassy"}
    picks = [s.text for s in wcxb.page_picks(PAGE)]
    assert picks == [
        "The minister arrived in Paris on Monday for two days of talks with his French hosts.",
        "Police said that the protest outside the embassy ended peacefully on Tuesday evening.",
        "Officials from both governments later signed a trade agreement in the old palace.",
    ]
    for span in wcxb.page_picks(PAGE):
        assert PAGE[span.start:span.end] == span.text
    assert wcxb.page_picks(QUIET_PAGE) == []
    one_word = "The minister gave a long speech about the new school buildings in town.\n"
    assert len(wcxb.keywords(one_word)) < wcxb.MIN_PAGE_KEYWORDS
    assert wcxb.page_picks(one_word) == []
    many = "".join(f"Police and troops met the minister in town number {n} today.\n"
                   for n in range(wcxb.SENTENCES_PER_PAGE + 3))
    assert len(wcxb.page_picks(many)) == wcxb.SENTENCES_PER_PAGE


def test_issue_3_wcxb_build_writes_petrarch_xml(wcxb: ModuleType, polnear: ModuleType,
                                                 tmp_path: Path) -> None:
    shared = make_wcxb_shared(tmp_path, wcxb, {"0001": PAGE, "0002": QUIET_PAGE})
    codings = tmp_path / "codings.jsonl"
    event = {"eventcode": "042", "sourcecode": "GBRGOV", "targetcode": "FRA",
             "plover": "CONSULT", "trigger": "arrived"}
    write_wcxb_codings(codings, wcxb, polnear, [[event], [], []])
    root = ET.fromstring(wcxb.build(shared, codings))
    sentences = root.findall("Sentence")
    picks = wcxb.page_picks(PAGE)
    assert [s.findtext("Text") for s in sentences] == [s.text for s in picks]
    assert [s.get("id") for s in sentences] == [f"wcxb_0001-{s.start}" for s in picks]
    first = sentences[0].find("EventCoding")
    assert first is not None and first.attrib == {
        "eventcode": "042", "sourcecode": "GBRGOV", "targetcode": "FRA"}
    assert [c.get("noevents") for s in sentences[1:] for c in s.iter("EventCoding")] == [
        "True", "True"]
    assert [(d, s.start) for d, s in wcxb.selected(shared)] == [("0001", p.start) for p in picks]


def test_issue_3_wcxb_changed_text_fails_the_sha1_check(wcxb: ModuleType, polnear: ModuleType,
                                                        tmp_path: Path) -> None:
    shared = make_wcxb_shared(tmp_path, wcxb, {"0001": PAGE})
    codings = tmp_path / "codings.jsonl"
    write_wcxb_codings(codings, wcxb, polnear, [[], [], []])
    wcxb.build(shared, codings)
    page = shared / wcxb.WCXB_DEV / "0001.json"
    page.write_text(json.dumps({"ground_truth": {"main_content": PAGE.replace("Paris", "Lyon")}}),
                    "utf-8")
    with pytest.raises(wcxb.BuildError, match=r"sha1 check failed for 0001 \["):
        wcxb.build(shared, codings)


def test_issue_3_wcxb_bad_pages_are_build_errors(wcxb: ModuleType, polnear: ModuleType,
                                                 tmp_path: Path) -> None:
    """A missing or unreadable page, or no WCXB folder at all: a BuildError, never a
    traceback; the command line says so and exits 1."""
    shared = make_wcxb_shared(tmp_path, wcxb, {"0001": PAGE})
    codings = tmp_path / "codings.jsonl"
    write_wcxb_codings(codings, wcxb, polnear, [[], [], []])
    page = shared / wcxb.WCXB_DEV / "0001.json"
    damages = [("{not json", "unreadable WCXB page"), ('{"ground_truth": []}', "unreadable"),
               (None, "missing WCXB page")]
    for content, message in damages:
        if content is None:
            page.unlink()
        else:
            page.write_text(content, "utf-8")
        with pytest.raises(wcxb.BuildError, match=message):
            wcxb.build(shared, codings)
    with pytest.raises(wcxb.BuildError, match="not found"):
        wcxb.build(tmp_path / "nowhere", codings)
    assert wcxb.main(["--shared", str(tmp_path / "nowhere"), str(tmp_path / "x.xml")]) == 1


@pytest.mark.skipif(not (SHARED / "eval" / "extract" / "wcxb" / "dev").is_dir(),
                    reason="needs ../shared/eval/extract/wcxb/dev (WCXB dev pages)")
def test_issue_3_wcxb_codings_match_the_selection_rule(wcxb: ModuleType,
                                                       tmp_path: Path) -> None:
    """The codings are exactly the sentences the rule picks, their recorded PLOVER types are
    what the crosswalk gives for their CAMEO codes, and the XML builds."""
    sets.check_codings_match(wcxb, SHARED, tmp_path)


# --- PolNeAR train international set (benchmarks/cameo_polnear_intl.py) ---

NAMES = {"France": "FRA", "French": "FRA", "Russia": "RUS", "Russian": "RUS", "Mexico": "MEX",
         "Chinese": "CHN", "Japan": "JPN", "U.K.": "GBR"}
WORLD = (
    "France And Russia Feud Over Japan.\n\n"
    "The governor of New Mexico spoke to reporters about the state budget on Monday.\n\n"
    "French diplomats met their Russian counterparts in Geneva for three hours of talks. "
    "Mexico was not invited to the meeting of the two sides.\n\n"
    "Chinese and U.K. officials said nothing about it.\n"
)


@pytest.fixture(scope="module")
def intl() -> ModuleType:
    return sets.import_builder("cameo_polnear_intl")


def test_issue_3_polnear_intl_selection_rule(intl: ModuleType) -> None:
    """Articles naming enough foreign countries after the headline give their first prose
    sentences that name one; "New Mexico" is no country, the headline does not count."""
    pattern = intl.country_pattern(NAMES)
    assert intl.countries("in New Mexico and Mexico City", NAMES, pattern) == {"MEX"}
    assert intl.countries("the U.K. and Frenchmen", NAMES, pattern) == {"GBR"}
    picks = intl.doc_picks(WORLD, NAMES, pattern)
    assert [s.text for s in picks] == [
        "French diplomats met their Russian counterparts in Geneva for three hours of talks.",
        "Mexico was not invited to the meeting of the two sides.",
    ][:intl.SENTENCES_PER_DOC]
    assert all(WORLD[s.start:s.end] == s.text for s in picks)
    fewer = WORLD.replace("Chinese and U.K.", "Their")
    assert intl.doc_picks(fewer, NAMES, pattern) == []


def test_issue_3_polnear_intl_build_and_sha1(intl: ModuleType, tmp_path: Path) -> None:
    """The XML has one ``intl_``-prefixed sentence per coding (noevents where none); a
    changed article fails the sha1 check; a missing source is an error exit."""
    shared = sets.fake_shared(tmp_path, intl.TRAIN, {"a_2016-01-01_world.txt": WORLD})
    picks = intl.doc_picks(WORLD, NAMES, intl.country_pattern(NAMES))
    event = {"eventcode": "040", "sourcecode": "FRAGOV", "targetcode": "RUSGOV"}
    sets.check_build(intl, shared, [("a_2016-01-01_world.txt", s) for s in picks], "intl", event,
                     tmp_path, (shared / intl.TRAIN / "a_2016-01-01_world.txt",
                                WORLD.replace("Geneva", "Vienna")))


@needs_train_texts
def test_issue_3_polnear_intl_codings_match_the_selection_rule(intl: ModuleType,
                                                               tmp_path: Path) -> None:
    """The codings are exactly the picked sentences, the country list leaves out the US and
    the ambiguous names, PLOVER types agree with the crosswalk, and the XML builds."""
    names = intl.country_names(SHARED)
    assert names["Russians"] == "RUS" and "American" not in names and "Georgia" not in names
    sets.check_codings_match(intl, SHARED, tmp_path)


# --- PolNeAR train conflict set (benchmarks/cameo_polnear_conflict.py) ---

FIGHT = (
    "Police Arrest Protesters After Attack.\n\n"
    "The mayor spoke about the city budget for an hour on Monday morning.\n\n"
    "Police arrested 20 protesters after the attack on the embassy, officials said. "
    "Soldiers were deployed to the square. The gunman had threatened the guards for weeks "
    "before the bombing.\n\n"
    "A cease-fire was agreed on Tuesday by the two sides after the air strikes.\n"
)
RAID = ("Raid In The North.\n\n"
        "Soldiers detained three militants after the clashes near the border on Friday.\n")


@pytest.fixture(scope="module")
def conflict() -> ModuleType:
    return sets.import_builder("cameo_polnear_conflict")


def test_issue_3_polnear_conflict_keywords(conflict: ModuleType) -> None:
    """Keywords match whole words in any case; "air strikes" and "cease-fire" with a space or
    a hyphen; inflections that are not listed and words containing a keyword do not match."""
    assert conflict.keywords("POLICE arrested the Attackers") == {"police", "arrested",
                                                                  "attackers"}
    assert conflict.keywords("air strikes, air-strikes and a cease fire") == {"air-strikes",
                                                                            "cease-fire"}
    assert conflict.keywords("the policeman's counterattack was shotgun-free") == set()


def test_issue_3_polnear_conflict_selection_rule(conflict: ModuleType) -> None:
    """An article using enough distinct keywords after its headline gives its first prose
    sentences with a keyword; too few keywords (headline not counted) give nothing."""
    picks = conflict.doc_picks(FIGHT)
    expected = ["Police arrested 20 protesters after the attack on the embassy, officials said.",
                "The gunman had threatened the guards for weeks before the bombing."]
    assert [s.text for s in picks] == expected[:conflict.SENTENCES_PER_DOC]
    assert all(FIGHT[s.start:s.end] == s.text for s in picks)
    calm = ("Police Arrest Protesters After Attack.\n\n"
            "Police spoke to the attack victims in the city today.\n")
    assert conflict.keywords(calm) and conflict.doc_picks(calm) == []


def test_issue_3_polnear_conflict_build_and_sha1(conflict: ModuleType,
                                                 tmp_path: Path) -> None:
    """The XML has one ``conflict_``-prefixed sentence per coding (noevents where none); a
    changed article fails the sha1 check; a missing source is an error exit. The set takes one
    sentence an article, so a second keyword-rich article gives the sentence the no-event
    check reads."""
    shared = sets.fake_shared(tmp_path, conflict.intl.TRAIN, {
        "a_2016-01-01_fight.txt": FIGHT,
        "b_2016-01-02_calm.txt": "Calm.\n\nNo police were needed today.\n",
        "c_2016-01-03_raid.txt": RAID})
    picked = conflict.selected(shared)
    assert [doc for doc, _ in picked] == ["a_2016-01-01_fight.txt", "c_2016-01-03_raid.txt"]
    assert [span for _, span in picked] == conflict.doc_picks(FIGHT) + conflict.doc_picks(RAID)
    event = {"eventcode": "173", "sourcecode": "USACOP", "targetcode": "USAOPP"}
    sets.check_build(conflict, shared, picked, "conflict", event, tmp_path,
                     (shared / conflict.intl.TRAIN / "a_2016-01-01_fight.txt",
                      FIGHT.replace("20", "30")))


@needs_train_texts
def test_issue_3_polnear_conflict_codings_match_the_selection_rule(conflict: ModuleType,
                                                                  polnear: ModuleType,
                                                                  tmp_path: Path) -> None:
    """The codings are exactly the picked sentences, none from an article of the
    international set, PLOVER types agree with the crosswalk, and the XML builds."""
    excluded = conflict.excluded_docs()
    assert len(excluded) == 71
    assert not excluded & {c.doc for c in polnear.load_codings(conflict.CODINGS)}
    sets.check_codings_match(conflict, SHARED, tmp_path)


def gsr_set(name: str, size: int) -> tuple[list[g.GoldSentence], list[g.GoldEvent], list[str]]:
    """A GSR-style set under ``benchmarks/cameo``: its ``size`` sentences (no text twice), their
    events (each with a trigger and a CAMEO code) and the CAMEO codes of the events the coder
    types otherwise than the set does."""
    sentences = g.read_plover_json(REPO / "benchmarks" / "cameo" / name)
    events = [e for s in sentences for e in s.events]
    assert len(sentences) == size and len({s.text for s in sentences}) == size
    assert all(e.triggers and e.cameo for e in events)
    return sentences, events, [e.cameo or "" for e in events
                               if plover_for(e.cameo or "")[0] != e.plover]


@pytest.mark.parametrize(("name", "types"), [
    ("synthetic_conflict_gsr.json", {"ASSAULT", "COERCE", "SANCTION", "PROTEST", "MOBILIZE"}),
    ("synthetic_cooperation_gsr.json", {"AGREE", "REQUEST", "REJECT", "THREATEN", "ACCUSE",
                                        "RETREAT", "CONSULT", "SUPPORT", "CONCEDE", "AID",
                                        "COOPERATE"}),
])
def test_issue_3_synthetic_gsr_sets_are_well_formed(name: str, types: set[str]) -> None:
    """The two synthetic GSR-style sets parse: 160 one-event sentences each, with triggers,
    a CAMEO code the coder types as the set does, and only the types the set is for."""
    _, events, differ = gsr_set(name, 160)
    assert len(events) == 160
    assert {e.plover for e in events} == types
    # the coder maps 0814 (ease martial law) to CONCEDE, as the GSR codes it; the 2021 table
    # says RETREAT, which the set follows: one known disagreement, no more
    assert differ in ([], ["0814"])


@pytest.mark.parametrize(("name", "n_events"), [
    ("blind_wire_gsr.json", 115), ("blind_s11_gsr.json", 115), ("blind_s12_gsr.json", 116),
    ("blind_s13_gsr.json", 118), ("blind_s14_gsr.json", 120), ("blind_s15_gsr.json", 122),
    ("blind_s16_gsr.json", 122), ("blind_s17_gsr.json", 122)])
def test_issue_3_wire_style_blind_sets_are_well_formed(name: str, n_events: int) -> None:
    """The tenth session's wire-style, the eleventh session's conflict-heavy, the twelfth
    session's everyday, the thirteenth session's older-wire, the fourteenth session's
    CAMEO-manual-style, the fifteenth session's force-and-pressure, the sixteenth session's
    varied-shape and the seventeenth session's wire-violence blind sets parse: 130
    sentences each, ``n_events`` with one event (a trigger, a CAMEO code typed as the 2021
    crosswalk types it) and the rest with none, all 16 types."""
    sentences, events, differ = gsr_set(name, 130)
    assert len(events) == n_events and sum(not s.events for s in sentences) == 130 - n_events
    assert len({e.plover for e in events}) == 16
    assert differ == []


def test_issue_3_s18_manual_style_blind_set_is_well_formed() -> None:
    """The eighteenth session's blind set of CAMEO-manual-style leads of the force and
    pressure types parses: 130 sentences, 122 with one event typed as the 2021 crosswalk types
    its code, 8 with none, and only the five types the set was written for."""
    sentences, events, differ = gsr_set("blind_s18_gsr.json", 130)
    assert len(events) == 122 and sum(not s.events for s in sentences) == 8
    assert {e.plover for e in events} == {"ASSAULT", "COERCE", "PROTEST", "SANCTION", "MOBILIZE"}
    assert differ == []


def test_issue_3_s19_blind_set_is_well_formed() -> None:
    """The nineteenth session's harder blind set of 1995-2012 wire leads parses: 130
    sentences, 118 with one event typed as the 2021 crosswalk types its code (70 of the force
    and pressure types, 48 over the other eleven), 12 with none, all 16 types."""
    sentences, events, differ = gsr_set("blind_s19_gsr.json", 130)
    assert len(events) == 118 and sum(not s.events for s in sentences) == 12
    assert len({e.plover for e in events}) == 16
    force = {"ASSAULT", "COERCE", "SANCTION", "PROTEST", "MOBILIZE"}
    assert sum(e.plover in force for e in events) == 70
    assert differ == []


def test_issue_3_s20_blind_set_is_well_formed() -> None:
    """The twentieth session's blind set mirroring the CAMEO manual's force and pressure
    sections parses: 130 sentences, 120 with one event typed as the 2021 crosswalk types its
    code (84 of the force and pressure types, every CAMEO code from 140 to 204 at least once;
    36 over the other eleven types), 10 with none, all 16 types."""
    sentences, events, differ = gsr_set("blind_s20_gsr.json", 130)
    assert len(events) == 120 and sum(not s.events for s in sentences) == 10
    assert len({e.plover for e in events}) == 16
    force = {"ASSAULT", "COERCE", "SANCTION", "PROTEST", "MOBILIZE"}
    assert sum(e.plover in force for e in events) == 84
    # every code of CAMEO.eventcodes.txt from 140 to 204 (the 3- and 4-digit ones, 83)
    wanted = set((
        "140 141 1411 1412 1413 1414 142 1421 1422 1423 1424 143 1431 1432 1433 1434 144 1441 "
        "1442 1443 1444 145 1451 1452 1453 1454 150 151 152 153 154 160 161 162 1621 1622 1623 "
        "163 164 165 166 1661 1662 1663 170 171 1711 1712 172 1721 1722 1723 1724 173 174 175 "
        "180 181 182 1821 1822 1823 183 1831 1832 1833 184 185 186 190 191 192 193 194 195 196 "
        "200 201 202 203 204 2041 2042"
    ).split())
    assert len(wanted) == 83 and wanted <= {e.cameo for e in events}
    # the set covers 163 (embargo, boycott, sanctions), which the 2021 table types COERCE and
    # the set follows; the coder types it otherwise (earlier sets avoided the code): one known
    # disagreement, no more
    assert differ == ["163"]


def test_issue_3_s21_blind_set_is_well_formed() -> None:
    """The twenty-first session's blind set telling the force and pressure codes in other words
    parses: 130 sentences, 120 with one event typed as the 2021 crosswalk types its code (90 of
    the force and pressure types, every three-digit code of CAMEO.eventcodes.txt from 140 to 204
    at least twice; 30 over the other eleven types), 10 with none, all 16 types, 57 hard."""
    sentences, events, differ = gsr_set("blind_s21_gsr.json", 130)
    assert len(events) == 120 and sum(not s.events for s in sentences) == 10
    assert len({e.plover for e in events}) == 16
    force = {"ASSAULT", "COERCE", "SANCTION", "PROTEST", "MOBILIZE"}
    assert sum(e.plover in force for e in events) == 90
    # the brief's 150-155 and 170-176 name 155 and 176 (cyber), which neither the CAMEO file nor
    # the 2021 table has: the 43 three-digit codes there, each twice, and four extra four-digit
    # records (1413, 1723, 1823, 1833) make the 90
    threes: dict[str, int] = {}
    for e in events:
        if "14" <= (e.cameo or "")[:2] <= "20":
            threes[(e.cameo or "")[:3]] = threes.get((e.cameo or "")[:3], 0) + 1
    wanted = set((
        "140 141 142 143 144 145 150 151 152 153 154 160 161 162 163 164 165 166 170 171 172 "
        "173 174 175 180 181 182 183 184 185 186 190 191 192 193 194 195 196 200 201 202 203 204"
    ).split())
    assert len(wanted) == 43 and set(threes) == wanted
    assert min(threes.values()) == 2 and sum(threes.values()) == 90
    assert sorted(c for c, n in threes.items() if n == 3) == ["141", "172", "182", "183"]
    records = json.loads((REPO / "benchmarks" / "cameo" / "blind_s21_gsr.json").read_text())
    assert sum(r.get("comment", "").startswith("hard:") for r in records) == 57
    # both 163 records (embargo, import ban) follow the 2021 table (COERCE); the coder's table
    # types 163 otherwise, as for s20: that known disagreement, no other
    assert differ == ["163", "163"]


def test_issue_3_s22_blind_set_is_well_formed() -> None:
    """The twenty-second session's blind set telling the force and pressure codes in words
    neither their CAMEO labels nor the s21 set use, with many unnamed doers, parses: 130
    sentences, 120 with one event typed as the 2021 crosswalk types its code (90 of the force
    and pressure types, every three-digit code of CAMEO.eventcodes.txt from 140 to 204 at least
    once; 30 over the other eleven types), 10 with none, all 16 types, 90 hard, 40 with an
    unnamed or generic doer."""
    sentences, events, differ = gsr_set("blind_s22_gsr.json", 130)
    assert len(events) == 120 and sum(not s.events for s in sentences) == 10
    assert len({e.plover for e in events}) == 16
    force = {"ASSAULT", "COERCE", "SANCTION", "PROTEST", "MOBILIZE"}
    counts: dict[str, int] = {}
    for e in events:
        counts[e.plover] = counts.get(e.plover, 0) + 1
    assert [counts[t] for t in ("PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT")] == [
        14, 8, 12, 18, 38]
    assert sum(e.plover in force for e in events) == 90
    threes = {(e.cameo or "")[:3] for e in events if "14" <= (e.cameo or "")[:2] <= "20"}
    wanted = set((
        "140 141 142 143 144 145 150 151 152 153 154 160 161 162 163 164 165 166 170 171 172 "
        "173 174 175 180 181 182 183 184 185 186 190 191 192 193 194 195 196 200 201 202 203 204"
    ).split())
    assert len(wanted) == 43 and threes == wanted
    records = json.loads((REPO / "benchmarks" / "cameo" / "blind_s22_gsr.json").read_text())
    assert sum(r.get("comment", "").startswith("hard:") for r in records) == 90
    assert sum("doer:" in r.get("comment", "") for r in records) == 40
    # the one 163 record (a blacklisting) follows the 2021 table (COERCE); the coder's table
    # types 163 otherwise, as for s20 and s21: that known disagreement, no other
    assert differ == ["163"]
