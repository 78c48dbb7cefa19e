"""Issue 2 readers on good input: text, HTML, RSS/Atom, WARC(.gz), JSONL, gzip, folders."""

from __future__ import annotations

import gzip
import importlib
import io
import json
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from storyline import Storyline
from storyline.ingest import ArticleDraft
from storyline.pipeline import iter_drafts
from storyline.records import Failure

pytestmark = pytest.mark.issue(2)

PARAS = [
    "The defence minister arrived in Moscow on Tuesday for a three-day visit, officials said,"
    " in a trip meant to deepen military ties between the two countries.",
    "During the visit he will meet his counterpart and senior commanders, and deliver a speech"
    " at an international security conference, the ministry said in a statement.",
    "Analysts said the trip signals continued support despite Western sanctions. \u201cThis is a"
    " clear message,\u201d one researcher told reporters in Beijing on Wednesday.",
    "The ministry added that both sides agreed to expand joint exercises next year and to hold"
    " regular consultations on regional security.",
]


def paragraphs(tag: str = "") -> list[str]:
    """The sample paragraphs, made distinct per article by ``tag``."""
    return [p.replace("Moscow", f"Moscow{tag}") for p in PARAS]


def page_html(tag: str = "", title: str = "Minister visits Moscow") -> str:
    """A saved news page with metadata, navigation and a footer around the article."""
    body = "".join(f"<p>{p}</p>" for p in paragraphs(tag))
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        f"<title>{title} | Daily News</title>"
        '<meta name="author" content="Jane Roe">'
        '<meta property="article:published_time" content="2023-08-14T09:00:00Z">'
        '<meta property="og:site_name" content="Daily News">'
        '<link rel="canonical" href="https://news.example.com/2023/08/minister-visits-moscow">'
        '</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>'
        f"<article>{body}</article>"
        "<footer>Copyright Daily News 2023. All rights reserved.</footer></body></html>"
    )


def drafts(*paths: Path | str) -> tuple[list[ArticleDraft], list[Failure]]:
    """Read inputs without the NLP stage: the drafts and the failures they produce."""
    out = list(iter_drafts([str(p) for p in paths]))
    return (
        [d for d in out if isinstance(d, ArticleDraft)],
        [f for f in out if isinstance(f, Failure)],
    )


def one(*paths: Path | str) -> ArticleDraft:
    found, failed = drafts(*paths)
    assert failed == [] and len(found) == 1, (found, failed)
    return found[0]


# -- plain text --------------------------------------------------------------------------------

PLAIN = (
    "date 2023-11-09 {p0}\n\n{p1}\n\n"
    "Read also: Xi Jinping Concludes Visit to Russia https://example.com/xi-visit\n\n"
    "{p2}\n\n{p3}\n\n0 0 votes\nArticle Rating\nNotify of\nInline Feedbacks\nView all comments\n"
)


def test_issue_2_plain_text_date_header_footer_and_related(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    p = paragraphs()
    path.write_text(PLAIN.format(p0=p[0], p1=p[1], p2=p[2], p3=p[3]), encoding="utf-8")
    draft = one(path)
    assert draft.published == "2023-11-09" and draft.published_source == "metadata"
    assert draft.text.startswith(p[0]) and draft.text.endswith(p[3])
    assert "date" not in draft.text[:10].lower() and "2023-11-09" not in draft.text
    for footer in ("0 0 votes", "Article Rating", "Notify of", "View all comments", "Read also"):
        assert footer not in draft.text
    assert draft.related == [
        {
            "text": "Xi Jinping Concludes Visit to Russia https://example.com/xi-visit",
            "kind": "read also",
            "url": "https://example.com/xi-visit",
        }
    ]
    assert draft.origin.reader == "storyline.readers.text.v1" and draft.path == str(path)
    assert draft.meta["encoding"] == "utf-8"


def test_issue_2_plain_text_headline_becomes_title(tmp_path: Path) -> None:
    path = tmp_path / "headline.txt"
    path.write_text("Minister visits Moscow\n\n" + "\n\n".join(PARAS), encoding="utf-8")
    draft = one(path)
    assert draft.title == "Minister visits Moscow"
    assert draft.text.startswith(PARAS[0]) and draft.published is None


def test_issue_2_plain_text_without_headline_keeps_first_paragraph(tmp_path: Path) -> None:
    path = tmp_path / "nohead.txt"
    path.write_text("\n\n".join(PARAS), encoding="utf-8")
    draft = one(path)
    assert draft.title is None and draft.text.startswith(PARAS[0])


# -- HTML ----------------------------------------------------------------------------------------


def test_issue_2_html_text_and_metadata(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(page_html(), encoding="utf-8")
    draft = one(path)
    assert draft.origin.reader == "storyline.readers.html.v1"
    assert PARAS[0] in draft.text and PARAS[3] in draft.text
    assert "Home" not in draft.text and "All rights reserved" not in draft.text
    assert draft.title and "Minister visits Moscow" in draft.title
    assert draft.author == "Jane Roe"
    assert draft.published == "2023-08-14" and draft.published_source == "metadata"
    assert draft.outlet == "Daily News"
    assert draft.url == "https://news.example.com/2023/08/minister-visits-moscow"
    assert draft.language == "en"


def test_issue_2_same_html_always_reads_the_same(tmp_path: Path) -> None:
    """No cache across pages: a page that repeats paragraphs must not read differently later."""
    body = "".join(f"<p>{p}</p>" for p in PARAS[:2] * 2)
    html = f"<html><head><title>Twice</title></head><body><article>{body}</article></body></html>"
    (tmp_path / "twice.html").write_text(html, encoding="utf-8")
    texts = {one(tmp_path / "twice.html").text for _ in range(6)}
    assert len(texts) == 1 and PARAS[1] in texts.pop()


def test_issue_2_html_declared_legacy_charset(tmp_path: Path) -> None:
    html = page_html().replace('charset="utf-8"', 'charset="windows-1252"')
    html = html.replace("Analysts said", "Caf\u00e9 analysts said")
    (tmp_path / "legacy.html").write_bytes(html.encode("cp1252"))
    draft = one(tmp_path / "legacy.html")
    assert "Caf\u00e9 analysts said" in draft.text and "\u201cThis is a clear" in draft.text


# -- feeds ---------------------------------------------------------------------------------------


def rss(items: str, title: str = "Daily News") -> str:
    return (
        '<?xml version="1.0" encoding="utf-8"?>'
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
        f"<channel><title>{title}</title><link>https://news.example.com/</link>{items}"
        "</channel></rss>"
    )


def rss_item(link: str, title: str, summary: str, content: str | None = None) -> str:
    full = f"<content:encoded><![CDATA[{content}]]></content:encoded>" if content else ""
    return (
        f"<item><title>{title}</title><link>{link}</link>"
        f"<description><![CDATA[{summary}]]></description>{full}"
        "<pubDate>Mon, 14 Aug 2023 09:00:00 GMT</pubDate><author>jane@example.com</author></item>"
    )


def test_issue_2_rss_entry_with_full_content_is_an_article(tmp_path: Path) -> None:
    content = "".join(f"<p>{p}</p>" for p in PARAS)
    feed = rss(rss_item("https://news.example.com/a", "Minister visits", "Short.", content))
    (tmp_path / "feed.xml").write_text(feed, encoding="utf-8")
    draft = one(tmp_path / "feed.xml")
    assert draft.origin.reader == "storyline.readers.feed.v1"
    assert draft.origin.source.endswith("feed.xml#https://news.example.com/a")
    assert draft.text.startswith(PARAS[0]) and PARAS[3] in draft.text
    assert (draft.title, draft.outlet, draft.published) == (
        "Minister visits",
        "Daily News",
        "2023-08-14",
    )
    assert draft.url == "https://news.example.com/a"


def test_issue_2_atom_entry_with_full_content_is_an_article(tmp_path: Path) -> None:
    content = "".join(f"&lt;p&gt;{p}&lt;/p&gt;" for p in PARAS)
    atom = (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        "<title>Atom Times</title><id>urn:x</id><updated>2023-08-15T00:00:00Z</updated>"
        '<entry><title>Atom story</title><link href="https://atom.example.com/s"/>'
        "<id>urn:s</id><updated>2023-08-15T10:00:00Z</updated>"
        '<author><name>Ann Lee</name></author><content type="html">'
        f"{content}</content></entry></feed>"
    )
    (tmp_path / "news.atom").write_text(atom, encoding="utf-8")
    draft = one(tmp_path / "news.atom")
    assert draft.text.startswith(PARAS[0])
    assert (draft.title, draft.outlet, draft.author, draft.published) == (
        "Atom story",
        "Atom Times",
        "Ann Lee",
        "2023-08-15",
    )


def test_issue_2_feed_teaser_reads_page_beside_it_and_merges_origins(
    sl: Storyline, tmp_path: Path
) -> None:
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "a.html").write_text(page_html("A"), encoding="utf-8")
    (tmp_path / "b.html").write_text(page_html("B"), encoding="utf-8")
    items = rss_item("pages/a.html", "Teaser A", "Minister in Moscow.")
    items += rss_item((tmp_path / "b.html").as_uri(), "Teaser B", "Another teaser.")
    (tmp_path / "feed.rss").write_text(rss(items), encoding="utf-8")
    report = sl.ingest([str(tmp_path)])
    assert (report.new, report.failed) == (2, 0)
    assert report.unchanged == 2  # each page is seen twice: via the feed and directly
    by_article: dict[str, set[str]] = {}
    for o in sl.query("origins"):
        by_article.setdefault(o["article_id"], set()).add(o["reader"])
    assert (
        list(by_article.values())
        == [{"storyline.readers.feed.v1", "storyline.readers.html.v1"}] * 2
    )
    texts = [a["text"] for a in sl.articles()]
    assert any("MoscowA" in t for t in texts) and any("MoscowB" in t for t in texts)
    assert all("teaser" not in t.lower() for t in texts)


def test_issue_2_feed_full_content_and_same_page_are_one_article(
    sl: Storyline, tmp_path: Path
) -> None:
    content = "".join(f"<p>{p}</p>" for p in PARAS)
    feed = rss(rss_item("https://news.example.com/a", "Minister visits", "Short.", content))
    (tmp_path / "feed.xml").write_text(feed, encoding="utf-8")
    (tmp_path / "page.html").write_text(page_html(), encoding="utf-8")
    report = sl.ingest([str(tmp_path)])
    assert (report.new, report.unchanged, report.failed) == (1, 1, 0)
    sources = sorted(Path(o["source"].split("#")[0]).name for o in sl.query("origins"))
    assert sources == ["feed.xml", "page.html"]


def test_issue_2_local_feed_never_downloads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError("a local feed must not fetch URLs")

    fetch = importlib.import_module("storyline.ingest.fetch")
    monkeypatch.setattr(fetch, "fetch_url", no_network)
    feed = rss(rss_item("https://news.example.com/x", "Teaser", "Only a teaser here."))
    (tmp_path / "feed.xml").write_text(feed, encoding="utf-8")
    found, failed = drafts(tmp_path / "feed.xml")
    assert found == [] and [f.code for f in failed] == ["E204"]
    assert "summary" in failed[0].message and failed[0].input.endswith(
        "#https://news.example.com/x"
    )


# -- WARC ----------------------------------------------------------------------------------------


def build_warc(gz: bool, tags: list[str]) -> bytes:
    """A WARC with one HTML response per tag, plus an image, a 404 and a request record."""
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    records = [(f"https://w.example.com/{t}", "200 OK", "text/html", page_html(t)) for t in tags]
    records.append(("https://w.example.com/logo.png", "200 OK", "image/png", "\x89PNG...."))
    records.append(("https://w.example.com/gone", "404 Not Found", "text/html", page_html("404")))
    for url, status, ctype, body in records:
        headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
        payload = io.BytesIO(body.encode("utf-8"))
        writer.write_record(
            writer.create_warc_record(url, "response", payload=payload, http_headers=headers)
        )
    writer.write_record(writer.create_warc_record("https://w.example.com/a", "request"))
    return buf.getvalue()


@pytest.mark.parametrize("name,gz", [("site.warc", False), ("site.warc.gz", True)])
def test_issue_2_warc_pages_become_articles(tmp_path: Path, name: str, gz: bool) -> None:
    (tmp_path / name).write_bytes(build_warc(gz, ["a", "b"]))
    found, failed = drafts(tmp_path / name)
    assert failed == []
    assert [d.origin.source.rsplit("#", 1)[1] for d in found] == [
        "https://w.example.com/a",
        "https://w.example.com/b",
    ]
    assert all(d.origin.reader == "storyline.readers.warc.v1" for d in found)
    assert "Moscowa" in found[0].text and "Moscowb" in found[1].text


# -- JSONL and gzip ------------------------------------------------------------------------------


def test_issue_2_jsonl_text_and_html_lines(tmp_path: Path) -> None:
    lines = [
        {
            "title": "Minister visits Moscow",
            "text": "Minister visits Moscow\n\n" + "\n\n".join(PARAS),
            "url": "https://j.example.com/1",
            "published": "2023-11-09T08:30:00Z",
            "outlet": "JSON Times",
        },
        {"html": page_html("J"), "url": "https://j.example.com/2", "outlet": "Other Outlet"},
    ]
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n\n", encoding="utf-8")
    found, failed = drafts(path)
    assert failed == [] and len(found) == 2
    first, second = found
    assert first.text.startswith(PARAS[0]) and first.title == "Minister visits Moscow"
    assert (first.url, first.outlet, first.published) == (
        "https://j.example.com/1",
        "JSON Times",
        "2023-11-09",
    )
    assert first.published_source == "metadata"
    assert first.origin.source == f"{path}#L1" and second.origin.source == f"{path}#L2"
    assert "MoscowJ" in second.text and second.outlet == "Other Outlet"
    assert second.published == "2023-08-14" and second.published_source == "metadata"


def test_issue_2_json_array_and_pretty_object(tmp_path: Path) -> None:
    items = [{"text": "\n\n".join(paragraphs(t)), "title": f"T{t}"} for t in ("1", "2")]
    (tmp_path / "list.json").write_text(json.dumps(items, indent=2), encoding="utf-8")
    (tmp_path / "one.json").write_text(json.dumps(items[0] | {"url": "u"}, indent=2), "utf-8")
    found, failed = drafts(tmp_path / "list.json", tmp_path / "one.json")
    assert failed == []
    assert [(d.title, d.origin.source.rsplit("/", 1)[1]) for d in found] == [
        ("T1", "list.json#L1"),
        ("T2", "list.json#L2"),
        ("T1", "one.json#L1"),
    ]


def test_issue_2_gzip_files_are_read_by_inner_type(tmp_path: Path) -> None:
    (tmp_path / "story.txt.gz").write_bytes(
        gzip.compress(("Gzip headline\n\n" + "\n\n".join(PARAS)).encode())
    )
    line = json.dumps({"text": "\n\n".join(paragraphs("Z")), "title": "Z"})
    (tmp_path / "lines.jsonl.gz").write_bytes(gzip.compress(line.encode()))
    (tmp_path / "page.html.gz").write_bytes(gzip.compress(page_html("H").encode()))
    found, failed = drafts(tmp_path)
    assert failed == []
    readers = sorted(d.origin.reader.split(".")[2] for d in found)
    assert readers == ["html", "jsonl", "text"]
    assert next(d for d in found if d.origin.reader.endswith("text.v1")).title == "Gzip headline"


# -- folders, duplicates, re-runs ----------------------------------------------------------------


def test_issue_2_folder_is_walked_recursively(tmp_path: Path) -> None:
    deep = tmp_path / "a" / "b" / "c"
    deep.mkdir(parents=True)
    (tmp_path / "top.txt").write_text("\n\n".join(paragraphs("1")), encoding="utf-8")
    (deep / "deep.html").write_text(page_html("2"), encoding="utf-8")
    (tmp_path / "a" / ".hidden.txt").write_text("\n\n".join(paragraphs("3")), encoding="utf-8")
    (tmp_path / "README.md").write_text("# about these files\n" * 10, encoding="utf-8")
    (tmp_path / "a" / "style.css").write_text("body { color: red; }\n" * 20, encoding="utf-8")
    found, failed = drafts(tmp_path)
    assert failed == []
    assert sorted(Path(d.origin.source).name for d in found) == ["deep.html", "top.txt"]
    assert one((deep / "deep.html").as_uri()).path == str(deep / "deep.html")  # file: input


def test_issue_2_same_article_two_sources_one_article(sl: Storyline, tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text(
        "Minister visits Moscow\n\n" + "\n\n".join(PARAS), encoding="utf-8"
    )
    line = {"title": "Minister visits Moscow", "text": "\n\n".join(PARAS), "outlet": "X"}
    (tmp_path / "copy.jsonl").write_text(json.dumps(line) + "\n", encoding="utf-8")
    report = sl.ingest([str(tmp_path)])
    assert (report.new, report.unchanged, report.failed) == (1, 1, 0)
    readers = sorted(o["reader"] for o in sl.query("origins"))
    assert readers == ["storyline.readers.jsonl.v1", "storyline.readers.text.v1"]


def test_issue_2_reingest_is_idempotent(sl: Storyline, tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text("\n\n".join(paragraphs("1")), encoding="utf-8")
    (tmp_path / "two.html").write_text(page_html("2"), encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    first = sl.ingest([str(tmp_path)])
    assert (first.new, first.failed) == (2, 1)
    before = sl.store.counts()
    again = sl.ingest([str(tmp_path)])
    assert (again.new, again.unchanged, again.failed) == (0, 2, 1)
    assert sl.store.counts() == before
    assert sl.failures()[0]["attempts"] == 2
