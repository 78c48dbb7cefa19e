"""Issue 3, speed round of the twenty-first session: each shortcut decides what the full
reading decides (texts we wrote ourselves)."""

from __future__ import annotations

from typing import Any

import pytest

from storyline.events import lexicon
from storyline.events.detect import _event_ends, _event_lemma, frames_in_sentence
from storyline.events.senses import _prep_verbs, _verb_prep_code
from storyline.events.syntax import _phrasal_stems, noun_lemma, verb_particle
from storyline.nlp import doctext
from storyline.nlp.extract import extract_texts
from storyline.quotes.extract import _CUE_POS, _drafts, _is_cue, _other_content

pytestmark = pytest.mark.issue(3)

TEXT = (
    "Rebels pulled out of the peace talks on Monday, the army said.\n\n"
    "Police sealed off the square and called on protesters to leave. "
    "According to witnesses, students staged a sit-in outside parliament. "
    "The minister, who is confident that the deal will hold, denied the claim."
)


def test_issue_3_s21_known_texts_cut_the_same_sentences(nlp: Any) -> None:
    doc = nlp(TEXT)
    doctext.know([(doc, TEXT)])
    try:
        assert doctext.doc_text(doc) == doc.text
        for sent in doc.sents:
            assert doctext.span_text(sent) == sent.text
    finally:
        doctext.forget([doc])
    assert doctext._KNOWN.get(id(doc)) is None
    other = nlp("A doc no run has made known.")
    assert doctext.span_text(other[0:3]) == other[0:3].text
    assert doctext.doc_text(other) == other.text


def test_issue_3_s21_a_run_forgets_its_segments() -> None:
    before = dict(doctext._KNOWN)
    records = extract_texts([TEXT])
    assert records and doctext._KNOWN == before


def test_issue_3_s21_phrasal_stems_and_prep_verbs_hold_every_key() -> None:
    stems = _phrasal_stems()
    for key in lexicon.VERB_CODES:
        if " " in key:
            assert key.rsplit(" ", 1)[0] in stems
    assert {verb for verb, _ in lexicon.VERB_PREP_CODES} == set(_prep_verbs())


def _particle_in_full(tok: Any) -> str | None:
    """verb_particle without its shortcut: every child read as it reads them."""
    for child in tok.children:
        if child.dep_ == "prt":
            return child.lower_
    for child in tok.children:
        if (child.dep_ == "prep" and child.lower_ in ("for", "on", "upon", "out", "into",
                                                      *lexicon.RALLY_PREPS)
                and not any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME")
                            for c in child.children)) or (
                child.dep_ == "advmod" and child.lower_ == "back"):
            key = f"{tok.lemma_.lower()} {child.lower_}"
            return child.lower_ if key in lexicon.VERB_CODES else None
    off = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "off"), None)
    if off is not None and f"{tok.lemma_.lower()} off" in lexicon.VERB_CODES:
        return "off"
    return None


def test_issue_3_s21_shortcuts_agree_with_the_full_reading(nlp: Any) -> None:
    doc = nlp(TEXT)
    verbs = [t for t in doc if t.pos_ in ("VERB", "AUX")]
    assert verbs
    for tok in verbs:
        assert verb_particle(tok) == _particle_in_full(tok)
        lemma = tok.lemma_.lower()
        if lemma not in _prep_verbs():
            assert _verb_prep_code(tok, lemma) == ""
    for tok in doc:
        if tok.pos_ in ("NOUN", "PROPN") and _event_lemma(noun_lemma(tok)):
            assert tok.lemma_.lower() in _event_ends()  # "sit-in" ends in "in"
    assert "in" in _event_ends()


def test_issue_3_s21_words_of_other_parts_of_speech_start_no_draft(nlp: Any) -> None:
    doc = nlp(TEXT)
    for tok in doc:
        if tok.pos_ not in _CUE_POS:
            assert not _is_cue(tok)
            assert _other_content(tok) is None


def test_issue_3_s21_events_and_quotes_still_read(nlp: Any) -> None:
    doc = nlp(TEXT)
    codes = [f.code for s in doc.sents for f in frames_in_sentence(s)]
    assert codes  # the talks left, the sit-in, the call: frames are still found
    record = extract_texts([TEXT])[0]
    assert getattr(record, "quotes", [])  # "the army said", "According to witnesses"
    assert _drafts  # imported: the loop that skips by part of speech
