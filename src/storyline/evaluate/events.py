"""Score event extraction on PLOVER GSR JSON, PETRARCH XML and ConfliBERT gold files.

Matching, per gold sentence (one article = one sentence, run through the full pipeline; a
sentence with ``context`` runs as the article text before it plus the sentence, and only
events whose trigger lies in the sentence count):
- a system event *matches* a gold event when it comes from the same sentence and, if the gold
  marks trigger words (GSR ``EVT`` markup or ``eventText``), its trigger shares a content word
  with them (function words such as "the", "of", "on" never make a match); without marked
  triggers any event of the sentence matches.
- precision = matching system events / all system events (events in sentences without gold
  events count as false); recall = gold events with a match / gold events.
- type, root and country accuracies are over matched gold events, using the most confident
  matching system event; a country counts as right if it is one of the gold actors' countries.
  ``plover_accuracy_by_section`` repeats the type figure with the system's type taken by CAMEO
  section from root 14 on (`codebook.plover_by_section`), the convention the GSR was coded in;
  it differs only on codes 1712, 175, 191 and 192, which the 2021 crosswalk moved.
- a sentence whose extraction fails counts as one with no events; ``n_failed`` and
  ``failures`` (``quad_class_failed``, ``span_failed`` for ConfliBERT) say how many and why.
- ``main_only`` repeats these figures keeping only each sentence's main events (``Event.main``),
  for gold sets that code one event per sentence.
ConfliBERT: quad-class accuracy (the sentence's most confident main event; no event = class 0;
with GDELT's QuadClass of the CAMEO code and, as ``quad_class_accuracy_labels``, a second figure
in the convention ConfliBERT's labels appear to follow, inferred from labels 0-1099 and so
meaningful on 1100+ only: 01-02 neutral, 16 verbal conflict; `codebook.LABEL_QUAD`) and
source/target span P/R/F1 (a system span is right if it overlaps a gold span of the same role;
implied targets, which name no mention, are not spans and are left out).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from storyline.errors import Code, StorylineError
from storyline.evaluate import events_gold as g
from storyline.evaluate.metrics import prf, safe_div
from storyline.events import codebook
from storyline.records import Event, Failure

BATCH = 64


def evaluate(gold: Path, baseline: str | None = None, limit: int | None = None) -> dict[str, Any]:
    """Figures for every event gold file at ``gold`` (a file or a folder of them)."""
    if baseline:
        raise StorylineError(Code.BAD_ARGUMENT, detail="events has no baseline to compare with")
    files = _gold_files(Path(gold))
    sentences: list[g.GoldSentence] = []
    for path in files:
        if path.suffix == ".json":
            sentences += g.read_plover_json(path)
        elif path.suffix == ".xml":
            sentences += g.read_petrarch_xml(path)
    result: dict[str, Any] = score_sentences(sentences[:limit]) if sentences else {}
    for path in files:
        if path.name.startswith("cameo_class"):
            result.update(score_quad(g.read_quad_tsv(path)[:limit]))
        elif path.name.startswith("cameo_ner"):
            result.update(score_spans(g.read_bio(path)[:limit]))
    return result


def _gold_files(gold: Path) -> list[Path]:
    if not gold.exists():
        raise StorylineError(Code.BAD_GOLD, detail=f"{gold}: no such file or folder")
    candidates = sorted(gold.iterdir()) if gold.is_dir() else [gold]
    files = [p for p in candidates if p.suffix in (".json", ".xml")
             or p.name.startswith(("cameo_class", "cameo_ner"))]
    if not files:
        raise StorylineError(Code.BAD_GOLD, detail=f"{gold}: no PLOVER JSON, PETRARCH XML "
                             "or ConfliBERT file found")
    return files


def run_sentences(texts: list[str], failures: list[str] | None = None) -> list[list[Event]]:
    """Events of each text, one text per article, through the whole pipeline; the messages of
    failed texts (no events) and of sentences left uncoded go to ``failures``."""
    from storyline.nlp.extract import extract_texts

    out: list[list[Event]] = []
    for i in range(0, len(texts), BATCH):
        for rec in extract_texts(texts[i : i + BATCH]):
            if failures is not None:
                failures += [rec.message] if isinstance(rec, Failure) else [
                    c.message for c in rec.checks if c.severity == "error"]
            out.append(list(getattr(rec, "events", [])))
    return out


def _matches(event: Event, gold: g.GoldEvent) -> bool:
    """Whether a system event matches a gold event: any, where the gold marks no trigger;
    else a shared content word (a gold trigger of function words only is matched as it is)."""
    if not gold.triggers:
        return True
    said = g.words(event.trigger or "")
    marked = gold.triggers - g.FUNCTION_WORDS
    return bool(said & (marked or gold.triggers))


def score_sentences(sentences: list[g.GoldSentence]) -> dict[str, Any]:
    """Detection P/R/F1, type/root/country accuracy and per-type figures; the same figures
    over each sentence's main events only (``main_only``), as a one-event gold codes them."""
    failures: list[str] = []
    predicted = run_sentences([s.context + s.text for s in sentences], failures)
    predicted = [_told_after(events, len(s.context)) if s.context else events
                 for s, events in zip(sentences, predicted, strict=True)]
    result = _score(sentences, predicted)
    result["n_in_context"] = sum(1 for s in sentences if s.context)
    result["n_failed"], result["failures"] = len(failures), failures
    main_only = _score(sentences, [[e for e in events if e.main] for events in predicted])
    result["main_only"] = {k: v for k, v in main_only.items() if k != "per_type"}
    return result


def _told_after(events: list[Event], start: int) -> list[Event]:
    """The events told in the scored sentence, which starts at ``start`` in its article."""
    return [e for e in events if (e.trigger_span or e.span)[0] >= start]


def _score(sentences: list[g.GoldSentence], predicted: list[list[Event]]) -> dict[str, Any]:
    tally: Counter[str] = Counter()
    pairs: list[tuple[str | None, str | None]] = []  # (gold type, predicted type)
    for sent, events in zip(sentences, predicted, strict=True):
        tally["system"] += len(events)
        tally["correct"] += sum(any(_matches(e, ge) for ge in sent.events) for e in events)
        for gold_event in sent.events:
            best = _best(events, gold_event)
            pairs.append((gold_event.plover, best.plover if best else None))
            _tally_match(tally, gold_event, best)
        pairs += [(None, e.plover) for e in events if not sent.events]
    return _figures(tally, pairs, len(sentences))


def _best(events: list[Event], gold: g.GoldEvent) -> Event | None:
    matching = [e for e in events if _matches(e, gold)]
    return max(matching, key=lambda e: e.confidence) if matching else None


def _tally_match(tally: Counter[str], gold: g.GoldEvent, best: Event | None) -> None:
    tally["gold"] += 1
    if best is None:
        return
    tally["matched"] += 1
    tally["type_ok"] += best.plover == gold.plover
    tally["section_type_ok"] += codebook.plover_by_section(best.code, best.plover) == gold.plover
    if gold.cameo:
        tally["root_n"] += 1
        tally["root_ok"] += best.root_code == gold.cameo[:2]
    for role, countries in (("source", gold.sources), ("target", gold.targets)):
        if countries:
            actor = getattr(best, role)
            tally[f"{role}_n"] += 1
            tally[f"{role}_ok"] += actor is not None and actor.country in countries


def _figures(tally: Counter[str], pairs: list[tuple[str | None, str | None]], n: int
             ) -> dict[str, Any]:
    detection = prf(tally["correct"], tally["system"] - tally["correct"],
                    tally["gold"] - tally["matched"])
    detection["recall"] = safe_div(tally["matched"], tally["gold"])
    p, r = detection["precision"], detection["recall"]
    return {
        "event_precision": p,
        "event_recall": r,
        "event_f1": safe_div(2 * p * r, p + r),
        "plover_accuracy": safe_div(tally["type_ok"], tally["matched"]),
        "plover_accuracy_by_section": safe_div(tally["section_type_ok"], tally["matched"]),
        "cameo_root_accuracy": safe_div(tally["root_ok"], tally["root_n"])
        if tally["root_n"] else None,
        "source_country_accuracy": safe_div(tally["source_ok"], tally["source_n"]),
        "target_country_accuracy": safe_div(tally["target_ok"], tally["target_n"]),
        "n": n,
        "n_gold_events": tally["gold"],
        "n_system_events": tally["system"],
        "n_matched": tally["matched"],
        "n_source_scored": tally["source_n"],
        "n_target_scored": tally["target_n"],
        "per_type": per_type(pairs),
    }


def per_type(pairs: list[tuple[str | None, str | None]]) -> dict[str, dict[str, float]]:
    """P/R/F1 per PLOVER type from (gold, predicted) pairs; None = no event."""
    types = sorted({t for pair in pairs for t in pair if t})
    table: dict[str, dict[str, float]] = {}
    for t in types:
        tp = sum(1 for gd, pr in pairs if gd == t and pr == t)
        fp = sum(1 for gd, pr in pairs if pr == t and gd != t)
        fn = sum(1 for gd, pr in pairs if gd == t and pr != t)
        table[t] = {**prf(tp, fp, fn), "support": tp + fn}
    return table


def score_quad(rows: list[tuple[str, int]]) -> dict[str, Any]:
    """Quad-class accuracy: the QuadClass of the most confident main event (the sentence's
    head act, as one label per sentence codes it), 0 when there is none."""
    failures: list[str] = []
    predicted = run_sentences([text for text, _ in rows], failures)
    right = labels = 0
    for (_, label), events in zip(rows, predicted, strict=True):
        main = [e for e in events if e.main]
        best = max(main, key=lambda e: e.confidence) if main else None
        right += (best.quad_class if best else 0) == label
        labels += (codebook.label_quad(best.code) if best else 0) == label
    return {"quad_class_accuracy": safe_div(right, len(rows)),
            "quad_class_accuracy_labels": safe_div(labels, len(rows)), "quad_class_n": len(rows),
            "quad_class_failed": len(failures)}


def score_spans(sentences: list[g.SpanSentence]) -> dict[str, Any]:
    """Source and target span P/R/F1 (overlap match) on BIO-tagged sentences, over all events
    and (``main_only_spans``) over each sentence's main events, as its one tagged event."""
    failures: list[str] = []
    predicted = run_sentences([s.text for s in sentences], failures)
    out = _span_figures(sentences, predicted)
    out["span_failed"] = len(failures)
    main = _span_figures(sentences, [[e for e in events if e.main] for events in predicted])
    out["main_only_spans"] = {k: v for k, v in main.items() if k != "span_n"}
    return out


def _span_figures(sentences: list[g.SpanSentence], predicted: list[list[Event]]
                  ) -> dict[str, Any]:
    counts: Counter[str] = Counter()
    for sent, events in zip(sentences, predicted, strict=True):
        for role, gold_spans in (("source", sent.sources), ("target", sent.targets)):
            spans = {a.span for e in events
                     if (a := getattr(e, role)) and a.span and not a.implied}
            counts[f"{role}_tp"] += sum(any(_overlap(s, gs) for gs in gold_spans) for s in spans)
            counts[f"{role}_sys"] += len(spans)
            counts[f"{role}_found"] += sum(any(_overlap(s, gs) for s in spans) for gs in gold_spans)
            counts[f"{role}_gold"] += len(gold_spans)
    out: dict[str, Any] = {"span_n": len(sentences)}
    for role in ("source", "target"):
        p = safe_div(counts[f"{role}_tp"], counts[f"{role}_sys"])
        r = safe_div(counts[f"{role}_found"], counts[f"{role}_gold"])
        out[f"{role}_span_precision"], out[f"{role}_span_recall"] = p, r
        out[f"{role}_span_f1"] = safe_div(2 * p * r, p + r)
    return out


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return min(a[1], b[1]) > max(a[0], b[0])
