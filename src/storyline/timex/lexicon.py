"""Words of English temporal expressions: months, weekdays, numbers, units, modifiers."""

from __future__ import annotations

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tues": 1, "tue": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thurs": 3, "thur": 3, "thu": 3, "friday": 4, "fri": 4, "saturday": 5,
    "sat": 5, "sunday": 6, "sun": 6,
}
# abbreviations that are ordinary words on their own; accepted only inside a date
AMBIGUOUS_ALONE = {"may", "march", "mar", "sun", "sat", "wed", "dec", "jan", "jun", "jul",
                   "aug", "oct", "nov", "sept", "sep", "feb", "apr", "mon", "tue", "thu", "fri"}

NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "half": 0.5, "couple": 2,
    "a couple of": 2, "couple of": 2, "a dozen": 12, "dozen": 12,
}
VAGUE_NUMBERS = ("few", "a few", "several", "some", "many", "numerous")

ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "last": -1,
}

# unit word -> TIMEX3 unit letter (T-prefixed for clock units)
UNITS = {
    "second": "TS", "sec": "TS", "minute": "TM", "min": "TM", "hour": "TH", "hr": "TH",
    "h": "TH", "day": "D", "week": "W", "fortnight": "2W", "month": "M", "year": "Y",
    "yr": "Y", "decade": "DE", "century": "CE", "quarter": "Q", "weekend": "WE",
}
SET_ADVERBS = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y",
               "yearly": "P1Y", "hourly": "PT1H", "quarterly": "P3M", "nightly": "TNI",
               "everyday": "P1D", "biweekly": "P2W", "fortnightly": "P2W", "bimonthly": "P2M",
               "biannually": "P6M", "semi-annually": "P6M", "semiannually": "P6M",
               "bi-weekly": "P2W", "bi-monthly": "P2M", "bi-annually": "P6M"}
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}

SHIFTS = {"last": -1, "past": -1, "previous": -1, "this": 0, "current": 0, "next": 1,
          "coming": 1, "following": 1, "upcoming": 1}
MODS = {"early": "START", "earlier": "START", "beginning": "START", "start": "START",
        "mid": "MID", "middle": "MID", "late": "END", "later": "END", "end": "END"}
QUANT_MODS = {"more than": "MORE_THAN", "over": "MORE_THAN", "longer than": "MORE_THAN",
              "less than": "LESS_THAN", "under": "LESS_THAN", "fewer than": "LESS_THAN",
              "nearly": "LESS_THAN", "almost": "LESS_THAN", "about": "APPROX",
              "around": "APPROX", "roughly": "APPROX", "some": "APPROX",
              "approximately": "APPROX", "at least": "EQUAL_OR_MORE", "up to": "EQUAL_OR_LESS",
              "no more than": "EQUAL_OR_LESS"}
REFS = {"now": "PRESENT_REF", "currently": "PRESENT_REF", "at present": "PRESENT_REF",
        "nowadays": "PRESENT_REF", "these days": "PRESENT_REF", "recently": "PAST_REF",
        "in the past": "PAST_REF", "the past": "PAST_REF", "in the future": "FUTURE_REF",
        "the future": "FUTURE_REF", "soon": "FUTURE_REF", "at the moment": "PRESENT_REF",
        "for the moment": "PRESENT_REF", "former": "PAST_REF", "formerly": "PAST_REF"}
# a leading preposition is a TimeML signal, not part of the expression ('in the past')
REF_SIGNALS = ("in ", "at ", "for ")
DAY_WORDS = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0, "tmrw": 1}


def alternation(words: object) -> str:
    """A regex alternation of the words, longest first (so 'sept' wins over 'sep')."""
    items = sorted((str(w) for w in words), key=len, reverse=True)  # type: ignore[attr-defined]
    return "|".join(w.replace(" ", r"\s+") for w in items)


def number_value(word: str) -> float | None:
    """A number from digits or an English number word ('six', 'twenty-one', '1.5')."""
    word = word.lower().strip().replace("-", " ")
    word = " ".join(word.split())
    try:
        return float(word)
    except ValueError:
        pass
    if word in NUMBERS:
        return float(NUMBERS[word])
    parts = word.split()
    if len(parts) == 2 and all(p in NUMBERS for p in parts):
        return float(NUMBERS[parts[0]] + NUMBERS[parts[1]])
    return None


def ordinal_value(word: str) -> int | None:
    """A day number from '16', '16th', 'sixteenth', 'twenty-first'."""
    word = word.lower().strip().replace("-", " ")
    digits = word.rstrip("stndrh.")
    if digits.isdigit():
        return int(digits)
    parts = word.split()
    if len(parts) == 1:
        return ORDINALS.get(parts[0]) if parts[0] != "last" else None
    if len(parts) == 2 and parts[0] in NUMBERS and parts[1] in ORDINALS:
        return int(NUMBERS[parts[0]]) + ORDINALS[parts[1]]
    return None
