"""Dependency-parse helpers of event detection: subjects, prepositional objects, particles,
governing verbs and weapon words of one parsed sentence (spaCy-facing)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from storyline.events import lexicon
from storyline.events.lexicon import (
    CAUSING_VERBS,
    MEASURE_NOUNS,
    RALLY_PREPS,
    SAY_VERBS,
    TIME_PREPS,
    VENUE_WORDS,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
PREP_DEPS = frozenset({"prep", "dative"})  # the parser labels "gave aid to X" 'to' as dative
# the words of a time or place phrase between a subject and its verb ("Pakistan on Monday")
TIME_WORD_DEPS = frozenset({"prep", "pobj", "npadvmod", "advmod", "det", "amod"})


NOUN_SLOTS = frozenset({*SUBJECTS, "dobj", "pobj"})
# what names the people of a plural noun misread as a verb ("Filipino" is often tagged a
# language, "Kashmiri" an organisation)
PEOPLE_NAMES = frozenset({"NORP", "LANGUAGE", "ORG", "GPE"})
CLAUSE_HEADS = frozenset({"ROOT", "ccomp"})  # where a misread plural heads its clause


def repair_demonym_plurals(sent: Span, words: Sequence[Token] = ()) -> None:
    """A plural noun the tagger read as a verb after a people's name ("Filipino inmates held
    in ...": 'inmates' a VBZ with 'Filipino' its subject) is a noun again, the name its
    modifier, so that its phrase can be a participant (cheap: one look per word); a counted
    one the parser made a clause of its verb ("handed back 29 Benin bronzes") its object;
    ``words``: the sentence's tokens when the caller has them (iterating a Span builds each)."""
    for tok in words or sent:
        if tok.tag_ != "VBZ" or tok.i == sent.start:
            continue
        counted = _counted_clause(tok)
        if not (tok.dep_ in NOUN_SLOTS or _verbed_root(tok) or counted):
            continue
        before = tok.doc[tok.i - 1]
        if before.head.i == tok.i and before.dep_ == "nsubj" and (
                before.ent_type_ in PEOPLE_NAMES or counted and before.pos_ == "PROPN"):
            tok.pos_, tok.tag_ = "NOUN", "NNS"
            before.dep_ = "amod"
            if counted:
                tok.dep_ = "dobj"  # "handed back 29 Benin bronzes": the verb's object


DATELINE_DASHES = frozenset({"-", "--", "\u2013", "\u2014"})


def repair_dateline_subject(sent: Span, words: Sequence[Token] = ()) -> None:
    """A dateline city the parser made a second subject of the lead's verb ("SANTIAGO (AFP) -
    Tens of thousands of Chileans took to the streets": 'SANTIAGO' and 'thousands' both its
    nsubj) is only the dateline, so the lead's own subject does the act (cheap: verbs with
    two subjects only; ``words`` as above)."""
    for tok in words or sent:
        subjects = [c for c in tok.children if c.dep_ == "nsubj"] if tok.pos_ in (
            "VERB", "AUX") else []
        if len(subjects) < 2:
            continue
        city, own = subjects[0], subjects[1]
        if city.i == sent.start and any(t.text in DATELINE_DASHES and t.i < own.i
                                        for t in city.subtree):
            city.dep_ = "npadvmod"


# Counts that stand for a crowd of people ('thousands marched in Caracas'), for the parse
# repairs here and for roles
CROWD_COUNTS = lexicon.MULTITUDES | {"scores"}


def repair_counted_people_verb(sent: Span, words: Sequence[Token] = ()) -> None:
    """A past verb after a counted people's name that the parser hung inside the count
    ("hundreds of Nepalese protested in Kathmandu": 'protested' the object of 'of', 'Nepalese'
    its modifier) heads its clause again, the count its subject and the name the count's
    people (cheap: past verbs under "of" only; ``words`` as above)."""
    for tok in words or sent:
        if tok.tag_ not in ("VBD", "VBN") or tok.dep_ != "pobj" or tok.head.lower_ != "of":
            continue
        of, count = tok.head, tok.head.head
        name = tok.doc[tok.i - 1]
        if count.lower_ not in CROWD_COUNTS or count.dep_ != "ROOT" or (
                name.head.i != tok.i or name.ent_type_ != "NORP" or of.i != tok.i - 2):
            continue  # only the count as root: "Hundreds of Nepalese protested, said X" is fine
        moves = [(tok, tok, "ROOT"), (count, tok, "nsubj"), (name, of, "pobj"),
                 *((c, tok, c.dep_) for c in count.children if c.i not in (of.i, tok.i)
                   and c.i > tok.i or c.dep_ in ("advcl", "punct") and c.i < count.i)]
        if not _tree_after(sent, moves):
            continue
        for word, new_head, label in moves:
            word.head, word.dep_ = new_head, label
        tok.pos_, tok.tag_, name.pos_ = "VERB", "VBD", "NOUN"


def _counted_clause(tok: Token) -> bool:
    """A 'verb' clause with a number or article of its own before its subject, of a verb with
    no object ("handed back 29 Benin bronzes": 'bronzes' a VBZ ccomp): a counted noun."""
    return tok.dep_ == "ccomp" and tok.head.i < tok.i and any(
        c.dep_ in ("nummod", "det") and c.i < tok.i - 1
        for w in (tok, tok.doc[tok.i - 1]) for c in w.children) and not any(
        c.dep_ == "dobj" for c in tok.head.children)  # the number may hang on the name


def repair_fired_weapons(sent: Span, words: Sequence[Token] = ()) -> None:
    """A weapon's firing the parser made a clause's verb, the verb of its landing a clause of
    it ("Rockets fired from Gaza landed in southern Israel": 'fired' the root, 'landed' its
    advcl or conj) is the weapon's participle again, the landing the clause's verb (cheap:
    firing verbs only; ``words`` as for repair_demonym_plurals)."""
    for fired in words or sent:
        if fired.tag_ not in ("VBD", "VBN") or fired.dep_ not in CLAUSE_HEADS or (
                fired.lemma_.lower() not in lexicon.LAUNCHING_VERBS):
            continue
        weapon = next((c for c in fired.children if c.dep_ == "nsubj"), None)
        if weapon is None or not is_weapon(weapon) or any(
                c.dep_ == "dobj" for c in fired.children):
            continue
        origin = [c for p in fired.children if p.dep_ == "prep" and p.lower_ == "from"
                  for g in p.children if g.dep_ == "pobj" for c in g.children
                  if c.dep_ == "acl"]  # "fired from rebel positions slammed into X":
        # 'slammed' a clause of 'positions'
        landed = next((c for c in [*fired.children, *origin] if c.dep_ in ("advcl", "conj", "acl")
                       and c.tag_ == "VBD" and c.i > fired.i
                       and c.lemma_.lower() in lexicon.LANDING_VERBS | lexicon.IMPACT_VERBS
                       and not any(g.dep_ in SUBJECTS for g in c.children)), None)
        if landed is None:
            continue
        root = fired.dep_ == "ROOT"
        landed.head, landed.dep_ = (landed, "ROOT") if root else (fired.head, fired.dep_)
        weapon.head = landed
        fired.head, fired.dep_, fired.tag_ = weapon, "acl", "VBN"


# the words that open a phrase of how a doer came, between it and "shot dead" ("a gunman on
# a motorbike shot dead X", "militants aboard a pickup")
RIDING_PREPS = frozenset({"on", "aboard", "in"})


def repair_shot_dead(sent: Span, words: Sequence[Token] = ()) -> None:
    """"A gunman on a motorbike shot dead a journalist": the parser reads 'shot' as a noun of
    the doer's phrase ('motorbike shot') and 'dead' as the clause's head; 'shot' is the verb
    again (lemma 'shoot'), the phrase's head its subject and the noun after 'dead' its object
    (cheap: one look per word; ``words`` as above)."""
    for shot in words or sent:
        if shot.lower_ != "shot" or shot.pos_ in ("VERB", "AUX") or shot.i + 2 >= sent.end or (
                shot.doc[shot.i + 1].lower_ != "dead"):
            continue
        dead = shot.doc[shot.i + 1]
        prep = next((t for t in reversed(shot.doc[sent.start:shot.i]) if t.dep_ == "prep"
                     and t.lower_ in RIDING_PREPS and t.head.i < t.i), None)
        if prep is None or shot.i - prep.i > 4:
            continue
        doer, vehicle = prep.head, shot.doc[shot.i - 1]
        victim = next((t for t in shot.doc[dead.i + 1 : sent.end] if t.pos_ in ("NOUN", "PROPN")
                       and t.dep_ != "compound"), None)
        if victim is None or doer.pos_ not in ("NOUN", "PROPN") or vehicle.i <= prep.i:
            continue
        clause = doer.head if doer.head.i not in (dead.i, shot.i) else dead.head
        dep = "ccomp" if clause.i != dead.head.i or dead.dep_ == "ROOT" else dead.dep_
        if dead.dep_ == "ROOT" and clause.i == dead.i:
            clause, dep = shot, "ROOT"
        moves = [(vehicle, prep, "pobj"), (shot, clause, dep), (doer, shot, "nsubj"),
                 (dead, shot, "oprd"), (victim, shot, "dobj"),
                 *((t, shot, t.dep_) for t in dead.children if t.i not in (
                     shot.i, vehicle.i, doer.i, victim.i)),
                 *((t, vehicle, t.dep_) for t in shot.children if t.i < vehicle.i)]
        if not _tree_after(sent, moves):
            continue  # a parse of another shape: leave it
        for tok, head, label in moves:
            tok.head, tok.dep_ = head, label
        shot.pos_, shot.tag_, shot.lemma_ = "VERB", "VBD", "shoot"


def _tree_after(sent: Span, moves: list[tuple[Token, Token, str]]) -> bool:
    """Whether the sentence's words still form one tree with these words re-hung."""
    heads = {t.i: t.head.i for t in sent}
    heads.update({tok.i: head.i for tok, head, _ in moves})
    for start in heads:
        seen, at = set(), start
        while heads[at] != at:
            if at in seen or heads[at] not in heads:
                return False
            seen.add(at)
            at = heads[at]
    return sum(1 for i, h in heads.items() if i == h) == sum(1 for t in sent if t.dep_ == "ROOT")


def repair_verbs_read_as_modifiers(sent: Span, words: Sequence[Token] = ()) -> None:
    """A past-tense verb with a subject that the parser hung on the noun after it as a modifier
    ("Zimbabwean police tortured members of the opposition, a group said": 'tortured' an amod
    of 'members', 'members' the subject of 'said') heads its clause again, the noun its
    object, so that the act is read; so does one hung on a subject the parser gave no verb
    (see _named_subject_moves) (cheap: one look per word; ``words`` as above)."""
    for tok in words or sent:
        if tok.tag_ not in ("VBD", "VBN"):
            continue  # both repairs below are of past verbs: skip reading the head
        noun = tok.head
        if tok.dep_ == "acl" and _root_subject(tok, noun):
            noun.head, noun.dep_ = tok, "nsubj"  # "The Syrian air force carried out more
            tok.head, tok.dep_, tok.pos_ = tok, "ROOT", "VERB"  # than ten air strikes on X"
            continue
        if tok.dep_ == "acl":
            moves = _named_subject_moves(sent, tok, noun) or _trailing_reporter_moves(sent, tok,
                                                                                    noun)
            for word, new_head, label in moves:
                word.head, word.dep_ = new_head, label
            if moves:  # a finite verb now, as the tagger may not have read it ('dismissed' a VBN)
                tok.tag_, tok.pos_ = "VBD", "VERB"
            continue
        if tok.tag_ != "VBD" or tok.dep_ != "amod" or noun.i <= tok.i or noun.pos_ not in (
                "NOUN", "PROPN"):
            continue
        doer = next((c for c in tok.children if c.i < tok.i and (c.dep_ == "nsubj" or (
            c.dep_ == "npadvmod" and c.pos_ in ("NOUN", "PROPN")))), None)  # "Ugandan police
        # tortured ...": 'police' an npadvmod
        if doer is None:
            continue
        if noun.dep_ == "ROOT":
            head, dep = tok, "ROOT"
        elif noun.dep_ in SUBJECTS and noun.head.i > noun.i:
            head, dep = noun.head, "ccomp"  # "..., a rights group said"
        else:
            continue
        noun.head, noun.dep_ = tok, "dobj"
        tok.head, tok.dep_ = head, dep
        tok.pos_, doer.dep_ = "VERB", "nsubj"


def repair_gerund_subject(sent: Span, words: Sequence[Token] = ()) -> None:
    """A noun with a gerund modifier that the parser read as a gerund clause subject with the
    noun its own subject ("The Red Crescent working in Gaza said ...": 'working' the subject
    of 'said', 'Crescent' that of 'working') is the verb's subject again, the gerund its
    modifier (cheap: gerund subjects only; ``words`` as above)."""
    for tok in words or sent:
        if tok.tag_ != "VBG" or tok.dep_ != "nsubj" or tok.head.i < tok.i or (
                tok.head.pos_ not in ("VERB", "AUX")):
            continue
        noun = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if noun is None or noun.pos_ not in ("NOUN", "PROPN") or noun.i != tok.i - 1:
            continue  # "Him leaving surprised them": a pronoun's gerund is the subject
        moves = [(noun, tok.head, "nsubj"), (tok, noun, "acl")]
        if _tree_after(sent, moves):
            for word, new_head, label in moves:
                word.head, word.dep_ = new_head, label


# conjunctions that open a finite clause, and that the parser may read as prepositions
SUBORDINATORS = frozenset({"after", "before", "until", "since", "as", "because", "once"})


def repair_clause_subject_read_as_object(sent: Span, words: Sequence[Token] = ()) -> None:
    """A clause's subject that the parser hung on its conjunction as an object, leaving the
    clause's finite verb with no subject ("caught fire after hooded youths broke a window":
    'youths' the object of 'after', 'broke' subjectless and so given the main clause's
    subject), is the verb's subject again (cheap: finite adverbial clauses only)."""
    for tok in words or sent:
        if tok.dep_ != "advcl" or tok.tag_ not in ("VBD", "VBZ", "VBP") or tok.i == sent.start:
            continue
        noun = tok.doc[tok.i - 1]
        mark = noun.head
        if noun.dep_ != "pobj" or noun.pos_ not in ("NOUN", "PROPN") or (
                mark.lower_ not in SUBORDINATORS) or noun.left_edge.i != mark.i + 1 or any(
                c.dep_ in ("nsubj", "nsubjpass", "expl") for c in tok.children):
            continue
        moves = [(noun, tok, "nsubj")]
        if _tree_after(sent, moves):
            noun.head, noun.dep_ = tok, "nsubj"


def repair_participle_read_as_conjunct(sent: Span, words: Sequence[Token] = ()) -> None:
    """A past participle right after a noun that the parser joined to an earlier verb as its
    conjunct with no 'and', comma or subject of its own ("denounced the murder of three
    workers killed when ...": 'killed' a conjunct of 'denounced', whose subject it borrows)
    modifies that noun again, as a passive participle (cheap: conjuncts only)."""
    for tok in words or sent:
        if tok.dep_ != "conj" or tok.tag_ not in ("VBD", "VBN") or tok.i == sent.start or (
                tok.head.i >= tok.i or tok.head.pos_ != "VERB"):
            continue
        noun = tok.doc[tok.i - 1]
        if noun.pos_ != "NOUN" or noun.tag_ != "NNS" or any(
                c.dep_ in ("nsubj", "nsubjpass", "cc", "dobj") for c in tok.children) or any(
                t.dep_ == "cc" or t.lower_ in (",", ";") for t in tok.doc[tok.head.i + 1: tok.i]):
            continue  # "X denounced Y and killed Z", "arrested them, killed two"
        moves = [(tok, noun, "acl")]
        if _tree_after(sent, moves):
            tok.head, tok.dep_, tok.tag_ = noun, "acl", "VBN"


def repair_perfect_read_as_modifier(sent: Span, words: Sequence[Token] = ()) -> None:
    """A perfect-tense verb whose participle the parser hung on its object as a modifier
    ("Syria has massed tanks and troops on the border": 'has' the root, 'massed' an amod of
    'tanks') heads its clause again, 'has' its auxiliary and the noun its object (cheap: past
    participles only; ``words`` as above)."""
    for tok in words or sent:
        if tok.tag_ != "VBN" or tok.dep_ != "amod" or tok.i == sent.start:
            continue
        have, noun = tok.doc[tok.i - 1], tok.head
        if have.lemma_.lower() != "have" or have.dep_ not in CLAUSE_HEADS or (
                noun.dep_ != "dobj" or noun.head.i != have.i or noun.i <= tok.i) or not any(
                c.dep_ == "nsubj" for c in have.children):
            continue
        head, dep = (tok, "ROOT") if have.dep_ == "ROOT" else (have.head, have.dep_)
        moves = [(tok, head, dep), (noun, tok, "dobj"), (have, tok, "aux"),
                 *((c, tok, c.dep_) for c in have.children if c.i not in (noun.i, tok.i))]
        if not _tree_after(sent, moves):
            continue
        for word, new_head, label in moves:
            word.head, word.dep_ = new_head, label
        tok.pos_ = "VERB"


def repair_reduced_relative_root(sent: Span, words: Sequence[Token] = ()) -> None:
    """A participle of telling or ordering that the parser read as the sentence's verb though
    it has no object and a "by" agent, the real verb later ("Thirteen aid agencies told to quit
    Darfur by Khartoum began pulling their staff": 'told' the root, 'began' its ccomp) is
    hung back on its noun as a reduced relative, the agent its own and the later verb the
    root with the noun its subject (cheap: object-control verbs only; ``words`` as above)."""
    for tok in words or sent:
        if tok.dep_ not in CLAUSE_HEADS or tok.tag_ != "VBD" or (
                tok.lemma_.lower() not in lexicon.OBJECT_CONTROL_VERBS):
            continue
        noun = next((c for c in tok.children if c.dep_ == "nsubj" and c.pos_ in (
            "NOUN", "PROPN") and c.i < tok.i), None)
        act = next((c for c in tok.children if c.dep_ == "xcomp" and c.tag_ == "VB"
                    and c.i == tok.i + 2 and tok.doc[tok.i + 1].lower_ == "to"), None)
        if noun is None or act is None or any(c.dep_ in ("dobj", "dative") for c in tok.children):
            continue
        by = next((p for w in (tok, act) for p in w.children if p.dep_ in ("prep", "agent")
                   and p.lower_ == "by" and any(g.dep_ == "pobj" for g in p.children)), None)
        verb = next((v for w in (tok, act) for v in w.children if v.dep_ in (
            "ccomp", "conj", "advcl") and v.tag_ in ("VBD", "VBZ", "VBP") and by is not None
                     and v.i > by.i and not any(c.dep_ in (*SUBJECTS, "mark", "cc")
                                                or c.tag_ == "WRB" for c in v.children)), None)
        if by is None or verb is None:
            continue
        moves = [(verb, verb if tok.dep_ == "ROOT" else tok.head, tok.dep_),
                 (noun, verb, "nsubj"), (tok, noun, "acl"),
                 (by, tok, "agent"),
                 *((c, verb, c.dep_) for c in tok.children if c.i not in (
                     noun.i, act.i, verb.i, by.i) and c.i > verb.i)]
        if not _tree_after(sent, moves):
            continue
        for word, new_head, label in moves:
            word.head, word.dep_ = new_head, label
        tok.tag_ = "VBN"


def _named_subject_moves(sent: Span, verb: Token, noun: Token
                         ) -> list[tuple[Token, Token, str]]:
    """The re-hangings that make a past verb the parser hung on a subject noun the verb of its
    clause, the noun its subject: where the noun is a saying verb's second subject ("Masked
    men set upon a journalist ..., his colleagues said": 'men' and 'colleagues' both subjects
    of 'said', 'set' an acl of 'men'), or has a name in apposition and heads the sentence, a
    clause or an adverbial ("Qatar's emir, Sheikh Tamim, offered to mediate, his office said")
    or is the subject of a root noun after the verb, which becomes its object ("Hungary's
    prime minister, Viktor Orban, dismissed on Wednesday demands from X": 'demands'); none
    where the verb has a subject or the sentence a verb of its own."""
    if noun.pos_ not in ("NOUN", "PROPN") or any(
            c.dep_ in (*SUBJECTS, "agent", "aux", "auxpass") for c in verb.children):
        return []
    root = noun.head
    if noun.dep_ == "nsubj" and root.i > verb.i and root.lemma_.lower() in SAY_VERBS and any(
            c.dep_ == "nsubj" and c.i > verb.i for c in root.children):
        if any(t.dep_ == "acl" and t.i > verb.i for t in verb.subtree):
            return []  # "Militiamen armed with machetes killed ...": the verb is a later one
        moves = [(verb, root, "ccomp"), (noun, verb, "nsubj")]
    elif verb.i < 1 or verb.doc[verb.i - 1].lower_ != "," or not any(
            c.dep_ == "appos" and c.i < verb.i for c in noun.children):
        return []
    elif noun.dep_ in CLAUSE_HEADS or noun.dep_ == "advcl" and root.lemma_.lower() in SAY_VERBS:
        moves = [(verb, verb if noun.dep_ == "ROOT" else root,
                  "ROOT" if noun.dep_ == "ROOT" else "ccomp"), (noun, verb, "nsubj")]
    elif noun.dep_ == "nsubj" and root.dep_ in CLAUSE_HEADS and root.pos_ in ("NOUN", "PROPN") and (
            root.i > verb.i):
        moves = [(verb, verb if root.dep_ == "ROOT" else root.head, root.dep_),
                 (noun, verb, "nsubj"), (root, verb, "dobj")]
    else:
        return []
    return moves if _tree_after(sent, moves) else []


# verbs that report a clause told before them ("X is failing refugees, a rights group
# protested"): who tells it is their subject, not an apposition
TRAILING_REPORT_VERBS = frozenset({"say", "state", "claim", "add", "note", "confirm", "protest",
                                   "complain", "allege", "insist", "warn", "stress", "argue",
                                   "assert", "contend"})  # not "a safe area declared in 1993",
# "a man charged last year", "reported", "announced": participles as often as reports


def _trailing_reporter_moves(sent: Span, verb: Token, noun: Token
                             ) -> list[tuple[Token, Token, str]]:
    """The re-hangings that make a reporting verb told after the sentence's clause its head,
    where the parser hung its subject on a noun of the clause as an apposition and the verb on
    that ("Bosnian officials are neglecting the houses of Serb refugees, a rights watchdog
    protested on Monday": 'watchdog' an appos of 'refugees', 'protested' an acl of it): the
    verb is the root, the clause its complement and the noun its subject; none where the verb takes
    anything but a time or place or words follow the verb's phrase."""
    root = sent.root
    if noun.dep_ != "appos" or verb.lemma_.lower() not in TRAILING_REPORT_VERBS or not (
            root.i < noun.i < verb.i) or root.pos_ not in ("VERB", "AUX") or not all(
            c.dep_ in ("advmod", "npadvmod") or c.dep_ == "prep" and dated(c)
            for c in verb.children):  # "protested here Wednesday", "said on Monday"; not "a
        return []  # group charged with terrorism"
    if noun.left_edge.i <= sent.start or sent.doc[noun.left_edge.i - 1].lower_ != "," or any(
            t.i > verb.right_edge.i and not t.is_punct for t in sent):
        return []
    moves = [(verb, verb, "ROOT"), (root, verb, "ccomp"), (noun, verb, "nsubj"),
             *((c, verb, c.dep_) for c in root.children if c.i > verb.right_edge.i)]
    return moves if _tree_after(sent, moves) else []


def _root_subject(verb: Token, noun: Token) -> bool:
    """Whether a past verb the parser hung on the sentence's root noun as a modifier is the
    sentence's verb, the noun its subject: right after the noun, with an object, no verb
    heading the sentence ("The Syrian air force carried out more than ten air strikes":
    'force' the root, 'carried' its acl); not a modifier clause of a real verb's noun."""
    return noun.dep_ == "ROOT" and noun.pos_ in ("NOUN", "PROPN") and verb.i == noun.i + 1 and (
        any(c.dep_ == "dobj" for c in verb.children))


def _verbed_root(tok: Token) -> bool:
    """A root 'verb' whose real verb the parser made its conjunct, a participle right after it
    ("Kashmiri militants armed with pistols and grenades hijacked a jet": 'militants' the
    root, 'armed' its acl, 'hijacked' its conj)."""
    return tok.dep_ in CLAUSE_HEADS and any(
        c.dep_ in ("acl", "advcl") and c.tag_ == "VBN" and c.i == tok.i + 1
        for c in tok.children) and any(
        c.dep_ == "conj" and c.tag_ == "VBD" and c.i > tok.i for c in tok.children)  # not
    # "China rebuts American criticism ...; ..., helped ...": a real verb has no participle


def repaired_root_subject(verb: Token) -> Token | None:
    """The repaired plural root noun whose conjunct a main verb is: its subject."""
    head = verb.head
    return head if verb.dep_ == "conj" and head.dep_ in CLAUSE_HEADS and head.tag_ == "NNS" and (
        head.pos_ == "NOUN" and head.i < verb.i and any(
            c.dep_ == "amod" and c.ent_type_ in PEOPLE_NAMES and c.i == head.i - 1
            for c in head.children)) else None


def adverbial_name_subject(verb: Token) -> Token | None:
    """The name opening a sentence that the parser hung on its subjectless finite root verb as
    an adverbial noun ("Turkey massed troops on the Syrian border"): its subject."""
    if verb.dep_ != "ROOT" or verb.tag_ not in ("VBD", "VBZ"):
        return None
    first = next((c for c in verb.children if c.i < verb.i), None)
    if first is None or first.dep_ != "npadvmod" or first.i != verb.sent.start or (
            first.ent_type_ not in ("GPE", "ORG", "PERSON", "NORP")):
        return None
    return first if not any(c.dep_ in SUBJECTS for c in verb.children) else None


def verb_particle(tok: Token) -> str | None:
    """The verb's particle, or a preposition that makes a phrasal verb ("call on", "pull out")."""
    for child in tok.children:
        if child.dep_ == "prt":
            return child.lower_
    if tok.lemma_.lower() not in _phrasal_stems():
        return None  # no phrasal entry begins with this verb: the readings below find none
    for child in tok.children:
        if (child.dep_ == "prep" and child.lower_ in ("for", "on", "upon", "out", "into",
                                                      *RALLY_PREPS)  # "tore into Trump"
                and not dated(child)) or (  # "on Tuesday"
                child.dep_ == "advmod" and child.lower_ in ("back", "away", "down")):  # "pulled
            # back", "hauled away dozens of protesters", "stepped down"
            key = f"{tok.lemma_.lower()} {child.lower_}"
            return child.lower_ if key in lexicon.VERB_CODES else None
    off = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "off"), None)
    if off is not None and f"{tok.lemma_.lower()} off" in lexicon.VERB_CODES:
        return "off"  # "sealed off the village", the parser's "off" a preposition
    return None


@lru_cache(maxsize=1)
def _phrasal_stems() -> frozenset[str]:
    """Every leading part of a phrasal entry of our table ("call" of "call on", "seal" of
    "seal off"): only a verb among them can take a preposition or adverb as its particle."""
    return frozenset(" ".join(words[:n]) for key in lexicon.VERB_CODES
                     if len(words := key.split(" ")) > 1 for n in range(1, len(words)))


def dated(prep: Token) -> bool:
    """A preposition whose object is a date or time ("on Tuesday", "for two weeks")."""
    return any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in prep.children)


def background_year(verb: Token) -> bool:
    """Whether a clause tells earlier history by a bare year or a past war ("troops that had
    occupied the area in 1974", "paintings seized by the Nazis during World War Two"): a
    relative, participial or past-perfect clause only, never the news itself."""
    if verb.dep_ not in ("relcl", "acl") and not any(
            c.dep_ == "aux" and c.lower_ == "had" for c in verb.children):
        return False
    return any(g.dep_ == "pobj" and (g.ent_type_ == "DATE" and lexicon.BARE_YEAR.fullmatch(
        g.text) is not None or g.ent_type_ == "EVENT" and g.lower_ in lexicon.PAST_WARS)
               for c in verb.children if c.dep_ == "prep" for g in c.children)


def hyphen_after(tok: Token, first: str | None = None) -> bool:
    """Whether the word is the second half of a hyphenated word, of "first-word" when a first
    is given (the tokenizer splits the hyphen: "court - martialled", "tear - gas")."""
    return tok.i >= 2 and tok.nbor(-1).text == "-" and (
        first is None or tok.nbor(-2).lower_ == first)


def hyphen_verb_doer(verb: Token) -> Token | None:
    """The doer of a hyphenated verb the tagger read as an adjective of its object ("Police
    tear-gassed hundreds of students", "police baton-charged opposition supporters": 'gassed'
    and 'charged' amods of the object): the nearest noun left of the compound, not one
    inside a prepositional phrase."""
    if verb.dep_ != "amod" or verb.tag_ not in ("VBN", "VBD") or verb.i < 3 or (
            not hyphen_after(verb) or verb.head.i < verb.i) or (
            verb.nbor(-2).pos_ != "NOUN" or verb.nbor(-2).ent_type_) or (
            verb.nbor(-2).lemma_.lower() in lexicon.NATURAL_HAZARDS):
        return None  # not "the Israeli-occupied West Bank": a doer inside the compound; nor
        # "flood-hit", "quake-hit": a natural cause
    for tok in reversed(verb.doc[verb.sent.start:verb.i - 2]):
        if tok.pos_ in ("VERB", "AUX", "DET") and tok.dep_ != "amod" or tok.text in (",", ";") or (
                tok.dep_ in ("poss", "case")):
            return None  # a verb of its own, a clause break or a new phrase ("Palestinians
            # of the ..."), or the object's owner ("Pakistan's ..."): no doer left of it
        if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ != "pobj":
            return tok
    return None


def equipped_subject(verb: Token) -> Token | None:
    """The subject of a main verb the parser hung as a participle on the object of the
    subject's own participle ("Militiamen armed with machetes killed 40 villagers": 'killed'
    an acl of 'machetes'; "troops backed by tanks massed ..."): the noun so equipped."""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD") or not any(
            c.dep_ == "dobj" or c.dep_ == "prep" and c.i > verb.i for c in verb.children):
        return None
    prep = verb.head.head if verb.head.dep_ in ("pobj", "conj") else None
    prep = prep.head if prep is not None and prep.dep_ == "pobj" else prep  # "with X and Y"
    participle = prep.head if prep is not None and prep.dep_ in ("prep", "agent") else None
    if participle is None or participle.lemma_.lower() not in lexicon.EQUIPPING_VERBS or (
            participle.dep_ != "acl" or participle.head.pos_ not in ("NOUN", "PROPN")):
        return None
    return participle.head


def root_noun_subject(verb: Token) -> Token | None:
    """The subject of a main verb the parser hung as a participle on the sentence's root noun
    ("Kenya's electoral board disqualified Raila Odinga from the race": 'board' the root,
    'disqualified' its acl): a participle with a named direct object, or of a coded phrasal
    verb no noun undergoes ("set upon"), acts, done by that noun."""
    head = verb.head
    if verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD") or head.dep_ != "ROOT" or (
            head.pos_ not in ("NOUN", "PROPN")) or any(c.dep_ == "agent" for c in verb.children):
        return None
    named = any(c.dep_ == "dobj" and c.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
                for c in verb.children)
    phrasal = verb_particle(verb) in lexicon.ACTIVE_ONLY_PREPS  # "A Hindu mob set upon
    # Muslim shopkeepers": 'set' the root noun's acl
    return head if named or phrasal else None


def reported_noun_subject(verb: Token) -> Token | None:
    """The subject of a reported verb the parser hung as a participle on the say-verb's
    subject ("Kenyan police tortured student leaders, Amnesty said": 'police' and 'Amnesty'
    both subjects of 'said', 'tortured' an acl of 'police'): a participle with a direct object
    of its own is active, done by that noun."""
    head = verb.head
    if verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD") or head.dep_ != "nsubj" or (
            head.head.lemma_.lower() not in SAY_VERBS) or any(
                c.dep_ == "agent" for c in verb.children):
        return None
    doubled = any(c.dep_ == "nsubj" and c.i > verb.i for c in head.head.children)
    return head if doubled and any(c.dep_ == "dobj" for c in verb.children) else None


def dated_by_year(noun: Token) -> bool:
    """Whether an event noun is dated by a bare year of its own ("India's nuclear tests of
    1998", "the 1998 tests") or by a past year, decade or century as its possessor ("last
    year's invasion"): history a sentence recalls, not the news it reports."""
    return any(lexicon.BARE_YEAR.fullmatch(c.text) is not None and (
        c.dep_ in ("nummod", "compound", "amod") or c.dep_ == "pobj" and c.head.lower_ == "of"
        and c.head.head.i == noun.i) or c.dep_ == "poss" and c.lower_ in lexicon.PAST_SPANS and any(
            g.lower_ in lexicon.PAST_MARKS for g in c.children) for c in (*noun.children, *(
            g for p in noun.children if p.dep_ == "prep" for g in p.children)))


def is_weapon(tok: Token | None) -> bool:
    """A weapon or an attack as the doer of a verb ("the missiles hit", "the attack killed")."""
    if tok is not None and tok.lemma_.lower() == "fire":  # "artillery fire", not "a fire"
        return tok.lower_ == "fire" and any(  # "Greek fires killed 80": wildfires
            c.dep_ in ("compound", "amod") and firing_side(c) for c in tok.children)
    if tok is not None and (tok.lemma_.lower() in ("landmine", "ied") or (
            tok.lemma_.lower() in ("device", "mine") and any(
                c.dep_ in ("compound", "amod") and c.lower_ in lexicon.DEVICE_KINDS | {"land"}
                for c in tok.children))):
        return True  # "a roadside device struck a convoy", "a land mine blew up a truck"
    if tok is not None and tok.lemma_.lower() in lexicon.ROUNDS:
        return any(c.dep_ == "compound" and c.lemma_.lower() in lexicon.WEAPONS
                   for c in tok.children)  # "mortar rounds slammed into X": the mortars'
    if tok is None or tok.lemma_.lower() not in lexicon.WEAPONS:
        return False
    return tok.lemma_.lower() != "strike" or military_strike(tok)  # not "the workers' strike"


def misparsed_gerund(verb: Token) -> Token | None:
    """A weapon gerund the parser took for the verb's auxiliary ("Shelling hit Donetsk":
    "Shelling" as aux): the verb's subject, as an attack noun would be."""
    return next((c for c in verb.children if c.dep_ == "aux" and c.tag_ == "VBG"
                 and c.i < verb.i and c.lemma_.lower() in lexicon.WEAPONS), None)


def clause_subject_object(verb: Token) -> Token | None:
    """The object the parser made the subject of a gerund clause right after an objectless
    verb ("settlers attacked Palestinian farmers harvesting olives": "farmers" as subject of
    "harvesting"): those the verb is done to."""
    if any(c.dep_ == "dobj" for c in verb.children):
        return None
    clause = next((c for c in verb.children if c.dep_ in ("ccomp", "advcl") and c.tag_ == "VBG"
                   and c.i > verb.i), None)
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None) if clause else None
    if subject is None or subject.pos_ not in ("NOUN", "PROPN") or (
            subject.left_edge.i != verb.i + 1):
        return None
    return subject


def participle_modifier(verb: Token) -> Token | None:
    """The object of a participle the parser made a clause right after its verb ("returned
    looted royal treasures": 'looted' an advcl holding 'treasures'): the participle only
    describes that noun, which is the verb's own object; the tagger may call it a past tense
    ("returned looted scrolls": VBD), which right after a verb and with no subject it is not."""
    if verb.dep_ != "advcl" or verb.tag_ not in ("VBN", "VBD") or verb.i != verb.head.i + 1 or any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "dobj"), None)


def stranded_subject(verb: Token) -> Token | None:
    """The subject the parser joined to the noun before it ("rioted in Dhaka and police fired
    tear gas": "police" as a conjunct of Dhaka, "fired" an advcl): the noun right before a
    subjectless clause verb, after "and"/"but", is its subject."""
    if verb.dep_ not in ("advcl", "conj") or verb.i < 2:
        return None
    noun, link = verb.doc[verb.i - 1], verb.doc[verb.i - 2]
    if noun.dep_ != "conj" or noun.pos_ not in ("NOUN", "PROPN") or link.lower_ not in (
            "and", "but") or noun.head.i >= noun.i or noun.head.head.i == verb.i:
        return None
    return noun


def preposed_subject(verb: Token) -> Token | None:
    """The subject the parser took for an apposition of the preposed phrase before it ("In a
    move that angered Washington, Pakistan on Monday expelled ...": "Pakistan" as an appos of
    Washington): a name right after that phrase's comma, with only the verb's own time or
    place words between it and a subjectless main or reported verb."""
    if verb.dep_ not in ("ROOT", "ccomp") or verb.i < 3:
        return None
    i = verb.i - 1
    while i > 0 and verb.doc[i].dep_ in TIME_WORD_DEPS:
        i -= 1  # "on Monday", "late on Friday": the verb's own words
    noun = verb.doc[i]
    if noun.dep_ != "appos" or noun.pos_ != "PROPN" or noun.head.i >= noun.i or (
            verb.doc[noun.left_edge.i - 1].text != ","):
        return None
    return noun


def firing_side(word: Token) -> bool:
    """A modifier that makes "fire" gunfire: a weapon ("artillery"), an armed side ("enemy"),
    a people ("Pakistani fire") or an armed group's name ("Hezbollah fire"), not a place."""
    return word.lower_ in lexicon.FIRING_WEAPONS or word.lemma_.lower() in (
        lexicon.FIRING_SIDES) or word.ent_type_ == "NORP" or (
        word.dep_ == "compound" and word.ent_type_ == "ORG")


def military_strike(tok: Token) -> bool:
    """Whether a "strike" is an attack ("air strikes", CAMEO 195), not a walkout."""
    return bool({t.lower_ for t in tok.subtree if t.i < tok.i} & lexicon.MILITARY_STRIKES)


# verbs of report whose passive subject does the act of their to-clause ("were reported to
# be massing", "are believed to have fled"), no undergoer
RAISING_VERBS = frozenset({"report", "say", "believe", "think", "expect", "understand",
                           "know", "allege", "rumour", "rumor", "suspect", "seem",
                           "appear"})


# the sentence being coded: its doc and, per token index, subject_and_agent's answer as token
# indices; set after the sentence's parse repairs (the only writes to a parse), one sentence held
_SUBJECTS: list[tuple[Doc | None, dict[int, tuple[int, int, bool]]]] = [(None, {})]


def remember_subjects(doc: Doc) -> None:
    """Start remembering subject_and_agent's answers in ``doc``, whose parse is final now."""
    _SUBJECTS[0] = (doc, {})


def forget_subjects() -> None:
    """Stop remembering (the doc is done with, or may be repaired again)."""
    _SUBJECTS[0] = (None, {})


def subject_and_agent(tok: Token) -> tuple[Token | None, Token | None, bool]:
    """(subject, passive agent, is_passive), walking up conj/xcomp/relcl chains for a subject;
    remembered by token while a sentence is coded (its rules ask about the same verbs again)."""
    doc, seen = _SUBJECTS[0]  # read once: another thread may replace it
    if doc is not tok.doc:
        return _subject_and_agent(tok)
    hit = seen.get(tok.i)
    if hit is None:
        subject, agent, passive = _subject_and_agent(tok)
        seen[tok.i] = (-1 if subject is None else subject.i, -1 if agent is None else agent.i,
                       passive)
        return subject, agent, passive
    return (None if hit[0] < 0 else doc[hit[0]], None if hit[1] < 0 else doc[hit[1]], hit[2])


def _subject_and_agent(tok: Token) -> tuple[Token | None, Token | None, bool]:
    """subject_and_agent's reading, done afresh; an agentless passive done to captives takes
    their captor as its agent (see _captor)."""
    subject, agent, passive = _own_subject_and_agent(tok)
    if passive and agent is None and subject is not None and subject.dep_ == "nsubjpass" and (
            tok.lemma_.lower() not in lexicon.NOT_CAPTOR_ACTS):
        agent = _captor(subject)
    return subject, agent, passive


def _captor(captives: Token) -> Token | None:
    """The "by" agent of a holding participle on people an act is done to ("aid workers
    kidnapped by rebels were executed", "observers seized by Serb forces were chained to
    bridges"): who holds them does it; not places held ("areas held by rebels were bombed")
    nor a rescue or a finding (lexicon.NOT_CAPTOR_ACTS, read by the caller)."""
    held = captives.lemma_.lower()
    if captives.ent_type_ not in ("PERSON", "NORP") and held not in lexicon.ABDUCTED_PEOPLE and (
            held not in lexicon.HELD_PEOPLE):
        return None
    return next((g for c in captives.children if c.dep_ == "acl" and c.tag_ == "VBN"
                 and c.lemma_.lower() in lexicon.CAPTOR_VERBS for a in c.children
                 if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"), None)


def _own_subject_and_agent(tok: Token) -> tuple[Token | None, Token | None, bool]:
    """The subject, agent and voice the verb's own tree gives."""
    agent = next((g for c in tok.children if c.dep_ == "agent" for g in c.children
                  if g.dep_ == "pobj"), None)
    hyphened = hyphen_verb_doer(tok)
    if hyphened is not None:
        return hyphened, agent, False  # "police baton-charged opposition supporters"
    decider = decision_owner(tok)
    if decider is not None:
        return decider, agent, False  # "Australia's decision to expel the ambassador"
    inverted = inverted_subject(tok)
    if inverted is not None:
        return inverted, agent, True  # "Among those detained were two aid workers"
    armed = equipped_subject(tok) or root_noun_subject(tok) or repaired_root_subject(tok) or (
        adverbial_name_subject(tok)) or reported_noun_subject(tok)
    if armed is not None:
        return armed, agent, False  # "Militiamen armed with machetes killed 40 villagers"
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.pos_ in ("NOUN", "PROPN") and not (
            any(c.dep_ == "nsubj" and c.pos_ != "PRON" for c in tok.children)):  # not "a
        # statement that Ethiopian artillery had shelled X": a clause with its own named
        # subject the parser hung on the noun
        return tok.head, agent, True  # "a curfew imposed by the army": the curfew undergoes
    if tok.dep_ == "acomp" and tok.tag_ == "VBN" and tok.head.lemma_ == "be":
        subject = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
        if subject is not None:  # "officers were court-martialled": the parser's adjective
            return subject, agent, True  # complement of "were" is a passive verb
    current: Token = tok
    own_passive = tok.dep_ in ("pcomp", "advcl", "conj") and any(  # "after being tortured",
        c.dep_ == "auxpass" for c in tok.children)  # "X lies near the border and is shelled"
    for _ in range(4):
        for child in current.children:
            if child.dep_ in SUBJECTS:
                if current.dep_ == "relcl" and child.tag_ in ("WP", "WDT"):
                    return current.head, agent, child.dep_ == "nsubjpass"  # "X, who was hit"
                if current.i != tok.i and current.lemma_.lower() in RAISING_VERBS:
                    return child, agent, any(c.dep_ == "auxpass" for c in tok.children)  # "rebels
                    # were reported to be massing fighters": the rebels mass them; "were
                    # believed to have been kidnapped": the act's own voice
                return child, agent, child.dep_ == "nsubjpass" or (
                    own_passive and current is not tok)  # "X died after being tortured by
                # guards": the borrowed subject undergoes the passive clause's act
        held = _aux_subject(current)
        if held is not None:  # "Norwegian envoys are mediating": the subject hung on "are";
            return held[0], agent, held[1] or (own_passive and current is not tok)  # the
            # agent is tok's own, not that of a verb it hangs on
        weapon = misparsed_gerund(current) or stranded_subject(current) or (
            preposed_subject(current))
        if weapon is not None:
            return weapon, agent, False
        if event_purpose(current):
            current = current.head.head  # "began a strike to protest": the subject of began
            continue
        if current.dep_ == "relcl":
            return current.head, agent, False
        if current.dep_ == "pcomp" and current.head.lower_ in TIME_PREPS and (
                current.head.head.pos_ in ("VERB", "AUX")):
            current = current.head.head  # "wants to address X after accusing Clinton of ..."
            continue
        if current.dep_ not in ("conj", "xcomp", "advcl", "acl") or current.head is current:
            break
        controller = object_controller(current)
        if controller is not None:
            return controller, agent, False  # "prompting North Korea to put its troops on alert"
        if current.dep_ == "advcl" and current.head.lemma_.lower() in SAY_VERBS:
            reported = reported_clause(current.head)  # "X overran a base, officials said,
            if reported is not None:  # killing 17": X kills, not the officials
                current = reported
                continue
        current = current.head
    return None, agent, False


def inverted_subject(verb: Token) -> Token | None:
    """The subject a passive participle's fronted clause puts after its verb "be": "Among
    those detained by police were two aid workers", "Killed in the raid were three
    militants", "Also arrested was a cleric": those named after "be" undergo the act."""
    if verb.tag_ != "VBN":
        return None
    be = None
    if verb.dep_ == "acl" and verb.head.lower_ == "those" and verb.head.dep_ == "pobj" and (
            verb.head.head.lower_ == "among" and verb.head.head.head.lemma_ == "be"):
        be = verb.head.head.head
    elif not any(c.dep_ in SUBJECTS for c in verb.children):
        be = next((c for c in verb.children if c.dep_ == "auxpass" and c.i > verb.i), None)
    if be is None or be.i < verb.i:
        return None
    return next((c for c in be.children if c.dep_ in ("attr", "nsubj") and c.i > be.i
                 and c.pos_ in ("NOUN", "PROPN")), None)


def decision_owner(verb: Token) -> Token | None:
    """Who decides a to-infinitive hung on a decision noun: its possessor, its people's
    adjective or its "by" agent ("Australia's decision to expel", "a Dutch decision to halt
    aid", "a decision by Washington to impose sanctions"): the decider does the act."""
    noun = verb.head
    if verb.dep_ != "acl" or not infinitival(verb) or noun.i > verb.i or (
            noun.lemma_.lower() not in lexicon.DECISION_NOUNS):
        return None
    if noun.dep_ not in SUBJECTS and not (noun.dep_ == "dobj" and noun.head.lemma_.lower() in (
            "announce", "make", "take")):
        return None  # "hailed Sri Lanka's decision to repeal X", "in retaliation for Tallinn's
        # decision to expel": what a reaction answers is its background, no news of its own
    for child in noun.children:
        if child.dep_ == "poss" and child.pos_ != "PRON" or child.dep_ in ("amod", "compound") and (
                child.ent_type_ in ("NORP", "GPE", "ORG")):
            return child
        if child.dep_ == "prep" and child.lower_ == "by" and child.i < verb.i:
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None


def _aux_subject(verb: Token) -> tuple[Token, bool] | None:
    """(subject, passive) of a verb whose subject the parser hung on its auxiliary
    ("Norwegian envoys are mediating between X and Y": 'envoys' under 'are')."""
    for aux in verb.children:
        if aux.dep_ in ("aux", "auxpass") and aux.i < verb.i:
            subject = next((g for g in aux.children if g.dep_ in SUBJECTS and g.i < aux.i), None)
            if subject is not None:
                return subject, aux.dep_ == "auxpass" or subject.dep_ == "nsubjpass"
    return None


def object_controller(verb: Token) -> Token | None:
    """The object of the verb a to-infinitive complements ("prompting North Korea to put",
    "forced the rebels to retreat"): the one who does the infinitive's act."""
    if verb.dep_ != "xcomp" or verb.head.lemma_.lower() not in CAUSING_VERBS or (
            not to_verb(verb)):
        return None  # "used his speech to call for X", "called Sanders to congratulate him"
    return next((c for c in verb.head.children if c.dep_ == "dobj" and c.pos_ in (
        "PROPN", "NOUN", "PRON")), None)


def reported_clause(say: Token) -> Token | None:
    """The clause a say-verb reports ("X attacked ..., officials said")."""
    return next((c for c in say.children if c.dep_ in ("ccomp", "parataxis")), None)


def prep_object(tok: Token, preps: tuple[str, ...]) -> Token | None:
    """The object of the first of these prepositions the word has, if not a mere venue nor
    whom the doer acts 'on behalf of'."""
    for prep in preps:
        for child in tok.children:
            if child.dep_ in PREP_DEPS and child.lower_ == prep:
                obj = next((g for g in child.children if g.dep_ == "pobj"), None)
                if obj is not None and not is_place_only(child, obj) and obj.lower_ != "behalf":
                    return obj
    return None


def given_to_preps(verb: Token) -> Iterator[Token]:
    """The 'to' prepositions of a verb's phrase that may name whom its object goes to: on the
    verb, or where the parser hangs them on a noun or participle of its object ("extradited a
    doctor accused of genocide to Kigali"), not on another act ("refugees fleeing to Turkey");
    read by extract._given_to and detect._justice_receiver."""
    return (p for p in verb.subtree if p.dep_ in PREP_DEPS and p.lower_ == "to"
            and (p.head.i == verb.i or p.head.pos_ != "VERB" or p.head.tag_ == "VBN"))


def noun_lemma(tok: Token) -> str:
    """A noun's lower-case lemma, joined with the word the tokenizer split off by a hyphen
    ("sit-in", "build-up", "walk-out" arrive as "sit - in" headed by "in"): the whole word."""
    lemma = tok.lemma_.lower()
    if tok.i < 2 or tok.nbor(-1).tag_ != "HYPH":
        return lemma
    first = tok.nbor(-2)
    return f"{first.lower_}-{lemma}" if first.head.i == tok.i else lemma


def is_place_only(prep: Token, obj: Token) -> bool:
    """"at the Kremlin", "at a conference": where the act happens, not whom it is aimed at."""
    return prep.lower_ == "at" and (obj.ent_type_ in ("FAC", "EVENT")
                                    or obj.lemma_.lower() in VENUE_WORDS)


def event_purpose(tok: Token) -> bool:
    """"began a strike to protest", "reached a deal to build": a to-clause on an event object."""
    noun = tok.head
    return (tok.dep_ in ("relcl", "acl") and infinitival(tok) and noun.dep_ == "dobj"
            and noun.lemma_.lower() in lexicon.NOUN_CODES.keys() | lexicon.COMMIT_NOUNS)


def to_verb(tok: Token) -> bool:
    """A to-infinitive, with or without its own subject ("for X to resign")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def that_marked(clause: Token) -> bool:
    """A clause opened by the conjunction 'that' ("demanded that fares be cut")."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def infinitival(tok: Token) -> bool:
    """A to-infinitive with no subject of its own ("to protest")."""
    return to_verb(tok) and not any(c.dep_ in SUBJECTS for c in tok.children)


def governing_verb(tok: Token) -> Token | None:
    """The verb an event noun hangs from, through a measure ("launched 10 days of drills")."""
    head = tok.head
    if head.lower_ == "of" and head.head.lemma_.lower() in MEASURE_NOUNS:
        head = head.head.head
    if head.dep_ == "prep":
        head = head.head
    if head is tok or head.pos_ not in ("VERB", "AUX"):
        return None
    return head
