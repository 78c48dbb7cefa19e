"""Ingest: read inputs, skip what is stored, annotate and extract the rest, store per article.

Reading and the "already stored?" check run in this process; annotation and extraction run in
batches, in worker processes when ``workers > 1``; every write is one transaction per article.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from multiprocessing import get_context
from pathlib import Path
from typing import Any

from storyline import settings
from storyline.actors.kb import forget_article, refresh
from storyline.errors import Code, StorylineError
from storyline.ingest import ArticleDraft, FolderRead, Item, finalize, iter_items, read_item
from storyline.records import Actor, Article, ArticleRecord, Failure, Origin
from storyline.store import Store

Progress = Callable[[str, str], None]


@dataclass
class IngestReport:
    """What one ingest run did: counts, the failures with reasons, the new article ids."""

    new: int = 0
    unchanged: int = 0
    failures: list[Failure] = field(default_factory=list)
    events: int = 0
    quotes: int = 0
    new_ids: list[str] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return len(self.failures)

    def failed_by_code(self) -> dict[str, int]:
        return dict(Counter(f.code for f in self.failures))


def iter_drafts(inputs: Iterable[str]) -> Iterator[ArticleDraft | Failure]:
    """Every draft and failure the inputs produce, in input order."""
    for item in iter_items(inputs):
        if isinstance(item, Failure):
            yield item
        elif isinstance(item, Item):
            yield from read_item(item)


_worker_state: dict[str, Any] = {}


def _init_worker(model: str) -> None:
    from storyline.nlp.extract import build_pipeline
    from storyline.nlp.model import load_nlp

    _worker_state["nlp"] = load_nlp(model)
    _worker_state["pipeline"] = build_pipeline()


def _extract_batch(
    articles: list[Article], batch_size: int, state: dict[str, Any]
) -> list[ArticleRecord | Failure]:
    from storyline.nlp.extract import extract_records

    if "nlp" not in _worker_state:
        _init_worker(str(settings.get("model")))
    _forget_unstored(state)
    results = extract_records(
        articles,
        nlp=_worker_state["nlp"],
        pipeline=_worker_state["pipeline"],
        batch_size=batch_size,
        state=state,
    )
    for article, result in zip(articles, results, strict=True):
        if isinstance(result, Failure):  # it taught this process's KB: it will not be kept
            forget_article(article.id, _db_key(state))
    return results


def _db_key(state: dict[str, Any]) -> str | None:
    """The store path the knowledge base keys its learning by (None: no store)."""
    return str(state["db_path"]) if state.get("db_path") else None


def _forget_unstored(state: dict[str, Any]) -> None:
    """Undo, once per failed write, what articles whose store write failed taught this worker
    (the parent learns of a failed write only after the worker has moved on)."""
    done: set[tuple[str, int]] = _worker_state.setdefault("forgotten", set())
    db = _db_key(state)
    for failed in state.get("unstored", ()):
        if failed not in done:
            forget_article(failed[0], db)
            done.add(failed)


class _Batches:
    """Runs extraction batches in-process or in a pool, handing results back in any order."""

    def __init__(self, workers: int, batch_size: int, state: dict[str, Any]) -> None:
        self.batch_size = batch_size
        self.state = state
        self.pool: ProcessPoolExecutor | None = None
        self.inflight: list[tuple[list[Article], Future[list[ArticleRecord | Failure]]]] = []
        if workers > 1:
            self.pool = ProcessPoolExecutor(
                workers,
                mp_context=get_context("spawn"),
                initializer=_init_worker,
                initargs=(str(settings.get("model")),),
            )
        self.limit = max(1, workers) * 2

    def submit(self, batch: list[Article]) -> Iterator[tuple[Article, ArticleRecord | Failure]]:
        """Extract a batch; yields (article, result) pairs of this or earlier batches."""
        if self.pool is None:
            results = _extract_batch(batch, self.batch_size, self.state)
            yield from zip(batch, results, strict=True)
            return
        future = self.pool.submit(_extract_batch, batch, self.batch_size, self.state)
        self.inflight.append((batch, future))
        while len(self.inflight) >= self.limit:
            yield from self._done()

    def unteach(self, article_id: str) -> None:
        """Forget an article that was not stored: here at once, in workers before their next
        batch."""
        forget_article(article_id, _db_key(self.state))
        if self.pool is not None:
            failed = self.state.get("unstored", [])
            self.state["unstored"] = [*failed, (article_id, len(failed))]

    def drain(self) -> Iterator[tuple[Article, ArticleRecord | Failure]]:
        while self.inflight:
            yield from self._done()

    def _done(self) -> Iterator[tuple[Article, ArticleRecord | Failure]]:
        batch, future = self.inflight.pop(0)
        yield from zip(batch, future.result(), strict=True)

    def close(self) -> None:
        """Stop the worker processes, dropping queued batches if the run is ending early."""
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=True)
            self.pool = None


class Ingest:
    """One ingest run into a store."""

    def __init__(
        self,
        store: Store,
        workers: int = 1,
        batch_size: int | None = None,
        progress: Progress | None = None,
    ) -> None:
        self.store = store
        self.report = IngestReport()
        self.progress = progress or (lambda kind, label: None)
        self.batch_size = batch_size or int(settings.get("batch_size"))
        self.batches = _Batches(workers, self.batch_size, {"db_path": store.path})
        self.pending: dict[str, tuple[Article, list[Origin]]] = {}
        self.origins: dict[str, list[Origin]] = {}

    def run(self, inputs: Iterable[str]) -> IngestReport:
        try:
            for item in iter_items(inputs):
                if isinstance(item, Failure):
                    self._fail(item)
                elif isinstance(item, FolderRead):
                    self.store.clear_read_failures(item.source, [])
                else:
                    self._read(item)
            self._flush()
            for article, record in self.batches.drain():
                self._store(article, record)
        finally:
            self.batches.close()
        return self.report

    def _read(self, item: Item) -> None:
        """Read one input; once read through, its stale read failures from earlier runs go
        (a fixed feed no longer shows its old E201), the ones reported again stay."""
        reported: list[str] = []
        for result in read_item(item):
            if isinstance(result, Failure):
                reported.append(result.input)
                self._fail(result)
            else:
                self._accept(result)
            if len(self.pending) >= self.batch_size:
                self._flush()
        self.store.clear_read_failures(item.source, reported)

    def _fail(self, failure: Failure) -> None:
        self.store.record_failure(failure)
        self.report.failures.append(failure)
        self.progress("failed", failure.input)

    def _accept(self, draft: ArticleDraft) -> None:
        article = finalize(draft)
        if article.id in self.pending or article.id in self.origins:
            self.origins.setdefault(article.id, []).append(draft.origin)
            self.report.unchanged += 1
        elif self.store.has_article(article.id):
            self.store.add_origins(article.id, [draft.origin])
            self.report.unchanged += 1
            self.progress("unchanged", draft.origin.source)
        else:
            self.pending[article.id] = (article, [draft.origin])
            self.origins[article.id] = []

    def _flush(self) -> None:
        if not self.pending:
            return
        batch = [article for article, _ in self.pending.values()]
        for article, origins in self.pending.values():
            self.origins[article.id] = origins + self.origins.get(article.id, [])
        self.pending = {}
        for article, record in self.batches.submit(batch):
            self._store(article, record)

    def _store(self, article: Article, result: ArticleRecord | Failure) -> None:
        origins = self.origins.pop(article.id, [])
        if isinstance(result, Failure):
            sources = [o.source for o in origins] or [result.input]
            for source in sources:  # one row per source, so a fixed source clears its row
                self._fail(replace(result, input=source))
            return
        result.origins = origins
        try:
            saved = self.store.save_record(result)
        except (sqlite3.Error, TypeError, ValueError) as exc:  # rolled back: nothing half-written
            self.batches.unteach(article.id)
            self._fail(_store_failure(result, exc))
            return
        if saved:
            self.report.new += 1
            self.report.new_ids.append(result.article.id)
            self.report.events += len(result.events)
            self.report.quotes += len(result.quotes)
            self.progress("new", result.article.title or result.article.id)
        else:
            self.report.unchanged += 1


@dataclass
class ReextractReport:
    """What one re-extraction did: articles redone, failures (their old rows kept), counts of
    events and quotes before and after, and actors dropped (no article states them any more,
    or no row refers to them)."""

    articles: int = 0
    failures: list[Failure] = field(default_factory=list)
    events_before: int = 0
    events: int = 0
    quotes_before: int = 0
    quotes: int = 0
    actors_dropped: int = 0


def reextract(
    store: Store,
    ids: Iterable[str] | None = None,
    *,
    workers: int = 1,
    batch_size: int | None = None,
    progress: Progress | None = None,
) -> ReextractReport:
    """Extract stored articles (all, or ``ids``) again with the current code and model, so a
    database built by an older version gains what the newer extractors find, and leave each
    as a fresh ingest of its stored text would be: articles are redone in the order they were
    stored; a date the text gave is inferred again; the knowledge base they are coded against
    holds what the articles redone so far state now (and what the articles not redone state),
    never what an article's old run taught; actors are folded again from what their articles
    state. Each article's rows are swapped in one transaction; an article that fails keeps its
    old rows and is a failures row of each of its sources, as in ingest."""
    report = ReextractReport()
    before = store.counts()
    report.events_before, report.quotes_before = before["events"], before["quotes"]
    size = batch_size or int(settings.get("batch_size"))
    tick = progress or (lambda kind, label: None)
    stored = store.article_ids()
    todo = stored if ids is None else _in_stored_order(list(ids), stored)
    with _Lessons(store, set(stored) - set(todo)) as lessons:
        batches = _Batches(workers, size, {"db_path": lessons.path})

        def keep(article: Article, result: ArticleRecord | Failure) -> None:
            sources = store.article_sources(article.id) or [article.path or article.url
                                                            or article.id]
            if isinstance(result, ArticleRecord):
                try:
                    report.actors_dropped += store.replace_extractions(result, sources)
                except (sqlite3.Error, TypeError, ValueError) as exc:
                    batches.unteach(article.id)  # as ingest does: nothing unstored stays learned
                    result = _store_failure(result, exc)
            if isinstance(result, Failure):
                for source in sources:  # one row per source, as ingest records it
                    store.record_failure(replace(result, input=source))
                lessons.learn(store.stated_actors([article.id]))  # its old rows stay
                report.failures.append(replace(result, input=article.id))
                tick("failed", article.id)
            else:
                lessons.learn(result.actors)
                forget_article(article.id, _db_key({"db_path": store.path}))  # an earlier
                # ingest in this process may remember its old lessons; the store has its new
                report.articles += 1
                tick("redone", article.title or article.id)

        pending: list[Article] = []
        try:
            for article_id in todo:
                article = _stored(store, article_id)
                if isinstance(article, Failure):
                    report.failures.append(article)
                    continue
                pending.append(article)
                if len(pending) >= size:
                    for done in batches.submit(pending):
                        keep(*done)
                    pending = []
            for done in batches.submit(pending) if pending else ():
                keep(*done)
            for done in batches.drain():
                keep(*done)
        finally:
            batches.close()
    report.actors_dropped += store.drop_unused_actors()
    after = store.counts()
    report.events, report.quotes = after["events"], after["quotes"]
    return report


def _in_stored_order(ids: list[str], stored: list[str]) -> list[str]:
    """``ids`` once each, stored ones in the order they were stored, unknown ones last."""
    rank = {article_id: i for i, article_id in enumerate(stored)}
    unique = list(dict.fromkeys(ids))
    return sorted(unique, key=lambda a: rank.get(a, len(rank)))


class _Lessons:
    """The knowledge base a re-extraction codes against: a scratch store holding the actors
    that the articles not being redone state, and, as each article is redone, what it states
    now, in the order a fresh ingest would have learned it. The real store's actors hold
    every article's old lessons (its own included) until that article is redone, so coding
    against them would carry a code the new extraction no longer finds into the article
    itself and into every article after it."""

    def __init__(self, store: Store, kept: set[str]) -> None:
        self.dir: str | None = None
        self.scratch: Store | None = None
        self.path = store.path
        if store.path == ":memory:":  # ingest codes against no learned actors there either
            return
        self.dir = tempfile.mkdtemp(prefix="storyline-reextract-")
        self.path = str(Path(self.dir) / "lessons.db")
        self.scratch = Store(self.path)
        if kept:  # the articles not redone: what they state stays known
            self.learn(store.stated_actors(only=kept))

    def learn(self, actors: Iterable[Actor]) -> None:
        if self.scratch is not None:
            self.scratch.upsert_actors(actors)

    def __enter__(self) -> _Lessons:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.scratch is None or self.dir is None:
            return
        self.scratch.close()
        shutil.rmtree(self.dir, ignore_errors=True)
        refresh(self.path)  # the file is gone: this process's knowledge base lets it go


def _stored(store: Store, article_id: str) -> Article | Failure:
    """A stored article to extract again, or why it cannot be: no such id (E505), or a row
    that does not read as an article (E504)."""
    try:
        article = store.stored_article(article_id)
    except (ValueError, TypeError) as exc:
        err = StorylineError(Code.BAD_DATABASE, path=store.path,
                             detail=f"article {article_id}: {exc}"[:300])
    else:
        if article is not None:
            return as_read(article)
        err = StorylineError(Code.NO_ARTICLE_ID, id=article_id)
    return Failure(article_id, "reextract", err.code.id, str(err))


def as_read(article: Article) -> Article:
    """A stored article as its reader gave it, before extraction: a date the timex stage
    inferred from the text (and the record of that inference) is taken off, so it is inferred
    again from the text, as in a fresh ingest; a date from the source's metadata stays."""
    if article.published_source in ("metadata", "text") and article.published:
        return article
    meta = {k: v for k, v in article.meta.items() if k != "published_inference"}
    return replace(article, published=None, published_source=None, meta=meta)


def _store_failure(record: ArticleRecord, exc: Exception) -> Failure:
    """A Failure row for an article the store refused (e.g. an extractor's malformed record)."""
    err = StorylineError(Code.STORE, detail=f"{type(exc).__name__}: {exc}"[:300])
    source = record.origins[0].source if record.origins else record.article.id
    return Failure(input=source, stage="store", code=err.code.id, message=str(err))


def ingest(
    inputs: Iterable[str],
    store: Store,
    *,
    workers: int = 1,
    batch_size: int | None = None,
    progress: Progress | None = None,
) -> IngestReport:
    """Ingest files, folders and URLs into ``store``; re-running the same content adds nothing."""
    return Ingest(store, workers, batch_size, progress).run(inputs)
