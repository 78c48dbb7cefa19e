"""Find event predicates and their roles in one parsed sentence (the spaCy-facing part).

Predicates are verbs, event nouns ("talks with", "a visit to") and commitment adjectives
("willing to talk"); source and target come from subject, object, prepositional and
passive-agent roles. Results are plain ``Frame`` records; no spaCy object leaves this module.
Participant readers live in roles.py, word senses and aim fixes in senses.py, shared parse
helpers in syntax.py and political senses in politics.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from storyline.actors import kb
from storyline.actors.coding import is_agent_word
from storyline.events import lexicon
from storyline.events.lexicon import (
    AERIAL_WORDS,
    APPEAL_MARKS,
    ATTEMPT_WORDS,
    ATTRIBUTION_PREPS,
    ATTRIBUTION_VERBS,
    BLAST_HEADS,
    BOMB_WORDS,
    BROKEN_NOUNS,
    CALL_OFF_VERBS,
    CALLED_NOUNS,
    COMPLAINT_PREPS,
    CONSEQUENCE_VERBS,
    CONTENT_NOUNS,
    CROWD_DAMAGE_VERBS,
    ERRANDS,
    FIRING_GERUNDS,
    GATHER_VERBS,
    KILL_VERBS,
    LATER_WORDS,
    MEASURE_NOUNS,
    MISSILE_VERBS,
    ONSET_VERBS,
    OPERATION_NOUNS,
    ORDER_VERBS,
    OTHER_OWNER_PREPS,
    OWNING_VERBS,
    PLACE_NOUNS,
    RALLY_PREPS,
    RAPE_FORMS,
    REASON_PREPS,
    REFLEXIVES,
    RESPONSIBILITY_NOUNS,
    SAY_VERBS,
    SCENE_PREPS,
    SPELL_NOUNS,
    STREET_NOUNS,
    THREAT_PREPS,
    WAR_NOUNS,
    WITHDRAW_VERBS,
)
from storyline.events.politics import (
    armed_blow,
    as_opposed_to,
    asked_by_nobody,
    blame_misread,
    called_out_or_asked_to_know,
    campaign_money,
    campaign_rally,
    classifier_noun,
    coded_sector,
    copular_noun,
    court_plea,
    courted_audience,
    election_race,
    insult_named,
    insulted,
    legal_appeal,
    loose_threat,
    name_calling,
    named_object,
    no_appeal_asked,
    no_recognition,
    office_held,
    opinion_agreement,
    other_object_sense,
    partnerless_talk,
    phrasal_stance,
    poll_share,
    retort,
    signal_sent,
    stance_target,
    stative_support,
    struck_down,
    turned_down_no_ask,
    verbal_attack,
    verbal_attack_noun,
)
from storyline.events.roles import (
    _CURRENT,
    NAMED_ACTORS,
    NOT_ACTORS,
    PLACE_TYPES,
    TARGET_PREPS,
    Role,
    Span_,
    _event_noun,
    _expand,
    _inner_place,
    _is_named,
    _modality,
    _negated,
    _place,
    _role,
    _through_quantity,
    _tok_span,
)
from storyline.events.senses import (
    _OBJECT_VERBS,
    _aerial,
    _aimed_at,
    _armed_move,
    _ban_code,
    _blast_code,
    _bomb_kind,
    _bought,
    _controller,
    _counted_object,
    _crowd_burning,
    _deal_to_act,
    _dispersing,
    _habitual_offer,
    _has_object_code,
    _helper,
    _live_after_warning,
    _missile_test,
    _object_words,
    _opened_to_displaced,
    _ordered_out,
    _own_means,
    _owner_of_post,
    _price_charge,
    _protest_stop,
    _reaching_agreement,
    _shared_with_nobody,
    _to_clause,
    _to_complement,
    _under_fire,
    _verb_prep_code,
    _warning_shots,
    armed_or_state,
    attack_on_thing,
    conflict_sense,
    curbed_thing,
    expulsion_code,
    freed_to_act,
    fulfilled,
    gift_no_aid,
    grievance_told,
    idle_suspension,
    legal_charge,
    own_regret,
    protest_gathering,
    received_thing,
    removed_code,
    state_taker,
    strike_walkout,
    walked_out,
)
from storyline.events.syntax import (
    PREP_DEPS,
    SUBJECTS,
    background_year,
    clause_subject_object,
    dated,
    dated_by_year,
    equipped_subject,
    forget_subjects,
    given_to_preps,
    governing_verb,
    hyphen_after,
    hyphen_verb_doer,
    infinitival,
    inverted_subject,
    is_place_only,
    is_weapon,
    military_strike,
    noun_lemma,
    participle_modifier,
    prep_object,
    remember_subjects,
    repair_clause_subject_read_as_object,
    repair_counted_people_verb,
    repair_dateline_subject,
    repair_demonym_plurals,
    repair_fired_weapons,
    repair_gerund_subject,
    repair_participle_read_as_conjunct,
    repair_perfect_read_as_modifier,
    repair_reduced_relative_root,
    repair_shot_dead,
    repair_verbs_read_as_modifiers,
    root_noun_subject,
    subject_and_agent,
    that_marked,
    to_verb,
    verb_particle,
)
from storyline.events.verbs import petrarch_verbs
from storyline.nlp.doctext import span_text

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Span, Token


CLAUSE_TARGET_CODES = frozenset({"02", "10", "11", "12", "13"})
COMPLAINT_CODES = frozenset({"11", "14"})  # accuse/complain, protest: aimed at what they are about
AUTHORITY_CODES = frozenset({"15", "16", "17"})  # acts of a state's authorities
COURT_CODES = frozenset({"116"})  # a verdict: by the courts of the place or of the accused
FORCE_CODES = lexicon.FORCE_CODES
VIOLENCE_CODES = lexicon.VIOLENCE_CODES
STANCE_CODES = frozenset({"03", "11", "12"})
# passive acts whose subject stays the source with no agent: own means moved, coercion left
# to the authority rules, states of intent or rejection ("X was deployed", "is opposed to")
SUBJECT_KEPT_CODES = frozenset({"03", "12", "15", "17"})
# participles by which a protest noun names its organizer ("a strike called by the unions")
ORGANIZING_VERBS = lexicon.ORGANIZING_CORE | frozenset({"hold", "wage", "unleash"})
# participle -> prepositions naming its doer, for _participle_doers: the organizer of an event
# noun ("a strike called by the unions"); who is behind an attack or weapon noun ("a landmine
# planted by rebels", "an ambush blamed on Maoist guerrillas")
ORGANIZER_PREPS: dict[str, tuple[str, ...]] = {verb: ("by",) for verb in ORGANIZING_VERBS}
OPERATOR_PREPS: dict[str, tuple[str, ...]] = {verb: ("by",) for verb in lexicon.OPERATING_VERBS}
CLAUSE_DOER_PREPS: dict[str, tuple[str, ...]] = {
    **{verb: ("by",) for verb in lexicon.DEED_DOING_VERBS},
    **{verb: ATTRIBUTION_PREPS for verb in ATTRIBUTION_VERBS}}
# modifiers that make a thing an explosive device ("booby-trapped", "explosives-laden")
DEVICE_MARKS = ("booby", "trapped", "explosive", "rigged")
PLANTED_DEVICES = frozenset({"landmine", "grenade"})  # bomb words name their own act
# nouns of pulling out, coded by what is pulled out ("the withdrawal of peacekeepers": 1661)
WITHDRAW_NOUNS = frozenset({"withdrawal", "pullout"})
# prepositions naming what a noun of cutting cuts: "a suspension of aid", "a reduction in aid",
# "a freeze on military aid", "a halt to talks"
CUT_PREPS = ("of", "in", "on", "to")
INQUIRY_CODE = "090"  # an investigation: news only where reported in its own right
BACKGROUND_PREPS = frozenset({"after", "following"})  # what went before the news told
SANCTION_NOUN_CODES = frozenset({"163"})  # embargoes and sanctions a state imposes on another
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
OWN_MEANS_CODES = frozenset({"08", "15", "16"})  # withdraw, mobilize, reduce relations


@dataclass
class Frame:
    """One predicate with its coded action and participants, before actor coding."""

    code: str
    trigger: str
    trigger_span: Span_
    sources: list[Role] = field(default_factory=list)
    targets: list[Role] = field(default_factory=list)
    place: Role | None = None
    target_alts: list[Role] = field(default_factory=list)  # tried when no target codes
    negated: bool = False
    modality: str | None = None
    own_table: bool = False
    object_target: bool = False  # the targets are the verb's direct object
    nominal: bool = False
    governor_span: Span_ | None = None  # a nominal event's governing verb ("arrived" for visit)
    plover: tuple[str, str | None] | None = None  # PLOVER type/mode named by the codebook itself
    reciprocal: bool = False
    conditional: bool = False  # "unless ...", or "if ..." on coercion or force: a threat
    thing_object: bool = False  # a commitment to a thing ("accepted the job"), unless an actor
    purpose: bool = False  # done to do a coded act ("summoned X to complain"): that act leads
    implied_doer: bool = False  # "X was detained": X undergoes it; an unnamed authority did it
    others_protest: bool = False  # a protest stopped, not named as the doer's own (080)
    light_governor: bool = False  # a nominal event held by a light verb ("staged a sit-in")
    # how far the reported trigger reaches beyond trigger_span, (start, end) deltas: the words
    # that name the act around a harm verb ("an air strike on a market killed", "killed when
    # their truck hit a landmine"), reported only; the rules read the verb's own trigger
    told_reach: tuple[int, int] = (0, 0)


def _word_pattern(words: frozenset[str]) -> re.Pattern[str]:
    """One regex matching any of the words whole (domain cues in a sentence's text)."""
    return re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, words))) + r")\b")


DOMAIN_RE = _word_pattern(lexicon.DOMAIN_WORDS)
WEAK_DOMAIN_RE = _word_pattern(lexicon.WEAK_DOMAIN_WORDS)
DOMAIN_CUES = lexicon.DOMAIN_WORDS | lexicon.WEAK_DOMAIN_WORDS
SCORE = re.compile(r"(?<![\d/:-])(?<!\d[.,])\d{1,3} ?[-–] ?\d{1,3}(?![\d/:-]|[.,]\d)")
VICTORY_SCORE = re.compile(  # "crushed Barcelona 4-0": a win by a scoreline, a match
    r"\b(?:" + "|".join(sorted(lexicon.VICTORY_VERBS)) + r")\b[^.;,]{0,40}?\s"
    + SCORE.pattern)


def domain_sentence(sent: Span) -> bool:
    """Whether a sentence reads as sports or show business ("stuffed the quarterback"); a
    person's name is no cue ("handed over arms dealer Viktor Bout")."""
    text = span_text(sent).lower()
    if not domain_text(text):
        return False  # most sentences: no cue, no walk over the tokens
    if any(t.ent_type_ == "PERSON" and t.lower_ in DOMAIN_CUES for t in sent):
        text = "".join(" " * len(t.text_with_ws) if t.ent_type_ == "PERSON" else t.text_with_ws
                       for t in sent).lower()
        return domain_text(text)
    return True


def domain_text(text: str) -> bool:
    """Whether lower-cased text has a strong sports or show cue, or two weak ones."""
    if DOMAIN_RE.search(text) or VICTORY_SCORE.search(text):
        return True
    return len(set(WEAK_DOMAIN_RE.findall(text))) + bool(SCORE.search(text)) >= 2


def frames_in_sentence(sent: Span) -> list[Frame]:
    """Every coded predicate of a sentence with its roles; first re-tags the sentence's
    plurals misread as verbs (syntax.repair_demonym_plurals changes the parse in place, so
    the events stage reads 'Filipino inmates' as a noun phrase from here on)."""
    _CURRENT.start, _CURRENT.text = sent.start_char, span_text(sent)
    words = list(sent)  # one walk for the repairs and the frames (a Span builds its tokens)
    forget_subjects()  # the last sentence's answers: this one's repairs may change its doc
    repair_demonym_plurals(sent, words)  # parse repairs, not detection: extract._sentence_events
    repair_verbs_read_as_modifiers(sent, words)  # could call them before this function with
    repair_fired_weapons(sent, words)  # the same output (not our file)
    repair_shot_dead(sent, words)
    repair_perfect_read_as_modifier(sent, words)
    repair_participle_read_as_conjunct(sent, words)
    repair_clause_subject_read_as_object(sent, words)
    repair_gerund_subject(sent, words)
    repair_reduced_relative_root(sent, words)
    repair_counted_people_verb(sent, words)
    repair_dateline_subject(sent, words)
    remember_subjects(sent.doc)  # the parse is final now: its subjects may be remembered
    found: dict[int, Frame] = {}
    for tok in words:
        frame = _frame_kind(tok)  # most words head none
        if frame is not None:
            found[tok.i] = _mark_reciprocal(frame, tok)
    if len(found) > 1:
        _one_act(sent, found)
    for i, frame in list(found.items()):
        if frame.code in PROTEST_AIM_CODES:
            frame.code += _protest_aim(sent.doc[i])
        elif frame.code[:3] == "183":
            _passing_vehicle(sent.doc[i], frame, found)
        elif frame.code[:2] in VIOLENCE_CODES and not frame.nominal:
            _mine_struck(sent.doc[i], frame)
            if _fired_participle(sent.doc[i], found):
                del found[i]
                continue
        if not frame.nominal and not frame.reciprocal:
            _joint_act(sent.doc[i], frame)
    return list(found.values())


TIE_OBJECTS = frozenset({"ties", "tie", "relations", "relation", "links"})


def _joint_act(tok: Token, frame: Frame) -> None:
    """"Norway and Russia carried out a joint rescue operation", "Peruvian and Bolivian police
    carried out a joint operation": sides that do a thing together cooperate (060) with each
    other; "Russia and Turkey launched the TurkStream pipeline", "Uzbekistan and Tajikistan
    resumed direct flights": two states' cooperative act on a thing is done with each other."""
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None or _is_named(obj) or obj.lower_ in lexicon.PEOPLE_OBJECTS | TIE_OBJECTS:
        return  # done to someone: that one is the target; ties restored go both ways
    subject = subject_and_agent(tok)[0]
    joined = len(frame.sources) > 1 or subject is not None and any(
        c.dep_ == "amod" and any(g.dep_ == "conj" and g.ent_type_ == "NORP" for g in c.children)
        for c in subject.children)  # "Peruvian and Bolivian police"
    if not joined:
        return
    joint = tok.lemma_.lower() in lexicon.JOINT_DOING_VERBS and any(
        t.lower_ in lexicon.JOINT_WORDS for t in (*tok.children, *obj.subtree))  # not
    # "rejected a joint statement by Poland": a thing others made together
    names = {r.head_text for r in frame.sources}
    states = len(frame.sources) > 1 and all(r.entity == "GPE" for r in frame.sources) and not any(
        t.ent_type_ in ("GPE", "NORP") and t.text not in names for c in obj.children
        if c.dep_ not in ("acl", "relcl") for t in c.subtree)  # not "agreed to end their
    # curbs on shipments of Kenyan tea": done for Kenya (a pipeline "linking the Caspian
    # region with China" only tells where it runs)
    if joint and frame.code[:2] not in ("04", "06"):
        frame.code, frame.own_table = "060", True
    if joint or states and frame.code[:2] in lexicon.JOINT_ROOTS:
        frame.reciprocal, frame.targets, frame.target_alts = True, [], []


def _fired_participle(tok: Token, found: dict[int, Frame]) -> bool:
    """"Mortar rounds fired from rebel positions slammed into X": the firing only describes
    the weapon whose blow the sentence's force verb tells, one act."""
    weapon = tok.head
    if tok.dep_ != "acl" or tok.lemma_.lower() not in lexicon.LAUNCHING_VERBS or not (
            is_weapon(weapon)) or weapon.dep_ != "nsubj":
        return False
    act = found.get(weapon.head.i)
    return act is not None and act.code[:2] in VIOLENCE_CODES


def _mine_struck(tok: Token, frame: Frame) -> None:
    """"were killed when their truck hit a landmine": the killing tells the act (190), and its
    trigger reaches the mine the vehicle struck, the words that name how they were killed."""
    for clause in tok.children:
        if clause.dep_ != "advcl" or clause.i < tok.i or clause.lemma_.lower() not in (
                lexicon.DEVICE_MEETING_VERBS) or not any(
                m.lower_ in ("when", "as", "after") for m in clause.children
                if m.dep_ in ("advmod", "mark")):
            continue
        device = next((c for c in clause.children if c.dep_ == "dobj"), None) or prep_object(
            clause, lexicon.DEVICE_MEETING_PREPS)
        if device is not None and device.lemma_.lower() in lexicon.MINE_DEVICES:
            _reach_told(frame, device)
            return


def _passing_vehicle(tok: Token, frame: Frame, found: dict[int, Frame]) -> None:
    """"A landmine exploded when an army truck passed over it near X": the vehicle is the
    bombing's target and its clause the scene, no act of its own (the truck "passed")."""
    clause = next((c for c in tok.children if c.dep_ == "advcl" and any(
        m.lower_ in ("when", "as") for m in c.children if m.dep_ in ("advmod", "mark"))), None)
    vehicle = next((c for c in clause.children if c.dep_ == "nsubj"), None) if clause else None
    if clause is None or vehicle is None or vehicle.lower_ not in lexicon.ROAD_VEHICLES:
        return
    frame.targets = frame.targets or _expand(vehicle)
    frame.place = frame.place or _place(clause)
    found.pop(clause.i, None)


def _told_aim(head: Token) -> list[Token]:
    """The words of an aim phrase in order, without its relative clauses ("the government,
    whom they accuse of curbing freedoms": the accusation is no aim)."""
    words = [head]
    for child in head.children:
        if child.dep_ != "relcl":
            words += _told_aim(child)
    return sorted(words, key=lambda w: w.i)


PROTEST_AIM_CODES = frozenset({"141", "142", "143", "144", "145"})  # each has four aims


def _protest_aim(tok: Token) -> str:
    """The fourth digit of a protest by its stated aim ("rallied demanding the president's
    resignation": 1411, "went on strike over pay": 1432); none where no aim is told."""
    anchors = [tok] if tok.pos_ == "VERB" else [tok, *filter(None, [governing_verb(tok)])]
    anchors += [c for a in anchors for c in a.children if c.dep_ == "dobj"]  # "blocked roads
    # demanding X": the parser may hang the aim on the object
    words: list[Token] = []
    for anchor in anchors:
        for child in anchor.children:
            if child.dep_ in ("advcl", "xcomp", "acl") and (
                    child.lemma_.lower() in lexicon.PROTEST_AIM_VERBS):
                words += [w for w in _told_aim(child) if w.i > child.i]
            elif child.dep_ == "prep" and child.lower_ in lexicon.PROTEST_AIM_PREPS:
                words += _told_aim(child)[1:]
            elif child.dep_ == "prep" and child.lower_ == "in" and any(
                    g.lemma_.lower() == "protest" for g in child.children):
                words += _told_aim(child)[2:]  # "in protest against a new law"
    if not words:
        return ""
    text = " ".join(w.lower_ for w in words)
    if any(phrase in text for phrase in lexicon.PROTEST_LEADER_PHRASES):
        return "1"
    if any(phrase in text for phrase in lexicon.PROTEST_REGIME_PHRASES):
        return "4"
    leader, *others = lexicon.PROTEST_AIMS
    lemmas = [w.lemma_.lower() for w in words]
    if leader[1].intersection(lemmas):
        return leader[0]
    return next((digit for lemma in lemmas for digit, aims in others if lemma in aims), "")


# acts whose participial consequence ("..., killing six") or purpose ("... to demand X") is
# part of them: protests (14), repression (17) and force (18-20)
ACT_ROOTS = frozenset({"14", "17", *VIOLENCE_CODES})
PURPOSE_ROOTS = frozenset({"02", "10"})  # what a protest demands is its aim, no second event


def _one_act(sent: Span, found: dict[int, Frame]) -> None:
    """Drop frames that only continue another's act: its harm, restatement or stated aim."""
    # "ambushed a patrol, killing six", "an air strike killed 12", "marched ... to demand X";
    # the act keeps the victims
    doc = sent.doc
    for i in list(found):
        if i not in found:
            continue
        frame, tok = found[i], doc[i]
        if frame.code == PHONE_CALL_CODE and not frame.nominal:
            for said in _call_purposes(tok):  # "called Lavrov to discuss Syria": one call, its
                if said.lemma_.lower() in lexicon.CALL_PURPOSE_VERBS:  # talk; "phoned X to
                    found.pop(said.i, None)  # warn him" keeps the warning
        if not frame.nominal and frame.code[:2] == "08":
            _imposing_told(tok, frame, found)  # "sanctions imposed on X by Y were lifted"
        lifted = _lifted_measure(tok, frame, found)
        if lifted is not None:
            measure = found.pop(lifted)  # "US sanctions on Iran were lifted": the lifting is
            imposer = _side_before(doc[lifted], measure.code, _state_side_aims(measure.code, True))
            frame.sources = frame.sources or measure.sources or (  # the act, between the
                _expand(imposer) if imposer is not None else [])  # sides of the measure
            frame.targets = frame.targets or measure.targets  # it ends
            continue
        harm_at = _harm_told_in(tok, frame, found)
        if harm_at is not None:
            harm = found.pop(harm_at)  # "were killed in an ambush by Lendu militiamen": the
            if harm.targets:  # ambush is the act told, done to the killed
                frame.target_alts = [*frame.targets, *frame.target_alts]
                frame.targets = harm.targets
            continue
        if _harm_clause(tok, found):
            harm = found.pop(tok.head.i)  # "were killed when gunmen ambushed their convoy":
            frame.target_alts = [*frame.targets, *frame.target_alts]  # the ambush tells the
            frame.targets = harm.targets or frame.targets  # one act, done to the killed
            if tok.head.lemma_.lower() not in lexicon.HARM_VERBS:
                _reach_told(frame, tok.head)  # reported from a harm that names its kind: "was
                # assassinated in Beirut when gunmen sprayed his car"; not "were killed when
                # gunmen ambushed their convoy" (the ambush)
            continue
        if _aspect_gerund(tok, found):
            del found[i]  # "resumed shelling X": the coded "resumed" is the one act
            continue
        told = _told_of_doer(tok, frame, found)
        if told is not None:  # "the explosion that leveled the building killed 100": one
            frame.target_alts = [*frame.target_alts, *told.targets]  # blast, its deed told
            del found[tok.head.head.i]  # first, the victims it left after
            continue
        named = _named_subject(tok, found)
        if named is not None:
            _restated(frame, tok, found, named)
            continue
        act = _continued_act(tok, frame, found)
        if act is None:
            continue
        if (_no_one(act.targets) or _blast_scene(act) or _munitions(act.targets)) and (
                frame.code[:2] in (
                *VIOLENCE_CODES, "17")):  # "used water cannon to break up a march": its aim
            act.target_alts = [*act.targets, *act.target_alts] if frame.targets else (
                act.target_alts)  # "a bomb exploded at a checkpoint, killing five policemen"
            act.targets = frame.targets or act.targets
            act.object_target = frame.object_target
        elif frame.code[:2] in VIOLENCE_CODES or frame.code.startswith("145"):  # "attacked a
            # checkpoint, killing six soldiers", "rioted, setting fire to a checkpoint":
            act.target_alts = [*frame.targets, *act.target_alts]  # the victims if it is no one
        del found[i]


def _imposing_clause(measure: Token, found: dict[int, Frame]) -> int | None:
    """The coded participle that tells how a lifted measure was imposed ("sanctions imposed on
    Tehran by his predecessor"), whose sides are the measure's; None where there is none."""
    for clause in measure.children:
        told = found.get(clause.i) if clause.dep_ in ("acl", "relcl") and (
            clause.lemma_.lower() in lexicon.BAN_IMPOSING_VERBS) else None
        if told is not None and not told.nominal and told.code[:2] in ("16", "17", "19") and (
                told.targets):
            return clause.i
    return None


def _imposing_told(tok: Token, frame: Frame, found: dict[int, Frame]) -> None:
    """A lifted measure whose imposing its clause tells ("sanctions imposed on Tehran by his
    predecessor", "the tariffs it had imposed on India"): that imposing is the measure's, no
    event; the lifting takes its sides."""
    for obj in tok.children:
        imposed = _imposing_clause(obj, found) if obj.dep_ in ("dobj", "nsubjpass") else None
        if imposed is not None:
            told = found.pop(imposed)
            frame.sources = frame.sources or told.sources
            frame.targets = told.targets
            return


def _lifted_measure(tok: Token, frame: Frame, found: dict[int, Frame]) -> int | None:
    """The noun frame of a sanction or blockade that a verb of easing lifts ("US sanctions on
    Iran were lifted", "lifted the UN embargo on Iraq"): not imposed here, only ended; None
    where the verb eases no coded measure."""
    if frame.nominal or frame.code[:2] != "08":
        return None
    for obj in tok.children:
        measure = found.get(obj.i) if obj.dep_ in ("dobj", "nsubjpass") else None
        if measure is not None and measure.nominal and measure.code[:2] in ("16", "17", "19"):
            return obj.i
    return None


def _harm_told_in(tok: Token, frame: Frame, found: dict[int, Frame]) -> int | None:
    """The harm verb whose "in" phrase names the violent act that harmed its victims, the
    act's doer named by its own phrase ("were killed in an ambush by Lendu militiamen", "died
    in fighting between troops and rebels", "were killed in an Israeli air strike"): one act,
    the noun's; None where the noun names no doer apart from the victims."""
    if not frame.nominal or frame.code[:2] not in VIOLENCE_CODES or not frame.sources or (
            tok.dep_ != "pobj" or tok.head.lower_ != "in"):
        return None
    verb = tok.head.head
    harm = found.get(verb.i)
    lemma = verb.lemma_.lower()
    if harm is None or harm.nominal or harm.code[:2] not in VIOLENCE_CODES or (
            lemma not in lexicon.HARM_VERBS and lemma != "die"):
        return None
    victims = {r.head for r in (harm.targets or (harm.sources if lemma == "die" else []))}
    return None if any(r.head in victims for r in frame.sources) else verb.i


def _told_of_doer(tok: Token, frame: Frame, found: dict[int, Frame]) -> Frame | None:
    """The frame of the main verb whose subject a violent verb's relative clause describes,
    coded with the same root ("the explosion that leveled the building killed 100 people"):
    one act told twice of its doer."""
    noun = tok.head
    if tok.dep_ != "relcl" or frame.code[:2] not in VIOLENCE_CODES or noun.dep_ != "nsubj":
        return None
    main = found.get(noun.head.i)
    return main if main is not None and main.code[:2] == frame.code[:2] else None


def _laid_weapon(tok: Token) -> bool:
    """A weapon, or one laid in wait ("a landmine planted by rebels"): what a clause's doer
    uses."""
    return is_weapon(tok) or tok.lemma_.lower() in lexicon.LAID_WEAPONS


def _harm_clause(tok: Token, found: dict[int, Frame]) -> bool:
    """Whether a coded 'when' clause tells the deed by which a coded harm verb's victims
    suffered ("were killed when rebels fired on their patrol"): one act, the clause's, done to
    the harmed (the harm verb takes its doer from the clause)."""
    harm = found.get(tok.head.i)
    if tok.dep_ != "advcl" or harm is None:
        return False
    if _bombing_when(tok, found):
        return True  # "were killed when a bomb exploded at a mosque": the bombing, done to them
    doer = _weapon_layer(tok.head)
    return doer is not None and doer.head.i == tok.i and (
        subject_and_agent(tok.head)[1] is None) and not any(
        c.dep_ == "dobj" and _laid_weapon(c)
        for c in tok.children)  # "when rebels detonated a landmine": both acts are told


def _bombing_when(tok: Token, found: dict[int, Frame]) -> bool:
    """Whether a coded 'when' clause is a bomb going off that harmed an agentless passive's
    victims ("nine soldiers were killed when a roadside bomb exploded near their convoy"),
    its layer unnamed ("a bomb planted by Taliban fighters": the harm keeps their doing)."""
    frame = found.get(tok.i)
    if frame is None or _weapon_layer(tok.head) is not None:
        return False
    bomb = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    _, agent, passive = subject_and_agent(tok.head)
    return bomb is not None and (frame.code[:3] == "183" and (
        bomb.lemma_.lower() in lexicon.BLAST_HEADS) or frame.code[:2] in VIOLENCE_CODES and (
            is_weapon(bomb))) and any(  # "were wounded when mortar rounds slammed into X"
        m.dep_ == "advmod" and m.lower_ == "when" for m in tok.children) and passive and (
        agent is None)


def _gerund_act(verb: Token, code: str) -> bool:
    """Whether a verb of aspect's gerund names an act of another kind by our own tables
    ("began airdropping food": 073, not the dictionary's 062 for 'began ... food'): the
    gerund is the act, the aspect verb none."""
    for gerund in (c for c in verb.children if c.dep_ == "xcomp" and c.tag_ == "VBG"):
        own_code, own = _verb_code(gerund)
        if own and own_code and own_code[:2] != code[:2]:
            return True
    return False


def _aspect_gerund(tok: Token, found: dict[int, Frame]) -> bool:
    """Whether a gerund is the act a coded verb of aspect resumes, goes on with or readies
    ("resumed shelling X", "prepared to resume shelling X"): told once, by that verb."""
    head = tok.head
    return tok.tag_ == "VBG" and tok.dep_ == "xcomp" and head.i in found and (
        head.lemma_.lower() in lexicon.ASPECT_VERBS) and not found[head.i].nominal


def _blast_scene(act: Frame) -> bool:
    """Whether a bombing's target is only where the bomb went off ("exploded at a market"),
    so the people its blast killed are whom it hit."""
    return act.code[:3] == "183" and not act.object_target and not act.nominal and all(
        r.text.lower() not in REFLEXIVES for r in act.targets)


def _munitions(targets: list[Role]) -> bool:
    """Whether an act's only objects are what it fired ("fired live rounds to disperse X")."""
    return bool(targets) and all(t.head_text.lower() in lexicon.MUNITIONS for t in targets)


def _no_one(targets: list[Role]) -> bool:
    """Whether an act has no target but its doer ("blew himself up")."""
    return all(t.text.lower() in REFLEXIVES for t in targets)


def _restated(frame: Frame, tok: Token, found: dict[int, Frame], named: tuple[int, Frame]
              ) -> None:
    """Merge a force verb with the noun naming its act ("a drone strike killed X")."""
    # a subject noun that names its sides keeps the act ("clashes between X and Y killed 20");
    # else the verb keeps its roles and takes the noun's code ("killed X in an attack on Y")
    noun_at, noun = named
    subject = subject_and_agent(tok)[0]
    if noun.sources and subject is not None and subject.i == noun_at:
        noun.targets = noun.targets or frame.targets
        del found[tok.i]
        return  # "killed X in an attack on Y": the verb keeps its doer and victims
    frame.code = noun.code if noun.code != "190" else frame.code
    if subject is not None and subject.i == noun_at and tok.lemma_.lower() in ONSET_VERBS:
        frame.sources = [frame.place] if frame.place is not None else []  # "riots broke out
        # in X": X's rioters, unnamed; never the riots themselves
        frame.own_table = True  # the noun's table codes it, no target needed
    if subject is not None and subject.pos_ == "ADJ":
        by = prep_object(tok.doc[noun_at], ("by",))  # "Heavy shelling by X hit Y": X
        frame.sources = [r for r in noun.sources if r.head_text != subject.text] or (
            _expand(by) if by is not None else [])  # no one named "Heavy"
    if abs(tok.i - noun_at) == 1:  # "strike killed": one predicate; never the victims between
        _join_trigger(frame, tok.doc[noun_at])
    elif _own_phrase_before(tok.doc[noun_at], tok):
        _reach_told(frame, tok.doc[noun_at])  # "an air strike on a market killed": the act's
        # name reported with its harm
    del found[noun_at]


def _own_phrase_before(noun: Token, verb: Token) -> bool:
    """Whether a deed noun comes before its verb with only its own words between ("an air
    strike on a crowded market in Saada killed 29": the strike's phrase)."""
    if noun.i > verb.i:
        return False
    inside = {t.i for t in noun.subtree}
    return all(i in inside for i in range(noun.i + 1, verb.i))


def _own_subject(tok: Token) -> bool:
    """Whether a verb has a subject of its own (not a relative pronoun)."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in ("WDT", "WP")
               for c in tok.children)


# aid given or pledged (070-075, 033): a purpose clause of help only restates the gift
AID_GIVING_CODES = frozenset({"070", "071", "072", "073", "074", "075", "033"})


def _continued_act(tok: Token, frame: Frame, found: dict[int, Frame]) -> Frame | None:
    """The frame whose act this frame's word only continues, or None for an act of its own."""
    root = frame.code[:2]
    if frame.nominal:
        return _scene_of_act(tok, frame, found) or (
            _protest_demand(tok, found) if root in PURPOSE_ROOTS else None)
    if root in REASON_ROOTS:
        return _stated_reason(tok, found)
    riot = frame.code.startswith("145")  # "rioted, smashing windows and setting fire to X"
    aim = root in PURPOSE_ROOTS or frame.code == "140" and infinitival(tok) and (
        found.get(tok.head.i, frame).code == "1422")  # "refused food to protest against X":
    # the protest is the hunger strike's stated aim
    if tok.lemma_.lower() in lexicon.HELP_VERBS and tok.dep_ in ("advcl", "xcomp") and infinitival(
            tok) and (given := found.get(tok.head.i)) is not None and (
                given.code[:3] in AID_GIVING_CODES):
        return given  # "announced humanitarian assistance to help people in Somalia": one gift
    if root == "17" and tok.dep_ in ("advcl", "xcomp") and infinitival(tok):
        aimed_by = found.get(tok.head.i)  # "fired tear gas to disperse the crowd": one act
        if aimed_by is not None and (aimed_by.code[:2] == "17" or (
                aimed_by.code[:2] in VIOLENCE_CODES
                and tok.head.lemma_.lower() in lexicon.AIMED_FIRING_VERBS)):
            return aimed_by  # not "launched operations to detain 110 people": the detentions
    if root not in VIOLENCE_CODES and not aim and not riot:
        return None
    placed = _placed_weapon(tok, found) if root in VIOLENCE_CODES else None
    if placed is not None or _own_subject(tok):
        return placed
    deployment = _deployed_to(tok, found) if root in VIOLENCE_CODES else None
    if deployment is not None:
        return deployment  # "sent warships to encircle Taiwan": a deployment, no attack yet
    head, dep = tok.head, tok.dep_
    if dep == "conj" and tok.tag_ == "VBG" == head.tag_ and head.dep_ in ("advcl", "xcomp"):
        head, dep = head.head, head.dep_  # "..., killing four and wounding 20": one consequence
    holder = found.get(head.i) or next(
        (frame for i, frame in found.items() if frame.nominal and (
            governor := governing_verb(tok.doc[i])) is not None and governor.i == head.i),
        None)  # "held a rally, demanding ...", "went on hunger strike to demand ..."
    if holder is None and root in PURPOSE_ROOTS and tok.dep_ == "acl" and head.dep_ in SUBJECTS:
        holder = found.get(head.head.i)  # "protesters demanding X clashed with police"
    if holder is None or dep not in ("advcl", "xcomp", "acl", "relcl") or (
            holder.code[:2] not in ACT_ROOTS) or (dep == "relcl" and not infinitival(tok)):
        return None
    if aim:
        return holder if holder.code[:2] == "14" else None
    if holder.code.startswith("145"):  # a riot's participles tell what the rioters did
        return holder if tok.tag_ == "VBG" and dep == "advcl" else None
    return holder if not riot and tok.tag_ == "VBG" and _consequence(tok) else None


def _consequence(tok: Token) -> bool:
    """Whether a participle reports the harm of the act it follows, not a later act."""
    return tok.lemma_.lower() in CONSEQUENCE_VERBS and not any(
        c.lower_ in LATER_WORDS for c in tok.children if c.dep_ in ("advmod", "mark", "prep"))


REASON_ROOTS = frozenset({"11"})  # "expelled X, accusing it of spying": the expulsion's reason
SANCTION_ROOTS = frozenset({"16", "17"})
RESPONSE_ROOTS = frozenset({"15", "16", "17", "18", "19", "20"})


def _stated_reason(tok: Token, found: dict[int, Frame]) -> Frame | None:
    """The sanction or coercion an accusing participle gives the reason for ("severed ties
    with Qatar, accusing it of ..."): one act, as GSR codes it."""
    holder = found.get(tok.head.i)
    if tok.dep_ != "advcl" or tok.tag_ != "VBG" or _own_subject(tok) or holder is None:
        return None
    return holder if holder.code[:2] in SANCTION_ROOTS and not holder.nominal else None


def _scene_of_act(tok: Token, frame: Frame, found: dict[int, Frame]) -> Frame | None:
    """The protest an authority's or armed act is set in ("shut down the internet during the
    protests", "imposed a curfew after riots"): the scene, not a second event (GSR codes the
    act) when the protest has no owner of its own and its doers are not the act's victims."""
    prep = tok.head
    if prep.lower_ == "of" and prep.head.dep_ == "pobj" and prep.head.lower_ in SPELL_NOUNS:
        tok, prep = prep.head, prep.head.head  # "after a wave of riots"
    if frame.code[:2] != "14" or tok.dep_ != "pobj" or prep.dep_ != "prep" or (
            prep.lower_ not in SCENE_PREPS | OTHER_OWNER_PREPS) or frame.sources and any(
            c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "by") for c in tok.children):
        return None
    verb = prep.head
    if verb.dep_ == "relcl":
        return None  # "students who hurled stones during the demonstrations": the protesters'
    if frame.sources and subject_and_agent(verb)[2]:
        return None  # "protesters were arrested during the demonstration": both acts
    act = found.get(verb.i) or next(
        (f for i, f in found.items() if f.nominal and i != tok.i and (
            g := governing_verb(tok.doc[i])) is not None and g.i == verb.i), None)
    return act if act is not None and act.code[:2] in RESPONSE_ROOTS else None


def _protest_demand(tok: Token, found: dict[int, Frame]) -> Frame | None:
    """The protest a demand noun is the stated aim of ("marched to press their demands for
    higher pay"): what the protest demands, no second event (as "to demand X" is)."""
    governor = governing_verb(tok)
    if governor is None or governor.dep_ not in ("advcl", "xcomp") or not (
            infinitival(governor) or governor.tag_ == "VBG"):
        return None
    head = governor.head
    holder = found.get(head.i) or next(
        (frame for i, frame in found.items() if frame.nominal and (
            verb := governing_verb(tok.doc[i])) is not None and verb.i == head.i),
        None)  # "staged a sit-in, renewing their demands": the sit-in's
    return holder if holder is not None and holder.code[:2] == "14" else None


def _named_subject(tok: Token, found: dict[int, Frame]) -> tuple[int, Frame] | None:
    """The event noun a force verb restates as its subject ("the bombing killed 12")."""
    if found[tok.i].nominal or found[tok.i].code[:2] not in VIOLENCE_CODES:
        return None
    subject = subject_and_agent(tok)[0]
    if subject is not None and subject.pos_ == "ADJ" and subject.i + 1 in found and (
            subject.i + 1 < tok.i):
        subject = tok.doc[subject.i + 1]  # "Heavy shelling hit X": the parser's subject is
        # the adjective; the act it modifies is the named subject
    if subject is None or subject.i == tok.i or subject.i not in found:
        subject = _act_named_in(tok, found)  # "wounded him in an assassination attempt"
    if subject is None or subject.i == tok.i:
        return None
    named = found.get(subject.i)
    riot = named is not None and named.code[:2] == "14" and tok.lemma_.lower() in ONSET_VERBS
    if named is None or named.code[:2] not in VIOLENCE_CODES and not riot or not (
            named.nominal or subject.tag_ == "VBG"):  # "fighting between X and Y killed"
        return None
    return subject.i, named


def _act_named_in(tok: Token, found: dict[int, Frame]) -> Token | None:
    """The event noun a force verb's act happened in ("wounded X in an assassination
    attempt"): the same act, named; a passive's own roles read it already ("were killed in
    clashes with X": X did it)."""
    if subject_and_agent(tok)[2] or tok.lemma_.lower() in lexicon.PATTERN_ONLY:
        return None  # nor "died in clashes with X"
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "during"):
            for obj in prep.children:
                named = obj if obj.i in found else next(
                    (c for c in obj.children if c.dep_ == "compound" and c.i in found), None)
                if obj.dep_ == "pobj" and named is not None:
                    return named
    return None


def _deployed_to(tok: Token, found: dict[int, Frame]) -> Frame | None:
    """The deployment (15) a force verb is the purpose of ("massed troops to invade"): the
    force is not yet used, so the move is the one act."""
    holder = found.get(tok.head.i)
    if holder is None or holder.code[:2] != "15" or tok.dep_ not in ("advcl", "xcomp") or (
            not infinitival(tok)):
        return None
    return holder


def _placed_weapon(tok: Token, found: dict[int, Frame]) -> Frame | None:
    """The act that placed the weapon a force verb has as subject ("planted a bomb that
    struck a convoy": the planting is the act)."""
    subject = subject_and_agent(tok)[0]
    if subject is None or subject.dep_ != "dobj" or not is_weapon(subject):
        return None
    placed = found.get(subject.head.i)
    return placed if placed is not None and placed.code[:2] in VIOLENCE_CODES else None


def _mark_reciprocal(frame: Frame, tok: Token) -> Frame:
    """The frame, marked reciprocal if its word is an act of mutual action ("met", "talks")."""
    agreement = _reaching_agreement(tok)
    frame.reciprocal = tok.lemma_.lower() in lexicon.RECIPROCAL or tok.lower_ in (
        lexicon.RECIPROCAL) or agreement
    sides = agreement or frame.reciprocal and frame.code[:2] in VIOLENCE_CODES
    fought = all(r.head_text.lower() in WAR_NOUNS for r in frame.targets)  # "fought a war"
    if sides and fought and len(frame.sources) > 1:  # "police and protesters clashed in Lima"
        frame.sources, frame.targets = frame.sources[:1], frame.sources[1:]
    if frame.reciprocal and len(frame.sources) > 1 and not frame.targets:
        frame.target_alts = []  # "Iran, Russia and Turkey held talks on Syria": each other
    return frame


def _sent_to_inquire(tok: Token) -> bool:
    """People sent somewhere to investigate: the inquiry (09) is the act, not aid or a visit."""
    return any(c.dep_ in ("advcl", "xcomp") and infinitival(c) and c.pos_ == "VERB"
               and _verb_code(c)[0][:2] == "09" for c in tok.children) and (
        _verb_code(tok)[0][:2] != "09")  # a monitoring mission sent: its verb is already 090


def _sent_on_errand(tok: Token) -> bool:
    """"was sent for patrol missions to the Gulf": sent on a task, no delegation (036)."""
    return any(c.dep_ == "prep" and c.lower_ in ("for", "on") and any(
        g.dep_ == "pobj" and g.lemma_.lower() in ERRANDS for g in c.children)
        for c in tok.children)


def _inquiry_destination(tok: Token, frame: Frame) -> None:
    """People sent somewhere to look into something: the inquiry is aimed where they go."""
    head = tok.head
    if any(r.entity in NAMED_ACTORS for r in frame.targets) or frame.code[:2] != "09" or (
            head.lemma_.lower() not in ("send", "dispatch")) or not _sent_to_inquire(head):
        return  # "to investigate the feasibility of ...": a thing, so the place it is in
    destination = prep_object(head, ("to", "into")) or next(  # "N of <group> to X"
        (t for c in head.children if c.dep_ == "dobj" for t in c.subtree
         if t.dep_ == "pobj" and t.head.lower_ in ("to", "into")), None)
    frame.targets = _expand(destination) if destination is not None else []


_COMMIT_OR_REFUSE = lexicon.COMMIT_WORDS | lexicon.REFUSAL_WORDS
# verbs whose frame may come with no code of theirs: a commitment or a speech act's demand
_FRAMED_UNCODED = lexicon.COMMIT_WORDS | lexicon.SPEECH_VERBS


def _frame_kind(tok: Token) -> Frame | None:
    """A verb, commitment adjective or event noun frame for the word, else None."""
    pos = tok.pos_  # read once: every token of every sentence passes here
    if pos == "VERB" or (pos == "AUX" and tok.dep_ == "ROOT"):
        return _verbal_frame(tok)
    if pos == "ADJ":
        lemma = tok.lemma_.lower()
        if lemma in _COMMIT_OR_REFUSE:
            return _commit_frame(tok)
        return _stance_frame(tok) if lemma in lexicon.STANCE_ADJECTIVES else None
    if pos in ("NOUN", "PROPN") and tok.lemma_.lower() in _event_ends() and _event_lemma(
            noun_lemma(tok)) and (
            tok.ent_type_ not in ("DATE", "TIME")):  # "in late March": a month, not a march
        return _nominal_frame(tok)
    return None


@lru_cache(maxsize=1)
def _event_ends() -> frozenset[str]:
    """Every lemma noun_lemma can end an event noun with: the event nouns themselves and
    what follows any hyphen in one ("in" of "sit-in"); no other noun can head a frame."""
    nouns = (*lexicon.NOUN_CODES, *lexicon.ARMS_ONLY_NOUNS)
    return frozenset(nouns) | {n[i + 1:] for n in nouns for i, ch in enumerate(n) if ch == "-"}


def _event_lemma(lemma: str) -> bool:
    """Whether a noun lemma may name an act: a coded noun or one of arms only."""
    return lemma in lexicon.NOUN_CODES or lemma in lexicon.ARMS_ONLY_NOUNS


def _stance_frame(tok: Token) -> Frame | None:
    """"X was critical of Y": X criticises Y; no event without both, or when Y is no actor."""
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    target = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
    subject = _adjective_subject(tok)
    targets = _expand(target) if target is not None else []
    if subject is None or not targets:
        return None
    frame = Frame(lexicon.STANCE_ADJECTIVES[tok.lemma_.lower()], tok.text, _tok_span(tok),
                  own_table=True, object_target=True, thing_object=True)
    frame.sources, frame.targets = _expand(subject), targets
    frame.negated = _negated(tok) or _negated(tok.head)
    frame.modality = _modality(tok.head if tok.dep_ == "acomp" else tok)
    return frame


def _right_words(tok: Token) -> set[str]:
    """Lower-case words and lemmas after a verb inside its own clause (pattern context)."""
    words: set[str] = set()
    for child in tok.rights:
        if child.dep_ in ("ccomp", "advcl", "conj", "parataxis", "relcl"):
            continue
        for t in child.subtree:
            if not classifier_noun(t):  # "stepped-up attack ads": no attack continued
                words.update((t.lower_, t.lemma_.lower()))
    return words


def _verbal_frame(tok: Token) -> Frame | None:
    """A verb's coded act with its roles; None for statements, hypotheticals and non-acts."""
    lemma = tok.lemma_.lower()
    if lemma in lexicon.DEVICE_MEETING_VERBS and (met := _vehicle_on_device(tok)) is not None:
        return met  # "an army vehicle struck a roadside bomb"
    if " " not in lemma and lemma not in _codable_verbs():
        return None  # no table codes this verb, whatever its objects: skip the tree walks
    if tok.lower_ in lexicon.MISREAD_FORMS:
        return None  # "fighting raged": no teasing ("rag")
    read = None if lemma in _FRAMED_UNCODED or tok.dep_ in ("acl", "ccomp") else _verb_code(tok)
    if read is not None and not read[0]:
        return None  # no code and no commitment or speech frame: the checks below only refuse
    if _market_subject(tok):
        return None  # "the British pound rallied against the euro"
    weighed = _weighed(tok)
    if _content_not_act(tok, lemma, weighing=not weighed) or participle_modifier(
            tok) is not None:
        return None  # the act asked, sent for or alleged is the event, not this verb; "looted"
        # of "returned looted treasures" only describes them
    if lemma in lexicon.COMMIT_WORDS and not _has_object_code(tok) and not _verb_prep_code(
            tok, lemma):
        if opinion_agreement(tok):
            return None  # "analysts agreed: ...": a view shared, nothing agreed to
        return _commit_frame(tok)  # but "agreed to their demands" accedes (083)
    if _carried_elsewhere(tok, lemma):
        return None  # "helped convince X", "voted to impose X": the complement is the act
    decided, said = _speech_act(tok, lemma)
    if decided:
        return said  # "told X to leave", "issued a reminder that it must ...": a demand
    sense = _verb_sense(tok, lemma, read)
    if sense is None:
        return None
    code, own, stop = sense
    if not code:
        return None  # _no_verbal_act refuses an uncoded verb: skip the sense checks (2 in 3)
    if _other_sense(tok, code) or _no_verbal_act(tok, lemma, code, own) or (
            lemma in lexicon.ASPECT_VERBS and _gerund_act(tok, code)):
        return None
    frame = Frame(code, tok.text, _tok_span(tok), own_table=own, others_protest=stop == "doer")
    _fill_verbal_frame(tok, frame, code, lemma)
    if weighed:
        _as_weighed(frame, tok)
    return frame


def _market_subject(tok: Token) -> bool:
    """Whether a verb's subject is a market, a price or a figure, which does nothing to
    anyone ("the pound rallied", "exports struck a record high")."""
    subject = subject_and_agent(tok)[0]
    if subject is None or subject.pos_ not in ("NOUN", "PROPN") or (
            subject.ent_type_ in NAMED_ACTORS):
        return False
    return not {subject.lower_, subject.lemma_.lower()}.isdisjoint(lexicon.MARKET_SUBJECTS)


def _market_forecast(warn: Token) -> bool:
    """Whether a warning warns no one and only foretells a market or a figure ("warned that
    gas prices would rise"): its 'that' clause's subject is a market word."""
    if any(c.dep_ in ("dobj", "dative") for c in warn.children):
        return False
    return any(c.dep_ == "ccomp" and _market_subject(c) for c in warn.children)


CONSIDERED_CODE = "014"  # consider policy option: an act only weighed


def _as_weighed(frame: Frame, tok: Token) -> None:
    """An act only weighed ("Japan is considering sending aid to Nepal") is a policy
    option considered (014), with the act's own participants; not the act itself."""
    governor = tok.head
    frame.code, frame.own_table = CONSIDERED_CODE, True
    if tok.dep_ in ("xcomp", "dobj") and governor.i < tok.i:
        frame.trigger = tok.doc[governor.i : tok.i + 1].text
        frame.trigger_span = (_tok_span(governor)[0], frame.trigger_span[1])


def _vehicle_on_device(tok: Token) -> Frame | None:
    """"An army vehicle struck a roadside bomb", "their truck ran over a landmine": a bombing
    (183; a mine or roadside bomb 1833) done to the vehicle's people by the bomb's unnamed
    layers, the frame "a roadside bomb struck an army vehicle" gives, its roles turned round."""
    device = next((c for c in tok.children if c.dep_ == "dobj"), None) or prep_object(
        tok, lexicon.DEVICE_MEETING_PREPS)
    vehicle = subject_and_agent(tok)[0]
    if tok.dep_ == "advcl" and device is not None and (
            device.lemma_.lower() in lexicon.MINE_DEVICES - {"ied"}):
        return None  # "were killed when their truck hit a landmine": the killing tells it
        # (190), as the fifteenth and seventeenth sessions' tests ask; a roadside bomb's
        # deed tells it ("killed when their vehicle struck a roadside bomb": 1833)
    if device is None or vehicle is None or vehicle.lemma_.lower() not in (
            lexicon.ROAD_VEHICLES) or device.lemma_.lower() not in lexicon.STRUCK_DEVICES:
        return None
    if device.lemma_.lower() in ("device", "explosive") and not _explosive_device(device):
        return None  # "hit a device" of no explosive kind
    kind = _bomb_kind(device) or ("1833" if device.lemma_.lower() in lexicon.MINE_DEVICES
                                  else "183")
    frame = Frame(kind, tok.text, _tok_span(tok), own_table=True)
    _join_trigger(frame, device)
    frame.place = _place(tok) or _inner_place(tok)
    frame.sources = _device_layers(device, frame.place)
    frame.targets = _expand(vehicle)
    frame.negated = _negated(tok)
    return frame


def _device_layers(device: Token, place: Role | None) -> list[Role]:
    """Who laid a bomb a vehicle struck: those "planted by" names, else for a landmine the
    place (its unnamed forces), else the bomb itself as the doer's stand-in."""
    planter = next((a for c in device.children if c.dep_ == "acl"
                    if (a := subject_and_agent(c)[1]) is not None), None)
    if planter is not None:
        return _expand(planter)
    if _explosive_device(device):
        return [place] if place is not None else []
    return _expand(device)


def _armed_rampage(tok: Token) -> bool:
    """Whether a rampage is armed men's: "a rampage by militiamen", "rebels went on a rampage"."""
    by = prep_object(tok, ("by",))
    went = tok.head.head if tok.dep_ == "pobj" else None  # "went on a rampage"
    doers = [by] if by is not None else [c for c in (went.children if went is not None else ())
                                        if c.dep_ == "nsubj"]
    return any(d.lower_ in lexicon.COMBATANTS or d.lower_ in lexicon.ARMED_UNITS for d in doers)


def _owned_thing(noun: Token) -> bool:
    """Whether a subject is someone's thing, no actor ("the premier's insistence", "their
    efforts"): a common noun with a possessor that names no agent."""
    return _no_actor(noun) and any(c.dep_ == "poss" for c in noun.children)


def _content_not_act(tok: Token, lemma: str, weighing: bool = True) -> bool:
    """Whether the verb only carries another act (one sent for, asked, alleged, avoided, or
    weighed unless ``weighing`` is off) or is commerce: checked first, before the commitment
    reading of the verb."""
    if lemma in ("send", "dispatch") and (_sent_to_inquire(tok) or _sent_on_errand(tok)):
        return True  # the inquiry the people are sent for is the event, not the sending
    if lemma in ("offer", "charge", "share") and (
            _habitual_offer(tok) or _price_charge(tok) or _shared_with_nobody(tok)):
        return True  # "the shop offers free delivery", "schools charge more": commerce
    if _alleged_deed(tok) or _avoided(tok) or _denied_deed(tok) or _compelled_act(tok):
        return True  # "accused Russia of shelling Kharkiv", "avoided criticizing Comey"
    if lemma == "warn" and _market_forecast(tok):
        return True  # "Samsung warned that chip demand would remain weak": a forecast
    if lemma in lexicon.PERSUADING_VERBS and tok.dep_ == "xcomp" and (
            tok.head.lemma_.lower() == "fail"):
        return True  # "failed to persuade Iraq to expel US troops": no one refused anything
    if lemma in lexicon.FUNDED_PURPOSES and _funded_purpose(tok):
        return True  # "provided 6 million euros to support projects": the giving is the act
    if weighing and _weighed(tok) or _denied_charge(tok, lemma) or _charged_deed(tok) or (
            lemma in lexicon.DELIBERATION_VERBS and _weighs_act(tok)):
        return True  # "is considering sending troops", "rejected accusations that it ..."
    if lemma in lexicon.REQUEST_GOVERNORS and any(
            c.dep_ == "dobj" and _own_attack(c) for c in tok.children):
        return True  # "pressing his attack on Clinton": the attack (111) is the event
    return _asked_for(tok) or _condition(tok) or _permitted(tok) or _deal_to_act(
        tok)  # "demanded that Israel ease ...": the demand is the event, not the easing


def _carried_elsewhere(tok: Token, lemma: str) -> bool:
    """Whether the verb's complement or planned event carries the act, or the verb is an
    opinion, a belief or an open question: no act of its own."""
    if lemma in lexicon.HELP_VERBS and any(
            c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB" and not any(
                g.dep_ == "nsubj" for g in c.children) for c in tok.children) and not any(
            c.dep_ == "dobj" for c in tok.children):  # not "to help him oust X"
        return True  # "helped convince lawmakers", "signed on to help raise $1 billion"
    if lemma == "suspect" and any(c.dep_ == "ccomp" for c in tok.children):
        return True  # "Warren said she expects she'll campaign for Smith": a belief
    if lemma == "fail" and any(c.dep_ == "dobj" or c.dep_ == "nsubj" and _owned_thing(c)
                               for c in tok.children):
        return True  # "politicians that have failed the American people", "the premier's
        # insistence failed to dissuade unions": no refusal
    if lemma in lexicon.CONTROLLERS | lexicon.VOTE_WORDS and _complement(
            tok) is not None and not _has_object_code(tok) or _planned_event(tok):
        return True  # the complement, or the planned event noun, carries the event; not
        # "set up roadblocks to demand X": a coded object makes the verb's own act
    return _opinion(tok) or _open_question(tok) or _counterfactual(
        tok)  # "Lynch should be impeached", "asked whether X would reject Y": no act


def _speech_act(tok: Token, lemma: str) -> tuple[bool, Frame | None]:
    """(decided, frame) for a message clause or a verb of speech: what was said decides
    whether it is a demand or no act; (False, None) leaves it to the verb's codes."""
    if tok.dep_ in ("acl", "ccomp") and tok.head.lemma_.lower() in lexicon.MESSAGE_NOUNS | (
            lexicon.REMINDER_NOUNS) and any(c.dep_ == "aux" and c.lower_ in (
                "must", "should", "ought") for c in tok.children):
        return True, _message_demand(tok)  # "issued a reminder to Iraq that it must cooperate"
    if lemma in lexicon.SPEECH_VERBS:
        demand = _obligation_frame(tok)
        if demand is not None or (lemma not in lexicon.VERB_CODES and not _has_object_code(tok)
                                  and not _ordered_out(tok) and not _trade_ban(tok, lemma)
                                  and not _unveiled_aid(tok, lemma)):
            return True, demand  # "declared a ceasefire", "told X to leave" are acts
    return False, None


def _verb_sense(tok: Token, lemma: str, coded: tuple[str, bool] | None = None
                ) -> tuple[str, bool, str] | None:
    """(code, from our own tables, whose protest a stop ends) of a verb in its sense here:
    conflict, blame and attack readings refined; None when the reading leaves no act."""
    code, own = coded or _verb_code(tok)  # first: most verbs have none, and the checks below cost
    code = conflict_sense(tok, code) if code else code
    if code == "172":  # restrictions: on a thing ("curbs on lending") the dictionary's reading,
        read = lexicon.code_for_verb(lemma, verb_particle(tok), _right_words(tok))  # and its
        code, own = read if curbed_thing(tok) or read[0][:3] == "172" else (code, own)  # 172x
    stop = _protest_stop(tok) if code == "080" and lemma != "call" and any(
        c.dep_ in ("dobj", "nsubjpass") and c.lower_ in lexicon.PROTEST_OBJECTS
        for c in tok.children) else "own"  # not "conceded to demands"
    if not stop:
        return None  # "police stopped the march": no yielding, and a ban is no other act
    if code and lemma in lexicon.BLAME_VERBS:  # "ripped the FBI director": criticism; "a
        misread = blame_misread(tok)  # blast ripped through X" keeps the dictionary's force
        code = ("190" if armed_blow(tok) else "" if code == "111" else code) if misread else "111"
    if code[:2] == "19" and verbal_attack(tok):
        code, own = "111", True  # "attacked Trump over his remarks", "... on Twitter"
    elif code[:2] == "19" and (thing := attack_on_thing(tok)) is not None:
        if not thing:
            return None  # "the president attacked the problem of inflation": a figure
        code, own = thing, True  # "Senator Graham attacked the nomination": words
    if code == "162":
        code = _aid_cut_kind(tok) or code  # "suspended $50 million in military aid": 1622
    if code == "183":
        code = _device_kind(tok) or code  # "detonated a car bomb": 1832
    return code, own, stop


def _device_kind(tok: Token) -> str:
    """The bombing code of the device a bombing verb names as its object or subject ("set off
    a car bomb": 1832, "a landmine exploded under a truck": 1833), else ""."""
    for device in tok.children:
        if device.dep_ in ("dobj", "nsubj", "nsubjpass"):
            kind = _bomb_kind(device) or (
                "1833" if device.lemma_.lower() in lexicon.MINE_DEVICES else "")
            if kind:
                return kind
    return ""


def _aid_cut_kind(tok: Token) -> str:
    """The kind of aid a cut stops, read as a pledge's is (economic 1621, military 1622,
    humanitarian 1623), else ""."""
    cut = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if cut is not None and cut.lemma_.lower() in lexicon.PART_WORDS:
        cut = prep_object(cut, ("of",)) or cut  # "halted a part of its military aid program"
    kind = _pledged_aid(cut) or (next((lexicon.AID_KIND_CODES[c.lower_] for c in cut.children
                                       if c.dep_ in ("amod", "compound")
                                       and c.lower_ in lexicon.AID_KIND_CODES), "")
                                  if cut is not None else "")  # "halted food deliveries"
    return lexicon.AID_CUT_CODES.get(kind, "")


def _other_sense(tok: Token, code: str) -> bool:
    """Whether the verb is read in a sense that is no coded act of politics (a retort, a
    race, a signal, a poll share, campaign money, a plea, an office held)."""
    return (retort(tok, code) and not _free_relative_object(tok)) or other_object_sense(
        tok) or struck_down(tok) or turned_down_no_ask(tok) or name_calling(
            tok) or election_race(tok) or signal_sent(tok) or no_appeal_asked(tok) or (
            partnerless_talk(tok) or poll_share(tok) or campaign_money(tok) or court_plea(tok)
            or legal_appeal(tok) or (code[:2] == "07" and gift_no_aid(tok))
            or stative_support(tok) or no_recognition(tok) or as_opposed_to(tok)
            or called_out_or_asked_to_know(tok) or office_held(tok) or courted_audience(
                tok) or _won_by_score(tok) or _survived_attack(tok) or idle_suspension(
                tok, code) or received_thing(
                tok, code) or freed_to_act(
                tok) or own_regret(
                tok))  # "shot back that ...", "struck down a law", "regretted her remarks"


def _survived_attack(tok: Token) -> bool:
    """"Escaped an attempt on his life", "survived an ambush": the attack (its noun) is the
    act, coming through it none."""
    return tok.lemma_.lower() in lexicon.SURVIVAL_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in lexicon.NOUN_CODES
        and _noun_code(c)[:2] in VIOLENCE_CODES for c in tok.children)


def _won_by_score(tok: Token) -> bool:
    """"Real Madrid crushed Barcelona 4-0": a win by a scoreline is a match, whoever plays."""
    return tok.lower_ in lexicon.VICTORY_VERBS and VICTORY_SCORE.match(
        span_text(tok.sent)[tok.idx - tok.sent.start_char:].lower()) is not None


def _no_verbal_act(tok: Token, lemma: str, code: str, own: bool) -> bool:
    """Whether a coded verb still does no act here: a participle adjective, compulsion,
    travel of a violent act, a light or reflexive object, nature, no doer or no place."""
    if tok.dep_ == "amod" and tok.tag_ in ("VBN", "VBD") and not (
            code[:2] in lexicon.HYPHEN_VERB_ROOTS and hyphen_verb_doer(tok) is not None) or (
            _compelled(tok, lemma)):
        return True  # "injured workers", "pledged delegates"; "was forced to backtrack"
    mover = subject_and_agent(tok)[0] if code[:2] == "04" else None
    if mover is not None and _event_noun(mover) and lexicon.NOUN_CODES.get(
            mover.lemma_.lower(), "")[:2] in VIOLENCE_CODES:
        return True  # "the bombing went on for a week": no one travels
    if not code or (not own and _light_object(tok) is not None) or (
            _reflexive(tok) and code[:3] != "183") or (
            _idle_participle(tok, code)) or background_year(tok):
        return True  # "troops that had occupied the area in 1974": history
    if _natural_cause(tok) or _no_doer(tok) or asked_by_nobody(tok) or _aimed_at_hazard(
            tok, code) or _arrived_nowhere(tok) or _went_back(tok) or (
            _travelled_with(tok)):
        return True  # "hit by a storm", "a quake struck X": no political actor acts
    if lemma == "catch" and any(o.lemma_.lower() in lexicon.CROSSFIRE_NOUNS
                                for p in tok.children if p.dep_ == "prep" and p.lower_ == "in"
                                for o in p.children):
        return True  # "villagers were caught in crossfire": bystanders, no capture
    if _premises_emptied(tok, lemma):
        return True  # "office workers evacuated buildings after a bomb threat": no aid
    if lemma in lexicon.MISHAP_VERBS and not any(
            c.dep_ in ("dobj", "nsubjpass", "agent") for c in tok.children) and not (
                is_weapon(subject_and_agent(tok)[0])):  # "shells crashed into a market"
        return True  # "a Land Cruiser overturned on the road": an accident, no act on anyone
    if tok.dep_ == "advcl" and tok.tag_ == "VBG" and _consequence(tok) and (
            tok.head.lemma_.lower() in lexicon.MISHAP_VERBS) and not any(
            c.dep_ == "dobj" for c in tok.head.children):
        return True  # "a minibus crashed into a truck, killing 11 people": the crash's toll
    return lemma in lexicon.INTRANSITIVE_ONLY and any(
            c.dep_ == "dobj" and not _place_misread(c) or c.dep_ == "ccomp" and that_marked(c)
            for c in tok.children) and not (  # "must demonstrate that it can protect them":
        _has_object_code(tok))  # a showing, no protest


def _premises_emptied(tok: Token, lemma: str) -> bool:
    """Whether an evacuation empties premises ("evacuated a shopping centre", "their homes
    were evacuated"), not people moved out of harm's way (073 aid: "evacuated the wounded")."""
    return lemma == "evacuate" and any(
        c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in lexicon.EVACUATED_PREMISES
        for c in tok.children)


def _place_misread(obj: Token) -> bool:
    """Whether an object is a place the parser read with its preposition as an adjective
    ("rallied outside parliament": 'outside' an amod of 'parliament'), no real object."""
    return any(c.dep_ == "amod" and c.lower_ in lexicon.ADJECTIVAL_PREPS and c.i < obj.i
               for c in obj.children)


def _fill_verbal_frame(tok: Token, frame: Frame, code: str, lemma: str) -> None:
    """Trigger, roles and marks of a new verb frame, each rule in turn on its dependents."""
    named = [c for c in tok.children if c.dep_ == "dobj" and _act_part(tok, c)]
    named_by = next((c for c in named if (lemma, c.lemma_.lower()) in lexicon.VERB_OBJECT_CODES),
                    named[0] if named else None)  # "took two missionaries hostage": hostage
    if named_by is None and _put_on_hold(tok, lemma):
        named_by = next((c for c in tok.children if c.dep_ == "dobj"), None)  # "put its
        # mediation on hold": what is halted names the act, as "suspended its mediation"
    if named_by is not None:
        _join_trigger(frame, named_by)  # "declared a unilateral ceasefire": the act's name
    _fill_verb_roles(tok, frame)
    _name_blast(tok, frame)
    _fulfilling_doer(tok, frame)
    _between_sides(tok, frame)
    _inquiry_destination(tok, frame)
    _ruled_out(tok, frame)
    _signing_partners(tok, frame)
    _outlet_stopped(tok, frame)
    _rally_target(tok, frame)
    _mark_commitment(tok, frame)
    _purpose_beneficiary(tok, frame)
    _landing_target(tok, frame, lemma)
    _attempt_on_leader(tok, frame)
    if hyphen_verb_doer(tok) is not None:  # "police tear-gassed hundreds of students": the
        frame.targets = _after_verb(tok, frame.targets or _expand(tok.head))  # noun qualified
    _finish_verbal_frame(tok, frame, code, lemma)


def _attempt_on_leader(tok: Token, frame: Frame) -> None:
    """"A grenade was hurled at the president's motorcade", "gunmen fired on the prime
    minister's convoy": force at a leader's conveyance or residence is an attempt on the
    leader's life (185), aimed at the leader; anyone else's stays the act's own code."""
    if frame.code[:2] not in ("18", "19") or frame.code == "185" or frame.negated:
        return
    aimed = [c for c in tok.children if c.dep_ == "dobj"] + [
        o for o in (prep_object(tok, ("at", "on")),) if o is not None]
    for thing in aimed:
        owner = _leader_owner(thing) if thing.lemma_.lower() in (
            lexicon.LEADER_CONVEYANCES) else None
        if owner is not None:
            frame.code, frame.targets = "185", _expand(owner)
            return


def _leader_owner(thing: Token) -> Token | None:
    """The leader a conveyance belongs to, by possessive or "of" ("the president's
    motorcade", "the motorcade of Burundi's vice-president"): a titled leader or a person."""
    owners = [c for c in thing.children if c.dep_ == "poss"] + [
        g for c in thing.children if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children if g.dep_ == "pobj"]
    return next((o for o in owners if o.ent_type_ == "PERSON" or o.lemma_.lower() in (
        lexicon.LEADER_TITLES)), None)


def _compelled(tok: Token, lemma: str) -> bool:
    """"The minister was forced to resign", "was forced into damage control": compulsion with
    no agent named is a circumstance, no coercion by anyone (its complement may be an act)."""
    if lemma not in lexicon.COMPEL_VERBS:
        return False
    _, agent, passive = subject_and_agent(tok)
    return passive and agent is None


def _message_demand(tok: Token) -> Frame | None:
    """"issued a stern reminder to Iraq that it must cooperate", "sent a message that Hamas
    should disarm": the message's sender demands (must: 100) or appeals (should: 020) of
    the clause's subject; the clause's act itself is only asked for."""
    modals = {c.lower_ for c in tok.children if c.dep_ == "aux"}
    code = "100" if "must" in modals else "020" if modals & {"should", "ought"} else ""
    sender = subject_and_agent(tok.head.head)[0] if tok.head.dep_ == "dobj" else None
    subject = next((c for c in tok.children if c.dep_ in SUBJECTS), None)
    if not code or sender is None or subject is None:
        return None
    frame = Frame(code, tok.head.head.text, _tok_span(tok.head.head), own_table=True)
    frame.sources = _expand(sender)
    told = prep_object(tok.head.head, ("to",)) or prep_object(tok.head, ("to",))
    frame.targets = _expand(told) if subject.pos_ == "PRON" and told is not None else _expand(
        subject)  # "... to Iraq that it must ...": Iraq
    frame.negated = _negated(tok.head.head)
    return frame


def _counterfactual(tok: Token) -> bool:
    """"Sanders could have requested a recount": what might have been done was not."""
    modals = {c.lower_ for c in tok.children if c.dep_ == "aux"}
    return tok.tag_ == "VBN" and "have" in modals and bool(
        modals & {"could", "would", "might", "should"})


def _open_question(tok: Token) -> bool:
    """A clause of "whether" ("demanded to know whether X would reject Y"): asked, not told."""
    return any(c.dep_ == "mark" and c.lower_ == "whether" for c in tok.children)


def _opinion(tok: Token) -> bool:
    """A main clause of "should" or "ought to" ("X should be impeached", "China should reject
    him"): the writer's view, no act; said by someone, it is their appeal (_obligation_frame)."""
    return tok.dep_ == "ROOT" and any(c.dep_ == "aux" and c.lower_ in ("should", "ought")
                                      for c in tok.children)


def _fulfilling_doer(tok: Token, frame: Frame) -> None:
    """"X made good on its threat to impose tariffs": X imposes them."""
    doer = fulfilled(tok.head) if tok.dep_ == "acl" and infinitival(tok) else None
    subject = subject_and_agent(doer)[0] if doer is not None else None
    if subject is not None and not frame.sources:
        frame.sources = _expand(subject)


def _name_blast(tok: Token, frame: Frame) -> None:
    """"a blast ripped through X": the blast right before its verb is part of the trigger, as
    "strike killed" is (the bombing is named, not only its harm)."""
    if frame.code[:3] != "183":
        return
    subject = subject_and_agent(tok)[0]
    if subject is not None and subject.i == tok.i - 1 and subject.lemma_.lower() in BLAST_HEADS:
        _join_trigger(frame, subject)
    if subject is not None and _explosive_device(subject):
        frame.sources = [frame.place] if frame.place is not None else []  # "a landmine
        # exploded under a UN vehicle in Angola": no doer; the place's unnamed planters


def _explosive_device(word: Token) -> bool:
    """Whether a word names an explosive device no one is named for: a landmine or grenade
    (not a coal "mine"), or a booby-trapped or explosives-laden thing ("a booby-trapped car")."""
    if any(t.ent_type_ in ("NORP", "GPE", "ORG") or t.lower_ in lexicon.WAR_REMNANT_MARKS
           for t in word.subtree):
        return False  # "Russian bombs", "a Hamas grenade": their owner's; "an old landmine"
    return word.lemma_.lower() in PLANTED_DEVICES or any(
        c.dep_ in ("amod", "compound") and c.lower_.startswith(DEVICE_MARKS) for c in word.children)


def _finish_verbal_frame(tok: Token, frame: Frame, code: str, lemma: str) -> None:
    """A threat's conditional target, the PLOVER type the lemma names, a withdrawal's mode."""
    if frame.code[:2] == "13" and not any(_names_someone(tok, r) for r in frame.targets):
        frame.targets = _condition_target(tok) or frame.targets  # "... if Hamas ran"
    if lemma in lexicon.PLOVER_BY_LEMMA and (frame.code == code or (
            frame.modality == "future" and frame.code == lexicon.intent_code(code))):
        frame.plover = lexicon.PLOVER_BY_LEMMA[lemma]  # "will resign": PLOVER codes the act
    _mark_withdrawal(frame, lemma)


@lru_cache(maxsize=1)
def _codable_verbs() -> frozenset[str]:
    """Every verb lemma a frame can come from: its own or a phrasal entry in any table."""
    firsts = {key.split(" ", 1)[0] for key in (*lexicon.VERB_CODES, *petrarch_verbs())}
    pairs = {verb for verb, _ in (*lexicon.VERB_OBJECT_CODES, *lexicon.VERB_PREP_CODES)}
    return frozenset(
        firsts | pairs | lexicon.COMMIT_WORDS | lexicon.CONTROLLERS | lexicon.SPEECH_VERBS
        | lexicon.IMPACT_VERBS | set(lexicon.ATTACK_WITH_OBJECT) | lexicon.MOVE_VERBS
        | set(lexicon.NEEDS_TARGET) | _SPECIAL_VERBS | lexicon.PERMIT_VERBS
        | set(lexicon.PHRASAL_STANCES))


# verbs _verb_code reads by name (senses.py): "ordered X to leave", "called off"
_SPECIAL_VERBS = ORDER_VERBS | CALL_OFF_VERBS | MISSILE_VERBS | GATHER_VERBS | (
    CROWD_DAMAGE_VERBS) | {"rap", "walk"} | lexicon.TEAR_GAS_LEMMAS | lexicon.SET_FREE_VERBS | (
    lexicon.COURT_MARTIAL_LEMMAS)


def _between_sides(tok: Token, frame: Frame) -> None:
    """"fighting between X and Y": a gerund with no subject is done by both sides."""
    if frame.sources or frame.code[:2] not in VIOLENCE_CODES:
        return
    between = prep_object(tok, ("between",))
    sides = _expand(between) if between is not None else []
    if len(sides) > 1:
        frame.sources, frame.targets, frame.reciprocal = sides[:1], sides[1:], True


def _mark_withdrawal(frame: Frame, lemma: str) -> None:
    """A military withdrawal (0874) is PLOVER RETREAT/withdraw; a surrender keeps "disarm"."""
    if frame.code == "0874" and lemma in lexicon.WITHDRAW_WORDS:
        frame.plover = ("RETREAT", "withdraw")


def _idle_participle(tok: Token, code: str) -> bool:
    """A participle that describes its noun ("the party headed by X", "youths charged with
    murder", "a threat received by a bank", "troops stationed in Chad"): no act of leading or
    owning, no accusation by the accused, no deployment by no one, nothing on a thing for
    04/08."""
    if tok.dep_ != "acl" or tok.tag_ != "VBN" or _missed_main_verb(tok) or (
            inverted_subject(tok) is not None):
        return False  # "Among those detained were two aid workers": the news, not a label
    if subject_and_agent(tok)[1] is None:  # "youths charged with murder" charge no one,
        if tok.lemma_.lower() in lexicon.STATE_PARTICIPLES:
            return True  # "drones armed with explosives", "a delegation led from Paris"
        return code[:2] in STANCE_CODES or (  # "activists detained while ..." detain no one
            code[:2] in AUTHORITY_CODES and (_place(tok) is None or code == "154"))
    if tok.lemma_.lower() in lexicon.STATE_PARTICIPLES:
        return True
    return code[:2] in lexicon.ACTOR_OBJECT_ROOTS and not (
        _is_named(tok.head) or is_agent_word(tok.head.lower_))  # "prisoners released by X"


def _missed_main_verb(tok: Token) -> bool:
    """"Trump called Clinton a liar", parsed as a name with a participle: a participle with
    two objects after the sentence's root name is the sentence's verb."""
    return tok.head.dep_ == "ROOT" and tok.head.pos_ in ("PROPN", "NOUN") and sum(
        c.dep_ in ("dobj", "oprd") for c in tok.children) >= 2 or (
            equipped_subject(tok) or root_noun_subject(tok)) is not None  # "troops backed by
    # tanks massed along X", "the electoral board disqualified X from the race"


def _signing_partners(tok: Token, frame: Frame) -> None:
    """"signed a roadmap (with X)": only a "with" partner or a co-signer is the other side."""
    if tok.lemma_.lower() not in lexicon.OBJECT_SENSES or frame.code[:2] != "05":
        return
    partner = prep_object(tok, ("with",))
    frame.targets = _expand(partner) if partner is not None else []
    frame.target_alts = []  # "a memorandum on border security", "in Kabul": no side


def _names_someone(tok: Token, role: Role) -> bool:
    """Whether a role's phrase holds a named actor ("Serbia's feuding republics")."""
    start, end = _CURRENT.start + role.phrase[0], _CURRENT.start + role.phrase[1]
    return any(t.ent_type_ in NAMED_ACTORS for t in tok.sent if start <= t.idx < end)


def _no_doer(tok: Token) -> bool:
    """"fought the blaze", "was fired" (dismissed): no act between actors."""
    if any(c.dep_ == "dobj" and c.lemma_.lower() in lexicon.NATURAL_HAZARDS
           for c in tok.children) and not _has_object_code(tok):
        return True  # but "opened fire on X" is an attack
    if tok.lemma_.lower() not in lexicon.PASSIVE_OTHER_SENSE:
        return False
    subject, agent, passive = subject_and_agent(tok)
    return passive and agent is None and subject is not None and subject.head.i == tok.i and (
        _fired_weapon(tok) is None)  # "rockets were fired at Tel Aviv": no dismissal


def _fired_weapon(tok: Token) -> tuple[Token, Token] | None:
    """(weapon, aim) of "rockets were fired at Tel Aviv (by Hamas/from Gaza)": a weapon fired
    at someone, who is the target; where it came from ("from Gaza") places an unnamed doer."""
    if tok.lemma_.lower() not in lexicon.FIRING_VERBS:
        return None
    subject, agent, passive = subject_and_agent(tok)
    aim = prep_object(tok, ("at", "on", "into", "toward", "towards"))
    if not passive or subject is None or aim is None or not (
            is_weapon(subject) or subject.lower_.removesuffix("s") in lexicon.WEAPONS):
        return None  # "Rockets were fired": a weapon the tagger took for a name
    return subject, aim


def _rally_target(tok: Token, frame: Frame) -> None:
    """"rallied behind/around X": X is who the support goes to."""
    if frame.code != lexicon.VERB_CODES.get(f"{tok.lemma_.lower()} behind"):
        return
    frame.thing_object = True  # "rallied around the parliament building": a place
    if not frame.targets:
        who = prep_object(tok, RALLY_PREPS)
        frame.targets = _expand(who) if who is not None else []


def _reflexive(tok: Token) -> bool:
    """"hanged himself", "shot herself": an act on oneself is no event between actors."""
    return any(c.dep_ == "dobj" and c.lower_ in REFLEXIVES for c in tok.children)


def _natural_cause(tok: Token) -> bool:
    """Whether the doer of a verb (subject, or passive agent) is a natural hazard."""
    subject, agent, passive = subject_and_agent(tok)
    doer = agent if passive else subject
    if is_weapon(doer):
        return False  # "artillery fire pounded X" is no blaze
    return doer is not None and (any(  # "affected by Tropical Cyclone Idai"
        t.lemma_.lower() in lexicon.NATURAL_HAZARDS or t.lower_ in lexicon.NATURAL_HAZARDS
        for t in (doer, *(c for c in doer.children if c.dep_ in ("compound", "nmod", "amod")),
                  *_misparsed_kind(doer)))
        or doer.lemma_.lower() in lexicon.ACCIDENT_NOUNS)  # "a bus crash killed 20"


def _misparsed_kind(doer: Token) -> list[Token]:
    """The common noun right before a named doer that the parser cut from it ("after
    superstorm | Sandy ravaged X"): the name's kind."""
    before = doer.doc[doer.i - 1] if doer.i > doer.sent.start else None
    return [before] if before is not None and doer.pos_ == "PROPN" and before.pos_ == "NOUN" and (
        before.head.i != doer.i) else []


def _aimed_at_hazard(tok: Token, code: str) -> bool:
    """"used water cannon to douse the blaze": force whose stated aim is a fire or a flood is
    no repression of anyone."""
    return code[:2] in FORCE_CODES and any(
        c.dep_ in ("advcl", "xcomp") and infinitival(c) and any(
            o.dep_ == "dobj" and o.lemma_.lower() in lexicon.NATURAL_HAZARDS for o in c.children)
        for c in tok.children)


def _arrived_nowhere(tok: Token) -> bool:
    """"before the students arrived": an arrival at no named place is no visit (042)."""
    if tok.lemma_.lower() != "arrive":
        return False
    place = prep_object(tok, ("in", "at", "to", "into"))
    return (place is None or place.ent_type_ in ("DATE", "TIME")) and not any(
        c.dep_ in ("dobj", "npadvmod", "advmod") and c.ent_type_ in ("GPE", "LOC", "FAC")
        for c in tok.children)


def _went_back(tok: Token) -> bool:
    """"flew back to Paris", "returned home", refugees who returned from a camp abroad: a
    journey home is no visit (042)."""
    if tok.lemma_.lower() not in lexicon.HOMEWARD_VERBS:
        return False
    if any(c.dep_ in ("advmod", "prt") and c.lower_ in ("back", "home") for c in tok.children):
        return True
    mover = subject_and_agent(tok)[0] if tok.lemma_.lower() == "return" else None
    counted = prep_object(mover, ("of",)) if mover is not None else None  # any "of", not
    # roles._through_quantity's quantity heads only: "families of refugees returned" too
    mover = counted if counted is not None else mover  # "thousands of Burundian refugees"
    return mover is not None and mover.lower_ in lexicon.DISPLACED_PEOPLE  # "Afghan refugees
    # returned from Pakistan": going home, not visiting


def _travelled_with(tok: Token) -> bool:
    """"the journalists who travel with her": a companion on the road, no place
    visited or host met (042)."""
    return tok.lemma_.lower() in lexicon.COMPANION_TRAVEL_VERBS and prep_object(
        tok, ("with",)) is not None and not any(c.dep_ == "dobj" for c in tok.children) and (
        prep_object(tok, ("to", "in", "into", "through", "across")) is None)


def _asked_for(tok: Token) -> bool:
    """Whether a clause is the content of a demand ("its demand that X ...", "said X must ...")."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head  # "to protect them and prevent a war": both are asked for
    if _appealed_clause(tok) is not None:
        return True  # "called for the premier to resign", "called on X to resign"
    if tok.dep_ == "advcl" and infinitival(tok) and any(
            c.dep_ == "dobj" and (c.lemma_.lower() in CONTENT_NOUNS or _verb_code(
                tok.head)[0][:2] in ("02", "10")) for c in tok.head.children):
        return True  # "demanded a UN force to protect them", "led a bid to allow X"
    if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in lexicon.INSTRUCTING_VERBS and any(
            c.dep_ in ("dobj", "nsubjpass") for c in tok.head.children):
        return True  # "told Ukraine not to attack Crimea", "Putin was invited to visit X"
    if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in lexicon.PERSUADING_VERBS and (
            not _accomplished(tok.head)):
        return True  # "failed to persuade Iraq to expel US troops", "will persuade X to Y"
    if tok.dep_ == "xcomp" and tok.head.lemma_.lower() != "call" and _is_request(
            tok.head) and (any(c.dep_ == "dobj" for c in tok.head.children) or prep_object(
            tok.head, ("to",)) is not None):  # "appealed to both sides to halt"; "called X to
        # apologize" is often a phone call
        return True  # "pushed the miners to accept the offer" (parsed as xcomp)
    if tok.dep_ in ("acl", "relcl") and infinitival(tok) and tok.head.dep_ == "pobj" and (
            tok.head.head.lower_ == "for"):
        asker = tok.head.head.head  # "calls for a special prosecutor to investigate X"
        if asker.lemma_.lower() in CONTENT_NOUNS or _is_request(asker):
            return True
    if tok.dep_ not in ("ccomp", "acl"):
        return False
    head = tok.head
    if _is_request(head) or any(c.dep_ == "dobj" and _is_request(c) for c in head.children):
        return True
    if tok.dep_ == "acl" and head.dep_ == "dobj" and _is_request(head.head):
        return True  # "demanded a UN force to protect them", "a meeting to discuss X"
    if head.lemma_.lower() in CONTENT_NOUNS:
        return True  # "an invitation to attend ...": what is proposed has not happened
    modals = {c.lower_ for c in tok.children if c.dep_ == "aux"}
    return bool(modals & {"must", "should"}) and head.lemma_.lower() in lexicon.SPEECH_VERBS


def _accomplished(verb: Token) -> bool:
    """Whether a verb tells an act done: past, affirmative, with no modal, and not the
    complement of a verb of trying or failing ("sought to persuade", "could not persuade")."""
    return verb.tag_ in ("VBD", "VBN", "VBZ", "VBP") and verb.dep_ not in ("xcomp", "ccomp") and (
        not _negated(verb)) and _modality(verb) is None


def _appealed_clause(tok: Token) -> Token | None:
    """The appeal whose content a to-clause is ("called for X to resign", "calling on X to
    quit"), else None; "called Putin to discuss X" is a phone call, its purpose an act."""
    head = tok.head
    if tok.dep_ not in ("advcl", "xcomp") or not to_verb(tok) or (
            head.lemma_.lower() not in lexicon.REQUEST_GOVERNORS):
        return None
    if head.lemma_.lower() != "call":
        return head if tok.dep_ == "advcl" and _own_subject(tok) else None
    marked = any(c.dep_ == "mark" and c.lower_ == "for" for c in tok.children) or any(
        c.dep_ == "prep" and c.lower_ in APPEAL_MARKS for c in head.children)
    return head if marked else None


def _appeal_content(tok: Token) -> Token | None:
    """The to-clause with its own subject that a verb of appeal asks for ("called for the
    premier to resign"), which the parser hangs off the verb as a clause, not as "call for"."""
    return next((c for c in tok.children if c.dep_ == "advcl" and _own_subject(c) and any(
        m.dep_ == "mark" and m.lower_ == "for" for m in c.children) and to_verb(c)), None)


def _permitted(tok: Token) -> bool:
    """An act someone is allowed or ordered to do ("allowed X to hold a rally", "ordered the
    company to pay damages") has not happened; an ordered move of forces is the orderer's."""
    if tok.dep_ not in ("ccomp", "xcomp"):
        return False
    lemma = tok.head.lemma_.lower()
    if lemma in lexicon.PERMIT_VERBS:
        return True
    clause = _to_clause(tok.head) if lemma == "order" else None
    return clause is not None and clause.i == tok.i and not _ordered_move(tok)


def _ordered_move(verb: Token) -> bool:
    """Whether an ordered act is a move of forces the orderer commands (154 deploy, 087x
    withdraw or demobilize: "ordered troops to withdraw") or a break its own envoys make (161
    relations cut, 164 talks halted: "ordered government negotiators to halt peace talks"),
    so the act is the orderer's; not another state's ("ordered Denmark to withdraw its
    forces", "ordered Germany to pull its ambassador out": a demand on it)."""
    if any(c.dep_ == "dobj" and c.ent_type_ == "GPE" for c in verb.head.children):
        return False
    return _verb_code(verb)[0][:3] in ("154", "087", "161", "164")


def _condition(tok: Token) -> bool:
    """An "if/unless ..." clause: a hypothetical act, not an event ("unless X lifts ..."); so
    is an "until/before ..." clause in the present ("vowing to stay until the government
    scraps the laws"), not one in the past ("fought until the army withdrew")."""
    return tok.dep_ == "advcl" and any(
        c.dep_ == "mark" and (c.lower_ in ("if", "unless") or c.lower_ in ("until", "before")
                              and tok.tag_ in ("VBZ", "VBP", "VB"))
        for c in tok.children)


def _is_request(tok: Token) -> bool:
    """A demand/appeal word (CAMEO 02 or 10): "demand", "urge", "call", "appeal"."""
    lemma = tok.lemma_.lower()
    table = lexicon.NOUN_CODES if tok.pos_ in ("NOUN", "PROPN") else lexicon.VERB_CODES
    return lemma in lexicon.REQUEST_GOVERNORS or table.get(lemma, "")[:2] in ("02", "10")


def _obligation_frame(tok: Token) -> Frame | None:
    """"X said/declared that Y must Z": X demands (CAMEO 10) or appeals (02) to Y; "X told
    Poland to reverse its reforms": X demands it of a named actor (100)."""
    told = _told_to_act(tok)
    if told is not None:
        frame = Frame("100", tok.text, _tok_span(tok), own_table=True)
        speaker = subject_and_agent(tok)[0]
        frame.sources = _expand(speaker) if speaker is not None else []
        frame.targets, frame.negated = _expand(told), _negated(tok)
        return frame
    for clause in tok.children:
        if clause.dep_ != "ccomp":
            continue
        modals = {c.lower_ for c in clause.children if c.dep_ == "aux"}
        code = "100" if "must" in modals else "020" if modals & {"should", "ought"} else ""
        if not code and not modals and clause.tag_ == "VB" and (
                tok.lemma_.lower() in lexicon.SUBJUNCTIVE_DEMANDS):
            code = "100"  # "insisted that Russia withdraw all its forces": a demand
        subject = next((c for c in clause.children if c.dep_ in SUBJECTS), None)
        if not code or subject is None or subject.lower_ in lexicon.EMPTY_SUBJECTS or any(
                c.dep_ == "aux" and c.i < subject.i for c in clause.children) or (
                _no_actor(subject)) or subject.dep_ == "nsubjpass":
            continue  # "saying it should be up to X", "Should Rubio win Florida, ...": no one;
            # "said women should be punished": those it befalls are asked nothing
        frame = Frame(code, tok.text, _tok_span(tok), own_table=True)
        speaker, _, _ = subject_and_agent(tok)
        frame.sources = _expand(speaker) if speaker is not None else []
        frame.targets = _expand(subject)
        frame.negated = _negated(tok)
        return frame
    return None


def _told_to_act(tok: Token) -> Token | None:
    """The named actor "told" to do something ("The Commission told Poland on Wednesday to
    reverse judicial reforms"): the object of 'tell' with a to-clause of its own."""
    if tok.lemma_.lower() != "tell":
        return None
    told = next((c for c in tok.children if c.dep_ == "dobj"), None)
    act = next((c for c in tok.children if c.dep_ == "xcomp" and c.tag_ == "VB" and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
    if told is None or act is None or not _is_named(told) or told.ent_type_ == "PERSON":
        return None  # "told reporters to expect ...", "told Smith to sit down": no state asked
    return told


def _stands_by(tok: Token) -> bool:
    """Whether a refusal is one to abandon someone ("refused to abandon Trump"): support."""
    return any(c.dep_ == "xcomp" and c.lemma_.lower() in lexicon.ABANDON_VERBS
               for c in tok.children)


def _no_actor(word: Token) -> bool:
    """Whether a clause's subject names no one who could be asked ("this epidemic must stop")."""
    return word.pos_ == "NOUN" and not word.ent_type_ and coded_sector(word) is None and not (
        is_agent_word(word.lower_))


def _verb_code(tok: Token) -> tuple[str, bool]:
    """(CAMEO code, from our own tables) of a verb, its object, particle and prepositions."""
    lemma, particle = tok.lemma_.lower(), verb_particle(tok)

    def words() -> set[str]:
        """The words after the verb, computed only when a pattern needs them."""
        return _right_words(tok)

    if lemma in lexicon.SET_FREE_VERBS and _set_free(tok):
        return "0841", True  # "let free some 74 political leaders", "set free 20 prisoners"
    pushed = _pushed_back(tok, lemma)
    if pushed is not None:
        return pushed, True  # "protesters were pushed back by riot police": repression
    for rule in (_force_verb_code, _statement_verb_code, _firing_verb_code, _appeal_verb_code,
                 _handover_code):
        hit = rule(tok, lemma)
        if hit is not None:
            return hit
    return _named_object_code(tok, lemma, particle, words)


def _handover_code(tok: Token, lemma: str) -> tuple[str, bool] | None:
    """A wanted person handed over ("handed over a former army colonel to the UN tribunal":
    judicial cooperation, 063) or files handed to someone ("handed documents to Brazilian
    investigators", "handed over dossiers": shared information, 064); None otherwise."""
    if lemma != "hand":
        return None
    over = verb_particle(tok) == "over"
    for obj in (c for c in tok.children if c.dep_ == "dobj"):
        word = obj.lemma_.lower()
        if word == "equipment" and any(c.dep_ == "poss" for c in obj.children):
            return "", True  # "the army handed over its equipment to the Taliban": given up,
            # no aid
        if word in lexicon.HANDED_FILES and (over or prep_object(tok, ("to",)) is not None or any(
                c.dep_ == "dative" for c in tok.children)):
            return "064", True
        if over and (word in lexicon.HANDED_PEOPLE or obj.ent_type_ == "PERSON") and (
                _justice_receiver(tok)) and not any(
                t.lower_ in lexicon.CAPTIVE_MARKS for t in obj.subtree):
            return "063", True  # "an arms dealer" too: a person, not arms
    return None


def _justice_receiver(tok: Token) -> bool:
    """Whether the 'to' of a hand-over is a state or a court or police, as an extradition's is
    ("to the United States", "a colonel wanted for genocide to the UN tribunal": the parser may
    hang the 'to' on a noun or participle of the object, as extract._given_to reads it), not
    "to the Red Cross" or a family."""
    return any(r.ent_type_ == "GPE" or any(t.lemma_.lower() in lexicon.JUSTICE_RECEIVERS
                                           for t in r.subtree)
               for p in given_to_preps(tok) for r in p.children if r.dep_ == "pobj")


def _force_verb_code(tok: Token, lemma: str) -> tuple[str, bool] | None:
    """Force read off the verb's form, its weapon doer or its object ("the missiles hit a
    port", "struck a depot"); None when none applies."""
    if tok.lower_ in RAPE_FORMS:
        return "1821", True  # the tagger lemmatizes "raped" as "rap"
    if lemma in lexicon.TEAR_GAS_LEMMAS and _tear_gassed(tok):
        return "175", True  # "police tear-gassed protesters", "teargassed the crowd"
    if lemma == "gas" and _gassed_people(tok):
        return "2041", True  # "the army gassed Kurdish villagers": a chemical weapon
    if tok.lower_ in lexicon.COURT_MARTIAL_FORMS and hyphen_after(tok, "court"):
        return "173", True  # "were court-martialled": tried by a military court
    if lemma == "charge" and any(hyphen_after(tok, w) for w in lexicon.BATONS):
        return "175", True  # "police baton-charged opposition supporters": crowd control
    if lemma == "fire" and hyphen_after(tok, "test"):
        return "150", True  # "Iran test-fired missiles": a show of force, no attack
    raked = _raked_code(tok, lemma)
    if raked:
        return raked, True  # "raked a bus carrying pilgrims with fire": the table's 190
    if lemma == "burn" and any(c.lower_ == "alive" for c in (*tok.children, *(
            g for o in tok.children if o.dep_ == "dobj" for g in o.children))):
        return "1823", True  # "was burned alive by a mob": killed by physical assault
    if lemma == "die" and _weapon_layer(tok) is not None:
        return "190", True  # "died when their jeep hit a mine laid by rebels": killed by them
    weapon = subject_and_agent(tok)[0] if lemma in lexicon.IMPACT_VERBS else None
    if weapon is not None and is_weapon(weapon):
        own = lexicon.VERB_CODES.get(lemma, "")  # "the missiles hit/struck a port"; "a
        # mortar attack killed nine": the weapon's 194, not killing's plain 190
        return (own if own[:2] in FORCE_CODES and own != "190" else _weapon_code(weapon)), True
    if lemma == "go" and any(c.dep_ == "prt" and c.lower_ == "off" for c in tok.children):
        blast = _blast_code(subject_and_agent(tok)[0])  # "a car bomb went off outside a
        if blast is not None:  # hotel": a bombing (1832); "a gas cylinder went off": none
            return blast, True
    blast = _harmed_in_blast(tok) if lemma in lexicon.HARM_VERBS else None
    if blast:
        return blast, True  # "five people were killed in a bomb blast": a bombing (183)
    if lemma in lexicon.LANDING_VERBS and _fired_landing(tok):
        return _weapon_code(subject_and_agent(tok)[0]), True  # "mortar shells fired from
        # Syria landed in Akcakale": shelling across the border (194)
    if lemma in lexicon.ATTACK_WITH_OBJECT and not _has_object_code(tok) and (any(
            c.dep_ in ("dobj", "agent") for c in tok.children) or _shared_object(tok)
            or _free_relative_object(tok)):
        return lexicon.ATTACK_WITH_OBJECT[lemma], True  # "struck a depot", "was struck by X"
    return None


def _harmed_in_blast(tok: Token) -> str | None:
    """The bombing code of a blast the harm happened in ("were killed in a car bomb
    explosion": 1832); None for no blast, "" for an accident ("in a gas explosion")."""
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "by"):
            blast = next((_blast_code(o) for o in prep.children if o.dep_ == "pobj"), None)
            if blast is not None:
                return blast
    return None


def _landing_target(tok: Token, frame: Frame, lemma: str) -> None:
    """"A mortar shell landed near the US embassy": what a fired munition lands on or near is
    its target, a building with the owner its words name (the US embassy: the US), or else
    the town the place is in; a bare town stays the place only."""
    if lemma not in lexicon.LANDING_VERBS or frame.targets or frame.code[:2] != "19":
        return
    hit = prep_object(tok, ("on", "near", "into", "inside", "at", "in"))
    if hit is not None and hit.ent_type_ not in ("GPE", "LOC") and hit.pos_ == "NOUN":
        frame.targets = _expand(hit)


def _fired_munition(weapon: Token) -> bool:
    """A munition that is fired by nature ("a mortar shell", "two rockets"), no named
    product ("a SpaceX rocket") nor a weapon only carried."""
    return weapon.lemma_.lower() in lexicon.LANDED_MUNITIONS and not any(
        t.ent_type_ in ("ORG", "PRODUCT", "PERSON") for t in weapon.subtree)


def _fired_landing(tok: Token) -> bool:
    """Whether fired weapons land or fall on a place ("rockets fired from Gaza landed in
    southern Israel", "mortar rounds fired from Syria"): an attack on it; not a test whose
    missiles fall into the sea."""
    weapon = subject_and_agent(tok)[0]
    if weapon is None or not (is_weapon(weapon) or weapon.lemma_.lower() in lexicon.ROUNDS and any(
            c.dep_ == "compound" and c.lemma_.lower() in lexicon.WEAPONS
            for c in weapon.children)) or not (any(
            c.dep_ == "acl" and c.lemma_.lower() in lexicon.LAUNCHING_VERBS
            for c in weapon.children) or _fired_munition(weapon)):
        return False
    place = prep_object(tok, ("in", "on", "inside", "near", "into"))
    return place is not None and not ({place.lemma_.lower()} | {
        c.lemma_.lower() for c in place.children if c.dep_ in ("compound", "amod")}) & (
        lexicon.OPEN_WATERS)


def _free_relative_object(tok: Token) -> bool:
    """Whether the verb's object is a "what" clause ("struck what the army described as
    weapons depots", "shelled what rebels said was a hospital"): a thing hit, as a noun is."""
    doer = subject_and_agent(tok)[0]
    armed = doer is not None and (is_weapon(doer) or doer.lower_ in lexicon.AERIAL_WORDS or (
        coded_sector(doer) in lexicon.ARMED_DOER_SECTORS))  # not "the senator attacked what
    # he called a reckless plan": words
    return armed and any(c.dep_ == "ccomp" and c.i > tok.i and c.left_edge.lower_ == "what"
                         for c in tok.children)


def _gassed_people(tok: Token) -> bool:
    """Whether a plain "gassed" (no tear gas) has people as its object who are no crowd a
    police force disperses ("gassed Kurdish civilians", not "gassed the protesters")."""
    if hyphen_after(tok, "tear"):
        return False
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    return obj is not None and obj.lower_ not in lexicon.PROTESTER_WORDS and (
        obj.lower_ in lexicon.CIVILIAN_VICTIMS or obj.ent_type_ == "NORP" or any(
            c.ent_type_ == "NORP" for c in obj.children))


def _tear_gassed(tok: Token) -> bool:
    """Whether the verb is "teargassed" or the "gassed" of "tear-gassed" (the tokenizer splits
    the hyphen: "tear - gassed")."""
    return tok.lemma_.lower() != "gas" or hyphen_after(tok, "tear")


def _statement_verb_code(tok: Token, lemma: str) -> tuple[str, bool] | None:
    """Threats, announced responses, hosting and warnings read off what they name; None
    when none applies."""
    means = _threat_means(tok) if lemma in lexicon.THREAT_WORDS else None
    if means is not None:  # "threatened X with sanctions", "warned of sanctions": 1312
        return lexicon.threat_code(_noun_code(means)), True

    response = _announced_response(tok, lemma)
    if response:
        return response, True  # "said it would respond with force to any provocation"
    if lemma == "host" and _hosted_occasion(tok):
        return "", True  # "Qatar is hosting the World Cup final": no visitor met
    if lemma == "welcome" and _welcomed_visitor(tok):
        return "043", True  # "Vietnam welcomed the U.S. president in Hanoi": a visit hosted
    if lemma == "warn" and _forecast(tok):
        return "", True  # "the Bank of England warned that inflation would rise"
    if lemma == "protest" and _protested_claim(tok):
        return "114", True  # "X is failing refugees, a rights group protested": a complaint
    return None


def _protested_claim(tok: Token) -> bool:
    """Whether "protest" tells a complaint: it reports a that-clause with its own subject and
    has no object and no preposition but a date or "to" whom ("protested that the vote was
    rigged", "protested to Japan that ..."), not a demonstration ("thousands protested in the
    capital")."""
    return any((c.dep_ == "ccomp" or c.dep_ == "advcl" and that_marked(c)) and any(
        g.dep_ in SUBJECTS for g in c.children) for c in tok.children) and not any(
        c.dep_ == "dobj" or c.dep_ == "prep" and not dated(c) and c.lower_ != "to"
        for c in tok.children)


def _raked_code(tok: Token, lemma: str) -> str:
    """The verb + "with" table's code of raking or spraying with gunfire, the "with" found
    anywhere below the verb (the parser may hang it on the object's clause: "raked a bus
    carrying pilgrims with fire"), which _verb_prep_code does not reach; else ""."""
    if lemma not in lexicon.RAKING_VERBS:
        return ""
    return next((lexicon.VERB_PREP_CODES.get((lemma, g.lemma_.lower()), "") for g in tok.subtree
                 if g.dep_ == "pobj" and g.head.lower_ == "with" and g.lemma_.lower() in (
                     lexicon.GUNFIRE_WORDS)), "")


def _firing_verb_code(tok: Token, lemma: str) -> tuple[str, bool] | None:
    """Firing, bans, crowd burning, expulsions and legal charges; None when none applies."""
    fired = _fired_weapon(tok)
    if fired is not None:
        return _weapon_code(fired[0]), True  # "shells were fired at Donetsk": 194
    if _live_after_warning(tok) is not None:
        return "190", True  # "fired warning shots and then live rounds at the crowd"
    if _warning_shots(tok):  # "fired warning shots at a fishing boat": a show of force; to
        return ("175" if _dispersing(tok) else "150"), True  # disperse a crowd: repression
    ban = _ban_code(tok, lemma)
    if ban is not None:
        return ban, True  # "imposed visa bans on officials", "lifted its ban on imports"
    if _crowd_burning(tok, lemma):
        return "145", True  # "protesters burned tyres and blocked roads"
    if _ordered_out(tok):
        return expulsion_code(tok), True  # "ordered the aid agencies to leave": 1663
    if legal_charge(tok):
        return "173", True  # "prosecutors charged the mayor with corruption"
    if lemma == "try" and _tried(tok):
        return "173", True  # "was tried in absentia in Dakar": legal action
    return None


def _tried(tok: Token) -> bool:
    """Whether "try" is a trial: a passive with no clause tried ("was tried for treason"),
    never an attempt ("tried to flee", "was tried and tested")."""
    deps = {c.dep_ for c in tok.children}
    return "nsubjpass" in deps and "auxpass" in deps and not deps & {"xcomp", "ccomp", "conj"}


def _appeal_verb_code(tok: Token, lemma: str) -> tuple[str, bool] | None:
    """Appeals, stances and standing by someone read off the verb's complements; None when
    none applies."""
    if lemma == "call" and _appeal_content(tok) is not None:
        return "020", True  # "called for the prime minister to resign": an appeal to him
    stance = phrasal_stance(tok) if lemma in lexicon.PHRASAL_STANCES else ""
    if stance:
        return stance, True  # "took aim at Trump", "came out for Clinton"
    if lemma == "call" and insult_named(tok):
        return "111", True  # "called Clinton a liar": criticism
    if lemma == "call" and any(c.dep_ in ("oprd", "acomp") and c.pos_ == "ADJ"
                               for c in tok.children):
        return "", True  # "called the bailout critical for Europe": a judgment, no appeal
    if lemma in lexicon.REFUSAL_WORDS and _stands_by(tok):
        return "051", True  # "Republican leaders refused to abandon Trump": they stand by him
    if lemma in lexicon.PERSIST_VERBS and not any(c.dep_ in ("dobj", "xcomp", "ccomp") or (
            c.dep_ == "prep" and c.lower_ == "for") for c in tok.children):
        return "", True  # "Sanders presses on to the next primary": going on, no appeal
    if lemma == "encourage" and _to_clause(tok) is not None:
        return "020", True  # "encouraged Egypt to release the journalists": an appeal
    return _crowd_or_order_code(tok, lemma)


def _crowd_or_order_code(tok: Token, lemma: str) -> tuple[str, bool] | None:
    """Gatherings, walkouts, orders, pressure, storming, openings and permissions; None when
    none applies."""
    if protest_gathering(tok):
        return "141", True  # "protesters gathered outside parliament"
    if walked_out(tok):
        return ("164" if _left_talks(tok) else "143" if strike_walkout(tok) else ""), True
        # "doctors walked out for a day"; "walked out of the peace talks" halts them (164)
    if lemma in lexicon.ORDER_VERBS and _media_closed(tok):
        return "1721", True  # "ordered the newspaper to suspend publication"
    if lemma in lexicon.OFF_AIR_VERBS and _off_air(tok):
        return "1721", True  # "pulled ANS, the main independent station, off the air"
    holder = _licence_holder(tok) if lemma in lexicon.LICENCE_REVOKING_VERBS else None
    if holder is not None and _outlet(holder):
        return "1721", True  # "revoked the licences of two independent radio stations"
    if holder is not None and removed_code(holder, "expel"):
        return removed_code(holder, "expel"), True  # "revoked the licences of 10 foreign aid
        # agencies working in Darfur": expelled (1663)
    if lemma in lexicon.CLOSING_VERBS and _named_outlet_closed(tok):
        return "1721", True  # "closed down the opposition weekly Respublika"
    ordered = _to_clause(tok) if lemma == "order" else None
    if ordered is not None and any(c.dep_ == "dobj" and _coded_noun(c) for c in tok.children):
        return "", True  # "ordered the confiscation of land to build a road": the noun's act
    if ordered is not None and _post_closed(tok, ordered):
        return "166", True  # "ordered the United States to close its consulate in Chengdu"
    if ordered is not None:  # "ordered X to appear/pay": a demand (the dictionary says 030)
        return ("" if _ordered_move(ordered) else "100"), True  # "ordered troops to withdraw"
    if lemma in ("pressure", "pressurise", "pressurize") and _to_clause(tok) is not None:
        return "100", True  # "pressured X to resign": a demand, not coercion (170)
    if lemma == "storm" and any(c.dep_ == "dobj" for c in tok.children):
        return "190", True  # "stormed a mosque"; "stormed out" is no act
    if lemma in ("open", "reopen") and _opened_to_displaced(tok):
        return "075", True  # "let in people fleeing the war across its border": asylum
    if lemma in lexicon.PERMIT_VERBS and _to_clause(tok) is not None:
        return _permission_code(tok), True  # "allowed the opposition to hold rallies": 081
    if lemma in lexicon.DEADLINE_VERBS and _deadline_to_act(tok):
        return "139", True  # "gave French troops 48 hours to leave": an ultimatum, no aid
    return None


def _post_closed(tok: Token, ordered: Token) -> bool:
    """Whether an order closes another's diplomatic post ("ordered the Dutch consulate to
    close", "ordered the United States to close its consulate") or makes another state pull
    its envoy out ("ordered Germany to recall its ambassador"): an expulsion (166)."""
    closed = [c for c in ordered.children if c.dep_ == "dobj"] or [
        c for c in tok.children if c.dep_ == "dobj"]
    if ordered.lemma_.lower() in lexicon.CLOSING_VERBS:
        return any(c.lemma_.lower() in lexicon.DIPLOMATIC_POSTS for c in closed)
    return ordered.lemma_.lower() in lexicon.RECALLING_VERBS and any(
        c.dep_ == "dobj" and c.ent_type_ == "GPE" for c in tok.children) and any(
        c.lemma_.lower() in lexicon.ENVOYS for c in closed)


def _diplomatic_office(noun: Token) -> bool:
    """An office that is a diplomatic post by its qualifier ("interests section", "liaison
    office"), not "a section of the road" nor "his office"."""
    marks = lexicon.DIPLOMATIC_OFFICES.get(noun.lemma_.lower())
    return marks is not None and any(
        c.dep_ in ("compound", "amod") and c.lower_ in marks for c in noun.children)


def _deadline_to_act(tok: Token) -> bool:
    """Whether a verb gives someone a span of time to do something ("gave the rebels a week
    to lay down their arms", "set a deadline for the army to withdraw")."""
    for obj in (c for c in tok.children if c.dep_ in ("dobj", "dative", "npadvmod")):
        if obj.lemma_.lower() not in lexicon.DEADLINE_WORDS:
            continue
        if obj.lemma_.lower() in ("deadline", "ultimatum") and any(
                c.dep_ == "dative" and _is_named(c) for c in tok.children):
            return True  # "May gives Putin a midnight deadline over the attack"
        acts = [*obj.children, *tok.children]
        if any(a.pos_ == "VERB" and a.dep_ in ("relcl", "acl", "xcomp", "advcl") and to_verb(
                a) for a in acts):
            return True
    return False


def _named_object_code(tok: Token, lemma: str, particle: str | None,
                       words: Callable[[], set[str]]) -> tuple[str, bool]:
    """The code our tables give the verb with its particle, object or preposition, else the
    PETRARCH2 dictionary's for the verb and the words after it."""
    if lemma == "call" and particle is None and _phoned(tok):
        return "041", True  # "called the Lebanese president and thanked him": a phone call
    if lemma == "find" and any(c.lower_ in lexicon.VERDICT_WORDS and c.dep_ in (
            "acomp", "oprd", "ccomp", "xcomp") for c in tok.children):
        return "116", True  # "was found guilty of subversion by a court": a verdict
    if lemma == "call" and particle in ("up", "out") and any(  # "called up 300,000
            c.dep_ == "dobj" and c.lower_ in lexicon.CALLED_UP  # reservists", "called out
            for c in tok.children):  # the army"
        return "154", True
    if lemma == "call" and particle == "up" and any(
            c.dep_ == "dobj" and _is_named(c) for c in tok.children):
        return lexicon.code_for_verb(lemma, None, words)  # "called up Putin": a call, no
        # mobilization (the dictionary's "call up" is 150)
    if lemma == "express" and any(c.dep_ == "dobj" and c.lower_ in lexicon.REGRET_NOUNS
                                  for c in tok.children):
        return ("055" if _apology_told(tok) else ""), True  # "expressed his deepest regrets
        # to Congo for the violence": an apology; "regret at the decision": no act of its own
    if lemma == "set" and any(c.lower_ in ("ablaze", "alight") for c in tok.children):
        return "1712", True  # "militiamen set ablaze dozens of homes", as "set fire to" is
    if _returned_loot(tok, lemma, particle):
        return "0842", True  # "returned stolen paintings to Ukraine": property given back
    if lemma in lexicon.CLOSING_VERBS and any(
            c.dep_ in ("dobj", "nsubjpass") and _diplomatic_office(c) for c in tok.children):
        return "161", True  # "closed its interests section in Tehran": relations cut
    if _trade_ban(tok, lemma):  # not folded into senses._ban_code (read before the order
        # rules): a trade ban here yields to "ordered X to ..." and the appeal rules first
        return "163", True  # "announced a ban on exports of rare earths to Japan": embargo
    if _materiel_given(tok, lemma):
        return "072", True  # "France will send Mali two more helicopters": military aid
    if aid := _unveiled_aid(tok, lemma):
        return aid, True  # "announced $33 million in assistance to Mozambique": aid promised
    if lemma in lexicon.MASS_EXPELLING_VERBS and _whole_people(tok):
        return "201", True  # "expelled all Asians", "tens of thousands of ethnic Albanians"
    if lemma in lexicon.ORDERING_HOME_VERBS and _envoy_sent_home(tok):
        return "161", True  # "Venezuela's ambassador was ordered home from Bogota": a recall
    if lemma in lexicon.DRIVING_OUT_VERBS and (driven := _driven_abroad(tok)):
        return driven, True  # "40,000 diggers were driven across the border by the army"
    # "called off the talks", "put its mediation on hold", "talks were put off indefinitely"
    halting = particle == "off" and lemma in CALL_OFF_VERBS or _put_on_hold(tok, lemma)
    for verb in (lemma, "halt") if halting else (lemma,):
        if verb == "call" and not halting:
            continue  # "called a strike": only "called off the strike" ends one (080)
        for obj in _object_words(tok) if verb in _OBJECT_VERBS and not _bought(tok) else ():
            if (verb, obj) in lexicon.VERB_OBJECT_CODES:
                return lexicon.code_for_verb(verb, particle, words, obj)
    prep_code = _verb_prep_code(tok, lemma)
    if prep_code:
        return prep_code, True
    move = _armed_move(tok, lemma) or _missile_test(tok, lemma)
    if move:
        return move, True
    return lexicon.code_for_verb(lemma, particle, words)


def _put_on_hold(tok: Token, lemma: str) -> bool:
    """Whether "put" halts what it takes ("put its peace facilitation on hold", "talks were
    put off indefinitely"), as "called off" does."""
    return lemma == "put" and (verb_particle(tok) == "off" or any(
        p.dep_ == "prep" and p.lower_ == "on" and any(o.lower_ == "hold" for o in p.children)
        for p in tok.children))


def _apology_told(verb: Token) -> bool:
    """Whether regret is expressed to someone or for something ("expressed regret to Congo",
    "regrets for the abuses"), never at, over or about another's deed or in a that-clause."""
    regret = next(c for c in verb.children if c.dep_ == "dobj")
    preps = {p.lower_ for w in (verb, regret) for p in w.children if p.dep_ in ("prep", "dative")}
    return bool(preps & {"to", "for"}) and not preps & {"at", "over", "about", "that"} and not any(
        c.dep_ == "ccomp" for w in (verb, regret) for c in w.children)


def _set_free(tok: Token) -> bool:
    """Whether "set"/"let" is followed by "free" naming whom it frees, however the parser
    attaches the word (its complement, or a modifier of the object)."""
    after = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return after is not None and after.lower_ == "free" and after.head.i in (
        tok.i, *(c.i for c in tok.children if c.dep_ == "dobj")) and any(
            c.dep_ == "dobj" for c in (*tok.children, *after.children))


def _pushed_back(tok: Token, lemma: str) -> str | None:
    """The code of "push back" or "drive back" by whom it moves: protesters pushed back by
    police are repressed (175), refugees sent back (174), fighters driven back fought (190);
    a vote pushed back is only delayed, a crowd of fans only held (''); None where nothing is
    moved ("pushed back against the plan")."""
    if lemma not in lexicon.PUSHING_BACK_VERBS or not any(
            c.lower_ == "back" and c.dep_ in ("prt", "advmod") for c in tok.children):
        return None
    moved = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if moved is None:
        subject, _, passive = subject_and_agent(tok)
        moved = subject if passive else None  # "protesters tried to storm it but were pushed
    if moved is None:  # back": the conjunct's shared subject
        return None
    if _through_quantity(moved).lower_ in lexicon.DEPORTED:
        return "174"  # "border guards pushed back hundreds of refugees": sent back
    if moved.lower_ in lexicon.PROTESTER_WORDS:
        return "175"
    return "190" if moved.lower_ in lexicon.COMBATANTS else ""


def _effort_owner(verb: Token) -> Token | None:
    """The named possessor of one's own effort a verb's passive subject is ("Egypt's
    mediation", "Norway's talks with X"), who halts it; a membership or aid possessed is
    undergone ("Syria's membership ... was suspended"), no one's effort."""
    halted = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if halted is None or halted.lemma_.lower() not in lexicon.OWN_EFFORTS:
        return None
    return next((c for c in halted.children if c.dep_ == "poss" and c.ent_type_ in (
        "GPE", "ORG", "NORP", "PERSON")), None)


def _home_word(tok: Token) -> Token | None:
    """The 'home' a verb sends someone ("ordered its ambassador home")."""
    return next((c for c in tok.children if c.lower_ == "home" and c.dep_ in (
        "advmod", "prt", "npadvmod", "dobj")), None)


def _envoy_sent_home(tok: Token) -> bool:
    """Whether a verb sends an envoy 'home' ("ordered its ambassador home", "the ambassador
    was called home"); "sent the ambassador to Paris" is no recall."""
    home = _home_word(tok)
    if home is None:
        return False
    sent = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")] + [
        c for c in home.children if c.dep_ == "compound"]  # "ordered its ambassador home":
    # the parser may make the envoy a compound of "home"
    return any(c.lemma_.lower() in lexicon.ENVOYS for c in sent)


def _driven_abroad(tok: Token) -> str:
    """Expulsion of the people a state's or armed force drives across a frontier: en masse
    (thousands, or a count of a thousand or more) 201, else 174; '' when no people are driven
    ('drove across the border', 'drove thousands of sheep across the border') or a driver or
    smuggler drives them ('a bus driver drove 300 pilgrims across the border')."""
    if not any(c.dep_ == "prep" and c.lower_ in ("across", "over") and any(
            g.dep_ == "pobj" and g.lower_ in lexicon.FRONTIERS for g in c.children)
               for c in tok.children):
        return ""
    subject, agent, passive = subject_and_agent(tok)
    if not armed_or_state(agent if passive else subject):
        return ""
    driven = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if driven is None:
        return ""
    group = _through_quantity(driven)
    if not (group.lower_ in lexicon.DEPORTED or group.lower_ in (
            lexicon.VICTIM_WORDS) or group.ent_type_ == "NORP" or any(
                t.ent_type_ == "NORP" for t in group.subtree if t.i < group.i)):
        return ""  # people by standing or by nation ("40,000 Congolese diamond diggers")
    counts = [c for c in group.children if c.dep_ == "nummod"]
    many = driven.lower_ in lexicon.MASS_NUMBERS or any(
        c.text.replace(",", "").isdigit() and int(c.text.replace(",", "")) >= 1000
        or c.lower_ in ("thousand", "thousands") for n in counts for c in n.subtree)
    return "201" if many else "174"


def _whole_people(tok: Token) -> bool:
    """Whether a verb's object is a people en masse: an ethnic or national group, all of it
    or by the thousands ("all Asians", "tens of thousands of ethnic Albanians"), not
    migrants or workers sent home (174)."""
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None:
        return False
    group = prep_object(obj, ("of",)) if obj.lower_ in lexicon.MASS_NUMBERS else obj
    if group is None or group.lower_ in lexicon.DEPORTED or not (
            group.tag_ == "NNPS" or any(c.lower_ == "ethnic" for c in group.children)):
        return False
    return group is not obj or any(c.lower_ == "all" for c in obj.children)


def _permission_code(tok: Token) -> str:
    """A permission to act by whom it allows ("allowed the opposition to hold rallies": 081):
    inspectors or monitors received (0862: "allowed a team of IAEA inspectors to visit the
    reactor"), an aid convoy let through (0863), as the object or the clause's subject."""
    clause = _to_clause(tok)
    allowed = [c for c in tok.children if c.dep_ == "dobj"] + (
        [c for c in clause.children if c.dep_ == "nsubj"] if clause is not None else [])
    words = {w.lower_ for c in allowed for w in (c, prep_object(c, ("of",)) or c)}
    if words & lexicon.MONITORS:
        return "0862"
    return "0863" if words & lexicon.AID_CONVOYS else "081"


def _returned_loot(tok: Token, lemma: str, particle: str | None) -> bool:
    """Whether a verb of giving back ("returned", "handed back") gives back property taken
    from its owner: a treasure-like word, or a thing called stolen, looted or seized ("handed
    back seized manuscripts to Mali"), whatever it is; not "returned the faulty phones"."""
    if lemma not in lexicon.RETURNING_VERBS and not (
            particle == "back" and lemma in lexicon.GIVING_BACK_VERBS):
        return False
    if lemma not in lexicon.RETURNING_VERBS and any(
            w in lexicon.RETURNED_PROPERTY for w in _object_words(tok)):
        return True  # "handed back a collection of Benin bronzes" (the table has "return")
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    held = [o for c in objs for o in (c, prep_object(c, ("of",))) if o is not None]
    return any(c.dep_ == "advcl" and c.lower_ in lexicon.TAKEN_MARKS and participle_modifier(
        c) is not None for c in tok.children) or any(  # "returned looted masks" (split)
        m.dep_ in ("amod", "acl", "compound") and m.lower_ in lexicon.TAKEN_MARKS
        for o in held for m in o.children)


def _materiel_given(tok: Token, lemma: str) -> bool:
    """Whether a verb gives a named state arms as its indirect object ("will send Mali two
    more helicopters", "supplied Kyiv 50 armoured vehicles") or "to" the state by its own
    name ("will send two more helicopters to Mali"): military aid, not a deployment ("sent two
    helicopters to the border", "tanks to Donetsk", "warships to Libya") nor "sent fans a new
    album"."""
    if lemma not in lexicon.MATERIEL_GIVING_VERBS:
        return False
    given = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if given is None or given.lower_ not in lexicon.GIVEN_MATERIEL:
        return False
    recipient = next((c for c in tok.children if c.dep_ == "dative" and c.pos_ != "ADP"), None)
    if recipient is not None:
        return recipient.ent_type_ in ("GPE", "NORP") or (
            recipient.pos_ == "PROPN" and not recipient.ent_type_ == "ORG")
    state = prep_object(tok, ("to",))  # "will send two more helicopters to Mali"
    return state is not None and (_state_by_name(state) or _state_forces(state)) and not (
        lemma == "send" and given.lower_ in lexicon.SAILING_WARCRAFT)  # "sent warships to
    # Libya" sails them there: a deployment (154)


def _state_forces(tok: Token) -> bool:
    """Whether a noun phrase is a named state's armed forces ("Niger's air force", "the
    Colombian army"): a state given arms."""
    return tok.lemma_.lower() in lexicon.STATE_FORCES and any(
        c.dep_ in ("poss", "amod", "compound") and (
            c.ent_type_ in ("GPE", "NORP") or _state_by_name(c)) for c in tok.children)


def _state_by_name(tok: Token) -> bool:
    """Whether a noun phrase names a state by its own name ("Mali", "the United States"), not
    a region or city in one ("Donetsk", "the border")."""
    return kb.state_named(" ".join(t.text for t in tok.subtree
                                   if t.dep_ != "det" and t.i <= tok.i)) is not None


def _trade_ban(tok: Token, lemma: str) -> bool:
    """Whether a verb imposes or announces a ban on trade ("imposed a ban on wheat exports to
    Bangladesh"): an embargo (163) as "banned exports" is; not "a ban on smoking"."""
    if lemma not in lexicon.BAN_IMPOSING_VERBS:
        return False
    ban = next((c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in (
        lexicon.TRADE_BAN_NOUNS)), None)
    traded = prep_object(ban, ("on",)) if ban is not None else None
    return traded is not None and traded.lower_ in lexicon.TRADED_GOODS and (prep_object(
        traded, ("to", "from", "with")) is not None or any(
            c.dep_ in ("amod", "compound") and c.ent_type_ in ("GPE", "NORP")
            for c in traded.children))  # a partner: not "a ban on beef exports" (its own)


PHONE_CALL_CODE = "041"


def _third_party(verb: Token, callee: Token) -> bool:
    """Whether a call's purpose clause has someone other than the callee as its object or
    partner ("to brief the cabinet", "to talk to the protesters"): the callee is asked to act
    on them, no call between caller and callee is told."""
    others = [c for c in verb.children if c.dep_ == "dobj"] + [
        g for p in verb.children if p.dep_ == "prep" and p.lower_ in ("to", "with")
        for g in p.children if g.dep_ == "pobj"]
    return any(o.i != callee.i and o.pos_ != "PRON" and (
        o.ent_type_ in ("PERSON", "NORP") or coded_sector(o) is not None) for o in others)


def _call_purposes(tok: Token) -> list[Token]:
    """The 'to' clauses that tell what a call is for ("called Lavrov to discuss Syria")."""
    return [c for c in tok.children if c.dep_ == "xcomp" or c.dep_ == "advcl" and to_verb(c)]


def _phoned(tok: Token) -> bool:
    """Whether "called X" is a call to a person (a name or an office) in which something is
    said, told by a conjoined act of words ("called the Lebanese president and thanked him")
    or by its purpose ("called Lavrov to discuss Syria"): 041; not "called X a liar", "called
    an election", "called the opposition to join the talks" or a call with nothing said in it."""
    callee = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if callee is None:
        return False
    purpose = _call_purposes(tok)
    if purpose and all(c.lemma_.lower() in lexicon.CALL_PURPOSE_VERBS and not _third_party(
            c, callee) for c in purpose) and (
            callee.ent_type_ == "PERSON" or callee.lemma_.lower() in lexicon.CALLED_TITLES):
        return True  # a person rung up to talk, not a group bidden to act nor one asked to
        # brief or talk to others ("called the army chief to brief the cabinet")
    if not (callee.ent_type_ == "PERSON" or coded_sector(callee) is not None):
        return False
    if any(c.dep_ in ("oprd", "xcomp", "ccomp", "acomp", "attr", "dative") for c in tok.children):
        return False
    return any(c.dep_ == "conj" and c.pos_ == "VERB" and _verb_code(c)[0][:2] in (
        lexicon.SAID_IN_CALL_ROOTS) for c in tok.children)


def _media_closed(tok: Token) -> bool:
    """Whether an order stops a news outlet ("ordered the paper to stop publishing", "ordered
    the closure of the station"): a restriction of the freedom of expression (1721)."""
    for obj in (c for c in tok.children if c.dep_ == "dobj"):
        if (_outlet(obj) or _carried_outlet(tok, obj) is not None) and any(
                c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in lexicon.STOP_VERBS
                for c in (*tok.children, *obj.children)):
            return True
        if obj.lemma_.lower() in lexicon.CLOSURE_NOUNS and any(
                _outlet(g) for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                for g in p.children):
            return True
    return False


def _licence_holder(tok: Token) -> Token | None:
    """Whose licence a verb revokes or suspends ("the licences of two radio stations", "the
    station's licence"): a news outlet's restricts freedoms (1721), aid agencies' expels them
    (1663)."""
    return next((h for c in tok.children if c.dep_ == "dobj" and c.lower_ in lexicon.LICENCES
                 for h in (prep_object(c, ("of",)), *(p for p in c.children if p.dep_ == "poss"))
                 if h is not None), None)


def _named_outlet_closed(tok: Token) -> bool:
    """Whether a state's agents close down a news outlet ("closed down the opposition weekly
    Respublika", "the opposition newspaper Azadlyg", where the parser may read "down" as a
    preposition); a publisher closing a magazine is business."""
    return armed_or_state(subject_and_agent(tok)[0]) and any(
        _outlet(c) for c in _closed_down(tok))


def _closed_down(tok: Token) -> list[Token]:
    """What a verb closes: its object, or the object of a "down" the parser took for a
    preposition ("closed down the opposition weekly Respublika")."""
    return [c for c in tok.children if c.dep_ == "dobj"] + [
        g for c in tok.children if c.dep_ in ("prep", "prt") and c.lower_ == "down"
        for g in c.children if g.dep_ == "pobj"]


def _carried_outlet(tok: Token, obj: Token) -> Token | None:
    """The news outlet an order stops others carrying ("ordered cable providers to stop
    carrying the independent channel Dozhd": Dozhd), if any."""
    return next((o for s in (*tok.children, *obj.children)
                 if s.dep_ in ("xcomp", "ccomp") and s.lemma_.lower() in lexicon.STOP_VERBS
                 for g in s.children if g.dep_ == "xcomp"
                 for o in g.children if o.dep_ == "dobj" and _outlet(o)), None)


def _outlet_stopped(tok: Token, frame: Frame) -> None:
    """An outlet ordered off others' networks is the one restricted (1721), not the carriers
    ordered ("ordered cable providers to stop carrying the channel Dozhd": Dozhd); one closed
    "down" by a preposition is the target, its closers the source."""
    if frame.code != "1721":
        return
    if tok.lemma_.lower() in lexicon.CLOSING_VERBS and not any(
            c.dep_ == "dobj" for c in tok.children):
        shut = next((c for c in _closed_down(tok) if _outlet(c)), None)  # "closed down the
        subject = subject_and_agent(tok)[0]  # weekly Respublika": the parser's preposition
        if shut is not None and subject is not None:
            frame.sources, frame.targets = _expand(subject), _expand(shut)
        return
    carried = next((o for c in tok.children if c.dep_ == "dobj"
                    if (o := _carried_outlet(tok, c)) is not None), None)
    if carried is not None and tok.lemma_.lower() in lexicon.ORDER_VERBS:
        frame.targets = _expand(carried)


def _off_air(tok: Token) -> bool:
    """Whether a verb takes a news outlet off the air ("took the opposition channel RCTV off
    the air"); not a show ("pulled the sitcom off the air")."""
    return any(p.dep_ == "prep" and p.lower_ == "off" and any(  # the parser may hang it on
        g.dep_ == "pobj" and g.lower_ == "air" for g in p.children) for p in tok.subtree) and any(
        _outlet(o) or any(a.dep_ == "appos" and _outlet(a) for a in o.children)
        for o in tok.children if o.dep_ == "dobj")


def _outlet(noun: Token) -> bool:
    """Whether a noun phrase names a news outlet ("the opposition newspaper La Prensa")."""
    return any(t.lemma_.lower() in lexicon.MEDIA_OUTLETS for t in noun.subtree if t.i <= noun.i)


def _left_talks(tok: Token) -> bool:
    """"walked out of the peace talks": a walkout from negotiations halts them (164)."""
    left = prep_object(tok, ("of",)) or next((g for c in tok.children if c.lower_ == "out"
                                              for p in c.children if p.lower_ == "of"
                                              for g in p.children if g.dep_ == "pobj"), None)
    return left is not None and left.lemma_.lower() in lexicon.TALK_NOUNS


def _weapon_code(weapon: Token | None) -> str:
    """Force by a weapon as doer: heavy arms fight with artillery (194), others 190."""
    if weapon is None:
        return "190"
    if weapon.ent_type_ in ("ORG", "PERSON", "PRODUCT") or (
            weapon.text[:1].isupper() and weapon.i > weapon.sent.start):
        return "190"  # "Shell hit a record": a name, no shell
    words = {weapon.lemma_.lower()} | {c.lemma_.lower() for c in weapon.children
                                       if c.dep_ in ("compound", "amod")}
    return "194" if words & lexicon.HEAVY_WEAPONS else "190"


def _threat_means(verb: Token) -> Token | None:
    """The coercive act a threat names ("threatened X with sanctions", "warned of strikes",
    "threatened new sanctions against Caracas")."""
    means = prep_object(verb, THREAT_PREPS) or next(
        (c for c in verb.children if c.dep_ == "dobj"), None)
    if means is None or means.lemma_.lower() not in lexicon.NOUN_CODES:
        return None
    return means if _noun_code(means)[:2] in FORCE_CODES else None


def _hosted_occasion(verb: Token) -> bool:
    """"will host the Olympic Games", "hosted the climate summit": an occasion hosted, with no
    named guests ("the ASEAN summit", "talks between Sudanese rivals" keep theirs), is no
    meeting (043)."""
    hosted = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if hosted is None and verb.dep_ == "acl" and verb.tag_ == "VBN":
        hosted = verb.head  # "a discussion hosted by the Paley Center"
    if hosted is None or not (hosted.ent_type_ == "EVENT" or hosted.lemma_.lower() in (
            lexicon.HOSTED_OCCASIONS)):
        return False
    if hosted.lemma_.lower() in lexicon.BROADCASTS:
        return True  # "an activist who hosts an MSNBC show": the channel is no guest
    guests = [t for c in hosted.children if c.dep_ in ("compound", "amod", "nmod") or (
        c.dep_ == "prep" and c.lower_ in ("between", "with", "of", "among")) for t in c.subtree]
    return not any(_is_named(t) and t.ent_type_ != "EVENT" for t in guests)  # "ASEAN summit"


def _announced_response(verb: Token, lemma: str) -> str:
    """A response its doer will or would take that names coercion ("would take resolute
    countermeasures if Japan released the water", "will respond with force"): a threat, of
    force (138) or, on a condition or against someone, unspecified (130); "" if none."""
    if lemma not in lexicon.RESPONSE_VERBS or not any(
            c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll") for c in verb.children):
        return ""
    means = [c for c in verb.children if c.dep_ == "dobj"]
    means += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
              for g in c.children if g.dep_ == "pobj"]
    named = {m.lemma_.lower() for m in means} & lexicon.THREAT_OUTCOMES
    if named & {"force", "war"}:
        return "138"
    conditioned = bool(_condition_marks(verb) & {"if", "unless"}) or prep_object(
        verb, ("against",)) is not None  # not "the committee will take action on the bill"
    return "130" if named and conditioned else ""


def _welcomed_visitor(verb: Token) -> bool:
    """Whether "welcome" receives a named person or office holder somewhere ("welcomed the
    U.S. president in Hanoi", "welcomed Modi to the White House"): a visit hosted (043), not
    praise (051) as "welcomed the agreement" is."""
    guest = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if guest is None or not any(t.dep_ == "pobj" and t.head.lower_ in ("in", "to", "at") and (
            t.ent_type_ in ("GPE", "LOC", "FAC")) for t in verb.subtree):
        return False  # "in Hanoi" may hang on the guest
    return guest.ent_type_ == "PERSON" or coded_sector(guest) in lexicon.POLITICAL_DOER_SECTORS


def _forecast(verb: Token) -> bool:
    """"warned of a flu surge", "warned that inflation would rise": a warning of no one's
    coercion, with no one warned, is a forecast, no threat (130)."""
    if any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return _advised(verb)  # "warned Taiwan against ...": someone is warned
    feared = prep_object(verb, THREAT_PREPS)
    if feared is not None:
        return feared.lemma_.lower() not in lexicon.THREAT_OUTCOMES and not _noun_code(feared)
    if any(c.dep_ in ("ccomp", "parataxis") and c.lemma_.lower() in SAY_VERBS
           for c in verb.children):
        return True  # 'warned: "Stalin said ..."': a saying quoted, no threat
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.lemma_ != "be" and any(
        a.dep_ == "aux" and a.lower_ in lexicon.FORECAST_MODALS for a in c.children)), None)
    if clause is None or any(t.lemma_.lower() in lexicon.COERCIVE_LEMMAS for t in clause.subtree):
        return False  # "warned that any protest would be met with force": a threat
    subject = next((c for c in clause.children if c.dep_ in SUBJECTS), None)
    return subject is not None and subject.pos_ in ("NOUN", "ADJ") and not is_agent_word(
        subject.lower_) and not _is_named(subject)  # not "that police will no longer ..."


def _advised(verb: Token) -> bool:
    """"The IMF warned Greece that it would miss its targets": the warned told of their own
    prospects, no coercion or harm named, is advice, no threat ("warned Turkey that it would
    regret ..." is one)."""
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and any(
        a.dep_ == "aux" and a.lower_ in lexicon.FORECAST_MODALS for a in c.children)), None)
    if clause is None:
        return False
    subject = next((c for c in clause.children if c.dep_ in SUBJECTS), None)
    return subject is not None and subject.pos_ == "PRON" and not any(
        t.lemma_.lower() in lexicon.COERCIVE_LEMMAS for t in clause.subtree)


def _threatened_with(tok: Token) -> bool:
    """Whether an event noun is only what a threat names ("warned of sanctions") or what a
    threatened penalty is for ("would pay a heavy price for the attack": a reason)."""
    paid = tok.head.head if tok.head.lower_ == "for" else None
    if paid is not None and (paid.lemma_.lower() in lexicon.PENALTY_OBJECTS or _penalty_told(
            paid)):
        return True
    verb = tok.head.head if tok.head.dep_ == "prep" and tok.head.lower_ in THREAT_PREPS else (
        tok.head if tok.dep_ == "dobj" else None)  # "threatened new sanctions"
    if verb is None or verb.lemma_.lower() not in lexicon.THREAT_WORDS:
        return False
    means = _threat_means(verb)
    return means is not None and means.i == tok.i


def _commit_frame(tok: Token) -> Frame | None:
    """"agreed", "vowed", "willing": an intent event (030) unless a coded complement carries it."""
    if _owned_responsibility(tok) is not None:
        return None  # "accepted responsibility for the attack": the attack is the event
    if tok.lemma_.lower() == "swear" and any(
            c.dep_ in ("prt", "prep", "advmod") and c.lower_ == "in" and c.i == tok.i + 1
            for c in tok.children):
        return None  # "was sworn in as president": an inauguration, no pledge to anyone
    if _complement(tok) is not None or _nested_commitment(tok) or _planned_event(tok) or (
            tok.dep_ == "acl" and tok.tag_ == "VBN"):  # "crimes committed by X": no pledge
        return None
    if tok.lemma_.lower() in lexicon.DECISION_WORDS or other_object_sense(tok) or (
            tok.dep_ == "amod"):
        return None  # "decided not to run", "offered his assessment", "pledged delegates"
    if any(c.dep_ == "xcomp" and c.lemma_.lower() in lexicon.PERSIST_VERBS and not any(
            g.dep_ == "dobj" for g in c.children) for c in tok.children):  # not "to continue aid"
        return None  # "pledged to stay in the primary", "vows to press on": no one is promised
    refusal = tok.lemma_.lower() in lexicon.REFUSAL_WORDS
    pledged = next((c for c in tok.children if c.dep_ == "dobj"), None)
    support = not refusal and pledged is not None and pledged.lemma_.lower() in (
        lexicon.SUPPORT_NOUNS)  # "pledged his support to Clinton": support declared (051)
    stands_by = refusal and _stands_by(tok)  # "refused to abandon Trump": support
    aid = "" if refusal or tok.lemma_.lower() == "offer" else _pledged_aid(pledged, True)  # an
    # offer of aid stays 030, as the round-6 tests ask ("offers emergency aid to Chile")
    frame = Frame("051" if support or stands_by else "120" if refusal else aid or "030",
                  tok.text, _tok_span(tok), own_table=True)
    subject = _adjective_subject(tok) if tok.pos_ == "ADJ" else None
    _fill_verb_roles(tok, frame)
    if subject is not None and not frame.sources:
        frame.sources = _expand(subject)
    clause = next((c for c in tok.children if c.dep_ in ("xcomp", "ccomp")), None)
    if clause is not None and not frame.targets:
        obj = _object(clause)
        frame.targets = _expand(obj) if obj is not None else []
    _speaker_antecedent(tok, frame.sources)
    frame.modality = _modality(tok)
    frame.thing_object = _committed_to_a_thing(tok)
    if frame.negated and not refusal:
        frame.code, frame.negated = "120", False  # "will not accept": a rejection
    return frame


def _unveiled_aid(tok: Token, lemma: str) -> str:
    """The intent code of aid an announcement makes public ("announced $33 million in
    assistance to X": 033, "unveiled a military aid package": 0332), else ""."""
    if lemma not in lexicon.UNVEILING_VERBS:
        return ""
    unveiled = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if unveiled is None or not (
            unveiled.ent_type_ == "MONEY" or unveiled.lower_ in lexicon.CURRENCY_WORDS
            or unveiled.lemma_.lower() in lexicon.UNVEILED_AID):
        return ""  # not "announced aid cuts", "a cut in aid" or a company's loan
    return _pledged_aid(unveiled)


def _pledged_aid(pledged: Token | None, pledge: bool = False) -> str:
    """The intent code of a pledge of material aid ("pledged $500 million in humanitarian aid":
    0333, "offered military assistance": 0332, "promised aid": 033), else ""."""
    if pledged is None:
        return ""
    aid = pledged if pledged.lemma_.lower() in lexicon.PLEDGED_AID_WORDS else prep_object(
        pledged, ("in", "of")) or next((  # "$500 million in aid", "a package of military aid"
            c for c in pledged.children if c.dep_ == "compound"
            and c.lemma_.lower() in lexicon.PLEDGED_AID_WORDS), None)  # "a military aid program"
    if aid is None or aid.lemma_.lower() not in lexicon.PLEDGED_AID_WORDS:
        return "033" if pledged.ent_type_ == "MONEY" and pledge else ""  # "pledged $300
        # million to help rebuild roads": material aid promised
    kinds = [lexicon.AID_KIND_CODES.get(c.lower_, "") for c in aid.children
             if c.dep_ in ("amod", "compound")]
    return next((k for k in kinds if k), "033")


def _nested_commitment(tok: Token) -> bool:
    """A commitment under another ("refused to commit to ..."): the outer word is the event."""
    controller = _controller(tok)
    return controller is not None and controller.lemma_.lower() in _COMMIT_OR_REFUSE


def _planned_event(tok: Token) -> bool:
    """"is preparing an offensive": a plan verb whose object is an event noun, which is coded."""
    return tok.pos_ == "VERB" and tok.lemma_.lower() in lexicon.PLAN_WORDS and any(
        c.dep_ == "dobj" and _coded_noun(c) for c in tok.children)


def _committed_to_a_thing(tok: Token) -> bool:
    """A commitment to a thing, not an agreement, act or actor ("accepted the job")."""
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None or _is_named(obj) or obj.pos_ != "NOUN":
        return False
    partner = prep_object(tok, TARGET_PREPS)
    if partner is not None and _is_named(partner):
        return False  # "offered its engineers to Kenya"
    lemma = obj.lemma_.lower()
    return lemma not in lexicon.COMMIT_OBJECTS | lexicon.COMMIT_NOUNS and (
        lemma not in lexicon.NOUN_CODES)


def _light_object(tok: Token) -> Token | None:
    """The event noun a light verb governs ("held talks"), which then carries the event."""
    if tok.lemma_.lower() not in lexicon.LIGHT_VERBS:
        return None
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and _coded_noun(tok.head) and (
            _noun_code(tok.head)[:2] in VIOLENCE_CODES):  # not "the Dialogue, held in X"
        return tok.head  # "the offensive launched by Sudanese troops": the offensive
    for child in tok.children:
        if child.dep_ == "dobj" and _coded_noun(child):
            return child
        measured = prep_object(child, ("of",)) if child.dep_ == "dobj" and (
            child.lemma_.lower() in lexicon.MEASURE_NOUNS) else None
        if measured is not None and _coded_noun(measured):
            return measured  # "launched a fresh wave of arrests": the arrests
        if child.dep_ == "prep" and child.lower_ not in OTHER_OWNER_PREPS:  # "after the X"
            for obj in child.children:
                if obj.dep_ == "pobj" and _coded_noun(obj):
                    return obj
    return None


def _coded_noun(tok: Token) -> bool:
    """An event noun in its coded sense ("a military operation", not "a rescue operation")."""
    return _event_lemma(noun_lemma(tok)) and bool(_noun_code(tok))


def _complement(tok: Token) -> Token | None:
    """The ``to``-complement of a commitment or plan word, if it is itself coded."""
    for child in tok.children:
        if _to_complement(child) and child.pos_ == "VERB" and _is_coded(child):
            return child
    return None


def _is_coded(verb: Token) -> bool:
    """Whether a complement verb is itself an event predicate (or a light verb with one)."""
    if verb.lemma_.lower() in lexicon.CONTROLLERS or _penalty_told(verb):
        return False
    helped = next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB"
                   and not any(g.dep_ == "nsubj" for g in c.children)), None) if (
        verb.lemma_.lower() in lexicon.HELP_VERBS and not any(
            c.dep_ == "dobj" for c in verb.children)) else None
    if helped is not None:
        return _is_coded(helped)  # "pledged $300 million to help rebuild roads": the help
        # carries no act of its own, its complement may
    return bool(_verb_code(verb)[0]) or _light_object(verb) is not None


def _penalty_told(verb: Token) -> bool:
    """"warned Turkey that it would pay a heavy price": a penalty its object names is what a
    warning threatens, no payment of its own; the warning stays the event."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in lexicon.PENALTY_OBJECTS
               for c in verb.children)


def _mark_commitment(tok: Token, frame: Frame) -> None:
    """Code commitments as intent (CAMEO 03) and plans as modality "intended"."""
    controller = _controller(tok)
    if controller is None:
        frame.modality = frame.modality or _modality(tok)
        if frame.modality == "future" and (frame.code[:2] in lexicon.INTENT_BY_ROOT
                                           or frame.code[:2] >= "14"):
            _code_future(frame)
        elif frame.modality == "possible" and frame.conditional:
            frame.code = lexicon.threat_code(frame.code)  # "may halt mediation if ..."
        elif frame.negated and frame.code[:2] <= "08" and _would(tok):
            # "would not tolerate": a refusal, as "will not accept" is
            frame.code, frame.negated = lexicon.reject_code(frame.code), False
        return
    if controller.lemma_.lower() in lexicon.THREAT_WORDS:
        frame.code = lexicon.threat_code(frame.code)
        _join_trigger(frame, controller)
        frame.modality, frame.negated = _modality(controller), _negated(controller)
        warner = subject_and_agent(controller)[0]
        doer = subject_and_agent(tok)[0]
        warned = next((c for c in controller.children if c.dep_ == "dobj"), None)
        if (not frame.sources or doer is not None and doer.pos_ == "PRON" and (
                warned is not None)) and warner is not None and tok.dep_ == "ccomp" and (
                tok.head.i == controller.i) and controller.lemma_.lower() == "warn" and any(
                c.dep_ == "aux" and c.lower_ in lexicon.FORECAST_MODALS
                for c in tok.children):  # "China warned that any move would be
            frame.sources = _expand(warner)  # met with force": China threatens; "warned
            frame.targets = _expand(warned) if warned is not None else frame.targets
            # Turkey that it would regret ...": Turkey is threatened, not the threat's doer
        return
    if controller.lemma_.lower() in lexicon.REFUSAL_WORDS:
        frame.code = lexicon.reject_code(frame.code)
        _join_trigger(frame, controller)
        frame.own_table = frame.own_table or _reaching_agreement(tok)  # "failed to reach a deal"
        frame.negated = _negated(controller)
        return
    decided = controller.lemma_.lower() in lexicon.DECISION_WORDS and not _negated(tok) and (
        tok.dep_ == "xcomp")  # "decided to free X"; "decided that it would free X": intent
    if controller.lemma_.lower() in lexicon.COMMIT_WORDS | lexicon.COMMIT_NOUNS:
        # a body's decision to act is the act taken ("the court decided to allow X to run":
        # 081), as GSR codes it; other commitments are intents (03)
        frame.code = frame.code if decided else _pledged_code(frame, tok)
        _join_trigger(frame, controller)
        # a pledge is our own rule and needs no target, as an uncoded complement's does not
        # ("promised to reopen the crossing", "is ready to extend the mission"); a pledge to
        # buy, invest or trade (031x) is business, no political event
        frame.own_table = frame.own_table or (frame.code[:2] == "03" and frame.code[:3] != "031")
        frame.modality = _modality(controller) or "intended"
    elif _attempted_killing(tok, controller, frame):
        return
    else:
        frame.modality = "intended"
        _plan_of_force(frame, controller)
    frame.negated = frame.negated or _negated(controller)
    adj_subject = _adjective_subject(controller)
    if not frame.sources and adj_subject is not None:
        frame.sources = _expand(adj_subject)
        _speaker_antecedent(controller, frame.sources)


def _attempted_killing(tok: Token, controller: Token, frame: Frame) -> bool:
    """"tried to kill the president": an attempted assassination (185), which did happen."""
    if controller.lemma_.lower() not in ATTEMPT_WORDS or tok.lemma_.lower() not in KILL_VERBS:
        return False
    frame.code = "185"
    _join_trigger(frame, controller)
    frame.negated = _negated(controller)
    return True


def _ruled_out(tok: Token, frame: Frame) -> None:
    """An act a speaker's clause rules out (its subject clause "is out of the question" or
    "is not an option"): the speaker rejects the act (CAMEO 12), as "will not lift" is; the
    act itself does not happen."""
    head = tok.head
    if tok.dep_ != "csubj" or head.lemma_ != "be":
        return
    words = {t.lower_ for t in head.subtree if t.i > tok.right_edge.i}
    negated = _negated(head)
    if not ({"out", "question"} <= words or (negated and words & {"option", "acceptable"})):
        return
    frame.code, frame.negated = lexicon.reject_code(frame.code), False
    speaker = head.head if head.dep_ == "ccomp" else None
    subject = next((c for c in speaker.children if c.dep_ in SUBJECTS), None) if (
        speaker is not None) else None
    if subject is not None:
        frame.sources = _expand(subject)


def _pledged_code(frame: Frame, tok: Token) -> str:
    """A pledge's code: the act's intent (03); a pledge NOT to use force or coerce is an intent
    to de-escalate (0356) or to cooperate (030), never a threat; not to cooperate, a refusal."""
    if not _negated(tok):  # "vowed to back Trump": support declared (051), no mere intent
        return "051" if tok.lemma_.lower() in lexicon.STANCE_SUPPORT_VERBS | {"endorse"} and (
            frame.code[:2] == "05") else lexicon.intent_code(frame.code)
    frame.negated = False  # "pledged not to attack civilians": the pledge itself is made
    if frame.code[:2] <= "08":
        return lexicon.reject_code(frame.code)  # "swore never to sign the accord"
    if frame.code[:2] in ("16", "17"):
        return "035"  # "pledged not to arrest peaceful marchers": an intent to yield
    return "0356" if frame.code[:2] in VIOLENCE_CODES | {"15"} else "030"


def _would(tok: Token) -> bool:
    """Whether the predicate carries "would" or "can" ("would not tolerate", "cannot accept
    any more refugees"): a refusal when negated."""
    return any(c.dep_ == "aux" and c.lower_ in ("would", "can", "ca") for c in tok.children)


def _plan_of_force(frame: Frame, controller: Token) -> None:
    """A declared plan of coercion or force is a threat (13), as its "will" future is; armed
    forces readying force ("the army prepared to resume shelling X") show it (150)."""
    if _readied_force(frame, controller):
        frame.code = "150"
        _join_trigger(frame, controller)
    elif controller.lemma_.lower() in lexicon.PLAN_WORDS and frame.code[:2] >= "15":
        frame.code = lexicon.threat_code(frame.code)


def _readied_force(frame: Frame, controller: Token) -> bool:
    """Whether armed forces get ready to use force (the verb "prepare", not the adjective of
    commitment "is prepared to"): a military posture (150), no threat in words."""
    if controller.lemma_.lower() != "prepare" or not controller.tag_.startswith("VB") or (
            frame.code[:2] not in VIOLENCE_CODES):
        return False
    doer = subject_and_agent(controller)[0]
    return doer is not None and armed_or_state(doer)


def _code_future(frame: Frame) -> None:
    """"will visit" is an intent (03); "will not meet" a rejection (12), as CAMEO codes them."""
    if frame.conditional:
        frame.code = lexicon.threat_code(frame.code)  # "will withdraw ... unless": a threat
    elif frame.negated and frame.code[:2] <= "08":
        frame.code, frame.negated = lexicon.reject_code(frame.code), False
    elif frame.code[:2] >= "14":
        frame.code = lexicon.threat_code(frame.code)  # "will boycott", "would blockade"
    else:
        frame.code = lexicon.intent_code(frame.code)


def _adjective_subject(word: Token) -> Token | None:
    """Subject of "X was willing": the copula's subject."""
    for holder in (word, word.head):
        for child in holder.children:
            if child.dep_ in SUBJECTS:
                return child
    return None


def _speaker_antecedent(tok: Token, roles: list[Role]) -> None:
    """Give a pronoun subject of reported speech the speaker as antecedent ("X says it will")."""
    if len(roles) != 1 or not roles[0].pronoun:
        return
    current = tok.head if tok.dep_ == "acomp" else tok  # "X says it is willing to ..."
    for _ in range(4):
        if current.dep_ not in ("ccomp", "xcomp", "conj", "advcl") or current.head is current:
            return
        current = current.head
        if current.lemma_.lower() in SAY_VERBS | {"insist", "declare"}:
            speaker = next((c for c in current.children if c.dep_ == "nsubj"), None)
            if speaker is not None and speaker.pos_ != "PRON":
                roles[0].antecedent = _role(speaker)
            return


def _condition_marks(tok: Token) -> set[str]:
    """The "if"/"unless" conditions a predicate carries ("will withdraw unless ...")."""
    return {m.lower_ for c in tok.children if c.dep_ == "advcl"
            for m in c.children if m.dep_ == "mark"} & {"if", "unless"}


def _fill_verb_roles(tok: Token, frame: Frame) -> None:
    """Source, target, place, condition and purpose of a verb frame from its dependents."""
    subject, agent, passive = _verb_doers(tok, frame)
    frame.place = _place(tok) or _inner_place(tok) or _streets_of(tok) or _purpose_place(tok)
    act = subject if passive and subject is not None and _act_part(tok, subject) else None
    subject = None if act is not None else subject  # "sanctions were imposed on X": the act
    _subject_roles(tok, frame, subject, agent, passive, act)
    if not frame.sources and not passive:
        frame.sources = _sender(tok)
    _object_roles(tok, frame)
    _target_alts_and_reasons(tok, frame)
    marks = _condition_marks(tok)  # "may halt mediation if ...": coercion on a condition
    frame.conditional = "unless" in marks or ("if" in marks and frame.code[:2] >= "14")
    frame.purpose = any(c.dep_ == "advcl" and _purpose(c) and _is_coded(c) for c in tok.children)
    frame.code = _mover_code(frame)
    _peacekeeping_deployment(tok, frame)
    if not frame.targets and frame.code[:2] == "04" and frame.place is not None and not (
            frame.code == "040" and frame.place.prep in ("in", "at", "on", "near")):
        frame.targets = [frame.place]  # "arrived in Moscow", not "met in Hiroshima": a scene
    summoned = _summoned_party(tok, frame)
    if summoned is not None:  # our own rule names the target, as our tables do
        frame.targets, frame.own_table = _expand(summoned), True
    frame.negated = _negated(tok)


def _verb_doers(tok: Token, frame: Frame) -> tuple[Token | None, Token | None, bool]:
    """(subject, agent, passive) of a verb, a weapon's wielder for the weapon and, for force
    undergone with no agent ("were killed in clashes with X"), the hidden one."""
    subject, agent, passive = subject_and_agent(tok)
    passive = passive or _reduced_passive(tok, frame)  # "26 pirates arrested"
    subject = _wielder(subject) if subject is not None and not passive else subject
    agent = _wielder(agent) if agent is not None else agent
    if passive and agent is None and frame.code[:2] == "11":
        agent = _stray_agent(tok)  # "X has been accused of misusing funds, ..., by officials"
    dies = tok.lemma_.lower() in lexicon.PATTERN_ONLY  # "died in clashes with X"
    if (passive or dies) and agent is None and frame.code[:2] in FORCE_CODES:
        agent = _hidden_agent(tok)  # "were killed in clashes with Israeli troops"
        passive = passive or agent is not None
    if passive and agent is None and subject is not None and frame.code[:2] in ("16", "17"):
        agent = _announcer(tok, subject, frame.code[:2] == "17")  # "exchanges with Washington
        # have been suspended, China's defence ministry said": who announces a cut in its
        # relations makes it; "two aid workers were detained, Malian police said": an arrest
    return subject, agent, passive


def _announcer(tok: Token, subject: Token, policing: bool = False) -> Token | None:
    """The named speaker of a say-verb reporting an agentless passive that reduces relations
    ("military exchanges with Washington have been suspended, China's defence ministry
    said"): a state or body announces its own measures; not one the measure names ("aid to
    Niger has been frozen, Niger's government said"). With ``policing`` (coercion), only a
    state's police, forces or ministries announce their own arrests ("were detained, Malian
    police said"), not a group that reports them."""
    clause = tok.head.head.head if inverted_subject(tok) is not None and (
        tok.dep_ == "acl") else tok  # "Among those detained were X, police said": 'were'
    if clause.dep_ not in ("ccomp", "parataxis") or clause.head.lemma_.lower() not in SAY_VERBS:
        return None
    speaker = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
    if speaker is None or speaker.pos_ == "PRON" or policing and (
            speaker.lemma_.lower() not in lexicon.POLICING_SPEAKERS):
        return None
    names = {t.lower_ for t in speaker.subtree if t.ent_type_ in NAMED_ACTORS}
    if not names or names & {t.lower_ for t in subject.subtree}:
        return None
    return speaker


def _subject_roles(tok: Token, frame: Frame, subject: Token | None, agent: Token | None,
                   passive: bool, act: Token | None) -> None:
    """Source and target from the verb's subject and agent, passive or active: who acts on
    whom, the place's authorities, a fired weapon's origin, or one who undergoes the act."""
    fired = _fired_weapon(tok) if passive else None
    if passive and frame.code == "161" and subject is not None and (
            subject.lemma_.lower() in lexicon.ENVOYS):  # "Venezuela's ambassador was recalled
        # from Bogota": the envoy's state recalls its own, from the state it served in
        owner = agent or next((c for c in subject.children if c.dep_ == "poss"), None)
        home = _home_word(tok) or tok
        origin = prep_object(tok, ("from",)) or prep_object(home, ("from",))  # "was ordered
        # home from Bogota"
        frame.sources = _expand(owner) if owner is not None else []
        frame.targets = _expand(origin) if origin is not None else []
    elif passive and agent is None and frame.code[:2] == "16" and (
            owner := _effort_owner(tok)) is not None:  # "Egypt's mediation between Fatah
        # and Hamas was put on hold": Egypt halts it, to the sides it names
        frame.sources = _expand(owner)
        frame.targets = [r for p in ("between", "with") if (side := prep_object(
            owner.head, (p,))) is not None for r in _expand(side)]
    elif passive and agent is not None:
        aimed = fired[1] if fired is not None else subject  # "rockets fired by Hamas at X"
        frame.sources, frame.targets = _expand(agent), _expand(aimed) if aimed else []
        frame.object_target = subject is not None and tok.dep_ == "acl" and not _is_named(
            subject)  # "a lunch hosted by the ambassador": a thing, no guest
    elif passive and subject is not None and (frame.code[:2] == "16" or frame.code == "174") and (
            _named_origin(tok)):  # "were deported from Iran": Iran deports them
        origin = prep_object(tok, ("from",))  # "was suspended from the Commonwealth"
        frame.sources = _expand(origin) if origin is not None else []
        frame.targets = _expand(subject)
    elif passive and subject is not None and frame.code[:2] == "15" and (
            _undergoing_subject(tok, subject)):
        frame.sources = _expand(subject)  # "an American carrier was sent to the Gulf": the
        # forces moved are their state's means, never the place's
    elif passive and subject is not None and frame.place and _authority(tok, subject, frame):
        frame.sources, frame.targets = [frame.place], _expand(subject)  # "was arrested in X"
    elif act is not None and frame.place and tok.dep_ != "acl" and _authority(tok, act, frame):
        frame.sources = [frame.place]  # "a curfew was imposed in X": the place's authorities
    elif act is not None and agent is None and tok.dep_ != "acl" and frame.code[:3] == "172":
        frame.implied_doer = True  # "a curfew was imposed on X", "martial law was declared":
        # a measure only X's authorities impose (not "X's account was hacked")
    elif fired is not None:
        origin = prep_object(tok, ("from",))  # "rockets were fired at Tel Aviv from Gaza"
        doer = origin if origin is not None and _is_named(origin) else fired[0]
        frame.sources = _expand(doer)  # else the weapon, as in "rockets hit Israel": unnamed
        frame.targets = _expand(fired[1])
    elif passive and agent is None and subject is not None and frame.code == "0841" and (
            keeper := _captivity_place(tok, frame)) is not None:
        frame.sources, frame.targets = [keeper], _expand(subject)  # "were released from
        # captivity in Libya": the place's captors free them
    elif passive and subject is not None and _undergoer(tok, subject, frame):
        frame.targets = _expand(subject)  # "X was arrested": X undergoes the act, no doer named
    elif passive and subject is not None and _coerced(tok, subject, frame):
        frame.targets, frame.implied_doer = _expand(subject), True  # "protesters were jailed"
    elif subject is not None:  # a weapon gerund parsed as aux ("Shelling hit X"), a subject
        # parsed as the conjunct of a place ("in Dhaka and police fired"): that word alone
        strays = subject.dep_ == "aux" or (subject.dep_ == "conj" and subject.head.i != tok.i)
        frame.sources = [_role(subject)] if strays else _expand(subject)
        _speaker_antecedent(tok, frame.sources)


def _after_verb(verb: Token, roles: list[Role]) -> list[Role]:
    """Roles cut to what follows a verb read as an adjective of their head ("police
    baton-charged opposition supporters": the supporters, not the whole phrase)."""
    start = _tok_span(verb)[1] + 1
    return [replace(r, phrase=(start, r.phrase[1]), text=_CURRENT.text[start:r.phrase[1]])
            if r.phrase[0] < start <= r.head[0] else r for r in roles]


def _object_roles(tok: Token, frame: Frame) -> None:
    """The target from a stance phrase, an insult, the object, live rounds after warning
    shots or a clause, when the subject roles left none."""
    stance = stance_target(tok) if tok.lemma_.lower() in lexicon.PHRASAL_STANCES else (
        insulted(tok) if frame.code == "111" else None)  # "called Trump a con artist"
    if stance is not None:
        frame.targets = _expand(stance)  # "came to the defense of his son-in-law"
    if not frame.targets:
        obj = _object(tok, frame.code)
        frame.targets = _expand(obj) if obj is not None else []
        frame.object_target = obj is not None and obj.dep_ == "dobj" and not _is_named(obj) and (
            obj.lower_ not in lexicon.PEOPLE_OBJECTS)  # "released three hostages": people
        if frame.code[:2] in ("02", "10") and obj is not None and obj.dep_ == "pobj" and (
                _no_actor(obj)):
            frame.targets = []  # "called for the release of the journalists": asked for
    live = _live_after_warning(tok) if frame.code == "190" else None  # not the shots
    frame.targets = _expand(live) if live is not None else frame.targets
    if not frame.targets and frame.code[:2] in CLAUSE_TARGET_CODES:
        frame.targets = _clause_target(tok)


def _target_alts_and_reasons(tok: Token, frame: Frame) -> None:
    """Other candidate targets, less a sanction's or appeal's stated reasons, and no place
    that is only in the reason ("sanctioned Raytheon over arms sales to Taiwan")."""
    allowed = _permission_target(tok, frame)
    reasons = _stated_reasons(tok) if frame.code[:2] in SANCTION_ROOTS else set()
    reasons |= _asked_act(tok) if frame.code[:2] == "02" and frame.targets else set()
    if frame.place is not None and frame.code[:2] in SANCTION_ROOTS and _in_reason(
            tok, frame.place, reasons):
        frame.place = None  # "sanctioned Raytheon over arms sales to Taiwan": not in Taiwan
    frame.target_alts = [] if allowed or _phrasal_aim(tok, frame) else [
        _role(t) for t in _alternatives(tok, clauses=frame.own_table)[:8] if t.i not in reasons]


def _summoned_party(tok: Token, frame: Frame) -> Token | None:
    """Whom a complaint a summons is for is aimed at ("summoned the British ambassador to
    protest the seizure of its tanker": Britain's envoy), when its own object names no one."""
    head = tok.head
    if frame.code[:2] != "11" or tok.dep_ not in ("advcl", "xcomp") or not infinitival(tok) or (
            head.lemma_.lower() not in lexicon.SUMMON_VERBS):
        return None
    if any(r.entity in NAMED_ACTORS for r in frame.targets):
        return None
    return next((c for c in head.children if c.dep_ == "dobj"), None)


def _phrasal_aim(tok: Token, frame: Frame) -> bool:
    """Whether the target is the object of the verb's own phrasal preposition ("tore into the
    nominee at a hearing"): whom the phrase aims at, with no other word to try instead."""
    particle = verb_particle(tok)
    if particle is None or len(frame.targets) != 1:
        return False
    aimed = prep_object(tok, (particle,))
    return aimed is not None and _tok_span(aimed) == frame.targets[0].head


def _sender(tok: Token) -> list[Role]:
    """"sent a letter urging Congress to act", "issued a statement condemning X": the
    participle of a message tells what its sender does."""
    message = tok.head
    if tok.dep_ != "acl" or tok.tag_ != "VBG" or message.lemma_.lower() not in (
            lexicon.MESSAGE_NOUNS) or message.dep_ != "dobj" or (
            message.head.lemma_.lower() not in lexicon.SENDING_VERBS):
        return []  # "blocked an EU statement criticising China": the EU's, not the blocker's
    sender = subject_and_agent(message.head)[0]
    return _expand(sender) if sender is not None else []


def _in_reason(tok: Token, role: Role, reasons: set[int]) -> bool:
    """Whether a role's head word lies in a sanction's stated reason."""
    return any(t.i in reasons and t.idx - _CURRENT.start == role.head[0] for t in tok.sent)


def _asked_act(tok: Token) -> set[int]:
    """Words of the act an appeal asks its addressee to do ("called on the administration to
    retaliate against Russia"): whom that act is aimed at is no target of the appeal."""
    return {t.i for c in tok.children if c.dep_ in ("xcomp", "advcl", "ccomp") and to_verb(c)
            for t in c.subtree}


def _stated_reasons(tok: Token) -> set[int]:
    """Words of a sanction's stated reason ("imposed sanctions on X over arms sales to
    Taiwan"): what it is over is no one it targets."""
    heads = [tok, *(c for c in tok.children if c.dep_ == "dobj")]
    return {t.i for h in heads for c in h.children
            if c.dep_ == "prep" and c.lower_ in REASON_PREPS for t in c.subtree}


def _streets_of(tok: Token) -> Role | None:
    """The named place of "took to the streets of Lagos": where the crowd marches."""
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("to", "into")):
        for street in (g for g in prep.children if g.lower_ in STREET_NOUNS):
            town = prep_object(street, ("of",))
            if town is not None and town.ent_type_ in PLACE_TYPES:
                return _role(town)
    return None


def _purpose_place(tok: Token) -> Role | None:
    """Where the act a to-clause is the aim of happens ("took to the streets of Lagos to
    protest X": the protest is in Lagos)."""
    if tok.dep_ not in ("xcomp", "advcl") or not infinitival(tok):
        return None
    return _place(tok.head) or _streets_of(tok.head)


def _permission_target(tok: Token, frame: Frame) -> bool:
    """Aim a permission (081) at whom it allows; True when that one is an actor, so no other
    word of the sentence stands in ("allowed the government to seize the paper's assets")."""
    if frame.code not in ("081", "0862", "0863") or tok.lemma_.lower() not in (
            lexicon.PERMIT_VERBS):
        return False
    frame.thing_object = True  # a permission is an event only toward someone allowed
    allowed = _allowed(tok)
    if allowed is not None:
        frame.targets = _expand(allowed)
        return True
    act = _to_clause(tok)  # "allowed supplies to reach people in need": no one allowed
    who = next((c for c in act.children if c.dep_ in SUBJECTS), None) if act else None
    frame.targets = frame.targets or (_expand(who) if who is not None else [])
    return False


def _allowed(tok: Token) -> Token | None:
    """Who a permission allows: "permitted Apple to sell X in China" (Apple), "allowed the
    government to seize the paper's assets" (the government), never what the act touches."""
    act = _to_clause(tok)
    if act is None:
        return None
    who = next((c for c in tok.children if c.dep_ in ("dobj", "dative")), None)
    who = who or next((c for c in act.children if c.dep_ in SUBJECTS), None)
    if who is None or not (_is_named(who) or who.pos_ == "PRON" or coded_sector(who)):
        return None
    return who


def _named_origin(tok: Token) -> bool:
    """Whether a passive act names who it comes from with "from" ("expelled from Burundi")."""
    origin = prep_object(tok, ("from",))
    return origin is not None and _is_named(origin)


def _peacekeeping_deployment(tok: Token, frame: Frame) -> None:
    """Troops sent to a peacekeeping mission keep peace (074), aimed at the mission's country."""
    if frame.code[:3] not in ("153", "154"):
        return
    relief = _sent_with_aid(tok)
    if relief:
        frame.code = relief  # "troops arrived in Nepal to help deliver aid": aid (073)
        return
    aimed = [t for c in tok.children if c.dep_ in ("dobj", "prep", "dative") or (
        c.dep_ in ("advcl", "xcomp") and infinitival(c)) for t in c.subtree]  # "arrived in
    # Mali to join the UN peacekeeping mission", "sent troops to serve as a peacekeeping force"
    keepers = any("peacekeep" in r.extended_text.lower() for r in frame.sources)  # "Russian
    # peacekeepers began deploying"
    mandated = any(c.dep_ == "prep" and c.lower_ == "under" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in lexicon.MANDATE_NOUNS for g in c.children)
        for c in tok.children)  # "deployed to Haiti under a U.N.-backed security mission"
    if not any("peacekeep" in t.lower_ for t in aimed) and not _sent_to_help(tok) and (
            not mandated) and not keepers:
        return
    frame.code = "074"
    place = next((t for t in aimed if t.ent_type_ == "GPE" and t.dep_ == "pobj"
                  and t.head.lower_ == "in"), None)
    if place is not None:
        frame.targets = _expand(place)


def _sent_with_aid(tok: Token) -> str:
    """The aid code (07) of what forces are sent to do ("sent troops to deliver food aid",
    "arrived to help distribute relief supplies"): aid given, no show of force; else ""."""
    for purpose in tok.children:
        if purpose.dep_ not in ("advcl", "xcomp") or not infinitival(purpose):
            continue
        helping = purpose.lemma_.lower() in lexicon.HELPING_VERBS
        aid = next((g for g in purpose.children if g.dep_ in ("xcomp", "ccomp") and (
            g.pos_ == "VERB")), None) if helping else purpose
        code = _verb_code(aid)[0] if aid is not None else ""
        if code[:2] == "07" and code[:3] not in lexicon.PROTECTION_CODES:
            return code  # protection given (074, 075) is told by _peacekeeping_deployment
    return ""


def _sent_to_help(tok: Token) -> bool:
    """Whether forces are deployed to help someone ("deployed to Mozambique to help local
    forces secure gas projects", "were deployed to help Mozambique retake towns"): military
    protection given (074), no show of force."""
    sent_abroad = any(c.dep_ == "prep" and c.lower_ == "to" for c in tok.children)
    for purpose in tok.children:  # not "called out the army to help police restore order"
        if purpose.dep_ in ("advcl", "xcomp") and infinitival(purpose) and (
                purpose.lemma_.lower() in lexicon.HELPING_VERBS):
            helped = [g for g in purpose.children if g.dep_ in ("dobj", "ccomp", "xcomp")]
            states = [t for g in helped for t in (g, *g.children) if t.ent_type_ == "GPE"
                      and t.dep_ in ("dobj", "nsubj", "ccomp", "xcomp")]  # "to help Mozambique
            if helped and (sent_abroad or states):  # retake towns"
                return True
    return False


def _mover_code(frame: Frame) -> str:
    """Arriving peacekeepers keep peace (074), troops deploy (154), warplanes show force (150)."""
    if frame.code[:2] == "04" and any("peacekeep" in r.extended_text.lower()
                                      for r in frame.sources):
        return "074"
    if frame.code[:3] != "042" or not frame.sources:
        return frame.code
    head = frame.sources[0].head_text.lower()
    if head in lexicon.ARMED_UNITS:
        return "154"
    return "150" if head in lexicon.ARMED_CRAFT else frame.code


def _hidden_agent(tok: Token) -> Token | None:
    """The doer named in an agentless act's attack noun ("killed in clashes with X")."""
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "during"):
            continue
        for noun in prep.children:
            if noun.dep_ == "pobj" and _split_firing(noun):
                return noun  # "killed in Pakistani firing", the gerund parsed as a verb
            if noun.dep_ != "pobj" or not (is_weapon(noun) or _event_noun(noun) or (
                    noun.lower_ in FIRING_GERUNDS)):  # "in Pakistani firing"
                continue
            doers = _doers(noun) + [g for p in noun.children if p.dep_ == "prep"
                                    and p.lower_ == "with" for g in p.children
                                    if g.dep_ == "pobj"] + _clause_doers(noun)
            if doers:
                return doers[0]
            if any(t.ent_type_ in NAMED_ACTORS for t in noun.lefts):
                return noun  # "in Israeli air strikes": the strikes' named owner
    return _weapon_layer(tok)


def _participle_doers(noun: Token, table: dict[str, tuple[str, ...]],
                      deps: tuple[str, ...]) -> list[list[Token]]:
    """The doers each VBN participle on a noun names by its table's prepositions ("a strike
    called by the unions", "an ambush blamed on X"), one list per participle in the table."""
    found = []
    for part in noun.children:
        preps = table.get(part.lemma_.lower())
        if part.dep_ == "acl" and part.tag_ == "VBN" and preps is not None:
            found.append([g for p in part.children if p.dep_ in deps and p.lower_ in preps
                          for g in p.children if g.dep_ == "pobj"])
    return found


def _clause_doers(noun: Token) -> list[Token]:
    """Who a participle clause on an attack or weapon noun names behind it ("an ambush
    blamed on Maoist guerrillas", "a landmine planted by rebels", "a raid claimed by X")."""
    return [g for doers in _participle_doers(noun, CLAUSE_DOER_PREPS, ("agent", "prep"))
            for g in doers]  # not "an attack condemned by the UN": no doer


def _scene_of_harm(noun: Token) -> bool:
    """Whether an attack noun is where a coded harm verb's victims suffered ("were killed in
    an ambush blamed on X"): the verb tells the act and takes the noun's doer."""
    verb = noun.head.head
    return noun.dep_ == "pobj" and noun.head.lower_ in ("in", "during") and (
        verb.pos_ == "VERB" and _verb_code(verb)[0][:2] in FORCE_CODES)


def _weapon_layer(tok: Token) -> Token | None:
    """The doer of the weapon in a 'when' clause of agentless harm ("were killed when their
    truck hit a landmine planted by Tamil rebels"): the weapon's layer, named by its clause."""
    for clause in tok.children:
        if clause.dep_ != "advcl" or not any(m.dep_ == "advmod" and m.lower_ == "when"
                                             for m in clause.children):
            continue
        shooter = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if shooter is not None and _verb_code(clause)[0][:2] in FORCE_CODES and (
                coded_sector(shooter) is not None or shooter.ent_type_ in NAMED_ACTORS):
            return shooter  # "were killed when rebels fired on their patrol": the rebels,
            # not "their truck hit a landmine"
        heads = [*clause.children, *(g for p in clause.children if p.dep_ == "prep"
                                     for g in p.children)]  # "ran over a landmine"
        for weapon in heads:
            if weapon.dep_ in ("dobj", "nsubj", "pobj") and _laid_weapon(weapon):
                doers = _clause_doers(weapon)
                if doers:
                    return doers[0]
    return None


def _operator(thing: Token) -> Token | None:
    """The agent of a participle that tells who sent, placed or worked a thing doing an act
    ("bulldozers sent by the Jerusalem municipality", "barricades thrown up by farmers"): the
    thing is the agent's means, so the agent does the act. Only for a common noun that names
    no one ("rebels backed by Rwanda attacked": the rebels attack)."""
    if thing.pos_ != "NOUN" or thing.ent_type_ or is_agent_word(thing.lower_) or (
            is_agent_word(thing.lemma_.lower())):
        return None
    return next((doers[0] for doers in _participle_doers(thing, OPERATOR_PREPS, ("agent",))
                 if doers), None)


def _split_firing(word: Token) -> bool:
    """A people's adjective the parser cut from its act ("in Pakistani | firing")."""
    return word.pos_ == "ADJ" and word.ent_type_ == "NORP" and word.i + 1 < len(word.doc) and (
        word.doc[word.i + 1].lower_ in FIRING_GERUNDS)


def _wielder(tok: Token) -> Token:
    """Who is behind a weapon subject ("missiles fired by the navy"), or behind a thing someone
    sent, set up or drove ("bulldozers sent by the municipality razed", "barricades thrown up by
    farmers cut the highway"); else the subject itself."""
    if not is_weapon(tok):
        return _operator(tok) or tok
    doers = _doers(tok)
    for clause in tok.children:  # "the missiles fired by the Israeli military"
        if clause.dep_ == "acl":
            doers += [g for a in clause.children if a.dep_ == "agent" for g in a.children
                      if g.dep_ == "pobj"]
    return doers[0] if doers else tok


def _undergoer(tok: Token, subject: Token, frame: Frame) -> bool:
    """"X was offered a role", "X was released", "five people were killed": the passive
    subject undergoes the act, so with no doer named the act has no source (the victims of a
    killing are never its doers).

    So do the targets of blame and reduced relations ("the minister was criticized",
    "X was expelled": aimed at X, by no one named). Mobilization (15: "troops were deployed"
    moves the subject's own means), intents and rejections (03, 12: "is committed to", "is
    opposed to" are states of the subject) keep the subject as source; coercion (17) is left
    to the authority and implied-doer rules.
    """
    own = _undergoing_subject(tok, subject) or (tok.dep_ == "relcl" and tok.head.i == subject.i)
    root = frame.code[:2]
    return own and root not in SUBJECT_KEPT_CODES and frame.code not in COURT_CODES


def _stray_agent(tok: Token) -> Token | None:
    """The "by" agent of a passive accusation that the parser hung on the clause above it,
    after the accusation ("X has been accused of squandering state funds, most of it believed
    to have vanished, by Malawian officials"): an actor, never a means or a time."""
    if tok.dep_ not in ("ccomp", "conj") or tok.head.i == tok.i:
        return None
    for prep in tok.head.children:
        if prep.dep_ == "prep" and prep.lower_ == "by" and prep.i > tok.i:
            actor = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if actor is not None and actor.ent_type_ not in NOT_ACTORS and (
                    coded_sector(actor) is not None or any(_is_named(t) for t in (
                        actor, *actor.lefts))):
                return actor
    return None


def _reduced_passive(tok: Token, frame: Frame) -> bool:
    """A coercion verb (arrest, detain, jail: never without an object in the active) with a
    subject but no auxiliary, object or verb sharing one of its own is a passive cut short, as
    headlines and lists write it ("26 pirates arrested", "..., and more than 200 people
    arrested"): its subject is arrested, not the arrester ("police arrested and charged X"
    shares the object, so it stays active)."""
    if frame.code[:2] != "17" or frame.code == "175" or tok.tag_ not in ("VBN", "VBD") or (
            tok.dep_ not in ("ROOT", "conj")):  # "troops fired on protesting monks": active
        return False
    deps = {c.dep_ for c in tok.children}
    return "nsubj" in deps and not deps & {"aux", "auxpass", "dobj", "dative", "agent",
                                           "conj", "xcomp", "ccomp", "prt"} and not (
        _counted_object(tok)) and not _verb_prep_code(tok, tok.lemma_.lower())  # "hacked
    # into the computers of X": the preposition's object is what the act is done to


def _coerced(tok: Token, subject: Token, frame: Frame) -> bool:
    """"400 protesters have been detained", "the editor was jailed": with no agent and no
    place, the subject of a passive coercion (CAMEO 17: arrest, detain, jail, ban) undergoes
    it; the doer is an authority the sentence does not name, never the people it coerces."""
    return _undergoing_subject(tok, subject) and (
        frame.code[:2] == "17" or frame.code in COURT_CODES)


def _authority(tok: Token, subject: Token, frame: Frame) -> bool:
    """"X was arrested in Lebanon", "X, imprisoned in Egypt": with no agent, the place's
    authorities coerce X (15-17), its courts convict X (116)."""
    return _undergoing_subject(tok, subject) and (
        frame.code[:2] in AUTHORITY_CODES or frame.code in COURT_CODES)


def _captivity_place(tok: Token, frame: Frame) -> Role | None:
    """Where a release frees people from captivity ("released from prison in Egypt"): the
    keeper of an unnamed release; None unless the release is from confinement."""
    held = prep_object(tok, ("from",))
    if held is None or held.lemma_.lower() not in lexicon.CAPTIVITY_WORDS:
        return None
    return _place(held) or frame.place


def _undergoing_subject(tok: Token, subject: Token) -> bool:
    """Whether a passive subject is the verb's own: its subject, the noun its participle
    modifies ("X, imprisoned in Egypt") or that of the passive it is conjoined to ("was
    indicted and convicted": convicted too)."""
    return subject.head.i == tok.i or (tok.dep_ == "acl" and tok.head.i == subject.i) or (
        tok.dep_ == "conj" and subject.head.i == tok.head.i and subject.dep_ == "nsubjpass"
        and tok.tag_ == "VBN") or getattr(inverted_subject(tok), "i", None) == subject.i


def _condition_target(tok: Token) -> list[Role]:
    """Target of a threat: the subject of its "unless/if ..." condition ("unless Israel ...")."""
    holders = [tok, tok.head, *(c for c in tok.children if c.dep_ == "xcomp")]
    for holder in holders:
        for clause in holder.children:
            marks = {m.lower_ for m in clause.children if m.dep_ == "mark"}
            if clause.dep_ == "advcl" and marks & {"unless", "if"}:
                subject = next((c for c in clause.children if c.dep_ in SUBJECTS), None)
                if subject is not None and _is_named(subject):
                    return _expand(subject)
    return []


def _clause_target(tok: Token) -> list[Role]:
    """Target of "warned that Chinese support ... was unacceptable": a name in its subject."""
    for child in tok.children:
        if child.dep_ not in ("ccomp", "acl") and child != _appeal_content(tok):
            continue
        for sub in child.children:
            if sub.dep_ in SUBJECTS:
                named = [t for t in sub.subtree if t.ent_type_ in ("GPE", "NORP", "ORG", "PERSON")]
                return [_role(named[0])] if named else []
    return []


def _entered(inner: Token) -> bool:
    """Whether an act part's object is the country one would enter ("would bar from entering
    Canada anyone who aids the militias"): where, not whom the denial is aimed at."""
    return inner.ent_type_ == "GPE" and inner.head.lower_ == "to" and (
        inner.head.head.lower_ in lexicon.DENIED_ENTRY)


def _downed_weapon(verb: Token, weapon: Token) -> bool:
    """Whether a verb brings down a weapon its state is named with ("shot down 30 Russian
    drones", "downed two Russian jets"): force on that state's arms, aimed at it."""
    lemma = verb.lemma_.lower()
    if lemma != "down" and not (lemma == "shoot" and verb_particle(verb) == "down"):
        return False
    return any(g.dep_ == "amod" and g.ent_type_ == "NORP" for g in weapon.children)


def _object(tok: Token, code: str = "") -> Token | None:
    """Direct object, dative or the object of a target preposition; a named actor wins.

    "offered its troops to Lebanon's president": the named recipient, not the thing given;
    "complained to the UN over Israeli raids": what is complained about, not the addressee.
    """
    objects = [c for c in tok.children if (c.dep_ in ("dobj", "dative", "attr") or (
        c.dep_ == "oprd" and (verb_particle(tok) or insult_named(tok))))  # "called out Trump",
        # "called Clinton a liar": the parser's object predicate names whom
        and c.pos_ in ("PROPN", "NOUN", "PRON") and (
            not is_weapon(c) or _downed_weapon(tok, c))]  # not "a car bomb"
    objects = objects or [g for c in tok.children if c.dep_ == "prt"  # "sealed off the X"
                          for g in c.children if g.dep_ == "pobj"] or _up_to_count(tok) or [
        o for c in tok.children if (o := participle_modifier(c)) is not None]  # "returned
    # looted treasures": the parser's participle clause holds the object
    if not objects and code[:2] in FORCE_CODES:
        objects = _shared_object(tok)  # "arrested and beat X"; not "wept and cried 'my child'"
        stolen = None if objects else clause_subject_object(tok)  # "attacked farmers harvesting"
        objects = [stolen] if stolen is not None else objects
    if not objects and _ordered_out(tok):  # "ordered aid agencies to leave": they must go
        objects = [g for c in tok.children if c.dep_ in ("xcomp", "ccomp")
                   for g in c.children if g.dep_ in SUBJECTS]
    inner = None
    if objects and objects[0].dep_ == "dobj" and _act_part(tok, objects[0]):
        inner = prep_object(objects[0], ("on", "against", "to", "with", "for", "of", "among",
                                          "between")) or _captive_compound(objects[0])
        objects = objects[1:]  # "opened fire on X", "imposed sanctions on X": part of the act
        inner = None if inner is not None and (_helper(inner) or _entered(inner)) else inner
    withdrawing = tok.lemma_.lower() in WITHDRAW_VERBS  # "is willing to withdraw X from Y"
    if objects and (code[:2] in OWN_MEANS_CODES or withdrawing) and (
            _own_means(objects[0]) or code[:2] == "15" or withdrawing):
        aimed = _aimed_at(tok, objects[0])  # "recalled its ambassador from X": aimed at X
        objects = [aimed] if aimed is not None else objects
    if objects and (_is_named(objects[0]) or objects[0].pos_ == "PRON"):
        return objects[0]
    about = prep_object(tok, COMPLAINT_PREPS) if code[:2] in COMPLAINT_CODES else None
    if about is not None:
        return about
    prep_obj = prep_object(tok, TARGET_PREPS)
    prep_obj = None if prep_obj is not None and _helper(prep_obj) else prep_obj
    if prep_obj is not None and ((tok.lemma_.lower(), prep_obj.lemma_.lower()) in (
            lexicon.VERB_PREP_CODES) or prep_obj.ent_type_ in ("DATE", "TIME") or (
            prep_obj.lemma_.lower() in lexicon.MUNITIONS or is_weapon(prep_obj)) or (
            objects and prep_obj.head.lower_ == "from" and tok.lemma_.lower() in (
                lexicon.REMOVAL_VERBS))):
        prep_obj = None  # "put troops on alert": part of the act; "on Monday": a date; "with
        # live ammunition": the means; "expel aid agencies from Darfur": where they leave
    if objects and (prep_obj is None or not _is_named(prep_obj)):
        return objects[0]
    if inner is not None and (prep_obj is None or not _is_named(prep_obj)):
        return inner  # "the blockade of Serbia", "sanctions on X"
    return prep_obj or _owner_of_post(tok)


def _captive_compound(obj: Token) -> Token | None:
    """The people the parser hung on "prisoner" or "hostage" as a compound ("took three
    soldiers prisoner" read as one noun phrase): those taken."""
    if obj.lemma_.lower() not in lexicon.CAPTIVE_WORDS:
        return None
    return next((c for c in obj.children if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN")),
                None)


def _up_to_count(tok: Token) -> list[Token]:
    """The object of a count the parser read as a particle ("kidnapped up to 16 Russian
    advisers": up + to + advisers): the people counted."""
    return [g for c in tok.children if c.dep_ == "prt" and c.lower_ == "up"
            for p in c.children if p.dep_ == "prep" and p.lower_ == "to"
            for g in p.children if g.dep_ == "pobj" and any(
                n.dep_ == "nummod" for n in g.children)][:1]


def _shared_object(tok: Token) -> list[Token]:
    """The object a verb shares with its conjoined verb ("shot and killed two Palestinians")."""
    if any(c.dep_ in ("prep", "dative", "ccomp", "xcomp") for c in tok.children):
        return []  # "fled and appealed to X": its own phrase
    return [g for c in tok.children if c.dep_ == "conj" and c.pos_ == "VERB" and (
        _harms(c) or c.lemma_.lower() in lexicon.HANDLING_VERBS)
            for g in c.children if g.dep_ == "dobj" and (g.pos_ in ("NOUN", "PROPN") or (
                g.pos_ == "NUM" and any(o.dep_ == "prep" and o.lower_ == "of"
                                        for o in g.children)))][:1]  # "dozens of women"


# acts done to people whose object a conjoined beating shares ("beat and arrested dozens")
PEOPLE_TAKING_CODES = ("173", "181")


def _harms(tok: Token) -> bool:
    """Whether a conjoined verb itself codes bodily harm (18x, 190, 20x): only its object is
    shared ("struck and killed X"; not "struck and occupied the factory", a walkout)."""
    code = _verb_code(tok)[0]
    return code[:2] in ("18", "20") or code in ("190", *PEOPLE_TAKING_CODES)


def _act_part(verb: Token, obj: Token) -> bool:
    """An object that names the act ("opened fire"), not people it is done to (prisoners) nor
    craft sunk ("sank two boats": the boats' owners are hit)."""
    lemma = verb.lemma_.lower()
    return _has_object_code(verb) and _through_quantity(obj).lower_ not in (
        lexicon.PEOPLE_OBJECTS) and not (  # "hundreds of prisoners were released": people
        lemma in lexicon.SINKING_VERBS and obj.lower_ in lexicon.SUNK_CRAFT) and not any(
        (c.dep_ == "oprd" or c.dep_ == "dobj" and c.i > obj.i and c.lower_ in (
            lexicon.CAPTIVE_WORDS)) and (lemma, c.lower_) in lexicon.VERB_OBJECT_CODES
        for c in verb.children)  # "were taken hostage", "held them hostage": the predicate
    # (or the parser's second object) names the act


# A party's choice whose to-clause tells what it chose ("its plan to honor him", "its decision
# to expel 23 diplomats"): whom that clause names is no one an act on the choice aims at
PLAN_NOUNS = frozenset({"plan", "plans", "decision", "decisions", "intention", "promise",
                        "pledge", "move"})  # not a proposal or offer, whose rejection aims at
# whom it would reach ("rejected a proposal to send peacekeepers to Ukraine")


def _alternatives(tok: Token, depth: int = 3, clauses: bool = True) -> list[Token]:
    """Actors hiding behind a non-actor object: "the removal of X", "Y's suppression".

    ``clauses``: also look inside to-clauses ("willing to send aid to help defend X"); off
    for dictionary-only verbs, whose target must be their own.
    """
    found: list[Token] = []
    for child in tok.children:
        if child.dep_ == "poss" and child.pos_ != "PRON":
            found.append(child)
        elif child.dep_ in PREP_DEPS and child.lower_ not in ("since", "after", "before", "until"):
            objs = [g for g in child.children if g.dep_ == "pobj" and not is_place_only(child, g)
                    and not _helper(g) and g.lower_ != "behalf"]  # "with the support of X": X
            # helps; "on behalf of X": X speaks through the doer; neither is a target
            found += [g for g in objs if g.lemma_.lower() not in lexicon.CONFINEMENT_WORDS]
            if depth > 1:
                found += [a for o in objs for a in _alternatives(o, depth - 1, clauses)]
            else:  # "by President Suharto's government": the possessor still counts
                found += [w for o in objs for w in _doers(o)]
        elif child.dep_ == "acl" and not _purpose(child):  # "crimes committed by X forces"
            found += [g for a in child.children if a.dep_ == "agent" for g in a.children
                      if g.dep_ == "pobj"]
            found += [g for a in child.children if a.dep_ == "prep" and a.lower_ in (
                "on", "against") for g in a.children if g.dep_ == "pobj"]  # "a ban imposed on X"
        elif child.dep_ == "relcl" and child.lemma_.lower() in lexicon.BAN_IMPOSING_VERBS:
            found += [g for a in child.children if a.dep_ == "prep" and a.lower_ in (
                "on", "against") for g in a.children if g.dep_ == "pobj"]  # "the ban that they
            # imposed on X"
        elif child.dep_ == "nsubjpass" and depth > 1 and _verb_code(tok)[0][:2] in (
                FORCE_CODES):  # "a camp for Congolese refugees was attacked": who is behind it
            found += _alternatives(child, depth - 1, clauses)
        elif child.dep_ == "dobj" and depth > 1:  # not "a state" in "declared a state of ..."
            found += [] if _act_part(tok, child) or _own_means(child) else [child]
            found += _alternatives(child, depth - 1, clauses)
        elif child.dep_ == "ccomp" and depth > 1:
            found += _alternatives(child, depth - 1, clauses)
        elif child.dep_ == "xcomp" and depth > 1:
            found += _alternatives(child, depth if clauses else depth - 1, clauses)
        elif _purpose(child) and depth > 1 and clauses and tok.lower_ not in PLAN_NOUNS:
            found += _alternatives(child, depth)  # "to protest against X": a to-clause is free;
            # a plan's ("withdrew its plan to honor him as a citizen") is that plan's own
    return [t for t in found
            if t.ent_type_ not in NOT_ACTORS and not _event_noun(t) and not is_weapon(t)]


def _doers(tok: Token) -> list[Token]:
    """Who is behind a thing: its possessor or its "by" agent ("violations by X forces")."""
    found = [c for c in tok.children if c.dep_ == "poss" and c.pos_ != "PRON"]
    for prep in tok.children:
        if prep.dep_ in ("prep", "agent") and prep.lower_ == "by":
            found += [g for g in prep.children if g.dep_ == "pobj"]
    return found


def _purpose(tok: Token) -> bool:
    """An infinitival purpose clause: "began a strike to protest against X"."""
    return tok.dep_ in ("advcl", "relcl", "acl") and infinitival(tok)


MAX_TRIGGER_CHARS = 80


def _join_trigger(frame: Frame, word: Token) -> None:
    """Widen the trigger to reach ``word`` ("agreed to provide"), so its text is its span.

    Across a line break or over ``MAX_TRIGGER_CHARS`` the trigger stays the head word alone.
    """
    other = _tok_span(word)
    start, end = min(frame.trigger_span[0], other[0]), max(frame.trigger_span[1], other[1])
    text = _CURRENT.text[start:end]
    if "\n" not in text and end - start <= MAX_TRIGGER_CHARS:
        told = _told_span(frame)  # the reported words stay told around the wider trigger
        frame.trigger, frame.trigger_span = text, (start, end)
        frame.told_reach = (min(told[0] - start, 0), max(told[1] - end, 0))


def _told_span(frame: Frame) -> tuple[int, int]:
    """The reported trigger's span: the frame's trigger widened by its ``told_reach``."""
    return (frame.trigger_span[0] + frame.told_reach[0],
            frame.trigger_span[1] + frame.told_reach[1])


def _reach_told(frame: Frame, word: Token) -> None:
    """Let the reported trigger reach ``word`` (frame.told_reach), widening any reach told
    before, within one line and ``MAX_TRIGGER_CHARS``; the frame's own trigger, which the rules
    read, stays as it is."""
    other, told = _tok_span(word), _told_span(frame)
    start, end = min(told[0], other[0]), max(told[1], other[1])
    if "\n" not in _CURRENT.text[start:end] and end - start <= MAX_TRIGGER_CHARS:
        frame.told_reach = (start - frame.trigger_span[0], end - frame.trigger_span[1])


def _nominal_frame(tok: Token) -> Frame | None:
    """An event noun: its owner (possessor, light-verb subject, clause subject) and partner."""
    code = _noun_code(tok)
    if _no_nominal_act(tok, code):
        return None
    frame = Frame(code, tok.text, _tok_span(tok), own_table=True, nominal=True)
    if "-" in noun_lemma(tok):
        _join_trigger(frame, tok.nbor(-2))  # "a sit-in", not its "in"
    cut = prep_object(tok, CUT_PREPS) if tok.lemma_.lower() in lexicon.NOUN_OBJECT_CODES else None
    if cut is not None:
        _join_trigger(frame, cut)  # "the closure of the border": what is cut names the act
    owner = _noun_owner(tok, code) if not _captives_freed(tok) else None
    if owner is not None and tok.head.lower_ == "as" and owner.head.i == tok.head.head.i and (
            owner.dep_ in SUBJECT_DEPS):
        owner = None  # "in what the army described as a clash with rebels": the describer
    if campaign_rally(tok, owner) or copular_noun(tok) or loose_threat(tok) or (
            named_object(tok) or classifier_noun(tok) or poll_share(tok)):
        return None  # "at one of his rallies", "X is a threat to Y", "the threat of terror"
    frame.code = _owner_code(code, owner) if owner is not None else code
    if frame.code[:2] == "19" and verbal_attack_noun(tok):
        frame.code = "111"  # "Twitter attacks", "personal attacks"
    if frame.code[:3] == "154" and any(
            "peacekeep" in t.lower_ for w in (tok, tok.head) for c in w.rights
            if c.dep_ == "prep" and c.i > tok.i for t in c.subtree):
        frame.code = "074"  # "the deployment of 230 troops to Liberia on a peacekeeping mission"
    _nominal_sides(tok, frame, owner, _noun_partner(tok))
    if not frame.sources and (caller := _fronted_caller(tok)) is not None:
        frame.sources = _expand(caller)  # "Called by the opposition, a stayaway emptied X"
    if _met_no_one(tok, frame):
        return None  # "Clinton's private meetings", "at its final meeting", "tough talk"
    frame.place = _place(tok) or _place(tok.head)
    if _visited_nowhere(tok, frame):
        return None  # "his frequent visits", "Clinton's visit comes as ...": no place visited
    if not frame.sources and frame.code[:2] in ("14", "19") and frame.place and (
            _suffered_in(tok)):  # "12 people were killed in fighting in X": X's fighters,
        frame.sources = _protesters(tok, frame) or [frame.place]
    struck = _struck_place(tok) if not frame.sources and frame.code[:2] == "14" else None
    if struck is not None:
        frame.sources = _expand(struck)  # "a general strike paralysed the Nepalese capital"
    governor = governing_verb(tok)
    if governor is not None and _governed_elsewhere(tok, governor):
        return None
    _finish_nominal_frame(tok, frame, code, governor)
    if not frame.sources and frame.code[:2] == "14" and frame.place and _held_protest(tok):
        frame.sources = [frame.place]  # "a demonstration was held in London": its people
    if not frame.sources and frame.code == "185" and (scene := _survived_scene(tok, frame)):
        frame.sources = [scene]  # "survived an assassination attempt in Rawalpindi": by
        # unnamed attackers of the place, as an exploding landmine's planters are
    return frame


def _fronted_caller(tok: Token) -> Token | None:
    """The "by" agent of a participle opening the clause of an event noun subject ("Called by
    the opposition to press Mugabe, a two-day stayaway emptied the streets", "Organised by
    unions, the strike shut schools"): the participle tells who called or staged it."""
    if tok.dep_ != "nsubj":
        return None
    for clause in tok.head.children:
        if clause.dep_ == "advcl" and clause.tag_ == "VBN" and clause.i < tok.i and (
                clause.lemma_.lower() in lexicon.CALLING_VERBS):
            return next((g for a in clause.children if a.dep_ == "agent" for g in a.children
                         if g.dep_ == "pobj"), None)
    return None


def _held_protest(tok: Token) -> bool:
    """Whether a protest noun is the subject of a light verb's agentless passive ("a rally
    was staged in Caracas"): the place's people hold it, as a crowd in its streets does."""
    verb = tok.head
    return tok.dep_ == "nsubjpass" and verb.lemma_.lower() in lexicon.LIGHT_VERBS and not any(
        c.dep_ == "agent" for c in verb.children) and (
            tok.lemma_.lower() not in lexicon.CAMPAIGN_EVENT_NOUNS)  # "a rally was held in
    # Des Moines" may be a candidate's


def _survived_scene(tok: Token, frame: Frame) -> Role | None:
    """Where a leader survived or escaped an attempt on his life, its doer unnamed."""
    governor = governing_verb(tok.head if tok.dep_ == "compound" else tok)
    if governor is None or governor.lemma_.lower() not in lexicon.SURVIVAL_VERBS:
        return None
    return frame.place or _place(governor) or _inner_place(tok)  # a scene told only in a
    # "when" clause ("when his motorcade came under fire in Tbilisi") is left to
    # extract._survived_attempt, whose unnamed doers take the place's country as UAF


def _no_nominal_act(tok: Token, code: str) -> bool:
    """Whether an event noun names no act of its own: uncoded, a plea or endorsement only
    mentioned, one halted or denied, or one carried out, threatened or blamed by its verb."""
    if not code or (code == "041" and not _phone_context(tok)):
        return True
    if tok.lemma_.lower() == "appeal" and not any(
            c.dep_ == "prep" and c.lower_ in ("for", "to") or c.dep_ == "acl" and infinitival(c)
            for c in tok.children):
        return True  # "Sanders's appeal among younger voters", "a fundraising appeal": no plea
    if tok.lemma_.lower() == "demand" and tok.dep_ == "nsubj" and (
            tok.head.lemma_.lower() in lexicon.MARKET_MOVES) and not any(
            c.dep_ in ("poss", "prep", "acl", "relcl") for c in tok.children):
        return True  # "chip demand would remain weak": a market's demand, no one's claim
    governed = lexicon.GOVERNED_NOUNS.get(tok.lemma_.lower())
    if governed is not None and (tok.dep_ != "dobj" or tok.head.lemma_.lower() not in governed):
        return True  # "touting the endorsement of Rep. X": only "announced his endorsement"
    if code[:2] in ASKED_ROOTS and _rejected_ask(tok):
        return True  # "turned down a U.S. request": the rejection is the event
    if _halted(tok) or _failed_talks(tok) or _steered_topic(tok) or _motive_protest(tok) or any(
            c.dep_ == "det" and c.lower_ in ("any", "no") for c in tok.children):
        return True  # "called off its mediation", "any attack by X": it does not happen
    if code == INQUIRY_CODE and tok.head.lower_ in BACKGROUND_PREPS:
        return True  # "returned the artifacts after an investigation by ICE": its background
    if tok.lemma_.lower() == "release" and _release_sought(tok):
        return True  # "hopes to win the release of jailed dissidents": not yet done
    if _weighed(tok) or _charged_deed(tok) or tok.dep_ == "dobj" and (
            _charged_deed(tok.head) or _accusation(tok) and _denied_charge(
                tok.head, tok.head.lemma_.lower())):
        return True  # "mulls sanctions", "denied allegations of abuses", "denied the charges"
    return fulfilled(tok) is not None or _threatened_with(tok) or _blamed_deed(tok) or (
            _arrest_raid(tok) or _ended_dispute(tok) or _proposed_act(
                tok) or dated_by_year(tok))  # "carried out its threat to cut gas": the cut is
    # the event; "India's nuclear tests of 1998": history


# roots of asks ("a request", "an offer", "a demand") whose rejection is the only event told
ASKED_ROOTS = frozenset({"02", "03", "10"})


def _rejected_ask(tok: Token) -> bool:
    """Whether an ask named by a noun is the object of a verb of rejection ("Egypt rejected an
    Israeli request for talks"): reported only as what was rejected."""
    return tok.dep_ == "dobj" and tok.head.pos_ == "VERB" and _verb_code(tok.head)[0][:2] == "12"


def _noun_partner(tok: Token) -> Token | None:
    """The other side an event noun names by a preposition ("talks with X", "aid to X"), by
    its cut object ("a suspension of talks with X") or by its light verb; no helper."""
    partner = prep_object(tok, ("with", "to", "against", "of", "by", "between", "into") if (
        tok.lemma_.lower() in lexicon.PARTNER_NOUNS) else (  # "talks on Syria": a topic
        "with", "to", "against", "on", "of", "by", "between", "into"))
    if tok.lemma_.lower() in lexicon.NOUN_OBJECT_CODES:  # "suspension of aid to X": X, also
        cut = prep_object(tok, CUT_PREPS)  # "a suspension of talks with X"
        partner = next((o for p in ("to", "with", "for", "against", "on")
                        if (o := prep_object(tok, (p,))) is not None and o is not cut), None) or (
            prep_object(cut, ("to", "with", "for")) if cut is not None else None)
    if tok.lemma_.lower() in lexicon.UNDERGOER_NOUNS:  # "the kidnapping of X in Y on Sunday":
        partner = prep_object(tok, ("of",)) or partner  # X, not the day
    if partner is not None and partner.lower_ == "life" and tok.lemma_.lower() == "attempt":
        partner = _life_owner(partner)  # "an attempt on the life of the president"
    partner = None if partner is not None and _helper(partner) else partner
    if partner is None and tok.dep_ == "nsubj" and tok.head.lemma_.lower() in ONSET_VERBS:
        partner = prep_object(tok.head, ("between",))  # "fighting erupted between X and Y"
    return partner if partner is not None else _light_verb_partner(tok)


MEDIATION_CODE = "045"


def _nominal_sides(tok: Token, frame: Frame, owner: Token | None,
                   partner: Token | None) -> None:
    """Sources and targets of a noun frame from its owner and partner, the one who undergoes
    it ("his arrest"), and the sides of "talks between A and B"."""
    frame.sources = _expand(owner) if owner is not None else []
    if partner is None and _undergoes(tok):
        partner = next((c for c in tok.children if c.dep_ == "poss"), None)
    if partner is not None and (owner is None or partner.i != owner.i):
        frame.targets = _expand(partner)
    if partner is not None and partner.head.lower_ == "between" and (
            len(frame.targets) > 1 or not frame.sources) and not (
                frame.sources and frame.code == MEDIATION_CODE):  # "fighting between rival
        # militias", "talks between A and B"; "Egypt's mediation between A and B" is Egypt's
        frame.sources, frame.targets = frame.targets[:1], frame.targets[1:]
    if not frame.sources and len(frame.targets) > 1 and tok.lemma_.lower() in lexicon.RECIPROCAL:
        frame.sources, frame.targets = frame.targets[:1], frame.targets[1:]  # talks of A and B
    moved = prep_object(tok, ("of",)) if not frame.sources and frame.code[:2] == "15" else None
    if moved is not None and _through_quantity(moved).lower_ in lexicon.DEPLOYABLE_FORCES:
        frame.sources = _expand(moved)  # "the deployment of thousands of Rwandan troops": the
        # forces moved are their state's means, as in "Rwandan troops were deployed"
        frame.targets = [r for r in frame.targets if r not in frame.sources]


def _visited_nowhere(tok: Token, frame: Frame) -> bool:
    """Whether a visit noun names no one, no place and nowhere abroad, in a sentence with no
    country or city ("his frequent visits"): no visit told."""
    return not frame.targets and frame.place is None and tok.lemma_.lower() in (
            lexicon.VISIT_NOUNS) and not any(c.lower_ in ("here", "abroad", "overseas")
                                             for c in tok.children) and not any(
            t.ent_type_ in ("GPE", "LOC") for t in tok.sent)


def _governed_elsewhere(tok: Token, governor: Token) -> bool:
    """Whether the noun's governing verb makes it no act: a condition, a request or a
    permission, an occasion hosted, or the crime a charge names."""
    if _condition(governor) or _asked_for(governor) or _permitted(governor):
        return True
    if tok.dep_ == "dobj" and governor.lemma_.lower() == "host" and (
            _hosted_occasion(governor)):
        return True  # "France hosted a summit on Libya": no one named is met
    return tok.head.lower_ == "with" and legal_charge(
        governor)  # "charged five men with kidnapping": the charge, no kidnapping told


def _finish_nominal_frame(tok: Token, frame: Frame, code: str, governor: Token | None) -> None:
    """Clause target, governor, other candidate targets and marks of a noun frame."""
    if not frame.targets and code[:2] in CLAUSE_TARGET_CODES:  # "its demand that Israel ..."
        frame.targets = _clause_target(tok) or (_clause_target(governor) if governor else [])
    frame.governor_span = _tok_span(governor) if governor is not None else None
    frame.light_governor = governor is not None and (
        (_holding_verb(governor) and tok.head.lower_ not in SCENE_PREPS)
        or _takes_part(governor))  # "opened fire during the rally": a scene, not theirs
    alts = _alternatives(tok) + (_alternatives(governor, 2) if governor is not None else [])
    frame.target_alts = [_role(t) for t in alts[:8]]
    _apply_governor(tok, frame)
    if governor is not None and tok.dep_ == "dobj" and _weighed(governor):
        _as_weighed(frame, governor)  # "is considering holding talks with the Taliban"
    _mark_withdrawal(frame, tok.lemma_.lower())
    _undergone(tok, frame)


def _pressed_own_attack(tok: Token, frame: Frame) -> bool:
    """"pressed his attack that X is unfit", "pushed its offensive": one's own attack or
    criticism pressed on is that act going on, no appeal for it (020)."""
    return tok.dep_ == "dobj" and frame.code[:2] in ("11", "19") and _own_attack(tok)


def _own_attack(noun: Token) -> bool:
    """An attack or criticism noun its doer owns by a pronoun ("his attack", "its offensive")."""
    return lexicon.NOUN_CODES.get(noun.lemma_.lower(), "")[:2] in ("11", "19") and any(
        c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children)


def _proposed_act(tok: Token) -> bool:
    """"rebuffed Turkey's overtures for a meeting", "an offer of talks": the act a proposal or
    request is for has not happened; the proposal's answer or the asking is the event."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("for", "of"):
        return False
    holder = tok.head.head  # the proposal, or the verb the parser hung "for" on
    return holder.lemma_.lower() in CONTENT_NOUNS or (tok.head.lower_ == "for" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in CONTENT_NOUNS for c in holder.children))


def _ended_dispute(tok: Token) -> bool:
    """"accepted a plan for settling its border dispute", "to resolve the row": a dispute
    that is being ended is the topic of the settlement, no new disapproval (11)."""
    return tok.dep_ == "dobj" and tok.head.lemma_.lower() in lexicon.ENDING_VERBS and (
        lexicon.NOUN_CODES.get(tok.lemma_.lower(), "")[:2] == "11")


def _arrest_raid(tok: Token) -> bool:
    """"Police detained 20 journalists in dawn raids": a raid an arrest is made in, aimed at
    nothing of its own, is how the arrest (17) is made, no assault of its own."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in ("in", "during") or prep.head.pos_ != "VERB" or (
            prep_object(tok, ("on", "against")) is not None):  # "in a raid on a mosque": its own
        return False
    return lexicon.NOUN_CODES.get(tok.lemma_.lower(), "")[:2] == "19" and _verb_code(
        prep.head)[0][:2] == "17"


def _avoided(tok: Token) -> bool:
    """"Trump has avoided directly criticizing Comey", "refrained from attacking X": an act
    avoided is not done."""
    head = tok.head.head if tok.dep_ == "pcomp" and tok.head.lower_ == "from" else tok.head
    return tok.dep_ in ("xcomp", "pcomp") and head.lemma_.lower() in lexicon.AVOID_VERBS


def _alleged_deed(tok: Token) -> bool:
    """"Ukraine accused Russia of shelling civilian areas", "condemned Israel for killing
    ...": the deed an accusation or criticism names is its content, coded as GSR codes it,
    with the accusation alone (the doer named is the accused, not the accuser)."""
    if tok.dep_ == "pcomp" and _complaint_content(tok):
        return True
    return tok.dep_ == "advcl" and tok.tag_ == "VBG" and _verb_code(tok)[0][:2] in (
        VIOLENCE_CODES) and any(  # "accused Azerbaijan of
        c.dep_ == "prep" and c.i < tok.i and any(  # shelling villages, killing two soldiers":
            g.dep_ == "pcomp" and _complaint_content(g) for g in c.children)  # the killing is
        for c in tok.head.children)  # the alleged deed's own


def _complaint_content(tok: Token) -> bool:
    """Whether a word is what a verb of complaint (11) is 'for', 'over' or 'of'."""
    prep = tok.head
    return prep.lower_ in ("of", "for", "over") and prep.head.pos_ == "VERB" and (
        _verb_code(prep.head)[0][:2] == "11")


def _compelled_act(tok: Token) -> bool:
    """"forced it to fly to Nairobi", "compelled the pilot to land": what someone is made to
    do is no act of theirs (the compulsion is the event)."""
    return tok.dep_ == "xcomp" and tok.head.lemma_.lower() in lexicon.COMPEL_VERBS and any(
        c.dep_ == "dobj" for c in tok.head.children)


def _denied_deed(tok: Token) -> bool:
    """"The army denied that its soldiers had fired on the ambulance", "denied attacking the
    convoy": a deed its doer denies is not reported as done (the denial is no force)."""
    return tok.dep_ in ("ccomp", "xcomp") and tok.head.lemma_.lower() in lexicon.DENY_VERBS


def _captives_freed(noun: Token) -> bool:
    """Whether a release frees people kidnapped or held hostage ("announced the release of a
    Dutch engineer held hostage in Mali"): their captors free them, not who announces it."""
    if noun.lemma_.lower() != "release":
        return False
    freed = prep_object(noun, ("of",))
    return freed is not None and any(
        c.dep_ in ("acl", "relcl") and (c.lemma_.lower() in lexicon.ABDUCTING_VERBS or any(
            t.lower_ in lexicon.CAPTIVE_WORDS for t in c.subtree))
        for c in (*freed.children, *noun.children))  # the parser may hang "held" on release


def _release_sought(noun: Token) -> bool:
    """Whether a release is only sought: its verb seeks it or is a to-infinitive ("to secure
    the release of", "negotiated for the release of"), not "announced the release of"."""
    verb = governing_verb(noun)
    return verb is not None and (verb.lemma_.lower() in lexicon.RELEASE_SEEKING_VERBS or (
        infinitival(verb)))


def _weighed(tok: Token) -> bool:
    """"Japan is considering sending troops", "mulls sanctions": an act or event noun only
    weighed (CAMEO 014, a statement) is not done, nor promised; so are its conjuncts
    ("considering sending aid and to retaliate")."""
    while (tok.dep_ == "conj" or tok.dep_ == "advcl" and infinitival(tok)) and (
            tok.head.i != tok.i):
        tok = tok.head  # "considering sending aid to help victims": the purpose too
    return tok.dep_ in ("xcomp", "ccomp", "dobj") and (
        tok.head.lemma_.lower() in lexicon.DELIBERATION_VERBS)


def _funded_purpose(tok: Token) -> bool:
    """Whether a verb is the purpose clause of money or goods given ("gave 352 million euros to
    promote investment in Ethiopia"): what the gift is for, no act of its own."""
    giver = tok.head
    return tok.dep_ in ("advcl", "xcomp") and infinitival(tok) and (
        giver.lemma_.lower() in lexicon.FUNDING_VERBS) and _gives_aid(giver)


def _gives_aid(verb: Token) -> bool:
    """Whether a giving verb's object is money or material help ("6 million euros", "medical
    supplies"), not "a speech" or "his word"."""
    return any(c.dep_ == "dobj" and (c.ent_type_ == "MONEY" or c.lemma_.lower() in (
        lexicon.AID_THINGS) or c.lower_ in lexicon.AID_THINGS) for c in verb.children)


def _purpose_beneficiary(tok: Token, frame: Frame) -> None:
    """"provided 6 million euros to help Syrian refugees in Jordan", "gave 352 million euros to
    promote development in Ethiopia": a gift with no named recipient is aimed at whom its
    purpose clause helps, or else the place that clause names."""
    recipient = prep_object(tok, ("to", "for"))
    if frame.code[:2] != "07" or tok.lemma_.lower() not in lexicon.FUNDING_VERBS or (
            recipient is not None and _is_named(recipient)) or any(
            c.dep_ == "dative" for c in tok.children):
        return
    purpose = next((c for c in tok.children if c.lemma_.lower() in lexicon.FUNDED_PURPOSES
                    and _funded_purpose(c)), None)
    if purpose is None:
        return
    helped = next((c for c in purpose.children if c.dep_ in ("dobj", "nsubj") and (
        _is_named(c) or c.lemma_.lower() in lexicon.STRICKEN_PEOPLE)), None)
    helped = helped or next((t for t in purpose.subtree if t.dep_ == "pobj" and (
        t.ent_type_ == "GPE")), None)
    if helped is not None:
        frame.targets, frame.own_table = _expand(helped), True


def _weighs_act(tok: Token) -> bool:
    """Whether a verb of deliberation weighs an act ("weighing sanctions against Belarus",
    "considering sending troops"): the weighing is no act of its own either."""
    return any(c.dep_ in ("dobj", "xcomp", "ccomp") and (c.pos_ == "VERB" or _coded_noun(c))
               for c in tok.children)


def _accusation(noun: Token) -> bool:
    """An accusation noun; a claim only with what it claims ("claims that it ...", "claims of
    genocide"), not a territorial "claim to the islands" nor the verb "claimed"."""
    lemma = noun.lemma_.lower()
    return noun.pos_ == "NOUN" and lemma in lexicon.ACCUSATION_NOUNS and (
        lemma != "claim" or any(c.dep_ in ("acl", "ccomp") or c.dep_ == "prep" and c.lower_ == "of"
                                for c in noun.children))


def _denied_charge(tok: Token, lemma: str) -> bool:
    """"Iran rejected accusations that it attacked the tanker": turning down an accusation
    denies responsibility (CAMEO 016, a statement), no rejection (12)."""
    return lemma in lexicon.DENIAL_VERBS and any(
        c.dep_ == "dobj" and _accusation(c) for c in tok.children)


def _charged_deed(tok: Token) -> bool:
    """"accusations by the US that its army committed ethnic cleansing", "allegations of
    torturing detainees": what an accusation noun's clause or "of" phrase alleges, however
    deep ("... that it used radios to aid the rebels"), is its content, not told as done."""
    below = tok
    for above in tok.ancestors:
        if above.pos_ == "NOUN" and (below.dep_ in ("acl", "ccomp") or _that_clause(below) or (
                below.dep_ == "prep" and below.lower_ == "of")) and _accusation(above):
            return True  # a 'that' clause read as a relative one is the charge's content too
        if below.dep_ == "acl" and _accusers_clause(below, above):
            return True
        below = above
    return False


def _that_clause(clause: Token) -> bool:
    """A relative clause that is a content clause: opened by the conjunction 'that' with a
    subject of its own ("charges that it tortured a priest")."""
    return clause.dep_ == "relcl" and that_marked(clause) and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)


def _accusers_clause(clause: Token, noun: Token) -> bool:
    """Whether a 'that' clause the parser hung on an accuser ("denied charges by clergymen
    that it tortured a priest": on 'clergymen') is what their accusation alleges."""
    if not that_marked(clause) or (
            noun.dep_ != "pobj" or noun.head.lower_ != "by"):
        return False
    owner = noun.head.head  # the accusation, or the verb whose object it is
    return _accusation(owner) or any(c.dep_ == "dobj" and _accusation(c) for c in owner.children)


def _blamed_deed(tok: Token) -> bool:
    """"Iran blasted the US for its sanctions": the deed a criticism is for is only named
    there, no act of the critic's (the criticism is the event)."""
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in lexicon.BLAME_VERBS:
        return True  # "slammed the GOP's gloomy talk": what is blamed is only named
    return tok.dep_ in ("pobj", "pcomp") and _complaint_content(tok)  # "faulted Trump for
    # his praise of Putin", "accused Russia of bombing villages" (a gerund read as a noun)


def _met_no_one(tok: Token, frame: Frame) -> bool:
    """A meeting noun with no one met: no partner, no two sides, no plural owner ("her private
    meetings", "a panel discussion", "tough talk"); "the two sides' talks", "talks between
    X and Y" and "held talks with X" keep theirs."""
    if tok.lemma_.lower() not in lexicon.PARTNER_NOUNS and tok.lower_ not in (
            lexicon.PARTNER_NOUNS) or frame.targets or len(frame.sources) > 1:
        return False
    if any(t.lower_ in lexicon.MULTI_PARTY_WORDS for left in tok.lefts for t in left.subtree):
        return False  # "joined three-way talks", "trilateral talks": others are met
    if frame.sources and frame.sources[0].head_text.lower().endswith("s"):
        return False  # "the leaders' talks": those who meet each other
    governor = governing_verb(tok)
    return _light_verb_partner(tok) is None and not (governor is not None and prep_object(
        governor, ("with", "between")) is not None)


def _holding_verb(tok: Token) -> bool:
    """Whether the verb is one by which its subject holds the event it governs ("staged a
    sit-in"); the word is tried as well, as the tagger lemmatises "staged" as "stag"."""
    word = tok.lower_
    return any(w in lexicon.HOLDING_VERBS for w in (tok.lemma_.lower(), word, word[:-1], word[:-2]))


def _takes_part(tok: Token) -> bool:
    """Whether the verb makes its subject a participant of the event it governs ("soldiers took
    part in / participated in the protest"): their own protest, not one they police."""
    lemma = tok.lemma_.lower()
    return lemma == "participate" or (lemma == "take" and any(
        c.dep_ == "dobj" and c.lower_ == "part" for c in tok.children))


def _light_verb_partner(tok: Token) -> Token | None:
    """Whom a light verb's event noun is aimed at when the parser hangs the phrase on the verb
    ("opened investigations against X", "launched a probe into X")."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.head.pos_ == "VERB" and (
            tok.head.head.lemma_.lower() in lexicon.JOINING_VERBS):
        return next((c for c in tok.head.head.children if c.dep_ == "dobj"), None)
        # "Erdogan joined Putin and Rouhani for three-way talks": those joined
    governor = tok.head if tok.dep_ == "dobj" else next(
        (c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN"
         and _light_object(c) is tok), None)  # "the offensive launched by X against Y"
    if governor is None or governor.pos_ != "VERB" or (
            governor.lemma_.lower() not in lexicon.LIGHT_VERBS):
        return None
    receiver = next((c for c in governor.children if c.dep_ == "dative" or (
        c.dep_ == "dobj" and c.i < tok.i and c.ent_type_ in ("PERSON", "GPE", "NORP"))),
        None)  # "gave Serbian President Vucic a warning", read as two objects
    if receiver is not None and tok.dep_ == "dobj":  # "gave Putin a stern warning", "gave a
        return prep_object(governor, ("to",)) if receiver.pos_ == "ADP" else receiver  # warning
        # to Putin": whom it is given to
    return prep_object(governor, ("against", "into") if tok.dep_ == "dobj" else (
        "against", "into", "on"))  # "the assault mounted by rebels on the capital"


def _protesters(tok: Token, frame: Frame) -> list[Role]:
    """Who held a protest the named people suffered in: those people ("protesters were
    injured during a march in X", "students were arrested at a rally in X"); a place is never
    the doer when people are named. Fighting (19) has no such reading: its victims are not
    its fighters."""
    governor = governing_verb(tok)
    if frame.code[:2] != "14" or governor is None:
        return []
    subject = subject_and_agent(governor)[0]
    if subject is None or _event_noun(subject) or subject.ent_type_ in PLACE_TYPES:
        return []
    return _expand(subject)


def _undergone(tok: Token, frame: Frame) -> None:
    """"X came under criticism (from Y)", "X endured attacks": X is the target, Y the source."""
    fired = tok.lemma_.lower() in ("fire", "gunfire")  # "came under fire in Belgrade" says
    # nothing of who fired
    if tok.dep_ == "conj" and tok.head.dep_ == "pobj" and fired:
        tok = tok.head  # "came under mortar and machine-gun fire": the first arms' place
    kind = tok.dep_ == "compound" and tok.head.dep_ == "dobj"  # "an assassination attempt"
    governor = governing_verb(tok.head if kind else tok)
    under = tok.head.dep_ == "prep" and tok.head.lower_ == "under"  # "is under investigation"
    if governor is None or not (under or governor.lemma_.lower() in lexicon.UNDERGO_VERBS):
        return
    if tok.dep_ != "dobj" and not under and not kind:
        return
    subject = subject_and_agent(governor)[0]
    if subject is None or _event_noun(subject):
        return
    giver = prep_object(tok.head if kind else tok, ("from", "by")) or prep_object(
        governor, ("from", "by"))
    if giver is None and under and not fired:  # "put under investigation in Italy": that
        # state's act
        giver = next((g for g in (prep_object(tok, ("in",)), prep_object(governor, ("in",)))
                      if g is not None and g.ent_type_ == "GPE"), None)
    frame.sources = _expand(giver) if giver is not None else _firing_people(tok, frame.code)
    frame.targets = _expand(subject)
    if governor.lemma_.lower() in lexicon.FEAR_VERBS:
        frame.modality = "possible"  # "villagers fear attacks by the rebels": not done yet


def _owner_code(code: str, owner: Token) -> str:
    """An armed owner's strikes are air strikes (195); conjoined owners' drills are joint (062)."""
    if code == "143" and owner.lemma_.lower() in lexicon.ARMED_OWNERS:
        return "195"  # "the air force carried out strikes"
    if code == "183" and _aerial(owner):
        return "195"  # "NATO's bombing of Belgrade", "Israel's bombing of Gaza"
    if code == "150" and any(t.dep_ == "conj" for t in owner.subtree):
        return "062"  # "French and Egyptian warships launched war games"
    return code


def _capture_code(tok: Token) -> str:
    """A capture's code by what is taken: a person named by the phrase's head is arrested by a
    state's agents (173: "the capture of the rebel leader X by commandos"), abducted by
    anyone else (181: "by Islamic State militants"); a named or common place is occupied
    (192); a catch of carbon, a prize or a moment is no event."""
    taken = prep_object(tok, ("of",))
    if taken is None:
        return ""
    if taken.ent_type_ == "PERSON" or any(c.dep_ in ("appos", "compound") and (
            c.ent_type_ == "PERSON") for c in taken.children):  # "the guerrilla chief X"
        taker = prep_object(tok, ("by",))
        return "181" if taker is not None and not state_taker(taker) else "173"
    if taken.lemma_.lower() in lexicon.PLACE_NOUNS or taken.ent_type_ in ("GPE", "LOC"):
        return "192"
    return ""


def _noun_code(tok: Token) -> str:
    """The event noun's code; "air strikes", "missile strikes" are attacks, not walkouts."""
    lemma = noun_lemma(tok)
    if lemma == "strike" and military_strike(tok):
        return "195"
    if lemma in ("fire", "gunfire"):
        return _under_fire(tok)
    if lemma in lexicon.NOUN_OBJECT_CODES:
        cut = prep_object(tok, CUT_PREPS)  # "a suspension of aid", "a freeze on aid"
        if cut is not None and cut.lower_ in lexicon.AMOUNT_NOUNS:
            cut = prep_object(cut, ("of",)) or cut  # "the confiscation of 50 acres of land"
        table = lexicon.NOUN_OBJECT_CODES[lemma]
        return (table.get(cut.lower_) or table.get(cut.lemma_.lower(), "")) if cut else ""
    before = {t.lower_ for t in tok.subtree if t.i < tok.i}
    if lemma == "attack" and before & lexicon.BODILY_ATTACKS:
        return ""  # "died of a heart attack", "a shark attack": no act of force
    aimed = prep_object(tok, ("on", "against")) if lemma == "attack" else None
    if aimed is not None and aimed.lemma_.lower() in lexicon.SPORT_AIMS:
        return ""  # "Liverpool's attack on the Chelsea goal": play, no force
    if lemma in lexicon.HEADLINE_DEED_CODES:
        return lexicon.HEADLINE_DEED_CODES[lemma] if _headline_deed(tok) else ""
    if lemma == "strike" and "hunger" in before:
        return "142"  # "went on hunger strike"
    if lemma == "expulsion":
        return _expulsion_code(tok)
    if lemma == "capture":
        return _capture_code(tok)
    if lemma == "rampage" and (before & lexicon.KILLING_SPREES or _armed_rampage(tok)):
        return "180"  # "a gunman went on a shooting rampage", "a rampage by militiamen":
        # violence, no riot
    if lemma == "battle":
        return "190" if before & lexicon.ARMED_BATTLES or _armed_between(tok) else ""  # "gun
        # battles raged", "battles between troops and rebels"
    if lemma == "campaign":
        return _force_campaign(tok, before)
    if lemma == "vigil" and not grievance_told(tok):
        return ""  # "a candlelight vigil for the victims": mourning, no protest
    if lemma in WITHDRAW_NOUNS:
        return _withdrawal_code(tok)
    if lemma == "strike" and _military_strike(tok):
        return "190"  # "Israel's strikes on Gaza": force, no labour strike
    if lemma in BOMB_WORDS and (kind := _bomb_kind(tok)):
        return kind  # "a suicide bombing", "a car bomb attack"
    if lemma == "bombing":  # "the bombing of a church": 183 unless from the air ("air raids")
        by = prep_object(tok, ("by",))
        return "195" if before & AERIAL_WORDS or by is not None and _aerial(by) else "183"
    if lemma == "assassination" and (tok.head.lemma_.lower() == "attempt" or "attempted" in (
            before)):
        return "185"  # "an assassination attempt", "the attempted assassination of X"
    if lemma == "attempt":
        return "185" if _life_attempted(tok) is not None else ""  # "an attempt on his life"
    if lemma in lexicon.QUALIFIED_NOUNS:  # "a military operation", not "a rescue operation"
        of = prep_object(tok, ("of",))  # "the deployment of (thousands of) troops"
        of = _through_quantity(of) if of is not None else None
        armed = bool((before | {of.lower_ if of is not None else ""})
                     & lexicon.QUALIFIED_NOUNS[lemma]) or (
            prep_object(tok, ("against",)) is not None)
        return lexicon.NOUN_CODES.get(lemma, "") if armed else ""
    code = lexicon.NOUN_CODES.get(lemma, "")  # "" for a noun no table codes ("risk")
    if code == "150":
        if not (before & lexicon.MILITARY_WORDS or {"live", "fire"} <= before and (
                _armed_holder(tok)) or _military_holder(tok)) or (
                lemma == "game" and "war" not in before):
            return ""  # "an exercise in futility", "a fire drill", "a football game"
        joint = "joint" in before or prep_object(tok, ("with",)) is not None
        return "062" if joint else "150"
    return code


def _armed_between(tok: Token) -> bool:
    """Whether a battle is "between" sides one of which is armed ("battles between government
    troops and Tamil rebels"), not "the battle between the two candidates"."""
    side = prep_object(tok, ("between",))
    return side is not None and any(
        s.lower_ in lexicon.ARMED_UNITS or coded_sector(s) in lexicon.ARMED_DOER_SECTORS
        for s in (side, *side.conjuncts))


def _force_campaign(tok: Token, before: set[str]) -> str:
    """A campaign "against" someone that is one of arms: from the air (195, "NATO's air
    campaign against Libyan forces") or military (190); any other campaign is no force."""
    if prep_object(tok, ("against",)) is None:
        return ""
    if before & AERIAL_WORDS:
        return "195"
    return "190" if before & lexicon.MILITARY_WORDS else ""


def _headline_deed(tok: Token) -> bool:
    """Whether a deed noun heads its sentence as subject with a person as its victim and a
    news day ("The shooting of two border guards outside Tbilisi on Sunday drew ..."): the
    act told in its own right, not "the shooting of the film" nor history."""
    sent = tok.sent
    if tok.dep_ not in ("nsubj", "nsubjpass", "ROOT") or tok.i - sent.start > 1:
        return False
    victim = prep_object(tok, ("of",))
    if victim is None or not (victim.ent_type_ in ("PERSON", "NORP") or is_agent_word(
            victim.lower_) or victim.lower_ in lexicon.VICTIM_WORDS or victim.lemma_.lower() in (
            lexicon.PEOPLE_OBJECTS | lexicon.ABDUCTED_PEOPLE) or any(
            m.ent_type_ == "NORP" for m in victim.lefts)):  # "a Kenyan truck driver"
        return False
    dated = bool({t.lower_ for t in sent} & lexicon.WEEKDAYS) or (prep_object(
        tok, ("by",)) or prep_object(victim, ("by",))) is not None  # "by Boko Haram militants"
    return dated and not any(
        t.like_num and len(t.text) == 4 and t.text[:2] in ("19", "20") for t in sent)


def _life_attempted(tok: Token) -> Token | None:
    """The "life" of "an attempt on the life of X" or "on his life"; None for any other
    attempt ("an attempt to save the company")."""
    on = prep_object(tok, ("on",))
    return on if on is not None and on.lower_ == "life" else None


def _life_owner(life: Token) -> Token | None:
    """Whose life an attempt was on: the "of" object or the possessor ("on his life")."""
    return prep_object(life, ("of",)) or next((c for c in life.children if c.dep_ == "poss"),
                                              None)


def _withdrawal_code(tok: Token) -> str:
    """A withdrawal coded by what is withdrawn, as the verb is: peacekeepers (1661),
    inspectors or observers (1662), aid agencies (1663); anything else one's own pullout."""
    withdrawn = prep_object(tok, ("of",))
    kind = _through_quantity(withdrawn) if withdrawn is not None else None
    return removed_code(kind, "withdraw") or lexicon.NOUN_CODES[tok.lemma_.lower()]


def _expulsion_code(tok: Token) -> str:
    """An expulsion coded by whom it expels, as the verb is: peacekeepers, inspectors and aid
    agencies by the verb's table (166x), a state's officials or a state 166, other people
    deported (174: "ordered the expulsion of 300 Congolese miners")."""
    expelled = prep_object(tok, ("of",))
    if expelled is None:
        return "166"
    kind = _through_quantity(expelled)
    named = removed_code(kind, "expel")
    if named:
        return named
    official = kind.lemma_.lower() in lexicon.EXPELLED_OFFICIALS
    return "166" if official or kind.ent_type_ in ("GPE", "ORG", "NORP") else "174"


def _firing_people(tok: Token, code: str) -> list[Role]:
    """"came under Russian fire", "under Hezbollah fire": the people or group named on the
    fire fired it."""
    if code != "190" or tok.lemma_.lower() != "fire":
        return []
    side = next((c for c in tok.children if c.dep_ in ("amod", "compound")
                 and c.ent_type_ in ("NORP", "ORG")), None)
    return _expand(side) if side is not None else []


def _military_strike(tok: Token) -> bool:
    """Whether a strike is owned by a state or armed group and aimed on a place."""
    owner = next((c for c in tok.children if c.dep_ == "poss" or c.dep_ in (
        "compound", "amod") and c.ent_type_ in ("GPE", "NORP")), None) or _threatener(
        tok)  # "Syria's strike", "the U.S. strike on the airport", "an Israeli strike on X"
    aimed = prep_object(tok, ("on", "against"))
    if owner is None and aimed is not None and aimed.lemma_.lower() in lexicon.ARMED_STRIKE_SITES:
        return True  # "the strike on its consulate": no walkout is aimed at a building
    return owner is not None and armed_or_state(owner) and aimed is not None and (
        aimed.ent_type_ in ("GPE", "LOC", "FAC") or aimed.lemma_.lower() in PLACE_NOUNS
        or aimed.pos_ == "PROPN" and aimed.ent_type_ not in ("DATE", "TIME", "PERSON"))


def _threatener(tok: Token) -> Token | None:
    """Who threatens with a noun ("Russia threatened Ukraine with strikes on Kyiv"): the
    strikes would be its own."""
    verb = tok.head.head if tok.head.dep_ == "prep" and tok.head.lower_ in THREAT_PREPS else (
        tok.head if tok.dep_ == "dobj" else None)  # "threatened new sanctions"
    if verb is None or verb.lemma_.lower() not in lexicon.THREAT_WORDS:
        return None
    return subject_and_agent(verb)[0]


def _drill_holder(tok: Token) -> Token | None:
    """The doer of the verb that holds a drill noun ("Indian naval ships held exercises")."""
    governor = governing_verb(tok)
    return subject_and_agent(governor)[0] if governor is not None else None


def _military_holder(tok: Token) -> bool:
    """Whether a bare drill noun ("held exercises", no "rescue exercise") is held by a doer
    its words make military ("Indian naval ships held exercises", "army units")."""
    doer = _drill_holder(tok)
    kinds = any(c.dep_ in ("compound", "nmod") for c in tok.children)  # "a rescue exercise"
    return doer is not None and not kinds and bool(
        {t.lower_ for t in doer.subtree} & lexicon.DRILLING_FORCE_WORDS)


def _armed_holder(tok: Token) -> bool:
    """Whether the verb holding a drill noun has an armed or state doer (live-fire drills)."""
    doer = _drill_holder(tok)
    return doer is None or armed_or_state(doer)


def _phone_context(tok: Token) -> bool:
    """Whether a "call" is a phone or video call (041), not an appeal."""
    return any(t.lower_ in ("phone", "telephone", "video") for t in tok.subtree)


def _noun_owner(tok: Token, code: str = "") -> Token | None:
    """Who does the nominal event (coded ``code``): "Li's visit", "X held talks", "during
    talks, X said"."""
    poss = next((c for c in tok.children if c.dep_ == "poss" and c.ent_type_ not in (
        "DATE", "TIME")), None)  # not "Wednesday's arrest of X by police": a day owns nothing
    if _undergoes(tok):
        poss = None  # "his arrest": he is arrested
    if poss is not None and poss.pos_ != "PRON":
        return poss
    of = prep_object(tok, ("of",))
    agent = prep_object(tok, ("by",)) or (prep_object(of, ("by",)) if of is not None else None)
    if agent is not None:
        return agent  # "the arrest of 20 activists by Kenyan police"
    organizer = _organizer(tok) or (next(iter(_clause_doers(tok)), None) if not (
        _scene_of_harm(tok)) else None)  # "killed in an ambush blamed on X": the killing's
    if organizer is not None:
        return organizer  # "a general strike called by opposition parties", "a bombing
    # blamed on Chechen rebels"
    side = _state_side(tok, code)
    if side is not None:
        return side  # "after the U.S. strike on the airport": the United States strikes
    claimant = _claimant(tok)
    if claimant is not None:
        return claimant  # "the Taliban claimed responsibility for the attack"
    governor = governing_verb(tok)
    if governor is None:
        return poss
    pronoun_after = poss is not None and tok.head.dep_ == "prep"  # "after his arrival, he ..."
    if not pronoun_after and _reaction_to(tok, governor):
        return None  # "condemned the attack", "lifted its embargo": no act of the subject
    subject, agent, passive = subject_and_agent(governor)
    if passive and agent is not None and subject is not None and subject.i == tok.i and (
            governor.lemma_.lower() in lexicon.LIGHT_VERBS):
        return agent  # "a halt to all talks was ordered by the president": the president's
    if subject is not None and _event_noun(subject):
        return prep_object(tok, ("from",))  # "the arrest drew protests from Canada"
    if passive and (tok.head.lower_ in ("in", "during") or governor.dep_ == "acl") and (
            prep_object(tok, ("with",)) is None):  # "hurt in clashes with police": their side
        return poss  # "12 people were killed in fighting", "decisions taken at the meeting"
    return subject or poss  # "held their meeting": the subject


def _organizer(tok: Token) -> Token | None:
    """The agent of a participle that calls or organises the event noun it modifies ("a
    strike called by the unions", "a march organised by students"): the event's own doer."""
    first = next(iter(_participle_doers(tok, ORGANIZER_PREPS, ("agent",))), [])
    return first[0] if first else None


def _struck_place(tok: Token) -> Token | None:
    """The place a doerless protest noun paralyses or shuts down as its subject ("a general
    strike paralysed the capital"): its strikers are that place's."""
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.lemma_.lower() not in lexicon.PARALYSING_VERBS:
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and c.ent_type_ in ("GPE", "LOC")
                 or c.dep_ == "dobj" and any(t.ent_type_ in ("GPE", "NORP") for t in c.subtree)),
                None)


def _state_side(tok: Token, code: str) -> Token | None:
    """The state or people named before an attack or protest noun aimed "on" or "against"
    something else ("the U.S. strike on the airport", "an Israeli raid on Jenin", "Palestinian
    riots against Israeli policies"): its doer; a protest's only by a people, never "anti-".
    A noun heading its clause also takes the place it is "of" ("the Israeli blockade of Gaza
    entered its third year") and an embargo "on" a state ("the European embargo on Iran")."""
    return _side_before(tok, code, _state_side_aims(code, _reported_head(tok)))


def _side_before(tok: Token, code: str, aims: tuple[str, ...]) -> Token | None:
    """The state, people or (for a sanction) international body named before an act noun
    that is aimed by one of ``aims`` at something else ("the U.S. strike on the airport")."""
    if not aims or prep_object(tok, aims) is None:
        return None
    protest = code[:2] == "14"
    kinds = ("NORP",) if protest else ("GPE", "NORP")
    return next((c for c in tok.children if c.dep_ in ("compound", "amod") and (
        c.ent_type_ in kinds or code in SANCTION_NOUN_CODES and coded_sector(c) == "IGO") and (
            not c.is_punct and not _hyphened_side(c))), None)  # "UN sanctions on Iran"


def _state_side_aims(code: str, heads_clause: bool) -> tuple[str, ...]:
    """The prepositions an act noun names what it is aimed at by, for a state named before it:
    a protest "against" only ("the French strike on Monday" is a date); force "on"/"against",
    and "of" (the place blockaded, bombed or shelled) where the noun heads its clause; a
    sanction only where it heads its clause ("U.S. sanctions on Iran remain in force")."""
    if code[:2] == "14":
        return ("against",)
    if code[:2] in VIOLENCE_CODES:
        return ("on", "against", "of") if heads_clause else ("on", "against")
    return ("on", "against") if heads_clause and code in SANCTION_NOUN_CODES else ()


def _reported_head(tok: Token) -> bool:
    """Whether an act noun heads its clause as news: its subject, neither judged by a copula
    ("the bombing of Cambodia was a mistake") nor ended ("the siege of Beirut ended"), nor
    history dated by a year."""
    verb = tok.head.lemma_.lower()
    return tok.dep_ in SUBJECT_DEPS and verb != "be" and verb not in lexicon.STOP_VERBS and (
        not _year_told(tok))


def _year_told(tok: Token) -> bool:
    """Whether a word's sentence names a bare year ("the Turkish invasion of Cyprus in 1974
    divided the island"): history recalled, not news."""
    return any(lexicon.BARE_YEAR.fullmatch(t.text) is not None for t in tok.sent)


def _hyphened_side(word: Token) -> bool:
    """Whether a people's name is part of a hyphened word ("anti-American", "pro-Russian"),
    which names whom a protest is for or against, never its doers."""
    doc = word.doc
    return (word.i > 0 and doc[word.i - 1].text == "-") or (
        word.i + 1 < len(doc) and doc[word.i + 1].text == "-")


def _owned_responsibility(verb: Token) -> Token | None:
    """The responsibility a verb owns up to ("claimed responsibility for the attack"), if any."""
    if verb.lemma_.lower() not in OWNING_VERBS:
        return None
    return next((c for c in verb.children if c.dep_ == "dobj"
                 and c.lemma_.lower() in RESPONSIBILITY_NOUNS), None)


def _claimant(tok: Token) -> Token | None:
    """Who claims an act ("X claimed responsibility for the attack"): its doer."""
    prep = tok.head
    noun = prep.head if prep.dep_ == "prep" and prep.lower_ == "for" else None
    if noun is None or noun.lemma_.lower() not in RESPONSIBILITY_NOUNS or noun.dep_ != "dobj":
        return None
    verb = noun.head
    return subject_and_agent(verb)[0] if _owned_responsibility(verb) is not None else None


def _suffered_in(tok: Token) -> bool:
    """An event noun that people suffered in ("were killed in fighting"): they are no doers."""
    governor = governing_verb(tok)
    return governor is not None and tok.head.lower_ in ("in", "during") and (
        subject_and_agent(governor)[2])


def _halted(tok: Token) -> bool:
    """An event noun that is the object of a verb of halting, or its passive subject
    ("suspended the talks", "its mediation was put on hold", "broke the strike": the strikers
    did not strike)."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and (
            tok.head.head.lemma_.lower() in MEASURE_NOUNS):
        tok = tok.head.head  # "called off a planned week of demonstrations": the week
    governor = governing_verb(tok)
    if governor is None or tok.dep_ not in ("dobj", "nsubjpass"):
        return False  # "the talks were suspended", "its mediation was put on hold"
    if governor.lemma_.lower() == "break" and tok.lemma_.lower() in BROKEN_NOUNS:
        return True
    if governor.lemma_.lower() == "end" and tok.lemma_.lower() in lexicon.VISIT_NOUNS:
        return False  # "is ending a five-day trip in Paris": the visit took place
    return governor.lemma_.lower() in lexicon.HALT_VERBS or verb_particle(governor) == "off" or (
        _put_on_hold(governor, governor.lemma_.lower())) or (
        (governor.lemma_.lower(), verb_particle(governor)) in lexicon.HALT_PHRASALS)


def _motive_protest(tok: Token) -> bool:
    """"boycotted the summit in protest against the invasion": the protest is the motive of
    a coded act of its doer, no demonstration of its own."""
    prep = tok.head
    if tok.lemma_.lower() != "protest" or tok.dep_ != "pobj" or prep.lower_ != "in" or (
            prep.head.pos_ != "VERB"):
        return False
    return bool(_verb_code(prep.head)[0])


def _steered_topic(tok: Token) -> bool:
    """"change the conversation", "dominated the debate": a topic of public talk, no meeting."""
    return tok.dep_ == "dobj" and tok.lemma_.lower() in lexicon.TOPIC_NOUNS and (
        tok.head.lemma_.lower() in lexicon.STEERING_VERBS)


def _failed_talks(tok: Token) -> bool:
    """Talks whose verb tells their failure ("talks broke down", "the negotiations collapsed",
    "stalled"): no consultation is reported, only its end."""
    head = tok.head
    if tok.dep_ != "nsubj" or tok.lemma_.lower() not in lexicon.TALK_NOUNS:
        return False
    return head.lemma_.lower() in lexicon.FAILING_VERBS or (
        head.lemma_.lower() == "break" and verb_particle(head) in ("down", "up", "off"))


def _undergoes(tok: Token) -> bool:
    """A noun whose possessor undergoes the act ("his arrest"), not "Egypt's arrest of X"."""
    return tok.lemma_.lower() in lexicon.UNDERGOER_NOUNS and not any(
        c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)


def _crime_charged(tok: Token, governor: Token) -> bool:
    """Whether an act is what an arrest or a charge is for ("held four men in the bombing",
    "charged him for / with the bombing"): the suspects' act, not the police's; a raid or an
    operation they are arrested in is the police's own."""
    if tok.head.lower_ not in ("in", "for", "with") or tok.lemma_.lower() in OPERATION_NOUNS:
        return False
    return _verb_code(governor)[0][:2] in ("11", "17")


def _reaction_to(tok: Token, governor: Token) -> bool:
    """Whether the verb above an event noun reacts to another's act ("condemned the attack")."""
    if tok.head.dep_ in PREP_DEPS and tok.head.lower_ == "to" and _is_request(tok):
        return True  # "agreed to the rebels' demands": theirs
    measure = tok.head.head if tok.head.lower_ == "of" else None  # "after weeks of protests"
    yielding = governor.lemma_.lower() in lexicon.YIELDING_VERBS  # "bowing to protests"
    if measure is not None and measure.lemma_.lower() in MEASURE_NOUNS and (
            measure.head.dep_ == "prep" and measure.head.head.i == governor.i):
        return measure.head.lower_ in OTHER_OWNER_PREPS or (
            yielding and measure.head.lower_ == "to")  # "bowing to weeks of protests"
    if tok.head.dep_ == "prep" and tok.head.head.i == governor.i:
        return tok.head.lower_ in OTHER_OWNER_PREPS or _crime_charged(tok, governor) or (
            yielding and tok.head.lower_ == "to")
    lemma = governor.lemma_.lower()
    if tok.dep_ == "dobj" and verb_particle(governor) == "off":
        return True  # "called off its mediation"
    if tok.dep_ != "dobj" or lemma in lexicon.LIGHT_VERBS | lexicon.CONTROLLERS:
        return False
    if lemma in lexicon.TOPIC_VERBS or lemma in lexicon.FOILING_VERBS:
        return True  # "failed to mention the attack", "foiled an attack": another's
    return lemma not in lexicon.REQUEST_GOVERNORS and bool(_verb_code(governor)[0])


def _called_strike(tok: Token, governor: Token, frame: Frame) -> bool:
    """Whether "call" declares a strike or boycott as its object ("called a general strike"):
    the strike itself in CAMEO (143), not an appeal ("called for a strike" stays 020)."""
    return governor.lemma_.lower() == "call" and tok.dep_ == "dobj" and (
        tok.lemma_.lower() in CALLED_NOUNS and frame.code[:2] == "14")


def _apply_governor(tok: Token, frame: Frame) -> None:
    """Negation and modality of the light verb or plan word above a nominal event."""
    governor = governing_verb(tok)
    if governor is None or (tok.head.dep_ == "prep" and tok.head.head.i == governor.i
                            and tok.head.lower_ in OTHER_OWNER_PREPS):
        return  # "imposed an embargo after the crackdown": the crackdown is not theirs
    frame.negated = _negated(governor)
    request = lexicon.REQUEST_GOVERNORS.get(governor.lemma_.lower())
    if _called_strike(tok, governor, frame):
        frame.light_governor = True  # "the union called a general strike": the strike (143)
        _join_trigger(frame, governor)
        request = None
    if request and _pressed_own_attack(tok, frame):
        request = None  # "Sanders pressed his attack on Clinton": the attack goes on (111)
    if request and any(c.dep_ in ("advmod", "prt") and c.lower_ in ("ahead", "on")
                       for c in governor.children):
        request = None  # "pressed ahead with the vote in defiance of a ban": it goes on
    if request and tok.dep_ in ("dobj", "pobj") and verb_particle(governor) != "off" and (
            tok.head.lower_ != "with"):  # "pressured X with drills": the means, not the demand
        frame.code = request
        _join_trigger(frame, governor)
    if governor.lemma_.lower() in ("lodge", "file") and tok.lemma_.lower() == "protest":
        frame.code = "114"  # an official protest is a complaint
    controller = _controller(governor)
    if controller is not None and controller.lemma_.lower() in lexicon.THREAT_WORDS:
        frame.code, frame.modality = lexicon.threat_code(frame.code), "intended"
        _join_trigger(frame, controller)
        frame.targets = frame.targets or _condition_target(governor)
    elif controller is not None and controller.lemma_.lower() in lexicon.COMMIT_WORDS:
        frame.code, frame.modality = lexicon.intent_code(frame.code), "intended"
    elif controller is not None and controller.lemma_.lower() in lexicon.REFUSAL_WORDS and (
            not _negated(controller)) and (tok.dep_ == "dobj" or tok.head.lower_ == "in") and (
            governor.lemma_.lower() not in lexicon.SPEECH_VERBS | lexicon.TOPIC_VERBS):
        # "refused to attend the peace talks", "declined to take part in the inquiry": a
        # rejection; "refused to respond to a demand" leaves the demand another's
        frame.code = lexicon.reject_code(frame.code)
        _join_trigger(frame, controller)
    elif controller is not None:
        frame.modality = "intended"
        _plan_of_force(frame, controller)
    else:
        frame.modality = _modality(governor)
    if not frame.sources and controller is not None and (
            governor.lemma_.lower() not in lexicon.TOPIC_VERBS):  # "failed to mention X"
        subject = _adjective_subject(controller)
        frame.sources = _expand(subject) if subject is not None else []
