"""The watch floor: poll feeds and folders on their own intervals, ingest what is new, alert.

Sources are listed in a YAML file:

    feeds:
      - {url: https://example.org/feed.xml, interval: 300, source: Example Daily}
    folders:
      - {path: ./inbox, interval: 60}

A feed is fetched with a conditional GET (ETag / Last-Modified), so an unchanged feed costs
one 304; a folder is rescanned and files whose modification time or size changed are ingested.
Everything new goes through `watchfloor.batch.ingest`, which also evaluates the watchlists.
A source that is down or returns garbage is logged in one line and retried with exponential
back-off; the other sources carry on. `run_monitor` runs until `stop_event` is set, so the
CLI (Ctrl-C) and a server's background thread stop it the same way.
"""

from __future__ import annotations

import logging
import os
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml
from sqlalchemy import Engine, func, select

from watchfloor.errors import UserError

log = logging.getLogger("watchfloor.monitor")
MIN_INTERVAL = 1.0
MAX_BACKOFF = 3600.0
FETCH_TIMEOUT = 30.0
MAX_FEED_BYTES = 20 * 1024 * 1024


@dataclass
class FeedSource:
    url: str
    interval: float
    source: str | None = None
    # conditional-GET validators and back-off state, kept between polls
    etag: str | None = None
    last_modified: str | None = None
    failures: int = 0
    next_due: float = 0.0

    @property
    def label(self) -> str:
        return self.source or self.url


@dataclass
class FolderSource:
    path: Path
    interval: float
    source: str | None = None
    seen: dict[str, tuple[float, int]] = field(default_factory=dict)
    failures: int = 0
    next_due: float = 0.0

    @property
    def label(self) -> str:
        return str(self.path)


@dataclass
class MonitorConfig:
    feeds: list[FeedSource] = field(default_factory=list)
    folders: list[FolderSource] = field(default_factory=list)
    origin: str = "<config>"


def _bad(origin: str, entry: str, message: str) -> UserError:
    return UserError("W013", f"{origin}: {entry}: {message}")


def _interval(origin: str, entry: str, raw: dict[str, Any], default: float) -> float:
    value = raw.get("interval", default)
    try:
        seconds = float(value)
    except (TypeError, ValueError) as exc:
        raise _bad(origin, entry, f"interval must be a number of seconds, not {value!r}") from exc
    if seconds < MIN_INTERVAL:
        raise _bad(origin, entry, f"interval must be at least {MIN_INTERVAL:g} second(s)")
    return seconds


def parse_config(data: Any, *, origin: str = "<config>", base: Path | None = None) -> MonitorConfig:
    """Validate a sources mapping; every problem names the entry (W013)."""
    if not isinstance(data, dict):
        raise UserError("W013", f"{origin}: expected a mapping with 'feeds' and/or 'folders'")
    unknown = set(data) - {"feeds", "folders", "defaults"}
    if unknown:
        raise UserError(
            "W013", f"{origin}: unknown top-level keys {sorted(unknown)} (use feeds, folders)"
        )
    default_interval = float((data.get("defaults") or {}).get("interval", 300))
    config = MonitorConfig(origin=origin)
    for key in ("feeds", "folders"):
        if data.get(key) is not None and not isinstance(data[key], list):
            raise UserError("W013", f"{origin}: '{key}' must be a list")
    for i, raw in enumerate(data.get("feeds") or []):
        entry = f"feeds[{i}]"
        if not isinstance(raw, dict):
            raise _bad(origin, entry, "must be a mapping with url, interval, source")
        entry = f"feeds[{i}] ({raw.get('url') or raw.get('source') or '?'})"
        extra = set(raw) - {"url", "interval", "source"}
        if extra:
            raise _bad(origin, entry, f"unknown keys {sorted(extra)}")
        url = raw.get("url")
        if (
            not isinstance(url, str)
            or urlsplit(url).scheme not in ("http", "https")
            or not urlsplit(url).hostname
        ):
            raise _bad(origin, entry, f"url must be an http(s) URL, not {url!r}")
        source = raw.get("source")
        if source is not None and not isinstance(source, str):
            raise _bad(origin, entry, "source must be a name")
        config.feeds.append(
            FeedSource(
                url=url, interval=_interval(origin, entry, raw, default_interval), source=source
            )
        )
    for i, raw in enumerate(data.get("folders") or []):
        entry = f"folders[{i}]"
        if not isinstance(raw, dict):
            raise _bad(origin, entry, "must be a mapping with path, interval")
        entry = f"folders[{i}] ({raw.get('path') or '?'})"
        extra = set(raw) - {"path", "interval", "source"}
        if extra:
            raise _bad(origin, entry, f"unknown keys {sorted(extra)}")
        if not isinstance(raw.get("path"), str) or not raw["path"].strip():
            raise _bad(origin, entry, "path must be a folder path")
        path = Path(raw["path"]).expanduser()
        if not path.is_absolute() and base is not None:
            path = base / path
        if not path.is_dir():
            raise _bad(origin, entry, f"folder {path} does not exist")
        config.folders.append(
            FolderSource(
                path=path,
                interval=_interval(origin, entry, raw, default_interval),
                source=raw.get("source"),
            )
        )
    if not config.feeds and not config.folders:
        raise UserError("W013", f"{origin}: lists no feeds and no folders")
    return config


def load_config(path: str | Path) -> MonitorConfig:
    p = Path(path)
    try:
        data = yaml.safe_load(p.read_text(encoding="utf-8"))
    except OSError as exc:
        raise UserError(
            "W013", f"{p}: cannot read the sources file: {exc.strerror or exc}"
        ) from exc
    except yaml.YAMLError as exc:
        raise UserError("W013", f"{p}: not valid YAML: {str(exc).splitlines()[0]}") from exc
    return parse_config(data, origin=str(p), base=p.parent)


# ---------------------------------------------------------------- polling


class SourceFailure(Exception):
    """A source could not be read this time (down, an HTTP error, or content that is not a feed)."""


def _alert_count(engine: Engine) -> int:
    from watchfloor.store import models as m
    from watchfloor.store.db import session_scope

    with session_scope(engine) as session:
        return session.scalar(select(func.count(m.Alert.id))) or 0


class Monitor:
    def __init__(
        self,
        config: MonitorConfig,
        engine: Engine,
        *,
        pipeline: Any = None,
        analyze: bool = True,
        client: Any = None,
    ) -> None:
        import httpx

        self.config = config
        self.engine = engine
        self.analyze = analyze
        self._pipeline = pipeline
        self.client = client or httpx.Client(
            timeout=FETCH_TIMEOUT,
            follow_redirects=True,
            headers={"user-agent": "watchfloor-monitor"},
        )
        self.stats = {"polls": 0, "failures": 0, "stored": 0, "alerts": 0}

    @property
    def pipeline(self) -> Any:
        if self._pipeline is None:
            from watchfloor.pipeline import Pipeline

            self._pipeline = Pipeline()  # loaded once for the life of the watch floor
        return self._pipeline

    def _ingest(self, paths: list[str], source: str | None, label: str) -> list[str]:
        from watchfloor.batch import ingest

        summary = ingest(
            paths, self.engine, source=source, pipeline=self.pipeline, analyze=self.analyze
        )
        self.stats["stored"] += summary.stored
        if summary.stored:
            log.info(
                "%s: %d new document(s), %d event(s), %d claim(s)",
                label,
                summary.stored,
                summary.events,
                summary.claims,
            )
        return summary.errors

    def poll_feed(self, feed: FeedSource) -> None:
        import httpx

        headers = {}
        if feed.etag:
            headers["if-none-match"] = feed.etag
        if feed.last_modified:
            headers["if-modified-since"] = feed.last_modified
        try:
            with self.client.stream("GET", feed.url, headers=headers) as response:
                if response.status_code == 304:
                    return
                if response.status_code >= 400:
                    raise SourceFailure(f"HTTP {response.status_code}")
                body = bytearray()
                for chunk in response.iter_bytes():
                    body += chunk
                    if len(body) > MAX_FEED_BYTES:
                        raise SourceFailure(f"feed larger than {MAX_FEED_BYTES // 1_000_000} MB")
        except httpx.HTTPError as exc:
            raise SourceFailure(f"{type(exc).__name__}: {exc}") from exc
        fd, tmp = tempfile.mkstemp(prefix="watchfloor-feed-", suffix=".xml")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(bytes(body))
            errors = self._ingest([tmp], feed.source or urlsplit(feed.url).hostname, feed.label)
        finally:
            Path(tmp).unlink(missing_ok=True)
        if errors:
            # a feed whose body is not a feed: keep the validators unset so the next try refetches
            raise SourceFailure(errors[0].replace(tmp, feed.url))
        feed.etag = response.headers.get("etag")
        feed.last_modified = response.headers.get("last-modified")

    def poll_folder(self, folder: FolderSource) -> None:
        if not folder.path.is_dir():
            raise SourceFailure("folder is missing")
        changed = []
        current: dict[str, tuple[float, int]] = {}
        for root, dirs, files in os.walk(folder.path):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                if name.startswith("."):
                    continue
                path = os.path.join(root, name)
                try:
                    st = os.stat(path)
                except OSError:
                    continue
                current[path] = (st.st_mtime, st.st_size)
                if folder.seen.get(path) != current[path]:
                    changed.append(path)
        if changed:
            errors = self._ingest(changed, folder.source, folder.label)
            for message in errors:
                log.warning("%s: %s", folder.label, message)  # one bad file never stops the folder
        folder.seen = current

    def _run_one(self, src: FeedSource | FolderSource, now: float) -> None:
        self.stats["polls"] += 1
        try:
            if isinstance(src, FeedSource):
                self.poll_feed(src)
            else:
                self.poll_folder(src)
        except SourceFailure as exc:
            src.failures += 1
            self.stats["failures"] += 1
            delay = min(src.interval * 2**src.failures, max(MAX_BACKOFF, src.interval))
            log.warning("%s: %s; retrying in %.0fs", src.label, exc, delay)
            src.next_due = now + delay
            return
        except Exception as exc:  # noqa: BLE001 - one broken source must never stop the floor
            src.failures += 1
            self.stats["failures"] += 1
            delay = min(src.interval * 2**src.failures, max(MAX_BACKOFF, src.interval))
            log.warning(
                "%s: unexpected %s: %s; retrying in %.0fs",
                src.label,
                type(exc).__name__,
                exc,
                delay,
            )
            src.next_due = now + delay
            return
        src.failures = 0
        src.next_due = now + src.interval

    def run(self, *, stop_event: threading.Event, once: bool = False) -> dict[str, int]:
        sources: list[FeedSource | FolderSource] = [*self.config.feeds, *self.config.folders]
        alerts_before = _alert_count(self.engine)
        try:
            while not stop_event.is_set():
                now = time.monotonic()
                for src in sources:
                    if stop_event.is_set():
                        break
                    if once or src.next_due <= now:
                        self._run_one(src, time.monotonic())
                if once:
                    break
                wake = min(s.next_due for s in sources) - time.monotonic()
                stop_event.wait(max(0.05, min(wake, 5.0)))
        finally:
            self.stats["alerts"] = _alert_count(self.engine) - alerts_before
        return dict(self.stats)


def run_monitor(
    config: MonitorConfig,
    engine: Engine,
    *,
    stop_event: threading.Event,
    once: bool = False,
    pipeline: Any = None,
    analyze: bool = True,
) -> dict[str, int]:
    """Poll until `stop_event` is set (or one round with `once`); returns counts of what happened.

    Safe to run in a background thread of a server: it only reads its config and writes through
    `batch.ingest`, and checks `stop_event` between sources and while it sleeps.
    """
    from watchfloor.store.db import ensure_schema

    ensure_schema(engine)
    monitor = Monitor(config, engine, pipeline=pipeline, analyze=analyze)
    try:
        return monitor.run(stop_event=stop_event, once=once)
    finally:
        monitor.client.close()
