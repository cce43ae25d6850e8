"""The monitor: feeds served on 127.0.0.1, a watched folder, broken sources, config errors."""

from __future__ import annotations

import threading
import time
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from watchfloor.errors import UserError
from watchfloor.monitor import load_config, parse_config, run_monitor
from watchfloor.store import models as m
from watchfloor.store.db import ensure_schema, get_engine, session_scope

ITEM = """<item><title>{title}</title><link>http://127.0.0.1/{n}</link>
<pubDate>Mon, 0{n} Mar 2025 10:00:00 GMT</pubDate><description>{body}</description></item>"""


def rss(items: list[tuple[str, str]]) -> bytes:
    body = "".join(ITEM.format(title=t, body=b, n=i + 1) for i, (t, b) in enumerate(items))
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Test feed</title>{body}</channel></rss>'.encode()


class FeedServer:
    """Serves /feed (an RSS feed that can change), /down (HTTP 500) and /garbage (not a feed)."""

    def __init__(self) -> None:
        self.items = [
            (
                "Border crossing reopens",
                "Officials reopened the Torkham border crossing on Monday after talks.",
            )
        ]
        self.version = 1
        self.requests: list[tuple[str, int]] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802
                etag = f'"v{outer.version}"'
                if self.path == "/down":
                    status, body = 500, b"oops"
                elif self.path == "/garbage":
                    status, body = 200, b"\x00\x01 this is not a feed at all {"
                elif self.headers.get("if-none-match") == etag:
                    status, body = 304, b""
                else:
                    status, body = 200, rss(outer.items)
                outer.requests.append((self.path, status))
                self.send_response(status)
                if self.path == "/feed":
                    self.send_header("etag", etag)
                    self.send_header("last-modified", formatdate(usegmt=True))
                self.send_header("content-type", "application/rss+xml")
                self.send_header("content-length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture()
def feeds():
    server = FeedServer()
    yield server
    server.close()


@pytest.fixture()
def engine(tmp_path):
    eng = get_engine(f"sqlite:///{tmp_path}/monitor.db")
    ensure_schema(eng)
    return eng


def titles(engine) -> set[str]:
    with session_scope(engine) as s:
        return {d.title for d in s.query(m.Document)}


def test_once_ingests_feed_and_survives_broken_ones(feeds, engine, caplog):
    config = parse_config(
        {
            "feeds": [
                {"url": feeds.base + "/down", "interval": 60, "source": "Down"},
                {"url": feeds.base + "/garbage", "interval": 60},
                {"url": feeds.base + "/feed", "interval": 60, "source": "Test Feed"},
            ]
        }
    )
    stats = run_monitor(config, engine, stop_event=threading.Event(), once=True, analyze=False)
    assert titles(engine) == {"Border crossing reopens"}
    assert stats["stored"] == 1 and stats["failures"] == 2
    warnings = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
    assert any("Down: HTTP 500" in w for w in warnings)
    assert any("/garbage" in w for w in warnings)
    with session_scope(engine) as s:
        assert s.query(m.Document).one().source == "Test Feed"
    # back-off: the next try of a failing source is later than its interval
    assert config.feeds[0].failures == 1 and config.feeds[2].failures == 0


def test_new_item_is_picked_up_within_one_interval(feeds, engine):
    config = parse_config({"feeds": [{"url": feeds.base + "/feed", "interval": 1}]})
    stop = threading.Event()
    thread = threading.Thread(
        target=run_monitor, args=(config, engine), kwargs={"stop_event": stop, "analyze": False}
    )
    thread.start()
    try:
        _wait(lambda: titles(engine) == {"Border crossing reopens"})
        _wait(lambda: ("/feed", 304) in feeds.requests)  # unchanged feed: conditional GET
        feeds.items.append(
            ("Talks resume in Doha", "Delegations from both sides met in Doha on Tuesday.")
        )
        feeds.version += 1
        _wait(lambda: "Talks resume in Doha" in titles(engine), timeout=5)
    finally:
        stop.set()
        thread.join(timeout=10)
    assert not thread.is_alive()
    assert len(titles(engine)) == 2


def test_folder_new_and_changed_files(tmp_path, engine):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a.txt").write_text(
        "Curfew imposed in Quetta\n\nAuthorities imposed a curfew in Quetta on Sunday."
    )
    config = parse_config({"folders": [{"path": str(inbox), "interval": 1}]})
    run_monitor(config, engine, stop_event=threading.Event(), once=True, analyze=False)
    assert titles(engine) == {"Curfew imposed in Quetta"}
    (inbox / "b.txt").write_text(
        "Schools reopen in Kabul\n\nGirls' schools did not reopen in Kabul on Saturday."
    )
    stats = run_monitor(config, engine, stop_event=threading.Event(), once=True, analyze=False)
    assert stats["stored"] == 1 and len(titles(engine)) == 2


def _wait(check, timeout: float = 8.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.05)
    raise AssertionError("condition not met in time")


@pytest.mark.parametrize(
    "data,message",
    [
        (
            {"feeds": [{"url": "ftp://x/feed"}]},
            "feeds[0] (ftp://x/feed): url must be an http(s) URL",
        ),
        ({"feeds": [{"url": "http://x/feed", "interval": "often"}]}, "interval must be a number"),
        ({"feeds": [{"url": "http://x/feed", "interval": 0}]}, "at least"),
        (
            {"folders": [{"path": "/no/such/folder"}]},
            "folders[0] (/no/such/folder): folder /no/such/folder does not exist",
        ),
        ({"feeds": [{"url": "http://x/", "colour": 1}]}, "unknown keys"),
        ({"sources": []}, "unknown top-level keys"),
        ({}, "no feeds and no folders"),
        ([1, 2], "expected a mapping"),
    ],
)
def test_config_errors_name_the_entry(data, message):
    with pytest.raises(UserError) as err:
        parse_config(data, origin="sources.yaml")
    assert err.value.code == "W013" and message in str(err.value)


def test_cli_monitor_once_and_bad_yaml(feeds, engine, tmp_path):
    from typer.testing import CliRunner

    from watchfloor.cli import app

    bad = tmp_path / "bad.yaml"
    bad.write_text("feeds: [url: :")
    result = CliRunner().invoke(app, ["--db", str(engine.url), "monitor", str(bad)])
    assert result.exit_code != 0 and "W013" in result.output and "bad.yaml" in result.output
    assert load_config  # the loader used above is public for `serve`
