"""Streaming an export over HTTP without holding it in memory.

`write_export` writes to a file-like object in a worker thread; the chunks travel through a
bounded queue to the response, so a slow client slows the export down instead of filling
memory. Errors raised before the first byte become a proper JSON error.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import AsyncIterator, Callable
from typing import Any

import anyio
from fastapi.responses import StreamingResponse
from sqlalchemy import Engine

from watchfloor.api.errors import ApiError
from watchfloor.store.db import session_scope

CHUNK = 64 * 1024
_DONE = object()


class _Cancelled(Exception):
    pass


class QueueWriter:
    """A write-only file object (text or bytes) that hands chunks to another thread."""

    def __init__(self, q: queue.Queue[Any], cancelled: threading.Event) -> None:
        self._q = q
        self._cancelled = cancelled
        self._buf = bytearray()

    def write(self, data: str | bytes) -> int:
        self._buf += data.encode("utf-8") if isinstance(data, str) else data
        if len(self._buf) >= CHUNK:
            self.flush()
        return len(data)

    def writelines(self, lines: Any) -> None:
        for line in lines:
            self.write(line)

    def flush(self) -> None:
        if self._buf:
            self._put(bytes(self._buf))
            self._buf.clear()

    def _put(self, item: Any) -> None:
        while True:
            if self._cancelled.is_set():
                raise _Cancelled
            try:
                self._q.put(item, timeout=0.5)
                return
            except queue.Full:
                continue

    def writable(self) -> bool:
        return True

    def close(self) -> None:
        self.flush()

    @property
    def closed(self) -> bool:
        return False


def stream_export(
    engine: Engine,
    write_export: Callable[..., Any],
    kind: str,
    fmt: str,
    filters: Any,
    *,
    media_type: str,
    filename: str,
) -> StreamingResponse:
    q: queue.Queue[Any] = queue.Queue(maxsize=16)
    cancelled = threading.Event()
    writer = QueueWriter(q, cancelled)

    def work() -> None:
        try:
            with session_scope(engine) as session:
                write_export(session, kind, fmt, writer, filters)
            writer.flush()
            writer._put(_DONE)
        except _Cancelled:
            return
        except BaseException as exc:  # noqa: BLE001 - handed to the response side
            try:
                writer._put(exc)
            except _Cancelled:
                return

    thread = threading.Thread(target=work, name=f"export-{kind}", daemon=True)
    thread.start()
    first = q.get()
    if isinstance(first, BaseException):
        thread.join(timeout=1)
        raise first if not isinstance(first, ValueError | TypeError) else ApiError(400, str(first))

    async def body() -> AsyncIterator[bytes]:
        item = first
        try:
            while item is not _DONE:
                if isinstance(item, BaseException):
                    # too late for a status code: end the stream; the client sees it cut short
                    return
                yield item
                item = await anyio.to_thread.run_sync(q.get)
        finally:
            cancelled.set()

    headers = {"Content-Disposition": f'attachment; filename="{filename}"'}
    return StreamingResponse(body(), media_type=media_type, headers=headers)
