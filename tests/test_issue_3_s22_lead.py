"""Issue 3, twenty-second session (lead): Phoenix files Mauritania's leaders under Mauritius's
code; the knowledge base build recodes them."""

from __future__ import annotations

from typing import Any

from storyline.actors.kb import lookup_bundled
from storyline.data import build


def test_issue_3_s22_ould_patronymics_are_mauritanian_not_mauritian() -> None:
    """An 'Ould' name coded MUS is recoded MRT with its dates; a Mauritian keeps MUS."""
    entries: list[tuple[list[str], list[list[Any]]]] = [
        (["sidi ould example"], [["MUSGOV", "2001-01-01", None], ["MUSELI", None, None]]),
        (["ram example"], [["MUSGOV", "2001-01-01", None]]),
        (["ould example"], [["MARGOV", None, None]]),
    ]
    build.mend_mauritanians(entries)
    assert entries[0][1] == [["MRTGOV", "2001-01-01", None], ["MRTELI", None, None]]
    assert entries[1][1] == [["MUSGOV", "2001-01-01", None]]
    assert entries[2][1] == [["MARGOV", None, None]]


def test_issue_3_s22_bundled_mauritanian_president_is_mrt() -> None:
    """The bundled base, rebuilt, codes Mohamed Ould Abdel Aziz as Mauritania's government in
    2012; Mauritius's Anerood Jugnauth stays MUS."""
    aziz = lookup_bundled("mohamed ould abdel aziz", "2012-05-01")
    assert aziz is not None and aziz.country == "MRT" and aziz.sector == "GOV"
    jugnauth = lookup_bundled("anerood jugnauth", None)
    assert jugnauth is not None and jugnauth.country == "MUS"


def test_issue_3_s22_crowds_repress_no_one(events_of: Any) -> None:
    """A generic crowd noun is no doer of repression, arrests or expulsions ('The marchers had
    dispersed': they went home); police dispersing marchers is repression (175)."""
    assert [e.code for e in events_of(
        "The marchers had dispersed by late afternoon, leaving the avenue littered with "
        "broken glass.")] == []
    assert "175" in [e.code for e in events_of(
        "Riot police dispersed the marchers with tear gas in central Lima.")]


def test_issue_3_s22_battered_things_are_no_assault(events_of: Any) -> None:
    """Battering store fronts or doors in a riot assaults no one (no 182); battering people
    does."""
    codes = [e.code for e in events_of(
        "Hundreds of youths were battering shop fronts and doors in central Lyon on Saturday.")]
    assert "182" not in codes
    assert any(c[:2] == "18" or c == "175" for c in (e.code for e in events_of(
        "Militiamen battered two opposition activists outside a polling station in Harare.")))
