"""Issue 2: table output prints text as text, whatever brackets scraped pages leave in it."""

from __future__ import annotations

import io

import pytest
from rich.console import Console

from storyline.output import render

pytestmark = pytest.mark.issue(2)


def test_issue_2_table_output_is_not_markup() -> None:
    buf = io.StringIO()
    console = Console(file=buf, width=200)
    record = {"id": "abc123", "published": None, "outlet": "[bold]Daily[/]",
              "title": "Talks [/caption] resume [/b]", "text": ""}
    render([record], "articles", "table", console)
    out = buf.getvalue()
    assert "[/caption]" in out and "[bold]Daily[/]" in out
