"""The `storyline` command: thin Typer wrappers over the library API."""

from __future__ import annotations

import json
import sqlite3
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from storyline import Storyline, settings
from storyline.errors import Code, StorylineError
from storyline.export import export_rows
from storyline.output import FORMATS, render
from storyline.pipeline import IngestReport
from storyline.store.queries import TABLES

app = typer.Typer(
    help="Turn news articles into a sourced record of events, quotes and dates.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
out = Console()
err = Console(stderr=True)

DbOpt = Annotated[Path | None, typer.Option("--db", help="SQLite database (env STORYLINE_DB).")]
FormatOpt = Annotated[str, typer.Option("--format", "-f", help="table, json, jsonl or csv.")]
ActorOpt = Annotated[
    str | None,
    typer.Option("--actor", help="Actor name, alias or id (events: also a country code)."),
]
CodeOpt = Annotated[str | None, typer.Option("--code", help="CAMEO code or prefix.")]
PloverOpt = Annotated[str | None, typer.Option("--plover", help="PLOVER event type.")]
SinceOpt = Annotated[str | None, typer.Option("--since", help="Earliest date (YYYY[-MM[-DD]]).")]
UntilOpt = Annotated[str | None, typer.Option("--until", help="Latest date (YYYY[-MM[-DD]]).")]
ArticleOpt = Annotated[str | None, typer.Option("--article", help="Article id (or prefix).")]
SpeakerOpt = Annotated[str | None, typer.Option("--speaker", help="Speaker name, alias or id.")]
SearchOpt = Annotated[str | None, typer.Option("--search", help="Full-text search (FTS5).")]
LimitOpt = Annotated[
    int | None, typer.Option("--limit", min=1, help="At most this many records.")
]


def _open(db: Path | None) -> Storyline:
    return Storyline(db or settings.get("db"))


def _check_format(fmt: str) -> None:
    if fmt not in FORMATS:
        raise typer.BadParameter(f"--format must be one of {', '.join(FORMATS)}")


def _show(table: str, db: Path | None, fmt: str, **filters: object) -> None:
    _check_format(fmt)
    with _open(db) as sl:
        render(sl.query(table, **filters), table, fmt, out)


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, folders, feeds, WARC, JSONL, URLs.")],
    db: DbOpt = None,
    workers: Annotated[int | None, typer.Option(help="Annotating processes.")] = None,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No progress bar or counts; failures listed.")
    ] = False,
) -> None:
    """Read, extract and store articles; exits 1 if any input failed."""
    with _open(db) as sl:
        if quiet or not err.is_terminal:
            report = sl.ingest(paths, workers=workers)
        else:
            report = _ingest_with_progress(sl, paths, workers)
    _print_report(report, counts=not quiet)
    raise typer.Exit(1 if report.failed else 0)


@app.command()
def reextract(
    db: DbOpt = None,
    article: Annotated[
        list[str] | None,
        typer.Option("--article", help="Article id to redo (repeatable); every article if none."),
    ] = None,
    workers: Annotated[int | None, typer.Option(help="Annotating processes.")] = None,
) -> None:
    """Extract stored articles again with this version; exits 1 if any failed (kept as was)."""
    with _open(db) as sl:
        report = sl.reextract(article, workers=workers)
    _say(f"re-extracted {report.articles}, failed {len(report.failures)}; events "
         f"{report.events_before} -> {report.events}, quotes {report.quotes_before} -> "
         f"{report.quotes}; unused actors dropped {report.actors_dropped}")
    for f in report.failures[:50]:
        _say(f"  failed {f.input}: {f.message}")
    raise typer.Exit(1 if report.failures else 0)


def _ingest_with_progress(sl: Storyline, paths: list[str], workers: int | None) -> IngestReport:
    from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    columns = (
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        TextColumn("{task.fields[counts]}"),
        TimeElapsedColumn(),
    )
    counts = {"new": 0, "unchanged": 0, "failed": 0}
    with Progress(*columns, console=err, transient=True) as bar:
        task = bar.add_task("ingesting", total=None, counts="")

        def tick(kind: str, label: str) -> None:
            counts[kind] = counts.get(kind, 0) + 1
            text = " ".join(f"{k} {v}" for k, v in counts.items())
            bar.update(task, description=label[:40], counts=text)

        return sl.ingest(paths, workers=workers, progress=tick)


def _print_report(report: IngestReport, counts: bool = True) -> None:
    """Closing counts (new, unchanged, failed by reason), then one unwrapped line per failure."""
    if counts:
        _say(
            f"new {report.new}, unchanged {report.unchanged}, failed {report.failed}; "
            f"events {report.events}, quotes {report.quotes}"
        )
        slugs = {c.id: c.slug for c in Code}
        for code, n in sorted(report.failed_by_code().items()):
            _say(f"  {code} {slugs.get(code, '')}: {n}")
    for f in report.failures[:50]:
        _say(f"  failed {f.input}: {f.message}")
    if report.failed > 50:
        _say(f"  ... and {report.failed - 50} more (storyline failures)")


def _say(line: str) -> None:
    """One line on stderr, never wrapped or marked up, so scripts can grep it."""
    err.print(line, markup=False, highlight=False, soft_wrap=True)


@app.command()
def articles(
    db: DbOpt = None,
    fmt: FormatOpt = "table",
    since: SinceOpt = None,
    until: UntilOpt = None,
    search: SearchOpt = None,
    actor: ActorOpt = None,
    article: ArticleOpt = None,
    limit: LimitOpt = None,
) -> None:
    """List stored articles."""
    _show(
        "articles",
        db,
        fmt,
        since=since,
        until=until,
        search=search,
        actor=actor,
        article=article,
        limit=limit,
    )


@app.command()
def events(
    db: DbOpt = None,
    fmt: FormatOpt = "table",
    actor: ActorOpt = None,
    code: CodeOpt = None,
    plover: PloverOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    article: ArticleOpt = None,
    main: Annotated[
        bool, typer.Option("--main", help="Only each sentence's main event (its head act).")
    ] = False,
    limit: LimitOpt = None,
) -> None:
    """List coded events with their evidence."""
    _show(
        "events",
        db,
        fmt,
        actor=actor,
        code=code,
        plover=plover,
        since=since,
        until=until,
        article=article,
        main=main,
        limit=limit,
    )


@app.command()
def quotes(
    db: DbOpt = None,
    fmt: FormatOpt = "table",
    speaker: SpeakerOpt = None,
    actor: ActorOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    article: ArticleOpt = None,
    search: SearchOpt = None,
    limit: LimitOpt = None,
) -> None:
    """List quotes and attributed claims."""
    _show(
        "quotes",
        db,
        fmt,
        speaker=speaker,
        actor=actor,
        since=since,
        until=until,
        article=article,
        search=search,
        limit=limit,
    )


@app.command()
def actors(
    db: DbOpt = None,
    fmt: FormatOpt = "table",
    actor: ActorOpt = None,
    article: ArticleOpt = None,
    limit: LimitOpt = None,
) -> None:
    """List actors with aliases, codes and roles."""
    _show("actors", db, fmt, actor=actor, article=article, limit=limit)


@app.command()
def failures(db: DbOpt = None, fmt: FormatOpt = "table", limit: LimitOpt = None) -> None:
    """List inputs that failed, with their error codes."""
    _show("failures", db, fmt, limit=limit)


@app.command()
def checks(
    db: DbOpt = None, fmt: FormatOpt = "table", article: ArticleOpt = None, limit: LimitOpt = None
) -> None:
    """List consistency checks (dates that cannot all be true, ...)."""
    _show("checks", db, fmt, article=article, limit=limit)


@app.command()
def timeline(name: str, db: DbOpt = None, fmt: FormatOpt = "table", limit: LimitOpt = None) -> None:
    """Dated events and quotes of one actor, oldest first."""
    _check_format(fmt)
    with _open(db) as sl:
        render(sl.timeline(name, limit=limit), "timeline", fmt, out)


@app.command()
def export(
    table: Annotated[str, typer.Argument(help=f"One of: {', '.join(TABLES)}.")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="jsonl, csv or parquet.")] = "jsonl",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="File to write.")] = None,
    db: DbOpt = None,
) -> None:
    """Export a whole table."""
    if table not in TABLES:
        raise typer.BadParameter(f"TABLE must be one of {', '.join(TABLES)}")
    if fmt not in ("jsonl", "csv", "parquet"):
        raise typer.BadParameter("--format must be jsonl, csv or parquet")
    with _open(db) as sl:
        text = export_rows(sl.query(table), table, fmt, output)
    if text is not None:
        sys.stdout.write(text)


@app.command("eval")
def eval_(
    task: Annotated[str, typer.Argument(help="extract, events, quotes or time.")],
    gold: Annotated[Path, typer.Option("--gold", help="Gold data file or folder.")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="table or json.")] = "table",
    baseline: Annotated[str | None, typer.Option(help="Reference tool to score too.")] = None,
    limit: Annotated[int | None, typer.Option(help="Score only the first N items.")] = None,
) -> None:
    """Score Storyline against a gold set."""
    from storyline.evaluate import run_eval

    result = run_eval(task, gold, baseline=baseline, limit=limit)
    if fmt == "json":
        print(json.dumps(result, indent=2, ensure_ascii=False))
    else:
        _print_scores(result)


def _print_scores(result: dict[str, object], indent: str = "") -> None:
    for key, value in result.items():
        if isinstance(value, dict):
            out.print(f"{indent}{key}:")
            _print_scores(value, indent + "  ")
        elif isinstance(value, float):
            out.print(f"{indent}{key:<28} {value:.4f}")
        else:
            out.print(f"{indent}{key:<28} {value}")


@app.command()
def demo(
    db: Annotated[Path, typer.Option("--db", help="Database to (re)create.")] = Path(
        "storyline-demo.db"
    ),
) -> None:
    """Ingest examples/ into a fresh database and print a short report."""
    from storyline.demo import run_demo

    raise typer.Exit(run_demo(db, out))


@app.command("settings")
def show_settings(fmt: FormatOpt = "table") -> None:
    """Every setting with its environment variable, value and help."""
    render(settings.describe(), "settings", fmt, out)


def main() -> None:
    try:
        app()
    except StorylineError as exc:
        _say(f"error: {exc}")
        sys.exit(2)
    except (ValueError, OSError, sqlite3.Error) as exc:  # bad arguments, paths or databases
        _say(f"error: {type(exc).__name__}: {exc}")
        sys.exit(2)


if __name__ == "__main__":
    main()
