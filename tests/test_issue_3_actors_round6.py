"""Issue 3 actors, sixth round: country and sector causes seen on development sentences, each
fixed in general and pinned here on sentences of our own."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.issue(3)


def _country(actors_of: Any, text: str, phrase: str) -> str | None:  # noqa: ANN401
    """The country of the mention at ``phrase`` in the actors stage's record of ``text``."""
    rec = actors_of(text)
    mention = actors_of.at(rec, text, phrase)
    assert mention is not None, phrase
    return mention.country


@pytest.mark.parametrize(("text", "phrase"), [
    ("Kenyan President Daniel Moi said the guerrillas crossed the border at night.",
     "guerrillas"),
    ("Chilean Foreign Minister Pedro Soto told reporters that the rebels had shot a soldier.",
     "rebels"),
])
def test_issue_3_a_reporting_leader_does_not_place_other_groups(
        actors_of: Any, text: str, phrase: str) -> None:  # noqa: ANN401
    """A head of state's or minister's own country is no evidence of where the groups they
    report on are ('X said the guerrillas ...': those may be anyone's)."""
    assert _country(actors_of, text, phrase) is None


@pytest.mark.parametrize(("text", "phrase", "country"), [
    ("Kenyan President Daniel Moi said the army had arrested the smugglers.", "army", "KEN"),
    ("Militants demanded the resignation of Tunisian President Habib Bourguiba.",
     "Militants", "TUN"),
])
def test_issue_3_a_leader_still_places_their_state_and_those_acting_on_them(
        actors_of: Any, text: str, phrase: str, country: str) -> None:  # noqa: ANN401
    """What the rule was for stays: a reporting leader's state agents ('the army') are that
    state's, and a group that acts on the leader (demands their resignation) is placed."""
    assert _country(actors_of, text, phrase) == country


@pytest.mark.parametrize(("text", "phrase", "country"), [
    ("Yugoslav troops fired on Albanian border guards near the frontier.",
     "Yugoslav troops", "SRB"),
    ("The army of Yugoslavia massed tanks on the border with Albania.", "Yugoslavia", "SRB"),
    ("Czechoslovak police detained dozens of students.", "Czechoslovak police", "CZE"),
])
def test_issue_3_a_former_state_is_its_successor(
        actors_of: Any, text: str, phrase: str, country: str) -> None:  # noqa: ANN401
    """Former states the country tables lack ('Yugoslav') code as their successor by the
    legacy CAMEO codes (YUG -> SRB), not as another country their sentence names."""
    assert _country(actors_of, text, phrase) == country


def test_issue_3_former_states_do_not_override_the_tables() -> None:
    """The bundled former-state table only fills gaps: a name the country tables know keeps
    their code, and every successor is a country the tables know."""
    from storyline.actors.coding import place_of
    from storyline.actors.kb import _data_pairs, bundled

    kb = bundled()
    former = _data_pairs("former_states.tsv")
    assert former and all(v.split("\t")[0] in kb.isos for v in former.values())
    yugoslav = place_of("yugoslav")
    assert yugoslav is not None and (yugoslav.code, yugoslav.table) == ("SRB", "demonym")
    serbian = place_of("serbian")
    assert serbian is not None and serbian.code == "SRB"


@pytest.mark.parametrize("text", [
    "Colonel Smith visited the base on Tuesday.",
    "Colonel Haddad met the commander of the militia.",
])
def test_issue_3_a_title_and_a_common_surname_name_no_dictionary_person(
        actors_of: Any, text: str) -> None:  # noqa: ANN401
    """A title before a surname many dictionary people share in several countries, none held
    by most of them ('Smith': 20 people, 3 British), is no one in particular: no country."""
    rec = actors_of(text)
    mention = actors_of.at(rec, text, text.split(" ")[0] + " " + text.split(" ")[1])
    assert mention is not None and mention.sector == "MIL" and mention.country is None


def test_issue_3_surname_lookup_needs_a_majority_country() -> None:
    """The surname fallback keeps a unique or majority surname ('Mugabe') and drops one whose
    people are spread over countries ('Smith', 'Haddad')."""
    from storyline.actors.kb import lookup_surname

    mugabe = lookup_surname("mugabe", None)
    assert mugabe is not None and mugabe.country == "ZWE"
    assert lookup_surname("smith", None) is None
    assert lookup_surname("haddad", None) is None


@pytest.mark.parametrize(("text", "phrase", "country"), [
    ("Governor Christie criticized the union leaders.", "Governor Christie", None),
    ("Mayor Christie opened the new bridge.", "Mayor Christie", None),
    ("Prime Minister Christie met the cabinet in Nassau.", "Prime Minister Christie", "BHS"),
])
def test_issue_3_a_local_title_is_no_national_namesake(
        actors_of: Any, text: str, phrase: str, country: str | None) -> None:  # noqa: ANN401
    """A governor or mayor with a bare surname is not the one national figure of that surname
    the dictionaries list (a Bahamian prime minister); a national title still finds them."""
    assert _country(actors_of, text, phrase) == country


@pytest.mark.parametrize(("text", "phrase"), [
    ("Militiamen held 12 U.N. peacekeepers hostage near Kisangani.", "U.N. peacekeepers"),
    ("Rebels released the UN peacekeepers they had held in Sierra Leone.", "UN peacekeepers"),
])
def test_issue_3_a_bodys_peacekeepers_keep_the_bodys_code(
        actors_of: Any, text: str, phrase: str) -> None:  # noqa: ANN401
    """Members of an international mission are the body's (UN, IGO), not the people of the
    place where they are held (the sentence's one country); the mention is the whole phrase,
    not only the body's name inside it."""
    rec = actors_of(text)
    mention = actors_of.at(rec, text, phrase)
    assert mention is not None and mention.text == phrase
    assert (mention.country, mention.sector) == ("UN", "IGO")


def test_issue_3_a_phrase_coded_only_by_a_body_is_the_bodys() -> None:
    """A phrase with no agent head is coded only by its modifiers' origin; an international
    body's is the body's sector too ('UN peacekeepers hostage'), so no place takes it over;
    a country's stays sectorless ('an Indian proposal'); national peacekeepers are MIL."""
    from storyline.actors.coding import code_phrase

    body = code_phrase("30 UN peacekeepers hostage")
    assert body is not None and (body.country, body.sector) == ("UN", "IGO")
    national = code_phrase("an Indian proposal")
    assert national is not None and (national.country, national.sector) == ("IND", None)
    lent = code_phrase("Bangladeshi peacekeepers")
    assert lent is not None and (lent.country, lent.sector) == ("BGD", "MIL")


@pytest.mark.parametrize(("text", "phrase", "codes"), [
    ("The Commonwealth suspended Fiji on Monday.", "Commonwealth", ("CWN", "IGO")),
    ("The Commonwealth of Virginia sued the company.", "The Commonwealth of Virginia",
     ("USA", None)),
    ("Russia and the Commonwealth of Independent States signed a treaty.",
     "the Commonwealth of Independent States", ("CIS", "IGO")),
])
def test_issue_3_the_commonwealth_is_an_igo(
        actors_of: Any, text: str, phrase: str, codes: tuple[str, str | None]) -> None:  # noqa: ANN401
    """A bare 'the Commonwealth' is the Commonwealth of Nations (Phoenix IGOCWN, code CWN), while
    the longer names that start with the word stay what they are."""
    rec = actors_of(text)
    mention = actors_of.at(rec, text, phrase)
    assert mention is not None and (mention.country, mention.sector) == codes


@pytest.mark.parametrize(("phrase", "sector", "country"), [
    ("union leaders", "LAB", None),
    ("leaders of the union", "LAB", None),
    ("Soviet Union officials", "GOV", "RUS"),
    ("European Union officials", "IGO", "EU"),
])
def test_issue_3_a_lower_case_union_is_labour(
        phrase: str, sector: str, country: str | None) -> None:
    """'union leaders' lead a labour union (LAB), not a government (a bare 'leaders' default);
    a capitalised 'Union' is part of a name ('Soviet Union officials' stay RUS GOV)."""
    from storyline.actors.coding import code_phrase

    ref = code_phrase(phrase)
    assert ref is not None and (ref.sector, ref.country) == (sector, country)


@pytest.mark.parametrize(("text", "phrase", "country"), [
    ("Pakistani police said the militants fled across the border.", "militants", None),
    ("Indian officials said the insurgents had attacked a police station.", "police", "IND"),
])
def test_issue_3_reporting_officials_place_only_their_states_agents(
        actors_of: Any, text: str, phrase: str, country: str | None) -> None:  # noqa: ANN401
    """The rule holds for any people who report, not only a named leader: 'Pakistani police
    said the militants ...' says who reports, not where the militants are."""
    assert _country(actors_of, text, phrase) == country
