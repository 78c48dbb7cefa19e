"""Publication dates from metadata strings (ISO 8601, RFC 2822, plain dates) to YYYY-MM-DD."""

from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime

_ISO_DAY = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")


def normalise_date(value: object) -> str | None:
    """An ISO date for a metadata value, or None when it is not a recognisable date."""
    if value is None:
        return None
    if isinstance(value, (datetime, date)):
        return value.isoformat()[:10]
    text = str(value).strip()
    match = _ISO_DAY.match(text)
    if match:
        return _valid(*(int(g) for g in match.groups()))
    try:
        return parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def _valid(year: int, month: int, day: int) -> str | None:
    """The ISO date, or None for impossible dates such as 2023-02-30."""
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None
