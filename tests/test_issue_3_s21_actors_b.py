"""Issue 3, session 21 (actors b): learned facts are dated, and generic names take no one's
country by default.

A learned office holds from the stating article's date on, until the dictionaries' dated
offices of the same person record a change; the dictionaries' office of the day wins when
they date one; a person they do not date keeps what was learned (Li Shangfu).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from storyline import Storyline
from storyline.actors import kb
from storyline.cli import app
from storyline.records import Actor
from storyline.store.db import merge_actor

pytestmark = pytest.mark.issue(3)


def _ingest(sl: Storyline, folder: Path, articles: list[tuple[str, str]]) -> None:
    """Ingest dated articles one at a time, in the order given (each a JSONL file)."""
    folder.mkdir(exist_ok=True)
    for i, (date, text) in enumerate(articles):
        path = folder / f"a{i}_{date}.jsonl"
        path.write_text(json.dumps({"title": f"Story {i}", "text": text, "published": date})
                        + "\n", encoding="utf-8")
        sl.ingest([str(path)], workers=1)


def _coded(sl: Storyline, date: str, text: str) -> list[tuple[str | None, str | None, str | None]]:
    """(country, sector, role) of every mention with exactly ``text`` in the article of ``date``."""
    rows = sl.store.rows(
        "SELECT m.data FROM mentions m JOIN articles a ON a.id = m.article_id"
        " WHERE a.published LIKE ? AND m.text = ?", (f"{date}%", text))
    assert rows, (date, text)
    return [(d.get("country"), d.get("sector"), d.get("role"))
            for d in (json.loads(r[0]) for r in rows)]


@pytest.mark.slow
def test_issue_3_s21b_learned_offices_respect_dates(sl: Storyline, tmp_path: Path) -> None:
    """Obama learned as president in 2012 is no president in a 2019 article (his dated
    presidency ended in 2017); Li Shangfu, whom the dictionaries do not date, stays China's
    defence minister in a later 2023 article; a name with no dictionary row learned in one
    article codes a bare mention of a later one; an article between two learned offices takes
    the earlier one, and one long before any takes the country alone."""
    _ingest(sl, tmp_path / "in", [
        ("2012-05-01", "President Barack Obama met Chinese leaders in Washington on Tuesday."
                       " Obama said the talks had gone well."),
        ("2019-06-01", "Obama criticised the new tariffs in a speech in Chicago on Monday."),
        ("2023-04-18", "Chinese Defense Minister Li Shangfu arrived in Moscow on Sunday."),
        ("2023-09-01", "Li Shangfu met Russian officers in Beijing on Friday."),
        ("2021-01-01", "Botswana Energy Minister Tumelo Karangwa visited Namibia on Monday."),
        ("2021-03-01", "Karangwa rejected the pipeline plans on Monday."),
        ("2015-03-01", "Deputy Minister Tumelo Karangwa of Botswana met farmers on Monday."),
        ("2016-03-01", "Tumelo Karangwa met reporters in Gaborone on Monday."),
        ("2009-02-01", "Tumelo Karangwa opened a school in Gaborone on Monday."),
    ])
    assert _coded(sl, "2012-05-01", "Obama") == [("USA", "GOV", "President")]
    obama = _coded(sl, "2019-06-01", "Obama")
    assert obama[0][0] == "USA" and obama[0][1] != "GOV" and obama[0][2] is None
    assert _coded(sl, "2023-09-01", "Li Shangfu")[0][:1] == ("CHN",)
    assert _coded(sl, "2023-09-01", "Li Shangfu")[0][1] in ("GOV", "MIL")
    assert _coded(sl, "2021-03-01", "Karangwa") == [("BWA", "GOV", "Energy Minister")]
    assert _coded(sl, "2016-03-01", "Tumelo Karangwa") == [("BWA", "GOV", "Deputy Minister")]
    assert _coded(sl, "2009-02-01", "Tumelo Karangwa") == [("BWA", None, None)]
    # the store's row: the latest office, dated from the article stating it
    result = CliRunner().invoke(app, ["actors", "--db", str(sl.store.path), "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = {r["name"]: r for r in json.loads(result.output)}
    karangwa = rows["Tumelo Karangwa"]
    assert (karangwa["role"], karangwa["valid_from"]) == ("Energy Minister", "2021-01-01")
    assert karangwa["aliases"] == ["Karangwa"]
    assert (rows["Barack Obama"]["role"], rows["Barack Obama"]["valid_from"]) == (
        "President", "2012-05-01")
    table = CliRunner(env={"COLUMNS": "200"}).invoke(app, ["actors", "--db", str(sl.store.path)])
    assert "since" in table.output and "2021-01-01" in table.output


def test_issue_3_s21b_dictionary_office_of_the_day_beats_a_learned_one(tmp_path: Path) -> None:
    """In the process memory: a learned coding of a dictionary person yields to the office the
    dictionaries date on the article's day, keeps its role where they agree, and holds no
    office after that person's dated offices changed; an undated store row (a dictionary
    coding) holds none either."""
    db = str(tmp_path / "kb.db")
    kb.remember(Actor(id="o1", name="Barack Obama", aliases=["Obama"], country="USA",
                      sector="GOV", role="President", valid_from="2012-05-01",
                      source="article:x1"), db)
    same = kb.lookup_learned("obama", db, "2015-01-01")
    assert same is not None and (same.country, same.sector, same.role) == ("USA", "GOV",
                                                                           "President")
    later = kb.lookup_learned("barack obama", db, "2019-06-01")
    assert later is not None and later.country == "USA"
    assert later.sector != "GOV" and later.role is None
    kb.remember(Actor(id="m1", name="Angela Merkel", country="DEU", sector="GOV",
                      source="dictionary"), db)
    merkel = kb.lookup_learned("angela merkel", db, "2025-03-01")
    assert merkel is not None and merkel.country == "DEU" and merkel.sector != "GOV"


def test_issue_3_s21b_learned_office_of_an_undated_person_fills_the_gap(tmp_path: Path) -> None:
    """Someone the dictionaries do not date keeps the learned office from its date on, a year
    back at most; the office learned last before the day asked is the one taken."""
    db = str(tmp_path / "kb.db")
    kb.remember(Actor(id="p1", name="Ilse Vandermeer", country="NLD", sector="GOV",
                      role="Deputy Minister", valid_from="2015-03-01", source="article:a"), db)
    kb.remember(Actor(id="p1", name="Ilse Vandermeer", country="NLD", sector="GOV",
                      role="Prime Minister", valid_from="2021-01-01", source="article:b"), db)
    codes = {day: kb.lookup_learned("ilse vandermeer", db, day) for day in
             ("2009-01-01", "2014-06-01", "2016-01-01", "2024-01-01")}
    roles = {day: (c.sector, c.role) if c else None for day, c in codes.items()}
    assert roles == {"2009-01-01": (None, None), "2014-06-01": ("GOV", "Deputy Minister"),
                     "2016-01-01": ("GOV", "Deputy Minister"),
                     "2024-01-01": ("GOV", "Prime Minister")}
    kb.forget_article("b", db)  # an unstored article's lesson goes, its history too
    late = kb.lookup_learned("ilse vandermeer", db, "2024-01-01")
    assert late is not None and late.role == "Deputy Minister"


def test_issue_3_s21b_store_merge_keeps_the_later_dated_office() -> None:
    """Two articles stating different offices: the later article's, dated from it, whatever
    order they are stored in; the same office stated twice is dated from the first."""
    early = Actor(id="k", name="Tumelo Karangwa", country="BWA", sector="GOV",
                  role="Deputy Minister", valid_from="2015-03-01", source="article:a")
    late = Actor(id="k", name="Tumelo Karangwa", aliases=["Karangwa"], country="BWA",
                 sector="GOV", role="Energy Minister", valid_from="2021-01-01",
                 source="article:b")
    for merged in (merge_actor(early, late), merge_actor(late, early)):
        assert (merged.role, merged.valid_from, merged.source) == (
            "Energy Minister", "2021-01-01", "article:b")
        assert merged.aliases == ["Karangwa"]
    again = Actor(id="k", name="Tumelo Karangwa", country="BWA", sector="GOV",
                  role="Energy Minister", valid_from="2022-01-01", source="article:c")
    assert merge_actor(late, again).valid_from == "2021-01-01"


def test_issue_3_s21b_store_merge_gaps_are_no_new_office() -> None:
    """A later article that states only the country keeps the office and its first date; an
    undated row's different office stays and takes no date from the article it differs from."""
    office = Actor(id="k", name="Ivan Petrov", country="RUS", sector="GOV", role="Minister",
                   valid_from="2015-01-01")
    country_only = Actor(id="k", name="Ivan Petrov", country="RUS", valid_from="2021-01-01")
    for merged in (merge_actor(office, country_only), merge_actor(country_only, office)):
        assert (merged.sector, merged.role, merged.valid_from) == ("GOV", "Minister",
                                                                    "2015-01-01")
    undated = Actor(id="k", name="Ivan Petrov", country="RUS", sector="MIL")
    dated = Actor(id="k", name="Ivan Petrov", country="RUS", sector="GOV",
                  valid_from="2021-01-01")
    assert (merge_actor(undated, dated).sector, merge_actor(undated, dated).valid_from) == (
        "MIL", None)


def test_issue_3_s21b_a_bare_given_name_is_no_king(actors_of: Any) -> None:  # noqa: ANN401
    """A lone given name the files list a king by ('Abdullah', 'Hussein') names no one
    unless a title or the article says who; a ruler's title picks the king reigning on the
    article's date, and with two such kings (or no date) the country is left to the sentence."""
    text = "The gunmen killed Abdullah and two of his cousins near the market, he added."
    assert actors_of.mention(text, "Abdullah").country != "SAU"  # (a learned namesake may
    iraq = "Hussein said the country would never accept the inspectors."  # fill it in)
    assert actors_of.mention(iraq, "Hussein", "2001-03-01").country != "JOR"
    visit = "Trump and King Abdullah met in the Oval Office and then had a working lunch."
    assert actors_of.mention(visit, "King Abdullah", "2018-06-25").country == "JOR"
    assert actors_of.mention(visit, "King Abdullah").country != "SAU"
    riyadh = "Bush and King Abdullah met in Riyadh on Tuesday to discuss oil prices."
    assert actors_of.mention(riyadh, "King Abdullah", "2008-06-25").country == "SAU"
    amman = "King Hussein met Israeli leaders in Amman on Monday."
    hussein = actors_of.mention(amman, "King Hussein", "1995-03-01")
    assert (hussein.country, hussein.sector) == ("JOR", "GOV")


def test_issue_3_s21b_saudi_king_abdullah_reigned_until_2015() -> None:
    """The dictionaries' Saudi King Abdullah holds his office 2005-2015 (he died on 23 January
    2015), no longer open-ended; 'King Abdullah' of 2016 is Jordan's."""
    from storyline.actors.kb import royal_namesake

    saudi = kb.lookup_bundled("abdullah bin abdulaziz", "2010-01-01")
    assert saudi is not None and (saudi.country, saudi.sector) == ("SAU", "GOV")
    late = kb.lookup_bundled("abdullah bin abdulaziz", "2016-01-01")
    assert late is not None and late.sector != "GOV"
    assert kb.lookup_bundled("abdullah", "2010-01-01") is None  # a bare given name
    jordan = royal_namesake("King", "Abdullah", "2016-01-01")
    assert jordan is not None and jordan.country == "JOR"
    assert royal_namesake("King", "Abdullah", "2010-01-01") is None  # two kings then
    assert royal_namesake("King", "Abdullah", None) is None


def test_issue_3_s21b_a_generic_body_takes_the_country_the_text_gives(actors_of: Any) -> None:  # noqa: ANN401
    """'National Security Council' is a body many states have: no country of its own (the
    Phoenix files' US one keeps its 'White House' name); the text's possessor, demonym or
    sentence says whose, and a US article's bare one stays American."""
    from storyline.actors.coding import code_phrase

    bare = code_phrase("National Security Council")
    assert bare is not None and (bare.country, bare.sector) == (None, "GOV")
    white_house = code_phrase("White House National Security Council")
    assert white_house is not None and white_house.country == "USA"
    afghan = ("The National Security Council (NSC) rejected the Hezb-i-Islami Afghanistan"
              " party's demand to remove the defence minister.")
    assert actors_of.mention(afghan, "National Security Council").country == "AFG"
    assert actors_of.mention(afghan, "NSC").country == "AFG"
    somali = "The Somali National Security Council met in Mogadishu on Monday."
    assert actors_of.mention(somali, "Somali National Security Council").country == "SOM"
    us = ("The National Security Council said on Monday that Washington would impose new"
          " sanctions on Iran.")
    assert actors_of.mention(us, "National Security Council").country == "USA"


def test_issue_3_s21b_a_body_a_person_addresses_is_not_her_country(actors_of: Any) -> None:  # noqa: ANN401
    """The national body a titled person's own act is aimed at ('addressed the US Congress')
    says nothing of her country, as a place her act aims at does not."""
    text = "Olena Zelenska, the first lady, addressed the US Congress on Wednesday."
    assert actors_of.mention(text, "Olena Zelenska", "2022-07-20").country != "USA"
