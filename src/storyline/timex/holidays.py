"""Holidays with a fixed or computable date ('Christmas', 'Thanksgiving', 'Easter 2018').

Only holidays whose date does not depend on the country are listed ('Independence Day' is
July 4 in the US but August 24 in Ukraine, so it is left out). Movable ones are computed:
nth weekdays of a month and Easter (the Gregorian computus)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from storyline.timex import calendar as cal

Rule = Callable[[int], "dt.date | None"]


def _fixed(month: int, day: int) -> Rule:
    return lambda year: cal.safe_date(year, month, day)


def _nth(month: int, weekday: int, nth: int, offset: int = 0) -> Rule:
    def rule(year: int) -> dt.date | None:
        day = cal.nth_weekday(year, month, weekday, nth)
        return cal.shift_days(day, offset) if day else None
    return rule


def easter(year: int) -> dt.date | None:
    """Western Easter Sunday (anonymous Gregorian algorithm)."""
    if not 1583 <= year <= cal.MAX_YEAR:
        return None
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month, day = divmod(h + ell - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def _easter(offset: int) -> Rule:
    def rule(year: int) -> dt.date | None:
        day = easter(year)
        return cal.shift_days(day, offset) if day else None
    return rule


HOLIDAYS: dict[str, Rule] = {
    "christmas": _fixed(12, 25), "christmas day": _fixed(12, 25),
    "christmas eve": _fixed(12, 24), "xmas": _fixed(12, 25), "boxing day": _fixed(12, 26),
    "new year's day": _fixed(1, 1), "new years day": _fixed(1, 1),
    "new year's eve": _fixed(12, 31), "new years eve": _fixed(12, 31),
    "valentine's day": _fixed(2, 14), "valentines day": _fixed(2, 14),
    "halloween": _fixed(10, 31), "all saints' day": _fixed(11, 1),
    "st. patrick's day": _fixed(3, 17), "st patrick's day": _fixed(3, 17),
    "saint patrick's day": _fixed(3, 17), "saint patrick": _fixed(3, 17),
    "st patricks day": _fixed(3, 17), "april fools' day": _fixed(4, 1),
    "april fools day": _fixed(4, 1), "earth day": _fixed(4, 22), "groundhog day": _fixed(2, 2),
    "may day": _fixed(5, 1), "international women's day": _fixed(3, 8),
    "international workers' day": _fixed(5, 1), "workers' day": _fixed(5, 1),
    "veterans day": _fixed(11, 11), "armistice day": _fixed(11, 11),
    "thanksgiving": _nth(11, 3, 4), "thanksgiving day": _nth(11, 3, 4),
    "black friday": _nth(11, 3, 4, 1), "cyber monday": _nth(11, 3, 4, 4),
    "memorial day": _nth(5, 0, -1), "labor day": _nth(9, 0, 1), "labour day": _nth(9, 0, 1),
    "martin luther king day": _nth(1, 0, 3), "mlk day": _nth(1, 0, 3),
    "presidents' day": _nth(2, 0, 3), "presidents day": _nth(2, 0, 3),
    "columbus day": _nth(10, 0, 2), "mother's day": _nth(5, 6, 2),
    "mothers day": _nth(5, 6, 2), "father's day": _nth(6, 6, 3), "fathers day": _nth(6, 6, 3),
    "easter": _easter(0), "easter sunday": _easter(0), "easter monday": _easter(1),
    "good friday": _easter(-2), "ash wednesday": _easter(-46), "pentecost": _easter(49),
}


# words that start a scan window: every holiday name holds 'day', 'year', a weekday or one
# of these (so common words like 'new' or 'good' do not widen the scanned text)
TRIGGERS = ("christmas", "xmas", "halloween", "thanksgiving", "easter", "pentecost", "patrick")


def holiday_date(name: str, year: int) -> dt.date | None:
    """The holiday's date in ``year`` (None when unknown or out of range)."""
    rule = HOLIDAYS.get(" ".join(name.lower().replace("’", "'").split()))
    if rule is None or not cal.MIN_YEAR <= year <= cal.MAX_YEAR:
        return None
    return rule(year)
