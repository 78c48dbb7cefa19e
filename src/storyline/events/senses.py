"""Word senses and role fixes of event predicates (the spaCy-facing part).

Split from detect.py: the rules that tell a coded verb from a business or other sense (offers,
prices, sharing, deals, protest stops, "under fire"), read codebook objects and prepositions,
and find where an act is aimed (helpers, posts, own means, counted objects).
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from storyline.actors.cache import code_phrase_cached
from storyline.actors.coding import TITLE_SECTORS, is_agent_word, place_of
from storyline.events import lexicon
from storyline.events.lexicon import (
    ACCIDENTAL_BLASTS,
    AERIAL_DOERS,
    AERIAL_WORDS,
    ARMED_BLOCKERS,
    BEAT_VERBS,
    BLAST_HEADS,
    BLOCK_VERBS,
    BOMB_KINDS,
    BOMB_WORDS,
    BURNED_OFFERINGS,
    COMBATANTS,
    COMMERCE_HEADS,
    CROWD_DAMAGE_VERBS,
    DEPORTED,
    FULFIL_VERBS,
    FULFILLED_NOUNS,
    GATHER_VERBS,
    HAZARDS,
    HELP_NOUNS,
    INSTITUTIONS,
    KILLED_THINGS,
    LIVE_ROUNDS,
    MASS_WEAPONS,
    MILITARY_CAMPAIGNS,
    MINES,
    MISSILE_VERBS,
    OFFERED_ACTS,
    ORDER_VERBS,
    PLACE_NOUNS,
    POLICE_WORDS,
    PROTEST_DOERS,
    PROTESTER_WORDS,
    PROTESTING_VERBS,
    QUARREL_VERBS,
    REPRESSORS,
    RIOT_VERBS,
    RIOTING_DOERS,
    SPORT_GROUNDS,
    VEHICLE_BOMB_HEADS,
    VETOED_OBJECTS,
    VICTIM_WORDS,
    WARNING_ROUNDS,
    WMD_NOUNS,
)
from storyline.events.politics import armed_sentence, coded_sector
from storyline.events.roles import (
    PLACE_PREPS,
    TARGET_PREPS,
    _event_noun,
    _is_named,
    _through_quantity,
)
from storyline.events.syntax import (
    dated,
    governing_verb,
    hyphen_after,
    infinitival,
    is_weapon,
    participle_modifier,
    prep_object,
    subject_and_agent,
    to_verb,
    verb_particle,
)

if TYPE_CHECKING:
    from spacy.tokens import Token


def _protest_stop(tok: Token) -> str:
    """Whose protest a stop ends: "own" ("suspended its march", "ended their strike", one it
    agreed to stop), "doer" (stopped by anyone but the state's agents: "the union postponed the
    rally"; extract drops state doers, `Frame.others_protest`), "" ("police stopped the march",
    "the march was cancelled by police": a ban, no yielding and no event)."""
    own = any(c.dep_ == "dobj" and any(p.dep_ == "poss" and p.pos_ == "PRON" for p in c.children)
              for c in tok.children)
    controller = _controller(tok)
    if own or (controller is not None and controller.lemma_.lower() in lexicon.COMMIT_WORDS):
        return "own"
    subject, agent, passive = subject_and_agent(tok)
    doer = agent if passive else subject
    return "doer" if doer is not None and doer.lower_ not in lexicon.PROTEST_STOPPERS else ""


def _habitual_offer(tok: Token) -> bool:
    """"X offers services": a present-tense offer to no named actor describes a business, not
    a proposal ("Japan offers aid to Turkey" stays)."""
    if tok.lemma_.lower() != "offer" or tok.tag_ not in ("VBZ", "VBP") or any(
            c.dep_ == "aux" for c in tok.children):
        return False
    partner = prep_object(tok, TARGET_PREPS) or next(
        (c for c in tok.children if c.dep_ == "dative"), None)
    return partner is None and not _named_partner_of_object(tok) and not any(
        c.dep_ == "dobj" and c.lemma_.lower() in OFFERED_ACTS for c in tok.children
    )  # "the EU offers aid to flood victims", "Russia offers talks" stay offers


def _named_partner_of_object(tok: Token) -> bool:
    """Whether the verb's object carries a "to" partner that names a state, people or body
    ("China offers loans to African nations": the parser hangs "to" on "loans")."""
    return any(
        (partner := prep_object(c, ("to",))) is not None
        and any(t.ent_type_ in ("GPE", "NORP", "ORG") for t in partner.subtree)
        for c in tok.children if c.dep_ == "dobj")


def _shared_with_nobody(tok: Token) -> bool:
    """"share their work / similar interests": sharing is an exchange (064) only with a partner
    ("shared expertise with X") or of what the codebook names ("share intelligence")."""
    return tok.lemma_.lower() == "share" and prep_object(tok, ("with",)) is None and not (
        _has_object_code(tok))


def _price_charge(tok: Token) -> bool:
    """"charge $40 / a fee / more for ...": a price, not an accusation ("police charged three
    teenagers" stays one)."""
    if tok.lemma_.lower() != "charge":
        return False
    if any(c.dep_ in ("ccomp", "agent") or (c.dep_ == "prep" and c.lower_ in (
            "with", "over", "of", "in")) for c in tok.children):
        return False  # "charged two with murder": a crime named, so an accusation
    return any(c.dep_ in ("dobj", "advmod", "npadvmod") and (
        c.lower_ in lexicon.PRICE_NOUNS or c.ent_type_ in ("MONEY", "PERCENT") or (
            c.ent_type_ == "CARDINAL" and not _past(tok)))  # "police charged three after ..."
        for c in tok.children)


def legal_charge(tok: Token) -> bool:
    """"charged X with <crime>" by police, prosecutors or a court, with a named crime, or in
    the agentless passive ("X was charged with spreading false news"): legal action (173);
    "charged that ...", "charged X with supporting Y" stay accusations (112)."""
    if tok.lemma_.lower() != "charge":
        return False  # an indictment stays an accusation of a crime (1121), as GSR codes it
    crime = prep_object(tok, ("with", "on", "for", "over"))
    if crime is not None and crime.lower_ in lexicon.BATONS:
        return False  # "charged protesters with batons": a baton charge
    if crime is not None and (crime.ent_type_ in ("DATE", "TIME") or (
            crime.head.lower_ != "with" and crime.lower_ not in lexicon.CRIME_WORDS)):
        crime = None  # "charged 17 on Thursday": no crime named
    subject, agent, passive = subject_and_agent(tok)
    if passive and agent is None and any(
            c.dep_ == "prep" and c.lower_ == "with" and any(
                g.dep_ in ("pobj", "pcomp") for g in c.children) for c in tok.children):
        return True  # "were charged with spreading false news": a charge laid, by no one named
    doer = agent if passive else subject
    charged = [g for c in tok.children if c.dep_ == "dobj" for g in c.children]  # the parser
    # may hang "with" on the charged: "charged a rights activist with insulting the president"
    if doer is not None and doer.lower_ in lexicon.PROSECUTING_BODIES and any(
            c.dep_ == "prep" and c.lower_ == "with" and any(
                g.dep_ in ("pobj", "pcomp") and g.tag_ == "VBG" for g in c.children)
            for c in (*tok.children, *charged)):
        return True  # "prosecutors charged 14 journalists with aiding a terrorist group"
    if crime is None or crime.tag_ == "VBG" or crime.pos_ not in ("NOUN", "PROPN"):
        return False
    return crime.lower_ in lexicon.CRIME_WORDS or (
        doer is not None and doer.lower_ in lexicon.LEGAL_AUTHORITIES)


def _past(tok: Token) -> bool:
    """Whether a verb is in a past form: a bare number it takes is people charged, not a price
    ("prosecutors charged 14 on Monday"; "the club charges 40 a month" is a price)."""
    return tok.tag_ in ("VBD", "VBN")


def _deal_to_act(tok: Token) -> bool:
    """"reached an agreement to swap prisoners": the agreed act, coded as an intent through the
    commitment noun ("a deal to X", `_controller`), is the event; reaching it is not a second."""
    return _reaching_agreement(tok) and any(
        c.dep_ == "dobj" and any(a.dep_ in ("acl", "relcl") and infinitival(a) for a in c.children)
        for c in tok.children)


def _reaching_agreement(tok: Token) -> bool:
    """"reached (failed to reach) a deal": an act of both sides, as "agreed" is."""
    return tok.lemma_.lower() in ("reach", "strike", "conclude", "hammer") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in lexicon.AGREEMENT_NOUNS for c in tok.children)


def _opened_to_displaced(tok: Token) -> bool:
    """"opened its borders to Syrian refugees / to those fleeing": a border opened to people
    in flight (or to a people, "to Afghans")."""
    if not any(c.dep_ == "dobj" and c.lower_ in lexicon.BORDER_OBJECTS for c in tok.children):
        return False
    to = prep_object(tok, ("to",))
    to = _through_quantity(to) if to is not None else None  # "to thousands of Sudanese"
    return to is not None and (to.lower_ in lexicon.DISPLACED_PEOPLE or to.ent_type_ == "NORP"
                               or any(c.lower_ in lexicon.DISPLACED_PEOPLE
                                      for c in to.children))


def _bought(tok: Token) -> bool:
    """"ordered 36 jets from France": a purchase from a seller, no deployment of them."""
    return tok.lemma_.lower() == "order" and prep_object(tok, ("from",)) is not None


def _armed_move(tok: Token, lemma: str) -> str:
    """Moving armed units deploy (154), moving craft show force (150): "troops crossed into X"."""
    if lemma in lexicon.CRAFT_MOVE_VERBS and any(
            c.dep_ == "dobj" and c.lower_ in lexicon.ARMED_CRAFT for c in tok.children):
        return "150"  # "Russia flew strategic bombers near Alaska": a show of force, no visit
    if lemma in lexicon.LEFT_GROUND_VERBS:
        return _ground_left(tok)
    if lemma not in lexicon.MOVE_VERBS:
        return ""
    subject, _, passive = subject_and_agent(tok)
    if subject is None or passive:
        return ""
    if any("peacekeep" in t.lower_ for t in (subject, *subject.lefts)):
        return "074"  # "peacekeepers crossed into Lebanon" keep peace there
    head = subject.lower_
    if head in lexicon.ARMED_UNITS:
        return "190" if _armed_advance(tok, lemma) else "154"
    return "150" if head in lexicon.ARMED_CRAFT else ""


def _weapon_pounding(tok: Token, lemma: str, doer: Token | None) -> str:
    """A place pounded by heavy guns (194: "artillery battered the town", "pounded Kharkiv
    with rockets and artillery") or by aircraft (195: "warplanes pummelled rebel positions")."""
    if lemma not in lexicon.POUNDING_VERBS or doer is None:
        return ""
    means = [doer.lower_, *(g.lower_ for p in tok.children if p.dep_ == "prep" and p.lower_ ==
                           "with" for g in p.subtree)]
    if lexicon.POUNDING_GUNS.intersection(means):
        return "194"
    return "195" if doer.lower_ in lexicon.AIRCRAFT else ""


def _ground_left(tok: Token) -> str:
    """"The last Syrian troops left Lebanon", "rebels abandoned their positions": armed units
    leaving a place withdraw (0874); "troops left for the front" or a leave taken is none."""
    subject, _, passive = subject_and_agent(tok)
    place = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if subject is None or passive or place is None or subject.lower_ not in (
            lexicon.ARMED_UNITS | {"rebels", "fighters", "guerrillas", "militants"}):
        return ""
    held = place.ent_type_ in ("GPE", "LOC") or place.lemma_.lower() in (
        "position", "base", "town", "city", "village", "area", "region", "territory", "post")
    return "0874" if held else ""


def _armed_advance(tok: Token, lemma: str) -> bool:
    """Whether armed units push into a place the other side holds, or amid combat ("pushed
    into the Kurdish-held town after a day of air strikes"): an assault, no deployment."""
    into = prep_object(tok, ("into",))
    if lemma not in lexicon.ADVANCE_VERBS or into is None:
        return False
    held = any(t.lower_ in lexicon.HOLDING_WORDS for t in into.subtree) or (
        lemma in lexicon.PUSH_VERBS and into.ent_type_ in ("GPE", "LOC"))  # "pushed into
    # southern Lebanon": an incursion into a named land, no deployment
    return held or any(t.lemma_.lower() in lexicon.COMBAT_WORDS for t in tok.sent)


def _missile_test(tok: Token, lemma: str) -> str:
    """Missiles fired at no one show force (150); "launched missiles at X" attacks (195)."""
    if lemma not in MISSILE_VERBS:
        return ""
    if _mock_fire(tok):
        return "150"  # "fired artillery shells at mock targets during drills": an exercise
    if not any(c.dep_ == "dobj" and c.lower_ in lexicon.MISSILES for c in tok.children):
        return "194" if _shells_aimed(tok) else ""
    if any(c.lower_ == "test" for c in tok.children):
        return "150"  # "test-fired a missile"
    for prep in (c for c in tok.children if c.dep_ == "prep" and not dated(c)):
        objs = [g for g in prep.children if g.dep_ == "pobj"]
        if prep.lower_ in ("at", "on", "against", "toward", "towards", "into", "across") and not (
                objs and objs[0].lemma_.lower() in ("sea", "ocean", "water", "space")):
            return "195"  # but "fired a missile on Sunday" aims at no one
    return "150"


def _mock_fire(tok: Token) -> bool:
    """Whether arms are fired at a pretend target or during drills ("fired missiles at
    simulated targets during an exercise"): a show of force, no attack on anyone."""
    if not any(c.dep_ == "dobj" for c in tok.children):
        return False
    for prep in (c for c in tok.children if c.dep_ == "prep"):
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            if prep.lower_ in ("at", "on", "toward", "towards") and any(
                    m.lower_ in lexicon.MOCK_AIMS for m in obj.lefts):
                return True
            if prep.lower_ in ("during", "in") and obj.lower_ in lexicon.EXERCISE_NOUNS:
                return True
    return False


def _shells_aimed(tok: Token) -> bool:
    """Whether artillery rounds are fired at a target ("fired mortar shells at Indian
    positions"): fighting with heavy arms (194), not small arms."""
    rounds = [c for c in tok.children if c.dep_ == "dobj" and (
        c.lower_ in lexicon.HEAVY_ROUNDS or any(
            m.dep_ == "compound" and m.lower_ in lexicon.HEAVY_ROUNDS for m in c.children))]
    return bool(rounds) and any(c.dep_ == "prep" and c.lower_ in ("at", "on", "into")
                                for c in tok.children)


def _fired_rounds(tok: Token) -> list[Token]:
    """The rounds a firing verb fires ("warning shots and then live rounds"), however the
    parser joins them."""
    if tok.lemma_.lower() not in ("fire", "shoot"):
        return []
    fired = [c for c in tok.children if c.dep_ == "dobj"]
    fired += [g for c in fired for g in c.conjuncts]  # "warning shots and then live rounds",
    fired += [g for c in tok.children if c.dep_ == "conj"  # however the parser joins them
              for g in c.children if g.dep_ == "dobj"]
    return [c for c in fired if c.lemma_.lower() in WARNING_ROUNDS | LIVE_ROUNDS]


def _is_warning(round_: Token) -> bool:
    """A round fired as a warning ("warning shots", "shots in the air")."""
    return any(m.lower_ == "warning" for m in round_.children if m.dep_ in (
        "compound", "amod")) or any(_into_air(w) for w in (round_, round_.head))


def _into_air(word: Token) -> bool:
    """Whether a word is aimed "in/into the air" or "skyward": fired to miss."""
    return any(c.lower_ in ("skyward", "skywards") or c.dep_ == "prep" and c.lower_ in (
        "in", "into") and any(g.lower_ == "air" for g in c.children) for c in word.children)


def _dispersing(tok: Token) -> bool:
    """Whether a firing verb's stated aim is to disperse people ("to disperse the youths")."""
    return any(c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() == "disperse"
               for c in tok.children)


def _warning_shots(tok: Token) -> bool:
    """"fired warning shots at X": shots meant to miss show force (150), aimed or not."""
    rounds = _fired_rounds(tok)
    return bool(rounds) and all(_is_warning(c) for c in rounds)


def _live_after_warning(tok: Token) -> Token | None:
    """Whom "fired warning shots and then live rounds at the crowd" shot at (190): live
    rounds fired beside warning shots hit people; None if no such aimed live round."""
    rounds = _fired_rounds(tok)
    if not any(_is_warning(c) for c in rounds):
        return None
    return next((aim for c in rounds if not _is_warning(c)
                 for aim in (prep_object(c, ("at",)), prep_object(c.head, ("at",)))
                 if aim is not None), None)


def _foreign(barred: Token) -> bool:
    """Whether a ban's object names a country ("on Russian oil", "on British officials"), not
    only a thing ("on wheat exports")."""
    return any(t.ent_type_ in ("NORP", "GPE") or t.is_title and place_of(t.lower_) is not None
               for t in barred.subtree)


def _named_goods(thing: Token) -> bool:
    """Goods a country's adjective names ("Russian books", "Georgian wine"), no people or
    groups ("pro-Russian parties", "a neo-Nazi group") and no country itself."""
    return thing.ent_type_ not in ("PERSON", "ORG", "NORP", "GPE") and thing.pos_ == "NOUN" and (
        not is_agent_word(thing.lower_)) and thing.lower_ not in lexicon.TRAVEL_POPULACE and any(
        c.dep_ in ("amod", "compound") and place_of(c.lower_) is not None
        for c in thing.children)  # a country's demonym or name, not "a neo-Nazi group"


def _own_exports(tok: Token, lemma: str) -> bool:
    """"India banned exports of wheat": a state stopping its own exports, to no named country,
    sanctions no one (no event); "halted exports to Russia" keeps its embargo."""
    if lemma not in lexicon.TRADE_STOP_VERBS:
        return False
    exports = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")
                    and c.lemma_.lower() == "export"), None)
    if exports is None:
        return False
    to = prep_object(tok, ("to", "into"))
    return not _foreign(exports) and not (to is not None and _foreign(to))


def _health_or_immigration(ban: Token, barred: Token) -> bool:
    """A travel ban on ordinary people or for a disease ("on visitors from South Africa over the
    Omicron variant", "visa restrictions on Nigerian students") is no sanction."""
    return barred.lemma_.lower() in lexicon.TRAVEL_POPULACE or any(
        t.lemma_.lower() in lexicon.HEALTH_WORDS for t in ban.sent)


def _ban_code(tok: Token, lemma: str) -> str | None:
    """A ban's code by what it bars: visa or entry bans on officials and bans on a named
    country's goods are sanctions (163), lifting a ban on trade eases them (085); health,
    immigration and own-export bans are no event (""). None: no such ban, the verb's code
    (detect._trade_ban then reads embargoes with a partner, after the order rules)."""
    if _own_exports(tok, lemma):
        return ""
    banned = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if lemma in lexicon.BANNING_VERBS and banned is not None and _named_goods(banned):
        return "163"  # "Ukraine banned Russian books", "banned Georgian wine"
    if lemma in lexicon.BANNING_VERBS and banned is not None and _banned_practice(banned) and (
            lemma, banned.lemma_.lower()) not in lexicon.VERB_OBJECT_CODES:  # "would prohibit
        # all aid to the rebels" is the table's act (162), not a law on a practice
        return ""  # "voted to ban therapeutic cloning", "wants to ban all abortions": a law
    if lemma not in lexicon.BAN_IMPOSING | lexicon.BAN_EASING:
        return None
    ban = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")
                and c.lemma_.lower() in lexicon.BAN_NOUNS), None)
    if ban is None:
        return None
    barred = prep_object(ban, ("on",)) or prep_object(tok, ("on",))
    if barred is None:
        return None
    foreign = _foreign(barred)
    goods = not is_agent_word(barred.lower_)
    trade = bool({barred.lemma_.lower(), barred.lower_} & lexicon.TRADE_BAN_WORDS) or (
        foreign and goods and barred.ent_type_ not in ("PERSON", "ORG"))  # "on Georgian wine"
    if lemma in lexicon.BAN_EASING:
        return "085" if trade else None
    if any(c.dep_ == "compound" and c.lower_ in lexicon.TRAVEL_BAN_WORDS for c in ban.children):
        if _health_or_immigration(ban, barred):
            return ""
        return "163" if foreign else None
    return "163" if trade and foreign else None


def _banned_practice(banned: Token) -> bool:
    """Whether a ban bars a practice or a thing ("cloning", "abortions", "assault weapons"),
    not an actor or a political activity (parties, rallies, newspapers: 1722)."""
    return not banned.ent_type_ and banned.pos_ == "NOUN" and not is_agent_word(
        banned.lower_) and banned.lemma_.lower() not in lexicon.POLITICAL_BAN_OBJECTS and (
        not {banned.lemma_.lower(), banned.lower_} & lexicon.TRADE_BAN_WORDS) and (
        coded_sector(banned) is None)  # "banned imports of Georgian wine" is a sanction


def _to_clause(tok: Token) -> Token | None:
    """The to-clause of a verb: what it allows or orders ("allowed X to hold a rally")."""
    return next((c for c in tok.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB"
                 and to_verb(c)), None)


def _ordered_out(tok: Token) -> bool:
    """"ordered/told X to leave (the country)", "ordered X out of Y": an expulsion; not "told X
    that he would leave"."""
    return tok.lemma_.lower() in ORDER_VERBS and any(
        c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in ("leave", "quit", "depart")
        and to_verb(c)
        or c.dep_ in ("prep", "prt") and c.lower_ == "out" and any(
            _left_ground(g) for g in c.children if g.dep_ == "prep" and g.lower_ == "of")
        for c in tok.children) and _ordered_one(tok) is not None


def _ordered_one(tok: Token) -> Token | None:
    """Who an order is given to: the verb's object, or the noun its passive participle
    modifies ("aid agencies told to quit Darfur by Khartoum")."""
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None and tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.pos_ in (
            "NOUN", "PROPN") and any(c.dep_ == "agent" for c in tok.children):
        return tok.head
    return obj


LEFT_GROUND = lexicon.TAKEN_GROUND | {"country"}  # places one is ordered out of


def _left_ground(of: Token) -> bool:
    """Whether "out of" names a place left ("out of Darfur", "out of the country"), not a race
    or an office ("forced her out of the race")."""
    return any(g.dep_ == "pobj" and (g.ent_type_ in ("GPE", "LOC") or g.lemma_.lower() in (
        LEFT_GROUND)) for g in of.children)


def expulsion_code(tok: Token) -> str:
    """What an order to leave expels, read as "expelled X" is: peacekeepers (1661), inspectors
    and observers (1662), aid agencies (1663), a state (166: "ordered the United States to
    leave its drone base"); anyone else is deported (174)."""
    ordered = _ordered_one(tok)
    if ordered is not None and ordered.ent_type_ == "GPE":
        return "166"
    return removed_code(ordered, "expel") or removed_code(
        _through_quantity(ordered) if ordered is not None else None, "expel") or "174"


def _named_aid_group(removed: Token) -> bool:
    """Whether a word is part of a named aid group the actor coder knows as one ("Doctors
    Without Borders", "the Red Cross", "Oxfam"): removing it expels aid agencies (1663)."""
    if not removed.text[:1].isupper() or removed.i == removed.sent.start:
        return False
    doc, end = removed.doc, removed.i + 1
    while end < removed.sent.end and doc[end].text[:1].isupper():
        end += 1  # "Doctors Without Borders": the parser may hang "Without" on the verb
    ref = code_phrase_cached(doc[removed.left_edge.i:end].text)
    return ref is not None and ref.sector == "NGO"


def removed_code(removed: Token | None, verb: str) -> str:
    """The code of removing these people, read as "<verb> X" is ("expel", "withdraw"):
    peacekeepers (1661), inspectors and observers (1662), aid agencies (1663); else ""."""
    if removed is None:
        return ""
    if _named_aid_group(removed):
        return lexicon.VERB_OBJECT_CODES.get((verb, "agencies"), "")
    words = [removed.lemma_.lower(), removed.lower_] + [
        c.lower_ for c in removed.children if c.dep_ == "compound"]
    codes = (lexicon.VERB_OBJECT_CODES.get((verb, w), "") for w in words)
    return next((c for c in codes if c.startswith("166")), "")


def _verb_prep_code(tok: Token, lemma: str) -> str:
    """Code of a verb + prepositional object the codebook names ("pulled out of talks"), also
    a "from" the parser hung on the object ("forced out 1,000 refugees from their homes")."""
    if lemma not in _prep_verbs():
        return ""  # every key below begins with the verb: none of this verb's is listed
    moved = [p for c in tok.children if c.dep_ == "dobj" for p in c.children
             if p.dep_ == "prep" and p.lower_ in ("from", "with", "as")]  # "flooded the
    # city of Kano with soldiers", "suspended its role as mediator": the parser hangs the
    # preposition on the object
    moved += [p for c in tok.children if c.dep_ == "advmod" and c.lower_ == "away"
              for p in c.children if p.dep_ == "prep" and p.lower_ == "from"]  # "walked away
    # from the talks": the parser hangs the preposition on the adverb
    for prep in (*tok.children, *moved):
        if prep.dep_ not in ("prep", "prt") or prep.lower_ not in (
                "on", "as", "from", "out", "of", "to", "under", "into", "with") and not (
                lemma in lexicon.IN_PREP_VERBS and prep.lower_ == "in"):  # "were out in
            # force", "handed in their weapons" (the parser's preposition "in")
            continue
        inner = [g for c in prep.children if c.dep_ == "prep" for g in c.children]  # "out of X"
        for pobj in (t for t in (*prep.children, *inner) if t.dep_ == "pobj"):
            state = prep_object(pobj, ("of",)) if pobj.lower_ == "state" else None
            kinds = [(lemma, f"{a.lower_} {pobj.lemma_.lower()}") for a in pobj.children
                     if a.dep_ in ("amod", "compound")]  # "under martial law"
            for key in ((lemma, pobj.lemma_.lower()), (lemma, pobj.lower_),
                        (lemma, state.lower_ if state is not None else ""), *kinds):  # "under
                # a state of emergency": the state named by its "of" object
                if key in lexicon.VERB_PREP_CODES:
                    return lexicon.VERB_PREP_CODES[key]
    return ""


@lru_cache(maxsize=1)
def _prep_verbs() -> frozenset[str]:
    """The verbs of the verb + preposition table (the first word of each key)."""
    return frozenset(verb for verb, _ in lexicon.VERB_PREP_CODES)


def _object_words(tok: Token) -> list[str]:
    """Object words for verb+object codes: "a state of emergency", "mediation efforts"."""
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")] or [
        o for c in tok.children if (o := participle_modifier(c)) is not None]  # "returned
    # looted treasures": the parser's participle clause holds the object
    objs += [c for c in tok.children if c.dep_ == "oprd" and objs]  # "were taken hostage"
    obj = objs[0] if objs else None
    if obj is None and tok.dep_ == "acl" and tok.tag_ == "VBN":
        obj = tok.head  # "sanctions imposed by the UN"
    if obj is None:
        return []
    words = [obj.lemma_.lower(), obj.lower_] if _qualified(obj) or _measure_withdrawn(
        tok, obj) else []
    if obj.tag_ not in ("WP", "WDT"):  # not "whom they had taken hostage": background
        words += [w for o in objs[1:] for w in (o.lemma_.lower(), o.lower_)]  # "took two
        # missionaries hostage": the parser's second object names the act
    through = obj.lemma_.lower() not in lexicon.NOUN_CODES  # not "the withdrawal of troops"
    through_to = obj.lemma_.lower() == "access"  # "blocked access to Facebook"
    money = obj.ent_type_ == "MONEY" or obj.lower_ in lexicon.CURRENCY_WORDS  # "suspended $50
    # million in military aid", "40 million euros in budget support" (no MONEY entity)
    for prep in obj.children if through else ():
        if prep.dep_ == "prep" and (prep.lower_ == "of" or through_to and prep.lower_ == "to"
                                    or money and prep.lower_ == "in"):
            words += [w for g in prep.children if g.dep_ == "pobj"
                      for w in (g.lemma_.lower(), g.lower_, *_kinds(g, obj),
                                *(_compounds(g) if money else ()))]
    head = obj.lemma_.lower()
    if head in lexicon.STOPPAGE_NOUNS and any(
            g.lemma_.lower() in lexicon.HOSTILITY_WORDS for p in obj.children
            if p.dep_ == "prep" and p.lower_ in ("of", "to") for g in p.children):
        words.insert(0, "ceasefire")  # "declared a cessation of hostilities": a truce (0871)
    commerce = head in COMMERCE_HEADS  # not "a mustard brand", but "arms sales"
    talks = head in lexicon.TALK_NOUNS  # "suspended trade talks": the talks halted (164), no
    # trade stopped
    compounds = [] if talks else [c.lower_ for c in obj.children if c.dep_ == "compound" and (
        not commerce or c.lower_ in lexicon.ARMS_WORDS)]
    return compounds + words + _hyphened(obj)  # the kind first: "chlorine gas" is 2041


def _kinds(pobj: Token, obj: Token) -> list[str]:
    """The compounds of what a part or a load stands for ("cut part of its military assistance
    budget": aid, "flew 50 tonnes of relief supplies": relief), read only through words of
    quantity, not through any "of" object."""
    if obj.lemma_.lower() not in lexicon.PART_WORDS | lexicon.LOAD_WORDS:
        return []
    kinds = ("compound", "amod") if obj.lemma_.lower() in lexicon.LOAD_WORDS else ("compound",)
    return [c.lower_ for c in pobj.children if c.dep_ in kinds]  # "tonnes of surgical
    # supplies"


def _compounds(noun: Token) -> list[str]:
    """The compounds of a sum's "in" object ("$5 million in budget support": budget), which
    name what kind of money it is."""
    return [c.lower_ for c in noun.children if c.dep_ == "compound"]


def _hyphened(obj: Token) -> list[str]:
    """A hyphenated object as one word ("cease-fire" -> "ceasefire", "tear-gas" -> "teargas")."""
    if not hyphen_after(obj):
        return []
    first = obj.doc[obj.i - 2]
    return [first.lower_ + obj.lower_] if first.head.i == obj.i else []


def _measure_withdrawn(verb: Token, obj: Token) -> bool:
    """"repealed the three agricultural laws": a measure withdrawn is named without the
    qualifier an imposed one needs ("martial law")."""
    return verb.lemma_.lower() in lexicon.MEASURE_WITHDRAWING_VERBS and (
        obj.lower_ in lexicon.WITHDRAWN_MEASURES)


def _qualified(obj: Token) -> bool:
    """An object that names an act only with a modifier has one ("embassy staff", not "staff")."""
    needed = lexicon.QUALIFIED_OBJECTS.get(obj.lemma_.lower())
    return needed is None or any(c.lower_ in needed for c in obj.children
                                 if c.dep_ in ("amod", "compound", "nmod"))


def _has_object_code(tok: Token) -> bool:
    """Whether the verb and its object name a codebook act ("imposed sanctions")."""
    lemma = tok.lemma_.lower()
    return lemma in _OBJECT_VERBS and any(
        (lemma, obj) in lexicon.VERB_OBJECT_CODES for obj in _object_words(tok))


# verbs with a verb+object entry: the object words of any other verb need not be read
_OBJECT_VERBS = frozenset(verb for verb, _ in lexicon.VERB_OBJECT_CODES)


def _to_complement(tok: Token) -> bool:
    """A complement clause, or a to-infinitive the parser hung as advcl ("sworn to fight")."""
    return tok.dep_ in ("xcomp", "ccomp") or (tok.dep_ == "advcl" and infinitival(tok))


def _controller(tok: Token) -> Token | None:
    """The commitment/plan word governing this verb via a to-complement (vowed -> to expand)."""
    head = tok.head
    if tok.dep_ in ("acl", "relcl") and infinitival(tok) and head.pos_ == "NOUN":
        return head if head.lemma_.lower() in lexicon.COMMIT_NOUNS else None  # "a deal to X"
    if not _to_complement(tok) or head.i == tok.i:
        return None
    if head.lemma_.lower() in lexicon.HELP_VERBS and _to_complement(head) and (
            head.head.lemma_.lower() in lexicon.CONTROLLERS) and not any(
            c.dep_ == "dobj" for c in head.children):  # not "to help him oust X": his act
        return head.head  # "offered to help mediate": the offer governs the mediation
    if head.lemma_.lower() in lexicon.CONTROLLERS and not (
            head.lemma_.lower() in lexicon.REFUSAL_WORDS and _has_object_code(head)):
        return head  # not "refused food to protest": the protest is the refusal's purpose
    return None


def _counted_object(tok: Token) -> bool:
    """Whether a number after the verb that the parser hung on it as a modifier is its object
    ("the junta jailed 12 for ...", "arrested 300 Sunday"): an active coercion; a date is
    not ("five protesters arrested March 3")."""
    return any(c.i > tok.i and c.dep_ == "npadvmod" and any(
        t.tag_ == "CD" and t.ent_type_ not in ("DATE", "TIME") for t in c.subtree)
        for c in tok.children)


def _helper(obj: Token) -> bool:
    """"with Ghana's help", "with the support of X": who helps the doer, never the target."""
    return obj.head.lower_ == "with" and obj.lemma_.lower() in HELP_NOUNS


def _owner_of_post(tok: Token) -> Token | None:
    """The country named on an embassy or border the act closes ("closed the Iraqi embassy");
    none when the post says where it is ("closed the U.S. embassy in Yemen" aims at Yemen)."""
    obj = next((c for c in tok.children if c.dep_ == "dobj"
                and c.lemma_.lower() in lexicon.POST_NOUNS), None)
    if obj is not None and prep_object(obj, ("in",)) is not None:
        return None
    return next((c for c in obj.children if c.dep_ in ("amod", "compound")
                 and c.ent_type_ in ("NORP", "GPE")), None) if obj is not None else None


def _aimed_at(tok: Token, obj: Token) -> Token | None:
    """A named actor in a target or border phrase of object or verb ("its envoy to X", "its
    envoy from X"): the object's own phrase first, before the verb's reasons ("for talks")."""
    preps = (*TARGET_PREPS, "along", "near", "across")
    for holder in (obj, tok):
        for prep in preps:
            other = prep_object(holder, (prep,)) or _out_of(holder)
            if other is None:
                continue
            inside = [t for t in other.subtree if _is_named(t) or t.ent_type_ == "LOC"]
            if inside and _people_at_scene(other, inside):
                return other  # "warning shots at protesters in Dhaka": the protesters
            if inside:  # "pulled its battalion out of the Sahel": a region too
                return other if other in inside or _nationality_of(other) else inside[0]
    return None


def _people_at_scene(other: Token, inside: list[Token]) -> bool:
    """Whether an aimed-at noun of people names only its scene ("protesters in Dhaka"): the
    people are aimed at, the place is where."""
    if other.pos_ != "NOUN" or not is_agent_word(other.lower_):
        return False
    scene = {t.i for c in other.children if c.dep_ == "prep" and c.lower_ in PLACE_PREPS
             for t in c.subtree}
    return all(t.i in scene for t in inside)


def _nationality_of(tok: Token) -> bool:
    """Whether a noun carries its own nationality ("South Korean workers"): the noun is the
    one aimed at, not its adjective."""
    return tok.pos_ == "NOUN" and any(c.dep_ in ("amod", "compound") and c.ent_type_ == "NORP"
                                      for c in tok.children)


def _out_of(tok: Token) -> Token | None:
    """The place of "out of X" ("pulled its peacekeepers out of Sierra Leone")."""
    out = next((c for c in tok.children if c.lower_ == "out" and c.dep_ in ("prep", "prt")),
               None)
    return prep_object(out, ("of",)) if out is not None else None


def _own_means(tok: Token) -> bool:
    """"its troops", "half of its contingent", "their ambassador", "his trip" (its own
    act): the doer's own means, not whom the act aims at."""
    tok = _through_quantity(tok)
    return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.children) or _event_noun(tok)


def _under_fire(tok: Token) -> str:
    """"came under fire (from X)": an attack (190) when X is armed, or when the one fired at
    is and X is a name or absent ("from the Taliban"); else criticism (111, "from lawmakers");
    "fire" in any other use is no event noun; fire of named arms ("came under mortar and
    machine-gun fire", "heavy gunfire") is always an attack."""
    under = tok.head.head if tok.dep_ == "conj" else tok.head  # "under mortar and ... fire"
    if under.dep_ != "prep" or under.lower_ != "under":
        return ""
    armed = tok.head if tok.dep_ == "conj" else tok  # "mortar and machine-gun fire"
    arms = {t.lemma_.lower() for t in armed.subtree if t.i < tok.i}
    if arms & lexicon.HEAVY_GUNS and not arms & lexicon.SMALL_ARMS:
        return "194"  # "came under artillery fire"; "mortar and machine-gun fire" is 190
    if tok.lower_ == "gunfire" or {t.lower_ for t in armed.subtree if t.i < tok.i} & (
            lexicon.FIRE_ARMS):
        return "190"
    governor = governing_verb(tok)
    subject = subject_and_agent(governor)[0] if governor is not None else None
    giver = prep_object(tok, ("from",)) or (
        prep_object(governor, ("from",)) if governor is not None else None)
    if giver is not None and giver.lower_ in lexicon.UNDER_FIRE_ARMED:
        return "190"
    named = giver is None or giver.pos_ == "PROPN" or giver.ent_type_ in ("ORG", "NORP", "GPE")
    who = subject if named else giver  # a named firer tells nothing; "lawmakers" do
    return "190" if who is not None and who.lower_ in lexicon.UNDER_FIRE_ARMED else "111"


def protest_gathering(tok: Token) -> bool:
    """"protesters gathered outside parliament", "some 5,000 students converged on the
    embassy", "thousands of workers massed": a demonstration (141), not a meeting (040); a
    crowd counted in thousands or hundreds is one."""
    if tok.lemma_.lower() not in GATHER_VERBS:
        return False  # most verbs: skip the subject walk
    subject = subject_and_agent(tok)[0]
    if subject is None:
        return False
    crowd = _through_quantity(subject)
    return crowd.lower_ in PROTESTER_WORDS or crowd.lower_ in PROTEST_DOERS and (
        subject.lower_ in lexicon.MULTITUDES or any(c.dep_ == "nummod" for c in crowd.children))


def strike_walkout(tok: Token) -> bool:
    """"doctors walked out for five days": a strike (143); "walked out of the talks" leaves a
    place or a meeting, coded by what it is (a protest noun, a halt)."""
    return walked_out(tok) and not any(  # "on Monday" is a date, not "walked out on X"
        c.dep_ == "prep" and c.lower_ in ("of", "from", "on") and not dated(c)
        for c in tok.children)


def _protesting(doer: Token) -> bool:
    """Whether a doer is described as protesting by a participle beside it ("thousands of
    Muslims, protesting against the demolition, clashed with police"): a crowd of protesters."""
    return any(c.dep_ in ("acl", "advcl") and c.tag_ == "VBG" and c.lemma_.lower() in (
        PROTESTING_VERBS) for w in (doer, _through_quantity(doer)) for c in w.children)


def walked_out(tok: Token) -> bool:
    """Whether the verb is "walk out" (the parser takes "out" as particle or adverb) or "walk
    off the job"."""
    return tok.lemma_.lower() == "walk" and any(
        c.dep_ in ("prt", "advmod", "prep") and c.lower_ == "out" or c.lower_ == "off" and any(
            g.lemma_.lower() == "job" for g in c.children) for c in tok.children)  # "off the job"


def conflict_sense(tok: Token, code: str) -> str:
    """A force or protest code refined by who does it to whom: crowds' force is a riot (145),
    beating is an assault (182) or repression (175), the police's alert 151/153, roads blocked
    by an army a blockade (191), bombs by kind (183x)."""
    lemma = tok.lemma_.lower()
    subject, agent, passive = subject_and_agent(tok)
    doer = agent if passive else subject
    who = _through_quantity(doer).lower_ if doer is not None else ""  # "hundreds of protesters"
    if doer is not None and _protesting(doer):
        who = "protesters"  # "thousands of Muslims, protesting against X, clashed with police"
    misread = _misread_conflict(tok, code, doer, passive)
    if misread is not None:
        return misread
    if code == "173" and lemma in ("whisk", "spirit"):
        return ("173" if state_taker(doer) else "181") if _people_locked(tok) else ""
    if code == "174" and lemma in ("send", "put") and not (
            _people_locked(tok) and (lemma == "send" or state_taker(doer))):
        return ""  # "sent back the draft law", "put the cargo on a plane": no one deported
    if code == "145" and lemma == "rampage" and _armed_doer(doer):
        return "180"  # "a rampage by militiamen": armed men's violence, no riot
    if code == "173" and lemma in ("haul", "drag", "cart") and not _people_locked(tok):
        return ""  # "workers hauled off the rubble": no one taken away, whoever hauls
    if code == "173" and lemma == "pick" and not (_people_locked(tok) and state_taker(doer)):
        return ""  # "picked up the phone", "the bus picked up pupils": no arrest
    if lemma in lexicon.ENCIRCLING_VERBS and (tok.dep_ in ("amod", "compound") or (
            tok.tag_ == "VBG" and tok.i > 0 and tok.doc[tok.i - 1].lower_ in (
                "and", "or", "the", "in", "of", "from", "to"))):
        return ""  # "Imphal and surrounding districts" (the parser's clause): a place
    if code == "191" and lemma in lexicon.ENCIRCLING_VERBS and who in lexicon.ARMED_CRAFT:
        return "150"  # "warships and aircraft encircled the island": a show of force
    if code == "191" and lemma in lexicon.ENCIRCLING_VERBS and not (
            _armed_doer(doer) or _state_doer(doer) or who in POLICE_WORDS):
        return ""  # "a valley encircled by mountains", "fans besieged the singer"
    pounded = _weapon_pounding(tok, lemma, doer) if code[:2] in ("18", "19") else ""
    if pounded:
        return pounded  # "artillery battered the city" (194), "warplanes pummelled X" (195)
    if lemma in lexicon.POUNDING_VERBS and code[:2] in ("18", "19") and not (
            _armed_doer(doer) or _state_doer(doer) or who in POLICE_WORDS or who in REPRESSORS
            or lemma in BEAT_VERBS or doer is not None and (
                is_weapon(doer) or doer.lower_ in lexicon.ARMED_CRAFT
                or doer.lower_ in lexicon.AIRCRAFT)):
        return ""  # "the storm pummelled the coast": no one's force
    if code[:3] == "172" and lemma == "bar" and passive and agent is None and any(
            g.lemma_.lower() in lexicon.COURT_SITTINGS for p in tok.children
            if p.dep_ == "prep" and p.lower_ == "from" for g in p.children if g.dep_ == "pobj"):
        return ""  # "the public was barred from the trial": no doer named, no act told
    if code == "193" and lemma == "shoot":
        downed = next((c for c in tok.children if c.dep_ == "dobj"), None)
        kind = downed.lemma_.lower() if downed is not None else ""
        if kind in lexicon.SHOT_DOWN_PROPOSALS:
            return "120"  # "the Senate shot down the proposal": a rejection
        if kind in lexicon.SHOT_DOWN_HOPES:
            return ""  # "shot down the Lakers' comeback": play
    if code == "111" and lemma == "launch" and doer is not None and (
            coded_sector(doer) in lexicon.ARMED_DOER_SECTORS) and any(
            c.dep_ == "dobj" and c.lemma_.lower() in MILITARY_CAMPAIGNS for c in tok.children):
        return "190"  # "the army launched a campaign against Boko Haram": force, not words
    beaten = next((c for c in tok.children if c.dep_ == "dobj"), None) or (
        subject if passive else None) or _conjoined_object(tok)  # "was beaten by police",
    # "detained and beaten by X", "beat and arrested dozens of students"
    if lemma in BEAT_VERBS and beaten is not None:
        return _beating(tok, who, beaten)
    if lemma in lexicon.ARMED_ONLY_VERBS and not (_armed_doer(doer) or _armed_doer(beaten)):
        return ""  # "Democrats routed Republicans": an election won, no force
    if lemma in lexicon.PLUNDER_VERBS and _armed_doer(doer) and not passive:
        return "171"  # "Sudanese troops looted villages": property seized by armed men
    if lemma == "amputate" and not _armed_doer(doer):
        return ""  # "doctors amputated the soldier's leg": surgery, no maiming
    if lemma == "protest" and code[:2] == "14" and _state_voice(doer) and (
            tok.dep_ in ("advcl", "xcomp") and tok.head.lemma_.lower() in lexicon.SUMMON_VERBS):
        return "114"  # "summoned the envoy to protest the seizure": an official complaint
    if who in PROTEST_DOERS | PROTESTER_WORDS and code[:2] in ("18", "19") and (
            lemma in lexicon.SET_UPON_VERBS) and _civilians_set_upon(tok):
        return "182"  # "far-right activists attacked a group of Roma residents with clubs":
        # an assault on people, no riot against the state
    if code[:2] == "19" and lemma in lexicon.QUARREL_VERBS and _personal_quarrel(tok, doer):
        return ""  # "the chief of staff was fired after clashing with the first lady", "the
        # senator clashed with the governor": a quarrel between two people, no force
    if code[:2] == "19" and lemma in ("storm", "clash", "attack") and (
            who in PROTEST_DOERS or _rioting(doer) or _protest_purpose(tok) and not (
                _armed_doer(doer))):
        return "145"  # "protesters stormed parliament", "clashed with police", "villagers
        # attacked a police station to protest against the killing"
    if code in ("144", "191") and lemma in BLOCK_VERBS:
        return _block_code(tok, code, doer, who)
    if who in PROTEST_DOERS | PROTESTER_WORDS and code[:2] in ("17", "18", "19") and not (
            _with_state_agents(doer)):
        return _crowd_act(lemma, code)
    if code == "150" and lemma == "be" and not (
            who in POLICE_WORDS | lexicon.ARMED_UNITS or _armed_doer(doer)):
        return ""  # "fans were out in force": no police or army shows its power
    if code == "152" and lemma in ("go", "be") and (
            who not in lexicon.ALERTED_FORCES | POLICE_WORDS):
        return ""  # "the army went on alert"; "the senator went on alert" is no mobilization
    if code in ("152", "154") and (who in POLICE_WORDS or _police_object(tok)):
        return "151" if code == "152" else "153"
    if lemma == "disqualify" and not any(
            t.lower_ in lexicon.ELECTORAL_WORDS for p in tok.children
            if p.dep_ == "prep" and p.lower_ == "from" for t in p.subtree):
        return ""  # "the referee disqualified the sprinter": no ban on a politician
    if code == "1422" and lemma in lexicon.REFUSAL_WORDS and not grievance_told(tok):
        return ""  # "the patient refused food after the operation": no hunger strike
    if code == "141" and lemma in lexicon.POURING_VERBS and not grievance_told(tok):
        return ""  # "fans poured into the streets to celebrate the win": no protest
    if code == "192" and lemma in lexicon.ARMED_CONTROL_VERBS and not _armed_doer(doer):
        return "1711" if state_taker(doer) and _property_controlled(tok) else ""  # "the
        # Republicans took control of the Senate": no ground occupied; "authorities took
        # control of two food warehouses": property confiscated
    if code == "192" and _armed_doer(doer) and _property_controlled(tok):
        return "1711" if state_taker(doer) else "171"  # "rebels seized control of an oil
        # field from the government": property taken, no ground occupied; by a state's army
        # ("the army took control of gas fields from Petrobras") confiscated
    if code == "173" and lemma == "lock" and not _people_locked(tok):
        return ""  # "locked up the shop for the night": no one jailed
    if code[:3] in ("171", "192", "173") and lemma in lexicon.SEIZING_VERBS and _people_taken(
            tok):  # the dictionary's "snatch" is 1711: people are never confiscated
        return "173" if state_taker(doer) else "181"  # "rebels seized two foreign
        # engineers", "masked men snatched an activist" (the dictionary's arrest, 173, is a
        # state's agents' act); "coast guards seized 15 British sailors": detained (173)
    if code[:3] == "171" and lemma in lexicon.NABBING_VERBS and _people_locked(tok):
        return "173" if state_taker(doer) else "181"  # the dictionary's APPREHEND block is
        # 171: "the navy nabbed 26 pirates" is an arrest, no property seized
    if code == "166" and lemma == "expel" and _aid_group_expelled(tok):
        return "1663"  # "expelled the Red Cross from the region": aid agencies expelled
    if code == "166" and _people_expelled(tok):
        return "174"  # "expelled hundreds of migrants", "a British journalist": no officials
    if code[:2] == "19" and lemma in lexicon.RAID_VERBS and _police_search(tok, doer):
        return "170"  # "police raided the offices of an opposition newspaper": coercion
    blast = _blast_code(doer) if code[:2] in BLAST_ROOTS else None
    if blast is not None:
        return blast  # "a bomb blast ripped through a market": a bombing; a gas blast: none
    if code == "190" and doer is not None and doer.lower_ in lexicon.AIRCRAFT and not (
            passive or is_weapon(doer) or _bomb_kind(doer)):  # "drones struck a depot" keeps
        return "195"  # its weapon reading; "Turkish warplanes struck positions": aerial arms
    if code == "143" and lemma == "boycott" and _state_doer(doer):
        return "163"  # "the United States boycotted the Moscow Olympics": a state's sanction
    if code == "166" and _mass_expulsion(tok, doer):
        return "201"  # "Serbian troops expelled tens of thousands of ethnic Albanians"
    if lemma == "bomb" and code == "195" and doer is not None and not _aerial(doer):
        return "183"  # "militants bombed a police station": no aircraft, no state
    kind = _bomb_kind(doer) if code[:2] in ("18", "19") or lemma == "blow" else ""
    return kind or (_mass_weapon(tok) if code[:2] in ("18", "19") else "") or code


def grievance_told(tok: Token) -> bool:
    """Whether the verb's sentence tells a grievance ("to protest", "demanding", "angry")."""
    return any(t.lower_.startswith(lexicon.GRIEVANCE_STEMS) for t in tok.sent)


def _protest_purpose(tok: Token) -> bool:
    """Whether the verb's stated purpose is to protest ("attacked a police station to protest
    against the killing"): what an unarmed crowd does for it is a riot."""
    return any(c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in PROTESTING_VERBS
               and to_verb(c)
               for c in tok.children)


def _property_controlled(tok: Token) -> bool:
    """Whether the "of" object of the control a verb takes is property a state may confiscate
    ("took control of two warehouses", "of the country's largest bank")."""
    control = next((c for c in tok.children if c.dep_ == "dobj"), None)
    held = (prep_object(control, ("of",)) or prep_object(tok, ("of",))) if (
        control is not None and control.lemma_.lower() == "control") else None  # the parser
    # may hang the "of" on the verb
    return held is not None and (held.lemma_.lower() in lexicon.CONFISCATED_PROPERTY or (
        held.lemma_.lower() in lexicon.FUEL_SITES and any(
            c.lower_ in lexicon.FUELS for c in held.children if c.dep_ in ("compound", "amod"))))


def state_taker(doer: Token | None) -> bool:
    """Whether who takes people is a state or its agents (police, coast guards, the army)."""
    if doer is None or coded_sector(doer) in lexicon.NONSTATE_TAKER_SECTORS:
        return False  # "Pirates seized ... sailors" (the tagger's GPE 'Pirates'): criminals
    return _state_doer(doer) or doer.lower_ in lexicon.REPRESSORS or coded_sector(doer) in (
        lexicon.STATE_AGENT_SECTORS)


def _people_taken(tok: Token) -> bool:
    """Whether what a seizing verb takes is civilians named by their trade or standing
    ("two foreign engineers", "a French tourist") or by name: an abduction or arrest, no
    property seized."""
    taken = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if taken is None:
        return False
    who = _through_quantity(taken).lemma_.lower()
    return taken.ent_type_ == "PERSON" or who in lexicon.ABDUCTED_PEOPLE or (
        who in lexicon.SNATCHED_PEOPLE and tok.lemma_.lower() in lexicon.SNATCHING_VERBS
    )  # 'seized lawmaker Juan Ortiz'; "a soldier was snatched": no property


def _people_locked(tok: Token) -> bool:
    """Whether what "locked up" shuts away is people: a named person, a group or people by
    their trade or standing ("locked up several prominent activists"). Wider than
    _people_taken on purpose: "locked up" or "hauled off" already tells a jailing and this
    only rules out things ("locked up the shop"), so any people pass; a seizing verb takes
    ground or property unless it names whom it takes, so there only civilians by trade or
    standing, or by name, make it a taking of people."""
    held = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if held is None:
        return False
    held = _through_quantity(held)
    return held.ent_type_ in ("PERSON", "NORP") or held.lemma_.lower() in lexicon.LOCKED_PEOPLE


def _state_doer(doer: Token | None) -> bool:
    """Whether a doer is a state, a government or an intergovernmental body ("Arab states",
    "the United States", "the Arab League"), whose boycott cuts relations."""
    if doer is None:
        return False
    return doer.ent_type_ == "GPE" or doer.lower_ in lexicon.STATE_WORDS or coded_sector(
        doer) in lexicon.STATE_SECTORS


def _armed_doer(doer: Token | None) -> bool:
    """Whether a doer is armed forces or an armed group ("troops", "the rebels")."""
    return doer is not None and (doer.lower_ in lexicon.ARMED_UNITS or coded_sector(doer) in (
        lexicon.ARMED_DOER_SECTORS))


def _mass_expulsion(tok: Token, doer: Token | None) -> bool:
    """Whether armed forces expel a multitude ("troops expelled thousands of Albanians"): a
    mass expulsion (201), not a cut in relations (166)."""
    if not _armed_doer(doer):
        return False
    crowd = next((c for c in tok.children if c.dep_ == "dobj"), None)
    return crowd is not None and (crowd.lower_ in lexicon.MULTITUDES or _ethnic_group(crowd))


def _ethnic_group(people: Token) -> bool:
    """Whether a noun names an ethnic group ("ethnic Albanians", "ethnic Serbs"): a people,
    never a state's officials."""
    return any(c.dep_ in ("amod", "compound") and c.lower_ == "ethnic" for c in people.children)


def _aid_group_expelled(tok: Token) -> bool:
    """Whether a verb's object is a named aid group ("expelled Oxfam")."""
    return any(c.dep_ == "dobj" and _named_aid_group(c) for c in tok.children)


def _people_expelled(tok: Token) -> bool:
    """Whether an expulsion's object (or passive subject) is people, not a state's officials,
    observers or peacekeepers ("expelled two diplomats", 166): deporting them is 174."""
    expelled = next((_through_quantity(_through_quantity(c)) for c in tok.children  # "tens of
                     if c.dep_ == "dobj" or (  # thousands of X"; "were expelled from Burundi"
                         c.dep_ == "nsubjpass" and not _from_named(tok))), None)  # stays 166,
    # a state's expulsion, as tests of earlier sessions code it
    if expelled is None or expelled.lemma_.lower() in lexicon.EXPELLED_OFFICIALS:
        return False
    if expelled.lower_ in DEPORTED or _ethnic_group(expelled):
        return True  # "expelled hundreds of migrants", "expelled ethnic Albanians"
    sector = coded_sector(expelled) if expelled.ent_type_ not in ("GPE", "ORG", "NORP") else None
    return sector is not None and sector not in lexicon.OFFICIAL_SECTORS


def received_thing(tok: Token, code: str) -> bool:
    """"documents the AP received", "emails sent or received by Clinton", "received $250,000
    from donors": receiving what is no visitor hosts no visit (043)."""
    if code != "043" or tok.lemma_.lower() != "receive":
        return False
    clause = tok
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head  # "sent or received by Clinton": the clause of the first verb
    got = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None) or next(
        (c for c in clause.children if c.dep_ == "nsubjpass"), None)
    if got is None and clause.dep_ in ("relcl", "acl"):
        got = clause.head  # "the photos the woman received"
    if got is None or got.lower_ in lexicon.RELATIVES:
        return got is None
    if is_weapon(got) or got.lower_ in lexicon.ARMED_CRAFT:
        return True  # "Ukraine received F-16 fighter jets from Denmark": arms, no visitors
    return not (got.ent_type_ in ("PERSON", "NORP", "GPE", "ORG") or coded_sector(got) or (
        got.lemma_.lower() in lexicon.VISITOR_NOUNS) or got.lower_ in lexicon.PEOPLE_PRONOUNS)


def idle_suspension(tok: Token, code: str) -> bool:
    """"The company suspended production", "suspended flights": a suspension of no tie to an
    actor (membership, cooperation, contacts) nor of an actor is no cut in relations (160)."""
    if code != "160" or tok.lemma_.lower() not in lexicon.SUSPEND_VERBS:
        return False
    held = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if held is None or held.lemma_.lower() in lexicon.SUSPENDED_TIES:
        return False
    return not (held.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or coded_sector(held))


def freed_to_act(tok: Token) -> bool:
    """"freeing all delegates to vote their conscience": leave to act, no release (0841)."""
    if tok.lemma_.lower() not in lexicon.FREEING_VERBS or any(
            c.dep_ == "dobj" and _through_quantity(c).lower_ in lexicon.DETAINED_PEOPLE
            for c in tok.children):
        return False  # "released the hostages to appease X": a release, with its purpose
    return any(c.dep_ in ("xcomp", "advcl") and c.i > tok.i and to_verb(
        c) for c in tok.children)


def own_regret(tok: Token) -> bool:
    """"regretted her remarks", "regretted calling the judge a hater": regret of one's own
    words or deeds is contrition, no disapproval of another (110)."""
    if tok.lemma_.lower() not in lexicon.REGRET_VERBS:
        return False
    for child in tok.children:
        if child.dep_ in ("xcomp", "ccomp") and child.tag_ == "VBG" and not any(
                g.dep_ in ("nsubj", "poss") for g in child.children):
            return True  # "regretted calling ...": his own act
        if child.dep_ == "dobj" and any(g.dep_ == "poss" and g.lower_ in lexicon.OWN_POSSESSIVES
                                        for g in child.children):
            return True  # "her remarks", "his decision"
    return False


STATE_FORCE_SECTORS = lexicon.ARMED_DOER_SECTORS | {"GOV"}  # who mobilizes armed forces


def _civil_mobilizing(tok: Token, doer: Token | None) -> bool:
    """Whether an objectless "mobilize" is done by a civil group (voters, a party, unions):
    a political drive, no armed mobilization (154)."""
    if tok.lemma_.lower() not in lexicon.MOBILIZE_VERBS or doer is None or any(
            c.dep_ in ("dobj", "nsubjpass") for c in tok.children):
        return False
    sector = coded_sector(doer)
    return doer.lower_ not in lexicon.ARMED_UNITS and sector is not None and (
        sector not in STATE_FORCE_SECTORS)


def _relief_purpose(tok: Token) -> bool:
    """Whether a deployment is for relief ("deployed to help flood victims", "sent for rescue
    work"): its purpose clause or "for" phrase names help, not force."""
    for aim in (c for c in tok.children if c.dep_ in ("xcomp", "advcl")):
        if aim.lemma_.lower() in lexicon.RELIEF_PURPOSE_VERBS:
            return True
        if aim.lemma_.lower() in lexicon.HELPING_VERBS and any(
                c.dep_ == "dobj" and c.lemma_.lower() in lexicon.STRICKEN_PEOPLE
                for c in aim.children):
            return True  # "to help victims of the floods", not "to help support X"
    task = prep_object(tok, ("for",))
    return task is not None and task.lemma_.lower() in lexicon.RELIEF_NOUNS


def _left_a_body(tok: Token) -> bool:
    """Whether people are expelled "from" a school, party or club they belonged to, no state
    ("expelled from the university", "from the party"): discipline, no expulsion abroad."""
    body = prep_object(tok, ("from",))
    return body is not None and body.lemma_.lower() in lexicon.MEMBER_BODIES


def _fought_for_cause(tok: Token) -> bool:
    """Whether a fight with no one fought is "for" a cause that is no actor, in a sentence with
    no arms ("fought for affordable housing", not "rebels fought for independence")."""
    if any(c.dep_ in ("dobj", "nsubjpass") for c in tok.children) or prep_object(
            tok, ("against", "with")) is not None:
        return False
    cause = prep_object(tok, ("for",))
    return cause is not None and cause.ent_type_ not in ("GPE", "NORP", "ORG", "PERSON") and (
        coded_sector(cause) is None) and not armed_sentence(tok)


def _criminal(doer: Token | None) -> bool:
    """Whether a doer is one of criminals for gain ("robbers", "a gang of thieves")."""
    if doer is None:
        return False
    kin = [doer, *(g for c in doer.children if c.dep_ == "prep" and c.lower_ == "of"
                   for g in c.children if g.dep_ == "pobj")]
    return any(k.lemma_.lower() in lexicon.CRIMINAL_DOERS for k in kin)


def _at_state_agents(tok: Token) -> bool:
    """Whether force is aimed at soldiers, police or officials ("smugglers attacked Venezuelan
    soldiers"): violence against the state, whoever does it."""
    agents = lexicon.STATE_AGENTS
    return any(c.dep_ in ("dobj", "nsubjpass") and (c.lemma_.lower() in agents
                                                    or c.lower_ in agents)
               for c in tok.children)


def _from_named(tok: Token) -> bool:
    """Whether a verb names a state or place it acts "from" ("were expelled from Burundi")."""
    origin = prep_object(tok, ("from",))
    return origin is not None and origin.ent_type_ in ("GPE", "LOC", "NORP")


def _police_search(tok: Token, doer: Token | None) -> bool:
    """Whether a raid is the police's or security agents' search of a place, with no one
    killed or fought ("police raided the offices of X"): coercion (170), not force."""
    if doer is None or not (doer.lower_ in POLICE_WORDS or coded_sector(doer) in (
            lexicon.SEARCHING_SECTORS)):
        return False
    return not any(t.lemma_.lower() in lexicon.HARM_WORDS for t in tok.sent)


def _misread_conflict(tok: Token, code: str, doer: Token | None, passive: bool) -> str | None:
    """The code a conflict pair takes outside a conflict ("seized control of the bank",
    "used chlorine to clean", "rents drove families from their homes"); None if it stands."""
    lemma = tok.lemma_.lower()
    if code == "171" and lemma == "catch":
        return _caught_code(tok, doer, passive)
    if code[:3] == "173" and lemma == "confine" and _confined_to_thing(tok):
        return ""  # "her actions are not confined to the Benghazi scandal": a limit, no arrest
    if code == "192" and _prison_retaken(tok, doer):
        return ""  # "troops took control of the prison after inmates rioted": order restored
    if code == "192" and lemma in ("seize", "wrest") and not _controls_place(tok):
        return "171" if lemma == "seize" else ""  # a company or a bank: property
    if code == "181" and lemma == "hold" and not (
            _held_people(tok, "nsubjpass") and doer is not None if passive else _held_people(
                tok)):
        return ""  # "held the budget hostage", "the economy was held hostage": no captives;
        # "was held hostage in Syria for two years" names no captor: a state, no act
    if code == "181" and lemma == "take" and not passive and _thing_taken(tok):
        return ""  # "Senate Democrats took the bill hostage": a figure of speech
    if code == "181" and lemma in ("seize", "capture") and _state_seizure(doer):
        return "171"  # "the coast guard seized a tanker": a state impounds it, no hijacking
    if code == "2041" and not (armed_or_state(doer) or _aimed_on(tok)):
        return ""  # chlorine to clean a pool: a chemical, no weapon
    if code == "201" and not (armed_or_state(doer) or passive and doer is None):
        return ""  # "rents drove families from their homes", "he drove from his home"
    if code in ("151", "152") and any(t.lemma_.lower() in HAZARDS for t in tok.sent):
        return ""  # "the alert level for the volcano": a civil warning
    if code == "154" and _civil_mobilizing(tok, doer):
        return ""  # "volunteers who will mobilize to get her elected": voters, no armed force
    if code[:2] == "15" and _relief_purpose(tok):
        return ""  # "troops were deployed to help flood victims": relief, no show of force
    if code in ("166", "174") and _left_a_body(tok):
        return ""  # "ten students were expelled from the university": discipline, no state act
    if code[:2] == "19" and lemma in lexicon.STRUGGLE_VERBS and _fought_for_cause(tok):
        return ""  # "an attorney who has fought for affordable housing": a campaign
    if code[:2] in ("18", "19") and _criminal(doer) and not _at_state_agents(tok):
        return ""  # "armed robbers attacked a jewellery shop": a crime, no political force
    if code == "180" and lemma == "poison" and not _someone_object(tok):
        return ""  # "poisoned the fish": no victim
    if code == "144" and doer is not None and doer.lower_ in INSTITUTIONS | POLICE_WORDS:
        return ""  # "the Senate blocked the nominee", "police blocked roads": no protest
    if code[:2] == "19" and lemma in QUARREL_VERBS and _clash_over_issue(tok, doer):
        return ""  # "lawmakers clashed over the budget": a dispute in words
    if code[:2] == "19" and lemma in QUARREL_VERBS and _fights_on(tok, doer):
        return ""  # "Debbie gets back up and keeps fighting": perseverance, no combat
    if code[:2] in ("18", "19", "20") and _thing_hit(tok, lemma, doer):
        return ""  # "tried to kill the bill", "fans invaded the pitch", "fired back at critics"
    if code[:3] == "183" and lemma == "fire" and not any(c.dep_ == "dobj" for c in tok.children):
        return "190"  # "fired at a car": shooting at a vehicle, no car bomb
    return None


def _thing_hit(tok: Token, lemma: str, doer: Token | None) -> bool:
    """Whether a force verb's object is a thing it ends or a ground, not a victim."""
    objects = {c.lemma_.lower() for c in tok.children if c.dep_ == "dobj"}
    if lemma == "kill" and objects & KILLED_THINGS:
        return True
    if lemma in ("invade", "storm") and objects & SPORT_GROUNDS:
        return True
    if lemma == "attack" and objects & lexicon.SPORT_AIMS and not any(
            t.lemma_.lower() in lexicon.VIOLENCE_WORDS for t in tok.sent):
        return True  # "Federer attacked the net", "attacked the Chelsea defence": play
    if lemma in ("strike", "hit") and objects & MINES and (
            doer is None or doer.lemma_.lower() not in lexicon.WEAPONS):
        return True  # "his vehicle struck a roadside bomb": the bomb is the act, not this
    back = any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in tok.children)
    return lemma == "fire" and back and not armed_or_state(doer) and (
        doer is None or doer.lower_ not in PROTEST_DOERS)


def attack_on_thing(tok: Token) -> str | None:
    """A named person's or office holder's attack on a common thing that names no actor,
    place, people or armed body, with no arms in the sentence: a figure of speech ("the
    president attacked the problem of inflation": "") or, on a political thing or another's
    doing, words ("Senator Graham attacked the nomination of X": 111); None where the verb is
    no such attack or its object is some other thing ("trying to hit singles")."""
    if tok.lemma_.lower() not in lexicon.VERBAL_ATTACK_VERBS:
        return None
    subject = subject_and_agent(tok)[0]
    aimed = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if subject is None or aimed is None or aimed.pos_ != "NOUN" or aimed.ent_type_ or (
            aimed.lemma_.lower() in PLACE_NOUNS | VICTIM_WORDS) or armed_sentence(tok, aimed):
        return None
    office = subject.ent_type_ == "PERSON" or subject.lower_ in TITLE_SECTORS or (
        subject.ent_type_ not in ("GPE", "NORP")
        and coded_sector(subject) in lexicon.POLITICAL_DOER_SECTORS)  # "the governor"
    lemma = aimed.lemma_.lower()
    if not office or coded_sector(aimed) is not None:
        return None
    if lemma in lexicon.PROBLEM_WORDS:
        return ""
    owned = any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "of"
                for c in aimed.children)  # "the nomination of X", "Trump's plan"
    political = lemma in (lexicon.CONTEST_WORDS | lexicon.RULING_OBJECTS | lexicon.BLAMED_THINGS
                          | lexicon.POLITICAL_THINGS)
    return "111" if owned or political else None  # not "trying to hit singles and doubles"


def gift_no_aid(tok: Token) -> bool:
    """A giving verb whose object names no material help, money or protection ("gave Carson
    two Pinocchios", "provided students with a valuable education"): no aid (07); with no
    thing named ("gave to the Red Cross") it stays aid."""
    if tok.lemma_.lower() not in lexicon.GIVING_VERBS:
        return False
    given = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    given += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "with"
              for g in c.children if g.dep_ == "pobj"]  # "provided the rebels with arms"
    given += [c for g in given for c in g.conjuncts]  # "photographs and other intelligence"
    if tok.dep_ in ("relcl", "acl") and not given:
        given = [tok.head]  # "the coverage it has given the front-runner"
    if not given:
        return False
    return not any(g.lemma_.lower() in lexicon.AID_THINGS or g.lower_ in lexicon.AID_THINGS
                   or g.ent_type_ in ("MONEY", "QUANTITY") or any(
                       c.dep_ == "compound" and c.lemma_.lower() in lexicon.AID_THINGS
                       for c in g.children) for g in given)  # "a loan guarantee", not
    # "security guarantees"


def _state_voice(doer: Token | None) -> bool:
    """Whether a doer is a state or its government ("Iran", "the foreign ministry"), whose
    protest a summons is for is an official complaint (114), not a crowd's demonstration (14);
    a state's own "protested" stays 14, as the tests of the tenth session ask."""
    return doer is not None and (doer.ent_type_ == "GPE" or coded_sector(doer) == "GOV")


def armed_or_state(doer: Token | None) -> bool:
    """Whether a doer is armed or a state's ("Myanmar soldiers", "the regime", "Syria")."""
    if doer is None:
        return False
    return doer.lower_ in ARMED_BLOCKERS | REPRESSORS | POLICE_WORDS or doer.ent_type_ in (
        "GPE", "NORP") or any(c.ent_type_ in ("GPE", "NORP") for c in doer.children
                              if c.dep_ in ("amod", "compound", "poss"))


def _held_people(tok: Token, dep: str = "dobj") -> bool:
    """Whether those held hostage (the object, or the passive's subject) are people, counted,
    named or a personal pronoun ("held 40 schoolchildren hostage", "held them hostage", "two
    French engineers were held hostage"), not a budget or an economy; a passive told in a
    relative clause or a participle ("who was held hostage for years") is the victim's past."""
    if dep == "nsubjpass" and tok.dep_ in ("relcl", "acl"):
        return False
    held = [t for c in tok.children if c.dep_ == dep for t in c.subtree]
    return any(t.dep_ == "nummod" or t.ent_type_ in ("NORP", "PERSON") or t.lower_ in (
        VICTIM_WORDS) or t.lower_ in ("dozens", "hundreds", "scores") or (
            t.lower_ in lexicon.PEOPLE_PRONOUNS and t.lower_ not in ("it", "its"))
        or t.lemma_.lower() in lexicon.ABDUCTED_PEOPLE for t in held)


def _thing_taken(tok: Token) -> bool:
    """Whether what is "taken hostage" is a thing ("took the bill hostage"), not people nor
    the captives themselves ("took hostages", "took him hostage", "took 12 tourists")."""
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None or obj.pos_ == "PRON":
        return False
    if obj.lower_ not in lexicon.CAPTIVE_WORDS:
        return not _held_people(tok)
    taken = next((c for c in obj.children if c.dep_ == "compound"), None)  # "the bill hostage"
    return taken is not None and not any(  # read as one noun phrase by the parser
        t.dep_ == "nummod" or t.ent_type_ in ("NORP", "PERSON") or t.lower_ in VICTIM_WORDS
        or t.lower_ in COMBATANTS for t in taken.subtree)


def _state_seizure(doer: Token | None) -> bool:
    """Whether a seizer is a state or its agents (a coded state sector or police), whose
    seizure of a ship impounds it (171) where pirates' or gunmen's hijacks it (181)."""
    if doer is None:
        return True  # "a tanker was seized": by no one named, no hijacking told
    state = doer.ent_type_ == "GPE" and doer.pos_ == "PROPN"  # not "Pirates" tagged a place
    return state or doer.lower_ in POLICE_WORDS or _state_craft(doer) or coded_sector(doer) in (
        lexicon.STATE_AGENT_SECTORS)


# Craft that only a state's navy or coast guard sails ("a frigate seized the dhow") ...
WARSHIPS = frozenset({"warship", "warships", "frigate", "frigates", "destroyer", "destroyers",
                      "corvette", "corvettes", "cruiser", "cruisers", "gunboat", "gunboats"})
# ... and what makes any ship a state's ("an Indian naval ship", "a coast guard vessel")
STATE_CRAFT_MARKS = frozenset({"naval", "navy", "guard", "coastguard", "military"})


def _state_craft(doer: Token) -> bool:
    """Whether a seizer is a state's ship: a warship, or a ship a navy word, a coast guard or
    a country's demonym marks ("Indian Naval ship, INS Sukanya"), never a pirate ship."""
    if doer.lower_ in WARSHIPS:
        return True
    if doer.lemma_.lower() not in ("ship", "vessel", "boat", "cutter"):
        return False
    marks = [t for t in doer.lefts]
    return not any(t.lower_ in ("pirate", "pirates") for t in marks) and any(
        t.lower_ in STATE_CRAFT_MARKS or t.ent_type_ == "NORP" for t in marks)


def _aimed_on(tok: Token) -> bool:
    """Whether an act has an "on"/"against" object: a target ("dropped chlorine on Aleppo")."""
    return any(c.dep_ == "prep" and c.lower_ in ("on", "against") for c in tok.children)


def _controls_place(tok: Token) -> bool:
    """Whether "seized control of X" or "seized X" names a place (Kabul, the town, the
    airport)."""
    taken = [c for c in tok.children if c.dep_ == "dobj"]
    return any(g.ent_type_ in ("GPE", "LOC", "FAC") or g.lemma_.lower() in PLACE_NOUNS
               for g in _controlled(tok)) or any(c.lower_ in lexicon.TAKEN_GROUND for c in taken)


def _controlled(tok: Token) -> list[Token]:
    """What the verb's object is control of or over ("seized control of the prison")."""
    return [g for c in tok.children if c.dep_ == "dobj" for p in c.children
            if p.dep_ == "prep" and p.lower_ in ("of", "over") for g in p.children
            if g.dep_ == "pobj"]


def _caught_code(tok: Token, doer: Token | None, passive: bool) -> str | None:
    """"caught": people a state's agents catch are arrested (173: "smugglers were caught by
    the border police"); caught by no one named ("after she got caught") is no act; else
    None (the dictionary's seizure)."""
    if passive and doer is None:
        return ""
    caught = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if state_taker(doer) and caught is not None and (
            caught.ent_type_ in ("PERSON", "NORP") or caught.pos_ == "PRON" or is_agent_word(
                caught.lower_) or caught.lemma_.lower() in lexicon.DEPORTED | (
                lexicon.ABDUCTED_PEOPLE)):
        return "173"
    return None


def _confined_to_thing(tok: Token) -> bool:
    """Whether "confined to X" names no place of custody ("confined to the north", "to the
    Benghazi scandal"): a limit, not people held ("confined to his home")."""
    held = prep_object(tok, ("to",))
    return held is not None and held.lemma_.lower() not in lexicon.CONFINED_PLACES


def _prison_retaken(tok: Token, doer: Token | None) -> bool:
    """Whether a state's police or troops take control of a prison ("police seized control of
    the Litoral prison after a riot"): order restored in its own jail, no property seized
    (171) nor ground occupied (192)."""
    return state_taker(doer) and any(
        g.lemma_.lower() in lexicon.CONFINEMENT_WORDS for g in _controlled(tok))  # prisons


def _someone_object(tok: Token) -> bool:
    """Whether a verb's object is a person or group (a name, a people, a victim word)."""
    return any(c.dep_ in ("dobj", "nsubjpass") and (
        c.ent_type_ in ("PERSON", "NORP", "GPE", "ORG") or c.lower_ in VICTIM_WORDS
        or c.lower_ in PROTEST_DOERS | REPRESSORS | DEPORTED) for c in tok.children)


def _fights_on(tok: Token, doer: Token | None) -> bool:
    """Whether a person "keeps fighting" with no one fought, no arms in the sentence."""
    return doer is not None and doer.pos_ in ("PROPN", "PRON") and not armed_or_state(
        doer) and not any(
        c.dep_ in ("dobj", "prep", "agent") for c in tok.children) and not any(
        t.lemma_.lower() in lexicon.VIOLENCE_WORDS for t in tok.sent if t.i != tok.i)


def _clash_over_issue(tok: Token, doer: Token | None) -> bool:
    """Whether "clashed over X" by an unarmed doer is a quarrel, not fighting."""
    over = any(c.dep_ == "prep" and c.lower_ in ("over", "about") for c in tok.children)
    return over and not armed_or_state(doer) and (
        doer is None or doer.lower_ not in PROTEST_DOERS)


def _mass_weapon(tok: Token) -> str:
    """An act of force done with a weapon of mass destruction ("used chemical weapons",
    "poisoned him with a nerve agent"): CAMEO 204x."""
    for c in tok.children:
        held = [c] if c.dep_ == "dobj" else [g for g in c.children if g.dep_ == "pobj"] if (
            c.dep_ == "prep" and c.lower_ == "with") else []
        for obj in held:
            if obj.lower_ in MASS_WEAPONS:
                return MASS_WEAPONS[obj.lower_]  # "dropped sarin"
            mods = (m for m in obj.children if m.dep_ in ("amod", "compound"))
            kind = next((MASS_WEAPONS[m.lower_] for m in mods if m.lower_ in MASS_WEAPONS), "")
            if kind and obj.lemma_.lower() in WMD_NOUNS:  # not "the nuclear plant"
                return kind
            if obj.lemma_.lower() in WMD_NOUNS and any(  # "weapons of mass destruction"
                    g.lower_ == lexicon.MASS_DESTRUCTION for p in obj.children if p.lower_ == "of"
                    for g in p.children):
                return "204"
    return ""


def _conjoined_object(tok: Token) -> Token | None:
    """The object of the verb conjoined to this one with none of its own ("beat and arrested
    dozens of students": both acts are done to them)."""
    return next((g for c in tok.children if c.dep_ == "conj" and c.pos_ == "VERB"
                 for g in c.children if g.dep_ == "dobj"), None)


def _beating(tok: Token, who: str, victim: Token) -> str:
    """Beating people: to death 1823, protesters by the state's agents 175, else 182; drums,
    deadlines and records beaten are no one (no event)."""
    if victim.lower_ in lexicon.BEATEN_THINGS:
        return ""
    if any(c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ == "death" for g in c.children)
           for c in tok.children):
        return "1823"
    if verb_particle(tok) == "back" or (
            who in COMBATANTS and _through_quantity(victim).lower_ in COMBATANTS):
        return "190"  # "forces beat back an offensive", "troops beat the rebels": fighting
    return "175" if who in REPRESSORS and _beaten(tok, victim) & PROTEST_DOERS else "182"


def curbed_thing(tok: Token) -> bool:
    """Whether restrictions are imposed on a thing, not on people or their freedoms ("curbs on
    lending", "restrictions on foreign investment"; not "on Tibetan monasteries", "on the
    movement of diplomats", "on the opposition"): no administrative sanction (172)."""
    curb = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if curb is None or curb.lemma_.lower() not in lexicon.CURB_NOUNS:
        return False  # "outlawed the Brotherhood on Tuesday": no curbs named
    ons = [p for w in (curb, tok) for p in w.children
           if p.dep_ == "prep" and p.lower_ == "on" and not dated(p)]
    aimed = next((g for p in ons for g in p.children if g.dep_ in ("pobj", "pcomp")), None)
    if aimed is None:
        return False
    return aimed.dep_ == "pcomp" or not (
        aimed.ent_type_ in ("GPE", "ORG", "NORP", "PERSON") or is_agent_word(aimed.lower_)
        or aimed.lemma_.lower() in lexicon.CURBED_FREEDOMS or any(
            m.ent_type_ in ("NORP", "GPE") for m in aimed.children))


def _beaten(tok: Token, victim: Token) -> set[str]:
    """Who is beaten: the object and the group its pronoun stands for ("some of them")."""
    words = {victim.lower_} | {g.lower_ for p in victim.children if p.lower_ == "of"
                               for g in p.children if g.dep_ == "pobj"}
    if words & {"them", "they"} and tok.dep_ in ("advcl", "conj"):
        role = "dobj" if tok.dep_ == "advcl" else "nsubj"  # "protesters ..., and police beat them"
        words |= {c.lower_ for c in tok.head.children if c.dep_ == role}
    return words


def _police_object(tok: Token) -> bool:
    """Whether a deployment moves police ("sent police officers", "reinforced police units",
    "hundreds of riot police were flown in")."""
    moved = [_through_quantity(c) for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(c.lower_ in POLICE_WORDS or any(
        g.lower_ == "police" for g in c.children if g.dep_ in ("compound", "amod"))
        for c in moved)


def _bomb_kind(doer: Token | None) -> str:
    """The bombing code a bomb's kind names ("a car bomb", "a suicide bomber")."""
    if doer is None or doer.lemma_.lower() not in BOMB_WORDS:
        return ""
    for mod in doer.children:
        if mod.dep_ in ("compound", "amod") and mod.lower_ in BOMB_KINDS and (
                BOMB_KINDS[mod.lower_] != "1832" or doer.lemma_.lower() in VEHICLE_BOMB_HEADS):
            return BOMB_KINDS[mod.lower_]  # not "a truck attack" (ramming), "truck explosion"
        if mod.dep_ == "compound" and mod.lemma_.lower() == "bomb":
            return _bomb_kind(mod)  # "a car bomb explosion"
    return ""


def fulfilled(noun: Token) -> Token | None:
    """The verb carrying out a threat or pledge noun ("followed through on its threat"),
    else None."""
    verb = governing_verb(noun)
    if verb is None or noun.lemma_.lower() not in FULFILLED_NOUNS:
        return None
    need = FULFIL_VERBS.get(verb.lemma_.lower())
    if need is None or need and not any(c.lower_ == need for c in verb.children):
        return None
    return verb


def _crowd_burning(tok: Token, lemma: str) -> bool:
    """"protesters burned tyres", "a mob torched cars", "rioters looted shops": a crowd's
    burning or looting is a riot (145)."""
    if lemma not in CROWD_DAMAGE_VERBS:
        return False
    objects = [c.lemma_.lower() for c in tok.children if c.dep_ == "dobj"]
    if not objects or BURNED_OFFERINGS.intersection(objects):
        return False  # "burned an effigy" protests (141) by the dictionary; candles mourn
    subject, _, passive = subject_and_agent(tok)
    return not passive and subject is not None and _through_quantity(
        subject).lower_ in RIOTING_DOERS  # "hundreds of protesters burned tyres"


def _with_state_agents(doer: Token | None) -> bool:
    """Whether a crowd is named beside police or troops ("between police and students"):
    the sides of a fight, not one crowd's riot."""
    if doer is None:
        return False
    sides = {doer.head.lower_} if doer.dep_ == "conj" else set()
    sides |= {c.lower_ for c in doer.children if c.dep_ == "conj"}
    return bool(sides & (REPRESSORS | POLICE_WORDS))


def _personal_quarrel(tok: Token, doer: Token | None) -> bool:
    """Whether one unarmed person clashes or fights 'with' one other ("the senator clashed
    with the governor over the budget"): words between two people, not force between sides
    (crowds, police, troops and armed groups keep their clash)."""
    partner = prep_object(tok, ("with",))
    doer = doer if doer is not None else subject_and_agent(tok)[0]  # "was fired after
    # clashing with X": the subject of the clause the gerund hangs on
    people = [t for t in (doer, partner) if t is not None]
    return len(people) == 2 and doer is not None and doer.tag_ not in ("NNS", "NNPS") and not any(
        _armed_doer(t) or t.lower_ in POLICE_WORDS | PROTEST_DOERS | PROTESTER_WORDS
        or t.ent_type_ in ("NORP", "GPE", "ORG") for t in people) and not armed_sentence(tok)


def _civilians_set_upon(tok: Token) -> bool:
    """Whether the object of an attack is ordinary people ("a group of Roma residents",
    "migrants", "journalists"), not the police, a building or the state."""
    victim = next((c for c in tok.children if c.dep_ == "dobj"), None) or prep_object(
        tok, ("upon",))  # "a mob set upon Muslim shopkeepers"
    return victim is not None and _through_quantity(victim).lower_ in lexicon.CIVILIAN_VICTIMS


def _rioting(doer: Token | None) -> bool:
    """Whether the doer is named as rioting or protesting ("rioting Uighurs attacked police
    stations"): a crowd, whatever its people."""
    return doer is not None and any(
        c.dep_ in ("amod", "compound") and c.lower_ in lexicon.RIOTING_WORDS
        for c in doer.children)  # the tagger reads "Rioting" as a noun too


def _crowd_act(lemma: str, code: str) -> str:
    """A crowd's force is a riot (145: "protesters threw stones at police"), its occupation
    of a square or building a sit-in (141); a killing or abduction keeps its code ("a mob
    stoned her to death": 1823)."""
    if lemma in RIOT_VERBS and code != "1823":
        return "145"
    return "141" if lemma == "occupy" else code


def _block_code(tok: Token, code: str, doer: Token | None, who: str) -> str:
    """Who blocks decides the act: a crowd obstructs in protest (144: "fishermen blockaded
    the ports"), armed forces or a government restrict movement (191), a state vetoes a bid
    (129: "Turkey blocked Sweden's bid")."""
    if doer is None or who in PROTEST_DOERS | PROTESTER_WORDS:
        return "144" if code == "191" and doer is not None else code
    objects = {c.lemma_.lower() for c in tok.children if c.dep_ in ("dobj", "nsubjpass")}
    state = who in ARMED_BLOCKERS | REPRESSORS | WARSHIPS or doer.ent_type_ in ("GPE", "ORG")  # not
    # "Kenyan traders": a nationality makes no state
    if objects & VETOED_OBJECTS and coded_sector(doer) in lexicon.POLITICAL_DOER_SECTORS:
        return "129"  # "Senate Democrats blocked a funding package": a vote, no blockade
    if state and objects & VETOED_OBJECTS:
        return "129"
    if state:
        return "191"  # "troops blocked the roads", "Israel blocked aid convoys"
    return "144"  # "truckers blockaded the ports": no state, an obstruction


# codes a blast's verb takes in the dictionary: riots (145, "ripped through ... in") and force
BLAST_ROOTS = frozenset({"14", "18", "19"})


def _blast_code(doer: Token | None) -> str | None:
    """A bombing's code when the doer is the explosion or the bomb itself (183, or its kind);
    "" for an accidental one (gas, a boiler, a mine); None when the doer is no blast."""
    if doer is None:
        return None
    head = doer.lemma_.lower()
    if head in lexicon.ROAD_VEHICLES and _packed_with_explosives(doer):
        return "1832"  # "a car packed with explosives went off outside a ministry"
    bombed = head in ("attack", "strike") and any(
        c.dep_ == "compound" and c.lemma_.lower() in ("bomb", "firebomb") for c in doer.children)
    if head not in BLAST_HEADS and not bombed:
        return None  # "a bomb attack killed" is a bombing; a bare "attack" is coded as force
    words = {t.lower_ for t in doer.subtree}
    if words & ACCIDENTAL_BLASTS and not words & {"bomb", "bomber", "suicide", "explosives"}:
        return ""
    return _bomb_kind(doer) or "183"


def _packed_with_explosives(vehicle: Token) -> bool:
    """Whether a vehicle is told loaded with explosives ("a car packed with explosives", "a
    truck laden with explosives"): a vehicle bomb."""
    return any(c.dep_ in ("acl", "amod") and c.lemma_.lower() in lexicon.LOADED_WORDS and any(
        t.lower_ in lexicon.EXPLOSIVE_LOADS for t in c.subtree) for c in vehicle.children)


def _aerial(doer: Token) -> bool:
    """Whether a bombing's doer bombs from the air: aircraft, an air arm, a state or alliance."""
    words = {t.lower_ for t in doer.subtree}
    return bool(words & (AERIAL_DOERS | AERIAL_WORDS)) or doer.ent_type_ == "GPE"
