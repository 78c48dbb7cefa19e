"""HTML main text and metadata: title clean-up, author clean-up, fallback, no cross-page state."""

from __future__ import annotations

import gzip
from pathlib import Path

import lxml.html
import pytest

from storyline.errors import Code, StorylineError
from storyline.ingest.html import (
    choose_title,
    clean_author,
    extract_html,
    read_html,
    strip_site_name,
)
from storyline.ingest.sources import Item

pytestmark = pytest.mark.issue(2)

PAGE = Path(__file__).parent / "fixtures" / "extract" / "wcxb" / "html" / "0001.html.gz"


def _page() -> str:
    return gzip.decompress(PAGE.read_bytes()).decode("utf-8")


@pytest.mark.parametrize(
    ("title", "site", "url", "want"),
    [
        ("Ferry deal agreed | Harbour Gazette", "Harbour Gazette", None, "Ferry deal agreed"),
        (
            "Ferry deal agreed - gazette.example",
            None,
            "https://gazette.example/a",
            "Ferry deal agreed",
        ),
        (
            "What is cloud computing? | Google Cloud",
            "Google Cloud",
            None,
            "What is cloud computing?",
        ),
        (
            "Ukraine war: talks resume in Istanbul",
            "Daily News",
            None,
            "Ukraine war: talks resume in Istanbul",
        ),
        ("Talks resume", "Talks resume", None, "Talks resume"),
        (None, "Site", None, None),
    ],
)
def test_issue_2_strip_site_name(
    title: str | None, site: str | None, url: str | None, want: str | None
) -> None:
    assert strip_site_name(title, site, url) == want


def _tree(body: str) -> lxml.html.HtmlElement:
    return lxml.html.fromstring(f"<html><body>{body}</body></html>")


def test_issue_2_choose_title_prefers_agreeing_h1() -> None:
    tree = _tree("<h1>Top 10 health and nutrition trends to watch</h1>")
    got = choose_title(tree, "Health And Nutrition Trends For 2026 - Tastewise", "Tastewise", None)
    assert got == "Top 10 health and nutrition trends to watch"


def test_issue_2_choose_title_ignores_unrelated_or_subtitled_h1() -> None:
    assert choose_title(
        _tree("<h1>Stanford Online</h1>"), "Certificate vs Certification", None, None
    ) == ("Certificate vs Certification")
    tree = _tree("<h1>Wedding Planning Tools – Caterer Comparison Spreadsheet</h1>")
    assert choose_title(tree, "Wedding Planning Tools | Happily", "Happily", None) == (
        "Wedding Planning Tools"
    )


def test_issue_2_clean_author() -> None:
    assert clean_author("By Mara Linde", None) == "Mara Linde"
    assert clean_author("Supermove February 8", None) == "Supermove"
    assert clean_author("Cazzy Magennis Last Updated August 1", None) == "Cazzy Magennis"
    assert clean_author("Fastarz; Ahmet Serhan", "Fastarz") == "Ahmet Serhan"
    assert clean_author("Fastarz", "Fastarz") == "Fastarz"
    assert clean_author(None, "Site") is None


def test_issue_2_extract_html_text_and_metadata() -> None:
    found = extract_html(_page())
    assert found["title"] == "Ferry operators and port council agree on winter timetable"
    assert found["author"] == "Mara Linde"
    assert found["published"] == "2024-02-14"
    assert found["outlet"] == "Harbour Gazette"
    assert found["url"] == "https://harbour-gazette.example/news/ferry-talks"
    assert found["language"] == "en"
    assert "reduced winter timetable" in found["text"]
    assert "emergency budget" in found["text"]
    for boilerplate in ("Accept cookies", "Most read", "All rights reserved", "Weather"):
        assert boilerplate not in found["text"]


def test_issue_2_extract_html_same_page_same_text() -> None:
    """No state carried across pages (trafilatura's dedup cache would drop repeated text)."""
    first, second = extract_html(_page()), extract_html(_page())
    assert first["text"] == second["text"] and len(first["text"]) > 500


def test_issue_2_extract_html_dom_fallback() -> None:
    """Text trafilatura discards (here: inside a 'comments' block) still comes back via the DOM."""
    paras = "".join(
        f"<p>Paragraph {i} of a page whose only text sits in a block named like comments.</p>"
        for i in range(4)
    )
    found = extract_html(f'<html><body><div class="comments">{paras}</div></body></html>')
    assert found["method"] == "dom-fallback"
    assert "Paragraph 3 of a page" in found["text"]


def test_issue_2_read_html_without_article_fails_clearly() -> None:
    page = b"<html><body><nav><a href='/'>Home</a></nav></body></html>"
    item = Item(source="nav.html", data=page, name="nav.html")
    with pytest.raises(StorylineError) as err:
        list(read_html(item))
    assert err.value.code is Code.NO_ARTICLE


EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "html"


@pytest.mark.parametrize("page", sorted(EXAMPLES.glob("*.html")), ids=lambda p: p.stem[:20])
def test_issue_2_example_pages_metadata(page: Path) -> None:
    """Every bundled example page: headline without the site suffix, its own date and outlet."""
    html = page.read_text(encoding="utf-8")
    found = extract_html(html)
    og = lxml.html.fromstring(html)
    meta = {m.get("property"): m.get("content") for m in og.iter("meta") if m.get("property")}
    assert found["title"] == meta["og:title"]
    assert found["outlet"] == meta["og:site_name"]
    assert found["published"] == meta["article:published_time"][:10]
    assert found["url"] == meta["og:url"]
    assert "Related stories" not in found["text"] and "Privacy policy" not in found["text"]
