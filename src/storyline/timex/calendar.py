"""Calendar arithmetic for TIMEX3 values: safe dates, ISO weeks, month shifts, weekdays."""

from __future__ import annotations

import calendar
import datetime as dt

MIN_YEAR, MAX_YEAR = 1, 9999


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    """The date, or None when it does not exist (February 30, year 99999)."""
    try:
        return dt.date(year, month, day)
    except (ValueError, OverflowError):
        return None


def parse_iso(value: str | None) -> dt.date | None:
    """A date from an ISO string (``YYYY-MM-DD`` prefix), or None when absent or invalid."""
    if not value or len(value) < 10:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def shift_days(day: dt.date, n: int) -> dt.date | None:
    """``day`` plus ``n`` days, or None past the calendar's ends."""
    try:
        return day + dt.timedelta(days=n)
    except OverflowError:
        return None


def shift_months(year: int, month: int, n: int) -> tuple[int, int]:
    """(year, month) moved by ``n`` months."""
    index = year * 12 + (month - 1) + n
    return index // 12, index % 12 + 1


def shift_date_months(day: dt.date, n: int) -> dt.date | None:
    """Same day ``n`` months later, clamped to the month's end (Jan 31 + 1 month = Feb 28/29)."""
    year, month = shift_months(day.year, day.month, n)
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    last = calendar.monthrange(year, month)[1]
    return dt.date(year, month, min(day.day, last))


def week_value(day: dt.date) -> str:
    """The ISO week of a day as a TIMEX3 value, e.g. ``2023-W15``."""
    iso = day.isocalendar()
    return f"{iso[0]:04d}-W{iso[1]:02d}"


def week_start(day: dt.date) -> dt.date:
    """Monday of the ISO week holding ``day``."""
    return day - dt.timedelta(days=day.weekday())


def weekday_in_week(day: dt.date, weekday: int, week_shift: int) -> dt.date | None:
    """The given weekday (0=Monday) of the week ``week_shift`` weeks from ``day``'s week."""
    return shift_days(week_start(day), 7 * week_shift + weekday)


def nearest_weekday(anchor: dt.date, weekday: int, direction: str) -> dt.date | None:
    """The weekday on or before (past) / on or after (future) the anchor."""
    if direction == "future":
        return shift_days(anchor, (weekday - anchor.weekday()) % 7)
    return shift_days(anchor, -((anchor.weekday() - weekday) % 7))


def nth_weekday(year: int, month: int, weekday: int, nth: int) -> dt.date | None:
    """The nth (1-5, or -1 for last) given weekday of a month, or None if there is none."""
    if not 1 <= month <= 12 or not MIN_YEAR <= year <= MAX_YEAR:
        return None
    days = [d for d in range(1, calendar.monthrange(year, month)[1] + 1)
            if dt.date(year, month, d).weekday() == weekday]
    index = nth - 1 if nth > 0 else nth
    return dt.date(year, month, days[index]) if -len(days) <= index < len(days) else None


def years_with_weekday(month: int, day: int, weekday: int, first: int, last: int) -> list[int]:
    """Years in [first, last] (newest first) in which month/day falls on ``weekday``."""
    found = []
    for year in range(last, first - 1, -1):
        date = safe_date(year, month, day)
        if date is not None and date.weekday() == weekday:
            found.append(year)
    return found


def month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def day_value(day: dt.date) -> str:
    return day.isoformat()
