"""Dates within one article that cannot all be true, as Check rows a user can list."""

from __future__ import annotations

import datetime as dt

from storyline.records import Article, Check, TimeRef, stable_id
from storyline.timex import calendar as cal


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


def tense_checks(article: Article, refs: list[TimeRef]) -> list[Check]:
    """Explicit dates told as upcoming but before the article's date, or past but after it."""
    published = cal.parse_iso(article.published)
    if published is None:
        return []
    out = []
    for ref in refs:
        day = cal.parse_iso(ref.value) if ref.precision == "day" else None
        if day is None or ref.conflict or not _explicit_year(ref):
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
            *future_check(article)]
