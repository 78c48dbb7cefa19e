"""`storyline demo`: ingest the bundled examples into a fresh database and report on them."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from rich.console import Console
from rich.markup import escape

from storyline import Storyline
from storyline.output import render


def find_examples() -> Path:
    """The examples/ folder: beside the working directory or the source checkout."""
    for base in (Path.cwd(), Path(__file__).resolve().parents[2]):
        if (base / "examples").is_dir():
            return base / "examples"
    raise FileNotFoundError("no examples/ folder found next to the current directory")


def run_demo(db: Path, console: Console) -> int:
    """Ingest examples/ into ``db`` (recreated) and print what a reader wants to see."""
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    examples = find_examples()
    console.print(
        f"[bold]Storyline demo[/]: ingesting {escape(str(examples))} into {escape(str(db))}"
    )
    with Storyline(db) as sl:
        report = sl.ingest([str(examples)])
        arts = sl.articles()
        console.print(
            f"\n[bold]{report.new}[/] articles stored, {report.unchanged} duplicates "
            f"merged, {report.failed} inputs failed, {report.events} events, "
            f"{report.quotes} quotes."
        )
        dates = sorted(a["published"] for a in arts if a.get("published"))
        if dates:
            console.print(
                f"Published between {dates[0]} and {dates[-1]}; {len(arts) - len(dates)} undated."
            )
        outlets = Counter(a.get("outlet") or "(unknown outlet)" for a in arts)
        console.print(
            "Outlets: " + ", ".join(f"{escape(o)} ({n})" for o, n in outlets.most_common(8))
        )
        render(arts, "articles", "table", console)
        if report.failures:
            console.print("\n[bold]Inputs that failed[/] (recorded in the failures table):")
            render([f.__dict__ for f in report.failures], "failures", "table", console)
        events = sl.events(actor="Li Shangfu", limit=10)
        if events:
            console.print("\n[bold]Events involving Li Shangfu[/]:")
            render(events, "events", "table", console)
        quotes = sl.quotes(limit=8)
        if quotes:
            console.print("\n[bold]Quotes[/]:")
            render(quotes, "quotes", "table", console)
    console.print(f"\nExplore further: storyline articles --db {db} --search Shoigu")
    return 0
