"""URL reading against a tiny local HTTP server (no network needed)."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from watchfloor.ingest import InputError, read_inputs
from watchfloor.records import RawDocument

FEED = b"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Valley Monitor</title>
<item><title>Bridge reopened</title><guid>vm-101</guid>
<pubDate>Mon, 10 Feb 2025 06:00:00 GMT</pubDate>
<description>The bridge over the Kunar river reopened to traffic on Monday.</description></item>
<item><title>Market fire</title><link>http://example.invalid/vm-102</link>
<description>&lt;p&gt;A fire destroyed twelve shops in the main bazaar overnight.&lt;/p&gt;</description>
</item></channel></rss>"""

PAGE = b"""<html><head><title>Bridge reopened - Valley Monitor</title>
<meta property="og:site_name" content="Valley Monitor"></head><body>
<nav><a href="/">Home</a></nav><article><h1>Bridge reopened</h1>
<p>The bridge over the Kunar river reopened to traffic on Monday after repairs that took
three months, the provincial public works department said.</p>
<p>Residents said the closure had forced them to travel two extra hours to reach the
district hospital.<script>alert(1)</script></p></article></body></html>"""

ROUTES = {
    "/feed": ("application/rss+xml", FEED),
    "/feed-as-xml": ("text/xml; charset=utf-8", FEED),
    "/page": ("text/html; charset=utf-8", PAGE),
    "/empty-page": ("text/html", b"<html><body><nav>Home</nav></body></html>"),
    "/image": ("image/png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
}


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 - http.server's naming
        if self.path not in ROUTES:
            self.send_error(404)
            return
        kind, body = ROUTES[self.path]
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(autouse=True)
def no_proxy(monkeypatch):
    # A proxy configured in the environment must not intercept requests to the local server.
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy"):
        monkeypatch.delenv(name, raising=False)


@pytest.mark.parametrize("route", ["/feed", "/feed-as-xml"])
def test_feed_url(server, route):
    first, second = read_inputs([server + route])
    assert first.external_id == "vm-101"
    assert first.source == "Valley Monitor"
    assert first.published == "2025-02-10T06:00:00+00:00"
    assert first.origin == f"{server}{route}[item 1]"
    assert second.external_id == "http://example.invalid/vm-102"
    assert second.text == "A fire destroyed twelve shops in the main bazaar overnight."


def test_page_url(server):
    [doc] = read_inputs([server + "/page"], source="manual")
    assert isinstance(doc, RawDocument)
    assert doc.url == server + "/page" and doc.external_id == server + "/page"
    assert doc.title == "Bridge reopened"
    assert doc.source == "manual"
    assert doc.text.count("\n\n") == 1 and "alert" not in doc.text and "Home" not in doc.text


def test_bad_urls_are_errors(server):
    results = list(
        read_inputs(
            [
                server + "/missing",
                server + "/empty-page",
                server + "/image",
                "http://127.0.0.1:9/unreachable",
                server + "/page",
            ]
        )
    )
    missing, empty, image, unreachable, page = results
    assert missing == InputError(server + "/missing", "HTTP 404 Not Found")
    assert empty == InputError(server + "/empty-page", "no article text")
    assert isinstance(image, InputError) and "not a web page" in image.message
    assert isinstance(unreachable, InputError) and "could not fetch" in unreachable.message
    assert isinstance(page, RawDocument)


def test_response_over_the_limit(server):
    [err] = read_inputs([server + "/page"], max_bytes=100)
    assert isinstance(err, InputError) and "too large" in err.message
