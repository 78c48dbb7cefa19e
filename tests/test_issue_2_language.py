"""Issue 2 follow-up: every article gets a language; only English runs through the extractors,
others are stored whole with a listable check saying why they were not extracted."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from storyline import Storyline
from storyline.cli import app
from storyline.ingest.language import article_language, detect_language, primary_tag
from storyline.nlp.extract import extract_languages, readable
from storyline.records import Article

pytestmark = pytest.mark.issue(2)

# Written for these tests (not taken from any corpus).
GERMAN = (
    "Berlin kündigt neue Hilfen für Landwirte an\n\n"
    "Die Bundesregierung hat am Mittwoch ein Hilfspaket für Landwirte beschlossen, die unter der"
    " langen Dürre leiden. Der Landwirtschaftsminister sagte, dass die ersten Zahlungen noch vor"
    " dem Herbst ausgezahlt werden sollen. Die Opposition kritisierte, das Paket komme zu spät und"
    " sei für kleine Betriebe nicht ausreichend. Nach Angaben des Bauernverbands sind in diesem"
    " Jahr mehr als zehntausend Höfe von Ernteausfällen betroffen."
)
FRENCH = (
    "Le gouvernement a annoncé mercredi un plan d'aide pour les agriculteurs touchés par la"
    " sécheresse. Le ministre de l'Agriculture a déclaré que les premiers versements seraient"
    " effectués avant l'automne. L'opposition estime que ce plan arrive trop tard et qu'il ne"
    " suffira pas aux petites exploitations. Selon le syndicat agricole, plus de dix mille"
    " fermes ont perdu une partie de leur récolte cette année."
)
ENGLISH = (
    "Farm aid approved\n\n"
    "The government approved an aid package for farmers hit by the drought on Wednesday. The"
    " agriculture minister said the first payments would be made before the autumn. The"
    " opposition said the package came too late and would not be enough for small farms."
)


def test_issue_2_detects_german_and_french_paragraphs() -> None:
    assert detect_language(GERMAN).language == "de" and detect_language(GERMAN).confident
    assert detect_language(FRENCH).language == "fr" and detect_language(FRENCH).confident
    assert detect_language(ENGLISH).language == "en"


@pytest.mark.parametrize(
    "text",
    [
        "Li Shangfu arrived in Moscow on Sunday for talks.",
        "Shares fell.",
        "Von der Leyen met Macron in Paris on Tuesday.",
        "Le Pen said she would run again, according to Le Monde.",
        "Der Spiegel reported that the talks in Berlin had failed.",
        "OK",
        "",
        "12 345 678 -- 2023-04-16",
    ],
)
def test_issue_2_short_or_unclear_text_counts_as_english(text: str) -> None:
    assert detect_language(text).language == "en"
    assert article_language(text, None)[0] == "en"


def test_issue_2_non_latin_scripts_are_named_by_script() -> None:
    assert detect_language("Министр обороны прибыл в Москву в воскресенье.").language == "ru"
    assert detect_language("Міністр оборони прибув до Києва в неділю.").language == "uk"
    assert detect_language("国防部长周日抵达莫斯科进行会谈。").language == "zh"
    assert detect_language("国防相は日曜日にモスクワに到着した。").language == "ja"
    assert detect_language("وصل وزير الدفاع إلى موسكو يوم الأحد").language == "ar"


def test_issue_2_declared_language_only_fills_in_for_unclear_text() -> None:
    assert article_language(GERMAN, "en-US") == ("de", "text")  # the text wins when clear
    assert article_language("Kurz.", "de-DE") == ("de", "metadata")
    assert article_language("Short.", None) == ("en", "default")
    assert [primary_tag(t) for t in ("en-US", "PT_br", "", None, "x-1")] == [
        "en", "pt", None, None, None
    ]


def test_issue_2_extract_languages_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    german = Article(id="x", text=GERMAN, language="de")
    assert not readable(german, extract_languages())
    assert readable(Article(id="y", text="t"), extract_languages())  # unknown: treated as English
    monkeypatch.setenv("STORYLINE_EXTRACT_LANGUAGES", "en, DE")
    assert readable(german, extract_languages())
    monkeypatch.setenv("STORYLINE_EXTRACT_LANGUAGES", "*")
    assert readable(Article(id="z", text="t", language="fr"), extract_languages())


@pytest.mark.slow
def test_issue_2_foreign_articles_are_stored_but_not_extracted(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "de.txt").write_text(GERMAN, encoding="utf-8")
    (src / "en.txt").write_text(ENGLISH, encoding="utf-8")
    line = {"title": "Aide aux agriculteurs", "text": FRENCH, "outlet": "Journal"}
    (src / "fr.jsonl").write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
    db = tmp_path / "lang.db"
    with Storyline(db) as sl:
        report = sl.ingest([str(src)])
        assert (report.new, report.failed) == (3, 0)
        langs = {a["title"]: a["language"] for a in sl.articles()}
        assert langs == {"Berlin kündigt neue Hilfen für Landwirte an": "de",
                         "Aide aux agriculteurs": "fr", "Farm aid approved": "en"}
        ids = {a["language"]: a["id"] for a in sl.articles()}
        for lang in ("de", "fr"):
            for table in ("events", "quotes", "mentions", "timexes"):
                assert sl.query(table, article=ids[lang]) == [], (lang, table)
        assert sl.quotes(article=ids["en"])  # the English one was extracted as usual
        checks = sl.query("checks")
        assert sorted(c["article_id"] for c in checks
                      if c["kind"] == "language_not_extracted") == sorted([ids["de"], ids["fr"]])
        german = next(a for a in sl.articles() if a["language"] == "de")
        assert german["text"].startswith("Die Bundesregierung") and sl.failures() == []
        assert german["meta"]["language_source"] == "text"
    result = CliRunner().invoke(app, ["checks", "--db", str(db), "--format", "json"])
    listed = [c for c in json.loads(result.output) if c["kind"] == "language_not_extracted"]
    assert len(listed) == 2 and "German (de)" in " ".join(c["message"] for c in listed)
