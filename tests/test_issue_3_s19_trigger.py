"""Issue 3, nineteenth session (triggers): an act only weighed ("is considering sending
troops") is CAMEO 014, a statement, no act; turning down an accusation ("rejected accusations
that ...") denies responsibility (016, a statement), no rejection (12), and what an accusation
noun alleges is not told as done; peacekeepers deployed by a purpose clause or on a
peacekeeping mission keep peace (074); the release of people named by a noun (0841); cultural
property returned (0842); a vehicle that struck a roadside bomb was bombed (1833); people held
hostage by a captor (181); force at a leader's motorcade is an attempt on the leader's life
(185); munitions landing near a building attack it; an interests section closed cuts
relations (161); people snatched by non-state men are abducted (181); and the near-misses
that stay as they were.

Sentences written for these tests; event-level checks read the whole pipeline (code and
countries).
"""

from __future__ import annotations

from typing import Any

import pytest

from event_views import has_event, triples


@pytest.mark.parametrize("text", [
    "Japan is considering sending troops to Iraq.",
    "The European Union is weighing sanctions against Belarus.",
    "Seoul is mulling sending food aid to Pyongyang and lifting its trade ban.",
])
def test_issue_3_s19t_weighed_act_is_no_act(events_of: Any, text: str) -> None:
    """An act only weighed is a statement (014), neither done nor promised: no code of the
    act itself (since the twenty-seventh session a verb weighed is coded 014 itself)."""
    assert all(c == "014" for c, _, _ in triples(events_of, text))


def test_issue_3_s19t_acts_done_or_promised_stay(events_of: Any) -> None:
    """Near misses: the act done, and the act promised, keep their codes."""
    assert has_event(triples(events_of, "Japan sent troops to Iraq."), "154", "JPN", "IRQ")
    assert has_event(triples(events_of, "The European Union imposed sanctions on Belarus."),
                     "163", "EU", "BLR")
    assert has_event(triples(events_of, "Seoul said it would send food aid to Pyongyang."),
                     "033", "KOR", "PRK")


@pytest.mark.parametrize("text", [
    "Iran rejected accusations that it attacked the tanker in the Gulf.",
    "The army denied allegations that its soldiers tortured detainees in Kivu.",
    "Belgrade rejected accusations by Zagreb that its troops shelled Vukovar.",
    "The government denied the allegations of abuses in the northern camps.",
])
def test_issue_3_s19t_denied_accusation_is_no_rejection(events_of: Any, text: str) -> None:
    """Denying an accusation is 016 (a statement): no rejection, and the deed alleged is not
    told as done."""
    assert not triples(events_of, text)


def test_issue_3_s19t_rejections_and_claims_stay(events_of: Any) -> None:
    """Near misses: a proposal rejected is a rejection (12); a territorial claim rejected too;
    a deed someone claims to have done, and an accusation made, stay."""
    assert has_event(triples(events_of, "Morocco rejected the UN proposal for a referendum."),
                     "12", "MAR")
    assert has_event(triples(events_of, "The Taliban said they had attacked the base."),
                     "190", "AFG")
    assert has_event(triples(events_of, "The Taliban claimed that they had attacked the base."),
                     "190", "AFG")
    assert has_event(triples(events_of, "The United States accused Iran of attacking the tanker."),
                     "112", "USA", "IRN")


def test_issue_3_s19t_peacekeepers_sent(events_of: Any) -> None:
    """Troops sent to join a peacekeeping mission or on one keep peace (074); sent to fight
    they deploy (154)."""
    assert has_event(triples(events_of, "Hundreds of Irish troops arrived in Chad to join the "
                                        "UN peacekeeping mission there."), "074", "IRL")
    assert has_event(triples(events_of, "Ghana announced the deployment of 300 troops to "
                                        "Liberia on a peacekeeping mission."), "074", "GHA")
    found = triples(events_of, "Hundreds of Irish troops arrived in Chad to fight the rebels.")
    assert not has_event(found, "074", "IRL")
    found = triples(events_of, "Ghana announced the deployment of 300 troops to the border.")
    assert not has_event(found, "074", "GHA")


def test_issue_3_s19t_release_of_people(events_of: Any) -> None:
    """"announced the release of two nationals": the release (0841); a report's release, or a
    release only asked for, is none."""
    assert has_event(triples(events_of, "Iran announced the release of two Kuwaiti fishermen."),
                     "0841", "IRN", "KWT")
    assert not triples(events_of, "The ministry announced the release of its annual report.")
    assert not has_event(triples(events_of, "Amnesty demanded the release of the journalists."),
                         "0841", None)


def test_issue_3_s19t_cultural_property_returned(events_of: Any) -> None:
    """Paintings, fossils and statues returned to their state are property returned (0842);
    a team returning home is no act."""
    assert has_event(triples(events_of, "Germany returned two stolen paintings to Poland."),
                     "0842", "DEU", "POL")
    assert has_event(triples(events_of, "The United States returned 40 ancient statues to "
                                        "Cambodia."), "0842", "USA", "KHM")
    assert not triples(events_of, "The Brazilian team returned to Brazil on Monday.")


def test_issue_3_s19t_vehicle_struck_a_bomb(events_of: Any) -> None:
    """"An army vehicle struck a roadside bomb": the vehicle's people were bombed (1833) by the
    place's unnamed forces, or by the planters the text names; a tree struck is no act."""
    found = triples(events_of, "An army vehicle struck a roadside bomb near Kandahar on "
                               "Monday, killing three soldiers.")
    assert has_event(found, "1833", "AFG", "AFG"), found
    found = triples(events_of, "A Sri Lankan army truck hit a landmine planted by Tamil "
                               "rebels near Jaffna.")
    assert has_event(found, "1833", "LKA", "LKA"), found
    assert not triples(events_of, "A car struck a tree near Kandahar on Monday.")


def test_issue_3_s19t_people_held_hostage_by_captors(events_of: Any) -> None:
    """People "held hostage by" a captor, or "held them hostage", are hostages taken (181);
    a budget held hostage, or one held with no captor named, is no act."""
    found = triples(events_of, "Two French engineers were held hostage by rebels in Niger.")
    assert has_event(found, "181", "NER", "FRA"), found
    assert [c for c, _, _ in triples(events_of, "The rebels held them hostage in the jungle "
                                                "for two weeks.")] == ["181"]
    assert not triples(events_of, "The budget was held hostage by the opposition.")


def test_issue_3_s19t_attack_on_a_leaders_motorcade(events_of: Any) -> None:
    """Force at a leader's motorcade is an attempt on the leader's life (185); at an army
    convoy or a police post it keeps its code."""
    found = triples(events_of, "A grenade was hurled at the president's motorcade in Kabul.")
    assert has_event(found, "185", "AFG", "AFG"), found
    found = triples(events_of, "Militants hurled a grenade at the governor's convoy in "
                               "Kandahar.")
    assert has_event(found, "185", "AFG", "AFG"), found
    found = triples(events_of, "Gunmen fired on an army convoy in Kabul.")
    assert [c for c, _, _ in found] == ["190"], found


def test_issue_3_s19t_munition_landing_near_a_building(events_of: Any) -> None:
    """Rockets that land near an embassy attack it, its owner only where the text names one;
    a plane landing, or a rocket of a named company, is no attack."""
    found = triples(events_of, "Two rockets landed near the US embassy in Baghdad.")
    assert has_event(found, "190", "IRQ", "USA"), found
    found = triples(events_of, "Two rockets landed near the embassy in Kabul on Tuesday.")
    assert has_event(found, "190", "AFG", "AFG"), found
    assert not triples(events_of, "The plane landed in Kabul on Monday.")
    assert not triples(events_of, "A SpaceX rocket landed on a barge in the Atlantic.")


def test_issue_3_s19t_interests_section_closed(events_of: Any) -> None:
    """Closing an interests section or a liaison office cuts relations (161), as closing an
    embassy does; a section of road closed is none."""
    assert has_event(triples(events_of, "Egypt closed its interests section in Tehran."),
                     "161", "EGY", "IRN")
    assert has_event(triples(events_of, "The United States closed its liaison office in "
                                        "Taipei."), "161", "USA", "TWN")
    assert not triples(events_of, "Police closed a section of the highway on Sunday.")


def test_issue_3_s19t_snatched_by_armed_men(events_of: Any) -> None:
    """People snatched by masked men or rebels are abducted (181), not arrested (173), which
    is a state's agents' act ("police snatched ...")."""
    found = triples(events_of, "Masked men snatched an activist in Minsk.")
    assert [c for c, _, _ in found] == ["181"], found
    found = triples(events_of, "Rebels snatched a human rights activist from her home in Kivu.")
    assert [c for c, _, _ in found] == ["181"], found
    found = triples(events_of, "Police snatched an activist from the street in Minsk.")
    assert [c for c, _, _ in found] == ["173"], found


def test_issue_3_s19t_refugees_taken_in(events_of: Any) -> None:
    """Refugees a state accepts are given refuge (075), aimed at the refugees; accepting a
    proposal about refugees stays an agreement (03)."""
    assert has_event(triples(events_of, "Canada accepted 2,000 Syrian refugees in March."),
                     "075", "CAN", "SYR")
    found = triples(events_of, "Germany accepted the EU proposal on refugees.")
    assert not has_event(found, "075", "DEU"), found
    assert has_event(found, "03", "DEU"), found


def test_issue_3_s19t_gift_for_a_purpose(events_of: Any) -> None:
    """Money given "to promote development in Ethiopia" is aid (070) aimed at whom or where
    its purpose names, no support (05) of its own; a loan guarantee offered is aid promised."""
    found = triples(events_of, "Norway gave 40 million euros to promote rural development "
                               "in Ethiopia.")
    assert [c for c, _, _ in found] == ["070"], found
    assert has_event(found, "070", "NOR", "ETH"), found
    found = triples(events_of, "Japan provided 3 million dollars to help flood victims in "
                               "Pakistan.")
    assert has_event(found, "070", "JPN", "PAK"), found
    found = triples(events_of, "The United States is willing to provide a loan guarantee to "
                               "Jordan.")
    assert has_event(found, "033", "USA", "JOR"), found
    found = triples(events_of, "The senator gave a speech to support the bill.")
    assert not has_event(found, "070", None), found


def test_issue_3_s19t_root_noun_with_its_verb_as_modifier(events_of: Any) -> None:
    """"The Syrian air force carried out two air strikes": the parser's root noun
    with the verb as its modifier is the verb's subject again; "Trump called Britain's
    ambassador a very stupid guy" (the insult an apposition) is criticism (111)."""
    found = triples(events_of, "The Syrian air force carried out two air strikes "
                               "in eastern Aleppo.")
    assert has_event(found, "195", "SYR"), found
    found = triples(events_of, "Trump called Britain's ambassador a very stupid guy.")
    assert has_event(found, "111", "USA", "GBR"), found
    assert not triples(events_of, "A man named John Smith.")


def test_issue_3_s19t_food_supplies_suspended_and_deadlines(events_of: Any) -> None:
    """Food supplies suspended cut humanitarian aid (1623), a company's shipments none; a
    deadline given to a named leader is an ultimatum (139), to a company none."""
    found = triples(events_of, "Turkey suspended food supplies to Armenia.")
    assert has_event(found, "1623", "TUR", "ARM"), found
    assert not triples(events_of, "The company suspended shipments to its customers.")
    found = triples(events_of, "Britain gave Putin a midnight deadline over the attack.")
    assert has_event(found, "139", "GBR", "RUS"), found
    assert not triples(events_of, "The court gave the company a deadline.")


def test_issue_3_s19t_inaugurations_hazards_repeals_and_money_pledges(events_of: Any) -> None:
    """"was sworn in" is an inauguration, no pledge; "flood-hit" a natural cause, no force;
    laws repealed yield on policy (0832) with no qualifier; money pledged "to help rebuild"
    is aid promised (033); a vow to fight stays a threat."""
    assert not triples(events_of, "The new prime minister was sworn in on Friday in Ulaanbaatar.")
    found = triples(events_of, "Japan pledged $300 million to help rebuild roads in Pakistan's "
                               "flood-hit Sindh province.")
    assert [c for c, _, _ in found] == ["033"], found
    found = triples(events_of, "The Indian government repealed the three farm laws on Friday.")
    assert has_event(found, "0832", "IND"), found
    assert not triples(events_of, "The government imposed the law.")
    found = triples(events_of, "The rebels swore to fight the Afghan government.")
    assert has_event(found, "13", "AFG", "AFG"), found


def test_issue_3_s19t_bombed_on_the_road_and_leaders_motorcades(events_of: Any) -> None:
    """Soldiers killed when their vehicle struck a roadside bomb: the bombing (1833) tells
    it; a landmine in such a clause leaves the killing (19); a motorcade "of" a leader is the
    leader's (185); a convoy of aid trucks is no leader's."""
    found = triples(events_of, "Four Malian soldiers were killed when their vehicle struck a "
                               "roadside bomb near Gao on Monday.")
    assert [c for c, _, _ in found] == ["1833"], found
    found = triples(events_of, "Four peacekeepers were killed when their truck hit a landmine "
                               "in southern Lebanon.")
    assert [c[:2] for c, _, _ in found] == ["19"], found
    found = triples(events_of, "A grenade was hurled at the motorcade of Burundi's "
                               "vice-president near Bujumbura on Sunday.")
    assert has_event(found, "185", "BDI", "BDI"), found
    found = triples(events_of, "Gunmen fired on the convoy of aid trucks in Darfur.")
    assert not has_event(found, "185", "SDN"), found


def test_issue_3_s19t_talk_by_telephone(events_of: Any) -> None:
    """"spoke by telephone with X": a phone call (041) with X, whom the parser hangs on the
    phone; speaking by telephone with no one named is none."""
    found = triples(events_of, "Chilean President Michelle Bachelet spoke by telephone with "
                               "Bolivian President Evo Morales on Sunday.")
    assert has_event(found, "041", "CHL", "BOL"), found
    assert not triples(events_of, "The president spoke by telephone on Sunday.")


def test_issue_3_s19t_act_awaited_until_or_before(events_of: Any) -> None:
    """An act in a present-tense "until/before" clause is awaited, not done ("vowing to stay
    until the government scraps the laws"); in the past it happened ("until the army
    withdrew")."""
    found = triples(events_of, "Farmers blocked the highways into New Delhi on Friday, vowing "
                               "to stay until the government scraps the farm laws.")
    assert [c for c, _, _ in found] == ["144"], found
    found = triples(events_of, "The rebels fought until the Syrian army withdrew from the "
                               "town of Qusair.")
    assert "0874" in [c for c, _, _ in found], found


def test_issue_3_s19t_release_sought_refugees_refused_guarantees(events_of: Any) -> None:
    """A release only sought ("to secure the release of") is not done; refugees a state
    "cannot accept" are refused (12), not taken in; security guarantees provided are no aid,
    a loan guarantee is."""
    found = triples(events_of, "The envoy hopes to secure the release of jailed activists "
                               "in Belarus.")
    assert "0841" not in [c for c, _, _ in found], found
    found = triples(events_of, "Thailand says it cannot accept more refugees from "
                               "Cambodia.")
    assert [c[:2] for c, _, _ in found] == ["12"], found
    found = triples(events_of, "Trump agreed to lift sanctions on North Korea and provide "
                               "security guarantees.")
    assert not has_event(found, "07", "USA"), found


def test_issue_3_s19t_release_of_hostages_is_the_captors(events_of: Any) -> None:
    """A state announcing the release of its citizen held hostage abroad frees no one: the
    captors do; rebels announcing their hostages' release free them."""
    found = triples(events_of, "Italy announced the release of an Italian aid worker held "
                               "hostage in Somalia.")
    assert not has_event(found, "0841", "ITA"), found
    found = triples(events_of, "The Taliban announced the release of two hostages.")
    assert has_event(found, "0841", "AFG"), found
