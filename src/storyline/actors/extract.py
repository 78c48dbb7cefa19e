"""The actors extractor: mentions coded by country/sector/role, joined into entities per article.

Fills ``ctx.record.mentions`` (one per name, title, group or resolved pronoun) and
``ctx.record.actors`` (one per coded entity; persons coded from an explicit title or
apposition in this article are what the knowledge base learns, dated by the article).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace

from storyline.actors import kb
from storyline.actors.coding import (
    AMBIGUOUS_PLACES,
    BARE_HOUSES,
    BORDER_WORDS,
    COUNTERPART_WORDS,
    COURTESY_TITLES,
    ENVOY_WORDS,
    ETHNIC_MARKERS,
    HONORIFICS,
    LIKENESS,
    ORG_WORDS,
    PARTY_WORDS,
    POLITICAL_MODIFIERS,
    RESIDENT_SECTORS,
    STAFF_WORDS,
    TITLE_SECTORS,
    TRANSNATIONAL_SECTORS,
    TWIN_ERAS,
    TWIN_GROUPS,
    TWIN_QUALIFIERS,
    TWIN_RENAMED,
    TWIN_STATES,
    TWIN_TOWNS,
    US_BODIES,
    VETERAN_WORDS,
    WAR_NOUNS,
    Title,
    add_title_org,
    agent_sector,
    born_elsewhere,
    campaign_owners_at,
    candidate_name,
    code_name,
    code_words,
    combine,
    dateline_country,
    ethnic_group,
    is_agent_word,
    office_absent,
    place_of,
    split_title,
    sports_club,
    staff_country,
    state_then,
    stateless_group,
    suffix_hit,
    surnames_of,
    take_demonym_group,
    take_group,
    title_group,
    us_home_member,
)
from storyline.actors.coref import Entity, Item, Resolver
from storyline.actors.kb import (
    Coded,
    actor_id_for,
    bundled,
    country_name,
    domestic_titles,
    given_name_only,
    lookup_bundled,
    lookup_learned,
    lookup_lone_surname,
    lookup_surname,
    remember,
    royal_namesake,
    state_named,
    town_names,
)
from storyline.actors.mentions import (
    OBJECT_PREPS,
    PERSON_TITLES,
    Candidate,
    article_candidates,
)
from storyline.actors.names import is_given_name, norm_key, rejoin_split
from storyline.nlp.extract import ExtractContext, Extractor
from storyline.records import Actor, Mention, stable_id
from storyline.registry import extractors

PLACE_KINDS = frozenset({"GPE", "LOC", "NORP", "FAC"})
# Place nouns an ethnic word makes a place of the country its people live in ('the Tigrayan
# town of Axum', 'a Pashtun village'), not a group of people
HOMELAND_NOUNS = frozenset({"town", "towns", "city", "cities", "village", "villages",
                            "region", "province", "district", "capital", "heartland",
                            "homeland", "enclave", "stronghold", "area", "areas"})
# Sectors of actors that belong to the country around them (not media, IGOs, businesses).
HOME_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "OPP", "REB", "SPY", "PTY",
                          "RAD"})
# Sectors a group of people keeps from its own words: the home sectors and labour ('union
# leaders'; home_countries still gives only home sectors a country from their sentence).
GROUP_SECTORS = HOME_SECTORS | {"LAB"}
DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those"})
# Kinds of mention whose other country keeps the article's home country out of a sentence.
PLACE_VOTE_KINDS = PLACE_KINDS | {"ORG"}
# Prepositions that name what an act is aimed at ('fired at', 'border with', 'war against').
TARGET_PREPS = frozenset({"with", "at", "against", "on", "into", "toward", "towards"})
# Heads that stand for their owner's country ('their countries' of two nations' ministers).
COUNTRY_HEADS = frozenset({"country", "countries", "nation", "nations", "state", "states",
                           "government", "governments"})
# A state's own agents and politics: the stated country of a person who reports a sentence
# ('Indian Prime Minister X said police ...') speaks for these in it, not for other groups.
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "OPP", "PTY"})
# Sectors of groups that meet or live abroad: 'rebel commanders in Nairobi' are where they
# are, and of the state whose government their sentence has them face
EXILE_SECTORS = frozenset({"REB", "OPP"})
# Sectors of a state's security agencies, whose names several states use ('KGB': the Soviet
# Union's, Russia's in the dictionaries, Belarus's still): the possessing state's in the text
AGENCY_SECTORS = frozenset({"SPY", "COP"})
FACING_SECTORS = frozenset({"GOV", "MIL"})  # bodies that face rebels or a people's gunmen
# Verb forms by which a person reports what others did ('X said the insurgents ...').
REPORT_VERBS = frozenset({"said", "says", "say", "told", "tells", "added", "stated",
                          "announced", "claimed", "warned", "reported"})
# Local offices, whose holders the national dictionaries do not list (no surname lookup).
LOCAL_TITLES = frozenset({"governor", "gov.", "mayor", "sheriff", "councillor", "councilor",
                          "councilman", "councilwoman", "alderman", "selectman"})
# Kinds of mention an unknown group name may have been tagged as.
NAMED_KINDS = frozenset({"ORG", "FAC", "PROPN", "GPE", "LOC", "NORP", "PERSON"})
# Country names that are also given names: a PERSON tag on them may be right.
PERSON_COUNTRIES = frozenset({"chad", "jordan", "georgia", "israel", "india", "kenya"})


def _clean(words: list[str]) -> list[str]:
    """Words without a leading determiner or trailing possessive marker, a word a tokeniser
    split at its accented letter joined again ('Jos é Carreras': José, no town Jos)."""
    out = rejoin_split([w for w in words if w not in ("'s", "’s", "'", "’")])
    while out and out[0].casefold() in DETERMINERS:
        out = out[1:]
    return out


def _merge(title: Title, extra: Title, role: bool = True) -> None:
    """Fill gaps in ``title`` from another reading (possessor, apposition)."""
    title.country = title.country or extra.country
    title.body_sector = title.body_sector or extra.body_sector
    title.sector = title.sector or extra.sector
    title.media = title.media or extra.media
    if role and not title.role_words:
        title.role_words = extra.role_words


def _item(cand: Candidate, kind: str, ref_name: str | None, title: Title,
          known: Coded | None, explicit: bool) -> Item:
    """An Item from a candidate plus what its title says and the KB knows."""
    ref = combine(cand.text, ref_name, title, known)
    if ref is None:
        return Item(cand, kind, name=ref_name)
    return Item(cand, kind, name=ref.name, actor_id=ref.actor_id, country=ref.country,
                sector=ref.sector, role=ref.role, explicit=explicit)


# Common nouns of outlets after which a capitalised name is the outlet's ('the daily Salam',
# 'the weekly Nin'), lower case: 'Daily Mail' is a name of its own. Not events.lexicon's
# MEDIA_OUTLETS, on purpose: these are singular words that title a name right after them (the
# press kinds 'journal', 'tabloid', 'periodical' too); that set is the lemmas of outlets whose
# closure is coded, plurals and broadcasters included. One shared set would change both.
OUTLET_NOUNS = frozenset({"daily", "newspaper", "weekly", "paper", "magazine", "tabloid",
                          "broadsheet", "monthly", "journal", "periodical"})


def code_person(cand: Candidate, date: str | None, db: str | None) -> Item:
    """'Russian Defense Minister Sergei Shoigu, ...': name from the KB, codes from the text."""
    words = _clean(cand.words)
    if words and norm_key(words[-1]) in ORG_WORDS and words[-1][:1].isupper():
        return code_org(cand, date, db)
    title_words, name_words = split_title(words, person=True)
    if not name_words:
        return code_title(cand, date, db)
    title = code_words(title_words)
    if title_words and title_words[-1] in OUTLET_NOUNS:  # 'the reformist daily Salam': the
        title.sector, title.role_words = "MED", []  # outlet's name, no namesake's surname
        item = _item(cand, "MEDIA", " ".join(name_words), title, None, bool(title.country))
        item.sector = "MED"
        return item
    add_title_org(title, title_words, date, db)  # 'Hamas leader Ismail Haniyeh'
    of_place = code_words(cand.right_words)  # "King Hassan of Morocco"
    title.country = of_place.country or title.country
    _merge(title, code_words(cand.poss_words), role=False)
    if cand.desc_words and kin_of(cand.desc_words):  # ', the wife of President X': the
        title.country = title.country or code_words(cand.desc_words).country  # relative's
        # state, not the office the relative holds
    elif cand.desc_words:
        _merge(title, code_words(cand.desc_words))
        title.country = title.country or staff_country(cand.desc_words, date)
    if title_words and cand.poss_words:  # "Trump's spokeswoman Hope Hicks"
        title.country = title.country or staff_country(cand.poss_words + title_words, date)
    name = " ".join(name_words).replace(" - ", "-")  # 'Jean - Bertrand' as tokenised
    royal = royal_namesake(" ".join(_clean(title_words)[-1:]), name, date) if len(
        name_words) == 1 and title_words else None
    known = royal or _honorific_name(title_words, name_words, date, db) or _not_common(
        cand, code_name(name, date, db))
    guess = not given_name_only(name)  # 'King Abdullah' of two kingdoms: no surname guess,
    # the sentence says whose (its country is left open)
    bare = _without_initials(name_words)
    if known is None and bare != name:  # 'Paul D. Ryan', 'Donald J. Trump'
        known = _not_common(cand, code_name(bare, date, db))
    if known is None and (tail := _after_epithet(name_words, date, db)) is not None:
        name, known = " ".join(name_words[1:]), _not_common(cand, tail)
    if known is None and guess and title.role and not _local_title(title):  # "President Mugabe"
        known = _own_title_namesake(lookup_surname(norm_key(name), date, title.sector),
                                    title_words)  # a unique surname
    elif known is None and guess and title.role and len(name_words) == 1:
        known = lookup_lone_surname(norm_key(name), date)  # 'Governor Kasich': only a
        # prominent one of a single country
    if known is None and _courtesy_only(title_words) and len(name_words) == 1 and (
            not is_given_name(name)) and not cand.desc_words:  # a person the tagger names,
        # not one an apposition describes ('Baker, a British aid worker')
        known = lookup_lone_surname(norm_key(name), date)  # 'Netanyahu said', 'Mr. Trump'
    explicit = bool(title.role or title.country or (title.sector and cand.desc_words))
    item = _item(cand, "PERSON", name, title, known, explicit)
    item.description = cand.desc_text
    return item


# Nouns of kinship: a description headed by one ('the wife of President X', 'a son of the
# king') tells whose relative a person is, and a relative holds none of that one's offices
KIN_NOUNS = frozenset({
    "wife", "husband", "spouse", "widow", "widower", "son", "daughter", "child", "brother",
    "sister", "mother", "father", "nephew", "niece", "cousin", "uncle", "aunt", "grandson",
    "granddaughter", "grandchild", "grandmother", "grandfather", "stepson", "stepdaughter",
    "son-in-law", "daughter-in-law", "brother-in-law", "sister-in-law", "father-in-law",
    "mother-in-law", "fiancee", "fiancée", "fiance", "fiancé", "sons", "daughters", "brothers",
    "sisters", "relative", "girlfriend", "boyfriend", "half-brother", "half-sister"})


def kin_of(words: list[str]) -> bool:
    """Whether description words are headed by a kin noun and 'of' ('the wife of President
    George W. Bush', 'a nephew of the late king', 'the eldest son of ...'): the words after
    'of' describe the relative."""
    for i, word in enumerate(words[:-1]):
        if word.casefold() in KIN_NOUNS:
            return words[i + 1].casefold() == "of"
        if not word[:1].islower():
            return False  # 'President X's wife': a name or title before any kin noun
    return False


def _after_epithet(name_words: list[str], date: str | None, db: str | None) -> Coded | None:
    """'Angry Angela Merkel': a capitalised first word that is no given name before a full
    name the dictionaries know, which the tagger took into the name; 'Laura Bush' stays."""
    if len(name_words) < 3 or is_given_name(name_words[0]) or not name_words[0].isalpha():
        return None
    return code_name(" ".join(name_words[1:]), date, db)


def _honorific_name(title_words: list[str], name_words: list[str], date: str | None,
                    db: str | None) -> Coded | None:
    """A person the dictionaries list with the honorific as part of the name ('Sheikh Hasina'
    is Bangladesh's premier, not a 'Hasina' with the title 'Sheikh'); None if none is."""
    if not title_words or norm_key(title_words[-1]) not in HONORIFICS:
        return None
    return code_name(" ".join([title_words[-1], *name_words]), date, db)


def _own_title_namesake(known: Coded | None, title_words: list[str]) -> Coded | None:
    """A surname guess that fits a one-country title ('Rep. Welch': a US representative, not
    a Liechtenstein namesake the sector lookup finds); None when it is another country's."""
    own = domestic_titles().get(norm_key(" ".join(_clean(title_words)[:1])))
    if known is not None and own is not None and known.country not in (None, own[0]):
        return None
    return known


def _without_initials(name_words: list[str]) -> str:
    """A full name without its middle initials ('Paul D. Ryan' -> 'Paul Ryan'): the first and
    last word kept, so a name of initials alone ('J. K. Rowling') stays as it is."""
    inner = [w for w in name_words[1:-1] if not re.fullmatch(r"[A-Z]\.", w)]
    return " ".join([*name_words[:1], *inner, *name_words[-1:]]) if len(name_words) > 2 else (
        " ".join(name_words))


def _courtesy_only(title_words: list[str]) -> bool:
    """Whether a person's title words are none or courtesy titles only ('Mr. Trump', 'Mrs.
    Clinton'): the surname stands alone as in 'Trump said', so the prominent namesake fits."""
    return all(norm_key(w) in COURTESY_TITLES for w in title_words)


def _local_title(title: Title) -> bool:
    """Whether a person's title is a local office ('Governor', 'Mayor'): the dictionaries list
    national figures, so a surname after it is only a prominent namesake's, of one country
    ('Governor Kasich'; 'Governor Christie' is no Bahamian prime minister)."""
    return bool(title.role_words) and title.role_words[-1].casefold() in LOCAL_TITLES


def code_org(cand: Candidate, date: str | None, db: str | None) -> Item:
    """An organisation or outlet: its dictionary entry, else what the words of its full name,
    possessor and apposition say ('Russia's official Sputnik News Agency')."""
    words = _clean(cand.words)
    while words and not words[0][:1].isupper() and len(words) > 1:
        words = words[1:]  # 'official Sputnik News Agency'
    full = " ".join(words)
    known = (code_name(_official(cand), date, db) or _hyphenated_name(cand, date)
             or (code_name(full, date, db) if words else None))
    if known is None and (own := _name_before_place(words)) != words and (
            named := code_name(" ".join(own), date, db)) is not None and named.country:
        known, words, full = named, own, " ".join(own)  # 'the Rapid Support Forces in Jeddah'
    known = _not_common(cand, known)
    if known is None and len(words) == 1 and cand.label in ("ORG", "PROPN") and (
            not is_given_name(full)) and not (cand.right_words or cand.desc_words):
        # 'Sanders said' tagged a body, 'Trump met' untagged; not 'Gates of the embassy'
        person = lookup_lone_surname(norm_key(full), date)
        if person is not None:
            return _item(cand, "PERSON", person.name, code_words([]), person, False)
    whole = known is not None
    if known is None and len(words) > 1:
        written = [w for w in cand.text.replace("’", "'").split() if w.casefold() not in (
            "the", "a", "an")]  # as written: "People's", which the cleaned words split
        hit = suffix_hit(written if len(written) > 1 else words, date, db)
        known = hit[2] if hit and place_of(norm_key(hit[1])) else None
        if hit and known is None and _described(hit[0]):  # 'Campaign group Amnesty ...'
            known, whole, words = hit[2], True, hit[1].split()
            full = hit[1]
    title = code_words(words)
    if whole and known is not None and known.country:
        title.country = known.country  # the whole name, not a country inside it
    if whole and known is not None and known.sector and (known.country or (
            known.sector in TRANSNATIONAL_SECTORS)):
        title.sector = title.body_sector = None  # "New People's Army" is REB, no 'people';
        # "Islamic State" is IMG, no 'State' government
    if known is None and _named_for_twin_place(words, title):
        title.country = None  # 'Georgia Pacific', 'Georgia Power': a firm of either Georgia
    if known is None and len(words) > 1 and words[0] == "Congressional" and (
            norm_key(words[-1]) in HOUSE_PARTS | {"office", "coalition"}):
        title.country, title.body_sector = "USA", "LEG"  # 'the Congressional Progressive
        # Caucus', 'the Congressional Budget Office': the US Congress's own bodies
    _merge(title, code_words(cand.poss_words), role=False)
    if known is None and title.country is None:
        title.country = _person_owner(cand, date, db)  # "Saddam Hussein's Republican Guard"
    if cand.desc_words:
        _merge(title, code_words(cand.desc_words), role=False)
    title.role_words = []
    name = known.name if known and known.sector in ("MED", "IGO") else (full or None)
    if known is not None and norm_key(known.name) != norm_key(full):
        known = Coded(name or known.name, known.country, known.sector, None, None)
    item = _item(cand, "ORG", name, title, known, bool(title.country and not known))
    if item.sector == "MED":
        item.kind = "MEDIA"
    return item


PLACE_MARKS = frozenset({"in", "at"})  # where a named body is, not whose it is


def _name_before_place(words: list[str]) -> list[str]:
    """An organisation's name without the place the tagger took into it ('the Rapid Support
    Forces in Jeddah' -> 'Rapid Support Forces'): the place says where it is, not whose."""
    for k, word in enumerate(words[1:], 1):
        if word in PLACE_MARKS and place_of(norm_key(" ".join(words[k + 1:]))) is not None:
            return words[:k]
    return words


def _named_for_twin_place(words: list[str], title: Title) -> bool:
    """Whether an unknown organisation, no body or agency of state, is named after a place of
    two countries ('the Georgia Pacific company'): its name says neither."""
    return len(words) > 1 and norm_key(words[0]) in AMBIGUOUS_PLACES and (
        title.sector in (None, "BUS")) and title.body_sector is None


# Political modifiers that also begin the names of parties or states ('Democratic Republic
# of ...', 'Socialist Party'): capitalised, they are no description of a name after them.
NAME_LEAD_MODIFIERS = frozenset({"democratic", "republican", "islamic", "labour", "labor",
                                 "green", "liberal", "conservative", "socialist", "national"})


def _described(head: list[str]) -> bool:
    """Whether the words before a known name are a lower-case description of it ('Campaign
    group' Amnesty International), not part of another name, or a capitalised political
    modifier opening a sentence ("Communist New People's Army guerrillas")."""
    if head and all(w.casefold() in POLITICAL_MODIFIERS - NAME_LEAD_MODIFIERS for w in head):
        return True
    return bool(head) and all(w[:1].islower() for w in head[1:]) and (
        len(head) > 1 or head[0][:1].islower())


def _not_common(cand: Candidate, known: Coded | None) -> Coded | None:
    """No learned surname for a lone word the parser reads as a common noun ('Anger grew ...'
    after a Lowell Anger was learned): a name it may be, but the text does not say so."""
    if known is not None and known.by_surname and cand.common and len(_clean(cand.words)) == 1:
        return None
    return known


def _own_text(cand: Candidate) -> str:
    """The candidate's text as written, straight apostrophes, no leading determiner."""
    text = cand.text.replace("’", "'")
    first = text.split(" ", 1)
    return first[1] if len(first) == 2 and first[0].casefold() in DETERMINERS else text


def _official(cand: Candidate) -> str:
    """The candidate's own text, possessive kept ("Democratic People's Republic of Korea")."""
    text = _own_text(cand)
    return text if "'s " in text else ""


def _hyphenated_name(cand: Candidate, date: str | None) -> Coded | None:
    """A dictionary name as written with its hyphens ('Al-Qaeda in the Islamic Maghreb',
    'Fatah al-Islam'), which the tokens split ('Al - Qaeda')."""
    text = _own_text(cand)
    return lookup_bundled(norm_key(text), date) if "-" in text else None


def code_place(cand: Candidate, date: str | None, db: str | None) -> list[Item]:
    """A country, city, seat of power or demonym (a birthplace before a nationality left out);
    'Sino-Russian' gives one item per part."""
    text = _official(cand) or " ".join(_clean(cand.words))
    if (later := born_elsewhere(_clean(cand.words))) != _clean(cand.words):
        text = " ".join(later)  # 'Kenyan-born Britons': the later state, not the birthplace
    if "-" in text and place_of(norm_key(text)) is None:
        return _hyphen_parts(cand, date, db)
    known = code_name(text, date, db) if text else None
    if known is None and text:
        text, known = _without_modifiers(text, date, db)
    if known is None and cand.label == "NORP" and us_home_member(_clean(cand.words)):
        return [Item(cand, cand.label, country="USA", sector="PTY")]  # 'a Jupiter Democrat'
    if known is None:
        return [Item(cand, cand.label, name=text or None)]
    kind = "ORG" if known.sector in ("IGO", "MED") else cand.label
    return [Item(cand, kind, name=known.name, actor_id=known.actor_id, country=known.country,
                 sector=known.sector)]


def _without_modifiers(text: str, date: str | None, db: str | None) -> tuple[str, Coded | None]:
    """'neighboring Lebanon', 'war-torn Syria': the name after lower-case modifiers."""
    words = text.split()
    while words and not words[0][:1].isupper():
        words = words[1:]
    if not words or len(words) == len(text.split()):
        return text, None
    name = " ".join(words)
    return name, code_name(name, date, db)


def _hyphen_parts(cand: Candidate, date: str | None, db: str | None) -> list[Item]:
    """One place item per coded part of 'Sino-Russian' ('anti-Syria' is not Syria)."""
    items: list[Item] = []
    pos = 0
    previous = ""
    parts = cand.text.split("-")
    if parts[-1].casefold() in LIKENESS:
        return items  # 'a Russian-style law': no Russian one
    for part in parts:
        start = cand.start + pos
        pos += len(part) + 1
        negated, previous = previous.casefold() in ("anti", "non"), part
        known = code_name(part, date, db) if part.strip() and not negated else None
        if known is None or known.country is None:
            continue
        sub = Candidate(start, start + len(part), part, cand.label, [part], cand.head_lemma,
                        cand.sent, cand.token, cand.head, cand.dep)
        items.append(Item(sub, cand.label, name=known.name, actor_id=known.actor_id,
                          country=known.country, sector=known.sector))
    return items


def _titled_name(words: list[str]) -> bool:
    """Whether words are a title with a role and a capitalised name of two words or more
    ('opposition lawmaker Job Sikhala'), a person whatever the tagger called them."""
    title_words, name_words = split_title(words, person=True)
    return len(name_words) >= 2 and all(w[:1].isupper() for w in name_words) and (
        code_words(title_words).role is not None)


def _titled_person(cand: Candidate, date: str | None, db: str | None) -> Item | None:
    """A title and a person's full name that the tagger called a body ('Chancellor Olaf
    Scholz' ORG): that person, when the person's coding places them."""
    if not _titled_name(_clean(cand.words)):
        return None
    person = code_person(replace(cand, label="PERSON"), date, db)
    return person if person.country and person.kind == "PERSON" else None


def code_title(cand: Candidate, date: str | None, db: str | None) -> Item:
    """A title or common-noun actor ('the Chinese Defense Minister', 'a diplomat')."""
    title = code_words(_clean(cand.words))
    if title.country is not None:
        take_demonym_group(title, _clean(cand.words), date, db)
    else:
        stateless_group(title, _clean(cand.words), date, db)  # 'Islamic State fighters'
    right = cand.right_words
    if cand.head_lemma in ENVOY_WORDS and right[:1] != ["of"]:
        right = []  # 'the ambassador in Baghdad', 'the envoy to Iraq': posted there, not of it
    if cand.head_lemma in VETERAN_WORDS and not WAR_NOUNS.isdisjoint(map(str.casefold, right)):
        right = []  # 'veterans of the Iraq war': of any state that fought there
    if title.country is None and right[:1] in (["in"], ["at"]):  # 'FARC commanders in
        _named_owner(title, cand, date, db)  # Havana': the group's, not where they are
    owner = code_words(cand.poss_words + right)
    if owner.country is not None:  # 'workers at Anglo American': the firm's, not American
        take_demonym_group(owner, cand.poss_words + right, date, db)
    if right[:1] in (["in"], ["at"]) and owner.country not in bundled().isos | {None}:
        owner.country = bundled().places.get(norm_key(" ".join(_clean(right[1:]))))  # 'police
        owner.body_sector = None  # in Brussels' are Belgian: the town's, not the EU seated there
    if title.country is None and owner.country is None and not cand.poss_words:
        owner.country = _us_office(_clean(cand.words) + right)  # 'the secretary of state'
    if title.country is None and owner.country is None:  # "France's National Front leader":
        _named_owner(title, cand, date, db)  # the possessor's, not a namesake party's
    if title.country is None and owner.country is None:
        owner.country = _person_of(cand, date, db)  # "the government of President Assad"
    if title.country is None and owner.country is None and (
            title.sector in OWNED_SECTORS or title.body_sector in OWNED_SECTORS):
        owner.country = _person_owner(cand, date, db)  # "Slobodan Milosevic's police"
    if title.country is None and owner.country is None:
        owner.country = staff_country(cand.poss_words + _clean(cand.words), date)  # 'a
        # Clinton aide', "Trump's newly installed campaign chief"
    if cand.head_lemma in OPPONENT_HEADS:  # 'critics of the Egyptian government',
        owner.sector = owner.body_sector = None  # 'government opponents': its opposition,
        against = title.sector in STATE_SECTORS or title.body_sector in STATE_SECTORS  # not
        title.sector = title.body_sector = None  # the government itself
        if against or (right[:1] == ["of"] and owner.country):
            title.sector, title.role_words = "OPP", [cand.words[-1]]
        else:
            title.role_words = []
    _merge(title, owner, role=False)
    if title.sector is None and cand.head_lemma in PARTY_WORDS:
        title.sector, title.role_words = "PTY", [cand.words[-1]]  # named: 'the Likud party'
    if title.sector is None and cand.prison:
        title.sector, title.role_words = "COP", [cand.words[-1]]  # a prison's guards
    return _item(cand, "TITLE", None, title, None, explicit=False)


def _us_office(words: list[str]) -> str | None:
    """The country of a US office the parser splits into a title and its 'of' phrase ('the
    secretary of state', 'the speaker of the House'), whatever its sentence names besides."""
    words = [w for w in words if w.casefold() not in ("former", "then", "ex", "late")]
    hit = US_BODIES.get(norm_key(" ".join(words)))
    return hit[0] if hit is not None else None


def _person_of(cand: Candidate, date: str | None, db: str | None) -> str | None:
    """The country of a known person a title is 'of' ('the government of President Bashar
    al-Assad': SYR), if the dictionaries know the name; staff 'for' or 'to' a prominent
    person are theirs too ('a spokesman for Trump', 'an adviser to Clinton')."""
    prep = cand.right_words[:1]
    if prep not in (["of"], ["for"], ["to"]):
        return None
    _, name_words = split_title(_clean(cand.right_words[1:]))
    if len(name_words) == 1 and _staff_title(cand):
        return staff_country([name_words[0], cand.words[-1]], date)
    return _known_person_country(cand.right_words[1:], date, db) if prep == ["of"] else None


def _known_person_country(words: list[str], date: str | None, db: str | None) -> str | None:
    """The country of a known person ``words`` name in full after any title; a bare surname,
    or a name the dictionaries do not know, says none."""
    _, name_words = split_title(_clean(words))
    if len(name_words) < 2:
        return None
    known = code_name(" ".join(name_words).replace(" - ", "-"), date, db)
    return known.country if known is not None and known.country in bundled().isos else None


# Sectors of the bodies a known leader's possessive names as his state's ("Slobodan
# Milosevic's police", "Robert Mugabe's ruling party"); not critics or opponents
OWNED_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "PTY", "UAF"})


def _person_owner(cand: Candidate, date: str | None, db: str | None) -> str | None:
    """The country of a known person, named in full, whose possessive a body follows
    ("Saddam Hussein's Republican Guard": IRQ); a bare surname says none."""
    return _known_person_country(cand.poss_words, date, db)


def _staff_title(cand: Candidate) -> bool:
    """Whether a title's head names someone's staff ('spokesman', 'adviser', 'aide')."""
    return cand.head_lemma in STAFF_WORDS or TITLE_SECTORS.get(cand.head_lemma, "") is None


def _named_owner(title: Title, cand: Candidate, date: str | None, db: str | None) -> None:
    """'Boko Haram fighters', 'Kurdish Workers Party fighters': the country (and armed or
    political sector) of the group whose name modifies the title, which is theirs (not the
    one their sentence names, nor a word inside the name: 'Workers' is no labour)."""
    words = _clean(cand.words)
    whole = " ".join(cand.words).replace(" 's ", "'s ").replace(" ’s ", "'s ")
    known = lookup_bundled(norm_key(whole), date) if "'s " in whole else None  # "the Lord's
    known = known or title_group(words[:-1], date, db)  # Resistance Army": the whole name
    if known is not None and known.country in bundled().isos:
        take_group(title, known, date)


def code_group(cand: Candidate, date: str | None = None, db: str | None = None) -> Item:
    """'Afghan rebel leaders' (AFG, GOV), 'the two sides' (nothing): codes from the group's own
    words only, no country when they name two ('the Peruvian and Chilean sides'), and only a
    home sector (a group's sector is what lets its sentence give it a country) or a labour
    union's ('union leaders' LAB); leaders of a named movement are its own ('Taliban
    leaders': AFG REB, whatever town they meet in)."""
    words = _clean(cand.words)
    title = code_words(words)
    named = title_group(words[:-1], date, db) if len(words) > 1 else None
    if named is not None and named.country:
        return Item(cand, "GROUP", country=named.country, sector=named.sector, role=title.role)
    places = {place_of(norm_key(w)) for w in words} - {None}
    country = title.country if len({p.code for p in places if p}) <= 1 else None
    if cand.right_words[:1] == ["of"]:  # 'Leaders of the ... opposition coalition': OPP
        title.sector = code_words(words + cand.right_words).sector
    sector = title.sector if title.sector in GROUP_SECTORS else None  # not 'business leaders'
    return Item(cand, "GROUP", country=country, sector=sector, role=title.role)


def code_ethnic(cand: Candidate, country: str | None, stated: bool) -> Item:
    """'Houthi rebels', 'Kurds', 'ethnic Albanians': a group with the country it lives in by
    default (none where several), which its sentence may still correct (home_countries)
    unless its own words state it ('Iraqi Kurds')."""
    title = code_words(_clean(cand.words))
    where = code_words(cand.right_words).country  # '<group> inhabitants of <a place>'
    kind = cand.label if cand.label in ("TITLE", "GROUP") else "NORP"  # 'they' may join those
    return Item(cand, kind, name=" ".join(_clean(cand.words)) or None, country=where or country,
                sector=title.sector, role=title.role, ethnic=not (stated or where))


def _named_homeland(words: list[str]) -> bool:
    """'the Chechen capital Grozny', 'the Kurdish town Kobani': a place noun and the name
    of the place, no people or government."""
    return len(words) > 2 and words[-1][:1].isupper() and any(
        w.casefold() in HOMELAND_NOUNS for w in words[1:-1])


def _known_actor(cand: Candidate, date: str | None, db: str | None) -> bool:
    """Whether the whole phrase, or the group named before its title, is an actor the
    knowledge base names ('Tamil Tigers' LKA REB, 'Kurdish Workers Party fighters'), which an
    ethnic word in it ('Tamil', 'Kurdish') does not turn into a population."""
    words = _clean(cand.words)
    key = norm_key(" ".join(words))
    if key and (lookup_bundled(key, date) or lookup_learned(key, db, date)) is not None:
        return True
    group = title_group(words[:-1], date, db) if len(words) > 2 else None
    return group is not None and group.country is not None


def code_candidate(cand: Candidate, date: str | None, db: str | None) -> list[Item]:
    """Items for one candidate (none if it is not an actor)."""
    if cand.label == "PRON":
        return [Item(cand, "PRON")]
    if cand.label != "NORP" and sports_club(" ".join(_clean(cand.words))):
        return [Item(cand, "ORG", name=" ".join(_clean(cand.words)))]  # 'Bayern Munich': a
        # club, uncoded, not the town's government
    if cand.head_word == "of" and _clean(cand.words) and norm_key(" ".join(
            _clean(cand.words))) in OFFICE_OBJECTS:
        return []  # 'the secretary of state', 'a head of state': part of an office's name
    if cand.label in ("NORP", "GROUP", "TITLE", "PROPN"):
        ethnic, country, stated = ethnic_group(_clean(cand.words))
        if ethnic and country and (cand.head_lemma in HOMELAND_NOUNS
                                   or _named_homeland(_clean(cand.words))):
            return [Item(cand, "GPE", country=country)]  # 'the Tigrayan town of Axum': ETH
        if ethnic and not _known_actor(cand, date, db):
            return [code_ethnic(cand, country, stated)]
    if cand.label == "GROUP":
        return [code_group(cand, date, db)]
    if cand.label == "PERSON" and _country_name(cand):
        cand = replace(cand, label="GPE")
    town = _lone_town(cand)
    if town is not None and town.isupper():
        return [Item(cand, "ORG", name=town)]  # 'the GAO': an acronym, no town of Mali
    if town is not None and cand.dep == "nsubj" and not cand.desc_words:
        return [Item(cand, "PERSON", name=town)]  # 'Valls criticised': a surname, no country
    if _surname_as_place(cand, date):
        cand = replace(cand, label="PERSON")  # 'Sharif met Modi', 'the Kasich campaign'
    if cand.label == "PERSON":
        return [code_person(cand, date, db)]
    if cand.label in ("ORG", "PROPN"):
        item = code_org(cand, date, db)
        if item.country is None and (person := _titled_person(cand, date, db)) is not None:
            return [person]  # 'Chancellor Olaf Scholz' tagged a body
        if item.country or item.sector or cand.label == "ORG":
            return [item]
        if cand.subject_name and not place_of(norm_key(cand.text)):
            return [code_person(replace(cand, label="PERSON"), date, db)]  # 'Cruz chided'
        return []
    if cand.label in PLACE_KINDS:
        places = [i for i in code_place(cand, date, db) if i.country or cand.label != "NORP"]
        if (not any(i.country for i in places) and len(_clean(cand.words)) == 1
                and TITLE_SECTORS.get(cand.head_lemma)):
            return [code_title(cand, date, db)]  # 'Rebels attacked ...' tagged as a place
        if not any(i.country for i in places) and _titled_name(_clean(cand.words)):
            return [code_person(replace(cand, label="PERSON"), date, db)]  # 'opposition
            # lawmaker Job Sikhala' tagged as a place
        return places
    item = code_title(cand, date, db)
    return [item] if (item.country or item.role) else []


# Heads of those against someone: the opposition of the state or ruler they are 'of'
# ('critics of the Egyptian government', 'opponents of President Museveni'); bare, no actor
OPPONENT_HEADS = frozenset({"critics", "critic", "opponents", "opponent", "foes", "detractors"})


# What an office is 'of' in its own name, no actor of its own ('Secretary of State')
OFFICE_OBJECTS = frozenset({"state", "states", "defense", "defence", "homeland security",
                            "staff", "the treasury", "treasury", "justice", "the interior",
                            "interior"})


def _surname_as_place(cand: Candidate, date: str | None) -> bool:
    """Whether a lone capitalised word tagged as a place that no place table holds is a
    prominent person's surname ('Modi', 'Palin', 'Kasich' the small model calls a GPE)."""
    words = _clean(cand.words)
    return (cand.label in ("GPE", "LOC") and len(words) == 1 and words[0][:1].isupper()
            and place_of(norm_key(words[0])) is None
            and lookup_lone_surname(norm_key(words[0]), date) is not None)


NAME_LABELS = frozenset({"GPE", "LOC", "ORG", "PERSON", "PROPN"})  # a tagger's name kinds


def _lone_town(cand: Candidate) -> str | None:
    """The word of a lone name that is only a gazetteer town's ('Valls', 'Gao', 'GAO'), if so:
    as a verb's subject such a name is most often a person's surname (a town seldom acts,
    one the text describes is left a town), and in capitals an acronym."""
    words = _clean(cand.words)
    if cand.label in NAME_LABELS and len(words) == 1 and norm_key(words[0]) in town_names():
        return words[0]
    return None


# The words glued by hyphens around a mention ('Mazar-i-' before its 'Sharif')
HYPHEN_LEFT = re.compile(r"(?:[^\W\d_]+-)+$")
HYPHEN_RIGHT = re.compile(r"(?:-[^\W\d_]+)+")


def _hyphen_place(cand: Candidate, text: str) -> Candidate:
    """A mention the tagger cut out of a hyphenated place name ('Sharif' or 'i-Sharif' of
    'Mazar-i-Sharif', 'Bissau' of 'Guinea-Bissau') is that place; 'pro-Sharif', 'al-Assad',
    'US-Mexico' are no place and stay. Not coding._hyphenated_place, on purpose: this grows a
    mention's span over the text around it to a place or a seat of government (it becomes a
    GPE mention); that one only tells the coder that one word of a phrase's key is a place or
    a demonym as a whole, so the phrase is not split at its hyphen."""
    if text[cand.start - 1 : cand.start] != "-" and text[cand.end : cand.end + 1] != "-":
        return cand
    left = HYPHEN_LEFT.search(text, max(0, cand.start - 30), cand.start)
    right = HYPHEN_RIGHT.match(text, cand.end)
    start = left.start() if left else cand.start
    end = right.end() if right else cand.end
    whole = text[start:end]
    place = place_of(norm_key(whole))
    if "-" not in whole or place is None or place.table not in ("place", "seat"):
        return cand
    return replace(cand, start=start, end=end, text=whole, words=[whole], label="GPE",
                   head_lemma=whole.casefold())


def _hyphen_places(cands: list[Candidate], text: str) -> list[Candidate]:
    """The candidates with hyphenated place names made whole, each once ('Mazar' and
    'i-Sharif' tagged apart are one 'Mazar-i-Sharif')."""
    out: list[Candidate] = []
    for cand in cands:
        whole = _hyphen_place(cand, text)
        if whole is cand or not out or (out[-1].start, out[-1].end) != (whole.start, whole.end):
            out.append(whole)
    return out


def _country_name(cand: Candidate) -> bool:
    """Whether a candidate is just a country's name ('Mali' tagged as a person), not one that
    is also a given name ('Jordan')."""
    key = norm_key(" ".join(_clean(cand.words)))
    place = place_of(key)
    if place is None or place.table != "place" or key in PERSON_COUNTRIES:
        return False
    return place.code in bundled().isos and norm_key(country_name(place.code)) == key


def article_surnames(cands: list[Candidate]) -> frozenset[str]:
    """Surnames of the people the article names in full or with a title ('Colonel Nambiar')."""
    return surnames_of(_clean(cand.words) for cand in cands if cand.label == "PERSON")


# Prepositions whose object is where something is or goes: a place, not a person named so
WHERE_PREPS = frozenset({"in", "at", "near", "from", "to", "into", "outside", "around",
                         "across", "toward", "towards", "through", "of", "inside", "via"})


def _as_person(cand: Candidate, own: frozenset[str]) -> Candidate:
    """A lone capitalised word tagged ORG that is the surname of a person the article names
    ('Colonel Nambiar ... Nambiar told') is that person, so coreference can join them; so is
    one tagged a place that no preposition of place takes and that is no state or seat ('Rep.
    Justin Bamberg ... Bamberg said', 'legislators such as Bamberg'; not 'in Bamberg')."""
    words = _clean(cand.words)
    if len(words) != 1 or norm_key(words[0]) not in own:
        return cand
    key = norm_key(words[0])
    if cand.label in ("ORG", "PROPN") or (
            cand.label in ("GPE", "LOC") and not (cand.dep == "pobj" and cand.head_word in (
                WHERE_PREPS)) and state_named(words[0]) is None and key not in bundled().seats):
        return replace(cand, label="PERSON")
    return cand


def home_countries(resolver: Resolver) -> None:
    """A titled person or agent with no country ('President X', 'Parliament', 'rebels') takes
    the one country its sentence names (places, demonyms, national bodies; not people), if it
    names exactly one; not learned as a fact."""
    by_sent: dict[int, list[tuple[str, Candidate, bool]]] = {}
    wars: set[int] = set()  # sentences that name a war's place
    isos = bundled().isos
    owners: dict[int, str | None] = {}  # head token -> country of its resolved 'its'/'their'
    titles: dict[int, Item] = {}  # end offset -> title item ('opposition leader' + a name)
    for it in resolver.items:
        if it.entity >= 0 and it.kind == "TITLE":  # 'Jailed Kurdish lawmaker' + a name: the
            titles[it.cand.end] = it  # people's title, placed below (_place_ethnic), too
        if it.entity < 0 or it.ethnic:
            continue
        if it.country in isos and not it.cand.venue and (
                it.kind not in ("PERSON", "PRON", "MEDIA")  # 'told Reuters'
                or _says_country(it)):  # not 'the talks in Geneva': a venue places no one
            people = it.kind in ("PERSON", "TITLE", "GROUP")  # may report: 'X said ...'
            by_sent.setdefault(it.cand.sent, []).append((it.country, it.cand, people))
            if it.cand.war:
                wars.add(it.cand.sent)
        if it.kind == "PRON" and it.cand.dep == "poss":
            owners[it.cand.head] = resolver.entities[it.entity].best.country
    named = {sent: _index_places(places) for sent, places in by_sent.items()}
    served = {sent: _index_places([p for p in by_sent[sent] if not p[1].war]) for sent in wars}
    states = _facing_states(resolver)
    for ent in resolver.entities:
        if ent.best.ethnic:
            _place_ethnic(ent, named, states)
            continue
        if ent.best.country or ent.kind not in ("PERSON", "TITLE", "ORG", "GROUP") or (
                ent.best.sector in TRANSNATIONAL_SECTORS):
            continue  # 'Daesh terrorists beheaded a Japanese hostage': no Japanese group
        first = ent.items[0].cand
        if ent.kind == "PERSON":
            _adjacent_title(ent.best, titles.get(first.start - 1) or titles.get(first.start))
        if (owners.get(first.token) and first.head_lemma in COUNTRY_HEADS
                and len(_clean(first.words)) == 1):  # not 'its neighbouring countries'
            _set_country(ent, str(owners[first.token]), "sentence")  # 'their countries'
            continue
        if not (ent.best.role or ent.best.sector in HOME_SECTORS or ent.best.group_name):
            continue
        if ent.kind == "GROUP" and ent.best.sector not in HOME_SECTORS:
            continue  # 'business leaders' in Paris: a role, but no home sector
        owner = owners.get(first.token)
        if first.poss_words and not owner and not _country_owned(first) or (
                "visiting" in first.words or _foreigners(first.words)):
            continue  # 'Sweden's ...', 'their forces': the possessor decides, not the
            # sentence; 'the visiting foreign minister' is not of where he visits, nor
            # 'foreign officials' of the country their sentence names
        if owner:
            _set_country(ent, owner, "sentence")
            continue
        veterans = first.head_lemma in VETERAN_WORDS  # not of the war's place they served in
        country = _sentence_country(first, {**named, **served} if veterans else named,
                                    ent.best.sector in RESIDENT_SECTORS,
                                    _state_agent(ent), house=_bare_house(first),
                                    armed=ent.best.sector in UNNAMED_ARMED)
        if country is not None and _other_than_title(ent, country):
            continue  # 'Sen. Risch said Russia had ...': his title's country, or the article's

        if country is not None and not office_absent(country, _clean(first.words)):
            _set_country(ent, country, "sentence")


def _country_owned(cand: Candidate) -> bool:
    """Whether a group's possessor is a bare country noun ("the country's unions", "the
    nation's truckers"): the sentence's one state, which it names elsewhere."""
    own = [w.casefold() for w in _clean(cand.poss_words) if w not in ("'s", "'", "’s")]
    return len(own) == 1 and own[0] in COUNTRY_HEADS


def _facing_states(resolver: Resolver) -> dict[int, set[str]]:
    """By sentence, the states whose governments or armies it names, which a rebel group or an
    ethnic people's gunmen face there."""
    states: dict[int, set[str]] = {}
    isos = bundled().isos
    for it in resolver.items:
        if it.entity >= 0 and not it.ethnic and it.kind in ("TITLE", "ORG", "GPE") and (
                it.country in isos and it.sector in FACING_SECTORS):
            states.setdefault(it.cand.sent, set()).add(it.country)
    return states


def settle_groups_abroad(resolver: Resolver) -> None:
    """'Rebel commanders in Nairobi signed a ceasefire with the Sudanese government': a rebel
    or opposition group with no country but the 'in <place>' after it is of the one other
    state whose government or army its sentence names (SDN), not of the venue (KEN); 'police
    in Nairobi', or rebels with no other state named, keep the place's."""
    facing = _facing_states(resolver)
    for ent in resolver.entities:
        first = ent.items[0]
        if ent.best.sector not in EXILE_SECTORS or first.cand.right_words[:1] != ["in"] or (
                code_words(_clean(first.cand.words)).country):
            continue
        venue = code_words(first.cand.right_words).country
        others = facing.get(first.cand.sent, set()) - {venue}
        if venue and ent.best.country in (None, venue) and len(others) == 1:
            country = others.pop()
            for it in ent.items:
                it.country = country if it.country in (None, venue) else it.country
            _set_country(ent, country, "sentence")


# Offices 'foreign' names in a state's own government ('the foreign minister', 'foreign
# affairs committee'), whose holders are the sentence's compatriots
FOREIGN_OFFICES = frozenset({"minister", "ministers", "ministry", "ministries", "secretary",
                             "secretaries", "office", "affairs", "policy", "service",
                             "relations", "committee", "intelligence"})


def _foreigners(words: list[str]) -> bool:
    """Whether a group is named foreign ('foreign officials', 'foreign journalists'): people
    of other countries than the one their sentence names, not a foreign ministry's staff."""
    low = [w.casefold() for w in words]
    after = low[low.index("foreign") + 1 :] if "foreign" in low else []
    return bool(after) and after[0] not in FOREIGN_OFFICES


def _other_than_title(ent: Entity, country: str) -> bool:
    """Whether a person's one-country title ('Sen.', 'Gov.', 'Rep.') is another country's than
    the one their sentence names: the sentence speaks of a foreign country, not theirs."""
    hit = _domestic_hit(ent) if ent.kind == "PERSON" else None
    return hit is not None and hit[0] != country


# Unnamed armed doers ('gunmen', 'rebels'): what their own act aims at ('attacked the Swedish
# embassy') says nothing of where they are from
UNNAMED_ARMED = frozenset({"UAF", "REB", "CRM", "INS", "RAD", "SEP"})


@dataclass
class SentencePlaces:
    """The countries one sentence names, counted once, so that each agent's share of them costs
    no rescan of the sentence (a 5 MB paragraph with thousands of groups stays linear)."""

    counts: Counter[str] = field(default_factory=Counter)  # places no preposition aims at
    objects: dict[int, Counter[str]] = field(default_factory=dict)  # direct objects by verb
    inside: set[str] = field(default_factory=set)  # places things happen 'in'
    reporters: set[str] = field(default_factory=set)  # countries only their reporters state
    modifiers: Counter[str] = field(default_factory=Counter)  # 'Russian oligarchs': demonyms
    aimed_any: dict[int, Counter[str]] = field(default_factory=dict)  # any kind, by verb
    aimed_all: Counter[str] = field(default_factory=Counter)  # objects: 'sanctions on X'
    subjects: dict[int, Counter[str]] = field(default_factory=dict)  # agents doing, by verb
    aimed_things: dict[int, Counter[str]] = field(default_factory=dict)  # 'the Iran deal'
    counterparts: set[str] = field(default_factory=set)  # 'his Iranian counterpart': not his


def _index_places(places: list[tuple[str, Candidate, bool]]) -> SentencePlaces:
    """Count a sentence's countries, leaving out places an act is aimed at ('closed its border
    with Rwanda', 'fired at Saudi Arabia'; 'the rebels attacked Chad' for its subject only),
    which say nothing of an agent's own country, nor does a person's ('talks with Russian
    Defense Minister X') or a place where another named actor acts ('permitted Apple to sell
    phones in China'); national agents ('an inquiry into Chilean officials') still count."""
    index = SentencePlaces()
    for country, cand, people in places:
        place_like = cand.label in PLACE_KINDS | {"PERSON"}
        if cand.dep == "dobj" or (cand.dep == "pobj" and cand.head_word in TARGET_PREPS):
            verb = cand.object_of if cand.object_of >= 0 else cand.head  # 'at a Saudi port'
            index.aimed_any.setdefault(verb, Counter())[country] += 1
        elif cand.object_of >= 0 and (not _person(cand) or (
                cand.dep == "poss" and cand.head_word not in UNDERGONE)):
            # 'attacked a Greek-owned tanker', 'criticized the Mexican government's decision'
            # (a leader's country still places those acting on them: 'demanded the
            # resignation of Tunisian President X')
            index.aimed_any.setdefault(cand.object_of, Counter())[country] += 1
            if _names_thing(cand):
                index.aimed_things.setdefault(cand.object_of, Counter())[country] += 1
        if place_like and cand.dep == "pobj" and cand.head_word in TARGET_PREPS:
            continue  # 'fired at Saudi Arabia': aimed at, whoever the agent
        if cand.others_clause or cand.on_trip:
            continue  # 'permitted Apple to sell phones in China': where Apple acts; a visitor
        if cand.dep in ("amod", "compound") and cand.head_word.lower() in BORDER_WORDS:
            continue  # 'near the Somali border': either side of it
        if _counterpart_of(cand):  # 'summoned the U.S. ambassador', 'the U.S. ambassador
            index.counterparts.add(country)  # said police ...': a foreigner's country
            continue
        if people and _reports(cand):  # 'Indian Prime Minister X said the insurgents ...'
            index.reporters.add(country)  # places the state's own agents only (_state_agent)
            continue
        index.counts[country] += 1
        if people and cand.dep == "nsubj":
            index.subjects.setdefault(cand.head, Counter())[country] += 1
        if cand.dep == "dobj" or (cand.dep == "pobj" and cand.head_word in AIMED_PREPS):
            index.aimed_all[country] += 1
        if cand.label in ("NORP", "GPE") and cand.dep in ("amod", "compound"):
            index.modifiers[country] += 1  # 'sanctions on Russian oligarchs', 'a US destroyer'
        if (place_like or cand.label == "ORG") and cand.dep == "dobj":  # aimed at only by
            # its own verb's subject: 'X, the first lady, addressed the US Congress' is none
            index.objects.setdefault(cand.head, Counter())[country] += 1  # of its members
        if cand.dep == "pobj" and cand.head_word == "in":
            index.inside.add(country)
    return index


FOREIGN_ROLE_WORDS = COUNTERPART_WORDS | ENVOY_WORDS  # whose country is a foreigner's


def _counterpart_of(cand: Candidate) -> bool:
    """Whether a candidate names a counterpart's or envoy's country ('his Iranian
    counterpart', 'summoned the U.S. ambassador') or is one: a foreigner's to the others of
    its sentence."""
    return cand.head_lemma in FOREIGN_ROLE_WORDS or (
        cand.dep in ("amod", "compound") and cand.head_word.casefold() in FOREIGN_ROLE_WORDS)


def _names_thing(cand: Candidate) -> bool:
    """Whether a place or demonym only qualifies a thing ('the Iran deal', 'Russia's
    airstrikes', 'an aid package for Ukraine'), not people or agents ('Chilean government
    officials' stay national)."""
    if cand.dep == "pobj":
        return cand.head_word in OBJECT_PREPS
    return cand.dep in ("compound", "amod", "poss") and not is_agent_word(cand.head_word) and (
        cand.head_word not in PERSON_TITLES)


def _person(cand: Candidate) -> bool:
    """Whether a candidate names a person or people ('Tunisian President X'), not a thing
    ('an American destroyer')."""
    return cand.label == "PERSON" or cand.head_lemma in PERSON_TITLES


# Nouns whose possessor undergoes them ('demanded the Tunisian president's resignation': the
# demanders are the president's people), unlike what the possessor does ('criticized the
# Mexican government's decision' says nothing of the critic's country)
UNDERGONE = frozenset({"resignation", "ouster", "removal", "release", "dismissal", "arrest",
                       "detention", "impeachment", "execution", "killing", "death", "trial",
                       "extradition", "assassination", "overthrow", "downfall", "exit"})


# Legislatures a bare word names, of the one country a sentence places, not of the people a
# demonym describes ('Congress imposed sanctions on Russian oligarchs' is no Russian act)
# (so are groups with a home of their own: 'Houthi forces attacked an American destroyer')
AIMED_PREPS = TARGET_PREPS
# Bodies of a house named after it ('the Senate Banking Committee', 'the House Freedom Caucus')
HOUSE_PARTS = frozenset({"committee", "subcommittee", "caucus", "panel"})


def _bare_house(cand: Candidate) -> bool:
    """Whether a candidate is a legislature named by its bare word ('Congress', 'the Senate')."""
    words = [w.lower() for w in _clean(cand.words)]
    return len(words) == 1 and words[0] in BARE_HOUSES


def _sentence_country(agent: Candidate, named: dict[int, SentencePlaces],
                      scene: bool, state: bool = False, own_home: bool = False,
                      house: bool = False, armed: bool = False) -> str | None:
    """The one country the agent's sentence names (not one an act is aimed at); for groups
    acted on or living somewhere (``scene``: civilians, refugees, ethnic groups), when it names
    several, the one place it says things happen 'in' ('US troops killed civilians in Iraq')."""
    index = named.get(agent.sent)
    if index is None:
        return None
    aimed = index.objects.get(agent.head, Counter()) if agent.dep == "nsubj" else Counter()
    countries = {country for country, n in index.counts.items() if n > aimed[country]}
    hit = index.aimed_any.get(agent.head, Counter()) if agent.dep == "nsubj" else Counter()
    if own_home:  # not 'Russian oligarchs', nor what its own act aims at, nor those doing
        others = _other_doers(agent, index)  # another act ('before a US destroyer arrived')
        countries = {c for c in countries
                     if index.counts[c] > max(aimed[c], hit[c]) + index.modifiers[c] + others[c]}
    if not scene:  # 'the senator criticized the Iran deal': a thing its own act aims at
        things = index.aimed_things.get(agent.head, Counter()) if agent.dep == "nsubj" else (
            Counter())
        countries = {c for c in countries if index.counts[c] > max(aimed[c], things[c])}
    if house and agent.verb >= 0:  # 'the Israeli leader met with Congress': who acts on a
        doers = index.subjects.get(agent.verb, Counter())  # bare house is no compatriot
        countries = {c for c in countries if index.counts[c] > doers[c]}
    if armed and all(index.counts[c] <= hit[c] for c in countries):
        return None  # 'gunmen attacked the Swedish embassy': only what their act aims at
    if armed:  # 'blew himself up near a French patrol': the patrol's, not the bomber's
        countries = {c for c in countries if index.counts[c] > index.modifiers[c]}
    if house:  # 'Congress imposed sanctions on Venezuelan officials': not what acts aim at
        countries = {c for c in countries
                     if index.counts[c] > index.aimed_all[c] + index.modifiers[c]}
    if state:  # 'Indian Prime Minister X said police ...': the police of the state X leads
        countries |= index.reporters
    if len(countries) > 1 and scene:
        countries = index.inside
    countries -= index.counterparts  # 'held talks in Tehran with his Iranian counterpart'
    return next(iter(countries)) if len(countries) == 1 else None


def _other_doers(agent: Candidate, index: SentencePlaces) -> Counter[str]:
    """The countries of agents that are the subjects of verbs other than the agent's own."""
    if agent.dep != "nsubj":
        return Counter()
    return sum((c for verb, c in index.subjects.items() if verb != agent.head), Counter())


def _state_agent(ent: Entity) -> bool:
    """Whether an entity is one of a state's own agents or parties that a head of state's or
    minister's report speaks of ('the army', 'police'), not a person (a counterpart) nor a group
    whose country a reporting person's nationality says nothing of ('the insurgents')."""
    return ent.kind != "PERSON" and ent.best.sector in STATE_SECTORS


def _reports(cand: Candidate) -> bool:
    """Whether people only report their sentence (the subject of 'said', 'told': 'Indian
    officials said ...'), so that their own country says nothing of where the groups they
    speak of are; people who take part ('demanded the resignation of Algerian President X')
    still place them."""
    return cand.dep == "nsubj" and cand.head_word in REPORT_VERBS


def _place_ethnic(ent: Entity, named: dict[int, SentencePlaces],
                  states: dict[int, set[str]]) -> None:
    """An ethnic group lives in the one country its sentence names (not one an act is aimed
    at): 'ethnic Albanians demonstrated in Serbia' -> SRB; else it keeps its default. A group
    with a home of its own ('Houthi forces' YEM) is not moved by a demonym describing someone
    else ('attacked an American destroyer'). Armed men of a people with a home state keep it
    wherever they strike ('Chechen gunmen took hostages in Istanbul': RUS) unless a government
    or army of the sentence's country faces them ('the Mozambique government accepted demands from
    Shona rebels') or the 'ethnic' of a nation's demonym names them ('ethnic Albanian rebels
    in Macedonia': MKD)."""
    cand = ent.items[0].cand
    country = _sentence_country(cand, named, True, own_home=bool(ent.best.country))
    if country is None or country == ent.best.country:
        return
    if ent.best.country and ent.best.sector in UNNAMED_ARMED and country not in states.get(
            cand.sent, ()) and not any(w.casefold() in ETHNIC_MARKERS for w in cand.words):
        return
    _set_country(ent, country, "sentence")


# What follows an unknown name the text calls a group: 'the X group', 'the X (``Y'') movement'.
GROUP_AFTER = re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?(?:group|movement|organi[sz]ation|"
                         r"militia|faction)\b", re.IGNORECASE)


def mark_named_groups(resolver: Resolver, text: str) -> None:
    """'a march by the X movement': a name no dictionary knows, which the text calls a group
    or movement, is an organisation of the one country its sentence names (home_countries)."""
    for it in resolver.items:
        if (it.entity >= 0 and not it.country and not it.sector and it.kind in NAMED_KINDS
                and GROUP_AFTER.match(text, it.cand.end, it.cand.end + 60)):
            it.group_name = True
            resolver.entities[it.entity].kind = it.kind = "ORG"


def settle_towns(resolver: Resolver, text: str) -> None:
    """A town's country from its sentence, by two kinds of evidence. A place stated right
    after a gazetteer town ('Tchamba village in Congo's Ituri province') wins over a namesake
    abroad. Else a town the text calls one ('the town of X') that the gazetteer does not know,
    or a name of two countries, lies in the one country its sentence names by a place or a
    national body (a demonym alone, 'Chinese investors', says who acts there, not where the
    town is); a two-country name takes only its other reading, from the sentence's own
    description of it ('the north Lebanese port')."""
    stated = _stated_places(resolver, text)
    for town, there_now in stated:
        _set_country(resolver.entities[town.entity], there_now, "sentence")
    placed = {id(town) for town, _ in stated}
    towns = [it for it in _sentence_towns(resolver, text) if id(it) not in placed]
    if not towns:
        return
    named: dict[int, set[str]] = {}
    described: dict[int, set[str]] = {}  # 'the north Lebanese port': a town's own country
    isos, skip = bundled().isos, {id(t) for t in towns}
    for it in resolver.items:
        if it.entity >= 0 and it.country in isos and id(it) not in skip and _locates(it):
            named.setdefault(it.cand.sent, set()).add(str(it.country))
        if it.entity >= 0 and (country := _town_description(it, text)) is not None:
            described.setdefault(it.cand.sent, set()).add(country)
    for town in towns:
        called = _called_town(town, text)
        there = (named if called else described).get(town.cand.sent, set()) - {town.country}
        if town.country:  # a two-country name: only its other reading
            there &= AMBIGUOUS_PLACES.get(_place_key(town), frozenset())
        if len(there) == 1:
            _set_country(resolver.entities[town.entity], there.pop(), "sentence")


def _sentence_towns(resolver: Resolver, text: str) -> list[Item]:
    """Towns whose sentence may settle their country: those the text calls towns ('the town
    of X') and names the gazetteer gives two countries."""
    towns = [it for it in resolver.items if it.entity >= 0 and _called_town(it, text)]
    return towns + [it for it in resolver.items if it.entity >= 0 and it.kind in ("GPE", "LOC")
                    and _place_key(it) in AMBIGUOUS_PLACES and it not in towns]


# What lies between a town and the place it is in ('in', 'near', 'in northern', 'in the east of')
PLACED_IN = re.compile(r",?\s+(?:in|near)\s+((?:the\s+)?(?:[a-z]+ern|central)\s+)?")


def _stated_places(resolver: Resolver, text: str) -> list[tuple[Item, str]]:
    """Gazetteer towns the text places in another country's place right after them, with that
    country ('Tchamba village in Congo's Ituri province': COD)."""
    at = {it.cand.start: it for it in resolver.items
          if it.entity >= 0 and _names_place(it)}
    found: list[tuple[Item, str]] = []
    for town in [it for it in resolver.items if it.entity >= 0 and _gazetteer_town(it)]:
        gap = PLACED_IN.match(text, town.cand.end, town.cand.end + 40)
        place = (at.get(gap.start(1)) or at.get(gap.end())) if gap else None
        if place is not None and place.country in bundled().isos and (
                place.country != town.country):
            found.append((town, str(place.country)))
    return found


def _names_place(item: Item) -> bool:
    """Whether a mention names a place: a place kind, or words ending in a place's name
    ('northern Togo', which the tagger may call a title or a NORP)."""
    words = _clean(item.cand.words)
    return item.kind in PLACE_KINDS or bool(words and place_of(norm_key(words[-1])))


def _gazetteer_town(item: Item) -> bool:
    """Whether a mention is a gazetteer town's name, alone or before a town noun ('Tchamba',
    'Tchamba village'), coded by that town's country."""
    words = _clean(item.cand.words)
    if len(words) > 1 and words[-1].casefold().rstrip("s") in TOWN_NOUNS:
        words = words[:-1]
    return bool(item.country) and norm_key(" ".join(words)) in town_names()


# A year the text names as a date ('in 1999', 'since 2003', 'May 1998'): the latest tells the
# era of an undated article
YEAR_NAMED = re.compile(
    r"\b(?:in|since|until|by|from|of|early|late|mid-?|January|February|March|April|May|June|"
    r"July|August|September|October|November|December)\s+((?:19|20)\d\d)\b")


def text_era(date: str | None, text: str) -> str | None:
    """The article's date, else mid-year of the latest year its text names, else None."""
    if date:
        return date
    years = YEAR_NAMED.findall(text)
    return f"{max(years)}-07-01" if years else None


def _era_reading(item: Item, readings: tuple[str, str], when: str | None) -> str | None:
    """The reading a renamed shared name ('Congo') had at ``when``, if one of ``readings``."""
    if when is None:
        return None
    for word in map(str.casefold, _clean(item.cand.words)):
        if (renamed := TWIN_RENAMED.get(word)) is not None:
            reading = renamed[2] if when >= renamed[0] else renamed[1]
            return reading if reading in readings else None
    return None


def settle_twin_states(resolver: Resolver, when: str | None = None) -> None:
    """'Congolese police in Brazzaville', 'her home in Trinidad' after 'Bolivian police': a
    name two states share (TWIN_STATES, TWIN_TOWNS, TWIN_GROUPS) is the one its sentence's
    other places, bodies, named people or nationals are in, else the article's, else the
    reading at its date ``when`` (TWIN_RENAMED), else the default reading the tables gave it; a
    settled place is marked as the sentence's reading."""
    twins = [(it, readings) for it in resolver.items if it.entity >= 0
             and (readings := _twin_readings(it)) is not None]
    if not twins:
        return
    twin_ids = {id(it) for it, _ in twins}
    by_sentence: dict[int, set[str]] = {}
    for it in resolver.items:
        era = next((TWIN_ERAS[w] for w in map(str.casefold, it.cand.words) if w in TWIN_ERAS),
                   None)  # 'Zaire' named: a bare 'Congo' is the Republic
        if it.entity >= 0 and it.country and not it.country_basis and id(it) not in twin_ids and (
                era or _locates(it) or it.kind == "PERSON" and it.name or _national(it)):
            by_sentence.setdefault(it.cand.sent, set()).add(era or it.country)
    everywhere = set().union(*by_sentence.values()) if by_sentence else set()
    for it, readings in twins:
        there = by_sentence.get(it.cand.sent, set()) & set(readings) or everywhere & set(readings)
        if not there and (then := _era_reading(it, readings, when)) is not None:
            there = {then}
        if len(there) == 1 and (country := there.pop()) != it.country:
            _resettle(resolver, it, str(it.country), country)
            it.country = country
            best = resolver.entities[it.entity].best
            if best.country in readings:
                best.country = country
                if _place_key(best) in TWIN_TOWNS:
                    best.country_basis = "sentence"


# The halves of a divided nation, which its news calls by the bare compass word once either
# half is named ('South Korea said the North had fired ...', 'the South returned fire')
KOREA_HALVES: dict[str, str] = {"north": "PRK", "south": "KOR"}


def settle_korean_halves(resolver: Resolver, text: str) -> None:
    """'the North', 'the South' (capitalised, alone) in an article that names either Korea are
    those states, not a region ('a team from the north of England' is lower case)."""
    halves = frozenset(KOREA_HALVES.values())
    if not any(it.entity >= 0 and it.country in halves for it in resolver.items):
        return
    for it in resolver.items:
        words = _clean(it.cand.words)
        if it.entity >= 0 and not it.country and len(words) == 1 and (
                (country := KOREA_HALVES.get(words[0].casefold())) is not None
                and words[0][:1].isupper() and (it.cand.det == "the" or text[
                    max(0, it.cand.start - 4) : it.cand.start].casefold() == "the ")):
            it.country = country
            _set_country(resolver.entities[it.entity], country, "article")


def _resettle(resolver: Resolver, twin: Item, old: str, country: str) -> None:
    """People of the sentence coded by the shared name after them ('students in Valencia')
    move with it to the state the sentence settled it in."""
    key = _place_key(twin)
    for it in resolver.items:
        if it.cand.sent == twin.cand.sent and it is not twin and it.country == old and (
                key in norm_key(" ".join(it.cand.right_words))):
            it.country = country


def _national(item: Item) -> bool:
    """Whether a group's or title's own words give its country ('Bolivian police'), not a
    place after it ('students in Valencia')."""
    return item.kind in ("NORP", "TITLE") and (
        code_words(_clean(item.cand.words)).country == item.country)


def _twin_readings(item: Item) -> tuple[str, str] | None:
    """The two states a mention's shared name may mean ('Congo', 'Congolese troops', the town
    'Trinidad'), if it has one and no word naming one state outright ('Congo-Brazzaville')."""
    if item.kind != "PERSON" and (
            pair := TWIN_TOWNS.get(key := _place_key(item)) or _twin_group(key)) is not None:
        return pair if item.country in pair else None  # the tagger's kind may be any
    words = [w.casefold() for w in _clean(item.cand.words)]
    parts = {p for w in words for p in w.replace("-", " ").split()}
    if parts & TWIN_QUALIFIERS:
        return None
    readings = next((TWIN_STATES[p] for p in parts if p in TWIN_STATES), None)
    return readings if readings is not None and item.country in readings else None


def _twin_group(key: str) -> tuple[str, str] | None:
    """The two states a group's shared name may mean, the name being words of its phrase
    ('National Liberation Army rebels', 'the ruling Baath party')."""
    return next((pair for name, pair in TWIN_GROUPS.items() if f" {name} " in f" {key} "),
                None)


def _town_description(item: Item, text: str) -> str | None:
    """The country a demonym before a town noun names ('the north Lebanese port', 'Tripoli,
    the northern Lebanese city'), by which a sentence describes a two-country town name."""
    if item.kind == "TITLE" and item.cand.head_lemma in TOWN_NOUNS:
        country = code_words(_clean(item.cand.words)).country  # its own words, not its town's
    elif item.kind == "NORP":
        after = text[item.cand.end : item.cand.end + 12].split()[:1]
        country = item.country if after and after[0].strip(",.;") in TOWN_NOUNS else None
    else:
        return None
    return country if country in bundled().isos else None


TOWN_WORDS = ("city of ", "town of ", "village of ", "port of ", "township of ")
TOWN_NOUNS = frozenset({"city", "town", "port", "capital", "village", "stronghold"})


def _place_key(item: Item) -> str:
    """The lookup key of a place mention's own words (no determiner)."""
    return norm_key(" ".join(_clean(item.cand.words)))


def _called_town(item: Item, text: str) -> bool:
    """Whether a place mention is a town the text calls one ('the city of X') that the
    gazetteer does not know (no country) or marks ambiguous (a name in two countries)."""
    if item.kind not in ("GPE", "LOC"):
        return False
    before = text[max(0, item.cand.start - 16):item.cand.start].casefold()
    if not before.endswith(TOWN_WORDS):
        return False
    return not item.country or _place_key(item) in AMBIGUOUS_PLACES


def _locates(item: Item) -> bool:
    """Whether a coded mention says where its sentence happens: a place the text names or a
    national body, stated rather than inferred (not a demonym on people, nor a person)."""
    if item.country_basis or item.ethnic:
        return False
    named_place = item.kind in PLACE_KINDS and item.kind != "NORP"
    return named_place or (item.kind == "ORG" and item.sector in HOME_SECTORS)


def _says_country(item: Item) -> bool:
    """Whether a person's own title words name their country ('Algerian President X'), which
    the text states, unlike a country the dictionaries give a bare name."""
    if item.kind != "PERSON":
        return False
    places = [place_of(norm_key(w)) for w in item.cand.words[:-1]]
    return any(p is not None and p.code == item.country and p.table in ("place", "demonym")
               for p in places)  # not an outlet's name ('Detective Dawn X' is not Pakistani)


def place_votes(resolver: Resolver) -> dict[str, list[str]]:
    """Country -> the names of the article's own places, demonyms and national bodies coding
    to it, one per mention (people, outlets, inferred countries and two-country names do not
    vote)."""
    votes: dict[str, list[str]] = {}
    isos = bundled().isos
    for it in resolver.items:
        if it.entity < 0 or it.country not in isos or it.country_basis or it.ethnic:
            continue
        if it.kind in PLACE_KINDS or (it.kind == "ORG" and it.sector in HOME_SECTORS):
            name = norm_key(it.cand.text)
            if name not in AMBIGUOUS_PLACES:
                votes.setdefault(str(it.country), []).append(name)
    return votes


def home_country(votes: dict[str, list[str]]) -> str | None:
    """The article's home country: named at least twice and by two different names (not
    'Wellington, Somerset' twice), with one other country named at most a quarter as often (a
    US story that mentions Mexico once stays US), or several others together at most a sixth
    as often (a US story that mentions Libya twice and Israel once among 22 US places)."""
    counts = Counter({country: len(names) for country, names in votes.items()})
    if not counts:
        return None
    (top, count), *rest = counts.most_common()
    others = sum(n for _, n in rest)
    if len(set(votes[top])) < 2 or others * (4 if len(rest) < 2 else 6) > count:
        return None
    return top


# Distinct people and places of one country, two of them people the dictionaries name, that
# make it an article's home when its places alone do not ('Sanders', 'Clinton', 'Iowa')
HOME_NAMES, HOME_PEOPLE = 3, 2


def people_home(resolver: Resolver) -> str | None:
    """The home country of an article whose places alone name none: the one country of at
    least three distinct people and places, two of them people the dictionaries code, with
    the places and people of any other country at most a quarter as many."""
    votes: dict[str, set[str]] = {}
    isos = bundled().isos
    for it in resolver.items:
        if it.entity >= 0 and it.country in isos and not it.country_basis and (
                it.kind == "PERSON" and it.name or it.kind in PLACE_KINDS and not it.ethnic):
            votes.setdefault(str(it.country), set()).add(it.name or norm_key(it.cand.text))
    counts = Counter({country: len(names) for country, names in votes.items()})
    if not counts:
        return None
    (top, count), *rest = counts.most_common()
    people = {it.name for it in resolver.items if it.kind == "PERSON" and it.country == top
              and it.name and not it.country_basis}
    if count < HOME_NAMES or len(people) < HOME_PEOPLE or sum(n for _, n in rest) * 4 > count:
        return None
    return top


def settle_ambiguous_places(resolver: Resolver, home: str | None) -> None:
    """'Georgia' in an article whose home country is the USA is the US state, and so is the
    'governor of Georgia' coded from it."""
    if home is None:
        return
    for it in resolver.items:
        if it.entity >= 0 and it.country != home and _ambiguous_with(it, home):
            it.country, it.country_basis = home, "article"
            ent = resolver.entities[it.entity]
            if ent.best is it and it.name and ent.kind in PLACE_KINDS | {"PERSON", "ORG"}:
                it.actor_id = actor_id_for(it.name, home)


def _ambiguous_with(item: Item, home: str) -> bool:
    """Whether the item's country came from a two-country name that can also be ``home``."""
    cand = item.cand
    for word in (cand.text, *cand.words, *cand.right_words, *cand.poss_words):
        readings = AMBIGUOUS_PLACES.get(norm_key(word), frozenset())
        if home in readings and item.country in readings:
            return True
    return False


def dateline_lines(text: str) -> list[tuple[int, int, str]]:
    """The (start, end, country) of each line a dateline opens ('PARIS (Reuters) - ...')."""
    lines: list[tuple[int, int, str]] = []
    start = 0
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        found = dateline_country(text, start) if text[start:start + 1].isupper() else None
        if found is not None:
            lines.append((found[0], end, found[1]))
        start = end + 1
    return lines


def _line_countries(resolver: Resolver, lines: list[tuple[int, int, str]]
                    ) -> dict[int, set[str]]:
    """The countries each dateline line's items state (a bare house's default none, nor what
    an act aims at: 'BEIJING (Reuters) - The foreign ministry criticized Japan')."""
    stated: dict[int, set[str]] = {}  # line index -> the countries its items state
    for it in resolver.items:
        if (it.entity >= 0 and it.country and it.kind in PLACE_VOTE_KINDS | {"PERSON"}
                and not _default_house(resolver.entities[it.entity]) and not _aimed(it.cand)):
            at = _line_of(lines, it.cand.start)
            if at is not None:
                stated.setdefault(at, set()).add(str(it.country))
    return stated


def _aimed(cand: Candidate) -> bool:
    """Whether a candidate is what an act aims at: a verb's direct object, or the object of
    'at', 'against', 'with' ... ('criticized Japan', 'fired at Saudi Arabia')."""
    return cand.dep == "dobj" or (cand.dep == "pobj" and cand.head_word in TARGET_PREPS)


def settle_houses(resolver: Resolver, lines: list[tuple[int, int, str]]) -> None:
    """A bare house ('the Senate', 'the Senate Foreign Relations Committee') that holds only
    the dictionaries' US default belongs to another country that possesses it ('Nigeria's
    Senate') or, in a line a dateline of another country opens ('CANBERRA (Reuters) - The
    Senate rejected ...'), to the dateline's when nothing in the line names a third; before
    the sentence passes, so that those it places follow it."""
    for ent in resolver.entities:
        _possessed_body(ent)
    if not lines:
        return
    stated = _line_countries(resolver, lines)
    for ent in resolver.entities:
        at = _line_of(lines, ent.items[0].cand.start)
        if at is not None and _default_house(ent) and ent.best.country != lines[at][2] and not (
                stated.get(at, set()) - {lines[at][2]}):
            _set_country(ent, lines[at][2], "sentence")


def dateline_countries(resolver: Resolver, lines: list[tuple[int, int, str]]) -> None:
    """Home-sector agents still without a country in a line a dateline opens ('PARIS (Reuters)
    - Police arrested ...') are the dateline place's, when nothing in that line after the
    dateline names another country; marked "sentence"."""
    if not lines:
        return
    stated = _line_countries(resolver, lines)
    for ent in resolver.entities:
        best, first = ent.best, ent.items[0].cand
        at = _line_of(lines, first.start)
        if (at is None or best.country or best.ethnic or first.poss_words
                or ent.kind not in ("PERSON", "TITLE", "ORG", "GROUP")
                or not (best.role or best.sector in HOME_SECTORS)
                or first.head_lemma in ENVOY_WORDS):
            continue
        if not stated.get(at, set()) - {lines[at][2]}:
            _set_country(ent, lines[at][2], "sentence")


def _default_house(ent: Entity) -> bool:
    """Whether an entity is a legislature named by its bare word ('the Senate') that holds
    only the dictionaries' default country (the US one), which a dateline's place overrides."""
    best, first = ent.best, ent.items[0].cand
    hit = _house_hit(_clean(first.words))
    return (ent.kind == "ORG" and not first.poss_words and not best.country_basis
            and hit is not None and best.country == hit[0])


def _house_hit(words: list[str]) -> tuple[str, str | None] | None:
    """The domestic table's (country, sector) of a legislature named by its bare word ('the
    Senate') or of one of its bodies named after it ('the Senate Foreign Relations
    Committee'), which the dictionaries place in the US whoever's house it is."""
    keys = [norm_key(w) for w in words]
    if not keys or keys[0] not in BARE_HOUSES:
        return None
    if len(keys) == 1 or (len(keys) > 2 and keys[-1] in HOUSE_PARTS):
        return domestic_titles().get(keys[0])
    return None


def _line_of(lines: list[tuple[int, int, str]], start: int) -> int | None:
    """The index of the dateline line (start, end, country) holding offset ``start``."""
    return next((i for i, (a, b, _) in enumerate(lines) if a <= start < b), None)


def article_home_country(resolver: Resolver, home: str | None) -> None:
    """Home-sector agents still without a country ('police', 'the governor', 'a judge') and
    people the text names with no sector or title ('Mr. Band') take the article's home
    country, unless a sentence of theirs names another country or a possessor decides;
    marked ``country_basis="article"``, never learned as a fact."""
    if home is None:
        return
    foreign = {it.cand.sent for it in resolver.items if it.entity >= 0 and it.country
               and it.country != home and it.kind in PLACE_VOTE_KINDS | {"PERSON", "MEDIA"}
               and norm_key(it.cand.text) not in AMBIGUOUS_PLACES}
    foreign |= {it.cand.sent for it in resolver.items if it.country == home  # 'talks with
                and _counterpart_of(it.cand)}  # his Iranian counterpart'
    for ent in resolver.entities:
        best = ent.best
        if best.country or ent.kind not in ("PERSON", "TITLE", "ORG"):
            continue
        if ent.items[0].cand.poss_words or not (best.sector in HOME_SECTORS or (
                _local_person(ent))) or ent.items[0].cand.head_lemma in ENVOY_WORDS:
            continue  # nor an envoy: a foreigner where the story happens
        if any(it.cand.sent in foreign for it in ent.items):
            continue
        _set_country(ent, home, "article")


def _local_person(ent: Entity) -> bool:
    """Whether an entity is a person the text names and describes by no sector or title
    ('Palmieri accused ...'): in an article about one country only, one of its own people."""
    best = ent.best
    return ent.kind == "PERSON" and best.sector is None and not best.role and not best.ethnic


def domestic_countries(resolver: Resolver, home: str | None) -> None:
    """'Sen. X', 'Congress', 'the Supreme Court' left uncoded take the country whose domestic
    title or body they are (actor_domestic.tsv) when the article names no other country, or
    its home is that country and their sentences name no other (a country that only qualifies
    a thing an act aims at, 'criticized the Iran deal', or that the body's own act aims at,
    'the administration urged Israel', names none); marked "article"."""
    named: dict[str, set[int]] = {}  # country -> sentences that state it
    by_sent: dict[int, list[Item]] = {}  # the stating items of each sentence
    for it in resolver.items:
        if (it.entity >= 0 and it.country and not it.country_basis and not it.ethnic
                and it.kind in PLACE_VOTE_KINDS | {"PERSON", "MEDIA"}
                and not (it.cand.object_of >= 0 and _names_thing(it.cand))
                and not it.cand.others_clause):  # nor 'a judge whose parents were born in X'
            named.setdefault(str(it.country), set()).add(it.cand.sent)  # not 'the Iran deal'
            by_sent.setdefault(it.cand.sent, []).append(it)
    for ent in resolver.entities:
        _possessed_body(ent)
        hit = _domestic_hit(ent)
        first = ent.items[0].cand
        if hit is None or any(w[:1].isupper() for w in first.poss_words
                              if w.casefold() not in DETERMINERS):
            continue  # 'Nigeria's Senate'; not 'the state's attorney general'
        country, sector = hit
        others = set().union(*(sents for c, sents in named.items() if c != country))
        if first.sent in others and _only_aimed_at(first, by_sent[first.sent], country):
            others.discard(first.sent)
        if others and (home != country or any(it.cand.sent in others for it in ent.items)):
            continue
        _set_country(ent, country, "article")
        ent.best.sector = ent.best.sector or sector


def campaign_staff(resolver: Resolver, text: str) -> None:
    """Countryless people described as a campaign's ('Brian Fallon, a campaign spokesman',
    "the campaign's manager, Jeff Weaver") are staff of the last candidate whose campaign the
    text named before them, of that candidate's country; marked "article"."""
    for ent in resolver.entities:
        first = ent.items[0].cand
        if ent.best.country or ent.kind not in ("PERSON", "TITLE"):
            continue
        words = [w.casefold() for it in ent.items
                 for w in (*it.cand.desc_words, *it.cand.words, *it.cand.poss_words)]
        if not {"campaign", "campaign's", "campaign’s"} & set(words):
            continue
        owner = next((it for at in campaign_owners_at(text, first.start)
                      for it in resolver.items if candidate_name(it.kind, it.cand.text)
                      and it.entity >= 0 and it.cand.start <= at < it.cand.end), None)
        country = resolver.entities[owner.entity].best.country if owner is not None else None
        if country:
            _set_country(ent, country, "article")


def _only_aimed_at(agent: Candidate, stating: list[Item], country: str) -> bool:
    """Whether every other country the agent's sentence states is what the agent's own act
    aims at ('The senator urged Russia to ...'): none that places the agent."""
    if agent.dep != "nsubj":
        return False
    return all(it.country == country or agent.head in (it.cand.verb, it.cand.object_of)
               for it in stating)


def _possessed_body(ent: Entity) -> None:
    """'Nigeria's Senate': a domestic body the dictionaries code to one country (Phoenix's
    SENATE is American) belongs to the other country that possesses it in the text; so does
    a security agency whose name several states use ('Belarus's KGB', the Soviet one's)."""
    best, first = ent.best, ent.items[0].cand
    if ent.kind != "ORG" or best.explicit or best.country_basis or not first.poss_words:
        return
    hit = domestic_titles().get(norm_key(" ".join(_clean(first.words)))) or _house_hit(
        _clean(first.words))  # 'Nigeria's Senate Foreign Relations Committee'
    owner = code_words(first.poss_words).country
    shared = best.sector in AGENCY_SECTORS and {best.country, owner} <= bundled().isos
    if ((hit is not None and best.country == hit[0]) or shared) and (
            owner and owner != best.country):
        _set_country(ent, owner, "sentence")


def _domestic_hit(ent: Entity) -> tuple[str, str | None] | None:
    """The (country, sector) of an uncoded home-sector entity's domestic title or body."""
    best = ent.best
    if best.country or ent.kind not in ("PERSON", "TITLE", "ORG"):
        return None
    if best.sector is not None and best.sector not in HOME_SECTORS:
        return None
    table = domestic_titles()
    for it in ent.items:
        words = _without_control([norm_key(w) for w in _clean(it.cand.words)])
        if it.kind == "ORG" and " ".join(words) in table:
            return table[" ".join(words)]
        if it.kind == "ORG" and len(words) > 2 and words[-1] in HOUSE_PARTS and (
                words[0] in BARE_HOUSES and words[0] in table):  # 'the Senate Banking
            return table[words[0]]  # Committee': the house's, like the bare house
        if it.kind in ("PERSON", "TITLE"):
            for n in (3, 2, 1):  # "federal grand jury", "federal judge", "sen."
                if len(words) > n - (it.kind == "TITLE") and " ".join(words[:n]) in table:
                    return table[" ".join(words[:n])]
    return None


# Participles naming who holds a body ('the Republican-led House', 'a GOP-controlled Senate')
CONTROL_WORDS = frozenset({"led", "controlled", "dominated", "run"})


def _without_control(words: list[str]) -> list[str]:
    """A body's words without the party that holds it ('republican - led house' -> 'house')."""
    if len(words) > 3 and words[1] == "-" and words[2] in CONTROL_WORDS:
        return words[3:]
    if len(words) > 1 and "-" in words[0] and words[0].rsplit("-", 1)[1] in CONTROL_WORDS:
        return words[1:]
    return words


TITLE_BEFORE = re.compile(r"\b(?:the|a|an)\s+((?:[a-z][\w'-]*\s+){1,3})$")
APPOSITION_AFTER = re.compile(r",\s+(?:the|a|an)\s+")
OFFICE_BEFORE = re.compile(  # 'U.S. Assistant Secretary of State Victoria Nuland'
    r"((?:[A-Z][\w.'-]*\s+){1,4}of\s+(?:State|Defen[cs]e|Homeland\s+Security|the\s+Treasury"
    r"|Justice|the\s+Interior)\s+)$")


def adopt_titles(resolver: Resolver, text: str) -> None:
    """A named person the parser left without the common-noun title before the name ('the
    activist Alaa Abd El-Fattah', 'the opposition politician Maria X'), the office whose 'of'
    cut it off ('U.S. Assistant Secretary of State Victoria Nuland') or the titled apposition
    after it ('Abdala Bucaram, the Ecuadorean president') takes its role, sector and stated
    country, which home_countries then completes."""
    starts = {it.cand.start: it for it in resolver.items if it.kind == "TITLE"}
    for ent in resolver.entities:
        best = ent.best
        if ent.kind != "PERSON" or best.role or best.country or best.entity < 0:
            continue
        first = ent.items[0].cand
        before = TITLE_BEFORE.search(text, max(0, first.start - 60), first.start)
        if before is not None and not is_agent_word(before[1].split()[-1]):
            before = None  # 'the vacant seat of Justice X': no title before the name
        office = None if before else OFFICE_BEFORE.search(text, max(0, first.start - 80),
                                                          first.start)
        before = before or office
        if before is not None:
            words = before[1].split()
            title = code_words(words)
            if office is not None and not title.role_words:  # 'Secretary' of the Treasury
                title.role_words = [words[words.index("of") - 1]]
            if title.role is not None:
                best.role = title.role
                best.sector = best.sector or title.body_sector or title.sector
                best.country = title.country
                continue
        after = APPOSITION_AFTER.match(text, first.end)
        _adjacent_title(best, starts.get(after.end()) if after is not None else None)


def _adjacent_title(best: Item, title: Item | None) -> None:
    """'opposition leader Maulana X': a title mention right before a name gives it a role."""
    if title is not None and title.cand.sent == best.cand.sent and not best.role:
        best.role, best.sector = title.role, best.sector or title.sector
        best.country = best.country or title.country


def _set_country(ent: Entity, country: str, basis: str) -> None:
    """Give an entity an inferred country (with its basis), never learned as a fact."""
    best = ent.best
    best.country, best.country_basis = country, basis
    best.explicit = False
    if best.name and ent.kind != "TITLE":
        best.actor_id = actor_id_for(best.name, country)


def _entity_ids(article_id: str, entities: list[Entity]) -> dict[int, str]:
    """Stable entity ids from the article and the offset of each entity's first mention."""
    return {e.index: stable_id(article_id, "entity", e.items[0].cand.start) for e in entities}


def _mention(article_id: str, item: Item, ent: Entity, entity_id: str,
             description: str | None) -> Mention:
    """A Mention carrying its entity's best codes (so 'he' and 'Shoigu' are coded too)."""
    best = ent.best
    return Mention(
        id=stable_id(article_id, "mention", item.cand.start, item.cand.end),
        article_id=article_id, span=(item.cand.start, item.cand.end), text=item.cand.text,
        kind=item.kind, entity=entity_id, actor_id=best.actor_id, name=best.name,
        country=best.country, sector=best.sector, role=best.role,
        description=item.description or description, country_basis=best.country_basis,
    )


def _description(ent: Entity) -> str | None:
    """The first description (apposition) any mention of the entity carries."""
    return next((it.description for it in ent.items if it.description), None)


def _actor(article_id: str, ent: Entity, date: str | None) -> Actor | None:
    """The KB entry an entity contributes: only coded, named entities."""
    best = ent.best
    if not best.actor_id or not best.name or ent.kind in ("PRON", "TITLE", "GROUP"):
        return None
    if ent.kind == "ORG" and agent_sector(norm_key(best.name)) is not None:
        return None  # 'Supreme Court', 'Interior Ministry': a kind of body, not one actor
    if best.ethnic and best.country_basis:
        return None  # 'Christians' placed by their sentence: a population there, no KB actor
    aliases = sorted({_alias(it) for it in ent.items if it.kind in ("PERSON", "ORG", "MEDIA")}
                     - {best.name, ""})
    return Actor(
        id=best.actor_id, name=best.name, aliases=aliases, country=best.country,
        sector=best.sector, role=best.role,
        valid_from=date if best.explicit else None, source=_source(article_id, best),
    )


def _source(article_id: str, best: Item) -> str:
    """Where an actor's codes come from: this article's words, its context (a country
    inferred from its sentence or places, never learned), or the dictionaries."""
    if best.explicit:
        return f"article:{article_id}"
    return f"inferred:{article_id}" if best.country_basis else "dictionary"


def _alias(item: Item) -> str:
    """The name words of a mention, as an alias for the KB (no title, no determiner)."""
    words = _clean(item.cand.words)
    if item.kind == "PERSON":
        words = split_title(words)[1]
    while words and not words[0][:1].isupper():
        words = words[1:]
    return " ".join(words)


def extract_actors(ctx: ExtractContext) -> None:
    """Fill ctx.record.mentions and ctx.record.actors for one article."""
    article = ctx.article
    date = (article.published or "")[:10] or None
    db = ctx.state.get("db_path")
    db = str(db) if db else None
    kb.refresh(db)  # new rows, a new file: checked once per article, not per lookup
    resolver = Resolver()
    cands = list(article_candidates([(s.doc, s.offset) for s in ctx.segments]))
    own = article_surnames(cands)
    with kb.own_surnames(own):  # the article's own people beat learned namesakes
        for cand in _hyphen_places(cands, article.text):
            for item in code_candidate(_as_person(cand, own), date, db):
                item.country = state_then(item.country, date)  # Juba in 2005: Sudan's
                resolver.add(item)
    home = home_country(place_votes(resolver)) or people_home(resolver)  # before any
    # country is inferred
    mark_named_groups(resolver, article.text)
    settle_ambiguous_places(resolver, home)
    lines = dateline_lines(article.text)
    settle_houses(resolver, lines)
    settle_twin_states(resolver, text_era(date, article.text))
    settle_korean_halves(resolver, article.text)
    settle_towns(resolver, article.text)  # before people are placed by its towns
    adopt_titles(resolver, article.text)
    home_countries(resolver)  # what the sentence names comes first
    settle_groups_abroad(resolver)
    dateline_countries(resolver, lines)
    article_home_country(resolver, home)
    domestic_countries(resolver, home)
    campaign_staff(resolver, article.text)
    ids = _entity_ids(article.id, resolver.entities)
    descs = {e.index: _description(e) for e in resolver.entities}
    for item in resolver.items:
        if item.entity >= 0:
            ent = resolver.entities[item.entity]
            ctx.record.mentions.append(
                _mention(article.id, item, ent, ids[ent.index], descs[ent.index]))
    seen: set[str] = set()
    for ent in resolver.entities:
        actor = _actor(article.id, ent, date)
        if actor is not None and actor.id not in seen:
            seen.add(actor.id)
            ctx.record.actors.append(actor)
            if (actor.source or "").startswith("article:"):  # this article's own words
                remember(actor, db)


extractors.add(
    "storyline.actors.v1",
    Extractor("storyline.actors.v1", extract_actors, requires=(), assigns=("mentions", "actors")),
)
