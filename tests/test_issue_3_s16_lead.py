"""Issue 3, sixteenth session, lead: KB additions found while merging the helpers' work."""

from __future__ import annotations

from storyline.evaluate.events import run_sentences


def test_issue_3_npfl_acronym_is_liberian_rebels() -> None:
    """The NPFL (Charles Taylor's National Patriotic Front of Liberia) is written by its
    acronym in wire copy; the KB knew only the full name, so an acronym doer had no country."""
    (events,) = run_sentences(["NPFL fighters shelled the port of Buchanan on Tuesday."])
    assert [(e.code, e.source.country if e.source else None) for e in events] == [("194", "LBR")]


def _coded(text: str) -> list[tuple[str, str | None, str | None]]:
    (events,) = run_sentences([text])
    return [(e.code, e.source.country if e.source else None, e.target.country if e.target else None)
            for e in events if e.code[:2] in {"18", "19", "20"}]


def test_issue_3_dated_deed_noun_with_unnamed_doer_is_coded() -> None:
    """A killing or shooting named by a noun heading its sentence and dated to the news day is
    reported with the place's unnamed forces as doer, as a dated kidnapping already was; the
    trigger helper found the frame and the unattributed-doer check still asked for a weapon."""
    assert _coded("The killing of four policemen near Quetta on Tuesday drew protests from "
                  "opposition parties.") == [("180", "PAK", "PAK")]
    assert _coded("The killing of 40 elephants in Botswana on Monday angered "
                  "conservationists.") == []


def test_issue_3_shooting_in_a_brawl_is_crime() -> None:
    """A shooting dead with no agent is force by the place's unnamed doers, but one in a brawl,
    fight or argument is crime and stays uncoded (an agentless stabbing of a commoner stays crime
    too; since the seventeenth session one of a political figure is force: see
    test_issue_3_s17_lead)."""
    assert _coded("Two soldiers were shot dead in a pub in Belfast, police said.")[0][1:] == (
        "GBR", "GBR")
    assert _coded("A man was shot dead during a brawl outside a nightclub in Glasgow early "
                  "on Sunday.") == []
    assert _coded("A man was shot dead in an argument over parking in Leeds on Saturday.") == []
    assert _coded("An opposition lawmaker was stabbed outside his home in Kampala.") == [
        ("182", "UGA", "UGA")]
