"""Political-news senses of event words: attacks in words, campaign rallies, rulings,
name-calling and other non-event senses of coded verbs and nouns (spaCy-facing)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from storyline.actors.cache import code_phrase_cached
from storyline.actors.coding import TITLE_SECTORS, prominent_surname
from storyline.events import lexicon
from storyline.events.lexicon import (
    CLASSIFIED_HEADS,
    SAY_VERBS,
    WORDS_VERBS,
)
from storyline.events.syntax import (
    dated,
    governing_verb,
    is_weapon,
    prep_object,
    subject_and_agent,
    that_marked,
    to_verb,
    verb_particle,
)

if TYPE_CHECKING:
    from spacy.tokens import Token


def verbal_attack(tok: Token) -> bool:
    """An attack in words: on a person over/for something, or in a speech or tweet; no weapon."""
    grounds = attack_grounds(tok)  # "over the raid", "over his record on guns": what it is
    if tok.lemma_.lower() not in lexicon.VERBAL_ATTACK_VERBS or violent(tok, grounds) or any(
            is_weapon(t) for t in tok.subtree if t.i != tok.i and t.i not in grounds):
        return False  # "insurgents attacked members of the security forces" is force
    if unnamed_attacker(subject_and_agent(tok)[0]):
        return False  # "masked men attacked a journalist", "thugs attacked": force
    preps = [(c.lower_, g) for c in tok.children if c.dep_ == "prep"
             for g in c.children if g.dep_ == "pobj"]
    if any(g.lemma_.lower() in lexicon.SPEECH_VENUES or p == "from" and g.lower_ == "floor"
           for p, g in preps):
        return True  # "on Twitter", "from the Senate floor" (a brawl "on the floor" is not)
    if tok.dep_ in ("xcomp", "advcl") and spoken_in(tok.head):
        return True  # "went on Twitter to attack the Khan family"
    person = any(c.dep_ == "dobj" and (c.ent_type_ == "PERSON" or candidate_name(c))
                 for c in tok.children)  # "decided to attack Trump personally" (tagged ORG)
    if person and named_doer(tok) or political_object(tok) or judged_as(tok):
        return True  # one named person attacking another, no violence: in words
    if _politician_on_body(tok, grounds) or _person_on_office(tok, grounds):
        return True  # "the Republican nominee attacked the Democratic platform": words
    reason = any(p in ("over", "for", "as") and g.ent_type_ not in ("DATE", "TIME")
                 and g.lemma_.lower() not in lexicon.TIME_NOUNS for p, g in preps)
    aimed = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if reason and not person and political_doer(tok, tok) and not armed_sentence(
            tok, aimed, grounds):
        return True  # "the GOP nominee attacked the party committee over the emails": words
    return person and reason


# Nouns of hired or lawless force ('thugs', 'a mob'): such a doer, like one left unnamed on
# purpose (lexicon.UNNAMED_ATTACKER_MODIFIERS), attacks bodily, never in words
BRUTE_DOERS = lexicon.LAWLESS_DOERS | frozenset({"mob", "mobs", "hooligan", "hooligans"})


def unnamed_attacker(subject: Token | None) -> bool:
    """Whether an attack's subject is a doer left unnamed on purpose or one of lawless force
    ('masked men', 'unidentified gunmen', 'pro-government thugs', 'a mob')."""
    if subject is None:
        return False
    return subject.lower_ in BRUTE_DOERS or any(
        c.dep_ in ("amod", "compound") and c.lower_ in lexicon.UNNAMED_ATTACKER_MODIFIERS
        for c in subject.children)


def attack_grounds(tok: Token) -> frozenset[int]:
    """Word positions of what an attack is over or for ("attacked the FBI over the raid",
    "for dropping the charges"): its stated grounds, no sign of the attack's own means."""
    return frozenset(t.i for c in tok.children if c.dep_ == "prep" and c.lower_ in (
        "over", "for") and not dated(c) for t in c.subtree)


def _person_on_office(tok: Token, grounds: frozenset[int]) -> bool:
    """Whether a named person attacks a civilian office holder or body ("Ted Cruz attacked a
    federal prosecutor", "the judge"), no arms near: words, as on a named person."""
    subject = subject_and_agent(tok)[0]
    aimed = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if subject is None or aimed is None or not (
            subject.ent_type_ == "PERSON" or candidate_name(subject)):
        return False
    if aimed.ent_type_ in ("GPE", "LOC", "FAC", "NORP") or coded_sector(
            aimed) not in lexicon.OFFICE_SECTORS:
        return False  # "attacked the soldiers", "attacked Kabul": no office holder
    return not armed_sentence(tok, aimed, grounds | frozenset(t.i for t in aimed.subtree))


def _politician_on_body(tok: Token, grounds: frozenset[int] = frozenset()) -> bool:
    """Whether a politician (a person, a party or a legislator, not a state) attacks a body, a
    person or a policy that is no place, with no arms in the sentence (its grounds aside): an
    attack in words."""
    subject = subject_and_agent(tok)[0]
    aimed = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if subject is None or aimed is None or subject.ent_type_ in ("GPE", "NORP") or (
            aimed.ent_type_ in ("GPE", "LOC", "FAC")) or armed_sentence(tok, aimed, grounds):
        return False
    politician = subject.ent_type_ == "PERSON" or candidate_name(subject) or (
        coded_sector(subject) in lexicon.CANDIDATE_SECTORS)
    return politician and (aimed.ent_type_ in ("PERSON", "ORG") or candidate_name(aimed) or (
        aimed.lemma_.lower() in lexicon.POLITICAL_TARGET_WORDS | lexicon.POLITICAL_THINGS))


def judged_as(tok: Token) -> bool:
    """"attacked the speech as hollow": an "as" with an adjective is a verdict, said in words."""
    return any(c.dep_ == "prep" and c.lower_ == "as" and any(
        g.pos_ == "ADJ" for g in c.children) for c in tok.children)


def political_object(tok: Token) -> bool:
    """Whether an attack's object is a political role or thing ("a federal judge", "the GOP")."""
    aimed = [c for c in tok.children if c.dep_ == "dobj"]
    aimed += [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("on", "against")
              for g in c.children if g.dep_ == "pobj"]
    person = tok.pos_ == "NOUN" and any(t.ent_type_ == "PERSON" for t in aimed) and (
        about_words(tok))  # "Trump's attack on Cruz", not "claimed an attack on Colonel X"
    return person or any(t.lemma_.lower() in lexicon.POLITICAL_TARGET_WORDS for t in aimed)


def about_words(tok: Token) -> bool:
    """Whether an attack noun is a person's, or is said, written or made in a speech: only its
    own governing verb counts ("Officials said the Taliban claimed an attack on X" is force),
    and an armed doer's attack is never words."""
    governor = governing_verb(tok)
    if armed_doer(tok, governor):
        return False
    if any(c.dep_ == "poss" and (c.ent_type_ == "PERSON" or c.lower_ in ("his", "her"))
           for c in tok.children):
        return True
    if political_doer(tok, governor) and not armed_sentence(tok):
        return True  # "the senator launched an attack on Governor X": criticism
    if governor is None:
        return spoken_in(tok)
    return governor.lemma_.lower() in WORDS_VERBS or spoken_in(tok) or spoken_in(governor)


def spoken_in(tok: Token) -> bool:
    """Whether a word's own preposition names a speech venue ("in a speech", "on Twitter")."""
    return any(g.dep_ == "pobj" and g.lemma_.lower() in lexicon.SPEECH_VENUES
               for c in tok.children if c.dep_ == "prep" for g in c.children)


def armed_doer(tok: Token, governor: Token | None) -> bool:
    """Whether an attack noun's doer (possessor, "by" agent or governing verb's subject) is
    coded as an armed sector (rebels, military, police): their attacks are force."""
    return any(coded_sector(d) in lexicon.ARMED_DOER_SECTORS for d in _doers(tok, governor))


def political_doer(tok: Token, governor: Token | None) -> bool:
    """Whether an attack noun's doer is an unarmed political one (a politician, party,
    legislator, official or a title such as "senator"): their attack on a person is words."""
    return any(coded_sector(d) in lexicon.POLITICAL_DOER_SECTORS or d.lower_ in TITLE_SECTORS
               or surname_word(d) for d in _doers(tok, governor))


def _doers(tok: Token, governor: Token | None) -> list[Token]:
    """An attack noun's doers that are no pronouns: possessor, "by" agent, verb's subject."""
    doers: list[Token | None] = [c for c in tok.children if c.dep_ == "poss"]
    doers += [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("by", "from")
              for g in c.children if g.dep_ == "pobj"]  # "attacks from Bush and Kasich"
    if governor is not None:
        doers.append(subject_and_agent(governor)[0])
    return [d for d in doers if d is not None and d.pos_ != "PRON"]


def armed_sentence(tok: Token, aimed: Token | None = None,
                   grounds: frozenset[int] = frozenset()) -> bool:
    """Whether a word's sentence speaks of violence, a weapon or an armed actor ("gunmen",
    "General X"): an attack there may be force whoever launches it; an armed body only
    attacked (``aimed``: "Rep. Jordan attacked the FBI over ...") or named in the attack's
    grounds ("over the raid") is no sign of arms."""
    if violent(tok, grounds):
        return True
    spared = set(range(aimed.left_edge.i, aimed.right_edge.i + 1)) if aimed is not None else (
        set())
    spared |= grounds
    return any(t.i != tok.i and t.i not in spared and (is_weapon(t) or t.pos_ in (
        "NOUN", "PROPN") and t.dep_ != "compound" and coded_sector(t) in (
        lexicon.ARMED_DOER_SECTORS)) for t in tok.sent)


def coded_sector(tok: Token) -> str | None:
    """The sector the actor coder gives a word's phrase ("the Taliban" -> REB, "supplies" ->
    None): whether a common noun names an actor at all."""
    phrase = tok.doc[tok.left_edge.i:tok.i + 1].text
    ref = code_phrase_cached(phrase)
    return ref.sector if ref is not None else None


def violent(tok: Token, spared: frozenset[int] = frozenset()) -> bool:
    """Whether the sentence speaks of bodily violence ("killed", "gunmen", "a knife") in a word
    other than the one judged ("would beat Trump", "his verbal assault" are no evidence) and
    those ``spared`` (an attack's stated grounds)."""
    return any(t.lemma_.lower() in lexicon.VIOLENCE_WORDS for t in tok.sent
               if t.i != tok.i and t.i not in spared)


def named_doer(tok: Token) -> bool:
    """Whether the verb's doer is a named person or a pronoun, or none is said ("to hammer X")."""
    subject = subject_and_agent(tok)[0]
    return subject is None or subject.ent_type_ == "PERSON" or subject.pos_ == "PRON" or (
        candidate_name(subject))  # "Trump attacked Clinton": the tagger's ORG is the person


def retort(tok: Token, code: str) -> bool:
    """"shot back that ...", "fired back that ...": a force verb with a clause is a reply;
    not a gerund clause ("attacked farmers harvesting olives": the parser's subject is hit)."""
    return code[:2] == "19" and any(c.dep_ == "ccomp" and c.tag_ != "VBG" for c in tok.children)


def turned_down_no_ask(tok: Token) -> bool:
    """"turned it down", "turned down the heating": no ask rejected; "turned down a U.S.
    request" rejects (120)."""
    return tok.lemma_.lower() == "turn" and verb_particle(tok) == "down" and not any(
        c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in lexicon.TURNED_DOWN_ASKS
        for c in tok.children)


def struck_down(tok: Token) -> bool:
    """"the court struck down a law": a ruling, not an attack."""
    return tok.lemma_.lower() == "strike" and verb_particle(tok) == "down" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in lexicon.RULING_OBJECTS for c in tok.children)


def name_calling(tok: Token) -> bool:
    """"called it a great meeting": naming, no appeal or call; an insult is criticism."""
    return names_something(tok) and not insult_named(tok)


def insult_named(tok: Token) -> bool:
    """"called Clinton a liar": a name of blame given to someone is criticism (111)."""
    return insulted(tok) is not None


def insulted(tok: Token) -> Token | None:
    """Whom "called Clinton a liar" or "called Trump a con artist" gives a name of blame."""
    if tok.lemma_.lower() != "call":
        return None
    named = [c for c in tok.children if c.dep_ in ("oprd", "xcomp", "ccomp", "attr", "dobj")
             and c.i > tok.i]
    named += [a for c in named if c.dep_ == "dobj" for a in c.children
              if a.dep_ == "appos"]  # "called the ambassador a very stupid guy": the name
    # parsed as the object's apposition
    insults = [c for c in named if any(
        w.lemma_.lower() in lexicon.INSULT_WORDS or w.lower_ in lexicon.INSULT_WORDS
        for w in (c, *(m for m in c.children if m.dep_ in ("amod", "compound", "acomp"))))]
    called = [c for c in named if c not in insults] + [
        m for c in insults for m in c.children if m.dep_ in ("nmod", "poss") and m.i < c.i]
    return next((c for c in called if _someone_called(c)), None) if insults else None
    # "called Trump a con artist", parsed as "Trump" modifying the name


def _someone_called(tok: Token) -> bool:
    """Whether a word names someone to be called names ("Clinton", "him", "the senator"),
    not a thing ("it", "the plan")."""
    return tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or tok.lower_ in (
        "him", "her", "them") or candidate_name(tok) or (
        tok.pos_ == "NOUN" and coded_sector(tok) is not None)


def names_something(tok: Token) -> bool:
    """"called the remarks racist", "called it a great meeting": a name given, no appeal."""
    if tok.lemma_.lower() != "call" or verb_particle(tok) is not None:
        return False
    if any(c.dep_ == "oprd" for c in tok.children):
        return True  # the parser's object predicate: "called X a liar"
    has_object = any(c.dep_ == "dobj" for c in tok.children)
    return has_object and any(c.dep_ in ("xcomp", "ccomp") and c.pos_ in (
        "ADJ", "NOUN", "PROPN") for c in tok.children)


def named_object(tok: Token) -> bool:
    """The object of name-calling ("called the attack a terrorist act") is named, not asked."""
    return tok.dep_ == "dobj" and names_something(tok.head)


def other_object_sense(tok: Token) -> bool:
    """A verb whose object is not what its code names ("signed autographs", "signed a bill")."""
    lemma = tok.lemma_.lower()
    senses = lexicon.OBJECT_SENSES.get(lemma)
    nonsenses = lexicon.OBJECT_NONSENSES.get(lemma, frozenset())
    if senses is None and not nonsenses:
        return False  # most verbs have one sense whatever their object
    objects = [c.lemma_.lower() for c in tok.children if c.dep_ in ("dobj", "nsubjpass")
               and not (lemma in lexicon.OWN_DOING_VERBS and _others(c))]
    objects += [o.lemma_.lower() for c in tok.children if c.dep_ == "dobj" and (
        c.pos_ in ("ADJ", "NUM", "PRON") or c.lemma_.lower() in lexicon.PART_WORDS)
        for o in (prep_object(c, ("of",)),) if o is not None]  # "struck many of the same
    # notes": the notes
    if any(c.dep_ == "prt" and c.lower_ == "up" for c in tok.children):
        objects += [g.lemma_.lower() for c in tok.children if c.dep_ == "prep" and c.lower_ in (
            "to", "for") for g in c.children if g.dep_ == "pobj"]  # "signed up for a class"
    clause = tok
    while clause.dep_ == "conj" and clause.head.i != clause.i and not any(
            c.dep_ == "dobj" for c in tok.children):
        clause = clause.head  # "emails that Carter sent or received": the clause's verb
    relative = any(c.dep_ == "dobj" and c.lower_ in lexicon.RELATIVES for c in clause.children)
    if (clause.dep_ == "acl" and (clause.tag_ == "VBN" or relative)) or (
            clause.dep_ == "relcl" and not any(
                c.dep_ == "dobj" and c.lower_ not in lexicon.RELATIVES
                for c in clause.children)):  # "the coverage it has given X", "that he sent"
        objects.append(clause.head.lemma_.lower())  # "a bill signed by the minister"
        before = clause.doc[clause.i - 1] if clause.i > clause.sent.start else clause
        if clause.dep_ == "acl" and before.pos_ == "NOUN":
            objects.append(before.lemma_.lower())  # "students of the school attended by X":
            # the parser may hang the participle on the head of the noun it follows
    if nonsenses.intersection(objects) and not (
            lemma in lexicon.IMPACT_VERBS and armed_sentence(tok)):
        return True  # "hit the campaign trail", not "air strikes hit targets near Raqqa"
    return senses is not None and bool(objects) and not senses.intersection(objects)


def _others(obj: Token) -> bool:
    """Whether an object is someone else's doing ("defended the government's decision"), not
    one's own ("defended his record"): a possessor that is no pronoun."""
    return any(c.dep_ == "poss" and c.pos_ != "PRON" for c in obj.children)


def asked_by_nobody(tok: Token) -> bool:
    """A bare passive appeal verb ("when asked about X") names no one who appeals."""
    if tok.lemma_.lower() not in lexicon.PASSIVE_NO_DOER or tok.tag_ != "VBN":
        return False
    return not any(c.dep_ in ("agent", "nsubj") for c in tok.children)


def campaign_rally(tok: Token, owner: Token | None) -> bool:
    """A rally of a person ("his rallies", "a Trump rally") or of a campaign: no protest."""
    if tok.lemma_.lower() not in lexicon.CAMPAIGN_EVENT_NOUNS:
        return False
    if tok.head.lower_ == "at":
        return True  # "spoke at a rally": a venue, not the act
    if owner is not None and (owner.lower_ in ("his", "her") or owner.ent_type_ == "PERSON"
                              or owner.lemma_.lower() in lexicon.RACE_RIVALS
                              or candidate_name(owner)):  # "Rubio's big Hialeah rally"
        return True  # "their rally against the government" is a group's protest
    if tok.head.lower_ in ("during", "for", "to") and any(t.lower_ in lexicon.CONTEST_WORDS or (
            t.dep_ == "nsubj" and candidate_name(t)) for t in tok.sent):
        return True  # "Trump coined the phrase during a rally in Watertown": a candidate's
    holder = subject_and_agent(tok.head)[0] if tok.dep_ == "dobj" else None
    if holder is not None and candidate_name(holder) and (
            coded_sector(holder) not in lexicon.ARMED_DOER_SECTORS):
        return True  # "Trump held a rally in Tampa", "Sanders visited X, holding a rally"
    return any(t.lower_ in lexicon.CAMPAIGN_WORDS or person_compound(t) for t in tok.children)


def surname_word(tok: Token) -> bool:
    """A prominent lone surname, which the tagger often takes for a common noun or a body
    ('Trump held a rally'): a politician of the knowledge base's lone-surname list."""
    return tok.pos_ in ("NOUN", "PROPN") and tok.ent_type_ in ("", "ORG", "PERSON") and (
        tok.i + 1 == tok.sent.end or tok.nbor().pos_ != "PROPN") and prominent_surname(tok.text)


def candidate_name(tok: Token) -> bool:
    """A politician's name as subject: a person, a coded politician, or a lone surname the
    tagger calls an organisation and the knowledge base does not know ("Trump" as ORG); not
    a group the knowledge base codes ("Hamas")."""
    if surname_word(tok):
        return True
    if tok.pos_ != "PROPN":
        return False
    sector = coded_sector(tok)
    if tok.ent_type_ == "PERSON" or sector in lexicon.POLITICAL_DOER_SECTORS:
        return True
    return tok.ent_type_ == "ORG" and sector is None and not any(
        c.dep_ == "compound" for c in tok.children) and not tok.text.isupper()


def person_compound(tok: Token) -> bool:
    """A person's name before a noun ('a Clinton rally'), not a group's ('a Hamas rally')."""
    return tok.dep_ == "compound" and tok.ent_type_ == "PERSON"


def loose_threat(tok: Token) -> bool:
    """"the threat of terrorism", "treated him as a threat": no one issues a threat."""
    if tok.lemma_.lower() not in lexicon.LOOSE_THREAT_NOUNS:
        return False
    if any(c.dep_ == "poss" for c in tok.children) or prep_object(tok, ("by",)) is not None:
        return False
    governor = governing_verb(tok)
    return governor is None or governor.lemma_.lower() not in lexicon.LIGHT_VERBS


def verbal_attack_noun(tok: Token) -> bool:
    """An attack noun in words ("Twitter attacks", "his attacks on a judge"), no violence near."""
    if tok.lemma_.lower() not in lexicon.VERBAL_ATTACK_VERBS or violent(tok):
        return False  # "political attacks ..., killing five" are force
    if any(c.dep_ in ("amod", "compound") and c.lower_ in lexicon.VERBAL_ATTACK_MODIFIERS
           for c in tok.children):
        return True
    personal = any(c.dep_ == "poss" and (c.lower_ in ("his", "her") or c.ent_type_ == "PERSON")
                   for c in tok.children) and (any(  # "escalated his attacks ... in a tweet"
        t.lemma_.lower() in lexicon.SPEECH_VENUES for t in tok.sent) or not armed_sentence(
        tok))  # "the substance of her attack": no arms near, words
    return personal or political_object(tok) or (
        political_doer(tok, governing_verb(tok)) and not armed_sentence(tok))
    # "faced increasing attacks from Bush and Kasich": a politician's attacks are words


def election_race(tok: Token) -> bool:
    """"challenging the incumbent in the primary", "battling his rival for the seat": a race
    between candidates, no conflict between actors (no violence in the sentence)."""
    lemma = tok.lemma_.lower()
    if lemma not in lexicon.RACE_VERBS or any(c.dep_ == "prt" and c.lower_ == "up"
                                               for c in tok.children):
        return False  # "beat up an opposition candidate": blows, never a race
    if any(c.dep_ == "prep" and c.lower_ == "by" and any(
            g.lower_ in lexicon.MARGIN_WORDS for g in c.subtree) for c in tok.children):
        return True  # "beat the Ohio senator by 12 points": a margin of votes
    if violent(tok):
        return False
    subject = subject_and_agent(tok)[0]
    if subject is not None and subject.pos_ != "PRON" and (
            coded_sector(subject) in lexicon.ARMED_DOER_SECTORS):
        return False  # "the army defeated the rebel commander": no candidate races
    crowd = subject is not None and subject.lower_ in lexicon.SIGNALLING_CROWDS
    if not crowd and any(t.lemma_.lower() in lexicon.CONTEST_WORDS
                         or t.lower_ in lexicon.CONTEST_WORDS for t in tok.sent):
        return not armed_sentence(tok)  # "would beat Trump by five points", "pulled within";
        # "supporters of the candidates clashed" is a crowd's fight
    rivals = [c for c in tok.children if c.dep_ == "dobj"] + [
        g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("against", "with")
        for g in c.children if g.dep_ == "pobj"]
    if not any(r.ent_type_ == "PERSON" or r.lemma_.lower() in lexicon.RACE_RIVALS | (
            lexicon.VOTE_RIVALS) for r in rivals):
        return False
    if lemma in lexicon.WIN_VERBS and subject is not None and not armed_sentence(tok) and any(
            r.ent_type_ == "PERSON" for r in rivals):
        return True  # "the strategist who helped defeat Romney in 2012": a person beaten
    return any(t.lemma_.lower() in lexicon.ELECTION_WORDS for t in tok.sent)




def classifier_noun(tok: Token) -> bool:
    """An event word that only classifies its head ("riot police"): no event of its own."""
    return tok.dep_ == "compound" and tok.head.lower_ in CLASSIFIED_HEADS


def copular_noun(tok: Token) -> bool:
    """"X is a threat to Y", "it was an attack on ...", "criticized the law as an attack on
    press freedom": a description, no act by X."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "as" and tok.head.head.pos_ == "VERB":
        return not described_event(tok.head.head)  # what a verb calls something is a verdict
        # on it, no second act
    return tok.dep_ == "attr" and tok.head.lemma_ == "be" and lexicon.NOUN_CODES.get(
        tok.lemma_.lower(), "")[:2] in ("13", "11")


def described_event(verb: Token) -> bool:
    """"were hurt in what witnesses described as a brutal crackdown by X": a free relative
    after a preposition names the event the clause tells by the words of its describers."""
    return verb.dep_ == "pcomp" and any(c.lower_ == "what" and c.dep_ in (
        "dobj", "nsubj", "nsubjpass") for c in verb.children)


def signal_sent(tok: Token) -> bool:
    """"sent a clear message to Washington", "voters sent a message": a signal, no contact
    (a message "of condolence" or a leader's letter is one)."""
    if tok.lemma_.lower() not in ("send", "deliver"):
        return False
    sent = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if sent is None or sent.lemma_.lower() not in lexicon.SIGNAL_NOUNS:
        return False
    if any(c.dep_ == "amod" and c.lemma_.lower() in lexicon.SIGNAL_ADJECTIVES
           for c in sent.children):
        return True
    subject = subject_and_agent(tok)[0]
    if subject is None:
        return False
    sides = [subject, *(c for c in subject.children if c.dep_ == "conj")]
    return any(s.lower_ in lexicon.SIGNALLING_CROWDS for s in sides) or (
        subject.pos_ == "NOUN" and not subject.ent_type_ and coded_sector(subject) is None)
        # "the big participation in the strike and the crowds ... sent a message": no sender


def blame_misread(tok: Token) -> bool:
    """"a car slammed into the crowd", "protesters ripped down posters", "a blast ripped
    through X": a word of blame ("slammed NATO for ...") with a particle, a weapon as doer, or
    no actor, person or political thing aimed at is a blow or damage, no criticism."""
    if tok.lemma_.lower() not in lexicon.BLAME_VERBS:
        return False
    subject = subject_and_agent(tok)[0]
    if verb_particle(tok) not in (None, "into") or is_weapon(subject):
        return True
    aimed = next((c for c in tok.children if c.dep_ == "dobj"), None) or prep_object(
        tok, ("into",))
    if aimed is None or (aimed.dep_ == "pobj" and violent(tok)):
        return True  # "slammed into the crowd, killing ten"
    if aimed.dep_ == "dobj" and any(c.dep_ == "poss" and (
            c.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or candidate_name(c))
            for c in aimed.children):
        return False  # "Obama slams GOP's 'doom and despair'": what an actor says or does
    if armed_blow(tok):
        return True  # "militants blasted a checkpoint with rockets": force, no criticism
    speaker = subject is not None and (subject.ent_type_ == "PERSON" or candidate_name(subject))
    return not (aimed.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or (
        aimed.lemma_.lower() in lexicon.NOUN_CODES) or (coded_sector(aimed) is not None and (
            aimed.dep_ == "dobj" or speaker)) or aimed.pos_ == "PRON"  # "Cruz ripped into the
        # Treasury secretary" (a person's words), not "a truck ripped into police officers"
        or aimed.lemma_.lower() in (
        lexicon.POLITICAL_TARGET_WORDS | lexicon.RULING_OBJECTS | lexicon.BLAMED_THINGS))


def armed_blow(tok: Token) -> bool:
    """Whether a verb's "with" names a weapon ("blasted a checkpoint with rockets"): force."""
    aimed = next((c for c in tok.children if c.dep_ == "dobj"), None)
    means = prep_object(tok, ("with",)) or (
        prep_object(aimed, ("with",)) if aimed is not None else None)
    return means is not None and (is_weapon(means) or means.lemma_.lower() in lexicon.WEAPONS)


def no_appeal_asked(tok: Token) -> bool:
    """"asked about the emails", "'Why ...?' asked Bennett", "the firm advises corporations":
    a question or counsel, no appeal; one needs a thing asked for ("asked for $2 billion",
    "asked the UN's help") or an act ("asked X to leave", "advised that X stop")."""
    if tok.lemma_.lower() not in lexicon.ASKING_VERBS:
        return False
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in ("for", "against"):
            return False
        if child.dep_ in ("xcomp", "ccomp") and child.i > tok.i and (
                to_verb(child)
                or that_marked(child)):
            return False
        if child.dep_ == "dobj" and (child.lemma_.lower() in lexicon.ASKED_THINGS
                                     or child.lemma_.lower() in lexicon.NOUN_CODES):
            return False
    return True


def _partner_by_phone(tok: Token) -> Token | None:
    """The partner the parser hung on the means of a talk ("spoke by telephone with X",
    "talked over the phone to X")."""
    return next((p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("by", "over", "on")
                 for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in (
                     lexicon.PHONE_WORDS)
                 if (p := prep_object(g, ("with", "to"))) is not None), None)


def partnerless_talk(tok: Token) -> bool:
    """"talked about global warming", "talked politics on Fox", "the cabinet met on Sunday":
    talk with no one named, no joint subject ("X and Y talked") and no plural one, or one
    body meeting by itself, is speech or a sitting, no meeting (040)."""
    if tok.lemma_.lower() not in lexicon.TALK_VERBS | lexicon.MEET_VERBS:
        return False
    met = prep_object(tok, ("with",))
    if met is not None and met.lower_ in lexicon.OWN_STAFF_WORDS and any(
            c.dep_ == "poss" and c.pos_ == "PRON" for c in met.children):
        return True  # "the president met with his advisers": his own staff, no partner
    # "spoke out against the bill" is criticism (phrasal_stance); in "discussed the crisis
    # with the minister" the parser hangs the partner on the topic
    if prep_object(tok, ("with", "to", "against")) is not None or any(
            c.dep_ == "dobj" and prep_object(c, ("with",)) is not None for c in tok.children):
        return False
    if _partner_by_phone(tok) is not None:
        return False  # "spoke by telephone with Raisi": the parser hangs him on the phone
    if tok.dep_ in ("xcomp", "advcl") and any(c.dep_ == "dobj" and (
            c.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or coded_sector(c) is not None)
            for c in tok.head.children):
        return False  # "called Merkel to discuss the crisis": the one called is met
    if any(c.dep_ == "dobj" and (c.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or (
            coded_sector(c) is not None)) for c in tok.children):
        return False
    subject = subject_and_agent(tok)[0]
    if tok.lemma_.lower() in lexicon.GATHER_VERBS and subject is not None and (
            subject.lower_ in lexicon.SIGNALLING_CROWDS - lexicon.PROTESTER_WORDS):
        return True  # "supporters who gathered outside the commission": a crowd, no meeting
    if tok.lemma_.lower() in lexicon.MEET_VERBS and (subject is None or subject.lower_ not in (
            lexicon.ONE_BODY_NOUNS)):
        return False  # "the two leaders met", "Obama met in Geneva with ...": a meeting
    return subject is not None and not subject.conjuncts and subject.tag_ not in (
        "NNS", "NNPS") and subject.lower_ not in ("they", "we")


def poll_share(tok: Token) -> bool:
    """"supported by an average of 13 percent", "garners 41 percent support": a poll's share,
    no act of support (050)."""
    support = tok.lemma_.lower() in lexicon.SUPPORT_WORDS or any(
        c.dep_ == "dobj" and c.lemma_.lower() in lexicon.SUPPORT_WORDS for c in tok.children)
    return support and any(t.lower_ in lexicon.POLL_SHARE_WORDS for t in tok.sent)


def campaign_money(tok: Token) -> bool:
    """"donated $2,400 to Ayotte", "provided improper campaign donations to candidates": money
    for a campaign or a candidate, no aid (070); aid goes to states, peoples and groups."""
    if tok.lemma_.lower() not in lexicon.AID_GIVING_VERBS:
        return False
    given = [c for c in tok.children if c.dep_ in ("dobj", "dative") or (
        c.dep_ == "prep" and c.lower_ in ("to", "for"))]  # not "ahead of the vote"; any giver
    if any(t.lower_ in lexicon.CAMPAIGN_MONEY_WORDS or t.lemma_.lower() in (
            lexicon.CAMPAIGN_MONEY_WORDS) for c in given for t in c.subtree):
        return True
    given_to = prep_object(tok, ("to",)) or next(
        (c for c in tok.children if c.dep_ == "dative"), None)
    if tok.lemma_.lower() in ("donate", "contribute") and given_to is None and not any(
            c.dep_ == "dobj" for c in tok.children):
        return True  # "the people who are donating", "X contributed from Albuquerque"
    if tok.lemma_.lower() == "contribute" and given_to is not None and not any(
            c.dep_ == "dobj" for c in tok.children) and not given_to.ent_type_ and (
            coded_sector(given_to) is None):
        return True  # "how much Trump contributed to the city's financial ruin": a cause
    if given_to is None or tok.lemma_.lower() != "donate" and not any(
            c.dep_ == "dobj" and c.ent_type_ == "MONEY" for c in tok.children):
        return False  # "donated goods", "gave $5 million in aid": aid, whoever it goes to
    return given_to.ent_type_ == "PERSON" or coded_sector(given_to) in (
        lexicon.CANDIDATE_SECTORS)  # "donated $2,400 to Ayotte", "gave Ayotte $1,200"


def court_plea(tok: Token) -> bool:
    """"pleaded guilty to mishandling documents": a plea in court, no appeal (020)."""
    return tok.lemma_.lower() == "plead" and any(
        t.lower_ in lexicon.PLEAS for t in tok.subtree if t.i > tok.i and t.i - tok.i <= 3)


def legal_appeal(tok: Token) -> bool:
    """"appealed the conviction", "appealed against the ruling to a higher court": an appeal
    of a judgment or to a court is a step in court, no plea to a political actor (020)."""
    if tok.lemma_.lower() != "appeal":
        return False
    aimed = [c for c in tok.children if c.dep_ == "dobj"]
    aimed += [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("against", "to")
              for g in c.children if g.dep_ == "pobj"]
    return any(a.lemma_.lower() in lexicon.JUDGMENT_WORDS for a in aimed)


def stative_support(tok: Token) -> bool:
    """"young women who support Sanders", "delegates now supporting Clinton", "Hassan also
    supported the effort": people's or politicians' support is a stance, no act (050); a
    state's, a government's or an agency's support, or a pledge of support, is one."""
    if tok.lemma_.lower() not in lexicon.STANCE_SUPPORT_VERBS or tok.pos_ != "VERB" or (
            verb_particle(tok) is not None):  # "backed down", "backed off" are no support
        return False
    if any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll", "wo") for c in tok.children):
        return False  # "will support the resolution": a pledge (032)
    subject, agent, passive = subject_and_agent(tok)
    doer = agent if passive else subject  # "rebels supported by Turkey": Turkey supports
    if tok.dep_ == "acl" and tok.tag_ == "VBG":
        doer = tok.head  # "159 superdelegates already supporting Clinton"
    if doer is not None and doer.pos_ == "PRON":
        doer = _speaker(tok)  # "Other candidates said they support charter schools"
    if doer is None or doer.pos_ == "PRON":
        return False
    backed = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if backed is not None and _named(backed) and tok.dep_ != "acl" and (
            _named(doer) or coded_sector(doer) in lexicon.BODY_SUPPORT_SECTORS):
        return False  # "Pate supported Charlie Crist", "the union supported Clinton": 05x
    return doer.ent_type_ not in ("GPE", "NORP") and coded_sector(doer) not in (
        lexicon.STATE_SUPPORT_SECTORS)


def _speaker(tok: Token) -> Token | None:
    """Who says the clause a verb heads ("X said they support Y": X), if a say-verb reports
    it; a pronoun's speaker is the one the stance is told of."""
    if tok.dep_ not in ("ccomp", "parataxis") or tok.head.lemma_.lower() not in SAY_VERBS:
        return None
    return subject_and_agent(tok.head)[0]


def _named(tok: Token) -> bool:
    """Whether a word names a person or a body ('Crist', 'the AFL-CIO'), not people at large."""
    return tok.ent_type_ in ("PERSON", "ORG") or tok.pos_ == "PROPN"


def opinion_agreement(tok: Token) -> bool:
    """"Investors seem to agree: ...", "agrees with X that Cruz is the best candidate": agreeing
    with a view, nothing agreed to or on, is no agreement (030); "agreed to a ceasefire",
    "agreed on a plan", "X and Y agreed" are."""
    if tok.lemma_.lower() not in lexicon.OPINION_AGREE:
        return False
    on = prep_object(tok, ("on", "upon"))
    if on is not None and on.lemma_.lower() in lexicon.VIEW_WORDS:
        return True  # "both sides agreed on one thing: abortion will ...": a view shared
    if any(c.dep_ in ("xcomp", "dobj") or (c.dep_ == "prep" and c.lower_ in (
            "to", "on", "upon", "over")) for c in tok.children):
        return False
    view = next((c for c in tok.children if c.dep_ in ("ccomp", "parataxis")), None)
    if view is not None and view.lemma_ == "be":
        return True  # "analysts agree that winning will be hard": a judgement shared
    if view is not None and any(a.dep_ == "aux" and a.lower_ in lexicon.FORECAST_MODALS
                                for a in view.children):
        return False  # "agreed that talks would resume": a commitment
    subject = subject_and_agent(tok)[0]
    joint = subject is not None and (bool(subject.conjuncts) or subject.tag_ in ("NNS", "NNPS")
                                     and prep_object(tok, ("with",)) is None and view is None)
    return not joint or (subject is not None and subject.lower_ in lexicon.OPINION_HOLDERS)


def no_recognition(tok: Token) -> bool:
    """"recognized how absurd that would be", "would recognize that he was not going to ...":
    knowing, no recognition (054) of a state or a government, which needs an object."""
    return tok.lemma_.lower() in lexicon.RECOGNITION_VERBS and not any(
        c.dep_ in ("dobj", "nsubjpass") for c in tok.children) and not (
        tok.dep_ == "acl" and tok.tag_ == "VBN")


def as_opposed_to(tok: Token) -> bool:
    """"as opposed to defending her record": a contrast, no opposition (120)."""
    return tok.lemma_.lower() == "oppose" and tok.i > tok.sent.start and (
        tok.doc[tok.i - 1].lower_ == "as")


def called_out_or_asked_to_know(tok: Token) -> bool:
    """"called them on it" (challenged them), "demanded to know whether ...": a challenge or a
    question, no appeal or demand."""
    lemma = tok.lemma_.lower()
    if lemma == "call":
        on = prep_object(tok, ("on",))
        return on is not None and on.lower_ in ("it", "that", "this") and any(
            c.dep_ == "dobj" for c in tok.children)
    return lemma in ("demand", "ask", "want") and any(
        c.dep_ == "xcomp" and c.lemma_.lower() == "know" for c in tok.children)


def phrasal_stance(tok: Token) -> str:
    """The code of a stance a verb tells with a particle, object or preposition ("spoke out
    against the bill", "took aim at Trump", "came out for Clinton", "came to the defense of
    X"); "" if none, or where arms are near ("troops went after the gunmen")."""
    found = _stance(tok)
    if found is None or (tok.lemma_.lower() in lexicon.PHYSICAL_STANCE_VERBS and (
            armed_sentence(tok) or not _someone(found[1]))):
        return ""  # "went after the rebound", "went after the cartel's finances"
    return found[0]


def _someone(tok: Token) -> bool:
    """Whether a word names an actor or a political thing ("Trump", "the GOP", "the
    senator's record"), not a ball or money."""
    return tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or tok.pos_ in ("PROPN", "PRON") or (
        tok.lemma_.lower() in lexicon.POLITICAL_TARGET_WORDS | lexicon.POLITICAL_THINGS) or (
        coded_sector(tok) is not None)


def stance_target(tok: Token) -> Token | None:
    """Whom a phrasal stance is aimed at: the object of its preposition ("of his son-in-law")."""
    found = _stance(tok)
    return found[1] if found is not None else None


def _stance(tok: Token) -> tuple[str, Token] | None:
    """A phrasal stance's code and the object of its preposition, if the verb tells one."""
    stances = lexicon.PHRASAL_STANCES.get(tok.lemma_.lower())
    if stances is None:
        return None
    middles = [c for c in tok.children if c.dep_ in ("prt", "dobj")]
    middles += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "to"
                for g in c.children if g.dep_ == "pobj"]  # "came to the defense of"
    words = {m.lemma_.lower() for m in middles} | {m.lower_ for m in middles} | {""}
    for word in (tok, *middles):
        for prep in (p for p in word.children if p.dep_ == "prep"):
            aimed = next((g for g in prep.children if g.dep_ == "pobj"), None)
            code = next((code for (middle, p), code in stances.items()
                         if middle in words and p == prep.lower_), "")
            if code and aimed is not None:
                return code, aimed
    for middle in middles:  # "rallied to the president's defense": the possessor is "of" him
        owner = next((c for c in middle.children if c.dep_ == "poss"), None)
        code = stances.get((middle.lemma_.lower(), "of"), "")
        if code and owner is not None:
            return code, owner
    return None


def office_held(tok: Token) -> bool:
    """"Sheila Bair headed the FDIC", "heads a project": an office held, no act."""
    return tok.lemma_.lower() in lexicon.OFFICE_VERBS and any(
        c.dep_ == "dobj" for c in tok.children)


def courted_audience(tok: Token) -> bool:
    """"will appeal to her base", "persuade undecided voters": a campaign courting voters,
    no appeal to or support of an actor."""
    if tok.lemma_.lower() not in lexicon.COURTING_VERBS or any(
            c.dep_ in ("xcomp", "ccomp") for c in tok.children):
        return False  # "urged his supporters to take to the streets": an appeal for an act
    aimed = [c for c in tok.children if c.dep_ == "dobj"]
    aimed += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "to"
              for g in c.children if g.dep_ == "pobj"]
    return any(a.lower_ in lexicon.AUDIENCE_WORDS for a in aimed)
