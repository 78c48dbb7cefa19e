"""The actor knowledge base: bundled dictionaries (loaded once) plus actors learned from articles.

The bundled part is ``storyline/data/actors_kb.json.gz`` (rebuilt by ``storyline.data.build``).
Learned actors come from the store's ``actors`` table, read through a read-only connection
kept per process and refreshed when the table changes, and from actors learned earlier in
this process (so an actor learned in one article of a batch helps the next one).
"""

from __future__ import annotations

import gzip
import json
import os
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources
from typing import Any

from storyline.actors.names import NAME_PARTICLES, is_given_name, name_variants, norm_key
from storyline.records import Actor, stable_id


@dataclass(frozen=True)
class Coded:
    """What the knowledge base knows of a name: canonical name and codes."""

    name: str
    country: str | None
    sector: str | None
    role: str | None = None
    actor_id: str | None = None
    source: str = "dictionary:phoenix"
    valid_from: str | None = None
    by_surname: bool = False  # matched on a one-word name only: must agree with the article


@dataclass
class Bundled:
    """The bundled dictionaries as plain lookup tables (keys are ``norm_key`` forms)."""

    places: dict[str, str]
    demonyms: dict[str, str]
    seats: dict[str, str]
    bodies: dict[str, list[str]]
    media: dict[str, str]
    agents: dict[str, str]
    actors: list[list[Any]]
    aliases: dict[str, int]
    igo_tails: dict[str, str]
    surnames: dict[str, int] = field(default_factory=dict)
    lone_surnames: dict[str, list[int]] = field(default_factory=dict)  # the prominent's
    country_names: dict[str, str] = field(default_factory=dict)
    acronyms: dict[str, int] = field(default_factory=dict)
    isos: frozenset[str] = frozenset()


@cache
def bundled() -> Bundled:
    """Load the bundled knowledge base once per process (~0.1 s)."""
    path = resources.files("storyline.data").joinpath("actors_kb.json.gz")
    data = json.loads(gzip.decompress(path.read_bytes()).decode("utf-8"))
    kb = Bundled(**{k: data[k] for k in Bundled.__dataclass_fields__ if k in data})
    kb.isos = frozenset(kb.places.values())
    for alias, name in _data_pairs("actor_aliases.tsv").items():
        if name in kb.aliases:  # another spelling of a dictionary actor ('Kurdish Workers Party')
            kb.aliases.setdefault(alias, kb.aliases[name])
    _add_former_states(kb)
    return kb


def _add_former_states(kb: Bundled) -> None:
    """Join the bundled former states ('Yugoslav' -> SRB) to the place and demonym tables,
    where no table knows the name already and the successor is a country the tables know."""
    for name, value in _data_pairs("former_states.tsv").items():
        code, _, table = value.partition("\t")
        known = name in kb.places or name in kb.demonyms or name in kb.aliases
        if not known and code in kb.isos:
            (kb.demonyms if table.strip() == "demonym" else kb.places)[name] = code


def _data_pairs(filename: str) -> dict[str, str]:
    """A bundled two-column table (name, tab, value; '#' lines are comments), names as keys."""
    text = resources.files("storyline.data").joinpath(filename).read_text("utf-8")
    table: dict[str, str] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            name, _, value = line.partition("\t")
            table[norm_key(name)] = value.strip()
    return table


# Conflict towns of three letters, which the gazetteer skips by rule (build.CITY_MIN_LETTERS,
# as surnames and words too); the KB build adds them to the place table, and a lone one as a
# verb's subject is read as a person (town_names). Abyei is left to the gazetteer (SDN, as
# GeoNames has it): disputed.
SHORT_TOWNS = {"gao": "MLI", "jos": "NGA", "yei": "SSD"}


@cache
def town_names() -> frozenset[str]:
    """Names of the gazetteer's towns (cities.tsv) and the hand-listed short conflict towns:
    places a lone surname may be mistaken for ('Valls criticised ...')."""
    return frozenset(_data_pairs("cities.tsv")) | frozenset(SHORT_TOWNS)


@cache
def ethnic_groups() -> dict[str, str]:
    """Ethnic and religious group names -> the country they live in ("" where several): the
    bundled ``ethnic_groups.tsv`` (name, tab, ISO code; '#' lines are comments)."""
    return _data_pairs("ethnic_groups.tsv")


@cache
def domestic_titles() -> dict[str, tuple[str, str | None]]:
    """Titles and bodies of one country's domestic politics ('Sen.', 'Congress') -> (ISO code,
    sector or None): the bundled ``actor_domestic.tsv`` (phrase, tab, code[, tab, sector])."""
    table: dict[str, tuple[str, str | None]] = {}
    for name, value in _data_pairs("actor_domestic.tsv").items():
        code, _, sector = value.partition("\t")
        table[name] = (code.strip(), sector.strip() or None)
    return table


def country_name(iso: str) -> str:
    """A readable name for an ISO alpha-3 or body code ('RUS' -> 'Russia')."""
    return bundled().country_names.get(iso) or iso


def state_named(text: str) -> str | None:
    """The ISO code of the state a phrase names by its own name ('Mali', 'the Philippines'),
    not a town or region of it ('Donetsk') nor an abbreviation; else None."""
    iso = bundled().places.get(norm_key(text))
    return iso if iso is not None and own_state_name(text, iso) else None


def own_state_name(text: str, iso: str) -> bool:
    """Whether a phrase is the country ``iso``'s own name ('Benin' for BEN)."""
    return norm_key(text) == norm_key(country_name(iso))


# Old CAMEO country codes in the Phoenix files that are not ISO alpha-3 ('ANGREB' is UNITA).
LEGACY_COUNTRIES = {"ANG": "AGO", "KSV": "XKX", "DDR": "DEU", "SUN": "RUS", "USR": "RUS",
                    "YUG": "SRB", "CSK": "CZE", "SRP": "BIH", "TMP": "TLS"}
# CAMEO sector codes (the second triple of 'RUSGOV'); anything else first is a region or a
# religion ('WAFREB' West Africa, 'EEUREB' Eastern Europe), which gives no country.
CAMEO_SECTORS = frozenset({
    "GOV", "MIL", "OPP", "BUS", "MED", "EDU", "NGO", "IGO", "CVL", "REB", "JUD", "LEG", "ELI",
    "COP", "SPY", "LAB", "AGR", "HLH", "REF", "CRM", "REL", "ENV", "HRI", "UAF", "PTY", "IMG",
    "SEP", "INS", "MOD", "RAD", "DEV", "SOC"})


def split_code(code: str) -> tuple[str | None, str | None]:
    """A CAMEO actor code as (country, sector): 'RUSGOVMIL' -> ('RUS','GOV'), 'IGOUNO' -> UN,
    'MNCUSA' -> (USA, BUS), 'ANGREB' -> (AGO, REB), 'WAFREB' (a region) -> (None, REB)."""
    kb = bundled()
    code = code.lstrip("~")
    if code.startswith("IGO"):
        tails = [code[i : i + 3] for i in range(3, len(code), 3)]
        body = next((kb.igo_tails[t] for t in reversed(tails) if t in kb.igo_tails), None)
        return body or _own_body(tails), "IGO"
    head = LEGACY_COUNTRIES.get(code[:3], code[:3])
    if head != code[:3] and code[3:6] in kb.isos:  # 'USRARM': Armenia in Soviet times
        return code[3:6], (code[6:9] or None)
    if head in kb.isos:
        return head, (code[3:6] or None)
    if head == "MNC":  # a multinational: the country it is based in, if given
        return (code[3:6] if code[3:6] in kb.isos else None), "BUS"
    if head in CAMEO_SECTORS or len(code) < 6:
        return None, head if head in CAMEO_SECTORS else None
    rest = [code[i : i + 3] for i in range(3, len(code), 3)]
    return None, next((t for t in rest if t in CAMEO_SECTORS), None)


# Phoenix IGO code parts that say where or what a body works on, not which body it is
# ('IGOAFRBUS': an African business body; 'IGOMEAARL': the Arab League of the Middle East).
IGO_REGIONS = frozenset({
    "AFR", "EAF", "WAF", "NAF", "SAF", "CAF", "MEA", "ARB", "EUR", "EEU", "WEU", "ASA", "SAS",
    "SEA", "CAS", "EAS", "WAS", "LAM", "SAM", "NMR", "CRB", "SCN", "BLK", "BAL", "PGS", "MDT",
    "WST", "MOS", "CHR", "JEW", "BUD", "HIN", "SHI", "SUN"})


def _own_body(tails: list[str]) -> str:
    """A body the curated table lacks takes its own CAMEO code, as the EU or the UN have theirs
    ('IGOCWN' the Commonwealth -> 'CWN'); 'IGO' only when the code names no body."""
    kb = bundled()
    own = [t for t in tails if t not in CAMEO_SECTORS and t not in IGO_REGIONS
           and t not in kb.isos]
    return own[-1] if own else "IGO"


def _pick_code(codes: list[list[Any]], date: str | None) -> tuple[str, bool] | None:
    """The code valid at ``date`` (latest start wins); (code, still_valid). With no date, a
    timeless code of the dictionaries, where there is one, says who the actor is ('Taliban':
    AFG REB, its dated government years aside); else the latest office."""
    if date is None:
        timeless = [c for c in codes if c[1] is None and c[2] is None
                    and not c[0].endswith("ELI")]
        if timeless:
            return timeless[0][0], True
    day = (date or "9999-12-31")[:10]
    live = [c for c in codes if (c[1] or "") <= day and (c[2] is None or day <= c[2])]
    dated = [c for c in live if c[1] or c[2]]
    pool = dated or live
    if pool:
        best = max(pool, key=lambda c: (c[1] or "", not c[0].endswith("ELI")))
        return best[0], True
    if not codes:
        return None
    return max(codes, key=lambda c: c[2] or "")[0], False


def actor_id_for(name: str, country: str | None) -> str:
    """One id per actor across articles: the normalised canonical name plus country."""
    return stable_id("actor", norm_key(name), country or "")


def lookup_surname(key: str, date: str | None, sector: str | None = None) -> Coded | None:
    """A dictionary person by last name after a title ('President Mugabe'), first name permitting.

    With a ``date``, only people holding a dated code then count; with the title's ``sector``,
    people who held a code of that sector, if any did ('Senator Graham' is the legislator, not
    a namesake minister). Several people with that
    last name: those of the country most of them share (none if no country has a majority),
    then the one holding an office at ``date``, else the one whose codes reach latest
    ('President Bush' -> George W. Bush). A last
    name the dictionaries lack is matched one edit away ('Mitterand', 'Bouteflicka') when
    every such person shares one country.
    """
    words = key.split()
    if not words or not words[-1].replace("-", "").isalpha():
        return None
    last = words[-1]
    index = surname_index()
    exact = index.get(last)
    people = list(exact) if exact else _near(last)
    people = [i for i in people if _first_fits(words[:-1], bundled().actors[i][0])]
    if date:  # only someone holding a dated code at the article's date
        people = [i for i in people if _recency(i, date)[0]]
    if sector:
        people = [i for i in people if _held_sector(i, sector)] or people
    if not people:
        return None
    countries = Counter(_country_of(i) for i in people)
    if len(countries) > 1 and (not exact or countries.most_common(1)[0][1] * 2 <= len(people)):
        return None  # a misspelling, or no country held by most people of that name ('Smith')
    best = max(people, key=lambda i: (_country_of(i) == countries.most_common(1)[0][0],
                                      _recency(i, date)))
    coded = _coded(best, date)
    return replace(coded, by_surname=True) if coded is not None else None


LONE_SURNAME_PEOPLE = 3  # more dictionary people of one surname: a common name, no one


def _particle_bound(name: str) -> bool:
    """Whether a dictionary name's last word follows a particle ('ibrahim al zarruq al sharif')."""
    words = name.split()  # 'Nabil al Sharif': the news writes 'al-Sharif', no bare 'Sharif'
    return len(words) > 2 and words[-2] in NAME_PARTICLES


def lookup_lone_surname(key: str, date: str | None) -> Coded | None:
    """A bare surname the text tags as a person ('Kerry said'), when a prominent person has it
    and the few dictionary people of that name (holding a dated code at ``date``) with careers
    of several offices are all of one country: the latest of them."""
    people = [i for i in surname_index().get(key, ())
              if not _particle_bound(bundled().actors[i][0])]
    if date:
        people = [i for i in people if _recency(i, date)[0]]
    if len(people) > LONE_SURNAME_PEOPLE:
        return None  # 'Ahmed': a common name
    prominent = set(bundled().lone_surnames.get(key, ()))
    # namesakes who held a single office aside ('Harry Clinton'); with none prominent, or
    # career namesakes of several countries, no one: 'Davis' is no Trinidad minister
    people = [i for i in people if i in prominent or len(bundled().actors[i][1]) > 1]
    countries = {_country_of(i) for i in people}
    if not prominent.intersection(people) or len(countries) != 1 or None in countries:
        return None
    coded = _coded(max(people, key=lambda i: _recency(i, date)), date)
    return replace(coded, by_surname=True) if coded is not None else None


@cache
def surname_index() -> dict[str, tuple[int, ...]]:
    """Last name -> every dated dictionary person with it (built on first use, ~0.1 s)."""
    index: dict[str, list[int]] = {}
    for idx, (name, codes) in enumerate(bundled().actors):
        words = name.split()
        if 2 <= len(words) <= 5 and any(c[1] or c[2] for c in codes):
            last = words[-1]
            if len(last) >= 4 and last.replace("-", "").isalpha():
                index.setdefault(last, []).append(idx)
    return {k: tuple(v) for k, v in index.items()}


def _deletes(word: str) -> set[str]:
    """Every form of ``word`` with one letter removed (for one-typo surname matching)."""
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


@cache
def _near_index() -> dict[str, tuple[str, ...]]:
    """Symmetric-delete spelling index: a last name and its one-letter deletions -> names."""
    near: dict[str, list[str]] = {}
    for last in surname_index():
        if len(last) >= 5:
            for variant in _deletes(last) | {last}:
                near.setdefault(variant, []).append(last)
    return {k: tuple(v) for k, v in near.items()}


def _near(last: str) -> list[int]:
    """People whose last name is one insertion, deletion, substitution or swap from ``last``."""
    if len(last) < 5:
        return []
    near = _near_index()
    names = {n for v in _deletes(last) | {last} for n in near.get(v, ())}
    index = surname_index()
    return [i for n in sorted(names) for i in index[n]]


def _first_fits(given: list[str], full_name: str) -> bool:
    """A given first name (or its initial) must begin the dictionary name."""
    if not given:
        return True
    first = given[0].rstrip(".")
    return bool(first) and full_name.split()[0].startswith(first)


def _held_sector(idx: int, sector: str) -> bool:
    """Whether a bundled actor ever held a code of ``sector``."""
    return any(split_code(code[0])[1] == sector for code in bundled().actors[idx][1])


def _country_of(idx: int) -> str | None:
    """The country of a bundled actor from its first code."""
    codes = bundled().actors[idx][1]
    return split_code(codes[0][0])[0] if codes else None


def _recency(idx: int, date: str | None) -> tuple[bool, str]:
    """Rank a person: holding a dated code at ``date`` first, then the latest date in codes."""
    codes = bundled().actors[idx][1]
    day = (date or "")[:10]
    live = bool(day) and any(c[1] and c[1] <= day and (c[2] is None or day <= c[2])
                             and not c[0].endswith("ELI") for c in codes)
    latest = max(((c[2] or "9999") if c[1] or c[2] else "") for c in codes) if codes else ""
    return live, latest


def in_capitals(word: str) -> bool:
    """Whether ``word`` is all letters, written in capitals ('LTTE', a headline's 'NATION')."""
    return word.isalpha() and word.isupper()


def acronym_index(word: str) -> int | None:
    """The dictionary group whose acronym ``word`` is, only if written in capitals of three
    to six letters (so 'Ana' or 'let' never match)."""
    if not (3 <= len(word) <= 6 and in_capitals(word)):
        return None
    return bundled().acronyms.get(word.casefold())


def lookup_acronym(name: str, date: str | None) -> Coded | None:
    """A dictionary group by the acronym its name carries ('LTTE'), only written in capitals."""
    idx = acronym_index(name.strip())
    return _coded(idx, date) if idx is not None else None


def lookup_bundled(key: str, date: str | None) -> Coded | None:
    """A dictionary actor by alias, with the code valid at ``date``; a bare given name
    ('Abdullah', 'Hussein': kings the files list by it) names no one (see royal_namesake)."""
    kb = bundled()
    for variant in name_variants(key):
        idx = kb.aliases.get(variant)
        if idx is not None:
            return None if _given_name_alias(variant) else _coded(idx, date)
    return None


def _given_name_alias(key: str) -> bool:
    """Whether a dictionary alias is one given name (the files list kings by theirs)."""
    return " " not in key and is_given_name(key)


# Titles of a reigning monarch: with one, a given name names the ruler holding an office on
# the article's date ('King Abdullah' in 2018 is Jordan's, the Saudi one died in 2015)
RULER_TITLES = frozenset({"king", "queen", "emir", "amir", "sultan"})


def royal_namesake(title: str, name: str, date: str | None) -> Coded | None:
    """The dictionary person a title and a lone given name stand for ('King Abdullah',
    'King Hussein'): the people listed by the given name alone or with that title, narrowed,
    for a ruler's title and a date, to those holding a dated office then; one country among
    them gives the latest of them, several give no one (two King Abdullahs reigned in 2005-2015:
    the sentence, not the dictionaries, must say which)."""
    key, head = norm_key(name), norm_key(title)
    if not _given_name_alias(key):
        return None
    kb = bundled()
    people = sorted({kb.aliases[k] for k in (key, f"{head} {key}") if k in kb.aliases})
    if date and head in RULER_TITLES:
        people = [i for i in people if _recency(i, date)[0]] or people
    if len({_country_of(i) for i in people}) != 1:
        return None
    return _coded(max(people, key=lambda i: _recency(i, date)), date)


def given_name_only(name: str) -> bool:
    """Whether a name is one given name the dictionaries list a ruler by ('Abdullah')."""
    key = norm_key(name)
    return _given_name_alias(key) and key in bundled().aliases


def period_country(name: str, sector: str) -> str | None:
    """The country of a dictionary actor in the latest period its codes give it ``sector``
    ('Sudan People's Liberation Army' as rebels: SDN, before it became South Sudan's army)."""
    idx = bundled().aliases.get(norm_key(name))
    if idx is None:
        return None
    periods = [c for c in bundled().actors[idx][1] if split_code(c[0])[1] == sector]
    if not periods:
        return None
    return split_code(max(periods, key=lambda c: c[1] or "")[0])[0]


def _coded(idx: int, date: str | None) -> Coded | None:
    """Dictionary actor ``idx`` with the code valid at ``date``."""
    name, codes = bundled().actors[idx]
    picked = _pick_code(codes, date)
    if picked is None:
        return None
    country, sector = split_code(picked[0])
    sector = sector if picked[1] else None
    pretty = name.title()
    return Coded(pretty, country, sector, actor_id=actor_id_for(pretty, country))


# -- learned actors ------------------------------------------------------------------------
#
# Learned actors are indexed so that lookups do not depend on the order articles arrive in:
# every name key keeps all the actors learned under it (by id, the best-dated entry per id),
# and a one-word key (a surname) matches only when exactly one actor, learned or bundled and
# valid at the article's date, carries that surname.


@dataclass
class Learned:
    """Learned actors: name/alias key -> {actor id: Coded}, and surname -> {actor id: Coded}."""

    names: dict[str, dict[str, Coded]] = field(default_factory=dict)
    surnames: dict[str, dict[str, Coded]] = field(default_factory=dict)
    # actor id -> the (names?, key) slots it is filed under, so a rewritten row can replace it
    filed: dict[str, set[tuple[bool, str]]] = field(default_factory=dict)
    # every store actor id read, learned or not -> its alias rows (a rewrite deletes them)
    alias_rows: dict[str, int] = field(default_factory=dict)
    # actor id -> {date learned ('' undated): coding}: every office the articles stated, so an
    # article of 2016 takes what was learned in 2015, not the office learned in 2020
    history: dict[str, dict[str, Coded]] = field(default_factory=dict)
    # source ('article:ID') -> the (names?, key, actor id) slots it filed, so forgetting an
    # article refills a slot only from what other sources taught under that very key
    taught: dict[str, set[tuple[bool, str, str]]] = field(default_factory=dict)

    def add(self, alias: str, coded: Coded) -> None:
        """File ``coded`` under an alias (and its last word, for surname lookups)."""
        key = norm_key(alias)
        if not key:
            return
        words = key.split()
        self._file(len(words) > 1, key, coded)
        dated = self.history.setdefault(coded.actor_id or norm_key(coded.name), {})
        _keep_best(dated, coded, (coded.valid_from or "")[:10])
        if _person_like(alias):
            self._file(False, words[-1], coded)
        _announce(key)

    def _file(self, in_names: bool, key: str, coded: Coded) -> None:
        _put(self.names if in_names else self.surnames, key, coded)
        ident = coded.actor_id or norm_key(coded.name)
        self.filed.setdefault(ident, set()).add((in_names, key))
        self.taught.setdefault(coded.source, set()).add((in_names, key, ident))

    def drop(self, ident: str) -> None:
        """Unfile everything held for actor ``ident`` (its row was rewritten)."""
        self.history.pop(ident, None)
        for in_names, key in self.filed.pop(ident, ()):
            table = self.names if in_names else self.surnames
            slot = table.get(key, {})
            slot.pop(ident, None)
            if not slot:
                table.pop(key, None)
            _announce(key)


ORG_TAILS = frozenset({
    "party", "front", "council", "ministry", "army", "forces", "office", "union", "movement",
    "agency", "committee", "commission", "court", "parliament", "assembly", "congress", "group",
    "bank", "company", "corporation", "news", "times", "post", "radio", "television", "league",
    "organization", "organisation", "association", "institute", "university", "brigade",
    "brigades", "guard", "police", "navy", "government", "administration", "department",
})


def _person_like(alias: str) -> bool:
    """Whether a learned name reads like a person's (2-4 capitalised words, no body word),
    so its last word may stand for it as a surname."""
    words = alias.split()
    if not 2 <= len(words) <= 4 or not all(w[:1].isupper() for w in words):
        return False
    kb = bundled()
    keys = [norm_key(w) for w in words]
    return (keys[-1].replace("-", "").isalpha() and keys[-1] not in ORG_TAILS
            and not any(k in kb.places or k in kb.demonyms or k in kb.agents for k in keys))


def _put(table: dict[str, dict[str, Coded]], key: str, coded: Coded) -> None:
    """File ``coded`` under ``key``, one entry per actor id (see _keep_best)."""
    _keep_best(table.setdefault(key, {}), coded)


def _keep_best(slot: dict[str, Coded], coded: Coded, ident: str | None = None) -> None:
    """Keep one entry per actor id (or per ``ident`` given): the latest-dated, ties broken by
    content (order-free)."""
    ident = ident if ident is not None else coded.actor_id or norm_key(coded.name)
    old = slot.get(ident)
    if old is None or _rank(coded) > _rank(old):
        slot[ident] = coded


def _rank(coded: Coded) -> tuple[str, str, str, str]:
    """Rank of one actor's learned coding: the latest-dated wins, ties by content."""
    return (coded.valid_from or "", coded.source, coded.sector or "", coded.role or "")


_LEARNED: dict[str, Learned] = {}
# Surnames of the people the article being coded names itself (see own_surnames); a context
# variable, so threads and nested codings each see their own article's.
_OWN_SURNAMES: ContextVar[frozenset[str]] = ContextVar("storyline_own_surnames",
                                                       default=frozenset())
_LISTENERS: list[Callable[[str], None]] = []


@contextmanager
def own_surnames(names: frozenset[str]) -> Iterator[None]:
    """While an article is coded: surnames of people it names itself, which no learned
    namesake may fill in (its own 'Colonel Nambiar' is who a later 'Nambiar' means)."""
    token = _OWN_SURNAMES.set(names)
    try:
        yield
    finally:
        _OWN_SURNAMES.reset(token)


def current_own_surnames() -> frozenset[str]:
    """The surnames of the article being coded (empty outside one)."""
    return _OWN_SURNAMES.get()


def on_learned(listener: Callable[[str], None]) -> None:
    """Call ``listener(key)`` whenever a name key is learned, so caches can forget it."""
    _LISTENERS.append(listener)


def _announce(key: str) -> None:
    """Tell every listener (the phrase cache) that ``key`` was just learned."""
    for listener in _LISTENERS:
        listener(key)


# path -> (read connection, last rows read, actors read, the file's (device, inode) when
# opened: a store recreated at the same path is another file, never read through the old one)
_DB: dict[str, tuple[sqlite3.Connection | None, tuple[int, int, int, int], Learned,
                     tuple[int, int] | None]] = {}


def remember(actor: Actor, db_path: str | None) -> None:
    """Make an actor learned from this article visible to the next articles of this process."""
    coded = Coded(actor.name, actor.country, actor.sector, actor.role, actor.id,
                  actor.source or "article", actor.valid_from)
    learned = _LEARNED.setdefault(db_path or "", Learned())
    for alias in {actor.name, *actor.aliases}:
        learned.add(alias, coded)


def forget_article(article_id: str, db_path: str | None) -> None:
    """Undo what an article taught this process's memory (it failed in a later extractor or
    was not stored): learning counts only for articles that are kept."""
    learned = _LEARNED.get(db_path or "")
    if learned is None:
        return
    source = f"article:{article_id}"
    learned.taught.pop(source, None)
    changed: set[str] = set()  # actors whose dated history lost an office
    for ident, dated in list(learned.history.items()):
        for day in [d for d, coded in dated.items() if coded.source == source]:
            del dated[day]
            changed.add(ident)
        if not dated:
            del learned.history[ident]
    for in_names, table in ((True, learned.names), (False, learned.surnames)):
        for key in list(table):
            slot = table[key]
            for ident in [i for i, coded in slot.items() if coded.source == source]:
                del slot[ident]
                for coded in learned.history.get(ident, {}).values():  # what others taught
                    if (in_names, key, ident) in learned.taught.get(coded.source, ()):  # here
                        _keep_best(slot, coded)
                _announce(key)
            if not slot:
                del table[key]
    for ident in changed:  # a dated lookup reads the history under every key the actor has
        for _, key in learned.filed.get(ident, ()):
            _announce(key)


def _connect(path: str) -> sqlite3.Connection | None:
    """A read-only connection to a store (None if it cannot be opened)."""
    try:
        return sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    except sqlite3.Error:
        return None


def _marker(conn: sqlite3.Connection) -> tuple[int, int, int, int] | None:
    """(last actors rowid, last aliases rowid, actors, aliases): cheap, and changes whenever
    either table does (a rewritten row gets a new rowid, a deleted one lowers a count)."""
    try:
        row = conn.execute("SELECT (SELECT max(rowid) FROM actors),"
                           " (SELECT max(rowid) FROM actor_aliases),"
                           " (SELECT count(*) FROM actors), (SELECT count(*) FROM actor_aliases)"
                           ).fetchone()
    except sqlite3.Error:
        return None
    return (row[0] or 0, row[1] or 0, row[2], row[3])


def _read_learned(conn: sqlite3.Connection, since: tuple[int, int, int, int],
                  now: tuple[int, int, int, int] | None, table: Learned) -> bool:
    """Add actors (and aliases) written after ``since`` to ``table``, a rewritten actor's row
    (ingest merges into it, a re-extraction folds it again) replacing what ``table`` held of
    it. False when rows were deleted (a refold's aliases, unused actors dropped): the counts
    then disagree with what was read, and only a full read (``now`` None: no check) is
    right."""
    try:
        rows = conn.execute(
            "SELECT a.id, a.rowid > ?, a.data, al.alias, al.rowid > ? FROM actors a"
            " LEFT JOIN actor_aliases al ON al.actor_id = a.id"
            " WHERE a.rowid > ? OR al.rowid > ?", since[:2] * 2).fetchall()
    except sqlite3.Error:
        return False
    rewritten = {ident for ident, fresh, *_ in rows if fresh}
    replaced = rewritten & table.alias_rows.keys()
    fresh_aliases: dict[str, int] = {}
    for ident, _, _, _, alias_fresh in rows:
        fresh_aliases[ident] = fresh_aliases.get(ident, 0) + bool(alias_fresh)
    # a rewritten row took its old alias rows with it (ON DELETE CASCADE) and wrote its
    # current ones again; anything else missing was deleted
    aliases = since[3] - sum(table.alias_rows[i] for i in replaced) + sum(fresh_aliases.values())
    if now is not None and (since[2] + len(rewritten) - len(replaced), aliases) != now[2:]:
        return False
    for ident in replaced:
        table.drop(ident)
    for ident, count in fresh_aliases.items():
        old = 0 if ident in rewritten else table.alias_rows.get(ident, 0)
        table.alias_rows[ident] = old + count
    for _, _, data, alias, _ in rows:
        d = json.loads(data)
        if str(d.get("source") or "").startswith("inferred:") and not d.get("valid_from"):
            continue  # a country its article only inferred is not a fact to learn
        coded = Coded(d["name"], d.get("country"), d.get("sector"), d.get("role"), d["id"],
                      d.get("source") or "store", d.get("valid_from"))
        table.add(d["name"], coded)
        if alias:
            table.add(alias, coded)
    return True


def stored(db_path: str | None) -> Learned:
    """Actors in the store at ``db_path`` as last read (by ``refresh``, once per article):
    a lookup costs no stat or query, only the first one for a store reads it."""
    if not db_path or db_path == ":memory:":
        return Learned()
    entry = _DB.get(f"{os.getpid()}:{db_path}")
    return entry[2] if entry is not None else refresh(db_path)


def refresh(db_path: str | None) -> Learned:
    """Actors in the store at ``db_path``: cached per process, topped up with new rows only,
    a rewritten row replacing its old coding, read afresh when the file was deleted or
    recreated at the same path or when rows were deleted (a re-extraction's refold)."""
    if not db_path or db_path == ":memory:":
        return Learned()
    key = f"{os.getpid()}:{db_path}"  # never share a connection across a fork
    conn, marker, table, held = _DB.get(key, (None, (0, 0, 0, 0), Learned(), None))
    ident = _identity(db_path)
    if conn is not None and ident != held:  # deleted, or recreated at the same path
        conn.close()
        _LEARNED.pop(db_path, None)  # what the old file's articles taught is gone with it
        conn, marker, table = None, (0, 0, 0, 0), Learned()
    if conn is None:
        conn = _connect(db_path) if ident is not None else None
        if conn is None:
            _DB.pop(key, None)
            return Learned()
    now = _marker(conn)
    if now is None:  # missing DB or table: try again next time
        conn.close()
        _DB.pop(key, None)
        return Learned()
    if now != marker and not _read_learned(conn, marker, now, table):
        for old_key in (*table.names, *table.surnames):
            _announce(old_key)  # the phrase cache forgets what may have gone
        table = Learned()
        _read_learned(conn, (0, 0, 0, 0), None, table)
    _DB[key] = (conn, now, table, ident)
    return table


def _identity(path: str) -> tuple[int, int] | None:
    """The (device, inode) of the file at ``path`` (None if missing); an inode is not reused
    while a connection holds the old file open, so a new identity means a new file."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


def lookup_learned(key: str, db_path: str | None, date: str | None = None) -> Coded | None:
    """An actor learned from articles (this process and the store), by full name or by an
    unambiguous surname; None when several actors fit, whatever order they were learned in.

    A role learned from an article dated ``valid_from`` is not trusted more than a year
    before that date: the country stays, sector and role are dropped.
    """
    tables = (_LEARNED.get(db_path or "", Learned()), stored(db_path))
    for variant in name_variants(key):
        if " " in variant:
            found = _merge_hits(t.names.get(variant, {}) for t in tables)
        else:
            if variant in _OWN_SURNAMES.get():
                return None
            found = _merge_hits(t.surnames.get(variant, {}) for t in tables)
            if found and _bundled_namesakes(variant, date, found):
                return None  # "Nambiar": a dictionary person shares the surname
        if len(found) == 1:
            hit = _as_of(_learned_then(next(iter(found.values())), tables, date), date)
            return replace(hit, by_surname=True) if " " not in variant else hit
        if found:
            return None
    return None


def _merge_hits(hits: Iterable[dict[str, Coded]]) -> dict[str, Coded]:
    """Union of per-id hits from several tables, the better-ranked entry per id."""
    merged: dict[str, Coded] = {}
    for hit in hits:
        for coded in hit.values():
            _keep_best(merged, coded)
    return merged


def _bundled_namesakes(surname: str, date: str | None, found: dict[str, Coded]) -> bool:
    """Whether a dictionary person valid at ``date`` has this surname and is not a learned one."""
    learned = {norm_key(c.name) for c in found.values()}
    for idx in surname_index().get(surname, ()):
        name = bundled().actors[idx][0]
        if norm_key(name) not in learned and (not date or _recency(idx, date)[0]):
            return True
    return False


def _learned_then(hit: Coded, tables: Iterable[Learned], date: str | None) -> Coded:
    """Of everything learned about one actor, the coding of the latest article dated on or
    before ``date`` (else the earliest learned: see _as_of); no date: the latest learned."""
    ident = hit.actor_id or norm_key(hit.name)
    dated: dict[str, Coded] = {}
    for table in tables:
        for day, coded in table.history.get(ident, {}).items():
            _keep_best(dated, coded, day)
    _keep_best(dated, hit, (hit.valid_from or "")[:10])
    days = sorted(d for d in dated if d)
    if not date or not days:
        return hit
    before = [d for d in days if d <= date[:10]]
    return dated[before[-1] if before else days[0]]


def _kb_person(coded: Coded) -> list[list[Any]]:
    """The dated codes of the dictionary person a learned actor is (the same name, a code of
    the same country); none when the dictionaries date no office of that name."""
    idx = bundled().aliases.get(norm_key(coded.name))
    if idx is None:
        return []
    codes = bundled().actors[idx][1]
    if coded.country is not None and all(split_code(c[0])[0] != coded.country for c in codes):
        return []  # a namesake of another country: the dictionaries say nothing of this one
    return [c for c in codes if c[1] or c[2]]


def _as_of(coded: Coded, date: str | None) -> Coded:
    """A learned coding as of ``date``, the dictionaries' dated offices of the same person
    (same name and country) first:

    - an office the dictionaries date as held on ``date`` is the answer (a learned role stays
      when it agrees: 'President Obama' learned in 2012 read in 2016);
    - a learned office holds from the learning article's date until the dictionaries next
      record a change of that person's offices (one beginning or ending): 'President Obama'
      learned in 2012 is no president in 2019, his dated presidency having ended in 2017;
    - before the learning article's date it holds back only a year, and only when no such
      change lies between; an undated learned coding (a dictionary row of the store) holds
      no office the dictionaries do not date then;
    - where it does not hold, the country stays, sector and role go. A person the
      dictionaries do not date at all (Li Shangfu) keeps what was learned: that is the gap
      learning fills.
    """
    day = (date or "")[:10]
    start = (coded.valid_from or "")[:10]
    if not day:
        return coded
    dated = _kb_person(coded)
    if dated:
        if any((c[1] or "") <= day and (c[2] is None or day <= c[2]) for c in dated):
            known = _coded(bundled().aliases[norm_key(coded.name)], date)
            if known is not None and known.sector is not None:
                same = (known.country, known.sector) == (coded.country, coded.sector)
                return replace(coded, country=known.country, sector=known.sector,
                               role=coded.role if same else None,
                               actor_id=coded.actor_id if known.country == coded.country
                               else known.actor_id)
        changes = {d for c in dated for d in c[1:3] if d}
        low, high = sorted((start, day))
        if not start or any(low < d <= high for d in changes):
            return _country_only(coded)
    if not start or len(start) < 4 or not start[:4].isdigit():
        return coded
    if day >= f"{int(start[:4]) - 1}{start[4:10]}":
        return coded
    return _country_only(coded)


def _country_only(coded: Coded) -> Coded:
    """A learned coding whose office does not hold on the date asked: its country alone."""
    return Coded(coded.name, coded.country, None, None, coded.actor_id, coded.source,
                 coded.valid_from)
