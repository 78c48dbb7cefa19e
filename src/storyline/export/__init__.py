"""Exporters (jsonl, csv, parquet) from one registry; a new format is one small function."""

from storyline.export import gdelt as gdelt  # noqa: F401 - registers the events csv layout
from storyline.export.writers import export_rows, flatten

__all__ = ["export_rows", "flatten"]
