"""Issue 2 bad input: every broken file gets a specific code and message, and the batch goes on."""

from __future__ import annotations

import builtins
import gzip
import importlib
import io
import json
import os
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from storyline import Storyline
from storyline.cli import app
from storyline.errors import Code
from storyline.ingest import ArticleDraft
from storyline.pipeline import iter_drafts
from storyline.records import Failure
from storyline.registry import readers

pytestmark = pytest.mark.issue(2)

PARAS = [
    "The finance minister said on Monday that the government would cut fuel taxes next month,"
    " a move aimed at easing pressure on households after a year of rising prices.",
    "Opposition lawmakers called the plan a pre-election giveaway and demanded that the"
    " treasury publish its full cost before parliament votes on it next week.",
]
sources = importlib.import_module("storyline.ingest.sources")


def article(tag: str) -> str:
    return "\n\n".join(p.replace("minister", f"minister {tag}") for p in PARAS)


def read(*paths: Path | str) -> tuple[list[ArticleDraft], list[Failure]]:
    out = list(iter_drafts([str(p) for p in paths]))
    return (
        [d for d in out if isinstance(d, ArticleDraft)],
        [f for f in out if isinstance(f, Failure)],
    )


def only_failure(path: Path | str) -> Failure:
    found, failed = read(path)
    assert found == [] and len(failed) == 1, (found, failed)
    return failed[0]


def page(tag: str) -> str:
    body = "".join(f"<p>{p.replace('minister', f'minister {tag}')}</p>" for p in PARAS * 2)
    return (
        f"<html><head><title>Tax {tag}</title></head><body><article>{body}</article></body></html>"
    )


def warc_bytes(gz: bool, tags: list[str]) -> bytes:
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    for tag in tags:
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        payload = io.BytesIO(page(tag).encode())
        rec = writer.create_warc_record(
            f"https://w.example.com/{tag}", "response", payload=payload, http_headers=headers
        )
        writer.write_record(rec)
    return buf.getvalue()


# -- one bad input at a time ---------------------------------------------------------------------


def test_issue_2_empty_file(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b" \n\t\n")
    assert only_failure(tmp_path / "empty.txt").code == Code.EMPTY.id
    fail = only_failure(tmp_path / "blank.txt")
    assert fail.code == "E101" and fail.message == "E101 empty: input is empty"


def test_issue_2_binary_file(tmp_path: Path) -> None:
    (tmp_path / "blob.dat").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100)
    assert only_failure(tmp_path / "blob.dat").code == Code.BINARY.id
    fail = only_failure(tmp_path / "image.txt")
    assert fail.code == "E102" and "PNG image" in fail.message


def test_issue_2_file_over_size_cap(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STORYLINE_MAX_BYTES", "2000")
    (tmp_path / "big.txt").write_text(article("big") * 10, encoding="utf-8")
    (tmp_path / "small.txt").write_text(article("small"), encoding="utf-8")
    big = article("bomb").encode() * 50
    (tmp_path / "bomb.txt.gz").write_bytes(gzip.compress(big))
    found, failed = read(tmp_path)
    assert [Path(d.origin.source).name for d in found] == ["small.txt"]
    codes = {Path(f.input).name: f.code for f in failed}
    assert codes == {"big.txt": "E103", "bomb.txt.gz": "E103"}
    assert "2000-byte cap" in failed[0].message


def test_issue_2_legacy_encodings_decode(tmp_path: Path) -> None:
    cp1252 = "He said: \u201cWe will not back down\u201d \u2014 caf\u00e9 talks. "
    latin1 = "Le ministre a d\u00e9clar\u00e9 \u00e0 Bruxelles tr\u00e8s t\u00f4t. "
    sjis = "\u65e5\u672c\u653f\u5e9c\u306f\u65b0\u3057\u3044\u7d4c\u6e08\u5bfe\u7b56\u3092"
    sjis += "\u767a\u8868\u3057\u307e\u3057\u305f\u3002"
    samples = {
        "cp1252.txt": (cp1252, "cp1252"),
        "latin1.txt": (latin1, "latin-1"),
        "sjis.txt": (sjis, "shift_jis"),
    }
    for name, (text, encoding) in samples.items():
        (tmp_path / name).write_bytes((text * 6).encode(encoding))
    found, failed = read(tmp_path)
    assert failed == []
    by_name = {Path(d.origin.source).name: d for d in found}
    for name, (text, _) in samples.items():
        assert by_name[name].text == (text * 6).strip(), name
    assert by_name["cp1252.txt"].meta["encoding"] == "cp1252"


def test_issue_2_invalid_utf8_repaired_or_refused(tmp_path: Path) -> None:
    text = (
        "Z\u00fcrich officials said the caf\u00e9 \u2014 and the \u00e9cole \u2014 would reopen. "
    )
    (tmp_path / "stray.txt").write_bytes((text * 4).encode() + b"\xff" + (text * 2).encode())
    draft = read(tmp_path / "stray.txt")[0][0]
    assert "Z\u00fcrich" in draft.text and draft.text.count("\ufffd") == 1
    assert "1 invalid bytes replaced" in draft.meta["encoding"]
    (tmp_path / "noise.txt").write_bytes(bytes(range(128, 256)) * 20)
    fail = only_failure(tmp_path / "noise.txt")
    assert fail.code == Code.DECODE.id and "cannot decode text" in fail.message


def test_issue_2_truncated_gzip(tmp_path: Path) -> None:
    (tmp_path / "cut.txt.gz").write_bytes(gzip.compress(article("gz").encode() * 5)[:-30])
    fail = only_failure(tmp_path / "cut.txt.gz")
    assert fail.code == Code.TRUNCATED_GZIP.id and "truncated" in fail.message


@pytest.mark.parametrize("name,gz", [("cut.warc", False), ("cut.warc.gz", True)])
def test_issue_2_truncated_warc_keeps_whole_records(tmp_path: Path, name: str, gz: bool) -> None:
    data = warc_bytes(gz, ["one", "two", "three"])
    (tmp_path / name).write_bytes(data[: int(len(data) * 0.8)])
    found, failed = read(tmp_path / name)
    assert [d.origin.source.rsplit("/", 1)[1] for d in found] == ["one", "two"]
    assert [f.code for f in failed] == [Code.WARC_TRUNCATED.id]
    assert failed[0].input == str(tmp_path / name)


def test_issue_2_warc_cut_inside_first_header(tmp_path: Path) -> None:
    (tmp_path / "stub.warc").write_bytes(warc_bytes(False, ["x"])[:40])
    assert only_failure(tmp_path / "stub.warc").code == Code.WARC_TRUNCATED.id


def test_issue_2_malformed_feed(tmp_path: Path) -> None:
    (tmp_path / "bad.rss").write_text(
        "<?xml version='1.0'?><rss version='2.0'><channel><title>x</title>"
        "<item><title>a</b></item>",
        encoding="utf-8",
    )
    found, failed = read(tmp_path / "bad.rss")
    assert found == []
    assert failed[0].code == Code.FEED_MALFORMED.id and "mismatched tag" in failed[0].message
    (tmp_path / "notxml.rss").write_text("<rss><channel><item>" + "&bogus;" * 3, encoding="utf-8")
    assert read(tmp_path / "notxml.rss")[1][0].code == Code.FEED_MALFORMED.id


def test_issue_2_html_without_article(tmp_path: Path) -> None:
    (tmp_path / "nav.html").write_text(
        "<html><head><title>Home</title></head><body><nav><a href='/'>Home</a>"
        "<a href='/about'>About us</a></nav><div>Log in</div>"
        "<footer>(c) 2024</footer></body></html>",
        encoding="utf-8",
    )
    fail = only_failure(tmp_path / "nav.html")
    assert fail.code == Code.NO_ARTICLE.id and "no article text found" in fail.message


def test_issue_2_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """As root chmod 000 still reads, so make open() refuse this one file the way the OS would."""
    target = tmp_path / "locked.txt"
    target.write_text(article("locked"), encoding="utf-8")
    (tmp_path / "open.txt").write_text(article("open"), encoding="utf-8")

    def guarded_open(file: Any, *args: Any, **kwargs: Any) -> Any:
        if Path(file) == target:
            raise PermissionError(13, "Permission denied", str(file))
        return builtins.open(file, *args, **kwargs)

    monkeypatch.setattr(sources, "open", guarded_open, raising=False)
    found, failed = read(tmp_path)
    assert [Path(d.origin.source).name for d in found] == ["open.txt"]
    assert [(f.input, f.code) for f in failed] == [(str(target), Code.UNREADABLE.id)]
    assert "Permission denied" in failed[0].message


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_issue_2_unreadable_file_by_mode(tmp_path: Path) -> None:
    target = tmp_path / "locked.txt"
    target.write_text(article("locked"), encoding="utf-8")
    target.chmod(0)
    assert only_failure(target).code == Code.UNREADABLE.id


def test_issue_2_unlistable_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    real_iterdir = Path.iterdir

    def iterdir(self: Path) -> Any:
        if self == locked:
            raise PermissionError(13, "Permission denied", str(self))
        return real_iterdir(self)

    monkeypatch.setattr(Path, "iterdir", iterdir)
    fail = only_failure(locked)
    assert fail.code == Code.UNREADABLE.id and "Permission denied" in fail.message


def test_issue_2_symlink_loops_and_broken_links(tmp_path: Path) -> None:
    (tmp_path / "a").symlink_to(tmp_path / "b")
    (tmp_path / "b").symlink_to(tmp_path / "a")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "up").symlink_to(tmp_path)
    (tmp_path / "sub" / "story.txt").write_text(article("loop"), encoding="utf-8")
    (tmp_path / "dangling").symlink_to(tmp_path / "missing.txt")
    found, failed = read(tmp_path)
    assert [Path(d.origin.source).name for d in found] == ["story.txt"]
    codes = {Path(f.input).name: f.code for f in failed}
    assert codes == {"a": "E106", "b": "E106", "up": "E106", "dangling": "E105"}


def test_issue_2_missing_path_and_special_file(tmp_path: Path) -> None:
    assert only_failure(tmp_path / "nowhere.txt").code == Code.NOT_FOUND.id
    os.mkfifo(tmp_path / "pipe.txt")
    fail = only_failure(tmp_path / "pipe.txt")
    assert fail.code == Code.UNSUPPORTED.id and "named pipe" in fail.message


def test_issue_2_jsonl_bad_lines(tmp_path: Path) -> None:
    good = json.dumps({"text": article("jsonl"), "title": "Good"})
    lines = [good, "{not json", "[1, 2]", json.dumps({"title": "no body"}), ""]
    (tmp_path / "mixed.jsonl").write_text("\n".join(lines), encoding="utf-8")
    found, failed = read(tmp_path / "mixed.jsonl")
    assert len(found) == 1 and found[0].title == "Good"
    assert [(f.input.rsplit("#", 1)[1], f.code) for f in failed] == [
        ("L2", "E203"),
        ("L3", "E203"),
        ("L4", "E203"),
    ]
    assert "JSONL line 4" in failed[2].message and "'text' or 'html'" in failed[2].message


def test_issue_2_text_over_char_cap(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STORYLINE_MAX_TEXT_CHARS", "100")
    (tmp_path / "long.txt").write_text(article("long"), encoding="utf-8")
    assert only_failure(tmp_path / "long.txt").code == Code.TEXT_TOO_LONG.id


def test_issue_2_reader_crash_fails_only_its_input(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(item: Any) -> Any:
        raise RuntimeError("reader bug")

    monkeypatch.setitem(readers._items, "storyline.readers.jsonl.v1", broken)
    (tmp_path / "a.jsonl").write_text(json.dumps({"text": article("x")}), encoding="utf-8")
    (tmp_path / "b.txt").write_text(article("b"), encoding="utf-8")
    found, failed = read(tmp_path)
    assert len(found) == 1 and [f.code for f in failed] == [Code.EXTRACT.id]
    assert "RuntimeError: reader bug" in failed[0].message


# -- all at once, through the CLI ----------------------------------------------------------------


def bad_folder(root: Path) -> dict[str, str]:
    """A folder of bad inputs beside two good articles; returns file name -> expected code."""
    root.mkdir()
    (root / "good.txt").write_text(article("good"), encoding="utf-8")
    (root / "good.html").write_text(page("fine"), encoding="utf-8")
    (root / "empty.txt").write_bytes(b"")
    (root / "blob.bin").write_bytes(bytes(range(256)) * 4)
    (root / "big.txt").write_text(article("big") * 40, encoding="utf-8")
    (root / "noise.txt").write_bytes(bytes(range(128, 256)) * 20)
    (root / "cut.txt.gz").write_bytes(gzip.compress(article("gz").encode() * 5)[:-30])
    data = warc_bytes(True, ["w1", "w2"])
    (root / "cut.warc.gz").write_bytes(data[: len(data) - 100])
    (root / "bad.rss").write_text("<?xml version='1.0'?><rss><channel><item>", encoding="utf-8")
    (root / "nav.html").write_text("<html><body><nav>Home</nav></body></html>", encoding="utf-8")
    (root / "loop").symlink_to(root / "loop")
    return {
        "empty.txt": "E101",
        "blob.bin": "E102",
        "big.txt": "E103",
        "noise.txt": "E104",
        "cut.txt.gz": "E108",
        "cut.warc.gz": "E202",
        "bad.rss": "E201",
        "nav.html": "E204",
        "loop": "E106",
    }


def test_issue_2_cli_records_and_prints_every_bad_input(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("STORYLINE_MAX_BYTES", "5000")
    expected = bad_folder(tmp_path / "in")
    db = tmp_path / "bad.db"
    result = CliRunner().invoke(app, ["ingest", str(tmp_path / "in"), "--db", str(db)])
    assert result.exit_code == 1, result.output
    console = result.output
    for name, code in expected.items():
        line = next((ln for ln in console.splitlines() if f"/in/{name}:" in ln), None)
        assert line is not None and code in line, (name, console)
    with Storyline(db) as sl:
        rows = {Path(f["input"]).name: f["code"] for f in sl.failures()}
        assert rows.items() >= expected.items()
        assert len(sl.articles()) == 3  # good.txt, good.html and the whole WARC record
        assert all(f["message"].startswith(f["code"]) for f in sl.failures())


# -- failures after reading: extraction and storage --------------------------------------------


def test_issue_2_extractor_crash_fails_only_its_article(
    sl: Storyline, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, nlp: Any
) -> None:
    from storyline import pipeline
    from storyline.nlp.extract import ExtractContext, Extractor

    def explode(ctx: ExtractContext) -> None:
        if "minister boom" in ctx.article.text:
            raise ValueError("extractor bug")

    monkeypatch.setitem(pipeline._worker_state, "nlp", nlp)
    monkeypatch.setitem(pipeline._worker_state, "pipeline", [Extractor("test.boom.v1", explode)])
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "calm.txt").write_text(article("calm"), encoding="utf-8")
    lines = [json.dumps({"text": article(f"boom {n}")}) for n in (1, 2)]
    (tmp_path / "in" / "two.jsonl").write_text("\n".join(lines), encoding="utf-8")
    report = sl.ingest([str(tmp_path / "in")])
    assert (report.new, report.failed) == (1, 2)
    rows = sorted((Path(f["input"]).name, f["code"], f["stage"]) for f in sl.failures())
    assert rows == [("two.jsonl#L1", "E401", "extract"), ("two.jsonl#L2", "E401", "extract")]
    assert all("test.boom.v1" in f["message"] and "extractor bug" in f["message"]
               for f in sl.failures())  # fmt: skip
    monkeypatch.undo()  # the extractor is fixed: a re-run stores both and clears their rows
    again = sl.ingest([str(tmp_path / "in")])
    assert (again.new, again.unchanged, again.failed) == (2, 1, 0)
    assert sl.failures() == []


def test_issue_2_store_refusal_fails_only_its_article(
    sl: Storyline, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3

    real_save = sl.store.save_record

    def picky_save(record: Any) -> bool:
        if "minister bad" in record.article.text:
            raise sqlite3.IntegrityError("NOT NULL constraint failed: mentions.start")
        return real_save(record)

    monkeypatch.setattr(sl.store, "save_record", picky_save)
    (tmp_path / "in").mkdir()
    for tag in ("bad", "good"):
        (tmp_path / "in" / f"{tag}.txt").write_text(article(tag), encoding="utf-8")
    report = sl.ingest([str(tmp_path / "in")])
    assert (report.new, report.failed) == (1, 1)
    assert [(Path(f.input).name, f.code, f.stage) for f in report.failures] == [
        ("bad.txt", "E402", "store")
    ]
    assert "NOT NULL constraint failed" in report.failures[0].message
    assert [a["path"] for a in sl.articles()] == [str(tmp_path / "in" / "good.txt")]


def test_issue_2_feed_teaser_with_missing_page(tmp_path: Path) -> None:
    (tmp_path / "feed.rss").write_text(
        "<?xml version='1.0'?><rss version='2.0'><channel><title>W</title><item><title>T</title>"
        "<link>pages/gone.html</link><description>Teaser only.</description></item>"
        "</channel></rss>",
        encoding="utf-8",
    )
    fail = only_failure(tmp_path / "feed.rss")
    assert (
        fail.code == Code.NO_ARTICLE.id and fail.input == f"{tmp_path / 'feed.rss'}#pages/gone.html"
    )
    assert "12-character summary and its page failed: E107 not-found" in fail.message


def test_issue_2_missing_model_is_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import sys

    from storyline import cli, pipeline

    monkeypatch.setattr(pipeline, "_worker_state", {})
    monkeypatch.setenv("STORYLINE_MODEL", "storyline_no_such_model")
    (tmp_path / "a.txt").write_text(article("model"), encoding="utf-8")
    argv = ["storyline", "ingest", str(tmp_path / "a.txt"), "--db", str(tmp_path / "m.db")]
    monkeypatch.setattr(sys, "argv", argv)
    with pytest.raises(SystemExit) as done:
        cli.main()
    assert done.value.code == 2
    assert "error: E403 model: cannot load spaCy model 'storyline_no_such_model'" in (
        capsys.readouterr().err
    )
