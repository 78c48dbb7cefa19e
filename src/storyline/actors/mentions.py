"""Find actor mention candidates in spaCy docs: name groups, titles, groups and pronouns.

A name group is a nominal head (a proper noun, a named-entity token or a title noun) with its
left modifiers ("Russian Defense Minister Sergei Shoigu"); its possessor ("Russia's") and
apposition (", a professor of ...") are read for coding but are not part of its span. This
is the only module of the actors stage that touches spaCy objects; it returns plain data.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, cast

from storyline.actors import kb
from storyline.actors.coding import (
    COMPOUND_SECTORS,
    DEFINITE_DETS,
    DRIVER_PHRASES,
    LANGUAGE_VERBS,
    LANGUAGES,
    US_PARTY_WORDS,
    WAR_NOUNS,
    agent_sector,
    is_agent_word,
    party_state_tag,
    prominent_surname,
    unaccented,
)
from storyline.actors.names import is_given_name, norm_key
from storyline.nlp.doctext import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

ENT_KINDS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
LEFT_DEPS = frozenset({"compound", "amod", "flat", "nmod", "nn", "npadvmod"})
PRONOUNS = {
    "he": "m", "him": "m", "his": "m", "himself": "m",
    "she": "f", "her": "f", "hers": "f", "herself": "f",
    "they": "p", "them": "p", "their": "p", "themselves": "p",
    "it": "n", "its": "n", "itself": "n",
}
# Owners a thing is given back to ('returned the car to its owner'): 'its' there is the thing's
THING_OWNERS = frozenset({"owner", "owners"})
# 'it' before these is usually expletive ("it is likely that ...") and never resolved.
EXPLETIVE_NEXT = frozenset({"is", "was", "'s", "seems", "seemed", "appears", "appeared",
                            "remains", "remained"})
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
    "prosecutors", "judges", "sheriffs", "authorities", "governors", "mayors", "politician",
    "activist", "dissident", "parliament",
}) | frozenset({  # groups acted on, whom CAMEO codes by the country they are in
    "soldiers", "civilians", "villagers", "residents", "people", "students", "workers",
    "demonstrators", "activists", "protestors", "refugees", "prisoners", "inhabitants",
    "citizens", "policemen", "worshippers", "pilgrims", "settlers", "tribesmen", "fishermen",
    "politicians", "journalists", "dissidents", "opponents", "fighters", "gunmen",
    "militiamen", "insurgents", "guerrillas", "separatists", "extremists", "terrorists",
    "officers", "guards", "farmers", "teachers", "monks", "clerics", "migrants", "immigrants",
    "detainees", "hostages", "opposition", "devotees", "worshipers", "mourners", "shoppers",
    "commuters", "truckers", "dockworkers", "dockers", "miners", "herders", "shepherds", "pupils",
    "schoolchildren", "traders", "nurses", "steelworkers", "pensioners", "men", "public",
    "inmates", "veterans", "wardens", "warders", "jailers", "councillor", "councillors",
    "councilor", "councilors", "councilman", "councilmen", "critics", "detractors",
}) | frozenset({  # unnamed armed people, placed by their sentence as police are
    "gunman", "shooter", "shooters", "attacker", "attackers",
})
TITLE_OR_GROUP = PERSON_TITLES | GROUP_HEADS
SEX_CATEGORIES = frozenset({"men", "women"})  # before 's they name a category ('men's final')
MAX_GROUP = 12
HEAD_POS = frozenset({"PROPN", "NOUN", "ADJ"})  # the only tags is_head takes
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
    desc_text: str | None = None
    right_words: list[str] = field(default_factory=list)
    pronoun: str | None = None  # "m" | "f" | "p"
    head_word: str = ""  # lower-case text of the head's syntactic head ('with' for a pobj)
    common: bool = False  # the head is tagged a common noun/adjective ('Anger' opening a line)
    others_clause: bool = False  # in a to-clause a named other actor does ('allowed X to ...')
    on_trip: bool = False  # a visitor's: 'during a visit by the French president'
    object_of: int = -1  # article-wide index of the verb whose object phrase holds it
    verb: int = -1  # article-wide index of the verb it is the object of ('met with X', 'met X')
    conj_of: int = -1  # a possessive's: the word its owner is joined to ('X and its leaders')
    reason_of: int = -1  # a possessive's: the verb whose 'over'/'for' reason its owner heads
    venue: bool = False  # a place only where a gathering is held ('the talks in Geneva')
    subject_name: bool = False  # one untagged capitalised word, the active subject of a verb
    det: str = ""  # the head's determiner, lower case ('the', 'another', 'a')
    quoted: bool = False  # inside a quotation of its sentence ('"I prefer Kasich," he said')
    prison: bool = False  # a bare 'guards' whose sentence is of a prison: its staff
    war: bool = False  # a place naming a war ('the war in Afghanistan', 'the Iraq war')


_STRINGS: dict[int, str] = {}


def _names(doc: Doc, ids: list[int]) -> list[str]:
    """Hash/symbol ids as strings, memoised per process (cheaper than Token attributes)."""
    out = list(map(_STRINGS.get, ids))
    if None not in out:
        return cast("list[str]", out)  # every id seen before: the common case
    strings = doc.vocab.strings
    for n, x in enumerate(ids):
        if out[n] is None:
            out[n] = _STRINGS[x] = strings[x] if x else ""
    return cast("list[str]", out)


# Entity labels the tagger gives names it takes for things, times or numbers
THING_LABELS = frozenset({"DATE", "TIME", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "CARDINAL",
                          "ORDINAL", "MONEY", "QUANTITY", "PERCENT", "LANGUAGE"})


def _places_as_things(pos: list[str], ent: list[str], lower: list[str],
                      spans: dict[int, tuple[int, int]]) -> None:
    """A one-word proper name the tagger labels a thing or a date that the gazetteer knows as
    a place ('from a village in Niger', tagged DATE; 'near Bouaké' as the tables spell it
    unaccented) is relabelled a place (GPE), in place."""
    places = kb.bundled().places
    for i, span in spans.items():  # only one-word entities qualify: no walk over every word
        if ent[i] in THING_LABELS and pos[i] == "PROPN" and span == (i, i + 1) and (
                lower[i] in places or not lower[i].isascii() and unaccented(lower[i]) in places):
            ent[i] = "GPE"


PARTICIPANT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "appos"})
RUN_ON_LABELS = frozenset({"GPE", "PERSON", "NORP", "ORG", "LOC"})


def _places_run_on(ent: list[str], lower: list[str], spans: dict[int, tuple[int, int]]) -> None:
    """A name the tagger ended one word before the end of a place the gazetteer knows
    ('Benin' of 'the Benin bronzes', Nigeria's, not the Republic of Benin's) takes that word
    in as a place (GPE), in place."""
    places = kb.bundled().places
    for start, end in set(spans.values()):
        if (end < len(lower) and end not in spans and ent[start] in RUN_ON_LABELS
                and " ".join(lower[start : end + 1]) in places):
            for i in range(start, end + 1):
                spans[i], ent[i] = (start, end + 1), "GPE"


def _people_as_works(pos: list[str], dep: list[str], ent: list[str], lower: list[str],
                     spans: dict[int, tuple[int, int]]) -> None:
    """A two- or three-word proper name opening with a given name that the tagger labels a
    work of art or a product ('arrested Hugo Carvajal', 'the extradition of Hugo Carvajal')
    and that a verb or preposition takes as a participant is relabelled a person, in place."""
    for start, end in set(spans.values()):
        if ent[start] in ("WORK_OF_ART", "PRODUCT") and 2 <= end - start <= 3 and (
                is_given_name(lower[start]) and dep[end - 1] in PARTICIPANT_DEPS
                and all(p == "PROPN" for p in pos[start:end])):
            ent[start:end] = ["PERSON"] * (end - start)


def _languages_as_things(dep: list[str], ent: list[str], lower: list[str], head: list[int],
                         spans: dict[int, tuple[int, int]]) -> None:
    """A language name the tagger labels a people or a place, taught, learnt or spoken ('taught
    Russian to students', 'spoke in Arabic', 'taught in French and English'), is relabelled a
    language (no actor), in place."""
    for i, (start, end) in spans.items():
        if end - start != 1 or ent[i] not in ("NORP", "GPE") or lower[i] not in LANGUAGES:
            continue  # 'taught in French' may be tagged a place too
        k = head[i] if dep[i] == "conj" else i  # 'in French and English'
        verb = head[k] if dep[k] == "dobj" else (
            head[head[k]] if dep[k] == "pobj" and lower[head[k]] == "in" else -1)
        if verb >= 0 and lower[verb] in LANGUAGE_VERBS:
            ent[i] = "LANGUAGE"


def _birthplaces_as_things(ent: list[str], lower: list[str],
                           spans: dict[int, tuple[int, int]]) -> None:
    """A people or place before '-born' ('Kenyan-born Britons', 'a Moroccan-born Dutch
    mayor') is a birthplace, no actor of the sentence: relabelled a thing, in place; the
    phrase it opens is coded by its later nationality (born_elsewhere)."""
    for k in [k for k, word in enumerate(lower) if word == "born"]:  # the rare 'born' only
        i = k - 2
        if i >= 0 and lower[k - 1] == "-" and spans.get(i, (i, i + 1)) == (
                i, i + 1) and ent[i] in ("NORP", "GPE", ""):
            ent[i] = "PRODUCT"


TRAILING_JOINERS = frozenset({"and", "or", "&", ",", ";"})


def _trailing_joiners_cut(ent: list[str], lower: list[str],
                          spans: dict[int, tuple[int, int]]) -> None:
    """A name the tagger ran on into the joiner after it ('from Save the Children and Oxfam'
    tagged 'Save the Children and') ends before the joiner, in place."""
    for start, end in set(spans.values()):
        cut = end
        while cut - start > 1 and lower[cut - 1] in TRAILING_JOINERS:
            cut -= 1
        if cut < end:
            for i in range(start, end):
                if i < cut:
                    spans[i] = (start, cut)
                else:
                    del spans[i]
                    ent[i] = ""


@dataclass
class DocInfo:
    """Per-doc arrays computed once, so the scan over tokens creates no spaCy Token objects."""

    pos: list[str]
    dep: list[str]
    ent: list[str]
    lower: list[str]
    head: list[int]
    idx: list[int]
    length: list[int]
    ent_span: dict[int, tuple[int, int]]
    sent_of: list[int]
    sent_start: list[int]
    text: str = ""

    @classmethod
    def of(cls, doc: Doc) -> DocInfo:
        """Read the arrays, entity spans and sentence bounds of ``doc``."""
        import numpy
        from spacy.attrs import DEP, ENT_TYPE, HEAD, IDX, LENGTH, LOWER, POS

        arr = doc.to_array([POS, DEP, ENT_TYPE, LOWER, HEAD, IDX, LENGTH])
        heads = (arr[:, 4].astype("int64") + numpy.arange(len(arr), dtype="int64")).tolist()
        cols = [_names(doc, arr[:, k].tolist()) for k in range(4)]
        ent_span: dict[int, tuple[int, int]] = {}
        for ent in doc.ents:
            for i in range(ent.start, ent.end):
                ent_span[i] = (ent.start, ent.end)
        sent_of = [0] * len(doc)
        starts: list[int] = [0]
        if doc.has_annotation("SENT_START"):
            starts = []
            for n, sent in enumerate(doc.sents):
                starts.append(sent.start)
                sent_of[sent.start : sent.end] = [n] * (sent.end - sent.start)
        _places_as_things(cols[0], cols[2], cols[3], ent_span)
        _places_run_on(cols[2], cols[3], ent_span)
        _languages_as_things(cols[1], cols[2], cols[3], heads, ent_span)
        _people_as_works(cols[0], cols[1], cols[2], cols[3], ent_span)
        _birthplaces_as_things(cols[2], cols[3], ent_span)
        _trailing_joiners_cut(cols[2], cols[3], ent_span)
        return cls(cols[0], cols[1], cols[2], cols[3], heads, arr[:, 5].tolist(),
                   arr[:, 6].tolist(), ent_span, sent_of, starts, doc_text(doc))

    def nominal(self, i: int) -> bool:
        """Whether token ``i`` can head an actor mention: a name, an entity, a title or agent."""
        if self.pos[i] == "PROPN" or self.ent[i] or self.lower[i] in PERSON_TITLES:
            return True
        return self.pos[i] == "NOUN" and (self._agent_with_origin(i) or self.surname_noun(i))

    def surname_noun(self, i: int) -> bool:
        """'Trump accused Clinton': a capitalised word the tagger took for a common noun that is
        the surname of a prominent person the knowledge base lists alone."""
        if self.dep[i] != "nsubj" or i + 1 >= len(self.pos) or self.pos[i + 1] not in (
                "VERB", "AUX"):
            return False  # only an active subject right before its verb: 'Trump met'
        return prominent_surname(self.text[self.idx[i]:self.idx[i] + self.length[i]])

    def _agent_with_origin(self, i: int) -> bool:
        """'Egyptian warships', 'Serbian parliament', 'Croat snipers': an agent noun with a
        national modifier (a demonym the tagger left untagged counts), or joined by 'and' to
        one right before it ('British sailors and marines')."""
        if not is_agent_word(self.lower[i]):
            return False
        demonyms = kb.bundled().demonyms
        if any(self.head[j] == i and (self.ent[j] in ("NORP", "GPE", "ORG")
                                      or self.lower[j] in demonyms)
               for j in range(max(0, i - 4), i)):
            return True
        first = self.head[i]
        return (self.dep[i] == "conj" and first == i - 2 and self.lower[i - 1] == "and"
                and self._agent_with_origin(first))

    def is_head(self, i: int) -> bool:
        """Whether token ``i`` heads a group (rather than modifying a nominal to its right)."""
        pos, ent = self.pos[i], self.ent[i]
        if pos not in ("PROPN", "NOUN", "ADJ") or self.dep[i] == "case":
            return False
        if self.lower[i] in SEX_CATEGORIES and self.lower[i + 1:i + 2] in (["'s"], ["’s"]):
            return False  # 'the men's final', "women's rights": a category, no crowd
        if self.lower[i] == "men" and self._men_of_others(i):
            return False
        if ent and ent not in ENT_KINDS:
            return False
        head = self.head[i]
        if self.dep[i] in LEFT_DEPS and i < head <= i + MAX_GROUP and self.nominal(head):
            return False
        if ent in ENT_KINDS or pos == "PROPN":
            return True
        if pos != "NOUN":
            return False
        if self.known_acronym(i) or self.prison_guard(i):
            return True
        if self.surname_noun(i):
            return True
        return (self.lower[i] in TITLE_OR_GROUP or self._agent_with_origin(i)
                or self._agent_compound(i))

    def prison_guard(self, i: int) -> bool:
        """Whether word ``i`` is a bare 'guard(s)' (no word before it names another service:
        'border', 'bank', 'Revolutionary') in a sentence of a prison, its inmates or
        prisoners: the prison's staff."""
        if self.lower[i] not in GUARD_WORDS or any(
                self.head[j] == i and self.dep[j] in ("compound", "amod", "nmod")
                for j in range(max(0, i - 3), i)):
            return False
        sent = self.sent_of[i]
        end = self.sent_start[sent + 1] if sent + 1 < len(self.sent_start) else len(self.lower)
        return not PRISON_WORDS.isdisjoint(self.lower[self.sent_start[sent] : end])

    def known_acronym(self, i: int) -> bool:
        """'blamed the AUC': a group's acronym, written in capitals, that the tagger took for
        a common noun."""
        word = self.text[self.idx[i]:self.idx[i] + self.length[i]]
        # not in a headline in capitals ('MODEL', 'NATION' are words there)
        return kb.acronym_index(word) is not None and not any(
            self._shouted(j) for j in (i - 1, i + 1))

    def _shouted(self, j: int) -> bool:
        """Whether token ``j`` is a word of two or more letters written in capitals."""
        if not 0 <= j < len(self.lower):
            return False
        word = self.text[self.idx[j]:self.idx[j] + self.length[j]]
        return len(word) > 1 and kb.in_capitals(word)

    def _men_of_others(self, i: int) -> bool:
        """'the two men talked', 'the bodies of 14 men': men already named, or only those a
        noun before them is of; no crowd of their own ('two men shot a trader' is)."""
        if self.dep[i] == "pobj" and self.lower[self.head[i]] == "of":
            return True
        return any(self.lower[j] in DEFINITE_DETS for j in self.children(i, -1, 4)
                   if self.dep[j] == "det")

    def _agent_compound(self, i: int) -> bool:
        """'rebel group', 'armed men', 'fighter jets': a two-word political or armed agent
        whose head alone is none (not 'merchant vessels')."""
        j = i - 1
        if j < 0 or self.head[j] != i or self.dep[j] not in LEFT_DEPS:
            return False
        pair = f"{self.lower[j]} {self.lower[i]}"
        return pair in DRIVER_PHRASES or agent_sector(pair) in COMPOUND_SECTORS

    def _thing_owner(self, i: int) -> bool:
        """'returned a Bible to its owners': 'its'/'their' on the owner something is given
        back to stands for that thing, not for an actor before it."""
        owner = self.head[i]
        return (self.dep[i] == "poss" and self.lower[i] in ("its", "their")
                and self.lower[owner] in THING_OWNERS and self.dep[owner] == "pobj"
                and self.lower[self.head[owner]] == "to")

    def is_pronoun(self, i: int) -> bool:
        """Whether token ``i`` is a personal pronoun that can refer to an actor."""
        low = self.lower[i]
        if low not in PRONOUNS:
            return False
        if low == "it" and (self.dep[i] == "expl" or self._expletive_next(i)):
            return False
        if self._thing_owner(i):
            return False
        return self.pos[i] == "PRON" or (low in ("his", "her", "their", "its")
                                         and self.dep[i] == "poss")

    def _expletive_next(self, i: int) -> bool:
        """'it is likely', 'it seems': not 'it is attacked', 'it was preparing'."""
        nxt = self.lower[i + 1] if i + 1 < len(self.lower) else ""
        if nxt not in EXPLETIVE_NEXT:
            return False
        verb_after = i + 2 < len(self.pos) and self.pos[i + 2] == "VERB"
        return not (verb_after and nxt in ("is", "was", "'s"))

    def children(self, i: int, step: int, limit: int) -> list[int]:
        """Children of token ``i`` within ``limit`` tokens on one side."""
        lo, hi = (i - limit, i) if step < 0 else (i + 1, i + limit + 1)
        return [j for j in range(max(lo, 0), min(hi, len(self.head))) if self.head[j] == i]


def _left_edge(i: int, info: DocInfo) -> int:
    """First token of the group headed by token ``i``: left modifiers, no det/possessor."""
    j = i
    floor = max(info.sent_start[info.sent_of[i]], i - MAX_GROUP)
    own = info.ent_span.get(i)
    while j - 1 >= floor:
        k = j - 1
        same_ent = own is not None and info.ent_span.get(k) == own
        if _glued_hyphen(k, i, info):
            j = k - 1 if k - 1 >= floor else k  # 'Secretary-General', 'far-right': the
            continue  # word glued left of the hyphen is part of the modifier
        if _joined_modifier(k, i, info):
            j = k  # 'Danish and Swedish officials': both modifiers belong to the group
            continue
        if _inner_possessive(k, i, info):
            j = k - 1  # "the Lord's Resistance Army": a name, not the Lord's army
            continue
        if info.dep[k] in ("det", "case", "poss", "punct", "cc", "prep") and not same_ent:
            break
        if not (k < info.head[k] <= i and (info.dep[k] in LEFT_DEPS or same_ent)):
            break
        j = k
    return j


def _inner_possessive(k: int, i: int, info: DocInfo) -> bool:
    """Whether token ``k`` is the 's of a capitalised word that, with the words up to token
    ``i``, is a dictionary name ("Lord's Resistance Army", "People's Liberation Army")."""
    if info.lower[k] not in ("'s", "’s") or k == 0 or info.pos[k - 1] != "PROPN":
        return False
    name = f"{info.lower[k - 1]}'s " + " ".join(info.lower[k + 1 : i + 1])
    return name in kb.bundled().aliases


def _joined_modifier(k: int, i: int, info: DocInfo) -> bool:
    """A second modifier of token ``i`` or the 'and' before it, joined to a first modifier
    ('Danish and Swedish officials': 'Swedish' is a conj of 'Danish')."""
    if info.dep[k] not in ("conj", "cc"):
        return False
    first = info.head[k]
    return first < k and info.head[first] == i and info.dep[first] in LEFT_DEPS


def _glued_hyphen(k: int, i: int, info: DocInfo) -> bool:
    """A hyphen written without spaces inside a modifier of token ``i`` ('Secretary-General')."""
    if info.lower[k] != "-" or k == 0 or not k < info.head[k] <= i:
        return False
    before = info.idx[k - 1] + info.length[k - 1] == info.idx[k]
    return before and info.idx[k] + info.length[k] == info.idx[k + 1]


def _right_edge(i: int, start: int, info: DocInfo) -> int:
    """End of the group: the head, or the end of the entity the group's tokens are part of."""
    end = i + 1
    ent = info.ent_span.get(i)
    if ent is not None and ent[0] >= start - 1 and ent[1] - start <= MAX_GROUP:
        end = max(end, ent[1])
    while end - 1 > i and info.dep[end - 1] == "case":
        end -= 1
    return end + 2 if end == i + 1 and _hyphen_name(start, end, info) else end


# Lower-case words inside the names of groups, parties and juntas ('Party of the Democratic
# Revolution', 'State Peace and Development Council', 'al-Qaeda in Iraq')
NAME_INNER_WORDS = frozenset({"of", "for", "the", "in", "and", "-", "e", "i", "ul", "ut", "al"})
# ('Hezb-e-Islami', 'Lashkar-e-Jhangvi': the linking particles of South Asian group names)
MAX_ALIAS_RUN = 5  # tokens a name may run on past the tagger's span, on either side


def _alias_run(start: int, end: int, info: DocInfo) -> tuple[int, int]:
    """The group's bounds widened to the longest dictionary name it is part of, where the
    tagger cut the name at an inner 'of', 'for', 'in' or 'and' ('Party' of the Democratic
    Revolution, 'Front for Democracy' in Burundi, State Peace and 'Development Council');
    only a name of capitalised words that begins and ends with one is taken, and no title
    ('Secretary of State' is the offices' to read); a span the tagger began at a hyphen
    ('-Jhangvi') may only grow to the left ('Lashkar-e-Jhangvi')."""
    if not _capitalised(end - 1, info) or info.lower[start] in PERSON_TITLES:
        return start, end  # 'Secretary' of State for Defence: an office, read by its title
    sent = info.sent_of[start]
    new_end = end
    k = end
    while _capitalised(start, info) and k < min(end + MAX_ALIAS_RUN, len(info.lower)) and (
            info.sent_of[k] == sent) and (
            info.lower[k] in NAME_INNER_WORDS or _capitalised(k, info)):
        k += 1
        if _capitalised(k - 1, info) and _known_name(start, k, info):
            new_end = k
    new_start = start
    k = start
    while k > max(start - MAX_ALIAS_RUN, info.sent_start[sent]) and (
            info.lower[k - 1] in NAME_INNER_WORDS or _capitalised(k - 1, info)):
        k -= 1
        if _capitalised(k, info) and info.lower[k] not in PERSON_TITLES and _known_name(
                k, new_end, info):
            new_start = k
    return new_start, new_end


def _capitalised(k: int, info: DocInfo) -> bool:
    """Whether token ``k`` is a capitalised word (not the sentence's first by position only)."""
    return info.text[info.idx[k]:info.idx[k] + 1].isupper() and info.pos[k] in ("PROPN", "NOUN",
                                                                                  "ADJ", "ADP")


def _span_alias(start: int, end: int, info: DocInfo) -> int | None:
    """The dictionary entry tokens ``start``..``end``, read as written, are an alias of."""
    name = info.text[info.idx[start]:info.idx[end - 1] + info.length[end - 1]]
    return kb.bundled().aliases.get(norm_key(name))


def _known_name(start: int, end: int, info: DocInfo) -> bool:
    """Whether tokens ``start``..``end`` read as written are a dictionary name."""
    return _span_alias(start, end, info) is not None


def _group_name(start: int, end: int, info: DocInfo) -> bool:
    """Whether tokens ``start``..``end`` as written are a dictionary entry of no dated
    office, a group rather than a person."""
    idx = _span_alias(start, end, info)
    return idx is not None and all(code[1] is None for code in kb.bundled().actors[idx][1])


def _hyphen_name(start: int, end: int, info: DocInfo) -> bool:
    """Whether the group's acronym goes on over a glued hyphen and a capitalised word into a
    name the dictionaries know ('SPLM-North', the Sudanese wing, not 'SPLM', South Sudan's
    party); 'al-Shabaab' and other names the tagger holds whole are left as they are."""
    if end + 1 >= len(info.lower) or info.lower[end] != "-" or not info.text[
            info.idx[end + 1]:info.idx[end + 1] + 1].isupper():
        return False
    if not info.text[info.idx[end - 1] : info.idx[end - 1] + info.length[end - 1]].isupper():
        return False
    if info.idx[end - 1] + info.length[end - 1] != info.idx[end] or (
            info.idx[end] + 1 != info.idx[end + 1]):
        return False
    return _span_alias(start, end + 2, info) is not None


def _words(info: DocInfo, start: int, end: int) -> list[str]:
    """The non-blank token texts of tokens ``start`` to ``end``."""
    kept = [(k, w) for k in range(start, end)
            if (w := info.text[info.idx[k] : info.idx[k] + info.length[k]]) and not w.isspace()]
    words = [w for _, w in kept]
    for k in range(start + 1, end - 1):
        if info.lower[k] == "-" and _hyphen_name(k - 1, k, info):  # 'SPLM - North' as one
            glued = info.text[info.idx[k - 1] : info.idx[k + 1] + info.length[k + 1]]
            at = next(n for n, (j, _) in enumerate(kept) if j == k - 1)
            return words[:at] + [glued] + words[at + 3 :]
    return words


def _possessor(tok: Token, start: int, info: DocInfo) -> list[str]:
    """Words of the possessor right before the group ("Russia" in "Russia's official ...")."""
    for j in info.children(tok.i, -1, MAX_GROUP):
        if info.dep[j] != "poss" or j >= start:
            continue
        child = tok.doc[j]
        if child.dep_ == "poss" and child.i < start:
            sub = _bounded_subtree(child, MAX_GROUP)
            return [t.text for t in sub if t.dep_ != "case" and t.pos_ != "PART"]
    return []


def _bounded_subtree(tok: Token, limit: int) -> list[Token]:
    """The tokens of ``tok``'s subtree if it spans at most ``limit`` tokens, else []."""
    lo, hi = tok.left_edge.i, tok.right_edge.i
    if hi - lo + 1 > limit:
        return []
    return list(tok.doc[lo : hi + 1])


def _apposition(tok: Token, info: DocInfo) -> tuple[list[str], tuple[int, int] | None]:
    """Words and char span of an apposition after the head (", a professor of ...", ", the
    top Democrat on ..."; a party tag '(R)' right after the name is no apposition)."""
    for j in info.children(tok.i, 1, 8):  # ", Donald Trump's fired campaign manager,": 7 on
        if info.dep[j] != "appos":
            continue
        child = tok.doc[j]
        if j > tok.i + 6 and info.lower[tok.i + 1] != ",":
            continue  # far off only after a comma ('X, Donald Trump's fired campaign manager')
        if child.dep_ == "appos" and (child.pos_ != "PROPN" or (
                child.lower_ in US_PARTY_WORDS and j > tok.i + 2)):  # ', the top Democrat on
            sub = _bounded_subtree(child, MAX_DESC)
            if sub and sub[0].i > tok.i:
                return [t.text for t in sub], (sub[0].idx, sub[-1].idx + len(sub[-1].text))
    return _relative_description(tok, info)


def _relative_description(tok: Token, info: DocInfo) -> tuple[list[str], tuple[int, int] | None]:
    """A description a relative clause gives a name (", who was a senior aide to Mrs.
    Clinton", ", who is the Kenyan ambassador"): the words and span of what 'who' is."""
    for j in info.children(tok.i, 1, 4):
        if info.dep[j] != "relcl" or info.lower[j - 1] != "who" or tok.doc[j].lemma_ != "be":
            continue
        attr = next((c for c in tok.doc[j].children if c.dep_ == "attr" and c.pos_ == "NOUN"),
                    None)
        sub = _bounded_subtree(attr, MAX_DESC) if attr is not None else []
        if sub:
            return [t.text for t in sub], (sub[0].idx, sub[-1].idx + len(sub[-1].text))
    return [], None


def _right_pp(tok: Token, info: DocInfo, label: str) -> list[str]:
    """Words of a short prepositional complement: of a title ("adviser to the ... office"),
    or "of <country>" after a person ("King Hassan of Morocco"); up to a nested preposition
    other than 'of' ('accused the president of weakness toward Iran' holds no Iran)."""
    preps = ("to", "of", "for", "at", "in") if label in ("TITLE", "GROUP") else ("of",)
    if label not in ("TITLE", "GROUP", "PERSON"):
        return []
    for j in info.children(tok.i, 1, 3):
        if info.dep[j] != "prep" or info.lower[j] not in preps:
            continue
        child = tok.doc[j]
        if child.dep_ == "prep":
            words = _bounded_subtree(child, MAX_GROUP)
            cut = [t for t in words[1:] if t.dep_ == "prep" and t.lower_ != "of"]
            if cut:  # 'the president of weakness toward Iran': not of Iran
                words = [t for t in words if t.i < cut[0].left_edge.i]
            return [t.text for t in words]
    return _seat_after(tok, info) if label == "TITLE" else []


# Heads of a state's rule that 'in' its seat names ('the new government in Asuncion', 'the
# junta in Naypyitaw'), where the parser may hang 'in' on the verb instead.
RULE_HEADS = frozenset({"government", "regime", "authorities", "junta", "administration",
                        "leadership", "parliament", "legislature"})


def _seat_after(tok: Token, info: DocInfo) -> list[str]:
    """'in <named place>' right after a head of rule that the parser hung elsewhere."""
    j = tok.i + 1
    if info.lower[tok.i] not in RULE_HEADS or j + 1 >= len(info.lower) or (
            info.lower[j] != "in") or (span := info.ent_span.get(j + 1)) is None:
        return []
    return ["in"] + _words(info, span[0], span[1])


def _party_tag(tok: Token, label: str) -> list[str]:
    """A US lawmaker's party-state tag after the name ("Rubio (R-Fla.)", "Reid, D-Nev.", "Rick
    Scott (R)"): its words, which code the person's country (USA)."""
    if label != "PERSON":
        return []
    for child in tok.children:
        if child.dep_ != "appos" or child.pos_ != "PROPN" or child.i > tok.i + 4:
            continue
        words = [t.text for t in child.subtree]
        if len(child.text) == 1 and 0 < child.i < len(tok.doc) - 1:  # 'Rick Scott (R)'
            words = [t.text for t in tok.doc[child.i - 1 : child.i + 2]]
        if party_state_tag(words):
            return words
    return []


def _label(info: DocInfo, start: int, end: int, i: int) -> str:
    """The group's kind: a PERSON token anywhere wins, else the head's entity label."""
    labels = set(info.ent[start:end])
    ent, low, pos = info.ent[i], info.lower[i], info.pos[i]
    if "PERSON" in labels and ent in ("PERSON", "GPE", "ORG", ""):
        return "PERSON"
    if ent == "ORG" and 2 <= end - start <= 3 and is_given_name(info.lower[start]):
        return "PERSON"  # 'Carly Fiorina' tagged as an organisation
    if low in GROUP_HEADS and pos == "NOUN":
        return "GROUP"
    if low in PERSON_TITLES and ent in ("", "NORP"):
        return "TITLE"
    if ent in ENT_KINDS:
        return ent
    if pos == "NOUN" and end - start == 1 and info.known_acronym(i):
        return "ORG"  # 'the AUC'
    if pos == "NOUN":
        return "PROPN" if end - start == 1 and info.surname_noun(i) else "TITLE"
    ent_labels = labels & ENT_KINDS
    return sorted(ent_labels)[0] if ent_labels else "PROPN"


def doc_candidates(
    doc: Doc, info: DocInfo, offset: int, sent_base: int, tok_base: int
) -> list[Candidate]:
    """Candidates of one segment; ``*_base`` make sentence and token indices article-wide."""
    out: list[Candidate] = []
    taken = -1
    inside = _quoted(info)
    pos, lower = info.pos, info.lower
    for i in range(len(info.head)):
        if pos[i] not in HEAD_POS and lower[i] not in PRONOUNS:
            continue  # neither a pronoun nor a word is_head can take: skipped cheaply
        if info.is_pronoun(i):
            out.append(_pronoun(i, info, offset, sent_base + info.sent_of[i], tok_base))
            out[-1].quoted = inside[i]
            continue
        if i < taken or not info.is_head(i):
            continue
        start = _left_edge(i, info)
        end = _right_edge(i, start, info)
        tagged = (start, end)
        start, end = _alias_run(start, end, info)
        while start < tagged[0] and out and out[-1].token - tok_base >= start and (
                out[-1].label != "PRON"):
            out.pop()  # 'State Peace and Development Council': the first words are its own
        taken = end
        if not any(c.isalpha() for c in info.lower[i]):
            continue
        out.append(_group(doc, i, (start, end), info, offset, sent_base + info.sent_of[i],
                          tok_base))
        out[-1].quoted = inside[i]
        if (start, end) != tagged and _group_name(start, end, info):
            out[-1].label = "ORG"  # 'Sipah-e-Sahaba', whose last word was tagged a place
    return out


# Tokens that open or close a quotation
QUOTE_MARKS = frozenset({'"', "\u201c", "\u201d", "``", "''"})


def _quoted(info: DocInfo) -> list[bool]:
    """Whether each token lies inside a quotation of its sentence: from an opening mark up to
    its closing mark or the sentence's end (only the quote marks are walked)."""
    n = len(info.lower)
    inside = [False] * n
    opened = -1  # the open quotation's first mark, if any
    for i in [k for k, word in enumerate(info.lower) if word in QUOTE_MARKS]:
        if opened >= 0 and info.sent_of[i] == info.sent_of[opened]:
            inside[opened:i] = [True] * (i - opened)  # the closing mark is outside
            opened = -1
            continue
        if opened >= 0:
            _open_to_sentence_end(inside, opened, info)
        opened = i
    if opened >= 0:
        _open_to_sentence_end(inside, opened, info)
    return inside


def _open_to_sentence_end(inside: list[bool], opened: int, info: DocInfo) -> None:
    """Mark tokens from an unclosed quote mark to its sentence's end as quoted, in place."""
    sent = info.sent_of[opened] + 1
    end = info.sent_start[sent] if sent < len(info.sent_start) else len(inside)
    inside[opened:end] = [True] * (end - opened)


def _pronoun(i: int, info: DocInfo, offset: int, sent: int, tok_base: int) -> Candidate:
    """A pronoun candidate (he, she, his, they ...)."""
    a = info.idx[i]
    text = info.text[a : a + info.length[i]]
    return Candidate(
        start=offset + a, end=offset + a + len(text), text=text,
        label="PRON", words=[text], head_lemma=info.lower[i],
        sent=sent, token=tok_base + i, head=tok_base + info.head[i], dep=info.dep[i],
        pronoun=PRONOUNS[info.lower[i]], conj_of=_owner_joined_to(i, info, tok_base),
        reason_of=_reason_of(i, info, tok_base),
    )


# Prepositions of the reason an act gives its object ('suspended X over its crackdown',
# 'praised X for its handling'): a possessive there most likely stands for that object
REASON_PREPS = frozenset({"over", "for"})


def _reason_of(i: int, info: DocInfo, tok_base: int) -> int:
    """For a possessive whose owner is the object of an 'over'/'for' phrase on a verb ('over
    its crackdown'), that verb, article-wide; else -1."""
    owner = info.head[i]
    prep = info.head[owner]
    if info.dep[i] != "poss" or info.dep[owner] != "pobj" or info.lower[prep] not in (
            REASON_PREPS) or info.pos[info.head[prep]] != "VERB":
        return -1
    return tok_base + info.head[prep]


def _owner_joined_to(i: int, info: DocInfo, tok_base: int) -> int:
    """For a possessive whose owner is a conjunct ('a cartel and its leaders'), the word the
    owner is joined to, article-wide: what the possessive most likely stands for; else -1."""
    owner = info.head[i]
    if info.dep[i] != "poss" or info.dep[owner] != "conj" or info.head[owner] >= i:
        return -1
    return tok_base + info.head[owner]


def _group(
    doc: Doc, i: int, bounds: tuple[int, int], info: DocInfo, offset: int, sent: int,
    tok_base: int,
) -> Candidate:
    """A name/title group as a Candidate, with possessor, apposition and complement words."""
    start, end = bounds
    a, b = info.idx[start], info.idx[end - 1] + info.length[end - 1]
    label = _label(info, start, end, i)
    tok = doc[i]
    desc, desc_span = _apposition(tok, info) if label in ("PERSON", "ORG") else ([], None)
    return Candidate(
        start=offset + a, end=offset + b, text=info.text[a:b], label=label,
        words=_shared_origin(i, start, info) + _words(info, start, end), head_lemma=info.lower[i],
        sent=sent, token=tok_base + i,
        head=tok_base + info.head[i], dep=info.dep[i], poss_words=_possessor(tok, start, info),
        desc_words=desc,
        desc_span=(offset + desc_span[0], offset + desc_span[1]) if desc_span else None,
        desc_text=info.text[desc_span[0] : desc_span[1]] if desc_span else None,
        right_words=_right_pp(tok, info, label) + _party_tag(tok, label),
        head_word=info.lower[info.head[i]],
        common=info.pos[i] in ("NOUN", "ADJ", "VERB"),
        others_clause=label in ("GPE", "LOC") and (
            _in_named_clause(i, info) or _in_others_relative(i, info)),
        on_trip=_on_trip(i, info, start, end),
        object_of=_object_of(i, info, tok_base),
        verb=_object_verb(i, info, tok_base),
        subject_name=end - start == 1 and _subject_name(i, info),
        det=next((info.lower[j] for j in info.children(i, -1, 4) if info.dep[j] == "det"), ""),
        venue=_venue(i, info),
        prison=info.prison_guard(i),
        war=_war_place(i, info),
    )


def _shared_origin(i: int, start: int, info: DocInfo) -> list[str]:
    """The nationality a bare noun shares with the noun it is joined to by 'and' right before
    it ('15 British sailors and marines': British marines too); none for a conjunct with words
    of its own ('their driver', 'aid workers'), nor after 'or'."""
    first = info.head[i]
    if (info.dep[i] != "conj" or start != i or first != i - 2 or info.lower[i - 1] != "and"
            or info.pos[i] != "NOUN" or info.pos[first] != "NOUN"):
        return []
    return [info.text[info.idx[k] : info.idx[k] + info.length[k]]
            for k in info.children(first, -1, 3)
            if info.dep[k] in ("amod", "compound") and info.ent[k] == "NORP"]


def _war_place(i: int, info: DocInfo) -> bool:
    """Whether word ``i`` names the place of a war: the object of 'in' after a war noun ('the
    war in Afghanistan') or a modifier of one ('the Iraq war', 'the Falklands conflict')."""
    head = info.head[i]
    if info.dep[i] in ("compound", "amod", "nmod"):  # not 'the Zimbabwean war veterans'
        return info.lower[head] in WAR_NOUNS and info.lower[i] not in kb.bundled().demonyms
    return (info.dep[i] == "pobj" and info.lower[head] == "in"
            and info.lower[info.head[head]] in WAR_NOUNS)


# Bare guards, whom a sentence of a prison ('inmates stabbed three guards') makes its staff
GUARD_WORDS = frozenset({"guard", "guards"})
PRISON_WORDS = frozenset({"prison", "prisons", "jail", "jails", "gaol", "penitentiary",
                          "inmate", "inmates", "prisoner", "prisoners", "detainees"})


# Gatherings whose 'in X' names only where they are held, not whose they are
GATHERING_NOUNS = frozenset({"talks", "summit", "conference", "meeting", "negotiations",
                             "forum", "games", "olympics", "dialogue", "round"})  # not a
# party congress or a parliament's session, whose delegates are mostly of the place


def _venue(i: int, info: DocInfo) -> bool:
    """Whether word ``i`` (or the place noun it stands beside) is the object of 'in'/'at'
    after a gathering noun ('boycotted the talks in Geneva', 'the summit in the Iraqi
    capital Baghdad'): the gathering's venue, which places none of its participants."""
    j = i
    for _ in range(3):
        if info.dep[j] not in ("appos", "compound"):
            break
        j = info.head[j]
    prep = info.head[j]
    return (info.dep[j] == "pobj" and info.lower[prep] in ("in", "at")
            and info.lower[info.head[prep]] in GATHERING_NOUNS)


def _subject_name(i: int, info: DocInfo) -> bool:
    """'Cruz chided Trump', 'Pate supported Crist': a capitalised word the tagger names no
    entity, the active subject of a verb whose object is a name: most often a person's
    surname ('Brexit threatened thousands of jobs' is none)."""
    word = info.text[info.idx[i]:info.idx[i] + info.length[i]]
    head = info.head[i]
    if not (info.pos[i] == "PROPN" and not info.ent[i] and info.dep[i] == "nsubj"
            and word.isalpha() and word[:1].isupper() and not word.isupper() and len(word) > 2
            and head != i and info.pos[head] == "VERB"):
        return False
    objects = [j for j in range(i + 1, min(len(info.head), head + 12))
               if info.dep[j] in ("dobj", "pobj") and (info.head[j] == head or (
                   info.dep[j] == "pobj" and info.head[info.head[j]] == head))]
    return any(info.pos[j] == "PROPN" or info.ent[j] in ("PERSON", "ORG", "GPE", "NORP")
               for j in objects)


def _object_verb(i: int, info: DocInfo, tok_base: int) -> int:
    """The verb word ``i`` is the direct or prepositional object of ('met X', 'met with X',
    'met with members of X'), article-wide; -1 if none."""
    for _ in range(3):  # 'met with members of Congress'
        up = info.head[i]
        if info.dep[i] == "dobj":
            return tok_base + up
        if info.dep[i] != "pobj" or info.dep[up] != "prep":
            return -1
        if info.pos[info.head[up]] == "VERB":
            return tok_base + info.head[up]
        if info.lower[up] != "of":
            return -1
        i = info.head[up]
    return -1


# Links from a word up to the head of the noun phrase it modifies
NOUN_LINKS = frozenset({"amod", "compound", "npadvmod", "nmod", "poss", "appos", "nummod"})
AIMED_AT = frozenset({"at", "on", "against"})
# Prepositions whose object belongs to the noun phrase they qualify ('an aid package for
# Ukraine', 'a deal with Iran'): a place there is part of what an act is aimed at
OBJECT_PREPS = frozenset({"for", "with", "to", "toward", "towards", "over"})


def _object_of(i: int, info: DocInfo, tok_base: int) -> int:
    """The verb whose object phrase holds word ``i`` ('attacked a Greek-owned tanker', 'fired
    at a convoy of the Chadian army', 'approved an aid package for Ukraine'), article-wide; -1
    if none within five steps."""
    j = i
    for _ in range(5):
        dep, up = info.dep[j], info.head[j]
        if dep == "dobj":
            return tok_base + up
        owner = info.head[up]  # 'fired at X', 'fired a drone at X'
        if dep == "pobj" and info.lower[up] in AIMED_AT and info.pos[owner] == "VERB":
            return tok_base + owner
        if dep == "pobj" and info.lower[up] in AIMED_AT and info.dep[owner] == "dobj":
            return tok_base + info.head[owner]
        if dep == "pobj" and (info.lower[up] == "of" or (
                info.lower[up] in OBJECT_PREPS and info.pos[owner] == "NOUN")):
            j = info.head[up]  # 'a convoy of X', 'an aid package for X
        elif dep in NOUN_LINKS and up != j:
            j = up
        else:
            return -1
    return -1


# Nouns and words of a stay abroad: who makes one is a visitor where the sentence happens
TRIP_NOUNS = frozenset({"visit", "visits", "tour", "trip", "pilgrimage", "holiday",
                        "vacation", "visiting", "hosting", "hosted"})
# People who are where the sentence happens only as visitors
VISITOR_HEADS = frozenset({"delegation", "delegations", "tourist", "tourists", "visitor",
                           "visitors", "pilgrim", "pilgrims"})


def _on_trip(i: int, info: DocInfo, start: int, end: int) -> bool:
    """Whether a group is a visitor: a visitor noun, 'visiting' among its words, or a trip
    noun up its head chain within three steps ('during a visit by the French president',
    'a hotel hosting a Turkish delegation')."""
    if info.lower[i] in VISITOR_HEADS or any(info.lower[k] == "visiting"
                                              for k in range(start, end)):
        return True
    j = i
    for _ in range(3):
        if info.head[j] == j:
            return False
        j = info.head[j]
        if info.lower[j] in TRIP_NOUNS:
            return True
    return False


NAMED_DOERS = frozenset({"ORG", "PERSON", "GPE", "NORP"})


def _in_named_clause(i: int, info: DocInfo) -> bool:
    """Whether token ``i`` lies in a to-clause whose doer is a named actor of its own: "the
    ministry permitted Apple to sell phones in China" (Apple sells in China; where the
    ministry is, the place does not say), not "ordered police to arrest X in Lagos"."""
    j = i
    for _ in range(8):
        head = info.head[j]
        if head == j:
            return False
        if info.dep[j] in ("xcomp", "ccomp") and any(
                info.lower[c] == "to" and info.dep[c] == "aux" for c in info.children(j, -1, 3)):
            doer = next((c for c in info.children(j, -1, 6) if info.dep[c] == "nsubj"), None)
            doer = doer if doer is not None else next(
                (c for c in info.children(head, 1, 6) if info.dep[c] in ("dobj", "dative")), None)
            return doer is not None and info.ent[doer] in NAMED_DOERS
        j = head
    return False


def _in_others_relative(i: int, info: DocInfo) -> bool:
    """Whether token ``i`` lies in a relative clause ('a federal judge whose parents were born
    in Mexico', 'a man who had travelled to Syria'): what it tells of someone's past or kin
    says nothing of where the sentence's agents are from."""
    j = i
    for _ in range(8):
        head = info.head[j]
        if head == j:
            return False
        if info.dep[j] == "relcl":
            return True
        j = head
    return False


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
