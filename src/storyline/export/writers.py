"""Write query results as JSONL, CSV or Parquet; CSV may use a table-specific flat layout."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import IO, Any

from storyline.registry import Registry, exporters

# table -> function turning JSON records into flat rows for csv/parquet (e.g. GDELT columns)
flat_layouts: Registry[Callable[[dict[str, Any]], dict[str, Any]]] = Registry("flat layout")


def flatten(record: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """Nested dicts become dotted columns; lists become JSON strings."""
    flat: dict[str, Any] = {}
    for key, value in record.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(flatten(value, name + "."))
        elif isinstance(value, list):
            flat[name] = json.dumps(value, ensure_ascii=False)
        else:
            flat[name] = value
    return flat


def _flat_rows(records: list[dict[str, Any]], table: str) -> list[dict[str, Any]]:
    layout = flat_layouts._items.get(table, flatten)
    return [layout(r) for r in records]


def _columns(rows: list[dict[str, Any]]) -> list[str]:
    cols: dict[str, None] = {}
    for row in rows:
        cols.update(dict.fromkeys(row))
    return list(cols)


@exporters.register("jsonl")
def write_jsonl(records: list[dict[str, Any]], table: str, out: IO[str]) -> None:
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False) + "\n")


@exporters.register("csv")
def write_csv(records: list[dict[str, Any]], table: str, out: IO[str]) -> None:
    rows = _flat_rows(records, table)
    writer = csv.DictWriter(out, fieldnames=_columns(rows), extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)


def write_parquet(records: list[dict[str, Any]], table: str, path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = _flat_rows(records, table)
    cols = _columns(rows)
    data = {c: [_scalar(r.get(c)) for r in rows] for c in cols}
    pq.write_table(pa.table(data) if cols else pa.table({"id": pa.array([], pa.string())}), path)


def _scalar(value: Any) -> Any:
    return value if value is None or isinstance(value, (str, int, float, bool)) else str(value)


def export_rows(
    records: Iterable[dict[str, Any]], table: str, fmt: str, output: str | Path | None
) -> str | None:
    """Write records in ``fmt`` to ``output`` (a path), or return the text when output is None."""
    records = list(records)
    if fmt == "parquet":
        if output is None:
            raise ValueError("parquet needs --output FILE")
        write_parquet(records, table, Path(output))
        return None
    writer = exporters.get(fmt)
    if output is None:
        buf = io.StringIO()
        writer(records, table, buf)
        return buf.getvalue()
    with open(output, "w", encoding="utf-8", newline="") as fh:
        writer(records, table, fh)
    return None
