"""Conflict events (CAMEO roots 14-20) in CAMEO-manual style sentences (seventh session).

Sentences written for these tests: the detection layer's frames give the expected code, one
act gives one frame ("ambushed a patrol, killing six" is one ambush), genuinely distinct acts
stay apart, and non-political force words give no event.
"""

from __future__ import annotations

from typing import Any

import pytest

from storyline.events.detect import frames_in_sentence

pytestmark = pytest.mark.issue(3)


def _codes(nlp: Any, text: str) -> list[str]:  # noqa: ANN401 - spaCy Language
    """The CAMEO codes of every frame the detection layer finds in ``text``."""
    return [f.code for sent in nlp(text).sents for f in frames_in_sentence(sent)]


ONE_ACT = [
    # protests (14): hunger strikes, riots by crowds, roads blocked, a protest's stated aim
    ("1424", "Venezuelan opposition deputies went on hunger strike to press for new elections."),
    ("142", "Bahraini activists launched a hunger strike to demand the king's removal."),
    ("1412", "Thai students held a rally in Bangkok demanding reform of the monarchy."),
    ("1411", "Sudanese demonstrators marched on the presidential palace in Khartoum to demand "
            "that Bashir quit."),
    ("1442", "Kenyan traders blocked highways against the new finance bill."),
    ("1443", "Indigenous groups blockaded roads in Bolivia to demand land rights."),
    ("145", "Protesters stormed government buildings in Almaty."),
    ("145", "Protesters demanding a new constitution clashed violently with police in Lima."),
    # shows of force and mobilization (15)
    ("150", "China staged live-fire drills around Taiwan on Saturday."),
    ("151", "British police raised the alert level across London ahead of the coronation."),
    ("152", "South Korea raised its military alert level after the missile launch."),
    ("153", "Brazil reinforced police units in Rio de Janeiro ahead of the vote."),
    ("154", "Turkey sent reinforcements to its positions in northern Syria."),
    # reduced relations and coercion (16, 17)
    ("163", "Japan restricted exports of chemicals to South Korea."),
    ("166", "Estonia expelled a Russian diplomat."),
    ("174", "Algeria expelled hundreds of migrants into the desert."),
    ("1721", "Russia blocked access to Facebook and Twitter."),
    ("1722", "Thailand's Constitutional Court dissolved the opposition Future Forward party."),
    ("175", "Soldiers beat protesters in Mandalay with batons."),
    ("191", "Troops blocked roads into the rebel-held town."),
    ("192", "Russian troops occupied the Zaporizhzhia nuclear plant."),
    ("192", "The Taliban seized control of Kabul."),
    # assault (18): beatings, rape, bombs by kind, attempts on a life
    ("182", "Masked men beat commuters at Yuen Long station in Hong Kong."),
    ("1823", "A mob beat a Muslim man to death in Rajasthan."),
    ("1821", "Sudanese paramilitaries raped women in Darfur."),
    ("1831", "A suicide bombing at a police mosque in Peshawar killed 100 people."),
    ("1832", "A car bomb exploded near a police station in Diyarbakir."),
    ("1833", "A roadside bomb hit an army vehicle in Helmand."),
    ("185", "Drones armed with explosives tried to kill Venezuelan President Maduro."),
    ("185", "Gunmen wounded the governor in an assassination attempt."),
    # fighting (19), one act per sentence: consequences and restatements are the same act
    ("190", "Jihadists ambushed a Malian army patrol near Gao, killing 11 soldiers."),
    ("194", "Russian forces shelled the town of Bakhmut, wounding 12 civilians."),
    ("190", "Police said Boko Haram militants attacked a village in Borno, killing 30."),
    ("1833", "Militants planted a roadside bomb that struck a military convoy near Kirkuk."),
    ("195", "A Turkish drone strike killed three PKK fighters in northern Iraq."),
    ("190", "Fighting between Ethiopian troops and Tigrayan forces killed hundreds."),
    ("190", "Gunmen fired on a police post in Balochistan."),
    # mass violence (20)
    ("201", "Myanmar soldiers drove more than 700,000 Rohingya from their homes."),
    ("2041", "Syrian government forces used chemical weapons in Douma."),
    ("2041", "Russian agents poisoned Sergei Skripal with a nerve agent in Salisbury."),
    ("2042", "North Korea detonated a nuclear device underground."),
]


@pytest.mark.parametrize(("code", "text"), ONE_ACT)
def test_issue_3_conflict_sentence_gives_one_act_with_its_code(
        nlp: Any, code: str, text: str) -> None:  # noqa: ANN401 - spaCy Language
    """Each sentence reports one act, coded as the CAMEO codebook names it (frame level: the
    event level, with its actors, is checked by the events_of tests below)."""
    assert _codes(nlp, text) == [code]


def test_issue_3_committed_atrocities_are_mass_violence(nlp: Any) -> None:  # noqa: ANN401
    """"committed atrocities" is 200 (its noun echo is dropped at the event level)."""
    assert set(_codes(nlp, "Myanmar's army committed atrocities against the Rohingya.")) == {
        "200"}


TWO_ACTS = [
    (["173", "174"], "Police arrested three activists and expelled two foreign journalists."),
    (["190", "181"], "Rebels attacked the base and took 12 soldiers hostage."),
    (["145", "193"], "Youths rioted in the suburbs of Paris after police shot a teenager."),
]


@pytest.mark.parametrize(("codes", "text"), TWO_ACTS)
def test_issue_3_distinct_acts_stay_apart(
        nlp: Any, codes: list[str], text: str) -> None:  # noqa: ANN401 - spaCy Language
    """Conjoined or successive acts of their own are not merged into one."""
    assert _codes(nlp, text) == codes


NO_CONFLICT_FRAME = [
    "Scientists tested a new vaccine on mice.",
    "The storm killed 12 people in Florida.",
    "Teachers in Ohio held a bake sale.",
    "Officials said the group planned no protest this year.",
]


@pytest.mark.parametrize("text", NO_CONFLICT_FRAME)
def test_issue_3_no_conflict_frame_without_a_conflict_act(
        nlp: Any, text: str) -> None:  # noqa: ANN401 - spaCy Language
    """Tests of vaccines, storms and bake sales are no acts of force or protest."""
    assert not [c for c in _codes(nlp, text) if c[:2] in ("14", "15", "17", "18", "19", "20")]


NO_EVENT = [
    "The film depicts the bombing of Dresden.",
    "Fans stormed the pitch after the final whistle.",
    "Engineers detonated the old cooling tower in a controlled demolition.",
]


@pytest.mark.parametrize("text", NO_EVENT)
def test_issue_3_force_words_outside_politics_give_no_event(
        events_of: Any, text: str) -> None:  # noqa: ANN401 - conftest EventsOf
    """A film's subject, a football crowd, a demolition: no political event."""
    assert events_of(text) == []


def test_issue_3_participial_consequence_is_one_event(events_of: Any) -> None:  # noqa: ANN401
    """"shelled the town, wounding 12": one shelling (194), aimed at the victims' country."""
    codes = events_of.codes("Russian forces shelled the town of Bakhmut in Ukraine, wounding "
                            "12 Ukrainian civilians.")
    assert [c[:3] for c in codes] == [("194", "ASSAULT", "RUS")]


def test_issue_3_protest_aim_is_no_second_event(events_of: Any) -> None:  # noqa: ANN401
    """"went on hunger strike to demand X": one protest (142), not also a demand (100)."""
    codes = events_of.codes("Egyptian activist Alaa Abd el-Fattah went on hunger strike in "
                            "Cairo to demand consular access.")
    assert [c[:2] for c in codes] == [("142", "PROTEST")]


def test_issue_3_weapon_restatement_keeps_the_doer(events_of: Any) -> None:  # noqa: ANN401
    """"a US drone strike killed X": one air attack (195) by the strike's owner."""
    codes = events_of.codes("A US drone strike killed Iranian general Qassem Soleimani in "
                            "Baghdad.")
    assert [c[:3] for c in codes] == [("195", "ASSAULT", "USA")]


def test_issue_3_killing_in_an_attack_keeps_the_verb_and_its_victims(nlp: Any) -> None:  # noqa: ANN401
    """"killed X in an attack on Y": one act, the verb's (its trigger, X its target)."""
    frames = [f for sent in nlp("Insurgents killed nine Chadian soldiers in a raid on a "
                                "garrison.").sents for f in frames_in_sentence(sent)]
    assert [(f.code, f.trigger) for f in frames] == [("190", "killed")]
    assert [r.head_text for r in frames[0].targets] == ["soldiers"]


# round 2: strikes called, legal charges, walkouts, protest crowds, one act per sentence
ROUND2_ONE_ACT = [
    ("143", "Port workers in Rotterdam called a 48-hour strike."),
    ("143", "Nurses in Wellington walked out for 24 hours over staffing."),
    ("141", "Demonstrators gathered in front of the presidential palace in Lima."),
    ("173", "Police in Lagos charged five men with kidnapping."),
    ("173", "Three men were charged with murder in Abuja."),
    ("1121", "A grand jury in Atlanta indicted the former mayor."),
    ("194", "Militants shelled a village in Borno, killing three and wounding 15."),
    ("1721", "Authorities shut off mobile internet in Almaty during the protests."),
    ("1723", "The governor imposed a curfew in Conakry after a wave of riots."),
    ("166", "Lithuania expelled two Belarusian diplomats, accusing them of espionage."),
    ("145", "Riots broke out in Valparaiso over a rise in bus fares."),
]


@pytest.mark.parametrize(("code", "text"), ROUND2_ONE_ACT)
def test_issue_3_round2_sentence_gives_one_act_with_its_code(
        nlp: Any, code: str, text: str) -> None:  # noqa: ANN401 - spaCy Language
    """A strike called or walked out on, a charge with a crime, a protest as the scene of an
    act, an expulsion's stated reason: one act, coded as CAMEO does."""
    assert _codes(nlp, text) == [code]


ROUND2_OTHER_SENSES = [
    ("020", "The union called for a strike in the ports."),
    ("112", "Tehran charged that Washington was funding the unrest."),
    ("112", "The senator charged the president with incompetence."),
    ("112", "Athens charged Ankara with violating its airspace."),
    ("112", "Prosecutors charged 17 on Thursday."),
]


@pytest.mark.parametrize(("code", "text"), ROUND2_OTHER_SENSES)
def test_issue_3_round2_appeals_and_accusations_keep_their_sense(
        nlp: Any, code: str, text: str) -> None:  # noqa: ANN401 - spaCy Language
    """"called for a strike" appeals; "charged that ...", a charge of a failing or a gerund,
    a charge with no crime named accuse: none is a strike (143) or legal action (173)."""
    codes = _codes(nlp, text)
    assert codes[0] == code and not {"143", "173"} & set(codes)


def test_issue_3_round2_classifier_and_walkout_of_a_meeting_are_no_protest(
        nlp: Any) -> None:  # noqa: ANN401 - spaCy Language
    """"riot police" is no riot; "walked out of the negotiations" is no strike; leaders
    gathering for a summit do not demonstrate."""
    for text in ("Riot police patrolled the streets of Nairobi.",
                 "The delegation walked out of the negotiations in Vienna.",
                 "Leaders gathered in Brussels for a summit."):
        assert not [c for c in _codes(nlp, text) if c[:2] == "14"], text


def test_issue_3_round2_protesters_arrested_at_a_rally_keep_both_acts(
        nlp: Any) -> None:  # noqa: ANN401 - spaCy Language
    """The protesters a passive act befalls hold the rally they were at: both acts stay."""
    codes = _codes(nlp, "Dozens of marchers were detained during the rally in Minsk.")
    assert sorted(codes) == ["141", "173"]


# round 3 (review): conflict pairs outside a conflict, distinct acts after an attack, alerts,
# drills, poison, blocking and clashing by institutions, military strikes, trigger width
NO_CONFLICT_CODE = [
    ("192", "A hedge fund seized control of the airline's board in Frankfurt."),
    ("2041", "Cleaners in Texas used chlorine to disinfect the gym."),
    ("2041", "The brewer will launch a mustard sauce line in France."),
    ("1721", "The council cut media training budgets in Latvia."),
    ("201", "Soaring prices forced pensioners from their homes in Dublin."),
    ("15", "Officials raised the alert level for the typhoon in Taiwan."),
    ("15", "The navy lifted the alert level in the port after talks resumed."),
    ("15", "The rescue team used live fire exercises to train volunteers in Wales."),
    ("18", "Farmers poisoned the rats in the barn in Iowa."),
    ("14", "The appeals court blocked the merger."),
    ("14", "Police blocked streets near the concert hall in Vienna."),
    ("19", "Senators in Chile clashed over the pension reform."),
    ("18", "The governor vowed to kill the zoning plan in Albany."),
    ("19", "The manager fired back at reporters after the defeat in Turin."),
    ("19", "Supporters invaded the pitch in Lyon after the final."),
    ("19", "A jeep struck a landmine near the border with Angola."),
    ("1832", "A tanker truck explosion killed eight people on a road in Kenya."),
]


@pytest.mark.parametrize(("code", "text"), NO_CONFLICT_CODE)
def test_issue_3_round3_conflict_words_outside_a_conflict_give_no_conflict_code(
        nlp: Any, code: str, text: str) -> None:  # noqa: ANN401 - spaCy Language
    """Boards, pools, brands, budgets, rents, hazard alerts, rescue drills, pests, courts,
    quarrels, a plan "killed", a retort, a pitch invasion, a mine struck, a tanker blast."""
    assert not [c for c in _codes(nlp, text) if c.startswith(code)]


ROUND3_CONFLICT = [
    ("192", "The Houthis seized control of the port of Hodeidah."),
    ("2041", "Syrian troops used chlorine against civilians in Idlib."),
    ("201", "Ethiopian soldiers forced farmers from their homes in Tigray."),
    ("1832", "A truck bomb killed 30 people near the ministry in Kabul."),
    ("153", "Riot police were deployed across Nairobi before the vote."),
]


@pytest.mark.parametrize(("code", "text"), ROUND3_CONFLICT)
def test_issue_3_round3_armed_doers_keep_the_conflict_code(
        nlp: Any, code: str, text: str) -> None:  # noqa: ANN401 - spaCy Language
    """A port taken, chlorine on civilians, farmers driven out, a truck bomb, riot police
    deployed (passive) stay coded."""
    assert _codes(nlp, text) == [code]


ROUND3_TWO_ACTS = [
    (["190", "181"], "Gunmen raided a school in Zamfara, abducting 80 pupils."),
    (["190", "194"], "Rebels ambushed a patrol near Bunia on Friday, later shelling a camp "
                     "10 km away."),
    (["173", "175"], "Police detained 40 students in Tbilisi, beating some of them with "
                     "clubs."),
    (["144", "175"], "Protesters blocked the road in Quito, and police later beat them with "
                     "sticks."),
]


@pytest.mark.parametrize(("codes", "text"), ROUND3_TWO_ACTS)
def test_issue_3_round3_participles_with_acts_of_their_own_stay_apart(
        nlp: Any, codes: list[str], text: str) -> None:  # noqa: ANN401 - spaCy Language
    """An abduction, a later shelling, a beating after an attack or arrest are second acts;
    beating the protesters a pronoun stands for is repression (175)."""
    assert _codes(nlp, text) == codes


def test_issue_3_round3_suicide_bombing_with_victims_is_an_event(
        events_of: Any) -> None:  # noqa: ANN401 - conftest EventsOf
    """"blew himself up ..., killing 14": one suicide bombing (1831) at the event level."""
    codes = events_of.codes("A suicide bomber blew himself up at a market in Maiduguri, "
                            "killing 14 shoppers.")
    assert [c[:2] for c in codes] == [("1831", "ASSAULT")]


def test_issue_3_round3_consequences_still_merge(nlp: Any) -> None:  # noqa: ANN401
    """"..., killing 17 soldiers and wounding 9": still the ambush alone."""
    assert _codes(nlp, "Jihadists ambushed a convoy in Niger, killing 17 soldiers and "
                       "wounding 9.") == ["190"]


def test_issue_3_round3_state_strikes_on_a_place_are_force(
        events_of: Any) -> None:  # noqa: ANN401 - conftest EventsOf
    """"Russia's strikes on Odesa killed nine": one attack (190) by Russia, no labour strike."""
    codes = events_of.codes("Russia's strikes on Odesa killed nine people.")
    assert [c[:3] for c in codes] == [("190", "ASSAULT", "RUS")]


def test_issue_3_round3_trigger_is_the_predicate_not_the_victims(
        nlp: Any) -> None:  # noqa: ANN401 - spaCy Language
    """"killed a farmer during a raid": the trigger is "killed", never the words between."""
    frames = [f for sent in nlp("Soldiers killed a farmer during a raid in Jenin.").sents
              for f in frames_in_sentence(sent)]
    assert [f.trigger for f in frames] == ["killed"]
