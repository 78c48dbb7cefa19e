"""Issue 3, twenty-second session (shapes): force and pressure the coder knows, told in
shapes that hid their doer or undergoer: a thing someone sent or set up as the subject
("bulldozers sent by X razed"), the deployment of a state's forces as a noun, a decision
noun's owner doing its to-infinitive, a fronted participle before "be" ("Among those
detained were X", "Also arrested was X"), a participle opening the clause of an event noun
("Called by X, a strike ..."), a crackdown named by its describers ("in what witnesses
described as a crackdown by X"), and a cut in relations announced in the passive by the
state that makes it. Sentences written for these tests; checks read the whole pipeline."""

from __future__ import annotations

from typing import Any

import pytest

from event_views import by_trigger, has_event, sides_of, triples

pytestmark = pytest.mark.issue(3)


@pytest.mark.parametrize(("text", "word", "sides"), [
    ("Bulldozers sent by the Israeli army demolished three Palestinian houses near Hebron on "
     "Monday.", "demolished", ("ISR", "PSE")),
    ("Armoured vehicles driven by Syrian troops shelled the Lebanese village of Arsal on "
     "Friday.", "shelled", ("SYR", "LBN")),
])
def test_issue_3_thing_sent_by_a_state_does_its_act(events_of: Any, text: str, word: str,
                                                    sides: tuple[str, str]) -> None:
    """A thing someone sent, drove or set up is their means: its "by" agent does the act."""
    assert sides_of(events_of, text, word) == sides


def test_issue_3_group_backed_by_a_state_stays_the_doer(events_of: Any) -> None:
    """Near miss: a group backed by a state is no means of it; the group attacks."""
    text = "Kurdish fighters backed by American jets attacked the Syrian town of Raqqa."
    found = by_trigger(events_of, text, "attacked")
    assert found and all(e.source is None or e.source.country != "USA" for e in found)


@pytest.mark.parametrize(("text", "source", "target"), [
    ("The deployment of 4,000 Turkish troops along the Syrian border alarmed Damascus.",
     "TUR", "SYR"),
    ("The deployment of three Russian frigates off the Norwegian coast was confirmed.",
     "RUS", None),
])
def test_issue_3_deployment_noun_of_forces_is_their_state(events_of: Any, text: str,
                                                          source: str,
                                                          target: str | None) -> None:
    """"The deployment of X troops": the forces moved are their state's means (154)."""
    assert has_event(triples(events_of, text), "15", source, target)


@pytest.mark.parametrize(("text", "word", "sides"), [
    ("Canada's decision to expel two Saudi diplomats came days after the arrests.", "expel",
     ("CAN", "SAU")),
    ("A Japanese decision to suspend loans to Myanmar followed the coup.", "suspend",
     ("JPN", "MMR")),
])
def test_issue_3_decision_owner_does_the_act(events_of: Any, text: str, word: str,
                                             sides: tuple[str, str]) -> None:
    """The owner of a decision told as the news does the act of its to-infinitive."""
    assert sides_of(events_of, text, word) == sides


def test_issue_3_decision_a_reaction_answers_is_background(events_of: Any) -> None:
    """Near miss: a decision hailed or condemned is the reaction's background, no event."""
    text = "Germany welcomed Kenya's decision to release the jailed opposition leaders."
    assert not by_trigger(events_of, text, "release")


@pytest.mark.parametrize(("text", "code", "source", "target"), [
    ("Among those detained by Egyptian police were three British journalists.", "17", "EGY",
     "GBR"),
    ("Also arrested was a prominent Ethiopian opposition leader, state media said.", "17",
     "ETH", "ETH"),
    ("Wounded by Israeli gunfire were two Palestinian teenagers.", "18", "ISR", "PSE"),
])
def test_issue_3_fronted_participle_before_be(events_of: Any, text: str, code: str,
                                              source: str, target: str) -> None:
    """"Among those detained were X", "Also arrested was X": those after "be" undergo the
    act, and a "by" agent does it."""
    assert has_event(triples(events_of, text), code, source, target)


def test_issue_3_fronted_killed_names_no_doer_of_victims(events_of: Any) -> None:
    """Near miss: the victims after "be" never do the killing."""
    text = "Killed in the raid were four members of Hezbollah, the army said."
    assert not any(s == "LBN" for c, s, _ in triples(events_of, text) if c[:2] in ("18", "19"))


def test_issue_3_participle_opener_calls_the_strike(events_of: Any) -> None:
    """"Called by X, a strike shut Y": the participle's agent stages the event noun."""
    text = ("Called by Nigerian unions to protest fuel prices, a general strike paralysed Lagos "
            "on Monday.")
    assert has_event(triples(events_of, text), "14", "NGA")


def test_issue_3_crackdown_named_by_its_describers(events_of: Any) -> None:
    """"in what witnesses described as a crackdown by X": the event the clause tells."""
    text = ("Scores of students were hurt in Caracas in what witnesses described as a brutal "
            "crackdown by Venezuelan police on opposition marchers.")
    assert has_event(triples(events_of, text), "17", "VEN")


def test_issue_3_describer_is_no_side_of_the_event(events_of: Any) -> None:
    """Near miss: a verdict on someone else's act ("described the law as an attack") is none,
    and the describer of a clash is none of its sides."""
    assert not by_trigger(events_of, "Critics described the new law as an attack on the "
                          "press.", "attack")
    found = by_trigger(events_of, "Ten villagers died in what the Nigerian army described as a "
                       "clash with bandits.", "clash")
    assert all(e.source is None or "army" not in (e.source.text or "") for e in found)


@pytest.mark.parametrize(("text", "sides"), [
    ("Military cooperation with Washington has been suspended, Pakistan's foreign ministry "
     "said on Monday.", ("PAK", "USA")),
    ("Diplomatic ties with Qatar were severed, the Bahraini government announced.",
     ("BHR", "QAT")),
])
def test_issue_3_cut_announced_by_its_maker(events_of: Any, text: str,
                                            sides: tuple[str, str]) -> None:
    """An agentless cut in relations announced by a named state is that state's own (16)."""
    assert has_event(triples(events_of, text), "16", *sides)


def test_issue_3_cut_announced_by_the_one_it_names_is_not_theirs(events_of: Any) -> None:
    """Near miss: the speaker the cut names undergoes it, it does not make it."""
    text = "Aid to Malawi has been suspended, Malawi's finance ministry said."
    assert not any(c[:2] == "16" and s == "MWI" for c, s, _ in triples(events_of, text))


def test_issue_3_reduced_relative_order_read_as_main_verb(events_of: Any) -> None:
    """"Aid groups told to leave X by Y began ...": the parser's root 'told' is a reduced
    relative; Y orders them out (166x) and the later verb heads the sentence."""
    text = ("Nine foreign aid groups told to quit Tigray by Ethiopia on Monday began moving "
            "their staff out of the region.")
    assert any(c.startswith("166") and s == "ETH" for c, s, _ in triples(events_of, text))


def test_issue_3_ordered_to_leave_by_is_an_expulsion(events_of: Any) -> None:
    """"Journalists ordered to leave the country by X": X expels them (174)."""
    text = ("Two Swedish reporters ordered to leave the country by Eritrea's government flew "
            "home on Friday.")
    assert has_event(triples(events_of, text), "174", "ERI", "SWE")


def test_issue_3_attempt_survived_when_attack_placed(events_of: Any) -> None:
    """"survived an attempt when his motorcade came under fire in X": the scene of the
    attack the when-clause tells places its unnamed doers (185)."""
    text = ("President Ilham Aliyev survived an assassination attempt on Monday when his "
            "convoy came under machine-gun fire in Baku.")
    assert has_event(triples(events_of, text), "185", "AZE")


@pytest.mark.parametrize(("text", "word", "sides"), [
    ("Seven Nigerien soldiers were killed in an ambush by Islamist fighters near the Malian "
     "border on Sunday.", "ambush", (None, "NER")),
    ("Five Yemenis were killed in a Saudi air strike on Sanaa on Tuesday.", "strike",
     ("SAU", "YEM")),
])
def test_issue_3_harm_in_a_named_act_is_that_act(events_of: Any, text: str, word: str,
                                                 sides: tuple[str | None, str]) -> None:
    """"were killed in an ambush by X": the act the "in" phrase names is the one event,
    done to the killed."""
    found = by_trigger(events_of, text, word)
    assert found
    assert found[0].target is not None and found[0].target.country == sides[1]
    if sides[0] is not None:
        assert found[0].source is not None and found[0].source.country == sides[0]


def test_issue_3_victims_clash_keeps_the_harm(events_of: Any) -> None:
    """Near miss: a clash owned by the killed themselves names no other doer; the killing
    stays the event."""
    text = "Three Afghan soldiers were killed in clashes with Taliban fighters in Helmand."
    assert by_trigger(events_of, text, "killed")


@pytest.mark.parametrize(("text", "word", "source"), [
    ("Hundreds of Sudanese protested outside the presidential palace in Khartoum on Monday.",
     "protested", "SDN"),
    ("Thousands of Lebanese marched through central Beirut on Sunday.", "marched", "LBN"),
])
def test_issue_3_counted_people_verb_heads_its_clause(events_of: Any, text: str, word: str,
                                                      source: str) -> None:
    """"Hundreds of Sudanese protested": the parser hangs the verb inside the count; it
    heads the clause again, the counted people its doers."""
    found = by_trigger(events_of, text, word)
    assert found and found[0].source is not None and found[0].source.country == source


def test_issue_3_dateline_city_is_no_second_subject(events_of: Any) -> None:
    """"SANTIAGO (AFP) - Tens of thousands of Chileans took to the streets": the parser's
    second subject, the dateline's city, leaves the lead's own subject the doer."""
    text = ("LIMA (AFP) - Tens of thousands of Peruvians took to the streets of the capital on "
            "Saturday to demand the president's resignation.")
    assert any(c.startswith("14") and s == "PER" for c, s, _ in triples(events_of, text))


@pytest.mark.parametrize(("text", "sides"), [
    ("Among those detained were three Danish journalists, Ethiopian police said.",
     ("ETH", "DNK")),
    ("Four Britons were arrested on Sunday, the Iranian interior ministry said.",
     ("IRN", "GBR")),
])
def test_issue_3_arrest_announced_by_the_police_that_made_it(events_of: Any, text: str,
                                                             sides: tuple[str, str]) -> None:
    """An agentless arrest a state's police or ministry announces is their own (173)."""
    assert has_event(triples(events_of, text), "17", *sides)


def test_issue_3_arrest_reported_by_a_watchdog_is_not_its_own(events_of: Any) -> None:
    """Near miss: a rights group reporting arrests made none."""
    text = "Two journalists were detained in Minsk, the Committee to Protect Journalists said."
    found = by_trigger(events_of, text, "detained")
    assert found and all(e.source is None or "Committee" not in (e.source.text or "")
                         for e in found)
