"""Issue 3, twentieth session, round 2 (events): force and sanction nouns that head their
clause, battles between armed sides, fire from heavy guns, expulsions of ethnic groups and
named aid groups, money shelled out, investigations told as background, and one blast told
twice of its doer."""

from __future__ import annotations

from typing import Any

import pytest


def _coded(events_of: Any, text: str) -> list[tuple[str, str | None, str | None]]:
    """(code, source country, target country) of every event of ``text``."""
    return [(code, src, tgt) for code, _, src, tgt in events_of.codes(text)]


@pytest.mark.parametrize(("text", "event"), [
    ("The Israeli blockade of Gaza entered its third year on Monday.", ("191", "ISR", "PSE")),
    ("The Russian shelling of Kharkiv continued overnight.", ("194", "RUS", "UKR")),
    ("The European embargo on Iran remains in place.", ("163", "EU", "IRN")),
    ("US sanctions on Iran remain in force.", ("163", "USA", "IRN")),
    ("NATO's air campaign against Libyan government forces entered its fourth month.",
     ("195", "NATO", "LBY")),
])
def test_issue_3_force_noun_heading_its_clause(events_of: Any, text: str,
                                               event: tuple[str, str, str]) -> None:
    """A force or sanction noun that heads its clause, a state named before it, is that
    state's act on the place it is "of" or the state it is "on"."""
    assert event in _coded(events_of, text)


@pytest.mark.parametrize("text", [
    "The Turkish invasion of Cyprus in 1974 divided the island.",  # history, by its year
    "The American bombing of Cambodia was a mistake, he said.",  # judged, not reported
    "The Israeli siege of Beirut ended in August.",  # its end told, no siege
    "He complained about the sanctions on Iran.",  # no one's sanction heads a clause
    "The company's ad campaign against smoking entered its second year.",
    "The campaign against corruption continued.",
])
def test_issue_3_force_noun_near_misses(events_of: Any, text: str) -> None:
    """History dated by a year, a sanction only talked of and campaigns without arms."""
    assert not [c for c, _, _ in _coded(events_of, text) if c[:2] in ("16", "19")]


@pytest.mark.parametrize(("text", "event"), [
    ("Battles between government troops and Tamil rebels raged in the north.",
     ("190", "LKA", "LKA")),
    ("Heavy battles between Ethiopian and Eritrean forces raged along the border.",
     ("190", "ETH", "ERI")),
])
def test_issue_3_battles_between_armed_sides(events_of: Any, text: str,
                                             event: tuple[str, str, str]) -> None:
    """A battle between sides one of which is armed is fighting (190)."""
    assert event in _coded(events_of, text)


@pytest.mark.parametrize("text", [
    "The legal battle between the two companies dragged on.",
    "A battle between Apple and Samsung raged in court.",
    "The debate raged for hours.",
])
def test_issue_3_battles_of_no_arms_and_raging_are_none(events_of: Any, text: str) -> None:
    """Battles between firms are no fighting, and "raged" is no teasing ("rag")."""
    assert _coded(events_of, text) == []


def test_issue_3_artillery_fire_is_heavy_arms(events_of: Any) -> None:
    """Coming under artillery or mortar fire is fighting with heavy arms (194); mixed with
    small arms it is plain fighting (190)."""
    text = "The Kurdish town came under artillery fire from Turkish forces on Sunday."
    assert [c for c, _, _ in _coded(events_of, text)] == ["194"]
    mixed = "A Nigerian army convoy came under mortar and machine-gun fire near Maiduguri."
    assert "194" not in [c for c, _, _ in _coded(events_of, mixed)]
    criticism = "Firefighters came under fire from residents for the slow response."
    assert "194" not in [c for c, _, _ in _coded(events_of, criticism)]


@pytest.mark.parametrize(("text", "code"), [
    ("Serbian forces expelled ethnic Albanians from Kosovo.", "174"),
    ("Croatian troops expelled ethnic Serbs from the Krajina.", "174"),
    ("The authorities expelled two Albanian diplomats.", "166"),
    ("Ethiopia expelled the Red Cross from the Ogaden region.", "1663"),
    ("The government ordered Doctors Without Borders to leave the country.", "1663"),
    ("The ministry ordered the Norwegian Refugee Council to leave Sudan.", "1663"),
    ("Police ordered the protesters to leave the square.", "174"),
])
def test_issue_3_who_is_expelled_codes_it(events_of: Any, text: str, code: str) -> None:
    """Ethnic groups expelled are people (174), diplomats officials (166), named aid groups
    aid agencies (1663)."""
    assert [c for c, _, _ in _coded(events_of, text)] == [code]


@pytest.mark.parametrize("text", [
    "Taxpayers will have to shell out millions for the new stadium.",
    "Consumers shelled out billions on new phones last year.",
])
def test_issue_3_money_shelled_out_is_none(events_of: Any, text: str) -> None:
    """"shell out" money is spending, no shelling."""
    assert _coded(events_of, text) == []


def test_issue_3_investigation_in_background_is_none(events_of: Any) -> None:
    """An investigation named only as what went before ("after an investigation by ICE") is
    no event of its own; one launched is."""
    assert _coded(events_of, "He left the firm after an investigation by the SEC into his "
                  "trading.") == []
    assert "090" in [c for c, _, _ in _coded(
        events_of, "The FBI launched an investigation into the shooting.")]


@pytest.mark.parametrize(("text", "codes"), [
    ("A car bomb that destroyed a police station in Kabul killed five people.", ["1832"]),
    ("Troops who attacked the village killed ten civilians.", ["190"]),
    ("The gunmen who killed the judge were arrested by police.", ["190", "173"]),
])
def test_issue_3_deed_told_of_its_doer_is_one_act(events_of: Any, text: str,
                                                   codes: list[str]) -> None:
    """A violent relative clause on the subject of a verb of the same root tells one act."""
    assert [c for c, _, _ in _coded(events_of, text)] == codes


def test_issue_3_name_read_as_adverb_is_the_subject(events_of: Any) -> None:
    """A state opening the sentence that the parser hangs on the root verb as an adverbial
    noun ("Turkey massed troops") is its subject; a day so hung is no doer."""
    assert ("154", "TUR", "SYR") in _coded(events_of, "Turkey massed troops on the Syrian border.")
    assert _coded(events_of, "Monday saw fighting in Aleppo.") == []
