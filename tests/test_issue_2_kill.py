"""Issue 2 crash safety: SIGKILL an ingest midway, re-run: nothing doubled or half-written.

Also: `--workers 2` stores exactly what one worker stores.
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pytest

from storyline import Storyline

pytestmark = [pytest.mark.issue(2), pytest.mark.slow]

N_ARTICLES = 80
TABLES = ("mentions", "events", "quotes", "timexes", "checks")
PEOPLE = ["Olaf Scholz", "Emmanuel Macron", "Li Qiang", "Antony Blinken", "Rishi Sunak"]
PLACES = ["Berlin", "Paris", "Beijing", "Washington", "London", "Nairobi", "Brasilia", "Seoul"]
TOPICS = ["trade", "climate policy", "energy prices", "security", "migration"]


def write_article(folder: Path, n: int) -> None:
    """One distinct short news story; n picks names, places, topics and dates."""
    who, other = PEOPLE[n % 5], PEOPLE[(n + 2) % 5]
    place, topic = PLACES[n % 8], TOPICS[(n // 5) % 5]
    day = f"2023-{n % 12 + 1:02d}-{n % 27 + 1:02d}"
    text = (
        f"{who} meets {other} in {place} (story {n})\n\n"
        f"date {day} {who} met {other} in {place} on Monday to discuss {topic}, officials said."
        f" The talks, the {n}th such meeting this year, lasted about {n % 5 + 2} hours.\n\n"
        f'"We agreed to keep working together on {topic}," {who} told reporters after the'
        f" meeting, adding that a follow-up visit was planned for March {n % 27 + 1}.\n\n"
        f"{other} said the two governments would sign a joint statement on {topic} next week"
        f" and criticised critics in {PLACES[(n + 3) % 8]} who had called the meeting a failure."
    )
    (folder / f"story_{n:03d}.txt").write_text(text, encoding="utf-8")


def storyline_cmd() -> list[str]:
    exe = shutil.which("storyline", path=str(Path(sys.executable).parent))
    return [exe] if exe else [sys.executable, "-m", "storyline.cli"]


def ingest_cmd(folder: Path, db: Path, *extra: str) -> list[str]:
    return [*storyline_cmd(), "ingest", str(folder), "--db", str(db), "--quiet", *extra]


def env(batch: int) -> dict[str, str]:
    return dict(os.environ, STORYLINE_BATCH_SIZE=str(batch), STORYLINE_WORKERS="1")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("kill") / "articles"
    folder.mkdir()
    for n in range(N_ARTICLES):
        write_article(folder, n)
    return folder


@pytest.fixture(scope="module")
def reference(corpus: Path) -> Path:
    """A clean, uninterrupted run over the same inputs (in this process)."""
    db = corpus.parent / "reference.db"
    with Storyline(db) as sl:
        report = sl.ingest([str(corpus)], workers=1)
    assert (report.new, report.failed) == (N_ARTICLES, 0)
    return db


@dataclass
class Snapshot:
    """What a database holds: article texts, origins, and extracted row ids per article."""

    articles: dict[str, str]
    origins: list[tuple[str, str]]
    rows: dict[str, list[tuple[str, str]]]
    failures: int

    def rows_of(self, table: str, article_ids: Iterable[str]) -> set[tuple[str, str]]:
        keep = set(article_ids)
        return {r for r in self.rows[table] if r[0] in keep}


def snapshot(db: Path) -> Snapshot:
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return Snapshot(
            articles=dict(conn.execute("SELECT id, text FROM articles")),
            origins=conn.execute("SELECT article_id, source FROM origins ORDER BY 1, 2").fetchall(),
            rows={
                t: sorted(conn.execute(f"SELECT article_id, id FROM {t}").fetchall())
                for t in TABLES
            },
            failures=conn.execute("SELECT count(*) FROM failures").fetchone()[0],
        )
    finally:
        conn.close()


def stored(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.OperationalError:
        return 0  # not created or migrated yet


def kill_midway(cmd: list[str], db: Path) -> int:
    """Start an ingest, SIGKILL it once some but not all articles are committed."""
    proc = subprocess.Popen(
        cmd, env=env(batch=2), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    deadline = time.monotonic() + 300
    try:
        while proc.poll() is None and time.monotonic() < deadline:
            if stored(db) >= 6:
                proc.send_signal(signal.SIGKILL)
                break
            time.sleep(0.02)
    finally:
        if proc.poll() is None and time.monotonic() >= deadline:
            proc.kill()
        proc.wait()
    return proc.returncode


def test_issue_2_sigkill_midway_then_rerun(corpus: Path, reference: Path) -> None:
    db = corpus.parent / "killed.db"
    code = kill_midway(ingest_cmd(corpus, db), db)
    assert code == -signal.SIGKILL, "ingest finished before it could be killed midway"
    partial, expected = snapshot(db), snapshot(reference)
    assert 0 < len(partial.articles) < N_ARTICLES
    assert set(partial.articles) <= set(expected.articles)
    for table in TABLES:  # every committed article already has all of its rows, and no more
        assert set(partial.rows[table]) == expected.rows_of(table, partial.articles), table

    rerun = subprocess.run(ingest_cmd(corpus, db), env=env(batch=2), timeout=600, check=False)
    assert rerun.returncode == 0
    final = snapshot(db)
    assert final.articles == expected.articles
    assert len(set(final.articles.values())) == N_ARTICLES
    assert final.rows == expected.rows
    assert final.origins == expected.origins  # one origin per article: none stored twice
    assert final.failures == 0


def test_issue_2_two_workers_store_what_one_stores(corpus: Path, reference: Path) -> None:
    db = corpus.parent / "workers.db"
    done = subprocess.run(
        ingest_cmd(corpus, db, "--workers", "2"), env=env(batch=8), timeout=600, check=False
    )
    assert done.returncode == 0
    assert snapshot(db) == snapshot(reference)
