"""Find temporal expressions in text with a small regular grammar (no anchor needed yet).

Each rule turns a regex match into a ``Parsed``: the expression's calendar fields (year,
month, day, weekday), relative shift, unit, amount and modifiers. Resolving those to a TIMEX3
value needs the anchor date and the sentence's tense, which ``normalize`` adds later.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from storyline.timex import holidays as hol
from storyline.timex import lexicon as lx
from storyline.timex import numbers as nb
from storyline.timex import starts

Span = tuple[int, int]


@dataclass
class Parsed:
    """One temporal expression as found: what the words say, not yet anchored."""

    span: Span
    text: str
    kind: str  # date | weekday | rel | offset | dayword | duration | set | ref | time | ...
    type: str = "DATE"
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    shift: int | None = None
    week_shift: int | None = None
    unit: str | None = None
    amount: float | None = None
    mod: str | None = None
    fixed: str | None = None
    part: str | None = None  # part of day: MO AF EV NI
    hour: int | None = None
    minute: int | None = None
    bad_year: str | None = None
    parts: list[tuple[float | None, str]] | None = None  # compound durations
    nth: int | None = None  # 'the third Thursday of November'
    base: int | None = None  # 'two days after tomorrow': the day word's offset from today
    holiday: str | None = None
    start: Parsed | None = field(default=None, repr=False)  # the first end of a span_range
    end: Parsed | None = field(default=None, repr=False)
    day_of: Parsed | None = field(default=None, repr=False)  # the day a clock time falls on




def _names(table: dict[str, int]) -> str:
    """Full names, then abbreviations with an optional dot."""
    full = [k for k in table if len(k) > 4 or k in ("may", "june", "july")]
    abbr = [k for k in table if k not in full]
    return r"(?:" + lx.alternation(full) + r"|(?:" + lx.alternation(abbr) + r")\.?)"


_MONTH = _names(lx.MONTHS)
_WDAY = _names(lx.WEEKDAYS)
_ORD_WORDS = r"(?:(?:twenty|thirty)[\s-])?(?:" + lx.alternation(
    k for k in lx.ORDINALS if k != "last") + r")"
_DAY = r"(?:\d{1,2}(?:st|nd|rd|th)?(?!\d)|" + _ORD_WORDS + r")"
_YEAR = r"(?:\d{4,5}(?!\d)|" + nb.SPELLED_YEAR + r")"
_NUM = (r"(?:\d+(?:\.\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
        r"(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|"
        + lx.alternation(k for k in lx.NUMBERS if k not in ("a", "an")) + r"|an?)")
_VAGUE = r"(?:" + lx.alternation(lx.VAGUE_NUMBERS) + r")"
_UNIT = r"(?:" + lx.alternation(lx.UNITS) + r")"
_SHIFT = r"(?:" + lx.alternation(lx.SHIFTS) + r")"
_QMOD = r"(?:" + lx.alternation(lx.QUANT_MODS) + r")"
_RANGE_SEP = r"\s*(?:-|–|—|to|till|until|through|and)\s*"
_POS_MOD = r"(?:early|mid|late|earlier|later|(?:the\s+)?(?:beginning|middle|end|start)\s+of)"

Builder = Callable[[re.Match[str]], "Parsed | None"]


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w'])(?:" + pattern + r")(?![\w])", re.IGNORECASE)


def _g(m: re.Match[str], name: str) -> str | None:
    value = m.groupdict().get(name)
    return value.strip() if value else None


def _month(word: str | None) -> int | None:
    return lx.MONTHS.get(word.lower().rstrip(".")) if word else None


def _weekday(word: str | None) -> int | None:
    return lx.WEEKDAYS.get(word.lower().rstrip(".")) if word else None


def _year(parsed: Parsed, word: str | None) -> None:
    """Set the year, two-digit years to 19xx/20xx, absurd ones kept aside as ``bad_year``."""
    if not word:
        return
    value = nb.year_value(word)
    if value is None:
        parsed.bad_year = word
        return
    if len(word) == 2 and word.isdigit():
        value += 2000 if value < 50 else 1900
    if not 1 <= value <= 9999:
        parsed.bad_year = word
        return
    parsed.year = value


def _base(m: re.Match[str], kind: str, type_: str = "DATE") -> Parsed:
    return Parsed(span=m.span(), text=m.group(0), kind=kind, type=type_)


def _mod(word: str | None) -> str | None:
    if not word:
        return None
    words = word.lower().split()
    key = words[-2] if words[-1] == "of" else words[0]
    return lx.MODS.get(key)


def build_date(m: re.Match[str]) -> Parsed | None:
    """Calendar dates: 'April 16', '16 April 2023', 'Sunday (April 16)', '2023-04-16'."""
    if _spelled_count(m):
        return None
    p = _base(m, "date")
    p.month = _month(_g(m, "mo")) or _int(_g(m, "mn"))
    p.day = lx.ordinal_value(_g(m, "d") or "")
    p.weekday = _weekday(_g(m, "wd"))
    _year(p, _g(m, "y"))
    if p.month is None or p.day is None:
        return None
    if p.month > 12 and p.day <= 12:  # 21/04/16: day first
        p.month, p.day = p.day, p.month
    return p if 1 <= p.month <= 12 and 1 <= p.day <= 31 else None


def build_day_of_rel_month(m: re.Match[str]) -> Parsed | None:
    """'the 20th of next month'."""
    p = _base(m, "day_of_month")
    p.day = lx.ordinal_value(_g(m, "d") or "")
    p.shift = lx.SHIFTS[(_g(m, "shift") or "this").split()[-1].lower()]
    return p if p.day else None


def build_nth_weekday(m: re.Match[str]) -> Parsed | None:
    """'the third Thursday of November', 'the first Friday of next month'."""
    p = _base(m, "nth_weekday")
    p.nth = lx.ORDINALS.get((_g(m, "nth") or "").lower())
    p.weekday = _weekday(_g(m, "wd"))
    p.month = _month(_g(m, "mo"))
    _year(p, _g(m, "y"))
    shift = _g(m, "shift")
    p.shift = lx.SHIFTS.get(shift.lower()) if shift else None
    return p if p.nth and p.weekday is not None else None


def build_day_weekday(m: re.Match[str]) -> Parsed | None:
    """'Saturday the 23rd': a day of an unnamed month fixed by its weekday."""
    p = _base(m, "date")
    p.day = lx.ordinal_value(_g(m, "d") or "")
    p.weekday = _weekday(_g(m, "wd"))
    return p if p.day else None


def build_month_days(m: re.Match[str]) -> Parsed | None:
    """'from 4 to 22 this month', '4 till 23 of next month': days of a month named by shift."""
    p = _base(m, "month_days")
    p.day = lx.ordinal_value(_g(m, "d") or "")
    end = lx.ordinal_value(_g(m, "d2") or "")
    p.shift = lx.SHIFTS[(_g(m, "shift") or "this").lower()]
    if not p.day or not end or end < p.day:
        return None
    p.end = Parsed(span=m.span(), text=m.group(0), kind="date", day=end)
    return p


def _int(word: str | None) -> int | None:
    return int(word) if word and word.isdigit() else None


def build_range(m: re.Match[str]) -> Parsed | None:
    """Day ranges in one month: 'from 14 to 19 August', 'August 14-19, 2023'."""
    start = build_date(m)
    if start is None:
        return None
    end_day = lx.ordinal_value(_g(m, "d2") or "")
    if end_day is None:
        return None
    start.kind = "range"
    start.end = Parsed(span=m.span(), text=m.group(0), kind="date", year=start.year,
                       month=start.month, day=end_day)
    return start


def build_month(m: re.Match[str]) -> Parsed | None:
    """A month, maybe with a year or a shift: 'April 2023', 'last April', 'in March'."""
    word = _g(m, "mo")
    if word and word.lower().rstrip(".") in lx.AMBIGUOUS_ALONE and not _g(m, "y") \
            and not _g(m, "shift") and not word[0].isupper():
        return None
    if word and word.lower() in ("may", "march"):
        if not word[0].isupper():
            return None
        if not (_g(m, "y") or _g(m, "shift") or _g(m, "mod") or _preceded_by(
                m, ("in", "of", "early", "late", "mid", "since", "until", "by", "from", "to",
                    "and", "through", "till"))):
            return None
    if _spelled_count(m):
        return None
    p = _base(m, "date")
    p.month = _month(word) or _int(_g(m, "mn"))
    p.mod = _mod(_g(m, "mod"))
    _year(p, _g(m, "y"))
    shift = _g(m, "shift") or _g(m, "yshift")
    p.shift = lx.SHIFTS.get(shift.lower()) if shift else None
    p.kind = "month_shift" if _g(m, "yshift") else "date"
    return p


def _preceded_by(m: re.Match[str], words: tuple[str, ...]) -> bool:
    before = m.string[max(0, m.start() - 12):m.start()].lower().split()
    return bool(before) and before[-1] in words


_COUNT_NOUN = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:people|troops|soldiers|km|kilometres|kilometers|miles|metres|"
    r"meters|tons|tonnes|dollars|euros|rubles|roubles|yuan|deaths|cases|units|tanks|missiles|"
    r"drones|times|members|workers|students|residents|civilians|refugees|homes|vehicles|jobs|"
    r"votes|words|feet|kilograms|kg|barrels|pounds|calories|rounds|shells|points|prisoners)\b")
_QUANTITY_BEFORE = re.compile(r"(?:about|some|nearly|over|than|to|least|around|roughly|"
                              r"approximately|almost|[$€£¥])\s*$", re.IGNORECASE)


_YEAR_BEFORE = re.compile(r"(?:1[6-9]|20)\d\d\s*(?:-|–|~|to|through|until|till|and)\s*$",
                          re.IGNORECASE)


def _is_count(m: re.Match[str]) -> bool:
    """'2000 soldiers', 'about 1800': a number of things, not a year ('2014 to 2018' is)."""
    text = m.string
    before = text[max(0, m.start() - 15):m.start()]
    if _YEAR_BEFORE.search(before):
        return False
    return bool(_COUNT_NOUN.match(text, m.end()) or _QUANTITY_BEFORE.search(before))


_NUMBER_DASH = re.compile(r"\d\s*[-/]\s*$")


def _spelled_count(m: re.Match[str]) -> bool:
    """'in March two thousand troops': spelled numbers before a count noun are not years."""
    year = _g(m, "y")
    return bool(year and not year.isdigit() and (_COUNT_NOUN.match(m.string, m.end())
                                                 or _PLURAL_NEXT.match(m.string, m.end())))


_PLURAL_NEXT = re.compile(r"\s+(?:[a-z]+\s+)?[a-z]+s\b")  # 'two thousand (new) villages'



def build_year(m: re.Match[str]) -> Parsed | None:
    """A bare year '2022' (plausible range only) or 'the year 2022'."""
    if not _g(m, "mod") and _is_count(m):
        return None
    before = m.string[max(0, m.start() - 12):m.start()]
    if _NUMBER_DASH.search(before) and not _YEAR_BEFORE.search(before):
        return None  # '138-2010-2015', '32-2015': parts of a phone number or a bad date
    p = _base(m, "date")
    _year(p, _g(m, "y"))
    p.mod = _mod(_g(m, "mod"))
    return p if p.year or p.bad_year else None


def build_weekday(m: re.Match[str]) -> Parsed | None:
    """'Sunday', 'last Monday', 'next week Friday', 'Tuesday morning'."""
    word = _g(m, "wd") or ""
    if word.lower().rstrip(".") in lx.AMBIGUOUS_ALONE and not _g(m, "wshift"):
        return None  # 'sun', 'sat', 'wed' alone are words; 'next week Mon' is a day
    if _PAPER_NEXT.match(m.string, m.end()):
        return None  # 'the Sunday Times': a newspaper's name
    p = _base(m, "weekday")
    p.weekday = _weekday(word)
    shift = _g(m, "shift")
    p.shift = lx.SHIFTS.get(shift.lower()) if shift else None
    p.mod = _mod(_g(m, "mod"))  # 'late Friday'
    wshift = _g(m, "wshift") or _g(m, "wshift2")
    p.week_shift = lx.SHIFTS.get(wshift.lower()) if wshift else None
    part = _g(m, "pod")
    if part:
        p.part, p.type = lx.PARTS_OF_DAY[part.lower()], "TIME"
    return p


def build_rel(m: re.Match[str]) -> Parsed | None:
    """'last week', 'this month', 'earlier this year', 'next spring', 'last weekend'."""
    p = _base(m, "rel")
    p.shift = lx.SHIFTS[(_g(m, "shift") or "this").lower()]
    unit = (_g(m, "unit") or "").lower()
    words = m.group(0).lower().split()
    if words[:2] in (["the", "past"], ["the", "last"], ["the", "next"]) and unit in lx.UNITS \
            and unit != "quarter":  # 'the next quarter' is a calendar quarter
        p.kind, p.type, p.amount = "duration", "DURATION", 1.0  # 'over the past year'
        p.unit = lx.UNITS[unit]
        return p
    p.unit = lx.SEASONS.get(unit) and "SEASON:" + lx.SEASONS[unit] or lx.UNITS.get(unit)
    p.mod = _mod(_g(m, "mod"))
    if _g(m, "after"):
        p.shift = 2
    return p


def build_dayword(m: re.Match[str]) -> Parsed | None:
    """'today', 'yesterday', 'the day after tomorrow', 'yesterday morning', 'tonight'."""
    p = _base(m, "dayword")
    word = (_g(m, "w") or "").lower()
    p.amount = -1.0 if word == "last" else float(lx.DAY_WORDS[word])  # 'last night'
    extra = (_g(m, "extra") or "").lower()
    if extra:
        p.amount += 1 if "after" in extra else -1
    part = _g(m, "pod")
    if word == "tonight":
        part = "night"
    if part:
        p.part, p.type = lx.PARTS_OF_DAY[part.lower()], "TIME"
    return p


_RECORD_BEFORE = re.compile(
    r"\b(?:time|first|highest|lowest|largest|biggest|worst|best|most|least|fastest|slowest|"
    r"strongest|weakest|deadliest|longest|shortest)\b[\w\s,-]{0,25}$", re.IGNORECASE)


def _record_span(m: re.Match[str], p: Parsed) -> Parsed:
    """'in a decade' after a superlative: the duration 'a decade', without 'in'."""
    start = m.start() + len(m.group(0)) - len(m.group(0)[2:].lstrip())
    return Parsed(span=(start, m.end()), text=m.string[start:m.end()], kind="duration",
                  type="DURATION", amount=p.amount, unit=p.unit)


def build_weekend(m: re.Match[str]) -> Parsed | None:
    """'over the weekend': the weekend the tense points to."""
    p = _base(m, "weekend")
    p.unit = "WE"
    return p


def build_offset(m: re.Match[str]) -> Parsed | None:
    """'two days ago', 'three weeks later', 'in five years', 'a month from now'."""
    p = _base(m, "offset")
    p.amount = lx.number_value(_g(m, "num") or "") if _g(m, "num") else None
    p.unit = lx.UNITS.get((_g(m, "unit") or "").lower().rstrip("s"))
    if p.unit is None:
        return None
    direction = " ".join((_g(m, "dir") or "in").lower().split())
    if direction == "in" and _RECORD_BEFORE.search(m.string[max(0, m.start() - 40):m.start()]):
        return _record_span(m, p)  # 'the first time in a decade': a stretch, not a date
    p.shift = -1 if direction in ("ago", "earlier", "before") else 1
    p.fixed = direction  # 'later'/'earlier' count from the story's last date, not today
    qmod = _g(m, "qmod")
    p.mod = lx.QUANT_MODS.get(" ".join(qmod.lower().split())) if qmod else None
    if direction == "in" and m.group(0)[:3].lower() == "in ":
        _trim_front(p, m, 3)  # 'in two weeks': 'in' is a TimeML signal, not the expression
    return p


def build_duration(m: re.Match[str]) -> Parsed | None:
    """'six-day', 'more than a year', 'two weeks', 'the past three months', 'for years'."""
    p = _base(m, "duration", "DURATION")
    unit_word = (_g(m, "unit") or "").lower()
    unit_key = unit_word[:-1] if unit_word.endswith("s") and unit_word[:-1] in lx.UNITS \
        else unit_word
    if unit_key.endswith("ie") and unit_key[:-2] + "y" in lx.UNITS:  # centuries
        unit_key = unit_key[:-2] + "y"
    p.unit = lx.UNITS.get(unit_key)
    num = _g(m, "num")
    if p.unit == "TS" and ((num or "").lower() in ("a", "an") or (
            unit_word == "second" and num and not num[0].isdigit() and num.lower() != "one"
            and m.string[m.end("unit"):m.end("unit") + 1].lower() != "s")):
        return None  # 'a second round of talks', 'the twenty second': ordinals

    p.amount = lx.number_value(num) if num else None
    if num and p.amount is None and num.lower() not in lx.VAGUE_NUMBERS + ("recent", "coming"):
        return None
    if _g(m, "half") or _g(m, "half1"):
        p.amount = (p.amount or 0) + 0.5
    qmod = _g(m, "qmod")
    p.mod = lx.QUANT_MODS.get(" ".join(qmod.lower().split())) if qmod else None
    prep = _PREP_NOT_MOD.match(m.group(0)) if qmod else None
    if prep:
        _trim_front(p, m, prep.end())
        p.mod = None  # 'over the past two weeks': a preposition, not 'more than'
    return p if p.unit else None


_PREP_NOT_MOD = re.compile(r"(?:over|under|about|around)\s+(?=the\s)", re.IGNORECASE)


def _trim_front(p: Parsed, m: re.Match[str], cut: int) -> None:
    """Drop the first ``cut`` characters of the match from ``p``'s span (a signal word)."""
    start = m.start() + cut
    p.span, p.text = (start, m.end()), m.string[start:m.end()]


_NOUN_NEXT = re.compile(r"\s+[a-z]")
_NAME_NEXT = re.compile(r"\s+[A-Z]")
_PAPER_NEXT = re.compile(r"\s+(?:Times|Telegraph|Express|Mirror|Herald|Post|Observer|Independent|"
                         r"Star|Mail|Tribune|Bloody)\b")


def build_set(m: re.Match[str]) -> Parsed | None:
    """'every Monday', 'each year', 'every two weeks', 'daily', 'on Mondays'."""
    p = _base(m, "set", "SET")
    adverb = _g(m, "adv")
    if adverb and adverb.lower() == "everyday" and _NOUN_NEXT.match(m.string, m.end()):
        return None  # 'everyday objects': an adjective, not 'every day'
    if adverb and adverb[0].isupper() and _NAME_NEXT.match(m.string, m.end()):
        return None  # 'the Daily Mail', 'Weekly Standard': a title
    if adverb:
        p.fixed = lx.SET_ADVERBS[adverb.lower()]
        return p
    p.weekday = _weekday(_g(m, "wd"))
    unit = (_g(m, "unit") or "").lower()
    p.part = lx.PARTS_OF_DAY.get(unit)
    p.unit = lx.UNITS.get(unit)
    num = _g(m, "num")
    p.amount = lx.number_value(num) if num else 1.0
    return p


def build_whole_unit(m: re.Match[str]) -> Parsed | None:
    """'all day', 'a full week', 'another month' (one unit), 'half an hour' (half a unit)."""
    p = _base(m, "duration", "DURATION")
    p.unit = lx.UNITS.get((_g(m, "unit") or "").lower())
    p.amount = 1.0 if _g(m, "num") else 0.5
    return p if p.unit else None


def build_month_range(m: re.Match[str]) -> Parsed | None:
    """'from March to May', 'Nov-Feb 2017', 'between August and October'."""
    a, b = _month(_g(m, "mo")), _month(_g(m, "mo2"))
    words = (_g(m, "mo") or "") + (_g(m, "mo2") or "")
    opened = m.group(0).lower().startswith(("from", "between"))
    if a is None or b is None or a == b or not (opened or _g(m, "y") or words.istitle()):
        return None  # 'may to march' in lower case, without 'from': ordinary words
    p = _base(m, "range")
    p.month = a
    p.end = Parsed(span=m.span(), text=m.group(0), kind="date", month=b)
    _year(p.end, _g(m, "y"))
    return p


def build_frequency(m: re.Match[str]) -> Parsed | None:
    """'twice a week', 'once a year', 'three times a month'."""
    p = _base(m, "set", "SET")
    p.unit = lx.UNITS.get((_g(m, "unit") or "").lower())
    p.amount = 1.0
    return p if p.unit else None


_FORMER_NOT_ADJ = re.compile(r"\s*(?:[^\w\s]|$|(?:is|was|has|had|said|says|who|and|or)\b)")


def build_ref(m: re.Match[str]) -> Parsed | None:
    """'now', 'currently', 'recently', 'the future' ('in' left out: a TimeML signal),
    'former' before a noun: TIMEX3 reference values."""
    words = " ".join(m.group(0).lower().split())
    if words == "former" and _FORMER_NOT_ADJ.match(m.string, m.end()):
        return None  # 'the former said': a pronoun, not a time
    p = _base(m, "ref")
    p.fixed = lx.REFS[words]
    signal = next((s for s in lx.REF_SIGNALS if words.startswith(s)), "")
    if signal:
        whole = m.group(0)
        _trim_front(p, m, len(whole) - len(whole[len(signal):].lstrip()))
    return p


def build_season(m: re.Match[str]) -> Parsed | None:
    """'summer 2023', 'the spring of 1978', 'in the winter'."""
    p = _base(m, "season")
    p.unit = lx.SEASONS[(_g(m, "season") or "").lower()]
    p.mod = _mod(_g(m, "mod"))
    _year(p, _g(m, "y"))
    return p


def build_quarter(m: re.Match[str]) -> Parsed | None:
    """'the third quarter of 2023', 'Q1 2024', 'the first quarter'."""
    p = _base(m, "quarter")
    word = (_g(m, "q") or _g(m, "q2") or "").lower()
    p.amount = float(word[-1]) if word[-1:].isdigit() else float(lx.ORDINALS.get(word, 0))
    if word[:1].isdigit():
        p.amount = float(word[0])
    _year(p, _g(m, "y"))
    shift = _g(m, "shift") or _g(m, "shift2")
    p.shift = lx.SHIFTS.get(shift.lower()) if shift else None
    return p if 1 <= (p.amount or 0) <= 4 else None


def build_half(m: re.Match[str]) -> Parsed | None:
    """'H1 2016', '2016H2': a half year."""
    p = _base(m, "half")
    _year(p, _g(m, "y") or _g(m, "y2"))
    p.amount = float(_g(m, "h") or _g(m, "h2") or 1)
    return p if p.year else None


def build_half_of(m: re.Match[str]) -> Parsed | None:
    """'the first half of 2023', 'the second half of the year', 'the first half of next year'."""
    p = _base(m, "half")
    _year(p, _g(m, "y"))
    word = (_g(m, "h") or "").lower()
    p.amount = 1.0 if word in ("first", "1st") else 2.0
    shift = (_g(m, "shift") or "").lower()
    p.shift = lx.SHIFTS.get(shift, 0) if shift else None
    return p if p.year or p.shift is not None else None


def build_year_earlier(m: re.Match[str]) -> Parsed | None:
    """'a year-earlier loss', 'the year-ago period': the year (quarter, month) before the
    period the story is about (the last one told, else the article date)."""
    p = _base(m, "offset")
    p.shift, p.amount, p.fixed = -1, 1.0, "earlier"
    p.unit = lx.UNITS[(_g(m, "unit") or "year").lower()]
    return p


def build_after_next(m: re.Match[str]) -> Parsed | None:
    """'the week after next', 'the year after next'."""
    p = _base(m, "rel")
    p.shift, p.unit = 2, lx.UNITS[(_g(m, "unit") or "week").lower()]
    return p


_NTH = {"1st": 1, "2nd": 2, "3rd": 3, "4th": 4}


def build_nth_week(m: re.Match[str]) -> Parsed | None:
    """'the first week of October', 'the last week of 2015', 'the third week of this month'."""
    p = _base(m, "nth_week")
    word = (_g(m, "nth") or "").lower()
    p.nth = _NTH.get(word) or lx.ORDINALS.get(word)
    p.month = _month(_g(m, "mo"))
    _year(p, _g(m, "y") or _g(m, "y2"))
    shift = _g(m, "shift")
    p.shift = lx.SHIFTS.get(shift.lower()) if shift else None
    p.unit = lx.UNITS.get((_g(m, "unit") or "").lower())
    return p if p.nth else None


_AGE_BEFORE = re.compile(r"\b(?:his|her|their|my|your|our|its)\s+(?:(?:early|mid|late)[\s-]+)?$",
                         re.IGNORECASE)
_HOLIDAY_AS_MODIFIER = re.compile(
    r"\s+(?:party|parties|tree|trees|shoppers|shopping|stockings?|season|markets?|cards?|"
    r"gifts?|dinner|lights|decorations|carols?|presents?|sales|bonus(?:es)?|message|address|"
    r"truce|ceasefire|services?|specials?|movies?|songs?|menu|lunch|feast|traditions?)\b")


def build_decade(m: re.Match[str]) -> Parsed | None:
    """'the 1990s', 'the '90s' (not an age: 'in his early 20's')."""
    if _AGE_BEFORE.search(m.string[max(0, m.start() - 20):m.start()]):
        return None
    p = _base(m, "decade")
    p.mod = _mod(_g(m, "mod"))
    digits = _g(m, "dec") or _g(m, "d2") or _g(m, "d3") or ""
    if not digits.isdigit():
        return None
    p.year = int(digits) if len(digits) == 4 else 1900 + int(digits)
    return p


def build_time(m: re.Match[str]) -> Parsed | None:
    """Clock times '3 p.m.', '10:30', 'noon', 'this morning'."""
    p = _base(m, "time", "TIME")
    named = (_g(m, "named") or "").lower()
    if named:
        p.hour, p.minute = (12, 0) if named in ("noon", "midday") else (0, 0)
        return p
    part = _g(m, "pod")
    if part:
        p.part = lx.PARTS_OF_DAY[part.lower()]
        return p
    hour, minute = int(_g(m, "h") or 0), int(_g(m, "min") or 0)
    ampm = (_g(m, "ampm") or "").lower()
    if ampm.startswith("p") and hour < 12:
        hour += 12
    if ampm.startswith("a") and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return None
    p.hour, p.minute = hour, minute
    return p


def build_sameday(m: re.Match[str]) -> Parsed | None:
    """'the next day', 'the day before', 'a day later': relative to the last dated event."""
    p = _base(m, "sameday")
    text = m.group(0).lower()
    p.amount = 1.0 if any(w in text for w in ("next", "following", "later", "after")) else (
        0.0 if "same" in text else -1.0)
    return p


def build_same(m: re.Match[str]) -> Parsed | None:
    """'the same year', 'the same month': the period of the last date the story told."""
    p = _base(m, "same")
    p.unit = lx.UNITS[(_g(m, "unit") or "year").lower()]
    return p


def build_spelled_year(m: re.Match[str]) -> Parsed | None:
    """'in nineteen twenty eight', 'the year two thousand': a year said in words."""
    if _spelled_count(m):
        return None
    p = _base(m, "date")
    _year(p, _g(m, "y"))
    return p if p.year else None


_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                 "seventies": 7, "eighties": 8, "nineties": 9}


def build_decade_words(m: re.Match[str]) -> Parsed | None:
    """'the seventies', 'the nineteen eighties', 'the noughties', 'the twenty-tens'."""
    p = _base(m, "decade")
    word = (_g(m, "dw") or "").lower()
    century = nb.VALUES.get((_g(m, "cent") or "").lower().split("-")[0], 19)
    if word in ("noughties", "two thousands"):
        p.year = 2000
    elif word == "tens":
        p.year = 2010 if century in (20, 2) else 1910
    else:
        p.year = (20 if century == 20 else century) * 100 + _DECADE_WORDS[word] * 10
    return p


def build_century(m: re.Match[str]) -> Parsed | None:
    """'the 21st century', 'the nineteenth century' -> TIMEX century '20', '18'."""
    p = _base(m, "century")
    n = lx.ordinal_value(_g(m, "n") or "")
    if not n or not 1 <= n <= 99:
        return None
    p.year = n - 1
    return p


def build_holiday(m: re.Match[str]) -> Parsed | None:
    """'Christmas', 'Thanksgiving 2016', 'last Easter', 'black friday 2010' (not 'a Christmas
    party': there the name describes a thing, and its date would wrongly date the event)."""
    if not _g(m, "y") and _HOLIDAY_AS_MODIFIER.match(m.string, m.end()):
        return None
    p = _base(m, "holiday")
    p.holiday = " ".join((_g(m, "hol") or "").lower().replace("’", "'").split())
    _year(p, _g(m, "y"))
    shift = _g(m, "shift") or _g(m, "yshift")
    p.shift = lx.SHIFTS.get(shift.lower()) if shift else None
    return p if p.holiday in hol.HOLIDAYS else None


def build_offset_from(m: re.Match[str]) -> Parsed | None:
    """'two days after today', 'three weeks from tomorrow', 'two days before yesterday'."""
    p = build_offset(m)
    if p is None or p.amount is None:
        return None
    p.base = lx.DAY_WORDS[(_g(m, "w") or "today").lower()]
    p.shift = -1 if (_g(m, "dir") or "").lower() == "before" else 1
    p.fixed = None
    qmod = _g(m, "qmod")
    p.mod = lx.QUANT_MODS.get(" ".join(qmod.lower().split())) if qmod else None
    return p


def build_week_of(m: re.Match[str]) -> Parsed | None:
    """'the week of April 10th', 'the week beginning February 4', 'w/c Feb 4'."""
    p = build_date(m) if _g(m, "mo") else build_day_weekday(m)
    if p is None:
        return None
    p.kind = "week_of"
    return p


_D = r"(?P<d>" + _DAY + r")"
_M = r"(?P<mo>" + _MONTH + r")"
_Y = r"(?P<y>" + _YEAR + r")"
_W = r"(?P<wd>" + _WDAY + r")"
_OPT_Y = r"(?:(?:\s*,\s*|\s+)(?:of\s+)?" + _Y + r")?"
_AFTER_PREP = r"(?:(?<=\bon\s)|(?<=\bby\s)|(?<=\bto\s)|(?<=\bfrom\s)|(?<=\buntil\s)|" \
    r"(?<=\bsince\s)|(?<=\btill\s)|(?<=\bbefore\s)|(?<=\bafter\s))"
_HOLIDAY = lx.alternation(hol.HOLIDAYS).replace("'", "['’]?").replace(r"\.", r"\.?")
_PLURAL_UNITS = r"(?:years|decades|months|weeks|days|hours|centuries|minutes)"
# words after which a bare plural unit is a stretch of time: 'for years', 'take months'
_AFTER_SIGNAL = "(?:" + "|".join(
    rf"(?<=\b{w}\s)" for w in ("for", "over", "within", "in", "take", "takes", "took", "taken",
                                "taking", "lasted", "last", "lasts", "spent", "spend", "wait",
                                "waited", "after", "than", "by", "just", "only", "mere",
                                "barely", "perhaps", "maybe", "possibly", "even", "or",
                                "and")) + ")"
# a bare plural unit right after a count or an adjective is part of a longer phrase
_NOT_COUNTED = "".join(rf"(?<!{w}\s)" for w in (
    r"\d", "business", "working", "upcoming", "next", "previous", "past", "last", "coming",
    "recent", "early", "the", "these", "those", "few", "many", "several"))
_WEEK_OF = r"(?:(?:the\s+)?week\s+(?:of|beginning|starting|commencing)(?:\s+on)?|w/c)\s+"

RULES: list[tuple[re.Pattern[str], Builder]] = [
    (_rx(r"(?P<y>\d{4})[-/](?P<mn>\d{1,2})[-/](?P<d>\d{1,2})"), build_date),
    (_rx(r"(?P<y>\d{4})\.(?P<mn>\d{1,2})\.(?P<d>\d{1,2})"), build_date),
    (_rx(_D + r"-" + _M + r"-" + _Y), build_date),
    (_rx(_M + r"(?:\s*[-/]\s*|(?<=[a-z])(?=\d)|,\s*(?=\d{1,2}(?:st|nd|rd|th)\b))" + _D
         + _OPT_Y), build_date),
    (_rx(_AFTER_PREP + r"(?P<mn>\d{1,2})/(?P<d>\d{1,2})(?![/\d])"), build_date),
    (_rx(_W + r",?\s+(?P<mn>\d{1,2})[/.-](?P<d>\d{1,2})(?![/.-]?\d)"), build_date),
    (_rx(_W + r",?\s+(?P<d>\d{1,2}(?:st|nd|rd|th)?)(?![\w:/-]|\.\d|\s+[a-z])"),
     build_day_weekday),
    (_rx(_AFTER_PREP + r"(?:the\s+)?(?P<y>" + nb.SPELLED_YEAR + r")"), build_spelled_year),
    (_rx(r"(?:the\s+)?year\s+(?P<y>" + nb.SPELLED_YEAR + r")"), build_spelled_year),
    (_rx(r"(?:(?<=\bin\s)|(?<=\bof\s))(?P<y>" + nb.SPELLED_YEAR + r")"), build_spelled_year),
    (_rx(r"the\s+(?:(?P<cent>nineteen|eighteen|twenty)[\s-])?(?P<dw>twenties|thirties|forties|"
         r"fifties|sixties|seventies|eighties|nineties|noughties|tens)"), build_decade_words),
    (_rx(r"the\s+(?P<dw>two\s+thousands)"), build_decade_words),
    (_rx(r"(?:the\s+)?(?P<n>\d{1,2}(?:st|nd|rd|th)|" + _ORD_WORDS + r")\s+century"),
     build_century),
    (_rx(r"(?:(?P<shift>last|next|this|coming|past)\s+)?(?P<hol>" + _HOLIDAY + r")"
         r"(?!\s+(?:island|agreement|accords?|rising|offensive|uprising))(?:\s*,?\s*"
         r"(?:of\s+)?" + _Y + r"|\s+(?:of\s+)?(?P<yshift>last|next|this)\s+year)?"), build_holiday),
    (_rx(r"(?:(?P<qmod>" + _QMOD + r")\s+)?(?P<num>" + _NUM + r")\s+(?P<unit>" + _UNIT + r")s?\s+"
         r"(?P<dir>from|after|before)\s+(?P<w>today|tomorrow|yesterday|tmrw)"), build_offset_from),
    (_rx(_WEEK_OF + _M + r"[\s.]*(?:the\s+)?" + _D + _OPT_Y), build_week_of),
    (_rx(_WEEK_OF + r"(?:the\s+)?" + _D + r"\s+(?:of\s+)?" + _M + _OPT_Y), build_week_of),
    (_rx(_WEEK_OF + r"the\s+(?P<d>\d{1,2}(?:st|nd|rd|th))"), build_week_of),
    (_rx(r"(?P<mod>earlier|later)\s+in\s+the\s+(?P<unit>week|month|year)"), build_rel),
    (_rx(r"(?P<mod>(?:the\s+)?(?:beginning|middle|end|start)\s+of)\s+(?:the\s+)?"
         r"(?P<unit>week|month|year|decade|century)(?!\s+(?:of|after|before))"), build_rel),
    (_rx(r"(?P<mn>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4}|\d{2})"), build_date),
    (_rx(r"(?P<d>\d{1,2})\.(?P<mn>\d{1,2})\.(?P<y>\d{4})"), build_date),
    (_rx(r"(?P<d>\d{1,2})-(?P<mn>\d{1,2})-(?P<y>\d{4})"), build_date),
    (_rx(_M + r"[-/]?" + _D + r"[-/]" + _Y), build_date),
    (_rx(_Y + r"[-/]" + _M + r"[-/]" + _D), build_date),
    (_rx(_M + r"[-/]" + _Y), build_month),
    (_rx(r"(?P<mn>\d{1,2})[-/](?P<d>\d{1,2})[-/,](?P<y>\d{2}|\d{4})"), build_date),
    (_rx(r"(?:the\s+)?" + _D + r"\s+of\s+(?P<shift>this|next|last|the\s+next|the\s+last)\s+"
         r"month"), build_day_of_rel_month),
    (_rx(_Y + r"\s*,?\s+" + _M), build_month),
    (_rx(r"(?P<y>\d{4})\s*[-/.]\s*(?P<mn>0?[1-9]|1[0-2])(?![-/.]?\d)"), build_month),
    (_rx(r"(?<![-/.\d])(?P<mn>0?[1-9]|1[0-2])\s*[-/]\s*(?P<y>\d{4})"), build_month),
    (_rx(_W + r",?\s*\(\s*" + _M + r"\s+" + _D + _OPT_Y + r"\s*\)"), build_date),
    (_rx(_W + r",?\s*\(\s*" + _D + r"\s+(?:of\s+)?" + _M + _OPT_Y + r"\s*\)"), build_date),
    (_rx(_W + r",?\s+" + _M + r"\s+" + _D + _OPT_Y), build_date),
    (_rx(_W + r",?\s+(?:the\s+)?" + _D + r"\s+(?:of\s+)?" + _M + _OPT_Y), build_date),
    (_rx(_W + r",?\s+the\s+" + _D + r"(?!\s+(?!(?:until|till|to|through|and|or|at|in)\b)"
         r"[a-z])"), build_day_weekday),
    (_rx(r"(?:(?<=\bon\s)|(?<=\bfor\s)|(?<=\bby\s)|(?<=\buntil\s))the\s+(?P<d>\d{1,2}(?:st|nd|rd|th))"
         r"(?!\s+[a-z])"), build_day_weekday),
    (_rx(r"(?:the\s+)?(?P<nth>first|second|third|fourth|fifth|last)\s+" + _W
         + r"\s+(?:of|in)\s+(?:(?P<shift>this|next|last|previous)\s+month|" + _M + _OPT_Y
         + r")"), build_nth_weekday),
    (_rx(r"(?:from\s+|between\s+)?(?:the\s+)?" + _D + _RANGE_SEP + r"(?:the\s+)?(?P<d2>" + _DAY
         + r")\s+(?:of\s+)?" + _M + _OPT_Y), build_range),
    (_rx(r"(?:from\s+|between\s+)?" + _M + r"\s+" + _D + _RANGE_SEP + r"(?P<d2>" + _DAY + r")"
         + _OPT_Y), build_range),
    (_rx(r"(?:from|between)\s+(?:the\s+)?" + _D + _RANGE_SEP + _M + r"\s+(?:the\s+)?(?P<d2>"
         + _DAY + r")" + _OPT_Y), build_range),
    (_rx(r"(?:from\s+|between\s+)?(?:the\s+)?" + _D + _RANGE_SEP + r"(?:the\s+)?(?P<d2>" + _DAY
         + r")\s+(?:(?:of|in)\s+)?(?P<shift>this|next|last)\s+month"), build_month_days),
    (_rx(_M + r"\s+(?:the\s+)?" + _D + _OPT_Y), build_date),
    (_rx(r"(?:the\s+)?" + _D + r"\s+(?:of\s+)?" + _M + _OPT_Y), build_date),
    (_rx(r"(?:(?P<mod>" + _POS_MOD + r")[\s-]*)?" + _M + r"\s*,?\s+(?:of\s+)?" + _Y),
     build_month),
    (_rx(r"(?P<shift>last|next|this|coming|past)\s+" + _M), build_month),
    (_rx(_M + r"\s+(?P<yshift>last|next|this)\s+year"), build_month),
    (_rx(r"(?:(?P<mod>" + _POS_MOD + r")[\s-]*)?(?P<mo>" + lx.alternation(
        k for k in lx.MONTHS if len(k) > 3 or k == "may") + r")"), build_month),
    (_rx(r"(?:(?:from|between)\s+)?(?P<mo>" + _MONTH + r")" + _RANGE_SEP + r"(?P<mo2>" + _MONTH
         + r")" + _OPT_Y), build_month_range),
    (_rx(r"(?:(?P<mod>" + _POS_MOD + r")[\s-]*)?(?:the\s+year\s+)?(?P<y>(?:1[6-9]|20)\d{2})"
         r"(?!\s*(?:%|percent|per\s+cent|\.\d|,\d)|[-/]\d+[-/])"), build_year),
    (_rx(r"(?:the\s+year\s+)(?P<y>\d{5,})"), build_year),
    (_rx(r"(?:(?P<mod>early|late)\s+)?"
         r"(?:(?P<shift>last|next|this|(?:this\s+)?(?:coming|upcoming|past)|previous|following)"
         r"\s+)?(?:(?P<wshift>last|next|this|previous)\s+week\s+(?:on\s+|-\s+)?)?" + _W
         + r"(?:\s+(?P<pod>morning|afternoon|evening|night))?(?:\s+(?:of\s+)?(?:the\s+)?"
         r"(?P<wshift2>last|next|this|following|previous)\s+week)?"), build_weekday),
    (_rx(r"(?:(?P<mod>" + _POS_MOD + r")\s+)?(?:the\s+|this\s+(?=past|coming))?(?P<shift>"
         + _SHIFT + r")\s+"
         r"(?P<unit>week|month|year|weekend|quarter|decade|century|spring|summer|autumn|fall|"
         r"winter)"
         r"(?P<after>\s+after\s+(?:the\s+)?next)?"), build_rel),
    (_rx(r"(?:half\s+an?|(?P<num>another|all|full|whole|entire))[\s-]+(?:the\s+)?(?P<unit>hour|"
         r"day|week|month|year)"), build_whole_unit),
    (_rx(r"the\s+day\s+after(?!\s+(?:tomorrow|the\s+next|next))"), build_sameday),
    (_rx(r"(?P<extra>the\s+day\s+(?:before|after)\s+)?(?P<w>today|yesterday|tomorrow|tonight|tmrw"
         r"|last(?=\s+night))"
         r"(?:\s+(?P<pod>morning|afternoon|evening|night))?"), build_dayword),
    (_rx(r"(?:(?P<qmod>" + _QMOD + r")\s+)?(?:(?P<num>" + _NUM + r"|" + _VAGUE + r")\s+)?"
         r"(?P<unit>" + _UNIT + r")s?\s+(?P<dir>ago|earlier|later|from\s+now|hence)"),
     build_offset),
    (_rx(r"in\s+(?P<num>" + _NUM + r")\s+(?P<unit>" + _UNIT + r")s?(?:'?\s*time)?"
         r"(?=\s*(?:,|\.|;|\?|!|$|and|or|when|if|to|from|after))"), build_offset),
    (_rx(r"(?:(?P<qmod>" + _QMOD + r")\s+)?(?:(?:the\s+)?(?:past|next|previous|coming|"
         r"first|following)\s+|the\s+last\s+)?(?P<num>" + _NUM + r"|" + _VAGUE
         + r")(?P<half1>\s+and\s+(?:a\s+)?half)?(?:[\s-]+|(?<=\d))(?:(?:consecutive|straight|"
         r"successive|full|long)\s+)?(?P<unit>" + _UNIT
         + r")s?(?P<half>\s+and\s+(?:a\s+)?half)?"
         r"(?:[\s-]+long|-old|\s+old(?=\W))?"), build_duration),
    (_rx(r"(?:(?P<qmod>" + _QMOD + r")\s+|(?<![a-z]\s))(?P<unit>" + _PLURAL_UNITS
         + r")(?=\s+of\b|\s*[.,;]|\s*$)"), build_duration),
    (_rx(r"(?:(?P<qmod>" + _QMOD + r")\s+)?" + _NOT_COUNTED + r"(?P<unit>" + _PLURAL_UNITS
         + r")(?=\s+(?:ago|later|earlier|after|before|into|on\s+end)\b)"), build_duration),
    (_rx(_AFTER_SIGNAL + r"(?P<unit>" + _PLURAL_UNITS + r")"), build_duration),
    (_rx(r"(?:the\s+)?(?P<num>recent|coming)\s+(?P<unit>" + _PLURAL_UNITS + r")"),
     build_duration),
    (_rx(r"(?:the\s+)?(?P<h>first|second|1st|2nd|latter)\s+half\s+of\s+(?:(?P<shift>the|this|last|"
         r"next|previous)\s+year|" + _Y + r")"), build_half_of),
    (_rx(r"(?:the\s+)?(?:(?P<mod>early|mid|late)[\s-]*)?(?P<season>spring|summer|autumn|winter)"
         r"(?=\s*[.,;:!?]|\s*$)"),
     build_season),
    (_rx(r"(?:the\s+)(?P<season>spring|summer|autumn|winter)(?!\s+(?:of|\d|camps?|schools?|"
         r"olympics|games|solstice|palace|house|residence|collection|recess|break|festival|"
         r"offensive|transfer|wheat|crops?)\b)"), build_season),
    (_rx(r"(?:every|each)\s+(?:(?P<num>other|" + _NUM + r")\s+)?(?:(?P<wd>" + _WDAY
         + r")|(?P<unit>" + _UNIT + r"|morning|afternoon|evening|night))s?"), build_set),
    (_rx(r"(?P<adv>" + lx.alternation(lx.SET_ADVERBS) + r")"), build_set),
    (_rx(r"(?:once|twice|(?:" + _NUM + r")\s+(?:times|days|nights|hours|minutes))\s+"
         r"(?:a|an|per|each)\s+(?P<unit>day|week|month|year)"), build_frequency),
    (_rx(r"(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)s"),
     build_set),
    (_rx("(?:" + lx.alternation(lx.REFS) + r")(?!-)"), build_ref),  # not 'soon-to-be'
    (_rx(r"(?:(?:the|this|last|next)\s+)?(?P<season>spring|summer|autumn|winter)(?:\s+of)?\s+"
         + _Y), build_season),
    (_rx(r"(?:the\s+)?(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+quarter(?:\s+of\s+"
         r"(?:(?P<shift>this|last|next)\s+year|" + _Y + r")|\s+(?P<shift2>this|last|next)"
         r"\s+year)?"), build_quarter),
    (_rx(r"Q(?P<q>[1-4])\s*-\s*" + _Y), build_quarter),
    (_rx(r"Q(?P<q>[1-4])(?:\s+" + _Y + r"|\s+(?P<shift>this|last|next)\s+year)?"),
     build_quarter),
    (_rx(_Y + r"\s*[-,]?\s*(?:Q(?P<q>[1-4])|(?:the\s+)?(?P<q2>first|second|third|fourth)\s+"
         r"quarter)"), build_quarter),
    (_rx(r"(?:H(?P<h>[12])\s*" + _Y + r"|" + r"(?P<y2>\d{4})\s*-?\s*H(?P<h2>[12]))"), build_half),
    (_rx(r"(?P<unit>year|quarter|month)-(?:earlier|ago)"), build_year_earlier),
    (_rx(r"the\s+(?P<unit>week|month|year|weekend)\s+after\s+(?:the\s+)?next"),
     build_after_next),
    (_rx(r"(?:the\s+)?(?P<nth>first|second|third|fourth|fifth|last|1st|2nd|3rd|4th)\s+week\s+"
         r"(?:(?:of|in)\s+)?(?:(?P<shift>this|next|last)\s+(?P<unit>month|year)|(?:of|in)\s+"
         + _M + r"(?:"
         r"\s*,?\s*(?P<y2>\d{4}))?|(?:of|in)\s+" + _Y + r")"), build_nth_week),
    (_rx(r"(?:the\s+)(?:(?P<mod>early|mid|late)[\s-]+)?(?:(?P<dec>(?:1[6-9]|20)\d0)|"
         r"'?(?P<d2>\d0))'?s"), build_decade),
    (_rx(r"the\s+weekend"), build_weekend),
    (_rx(r"(?:(?P<mod>early|mid|late)[\s-]+)?(?P<dec>(?:1[6-9]|20)\d0)'?s"), build_decade),
    (_rx(r"(?:(?<=\s)|(?<=^))(?:'(?P<d2>\d0)s|(?P<dec>(?:1[6-9]|20)\d0)'s|(?P<d3>\d0)'s)"),
     build_decade),
    (_rx(r"(?P<h>\d{1,2})(?::(?P<min>\d{2}))?\s*(?P<ampm>a\.m\.|p\.m\.|am|pm)"
         r"(?=\W|$)"), build_time),
    (_rx(r"(?P<h>[01]?\d|2[0-3]):(?P<min>[0-5]\d)"), build_time),
    (_rx(r"(?P<named>noon|midday|midnight)"), build_time),
    (_rx(r"this\s+(?P<pod>morning|afternoon|evening)"), build_time),
    (_rx(r"the\s+same\s+(?P<unit>week|month|year)"), build_same),
    (_rx(r"(?:(?:the\s+)?(?:next|following)\s+day|the\s+(?:previous|same)\s+day|"
         r"the\s+day\s+before|"
         r"a\s+day\s+(?:later|earlier))"), build_sameday),
]


_KEYWORDS = (
    list(lx.MONTHS) + list(lx.WEEKDAYS) + list(lx.SET_ADVERBS) + list(lx.SEASONS)
    + list(lx.PARTS_OF_DAY) + list(lx.DAY_WORDS) + [w for w in lx.REFS if " " not in w]
    + ["day", "week", "weekend", "month", "year", "decade", "century", "centurie", "quarter",
       "hour", "minute", "second", "fortnight", "noon", "midday", "midnight", "future", "past",
       "once", "twice", "yr", "hr", "min", "sec", "thousand", "hundred", "nineteen", "eighteen",
       "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties",
       "nineties", "noughties", "w/c", "moment"]
    + list(hol.TRIGGERS))
_TRIGGER = re.compile(r"\d|\b(?:" + lx.alternation(_KEYWORDS) + r")s?\b", re.IGNORECASE)
WINDOW = 70  # characters kept on each side of a trigger word: longer than any expression
# every trigger begins at a digit or a word start (all keywords begin with a letter), so the
# scan need only try the places whose first chars some trigger can begin with
_TRIGGER_PREFIXES = (starts.prefix_regex(_TRIGGER, lead=False)
                     if all(k[:1].isalpha() for k in _KEYWORDS) else None)


def _triggers(text: str) -> Iterator[re.Match[str]]:
    """The trigger matches of ``text``, in order (as ``_TRIGGER.finditer``)."""
    if _TRIGGER_PREFIXES is None:
        return _TRIGGER.finditer(text)
    return starts.boundary_matches(_TRIGGER, _TRIGGER_PREFIXES, text)


def windows(text: str) -> list[tuple[int, int]]:
    """Stretches of text around digits and time words, cut at whitespace: the only places a
    rule can match, so long articles are not scanned by every rule."""
    spans: list[tuple[int, int]] = []
    for m in _triggers(text):
        start = text.rfind(" ", 0, max(0, m.start() - WINDOW)) + 1
        end = text.find(" ", min(len(text), m.end() + WINDOW))
        end = len(text) if end < 0 else end
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], end))
        else:
            spans.append((start, end))
    return spans


def _needs(words: str) -> re.Pattern[str]:
    return re.compile(words, re.IGNORECASE)


# rules for rarer forms run only on windows holding one of their words (keeps the scan cheap)
NEEDS: dict[Builder, re.Pattern[str]] = {
    build_spelled_year: _needs(r"thousand|hundred|teen|twenty|thirty|forty|fifty|sixty|"
                               r"seventy|eighty|ninety"),
    build_decade_words: _needs(r"ties\b|noughties|thousands"),
    build_century: _needs(r"century"),
    build_holiday: _needs(r"christmas|xmas|halloween|thanksgiving|easter|pentecost|patrick|"
                          r"day\b|eve\b|friday|monday"),
    build_offset_from: _needs(r"today|tomorrow|yesterday|tmrw"),
    build_week_of: _needs(r"week|w/c"),
    build_month_days: _needs(r"month"),
    build_whole_unit: _needs(r"half|another|all|full|whole|entire"),
    build_month_range: _needs(r"-|–|~|\bto\b|till|until|through|\band\b"),
}


# per rule, the positions it can start at (see starts.py): the scan's main saving
PREFIXES: list[re.Pattern[str] | None] = [starts.prefix_regex(rx) for rx, _ in RULES]


def find(text: str) -> list[Parsed]:
    """All temporal expressions in ``text``: the longest match wins, no overlaps."""
    found: list[Parsed] = []
    spans = windows(text)
    word_starts = starts.WordStarts(text, PREFIXES, spans)
    live_by_need: dict[re.Pattern[str] | None, list[tuple[int, int]]] = {None: spans}
    for index, (rx, builder) in enumerate(RULES):
        need = NEEDS.get(builder)
        if need not in live_by_need:
            live_by_need[need] = [w for w in spans if need and need.search(text, *w)]
        live = live_by_need[need]
        ws = word_starts if PREFIXES[index] is not None else None
        for m in (m for start, end in live
                  for m in starts.matches(rx, index, ws, text, start, end)):
            try:
                parsed = builder(m)
            except (ValueError, KeyError, IndexError, OverflowError):
                parsed = None  # odd input inside a match: skip it, never fail the article
            if parsed is not None:
                found.append(parsed)
    return link_times(merge_ranges(_longest_first(found), text), text)


_TIME_GAP = re.compile(r"^[\s,]*(?:(?:local|gmt|utc|[a-z]?[ecmp][sd]?t)\s+(?:time\s+)?)?"
                       r"(?:on|at|of)?[\s,]*$", re.IGNORECASE)
_DAY_KINDS = ("weekday", "date", "dayword")


def link_times(items: list[Parsed], text: str) -> list[Parsed]:
    """A clock time next to a day ('3 p.m. Tuesday', 'Tuesday at 3 p.m.', '10:30 a.m.
    local time on Tuesday') falls on that day, not on the anchor day."""
    for i, p in enumerate(items):
        if p.kind != "time" or p.hour is None:
            continue
        for q in (items[i + 1] if i + 1 < len(items) else None, items[i - 1] if i else None):
            if q is None or q.kind not in _DAY_KINDS or (q.kind == "date" and q.day is None):
                continue
            gap = text[p.span[1]:q.span[0]] if q.span[0] >= p.span[1] else \
                text[q.span[1]:p.span[0]]
            if _TIME_GAP.match(gap):
                p.day_of = q
                break
    return items


def _longest_first(found: list[Parsed]) -> list[Parsed]:
    """Keep non-overlapping matches, preferring longer ones, then earlier rules."""
    chosen: list[Parsed] = []
    taken: list[Span] = []
    for p in sorted(found, key=lambda q: -(q.span[1] - q.span[0])):
        if all(p.span[1] <= s or p.span[0] >= e for s, e in taken):
            chosen.append(p)
            taken.append(p.span)
    return sorted(chosen, key=lambda q: q.span)


_JOIN = re.compile(r"^\s*(?:-|–|~|to|till|until|through|and)\s*$", re.IGNORECASE)
_OPEN = re.compile(r"(?:from|between)\s+$", re.IGNORECASE)


def merge_ranges(items: list[Parsed], text: str) -> list[Parsed]:
    """Join neighbours that are one expression: 'from May 1 to June 3, 2023' (a range),
    '1 hour and 30 minutes' (a compound duration), '28 June in 2020' (a date and its year)."""
    out: list[Parsed] = []
    for p in items:
        merged = _merge_pair(out[-1], p, text) if out else None
        if merged is None:
            out.append(p)
        else:
            out[-1] = merged
    return out


def _merge_pair(prev: Parsed, p: Parsed, text: str) -> Parsed | None:
    """The one expression ``prev`` and ``p`` make together, or None."""
    gap = text[prev.span[1]:p.span[0]]
    if prev.kind == "date" and p.kind == "date" and _joined(prev, p, text) \
            and (_same_grain(prev, p) or _mixed_grain(prev, p, text)):
        return _as_range(prev, p, text)
    if prev.kind == "duration" and p.kind == "duration" and _COMPOUND.match(gap) \
            and p.mod is None and None not in (prev.amount, p.amount):
        return _as_compound(prev, p, text)
    if prev.kind == "duration" and p.kind == "offset" and p.amount is not None \
            and prev.mod is None and _COMPOUND.match(gap):
        return _as_compound_offset(prev, p, text)
    if _IN_YEAR.match(gap) and _bare_year(p) and prev.kind in ("date", "range") \
            and prev.year is None and prev.month is not None:
        return _with_year(prev, p, text)
    if _endpoint(prev) in _ENDPOINTS and _endpoint(p) in _ENDPOINTS and _joined(prev, p, text) \
            and _opener(prev, text):
        return _as_span_range(prev, p, text)
    if _SET_TIME_GAP.match(gap) and {prev.kind, p.kind} == {"set", "time"}:
        return _set_at_time(prev, p, text)
    if prev.kind == "duration" and _PART_OF.match(prev.text) and _OF.match(gap) \
            and (_bare_year(p) or (p.kind == "rel" and p.unit == "Y")):
        prev.span, prev.text = (prev.span[0], p.span[1]), text[prev.span[0]:p.span[1]]
        return prev  # 'the first five months of 2022': one stretch
    return None


_PART_OF = re.compile(r"the\s+(?:first|last|final)\s", re.IGNORECASE)
_OF = re.compile(r"^\s+of\s+$", re.IGNORECASE)


_SET_TIME_GAP = re.compile(r"^\s*(?:at|on)?\s*$", re.IGNORECASE)


def _set_at_time(a: Parsed, b: Parsed, text: str) -> Parsed | None:
    """'9am every Sunday', 'every day at 3pm': a set of clock times."""
    every, clock = (a, b) if a.kind == "set" else (b, a)
    daily = every.unit == "D" and (every.amount or 1) == 1 and not every.fixed
    if clock.hour is None or not (every.weekday is not None or every.part or daily
                                  or every.fixed == "P1D"):
        return None
    out = Parsed(span=(a.span[0], b.span[1]), text=text[a.span[0]:b.span[1]], kind="set",
                 type="SET", weekday=every.weekday, hour=clock.hour, minute=clock.minute)
    return out


_IN_YEAR = re.compile(r"^\s+in\s+$", re.IGNORECASE)
_ENDPOINTS = ("date", "dayword", "weekday", "now")


def _endpoint(p: Parsed) -> str:
    """The kind of a range end ('now' for the word now, which ends 'between Jan 22 and now')."""
    return "now" if p.kind == "ref" and p.text.lower() == "now" else p.kind


def _opener(p: Parsed, text: str) -> str:
    """The 'from ' or 'between ' right before ``p`` ('' when none)."""
    m = _OPEN.search(text[max(0, p.span[0] - 10):p.span[0]])
    return m.group(0) if m else ""


def _bare_year(p: Parsed) -> bool:
    return p.kind == "date" and p.year is not None and p.month is None and p.mod is None


def _with_year(a: Parsed, year: Parsed, text: str) -> Parsed:
    """'28 June in 2020', 'from April to June in 2017': the year belongs to the date."""
    a.span = (a.span[0], year.span[1])
    a.text = text[a.span[0]:a.span[1]]
    a.year = year.year
    if a.end is not None:
        a.end.year = year.year
    return a


def _as_span_range(a: Parsed, b: Parsed, text: str) -> Parsed:
    """'between Jan 2019 and today', 'from next Friday to Oct 1st 2020': ends of other kinds,
    each resolved on its own."""
    start = a.span[0] - len(_opener(a, text))
    out = Parsed(span=(start, b.span[1]), text=text[start:b.span[1]], kind="span_range")
    out.start, out.end = a, b
    return out


_COMPOUND = re.compile(r"^\s*(?:,|and|,\s*and)?\s*$")


def _as_compound(a: Parsed, b: Parsed, text: str) -> Parsed:
    """'1 year 1 month 21 days', '1 hour and 30 minutes': one duration of several parts."""
    parts = list(a.parts or [(a.amount, a.unit or "D")]) + [(b.amount, b.unit or "D")]
    out = Parsed(span=(a.span[0], b.span[1]), text=text[a.span[0]:b.span[1]], kind="duration",
                 type="DURATION", amount=a.amount, unit=a.unit, mod=a.mod)
    out.parts = parts
    return out


def _as_compound_offset(a: Parsed, b: Parsed, text: str) -> Parsed:
    """'1 month 21 days ago', '2 years 21 days later': one offset of several parts."""
    out = Parsed(span=(a.span[0], b.span[1]), text=text[a.span[0]:b.span[1]], kind="offset",
                 amount=b.amount, unit=b.unit, shift=b.shift, fixed=b.fixed, base=b.base)
    out.parts = list(a.parts or [(a.amount, a.unit or "D")]) + [(b.amount, b.unit or "D")]
    return out


def _same_grain(a: Parsed, b: Parsed) -> bool:
    """Two full dates, two months ('from March to May') or two bare years."""
    if a.day and b.day:
        return True
    if a.month and b.month and not a.day and not b.day and a.shift is None:
        return a.year is None or b.year is None or (a.year, a.month) < (b.year, b.month)
    return bool(a.year and b.year and a.month is None and b.month is None and a.year < b.year)


def _mixed_grain(a: Parsed, b: Parsed, text: str) -> bool:
    """'between 2015 and Feb 2018', 'from Feb 1st to March 2019': opened by from/between,
    with a written year, and no shift words."""
    opened = _OPEN.search(text[max(0, a.span[0] - 10):a.span[0]])
    return bool(opened and (a.year or b.year) and a.shift is None and b.shift is None
                and (a.month or a.year) and (b.month or b.year))


def _joined(a: Parsed, b: Parsed, text: str) -> bool:
    gap = text[a.span[1]:b.span[0]]
    if gap.strip().lower() == "and" and not _OPEN.search(text[max(0, a.span[0] - 10):a.span[0]]):
        return False  # 'in 2007 and 2009' is two years; 'between 2007 and 2009' a range
    return bool(_JOIN.match(gap)) and len(gap) < 12


def _as_range(a: Parsed, b: Parsed, text: str) -> Parsed:
    start = a.span[0]
    opener = _OPEN.search(text[max(0, start - 10):start])
    if opener:
        start -= len(opener.group(0))
    if a.year is None:
        a.year = b.year
    rng = Parsed(span=(start, b.span[1]), text=text[start:b.span[1]], kind="range",
                 year=a.year, month=a.month, day=a.day, weekday=a.weekday)
    rng.end = b
    return rng

