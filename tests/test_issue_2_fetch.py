"""Issue 2 http(s) inputs against a real local server: pages, feeds, and every way a URL fails."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from typer.testing import CliRunner

from storyline import Storyline
from storyline.cli import app
from storyline.errors import Code, StorylineError
from storyline.ingest.fetch import fetch_url
from storyline.records import Failure

pytestmark = pytest.mark.issue(2)

PARAS = [
    "The central bank raised its main interest rate by a quarter point on Thursday, its"
    " fourth increase this year, citing stubborn inflation in services and rents.",
    "The governor told reporters that further moves would depend on wage data due next month,"
    " and that the bank stood ready to act if price growth did not slow.",
]
CHUNK = b"x" * 65536


def page(tag: str) -> bytes:
    body = "".join(f"<p>{p.replace('bank', f'bank {tag}')}</p>" for p in PARAS)
    html = f"<html><head><title>Rates {tag}</title></head><body><article>{body}</article>"
    return (html + "</body></html>").encode()


def feed() -> bytes:
    items = "".join(
        f"<item><title>Teaser {t}</title><link>{link}</link>"
        "<description>Rates rise again.</description></item>"
        for t, link in (("one", "/page/one"), ("two", "page/two"))
    )
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>{items}'
        "</channel></rss>"
    ).encode()


class Handler(BaseHTTPRequestHandler):
    """Routes that behave like good and bad web servers; the huge ones never build a body."""

    def log_message(self, *args: object) -> None:
        pass

    def _send(self, status: int, body: bytes, ctype: str = "text/html; charset=utf-8") -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _redirect(self, to: str) -> None:
        self.send_response(302)
        self.send_header("Location", to)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _stream(self, declared: int | None, pause: float = 0.0) -> None:
        """Send chunks until the client hangs up (a 2 GB or endless body, never in memory)."""
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        if declared is not None:
            self.send_header("Content-Length", str(declared))
        self.end_headers()
        try:
            for _ in range(40_000):  # at most ~2.6 GB, and the client stops far sooner
                self.wfile.write(CHUNK if not pause else b"<p>slow</p>")
                if pause:
                    time.sleep(pause)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        path = self.path
        if path.startswith("/page/"):
            self._send(200, page(path.rsplit("/", 1)[1]))
        elif path == "/feed":
            self._send(200, feed(), "application/rss+xml")
        elif path == "/local-feed":
            self._send(200, feed().replace(b"/page/one", b"file:///etc/hostname"), "text/xml")
        elif path == "/moved":
            self._redirect("/page/moved")
        elif path.startswith("/loop/"):
            self._redirect(f"/loop/{int(path.rsplit('/', 1)[1]) + 1}")
        elif path == "/slow":
            time.sleep(2)
            self._send(200, page("slow"))
        elif path == "/huge":
            self._stream(declared=2 * 1024**3)
        elif path == "/endless":
            self._stream(declared=None)
        elif path == "/trickle":
            self._stream(declared=None, pause=0.05)
        elif path == "/legacy.txt":
            text = "\u201cRates\u201d rose, the caf\u00e9 owners said. " * 5
            self._send(200, text.encode("cp1252"), "text/plain; charset=iso-8859-1")
        else:
            self._send(404, b"<html><body>not here</body></html>")


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(autouse=True)
def quick_limits(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STORYLINE_FETCH_TIMEOUT", "0.5")
    monkeypatch.setenv("STORYLINE_FETCH_MAX_REDIRECTS", "3")
    monkeypatch.setenv("STORYLINE_MAX_BYTES", "1000000")


def fetch_error(url: str) -> StorylineError:
    with pytest.raises(StorylineError) as caught:
        fetch_url(url)
    return caught.value


def test_issue_2_url_page_is_ingested(sl: Storyline, server: str) -> None:
    report = sl.ingest([f"{server}/page/alpha", f"{server}/moved"])
    assert (report.new, report.failed) == (2, 0)
    origins = {o["source"]: o for o in sl.query("origins")}
    assert set(origins) == {f"{server}/page/alpha", f"{server}/moved"}
    assert origins[f"{server}/moved"]["url"] == f"{server}/page/moved"
    assert any("bank alpha" in a["text"] for a in sl.articles())


def test_issue_2_url_legacy_charset_header(server: str) -> None:
    item = fetch_url(f"{server}/legacy.txt")
    from storyline.ingest import read_item

    draft = next(iter(read_item(item)))
    assert "\u201cRates\u201d rose, the caf\u00e9" in getattr(draft, "text", "")


def test_issue_2_url_404(server: str) -> None:
    exc = fetch_error(f"{server}/nothing-here")
    assert exc.code is Code.URL_HTTP and str(exc) == "E302 url-http: HTTP 404 Not Found"


def test_issue_2_url_timeout(server: str) -> None:
    exc = fetch_error(f"{server}/slow")
    assert exc.code is Code.URL_TIMEOUT and "0.5s" in str(exc)


def test_issue_2_url_trickle_hits_total_deadline(server: str) -> None:
    """Each byte arrives in time, but the download as a whole must still end."""
    assert fetch_error(f"{server}/trickle").code is Code.URL_TIMEOUT


@pytest.mark.parametrize("route", ["/huge", "/endless"])
def test_issue_2_url_2gb_body_stops_at_cap(server: str, route: str) -> None:
    exc = fetch_error(server + route)
    assert exc.code is Code.URL_TOO_LARGE and "1000000 bytes" in str(exc)


def test_issue_2_url_too_many_redirects(server: str) -> None:
    exc = fetch_error(f"{server}/loop/0")
    assert exc.code is Code.URL_REDIRECTS and "limit 3" in str(exc)


def test_issue_2_url_connection_refused(server: str) -> None:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    assert fetch_error(f"http://127.0.0.1:{port}/x").code is Code.URL_ERROR


def test_issue_2_http_feed_teasers_fetch_their_pages(sl: Storyline, server: str) -> None:
    report = sl.ingest([f"{server}/feed", f"{server}/page/one"])
    assert (report.new, report.unchanged, report.failed) == (2, 1, 0)
    readers: dict[str, set[str]] = {}
    for o in sl.query("origins"):
        readers.setdefault(o["article_id"], set()).add(o["source"])
    assert sorted(map(sorted, readers.values())) == [
        [f"{server}/feed#{server}/page/one", f"{server}/page/one"],
        [f"{server}/feed#{server}/page/two"],
    ]


def test_issue_2_http_feed_never_reads_local_files(server: str) -> None:
    from storyline.pipeline import iter_drafts

    out = list(iter_drafts([f"{server}/local-feed"]))
    failed = [o for o in out if isinstance(o, Failure)]
    assert [f.code for f in failed] == ["E204"]
    assert "etc/hostname is not a page this feed may read" in failed[0].message


def test_issue_2_cli_url_failures_on_console_and_table(server: str, tmp_path: Path) -> None:
    db = tmp_path / "urls.db"
    urls = [f"{server}/page/ok", f"{server}/gone", f"{server}/huge", f"{server}/loop/0"]
    result = CliRunner().invoke(app, ["ingest", *urls, "--db", str(db)])
    assert result.exit_code == 1
    for url, code in zip(urls[1:], ("E302", "E303", "E305"), strict=True):
        assert f"failed {url}: {code}" in result.output
    assert "new 1, unchanged 0, failed 3" in result.output
    with Storyline(db) as sl:
        assert sorted((f["input"], f["code"], f["stage"]) for f in sl.failures()) == [
            (f"{server}/gone", "E302", "fetch"),
            (f"{server}/huge", "E303", "fetch"),
            (f"{server}/loop/0", "E305", "fetch"),
        ]
        assert len(sl.articles()) == 1
