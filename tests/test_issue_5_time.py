"""Issue 5: temporal expressions, event/quote dates, publication-date inference, checks."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from storyline.ingest.draft import finalize
from storyline.nlp.extract import ExtractContext, Segment, build_pipeline, extract_records
from storyline.pipeline import iter_drafts
from storyline.records import (
    Article,
    ArticleRecord,
    Cue,
    Event,
    Failure,
    Quote,
    TimeRef,
    stable_id,
)
from storyline.timex import calendar as cal
from storyline.timex import grammar
from storyline.timex.extract import attach_dates, extract_timexes, tense_from_doc, timexes_for_text
from storyline.timex.normalize import resolve

pytestmark = pytest.mark.issue(5)

INGESTED = "2026-11-22T12:00:00+00:00"  # fixed 'now', so inference windows are stable
TIME_STAGES = ("storyline.timex.v1", "storyline.timex.attach.v1")
FULL = ("storyline.timex.v1", "storyline.actors.v1", "storyline.events.cameo.v1",
        "storyline.quotes.v1", "storyline.timex.attach.v1")


def load_seed(seeds_dir: Path, prefix: str) -> Article:
    path = next(seeds_dir.glob(f"{prefix}_*.txt"))
    draft = next(iter(iter_drafts([str(path)])))
    assert not isinstance(draft, Failure), draft
    article = finalize(draft)
    article.ingested_at = INGESTED
    return article


def run(article: Article, nlp: Any, names: tuple[str, ...] = TIME_STAGES) -> ArticleRecord:
    result = extract_records([article], nlp=nlp, pipeline=build_pipeline(names))[0]
    assert isinstance(result, ArticleRecord), result
    return result


def one(record: ArticleRecord, text: str, nth: int = 0) -> TimeRef:
    found = [t for t in record.timexes if t.text == text]
    assert len(found) > nth, f"{text!r} not found in {[t.text for t in record.timexes]}"
    return found[nth]


def at(text: str, anchor: str | None, tense: str | None = None) -> Any:
    """Resolve the single expression in ``text``."""
    found = grammar.find(text)
    assert len(found) == 1, [p.text for p in found]
    return resolve(found[0], cal.parse_iso(anchor), tense)


@pytest.fixture(scope="module")
def seed000(seeds_dir: Path, nlp: Any) -> ArticleRecord:
    return run(load_seed(seeds_dir, "000"), nlp)


# ------------------------------------------------------------------ seed 000


def test_issue_5_seed000_inferred_april_2023_with_reason(seed000: ArticleRecord) -> None:
    article = seed000.article
    assert article.published_source == "inferred"
    assert article.published is not None and article.published.startswith("2023-04")
    info = article.meta["published_inference"]
    assert "Sunday" in info["reason"] and "April 16" in info["reason"]
    values = [c["value"] for c in info["candidates"]]
    assert values[0] == "2023-04-16" and "2017-04-16" in values  # weekday arithmetic
    assert 0.5 < info["confidence"] < 1.0  # more than one candidate year: not certain


def test_issue_5_seed000_timex_values(seed000: ArticleRecord) -> None:
    assert one(seed000, "Sunday (April 16)").value == "2023-04-16"
    assert one(seed000, "Tuesday").value == "2023-04-18"  # past tense, after Sunday April 16
    assert one(seed000, "Monday").value == "2023-04-17"
    week = one(seed000, "last week")
    assert (week.value, week.precision) == ("2023-W15", "week")
    assert one(seed000, "last month").value == "2023-03"
    duration = one(seed000, "more than a year")
    assert (duration.type, duration.value, duration.mod) == ("DURATION", "P1Y", "MORE_THAN")


def test_issue_5_seed000_spans_and_ids(seed000: ArticleRecord) -> None:
    text = seed000.article.text
    for ref in seed000.timexes:
        assert text[ref.span[0]:ref.span[1]] == ref.text
        assert ref.id == stable_id(ref.article_id, ref.span, ref.value)


def _event(article: Article, sentence_key: str, trigger: str) -> Event:
    start = article.text.index(sentence_key)
    t0 = article.text.index(trigger, start)
    span = (t0, t0 + len(trigger))
    return Event(id=stable_id(article.id, span), article_id=article.id, sentence=sentence_key,
                 span=span, code="042", root_code="04", trigger=trigger, trigger_span=span)


def _quote(article: Article, sentence_key: str, cue: str) -> Quote:
    start = article.text.index(sentence_key)
    c0 = article.text.index(cue, start)
    span = (c0, c0 + len(cue))
    return Quote(id=stable_id(article.id, span), article_id=article.id, span=span, text=cue,
                 kind="indirect", cue=Cue(cue, cue, span))


def _segments(article: Article, nlp: Any) -> list[Segment]:
    return [Segment(nlp(article.text), 0)]


def test_issue_5_attach_handmade_events_seed000(seeds_dir: Path, nlp: Any) -> None:
    article = load_seed(seeds_dir, "000")
    ctx = ExtractContext(article, _segments(article, nlp), ArticleRecord(article=article))
    extract_timexes(ctx)
    arrived = _event(article, "After Li Shangfu arrived", "arrived")
    received = _event(article, "After Li Shangfu arrived", "received")
    talks = _event(article, "During talks with", "talks")
    expand = _event(article, "During talks with", "expand")  # another clause: no date
    warned = _event(article, "EU foreign policy chief", "warned")
    praised = _event(article, "Putin highly praised", "praised")  # no expression: null
    told = _quote(article, "A senior adviser", "told")
    ctx.record.events.extend([arrived, received, talks, expand, warned, praised])
    ctx.record.quotes.append(told)
    attach_dates(ctx)
    assert (arrived.date, arrived.date_precision) == ("2023-04-16", "day")
    assert arrived.date_text == "Sunday (April 16)"
    assert received.date == "2023-04-16"
    assert talks.date == "2023-04-18"
    assert warned.date == "2023-04-17"
    assert expand.date is None and praised.date is None
    assert (told.date, told.date_precision) == ("2023-W15", "week")
    assert told.date_span is not None and article.text[slice(*told.date_span)] == "last week"


def test_issue_5_seed000_end_to_end(seeds_dir: Path, nlp: Any) -> None:
    record = run(load_seed(seeds_dir, "000"), nlp, FULL)
    by_trigger = {e.trigger: e for e in record.events if e.trigger}
    assert by_trigger["arrived"].date == "2023-04-16"
    assert by_trigger["received"].date == "2023-04-16"
    assert by_trigger["warned"].date == "2023-04-17"
    talks = [e for e in record.events if "Shoigu" in e.sentence and e.date]
    assert talks and all(e.date == "2023-04-18" for e in talks)
    told = [q for q in record.quotes if q.cue and q.cue.text == "told" and "Reuters" in
            record.article.text[q.cue.span[0]:q.cue.span[1] + 20]]
    assert told and told[0].date == "2023-W15"
    spans = {t.span: t for t in record.timexes}
    items: list[Event | Quote] = [*record.events, *record.quotes]
    for item in items:  # every date comes from the item's own words
        if item.date is not None:
            assert item.date_span in spans and spans[item.date_span].text == item.date_text
    assert any(e.date is None for e in record.events)  # the article date is not a default


# ------------------------------------------------------------------ seed 004


def test_issue_5_seed004_header_date_and_six_day_trip(seeds_dir: Path, nlp: Any) -> None:
    record = run(load_seed(seeds_dir, "004"), nlp, FULL)
    article = record.article
    assert (article.published, article.published_source) == ("2023-11-09", "metadata")
    assert "published_inference" not in article.meta
    trip = one(record, "six-day")
    assert (trip.type, trip.value, trip.precision) == ("DURATION", "P6D", None)
    items: list[Event | Quote] = [*record.events, *record.quotes]
    for item in items:
        assert item.date_text != "six-day"
        assert item.date in (None, "2022")  # only 'last year' can date anything here
    assert one(record, "last year").value == "2022"


# ------------------------------------------------------------------ direction rules


def test_issue_5_bare_weekday_follows_tense() -> None:
    anchor = "2023-04-19"  # a Wednesday
    assert at("on Monday", anchor, "past").value == "2023-04-17"
    assert at("on Monday", anchor, "future").value == "2023-04-24"
    assert at("on Wednesday", anchor, "past").value == anchor  # the article's own weekday
    assert at("on Wednesday", anchor, "future").value == anchor
    assert at("on Wednesday", anchor, "past").direction == "same"


def test_issue_5_tense_from_parse(nlp: Any) -> None:
    anchor = cal.parse_iso("2023-04-19")
    for text, value in (("Li will travel to Minsk on Monday.", "2023-04-24"),
                        ("Li travelled to Minsk on Monday.", "2023-04-17"),
                        ("Talks are scheduled for Friday.", "2023-04-21"),
                        ("He said on Friday that talks would resume.", "2023-04-14")):
        doc = nlp(text)
        refs = timexes_for_text(text, "a", anchor, tense_from_doc(doc))
        assert [r.value for r in refs] == [value], text


def test_issue_5_last_this_next() -> None:
    anchor = "2016-11-07"  # a Monday
    assert at("last Sunday", anchor).value == "2016-11-06"
    assert at("this Friday", anchor).value == "2016-11-11"
    assert at("next Sunday", anchor).value == "2016-11-20"
    assert at("next week", anchor).value == "2016-W46"
    assert at("last month", anchor).value == "2016-10"
    assert at("next year", anchor).value == "2017"
    assert at("last September", anchor).value == "2015-09"
    assert at("two days ago", anchor).value == "2016-11-05"


def test_issue_5_month_and_year_boundaries() -> None:
    anchor = "2023-01-02"  # Monday of ISO week 1
    assert at("last week", anchor).value == "2022-W52"
    assert at("last month", anchor).value == "2022-12"
    assert at("Friday", anchor, "past").value == "2022-12-30"
    assert at("December 30", anchor, "past").value == "2022-12-30"
    assert at("January 5", anchor, "future").value == "2023-01-05"
    assert at("in December", anchor, "past").value == "2022-12"
    assert at("yesterday", "2024-03-01").value == "2024-02-29"
    assert at("this week", "2021-01-01").value == "2020-W53"


def test_issue_5_leap_years() -> None:
    assert at("February 29, 2024", None).value == "2024-02-29"
    bad = at("February 29, 2023", None)
    assert bad.value is None and "does not exist" in (bad.conflict or "")
    assert at("Feb. 29", "2024-03-10", "past").value == "2024-02-29"
    assert cal.years_with_weekday(2, 29, 3, 1990, 2026) == [2024, 1996]  # Thursdays


# ------------------------------------------------------------------ conflicts and checks


def test_issue_5_weekday_conflict_is_reported_not_fixed() -> None:
    r = at("Sunday (April 16, 2024)", None)
    assert r.value == "2024-04-16" and "weekday conflict" in (r.conflict or "")
    r = at("Sunday (April 17)", "2023-04-18", "past")  # April 17, 2023 was a Monday
    assert r.value == "2023-04-17" and "not a Sunday" in (r.conflict or "")


def _article(text: str, published: str | None) -> Article:
    return Article(id="a1", text=text, published=published,
                   published_source="metadata" if published else None, ingested_at=INGESTED)


def _checks(text: str, published: str | None, nlp: Any) -> tuple[ArticleRecord, list[str]]:
    article = _article(text, published)
    ctx = ExtractContext(article, [Segment(nlp(text), 0)], ArticleRecord(article=article))
    extract_timexes(ctx)
    attach_dates(ctx)
    return ctx.record, [c.kind for c in ctx.record.checks]


def test_issue_5_checks_rows(nlp: Any) -> None:
    text = ("The minister arrived on Sunday (April 16, 2024). He will deliver an address on "
            "August 15, 2023, and flew home on November 20, 2023.")
    record, kinds = _checks(text, "2023-11-09", nlp)
    assert "date_weekday_conflict" in kinds
    assert "upcoming_before_published" in kinds
    assert "past_after_published" in kinds
    assert all(c.article_id == "a1" and c.span for c in record.checks)


def test_issue_5_stale_header_flagged(nlp: Any) -> None:
    text = "The minister will address the Moscow security conference on August 15."
    record, kinds = _checks(text, "2023-11-09", nlp)
    assert record.timexes[0].value == "2024-08-15"  # what the tense makes of it
    assert "upcoming_before_published" in kinds
    _, kinds = _checks(text, "2023-08-09", nlp)  # the right date: nothing to flag
    assert kinds == []


def test_issue_5_article_date_in_future(nlp: Any) -> None:
    record, kinds = _checks("Talks were held on Monday.", "2999-01-05", nlp)
    assert "published_in_future" in kinds
    assert record.timexes[0].value == "2998-12-31"  # 2999-01-05 is a Saturday: still anchored


# ------------------------------------------------------------------ other forms, bad input


def test_issue_5_ranges_sets_durations() -> None:
    r = at("from 14 to 19 August", "2023-08-16")
    assert (r.value, r.end) == ("2023-08-14", "2023-08-19")
    assert at("every Monday", "2023-08-16").value == "XXXX-WXX-1"
    assert at("every Monday", None).type == "SET"
    assert at("a six-day trip", None).value == "P6D"
    assert at("two weeks", None).value == "P2W"
    assert at("3 hours", None).value == "PT3H"


def test_issue_5_compound_nth_and_seasons() -> None:
    assert at("for 1 hour and 30 minutes", None).value == "PT1H30M"
    assert at("two years, three months", None).value == "P2Y3M"
    assert at("the third Thursday of November", "2016-11-07").value == "2016-11-17"
    assert at("the last Monday of May 2023", None).value == "2023-05-29"
    assert at("the fifth Sunday of February 2023", None).value is None  # there is none
    assert at("last winter", "2013-06-05").value == "2012-WI"  # Dec 2012 - Feb 2013
    assert at("next summer", "2013-01-10").value == "2013-SU"
    assert at("the 1990s", None).value == "199"
    assert at("the first quarter of 2024", None).value == "2024-Q1"
    assert at("paid on the 15th.", "2016-11-07", "past").value == "2016-10-15"


def test_issue_5_weeks_halves_after_next() -> None:
    anchor = "2016-11-07"
    assert at("the first week of October", anchor, "past").value == "2016-W40"
    assert at("the last week of 2015", None).value == "2015-W53"
    assert at("the week after next", anchor).value == "2016-W47"
    assert at("H1 2016", None).value == "2016-H1"
    assert at("2016 Q3", None).value == "2016-Q3"
    assert at("biweekly", None).value == "P2W"


def test_issue_5_windows_lose_nothing(seeds_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [p.read_text(encoding="utf-8") for p in seeds_dir.glob("*.txt")]
    texts.append("We meet this weekend, every two weekends, and the weekend after the next.")
    fast = [[(p.span, p.kind) for p in grammar.find(t)] for t in texts]
    monkeypatch.setattr(grammar, "windows", lambda text: [(0, len(text))])
    assert fast == [[(p.span, p.kind) for p in grammar.find(t)] for t in texts]
    assert fast[-1]


def test_issue_5_narrative_offsets_follow_the_story() -> None:
    text = "He was arrested on May 3, 2013. Three days later, he was freed. He left the next day."
    refs = timexes_for_text(text, "a", cal.parse_iso("2013-06-05"))
    assert [r.value for r in refs] == ["2013-05-03", "2013-05-06", "2013-05-07"]
    assert at("two days ago", "2013-06-05").value == "2013-06-03"  # 'ago' counts from today


def test_issue_5_counts_are_not_years() -> None:
    assert grammar.find("Russia sent 2000 soldiers and about 1800 tanks.") == []
    assert [p.text for p in grammar.find("a second round of talks in 2022")] == ["2022"]


def test_issue_5_bad_input_never_crashes(nlp: Any) -> None:
    assert at("February 30", "2023-04-18", "past").conflict
    assert at("February 30, 2023", None).value is None
    assert at("the year 99999", None).conflict
    assert at("last week", None).value is None  # no anchor: no guess
    assert at("Monday", None).value == "XXXX-WXX-1"
    for text in ("", "99/99/9999 and 00/00/0000", "on the 45th of Smarch, 2023",
                 "February 30, 99999", "Q9 12345"):
        _checks(text or " ", None, nlp)


def test_issue_5_undated_without_evidence(nlp: Any) -> None:
    record, _ = _checks("Talks were held on Monday and will resume soon.", None, nlp)
    article = record.article
    assert article.published is None and article.published_source is None
    assert article.meta["published_inference"]["value"] is None
    assert record.timexes[0].value is None or record.timexes[0].value.startswith("XXXX")


def test_issue_5_inference_uses_most_recent_year(nlp: Any) -> None:
    record, _ = _checks("The summit opened on Thursday (February 29) in Vienna.", None, nlp)
    info = record.article.meta["published_inference"]
    assert record.article.published == "2024-02-29"
    assert [c["value"][:4] for c in info["candidates"]][:2] == ["2024", "1996"]


def test_issue_5_inference_prefers_explicit_full_date(nlp: Any) -> None:
    text = "Li arrived on April 16, 2023. Talks followed on Tuesday."
    record, _ = _checks(text, None, nlp)
    assert record.article.published == "2023-04-18"
    assert record.article.published_source == "inferred"
    assert one(record, "Tuesday").value == "2023-04-18"



# ------------------------------------------------------------------ wider grammar


def test_issue_5_spelled_out_years() -> None:
    assert at("September 10, nineteen zero one", None).value == "1901-09-10"
    assert at("in nineteen twenty eight", None).value == "1928"
    assert at("June of nineteen ninety nine", None).value == "1999-06"
    r = at("on the tenth of September, two thousand", None)
    assert r.value == "2000-09-10"
    assert at("in one thousand seven hundred and eighty nine", None).value == "1789"
    found = grammar.find("In March two thousand troops arrived.")  # a count, not a year
    assert [p.text for p in found] == ["March"]
    assert grammar.find("They lived in two thousand villages.") == []


def test_issue_5_decades_and_centuries() -> None:
    assert at("the seventies", None).value == "197"
    assert at("the nineteen eighties", None).value == "198"
    assert at("in the 70's", None).value == "197"
    assert at("the noughties", None).value == "200"
    assert at("the 21st century", None).value == "20"
    assert at("the nineteenth century", None).value == "18"
    assert grammar.find("a woman in her seventies") == []  # an age, not a decade
    assert grammar.find("when arrested in his early 20's") == []


def test_issue_5_holidays_fixed_and_computed() -> None:
    assert at("Christmas 2016", None).value == "2016-12-25"
    assert at("Thanksgiving", "2016-11-07", "future").value == "2016-11-24"  # 4th Thursday
    assert at("Easter 2018", None).value == "2018-04-01"  # computus
    assert at("on Good Friday", "2023-04-18", "past").value == "2023-04-07"
    assert at("last Christmas", "2023-04-18").value == "2022-12-25"
    assert grammar.find("Independence Day") == []  # the date depends on the country
    assert grammar.find("tourists on Easter Island") == []
    found = grammar.find("He opened fire at an office Christmas party on Friday.")
    assert [p.text for p in found] == ["Friday"]  # the party's name does not date it


def test_issue_5_offsets_from_day_words_and_compound_offsets() -> None:
    assert at("two days after today", "2018-05-31").value == "2018-06-02"
    assert at("three weeks from tomorrow", "2018-05-31").value == "2018-06-22"
    assert at("two days before yesterday", "2018-05-31").value == "2018-05-28"
    assert at("1 month 21 days ago", "2017-11-23").value == "2017-10-02"
    assert at("in 3 days", "2023-04-18").value == "2023-04-21"
    assert at("the day after tomorrow", "2023-04-18").value == "2023-04-20"
    text = "He was arrested on May 3, 2013. He was freed the day after."
    refs = timexes_for_text(text, "a", cal.parse_iso("2013-06-05"))
    assert [r.value for r in refs] == ["2013-05-03", "2013-05-04"]


def test_issue_5_more_day_forms() -> None:
    assert at("Oct-2", "2016-11-07", "past").value == "2016-10-02"
    assert at("Dec31, 1994", None).value == "1994-12-31"
    assert at("05-Aug-2016", None).value == "2016-08-05"
    assert at("2015.5.13", None).value == "2015-05-13"
    assert at("due on 4/22", "2016-11-07", "future").value == "2017-04-22"
    assert at("Friday 7/6", "2018-07-06").value == "2018-07-06"
    assert at("on Monday 21!", "2019-01-25", "past").value == "2019-01-21"
    assert at("on the 5th", "2023-04-18", "past").value == "2023-04-05"
    assert at("the first of May", "2023-04-18", "future").value == "2023-05-01"
    assert grammar.find("a 3/4 majority") == []  # a fraction without a date preposition
    assert "2010" not in [p.text for p in grammar.find("Tel: +86 138-2010-2015")]
    assert [p.text for p in grammar.find("coach ( 1997 - 2001 )")] == ["1997 - 2001"]


def test_issue_5_ranges_with_years_and_months() -> None:
    r = at("from 2014 to 2018", None)
    assert (r.value, r.end) == ("2014", "2018")
    r = at("between 2015 and Feb 2018", None)
    assert (r.value, r.end) == ("2015", "2018-02")
    assert [p.text for p in grammar.find("sales in 2007 and 2009")] == ["2007", "2009"]
    r = at("from 4 to 22 this month", "2016-11-07")
    assert (r.value, r.end) == ("2016-11-04", "2016-11-22")
    r = at("from March to May", "2018-09-07", "past")
    assert (r.value, r.end) == ("2018-03", "2018-05")
    r = at("Nov-Feb 2017", None)
    assert (r.value, r.end) == ("2016-11", "2017-02")
    r = at("from 4 to January 22, 1995", None)
    assert (r.value, r.end) == ("1995-01-04", "1995-01-22")


def test_issue_5_weeks_month_parts_and_weekday_shifts() -> None:
    assert at("the week of April 10th", "2018-03-14", "future").value == "2018-W15"
    assert at("the week beginning February 4", "2019-11-07", "future").value == "2020-W06"
    r = at("the end of the month", "2018-11-27")
    assert (r.value, r.mod) == ("2018-11", "END")
    r = at("mid-March", "2023-01-10", "future")
    assert (r.value, r.mod) == ("2023-03", "MID")
    r = at("early next year", "2023-01-10")
    assert (r.value, r.mod) == ("2024", "START")
    assert at("previous Wednesday", "2019-01-31").value == "2019-01-23"
    assert at("this past Wednesday", "2019-01-31").value == "2019-01-30"
    assert at("on Monday of the following week", "2018-07-31").value == "2018-08-06"


def test_issue_5_half_and_whole_units() -> None:
    assert at("two and a half hours", None).value == "PT2.5H"
    assert at("an hour and a half", None).value == "PT1.5H"
    assert at("half an hour", None).value == "PT0.5H"
    assert at("all day", None).value == "P1D"
    assert at("another week", None).value == "P1W"
    assert at("the past two weeks", None).value == "P2W"
    assert at("over the last 3 weeks", None).value == "P3W"
    assert [p.text for p in grammar.find("talks would last two hours")] == ["two hours"]
    assert at("next week Mon", "2017-12-04").value == "2017-12-11"
    assert grammar.find("the sun sat low") == []


def test_issue_5_ranges_with_other_ends_and_trailing_years() -> None:
    def refs(text: str, anchor: str) -> list[tuple[str, str | None, str | None]]:
        found = timexes_for_text(text, "a", cal.parse_iso(anchor))
        return [(r.text, r.value, r.end) for r in found]

    assert refs("from next Monday to Friday", "2019-09-05") == [
        ("from next Monday to Friday", "2019-09-09", "2019-09-13")]
    assert refs("between Jan 2019 and today", "2020-04-26") == [
        ("between Jan 2019 and today", "2019-01", "2020-04-26")]
    assert refs("on 28 June in 2020", "2019-05-30") == [("28 June in 2020", "2020-06-28", None)]
    assert refs("from April to June in 2017", "2019-05-16") == [
        ("from April to June in 2017", "2017-04", "2017-06")]
    assert refs("Monday and Friday", "2023-04-20")[0][2] is None  # no 'between': two days
    assert [r[1] for r in refs("during 2017-Q1 and 2019-H2", "2020-01-01")] == [
        "2017-Q1", "2019-H2"]


def test_issue_5_now_as_range_end_and_parts_of_periods() -> None:
    found = timexes_for_text("between now and November 15th", "a", cal.parse_iso("2019-04-23"))
    assert [(r.value, r.end) for r in found] == [("2019-04-23", "2019-11-15")]
    found = timexes_for_text("now and then", "a", cal.parse_iso("2019-04-23"))
    assert [r.value for r in found] == ["PRESENT_REF"]
    r = at("earlier in the week", "2018-05-31")
    assert (r.value, r.mod) == ("2018-W22", "START")
    r = at("later in the year", "2018-05-28")
    assert (r.value, r.mod) == ("2018", "END")
    assert at("the third week next year", "2016-11-07").value == "2017-W03"
    assert at("the third quarter this year", "2016-11-07").value == "2016-Q3"
    assert at("the week of the 18th", "2018-08-07", "future").value == "2018-W33"


def test_issue_5_since_points_to_the_past(nlp: Any) -> None:
    text = "The border will stay closed since March."  # the verb alone would say 2023-03
    doc = nlp(text)
    refs = timexes_for_text(text, "a", cal.parse_iso("2023-02-10"), tense_from_doc(doc))
    assert [r.value for r in refs] == ["2022-03"]


def test_issue_5_decade_parts_weekends_and_record_spans() -> None:
    r = at("in the early 1990s", None)
    assert (r.value, r.mod) == ("199", "START")
    assert at("over the weekend", "2023-11-09", "past").value == "2023-W44-WE"
    assert at("over the weekend", "2023-11-09", "future").value == "2023-W45-WE"
    assert at("over the weekend", "2023-11-11", "past").value == "2023-W45-WE"  # a Saturday
    r = at("for the first time in a decade", "2023-11-09")
    assert (r.type, r.value) == ("DURATION", "P1DE")  # a stretch, not the year 2033
    assert at("He will return in two years", "2023-11-09").value == "2025"


def test_issue_5_fast_scan_finds_what_a_plain_scan_finds() -> None:
    """The word-start index (timex/starts.py) is only a speed-up: same matches as finditer."""
    from storyline.timex import grammar, starts

    texts = [
        "After Li Shangfu arrived in Moscow on Sunday (April 16), he met Putin; talks on Tuesday.",
        "From 14 to 19 August 2023, every Monday, the 1990s, Q3 2019 and mid-March next year.",
        "He said two days ago that 3 p.m. on 4/22 was fine; 2000 soldiers left in late 2021.",
        "Ärger am 5. Mai; İstanbul, ſ and the Kelvin sign K around 12:30, last week, this spring.",
    ]
    for text in texts:
        spans = grammar.windows(text)
        index = starts.WordStarts(text, grammar.PREFIXES, spans)
        for i, (rx, _) in enumerate(grammar.RULES):
            ws = index if grammar.PREFIXES[i] is not None else None
            for start, end in spans:
                fast = [m.span() for m in starts.matches(rx, i, ws, text, start, end)]
                plain = [m.span() for m in rx.finditer(text, start, end)]
                assert fast == plain, (rx.pattern[:60], text)


def test_issue_5_fast_scan_falls_back_without_the_private_regex_parser(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """starts.py reads CPython's private regex parser; without it every rule is scanned plainly."""
    import re

    from storyline.timex import grammar, starts

    rx = grammar.RULES[0][0]
    assert starts.prefix_regex(rx) is not None  # this Python has the parser: the index is used
    monkeypatch.setattr(starts, "sre_parse", None)
    assert starts.prefix_regex(rx) is None
    assert starts.prefix_regex(re.compile(starts.LEAD + "(?:monday|tuesday)", re.I)) is None
