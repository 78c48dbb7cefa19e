"""http(s) inputs with httpx: timeouts, a body-size cap and a redirect limit."""

from __future__ import annotations

import httpx

from storyline import settings
from storyline.errors import Code, StorylineError
from storyline.ingest.sources import Item


def fetch_url(url: str, max_bytes: int | None = None) -> Item:
    """Download one URL into an Item, streaming so a huge body is cut off at the cap."""
    cap = max_bytes or int(settings.get("max_bytes"))
    timeout = float(settings.get("fetch_timeout"))
    limit = int(settings.get("fetch_max_redirects"))
    headers = {"User-Agent": str(settings.get("user_agent"))}
    try:
        with (
            httpx.Client(
                timeout=timeout, follow_redirects=True, max_redirects=limit, headers=headers
            ) as client,
            client.stream("GET", url) as resp,
        ):
            if resp.status_code >= 400:
                raise StorylineError(
                    Code.URL_HTTP, status=resp.status_code, reason=resp.reason_phrase
                )
            declared = resp.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > cap:
                raise StorylineError(Code.URL_TOO_LARGE, limit=cap)
            chunks, size = [], 0
            for chunk in resp.iter_bytes():
                size += len(chunk)
                if size > cap:
                    raise StorylineError(Code.URL_TOO_LARGE, limit=cap)
                chunks.append(chunk)
            final = str(resp.url)
            ctype = resp.headers.get("content-type")
            charset = resp.charset_encoding
    except httpx.TimeoutException as exc:
        raise StorylineError(Code.URL_TIMEOUT, seconds=timeout) from exc
    except httpx.TooManyRedirects as exc:
        raise StorylineError(Code.URL_REDIRECTS, limit=limit) from exc
    except httpx.HTTPError as exc:
        raise StorylineError(Code.URL_ERROR, detail=str(exc) or type(exc).__name__) from exc
    name = final.rstrip("/").rsplit("/", 1)[-1] or "index.html"
    return Item(
        source=url, data=b"".join(chunks), name=name, url=final, content_type=ctype, charset=charset
    )
