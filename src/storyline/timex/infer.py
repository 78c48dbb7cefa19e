"""Infer an undated article's publication date from its own words.

Evidence, strongest first: explicit full dates ('April 16, 2023'); weekday/date pairs
without a year ('Sunday (April 16)'), whose year candidates come from weekday arithmetic
within a window before the reference date (newest preferred, confidence shared by recency);
month-year and year mentions. The day is then refined with the bare weekdays the article
uses ('on Tuesday', 'on Monday'): news refers to the days around its own date, so the day
that keeps all of them closest to the explicit dates wins (ties: the earliest).
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from typing import Any

from storyline.timex import calendar as cal
from storyline.timex.grammar import Parsed
from storyline.timex.normalize import MONTH_NAMES, WEEKDAY_NAMES

WINDOW_YEARS = 30
RECENCY_SCALE = 5.0  # years: how fast an older candidate year loses weight
REFINE_DAYS = 6
EXPLICIT_CONFIDENCE = 0.6  # an article can mention old dates: the latest is a lower bound


@dataclass
class Inference:
    """An inferred publication date with its candidates, confidence and reason."""

    value: str
    precision: str
    confidence: float
    reason: str
    candidates: list[dict[str, Any]] = field(default_factory=list)
    day_candidates: list[str] = field(default_factory=list)

    def as_meta(self) -> dict[str, Any]:
        return {"value": self.value, "precision": self.precision,
                "candidates": self.candidates, "confidence": round(self.confidence, 3),
                "reason": self.reason, "day_candidates": self.day_candidates}


Evidence = tuple[Parsed, str | None]  # an expression and the tense of its clause


def infer(found: list[Evidence], reference: dt.date) -> Inference | None:
    """The most plausible publication date, or None when the text gives nothing to go on."""
    base = _from_full_dates(found, reference) or _from_weekday_pairs(found, reference)
    if base is None:
        return _from_months_and_years(found, reference)
    day = cal.parse_iso(base.value)
    if day is None:
        return base
    return _refine_day(base, day, found, reference)


def _full_dates(found: list[Evidence]) -> list[tuple[dt.date, Parsed, str | None]]:
    out = []
    for p, tense in found:
        if p.kind in ("date", "range") and p.year and p.month and p.day:
            day = cal.safe_date(p.year, p.month, p.day)
            if day is not None and (p.weekday is None or day.weekday() == p.weekday):
                out.append((day, p, tense))
    return out


def _from_full_dates(found: list[Evidence], reference: dt.date) -> Inference | None:
    """The latest explicit date not described as upcoming."""
    dates = [(d, p, t) for d, p, t in _full_dates(found) if d <= reference]
    settled = [x for x in dates if x[2] != "future"] or dates
    if not settled:
        return None
    day, p, _ = max(settled, key=lambda x: x[0])
    reason = f"latest explicit date in the text: '{p.text}' ({day.isoformat()})"
    return Inference(day.isoformat(), "day", EXPLICIT_CONFIDENCE, reason,
                     [{"value": day.isoformat(), "score": 1.0}])


def _year_floor(found: list[Evidence]) -> int:
    """The article is no older than the latest year it mentions in the past tense."""
    years = [p.year for p, t in found if p.year and p.kind == "date" and t == "past"]
    return max(years, default=0)


def _from_weekday_pairs(found: list[Evidence], reference: dt.date) -> Inference | None:
    """'Sunday (April 16)': the years in which April 16 was a Sunday, newest first."""
    pairs = [p for p, _ in found if p.kind == "date" and p.year is None and p.month
             and p.day and p.weekday is not None]
    floor = max(_year_floor(found), reference.year - WINDOW_YEARS)
    for p in pairs:
        assert p.month is not None and p.day is not None and p.weekday is not None
        years = [y for y in cal.years_with_weekday(p.month, p.day, p.weekday, floor,
                                                   reference.year)
                 if dt.date(y, p.month, p.day) <= reference]
        if years:
            return _pick_year(p, years, reference)
    return None


def _pick_year(p: Parsed, years: list[int], reference: dt.date) -> Inference:
    assert p.month is not None and p.day is not None and p.weekday is not None
    weights = [math.exp(-(reference.year - y) / RECENCY_SCALE) for y in years]
    total = sum(weights)
    candidates = [{"value": dt.date(y, p.month, p.day).isoformat(), "score": round(w / total, 3)}
                  for y, w in zip(years, weights, strict=True)]
    best = dt.date(years[0], p.month, p.day).isoformat()
    listed = ", ".join(str(y) for y in years[:4]) + (", ..." if len(years) > 4 else "")
    reason = (f"'{p.text}': {MONTH_NAMES[p.month - 1]} {p.day} fell on a "
              f"{WEEKDAY_NAMES[p.weekday]} in {listed} (within {WINDOW_YEARS} years before "
              f"{reference.isoformat()}); the most recent is preferred")
    return Inference(best, "day", weights[0] / total, reason, candidates)


def _from_months_and_years(found: list[Evidence], reference: dt.date) -> Inference | None:
    """No day evidence: the latest month-year, else the latest year, mentioned as past."""
    months = [(p.year, p.month, p) for p, t in found
              if p.kind == "date" and p.year and p.month and t != "future"
              and (p.year, p.month) <= (reference.year, reference.month)]
    if months:
        y, m, p = max(months, key=lambda x: (x[0], x[1]))
        return Inference(cal.month_value(y, m), "month", 0.5,
                         f"latest month mentioned: {cal.month_value(y, m)} (in '{p.text}'); "
                         "no usable day")
    years = [(p.year, p) for p, t in found if p.kind == "date" and p.year
             and p.month is None and t == "past" and p.year <= reference.year]
    if years:
        y, p = max(years, key=lambda x: x[0])
        return Inference(f"{y:04d}", "year", 0.3, f"latest year mentioned as past: '{p.text}'")
    return None


def _bare_weekdays(found: list[Evidence]) -> list[tuple[int, str | None]]:
    return [(p.weekday, t) for p, t in found if p.kind == "weekday" and p.weekday is not None
            and p.shift is None and p.week_shift is None]


def _refine_day(base: Inference, day: dt.date, found: list[Evidence],
                reference: dt.date) -> Inference:
    """Move the date forward to the day that keeps the article's weekdays closest together."""
    weekdays = _bare_weekdays(found)
    if not weekdays:
        base.reason += "; publication on or after that day"
        return base
    options = [d for n in range(REFINE_DAYS + 1)
               if (d := cal.shift_days(day, n)) is not None and d <= reference]
    costs = {d: _spread(day, d, weekdays) for d in options}
    best_cost = min(costs.values())
    ties = [d for d in options if costs[d] == best_cost]
    base.value = ties[0].isoformat()
    base.day_candidates = [d.isoformat() for d in ties]
    base.reason += (f"; the {len(weekdays)} bare weekday mentions ('on Tuesday' ...) fit "
                    f"best if published on {ties[0].isoformat()}"
                    + (f" (or up to {ties[-1].isoformat()})" if len(ties) > 1 else ""))
    return base


def _spread(explicit: dt.date, published: dt.date, weekdays: list[tuple[int, str | None]]) -> int:
    """Days spanned by the explicit date and the weekdays resolved from ``published``."""
    days = [explicit]
    for weekday, tense in weekdays:
        resolved = cal.nearest_weekday(published, weekday,
                                       "future" if tense == "future" else "past")
        if resolved is not None:
            days.append(resolved)
    return (max(days) - min(days)).days
