"""Issue 3, twenty-first session (roles, second pass): actor countries (a hyphenated country
name with a possessive, a native people's 'X Indians', an outlet named after 'daily', a town
name two states share) and roles (a borrowed subject of a passive 'after being X-ed', a
reported participle the parser hung on the say-verb's subject, the ship an alert answers,
'up to its border with X', the claimant of disputed ground, a closing attribution's place,
'each of X', a ban's 'that they imposed on X'). Sentences written for these tests; checks read
the whole pipeline unless they name a unit."""

from __future__ import annotations

from typing import Any

import pytest

from event_views import first_by_trigger, sides_of
from storyline.actors.coding import code_phrase
from storyline.events.detect import frames_in_sentence

pytestmark = pytest.mark.issue(3)


# --- a hyphenated country name with a possessive -------------------------------------------

@pytest.mark.parametrize(("phrase", "country"), [
    ("Guinea-Bissau's interior minister", "GNB"),
    ("the house of Guinea-Bissau's defence minister", "GNB"),
])
def test_issue_3_hyphenated_country_possessive(phrase: str, country: str) -> None:
    """'Guinea-Bissau's' is one country's name, not Guinea's with a hyphenated tail."""
    ref = code_phrase(phrase)
    assert ref is not None and ref.country == country


def test_issue_3_hyphenated_demonyms_still_split() -> None:
    """Near miss: a hyphenated pair of demonyms still reads its first coded part."""
    ref = code_phrase("Sino-Russian talks")
    assert ref is not None and ref.country == "CHN"


# --- a native people's 'X Indians' ----------------------------------------------------------

@pytest.mark.parametrize(("text", "word", "sides"), [
    ("Forty Tzotzil Indians were massacred at a church in the Chiapas village of Acteal by "
     "gunmen.", "massacred", ("MEX", "MEX")),
    ("Police in Brazil clashed with Yanomami Indians who had blocked a road.", "clashed",
     ("BRA", "BRA")),
    ("Chilean police evicted Mapuche Indians from a farm near Temuco.", "evicted",
     ("CHL", "CHL")),
    ("Soldiers clashed with Guarani Indians in Paraguay on Sunday.", "clashed", ("PRY", "PRY")),
])
def test_issue_3_native_indians_are_no_india(events_of: Any, text: str, word: str,
                                             sides: tuple[str, str]) -> None:
    """'X Indians' named by a tribe's own name are a native people the sentence places."""
    assert sides_of(events_of, text, word) == sides


@pytest.mark.parametrize("phrase", ["Many Indians", "Hindu Indians", "Indians"])
def test_issue_3_indians_of_india(phrase: str) -> None:
    """Near miss: a quantifier or a religion before 'Indians' leaves them India's."""
    ref = code_phrase(phrase)
    assert ref is not None and ref.country == "IND"


# --- an outlet named after 'daily', 'weekly', 'newspaper' ---------------------------------

@pytest.mark.parametrize("text", [
    "Iran's press court ordered the closure of the reformist daily Salam on Wednesday.",
    "Iranian authorities shut down the reformist daily Salam on Monday.",
])
def test_issue_3_outlet_name_is_no_surname(events_of: Any, text: str) -> None:
    """The name after an outlet noun is the outlet's, not a namesake politician's."""
    event = events_of(text)[0]
    assert event.target is not None and event.target.country != "LBN"
    assert event.target.sector == "MED"


def test_issue_3_titled_surname_keeps_namesake(events_of: Any) -> None:
    """Near miss: a surname after an office title is still the prominent namesake's."""
    text = "Prime Minister Tammam Salam met the army chief in Beirut on Monday."
    event = first_by_trigger(events_of, text, "met")
    assert event.source is not None and event.source.country == "LBN"


# --- a town name two states share ------------------------------------------------------------

@pytest.mark.parametrize(("text", "word", "sides"), [
    ("Kyrgyz authorities sent riot police to the southern town of Jalalabad ahead of "
     "planned opposition protests.", "sent", ("KGZ", "KGZ")),
    ("Kyrgyzstan's police detained 20 protesters in Jalalabad on Monday.", "detained",
     ("KGZ", "KGZ")),
])
def test_issue_3_shared_town_takes_the_sentences_state(events_of: Any, text: str, word: str,
                                                        sides: tuple[str, str]) -> None:
    """Jalalabad is Kyrgyzstan's where the sentence is about Kyrgyzstan."""
    assert sides_of(events_of, text, word) == sides


def test_issue_3_shared_town_defaults_to_afghanistan(events_of: Any) -> None:
    """Near miss: an Afghan sentence keeps the Afghan Jalalabad."""
    text = "Afghan authorities sent police reinforcements to Jalalabad after the attack."
    assert sides_of(events_of, text, "sent") == ("AFG", "AFG")


# --- a borrowed subject of a passive 'after being X-ed by Y' -------------------------------

@pytest.mark.parametrize(("text", "word", "doer", "done_to"), [
    ("Two political prisoners died in an Uzbek jail after being tortured by guards, "
     "relatives said.", "tortured", "guards", "prisoners"),
    ("The journalist was hospitalised after being beaten by police in Harare.", "beaten",
     "police", "journalist"),
    ("Three inmates died after being shot by guards at a prison in Caracas.", "shot", "guards",
     "inmates"),
])
def test_issue_3_passive_gerund_roles(events_of: Any, text: str, word: str, doer: str,
                                      done_to: str) -> None:
    """The 'by' agent of a passive gerund does the act; the subject it borrows undergoes it."""
    event = first_by_trigger(events_of, text, word)
    assert event.source is not None and doer in event.source.text
    assert event.target is not None and done_to in event.target.text


def test_issue_3_passive_infinitive_keeps_its_agreeing_subject(events_of: Any) -> None:
    """Near miss: 'agreed to be disarmed by X': the agreement is the subject's own."""
    text = "The rebels agreed to be disarmed by the peacekeepers."
    event = first_by_trigger(events_of, text, "agreed")
    assert event.source is not None and "rebels" in event.source.text


# --- a reported participle hung on the say-verb's subject ----------------------------------

@pytest.mark.parametrize(("text", "word", "sides"), [
    ("Kenyan police tortured at least 12 detained student leaders with electric shocks, "
     "Amnesty International said in a report released in London on Wednesday.", "tortured",
     ("KEN", "KEN")),
    ("Chinese police detained five activists on Monday, Human Rights Watch said in New York.",
     "detained", ("CHN", "CHN")),
])
def test_issue_3_reporter_abroad_is_no_doer(events_of: Any, text: str, word: str,
                                            sides: tuple[str, str]) -> None:
    """The reporter's place is where the news was told: the doer is the reported subject,
    and the people a state's police hold are that state's."""
    assert sides_of(events_of, text, word) == sides


def test_issue_3_foreign_captives_keep_their_state(events_of: Any) -> None:
    """Near miss: captives named by their own demonym keep it."""
    text = "Chinese police detained five American activists on Monday."
    assert sides_of(events_of, text, "detained") == ("CHN", "USA")


# --- the ship an alert answers; 'up to its border with X' ----------------------------------

def test_issue_3_alert_as_a_ship_sailed(events_of: Any) -> None:
    """'put on alert as a Turkish survey ship ... sailed into ...': the ship's state."""
    text = ("Greece put its armed forces on alert on Tuesday as a Turkish survey ship escorted "
            "by warships sailed into disputed waters near the island of Kastellorizo.")
    assert sides_of(events_of, text, "put") == ("GRC", "TUR")


@pytest.mark.parametrize(("text", "word", "sides"), [
    ("Uzbekistan moved tanks and armoured vehicles up to its border with Tajikistan on "
     "Thursday.", "moved", ("UZB", "TJK")),
    ("Armenia moved artillery close to its border with Azerbaijan after clashes.", "moved",
     ("ARM", "AZE")),
])
def test_issue_3_border_under_an_adverb(events_of: Any, text: str, word: str,
                                        sides: tuple[str, str]) -> None:
    """'up to', 'close to' its border with X: the parser hangs 'to' on the adverb."""
    assert sides_of(events_of, text, word) == sides


def test_issue_3_moved_up_to_own_front(events_of: Any) -> None:
    """Near miss: 'up to the front line' names no other state."""
    text = "Uzbekistan moved tanks up to the front line on Thursday."
    event = first_by_trigger(events_of, text, "moved")
    assert event.target is None or event.target.country in (None, "UZB")


# --- the claimant of disputed ground --------------------------------------------------------

@pytest.mark.parametrize(("text", "word", "sides"), [
    ("Nigeria has sent additional troops and gunboats to the oil-rich Bakassi peninsula, the "
     "territory it disputes with Cameroon, military sources said.", "sent", ("NGA", "CMR")),
    ("China deployed missiles on islands claimed by Vietnam.", "deployed", ("CHN", "VNM")),
    ("India sent troops to the Siachen glacier, which is also claimed by Pakistan.", "sent",
     ("IND", "PAK")),
])
def test_issue_3_disputed_ground_claimant(events_of: Any, text: str, word: str,
                                          sides: tuple[str, str]) -> None:
    """Force sent to ground another state claims is aimed at that state."""
    assert sides_of(events_of, text, word) == sides


def test_issue_3_visited_ground_is_not_claimed(events_of: Any) -> None:
    """Near miss: a relative clause that is no claim names no claimant."""
    text = "India sent troops to the Siachen glacier, which was visited by Pakistan's president."
    event = first_by_trigger(events_of, text, "sent")
    assert event.target is None or event.target.country != "PAK"


# --- 'each of X'; a ban's 'that they imposed on X' ------------------------------------------

def _targets(nlp: Any, text: str, word: str) -> list[str]:  # noqa: ANN401 - spaCy Language
    """The target phrases of the frame whose trigger holds ``word``."""
    for sent in nlp(text).sents:
        for frame in frames_in_sentence(sent):
            if word in frame.trigger:
                return [r.text for r in frame.targets]
    raise AssertionError(text)


@pytest.mark.parametrize(("text", "word", "target"), [
    ("The attorney general began bribery investigations against each of the five largest "
     "insurers.", "investigations", "the five largest insurers"),
    ("Police arrested both of the opposition leaders in Harare.", "arrested",
     "the opposition leaders"),
])
def test_issue_3_each_of_names_the_group(nlp: Any, text: str, word: str, target: str) -> None:
    """'each of X', 'both of X': the group X is the target."""
    assert _targets(nlp, text, word) == [target]


def test_issue_3_leader_of_group_stays_the_leader(nlp: Any) -> None:
    """Near miss: a head that is no quantity stays the target ('the leader of X')."""
    text = "Police arrested the leader of the opposition in Harare."
    assert _targets(nlp, text, "arrested") == ["the leader"]


@pytest.mark.parametrize(("text", "word", "target"), [
    ("The junta refuses to lift the ban that it imposed in March on opposition parties.",
     "lift", "opposition parties"),
    ("The government lifted the ban it had imposed on opposition newspapers.", "lifted",
     "opposition newspapers"),
])
def test_issue_3_ban_imposed_in_relative_clause(events_of: Any, text: str, word: str,
                                                target: str) -> None:
    """'lift the ban that they imposed on X': X is whom the ban falls on."""
    event = first_by_trigger(events_of, text, word)
    assert event.target is not None and event.target.text == target


def test_issue_3_ban_relative_clause_without_imposing(events_of: Any) -> None:
    """Near miss: a relative clause that imposes nothing names no one the ban falls on."""
    text = "The rebels refused to lift the ban, which angered aid agencies."
    assert first_by_trigger(events_of, text, "lift").target is None


# --- a reported clause with its own subject hung on a noun; a state's coast ----------------

@pytest.mark.parametrize(("text", "word", "sides"), [
    ("Eritrea's information ministry said in a statement issued in Asmara on Wednesday that "
     "Ethiopian artillery had shelled Eritrean positions along the border.", "shelled",
     ("ETH", "ERI")),
    ("Georgia's defence ministry said in a statement issued in Tbilisi on Friday that Russian "
     "jets had bombed a village near Gori.", "bombed", ("RUS", "GEO")),
])
def test_issue_3_clause_on_a_noun_keeps_its_subject(events_of: Any, text: str, word: str,
                                                    sides: tuple[str, str]) -> None:
    """'a statement ... that X had shelled Y', the clause hung on the noun: X does it."""
    assert sides_of(events_of, text, word) == sides


def test_issue_3_pronoun_clause_on_a_noun_is_no_doer(events_of: Any) -> None:
    """Near miss: a pronoun subject of such a clause gives it no doer of its own."""
    text = ("France has said it doubts a Turkish statement that it had opened safe routes out "
            "of Afrin.")
    assert not any(e.source is not None and e.source.country == "FRA" and "opened" in (
        e.trigger or "") for e in events_of(text))


@pytest.mark.parametrize(("text", "word", "sides"), [
    ("Russian warships conducted naval manoeuvres in the Black Sea off Georgia's coast on "
     "Monday.", "manoeuvres", ("RUS", "GEO")),
    ("Russian warships conducted naval manoeuvres off the coast of Norway on Monday.",
     "manoeuvres", ("RUS", "NOR")),
])
def test_issue_3_show_of_force_off_a_states_coast(events_of: Any, text: str, word: str,
                                                  sides: tuple[str, str]) -> None:
    """Drills off a state's coast face that state."""
    assert sides_of(events_of, text, word) == sides


def test_issue_3_drills_off_own_coast(events_of: Any) -> None:
    """Near miss: 'off its coast' names no other state."""
    text = "The Chinese navy held exercises off its coast on Monday."
    assert sides_of(events_of, text, "exercises") == ("CHN", None)
