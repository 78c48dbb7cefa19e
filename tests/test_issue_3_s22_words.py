"""Issue 3, twenty-second session (words): force and pressure told in other words than the
CAMEO labels' (gagged critics, thrown into prison, hauled away, encircled, battered by
artillery, pushed into a named land, walked away from talks, snubbed, a rampage by
militiamen, terror unleashed, rained bombs), and the same words in senses that are no event."""

from __future__ import annotations

from typing import Any

import pytest


def _codes(events_of: Any, text: str) -> list[tuple[str, str]]:
    """(first word of the trigger, CAMEO code) of every event of ``text``."""
    return [((e.trigger or "").split(" ")[0], e.code) for e in events_of(text)]


@pytest.mark.parametrize(("text", "word", "code"), [
    ("The Egyptian government silenced its critics with a new media law.", "silenced", "1721"),
    ("Turkey gagged the opposition press after the coup attempt.", "gagged", "1721"),
    ("Ethiopia threw three opposition leaders into prison on Monday.", "threw", "173"),
    ("Police dragged away dozens of protesters from the square in Minsk.", "dragged", "173"),
    ("Police picked up 40 opposition activists in an overnight sweep in Cairo.", "picked",
     "173"),
    ("Syrian troops encircled the rebel-held town of Douma.", "encircled", "191"),
    ("Troops ringed the parliament building in Bangkok.", "ringed", "191"),
    ("Israeli artillery battered Gaza overnight.", "battered", "194"),
    ("Russian forces pounded Kharkiv with rockets and artillery overnight.", "pounded", "194"),
    ("Saudi-led warplanes pummelled Houthi positions around Sanaa.", "pummelled", "195"),
    ("Russian jets rained bombs on the rebel-held town of Douma.", "rained", "195"),
    ("Israeli troops pushed into southern Lebanon on Tuesday.", "pushed", "190"),
    ("Iran walked away from the nuclear talks with the European Union on Friday.", "walked",
     "164"),
    ("Canada suspended trade talks with India.", "suspended", "164"),
    ("China snubbed the Philippine foreign minister at the summit in Jakarta.", "snubbed",
     "160"),
    ("Israel shut the Karni crossing into Gaza on Thursday.", "shut", "191"),
    ("Gunmen snatched more than 200 schoolchildren from a boarding school in Nigeria.",
     "snatched", "181"),
    ("The United States slapped fresh penalties on Russian banks on Friday.", "slapped", "163"),
    ("A rampage by militiamen left dozens dead in the Ituri district of Congo.", "rampage",
     "180"),
    ("Pro-Indonesian militias unleashed a wave of terror across East Timor on Monday.",
     "unleashed", "180"),
    ("Syrian guards subjected the detainees to torture and beatings.", "subjected", "1822"),
    ("Pakistan sent back thousands of Afghan refugees across the border.", "sent", "174"),
    ("Rebels laid waste to a string of villages in the Kivu region.", "laid", "1712"),
    ("Taliban fighters knifed a district official in Kunduz.", "knifed", "182"),
    ("Police broke up a sit-in at Cairo University.", "broke", "175"),
])
def test_issue_3_s22_force_and_pressure_in_other_words(events_of: Any, text: str, word: str,
                                                       code: str) -> None:
    """Wire-copy words of force and pressure code as the act the CAMEO manual names."""
    assert (word, code) in _codes(events_of, text)


def test_issue_3_s22_warships_encircling_show_force(events_of: Any) -> None:
    """Warships and aircraft encircling an island show force (150), no blockade."""
    found = _codes(events_of, "Chinese warships and aircraft encircled the island of Taiwan "
                              "on Thursday.")
    assert ("encircled", "150") in found


def test_issue_3_s22_a_vote_sat_out_is_a_boycott() -> None:
    """A vote shunned or sat out is boycotted (143); a meeting snubbed cuts relations (160)."""
    from storyline.events.lexicon import code_for_verb

    assert code_for_verb("sit", "out", (), "election") == ("143", True)
    assert code_for_verb("shun", None, (), "summit") == ("160", True)


@pytest.mark.parametrize("text", [
    "The reclusive author shunned publicity for most of his life.",
    "The coast was battered by a storm on Sunday.",
    "Hurricane winds battered the island of Puerto Rico overnight.",
    "Heavy rain pounded the capital for a third day.",
    "The champion pummelled his opponent in the third round.",
    "The prime minister fired his finance minister on Tuesday.",
    "The singer stormed off the stage after the microphone failed.",
    "The village is encircled by mountains on three sides.",
    "Fans besieged the pop star at the airport.",
    "She picked up the phone and called her lawyer.",
    "The school bus picked up the pupils at eight o'clock.",
    "Workers hauled away the rubble after the earthquake.",
    "The band silenced the crowd with a slow ballad.",
    "The actor walked away from the crash unhurt.",
    "The company pushed into the Indian market last year.",
    "The fashion house snubbed tradition with its new collection.",
    "Supporters surrounded the candidate as he left the hall.",
    "Controversy surrounded the decision to close the plant.",
    "The bus rolled into the station at noon.",
    "Police imposed a curfew in Jos and surrounding villages after clashes between rival "
    "groups left several people dead.",
])
def test_issue_3_s22_same_words_no_force(events_of: Any, text: str) -> None:
    """The same words in weather, sport, business, daily life or a place name are no force."""
    found = [c for _, c in _codes(events_of, text)]
    assert not [c for c in found if c[:2] in ("15", "16", "18", "19", "20") or c in (
        "173", "174", "1721", "191")], found


@pytest.mark.parametrize(("text", "word", "code"), [
    ("Thousands of workers thronged the streets of Seoul to oppose the labour reform.",
     "thronged", "1412"),
    ("China scrambled fighter jets as a US destroyer sailed through the strait.", "scrambled",
     "150"),
    ("Police were on high alert across Paris ahead of the verdict.", "were", "151"),
])
def test_issue_3_s22_crowds_and_alerts(events_of: Any, text: str, word: str, code: str) -> None:
    """Crowds filling the streets with a grievance protest; jets scrambled and forces on alert
    show force."""
    assert (word, code) in _codes(events_of, text)


@pytest.mark.parametrize("text", [
    "Shoppers thronged the streets of London on Boxing Day.",
    "Fans filled the streets of Buenos Aires to celebrate the World Cup win.",
    "Residents were on alert for more aftershocks.",
    "The students scrambled to finish their exams.",
])
def test_issue_3_s22_crowds_and_alerts_no_event(events_of: Any, text: str) -> None:
    """Shoppers, fans, residents and students are no protest and no force."""
    assert not _codes(events_of, text)


@pytest.mark.parametrize(("text", "word", "code"), [
    ("Egyptian police put two Al Jazeera reporters on a plane to Doha.", "put", "174"),
    ("China called off a planned summit with the European Union.", "called", "164"),
    ("Britain ended budget support to Rwanda.", "ended", "162"),
    ("China choked off imports from Lithuania after the row over Taiwan.", "choked", "163"),
    ("An Israeli soldier was snatched by Hamas militants in a cross-border raid.", "snatched",
     "181"),
    ("The torching of a mosque in Sweden by far-right activists sparked protests.", "torching",
     "1712"),
    ("Pakistani troops lobbed shells across the Line of Control.", "lobbed", "194"),
])
def test_issue_3_s22_sanctions_seizures_and_deportations(events_of: Any, text: str, word: str,
                                                         code: str) -> None:
    """Deportations, halted talks and aid, embargoes and abductions in other words."""
    assert (word, code) in _codes(events_of, text)


@pytest.mark.parametrize("text", [
    "Workers put the cargo on a plane to Nairobi.",
    "High interest rates choked off investment.",
    "Thieves snatched a handbag from a tourist in Rome.",
    "The torching of the old mill was an accident.",
])
def test_issue_3_s22_sanction_words_no_event(events_of: Any, text: str) -> None:
    """Cargo, investment and theft are no deportation, sanction or abduction."""
    assert not [c for _, c in _codes(events_of, text) if c[:2] in ("16", "17", "18", "19")]
