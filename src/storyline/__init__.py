"""Storyline: a sourced, queryable record of what news articles report.

from storyline import Storyline
sl = Storyline("news.db")
report = sl.ingest(["articles/"])
for event in sl.events(actor="Li Shangfu"):
    print(event["date"], event["code"], event["sentence"])
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from storyline import settings
from storyline.pipeline import IngestReport, Progress, ReextractReport, ingest, reextract
from storyline.records import date_sort_key
from storyline.store import Store
from storyline.store.queries import Filters, query

__version__ = "0.1.0"
__all__ = ["Filters", "IngestReport", "ReextractReport", "Storyline", "__version__",
           "date_sort_key"]


class Storyline:
    """The library API that the CLI and HTTP server wrap: ingest, then query.

    The database is opened on first use. ``ingest`` creates it if it does not exist; the read
    calls (``query``, ``articles``, ``events``, ...) never do: on a missing file they raise
    StorylineError E503, so a mistyped path is reported instead of read as an empty database.
    ``store`` is the low-level handle and, like ``ingest``, opens or creates the file.
    """

    def __init__(self, db: str | Path | None = None) -> None:
        self.path = str(db or settings.get("db"))
        self._store: Store | None = None

    @property
    def store(self) -> Store:
        return self._open(create=True)

    def _open(self, *, create: bool) -> Store:
        """The open Store, opened now if needed (creating the file only when ``create``)."""
        if self._store is None:
            self._store = Store(self.path, create=create)
        return self._store

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None

    def __enter__(self) -> Storyline:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def ingest(
        self, inputs: Iterable[str], *, workers: int | None = None, progress: Progress | None = None
    ) -> IngestReport:
        """Read, extract and store; see storyline.pipeline.ingest."""
        return ingest(
            inputs, self.store, workers=workers or int(settings.get("workers")), progress=progress
        )

    def reextract(
        self, ids: Iterable[str] | None = None, *, workers: int | None = None,
        progress: Progress | None = None,
    ) -> ReextractReport:
        """Extract stored articles again with the current code and model (never creates a
        database); see storyline.pipeline.reextract."""
        return reextract(self._open(create=False), ids,
                         workers=workers or int(settings.get("workers")), progress=progress)

    def query(self, table: str, **filters: Any) -> list[dict[str, Any]]:
        return query(self._open(create=False), table, Filters(**filters))

    def articles(self, **filters: Any) -> list[dict[str, Any]]:
        return self.query("articles", **filters)

    def events(self, **filters: Any) -> list[dict[str, Any]]:
        return self.query("events", **filters)

    def quotes(self, **filters: Any) -> list[dict[str, Any]]:
        return self.query("quotes", **filters)

    def actors(self, **filters: Any) -> list[dict[str, Any]]:
        return self.query("actors", **filters)

    def failures(self, limit: int | None = None) -> list[dict[str, Any]]:
        return self.query("failures", limit=limit)

    def timeline(self, name: str, limit: int | None = None) -> list[dict[str, Any]]:
        """Dated events and quotes involving one actor, oldest first."""
        items = [{"type": "event", **e} for e in self.events(actor=name)]
        items += [{"type": "quote", **q} for q in self.quotes(speaker=name)]
        dated = sorted((i for i in items if i.get("date")), key=lambda i: date_sort_key(i["date"]))
        return dated[:limit] if limit else dated
