"""Dependency-parse helpers: the subject, content clause and outlet of a cue verb.

All functions take spaCy tokens and return tokens or segment-local character spans; the
extractor turns them into records with article offsets.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from storyline.quotes.lexicon import (
    AS_CUES,
    CLAIM_NOUNS,
    CUES,
    DOBJ_CUES,
    FRAME_NOUNS,
    INTENT_NOUNS,
    INTERVIEW_NOUNS,
    MEDIA_HINTS,
    NAME_PARTICLES,
    NO_OBJECT_CUES,
    NON_CUE_CCOMP,
    NOUN_PREP_CUES,
    OBJECT_CUES,
    OBJECT_PREPS,
    OTHER_CUES,
    PREP_CUES,
    RAISING_CUES,
    SPEECH_CUES,
    STANCE_ADJECTIVES,
    STANCE_CUES,
    TITLES,
    XCOMP_CUES,
    lemma_of,
    mistagged_cue,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

Local = tuple[int, int]
OBJECT_LEMMAS = SPEECH_CUES | STANCE_CUES | OTHER_CUES
QUOTE_CHARS = set("“”\"«»„‘’") | {"''", "``"}

SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
INHERIT_DEPS = ("conj", "xcomp", "advcl", "ccomp", "pcomp", "prep", "dep")
CUT_DEPS = ("appos", "relcl", "acl", "punct", "advcl", "cc")
_ABBREV_END = re.compile(r"(?:\b[A-Z]\.[A-Z]\.|\b(?:Inc|Corp|Co|Ltd|Jr|Sr|St)\.)$")
EDGE_PUNCT = set(",.;:—–-()[] \n\t")
_PAIRS = ((")", "("), ("]", "["))  # (closing, opening) brackets
OUTLET_LABELS = ("ORG", "WORK_OF_ART", "FAC", "GPE", "NORP", "PRODUCT")
NAME_MAX_TOKENS = 8  # no name runs longer; bounds the walk over a run of PROPNs


def char_span(first: Token, last: Token) -> Local:
    """Segment-local character span from the first to the last token, inclusive."""
    return first.idx, last.idx + len(last.text)


def trim(text: str, span: Local) -> Local:
    """A span without surrounding whitespace and clause punctuation (quote marks kept)."""
    start, end = span
    while start < end and text[start] in EDGE_PUNCT:
        start += 1
    # closers minus openers per bracket kind, kept up to date as the end moves (linear time)
    unmatched = {c: text.count(c, start, end) - text.count(o, start, end) for c, o in _PAIRS}
    while end > start and text[end - 1] in EDGE_PUNCT and not _kept_end(text, start, end,
                                                                         unmatched):
        last = text[end - 1]
        for closer, opener in _PAIRS:
            unmatched[closer] += (last == opener) - (last == closer)
        end -= 1
    return start, end


def _kept_end(text: str, start: int, end: int, unmatched: dict[str, int]) -> bool:
    """A closing bracket that closes one inside the span ('Rep. John Culberson (R-TX)') or
    the dot of an abbreviation ('the U.S.'): part of the words, not clause punctuation."""
    last = text[end - 1]
    if last in unmatched:
        return unmatched[last] <= 0
    # an abbreviation is at most 5 characters: search only the span's tail
    return last == "." and _ABBREV_END.search(text, max(start, end - 8), end) is not None


def subject_of(verb: Token) -> tuple[Token | None, Token | None]:
    """(speaker head, via head) of a cue verb, climbing through conjoined and nested verbs."""
    quoted = _quoted_as_saying(verb)
    if quoted:
        return quoted
    tok = verb
    for _ in range(4):
        if _conjoined_in_report(tok):
            tok = tok.head.head
            continue
        subj = _direct_subject(tok)
        if subj is not None and _same_paragraph(subj, tok):
            return subj, None
        if subj is not None:
            return _paragraph_subject(tok), None
        if tok.dep_ in ("relcl", "acl") and tok.head.pos_ in ("NOUN", "PROPN"):
            return tok.head, None
        if tok.dep_ not in INHERIT_DEPS or tok.head is tok:
            break
        if tok.dep_ in ("advcl", "conj") and tok.head.i > tok.i and _quote_between(tok, tok.head):
            break
        tok = tok.head
    return None, None


def _quote_between(a: Token, b: Token) -> bool:
    """Whether a quote mark stands between two tokens (they belong to different voices)."""
    lo, hi = sorted((a.i, b.i))
    return any(t.text in QUOTE_CHARS for t in a.doc[lo:hi])


def _same_paragraph(a: Token, b: Token) -> bool:
    """Whether no line break separates two tokens (content never crosses a paragraph)."""
    lo, hi = sorted((a.i, b.i))
    return not any("\n" in t.text for t in a.doc[lo:hi])


def _paragraph_subject(verb: Token) -> Token | None:
    """When the parse runs across a paragraph break, the noun phrase opening the verb's line."""
    doc = verb.doc
    start = verb.i
    while start > 0 and "\n" not in doc[start - 1].text:
        start -= 1
    for tok in doc[start : verb.i]:
        if tok.is_upper and len(tok.text) > 1 or tok.text in ("(", ")", "—", "–", "-"):
            continue  # datelines: "CLEVELAND (AP) —"
        outside = not start <= tok.head.i < verb.i or tok.head is tok
        if outside and tok.pos_ in ("NOUN", "PROPN", "PRON"):
            return tok
    return None


def _conjoined_in_report(tok: Token) -> bool:
    """'X said that A will B, and vowed to C': the parser hangs 'vowed' under B; X vowed."""
    head = tok.head
    return (tok.dep_ == "conj" and lemma_of(tok) in SPEECH_CUES and head.dep_ == "ccomp"
            and lemma_of(head.head) in SPEECH_CUES and _direct_subject(tok) is None)


def _direct_subject(tok: Token) -> Token | None:
    """A verb's own subject: nsubj/csubj, a passive's agent, or a mistagged cue's compound."""
    for child in tok.children:
        if child.dep_ in SUBJECT_DEPS:
            return child
        if child.dep_ == "compound" and child.i < tok.i and mistagged_cue(tok):
            return child  # 'Trump predicts that ...' parsed as a noun compound
        if child.dep_ == "agent":
            pobj = [c for c in child.children if c.dep_ == "pobj"]
            if pobj:
                return pobj[0]
    return None


def _quoted_as_saying(verb: Token) -> tuple[Token | None, Token | None] | None:
    """'X quoted Y as saying': speaker Y, via X."""
    if lemma_of(verb) != "say" or verb.head.lower_ != "as":
        return None
    quote = verb.head.head
    if lemma_of(quote) not in ("quote", "cite"):
        return None
    dobj = next((c for c in quote.children if c.dep_ == "dobj"), None)
    return dobj, _direct_subject(quote)


# stand-in answers after "say" that annotators take as the content ("55 percent said so")
SHORT_ANSWERS = frozenset("so yes no that this same".split())
SHORT_ANSWER_DEPS = frozenset("dobj advmod intj ccomp attr npadvmod".split())


# prepositions of the circumstances, not of the object ("announced it on Monday in Iowa")
TIME_PLACE_PREPS = frozenset("on at during after before since while with from by".split())


def content_of(verb: Token) -> Local | None:
    """The reported clause of a cue verb: its ccomp, its 'to'-infinitive, or its object."""
    after = [c for c in verb.children if c.i > verb.i]
    for child in after:
        if child.dep_ == "ccomp" and _same_paragraph(child, verb):
            return _subtree_span(child, verb)
    for child in after:
        if child.dep_ == "xcomp" and lemma_of(verb) in XCOMP_CUES | OBJECT_CUES:
            return _subtree_span(child, verb)
        if child.dep_ == "dobj" and lemma_of(verb) in DOBJ_CUES:
            tail = _object_tail(verb, child)
            if tail is not child:
                return char_span(child.left_edge, _np_last(tail))
            return _subtree_span(child, verb)
    if lemma_of(verb) in OBJECT_LEMMAS:
        found = _object_content(verb, after)
        if found is not None:
            return found
    found = _prep_content(verb, after) or _short_answer(verb, after)
    if found is None:
        found = _as_content(verb)
    return found if found is not None else _inverted_content(verb)


def _as_content(verb: Token) -> Local | None:
    """'As Politico reported, X ...', '..., as Clyburn noted': the clause the aside is about."""
    if verb.dep_ != "advcl" or lemma_of(verb) not in AS_CUES or _direct_subject(verb) is None:
        return None
    if not any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        return None
    doc, sent = verb.doc, verb.sent
    lo, hi = verb.left_edge.i, verb.right_edge.i
    if lo == sent.start or doc[lo - 1].is_punct and lo - 1 == sent.start:
        first, last = hi + 1, sent.end - 1
    elif all(t.is_punct or t.is_space for t in doc[hi + 1 : sent.end]):
        first, last = sent.start, lo - 1
    else:
        return None  # an aside in mid-sentence: the clause is on both sides
    while first < last and _edge_punct(doc[first]):
        first += 1
    while last > first and _edge_punct(doc[last]):
        last -= 1
    if last - first < 2 or not _same_paragraph(doc[first], doc[last]):
        return None
    return char_span(doc[first], doc[last])


def _edge_punct(tok: Token) -> bool:
    """Punctuation or space at a content edge, quote marks excepted (they stay in)."""
    return tok.is_space or tok.is_punct and tok.text not in QUOTE_CHARS


def _short_answer(verb: Token, after: list[Token]) -> Local | None:
    """'said so', 'said yes', 'said no', 'said that', 'say the same of X': a stand-in answer."""
    if lemma_of(verb) not in ("say", "answer", "reply"):
        return None
    for child in after[:2]:
        if child.lower_ in SHORT_ANSWERS and child.dep_ in SHORT_ANSWER_DEPS:
            nxt = child.doc[child.i + 1] if child.i + 1 < len(child.doc) else None
            if child.lower_ == "that" and nxt is not None and not nxt.is_punct:
                return None  # "said that ..." opening a clause the parser missed
            return char_span(child.left_edge, child.right_edge)
    return None


def _prep_content(verb: Token, after: list[Token]) -> Local | None:
    """'spoke about the economy', 'called for a ban': the object of the cue's preposition."""
    preps = PREP_CUES.get(lemma_of(verb))
    if not preps:
        return None
    for child in after:
        if child.dep_ in ("prep", "prt") and child.lower_ in preps:
            objs = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
            if objs:
                last = _object_tail(verb, child)  # 'referred to X | as Y'
                last = max(objs[-1], last, key=lambda t: t.right_edge.i)
                return char_span(objs[0].left_edge, _np_last(last))
            nxt = [c for c in after if c.i > child.i and c.dep_ == "prep"]
            if child.dep_ == "prt" and nxt:
                return _prep_objects(nxt[0])
    return None


def _prep_objects(prep: Token) -> Local | None:
    """The span of a preposition's objects ('spoke out | against the levy'), if any."""
    objs = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
    return char_span(objs[0].left_edge, objs[-1].right_edge) if objs else None


def _object_content(verb: Token, after: list[Token]) -> Local | None:
    """'accused Trump of lying', 'called for a ban': the object and its complements."""
    objs = [c for c in after if c.dep_ in ("dobj", "oprd", "dative", "xcomp")
            or c.dep_ == "prep" and c.lower_ in OBJECT_PREPS]
    if not objs or (objs[0].dep_ == "prep" and lemma_of(verb) not in ("call", "ask")):
        return None
    if lemma_of(verb) in NO_OBJECT_CUES and not any(c.dep_ in ("xcomp", "oprd") for c in objs):
        return None
    first = objs[0]
    if first.dep_ == "prep" and first.lower_ == "for":
        inner = [c for c in first.children if c.dep_ == "pobj"]
        if not inner:
            return None
        return char_span(inner[0].left_edge, _np_last(_object_tail(verb, objs[-1])))
    return char_span(first.left_edge, _np_last(_object_tail(verb, objs[-1])))


def _np_last(tok: Token) -> Token:
    """The last token of an object phrase without a trailing ', which/who ...' clause: a
    non-restrictive relative clause is the writer's addition, not the attributed position."""
    doc = tok.doc
    cuts = [t.left_edge.i - 1 for t in tok.subtree if t.dep_ == "relcl"
            and t.left_edge.i > tok.left_edge.i and doc[t.left_edge.i - 1].text == ","]
    if not cuts:
        return tok.right_edge
    end = min(cuts) - 1
    while end > tok.left_edge.i and doc[end].is_punct:
        end -= 1
    return doc[max(end, tok.i)]  # never before the phrase's head, however odd the parse


def _object_tail(verb: Token, last: Token) -> Token:
    """The object's complements that the parser hung on the verb instead ('announced steps |
    to tighten sales', 'a concert | in support of X'); time and place phrases stay out."""
    for child in verb.children:
        if child.i <= last.right_edge.i:
            continue
        if child.left_edge.i != last.right_edge.i + 1 or not _object_complement(child):
            break
        last = child
    pred = next((c for c in verb.children if c.i > last.right_edge.i and _as_predicate(c)), None)
    if pred is not None and _same_paragraph(last, pred) and not any(
            t.text in ",;" for t in verb.doc[last.right_edge.i + 1 : pred.i]):
        last = pred
    return last


def _as_predicate(tok: Token) -> bool:
    """'praised X | on Facebook | as a fighter': what the object is said to be."""
    return tok.dep_ == "oprd" or tok.dep_ == "prep" and tok.lower_ == "as"


def _object_complement(tok: Token) -> bool:
    """A 'to'-infinitive or a preposition phrase that names no time or place."""
    if tok.dep_ == "advcl" and tok.left_edge.lower_ == "to":
        return True
    if tok.dep_ != "prep" or tok.lower_ in TIME_PLACE_PREPS:
        return False
    return not any(t.ent_type_ in ("DATE", "TIME", "GPE", "LOC", "FAC") for t in tok.subtree)


def _inverted_content(verb: Token) -> Local | None:
    """'Trump will win, he said': a reported clause before its cue."""
    before = [c for c in verb.children
              if c.i < verb.i and c.dep_ == "ccomp" and _same_paragraph(c, verb)]
    if before:
        return _subtree_span(before[-1], verb)
    if verb.dep_ in ("parataxis", "conj") and verb.head.i < verb.i and verb.head.dep_ == "ROOT":
        left = verb.left_edge.i
        sent = verb.sent
        if left - sent.start >= 3:
            return char_span(sent[0], verb.doc[left - 1])
    return None


def _subtree_span(tok: Token, cue: Token) -> Local:
    """A content clause's span, starting at its complementiser if there is one."""
    first, last = tok.left_edge, tok.right_edge
    doc = tok.doc
    for child in tok.children:
        if (child.dep_ == "conj" and lemma_of(child) in SPEECH_CUES
                and _direct_subject(child) is None):
            last = doc[max(tok.i, child.left_edge.i - 1)]
            while last.i > tok.i and (last.dep_ == "cc" or last.is_punct):
                last = doc[last.i - 1]
    if first.i > 0 and doc[first.i - 1].lower_ in ("that", "whether", "if") and first.i - 1 > cue.i:
        first = doc[first.i - 1]
    if first.i > cue.i and last.i == tok.right_edge.i:
        last = _sentence_rest(last, cue)
    return char_span(first, last)


def _sentence_rest(last: Token, cue: Token) -> Token:
    """Run a reported clause on to the end of the cue's clause (within its sentence and
    paragraph: 'if the emails show that X, one aide could ...' stops at X) unless another
    attribution starts there; stop before a predicate conjoined to the cue's own clause
    ('insists X, and has championed Y': Y is the speaker's act, not what was said)."""
    doc = last.doc
    stop = min(cue.sent.end, max(cue.right_edge.i + 1, last.i + 1))  # the cue's own clause
    end = next((t.i for t in doc[last.i + 1 : stop] if "\n" in t.text), stop)
    rest = doc[last.i + 1 : end]
    stops = ("according", "“", '"')
    if any(t.lower_ in stops or _starts_report(t) for t in rest):
        return last
    heads = {cue.i} | {a.i for a in cue.ancestors}
    conj = next((t for t in rest if t.dep_ == "conj" and t.head.i in heads), None)
    if conj is not None:
        end = conj.left_edge.i
        while end - 1 > last.i and (doc[end - 1].dep_ == "cc" or doc[end - 1].is_punct):
            end -= 1
    while end - 1 > last.i and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return doc[end - 1] if end - 1 > last.i else last


def _starts_report(tok: Token) -> bool:
    """Whether a token is a cue verb with a speaker of its own ('..., Smith added')."""
    return lemma_of(tok) in CUES and _direct_subject(tok) is not None


def speaker_tokens(head: Token) -> tuple[Token, Token]:
    """The speaker's noun phrase without appositions, relative clauses or trailing commas."""
    doc = head.doc
    left, right = head.left_edge.i, head.right_edge.i
    for child in head.children:
        if child.i > head.i and (child.dep_ in CUT_DEPS or _is_time_phrase(child)):
            right = min(right, child.left_edge.i - 1)
    for i in range(head.i - 1, left - 1, -1):
        if "\n" in doc[i].text:
            left = i + 1
            break
    while right > left and doc[right].is_punct:
        right -= 1
    while left < right and doc[left].is_punct:
        left += 1
    return doc[left], doc[right]


def _is_time_phrase(tok: Token) -> bool:
    """A preposition phrase naming a date or time ('Smith, on Monday, said'): not the name."""
    return tok.dep_ == "prep" and any(t.ent_type_ in ("DATE", "TIME") for t in tok.subtree)


def name_tokens(head: Token) -> tuple[Token, Token]:
    """A person's name around its head: 'Ursula von der Leyen' without 'President'."""
    doc = head.doc
    left = head.i
    while left > 0 and head.i - left < NAME_MAX_TOKENS:
        prev = doc[left - 1]
        if prev.lower_ in TITLES or prev.head.i != head.i and prev.dep_ != "compound":
            break
        if not (prev.pos_ == "PROPN" or prev.lower_ in NAME_PARTICLES):
            break
        if prev.ent_type_ not in ("", "PERSON"):
            break
        left -= 1
    return doc[left], head


def issuer_of(head: Token) -> Local | None:
    """Who issued a document: 'the Defense Ministry statement', 'documents of the US DoD'."""
    for child in head.children:
        if child.i < head.i and child.dep_ in ("compound", "poss", "nmod"):
            if any(t.pos_ == "PROPN" for t in child.subtree):
                return char_span(child.left_edge, child)
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in ("of", "from", "by"):
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None and pobj.ent_type_ in ("ORG", "GPE", "NORP", "PERSON"):
                return char_span(pobj.left_edge, pobj)
    return None


def description_of(head: Token) -> Local | None:
    """The appositive describing a speaker ('a senior fellow at the Hudson Institute')."""
    appos = next((c for c in head.children if c.dep_ == "appos" and c.i > head.i), None)
    if appos is None:
        return None
    first, last = speaker_tokens(appos)
    doc = head.doc
    for tok in appos.subtree:
        if tok.dep_ in ("appos", "relcl") and tok is not appos and first.i < tok.left_edge.i:
            last = doc[min(last.i, tok.left_edge.i - 1)]
    while last.i > first.i and last.is_punct:
        last = doc[last.i - 1]
    return char_span(first, last)


def via_of(verb: Token) -> Token | None:
    """The outlet a speaker spoke to or through: 'told Reuters', 'in an interview with VOA'."""
    for child in verb.children:
        if child.dep_ in ("dative", "dobj") and lemma_of(verb) == "tell" and is_outlet(child):
            return child
        if child.dep_ == "prep" and child.lower_ in ("in", "on", "to", "with"):
            found = _via_from_prep(child)
            if found is not None:
                return found
    return None


def _via_from_prep(prep: Token) -> Token | None:
    """The outlet a preposition names ('in an interview with CNN'), through interview nouns."""
    for pobj in (c for c in prep.children if c.dep_ == "pobj"):
        if lemma_of(pobj) in INTERVIEW_NOUNS or lemma_of(pobj) == "statement":
            for sub in pobj.children:
                if sub.dep_ == "prep" and sub.lower_ in ("with", "to", "on"):
                    return _via_from_prep(sub)
        elif is_outlet(pobj):
            return pobj
    return None


def is_outlet(tok: Token) -> bool:
    """Whether a noun looks like a news outlet or organisation rather than a person."""
    if tok.ent_type_ in OUTLET_LABELS:
        return True
    words = {t.lower_ for t in tok.subtree}
    return tok.pos_ == "PROPN" and bool(words & MEDIA_HINTS)


def outlet_name(tok: Token) -> Local:
    """The outlet's name span: its entity, without a possessor ('Japan's Yomiuri Shimbun')."""
    doc = tok.doc
    if tok.ent_type_:
        first, last = tok, tok
        while first.ent_iob_ == "I" and first.i > 0:
            first = doc[first.i - 1]
        while last.i + 1 < len(doc) and doc[last.i + 1].ent_iob_ == "I":
            last = doc[last.i + 1]
        return char_span(first, last)
    left = tok.left_edge.i
    for child in tok.children:
        if child.dep_ == "poss" and child.i < tok.i:
            left = max(left, child.right_edge.i + 2)
    while left < tok.i and doc[left].pos_ in ("DET", "PART", "PUNCT"):
        left += 1
    return char_span(doc[left], tok)


def according_to(tok: Token) -> tuple[Token, Local] | None:
    """For 'according to X': (X, the rest of its sentence, the phrase itself left out)."""
    to = next((c for c in tok.children if c.lower_ == "to"), None)
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    if pobj is None:
        return None
    phrase = set(range(tok.i, max(t.i for t in (*tok.subtree, *pobj.subtree)) + 1))
    rest = [t for t in _paragraph_sentence(tok) if t.i not in phrase
            and not (t.is_punct and t.text not in QUOTE_CHARS) and not t.is_space]
    if not rest:
        return None
    return pobj, char_span(rest[0], rest[-1])


def _paragraph_sentence(tok: Token) -> list[Token]:
    """The tokens of a token's sentence that share its paragraph."""
    sent = list(tok.sent)
    lo = max((t.i + 1 for t in sent if t.i < tok.i and "\n" in t.text), default=sent[0].i)
    hi = min((t.i for t in sent if t.i > tok.i and "\n" in t.text), default=sent[-1].i + 1)
    return [t for t in sent if lo <= t.i < hi]


def _that_clause(head: Token) -> Token | None:
    """A clause hanging after ``head`` and opened by 'that' ('believes that ...')."""
    for child in head.children:
        if child.i > head.i and child.dep_ in ("ccomp", "acl") and _same_paragraph(child, head):
            if any(c.dep_ == "mark" and c.lower_ == "that" for c in child.children):
                return child
    return None


def raising_content(verb: Token) -> Local | None:
    """'X appears to be Y', 'X is expected to win', 'it seems that Y': the proposition."""
    if lemma_of(verb) not in RAISING_CUES or verb.pos_ not in ("VERB", "AUX"):
        return None
    kids = [c for c in verb.children if c.i > verb.i]
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    if lemma_of(verb) == "expect" and not passive:
        return None
    clause = next((c for c in kids if c.dep_ == "ccomp"), None)
    if clause is not None and (subj is None or subj.lower_ == "it"):
        return _subtree_span(clause, verb)
    xcomp = next((c for c in kids if c.dep_ == "xcomp"), None)
    if xcomp is None and lemma_of(verb) == "seem":
        xcomp = next((c for c in kids if c.dep_ in ("acomp", "attr", "oprd")
                      or c.dep_ == "prep" and c.lower_ == "like"), None)
    if subj is None or xcomp is None or subj.lower_ in ("it", "there"):
        return None
    return char_span(subj.left_edge, xcomp.right_edge)


def clause_content(verb: Token) -> Local | None:
    """Any verb with a subject and a 'that' clause ('has long maintained that ...')."""
    if verb.pos_ != "VERB" or lemma_of(verb) in NON_CUE_CCOMP or _direct_subject(verb) is None:
        return None
    clause = _that_clause(verb)
    return _subtree_span(clause, verb) if clause is not None else None


def adjective_content(adj: Token) -> Local | None:
    """'was keenly aware that ...', 'is confident that ...': the clause of a stance adjective."""
    if adj.pos_ != "ADJ" or lemma_of(adj).lower() not in STANCE_ADJECTIVES:
        return None
    clause = next((c for c in adj.children if c.dep_ == "ccomp" and c.i > adj.i), None)
    if clause is not None and _same_paragraph(clause, adj):
        return _subtree_span(clause, adj)
    return None


def noun_content(noun: Token) -> tuple[Local, Token | None] | None:
    """'his claim that ...', 'the view that ...': (the clause, the noun's possessor)."""
    if noun.pos_ != "NOUN" or lemma_of(noun).lower() not in CLAIM_NOUNS:
        return None
    clause = _that_clause(noun)
    if clause is None:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    return _subtree_span(clause, noun), owner


def noun_infinitive_content(noun: Token) -> tuple[Local, Token | None] | None:
    """'his decision to run', 'Trump's pledge to build a wall': (the infinitive, the holder)."""
    if noun.pos_ != "NOUN" or lemma_of(noun).lower() not in INTENT_NOUNS:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    clause = next((c for c in noun.children if c.dep_ in ("acl", "relcl") and c.i > noun.i
                   and c.left_edge.lower_ == "to"), None)
    if clause is None:
        return None
    return char_span(clause.left_edge, clause.right_edge), owner


def noun_prep_content(noun: Token) -> tuple[Local, Token | None] | None:
    """'his criticism of Trump', 'expressed concern about X': (the object, the holder)."""
    preps = NOUN_PREP_CUES.get(noun.lower_) if noun.pos_ == "NOUN" else None
    if not preps:
        return None
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in preps), None)
    pobj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None) if prep else None
    if pobj is None:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None and noun.dep_ in ("dobj", "attr") and noun.head.pos_ == "VERB":
        owner = _direct_subject(noun.head)
    return char_span(pobj.left_edge, _np_last(pobj)), owner


def frame_content(prep: Token) -> tuple[Local, Token] | None:
    """'In a statement, X ...', 'For most Democrats, X ...': (the clause, the frame's noun).

    Only a sentence-opening 'in' with a statement/poll noun, or 'for'/'to' with a named or
    group holder, followed by a comma and a clause of its own.
    """
    if prep.lower_ not in ("in", "for", "to") or prep.i != prep.sent.start:
        return None  # the word first: finding a token's sentence walks the parse
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if pobj is None:
        return None
    if prep.lower_ == "in" and lemma_of(pobj).lower() not in FRAME_NOUNS:
        return None
    if prep.lower_ != "in" and pobj.ent_type_ not in ("PERSON", "NORP", "ORG"):
        return None
    comma = prep.right_edge.i + 1
    doc, sent = prep.doc, prep.sent
    if lemma_of(sent.root) in CUES:
        return None  # "In a statement, X said ...": the frame belongs to the cue
    if comma >= sent.end - 3 or doc[comma].text != ",":
        return None
    end = sent.end - 1
    while end > comma and (doc[end].is_punct or doc[end].is_space):
        end -= 1
    return char_span(doc[comma + 1], doc[end]), pobj


def clear_content(verb: Token) -> Local | None:
    """'made it clear that ...', 'made clear Tuesday that ...': the clause made clear."""
    if lemma_of(verb) != "make" or verb.pos_ != "VERB":
        return None
    clear = next((c for c in verb.children if c.lower_ == "clear" and c.i > verb.i), None)
    if clear is None:
        return None
    for cand in (*clear.children, *verb.children):
        if cand.i > clear.i and cand.dep_ in ("ccomp", "advcl") and cand.left_edge.lower_ == "that":
            if _same_paragraph(cand, verb):
                return char_span(cand.left_edge, cand.right_edge)
    return None

