"""Dates within one article that cannot all be true, as Check rows a user can list."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from storyline.records import Article, Check, TimeRef, stable_id
from storyline.timex import calendar as cal
from storyline.timex.lexicon import MONTHS


def _check(article: Article, kind: str, message: str, span: tuple[int, int] | None,
           severity: str = "warning") -> Check:
    return Check(id=stable_id(article.id, kind, span, message), article_id=article.id,
                 kind=kind, message=message, span=span, severity=severity)


def conflict_checks(article: Article, refs: list[TimeRef]) -> list[Check]:
    """Weekday/date contradictions and dates that do not exist."""
    out = []
    for ref in refs:
        if not ref.conflict:
            continue
        kind = "date_weekday_conflict" if "weekday" in ref.conflict else "date_invalid"
        out.append(_check(article, kind, f"'{ref.text}': {ref.conflict}", ref.span))
    return out


def _dated_days(article: Article,
                refs: list[TimeRef]) -> Iterator[tuple[dt.date, TimeRef, dt.date]]:
    """(article date, ref, its day) for every ref naming one real day, if the article is
    dated."""
    published = cal.parse_iso(article.published)
    if published is None:
        return
    for ref in refs:
        day = cal.parse_iso(ref.value) if ref.precision == "day" else None
        if day is not None and not ref.conflict:
            yield published, ref, day


def tense_checks(article: Article, refs: list[TimeRef]) -> list[Check]:
    """Explicit dates told as upcoming but before the article's date, or past but after it."""
    out = []
    for published, ref, day in _dated_days(article, refs):
        if not _explicit_year(ref):
            continue
        if ref.tense == "future" and day < published:
            out.append(_check(article, "upcoming_before_published",
                              f"'{ref.text}' ({day}) is described as upcoming, but the article "
                              f"is dated {published} ({article.published_source})", ref.span))
        elif ref.tense == "past" and day > published:
            out.append(_check(article, "past_after_published",
                              f"'{ref.text}' ({day}) is described as past, but the article is "
                              f"dated {published} ({article.published_source})", ref.span))
    return out


FAR_DAYS = 183  # news tells of days within half a year of its date without naming the year


def year_gap_checks(article: Article, refs: list[TimeRef]) -> list[Check]:
    """A yearless date that the tense pushes far from the article date: the date line is
    probably wrong (e.g. a header later than the events it announces as upcoming)."""
    out = []
    for published, ref, day in _dated_days(article, refs):
        if _explicit_year(ref) or not _names_month(ref):
            continue
        gap = (day - published).days
        if ref.tense == "future" and gap > FAR_DAYS:
            out.append(_check(article, "upcoming_before_published",
                              f"'{ref.text}' is described as upcoming; dated {published} "
                              f"({article.published_source}) it must be {day}, {gap} days "
                              "later: the article date may be wrong", ref.span))
        elif ref.tense == "past" and -gap > FAR_DAYS:
            out.append(_check(article, "past_long_before_published",
                              f"'{ref.text}' is told as past; dated {published} it must be "
                              f"{day}, {-gap} days earlier: the article date may be wrong",
                              ref.span))
    return out


def _names_month(ref: TimeRef) -> bool:
    """A calendar date in words ('August 14'), not an offset ('200 days ago')."""
    words = ref.text.lower().replace("(", " ").replace(")", " ").replace(".", " ").split()
    return any(w.strip(",") in MONTHS for w in words)


def _explicit_year(ref: TimeRef) -> bool:
    """Only dates whose year is written out can contradict the header."""
    return any(ch.isdigit() for ch in ref.text) and any(
        len(tok.strip(",.()")) == 4 and tok.strip(",.()").isdigit() for tok in ref.text.split())


def future_check(article: Article, reference: dt.date | None = None) -> list[Check]:
    """An article dated after today (or after it was ingested)."""
    published = cal.parse_iso(article.published)
    now = reference or cal.parse_iso(article.ingested_at) or dt.date.today()
    if published is None or published <= now:
        return []
    return [_check(article, "published_in_future",
                   f"article date {published} is after {now}", None)]


def article_checks(article: Article, refs: list[TimeRef]) -> list[Check]:
    """All date checks for one article."""
    return [*conflict_checks(article, refs), *tense_checks(article, refs),
            *year_gap_checks(article, refs), *future_check(article)]
