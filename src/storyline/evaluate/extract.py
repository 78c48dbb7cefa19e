"""Score HTML main-text and metadata extraction against a gold set in one of three layouts.

Layouts read (detected from what is on disk):

* WCXB: ``html/*.html(.gz)`` + ``ground-truth/*.json`` (``ground_truth.main_content``, ``title``,
  ``author``, ``publish_date``);
* Scrapinghub article-extraction-benchmark: ``html/*.html(.gz)`` + ``ground-truth.json`` mapping
  id -> ``{articleBody, url}`` (optionally ``headline``, ``author``, ``datePublished``);
* htmldate's evaluation layout: a JSON file mapping url -> ``{file, date}`` beside a folder of
  HTML files (``--gold`` names the JSON file, or a folder holding exactly one such file).

Main text is scored with word-level precision/recall/F1 (lower-cased ``\\w+`` tokens, counted as
multisets, averaged per page as in the WCXB paper). Title and author match when their lower-cased
word tokens are equal (author order, "by" and "and" ignored); dates match on the calendar day.
Each accuracy is taken only over items whose gold has that field.
"""

from __future__ import annotations

import gzip
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from storyline.errors import Code, StorylineError
from storyline.evaluate.metrics import safe_div

BASELINES = ("trafilatura",)
_WORD = re.compile(r"\w+")
_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_AUTHOR_NOISE = frozenset({"by", "and"})


@dataclass
class GoldItem:
    """One gold page: where its HTML is and the fields its gold gives (None = not given)."""

    id: str
    html_path: Path
    url: str | None = None
    text: str | None = None
    title: str | None = None
    author: str | None = None
    date: str | None = None


@dataclass
class Prediction:
    """What one extractor found on a page."""

    text: str = ""
    title: str | None = None
    author: str | None = None
    date: str | None = None


Extractor = Callable[[str, str | None], Prediction]


# --- reading gold -----------------------------------------------------------------------------


def _bad(detail: str) -> StorylineError:
    return StorylineError(Code.BAD_GOLD, detail=detail)


def _load_json(path: Path) -> Any:
    """A JSON file, or BAD_GOLD naming the file when it is not JSON."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise _bad(f"{path}: {exc}") from exc


def _html_file(folder: Path, stem: str) -> Path:
    """The HTML file for an id in a folder, plain or gzipped."""
    for name in (f"{stem}.html.gz", f"{stem}.html", f"{stem}.htm", stem):
        if (folder / name).is_file():
            return folder / name
    raise _bad(f"no HTML file for {stem!r} in {folder}")


def _text_or_none(value: Any) -> str | None:
    """A gold field as a non-empty string, or None; lists (several authors) are joined."""
    if isinstance(value, list):
        value = "; ".join(str(v) for v in value if v)
    if value is None or not str(value).strip():
        return None
    return str(value)


def _read_wcxb(gold: Path) -> Iterator[GoldItem]:
    """WCXB: one ground-truth JSON per page, HTML named after the same id."""
    html_dir = gold / "html"
    for path in sorted((gold / "ground-truth").glob("*.json")):
        data = _load_json(path)
        truth = data.get("ground_truth") if isinstance(data, dict) else None
        if not isinstance(truth, dict):
            raise _bad(f"{path}: no 'ground_truth' object")
        yield GoldItem(
            id=path.stem,
            html_path=_html_file(html_dir, path.stem),
            url=data.get("url"),
            text=truth.get("main_content") if isinstance(truth.get("main_content"), str) else None,
            title=_text_or_none(truth.get("title")),
            author=_text_or_none(truth.get("author")),
            date=_text_or_none(truth.get("publish_date")),
        )


def _read_scrapinghub(gold: Path) -> Iterator[GoldItem]:
    """Scrapinghub benchmark: one ground-truth.json mapping id -> {articleBody, url, ...}."""
    data = _load_json(gold / "ground-truth.json")
    if not isinstance(data, dict):
        raise _bad(f"{gold / 'ground-truth.json'}: expected an object mapping id -> entry")
    for key in sorted(data):
        entry = data[key]
        if not isinstance(entry, dict) or not isinstance(entry.get("articleBody"), str):
            raise _bad(f"ground-truth.json entry {key!r} has no 'articleBody' string")
        yield GoldItem(
            id=key,
            html_path=_html_file(gold / "html", key),
            url=entry.get("url"),
            text=entry["articleBody"],
            title=_text_or_none(entry.get("headline") or entry.get("title")),
            author=_text_or_none(entry.get("author")),
            date=_text_or_none(entry.get("datePublished")),
        )


def _htmldate_file(base: Path, name: str) -> Path:
    """An htmldate-layout HTML file: beside the JSON or in a sibling folder."""
    candidates = [base / name] + [d / name for d in sorted(base.iterdir()) if d.is_dir()]
    for path in candidates:
        if path.is_file():
            return path
        if path.with_name(path.name + ".gz").is_file():
            return path.with_name(path.name + ".gz")
    raise _bad(f"HTML file {name!r} not found beside {base}")


def _read_htmldate(path: Path) -> Iterator[GoldItem]:
    """htmldate's layout: {url: {file, date}} in one JSON file, HTML files in a folder beside."""
    data = _load_json(path)
    if not isinstance(data, dict):
        raise _bad(f"{path}: expected an object mapping url -> {{file, date}}")
    for url in sorted(data):
        entry = data[url]
        if not isinstance(entry, dict) or not entry.get("file"):
            raise _bad(f"{path}: entry {url!r} has no 'file'")
        yield GoldItem(
            id=str(entry["file"]),
            html_path=_htmldate_file(path.parent, str(entry["file"])),
            url=url,
            date=_text_or_none(entry.get("date")),
        )


def detect_layout(gold: Path) -> tuple[str, Path]:
    """Which of the three layouts ``gold`` is in, and the path its reader takes."""
    if not gold.exists():
        raise _bad(f"{gold} does not exist")
    if gold.is_file():
        return "htmldate", gold
    if (gold / "ground-truth").is_dir() and (gold / "html").is_dir():
        return "wcxb", gold
    if (gold / "ground-truth.json").is_file() and (gold / "html").is_dir():
        return "scrapinghub", gold
    jsons = sorted(gold.glob("*.json"))
    if len(jsons) == 1:
        return "htmldate", jsons[0]
    raise _bad(
        f"{gold}: not a known layout (WCXB html/ + ground-truth/, Scrapinghub html/ + "
        "ground-truth.json, or htmldate url -> {file, date} JSON beside HTML files)"
    )


def read_gold(gold: Path, limit: int | None = None) -> list[GoldItem]:
    """The gold items at ``gold`` (at most ``limit``); BAD_GOLD when there are none."""
    layout, path = detect_layout(gold)
    reader = {"wcxb": _read_wcxb, "scrapinghub": _read_scrapinghub, "htmldate": _read_htmldate}
    items: list[GoldItem] = []
    for item in reader[layout](path):
        if limit is not None and len(items) >= limit:
            break
        items.append(item)
    if not items:
        raise _bad(f"{gold}: no gold items found ({layout} layout)")
    return items


def read_html_file(path: Path) -> str:
    """The HTML of a gold page, gunzipped when needed, decoded leniently."""
    data = path.read_bytes()
    if data[:2] == b"\x1f\x8b":
        data = gzip.decompress(data)
    from storyline.ingest.decode import decode_bytes

    return decode_bytes(data, None)[0]


# --- extractors -------------------------------------------------------------------------------


def storyline_extract(html: str, url: str | None) -> Prediction:
    """What Storyline's HTML reader finds on a page."""
    from storyline.ingest.html import extract_html

    found = extract_html(html, url)
    return Prediction(found["text"], found["title"], found["author"], found["published"])


def trafilatura_extract(html: str, url: str | None) -> Prediction:
    """Bare trafilatura, default options: text plus comments (as extract() gives), metadata."""
    import trafilatura

    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True)
    if doc is None:
        return Prediction()
    meta = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    text = "\n".join(t for t in (meta.get("text"), meta.get("comments")) if t)
    return Prediction(text, meta.get("title"), meta.get("author"), meta.get("date"))


# --- scoring ----------------------------------------------------------------------------------


def _words(text: str) -> Counter[str]:
    return Counter(_WORD.findall(unicodedata.normalize("NFKC", text).lower()))


def word_prf(predicted: str, reference: str) -> tuple[float, float, float]:
    """Word-level precision, recall and F1 of a text against the gold text (multiset overlap)."""
    pred, ref = _words(predicted), _words(reference)
    if not ref:
        return (1.0, 1.0, 1.0) if not pred else (0.0, 1.0, 0.0)
    overlap = sum((pred & ref).values())
    p, r = safe_div(overlap, sum(pred.values())), safe_div(overlap, sum(ref.values()))
    return p, r, safe_div(2 * p * r, p + r)


def norm_words(value: str | None) -> list[str]:
    """Lower-cased word tokens of a title or author, Unicode-normalised."""
    return _WORD.findall(unicodedata.normalize("NFKC", value or "").lower())


def title_match(predicted: str | None, gold: str) -> bool:
    """Titles match when their word tokens are equal (case, punctuation, spacing ignored)."""
    return norm_words(predicted) == norm_words(gold)


def author_match(predicted: str | None, gold: str) -> bool:
    """Authors match on their word multisets, ignoring order, 'by' and 'and'."""
    pred = sorted(w for w in norm_words(predicted) if w not in _AUTHOR_NOISE)
    return bool(pred) and pred == sorted(w for w in norm_words(gold) if w not in _AUTHOR_NOISE)


def norm_date(value: str | None) -> str | None:
    """A date string as YYYY-MM-DD (first date found in it), or None."""
    found = _DATE.search(value or "")
    if not found:
        return None
    year, month, day = found.groups()
    return f"{year}-{int(month):02d}-{int(day):02d}"


def date_match(predicted: str | None, gold: str) -> bool:
    """Dates match on the calendar day."""
    return norm_date(predicted) is not None and norm_date(predicted) == norm_date(gold)


@dataclass
class Tally:
    """Running sums for one extractor over a gold set."""

    n: int = 0
    body: int = 0
    p: float = 0.0
    r: float = 0.0
    f: float = 0.0
    hits: Counter[str] | None = None
    totals: Counter[str] | None = None

    def add(self, item: GoldItem, pred: Prediction) -> None:
        """Score one page."""
        self.hits, self.totals = self.hits or Counter(), self.totals or Counter()
        self.n += 1
        if item.text is not None:
            p, r, f = word_prf(pred.text, item.text)
            self.body, self.p, self.r, self.f = self.body + 1, self.p + p, self.r + r, self.f + f
        checks = (
            ("title", title_match, pred.title, item.title),
            ("author", author_match, pred.author, item.author),
            ("date", date_match, pred.date, item.date),
        )
        for name, match, got, want in checks:
            if want is not None:
                self.totals[name] += 1
                self.hits[name] += int(match(got, want))

    def figures(self) -> dict[str, Any]:
        """The figures, named as in DESIGN.md; accuracies are None when no gold has the field."""
        hits, totals = self.hits or Counter(), self.totals or Counter()
        out: dict[str, Any] = {
            "body_precision": safe_div(self.p, self.body) if self.body else None,
            "body_recall": safe_div(self.r, self.body) if self.body else None,
            "body_f1": safe_div(self.f, self.body) if self.body else None,
        }
        for name in ("title", "author", "date"):
            out[f"{name}_accuracy"] = safe_div(hits[name], totals[name]) if totals[name] else None
            out[f"{name}_n"] = totals[name]
        out["body_n"], out["n"] = self.body, self.n
        return out


def _safe(extractor: Extractor, html: str, url: str | None) -> Prediction:
    """Run an extractor; a crash on one page scores as an empty prediction, not a dead run."""
    try:
        return extractor(html, url)
    except Exception:  # noqa: BLE001 - a bad page must not stop the evaluation
        return Prediction()


def score(items: list[GoldItem], extractors: dict[str, Extractor]) -> dict[str, Tally]:
    """Tallies for each named extractor over the same gold items, each page read once."""
    tallies = {name: Tally() for name in extractors}
    for item in items:
        html = read_html_file(item.html_path)
        for name, extractor in extractors.items():
            tallies[name].add(item, _safe(extractor, html, item.url))
    return tallies


def evaluate(gold: Path, baseline: str | None = None, limit: int | None = None) -> dict[str, Any]:
    """Storyline's extraction figures on a gold set, with a baseline's under ``baseline``."""
    if baseline is not None and baseline not in BASELINES:
        raise StorylineError(
            Code.BAD_ARGUMENT, detail=f"unknown baseline {baseline!r}; known: trafilatura"
        )
    layout, _ = detect_layout(Path(gold))
    items = read_gold(Path(gold), limit)
    extractors: dict[str, Extractor] = {"storyline": storyline_extract}
    if baseline:
        extractors[baseline] = trafilatura_extract
    tallies = score(items, extractors)
    result = tallies["storyline"].figures()
    result["layout"] = layout
    if baseline:
        result["baseline"] = {"name": baseline, **tallies[baseline].figures()}
    return result
