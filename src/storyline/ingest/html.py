"""The HTML reader: main text and metadata with trafilatura and htmldate, with a fallback.

Choices measured on WCXB dev (docs/accuracy.md): comments are left out; trafilatura runs in
its balanced mode and in favor_recall mode and the longer text wins unless the balanced one is
nearly as long; the title loses a trailing " | Site name" and yields to the page's first <h1>
when that heading shares words with it; author strings lose "By", trailing dates and the site
name. Nothing is cached across pages (trafilatura's deduplicate option is, so it stays off), so
the same page always gives the same text and the same article id.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

import lxml.html
import trafilatura
from htmldate import find_date
from lxml.etree import ParserError
from lxml.html import HtmlElement
from trafilatura.metadata import extract_metadata
from trafilatura.utils import load_html

from storyline.errors import Code, StorylineError
from storyline.ingest.decode import decode_bytes
from storyline.ingest.draft import ArticleDraft
from storyline.ingest.plain import check_text
from storyline.ingest.sources import Item
from storyline.ingest.text import normalise_newlines
from storyline.records import Origin

_BLOCKS = "//p|//h2|//h3|//li|//blockquote"
_DATE_PARAMS: dict[str, Any] = {"original_date": True, "extensive_search": True}
RECALL_SHARE = 0.95  # the balanced text wins when it is at least this share of the recall text
H1_OVERLAP = 0.3  # share of the <h1>'s words that must also be in the <title> to prefer it
_TITLE_SEP = re.compile(r"\s+[|\-–—:·•»/]\s+|\s*\|\s*")
_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"  # month names
_AUTHOR_PREFIX = re.compile(r"^(?:author|by|written by|posted by)\s*:?\s+", re.IGNORECASE)
_AUTHOR_TAIL = re.compile(rf"\s+(?:(?:last\s+)?updated|published|on|{_MONTHS})\b.*$", re.IGNORECASE)
_WORD = re.compile(r"\w+")


def _fallback_text(html: str) -> str:
    """Paragraph text straight from the DOM, for pages trafilatura finds nothing in."""
    try:
        tree = lxml.html.fromstring(html)
    except (ValueError, ParserError):
        return ""
    for bad in tree.xpath("//script|//style|//nav|//footer|//header|//aside|//form"):
        bad.drop_tree()
    paras = [" ".join(el.text_content().split()) for el in tree.xpath(_BLOCKS)]
    return "\n".join(p for p in paras if len(p) > 30)


def _main_text(tree: HtmlElement, url: str | None, recall: bool) -> str:
    """trafilatura's main text without comments, in balanced or favor_recall mode."""
    doc = trafilatura.bare_extraction(
        tree, url=url, favor_recall=recall, include_comments=False, with_metadata=False
    )
    text = getattr(doc, "text", None) if doc is not None else None
    return normalise_newlines(text or "").strip()


def best_text(tree: HtmlElement, url: str | None) -> str:
    """The balanced extraction, or the recall one when it finds clearly more text."""
    balanced = _main_text(tree, url, recall=False)
    recall = _main_text(tree, url, recall=True)
    return recall if len(balanced) < RECALL_SHARE * len(recall) else balanced


def _words(text: str | None) -> list[str]:
    return _WORD.findall((text or "").lower())


def _site_keys(site: str | None, url: str | None) -> set[str]:
    """Squashed forms of the site name and host, to spot them at the end of a title."""
    host = urlsplit(url or "").netloc.lower().removeprefix("www.")
    keys = {"".join(_words(site)), "".join(_words(host)), "".join(_words(host.split(".")[0]))}
    return {k for k in keys if k}


def strip_site_name(title: str | None, site: str | None, url: str | None) -> str | None:
    """'Headline | Site' -> 'Headline': drop trailing parts that name the site or are short."""
    if not title:
        return title
    parts = [p for p in _TITLE_SEP.split(title) if p.strip()]
    keys = _site_keys(site, url)
    while len(parts) > 1:
        last = "".join(_words(parts[-1]))
        named = any(k in last or last in k for k in keys) if last else True
        short = len(parts[-1].split()) <= 4 and len(" ".join(parts[:-1]).split()) >= 3
        if not (named or short):
            break
        parts.pop()
    end = 0
    for part in parts:
        end = title.index(part, end) + len(part)
    return title[:end].strip()


def _first_h1(tree: HtmlElement) -> str | None:
    for h1 in tree.iter("h1"):
        text = " ".join(h1.text_content().split())
        if text:
            return text
    return None


def choose_title(
    tree: HtmlElement, title: str | None, site: str | None, url: str | None
) -> str | None:
    """The page's headline: its first <h1> when that agrees with the <title>, else the title."""
    cleaned = strip_site_name(title, site, url)
    heading = _first_h1(tree)
    head_words, title_words = _words(heading), _words(cleaned)
    if not heading or not 2 <= len(head_words) <= 40:
        return cleaned
    if not title_words:
        return heading
    if head_words[: len(title_words)] == title_words:
        return cleaned  # the heading only adds a subtitle
    shared = len(set(head_words) & set(title_words)) / len(set(head_words))
    return heading if shared >= H1_OVERLAP else cleaned


def clean_author(author: str | None, site: str | None) -> str | None:
    """Author names without 'By', trailing dates or the site name posing as an author."""
    if not author:
        return None
    names = [n.strip() for n in author.split(";")]
    kept = []
    for name in names:
        name = _AUTHOR_TAIL.sub("", _AUTHOR_PREFIX.sub("", name)).strip()
        if name and not (len(names) > 1 and site and name.lower() == site.lower()):
            kept.append(name)
    return "; ".join(kept) or None


def _metadata(tree: HtmlElement, url: str | None) -> dict[str, Any]:
    """trafilatura's metadata (htmldate for the date); empty when the page defeats it."""
    try:
        doc = extract_metadata(tree, default_url=url, date_config=dict(_DATE_PARAMS))
    except Exception:  # noqa: BLE001 - metadata helpers raise assorted errors on odd pages
        return {}
    return dict(doc.as_dict()) if doc is not None else {}


def _date(meta: dict[str, Any], html: str, url: str | None) -> str | None:
    """The publication date from the metadata, or htmldate on the raw page as a last try."""
    if meta.get("date"):
        return str(meta["date"])[:10]
    if meta:
        return None  # htmldate already ran inside the metadata step and found nothing
    try:
        found = find_date(html, url=url, original_date=True, extensive_search=True)
    except Exception:  # noqa: BLE001 - htmldate raises assorted errors on odd pages
        return None
    return found[:10] if found else None


def _language(tree: HtmlElement, meta: dict[str, Any]) -> str | None:
    """Language from the metadata or the <html lang> attribute (primary subtag only)."""
    lang = str(meta.get("language") or tree.get("lang") or tree.get("xml:lang") or "")
    primary = re.split(r"[-_]", lang.strip())[0].lower()
    return primary or None


def extract_html(html: str, url: str | None = None) -> dict[str, Any]:
    """Main text, title, author, date, site name, canonical URL and language of a page."""
    tree = load_html(html)
    if tree is None:
        text = _fallback_text(html)
        return {
            "text": text,
            "title": None,
            "author": None,
            "published": None,
            "outlet": None,
            "url": url,
            "language": None,
            "method": "dom-fallback",
        }
    meta = _metadata(tree, url)
    text, method = best_text(tree, url), "trafilatura"
    if len(text) < 200:
        fallback = _fallback_text(html)
        if len(fallback) > len(text):
            text, method = fallback, "dom-fallback"
    site = meta.get("sitename")
    return {
        "text": re.sub(r"\n{3,}", "\n\n", text),
        "title": choose_title(tree, meta.get("title"), site, meta.get("url") or url),
        "author": clean_author(meta.get("author"), site),
        "published": _date(meta, html, url),
        "outlet": site,
        "url": meta.get("url") or url,
        "language": _language(tree, meta),
        "method": method,
    }


def read_html(item: Item) -> Iterator[ArticleDraft]:
    """One article from an HTML page; NO_ARTICLE when there is no markup or no main text."""
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
