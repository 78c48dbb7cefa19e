"""Rebuild the example articles in examples/ from the ECB+ corpus (CC BY 3.0).

    python examples/.build/build_examples.py [--ecb ../shared/eval/crossdoc/ecbplus/ECB+]

ECB+ ships articles as token XML; this joins the tokens back into readable text and writes
each article in the format SPECS gives it (see examples/SOURCES.md). Kept in a hidden folder
so that ingesting examples/ does not read it.
"""

from __future__ import annotations

import argparse
import datetime
import gzip
import html
import io
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
ECB = REPO.parent / "shared" / "eval" / "crossdoc" / "ecbplus" / "ECB+"
OUT = REPO / "examples"
NO_SPACE_BEFORE = {
    ",",
    ".",
    ";",
    ":",
    "!",
    "?",
    "%",
    ")",
    "]",
    "}",
    "”",
    "’",
    "n't",
    "'s",
    "'re",
    "'ve",
    "'ll",
    "'d",
    "'m",
    "...",
    "’s",
}
NO_SPACE_AFTER = {"(", "[", "{", "$", "“", "‘", "£", "€"}


def detok(tokens: list[str], state: dict[str, bool]) -> str:
    """Join one sentence's tokens; state['open'] tracks an open double quote across sentences."""
    out = ""
    glue_next = False
    for t in tokens:
        if t == "``":
            t = '"'
            state["open"] = False
        elif t == "''":
            t = '"'
            state["open"] = True
        if t == '"':
            if state["open"]:
                out += t
                glue_next = False
            else:
                out += (" " if out else "") + t
                glue_next = True
            state["open"] = not state["open"]
            continue
        if t.startswith('"') and len(t) > 1:
            state["open"] = not t.endswith('"')
        elif t.endswith('"') and len(t) > 1:
            state["open"] = False
        possessive = t == "'" and out.endswith("s")
        if (
            not out
            or glue_next
            or possessive
            or t in NO_SPACE_BEFORE
            or t.lower() in NO_SPACE_BEFORE
        ):
            out += t
        else:
            out += " " + t
        glue_next = t in NO_SPACE_AFTER
    return fix(out)


def fix(s: str) -> str:
    """Undo the tokenizer's splits: hyphens, decimals, times, abbreviations, apostrophes."""
    s = re.sub(r"(?<=\w) - (?=\w)", "-", s)  # hyphenated words split by the tokenizer
    s = re.sub(r"(?<=\d)([.:]) (?=\d)", r"\1", s)  # 9. 25 / 20: 09
    s = re.sub(r"(?<=\d), (?=\d{3}\b)", ",", s)  # 200, 000
    s = re.sub(r"\b([ap])\. m\.", r"\1.m.", s)  # a. m.
    s = re.sub(r"\b([A-Z])\. ([A-Z])\.", r"\1.\2.", s)  # U. S.
    s = re.sub(r"(?<=\d) / (?=\d)", "/", s)  # 5 / 5 / 2010
    s = re.sub(r"(?<=\w) ’ (?=s\b)", "’", s)  # warship ’ s
    s = re.sub(r"‘ ", "‘", s)
    s = re.sub(r"(?<=\w)’ s\b", "’s", s)
    s = re.sub(r"(?<=\w)\? (?=\d)", " €", s)  # the euro sign lost in the source encoding
    return s


def sentences(path: Path) -> list[str]:
    """The document's sentences as text, in order."""
    root = ET.parse(path).getroot()
    sents: dict[int, list[str]] = {}
    for tok in root.iter("token"):
        sents.setdefault(int(tok.get("sentence") or 0), []).append(tok.text or "")
    state = {"open": False}
    return [detok(v, state) for k, v in sorted(sents.items())]


def doc(name: str) -> list[str]:
    topic = name.split("_")[0]
    return sentences(ECB / topic / f"{name}.xml")


# doc id: (format, outlet, ISO date or None, title line, first body line, slug)
SPECS = {
    "8_1ecbplus": ("html", "The National", "2010-05-05", 1, 3),
    "8_5ecbplus": ("html", "Sky News", "2010-05-05", 1, 3),
    "8_9ecbplus": ("html", "Fox News", "2010-05-05", 1, 3),
    "11_1ecbplus": ("html", "Trend News Agency", "2013-09-26", 1, 3),
    "12_2ecbplus": ("html", "NDTV", "2011-11-11", 1, 3),
    "20_8ecbplus": ("html", "The New York Times", "2005-11-28", 1, 3),
    "9_2ecbplus": ("html", "CNN", "2009-03-03", 2, 3),
    "30_3ecbplus": ("html", "Egypt Independent", "2011-08-16", 1, 3),
    "8_8ecbplus": ("feed", "Reuters", "2010-05-05", 1, 3),
    "20_1ecbplus": ("warc", "BBC News", "2005-11-28", 2, 3),
    "12_1ecbplus": ("warc", "The Hindu", "2011-11-11", 2, 3),
    "11_4ecbplus": ("warc", "Trend News Agency", "2013-10-04", 1, 3),
    "11_3ecbplus": ("jsonl", "Central Asia Online", "2013-09-26", 1, 3),
    "12_4ecbplus": ("jsonl", "Pardaphash", "2011-11-11", 1, 3),
    "20_4ecbplus": ("jsonl", "TerraDaily", "2005-11-28", 1, 3),
    "30_4ecbplus": ("jsonl-html", "IT News Africa", "2011-08-16", 1, 3),
    "8_3ecbplus": ("text", "USA Today", "2010-05-05", 1, 3),
    "8_7ecbplus": ("text", "ABC News (Australia)", "2010-05-06", 1, 3),
    "11_5ecbplus": ("text", "Trend News Agency", "2013-10-02", 1, 3),
    "12_7ecbplus": ("text", "The Times of India", "2011-11-12", 1, 3),
    "12_11ecbplus": ("text-gz", "The Indian Express", "2011-11-12", 1, 3),
    "20_11ecbplus": ("text", "Los Angeles Times", None, 1, 2),
    "19_1ecb": ("text", None, None, 0, 1),
    "19_3ecb": ("text", None, None, 0, 1),
    "19_7ecb": ("text", None, None, 0, 1),
}
FEED_LINKS = ["8_1ecbplus", "8_5ecbplus", "8_9ecbplus", "12_2ecbplus"]


def cleanup(line: str) -> str:
    line = re.sub(r' "$', '"', line)
    return line


def parts(doc_id: str) -> dict[str, Any]:
    fmt, outlet, date, ti, bi = SPECS[doc_id]
    lines = [cleanup(line) for line in doc(doc_id) if line.strip()]
    url = lines[0].replace(" ", "") if doc_id.endswith("plus") else None
    return {
        "id": doc_id,
        "url": url,
        "title": lines[ti],
        "paras": lines[bi:],
        "outlet": outlet,
        "date": date,
        "fmt": fmt,
    }


def slug(a: dict[str, Any]) -> str:
    return re.sub(r"[^a-z0-9]+", "-", a["title"].lower()).strip("-")[:60]


NAV = ["World", "Politics", "Business", "Science", "Opinion", "Sport"]


GTAG = (
    "<script>window.dataLayer = window.dataLayer || []; "
    "function gtag(){dataLayer.push(arguments);}</script>"
)
SEARCH = (
    '<form class="search" action="/search"><input name="q" placeholder="Search">'
    "<button>Go</button></form>"
)
COOKIE = (
    '<div class="cookie-banner">We use cookies to improve your experience. '
    "<button>Accept all</button></div>"
)
FOOTER_LINKS = "".join(
    f'<li><a href="/{href}">{label}</a></li>'
    for href, label in (
        ("about", "About us"),
        ("contact", "Contact"),
        ("privacy", "Privacy policy"),
        ("terms", "Terms of use"),
    )
)
FEED_DESCRIPTION = "A hand-made feed over some of the example pages, plus one entry with full text."


def page(a: dict[str, Any]) -> str:
    """A realistic article page around the text: metadata, navigation, footer."""
    e = html.escape
    paras = "\n".join(f"      <p>{e(p)}</p>" for p in a["paras"])
    nav = "".join(f'<li><a href="/{n.lower()}">{e(n)}</a></li>' for n in NAV)
    related = "".join(
        f'<li><a href="/world/story-{i}">More world news: story {i}</a></li>' for i in range(1, 4)
    )
    when = f'<time datetime="{a["date"]}">{a["date"]}</time>'
    byline = f'<p class="byline">By {e(a["outlet"])} staff &middot; {when}</p>'
    return f'''<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{e(a["title"])} | {e(a["outlet"])}</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="description" content="{e(a["paras"][0][:150])}">
  <meta property="og:type" content="article">
  <meta property="og:title" content="{e(a["title"])}">
  <meta property="og:site_name" content="{e(a["outlet"])}">
  <meta property="og:url" content="{e(a["url"])}">
  <meta property="article:published_time" content="{a["date"]}T12:00:00Z">
  <meta name="author" content="{e(a["outlet"])} staff">
  <link rel="canonical" href="{e(a["url"])}">
  <link rel="stylesheet" href="/static/site.css">
  {GTAG}
</head>
<body>
  <header class="site-header">
    <a class="logo" href="/">{e(a["outlet"])}</a>
    <nav class="main-nav"><ul>{nav}</ul></nav>
    {SEARCH}
  </header>
  {COOKIE}
  <main>
    <article>
      <h1>{e(a["title"])}</h1>
      {byline}
{paras}
    </article>
    <aside class="related"><h2>Related stories</h2><ul>{related}</ul></aside>
  </main>
  <footer class="site-footer">
    <ul>{FOOTER_LINKS}</ul>
    <p>Follow us on Twitter and Facebook. Sign up for our daily newsletter.</p>
  </footer>
</body>
</html>
'''


def text_file(a: dict[str, Any]) -> str:
    head = f"date {a['date']}\n" if a["date"] else ""
    return head + a["title"] + "\n\n" + "\n\n".join(a["paras"]) + "\n"


def rfc822(date: str) -> str:
    d = datetime.date.fromisoformat(date)
    return d.strftime("%a, %d %b %Y 12:00:00 +0000")


def feed(items: list[tuple[dict[str, Any], str]], full: dict[str, Any]) -> str:
    """RSS 2.0: teaser entries linking to pages, and one entry with the full article."""
    e = html.escape
    entries = []
    for a, link in items:
        entries.append(f"""    <item>
      <title>{e(a["title"])}</title>
      <link>{e(link)}</link>
      <guid isPermaLink="false">{e(a["url"])}</guid>
      <pubDate>{rfc822(a["date"])}</pubDate>
      <description>{e(a["paras"][0][:200])}</description>
    </item>""")
    body = "".join(f"<p>{e(p)}</p>" for p in full["paras"])
    entries.append(f"""    <item>
      <title>{e(full["title"])}</title>
      <link>{e(full["url"])}</link>
      <guid isPermaLink="true">{e(full["url"])}</guid>
      <pubDate>{rfc822(full["date"])}</pubDate>
      <author>{e(full["outlet"])} staff</author>
      <description>{e(full["paras"][0][:200])}</description>
      <content:encoded><![CDATA[{body}]]></content:encoded>
    </item>""")
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel>
    <title>World News Digest</title>
    <link>https://example.org/storyline/world</link>
    <description>{FEED_DESCRIPTION}</description>
    <language>en</language>
{chr(10).join(entries)}
  </channel>
</rss>
"""


def warc(pages: list[dict[str, Any]]) -> bytes:
    """A gzipped WARC file with one HTTP response record per page."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    for a in pages:
        body = page(a).encode("utf-8")
        headers = StatusAndHeaders(
            "200 OK",
            [("Content-Type", "text/html; charset=utf-8"), ("Content-Length", str(len(body)))],
            protocol="HTTP/1.1",
        )
        rec = writer.create_warc_record(
            a["url"],
            "response",
            payload=io.BytesIO(body),
            http_headers=headers,
            warc_headers_dict={"WARC-Date": a["date"] + "T12:00:00Z"},
        )
        writer.write_record(rec)
    return buf.getvalue()


def main() -> None:
    """Write every example file."""
    arts = {d: parts(d) for d in SPECS}
    for sub in ("html", "text", "feeds", "archive", "jsonl", "bad"):
        (OUT / sub).mkdir(parents=True, exist_ok=True)
    names = {}
    for d, a in arts.items():
        name = f"{d.split('ecb')[0]}_{slug(a)}"
        names[d] = name
        if a["fmt"] == "html":
            (OUT / "html" / f"{name}.html").write_text(page(a), encoding="utf-8")
        elif a["fmt"] == "text":
            (OUT / "text" / f"{name}.txt").write_text(text_file(a), encoding="utf-8")
        elif a["fmt"] == "text-gz":
            (OUT / "text" / f"{name}.txt.gz").write_bytes(
                gzip.compress(text_file(a).encode(), mtime=0)
            )
    items = [(arts[d], f"../html/{names[d]}.html") for d in FEED_LINKS]
    (OUT / "feeds" / "world-news.rss").write_text(feed(items, arts["8_8ecbplus"]), encoding="utf-8")
    (OUT / "archive" / "pages.warc.gz").write_bytes(
        warc([a for a in arts.values() if a["fmt"] == "warc"])
    )
    lines = []
    for a in arts.values():
        if a["fmt"] == "jsonl":
            lines.append(
                {
                    "title": a["title"],
                    "url": a["url"],
                    "published": a["date"],
                    "outlet": a["outlet"],
                    "text": "\n\n".join(a["paras"]),
                }
            )
        elif a["fmt"] == "jsonl-html":
            lines.append({"url": a["url"], "outlet": a["outlet"], "html": page(a)})
    (OUT / "jsonl" / "articles.jsonl").write_text(
        "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in lines), encoding="utf-8"
    )
    (OUT / "bad" / "empty.txt").write_bytes(b"")
    good = gzip.compress(text_file(arts["19_1ecb"]).encode(), mtime=0)
    (OUT / "bad" / "truncated.txt.gz").write_bytes(good[: len(good) // 2])


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="Rebuild examples/ from ECB+.")
    parser.add_argument("--ecb", type=Path, default=ECB, help="the ECB+ folder of topic folders")
    ECB = parser.parse_args().ecb
    main()
