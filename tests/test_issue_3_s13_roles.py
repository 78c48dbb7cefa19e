"""Issue 3, thirteenth session (roles): people a 'from'/'on' phrase places, US actors in US
articles (home countries from several rare foreign names or from the people named), surnames
the tagger calls places, British parties and people, counterparts and visitors, joined sides,
federal offices."""

from __future__ import annotations

from typing import Any

import pytest

from event_views import by_trigger, first_by_trigger


@pytest.mark.parametrize(("text", "word", "country"), [
    ("Yemeni coast guards seized sailors from a Danish tanker in the Red Sea.", "seized",
     "DNK"),
    ("The Indonesian navy detained fishermen on a Chinese boat near the Natuna islands.",
     "detained", "CHN"),
    ("Malian troops rescued teachers from a school in Gao on Sunday.", "rescued", "MLI"),
])
def test_issue_3_people_take_the_country_of_what_they_come_from(
        events_of: Any, text: str, word: str, country: str) -> None:
    """'sailors from a Danish tanker': the people stay the target and take the country of the
    craft, body or place the parser hung on the verb (the actor-target rule had dropped it)."""
    target = first_by_trigger(events_of, text, word).target
    assert target is not None and target.country == country, (text, target)
    assert target.text.split()[-1] in ("sailors", "fishermen", "teachers"), target


def test_issue_3_home_country_allows_several_rare_foreign_names() -> None:
    """A US story naming Libya twice and Israel once among 22 US places is still a US story;
    three foreign countries against ten US names is not."""
    from storyline.actors.extract import home_country

    us = ["iowa", "ohio", "texas", "boston", "chicago", "denver", "miami", "utah", "maine",
          "idaho", "nevada"] * 2
    assert home_country({"USA": us, "LBY": ["libya", "benghazi"], "ISR": ["israel"]}) == "USA"
    assert home_country({"USA": us[:10], "GBR": ["uk"], "FRA": ["paris"],
                         "DEU": ["berlin"]}) is None


def test_issue_3_a_campaign_story_places_its_untitled_people(events_of: Any) -> None:
    """A story that names Sanders, Clinton and Iowa but few places is American: an untitled
    person in it ('Mr. Holcomb') is too, marked 'article'."""
    text = ("Bernie Sanders told reporters on Tuesday that he would release his medical "
            "records.\nHillary Clinton's allies have pressed him for weeks before the Iowa "
            "caucuses.\nMr. Holcomb, who runs a group backing her, criticized Sanders again "
            "on Wednesday.")
    event = first_by_trigger(events_of, text, "criticized")
    assert event.source is not None and event.source.country == "USA"
    assert event.source.country_basis == "article"


def test_issue_3_a_foreign_titled_person_in_a_us_story_is_not_american(events_of: Any) -> None:
    """In a US story, a person the text gives a foreign title keeps that title's country."""
    text = ("WASHINGTON — Senate Democrats in Washington and Ohio blocked the Republican bill "
            "on Tuesday.\nThe vote pleased activists in Texas and Iowa.\n"
            "Mexican Foreign Minister Luis Ortega criticized the bill on Wednesday.")
    event = first_by_trigger(events_of, text, "criticized")
    assert event.source is not None and event.source.country == "MEX"


@pytest.mark.parametrize(("text", "word", "side", "country"), [
    ("Sharif hosted Modi in Lahore on Christmas Day.", "hosted", "target", "IND"),
    ("Trump mocked the Kasich campaign for its poll numbers.", "mocked", "target", "USA"),
    ("Palin praised Trump at a rally in Oklahoma.", "praised", "source", "USA"),
    ("Corbyn accused the government of failing nurses.", "accused", "source", "GBR"),
    ("The DUP criticized Dublin over the backstop.", "criticized", "source", "GBR"),
])
def test_issue_3_surnames_and_parties_code_their_country(
        events_of: Any, text: str, word: str, side: str, country: str) -> None:
    """A prominent surname the tagger calls a place ('Modi', 'Kasich') is the person; Palin,
    Corbyn and the DUP are American and British."""
    event = first_by_trigger(events_of, text, word)
    actor = getattr(event, side)
    assert actor is not None and actor.country == country, (text, actor)


def test_issue_3_a_counterpart_host_does_not_place_the_visitor(events_of: Any) -> None:
    """'held talks in Riyadh with his Saudi counterpart': the minister is not Saudi."""
    event = first_by_trigger(events_of, "The foreign minister held talks in Riyadh with his Saudi "
                             "counterpart on Sunday.", "talks")
    assert event.target is not None and event.target.country == "SAU"
    assert event.source is not None and event.source.country != "SAU"


def test_issue_3_a_visiting_minister_is_not_of_the_place_visited(events_of: Any) -> None:
    """'The visiting defence minister met Kenyan officials in Nairobi': no Kenyan visitor."""
    event = first_by_trigger(events_of, "The visiting defence minister met Kenyan officials "
                             "in Nairobi.", "met")
    assert event.source is not None and event.source.country != "KEN"


def test_issue_3_a_resident_minister_is_still_placed_by_the_scene(events_of: Any) -> None:
    """Near miss: 'Police met protest leaders in Lagos' keeps the police Nigerian."""
    event = first_by_trigger(events_of, "Police met protest leaders in Lagos on Monday.", "met")
    assert event.source is not None and event.source.country == "NGA"


@pytest.mark.parametrize(("text", "word", "countries"), [
    ("The foreign ministers of Spain and Italy urged Libya to hold elections.", "urged",
     {"ESP", "ITA"}),
    ("Serbian and Kosovar negotiators met in Brussels on Thursday.", "met", {"SRB", "XKX"}),
    ("Senior Ethiopian and Eritrean officials criticized the report.", "criticized",
     {"ETH", "ERI"}),
])
def test_issue_3_joined_sides_are_one_side_per_country(
        events_of: Any, text: str, word: str, countries: set[str]) -> None:
    """A joined description is a side per country it names, for every act."""
    found = by_trigger(events_of, text, word)
    named = {a.country for e in found for a in (e.source, e.target) if a is not None}
    assert countries <= named, (text, named)


def test_issue_3_a_federal_prosecutor_is_american(events_of: Any) -> None:
    """'A federal prosecutor whose parents came from Haiti': a US office; the clause about his
    parents does not place him."""
    event = first_by_trigger(events_of, "A federal prosecutor whose parents came from Haiti "
                             "charged the senator with fraud.", "charged")
    assert event.source is not None and event.source.country == "USA"


def test_issue_3_compound_demonyms_are_one_side(events_of: Any) -> None:
    """Near miss: 'Greek and Turkish Cypriot negotiators' split off no Turkish side (the
    actors stage still codes the whole phrase GRC, not CYP: a known shortfall); a business
    meeting's partners placed by the scene host no one ('the chief executive met analysts in
    Chicago' stays American)."""
    found = by_trigger(events_of, "Greek and Turkish Cypriot negotiators met at the UN "
                       "compound in Nicosia.", "met")
    named = {a.country for e in found for a in (e.source, e.target) if a is not None}
    assert "TUR" not in named, named
    event = first_by_trigger(events_of, "The bank's chief executive met analysts in Chicago on "
                             "Tuesday.", "met")
    assert event.source is not None and event.source.country == "USA"


def test_issue_3_an_envoys_country_places_no_one_else(events_of: Any) -> None:
    """'ROME (Reuters) - The foreign ministry summoned the Egyptian ambassador': the ministry
    is the dateline's (ITA), not the envoy's Egypt; plural titles 'from X and Y' are a side
    each; the Niger Delta is Nigerian."""
    event = first_by_trigger(events_of, "ROME (Reuters) - The foreign ministry summoned the "
                             "Egyptian ambassador on Wednesday.", "summoned")
    assert event.source is not None and event.source.country == "ITA"
    found = by_trigger(events_of, "Officials from Sudan and Chad criticized the decision "
                       "on Monday.", "criticized")
    named = {a.country for e in found for a in (e.source, e.target) if a is not None}
    assert {"SDN", "TCD"} <= named, named
    event = first_by_trigger(events_of, "Gunmen kidnapped two Italian engineers in the Niger "
                             "Delta.", "kidnapped")
    assert event.location is not None and event.location.country == "NGA"


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Speaker Paul D. Ryan rebuked the nominee on Tuesday.", "Paul Ryan", "USA"),
    ("President Enrique Pena Nieto rebuffed the candidate's demand.", "Enrique Pena Nieto",
     "MEX"),
])
def test_issue_3_people_named_with_initials_or_no_accents_code(
        events_of: Any, text: str, name: str, country: str) -> None:
    """A full name with a middle initial is the dictionary person without it; Pena Nieto is
    Mexico's president of 2012-2018."""
    found = [e for e in events_of(text) if e.source is not None]
    assert found and found[0].source.country == country, text
    assert found[0].source.name == name


def test_issue_3_he_after_a_quotation_is_not_whom_it_names(events_of: Any) -> None:
    """'"Obama is a failure," he said, adding that he would back Cruz': 'he' is the speaker,
    not the person the quotation names, so Obama backs no one."""
    found = [e for e in by_trigger(events_of, "Senator Tom Smith spoke to voters in Iowa on "
                                   "Monday. “Obama is a failure,” he said, adding that he "
                                   "would back Cruz.", "back") if e.source is not None]
    assert found and found[0].source.country == "USA", found
    assert not any("Obama" in (e.source.name or e.source.text) for e in found), found


def test_issue_3_they_may_be_plural_nationals(events_of: Any) -> None:
    """'arrested two Algerians after they stabbed a guard': 'they' are the Algerians, not the
    arresting police (a demonym adjective, 'Algerian police', is still no 'they')."""
    event = first_by_trigger(events_of, "French police arrested two Algerians after they stabbed a "
                             "guard in Lyon.", "stabbed")
    assert event.source is not None and event.source.country == "DZA", event.source
