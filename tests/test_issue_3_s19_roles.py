"""Issue 3, nineteenth session (roles): where moved troops and aid go, who meets whom at a
third state's venue, fire from across a border, explosions that act, the people a passive
relative clause tells of, deeds suspects are held for, the outlet an act is told to and the
side fought beside. Sentences written for these tests; checks read the whole pipeline."""

from __future__ import annotations

from typing import Any

import pytest

from event_views import first_by_trigger, has_event, triples

pytestmark = pytest.mark.issue(3)

FORCE_ROOTS = ("18", "19", "20")


def _target(events_of: Any, text: str, word: str) -> tuple[str, str | None]:  # noqa: ANN401
    """(cited target words, target country) of the first event whose trigger holds ``word``."""
    event = first_by_trigger(events_of, text, word)
    assert event.target is not None, text
    return events_of.cited(text, event.target), event.target.country


@pytest.mark.parametrize(("text", "word", "target", "country"), [
    ("Germany sent 300 soldiers and four helicopters to Mali on Friday.", "sent", "Mali", "MLI"),
    ("Ghana announced the deployment of 400 soldiers to Sierra Leone on Monday.",
     "deployment", "Sierra Leone", "SLE"),
    ("Canada completed the withdrawal of its forces from Afghanistan in March.",
     "withdrawal", "Afghanistan", "AFG"),
    ("Kenya is willing to pull its troops out of Somalia.", "pull", "Somalia", "SOM"),
    ("France is ready to contribute up to 1,500 troops to a multinational peace-keeping "
     "force in Haiti, the minister said.", "contribute", "Haiti", "HTI"),
])
def test_issue_3_moved_troops_aim_where_they_go(events_of: Any, text: str, word: str,
                                                target: str, country: str) -> None:
    """Troops sent, deployed, contributed or pulled out are the act's means: its target is
    where they go ('to X', a force 'in X') or what they leave ('from X', 'out of X')."""
    assert _target(events_of, text, word) == (target, country)


def test_issue_3_troops_attacked_stay_the_target(events_of: Any) -> None:
    """Force on troops is aimed at them, wherever they were sent."""
    cited, _ = _target(events_of, "The rebels attacked troops sent to Lebanon.", "attacked")
    assert cited == "troops"


@pytest.mark.parametrize("text", [
    "The army sent reinforcements to the border.",
    "Armenia and Azerbaijan agreed to pull back their troops from several points along "
    "their shared border.",
])
def test_issue_3_a_spot_is_no_destination(events_of: Any, text: str) -> None:
    """A border or a point moved to or from names no one aimed at."""
    for event in events_of(text):
        cited = events_of.cited(text, event.target) if event.target else ""
        assert "border" not in cited and "points" not in cited, (event.code, cited)


@pytest.mark.parametrize(("text", "word", "country"), [
    ("FARC rebels met government negotiators in Havana to resume peace talks.", "met", "COL"),
    ("Sudanese rebels met government negotiators in Nairobi on Friday.", "met", "SDN"),
    ("The Taliban met government negotiators in Doha.", "met", "AFG"),
])
def test_issue_3_venue_places_no_side_of_dissidents(events_of: Any, text: str, word: str,
                                                    country: str) -> None:
    """Officials that one state's rebels meet abroad are that state's, not the venue's."""
    assert _target(events_of, text, word)[1] == country


def test_issue_3_venue_is_no_implied_talks_target(events_of: Any) -> None:
    """The talks the rebels come to resume are not aimed at the venue's state."""
    text = "FARC rebels met government negotiators in Havana to resume peace talks."
    assert not any(e.target is not None and e.target.country == "CUB" for e in events_of(text))


@pytest.mark.parametrize(("text", "country"), [
    ("The Somali president met government officials in Nairobi.", "KEN"),
    ("Kenyan officials met the visiting Somali president in Nairobi.", "SOM"),
])
def test_issue_3_host_officials_keep_the_venue(events_of: Any, text: str, country: str) -> None:
    """A state's leader meeting officials in another state's capital meets the host's."""
    assert _target(events_of, text, "met")[1] == country


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Mortar shells fired from across the border in Syria landed in Turkey's Hatay province "
     "on Sunday, killing a young man, officials said.", "SYR", "TUR"),
    ("Mortar shells fired from across the frontier with Syria killed two Turkish soldiers.",
     "SYR", "TUR"),
    ("Two villagers were wounded by shells fired from across the border in Myanmar.", "MMR",
     None),
])
def test_issue_3_fire_from_across_a_border(events_of: Any, text: str, source: str,
                                           target: str | None) -> None:
    """Weapons fired from across a border are that side's unnamed forces'; those they hit
    are not of the place fired from."""
    found = [t for t in triples(events_of, text) if t[0][:2] in FORCE_ROOTS]
    assert found and all(s == source and t == target for _, s, t in found), found


def test_issue_3_fire_across_a_border_by_named_troops(events_of: Any) -> None:
    """Named troops firing across a border stay the doers."""
    found = triples(events_of, "Indian troops fired across the border in Kashmir, killing two "
                               "Pakistani soldiers.")
    assert has_event(found, "19", "IND", "PAK"), found


@pytest.mark.parametrize(("text", "country"), [
    ("An explosion at a bus station in Quetta killed 12 people on Tuesday.", "PAK"),
    ("An explosion at a mosque in Kabul killed 12 worshippers.", "AFG"),
    ("A bomb explosion at a market in Peshawar killed seven people.", "PAK"),
])
def test_issue_3_an_explosion_that_kills_is_an_attack(events_of: Any, text: str,
                                                      country: str) -> None:
    """An explosion that kills people at a place is an attack by the place's unnamed forces,
    as 'a blast at a market' is."""
    assert has_event(triples(events_of, text), "18", country, country)


@pytest.mark.parametrize("text", [
    "A gas explosion at a restaurant in Lagos killed three people.",
    "An explosion at a chemical factory in Tianjin killed 50 people.",
    "An explosion at a coal mine in Shanxi killed 20 miners.",
    "An explosion at a fireworks market in Tultepec killed 30 people.",
    "An explosion at a petrol station in Nairobi killed eight people.",
    "An explosion at an army ammunition depot in Lagos killed 20 soldiers.",
])
def test_issue_3_mishap_explosions_are_no_attack(events_of: Any, text: str) -> None:
    """Gas, factories, mines, fireworks, fuel and arms depots tell an accident."""
    assert [t for t in triples(events_of, text) if t[0][:2] in FORCE_ROOTS] == []


@pytest.mark.parametrize(("text", "source"), [
    ("Iran released two Iraqi fishermen who had been arrested in Iranian waters.", "IRN"),
    ("Germany demanded that Iran release a German-Iranian dual national who was sentenced to "
     "death on terrorism charges.", "IRN"),
])
def test_issue_3_people_a_passive_relative_tells_of_undergo_it(events_of: Any, text: str,
                                                               source: str) -> None:
    """'X who had been arrested': X is arrested, by whoever frees them, never the doer."""
    event = next(e for e in events_of(text) if e.code.startswith("17"))
    assert event.source is not None and event.target is not None
    assert event.source.country == source
    assert events_of.cited(text, event.target).endswith(("fishermen", "national"))


def test_issue_3_a_relative_clause_of_a_thing_codes_nothing(events_of: Any) -> None:
    """A ban or a place 'that was imposed' undergoes no arrest or curfew of its own."""
    text = ("Japan agreed to end its ban on American beef imports that was imposed after "
            "a mad cow scare.")
    assert not [e for e in events_of(text) if e.code.startswith("17")]


@pytest.mark.parametrize(("text", "target"), [
    ("Police in Kano detained four suspects in the attack on the governor's convoy.",
     "suspects"),
    ("Police detained two men over the killing of a French tourist in Cairo.", "men"),
])
def test_issue_3_suspects_not_the_victims_of_their_deed(events_of: Any, text: str,
                                                        target: str) -> None:
    """Whom a deed suspects are held for was aimed at is no target of the arrest."""
    assert _target(events_of, text, "detained")[0] == target


def test_issue_3_an_interviewer_is_no_target(events_of: Any) -> None:
    """The outlet an act is told to is no one it aims at."""
    text = "The French president warned against a new arms race in an interview with CNN."
    event = first_by_trigger(events_of, text, "warned")
    assert event.target is None or event.target.country != "USA"


def test_issue_3_a_warned_party_stays_the_target(events_of: Any) -> None:
    """Whom a warning names stays its target, whatever it was told in."""
    text = "The French president warned Russia against a new arms race in an interview with CNN."
    assert _target(events_of, text, "warned")[1] == "RUS"


@pytest.mark.parametrize(("text", "target"), [
    ("Dozens of Chechen volunteers fought on the Ukrainian side.", None),
    ("Foreign volunteers fought alongside Kurdish forces against Islamic State.",
     "Islamic State"),
])
def test_issue_3_the_side_fought_beside_is_no_target(events_of: Any, text: str,
                                                     target: str | None) -> None:
    """Those fought beside are allies, not whom the fighting aims at."""
    event = first_by_trigger(events_of, text, "fought")
    cited = events_of.cited(text, event.target) if event.target else None
    assert cited == target


def test_issue_3_the_side_fought_against_stays(events_of: Any) -> None:
    """Whom a militia fights against stays the target."""
    assert _target(events_of, "The militia fought against government troops.",
                   "fought")[0] == "government troops"


@pytest.mark.parametrize(("text", "country"), [
    ("Greece put its navy on alert on Monday as a dispute with Turkey over gas drilling "
     "escalated.", "TUR"),
    ("Armenia ordered a partial mobilization of reservists as fighting with Azerbaijan "
     "intensified.", "AZE"),
    ("Britain sent a frigate to the Gulf amid rising tension with Iran.", "IRN"),
])
def test_issue_3_an_alert_answers_the_other_side_of_a_conflict(events_of: Any, text: str,
                                                               country: str) -> None:
    """An alert or a mobilization 'as a row with X' or 'amid tension with X' aims at X."""
    event = next(e for e in events_of(text) if e.code.startswith("15"))
    assert event.target is not None and event.target.country == country


def test_issue_3_an_alert_with_no_other_side_names_none(events_of: Any) -> None:
    """Fears of unrest name no state the alert aims at."""
    event = next(e for e in events_of("Kenya put its police on alert amid fears of unrest.")
                 if e.code.startswith("15"))
    assert event.target is None or event.target.country == "KEN"


def test_issue_3_an_intent_to_meet_abroad_keeps_no_venue(events_of: Any) -> None:
    """A state ready to meet its rebels in a third state's town meets its own rebels, and
    the town is no partner."""
    text = "Ethiopia's government said on Monday it was ready to meet rebel leaders in Nairobi."
    cited, country = _target(events_of, text, "meet")
    assert (cited, country) == ("rebel leaders", "ETH")


def test_issue_3_prisoners_in_a_states_jails_protest_at_it(events_of: Any) -> None:
    """A hunger strike of prisoners 'in Turkish jails' is aimed at the jailing state."""
    text = "About 800 Kurdish prisoners in Turkish jails launched a hunger strike on Monday."
    assert _target(events_of, text, "strike")[1] == "TUR"


@pytest.mark.parametrize(("text", "country"), [
    ("India moved five warships into the Arabian Sea, raising the pressure on Pakistan.",
     "PAK"),
    ("Iran began naval war games in the Strait of Hormuz in a show of strength toward American "
     "warships in the Gulf.", "USA"),
])
def test_issue_3_a_show_of_force_aims_where_its_pressure_goes(events_of: Any, text: str,
                                                             country: str) -> None:
    """'Raising the pressure on X', 'a show of strength toward X': X is aimed at."""
    event = next(e for e in events_of(text) if e.code.startswith("15"))
    assert event.target is not None and event.target.country == country


def test_issue_3_where_a_report_is_made_places_no_one(events_of: Any) -> None:
    """'A spokesman said in Nairobi' makes no one Kenyan where the sentence states another
    state's doers; alone, the town is likely the scene."""
    far = ("Sudanese bombers hit the rebels' base at Yei on Sunday, killing five civilians, a "
           "rebel spokesman said in Nairobi.")
    assert all(c != "KEN" for t in triples(events_of, far) for c in t[1:]), triples(events_of,
                                                                                   far)
    near = "Police arrested 20 protesters, a spokesman said in Nairobi."
    assert has_event(triples(events_of, near), "17", "KEN", "KEN")


@pytest.mark.parametrize(("text", "country"), [
    ("Bolivia filed a case at the International Court of Justice against Chile over access "
     "to the sea.", "CHL"),
    ("A Belgian lawyer filed a complaint in a Brussels court against the visiting Saudi crown "
     "prince.", "SAU"),
])
def test_issue_3_a_case_filed_at_a_court_aims_at_the_accused(events_of: Any, text: str,
                                                             country: str) -> None:
    """A case filed at a court 'against X' (the parser's 'against' on the court) accuses X;
    the court is its venue, and what it is 'over' no one."""
    assert _target(events_of, text, "filed")[1] == country
