"""Issue 3, twelfth session (events): PLOVER type distinctions on wire-style news (threats of
a price to pay, official protests, pledged aid, decisions taken, figures of speech) and the
misfires left open by the eleventh review (phrasal attacks, attacks on armed bodies, court
appeals, agentless compulsion, topics reviewed, sports scorelines, a summons' purpose).

Sentences written for these tests; event-level checks read the whole pipeline (code and
countries).
"""

from __future__ import annotations

from typing import Any

import pytest

from event_views import triples

pytestmark = pytest.mark.issue(3)


@pytest.mark.parametrize(("text", "expected"), [
    ("Moscow warned Kiev that it would pay a heavy price for the drone strikes.",
     [("130", "RUS", "UKR")]),
    ("China warned the Philippines that it would face consequences.", [("130", "CHN", "PHL")]),
])
def test_issue_3_a_price_to_pay_is_a_threat(events_of: Any, text: str,
                                            expected: list[tuple[str, str, str]]) -> None:
    """Warning a state that it would pay a price or face consequences threatens it (130); the
    price's reason ("for the drone strikes") is no threatened attack of its own."""
    assert triples(events_of, text) == expected


def test_issue_3_a_forecast_is_still_no_threat(events_of: Any) -> None:
    """A warning of the warned party's own prospects stays advice, as before."""
    assert not events_of("The IMF warned Egypt that it would miss its deficit target.")


@pytest.mark.parametrize(("text", "expected"), [
    ("Senator Chuck Grassley tore into the Attorney General at a Senate hearing on Monday.",
     ("111", "USA")),
    ("Senator John McCain ripped into the Pentagon over its handling of the Niger ambush.",
     ("111", "USA")),
    ("Senator Ron Wyden attacked the CIA over its spying on Senate staff.", ("111", "USA")),
])
def test_issue_3_politicians_attack_in_words(events_of: Any, text: str,
                                             expected: tuple[str, str]) -> None:
    """A politician ripping or tearing into someone, or attacking an armed or police body
    over something, criticises it (111): the body attacked is no sign of arms."""
    codes = triples(events_of, text)
    assert [(c, s) for c, s, _ in codes] == [expected]


def test_issue_3_tearing_into_aims_at_whom_it_tears_into(events_of: Any) -> None:
    """"tore into the nominee at a Senate hearing": the nominee is attacked, not the hearing."""
    text = "Senator Elizabeth Warren tore into the nominee at a Senate hearing on Tuesday."
    events = events_of(text)
    assert [e.code for e in events] == ["111"]
    assert events_of.cited(text, events[0].target) == "the nominee"


def test_issue_3_armed_attackers_still_use_force(events_of: Any) -> None:
    """Gunmen attacking a police station, and a truck ripping into police officers, are no
    words."""
    assert [c[:2] for c, _, _ in triples(
        events_of, "Gunmen attacked the FBI field office in the city on Monday.")] == ["19"]
    assert not [c for c, _, _ in triples(
        events_of, "A truck ripped into a line of police officers in Nice.") if c == "111"]


def test_issue_3_rallying_to_a_possessor_s_defense_is_support(events_of: Any) -> None:
    """"rallied to the president's defense": verbal support (052) of the president, no rally."""
    codes = triples(events_of,
                     "Senate Republicans rallied to the president's defense on Wednesday.")
    assert [c[:2] for c, _, _ in codes] == ["05"]


@pytest.mark.parametrize("text", [
    "The former governor appealed the conviction on Friday.",
    "Lawyers for the senator appealed against the verdict to the state supreme court.",
    "The Kenyan opposition was forced into a humiliating retreat after the vote.",
    "The cabinet minister was forced to resign after the scandal broke.",
    "Lavrov and Blinken reviewed the truce at a meeting in Geneva.",
    "Arsenal defeated Tottenham 3-1 at the Emirates Stadium on Sunday.",
    "The finance minister attacked the problem of inflation with higher interest rates.",
])
def test_issue_3_no_political_event(events_of: Any, text: str) -> None:
    """Court appeals, compulsion with no agent, a truce reviewed, a match won by a scoreline and
    a problem "attacked" are no political events (a resignation alone may be coded)."""
    assert not [e for e in events_of(text) if e.root_code in ("02", "17", "08", "19", "11")
                and e.code != "0831"]


def test_issue_3_appeals_to_people_stay_appeals(events_of: Any) -> None:
    """An appeal to a political actor is still one (020)."""
    codes = triples(events_of, "Pope Francis appealed to Russia to end the war in Ukraine.")
    assert [c[:2] for c, _, _ in codes] == ["02"]


def test_issue_3_a_summons_purpose_is_the_main_event(events_of: Any) -> None:
    """"summoned the envoy to protest X": the state's protest is an official complaint (114)
    at the summoned envoy's country, and it is the sentence's main event."""
    events = events_of("Japan summoned the Chinese ambassador to protest the detention of "
                       "its citizens.")
    coded = {(e.code, e.source.country if e.source else None,
              e.target.country if e.target else None, e.main) for e in events}
    assert ("114", "JPN", "CHN", True) in coded
    assert ("040", "JPN", "CHN", False) in coded


def test_issue_3_a_crowd_protest_stays_a_protest(events_of: Any) -> None:
    """Crowds protesting are demonstrators (14), not officials complaining."""
    codes = triples(events_of, "Thousands of teachers protested the pension reform in Lima.")
    assert [c[:2] for c, _, _ in codes] == ["14"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Britain pledged 50 million pounds in humanitarian aid to Sudan.", ("0333", "GBR", "SDN")),
    ("Washington promised military assistance to Taiwan.", ("0332", "USA", "TWN")),
])
def test_issue_3_pledged_aid_is_an_intent_to_give_aid(events_of: Any, text: str,
                                                      expected: tuple[str, str, str]) -> None:
    """A pledge of aid is an intent to give aid of its kind (033x), not a bare intent (030)."""
    assert triples(events_of, text) == [expected]


def test_issue_3_walking_off_the_job_is_a_strike(events_of: Any) -> None:
    """"walked off the job on Monday": a strike (143), the date no place left."""
    codes = triples(events_of, "Miners in Peru walked off the job on Monday over pay.")
    assert [c for c, _, _ in codes] == ["1432"]  # over pay: for a policy change


def test_issue_3_an_accused_deed_is_the_accusation_s_content(events_of: Any) -> None:
    """"accused Russia of shelling X": the accusation (112) alone, no shelling by the accuser."""
    codes = triples(events_of, "Georgia accused Russia of bombing villages near Gori.")
    assert codes == [("112", "GEO", "RUS")]


def test_issue_3_a_verdict_named_with_as_is_no_act(events_of: Any) -> None:
    """"condemned the law as an attack on press freedom": one criticism, no attack."""
    codes = triples(events_of, "Austria condemned Hungary's new law as an attack on "
                                "academic freedom.")
    assert [(c, s) for c, s, _ in codes] == [("111", "AUT")]


def test_issue_3_a_decision_to_act_is_the_act(events_of: Any) -> None:
    """"decided to release prisoners": the release (0841), not an intent to yield (035)."""
    codes = triples(events_of, "Myanmar's junta decided to release 700 political prisoners.")
    assert [c for c, _, _ in codes] == ["0841"]


def test_issue_3_arrests_in_raids_are_one_act(events_of: Any) -> None:
    """"detained journalists in dawn raids": the arrest (173), no separate assault."""
    codes = triples(events_of, "Egyptian police detained 14 activists in dawn raids in Cairo.")
    assert [c for c, _, _ in codes] == ["173"]


def test_issue_3_combat_readiness_is_an_alert(events_of: Any) -> None:
    """"placed its troops on combat readiness": a raised alert (152)."""
    codes = triples(events_of, "Armenia placed its troops on combat readiness.")
    assert codes == [("152", "ARM", "ARM")]


@pytest.mark.parametrize("text", [
    "The fact-checking site gave the senator four Pinocchios for the claim.",
    "The measure would hand the mayor authority to postpone the fare rise.",
    "The charity provided the children with a free education.",
])
def test_issue_3_gifts_that_are_no_aid(events_of: Any, text: str) -> None:
    """Giving ratings, powers or an education is no aid (07)."""
    assert not [e for e in events_of(text) if e.root_code == "07"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Iran provided the Houthis with missiles and drones.", ("070", "IRN", "YEM")),
    ("Japan gave Indonesia two patrol boats.", ("070", "JPN", "IDN")),
    ("Norway gave Malawi $20 million to fight the drought.", ("070", "NOR", "MWI")),
])
def test_issue_3_material_gifts_stay_aid(events_of: Any, text: str,
                                         expected: tuple[str, str, str]) -> None:
    """Arms, craft and money given are aid (070)."""
    assert expected in triples(events_of, text)


def test_issue_3_pressing_one_s_attack_is_the_attack(events_of: Any) -> None:
    """"pressed his attack on X": criticism (111) going on, no appeal (020)."""
    codes = triples(events_of, "Senator Ted Cruz pressed his attack on Donald Trump on Friday.")
    assert codes == [("111", "USA", "USA")]


def test_issue_3_hosting_a_show_is_no_meeting(events_of: Any) -> None:
    """"an activist who hosts an MSNBC show": a broadcast, no visit hosted (043); the meeting
    with him stays."""
    events = events_of("Sanders met Al Sharpton, the preacher who hosts a weekly MSNBC "
                       "program, at a Harlem restaurant.")
    assert [e.code for e in events] == ["040"]


def test_issue_3_a_politician_s_reported_support_is_a_stance(events_of: Any) -> None:
    """"Candidates said they support charter schools": a stance told through a pronoun, no act;
    a head of government's support stays one."""
    assert not events_of("Several Republican candidates said they support school vouchers.")
    codes = triples(events_of, "The German chancellor said she supports Ukraine's bid to "
                                "join the European Union.")
    assert [c[:2] for c, _, _ in codes] == ["05"]


def test_issue_3_an_avoided_act_is_not_done(events_of: Any) -> None:
    """"avoided criticizing X", "refrained from attacking X": no criticism, no attack."""
    assert not events_of("The governor has avoided directly criticizing the president.")
    assert not events_of("Turkey refrained from attacking Kurdish positions in Syria.")


@pytest.mark.parametrize(("text", "root"), [
    ("The rebels refused to attend the peace talks in Doha.", "12"),
    ("Hungary refused to join the EU sanctions on Russian gas.", "12"),
])
def test_issue_3_refusing_to_join_an_act_rejects_it(events_of: Any, text: str,
                                                   root: str) -> None:
    """Refusing to attend talks or join sanctions rejects them (12), no meeting (04) or
    sanction (16) held."""
    assert {c[:2] for c, _, _ in triples(events_of, text)} == {root}


def test_issue_3_a_proposed_meeting_has_not_happened(events_of: Any) -> None:
    """"rebuffed Turkey's overtures for a meeting": the rejection only, no meeting (04)."""
    codes = triples(events_of, "Syria rebuffed Turkey's overtures for a meeting between the "
                                "two presidents.")
    assert [(c[:2], s, t) for c, s, t in codes] == [("12", "SYR", "TUR")]


def test_issue_3_offering_to_help_mediate_is_an_intent_to_mediate(events_of: Any) -> None:
    """"offered to help mediate": an intent to mediate (039), no mediation (045)."""
    codes = triples(events_of, "Qatar offered to help mediate between Sudan and Chad.")
    assert [(c, s) for c, s, _ in codes] == [("039", "QAT")]


def test_issue_3_easing_requirements_is_easing_restrictions(events_of: Any) -> None:
    """"eased visa requirements": an easing of restrictions (081)."""
    codes = triples(events_of, "Japan eased visa requirements for Chinese tourists.")
    assert [(c, s) for c, s, _ in codes] == [("081", "JPN")]


def test_issue_3_three_sides_talking_meet_each_other(events_of: Any) -> None:
    """"Iran, Russia and Turkey held talks on Syria": the three sides meet each other; the
    topic is no partner."""
    codes = triples(events_of, "Iran, Russia and Turkey held talks on Syria in Astana.")
    assert {(c, s, t) for c, s, t in codes} == {
        ("040", "IRN", "RUS"), ("040", "IRN", "TUR"), ("040", "RUS", "TUR")}


def test_issue_3_a_state_s_own_protest_stays_a_protest(events_of: Any) -> None:
    """Only a summons' purpose makes a state's protest an official complaint (114);
    "Norway protested the seizure" stays 14, as the tenth session's tests ask."""
    codes = triples(events_of, "Norway protested the seizure of a Norwegian trawler by Russia.")
    assert [c[:2] for c, _, _ in codes] == ["14"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Washington threatened new sanctions against Havana.", ("1312", "USA", "CUB")),
    ("Tehran vowed to retaliate against Israel for the killing.", ("138", "IRN", "ISR")),
])
def test_issue_3_threats_by_their_means(events_of: Any, text: str,
                                        expected: tuple[str, str, str]) -> None:
    """A threat of the sanctions it names is 1312 (no sanctions imposed); a vow to retaliate
    threatens force (138), no criticism (111)."""
    assert expected in triples(events_of, text)
    assert not [c for c, _, _ in triples(events_of, text) if c[:2] in ("11", "16")]


def test_issue_3_an_ultimatum_s_content_is_asked_for(events_of: Any) -> None:
    """"issued an ultimatum to X to surrender": the ultimatum (139), no surrender (08)."""
    codes = triples(events_of, "Russia issued an ultimatum to the defenders of the plant to "
                                "surrender.")
    assert [c for c, _, _ in codes] == ["139"]


def test_issue_3_a_sporting_figure_of_speech_is_no_attack(events_of: Any) -> None:
    """"trying to hit singles and doubles": no criticism of anyone (111)."""
    assert not events_of("Her advisers want her to hit steady singles and doubles while her "
                         "rival keeps swinging for the fences.")


def test_issue_3_welcoming_a_visitor_hosts_a_visit(events_of: Any) -> None:
    """"welcomed the U.S. president in Hanoi": a visit hosted (043); "welcomed the agreement"
    stays praise (05)."""
    codes = triples(events_of, "Indonesia welcomed the Chinese president in Jakarta.")
    assert [(c, s, t) for c, s, t in codes] == [("043", "IDN", "CHN")]
    codes = triples(events_of, "Egypt welcomed the agreement between Sudan and Ethiopia.")
    assert {c[:2] for c, _, _ in codes} == {"05"}


@pytest.mark.parametrize(("text", "expected"), [
    ("Opposition newspapers violated a ban by the military governor.", "128"),
    ("Protesters defied the curfew in Yangon.", "128"),
    ("The president reneged on his promise to hold early elections.", "120"),
])
def test_issue_3_defying_a_rule_and_reneging_are_rejections(events_of: Any, text: str,
                                                           expected: str) -> None:
    """Violating a ban or defying a curfew defies a rule (128); reneging on a commitment
    rejects it (120)."""
    assert expected in [c for c, _, _ in triples(events_of, text)]


def test_issue_3_shared_judgements_and_passive_wishes_are_no_acts(events_of: Any) -> None:
    """"experts agree it will be difficult", "said X should be punished": a judgement shared
    and a wish about those it befalls are no agreement (030) or appeal (020); "said Belarus
    must release ..." stays a demand."""
    assert not events_of("The senator and a number of law professors agree the case will be "
                         "hard to win.")
    assert not events_of("The governor said that the rioters should be punished.")
    codes = triples(events_of, "The EU said Belarus must release all political prisoners.")
    assert codes == [("100", "EU", "BLR")]


def test_issue_3_a_person_defeated_is_beaten_at_the_polls(events_of: Any) -> None:
    """"Obama defeated McCain in 2008": an election won, no force (19); troops defeating a
    rebel commander in battle stay force."""
    assert not events_of("Obama defeated McCain in 2008.")
    codes = triples(events_of, "Government troops defeated the rebel commander Jean Bosco in "
                                "the battle for the town.")
    assert [c[:2] for c, _, _ in codes] == ["19"]


def test_issue_3_flying_bombers_is_a_show_of_force(events_of: Any) -> None:
    """"flew strategic bombers near Alaska": a show of force (150), no visit (042)."""
    codes = triples(events_of, "China flew nuclear-capable bombers near Taiwan on Monday.")
    assert [(c, s) for c, s, _ in codes] == [("150", "CHN")]


def test_issue_3_protests_a_measure_hangs_on_are_another_s(events_of: Any) -> None:
    """"withdrew the bill after weeks of protests": the protests are no act of the government
    (no 14 from it)."""
    events = events_of("The Kenyan government withdrew the finance bill after weeks of "
                       "protests.")
    assert not [e for e in events if e.root_code == "14"], events


def test_issue_3_insisting_on_a_subjunctive_is_a_demand(events_of: Any) -> None:
    """"insisted that Russia withdraw": a demand (100) of Russia, no withdrawal; "insisted
    that he was innocent" is none."""
    codes = triples(events_of, "Georgian officials insisted that Russia withdraw its troops.")
    assert codes == [("100", "GEO", "RUS")]
    assert not events_of("The minister insisted that he was innocent.")


@pytest.mark.parametrize(("text", "expected"), [
    ("Pyongyang said it would respond with force to any provocation.", "138"),
    ("Beijing said it would take resolute countermeasures if Manila deployed the missiles.",
     "130"),
])
def test_issue_3_an_announced_coercive_response_is_a_threat(events_of: Any, text: str,
                                                            expected: str) -> None:
    """A response announced with force or, on a condition, countermeasures threatens."""
    assert expected in [c for c, _, _ in triples(events_of, text)]


def test_issue_3_taking_action_on_a_bill_is_no_threat(events_of: Any) -> None:
    """"will take action on the nomination": no threat."""
    assert not events_of("The Senate committee will take action on the nomination next week.")


def test_issue_3_calling_up_reservists_mobilises(events_of: Any) -> None:
    """"called up 300,000 reservists": mobilisation (154); "called up Putin" is no show of
    force (15)."""
    codes = triples(events_of, "Israel called up 300,000 reservists after the attack.")
    assert [(c, s) for c, s, _ in codes] == [("154", "ISR")]
    assert not [c for c, _, _ in triples(events_of, "Trump called up Putin on Tuesday.")
                if c[:2] == "15"]


def test_issue_3_british_recognition_is_recognition(events_of: Any) -> None:
    """"recognised the independence of X": diplomatic recognition (054), as "recognized"."""
    codes = triples(events_of, "Russia recognised the independence of the two breakaway "
                                "regions.")
    assert [(c, s) for c, s, _ in codes] == [("054", "RUS")]
