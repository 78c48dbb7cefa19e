"""Issue 3, sixteenth session, lead: KB additions found while merging the helpers' work."""

from __future__ import annotations

from storyline.evaluate.events import run_sentences


def test_issue_3_npfl_acronym_is_liberian_rebels() -> None:
    """The NPFL (Charles Taylor's National Patriotic Front of Liberia) is written by its
    acronym in wire copy; the KB knew only the full name, so an acronym doer had no country."""
    (events,) = run_sentences(["NPFL fighters shelled the port of Buchanan on Tuesday."])
    assert [(e.code, e.source.country if e.source else None) for e in events] == [("194", "LBR")]
