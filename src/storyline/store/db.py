"""The Store: one SQLite file in WAL mode; each article and its extractions in one transaction."""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from storyline.errors import Code, StorylineError
from storyline.records import (
    Actor,
    Article,
    ArticleRecord,
    Event,
    Failure,
    Origin,
    date_sort_key,
    to_dict,
)
from storyline.store.schema import MIGRATIONS, TABLES

# the tables one article's extraction fills (its mentions, events, quotes, dates and checks)
EXTRACTED = ("mentions", "events", "quotes", "timexes", "checks")
# the article fields that are text or absent: a stored row that breaks this is damaged
ARTICLE_STR_FIELDS = ("title", "url", "path", "outlet", "author", "published",
                      "published_source", "language", "ingested_at")


def now_iso() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


class Store:
    """Reads and writes Storyline's database; safe to reopen, migrates on open."""

    def __init__(self, path: str | Path, *, create: bool = True) -> None:
        """Open (and migrate) the database; with ``create=False`` a missing file is an E503
        error instead of a new empty database, so a typo in --db cannot pass unnoticed."""
        self.path = str(path)
        if self.path != ":memory:":
            _check_path(Path(self.path), create)
        try:
            self.conn = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        except sqlite3.Error as exc:
            raise StorylineError(Code.BAD_DATABASE, path=self.path, detail=str(exc)) from exc
        self.conn.row_factory = sqlite3.Row
        self.conn.create_function("date_start", 1, _date_start, deterministic=True)
        self.conn.create_function("casefold", 1, _casefold, deterministic=True)
        self.conn.create_function("has_words", 2, has_words, deterministic=True)
        try:
            self._setup()
        except sqlite3.DatabaseError as exc:  # e.g. --db points at a text file
            self.conn.close()
            raise StorylineError(Code.BAD_DATABASE, path=self.path, detail=str(exc)) from exc

    def _setup(self) -> None:
        """Pragmas for WAL and safety, then the migrations this file has not seen."""
        for pragma in (
            "journal_mode=WAL",
            "foreign_keys=ON",
            "synchronous=NORMAL",
            "busy_timeout=30000",
            "recursive_triggers=ON",  # a REPLACE's implicit delete fires the FTS delete trigger
        ):
            self.conn.execute("PRAGMA " + pragma)
        self.migrate()

    # -- lifecycle -------------------------------------------------------------------------
    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.conn.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE ... COMMIT, rolled back on any error."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    @property
    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def migrate(self) -> None:
        """Apply the migrations this file has not seen yet, each in its own transaction.

        Two processes may open a new file at once: the one that waited for the lock finds its
        migration already applied (its script fails), rolls back and goes on."""
        for version, script in enumerate(MIGRATIONS, start=1):
            if self.schema_version >= version:
                continue
            try:
                self.conn.executescript(
                    f"BEGIN IMMEDIATE;\n{script}\nPRAGMA user_version = {version};\nCOMMIT;"
                )
            except sqlite3.OperationalError:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                if self.schema_version < version:
                    raise

    # -- writes ----------------------------------------------------------------------------
    def has_article(self, article_id: str) -> bool:
        row = self.conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone()
        return row is not None

    def add_origins(self, article_id: str, origins: list[Origin]) -> int:
        """Record more places an already stored article came from; returns how many were new."""
        with self.transaction() as conn:
            added = self._insert_origins(conn, article_id, origins)
            self._clear_failures(conn, [o.source for o in origins])
        return added

    def save_record(self, record: ArticleRecord) -> bool:
        """Store an article and all its extractions atomically; False if it was already there."""
        art = record.article
        with self.transaction() as conn:
            if conn.execute("SELECT 1 FROM articles WHERE id = ?", (art.id,)).fetchone():
                self._insert_origins(conn, art.id, record.origins)
                return False
            art.ingested_at = art.ingested_at or now_iso()
            conn.execute(
                "INSERT INTO articles (id, url, path, outlet, title, author, published,"
                " published_source, language, text, ingested_at, data)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    art.id,
                    art.url,
                    art.path,
                    art.outlet,
                    art.title,
                    art.author,
                    art.published,
                    art.published_source,
                    art.language,
                    art.text,
                    art.ingested_at,
                    _json(to_dict(art) | {"text": None}),
                ),
            )
            self._insert_origins(conn, art.id, record.origins)
            self._insert_extractions(conn, record)
            self._insert_article_actors(conn, record)
            for actor in record.actors:
                self._upsert_actor(conn, actor)
            self._clear_failures(conn, [o.source for o in record.origins])
        return True

    def _insert_origins(
        self, conn: sqlite3.Connection, article_id: str, origins: list[Origin]
    ) -> int:
        added = 0
        for o in origins:
            cur = conn.execute(
                "INSERT OR IGNORE INTO origins (article_id, source, reader, url, seen_at)"
                " VALUES (?,?,?,?,?)",
                (article_id, o.source, o.reader, o.url, o.seen_at or now_iso()),
            )
            added += cur.rowcount
        return added

    def _insert_extractions(self, conn: sqlite3.Connection, record: ArticleRecord) -> None:
        """One executemany per table: the same rows in the same order, less call overhead."""
        conn.executemany(
            'INSERT OR REPLACE INTO mentions (id, article_id, start, "end", text, kind, entity,'
            " actor_id, name, country, sector, data) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                (
                    m.id,
                    m.article_id,
                    m.span[0],
                    m.span[1],
                    m.text,
                    m.kind,
                    m.entity,
                    m.actor_id,
                    m.name,
                    m.country,
                    m.sector,
                    _json(to_dict(m)),
                )
                for m in record.mentions
            ),
        )
        conn.executemany(
            'INSERT OR REPLACE INTO events (id, article_id, start, "end", code, root_code,'
            " plover, date, source_name, source_country, source_actor, target_name,"
            " target_country, target_actor, data) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (_event_row(e) for e in record.events),
        )
        conn.executemany(
            'INSERT OR REPLACE INTO quotes (id, article_id, start, "end", kind, speaker_name,'
            " speaker_actor, via, date, data) VALUES (?,?,?,?,?,?,?,?,?,?)",
            (
                (
                    q.id,
                    q.article_id,
                    q.span[0],
                    q.span[1],
                    q.kind,
                    q.speaker and (q.speaker.name or q.speaker.text),
                    q.speaker and q.speaker.actor_id,
                    q.via,
                    q.date,
                    _json(to_dict(q)),
                )
                for q in record.quotes
            ),
        )
        conn.executemany(
            'INSERT OR REPLACE INTO timexes (id, article_id, start, "end", type, value, data)'
            " VALUES (?,?,?,?,?,?,?)",
            ((t.id, t.article_id, t.span[0], t.span[1], t.type, t.value, _json(to_dict(t)))
             for t in record.timexes),
        )
        conn.executemany(
            "INSERT OR REPLACE INTO checks (id, article_id, kind, message, data)"
            " VALUES (?,?,?,?,?)",
            ((c.id, c.article_id, c.kind, c.message, _json(to_dict(c))) for c in record.checks),
        )

    def _insert_article_actors(self, conn: sqlite3.Connection, record: ArticleRecord) -> None:
        """What this article's extraction says of each actor it codes (see _refold_actor)."""
        for actor in record.actors:
            conn.execute(
                "INSERT OR REPLACE INTO article_actors (article_id, actor_id, data)"
                " VALUES (?,?,?)", (record.article.id, actor.id, _json(to_dict(actor))))

    def replace_extractions(self, record: ArticleRecord, sources: Iterable[str] = ()) -> int:
        """Swap a stored article's extracted rows for ``record``'s in one transaction (a
        re-extraction with newer code): a crash leaves the old rows or the new, never a mix.

        What extraction infers of the article itself (a date the text gave, and how it was
        inferred) is written to its row; every actor whose statement by this article changed
        (new, gone or different) is folded again from what its articles state now, so a code
        that only this article's old run gave goes with it (an unchanged statement leaves the
        row alone: a fold reads every article stating the actor); the stale extract and store
        failures of ``sources`` (the article's inputs) are cleared, as a successful ingest
        clears them. Returns how many actors went because no article states them any more."""
        art = record.article
        with self.transaction() as conn:
            for table in EXTRACTED:
                conn.execute(f"DELETE FROM {table} WHERE article_id = ?", (art.id,))
            self._insert_extractions(conn, record)
            self._update_inferred(conn, art)
            old = dict(conn.execute(
                "SELECT actor_id, data FROM article_actors WHERE article_id = ?", (art.id,)))
            new = {a.id: _json(to_dict(a)) for a in record.actors}
            conn.execute("DELETE FROM article_actors WHERE article_id = ?", (art.id,))
            self._insert_article_actors(conn, record)
            gone = sum(not self._refold_actor(conn, actor_id)
                       for actor_id in sorted(old.keys() | new.keys())
                       if old.get(actor_id) != new.get(actor_id))
            conn.execute(
                "DELETE FROM failures WHERE stage IN ('extract', 'store')"
                " AND input IN (SELECT value FROM json_each(?))", (json.dumps(list(sources)),))
        return gone

    def _update_inferred(self, conn: sqlite3.Connection, art: Article) -> None:
        """Write the article fields extraction sets (``published`` and its source when the
        text gave them, ``meta.published_inference``) if they changed."""
        data = _json(to_dict(art) | {"text": None})
        row = conn.execute("SELECT published, published_source, data FROM articles"
                           " WHERE id = ?", (art.id,)).fetchone()
        if row is not None and tuple(row) != (art.published, art.published_source, data):
            conn.execute("UPDATE articles SET published = ?, published_source = ?, data = ?"
                         " WHERE id = ?", (art.published, art.published_source, data, art.id))

    def _refold_actor(self, conn: sqlite3.Connection, actor_id: str) -> bool:
        """Make an actor's row what its articles state, folded in the order they were stored
        (as ingest's upserts merge them); no article states it any more: no row (False)."""
        rows = conn.execute(
            "SELECT aa.data FROM article_actors AS aa JOIN articles AS a ON a.id = aa.article_id"
            " WHERE aa.actor_id = ? ORDER BY a.rowid", (actor_id,)).fetchall()
        old = conn.execute("SELECT data FROM actors WHERE id = ?", (actor_id,)).fetchone()
        if not rows:
            if old is not None:
                conn.execute("DELETE FROM actor_aliases WHERE actor_id = ?", (actor_id,))
                conn.execute("DELETE FROM actors WHERE id = ?", (actor_id,))
            return old is None
        merged = Actor(**json.loads(rows[0][0]))
        for row in rows[1:]:
            merged = merge_actor(merged, Actor(**json.loads(row[0])))
        aliases = {a.casefold() for a in (merged.name, *merged.aliases)}
        held = {r[0] for r in conn.execute(
            "SELECT alias FROM actor_aliases WHERE actor_id = ?", (actor_id,))}
        if old is not None and old[0] == _json(to_dict(merged)) and held == aliases:
            return True  # unchanged: no rewrite (the knowledge base re-reads rewritten rows)
        conn.execute("DELETE FROM actor_aliases WHERE actor_id = ?", (actor_id,))
        self._write_actor(conn, merged)
        return True

    def drop_unused_actors(self) -> int:
        """Delete actors no mention, event or quote refers to any more; returns how many."""
        with self.transaction() as conn:
            cur = conn.execute(
                "DELETE FROM actors WHERE id NOT IN (SELECT actor_id FROM mentions"
                " WHERE actor_id IS NOT NULL UNION SELECT source_actor FROM events"
                " WHERE source_actor IS NOT NULL UNION SELECT target_actor FROM events"
                " WHERE target_actor IS NOT NULL UNION SELECT speaker_actor FROM quotes"
                " WHERE speaker_actor IS NOT NULL)")
        return cur.rowcount

    def _upsert_actor(self, conn: sqlite3.Connection, actor: Actor) -> None:
        """Insert an actor, or merge it into the stored one (the stored codes win, gaps fill)."""
        row = conn.execute("SELECT data FROM actors WHERE id = ?", (actor.id,)).fetchone()
        if row is not None:
            actor = merge_actor(Actor(**json.loads(row["data"])), actor)
        self._write_actor(conn, actor)

    def _write_actor(self, conn: sqlite3.Connection, actor: Actor) -> None:
        conn.execute(
            "INSERT OR REPLACE INTO actors (id, name, country, sector, role, valid_from,"
            " valid_until, source, data) VALUES (?,?,?,?,?,?,?,?,?)",
            (
                actor.id,
                actor.name,
                actor.country,
                actor.sector,
                actor.role,
                actor.valid_from,
                actor.valid_until,
                actor.source,
                _json(to_dict(actor)),
            ),
        )
        for alias in {actor.name, *actor.aliases}:
            conn.execute(
                "INSERT OR IGNORE INTO actor_aliases (alias, actor_id) VALUES (?,?)",
                (alias.casefold(), actor.id),
            )

    def record_failure(self, failure: Failure) -> None:
        """Keep a failure row per (input, code); a repeat bumps its attempt count."""
        ts = now_iso()
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO failures (input, stage, code, message, first_seen, last_seen)"
                " VALUES (?,?,?,?,?,?) ON CONFLICT (input, code) DO UPDATE SET"
                " attempts = attempts + 1, last_seen = excluded.last_seen,"
                " message = excluded.message, stage = excluded.stage",
                (failure.input, failure.stage, failure.code, failure.message, ts, ts),
            )

    def clear_read_failures(self, source: str, keep: list[str]) -> int:
        """After ``source`` was fetched and read through, drop its stale fetch and read
        failures: the container's own (a feed or WARC that failed whole before, a URL that
        timed out) and its parts' ("file#entry") that this read did not report again.
        Extraction failures stay until their article is stored. Returns how many rows went."""
        with self.transaction() as conn:
            cur = conn.execute(
                "DELETE FROM failures WHERE stage IN ('read', 'fetch')"
                " AND (input = ?1 OR substr(input, 1, length(?1) + 1) = ?1 || '#')"
                " AND input NOT IN (SELECT value FROM json_each(?2))",
                (source, json.dumps(keep)),
            )
        return cur.rowcount

    def _clear_failures(self, conn: sqlite3.Connection, inputs: list[str]) -> None:
        for source in inputs:
            conn.execute("DELETE FROM failures WHERE input = ?", (source,))

    # -- reads -----------------------------------------------------------------------------
    def upsert_actors(self, actors: Iterable[Actor]) -> None:
        """Merge actors into the actors table, as an ingest of the article stating them does."""
        with self.transaction() as conn:
            for actor in actors:
                self._upsert_actor(conn, actor)

    def stated_actors(self, only: Iterable[str]) -> list[Actor]:
        """What the articles ``only`` state of actors, in the order they were stored. A row
        that no longer reads as an actor is skipped: it is derived data, which the article's
        own re-extraction writes again, and one damaged row must not stop the run."""
        keep = set(only)
        rows = self.conn.execute(
            "SELECT aa.article_id, aa.data FROM article_actors AS aa JOIN articles AS a"
            " ON a.id = aa.article_id ORDER BY a.rowid, aa.actor_id")
        stated = []
        for article_id, data in rows:
            if article_id in keep:
                try:
                    stated.append(Actor(**json.loads(data)))
                except (TypeError, ValueError):
                    continue
        return stated

    def article_sources(self, article_id: str) -> list[str]:
        """The inputs a stored article came from (its origins), in the order first seen."""
        return [r[0] for r in self.conn.execute(
            "SELECT source FROM origins WHERE article_id = ? ORDER BY rowid", (article_id,))]

    def article_ids(self) -> list[str]:
        """Every stored article id, in the order the articles were stored."""
        return [r[0] for r in self.conn.execute("SELECT id FROM articles ORDER BY rowid")]

    def stored_article(self, article_id: str) -> Article | None:
        """A stored article rebuilt from its row (None if there is none), for re-extraction.
        The row's own id wins over any id in its JSON, so a damaged row can never overwrite
        another article's rows; a text or field of the wrong type is a ValueError."""
        row = self.conn.execute(
            "SELECT data, text, ingested_at FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            return None
        data = article_row_to_dict(row)
        fields = {k: v for k, v in data.items() if k in Article.__dataclass_fields__}
        fields["id"] = article_id
        if not isinstance(fields.get("text"), str):
            raise ValueError(f"text is {type(fields.get('text')).__name__}, not text")
        wrong = sorted(k for k in ARTICLE_STR_FIELDS if not isinstance(fields.get(k), str | None))
        if wrong:
            raise ValueError(f"fields of the wrong type: {', '.join(wrong)}")
        return Article(**fields)

    def counts(self) -> dict[str, int]:
        """Rows per table, for reports and tests."""
        return {t: self.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}

    def rows(self, sql: str, params: tuple[Any, ...] | list[Any] = ()) -> list[sqlite3.Row]:
        return list(self.conn.execute(sql, params))


CODE_FIELDS = ("country", "sector", "role")


def merge_actor(old: Actor, new: Actor) -> Actor:
    """Combine what is known of one actor: keep old values, fill gaps, widen the date range.

    Two articles dated differently that state different codes: the later article's codes
    win, dated from it (an office holds from the article stating it: 'Deputy Minister X'
    of 2015 then 'Energy Minister X' of 2021 is the energy minister since 2021, not since
    2015); gaps fill from the other only where the country agrees. A field one side leaves
    empty is a gap, not a difference. Two articles of the same date that state different
    codes: the side stating more of the codes wins, then the greater (country, sector, role),
    whichever was stored first. Where one side is undated the stored codes stay, and a
    differing side's date is not taken over for codes it never stated."""
    since, then = old.valid_from or "", new.valid_from or ""
    differ = any(o is not None and n is not None and o != n
                 for o, n in ((getattr(old, a), getattr(new, a)) for a in CODE_FIELDS))
    if since and then and differ:
        later, earlier = (new, old) if (then, _codes_rank(new)) > (since, _codes_rank(old)) else (
            old, new)
        merged = Actor(**to_dict(later))
        merged.id, merged.name = old.id, old.name
        merged.aliases = sorted({*old.aliases, *new.aliases, old.name, new.name} - {old.name})
        fill = ("sector", "role", "source") if earlier.country == later.country else ("source",)
        for attr in fill:
            if getattr(merged, attr) is None:
                setattr(merged, attr, getattr(earlier, attr))
        if (earlier.valid_until or "") > (later.valid_until or ""):
            merged.valid_until = earlier.valid_until
        return merged
    merged = Actor(**to_dict(old))
    merged.aliases = sorted({*old.aliases, *new.aliases, new.name} - {old.name})
    for attr in ("country", "sector", "role", "source"):
        if getattr(merged, attr) is None:
            setattr(merged, attr, getattr(new, attr))
    if differ:
        return merged
    if new.valid_from and (not old.valid_from or new.valid_from < old.valid_from):
        merged.valid_from = new.valid_from
    if new.valid_until and (not old.valid_until or new.valid_until > old.valid_until):
        merged.valid_until = new.valid_until
    return merged


def _codes_rank(actor: Actor) -> tuple[int, tuple[str, ...]]:
    """How a same-dated article's codes rank against another's: more codes stated first, then
    the codes themselves (an order-free tie-break)."""
    codes = [getattr(actor, a) for a in CODE_FIELDS]
    return sum(c is not None for c in codes), tuple(c or "" for c in codes)


def article_row_to_dict(row: sqlite3.Row) -> dict[str, Any]:
    """An articles row as the JSON contract's article record."""
    data = json.loads(row["data"])
    data["text"] = row["text"]
    data["ingested_at"] = row["ingested_at"]
    return data


def _check_path(path: Path, create: bool) -> None:
    """Refuse a missing database unless asked to create one (then make its folder)."""
    if path.is_dir():
        raise StorylineError(Code.BAD_DATABASE, path=str(path), detail="it is a folder")
    if path.exists():
        return
    if not create:
        raise StorylineError(Code.NO_DATABASE, path=str(path))
    path.parent.mkdir(parents=True, exist_ok=True)


def has_words(text: str | None, words: str | None) -> bool:
    """True if ``words`` occur in ``text`` as whole words, ignoring case ("Li" is in
    "Li Shangfu" but not in "Police")."""
    if not text or not words or not words.strip():
        return False
    return _words_pattern(words.casefold()).search(text.casefold()) is not None


@lru_cache(maxsize=256)
def _words_pattern(words: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, words.split())) + r"(?!\w)")


def _casefold(value: str | None) -> str | None:
    return None if value is None else str(value).casefold()


def _date_start(value: str | None) -> str | None:
    return None if value is None else date_sort_key(value)


def _event_row(e: Event) -> tuple[Any, ...]:
    """An event's row in the events table."""
    src, tgt = e.source, e.target
    return (
        e.id,
        e.article_id,
        e.span[0],
        e.span[1],
        e.code,
        e.root_code,
        e.plover,
        e.date,
        src and (src.name or src.text),
        src and src.country,
        src and src.actor_id,
        tgt and (tgt.name or tgt.text),
        tgt and tgt.country,
        tgt and tgt.actor_id,
        _json(to_dict(e)),
    )


_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True)  # what json.dumps builds per call


def _json(value: Any) -> str:
    return _ENCODER.encode(value)
