"""Issue 3, fourteenth session (events): force and pressure types in older wire copy (forces
readying an attack, suspended links and aid, news outlets closed by order, hacking, human
shields, towns taken, ships hijacked, artillery fired, people driven from their homes),
agentless passives (the subject undergoes blame, cuts and verdicts; courts convict) and the
misfires the brief listed (a beating by police, chlorine gas, the National Guard ordered to a
border, a call in which thanks are given).

Sentences written for these tests; event-level checks read the whole pipeline (code and
countries).
"""

from __future__ import annotations

from typing import Any

import pytest

from event_views import triples

pytestmark = pytest.mark.issue(3)


@pytest.mark.parametrize(("text", "expected"), [
    ("The Ethiopian army was preparing to launch an offensive against Tigrayan rebels.",
     ("150", "ETH")),
    ("Turkish troops prepared to resume shelling Kurdish positions across the Syrian border.",
     ("150", "TUR")),
])
def test_issue_3_armed_forces_readying_force_show_it(
        events_of: Any, text: str, expected: tuple[str, str]) -> None:
    """Armed forces preparing to attack show force (150, PLOVER MOBILIZE), no threat in words
    (138); a squad preparing to train is no event at all."""
    assert expected in [(c, s) for c, s, _ in triples(events_of, text)]
    assert not [c for c, _, _ in triples(events_of, text) if c.startswith("13")]
    assert triples(events_of, "The Barcelona squad prepared to resume training on Monday.") == []


def test_issue_3_the_adjective_prepared_stays_a_commitment(events_of: Any) -> None:
    """"is ready to declare martial law" is a stated readiness, kept a threat (13), not a
    show of force."""
    codes = [c for c, _, _ in triples(
        events_of, "Iraq's interim government said it is ready to declare martial law.")]
    assert codes and all(c.startswith("13") for c in codes)


@pytest.mark.parametrize(("text", "expected"), [
    ("Kenya declared a suspension of air links with Somalia on Monday.", ("161", "KEN", "SOM")),
    ("Britain halted a part of its military aid program for Uganda.",
     ("1622", "GBR", "UGA")),
    ("The European Union froze some of its development aid to Niger after the coup.",
     ("162", "EU", "NER")),
    ("Canada denied visas to Iranian officials on Monday.", ("163", "CAN", "IRN")),
])
def test_issue_3_links_aid_and_visas_cut(events_of: Any, text: str,
                                         expected: tuple[str, str, str]) -> None:
    """Suspended air links are cut ties (161); part of an aid program suspended is aid cut
    (162, military 1622); visas denied to a state's officials are a sanction (163)."""
    assert expected in triples(events_of, text)


def test_issue_3_no_sanction_without_a_state(events_of: Any) -> None:
    """An airline's suspended flights and a company's suspended dividend are no sanction."""
    assert triples(events_of, "The airline announced a suspension of flights to Lisbon "
                               "because of the storm.") == []
    assert triples(events_of, "The company suspended part of its dividend payments.") == []


@pytest.mark.parametrize("text", [
    "Ecuador's government ordered the opposition weekly El Faro to halt publication.",
    "Zimbabwe's government ordered the independent Daily News to stop publishing.",
    "Venezuelan authorities ordered the closure of the opposition television station RCTV.",
])
def test_issue_3_an_order_closing_a_news_outlet_restricts_freedoms(events_of: Any,
                                                                   text: str) -> None:
    """An order stopping a newspaper or a station restricts freedom of expression (1721),
    not a demand (100); an order to a shop to stop selling is no event."""
    assert [c for c, _, _ in triples(events_of, text)] == ["1721"]
    assert triples(events_of, "The board ordered the shop to stop selling the toys.") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Russia tried to hack into the email accounts of Ukrainian officials.", ("171", "RUS")),
    ("Chinese hackers hacked into the computers of the U.S. Office of Personnel Management.",
     ("171", "CHN")),
])
def test_issue_3_hacking_into_computers_is_coercion(events_of: Any, text: str,
                                                    expected: tuple[str, str]) -> None:
    """Breaking into computers or accounts seizes or damages property (171); the hackers are
    its doers, never what a cut-short passive undergoes."""
    assert [(c, s) for c, s, _ in triples(events_of, text)] == [expected]


def test_issue_3_civilians_held_as_human_shields(events_of: Any) -> None:
    """Holding people as human shields is CAMEO 184."""
    text = "Islamic State fighters were holding hundreds of civilians as human shields in Mosul."
    assert [c for c, _, _ in triples(events_of, text)] == ["184"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Rebels seized the town of Goma in eastern Congo on Tuesday.", ("192", "COD")),
    ("Ukrainian troops retook a village near Kharkiv after heavy fighting.", ("192", "UKR")),
    ("Syrian government forces recaptured the town of Palmyra on Sunday.", ("192", "SYR")),
])
def test_issue_3_taking_a_town_occupies_territory(events_of: Any, text: str,
                                                  expected: tuple[str, str]) -> None:
    """Taking, retaking or recapturing a town or village occupies territory (192), not a
    seizure of property (171); retaking the lead in a match is no event."""
    assert [(c, s) for c, s, _ in triples(events_of, text)] == [expected]
    assert triples(events_of, "The Rangers retook the lead in the second half.") == []


def test_issue_3_gunmen_hijack_ships_states_impound_them(events_of: Any) -> None:
    """Pirates or gunmen seizing a ship hijack it (181) with the ship's flag as target; a
    navy's seizure stays 171; police seizing drugs is no hijacking either."""
    assert triples(events_of, "Somali pirates seized a Greek oil tanker in the Gulf of Aden.") == [
        ("181", "SOM", "GRC")]
    assert [c for c, _, _ in triples(
        events_of, "The Iranian navy seized a British oil tanker in the Strait of Hormuz.")] == [
        "171"]
    assert "181" not in [c for c, _, _ in triples(
        events_of, "Police seized a shipment of cocaine in the port of Rotterdam.")]


def test_issue_3_artillery_rounds_fired_at_a_target(events_of: Any) -> None:
    """Mortar shells fired at positions are fighting with heavy arms (194), not 190; a
    striker's shots at goal are no event."""
    assert triples(events_of, "Pakistani troops fired mortar shells at Indian positions "
                               "in Kashmir.") == [("194", "PAK", "IND")]
    assert triples(events_of, "The striker fired two shots at the goal in the first half.") == []


def test_issue_3_people_driven_from_their_homes(events_of: Any) -> None:
    """Forcing people out of their homes is mass expulsion (201), also when the parser hangs
    "from their homes" on the people and a date stands between; a flood does no such act."""
    text = ("The Burmese army drove out on Sunday some 2,000 Rohingya villagers "
            "from their homes near the border.")
    assert triples(events_of, text) == [("201", "MMR", "MMR")]
    assert triples(events_of, "The flood forced hundreds of families out of their homes "
                               "in Bangladesh.") == []


def test_issue_3_kidnapped_up_to_a_count(events_of: Any) -> None:
    """"kidnapped up to 16 Russian advisers": the parser's particle reading still leaves the
    advisers the target (RUS), not the object of a later verb."""
    text = ("Chechen gunmen abducted up to 12 Turkish construction workers from a building "
            "site and set off two bombs in Grozny.")
    assert ("181", "RUS", "TUR") in triples(events_of, text)


def test_issue_3_a_people_before_riots_against_a_state_riot(events_of: Any) -> None:
    """"Palestinian riots against Israeli policies": the Palestinians riot (145) against
    Israel; "anti-American protests" name no doer, "the French strike on Monday" no target."""
    assert triples(events_of, "Kurdish riots against Turkish security measures went on "
                               "for a third night.") == [("1452", "TUR", "TUR")]
    assert triples(events_of, "Anti-American protests against the embassy continued in "
                               "Karachi.") == []


def test_issue_3_a_passive_attack_aims_at_the_camps_people(events_of: Any) -> None:
    """"A camp for Somali refugees was raided by Kenyan gunmen ..., killing 40 people": the
    refugees (SOM) are attacked, not the uncounted dead."""
    text = ("A camp for Somali refugees was raided by Kenyan gunmen carrying rifles and "
            "grenades, killing at least 40 people.")
    assert ("190", "KEN", "SOM") in triples(events_of, text)


@pytest.mark.parametrize("text", [
    "The former Peruvian president was criticized for his remarks on the election.",
    "The Kenyan minister was accused of corruption on Tuesday.",
    "Two Israeli diplomats were expelled on Monday.",
])
def test_issue_3_an_agentless_passive_subject_is_no_doer(events_of: Any, text: str) -> None:
    """With no agent, the subject of passive blame or an expulsion undergoes it: no event
    makes it the critic or the expeller (and no doer is named, so none is coded)."""
    assert triples(events_of, text) == []


def test_issue_3_a_passive_accusation_keeps_a_stray_by_agent(events_of: Any) -> None:
    """"X has been accused of misusing funds, much of it believed embezzled, by Y": the
    parser hangs "by Y" on the clause above; Y still accuses X."""
    text = ("The deposed Malawian leader has been accused of squandering as much as $30 "
            "million in state funds, most of it believed to have vanished, by the new "
            "Malawian government officials.")
    assert [c[:2] for c, s, t in triples(events_of, text) if s == "MWI" and t == "MWI"] == ["11"]


@pytest.mark.parametrize(("text", "expected"), [
    ("A Chinese dissident was found guilty of subversion by a Beijing court.",
     ("116", "CHN", "CHN")),
    ("A Russian court convicted the opposition leader of fraud on Tuesday.",
     ("116", "RUS", "RUS")),
    ("The Egyptian activist was convicted of spreading false news.", ("116", "EGY", "EGY")),
    ("An American teacher was found guilty of espionage in Moscow.", ("116", "RUS", "USA")),
    ("Former CIA director David Petraeus was indicted and convicted for a breach of his duty.",
     ("116", "USA", "USA")),
])
def test_issue_3_verdicts_find_guilty(events_of: Any, text: str,
                                      expected: tuple[str, str, str]) -> None:
    """A conviction is CAMEO 116 (find guilty), by the court named, else the courts of the
    place or of the accused's country; the accused is the target, never the doer."""
    assert expected in triples(events_of, text)


def test_issue_3_an_acquittal_names_no_genocide(events_of: Any) -> None:
    """"was acquitted of genocide": a court's ruling (116), and no genocide by the accused."""
    found = triples(events_of, "The former Guatemalan dictator was acquitted of genocide "
                                "by a court in Guatemala City.")
    assert found == [("116", "GTM", "GTM")]


def test_issue_3_a_beating_by_police_in_the_passive(events_of: Any) -> None:
    """A passive beating is coded as the active one: a journalist beaten by soldiers is
    assault (182), a protester beaten by police repression (175), never generic force."""
    assert triples(events_of, "Two journalists were beaten by soldiers in Harare.") == [
        ("182", "ZWE", "ZWE")]
    assert triples(events_of, "A Palestinian protester was beaten by Israeli police in "
                               "Jerusalem.") == [("175", "ISR", "PSE")]
    assert triples(events_of, "Arsenal were beaten 2-0 by Chelsea on Saturday.") == []


def test_issue_3_chlorine_gas_and_the_national_guard(events_of: Any) -> None:
    """"used chlorine gas against civilians" uses chemical weapons (2041), not tear gas
    (175); "ordered the National Guard to the border" deploys it (154), no agreement."""
    assert [c for c, _, _ in triples(events_of, "Syrian government forces used chlorine gas "
                                                 "against civilians in Douma.")] == ["2041"]
    assert [(c, s) for c, s, _ in triples(
        events_of, "President Trump ordered the National Guard to the border.")] == [
        ("154", "USA")]
    assert [c for c, _, _ in triples(
        events_of, "The prisoner ordered his guards to open the gate.")] != ["154"]


def test_issue_3_a_call_in_which_thanks_are_given(events_of: Any) -> None:
    """"called the Lebanese president and thanked him": the call (041) and the thanks (051);
    "called Clinton a liar" is no phone call."""
    found = triples(events_of, "Macron called the Lebanese president and thanked him for "
                                "his support.")
    assert ("041", "FRA", "LBN") in found and ("051", "FRA", "LBN") in found
    assert "041" not in [c for c, _, _ in triples(
        events_of, "Trump called Clinton a liar and attacked her record.")]


def test_issue_3_demands_pressed_by_a_protest_are_its_aim(events_of: Any) -> None:
    """"blocked roads to press their demands for more rights": the demands are what the
    protest is for (144), no second event (020), as "to demand X" is not."""
    assert [c for c, _, _ in triples(
        events_of, "Thousands of Kenyan teachers marched in Nairobi to press their demands "
                   "for higher pay.")] == ["1412"]
    assert [c for c, _, _ in triples(
        events_of, "Young Egyptians blocked roads in Cairo on Monday to press their demands "
                   "for more rights.")] == ["1443"]


@pytest.mark.parametrize(("text", "expected"), [
    ("The Ugandan opposition leader was charged with treason on Monday.", ("173", "UGA", "UGA")),
    ("The senator was charged with leaking classified documents.", ("173", "USA", "USA")),
    ("The coup leaders of Mali were tried for treason in Bamako.", ("173", "MLI", "MLI")),
])
def test_issue_3_agentless_charges_and_trials_are_legal_action(
        events_of: Any, text: str, expected: tuple[str, str, str]) -> None:
    """A charge laid or a trial held with no agent is legal action (173) by the authorities of
    the place or of the accused's country; the accused undergoes it."""
    assert expected in triples(events_of, text)


def test_issue_3_an_attempt_is_no_trial(events_of: Any) -> None:
    """"was tried on mice" is no trial; "charged with being soft on crime by his rival" is
    words, no legal action."""
    assert triples(events_of, "The new formula was tried on mice.") == []
    assert "173" not in [c for c, _, _ in triples(
        events_of, "He was charged with being soft on crime by his Republican rival.")]


def test_issue_3_a_resumed_act_is_told_once(events_of: Any) -> None:
    """"resumed shelling rebel positions" is one shelling (194), not the resuming and the
    shelling as two; readied ("prepared to resume shelling") it is only the posture (150)."""
    assert [c for c, _, _ in triples(
        events_of, "Sudanese troops resumed shelling rebel positions in Kordofan on Monday.")] == [
        "194"]
    assert [c for c, _, _ in triples(
        events_of, "Armenian troops prepared to resume shelling Azerbaijani positions.")] == [
        "150"]


def test_issue_3_people_held_hostage(events_of: Any) -> None:
    """Holding people hostage, counted or named, is hostage-taking (181); a budget or a
    nomination "held hostage" is politics, and "was held hostage" a state, no new act."""
    assert [(c, s, t) for c, s, t in triples(
        events_of, "Somali pirates are holding 20 Filipino sailors hostage.")] == [
        ("181", "SOM", "PHL")]
    for text in ("Republicans are holding the budget hostage, the Democratic leader said.",
                 "The journalist was held hostage in Syria for two years."):
        assert "181" not in [c for c, _, _ in triples(events_of, text)]
