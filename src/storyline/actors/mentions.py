"""Find actor mention candidates in spaCy docs: name groups, titles, groups and pronouns.

A name group is a nominal head (a proper noun, a named-entity token or a title noun) with its
left modifiers ("Russian Defense Minister Sergei Shoigu"); its possessor ("Russia's") and
apposition (", a professor of ...") are read for coding but are not part of its span. This
is the only module of the actors stage that touches spaCy objects; it returns plain data.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

ENT_KINDS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
LEFT_DEPS = frozenset({"compound", "amod", "flat", "nmod", "nn", "npadvmod"})
PRONOUNS = {
    "he": "m", "him": "m", "his": "m", "himself": "m",
    "she": "f", "her": "f", "hers": "f", "herself": "f",
    "they": "p", "them": "p", "their": "p", "themselves": "p",
}
GROUP_HEADS = frozenset({"side", "sides", "countries", "nations", "governments", "leaders"})
PERSON_TITLES = frozenset({
    "minister", "president", "premier", "chancellor", "spokesman", "spokeswoman",
    "spokesperson", "official", "officials", "diplomat", "diplomats", "adviser", "advisor",
    "ambassador", "envoy", "chief", "leader", "leaders", "general", "commander", "secretary",
    "government", "governor", "mayor", "senator", "lawmaker", "lawmakers", "prosecutor", "judge",
    "king", "queen", "prince", "pope", "emir", "sultan", "chairman", "chairwoman", "director",
    "expert", "experts", "analyst", "analysts", "professor", "researcher", "fellow", "scholar",
    "journalist", "reporter", "correspondent", "editor", "military", "militaries", "army",
    "troops", "forces", "police", "rebels", "militants", "protesters", "ministry", "media",
})
MAX_GROUP = 12
MAX_DESC = 30


@dataclass
class Candidate:
    """One possible mention, in article offsets, with what coding and coreference need."""

    start: int
    end: int
    text: str
    label: str  # entity label of the head, "TITLE", "GROUP" or "PRON"
    words: list[str]
    head_lemma: str
    sent: int
    token: int  # article-wide index of the head token
    head: int  # article-wide index of the head's syntactic head
    dep: str
    poss_words: list[str] = field(default_factory=list)
    desc_words: list[str] = field(default_factory=list)
    desc_span: tuple[int, int] | None = None
    right_words: list[str] = field(default_factory=list)
    pronoun: str | None = None  # "m" | "f" | "p"


def _is_head(tok: Token) -> bool:
    """Whether ``tok`` heads a group (rather than modifying a nominal to its right)."""
    if tok.pos_ not in ("PROPN", "NOUN", "ADJ") or tok.dep_ == "case":
        return False
    if tok.ent_type_ and tok.ent_type_ not in ENT_KINDS:
        return False
    head = tok.head
    if tok.dep_ in LEFT_DEPS and tok.i < head.i <= tok.i + MAX_GROUP and _nominal(head):
        return False
    if tok.ent_type_ in ENT_KINDS or tok.pos_ == "PROPN":
        return True
    return tok.pos_ == "NOUN" and tok.lower_ in PERSON_TITLES | GROUP_HEADS


def _nominal(tok: Token) -> bool:
    return tok.pos_ == "PROPN" or bool(tok.ent_type_) or tok.lower_ in PERSON_TITLES


@dataclass
class DocInfo:
    """Per-doc lookups computed once: entity span per token, sentence per token."""

    ent_span: dict[int, tuple[int, int]]
    sent_of: list[int]
    sent_start: list[int]
    text: str = ""

    @classmethod
    def of(cls, doc: Doc) -> DocInfo:
        ent_span: dict[int, tuple[int, int]] = {}
        for ent in doc.ents:
            for i in range(ent.start, ent.end):
                ent_span[i] = (ent.start, ent.end)
        sent_of = [0] * len(doc)
        starts: list[int] = [0]
        if not doc.has_annotation("SENT_START"):
            return cls(ent_span, sent_of, starts, doc.text)
        starts = []
        for n, sent in enumerate(doc.sents):
            starts.append(sent.start)
            for i in range(sent.start, sent.end):
                sent_of[i] = n
        return cls(ent_span, sent_of, starts, doc.text)


def _left_edge(tok: Token, info: DocInfo) -> int:
    """First token of the group headed by ``tok``: left modifiers, no det/possessor."""
    j = tok.i
    floor = max(info.sent_start[info.sent_of[tok.i]], tok.i - MAX_GROUP)
    doc = tok.doc
    while j - 1 >= floor:
        t = doc[j - 1]
        same_ent = info.ent_span.get(t.i, (-1, -1)) == info.ent_span.get(tok.i)
        attached = j - 1 < t.head.i <= tok.i
        if t.dep_ in ("det", "case", "poss", "punct", "cc", "prep") and not same_ent:
            break
        if not (attached and (t.dep_ in LEFT_DEPS or same_ent)):
            break
        j -= 1
    return j


def _right_edge(tok: Token, start: int, info: DocInfo) -> int:
    """End of the group: the head, or the end of the entity the group's tokens are part of."""
    end = tok.i + 1
    ent = info.ent_span.get(tok.i)
    if ent is not None and ent[0] >= start - 1 and ent[1] - start <= MAX_GROUP:
        end = max(end, ent[1])
    while end - 1 > tok.i and tok.doc[end - 1].dep_ == "case":
        end -= 1
    return end


def _words(doc: Doc, start: int, end: int) -> list[str]:
    return [t.text for t in doc[start:end] if not t.is_space]


def _possessor(tok: Token, start: int) -> list[str]:
    """Words of the possessor right before the group ("Russia" in "Russia's official ...")."""
    for child in tok.children:
        if child.dep_ == "poss" and child.i < start:
            sub = list(child.subtree)
            if len(sub) <= MAX_GROUP:
                return [t.text for t in sub if t.dep_ != "case" and t.pos_ != "PART"]
    return []


def _apposition(tok: Token) -> tuple[list[str], tuple[int, int] | None]:
    """Words and char span of an apposition after the head (", a professor of ...")."""
    for child in tok.rights:
        if child.dep_ == "appos" and child.pos_ != "PROPN":
            sub = list(child.subtree)[:MAX_DESC]
            if sub and sub[0].i > tok.i:
                return [t.text for t in sub], (sub[0].idx, sub[-1].idx + len(sub[-1].text))
    return [], None


def _right_pp(tok: Token) -> list[str]:
    """Words of a short prepositional complement of a title ("adviser to the ... office")."""
    for child in tok.rights:
        if child.dep_ == "prep" and child.lower_ in ("to", "of", "for", "at", "in"):
            sub = list(child.subtree)
            if len(sub) <= MAX_GROUP:
                return [t.text for t in sub]
    return []


def _label(doc: Doc, start: int, end: int, head: Token) -> str:
    """The group's kind: a PERSON token anywhere wins, else the head's entity label."""
    labels = {t.ent_type_ for t in doc[start:end]}
    if "PERSON" in labels and head.ent_type_ in ("PERSON", "GPE", "ORG", ""):
        return "PERSON"
    if head.lower_ in GROUP_HEADS and head.pos_ == "NOUN":
        return "GROUP"
    if head.lower_ in PERSON_TITLES and head.ent_type_ in ("", "NORP"):
        return "TITLE"
    if head.ent_type_ in ENT_KINDS:
        return head.ent_type_
    if head.pos_ == "NOUN":
        return "TITLE"
    ent_labels = labels & ENT_KINDS
    return sorted(ent_labels)[0] if ent_labels else "PROPN"


def doc_candidates(
    doc: Doc, info: DocInfo, offset: int, sent_base: int, tok_base: int
) -> list[Candidate]:
    """Candidates of one segment; ``*_base`` make sentence and token indices article-wide."""
    out: list[Candidate] = []
    taken = -1
    for tok in doc:
        if tok.lower_ in PRONOUNS and tok.pos_ == "PRON" or (
            tok.lower_ in ("his", "her", "their") and tok.dep_ == "poss"
        ):
            out.append(_pronoun(tok, offset, sent_base + info.sent_of[tok.i], tok_base))
            continue
        if tok.i < taken or not _is_head(tok):
            continue
        start = _left_edge(tok, info)
        end = _right_edge(tok, start, info)
        taken = end
        out.append(_group(tok, (start, end), info, offset, sent_base + info.sent_of[tok.i],
                          tok_base))
    return out


def _pronoun(tok: Token, offset: int, sent: int, tok_base: int) -> Candidate:
    return Candidate(
        start=offset + tok.idx, end=offset + tok.idx + len(tok.text), text=tok.text,
        label="PRON", words=[tok.text], head_lemma=tok.lower_,
        sent=sent, token=tok_base + tok.i,
        head=tok_base + tok.head.i, dep=tok.dep_, pronoun=PRONOUNS[tok.lower_],
    )


def _group(
    tok: Token, bounds: tuple[int, int], info: DocInfo, offset: int, sent: int, tok_base: int
) -> Candidate:
    """A name/title group as a Candidate, with possessor, apposition and complement words."""
    doc = tok.doc
    start, end = bounds
    first, last = doc[start], doc[end - 1]
    a, b = first.idx, last.idx + len(last.text)
    label = _label(doc, start, end, tok)
    desc, desc_span = _apposition(tok) if label in ("PERSON", "ORG") else ([], None)
    return Candidate(
        start=offset + a, end=offset + b, text=info.text[a:b], label=label,
        words=_words(doc, start, end), head_lemma=tok.lower_,
        sent=sent, token=tok_base + tok.i,
        head=tok_base + tok.head.i, dep=tok.dep_, poss_words=_possessor(tok, start),
        desc_words=desc,
        desc_span=(offset + desc_span[0], offset + desc_span[1]) if desc_span else None,
        right_words=_right_pp(tok) if label in ("TITLE", "GROUP") else [],
    )


def article_candidates(docs: list[tuple[Doc, int]]) -> list[Candidate]:
    """Candidates of all segments of an article, in text order."""
    out: list[Candidate] = []
    sent_base = tok_base = 0
    for doc, offset in docs:
        info = DocInfo.of(doc)
        out += doc_candidates(doc, info, offset, sent_base, tok_base)
        sent_base += len(info.sent_start)
        tok_base += len(doc)
    return out
