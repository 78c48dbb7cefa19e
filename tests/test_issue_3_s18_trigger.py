"""Issue 3, eighteenth session (triggers): arms sent "to" a state by its own name are military
aid (072, intent 0332), warships sailed there and tanks sent to a region stay deployments
(154); three parse repairs (a finite verb read as a modifier, "Ugandan police tortured
members of ..."; a counted plural read as a clause, "handed back 12 Benin bronzes"; a fired
weapon's participle read as the main verb, "Rockets fired from Lebanon landed in ..."); fired
weapons landing on a place are an attack (190/194), falling into the sea none; a weapon's
killing takes the weapon's code ("a mortar attack killed": 194); fire of named arms one comes
under is an attack; a state's police or troops retaking a prison is no seizure; prosecutors'
charges with a gerund crime are legal action (173); refugees returned by a state are
deported (174); a broadcaster taken off the air is a restriction (1721); places put under
martial law (1724); holidaymakers seized are abducted (181); food deliveries halted are
humanitarian aid cut (1623); police poured or flown in (153); relief loads flown (073); a
submarine ordered somewhere (154); and the near-misses that stay as they were.

Sentences written for these tests; event-level checks read the whole pipeline (code and
countries).
"""

from __future__ import annotations

from typing import Any

import pytest

from event_views import frames, has_event, triples

pytestmark = pytest.mark.issue(3)


@pytest.mark.parametrize(("text", "code", "source", "target"), [
    ("Italy will send four more helicopters to Niger, the defence ministry said.",
     "0332", "ITA", "NER"),
    ("Canada delivered eight howitzers to Ukraine on Friday.", "072", "CAN", "UKR"),
])
def test_issue_3_s18t_arms_sent_to_a_state_are_military_aid(
        events_of: Any, text: str, code: str, source: str, target: str) -> None:
    """Arms sent or delivered to a state named by its own name are military aid, no threat."""
    found = triples(events_of, text)
    assert has_event(found, code, source, target), found
    assert not any(c.startswith(("13", "15")) for c, _, _ in found), found


@pytest.mark.parametrize("text", [
    "Russia sent warships to Cuba on Wednesday.",
    "Russia sent tanks to Luhansk overnight.",
])
def test_issue_3_s18t_warships_and_tanks_to_a_region_stay_deployments(
        events_of: Any, text: str) -> None:
    """Warships sailed to a state and tanks sent to a region are deployments (154), no aid."""
    found = triples(events_of, text)
    assert has_event(found, "154", "RUS"), found
    assert not any(c.startswith("07") for c, _, _ in found), found


def test_issue_3_s18t_torture_verb_read_as_modifier(events_of: Any) -> None:
    """'tortured' parsed as a modifier of 'members' is the police's act again."""
    found = triples(events_of,
                    "Ugandan police tortured members of the opposition, a rights group said.")
    assert has_event(found, "1822", "UGA", "UGA"), found


def test_issue_3_s18t_counted_bronzes_are_returned_property(events_of: Any) -> None:
    """'12 Benin bronzes' tagged a clause of its own is the object handed back (0842)."""
    found = triples(events_of, "Belgium handed back 12 Benin bronzes to Nigeria.")
    assert has_event(found, "0842", "BEL"), found


@pytest.mark.parametrize(("text", "code", "source", "target"), [
    ("Mortar rounds fired from Syria landed in the Turkish town of Kilis.", "194", "SYR", "TUR"),
    ("Rockets fired from Lebanon landed in northern Israel on Sunday.", "190", "LBN", "ISR"),
])
def test_issue_3_s18t_fired_weapons_landing_on_a_place(
        events_of: Any, text: str, code: str, source: str, target: str) -> None:
    """Shells or rockets fired from a state landing in another are an attack by the first."""
    found = triples(events_of, text)
    assert has_event(found, code, source, target), found


def test_issue_3_s18t_missiles_falling_into_the_sea_are_no_attack(events_of: Any) -> None:
    """Missiles that land in the sea attack no place."""
    found = triples(events_of, "Two missiles fired from North Korea landed in the sea off Japan.")
    assert not any(c.startswith(("18", "19")) for c, _, _ in found), found


def test_issue_3_s18t_mortar_attack_killing_is_artillery(nlp: Any) -> None:
    """A mortar attack that kills is fighting with artillery (194), not plain force (190)."""
    found = frames(nlp, "A mortar attack on a bus station in Homs killed eight people.")
    assert ("194", "killed") in found, found


def test_issue_3_s18t_fire_of_named_arms_is_an_attack(nlp: Any, events_of: Any) -> None:
    """Coming under mortar and machine-gun fire is an attack; under fire from critics, words."""
    assert ("190", "fire") in frames(
        nlp, "A Nigerian army convoy came under mortar and machine-gun fire near Maiduguri."), (
        "no attack frame")
    words = triples(events_of, "The minister came under fire from the opposition over the budget.")
    assert any(c == "111" for c, _, _ in words), words


@pytest.mark.parametrize("text", [
    "Honduran police took control of the Tamara prison after a riot.",
    "Mexican soldiers seized control of the Topo Chico jail after a riot.",
])
def test_issue_3_s18t_prison_retaken_is_no_seizure(events_of: Any, text: str) -> None:
    """A state's police or troops retaking its prison seize no property and occupy nothing."""
    found = triples(events_of, text)
    assert not any(c.startswith(("171", "192")) for c, _, _ in found), found


def test_issue_3_s18t_prosecutors_charge_with_a_gerund(events_of: Any) -> None:
    """'charged X with insulting the president' by prosecutors is legal action (173)."""
    found = triples(events_of, "Prosecutors in Belarus charged an opposition blogger with "
                               "insulting the president.")
    assert has_event(found, "173", "BLR", "BLR"), found


def test_issue_3_s18t_refugees_returned_are_deported(events_of: Any) -> None:
    """Refugees a state returns are deported (174), not released (0841) nor visiting (042)."""
    found = triples(events_of, "Turkey forcibly returned 50 Syrian refugees to Syria on Monday.")
    assert has_event(found, "174", "TUR", "SYR"), found


def test_issue_3_s18t_broadcaster_taken_off_the_air(events_of: Any) -> None:
    """A channel taken off the air by authorities restricts freedoms (1721); a show is none."""
    found = triples(events_of, "Georgian authorities took the opposition channel Imedi off the "
                               "air on Wednesday.")
    assert has_event(found, "1721", "GEO"), found
    show = triples(events_of, "The network pulled the comedy show off the air after two seasons.")
    assert not any(c.startswith("17") for c, _, _ in show), show


def test_issue_3_s18t_placed_under_martial_law(events_of: Any) -> None:
    """A province placed under martial law is a state of emergency (1724)."""
    found = triples(events_of, "President Ramos placed the province of Sulu under martial law.")
    assert has_event(found, "1724", "PHL", "PHL"), found


def test_issue_3_s18t_holidaymakers_seized_are_abducted(nlp: Any) -> None:
    """Holidaymakers seized by gunmen are abducted (181), no property seized (171)."""
    found = frames(nlp, "Gunmen seized 12 holidaymakers from a resort on Samal island.")
    assert ("181", "seized") in found, found


def test_issue_3_s18t_food_deliveries_halted(events_of: Any) -> None:
    """Food deliveries halted cut humanitarian aid (1623); a chain's deliveries are no act."""
    found = triples(events_of, "The World Food Programme halted food deliveries to Yemen on "
                               "Thursday.")
    assert has_event(found, "1623", "UN", "YEM"), found
    shop = triples(events_of, "The supermarket chain halted deliveries to its stores because "
                              "of the storm.")
    assert not any(c.startswith("16") for c, _, _ in shop), shop


@pytest.mark.parametrize(("text", "code", "source"), [
    ("Belarusian police poured reinforcements into Minsk ahead of the march.", "153", "BLR"),
    ("China flew 30 tonnes of relief supplies to quake-hit Nepal on Sunday.", "073", "CHN"),
    ("Moscow ordered a submarine to the Black Sea on Tuesday.", "154", "RUS"),
])
def test_issue_3_s18t_forces_and_relief_moved(events_of: Any, text: str, code: str,
                                              source: str) -> None:
    """Police poured in (153), relief loads flown (073), a submarine ordered somewhere (154)."""
    found = triples(events_of, text)
    assert has_event(found, code, source), found


def test_issue_3_s18t_bombers_flown_near_a_border_stay_a_show_of_force(events_of: Any) -> None:
    """Bombers flown near another's territory show force (150), no deployment of troops."""
    found = triples(events_of, "Russia flew two strategic bombers near the coast of Norway.")
    assert not any(c.startswith("154") for c, _, _ in found), found


@pytest.mark.parametrize(("text", "code", "country"), [
    ("A car bomb went off outside a police station in Diyarbakir, wounding six officers.",
     "1832", "TUR"),
    ("Nine soldiers were killed when a roadside bomb exploded near their convoy in Helmand.",
     "1833", "AFG"),
])
def test_issue_3_s18t_bomb_going_off_is_the_one_bombing(events_of: Any, text: str, code: str,
                                                       country: str) -> None:
    """A bomb that went off, or exploded in a 'when' clause of the killing, is one bombing
    done to the harmed, not a meeting (040) nor a second plain killing (190)."""
    found = triples(events_of, text)
    assert has_event(found, code, country, country), found
    assert not any(c in ("040", "190") for c, _, _ in found), found


def test_issue_3_s18t_alarm_going_off_is_no_event(events_of: Any) -> None:
    """An alarm or a gas cylinder going off is no bombing."""
    for text in ("The fire alarm went off at dawn in the hotel.",
                 "A gas cylinder went off in a restaurant kitchen in Lagos."):
        assert not triples(events_of, text), text


@pytest.mark.parametrize(("text", "source", "target"), [
    ("China ordered the United States to close its consulate in Chengdu.", "CHN", "USA"),
    ("Moscow ordered the Dutch consulate in St Petersburg to close.", "RUS", "NLD"),
])
def test_issue_3_s18t_foreign_post_ordered_closed_is_an_expulsion(
        events_of: Any, text: str, source: str, target: str) -> None:
    """Ordering another state's consulate closed expels it (166), no mere demand (100)."""
    found = triples(events_of, text)
    assert has_event(found, "166", source, target), found


def test_issue_3_s18t_bank_ordered_to_close_a_branch_stays_a_demand(events_of: Any) -> None:
    """A branch of a bank ordered closed is no diplomatic post."""
    found = triples(events_of, "The mayor ordered the bank to close its branch in Kisumu.")
    assert not any(c.startswith("16") for c, _, _ in found), found


def test_issue_3_s18t_confined_to_a_thing_is_no_arrest(events_of: Any) -> None:
    """'not confined to the scandal', 'confined to the north' limit a thing; no arrest."""
    for text in ("Critics said the minister's failures are not confined to the pension scandal.",
                 "The fighting was largely confined to the northern provinces, officials said."):
        found = triples(events_of, text)
        assert not any(c.startswith("173") for c, _, _ in found), (text, found)


def test_issue_3_s18t_confined_to_a_residence_is_detention(events_of: Any) -> None:
    """A leader confined to her residence by a junta is held (173)."""
    found = triples(events_of,
                    "Myanmar's junta confined the ousted president to her residence in Naypyitaw.")
    assert has_event(found, "173", "MMR", "MMR"), found


@pytest.mark.parametrize("text", [
    "Thousands of volunteers signed up for the governor's campaign in Nevada.",
    "Some parents signed up for a weekend course on nutrition.",
    "The mayor has stepped up her campaign appearances in Ohio.",
    "The senator got caught in traffic on the way to the hearing.",
])
def test_issue_3_s18t_campaign_and_course_sign_ups_are_no_events(events_of: Any,
                                                                 text: str) -> None:
    """Signing up for a course or campaign, stepping up appearances, getting caught in
    traffic: no agreement (057), cooperation (060) or seizure (171)."""
    assert not triples(events_of, text), text


def test_issue_3_s18t_signed_up_to_a_deal_stays_an_agreement(events_of: Any) -> None:
    """A state signed up to a deal agrees (057)."""
    found = triples(events_of, "Ghana signed up to the regional trade deal in 2019.")
    assert has_event(found, "057", "GHA"), found


@pytest.mark.parametrize(("text", "source"), [
    ("Greek coast guards caught 40 migrants off the island of Lesbos.", "GRC"),
    ("Turkish police caught three suspected smugglers near Edirne.", "TUR"),
])
def test_issue_3_s18t_people_caught_by_state_agents_are_arrested(
        events_of: Any, text: str, source: str) -> None:
    """People a state's agents catch are arrested (173), not seized property (171)."""
    found = triples(events_of, text)
    assert has_event(found, "173", source), found
    assert not any(c == "171" for c, _, _ in found), found


@pytest.mark.parametrize("text", [
    "The government must demonstrate that it can hold a fair vote in March.",
    "Iran has to demonstrate that its nuclear programme is peaceful.",
])
def test_issue_3_s18t_demonstrating_that_is_no_protest(events_of: Any, text: str) -> None:
    """'demonstrate that ...' shows something; no demonstration (141)."""
    found = triples(events_of, text)
    assert not any(c.startswith("14") for c, _, _ in found), found


def test_issue_3_s18t_official_dismissed_is_no_rejection(events_of: Any) -> None:
    """An official 'was dismissed as' head of a body is let go, no rejection (120); a
    government dismissing accusations denies them (016, a statement: the twentieth session's
    reading, as "rejected accusations" is), while dismissing a proposal still rejects it."""
    assert not triples(events_of, "The finance minister was dismissed as head of the "
                                  "privatisation commission.")
    found = triples(events_of, "Russia dismissed the accusations as absurd.")
    assert not [c for c, _, _ in found if c[:2] == "12"], found
    found = triples(events_of, "Russia dismissed the American proposal as absurd.")
    assert has_event(found, "120", "RUS"), found


@pytest.mark.parametrize(("text", "source"), [
    ("Russian regulators ordered cable providers to stop carrying the independent channel "
     "Dozhd.", "RUS"),
    ("The Turkish regulator ordered satellite operators to stop broadcasting the Kurdish "
     "channel Med TV.", "TUR"),
])
def test_issue_3_s18t_carriers_ordered_to_drop_an_outlet(events_of: Any, text: str,
                                                        source: str) -> None:
    """Carriers ordered to stop carrying a channel restrict that outlet (1721), no demand."""
    found = triples(events_of, text)
    assert has_event(found, "1721", source), found
    assert not any(c == "100" for c, _, _ in found), found


@pytest.mark.parametrize(("text", "country"), [
    ("Kazakh authorities closed down the opposition weekly Respublika on Friday.", "KAZ"),
    ("Algerian authorities shut down the independent daily El Watan for two weeks.", "DZA"),
])
def test_issue_3_s18t_outlet_closed_down_by_a_state(events_of: Any, text: str,
                                                   country: str) -> None:
    """A news outlet a state's authorities close down is a restriction (1721) on it."""
    found = triples(events_of, text)
    assert has_event(found, "1721", country, country), found


def test_issue_3_s18t_publisher_closing_a_magazine_is_business(events_of: Any) -> None:
    """A publisher closing its magazine restricts no freedom."""
    found = triples(events_of, "The publisher closed down the weekly magazine Vanity in London.")
    assert not any(c.startswith("17") for c, _, _ in found), found


@pytest.mark.parametrize(("text", "country"), [
    ("President Petro ordered government negotiators to suspend peace talks with the ELN "
     "rebels.", "COL"),
    ("The Ugandan president ordered his delegation to halt talks with the rebels in Nairobi.",
     "UGA"),
])
def test_issue_3_s18t_envoys_ordered_to_halt_talks(events_of: Any, text: str,
                                                  country: str) -> None:
    """A leader ordering his own negotiators to halt talks halts them (164), no demand."""
    found = triples(events_of, text)
    assert has_event(found, "164", country), found
    assert not any(c == "100" for c, _, _ in found), found


@pytest.mark.parametrize(("text", "source"), [
    ("Gabon flew 20 tonnes of medical supplies to Cameroon on Tuesday.", "GAB"),
    ("Qatar flew 12 tonnes of surgical supplies into Aden for the city's hospitals.", "QAT"),
])
def test_issue_3_s18t_medical_loads_flown_are_aid(events_of: Any, text: str,
                                                 source: str) -> None:
    """Tonnes of medical or surgical supplies flown in are humanitarian aid (073), no visit."""
    found = triples(events_of, text)
    assert has_event(found, "073", source), found
    assert not any(c == "042" for c, _, _ in found), found


@pytest.mark.parametrize(("text", "code"), [
    ("Rwanda revoked the licences of two independent radio stations on Monday.", "1721"),
    ("Kenya's central bank revoked the licence of a commercial bank linked to an opposition "
     "leader.", "172"),
    ("Ethiopia suspended the licences of three foreign aid agencies working in Tigray.", "1663"),
])
def test_issue_3_s18t_licences_revoked_by_holder(events_of: Any, text: str, code: str) -> None:
    """A licence revoked sanctions its holder: an outlet's restricts freedoms (1721), aid
    agencies' expels them (1663), anyone else's is an administrative sanction (172)."""
    found = triples(events_of, text)
    assert any(c == code for c, _, _ in found), found
    assert not any(c == "160" for c, _, _ in found), found


def test_issue_3_s18t_state_ordered_to_leave_is_expelled(events_of: Any) -> None:
    """A state ordered to leave a base is expelled (166), not deported (174)."""
    found = triples(events_of, "Niger ordered the United States to leave its drone base in "
                               "Agadez within a month.")
    assert has_event(found, "166", "NER", "USA"), found


def test_issue_3_s18t_another_state_ordered_to_withdraw_is_a_demand(events_of: Any) -> None:
    """Another state ordered to withdraw its forces is asked (100); no withdrawal by the
    orderer (0874) is told."""
    found = triples(events_of, "Mali ordered Denmark to withdraw its special forces immediately.")
    assert has_event(found, "100", "MLI", "DNK"), found
    assert not any(c.startswith("087") for c, _, _ in found), found


@pytest.mark.parametrize(("text", "source", "target"), [
    ("The United States handed over 12 Black Hawk helicopters to the Colombian army.",
     "USA", "COL"),
    ("Turkey handed over six armed drones to Niger's air force in Niamey.", "TUR", "NER"),
])
def test_issue_3_s18t_arms_handed_to_a_states_forces(events_of: Any, text: str, source: str,
                                                    target: str) -> None:
    """Arms handed over to a named state's army or air force are military aid (072)."""
    found = triples(events_of, text)
    assert has_event(found, "072", source, target), found


def test_issue_3_s18t_keys_handed_over_are_no_aid(events_of: Any) -> None:
    """Keys handed to tenants are no aid."""
    assert not triples(events_of, "The landlord handed over the keys to the new tenants.")


@pytest.mark.parametrize(("text", "code", "source", "target"), [
    ("Mortar rounds fired from Syria landed in the Turkish town of Reyhanli on Sunday, killing "
     "two people, officials said.", "194", "SYR", "TUR"),
    ("Rockets fired from Lebanon landed in the Israeli town of Metula, wounding three people, "
     "police said.", "190", "LBN", "ISR"),
])
def test_issue_3_s18t_fired_weapons_landing_in_a_reported_clause(
        events_of: Any, text: str, code: str, source: str, target: str) -> None:
    """The landing of fired weapons is the attack also inside a reported clause, where the
    parser makes 'fired' the clause's verb."""
    found = triples(events_of, text)
    assert has_event(found, code, source, target), found


def test_issue_3_s18t_struck_some_of_the_notes_is_no_attack(events_of: Any) -> None:
    """'struck some of the same notes' strikes notes (a figure), read through 'some of';
    'struck several of the positions' by jets stays an air attack."""
    assert not triples(events_of, "The governor struck some of the same notes in her speech "
                                  "in Denver.")
    found = triples(events_of, "Israeli jets struck several of the militants' positions in "
                               "Gaza.")
    assert any(c.startswith("19") for c, _, _ in found), found


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Chad ordered Germany to pull its ambassador out within 48 hours.", "TCD", "DEU"),
    ("Niger ordered France to recall its ambassador on Friday.", "NER", "FRA"),
])
def test_issue_3_s18t_state_ordered_to_recall_its_envoy_is_expelled(
        events_of: Any, text: str, source: str, target: str) -> None:
    """Another state ordered to pull its ambassador out has him expelled (166)."""
    found = triples(events_of, text)
    assert has_event(found, "166", source, target), found


def test_issue_3_s18t_deployment_of_thousands_of_troops(events_of: Any, nlp: Any) -> None:
    """'the deployment of thousands of troops' is a deployment (154), read through the count;
    'of hundreds of volunteers' is none."""
    found = triples(events_of, "China's deployment of thousands of troops along the Indian "
                               "border has alarmed New Delhi.")
    assert has_event(found, "154", "CHN"), found
    assert not any(c.startswith("15") for c, _ in frames(
        nlp, "The deployment of hundreds of volunteers to the flooded towns was praised."))
