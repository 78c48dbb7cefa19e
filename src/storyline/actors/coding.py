"""Code names, titles and descriptions: country (ISO alpha-3 or body code), sector and role.

Everything here is dictionary lookups over a handful of words, so it is cheap enough to run
on every mention. The extractor passes spaCy-derived pieces (a name, its title words, an
apposition); ``code_phrase`` does the same for a bare phrase, splitting it itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from storyline.actors.kb import (
    Coded,
    actor_id_for,
    bundled,
    country_name,
    lookup_bundled,
    lookup_learned,
)
from storyline.actors.names import norm_key
from storyline.records import ActorRef

MAX_NGRAM = 5
NAME_PARTICLES = frozenset({"von", "der", "van", "de", "den", "la", "le", "du", "da", "al",
                            "bin", "ibn", "el", "di", "dos", "das", "del"})
SKIP_WORDS = frozenset({"the", "a", "an", "'s", "'", "of", "its", "his", "her", "their", ",",
                        "and", "former", "then", "new", "current", "acting", "top"})
# Title words whose sector the dictionaries get wrong or lack (None: take the organisation's).
TITLE_SECTORS: dict[str, str | None] = {
    "spokesman": None, "spokeswoman": None, "spokesperson": None, "spokesmen": None,
    "chief": None, "head": None, "adviser": None, "advisor": None, "aide": None,
    "director": None, "deputy": None, "secretary": "GOV", "official": "GOV",
    "officials": "GOV", "leader": "GOV", "leaders": "GOV", "foreign policy chief": "GOV",
    "analyst": "EDU", "analysts": "EDU", "expert": "EDU", "experts": "EDU", "fellow": "EDU",
    "senior fellow": "EDU", "researcher": "EDU", "scholar": "EDU", "think tank": "EDU",
    "institute": "EDU", "academy": "EDU", "college": "EDU", "school": "EDU",
    "university": "EDU", "professor": "EDU", "lecturer": "EDU", "economist": "EDU",
    "journalist": "MED", "reporter": "MED", "correspondent": "MED", "editor": "MED",
    "newspaper": "MED", "news agency": "MED", "news": "MED", "broadcaster": "MED",
    "television": "MED", "tv": "MED", "radio": "MED", "times": "MED", "post": "MED",
    "daily": "MED", "shimbun": "MED", "journal": "MED", "gazette": "MED", "tribune": "MED",
    "herald": "MED", "press": "MED", "media": "MED", "outlet": "MED", "outlets": "MED",
    "diplomat": "GOV", "diplomats": "GOV", "ministry": "GOV", "minister": "GOV",
    "president": "GOV", "premier": "GOV", "chancellor": "GOV", "king": "GOV",
    "lawmaker": "LEG", "lawmakers": "LEG", "senator": "LEG", "congressman": "LEG",
    "congresswoman": "LEG", "mp": "LEG", "parliament": "LEG", "general": "MIL",
    "military": "MIL", "militaries": "MIL", "army": "MIL", "armed forces": "MIL",
    "ceo": "BUS", "company": "BUS", "firm": "BUS", "bank": "BUS",
}
# Titles that make a phrase a role even when the dictionaries have no sector for them.
ROLE_WORDS = frozenset(TITLE_SECTORS) | {"side", "sides", "envoy", "ambassador", "commander",
                                         "foreign minister", "defense minister", "governor"}


@dataclass
class Title:
    """What a run of title/description words says: place, body, sector and role words."""

    country: str | None = None
    body_sector: str | None = None
    sector: str | None = None
    role_words: list[str] = field(default_factory=list)
    media: bool = False

    @property
    def role(self) -> str | None:
        return " ".join(self.role_words).strip(" ,") or None


def _place(key: str) -> tuple[str, str | None, bool] | None:
    """(code, sector, is_media) if ``key`` names a place, seat, body, demonym or outlet."""
    kb = bundled()
    if key in kb.media:
        return kb.media[key], "MED", True
    if key in kb.bodies:
        code, sector = kb.bodies[key]
        return code, sector, False
    for table in (kb.seats, kb.places, kb.demonyms):
        if key in table:
            return table[key], None, False
    return None


def _agent(key: str) -> tuple[str | None] | None:
    """(sector,) if ``key`` is a title/agent word or phrase; the tuple lets None mean 'neutral'."""
    if key in TITLE_SECTORS:
        return (TITLE_SECTORS[key],)
    code = bundled().agents.get(key)
    if code is not None:
        return (code[:3],)
    return None


def _longest(words: list[str], i: int) -> tuple[int, str, object] | None:
    """The longest place or agent phrase starting at word ``i``: (length, kind, value)."""
    for n in range(min(MAX_NGRAM, len(words) - i), 0, -1):
        key = norm_key(" ".join(words[i : i + n]))
        if not key:
            continue
        place = _place(key)
        if place is not None:
            return n, "place", place
        agent = _agent(key)
        if agent is not None:
            return n, "agent", agent[0]
    return None


def code_words(words: list[str]) -> Title:
    """Read title or description words ("Russian Defense Minister") into a Title."""
    title = Title()
    i = 0
    while i < len(words):
        hit = _longest(words, i)
        n = hit[0] if hit else 1
        if hit and hit[1] == "place":
            code, sector, media = hit[2]  # type: ignore[misc]
            title.country = title.country or code
            title.body_sector = title.body_sector or sector
            title.media = title.media or media
        elif hit:
            title.sector = title.sector or hit[2]  # type: ignore[assignment]
            title.role_words.extend(words[i : i + n])
        elif words[i].casefold() not in SKIP_WORDS and title.role_words:
            title.role_words.append(words[i])
        elif words[i].casefold() not in SKIP_WORDS and words[i][:1].islower():
            title.role_words.append(words[i])
        i += n
    while title.role_words and not _agent(norm_key(title.role_words[-1])):
        title.role_words.pop()
    return title


def code_name(name: str, date: str | None = None, db_path: str | None = None) -> Coded | None:
    """A whole name from the knowledge base: outlets, bodies, places, learned and dictionary."""
    key = norm_key(name)
    if not key:
        return None
    place = _place(key)
    if place is not None:
        code, sector, media = place
        pretty = name.strip() if (media or sector) else country_name(code)
        return Coded(pretty, code, sector, actor_id=actor_id_for(pretty, code))
    return lookup_learned(key, db_path) or lookup_bundled(key, date)


def split_title(words: list[str]) -> tuple[list[str], list[str]]:
    """Split 'Russian Defense Minister Sergei Shoigu' into title words and name words."""
    j = len(words)
    while j > 0:
        w = words[j - 1]
        lower = norm_key(w)
        is_name = w[:1].isupper() or (lower in NAME_PARTICLES and j < len(words))
        if not is_name or _place(lower) or _agent(lower) is not None:
            break
        j -= 1
    return words[:j], words[j:]


def code_phrase(
    text: str, date: str | None = None, db_path: str | None = None
) -> ActorRef | None:
    """Code a bare phrase ('Russian Defense Minister Sergei Shoigu', 'the Kremlin', 'Chinese')."""
    whole = code_name(text, date, db_path)
    if whole is not None:
        return ActorRef(text=text, actor_id=whole.actor_id, name=whole.name,
                        country=whole.country, sector=whole.sector, role=whole.role)
    title_words, name_words = split_title(text.replace("’", "'").replace("'s ", " 's ").split())
    title = code_words(title_words)
    name = " ".join(name_words)
    known = code_name(name, date, db_path) if name else None
    return combine(text, name or None, title, known)


def combine(text: str, name: str | None, title: Title, known: Coded | None) -> ActorRef | None:
    """Merge what the title says with what the knowledge base knows; None if nothing is known."""
    country = title.country or (known.country if known else None)
    sector = title.body_sector or title.sector or (known.sector if known else None)
    if title.media:
        sector = "MED"
    role = title.role or (known.role if known else None)
    if country is None and sector is None and role is None:
        return None
    canonical = (known.name if known else None) or name
    actor_id = known.actor_id if known and known.actor_id else (
        actor_id_for(canonical, country) if canonical else None)
    return ActorRef(text=text, actor_id=actor_id, name=canonical, country=country,
                    sector=sector, role=role)
