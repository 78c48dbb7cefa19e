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
    limit: int | None = None


_FTS_SYNTAX = re.compile(r'["*^():]|\b(?:AND|OR|NOT|NEAR)\b')


def fts_query(search: str, *, literal: bool = False) -> str:
    """User text as an FTS5 query: plain words are quoted so "minister's" cannot break it;
    ``literal`` quotes every word even when the text looks like FTS5 syntax."""
    if _FTS_SYNTAX.search(search) and not literal:
        return search
    return " ".join('"' + word.replace('"', '""') + '"' for word in search.split())


def _like(value: str) -> str:
    return "%" + value.replace("%", r"\%").replace("_", r"\_") + "%"


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


def query_articles(store: Store, f: Filters) -> list[dict[str, Any]]:
    where = _Where()
    _dates(where, "a.published", f)
    if f.article:
        where.add("a.id LIKE ?", f.article + "%")
    if f.search:
        where.add(
            "a.rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)",
            fts_query(f.search),
        )
    if f.actor:
        where.add(
            "a.id IN (SELECT article_id FROM mentions WHERE name LIKE ? ESCAPE '\\'"
            " OR text LIKE ? ESCAPE '\\')",
            _like(f.actor),
            _like(f.actor),
        )
    sql = (
        "SELECT a.* FROM articles a"
        + where.sql()
        + " ORDER BY a.published IS NULL, a.published, a.title"
        + _limit(f)
    )
    try:
        rows = store.rows(sql, where.params)
    except sqlite3.OperationalError:  # the search text was not valid FTS5 syntax: take it literally
        if not f.search:
            raise
        params = [fts_query(f.search, literal=True) if p == fts_query(f.search) else p
                  for p in where.params]
        rows = store.rows(sql, params)
    return [article_row_to_dict(r) for r in rows]


def query_events(store: Store, f: Filters) -> list[dict[str, Any]]:
    where = _Where()
    _dates(where, "e.date", f)
    if f.article:
        where.add("e.article_id LIKE ?", f.article + "%")
    if f.code:
        where.add("e.code LIKE ?", f.code + "%")
    if f.plover:
        where.add("upper(e.plover) = upper(?)", f.plover)
    if f.actor:
        where.add(
            "(e.source_name LIKE ? ESCAPE '\\' OR e.target_name LIKE ? ESCAPE '\\'"
            " OR e.source_country = upper(?) OR e.target_country = upper(?))",
            _like(f.actor),
            _like(f.actor),
            f.actor,
            f.actor,
        )
    sql = (
        "SELECT e.data FROM events e"
        + where.sql()
        + " ORDER BY e.date IS NULL, date_start(e.date), e.article_id, e.start"
        + _limit(f)
    )
    return [json.loads(r["data"]) for r in store.rows(sql, where.params)]


def query_quotes(store: Store, f: Filters) -> list[dict[str, Any]]:
    where = _Where()
    _dates(where, "q.date", f)
    if f.article:
        where.add("q.article_id LIKE ?", f.article + "%")
    for name in (f.speaker, f.actor):
        if name:
            where.add("q.speaker_name LIKE ? ESCAPE '\\'", _like(name))
    if f.search:
        where.add("q.data LIKE ? ESCAPE '\\'", _like(f.search))
    sql = (
        "SELECT q.data FROM quotes q"
        + where.sql()
        + " ORDER BY q.date IS NULL, date_start(q.date), q.article_id, q.start"
        + _limit(f)
    )
    return [json.loads(r["data"]) for r in store.rows(sql, where.params)]


def query_actors(store: Store, f: Filters) -> list[dict[str, Any]]:
    where = _Where()
    name = f.actor or f.search
    if name:
        where.add(
            "(a.name LIKE ? ESCAPE '\\' OR a.id IN (SELECT actor_id FROM actor_aliases"
            " WHERE alias LIKE ? ESCAPE '\\'))",
            _like(name),
            _like(name.casefold()),
        )
    if f.article:
        where.add(
            "a.id IN (SELECT actor_id FROM mentions WHERE article_id LIKE ?)", f.article + "%"
        )
    sql = (
        "SELECT a.data, (SELECT count(*) FROM mentions m WHERE m.actor_id = a.id) AS n"
        " FROM actors a" + where.sql() + " ORDER BY n DESC, a.name" + _limit(f)
    )
    return [json.loads(r["data"]) | {"mentions": r["n"]} for r in store.rows(sql, where.params)]


def _query_simple(table: str, store: Store, f: Filters) -> list[dict[str, Any]]:
    where = _Where()
    if f.article and table != "failures":
        where.add("article_id LIKE ?", f.article + "%")
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
