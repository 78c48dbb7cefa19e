"""Issue 3, twenty-first session (actors): the dated leaders table (form, successions, lookups
by the article's date), the Taliban's dated sector, the Soviet KGB, and relatives of leaders,
who hold none of their offices."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from storyline.actors.coding import code_phrase
from storyline.actors.coref import _same_word
from storyline.actors.extract import kin_of
from storyline.actors.kb import bundled, lookup_bundled, split_code
from storyline.actors.names import norm_key
from storyline.data import build

ROWS = [line.split("\t") for line in build.LEADERS.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")]
DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _rows_of(person: str) -> list[list[str]]:
    """The table's rows of one person (by canonical name), in date order."""
    return sorted((r for r in ROWS if r[0].split("|")[0] == person), key=lambda r: r[2])


def test_issue_3_s21_leaders_table_rows_are_well_formed() -> None:
    """Every row: five columns, lower-case names, a code whose country is an ISO alpha-3 code
    of the tables or a body's (IGO), ISO dates in order, a Wikipedia record."""
    assert len(ROWS) > 300
    isos = bundled().isos
    for row in ROWS:
        assert len(row) == 5, row
        names, code, start, until, source = row
        assert names == names.lower() and all(n.strip() == n and n for n in names.split("|"))
        country, sector = split_code(code)
        assert sector is not None, row
        assert country in isos or (code.startswith("IGO") and sector == "IGO"), row
        assert DAY.fullmatch(start), row
        assert until == "" or (DAY.fullmatch(until) and until > start), row
        assert source.startswith("https://en.wikipedia.org/wiki/"), row


def test_issue_3_s21_one_persons_offices_do_not_overlap() -> None:
    """A person's rows follow one another: no office starts before the last one ended, and
    only the latest may be open."""
    for person in {r[0].split("|")[0] for r in ROWS}:
        rows = _rows_of(person)
        for before, after in zip(rows, rows[1:], strict=False):
            assert before[3] and before[3] <= after[2], (before, after)
        assert len({r[0] for r in rows}) == 1, person  # one spelling list per person


def test_issue_3_s21_table_people_are_not_listed_twice() -> None:
    """A person of the table is not also in the data module's hand lists: two entries of one
    person would cut each other's open codes."""
    table = {n for r in ROWS for n in r[0].split("|")}
    leaders = build.read_leaders(build.LEADERS)
    hand = [e for e in build.RECENT_ACTORS + build.PERIOD_ACTORS if e not in leaders]
    assert len(hand) + len(leaders) == len(build.RECENT_ACTORS + build.PERIOD_ACTORS)
    assert not table & {n for names, _ in hand for n in names}


# Offices held one after another: (person, start of their term) in order of succession
SUCCESSIONS = {
    "US defence secretary": [("chuck hagel", "2013-02-27"), ("ashton carter", "2015-02-17"),
                             ("jim mattis", "2017-01-20"), ("mark esper", "2019-07-23"),
                             ("lloyd austin", "2021-01-22"), ("pete hegseth", "2025-01-25")],
    "UK prime minister": [("david cameron", "2010-05-11"), ("theresa may", "2010-05-12"),
                          ("liz truss", "2014-07-15")],
    "French prime minister": [("edouard philippe", "2017-05-15"), ("jean castex", "2020-07-03"),
                              ("michel barnier", "2024-09-05"),
                              ("francois bayrou", "2024-12-13")],
    "Chinese defence minister": [("chang wanquan", "2013-03-16"), ("wei fenghe", "2018-03-19"),
                                 ("dong jun", "2023-12-29")],
    "UN secretary-general": [("ban ki-moon", "2007-01-01"), ("antonio guterres", "2017-01-01")],
    "NATO secretary general": [("anders fogh rasmussen", "2009-08-01"),
                               ("jens stoltenberg", "2014-10-01"), ("mark rutte", "2024-10-01")],
    "IAEA director general": [("yukiya amano", "2009-12-01"), ("rafael grossi", "2019-12-03")],
    "WHO director-general": [("margaret chan", "2007-01-04"),
                             ("tedros adhanom ghebreyesus", "2017-07-01")],
    "Japanese prime minister": [("shinzo abe", "2012-12-26"), ("yoshihide suga", "2012-12-26"),
                                ("fumio kishida", "2021-10-04"), ("shigeru ishiba", "2024-10-01"),
                                ("sanae takaichi", "2025-10-21")],
    "Czech prime minister": [("andrej babis", "2017-12-06"), ("petr fiala", "2021-11-28"),
                             ("andrej babis", "2025-12-09")],
    "German chancellor": [("angela merkel", "2005-11-22"), ("olaf scholz", "2018-03-14"),
                          ("friedrich merz", "2025-05-06")],
}
# rows that span an office and the ones before it in government (Truss, May, Scholz, Suga)
# start earlier than the term itself; the end of each is what must precede the next term
TERM_STARTS = {("theresa may", "2010-05-12"): "2016-07-13", ("liz truss", "2014-07-15"):
               "2022-09-06", ("olaf scholz", "2018-03-14"): "2021-12-08",
               ("yoshihide suga", "2012-12-26"): "2020-09-16",
               ("shinzo abe", "2012-12-26"): "2012-12-26"}


@pytest.mark.parametrize("office", sorted(SUCCESSIONS))
def test_issue_3_s21_successive_holders_of_an_office_do_not_overlap(office: str) -> None:
    """Holders of one office follow one another: each term ends when the next begins."""
    rows = []
    for person, start in SUCCESSIONS[office]:
        found = [r for r in _rows_of(person) if r[2] == start]
        assert len(found) == 1, (person, start)
        rows.append((TERM_STARTS.get((person, start), start), found[0][3] or "9999-12-31"))
    for (_, until), (start, _) in zip(rows, rows[1:], strict=False):
        assert until <= start, (office, rows)


@pytest.mark.parametrize(("name", "date", "code"), [
    ("Olaf Scholz", "2022-06-01", ("DEU", "GOV")),
    ("Liz Truss", "2022-09-20", ("GBR", "GOV")),
    ("Liz Truss", "2023-05-01", ("GBR", "LEG")),  # a backbench MP after her premiership
    ("Barack Obama", "2015-06-01", ("USA", "GOV")),
    ("Barack Obama", "2019-06-01", ("USA", "ELI")),
    ("Angela Merkel", "2023-01-01", ("DEU", "ELI")),
    ("Benjamin Netanyahu", "2022-03-01", ("ISR", "OPP")),
    ("Benny Gantz", "2024-01-01", ("ISR", "GOV")),  # the war cabinet
    ("Riek Machar", "2015-01-01", ("SSD", "REB")),
    ("Riek Machar", "2021-01-01", ("SSD", "GOV")),
    ("Ahmed al-Sharaa", "2020-01-01", ("SYR", "REB")),
    ("Ahmed al-Sharaa", "2025-03-01", ("SYR", "GOV")),
    ("Bashar al-Assad", "2020-01-01", ("SYR", "GOV")),
    ("Bashar al Assad", "2025-03-01", ("SYR", "ELI")),
    ("Mark Carney", "2016-01-01", ("GBR", "GOV")),  # governor of the Bank of England
    ("Antonio Guterres", "2010-01-01", ("UN", "IGO")),  # UNHCR
    ("Hakan Fidan", "2015-01-01", ("TUR", "SPY")),  # MIT, Turkey's intelligence
    ("Hakan Fidan", "2024-01-01", ("TUR", "GOV")),
    ("Jens Stoltenberg", "2020-01-01", ("NATO", "IGO")),
    ("Tedros Adhanom Ghebreyesus", "2020-03-11", ("WHO", "IGO")),
    ("Giorgia Meloni", "2018-01-01", ("ITA", "OPP")),
])
def test_issue_3_s21_full_names_code_the_office_of_the_date(
        name: str, date: str, code: tuple[str, str]) -> None:
    """A full name codes the office its holder held on the article's date (the bundled KB
    itself: a title earlier in the process may have taught a name its office of then)."""
    ref = lookup_bundled(norm_key(name), date)
    assert ref is not None and (ref.country, ref.sector) == code


@pytest.mark.parametrize(("text", "word", "published", "code"), [
    ("Scholz met Macron in Paris on Monday.", "Scholz", "2022-05-09", ("DEU", "GOV")),
    ("Truss said Britain would cut taxes.", "Truss", "2022-09-20", ("GBR", "GOV")),
    ("Truss said the party had lost its way.", "Truss", "2023-05-09", ("GBR", "LEG")),
    ("Netanyahu said Israel would not stop the war.", "Netanyahu", "2024-01-09",
     ("ISR", "GOV")),
    ("Zaluzhnyi said the front had reached a stalemate.", "Zaluzhnyi", "2023-11-02",
     ("UKR", "MIL")),
])
def test_issue_3_s21_bare_surnames_code_by_the_date(actors_of: Any, text: str, word: str,
                                                    published: str,
                                                    code: tuple[str, str]) -> None:
    """A leader's bare surname codes the office held on the article's date."""
    found = actors_of.mention(text, word, published=published)
    assert (found.country, found.sector) == code


@pytest.mark.parametrize(("text", "word"), [
    ("Cooper said the report was wrong.", "Cooper"),
    ("Khan said the report was wrong.", "Khan"),
    ("Hunt said the report was wrong.", "Hunt"),
])
def test_issue_3_s21_common_surnames_of_the_new_rows_stay_uncoded(
        actors_of: Any, text: str, word: str) -> None:
    """Common surnames of the new rows' people (Yvette Cooper, Imran Khan, Jeremy Hunt)
    name no one alone."""
    assert actors_of.mention(text, word, published="2024-09-01").country is None


@pytest.mark.parametrize(("text", "date", "code"), [
    ("Taliban", "2019-06-01", ("AFG", "REB")),
    ("the Taliban", "2021-08-14", ("AFG", "REB")),
    ("Taliban", "2022-03-25", ("AFG", "GOV")),  # Afghanistan's de facto government
    ("Taliban", "1998-01-01", ("AFG", "GOV")),
    ("Pakistani Taliban", "2023-01-01", ("PAK", "REB")),  # the TTP, never a government
])
def test_issue_3_s21_the_taliban_govern_after_august_2021(text: str, date: str,
                                                         code: tuple[str, str]) -> None:
    """The Taliban are rebels until the fall of Kabul (15 August 2021), the government after."""
    ref = code_phrase(text, date)
    assert ref is not None and (ref.country, ref.sector) == code


def test_issue_3_s21_dated_taliban_in_a_sentence(actors_of: Any) -> None:
    """In an article of 2022 the Taliban govern; in one of 2019 they fight."""
    text = "The Taliban banned girls from secondary school."
    found = actors_of.mention(text, "Taliban", published="2022-03-25")
    assert (found.country, found.sector) == ("AFG", "GOV")
    text = "The Taliban attacked a police post in Helmand."
    found = actors_of.mention(text, "Taliban", published="2019-03-25")
    assert (found.country, found.sector) == ("AFG", "REB")


@pytest.mark.parametrize("text", ["Soviet KGB", "the KGB", "KGB"])
def test_issue_3_s21_the_soviet_kgb_is_coded_as_the_soviet_union_is(text: str) -> None:
    """The project codes the Soviet Union by its successor, Russia (LEGACY_COUNTRIES: SUN,
    USR -> RUS; 'Soviet' -> RUS): its KGB is RUS SPY, dated or not."""
    soviet = code_phrase("Soviet Union")
    assert soviet is not None and soviet.country == "RUS"
    for date in (None, "1985-01-01"):
        ref = code_phrase(text, date)
        assert ref is not None and (ref.country, ref.sector) == ("RUS", "SPY")


def test_issue_3_s21_belarus_kgb_stays_belarusian(actors_of: Any) -> None:
    """The KGB a state possesses in the text is that state's ('Belarus's KGB')."""
    text = "Belarus's KGB detained two opposition activists in Minsk."
    assert actors_of.mention(text, "KGB", published="2021-05-01").country == "BLR"


@pytest.mark.parametrize(("words", "kin"), [
    ("the wife of President George W. Bush", True),
    ("wife of President Muhammadu Buhari", True),
    ("a nephew of the late king", True),
    ("the eldest son of the emir", True),
    ("a senior adviser to President Obama", False),
    ("the president's wife", False),
    ("the son-in-law", False),
])
def test_issue_3_s21_kin_descriptions(words: str, kin: bool) -> None:
    """A description headed by a kin noun and 'of' tells whose relative a person is."""
    assert kin_of(words.split()) is kin


@pytest.mark.parametrize(("text", "word", "published"), [
    ("Laura Bush, the wife of President George W. Bush, visited a school in Kabul.",
     "Laura Bush", None),
    ("Aisha Buhari, the wife of Nigeria's President Muhammadu Buhari, spoke in Kano.",
     "Aisha Buhari", "2016-10-14"),
    ("Gamal Mubarak, the son of President Hosni Mubarak, met bankers in Cairo.",
     "Gamal Mubarak", None),
])
def test_issue_3_s21_a_leaders_relative_holds_no_office(actors_of: Any, text: str, word: str,
                                                       published: str | None) -> None:
    """A leader's spouse or son, described as such, does not take the leader's office."""
    found = actors_of.mention(text, word, published=published)
    assert found.sector != "GOV"


def test_issue_3_s21_an_adviser_still_takes_the_office(actors_of: Any) -> None:
    """An adviser to a president is of the government, as before."""
    text = "John Smith, a senior adviser to President Obama, visited Kabul."
    found = actors_of.mention(text, "John Smith", published="2012-01-01")
    assert (found.country, found.sector) == ("USA", "GOV")


def test_issue_3_s21_a_wife_with_the_feminine_surname_is_no_husband(actors_of: Any) -> None:
    """'Zelenska' is the feminine of 'Zelensky', no spelling of it: she is not him."""
    text = ("Olena Zelenska, the wife of President Volodymyr Zelensky, addressed the US "
            "Congress.")
    found = actors_of.mention(text, "Olena Zelenska", published="2022-07-20")
    assert found.sector != "GOV" and found.name != "Zelensky"
    assert not _same_word("zelenska", "zelensky") and not _same_word("ivanova", "ivanov")
    assert _same_word("zelenskiy", "zelensky") and _same_word("haniyeh", "haniya")


def test_issue_3_s21_undated_the_taliban_keep_their_timeless_code() -> None:
    """With no date, the dictionaries' timeless code says who an actor is: the Taliban are
    AFG REB (their dated government years aside), David Cameron GBR GOV."""
    taliban = code_phrase("Taliban")
    assert taliban is not None and (taliban.country, taliban.sector) == ("AFG", "REB")
    cameron = lookup_bundled("david cameron", None)
    assert cameron is not None and (cameron.country, cameron.sector) == ("GBR", "GOV")
    georgieva = lookup_bundled("kristalina georgieva", None)  # no timeless code: the latest
    assert georgieva is not None and (georgieva.country, georgieva.sector) == ("IMF", "IGO")


def test_issue_3_s21_leaders_table_bad_row_names_its_line(tmp_path: Path) -> None:
    """A row missing its code or start date stops the build naming the file and line."""
    from storyline.data.build import read_leaders

    table = tmp_path / "leaders.tsv"
    table.write_text("# comment\nada lovelace\tGBRGOV\t2020-01-01\t\tsrc\nbad name\tUSAGOV\n",
                     encoding="utf-8")
    with pytest.raises(ValueError, match=r"leaders\.tsv:3: a row needs"):
        read_leaders(table)
