"""Issue 3, eleventh session (roles): US domestic actors placed by what one sentence shows
(courtesy titles, staff of a known principal, party words and tags, US bodies), countries that
only qualify what an act aims at, offices a country lacks, datelines, the side of an offensive,
one-country articles, and the knowledge base's lone-surname table."""

from __future__ import annotations

import gzip
import json
from typing import Any

import pytest

from event_views import by_trigger, sides_of
from storyline.actors import kb
from storyline.actors.coding import office_absent, party_state_tag, staff_country
from storyline.data import build


@pytest.mark.parametrize(("text", "word", "sides"), [
    ("Mr. Trump accused Mrs. Clinton of lying about her emails.", "accused", ("USA", "USA")),
    ("Ms. Warren criticized Mr. Obama over the trade pact.", "criticized", ("USA", "USA")),
    ("Mr. Putin met Mr. Netanyahu in Moscow on Thursday.", "met", ("RUS", "ISR")),
])
def test_issue_3_a_courtesy_title_keeps_a_prominent_lone_surname(
        events_of: Any, text: str, word: str, sides: tuple[str, str]) -> None:
    """'Mr. Trump' is 'Trump': a courtesy title names no office, so the prominent namesake
    stands."""
    assert sides_of(events_of, text, word) == sides


def test_issue_3_a_courtesy_title_leaves_an_unknown_name_uncoded(events_of: Any) -> None:
    """'Mr. Smith' is no one the knowledge base may guess."""
    assert sides_of(events_of, "Mr. Smith accused the mayor of corruption.", "accused")[0] is None


@pytest.mark.parametrize(("text", "word"), [
    ("Clinton spokesman Brian Fallon criticized the Republican plan.", "criticized"),
    ("A Clinton aide accused the Republicans of lying.", "accused"),
    ("Corey Lewandowski, Donald Trump's fired campaign manager, ripped the FBI director.",
     "ripped"),
    ("Trump campaign manager Corey Lewandowski attacked the reporters' coverage.", "attacked"),
])
def test_issue_3_staff_take_their_principals_country(events_of: Any, text: str,
                                                     word: str) -> None:
    """A spokesman, aide or manager named by a known principal's surname is that one's."""
    assert sides_of(events_of, text, word)[0] == "USA"


def test_issue_3_staff_words_need_a_title_after_the_surname() -> None:
    """'Sessions of parliament' is no staff of Jeff Sessions; 'Putin spokesman' is Russian."""
    assert staff_country(["Sessions", "of", "parliament"], None) is None
    assert staff_country(["Putin", "spokesman"], None) == "RUS"


@pytest.mark.parametrize(("text", "word", "sides"), [
    ("The senator criticized the Iran deal on Tuesday.", "criticized", ("USA", "IRN")),
    ("Congress approved a new aid package for Ukraine.", "approved", ("USA", "UKR")),
])
def test_issue_3_a_country_qualifying_the_object_places_no_doer(
        events_of: Any, text: str, word: str, sides: tuple[str, str]) -> None:
    """'criticized the Iran deal': Iran names the deal, not where the senator is from."""
    assert sides_of(events_of, text, word) == sides


def test_issue_3_a_national_agents_object_still_places_it(events_of: Any) -> None:
    """'opened investigations against Peruvian officials': a judge acting on national officials
    stays of their country."""
    text = "Judge Marta Quiroz opened bribery investigations against 14 Peruvian officials."
    assert sides_of(events_of, text, "investigations")[0] == "PER"


def test_issue_3_a_bare_house_is_not_of_the_subject_acting_on_it(events_of: Any) -> None:
    """'The Israeli leader met with members of Congress': Congress is no Israeli body."""
    text = "The Israeli leader frequently meets with members of Congress."
    assert sides_of(events_of, text, "meets") == ("ISR", "USA")


def test_issue_3_a_body_called_on_by_its_nationals_stays_theirs(events_of: Any) -> None:
    """'Arab Israeli lawmakers called on the government': their own government."""
    text = "Arab Israeli legislators called on the government on Sunday to stop the demolitions."
    assert sides_of(events_of, text, "called") == ("ISR", "ISR")


def test_issue_3_a_titles_complement_stops_at_a_nested_preposition(events_of: Any) -> None:
    """'accused the president of weakness toward Iran': no Iranian president."""
    text = "Sen. Marco Rubio (R-Fla.) accused the president of weakness toward Iran."
    assert sides_of(events_of, text, "accused")[1] != "IRN"


@pytest.mark.parametrize("text", [
    "The prime minister met Obama in Washington on Friday.",
    "The officials said the prime minister's meeting with Trump was set before Trump called for "
    "barring Muslims from entering the United States.",
])
def test_issue_3_an_office_the_us_lacks_is_never_american_by_inference(events_of: Any,
                                                                       text: str) -> None:
    """A prime minister is placed by no US sentence or US meeting place."""
    found = [e for e in events_of(text) if e.source and "prime minister" in e.source.text]
    assert found and found[0].source.country != "USA"


def test_issue_3_absent_offices_are_per_country() -> None:
    """The USA has no prime minister or parliament; a university chancellor is still one."""
    assert office_absent("USA", ["the", "prime", "minister"])
    assert office_absent("USA", ["parliament"])
    assert not office_absent("USA", ["chancellor"])
    assert not office_absent("GBR", ["prime", "minister"])


def test_issue_3_a_relative_clause_place_keeps_a_domestic_title(events_of: Any) -> None:
    """'a federal judge whose parents came from Cuba': an American judge."""
    text = ("When Marco Rubio attacked a federal judge whose parents came from Cuba, Cuban "
            "Americans were angered.")
    assert sides_of(events_of, text, "attacked") == ("USA", "USA")


@pytest.mark.parametrize(("text", "word", "sides"), [
    ("Establishment Republicans criticized Trump over his remarks.", "criticized",
     ("USA", "USA")),
    ("The Dems accused the GOP of blocking the bill.", "accused", ("USA", "USA")),
    ("Rick Scott (R) blasted Congress on Friday.", "blasted", ("USA", "USA")),
    ("Maria Alvarez, the top Democrat on the House Ways and Means Committee, criticized "
     "the bill's authors.", "criticized", ("USA", None)),
])
def test_issue_3_us_party_words_and_tags_place_people(
        events_of: Any, text: str, word: str, sides: tuple[str, str | None]) -> None:
    """Party words after a capitalised opening word, 'Dems', a bracketed party letter and a
    party word heading an apposition all say a US party actor."""
    got = sides_of(events_of, text, word)
    assert got[0] == sides[0] and (sides[1] is None or got[1] == sides[1])


@pytest.mark.parametrize(("text", "word", "country"), [
    ("Liberal Democrats in Britain criticized the prime minister.", "criticized", "GBR"),
    ("Social Democrats in Germany accused Merkel of betraying voters.", "accused", "DEU"),
])
def test_issue_3_foreign_party_names_stay_foreign(events_of: Any, text: str, word: str,
                                                  country: str) -> None:
    """'Liberal Democrats', 'Social Democrats' are parties of their own countries."""
    assert sides_of(events_of, text, word)[0] == country


def test_issue_3_a_bracketed_party_letter_is_a_tag() -> None:
    """'(R)' and '(D)' tag US lawmakers; a bare letter in brackets after anything else is not
    read as one unless the parser made it the name's apposition."""
    assert party_state_tag(["(", "R", ")"]) and party_state_tag(["(", "D", ")"])
    assert not party_state_tag(["(", "X", ")"])


@pytest.mark.parametrize(("text", "word"), [
    ("The Heritage Foundation criticized the Senate's spending bill.", "criticized"),
    ("The AFL-CIO endorsed Clinton on Thursday.", "endorsed"),
    ("Judicial Watch sued the State Department over the emails.", "sued"),
])
def test_issue_3_us_think_tanks_and_groups_are_american(events_of: Any, text: str,
                                                        word: str) -> None:
    """Think tanks, advocacy groups and unions of US politics are in the knowledge base."""
    assert sides_of(events_of, text, word)[0] == "USA"


@pytest.mark.parametrize(("text", "word", "country"), [
    ("PARIS (Reuters) - Police arrested three men on Monday.", "arrested", "FRA"),
    ("BERLIN (Reuters) - The interior minister warned of new attacks.", "warned", "DEU"),
])
def test_issue_3_a_dateline_places_an_unplaced_agent(events_of: Any, text: str, word: str,
                                                     country: str) -> None:
    """An agent no word of its line places is of the dateline's place."""
    assert sides_of(events_of, text, word)[0] == country


def test_issue_3_a_dateline_gives_way_to_the_line(events_of: Any) -> None:
    """'LAGOS (Reuters) - Police in Ghana arrested ...': the line's own country wins."""
    text = "LAGOS (Reuters) - Police in Ghana arrested three men."
    assert sides_of(events_of, text, "arrested")[0] == "GHA"


@pytest.mark.parametrize(("text", "word", "target", "country"), [
    ("Government forces beat back a rebel offensive near Hama.", "beat", "rebel", "SYR"),
    ("Afghan troops repelled a Taliban attack on a checkpoint in Helmand.", "repelled",
     "Taliban", "AFG"),
])
def test_issue_3_the_side_of_an_offensive_is_the_target(
        events_of: Any, text: str, word: str, target: str, country: str) -> None:
    """Force used on an offensive is used on its side, not on the town it is near."""
    found = by_trigger(events_of, text, word)
    assert found and found[0].target is not None
    assert found[0].target.text == target and found[0].target.country == country


def test_issue_3_an_offensive_with_no_side_keeps_its_place(events_of: Any) -> None:
    """'beat back the offensive near Hama': no side named, the place as before."""
    found = by_trigger(events_of, "Government forces beat back the offensive near Hama.",
                       "beat")
    assert found and found[0].target is not None and found[0].target.country == "SYR"


def _article_events(events_of: Any, text: str) -> dict[str, Any]:
    """The events of a whole article by trigger word."""
    return {e.trigger: e for e in events_of(text)}


def test_issue_3_a_one_country_article_places_its_people(events_of: Any) -> None:
    """In a US-only story a person named with no title is American (marked 'article')."""
    text = ("WASHINGTON — Senate Republicans on Tuesday blocked a Democratic bill to fund the "
            "response to the Zika outbreak in Florida and Texas.\n"
            "Rep. Alan Grayson, a Florida Democrat, said the vote was a disgrace.\n"
            "Palmieri accused Sanders of echoing Republican talking points.")
    event = _article_events(events_of, text)["accused"]
    assert event.source is not None and event.source.country == "USA"
    assert event.source.country_basis == "article"


def test_issue_3_a_story_naming_another_country_places_no_untitled_person(
        events_of: Any) -> None:
    """A US story that also names Mexico once (a quarter as often as its US places) still
    has the US as its home: an untitled person in a sentence naming no other country is
    American (thirteenth session: on the dev-pool articles every such person was), one in
    the sentence that names Mexico stays unplaced."""
    text = ("WASHINGTON — Senate Republicans on Tuesday blocked a Democratic bill in Washington "
            "and Texas.\nThe vote angered officials in Mexico.\n"
            "Palmieri accused Sanders of echoing Republican talking points.")
    event = _article_events(events_of, text)["accused"]
    assert event.source is not None and event.source.country == "USA"
    assert event.source.country_basis == "article"
    text = ("WASHINGTON — Senate Republicans on Tuesday blocked a Democratic bill in Washington "
            "and Texas.\nIn Mexico City, Palmieri accused Sanders of echoing Republican "
            "talking points.")
    event = _article_events(events_of, text)["accused"]
    assert event.source is not None and event.source.country != "USA"


def test_issue_3_the_lone_surname_table_holds_no_words_or_old_statesmen() -> None:
    """No word, place or body ('congress', 'state', 'china', 'militia', 'group') and no
    statesman out of office since before 2010 ('baker', 'rice', 'powell') is a lone surname;
    the prominent people of today still are."""
    table = kb.bundled().lone_surnames
    for junk in ("congress", "state", "security", "weapons", "militia", "china", "angola",
                 "samoa", "group", "front", "movement", "brigade", "islands", "baker", "burns",
                 "rice", "powell"):
        assert junk not in table, junk
    for name in ("trump", "clinton", "obama", "putin", "kerry", "sanders", "merkel"):
        assert name in table, name


def test_issue_3_person_like_names_only() -> None:
    """The builder's person test: a given name may be a place, a surname may not."""
    words, demonyms = frozenset({"vladimir", "angola", "group"}), frozenset({"libyan"})
    assert build._person_like("vladimir putin", words, demonyms)
    assert not build._person_like("national front for the liberation of angola", words,
                                  demonyms)
    assert not build._person_like("libyan islamic fighting group", words, demonyms)
    assert not build._person_like("tawhid brigade", words, demonyms)


def test_issue_3_the_bundled_kb_is_what_the_builder_makes() -> None:
    """The shipped table matches a rebuild's rule on the shipped actors (no stale keys)."""
    raw = json.loads(gzip.decompress(
        (build.HERE / "actors_kb.json.gz").read_bytes()).decode("utf-8"))
    assert "congress" not in raw["lone_surnames"] and "trump" in raw["lone_surnames"]


@pytest.mark.parametrize(("text", "country"), [
    ("Murphy, a Jupiter Democrat, criticized the Republican plan.", "USA"),
    ("Schmidt, a Social Democrat, criticized the chancellor.", None),
    ("Anna Lind, a Swedish Democrat, criticized the government.", "SWE"),
])
def test_issue_3_a_home_word_before_a_party_member_is_american(
        events_of: Any, text: str, country: str | None) -> None:
    """'a Jupiter Democrat' is a US member from Jupiter; 'a Social Democrat' is another
    party's, and a demonym keeps its own country."""
    assert sides_of(events_of, text, "criticized")[0] == country


def test_issue_3_an_independent_counsel_is_american(events_of: Any) -> None:
    """An independent counsel is an office of US politics only."""
    text = ("During the investigation of Senator Stevens by independent counsel Mark Hale, "
            "his aides refused several interviews.")
    assert sides_of(events_of, text, "investigation") == ("USA", "USA")


@pytest.mark.parametrize(("text", "topic"), [
    ("Kerry met the Saudi foreign minister in Paris to discuss Yemen.", "YEM"),
    ("The Egyptian foreign minister met his Ethiopian counterpart to discuss the dam on the "
     "Nile.", "Nile"),
])
def test_issue_3_a_topic_discussed_is_no_partner(events_of: Any, text: str,
                                                 topic: str) -> None:
    """What is discussed is the topic, not the side met."""
    for event in events_of(text):
        assert event.target is None or (topic not in event.target.text
                                         and event.target.country != topic)


def test_issue_3_partners_discussing_a_place_meet_each_other(events_of: Any) -> None:
    """'Obama and Putin discussed Syria by phone': the two sides, not Syria."""
    assert ("040", "CONSULT", "USA", "RUS") in events_of.codes(
        "Obama and Putin discussed Syria by phone.")


def test_issue_3_a_partner_discussed_with_stays(events_of: Any) -> None:
    """'discussed the crisis with the Russian foreign minister': the minister."""
    assert sides_of(events_of, "Kerry discussed the crisis with the Russian foreign minister.",
                    "discussed") == ("USA", "RUS")


@pytest.mark.parametrize(("text", "word"), [
    ("A spokesman for Trump criticized the judge's ruling.", "criticized"),
    ("Trump's spokeswoman Hope Hicks accused the newspaper of bias.", "accused"),
    ("An adviser to Clinton criticized the Republican plan.", "criticized"),
    ("The House Freedom Caucus accused Speaker Paul Ryan of ignoring conservatives.", "accused"),
    ("The state's attorney general sued the Obama administration over the rule.", "sued"),
])
def test_issue_3_staff_for_a_principal_and_us_bodies(events_of: Any, text: str,
                                                     word: str) -> None:
    """Staff 'for' or 'to' a principal, or named after a principal's possessive, are the
    principal's; US caucuses are American; a common-noun possessor ('the state's') keeps a
    US-only title American."""
    assert sides_of(events_of, text, word)[0] == "USA"


def test_issue_3_a_named_possessor_still_decides(events_of: Any) -> None:
    """'Nigeria's Senate' is Nigerian, whatever the domestic table says of senates."""
    assert sides_of(events_of, "Nigeria's Senate urged the president to act.", "urged")[0] == (
        "NGA")


def test_issue_3_what_a_domestic_title_urges_places_no_doubt(events_of: Any) -> None:
    """'The senator urged Russia ...': Russia is whom the senator's act aims at, no other
    country the sentence places the senator in."""
    assert sides_of(events_of, "The senator urged Russia to withdraw its troops.",
                    "urged") == ("USA", "RUS")


@pytest.mark.parametrize(("text", "word", "country"), [
    ("The former secretary of state accused Sanders of distorting her record.", "accused",
     "USA"),
    ("Britain's Secretary of State for Defence criticized Russia.", "criticized", "GBR"),
    ("The Senate Banking Committee criticized the central bank's decision.", "criticized",
     "USA"),
    ("The Philippine Senate's defense committee criticized China.", "criticized", "PHL"),
])
def test_issue_3_us_offices_and_committees(events_of: Any, text: str, word: str,
                                           country: str) -> None:
    """'secretary of state' is a US office unless a country owns it; a committee named after
    a bare house is that house's."""
    assert sides_of(events_of, text, word)[0] == country


@pytest.mark.parametrize("text", [
    "The Iraqi prime minister met the ambassador in Baghdad.",
    "China summoned the ambassador to protest the arms sale.",
])
def test_issue_3_an_envoy_is_not_of_the_place_it_is_posted_to(events_of: Any,
                                                               text: str) -> None:
    """An ambassador met or summoned somewhere is a foreigner there: no country from the
    sentence, the scene or 'in Baghdad'."""
    found = [e for e in events_of(text) if e.target and "ambassador" in e.target.text]
    assert found and found[0].target.country is None


def test_issue_3_an_envoys_of_complement_still_places_it(events_of: Any) -> None:
    """'The ambassador of Japan' is Japanese."""
    assert sides_of(events_of, "The ambassador of Japan met the Chinese foreign minister.",
                    "met") == ("JPN", "CHN")


def test_issue_3_an_envoy_takes_no_dateline_or_article_home(events_of: Any) -> None:
    """In a Baghdad-datelined Iraqi story the ambassador met is still no Iraqi."""
    text = ("BAGHDAD — Iraqi Prime Minister Haider al-Abadi met the ambassador on Monday in "
            "Baghdad.\nThe ambassador criticized the militias, Iraqi officials said.\n"
            "Police in Baghdad arrested two men.")
    met = _article_events(events_of, text)["met"]
    assert met.target is not None and met.target.country is None


def test_issue_3_discussions_between_two_sides_keep_them(events_of: Any) -> None:
    """A discussion noun keeps the sides it is between; only a verb's object is a topic."""
    text = "Aides said discussions between the White House and the Clinton campaign continue."
    found = by_trigger(events_of, text, "discussions")
    assert found and found[0].target is not None and "Clinton" in found[0].target.text
