"""Issue 3, speed round of the twenty-second session: each shortcut gives what the full reading
gives (texts we wrote ourselves)."""

from __future__ import annotations

from typing import Any

import pytest

from storyline.events import syntax
from storyline.events.detect import frames_in_sentence
from storyline.quotes import extract as quotes

pytestmark = pytest.mark.issue(3)

TEXT = (
    "Rebels pulled out of the peace talks on Monday, the army said.\n\n"
    "According to witnesses, police fired tear gas at students who were staging a sit-in. "
    "The minister, who was confident that \"the deal will hold\", denied the claim. "
    "A convoy was attacked by gunmen near the border, and two drivers were kidnapped. "
    "Talks, they added, would resume according"
)


def _tried_words(doc: Any, inside: set[int]) -> list[int]:  # noqa: ANN401 - spaCy Doc
    """The words the token loop before the shortcut went on to read (its first two tests)."""
    kept = []
    for tok in doc:
        if tok.idx in inside:
            continue
        if tok.lower_ == "according" or (tok.pos_ in quotes._CUE_POS and quotes._may_draft(tok)):
            kept.append(tok.i)
    return kept


def test_issue_3_s22_draft_words_skip_only_what_the_loop_skipped(nlp: Any) -> None:
    doc = nlp(TEXT)
    view = quotes.SegmentView(doc, 0, TEXT, quotes.find_quotes(TEXT))
    inside = quotes._inside_quotes(view)
    assert inside  # the quoted words are left out
    for _ in range(2):  # the second pass finds every word's kind cached
        read = [t.i for t in quotes._draft_words(doc, inside)
                if t.lower_ == "according" or (
                    t.pos_ in quotes._CUE_POS and quotes._may_draft(t))]
        assert read == _tried_words(doc, inside)
    last = [t for t in quotes._draft_words(doc, inside)][-1]
    assert last.lower_ == "according" and last.i == len(doc) - 1  # kept, read as any word
    assert any(q.speaker for q in quotes_of_doc(nlp))


def quotes_of_doc(nlp: Any) -> list[Any]:  # noqa: ANN401 - spaCy Language
    """The quotes of TEXT through the whole pipeline (drafts found as before)."""
    from storyline.nlp.extract import extract_texts

    (record,) = extract_texts([TEXT], nlp=nlp)
    return list(record.quotes)  # type: ignore[union-attr]


def test_issue_3_s22_remembered_subjects_match_fresh_readings(nlp: Any) -> None:
    doc = nlp(TEXT)
    try:
        for sent in doc.sents:
            frames_in_sentence(sent)  # repairs the parse, then remembers
            assert syntax._SUBJECTS[0][0] is doc
            for _ in range(2):  # asked again: from the memory, as fresh Tokens
                for tok in sent:
                    got, fresh = syntax.subject_and_agent(tok), syntax._subject_and_agent(tok)
                    assert [t.i if t is not None else None for t in got[:2]] == [
                        t.i if t is not None else None for t in fresh[:2]]
                    assert got[2] == fresh[2]
        attacked = next(t for t in doc if t.lower_ == "attacked")
        subject, agent, passive = syntax.subject_and_agent(attacked)
        assert subject is not None and subject.lower_ == "convoy" and passive
        assert agent is not None and agent.lower_ == "gunmen"
    finally:
        syntax.forget_subjects()
    assert syntax._SUBJECTS[0][0] is None


def test_issue_3_s22_another_doc_is_never_answered_from_memory(nlp: Any) -> None:
    first, second = nlp("Gunmen attacked a convoy."), nlp("Police arrested the protesters.")
    try:
        syntax.remember_subjects(first)
        syntax.subject_and_agent(first[1])
        subject = syntax.subject_and_agent(second[1])[0]  # same index, other doc
        assert subject is not None and subject.lower_ == "police"
    finally:
        syntax.forget_subjects()


def test_issue_3_s22_extraction_lets_the_last_doc_go(nlp: Any) -> None:
    from storyline.nlp.extract import extract_texts

    (record,) = extract_texts(["Gunmen attacked a convoy near the border on Monday."], nlp=nlp)
    assert record.events  # type: ignore[union-attr]
    assert syntax._SUBJECTS[0][0] is None
