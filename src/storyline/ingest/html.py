"""The HTML reader: main text and metadata with trafilatura and htmldate, with a fallback."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import lxml.html
import trafilatura
from htmldate import find_date

from storyline.errors import Code, StorylineError
from storyline.ingest.decode import decode_bytes
from storyline.ingest.draft import ArticleDraft
from storyline.ingest.plain import check_text
from storyline.ingest.sources import Item
from storyline.ingest.text import normalise_newlines
from storyline.records import Origin

_BLOCKS = "//p|//h2|//h3|//li|//blockquote"


def _fallback_text(html: str) -> str:
    """Paragraph text straight from the DOM, for pages trafilatura finds nothing in."""
    try:
        tree = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return ""
    for bad in tree.xpath("//script|//style|//nav|//footer|//header|//aside|//form"):
        bad.drop_tree()
    paras = [" ".join(el.text_content().split()) for el in tree.xpath(_BLOCKS)]
    return "\n".join(p for p in paras if len(p) > 30)


def extract_html(html: str, url: str | None = None) -> dict[str, Any]:
    """Main text, title, author, date, site name, canonical URL and language of a page."""
    doc = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        deduplicate=True,
    )
    meta = doc.as_dict() if doc is not None and hasattr(doc, "as_dict") else (doc or {})
    text = normalise_newlines(meta.get("text") or "").strip()
    method = "trafilatura"
    if len(text) < 200:
        fallback = _fallback_text(html)
        if len(fallback) > len(text):
            text, method = fallback, "dom-fallback"
    date = meta.get("date")
    try:
        date = find_date(html, url=url, original_date=True, extensive_search=False) or date
    except Exception:  # noqa: BLE001 - htmldate raises assorted errors on odd pages
        pass
    return {
        "text": re.sub(r"\n{3,}", "\n\n", text),
        "title": meta.get("title"),
        "author": meta.get("author"),
        "published": date,
        "outlet": meta.get("sitename"),
        "url": meta.get("url") or url,
        "language": meta.get("language"),
        "method": method,
    }


def read_html(item: Item) -> Iterator[ArticleDraft]:
    html, encoding = decode_bytes(item.data, item.charset)
    if "<" not in html:
        raise StorylineError(Code.NO_ARTICLE, detail="no markup in HTML input")
    found = extract_html(html, item.url)
    check_text(found["text"], "HTML page")
    origin = Origin(source=item.source, reader="storyline.readers.html.v1", url=found["url"])
    yield ArticleDraft(
        text=found["text"],
        origin=origin,
        title=found["title"],
        url=found["url"],
        path=item.path,
        outlet=found["outlet"],
        author=found["author"],
        published=found["published"],
        published_source="metadata" if found["published"] else None,
        language=found["language"],
        meta={"encoding": encoding, "extraction": found["method"]},
    )
