"""Render records for the terminal: one shared table/json/jsonl/csv switch for every command."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from storyline.export import export_rows

FORMATS = ("table", "json", "jsonl", "csv")


def _short(value: Any, width: int = 80) -> str:
    text = "" if value is None else " ".join(str(value).split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _who(ref: dict[str, Any] | None) -> str:
    if not ref:
        return ""
    name = ref.get("name") or ref.get("text") or ""
    codes = "/".join(x for x in (ref.get("country"), ref.get("sector")) if x)
    codes += ", implied" if ref.get("implied") else ""  # a convention's target, not a mention
    return f"{name} ({codes})" if codes else name


Column = tuple[str, Callable[[dict[str, Any]], str]]

COLUMNS: dict[str, list[Column]] = {
    "articles": [
        ("id", lambda r: r["id"][:10]),
        ("published", lambda r: r.get("published") or ""),
        ("outlet", lambda r: _short(r.get("outlet"), 24)),
        ("title", lambda r: _short(r.get("title") or r.get("text"), 70)),
    ],
    "events": [
        ("date", lambda r: r.get("date") or ""),
        ("source", lambda r: _who(r.get("source"))),
        ("code", lambda r: r.get("code") or ""),
        ("plover", lambda r: r.get("plover") or ""),
        ("target", lambda r: _who(r.get("target"))),
        ("evidence", lambda r: _short(r.get("sentence"), 70)),
    ],
    "quotes": [
        ("date", lambda r: r.get("date") or ""),
        ("speaker", lambda r: _who(r.get("speaker"))),
        ("kind", lambda r: r.get("kind") or ""),
        ("cue", lambda r: (r.get("cue") or {}).get("text", "")),
        ("via", lambda r: r.get("via") or ""),
        ("text", lambda r: _short(r.get("text"), 70)),
    ],
    "actors": [
        ("name", lambda r: r.get("name") or ""),
        ("country", lambda r: r.get("country") or ""),
        ("sector", lambda r: r.get("sector") or ""),
        ("role", lambda r: _short(r.get("role"), 30)),
        ("since", lambda r: r.get("valid_from") or ""),  # the stating article's date
        ("aliases", lambda r: _short(", ".join(r.get("aliases") or []), 40)),
        ("mentions", lambda r: str(r.get("mentions", ""))),
    ],
    "timeline": [
        ("date", lambda r: r.get("date") or ""),
        ("type", lambda r: r.get("type", "")),
        ("what", lambda r: _short(r.get("sentence") or r.get("text"), 90)),
    ],
    "failures": [
        ("code", lambda r: r.get("code", "")),
        ("input", lambda r: _short(r.get("input"), 50)),
        ("message", lambda r: _short(r.get("message"), 70)),
    ],
}


def _getter(key: str) -> Callable[[dict[str, Any]], str]:
    return lambda r: _short(r.get(key), 40)


def render(records: list[dict[str, Any]], table: str, fmt: str, console: Console) -> None:
    """Print records in the chosen format (table is for people, the rest for programs)."""
    if fmt == "json":
        console.print_json(
            json.dumps(records, ensure_ascii=False)
        ) if console.is_terminal else print(json.dumps(records, ensure_ascii=False, indent=2))
        return
    if fmt in ("jsonl", "csv"):
        print(export_rows(records, table, fmt, None), end="")
        return
    cols = COLUMNS.get(table) or [(k, _getter(k)) for k in (records[0] if records else {})]
    grid = Table(show_lines=False, header_style="bold")
    for name, _ in cols:
        grid.add_column(name, overflow="fold")
    for record in records:
        grid.add_row(*(Text(getter(record)) for _, getter in cols))
    console.print(grid)
    console.print(f"{len(records)} {table}", style="dim")
