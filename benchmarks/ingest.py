"""Ingest throughput and peak memory: plain text and HTML into SQLite, against reading alone.

    python benchmarks/ingest.py [--n N] [--corpus DIR] [--modes a,b,...] [--html-from DIR]

Builds (or reuses) a corpus of N plain-text and N HTML articles made from the real articles
in examples/ (each copy gets a numbered closing line, so every copy is a distinct article);
with ``--html-from`` the HTML side is instead the first N real pages of a folder such as
WCXB dev's html/. Then runs each mode in a fresh Python process and reports articles/s and
that process's peak RSS. Modes:

* ``read-*``: read and clean only (decode, trafilatura for HTML), nothing stored: the baseline;
* ``store-*``: read and store into a fresh SQLite file, with the spaCy extraction stages
  replaced by an empty record (extraction disabled);
* ``ingest-*``: the full ``storyline ingest`` path: read, spaCy, extractors, store.

The ratio column is each mode's rate over the reading-only rate of the same format, measured
in the same run. CPU seconds (user + system of that process) are printed too, since wall time
on a shared machine also counts other people's work. Timing starts after imports and includes
loading the spaCy model in the ``ingest-*`` modes, as a real ``storyline ingest`` run does.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples"
MODES = ("read-text", "store-text", "ingest-text", "read-html", "store-html", "ingest-html")


def _text_sources() -> list[str]:
    """The example plain-text articles (bad inputs left out)."""
    files = sorted(EXAMPLES.glob("text/*.txt")) + sorted(EXAMPLES.glob("seeds/*.txt"))
    return [p.read_text(encoding="utf-8") for p in files]


def _html_sources(pages: Path | None = None, n: int = 0) -> list[str]:
    """The example pages, or the first n real pages (.html or .html.gz) in a folder."""
    if pages is None:
        return [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("html/*.html"))]
    files = sorted(p for p in pages.iterdir() if p.name.endswith((".html", ".html.gz")))[:n]
    if not files:
        raise SystemExit(f"no .html or .html.gz files in {pages}")
    raw = [gzip.decompress(p.read_bytes()) if p.suffix == ".gz" else p.read_bytes() for p in files]
    return [b.decode("utf-8", errors="replace") for b in raw]


def _vary_text(text: str, i: int) -> str:
    return text.rstrip("\n") + f"\n\nThis is copy {i} of the report, made for the benchmark.\n"


def _vary_html(page: str, i: int) -> str:
    extra = f"<p>This is copy {i} of the report, made for the benchmark.</p>\n    </article>"
    page = page.replace("</article>", extra, 1)
    return re.sub(r'(rel="canonical" href="[^"]+)"', rf'\1?copy={i}"', page, count=1)


def build_corpus(root: Path, n: int, pages: Path | None = None) -> dict[str, Path]:
    """N text and N HTML files under root; reused when already there."""
    html_name = f"html-{n}" if pages is None else f"html-{pages.parent.name}-{pages.name}-{n}"
    out = {"text": root / f"text-{n}", "html": root / html_name}
    makers = {
        "text": (_text_sources, _vary_text, ".txt"),
        "html": (lambda: _html_sources(pages, n), _vary_html, ".html"),
    }
    for fmt, folder in out.items():
        if folder.is_dir() and len(list(folder.iterdir())) == n:
            continue
        folder.mkdir(parents=True, exist_ok=True)
        sources, vary, suffix = makers[fmt]
        texts = sources()
        for i in range(n):
            page = vary(texts[i % len(texts)], i)
            (folder / f"{i:06d}{suffix}").write_text(page, encoding="utf-8")
    return out


def _peak_rss_mb() -> float:
    """This process's peak resident set size in MiB (ru_maxrss is KiB on Linux)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _no_extraction(articles: list[Any], batch_size: int, state: dict[str, Any]) -> list[Any]:
    """Stand-in for the spaCy stages: an empty record per article."""
    from storyline.records import ArticleRecord

    return [ArticleRecord(article=a) for a in articles]


def run_mode(mode: str, folder: Path, db: Path) -> dict[str, Any]:
    """Run one mode in this process; return count, seconds and peak RSS."""
    from storyline import pipeline
    from storyline.store import Store

    started, cpu_started = time.perf_counter(), time.process_time()
    if mode.startswith("read"):
        count = sum(1 for d in pipeline.iter_drafts([str(folder)]) if hasattr(d, "text"))
    else:
        if mode.startswith("store"):
            pipeline._extract_batch = _no_extraction
        with Store(db) as store:
            count = pipeline.ingest([str(folder)], store).new
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    return {
        "mode": mode,
        "articles": count,
        "seconds": seconds,
        "cpu_seconds": cpu,
        "peak_rss_mb": _peak_rss_mb(),
    }


def _child(mode: str, folder: Path, workdir: Path) -> dict[str, Any]:
    """Run a mode in a fresh interpreter so each peak RSS is its own."""
    db = workdir / f"{mode}.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    cmd = [sys.executable, __file__, "--child", mode, "--folder", str(folder), "--db", str(db)]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    return dict(json.loads(out.strip().splitlines()[-1]))


def machine() -> str:
    """nproc, CPU model and RAM, for the record."""
    cpu = platform.processor() or "unknown CPU"
    try:
        info = Path("/proc/cpuinfo").read_text()
        cpu = next(
            line.split(":", 1)[1].strip() for line in info.splitlines() if "model name" in line
        )
        kib = int(
            next(
                x for x in Path("/proc/meminfo").read_text().splitlines() if "MemTotal" in x
            ).split()[1]
        )
        ram = f"{kib / 1024 / 1024:.1f} GiB RAM"
    except (OSError, StopIteration, ValueError):
        ram = "RAM unknown"
    return f"{os.cpu_count()} CPUs ({cpu}), {ram}, Python {platform.python_version()}"


def table(results: list[dict[str, Any]]) -> str:
    """A plain-text table; ratio = rate over the same format's reading-only rate."""
    base = {
        r["mode"].split("-")[1]: r["articles"] / r["seconds"]
        for r in results
        if r["mode"].startswith("read")
    }
    head = ("mode", "articles", "seconds", "art/s", "ratio", "CPU s", "art/CPU-s", "peak RSS MiB")
    lines = ["{:<12} {:>8} {:>8} {:>8} {:>6} {:>8} {:>9} {:>12}".format(*head)]
    for r in results:
        rate = r["articles"] / r["seconds"] if r["seconds"] else 0.0
        ref = base.get(r["mode"].split("-")[1])
        ratio = f"{rate / ref:.3f}" if ref else "-"
        cpu_rate = r["articles"] / r["cpu_seconds"] if r["cpu_seconds"] else 0.0
        row = (r["mode"], r["articles"], f"{r['seconds']:.2f}", f"{rate:.2f}", ratio) + (
            f"{r['cpu_seconds']:.2f}",
            f"{cpu_rate:.2f}",
            f"{r['peak_rss_mb']:.1f}",
        )
        lines.append("{:<12} {:>8} {:>8} {:>8} {:>6} {:>8} {:>9} {:>12}".format(*row))
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=100, help="articles per format (default 100)")
    parser.add_argument(
        "--corpus", type=Path, default=Path(tempfile.gettempdir()) / "storyline-bench"
    )
    parser.add_argument("--modes", default=",".join(MODES), help="comma-separated subset of modes")
    parser.add_argument(
        "--html-from",
        type=Path,
        help="take the HTML articles from real pages in this folder (e.g. WCXB dev html/)",
    )
    parser.add_argument("--json", action="store_true", help="print the results as JSON too")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--folder", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_mode(args.child, args.folder, args.db)))
        return
    folders = build_corpus(args.corpus, args.n, args.html_from)
    print(f"machine: {machine()}")
    where = args.html_from or EXAMPLES / "html"
    print(f"corpus: {args.n} text + {args.n} HTML files (pages from {where}) under {args.corpus}")
    results = []
    for mode in args.modes.split(","):
        results.append(_child(mode, folders[mode.split("-")[1]], args.corpus))
        print(
            f"  done {mode}: {results[-1]['articles']} articles in {results[-1]['seconds']:.1f}s",
            flush=True,
        )
    print(table(results))
    if args.json:
        print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
