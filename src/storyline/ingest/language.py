"""Offline language identification: writing systems, then function-word profiles.

Good enough to tell which articles the English extractors may read: a text in a non-Latin
script is named by its script; a Latin-script text by which language's most frequent function
words it uses most. Short or unclear text is treated as English (the extractors' language), so
a one-line English brief is never skipped; only a clear case of another language is.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

SAMPLE_CHARS = 20_000  # enough text to decide; long articles are not read in full
MIN_WORDS = 8  # fewer Latin-script words than this: too short to tell, treated as English
MIN_HITS = 4  # function words of the winning language needed before it beats English
MIN_SHARE = 0.15  # ... and the share of all words they must make up
MARGIN = 2.0  # ... and how many times English's count they must reach

# Frequent function words. Each list leaves out words that are also common in English ("in",
# "an", "a", "die", "son") so an English text scores almost nothing outside its own profile.
_PROFILES: dict[str, str] = {
    "en": "the of and to is that for it with as was are be by this have from has had were"
          " which said would will their they his her been not but who its after we he she"
          " at about than more also or there when what can could into over our you",
    "de": "der und den das ist nicht mit sich des auf für dem ein eine einer eines zu von"
          " im auch als wird werden wurde sind bei nach aus oder wie noch über hat haben"
          " sie ich er wir dass es kann vor um zum zur durch",
    "fr": "le la les des du une est et dans pour pas que qui sur au aux par avec ce cette"
          " sont il elle ont été mais ses leur comme être fait nous vous ou où"
          " selon aussi entre après",
    "es": "el la los las del que y en por con una para es se al lo como más pero sus fue"
          " este esta ha han sobre entre también muy según sin desde hasta cuando",
    "it": "il di che è la le della del dei delle per con una sono si da nel nella al"
          " alla anche più ha gli questo questa essere stato dopo tra sul",
    "pt": "o os da do das dos que em um uma para com não se por mais como foi ao pelo pela"
          " são está seu sua também entre depois sobre já ser muito",
    "nl": "de het een van en dat op te zijn voor niet aan er ook als bij maar"
          " werd wordt naar dit heeft hebben nog uit zou worden om",
    "sv": "och att det som en är på för med av till den har inte om ett var de jag"
          " från eller hade kan när så efter också vid mot",
    "pl": "w na z że się nie jest jak po przez od za oraz dla jego tym być który"
          " która które ale także już został tak",
    "tr": "ve bir bu da de için ile olarak daha çok olan gibi sonra kadar ancak değil"
          " ise en ya olduğu ama şu tarafından",
    "id": "dan yang di ini itu dengan untuk dari dalam tidak akan pada juga ke karena"
          " oleh ada bahwa mereka telah sebagai atau kami",
    "ro": "și în de la cu pe că nu o din este pentru se mai sunt fost au sau"
          " acest această după prin dar",
}
_WORDS: dict[str, frozenset[str]] = {lang: frozenset(ws.split()) for lang, ws in _PROFILES.items()}

# Scripts that name a language on their own (checked on the letters' Unicode names).
_SCRIPTS = (
    ("HIRAGANA", "ja"), ("KATAKANA", "ja"), ("HANGUL", "ko"), ("CJK", "zh"),
    ("CYRILLIC", "ru"), ("GREEK", "el"), ("ARABIC", "ar"), ("HEBREW", "he"),
    ("DEVANAGARI", "hi"), ("THAI", "th"), ("BENGALI", "bn"), ("GEORGIAN", "ka"),
    ("ARMENIAN", "hy"), ("TAMIL", "ta"),
)
_UKRAINIAN = frozenset("іїєґ")
_PERSIAN = frozenset("پچژگ")
_ASCII_LETTER = re.compile(r"[A-Za-z]")
_NON_ASCII_LETTER = re.compile(r"[^\W\d_\x00-\x7f]")
_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


@dataclass(frozen=True)
class Detected:
    """A language guess: ISO 639-1 code, and whether the text said so clearly."""

    language: str
    confident: bool


def detect_language(text: str) -> Detected:
    """The language of ``text``: its script if not Latin, else its function words; English
    when unsure (too short, or no profile clearly ahead of English)."""
    sample = text[:SAMPLE_CHARS]
    scripts = _script_counts(sample)
    latin = scripts.pop("LATIN", 0)
    if scripts:
        script, count = scripts.most_common(1)[0]
        if count > latin:
            return Detected(_script_language(script, sample), True)
    return _latin_language(sample)


def _script_counts(text: str) -> Counter[str]:
    """Letters per writing system (the first word of their Unicode name)."""
    counts: Counter[str] = Counter(LATIN=len(_ASCII_LETTER.findall(text)))
    for ch in _NON_ASCII_LETTER.findall(text):
        counts[_script_of(unicodedata.name(ch, ""))] += 1
    return counts


def _script_of(name: str) -> str:
    for script, _ in _SCRIPTS:
        if name.startswith(script):
            return script
    return "LATIN" if name.startswith("LATIN") else "OTHER"


def _script_language(script: str, text: str) -> str:
    """The language a script stands for; Cyrillic and Arabic tell a few apart by letter."""
    if script == "CYRILLIC" and any(ch in _UKRAINIAN for ch in text.casefold()):
        return "uk"
    if script == "ARABIC" and sum(ch in _PERSIAN for ch in text) >= 3:
        return "fa"
    if script == "CJK" and any(unicodedata.name(ch, "").startswith(("HIRAGANA", "KATAKANA"))
                               for ch in text):
        return "ja"
    return dict(_SCRIPTS).get(script, "und")


def _latin_language(text: str) -> Detected:
    """The profile whose function words the text uses most, if clearly ahead of English."""
    words = [w.casefold() for w in _TOKEN.findall(text)]
    if len(words) < MIN_WORDS:
        return Detected("en", False)
    hits = {lang: sum(w in profile for w in words) for lang, profile in _WORDS.items()}
    best = max(hits, key=lambda lang: hits[lang])
    if best == "en":
        return Detected("en", hits["en"] >= MIN_HITS)
    clear = (hits[best] >= MIN_HITS and hits[best] >= MIN_SHARE * len(words)
             and hits[best] >= MARGIN * hits["en"])
    return Detected(best, True) if clear else Detected("en", False)


# English names of the languages detect_language can return, for messages
LANGUAGE_NAMES: dict[str, str] = {
    "en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian",
    "pt": "Portuguese", "nl": "Dutch", "sv": "Swedish", "pl": "Polish", "tr": "Turkish",
    "id": "Indonesian", "ro": "Romanian", "ru": "Russian", "uk": "Ukrainian", "zh": "Chinese",
    "ja": "Japanese", "ko": "Korean", "el": "Greek", "ar": "Arabic", "fa": "Persian",
    "he": "Hebrew", "hi": "Hindi", "th": "Thai", "bn": "Bengali", "ka": "Georgian",
    "hy": "Armenian", "ta": "Tamil",
}


def language_name(code: str) -> str:
    """The English name of a language code ("de" -> "German"), or the code itself."""
    return LANGUAGE_NAMES.get(code, code)


def primary_tag(value: str | None) -> str | None:
    """A language tag from metadata ("en-US", "DE", "pt_BR") as its lower-case primary part."""
    if not value:
        return None
    primary = re.split(r"[-_\s]", str(value).strip())[0].lower()
    return primary if primary.isalpha() and 2 <= len(primary) <= 3 else None


def article_language(text: str, declared: str | None) -> tuple[str, str]:
    """An article's language and where it came from: the text when it is clear ("text"),
    else the page's or feed's declared language ("metadata"), else English ("default")."""
    found = detect_language(text)
    if found.confident:
        return found.language, "text"
    tag = primary_tag(declared)
    return (tag, "metadata") if tag else ("en", "default")
