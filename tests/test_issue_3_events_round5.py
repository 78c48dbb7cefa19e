"""Issue 3 events, fifth session: conflict coverage, permissions, signing, election races,
attacks in words and demanded content (sentences written for these tests)."""

from __future__ import annotations

from typing import Any

import pytest

from storyline.records import Event

pytestmark = pytest.mark.issue(3)


def test_issue_3_election_race_verbs_are_no_conflict(events_of: Any) -> None:
    """ "challenging/battling a rival candidate" in an election is a race, not a dispute."""
    for text in (
        "Congresswoman Ortiz is challenging Governor Walsh in the party primary.",
        "The mayor is battling his Republican rival for the open Senate seat.",
    ):
        assert events_of.codes(text) == [], text
    assert [
        c[:2]
        for c in events_of.codes("Government troops are battling rebels for control of the town.")
    ] == [("190", "ASSAULT")]


def test_issue_3_signing_a_roadmap_is_an_agreement(events_of: Any) -> None:
    """Signing an agreement-like document (roadmap, memorandum) is 057 between the signers."""
    assert ("057", "SUPPORT", "AFG", "PAK") in events_of.codes(
        "Afghanistan signed a security roadmap with Pakistan on Monday."
    )
    codes = events_of.codes("Kenya and Uganda signed a memorandum on border security.")
    assert ("057", "SUPPORT", "KEN", "UGA") in codes
    assert all(c[3] in ("KEN", "UGA") for c in codes)  # the topic is no side


def test_issue_3_attack_on_a_person_is_force_unless_about_words(events_of: Any) -> None:
    """ "claimed an attack on Colonel X" is force; an attack on a person in a speech is words."""
    armed = events_of.codes("Hezbollah claimed an attack on Colonel Haddad in the south.")
    assert [c[:2] for c in armed] == [("190", "ASSAULT")]
    words = events_of.codes("The senator launched an attack on Governor Haley in a speech.")
    assert [c[:2] for c in words] == [("111", "ACCUSE")]


def test_issue_3_expelled_peacekeepers_are_the_target(events_of: Any) -> None:
    """ "expelled UN peacekeepers": the peacekeepers are whom the expulsion is aimed at."""
    codes = events_of.codes("Eritrea expelled American peacekeepers last year.")
    assert codes == [("1661", "SANCTION", "ERI", "USA")]


def test_issue_3_permission_is_a_concession(events_of: Any) -> None:
    """ "allowed X to hold rallies" eases a restriction (081); refused to allow rejects (124)."""
    assert ("081", "CONCEDE", "ZMB", "ZMB") in events_of.codes(
        "Zambia's government has allowed opposition parties to hold rallies."
    )
    refused = events_of.codes(
        "Zambian rebels refused to allow Red Cross trucks to enter the valley."
    )
    assert [c[:2] for c in refused] == [("124", "REJECT")]
    assert events_of.codes("The app allows users to share photos with friends.") == []


def test_issue_3_codebook_coercion_and_mobilization(events_of: Any) -> None:
    """House arrest (173), sealing off (191), trade bans (163), moved divisions (154)."""
    assert ("173", "COERCE", "MMR", "MMR") in events_of.codes(
        "Myanmar's junta placed the opposition leader Tin Oo under house arrest."
    )
    sealed = events_of.codes("Israel sealed off the West Bank after the bombing.")
    assert sealed and {c[:3] for c in sealed} == {("191", "COERCE", "ISR")}
    assert [c[:3] for c in events_of.codes("Russia banned imports of Georgian wine.")] == [
        ("163", "SANCTION", "RUS")
    ]
    assert ("154", "MOBILIZE", "SYR", "TUR") in events_of.codes(
        "Syria moved two armored divisions toward the Turkish border."
    )


def test_issue_3_missile_test_on_a_date_is_no_attack(events_of: Any) -> None:
    """ "test-fired a missile on Sunday" shows force (150): "on Sunday" aims at no one."""
    codes = events_of.codes("Pakistan test-fired a nuclear-capable missile on Sunday.")
    assert [c[:3] for c in codes] == [("150", "MOBILIZE", "PAK")]


def test_issue_3_preparing_an_offensive_is_no_agreement(events_of: Any) -> None:
    """ "is preparing an offensive": the offensive is the event, "preparing" no intent (030)."""
    codes = events_of.codes(
        "Niger's army is preparing a new offensive on jihadist fighters near the Malian frontier."
    )
    assert [c[:2] for c in codes] == [("190", "ASSAULT")]


def test_issue_3_what_a_demand_is_for_is_no_event(events_of: Any) -> None:
    """ "demanded a force to shield them and stop a feud": only the demand happened."""
    codes = events_of.codes(
        "Tribal elders demanded an international force to shield their villages and stop a feud."
    )
    assert [c[0] for c in codes] == ["100"]
    codes = events_of.codes(
        "Armenia demanded an urgent session of the Security Council to debate "
        "Azerbaijan's shelling of border villages."
    )
    assert [c[0] for c in codes] == ["100"]


def test_issue_3_refused_commitment_is_one_rejection(events_of: Any) -> None:
    """A commitment refused ("refused to commit itself to support"): one rejection, no
    agreement beside it."""
    codes = events_of.codes(
        "Lisbon refused on Friday to commit itself to naval support for the blockade."
    )
    assert [c[:2] for c in codes] == [("120", "REJECT")]


def test_issue_3_future_resignation_is_a_retreat(events_of: Any) -> None:
    """PLOVER codes "will resign" as the act (RETREAT); "agreed to resign" stays AGREE."""
    assert [c[1] for c in events_of.codes("Chile's mining minister will resign next month.")] == [
        "RETREAT"
    ]
    assert [c[1] for c in events_of.codes("Chile's mining minister agreed to resign.")] == ["AGREE"]


def test_issue_3_an_order_is_a_demand_unless_it_names_the_act(events_of: Any) -> None:
    """ "ordered X to appear" demands (100); "ordered troops to withdraw" is the withdrawal."""
    codes = events_of.codes(
        "A Bolivian tribunal ordered the ex-governor to testify about the contracts."
    )
    assert [c[:3] for c in codes] == [("100", "REQUEST", "BOL")]
    surround = events_of("The governor ordered the national guard to surround the stadium.")
    assert [(e.code, e.target.sector if e.target else None) for e in surround] == [("100", "MIL")]
    assert [
        c[:3]
        for c in events_of.codes("The Pentagon ordered two aircraft carriers to the Persian Gulf.")
    ] == [("154", "MOBILIZE", "USA")]


def test_issue_3_passive_expulsion_from_a_state_is_that_state_s_act(events_of: Any) -> None:
    """ "were expelled from Burundi": Burundi expels them, they do not expel Burundi."""
    codes = events_of.codes("Three Belgian reporters were expelled from Burundi on Friday.")
    assert [(c[0], c[2], c[3]) for c in codes] == [("166", "BDI", "BEL")]


def test_issue_3_hostages_storming_and_handing_over_power(events_of: Any) -> None:
    """Taking hostages abducts (181), storming a building attacks (190), power handed over
    yields (0831); storming off a stage and being held captive are no acts of the captives."""
    assert [c[:3] for c in events_of.codes("Serb gunmen took 30 Dutch soldiers hostage.")] == [
        ("181", "ASSAULT", "SRB")
    ]
    assert [c[:2] for c in events_of.codes("Iraqi troops stormed a mosque in Falluja.")] == [
        ("190", "ASSAULT")
    ]
    assert [
        c[:2] for c in events_of.codes("Mali's junta handed power to a civilian government.")
    ] == [("0831", "CONCEDE")]
    assert events_of.codes("The singer stormed off the stage.") == []
    assert [
        c[:2]
        for c in events_of.codes(  # freed, never taken hostage by themselves (181)
            "Nine Thai fishermen, held captive since June, were released by Indonesia."
        )
    ] == [("0841", "RETREAT")]


def test_issue_3_exchanging_fire_pairs_both_sides(events_of: Any) -> None:
    """ "Troops and rebels exchanged fire": one side fires at the other (190), both named."""
    codes = events_of.codes("Indian troops and Pakistani soldiers exchanged fire on the border.")
    assert ("190", "ASSAULT", "IND", "PAK") in codes


def test_issue_3_participle_acts_take_their_agent_and_noun(events_of: Any) -> None:
    """ "sanctions imposed by the UN on Iraq": the agent does the act the noun names."""
    assert ("163", "SANCTION", "UN", "LBY") in events_of.codes(
        "Sanctions imposed by the UN on Libya have hurt its economy."
    )
    assert [
        c[:3]
        for c in events_of.codes(
            "A curfew imposed by the Egyptian army remained in force in the city."
        )
    ] == [("1723", "COERCE", "EGY")]


def test_issue_3_participles_in_other_senses_are_no_events(events_of: Any) -> None:
    """ "abuses committed by X" pledge nothing, "a breakfast hosted by X" hosts no one, "a
    decree signed by X" is no agreement."""
    for text, expected in (  # only the sentence's own act: no 030, 043 or 057 beside it
        ("Prosecutors are examining abuses committed by Chechen fighters in 1995.", ["090"]),
        ("The trade envoys met at a breakfast hosted by the Peruvian consul.", ["040"]),
        ("Farmers rallied over a decree signed by the Bolivian agriculture minister.", ["141"]),
    ):
        assert [c[0] for c in events_of.codes(text)] == expected, text


def test_issue_3_arrest_by_police_after_its_object(events_of: Any) -> None:
    """ "the arrest of 20 activists by Kenyan police": the police arrest (the parser hangs
    "by" on the activists)."""
    codes = events_of.codes("The arrest of 20 activists by Kenyan police drew protests.")
    assert ("173", "COERCE", "KEN", "KEN") in codes


def test_issue_3_victims_do_not_fight(events_of: Any) -> None:
    """ "9 villagers were killed in fighting between rival gunmen": the gunmen fight."""
    events = events_of(
        "At least nine villagers were killed in fighting between rival gunmen near Baidoa."
    )
    assert [(e.code, e.source.text if e.source else None) for e in events] == [
        ("190", "rival gunmen")
    ]


def test_issue_3_conjoined_verbs_share_their_object(events_of: Any) -> None:
    """ "shot and killed two Palestinians": both acts are aimed at them."""
    codes = events_of.codes("Israeli troops shot and killed two Palestinians in Hebron.")
    assert {(c[0], c[3]) for c in codes} >= {("193", "PSE"), ("190", "PSE")}


def test_issue_3_round_ups_weapons_and_lifted_curfews(events_of: Any) -> None:
    """Rounding up is arrest (173), using chemical weapons on X their own CAMEO code (2041,
    session 7; other weapons 190); lifting a curfew is PLOVER CONCEDE like the rest of 081."""
    assert [
        c[:3]
        for c in events_of.codes("Egyptian police rounded up hundreds of suspected militants.")
    ] == [("173", "COERCE", "EGY")]
    assert ("2041", "ASSAULT", "IRQ") in [
        c[:3]
        for c in events_of.codes("Iraqi forces used chemical weapons against Kurdish villages.")
    ]
    assert [c[:2] for c in events_of.codes("Nepal lifted the curfew in Kathmandu on Sunday.")] == [
        ("0813", "CONCEDE")
    ]


def test_issue_3_warships_and_missiles_sent_or_stationed_deploy(events_of: Any) -> None:
    """Sending carriers or stationing missiles deploys force (154); a stationed target acts not."""
    assert [
        c[:3] for c in events_of.codes("Washington is sending two aircraft carriers to the Gulf.")
    ] == [("154", "MOBILIZE", "USA")]
    assert ("154", "MOBILIZE", "CHN", "TWN") in events_of.codes(
        "China has stationed missiles opposite Taiwan."
    )
    assert [
        c[:2]
        for c in events_of.codes(
            "Ethiopian jets bombed militia camps stationed near the Somali border."
        )
    ] == [("195", "ASSAULT")]


def test_issue_3_an_act_after_another_is_not_the_subject_s(events_of: Any) -> None:
    """ "decided to impose an embargo on China after the crackdown": no crackdown by the EU."""
    codes = events_of.codes(
        "The European Union decided to impose an arms embargo on China "
        "after the Tiananmen crackdown."
    )
    assert [c[0] for c in codes] == ["163"]


def test_issue_3_closing_a_foreign_embassy_aims_at_its_country(events_of: Any) -> None:
    """ "closed the Iraqi embassy": the embassy's country is the target of the cut (161)."""
    assert ("161", "SANCTION", "KWT", "IRQ") in events_of.codes(
        "Kuwait closed the Iraqi embassy on Monday."
    )


def test_issue_3_breaking_up_a_protest_and_hypothetical_attacks(events_of: Any) -> None:
    """Breaking up a protest represses it (175); "any attack by the PKK" has not happened."""
    assert ("175", "ASSAULT", "CHN") in [
        c[:3]
        for c in events_of.codes("Chinese police broke up a protest by Tibetan monks in Lhasa.")
    ]
    codes = events_of.codes("Ankara said it would respond to any attack by the PKK.")
    assert codes == []  # a possible attack, none made (190)


def test_issue_3_descriptive_participles_are_no_acts(events_of: Any) -> None:
    """ "a party headed by X" leads, "youths charged with murder" charge no one, "an effort
    to impeach X" impeaches no one yet, "a climber killed in a fall" kills no one."""
    for text, expected in (  # only the sentence's own act: no 060, 112 or 190
        ("The Unity Party, headed by President Orlov, praised the army.", ["051"]),
        ("Police arrested two youths charged with murdering a Kenyan student.", ["173"]),
        ("Lawmakers made an effort on Monday to impeach the president.", []),
        ("Kenya : French Tourist Killed In Crash", []),
        ("Kenya : French Tourist Killed By Gunmen", ["190"]),
    ):  # the same words with a doer
        assert [c[0] for c in events_of.codes(text)] == expected, text


def test_issue_3_struck_and_killed_is_force_not_a_strike(events_of: Any) -> None:
    """ "struck and killed a woman": striking someone is force (190), not a walkout (143)."""
    codes = [c[:2] for c in events_of.codes("Rebels struck and killed a Ugandan soldier.")]
    assert codes == [("190", "ASSAULT"), ("190", "ASSAULT")]  # no walkout (143)


def test_issue_3_participle_victims_and_venues_do_not_act(events_of: Any) -> None:
    """ "a nurse detained in Iran": Iran detains her; "envoys invited to the meeting" hold no
    meeting; "villages affected by Tropical Storm Odile" meet no doer."""
    events = events_of(
        "Tehran ignored calls to release Nora Lind, a Swedish nurse detained in Iran."
    )
    assert ("173", "IRN", "Nora Lind") in [
        (e.code, e.source.country if e.source else None, e.target.name if e.target else None)
        for e in events
    ]
    assert all(e.source is not None and e.source.country == "IRN" for e in events)
    assert [
        c[0]
        for c in events_of.codes(  # the welcome, no meeting (040) of the envoys'
            "Ghana welcomed the envoys invited to the meeting of the council."
        )
    ] == ["043"]
    evacuated = events_of("The army evacuated villages affected by Tropical Storm Odile in Sonora.")
    assert [(e.code, e.source.sector if e.source else None) for e in evacuated] == [
        ("073", "MIL")
    ]  # the storm does nothing


def test_issue_3_shared_objects_only_for_force_and_strike_breaking(events_of: Any) -> None:
    """Only force shares a conjoined verb's object ("wept and thanked X" weeps at no one);
    media that "broke the strike to report" defied it: no strike of theirs, no repression."""
    assert [c[0] for c in events_of.codes("Villagers wept and thanked the Kenyan soldiers.")] == [
        "051"
    ]
    assert events_of.codes("Greek media broke the strike to report on the deaths.") == []


def test_issue_3_buildups_deployments_and_ordered_mobilization(events_of: Any) -> None:
    """A military buildup or a deployment of troops is 154, an ordered mobilization the
    orderer's; "a buildup of debt" is none; "placed the city under curfew" is 1723."""
    assert ("154", "MOBILIZE", "TUR", "IRQ") in events_of.codes(
        "Turkey's military buildup on the Iraqi border alarmed Baghdad."
    )
    assert [
        c[:3]
        for c in events_of.codes("Iraq's deployment of troops near the border worried Washington.")
    ][:1] == [("154", "MOBILIZE", "IRQ")]
    assert events_of.codes("Greece's buildup of debt worried its lenders.") == []
    assert [
        c[:3]
        for c in events_of.codes(
            "The Serbian government ordered a general mobilization on Tuesday."
        )
    ] == [("154", "MOBILIZE", "SRB")]
    assert [
        c[:3]
        for c in events_of.codes("Indian authorities placed the city under curfew after the riots.")
    ] == [("1723", "COERCE", "IND")]


def test_issue_3_words_about_an_attack_are_read_from_its_own_verb(events_of: Any) -> None:
    """A say-verb elsewhere in the sentence does not make an armed group's attack words."""
    reported = events_of.codes(
        "Officials said the Taliban claimed an attack on General Noor Zadran in Helmand."
    )
    assert [c[:2] for c in reported] == [("190", "ASSAULT")]
    spoken = events_of.codes("The senator launched an attack on Governor Pelham in a speech.")
    assert [c[:2] for c in spoken] == [("111", "ACCUSE")]


def test_issue_3_an_armed_ouster_is_no_election_race(events_of: Any) -> None:
    """Soldiers ousting an elected president is a coup, whatever election the sentence names."""
    events = events_of("The military ousted President Amadou Keita a year after his election.")
    assert len(events) == 1
    coup = events[0]
    assert coup.code[:2] in ("16", "17") and coup.plover in ("SANCTION", "COERCE")
    assert coup.source is not None and coup.source.sector == "MIL"
    assert coup.target is not None and coup.target.name == "Amadou Keita"
    assert (
        events_of.codes("Congresswoman Ortiz is challenging Governor Walsh in the party primary.")
        == []
    )


def test_issue_3_the_one_allowed_is_the_permission_s_target(events_of: Any) -> None:
    """A permission aims at whom it allows, not at what the allowed act touches."""
    seized = events_of(
        "The tribunal allowed the government to seize the newspaper's printing presses."
    )
    assert [(e.code, e.target.sector if e.target else None) for e in seized] == [("081", "GOV")]
    sold = events_of("The regulator permitted the company to sell its new phone in Kenya.")
    assert [
        (e.code, e.target.sector if e.target else None, e.target.country if e.target else None)
        for e in sold
    ] == [("081", "BUS", None)]


def _sectors(events: list[Event]) -> list[tuple[str, str | None, str | None]]:
    """(code, source sector, target sector) of each event."""
    return [
        (e.code, e.source.sector if e.source else None, e.target.sector if e.target else None)
        for e in events
    ]


def test_issue_3_an_ordered_act_is_not_the_orderer_s(events_of: Any) -> None:
    """An order stays a demand on whom it orders; only a move of forces is the orderer's act."""
    paid = events_of("The magistrate ordered the mining firm to pay compensation to the villagers.")
    assert _sectors(paid) == [("100", "JUD", "BUS")]
    moved = events_of.codes("President Ostrova ordered the army to pull back from the frontier.")
    assert [c[:2] for c in moved] == [("0874", "RETREAT")]
