"""Issue 4: quotes and attributed claims — who said what, in which words, through which outlet."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from storyline import Storyline
from storyline.nlp.extract import build_pipeline, extract_records, extract_texts
from storyline.pipeline import iter_drafts
from storyline.quotes.marks import MAX_OPEN_QUOTE, find_quotes
from storyline.records import Article, ArticleRecord, Quote, article_id_for

pytestmark = pytest.mark.issue(4)


def _seed_text(seeds_dir: Path) -> str:
    path = next(seeds_dir.glob("000_*.txt"))
    draft = next(d for d in iter_drafts([str(path)]) if hasattr(d, "text"))
    return str(draft.text)


def _record(result: object) -> ArticleRecord:
    assert isinstance(result, ArticleRecord), result
    return result


@pytest.fixture(scope="module")
def seed(nlp: Any) -> ArticleRecord:  # noqa: ANN401 - spaCy Language
    seeds = Path(__file__).resolve().parents[1] / "examples" / "seeds"
    return _record(extract_texts([_seed_text(seeds)], nlp=nlp)[0])


def _find(quotes: list[Quote], speaker: str, words: str) -> Quote:
    """The quote whose speaker (name or text) contains ``speaker`` and text contains ``words``."""
    for q in quotes:
        who = f"{q.speaker.name or ''} | {q.speaker.text}" if q.speaker else ""
        if speaker in who and words in q.text:
            return q
    raise AssertionError(f"no quote by {speaker!r} with {words!r}")


def _check_provenance(record: ArticleRecord, q: Quote) -> None:
    text = record.article.text
    assert text[q.span[0] : q.span[1]] == q.text
    assert q.cue is not None and text[q.cue.span[0] : q.cue.span[1]] == q.cue.text
    assert q.speaker is not None and q.speaker.span is not None
    assert text[q.speaker.span[0] : q.speaker.span[1]] == q.speaker.text
    assert q.kind in ("direct", "indirect", "mixed")


def test_issue_4_seed_li_shangfu_and_shoigu(seed: ArticleRecord) -> None:
    cold_war = _find(seed.quotes, "Li Shangfu", "Cold War")
    assert (cold_war.cue.lemma if cold_war.cue else None) == "say"
    assert cold_war.kind == "indirect"
    level = _find(seed.quotes, "Li Shangfu",
                  "elevate the relationship between the two militaries to a new level")
    assert level.cue is not None and level.cue.lemma == "vow"
    assert level.kind in ("direct", "mixed")
    shoigu = _find(seed.quotes, "Shoigu", "stabilizing effect")
    assert shoigu.speaker is not None and shoigu.speaker.name == "Sergei Shoigu"
    for q in (cold_war, level, shoigu):
        _check_provenance(seed, q)


def test_issue_4_seed_sutter_twice_second_split_by_says(seed: ArticleRecord) -> None:
    first = _find(seed.quotes, "Sutter", "tradition of sending its defense minister")
    assert first.speaker_description is not None
    assert first.speaker_description.startswith("a professor of international affairs")
    split = _find(seed.quotes, "Sutter", "main problem")
    assert split.kind == "direct" and split.cue is not None and split.cue.lemma == "say"
    assert "The bottom line is, we really don’t know." in split.text
    assert len(split.parts) == 2
    text = seed.article.text
    assert text[split.parts[0][0] : split.parts[0][1]] == "“That’s the main problem people have,”"
    assert split.speaker is not None and split.speaker.name == "Robert Sutter"
    for q in (first, split):
        _check_provenance(seed, q)


def test_issue_4_seed_outlets_and_anonymous_speakers(seed: ArticleRecord) -> None:
    diplomat = _find(seed.quotes, "a diplomat", "focus of the Chinese Defense Minister")
    assert diplomat.anonymous and diplomat.via is not None and "Sputnik" in diplomat.via
    weitz = _find(seed.quotes, "Weitz", "withstand the impact of Ukraine")
    assert weitz.via == "Voice of America"
    assert weitz.speaker_description == "a senior fellow at the Hudson Institute"
    assert weitz.speaker is not None and weitz.speaker.description == weitz.speaker_description
    adviser = _find(seed.quotes, "senior adviser", "Chinese components")
    assert adviser.anonymous and adviser.via == "Reuters"
    assert adviser.cue is not None and adviser.cue.lemma == "tell"
    for q in (diplomat, weitz, adviser):
        _check_provenance(seed, q)


def test_issue_4_seed_washington_post_report_keeps_the_chain(seed: ArticleRecord) -> None:
    post = _find(seed.quotes, "Washington Post", "leaked secret documents")
    assert post.cue is not None and post.cue.lemma == "report" and post.parent_id is None
    documents = _find(seed.quotes, "documents", "Russian intelligence intercepted")
    assert documents.parent_id == post.id
    intelligence = _find(seed.quotes, "intelligence", "China had agreed")
    assert intelligence.parent_id == documents.id
    _check_provenance(seed, post)


def test_issue_4_seed_borrell_warning_and_direct_quote(seed: ArticleRecord) -> None:
    warning = _find(seed.quotes, "Borrell", "was unacceptable")
    assert warning.cue is not None and warning.cue.lemma == "warn"
    assert warning.kind == "indirect"
    direct = _find(seed.quotes, "Borrell", "China must refrain")
    assert direct.kind == "direct" and direct.via is not None
    assert "Yomiuri Shimbun" in direct.via
    assert direct.text.startswith("“") and direct.text.endswith("”")
    for q in (warning, direct):
        assert q.speaker is not None and q.speaker.name == "Josep Borrell"
        _check_provenance(seed, q)


def test_issue_4_seed_von_der_leyen_and_defence_ministry(seed: ArticleRecord) -> None:
    leyen = _find(seed.quotes, "von der Leyen", "Xi had told her")
    assert leyen.speaker is not None and leyen.speaker.name == "Ursula von der Leyen"
    xi = _find(seed.quotes, "Xi", "willing to talk to Zelenskiy")
    assert xi.parent_id == leyen.id
    ministry = _find(seed.quotes, "Ministry", "maintaining world and regional security")
    assert ministry.speaker is not None and "statement" in ministry.speaker.text
    statement = _find(seed.quotes, "statement", "reiterated their firm support")
    assert statement.speaker is not None and statement.speaker.name is not None
    assert "Ministry" in statement.speaker.name
    for q in (leyen, ministry, statement):
        _check_provenance(seed, q)


def test_issue_4_quotes_work_without_the_actor_stage(nlp: Any, seeds_dir: Path) -> None:  # noqa: ANN401
    text = _seed_text(seeds_dir)
    article = Article(id=article_id_for(text), text=text)
    only_quotes = build_pipeline(("storyline.quotes.v1",))
    record = _record(extract_records([article], nlp=nlp, pipeline=only_quotes)[0])
    assert record.mentions == []
    sutter = _find(record.quotes, "Sutter", "main problem")
    assert sutter.speaker is not None and sutter.speaker.name == "Robert Sutter"
    xi = _find(record.quotes, "Xi", "willing to talk")
    assert xi.speaker is not None and xi.speaker.name == "Xi Jinping"
    he = _find(record.quotes, "he", "deliberately chose Russia")
    assert he.speaker is not None and he.speaker.name == "Li Shangfu"


def test_issue_4_quote_marks_of_every_kind(nlp: Any) -> None:  # noqa: ANN401
    text = (
        "« Nous ne céderons pas sur ce point », a dit Macron.\n\n"
        "„Das ist ein großer Fehler für uns alle“, sagte Scholz.\n\n"
        '"We will not back down on this," the senator said.\n\n'
        "‘It was a long night for everyone,’ she said."
    )
    spans = find_quotes(text)
    assert [text[s:e][0] for s, e, _ in spans] == ["«", "„", '"', "‘"]
    assert all(closed for _, _, closed in spans)
    record = _record(extract_texts([text], nlp=nlp)[0])
    direct = [q for q in record.quotes if q.kind == "direct"]
    assert {q.text for q in direct} >= {
        '"We will not back down on this,"', "‘It was a long night for everyone,’"}


def test_issue_4_unbalanced_marks_never_swallow_the_article(nlp: Any) -> None:  # noqa: ANN401
    filler = "The council met again on Tuesday and discussed the budget at length. " * 40
    text = f"“This will never work, the mayor said as the meeting began. {filler}\n\n{filler}"
    spans = find_quotes(text)
    assert spans and not spans[0][2]
    assert spans[0][1] - spans[0][0] <= MAX_OPEN_QUOTE
    record = _record(extract_texts([text, "Stray ” marks ” here ‘ and “", ""], nlp=nlp)[0])
    for q in record.quotes:
        assert q.span[1] - q.span[0] <= MAX_OPEN_QUOTE + 200
        assert record.article.text[q.span[0] : q.span[1]] == q.text


def test_issue_4_multi_paragraph_quote_is_one_passage() -> None:
    text = ("“The first paragraph of the statement ends here.\n\n"
            "“And the second one goes on, as newspapers do,” the minister said.")
    spans = find_quotes(text)
    assert len(spans) == 1 and spans[0][2]
    assert text[spans[0][0] : spans[0][1]].endswith("as newspapers do,”")


def test_issue_4_empty_and_quote_free_texts(nlp: Any) -> None:  # noqa: ANN401
    results = extract_texts(["", "   \n\n", "Rain fell on the city all week."], nlp=nlp)
    assert all(_record(r).quotes == [] for r in results)


def test_issue_4_indirect_patterns(nlp: Any) -> None:  # noqa: ANN401
    text = (
        "The harbour will close in June, according to port officials.\n\n"
        "Kenji Sato told the Asahi Shimbun that the deal was dead.\n\n"
        "Mara Lind said in an interview with Radio Free Europe that talks had stalled."
    )
    record = _record(extract_texts([text], nlp=nlp)[0])
    according = _find(record.quotes, "port officials", "harbour will close in June")
    assert according.cue is not None and according.cue.lemma == "according to"
    sato = _find(record.quotes, "Kenji Sato", "the deal was dead")
    assert sato.via == "Asahi Shimbun"
    lind = _find(record.quotes, "Mara Lind", "talks had stalled")
    assert lind.via == "Radio Free Europe"


def test_issue_4_quote_ids_are_stable(nlp: Any) -> None:  # noqa: ANN401
    text = "“Prices will fall next year,” the economist said."
    a = _record(extract_texts([text], nlp=nlp)[0]).quotes
    b = _record(extract_texts([text], nlp=nlp)[0]).quotes
    assert a and [q.id for q in a] == [q.id for q in b]


@pytest.mark.slow
def test_issue_4_cli_quotes_by_speaker_and_export(sl: Storyline, seeds_dir: Path,
                                                  db_path: Path, tmp_path: Path) -> None:
    from storyline.cli import app

    sl.ingest([str(next(seeds_dir.glob("000_*.txt")))])
    sutter = sl.quotes(speaker="Sutter")
    assert len(sutter) >= 2 and all("Sutter" in (q["speaker"]["name"] or "") for q in sutter)
    runner = CliRunner()
    shown = runner.invoke(app, ["quotes", "--speaker", "Borrell", "--db", str(db_path),
                                "--format", "json"])
    assert shown.exit_code == 0, shown.output
    rows = json.loads(shown.output)
    assert any(r["kind"] == "direct" and "Yomiuri" in (r["via"] or "") for r in rows)
    out = tmp_path / "quotes.csv"
    exported = runner.invoke(app, ["export", "quotes", "--format", "csv", "--output", str(out),
                                   "--db", str(db_path)])
    assert exported.exit_code == 0, exported.output
    assert "Robert Sutter" in out.read_text(encoding="utf-8")


def test_issue_4_quote_paragraph_without_cue_keeps_the_speaker(nlp: Any) -> None:  # noqa: ANN401
    text = ("“We will rebuild the bridge before winter,” said Mayor Ana Ruiz. "
            "The council approved the plan on Monday.\n\n"
            "“Nobody in this town should have to drive two hours to reach the hospital.”\n\n"
            "“Maybe,” a resident replied.")
    record = _record(extract_texts([text], nlp=nlp)[0])
    run_on = _find(record.quotes, "Ana Ruiz", "drive two hours")
    assert run_on.cue is None and run_on.kind == "direct" and run_on.confidence < 0.5
    assert not any("Maybe" in q.text for q in record.quotes if q.cue is None)
