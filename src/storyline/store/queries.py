"""Filtered reads behind `storyline articles|events|quotes|actors|...` and the export command."""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass
from typing import Any

from storyline.store.db import Store, article_row_to_dict
from storyline.store.schema import TABLES


@dataclass
class Filters:
    """The shared query filters of the CLI contract; None means 'no filter'."""

    actor: str | None = None
    code: str | None = None
    plover: str | None = None
    since: str | None = None
    until: str | None = None
    article: str | None = None
    speaker: str | None = None
    search: str | None = None
    main: bool = False  # events: only each sentence's main event
    limit: int | None = None


_FTS_SYNTAX = re.compile(r'["*^():]|\b(?:AND|OR|NOT|NEAR)\b')


def fts_query(search: str, *, literal: bool = False) -> str:
    """User text as an FTS5 query: plain words are quoted so "minister's" cannot break it;
    ``literal`` quotes every word even when the text looks like FTS5 syntax."""
    if _FTS_SYNTAX.search(search) and not literal:
        return search
    return " ".join('"' + word.replace('"', '""') + '"' for word in search.split())


@dataclass(frozen=True)
class _Search:
    """An FTS5 MATCH parameter: the user's text, bound as a query (see _search_rows)."""

    text: str


def _bind(params: list[Any], *, literal: bool) -> list[Any]:
    """The parameters with each _Search as FTS5 syntax, or with every word taken literally."""
    return [fts_query(p.text, literal=literal) if isinstance(p, _Search) else p for p in params]


def _search_rows(store: Store, sql: str, params: list[Any]) -> list[sqlite3.Row]:
    """Run a query with FTS5 search parameters; if the search text was not valid FTS5
    syntax, run it again with every word taken literally."""
    try:
        return store.rows(sql, _bind(params, literal=False))
    except sqlite3.OperationalError:
        if not any(isinstance(p, _Search) for p in params):
            raise
        return store.rows(sql, _bind(params, literal=True))


@dataclass
class ActorMatch:
    """What an --actor/--speaker NAME stands for: the ids of the actors it names, and the
    names (the text itself, the actors' names and aliases) that records without an id match."""

    text: str
    ids: list[str]
    names: list[str]

    @property
    def ids_json(self) -> str:
        return json.dumps(self.ids)

    def name_params(self) -> list[Any]:
        """Parameters for one _name_match clause."""
        return [self.text, json.dumps(self.names)]

    def ref_params(self) -> list[Any]:
        """Parameters for one _ref_match clause."""
        return [self.ids_json, *self.name_params()]


_HEX_ID = re.compile(r"[0-9a-f]{8,16}")


def resolve_actor(store: Store, text: str) -> ActorMatch:
    """Resolve a name through the actors table: an actor id (or id prefix of 8+ digits), a
    canonical name or an alias, case-insensitively; if none matches exactly, the actors whose
    name or alias contains the text as whole words ("Shangfu" finds Li Shangfu)."""
    key = text.strip().casefold()
    exact = (
        "SELECT id FROM actors WHERE casefold(name) = ?1 OR id = ?2"
        " UNION SELECT actor_id FROM actor_aliases WHERE alias = ?1"
    )
    params: list[Any] = [key, text.strip()]
    if _HEX_ID.fullmatch(key):
        exact += " UNION SELECT id FROM actors WHERE id LIKE ?3"
        params.append(key + "%")
    ids = [r[0] for r in store.rows(exact, params)]
    if not ids:
        ids = [r[0] for r in store.rows(
            "SELECT id FROM actors WHERE has_words(name, ?1)"
            " UNION SELECT actor_id FROM actor_aliases WHERE has_words(alias, ?1)",
            [key],
        )]
    return ActorMatch(text.strip(), sorted(set(ids)), _names_of(store, ids, key))


def _names_of(store: Store, ids: list[str], key: str) -> list[str]:
    """Case-folded names and aliases of the given actors, plus the text itself."""
    rows = store.rows(
        "SELECT casefold(name) FROM actors WHERE id IN (SELECT value FROM json_each(?1))"
        " UNION SELECT alias FROM actor_aliases"
        " WHERE actor_id IN (SELECT value FROM json_each(?1))",
        [json.dumps(ids)],
    )
    return sorted({key, *(r[0] for r in rows)})


def _unknown_actor(column: str) -> str:
    """SQL: the record's actor id is missing or not in the actors table."""
    return f"({column} IS NULL OR {column} NOT IN (SELECT id FROM actors))"


def _name_match(column: str) -> str:
    """SQL (2 params): the name contains the text as whole words, or is one of the actor's
    names or aliases."""
    return f"(has_words({column}, ?) OR casefold({column}) IN (SELECT value FROM json_each(?)))"


def _ref_match(id_column: str, name_column: str) -> str:
    """SQL (3 params): a record's actor is one of the ids, or it has no known actor id and
    its name matches."""
    return (
        f"({id_column} IN (SELECT value FROM json_each(?))"
        f" OR ({_unknown_actor(id_column)} AND {_name_match(name_column)}))"
    )


def _prefix(value: str) -> str:
    """A LIKE pattern (for ``LIKE ? ESCAPE '\\'``) of the values that start with ``value``:
    its own % and _ are taken literally, so '--article _' is not a wildcard."""
    return value.replace("\\", "\\\\").replace("%", r"\%").replace("_", r"\_") + "%"


_STARTS = "LIKE ? ESCAPE '\\'"


class _Where:
    def __init__(self) -> None:
        self.clauses: list[str] = []
        self.params: list[Any] = []

    def add(self, clause: str, *params: Any) -> None:
        self.clauses.append(clause)
        self.params.extend(params)

    def sql(self) -> str:
        return (" WHERE " + " AND ".join(self.clauses)) if self.clauses else ""


def _dates(where: _Where, column: str, f: Filters) -> None:
    """--since/--until on the day a value starts (weeks and quarters included)."""
    start = f"date_start({column})"
    if f.since:
        where.add(f"{start} >= ?", f.since)
    if f.until:
        where.add(f"substr({start}, 1, {len(f.until)}) <= ?", f.until)


def _limit(f: Filters) -> str:
    return f" LIMIT {int(f.limit)}" if f.limit else ""


def _dated_where(f: Filters, date: str, article: str) -> _Where:
    """The date-range and article-id filters on the ``date`` and ``article`` columns."""
    where = _Where()
    _dates(where, date, f)
    if f.article:
        where.add(f"{article} {_STARTS}", _prefix(f.article))
    return where


def _text_match(where: _Where, f: Filters, alias: str, fts: str) -> None:
    """The full-text filter: rows of ``alias`` whose text the ``fts`` table matches."""
    if f.search:
        where.add(f"{alias}.rowid IN (SELECT rowid FROM {fts} WHERE {fts} MATCH ?)",
                  _Search(f.search))


def query_articles(store: Store, f: Filters) -> list[dict[str, Any]]:
    where = _dated_where(f, "a.published", "a.id")
    _text_match(where, f, "a", "articles_fts")
    if f.actor:
        who = resolve_actor(store, f.actor)
        unknown = _unknown_actor("m.actor_id")
        where.add(
            "a.id IN (SELECT m.article_id FROM mentions m WHERE m.actor_id IN"
            f" (SELECT value FROM json_each(?)) OR ({unknown} AND ("
            f"{_name_match('m.name')} OR {_name_match('m.text')})))",
            who.ids_json, *who.name_params(), *who.name_params(),
        )
    sql = (
        "SELECT a.* FROM articles a"
        + where.sql()
        + " ORDER BY a.published IS NULL, a.published, a.title"
        + _limit(f)
    )
    return [article_row_to_dict(r) for r in _search_rows(store, sql, where.params)]


def query_events(store: Store, f: Filters) -> list[dict[str, Any]]:
    where = _dated_where(f, "e.date", "e.article_id")
    if f.code:
        where.add(f"e.code {_STARTS}", _prefix(f.code))
    if f.plover:
        where.add("upper(e.plover) = upper(?)", f.plover)
    if f.main:
        where.add("json_extract(e.data, '$.main') = 1")
    if f.actor:
        who = resolve_actor(store, f.actor)
        where.add(
            "(e.source_country = upper(?) OR e.target_country = upper(?)"
            f" OR {_ref_match('e.source_actor', 'e.source_name')}"
            f" OR {_ref_match('e.target_actor', 'e.target_name')})",
            f.actor, f.actor, *who.ref_params(), *who.ref_params(),
        )
    sql = (
        "SELECT e.data FROM events e"
        + where.sql()
        + " ORDER BY e.date IS NULL, date_start(e.date), e.article_id, e.start"
        + _limit(f)
    )
    return [json.loads(r["data"]) for r in store.rows(sql, where.params)]


def query_quotes(store: Store, f: Filters) -> list[dict[str, Any]]:
    where = _dated_where(f, "q.date", "q.article_id")
    for name in (f.speaker, f.actor):
        if name:
            who = resolve_actor(store, name)
            where.add(_ref_match("q.speaker_actor", "q.speaker_name"), *who.ref_params())
    _text_match(where, f, "q", "quotes_fts")
    sql = (
        "SELECT q.data FROM quotes q"
        + where.sql()
        + " ORDER BY q.date IS NULL, date_start(q.date), q.article_id, q.start"
        + _limit(f)
    )
    return [json.loads(r["data"]) for r in _search_rows(store, sql, where.params)]


def query_actors(store: Store, f: Filters) -> list[dict[str, Any]]:
    where = _Where()
    name = f.actor or f.search
    if name:
        where.add("a.id IN (SELECT value FROM json_each(?))", resolve_actor(store, name).ids_json)
    if f.article:
        where.add(
            f"a.id IN (SELECT actor_id FROM mentions WHERE article_id {_STARTS})",
            _prefix(f.article),
        )
    sql = (
        "SELECT a.data, (SELECT count(*) FROM mentions m WHERE m.actor_id = a.id) AS n"
        " FROM actors a" + where.sql() + " ORDER BY n DESC, a.name" + _limit(f)
    )
    return [json.loads(r["data"]) | {"mentions": r["n"]} for r in store.rows(sql, where.params)]


def _query_simple(table: str, store: Store, f: Filters) -> list[dict[str, Any]]:
    where = _Where()
    if f.article and table != "failures":
        where.add(f"article_id {_STARTS}", _prefix(f.article))
    sql = f"SELECT * FROM {table}" + where.sql() + _limit(f)
    rows = store.rows(sql, where.params)
    if rows and "data" in rows[0].keys():
        return [json.loads(r["data"]) for r in rows]
    return [dict(r) for r in rows]


def query(store: Store, table: str, f: Filters | None = None) -> list[dict[str, Any]]:
    """Records of one table as JSON-contract dicts, filtered."""
    f = f or Filters()
    special = {
        "articles": query_articles,
        "events": query_events,
        "quotes": query_quotes,
        "actors": query_actors,
    }
    if table in special:
        return special[table](store, f)
    if table not in TABLES:
        raise ValueError(f"unknown table {table!r}; known: {', '.join(TABLES)}")
    return _query_simple(table, store, f)
