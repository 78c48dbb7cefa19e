"""Issue 3, fifteenth session (triggers): wordings of older wire copy for mobilization (15),
reduced relations (16), coercion (17), protest (14) and force (18-20) that the coder missed:
hyphen-split event nouns, measures imposed in the passive, crowds pouring into the streets,
custody, states of emergency and siege, freezes and halts by their object, closures of
borders and airspace, forces moved in the passive, preposed phrases that hide the subject,
escaped assassination attempts; and the near-misses that must stay eventless (software
deployed, a hiring freeze, a rescue exercise, fans on a pitch, a fire breaking out).

Sentences written for these tests; event-level checks read the whole pipeline (code and
countries).
"""

from __future__ import annotations

from typing import Any

import pytest

from event_views import by_trigger, has_event, triples

pytestmark = pytest.mark.issue(3)


@pytest.mark.parametrize(("text", "code", "source", "target"), [
    ("Teachers staged a sit-in at the education ministry in Nairobi on Monday.",
     "141", "KEN", None),
    ("Dock workers in Mombasa staged a walk-out on Tuesday over unpaid wages.", "143", "KEN", None),
    ("The Chilean government launched a military build-up along the Bolivian border.",
     "154", "CHL", None),
])
def test_issue_3_hyphen_split_event_nouns(events_of: Any, text: str, code: str, source: str,
                                          target: str | None) -> None:
    """The tokenizer splits "sit-in", "walk-out", "build-up" at the hyphen: the whole word is
    the event noun, and the trigger spans it."""
    found = triples(events_of, text)
    assert has_event(found, code, source, target), found
    assert any("-" in (e.trigger or "") for e in events_of(text)), events_of(text)


@pytest.mark.parametrize(("text", "code", "source", "target"), [
    ("A night curfew was imposed on the Georgian town of Gori on Sunday, officials said.",
     "1723", "GEO", "GEO"),
    ("Scores of opposition supporters were taken into custody in Minsk on Sunday.",
     "173", "BLR", "BLR"),
    ("The Peruvian government placed the southern province of Puno under a state of emergency "
     "on Monday.", "1724", "PER", "PER"),
    ("The Bolivian president declared a state of siege on Wednesday after weeks of unrest.",
     "1724", "BOL", None),
])
def test_issue_3_measures_and_custody(events_of: Any, text: str, code: str, source: str,
                                      target: str | None) -> None:
    """A measure imposed in the passive with no agent is by its target's authorities; custody,
    states of emergency and of siege are coercion (CAMEO 17, PLOVER COERCE)."""
    found = triples(events_of, text)
    assert has_event(found, code, source, target), found


@pytest.mark.parametrize(("text", "code", "source", "target"), [
    ("Thousands of Georgians poured into the streets of Tbilisi on Friday to demand the "
     "president's resignation.", "141", "GEO", None),
    ("Fresh rioting broke out in the Kenyan port of Mombasa on Tuesday, police said.",
     "145", "KEN", None),
    ("Hundreds of farmers, protesting against low crop prices, clashed with riot police in "
     "Seoul on Thursday.", "145", "KOR", None),
    ("Angry Bolivian villagers set up roadblocks on the main road to La Paz on Monday to "
     "demand compensation.", "144", "BOL", None),
])
def test_issue_3_crowd_wordings(events_of: Any, text: str, code: str, source: str,
                                target: str | None) -> None:
    """Crowds pouring into the streets demonstrate, rioting breaking out in a place is its
    rioters', a crowd described as protesting clashes as rioters, roadblocks set up by
    villagers obstruct passage (kept beside their stated demand)."""
    found = triples(events_of, text)
    assert has_event(found, code, source, target), found


@pytest.mark.parametrize(("text", "code", "source", "target"), [
    ("The European Union announced a freeze on all aid to Burundi on Friday.", "162", "EU",
     "BDI"),
    ("The Sudanese government broke off contacts with Uganda on Sunday.", "161", "SDN", "UGA"),
    ("The Thai government ordered the closure of the border with Cambodia on Monday.",
     "191", "THA", "KHM"),
    ("Greece closed its airspace to Turkish military flights on Tuesday.", "191", "GRC", "TUR"),
    ("France has stopped all arms sales to Rwanda, the defence ministry said.", "1622", "FRA",
     "RWA"),
])
def test_issue_3_cuts_and_closures(events_of: Any, text: str, code: str, source: str,
                                   target: str) -> None:
    """A freeze "on" aid, contacts broken off, a closure of a border, airspace closed and arms
    sales stopped: reduced relations (16) or movement restricted (191), aimed at the other
    state."""
    found = triples(events_of, text)
    assert has_event(found, code, source, target), found


@pytest.mark.parametrize(("text", "code", "source"), [
    ("A British aircraft carrier was sent to the eastern Mediterranean on Thursday.",
     "154", "GBR"),
    ("Beijing airlifted thousands of troops to Xinjiang on Sunday, a newspaper reported.",
     "154", "CHN"),
    ("Colombia strengthened its forces along the Venezuelan border on Monday.", "154", "COL"),
    ("The Fijian government called out the army on Sunday after riots in Suva.", "154", "FJI"),
    ("Chinese naval ships held exercises in the South China Sea on Friday.", "150", "CHN"),
    ("The Jordanian police stepped up security in Amman on Friday ahead of the verdict.",
     "153", "JOR"),
])
def test_issue_3_mobilization_wordings(events_of: Any, text: str, code: str,
                                       source: str) -> None:
    """Forces moved in the passive are their own state's, airlifted or strengthened forces and
    an army called out mobilize (154), exercises of a military doer show force (150), security
    stepped up by police raises police power (153)."""
    found = triples(events_of, text)
    assert has_event(found, code, source), found


def test_issue_3_preposed_phrase_keeps_the_subject(events_of: Any) -> None:
    """A name the parser hung as an apposition of the preposed phrase before it is the subject
    of the verb after it."""
    found = triples(events_of, "In a move that stunned Paris, Algeria on Tuesday expelled two "
                               "French diplomats, the foreign ministry said.")
    assert has_event(found, "166", "DZA", "FRA"), found


def test_issue_3_escaped_assassination_attempt(events_of: Any) -> None:
    """An assassination attempt escaped or survived is aimed at the one who escaped it (185),
    by its "by" doer."""
    found = triples(events_of, "The Algerian president survived an assassination attempt by "
                               "Islamic militants on Tuesday.")
    assert any(c == "185" and t == "DZA" for c, _, t in found), found


def test_issue_3_hostages_taken_with_two_objects(events_of: Any) -> None:
    """"took two missionaries hostage": the parser's second object names the act (181); a
    relative "whom they had taken hostage" stays background."""
    found = triples(events_of, "Rebels took three Belgian nuns hostage in eastern Congo.")
    assert any(c == "181" and t == "BEL" for c, _, t in found), found
    assert not by_trigger(events_of, "The rebels said they would free the nuns, whom they had "
                                     "taken hostage in May.", "taken")


@pytest.mark.parametrize("text", [
    "The bank deployed new software to speed up loan approvals, a spokeswoman said.",
    "The ministry announced a freeze on public sector hiring on Monday.",
    "The Norwegian navy held a search and rescue exercise off Bergen on Monday.",
    "Fans, chanting the name of their club, poured onto the pitch after the final whistle.",
    "A fire broke out in a textile factory in Dhaka on Tuesday, the fire service said.",
])
def test_issue_3_near_misses_stay_eventless(events_of: Any, text: str) -> None:
    """Tools deployed, a hiring freeze, a rescue exercise, fans on a pitch and a fire breaking
    out name no act of roots 14-20."""
    found = [t for t in triples(events_of, text) if t[0][:2] in (
        "14", "15", "16", "17", "18", "19", "20")]
    assert found == [], found


@pytest.mark.parametrize(("text", "code", "source", "target"), [
    ("Gabon ordered the expulsion of 400 Nigerian fishermen on Friday.", "174", "GAB", "NGA"),
    ("The expulsion of three Iranian diplomats by Bahrain angered Tehran.", "166", "BHR", "IRN"),
    ("Gunmen seized two South Korean engineers in the Niger delta on Tuesday.",
     "181", None, "KOR"),
    ("A teenage girl was stoned to death by a mob in the Afghan province of Ghazni.",
     "1823", None, None),
    ("Government troops took control of the airport in Bangui on Saturday.", "192", "CAF", None),
    ("Egyptian police launched a fresh wave of arrests of Islamist students in Cairo.",
     "173", "EGY", "EGY"),
])
def test_issue_3_codes_by_what_is_done_to_whom(events_of: Any, text: str, code: str,
                                               source: str | None, target: str | None) -> None:
    """An expulsion noun is coded by whom it expels (people 174, officials 166), civilians
    seized are abducted (181), a killing 'to death' by a mob keeps 1823, control taken by
    troops occupies (192), a wave of arrests is the arrests (173)."""
    found = triples(events_of, text)
    assert any(c == code and (source is None or s == source) and (target is None or t == target)
               for c, s, t in found), found
    if code == "173":
        assert not [c for c, _, _ in found if c[:2] == "06"], found  # no "launched" cooperation


@pytest.mark.parametrize("text", [
    "Thousands of fans poured into the streets of Madrid on Sunday to celebrate the title.",
    "Republicans took control of both houses of Congress in the 2014 elections.",
    "The carmaker announced a halt to production at its plant in Ohio on Monday.",
])
def test_issue_3_wordings_without_a_political_act(events_of: Any, text: str) -> None:
    """Crowds celebrating in the streets, control won in an election and production halted
    are no act of roots 14-20."""
    found = [t for t in triples(events_of, text) if t[0][:2] in (
        "14", "15", "16", "17", "18", "19", "20")]
    assert found == [], found


def test_issue_3_shooting_rampage_is_no_riot(events_of: Any) -> None:
    """A gunman's shooting rampage is violence (180), a crowd's rampage a riot (145)."""
    gunman = triples(events_of, "A gunman went on a shooting rampage at a college in Winnenden.")
    assert [c for c, _, _ in gunman if c[:2] in ("14", "18")] == ["180"], gunman
    crowd = triples(events_of, "Angry Nigerian youths went on a rampage in Kaduna on Monday, "
                               "burning cars and shops.")
    assert any(c == "145" for c, _, _ in crowd), crowd


@pytest.mark.parametrize(("text", "code", "source", "target"), [
    ("A general strike called by opposition parties paralysed the Bangladeshi capital on "
     "Sunday.", "143", "BGD", None),
    ("A two-day general strike paralysed the Nepalese capital on Tuesday.", "143", "NPL", None),
    ("Thousands of Chilean copper miners have converged on Santiago for a protest against "
     "pit closures.", "140", "CHL", None),
    ("Hundreds of Bolivian peasants attacked a police post near Cochabamba on Monday to "
     "protest against the eradication of coca.", "145", "BOL", None),
    ("Authorities in Minsk jammed the broadcasts of a Polish radio station on Friday.",
     "1721", "BLR", None),
    ("Moscow doubled the number of troops on the Tajik-Afghan border on Monday.", "154", "RUS",
     None),
    ("Eritrea ordered the withdrawal of Canadian peacekeepers from the buffer zone on Monday.",
     "1661", "ERI", "CAN"),
    ("A landmine exploded under a Red Cross vehicle in southern Sudan on Thursday, killing "
     "two Kenyan drivers.", "183", "SDN", "KEN"),
])
def test_issue_3_protest_force_and_device_wordings(events_of: Any, text: str, code: str,
                                                   source: str, target: str | None) -> None:
    """A strike's organizer or the place it paralyses is its doer, crowds converging for a
    protest hold it, an unarmed crowd's attack to protest is a riot, jammed broadcasts curb
    expression, doubled troops mobilize, a withdrawal of another's peacekeepers is 1661, an
    exploding landmine is the place's unnamed planters' bombing."""
    found = triples(events_of, text)
    assert has_event(found, code, source, target), found


@pytest.mark.parametrize("text", [
    "Mourners poured into the streets of Amman on Monday for the funeral of the king.",
    "Thousands held a candlelight vigil in Dublin on Sunday for the victims of the crash.",
    "A mine exploded in a coal pit in Shanxi province on Monday, killing 20 miners.",
    "Yemeni coast guards seized sailors from a Greek tanker in the Red Sea.",
])
def test_issue_3_no_protest_no_bombing_no_abduction(events_of: Any, text: str) -> None:
    """Mourners in the streets and a vigil for victims are no protest, a coal mine's blast is
    no bombing, sailors taken by coast guards are not abducted (181)."""
    found = triples(events_of, text)
    assert not [c for c, _, _ in found if c[:2] in ("14", "18")], found


def test_issue_3_battles_and_fire_traded(events_of: Any) -> None:
    """Gun battles and fire traded are force (190), fighting erupting between two sides is
    theirs; a battle of words or of candidates is none."""
    traded = triples(events_of, "Thai and Cambodian troops traded fire along the border on "
                                "Sunday.")
    assert any(c == "190" and s in ("THA", "KHM") for c, s, _ in traded), traded
    battles = triples(events_of, "Gun battles between Somali militias raged in Kismayo on "
                                 "Friday.")
    assert any(c == "190" and s == "SOM" for c, s, _ in battles), battles
    erupted = triples(events_of, "Heavy fighting erupted between Sudanese troops and rebels "
                                 "near the town of Kadugli on Sunday.")
    assert any(c == "190" and s == "SDN" for c, s, _ in erupted), erupted
    assert triples(events_of, "The yearlong battle between the two senators exposed deep "
                              "rifts in the party.") == []
