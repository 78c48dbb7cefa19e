"""Turn event participants into coded ActorRefs via the actors stage (mentions, then coding)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from storyline.actors import kb
from storyline.actors.cache import code_phrase_cached
from storyline.actors.coding import (
    AGENT_PLACES,
    AMBIGUOUS_PLACES,
    ENVOY_WORDS,
    RESIDENT_SECTORS,
    is_agent_phrase,
    is_client_mark,
    is_likeness_mark,
    is_patron_mark,
    learned_surname_only,
    office_absent,
    surnames_of,
    takes_side,
)
from storyline.actors.lookup import actor_ref, mention_at, nearby
from storyline.actors.names import norm_key
from storyline.events.roles import HOUSES
from storyline.records import ActorRef, Location, Mention

NAMED = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
PLACE_KINDS = frozenset({"GPE", "NORP", "LOC"})  # states a client group may serve


@dataclass(frozen=True)
class Participant:
    """A participant as the detector saw it, in article offsets."""

    head: tuple[int, int]
    phrase: tuple[int, int]
    text: str
    head_text: str = ""
    entity: str = ""
    pronoun: bool = False
    extended_text: str = ""
    home_text: str = ""


def resolve_actor(
    mentions: list[Mention], who: Participant, date: str | None = None,
    db_path: str | None = None,
) -> ActorRef | None:
    """The participant's actor (phrases coded against the store's learned actors too, the
    article's own people hiding learned namesakes); a group located in a named place takes
    that place's country."""
    with kb.own_surnames(own_surnames(mentions)):
        return _located(mentions, who, date, db_path)


_OWN: list[tuple[list[Mention], int, frozenset[str]]] = []  # the last article's, one entry


def own_surnames(mentions: list[Mention]) -> frozenset[str]:
    """Surnames of the people the article names in full or with a title (its own 'Colonel
    Nambiar' is who a bare 'Nambiar' means, not a learned namesake); one article remembered."""
    last = _OWN[0] if _OWN else None  # read once: another thread may replace it
    if last is not None and last[0] is mentions and last[1] == len(mentions):
        return last[2]
    names = surnames_of(_person_words(m) for m in mentions if m.kind == "PERSON")
    _OWN[:] = [(mentions, len(mentions), names)]
    return names


def _person_words(mention: Mention) -> list[str]:
    """A person mention's words as text splits them, without possessive marks or articles."""
    words = [w for w in mention.text.replace("’", "'").split() if w not in ("'s", "'")]
    return [w for w in words if w.casefold() not in ("the", "a")]


def _located(
    mentions: list[Mention], who: Participant, date: str | None, db_path: str | None
) -> ActorRef | None:
    """The participant's actor, with the country of the named place it is located in."""
    actor = _resolve(mentions, who, date, db_path)
    if actor is None or not who.home_text:
        return actor
    home = _safe_code(who.home_text, date, db_path)
    settled = next((m for m in nearby(mentions, who.phrase[0], who.phrase[1] + 80)
                    if m.text == who.home_text and m.country_basis == "sentence"), None)
    if home is not None and settled is not None:  # 'in Tripoli ... the north Lebanese port':
        if actor.country == home.country:  # the sentence settled the two-country town
            actor.country = settled.country
        home = replace(home, country=settled.country)
    if actor.country and not actor.country_basis and not _resident(actor, who) and (
            not _bare_house(who)):
        return actor  # 'Israeli troops in southern Lebanon', 'a US base in Syria' stay theirs
    if home is not None and home.country not in kb.bundled().isos:  # 'police in Brussels':
        town = kb.bundled().places.get(norm_key(who.home_text))  # Belgium's, not the EU's
        home = replace(home, country=town) if town else home
    if home is not None and home.country and not _same_place(who.home_text, actor, home) and (
            actor.country or not office_absent(home.country, who.text.split())):
        actor.country, actor.country_basis = home.country, ""
    return actor


# People who are where they are as visitors or nationals, not residents: CAMEO keeps their
# own country ('a French tourist in Ouagadougou', 'American missionaries in Haiti').
VISITORS = frozenset({
    "tourist", "tourists", "visitor", "visitors", "traveller", "travellers", "traveler",
    "travelers", "pilgrim", "pilgrims", "journalist", "journalists", "reporter", "reporters",
    "missionary", "missionaries", "engineer", "engineers", "national", "nationals", "citizen",
    "citizens", "diplomat", "diplomats", "hostage", "hostages", "businessman", "businessmen",
    "aid", "expert", "experts", "contractor", "contractors", "crew", "sailors", "fishermen",
})


def _bare_house(who: Participant) -> bool:
    """Whether a participant is a legislature named by its bare word ('the Senate'), whose
    default country (the US one) gives way to the city it sits in ('the Senate in Brasilia')."""
    words = [w.casefold() for w in who.text.split() if w.casefold() not in ("the", "a")]
    return words == [who.head_text.casefold()] and words[0] in HOUSES


def _resident(actor: ActorRef, who: Participant) -> bool:
    """Whether a coded group is coded by where it lives ('Albanians in Serbia'), not a visitor."""
    head = who.head_text.casefold()
    if actor.sector not in RESIDENT_SECTORS or head in VISITORS or _one_named_person(who):
        return False
    return actor.sector is not None or who.head_text[:1].isupper() or head in (
        "people", "residents", "civilians", "villagers", "inhabitants")


def _one_named_person(who: Participant) -> bool:
    """Whether a participant is one person a demonym qualifies ('a Canadian professor in
    Tehran', 'a French teacher'): a national of that state, not a resident of the place."""
    words = who.text.split()
    return len(words) >= 2 and words[0].casefold() in ("a", "an") and words[1][:1].isupper() and (
        not who.head_text.casefold().endswith("s"))


def _same_place(text: str, actor: ActorRef, home: ActorRef) -> bool:
    """Whether the actor's country is another reading of a two-country place name (its
    article made 'the governor of Georgia' American; the place alone would say GEO)."""
    readings = AMBIGUOUS_PLACES.get(norm_key(text), frozenset())
    return actor.country in readings and home.country in readings


# tagged occasions ('Black Friday', 'the Olympics'); not dates, which the tagger also puts on
# people ('Hundreds of Greeks')
TIME_ENTITIES = frozenset({"EVENT"})


def _resolve(
    mentions: list[Mention], who: Participant, date: str | None, db_path: str | None
) -> ActorRef | None:
    """The actor behind a participant: its mention, else its phrase if that codes as an actor.

    A phrase counts only if it names a country or its head word is itself an agent
    ("officials", "army"), so "military support" is not an actor; pronouns need a mention.
    """
    mention = _containing_mention(mentions, who.head)
    if mention is None and who.entity in TIME_ENTITIES:
        return None  # "a strike on Black Friday": a day, whatever group the dictionary so names
    if mention is not None and mention.kind == "TITLE" and not mention.actor_id:
        named = _named_in_apposition(mentions, mention)
        if named is not None:
            return named
    if mention is not None and (mention.country or mention.actor_id or who.pronoun):
        return actor_ref(mention)
    if who.pronoun:
        return None
    extended = who.extended_text or who.text
    if who.head_text.casefold() in ENVOY_WORDS and " of " not in extended[len(who.text):]:
        extended = who.text  # 'the ambassador in Baghdad': posted there, not of it
    for text in dict.fromkeys((who.text, extended)):
        if mention is not None and mention.kind == "PERSON" and text == who.text:
            continue  # the actors stage coded the name itself ('Michael Jordan' is no JOR)
        coded = _safe_code(text, date, db_path)
        if coded is not None and coded.country and not _surname_guess(mention, who, text,
                                                                      date, db_path):
            coded.text, coded.span = who.text, who.phrase  # extended text codes only
            return coded
    if mention is not None:
        return _agent_word(who, mention, db_path) or actor_ref(mention)
    modifier = _modifier_mention(mentions, who)
    if modifier is not None:
        return modifier
    coded = _safe_code(who.text, date, db_path)
    if coded is not None and coded.country and _surname_guess(None, who, who.text, date,
                                                              db_path):
        coded = None
    if coded is not None and (who.entity in NAMED or _is_agent(who, db_path)):
        coded.text, coded.span = who.text, who.phrase
        return coded
    if who.entity in NAMED or (not who.entity and _untagged_name(who.text)):
        return ActorRef(text=who.text, span=who.phrase)
    return _followers(who, extended, db_path)


def _followers(who: Participant, extended: str, db_path: str | None) -> ActorRef | None:
    """People named by whom they follow ('Supporters of the jailed opposition leader',
    'Backers of the ousted president'): the sector their whole phrase codes, the country left
    to their place, when the head word alone codes nothing."""
    if extended == who.text or who.head_text.casefold() not in FOLLOWER_WORDS:
        return None
    coded = _safe_code(extended, None, db_path)
    if coded is None or not coded.sector or coded.country or coded.actor_id:
        return None
    coded.text, coded.span = who.text, who.phrase
    return coded


# People named by whom they follow, whose 'of' phrase tells their sector ('Supporters of the
# jailed opposition leader')
FOLLOWER_WORDS = frozenset({"supporters", "backers", "followers", "loyalists", "partisans",
                            "sympathizers", "sympathisers", "devotees"})
NAME_PARTICLES = frozenset({"de", "da", "del", "al", "bin", "ibn", "van", "von", "la", "le"})


def _untagged_name(text: str) -> bool:
    """Whether a phrase the tagger left without an entity is a person's or body's full name,
    every word capitalised ("the militia freed Ana Lucia Restrepo"): a named actor, uncoded."""
    words = [w for w in text.split() if w.casefold() not in NAME_PARTICLES]
    return len(words) >= 2 and all(w[:1].isupper() and w[1:2].islower() for w in words)


def _surname_guess(mention: Mention | None, who: Participant, text: str, date: str | None,
                   db_path: str | None) -> bool:
    """Whether a phrase coding rests only on a learned surname the text does not support: the
    actors stage left the word's own mention uncoded (it knows the parse and the article's
    own people), or the word is no named person at all ('Anger grew ...')."""
    if mention is None and who.entity == "PERSON":
        return False
    return learned_surname_only(text, date, db_path)


def _agent_word(who: Participant, mention: Mention, db_path: str | None) -> ActorRef | None:
    """An agent word the tagger took for a name and left uncoded ('Pirates seized ...' tagged
    a place at a sentence's start): the word's own sector, so that its scene may place it."""
    if mention.country or mention.actor_id or mention.sector or not _is_agent(who, db_path):
        return None
    coded = _safe_code(who.text, None, db_path)
    if coded is None or not coded.sector or coded.country or coded.actor_id:
        return None  # a sector of a word, not a name ('Anger' is no learned judge)
    coded.text, coded.span = who.text, who.phrase
    return coded


# Arms a state's forces use, which a title before them owns ('government warplanes', 'army
# helicopters'), like the places they hold
ARMS = frozenset({"warplane", "warplanes", "jet", "jets", "helicopter", "helicopters",
                  "gunship", "gunships", "tank", "tanks", "drone", "drones", "bomber",
                  "bombers", "warship", "warships", "artillery", "aircraft", "planes"})
# What someone says or demands, whose possessor is what rejecting or criticising it aims at
# ('rejected his criticism', 'dismissed their demands')
SAYINGS = frozenset({"criticism", "criticisms", "remarks", "remark", "comments", "comment",
                     "accusation", "accusations", "charges", "claims", "claim", "statement",
                     "statements", "demands", "demand", "proposal", "proposals", "threats",
                     "threat", "attacks", "allegations", "allegation", "ultimatum", "offer"})


def _modifier_mention(mentions: list[Mention], who: Participant) -> ActorRef | None:
    """"Taliban attackers", "Hamas positions", "government positions", "his criticism": a coded
    name or a resolved possessive pronoun (or, for a place an agent holds, a coded title)
    modifying the head stands for it."""
    held = norm_key(who.head_text) in AGENT_PLACES | ARMS  # 'government positions',
    # 'government warplanes': what a title holds
    inside = [m for m in nearby(mentions, who.phrase[0], who.head[0])
              if who.phrase[0] <= m.span[0] and m.span[1] <= who.head[0]
              and (m.country or m.actor_id)
              and (m.kind != "PRON" or (m.span[0] == who.phrase[0]  # 'his criticism': his
                                        and who.head_text.casefold() in SAYINGS))
              and (m.kind != "TITLE" or held)
              and not is_patron_mark(who.text[m.span[1] - who.phrase[0]:].split()[:1])
              and not (m.kind in PLACE_KINDS and is_client_mark(who.text[m.span[1]
                                                                       - who.phrase[0]:]))
              and not is_likeness_mark(who.text[m.span[1] - who.phrase[0]:])
              and not takes_side(who.text[: m.span[0] - who.phrase[0]])]
    if not inside:
        return None
    ref = actor_ref(inside[-1])
    ref.text, ref.span = who.text, who.phrase
    return ref


# Characters between a title and the name in apposition to it ('minister, Sergei Lavrov')
APPOSITION_GAP = 2


def _named_in_apposition(mentions: list[Mention], title: Mention) -> ActorRef | None:
    """The person a title names in apposition ("Russia's foreign minister, Sergei Lavrov,
    accused ...": the subject's head is 'minister'), with the title's codes where the name's
    own are missing; none where the name codes another country, nor for a plural title
    ("accepted Syrian refugees, Hickenlooper says": no one person is refugees)."""
    if _plural_title(title):
        return None
    person = next((m for m in nearby(mentions, title.span[1], title.span[1] + APPOSITION_GAP + 1)
                   if m.kind == "PERSON" and m.span[0] == title.span[1] + APPOSITION_GAP), None)
    if person is None or person.country and title.country and person.country != title.country:
        return None
    return replace(actor_ref(person), country=person.country or title.country,
                   sector=person.sector or title.sector, role=person.role or title.role)


def _plural_title(title: Mention) -> bool:
    """Whether a title mention names several people: its last word is its role's plural."""
    if not title.role:
        return False
    word, role = title.text.casefold().rsplit(maxsplit=1)[-1], title.role.casefold().split()[-1]
    return word != role and word in (role + "s", role + "es", role[:-1] + "ies", role[:-2] + "en")


def _containing_mention(mentions: list[Mention], head: tuple[int, int]) -> Mention | None:
    """The smallest mention containing the head word (mentions pre-filtered by position)."""
    near = [m for m in nearby(mentions, *head) if m.span[0] <= head[0] and head[1] <= m.span[1]]
    mention = mention_at(near, *head) if near else None
    if mention is not None and mention.span[0] <= head[0] and head[1] <= mention.span[1]:
        return mention
    return None


def _is_agent(who: Participant, db_path: str | None) -> bool:
    """Whether the participant's head, alone or with its modifiers ('fighter jets', 'rebel
    positions'), is an agent."""
    head = _safe_code(who.head_text, None, db_path) if who.head_text else None
    return (head is not None and bool(head.sector or head.country)) or is_agent_phrase(who.text)


def _safe_code(text: str, date: str | None, db_path: str | None) -> ActorRef | None:
    """The phrase's coding against the store (its learned actors included); cached, since
    articles repeat their phrases, and forgotten when a name in it is learned."""
    return code_phrase_cached(text, date, db_path)


def is_coded(ref: ActorRef | None) -> bool:
    """Whether an actor carries a country, sector or knowledge-base id."""
    return ref is not None and bool(ref.country or ref.actor_id or ref.sector)


def resolve_place(
    mentions: list[Mention], where: Participant, db_path: str | None = None
) -> Location:
    """A location with the country its mention or phrase codes to."""
    ref = resolve_actor(mentions, where, db_path=db_path)
    country = ref.country if ref is not None else None
    return Location(text=where.text, span=where.phrase, country=country)
