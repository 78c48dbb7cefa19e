"""Extraction overhead: annotate + extract + store against bare ``nlp.pipe`` on the same texts.

    python benchmarks/extract.py [--n N] [--repeat R]

Texts: the gold main texts of the WCXB dev pages in ../shared (real web articles), else the
articles in examples/. Both modes run in this one process on the same texts, in alternating
rounds (bare, full, bare, full ...) so machine load hits both alike; the best round of each
counts. ``full`` is what ``storyline ingest`` does after reading: segment, ``nlp.pipe`` inside
``memory_zone``, every registered extractor, and one SQLite transaction per article.
The issue's budget: the extraction layer may cost at most 25% on top of spaCy itself.
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
WCXB = REPO.parent / "shared" / "eval" / "extract" / "wcxb" / "dev" / "ground-truth"


def load_texts(n: int) -> list[str]:
    """Up to n article texts (WCXB gold main text, else examples/), longest cut at 20k chars."""
    texts: list[str] = []
    for path in sorted(WCXB.glob("*.json")) if WCXB.exists() else []:
        gt = json.loads(path.read_text("utf-8")).get("ground_truth") or {}
        body = gt.get("main_content") or gt.get("text") or ""
        if isinstance(body, str) and len(body) > 500:
            texts.append(body[:20_000])
    if not texts:
        files = sorted((REPO / "examples").glob("**/*.txt"))
        texts = [p.read_text("utf-8", errors="replace") for p in files]
    return (texts * (n // max(len(texts), 1) + 1))[:n]


def bare(texts: list[str]) -> float:
    """Seconds for spaCy alone over the same segments the pipeline annotates."""
    from storyline.nlp.model import MAX_SEGMENT_CHARS, load_nlp
    from storyline.nlp.segment import segment_text

    nlp = load_nlp()
    pieces = [txt for t in texts for _, txt in segment_text(t, MAX_SEGMENT_CHARS)]
    start = time.perf_counter()
    with nlp.memory_zone():
        for _ in nlp.pipe(pieces, batch_size=32):
            pass
    return time.perf_counter() - start


STAGE_SECONDS: dict[str, float] = {}


def _timed_pipeline() -> list[Any]:
    """The default extractors, each wrapped to add its run time to STAGE_SECONDS."""
    from storyline.nlp.extract import Extractor, build_pipeline

    def wrap(ex: Extractor) -> Extractor:
        def run(ctx: Any) -> None:
            t0 = time.perf_counter()
            try:
                ex.func(ctx)
            finally:
                STAGE_SECONDS[ex.name] = STAGE_SECONDS.get(ex.name, 0.0) + time.perf_counter() - t0

        return Extractor(ex.name, run, ex.requires, ex.assigns)

    return [wrap(ex) for ex in build_pipeline()]


def full(texts: list[str], db: Path) -> float:
    """Seconds for annotate + every extractor + store (a fresh database each round)."""
    from storyline.nlp.extract import extract_records
    from storyline.records import Article, ArticleRecord, article_id_for
    from storyline.store import Store

    articles = [Article(id=article_id_for(t), text=t) for t in texts]
    db.unlink(missing_ok=True)
    pipeline = _timed_pipeline()
    start = time.perf_counter()
    with Store(db) as store:
        for result in extract_records(articles, pipeline=pipeline, state={"db_path": str(db)}):
            if isinstance(result, ArticleRecord):
                store.save_record(result)
    return time.perf_counter() - start


def peak_rss_mib() -> float:
    """This process's peak resident memory in MiB."""
    kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return kib / (1024 * 1024) if sys.platform == "darwin" else kib / 1024


def main() -> None:
    """Run both modes in alternating rounds and print rates, overhead and memory."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100, help="articles per round")
    parser.add_argument("--repeat", type=int, default=2, help="rounds of each mode")
    args = parser.parse_args()
    texts = load_texts(args.n)
    from storyline.nlp.model import load_nlp

    load_nlp()(texts[0][:2000])  # load and warm the model outside the timings
    bare_s, full_s = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(args.repeat):
            bare_s.append(bare(texts))
            full_s.append(full(texts, Path(tmp) / "bench.db"))
    b, f = min(bare_s), min(full_s)
    chars = sum(len(t) for t in texts)
    print(f"machine: {platform.platform()}, {platform.processor() or platform.machine()}, "
          f"python {platform.python_version()}")
    print(f"texts: {len(texts)} articles, {chars / len(texts):.0f} chars on average")
    print(f"bare nlp.pipe          : {len(texts) / b:7.2f} articles/s  ({b:.1f} s)")
    print(f"annotate+extract+store : {len(texts) / f:7.2f} articles/s  ({f:.1f} s)")
    print(f"extraction overhead    : {100 * (f / b - 1):+.1f}% on top of spaCy (budget +25%)")
    print(f"peak RSS               : {peak_rss_mib():.0f} MiB")
    print(f"rounds (s) bare={[round(x, 1) for x in bare_s]} full={[round(x, 1) for x in full_s]}")
    stages = ", ".join(f"{k} {v / args.repeat:.2f}" for k, v in STAGE_SECONDS.items())
    print(f"extractor seconds per round: {stages}")


if __name__ == "__main__":
    main()
