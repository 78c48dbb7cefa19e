"""Issue 3, sixteenth session (triggers, second pass): deeds named by a noun that heads its
sentence ("The shooting of two policemen ... on Friday prompted ..."), victims the parser made
the subject of a gerund clause, fire at mock targets during drills, requests turned down,
a main verb the parser hung on the root noun ("the electoral board disqualified X"), bills
withdrawn, repealed or scrapped, looted property returned, inspectors or aid convoys allowed
in, protests called off, weapons handed in and terrorist designations lifted; and the
near-misses that must stay eventless (a bill "killed" in committee, a film shoot, a bid
withdrawn, a medal returned).

Sentences written for these tests; event-level checks read the whole pipeline (code and
countries), frame-level checks the detector alone.
"""

from __future__ import annotations

from typing import Any

import pytest

from event_views import has_event, triples
from storyline.events.detect import frames_in_sentence
from storyline.nlp.model import load_nlp

pytestmark = pytest.mark.issue(3)


@pytest.mark.parametrize(("text", "code", "source", "target"), [
    ("The beheading of a Kenyan truck driver by al-Shabaab militants shocked Nairobi.",
     "1823", "SOM", "KEN"),
    ("Jewish settlers attacked Palestinian shepherds grazing sheep near Hebron on Saturday.",
     "190", "ISR", "PSE"),
    ("The murder of an Indian journalist by Maoist rebels shocked Delhi.", "180", "IND", "IND"),
    ("Greece turned down a Turkish request for talks on the Aegean.", "120", "GRC", "TUR"),
    ("Malawi's electoral commission disqualified Peter Mutharika from the race on Friday.",
     "1722", "MWI", "MWI"),
    ("The Ugandan government withdrew the controversial social media tax after protests.",
     "0832", "UGA", None),
    ("Belgium returned looted artefacts to Congo on Tuesday.", "0842", "BEL", None),
    ("The beheading of a Kenyan truck driver by al-Shabaab militants on Monday shocked Nairobi.",
     "1823", "SOM", "KEN"),
    ("North Korea allowed IAEA inspectors to visit the Yongbyon reactor.", "0862", "PRK", "IAEA"),
    ("Syria allowed a group of OPCW inspectors to enter Douma on Wednesday.", "0862", "SYR",
     None),
    ("Sudan allowed a WFP convoy to reach Darfur on Monday.", "0863", "SDN", None),
    ("Sri Lanka's government repealed the emergency regulations after protests.", "0832", "LKA",
     None),
    ("Striking Kenyan nurses called off their three-week walkout on Friday.", "082", "KEN",
     None),
    ("Hundreds of Moro rebels handed in their weapons at a ceremony in Mindanao.", "0873",
     "PHL", None),
    ("Washington lifted the terrorist designation of Cuba on Friday.", "0812", "USA", "CUB"),
    ("The Netherlands returned looted colonial artefacts to Indonesia on Monday.", "0842",
     "NLD", "IDN"),
])
def test_issue_3_s16b_missed_acts(events_of: Any, text: str, code: str, source: str | None,
                                  target: str | None) -> None:
    """Each sentence tells one act of the codebook, with its doer's (and victim's) country."""
    found = triples(events_of, text)
    assert has_event(found, code, source, target), found


@pytest.mark.parametrize(("text", "code"), [
    ("The killing of five customs officers near Herat on Wednesday prompted an inquiry.", "180"),
    ("The shooting of two Basque policemen in Bilbao on Friday drew wide condemnation.", "180"),
    ("The stabbing of a Bolivian mayor in La Paz on Sunday sparked protests.", "182"),
])
def test_issue_3_s16b_headline_deed_noun_is_a_frame(text: str, code: str) -> None:
    """A deed noun heading its sentence with a person as victim and a news day is an act."""
    sent = next(iter(load_nlp()(text).sents))
    assert code in [f.code for f in frames_in_sentence(sent)]


@pytest.mark.parametrize(("text", "code"), [
    ("South Korean warships fired missiles at mock targets during drills off Busan.", "150"),
    ("Pakistani troops fired artillery shells at dummy targets during an exercise near "
     "Bahawalpur.", "150"),
])
def test_issue_3_s16b_mock_fire_is_an_exercise(events_of: Any, text: str, code: str) -> None:
    """Fire at pretend targets or during drills shows force (150): no attack on anyone."""
    found = triples(events_of, text)
    assert [c for c, _, _ in found] == [code], found


def test_issue_3_s16b_looted_describes_what_is_returned(events_of: Any) -> None:
    """'looted' the parser made a clause after 'returned' only describes the goods: no riot."""
    found = triples(events_of, "France returned looted royal treasures to Benin.")
    assert [(c, s) for c, s, _ in found] == [("0842", "FRA")], found


def test_issue_3_s16b_rejected_request_is_no_request(events_of: Any) -> None:
    """A request that is the object of a rejection is only the rejection (was 020 besides)."""
    found = triples(events_of, "Poland rejected a German request to host more refugees.")
    assert [c for c, _, _ in found] == ["120"], found


@pytest.mark.parametrize("text", [
    "The killing of the pension bill in committee on Tuesday angered unions.",
    "The shooting of the new Bond film in Jamaica on Monday drew crowds.",
    "The killing of 40 elephants in Botswana on Sunday alarmed conservationists.",
    "The carmaker withdrew its bid for the Italian rival.",
    "The cyclist returned the medal to the organisers.",
    "The patient began a course of chemotherapy on Monday.",
    "He was offered the ambassador's job but turned it down.",
    "The school allowed students to leave early on Friday.",
    "The striker called off his holiday after the injury.",
    "The company repealed its dress code.",
])
def test_issue_3_s16b_near_misses_stay_eventless(events_of: Any, text: str) -> None:
    """Deeds done to things or animals, business, sport and illness are no political events."""
    assert triples(events_of, text) == []
