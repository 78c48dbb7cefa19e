"""Issue 3, twenty-first session (detection recall): force told by a munition's blow, the
words that name an act reported around its harm verb, doers the parser hangs elsewhere
('shot dead' read as a noun, a subject under its auxiliary, a crowd counted as a date)."""

from __future__ import annotations

from typing import Any

import pytest


def _triggers(events_of: Any, text: str, plover: str) -> list[str]:
    """The triggers of the events of ``text`` of one PLOVER type."""
    return [e.trigger for e in events_of(text) if e.plover == plover]


@pytest.mark.parametrize(("text", "word"), [
    ("Mortar rounds fired from rebel positions slammed into the centre of the town of Vukovar "
     "on Friday, killing four civilians, Croatian radio said.", "slammed"),
    ("Two Malian soldiers were wounded when mortar rounds slammed into their camp near Gao on "
     "Monday, the army said.", "slammed"),
    ("Taliban fighters lobbed mortar bombs at an Afghan army post in Helmand on Sunday, "
     "wounding two soldiers.", "lobbed"),
    ("Separatist rebels lobbed artillery shells at a Ukrainian checkpoint near Donetsk.",
     "lobbed"),
    ("Mortar shells crashed into a crowded market in Mogadishu on Friday, killing eight "
     "people.", "crashed"),
])
def test_issue_3_munition_blow_is_the_act(events_of: Any, text: str, word: str) -> None:
    """A munition that slams, crashes or is lobbed into a place is the attack the sentence
    tells; its harm ('killing four') is part of it, and the trigger names the blow."""
    triggers = _triggers(events_of, text, "ASSAULT")
    assert triggers and any(word in t for t in triggers), triggers


@pytest.mark.parametrize("text", [
    "The airliner crashed into a hillside near Kathmandu on Tuesday, killing all 72 on board.",
    "The juggler lobbed three balls into the air and caught them behind his back.",
    "A delivery van slammed into a bus shelter in Leeds on Monday, injuring two people.",
])
def test_issue_3_no_munition_no_blow(events_of: Any, text: str) -> None:
    """A plane that crashes, a ball lobbed and a van slamming into a shelter are no attacks."""
    assert not [e for e in events_of(text) if e.plover == "ASSAULT"]


@pytest.mark.parametrize(("text", "words"), [
    ("An air strike on a crowded hospital in the rebel-held town of Saada killed at least 12 "
     "people on Monday, medics said.", ("strike", "killed")),
    ("A drone strike on a convoy near the town of Marib killed six fighters on Sunday.",
     ("strike", "killed")),
    ("Nine Ethiopian soldiers were killed when their truck hit a landmine on a road in Tigray, "
     "officials said.", ("killed", "landmine")),
])
def test_issue_3_trigger_reports_the_act_and_its_harm(events_of: Any, text: str,
                                                      words: tuple[str, ...]) -> None:
    """The reported trigger reaches from the deed's name to its harm ('air strike on a
    hospital ... killed', 'killed when their truck hit a landmine')."""
    triggers = _triggers(events_of, text, "ASSAULT")
    assert any(all(w in t for w in words) for t in triggers), triggers


@pytest.mark.parametrize(("text", "doer", "victim"), [
    ("A gunman on a motorbike shot dead a Pakistani journalist in Karachi on Thursday.",
     "PAK", "PAK"),
    ("Police said a hired killer on a motorcycle shot dead Jaime Ortega, a union leader, in "
     "the Colombian city of Cali on Friday.", "COL", "COL"),
    ("Gunmen on motorbikes shot dead a Bangladeshi opposition lawyer outside his home in "
     "Dhaka, police said.", "BGD", "BGD"),
])
def test_issue_3_shot_dead_after_a_vehicle(events_of: Any, text: str, doer: str,
                                           victim: str) -> None:
    """'X on a motorbike shot dead Y': the parser reads 'motorbike shot' as a noun; the
    shooting is found with its doer and victim."""
    found = [c for c in events_of.codes(text) if c[1] == "ASSAULT"]
    assert found and found[0][0] == "193" and found[0][2:] == (doer, victim), found


def test_issue_3_a_shot_is_still_a_noun(events_of: Any) -> None:
    """'a shot in the arm' of an economy: no shooting."""
    text = "Analysts said the loan was a shot in the arm for the Kenyan economy on Monday."
    assert not [e for e in events_of(text) if e.plover == "ASSAULT"]


@pytest.mark.parametrize(("text", "source"), [
    ("Norwegian envoys are mediating between the Sri Lankan government and the Tamil rebels "
     "at talks in Oslo.", "NOR"),
    ("Qatari diplomats are mediating between the Sudanese army and the rebels in Doha.", "QAT"),
])
def test_issue_3_subject_under_its_auxiliary(events_of: Any, text: str, source: str) -> None:
    """'Norwegian envoys are mediating': the parser hangs 'envoys' on 'are'; they mediate."""
    assert any(c[0] == "045" and c[2] == source for c in events_of.codes(text))


@pytest.mark.parametrize(("text", "source"), [
    ("Hundreds of Greeks staged a sit-in outside the U.S. embassy in Athens on Saturday.",
     "GRC"),
    ("Thousands of Serbs marched through Belgrade on Sunday against the government.", "SRB"),
])
def test_issue_3_counted_crowd_tagged_a_date(events_of: Any, text: str, source: str) -> None:
    """'Hundreds of Greeks' (tagged a DATE as a whole): the Greeks protest."""
    assert any(c[1] == "PROTEST" and c[2] == source for c in events_of.codes(text))


@pytest.mark.parametrize(("text", "plover", "code"), [
    ("Supporters of the ruling party beat up an opposition candidate and three of his "
     "campaign workers in Harare on Saturday.", "ASSAULT", "182"),
    ("Youths loyal to the governor beat up a journalist and two of his colleagues in Lagos.",
     "ASSAULT", "182"),
    ("Fiji recalled its high commissioner from Wellington on Monday in a row over sanctions.",
     "SANCTION", "161"),
    ("Syria has massed tanks and troops along its border with Turkey, a Turkish official "
     "said.", "MOBILIZE", "154"),
    ("Tuareg rebels were reported on Sunday to be massing fighters around the town of "
     "Kidal.", "MOBILIZE", "154"),
    ("Belgium's king expressed his deepest regrets to Congo for colonial-era abuses.",
     "SUPPORT", "055"),
    ("The Japanese prime minister expressed remorse to South Korea for wartime forced labour.",
     "SUPPORT", "055"),
    ("The last Syrian troops left Lebanon on Tuesday, ending a 29-year military presence.",
     "RETREAT", "0874"),
    ("Ethiopian troops quit the Somali town of Baidoa on Monday.", "RETREAT", "0874"),
    ("A U.S. destroyer sailed within 12 nautical miles of Chinese-built islands in the South "
     "China Sea on Tuesday.", "MOBILIZE", "150"),
    ("Separatist rebels downed a Ukrainian military transport plane near Luhansk.",
     "ASSAULT", "190"),
    ("Indian and Chinese troops brawled with sticks and stones in the Galwan valley.",
     "ASSAULT", "190"),
    ("Nigeria's government bowed to pressure from the main labour federation on Saturday.",
     "CONCEDE", "080"),
    ("Kenya's government gave in to pressure from doctors and raised their pay.", "CONCEDE",
     "080"),
    ("Catalan authorities pressed ahead with the referendum on Sunday in defiance of a "
     "Spanish court ban.", "REJECT", "128"),
    ("The European Commission told Poland on Wednesday to reverse its judicial reforms.",
     "REQUEST", "100"),
    ("China told the United States to stop arming Taiwan.", "REQUEST", "100"),
])
def test_issue_3_acts_told_in_other_words(events_of: Any, text: str, plover: str,
                                          code: str) -> None:
    """Acts a CAMEO coder codes though told without the manual's words: 'beat up X and
    three of his workers', 'recalled its high commissioner', 'has massed tanks', 'expressed
    regrets to X for Y', 'troops left X', one destroyer sailing near a rival's islands,
    'downed a plane', 'troops brawled', 'bowed to pressure', 'in defiance of', 'told X to'."""
    assert any(c[0] == code and c[1] == plover for c in events_of.codes(text)), (
        events_of.codes(text))


@pytest.mark.parametrize(("text", "plover"), [
    ("The EU commissioner recalled her first visit to Kyiv in a speech on Monday.",
     "SANCTION"),
    ("Fans massed outside the stadium in Madrid before the final.", "MOBILIZE"),
    ("The European Union expressed regret at Israel's decision to expand settlements.",
     "SUPPORT"),
    ("Soldiers left for the front on Monday after a short leave.", "RETREAT"),
    ("The French minister left Paris for Berlin on Tuesday.", "RETREAT"),
    ("A cruise ship sailed within sight of the islands on Tuesday.", "MOBILIZE"),
    ("Football fans brawled outside the stadium in Marseille after the match.", "ASSAULT"),
    ("The old dam in Sichuan gave way under the pressure of floodwater on Monday.",
     "CONCEDE"),
    ("The minister told reporters to expect a deal with Brussels soon.", "REQUEST"),
    ("Catalan authorities pressed ahead with the vote on Sunday.", "REQUEST"),
])
def test_issue_3_same_words_other_sense(events_of: Any, text: str, plover: str) -> None:
    """The same words in another sense: a commissioner who remembers, fans massing or
    brawling, regret at another's deed, soldiers leaving for the front, a cruise ship, a dam
    under pressure, reporters told what to expect, a vote pressed ahead with."""
    assert not [c for c in events_of.codes(text) if c[1] == plover], events_of.codes(text)


@pytest.mark.parametrize(("text", "words"), [
    ("A former Lebanese minister was assassinated in Beirut on Thursday when gunmen sprayed "
     "his car with automatic fire.", ("assassinated", "sprayed")),
    ("Two Kenyan policemen were abducted near Mandera when gunmen ambushed their patrol.",
     ("abducted", "ambushed")),
])
def test_issue_3_harm_and_its_deed_reported(events_of: Any, text: str,
                                            words: tuple[str, ...]) -> None:
    """A harm that names its own kind ('assassinated', 'abducted'), merged into the 'when'
    clause that tells its deed, reports both words; a plain killing leaves the deed's word
    (the sixteenth session's test)."""
    triggers = _triggers(events_of, text, "ASSAULT")
    assert any(all(w in t for w in words) for t in triggers), triggers


def test_issue_3_rape_with_no_doer_named(events_of: Any) -> None:
    """Women raped in a war zone's villages, no doer named: the armed men of the place."""
    text = ("Dozens of women were raped in villages around Tawila in North Darfur over the past "
            "month, aid workers said.")
    assert any(c[0] == "1821" and c[3] == "SDN" for c in events_of.codes(text))


@pytest.mark.parametrize(("text", "pair"), [
    ("Norway and Russia carried out a joint search-and-rescue operation in the Barents Sea on "
     "Sunday.", ("NOR", "RUS")),
    ("Ecuadorian and Colombian police carried out a joint operation along the border this "
     "week against drug gangs operating in the area.", ("ECU", "COL")),
    ("Uzbekistan and Kyrgyzstan opened a jointly financed trade zone near Osh on Thursday.",
     ("UZB", "KGZ")),
    ("Russia and Turkey launched the TurkStream gas pipeline at a ceremony in Istanbul.",
     ("RUS", "TUR")),
])
def test_issue_3_joint_act_is_mutual_cooperation(events_of: Any, text: str,
                                                 pair: tuple[str, str]) -> None:
    """Sides that do a joint thing, or two states that open or launch one, cooperate."""
    assert any(c[1] == "COOPERATE" and (c[2], c[3]) == pair for c in events_of.codes(text)), (
        events_of.codes(text))


@pytest.mark.parametrize("text", [
    "France and Germany rejected a joint statement by Poland on Monday.",
    "Britain and France criticised the joint plan of the two companies.",
])
def test_issue_3_joint_thing_of_others(events_of: Any, text: str) -> None:
    """A joint thing the sides only reject or criticise is no cooperation of theirs."""
    assert not [c for c in events_of.codes(text) if c[1] == "COOPERATE"], events_of.codes(text)


@pytest.mark.parametrize(("text", "code"), [
    ("A car packed with explosives went off outside a government building in Mogadishu.",
     "1832"),
    ("A truck laden with explosives blew up at a checkpoint in Kabul on Monday.", "1832"),
    ("A roadside device struck a US military convoy in Iraq, wounding four soldiers.", "1833"),
    ("An improvised explosive device went off near a police station in Quetta.", "183"),
    ("Saudi authorities locked up several prominent women's rights activists in May.", "173"),
    ("The British army began the internment of suspected IRA members in Northern Ireland.",
     "173"),
    ("Hamas militants infiltrated Israel through a tunnel from Gaza.", "190"),
])
def test_issue_3_more_force_and_coercion_words(events_of: Any, text: str, code: str) -> None:
    """Vehicle bombs by their load, devices by their kind, people locked up or interned,
    armed men infiltrating a state."""
    assert any(c[0].startswith(code) for c in events_of.codes(text)), events_of.codes(text)


@pytest.mark.parametrize("text", [
    "A truck packed with melons went off the road in Kenya on Monday.",
    "The new device struck a chord with consumers in Japan.",
    "The owner locked up the shop in Cairo for the night.",
    "Activists infiltrated the party's youth wing in Lagos.",
])
def test_issue_3_more_words_other_sense(events_of: Any, text: str) -> None:
    """A truck of melons, a device that strikes a chord, a shop locked up, activists joining
    a party: no force, no coercion."""
    assert not [c for c in events_of.codes(text) if c[1] in ("ASSAULT", "COERCE")], (
        events_of.codes(text))
