"""Participants of an event frame: role phrases, places, quantities, negation and modality.

Split from detect.py so the spaCy-facing role readers (who and where, read off a parsed
sentence with char offsets into it) live apart from the predicate and sense rules that use them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from storyline.actors import kb
from storyline.actors.coding import BARE_HOUSES
from storyline.events import lexicon
from storyline.events.syntax import CROWD_COUNTS, SAY_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Token


Span_ = tuple[int, int]
TARGET_PREPS = ("to", "with", "against", "on", "toward", "towards", "into", "for", "at", "from")
PLACE_PREPS = frozenset({"in", "at", "to"})
PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
NOT_ACTORS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY",
                        "EVENT", "WORK_OF_ART", "PRODUCT", "LAW", "LANGUAGE"})  # things, not doers
MAX_CONJUNCTS = 6
# Legislatures named by their bare word, placed by the city they sit in ("the Senate in Rome")
HOUSES = BARE_HOUSES | {"assembly", "legislature"}
DEMONSTRATIVES = frozenset({"that", "this"})
# Words after a group that name whom it serves ('fighters loyal to the Taliban'), for coding
ALLEGIANCE_WORDS = frozenset({"loyal", "allied", "affiliated", "linked"})
# ... and who a place holds ('a base hosting American troops' is theirs)
HOST_WORDS = frozenset({"hosting", "housing"})
SERVING_WORDS = ALLEGIANCE_WORDS | HOST_WORDS
NAMED_ACTORS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
OWNER_ENTITIES = NAMED_ACTORS - {"PERSON"}  # what a 'whose' clause may tell of


@dataclass
class Role:
    """A participant head word: its char span (sentence-doc offsets) and its phrase span."""

    head: Span_
    phrase: Span_
    text: str
    entity: str = ""
    head_text: str = ""
    pronoun: bool = False
    extended_text: str = ""  # phrase plus "of/in/from ..." modifiers, for coding only
    home_text: str = ""  # the named place a group is in ("Albanians in south Serbia")
    antecedent: Role | None = None  # "X said it would ...": X, for an unresolved pronoun
    prep: str = ""  # for a place: the preposition that introduced it ("in", "at", "to")
    clause_of: int = -1  # start of the noun whose participle or relative clause holds it
    borrowed: bool = False  # the victims of a harm put for a thing of theirs the act hit


@dataclass
class _Sentence:
    """The sentence being read: its start in the doc and its text (computed once)."""

    start: int = 0
    text: str = ""


_CURRENT = _Sentence()


def _is_named(tok: Token) -> bool:
    """Whether a word is (in) a named actor: a person, organisation, country or people."""
    return tok.ent_type_ in NAMED_ACTORS


PLACE_NOUNS = frozenset({"capital", "city", "town", "village", "province", "region",
                         "district", "port", "enclave", "state"})


def _place(tok: Token) -> Role | None:
    """Where: the object of in/at/to that is a named place ("in the Togolese capital Lome")."""
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in PLACE_PREPS:
            for obj in child.children:
                if obj.dep_ == "pobj" and (obj.ent_type_ in PLACE_TYPES or _named_place(obj)):
                    role = _role(obj)
                    role.prep = child.lower_
                    return role
    return None


def _named_place(tok: Token) -> bool:
    """A place noun the name of a place stands beside: "the capital Lome", "the town of X"."""
    if tok.lemma_.lower() not in PLACE_NOUNS:
        return False
    return any(t.ent_type_ in PLACE_TYPES or t.ent_type_ == "NORP" for t in tok.subtree
               if t.i != tok.i)


def _inner_place(tok: Token) -> Role | None:
    """A place one step down: "attacked villages in X", "killed 52 people in attacks in X",
    "exploded near a market in X" (not "from" or "beyond" a place: elsewhere)."""
    for child in tok.children:
        if child.dep_ == "dobj":
            inner = [child]
        elif child.dep_ == "prep" and child.lower_ not in ("from", "beyond"):
            inner = [g for g in child.children if g.dep_ == "pobj"]
        else:
            continue
        for obj in inner:
            found = _place(obj)
            if found is not None:
                return found
    return None


def _negated(tok: Token) -> bool:
    """Whether the predicate carries a negation ("did not reject")."""
    return any(c.dep_ == "neg" for c in tok.children)


def _modality(tok: Token) -> str | None:
    """future / possible / reported for a predicate, from auxiliaries and a governing say-verb."""
    auxes = {c.lower_ for c in tok.children if c.dep_ == "aux"}
    if auxes & {"will", "shall", "'ll", "wo"} or "going" in auxes or _going_to(tok, auxes):
        return "future"
    if "would" in auxes and tok.dep_ == "ccomp" and tok.head.lemma_.lower() in SAY_VERBS:
        return "future"  # "said it would allow": future in reported speech
    if auxes & {"would", "could", "may", "might", "can", "must", "should"}:
        return "possible"
    if tok.dep_ == "ccomp" and tok.head.lemma_.lower() in SAY_VERBS:
        return "reported"
    return None


def _going_to(tok: Token, auxes: set[str]) -> bool:
    """"is going to impose sanctions": the parser hangs the act under "going" as a to-clause."""
    return "to" in auxes and tok.dep_ == "xcomp" and tok.head.lower_ == "going"


def _expand(tok: Token) -> list[Role]:
    """A participant and its conjuncts ("China and Russia" -> two roles), capped."""
    counted = tok
    tok = tok if _placed_by_people(tok) else _through_quantity(tok)
    if (tok.ent_type_ in NOT_ACTORS and tok.lower_ not in CROWD_COUNTS and not (
            _counted_label(counted, tok))
            and not _gazetteer_place(tok) and not _company_name(tok)) or tok.pos_ not in (
                "PROPN", "NOUN", "PRON", "ADJ"):
        return []  # 'thousands marched': a crowd, though tagged a number
    if tok.lower_ in DEMONSTRATIVES and tok.tag_ == "DT":
        return []  # "that would reward the regime": a situation, no actor
    heads = [tok]
    for t in [*tok.conjuncts, *_misattached_conjuncts(tok)]:
        if len(heads) >= MAX_CONJUNCTS:
            break
        if t.pos_ in ("PROPN", "NOUN", "PRON"):
            heads.append(t)
    return [_role(t) for t in heads]


def _counted_label(quantity: Token, group: Token) -> bool:
    """Whether a group's number label is its quantity's ("Hundreds of Greeks" tagged a DATE
    as a whole): the people the quantity counts keep their part in the act."""
    return group.i != quantity.i and group.ent_type_ in ("DATE", "CARDINAL", "QUANTITY") and (
        quantity.ent_type_ == group.ent_type_) and group.pos_ in ("NOUN", "PROPN")


def _misattached_conjuncts(tok: Token) -> list[Token]:
    """Conjuncts the parser hangs on a participant's name or place instead of on it: a second
    name after an apposition ("arrested its rival, the general K, and M"), and a common noun
    after an of-name ("stormed the headquarters of Interpol and the Belgian embassy", "bombed
    the offices of Reuters and a police station": a participant like the first), and a second
    subject of the same verb after "and" ("Government troops and Tamil rebels clashed", parsed
    as two subjects)."""
    found: list[Token] = _second_subjects(tok)
    for child in tok.children:
        if child.dep_ == "appos" and child.pos_ == "PROPN":
            found += [c for c in child.conjuncts if c.pos_ == "PROPN" and c.i > child.i]
        elif child.dep_ == "prep" and child.lower_ == "of" and tok.pos_ == "NOUN":
            names = [g for g in child.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]
            found += [c for g in names for c in g.conjuncts if c.pos_ == "NOUN" and c.i > g.i]
    return found


def _second_subjects(tok: Token) -> list[Token]:
    """The later subjects of a subject's verb that the parser hangs beside it, not on it, when
    an "and" follows the first with no conjunct ("X and Y clashed": two nsubj)."""
    if tok.dep_ != "nsubj" or any(c.dep_ == "conj" for c in tok.children) or not any(
            c.dep_ == "cc" and c.lower_ == "and" for c in tok.children):
        return []
    return [s for s in tok.head.children if s.dep_ == "nsubj" and s.i > tok.i]


def _gazetteer_place(tok: Token) -> bool:
    """Whether a name the tagger calls a thing is a place the gazetteer knows ('Ukrainian
    drones struck Belgorod', tagged PRODUCT): a place whatever its entity label."""
    return tok.pos_ == "PROPN" and _with_compounds(tok).lower() in kb.bundled().places


def _company_name(tok: Token) -> bool:
    """Whether a name the tagger calls a thing is a firm ('sanctions on Lockheed Martin',
    'Martin' tagged PRODUCT): its compound is tagged ORG, or the knowledge base knows it."""
    if tok.pos_ != "PROPN":
        return False
    compounds = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    return any(c.ent_type_ == "ORG" for c in compounds) or (
        bool(compounds) and _with_compounds(tok).lower() in kb.bundled().aliases)


QUANTITY_HEADS = frozenset({
    "thousands", "hundreds", "dozens", "millions", "scores", "tens", "group", "number", "crowd",
    "crowds", "handful", "some", "many", "most", "all", "members", "part", "one", "two", "three",
    "control",  # "seized control of an army base": the base
    "each", "both", "either", "neither", "none", "several", "few",  # "investigations
    # against each of the providers": the providers
})


def _placed_by_people(tok: Token) -> bool:
    """Whether a quantity head names its own people ('six American members of the UN team'):
    they are the participants, Americans, not the group behind them."""
    return tok.lower_ in QUANTITY_HEADS and any(
        c.dep_ == "amod" and c.ent_type_ == "NORP" for c in tok.children)


def _through_quantity(tok: Token) -> Token:
    """"Thousands of Iraqi Kurds" -> "Kurds": the group behind a quantity head."""
    if tok.lower_ not in QUANTITY_HEADS:
        return tok
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    return tok


def _role(tok: Token) -> Role:
    """The head word plus its pre-modifiers (compounds, titles, adjectives) as a phrase."""
    base, text = _CURRENT.start, _CURRENT.text
    left = tok
    for child in tok.lefts:
        if child.dep_ in ("compound", "amod", "nmod", "poss", "det", "npadvmod", "case"):
            left = child.left_edge if child.lower_ != "whose" else tok.doc[child.i + 1]
            break
    start, head = left.idx - base, tok.idx - base
    start = max(start, text.rfind("\n", start, head) + 1)
    while start < head and not (text[start].isalnum() or text[start] in "\"'“‘("):
        start += 1
    end = head + len(tok.text)
    for child in tok.rights:
        child_end = child.idx - base + len(child.text)
        if child.dep_ in ("compound", "flat") and "\n" not in text[end:child_end]:
            end = child_end
    pronoun = tok.pos_ == "PRON" or tok.tag_ in ("WP", "WDT", "PRP", "PRP$")
    extended = _whose_owner(tok) or text[start : _extended_end(tok, end)]
    return Role((head, head + len(tok.text)), (start, end), text[start:end], tok.ent_type_,
                tok.text, pronoun, extended, _home(tok), clause_of=_clause_of(tok))


def _whose_owner(tok: Token) -> str:
    """A noun owned by the 'whose' of a relative clause, for coding, with the named noun the
    clause tells of ('Venezuela, whose president expelled ...': 'president of Venezuela')."""
    if not any(c.dep_ == "poss" and c.lower_ == "whose" for c in tok.children):
        return ""
    clause = next((up for up in tok.ancestors if up.dep_ == "relcl"), None)
    owner = clause.head if clause is not None else None
    if owner is None or owner.ent_type_ not in OWNER_ENTITIES:
        return ""
    return f"{tok.text} of {_with_compounds(owner)}"


def _clause_of(tok: Token) -> int:
    """The start of the noun whose participle or relative clause holds the word ('a leader
    wanted by the United States', 'women held by Boko Haram'), in sentence offsets; -1."""
    for up in tok.ancestors:
        if up.dep_ in ("acl", "relcl") and up.head.pos_ in ("NOUN", "PROPN"):
            return up.head.idx - _CURRENT.start
        if up.dep_ in ("ROOT", "ccomp", "advcl", "xcomp"):
            return -1
    return -1


# Verbs of a participle that say where a group is or comes from ('refugees fleeing the war in
# Liberia', 'migrants stranded in Libya', 'West Africans ordered out of Nigeria')
STAYING_VERBS = frozenset({"flee", "live", "stay", "shelter", "strand", "trap", "base",
                           "lead", "run", "link", "connect",  # 'power lines leading into Kabul'

                           "station", "hold", "detain", "displace", "order", "return", "camp",
                           "settle", "hide", "work", "expel", "deport", "evacuate", "escape",
                           "reside", "house", "imprison", "jail", "kidnap", "abduct",
                           "register", "incorporate", "headquarter", "operate", "locate",
                           "attend", "study", "serve", "teach", "gather", "rally", "march",
                           "protest", "demonstrate", "remain", "wait", "queue"})


def _home(tok: Token) -> str:
    """A named place a (non-named) group is located in: "students throughout Indonesia"; a
    legislature by its bare word too: "the Senate in Brasilia"."""
    if tok.ent_type_ in ("PERSON", "ORG", "GPE") and tok.lower_ not in HOUSES:
        return ""
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "of", "from", "throughout"):
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.ent_type_ == "GPE":
                    return _with_compounds(obj)
    for clause in tok.children:  # "refugees fleeing the war in Liberia", "ordered out of X"
        if clause.dep_ == "acl" and clause.tag_ in ("VBG", "VBN") and (
                clause.lemma_.lower() in STAYING_VERBS):  # not 'accused of an attack in X'
            place = next((t for t in clause.subtree if (t.ent_type_ == "GPE"
                                                        or _gazetteer_place(t))
                          and t.dep_ == "pobj" and t.i - clause.i <= 8
                          and t.head.dep_ != "agent" and t.head.lower_ != "by"),
                         None)  # "freed by Yemen", "wanted by the United States": a doer
            if place is not None:
                return place.text
    return ""


def _with_compounds(tok: Token) -> str:
    """A name with the compound words before its head ('Mexico City', not 'City')."""
    first = next((c for c in tok.lefts if c.dep_ == "compound"), tok)
    return tok.doc[first.i : tok.i + 1].text


# Places run for a people ('a camp for Congolese refugees'), who give them their country
SHELTER_NOUNS = frozenset({"camp", "shelter", "school", "clinic", "hospital", "home",
                           "centre", "center", "settlement", "orphanage", "hostel"})
SHELTERED_NOUNS = frozenset({"refugee", "migrant", "child", "orphan", "student", "worker",
                             "pilgrim", "settler", "immigrant", "asylum-seeker", "family"})


def _shelter_for(tok: Token, child: Token) -> bool:
    """Whether ``child`` is 'for' a people a shelter-like place serves ('a school for Afghan
    refugees'): their demonym codes the place, not a purpose ('a camp for training')."""
    return (child.dep_ == "prep" and child.lower_ == "for"
            and tok.lemma_.lower() in SHELTER_NOUNS
            and any(g.dep_ == "pobj" and g.lemma_.lower() in SHELTERED_NOUNS
                    for g in child.children))


def _extended_end(tok: Token, end: int) -> int:
    """End of the phrase with its of/in/from modifiers ("groups in Zimbabwe") and the people
    a shelter serves ("a camp for Congolese refugees"), capped."""
    base, text = _CURRENT.start, _CURRENT.text
    for child in tok.rights:
        if child.dep_ == "appos" or (child.dep_ == "prep" and child.lower_ in ("of", "in", "from")
                                     ) or child.lower_ in SERVING_WORDS or _shelter_for(
                                         tok, child):
            last = child.right_edge
            last_end = last.idx - base + len(last.text)
            if last.i - tok.i <= 12 and "\n" not in text[end:last_end]:
                end = last_end
    return end


def _event_noun(tok: Token) -> bool:
    """An event noun ("the bombardment", "the attack") is an act, never an actor itself."""
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in lexicon.NOUN_CODES


def _tok_span(tok: Token) -> Span_:
    """The word's character span in the current sentence."""
    start = tok.idx - _CURRENT.start
    return start, start + len(tok.text)
