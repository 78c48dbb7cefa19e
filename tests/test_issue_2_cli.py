"""Issue 2 CLI: ingest counts and exit status, progress only on a terminal, listing and export."""

from __future__ import annotations

import csv
import io
import json
import os
import pty
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from storyline.cli import app

pytestmark = pytest.mark.issue(2)

STORIES = [
    ("Volcano erupts near village", "2023-01-05", "A volcano erupted on the island overnight"),
    ("Minister's budget passes", "2023-06-10", "The finance minister's budget passed parliament"),
    ("Strike closes ports", "2024-02-01", "Dock workers walked out at three ports"),
]
FILLER = (
    " on {day}, officials said, adding that emergency services were on alert and that more"
    " information would be released by the regional government later in the week."
)


def write_jsonl(path: Path) -> None:
    lines = [
        {"title": t, "published": d, "outlet": "Wire", "text": f"{s}{FILLER.format(day=d)}"}
        for t, d, s in STORIES
    ]
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.output


@pytest.fixture
def filled(tmp_path: Path) -> Path:
    """A database holding the three dated stories."""
    write_jsonl(tmp_path / "stories.jsonl")
    db = tmp_path / "cli.db"
    code, output = run("ingest", str(tmp_path / "stories.jsonl"), "--db", str(db))
    assert code == 0, output
    return db


def test_issue_2_ingest_counts_and_exit_status(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    write_jsonl(src / "stories.jsonl")
    db = str(tmp_path / "x.db")
    code, output = run("ingest", str(src), "--db", db)
    assert code == 0 and "new 3, unchanged 0, failed 0" in output
    (src / "empty.txt").write_bytes(b"")
    code, output = run("ingest", str(src), "--db", db)
    assert code == 1
    assert "new 0, unchanged 3, failed 1" in output and "  E101 empty: 1" in output
    assert f"failed {src / 'empty.txt'}: E101 empty: input is empty" in output
    code, output = run("ingest", str(src), "--db", db, "--quiet")
    assert code == 1 and "new 0" not in output and "E101 empty: input is empty" in output


def test_issue_2_articles_formats(filled: Path) -> None:
    code, out = run("articles", "--db", str(filled), "--format", "json")
    records = json.loads(out)
    assert code == 0 and [r["title"] for r in records] == [t for t, _, _ in STORIES]
    assert {"id", "url", "path", "outlet", "title", "published", "text"} <= set(records[0])
    code, out = run("articles", "--db", str(filled), "--format", "jsonl")
    assert [json.loads(line)["published"] for line in out.splitlines()] == [
        d for _, d, _ in STORIES
    ]
    code, out = run("articles", "--db", str(filled), "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["title"] for r in rows] == [t for t, _, _ in STORIES] and rows[0]["outlet"] == "Wire"
    code, out = run("articles", "--db", str(filled), "--format", "table")
    assert code == 0 and "Volcano erupts" in out and "3 articles" in out
    code, out = run("articles", "--db", str(filled), "--format", "xml")
    assert code != 0


def titles(db: Path, *args: str) -> list[str]:
    code, out = run("articles", "--db", str(db), "--format", "json", *args)
    assert code == 0, out
    return [r["title"] for r in json.loads(out)]


def test_issue_2_articles_filters(filled: Path) -> None:
    volcano, budget, strike = (t for t, _, _ in STORIES)
    assert titles(filled, "--since", "2023-06-01") == [budget, strike]
    assert titles(filled, "--until", "2023-06-10") == [volcano, budget]
    assert titles(filled, "--since", "2023-02", "--until", "2023") == [budget]
    assert titles(filled, "--limit", "2") == [volcano, budget]
    assert titles(filled, "--search", "dock workers") == [strike]
    assert titles(filled, "--search", "volcano") == [volcano]
    assert titles(filled, "--search", "minister's") == [budget]
    assert titles(filled, "--search", "nothing-like-this") == []


def test_issue_2_export_articles(filled: Path, tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    jsonl, csv_path, parquet = (tmp_path / f"a.{ext}" for ext in ("jsonl", "csv", "parquet"))
    for fmt, path in (("jsonl", jsonl), ("csv", csv_path), ("parquet", parquet)):
        code, out = run("export", "articles", "--db", str(filled), "--format", fmt, "-o", str(path))
        assert code == 0, out
    expected = [(t, d) for t, d, _ in STORIES]
    lines = [json.loads(x) for x in jsonl.read_text(encoding="utf-8").splitlines()]
    assert [(r["title"], r["published"]) for r in lines] == expected
    with csv_path.open(encoding="utf-8") as fh:
        assert [(r["title"], r["published"]) for r in csv.DictReader(fh)] == expected
    table = pq.read_table(parquet)
    assert table.num_rows == 3
    data = table.to_pydict()
    assert list(zip(data["title"], data["published"], strict=True)) == expected
    assert data["id"] == [r["id"] for r in lines]
    assert all(text.startswith(s) for text, (_, _, s) in zip(data["text"], STORIES, strict=True))


def test_issue_2_failures_command(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "noise.bin").write_bytes(bytes(range(256)) * 4)
    db = str(tmp_path / "f.db")
    run("ingest", str(tmp_path / "empty.txt"), str(tmp_path / "noise.bin"), "--db", db)
    code, out = run("failures", "--db", db, "--format", "json")
    rows = sorted((Path(r["input"]).name, r["code"], r["stage"]) for r in json.loads(out))
    assert code == 0 and rows == [("empty.txt", "E101", "read"), ("noise.bin", "E102", "read")]
    code, out = run("failures", "--db", db)
    assert "E102" in out and "binary" in out and "2 failures" in out


# -- progress bar: on a terminal only ------------------------------------------------------------


def storyline_cmd() -> list[str]:
    exe = shutil.which("storyline", path=str(Path(sys.executable).parent))
    return [exe] if exe else [sys.executable, "-m", "storyline.cli"]


def plain_env(**extra: str) -> dict[str, str]:
    """The environment without variables that force or forbid rich's terminal handling."""
    env = {k: v for k, v in os.environ.items() if k not in _TERMINAL_VARS}
    return env | extra


_TERMINAL_VARS = {"FORCE_COLOR", "NO_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE", "TERM"}


def run_on_terminal(args: list[str]) -> str:
    """Run the CLI with stderr on a pseudo-terminal; return what it drew there."""
    try:
        master, slave = pty.openpty()
    except OSError as exc:
        pytest.skip(f"no pseudo-terminal here: {exc}")
    proc = subprocess.Popen(
        storyline_cmd() + args, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
        stderr=slave, env=plain_env(TERM="xterm-256color", COLUMNS="100"),
    )  # fmt: skip
    os.close(slave)
    chunks = []
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    proc.wait(timeout=120)
    os.close(master)
    return b"".join(chunks).decode("utf-8", "replace")


@pytest.mark.slow
def test_issue_2_progress_bar_only_on_terminal(tmp_path: Path) -> None:
    write_jsonl(tmp_path / "stories.jsonl")
    args = ["ingest", str(tmp_path / "stories.jsonl"), "--db"]
    drawn = run_on_terminal([*args, str(tmp_path / "tty.db")])
    assert "\x1b[" in drawn and "new 3" in drawn  # rich drew (and cleared) a live bar
    quiet = run_on_terminal([*args, str(tmp_path / "quiet.db"), "--quiet"])
    assert "\x1b[" not in quiet and quiet.strip() == ""
    piped = subprocess.run(
        storyline_cmd() + [*args, str(tmp_path / "pipe.db")],
        capture_output=True, text=True, timeout=120, check=False, env=plain_env(),
    )  # fmt: skip
    assert piped.returncode == 0
    assert "\x1b[" not in piped.stderr and "\r" not in piped.stderr
    assert piped.stderr.splitlines()[0].startswith("new 3, unchanged 0, failed 0")
