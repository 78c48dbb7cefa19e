"""The quotes stage: who said what, in which words, through which outlet.

For every cue verb (say, tell, warn...) and every 'according to', find the speaker (its
subject), the content (the reported clause, or the quoted words beside the cue), and the
outlet spoken to or through. Quote marks are paired on the raw text, so a quote split by
its cue, or running over several sentences, is kept whole. Speakers resolve to full names
within the article; when the actor stage has run, they link to its mentions.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from spacy.attrs import IDX, LEMMA, LOWER, POS
from spacy.parts_of_speech import IDS as POS_IDS

from storyline.nlp.extract import ExtractContext, Extractor, Segment
from storyline.quotes import parse
from storyline.quotes.lexicon import (
    CLAIM_NOUNS,
    CUE_FORMS,
    CUES,
    DOCUMENT_NOUNS,
    INTENT_NOUNS,
    ISSUED_NOUNS,
    NON_CUE_CCOMP,
    NOUN_PREP_CUES,
    PERSON_PRONOUNS,
    PRONOUNS,
    PROPOSITION_ONLY,
    RAISING_CUES,
    SPEECH_CUES,
    SPEECH_FORMS,
    SPEECH_FRAME_NOUNS,
    STANCE_ADJECTIVES,
    STANCE_CUES,
    lemma_of,
    mistagged_cue,
)
from storyline.quotes.marks import find_quotes, is_scare_quote
from storyline.quotes.names import NameIndex, clean_name
from storyline.records import ActorRef, Cue, Mention, Quote, stable_id
from storyline.registry import extractors
from storyline.spans import SpanIndex

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

Local = tuple[int, int]
RUN_ON_MIN_WORDS = 6  # a cue-less quoted passage this long is someone's words, not a term
RUN_ON_MAX_GAP = 400  # ... credited to the previous speaker when that quote ended this close
HEADLINE_MAX_TOKENS = 40  # a Title-Case headline line is shorter than this
_CLAUSE_TAIL = re.compile(r"[ ,]+([^.!?\n“”\"]{1,80})")
_REFLEXIVES = frozenset("himself herself itself themselves myself ourselves yourself".split())
_GAP_BEFORE = set(" ,\n\t—–-")
# "Graham: Trump's rhetoric ...", "TAPPER: Do you think ...": a name, a colon, the words
_COLON_LINE = re.compile(r"(?m)^[ \t]*([A-Z][\w.’'-]*(?:[ \t][\w.’'-]+){0,3}):[ \t]+(\S.*)$")
_NAME_BEFORE_COLON = re.compile(r"((?:[A-Z][\w.’'-]*[ \t]){0,3}[A-Z][\w.’'-]*):[ \t]*$")
_NOT_SPEAKERS = frozenset(
    """
    the a an latest exclusive breaking update watch look wow boom busted revealed video
    photos bombshell byline note paid transcript editor read source q a analysis opinion
    editorial listen commentary live warning caution spoiler subject re fwd date from to cc
    """.split()
)
# what ends a reported clause before another cue's clause (", saying", "— asserting", "while")
_CLAUSE_BREAKS = (", which", ", who", ", and", ", but", ",", "—", "–", ";", " while", " whereas",
                  " and", " but")
_ASIDE = re.compile(r"[,—–] (?:while|whereas|said|says|he said|she said|they said)\b")
# the rest of a cue clause up to its sentence end ("said Doug Schoen, an adviser to Mr. Clinton.
# "), letting the dots of initials and titles through
_ABBREVIATION_DOT = "(?:(?<=\\b[A-Z])|" + "|".join(
    f"(?<={t})" for t in ("Mr", "Ms", "Mrs", "Dr", "Sen", "Rep", "Gov", "St", "Jr")
) + ")\\."
_SENTENCE_REST = re.compile(rf"(?:[^.!?“”\"\n]|{_ABBREVIATION_DOT}){{0,250}}[.!?]\s+")


@dataclass
class Draft:
    """A quote being assembled, in segment-local offsets."""

    parts: list[Local]
    cue: Cue
    head: Token | None
    via: Token | None
    speech: bool
    confidence: float
    kind: str = "indirect"


@dataclass
class SegmentView:
    """One segment with its quoted passages, for the per-segment search."""

    doc: Doc
    offset: int
    text: str
    marks: list[tuple[int, int, bool]]
    used: set[int] = field(default_factory=set)


def extract_quotes(ctx: ExtractContext) -> None:
    """Append the article's attributed claims to ``ctx.record.quotes``."""
    names = _name_index(ctx.segments)
    quotes: list[Quote] = []
    for seg in ctx.segments:
        text = seg.text
        view = SegmentView(seg.doc, seg.offset, text, find_quotes(text))
        drafts = _drafts(view)
        _stop_before_next_cue(view, drafts)
        for draft in drafts + _colon_drafts(view):
            _one_paragraph(view.text, draft)
            _cut_asides(view, draft)
            _take_marks(view, draft)
            if _well_formed(view.text, draft.parts):
                quotes.append(_to_quote(ctx, view, draft, names))
        quotes.extend(_run_on_quotes(ctx, view, quotes))
    _link_parents(quotes)
    seen: set[str] = set()
    for q in quotes:
        if q.id not in seen:
            seen.add(q.id)
            ctx.record.quotes.append(q)


def _well_formed(text: str, parts: list[Local]) -> bool:
    """Pieces in text order that hold a word: an odd parse can leave an empty or inverted span
    ('(((', a trimmed-away clause), which no record should carry."""
    ordered = all(s < e for s, e in parts) and all(
        a[1] <= b[0] for a, b in zip(parts, parts[1:], strict=False))
    return bool(parts) and ordered and any(ch.isalnum() for s, e in parts for ch in text[s:e])


def _stop_before_next_cue(view: SegmentView, drafts: list[Draft]) -> None:
    """End reported content before a later cue's own clause (', asserting that ...', 'while X
    suggests ...'): PolNeAR gives each attribution its own span rather than nesting them.
    A cue inside the reported clause itself ('said that ... the sides agreed') stays nested."""
    text = view.text
    starts = [(_clause_start(other, text), other) for other in drafts]
    for draft in drafts:
        if draft.kind == "direct":
            continue
        start, end = draft.parts[-1]
        inside = [(cut, o) for cut, o in starts if start < cut < end and o is not draft
                  and o.cue.span[0] >= draft.cue.span[1]]
        reported = _reported_tokens(view.doc, draft) if inside else set()
        for cut, other in inside:
            if other.cue.span[0] in reported:
                continue
            before = text[start:cut].rstrip()
            brk = next((b for b in _CLAUSE_BREAKS if before.endswith(b)), None)
            if brk is not None and len(before) - len(brk) > 0:
                draft.parts[-1] = parse.trim(text, (start, start + len(before) - len(brk)))
                break


def _reported_tokens(doc: Doc, draft: Draft) -> set[int]:
    """Character starts of the tokens inside the cue's reported ('that') clause."""
    cue = doc.char_span(*draft.cue.span, alignment_mode="expand")
    if cue is None or len(cue) == 0:
        return set()
    return {t.idx for c in cue[0].children if c.dep_ == "ccomp" for t in c.subtree}


def _clause_start(draft: Draft, text: str) -> int:
    """Where a draft's cue clause begins: its speaker just before the cue, else the cue."""
    start = draft.cue.span[0]
    head = draft.head
    if head is not None and head.idx < start:
        between = text[head.idx + len(head.text) : start]
        if not any(c in between for c in ",—–;\n") and len(between) < 40:
            start = head.left_edge.idx
    return start


def _cut_asides(view: SegmentView, draft: Draft) -> None:
    """End reported content before the writer's own additions (', which ...', ', while ...',
    ', said X'): PolNeAR leaves a trailing relative or contrast clause out of the content."""
    if draft.kind == "direct" or len(draft.parts) != 1:
        return
    start, end = draft.parts[0]
    text = view.text
    for m in _ASIDE.finditer(text, start, end):
        if m.start() - start < 12 or any(qs < m.start() < qe for qs, qe, _ in view.marks):
            continue
        if draft.cue.span[0] < m.start() < draft.cue.span[1]:
            continue
        draft.parts = [parse.trim(text, (start, m.start()))]
        return


def _take_marks(view: SegmentView, draft: Draft) -> None:
    """Widen the content over the quote marks around its edges ('“it gets me mad” ...'):
    PolNeAR keeps the marks of quoted words the content starts or ends with."""
    text = view.text
    (start, first_end), (last_start, end) = draft.parts[0], draft.parts[-1]
    for qs, qe, _ in view.marks:
        if qs < start <= qs + 2 and not text[qs:start].strip("“\"'‘«„"):
            start = qs
        if start <= qs < end < qe and not text[end:qe].strip(".,!?”\"'’»"):
            end = qe
    if len(draft.parts) == 1:
        draft.parts = [(start, end)]
    else:
        draft.parts = [(start, first_end), *draft.parts[1:-1], (last_start, end)]


def _one_paragraph(text: str, draft: Draft) -> None:
    """Keep reported (unquoted) content within the cue's paragraph."""
    if draft.kind != "indirect" or len(draft.parts) != 1:
        return
    start, end = draft.parts[0]
    cut = text.find("\n", start, end)
    if cut < 0:
        return
    if draft.cue.span[0] < start:
        draft.parts = [parse.trim(text, (start, cut))]
    else:
        draft.parts = [parse.trim(text, (text.rfind("\n", start, end) + 1, end))]


def _name_index(segments: list[Segment]) -> NameIndex:
    """Every PERSON/ORG entity of the article, in order, with resolved full names."""
    index = NameIndex()
    for seg in segments:
        text = seg.text
        for ent in seg.doc.ents:
            if ent.label_ in ("PERSON", "ORG", "NORP", "GPE"):
                first = parse.name_tokens(ent[-1])[0] if ent.label_ == "PERSON" else ent[0]
                s, e = min(first.idx, ent.start_char), ent.end_char
                index.add(seg.offset + s, seg.offset + e, text[s:e], ent.label_)
    return index


# the parts of speech a cue can have: _is_cue's (a verb, or a noun mistagged), _other_content's
# and _headline_cue's; a word of any other ("the", ",", "very") starts no draft but "according"
_CUE_POS = frozenset({"VERB", "AUX", "NOUN", "PROPN", "ADJ", "ADP"})
_CUE_POS_IDS = frozenset(POS_IDS[p] for p in _CUE_POS)  # the same, as Token.pos ids


# what a word's part of speech, lemma and form leave possible (see _word_kind)
_NEVER, _ALWAYS, _CLAUSE, _OPENER = range(4)
_WORD_KINDS: dict[tuple[int, int, int], int] = {}  # (pos, lemma, lower) ids -> kind


def _word_kind(pos: str, lemma: str, lower: str) -> int:
    """Whether a word of this part of speech, lemma and form can start a draft in _drafts:
    _NEVER when no cue, other reading or headline cue accepts it whatever its parse; _CLAUSE
    for a verb whose only reading is a 'that' clause of any verb (clause_content, which needs
    a ccomp or acl after it); _OPENER for 'in'/'for'/'to', read only opening a sentence
    (frame_content); _ALWAYS otherwise. lemma_of gives the lemma or the word's cue form, so
    both are looked at."""
    form = CUE_FORMS.get(lower)
    if lemma in CUES or form in CUES:
        return _ALWAYS  # _is_cue may hold
    if pos in ("VERB", "AUX"):
        read = lemma if form is None else form  # lemma_of's reading of a verb
        if read == "make" or read in RAISING_CUES:
            return _ALWAYS  # clear_content, raising_content
        return _CLAUSE if pos == "VERB" and read not in NON_CUE_CCOMP else _NEVER
    if pos == "ADJ":
        return _ALWAYS if lemma.lower() in STANCE_ADJECTIVES else _NEVER
    if pos == "NOUN":
        nouns = CLAIM_NOUNS | INTENT_NOUNS
        if form is not None or lemma.lower() in nouns or NOUN_PREP_CUES.get(lower):
            return _ALWAYS  # _headline_cue, noun_content, noun_infinitive, noun_prep_content
        return _NEVER
    if pos == "PROPN":
        return _ALWAYS if form is not None else _NEVER  # _headline_cue
    if pos == "ADP":
        return _OPENER if lower in ("in", "for", "to") else _NEVER
    return _ALWAYS


def _may_draft(tok: Token) -> bool:
    """False for a token none of _drafts' readings can take (a cheap test before them)."""
    key = (tok.pos, tok.lemma, tok.lower)
    kind = _WORD_KINDS.get(key)
    if kind is None:
        if len(_WORD_KINDS) > 100_000:
            _WORD_KINDS.clear()
        kind = _WORD_KINDS[key] = _word_kind(tok.pos_, tok.lemma_, tok.lower_)
    if kind == _CLAUSE:
        return any(c.dep_ in ("ccomp", "acl") for c in tok.rights)  # _that_clause's
    if kind == _OPENER:  # a sentence's first token (Span.sent walks back to a start)
        return tok.i == 0 or tok.is_sent_start is not False
    return kind == _ALWAYS


def _draft_words(doc: Doc, inside: set[int]) -> Iterator[Token]:
    """The words outside quotations that may be "according" or pass _drafts' cheap tests,
    read off the doc's arrays, so the many words that can start no draft are never built
    as Tokens (a word whose kind _may_draft already knows to be _NEVER is skipped here)."""
    according = doc.vocab.strings["according"]
    rows = doc.to_array([IDX, LOWER, POS, LEMMA]).tolist()
    for i, (idx, lower, pos, lemma) in enumerate(rows):
        if idx in inside or (lower != according and (
                pos not in _CUE_POS_IDS or _WORD_KINDS.get((pos, lemma, lower)) == _NEVER)):
            continue
        yield doc[i]


def _drafts(view: SegmentView) -> list[Draft]:
    """Quote drafts of one segment, in text order."""
    drafts: list[Draft] = []
    inside = _inside_quotes(view)
    doc = view.doc
    for tok in _draft_words(doc, inside):
        if tok.lower_ == "according" and tok.i + 1 < len(doc):
            draft = _according(view, tok)
        elif tok.pos_ not in _CUE_POS or not _may_draft(tok):
            continue  # no cue, other reading or headline verb can take this word
        elif _is_cue(tok) and parse.raising_content(tok) is None:
            draft = _from_cue(view, tok)
        else:
            draft = _other_cue(view, tok) or _headline_cue(view, tok)
        if draft is not None:
            drafts.append(draft)
    return drafts


def _headline_cue(view: SegmentView, tok: Token) -> Draft | None:
    """'Clinton Slams Donald Trump On Abortion': a Title-Case headline whose cue verb the
    tagger took for part of a name; the name before it speaks, the rest of the line is said."""
    if tok.pos_ not in ("PROPN", "NOUN") or not tok.text[:1].isupper() or tok.i == 0:
        return None
    lemma = CUE_FORMS.get(tok.lower_)
    if lemma is None or lemma == tok.lower_ or lemma not in SPEECH_CUES | STANCE_CUES:
        return None
    prev, doc = tok.doc[tok.i - 1], tok.doc
    if prev.pos_ != "PROPN" or "\n" in prev.text or not _headline(tok):
        return None
    end = tok.i + 1
    while end < len(doc) and "\n" not in doc[end].text and doc[end].text not in (",", ";"):
        end += 1
    if end - tok.i < 3:
        return None
    content = parse.trim(view.text, parse.char_span(doc[tok.i + 1], doc[end - 1]))
    draft = Draft([content], _cue(view, tok, lemma), prev, None, lemma in SPEECH_CUES, 0.5)
    _classify(view, draft, tok)
    return draft


def _is_cue(tok: Token) -> bool:
    """A cue verb in running text (not an adjective, not a Title-Case headline word)."""
    if lemma_of(tok) not in CUES or tok.dep_ == "amod":
        return False
    if tok.pos_ not in ("VERB", "AUX"):
        return mistagged_cue(tok)
    if not tok.text[:1].isupper() or tok.i == tok.sent.start:
        return True
    return _headline(tok) and any(c.dep_ == "nsubj" and c.i < tok.i for c in tok.children)


def _headline(tok: Token) -> bool:
    """Whether a token stands in a Title-Case headline line ('Glenn Beck Blasts Drudge')."""
    doc, cap = tok.doc, HEADLINE_MAX_TOKENS
    start, end = tok.i, tok.i
    while start > 0 and "\n" not in doc[start - 1].text and tok.i - start < cap:
        start -= 1
    while end + 1 < len(doc) and "\n" not in doc[end + 1].text and end - start < cap:
        end += 1
    if end - start >= cap:
        return False  # a line this long is running text, however it is capitalized
    words = [t for t in doc[start : end + 1] if t.is_alpha and len(t.text) > 3]
    return len(words) >= 3 and all(t.text[:1].isupper() for t in words)


def _inside_quotes(view: SegmentView) -> set[int]:
    """Character positions inside closed quotations: cues there belong to the quoted words."""
    text = view.text
    return {
        i
        for qs, qe, closed in view.marks
        if closed and not is_scare_quote(text, qs, qe)
        for i in range(qs, qe)
    }


def _holds(mark: tuple[int, int, bool], tok: Token) -> bool:
    """Whether a quoted passage (start, end, closed) holds the token's first character."""
    return mark[0] <= tok.idx < mark[1]


def _cue(view: SegmentView, tok: Token, lemma: str | None = None, last: Token | None = None) -> Cue:
    """The cue record for a token (or a token run up to ``last``), in segment offsets."""
    start, end = parse.char_span(tok, last or tok)
    text = view.text[start:end]
    return Cue(text=text, lemma=lemma or lemma_of(tok).lower(), span=(start, end))


def _according(view: SegmentView, tok: Token) -> Draft | None:
    """A draft for 'according to X', or None when its content is too short to be a claim."""
    found = parse.according_to(tok)
    if found is None:
        return None
    head, content = found
    content = parse.trim(view.text, content)
    if content[1] - content[0] < 8:
        return None
    cue = _cue(view, tok, "according to", view.doc[tok.i + 1])
    draft = Draft([content], cue, head, None, True, 0.7)
    _classify(view, draft, tok)
    return draft


def _from_cue(view: SegmentView, tok: Token) -> Draft | None:
    """A draft for a cue verb, or None when it reports nothing."""
    head, via = parse.subject_of(tok)
    via = via or parse.via_of(tok)
    speech = lemma_of(tok) in SPEECH_CUES
    if lemma_of(tok) == "agree" and any(c.dep_ == "xcomp" for c in tok.children):
        speech = False  # "agreed to provide aid": a commitment, not words
    if speech and head is not None:
        aside = _parenthetical(view, tok, head)
        if aside is not None:
            draft = Draft(aside, _cue(view, tok), head, via, True, 0.7)
            lo, hi = aside[0][0], aside[-1][1]
            if any(lo <= qs and qe <= hi and not is_scare_quote(view.text, qs, qe)
                   for qs, qe, _ in view.marks):
                draft.kind = "mixed"
            return draft
    if not speech and head is not None and head.lower_ == "you":
        return None  # "you know what": a turn of phrase, not a belief held by anyone
    content = parse.content_of(tok)
    if lemma_of(tok) in PROPOSITION_ONLY and not any(c.dep_ == "ccomp" for c in tok.children):
        content = None  # "continued to grow", "maintains a lead": no proposition
    if content is not None and view.text[content[0]:content[1]].lower() in _REFLEXIVES:
        content = None  # "repeated himself", "asserted itself": no position is reported
    if content is not None:
        draft = Draft([parse.trim(view.text, content)], _cue(view, tok), head, via, speech,
                      0.8 if speech else 0.6)
        used = _classify(view, draft, tok)
        if draft.parts[-1][1] <= tok.idx:
            draft.parts += _continuation(view, -1 if used is None else used, _clause_end(tok, head))
        elif speech and draft.kind == "direct":
            draft.parts[:0] = _opening_piece(view, tok, head)
        return draft
    if not speech:
        return None
    return _direct_beside(view, tok, head, via)


def _other_cue(view: SegmentView, tok: Token) -> Draft | None:
    """Non-speech attributions beyond the cue list: raising verbs, 'that' clauses of any verb,
    stance adjectives, proposition nouns ('the claim that ...') and opening frames."""
    found = _other_content(tok)
    if found is None:
        return None
    content, head, speech = found
    draft = Draft([parse.trim(view.text, content)], _cue(view, tok), head, None, speech, 0.5)
    _classify(view, draft, tok)
    return draft


def _other_content(tok: Token) -> tuple[Local, Token | None, bool] | None:
    """(content, holder, speech) for a token that is not a listed cue verb, by part of speech."""
    pos = tok.pos_
    if pos in ("VERB", "AUX"):
        content = parse.clear_content(tok)
        if content is not None:
            return content, parse.subject_of(tok)[0], False
        content = parse.raising_content(tok)
        if content is not None:
            return content, None, False
        content = parse.clause_content(tok)
        return (content, parse.subject_of(tok)[0], False) if content is not None else None
    if pos == "ADJ":
        content = parse.adjective_content(tok)
        return (content, parse.subject_of(tok.head)[0], False) if content is not None else None
    if pos == "NOUN":
        lemma = lemma_of(tok).lower()  # the two clause readings are of listed nouns only
        found = ((parse.noun_content(tok) if lemma in CLAIM_NOUNS else None)
                 or parse.noun_prep_content(tok)
                 or (parse.noun_infinitive_content(tok) if lemma in INTENT_NOUNS else None))
        return (*found, False) if found is not None else None
    if pos == "ADP":
        frame = parse.frame_content(tok)
        if frame is not None:
            return frame[0], frame[1], lemma_of(frame[1]).lower() in SPEECH_FRAME_NOUNS
    return None


def _colon_drafts(view: SegmentView) -> list[Draft]:
    """Attributions cued by a colon: 'Name: words' lines and 'More from Jones: “...”'."""
    drafts: list[Draft] = []
    text = view.text
    for m in _COLON_LINE.finditer(text):
        name, (cs, ce) = m.group(1), m.span(2)
        if len(text[cs:ce].split()) >= 3 and _colon_speaker(name, m.start(1) == 0):
            draft = _colon_draft(view, m.start(1), m.end(1), (cs, ce))
            if draft is not None:
                drafts.append(draft)
    for i, (qs, qe, closed) in enumerate(view.marks):
        found = _NAME_BEFORE_COLON.search(text, max(0, qs - 60), qs)
        if i in view.used or not closed or found is None or "\n" in text[found.start() : qs]:
            continue
        if _colon_speaker(found.group(1), False) and found.start() > 0:
            draft = _colon_draft(view, found.start(1), found.end(1), (qs, qe))
            if draft is not None:
                draft.kind = "direct"
                view.used.add(i)
                drafts.append(draft)
    return drafts


def _colon_speaker(name: str, headline: bool) -> bool:
    """Whether the words before a colon name a speaker rather than a rubric ('The Latest')."""
    words = name.split()
    if words[0].lower().strip(".") in _NOT_SPEAKERS or any(w[0].isdigit() for w in words):
        return False
    return not (headline and name.isupper())


def _colon_draft(view: SegmentView, ns: int, ne: int, content: Local) -> Draft | None:
    """A draft for 'Name: content', the speaker being the name's last token."""
    span = view.doc.char_span(ns, ne, alignment_mode="expand")
    if span is None or not (span.text.istitle() or any(t.pos_ == "PROPN" for t in span)):
        return None
    if any(t.pos_ in ("VERB", "AUX") for t in span):
        return None
    cs, ce = parse.trim(view.text, content)
    for qs, qe, _ in view.marks:
        if qs < ne < qe:
            return None  # the colon is inside someone's quoted words
    cue = Cue(text=":", lemma=":", span=(ne, ne + 1))
    return Draft([(cs, ce)], cue, span[-1], None, True, 0.6)


def _parenthetical(view: SegmentView, tok: Token, head: Token) -> list[Local] | None:
    """'Their experience, he said, told them otherwise': the sentence around an aside cue."""
    text, sent = view.text, tok.sent
    c_start = min(head.left_edge.idx, tok.idx)
    c_end = _clause_end(tok, head)
    before = text[sent.start_char : c_start].rstrip()
    after = text[c_end : sent.end_char]
    if not before.endswith(",") or not after.startswith(","):
        return None
    if any(c.dep_ == "ccomp" and c.i > tok.i for c in tok.children):
        return None  # "Asked about X, Adelson said, “...”": the words follow the cue
    if before[:-1].rstrip().endswith(("”", '"', "’", "'")) or not before[:-1].strip():
        return None
    first = parse.trim(text, (sent.start_char, sent.start_char + len(before)))
    second = parse.trim(text, (c_end, sent.end_char))
    if second[1] - second[0] < 8 or "\n" in text[first[0] : second[1]]:
        return None
    return [first, second]


def _clause_end(tok: Token, head: Token | None) -> int:
    """Where the cue's own clause ('she said', 'said the Florida senator') ends."""
    last = parse.speaker_tokens(head)[1] if head is not None and head.i > tok.i else tok
    return last.idx + len(last.text)


def _classify(view: SegmentView, draft: Draft, tok: Token) -> int | None:
    """Direct when quoted words fill the content, mixed when they are part of it.

    Returns the index of the quoted passage that makes the draft direct, if one does.
    """
    start, end = draft.parts[0]
    text = view.text
    for i, (qs, qe, _) in enumerate(view.marks):
        if qe <= start or qs >= end or _holds(view.marks[i], tok):
            continue
        outside = text[start:qs] + text[qe:end] if qs >= start else ""
        if qs <= start + 1 and qe >= end - 1 or (qs >= start and not outside.strip(" ,.:;")):
            draft.parts = [(min(start, qs), max(end, qe))]
            draft.kind, draft.confidence = "direct", 0.9
            view.used.add(i)
            return i
        if qe > end and not text[end:qe].strip(" ,.:;!?”’'\"»"):
            end = qe
            draft.parts = [(start, end)]
        if not is_scare_quote(text, qs, qe):
            draft.kind = "mixed"
        view.used.add(i)
    return None


def _direct_beside(view: SegmentView, tok: Token, head: Token | None,
                   via: Token | None) -> Draft | None:
    """Quoted words just before ('"...," says X') or just after ('X said: "..."') the cue."""
    c_start = _cue_clause_start(tok, head)
    c_end = _clause_end(tok, head)
    text = view.text
    for i, (qs, qe, _) in enumerate(view.marks):
        if i in view.used or _holds(view.marks[i], tok):
            continue
        if is_scare_quote(text, qs, qe) and not _utterance_end(text, qe):
            continue  # a short quoted term, unless it ends like an utterance ("Really," she said)
        if _right_before(text, qe, c_start):
            parts = [(qs, qe)] + _continuation(view, i, c_end)
            return _direct(view, tok, head, via, parts, i)
        if qs >= c_end and _opens_after(text[c_end:qs]):
            return _direct(view, tok, head, via, [(qs, qe)], i)
    return None


def _cue_clause_start(tok: Token, head: Token | None) -> int:
    """Where the cue's clause starts: the cue or the left edge of its speaker, if earlier."""
    return min([tok.idx] + ([head.left_edge.idx] if head is not None else []))


def _right_before(text: str, qe: int, c_start: int) -> bool:
    """Whether a quotation ending at ``qe`` stands right before the cue clause at ``c_start``
    (only spaces, commas or dashes between, in the same paragraph)."""
    i = qe  # walk the gap rather than slicing it: a far-away quote fails at its first letter
    while i < c_start and text[i] in _GAP_BEFORE and text[i] != "\n":
        i += 1
    return qe <= c_start and i == c_start


def _last_inside(text: str, qe: int) -> str:
    """The last character inside the closing marks of a quotation ending at ``qe``."""
    return text[:qe].rstrip("'").rstrip("”\"’»")[-1:]


def _utterance_end(text: str, qe: int) -> bool:
    """Whether a quotation ending at ``qe`` closes with a comma, '!' or '?' inside its marks."""
    return _last_inside(text, qe) in (",", "!", "?")


def _opening_piece(view: SegmentView, tok: Token, head: Token | None) -> list[Local]:
    """The first piece of a quote split by its cue when the words after the cue parse as its
    clause ('"Somebody who never fought for workers," Obama said, "they don't ..."')."""
    c_start = _cue_clause_start(tok, head)
    text = view.text
    for i, (qs, qe, _) in enumerate(view.marks):
        if i not in view.used and _right_before(text, qe, c_start) and (
                _last_inside(text, qe) == ","):
            view.used.add(i)
            return [(qs, qe)]
    return []


def _opens_after(gap: str) -> bool:
    """Whether the text between a cue and a quote introduces it ('said:', 'said in a talk,')."""
    stripped = gap.strip()
    if not stripped or stripped == ":":
        return True  # "Cruz continued:" and the quote opening the next paragraph
    return len(gap) < 90 and stripped[-1] in ":," and not any(c in gap for c in ".!?\n")


def _continuation(view: SegmentView, first: int, c_end: int) -> list[Local]:
    """The rest of a quote split by its cue: after a comma, or opening the next sentence."""
    text = view.text
    parts: list[Local] = []
    last = c_end
    for j in range(first + 1, len(view.marks)):
        qs, qe, _ = view.marks[j]
        if qs < last:
            continue
        gap = text[last:qs]
        joins = not gap.strip() if parts else (not gap.strip(" ,") or _SENTENCE_REST.fullmatch(gap))
        if not joins or j in view.used or "\n" in gap and not _whole_paragraph(text, qs, qe):
            break
        if is_scare_quote(text, qs, qe) and not _utterance_end(text, qe):
            break
        if _own_cue_after(text, qe):
            break  # '"A," he said. "B," she added.': B is the next cue's
        parts.append((qs, qe))
        view.used.add(j)
        last = qe
    return parts


def _own_cue_after(text: str, qe: int) -> bool:
    """Whether a quotation is followed by a cue clause of its own ('..." Smith added')."""
    rest = _CLAUSE_TAIL.match(text, qe)
    if rest is None:
        return False
    if _last_inside(text, qe) == "." and rest.group(1)[:1].isupper():
        return False  # '... them." Then she told aides ...': a new sentence, not this quote's cue
    words = [w.strip(",").lower() for w in rest.group(1).split()[:6]]
    return any(w in SPEECH_FORMS for w in words)


def _whole_paragraph(text: str, qs: int, qe: int) -> bool:
    """A quotation that is a paragraph on its own (a quote running on with no new cue)."""
    line_end = text.find("\n", qe)
    rest = text[qe : line_end if line_end >= 0 else len(text)]
    return (qs == 0 or text[qs - 1] == "\n") and not rest.strip()


def _direct(view: SegmentView, tok: Token, head: Token | None, via: Token | None,
            parts: list[Local], used: int) -> Draft:
    """A direct-quote draft over quoted passages, marking passage ``used`` as taken."""
    view.used.add(used)
    return Draft(parts, _cue(view, tok), head, via, True, 0.9, "direct")


def _to_quote(ctx: ExtractContext, view: SegmentView, draft: Draft, names: NameIndex) -> Quote:
    """The record for a draft, in article offsets."""
    off, text = view.offset, ctx.article.text
    start, end = off + draft.parts[0][0], off + draft.parts[-1][1]
    cue = Cue(draft.cue.text, draft.cue.lemma, (off + draft.cue.span[0], off + draft.cue.span[1]))
    speaker, anonymous = _speaker(ctx, view, draft.head, names)
    description = None
    if draft.head is not None:
        desc = parse.description_of(draft.head)
        description = view.text[desc[0]:desc[1]] if desc else None
    via = _via(ctx, view, draft.via)
    if speaker is not None:
        speaker.description = description
    return Quote(
        id=stable_id(ctx.article.id, start, end, cue.span[0], "quote"),
        article_id=ctx.article.id,
        span=(start, end),
        text=text[start:end],
        kind=draft.kind,
        cue=cue,
        speaker=speaker,
        speaker_description=description,
        via=via,
        confidence=draft.confidence if speaker is not None else draft.confidence - 0.2,
        parts=[(off + s, off + e) for s, e in draft.parts],
        anonymous=anonymous,
        speech=draft.speech,
    )


def _run_on_quotes(ctx: ExtractContext, view: SegmentView, quotes: list[Quote]) -> list[Quote]:
    """Quoted passages with no cue of their own, credited to the speaker quoted just before."""
    found: list[Quote] = []
    for i, (qs, qe, closed) in enumerate(view.marks):
        start, end = view.offset + qs, view.offset + qe
        if i in view.used or not closed or len(view.text[qs:qe].split()) < RUN_ON_MIN_WORDS:
            continue
        if any(q.span[0] < end and start < q.span[1] for q in quotes):
            continue
        before = [q for q in quotes + found
                  if q.span[1] <= start and q.speaker is not None and q.kind != "indirect"]
        if not before or start - before[-1].span[1] > RUN_ON_MAX_GAP:
            continue
        prior = max(before, key=lambda q: q.span[1])
        found.append(Quote(
            id=stable_id(ctx.article.id, start, end, "run-on"), article_id=ctx.article.id,
            span=(start, end), text=ctx.article.text[start:end], kind="direct",
            speaker=prior.speaker, speaker_description=prior.speaker_description, via=prior.via,
            confidence=0.4, parts=[(start, end)], anonymous=prior.anonymous))
    return found


def _via(ctx: ExtractContext, view: SegmentView, tok: Token | None) -> str | None:
    """The outlet's name: the actor stage's canonical media name, else as written."""
    if tok is None:
        return None
    s, e = parse.outlet_name(tok)
    linked = _mention(ctx.record.mentions, view.offset + s, view.offset + e)
    if linked is not None and linked.kind in ("MEDIA", "ORG") and linked.name:
        return linked.name
    return clean_name(view.text[s:e]) or None


def _speaker(ctx: ExtractContext, view: SegmentView, head: Token | None,
             names: NameIndex) -> tuple[ActorRef | None, bool]:
    """The speaker reference and whether it is anonymous ('a diplomat')."""
    if head is None:
        return None, False
    first, last = parse.speaker_tokens(head)
    s, e = parse.char_span(first, last)
    span = (view.offset + s, view.offset + e)
    ref = ActorRef(text=view.text[s:e], span=span)
    ref.name = _resolve(head, span, view.offset, names)
    ls, le = _link_span(head)
    linked = _mention(ctx.record.mentions, view.offset + ls, view.offset + le)
    if linked is not None:
        ref.actor_id, ref.country, ref.sector, ref.role = (
            linked.actor_id, linked.country, linked.sector, linked.role)
        ref.name = linked.name or ref.name
    anonymous = ref.name is None and head.lower_ not in PRONOUNS
    return ref, anonymous


def _link_span(head: Token) -> Local:
    """The part of a speaker phrase that names the actor (name, issuer, or head noun)."""
    if head.pos_ == "PROPN":
        return parse.char_span(*parse.name_tokens(head))
    if lemma_of(head).lower() in DOCUMENT_NOUNS:
        issuer = parse.issuer_of(head)
        if issuer is not None:
            return issuer
    return head.idx, head.idx + len(head.text)


def _resolve(head: Token, span: Local, offset: int, names: NameIndex) -> str | None:
    """Full name of the speaker: its entity, a surname's full form, or a pronoun's antecedent."""
    lower = head.lower_
    if lower in PERSON_PRONOUNS:
        found = names.last_before(span[0], ("PERSON",))
        return found.name if found else None
    if lower in PRONOUNS:
        return None
    appos = next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if head.pos_ == "NOUN" and appos is not None:
        head = appos  # "the mayor of Elmford, Dana Pruitt, said"
    at = offset + head.idx
    ent = names.at(at, at + len(head.text))
    if head.pos_ == "PROPN":
        first, last = parse.name_tokens(head)
        chain = names.resolve(head.doc[first.i : last.i + 1].text)
        if ent is None or len(chain.split()) > len(ent.name.split()):
            return chain
    if ent is not None:
        return ent.name
    if lemma_of(head).lower() in DOCUMENT_NOUNS:
        issuer = parse.issuer_of(head)
        issued = head.doc.char_span(*issuer, alignment_mode="expand") if issuer else None
        if issued is not None:
            return clean_name(issued.text)
        org = names.at(span[0], span[1])
        if org is not None and org.label == "ORG":
            return org.name
        if lemma_of(head).lower() in ISSUED_NOUNS and head.doc[head.left_edge.i].lower_ == "the":
            prior = names.last_before(span[0], ("ORG",))
            return prior.name if prior else None
        return None
    return None


def _mention(mentions: list[Mention], start: int, end: int) -> Mention | None:
    """The actor stage's mention at a character range, if that stage ran."""
    if not mentions:
        return None
    try:
        from storyline.actors.lookup import mention_at
    except ImportError:  # the actor stage is optional
        return None
    return mention_at(mentions, start, end)


def _link_parents(quotes: list[Quote]) -> None:
    """Nested reports: a quote whose cue lies inside another's content is part of its chain."""
    index = SpanIndex(quotes, lambda p: p.span)  # ties go to the earlier quote, as before
    for q in quotes:
        if q.cue is None:
            continue
        cue = q.cue.span
        outer = [p for p in index.containing(*cue)
                 if p is not q and p.span[0] <= cue[0] and cue[1] <= p.span[1]]
        if outer:
            q.parent_id = min(outer, key=lambda p: p.span[1] - p.span[0]).id


extractors.add(
    "storyline.quotes.v1",
    Extractor("storyline.quotes.v1", extract_quotes, requires=(), assigns=("quotes",)),
)
