"""The time stage: find and normalise temporal expressions, infer undated articles' dates
(``storyline.timex.v1``, first), then date events and quotes and write checks
(``storyline.timex.attach.v1``, last)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from storyline.nlp.extract import ExtractContext, Extractor, Segment
from storyline.records import Article, TimeRef, stable_id
from storyline.registry import extractors
from storyline.timex import calendar as cal
from storyline.timex import grammar, infer, syntax
from storyline.timex.attach import attach_dates
from storyline.timex.normalize import SEASON_MONTHS, resolve

if TYPE_CHECKING:
    from spacy.tokens import Doc

TenseFn = Callable[[int, int], "str | None"]


def today() -> dt.date:
    return dt.date.today()


def reference_date(article: Article) -> dt.date:
    """'Now' for the article: when it was ingested, else today."""
    return cal.parse_iso(article.ingested_at) or today()


def tense_from_segments(segments: list[Segment]) -> TenseFn:
    """A tense lookup over article offsets, using the segments' dependency parses (segment
    lengths are measured once: ``doc.text`` rebuilds the whole text on every access)."""
    index = syntax.SegmentIndex(segments)

    def tense(start: int, end: int) -> str | None:
        seg = index.find(start, end)
        if seg is None:
            return None
        return syntax.tense_at(seg.doc, start - seg.offset, end - seg.offset)
    return tense


def tense_from_doc(doc: Doc) -> TenseFn:
    """A tense lookup over one parsed text (offsets into ``doc.text``)."""
    return lambda start, end: syntax.tense_at(doc, start, end)


_SINCE = re.compile(r"\bsince\s+$", re.IGNORECASE)
_UNTIL = re.compile(r"\b(?:until|till|by)\s+$", re.IGNORECASE)


def find_with_tense(text: str, tense: TenseFn | None) -> list[infer.Evidence]:
    """Every expression in ``text`` with the tense of the clause it sits in; after 'since'
    the time is past whatever the verb's tense ('will stay since August' is odd, 'has been
    closed since March' is the latest March)."""
    out: list[infer.Evidence] = []
    for p in grammar.find(text):
        before = text[max(0, p.span[0] - 8):p.span[0]]
        if _SINCE.search(before):
            clause: str | None = "past"
        else:
            clause = tense(*p.span) if tense else None
            if clause is None and _UNTIL.search(before):
                clause = "future"  # 'officials have until Friday': a present deadline is ahead
        out.append((p, clause))
    return out


def normalise(found: list[infer.Evidence], article_id: str,
              anchor: dt.date | None) -> list[TimeRef]:
    """TimeRefs for the expressions, anchored on ``anchor``; 'the next day' follows the text."""
    refs: list[TimeRef] = []
    last_day: dt.date | None = None
    last_coarse: dt.date | None = None  # the last year or month told, after any day
    for p, tense in found:
        r = resolve(p, anchor, tense, _narrative_base(p, last_day, last_coarse))
        if r.day is not None and r.precision == "day" and p.kind != "dayword":
            last_day, last_coarse = r.day, None
        elif p.kind in _TOLD_PERIODS and r.value and r.value[:1].isdigit():
            last_coarse = period_start(r.value) or last_coarse
        refs.append(TimeRef(
            id=stable_id(article_id, p.span, r.value), article_id=article_id, span=p.span,
            text=p.text, type=r.type, value=r.value, precision=r.precision,
            anchor=anchor.isoformat() if anchor else None, direction=r.direction,
            conflict=r.conflict, end=r.end, mod=r.mod, tense=tense))
    return refs


_COARSE_UNITS = ("M", "Q", "Y", "DE", "CE")
_TOLD_PERIODS = ("date", "quarter", "half", "season", "offset", "same")
_PERIOD = re.compile(r"^(\d{4})(?:-(?:(\d{2})|Q([1-4])|H([12])|(SP|SU|FA|WI)))?$")


def period_start(value: str) -> dt.date | None:
    """The first day of a year, month, quarter, half or season value ('2023-Q3' ->
    2023-07-01); None for days, weeks and anything else."""
    m = _PERIOD.match(value)
    if m is None:
        return None
    year, month, quarter, half, season = m.groups()
    if month:
        first = int(month)
    elif quarter:
        first = 3 * int(quarter) - 2
    elif half:
        first = 6 * int(half) - 5
    else:
        first = SEASON_MONTHS[season][0] if season else 1
    return cal.safe_date(int(year), first, 1)


def _narrative_base(p: grammar.Parsed, last_day: dt.date | None,
                    last_coarse: dt.date | None) -> dt.date | None:
    """What 'later'/'the next day' count from: the last day told; for 'two years later'
    after 'in 2015' (no day since), that year."""
    if last_coarse is not None and (p.kind == "same" or (
            p.kind == "offset" and p.unit in _COARSE_UNITS)):
        return last_coarse
    return last_day


def timexes_for_text(text: str, article_id: str, anchor: dt.date | None,
                     tense: TenseFn | None = None) -> list[TimeRef]:
    """Find and normalise the temporal expressions of one text (no pipeline needed)."""
    return normalise(find_with_tense(text, tense), article_id, anchor)


def infer_published(article: Article, found: list[infer.Evidence]) -> dt.date | None:
    """Fill an undated article's ``published`` from internal evidence; the anchor it gives."""
    guess = infer.infer(found, reference_date(article))
    if guess is None:
        article.meta["published_inference"] = {
            "value": None, "precision": None, "candidates": [], "confidence": 0.0,
            "reason": "no date, weekday/date pair, month or year in the text"}
        return None
    article.meta["published_inference"] = guess.as_meta()
    day = cal.parse_iso(guess.value)
    if day is not None:
        article.published = guess.value
        article.published_source = "inferred"
    return day


def extract_timexes(ctx: ExtractContext) -> None:
    """Find the article's temporal expressions; infer the publication date first if absent."""
    article = ctx.article
    found = find_with_tense(article.text, tense_from_segments(ctx.segments))
    anchor = cal.parse_iso(article.published)
    if anchor is None and not article.published:
        anchor = infer_published(article, found)
    ctx.record.timexes.extend(normalise(found, article.id, anchor))


extractors.add(
    "storyline.timex.v1",
    Extractor("storyline.timex.v1", extract_timexes, assigns=("timexes", "published")),
)
extractors.add(
    "storyline.timex.attach.v1",
    Extractor(
        "storyline.timex.attach.v1",
        attach_dates,
        requires=("timexes",),
        assigns=("dates", "checks"),
    ),
)
