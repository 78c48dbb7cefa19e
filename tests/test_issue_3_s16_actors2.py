"""Issue 3, sixteenth session (actors, second pass): drivers and dockers as crowds of their
place, birthplaces before '-born', Pakistan's Rangers, South Sudan's and South Africa's towns
the tables lacked, accented places the tagger calls things, and organisations whose name the
tagger ran on into the place they are in."""

from __future__ import annotations

from typing import Any

import pytest


def _coded(actors_of: Any, text: str, word: str,
           published: str | None = None) -> tuple[str | None, str | None]:
    """(country, sector) of the mention at ``word`` in ``text`` (actors stage only)."""
    mention = actors_of.mention(text, word, published)
    return mention.country, mention.sector


@pytest.mark.parametrize(("text", "word", "country", "sector"), [
    ("Truck drivers blockaded the port of Calais on Tuesday to protest against fuel prices.",
     "Truck drivers", "FRA", "LAB"),
    ("Bus drivers went on strike in Nairobi on Wednesday demanding higher wages.",
     "Bus drivers", "KEN", "LAB"),
    ("Police arrested 20 lorry drivers in Harare after a wildcat strike.",
     "lorry drivers", "ZWE", "LAB"),
    ("Dockers in Antwerp walked off the job on Friday to protest against port reforms.",
     "Dockers", "BEL", "LAB"),
    ("Taxi drivers blocked roads in Lisbon to protest against ride-hailing apps.",
     "Taxi drivers", "PRT", "CVL"),
    ("Nurses protested outside parliament in Nairobi on Tuesday.", "Nurses", "KEN", "HLH"),
    ("Pensioners marched through Moscow on Saturday against the pension reform.", "Pensioners",
     "RUS", "CVL"),
])
def test_issue_3_drivers_and_dockers_are_people_of_their_place(
        actors_of: Any, text: str, word: str, country: str, sector: str) -> None:
    """Drivers named by their vehicle, dockers, nurses and pensioners are crowds of the place
    they are in, as miners, truckers and dockworkers were."""
    assert _coded(actors_of, text, word) == (country, sector)


def test_issue_3_drivers_alone_are_no_actor(actors_of: Any) -> None:
    """'drivers' with no vehicle (racing, drunk) stays no mention."""
    text = "Three drivers crashed out of the Grand Prix in Monaco on Sunday."
    assert actors_of.at(actors_of(text), text, "drivers") is None


@pytest.mark.parametrize(("text", "codes"), [
    ("Lorry drivers blocked fuel depots across Britain on Monday in protest against fuel duty.",
     ("144", "PROTEST", "GBR")),
    ("Dockers at the port of Mombasa went on strike on Monday.", ("143", "PROTEST", "KEN")),
])
def test_issue_3_driver_and_docker_protests_are_coded(events_of: Any, text: str,
                                                      codes: tuple[str, str, str]) -> None:
    """Their blockades and strikes are events of their country (were none: no actor)."""
    assert codes in [(c, p, s) for c, p, s, _ in events_of.codes(text)]


@pytest.mark.parametrize(("text", "word", "country"), [
    ("Hundreds of Kenyan-born Britons marched in London on Sunday.", "Kenyan-born Britons",
     "GBR"),
    ("Somali-born Swedes rallied in Stockholm against the ban.", "Somali-born Swedes", "SWE"),
    ("Police detained two Moroccan-born Belgians in Antwerp.", "Moroccan-born Belgians", "BEL"),
])
def test_issue_3_born_elsewhere_takes_the_later_nationality(actors_of: Any, text: str,
                                                            word: str, country: str) -> None:
    """'X-born Ys' are Ys: the birthplace is no country of theirs."""
    assert _coded(actors_of, text, word)[0] == country


def test_issue_3_a_birthplace_is_no_mention(actors_of: Any) -> None:
    """The birthplace word before '-born' is no mention of its own and makes no Moroccan
    police of Belgium's."""
    text = "Police detained two Moroccan-born Belgians in Antwerp."
    rec = actors_of(text)
    assert all(m.country != "MAR" for m in rec.mentions), [(m.text, m.country)
                                                          for m in rec.mentions]


@pytest.mark.parametrize(("text", "word", "country", "sector"), [
    ("Pakistani Rangers arrested five suspected militants in Karachi.", "Pakistani Rangers",
     "PAK", "MIL"),
    ("The Pakistan Rangers raided the offices of the party in Karachi.", "Pakistan Rangers",
     "PAK", "MIL"),
    ("Pakistani Rangers detained 12 party workers in Hyderabad on Thursday.", "Hyderabad",
     "PAK", None),
])
def test_issue_3_pakistan_rangers(actors_of: Any, text: str, word: str, country: str,
                                  sector: str | None) -> None:
    """Pakistan's paramilitary Rangers are its MIL, and settle a Hyderabad beside them."""
    assert _coded(actors_of, text, word) == (country, sector)


@pytest.mark.parametrize(("text", "word", "published", "country"), [
    ("Militiamen burned huts near Wau on Saturday.", "Militiamen", "2016-04-02", "SSD"),
    ("Soldiers fired on protesters in Wau on Friday.", "Soldiers", "2005-06-10", "SDN"),
    ("Government troops shelled rebel positions near Bentiu on Friday.", "troops", "2014-01-10",
     "SSD"),
    ("Striking miners clashed with police near Rustenburg on Thursday.", "Striking miners", None,
     "ZAF"),
    ("Gunmen killed three farmers near Bouaké on Sunday.", "farmers", None, "CIV"),
    ("Miners blocked roads in Potosi on Tuesday to demand higher royalties.", "Miners", None,
     "BOL"),
    ("Police fired tear gas at protesters in Tarija on Friday.", "protesters", None, "BOL"),
])
def test_issue_3_towns_place_their_people(actors_of: Any, text: str, word: str,
                                          published: str | None, country: str) -> None:
    """South Sudan's towns (Sudan's before July 2011), the platinum belt's, Bolivia's
    departmental capitals, and an accented town the tagger took for a thing place the people
    of their sentence."""
    assert _coded(actors_of, text, word, published)[0] == country


@pytest.mark.parametrize(("text", "word"), [
    ("The Rapid Support Forces in Jeddah rejected the proposal.", "Rapid Support Forces"),
    ("The Rapid Support Forces in Addis Ababa welcomed the proposal.", "Rapid Support Forces"),
])
def test_issue_3_named_group_keeps_its_country_where_it_is(actors_of: Any, text: str,
                                                           word: str) -> None:
    """A known group the tagger ran on into 'in <place>' keeps its own country."""
    assert _coded(actors_of, text, word)[0] == "SDN"
