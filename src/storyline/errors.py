"""The error catalogue: every failure Storyline records has a code from here.

Codes are stable (tests, failure rows and users' scripts depend on them); messages are
templates filled with the specifics of the input that failed.
"""

from __future__ import annotations

from enum import Enum


class Code(Enum):
    """Error codes with their message templates."""

    # input (E1xx)
    EMPTY = ("E101", "input is empty")
    BINARY = ("E102", "input looks binary ({detail}), not text, HTML or a known archive")
    TOO_LARGE = ("E103", "input is {size} bytes, over the {limit}-byte cap (setting max_bytes)")
    DECODE = ("E104", "cannot decode text: {detail}")
    UNREADABLE = ("E105", "cannot read: {detail}")
    SYMLINK_LOOP = ("E106", "symlink loop: {detail}")
    NOT_FOUND = ("E107", "no such file or folder")
    TRUNCATED_GZIP = ("E108", "gzip stream is truncated or corrupt: {detail}")
    UNSUPPORTED = ("E109", "unsupported input type: {detail}")
    # formats (E2xx)
    FEED_MALFORMED = ("E201", "feed XML is malformed: {detail}")
    WARC_TRUNCATED = ("E202", "WARC file is truncated or corrupt: {detail}")
    JSONL_BAD_LINE = ("E203", "JSONL line {line} is not a usable article: {detail}")
    NO_ARTICLE = ("E204", "no article text found ({detail})")
    TEXT_TOO_LONG = ("E205", "clean text is {size} characters, over the cap of {limit}")
    # network (E3xx)
    URL_TIMEOUT = ("E301", "request timed out after {seconds}s")
    URL_HTTP = ("E302", "HTTP {status} {reason}")
    URL_TOO_LARGE = ("E303", "response body exceeds {limit} bytes")
    URL_ERROR = ("E304", "request failed: {detail}")
    URL_REDIRECTS = ("E305", "too many redirects (limit {limit})")
    # processing (E4xx)
    EXTRACT = ("E401", "extraction failed in {stage}: {detail}")
    STORE = ("E402", "could not store article: {detail}")
    MODEL = ("E403", "cannot load spaCy model {model!r}: {detail}")
    # usage (E5xx)
    BAD_GOLD = ("E501", "gold data not usable: {detail}")
    BAD_ARGUMENT = ("E502", "{detail}")
    NO_DATABASE = ("E503", "no Storyline database at {path} (only `storyline ingest` or"
                   " `storyline demo` create one; check --db or STORYLINE_DB)")
    BAD_DATABASE = ("E504", "{path} is not a usable Storyline database: {detail}")
    NO_ARTICLE_ID = ("E505", "no stored article with id {id}")

    @property
    def id(self) -> str:
        return self.value[0]

    @property
    def slug(self) -> str:
        return self.name.lower().replace("_", "-")


class StorylineError(Exception):
    """An error with a catalogue code; str() gives 'E101 empty: input is empty'."""

    def __init__(self, code: Code, **details: object) -> None:
        self.code = code
        self.details = details
        try:
            self.message = code.value[1].format(**details)
        except (KeyError, IndexError):
            self.message = code.value[1] + " " + repr(details)
        super().__init__(f"{code.id} {code.slug}: {self.message}")
