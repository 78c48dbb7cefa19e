"""Registers the events extractor: predicates -> coded CAMEO/PLOVER events with evidence."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import islice
from typing import TYPE_CHECKING

from storyline import settings
from storyline.actors import kb
from storyline.actors.cache import code_phrase_cached
from storyline.actors.coding import (
    BORDER_WORDS,
    COUNTERPART_WORDS,
    DATELINE,
    STAFF_WORDS,
    TITLE_SECTORS,
    TRANSNATIONAL_SECTORS,
    agent_sector,
    campaign_owners_at,
    candidate_name,
    code_words,
    is_agent_word,
    is_client_mark,
    is_likeness_mark,
    is_patron_mark,
    office_absent,
    place_of,
    takes_side,
)
from storyline.actors.coref import BODY_HEADS, SEA_VEHICLES, VEHICLES
from storyline.actors.lookup import actor_ref, nearby
from storyline.actors.mentions import GATHERING_NOUNS, TITLE_OR_GROUP
from storyline.actors.names import norm_key
from storyline.errors import Code, StorylineError
from storyline.events import codebook, lexicon
from storyline.events.actors import (
    VISITORS,
    Participant,
    is_coded,
    resolve_actor,
    resolve_place,
)
from storyline.events.detect import (
    CONSIDERED_CODE,
    STREET_NOUNS,
    SUBJECT_DEPS,
    Frame,
    Role,
    domain_sentence,
    domain_text,
    frames_in_sentence,
)
from storyline.events.implied import add_implied_targets, implied_country
from storyline.events.roles import HOUSES, NAMED_ACTORS
from storyline.events.salience import lead_end, mark_lead, mark_main
from storyline.events.syntax import forget_subjects, given_to_preps, infinitival, that_marked
from storyline.nlp.doctext import doc_text, span_text
from storyline.nlp.extract import ExtractContext, Extractor
from storyline.records import ActorRef, Check, Event, Location, Mention, stable_id
from storyline.registry import extractors

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from spacy.tokens import Span, Token

MIN_CONFIDENCE = 0.6
SENTENCE_NOT_CODED = "sentence_not_coded"  # check kind of a sentence whose coding raised
MAX_PAIRS = 12
# A match score after a name or before a result ('crushed Liverpool 4-0', 'a 2-1 win'): a
# sentence of sport, whose acts need a political participant as other sports sentences do
SCORELINE = re.compile(r"(?:\b[A-Z][a-z]+ \d{1,2}-\d{1,2}|\b\d{1,2}-\d{1,2} (?:win|victory|"
                       r"defeat|draw|loss|lead|triumph|thrashing|rout))(?![\d/-])")


def extract_events(ctx: ExtractContext) -> None:
    """Code every confident event of the article; long sentences are skipped."""
    limit = int(settings.get("max_sentence_tokens"))
    seen: dict[str, Event] = {}
    for segment in ctx.segments:
        for sent in segment.doc.sents:
            if len(sent) > limit or len(sent) < 3:
                continue
            try:
                found = _sentence_events(ctx, sent, segment.offset)
            except Exception as exc:  # noqa: BLE001 - one sentence must not lose the article
                ctx.record.checks.append(_not_coded(ctx, sent, segment.offset, exc))
                continue
            for event in found:
                if event.id not in seen or seen[event.id].confidence < event.confidence:
                    seen[event.id] = event
    forget_subjects()  # the remembered subjects hold the last sentence's doc: let it go
    events = list(seen.values())
    add_implied_targets(events)
    mark_lead(events, lead_end(ctx.article.text, ctx.article.title))
    ctx.record.events.extend(events)


def _not_coded(ctx: ExtractContext, sent: Span, offset: int, exc: Exception) -> Check:
    """The check row of a sentence whose coding raised: the article keeps its other events,
    quotes and dates, and the error stays listed (`storyline checks`)."""
    span = (offset + sent.start_char, offset + sent.end_char)
    message = str(StorylineError(Code.EXTRACT, stage="storyline.events.cameo.v1",
                                 detail=f"sentence not coded: {type(exc).__name__}: {exc}"))
    return Check(id=stable_id(ctx.article.id, SENTENCE_NOT_CODED, span), kind=SENTENCE_NOT_CODED,
                 article_id=ctx.article.id, message=message, span=span, severity="error")


def _sentence_events(ctx: ExtractContext, sent: Span, offset: int) -> list[Event]:
    """The events of one parsed sentence, each frame read within its own line."""
    base = offset + sent.start_char
    found: list[tuple[Frame, Event]] = []
    frames = frames_in_sentence(sent)
    if not frames:
        return []  # nothing coded: every step below only reads or filters the frames
    sent_text = span_text(sent)  # Span.text walks every token: read it once, not per frame
    domain = domain_sentence(sent) or bool(SCORELINE.search(sent_text))
    for frame in frames:
        _crowd_scene(frame, sent_text)
    _joined_places(frames)
    at = _tokens_at(sent)
    _demanded_from(frames, sent, at)
    for frame in frames:
        _relative_undergoer(frame, sent, at)
        _relative_object(frame, sent, at)
        _clause_target(frame, sent, at)
        _handed_from(frame, sent, at)
        _owners_harmed(frame, sent, at)
        _drawn_from(frame, sent, at)
        frame.sources = [_named_relation(r, sent, at) for r in frame.sources]
        frame.targets = [_named_relation(r, sent, at) for r in frame.targets]
    _doer_of_outcome(frames, sent, at)
    frames = _harm_told_by_deed(frames, sent, at)
    frames = [f for f in frames if not _victims_described(f, at)]
    frames = _firing_sides(frames, sent_text)
    lone: set[int] = set()  # frames of deeds that are news only on their own
    for frame in frames:
        start, end = _line_around(sent_text, frame.trigger_span)
        datelined = any(r.phrase[0] < start for r in frame.sources)
        _keep_roles_within(frame, start, end, sent_text)
        _told_within(frame, start, end)
        if datelined and not frame.sources:  # 'MOSCOW (Reuters) - Russia expelled ...'
            frame.sources = _subject_after_dateline(ctx.record.mentions, sent, base, start,
                                                    frame.trigger_span[0])
        text = sent_text[start:end]
        _shift(frame, -start)
        if _lone_news_deed(frame, text):
            lone.add(id(frame))
        events = _frame_events(ctx, frame, text, base + start)
        found.extend((frame, e) for e in events if not domain or _political(e))
    found = _drop_lone_deeds(found, lone)
    events = _share_targets(ctx, _drop_nominal_echoes(_drop_implied_echoes(found)))
    return mark_main(_foreign_causes(ctx, events, (sent_text, base)), sent, offset)


def _tokens_at(sent: Span) -> dict[int, Token]:
    """The sentence's tokens by the sentence offset they start at (a trigger's or a role
    head's), built once per sentence for every frame's lookups."""
    return {t.idx - sent.start_char: t for t in sent}


def _demanded_from(frames: list[Frame], sent: Span, at: dict[int, Token]) -> None:
    """A protest with no one named that goes on to demand something 'from' someone ('rioted
    ... demanding independence from Indonesian rule', 'demanding higher wages from their
    employer') aims at them: the demand's 'from' object is its target."""
    for frame in frames:
        if frame.code[:2] != "14" or frame.targets:
            continue
        verb = at.get(frame.trigger_span[0])
        if verb is None:
            continue
        held = next((g for t in verb.subtree if t.lemma_.lower() == "demand"
                     and t.idx - sent.start_char > frame.trigger_span[1]
                     for g in _from_object(t)), None)  # its own clause's demand only
        if held is not None and not any(f.code[:2] == "14" and frame.trigger_span[1]
                                        < f.trigger_span[0] < held.idx - sent.start_char
                                        for f in frames):
            frame.targets = [_plain_role(held, sent.start_char)]


def _from_object(demand: Token) -> list[Token]:
    """Whom a demand is made of: the first 'from' object of the word or of a noun in what it
    demands ('demanding wages from the employer', 'a referendum on independence from
    Indonesian rule'), within eight words."""
    return list(islice(_prep_objects((p for p in demand.subtree if 0 < p.i - demand.i <= 8 and (
        p.head.i == demand.i or p.head.pos_ == "NOUN")), "from"), 1))


def _prep_objects(words: Iterable[Token], prep: str) -> Iterator[Token]:
    """The objects of those of these words that are the preposition ``prep`` ('from the
    employer', 'with the government'), in order."""
    return (g for p in words if p.dep_ == "prep" and p.lower_ == prep
            for g in p.children if g.dep_ == "pobj")


NEAR_PREPS = frozenset({"near", "around", "off", "along"})
FACING_PREPS = frozenset({"near", "along", "on", "at", "to", "toward", "towards", "off"})
# Words that mark the clause a state's alert or mobilization answers ('after North Korea fired
# a missile', 'as Russian tanks crossed the border'): its subject is the threat aimed at
ANSWERED_MARKS = frozenset({"after", "as", "when", "following", "once"})
# An act or show of force aimed at someone ('in a show of force aimed at the United States',
# 'in what state media called a warning to Taiwan'): the word and its preposition
AIMED_WORDS = {"aimed": "at", "directed": "at", "warning": "to", "message": "to",
               "signal": "to", "pressure": "on",  # 'raising the pressure on Pakistan'
               "strength": "toward"}  # 'a show of strength toward American warships'
# Talks whose 'with' object a walkout or pull-out leaves ('walked out of talks with X')
# (lexicon.TALK_NOUNS, another list, holds the talks whose failure reports no consultation)
LEFT_TALK_NOUNS = frozenset({"talks", "negotiations", "dialogue", "meeting", "meetings",
                             "summit", "process", "conference"})
# Verbs by which a party leaves talks ('walked out of', 'pulled out of', 'withdrew from')
LEAVING_LEMMAS = frozenset({"walk", "pull", "withdraw", "quit", "leave", "storm", "break"})
# A case, suit or complaint filed or lodged: an accusation whose court is only its venue
FILED_WORDS = frozenset({"case", "suit", "lawsuit", "complaint", "petition", "filed", "lodged"})
# Halls and grounds a guest is received at ('State House', 'the presidential palace')
HALL_HEADS = frozenset({"house", "palace", "hall", "office", "residence", "building", "club",
                        "ministry", "headquarters", "villa", "compound", "course"})
# Verbs by which a host receives a guest, whose object is the guest, not the hall it is at
HOSTING_LEMMAS = frozenset({"host", "receive", "welcome"})
# What is fired, no one aimed at ('firing mortar rounds at X')
FIRED_THINGS = frozenset({"rounds", "shots", "salvoes", "salvos", "volleys", "bullets"})
# Verbs of a pledge whose 'to' names the receiver ('pledged $3 billion ... to Pakistan')
PLEDGE_LEMMAS = frozenset({"pledge", "promise", "offer", "commit", "grant"})
# People held by a state whose protest aims at the state that holds them
PRISONER_HEADS = frozenset({"prisoners", "prisoner", "detainees", "detainee", "inmates",
                            "inmate", "captives"})
HOLDING_LEMMAS = frozenset({"hold", "jail", "detain", "imprison", "keep"})
# A state's jails prisoners are in ('Palestinian prisoners in Israeli jails', 'in at least six
# Turkish prisons'), read off the prisoners' phrase
STATE_JAILS = re.compile(r"\bin\s+(?:(?:at\s+least\s+)?[\w-]+\s+)??([A-Z][\w-]+\s+(?:jails?|"
                         r"prisons?|gaols?|detention\s+centres?|detention\s+centers?))\b")
# What a protest demands of someone, whose 'of' object is whom it is aimed at
DEMANDED_FATES = frozenset({"resignation", "removal", "ouster", "dismissal", "impeachment",
                            "departure", "sacking", "prosecution", "trial"})
# Verbs by which a state hands a person over to another ('extradited X to Peru'): the receiver
HANDING_LEMMAS = frozenset({"extradite"})
SEIZURE_CODE = "171"  # property seized or confiscated: aimed at whom it is taken from
OWNER_NOUNS = frozenset({"owner", "owners", "shareholder", "shareholders", "investors",
                         "company", "firm", "parent", "operator"})
# Verbs of giving back what was taken ('returned looted treasures to Benin'): a state named by
# 'to' in their phrase gets it back, not the thing, even where the parser hangs it on the
# object's participle
RETURNING_LEMMAS = frozenset({"return", "repatriate", "restore", "restitute"})
# Requests whose 'that' clause names whom they are made of ('demanded that the government ...')
DEMAND_LEMMAS = frozenset({"demand", "insist", "urge", "ask", "call"})
# Threat verbs whose 'if' or 'unless' clause names whom they are aimed at
WARN_LEMMAS = frozenset({"warn", "threaten", "vow", "say"})
CONDITION_MARKS = frozenset({"if", "unless", "should"})
THREATENED_DEPS = frozenset({"ccomp", "xcomp"})  # 'warned (that) it would ...', 'threatened to'
# A court a case is filed at is a venue, not the accused ('filed a case at the ICJ against X')
COURT_HEADS = frozenset({"court", "tribunal", "icj", "icc"})
# What an inquiry looks into whose 'that' clause names its suspects ('into allegations that
# two ministers took bribes')
CLAIM_NOUNS = frozenset({"allegations", "allegation", "claims", "claim", "reports", "report",
                         "accusations", "accusation", "charges", "suspicions", "suspicion"})
OWNER_PRONOUNS = frozenset({"their", "his", "her", "its"})  # owners a harm's victims may be
# Forces a state mobilizes or puts on alert: what it moves, not whom it aims at
MOBILIZED_HEADS = frozenset({"reservists", "reserves", "troops", "forces", "units", "soldiers",
                             "conscripts", "men", "recruits", "bases", "army", "navy"})


# What an act sends, deploys, hands over or pulls out: no one it is aimed at, but the means of
# an act aimed where they go ('sent 300 soldiers to Mali', 'the withdrawal of its forces from
# Afghanistan', 'provided financial assistance to 550 households')
MOVED_HEADS = frozenset({
    "troops", "soldiers", "forces", "peacekeepers", "observers", "monitors", "personnel",
    "experts", "team", "teams", "doctors", "engineers", "officers", "units", "battalion",
    "battalions", "contingent", "contingents", "batch", "reinforcements", "paratroopers",
    "marines", "vehicles", "warships", "ships", "aircraft", "jets", "helicopters", "planes",
    "weapons", "arms", "equipment", "aid", "assistance", "supplies", "money", "funds", "food",
    "medicine", "medicines", "drugs", "tents", "relief", "loans", "grants", "volunteers"})
# Words of sending or handing over, whose 'to' object is where the moved go
SENDING_WORDS = frozenset({"send", "deploy", "dispatch", "contribute", "provide", "give",
                           "deliver", "ship", "airlift", "rush", "station", "donate", "transfer",
                           "channel", "release", "deployment", "delivery"})
MAX_MOVED_WORDS = 14  # how far after its verb a destination may be named
# Words of pulling out, whose 'from' (or 'out of') object is the place left
WITHDRAWING_WORDS = frozenset({"withdraw", "pull", "evacuate", "recall", "remove",
                               "withdrawal", "pullout", "evacuation"})
# A force or mission the moved join, which stands for the state it is in
MISSION_NOUNS = frozenset({"force", "mission", "operation", "contingent"})
# Roots of acts whose object may be what they move: intents, cooperation, aid, yielding,
# posture and cuts, never force or coercion, whose object troops are its victims
MOVING_ROOTS = frozenset({"03", "06", "07", "08", "15", "16"})


def _relative_undergoer(frame: Frame, sent: Span, at: dict[int, Token]) -> None:
    """The noun a passive relative clause with no agent tells of undergoes its act, never
    does it ('released two Iraqi fishermen who had been arrested in Iranian waters': the
    fishermen were arrested, by an authority the clause leaves unnamed, as in 'Two fishermen
    were arrested'); the parser's own target there is only a phrase of the act."""
    tok = at.get(frame.trigger_span[0])
    if tok is None or tok.dep_ != "relcl" or tok.tag_ != "VBN" or not any(
            c.dep_ == "auxpass" for c in tok.children) or any(
                c.dep_ == "agent" for c in tok.children):
        return
    head = tok.head.idx - sent.start_char
    if frame.code[:2] != "17" or [r.head[0] for r in frame.sources] != [head] or not (
            _held_people(frame.sources[0])):
        return
    keeper = _releaser(tok.head)
    frame.targets = frame.sources
    frame.sources = [_plain_role(keeper, sent.start_char)] if keeper is not None else []
    frame.implied_doer = keeper is None


RELATIVE_OBJECTS = frozenset({"whom", "who", "that", "which"})


def _relative_object(frame: Frame, sent: Span, at: dict[int, Token]) -> None:
    """The noun an active relative clause's object pronoun stands for undergoes its act ('the
    laureate whom the junta placed under house arrest': the laureate), the name its apposition
    belongs to standing for it ('Aung San Suu Kyi, the Nobel laureate whom ...': the person)."""
    tok = at.get(frame.trigger_span[0])
    if tok is None or tok.dep_ != "relcl" or tok.head.pos_ not in ("NOUN", "PROPN"):
        return
    noun = tok.head.head if tok.head.dep_ == "appos" and tok.head.head.pos_ == "PROPN" else (
        tok.head)
    for i, role in enumerate(frame.targets):
        word = at.get(role.head[0])
        if word is not None and word.lower_ in RELATIVE_OBJECTS and word.head.i == tok.i and (
                word.dep_ == "dobj"):
            frame.targets[i] = _plain_role(noun, sent.start_char)


def _held_people(role: Role) -> bool:
    """Whether a participant is people one may arrest or jail: a person, a people or an
    agent word, no place or thing ('West Darfur State that was imposed', 'a ban that was')."""
    head = role.head_text.lower()
    return role.entity in ("PERSON", "NORP") or head in VISITORS or not role.entity and (
        _people(role) and head not in SPOT_NOUNS | BODY_HEADS)  # 'statues handed back to
    # the authorities of Peru that were looted': the parser's clause of a thing


# Verbs of setting people free: who frees them had held them ('Iran released two fishermen
# who had been arrested in its waters')
FREEING_LEMMAS = frozenset({"release", "free", "pardon", "deport", "expel", "extradite"})


def _releaser(noun: Token) -> Token | None:
    """The named doer of the act that frees the people a relative clause tells of, who had
    held them: the subject of 'released' whose object they are (one of its objects), or of
    the verb that announces their release ('announced the release of three Omani sailors
    whom it had detained'), a state, a body or a court."""
    while noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head  # 'freed a candidate as well as several activists who were jailed'
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ == "of" and verb.head.lemma_.lower() in (
            FREEING_LEMMAS) and verb.head.pos_ == "NOUN":
        verb = verb.head.head  # 'the release of X': the verb over the release
    elif noun.dep_ != "dobj" or verb.lemma_.lower() not in FREEING_LEMMAS:
        return None
    doer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return doer if doer is not None and (doer.ent_type_ in ("GPE", "ORG", "NORP") or (
        doer.lower_ in COURT_HEADS | BODY_HEADS)) else None


def _clause_target(frame: Frame, sent: Span, at: dict[int, Token]) -> None:
    """The target a clause or phrase beside the act names when the parser gave it none or
    the doer's own (sentence offsets): the threat an alert answers, whom a demand's 'that'
    clause or a threat's 'if' clause names, the side of talks left, the accused of a case
    filed at a court, the suspects of an inquiry, the victims of a harm whose 'when' clause
    tells the act, the state a pledge or a person handed over goes to."""
    tok = at.get(frame.trigger_span[0])
    if tok is None:
        return
    while tok.dep_ == "compound" and tok.head.idx + len(tok.head) - sent.start_char <= (
            frame.trigger_span[1]):
        tok = tok.head  # 'the build-up of troops along X': the phrase hangs on 'up'
    found = _beside_target(frame, tok, _governing(tok), sent.start_char)
    if found is not None and found.pos_ in ("NOUN", "PROPN") and found.i != tok.i:
        frame.targets = [_plain_role(found, sent.start_char)]
    elif found is None and frame.code[:2] == "07" and frame.targets and _moves_things(
            frame.targets, "07") and not any(r.entity for r in frame.targets):
        frame.targets = []  # 'sent a team of medical experts to the hospital': the team and
        frame.target_alts = [r for r in frame.target_alts  # its experts are what is given,
                             if not _moves_things([r], "07")]  # no one it is given to


def _beside_target(frame: Frame, tok: Token, verb: Token, base: int) -> Token | None:
    """The word a clause or phrase beside the act names as its target, by the act's kind."""
    root, lemma, targets = frame.code[:2], verb.lemma_.lower(), frame.targets
    moved = _destination(frame, tok, verb) if root in MOVING_ROOTS and _moves_things(
        targets, root) else None
    if moved is not None:
        claimed = _claimant([moved.head]) if root == "15" and moved.dep_ == "pobj" else None
        return claimed[1] if claimed else moved  # 'sent troops to the land it disputes
        # with X': X
    claimed = _claimant(_act_preps(tok, verb)) if root == "15" else None
    if claimed is not None and all(_in_phrase(r.head, claimed[0], base) for r in targets):
        return claimed[1]  # the target, if any, is the disputed ground
    if root == "15" and _alert_of_own(frame):
        preps = _act_preps(tok, verb)
        return _border_faced(preps) or _answered_threat(tok, verb, _placed_near(preps)) or (
            _awaited_party(tok, verb))
    if root == "10" and lemma in DEMAND_LEMMAS:
        return _demanded_of(verb, frame, base)
    if root == "13" and lemma in WARN_LEMMAS:
        return _conditioned_on(verb, targets)
    if root in ("14", "16") and not targets and lemma in LEAVING_LEMMAS:
        return _talks_left(verb)
    if root == "11" and _words(frame.trigger) & FILED_WORDS and (
            not targets or any(_words(r.text) & COURT_HEADS for r in targets)
            or not any(map(_actor_role, targets))):  # 'filed a suit at the ICJ against X
        return _accused_at_court(verb)  # over a treaty': X, not the treaty or the court
    if root == "09" and all(r.head_text.lower() in CLAIM_NOUNS for r in targets):
        return _suspects(tok, verb)
    if root in lexicon.VIOLENCE_CODES and all(map(_weapon, targets)):
        return _victims_of_outcome(tok) or _aimed_by_means(verb)
    if root == "04" and lemma in HOSTING_LEMMAS and targets:
        return _guest(verb, targets)
    if root == "14" and not targets:
        return _jailer(frame, tok.sent, base) or _protest_demand(verb)
    if (root == "07" or root == "03" and lemma in PLEDGE_LEMMAS) and not targets or (
            lemma in HANDING_LEMMAS):
        return _given_to(verb) or (_helped(verb) if root == "07" and not targets else None)
    if frame.code.startswith(SEIZURE_CODE):
        return _taken_from(verb)
    if root == "08" and lemma in RETURNING_LEMMAS:
        return _given_to(verb, states_only=True)
    return None


def _moves_things(targets: list[Role], root: str) -> bool:
    """Whether an act's only objects are what it moves (troops, aid, money), or it is aid
    with no object at all ('provided financial assistance to 550 households')."""
    if not targets:
        return root == "07"
    return all(r.head_text.lower() in MOVED_HEADS | SENDING_WORDS | WITHDRAWING_WORDS
               for r in targets)  # 'authorized the release of $1 billion in aid to Egypt'


def _destination(frame: Frame, tok: Token, verb: Token) -> Token | None:
    """Where an act sends what it moves, or what it pulls it out of: the 'to' object of a
    sending word of the trigger, the 'from' or 'out of' object of a withdrawing one ('sent
    200 troops to Lebanon', 'the deployment of troops to Liberia', 'agreed to pull its troops
    out of Somalia'), read on that word, the nouns of its phrase and, for a noun, the verb
    holding it; a force or mission 'in' a state stands for that state ('soldiers for a
    United Nations mission in Mali')."""
    start, end = frame.trigger_span
    base = tok.idx - start
    mover = next((t for t in tok.sent if start <= t.idx - base < end
                  and t.lemma_.lower() in SENDING_WORDS | WITHDRAWING_WORDS), None)
    if mover is None:
        return None
    preps = [p for p in mover.subtree if p.dep_ in ("prep", "dative") and p.i > mover.i
             and p.i - mover.i <= MAX_MOVED_WORDS and (
                 p.head.i == mover.i or p.head.pos_ in ("NOUN", "PROPN", "NUM"))]
    if mover.pos_ == "NOUN" and verb.i != mover.i:
        preps += [p for p in verb.children if p.dep_ in ("prep", "dative") and p.i > mover.i]
    wanted = {"to", "into"}
    if mover.lemma_.lower() in WITHDRAWING_WORDS:
        wanted = {"from", "of"} if any(p.lower_ == "out" for p in preps) else {"from"}
        preps += [g for p in preps if p.lower_ == "out" for g in p.children if g.dep_ == "prep"]
    for prep in preps:
        if prep.lower_ in wanted:
            found = next((g for g in _objects_of(prep) if _goes_there(g)), None)
            if found is not None:
                return next(_named_places(_prep_objects(found.children, "in")), found) if (
                    found.lower_ in MISSION_NOUNS) else found
    return None


def _named_places(words: Iterable[Token]) -> Iterator[Token]:
    """Those of these words that name a place or a state."""
    return (w for w in words if w.ent_type_ in ("GPE", "LOC") or _untagged_state(w))


def _goes_there(tok: Token) -> bool:
    """Whether a word names where something moved goes or comes from: a place, a state, a
    people, a body or a named actor; no spot ('to the border') and no bare point ('from
    several points along the border')."""
    if tok.ent_type_ in ("GPE", "LOC", "NORP", "ORG", "PERSON") or _untagged_state(tok):
        return True
    word = tok.lower_
    return tok.pos_ == "PROPN" or (tok.pos_ == "NOUN" and word not in SPOT_NOUNS | MOVED_HEADS
                                   and (word in kb.bundled().agents or word in MISSION_NOUNS))


def _owners_harmed(frame: Frame, sent: Span, at: dict[int, Token]) -> None:
    """An act of force aimed only at things a pronoun owns, told in the 'when' clause of a
    passive harm, aims at the harmed: their owners ('Two Israeli soldiers were wounded when
    gunmen fired a rocket at their jeep': the soldiers, not the jeep's place), marked as
    borrowed so the deed stays the report of its own target."""
    if frame.code[:2] not in lexicon.VIOLENCE_CODES or not frame.targets:
        return
    heads = [at.get(r.head[0]) for r in frame.targets]
    if not all(h is not None and not _people(r) and _pronoun_owned_token(h)
               for h, r in zip(heads, frame.targets, strict=True)):
        return
    tok = at.get(frame.trigger_span[0])
    victims = _victims_of_outcome(tok) if tok is not None else None
    if victims is not None and victims.pos_ in ("NOUN", "PROPN"):
        frame.targets = [replace(_plain_role(victims, sent.start_char), borrowed=True)]


def _pronoun_owned_token(tok: Token) -> bool:
    """Whether a noun is owned by a possessive pronoun ('their jeep', 'his car')."""
    return any(c.dep_ == "poss" and c.lower_ in OWNER_PRONOUNS for c in tok.children)


def _alert_of_own(frame: Frame) -> bool:
    """Whether a mobilization or alert has a doer of its own and aims at no one but its own
    forces or a place ('put its armed forces on alert', 'sent troops to the border town')."""
    if not frame.sources or {r.head for r in frame.sources} & {r.head for r in frame.targets}:
        return False  # 'warships were sent to the Spratly Islands': a place the parser doubled
    return all(_own_forces(r) or _place_role(r) or r.head_text.lower() in (
        TOWN_NOUNS | lexicon.PLACE_NOUNS) for r in frame.targets)


def _aimed_by_means(verb: Token) -> Token | None:
    """Whom an act of force aims at through the gerund that tells how it was done ('violated
    the ceasefire by firing mortar rounds at Indian posts'): the gerund's 'at' or 'on' object,
    else its object if no weapon."""
    means = next((g for p in verb.children if p.dep_ == "prep" and p.lower_ == "by"
                  for g in p.children if g.dep_ == "pcomp" and g.tag_ == "VBG"), None)
    if means is None:
        return None
    aimed = next((g for p in means.subtree if p.dep_ == "prep" and p.lower_ in AIMED_PREPS
                  for g in p.children if g.dep_ == "pobj"), None)
    thing = next((o for o in means.children if o.dep_ == "dobj"
                  and o.lower_ not in WEAPON_HEADS and o.lower_ not in FIRED_THINGS), None)
    return aimed or thing


def _guest(verb: Token, targets: list[Role]) -> Token | None:
    """Whom a host receives: the verb's object, when the parser took the hall it is received
    at for the target ('hosted his Tanzanian counterpart, Samia Suluhu Hassan, at State
    House')."""
    guest = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if guest is None or not all(_place_role(r) or r.head_text.lower() in HALL_HEADS
                                for r in targets):
        return None  # the parser's target is no hall ('received a letter from X')
    return guest


def _state_jails(mentions: list[Mention], frame: Frame, sentence: tuple[str, int],
                 when: tuple[str | None, str | None]) -> list[ActorRef]:
    """The jails of the state that holds protesting prisoners, when nothing else names whom
    they protest at ('About 800 Kurdish prisoners in Turkish jails began a hunger strike':
    Turkey's, not the prisoners' own people's state)."""
    text, base = sentence
    for role in frame.sources:
        if role.head_text.lower() not in PRISONER_HEADS:
            continue
        jails = STATE_JAILS.search(role.extended_text, len(role.text))
        if jails is not None:
            start = role.phrase[0] + jails.start(1)
            held = _actor(mentions, _phrase_role(text, start, start + len(jails.group(1))),
                          base, *when)
            return [held] if held is not None and held.country else []
    return []


def _jailer(frame: Frame, sent: Span, base: int) -> Token | None:
    """Whom prisoners protest at: the state whose jails hold them ('Palestinian prisoners held
    in Israeli jails went on hunger strike'), the place 'held in' or the agent 'held by'."""
    heads = {r.head[0] for r in frame.sources if r.head_text.lower() in PRISONER_HEADS}
    for tok in sent:
        if tok.idx - base in heads:
            held = next((c for c in tok.children if c.dep_ == "acl"
                         and c.lemma_.lower() in HOLDING_LEMMAS), None)
            return next((g for p in held.children if p.dep_ in ("prep", "agent")
                         and p.lower_ in ("in", "by") for g in p.children if g.dep_ == "pobj"),
                        None) if held is not None else None
    return None


def _protest_demand(verb: Token) -> Token | None:
    """Whom a protest's demand is made of: the subject of 'demanding that X do ...', or the one
    whose resignation or release it demands ('marched through Buenos Aires demanding that
    Congress legalise abortion', 'demanding the resignation of the electoral tribunal')."""
    demand = next((c for c in verb.children if c.dep_ in ("advcl", "xcomp")
                   and c.lemma_.lower() == "demand"), None)
    if demand is None:
        return None
    clause = next((c for c in demand.children if c.dep_ == "ccomp" and that_marked(c)), None)
    if clause is not None:
        return next((c for c in clause.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)
    return next((g for o in demand.children if o.dep_ == "dobj" and o.lower_ in DEMANDED_FATES
                 for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
                 for g in p.children if g.dep_ == "pobj"), None)


def _weapon(role: Role) -> bool:
    """Whether a participant is a weapon, no one harmed ('detonated a landmine')."""
    return role.head_text.lower() in WEAPON_HEADS


# Nouns of a state's relation to another that an appositive names ('Qatar's neighbours Saudi
# Arabia, the UAE, Bahrain and Egypt', 'Russia's closest allies, Belarus and Kazakhstan')
RELATION_HEADS = frozenset({"neighbours", "neighbors", "neighbour", "neighbor", "allies",
                            "ally", "rivals", "rival", "partners", "partner", "foes", "enemies"})


def _named_relation(role: Role, sent: Span, at: dict[int, Token]) -> Role:
    """A state's neighbours, allies or rivals that an appositive names are those states, not
    the state whose relation they are ('Qatar's neighbours Saudi Arabia, ... cut ties with
    Doha': Saudi Arabia, not Qatar)."""
    if role.head_text.lower() not in RELATION_HEADS:
        return role
    head = at.get(role.head[0])
    named = next((c for c in head.children if c.dep_ == "appos" and c.ent_type_ == "GPE"),
                 None) if head is not None else None
    return role if named is None else _plain_role(named, sent.start_char)


# Verbs by which a deed draws a reaction from someone ('drew condemnation from the Netherlands')
DRAWING_LEMMAS = frozenset({"draw", "prompt", "spark", "bring", "attract", "provoke", "earn",
                            "trigger"})


def _drawn_from(frame: Frame, sent: Span, at: dict[int, Token]) -> None:
    """A reaction noun a deed 'drew from' someone ('The bombing of a market in Kabul drew
    condemnation from the Netherlands') is theirs, when the parser hung 'from' on the verb
    and gave no doer, and aims at the deed heading the verb: its 'by' agent if named ('The
    detention of X by Myanmar police'), else the deed with its whole phrase to code it."""
    if not frame.nominal or frame.code[:2] not in ("11", "12", "13", "14"):
        return
    tok = at.get(frame.trigger_span[0])
    if tok is None or tok.dep_ != "dobj" or tok.head.lemma_.lower() not in DRAWING_LEMMAS:
        return
    verb = tok.head
    reactor = next(_prep_objects((*verb.children, *tok.children), "from"), None)
    deed = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if reactor is None or deed is None or deed.pos_ != "NOUN":
        return
    if not frame.sources:
        frame.sources = [_plain_role(reactor, sent.start_char)]
        frame.sources += [_plain_role(c, sent.start_char) for c in reactor.conjuncts]
    deed_at = deed.idx - sent.start_char
    if frame.targets and not all(r.head[0] == deed_at for r in frame.targets):
        return  # a target of its own ('drew criticism of the plan from X')
    agent = next((g for p in deed.subtree if p.dep_ in ("prep", "agent") and p.lower_ == "by"
                  for g in p.children if g.dep_ == "pobj"), None)  # 'of X by the police'
    if agent is not None:
        frame.targets = [_plain_role(agent, sent.start_char)]
    else:
        whole = doc_text(sent.doc)[deed.left_edge.idx : deed.right_edge.idx + len(deed.right_edge)]
        frame.targets = [replace(_plain_role(deed, sent.start_char), extended_text=whole)]


# Passive verbs of harm whose 'when' clause tells the act that did it ('five soldiers were
# killed when their vehicle struck a bomb planted by jihadists')
HARMED_LEMMAS = frozenset({"kill", "wound", "injure", "hurt", "maim"})
# Active verbs whose subject undergoes or outlives a harm ('died', 'escaped unhurt')
SUFFERED_LEMMAS = frozenset({"die", "perish", "escape", "survive"})
# Where the people a harm participle describes stand in another act (its subject, object or a
# preposition's object): 'soldiers killed in the war marched', 'families of soldiers killed'
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr"})
BODY_WORDS = frozenset({"bodies", "body", "corpses", "corpse", "remains"})
OUTCOME_MARKS = frozenset({"when", "as", "after"})
DELIVERY_LEMMAS = frozenset({"drop", "fire", "launch", "lob", "hurl", "throw", "plant"})


def _doer_of_outcome(frames: list[Frame], sent: Span, at: dict[int, Token]) -> None:
    """A passive harm with no agent is done by the doer of the act of force its 'when' clause
    tells ('Five soldiers were killed when their vehicle struck a bomb planted by jihadists':
    the jihadists), not by an unnamed doer of the victims' own state."""
    for frame in frames:
        tok = at.get(frame.trigger_span[0])
        if frame.code[:2] not in lexicon.VIOLENCE_CODES or tok is None or (
                tok.lemma_.lower() not in HARMED_LEMMAS):
            continue
        clause = next((c for c in tok.children if _marked_clause(c, OUTCOME_MARKS, True)),
                      None)
        if clause is None:
            continue
        inside = range(clause.left_edge.idx - sent.start_char, clause.right_edge.idx
                       - sent.start_char + 1)
        if frame.sources:
            _drop_clause_doer(frame, frames, inside)
            continue
        doer = next((f for f in frames if f is not frame and f.sources and f.code[:2] in (
            lexicon.VIOLENCE_CODES) and f.trigger_span[0] in inside and _aims_at_victims(
                f, frame)), None)
        if doer is not None:
            frame.sources = list(doer.sources)
        elif (dropper := _weapon_dropper(clause)) is not None:
            frame.sources = [_plain_role(dropper, sent.start_char)]


def _weapon_dropper(clause: Token) -> Token | None:
    """Who delivered the weapon a harm's 'when' clause tells, where that clause is no act of
    its own ('was killed when an Israeli F-16 dropped a one-tonne bomb on his home'): its
    subject, a named or armed doer, not the weapon itself nor a pronoun."""
    if clause.lemma_.lower() not in DELIVERY_LEMMAS or not any(
            c.dep_ == "dobj" and c.lower_ in WEAPON_HEADS for c in clause.children):
        return None
    subject = _subject(clause)
    return subject if subject is not None and subject.lower_ not in WEAPON_HEADS else None


def _victims_described(frame: Frame, at: dict[int, Token]) -> bool:
    """Whether an agentless harm is a participle saying who the people of another act are
    ('Five soldiers killed in the 2014 attack were honoured', 'relatives of policemen killed
    in last year's violence protested'): background to that act, no news of its own."""
    tok = at.get(frame.trigger_span[0])
    return (frame.code[:2] in lexicon.VIOLENCE_CODES and not frame.sources and not frame.nominal
            and tok is not None and tok.dep_ == "acl" and tok.tag_ == "VBN"
            and tok.lemma_.lower() in HARMED_LEMMAS
            and tok.head.dep_ in ARGUMENT_DEPS and tok.head.head.pos_ in ("VERB", "AUX", "ADP")
            and BODY_WORDS.isdisjoint({tok.head.head.lower_, tok.head.head.head.lower_})  # 'the
            # bodies of 12 soldiers killed'
            and not NEWS_DAY.search(" ".join(t.text for t in tok.subtree)))  # '... killed in
    # an attack on Sunday': fresh news


def _harm_told_by_deed(frames: list[Frame], sent: Span, at: dict[int, Token]) -> list[Frame]:
    """Drop an agentless passive harm whose 'when' clause tells the weapon's deed that did it
    ('Four soldiers were killed when a bomb exploded near their patrol'): the deed is the
    report, as the GSR codes the bombing, aimed at the harm's victims; a harm given a named
    doer by ``_doer_of_outcome`` stays its report."""
    dropped: set[int] = set()
    for harm in frames:
        tok = at.get(harm.trigger_span[0])
        if harm.code[:2] not in lexicon.VIOLENCE_CODES or tok is None or (
                tok.lemma_.lower() not in HARMED_LEMMAS) or not harm.targets or any(
                    map(_actor_role, harm.sources)):
            continue  # 'killed when a bomb planted by rebels exploded': the rebels' harm stays
        clause = next((c for c in tok.children if _marked_clause(c, OUTCOME_MARKS, True)),
                      None)
        if clause is None or not {t.lower_ for t in clause.subtree} & WEAPON_HEADS:
            continue
        inside = range(clause.left_edge.idx - sent.start_char, clause.right_edge.idx
                       - sent.start_char + 1)
        victims = {r.head for r in harm.targets}
        deed = next((f for f in frames if f is not harm and id(f) not in dropped
                     and f.code[:2] in lexicon.VIOLENCE_CODES and f.trigger_span[0] in inside
                     and all(r.borrowed or r.head in victims or not _actor_role(r)
                             for r in f.targets)), None)
        if deed is None:
            continue
        if not any(r.borrowed or r.head in victims for r in deed.targets):
            deed.targets = [replace(r) for r in harm.targets]  # 'at a mosque': the harmed
        deed.sources = deed.sources or [replace(r) for r in harm.sources]
        dropped.add(id(harm))
    return [f for f in frames if id(f) not in dropped]


def _drop_clause_doer(harm: Frame, frames: list[Frame], inside: range) -> None:
    """A passive harm given the doer of the act its 'when' clause tells ('were wounded when
    militants fired a rocket at their armoured car') loses it where that act reports the deed
    itself (its own or the victims' borrowed target): one event, the act's."""
    if not all(r.head[0] in inside for r in harm.sources):
        return
    if any(f is not harm and f.sources and f.code[:2] in lexicon.VIOLENCE_CODES
           and f.trigger_span[0] in inside and not _aims_at_victims(f, harm) for f in frames):
        harm.sources = []


def _aims_at_victims(act: Frame, harm: Frame) -> bool:
    """Whether an act in a harm's 'when' clause names no target of its own but the harm's
    victims ('a bomb planted by jihadists'), so that the harm is its only report; one with
    its own target ('ambushed their patrol') stays the report of the deed, as does one whose
    target is borrowed from the victims ('fired at their jeep')."""
    if any(r.borrowed for r in act.targets):
        return False
    return all(map(_weapon, act.targets)) or [r.head for r in act.targets] == [
        r.head for r in harm.targets]


def _marked_clause(clause: Token, marks: frozenset[str], adverb: bool = False) -> bool:
    """Whether a word heads an adverbial clause marked by one of ``marks`` (or, with
    ``adverb``, by one the parser read as an adverb: 'when')."""
    deps = ("mark", "advmod") if adverb else ("mark",)
    return clause.dep_ == "advcl" and any(c.dep_ in deps and c.lower_ in marks
                                          for c in clause.children)


def _victims_of_outcome(tok: Token) -> Token | None:
    """Whom an act of force in a 'when' clause harmed: the undergoer of the passive harm verb
    the clause belongs to ('Five Malian soldiers were killed when their vehicle struck a
    roadside bomb planted by jihadists': the soldiers)."""
    for clause in (tok, *tok.ancestors):
        if _marked_clause(clause, OUTCOME_MARKS, True):  # 'when' is the parser's advmod
            harm = clause.head
            if harm.lemma_.lower() in SUFFERED_LEMMAS:  # 'escaped unhurt when gunmen sprayed
                return _subject(harm)  # his car', 'died when troops stormed their camps'
            if harm.lemma_.lower() not in HARMED_LEMMAS:
                return None
            return next((c for c in harm.children if c.dep_ == "nsubjpass"), None)
    return None


def _governing(tok: Token) -> Token:
    """The verb a trigger word belongs to: itself, or the verb over its noun ('opened an
    investigation', 'ordered a general mobilisation'), at most three steps up."""
    for _ in range(3):
        if tok.pos_ in ("VERB", "AUX") or tok.dep_ == "ROOT":
            return tok
        tok = tok.head
    return tok


# Formations and arms a state moves or masses, its own means ('moved two armoured divisions')
MOVED_ARMS = frozenset({"divisions", "brigades", "battalions", "regiments", "armour", "armor",
                        "tanks", "artillery", "warships", "columns"})


def _own_forces(role: Role) -> bool:
    """Whether a participant is the doer's own force put on alert or mobilized ('its armed
    forces', 'all units', 'their bases', 'a mobilisation of reservists'): no one it aims at."""
    return role.text.lower().startswith(("its ", "their ", "all ", "his ")) or (
        role.head_text.lower() in MOBILIZED_HEADS | MOVED_ARMS)


def _subject(clause: Token) -> Token | None:
    """A clause's subject noun (active or passive), None for a pronoun or none."""
    subject = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
    return subject if subject is not None and subject.pos_ != "PRON" else None


def _answered_threat(tok: Token, verb: Token, placed: bool = False) -> Token | None:
    """What an alert or mobilization answers: the subject of its 'after', 'as' or 'when' clause
    on its verb or its noun ('raised its alert level after North Korea fired a missile', 'a
    mobilisation of reservists as Russian troops gathered'), or whom a show of force is
    'aimed at' or 'a warning to'; a clause dated by its distance ('three days after a U.S.
    destroyer sailed through the strait') is a chronicle's earlier news where the act is
    ``placed`` ('drills near Taiwan'), no threat answered."""
    shared = [c for v in verb.conjuncts for c in v.children]  # 'called up reservists and
    # reinforced its border as tension with X rose': the clause closes both acts
    for clause in (*verb.children, *tok.subtree, *shared):  # 'a mobilisation of men aged 18
        if clause.i != tok.i and _marked_clause(clause, ANSWERED_MARKS) and not (  # to 40 as'
                placed and _dated_distance(clause)):
            subject = _subject(clause)
            reported = _reported_threat(clause)
            if reported is not None:  # 'after the ministry reported a build-up of X forces'
                return reported
            return _conflict_party(subject) or subject if subject is not None else (
                _marked_conflict(clause))
    amid = next((party for p in (*verb.children, *tok.children, *shared) if p.dep_ == "prep"
                 and p.lower_ in ANSWERED_MARKS | {"amid"} for g in p.children
                 if g.dep_ in ("pobj", "pcomp") and (
                     party := _conflict_party(g) or _clause_doer(p, g)) is not None),
                None)
    if amid is not None:  # 'sent a frigate to the Gulf amid rising tension with Iran', 'as
        return amid  # a row with Turkey escalated', read as a phrase
    for word in verb.subtree:
        prep = AIMED_WORDS.get(word.lower_)
        holders = (word, word.head) if word.dep_ == "oprd" else (word,)  # 'called a warning
        if prep is not None:  # to X': the parser's 'to' is the verb's
            return next(_prep_objects((p for h in holders for p in h.children), prep), None)
    return None


# Verbs that tell of a threat seen or reported, whose object is the threat, not their subject
REPORTED_LEMMAS = frozenset({"report", "detect", "spot", "observe", "see", "monitor", "notice"})
# Nouns of forces gathering, whose 'of' phrase names them ('a build-up of X forces')
GATHERING_FORCE_NOUNS = frozenset({"build-up", "buildup", "up", "massing", "concentration",
                                   "movements", "movement", "deployment", "deployments"})


def _reported_threat(clause: Token) -> Token | None:
    """The forces an alert's clause tells were seen or reported ('after the defence ministry
    reported a build-up of X forces near the line': the forces), not the reporter."""
    if clause.lemma_.lower() not in REPORTED_LEMMAS:
        return None
    seen = next((c for c in clause.children if c.dep_ == "dobj"), None)
    if seen is None or seen.lower_ not in GATHERING_FORCE_NOUNS:
        return None
    forces = next(_prep_objects(seen.children, "of"), None)
    return forces if forces is not None and any(
        c.ent_type_ in ("NORP", "GPE") for c in forces.subtree) else None


# Attacks a mobilization comes ahead of, or an alert fears ('ahead of an offensive against X')
ATTACK_NOUNS = frozenset({"offensive", "attack", "assault", "invasion", "strike", "raid",
                          "incursion", "onslaught"})
NAMED_SIDES = frozenset({"GPE", "NORP", "ORG"})


def _awaited_party(tok: Token, verb: Token) -> Token | None:
    """Whom a show of force or an alert awaits: the side an attack it comes ahead of or before
    is aimed at ('called up reservists ahead of an offensive against Palestinian militants'),
    the named side whose event or deed it comes before ('drills days before Taiwan's
    election', 'days before Taiwan was due to vote'), or the attack it fears, by its doer's
    people ('was put on alert, fearing an Indian strike')."""
    for child in (*verb.children, *tok.children):
        if child.dep_ == "advcl" and child.lemma_.lower() == "fear":
            feared = next((g for g in child.children if g.dep_ == "dobj"
                           and g.lemma_.lower() in ATTACK_NOUNS), None)
            if feared is not None and any(c.dep_ in ("amod", "poss", "compound")
                                          and c.ent_type_ in NAMED_SIDES for c in feared.children):
                return feared
        if child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "before"
                                         for m in child.children):
            subject = _subject(child)
            if subject is not None and subject.ent_type_ in NAMED_SIDES:
                return subject
        if child.dep_ == "prep" and child.lower_ == "before":
            preps = [child]
        elif child.lower_ == "ahead":
            preps = [p for p in child.children if p.dep_ == "prep" and p.lower_ == "of"]
        else:
            continue
        for noun in (g for p in preps for g in p.children if g.dep_ == "pobj"):
            if noun.lemma_.lower() in ATTACK_NOUNS:
                aimed = next((o for prep in ("against", "on") for o in _prep_objects(
                    noun.children, prep)), None)
                if aimed is not None:
                    return aimed
            else:
                owner = next((c for c in noun.children if c.dep_ == "poss"
                              and c.ent_type_ in NAMED_SIDES), None)
                if owner is not None:
                    return owner
    return None


# Conflicts an alert or a mobilization may answer, whose 'with' names the other side ('as a
# row with Turkey escalated', 'as fighting with Azerbaijan spread', 'amid tension with Iran')
CONFLICT_NOUNS = frozenset({"row", "dispute", "tension", "tensions", "standoff", "stand-off",
                            "fighting", "clashes", "conflict", "confrontation", "crisis", "war",
                            "feud", "spat"})


def _marked_conflict(clause: Token) -> Token | None:
    """The other side of a conflict noun the parser hung on a clause's mark instead of making it
    the subject ('as fighting with Armenian forces entered a second day')."""
    return next((party for mark in clause.children if mark.dep_ == "mark"
                 for g in mark.children if g.dep_ in ("pobj", "pcomp")
                 and (party := _conflict_party(g)) is not None), None)


def _clause_doer(mark: Token, noun: Token) -> Token | None:
    """The subject of an 'as'/'after' clause the parser read as the mark's object with its
    finite verb hung on it ('as a Turkish survey ship escorted by warships sailed into ...':
    'sailed' an acl of 'ship'): the subject a show of force answers."""
    if mark.lower_ == "amid" or noun.pos_ not in ("NOUN", "PROPN") or not any(
            c.dep_ == "acl" and c.tag_ == "VBD" for c in noun.children):
        return None
    return noun


def _conflict_party(noun: Token) -> Token | None:
    """The other side of a conflict noun: its 'with' object ('a row with Turkey')."""
    if noun.lemma_.lower() not in CONFLICT_NOUNS and noun.lower_ not in CONFLICT_NOUNS:
        return None
    return next(_prep_objects(noun.children, "with"), None)


# A state's shores, off which a show of force may be held ('off Georgia's coast')
COAST_WORDS = frozenset({"coast", "coastline", "shores", "shore"})


def _border_faced(preps: list[Token]) -> Token | None:
    """The state whose border or coast a show of force or an alert is held at: the border
    named by its people ('massed along the Iraqi border': the border, coded IRQ), 'border with
    X' ('drills near its sea border with the South': X), or by its state ('off Georgia's
    coast', 'off the coast of Taiwan'); ``preps`` are the act's (``_act_preps``)."""
    for prep in preps:
        if prep.lower_ not in FACING_PREPS:
            continue
        for border in (g for g in prep.children if g.dep_ == "pobj"
                       and g.lower_ in BORDER_WORDS | COAST_WORDS):
            other = next(_prep_objects(border.children, "with"), None)
            if other is not None and border.lower_ in BORDER_WORDS:
                return other
            owner = next((c for c in border.children if c.dep_ == "poss" and c.ent_type_ == "GPE"),
                         None) or next((o for o in _prep_objects(border.children, "of")
                                        if o.ent_type_ == "GPE"), None)
            if owner is not None:  # 'off Georgia's coast', 'off the coast of Taiwan'
                return owner
            if border.lower_ in COAST_WORDS:
                continue
            if any(c.dep_ in ("amod", "compound") and (c.ent_type_ in ("NORP", "GPE") or (
                    c.pos_ == "PROPN")) for c in border.children):  # 'the Sierra Leone frontier'
                return border
    return None


def _act_preps(tok: Token, verb: Token) -> list[Token]:
    """The prepositions on an act's verb, on its noun and on the verb's objects ('placed on
    alert along the X frontier', 'began a week of exercises near Taiwan')."""
    held = [g for p in verb.children if p.dep_ in ("prep", "dobj") for n in (
        p.children if p.dep_ == "prep" else (p,)) if n.dep_ in ("pobj", "dobj")
        for g in n.children]
    inner = [g for p in verb.children if p.dep_ in ("prep", "advmod", "prt") and not any(
        c.dep_ == "pobj" for c in p.children) for g in p.children]  # 'moved tanks up to its
    # border with X': the parser's 'to' hangs on 'up'
    near = [g for n in held if n.dep_ == "amod" and n.lower_ in NEAR_ADJECTIVES
            for g in n.children]  # 'moved two divisions close to the X border'
    return [p for p in (*verb.children, *tok.children, *held, *inner, *near)
            if p.dep_ == "prep"]


NEAR_ADJECTIVES = frozenset({"close", "near", "next", "closer", "nearer"})


CLAIM_LEMMAS = frozenset({"claim", "dispute", "contest"})


def _in_phrase(span: tuple[int, int], phrase: Token, base: int) -> bool:
    """Whether a role's head span (sentence offsets) lies inside a word's phrase."""
    return phrase.left_edge.idx - base <= span[0] and (
        span[1] <= phrase.right_edge.idx + len(phrase.right_edge) - base)


def _claimant(preps: list[Token]) -> tuple[Token, Token] | None:
    """The disputed ground a show of force is sent to or held on, and its other state: the
    one that claims it ('islands claimed by Vietnam', 'waters off a peninsula claimed by X')
    or that the doer disputes it with ('the territory it disputes with Cameroon');
    ``preps`` are the act's (``_act_preps``)."""
    outer = [g for p in preps if p.lower_ in FACING_PREPS | {"into", "in"}
             for g in p.children if g.dep_ == "pobj"]
    grounds = [(g, g) for g in outer]
    grounds += [(g, a) for g in outer for a in g.children if a.dep_ == "appos"]
    grounds += [(g, o) for g in outer for p in g.children if p.dep_ == "prep" and p.lower_ in (
        "off", "near", "of") for o in p.children if o.dep_ == "pobj"]
    for top, ground in grounds:
        for clause in ground.children:
            if clause.lemma_.lower() not in CLAIM_LEMMAS:
                continue
            if clause.dep_ in ("acl", "relcl") and clause.tag_ == "VBN":  # 'islands claimed
                by = next((g for a in clause.children if a.dep_ == "agent"  # by Vietnam', 'which
                           for g in a.children if g.dep_ == "pobj"), None)  # is claimed by X'
                if by is not None:
                    return top, by
            if clause.dep_ == "relcl":  # 'the territory it disputes with Cameroon'
                other = next(_prep_objects(clause.children, "with"), None)
                if other is not None:
                    return top, other
    return None


def _placed_near(preps: list[Token]) -> bool:
    """Whether a show of force is held near or around a named place ('exercises near
    Taiwan'), which it then faces; ``preps`` are the act's (``_act_preps``)."""
    return any(p.lower_ in NEAR_PREPS and g.dep_ == "pobj" and g.ent_type_ in ("GPE", "LOC")
               for p in preps for g in p.children)


def _dated_distance(clause: Token) -> bool:
    """Whether a clause is dated by its distance from the act ('a day after ...')."""
    return any(c.dep_ == "npadvmod" and c.ent_type_ in ("DATE", "TIME") for c in clause.children)


def _demanded_of(verb: Token, frame: Frame, base: int) -> Token | None:
    """Whom a demand's 'that' clause names as its doer ('demanded that the government raise
    wages'), when the parser gave none or a word inside that clause; not a passive's
    undergoer ('demanded that fares be cut')."""
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and that_marked(c)), None)
    if clause is None:
        return None
    inside = range(clause.left_edge.idx - base, clause.right_edge.idx - base + 1)
    if frame.targets and not all(r.head[0] in inside for r in frame.targets):
        return None
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return subject if subject is not None and subject.pos_ != "PRON" else None


def _conditioned_on(verb: Token, targets: list[Role]) -> Token | None:
    """Whom a threat is made against: the subject of the 'if' or 'unless' clause of what the
    speaker says it would do ('warned that it would respond if Finland joined NATO',
    'threatened to act unless ...'), where the parser gave no target but pronouns. A wider
    reading (the deed's means or town as no target) was withdrawn in the twentieth session:
    it lowered ConfliBERT's never-read target span F1 (0.687 -> 0.674, traced in aggregate)."""
    if not all(r.pronoun for r in targets):
        return None
    for said in verb.children:
        if said.dep_ not in THREATENED_DEPS:
            continue
        for clause in said.children:
            if _marked_clause(clause, CONDITION_MARKS):
                return _subject(clause)
    return None


def _talks_left(verb: Token) -> Token | None:
    """The other side of talks a party walks or pulls out of ('walked out of peace talks with
    the government'): the 'with' object of the talks the verb's phrase names."""
    for word in verb.subtree:
        if word.dep_ == "pobj" and word.lower_ in LEFT_TALK_NOUNS and word.head.head in (
                verb, *verb.children):
            return next(_prep_objects(word.children, "with"), _accused_by(verb))
    return None


def _accused_by(verb: Token) -> Token | None:
    """Whom a party leaving talks accuses ('walked out of peace talks in Maputo, accusing the
    government of stalling'): the object of its 'accusing' clause."""
    return next((o for c in verb.children if c.dep_ in ("advcl", "xcomp")
                 and c.lemma_.lower() == "accuse" for o in c.children if o.dep_ == "dobj"), None)


def _given_to(verb: Token, states_only: bool = False) -> Token | None:
    """Whom a pledge, aid or a person extradited goes to: a state, or for a pledge or aid people
    of a nation, named by a 'to' in the verb's phrase, on the verb, on a noun or on a
    participle of its object ('pledged $3 billion in deposits and oil payments to Pakistan',
    'granted asylum to two Venezuelan politicians sheltering at its embassy', 'extradited a
    Rwandan doctor accused of genocide to Kigali'), not on another act ('refugees fleeing to
    Turkey'); ``states_only`` for things given back, which go to states only."""
    handed = states_only or verb.lemma_.lower() in HANDING_LEMMAS
    return next((g for p in given_to_preps(verb) for g in _objects_of(p) if g.ent_type_ == "GPE"
                 or states_only and _untagged_state(g) or not handed and _named_receiver(g)),
                None)


def _helped(verb: Token) -> Token | None:
    """The state aid is given to help, where no 'to' names one ('set aside funds to help
    Malawi recover from the floods': Malawi)."""
    for purpose in verb.children:
        if purpose.dep_ not in ("advcl", "xcomp") or not infinitival(purpose) or (
                purpose.lemma_.lower() not in lexicon.HELPING_VERBS):
            continue
        helped = [c for c in purpose.children if c.dep_ == "dobj"] + [
            g for c in purpose.children if c.dep_ in ("ccomp", "xcomp") for g in c.children
            if g.dep_ == "nsubj"]  # "help Malawi recover": the parser's subject of 'recover'
        return next((h for h in helped if h.ent_type_ == "GPE" or _untagged_state(h)
                     or _named_receiver(h)), None)
    return None


def _handed_from(frame: Frame, sent: Span, at: dict[int, Token]) -> None:
    """The state an agentless passive hand-over names by 'from' is its doer ('a Basque
    separatist was extradited from Spain to France': Spain extradites him)."""
    tok = at.get(frame.trigger_span[0])
    if frame.sources or tok is None or tok.lemma_.lower() not in HANDING_LEMMAS or not any(
            c.dep_ == "nsubjpass" for c in tok.children):
        return
    state = next((g for g in _prep_objects(tok.children, "from") if g.ent_type_ == "GPE"), None)
    if state is not None:
        frame.sources = [_plain_role(state, sent.start_char)]


def _taken_from(verb: Token) -> Token | None:
    """The owner a seizure takes property from, where a state or people name it ('expropriated
    a stake in the oil company YPF from Spain's Repsol': Repsol, not the Argentine firm)."""
    things = [c for c in verb.children if c.dep_ == "dobj"]
    objects = [verb, *things, *(g for t in things for p in t.children if p.dep_ == "prep"
                                and p.lower_ in ("of", "in") for g in p.children)]
    return next((g for g in _prep_objects((p for o in objects for p in o.children), "from")
                 if _named_owner(g)), None)


def _named_owner(tok: Token) -> bool:
    """Whether a noun names an owner of a state or people: a name or owner word after one
    ('Spain's Repsol', 'its South African owners'), not a craft or a place ('a Danish
    tanker', where sailors may be seized from)."""
    return (tok.pos_ == "PROPN" or bool(tok.ent_type_) or tok.lower_ in OWNER_NOUNS) and any(
        t.ent_type_ in ("GPE", "NORP") for t in tok.subtree if t.i < tok.i)


def _untagged_state(tok: Token) -> bool:
    """Whether a proper noun the tagger missed or took for a person names a state by its
    own name ('to Benin')."""
    return tok.pos_ == "PROPN" and kb.state_named(tok.text) is not None


def _objects_of(prep: Token) -> list[Token]:
    """A preposition's object, or the subject of the clause the parser made its object ('to
    two Venezuelan politicians sheltering at its embassy': the politicians), or of the clause
    it began right after a bare preposition ('to five Panamanian officers holed up in ...')."""
    found = [g for g in prep.children if g.dep_ == "pobj"] + [
        s for c in prep.children if c.dep_ == "pcomp" for s in c.children
        if s.dep_ in SUBJECT_DEPS]
    if found or next(prep.children, None) is not None:
        return found
    return [s for c in prep.head.children if c.dep_ in ("advcl", "ccomp", "conj")
            and c.left_edge.i == prep.i + 1 for s in c.children if s.dep_ in SUBJECT_DEPS]


def _named_receiver(tok: Token) -> bool:
    """Whether a receiver is people of a nation ('two Venezuelan opposition politicians')."""
    return any(c.ent_type_ == "NORP" for c in tok.subtree if c.i < tok.i)


def _accused_at_court(verb: Token) -> Token | None:
    """Whom a case filed at a court accuses: the 'against' object of the verb or its case
    noun, else the object of 'accusing' ('filed a case at the ICJ accusing Myanmar of ...')."""
    for word in verb.subtree:
        if word.dep_ == "pobj" and word.head.lower_ == "against" and (word.head.head in (
                verb, *verb.children) or word.head.head.lower_ in COURT_HEADS):
            return word  # 'at the International Court of Justice against Chile', the parser's
    return _accused_by(verb)  # 'against' on the court


def _suspects(noun: Token, verb: Token) -> Token | None:
    """Whom an inquiry 'into allegations that X did ...' is about: the subject of the claim's
    clause, or the agent 'by' of what it looks into ('into alleged abuses by X forces')."""
    claim = next((g for holder in (noun, verb) for p in holder.children
                  if p.dep_ == "prep" and p.lower_ == "into"
                  for g in p.children if g.dep_ == "pobj"), None)
    if claim is None:
        return None
    if claim.lower_ in CLAIM_NOUNS:  # its clause, or one the parser hung on the verb
        clause = next((c for c in (*claim.children, *verb.children) if c.dep_ in (
            "acl", "ccomp", "relcl") and c.i > claim.i), None)
        return _subject(clause) if clause is not None else None
    return next((g for p in claim.children if p.dep_ in ("prep", "agent") and p.lower_ == "by"
                 for g in p.children if g.dep_ == "pobj"), None)


def _plain_role(tok: Token, base: int) -> Role:
    """A noun and the words before it as a participant (sentence offsets), its entity kept."""
    start = tok.left_edge.idx - base
    end = tok.idx - base + len(tok.text)
    text = doc_text(tok.doc)[tok.left_edge.idx : tok.idx + len(tok.text)]
    return Role((tok.idx - base, end), (start, end), text, tok.ent_type_, tok.text,
                extended_text=text)


# Gerunds of fire a people's adjective names the side of ('killed in Pakistani firing')
FIRING_WORDS = ("firing", "fire", "shelling", "gunfire", "bombardment", "bombing")


def _firing_sides(frames: list[Frame], text: str) -> list[Frame]:
    """A harm whose parser cut the firing side's adjective from its gerund ('two Indian
    soldiers were killed in Pakistani | firing') has that side as its doer, and the gerund
    read as the victims' own act ('soldiers ... firing') is none."""
    sides: list[tuple[int, int]] = []
    for frame in frames:
        if frame.sources or frame.code[:2] not in lexicon.VIOLENCE_CODES or not frame.targets:
            continue
        side = next((r for r in frame.target_alts if r.entity == "NORP" and _fired_by(r, text)),
                    None)
        fire = next((r for r in frame.target_alts if _side_fire(r, text)), None)
        doer = side if side is not None else fire
        if doer is not None:
            frame.sources = [doer]
            frame.target_alts = [r for r in frame.target_alts if r is not doer]
        if side is not None:
            sides.append(side.phrase)
    return [f for f in frames if not any(
        f.trigger_span[0] > end and not text[end : f.trigger_span[0]].strip()
        for _, end in sides)]


def _side_fire(role: Role, text: str) -> bool:
    """Whether an object is the fire a side's word names, that harmed ('in Chinese firing')."""
    before = text[: role.phrase[0]].lower().split()[-1:]
    return (before in (["in"], ["by"], ["under"]) and role.head_text.lower() in FIRING_WORDS
            and len(role.text.split()) == 2)


def _fired_by(role: Role, text: str) -> bool:
    """Whether a people's adjective is the side whose fire follows it ('in Pakistani firing')."""
    before = text[: role.phrase[0]].lower().split()[-1:]
    after = text[role.phrase[1]:].lower().split()[:1]
    return before in (["in"], ["by"], ["under"]) and after[:1] != [] and after[0].strip(
        ".,;:") in FIRING_WORDS


def _crowd_scene(frame: Frame, text: str) -> None:
    """A crowd's act whose parser kept its town among the objects ('clashed with police in
    Dakar', 'burned cars in the suburbs of Paris') happens there: the town is its place and
    the stretch of it named ('the suburbs') is its scene, neither one a target."""
    if frame.code[:2] != "14":
        return
    if frame.place is not None:  # 'in the Kenyan port city of Mombasa': Mombasa, no target
        part = frame.place
        town = next((r for r in frame.target_alts if _stretch_of(part, r, text)
                     and _place_role(r)), None)
        if town is not None:
            frame.place = replace(town, prep="in")
            frame.target_alts = [r for r in frame.target_alts if r.phrase != part.phrase]
        return
    for i, role in enumerate(frame.target_alts):
        before = text[: role.phrase[0]].lower().split()[-1:]
        if not _place_role(role) or not set(before) & (SCENE_PREPS | {"of"}):
            continue
        scene = [r for r in frame.target_alts[:i] if _stretch_of(r, role, text)]
        if before == ["of"] and not scene:
            return  # 'the mayor of Paris': an owner, not a scene
        frame.place = replace(role, prep="in")
        frame.targets = [r for r in frame.targets if r not in scene and r is not role]
        frame.target_alts = [r for r in frame.target_alts if r not in scene]
        return


# Nouns naming a town itself ('the port city of Mombasa'), not its people or council
TOWN_NOUNS = frozenset({"city", "town", "village", "capital", "port", "township", "district",
                        "province", "region", "suburb", "suburbs", "outskirts", "centre",
                        "center", "streets", "neighbourhood", "neighborhood"})
# Common nouns of a spot the moved go to, no actor aimed at ('to the border', 'to the scene')
SPOT_NOUNS = lexicon.PLACE_NOUNS | TOWN_NOUNS | lexicon.STREET_NOUNS | (
    lexicon.ARMED_STRIKE_SITES) | BORDER_WORDS | frozenset({"zone", "front", "scene", "site",
                                                            "hospital", "hospitals", "areas"})


def _place_role(role: Role) -> bool:
    """Whether a role names a place: tagged one, or a name the gazetteer knows."""
    known = role.text.casefold().removeprefix("the ") in kb.bundled().places
    return role.entity in PLACE_ENTITIES or known


def _stretch_of(part: Role, town: Role, text: str) -> bool:
    """Whether a role is a stretch of a town a crowd acts in ('in the suburbs of Paris')."""
    between = text[part.phrase[1] : town.phrase[0]].strip().lower()
    before = text[: part.phrase[0]].lower().split()[-1:]
    town_word = part.head_text.lower() in TOWN_NOUNS  # 'the port city': no city council
    return between == "of" and bool(set(before) & SCENE_PREPS) and (
        town_word or not _people(part))


def _joined_places(frames: list[Frame]) -> None:
    """Verbs joined under one subject share the place one of them names ('protesters burned
    tyres and blocked roads in Port-au-Prince': both there)."""
    placed = [f for f in frames if f.place is not None and f.place.prep == "in"
              and f.sources and not f.nominal]
    for frame in frames:
        if frame.place is not None or frame.nominal or not frame.sources:
            continue
        phrases = [r.phrase for r in frame.sources]
        other = next((f for f in placed if [r.phrase for r in f.sources] == phrases), None)
        if other is not None and other.place is not None:
            frame.place = replace(other.place)


def _foreign_causes(ctx: ExtractContext, events: list[Event],
                    sentence: tuple[str, int]) -> list[Event]:
    """A target-less protest is aimed at the one other state its sentence names as acting or
    owning ('demonstrated in Istanbul after Sweden allowed a Koran burning': at Sweden), not
    at the protesters' own government; places it happens in do not count."""
    for event in events:
        source = event.source
        if (event.target is not None or event.root_code != "14" or source is None
                or source.country not in kb.bundled().isos):
            continue
        others = _foreign_states(ctx.record.mentions, sentence, source)
        if len({m.country for m in others}) == 1:
            _retarget(ctx, event, implied_country(str(others[0].country), others[0].span, "GOV"))
    return events


def _foreign_states(mentions: list[Mention], sentence: tuple[str, int],
                    source: ActorRef) -> list[Mention]:
    """The mentions of states other than the source's own in a sentence, but places."""
    text, base = sentence
    span = source.span or (0, 0)
    return [m for m in _present(mentions, sentence)
            if m.country and m.country != source.country and m.country in kb.bundled().isos
            and m.kind in ("GPE", "NORP", "ORG") and not _within(m.span, span)
            and not set(text[: m.span[0] - base].lower().split()[-1:]) & NOT_ACTING]


def _drop_implied_echoes(found: list[tuple[Frame, Event]]) -> list[tuple[Frame, Event]]:
    """Drop implied-doer events of a root whose doer another event of the sentence names (a
    noun's too: 'were killed in fighting between rival gunmen' is the gunmen's); a place
    standing in as a doer ('an air strike in Gaza') names none."""
    named = {e.root_code for _, e in found if e.source is not None and not e.source.implied
             and not (e.location is not None and e.source.span == e.location.span)}
    return [(f, e) for f, e in found if not (e.source is not None and e.source.implied
                                             and e.root_code in named and _unnamed_root(e))]


def _unnamed_root(event: Event) -> bool:
    """Whether an event is of a root whose doers ``_unnamed_doers`` implies (protest, force)."""
    return event.root_code == "14" or event.root_code in lexicon.VIOLENCE_CODES


def _share_targets(ctx: ExtractContext, events: list[Event]) -> list[Event]:
    """A target-less act is aimed at the other country that the same doer's nearest other act
    in the sentence targets: "Kabul protested and summoned the Danish envoy" is a protest at
    Denmark, not at Kabul's own government. The shared target is that country, implied (the
    other act's participant, say detained fishermen, is not what a protest is aimed at);
    intents (03) need no target and get none."""
    for event in events:
        if event.target is not None and not _own_forces_moved(event) or (
                event.source is None or event.code.startswith("03")):
            continue
        if _share_victims(ctx, event, events):
            continue
        aimed = [e.target for e in events if e.target is not None and e.source is not None
                 and e.source.span == event.source.span and e.target.country
                 and e.target.country != event.source.country and not e.target.implied]
        if aimed:
            near = _nearest(event, aimed)
            _retarget(ctx, event, implied_country(str(near.country), near.span))
    return events


def _own_forces_moved(event: Event) -> bool:
    """Whether a mobilization's only target is the doer's own force it calls up or moves
    ('called up reservists ahead of its offensive in Gaza'): aimed at no one yet, so it
    shares the target of the doer's other act, as a target-less act does."""
    target, source = event.target, event.source
    if event.root_code != POSTURE_ROOT or target is None or source is None or target.implied:
        return False
    head = target.text.split()[-1].lower() if target.text else ""
    return target.sector == "MIL" and head in MOBILIZED_HEADS and target.country in (
        None, source.country)


def _share_victims(ctx: ExtractContext, event: Event, events: list[Event]) -> bool:
    """A target-less attack is on the victims of its doer's other violent act in the sentence."""
    if event.root_code not in lexicon.VIOLENCE_CODES or event.source is None:
        return False
    victims = [e.target for e in events if e.target is not None and e.source is not None
               and e.root_code in lexicon.VIOLENCE_CODES and e.target.country
               and e.source.span == event.source.span and not e.target.implied]
    if not victims:
        return False
    _retarget(ctx, event, replace(_nearest(event, victims)))
    return True


def _nearest(event: Event, refs: list[ActorRef]) -> ActorRef:
    """The reference nearest to an event's trigger."""
    return min(refs, key=lambda t: abs((t.span or event.span)[0] - _at(event)))


def _retarget(ctx: ExtractContext, event: Event, target: ActorRef) -> None:
    """Give an event a new target, and the id that its new content calls for."""
    event.target = target
    event.id = stable_id(ctx.article.id, event.span, event.code, _key(event.source),
                         _key(event.target), event.trigger_span)


def _at(event: Event) -> int:
    """Where an event's trigger starts."""
    return event.trigger_span[0] if event.trigger_span else event.span[0]


def _political(event: Event) -> bool:
    """Whether a participant is a political actor (in a sports or show sentence, one must be)."""
    return any(a is not None and a.sector in lexicon.POLITICAL_SECTORS
               for a in (event.source, event.target))


def _subject_after_dateline(mentions: list[Mention], sent: Span, base: int, start: int,
                            trigger: int) -> list[Role]:
    """The actor that opens a line right after its dateline, before the trigger, as the doer
    the parser gave to the dateline's city ('LAGOS (Reuters) - Nigerian soldiers killed ...',
    'MOSCOW - Russia expelled ...'); none when the line opens otherwise ('Fans of ...')."""
    text = span_text(sent)
    for m in _in_sentence(mentions, (text, base)):
        at, stop = m.span[0] - base, m.span[1] - base
        if at < start or at >= trigger:
            continue
        if (m.kind == "PRON" or not (m.country or m.actor_id)
                or text[start:at].strip().lower() not in ("", "the")):
            return []
        head = text[at:stop].split()[-1] if text[at:stop].split() else ""
        return [Role((stop - len(head), stop), (at, stop), text[at:stop], m.kind, head)]
    return []


def _line_around(text: str, trigger: tuple[int, int]) -> tuple[int, int]:
    """The part of a parsed sentence between line breaks that holds the trigger (titles),
    after its dateline ('CLEVELAND, July 19 (UPI) —': a place and a source, no actor)."""
    start = text.rfind("\n", 0, trigger[0]) + 1
    dateline = DATELINE.match(text, start)
    if dateline is not None and dateline.end() <= trigger[0]:
        start = dateline.end()
    end = text.find("\n", trigger[1])
    end = len(text) if end < 0 else end
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _keep_roles_within(frame: Frame, start: int, end: int, text: str) -> None:
    """Drop roles outside the trigger's line, so a title never lends its names to the text;
    a role the parser glued to the dateline ('PARIS (Reuters) - Police') keeps its own part."""
    def inside(role: Role) -> bool:
        """Whether the role lies within the kept stretch of the sentence."""
        return start <= role.phrase[0] and role.phrase[1] <= end

    def trimmed(role: Role) -> Role:
        """The role cut to start where the line does, when only its head is inside."""
        if role.phrase[0] < start <= role.head[0] and role.phrase[1] <= end:
            cut = start - role.phrase[0]
            return replace(role, phrase=(start, role.phrase[1]), text=text[start:role.phrase[1]],
                           extended_text=role.extended_text[cut:])
        return role

    frame.sources = [r for r in map(trimmed, frame.sources) if inside(r)]
    frame.targets = [r for r in map(trimmed, frame.targets) if inside(r)]
    frame.target_alts = [r for r in frame.target_alts if inside(r)]
    for role in frame.sources:
        if role.antecedent is not None and not inside(role.antecedent):
            role.antecedent = None
    frame.place = frame.place if frame.place is not None and inside(frame.place) else None


def _told_within(frame: Frame, start: int, end: int) -> None:
    """Clip the reported trigger's reach (``told_reach``) to the stretch the roles are kept
    within, the trigger's line past its dateline, as the roles are."""
    (lo, hi), (left, right) = frame.trigger_span, frame.told_reach
    frame.told_reach = (max(left, min(start - lo, 0)), min(right, max(end - hi, 0)))


def _shift(frame: Frame, delta: int) -> None:
    """Move a frame's sentence-relative offsets by ``delta`` characters."""
    def moved(span: tuple[int, int]) -> tuple[int, int]:
        """The span moved by ``delta``."""
        return span[0] + delta, span[1] + delta

    frame.trigger_span = moved(frame.trigger_span)
    if frame.governor_span is not None:
        frame.governor_span = moved(frame.governor_span)
    roles = [*frame.sources, *frame.targets, *frame.target_alts]
    roles += [r.antecedent for r in roles if r.antecedent is not None]
    for role in roles + ([frame.place] if frame.place else []):
        role.head, role.phrase = moved(role.head), moved(role.phrase)


def _frame_events(ctx: ExtractContext, frame: Frame, text: str, base: int) -> list[Event]:
    """The confident events of one frame, one per coded source-target pair."""
    mentions = ctx.record.mentions
    date, db = ctx.article.published, _store(ctx)
    _deported_people(frame)
    _people_at_body(frame, text)
    _deed_doer(frame, text)
    _topic_discussed(frame, text)
    _drop_reporters(frame, text)
    _stolen_thing(frame)
    _attack_by(frame, text)
    _shared_agent(frame, text)
    _deed_done_by(frame, text)
    _fight_between(frame, text)
    _crowd_as_undergoer(frame, text)
    if _since_history(frame, text) or _dated_past_deed(frame, text) or _past_year_deed(
            frame, text) or _since_clause(frame, text):
        return []  # 'under sanctions since its invasion of Kuwait in 1990': background
    if not _reason_owner(frame, text):
        return []  # 'after its nuclear tests' with nobody of its own to do them
    if frame.code[:2] in lexicon.VIOLENCE_CODES and not _words(frame.trigger) & BORDER_WORDS:
        frame.targets = [r for r in frame.targets if not _across_border(r, text)
                         and not _origin_of_act(frame, r, text) and not _ally(r, text)]
        frame.target_alts = [r for r in frame.target_alts if not _ally(r, text)]  # 'attacked
        # a checkpoint near the border with X'; 'closed its border with X' aims at X
    if _crowd_without_grievance(frame, text):
        return []  # "crowds took to the streets to celebrate the win"
    if frame.code[:2] in lexicon.VIOLENCE_CODES and _words(text) & ACCIDENTAL_WORDS:
        return []  # "was accidentally shot dead by a companion": no deliberate act
    sources = [_scene_doer(frame, r, a) for r in frame.sources
               if (a := _generic_doer(frame, r, (text, base), _actor(mentions, r, base, date,
                                                                     db)
                                      or _campaign(ctx, r, base)))]
    sources = [a for a in sources if not _policing(frame, a) and not _illness_or_disaster(frame, a)
               and not _common_criminal(frame, a) and not _abstract_doer(frame, a)]
    sources = _reason_pronoun_owner(mentions, frame, (text, base), sources)
    targets = [a for r in frame.targets
               if (a := _actor(mentions, _met_there(frame, r), base, date, db)
                   or _campaign(ctx, r, base))]
    targets = (_owners(mentions, frame, (text, base), (date, db))
               or _doer_of_deed(mentions, frame, (text, base), (date, db))
               or _choice_owner(mentions, frame, (text, base), (date, db)) or targets)
    side = _offensive_side(frame, (text, base), date, db)
    targets = side or targets
    if (any(_is_scene(frame, r) for r in frame.sources) and frame.targets
            and not any(map(is_coded, targets)) and not (
                frame.code[:2] == "17" and any(map(_named_group, targets)))):
        return []  # 'a bus overturned in western Kenya': no act of the place on a thing
    if frame.place is not None and _occasion(frame, frame.place, text):
        frame.place = None  # 'sanctioned X over arms sales to Taiwan': the reason's place
    where = _location(ctx, frame, base)  # resolved once for the frame's every event
    if sources and not any(s.country for s in sources) and not _place_is_target(frame) and (
            not _hosted(frame, where, targets)) and not _placed_at_venue(frame, text) and (
                not _met_dissidents_abroad(frame, where, targets)):
        _placed_groups(where, sources)  # "soldiers fired ... in Lome": TGO soldiers
    if not any(t.country or t.sector == "IGO" for t in targets) and not _sides_joined(
            frame):  # not a mission's agents, nor joined sides of a mutual act
        targets = _countryless_targets(ctx, frame, (text, base), where, (sources, targets, side))
    targets = _addressee(mentions, frame, base, (date, db), targets)
    _dissidents_met(frame, sources, targets)
    if not targets and frame.place is not None and frame.place.prep == "at" and (
            frame.code[:2] in lexicon.VIOLENCE_CODES):  # 'fired at the USS Carney'
        aimed = _actor(mentions, frame.place, base, date, db)
        targets = [aimed] if aimed is not None and is_coded(aimed) else []
    if frame.place is not None and frame.place.prep == "at" and len(targets) == 1 and (
            targets[0].span == (base + frame.place.phrase[0], base + frame.place.phrase[1])):
        joined = _joined_place(mentions, frame.place, (text, base))
        also = _actor(mentions, joined, base, date, db) if joined is not None else None
        targets += [also] if also is not None and is_coded(also) else []  # 'at Israel and
        # Saudi Arabia': both are aimed at
    _placed_doers(mentions, frame, (text, base), sources, targets)
    _police_of_town(sources, targets)
    _placed_victims(frame, where, targets)
    _sites_abroad(mentions, frame, (text, base), where, (sources, targets))
    _state_nouns(mentions, (text, base), sources, targets)
    _own_units(mentions, (text, base), sources)
    _own_units(mentions, (text, base), [t for t in targets if frame.code[:2] in (
        lexicon.VIOLENCE_CODES) and all(s.country and s.country != t.country for s in sources)])
    _placed_crowds(mentions, frame, (text, base), sources, targets)
    targets = _one_state_aimed_at(frame, targets)
    if frame.code[:2] == "14":
        targets = [t for t in targets if not _street(t)]  # 'took to the streets': the state's
    _held_at_home(mentions, frame, (text, base), sources, targets)
    _foreigners(sources, targets)
    _movers_origin(mentions, (text, base), targets)
    targets = _owner_in_trigger(mentions, frame, base, sources, targets)
    _hyphenated_nationals(targets)
    _ethnic_residents(mentions, frame, (text, base), where, sources, targets)
    _insurgents_at_home(mentions, frame, (text, base), sources, targets)
    _attackers_country_only(mentions, frame, (text, base), sources, targets)
    _domestic_commoners(mentions, frame, (text, base), where, sources, targets)
    _unplaced_by_speech(mentions, (text, base), [*sources, *targets])
    if frame.code[:2] == "14" and not targets:
        targets = _state_jails(mentions, frame, (text, base), (date, db))
    joint = _joint_venture(frame, sources, targets)
    frame.reciprocal = frame.reciprocal or joint  # one event for the pair, as a signing is
    if not joint and (_object_is_no_actor(frame, targets) or (
            frame.thing_object and not targets)):
        return []  # "released a patch", "hosted a party", "accepted the job": no actor
    if not sources and frame.implied_doer:  # "400 protesters were detained": by their state
        sources = _implied_doers(targets)
    if not any(is_coded(s) for s in sources) and (
            _unattributed(frame, text) and not _commoner_taken(frame, targets, text)
            or _political_victim(frame, targets, text)
            or _foreign_captives(frame, targets, where, text)):
        sources, targets = _unnamed_doers(mentions, frame, (text, base), where, targets)
    targets = _mission_hit(mentions, frame, (text, base), (date, db), targets)
    article = ctx.article.text
    mutual = len(sources) == 1 and len(
        both := _two_sides(mentions, sources[0], (text, base), article)) == 2
    if mutual:  # "the two sides will expand military cooperation": each to the other, the
        # sides' own people no third party ("vowed to elevate ties between the two militaries")
        sources, targets = both, [t for t in targets if is_coded(t) and t.country and not any(
            t.country == b.country for b in both)]
    doers = tuple(sources)
    if len(targets) == 1 and doers and (
            sides := _two_sides(mentions, targets[0], (text, base), article, doers)) != targets:
        targets = sides  # "urged the two sides to resume talks": each of them
    if len(sources) == 1 and (not targets or not frame.reciprocal):
        sources = _joined_sides(mentions, sources[0], (text, base))  # "Indian and Chinese
        # troops clashed", "the foreign ministers of France and Germany urged Russia"
    if len(targets) == 1 and not frame.reciprocal and targets[0].sector and (
            " in " not in targets[0].text):  # people, not "Afar and Somali regions" or
        # "children in X and Y"
        targets = _joined_sides(mentions, targets[0], (text, base))  # "warned US and
        # British warships to leave the Gulf": a warning to each
    targets = _force_at_scene(frame, where, sources, targets) or _state_seat(
        mentions, frame, (text, base), sources)
    targets = _force_in_named_scene(mentions, frame, (text, base), sources, targets)
    if frame.code in REPRESSED_FORCE_CODES and _fired_on_protesters(frame, sources, targets,
                                                                     text):
        frame.code = "175"  # "troops fired on protesting monks": violent repression
    sources = _blockaders_of_place(frame, sources, targets)
    own_ground = frame.code[:2] in SELF_AIMED_ROOTS
    if frame.code[:2] == POSTURE_ROOT:
        targets = [_own_region(t, sources) for t in targets]
    pairs = _pairs(sources, targets, frame.reciprocal, own_ground) if targets or len(
        sources) != 2 or (frame.reciprocal or not _words(frame.trigger) & TIE_WORDS) and (
        not mutual) else [(sources[0], sources[1]), (sources[1], sources[0])]  # 'X and Y
    # restored ties', 'the two sides agreed to ...'
    events = []
    for source, target in islice(pairs, MAX_PAIRS):
        if target is None and not frame.own_table:
            continue  # dictionary-only predicates need both participants
        if _words(frame.trigger) & lexicon.TARIFF_WORDS and (
                target is None or target.country == source.country):
            continue  # "India cut tariffs on gold imports": trade policy aimed at no one
        if frame.code[:2] == STATEMENT_ROOT and not _stated_between_actors(frame, source,
                                                                          target):
            continue  # optimism voiced about no one, or its own troops "considered sent"
        if _anonymous(source) and not is_coded(target):
            continue  # "he reached out to him": nobody the record can name
        if not _can_do(frame.code, _claimant_group(frame, text, source)) or _budget_news(
                frame, source, target):
            continue  # "the airline increased security", "the senator pulled out of the race"
        event = _event(ctx, frame, (text, base), where, source, target)
        if event.confidence >= MIN_CONFIDENCE:
            events.append(event)
    return events



def _countryless_targets(ctx: ExtractContext, frame: Frame, sentence: tuple[str, int],
                         where: Location | None,
                         sides: tuple[list[ActorRef], list[ActorRef], list[ActorRef]],
                         ) -> list[ActorRef]:
    """Targets of no country placed by what the sentence says of them: a unit's state, the
    place they are at, a placed object, where they came from or whom they replace; an
    offensive's side takes the place it fights at."""
    text, base = sentence
    sources, targets, side = sides
    mentions, date, db = ctx.record.mentions, ctx.article.published, _store(ctx)
    alternative = [a for a in _first_alternative(mentions, frame, (text, base), date, db,
                                                 sources)
                   if not (all(t.actor_id for t in targets) and any(
                       a.span == t.span for t in targets))]  # 'banned Human Rights Watch and
    # Amnesty International': a known body among the targets stands for none of the others
    if frame.code[:2] in lexicon.VIOLENCE_CODES:  # 'shelled villages near the Thai border':
        alternative = [a for a in alternative if not set(a.text.lower().split()[-1:]) & (
            BORDER_WORDS)]  # a frontier of either side, no one force is aimed at
    placed = _placed_object(frame, (text, base), where, targets, alternative)
    unplaced = [a for a in alternative if not a.country]  # 'windows of banks in Beirut'
    unit = _unit_country(targets, alternative) if frame.code[:2] in (
        lexicon.VIOLENCE_CODES) else None
    venue = None if _talks_abroad(frame, where, sources, targets) or _met_dissidents_abroad(
        frame, where, sources) else where
    targets = ([replace(t, country=unit) for t in targets] if unit else None) or (
        _placed_groups(venue, targets) or placed or _placed_groups(venue, unplaced)
        or _come_from(frame, (text, base), targets, alternative)
        or _replacing(frame, (text, base), targets, alternative) or targets)
    if side:  # 'a rebel offensive near Hama': the rebels, of the place they fight at
        targets = [replace(t, country=next((a.country for a in alternative), None))
                   for t in side]
    _police_at_scene(sources, placed)
    _placed_past_clause(mentions, frame, (text, base), targets)
    return targets


# Force CAMEO codes as violent repression (175) when a state's agents aim it at protesters
# (the dictionary's 'kill demonstrators', 'fire tear gas': 175): shooting and force in general
REPRESSED_FORCE_CODES = frozenset({"180", "190", "193"})
FIRED_ON_PROTESTERS = lexicon.PROTESTER_WORDS | frozenset({
    "protesting", "demonstrating", "marching", "rioters", "rioting", "strikers", "striking",
    "rallying"})
AIMED_PREPS = frozenset({"on", "at", "upon", "into"})


def _fired_on_protesters(frame: Frame, sources: list[ActorRef], targets: list[ActorRef],
                         text: str) -> bool:
    """Whether police or troops aim force at protesters ('opened fire on students
    demonstrating', 'fired on protesting monks', 'shot dead 12 demonstrators'): violent
    repression by the state's agents, not force between armed sides."""
    if not sources or not all(s.sector in SECURITY_SECTORS for s in sources):
        return False
    after = [w.strip(".,;:") for w in text[frame.trigger_span[1]:].lower().split()[:6]]
    aimed = after[after.index(next(w for w in after if w in AIMED_PREPS)) + 1:][:3] if (
        set(after[:2]) & AIMED_PREPS) else []  # "fired on", "opened fire at"
    words = set(aimed) | {w for t in targets for w in t.text.lower().split()}
    if any(f"{t.text.lower()} demonstrating" in text.lower() for t in targets):
        words.add("demonstrating")  # "opened fire on students demonstrating in Jakarta"
    return bool(words & FIRED_ON_PROTESTERS)


# Words that end a participant read from the raw sentence ('by Taliban fighters in ...', the
# second side of 'between X and Y'): prepositions of place (the class, as 'around', 'beside'
# or 'north of' set the act somewhere), of origin, time and cause, relatives
ENDING_PLACE_PREPS = frozenset({"in", "on", "at", "near", "nearer", "around", "round", "along",
                         "alongside", "across", "outside", "inside", "within", "throughout",
                         "beside", "besides", "behind", "beyond", "by", "off", "over", "under",
                         "below", "above", "past", "towards", "toward", "through", "among",
                         "amongst", "opposite", "close", "just", "north", "south", "east", "west",
                         "northeast", "northwest", "southeast", "southwest", "up", "down"})
SIDE_ENDERS = ENDING_PLACE_PREPS | {"from", "for", "after", "before", "since", "during", "amid",
                             "until", "following", "as", "when", "while", "who", "which", "that",
                             "killing", "leaving", "with"}


def _phrase_end(enders: frozenset[str]) -> str:
    """A lookahead for the end of a participant's phrase: before one of ``enders`` (lower
    case), a break or the end of the text."""
    return r"(?=\s+(?:" + "|".join(sorted(enders)) + r")\b|\s*[,.;:(]|$)"


# ... and where such a participant ends: before one of those words (lower case) or a break
PHRASE_END = _phrase_end(SIDE_ENDERS)


# An attack noun the act happened in with its doer after 'by' ('were killed in an ambush by
# Taliban fighters'): the doer of the passive's killing
ATTACK_BY = re.compile(r"\b(?:in|during)\s+(?:an?|the)\s+(?:[a-z-]+\s+){0,2}?(?:ambush|attack|"
                       r"raid|assault|bombing|offensive|strike|airstrike|shelling)\s+by\s+"
                       r"((?:the\s+)?[\w-]+(?:\s+[\w-]+){0,3}?)" + PHRASE_END)


def _attack_by(frame: Frame, text: str) -> None:
    """A passive act of force with no agent takes the doer of the attack it happened in ('five
    policemen were killed in an ambush by Taliban fighters')."""
    if frame.sources or not frame.targets or frame.code[:2] not in lexicon.VIOLENCE_CODES or (
            frame.nominal):
        return  # "and four wounded": nobody the act is on
    found = ATTACK_BY.search(text, frame.trigger_span[1])
    if found is None or text[frame.trigger_span[1]:found.start()].count(",") > 1:
        return
    frame.sources = [_phrase_role(text, *found.span(1))]


# The agent of a passive verb joined to this one ('were detained and beaten by Turkish police')
SHARED_AGENT = re.compile(r"\s+and\s+(?:then\s+|later\s+)?[a-z]+(?:ed|en|wn)\s+by\s+"
                          r"((?:the\s+)?[\w.-]+(?:\s+[\w.-]+){0,3}?)" + PHRASE_END)


# The agent of the light verb a named attack is the subject of ('the attack on the army post
# was carried out by 200 Taliban fighters'): its doer
DEED_DONE_BY = re.compile(r"\s+(?:was|were|had\s+been|has\s+been)\s+(?:carried\s+out|launched|"
                          r"staged|mounted|committed|perpetrated)\s+by\s+((?:the\s+)?[\w.-]+"
                          r"(?:\s+[\w.-]+){0,4}?)" + PHRASE_END)


def _deed_done_by(frame: Frame, text: str) -> None:
    """A named attack with no doer takes the agent of 'was carried out by' after its phrase
    ('the attack on the army post near the border was carried out by Taliban fighters')."""
    if frame.sources or not frame.nominal or frame.code[:2] not in lexicon.VIOLENCE_CODES:
        return
    end = max([frame.trigger_span[1], *(r.phrase[1] for r in frame.targets)])
    if frame.place is not None:
        end = max(end, frame.place.phrase[1])
    found = DEED_DONE_BY.search(text, end)
    if found is not None and found.start() - end < 60 and not (
            set(text[end:found.start()]) & set(",;")):  # in its own phrase
        frame.sources = [_phrase_role(text, *found.span(1))]


def _shared_agent(frame: Frame, text: str) -> None:
    """A passive act with no agent takes that of the passive verb joined right after it ('two
    journalists were detained and beaten by Turkish police': detained by the police too), not
    the undergoer's own state."""
    if frame.sources or not frame.implied_doer:
        return
    found = SHARED_AGENT.match(text, frame.trigger_span[1])
    if found is not None:
        frame.sources = [_phrase_role(text, *found.span(1))]


# Fighting named as the subject of its outbreak ('Heavy fighting broke out between X and Y')
FIGHT_NOUNS = frozenset({"fighting", "clashes", "clash", "battles", "battle", "skirmishes",
                         "gunbattles", "gunbattle", "hostilities", "violence"})
# Verbs a fight noun heading its sentence takes ('Fighting between X and Y erupted ...'), the
# first of them also before 'between' ('fighting broke out between X and Y')
OUTBREAK_VERBS = frozenset({"erupted", "broke", "raged", "flared", "resumed", "continued"})
FIGHT_VERBS = OUTBREAK_VERBS | {"left", "killed", "have", "has", "intensified", "spread"}
FIGHT_BETWEEN = re.compile(r"\s+(?:(?:" + "|".join(sorted(OUTBREAK_VERBS)) + r")\s+)?"
                           r"(?:out\s+|up\s+|again\s+|anew\s+)*between\s+((?:the\s+)?[\w.-]+(?:\s+"
                           r"[\w.-]+){0,3}?)\s+and\s+((?:the\s+)?[\w.-]+(?:\s+[\w.-]+){0,3}?)"
                           + _phrase_end(FIGHT_VERBS | SIDE_ENDERS))


def _fight_between(frame: Frame, text: str) -> None:
    """Fighting whose subject is the fight itself is done by the sides named after 'between'
    ('Heavy fighting broke out between Ethiopian and Eritrean troops'), each other's target."""
    fight = frame.trigger.lower().split()[0] in FIGHT_NOUNS if frame.nominal or (
        not frame.sources) else all(r.head_text.lower() in FIGHT_NOUNS for r in frame.sources)
    if frame.code[:2] not in lexicon.VIOLENCE_CODES or not fight or frame.targets and (
            frame.nominal):
        return
    found = FIGHT_BETWEEN.match(text, frame.trigger_span[1])
    if found is None:
        return
    first, second = found.span(1), found.span(2)
    if " " not in found.group(1) and " " in found.group(2):  # 'Ethiopian and Eritrean troops'
        frame.sources, frame.targets = [_phrase_role(text, first[0], second[1])], []
    else:
        frame.sources, frame.targets = [_phrase_role(text, *first)], [_phrase_role(text, *second)]
    frame.reciprocal = True


# A reason phrase whose act a pronoun owns ('suspended aid to India after its nuclear tests',
# 'froze ties with X over their raids'): the pronoun's noun is the act's doer
REASON_OWNED = re.compile(r"\b(?:after|over|following|for|since|because\s+of)\s+(?:its|their)"
                          r"\s+(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)


def _reason_phrase(frame: Frame, text: str) -> int | None:
    """Where the pronoun-owned reason phrase of a nominal act of force starts ('after its
    nuclear tests'), for both owners' rules; None for no such phrase or act."""
    if not frame.nominal or frame.code[:2] not in lexicon.FORCE_CODES:
        return None
    found = REASON_OWNED.search(text, 0, frame.trigger_span[0])
    return None if found is None else found.start()


def _reason_owner(frame: Frame, text: str) -> bool:
    """An act named in a reason phrase and owned by a pronoun ('Japan suspended aid to India
    after its nuclear tests') is done by the latest participant before the phrase, not by
    the sentence's subject; False when no such participant is there to do it."""
    if not frame.sources:
        return True
    found = _reason_phrase(frame, text)
    if found is None or any(r.phrase[0] >= found for r in frame.sources):
        return True
    before = [r for r in frame.target_alts if max(s.phrase[1] for s in frame.sources)
              <= r.phrase[0] and r.phrase[1] <= found]
    if not before:
        return False
    frame.sources = [max(before, key=lambda r: r.phrase[1])]
    return True


def _reason_pronoun_owner(mentions: list[Mention], frame: Frame, sentence: tuple[str, int],
                          sources: list[ActorRef]) -> list[ActorRef]:
    """The owner a pronoun gives an act of force in a reason phrase is the latest actor named
    before the phrase ('called for sanctions against Belgrade over its crackdown in Kosovo':
    Belgrade), not the sentence's subject the pronoun was read as; one actor before, it."""
    text, base = sentence
    if len(sources) != 1 or len(frame.sources) != 1 or not _pronoun_owned(frame.sources[0]):
        return sources
    found = _reason_phrase(frame, text)
    if found is None or frame.sources[0].phrase[0] < found:
        return sources
    before = sorted((m for m in _in_sentence(mentions, sentence) if m.country and m.kind not in (
        "PRON",) and m.span[1] <= base + found), key=lambda m: m.span)
    if len(before) < 2 or before[-1].country == sources[0].country:
        return sources
    if frame.sources[0].pronoun:
        return [actor_ref(before[-1])]
    return [replace(sources[0], country=before[-1].country, country_basis="sentence")]  # 'over
    # its army's attacks': the army of the actor named before


def _pronoun_owned(role: Role) -> bool:
    """Whether a participant is a pronoun or owned by one ('its', 'its army')."""
    return role.pronoun or role.text.lower().startswith(("its ", "their "))


def _crowd_as_undergoer(frame: Frame, text: str) -> None:
    """A crowd the parser left as the undergoer of its own protest ('Thousands of students
    protested outside the U.S. embassy', read as a participle of 'Thousands'): a protest
    word right after a crowd, or after people heading the sentence, with no doer is their
    act, they its doers."""
    if frame.code[:2] != "14" or frame.sources or frame.nominal or len(frame.targets) != 1:
        return
    crowd = frame.targets[0]
    head = crowd.head_text.lower()
    if not (head in CROWD_HEADS or head.endswith("s") and not text[: crowd.phrase[0]].strip()
            ) or frame.trigger_span[0] < crowd.phrase[1] or text[
                crowd.phrase[1]:frame.trigger_span[0]].strip():
        return  # a crowd word, or people heading the sentence ('South Korean veterans')
    frame.sources, frame.targets = [crowd], []


def _sides_joined(frame: Frame) -> bool:
    """A mutual act whose one subject joins both sides ('fighting broke out between Ethiopian
    and Eritrean troops around the town', 'the two sides exchanged fire near the town') and
    that names no target: the place is no side."""
    return frame.reciprocal and not frame.targets and any(
        " and " in r.text or r.head_text.lower() in ("sides", "parties") for r in frame.sources)


def _phrase_role(text: str, start: int, end: int) -> Role:
    """A participant read from a phrase the parser left off the act: its last word the head
    (a sentence's closing full stop left out)."""
    if text[start:end].endswith(".") and not text[end:].strip():
        end -= 1
    head = text.rfind(" ", start, end) + 1 or start
    return Role(head=(head, end), phrase=(start, end), text=text[start:end],
                head_text=text[head:end])


def _joined_place(mentions: list[Mention], place: Role, sentence: tuple[str, int]) -> Role | None:
    """The name joined by 'and' right after a place an act is aimed at ('fired Scud missiles at
    Israel and Saudi Arabia'): a second place aimed at, which the parser's place leaves out."""
    text, base = sentence
    joined = re.match(r"\s+and\s+((?:the\s+)?)", text[place.phrase[1]:])
    if joined is None:
        return None
    starts = {base + place.phrase[1] + joined.start(1), base + place.phrase[1] + joined.end()}
    name = next((m for m in _in_sentence(mentions, sentence) if m.span[0] in starts
                 and m.kind in ("GPE", "LOC") and m.country), None)
    return _phrase_role(text, name.span[0] - base, name.span[1] - base) if name else None


THEFT_WORDS = frozenset({"steal", "steals", "stole", "stolen", "stealing"})


def _stolen_thing(frame: Frame) -> None:
    """What is stolen is a thing, not its owner: 'after it was stolen by the Nazis' names no
    actor in 'it' (the painting), whatever the pronoun resolves to."""
    if _words(frame.trigger) & THEFT_WORDS:
        frame.targets = [r for r in frame.targets if not (r.pronoun and r.text.casefold() == "it")]


def _drop_reporters(frame: Frame, text: str) -> None:
    """An act of force names no doer in who reports it after it ('in a night raid on a hamlet,
    newspapers reported'): the parser's subject of the say verb is no raider."""
    if frame.code[:2] not in lexicon.VIOLENCE_CODES:
        return
    frame.sources = [r for r in frame.sources if r.phrase[0] < frame.trigger_span[0] or not (
        {w.strip(".,;:") for w in text[r.phrase[1]:].lower().split()[:1]} & SPEAKER_VERBS)]


def _campaign(ctx: ExtractContext, role: Role, base: int) -> ActorRef | None:
    """A bare 'the campaign' (or its staff: "the campaign's manager") is the last candidate's
    campaign its article named before it, of that candidate's country and a party's sector;
    None for anything else or no name."""
    words = role.text.casefold().replace("’", "'").split()
    head = role.head_text.casefold()
    staff = head in STAFF_WORDS or head in TITLE_SECTORS  # not 'the campaign trail'
    if role.pronoun or not {"campaign", "campaign's"} & set(words[:2]) or not (
            head == "campaign" or staff):
        return None  # 'the campaign', "the campaign's manager", 'a campaign spokesman'
    start = base + role.phrase[0]
    person = next((m for at in campaign_owners_at(ctx.article.text, start)
                   for m in nearby(ctx.record.mentions, at, at + 1)
                   if candidate_name(m.kind, m.text) and m.span[0] <= at < m.span[1]
                   and m.country), None)
    if person is None:
        return None
    return ActorRef(text=role.text, span=(start, base + role.phrase[1]),
                    country=person.country, sector="PTY", country_basis="article")


# Roots of the acts CAMEO codes by the place's unnamed doers: protest (14), posture (15),
# coercion (17), assault (18), fighting (19), mass violence (20)
GENERIC_DOER_ROOTS = frozenset({"14", "15", "17", "18", "19", "20"})
# Doer nouns of force and protest the actor dictionaries lack, with the sector CAMEO gives
# them: hired or unnamed armed people are UAF ('pro-government thugs', 'saboteurs'), strikers
# labour, marchers the opposition (as the dictionaries code demonstrators), growers farmers
GENERIC_DOERS = {**dict.fromkeys(lexicon.LAWLESS_DOERS, "UAF"), "saboteur": "UAF",
                 "saboteurs": "UAF", "strikers": "LAB", "marchers": "OPP", "growers": "AGR"}
# Heads that name people by their service, whose sector their modifiers give ('paramilitary
# rangers' MIL, 'police reinforcements' COP, 'intelligence agents' SPY): never alone ('the
# Rangers', 'travel agents')
SERVICE_HEADS = frozenset({"agent", "agents", "personnel", "ranger", "rangers", "reinforcements",
                           "squad", "squads", "unit", "units"})
# Modifiers the dictionaries lack that make such people police ('security agents',
# 'plainclothes agents', 'riot squads')
POLICE_MODIFIERS = frozenset({"security", "plainclothes", "plain-clothes", "plainclothed",
                              "undercover", "riot"})
# Sectors of armed and policing doers whose noun alone names them ('sniper' UAF, 'troops'
# MIL, 'police' COP, 'militants' REB)
GENERIC_ARMED_SECTORS = lexicon.ARMED_DOER_SECTORS | {"UAF", "SEP"}
# Coercion only those who hold force or office can do (restrictions, arrests, expulsions,
# repression): a generic crowd or trade named as their doer is none of theirs
AUTHORITY_CODES = frozenset({"172", "173", "174", "175"})
# Prepositions that open a noun's postmodifier ('a sniper outside government headquarters',
# 'fighters of the M23'): the noun phrase's head is the last word before the first of them
POSTMODIFIER_PREPS = frozenset({"of", "in", "at", "outside", "inside", "near", "from", "with",
                                "on", "for", "across", "around", "along", "behind"})

# People named only as persons ('a man', 'two youths'), and what makes one an armed doer: the
# weapon he carries, told right after ('a man wearing an explosives belt', 'a youth armed
# with a rifle'); knives and clubs are no sign, as common crime uses them
PEOPLE_HEADS = frozenset({"man", "men", "woman", "women", "person", "persons", "boy", "boys",
                          "girl"})  # shared with ACTOR_HEADS
PERSON_HEADS = PEOPLE_HEADS | frozenset({"youth", "youths", "teenager"})
ARMED_WITH = re.compile(r"\s*,?\s+(?:wearing|carrying|armed\s+with|strapped\s+with|laden\s+with|"
                        r"wielding)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:explosives?|"
                        r"bombs?|suicide|grenades?|rifles?|guns?|machine-guns?|kalashnikovs?)\b",
                        re.IGNORECASE)


def _before_modifiers(words: list[str]) -> list[str]:
    """A noun phrase's words up to its head: those before the first preposition of a
    postmodifier (the parser may take a later noun for the head)."""
    cut = next((i for i, w in enumerate(words) if i and w.casefold() in POSTMODIFIER_PREPS),
               len(words))
    return words[:cut]


def _generic_doer(frame: Frame, role: Role, sentence: tuple[str, int],
                  actor: ActorRef | None) -> ActorRef | None:
    """The actor a generic doer noun names when no mention resolves it ('saboteurs
    dynamited a pipeline', 'security agents arrested a lawyer', 'paramilitary rangers
    stormed a building'): of the sector its noun gives (unnamed armed people UAF, police COP,
    troops MIL, crowds as the dictionaries code them) and of the country its words name, else
    of none yet: the act's place then gives it (_placed_groups), as CAMEO codes unnamed
    doers of protest, force and coercion by where they act; with no place the pair is kept
    only where the target codes. A person carrying explosives or guns ('a man wearing an
    explosives belt blew himself up') is such an armed doer too. The role's resolved
    ``actor`` stays where it has codes or an identity, or where the noun is no generic
    doer's (None stays None)."""
    if actor is not None and (actor.country or actor.sector or actor.actor_id):
        return actor
    if role.pronoun or frame.code[:2] not in GENERIC_DOER_ROOTS:
        return actor
    words = _before_modifiers(role.text.split())
    head = words[-1].casefold() if words else ""
    title = code_words(words)
    text, base = sentence
    sector: str | None = None
    if head in PERSON_HEADS and ARMED_WITH.match(text, role.phrase[1]):
        sector = "UAF"
    elif head in GENERIC_DOERS:
        sector = GENERIC_DOERS[head]
    elif (armed := agent_sector(head)) in GENERIC_ARMED_SECTORS:
        sector = armed  # 'a sniper outside government headquarters'
    elif head in SERVICE_HEADS and len(words) > 1:
        police = POLICE_MODIFIERS & {w.casefold() for w in words}
        sector = "COP" if police and title.sector in (None, "GOV") else title.sector
    else:
        return actor
    if sector is None or frame.code[:3] in AUTHORITY_CODES and sector not in GENERIC_ARMED_SECTORS:
        return actor  # "The marchers had dispersed by late afternoon": crowds repress no one
    if actor is not None:
        return replace(actor, sector=sector, country=actor.country or title.country)
    return ActorRef(text=role.text, span=(base + role.phrase[0], base + role.phrase[1]),
                    country=title.country, sector=sector)


# Ties between the two joined doers of an act on them ('Iran and Saudi Arabia restored
# relations in a deal brokered by China'): each side is the other's target, both ways
TIE_WORDS = frozenset({"relations", "ties"})


def _scene_doer(frame: Frame, role: Role, actor: ActorRef) -> ActorRef:
    """The town where force was used, standing as its doer ('was torched during protests in
    Athens', 'killed in fighting in Mogadishu'), is the country's unidentified forces by the
    GSR's convention, never the government a capital's name would code."""
    if (frame.place is None or role.phrase != frame.place.phrase or not actor.country
            or codebook.plover_for(frame.code)[0] != "ASSAULT"):
        return actor
    return replace(actor, actor_id=None, name=kb.country_name(actor.country), sector="UAF",
                   role=None, implied=True)


TAKE_WORDS = frozenset({"took", "take", "takes", "taking", "taken"})


# Things owned whose owner is what an act on them aims at ('froze the assets of X': X)
PROPERTY_HEADS = frozenset({"asset", "assets", "property", "properties", "account", "accounts",
                            "fund", "funds", "holdings", "wealth", "estate", "estates", "shares",
                            "stake", "stakes", "reserves", "deposits", "yacht", "yachts",
                            "savings", "funding"})


# Sanctions and coercion done to a thing owned by a named party ('seized a rig owned by a US
# company', 'froze a firm belonging to X'): the words between the thing and its owner
COERCED_ROOTS = frozenset({"16", "17"})
OWNED_BY = re.compile(r"\s*,?\s*(?:(?:which|that)\s+(?:is|was|are|were)\s+)?(?:(?:majority|"
                      r"partly|wholly|jointly)[- ])?(?:owned|run|operated|controlled)\s+by\s+"
                      r"|\s*,?\s*belonging\s+to\s+", re.IGNORECASE)


def _owners(mentions: list[Mention], frame: Frame, sentence: tuple[str, int],
            store: tuple[str | None, str | None]) -> list[ActorRef]:
    """The owners of the property an act is done to ('froze the assets of three Iranian
    banks': the banks), who are its target rather than the assets; [] for other objects."""
    text, base = sentence
    if not frame.targets:
        return []
    end = frame.targets[0].phrase[1]
    if frame.targets[0].head_text.lower() not in PROPERTY_HEADS:
        if frame.code[:2] not in COERCED_ROOTS:
            return []  # 'torched Chinese-owned shops in Honiara': force, by the place
        owner = next((r for r in frame.target_alts if r.phrase[0] >= end and OWNED_BY.fullmatch(
            text[end : r.phrase[0]])), None)  # 'nationalised a company owned by X': X
    else:
        owner = next((r for r in frame.target_alts if r.phrase[0] > end and _owned_by(
            text[end : r.phrase[0]])), None)
    actor = _actor(mentions, owner, base, *store) if owner is not None else None
    return [actor] if actor is not None and is_coded(actor) else []


# A state's deed named right after a verb of blame or refusal: 'condemned the Israeli raid on
# Gaza', 'rejected the Chinese proposal', 'protested Russia's annexation of Crimea'
DEED_OF_STATE = re.compile(r"\s+(?:the|a|an|this|its|their|last\s+\w+'s)?\s*$")
BLAMED_ROOTS = frozenset({"11", "12", "14"})


def _doer_of_deed(mentions: list[Mention], frame: Frame, sentence: tuple[str, int],
                  store: tuple[str | None, str | None]) -> list[ActorRef]:
    """The state whose deed a complaint or refusal is about, when a demonym or a possessive
    names it ('condemned the Russian air strikes on Idlib': RUS, not the city struck); [] when
    the verb has an actor object or the deed names no state."""
    text, base = sentence
    if frame.code[:2] not in BLAMED_ROOTS or frame.targets or frame.nominal:
        return []
    end = frame.trigger_span[1]
    for m in nearby(mentions, base + end, base + end + 40):
        start = m.span[0] - base
        if start < end or m.kind not in ("NORP", "GPE") or not m.country:
            continue
        if not DEED_OF_STATE.fullmatch(text[end:start]):
            continue
        after = text[m.span[1] - base:].lower().replace("'s ", " ", 1).split()[:3]
        if not any(_deed_word(w) for w in after):
            continue
        role = Role(head=(start, m.span[1] - base), phrase=(start, m.span[1] - base),
                    text=m.text, head_text=m.text)
        actor = _actor(mentions, role, base, *store)
        return [actor] if actor is not None and is_coded(actor) else []
    return []


# A choice or course of a party's that a protest, complaint or refusal is aimed at through
# its owner ('against the government's refusal to renegotiate the deal', 'Sweden's decision')
CHOICE_NOUNS = frozenset({"refusal", "decision", "decisions", "plan", "plans", "policy",
                          "policies", "move", "failure", "handling", "proposal", "order",
                          "presence", "occupation", "crackdown", "treatment", "ban"})
POSSESSIVE = re.compile(r"((?:the\s+)?[^,;]+?)(?:'s|’s)\s+\S")


def _choice_owner(mentions: list[Mention], frame: Frame, sentence: tuple[str, int],
                  store: tuple[str | None, str | None]) -> list[ActorRef]:
    """The owner a possessive names of the choice or deed a protest, complaint or refusal is
    aimed at ('protested against the government's refusal to renegotiate the trade pact': the
    government, not the pact the refusal is about); [] when none is named or it codes as no
    actor."""
    text, base = sentence
    if frame.code[:2] not in BLAMED_ROOTS or not frame.targets:
        return []
    role = frame.targets[0]
    if role.head_text.lower() not in CHOICE_NOUNS:
        return []  # 'over the prime minister's visit to the shrine': the visitor is no target
    found = POSSESSIVE.match(role.text)
    if found is None or not role.text[found.end() - 1 :].startswith(role.head_text):
        return []  # 'the army's crackdown', not 'the refusal of Sweden's government'
    start = role.phrase[0]
    words = found.group(1).split()
    head_start = start + found.end(1) - len(words[-1])
    owner = Role(head=(head_start, start + found.end(1)), phrase=(start, start + found.end(1)),
                 text=found.group(1), head_text=words[-1])
    actor = _actor(mentions, owner, base, *store)
    return [actor] if actor is not None and (is_coded(actor) or actor.sector) else []


def _deed_word(word: str) -> bool:
    """Whether a word names a deed ('raid', 'strikes', 'annexation'), not a person or thing."""
    word = word.strip(",.;:")  # a word of running text; a role's head comes bare
    return word in lexicon.NOUN_CODES or word.removesuffix("s") in lexicon.NOUN_CODES or (
        word in DEED_NOUNS)


def _owned_by(between: str) -> bool:
    """Whether the words between a thing and a name make the name its owner ('of', 'of
    three')."""
    words = between.lower().split()
    return words[:1] == ["of"] and len(words) <= 2


def _crowd_without_grievance(frame: Frame, text: str) -> bool:
    """Whether a crowd only took to the streets, to celebrate, mourn or ride: no protest."""
    first = frame.trigger.lower().split()[0]
    return frame.code[:2] == "14" and first in TAKE_WORDS and not any(
        w.startswith(lexicon.GRIEVANCE_STEMS) for w in _words(text))


def _named_group(ref: ActorRef) -> bool:
    """Whether an uncoded participant is a named body of people ('members of the Muslim
    Brotherhood were arrested in Cairo'): each word after its article capitalised, no thing."""
    words = ref.text.split()
    words = words[1:] if words[:1] and words[0].lower() in ("the", "a", "an") else words
    return len(words) >= 2 and all(w[:1].isupper() for w in words if w.lower() not in (
        "of", "for", "and", "the"))


def _is_scene(frame: Frame, role: Role) -> bool:
    """Whether a doer is the frame's own place: the state of a passive's place ('was arrested
    in Lebanon') acts only on people, never on a thing ('a bus overturned in Kenya')."""
    return frame.place is not None and role.phrase == frame.place.phrase


# Verbs of talking over a matter: what they take as object is the topic, never the partner
DISCUSSION_STEMS = ("discuss", "debat", "review")  # triggers whose object is a topic


def _topic_discussed(frame: Frame, text: str) -> None:
    """A place or thing discussed is the topic ('met X to discuss Yemen', 'discussed the dam
    on the Nile'), no partner: only someone discussed 'with' stays ('discussed the crisis
    with Lavrov')."""
    if frame.code != "040" or frame.nominal or not frame.trigger.lower().startswith(
            DISCUSSION_STEMS):
        return  # 'discussions between the White House and X' keep their sides
    partners = [r for r in frame.target_alts if text[: r.phrase[0]].rstrip().lower().endswith(
        ("with", "with the"))]
    frame.targets = [r for r in frame.targets if r in partners]
    frame.target_alts = partners
    if not frame.targets and len(frame.sources) > 1:  # 'Japan and South Korea discussed
        frame.reciprocal = True  # the tests': with each other, the tests only the topic
        frame.thing_object = frame.object_target = False


def _deported_people(frame: Frame) -> None:
    """The deported are the people sent away, not the place they are sent 'to' (Damascus)."""
    place = frame.place
    if frame.code[:3] not in ("174", "166") or place is None or place.prep != "to":
        return
    people = [r for r in frame.target_alts if r.phrase != place.phrase]
    if people and frame.targets and all(t.phrase == place.phrase for t in frame.targets):
        frame.targets = people[:1]


# Roots of complaints made to someone: the one they are made 'to' is the target
ADDRESSED_ROOTS = frozenset({"11", "14"})


def _addressee(mentions: list[Mention], frame: Frame, base: int,
               coding: tuple[str | None, str | None], targets: list[ActorRef]) -> list[ActorRef]:
    """A complaint made 'to' a state over a deed ('Japan protested to China over the detention
    of a Japanese businessman') aims at that state, not at the deed, a thing a demonym codes."""
    place = frame.place
    if (frame.code[:2] not in ADDRESSED_ROOTS or place is None or place.prep != "to"
            or not frame.targets or not all(map(_deed, frame.targets))):
        return targets
    state = _actor(mentions, place, base, *coding)
    return [state] if state is not None and state.country else targets


# Nouns of acts complained of that the event-noun table lacks
DEED_NOUNS = frozenset({"seizure", "execution", "executions", "annexation", "imprisonment",
                        "capture", "interception", "ban", "sanctions", "decision", "treatment"})


def _deed(role: Role) -> bool:
    """Whether a role names an act ('the detention', 'the killing'), never an actor."""
    head = role.head_text.lower()
    return _deed_word(head) or (head.endswith("ing") and head[:1].isalpha())


def _deed_doer(frame: Frame, text: str) -> None:
    """A complaint about a deed whose doer is named ('protested against the arrest of a Serb
    officer by Kosovo') aims at that doer, not at the deed its victims' demonym codes."""
    if frame.code[:2] not in ADDRESSED_ROOTS or not frame.targets or not all(
            map(_deed, frame.targets)):
        return
    end = frame.targets[-1].phrase[1]
    doer = next((r for r in frame.target_alts if r.phrase[0] >= end
                 and text[: r.phrase[0]].lower().split()[-1:] == ["by"]), None)
    if doer is not None:
        frame.targets = [doer]


def _people_at_body(frame: Frame, text: str) -> None:
    """People coerced at a named body are the target, the body where they are ('arrested a
    lecturer at Makerere University'); the body's country places them."""
    if frame.code[:2] not in lexicon.FORCE_CODES or len(frame.targets) != 1:
        return
    body = frame.targets[0]
    if body.entity not in ("ORG", "FAC") or text[: body.phrase[0]].lower().split()[-1:] != ["at"]:
        return
    people = [r for r in frame.target_alts
              if r.phrase[1] <= body.phrase[0] and r.head_text[:1].islower() and _people(r)]
    if people:
        frame.targets = people[-1:]
        frame.target_alts = [body, *[r for r in frame.target_alts if r.phrase != body.phrase]]


# Doers CAMEO codes by where they act when the text gives them no country of their own
UNNAMED_ARMED = frozenset({"UAF", "REB", "CRM", "INS", "RAD", "SEP"})


def _blockaders_of_place(frame: Frame, sources: list[ActorRef],
                         targets: list[ActorRef]) -> list[ActorRef]:
    """A crowd of no country that blocks, occupies or marches on a place ('protesters blocked
    the highway into La Paz', 'strikers blockaded the port of Durban') is of that place's
    country, as CAMEO codes a protest's unnamed doers by where they act: the one country of
    the places the gazetteer knows that the protest is aimed at, and no other coded target."""
    if frame.code[:2] != "14" or not sources or any(s.country for s in sources):
        return sources
    places = {t.country for t in targets if t.country and not t.implied and _named_place(t)}
    if len(places) != 1 or any(t.country and not _named_place(t) for t in targets):
        return sources  # 'set fire to the Thai embassy': no place, its state's
    country = places.pop()
    return [replace(s, country=country) if s.sector and not s.actor_id else s for s in sources]


def _named_place(ref: ActorRef) -> bool:
    """Whether an actor is a place the gazetteer knows, of its own country ('La Paz')."""
    found = place_of(norm_key(ref.text.removeprefix("the ")))
    return found is not None and found.table in ("place", "seat") and found.code == ref.country


def _placed_doers(mentions: list[Mention], frame: Frame, sentence: tuple[str, int],
                  sources: list[ActorRef], targets: list[ActorRef]) -> None:
    """Country-less armed doers take their allies', else their sentence's place's country."""
    doers = [s for s in sources if not s.country and s.sector in UNNAMED_ARMED]
    seizure = frame.code.startswith("171")  # 'pirates seized a tanker off the coast of X'
    if not doers or (frame.code[:2] not in lexicon.VIOLENCE_CODES and not seizure) or (
            _place_is_target(frame)):
        return  # "rebels fired at Saudi Arabia": the place is aimed at, not theirs
    allies = {s.country for s in sources if s.country}  # "the Yemeni army and allied fighters"
    country = (allies.pop() if len(allies) == 1 else None) or _sentence_place(
        mentions, sentence, targets) or _victims_country(mentions, sentence, targets)
    scene = _demonym_scene(mentions, sentence) if country is None else None
    country = country or (scene.country if scene is not None else None)  # 'in Indian Kashmir'
    for doer in doers:
        doer.country = country
    if country is not None and not allies:  # "in Indian Kashmir, killing seven people"
        for victim in targets:
            if not victim.country and victim.sector and not victim.implied:
                victim.country = country


def _placed_victims(frame: Frame, where: Location | None, targets: list[ActorRef]) -> None:
    """Country-less people force is used on where the act has a place with a country take that
    country when another of its targets has it ('killed a Catholic priest and two nuns at a
    mission in eastern Zimbabwe': the nuns too), as a victim inside a country is its."""
    if frame.code[:2] not in lexicon.VIOLENCE_CODES or where is None or not where.country or (
            where.country not in {t.country for t in targets}):
        return
    for victim in targets:
        if not victim.country and victim.sector and not victim.implied:
            victim.country = where.country


# Prepositions of the place force is used in, not aimed at ('at X' is aimed at) nor from
FORCE_SCENE_PREPS = frozenset({"in", "near", "outside", "inside", "around", "throughout"})


def _force_at_scene(frame: Frame, where: Location | None, sources: list[ActorRef],
                    targets: list[ActorRef]) -> list[ActorRef]:
    """Force a named doer uses where the sentence names no one of a country it hits is aimed
    at the state of the place it is used in ('a Palestinian suicide bomber blew himself up on a
    bus in Jerusalem', 'the army attacked 15 positions in the Gaza Strip'), as the GSR codes a
    victim inside a country: its country-less targets take it, else it is the implied target."""
    if frame.code[:2] not in lexicon.VIOLENCE_CODES or where is None or where.span is None or (
            where.country not in kb.bundled().isos) or frame.place is None or (
            frame.place.prep not in FORCE_SCENE_PREPS) or frame.reciprocal or len(
            {s.country for s in sources if s.country}) != 1:
        return targets  # 'Georgian and Russian troops clashed in X': at each other
    doers = {s.span for s in sources}
    others = [t for t in targets if t.span not in doers]  # 'blew himself up': no one else
    if any(t.country or t.sector in STATELESS_SECTORS for t in others):
        return targets  # 'attacked peacekeepers in Bosnia': no one state's
    if not others:
        return [implied_country(where.country, where.span)]
    return [replace(t, country=where.country, country_basis="sentence") for t in others]


# Heads of craft at sea, whose seizure off a shore is no act on that shore's state
SEA_CRAFT = SEA_VEHICLES | frozenset({"ships", "vessels", "boats", "tankers", "carrier"})
# Words before a place that the act is only off, at sea ('off the coast of X', 'in X's waters')
AT_SEA = re.compile(r"\b(?:off|coast|coasts|waters|sea|shores?)\b(?:\s+of)?(?:\s+the)?\s*$",
                    re.IGNORECASE)
# Words before a place that is a group's home, not where it acts ('a group based in X')
HOME_BEFORE = re.compile(r"\b(?:based|headquartered|operating)\s+(?:in|from|out\s+of)\s+"
                         r"(?:the\s+)?(?:\w+ern\s+)?$", re.IGNORECASE)


def _violent(code: str) -> bool:
    """Whether a CAMEO code is force on people or their things: the violent roots and the
    destruction of property (1712), which PLOVER counts as an assault."""
    return code[:2] in lexicon.VIOLENCE_CODES or code == "1712"


def _force_in_named_scene(mentions: list[Mention], frame: Frame, sentence: tuple[str, int],
                          sources: list[ActorRef], targets: list[ActorRef]) -> list[ActorRef]:
    """Force a doer of one country uses on people or things of no country, where the verb
    takes no place but the sentence names one country's place ('set fire to a church and homes
    in the Indonesian town of Poso', 'riot police in Harare beat up foreign journalists',
    'seized holidaymakers from a resort on the Malaysian island of Sipadan'): aimed at the state
    of that place, as the GSR codes a victim inside a country (the verb's own place is read by
    _force_at_scene)."""
    if not _violent(frame.code) or frame.place is not None or (
            frame.reciprocal) or not frame.targets or len(
            {s.country for s in sources if s.country}) != 1:
        return targets
    doers = {s.span for s in sources}
    others = [t for t in targets if t.span not in doers]
    if any(t.country or t.sector in STATELESS_SECTORS or t.implied for t in others):
        return targets
    text, base = sentence
    named = _in_sentence(mentions, sentence)
    aside = tuple(m.span for m in named if any(s.span is not None and s.span[0] <= m.span[0]
                                               and m.span[1] <= s.span[1] for s in sources)
                  or _told_at(m, sentence) or _kind_of_thing(
        m, sentence) or any(
        mark.search(text[max(0, m.span[0] - base - 40) : m.span[0] - base])
        for mark in (HOME_BEFORE, CAME_ACROSS)))  # 'officials in Nairobi said', 'a group based
    # in the southern Philippines', 'shells fired from across the border in X', 'killed in
    # Pakistani firing': not the scene
    country = _sentence_place(mentions, sentence, others, aside)
    scene = _scene(mentions, sentence, others)
    if scene is None or scene.span is None or scene.country not in kb.bundled().isos or (
            country != scene.country) or AT_SEA.search(
                text[max(0, scene.span[0] - base - 30) : scene.span[0] - base]) or any(
            r.head_text.lower() in SEA_CRAFT for r in frame.targets):
        return targets  # 'seized a cargo ship off the coast of Yemen': a ship at sea, a
        # vessel of its flag, not of the shore
    if not others:  # a dictionary-only predicate needs a named participant ('smashed their
        # cameras')
        return [implied_country(scene.country, scene.span)] if frame.own_table else targets
    return [replace(t, country=scene.country, country_basis="sentence") for t in others]


# Seats of a state's power force may be used on ('stormed the parliament building'), by the
# sector of the body they house
FIRE_FROM_AFAR = frozenset({"194", "195"})  # artillery, air strikes
SEAT_BODIES = {"parliament": "LEG", "congress": "LEG", "senate": "LEG", "assembly": "LEG",
               "presidential": "GOV", "government": "GOV", "ministry": "GOV"}


def _state_seat(mentions: list[Mention], frame: Frame, sentence: tuple[str, int],
                sources: list[ActorRef]) -> list[ActorRef]:
    """A seat of a state's power that force is used on, where the sentence names no state but
    the doer's ('troops loyal to President Yeltsin stormed the parliament building'): that
    state's, as a coup or a siege is used on the doer's own state."""
    text, base = sentence
    home = {s.country for s in sources if s.country}
    if frame.code[:2] not in lexicon.VIOLENCE_CODES or frame.code[:3] in FIRE_FROM_AFAR or (
            frame.reciprocal) or len(home) != 1 or (
            {m.country for m in _in_sentence(mentions, sentence) if m.country} - home):
        return []  # shells and air strikes ('jets bombed the government headquarters') are
        # mostly fired at another state's seat
    country = home.pop()
    for role in frame.targets:
        words = role.text.lower().split()
        body = next((SEAT_BODIES[w] for w in words if w in SEAT_BODIES), None)
        if body is not None and (words[-1] in HALL_HEADS or words[-1] in SEAT_BODIES):
            span = (base + role.phrase[0], base + role.phrase[1])
            return [ActorRef(text=role.text, span=span, country=country, sector=body,
                             country_basis="sentence")]
    return []


# Armed groups' ground a state's force strikes ('PKK positions', 'Taliban hideouts')
GROUP_SITES = frozenset({"positions", "position", "bases", "base", "camps", "camp", "hideouts",
                         "hideout", "strongholds", "stronghold", "hideaways", "targets"})
ARMED_GROUP_SECTORS = frozenset({"REB", "INS", "SEP", "RAD"})


def _sites_abroad(mentions: list[Mention], frame: Frame, sentence: tuple[str, int],
                  where: Location | None, sides: tuple[list[ActorRef], list[ActorRef]]) -> None:
    """A state's force on the positions or bases of its own insurgents inside another state
    ('Turkish warplanes struck PKK positions in the mountains of northern Iraq') is aimed at
    that state, as CAMEO codes a strike across a border by where it lands."""
    sources, targets = sides
    if frame.code[:2] not in lexicon.VIOLENCE_CODES or not targets:
        return
    home = {s.country for s in sources if s.country and not s.implied}
    sites = [t for t in targets if t.sector in ARMED_GROUP_SECTORS and t.country in home
             and t.text.split()[-1].lower() in GROUP_SITES]
    if not sites:
        return
    found = {m.country for m in _present(mentions, sentence)
             if m.kind in PLACE_KINDS and m.country in kb.bundled().isos
             and not _told_at(m, sentence)}  # no 'Ethiopian jets', no 'said in Ankara'
    country = where.country if where is not None and where.country else (
        found.pop() if len(found) == 1 else None)
    for site in sites:
        if country is not None and country != site.country:
            site.country, site.country_basis = country, "sentence"


# Words after a body that make it the sentence's speaker ('..., the Indian army said')
SPEAKER_VERBS = frozenset({"said", "says", "announced", "reported", "stated", "added"})
# Sectors of a state's own forces and of those who speak for them
FORCE_SPEAKERS = frozenset({"MIL", "GOV"})


def _own_units(mentions: list[Mention], sentence: tuple[str, int],
               sources: list[ActorRef]) -> None:
    """Country-less military units take the country of the one army or government that
    reports on them ('artillery units moved to the border, the Indian army said')."""
    units = [s for s in sources if not s.country and s.sector == "MIL" and not s.implied]
    if not units:
        return
    text, base = sentence
    speakers = {m.country for m in _in_sentence(mentions, sentence)
                if m.country in kb.bundled().isos and m.sector in FORCE_SPEAKERS
                and _speaks(text[: m.span[0] - base], text[m.span[1] - base:])}
    if len(speakers) == 1:
        country = speakers.pop()
        for unit in units:
            unit.country, unit.country_basis = country, "sentence"


def _speaks(before: str, after: str) -> bool:
    """Whether a mention between two texts is a speaker ('X said', 'said X', 'according to
    X'): a say verb right after it, or before it with at most an article between."""
    words = before.lower().split()[-3:]
    return bool({w.strip(".,;:") for w in after.lower().split()[:1]} & SPEAKER_VERBS) or (
        words[-2:] == ["according", "to"] or words[-1:] == ["said"]
        or words[-2:-1] == ["said"] and words[-1:] == ["the"])


# Where someone speaks or is reached ('a rebel spokesman said in Nairobi', 'told reporters in
# Geneva'): the place of the telling, not of what is told
SPOKEN_AT = re.compile(r"\b(?:said|says|told\s+(?:[\w-]+\s+){0,3}?|announced|added|spoke|"
                       r"speaking|reported|quoted)\s+(?:on\s+\w+\s+|late\s+\w+\s+)?"
                       r"(?:in|from)\s+(?:the\s+)?$", re.IGNORECASE)
PLACE_KINDS = frozenset({"GPE", "LOC"})
SPOKEN_WORD = re.compile(r"\b(?:said|says|told|announced|added|spoke|speaking|reported|quoted)"
                         r"\b", re.IGNORECASE)


def _unplaced_by_speech(mentions: list[Mention], sentence: tuple[str, int],
                        actors: list[ActorRef]) -> None:
    """Participants the sentence's places alone placed lose a country only the place a report
    was made in names, where the sentence states another ('Sudanese bombers hit the rebels'
    base at Yei, killing five civilians, a rebel spokesman said in Nairobi': no one Kenyan)."""
    text, base = sentence
    if not SPOKEN_WORD.search(text):
        return
    places = [m for m in _in_sentence(mentions, sentence) if m.kind in PLACE_KINDS and m.country]
    told = {m.country for m in places if _told_at(m, sentence)}
    told -= {m.country for m in places if not _told_at(m, sentence)}
    stated = {m.country for m in _in_sentence(mentions, sentence)
              if m.country and not m.country_basis} - told
    if not stated:
        return  # 'Police arrested 20 protesters, a spokesman said in Nairobi': likely there
    for actor in actors:
        if actor.country in told and actor.country_basis == "sentence":
            actor.country, actor.country_basis = None, ""


def _told_at(place: Mention, sentence: tuple[str, int]) -> bool:
    """Whether a place is where a report was made: 'said in X', or a speaker's 'in X' right
    before the say verb ('the interior ministry in Madrid said')."""
    text, base = sentence
    start, end = place.span[0] - base, place.span[1] - base
    return bool(SPOKEN_AT.search(text[max(0, start - 40): start])) or (
        text[:start].rstrip().lower().endswith(" in") and bool(SAID_NEXT.match(text[end:])))


SAID_NEXT = re.compile(r"\s*(?:said|says|told|announced|reported|added)\b", re.IGNORECASE)


def _placed_crowds(mentions: list[Mention], frame: Frame, sentence: tuple[str, int],
                   sources: list[ActorRef], targets: list[ActorRef]) -> None:
    """Country-less protesters take the one country of the places their sentence names but
    not that of what they protest at ('rallied outside the Israeli embassy in Amman': JOR)."""
    crowds = [s for s in sources if not s.country and not s.implied
              and s.sector not in ("IGO", "NGO")]
    if not crowds or frame.code[:2] != "14" or _place_is_target(frame):
        return
    country = _sentence_place(mentions, sentence, targets)
    aimed = {t.country for t in targets if t.sector not in SECURITY_SECTORS}  # the police
    if country is not None and country not in aimed:  # they clash with are the place's
        for crowd in crowds:
            crowd.country, crowd.country_basis = country, "sentence"


# Sectors of bodies that are no one state's people (agencies, international bodies)
STATELESS_SECTORS = frozenset({"IGO", "NGO"})
# Sectors of a state's own bodies, which another state acts on by name ('Iraq accused the
# government', 'Iran condemned Congress'): no people of the state named
STATE_BODY_SECTORS = frozenset({"GOV", "LEG", "JUD"})
# Roots of acts done at a meeting (intents, talks, deals, concessions), whose place is a venue
# that gives its parties no country ('signed a ceasefire in Doha')
VENUE_ROOTS = frozenset({"03", "04", "05", "06", "08"})
# Roots of what a state or its bodies mostly do to their own people (statements, demands,
# concessions, charges, refusals, sanctions, mobilizing, coercion), unlike aid or attacks
HOME_ACT_ROOTS = frozenset({"01", "02", "08", "10", "11", "12", "16", "17"})
EXPULSION_CODE = "174"  # the expelled are foreigners
# A permission's or concession's place is where the allowed act is done ('permitted the
# company to sell its phone in Kenya'), not whose the allowed are
YIELD_ROOT = "08"
# Words before a place where someone is, not only whose land is near ('off the coast of')
STRICT_LOCATIVES = frozenset({"in", "near", "outside", "at", "around", "across", "inside",
                              "through", "throughout"})
UNNAMED_OR_MIL_SECTORS = UNNAMED_ARMED | {"MIL"}


def _domestic_commoners(mentions: list[Mention], frame: Frame, sentence: tuple[str, int],
                        where: Location | None, sources: list[ActorRef],
                        targets: list[ActorRef]) -> None:
    """Country-less participants named by a common noun ('women', 'a mob', 'commercial banks',
    'the government', 'Congress') are domestic: CAMEO gives them the country of the act's
    place, else of the one state their sentence names (not a state's own 'the government')."""
    bare = [a for a in (*sources, *targets) if _commoner(a)]
    if not bare or _on_trip(sentence[0]):
        return  # 'detained a backpacker during a trip': a visitor
    isos = kb.bundled().isos
    named = {m.country for m in _in_sentence(mentions, sentence) if m.country in isos
             and not _bare_house_text(m.text) and not _kind_of_thing(m, sentence)} | {
        # a bare 'Senate' guesses its state; 'Swiss bank accounts' names no party
        a.country for a in (*sources, *targets) if a.country in isos}
    place = where.country if where is not None and where.country in isos and not (
        where.span is not None and _at_venue(sentence[0], where.span[0] - sentence[1])) else None
    venue, place = (place, None) if frame.code[:2] in VENUE_ROOTS or _placed_at_venue(
        frame, sentence[0]) else (None, place)  # 'refused to attend the peace talks in Geneva'
    for actor in bare:
        other = targets if actor in sources else sources
        armed = actor.sector in UNNAMED_OR_MIL_SECTORS and frame.code[:2] in lexicon.VIOLENCE_CODES
        ground = place or (None if armed else _town_of(other, sentence, frame.code[:2]
                                                        == "14"))  # 'marched through Lima'
        if ground is not None and not (actor in sources and _place_is_target(frame)):
            actor.country, actor.country_basis = ground, "sentence"  # not 'fired at Riyadh'
            continue
        if len(named) != 1 or venue in named:
            continue  # two states and nothing decides; 'signed a ceasefire in Doha'
        country = next(iter(named))
        if actor.sector in STATE_BODY_SECTORS and any(_is_state_itself(o, country)
                                                      for o in other):
            continue  # 'Iraq accused the government': another state's
        strict = armed or actor.sector in UNNAMED_ARMED or frame.code[:2] in VENUE_ROOTS
        if (frame.code[:2] != YIELD_ROOT
                and _named_elsewhere(mentions, sentence, country, other, strict)) or (
                not armed and frame.code[:2] in HOME_ACT_ROOTS and frame.code != EXPULSION_CODE
                and any(_home_side(actor, o) or (frame.code[:2] == "17" and _person_held(
                    mentions, actor, o)) for o in other if o.country == country)):
            actor.country, actor.country_basis = country, "sentence"  # attackers come from
            # anywhere: 'a suicide bomber hit a French patrol' names no home of theirs


def _kind_of_thing(mention: Mention, sentence: tuple[str, int]) -> bool:
    """Whether a bare demonym qualifies a thing the sentence tells of ('allegations of Swiss
    bank accounts', 'Georgian wine'), a kind, not a party nor a place: a people's word that
    no participant's phrase holds, right before a lower-case word."""
    text, base = sentence
    follower = text[mention.span[1] - base:].split()[:1]
    word = follower[0].strip(".,;:") if follower else ""
    return mention.kind == "NORP" and not mention.sector and (
        mention.text.lower() in kb.bundled().demonyms) and word[:1].islower() and word.isalpha()


def _town_of(others: list[ActorRef], sentence: tuple[str, int], protest: bool) -> str | None:
    """The country of a town the act's other side is ('marched through Santiago', 'a curfew on
    Mandalay'), or of any unnamed ground a protest takes ('looted the Chinatown district of
    Honiara'): the act's ground, though the parser took it for a participant; no venue."""
    places = kb.bundled().places
    text, base = sentence
    return next((o.country for o in others if not o.sector and o.country in kb.bundled().isos
                 and (protest or o.text.casefold().removeprefix("the ") in places)
                 and not _is_state_itself(o, o.country) and (
                     o.span is None or not _at_venue(text, o.span[0] - base))), None)


def _named_elsewhere(mentions: list[Mention], sentence: tuple[str, int], country: str,
                     other: list[ActorRef], strict: bool) -> bool:
    """Whether the sentence names the country outside the act's other side ('in the latest
    setback for Myanmar's peace process'): its subject, not only a foreign side's; ``strict``
    (armed men, deals) only as where they are ('in Zamfara state', not 'with Mexico' nor 'off
    the coast of Somalia')."""
    text, base = sentence
    spans = [o.span for o in other if o.span is not None]
    return any(m.country == country and m.kind not in ("NORP", "PERSON", "PRON")
               and (m.kind in ("GPE", "LOC") or not m.sector)  # a place, no 'French patrol'
               and not _at_venue(text, m.span[0] - base)  # 'talks in Doha'
               and not any(a <= m.span[0] and m.span[1] <= b for a, b in spans)
               and (not strict or set(text[: m.span[0] - base].lower().split()[-1:])
                    & STRICT_LOCATIVES)
               for m in _in_sentence(mentions, sentence))


def _home_side(actor: ActorRef, other: ActorRef) -> bool:
    """Whether the other side shares a country-less participant's state: a state or its body
    acting on its own unarmed people ('Kenyan police arrested two men'), or a domestic group
    facing a state body ('Houthi leaders rejected the government's plan'); a state's force on
    armed men ('Russia bombed rebels') may be abroad."""
    if other.sector in STATE_BODY_SECTORS | {"COP"} or _is_state_itself(other, other.country
                                                                        or ""):
        return actor.sector not in UNNAMED_ARMED
    return actor.sector in STATE_BODY_SECTORS and other.sector not in (None, "MIL")


def _person_held(mentions: list[Mention], actor: ActorRef, other: ActorRef) -> bool:
    """Whether a state body coerces a named person ('the military junta placed Aung San Suu
    Kyi under house arrest'): where no other state is named, the person's own state's body."""
    return actor.sector in STATE_BODY_SECTORS | {"COP"} and other.span is not None and any(
        m.span == other.span and m.kind == "PERSON" for m in nearby(mentions, *other.span))


def _commoner(actor: ActorRef) -> bool:
    """Whether a participant is a country-less group named by a coded common noun ('two
    former ministers', 'the independent newspaper', 'Parliament'), no name or foreigner."""
    words = actor.text.split()
    if actor.country or actor.implied or (actor.actor_id and not _bare_house_text(actor.text)) or (
            not actor.sector) or (
            actor.sector in STATELESS_SECTORS):
        return False  # a bare 'Congress' is known, but of no one state
    if {w.casefold() for w in words} & FOREIGN_WORDS or words[-1].casefold() in (
            VISITORS | VEHICLES):
        return False  # 'the diplomat', 'foreign journalists': nationals of elsewhere; a
        # tanker flies any flag (a 'car bomber' is no car)
    return all(w[:1].islower() or i == 0 or w.casefold() in HOUSES
               for i, w in enumerate(words))


def _bare_house_text(text: str) -> bool:
    """Whether a phrase is a legislature's bare word ('Congress', 'the Senate'), of no state."""
    words = [w.casefold() for w in text.split() if w.casefold() != "the"]
    return len(words) == 1 and words[0] in HOUSES


def _is_state_itself(actor: ActorRef, country: str) -> bool:
    """Whether a participant is a state named by any of its names ('Iraq', 'Britain', 'the
    US'): the state's own actor, not a town of it or its people."""
    if actor.country != country or actor.sector or country not in kb.bundled().isos:
        return False
    state = code_phrase_cached(kb.country_name(country), None, None)
    return actor.text.casefold().removeprefix("the ") in STATE_ABBREVIATIONS or (
        state is not None and actor.actor_id is not None and actor.actor_id == state.actor_id)


def _one_state_aimed_at(frame: Frame, targets: list[ActorRef]) -> list[ActorRef]:
    """Towns of one country a protest names as its ground ('blocked the highway between Lima
    and Arequipa') are no separate targets: the protest is aimed at their state, once."""
    places = kb.bundled().places
    if frame.code[:2] != "14" or len(targets) < 2 or any(
            t.implied or t.text.casefold().removeprefix("the ") not in places for t in targets):
        return targets
    countries = {t.country for t in targets}
    country = str(countries.pop()) if len(countries) == 1 else ""
    if country not in kb.bundled().isos or any(kb.own_state_name(t.text, country) for t in targets):
        return targets  # 'against Russia and Belarus'; a state itself named stays
    return [implied_country(country, targets[0].span, "GOV")]


# Groups a state sanctions at home: its protesters, opposition, unions, press and clergy
DISSENT_SECTORS = frozenset({"CVL", "OPP", "LAB", "EDU", "MED", "REL", "PTY", "HRI"})
HOME_ROOTS = ("15", "17")  # mobilizing and coercing: what a state mostly does at home
# Force a state's civil arms use on people mostly at home too ('Saudi Arabia executed a
# pastor', 'police shot a student'); armed forces and spies often act abroad
HOME_FORCE_SECTORS = frozenset({"GOV", "COP", "JUD"})
# Words of a stay abroad: who is on a visit or a trip there is no resident
TRIP_WORDS = frozenset({"visit", "visits", "visiting", "tour", "touring", "trip", "travelling",
                        "traveling", "holiday", "vacation", "pilgrimage"})


def _held_at_home(mentions: list[Mention], frame: Frame, sentence: tuple[str, int],
                  sources: list[ActorRef], targets: list[ActorRef]) -> None:
    """People a state arrests or calls up, in a sentence naming no other country, are its own."""
    if not _home_act(frame.code, sources) or frame.code == "174" or frame.code.startswith(
            "171") or len(sources) != 1 or not targets or _on_trip(sentence[0]):
        return  # the deported are foreigners; a seized tanker is property; a tourist a visitor
    home = sources[0].country
    if sources[0].implied or home not in kb.bundled().isos or sources[0].sector in (
            "SPY", "IGO"):
        return
    reason = _reason_spans(sentence) + _attribution_spans(sentence)
    if {m.country for m in _in_sentence(mentions, sentence) if m.country and not any(
            a <= m.span[0] and m.span[1] <= b for a, b in reason)} != {home}:
        return  # 'for spying for the United States' names whom they are charged over
    sanction = frame.code.startswith("163")  # only a state's own dissenters, not officials
    for target in targets:
        if not target.country and not target.implied and target.sector not in ("NGO", "IGO") and (
                not sanction or target.sector in DISSENT_SECTORS):
            target.country = home  # not a foreign aid agency or mission


# A charge or reason for an arrest, led by a gerund ('for spying for X', 'on charges of
# working for X', 'accused of ...'): the countries in it are not where the people are
REASON_CLAUSE = re.compile(r"\b(?:for|on\s+(?:charges?|suspicion)\s+of|accused\s+of|suspected"
                           r"\s+of|charged\s+with)\s+(?:allegedly\s+)?[a-z]+ing\b[^,;.]*")
# modifiers that say people are not of the country they are in or acted on by
FOREIGN_WORDS = frozenset({"foreign", "foreigners", "overseas", "expatriate", "expatriates"})


# A closing attribution that reports from elsewhere (', Amnesty International said in a report
# released in London'): its places are where the news was told, not where the people are
ATTRIBUTION = re.compile(r",\s+[^,;]{0,60}?\b(?:said|says|reported|reports)\s+(?:in|from)\b"
                         r"[^,;]*$")


def _attribution_spans(sentence: tuple[str, int]) -> list[tuple[int, int]]:
    """The absolute span of a sentence's closing attribution told from a place, if any."""
    text, base = sentence
    found = ATTRIBUTION.search(text)
    return [(base + found.start(), base + found.end())] if found else []


def _reason_spans(sentence: tuple[str, int]) -> list[tuple[int, int]]:
    """The absolute spans of a sentence's reason clauses ('for spying for Israel')."""
    text, base = sentence
    return [(base + f.start(), base + f.end()) for f in REASON_CLAUSE.finditer(text)]


def _foreigners(sources: list[ActorRef], targets: list[ActorRef]) -> None:
    """People called foreign ('barred foreign journalists from Chechnya', 'expelled foreign
    aid workers') are not of the state that acts on them: the country it lent them goes."""
    doers = {s.country for s in sources if s.country}
    for target in targets:
        if target.country in doers and not target.actor_id and _words(target.text) & (
                FOREIGN_WORDS):
            target.country, target.country_basis = None, ""


def _insurgents_at_home(mentions: list[Mention], frame: Frame, sentence: tuple[str, int],
                        sources: list[ActorRef], targets: list[ActorRef]) -> None:
    """The civil state bodies (government, police, courts) an armed group of a known country
    attacks, in a sentence naming no other country, are its own state's ('gunmen loyal to the
    Houthis attacked a government checkpoint': YEM); an army may be an occupier's."""
    if frame.code[:2] not in lexicon.VIOLENCE_CODES or len(sources) != 1 or not targets:
        return
    home = sources[0].country
    if (sources[0].implied or sources[0].sector not in UNNAMED_ARMED
            or home not in kb.bundled().isos or _on_trip(sentence[0])):
        return
    if {m.country for m in _in_sentence(mentions, sentence) if m.country} - {home}:
        return
    for target in targets:
        if not target.country and not target.implied and target.sector in CIVIL_STATE_SECTORS:
            target.country, target.country_basis = home, "sentence"


def _attackers_country_only(mentions: list[Mention], frame: Frame, sentence: tuple[str, int],
                            sources: list[ActorRef], targets: list[ActorRef]) -> None:
    """Victims take no country from a sentence whose only country is their attacker's: troops
    an armed group attacks ('Hamas militants attacked an army post': maybe an occupier's),
    anyone a people's fire hits ('two soldiers were killed in Pakistani firing'); a named
    place still places them ('an army post in Kunduz')."""
    if frame.code[:2] not in lexicon.VIOLENCE_CODES or len(sources) != 1:
        return
    doer = sources[0]
    fire = _words(doer.text) & set(FIRING_WORDS)
    if (doer.sector not in UNNAMED_ARMED and not fire) or doer.country not in kb.bundled().isos:
        return
    taken = [(t.span or (0, 0)) for t in (doer, *targets)]
    named = {m.country for m in _in_sentence(mentions, sentence) if m.country and not any(
        a <= m.span[0] and m.span[1] <= b for a, b in taken)}
    if named - {doer.country} or doer.country in named:
        return
    for target in targets:
        if ((target.sector == "MIL" or fire) and target.country == doer.country
                and target.country_basis == "sentence"):
            target.country, target.country_basis = None, ""


def _home_act(code: str, sources: list[ActorRef]) -> bool:
    """Whether an act is one a state mostly does at home: a coercion or mobilisation, force
    used by its civil arms (a government, police, courts) rather than its army, or a freeze
    on its own dissenters' money ('froze the accounts of protest organisers')."""
    return code[:2] in HOME_ROOTS or code.startswith("163") or (
        code[:2] in ("18", "19") and len(sources) == 1
        and (sources[0].sector in HOME_FORCE_SECTORS or _bare_state(sources[0])))


def _bare_state(ref: ActorRef) -> bool:
    """Whether a doer is a state by its own name ('Saudi Arabia executed'), not a group the
    knowledge base has no sector for ('Somali pirates')."""
    return ref.sector is None and kb.bundled().places.get(norm_key(ref.text)) == ref.country


def _on_trip(text: str) -> bool:
    """Whether a sentence tells of a visit or a trip (its people may be foreigners)."""
    return bool(_words(text) & TRIP_WORDS)


def _words(text: str) -> set[str]:
    """A text's lower-case words, for word-list tests."""
    return set(re.findall(r"[a-z]+", text.lower()))


# Nouns by which a story names a state it has named ('the kingdom would cut ties')
STATE_NOUNS = frozenset({"the kingdom", "the country", "the emirate", "the republic",
                         "the nation", "the sultanate"})


def _state_nouns(mentions: list[Mention], sentence: tuple[str, int], sources: list[ActorRef],
                 targets: list[ActorRef]) -> None:
    """'The Saudi foreign ministry said the kingdom would cut ties with Tehran': a state noun
    is the one other country its sentence names (not its counterpart's)."""
    for side, other in ((sources, targets), (targets, sources)):
        for ref in side:
            if ref.country or ref.text.casefold() not in STATE_NOUNS:
                continue
            theirs = {o.country for o in other}
            named = {m.country for m in _in_sentence(mentions, sentence)
                     if m.country and m.kind != "PRON" and m.country not in theirs}
            if len(named) == 1:
                ref.country, ref.country_basis = named.pop(), "sentence"


def _in_sentence(mentions: list[Mention], sentence: tuple[str, int]) -> list[Mention]:
    """The mentions that lie within a sentence (its text, its offset)."""
    text, base = sentence
    end = base + len(text)
    return [m for m in nearby(mentions, base, end) if base <= m.span[0] and m.span[1] <= end]


# Prepositions of a place someone only goes to or fights beside, not where they act
NOT_HERE = (" with", " to", " towards", " for")


def _sentence_place(mentions: list[Mention], sentence: tuple[str, int],
                    targets: list[ActorRef], skip: tuple[tuple[int, int], ...] = ()) -> str | None:
    """The one country of the places a sentence names, but not its targets or destinations
    (nor what lies in the ``skip`` spans), nor where the sentence's report was made."""
    aimed = [t.span for t in targets if t.span is not None] + list(skip)
    places = [m for m in _present(mentions, sentence)
              if _is_place(m, sentence) and m.country in kb.bundled().isos
              and not any(a[0] <= m.span[0] and m.span[1] <= a[1] for a in aimed)]
    told = [m for m in places if _told_at(m, sentence)]
    found = {m.country for m in places if m not in told} or {m.country for m in told}
    return found.pop() if len(found) == 1 else None  # where a report was made ('the ministry
    # in Madrid said') places the act only when the sentence names no other place


def _is_place(mention: Mention, sentence: tuple[str, int]) -> bool:
    """Whether a mention is a place: a GPE, or a sectorless name right after 'in' or 'near';
    a country's name as a thing's modifier ('near a US patrol in Baghdad') is no place."""
    text, base = sentence
    before = text[: mention.span[0] - base].lower().split()[-1:]
    if _state_name(mention) and _modifies_noun(before, text[mention.span[1] - base:]):
        return False
    if _at_venue(text, mention.span[0] - base):
        return False  # 'boycotted the talks in Geneva': where they meet, not whose they are
    return mention.kind == "GPE" or (not mention.sector and mention.kind != "PRON"
                                     and bool(set(before) & LOCATIVES))


# A gathering's venue right before a place ('the peace talks in Geneva', 'the summit in the')
VENUE_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(GATHERING_NOUNS))
                          + r")\s+(?:in|at)\s+(?:the\s+)?$", re.IGNORECASE)


def _at_venue(text: str, start: int) -> bool:
    """Whether the place starting at ``start`` is where a gathering is held: it places none
    of the groups that attend, boycott or leave it (mentions.GATHERING_NOUNS in the actors)."""
    return bool(VENUE_BEFORE.search(text[max(0, start - 40) : start]))


def _placed_at_venue(frame: Frame, text: str) -> bool:
    """Whether an act's place is a gathering's venue ('the peace talks in Geneva')."""
    return frame.place is not None and _at_venue(text, frame.place.phrase[0])


# Short names of states, besides their names in the knowledge base
STATE_ABBREVIATIONS = frozenset({"us", "u.s.", "usa", "uk", "u.k."})


def _state_name(mention: Mention) -> bool:
    """Whether a mention names a state ('US', 'Iraq'), not a town ('a Mogadishu hotel')."""
    return norm_key(mention.text) in STATE_ABBREVIATIONS or (
        mention.country is not None and kb.own_state_name(mention.text, mention.country))


def _modifies_noun(before: list[str], after: str) -> bool:
    """Whether a name between an article and a lower-case word modifies that word ('a US
    patrol', 'the Iraq border'), an owner or a kind, not where something is."""
    follower = after.split()[:1]
    return before in (["a"], ["an"], ["the"]) and bool(follower) and (
        follower[0].isalpha() and follower[0].islower() and follower[0] not in PLACE_FOLLOWERS)


def _present(mentions: list[Mention], sentence: tuple[str, int]) -> list[Mention]:
    """A sentence's mentions but destinations, places beside it, patrons ('Iran-allied') and
    likenesses ('a Russian-style law')."""
    text, base = sentence
    return [m for m in _in_sentence(mentions, sentence)
            if not text[: m.span[0] - base].rstrip().lower().endswith(NOT_HERE)
            and not is_patron_mark(text[m.span[1] - base:].split()[:1])
            and not is_likeness_mark(text[m.span[1] - base:])
            and not takes_side(text[: m.span[0] - base])]


# Targets abroad by what they are: an embassy's country says nothing of its attackers
FOREIGN_HEADS = VISITORS | frozenset({"embassy", "embassies", "consulate", "consulates",
                                      "president", "minister", "delegation", "ambassador"})


MISSION_HEADS = frozenset({"embassy", "embassies", "consulate", "consulates", "mission"})
# prepositions that set an attack at a building: it is what the attack hits
AT_BUILDING = frozenset({"outside", "at", "near", "into", "on", "inside"})


def _mission_hit(mentions: list[Mention], frame: Frame, sentence: tuple[str, int],
                 lookup: tuple[str | None, str | None], targets: list[ActorRef]
                 ) -> list[ActorRef]:
    """A foreign state's embassy or consulate an act of force is set at ('a car bomb exploded
    outside the Israeli embassy in Bangkok, killing two guards') is its target, before the
    place's state or people the place alone gives a country."""
    if frame.code[:2] not in lexicon.VIOLENCE_CODES or any(
            t.country and not t.implied and t.country_basis != "sentence" for t in targets):
        return targets
    text, base = sentence
    for role in frame.target_alts:
        before = text[: role.phrase[0]].split()[-1:]
        if role.head_text.lower() in MISSION_HEADS and before and before[0].lower() in (
                AT_BUILDING):
            mission = _actor(mentions, role, base, *lookup)
            if mission is not None and mission.country and not mission.implied:
                return [mission]
    return targets


def _victims_country(mentions: list[Mention], sentence: tuple[str, int],
                     targets: list[ActorRef]) -> str | None:
    """The one country of all named victims, if the sentence names no other one nor a trip."""
    if any(t.text.split()[-1:] and t.text.split()[-1].casefold() in FOREIGN_HEADS
           for t in targets) or _on_trip(sentence[0]):
        return None  # "killed 17 American missionaries" says nothing of the killers
    found = {t.country for t in targets if not t.implied}
    people = all(t.sector for t in targets)  # a state aimed at ("fired at Israel") is no victim
    if len(found) != 1 or None in found or not people:
        return None
    named = {m.country for m in _present(mentions, sentence) if m.country}
    if _state_unit(mentions, sentence):
        return None  # 'near a French patrol in Gao, killing four soldiers': troops abroad
    return found.pop() if named <= found else None


def _state_unit(mentions: list[Mention], sentence: tuple[str, int]) -> bool:
    """Whether a sentence names a state's unit by its demonym or name ('a French patrol', 'a
    US convoy'): troops of a state operating where the act is, often abroad."""
    text, base = sentence
    return any(set(re.findall(r"[a-z]+", text[m.span[1] - base:].lower())[:1]) & UNIT_NOUNS
               for m in _in_sentence(mentions, sentence) if m.country and not m.sector)


SECURITY_SECTORS = frozenset({"COP", "MIL"})


STATE_SECTORS = frozenset({"GOV", "COP", "MIL", "JUD"})
CIVIL_STATE_SECTORS = STATE_SECTORS - {"MIL"}


def _policing(frame: Frame, source: ActorRef) -> bool:
    """Whether the source is the state acting on others' protest: a protest noun's owner that
    polices it ("troops opened fire during the rally", "police joined the protest"; one they
    hold by a light verb is theirs, "police officers staged a sit-in"), or a state agent that
    stops a protest not named as its own ("the minister cancelled the march": a ban)."""
    if frame.others_protest and source.sector in STATE_SECTORS:
        return True
    return frame.nominal and frame.code[:2] == "14" and source.sector in SECURITY_SECTORS and (
        not frame.light_governor)


JOINT_ROOTS = frozenset({"05", "06"})  # diplomatic and material cooperation


def _joint_venture(frame: Frame, sources: list[ActorRef], targets: list[ActorRef]) -> bool:
    """Whether two states named together cooperate in a thing with each other ("Uzbekistan
    and Tajikistan resumed direct flights", "India and Japan expanded trade"): no one else is
    aimed at, so each side is the other's partner."""
    return len(sources) == 2 and not targets and frame.code[:2] in JOINT_ROOTS and all(
        s.country and is_coded(s) for s in sources) and (
            sources[0].country != sources[1].country) and not _words(frame.trigger) & (
                TIE_WORDS)  # "X and Y restored ties" is told each way, below


def _object_is_no_actor(frame: Frame, targets: list[ActorRef]) -> bool:
    """A yield/consult verb whose object is a thing; a visit to a place ("visit a plant") stays."""
    return (not targets and frame.object_target and frame.code != "042"
            and frame.code[:2] in lexicon.ACTOR_OBJECT_ROOTS)


PRONOUNS = frozenset({"he", "she", "i", "you", "we", "they", "it", "his", "her", "their",
                      "its", "my", "our", "your", "him", "them", "us", "me", "who", "which"})


# Roles that speak for a state and never use force themselves ('as the French ambassador
# toured the city, killing 18 people' is the parser's, not the ambassador's, killing)
ENVOY_ROLES = frozenset({"ambassador", "envoy", "diplomat", "diplomats", "consul",
                         "spokesman", "spokeswoman", "spokesperson"})


SPOKESPERSON_ROLES = frozenset({"spokesman", "spokeswoman", "spokesperson"})
CLAIMED_RESPONSIBILITY = re.compile(r"\bclaim(?:s|ed|ing)?\s+(?:\S+\s+){0,3}?"
                                    r"(?:responsibility|credit)\b", re.IGNORECASE)


def _claimant_group(frame: Frame, text: str, source: ActorRef) -> ActorRef:
    """A group's spokesman who claims an attack for it ('A Taliban spokesman claimed
    responsibility for the attack') stands for the armed group that did it, whose codes he
    carries; any other source as it is."""
    if not set((source.role or "").lower().split()) & SPOKESPERSON_ROLES or (
            not CLAIMED_RESPONSIBILITY.search(text[: frame.trigger_span[0]])) or (
            source.sector not in lexicon.ARMED_SECTORS | TRANSNATIONAL_SECTORS):
        return source  # 'a spokesman' whose group his codes do not name stays no attacker
    return replace(source, role=None)


def _stated_between_actors(frame: Frame, source: ActorRef, target: ActorRef | None) -> bool:
    """Whether a statement (01) is one actor's about another: a speaker of its own country or
    a known actor (not "investors" placed by the country they talk about), aimed at a named
    actor or an agent (not "the Chinese economy"), and for an option weighed (014) not at the
    doer's own country ("is considering sending troops")."""
    if target is None or not (target.actor_id or target.sector):
        return False
    if not source.actor_id and (not source.country or source.country_basis):
        return False
    if frame.code != CONSIDERED_CODE:
        return True
    words = set(target.text.lower().split())
    return target.country != source.country and not words & (
        MOVED_HEADS | lexicon.OPEN_WATERS)  # not 'a team' of "sending a team of experts to
    # Syria", nor the South China Sea warships would be sent to


def _can_do(code: str, source: ActorRef) -> bool:
    """Whether a source's known sector does acts of this code (no firm uses force, no envoy)."""
    if code[:2] in lexicon.VIOLENCE_CODES and set((source.role or "").lower().split()) & (
            ENVOY_ROLES):
        return False
    if source.sector is None:
        return True
    if code[:2] in lexicon.VIOLENCE_CODES and source.sector in lexicon.NO_FORCE_SECTORS:
        return False  # "the bank launched a rescue operation": no attack
    if code.startswith(lexicon.MILITARY_ACT_CODES):
        return source.sector in lexicon.ARMED_SECTORS
    if code.startswith(lexicon.STATE_ACT_CODES):
        return source.sector in lexicon.POLITICAL_SECTORS
    return True


def _budget_news(frame: Frame, source: ActorRef, target: ActorRef | None) -> bool:
    """Whether a cut of funding or loans is domestic budget news, not an aid cut (162): only
    one aimed at another state or an international body is ("froze loans to Ethiopia")."""
    if frame.code != "162" or not set(frame.trigger.lower().split()) & set(
            lexicon.FUNDING_OBJECTS):
        return False
    abroad = target is not None and (target.sector == "IGO" or bool(
        target.country and target.country != source.country))
    return not abroad


def _anonymous(ref: ActorRef) -> bool:
    """An unresolved pronoun with no codes: an event of it names nobody."""
    return not is_coded(ref) and ref.text.lower() in PRONOUNS


def _place_is_target(frame: Frame) -> bool:
    """Whether the place is where the act is aimed ("fired at X"), not where it happens."""
    return frame.place is not None and frame.place.prep in ("at", "to")


MEET_INTENT = "036"  # an intent to meet ('ready to meet rebel leaders in Nairobi')


def _meeting(frame: Frame) -> bool:
    """Whether an act is a meeting, a visit or talks (04), or an intent to meet (036)."""
    return frame.code[:2] == "04" or frame.code.startswith(MEET_INTENT)


# Sectors of the officials who host a visitor's meeting in their own country
HOST_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD"})


def _hosted(frame: Frame, where: Location | None, targets: list[ActorRef]) -> bool:
    """Whether a meeting's place is its partner's country ('held talks in Tehran with his
    Iranian counterpart'): the partner hosts, the one who came is not placed by it."""
    return frame.code[:2] == "04" and where is not None and bool(where.country) and any(
        t.country == where.country and not t.country_basis and (
            t.sector in HOST_SECTORS or t.text.split()[-1].casefold() in COUNTERPART_WORDS)
        for t in targets)


def _talks_abroad(frame: Frame, where: Location | None, sources: list[ActorRef],
                  targets: list[ActorRef]) -> bool:
    """Whether a meeting is held in a third state's town by visitors from another state with
    groups that are no host officials ('Colombian negotiators met rebel leaders in Havana'):
    the venue says nothing of the groups' state."""
    return _meeting(frame) and where is not None and bool(where.country) and bool(
        sources) and all(s.country and s.country != where.country for s in sources) and all(
        t.sector not in HOST_SECTORS for t in targets)


# Groups a state talks with as its own opposition or insurgents, wherever they meet
MET_DISSIDENT_SECTORS = frozenset({"REB", "INS", "SEP", "OPP"})


def _dissidents_met(frame: Frame, sources: list[ActorRef], targets: list[ActorRef]) -> None:
    """Country-less rebels or opposition a state's officials meet are that state's own ('met
    rebel leaders in Havana': COL), and country-less officials or negotiators that one
    state's rebels meet are that state's ('FARC rebels met government negotiators in Havana',
    either side the doer); _talks_abroad, _met_dissidents_abroad and _met_there keep the
    venue's off them."""
    if not _meeting(frame):
        return
    for side, other, own, others in ((sources, targets, MET_DISSIDENT_SECTORS, HOST_SECTORS),
                                     (targets, sources, MET_DISSIDENT_SECTORS, HOST_SECTORS),
                                     (targets, sources, HOST_SECTORS, MET_DISSIDENT_SECTORS),
                                     (sources, targets, HOST_SECTORS, MET_DISSIDENT_SECTORS)):
        states = {a.country for a in other if a.sector in others}
        if len(states) != 1 or not all(a.country for a in other):
            continue
        for actor in side:
            if actor.sector in own and not actor.country:
                actor.country, actor.country_basis = next(iter(states)), "sentence"


def _met_dissidents_abroad(frame: Frame, where: Location | None,
                           partners: list[ActorRef]) -> bool:
    """Whether a meeting in a state's town is with rebels or opposition of another state
    ('rebels from Darfur met government negotiators in Nairobi'): the venue places none of
    the officials they meet, who are the rebels' own state's (``_dissidents_met``)."""
    return _meeting(frame) and where is not None and bool(where.country) and any(
        p.sector in MET_DISSIDENT_SECTORS and p.country and p.country != where.country
        for p in partners)


def _placed_groups(where: Location | None, targets: list[ActorRef]) -> list[ActorRef]:
    """Country-less groups take the act's place's country ("killed 52 people in London").

    CAMEO codes residents by where they are; [] when that does not apply.
    """
    if not targets or not all(t.sector for t in targets) or where is None or not where.country:
        return []
    if any(t.sector in TRANSNATIONAL_SECTORS for t in targets):
        return []  # 'Islamic State attacked Kurdish forces in Kobani': a group of no state
    if any(office_absent(where.country, t.text.split()) or "visiting" in t.text.split()
           for t in targets):
        return []  # 'the prime minister met Obama in Washington': a visitor's office; 'the
        # visiting foreign minister met officials in Tehran'
    for target in targets:
        target.country = where.country
    return targets


PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})


def _placed_object(
    frame: Frame, sentence: tuple[str, int], where: Location | None, targets: list[ActorRef],
    alternative: list[ActorRef],
) -> list[ActorRef]:
    """What force is used on stays the target, with the country of the place it is in ('a
    ballerina at a Moscow airport': the ballerina, RUS)."""
    if frame.code[:2] not in lexicon.FORCE_CODES or not frame.targets:
        return []
    text, base = sentence
    role = frame.targets[0]
    home = None if (targets and targets[0].country) or frame.code[:2] not in (
        lexicon.VIOLENCE_CODES) else _object_home(role, where)
    if home is not None:  # 'power lines leading into Kabul', 'a camp for Congolese refugees'
        target = targets[0] if targets else ActorRef(
            text=role.text, span=(base + role.phrase[0], base + role.phrase[1]))
        return [replace(target, country=home)]
    places = {(base + r.phrase[0], base + r.phrase[1]) for r in frame.target_alts
              if r.entity in PLACE_ENTITIES or _scene_of_object(frame, r, text)}
    if alternative and alternative[0].span not in places:
        return []  # a named actor behind the object ("casualties on Sudanese mercenaries")
    country = (where.country if where else None) or next(
        (a.country for a in alternative if a.country
         and not set(a.text.lower().split()[-1:]) & BORDER_WORDS), None)  # 'near the Iraqi
    if country is None:  # border': a frontier of either side
        return []
    target = targets[0] if targets else ActorRef(
        text=role.text, span=(base + role.phrase[0], base + role.phrase[1]))
    target.country = country
    return [target]


def _object_home(role: Role, where: Location | None) -> str | None:
    """The country of a thing force is used on, from the people it serves ('a camp for
    Congolese refugees') or the named place it leads into or lies in ('power lines leading
    into Kabul'; the act's own place as the article settled it); None for an actor or when
    neither is named."""
    if _actor_role(role):
        return None
    served = role.extended_text[len(role.text):].lstrip()
    if where is not None and where.country and where.text == role.home_text:
        texts = [served[4:] if served.startswith("for ") else ""]
        fallback: str | None = where.country
    else:
        texts = [served[4:] if served.startswith("for ") else "", role.home_text]
        fallback = None
    coded = [code_phrase_cached(t, None, None) for t in texts if t]
    return next((c.country for c in coded if c is not None and c.country in kb.bundled().isos),
                fallback)


# Units and posts of armed forces whose country is their troops' ('near a US convoy')
UNIT_NOUNS = frozenset({"patrol", "patrols", "convoy", "convoys", "base", "bases", "outpost",
                        "outposts", "checkpoint", "checkpoints", "position", "positions",
                        "unit", "units", "vehicle", "vehicles", "column", "warship"})


def _unit_country(targets: list[ActorRef], alternative: list[ActorRef]) -> str | None:
    """The country of a state's unit the act happened at, which troops or police hit there
    belong to ('near a US convoy in Mosul, wounding four soldiers': USA, not the town's)."""
    unit = alternative[0] if alternative else None
    if (unit is None or not unit.country or not targets
            or any(t.sector not in SECURITY_SECTORS for t in targets)):
        return None
    return unit.country if set(unit.text.lower().split()[-1:]) & UNIT_NOUNS else None


# Prepositions of the scene where an object is acted on ('arrested X at a Moscow airport')
SCENE_PREPS = frozenset({"at", "in", "near", "outside", "inside"})


def _police_at_scene(sources: list[ActorRef], placed: list[ActorRef]) -> None:
    """Country-less police who act on someone at a scene are that place's ('police arrested
    a man at the US embassy in Nairobi': KEN): police act at home."""
    country = placed[0].country if placed else None
    for source in sources:
        if country and not source.country and source.sector == "COP" and not source.implied:
            source.country, source.country_basis = country, "sentence"


def _police_of_town(sources: list[ActorRef], targets: list[ActorRef]) -> None:
    """Country-less police who act on a thing named by its town ('Police raided the Lahore
    offices of a rights group': PAK) are that town's country's: police act at home. A town
    only, not a state's name ('the US embassy' is a foreign mission, anywhere)."""
    doers = [s for s in sources if not s.country and s.sector == "COP" and not s.implied]
    if not doers:
        return
    places = kb.bundled().places
    for target in targets:
        country = target.country
        if (target.implied or target.sector or not country or not target.text
                or _words(target.text) & MISSION_HEADS):
            continue
        names = [w for w in re.findall(r"[A-Z][\w'-]*", target.text)
                 if places.get(norm_key(w)) == country and norm_key(w) not in STATE_ABBREVIATIONS
                 and not kb.own_state_name(w, country)]
        if names:
            for doer in doers:
                doer.country, doer.country_basis = country, "sentence"
            return


def _scene_of_object(frame: Frame, role: Role, text: str) -> bool:
    """Whether an alternative is the scene of the act, a place or facility after 'at' or 'in'
    ('at a Moscow airport'), not an owner; an embassy's country is not where it stands. A body
    after people acted on is where they are ('arrested a student at Dhaka University')."""
    before = text[: role.phrase[0]].lower().split()[-1:]
    if before == ["at"] and _people(role) and not _people_before(frame, role):
        return False  # "fired live rounds at demonstrators in Yangon": whom it is aimed at
    return bool(set(before) & SCENE_PREPS) and role.head_text.lower() not in FOREIGN_HEADS


def _people_before(frame: Frame, role: Role) -> bool:
    """Whether the act's first object is a common noun before a named body ('arrested a
    student at Dhaka University'), so that the body is where it is, not whom the act aims at."""
    first = frame.targets[0] if frame.targets else None
    return (first is not None and first.phrase[1] <= role.phrase[0]
            and first.head_text[:1].islower() and role.entity in ("ORG", "FAC"))


def _people(role: Role) -> bool:
    """Whether a role's head names people ('demonstrators', 'a crowd'), never a scene."""
    agents, head = kb.bundled().agents, role.head_text.lower()
    return head in agents or head.removesuffix("s") in agents


VENUE_PREPS = (" in ", " at ")  # what follows a participant of a meeting: its venue


def _met_there(frame: Frame, role: Role) -> Role:
    """Those met somewhere ('met rebel leaders in Havana') are not placed by where the meeting
    is: the place the parser hangs on them is the meeting's."""
    if not _meeting(frame):
        return role
    if role.home_text:
        role = replace(role, home_text="")
    rest = role.extended_text[len(role.text):]
    return replace(role, extended_text=role.text) if rest.startswith(VENUE_PREPS) else role


def _replacing(frame: Frame, sentence: tuple[str, int], targets: list[ActorRef],
               alternative: list[ActorRef]) -> list[ActorRef]:
    """The alternative that stands for the targets ("offered troops to X's president"); for
    targets that are actors themselves only a place ('a visit with the leader ... to
    Mexico'), a phrase of their own ('members of the Yazidi religion') or a named instance
    ('candidates including Donald Trump'): 'pressed the administration on its Syria policy'
    aims at the administration, 'supported Charlie Crist against Rubio' at Crist."""
    if not _actor_targets(frame):
        return alternative
    return [a for a in alternative if _of_targets(frame, a, sentence)]


# Head words of targets that are actors themselves: titles, agents, groups and bodies
ACTOR_HEADS = frozenset(TITLE_SECTORS) | TITLE_OR_GROUP | BODY_HEADS | PEOPLE_HEADS | frozenset({
    "girls", "child", "children"})
# Words that introduce named instances of a plural target ('candidates including X')
INSTANCE_WORDS = re.compile(r"\s*,?\s*(?:including|such as|like|among them|notably)\s+$")


# What joins people to the craft, body or place they come from or are aboard, when the
# parser hangs it on the verb ('seized sailors from a British tanker')
CAME_FROM = re.compile(r"\s*(?:from|aboard|on board|on board of|on|at)\s+$")
# Heads of what people come from, are aboard or work at, not a topic ('on its policy') or an
# act ('protected civilians from Russian air strikes')
CARRIERS = VEHICLES | BODY_HEADS | lexicon.PLACE_NOUNS | lexicon.ARMED_STRIKE_SITES | frozenset({
    "school", "schools", "university", "prison", "jail", "mine", "site", "office", "farm",
    "mosque", "church", "monastery", "station", "factory", "company", "firm"})


def _come_from(frame: Frame, sentence: tuple[str, int], targets: list[ActorRef],
               alternative: list[ActorRef]) -> list[ActorRef]:
    """Country-less people whose phrase goes on with where they come from or are aboard
    ('seized sailors from a British tanker', 'detained fishermen on a Japanese boat') take
    that phrase's country; they stay the target (pressing someone 'on its policy' does not)."""
    text, base = sentence
    found = next((a for a in alternative if a.country and a.span is not None), None)
    if found is None or found.span is None or not targets or any(t.country for t in targets):
        return []
    at = found.span[0] - base
    own = next((r for r in frame.target_alts if r.phrase[0] <= at < r.phrase[1]), None)
    if own is None or not _actor_targets(frame):
        return []
    start = own.phrase[0]
    joint = next((m for r in frame.targets if r.phrase[1] <= start
                  and (m := CAME_FROM.fullmatch(text[r.phrase[1]:start]))), None)
    if joint is None or not (own.entity in PLACE_ENTITIES or _actor_role(own)
                             or own.head_text.casefold() in CARRIERS):
        return []
    return [replace(t, country=found.country, country_basis="sentence") for t in targets]


# People who move to work or live abroad: 'from X' names their state, where they are not it
MOVERS = frozenset({"immigrant", "immigrants", "migrant", "migrants", "worker", "workers",
                    "labourers", "laborers", "nationals", "citizens", "traders", "maids"})
FROM_STATE = re.compile(r"\s+from\s+(?:neighbouring\s+|neighboring\s+)?(?:the\s+)?$")


def _movers_origin(mentions: list[Mention], sentence: tuple[str, int],
                   targets: list[ActorRef]) -> None:
    """Migrants or workers 'from X' the sentence placed where they are ('rounded up immigrants
    from Burkina Faso in Abidjan') are X's people, as a demonym would make them."""
    text, base = sentence
    for target in targets:
        if target.country_basis != "sentence" or target.span is None or (
                target.text.split()[-1].lower() not in MOVERS):
            continue
        after = next((m for m in nearby(mentions, target.span[1], target.span[1] + 40)
                      if m.country and m.span[0] > target.span[1] and FROM_STATE.fullmatch(
                          text[target.span[1] - base: m.span[0] - base])), None)
        if after is not None and after.country != target.country:
            target.country = after.country


# 'Iranian-American', 'British-born': two demonyms joined, the second the citizenship
HYPHEN_NATIONAL = re.compile(r"\b([A-Z][a-z]+)-([A-Z][a-z]+)\b")


def _hyphenated_nationals(targets: list[ActorRef]) -> None:
    """People of a hyphenated nationality ('an Iranian-American scholar', 'a Chinese-
    Canadian businessman') are citizens of the second state, not of the origin the first
    demonym names."""
    demonyms = kb.bundled().demonyms
    for target in targets:
        found = HYPHEN_NATIONAL.search(target.text)
        if found is None or target.actor_id or not target.text.split()[-1].islower():
            continue
        first, second = (demonyms.get(norm_key(g)) for g in found.groups())
        if first and second and first != second and target.country == first:
            target.country = second


HOME_AGENT_SECTORS = HOME_FORCE_SECTORS | {"MIL"}  # a state's agents, its army too
ETHNIC_DEMONYM = re.compile(r"\bethnic\s+([A-Z][a-z]+)\b")


def _ethnic_residents(mentions: list[Mention], frame: Frame, sentence: tuple[str, int],
                      where: Location | None, sources: list[ActorRef],
                      targets: list[ActorRef]) -> None:
    """People or things of an ethnic group ('ethnic Albanian villages in Kosovo', 'an ethnic
    Albanian party in Pristina') are of the state they live in, not of the state the demonym
    names: the place named in their phrase, else the act's place, else the state whose
    forces act on them at home gives the country."""
    text, base = sentence
    demonyms = kb.bundled().demonyms
    state = sources[0].country if len(sources) == 1 and sources[0].sector in (
        HOME_AGENT_SECTORS) else None  # 'Macedonian troops shelled ethnic Albanian villages'
    for target in targets:
        role = next((r for r in frame.targets if target.span is not None
                     and base + r.phrase[0] == target.span[0]), None)
        phrase = role.extended_text or role.text if role is not None else target.text
        found = ETHNIC_DEMONYM.search(phrase)
        if found is None or demonyms.get(norm_key(found.group(1))) != target.country:
            continue
        start = target.span[0] if target.span is not None else base
        after = start + found.end()  # the place named after the demonym, in the phrase
        inside = [m for m in nearby(mentions, after, start + len(phrase)) if m.kind in (
            "GPE", "LOC") and m.country and after <= m.span[0] < start + len(phrase)]
        home = inside[-1].country if inside else where.country if where is not None else (
            state)
        if home and home != target.country:
            target.country, target.country_basis = home, "sentence"


def _owner_in_trigger(mentions: list[Mention], frame: Frame, base: int,
                      sources: list[ActorRef], targets: list[ActorRef]) -> list[ActorRef]:
    """A demonym inside a trigger that holds its object ('demolished 14 Palestinian homes in
    east Jerusalem', 'torched Albanian houses') names whose property the act hits: that
    people, not the place, is the target when no target was named apart from the trigger."""
    if frame.targets or frame.nominal or not frame.code.startswith(("17", "18", "19", "20")):
        return targets
    start, end = base + frame.trigger_span[0], base + frame.trigger_span[1]
    owner = next((m for m in nearby(mentions, start, end) if m.kind == "NORP" and m.country
                  and start < m.span[0] and m.span[1] <= end), None)
    if owner is None or any(s.country == owner.country for s in sources):
        return targets
    return [actor_ref(owner)]


def _actor_targets(frame: Frame) -> bool:
    """Whether a target is an actor itself (_actor_role)."""
    return any(map(_actor_role, frame.targets))


def _actor_role(role: Role) -> bool:
    """Whether a participant is an actor itself: a named person or body, or a title, agent,
    body or people word ('the administration', 'candidates', 'women'), not a thing ('a
    settlement', 'the withdrawal', 'abuses')."""
    return role.entity in ("PERSON", "ORG") or role.head_text.casefold() in ACTOR_HEADS


def _of_targets(frame: Frame, alternative: ActorRef, sentence: tuple[str, int]) -> bool:
    """Whether an alternative may stand for actor targets: a named place, a phrase of one of
    them with its 'of/in/from' modifiers, or a named instance right after one."""
    if alternative.span is None:
        return False
    text, base = sentence
    start = alternative.span[0] - base
    own = next((r for r in frame.target_alts if r.phrase[0] == start), None)
    if own is not None and own.entity in PLACE_ENTITIES:
        return True
    alt = _extent(own) if own is not None else range(start, start + 1)
    return any(alt.start < _extent(r).stop and _extent(r).start < alt.stop
               or INSTANCE_WORDS.match(text[r.phrase[1]:start]) for r in frame.targets)


def _extent(role: Role) -> range:
    """The sentence offsets of a role's phrase with its 'of/in/from' modifiers."""
    return range(role.phrase[0], role.phrase[0] + len(role.extended_text or role.text))


def _first_alternative(
    mentions: list[Mention], frame: Frame, sentence: tuple[str, int], date: str | None,
    db: str | None, sources: list[ActorRef],
) -> list[ActorRef]:
    """The actor behind the object ("the withdrawal of Serbian forces"), countried first; not
    one named in an occasion or a reason of the act ("during a visit by the French
    president", "over arms sales to Taiwan")."""
    text, base = sentence
    roles = [r for r in frame.target_alts if not _occasion(frame, r, text)
             and not _protest_scene(frame, r) and not _mission_scene(frame, r, text)
             and not (frame.code[:2] in lexicon.VIOLENCE_CODES and _across_border(r, text))
             and not _in_relative(frame, r, text) and not _origin_of_act(frame, r, text)
             and not _offshore(r, text) and not _meeting_scene(frame, r, text)
             and not (r.entity in PLACE_ENTITIES | {"NORP"}  # "Serbia's ally": a patron
                      and is_client_mark(text[r.phrase[1] :]))
             and not BROKERED_BY.search(text[: r.phrase[0]])
             and not _spoken_through(frame, r, text)]
    found = [a for r in roles if (a := _actor(mentions, _met_there(frame, r), base, date, db))]
    found = [a for a in found if is_coded(a) and not any(_same(s, a) for s in sources)]
    with_country = [a for a in found if a.country]
    return (with_country or found)[:1]


# The interview, speech or briefing an act is told in ('warned against an arms race in an
# interview with CNN', 'lifted a ban ... in a speech to party leaders at State House'): its
# outlet, audience and venue are no one it aims at
SPOKEN_IN = re.compile(r"\b(?:in|during)\s+(?:an?|the|his|her|their|its)\s+(?:[a-z-]+\s+){0,2}?"
                       r"(?:interview|speech|address|remarks|briefing|statement)\b",
                       re.IGNORECASE)


def _spoken_through(frame: Frame, role: Role, text: str) -> bool:
    """Whether a role lies in the interview or speech after the act that tells it."""
    told = SPOKEN_IN.search(text, frame.trigger_span[1])
    return told is not None and role.phrase[0] >= told.start()


# A third party that brings a deal about ('in a deal brokered by China'): no one it aims at
BROKERED_BY = re.compile(r"\b(?:brokered|mediated|facilitated|arranged|hosted|sponsored|"
                         r"negotiated|overseen)\s+by\s+(?:the\s+)?$", re.IGNORECASE)


def _meeting_scene(frame: Frame, role: Role, text: str) -> bool:
    """The place a meeting with no one named is held in ('ministers met in Hiroshima', 'the
    meeting between the two presidents in Addis Ababa'): its scene, no partner (a visit's
    place is its host: 'arrived in Moscow')."""
    place = frame.place
    if frame.code != "040" and not frame.code.startswith(MEET_INTENT):
        return False  # 'ready to meet rebel leaders in Nairobi': no more the venue's
    if place is not None and place.head == role.head:
        return place.prep in ("in", "at", "on", "near")
    venues = PLACE_ENTITIES | ({"ORG"} if frame.code.startswith(MEET_INTENT) else set())
    return role.entity in venues and text[: role.phrase[0]].rstrip().endswith(
        (" in", " at"))  # 'will sit down for a meeting in the Oval Office'


# Roots of force aimed at someone, for which a 'from X' is where the act comes from (an
# offer or a demand 'from X' that is rejected is X's: X stays the target)
AIMED_ROOTS = frozenset({"18", "19"})


def _origin_of_act(frame: Frame, role: Role, text: str) -> bool:
    """Whether a role after 'from' (or in its 'of' phrase) is where force comes from
    ('attacked the Koch brothers from the Senate floor', 'from the floor of the Senate'), not
    whom it aims at."""
    if frame.code == "192":  # 'recaptured the town from al Shabaab': whom it is taken from
        return False
    before = text[: role.phrase[0]].lower().split()[-4:]
    floor = "floor" in before or "floor" in text[slice(*role.phrase)].lower()
    if frame.code[:2] in AIMED_ROOTS and CAME_ACROSS.search(text[: role.phrase[0]]):
        return True  # 'fired from across the border in Myanmar'
    return (frame.code[:2] in AIMED_ROOTS or frame.code[:2] == "11" and floor) and before[
        -1:] in (["from"], ["of"]) and "from" in before  # attacks in words from the floor


# Words before those fought beside, not against ('fought alongside Kurdish forces', 'on the
# side of the rebels', 'on behalf of the government')
ALLY_BEFORE = re.compile(r"\b(?:alongside|beside|on\s+the\s+side\s+of|on\s+behalf\s+of|in\s+"
                         r"support\s+of)\s+(?:the\s+)?$", re.IGNORECASE)
SIDE_WORDS = frozenset({"side", "sides"})


def _ally(role: Role, text: str) -> bool:
    """Whether force's participant is the side fought beside ('fought on the Ukrainian side',
    'alongside Kurdish forces against Islamic State'): an ally, no one it aims at."""
    before = text[: role.phrase[0]]
    return bool(ALLY_BEFORE.search(before)) or role.head_text.lower() in SIDE_WORDS and (
        before.rstrip().lower().endswith(" on"))


def _offshore(role: Role, text: str) -> bool:
    """Whether a role is the sea scene of an act ('seized a carrier off the coast of Oman',
    'off Somalia'): where it happened, not whom it aims at."""
    before = text[: role.phrase[0]].lower().split()[-4:]
    return before[-1:] in (["off"], ["of"]) and "off" in before


def _placed_past_clause(mentions: list[Mention], frame: Frame, sentence: tuple[str, int],
                        targets: list[ActorRef]) -> None:
    """Country-less people an act aims at whom a clause ties to another actor ('a trafficker
    wanted by the United States in Basra', 'women held by Boko Haram in Borno') take the one
    country of the sentence's places: the clause says who wants or holds them, not where
    they are, so its actors (a place too, after 'by') do not vote; a named NGO stays."""
    text, base = sentence
    lone = [t for t in targets if not t.country and not t.implied and t.sector != "IGO"
            and not (t.sector == "NGO" and any(w[:1].isupper() for w in t.text.split()))]
    if not lone:
        return
    clause = tuple((base + r.phrase[0], base + r.phrase[1]) for r in frame.target_alts
                   if (not _place_role(r) or text[: r.phrase[0]].split()[-1:] == ["by"])
                   and _in_relative(frame, r, text))
    if not clause:
        return
    country = _sentence_place(mentions, sentence, targets, clause) or _clause_group(
        mentions, clause)
    for target in lone:
        target.country, target.country_basis = country, "sentence" if country else ""


def _clause_group(mentions: list[Mention], clause: tuple[tuple[int, int], ...]) -> str | None:
    """The one country of the armed groups (not states) a clause names as holding people
    ('women held by Boko Haram in the Sambisa forest', 'soldiers held by FARC rebels'):
    where they hold them, when the sentence names no place."""
    found = {m.country for span in clause for m in nearby(mentions, *span)
             if span[0] <= m.span[0] and m.span[1] <= span[1] and m.country
             and m.sector in UNNAMED_ARMED and m.country in kb.bundled().isos}
    return found.pop() if len(found) == 1 else None


def _in_relative(frame: Frame, role: Role, text: str) -> bool:
    """Whether an alternative lies in a relative or participle clause about the object
    ('arrested a man who had travelled to Syria', 'rescued women held by Boko Haram'), or in
    a second act or a charge after it (NEXT_ACT): where that one went or came from, who acts
    on it there, or what it is charged with, not whom the act aims at."""
    if not frame.targets or role.phrase[0] < frame.targets[0].phrase[1]:
        return False
    if any(role.clause_of == t.head[0] and (_actor_role(t) or is_agent_word(t.head_text.lower()))
           for t in frame.targets):
        return True  # 'arrested a leader wanted by the United States', not 'crimes
        # committed by Croat forces' (a deed's doer is whom its act aims at)
    if role.head_text.casefold() in CHARGE_NOUNS:
        return True  # 'arrested a teacher on suspicion of helping Somali militants'
    between = text[frame.targets[0].phrase[1] : role.phrase[0]]
    return bool(_words(between) & RELATIVE_WORDS) or bool(NEXT_ACT.search(between))


# What an object is held or blamed for, never whom the act aims at
CHARGE_NOUNS = frozenset({"suspicion", "suspicions", "charge", "charges", "connection",
                          "allegation", "allegations", "accusation", "accusations"})


# A second act joined after the object ('arrested the men and accused them of spying for
# Qatar') or what someone is charged with ('accused him of spying for Iran', 'charged with
# working for Turkey', 'arrested for spying for Israel', 'detained in connection with the
# killing of a union leader'): what follows is no owner of the object
NEXT_ACT = re.compile(r"\band\s+(?:then\s+|later\s+)?[a-z]+ed\b|\b(?:of|with|for)\s+[a-z]+ing\b"
                      r"|\bin connection with\b|\bon suspicion of\b|\b(?:suspected|accused) of\b")


def _across_border(role: Role, text: str) -> bool:
    """Whether a role is the other side of a border the act is near ('attacked a checkpoint
    near the border with Pakistan'): a neighbour named, not aimed at."""
    before = text[: role.phrase[0]].lower().split()[-2:]
    return len(before) == 2 and before[0] in BORDER_WORDS and before[1] == "with"


def _mission_scene(frame: Frame, role: Role, text: str) -> bool:
    """Whether an alternative is a foreign mission people were acted on at ('arrested a man at
    the US embassy in Nairobi'): where it happened, not who the man is; the town places him."""
    before = text[: role.phrase[0]].lower().split()[-1:]
    town = any(r.phrase[0] > role.phrase[1] and _place_role(r) for r in frame.target_alts)
    return (town and bool(frame.targets) and _people(frame.targets[0])
            and bool(set(before) & SCENE_PREPS)
            and role.head_text.lower() in FOREIGN_HEADS - VISITORS)


def _protest_scene(frame: Frame, role: Role) -> bool:
    """Whether a role is where a protest or a clash happens ('rallied in Manila', 'police and
    protesters clashed in Lima'), or the country owning that town, not what it is at."""
    place = frame.place
    sides = frame.reciprocal and len(frame.sources) > 1  # each other's targets
    return ((frame.code[:2] == "14" or sides) and place is not None
            and place.prep == "in" and place.phrase[0] <= role.phrase[0]
            and role.phrase[1] <= place.phrase[1])  # 'in Vietnam's capital Hanoi': Vietnam


# Words that open an act's occasion or reason rather than its object's owner
OCCASION_WORDS = TRIP_WORDS | frozenset({"during", "over", "amid", "after", "before",
                                         "because", "despite", "while"})


# Roots of acts done to people for a deed of theirs ('detained four suspects in the attack on
# the governor's convoy'): whom that deed was aimed at is no target of the act
FOR_DEED_ROOTS = frozenset({"11", "12", "17"})
# A deed named by a noun that people are held or blamed for ('in the attack on', 'over the
# killing of'): its noun, read against the coded event nouns
FOR_DEED = re.compile(r"\b(?:in|over|for|behind)\s+(?:the|a|an|this|that|last\s+\w+'s)\s+"
                      r"(?:[a-z-]+\s+){0,2}?([a-z]+)\s+(?:on|of|against|at|in)\b")


def _occasion(frame: Frame, role: Role, text: str) -> bool:
    """Whether an object's alternative lies in an occasion or reason after the object, or in
    the deed those an arrest or a charge falls on are held for ('four suspects in the attack
    on the governor's convoy')."""
    if not frame.targets or role.phrase[0] < frame.targets[0].phrase[1]:
        return False
    between = text[frame.targets[0].phrase[1] : role.phrase[0]]
    if frame.code[:2] in FOR_DEED_ROOTS and any(
            deed.group(1) in lexicon.NOUN_CODES for deed in FOR_DEED.finditer(between)):
        return True
    return bool(_words(between) & OCCASION_WORDS)


# Offensives and attacks a modifier names the side of ('beat back a rebel offensive', 'repelled
# a Taliban attack'): force used on one is used on that side
OFFENSIVE_OBJECT = re.compile(
    r"\s+(?:back\s+|off\s+)?(?:an?|the|its|their)\s+(?:(?:new|major|fresh|big|large|massive|"
    r"renewed|latest|joint)\s+)?((?:[\w'’-]+\s+){1,3}?)(?:offensives?|attacks?|assaults?|"
    r"advances?|incursions?|onslaught|push)\b")


def _offensive_side(frame: Frame, sentence: tuple[str, int], date: str | None,
                    db: str | None) -> list[ActorRef]:
    """The side whose offensive, the verb's object, force is used on ('Government forces beat
    back a rebel offensive near Hama': the rebels, placed later like any target), when the
    words before the offensive code as an agent; [] otherwise (no named target only)."""
    if frame.code[:2] not in lexicon.VIOLENCE_CODES or frame.targets or frame.nominal:
        return []
    text, base = sentence
    match = OFFENSIVE_OBJECT.match(text, frame.trigger_span[1])
    words = match.group(1).strip() if match else ""
    coded = code_phrase_cached(words, date, db) if words else None
    if match is None or coded is None or not (coded.sector or coded.country):
        return []
    coded.text, coded.span = words, (base + match.start(1), base + match.start(1) + len(words))
    return [coded]


def _participant(role: Role, base: int) -> Participant:
    """A role in article offsets, for the actor coder."""
    return Participant(
        head=(base + role.head[0], base + role.head[1]),
        phrase=(base + role.phrase[0], base + role.phrase[1]),
        text=role.text,
        head_text=role.head_text,
        entity=role.entity,
        pronoun=role.pronoun,
        extended_text=role.extended_text,
        home_text=role.home_text,
    )


def _store(ctx: ExtractContext) -> str | None:
    """The store being ingested into, whose learned actors code bare phrases (None: none)."""
    db = ctx.state.get("db_path")
    return str(db) if db else None


def _actor(
    mentions: list[Mention], role: Role, base: int, date: str | None, db: str | None
) -> ActorRef | None:
    """The role's actor; an unresolved pronoun takes its antecedent's codes. A pronoun cites
    the name it stands for when its own sentence names it ("The rebels said they would ...":
    the rebels), as event data cite the named actor, not the pronoun."""
    actor = resolve_actor(mentions, _participant(role, base), date, db)
    if is_coded(actor) and role.antecedent is not None and _body_speaks_of_itself(role):
        speaker = resolve_actor(mentions, _participant(role.antecedent, base), date, db)
        if speaker is not None and is_coded(speaker) and actor is not None and (
                speaker.actor_id != actor.actor_id or speaker.country != actor.country):
            return speaker  # "Hamas, which Israel designates ..., said it had fired rockets"
    if is_coded(actor) or role.antecedent is None:
        return _named_in_sentence(mentions, base, actor) if role.pronoun else actor
    speaker = resolve_actor(mentions, _participant(role.antecedent, base), date, db)
    if speaker is None:
        return actor
    return speaker


def _body_speaks_of_itself(role: Role) -> bool:
    """Whether a role is the 'it' a named body or state says something of ("Hamas said it had
    fired"), which stands for that speaker whatever a clause in between names."""
    return role.pronoun and role.text.casefold() == "it" and role.antecedent is not None and (
        role.antecedent.entity in ("ORG", "GPE", "NORP"))


def _named_in_sentence(
    mentions: list[Mention], base: int, actor: ActorRef | None
) -> ActorRef | None:
    """A resolved pronoun's actor cited by the latest mention of its entity that names it
    earlier in the same sentence; the pronoun itself when the name lies outside it."""
    if actor is None or actor.span is None:
        return actor
    pronoun = next((m for m in nearby(mentions, *actor.span) if m.span == actor.span
                    and m.kind == "PRON"), None)
    if pronoun is None:
        return actor
    named = [m for m in nearby(mentions, base, pronoun.span[0])
             if m.entity == pronoun.entity and m.kind != "PRON"
             and base <= m.span[0] and m.span[1] <= pronoun.span[0]]
    if not named:
        return actor
    cited = max(named, key=lambda m: m.span[0])
    actor.text, actor.span = cited.text, cited.span
    return actor


# conflict acts done on the doer's own ground ("sent troops into Chechnya"): kept with no other
# target when the one named is the doer itself
SELF_AIMED_ROOTS = lexicon.FORCE_CODES - {"16"}


POSTURE_ROOT = "15"  # mobilizing, alerts and deployments
STATEMENT_ROOT = "01"  # public statements: condolences, optimism, pessimism, options weighed


def _own_region(target: ActorRef, sources: list[ActorRef]) -> ActorRef:
    """A region of the doer's own state that a deployment is sent to ('Indonesia sent troops
    to Aceh') is aimed at, as a part of that state: its name resolves to the state's actor,
    which made it the doer itself, so the region loses that actor id and the pair is kept
    (IDN -> IDN, the state acting at home). A name of the state itself stays the doer."""
    if target.implied or target.sector or target.actor_id is None or not target.country:
        return target
    key = norm_key(target.text.casefold().removeprefix("the "))
    if key in STATE_ABBREVIATIONS or kb.own_state_name(key, target.country) or any(
            norm_key(s.text.casefold().removeprefix("the ")) == key for s in sources):
        return target
    if not any(s.actor_id == target.actor_id and s.span != target.span and not s.implied
               for s in sources):
        return target
    return replace(target, actor_id=None)


def _pairs(
    sources: list[ActorRef], targets: list[ActorRef], reciprocal: bool, act: bool = False
) -> list[tuple[ActorRef, ActorRef | None]]:
    """One (source, target) per pair; conjoined sources of mutual acts pair with each other.
    An act of force or coercion (act) aimed only at its doer's own ground is still done."""
    if targets:
        pairs: list[tuple[ActorRef, ActorRef | None]] = [
            (s, t) for s in sources for t in targets if not _same(s, t)]
        return pairs or [(s, None) for s in sources if act]  # "Russia sent troops into
        # Chechnya", "a bomber blew himself up": no other target; words aimed at oneself, none
    if len(sources) > 1 and reciprocal:
        return [(a, b) for i, a in enumerate(sources) for b in sources[i + 1 :]]
    return [(s, None) for s in sources]


# 'of X and Y' right after plural titles: the countries they are of ('the foreign ministers
# of France and Germany', 'officials from Ethiopia and Egypt')
JOINED_OF = re.compile(r"\s+(?:of|from)\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*\s+and\s+"
                       r"(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*")


# A group that stands for the two parties just named ('the two sides', 'both countries')
TWO_SIDES = re.compile(r"\b(?:two|both)\s+(?:sides|countries|nations|governments|parties|"
                       r"leaders|ministers|neighbours|neighbors|militaries|armies|"
                       r"delegations)$", re.IGNORECASE)
SIDES_LOOKBACK = 400  # characters before the group: its sentence and the one before
# Words before a mention that make it a venue or a host, no side ('talks in Kenya', 'a summit
# hosted by Indonesia'), and after one that make it a host ('Kenya hosted talks between ...')
PLACE_BEFORE = re.compile(r"\b(?:in|at|near|to|from|into|across|hosted\s+by)\s+(?:the\s+)?$",
                          re.IGNORECASE)
HOST_AFTER = re.compile(r"\s+(?:hosted|hosts|is\s+hosting|was\s+hosting)\b", re.IGNORECASE)


def _two_sides(mentions: list[Mention], side: ActorRef, sentence: tuple[str, int],
               article: str, doers: tuple[ActorRef, ...] = ()) -> list[ActorRef]:
    """The two parties 'the two sides' stands for: the nearest named actors of the two
    countries named before it, in its sentence, or in the one before when its own names none
    ('During talks with Russia's Shoigu, Li Shangfu said the two sides will expand
    cooperation': Li Shangfu and Shoigu), neither of the ``doers`` countries ('the UN urged
    the two sides') nor a venue or host; [side] when it is no such group, when more or fewer
    countries are named, or in sports news."""
    text, base = sentence
    if side.span is None or is_coded(side) or not TWO_SIDES.search(
            text, max(0, side.span[0] - base - 5), side.span[1] - base):
        return [side]
    start = max(0, base - SIDES_LOOKBACK)
    window = article[start : side.span[0]]
    if SCORELINE.search(window) or domain_text(window.lower()):
        return [side]  # "Germany beat France 2-1 ... the two sides will meet again": teams
    before = sorted((m for m in nearby(mentions, start, side.span[0])
                     if start <= m.span[0] and m.span[1] <= side.span[0]
                     and m.country and m.kind not in ("PRON", "GROUP")
                     and not PLACE_BEFORE.search(article, max(0, m.span[0] - 20), m.span[0])
                     and not HOST_AFTER.match(article, m.span[1])
                     and all(m.country != d.country for d in doers)),
                    key=lambda m: -m.span[0])  # not "talks in Kenya": a venue
    own = [m for m in before if m.span[0] >= base]
    before = own or before  # the sentence's own parties first; the one before only when it
    # names none ("during Li Shangfu's visit, the two sides agreed" is not the last story's)
    countries = list(dict.fromkeys(m.country for m in before))
    if not 1 <= len(countries) <= 2 or len(countries) < (1 if doers else 2):
        return [side]  # three states named ("signed a pact, angering China") or one: no
    # telling which two; of an act aimed at them, one side may be the doer's ('signed a deal
    # with X to strengthen ties between the two countries' aims at X)
    parties = [next(m for m in before if m.country == c) for c in reversed(countries)]
    return [replace(side, span=m.span, text=m.text, name=m.name or m.text, country=m.country,
                    sector=m.sector, actor_id=m.actor_id, role=m.role) for m in parties]


def _joined_sides(mentions: list[Mention], side: ActorRef,
                  sentence: tuple[str, int]) -> list[ActorRef]:
    """One side per country a joined description names ('Rwandan and Congolese troops',
    'Serbian and Kosovar leaders' with a demonym the tagger left out, 'the foreign ministers
    of France and Germany')."""
    if side.span is None or not side.country:
        return [side]
    text, base = sentence
    joined = JOINED_OF.match(text, side.span[1] - base) if side.text.endswith("s") else None
    if " and " not in side.text and joined is None:
        return [side]
    end = base + joined.end() if joined is not None else side.span[1]
    sides = [side]
    for m in nearby(mentions, side.span[0], end):
        if (side.span[0] < m.span[0] and m.span[1] <= end and m.country
                and m.country not in {s.country for s in sides} and m.kind != "PRON"):
            sides.append(replace(side, span=m.span, country=m.country, actor_id=None,
                                 name=m.name or m.text))
    shared = SHARED_DEMONYM.search(side.text)  # 'Greek and Turkish Cypriot leaders'
    if shared is not None and len(sides) == 1:
        return _community_sides(side, shared) or sides
    pair = JOINED_DEMONYMS.search(side.text)  # demonyms no mention holds
    if pair is None:
        return sides
    for group in (1, 2):
        country = kb.bundled().demonyms.get(pair.group(group).lower())
        if country and country not in {s.country for s in sides}:
            span = (side.span[0] + pair.start(group), side.span[0] + pair.end(group))
            sides.append(replace(side, span=span, country=country, actor_id=None,
                                 name=pair.group(group)))
    return sides


# Two demonyms joined before a common noun ('Serbian and Kosovar leaders'), not a compound
# one ('Greek and Turkish Cypriot leaders': both Cypriot)
JOINED_DEMONYMS = re.compile(r"\b([A-Z][a-z]+) and ([A-Z][a-z]+) (?=[a-z])")


# Two community words sharing one demonym before a common noun ('Greek and Turkish Cypriot
# leaders'): a side each, both of the shared demonym's country
SHARED_DEMONYM = re.compile(r"\b([A-Z][a-z]+) and ([A-Z][a-z]+) ([A-Z][a-z]+) (?=[a-z])")


def _community_sides(side: ActorRef, shared: re.Match[str]) -> list[ActorRef]:
    """One side per community ('Greek Cypriot', 'Turkish Cypriot') when both are demonyms of
    one country the knowledge base knows; [] otherwise."""
    demonyms, last = kb.bundled().demonyms, shared.group(3).lower()
    countries = [demonyms.get(f"{shared.group(g).lower()} {last}") for g in (1, 2)]
    if side.span is None or not all(countries):
        return []
    return [replace(side, span=(side.span[0] + shared.start(g), side.span[0] + shared.end(g)),
                    country=c, actor_id=None, name=f"{shared.group(g)} {shared.group(3)}")
            for g, c in zip((1, 2), countries, strict=True)]


def _implied_doers(targets: list[ActorRef]) -> list[ActorRef]:
    """The unnamed doer of a coercion its undergoer is the subject of ("X was jailed"): the
    authorities of X's state, implied (no mention, evidenced by X's span), as the CAMEO
    convention codes an arrest by unnamed police; nobody when nothing undergoes it."""
    if not targets or targets[0].span is None:
        return []
    country = next((t.country for t in targets if t.country in kb.bundled().isos), None)
    if not country:
        return [ActorRef(text="authorities", span=targets[0].span, implied=True)]
    return [implied_country(country, targets[0].span, "GOV")]


# Protest words a crowd's act starts with ("protested", "marched", "rallies", "went on strike")
PROTEST_STEMS = ("protest", "march", "rall", "demonstrat", "strik", "went on strike",
                 "boycott", "riot", "blockad", "picket", "sit-in", "storm", "walk",
                 "took", "take")  # "thousands took to the streets"

# Crowds a protest's unnamed doers are called by ("thousands marched in Lagos")
CROWD_HEADS = frozenset({"thousands", "hundreds", "tens", "dozens", "crowds", "crowd", "people",
                         "demonstrators", "protesters", "marchers", "residents", "students",
                         "workers", "youths", "women", "farmers", "supporters", "activists"})
# Acts of force CAMEO codes by where they happen when the text names no doer; the harm stems
# among them (accidents kill and fire too) need an attack word elsewhere in the sentence
FORCE_STEMS = ("attack", "ambush", "shell", "bomb", "kidnap", "abduct", "hijack", "storm",
               "raid", "massacr", "behead", "assassinat", "tortur", "kill", "shoot", "shot", "fire",
               "opened fire", "rape", "raping")  # "women were raped in villages around
# Tawila": done by armed men the text leaves unnamed
HARM_STEMS = ("kill", "shoot", "shot", "fire", "opened fire")
# Subjects that are the weapon or the attack, not a doer ("a roadside bomb killed four
# soldiers", "a bombing at a mosque killed 59 worshippers")
WEAPON_HEADS = frozenset({"bomb", "bombs", "explosives", "ied", "rocket", "rockets", "missile",
                          "missiles", "mortar", "mortars", "grenade", "grenades", "shell", "shells",
                          "bombing", "bombings", "airstrike", "airstrikes", "shelling", "blast",
                          "blasts", "ambush", "raid", "raids", "explosion", "explosions",
                          "bomber", "bombers", "drone", "drones", "landmine", "landmines",
                          "minefield", "device", "devices"})  # not "a heart attack"; a
# device only as a weapon's doer (detect: "a roadside device struck a convoy")
ATTACK_HEADS = frozenset({"attack", "attacks", "strike", "strikes", "fire", "barrage",
                          "barrages", "round", "rounds"})  # "artillery fire", not "a fire"
# what makes an attack or a strike an armed one ("an air strike", not "a heart attack")
ARMED_MODIFIERS = frozenset({"air", "drone", "missile", "rocket", "suicide", "terror",
                             "terrorist", "militant", "jihadist", "insurgent", "rebel", "mortar",
                             "artillery", "grenade", "gun", "bomb", "knife", "arson", "sniper",
                             "tank"})
# Weapons that are also goods ('delivery drones hit the market'): armed only when they attack
DUAL_USE_HEADS = frozenset({"drone", "drones"})
# Impact verbs by which such a weapon strikes ('drones struck a fuel depot'), not a market
IMPACT_STEMS = ("hit", "struck", "strik", "slam", "pound")
# What drones strike as weapons: sites, facilities, vehicles and gatherings, never a market
STRUCK_SITES = frozenset({
    "depot", "base", "airbase", "airport", "airfield", "refinery", "terminal", "station",
    "substation", "plant", "port", "building", "block", "house", "home", "homes", "school",
    "hospital", "party", "wedding", "funeral", "convoy", "position", "positions", "post",
    "checkpoint", "camp", "barracks", "bridge", "warehouse", "facility", "facilities",
    "infrastructure", "village", "town", "city", "district", "ship", "vessel", "tanker",
    "headquarters", "compound", "gathering", "pipeline", "arsenal"})
# Drones by their trade, goods rather than weapons ('delivery drones', 'consumer drones')
TRADE_DRONES = frozenset({"delivery", "consumer", "agricultural", "camera", "commercial",
                          "hobby", "racing", "toy", "farm", "crop", "photography"})
# Collective words before 'of' that stand for what they count ('a swarm of drones')
SWARM_HEADS = frozenset({"swarm", "wave", "salvo", "volley", "fleet", "flock", "barrage"})
# Verbs of casualties, by which an attack on someone is an armed one ('killed 25', 'wounded')
CASUALTY_STEMS = ("kill", "wound", "injur", "left", "claim", "maim")
# What makes an attack on someone no armed one ('a shark attack on a surfer')
UNARMED_MODIFIERS = frozenset({"heart", "shark", "dog", "animal", "bear", "crocodile",
                               "elephant", "snake", "cyber", "panic", "asthma", "verbal",
                               "political", "legal", "personal", "hacker", "ransomware"})
# Words after a shooting that make it a killing or a downing ('shot dead', 'gunned down'),
# no accident's nor a sport's
DEADLY_PARTICLES = frozenset({"dead", "down"})
SHOOTING_STEMS = ("shot", "shoot", "gunned", "gun")
# Phrases telling that people came under armed attack ('their patrol came under fire'): the
# 'fire' of them is no blaze
UNDER_FIRE = re.compile(r"\b(?:came|come|comes|coming)\s+under\s+(?:heavy\s+|sniper\s+|rocket\s+|"
                        r"mortar\s+|machine-gun\s+|gun\s+|small-arms\s+)?(?:fire|attack)\b",
                        re.IGNORECASE)
# An operation of a state's forces the harm happened in ('13 guerrillas were killed in an army
# operation'): an armed act
FORCE_OPERATION = re.compile(r"\b(?:in|during)\s+(?:an?|the)\s+(?:[a-z]+\s+)?(?:army|military|"
                             r"police|security|navy|naval|air\s+force)\s+(?:operation|offensive|"
                             r"raid|assault|sweep|crackdown|ambush)s?\b", re.IGNORECASE)
# Heads of a subject left unnamed on purpose ('unidentified men', 'masked assailants', with
# lexicon.UNNAMED_DOER_MODIFIERS): the text names no doer
UNNAMED_HEADS = frozenset({"men", "man", "gunmen", "gunman", "assailants", "assailant",
                           "killers", "killer", "assassins", "assassin",
                           "attackers", "attacker", "youths", "individuals", "persons", "people",
                           "intruders", "raiders", "militants", "group", "groups"})
# Dead victims of a deed told in their relative clause ('The bodies of 14 men, who had been shot,
# were found'): a killing, no accident's nor a sport's shot
BODIES_OF = re.compile(r"\b(?:bodies|corpses|body|corpse)\s+of\b[^,.;]*,\s+(?:who|whom)\s+"
                       r"(?:had\s+|have\s+)?(?:been\s+|apparently\s+been\s+)?$", re.IGNORECASE)
# Stabbings, which code as political force only when aimed at a political figure
# (_political_victim) or an attempt on a life (a teenager stabbed in the street is a crime)
STAB_STEMS = ("stab", "knifed")
LIFE_ATTEMPT = re.compile(r"\bassassination\s+attempt|\battempt\s+(?:on|against)\s+(?:his|her|"
                          r"their|the\s+\w+'s)\s+li(?:fe|ves)\b|\battempted\s+assassination\b",
                          re.IGNORECASE)
# A doer named after 'by' ('claimed by Ukraine'): the text names who did an agentless act
BY_NAME = re.compile(r"\b(\w+) by [A-Z]")
# ... but not one who runs or owns the place hit ('a hospital run by Medecins Sans Frontieres')
KEEPER_PARTICIPLES = frozenset({"run", "owned", "operated", "managed", "founded", "funded",
                                "financed", "built", "staffed"})
# Doers unnamed by their very word: killers for hire ('hitmen shot dead a journalist')
UNNAMED_DOER_HEADS = frozenset({"hitmen", "hitman", "gunmen", "gunman"})
# What a shooting downs as an act of force ('shot down a helicopter'), not a proposal
DOWNED_HEADS = frozenset({"plane", "planes", "aircraft", "jet", "jets", "helicopter",
                          "helicopters", "airliner", "drone", "drones", "warplane", "warplanes",
                          "fighter", "bomber", "gunship", "gunships", "balloon"})
# Words that make harm unintended, which PLOVER's deliberate assault is not
ACCIDENTAL_WORDS = frozenset({"accidentally", "accidental", "inadvertently", "unintentionally"})
# Words of common crime or mishap by which an unattributed killing is no political act ('shot
# dead during a robbery', 'armed robbers beat a guard', 'accidentally shot')
CRIME_SCENE_WORDS = frozenset({"robbery", "robberies", "robber", "robbers", "burglary",
                               "burglar", "burglars", "mugging", "carjacking", "carjackers",
                               "hunting", "hunter", "accidentally", "accidental", "stray",
                               "gang", "gangs", "dispute", "quarrel", "feud", "estranged",
                               "brawl", "fight", "argument", "nightclub"})
# What a kidnapping is for when it is crime ('held for ransom'): a kidnapping of no political
# victim (_political_victim) then has no doer of the place
RANSOM_WORDS = frozenset({"ransom", "ransoms"})
# A year an act is dated to ('in 1998', 'in early 2004')
IN_YEAR = re.compile(r"\bin\s+(?:early\s+|late\s+|mid-)?(?:1[89]|20)\d\d\b")
# Sectors of commoners whose lone abduction with no doer named is crime (_commoner_taken);
# a word of no known sector may be an official the knowledge base lacks ("a town councillor")
COMMONER_SECTORS = frozenset({"CVL", "EDU", "BUS", "LAB"})
ABDUCTION_CODE = "181"
# Doers named as common criminals, whose force is crime (_common_criminal)
COMMON_CRIMINALS = frozenset({"robber", "robbers", "burglar", "burglars", "thief", "thieves",
                              "mugger", "muggers", "carjacker", "carjackers", "shoplifters",
                              "pickpockets", "housebreakers"})
# Codes that need a stated doer: expulsions, attempts, blockades ("drove from his home")
STATED_DOER_CODES = frozenset({"201", "185", "144"})
ATTACK_WORDS = (lexicon.WEAPONS - {"strike"}) | frozenset({  # "the dockers' strike hit exports"
    "gun", "guns", "gunmen", "gunman", "shot", "shooting", "bomb", "bombs", "explosives",
    "suicide", "airstrike", "airstrikes", "rockets", "missiles", "shells", "attackers",
    "grenades", "ied", "massacre", "militants", "insurgents", "jihadists", "rebels",
    "bombing", "bombings", "shelling", "ambush", "landmine", "landmines", "clashes",
    "gunbattle", "gunfight", "firefight", "shootout", "crossfire", "sniper"})
ACCIDENT_WORDS = frozenset({
    "accident", "crash", "crashed", "collision", "collided", "overturned", "derailed", "flood",
    "flooding", "floods", "floodwaters", "earthquake", "quake", "landslide", "storm", "cyclone",
    "hurricane", "typhoon", "tornado", "fire", "blaze", "gas", "leak", "collapse", "collapsed",
    "lightning", "drowned", "stampede", "mine", "mining", "factory", "plant", "boiler",
    "fireworks", "explosion", "truck", "lorry", "vehicle"})
# Weapons left from an old war (lexicon.WAR_REMNANT_MARKS)
WAR_REMNANTS = re.compile(r"\b(?:" + "|".join(lexicon.WAR_REMNANT_MARKS) + r")\s+(?:land)?"
                          r"(?:mines?|shells?|bombs?|ordnance|munitions?)\b|\bunexploded\b",
                          re.IGNORECASE)
# Harm in a drill, no attack ('a soldier was killed in a training exercise')
DRILL_MISHAP = re.compile(r"\b(?:in|during)\s+(?:an?|the)\s+(?:[a-z-]+\s+)?(?:training|"
                          r"exercise|drill)s?\b", re.IGNORECASE)
# Words of a bomb attack by which a truck or a car in the sentence carries the bomb ('a truck
# bomb', 'a suicide bomber drove a truck packed with explosives'), no road accident
BOMB_WORDS = frozenset({"bomb", "bombs", "bomber", "bombers", "explosives", "suicide", "landmine",
                        "landmines"})
BOMB_CARRIERS = frozenset({"truck", "lorry", "vehicle"})
# ... and where a blast of no named weapon is an accident ('an explosion at a refinery'), though
# drones or missiles may hit such places
BLAST_ACCIDENT_WORDS = frozenset({"refinery", "cylinder", "fuel", "ammonium", "nitrate",
                                  "warehouse", "furnace", "reactor", "tanker", "petrol",
                                  "gasoline", "diesel", "chemical", "chemicals", "laboratory",
                                  "kitchen", "cooking", "propane", "methane", "pipeline",
                                  "armoury", "armory", "arsenal", "ammunition",
                                  "munitions"})  # not a bus depot
EXPLOSION_HEADS = frozenset({"explosion", "explosions", "blast", "blasts"})


def _common_criminal(frame: Frame, source: ActorRef) -> bool:
    """Whether the doer of force is named as a common criminal ('robbers shot dead a bank
    guard', 'thieves killed a watchman'): crime, no political act (pirates and bandits, who
    raid and take hostages, stay doers)."""
    words = source.text.lower().split()
    return frame.code[:2] in lexicon.VIOLENCE_CODES and bool(words) and (
        words[-1] in COMMON_CRIMINALS)


# Heads of abstract things a nationality adjective gives a country ('the Greek crisis', 'the
# Chinese economy'): no one who speaks, asks or agrees
ABSTRACT_HEADS = frozenset({
    "crisis", "situation", "economy", "conflict", "row", "dispute", "scandal", "affair",
    "issue", "problem", "debate", "recession", "turmoil", "downturn", "slowdown", "market",
    "markets", "trend", "question", "stalemate", "standoff", "impasse", "focus", "aim", "goal",
    "purpose", "objective", "priority"})  # "the focus of the minister's visit is to express
# support": the minister's, told by no doer


def _abstract_doer(frame: Frame, source: ActorRef) -> bool:
    """Whether a doer of words or cooperation (roots 01-13) is an abstract thing of a country
    ('the Greek crisis underlined the need for reform'), no actor; force keeps its doers."""
    words = source.text.lower().split()
    return frame.code[:2] < "14" and source.actor_id is None and bool(words) and (
        words[-1] in ABSTRACT_HEADS)


def _illness_or_disaster(frame: Frame, source: ActorRef) -> bool:
    """Whether an uncoded doer of force is an illness or a disaster, which attacks no one."""
    words = source.text.lower().split()
    return (frame.code[:2] in lexicon.VIOLENCE_CODES and not is_coded(source)
            and bool(words) and words[-1] in lexicon.NATURAL_CAUSES)


def _victims_trade(frame: Frame) -> set[str]:
    """The words before the head of an act's people ('truck' of 'two Turkish truck drivers',
    'mine' of 'mine workers'): their trade, no accident of the act."""
    return {w for r in frame.targets if _people(r)
            for w in _words(r.text) - _words(r.head_text)}


def _named_by(text: str) -> bool:
    """Whether a sentence names a doer after 'by' ('claimed by Ukraine', 'killed by Taliban
    fighters'), not the keeper of what was hit ('a clinic run by Save the Children')."""
    return any(m.group(1).lower() not in KEEPER_PARTICIPLES for m in BY_NAME.finditer(text))


def _unattributed(frame: Frame, text: str) -> bool:
    """Whether a frame is a crowd's protest or an attack whose doer the text leaves unnamed."""
    root, trigger = frame.code[:2], frame.trigger.lower()
    dated = _dated_deed(frame, text)  # 'The kidnapping of X in Y on Sunday': no described act
    if (frame.nominal and not dated) or frame.code in STATED_DOER_CODES or (
            not dated and _described_act(frame, text)):
        return False
    heads = {_counted_head(r, text) for r in frame.sources}
    before = set(text[: frame.trigger_span[0]].lower().split()[-1:]) & WEAPON_HEADS
    heads = before or heads  # 'Intense shelling pounded': the parser's adjective subject
    if root == "14":  # "thousands marched in Lagos"; "battles raged" is no protest
        return trigger.startswith(PROTEST_STEMS) and bool(heads) and heads <= CROWD_HEADS
    armed_by = [r.text for r in frame.sources if _armed_attack(r.text) or (
        trigger.startswith(CASUALTY_STEMS) and _attack_on(r, text)) or _unnamed_group(r)]
    armed = bool(armed_by) or _tells_armed_attack(text)  # "was killed in an air strike"
    deadly = _deadly_shooting(frame, text) or bool(  # "was shot dead", "came under fire",
        UNDER_FIRE.search(text) or FORCE_OPERATION.search(text)  # "in an army operation"
        or BODIES_OF.search(text, 0, frame.trigger_span[0]))  # "the bodies of 14 men, who
    weapon = bool(heads) and heads <= WEAPON_HEADS and (  # "a bomb blast ripped through"
        not heads & DUAL_USE_HEADS or trigger.startswith(FORCE_STEMS)
        or _drones_strike(frame, text))  # "drones struck a depot", not "drones hit the market"
    if root not in lexicon.VIOLENCE_CODES or not (dated or trigger.startswith(FORCE_STEMS)
                                                  or armed or weapon or deadly
                                                  or _life_attempt(frame, text)):
        return False
    if not (frame.targets or frame.sources) or not (heads <= WEAPON_HEADS or armed):
        return False  # nobody undergoes it; "two men beat", "his vehicle struck": named doers
    words = _words(text) - _words(" ".join(armed_by))  # "artillery fire" is no blaze
    words -= _victims_trade(frame)  # 'two truck drivers were kidnapped': no road accident
    if words & RANSOM_WORDS and frame.code == ABDUCTION_CODE:
        return False  # 'a businessman's son was kidnapped and held for ransom': crime
    if UNDER_FIRE.search(text):
        words -= {"fire"}  # "came under fire": an attack, no blaze
    if heads & EXPLOSION_HEADS:  # 'an explosion at a bus station killed 12': the blast that
        words -= EXPLOSION_HEADS  # acts tells no mishap (as 'a blast at a market' or 'an
        # explosion killed' do not); gas, a factory or a mine would
    accidents = ACCIDENT_WORDS | (BLAST_ACCIDENT_WORDS if heads & EXPLOSION_HEADS else frozenset())
    if words & BOMB_WORDS:
        accidents -= BOMB_CARRIERS  # "a suicide bomber drove a truck": the truck is the bomb's
    if (words - set(trigger.split())) & (accidents | CRIME_SCENE_WORDS) or _named_by(
            text) or WAR_REMNANTS.search(text) or DRILL_MISHAP.search(text):
        return False  # "claimed by Ukraine": the text names the doer
    return dated or armed or deadly or not trigger.startswith(HARM_STEMS) or bool(
        (words - set(trigger.split())) & ATTACK_WORDS) or bool(heads & EXPLOSION_HEADS)


# A day that dates an act to the news ('on Wednesday', 'overnight'), not history's deeds
NEWS_DAY = re.compile(r"\b(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
                      r"overnight|yesterday|last\s+night|earlier\s+this\s+week)\b")
# A year searched for in running text, 1800-2099 only: unlike lexicon.BARE_YEAR (any 1000-2099,
# matched whole on a token already tagged a date), a bare '1500' here is mostly a count
YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
# Deeds named by a noun that the news reports in their own right as its subject ('The
# assassination of X in Belgrade on Wednesday shocked ...'): abductions, assaults, bombings,
# assassinations and mass killings
DATED_DEED_ROOTS = frozenset({"18", "19", "20"})
# Words before such a deed's noun that begin the sentence with it as the news ('Following the
# bombing of a market in X on Saturday, ...', 'After the abduction of ...')
DEED_LEADS = frozenset({"following", "after"})


# 'since' before an act named by a noun, a few words back ('since its 1990 invasion')
SINCE_ACT = re.compile(r"\bsince\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)


SINCE_MARK = re.compile(r"\bsince\s+$", re.IGNORECASE)


def _since_clause(frame: Frame, text: str) -> bool:
    """Whether a verb's act is what time is counted from ('the first such exercises since the
    two countries settled their border dispute'): background, no news of the day."""
    if frame.nominal or not frame.sources or frame.sources[0].phrase[0] > frame.trigger_span[0]:
        return False
    mark = SINCE_MARK.search(text, 0, frame.sources[0].phrase[0])
    if mark is None or not COUNTED_FROM.search(text, 0, mark.start()):
        return False  # "recalled its ambassador since Iran had expelled two diplomats": a cause
    clause = CLAUSE_END.split(text[frame.trigger_span[1]:], maxsplit=1)[0]
    return not _words(clause) & RECENT_WORDS  # 'since Israel shut the crossings on Thursday':
    # a closure of the week is the news


# What counts time from a 'since' clause: a perfect tense or a superlative before it ('have
# not met since', 'the first such manoeuvres since'), not a cause ('rejected it since ...')
COUNTED_FROM = re.compile(r"\b(?:has|have|had|first|last|worst|largest|biggest|highest|lowest|"
                          r"deadliest|only)\b[^.;]*$", re.IGNORECASE)
CLAUSE_END = re.compile(r"[,;]|\.(?:\s|$)")
RECENT_WORDS = lexicon.WEEKDAYS | frozenset({
    "yesterday", "today", "tonight", "week", "weekend", "night", "morning", "afternoon",
    "evening", "hours", "ago", "earlier"})


def _since_history(frame: Frame, text: str) -> bool:
    """Whether an act of force named by a noun is what a state has lasted since, dated to a
    year ('Iraq has been under sanctions since its invasion of Kuwait in 1990'): history."""
    if not frame.nominal or frame.code[:2] not in lexicon.VIOLENCE_CODES:
        return False
    since = SINCE_ACT.search(text, 0, frame.trigger_span[0])
    if since is None:
        return False
    end = re.search(r"[,;]|\.(?:\s|$)", text[frame.trigger_span[1]:])
    return bool(YEAR.search(text, since.start(), frame.trigger_span[1] + (
        end.start() if end else len(text))))


def _dated_past_deed(frame: Frame, text: str) -> bool:
    """Whether the doer of force is a deed named by a noun and dated to a year ('The bombing of
    Dresden in 1945 killed ...', 'The 2004 bombing of trains in Madrid killed 191'): history
    told again, no news."""
    return frame.code[:2] in lexicon.VIOLENCE_CODES and any(
        r.head_text.lower() in WEAPON_HEADS and YEAR.search(text, r.phrase[0],
                                                            frame.trigger_span[0])
        for r in frame.sources if r.phrase[1] <= frame.trigger_span[0])


def _dated_deed(frame: Frame, text: str) -> bool:
    """Whether an act named by a noun heads its sentence with a victim and a news day ('The
    kidnapping of three Italian engineers in the Niger Delta on Sunday was ...'), no
    anniversary or background ('the 1994 genocide')."""
    if frame.code[:2] not in DATED_DEED_ROOTS or not frame.targets:
        return False
    before = text[: frame.trigger_span[0]].split()
    led = len(before) == 2 and before[0].lower() in DEED_LEADS  # 'Following the kidnapping
    # of two engineers in X on Monday, the firm ...': the news the sentence starts from
    return (len(before) <= 1 or led) and bool(NEWS_DAY.search(text)) and not YEAR.search(text)


def _lone_news_deed(frame: Frame, text: str) -> bool:
    """Whether a dated deed named by a noun is news only where the sentence tells no other
    act: an attack ('An attack on a police post in X on Saturday left five dead') or a deed
    the sentence starts from ('Following the kidnapping of ... on Monday, the firm ...')."""
    return frame.nominal and not frame.sources and _dated_deed(frame, text) and (
        frame.code[:2] == "19" or len(text[: frame.trigger_span[0]].split()) == 2)


def _drop_lone_deeds(found: list[tuple[Frame, Event]],
                     lone: set[int]) -> list[tuple[Frame, Event]]:
    """Drop the events of lone news deeds (``_lone_news_deed``) where another frame of the
    sentence has a doer of a known country ('After the bombing of its embassy, the United
    States put its forces on alert': the alert is the news)."""
    if not any(id(f) not in lone and e.source is not None and e.source.country
               for f, e in found):
        return found
    return [(f, e) for f, e in found if id(f) not in lone]


def _life_attempt(frame: Frame, text: str) -> bool:
    """Whether an agentless stabbing is called an attempt on a life ('in what police called an
    assassination attempt'): a political assault whose doer the place names, no street crime."""
    return not frame.sources and frame.trigger.lower().startswith(STAB_STEMS) and bool(
        LIFE_ATTEMPT.search(text))


def _unnamed_group(role: Role) -> bool:
    """Whether a subject is people the text leaves unnamed ('unidentified men', 'masked
    assailants', 'armed men', 'hired killers', 'hitmen'): the doer of an act whose place then
    names its country."""
    words = role.text.lower().split()
    head = role.head_text.lower()
    if role.entity in NAMED_ACTORS:
        return False
    return head in UNNAMED_DOER_HEADS or bool(
        set(words[:-1]) & lexicon.UNNAMED_DOER_MODIFIERS) and (
        head in UNNAMED_HEADS)  # not 'masked dancers', 'armed forces'


def _deadly_shooting(frame: Frame, text: str) -> bool:
    """Whether a shooting killed or downed what it hit ('two policemen were shot dead', 'was
    gunned down'), no shot at goal nor a shoot of a film."""
    after = {w.strip(".,;:") for w in text[frame.trigger_span[1]:].lower().split()[:1]}
    if not frame.trigger.lower().startswith(SHOOTING_STEMS) or not after & DEADLY_PARTICLES:
        return False
    return "dead" in after or frame.trigger.lower().startswith("gun") or any(
        r.head_text.lower() in DOWNED_HEADS for r in frame.targets)  # 'gunned down'; 'shot
    # down' a craft


def _counted_head(role: Role, text: str) -> str:
    """A subject's head, or what its collective word counts ('a swarm of drones': drones)."""
    head = role.head_text.lower()
    after = text[role.phrase[1]:].lower().split()[:3]
    if head in SWARM_HEADS and after[:1] == ["of"]:
        counted = [w.strip(".,;:") for w in after[1:] if w.strip(".,;:") in WEAPON_HEADS]
        return counted[0] if counted else head
    return head


def _drones_strike(frame: Frame, text: str) -> bool:
    """Whether drones as subject strike as weapons: an impact verb on a site, a facility or
    people ('drones hit the wedding party'), not drones of a trade ('delivery drones hit the
    market') nor a figure of speech ('struck a chord')."""
    subject = {w.strip(".,;:") for r in frame.sources for w in r.text.lower().split()}
    if not frame.trigger.lower().startswith(IMPACT_STEMS) or subject & TRADE_DRONES:
        return False
    return any(r.head_text.lower() in STRUCK_SITES or _people(r) for r in frame.targets)


def _tells_armed_attack(text: str) -> bool:
    """Whether a sentence names an armed attack by its two words ('an air strike', 'a suicide
    attack'), not a heart attack or a general strike."""
    words = text.lower().replace("-", " ").split()
    return any(a in ARMED_MODIFIERS and b.strip(".,;:") in ATTACK_HEADS
               for a, b in zip(words, words[1:], strict=False))


def _armed_attack(phrase: str) -> bool:
    """Whether a subject phrase is an armed attack ('an air strike', 'a drone strike')."""
    words = phrase.lower().replace("-", " ").split()
    heads = [i for i, w in enumerate(words) if w in ATTACK_HEADS]
    return bool(heads) and bool(set(words[: heads[0]]) & ARMED_MODIFIERS)


def _attack_on(role: Role, text: str) -> bool:
    """Whether a subject is an attack on or against someone ('an attack on a mosque in Herat
    killed 25'), not a heart or shark attack: an armed attack whose doer is unnamed."""
    words = role.text.lower().replace("-", " ").split()
    after = text[role.phrase[1]:].split()[:1]
    return (role.head_text.lower() in ("attack", "attacks") and after in (["on"], ["against"])
            and not set(words) & UNARMED_MODIFIERS)


RELATIVES = lexicon.RELATIVES
RELATIVE_WORDS = RELATIVES | {"whose"}


# Victims whose assault is political news even when the text names no doer: officials,
# parties, courts, journalists, rights workers, international staff
VICTIM_SECTORS = lexicon.POLITICAL_SECTORS | {"MED", "HRI"}
# Words of a deadly act or a shooting the detector codes as force (19: 'were killed', 'was
# murdered', 'was shot and wounded'): on such victims an assault of the place's unnamed doers
# ('five soldiers were killed in Borno state')
KILLING_STEMS = ("kill", "murder", "slain", "slay", *SHOOTING_STEMS)
# The auxiliary of a passive told as news ('were killed', 'was reportedly shot'), not a
# participle saying who someone is ('a soldier killed in Afghanistan')
PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:[a-z]+ly\s+)?$",
                            re.IGNORECASE)


def _political_victim(frame: Frame, targets: list[ActorRef], text: str) -> bool:
    """Whether an agentless assault falls on a political figure ('the mayor of X was stabbed',
    'an opposition leader was beaten', 'survived an assassination attempt'): force whose doer is
    the place's, unlike a commoner's ('a teenager was stabbed': crime). Bare harm (180: 'were
    wounded') is left to the deed that caused it."""
    assault = frame.code[:2] == "18" and frame.code != "180"
    killing = frame.code[:2] == "19" and frame.trigger.lower().startswith(KILLING_STEMS) and all(
        _actor_role(r) or _people(r) for r in frame.targets) and bool(  # no 'advert was shot'
        PASSIVE_BEFORE.search(text, 0, frame.trigger_span[0]))  # 'the widow of a soldier
    # killed in Afghanistan': who he was, no news
    return ((assault or killing) and not frame.sources
            and not frame.nominal
            and not _described_act(frame, text) and any(t.sector in VICTIM_SECTORS for t in targets)
            and not _crime_or_mishap_told(text)) or _survived_attempt(frame, targets, text)


# An attempt on a life its victim survived or escaped ('survived an assassination attempt',
# 'escaped unhurt from an attempt on his life')
SURVIVED_ATTEMPT = re.compile(r"\b(?:survived?|survives|surviving|escaped?|escapes|escaping)\s+"
                              r"(?:unhurt\s+|unharmed\s+|unscathed\s+)?(?:from\s+)?(?:an?|the)\s+"
                              r"(?:[a-z]+\s+)?(?:assassination\s+attempt|attempt\s+on\s+)",
                              re.IGNORECASE)


def _survived_attempt(frame: Frame, targets: list[ActorRef], text: str) -> bool:
    """Whether an agentless act of force is an attempt on a political figure's life that the
    figure survived ('President X survived an assassination attempt in Tbilisi'): the
    assault of the place's unnamed doers, as the GSR codes it, not a described deed."""
    return (frame.code[:2] in ("18", "19") and not frame.sources
            and any(t.sector in VICTIM_SECTORS for t in targets)
            and bool(SURVIVED_ATTEMPT.search(text, 0, frame.trigger_span[1] + 20))
            and not _named_by(text))  # an attempt on a life is no mishap: the weapons' 'fire'


def _past_year_deed(frame: Frame, text: str) -> bool:
    """Whether an agentless act is dated to a year after it with no news day ('A police
    officer was killed in a bomb attack in Belfast in 1998'): history, whose doer no place
    names."""
    return (frame.code[:2] in lexicon.VIOLENCE_CODES
            and all(_is_scene(frame, r) for r in frame.sources)
            and bool(IN_YEAR.search(text, frame.trigger_span[1])) and not NEWS_DAY.search(text))


def _commoner_taken(frame: Frame, targets: list[ActorRef], text: str) -> bool:
    """Whether an agentless abduction takes one commoner told by an indefinite noun of no
    nation ('a girl was kidnapped from a shopping mall', 'a schoolboy was abducted on his way
    home') with no armed word: crime news; officials, clergy, nationals named by a demonym
    ('a Dutch aid worker') and mass abductions stay political."""
    words = frame.targets[0].text.split() if len(frame.targets) == 1 else []
    return (frame.code == ABDUCTION_CODE and len(targets) == 1
            and bool(words) and words[0].lower() in ("a", "an")
            and all(w[:1].islower() for w in words[1:])  # not 'a Dutch aid worker': a national
            and targets[0].sector in COMMONER_SECTORS
            and not _words(text) & ATTACK_WORDS)


def _foreign_captives(frame: Frame, targets: list[ActorRef], where: Location | None,
                      text: str) -> bool:
    """Whether an agentless abduction takes foreigners in the place it names ('a Filipino
    engineer was snatched in the Niger Delta'): political wherever it happens, its doers the
    place's (the GSR convention), unlike a local's kidnapping for ransom."""
    isos = kb.bundled().isos
    return (frame.code == ABDUCTION_CODE and not frame.sources and not frame.nominal
            and where is not None and where.country in isos
            and any(t.country in isos and t.country != where.country for t in targets)
            and not _described_act(frame, text) and not _crime_or_mishap_told(text))


def _crime_or_mishap_told(text: str) -> bool:
    """Whether a sentence tells an agentless act as crime or mishap (accident or crime-scene
    words, a drill) or names its doer after 'by': no place's unnamed doers for it."""
    return bool(_words(text) & (ACCIDENT_WORDS | CRIME_SCENE_WORDS)) or _named_by(
        text) or bool(DRILL_MISHAP.search(text))


def _described_act(frame: Frame, text: str) -> bool:
    """Whether the act is described, its doer named elsewhere ('charged with murdering')."""
    before = text[: frame.trigger_span[0]].lower().split()[-1:]
    if before == ["to"] or any(r.text.lower() in RELATIVES for r in frame.sources):
        return True  # "seeking to overthrow": an aim; "the attack, which killed": its doer's
    first = frame.trigger.lower().split()[0]
    gerund = first.endswith("ing") and first not in WEAPON_HEADS  # "shelling killed": an act
    return gerund and (not frame.sources or before[:1] in (["with"], ["of"], ["for"]))


def _unnamed_doers(mentions: list[Mention], frame: Frame, sentence: tuple[str, int],
                   where: Location | None, targets: list[ActorRef],
                   ) -> tuple[list[ActorRef], list[ActorRef]]:
    """An unattributed act's implied doer and its targets. Where the named town is only the
    scene ('hit a hospital in Kharkiv', 'a drone strike killed a commander in North
    Waziristan'), the unnamed doer takes the place's country (the GSR convention); where the
    town itself is what heavy weapons hit ('heavy shelling hit Kharkiv'), the doer is unknown
    armed forces of no country, the town's state being the target."""
    origin = _launched_from(mentions, sentence, targets)
    scene = where if where is not None and where.country and not _place_is_target(frame) else (
        _scene(mentions, sentence, targets))
    if origin is not None and origin.country:  # 'rockets fired from Gaza struck Sderot'
        return [implied_country(origin.country, origin.span, "UAF")], _hit_from_afar(
            frame, targets, origin, scene)
    figure = _life_attempt(frame, sentence[0]) or _political_victim(
        frame, targets, sentence[0])  # 'a Brazilian candidate was stabbed', 'the president
    # survived an assassination attempt'
    hijacked = frame.trigger.lower().startswith("hijack")  # "an Ethiopian Airlines flight
    # was hijacked": the carrier's state, as for soldiers
    undergone = {t.country for t in targets if t.country in kb.bundled().isos
                 and (t.sector in SECURITY_SECTORS or figure or hijacked)}  # "killed two
    # Afghan soldiers"
    country = scene.country if scene is not None else (
        undergone.pop() if len(undergone) == 1 else None)
    evidence = scene.span if scene is not None else next(
        (t.span for t in targets if t.country == country), None)
    if country is None or evidence is None or _place_aimed_at(mentions, frame, sentence):
        return _unknown_shellers(frame, targets, sentence[0]), targets  # "shelling hit X"
    sector = None if frame.code[:2] == "14" else "UAF"
    for target in targets:
        if not target.country and target.sector and not target.implied:
            target.country = country  # "nine people", "villagers": of the place
    if frame.code[:2] == "14":
        targets = [t for t in targets if is_coded(t)]  # aimed at their state, not "the reform"
    elif frame.targets and not any(is_coded(t) for t in targets):  # 'a military helicopter
        targets = [implied_country(country, evidence)]  # was shot down over X': X's, as a
        # victim inside a country is that country's (the GSR convention)
    return [implied_country(country, evidence, sector)], targets


def _hit_from_afar(frame: Frame, targets: list[ActorRef], origin: Mention,
                   scene: Location | None) -> list[ActorRef]:
    """The targets of weapons fired from another state's ground: none of the origin's by the
    sentence's places alone ('villagers were wounded by shells fired from across the border
    in Myanmar'), and, where none is coded, the state of the scene they hit, implied ('shells
    fired from Myanmar landed in Bangladesh's Bandarban district, killing a young man')."""
    for target in targets:
        if target.country == origin.country and target.country_basis == "sentence":
            target.country, target.country_basis = None, ""
    if frame.targets and not any(map(is_coded, targets)) and scene is not None and (
            scene.country and scene.country != origin.country and scene.span is not None):
        return [implied_country(scene.country, scene.span)]
    return targets


# What weapons are 'fired from' or 'launched from': where their unnamed doers are
# ('shells fired from across the border in Myanmar', 'from across the frontier with X': the
# other side)
FROM_ACROSS = (r"from\s+(?:across\s+)?(?:the\s+)?(?:(?:border|frontier)\s+(?:in|of|with)\s+"
               r"(?:the\s+)?)?$")
LAUNCHED_FROM = re.compile(r"\b(?:fired|launched|shot|lobbed|fire)\s+" + FROM_ACROSS,
                           re.IGNORECASE)
CAME_ACROSS = re.compile(r"\b" + FROM_ACROSS, re.IGNORECASE)


def _launched_from(mentions: list[Mention], sentence: tuple[str, int],
                   targets: list[ActorRef]) -> Mention | None:
    """The named place weapons were fired or launched from ('rockets fired from Gaza'), of
    another country than what they hit (as the text places it: a country the sentence's one
    place lent them is no evidence)."""
    text, base = sentence
    hit = {t.country for t in targets if t.country_basis != "sentence"}
    return next((m for m in _in_sentence(mentions, sentence) if m.country
                 and m.country not in hit and m.kind in ("GPE", "LOC", "NORP")
                 and LAUNCHED_FROM.search(text[max(0, m.span[0] - base - 60): m.span[0] - base])),
                None)


# Ways a protest fills or blocks, no one it is aimed at ('blocked the Pan-American Highway')
ROUTE_NOUNS = STREET_NOUNS | frozenset({
    "highway", "highways", "motorway", "motorways", "expressway", "expressways", "avenue",
    "avenues", "boulevard", "bridge", "bridges", "railway", "railways", "railroad", "tracks"})


def _street(ref: ActorRef) -> bool:
    """Whether a protest's object is the street or the way it fills or blocks ('took to the
    streets of Lagos', 'blocked the main highway'): the state's is the protest."""
    return bool(set(ref.text.lower().split()[-1:]) & ROUTE_NOUNS)


# Words of heavy weapons, fired from afar (often from abroad) at a town
HEAVY_WEAPON_WORDS = frozenset({"shelling", "shells", "artillery", "missile", "missiles",
                                "rocket", "rockets", "drone", "drones", "airstrike", "airstrikes",
                                "strike", "strikes", "bombardment", "mortar", "mortars",
                                "barrage", "howitzer", "howitzers"})


def _unknown_shellers(frame: Frame, targets: list[ActorRef], text: str) -> list[ActorRef]:
    """The doer of heavy weapons named as the subject that hit a named town, or its people
    where no scene is named ('heavy shelling hit Kharkiv', 'missiles struck Kyiv'): unknown
    armed forces, implied and of no country, since the town's own state is the victim and the
    shellers are often foreign; none for a bare passive ('Bakhmut was shelled'), other acts,
    or victims of no known country."""
    town = next((t for t in targets if t.country and t.span is not None), None)
    words = _words(frame.trigger) | _words(" ".join(r.text for r in frame.sources)) | (
        _words(" ".join(text[: frame.trigger_span[0]].split()[-2:])))  # 'heavy shelling |
    # hit the city of Kharkiv', the subject left out of the frame
    if town is None or not words & (HEAVY_WEAPON_WORDS | SWARM_HEADS):
        return []  # 'a swarm' here is one of weapons: the act is unattributed
    return [ActorRef(text="unidentified armed forces", span=town.span, sector="UAF",
                     implied=True)]


def _place_aimed_at(mentions: list[Mention], frame: Frame, sentence: tuple[str, int]) -> bool:
    """Whether the act's object names a place (the town shelled), whose state is no attacker;
    people or an actor of a place ('the police chief of Tijuana') are no place."""
    text, base = sentence
    spans = [(base + r.head[0], base + max(r.phrase[1], r.phrase[0] + len(r.extended_text)))
             for r in frame.targets if r.head_text.lower() in TOWN_NOUNS
             or not (_actor_role(r) or _people(r))]  # 'the town of
    # Bakhmut'; not the 'US' of 'a US convoy' nor the town of 'the police chief of Tijuana'
    return any(s[0] <= m.span[0] and m.span[1] <= s[1] for s in spans
               for m in _in_sentence(mentions, sentence)
               if m.country and not m.sector and m.kind != "PRON"
               and not _where_it_is(text[: m.span[0] - base]))


def _where_it_is(before: str) -> bool:
    """Whether a place follows a word that says where its object is ('a commander in North
    Waziristan'), not that it is the object ('the town of Bakhmut')."""
    return bool(set(before.lower().split()[-1:]) & (LOCATIVES - {"of"}))


def _scene(mentions: list[Mention], sentence: tuple[str, int],
           targets: list[ActorRef]) -> Location | None:
    """The one-country place a sentence names, as a location (see ``_sentence_place``)."""
    country = _sentence_place(mentions, sentence, targets)
    if country is None:
        return _demonym_scene(mentions, sentence)
    text, base = sentence
    found = next((m for m in _in_sentence(mentions, sentence) if _is_place(m, sentence)
                  and m.country == country
                  and set(text[: m.span[0] - base].lower().split()[-3:]) & LOCATIVES), None)
    if found is None:  # 'in the Somali capital Mogadishu': the demonym says where
        scene = _demonym_scene(mentions, sentence)
        return scene if scene is not None and scene.country == country else None
    return Location(found.text, found.span, country)


# A place a demonym qualifies ('in the Russian city of Vladikavkaz', 'in Indian Kashmir', 'near
# the southern Philippine city of'): the place is of the demonym's country, whether or not the
# gazetteer knows it
DEMONYM_SCENE = re.compile(
    r"\b(?:in|near|outside|at|around|over|off)\s+(?:the\s+)?(?:(?:north|south|east|west|"
    r"central)(?:ern|-?(?:east|west)ern)?\s+|remote\s+|restive\s+)?([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)"
    r"\s+(?:(?:city|"
    r"town|village|capital|port|province|region|district|state|island|resort|coast|waters|"
    r"jungle|highlands|department|county|prefecture|governorate|enclave)\b|[A-Z][a-z]+\b"
    r"(?!\s+(?:troops|forces|soldiers|police|army|rebels|officials|guerrillas)))")


def _demonym_scene(mentions: list[Mention], sentence: tuple[str, int]) -> Location | None:
    """The one country whose demonym qualifies a place the sentence is in ('in the northern
    Iraqi city of Mosul', 'in Indian Kashmir'), as the location of an unattributed act."""
    text, base = sentence
    demonyms = kb.bundled().demonyms
    named = {m.span[0] - base: m.text.lower() for m in _in_sentence(mentions, sentence)
             if m.country and m.kind in ("GPE", "LOC")}
    found = [(m, demonyms[m.group(1).lower()]) for m in DEMONYM_SCENE.finditer(text)
             if m.group(1).lower() in demonyms
             and named.get(m.start(1), m.group(1).lower()) == m.group(1).lower()]  # 'at Saudi
    # Arabia': the demonym begins a country's own name
    if len({c for _, c in found}) != 1:
        return None
    match, country = found[0]
    span = (base + match.start(1), base + match.end(1))
    return Location(match.group(1), span, country)


# Words that make a named place where something happens ('near Gao', 'south of Kirkuk'), not
# an actor ('Russia accused ...')
LOCATIVES = frozenset({"in", "near", "outside", "at", "around", "of", "across", "inside",
                       "through", "into", "throughout", "along", "on"})
# ... and words before a place someone comes from ('his return from Belgium')
NOT_ACTING = LOCATIVES | {"from"}

# Words after a place name that leave it a place ('in the US on Monday'), not a modifier
PLACE_FOLLOWERS = NOT_ACTING | frozenset({"and", "or", "to", "for", "with", "by", "after",
                                           "before", "since", "during", "over", "last", "this",
                                           "on", "is", "was", "has", "had", "will", "would"})


def _same(a: ActorRef, b: ActorRef) -> bool:
    """Whether two references are one actor (same span or same actor id); an implied actor
    shares its evidence span with the actor it is inferred from, and is not that actor."""
    if a.implied or b.implied:
        return a.actor_id is not None and a.actor_id == b.actor_id
    return a.span == b.span or (a.actor_id is not None and a.actor_id == b.actor_id)


def _confidence(frame: Frame, source: ActorRef, target: ActorRef | None) -> float:
    """How sure we are: coded participants and our own lexicon entries raise it."""
    score = 0.4 + (0.3 if is_coded(source) else 0.15)
    if target is not None:
        score += 0.15 if is_coded(target) else 0.1
    if frame.own_table:
        score += 0.1
    if frame.purpose:
        score -= 0.05  # "summoned the envoy to complain": the complaint is the point
    return round(min(score, 1.0), 2)


def _event(
    ctx: ExtractContext,
    frame: Frame,
    sentence: tuple[str, int],
    where: Location | None,
    source: ActorRef,
    target: ActorRef | None,
) -> Event:
    """The event of one source-target pair of a frame in a sentence (its text, its offset)."""
    text, base = sentence
    info = codebook.info(_refined(frame.code, source, target))
    plover, mode = frame.plover or (info.plover, info.mode)
    span = (base, base + len(text))
    reach = frame.told_reach  # the words naming the act around the trigger, reported
    told = (frame.trigger_span[0] + reach[0], frame.trigger_span[1] + reach[1])
    trigger_span = (base + told[0], base + told[1])
    return Event(
        id=stable_id(ctx.article.id, span, info.code, _key(source), _key(target), trigger_span),
        article_id=ctx.article.id,
        sentence=text,
        span=span,
        code=info.code,
        root_code=info.root_code,
        plover=plover,
        mode=mode,
        trigger=text[told[0]:told[1]] if reach != (0, 0) else frame.trigger,
        trigger_span=trigger_span,
        source=source,
        target=target,
        location=where,
        confidence=_confidence(frame, source, target),
        negated=frame.negated,
        modality=frame.modality,
        quad_class=info.quad_class,
        goldstein=info.goldstein,
        label=info.label,
        source_url=ctx.article.url,
        published=ctx.article.published,
    )


# CAMEO separates expelling another state's officials, forces or agencies (166) from
# deporting people (174)
EXPELLED_SECTORS = frozenset({"GOV", "IGO", "NGO", "MIL"})


def _refined(code: str, source: ActorRef, target: ActorRef | None) -> str:
    """A deportation (174) of another state's officials or agencies is an expulsion (166)."""
    if code == "174" and target is not None and target.sector in EXPELLED_SECTORS and (
            target.country != source.country):
        return "1663" if target.sector == "NGO" else "166"  # aid agencies: 1663
    return code


def _key(ref: ActorRef | None) -> str:
    """A participant's part of an event id."""
    return "" if ref is None else f"{ref.span}|{ref.text}"


def _location(ctx: ExtractContext, frame: Frame, base: int) -> Location | None:
    """The event's place with its country, if the sentence names one."""
    if frame.place is None:
        return None
    return resolve_place(ctx.record.mentions, _participant(frame.place, base), _store(ctx))


def _drop_nominal_echoes(found: list[tuple[Frame, Event]]) -> list[Event]:
    """Drop noun events that repeat a verb event ("will impose sanctions", "came on a visit")."""
    verbal = {(f.trigger_span, e.root_code) for f, e in found if not f.nominal}

    def echoes(frame: Frame, root: str) -> bool:
        """Whether a noun frame lies in a verb trigger or under a verb event of its root."""
        if any(_within(frame.trigger_span, s) for s, _ in verbal):
            return True  # the verb's trigger names it, whatever the verb's code became
        span = frame.governor_span
        return span is not None and any(r == root and _within(span, s) for s, r in verbal)

    return [e for f, e in found if not (f.nominal and echoes(f, e.root_code))]


def _within(inner: tuple[int, int], outer: tuple[int, int]) -> bool:
    """Whether one character span lies inside another."""
    return outer[0] <= inner[0] and inner[1] <= outer[1]


extractors.add(
    "storyline.events.cameo.v1",
    Extractor(
        "storyline.events.cameo.v1",
        extract_events,
        requires=(),
        assigns=("events",),
    ),
)
