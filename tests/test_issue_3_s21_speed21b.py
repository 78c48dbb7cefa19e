"""Issue 3, second speed round of the twenty-first session: each shortcut decides what the full
reading decides (texts and rows we wrote ourselves)."""

from __future__ import annotations

import json
from dataclasses import fields
from typing import Any

import pytest

from storyline.records import (
    ActorRef,
    Article,
    ArticleRecord,
    Cue,
    Quote,
    TimeRef,
    to_dict,
)

pytestmark = pytest.mark.issue(3)


def _plain_in_full(value: Any) -> Any:
    """to_dict's reading without the leaf shortcut: every value asked what it is."""
    if hasattr(type(value), "__dataclass_fields__"):
        return {f.name: _plain_in_full(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, (list, tuple)):
        return [_plain_in_full(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain_in_full(v) for k, v in value.items()}
    return value


def _quote(article_id: str, n: int, text: str) -> Quote:
    return Quote(id=f"q{n}", article_id=article_id, span=(n, n + len(text)), text=text,
                 kind="direct", cue=Cue("said", "say", (0, 4)),
                 speaker=ActorRef(text="Mayor Ruiz", span=(5, 15), name="Dana Ruiz"),
                 confidence=0.9, parts=[(n, n + 4), (n + 6, n + len(text))])


def test_issue_3_s21b_to_dict_reads_as_the_full_walk() -> None:
    art = Article(id="a1", text="x", meta={"published_inference": {"candidates": [1, "b"],
                                                                  "value": None}})
    rec = ArticleRecord(article=art, quotes=[_quote("a1", 3, "We will rebuild the bridge.")],
                        timexes=[TimeRef(id="t1", article_id="a1", span=(1, 2), text="May",
                                         type="DATE", value="2024-05", precision="month")])
    for obj in (art, rec, rec.quotes[0], rec.timexes[0], {"k": (1, [2.5, True, None])}):
        got, full = to_dict(obj) if not isinstance(obj, dict) else None, _plain_in_full(obj)
        if got is not None:
            assert json.dumps(got, sort_keys=True) == json.dumps(full, sort_keys=True)
            assert got == full


QUOTE_TEXT = (
    "In a statement, the ministry said the border would reopen on Friday.\n\n"
    "Clinton Slams Trump On Trade\n\n"
    "For most Democrats, the plan goes too far. To the farmers, it seemed a betrayal. "
    "The mayor made it clear that the bridge would be rebuilt, and she is confident that "
    "the money will come. It appears that talks stalled; the talks are expected to resume. "
    "Officials have long maintained that the dam is safe, despite the claim that it leaks. "
    "His decision to resign and her criticism of the plan drew a reply: “We will not back "
    "down,” a spokesman told reporters. Trump predicts that prices will fall, according to "
    "aides. Analysts believe the rally will fade, which worries investors who had hoped for "
    "gains. Police, who reported no arrests, warned that more protests were planned."
)


def test_issue_3_s21b_words_skipped_by_drafts_take_no_reading(nlp: Any) -> None:
    from storyline.quotes.extract import (
        SegmentView,
        _headline_cue,
        _is_cue,
        _may_draft,
        _other_content,
    )
    from storyline.quotes.marks import find_quotes

    skipped = taken = 0
    for text in (QUOTE_TEXT, TEXT_B):
        doc = nlp(text)
        view = SegmentView(doc, 0, text, find_quotes(text))
        for tok in doc:
            if _may_draft(tok):
                taken += 1
                continue
            skipped += 1
            assert not _is_cue(tok), tok.text
            assert _other_content(tok) is None, tok.text
            assert _headline_cue(view, tok) is None, tok.text
    assert skipped > 50 and taken > 20


TEXT_B = (
    "Sen. Dana Ruiz told CNN on Sunday that the deal was dead. “It is over,” she said, adding "
    "that her party would vote against it. The White House insisted the bill would pass. "
    "Critics argued, however, that the vote was rushed. He admitted he had been wrong and "
    "vowed to fix it. It seems like a fair offer, said one aide, who asked not to be named."
)


def test_issue_3_s21b_drafts_are_those_of_the_full_loop(nlp: Any,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from storyline.quotes import extract as qx
    from storyline.quotes.marks import find_quotes

    def drafts(text: str) -> list[tuple[Any, ...]]:
        doc = nlp(text)
        view = qx.SegmentView(doc, 0, text, find_quotes(text))
        return [(d.parts, d.cue, d.head and d.head.i, d.kind, d.speech, d.confidence)
                for d in qx._drafts(view)]

    fast = [drafts(t) for t in (QUOTE_TEXT, TEXT_B)]
    monkeypatch.setattr(qx, "_may_draft", lambda tok: True)
    assert fast == [drafts(t) for t in (QUOTE_TEXT, TEXT_B)]
    assert all(fast)


def test_issue_3_s21b_trigger_scan_is_the_plain_scan_twice() -> None:
    from storyline.timex import grammar, starts

    texts = [
        "On 12 March 2024, three days later, the MONDAY talks; Noël in Décembre, 1990s-era.",
        "Twice a week since mid-2019 — every Sunday at 10:30 GMT — the Eve of Ramadan, 3rd Q.",
        "ÉTÉ, the İstanbul summit in Autumn; yesterday's 5-year plan, the 21st century.",
    ]
    prefixes = grammar._TRIGGER_PREFIXES
    assert prefixes is not None
    for _ in range(2):  # the second pass reads the per-key answers the first one kept
        for text in texts:
            fast = [m.span() for m in starts.boundary_matches(grammar._TRIGGER, prefixes, text)]
            assert fast == [m.span() for m in grammar._TRIGGER.finditer(text)]
            assert fast
