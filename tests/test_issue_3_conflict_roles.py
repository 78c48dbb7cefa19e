"""Issue 3, roles in conflict events (seventh session): who did it to whom in protests,
mobilizations, sanctions, coercion and assaults (CAMEO roots 14-20), and their countries.

Sentences are our own, written for these tests in the style of short news reports (none is
copied from a gold set). Each row: sentence, a trigger word, the source's country (or "*":
not checked) and the target's; several countries joined by commas are all expected (a mutual
act gives one event from one side to the other).
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from storyline.records import Event

pytestmark = pytest.mark.issue(3)

CASES = [
    ("Jihadists killed 30 Malian soldiers in an attack on a base near the border with Niger.",
     'killed', 'MLI', 'MLI'),
    ("Insurgents killed nine Chadian soldiers in a raid on a garrison.",
     'killed', 'TCD', 'TCD'),
    ("Gunmen attacked a police checkpoint near Gao, killing four Malian soldiers.",
     'attacked', 'MLI', 'MLI'),
    ("Thousands of Kenyans marched in Mombasa against new taxes.",
     'marched', 'KEN', 'KEN'),
    ('A gunman opened fire on a Canadian and a French tourist in Ouagadougou.',
     'opened fire', 'BFA', 'CAN,FRA'),
    ('Bandits abducted more than 300 schoolgirls from a boarding school in Zamfara, Nigeria.',
     'abducted', 'NGA', 'NGA'),
    ('Abu Sayyaf gunmen kidnapped five Indonesian fishermen off the southern Philippines.',
     'kidnapped', 'PHL', 'IDN'),
    ('Russian-backed separatists attacked Ukrainian positions near Donetsk.',
     'attacked', 'UKR', 'UKR'),
    ('Iran-backed militias attacked a US base in eastern Syria with rockets.',
     'attacked', 'SYR', 'USA'),
    ('Iran fired missiles at US bases in Iraq in January 2020.',
     'fired', 'IRN', 'USA'),
    ('Rebels attacked a Russian air base in western Syria with drones.',
     'attacked', 'SYR', 'RUS'),
    ('Militants shelled a Turkish military outpost in northern Iraq.',
     'shelled', 'IRQ', 'TUR'),
    ('Indian and Chinese troops clashed in a remote Himalayan valley in June 2020.',
     'clashed', 'IND,CHN', 'CHN,IND'),
    ('Clashes between Rwandan and Congolese troops erupted along the border.',
     'Clashes', 'RWA,COD', 'COD,RWA'),
    ('The Sudanese army and allied militias shelled rebel positions in Chad.',
     'shelled', 'SDN', 'TCD'),
    ("Israel attacked Iran's nuclear sites, Iranian officials said.",
     'attacked', 'ISR', 'IRN'),
    ('The United States carried out air strikes on Syria in April 2018.',
     'strikes', 'USA', 'SYR'),
    ('Russian jets bombed a theatre in Mariupol.',
     'bombed', 'RUS', 'UKR'),
    ('Al-Shabaab militants ambushed a Kenyan army convoy near the Somali border.',
     'ambushed', 'SOM', 'KEN'),
    ('Hamas militants fired rockets at Israeli towns near the Gaza Strip.',
     'fired', 'PSE', 'ISR'),
    ('Israeli forces killed three Palestinian gunmen in Jenin.',
     'killed', 'ISR', 'PSE'),
    ('Cartel gunmen killed three American women in northern Mexico.',
     'killed', 'MEX', 'USA'),
    ('Azerbaijani forces shelled Armenian positions in Nagorno-Karabakh.',
     'shelled', 'AZE', 'ARM'),
    ("Myanmar's military detained Aung San Suu Kyi and other civilian leaders in a coup.",
     'detained', 'MMR', 'MMR'),
    ("Saudi authorities detained several women's rights activists.",
     'detained', 'SAU', 'SAU'),
    ('Belarusian police arrested Maria Kolesnikova and two other opposition figures.',
     'arrested', 'BLR', 'BLR'),
    ('Russian police arrested more than 1,000 protesters in Moscow on Saturday.',
     'arrested', 'RUS', 'RUS'),
    ('China detained two Canadian citizens in December 2018.',
     'detained', 'CHN', 'CAN'),
    ('Iranian authorities detained a British aid worker at Tehran airport.',
     'detained', 'IRN', 'GBR'),
    ('Turkish police detained a Swedish journalist at Istanbul airport.',
     'detained', 'TUR', 'SWE'),
    ('Venezuelan troops detained four Colombian soldiers near the border.',
     'detained', 'VEN', 'COL'),
    ('Indian authorities imposed a curfew in parts of Kashmir.',
     'imposed', 'IND', 'IND'),
    ('The United States deported 300 Mexican migrants on Friday.',
     'deported', 'USA', 'MEX'),
    ('Algeria deported hundreds of Nigerien migrants.',
     'deported', 'DZA', 'NER'),
    ('Russian border guards seized three Ukrainian navy vessels in the Kerch Strait.',
     'seized', 'RUS', 'UKR'),
    ('Israel called up 300,000 reservists.',
     'called up', 'ISR', 'ISR'),
    ('Russia massed more than 100,000 troops near the Ukrainian border.',
     'massed', 'RUS', 'UKR'),
    ('Poland expelled 45 Russian diplomats suspected of spying.',
     'expelled', 'POL', 'RUS'),
    ('Russia expelled four German diplomats.',
     'expelled', 'RUS', 'DEU'),
    ("Mali's military government expelled the French ambassador.",
     'expelled', 'MLI', 'FRA'),
    ('The Netherlands expelled two Iranian diplomats.',
     'expelled', 'NLD', 'IRN'),
    ('Britain imposed sanctions on Russian lawmakers.',
     'sanctions', '*', 'RUS'),
    ('China sanctioned seven American defence companies over arms sales to Taiwan.',
     'sanctioned', '*', 'USA'),
    ('Thousands of French workers protested in Paris against the pension reform.',
     'protested', 'FRA', 'FRA'),
    ('Hundreds of thousands of Israelis rallied in Tel Aviv against the judicial overhaul.',
     'rallied', 'ISR', 'ISR'),
    ('Iraqi demonstrators protested outside the US embassy in Baghdad.',
     'protested', 'IRQ', 'USA'),
    ('Indian farmers protested outside New Delhi against new agricultural laws.',
     'protested', 'IND', 'IND'),
    ('Young Nigerians protested in Lagos against police brutality.',
     'protested', 'NGA', 'NGA'),
    # round 2: unnamed doers placed by where they act, home groups, compass and hyphen places
    ('An army patrol was ambushed near Timbuktu in northern Mali on Saturday.',
     'ambushed', 'MLI', 'MLI'),
    ('A roadside bomb killed four Afghan soldiers in Helmand province.',
     'killed', 'AFG', 'AFG'),
    ('Six aid workers were kidnapped in eastern Chad last week.',
     'kidnapped', 'TCD', 'TCD'),
    ('Houthi fighters attacked a British tanker off the coast.',
     'attacked', 'YEM', 'GBR'),
    ('Gunmen killed seven villagers in western Niger.',
     'killed', 'NER', 'NER'),
]


def _words(text: str | None) -> set[str]:
    """Lower-case words of a trigger."""
    return set(re.findall(r"[a-z]+", (text or "").lower()))


def _matching(events: list[Event], trigger: str) -> list[Event]:
    """Events whose trigger shares a word with the expected one."""
    return [e for e in events if _words(e.trigger) & _words(trigger)]


@pytest.mark.parametrize(("text", "trigger", "source", "target"), CASES)
def test_issue_3_conflict_roles_code_both_sides(
        events_of: Any, text: str, trigger: str, source: str, target: str) -> None:
    found = _matching(events_of(text), trigger)
    assert found, text
    best = max(found, key=lambda e: e.confidence)
    for role, expected in (("source", source), ("target", target)):
        if expected == "*":
            continue
        actor = getattr(best, role)
        assert actor is not None and actor.country in expected.split(","), (role, actor)
    if "," in target and set(source.split(",")) != set(target.split(",")):
        got = {e.target.country for e in found if e.target is not None}
        assert set(target.split(",")) <= got  # every victim's country, not only the first


def test_issue_3_a_mutual_clash_of_a_joined_description_has_two_sides(events_of: Any) -> None:
    text = "Indian and Chinese troops clashed in a remote Himalayan valley in June 2020."
    event = _matching(events_of(text), "clashed")[0]
    assert event.source is not None and event.target is not None
    assert {event.source.country, event.target.country} == {"IND", "CHN"}
    assert event.target.span is not None and text[slice(*event.target.span)] == "Chinese"


def test_issue_3_a_patron_is_not_the_country_of_the_group_it_backs(events_of: Any) -> None:
    text = "An Iran-allied militia attacked a Kurdish checkpoint near Erbil in Iraq."
    sources = [e.source for e in _matching(events_of(text), "attacked")]
    assert sources and all(s is not None and s.country == "IRQ" for s in sources), sources


def test_issue_3_a_visitor_keeps_a_nationality_and_a_thing_its_owner(events_of: Any) -> None:
    text = "Militants attacked a Japanese engineer and a US consulate in Peshawar."
    countries = {e.target.country for e in events_of(text) if e.target is not None}
    assert "PAK" not in countries and countries <= {"JPN", "USA"} and countries, countries


def test_issue_3_an_unnamed_attacker_is_implied_from_the_place(events_of: Any) -> None:
    text = "A police station was stormed overnight in southern Somalia, killing two officers."
    event = _matching(events_of(text), "stormed")[0]
    source = event.source
    assert source is not None and source.implied and source.country == "SOM", source
    assert source.sector == "UAF" and source.span is not None
    assert text[slice(*source.span)] == "southern Somalia"  # the place is the evidence


@pytest.mark.parametrize("text", [
    "Four people were killed when a truck overturned in western Uganda.",
    "A gas explosion at a coal mine in Shaanxi killed eleven miners.",
    "Two fishermen were injured in northern Peru.",
    "A heart attack killed the former minister in Lisbon.",
    "A general strike shut down Lagos on Monday.",
    "A blast at a chemical plant killed six workers in Gujarat.",
])
def test_issue_3_accidents_get_no_implied_attacker(events_of: Any, text: str) -> None:
    found = [e for e in events_of(text) if e.root_code in ("18", "19", "20")]
    assert not found, [(e.code, e.trigger) for e in found]


def test_issue_3_a_bare_congress_does_not_take_a_target_demonym(events_of: Any) -> None:
    text = "Congress imposed new sanctions on Venezuelan officials."
    events = _matching(events_of(text), "sanctions")
    assert events and all(e.source is not None and e.source.country != "VEN" for e in events)
    assert any(e.target is not None and e.target.country == "VEN" for e in events)


def test_issue_3_compass_hyphen_and_region_places_keep_their_country() -> None:
    from storyline.actors.coding import place_of
    from storyline.actors.names import norm_key

    for phrase, country in (("western Niger", "NER"), ("north-eastern Nigeria", "NGA"),
                            ("Port-au-Prince", "HTI"), ("central Mali", "MLI"),
                            ("Zamfara state", "NGA"), ("Idlib province", "SYR"),
                            ("Anbar governorate", "IRQ"), ("Kherson oblast", "UKR"),
                            ("Sindh province", "PAK"), ("Tigray region", "ETH")):
        found = place_of(norm_key(phrase))
        assert found is not None and found.code == country, phrase
    for phrase in ("western nowhere", "the state", "Islamic State", "nowhere province"):
        assert place_of(norm_key(phrase)) is None, phrase


@pytest.mark.parametrize(("text", "trigger", "country"), [
    ("Gunmen killed 12 villagers in Zamfara state on Sunday, police said.", "killed", "NGA"),
    ("Police arrested 40 protesters in Sindh province on Tuesday.", "arrested", "PAK"),
    ("Bandits abducted 30 students from a school in Kebbi State.", "abducted", "NGA"),
])
def test_issue_3_unnamed_actors_in_a_region_take_its_country(
        events_of: Any, text: str, trigger: str, country: str) -> None:
    found = _matching(events_of(text), trigger)
    assert found and all(e.source is not None and e.source.country == country for e in found)
    assert all(e.target is not None and e.target.country == country for e in found)


# Review round: sentences whose doer the text does not leave unnamed, or that are no attack
NO_IMPLIED_DOER = [
    "She drove from her flat in Leeds to the airport in Manchester.",
    "The minister tried to kill the proposal in parliament in Ottawa.",
    "The manager fired back at reporters after the defeat in Lisbon.",
    "A gas tanker explosion killed 14 people on a road in Kenya.",
    "The drone attack on a fuel depot in Belgorod was claimed by Ukraine.",
    "Three men beat a taxi driver outside a bar in Cardiff.",
    "A teenager was stabbed to death in north Birmingham.",
    "Soaring prices drove hundreds of families from their homes in Dublin.",
    "The town of Bakhmut was shelled overnight.",
]


@pytest.mark.parametrize("text", NO_IMPLIED_DOER)
def test_issue_3_no_implied_doer_for_named_doers_accidents_or_places_hit(
        events_of: Any, text: str) -> None:
    implied = [e for e in events_of(text) if e.source is not None and e.source.implied]
    assert not implied, [(e.code, e.trigger, e.source) for e in implied]


def test_issue_3_an_ambushed_convoy_still_implies_its_attackers(events_of: Any) -> None:
    event = _matching(events_of("A military convoy was ambushed near Kidal in northern Mali."),
                      "ambushed")[0]
    assert event.source is not None and event.source.implied and event.source.country == "MLI"


@pytest.mark.parametrize(("text", "trigger", "wrong"), [
    ("Armed men abducted three Spanish nuns during a visit to Burkina Faso.", "abducted", "ESP"),
    ("Gunmen killed four Thai workers travelling to Malaysia.", "killed", "MYS"),
    ("Militants attacked the Italian embassy.", "attacked", "ITA"),
    ("Pro-Turkish militias attacked Kurdish positions near Afrin in Syria.", "attacked", "TUR"),
])
def test_issue_3_unnamed_doers_not_from_victims_destinations_or_sides(
        events_of: Any, text: str, trigger: str, wrong: str) -> None:
    found = _matching(events_of(text), trigger)
    assert found and all(e.source is not None and e.source.country != wrong for e in found)


@pytest.mark.parametrize(("text", "trigger", "wrong"), [
    ("Venezuelan troops seized a fishing boat off the coast.", "seized", "VEN"),
    ("Iranian commandos seized an oil tanker near the Strait of Hormuz.", "seized", "IRN"),
    ("Myanmar detained a backpacker during a trip.", "detained", "MMR"),
])
def test_issue_3_seized_things_and_travellers_are_not_held_at_home(
        events_of: Any, text: str, trigger: str, wrong: str) -> None:
    found = _matching(events_of(text), trigger)
    assert found and all(e.target is None or e.target.country != wrong for e in found)


def test_issue_3_deported_people_sent_to_a_capital_are_deported_not_expelled(
        events_of: Any) -> None:
    found = _matching(events_of("Norway deported three Eritrean asylum seekers to Asmara."),
                      "deported")
    assert found and all(e.code == "174" for e in found), [e.code for e in found]
    assert all(e.target is not None and e.target.country == "ERI" for e in found)
    assert all("seekers" in (e.target.text if e.target else "") for e in found)


@pytest.mark.parametrize(("text", "code", "country"), [
    ("A bombing at a mosque in Peshawar killed 59 worshippers.", None, "PAK"),
    ("A suicide bombing at a checkpoint in Mogadishu killed eight soldiers.", "1831", "SOM"),
    ("An air strike killed 20 civilians in a village in Sagaing region.", "195", "MMR"),
    ("Shelling killed three civilians in Kherson on Tuesday.", "194", "UKR"),
])
def test_issue_3_an_attack_that_kills_implies_its_unnamed_doers(
        events_of: Any, text: str, code: str | None, country: str) -> None:
    found = _matching(events_of(text), "killed")
    assert found and all(e.root_code in ("18", "19") for e in found), found
    assert code is None or all(e.code == code for e in found)
    assert all(e.source is not None and e.source.implied and e.source.country == country
               for e in found)


def test_issue_3_implied_states_are_named_without_bracketed_aliases(events_of: Any) -> None:
    text = "An air strike killed 20 civilians in a village in Sagaing region."
    found = _matching(events_of(text), "killed")
    assert found and all(e.source is not None and e.source.name == "Myanmar" for e in found)
