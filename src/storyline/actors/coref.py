"""Rule-based, conservative in-article coreference: names, titles and pronouns to entities.

Names join an earlier entity when their words are a first/last-name subset of it ("Shoigu" ->
"Sergei Shoigu", "Xi" -> "Xi Jinping"); titles ("the Chinese Defense Minister") join the
latest person holding that role; he/she/they go to the nearest compatible antecedent in the
same or the two previous sentences, subjects first, never to the subject of their own
clause when they are its object.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from storyline.actors.mentions import Candidate
from storyline.actors.names import FEMALE, MALE, norm_key

PERSONAL = frozenset({"PERSON", "TITLE"})
WINDOW = 2  # sentences back a pronoun may look
MAX_BACK = 40  # candidates back a pronoun may look
# Singular common-noun heads of organisations that 'it' may refer to (never 'he' or 'she').
BODY_HEADS = frozenset({"government", "ministry", "army", "military", "police", "parliament",
                        "council", "committee", "court", "navy", "party", "movement", "group",
                        "embassy", "consulate", "agency", "administration", "cabinet", "regime",
                        "company", "firm", "bank", "newspaper", "alliance", "coalition", "union",
                        "front", "organization"})
# Heads of titles that are craft at sea (events.extract.SEA_CRAFT adds their plurals).
SEA_VEHICLES = frozenset({"ship", "vessel", "boat", "tanker", "freighter", "ferry", "submarine",
                          "warship"})
# Heads of titles that are vehicles, never 'he' or 'she' ('the crew of the Greek tanker').
VEHICLES = SEA_VEHICLES | frozenset({"airliner", "aircraft", "plane", "airplane", "jet",
                                     "helicopter", "car", "truck", "bus", "train"})
# Collective heads of titles: many people, never 'he' or 'she' ('the news media ... his').
COLLECTIVES = frozenset({"media", "press", "public", "staff", "crowd", "team", "campaign",
                         "family", "audience", "electorate", "establishment", "leadership",
                         "delegation", "opposition", "community", "majority", "minority"})
# Plural heads without a plural -s ('people from China ... he': no antecedent of 'he').
# (not 'police': the parse often joins them to a scene, 'in Dhaka and police fired at them')
PLURAL_HEADS = frozenset({"people", "personnel", "children", "men", "women", "folks",
                          "clergy"})
GROUP_HEADS = COLLECTIVES | PLURAL_HEADS  # never one titled person or body
NO_PERSON_HEADS = VEHICLES | BODY_HEADS | COLLECTIVES | PLURAL_HEADS  # never 'he' or 'she'


@dataclass
class Item:
    """A candidate with its codes; ``entity`` is filled by ``resolve``."""

    cand: Candidate
    kind: str
    name: str | None = None
    actor_id: str | None = None
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    description: str | None = None
    explicit: bool = False  # coded from what this article states (title, apposition)
    entity: int = -1
    country_basis: str = ""  # "sentence" / "article" when the country was inferred (extract.py)
    ethnic: bool = False  # an ethnic or religious group: lives where its sentence says
    group_name: bool = False  # an unknown name the text calls a group ('the X movement')


def _rank(it: Item) -> tuple[bool, bool, bool, bool]:
    """How much an item says about its entity: stated in the article, named, country, role."""
    return (it.explicit, it.name is not None, it.country is not None, it.role is not None)


@dataclass
class Entity:
    """Mentions judged to be one actor, with the best codes any of them carries."""

    index: int
    kind: str
    items: list[Item] = field(default_factory=list)
    tokens: tuple[str, ...] = ()
    gender: str | None = None
    best_item: Item | None = None

    @property
    def best(self) -> Item:
        """The most informative member: explicit codes first, then any code, then the first."""
        assert self.best_item is not None
        return self.best_item

    def fill(self, item: Item) -> None:
        """Join an item to this entity; it becomes the best one if it says more."""
        self.items.append(item)
        item.entity = self.index
        if self.best_item is None or _rank(item) > _rank(self.best_item):
            self.best_item = item


def _named_count(ent: Entity) -> int:
    """How often the article names an entity: a bare surname shared by several people (a
    politician and his relatives) means the one the article names most, not the latest."""
    return sum(1 for it in ent.items if it.kind == "PERSON")


def _name_tokens(name: str | None) -> tuple[str, ...]:
    """The words of a name that can match another mention (no initials, hyphens split)."""
    return tuple(w for w in norm_key(name or "").replace("-", " ").split() if len(w) > 1)


# Endings of the feminine forms of Slavic surnames ('Zelenska', 'Ivanova', 'Navalnaya'), which
# are a man's relative's, not his name spelled another way
FEMININE_ENDINGS = ("ska", "cka", "zka", "ova", "eva", "ina", "aya")


def _same_word(a: str, b: str) -> bool:
    """Equal, or a spelling variant ('zelensky'/'zelenskiy') of a long word."""
    if a == b:
        return True
    if a.endswith(FEMININE_ENDINGS) != b.endswith(FEMININE_ENDINGS) and a[-1] != b[-1]:
        return False  # 'Zelenska' is Zelensky's wife, 'Ivanova' no Ivanov
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 6 and len(long_) - len(short) <= 1 and long_.startswith(short[:-1])


def _name_match(tokens: tuple[str, ...], ent: Entity) -> bool:
    """A name joins an entity if it equals it or is its first or last word(s)."""
    if not tokens or not ent.tokens:
        return False
    if len(tokens) == len(ent.tokens):
        return all(_same_word(a, b) for a, b in zip(tokens, ent.tokens, strict=True))
    if _middle_name(tokens, ent.tokens) or _middle_name(ent.tokens, tokens):
        return True
    if len(tokens) > len(ent.tokens):
        return False
    head = all(_same_word(a, b) for a, b in zip(tokens, ent.tokens, strict=False))
    tail = all(_same_word(a, b) for a, b in zip(reversed(tokens), reversed(ent.tokens),
                                                 strict=False))
    return head or tail


def _middle_name(short: tuple[str, ...], long_: tuple[str, ...]) -> bool:
    """Whether a two-word name is a longer one without its middle words ('Alan Grayson' is
    'Alan Mark Grayson'), so the full form and the usual one join."""
    return len(short) == 2 and len(long_) > 2 and _same_word(short[0], long_[0]) and (
        _same_word(short[1], long_[-1]))


def _name_gender(name: str | None) -> str | None:
    """Gender told by a canonical name's given name, if known."""
    first = norm_key(name or "").split()[:1]
    if first and first[0] in FEMALE:
        return "f"
    if first and first[0] in MALE:
        return "m"
    return None


def _gender_of(item: Item) -> str | None:
    """Gender told by a mention's first words (given name or honorific)."""
    words = norm_key(item.cand.text).split()
    if any(w in FEMALE for w in words[:3]):
        return "f"
    if any(w in MALE for w in words[:2]):
        return "m"
    return None


class Resolver:
    """Assigns each item to an entity, in text order."""

    def __init__(self) -> None:
        """Empty entity list and the indexes that keep joining linear."""
        self.entities: list[Entity] = []
        self.by_key: dict[str, Entity] = {}
        self.by_word: dict[str, list[Entity]] = {}  # person name word -> entities
        self.by_role: dict[frozenset[str], list[Entity]] = {}
        self.items: list[Item] = []

    def _new(self, item: Item, tokens: tuple[str, ...] = ()) -> Entity:
        """Start an entity with ``item`` and index it by name words and role."""
        ent = Entity(len(self.entities), item.kind, tokens=tokens, gender=_gender_of(item))
        self.entities.append(ent)
        ent.fill(item)
        if item.kind == "PERSON":
            for word in {tokens[0], tokens[-1]} if tokens else ():
                self.by_word.setdefault(word, []).append(ent)
        self._index_role(ent, item)
        return ent

    def _index_role(self, ent: Entity, item: Item) -> None:
        """Index a person by role, so a later bare title ('the minister') finds them."""
        role = _role_key(item.role)
        if ent.kind == "PERSON" and role and ent not in self.by_role.get(role, ()):
            self.by_role.setdefault(role, []).append(ent)

    def add(self, item: Item) -> None:
        """Join ``item`` to an earlier entity or start a new one."""
        self.items.append(item)
        if item.kind == "PRON":
            self._pronoun(item)
        elif item.kind == "PERSON":
            self._person(item)
        elif item.kind == "TITLE":
            self._title(item)
        elif item.kind == "GROUP":
            self._new(item)
        else:
            self._named(item)

    def _people_named(self, tokens: tuple[str, ...]) -> list[Entity]:
        """Person entities sharing a first/last word with ``tokens`` (or a recent variant)."""
        if not tokens:
            return []
        found = {e.index: e for w in {tokens[0], tokens[-1]} for e in self.by_word.get(w, ())}
        if not found and len(tokens) == 1 and len(tokens[0]) >= 6:
            recent = [e for e in self.entities[-60:] if e.kind == "PERSON"]
            found = {e.index: e for e in recent}
        people = [found[i] for i in sorted(found, reverse=True) if _name_match(tokens, found[i])]
        if len(tokens) == 1 and len(people) > 1:  # 'Grayson' among Alan, Dena, Lolita Grayson
            people.sort(key=_named_count, reverse=True)
        return people

    def _person(self, item: Item) -> None:
        """Join a named person to an earlier one with a matching name, else start one."""
        tokens = _name_tokens(item.name)
        for ent in self._people_named(tokens):
            if item.country and ent.best.country and item.country != ent.best.country:
                continue
            ent.fill(item)
            ent.gender = ent.gender or _gender_of(item)
            self._index_role(ent, item)
            return
        self._new(item, tokens)

    def _named(self, item: Item) -> None:
        """Join organisations, places and outlets by actor id or name; some are persons."""
        tokens = _name_tokens(item.name or item.cand.text)
        if len(tokens) == 1 and (item.kind in ("ORG", "PROPN") or (
                item.kind == "GPE" and not item.country and not item.actor_id)):
            people = self._people_named(tokens)
            if people:  # "Sutter", "Zelenskiy" as organisations, an unplaced 'Frankel' place
                item.kind = "PERSON"
                people[0].fill(item)
                return
        key = item.actor_id or f"{item.kind}:{norm_key(item.name or item.cand.text)}"
        ent = self.by_key.get(key)
        if ent is None:
            ent = self._new(item, tokens)
            self.by_key[key] = ent
        else:
            ent.fill(item)

    def _title(self, item: Item) -> None:
        """'the Chinese Defense Minister' -> the latest person with that role and country."""
        anchor = self._appos_anchor(item)
        if anchor is None and item.cand.text[:1].isupper() and len(item.cand.words) == 1:
            people = self._people_named(_name_tokens(item.cand.text))  # 'King' -> Pete King
            anchor = people[0] if people else None
        if anchor is not None:
            anchor.fill(item)
            return
        role = _role_key(item.role)
        if item.cand.det in INDEFINITE:
            self._new(item)  # 'another Republican governor', 'a senator': someone else
            return
        holders = [e for e in self.by_role.get(role, ())
                   if not item.country or e.best.country in (None, item.country)]
        if len(holders) == 1 or (holders and item.country):
            holders[-1].fill(item)
            return
        recent = self._recent_holder(item)
        if recent is not None:
            recent.fill(item)
            return
        self._new(item)

    def _recent_holder(self, item: Item) -> Entity | None:
        """'the ministry', 'the senator', 'the troops': a definite bare title (one role word,
        no country; not 'another governor') joins the one person or titled body of this or
        the two previous sentences whose role holds that word ('the Turkish foreign
        ministry', 'Sen. Marco Rubio')."""
        role = _role_key(item.role)
        if item.country or len(role) != 1 or len(_clean_words(item.cand.words)) != 1 or (
                item.cand.head_lemma in GROUP_HEADS) or item.cand.det != "the":
            return None  # not 'people', 'the public': anyone ('the former president' waits)
        plural = item.cand.head_lemma.endswith("s")
        found: dict[int, Entity] = {}
        for prev in reversed(self.items[-MAX_BACK:-1]):
            if prev.cand.sent < item.cand.sent - WINDOW:
                break
            ent = self.entities[prev.entity] if prev.entity >= 0 else None
            if ent is None or ent.kind not in PERSONAL or not any(
                    role <= _role_key(it.role) for it in ent.items):
                continue
            if plural == (ent.kind == "TITLE" and ent.best.cand.head_lemma.endswith("s")):
                found.setdefault(ent.index, ent)
        return next(iter(found.values())) if len(found) == 1 else None

    def _appos_anchor(self, item: Item) -> Entity | None:
        """The named entity an appositive title describes ('Sutter, a professor ...'); none for
        an unnamed group of another kind (see _other_group)."""
        if item.cand.dep != "appos":
            return None
        for prev in reversed(self.items[-8:-1]):
            if prev.cand.token == item.cand.head and prev.entity >= 0:
                anchor = self.entities[prev.entity]
                return None if _other_group(item, anchor) else anchor
        return None

    def _pronoun(self, item: Item) -> None:
        """Join a pronoun to its antecedent; an unresolved pronoun stays out."""
        ent = self._antecedent(item)
        if ent is None:
            return
        ent.fill(item)
        if item.cand.pronoun in ("m", "f"):
            ent.gender = ent.gender or item.cand.pronoun

    def _antecedent(self, pron: Item) -> Entity | None:
        """Nearest compatible antecedent: same sentence by recency, then earlier subjects."""
        same: list[Item] = []
        earlier: list[Item] = []
        for prev in reversed(self.items[-MAX_BACK:-1]):
            if prev.entity < 0 or prev.cand.sent < pron.cand.sent - WINDOW:
                continue
            (same if prev.cand.sent == pron.cand.sent else earlier).append(prev)
        earlier.sort(key=lambda p: (-p.cand.sent, not p.cand.dep.startswith("nsubj")))
        if pron.cand.pronoun == "n":  # it/its: subjects first, this or the previous sentence
            same.sort(key=lambda p: not p.cand.dep.startswith("nsubj"))
            earlier = [p for p in earlier if p.cand.sent >= pron.cand.sent - 1]
        same.sort(key=lambda p: p.cand.token != pron.cand.conj_of)  # 'a cartel and its men'
        if pron.cand.reason_of >= 0:  # 'suspended Syria's membership over its crackdown'
            same.sort(key=lambda p: p.cand.object_of != pron.cand.reason_of)
        for prev in same + earlier:
            ent = self.entities[prev.entity]
            if _compatible(pron, prev, ent):
                return self._teller(pron, prev, same) or ent
        return None

    def _teller(self, pron: Item, heard: Item, same: list[Item]) -> Entity | None:
        """'McConnell called to tell Garland that he won't agree': a subject 'he' after the
        one told is the teller, when the teller can be 'he' too."""
        if not (pron.cand.dep.startswith("nsubj") and heard.cand.dep in ("dobj", "dative")
                and heard.cand.head_word in TELLING_VERBS):
            return None
        subjects = [p for p in same if p.cand.dep.startswith("nsubj")
                    and p.cand.token < heard.cand.token]
        own = [p for p in subjects if p.cand.head == heard.cand.head]
        for prev in own or subjects:  # 'X agreed ... to tell Y': X (none of its own)
            ent = self.entities[prev.entity]
            if _compatible(pron, prev, ent):
                return ent
        return None


# Verbs whose object hears what a following 'he'/'she' says of the teller ('McConnell called to
# tell Garland that he won't agree': McConnell)
TELLING_VERBS = frozenset({"tell", "told", "tells", "telling", "assure", "assured", "assures",
                           "inform", "informed", "informs", "remind", "reminded", "reminds",
                           "promise", "promised", "promises", "warn", "warned", "warns"})
# Determiners of a title that never refers back to someone named ('another governor')
INDEFINITE = frozenset({"a", "an", "another", "other", "some", "any", "no"})
# Abbreviated titles and the words a later bare title uses for them ('Sen. X' ... 'the senator')
TITLE_WORDS = {"sen.": "senator", "sen": "senator", "gov.": "governor", "gov": "governor",
               "pres.": "president", "gen.": "general", "adm.": "admiral", "lt.": "lieutenant",
               "col.": "colonel", "sgt.": "sergeant", "amb.": "ambassador"}


@lru_cache(maxsize=4096)
def _role_key(role: str | None) -> frozenset[str]:
    """A role's content words, spelling-normalised, for matching titles to people."""
    words = norm_key(role or "").replace("defence", "defense").split()
    return frozenset(TITLE_WORDS.get(w, w) for w in words if w not in ("of", "the", "and"))


def _clean_words(words: list[str]) -> list[str]:
    """A mention's words without articles, numbers and possessive marks."""
    return [w for w in words if w.casefold() not in ("the", "a", "an", "'s", "’s")
            and not w.isdigit() and w.casefold() not in ("two", "three", "both")]


def _other_group(item: Item, anchor: Entity) -> bool:
    """Whether an appositive group is someone other than what the parser hung it on: a group
    of another sector than a titled group's ('refugees, a human rights group protested') or a
    non-state group after a place ('police beat protesters in Nairobi, a rights group said'):
    the subject of a later verb, not a description."""
    if item.sector is None:
        return False
    if anchor.kind == "TITLE":
        return anchor.best.sector is not None and item.sector != anchor.best.sector
    return anchor.kind in ("GPE", "LOC", "FAC") and item.sector != "GOV"


def _compatible(pron: Item, prev: Item, ent: Entity) -> bool:
    """Number, gender and binding agreement between a pronoun and an earlier mention."""
    gender = pron.cand.pronoun
    if gender == "n":  # it/its: a country, an organisation or outlet, a government
        if prev.cand.token == pron.cand.token or prev.cand.head == pron.cand.token:
            return False
        if prev.cand.label == "NORP" and prev.cand.dep == "amod":
            return False  # 'American jobs. He promises to declare it ...': no noun for 'it'
        return ent.kind in ("ORG", "MEDIA", "GPE") or (ent.kind == "TITLE" and (
            ent.best.cand.head_lemma in BODY_HEADS or prev.cand.token == pron.cand.conj_of))
    if gender == "p":  # they: a group, or plural officials/experts/forces or nationals
        plural = ent.kind == "TITLE" and ent.best.cand.head_lemma.endswith("s") or (
            ent.kind == "NORP" and prev.cand.head_lemma.endswith("s")
            and prev.cand.dep not in ("amod", "compound")  # 'two Palestinians', not 'Afghan'
            and prev.cand.sent == pron.cand.sent)  # in its own sentence only
        return (ent.kind == "GROUP" or plural) and not _bound(pron, prev)  # not 'people':
        # too vague an antecedent ('people ... 36 percent of Democrats said they')
    if ent.kind not in PERSONAL:
        return False
    if ent.kind == "TITLE" and ent.best.cand.head_lemma.endswith("s"):
        return False  # 'security forces' is no 'he'
    if ent.kind == "TITLE" and ent.best.cand.head_lemma in NO_PERSON_HEADS:
        return False  # 'the tanker', 'the army' is no 'he'
    known = ent.gender or _name_gender(ent.best.name)
    if known and known != gender:
        return False
    if prev.cand.quoted and not pron.cand.quoted and prev.cand.sent == pron.cand.sent:
        return False  # '"I prefer Kasich," he said': the speaker, not whom he quotes
    return not _bound(pron, prev) and prev.cand.token != pron.cand.token


def _bound(pron: Item, prev: Item) -> bool:
    """Whether a non-reflexive object pronoun would stand for its own clause's subject ('police
    fired tear gas at them' is not at the police)."""
    reflexive = pron.cand.head_lemma.endswith("self") or pron.cand.head_lemma.endswith("selves")
    same_clause = prev.cand.head == pron.cand.head and prev.cand.dep.startswith("nsubj")
    return same_clause and pron.cand.dep in ("dobj", "dative", "pobj") and not reflexive
