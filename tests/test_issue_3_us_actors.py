"""Issue 3 actors: domestic political titles and bodies ('Sen. X', 'Congress', 'the Supreme
Court') take their country when the article names no other, and unnamed armed people
('a gunman', 'an attacker') take their sentence's one country, as police do. Own sentences."""

from __future__ import annotations

from typing import Any

import pytest

from storyline.actors.kb import domestic_titles

pytestmark = pytest.mark.issue(3)


def _mention(actors_of: Any, text: str, phrase: str) -> Any:  # noqa: ANN401
    """The actors stage's mention at ``phrase`` in ``text``."""
    rec = actors_of(text)
    mention = actors_of.at(rec, text, phrase)
    assert mention is not None, phrase
    return mention


@pytest.mark.parametrize(("text", "phrase"), [
    ("Sen. Jane Holloway accused the regulators of negligence.", "Holloway"),
    ("Congresswoman Ruth Adeyemi-Park demanded an inquiry.", "Adeyemi-Park"),
    ("Gov. Tom Wexler vetoed the budget on Monday.", "Wexler"),
    ("Lawmakers in Congress rejected the spending plan.", "Congress"),
    ("The Supreme Court struck down the tariff law.", "Supreme Court"),
    ("The House voted against the measure.", "House"),
])
def test_issue_3_us_domestic_titles_code_usa_without_other_country(
        actors_of: Any, text: str, phrase: str) -> None:  # noqa: ANN401
    """A US-only title or body in an article naming no country is American, inferred."""
    mention = _mention(actors_of, text, phrase)
    assert mention.country == "USA"
    assert mention.country_basis == "article"


@pytest.mark.parametrize(("text", "phrase", "country"), [
    ("India's Congress party accused the minister of corruption.", "Congress", "IND"),
    ("Nigeria's Senate rejected the budget of the president.", "Senate", "NGA"),
    ("The Pakistani Senate condemned the drone strike in Waziristan.", "Senate", "PAK"),
    ("Kenya's Supreme Court annulled the election in Nairobi.", "Supreme Court", "KEN"),
])
def test_issue_3_foreign_domestic_bodies_stay_theirs(
        actors_of: Any, text: str, phrase: str, country: str) -> None:  # noqa: ANN401
    """Another country's congress, senate or court keeps that country, never USA."""
    assert _mention(actors_of, text, phrase).country == country


@pytest.mark.parametrize("text", [
    "The Senate voted to impose new sanctions on Venezuela.",
    "The Senate rejected a resolution to halt arms sales to Egypt.",
])
def test_issue_3_a_bare_senate_acting_on_another_country_is_not_that_country(
        actors_of: Any, text: str) -> None:  # noqa: ANN401
    """A bare 'Senate' that votes on another country's affairs keeps the dictionaries' USA:
    naming the country it acts on does not make it that country's senate (an earlier rule did,
    and coded the US Senate as Venezuela's or Egypt's)."""
    assert _mention(actors_of, text, "Senate").country == "USA"


@pytest.mark.parametrize(("text", "phrase", "country"), [
    ("Police in Denver shot a gunman who had wounded two guards.", "gunman", "USA"),
    ("An attacker stabbed three people at a station in Marseille.", "attacker", "FRA"),
    ("Police in Mombasa arrested a shooter after the raid.", "shooter", "KEN"),
])
def test_issue_3_unnamed_armed_people_take_the_sentence_country(
        actors_of: Any, text: str, phrase: str, country: str) -> None:  # noqa: ANN401
    """A gunman, attacker or shooter is of the one country their sentence names, as police."""
    mention = _mention(actors_of, text, phrase)
    assert (mention.country, mention.sector) == (country, "UAF")
    assert mention.country_basis == "sentence"


def test_issue_3_a_gunman_between_two_countries_stays_uncoded(
        actors_of: Any) -> None:  # noqa: ANN401
    """A sentence naming two countries gives an unnamed gunman neither."""
    text = "A gunman attacked a bus carrying tourists from Canada and France."
    assert _mention(actors_of, text, "gunman").country is None


def test_issue_3_domestic_table_is_data() -> None:
    """The domestic titles live in a bundled table with a sector column where needed."""
    table = domestic_titles()
    assert table["sen."] == ("USA", None)
    assert table["house"] == ("USA", "LEG")
