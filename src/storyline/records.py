"""Result data classes: plain data that leaves the extraction layer (no spaCy objects).

Every extracted record carries ``article_id`` and ``span`` (character offsets into the
article's clean text), so each claim can be traced to its evidence.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field, fields
from datetime import date
from typing import Any

Span = tuple[int, int]


def stable_id(*parts: object) -> str:
    """A 16-hex-digit id from the given parts: same content, same id, on any machine."""
    joined = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha1(joined.encode("utf-8")).hexdigest()[:16]


_WS = re.compile(r"\s+")


def normalise_for_id(text: str) -> str:
    """Text as compared for identity: NFKC, case-folded, whitespace collapsed."""
    return _WS.sub(" ", unicodedata.normalize("NFKC", text)).strip().casefold()


def date_sort_key(value: str) -> str:
    """A TIMEX3 value as the ISO day it starts on, so weeks and quarters sort among days."""
    value = str(value)
    week = re.fullmatch(r"(\d{4})-W(\d{2})(?:-(\d|WE))?", value)
    if week:
        day = 6 if week[3] == "WE" else int(week[3] or 1)
        try:
            return date.fromisocalendar(int(week[1]), int(week[2]), day).isoformat()
        except ValueError:
            return value
    quarter = re.fullmatch(r"(\d{4})-Q([1-4])", value)
    if quarter:
        return f"{quarter[1]}-{3 * int(quarter[2]) - 2:02d}"
    return value


def article_id_for(text: str) -> str:
    """Article id: a hash of the normalised clean text (same story twice = one article)."""
    return hashlib.sha1(normalise_for_id(text).encode("utf-8")).hexdigest()[:16]


@dataclass
class Origin:
    """Where one copy of an article came from (a file, URL, feed entry, WARC record)."""

    source: str
    reader: str
    url: str | None = None
    seen_at: str | None = None


@dataclass(kw_only=True)
class ArticleMeta:
    """What is known of an article besides its text: what a reader finds (ingest's
    ArticleDraft) and what the stored Article keeps."""

    title: str | None = None
    url: str | None = None
    path: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None
    published_source: str | None = None  # "metadata" | "text" | "inferred" | None
    language: str | None = None
    related: list[dict[str, Any]] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass
class Article(ArticleMeta):
    """A cleaned article: its canonical ``text`` is what every span points into."""

    id: str
    text: str
    ingested_at: str | None = None


@dataclass
class ActorRef:
    """An event participant or speaker as it appears in one article."""

    text: str
    span: Span | None = None
    actor_id: str | None = None
    name: str | None = None
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    description: str | None = None
    country_basis: str = ""  # "" stated or known; "sentence"/"article": inferred from context
    implied: bool = False  # a state the act is aimed at by convention, not a named actor


@dataclass
class Mention:
    """One mention of an actor in an article; ``entity`` joins mentions of the same actor."""

    id: str
    article_id: str
    span: Span
    text: str
    kind: str  # PERSON, ORG, GPE, NORP, MEDIA, GROUP, PRON, TITLE ...
    entity: str
    actor_id: str | None = None
    name: str | None = None
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    description: str | None = None  # an apposition that describes the actor ("a professor ...")
    country_basis: str = ""  # "" stated or known; "sentence"/"article": inferred from context


@dataclass
class Actor:
    """A known actor: codes, roles and the dates those hold (the knowledge base)."""

    id: str
    name: str
    aliases: list[str] = field(default_factory=list)
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    valid_from: str | None = None
    valid_until: str | None = None
    source: str | None = None  # "dictionary:phoenix", "article:<id>" ...


@dataclass
class Location:
    text: str
    span: Span | None = None
    country: str | None = None


@dataclass
class Event:
    """Who did what to whom: one coded event with the sentence that supports it."""

    id: str
    article_id: str
    sentence: str
    span: Span
    code: str
    root_code: str
    plover: str | None = None
    mode: str | None = None
    trigger: str | None = None
    trigger_span: Span | None = None
    source: ActorRef | None = None
    target: ActorRef | None = None
    date: str | None = None
    date_text: str | None = None
    date_precision: str | None = None
    date_span: Span | None = None
    location: Location | None = None
    confidence: float = 0.0
    negated: bool = False
    modality: str | None = None  # None (asserted), "future", "intended", "possible", "reported"
    quad_class: int | None = None
    goldstein: float | None = None
    label: str | None = None
    source_url: str | None = None  # the article's URL, for GDELT-style exports
    published: str | None = None  # the article's publication date (fallback event date)
    main: bool = False  # the sentence's head act: its trigger is nearest the parse root
    lead: bool = False  # told in the headline or lead paragraph (GDELT's IsRootEvent)


@dataclass
class Cue:
    text: str
    lemma: str
    span: Span


@dataclass
class Quote:
    """Who said what, according to whom: one attributed claim."""

    id: str
    article_id: str
    span: Span
    text: str
    kind: str  # "direct" | "indirect" | "mixed"
    cue: Cue | None = None
    speaker: ActorRef | None = None
    speaker_description: str | None = None
    via: str | None = None
    parent_id: str | None = None  # the enclosing attribution in a nested report chain
    date: str | None = None
    date_text: str | None = None
    date_precision: str | None = None
    date_span: Span | None = None
    confidence: float = 0.0
    parts: list[Span] = field(default_factory=list)  # content pieces of a quote split by its cue
    anonymous: bool = False  # an unnamed speaker kept as such ("a diplomat")
    speech: bool = True  # a speech cue (say, tell...) rather than belief or finding (think, show)


@dataclass
class TimeRef:
    """A temporal expression normalised to a TIMEX3 value."""

    id: str
    article_id: str
    span: Span
    text: str
    type: str  # DATE | TIME | DURATION | SET
    value: str | None
    precision: str | None = None  # "day" | "week" | "month" | "year" | ...
    anchor: str | None = None
    direction: str | None = None  # "past" | "future" | "same" | None
    conflict: str | None = None
    end: str | None = None  # last day of a range ("from 14 to 19 August")
    mod: str | None = None  # TIMEX3 mod: MORE_THAN, APPROX, START, END ...
    tense: str | None = None  # tense of the governing clause: "past" | "future" | None


@dataclass
class Check:
    """A consistency warning a user can list (dates that cannot all be true...)."""

    id: str
    article_id: str
    kind: str
    message: str
    span: Span | None = None
    severity: str = "warning"


@dataclass
class Failure:
    """An input that could not become an article, recorded instead of lost."""

    input: str
    stage: str
    code: str
    message: str


@dataclass
class ArticleRecord:
    """An article and everything extracted from it: stored together or not at all."""

    article: Article
    origins: list[Origin] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    timexes: list[TimeRef] = field(default_factory=list)
    checks: list[Check] = field(default_factory=list)


def to_dict(obj: Any) -> dict[str, Any]:
    """A record as JSON-ready data (dataclasses as dicts, tuples as lists)."""
    return _plain(obj)


# field names per record class (a handful of classes, so this stays small)
_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


# the types a record's fields mostly hold, which are their own plain data (checked first: the
# dataclass and container tests below are the slow part of a save's serialisation)
_LEAVES = frozenset({str, int, float, bool, type(None)})


def _plain(value: Any) -> Any:
    """``value`` as plain data, without ``asdict``'s deep copies (a third of a store's save)."""
    cls = type(value)
    if cls in _LEAVES:
        return value
    names = _FIELD_NAMES.get(cls)
    if names is None and hasattr(cls, "__dataclass_fields__"):
        names = _FIELD_NAMES[cls] = tuple(f.name for f in fields(value))
    if names is not None:
        return {name: v if type(v) in _LEAVES else _plain(v)
                for name in names for v in (getattr(value, name),)}
    if isinstance(value, (list, tuple)):
        return [v if type(v) in _LEAVES else _plain(v) for v in value]
    if isinstance(value, dict):
        return {k: v if type(v) in _LEAVES else _plain(v) for k, v in value.items()}
    return value
