"""Issue 3, fourteenth session (roles): East Timor's code, client groups of a patron state,
things force is used on placed by where they lead or whom they serve, protests that demand
'from' someone, a second act or a charge after the object, brokers of a deal, US agents and
bodies, campaigns, sports clubs, Cypriot communities and two-country town names."""

from __future__ import annotations

from typing import Any

import pytest


def _first(events_of: Any, text: str, word: str) -> Any:
    """The first event whose trigger holds ``word``."""
    found = [e for e in events_of(text) if word in (e.trigger or "")]
    assert found, text
    return found[0]


def test_issue_3_east_timor_is_tls() -> None:
    """The old CAMEO code TMP reads as TLS, in names and in actor codes."""
    from storyline.actors.coding import code_phrase
    from storyline.actors.kb import split_code

    for name in ("Dili", "Timor Leste", "East Timor"):
        coded = code_phrase(name)
        assert coded is not None and coded.country == "TLS", (name, coded)
    assert split_code("TMPGOV") == ("TLS", "GOV")


@pytest.mark.parametrize(("text", "word", "country"), [
    ("Guerrillas ambushed an officer of Syria's militia allies near the Lebanese town of "
     "Hermel.", "ambushed", "LBN"),
    ("Gunmen killed two fighters of Iran's Shiite proxies in western Iraq on Friday.",
     "killed", "IRQ"),
])
def test_issue_3_a_patron_owning_a_client_group_is_not_its_country(
        events_of: Any, text: str, word: str, country: str) -> None:
    """"Syria's militia allies", "Iran's proxies": the possessor is the group's patron; the
    place the group is in gives its country."""
    target = _first(events_of, text, word).target
    assert target is not None and target.country == country, (text, target)


def test_issue_3_client_words_leave_plain_possessives_alone() -> None:
    """Near miss: "Israel's army" stays Israeli; "Russia's allies" alone names no country."""
    from storyline.actors.coding import code_phrase

    army = code_phrase("Israel's army")
    assert army is not None and army.country == "ISR"
    allies = code_phrase("Russia's allies")
    assert allies is None or allies.country != "RUS"


@pytest.mark.parametrize(("text", "word", "country"), [
    ("Rebels blew up two electricity pylons leading into Bujumbura overnight, police said.",
     "blew", "BDI"),
    ("A school for Somali refugees was attacked by Kenyan gunmen near Dadaab on Monday.",
     "attacked", "SOM"),
])
def test_issue_3_things_attacked_take_where_they_lead_or_whom_they_serve(
        events_of: Any, text: str, word: str, country: str) -> None:
    """Power lines 'leading into' a capital are that country's; a camp or school 'for Somali
    refugees' is theirs (was no target, or the people a later clause kills)."""
    target = _first(events_of, text, word).target
    assert target is not None and target.country == country, (text, target)


def test_issue_3_a_camp_for_training_is_no_people_camp(events_of: Any) -> None:
    """Near miss: 'a camp for training recruits' serves no people of a country."""
    found = [e for e in events_of("Gunmen attacked a camp for training recruits in the "
                                  "desert.") if e.trigger == "attacked"]
    assert all(e.target is None or e.target.country is None for e in found), found


@pytest.mark.parametrize(("text", "word", "country"), [
    ("Port workers rioted in Mombasa on Friday demanding back pay from their Chinese "
     "operator.", "rioted", "CHN"),
    ("Students marched in Yaounde demanding independence from French influence.", "marched",
     "FRA"),
])
def test_issue_3_a_protest_aims_at_whom_it_demands_from(
        events_of: Any, text: str, word: str, country: str) -> None:
    """'demanding X from Y': Y is the protest's target (was the country of its town)."""
    target = _first(events_of, text, word).target
    assert target is not None and target.country == country, (text, target)


def test_issue_3_a_second_act_or_a_charge_owns_no_object(events_of: Any) -> None:
    """'detained the men and charged them with spying for Israel': Israel is neither arrested
    nor accused."""
    events = events_of("Iranian police detained the men and charged them with spying for "
                       "Israel.")
    detained = next(e for e in events if e.trigger == "detained")
    assert detained.source is not None and detained.source.country == "IRN"
    assert all(e.target is None or e.target.country != "ISR" for e in events), events


def test_issue_3_a_broker_is_no_target(events_of: Any) -> None:
    """'restored ties in a deal brokered by Qatar': Qatar is no side of the renewed ties; the
    two sides are each other's targets, both ways."""
    events = events_of("Bahrain and Egypt restored ties in a deal brokered by Qatar.")
    pairs = {(e.source.country, e.target.country) for e in events
             if e.source is not None and e.target is not None}
    assert pairs == {("BHR", "EGY"), ("EGY", "BHR")}, pairs


@pytest.mark.parametrize(("text", "word"), [
    ("Federal agents searched the home of the Philadelphia councilman on Monday.",
     "searched"),
    ("Federal investigators arrested four men in Ohio on Thursday.", "arrested"),
])
def test_issue_3_federal_agents_are_american_police(events_of: Any, text: str,
                                                    word: str) -> None:
    """'federal agents' in a US sentence: US police (was no actor, so no event)."""
    source = _first(events_of, text, word).source
    assert source is not None and source.country == "USA" and source.sector == "COP", source


def test_issue_3_federal_agents_abroad_keep_their_country(events_of: Any) -> None:
    """Near miss: Brazilian federal agents are Brazil's."""
    source = _first(events_of, "Brazilian federal agents arrested a governor in Rio de "
                    "Janeiro.", "arrested").source
    assert source is not None and source.country == "BRA", source


def test_issue_3_a_party_led_house_is_the_us_house(events_of: Any) -> None:
    """'the Republican-led House' is the US House (was countryless)."""
    source = _first(events_of, "The Republican-led House voted to sue the administration "
                    "over its health law.", "sue").source
    assert source is not None and source.country == "USA", source


def test_issue_3_the_campaign_is_the_named_candidates(events_of: Any) -> None:
    """A bare 'the campaign' after 'the Sanders campaign' is that US campaign (its act was
    dropped: no actor)."""
    events = events_of("The Sanders campaign on Friday accused the party of rigging the "
                       "debates. The campaign also criticized the Democratic chairwoman.")
    criticized = next(e for e in events if e.trigger == "criticized")
    assert criticized.source is not None and criticized.source.country == "USA"
    assert criticized.source.text == "The campaign"


def test_issue_3_a_military_campaign_names_no_candidate(events_of: Any) -> None:
    """Near miss: 'the Saudi-led campaign ... The campaign' is no candidate's."""
    events = events_of("The Saudi-led campaign in Yemen intensified on Monday. The campaign "
                       "also criticized the United Nations.")
    assert all(e.source is None or e.source.sector != "PTY" for e in events), events


@pytest.mark.parametrize("name", ["Real Madrid", "Bayern Munich", "Manchester United",
                                  "Inter Milan"])
def test_issue_3_sports_clubs_are_no_towns(name: str) -> None:
    """A club named after its town is not the town's government."""
    from storyline.actors.coding import code_phrase, sports_club

    assert sports_club(name)
    coded = code_phrase(name)
    assert coded is None or coded.country is None, coded


@pytest.mark.parametrize("name", ["Mexico City", "Gaza City", "Quezon City", "Kuwait City",
                                  "United Russia", "Kansas City"])
def test_issue_3_towns_named_city_are_no_clubs(name: str) -> None:
    """Near miss: a town called 'X City' and a party called 'United X' are no clubs."""
    from storyline.actors.coding import sports_club

    assert not sports_club(name)


def test_issue_3_club_acts_code_no_country(events_of: Any) -> None:
    """'Atletico Madrid condemned ...': no Spanish government act."""
    events = events_of("Atletico Madrid condemned the racist chants on Sunday.")
    assert all(e.source is None or e.source.country != "ESP" for e in events), events


def test_issue_3_cypriot_communities_are_a_side_each(events_of: Any) -> None:
    """'Greek and Turkish Cypriot leaders met': two Cypriot sides, no Turkish or Greek one."""
    events = [e for e in events_of("Greek and Turkish Cypriot leaders met in Nicosia on "
                                   "Friday.") if e.trigger == "met"]
    assert events
    named = {a.country for e in events for a in (e.source, e.target) if a is not None}
    assert named == {"CYP"}, named
    assert all(e.target is not None for e in events), events


@pytest.mark.parametrize(("text", "word", "country"), [
    ("Gunmen attacked a checkpoint in Tripoli, the northern Lebanese city, on Sunday.",
     "attacked", "LBN"),
    ("Gunmen attacked a checkpoint in Tripoli, the Libyan capital, on Sunday.", "attacked",
     "LBY"),
])
def test_issue_3_a_two_country_town_takes_its_described_country(
        events_of: Any, text: str, word: str, country: str) -> None:
    """Tripoli is Libya's or Lebanon's: the demonym describing the town decides."""
    event = _first(events_of, text, word)
    assert event.target is not None and event.target.country == country, event.target
    assert event.source is not None and event.source.country == country, event.source


def test_issue_3_staff_of_a_candidate_named_in_full(events_of: Any) -> None:
    """"Hillary Rodham Clinton's newly hired campaign chief": the candidate's staff (USA)."""
    source = _first(events_of, "Hillary Rodham Clinton's newly hired campaign chief urged "
                    "donors to give more.", "urged").source
    assert source is not None and source.country == "USA", source


@pytest.mark.parametrize(("text", "country"), [
    ("The African Union suspended Guinea's membership over its refusal to hold elections.",
     "GIN"),
    ("The European Union praised Ghana's government for its handling of the vote.", "GHA"),
    ("Washington sanctioned Russia's largest bank over its role in the conflict.", "RUS"),
])
def test_issue_3_a_possessive_in_a_reason_is_the_objects(actors_of: Any, text: str,
                                                       country: str) -> None:
    """'suspended X's membership over its refusal': 'its' is X, whom the reason is about, not
    the subject that acts on it."""
    its = actors_of.at(actors_of(text), text, "its")
    assert its is not None and its.country == country, its


def test_issue_3_a_possessive_elsewhere_keeps_the_subject(actors_of: Any) -> None:
    """Near miss: 'recalled its ambassador' (no reason phrase) is still the subject's."""
    text = "Morocco recalled its ambassador to Sweden on Monday."
    its = actors_of.at(actors_of(text), text, "its")
    assert its is not None and its.country == "MAR", its


@pytest.mark.parametrize(("text", "word"), [
    ("Rebel groups boycotted the peace talks in Geneva on Thursday.", "boycotted"),
    ("Opposition parties walked out of the conference in Vienna.", "walked"),
])
def test_issue_3_a_venue_places_no_group(events_of: Any, text: str, word: str) -> None:
    """Where talks or a conference are held places none of the groups that attend, boycott
    or leave them (was Swiss rebels, an Austrian opposition)."""
    event = _first(events_of, text, word)
    assert event.source is not None and event.source.country is None, event.source


def test_issue_3_a_protest_town_still_places_its_crowd(events_of: Any) -> None:
    """Near miss: 'students protested in Baghdad' are Iraqi."""
    source = _first(events_of, "Students protested in Baghdad on Monday.", "protested").source
    assert source is not None and source.country == "IRQ", source


@pytest.mark.parametrize(("text", "word", "banned"), [
    ("Peruvian police detained a former officer in connection with the murder of a Chilean "
     "journalist.", "detained", "CHL"),
    ("Ugandan police arrested a pastor on suspicion of aiding Congolese rebels.", "arrested",
     "COD"),
])
def test_issue_3_a_charge_is_no_target(events_of: Any, text: str, word: str,
                                       banned: str) -> None:
    """Whom a crime was done to or for ('in connection with the murder of a Chilean
    journalist', 'on suspicion of aiding Congolese rebels') is not whom the arrest aims at."""
    target = _first(events_of, text, word).target
    assert target is None or target.country != banned, target


def test_issue_3_campaign_staff_take_the_candidates_country(events_of: Any) -> None:
    """'Alex Conant, a campaign spokesman' and "the campaign's manager" after 'the Rubio
    campaign' are that US campaign's staff (were countryless)."""
    events = events_of("The Rubio campaign bought new ads in Iowa on Monday. Alex Conant, a "
                       "campaign spokesman, criticized Jeb Bush. The campaign's manager urged "
                       "donors to give more.")
    criticized = next(e for e in events if e.trigger == "criticized")
    assert criticized.source is not None and criticized.source.country == "USA"
    urged = next(e for e in events if e.trigger == "urged")
    assert urged.source is not None and urged.source.country == "USA"


def test_issue_3_a_persons_allies_keep_the_persons_country(events_of: Any) -> None:
    """Near miss: "Trump's allies in Congress" are no client group of a state: American."""
    source = _first(events_of, "Trump's congressional allies urged his critics to stay "
                    "quiet.", "urged").source
    assert source is not None and source.country == "USA", source


def test_issue_3_a_place_tagged_as_a_date_is_a_place() -> None:
    """A one-word name the tagger labels DATE or PRODUCT that the gazetteer knows as a place
    ('in Niger') is relabelled GPE; a month or an unknown name is left alone."""
    from storyline.actors.mentions import _places_as_things

    pos = ["PROPN", "PROPN", "PROPN"]
    ent = ["DATE", "DATE", "PRODUCT"]
    _places_as_things(pos, ent, ["niger", "june", "iphone"], {0: (0, 1), 1: (1, 2),
                                                               2: (2, 3)})
    assert ent == ["GPE", "DATE", "PRODUCT"]


def test_issue_3_gunmen_in_niger_are_nigerien(events_of: Any) -> None:
    """'abducted 30 Nigerian schoolgirls from a village in Niger': the town places the gunmen
    (NER), not the victims' demonym (was NGA)."""
    source = _first(events_of, "Gunmen abducted as many as 30 Nigerian schoolgirls from a "
                    "village in Niger.", "abducted").source
    assert source is not None and source.country == "NER", source


def test_issue_3_joined_communities_code_their_shared_country() -> None:
    """'Greek and Turkish Cypriot negotiators' are Cypriot (the first community word alone
    read as Greek); 'Serbian and Croatian leaders' share no demonym and keep the first."""
    from storyline.actors.coding import code_phrase

    coded = code_phrase("Greek and Turkish Cypriot negotiators")
    assert coded is not None and coded.country == "CYP", coded
    other = code_phrase("Serbian and Croatian leaders")
    assert other is None or other.country != "CYP", other


@pytest.mark.parametrize("phrase", ["the Spanish-language network", "Arabic-speaking voters",
                                    "the Spanish - language network"])
def test_issue_3_a_language_names_no_country(phrase: str) -> None:
    """'Spanish-language', 'Arabic-speaking': a language, not Spain or an Arab state."""
    from storyline.actors.coding import code_phrase

    coded = code_phrase(phrase)
    assert coded is None or coded.country is None, coded


def test_issue_3_a_us_title_keeps_a_surname_american(events_of: Any) -> None:
    """'Rep. Welch' is a US representative, not a foreign legislator named Welch."""
    source = _first(events_of, "Rep. Welch endorsed Sanders for president.", "endorsed").source
    assert source is not None and source.country == "USA", source


@pytest.mark.parametrize(("phrase", "country"), [
    ("English teachers", None), ("Spanish classes", None), ("math and English skills students",
                                                           None),
    ("British teachers", "GBR"), ("English fans", "GBR"), ("French troops", "FRA"),
])
def test_issue_3_a_taught_language_names_no_country(phrase: str, country: str | None) -> None:
    """'English teachers', 'Spanish classes': a language taught; 'British teachers' and
    'English fans' stay their country's."""
    from storyline.actors.coding import code_phrase

    coded = code_phrase(phrase)
    assert (coded.country if coded is not None else None) == country, coded
