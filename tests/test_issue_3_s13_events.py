"""Issue 3, thirteenth session (events): force and pressure types in wire copy (police raids,
crushed protests, fire on crowds, expulsions of officials or of people, suspensions, relief
deployments, civil mobilizing, causing verbs) and the misfires left open by the twelfth
review (verbal attacks over a raid or on an office holder, sports scorelines, failed talks,
regret of one's own words, criminals' attacks).

Sentences written for these tests; event-level checks read the whole pipeline (code and
countries).
"""

from __future__ import annotations

from typing import Any

import pytest

from event_views import triples

pytestmark = pytest.mark.issue(3)


def _codes(events_of: Any, text: str) -> list[str]:
    """The CAMEO codes of every event of ``text``, in order."""
    return [c for c, _, _, _ in events_of.codes(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Senator Marco Rubio attacked a federal prosecutor on Monday for dropping the case.",
     ("111", "USA")),
    ("Senate Republicans attacked the Justice Department over the raid on the senator's home.",
     ("111", "USA")),
    ("Sanders attacked Clinton over her record on guns.", ("111", "USA")),
])
def test_issue_3_an_attack_over_a_raid_or_on_an_office_is_words(
        events_of: Any, text: str, expected: tuple[str, str]) -> None:
    """What an attack is over ("the raid", "her record on guns") is no sign of its means, and
    a named person's attack on a civilian office holder is criticism (111), not force."""
    assert [(c, s) for c, s, _ in triples(events_of, text)] == [expected]


@pytest.mark.parametrize("text", [
    "Gunmen attacked a prosecutor's convoy in the Mexican state of Sinaloa on Monday.",
    "Israel attacked Hamas positions in Gaza over the rocket fire on Sderot.",
])
def test_issue_3_armed_attacks_stay_force(events_of: Any, text: str) -> None:
    """Armed doers, or a state attacking an armed group's positions, still use force (190)."""
    assert _codes(events_of, text) == ["190"]


@pytest.mark.parametrize("text", [
    "Real Madrid crushed Barcelona 3-1 at the Bernabeu on Saturday.",
    "Armed robbers attacked a bank in central Nairobi and escaped with cash.",
    "Peace talks between the government and the rebels broke down in Oslo on Friday.",
    "The negotiations between the two neighbours collapsed in March.",
    "The senator said she regretted her comments about the veterans.",
    "The company suspended production at its factory in Poland.",
    "Twelve students were expelled from the academy for cheating.",
])
def test_issue_3_no_event_in_sport_crime_failed_talks_or_regret(events_of: Any,
                                                                  text: str) -> None:
    """A win by a scoreline, a robbery, talks that broke down, regret of one's own words, a
    business suspension and a school's discipline are no events between political actors."""
    assert not _codes(events_of, text)


def test_issue_3_regretting_anothers_decision_still_disapproves(events_of: Any) -> None:
    """Regret of another's act keeps the dictionary's disapproval (110)."""
    assert _codes(events_of, "Israel regretted the decision of the Security Council.") == [
        "110"]


def test_issue_3_a_police_raid_is_coercion(events_of: Any) -> None:
    """Police raiding an office with no one harmed coerce (170), no armed assault (190)."""
    text = "Police raided the offices of an opposition weekly in Minsk on Wednesday."
    assert triples(events_of, text) == [("170", "BLR", "BLR")]


def test_issue_3_a_raid_by_rebels_is_force(events_of: Any) -> None:
    """Rebels raiding a village and killing people use force."""
    assert _codes(events_of, "Rebels raided a village in northern Uganda, killing 11 people.") == [
        "190"]


def test_issue_3_crushing_protests_is_repression(events_of: Any) -> None:
    """Crushing protests is violent repression (175), no generic force."""
    text = "Syrian troops crushed the demonstrations in Homs with live ammunition."
    assert _codes(events_of, text) == ["175"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Rwanda expelled a Belgian journalist on Tuesday.", ("174", "RWA", "BEL")),
    ("Italy expelled 40 Tunisian migrants on Monday.", ("174", "ITA", "TUN")),
    ("Chad expelled the Sudanese ambassador on Monday.", ("166", "TCD", "SDN")),
])
def test_issue_3_expelling_people_deports_expelling_officials_sanctions(
        events_of: Any, text: str, expected: tuple[str, str, str]) -> None:
    """Expelling diplomats reduces relations (166, SANCTION); expelling other people deports
    them (174, COERCE)."""
    assert triples(events_of, text) == [expected]


def test_issue_3_recalling_an_envoy_aims_at_the_host_country(events_of: Any) -> None:
    """"recalled its ambassador to Estonia for consultations": aimed at Estonia."""
    text = "Moscow recalled its ambassador to Estonia for consultations after the dispute."
    assert triples(events_of, text) == [("161", "RUS", "EST")]


@pytest.mark.parametrize(("text", "expected"), [
    ("General Musharraf suspended the constitution on Saturday.", "172"),
    ("The United States suspended $40 million in military aid to Honduras.", "1622"),
    ("The African Union suspended Mali after the coup.", "160"),
])
def test_issue_3_what_a_suspension_stops(events_of: Any, text: str, expected: str) -> None:
    """Suspending the constitution restricts freedoms (172), suspending aid cuts it (162),
    suspending a state reduces relations (160)."""
    assert _codes(events_of, text) == [expected]


def test_issue_3_a_relief_deployment_is_no_mobilization(events_of: Any) -> None:
    """Troops deployed to help flood victims bring aid, no show of force (15)."""
    codes = _codes(events_of, "Troops were deployed to help victims of the floods in Sindh.")
    assert codes == ["070"]


def test_issue_3_a_deployment_of_troops_still_mobilizes(events_of: Any) -> None:
    """Troops deployed to a border mobilize (154)."""
    text = "Venezuela deployed 9,000 troops to the Colombian border on Thursday."
    assert _codes(events_of, text) == ["154"]


def test_issue_3_causing_verbs_give_the_act_to_their_object(events_of: Any) -> None:
    """"prompting North Korea to put its troops on alert": North Korea raises the alert."""
    text = ("Seoul and Washington began joint military drills on Monday, prompting North Korea "
            "to put its troops on high alert.")
    alerts = [s for c, s, _ in triples(events_of, text) if c == "152"]
    assert alerts == ["PRK"]


def test_issue_3_a_party_mobilizing_voters_is_no_mobilization(events_of: Any) -> None:
    """Democrats who will mobilize (to vote) are no armed force."""
    text = "Organizers said the Democrats in Ohio will mobilize to help her win the state."
    assert not [c for c in _codes(events_of, text) if c.startswith("15")]


def test_issue_3_sentencing_is_legal_action(events_of: Any) -> None:
    """A court sentencing someone is legal action (173)."""
    text = "A court in Moscow sentenced the former oil executive to eight years in prison."
    assert _codes(events_of, text) == ["173"]


@pytest.mark.parametrize("text", [
    "The senator appeared to recognize how significant the Nevada result was.",
    "The state tends to route its borrowing through the development bank.",
    "The chairman backed freeing the delegates to vote their conscience.",
])
def test_issue_3_other_senses_of_recognize_tend_and_free(events_of: Any, text: str) -> None:
    """Recognizing a fact's significance, a habit ("tends to") and leave to act ("freeing the
    delegates to vote") are no recognition (054), care (074) or release (0841)."""
    codes = _codes(events_of, text)
    assert not [c for c in codes if c[:3] in ("054", "074", "084")]


def test_issue_3_releasing_prisoners_with_a_purpose_is_still_a_release(events_of: Any) -> None:
    """"released 50 prisoners to appease the rebels": the purpose leaves the release (0841)."""
    assert "0841" in _codes(events_of, "The junta released 50 prisoners to appease the rebels.")


@pytest.mark.parametrize("text", [
    "The army denied that its soldiers had fired on the ambulance near Nablus.",
    "The rebels denied attacking the aid convoy near Goma.",
])
def test_issue_3_a_denied_deed_is_not_reported_as_done(events_of: Any, text: str) -> None:
    """A deed its doer denies ("denied that its soldiers had fired on X") is no force."""
    assert not [c for c in _codes(events_of, text) if c[:2] in ("18", "19")]


def test_issue_3_expelling_from_a_region_aims_at_the_expelled(events_of: Any) -> None:
    """"threatened to expel all aid agencies from Darfur": the agencies are aimed at, Darfur is
    only where they leave, so the threat stands (not a state's act on its own region)."""
    text = "Khartoum threatened to expel all foreign aid agencies from Darfur."
    assert _codes(events_of, text) == ["131"]


def test_issue_3_warplanes_striking_use_aerial_weapons(events_of: Any) -> None:
    """Warplanes that strike positions employ aerial weapons (195)."""
    text = "Turkish warplanes struck Kurdish rebel positions in northern Iraq overnight."
    assert triples(events_of, text) == [("195", "TUR", "IRQ")]


def test_issue_3_fighting_for_a_cause_is_no_force(events_of: Any) -> None:
    """"a lawyer who has fought for fair wages": a campaign, no combat (19)."""
    text = "The mayor is a lawyer who has fought for cheaper housing and fair wages in Boston."
    assert not [c for c in _codes(events_of, text) if c.startswith("19")]


def test_issue_3_rebels_fighting_for_independence_still_fight(events_of: Any) -> None:
    """Armed doers fighting for a cause use force."""
    text = "Eritrean rebels have fought for independence from Ethiopia since 1961."
    assert [c for c in _codes(events_of, text) if c.startswith("19")]


def test_issue_3_a_named_storm_is_a_natural_cause(events_of: Any) -> None:
    """"after superstorm Sandy ravaged New Jersey": a storm, no force."""
    text = "A day after superstorm Sandy ravaged New Jersey, the governor toured the coast."
    assert not [c for c in _codes(events_of, text) if c[:2] in ("18", "19")]


def test_issue_3_attacking_a_candidate_personally_is_words(events_of: Any) -> None:
    """"why he had chosen to attack Trump personally": criticism (111) of the candidate."""
    text = "The host pressed Rubio on why he had chosen to attack Trump personally."
    assert _codes(events_of, text) == ["111"]


def test_issue_3_a_compelled_act_is_no_visit(events_of: Any) -> None:
    """"forced it to sail to Eyl": what a hijacked ship is made to do is no visit (042); the
    hijacking is the event (181)."""
    text = ("Somali pirates hijacked a Greek tanker in the Gulf of Aden and forced it to sail "
            "to Eyl.")
    codes = _codes(events_of, text)
    assert "181" in codes and "042" not in codes


def test_issue_3_bulldozing_homes_destroys_property(events_of: Any) -> None:
    """Flattening homes destroys property (1712), no generic force (190)."""
    text = "Israeli troops flattened 12 Palestinian homes in Hebron on Monday."
    assert _codes(events_of, text) == ["1712"]


@pytest.mark.parametrize("text", [
    "The ad tries to shift the conversation from taxes to health care.",
    "Wins in Oregon and Kentucky would yield victories for the senator and change the "
    "conversation before the convention.",
    "The campaign sought to quash concerns about its fundraising.",
    "The newspaper obtained 40 emails that the minister sent or received from a private account.",
])
def test_issue_3_topics_results_and_mail_are_no_acts(events_of: Any, text: str) -> None:
    """A conversation steered, victories yielded, concerns quashed and emails received are
    no meeting (040), concession (080), mobilization (154) or visit hosted (043)."""
    assert not _codes(events_of, text)


def test_issue_3_walking_out_of_talks_halts_them(events_of: Any) -> None:
    """"walked out of the peace talks": negotiations halted (164, SANCTION), no strike."""
    text = "The rebels walked out of the peace talks with the government in Arusha."
    assert _codes(events_of, text) == ["164"]


def test_issue_3_a_strike_walkout_stays_a_strike(events_of: Any) -> None:
    """Workers walking out for a day strike (143)."""
    assert _codes(events_of, "Nurses in Nairobi walked out for a day over pay.") == ["1432"]


def test_issue_3_armed_forces_expelling_a_multitude_is_mass_expulsion(events_of: Any) -> None:
    """Troops expelling tens of thousands of people engage in mass expulsion (201)."""
    text = "Serbian troops expelled tens of thousands of ethnic Albanians from Kosovo."
    assert _codes(events_of, text) == ["201"]


def test_issue_3_a_suicide_bomber_is_no_aircraft(events_of: Any) -> None:
    """"A suicide bomber rammed a car into a convoy": a suicide bombing (1831), not an air
    strike (195)."""
    text = "A suicide bomber rammed an explosives-laden car into a NATO convoy in Kabul."
    assert _codes(events_of, text) == ["1831"]


def test_issue_3_a_state_named_before_a_strike_does_it(events_of: Any) -> None:
    """"after the U.S. strike on the airport": the United States strikes (190), besides the
    alert raised."""
    text = "Iran raised its military alert level after the U.S. strike on the airport."
    assert ("190", "USA") in [(c, s) for c, s, _ in triples(events_of, text)]


def test_issue_3_a_labour_strike_disrupting_flights_is_no_sanction(events_of: Any) -> None:
    """"disrupted flights": no cut in relations (160)."""
    assert not _codes(events_of, "The French strike on Monday disrupted flights at Paris "
                                 "airports.")


def test_issue_3_deported_from_a_state_is_that_states_act(events_of: Any) -> None:
    """"refugees were deported from Iran": Iran deports them (174), not the refugees."""
    text = "More than 300 Afghan refugees were deported from Pakistan last week."
    assert triples(events_of, text) == [("174", "PAK", "AFG")]


@pytest.mark.parametrize(("text", "expected"), [
    ("The United States boycotted the Moscow Olympics over the invasion of Afghanistan.",
     ["163"]),
    ("The Arab League imposed a boycott on Israeli goods in 1948.", ["163"]),
    ("Consumers in Jordan boycotted Danish products after the cartoons were printed.",
     ["143"]),
])
def test_issue_3_a_states_boycott_sanctions_a_crowds_protests(events_of: Any, text: str,
                                                              expected: list[str]) -> None:
    """A state's or an intergovernmental body's boycott is a sanction (163, SANCTION);
    consumers' boycott is a protest (143)."""
    assert _codes(events_of, text) == expected


def test_issue_3_in_protest_is_the_motive_of_a_coded_act(events_of: Any) -> None:
    """"boycotted the summit in protest against the invasion": one act, no demonstration."""
    text = "Arab states boycotted the summit in Baghdad in protest against the invasion."
    assert _codes(events_of, text) == ["163"]


@pytest.mark.parametrize("text", [
    "The minister received more than $40,000 from small donors after the senator endorsed "
    "him.",
    "The report was based on calendars kept by her aides, documents the agency received "
    "after a lawsuit.",
])
def test_issue_3_receiving_things_hosts_no_visit(events_of: Any, text: str) -> None:
    """Receiving money or documents hosts no visit (043)."""
    assert "043" not in _codes(events_of, text)


def test_issue_3_receiving_a_leader_hosts_a_visit(events_of: Any) -> None:
    """"received the visiting Pakistani prime minister in Beijing": a visit hosted (043)."""
    text = "President Xi received the visiting Pakistani prime minister in Beijing on Monday."
    assert triples(events_of, text) == [("043", "CHN", "PAK")]


@pytest.mark.parametrize(("text", "expected"), [
    ("The European Union cut development aid to Niger after the coup.", "162"),
    ("Britain froze humanitarian assistance to the Palestinian Authority.", "1623"),
])
def test_issue_3_a_cut_of_aid_keeps_its_kind(events_of: Any, text: str, expected: str) -> None:
    """Cutting humanitarian aid is 1623 (military 1622); development aid stays 162."""
    assert _codes(events_of, text) == [expected]
