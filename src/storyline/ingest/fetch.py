"""http(s) inputs with httpx: timeouts, a body-size cap and a redirect limit."""

from __future__ import annotations

import time
from dataclasses import dataclass

import httpx

from storyline import settings
from storyline.errors import Code, StorylineError
from storyline.ingest.sources import Item


@dataclass(frozen=True)
class FetchLimits:
    """What one download may cost: bytes, seconds (per read and in total), redirects."""

    max_bytes: int
    timeout: float
    max_redirects: int

    @classmethod
    def from_settings(cls, max_bytes: int | None = None) -> FetchLimits:
        """The limits from settings (STORYLINE_MAX_BYTES, _FETCH_TIMEOUT, ...)."""
        return cls(
            max_bytes=max_bytes or int(settings.get("max_bytes")),
            timeout=float(settings.get("fetch_timeout")),
            max_redirects=int(settings.get("fetch_max_redirects")),
        )


def fetch_url(url: str, max_bytes: int | None = None) -> Item:
    """Download one URL into an Item, streaming so a huge or endless body stops at the cap."""
    limits = FetchLimits.from_settings(max_bytes)
    headers = {"User-Agent": str(settings.get("user_agent"))}
    try:
        with httpx.Client(
            timeout=limits.timeout,
            follow_redirects=True,
            max_redirects=limits.max_redirects,
            headers=headers,
        ) as client:
            return _get(client, url, limits)
    except httpx.TimeoutException as exc:
        raise StorylineError(Code.URL_TIMEOUT, seconds=limits.timeout) from exc
    except httpx.TooManyRedirects as exc:
        raise StorylineError(Code.URL_REDIRECTS, limit=limits.max_redirects) from exc
    except (httpx.HTTPError, httpx.InvalidURL) as exc:
        raise StorylineError(Code.URL_ERROR, detail=str(exc) or type(exc).__name__) from exc


def _get(client: httpx.Client, url: str, limits: FetchLimits) -> Item:
    """One streamed GET: status and declared length checked before the body is read."""
    with client.stream("GET", url) as resp:
        if resp.status_code >= 400:
            raise StorylineError(Code.URL_HTTP, status=resp.status_code, reason=resp.reason_phrase)
        declared = resp.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limits.max_bytes:
            raise StorylineError(Code.URL_TOO_LARGE, limit=limits.max_bytes)
        data = _read_capped(resp, limits)
        final = str(resp.url)
        name = final.split("?")[0].rstrip("/").rsplit("/", 1)[-1] or "index.html"
        return Item(
            source=url,
            data=data,
            name=name,
            url=final,
            content_type=resp.headers.get("content-type"),
            charset=resp.charset_encoding,
        )


def _read_capped(resp: httpx.Response, limits: FetchLimits) -> bytes:
    """The body, refused once it passes the byte cap or the whole download outlasts 3x timeout."""
    deadline = time.monotonic() + 3 * limits.timeout
    chunks: list[bytes] = []
    size = 0
    for chunk in resp.iter_bytes():
        size += len(chunk)
        if size > limits.max_bytes:
            raise StorylineError(Code.URL_TOO_LARGE, limit=limits.max_bytes)
        if time.monotonic() > deadline:
            raise StorylineError(Code.URL_TIMEOUT, seconds=3 * limits.timeout)
        chunks.append(chunk)
    return b"".join(chunks)
