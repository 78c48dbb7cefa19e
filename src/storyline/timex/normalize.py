"""Resolve a found expression to a TIMEX3 value, anchored on a date and a tense.

``tense`` is ``"past"``, ``"future"`` or None (unknown/present). It decides which way an
underspecified expression ('Monday', 'April 16', 'in March') points from the anchor.
A date that cannot exist or that contradicts its own weekday keeps its words' value and gets
a ``conflict`` message instead of being silently moved.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from storyline.timex import calendar as cal
from storyline.timex import holidays as hol
from storyline.timex.grammar import Parsed

WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")
SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
NARRATIVE = ("later", "earlier")  # 'three days later': after the last date told, not today
UNIT_PRECISION = {"D": "day", "W": "week", "M": "month", "Y": "year", "WE": "week",
                  "Q": "quarter", "DE": "decade", "CE": "century"}


@dataclass
class Resolved:
    """A TIMEX3 value with its type, precision, direction from the anchor and any conflict."""

    type: str
    value: str | None
    precision: str | None = None
    direction: str | None = None
    conflict: str | None = None
    end: str | None = None
    mod: str | None = None
    day: dt.date | None = None  # the calendar day when the value is one


def resolve(p: Parsed, anchor: dt.date | None, tense: str | None = None,
            reference: dt.date | None = None) -> Resolved:
    """The TIMEX3 value of ``p`` seen from ``anchor`` (publication date) under ``tense``."""
    handler = _HANDLERS.get(p.kind, _unknown)
    try:
        out = handler(p, anchor, tense, reference)
    except (ValueError, TypeError, OverflowError, AssertionError, IndexError) as exc:
        return Resolved(p.type, None, conflict=f"cannot resolve: {exc}")
    if out.mod is None:
        out.mod = p.mod
    if out.day is not None and anchor is not None and out.direction is None:
        out.direction = _direction(out.day, anchor)
    return out


def _direction(day: dt.date, anchor: dt.date) -> str:
    return "past" if day < anchor else "future" if day > anchor else "same"


def _unknown(p: Parsed, anchor: dt.date | None, tense: str | None,
             reference: dt.date | None) -> Resolved:
    return Resolved(p.type, None)


def _day(day: dt.date | None, type_: str = "DATE", **kw: str | None) -> Resolved:
    if day is None:
        return Resolved(type_, None, conflict=kw.get("conflict") or "date out of range")
    return Resolved(type_, cal.day_value(day), "day", day=day, conflict=kw.get("conflict"))


def resolve_date(p: Parsed, anchor: dt.date | None, tense: str | None,
                 reference: dt.date | None) -> Resolved:
    """Calendar dates, months and years, completing missing parts from the anchor."""
    if p.bad_year:
        return Resolved("DATE", None, conflict=f"year {p.bad_year} is out of range")
    if p.month is None and p.day is not None:
        return _day_of_unnamed_month(p, anchor, tense)
    if p.month is None:
        return Resolved("DATE", f"{p.year:04d}" if p.year else None, "year")
    if p.day is None:
        return _month(p, anchor, tense)
    if p.year is not None:
        return _full_date(p.year, p.month, p.day, p.weekday)
    return _month_day(p, anchor, tense)


def _full_date(year: int, month: int, day: int, weekday: int | None) -> Resolved:
    date = cal.safe_date(year, month, day)
    if date is None:
        return Resolved("DATE", None, "day",
                        conflict=f"{MONTH_NAMES[month - 1]} {day}, {year} does not exist")
    return _day(date, conflict=_weekday_conflict(date, weekday))


def _weekday_conflict(date: dt.date, weekday: int | None) -> str | None:
    if weekday is None or date.weekday() == weekday:
        return None
    return (f"weekday conflict: {MONTH_NAMES[date.month - 1]} {date.day}, {date.year} was a "
            f"{WEEKDAY_NAMES[date.weekday()]}, not a {WEEKDAY_NAMES[weekday]}")


def _month_day(p: Parsed, anchor: dt.date | None, tense: str | None) -> Resolved:
    """'April 16' / 'Sunday (April 16)': the year from the anchor and tense; a weekday that
    does not fit that year is reported as a conflict, never used to move the date."""
    assert p.month is not None and p.day is not None
    if anchor is None:
        if cal.safe_date(2000, p.month, p.day) is None:
            return Resolved("DATE", None, "day", conflict="date does not exist")
        return Resolved("DATE", f"XXXX-{p.month:02d}-{p.day:02d}", "day")
    options = [d for y in (anchor.year - 1, anchor.year, anchor.year + 1)
               if (d := cal.safe_date(y, p.month, p.day)) is not None]
    if not options:
        return Resolved("DATE", None, "day", conflict=f"{MONTH_NAMES[p.month - 1]} {p.day} "
                        "does not exist")
    best = _by_tense(options, anchor, tense)
    return _day(best, conflict=_weekday_conflict(best, p.weekday))


def _by_tense(options: list[dt.date], anchor: dt.date, tense: str | None) -> dt.date:
    """The option the tense points to: latest not after / earliest not before / nearest."""
    past = [d for d in options if d <= anchor]
    future = [d for d in options if d >= anchor]
    if tense == "past" and past:
        return max(past)
    if tense == "future" and future:
        return min(future)
    same_year = [d for d in options if d.year == anchor.year] or options
    near = [d for d in same_year if abs((d - anchor).days) <= 240]
    if not near:  # 'takes effect Jan. 1' in November: the nearest Jan. 1, next year's
        return min(options, key=lambda d: abs((d - anchor).days))
    return min(near, key=lambda d: abs((d - anchor).days))


def _month(p: Parsed, anchor: dt.date | None, tense: str | None) -> Resolved:
    """'April 2023', 'last April', 'June next year', bare 'March'."""
    assert p.month is not None
    year = p.year
    if year is None and anchor is not None:
        year = _month_year(p, anchor, tense)
    value = cal.month_value(year, p.month) if year else f"XXXX-{p.month:02d}"
    out = Resolved("DATE", value, "month")
    if anchor is not None and year:
        first = dt.date(year, p.month, 1)
        out.direction = "same" if (year, p.month) == (anchor.year, anchor.month) else (
            "past" if first < anchor else "future")
    return out


def _month_year(p: Parsed, anchor: dt.date, tense: str | None) -> int:
    assert p.month is not None
    if p.shift is not None:
        return anchor.year + p.shift
    if tense == "past" and p.month > anchor.month:
        return anchor.year - 1
    if tense == "future" and p.month < anchor.month:
        return anchor.year + 1
    if tense is None and p.mod is None:  # no tense: the nearest ('in April', said in November)
        return anchor.year + (anchor.month - p.month > 6) - (p.month - anchor.month > 6)
    return anchor.year


def _day_of_unnamed_month(p: Parsed, anchor: dt.date | None, tense: str | None) -> Resolved:
    """'Saturday the 23rd': the nearby month whose 23rd is a Saturday."""
    assert p.day is not None
    if anchor is None:
        return Resolved("DATE", f"XXXX-XX-{p.day:02d}", "day")
    options = []
    for n in range(-2, 3):
        y, m = cal.shift_months(anchor.year, anchor.month, n)
        d = cal.safe_date(y, m, p.day)
        if d is not None and (p.weekday is None or d.weekday() == p.weekday):
            options.append(d)
    if not options:
        return Resolved("DATE", None, "day", conflict="no nearby month fits")
    return _day(_by_tense(options, anchor, tense))


def resolve_day_of_month(p: Parsed, anchor: dt.date | None, tense: str | None,
                         reference: dt.date | None) -> Resolved:
    """'the 20th of next month'."""
    if anchor is None or p.day is None:
        return Resolved("DATE", None, "day", conflict="no anchor date")
    year, month = cal.shift_months(anchor.year, anchor.month, p.shift or 0)
    return _full_date(year, month, p.day, None)


def resolve_nth_weekday(p: Parsed, anchor: dt.date | None, tense: str | None,
                        reference: dt.date | None) -> Resolved:
    """'the third Thursday of November' (year from the text, else the anchor and tense)."""
    assert p.weekday is not None and p.nth is not None
    if p.month is None and anchor is not None:
        year, month = cal.shift_months(anchor.year, anchor.month, p.shift or 0)
    elif p.month is not None and (p.year or anchor):
        year = p.year or _month_year(p, anchor, tense)  # type: ignore[arg-type]
        month = p.month
    else:
        return Resolved("DATE", None, "day", conflict="no anchor date")
    return _day(cal.nth_weekday(year, month, p.weekday, p.nth))


def resolve_weekday(p: Parsed, anchor: dt.date | None, tense: str | None,
                    reference: dt.date | None) -> Resolved:
    """'Monday' by tense; 'last/this/next Monday' by calendar week; parts of day as TIME."""
    assert p.weekday is not None
    if anchor is None:
        return Resolved(p.type, f"XXXX-WXX-{p.weekday + 1}", "day")
    day = _weekday_day(p, anchor, tense)
    out = _day(day, p.type)
    if p.part and out.value:
        out.value += "T" + p.part
    return out


def _weekday_day(p: Parsed, anchor: dt.date, tense: str | None) -> dt.date | None:
    assert p.weekday is not None
    words = p.text.lower().split()
    if p.week_shift is not None:
        return cal.weekday_in_week(anchor, p.weekday, p.week_shift)
    if words[0] == "this" and len(words) > 2:  # 'this past Wednesday', 'this coming Friday'
        words = words[1:]
    if words[0] in ("coming", "upcoming", "following"):
        return cal.nearest_weekday(anchor + dt.timedelta(days=1), p.weekday, "future")
    if words[0] == "past":
        return cal.nearest_weekday(anchor - dt.timedelta(days=1), p.weekday, "past")
    if p.shift is not None:
        return cal.weekday_in_week(anchor, p.weekday, p.shift)
    return cal.nearest_weekday(anchor, p.weekday, "future" if tense == "future" else "past")


def resolve_rel(p: Parsed, anchor: dt.date | None, tense: str | None,
                reference: dt.date | None) -> Resolved:
    """'last week' -> 2023-W15, 'this month' -> 2023-04, 'next year' -> 2024."""
    unit, shift = p.unit or "", p.shift or 0
    precision = UNIT_PRECISION.get(unit, "season" if unit.startswith("SEASON") else None)
    if anchor is None:
        return Resolved("DATE", None, precision, conflict="no anchor date")
    value = _rel_value(unit, shift, anchor)
    direction = "past" if shift < 0 else "future" if shift > 0 else "same"
    return Resolved("DATE", value, precision, direction)


def _rel_value(unit: str, shift: int, anchor: dt.date) -> str | None:
    if unit in ("W", "WE"):
        day = cal.shift_days(anchor, 7 * shift)
        return None if day is None else cal.week_value(day) + ("-WE" if unit == "WE" else "")
    if unit == "M":
        return cal.month_value(*cal.shift_months(anchor.year, anchor.month, shift))
    if unit == "Y":
        return f"{anchor.year + shift:04d}"
    if unit == "Q":
        index = anchor.year * 4 + (anchor.month - 1) // 3 + shift
        return f"{index // 4:04d}-Q{index % 4 + 1}"
    if unit == "DE":
        return f"{anchor.year // 10 + shift:03d}"
    if unit == "CE":
        return f"{anchor.year // 100 + shift:02d}"
    if unit.startswith("SEASON:"):
        return _season_value(unit[7:], shift, anchor)
    return None


def _season_value(season: str, shift: int, anchor: dt.date) -> str:
    """'last summer' is the most recent summer already over; 'next' the first to come.
    A winter is named by the year it starts in (2012-WI = December 2012 to February 2013)."""
    first, last = SEASON_MONTHS[season]
    if season == "WI":
        current = anchor.year - 1 if anchor.month <= 2 else anchor.year  # the winter now/next
        started = anchor.month == 12 or anchor.month <= 2
        year = current - 1 if shift < 0 else current + 1 if shift > 0 and started else current
        return f"{year:04d}-WI"
    year = anchor.year
    if shift < 0 and anchor.month <= last:
        year -= 1
    elif shift > 0 and anchor.month >= first:
        year += 1
    return f"{year:04d}-{season}"


def resolve_dayword(p: Parsed, anchor: dt.date | None, tense: str | None,
                    reference: dt.date | None) -> Resolved:
    """'today', 'yesterday', 'the day after tomorrow', 'yesterday morning'."""
    if anchor is None:
        return Resolved(p.type, None, "day", conflict="no anchor date")
    out = _day(cal.shift_days(anchor, int(p.amount or 0)), p.type)
    if p.part and out.value:
        out.value += "T" + p.part
    return out


def resolve_sameday(p: Parsed, anchor: dt.date | None, tense: str | None,
                    reference: dt.date | None) -> Resolved:
    """'the next day': one day after the last dated event mentioned (else the anchor)."""
    base = reference or anchor
    if base is None:
        return Resolved("DATE", None, "day", conflict="no anchor date")
    return _day(cal.shift_days(base, int(p.amount or 0)))


def resolve_offset(p: Parsed, anchor: dt.date | None, tense: str | None,
                   reference: dt.date | None) -> Resolved:
    """'two days ago' -> a day, 'three weeks ago' -> a week, 'two years ago' -> a year."""
    unit = p.unit or "D"
    if anchor is None:
        return Resolved("DATE", None, UNIT_PRECISION.get(unit), conflict="no anchor date")
    base = reference if p.fixed in NARRATIVE and reference is not None else anchor
    if p.amount is None and unit in ("TH", "TM", "TS") and reference is not None \
            and p.fixed in NARRATIVE:
        return _day(base)  # 'died hours later': the day the story last told
    if p.amount is None:
        return Resolved("DATE", "PAST_REF" if (p.shift or 0) < 0 else "FUTURE_REF")
    if p.parts or p.base is not None:  # counted from a day, or down to days: a day
        start = cal.shift_days(base, p.base or 0)
        parts = p.parts or [(p.amount, unit)]
        return _day(_shift_parts(start, parts, p.shift or 1) if start else None)
    n = int(round(p.amount)) * (p.shift or 1)
    return _offset_value(unit, n, base)


def _shift_parts(day: dt.date, parts: list[tuple[float | None, str]],
                 sign: int) -> dt.date | None:
    """``day`` moved by every part of a compound offset ('1 month 21 days')."""
    out: dt.date | None = day
    for amount, unit in parts:
        n = int(round(amount or 0)) * sign
        if out is None:
            return None
        if unit in ("M", "Y", "DE", "CE", "Q"):
            months = n * {"M": 1, "Y": 12, "DE": 120, "CE": 1200, "Q": 3}[unit]
            out = cal.shift_date_months(out, months)
        elif unit in ("D", "W", "2W", "WE"):
            out = cal.shift_days(out, n * {"D": 1, "W": 7, "2W": 14, "WE": 7}[unit])
    return out


def _offset_value(unit: str, n: int, anchor: dt.date) -> Resolved:
    if unit in ("D", "TH", "TM", "TS"):
        return _day(cal.shift_days(anchor, n if unit == "D" else 0))
    if unit in ("W", "2W"):
        day = cal.shift_days(anchor, 7 * n * (2 if unit == "2W" else 1))
        return Resolved("DATE", cal.week_value(day) if day else None, "week")
    if unit == "M":
        return Resolved("DATE", cal.month_value(*cal.shift_months(anchor.year, anchor.month, n)),
                        "month")
    years = n * {"Y": 1, "DE": 10, "CE": 100}.get(unit, 1)
    year = anchor.year + years
    if not cal.MIN_YEAR <= year <= cal.MAX_YEAR:
        return Resolved("DATE", None, "year", conflict="year out of range")
    return Resolved("DATE", f"{year:04d}", "year")


def _amount(value: float | None, unit: str) -> str:
    if value is None:
        return "X"
    if unit == "2W":
        value *= 2
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def duration_value(amount: float | None, unit: str) -> str:
    """TIMEX3 duration: P6D, P1Y, PT3H, P2W, PXY."""
    letter = unit[1:] if unit.startswith("T") else unit.replace("2W", "W")
    clock = "T" if unit.startswith("T") else ""
    return f"P{clock}{_amount(amount, unit)}{letter}"


def resolve_duration(p: Parsed, anchor: dt.date | None, tense: str | None,
                     reference: dt.date | None) -> Resolved:
    """'six-day' -> P6D, 'more than a year' -> P1Y (mod MORE_THAN): no date invented."""
    if p.parts:
        return Resolved("DURATION", compound_value(p.parts))
    return Resolved("DURATION", duration_value(p.amount, p.unit or "D"))


_ORDER = ("CE", "DE", "Y", "Q", "M", "W", "2W", "WE", "D", "TH", "TM", "TS")


def compound_value(parts: list[tuple[float | None, str]]) -> str:
    """P1Y1M21D, PT1H30M: date parts first, then clock parts after 'T'."""
    ordered = sorted(parts, key=lambda x: _ORDER.index(x[1]) if x[1] in _ORDER else 99)
    date = "".join(_amount(a, u) + u.replace("2W", "W") for a, u in ordered
                   if not u.startswith("T"))
    clock = "".join(_amount(a, u) + u[1:] for a, u in ordered if u.startswith("T"))
    return "P" + date + ("T" + clock if clock else "")


def resolve_set(p: Parsed, anchor: dt.date | None, tense: str | None,
                reference: dt.date | None) -> Resolved:
    """'every Monday' -> XXXX-WXX-1, 'every two weeks' -> P2W, 'daily' -> P1D, '9am every
    Sunday' -> XXXX-WXX-7T09 (minutes only when not on the hour)."""
    if p.hour is not None:
        clock = f"T{p.hour:02d}" + (f":{p.minute:02d}" if p.minute else "")
        return Resolved("SET", (f"XXXX-WXX-{p.weekday + 1}" if p.weekday is not None else "")
                        + clock)
    if p.fixed:
        return Resolved("SET", p.fixed)
    if p.weekday is not None:
        return Resolved("SET", f"XXXX-WXX-{p.weekday + 1}")
    if p.part:
        return Resolved("SET", "T" + p.part)
    amount = 2.0 if p.text.lower().split()[1:2] == ["other"] else p.amount
    if p.unit == "Q":  # 'each quarter': every three months, as 'quarterly'
        return Resolved("SET", duration_value(3 * (amount or 1), "M"))
    return Resolved("SET", duration_value(amount, p.unit or "D"))


def resolve_fixed(p: Parsed, anchor: dt.date | None, tense: str | None,
                  reference: dt.date | None) -> Resolved:
    return Resolved("DATE", p.fixed)


def resolve_same(p: Parsed, anchor: dt.date | None, tense: str | None,
                 reference: dt.date | None) -> Resolved:
    """'the same year': the year (month, week) of the last date told, else the anchor's."""
    base = reference or anchor
    if base is None:
        return Resolved("DATE", None, UNIT_PRECISION.get(p.unit or "Y"), conflict="no anchor date")
    return Resolved("DATE", _rel_value(p.unit or "Y", 0, base), UNIT_PRECISION.get(p.unit or "Y"))


def resolve_season(p: Parsed, anchor: dt.date | None, tense: str | None,
                   reference: dt.date | None) -> Resolved:
    """'summer 2023'; 'the spring' without a year: the one the tense points to."""
    if p.year is None and anchor is not None and p.unit in SEASON_MONTHS:
        return Resolved("DATE", _tensed_season(p.unit, anchor, tense), "season")
    year = p.year or (anchor.year if anchor else None)
    return Resolved("DATE", f"{year:04d}-{p.unit}" if year else f"XXXX-{p.unit}", "season")


def _tensed_season(season: str, anchor: dt.date, tense: str | None) -> str:
    """Under a past verb the latest season begun by the anchor, under a future verb the
    first not yet over, else the anchor year's."""
    first, last = SEASON_MONTHS[season]
    if season == "WI":
        return _season_value(season, 0, anchor)
    if tense == "past" and anchor.month < first:
        return f"{anchor.year - 1:04d}-{season}"
    if tense == "future" and anchor.month > last:
        return f"{anchor.year + 1:04d}-{season}"
    return f"{anchor.year:04d}-{season}"


def resolve_quarter(p: Parsed, anchor: dt.date | None, tense: str | None,
                    reference: dt.date | None) -> Resolved:
    """'the third quarter of 2023'; without a year the tense picks it: in March 2024 'profit
    rose in the third quarter' is 2023-Q3, 'results for the fourth quarter will' 2024-Q4."""
    q = int(p.amount or 1)
    year = p.year or (anchor.year + (p.shift or 0) if anchor else None)
    if p.year is None and p.shift is None and anchor is not None:
        now = (anchor.month - 1) // 3 + 1
        year = anchor.year - (tense == "past" and q > now) + (tense == "future" and q < now)
    return Resolved("DATE", f"{year:04d}-Q{q}" if year else f"XXXX-Q{q}", "quarter")


def resolve_half(p: Parsed, anchor: dt.date | None, tense: str | None,
                 reference: dt.date | None) -> Resolved:
    """'H1 2016', 'the second half of next year' (the year from the anchor and shift)."""
    year = p.year or (anchor.year + (p.shift or 0) if anchor else None)
    half = int(p.amount or 1)
    return Resolved("DATE", f"{year:04d}-H{half}" if year else f"XXXX-H{half}", "half")


def resolve_nth_week(p: Parsed, anchor: dt.date | None, tense: str | None,
                     reference: dt.date | None) -> Resolved:
    """The nth week of a month (the week holding its nth Thursday, as ISO weeks count) or of
    a year (ISO week n)."""
    assert p.nth is not None
    if p.unit == "Y" or (p.month is None and p.shift is None and p.year):
        year = p.year or (anchor.year + (p.shift or 0) if anchor else None)
        if year is None:
            return Resolved("DATE", None, "week", conflict="no anchor date")
        weeks = dt.date(year, 12, 28).isocalendar()[1]
        n = weeks if p.nth < 0 else p.nth
        return Resolved("DATE", f"{year:04d}-W{n:02d}", "week")
    if p.month is None:
        if anchor is None:
            return Resolved("DATE", None, "week", conflict="no anchor date")
        year, month = cal.shift_months(anchor.year, anchor.month, p.shift or 0)
    else:
        month = p.month
        year = p.year or (_month_year(p, anchor, tense) if anchor else 0)
    thursday = cal.nth_weekday(year, month, 3, p.nth) if year else None  # ISO-style weeks
    return Resolved("DATE", cal.week_value(thursday) if thursday else None, "week")


def resolve_decade(p: Parsed, anchor: dt.date | None, tense: str | None,
                   reference: dt.date | None) -> Resolved:
    return Resolved("DATE", f"{(p.year or 0) // 10:03d}", "decade")


def resolve_time(p: Parsed, anchor: dt.date | None, tense: str | None,
                 reference: dt.date | None) -> Resolved:
    """'3 p.m.' -> 2023-04-16T15:00, 'this morning' -> 2023-04-16TMO; '3 p.m. Tuesday' on
    that Tuesday."""
    on = resolve(p.day_of, anchor, tense, reference) if p.day_of is not None else None
    date = on.day if on is not None and on.day is not None else anchor
    day = cal.day_value(date) if date else "XXXX-XX-XX"
    clock = p.part if p.part else f"{p.hour or 0:02d}:{p.minute or 0:02d}"
    return Resolved("TIME", f"{day}T{clock}", "time", day=date)


def resolve_range(p: Parsed, anchor: dt.date | None, tense: str | None,
                  reference: dt.date | None) -> Resolved:
    """'from 14 to 19 August': the start as value, the end in ``end``."""
    assert p.end is not None
    if p.month is None and p.end.month is None and p.year and p.end.year:
        return Resolved("DATE", f"{p.year:04d}", "year", end=f"{p.end.year:04d}")
    if p.day is None and p.month and p.end.month:
        return _month_range(p, p.end, anchor, tense)
    start = resolve_date(p, anchor, tense, reference)
    end_p = p.end
    if end_p.year is None and start.day is not None:
        end_p.year = start.day.year
        if end_p.month is None:
            end_p.month = start.day.month
        if (end_p.month, end_p.day or 0) < (start.day.month, start.day.day):
            end_p.year += 1
    end = resolve_date(end_p, anchor, tense, reference)
    start.end = end.value
    start.conflict = start.conflict or end.conflict
    return start


def _month_range(a: Parsed, b: Parsed, anchor: dt.date | None, tense: str | None) -> Resolved:
    """'from March to May (2023)': the year from the end month, else from the anchor."""
    year = a.year or b.year
    if a.year is None and b.year and a.month and b.month and b.month < a.month:
        year = b.year - 1  # 'Nov-Feb 2017' starts in November 2016
    if year is None and anchor is not None:
        year = _month_year(a, anchor, tense)
    if year is None:
        return Resolved("DATE", f"XXXX-{a.month:02d}", "month", end=f"XXXX-{b.month:02d}")
    assert a.month is not None and b.month is not None
    end_year = b.year or (year + 1 if b.month < a.month else year)
    return Resolved("DATE", cal.month_value(year, a.month), "month",
                    end=cal.month_value(end_year, b.month))


def resolve_month_days(p: Parsed, anchor: dt.date | None, tense: str | None,
                       reference: dt.date | None) -> Resolved:
    """'from 4 to 22 this month': both days in the month the shift names."""
    if anchor is None or p.day is None or p.end is None or p.end.day is None:
        return Resolved("DATE", None, "day", conflict="no anchor date")
    year, month = cal.shift_months(anchor.year, anchor.month, p.shift or 0)
    start = _full_date(year, month, p.day, None)
    end = _full_date(year, month, p.end.day, None)
    start.end = end.value
    start.conflict = start.conflict or end.conflict
    return start


def resolve_span_range(p: Parsed, anchor: dt.date | None, tense: str | None,
                       reference: dt.date | None) -> Resolved:
    """'between Jan 2019 and today': each end resolved by its own kind; a bare weekday at
    the end falls on or after the start ('from next Monday to Friday')."""
    assert p.start is not None and p.end is not None
    start = _span_end(p.start, anchor, tense, reference)
    end = _span_end(p.end, anchor, tense, reference)
    if start.day and end.day and end.day < start.day and p.end.kind == "weekday" \
            and p.end.weekday is not None and p.end.shift is None:
        end = _day(cal.nearest_weekday(start.day, p.end.weekday, "future"))
    start.end = end.value
    start.conflict = start.conflict or end.conflict
    return start


def _span_end(p: Parsed, anchor: dt.date | None, tense: str | None,
              reference: dt.date | None) -> Resolved:
    """One end of a range; 'now' is the anchor day."""
    if p.kind == "ref" and anchor is not None:
        return _day(anchor)
    return resolve(p, anchor, tense, reference)


def resolve_weekend(p: Parsed, anchor: dt.date | None, tense: str | None,
                    reference: dt.date | None) -> Resolved:
    """'the weekend': the last one under a past verb (this one when the anchor is on it),
    else the weekend of the anchor's week."""
    if anchor is None:
        return Resolved("DATE", None, "week", conflict="no anchor date")
    shift = -1 if tense == "past" and anchor.weekday() < 5 else 0
    return Resolved("DATE", _rel_value("WE", shift, anchor), "week")


def resolve_holiday(p: Parsed, anchor: dt.date | None, tense: str | None,
                    reference: dt.date | None) -> Resolved:
    """'Christmas 2016' -> 2016-12-25; without a year the tense picks the nearby one."""
    name = p.holiday or ""
    if p.year is not None:
        return _day(hol.holiday_date(name, p.year))
    if anchor is None:
        return Resolved("DATE", None, "day", conflict="no anchor date")
    if p.shift is not None:
        day = hol.holiday_date(name, anchor.year + p.shift)
        if "year" not in p.text.lower() and day is not None and p.shift != 0:
            day = _shifted_holiday(name, anchor, p.shift)
        return _day(day)
    options = [d for y in (anchor.year - 1, anchor.year, anchor.year + 1)
               if (d := hol.holiday_date(name, y)) is not None]
    return _day(_by_tense(options, anchor, tense) if options else None)


def _shifted_holiday(name: str, anchor: dt.date, shift: int) -> dt.date | None:
    """'last Christmas': the latest before the anchor; 'next Easter' the first after it."""
    days = [d for y in (anchor.year - 1, anchor.year, anchor.year + 1)
            if (d := hol.holiday_date(name, y)) is not None]
    days = [d for d in days if (d < anchor if shift < 0 else d > anchor)]
    return (max(days) if shift < 0 else min(days)) if days else None


def resolve_century(p: Parsed, anchor: dt.date | None, tense: str | None,
                    reference: dt.date | None) -> Resolved:
    """'the 21st century' -> '20' (TIMEX3 centuries count hundreds of years)."""
    return Resolved("DATE", f"{p.year or 0:02d}", "century")


def resolve_week_of(p: Parsed, anchor: dt.date | None, tense: str | None,
                    reference: dt.date | None) -> Resolved:
    """'the week of April 10th' -> the ISO week holding that day."""
    day = resolve_date(p, anchor, tense, reference)
    if day.day is None:
        return Resolved("DATE", None, "week", conflict=day.conflict or "no anchor date")
    return Resolved("DATE", cal.week_value(day.day), "week", direction=day.direction)


_HANDLERS = {
    "date": resolve_date, "day_of_month": resolve_day_of_month, "month_shift": resolve_date,
    "weekday": resolve_weekday, "nth_weekday": resolve_nth_weekday, "half": resolve_half,
    "nth_week": resolve_nth_week,
    "rel": resolve_rel, "dayword": resolve_dayword, "sameday": resolve_sameday,
    "offset": resolve_offset, "duration": resolve_duration, "set": resolve_set,
    "ref": resolve_fixed, "season": resolve_season, "quarter": resolve_quarter,
    "decade": resolve_decade, "time": resolve_time, "range": resolve_range,
    "holiday": resolve_holiday, "month_days": resolve_month_days, "century": resolve_century,
    "week_of": resolve_week_of, "same": resolve_same, "span_range": resolve_span_range,
    "weekend": resolve_weekend,
}
