"""Issue 3, sixteenth session (triggers): acts older wire copy names that the coder missed or
typed wrongly (relief goods airlifted or sent, aid disbursements and budget support
suspended, police posted or a town flooded with troops, throats slit, ranches occupied,
warehouses taken over by the authorities, a house surrounded, a registration suspended, food
refused in protest, candidates disqualified, officers court-martialled, land confiscated by
order, doers armed with or backed by something, a mediator's role suspended, crowds setting
upon people, warplanes striking "what the army called" targets) and the near-misses that
must stay eventless (surgery patients, vehicle accidents, sport, history told by a year,
markets, rivers, words).

Sentences written for these tests; event-level checks read the whole pipeline (code and
countries).
"""

from __future__ import annotations

from typing import Any

import pytest

from event_views import has_event, triples

pytestmark = pytest.mark.issue(3)


@pytest.mark.parametrize(("text", "code", "source", "target"), [
    ("Thousands of Albanian students rallied outside parliament in Tirana on Monday against "
     "tuition fees.", "141", "ALB", None),
    ("Japanese navy helicopters airlifted food and blankets to villages cut off by the "
     "earthquake in Niigata.", "073", "JPN", "JPN"),
    ("The Indonesian Red Cross sent rice and medicine to flood victims in East Timor on Friday.",
     "073", "IDN", "TLS"),
    ("The World Bank suspended disbursements to Chad on Tuesday over the use of oil revenues.",
     "162", "WB", "TCD"),
    ("Denmark suspended 10 million dollars in budget support to Nicaragua's government on "
     "Monday.", "162", "DNK", "NIC"),
    ("Sweden said on Monday it had suspended 80 million kronor in budget support to Zambia.",
     "162", "SWE", "ZMB"),
    ("Sudanese authorities posted thousands of riot police around Khartoum on Sunday ahead of a "
     "planned march.", "15", "SDN", None),
    ("Ivorian authorities flooded the city of Abidjan with soldiers on Saturday ahead of the "
     "vote.", "154", "CIV", None),
    ("Suspected Islamist militants slit the throats of eight farmers near the Algerian town of "
     "Tiaret overnight.", "1823", "DZA", "DZA"),
    ("Landless peasants occupied four cattle ranches in the Brazilian state of Mato Grosso on "
     "Sunday.", "171", "BRA", None),
    ("Bolivian authorities took control of three warehouses belonging to a Brazilian firm in "
     "Santa Cruz on Monday.", "1711", "BOL", None),
    ("Police surrounded the home of the opposition leader in Lusaka on Friday.",
     "191", "ZMB", "ZMB"),
    ("Kazakh authorities suspended the registration of an opposition party in Almaty on "
     "Monday.", "172", "KAZ", "KAZ"),
    ("Palestinian prisoners in Israel's Nafha jail refused food on Monday in protest at their "
     "detention without trial.", "142", "PSE", None),
    ("Zambia's electoral commission disqualified an opposition candidate from the presidential "
     "race on Tuesday.", "1722", "ZMB", "ZMB"),
    ("Four Thai army officers were court-martialled in Bangkok on Monday for taking part in the "
     "failed coup.", "173", "THA", None),
    ("Israeli authorities ordered the confiscation of 40 hectares of Palestinian farmland near "
     "Nablus on Sunday.", "1711", "ISR", "PSE"),
    ("Gunmen armed with automatic rifles killed nine villagers in Nigeria's Plateau state on "
     "Monday.", "190", "NGA", "NGA"),
    ("Iraqi troops backed by helicopters massed near the Syrian border on Tuesday.",
     "154", "IRQ", None),
    ("Egypt suspended its role as mediator between Israel and the Palestinians on Sunday.",
     "165", "EGY", None),
    ("Nationalist youths attacked a group of Roma residents with iron bars in a Slovak village "
     "on Saturday.", "182", "SVK", "SVK"),
    ("Israeli warplanes struck what the army called Hamas rocket launchers in the Gaza Strip on "
     "Tuesday.", "195", "ISR", None),
    ("Egyptian prosecutors charged three Al Jazeera journalists with spreading false news on "
     "Sunday.", "173", "EGY", None),
    ("Indian helicopters began airlifting rice and tents to flood victims in Assam on Monday.",
     "073", "IND", "IND"),
    ("The United Arab Emirates deposited $2 billion in Egypt's central bank on Thursday.",
     "071", "ARE", "EGY"),
    ("Chad sent 2,000 soldiers to Mali to help French troops fight Islamist rebels.",
     "074", "TCD", "MLI"),
    ("Venezuela held tank exercises near the Colombian border on Monday.", "150", "VEN", None),
    ("Bangladesh deployed 800 troops to South Sudan under a United Nations mandate on Monday.",
     "074", "BGD", "SSD"),
    ("Pakistani police baton-charged opposition supporters in Lahore on Friday.",
     "175", "PAK", "PAK"),
    ("Security forces tear-gassed opposition supporters in Kampala on Monday.",
     "175", "UGA", "UGA"),
    ("The World Food Programme halted food distributions in parts of southern Somalia on "
     "Tuesday.", "162", "UN", "SOM"),
])
def test_issue_3_s16_missed_acts(events_of: Any, text: str, code: str, source: str | None,
                                 target: str | None) -> None:
    """Each sentence tells one act of the codebook, with its doer's (and victim's) country."""
    found = triples(events_of, text)
    assert has_event(found, code, source, target), found


def test_issue_3_s16_order_leaves_the_act_to_its_noun(events_of: Any) -> None:
    """An order whose object is a coded act noun is that act, no demand besides (was 100)."""
    found = triples(events_of, "Syrian authorities ordered the confiscation of 30 acres of "
                               "farmland near Daraa on Monday to build a military base.")
    assert [c for c, _, _ in found] == ["1711"], found


def test_issue_3_s16_protest_aim_of_refused_food(events_of: Any) -> None:
    """Food refused 'to protest' is one hunger strike, not a refusal (120) nor a second protest."""
    found = triples(events_of, "Two hundred prisoners at the Quito jail refused food for a "
                               "second day on Tuesday to protest against overcrowding.")
    assert [c for c, _, _ in found] == ["1422"], found


@pytest.mark.parametrize("text", [
    "The patient refused food for three days after surgery, doctors said.",
    "A bus overturned on the highway near Mombasa on Monday, killing 14 passengers.",
    "A minibus collided with a lorry near Kampala on Friday, killing nine people.",
    "A ferry capsized on Lake Tanganyika on Sunday, killing 30 passengers.",
    "The judges disqualified the boxer for a low blow in the third round.",
    "China's nuclear tests of 1964 made it the fifth nuclear power, the historian said.",
    "The dollar rallied outside Asian trading hours on Monday.",
    "The river flooded the town of Kasese with mud on Sunday.",
    "The senator attacked what he called a reckless spending plan.",
    "The coach suspended his role as captain for the rest of the season.",
    "The company suspended disbursements of dividends to shareholders after a poor quarter.",
    "He deposited 500 dollars in his bank account on Friday.",
    "The company suspended 5 million euros in payments to its suppliers.",
    "The chief of staff was fired after clashing with the first lady.",
    "The senator clashed with the governor over the budget.",
    "The mayor often fights with local reporters.",
    "Firefighters held a drill at the airport in Nairobi on Monday.",
    "The studio halted the distribution of the film in France.",
])
def test_issue_3_s16_near_misses_stay_eventless(events_of: Any, text: str) -> None:
    """Illness, road and boat accidents, sport, history dated by a year, markets, floods,
    words and business tell no political act."""
    assert triples(events_of, text) == []


def test_issue_3_s16_officials_charge_is_an_accusation(events_of: Any) -> None:
    """Officials (not prosecutors, police or courts) charging a side with a deed accuse it."""
    found = triples(events_of, "Sudanese officials charged the rebels with violating the "
                               "ceasefire in Darfur.")
    assert [c for c, _, _ in found] == ["112"], found


def test_issue_3_s16_state_in_hyphenated_adjective_is_no_doer(events_of: Any) -> None:
    """'the Israeli-occupied West Bank' describes a place: no occupation by the sentence's
    subject (a hyphenated verb is read as the act only after a common noun, not a name)."""
    found = triples(events_of, "Shopkeepers in the Israeli-occupied West Bank stayed away "
                               "from work on Monday to protest against new settlements.")
    assert not any(c.startswith("19") for c, _, _ in found), found


@pytest.mark.parametrize(("text", "code"), [
    ("A soldier clashed with a gunman near the border on Sunday.", "190"),
    ("Opposition supporters clashed with police in Dhaka on Monday.", "145"),
])
def test_issue_3_s16_armed_or_crowd_clash_stays_force(events_of: Any, text: str,
                                                      code: str) -> None:
    """A clash with an armed side or a crowd's clash with police keeps its force code."""
    assert any(c.startswith(code) for c, _, _ in triples(events_of, text))


def test_issue_3_s16_called_off_week_of_protests_is_no_protest(events_of: Any) -> None:
    """Protests called off through a measure noun ('a planned week of demonstrations') are
    not held: no demonstration (141) of their organisers."""
    found = triples(events_of, "Opposition leaders in Benin called off a planned week of "
                               "demonstrations on Tuesday.")
    assert not any(c.startswith("14") for c, _, _ in found), found
