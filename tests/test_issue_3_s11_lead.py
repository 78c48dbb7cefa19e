"""Issue 3, eleventh session (lead): fixes found while merging the helpers' work, each on
sentences of our own."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.issue(3)


def test_issue_3_a_title_sector_picks_the_namesake_who_held_it(events_of: Any) -> None:
    """'Senator Graham' with no article date: the legislator (USA), not the two Canadian
    namesakes that outnumber him in the dictionaries."""
    [event] = events_of("Senator Graham criticized the plan.")
    assert event.source is not None and event.source.country == "USA"


def test_issue_3_a_title_sector_with_no_such_holder_keeps_the_old_choice(
        events_of: Any) -> None:
    codes = events_of.codes("Foreign Minister Lavrov criticized the plan.")
    assert codes == [("111", "ACCUSE", "RUS", None)]


def test_issue_3_discussed_a_topic_with_a_partner(events_of: Any) -> None:
    """The parser hangs 'with the minister' on the topic; the minister is still met."""
    assert events_of.codes("Kerry discussed the crisis with the Russian foreign minister.") == [
        ("040", "CONSULT", "USA", "RUS")]


def test_issue_3_discussing_a_topic_alone_is_no_meeting(events_of: Any) -> None:
    assert events_of("The senator discussed the crisis at length on Sunday.") == []


def test_issue_3_an_attack_in_words_from_the_floor(events_of: Any) -> None:
    """'from the Senate floor': words (111), and the floor is no target."""
    [event] = events_of("Harry Reid spent the afternoon attacking the Koch brothers from the "
                        "Senate floor.")
    assert event.code == "111"
    assert event.target is None or "floor" not in event.target.text


def test_issue_3_a_brawl_on_the_floor_stays_force(events_of: Any) -> None:
    codes = events_of.codes("Opposition lawmakers attacked the speaker on the floor of "
                            "parliament, throwing punches and chairs.")
    assert codes and all(c[0].startswith("19") for c in codes)


@pytest.mark.parametrize(("text", "source", "code"), [
    ("Cruz chided Trump for raising questions about his birth.", "Cruz", "111"),
    ("In the memo, Holt sharply accused McConnell and his aides of trying to bury the "
     "report.", "Holt", "112"),
])
def test_issue_3_an_untagged_name_subject_of_an_act_on_a_name_is_a_person(
        events_of: Any, text: str, source: str, code: str) -> None:
    """The small model tags no entity on 'Cruz' or 'Ash' here; as the active subject of a verb
    whose object is a name it is a person (uncoded when the dictionaries cannot place it)."""
    events = [e for e in events_of(text) if e.code == code]
    assert events and all(e.source is not None and e.source.text == source for e in events)


def test_issue_3_an_untagged_subject_acting_on_no_name_stays_no_person(
        actors_of: Any) -> None:
    text = "Medicaid covered the costs of the treatment."
    mention = actors_of.at(actors_of(text), text, "Medicaid")
    assert mention is None or mention.kind != "PERSON"


def test_issue_3_a_named_side_backing_another_is_support(events_of: Any) -> None:
    """People at large backing someone hold a view; a named person or an organised body
    backing a named side endorses it (05x)."""
    assert [c[:2] for c in events_of.codes(
        "The AFL-CIO supported Hillary Clinton in the primary.")] == [("050", "SUPPORT")]
    assert events_of.codes("The union supported Hillary Clinton in the primary.")
    assert events_of("Voters supported Trump by a wide margin in Indiana.") == []
    assert events_of("Young women who support Sanders turned out in large numbers.") == []


def test_issue_3_urging_supporters_to_act_is_an_appeal(events_of: Any) -> None:
    codes = events_of.codes("Erdogan urged his supporters to take to the streets against the "
                            "coup.")
    assert ("020", "REQUEST", "TUR", None) in codes
    assert events_of("The campaign hopes to persuade undecided voters in Ohio.") == []


@pytest.mark.parametrize(("text", "sides"), [
    ("Japan and South Korea discussed North Korea's missile tests.", ("JPN", "KOR")),
    ("Merkel and Macron discussed the budget in Paris.", ("DEU", "FRA")),
])
def test_issue_3_two_sides_discussing_a_topic_meet_each_other(
        events_of: Any, text: str, sides: tuple[str, str]) -> None:
    assert events_of.codes(text) == [("040", "CONSULT", *sides)]


@pytest.mark.parametrize("text", ["The Celtics went after the rebound.",
                                  "The prosecutor went after the cartel's finances."])
def test_issue_3_going_after_a_thing_is_no_criticism(events_of: Any, text: str) -> None:
    assert events_of(text) == []


def test_issue_3_going_after_a_person_is_criticism(events_of: Any) -> None:
    assert events_of.codes("The senator went after Trump over his tax returns.") == [
        ("111", "ACCUSE", "USA", "USA")]


def test_issue_3_a_visit_abroad_or_in_a_placed_sentence_stays_a_visit(events_of: Any) -> None:
    """A visit noun with no place phrase is no visit ('his frequent visits'), but one abroad
    or in a sentence that names the country or city still is (the demo's Li Shangfu)."""
    assert [c[0] for c in events_of.codes(
        "During his visit, Li Shangfu will speak at a security conference in Moscow.")] == [
        "042"]
    assert [c[0] for c in events_of.codes(
        "This is Li Shangfu's first visit abroad since he took office.")] == ["042"]
    assert events_of("Clinton's visit comes as the campaign enters its final week.") == []


@pytest.mark.parametrize(("text", "wrong"), [
    ("Chad Wolf criticized the ruling.", "TCD"),
    ("Israel Hernandez praised the plan.", "ISR"),
    ("Michael Jordan praised the coach.", "JOR"),
    ("Rep. Jim Jordan attacked the FBI over the investigation.", "JOR"),
])
def test_issue_3_a_country_word_inside_a_name_is_no_country(
        events_of: Any, text: str, wrong: str) -> None:
    """A first name or surname that spells a country ('Chad', 'Israel', 'Jordan') does not
    place the person."""
    events = events_of(text)
    assert events and all(e.source is not None and e.source.country != wrong for e in events)


def test_issue_3_a_country_before_a_title_still_places_the_person(events_of: Any) -> None:
    codes = events_of.codes("Pakistan PM Imran Khan criticized India.")
    assert codes == [("111", "ACCUSE", "PAK", "IND")]
    assert events_of.codes("Israeli Defense Minister Israel Katz warned Hezbollah.")[0][2] == "ISR"
