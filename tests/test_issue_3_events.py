"""Issue 3, events: the seed articles' events, negation/modality, precision, bad input, export."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import pytest

from storyline import Storyline
from storyline.events import codebook, lexicon
from storyline.export import export_rows
from storyline.nlp.extract import extract_texts
from storyline.records import Article, ArticleRecord, Event, to_dict

pytestmark = pytest.mark.issue(3)


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Both seed articles ingested once: their articles (by id) and events."""
    seeds = Path(__file__).resolve().parents[1] / "examples" / "seeds"
    with Storyline(tmp_path_factory.mktemp("events") / "seed.db") as sl:
        sl.ingest([str(seeds)])
        articles = {a["id"]: a for a in sl.articles()}
        return {"articles": articles, "events": sl.events()}


def _find(events: list[dict[str, Any]], code: str, **want: str) -> list[dict[str, Any]]:
    """Events with this code (prefix) whose fields contain the wanted text."""
    found = []
    for e in events:
        if not e["code"].startswith(code):
            continue
        if all(value in _field(e, key) for key, value in want.items()):
            found.append(e)
    return found


def _field(event: dict[str, Any], key: str) -> str:
    part, _, attr = key.partition("_")
    value = event.get(part)
    if isinstance(value, dict):
        return str(value.get(attr) or "")
    return str(value or "")


def _texts(records: list[Any]) -> list[Event]:
    return [e for r in records if isinstance(r, ArticleRecord) for e in r.events]


def test_issue_3_li_shangfu_visits_russia_in_moscow(seeded: dict[str, Any]) -> None:
    hits = _find(seeded["events"], "042", source_country="CHN", location_text="Moscow")
    assert hits, "Li Shangfu arrived in Moscow: 042 with a Chinese source"
    assert hits[0]["plover"] == "CONSULT" and hits[0]["mode"] == "visit"
    assert hits[0]["location"]["country"] == "RUS"


def test_issue_3_putin_hosts_at_the_kremlin(seeded: dict[str, Any]) -> None:
    hits = _find(seeded["events"], "043", source_text="Putin", location_text="Kremlin")
    assert hits and hits[0]["source"]["country"] == "RUS"


def test_issue_3_putin_praises_cooperation(seeded: dict[str, Any]) -> None:
    hits = _find(seeded["events"], "051", source_text="Putin", trigger="praised")
    assert hits and hits[0]["source"]["country"] == "RUS" and hits[0]["plover"] == "SUPPORT"


def test_issue_3_talks_with_shoigu(seeded: dict[str, Any]) -> None:
    hits = _find(seeded["events"], "04", target_text="Shoigu", source_country="CHN")
    assert hits and hits[0]["target"]["country"] == "RUS"


def test_issue_3_borrell_warns_china(seeded: dict[str, Any]) -> None:
    hits = _find(seeded["events"], "13", source_text="Borrell", target_country="CHN")
    assert hits and hits[0]["trigger"] == "warned"


def test_issue_3_xi_willing_to_talk_to_zelensky(seeded: dict[str, Any]) -> None:
    hits = _find(seeded["events"], "036", target_text="Zelensk")
    assert hits and hits[0]["source"]["country"] == "CHN" and hits[0]["plover"] == "AGREE"


def test_issue_3_von_der_leyen_visited_china(seeded: dict[str, Any]) -> None:
    hits = _find(seeded["events"], "04", source_text="von der Leyen", target_country="CHN")
    assert hits


def test_issue_3_seed_004_trip_to_russia_and_belarus(seeded: dict[str, Any]) -> None:
    trip = _find(seeded["events"], "042", trigger="trip", source_country="CHN")
    assert {(e["target"] or {}).get("country") for e in trip} >= {"RUS", "BLR"}


def test_issue_3_every_event_cites_its_sentence(seeded: dict[str, Any]) -> None:
    assert len(seeded["events"]) >= 10
    for e in seeded["events"]:
        text = seeded["articles"][e["article_id"]]["text"]
        start, end = e["span"]
        assert text[start:end] == e["sentence"]
        t_start, t_end = e["trigger_span"]
        assert start <= t_start < t_end <= end
        assert text[t_start:t_end] == e["trigger"]
        assert e["code"] in codebook.labels() and not e["code"].startswith("01")
        assert e["root_code"] == e["code"][:2] and e["quad_class"] in (1, 2, 3, 4)


def test_issue_3_negation_and_modality_are_marked(seeded: dict[str, Any]) -> None:
    events = seeded["events"]
    rejected = _find(events, "12", source_text="Zelensky")
    assert rejected and rejected[0]["negated"] is True
    planned = _find(events, "04", trigger="dialogue", target_text="Zelensky")
    assert planned and planned[0]["modality"] == "intended"
    travel = _find(events, "0", trigger="travel", target_country="BLR")
    assert travel and travel[0]["modality"] == "future"


def test_issue_3_ids_are_stable_across_runs(nlp: Any) -> None:
    text = "Russian President Vladimir Putin hosted Chinese President Xi Jinping in Moscow."
    first, second = (_texts(extract_texts([text], nlp=nlp)) for _ in range(2))
    assert first and [e.id for e in first] == [e.id for e in second]


def test_issue_3_sentences_without_political_predicate_yield_nothing(nlp: Any) -> None:
    texts = [
        "The weather in Moscow was mild and the river was calm on Sunday.",
        "Shares of the company rose three percent after the quarterly report.",
        "Putin said the weather was fine.",
    ]
    assert _texts(extract_texts(texts, nlp=nlp)) == []


def test_issue_3_conjoined_actors_give_one_event_per_pair(nlp: Any) -> None:
    text = "France and Germany condemned Russia and Belarus on Tuesday."
    events = _texts(extract_texts([text], nlp=nlp))
    pairs = {(e.source.country, e.target.country) for e in events if e.source and e.target}
    assert pairs == {("FRA", "RUS"), ("FRA", "BLR"), ("DEU", "RUS"), ("DEU", "BLR")}
    assert {e.code for e in events} == {"111"}


def test_issue_3_reported_speech_keeps_its_own_actors(nlp: Any) -> None:
    text = "A spokesman said that Turkish troops attacked Syrian positions on Monday."
    events = _texts(extract_texts([text], nlp=nlp))
    assert events and all(e.source and e.source.country == "TUR" for e in events)
    assert events[0].target and events[0].target.country == "SYR"


def test_issue_3_passive_agent_is_the_source(nlp: Any) -> None:
    text = "The Iranian foreign minister was received by Chinese President Xi Jinping in Beijing."
    events = _texts(extract_texts([text], nlp=nlp))
    hosted = [e for e in events if e.code == "043"]
    assert hosted and hosted[0].source and hosted[0].source.country == "CHN"
    assert hosted[0].target and hosted[0].target.country == "IRN"


def test_issue_3_empty_and_foreign_text_do_not_crash(nlp: Any) -> None:
    texts = ["", "   \n\n  ",
             "Der Bundeskanzler besuchte am Montag Paris und traf den Präsidenten.",
             "中国国防部长李尚福访问俄罗斯。"]
    records = extract_texts(texts, nlp=nlp)
    assert len(records) == 4
    assert all(isinstance(r, ArticleRecord) for r in records)
    assert _texts(records[:2]) == []


@pytest.mark.slow
def test_issue_3_forty_conjoined_names_are_capped(nlp: Any) -> None:
    names = ", ".join(f"Minister {chr(65 + i % 26)}{chr(97 + i // 26)}son" for i in range(40))
    text = f"{names} and Russian President Vladimir Putin met Chinese officials in Beijing."
    events = _texts(extract_texts([text], nlp=nlp))
    assert len(events) <= 12


@pytest.mark.slow
def test_issue_3_five_megabyte_paragraph_is_handled(nlp: Any) -> None:
    """The events stage on one 5 MB sentence: skipped by max_sentence_tokens, in linear time.

    The text is only tokenised (parsing 5 MB is spaCy's cost, ~10 minutes on 2 cores).
    """
    from spacy.tokens import Doc

    from storyline.events.extract import extract_events
    from storyline.nlp.extract import ExtractContext, Segment

    sentence = "Russian troops attacked Ukrainian positions near the river and "
    words = sentence.split() * (5_000_000 // len(sentence))
    starts: list[bool | int | None] = [i == 0 for i in range(len(words))]
    doc = Doc(nlp.vocab, words=words, sent_starts=starts)
    assert len(doc.text) > 4_900_000
    article = Article(id="big", text=doc.text)
    ctx = ExtractContext(article, [Segment(doc, 0)], ArticleRecord(article=article))
    extract_events(ctx)
    assert ctx.record.events == []


@pytest.mark.slow
def test_issue_3_long_paragraph_through_the_pipeline(nlp: Any) -> None:
    sentence = "Russian troops attacked Ukrainian positions near the river and "
    records = extract_texts([sentence * 300], nlp=nlp)
    assert len(records) == 1 and isinstance(records[0], ArticleRecord)
    assert records[0].events == []  # one 3,600-token sentence: over max_sentence_tokens


def test_issue_3_lexicon_never_codes_statements() -> None:
    for verb in ("say", "tell", "announce", "quote"):
        assert lexicon.code_for_verb(verb, None, [])[0] == ""
    assert lexicon.code_for_verb("visit", None, [])[0] == "042"
    assert lexicon.intent_code("042") == "036" and lexicon.reject_code("040") == "125"
    assert codebook.plover_for("1123") == ("ACCUSE", "allege")
    assert codebook.quad_class("190") == 4 and codebook.goldstein_scale()["190"] == -10.0


def _event(**extra: Any) -> Event:
    base: dict[str, Any] = {
        "id": "e1", "article_id": "a1", "sentence": "Putin hosted Xi.", "span": (0, 16),
        "code": "043", "root_code": "04", "plover": "CONSULT", "mode": "visit",
        "quad_class": 1, "goldstein": 2.8, "date": "2023-03-20",
        "source_url": "https://example.org/a",
    }
    base.update(extra)
    return Event(**base)


def test_issue_3_gdelt_csv_columns() -> None:
    from storyline.records import ActorRef, Location

    event = _event(
        source=ActorRef(text="Putin", name="Vladimir Putin", country="RUS", sector="GOV"),
        target=ActorRef(text="Xi", country="CHN", sector="GOV"),
        location=Location(text="Moscow", country="RUS"),
    )
    text = export_rows([to_dict(event)], "events", "csv", None)
    assert text is not None
    row = next(csv.DictReader(io.StringIO(text)))
    assert row["SQLDATE"] == "20230320" and row["date"] == "2023-03-20"
    assert (row["Actor1Name"], row["Actor1CountryCode"], row["Actor1Type1Code"]) == (
        "Vladimir Putin", "RUS", "GOV")
    assert (row["Actor2Name"], row["Actor2CountryCode"]) == ("Xi", "CHN")
    assert (row["EventCode"], row["EventRootCode"], row["QuadClass"]) == ("043", "04", "1")
    assert row["GoldsteinScale"] == "2.8" and row["ActionGeo_FullName"] == "Moscow"
    assert row["ActionGeo_CountryCode"] == "RUS" and row["SOURCEURL"] == "https://example.org/a"
    assert (row["id"], row["article_id"], row["sentence"]) == ("e1", "a1", "Putin hosted Xi.")


def test_issue_3_export_events_jsonl_and_parquet(tmp_path: Path) -> None:
    records = [to_dict(_event()), to_dict(_event(id="e2", code="051", root_code="05"))]
    jsonl = export_rows(records, "events", "jsonl", None)
    assert jsonl is not None and len(jsonl.splitlines()) == 2
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "events.parquet"
    export_rows(records, "events", "parquet", out)
    table = pq.read_table(out)
    assert table.num_rows == 2 and "EventCode" in table.column_names


def test_issue_3_article_url_reaches_the_event(nlp: Any) -> None:
    from storyline.nlp.extract import extract_records

    article = Article(id="x1", text="Chinese President Xi Jinping visited France on Monday.",
                      url="https://example.org/x1", published="2024-05-06")
    record = extract_records([article], nlp=nlp)[0]
    assert isinstance(record, ArticleRecord) and record.events
    assert record.events[0].source_url == "https://example.org/x1"


def _pairs_of(nlp: Any, text: str) -> set[tuple[str, str | None, str | None]]:
    """(root code, source country, target country) of every event of one text."""
    events = _texts(extract_texts([text], nlp=nlp))
    return {(e.root_code, e.source.country if e.source else None,
             e.target.country if e.target else None) for e in events}


def test_issue_3_named_recipient_beats_the_thing_given(nlp: Any) -> None:
    assert ("07", "IND", "NPL") in _pairs_of(nlp, "India provided helicopters to Nepal.")
    offered = _pairs_of(nlp, "Japan offered its engineers to Kenya on Monday.")
    assert offered and all(target == "KEN" for _, _, target in offered)


def test_issue_3_complaint_targets_what_it_is_about(nlp: Any) -> None:
    text = "Egypt complained to the United Nations over Ethiopian troop movements."
    events = _pairs_of(nlp, text)
    assert events == {("11", "EGY", "ETH")}


def test_issue_3_passive_coercion_in_a_place(nlp: Any) -> None:
    """No agent: the place's authorities act on the passive subject ("arrested in Moscow")."""
    assert _pairs_of(nlp, "A British activist was arrested in Moscow on Friday.") == {
        ("17", "RUS", "GBR")}


def test_issue_3_threat_targets_its_condition_and_condition_is_no_event(nlp: Any) -> None:
    text = "Iran threatened to close the strait unless the United States lifted its sanctions."
    assert _pairs_of(nlp, text) == {("13", "IRN", "USA")}
    text = "Serbia threatened to ban rallies in Belgrade if Kosovo held the vote."
    assert _pairs_of(nlp, text) == {("13", "SRB", "XKX")}  # the condition, not the place


def test_issue_3_demand_content_is_not_an_event(nlp: Any) -> None:
    events = _pairs_of(nlp, "Germany renewed its demand that Turkey release the journalists.")
    assert events == {("10", "DEU", "TUR")}


def test_issue_3_purpose_clause_gives_the_target(nlp: Any) -> None:
    """"began a hunger strike to protest against X": the strike is aimed at X, too."""
    text = "Kenyan farmers began a hunger strike to protest against Uganda's import ban."
    events = _texts(extract_texts([text], nlp=nlp))
    strike = [e for e in events if e.trigger == "strike"]
    assert strike and strike[0].target and strike[0].target.country == "UGA"
    assert {(e.root_code, e.source.country if e.source else None) for e in events} == {
        ("14", "KEN")}


def test_issue_3_commitment_noun_makes_an_intent(nlp: Any) -> None:
    text = "Greece and Turkey reached an agreement to exchange information on migrants."
    events = _texts(extract_texts([text], nlp=nlp))
    assert events and all(e.root_code == "03" and e.plover == "AGREE" for e in events)
    assert {e.source.country for e in events if e.source} == {"GRC", "TUR"}


def test_issue_3_invited_act_is_not_an_event(nlp: Any) -> None:
    """The attending is content, not an event; the rejection is aimed at the summit's
    participants, as the PLOVER GSR codes "rejected an invitation to a meeting of X"."""
    events = _pairs_of(nlp, "Kenya rejected an invitation to attend a summit of Asian leaders.")
    assert {(root, source) for root, source, _ in events} == {("12", "KEN")}


def test_issue_3_venue_is_not_a_target(nlp: Any) -> None:
    text = ("During his visit, the Indian prime minister will give a speech at the Shanghai "
            "summit.")
    events = _texts(extract_texts([text], nlp=nlp))
    assert all(e.target is None or "summit" not in e.target.text for e in events)


def test_issue_3_natural_hazards_are_no_events(nlp: Any) -> None:
    """"hit by a storm", "struck by quakes": nature is no political actor (no 143/19x)."""
    assert _pairs_of(nlp, "Chile was struck by two strong quakes on Monday.") == set()
    assert _pairs_of(nlp, "An earthquake hit Turkey and a storm struck Greece.") == set()
    assert _pairs_of(nlp, "Japan was hit by a typhoon, and Peru was hit by floods.") == set()


def test_issue_3_transitive_strike_is_an_attack(nlp: Any) -> None:
    """"struck a depot" is an attack, "struck a deal" an agreement, "workers struck" a strike."""
    assert ("19", "ISR", "SYR") in _pairs_of(nlp, "Israel struck a Syrian arms depot on Monday.")
    assert _pairs_of(nlp, "Iran struck a deal with Russia.") == {("05", "IRN", "RUS")}


def _trigger_text(text: str, event: Event) -> str | None:
    span = event.trigger_span
    return text[span[0] : span[1]] if span else None


def test_issue_3_trigger_text_is_its_span(nlp: Any) -> None:
    """A commitment and its act ("agreed ... to provide food aid": the act with the object that
    names it in the codebook) form one contiguous trigger."""
    text = "Japan agreed on Monday to provide food aid to Kenya."
    events = _texts(extract_texts([text], nlp=nlp))
    assert events and all(_trigger_text(text, e) == e.trigger for e in events)
    intent = [e for e in events if e.root_code == "03"]
    assert intent and intent[0].trigger == "agreed on Monday to provide food aid"


def test_issue_3_named_modifier_codes_an_uncoded_group(nlp: Any) -> None:
    """"Taliban attackers": the coded name before an uncoded head stands for the group."""
    text = "Taliban attackers overran a district office in Helmand province."
    events = _texts(extract_texts([text], nlp=nlp))
    assert events and events[0].source is not None
    assert events[0].source.text == "Taliban attackers" and events[0].source.country == "AFG"


def test_issue_3_victims_without_country_take_the_place(nlp: Any) -> None:
    """"killed 14 people in attacks in Madrid": uncountried victims are the place's residents."""
    text = "Three Iraqi gunmen killed 14 people in coordinated attacks in Madrid."
    assert ("19", "IRQ", "ESP") in _pairs_of(nlp, text)
    assert ("17", "KEN", "KEN") in _pairs_of(nlp, "Police arrested 20 protesters in Nairobi.")


def test_issue_3_object_inside_the_act_is_no_target(nlp: Any) -> None:
    """"opened fire on X": the fire is part of the act (CAMEO 190), X is the target."""
    events = _texts(extract_texts(["Egyptian police opened fire on Libyan smugglers."], nlp=nlp))
    assert events and events[0].root_code == "19"
    assert events[0].target is not None and events[0].target.country == "LBY"


def test_issue_3_place_of_an_attacked_object_gives_its_country(nlp: Any) -> None:
    """"attacked a police camp in northern Baghdad": the camp is the target, coded IRQ."""
    events = _texts(extract_texts(["Somali militants attacked a police camp in northern Baghdad."],
                                  nlp=nlp))
    assert events and events[0].target is not None
    assert (events[0].target.text, events[0].target.country) == ("a police camp", "IRQ")


def test_issue_3_target_of_a_participle_on_the_object(nlp: Any) -> None:
    """"lifted a visa ban imposed on Malian students": the students are the target."""
    text = "France lifted a visa ban imposed on Malian students."
    assert {target for _, _, target in _pairs_of(nlp, text)} == {"MLI"}


def test_issue_3_codebook_verb_object_pairs_for_sanctions_and_force(nlp: Any) -> None:
    """CAMEO names these acts by verb and object: 161, 152, 154, 175."""
    assert _pairs_of(nlp, "Morocco broke off diplomatic relations with Iran.") == {
        ("16", "MAR", "IRN")}
    assert ("15", "PRK", "PRK") in _pairs_of(nlp, "North Korea put its troops on high alert.")
    assert ("15", "IND", "PAK") in _pairs_of(nlp, "India massed troops along the Pakistani border.")
    assert ("17", "KEN", "KEN") in _pairs_of(nlp, "Police fired tear gas at protesters in Nairobi.")


def test_issue_3_uncountried_groups_on_both_sides_take_the_place(nlp: Any) -> None:
    """"Soldiers fired on demonstrators in the Togolese capital": both are Togo's (violent
    repression, CAMEO 175: the state's agents firing on protesters)."""
    text = "Soldiers fired on demonstrators in the Togolese capital Lome."
    assert _pairs_of(nlp, text) == {("17", "TGO", "TGO")}
    text = "Israeli helicopter gunships rocketed Hezbollah positions in south Lebanon."
    assert _pairs_of(nlp, text) == {("19", "ISR", "LBN")}


def test_issue_3_place_an_act_is_aimed_at_gives_the_doers_no_country(nlp: Any) -> None:
    """"fired at Saudi Arabia": the place is the target, not where the rebels come from."""
    assert _pairs_of(nlp, "Rebels fired at Saudi Arabia on Sunday.") == {("19", None, "SAU")}
    assert {src for _, src, _ in _pairs_of(nlp, "Soldiers opened fire in Lome on Sunday.")} == {
        "TGO"}  # "in" a place: where it happens


def test_issue_3_commitment_with_an_advcl_infinitive(nlp: Any) -> None:
    """"have sworn to fight" (parsed as advcl) is a threat of force (CAMEO 138), one event."""
    text = "Kurdish rebels have sworn to fight until they take back the valley."
    events = _texts(extract_texts([text], nlp=nlp))
    assert [e.code for e in events] == ["138"]
    assert events[0].trigger == "sworn to fight"


def test_issue_3_group_takes_the_place_of_its_participle_clause(nlp: Any) -> None:
    """"refugees escaping the war in Sudan" are coded by the place they come from."""
    text = "Canada will send aid to refugees escaping the war in Sudan."
    assert {target for _, _, target in _pairs_of(nlp, text)} == {"SDN"}


def test_issue_3_sports_and_show_sentences_yield_no_events(nlp: Any) -> None:
    """Games, rosters, shows: "defeated", "joined", "signed" between players are no politics."""
    texts = [
        "Smith joined Jones and Brown as the only players with three touchdowns in a season.",
        "Creighton defeated Drake, 65-53, on Friday in the first round of the tournament.",
        "Johnson signed linebacker Mike Davis to fill the roster spot.",
        "The singer was offered a role in the sequel.",
    ]
    assert _texts(extract_texts(texts, nlp=nlp)) == []


def test_issue_3_political_actor_keeps_an_event_in_a_sports_sentence(nlp: Any) -> None:
    """Police in a stadium are still police: the domain filter needs no political actor only."""
    text = "Police fired tear gas at protesters during the match in Nairobi."
    assert _pairs_of(nlp, text) == {("17", "KEN", "KEN")}


def test_issue_3_objects_that_are_no_actors_give_no_yield_event(nlp: Any) -> None:
    """"released an album/update" is no release of anyone; "released prisoners" is (0841)."""
    texts = ["Taylor Swift released a new album on Friday.",
             "Apple released a software update for its phones on Tuesday."]
    assert _texts(extract_texts(texts, nlp=nlp)) == []
    assert ("08", "KEN", "SOM") in _pairs_of(nlp, "Kenya released 20 Somali prisoners on Monday.")


def test_issue_3_acts_on_oneself_and_on_fires_are_no_events(nlp: Any) -> None:
    """"shot himself", "attacked the blaze", "was fired from his job" (dismissed)."""
    texts = ["Michael Brown shot himself with a rifle.",
             "Firefighters attacked the blaze from the air.",
             "Mark Jones was fired from his job in Chicago."]
    assert _texts(extract_texts(texts, nlp=nlp)) == []
    text = "Russian troops opened fire on Ukrainian positions near Bakhmut."
    assert _pairs_of(nlp, text) == {("19", "RUS", "UKR")}


def test_issue_3_passive_subject_is_no_source(nlp: Any) -> None:
    """"Residents were evacuated": they undergo the act; "France was committed" stays a state."""
    assert _texts(extract_texts(["Residents were evacuated from their homes."], nlp=nlp)) == []
    assert _pairs_of(nlp, "France was committed to helping Mali.") == {("03", "FRA", None)}


def _codes_of(nlp: Any, text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    """(code, PLOVER type, source country, target country) of every event of one text."""
    events = _texts(extract_texts([text], nlp=nlp))
    return [(e.code, e.plover, e.source.country if e.source else None,
             e.target.country if e.target else None) for e in events]


def test_issue_3_declared_acts_are_events_not_statements(nlp: Any) -> None:
    """"declared a ceasefire / a state of emergency": the say-verb names the act (0871, 1724)."""
    assert ("0871", "RETREAT", "LBN", None) in _codes_of(
        nlp, "Lebanon declared a ceasefire in the south on Monday.")
    codes = _codes_of(nlp, "Thailand declared a state of emergency in Bangkok.")
    assert [(c, p, s) for c, p, s, _ in codes] == [("1724", "COERCE", "THA")]


def test_issue_3_air_strikes_are_attacks_not_walkouts(nlp: Any) -> None:
    """A "strike" with a military modifier is CAMEO 195; a workers' strike stays a protest."""
    codes = _codes_of(nlp, "Israeli forces launched air strikes on Hamas positions in Gaza.")
    assert [(c, p) for c, p, _, _ in codes] == [("195", "ASSAULT")]
    assert [c for c, _, _, _ in _codes_of(
        nlp, "Kenyan dock workers began a strike in Mombasa.")] == ["143"]


def test_issue_3_weapon_subject_acts_for_who_fired_it(nlp: Any) -> None:
    """"The missiles fired by the Russian navy hit a port": the navy attacks (190)."""
    codes = _codes_of(nlp, "The missiles fired by the Russian navy hit a Ukrainian port.")
    assert codes == [("190", "ASSAULT", "RUS", "UKR")]


def test_issue_3_reaction_verbs_do_not_own_the_event_noun(nlp: Any) -> None:
    """"Putin condemned the attack": the attack is not Putin's; "carried out an attack" is."""
    codes = _codes_of(nlp, "Putin condemned the terrorist attack on the British people.")
    assert [c[:2] for c, _, _, _ in codes] == ["11"]
    codes = _codes_of(nlp, "Israel halted peace talks with the Palestinians after the bombing.")
    assert [(c, s, t) for c, _, s, t in codes] == [("164", "ISR", "PSE")]
    codes = _codes_of(nlp, "The Taliban carried out an attack on a police station in Kandahar.")
    assert [(c, s) for c, _, s, _ in codes] == [("190", "AFG")]


def test_issue_3_possessor_of_an_arrest_is_arrested(nlp: Any) -> None:
    """"following his arrest": he is the one arrested, the court freeing him did not arrest."""
    text = "A Zimbabwean court freed the pastor Evan Mawarire following his arrest last week."
    assert [c for c, _, _, _ in _codes_of(nlp, text)] == ["0841"]


def test_issue_3_own_forces_are_not_the_target(nlp: Any) -> None:
    """"recalled its ambassador from X", "put its army on alert along the border with X"."""
    codes = _codes_of(nlp, "Japan recalled its ambassador from South Korea on Friday.")
    assert codes == [("161", "SANCTION", "JPN", "KOR")]
    codes = _codes_of(nlp, "Pakistan put its army on high alert along the border with India.")
    assert codes == [("152", "MOBILIZE", "PAK", "IND")]


def test_issue_3_force_verbs_with_other_senses_need_an_actor_object(nlp: Any) -> None:
    """"executed 12 rebels" is an attack; "executed its plan" is not."""
    assert [c for c, _, _, _ in _codes_of(nlp, "The army executed 12 rebels in Kabul.")] == [
        "1823"]
    assert _codes_of(nlp, "The government executed its plan to cut taxes.") == []


def test_issue_3_killed_in_clashes_with_x_is_x_acting(nlp: Any) -> None:
    """An agentless killing inside "clashes with X" / "an attack by X": X is the source."""
    codes = _codes_of(nlp, "Three Palestinians were killed in clashes with Israeli troops.")
    assert codes == [("190", "ASSAULT", "ISR", "PSE")]
    codes = _codes_of(nlp, "Two Malian soldiers died in clashes with French troops.")
    assert [(s, t) for _, _, s, t in codes] == [("FRA", "MLI")]


def test_issue_3_dying_alone_and_accepting_a_job_are_no_events(nlp: Any) -> None:
    """Non-political news: "died in hospital" is no force, "accepted the job" no intent."""
    texts = ["A man died in hospital after the accident.",
             "He accepted the job at the bank last year."]
    assert _texts(extract_texts(texts, nlp=nlp)) == []
    assert [c for c, _, _, _ in _codes_of(nlp, "Iraq accepted the UN resolution.")] == ["030"]


def test_issue_3_military_drills_show_force_joint_ones_cooperate(nlp: Any) -> None:
    """"held military drills near X" is 150 (MOBILIZE); joint exercises are 062."""
    assert _codes_of(nlp, "China held military drills near Taiwan.") == [
        ("150", "MOBILIZE", "CHN", "TWN")]
    codes = _codes_of(nlp, "India and Japan held joint naval exercises in the Bay of Bengal.")
    assert [(c, p) for c, p, _, _ in codes] == [("062", "COOPERATE")]
    assert _codes_of(nlp, "She went to the gym for exercise.") == []


def test_issue_3_sanctions_are_plover_sanction(nlp: Any) -> None:
    """Embargoes and sanctions (163) end exchanges: PLOVER SANCTION/discontinue."""
    assert codebook.plover_for("163") == ("SANCTION", "discontinue")
    codes = _codes_of(nlp, "The Security Council imposed an arms embargo on Libya.")
    assert codes == [("163", "SANCTION", "UN", "LBY")]


def test_issue_3_halting_and_withdrawing_from_talks(nlp: Any) -> None:
    """"pulled out of negotiations" is 164; the halted talks are no CONSULT event."""
    codes = _codes_of(nlp, "Norway called off its mediation between Sri Lanka and the rebels.")
    assert [c for c, _, _, _ in codes] == ["165"]
    codes = _codes_of(nlp, "Iran pulled out of negotiations with the European Union.")
    assert [(c, p) for c, p, _, _ in codes] == [("164", "SANCTION")]


def test_issue_3_expelling_officials_is_166_deporting_people_174(nlp: Any) -> None:
    """"ordered the French ambassador to leave" expels (166); deporting teachers is 174."""
    codes = _codes_of(nlp, "Mali ordered the French ambassador to leave the country.")
    assert codes == [("166", "SANCTION", "MLI", "FRA")]
    assert [c for c, _, _, _ in _codes_of(nlp, "China deported two Canadian teachers.")] == [
        "174"]


def test_issue_3_plans_and_conditions_of_force_are_threats(nlp: Any) -> None:
    """"plans to impose restrictions", "may halt mediation if ...", "will withdraw inspectors"
    declare coercion to come: CAMEO 13 (THREATEN), as a "will" future of force is."""
    codes = _codes_of(nlp, "Greece plans to impose restrictions on workers from Bulgaria.")
    assert [(c[:2], p) for c, p, _, _ in codes] == [("13", "THREATEN")]
    codes = _codes_of(nlp, "Norway may halt its mediation efforts if the fighting goes on.")
    assert [p for _, p, _, _ in codes] == ["THREATEN"]
    codes = _codes_of(nlp, "The UN said it will withdraw its inspectors from Iraq.")
    assert [(c[:2], p, t) for c, p, _, t in codes] == [("13", "THREATEN", "IRQ")]


def test_issue_3_receiving_observers_and_sending_inspectors(nlp: Any) -> None:
    """Codebook acts named by their object: receive observers (0862), send inspectors (090)."""
    codes = _codes_of(nlp, "Belarus admitted election observers from the OSCE.")
    assert [(c, p, s) for c, p, s, _ in codes] == [("0862", "RETREAT", "BLR")]
    codes = _codes_of(nlp, "The UN sent investigators to Myanmar on Tuesday.")
    assert [(c, p, t) for c, p, _, t in codes] == [("090", "ACCUSE", "MMR")]


def test_issue_3_purpose_act_leads_and_peacekeepers_keep_peace(nlp: Any) -> None:
    """"summoned the envoy to complain": the complaint is the most confident event;
    peacekeepers arriving in a country provide peacekeeping (074), not a visit."""
    text = "Nigeria summoned the ambassador of Niger to protest against Niger's support for rebels."
    events = _texts(extract_texts([text], nlp=nlp))
    assert max(events, key=lambda e: e.confidence).root_code == "14"
    codes = _codes_of(nlp, "A first group of Ghanaian peacekeeping troops arrived in Liberia.")
    assert [(c, p, s, t) for c, p, s, t in codes] == [("074", "AID", "GHA", "LBR")]


def test_issue_3_armed_strikes_and_killing_after_said(nlp: Any) -> None:
    """"the air force carried out strikes" attacks; "X overran a base, officials said,
    killing 17": X kills, not the officials."""
    codes = _codes_of(nlp, "Israel's air force carried out strikes against Hamas targets.")
    assert [(c, s, t) for c, _, s, t in codes] == [("195", "ISR", "PSE")]
    text = "Taliban fighters overran an army base, officials said, killing 17 soldiers."
    killing = [e for e in _texts(extract_texts([text], nlp=nlp)) if e.trigger == "killing"]
    assert killing and killing[0].source is not None and "Taliban" in killing[0].source.text


def test_issue_3_armed_movements_are_no_visits(nlp: Any) -> None:
    """Troops arriving deploy (154), warplanes flying over show force (150); a minister's
    arrival stays a visit (042); troops moved "to the border with X" are aimed at X."""
    codes = _codes_of(nlp, "Two battalions of Indian troops arrived in Colombo on Monday.")
    assert [(c, p, s, t) for c, p, s, t in codes] == [("154", "MOBILIZE", "IND", "LKA")]
    assert [c for c, _, _, _ in _codes_of(nlp, "US warplanes flew over Baghdad.")] == ["150"]
    codes = _codes_of(nlp, "Chinese Defence Minister Li Shangfu arrived in Moscow on Sunday.")
    assert [c for c, _, _, _ in codes] == ["042"]
    codes = _codes_of(nlp, "Iraq moved troops to its border with Kuwait.")
    assert codes == [("154", "MOBILIZE", "IRQ", "KWT")]


def test_issue_3_staff_and_presence_need_a_diplomatic_or_military_modifier(nlp: Any) -> None:
    """"cut embassy staff" reduces relations (161), "military presence" is mobilization (154);
    a company cutting staff or growing its presence in a market does neither."""
    assert ("161", "SANCTION", "DEU", "RUS") in _codes_of(
        nlp, "Germany cut embassy staff in Moscow.")
    assert "161" not in [c for c, _, _, _ in _codes_of(
        nlp, "The company cut staff at its London office.")]
    codes = _codes_of(nlp, "Russia increased its military presence near the border with Ukraine.")
    assert codes == [("154", "MOBILIZE", "RUS", "UKR")]
    assert "154" not in [c for c, _, _, _ in _codes_of(
        nlp, "Amazon increased its presence in India last year.")]


def test_issue_3_told_to_leave_expels_told_that_he_would_leave_does_not(nlp: Any) -> None:
    """"told the ambassador to leave" is an order to go (166); "told X that he would leave"
    reports the speaker's own plan."""
    codes = _codes_of(nlp, "France told the Malian ambassador to leave within 72 hours.")
    assert codes == [("166", "SANCTION", "FRA", "MLI")]
    codes = _codes_of(nlp, "Putin told Macron that he would leave Moscow on Friday.")
    assert not [c for c, _, _, _ in codes if c[:3] in ("166", "174")]


def test_issue_3_going_to_coerce_is_one_threat(nlp: Any) -> None:
    """"is going to impose sanctions" is a future like "will impose": one threat (1312), and
    the sanctions noun inside the act's trigger is no second event."""
    for text in ("The United States is going to impose sanctions on Iran.",
                 "The United States will impose sanctions on Iran."):
        assert _codes_of(nlp, text) == [("1312", "THREATEN", "USA", "IRN")]


def test_issue_3_a_walkout_is_no_weapon(nlp: Any) -> None:
    """A workers' strike that "hit exports" attacks nobody; an air strike that hit a port does."""
    codes = _codes_of(nlp, "The dock workers' strike hit exports from Kenya.")
    assert [c for c, _, _, _ in codes] == ["143"]
    codes = _codes_of(nlp, "A Russian air strike hit a Ukrainian port.")
    assert [(c[:2], s, t) for c, _, s, t in codes] == [("19", "RUS", "UKR")]


def test_issue_3_possessor_with_an_of_object_is_the_doer(nlp: Any) -> None:
    """"Egypt's arrest of two Canadian journalists": Egypt arrests; "his arrest": he is arrested;
    an event noun ("the arrest drew protests") owns no other event."""
    codes = _codes_of(nlp, "Egypt's arrest of two Canadian journalists drew protests from Canada.")
    triples = [(c, s, t) for c, _, s, t in codes]
    assert ("173", "EGY", "CAN") in triples
    assert not [c for c, s, _ in triples if c[:2] == "14" and s == "EGY"]


def test_issue_3_state_acts_need_a_state_actor(nlp: Any) -> None:
    """Mobilizing police (153) or cutting aid (162) are acts of states and their forces: the
    police tightening security is one, an airline or a bank doing the same words is not."""
    codes = _codes_of(nlp, "Spanish police tightened security around the stadium.")
    assert [(c, s) for c, _, s, _ in codes] == [("153", "ESP")]
    for text in ("The airline increased security at London airports.",
                 "The bank cut loans to small firms in Italy."):
        assert not [c for c, _, _, _ in _codes_of(nlp, text) if c[:3] in ("153", "162")]


def test_issue_3_expulsions_take_the_codebook_subcode(nlp: Any) -> None:
    """CAMEO splits expulsions: peacekeepers 1661, inspectors/observers 1662, aid agencies
    1663; one's own withdrawn inspectors are no target, the country they leave is."""
    codes = _codes_of(nlp, "Rwanda expelled the Belgian peacekeepers.")
    assert [(c, p, s) for c, p, s, _ in codes] == [("1661", "SANCTION", "RWA")]
    codes = _codes_of(nlp, "The UN withdrew its inspectors from Iraq.")
    assert [(c, t) for c, _, _, t in codes] == [("1662", "IRQ")]
    assert [c for c, _, _, _ in _codes_of(nlp, "Sudan ordered Oxfam to leave Darfur.")] == [
        "1663"]


def test_issue_3_military_retreat_needs_an_armed_or_state_source(nlp: Any) -> None:
    """Withdrawal is military de-escalation (087) for a state or armed group; a senator who
    "pulled out of the race" (a legislator) retreats from no battle."""
    assert [(c, s) for c, _, s, _ in _codes_of(nlp, "Israel withdrew from Gaza.")] == [
        ("0874", "ISR")]
    assert not [c for c, _, _, _ in _codes_of(nlp, "The senator pulled out of the race.")
                if c[:3] == "087"]


def test_issue_3_armed_units_moving_mobilize(nlp: Any) -> None:
    """PLOVER MOBILIZE is every military move short of force: troops crossing into a country
    deploy (154), warships sailing show force (150); a tourist crossing a border does neither."""
    codes = _codes_of(nlp, "Turkish troops crossed into Iraq on Monday.")
    assert codes == [("154", "MOBILIZE", "TUR", "IRQ")]
    codes = _codes_of(nlp, "Two Russian warships sailed through the strait.")
    assert [(c, p, s) for c, p, s, _ in codes] == [("150", "MOBILIZE", "RUS")]
    assert _codes_of(nlp, "The tourists crossed into Mexico on foot.") == []


def test_issue_3_moving_peacekeepers_keep_peace(nlp: Any) -> None:
    """Peacekeepers crossing into a country provide peacekeeping there (074), not nothing."""
    codes = _codes_of(nlp, "UN peacekeepers crossed into southern Lebanon on Monday.")
    assert codes == [("074", "AID", "UN", "LBN")]


def test_issue_3_cut_and_increase_need_a_codebook_object(nlp: Any) -> None:
    """"cut ties" reduces relations (161); a firm cutting prices or increasing sales is no event."""
    assert [c for c, _, _, _ in _codes_of(nlp, "Qatar cut diplomatic ties with Egypt.")] == [
        "161"]
    for text in ("Toyota cut prices for Germany.", "Toyota increased sales to Germany."):
        assert _codes_of(nlp, text) == []


def test_issue_3_military_operations_and_sieges_are_force(nlp: Any) -> None:
    """"a military operation against X" is force (190), a siege a blockade (191); a rescue or
    business operation is no attack, and the verb launching it keeps its own reading."""
    codes = _codes_of(nlp, "The Pakistani army launched a military operation against militants.")
    assert [(c, p, s) for c, p, s, _ in codes] == [("190", "ASSAULT", "PAK")]
    codes = _codes_of(nlp, "Serbian forces began a siege of the Bosnian town of Srebrenica.")
    assert [(c, s) for c, _, s, _ in codes] == [("191", "SRB")]
    assert _codes_of(nlp, "The bank launched a rescue operation for its Spanish unit.") == []


def test_issue_3_victims_of_agentless_killings_are_no_doers(nlp: Any) -> None:
    """"Three Palestinians were shot in Hebron": the victims did not shoot; with no doer
    named there is no event, with one ("by Taliban fighters") the victims are its target."""
    codes = _codes_of(nlp, "Three Palestinians were shot in Hebron on Friday.")
    assert not [c for c, _, s, _ in codes if s == "PSE"]
    codes = _codes_of(nlp, "Five Afghan soldiers were killed by Taliban fighters on Monday.")
    assert [(c[:2], t) for c, _, _, t in codes] == [("19", "AFG")]


def test_issue_3_withdrawals_retreat_militarily_with_plover_mode_withdraw(nlp: Any) -> None:
    """Withdrawing troops is CAMEO 0874 (retreat militarily; 0872 eases a blockade) with PLOVER
    mode withdraw; a surrender keeps the crosswalk's disarm, lifting a blockade stays 0872."""
    text = "Israel withdrew its troops from southern Lebanon."
    events = _texts(extract_texts([text], nlp=nlp))
    assert [(e.code, e.plover, e.mode) for e in events] == [("0874", "RETREAT", "withdraw")]
    events = _texts(extract_texts(["The rebel commander surrendered to Congolese troops."],
                                  nlp=nlp))
    assert [(e.code, e.mode) for e in events] == [("0874", "disarm")]
    codes = _codes_of(nlp, "Israel eased its blockade of Gaza on Monday.")
    assert [c for c, _, _, _ in codes] == ["0872"]


def test_issue_3_statement_senses_of_dictionary_verbs_give_no_event(nlp: Any) -> None:
    """The CAMEO dictionary codes "expressed concern" as a statement (01x), which it never
    emits: such a sentence yields no event, not the verb's own code (110 disapprove).
    Condolences to a named actor are the own lexicon's empathetic comment (018, twenty-seventh
    session)."""
    assert _codes_of(nlp, "Canada's foreign minister expressed concern about the vote in "
                          "Peru.") == []
    codes = _codes_of(nlp, "The Mexican president expressed condolences to the people of Spain.")
    assert [(c, s, t) for c, _, s, t in codes] == [("018", "MEX", "ESP")]
    codes = _codes_of(nlp, "The Mexican president expressed anger at the government of Spain.")
    assert [(c[:2], s, t) for c, _, s, t in codes] == [("11", "MEX", "ESP")]


def test_issue_3_hyphenated_codebook_objects(nlp: Any) -> None:
    """"announced a cease-fire" is a ceasefire (0871) like "announced a ceasefire"; "fired
    tear-gas" is crowd control (175) like "fired tear gas"."""
    for text in ("The Afghan president announced a cease-fire with the Taliban.",
                 "The Afghan president announced a ceasefire with the Taliban."):
        assert _codes_of(nlp, text) == [("0871", "RETREAT", "AFG", "AFG")]
    codes = _codes_of(nlp, "Kenyan police fired tear-gas at protesters in Nairobi.")
    assert [(c, s) for c, _, s, _ in codes] == [("175", "KEN")]


def test_issue_3_missiles_aimed_at_no_one_show_force(nlp: Any) -> None:
    """A missile fired into the sea is a show of force (150); launched at someone, an aerial
    attack (195), never the dictionary's "launch ... in" cooperation (062)."""
    codes = _codes_of(nlp, "North Korea fired two ballistic missiles into the sea.")
    assert [(c, p, s) for c, p, s, _ in codes] == [("150", "MOBILIZE", "PRK")]
    codes = _codes_of(nlp, "Iran launched missiles at US bases in Iraq on Wednesday.")
    assert [(c, p, s) for c, p, s, _ in codes] == [("195", "ASSAULT", "IRN")]


def test_issue_3_codebook_sanctions_media_closures_and_concessions(nlp: Any) -> None:
    """Tariffs are sanctions (163); shutting newspapers restricts freedoms (1721) and the papers
    are its target; agreeing to others' demands accedes to them (083), their demands are
    theirs; troops pulling back or ambushing act as the codebook says."""
    codes = _codes_of(nlp, "Washington imposed tariffs on Chinese steel imports.")
    assert [(c, p, s, t) for c, p, s, t in codes] == [("163", "SANCTION", "USA", "CHN")]
    codes = _codes_of(nlp, "Kenya shut down two opposition newspapers.")
    assert [(c, s, t) for c, _, s, t in codes] == [("1721", "KEN", "KEN")]
    events = _texts(extract_texts(["The government agreed to the rebels' demands."], nlp=nlp))
    assert ("083", "CONCEDE") in [(e.code, e.plover) for e in events]
    assert not [e for e in events if e.code == "100" and e.source and e.source.sector == "GOV"]
    codes = _codes_of(nlp, "Serbian troops pulled back from the border on Monday.")
    assert [(c, p, s) for c, p, s, _ in codes] == [("0874", "RETREAT", "SRB")]
    codes = _codes_of(nlp, "Rebels ambushed a police convoy near Kismayo.")
    assert [c for c, _, _, _ in codes] == ["190"]


def test_issue_3_people_objects_keep_a_yield_event(nlp: Any) -> None:
    """Releasing hostages is a release (0841) even when the hostages are no coded actor (a
    released album is no event); handing over weapons disarms (0873)."""
    codes = _codes_of(nlp, "The rebels released three hostages on Friday.")
    assert [(c, p) for c, p, _, _ in codes] == [("0841", "RETREAT")]
    assert _codes_of(nlp, "The band released a new album on Friday.") == []
    codes = _codes_of(nlp, "Colombian rebels handed over their weapons to UN monitors.")
    assert [(c, p, s) for c, p, s, _ in codes] == [("0873", "RETREAT", "COL")]


def test_issue_3_troops_for_peacekeeping_and_money_mobilized_are_aid(nlp: Any) -> None:
    """Troops sent to a peacekeeping mission provide peacekeeping (074) to the mission's
    country; mobilizing funds is aid (070); troops deployed to a border still mobilize."""
    text = "Ireland is deploying 150 soldiers to the UN peacekeeping mission in Lebanon."
    codes = _codes_of(nlp, text)
    assert codes == [("074", "AID", "IRL", "LBN")]
    codes = _codes_of(nlp, "The European Union is mobilising funds for refugees in Chad.")
    assert [(c, p, s) for c, p, s, _ in codes] == [("070", "AID", "EU")]
    codes = _codes_of(nlp, "Russia deployed troops to the border with Ukraine.")
    assert codes == [("154", "MOBILIZE", "RUS", "UKR")]


def test_issue_3_what_a_permission_allows_is_no_event(nlp: Any) -> None:
    """"allowed the opposition to hold a rally": the rally has not happened; "held a rally"
    has."""
    text = "The Pakistani government allowed the opposition party to hold a rally in Lahore."
    assert not [c for c, _, _, _ in _codes_of(nlp, text) if c[:2] == "14"]
    text = "The Pakistani opposition party held a rally in Lahore."
    assert [c[:2] for c, _, _, _ in _codes_of(nlp, text)] == ["14"]


def test_issue_3_would_not_meet_is_a_rejection(nlp: Any) -> None:
    """"would not meet/tolerate" refuses (CAMEO 12), as "will not meet" does; "would meet"
    stays a possible meeting."""
    codes = _codes_of(nlp, "The Ghanaian president would not meet the Nigerian president.")
    assert [(c, p, s, t) for c, p, s, t in codes] == [("125", "REJECT", "GHA", "NGA")]
    codes = _codes_of(nlp, "The Ghanaian president would meet the Nigerian president.")
    assert [p for _, p, _, _ in codes] == ["CONSULT"]


def test_issue_3_closing_a_strait_or_port_is_a_blockade(nlp: Any) -> None:
    """Closing or blocking a strait or port restricts movement (CAMEO 191); a threat to do so
    is a threat of force (138)."""
    codes = _codes_of(nlp, "Houthi rebels blocked the port of Hodeidah on Monday.")
    assert [(c, p) for c, p, _, _ in codes] == [("191", "COERCE")]
    codes = _codes_of(nlp, "Iran warned it would close the Strait of Hormuz.")
    assert [(c, p, s) for c, p, s, _ in codes] == [("138", "THREATEN", "IRN")]
