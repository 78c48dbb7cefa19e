"""Issue 3, tenth session (events): attacks with no named doer, police munitions fired at
crowds, hosted occasions, riots, signals sent, and the senses of political news (campaign
contests, words of blame, questions, poll shares, stances, campaign money, opinions, messages).

Sentences written for these tests; event-level checks read the whole pipeline (code and
countries).
"""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.issue(3)


@pytest.mark.parametrize(("text", "expected"), [
    ("Rockets were fired at Israel overnight, the army said.", ("190", None, "ISR")),
    ("Two mortar shells were fired at Saudi Arabia from across the border.",
     ("194", None, "SAU")),
    ("Missiles were launched at Ukraine early on Sunday.", ("190", None, "UKR")),
    ("Shelling hit Donetsk on Monday, killing three civilians.", ("194", None, "UKR")),
])
def test_issue_3_attack_on_a_named_place_with_no_doer(events_of: Any, text: str,
                                                     expected: tuple[str, Any, str]) -> None:
    """Weapons fired at a named country or town, or shelling that hits it, attack it though
    no doer is named (the unnamed armed forces of no country)."""
    assert [(c, s, t) for c, _, s, t in events_of.codes(text)] == [expected]


def test_issue_3_origin_still_places_the_doer(events_of: Any) -> None:
    """A named origin is the doer, as before."""
    assert [(c, s, t) for c, _, s, t in events_of.codes(
        "Rockets were fired at Tel Aviv from Gaza.")] == [("190", "PSE", "ISR")]


@pytest.mark.parametrize("text", [
    "Fireworks were fired over the harbour in Sydney to mark the new year.",
    "Questions were fired at the minister during a tense press conference.",
    "Shopping hit a record in December.",
    "The storm hit Manila overnight, cutting power to thousands.",
])
def test_issue_3_no_attack_without_weapon_or_place(events_of: Any, text: str) -> None:
    """Fireworks, questions, records and storms attack no one."""
    assert events_of.codes(text) == []


def test_issue_3_police_in_a_second_clause_fire_tear_gas(events_of: Any) -> None:
    """The police the parser joins to the riot's place ("in Dhaka and police") fire the gas."""
    codes = events_of.codes("Protesters rioted in Dhaka and police fired tear gas at them.")
    assert ("145", "PROTEST", "BGD", "BGD") in codes
    assert ("175", "ASSAULT", "BGD", "BGD") in codes


def test_issue_3_rubber_bullets_are_repression(events_of: Any) -> None:
    """Rubber bullets and stun grenades fired at people are repression (175), no attack."""
    assert [(c, s) for c, _, s, _ in events_of.codes(
        "Kenyan police fired rubber bullets at students in Nairobi.")] == [("175", "KEN")]


@pytest.mark.parametrize("text", [
    "France hosted a summit on Libya in Paris.",
    "Egypt will host climate talks in Sharm el-Sheikh next month.",
    "Germany hosted a conference on Syrian refugees in Berlin.",
])
def test_issue_3_hosted_occasion_with_no_guest(events_of: Any, text: str) -> None:
    """A summit or talks hosted with no one named met is no meeting."""
    assert events_of.codes(text) == []


def test_issue_3_hosted_guest_still_met(events_of: Any) -> None:
    """A named guest hosted is met (043)."""
    assert [(c, s, t) for c, _, s, t in events_of.codes(
        "Japan hosted Indian Prime Minister Narendra Modi in Tokyo on Saturday.")] == [
        ("043", "JPN", "IND")]


@pytest.mark.parametrize(("text", "country"), [
    ("Rioters looted shops in the centre of Johannesburg.", "ZAF"),
    ("Angry protesters ransacked the ruling party's offices in Kinshasa.", "COD"),
])
def test_issue_3_crowd_looting_is_a_riot(events_of: Any, text: str, country: str) -> None:
    """A crowd's looting or ransacking is a riot (145)."""
    assert [(c, s) for c, _, s, _ in events_of.codes(text)] == [("145", country)]


@pytest.mark.parametrize("text", [
    "The students burned the midnight oil before their final exams.",
    "Protesters burned their bridges with the ruling party.",
    "Thousands of protesters sent a message to Washington on Saturday.",
    "Voters sent a clear message to the government in the elections.",
])
def test_issue_3_idioms_and_signals(events_of: Any, text: str) -> None:
    """Idioms of burning and signals sent by crowds are no riot and no contact."""
    assert events_of.codes(text) == []


def test_issue_3_a_leaders_message_is_contact(events_of: Any) -> None:
    """A state's message to another is still contact (040)."""
    assert [(c, s, t) for c, _, s, t in events_of.codes(
        "Moscow sent a stern message to Kiev over the gas dispute.")] == [("040", "RUS", "UKR")]


@pytest.mark.parametrize("text", [
    "The governor would beat his rival by more than six points, according to a new poll.",
    "If the senator were to catch the front-runner, she would still need more delegates.",
    "The mayor has pulled within four points of the incumbent in the latest poll.",
    "The two candidates clashed on the debate stage in Denver on Thursday.",
    "The virus has infected thousands, and Congress has yet to approve money to fight it.",
])
def test_issue_3_campaign_contests_are_no_force(events_of: Any, text: str) -> None:
    """Beating, catching or clashing with a rival in polls and debates is campaigning."""
    assert events_of.codes(text) == []


@pytest.mark.parametrize(("text", "code"), [
    ("The senator ripped the attorney general for his handling of the inquiry.", "111"),
    ("The governor slammed the president over the shutdown.", "111"),
])
def test_issue_3_words_of_blame_are_criticism(events_of: Any, text: str, code: str) -> None:
    """Ripping or slamming a politician is criticism (111), not force or a riot."""
    assert [c for c, _, _, _ in events_of.codes(text)] == [code]


def test_issue_3_a_blast_still_rips_through(events_of: Any) -> None:
    """A blast ripping through a market keeps its bombing code."""
    assert [(c, s) for c, _, s, _ in events_of.codes(
        "A powerful blast ripped through the market in Peshawar.")] == [("183", "PAK")]


@pytest.mark.parametrize("text", [
    "The moderator asked about the emails, but the governor declined to answer.",
    "Reporters asked the senator whether he would run again.",
    "The consultancy advises large banks on mergers and acquisitions.",
    "The senator decided not to run after the death of his wife.",
    "The congresswoman talked about climate change in her speech.",
    "The third-party candidate was supported by 12 percent of voters in the poll.",
    "Young voters who support the senator turned out in large numbers.",
    "A retired dentist donated $2,700 to the senator's reelection campaign.",
    "The attorney general should be impeached for such overreach.",
    "The cabinet met on Sunday to discuss the budget.",
    "The former aide joined the administration in 2013.",
    "Vice President Joe Biden hit the campaign trail in Ohio on Monday.",
])
def test_issue_3_political_news_non_events(events_of: Any, text: str) -> None:
    """Questions, counsel, decisions, speech, poll shares, voters' stances, campaign money,
    opinions, sittings and posts joined are no events between actors."""
    assert events_of.codes(text) == []


@pytest.mark.parametrize(("text", "code"), [
    ("The United States asked Pakistan for help in tracking the militants.", "020"),
    ("Portugal will support Turkey's bid to join the European Union.", "032"),
    ("Japan donated $5 million to Sri Lanka for flood relief.", "070"),
    ("Obama and Putin talked by phone on Tuesday.", "040"),
])
def test_issue_3_political_news_events_kept(events_of: Any, text: str, code: str) -> None:
    """Appeals for help, pledged support, aid donated to a state and talks between leaders
    stay events."""
    assert code in [c for c, _, _, _ in events_of.codes(text)]


def test_issue_3_lawmakers_block_a_bill_by_vote(events_of: Any) -> None:
    """Legislators blocking a bill reject it (129), no street blockade (144)."""
    assert [(c, p) for c, p, _, _ in events_of.codes(
        "Senate Republicans blocked the spending bill on Tuesday.")] == [("129", "REJECT")]


def test_issue_3_message_with_must_is_a_demand(events_of: Any) -> None:
    """'issued a reminder to X that it must ...' is the sender's demand of X (100)."""
    assert [(c, s, t) for c, _, s, t in events_of.codes(
        "The German chancellor issued a stern reminder to Hungary that it must respect "
        "the courts.")] == [("100", "DEU", "HUN")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Hezbollah supports the Syrian government in the civil war.", ("050", "LBN", "SYR")),
    ("Beijing warned that any move toward Taiwanese independence would be met with force.",
     ("130", "CHN", None)),
])
def test_issue_3_armed_support_and_warned_force(events_of: Any, text: str,
                                                expected: tuple[str, str, Any]) -> None:
    """An armed group's support is an act; a warning that a move will be met with force is
    the warner's threat."""
    assert [(c, s) for c, _, s, _ in events_of.codes(text)] == [expected[:2]]


def test_issue_3_party_support_for_a_motion_is_a_stance(events_of: Any) -> None:
    """A party's support for a motion is a stance, no act of support."""
    assert events_of.codes("The opposition party supported the no-confidence motion.") == []


def test_issue_3_slamming_an_alliance_over_troops_is_criticism(events_of: Any) -> None:
    """Troops named in the reason do not make a word of blame a blow."""
    assert [(c, s) for c, _, s, _ in events_of.codes(
        "The Kremlin slammed NATO for deploying troops near the Russian border.")] == [
        ("111", "RUS")]


def test_issue_3_a_blocked_statement_is_not_the_blockers(events_of: Any) -> None:
    """Blocking a statement that criticises X is no criticism of X by the blocker."""
    codes = events_of.codes("Hungary blocked an EU statement criticising China over Hong Kong.")
    assert ("111", "ACCUSE", "HUN", "CHN") not in codes


@pytest.mark.parametrize("text", [
    "The two senators held a joint rally in Ohio, striking a populist tone.",
    "Hispanic voters, who have long backed the party, stayed home this year.",
    "The senator has won 120 pledged delegates so far.",
])
def test_issue_3_campaign_manners_and_stances(events_of: Any, text: str) -> None:
    """A tone struck, voters' backing and pledged delegates are no events."""
    assert events_of.codes(text) == []


def test_issue_3_tear_gas_to_disperse_is_one_act(events_of: Any) -> None:
    """Firing tear gas to disperse a crowd is one act of repression, its aim no second one."""
    assert [(c, s, t) for c, _, s, t in events_of.codes(
        "Police fired tear gas to disperse the crowd outside parliament in Nairobi.")] == [
        ("175", "KEN", "KEN")]


@pytest.mark.parametrize("text", [
    "The chemistry teacher fired the kiln before the students arrived.",
    "Firefighters used water cannon to douse the blaze at the warehouse in Lagos.",
])
def test_issue_3_arrivals_at_no_place_and_force_on_a_fire(events_of: Any, text: str) -> None:
    """An arrival at no named place is no visit; water cannon aimed at a blaze is no
    repression."""
    assert events_of.codes(text) == []


def test_issue_3_arrival_in_a_capital_is_a_visit(events_of: Any) -> None:
    """An envoy's arrival in a named capital is a visit (042)."""
    assert [(c, s, t) for c, _, s, t in events_of.codes(
        "The Chinese foreign minister arrived in Moscow on Monday for talks.")] == [
        ("042", "CHN", "RUS")]


@pytest.mark.parametrize("text", [
    "The senator called the moderators on it during the debate.",
    "A student demanded to know whether the candidate would reject oil money.",
    "The governor defended his record on jobs in a radio interview.",
    "The strategist managed the senator's 2012 campaign.",
    "The super PAC is launching a new ad in three states.",
    "The front-runner has amassed the most delegates so far.",
])
def test_issue_3_campaign_jobs_and_challenges(events_of: Any, text: str) -> None:
    """Challenges, questions, one's own record defended, campaign jobs, ads and delegate counts
    are no events."""
    assert events_of.codes(text) == []
