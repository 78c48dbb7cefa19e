"""Issue 3, seventeenth session (roles, second round): agentless stabbings of public figures,
killers for hire as unnamed doers, and victims found dead whose relative clause tells the deed.
Sentences written for these tests; checks read the whole pipeline (code and countries).
"""

from __future__ import annotations

from typing import Any

import pytest

from event_views import has_event, triples

pytestmark = pytest.mark.issue(3)


@pytest.mark.parametrize(("text", "country"), [
    ("The mayor of Bratislava was stabbed on stage during a music festival on Saturday.",
     "SVK"),
    ("A Peruvian presidential candidate was stabbed at a campaign event in the town of "
     "Huancayo.", "PER"),
    ("A judge was stabbed outside the court in Kampala in what police called an "
     "assassination attempt.", "UGA"),
])
def test_issue_3_agentless_stabbing_of_a_public_figure_is_coded(
        events_of: Any, text: str, country: str) -> None:
    """A public figure stabbed by no one named, or a stabbing called an attempt on a life, is
    an assault (182) whose doer the place or the victim's state names."""
    assert has_event(triples(events_of, text), "182", country, country)


@pytest.mark.parametrize("text", [
    "A pensioner was stabbed during a burglary in Bristol late on Monday.",
    "The goalkeeper was stabbed in the back by his own defenders, the manager said.",
])
def test_issue_3_stabbing_of_no_public_figure_stays_uncoded(events_of: Any, text: str) -> None:
    """A street crime's stabbing or a sport's metaphor is no political assault."""
    assert not [e for e in events_of(text) if e.code.startswith("18")]


@pytest.mark.parametrize(("text", "code", "country"), [
    ("Hitmen shot dead a radio reporter outside his home in the Mexican state of Guerrero.",
     "19", "MEX"),
    ("Hired assassins killed an indigenous land activist in the Colombian city of Popayan.",
     "19", "COL"),
    ("Two hitmen on a motorbike killed a prison director in the Honduran city of La Ceiba.",
     "19", "HND"),
])
def test_issue_3_killers_for_hire_are_unnamed_doers(
        events_of: Any, text: str, code: str, country: str) -> None:
    """Hitmen and hired assassins are doers the text leaves unnamed, like 'gunmen': the place
    names their country."""
    assert has_event(triples(events_of, text), code, country, country)


@pytest.mark.parametrize(("text", "code", "country"), [
    ("The bodies of 11 men, who had been shot, were found near Tikrit on Wednesday.", "19",
     "IRQ"),
    ("The corpses of five traders, who had been tortured, were discovered near the town of "
     "Bunia in eastern Congo.", "18", "COD"),
])
def test_issue_3_victims_found_dead_in_a_passive_relative_clause(
        events_of: Any, text: str, code: str, country: str) -> None:
    """Victims whose bodies were found and whose passive relative clause tells the deed are
    its targets, killed by no one named: the place names the doer."""
    assert has_event(triples(events_of, text), code, country, country)


def test_issue_3_unnamed_doers_keep_idle_hitmen_uncoded(events_of: Any) -> None:
    """Hitmen named in a sentence of no deed of force yield no assault."""
    text = "The hitmen in the novel were paid by a fictional drug cartel."
    assert not [e for e in events_of(text) if e.code[:2] in ("18", "19", "20")]


@pytest.mark.parametrize(("text", "source"), [
    ("South Sudanese ministers met rebel commanders in Addis Ababa to discuss a truce.", "SSD"),
    ("Malian officials held talks with rebel commanders in Algiers on Tuesday.", "MLI"),
])
def test_issue_3_rebels_met_abroad_are_not_the_venues(
        events_of: Any, text: str, source: str) -> None:
    """Unnamed rebels a state's officials meet abroad are that state's, not the venue's the
    actor coding gave their title."""
    assert has_event(triples(events_of, text), "04", source, source)


def test_issue_3_named_nationals_met_at_a_venue_keep_their_state(events_of: Any) -> None:
    """A side with its own nationality keeps it wherever it is met."""
    text = "Sudanese officials met Kenyan opposition leaders in Nairobi."
    assert has_event(triples(events_of, text), "04", "SDN", "KEN")


@pytest.mark.parametrize(("text", "code", "country"), [
    ("Kenyan prosecutors opened an investigation into the alleged misuse of pandemic funds.",
     "090", "KEN"),
    ("Thailand's army chief suspended the constitution and imposed martial law across the "
     "country.", "172", "THA"),
])
def test_issue_3_domestic_acts_of_a_state_fall_on_its_own_country(
        events_of: Any, text: str, code: str, country: str) -> None:
    """A state body's inquiry with no named target, and administrative sanctions even by an
    army's ruler, are aimed at the doer's own country (the GSR convention)."""
    assert has_event(triples(events_of, text), code, country, country)


def test_issue_3_no_home_target_for_a_firm_or_an_army_abroad(events_of: Any) -> None:
    """A company's inquiry names no state; troops seizing a depot abroad keep its place."""
    assert not [t for c, _, t in triples(events_of, "The company launched an investigation "
                                         "into the data leak.") if t is not None]
    assert has_event(triples(events_of, "US troops seized a weapons depot near Kandahar on "
                             "Tuesday."), "171", "USA", "AFG")


def test_issue_3_harm_told_by_a_when_clause_deed_is_one_event(events_of: Any) -> None:
    """Policemen wounded when militants fired at their vehicle: one event, the firing, aimed at
    the policemen; no second main harm."""
    text = ("Three Egyptian policemen were wounded when militants fired a rocket at their "
            "armoured vehicle near Arish.")
    main = [(e.code, e.target.country if e.target else None) for e in events_of(text) if e.main]
    assert [c[:2] for c, _ in main] == ["19"] and main[0][1] == "EGY", main
