"""Issue 3, sixteenth session (roles): the target a clause or phrase beside the act names when
the parser gave none or the doer's own: the threat an alert or mobilization answers ('after X
fired ...', 'as X's troops gathered'), whom a demand's 'that' clause or a threat's 'if' clause
names, the other side of talks walked out of, the accused of a case filed at a court, the
suspects of an inquiry into allegations, and who a deed 'drew' a reaction 'from'. Sentences
written for these tests; checks read the whole pipeline (code and countries).
"""

from __future__ import annotations

from typing import Any

import pytest

from event_views import has_event, triples

pytestmark = pytest.mark.issue(3)


@pytest.mark.parametrize(("text", "code", "source", "target"), [
    ("Lithuania put its armed forces on high alert on Tuesday after Belarusian troops massed "
     "near the border.", "15", "LTU", "BLR"),
    ("South Korea's navy raised its alert level on Saturday after North Korean patrol boats "
     "crossed the maritime border.", "15", "KOR", "PRK"),
    ("Moldova ordered a mobilisation of reservists on Friday as Russian troops gathered in "
     "Transnistria.", "154", "MDA", "RUS"),
])
def test_issue_3_an_alert_aims_at_the_threat_it_answers(
        events_of: Any, text: str, code: str, source: str, target: str) -> None:
    """An alert or mobilization aims at the subject of its 'after' or 'as' clause, not at the
    doer's own forces put on alert or called up."""
    assert has_event(triples(events_of, text), code, source, target)


def test_issue_3_an_alert_after_weather_has_no_target(events_of: Any) -> None:
    """A storm alert raised after a typhoon is no mobilization against anyone."""
    text = "Authorities raised the storm alert level after the typhoon made landfall in Luzon."
    assert not [t for c, _, t in triples(events_of, text) if c.startswith("15") and t]


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Afghan government negotiators pulled out of talks with Taliban envoys in Doha on Monday.",
     "AFG", "AFG"),
    ("Ethiopian officials walked out of negotiations with Egyptian delegates in Cairo on Sunday.",
     "ETH", "EGY"),
])
def test_issue_3_talks_walked_out_of_aim_at_the_other_side(
        events_of: Any, text: str, source: str, target: str) -> None:
    """A walkout or pull-out from talks 'with X' aims at X (164)."""
    assert has_event(triples(events_of, text), "16", source, target)


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Tunisian trade unions demanded that the government freeze fuel prices until the end of "
     "the year.", "TUN", "TUN"),
    ("Opposition parties in Dhaka demanded that the election commission postpone the vote.",
     "BGD", "BGD"),
])
def test_issue_3_a_demand_aims_at_the_subject_of_its_that_clause(
        events_of: Any, text: str, source: str, target: str) -> None:
    """'demanded that X do ...' is a request of X."""
    assert has_event(triples(events_of, text), "10", source, target)


def test_issue_3_a_demand_of_a_passive_names_no_target(events_of: Any) -> None:
    """'demanded that fares be cut': the fares are no one the demand is made of."""
    text = "Protesters in Lima demanded that fares be cut on the metro."
    assert not [t for c, _, t in triples(events_of, text) if c.startswith("10") and t]


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Algeria warned that it would respond if Morocco built a military base near the border.",
     "DZA", "MAR"),
    ("Beijing warned that it would retaliate if Japan deployed missiles on Yonaguni.",
     "CHN", "JPN"),
])
def test_issue_3_a_threat_aims_at_the_subject_of_its_if_clause(
        events_of: Any, text: str, source: str, target: str) -> None:
    """'warned that it would respond if X did ...' threatens X, not the speaker's own 'it'."""
    found = triples(events_of, text)
    assert has_event(found, "13", source, target)
    assert not has_event(found, "13", source, source)


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Armenia filed a case at the International Court of Justice on Thursday accusing "
     "Azerbaijan of ethnic cleansing.", "ARM", "AZE"),
    ("Bolivia lodged a complaint at the International Court of Justice on Monday accusing Chile "
     "of blocking its access to the sea.", "BOL", "CHL"),
])
def test_issue_3_a_case_filed_at_a_court_aims_at_the_accused(
        events_of: Any, text: str, source: str, target: str) -> None:
    """The court a case is filed at is its venue: the accused is the target, not the UN."""
    found = [(c, s, t) for c, s, t in triples(events_of, text) if c in ("114", "115")]
    assert found and all(s == source and t == target for _, s, t in found)


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Kenya's anti-graft agency opened an investigation into allegations that Nairobi county "
     "officials stole public funds.", "KEN", "KEN"),
    ("Mexico's attorney general launched an inquiry into claims that soldiers in Tamaulipas "
     "executed suspects.", "MEX", "MEX"),
])
def test_issue_3_an_inquiry_into_allegations_aims_at_the_suspects(
        events_of: Any, text: str, source: str, target: str) -> None:
    """An investigation 'into allegations that X did ...' aims at X (090)."""
    assert has_event(triples(events_of, text), "09", source, target)


@pytest.mark.parametrize(("text", "source", "target"), [
    ("The shelling of a hospital in Aleppo on Sunday drew condemnation from Turkey.",
     "TUR", "SYR"),
    ("The bombing of a bus station in Quetta on Friday drew condemnation from Japan.",
     "JPN", "PAK"),
])
def test_issue_3_a_deed_draws_a_reaction_from_its_doer(
        events_of: Any, text: str, source: str, target: str) -> None:
    """'X drew condemnation from Y': Y condemns (111) the deed, coded by its place."""
    assert has_event(triples(events_of, text), "11", source, target)


def test_issue_3_remarks_drawing_fans_criticism_are_no_event(events_of: Any) -> None:
    """A singer's remarks drawing fans' criticism is no political act."""
    assert not triples(events_of, "The singer's remarks drew criticism from fans in Manila.")


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Three Afghan policemen were wounded when a bomb planted by Taliban fighters exploded near "
     "their checkpoint in Kandahar.", "AFG", "AFG"),
    ("Six Indian soldiers were killed when Maoist rebels detonated a landmine under their truck "
     "in Chhattisgarh.", "IND", "IND"),
])
def test_issue_3_a_harm_is_done_by_the_act_of_its_when_clause(
        events_of: Any, text: str, source: str, target: str) -> None:
    """'X were killed when a bomb planted by Y exploded': Y harmed X; the bomb's act aims at
    the victims, and the harm's doer is Y, not an unnamed doer of X's state."""
    events = events_of(text)
    harm = [e for e in events if e.trigger in ("wounded", "killed")]
    assert harm and harm[0].source is not None and harm[0].source.sector != "GOV"
    assert harm[0].source.text.split()[-1] in ("fighters", "rebels")
    assert harm[0].target is not None and harm[0].target.country == target


def test_issue_3_an_ambush_with_its_own_target_stays_the_report(events_of: Any) -> None:
    """'X were killed when gunmen ambushed their patrol': the ambush tells the deed; the
    killing takes no second doer from it."""
    text = "Two Somali soldiers were killed when al Shabaab militants ambushed their convoy."
    assert [e.trigger for e in events_of(text) if e.code.startswith("19")] == ["ambushed"]


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Japan pledged $500 million in grants and low-interest loans for reconstruction to Ukraine "
     "on Monday.", "JPN", "UKR"),
    ("Qatar pledged $2 billion in deposits and a further $1 billion in fuel shipments to Egypt "
     "on Sunday.", "QAT", "EGY"),
])
def test_issue_3_a_pledge_goes_to_the_state_after_its_long_object(
        events_of: Any, text: str, source: str, target: str) -> None:
    """A pledge's receiver is the state named by its 'to', however long the pledged object."""
    assert has_event(triples(events_of, text), "03", source, target)


def test_issue_3_a_pledge_to_fleeing_people_names_no_receiver(events_of: Any) -> None:
    """'refugees fleeing to Turkey': Turkey is where they flee, not whom the pledge is to."""
    found = triples(events_of, "Japan pledged money for refugees fleeing to Turkey.")
    assert not [t for c, _, t in found if c.startswith("03") and t == "TUR"]


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Mozambique's Renamo rebels walked out of peace talks in Maputo on Monday, accusing the "
     "government of stalling.", "MOZ", "MOZ"),
    ("Kurdish negotiators walked out of talks in Baghdad on Sunday, accusing the Iraqi prime "
     "minister of breaking his promises.", "IRQ", "IRQ"),
])
def test_issue_3_a_walkout_without_a_side_aims_at_whom_it_accuses(
        events_of: Any, text: str, source: str, target: str) -> None:
    """Talks left with no 'with' side aim at whom the leaving party accuses."""
    assert has_event(triples(events_of, text), "16", source, target)


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Azerbaijani forces broke the truce overnight by shelling Armenian positions near Tavush, "
     "the Armenian defence ministry said.", "AZE", "ARM"),
    ("Israeli troops violated the truce on Sunday by opening fire on Palestinian fishermen off "
     "Gaza.", "ISR", "PSE"),
])
def test_issue_3_a_truce_broken_by_force_aims_at_whom_the_force_hits(
        events_of: Any, text: str, source: str, target: str) -> None:
    """'violated the truce by firing at X': the violation (196) aims at X."""
    assert has_event(triples(events_of, text), "196", source, target)


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Nigerian President Bola Tinubu hosted his Ghanaian counterpart, John Mahama, at State "
     "House in Abuja, where the two leaders discussed regional security.", "NGA", "GHA"),
    ("The Thai prime minister welcomed the Cambodian leader to Government House in Bangkok, "
     "where they signed a border accord.", "THA", "KHM"),
])
def test_issue_3_a_host_receives_the_guest_not_the_hall(
        events_of: Any, text: str, source: str, target: str) -> None:
    """The hall a guest is received at, with a 'where' clause after it, is no target."""
    assert has_event(triples(events_of, text), "04", source, target)


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Ecuador granted asylum to two Venezuelan opposition politicians sheltering at its embassy "
     "in Caracas since March.", "ECU", "VEN"),
    ("Mexico granted asylum to four Ecuadorean officials staying at its embassy in Quito since "
     "June.", "MEX", "ECU"),
])
def test_issue_3_asylum_goes_to_the_people_a_clause_after_to_names(
        events_of: Any, text: str, source: str, target: str) -> None:
    """'granted asylum to X sheltering at ...': X, whom the parser made the clause's subject."""
    assert has_event(triples(events_of, text), "07", source, target)


def test_issue_3_access_to_a_person_is_no_pledge(events_of: Any) -> None:
    """'to determine if access to the governor was for sale': no pledge, no receiver."""
    text = ("A special prosecutor must be appointed to determine if access to the governor was "
            "for sale.")
    assert not [c for c, _, _ in triples(events_of, text) if c.startswith("03")]


@pytest.mark.parametrize(("text", "sources"), [
    ("Israel's Arab neighbours Egypt and Jordan condemned the raid on Tuesday.", {"EGY", "JOR"}),
    ("Russia's closest allies, Belarus and Kazakhstan, refused to recognise the annexation.",
     {"BLR", "KAZ"}),
    ("Iran's rivals Saudi Arabia and Bahrain expelled Iranian diplomats on Sunday.",
     {"SAU", "BHR"}),
])
def test_issue_3_a_states_neighbours_named_in_apposition_are_those_states(
        events_of: Any, text: str, sources: set[str]) -> None:
    """'X's neighbours A and B did ...': A and B act, not X."""
    assert {s for _, s, _ in triples(events_of, text)} == sources


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Afghan detainees held by U.S. forces at Guantanamo Bay went on hunger strike to protest "
     "against their indefinite detention.", "AFG", "USA"),
    ("Iraqi prisoners held in Syrian jails staged a protest on Sunday demanding to be sent "
     "home.", "IRQ", "SYR"),
])
def test_issue_3_prisoners_protest_at_the_state_that_holds_them(
        events_of: Any, text: str, source: str, target: str) -> None:
    """Prisoners 'held in X's jails' or 'held by X' protest at X, not at their own state."""
    found = triples(events_of, text)
    assert has_event(found, "14", source, target)
    assert not has_event(found, "14", source, source)


@pytest.mark.parametrize(("text", "target"), [
    ("Thousands of farmers marched through Paris on Sunday demanding that the government scrap "
     "a new fuel tax.", "government"),
    ("Truckers went on strike across Brazil demanding the resignation of the transport "
     "minister.", "transport minister"),
])
def test_issue_3_a_protest_aims_at_whom_its_demand_names(
        events_of: Any, text: str, target: str) -> None:
    """A protest 'demanding that X do ...' or 'the resignation of X' aims at X."""
    found = [e for e in events_of(text) if e.code.startswith("14")]
    assert found and found[0].target is not None and found[0].target.text.endswith(target)


def test_issue_3_a_demanded_release_names_no_target(events_of: Any) -> None:
    """'demanding the release of jailed activists': the activists are not protested at."""
    text = ("Opposition supporters staged a sit-in on Friday demanding the release of jailed "
            "activists.")
    assert not [e for e in events_of(text) if e.target is not None
                and "activists" in e.target.text]


@pytest.mark.parametrize(("text", "country"), [
    ("Supporters of the jailed opposition leader clashed with police in Kuala Lumpur on "
     "Saturday.", "MYS"),
    ("Supporters of the ousted president clashed with riot police in Tegucigalpa on Sunday.",
     "HND"),
])
def test_issue_3_supporters_of_a_leader_are_people_of_their_place(
        events_of: Any, text: str, country: str) -> None:
    """'Supporters of X' are people (their phrase's sector), of the place they clash in, and
    the police they clash with are that state's."""
    found = triples(events_of, text)
    assert found and all(s == country and t == country for _, s, t in found)


def test_issue_3_offices_of_a_paper_stay_no_followers(events_of: Any) -> None:
    """Only followers take their 'of' phrase's sector: 'the offices of the newspaper' do not."""
    found = events_of("Iranian authorities seized the offices of the newspaper.")
    assert found and all(e.target is None or "offices" not in e.target.text for e in found)


@pytest.mark.parametrize(("text", "country"), [
    ("Supporters of the defeated candidate clashed with police and burned tyres across Lusaka "
     "late on Thursday.", "ZMB"),
    ("Supporters of the ousted prime minister clashed with police and burned cars across "
     "Islamabad on Friday.", "PAK"),
])
def test_issue_3_a_crowd_clashing_with_the_places_police_is_of_that_place(
        events_of: Any, text: str, country: str) -> None:
    """The police a crowd clashes with being the place's does not keep the crowd from the
    place's country (only what they protest at, an embassy say, does)."""
    assert has_event(triples(events_of, text), "14", country, country)
