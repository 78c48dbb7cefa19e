"""Plain-text articles: headline, `date YYYY-MM-DD` header, web boilerplate, related links."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

_DATE_HEADER = re.compile(
    r"^\s*date[:\s]\s*(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2})?)?\b\s*", re.IGNORECASE
)
_READ_ALSO = re.compile(
    r"^\s*(read also|read more|see also|related|also read)\s*:\s*(.+)$", re.IGNORECASE
)
_BOILERPLATE = re.compile(
    r"^\s*(\d+\s+\d+\s+votes?|article rating|notify of|inline feedbacks?|view all comments"
    r"|\d+\s+comments?|leave a (comment|reply)|share this:?|like this:?|subscribe|login"
    r"|log in|sign up|oldest|newest|most voted|share on (facebook|twitter|x)|tweet"
    r"|print( this)?( article)?|email|advertisement|related posts?:?|tags?:.*"
    r"|you may also like:?|click here to.*|follow us on.*|copyright .*|© .*"
    r"|all rights reserved\.?)\s*$",
    re.IGNORECASE,
)
_TRAILING_GARBAGE = re.compile(r"\s+$")
_URL = re.compile(r"https?://\S+")
_WS = re.compile(r"\s+")


@dataclass
class CleanText:
    """The result of cleaning plain text: body, and what was lifted out of it."""

    text: str
    title: str | None = None
    published: str | None = None
    related: list[dict[str, Any]] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)


def normalise_newlines(text: str) -> str:
    """Unix newlines, no BOM or NUL, no trailing spaces: one clean text whatever OS wrote it."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")
    text = text.replace("\ufeff", "").replace("\x00", "")
    return "\n".join(_TRAILING_GARBAGE.sub("", line) for line in text.split("\n"))


def _is_headline(line: str, rest: list[str]) -> bool:
    """A short first line without a full stop, followed by a blank or a longer one."""
    line = line.strip()
    if not line or len(line) > 160 or len(line.split()) > 25:
        return False
    if line.endswith((".", ",", ";", ":")) and not line.endswith("..."):
        return False
    return bool(rest) and (not rest[0].strip() or len(rest[0]) > len(line))


def _strip_trailing_boilerplate(lines: list[str], removed: list[str]) -> list[str]:
    """Drop comment widgets and share buttons from the end of the text."""
    while lines and (not lines[-1].strip() or _BOILERPLATE.match(lines[-1])):
        line = lines.pop()
        if line.strip():
            removed.append(line.strip())
    return lines


def _same(a: str, b: str) -> bool:
    """Equal after collapsing whitespace and case."""
    return _WS.sub(" ", a).strip().casefold() == _WS.sub(" ", b).strip().casefold()


def _take_title(lines: list[str], known: str | None) -> str | None:
    """Pop the headline line; with a known title, only a first line that repeats it."""
    if not lines:
        return None
    if known is not None:
        return lines.pop(0).strip() if _same(lines[0], known) else None
    return lines.pop(0).strip() if _is_headline(lines[0], lines[1:]) else None


def _related(match: re.Match[str]) -> dict[str, Any]:
    """A 'Read also:' line as a related-link record (with its URL, if it has one)."""
    text = match.group(2).strip()
    url = _URL.search(text)
    entry: dict[str, Any] = {"text": text, "kind": match.group(1).lower()}
    if url:
        entry["url"] = url.group(0).rstrip(").,;")
    return entry


def clean_plain_text(raw: str, title: str | None = None) -> CleanText:
    """Split a plain-text article into title, date header, body and related links.

    With ``title`` given (JSONL, feeds), a first line is removed only if it repeats it.
    """
    text = normalise_newlines(raw).strip("\n")
    published = None
    match = _DATE_HEADER.match(text)
    if match:
        published = match.group(1)
        text = text[match.end() :]
    lines = text.split("\n")
    title = _take_title(lines, title)
    removed: list[str] = []
    related: list[dict[str, Any]] = []
    body: list[str] = []
    for line in _strip_trailing_boilerplate(lines, removed):
        also = _READ_ALSO.match(line)
        if also:
            related.append(_related(also))
        elif _BOILERPLATE.match(line) and len(line.strip()) < 40:
            removed.append(line.strip())
        else:
            body.append(line.strip())
    clean = re.sub(r"\n{3,}", "\n\n", "\n".join(body)).strip()
    return CleanText(clean, title, published, related, removed)
