"""Read event gold sets: PLOVER GSR JSON, PETRARCH validation XML and ConfliBERT files."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from storyline.errors import Code, StorylineError

# PLOVER 0.5 type names in the GSR -> the 2021 codebook names
PLOVER_RENAMES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE",
                  "FIGHT": "ASSAULT"}
NON_COUNTRY = frozenset({"IGO", "NGO", "MNC", "IMG", "UIS", "REB", "ISM", "---"})
# Pre-ISO country codes that older CAMEO/PETRARCH dictionaries (and so their gold) still use.
LEGACY_CAMEO_COUNTRIES = {"JAP": "JPN", "ITL": "ITA", "GMY": "DEU", "UKG": "GBR", "VTN": "VNM"}
_EVT = re.compile(r"\(EVT:\s*([^)]*)\)")
_WORD = re.compile(r"[A-Za-z]+")


@dataclass
class GoldEvent:
    """One gold event: types, participants' countries and the trigger words, if marked."""

    plover: str | None
    cameo: str | None = None
    sources: set[str] = field(default_factory=set)
    targets: set[str] = field(default_factory=set)
    triggers: set[str] = field(default_factory=set)


@dataclass
class GoldSentence:
    """A gold sentence; ``context`` is the article text before it, when the set gives it, so the
    coder can read the sentence inside its article (pronouns, bare surnames, titles)."""

    id: str
    text: str
    events: list[GoldEvent] = field(default_factory=list)
    context: str = ""


@dataclass
class SpanSentence:
    """A ConfliBERT BIO sentence: text and gold source/target character spans."""

    text: str
    sources: list[tuple[int, int]]
    targets: list[tuple[int, int]]


def country_of(code: str | None) -> str | None:
    """Country part of an actor code ("USAGOV" -> "USA"); None for IGO/NGO-only codes."""
    if not code or len(code) < 3 or code[:3] in NON_COUNTRY:
        return None
    country = code[:3].upper()
    return LEGACY_CAMEO_COUNTRIES.get(country, country)


FUNCTION_WORDS = frozenset(  # never make a trigger match on their own
    "a an the of on in at to by for from with into onto as and or near over its his her "
    "their it s".split())


def words(text: str) -> set[str]:
    """Lower-case alphabetic words, for trigger matching."""
    return {w.lower() for w in _WORD.findall(text)}


def read_plover_json(path: Path) -> list[GoldSentence]:
    """The PLOVER GSR: one sentence per record (DOCUMENT records skipped)."""
    try:
        records = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise StorylineError(Code.BAD_GOLD, detail=f"{path}: {exc}") from exc
    if not isinstance(records, list):
        raise StorylineError(Code.BAD_GOLD, detail=f"{path}: expected a JSON list of records")
    return [_plover_sentence(r) for r in records if _is_event_record(r)]


def _is_event_record(record: Any) -> bool:
    return isinstance(record, dict) and bool(record.get("text")) and record.get("event") not in (
        None, "DOCUMENT")


def _plover_sentence(record: dict[str, Any]) -> GoldSentence:
    """One GSR-format record; an empty ``event`` marks a sentence with no event (our own sets)."""
    if not str(record["event"]).strip():
        return GoldSentence(str(record.get("id", "")), record["text"], [])
    info = record.get("textInfo")
    markup = str(info.get("markup", "")) if isinstance(info, dict) else ""
    triggers = set().union(*(words(m) for m in _EVT.findall(markup))) if markup else set()
    event = GoldEvent(
        plover=PLOVER_RENAMES.get(record["event"], record["event"]),
        cameo=_cameo(record.get("cameo")),
        sources=_countries(record.get("source")),
        targets=_countries(record.get("target")),
        triggers=triggers or words(str(record.get("eventText") or "")),
    )
    return GoldSentence(str(record.get("id", "")), record["text"], [event])


def _cameo(code: Any) -> str | None:
    """An optional CAMEO code on a GSR-format record (the GSR has none; our own sets may)."""
    text = str(code or "").strip()
    return text if text.isdigit() and 2 <= len(text) <= 4 else None


def _countries(actors: Any) -> set[str]:
    """Country codes of a GSR actor list (a list of dicts, one dict, or nothing usable)."""
    items = actors if isinstance(actors, list) else [actors]
    codes = {country_of(a.get("code")) for a in items if isinstance(a, dict)}
    return {c for c in codes if c}


def read_petrarch_xml(path: Path) -> list[GoldSentence]:
    """PETRARCH validation records: ``<Sentence id=...>`` with ``<EventCoding>`` and ``<Text>``,
    and optionally ``<Context>`` (our own offset-built sets: the article text before it)."""
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as exc:
        raise StorylineError(Code.BAD_GOLD, detail=f"{path}: {exc}") from exc
    return [s for s in (_xml_sentence(el) for el in root.iter("Sentence")) if s is not None]


def _xml_sentence(el: ET.Element) -> GoldSentence | None:
    from storyline.events.codebook import plover_for

    text = " ".join((el.findtext("Text") or "").split())
    if not text:
        return None
    events = []
    for coding in el.iter("EventCoding"):
        code = coding.get("eventcode")
        if not code or coding.get("noevents", "").lower() == "true":
            continue
        src, tgt = country_of(coding.get("sourcecode")), country_of(coding.get("targetcode"))
        events.append(GoldEvent(plover_for(code)[0], code, {src} - {None},  # type: ignore[arg-type]
                                {tgt} - {None}))  # type: ignore[arg-type]
    return GoldSentence(el.get("id", ""), text, events, el.findtext("Context") or "")


def read_quad_tsv(path: Path) -> list[tuple[str, int]]:
    """ConfliBERT cameo_class file: sentence TAB quad class (0 none/neutral .. 4); a line of
    another shape is a BAD_GOLD error naming its line."""
    rows = []
    for number, line in enumerate(_gold_lines(path), 1):
        if not line.strip():
            continue
        text, tab, label = line.rpartition("\t")
        if not tab or not label.strip().isdigit():
            raise StorylineError(Code.BAD_GOLD, detail=f"{path}:{number}: expected a sentence, "
                                 "a tab and a quad class number")
        if text.strip():  # a few rows carry tokenised marks
            rows.append((detokenise(text.split(), tokenised=False)[0], int(label)))
    return rows


def read_bio(path: Path) -> list[SpanSentence]:
    """ConfliBERT cameo_ner file: token TAG lines, blank line between sentences (S/T tags); a
    line of another shape or tag is a BAD_GOLD error naming its line."""
    sentences: list[SpanSentence] = []
    tokens: list[tuple[str, str]] = []
    for number, line in enumerate([*_gold_lines(path), ""], 1):
        parts = line.split()
        if len(parts) >= 2 and _BIO_TAG.fullmatch(parts[-1]):
            tokens.append((parts[0], parts[-1]))
        elif parts:
            raise StorylineError(Code.BAD_GOLD, detail=f"{path}:{number}: expected a token and "
                                 "a BIO tag (O, B-X or I-X)")
        elif tokens:
            sentences.append(_bio_sentence(tokens))
            tokens = []
    return sentences


_BIO_TAG = re.compile(r"O|[BI]-\w+")


def _gold_lines(path: Path) -> list[str]:
    """A gold file's lines, or a BAD_GOLD error saying why it cannot be read as UTF-8 text."""
    try:
        return path.read_text("utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise StorylineError(Code.BAD_GOLD, detail=f"{path}: {exc}") from exc


def _bio_sentence(tokens: list[tuple[str, str]]) -> SpanSentence:
    text, offsets = detokenise([word for word, _ in tokens])
    spans: dict[str, list[tuple[int, int]]] = {"S": [], "T": []}
    current: tuple[str, int, int] | None = None
    for (_, tag), (start, end) in zip(tokens, offsets, strict=True):
        kind = tag[2:] if len(tag) > 2 else ""
        if tag.startswith("I-") and current and current[0] == kind:
            current = (kind, current[1], end)
            continue
        if current:
            spans.setdefault(current[0], []).append(current[1:])
        current = (kind, start, end) if tag.startswith(("B-", "I-")) else None
    if current:
        spans.setdefault(current[0], []).append(current[1:])
    return SpanSentence(text, spans.get("S", []), spans.get("T", []))


_CLITICS = frozenset({"s", "t", "d", "m", "re", "ve", "ll"})  # after a split apostrophe
_GLUE_LEFT = frozenset({",", ".", ";", ":", "?", "!", "%", ")", "]", "}", "\u201d", "''", "...",
                        "n't", "n\u2019t"})
_GLUE_RIGHT = frozenset({"(", "[", "{", "\u201c", "\u2018", "``", "$", "\u20ac", "\u00a3", "#"})
_APOSTROPHES = frozenset({"'", "\u2019", "\u00b4"})


def detokenise(tokens: list[str], *, tokenised: bool = True
               ) -> tuple[str, list[tuple[int, int]]]:
    """Rebuild written text from space-split tokens ("Iran ’ s" -> "Iran’s", "( AP )" -> "(AP)",
    "1 , 500" -> "1,500", "Saudi - led" -> "Saudi-led") and give each token's character span in
    it, so that spans built from tokens stay exact. Punctuation leans on the word it belongs to;
    a split apostrophe joins a clitic ("’ s", "' re", "n't") or French elision ("d ' affaires"),
    closes a quote or a plural possessive ("Farmers ’ Federation"), else opens a quote. In
    ``tokenised`` input a lone hyphen joins its neighbours (a BIO file cannot tell a spaced dash
    from a split compound; spaCy splits an infix hyphen between words either way) and so does
    a lone accented letter (a word split at it: "Pe ñ a"); a run of hyphens ("- -") stays a
    spaced dash. With ``tokenised=False`` (text that is written, with a few tokenised marks) a
    spaced hyphen and a lone letter ("vamos à praia") stay spaced."""
    glue_before = [False] * len(tokens)  # no space between token i-1 and token i
    quote_open = {'"': False, "'": False}
    for i, tok in enumerate(tokens):
        prev = tokens[i - 1] if i else ""
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        after = False  # glue the next token to this one
        if tok in _GLUE_LEFT or tok.lower() in ("'s", "\u2019s", "'re", "'ve", "'ll", "'m", "'d"):
            glue_before[i] = True
            if tok in (".", ",") and prev[-1:].isdigit() and nxt.isdigit() and (
                    tok == "." or (prev.isdigit() and len(prev) <= 3 and len(nxt) == 3)):
                after = True  # 1.5 million, 3,000
            elif tok == "." and len(prev) == 1 and prev.isupper() and len(nxt) == 1 \
                    and nxt.isupper():
                after = True  # U.S
        elif tok in _GLUE_RIGHT:
            after = True
        elif tok == '"':
            glue_before[i] = glue_before[i] or quote_open['"']
            after = not quote_open['"']
            quote_open['"'] = not quote_open['"']
        elif tok in _APOSTROPHES:
            if nxt.lower() in _CLITICS or (prev in ("d", "l") and nxt[:1].isalpha()):
                glue_before[i] = after = True  # Iran’s, don’t, he'd, d'affaires
            elif tok != "'" or quote_open["'"] or (prev[-1:] in "sS" and len(prev) >= 4):
                glue_before[i] = True  # closing quote or plural possessive
                quote_open["'"] = False
            elif nxt[:1].isalnum():
                after = quote_open["'"] = True  # opening quote
            else:
                glue_before[i] = True
        elif tokenised and len(tok) == 1 and tok.isalpha() and not tok.isascii() and (
                prev.isalpha()):
            glue_before[i] = True  # a word split at a letter: "Pe ñ a" -> "Peña"
            after = nxt.isalpha() and nxt.islower()
        elif tok == "-" and tokenised and "-" not in (prev, nxt) and prev and nxt:
            glue_before[i] = after = True
        elif tok == "-" and prev == "-":
            glue_before[i] = True  # "- -": one spaced dash
        if after and i + 1 < len(tokens):
            glue_before[i + 1] = True
    text, offsets = "", []
    for i, tok in enumerate(tokens):
        if text and not glue_before[i]:
            text += " "
        offsets.append((len(text), len(text) + len(tok)))
        text += tok
    return text, offsets
