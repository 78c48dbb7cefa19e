"""Issue 3, twenty-second session (doers): acts of protest, posture, coercion and force whose
doer is a generic noun the mentions leave unresolved ('saboteurs', 'security agents',
'paramilitary rangers', 'police reinforcements', 'strikers'), a thing sent by someone
('bulldozers sent by the municipality'), or a crowd blocking a place: the doer takes the
sector its noun gives and the country of where it acts; the same nouns in other senses stay
out."""

from __future__ import annotations

from typing import Any

import pytest


def _coded(events_of: Any, text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    """(root, source country, source sector, target country) of every event of ``text``."""
    return [(e.code[:2], e.source and e.source.country, e.source and e.source.sector,
             e.target and e.target.country) for e in events_of(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Saboteurs dynamited an oil pipeline in northern Iraq overnight, officials said.",
     ("18", "IRQ", "UAF", "IRQ")),
    ("Security agents arrested a prominent blogger at his home in Cairo on Saturday.",
     ("17", "EGY", "COP", "EGY")),
    ("Police reinforcements were flown into Urumqi after two days of unrest.",
     ("15", "CHN", "COP", "CHN")),
    ("Strikers blockaded the port of Durban, demanding higher wages from the government.",
     ("14", "ZAF", "LAB", "ZAF")),
])
def test_issue_3_generic_doer_placed(events_of: Any, text: str,
                                     expected: tuple[str, str, str, str]) -> None:
    """A generic doer noun with no mention of its own takes its noun's sector and the
    country of the place it acts in."""
    assert expected in _coded(events_of, text)


@pytest.mark.parametrize(("text", "root", "sector"), [
    ("Saboteurs blew up a railway bridge overnight.", "18", "UAF"),
    ("Plainclothes agents arrested the leader of the banned party.", "17", "COP"),
    ("Paramilitary rangers arrested two opposition lawmakers.", "17", "MIL"),
    ("Vigilantes killed three suspected rebel collaborators.", "19", "UAF"),
])
def test_issue_3_generic_doer_without_place(events_of: Any, text: str, root: str,
                                            sector: str) -> None:
    """With no place and no country the act is still kept, its doer of no country."""
    assert (root, None, sector) in [c[:3] for c in _coded(events_of, text)]


def test_issue_3_doer_head_before_its_postmodifier(events_of: Any) -> None:
    """'a sniper outside government headquarters': the sniper (UAF) is the doer, placed."""
    found = _coded(events_of, "The mayor was gunned down by a sniper outside the town hall "
                              "in Belgrade on Wednesday, officials said.")
    assert ("19", "SRB", "UAF", "SRB") in found


def test_issue_3_thing_sent_by_an_agent(events_of: Any) -> None:
    """A thing subject's participle agent does the act ('bulldozers sent by X razed')."""
    found = _coded(events_of, "Bulldozers sent by the Jerusalem municipality demolished three "
                              "Palestinian homes in East Jerusalem on Monday.")
    assert any(s == "ISR" and t == "PSE" for _, s, _, t in found)


def test_issue_3_crowd_blocking_a_place_is_of_its_country(events_of: Any) -> None:
    """A country-less crowd that blocks a town's road is of that town's country."""
    found = _coded(events_of, "Protesters blocked the main highway into La Paz on Wednesday.")
    assert ("14", "BOL", "OPP", "BOL") in found


@pytest.mark.parametrize("text", [
    "Travel agents in Madrid raised prices for the summer season.",
    "Rangers fans attacked the referee's car after the match in Glasgow.",
    "The attackers scored twice in the second half as Lyon beat Marseille 3-1.",
    "Thieves broke into a jewellery shop in Milan and stole watches.",
])
def test_issue_3_generic_nouns_that_are_no_doers(events_of: Any, text: str) -> None:
    """Agents of trade, a club's name, football's attackers and thieves do no political act."""
    assert _coded(events_of, text) == []


def test_issue_3_unnamed_attackers_attack_bodily(events_of: Any) -> None:
    """'Masked men' and 'thugs' attacking a journalist use force (18-20), never words (111)."""
    for text in ("Masked men attacked a journalist in Minsk.",
                 "Thugs attacked a journalist in Minsk."):
        found = _coded(events_of, text)
        assert any(r in ("18", "19") and s == "BLR" for r, s, _, _ in found), found
        assert all(r != "11" for r, _, _, _ in found)
    senator = _coded(events_of, "The senator attacked the president over the deal.")
    assert [r for r, _, _, _ in senator] == ["11"]  # a named politician's attack: words


def test_issue_3_survived_assassination_attempt(events_of: Any) -> None:
    """An attempt on a figure's life the figure survived is an assault by the place's
    unnamed doers; a heart attack survived is none."""
    found = _coded(events_of, "President Eduard Shevardnadze survived an assassination attempt "
                              "on Monday when his motorcade came under rocket fire in Tbilisi.")
    assert ("18", "GEO", "UAF", "GEO") in found
    assert _coded(events_of, "The actor survived a heart attack in Los Angeles.") == []


def test_issue_3_person_carrying_arms_is_an_armed_doer(events_of: Any) -> None:
    """'a man armed with an assault rifle' is an unnamed armed doer (UAF) of his place; a man
    carrying a knife or wearing a hat is no such sign."""
    found = _coded(events_of, "A man armed with an assault rifle opened fire on worshippers at "
                              "a mosque in Kano.")
    assert ("19", "NGA", "UAF", "NGA") in found
    assert _coded(events_of, "A man wearing a red hat attacked the referee.") == []
