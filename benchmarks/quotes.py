"""Quote extraction throughput against bare ``nlp.pipe`` on the same texts, in one run.

    python benchmarks/quotes.py [--n N] [--repeat R]

Texts: PolNeAR train articles from ../shared (real news, quote-dense), else the articles in
examples/. Three timings over the same texts, in alternating rounds so machine load hits all
alike (best round of each counts):
  bare    spaCy alone (``nlp.pipe``);
  quotes  ``extract_records`` with only ``storyline.quotes.v1`` (parse + quote stage);
  stage   the quote stage alone over already-parsed docs.
Reports articles/s and quotes/s for each, and the quote stage's share on top of spaCy.
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
POLNEAR = REPO.parent / "shared" / "eval" / "quotes" / "polnear" / "data" / "train" / "text"


def load_texts(n: int) -> tuple[list[str], str]:
    """Up to n article texts and where they came from."""
    files = sorted(POLNEAR.glob("*.txt")) if POLNEAR.is_dir() else []
    source = "polnear/train"
    if not files:
        files, source = sorted((REPO / "examples").glob("**/*.txt")), "examples"
    texts = [p.read_text("utf-8", errors="replace")[:20_000] for p in files]
    return (texts * (n // max(len(texts), 1) + 1))[:n], source


def time_bare(nlp: Any, texts: list[str]) -> float:
    """Seconds for spaCy alone."""
    start = time.perf_counter()
    with nlp.memory_zone():
        for _ in nlp.pipe(texts, batch_size=32):
            pass
    return time.perf_counter() - start


def time_quotes(nlp: Any, texts: list[str]) -> tuple[float, int]:
    """Seconds and quote count for parse + quote stage via ``extract_records``."""
    from storyline.nlp.extract import build_pipeline, extract_records
    from storyline.records import Article, article_id_for

    articles = [Article(id=article_id_for(t) or str(i), text=t) for i, t in enumerate(texts)]
    pipeline = build_pipeline(("storyline.quotes.v1",))
    start = time.perf_counter()
    records = extract_records(articles, nlp=nlp, pipeline=pipeline)
    seconds = time.perf_counter() - start
    return seconds, sum(len(getattr(r, "quotes", [])) for r in records)


def time_stage(nlp: Any, texts: list[str]) -> float:
    """Seconds for the quote stage alone over docs parsed beforehand."""
    from storyline.nlp.extract import ExtractContext, Segment
    from storyline.quotes.extract import extract_quotes
    from storyline.records import Article, ArticleRecord

    docs = list(nlp.pipe(texts, batch_size=32))
    contexts = []
    for i, (text, doc) in enumerate(zip(texts, docs, strict=True)):
        article = Article(id=str(i), text=text)
        contexts.append(ExtractContext(article, [Segment(doc, 0)], ArticleRecord(article)))
    start = time.perf_counter()
    for ctx in contexts:
        extract_quotes(ctx)
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100, help="articles per round")
    parser.add_argument("--repeat", type=int, default=2, help="rounds per mode")
    args = parser.parse_args(argv)
    from storyline.nlp.model import load_nlp

    nlp = load_nlp()
    texts, source = load_texts(args.n)
    list(nlp.pipe(texts[:5]))  # warm up
    bare, full, stage, quotes = [], [], [], 0
    for _ in range(args.repeat):
        bare.append(time_bare(nlp, texts))
        seconds, quotes = time_quotes(nlp, texts)
        full.append(seconds)
        stage.append(time_stage(nlp, texts))
    b, f, s = min(bare), min(full), min(stage)
    result = {
        "source": source, "articles": len(texts), "chars": sum(map(len, texts)),
        "quotes": quotes, "repeat": args.repeat, "python": platform.python_version(),
        "bare_articles_per_s": len(texts) / b,
        "quotes_articles_per_s": len(texts) / f, "quotes_per_s": quotes / f,
        "stage_only_articles_per_s": len(texts) / s, "stage_only_quotes_per_s": quotes / s,
        "stage_overhead_vs_bare": s / b,
    }
    json.dump(result, sys.stdout, indent=2)
    print()
    return result


if __name__ == "__main__":
    main()
