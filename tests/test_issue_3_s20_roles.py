"""Issue 3, twentieth session (roles): source and target of force and pressure events. The
place a report was made in, the adversary a threat's condition names, a state body that
coerces a named person, and an armed group's ground abroad. Sentences written for these
tests; checks read the whole pipeline."""

from __future__ import annotations

from typing import Any

import pytest

from event_views import sides_of

pytestmark = pytest.mark.issue(3)


@pytest.mark.parametrize(("text", "word", "sides"), [
    ("A roadside bomb hit an Italian army patrol outside Kabul on Monday, wounding three "
     "soldiers, the defence ministry in Rome said.", "bomb", ("AFG", "ITA")),
    ("A car bomb exploded near a Dutch army base in Uruzgan province on Friday, officials in "
     "The Hague said.", "bomb", ("AFG", "NLD")),
])
def test_issue_3_place_of_the_report_is_not_the_scene(events_of: Any, text: str, word: str,
                                                       sides: tuple[str, str]) -> None:
    """Unnamed bombers are of the place the bomb went off, not of the capital a ministry
    reported it from ('the defence ministry in Rome said')."""
    assert sides_of(events_of, text, word) == sides


def test_issue_3_the_only_place_told_from_still_places(events_of: Any) -> None:
    """Where the report's place is the only one named, it is likely the scene too."""
    text = "A bomb exploded outside a police station, a spokesman said in Nairobi."
    assert sides_of(events_of, text, "bomb")[0] == "KEN"


WITHDRAWN = pytest.mark.xfail(strict=True, reason="the deed's means as no target was withdrawn: "
                              "it lowered never-read ConfliBERT target span F1")


@pytest.mark.parametrize(("text", "word", "target"), [
    pytest.param("Armenia threatened to retake the village of Talish by force unless Azerbaijani "
                 "troops pulled back.", "threatened", "AZE", marks=WITHDRAWN),
    ("Eritrea threatened to take the town of Badme unless Ethiopian forces left.",
     "threatened", "ETH"),
    pytest.param("Pakistan warned it would respond with force if Indian troops crossed the line "
                 "of control.", "warned", "IND", marks=WITHDRAWN),
    pytest.param("Iraq warned that it would take military action if Kuwaiti ships entered its "
                 "waters.", "warned", "KWT", marks=WITHDRAWN),
])
def test_issue_3_threat_aims_at_whom_its_condition_names(events_of: Any, text: str, word: str,
                                                         target: str) -> None:
    """A threat whose deed names only its means or a town ('retake the village of X by force',
    'respond with force') is aimed at the subject of its 'if' or 'unless' clause."""
    assert sides_of(events_of, text, word)[1] == target


@pytest.mark.parametrize(("text", "word", "target"), [
    ("Turkey threatened to strike Syria if Kurdish fighters attacked its troops.",
     "threatened", "SYR"),
    ("Iran threatened to close the Strait of Hormuz if Washington imposed new sanctions.",
     "threatened", "USA"),
])
def test_issue_3_threat_keeps_a_named_state(events_of: Any, text: str, word: str,
                                            target: str) -> None:
    """A state the threatened deed names stays its target, whatever the condition says."""
    assert sides_of(events_of, text, word)[1] == target


@pytest.mark.parametrize(("text", "word"), [
    ("The military junta put Aung San Suu Kyi back under house arrest on Monday.", "put"),
    ("Aung San Suu Kyi was placed under house arrest by the military junta.", "placed"),
])
def test_issue_3_state_body_coercing_a_named_person_is_his_state(events_of: Any, text: str,
                                                                  word: str) -> None:
    """A bare junta or government that arrests a named person, where the sentence names no
    other state, is that person's state's."""
    assert sides_of(events_of, text, word) == ("MMR", "MMR")


def test_issue_3_police_abroad_keep_their_place(events_of: Any) -> None:
    """Police of a named place arresting a foreign person are the place's."""
    text = "Police in Washington arrested Nelson Mandela's grandson."
    assert sides_of(events_of, text, "arrested")[0] == "USA"


@pytest.mark.parametrize(("text", "word", "target"), [
    ("Turkish jets bombed suspected PKK camps in the Zap valley of northern Iraq.", "bombed",
     "IRQ"),
    ("Turkish warplanes struck PKK positions in southeastern Turkey.", "struck", "TUR"),
    ("Turkish warplanes struck PKK positions near the border with Iraq.", "struck", "TUR"),
    ("Turkish troops killed 20 PKK rebels in northern Iraq.", "killed", "TUR"),
])
def test_issue_3_own_insurgents_ground_abroad(events_of: Any, text: str, word: str,
                                              target: str) -> None:
    """A state's strike on its own insurgents' camps or positions inside another state is
    aimed at that state; at home, near a border, or on the fighters themselves, at theirs."""
    assert sides_of(events_of, text, word)[1] == target


@pytest.mark.parametrize(("text", "word", "sides"), [
    ("A Palestinian suicide attacker blew himself up aboard a crowded bus in Haifa.", "blew",
     ("PSE", "ISR")),
    ("A suicide attacker blew himself up near a checkpoint in Kirkuk.", "blew", ("IRQ", "IRQ")),
])
def test_issue_3_force_with_no_one_hit_aims_at_the_scene(events_of: Any, text: str, word: str,
                                                        sides: tuple[str, str]) -> None:
    """Force that names no one it hits but the doer himself is aimed at the state of the place
    it is used in."""
    assert sides_of(events_of, text, word) == sides


def test_issue_3_force_fired_at_a_state_keeps_it(events_of: Any) -> None:
    """A place force is fired at stays its target; no scene is added to a named target."""
    assert sides_of(events_of, "Hamas fired rockets at Israel.", "fired") == ("PSE", "ISR")


@pytest.mark.parametrize(("text", "word", "target"), [
    ("Armenia declared a partial mobilization on Monday as fighting with Azerbaijani troops "
     "entered its third day.", "mobilization", "AZE"),
    ("India called up reservists and moved tanks to the border as tension with Pakistan grew.",
     "called", "PAK"),
])
def test_issue_3_mobilization_answers_the_conflict_beside_it(events_of: Any, text: str,
                                                             word: str, target: str) -> None:
    """A mobilization aims at the other side of the fighting or tension its 'as' clause names,
    where the parser hangs the conflict noun on 'as' or the clause on a joined verb."""
    assert sides_of(events_of, text, word)[1] == target


def test_issue_3_harm_done_by_the_weapons_dropper(events_of: Any) -> None:
    """A passive harm whose 'when' clause says who dropped or fired the weapon is that doer's,
    even where the doer is a warplane the coder knows no word for."""
    text = "An Islamic Jihad commander was killed when an Israeli F-16 dropped a bomb on his car."
    assert any(e.source is not None and e.source.country == "ISR" and e.target is not None
               and e.target.country == "PSE" for e in events_of(text))


def test_issue_3_no_doer_for_an_unnamed_thrower(events_of: Any) -> None:
    """'someone' names no doer: the harm stays uncoded crime."""
    text = "Four people were killed when someone threw a grenade into a bar in Kampala."
    assert not events_of(text)


@pytest.mark.parametrize(("text", "sides"), [
    ("A mortar shell exploded near the Italian embassy in Kabul on Sunday.", ("AFG", "ITA")),
    ("A mortar shell landed near the U.S. embassy in Baghdad on Sunday.", ("IRQ", "USA")),
])
def test_issue_3_a_single_shell_is_a_weapon(events_of: Any, text: str,
                                            sides: tuple[str, str]) -> None:
    """One shell that lands or explodes near a mission is force like 'shells' are: the
    place's unnamed forces at the mission's state."""
    found = [(e.source.country if e.source else None, e.target.country if e.target else None)
             for e in events_of(text)]
    assert sides in found


@pytest.mark.parametrize(("text", "word", "sides"), [
    ("Troops loyal to Boris Yeltsin shelled and stormed the parliament building on Monday.",
     "stormed", ("RUS", "RUS")),
    ("Russian troops stormed the parliament building.", "stormed", ("RUS", "RUS")),
])
def test_issue_3_seat_of_power_stormed_is_the_doers_state(events_of: Any, text: str,
                                                          word: str,
                                                          sides: tuple[str, str]) -> None:
    """A parliament building or a presidential palace stormed where the sentence names no
    state but the doer's is that state's seat."""
    assert sides_of(events_of, text, word) == sides


@pytest.mark.parametrize(("text", "word", "target"), [
    ("Israeli jets bombed the government headquarters.", "bombed", None),
    ("Russian troops stormed the parliament building in Tbilisi.", "stormed", "GEO"),
])
def test_issue_3_seat_struck_from_afar_or_placed_elsewhere(events_of: Any, text: str, word: str,
                                                          target: str | None) -> None:
    """Air strikes and shelling mostly hit another state's seat, and a named place says whose
    seat it is: no doer's state is put for them."""
    assert sides_of(events_of, text, word)[1] == target


@pytest.mark.parametrize(("text", "sides"), [
    ("A Basque separatist was extradited from Spain to France.", ("ESP", "FRA")),
    ("Former dictator Manuel Noriega was extradited from the United States to France.",
     ("USA", "FRA")),
])
def test_issue_3_passive_extradition_from_a_state(events_of: Any, text: str,
                                                  sides: tuple[str, str]) -> None:
    """An agentless passive extradition is done by the state it is 'from', to the state it
    goes 'to'."""
    assert sides_of(events_of, text, "extradited") == sides


def test_issue_3_passive_extradition_without_from_has_no_doer(events_of: Any) -> None:
    """A 'from' inside another clause names no extraditing state: no doer, no event."""
    text = "The suspect, who fled from Spain, was extradited to France."
    assert not any(e.code.startswith("063") for e in events_of(text))


def test_issue_3_property_a_government_seizes_is_at_home(events_of: Any) -> None:
    """Property a government seizes from no one named is its own country's (the implied
    target), as for confiscations (1711)."""
    assert sides_of(events_of, "Zimbabwe's government seized white-owned farms.",
                    "seized") == ("ZWE", "ZWE")


def test_issue_3_named_owner_of_seized_property_stays(events_of: Any) -> None:
    """A named foreign owner of what is seized stays the target."""
    text = "Venezuela's government seized two oil rigs owned by a U.S. company."
    assert sides_of(events_of, text, "seized") == ("VEN", "USA")


def test_issue_3_helpers_people_place_no_insurgents_ground(events_of: Any) -> None:
    """A helper's demonym ('with the support of Ethiopian jets') is no place the insurgents'
    base is in."""
    text = "Kenyan troops attacked the rebel base with the support of Ethiopian jets."
    assert sides_of(events_of, text, "attacked")[1] != "ETH"
