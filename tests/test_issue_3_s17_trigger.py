"""Issue 3, seventeenth session (triggers): violence as older wire copy reports it: agentless
harm whose doer a clause names ("were killed when their truck hit a landmine planted by
rebels", "wounded in an ambush blamed on Maoist guerrillas", "a bombing claimed by X"), an
attack noun carried by a participle ("the offensive launched by Sudanese troops against ..."),
armed units pushing into held towns or amid combat (190, not a deployment), a beating
conjoined with rough handling that names the victims ("beat and dragged away dozens"); plural
nouns the tagger read as verbs after a people's name ("Filipino inmates ... began a hunger
strike"); and the near-misses that stay eventless or keep their code (premises evacuated after
a bomb threat, an attack only condemned by someone, troops crossing a border, a coal mine).

Sentences written for these tests; event-level checks read the whole pipeline (code and
countries).
"""

from __future__ import annotations

from typing import Any

import pytest

from event_views import has_event, triples

pytestmark = pytest.mark.issue(3)


@pytest.mark.parametrize(("text", "code", "source", "target"), [
    ("Six Sri Lankan soldiers were killed when their truck hit a landmine planted by Tamil "
     "Tiger rebels near Vavuniya.", "190", "LKA", "LKA"),
    ("Two Angolan deminers were killed when their jeep ran over a landmine planted by UNITA "
     "rebels.", "190", "AGO", "AGO"),
    ("Three Indian policemen were wounded in an ambush blamed on Maoist guerrillas in Bihar "
     "state on Tuesday.", "180", "IND", "IND"),
    ("Five Colombian policemen were killed in an ambush attributed to FARC guerrillas in "
     "Cauca.", "190", "COL", "COL"),
    ("Twenty people died in a bombing claimed by the Islamic Jihad group in the Egyptian city "
     "of Cairo.", "183", "EGY", None),
])
def test_issue_3_s17_doer_named_by_a_clause(events_of: Any, text: str, code: str,
                                            source: str, target: str | None) -> None:
    """Agentless harm takes the doer a participle clause names on its attack or weapon."""
    found = triples(events_of, text)
    assert has_event(found, code, source, target), found


def test_issue_3_s17_one_event_for_harm_in_a_blamed_ambush(events_of: Any) -> None:
    """The harm verb tells the act; the blamed ambush it happened in adds no second event."""
    found = triples(events_of, "Four Indonesian soldiers were wounded in an ambush blamed on "
                               "separatist rebels in Aceh on Friday.")
    assert len(found) == 1 and has_event(found, "180", "IDN", "IDN"), found


def test_issue_3_s17_condemned_attack_names_no_doer(events_of: Any) -> None:
    """"An attack condemned by the UN": the condemner is no attacker."""
    found = triples(events_of, "Nine people were killed in an attack condemned by the United "
                               "Nations in northern Mali.")
    assert not any(c.startswith(("18", "19")) and s == "UN" for c, s, _ in found), found


@pytest.mark.parametrize(("text", "source", "target"), [
    ("The offensive launched by Sudanese troops against rebel positions in Darfur ended with "
     "40 rebels dead.", "SDN", "SDN"),
    ("An offensive launched by Sri Lankan forces against Tamil Tiger bases in the east killed "
     "dozens of rebels.", "LKA", "LKA"),
])
def test_issue_3_s17_attack_noun_launched_by(events_of: Any, text: str, source: str,
                                             target: str) -> None:
    """A light verb's participle on its attack noun is the attack (190), not a venture (062)."""
    found = triples(events_of, text)
    assert has_event(found, "190", source, target), found
    assert not any(c.startswith("06") for c, _, _ in found), found


@pytest.mark.parametrize(("text", "code", "source", "target"), [
    ("Russian troops pushed into the Chechen town of Gudermes after heavy bombardment.",
     "190", "RUS", "RUS"),
    ("Ethiopian troops advanced into the Islamist-held town of Baidoa on Wednesday.",
     "190", "ETH", "SOM"),
    ("Government forces poured into the rebel stronghold of Jaffna after weeks of fighting.",
     "190", "LKA", "LKA"),
    ("Indian troops crossed into Bangladesh on Friday.", "154", "IND", "BGD"),
])
def test_issue_3_s17_armed_advance(events_of: Any, text: str, code: str, source: str,
                                   target: str) -> None:
    """Armed units pushing into a held place or amid combat assault it; crossing deploys."""
    found = triples(events_of, text)
    assert has_event(found, code, source, target), found


@pytest.mark.parametrize(("text", "code", "source", "target"), [
    ("Riot police in Harare beat and dragged away dozens of opposition supporters on "
     "Saturday.", "175", "ZWE", "ZWE"),
    ("Croatian soldiers beat and robbed Serb villagers in the Krajina region.", "182", "HRV",
     "SRB"),
])
def test_issue_3_s17_beating_shares_handled_victims(events_of: Any, text: str, code: str,
                                                    source: str, target: str) -> None:
    """A beating conjoined with rough handling takes the handled people as its victims."""
    found = triples(events_of, text)
    assert has_event(found, code, source, target), found


def test_issue_3_s17_demonym_plural_read_as_verb(events_of: Any) -> None:
    """'Filipino inmates' (the tagger's verb 'inmates') is the strikers' phrase again."""
    found = triples(events_of, "Filipino inmates held in Malaysian prisons began a hunger "
                               "strike.")
    assert has_event(found, "142", "PHL"), found


@pytest.mark.parametrize("text", [
    "Office workers evacuated buildings after a bomb threat in central Madrid.",
    "Police evacuated a shopping centre in Leeds after a bomb threat.",
    "Hundreds of homes were evacuated in Sydney as bushfires spread.",
    "Two farmers were killed when their tractor hit an old landmine in southern Lebanon.",
    "Three miners died when a coal mine collapsed in Shanxi province.",
])
def test_issue_3_s17_near_misses_stay_eventless(events_of: Any, text: str) -> None:
    """Premises emptied, a war remnant with no layer, a mine accident: no event."""
    assert triples(events_of, text) == []


def test_issue_3_s17_people_evacuated_stay_aid(events_of: Any) -> None:
    """People moved out of harm's way are still humanitarian aid (073)."""
    found = triples(events_of, "French troops evacuated hundreds of foreigners from Abidjan.")
    assert has_event(found, "073", "FRA"), found


@pytest.mark.parametrize(("text", "code", "source", "target"), [
    ("Two Nigerian peacekeepers were killed when rebels fired on their patrol near the Sierra "
     "Leone town of Kenema.", "190", "SLE", "NGA"),
    ("A French aid worker was killed when gunmen ambushed her convoy in eastern Chad.", "190",
     "TCD", "FRA"),
    ("Eleven Israelis were killed when a Palestinian suicide bomber blew himself up on a bus in "
     "Haifa.", "1831", "PSE", "ISR"),
])
def test_issue_3_s17_harm_told_by_a_when_clause(events_of: Any, text: str, code: str,
                                                source: str, target: str) -> None:
    """Harm whose 'when' clause names the armed doer is one act: the clause's doer on the
    harmed, with the clause's finer force code."""
    found = triples(events_of, text)
    assert len(found) == 1 and has_event(found, code, source, target), found


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Four Turkish soldiers died when their vehicle struck a mine laid by Kurdish rebels in "
     "Hakkari province.", "TUR", "TUR"),
    ("Two Mozambican children died when they stepped on a landmine planted by Renamo "
     "rebels.", "MOZ", "MOZ"),
])
def test_issue_3_s17_died_on_a_laid_mine(events_of: Any, text: str, source: str,
                                         target: str) -> None:
    """Dying on a mine a clause says was laid by someone is being killed by them (190)."""
    found = triples(events_of, text)
    assert has_event(found, "190", source, target), found


@pytest.mark.parametrize(("text", "found_code"), [
    ("Militiamen sprayed a crowd of refugees with machine-gun fire in Bunia.", "190"),
    ("Soldiers riddled the car of an opposition activist with bullets in Lome.", "190"),
    ("Gunmen raked a bus carrying Sikh pilgrims with automatic fire in Punjab.", "190"),
    ("The company raked in record profits last year.", None),
    ("Farmers sprayed their fields with pesticide in Punjab.", None),
])
def test_issue_3_s17_raked_with_gunfire(events_of: Any, text: str,
                                        found_code: str | None) -> None:
    """Raking, spraying or riddling with gunfire is shooting (190, the table's code), also
    where the parser hangs "with" on the object; with profits or pesticide it is nothing."""
    codes = [c for c, _, _ in triples(events_of, text)]
    assert codes == ([found_code] if found_code else []), codes


def test_issue_3_s17_hijack_by_misread_plural_and_no_takeoff_seizure(events_of: Any) -> None:
    """'Kashmiri militants' (the tagger's verb 'militants' after an ORG-tagged demonym) still
    hijack (181); a plane that 'took off from' a city seizes nothing (no 171)."""
    found = triples(events_of, "Kashmiri militants armed with pistols hijacked an Indian "
                               "Airlines jet after it took off from Kathmandu.")
    assert any(c == "181" and t == "IND" for c, _, t in found), found
    assert not any(c.startswith("17") for c, _, _ in found), found
    found = triples(events_of, "Chechen gunmen hijacked a Turkish airliner shortly after it "
                               "took off from Istanbul.")
    assert [c for c, _, _ in found] == ["181"], found


@pytest.mark.parametrize("text", [
    "Afghan refugees returned from Pakistan under a UN programme.",
    "Thousands of Burundian refugees returned from Tanzania last month.",
])
def test_issue_3_s17_refugees_returning_visit_no_one(events_of: Any, text: str) -> None:
    """Refugees going back from a host country go home: no visit (042) to it."""
    assert not any(c.startswith("04") for c, _, _ in triples(events_of, text))


@pytest.mark.parametrize(("text", "code", "source", "target"), [
    ("A Hindu mob set upon Muslim shopkeepers in Ahmedabad and torched their shops.", "182",
     "IND", "IND"),
    ("Ethnic Malay gangs set upon Chinese residents in Jakarta.", "182", "IDN", "CHN"),
    ("Rioters set upon police officers in the centre of Nairobi.", "145", "KEN", "KEN"),
])
def test_issue_3_s17_set_upon(events_of: Any, text: str, code: str, source: str,
                              target: str) -> None:
    """'set upon' assaults (182), also where the parser makes 'set' the root noun's
    participle; a crowd setting upon ordinary people assaults them, upon the police riots."""
    found = triples(events_of, text)
    assert has_event(found, code, source, target), found


@pytest.mark.parametrize(("text", "code", "source", "target"), [
    ("Militiamen burned alive 20 villagers in a church in Rwanda.", "1823", "RWA", "RWA"),
    ("Rebels mutilated dozens of civilians in the Sierra Leone town of Makeni.", "182", "SLE",
     "SLE"),
    ("RUF rebels maimed hundreds of villagers in northern Sierra Leone.", "182", "SLE", "SLE"),
])
def test_issue_3_s17_burned_alive_and_mutilated(events_of: Any, text: str, code: str,
                                                source: str, target: str) -> None:
    """Burning people alive kills them by assault (1823); mutilating or maiming them assaults
    them (182)."""
    found = triples(events_of, text)
    assert has_event(found, code, source, target), found


@pytest.mark.parametrize("text", [
    "Two Burundian villagers were caught in crossfire between army troops and Hutu rebels.",
    "Several civilians were caught in the fighting in Mogadishu.",
    "Farmers burned crop stubble in Punjab.",
    "Surgeons amputated the leg of an injured soldier.",
])
def test_issue_3_s17_bystanders_and_fields_capture_no_one(events_of: Any, text: str) -> None:
    """Bystanders caught in crossfire are captured by no one (no 171); burnt stubble and
    surgery are no assault."""
    assert not any(c.startswith(("17", "18")) for c, _, _ in triples(events_of, text))


def test_issue_3_s17_misread_plural_heading_its_clause(events_of: Any) -> None:
    """Where the parser makes the misread plural the clause head and the real verb its
    conjunct ("Kashmiri militants armed with pistols and grenades hijacked ..."), the plural
    is that verb's subject (not the 'grenades')."""
    found = events_of("Kashmiri separatists armed with rifles and grenades hijacked an Indian "
                      "Airlines jet carrying 150 passengers, officials in New Delhi said.")
    hijack = [e for e in found if e.code == "181"]
    assert hijack and hijack[0].source is not None, found
    assert hijack[0].source.text.endswith("separatists"), hijack[0].source


@pytest.mark.parametrize(("text", "code", "source", "target"), [
    ("Eritrean troops seized four Djiboutian fishermen near the disputed border.", "173",
     "ERI", "DJI"),
    ("The Indonesian navy seized 20 Vietnamese fishermen in the Natuna Sea.", "173", "IDN",
     "VNM"),
    ("Chechen rebels seized three Russian pilots near Grozny.", "181", "RUS", "RUS"),
    ("Pirates seized 17 Filipino sailors in the Gulf of Aden.", "181", None, "PHL"),
])
def test_issue_3_s17_people_seized(events_of: Any, text: str, code: str,
                                   source: str | None, target: str) -> None:
    """People seized by a state's forces are detained (173), by others (pirates too, though
    the tagger calls them a place) abducted (181); no property seized (171)."""
    found = triples(events_of, text)
    assert any(c == code and (source is None or s == source) and t == target
               for c, s, t in found), found
    assert not any(c == "171" for c, _, _ in found), found
