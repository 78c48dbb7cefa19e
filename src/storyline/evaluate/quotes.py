"""Score quote extraction on PolNeAR-style brat data (``text/*.txt``, ``attributions/*.ann``).

Brat offsets index the ``.txt`` files exactly, so the raw text (not the reader's cleaned
text) goes through ``extract_texts`` and spans compare directly. A predicted quote matches a
gold attribution when their content spans overlap by at least half of the longer one
(discontinuous gold content counts from its first to its last character). Speaker and cue
are judged on matched pairs: right when the predicted span overlaps the gold one.
PolNeAR is univocal (a token belongs to at most one attribution), so nested reports inside
another quote's content (those with a ``parent_id``) are left out of the scored predictions.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from storyline.errors import Code, StorylineError
from storyline.evaluate.metrics import prf, safe_div, span_overlap
from storyline.quotes.lexicon import is_speech_cue_text
from storyline.records import Quote

Span = tuple[int, int]
MATCH = 0.5
BASELINES = ("quotemarks",)


@dataclass
class GoldQuote:
    """One gold attribution: content hull, cue spans, source spans (may be empty)."""

    content: Span
    cue: list[Span]
    source: list[Span]
    cue_text: str = ""

    @property
    def speech(self) -> bool:
        """Whether the gold cue is a speech verb (the 'speech' slice of the figures)."""
        return is_speech_cue_text(self.cue_text)


@dataclass
class PredQuote:
    """A predicted attribution reduced to what is scored."""

    content: Span
    cue: Span | None
    speaker: Span | None
    speech: bool = True
    nested: bool = False


@dataclass
class Doc:
    """One gold article: its raw text, gold attributions and alignment errors."""

    name: str
    text: str
    gold: list[GoldQuote] = field(default_factory=list)
    misaligned: int = 0


def find_split(gold: Path) -> Path:
    """The folder holding ``text/`` and ``attributions/`` (the dev split of a PolNeAR root)."""
    for cand in (gold, gold / "dev", gold / "data" / "dev"):
        if (cand / "text").is_dir() and (cand / "attributions").is_dir():
            return cand
    raise StorylineError(Code.BAD_GOLD, detail=f"no text/ and attributions/ folders under {gold}")


def load_gold(split: Path, limit: int | None = None) -> list[Doc]:
    """Articles with their attributions, one annotator's file per article, in name order."""
    anns: dict[str, Path] = {}
    for ann in sorted((split / "attributions").glob("*.ann")):
        anns.setdefault(ann.stem.rsplit("_", 1)[0], ann)
    docs = []
    for txt in sorted((split / "text").glob("*.txt")):
        if txt.stem in anns:
            text = txt.read_text(encoding="utf-8")
            docs.append(parse_ann(txt.stem, text, anns[txt.stem].read_text(encoding="utf-8")))
        if limit is not None and len(docs) >= limit:
            break
    return docs


def _ranges(spec: str) -> list[Span]:
    """Character ranges of a brat span spec ('0 6;17 23')."""
    return [(int(a), int(b)) for a, b in (r.split() for r in spec.split(";"))]


def parse_ann(name: str, text: str, ann: str) -> Doc:
    """A brat .ann file's attributions, checking each span against the text."""
    doc = Doc(name, text)
    spans: dict[str, tuple[str, list[Span], str]] = {}
    events: list[dict[str, str]] = []
    for line in ann.splitlines():
        cols = line.split("\t")
        if line.startswith("T") and len(cols) >= 3:
            kind, _, spec = cols[1].partition(" ")
            ranges = _ranges(spec)
            spans[cols[0]] = (kind, ranges, cols[2])
            doc.misaligned += _misaligned(text, ranges, cols[2])
        elif line.startswith("E") and len(cols) >= 2:
            events.append(dict(arg.split(":", 1) for arg in cols[1].split() if ":" in arg))
    for ev in events:
        if "Content" in ev and ev["Content"] in spans:
            doc.gold.append(_gold_quote(ev, spans))
    return doc


def _misaligned(text: str, ranges: list[Span], annotated: str) -> int:
    """1 when a brat span's text disagrees with the article text (a gold-data check), else 0."""
    got = " ".join(text[a:b] for a, b in ranges)
    return int(got.split() != annotated.split())


def _gold_quote(ev: dict[str, str], spans: dict[str, tuple[str, list[Span], str]]) -> GoldQuote:
    """One gold attribution from a brat event and its text-bound spans."""
    content = spans[ev["Content"]][1]
    cue = spans.get(ev.get("Cue", ""), ("", [], ""))
    source = spans.get(ev.get("Source", ""), ("", [], ""))
    return GoldQuote((content[0][0], content[-1][1]), cue[1], source[1], cue[2])


def match(preds: list[PredQuote], gold: list[GoldQuote]) -> list[tuple[PredQuote, GoldQuote]]:
    """One-to-one pairs whose content overlap is at least MATCH, best overlaps first."""
    cands = [
        (span_overlap(p.content, g.content), i, j)
        for i, p in enumerate(preds)
        for j, g in enumerate(gold)
    ]
    pairs, used_p, used_g = [], set(), set()
    for ov, i, j in sorted(cands, reverse=True):
        if ov >= MATCH and i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((preds[i], gold[j]))
    return pairs


def _touches(span: Span | None, golds: list[Span]) -> bool:
    """Whether a predicted span overlaps any of the gold spans."""
    return span is not None and any(span[0] < b and a < span[1] for a, b in golds)


@dataclass
class Tally:
    """Counts for one slice (all, speech, other)."""

    n_pred: int = 0
    n_gold: int = 0
    matched: int = 0
    exact: int = 0
    speaker_n: int = 0
    speaker_ok: int = 0
    cue_n: int = 0
    cue_ok: int = 0

    def add(self, preds: list[PredQuote], gold: list[GoldQuote]) -> None:
        """Count one article's predictions against its gold attributions."""
        self.n_pred += len(preds)
        self.n_gold += len(gold)
        pairs = match(preds, gold)
        self.matched += len(pairs)
        self.exact += len({p.content for p in preds} & {g.content for g in gold})
        for p, g in pairs:
            if g.source:
                self.speaker_n += 1
                self.speaker_ok += _touches(p.speaker, g.source)
            if g.cue:
                self.cue_n += 1
                self.cue_ok += _touches(p.cue, g.cue)

    def figures(self) -> dict[str, Any]:
        """The scores of this slice under the DESIGN.md names."""
        over = prf(self.matched, self.n_pred - self.matched, self.n_gold - self.matched)
        exact = prf(self.exact, self.n_pred - self.exact, self.n_gold - self.exact)
        return {
            "content_precision_overlap": over["precision"],
            "content_recall_overlap": over["recall"],
            "content_f1_overlap": over["f1"],
            "content_f1_exact": exact["f1"],
            "speaker_accuracy": safe_div(self.speaker_ok, self.speaker_n),
            "cue_accuracy": safe_div(self.cue_ok, self.cue_n),
            "n": self.n_gold,
            "n_predicted": self.n_pred,
        }


def to_pred(q: Quote) -> PredQuote:
    """The scored view of an extracted quote."""
    speaker = q.speaker.span if q.speaker is not None else None
    return PredQuote(q.span, q.cue.span if q.cue else None, speaker, q.speech,
                     q.parent_id is not None)


def predict(docs: list[Doc]) -> list[list[PredQuote]]:
    """Storyline's quotes for each gold article's raw text."""
    from storyline.nlp.extract import extract_texts

    results = extract_texts([d.text for d in docs])
    out: list[list[PredQuote]] = []
    for res in results:
        quotes = getattr(res, "quotes", [])
        out.append([p for p in map(to_pred, quotes) if not p.nested])
    return out


def predict_quotemarks(docs: list[Doc]) -> list[list[PredQuote]]:
    """Baseline: every quoted passage of four words or more, with no speaker or cue."""
    from storyline.quotes.marks import find_quotes, is_scare_quote

    return [
        [PredQuote((s, e), None, None) for s, e, _ in find_quotes(d.text)
         if not is_scare_quote(d.text, s, e)]
        for d in docs
    ]


def score(docs: list[Doc], preds: Iterable[list[PredQuote]]) -> dict[str, Any]:
    """Figures overall and for speech and other attributions."""
    slices = {"all": Tally(), "speech": Tally(), "other": Tally()}
    for doc, pred in zip(docs, preds, strict=True):
        slices["all"].add(pred, doc.gold)
        slices["speech"].add([p for p in pred if p.speech], [g for g in doc.gold if g.speech])
        slices["other"].add([p for p in pred if not p.speech],
                            [g for g in doc.gold if not g.speech])
    result = slices["all"].figures()
    result["speech"] = slices["speech"].figures()
    result["other"] = slices["other"].figures()
    return result


def evaluate(gold: Path, baseline: str | None = None, limit: int | None = None) -> dict[str, Any]:
    """Score Storyline's quotes (and optionally a baseline) against a brat gold folder."""
    if baseline is not None and baseline not in BASELINES:
        detail = f"unknown baseline {baseline!r}; known: {', '.join(BASELINES)}"
        raise StorylineError(Code.BAD_ARGUMENT, detail=detail)
    split = find_split(Path(gold))
    docs = load_gold(split, limit)
    if not docs:
        raise StorylineError(Code.BAD_GOLD, detail=f"no annotated articles in {split}")
    result = score(docs, predict(docs))
    result["articles"] = len(docs)
    result["misaligned_spans"] = sum(d.misaligned for d in docs)
    result["split"] = split.name
    if baseline == "quotemarks":
        result["baseline"] = {"name": baseline, **score(docs, predict_quotemarks(docs))}
    return result
