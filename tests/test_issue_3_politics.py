"""Issue 3, political news: US party actors, verbal conflict and cooperation, stance adjectives.

Sentences are our own, written for these tests.
"""

from __future__ import annotations

from typing import Any

import pytest

from storyline.actors.coding import code_phrase, us_party_word
from storyline.events import lexicon

pytestmark = pytest.mark.issue(3)




@pytest.mark.parametrize("phrase", [
    "Republicans", "the Democrats", "the GOP", "House Democrats", "Republican lawmakers",
    "the Democratic front-runner", "the presumptive Republican nominee", "the DNC",
    "Republican Donald Trump", "the Justice Department",
])
def test_issue_3_us_party_and_body_phrases_code_usa(phrase: str) -> None:
    ref = code_phrase(phrase)
    assert ref is not None and ref.country == "USA", phrase


@pytest.mark.parametrize("phrase,country", [
    ("Social Democrats", None), ("Liberal Democrats", None), ("the Republican Guard", None),
    ("Democratic Party of Japan", "JPN"), ("Sweden Democrats", "SWE"),
    ("the Democratic Republic of Congo", "COD"), ("Irish Republicans", "IRL"),
])
def test_issue_3_other_parties_are_not_american(phrase: str, country: str | None) -> None:
    ref = code_phrase(phrase)
    assert (ref.country if ref is not None else None) == country, phrase


def test_issue_3_party_word_alone_makes_no_actor() -> None:
    assert code_phrase("the Democratic nomination") is None
    assert code_phrase("the Republican primary") is None
    assert not us_party_word(["Democratic", "Progressive", "Party"])
    assert us_party_word(["Democratic", "leaders"])


def test_issue_3_criticism_between_us_parties(events_of: Any) -> None:
    events = events_of("Republican lawmakers assailed the Justice Department on Tuesday.")
    hits = [e for e in events if e.code.startswith("11")]
    assert hits, events
    assert hits[0].source is not None and hits[0].source.country == "USA"
    assert hits[0].target is not None and hits[0].target.country == "USA"
    assert hits[0].plover != "ASSAULT"


def test_issue_3_critical_of_is_criticism(events_of: Any) -> None:
    events = events_of("The Democratic front-runner was sharply critical of Republicans.")
    hits = [e for e in events if e.code == "111"]
    assert hits and hits[0].target is not None and hits[0].target.country == "USA"
    assert hits[0].source is not None and hits[0].source.country == "USA"


def test_issue_3_critical_of_a_thing_is_no_event(events_of: Any) -> None:
    events = events_of("The senator was critical of the budget plan.")
    assert not [e for e in events if e.code == "111"]


def test_issue_3_when_asked_is_no_appeal(events_of: Any) -> None:
    text = "The governor told reporters on Monday when asked about the new tax law."
    assert not [e for e in events_of(text) if e.code.startswith("02")]
    urged = events_of("The mayor was urged by Democrats to resign.")
    assert [e for e in urged if e.code.startswith(("02", "10"))]


def test_issue_3_campaigning_is_no_demand(events_of: Any) -> None:
    events = events_of("The Republican nominee campaigned in Ohio and Iowa on Saturday.")
    assert not [e for e in events if e.code.startswith("10")]


def test_issue_3_political_lexicon_codes() -> None:
    assert lexicon.code_for_verb("assail", None, [])[0] == "111"
    assert lexicon.code_for_verb("rebut", None, [])[0][:2] == "12"
    assert lexicon.code_for_verb("indict", None, [])[0][:3] == "112"
    assert lexicon.NOUN_CODES["rebuke"] == "111"
    assert lexicon.code_for_verb("campaign", None, [])[0] == ""


def test_issue_3_attack_in_words_is_criticism(events_of: Any) -> None:
    text = "Sen. Maria Olsen attacked Governor Tom Becker over his remarks on taxes."
    codes = [e.code for e in events_of(text)]
    assert "111" in codes and not [c for c in codes if c.startswith("19")], codes


def test_issue_3_armed_attack_stays_force(events_of: Any) -> None:
    for text in ("Rebels attacked the army base over the weekend.",
                 "Militants attacked the convoy in Kabul with rockets."):
        codes = [e.code for e in events_of(text)]
        assert codes and all(c.startswith("19") for c in codes), (text, codes)


def test_issue_3_party_state_tag_codes_usa(events_of: Any) -> None:
    events = events_of("Sen. Dana Whitfield (R-Ohio) criticized Republicans on Tuesday.")
    hits = [e for e in events if e.code == "111"]
    assert hits and hits[0].source is not None and hits[0].source.country == "USA"


def test_issue_3_us_titles_with_bodies_code_usa() -> None:
    for phrase in ("FBI Director Mark Holloway", "House Speaker Ann Rivera",
                   "Senate Majority Leader Tom Perkins"):
        ref = code_phrase(phrase)
        assert ref is not None and ref.country == "USA", phrase


def test_issue_3_undergone_criticism_turns_roles(events_of: Any) -> None:
    events = events_of("The governor has endured criticism from Democrats for the cuts.")
    hits = [e for e in events if e.code.startswith("11")]
    assert hits and hits[0].source is not None and hits[0].source.text == "Democrats"
    assert hits[0].target is not None and "governor" in hits[0].target.text
    alone = events_of("The senator came under heavy criticism last week.")
    assert not [e for e in alone if e.code.startswith("11")]


def test_issue_3_campaign_rallies_retorts_and_autographs_are_no_events(events_of: Any) -> None:
    for text in ("The candidate signs autographs for supporters after the speech.",
                 "The governor introduced the nominee at a rally in Ohio.",
                 "The senator shot back that the reporter had not been called on.",
                 "Some of his supporters cheered at one of his rallies in Alabama."):
        codes = [e.code for e in events_of(text)]
        assert not [c for c in codes if c[:2] in ("05", "04", "14", "19")], (text, codes)
    protest = events_of("Thousands of opposition supporters held a rally against the "
                           "government in the capital.")
    assert [e for e in protest if e.code.startswith("14")]
    signed = events_of("Russia and China signed a trade agreement in Beijing.")
    assert [e for e in signed if e.code == "057"]


def test_issue_3_rulings_name_calling_and_loose_threats_are_no_events(events_of: Any) -> None:
    for text in ("The Supreme Court struck down a restrictive state voting law on Monday.",
                 "Senator Ellen Voss on Tuesday called the governor's remarks racist.",
                 "With the threat of terrorism in the headlines, the campaign changed its ads."):
        codes = [e.code for e in events_of(text)]
        assert not [c for c in codes if c[:2] in ("02", "13", "19")], (text, codes)
    struck = events_of("Russian warplanes struck rebel positions near Aleppo.")
    assert [e for e in struck if e.code.startswith("19")]


def test_issue_3_twitter_attacks_are_criticism(events_of: Any) -> None:
    events = events_of("The senator has been the target of Mr. Grayson's Twitter attacks.")
    assert not [e for e in events if e.code.startswith("19")]
    assert [e for e in events if e.code == "111"], events


def test_issue_3_other_object_senses_are_no_events(events_of: Any) -> None:
    for text in ("The senator released a video on Instagram on Monday.",
                 "The governor gave an interview to the local newspaper on Friday."):
        codes = [e.code for e in events_of(text)]
        assert not [c for c in codes if c[:2] in ("07", "08")], (text, codes)
    freed = events_of("The rebels released three hostages to the Red Cross.")
    assert [e for e in freed if e.code.startswith("08")]


def test_issue_3_named_person_hammering_another_is_criticism(events_of: Any) -> None:
    text = "Jane Porter began airing old accusations to hammer Tom Becker in the race."
    codes = [e.code for e in events_of(text)]
    assert codes and not [c for c in codes if c.startswith("19")], codes


def test_issue_3_rally_behind_is_rallying_support(events_of: Any) -> None:
    events = events_of("Democrats rallied around Senator Ann Rivera on Tuesday.")
    hits = [e for e in events if e.code == "053"]
    assert hits and hits[0].target is not None and "Rivera" in hits[0].target.text
    place = events_of("Protesters rallied around the parliament building.")
    assert not [e for e in place if e.code == "053"]


@pytest.mark.parametrize("phrase,country", [
    ("New Jersey Gov. Carl Mendez", "USA"), ("New Mexico Gov. Ana Ruiz", "USA"),
    ("New Zealand Prime Minister Tom Hale", "NZL"), ("the new Russian envoy", "RUS"),
])
def test_issue_3_new_places_are_whole_names(phrase: str, country: str) -> None:
    ref = code_phrase(phrase)
    assert ref is not None and ref.country == country, phrase


def test_issue_3_attacks_on_political_targets_are_words(events_of: Any) -> None:
    words = events_of("The nominee faced uproar over his attacks on a federal judge.")
    assert [e for e in words if e.code == "111"] and not [
        e for e in words if e.code.startswith("19")]
    for text in ("Gunmen attacked a judge in Peshawar, killing two guards.",
                 "The militia leader planned his attacks for years."):
        codes = [e.code for e in events_of(text)]
        assert "111" not in codes, (text, codes)


def test_issue_3_suspended_campaign_is_no_sanction(events_of: Any) -> None:
    events = events_of("Ohio Gov. Tom Reyes suspended his presidential campaign on Monday.")
    assert not [e for e in events if e.code.startswith("16")]


def test_issue_3_under_investigation_turns_roles(events_of: Any) -> None:
    events = events_of("Senator Ann Rivera is under investigation by the FBI for fraud.")
    hits = [e for e in events if e.code.startswith("09")]
    assert hits and hits[0].source is not None and hits[0].source.country == "USA"
    assert hits[0].target is not None and "Rivera" in hits[0].target.text
    placed = events_of("A French citizen was put under investigation in Spain for fraud.")
    hits = [e for e in placed if e.code.startswith("09")]
    assert hits and hits[0].source is not None and hits[0].source.country == "ESP"


def test_issue_3_mentioned_attack_is_not_the_speakers(events_of: Any) -> None:
    events = events_of("The senator did not mention the bombing of the embassy in Kabul.")
    assert not [e for e in events if e.code.startswith("19") and e.source is not None
                and "senator" in e.source.text]


def test_issue_3_poll_support_and_backing_out_are_no_events(events_of: Any) -> None:
    for text in ("Senator Ann Rivera is receiving 19 percent support in Iowa.",
                 "Governor Tom Reyes backed out of the conference on Friday."):
        codes = [e.code for e in events_of(text)]
        assert not [c for c in codes if c[:2] in ("04", "05")], (text, codes)


def test_issue_3_armed_doers_attacking_political_targets_use_force(events_of: Any) -> None:
    for text in ("Insurgents attacked members of the provincial council near Herat.",
                 "Militia fighters attacked the opposition leader in Juba on Sunday.",
                 "Jihadists attacked the mayor in a show of force."):
        codes = [e.code for e in events_of(text)]
        assert codes and all(c.startswith("19") for c in codes), (text, codes)
    words = events_of("Governor Tom Reyes attacked the opposition leader in a speech.")
    assert [e.code for e in words] == ["111"], words


def test_issue_3_a_town_is_no_venue_of_speech(events_of: Any) -> None:
    codes = [e.code for e in events_of("Gunmen attacked Paul Mensah in the town of Bawku.")]
    assert codes and all(c.startswith("19") for c in codes), codes


def test_issue_3_blank_verb_sense_keeps_its_phrasal_verb(events_of: Any) -> None:
    assert lexicon.code_for_verb("rule", None, [])[0] == ""
    events = events_of("The junta ruled out negotiations with the protest leaders.")
    assert [e for e in events if e.code.startswith("12")], events
    assert not [e for e in events if e.code.startswith("04") and not e.negated], events


def test_issue_3_violent_attack_nouns_stay_force(events_of: Any) -> None:
    text = "Gunmen staged political attacks across the district, wounding nine."
    codes = [e.code for e in events_of(text)]
    assert codes and "111" not in codes, codes


def test_issue_3_linking_an_attack_to_a_group_is_not_doing_it(events_of: Any) -> None:
    for text, linker in (("Police linked the bombing to a separatist group.", "Police"),
                         ("The army linked the bombing to the rebels.", "army")):
        events = events_of(text)
        assert not [e for e in events if e.code[:2] in ("18", "19") and e.source is not None
                    and linker in e.source.text], (text, events)


def test_issue_3_what_name_calling_names_is_no_request(events_of: Any) -> None:
    events = events_of("The prime minister called the bombing a cowardly crime.")
    assert not [e for e in events if e.code[:2] in ("02", "10")], events
    asked = events_of("The prime minister called for talks with the rebels.")
    assert [e for e in asked if e.code.startswith("02")], asked


def test_issue_3_feared_acts_are_possible_not_done(events_of: Any) -> None:
    events = events_of("Farmers in the valley fear raids by the militia.")
    assert events and all(e.modality == "possible" for e in events), events
    endured = events_of("Farmers in the valley endured raids by the militia.")
    assert endured and all(e.modality is None for e in endured), endured


def test_issue_3_election_titles_need_a_political_reading() -> None:
    """'a vaccine candidate' or 'job candidates' run for no office; 'the presidential
    candidate' and 'the Republican nominee' do."""
    from storyline.actors.coding import code_phrase

    for phrase in ("a vaccine candidate", "job candidates", "a drug candidate"):
        assert code_phrase(phrase, None) is None, phrase
    for phrase in ("the presidential candidate", "the Republican nominee", "the candidate"):
        coded = code_phrase(phrase, None)
        assert coded is not None and coded.sector == "PTY", phrase
