"""Where inputs come from: paths, folders, stdin and URLs. Picks a reader per format."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, TextIO
from urllib.parse import urlsplit

from watchfloor import __version__
from watchfloor.ingest import _readers as readers
from watchfloor.ingest._errors import InputError
from watchfloor.ingest._readers import Context, Result

TEXT_EXTENSIONS = {".txt": False, ".md": True, ".markdown": True}
HTML_EXTENSIONS = frozenset({".html", ".htm"})
FEED_EXTENSIONS = frozenset({".rss", ".atom", ".xml"})
JSONL_EXTENSIONS = frozenset({".jsonl", ".ndjson"})
CSV_EXTENSIONS = {".csv": ",", ".tsv": "\t"}
SUPPORTED = (
    frozenset(TEXT_EXTENSIONS)
    | HTML_EXTENSIONS
    | FEED_EXTENSIONS
    | JSONL_EXTENSIONS
    | frozenset(CSV_EXTENSIONS)
)
URL_TIMEOUT = 20.0
USER_AGENT = f"watchfloor/{__version__}"
# Stdin is spooled so it can be scanned for its format and then streamed; in memory up to this.
STDIN_SPOOL_BYTES = 16 * 1024 * 1024


def read_inputs(
    inputs: Sequence[str],
    *,
    source: str | None = None,
    max_bytes: int = 50_000_000,
    stdin: TextIO | None = None,
) -> Iterator[Result]:
    """Documents and errors from every input, in order. Never raises for bad input.

    `stdin` replaces standard input for "-" (text or binary stream); `source` overrides every
    document's source; `max_bytes` caps a whole-file document, and each row of JSONL/CSV.
    """
    ctx = Context(source=source.strip() or None if source else None, max_bytes=max_bytes)
    if isinstance(inputs, str):
        inputs = [inputs]
    for item in map(os.fspath, inputs):
        if item == "-":
            yield from _guarded("<stdin>", _read_stdin(ctx, stdin))
        elif _is_url(item):
            yield from _guarded(item, _read_url(ctx, item))
        else:
            yield from _guarded(item, _read_path(ctx, item))


def _guarded(origin: str, results: Iterator[Result]) -> Iterator[Result]:
    """Last line of defence: a reader bug on one input becomes an error for that input."""
    try:
        yield from results
    except Exception as exc:  # a batch must survive any single bad input
        yield InputError(origin, f"could not be read ({type(exc).__name__}: {exc})")


def _is_url(item: str) -> bool:
    return urlsplit(item).scheme.lower() in ("http", "https")


# --- paths ----------------------------------------------------------------------------------


def _os_error(origin: str, exc: OSError) -> InputError:
    reason = (exc.strerror or str(exc)).lower()
    return InputError(origin, f"cannot read ({reason})")


def _read_path(ctx: Context, item: str) -> Iterator[Result]:
    path = Path(item)
    try:
        is_dir = path.is_dir()
        exists = is_dir or path.exists()
    except OSError as exc:
        yield _os_error(item, exc)
        return
    if not exists:
        yield InputError(item, "no such file or directory")
    elif is_dir:
        yield from _read_folder(ctx, item)
    else:
        suffix = path.suffix.lower()
        if suffix not in SUPPORTED:
            kinds = ", ".join(sorted(SUPPORTED))
            yield InputError(item, f"unsupported file type '{suffix or path.name}' (use {kinds})")
            return
        yield from _read_file(ctx, item)


def _read_folder(ctx: Context, folder: str) -> Iterator[Result]:
    try:
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as exc:
        yield _os_error(folder, exc)
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        child = os.path.join(folder, entry.name)
        try:
            # Symlinked folders are not followed: they can loop.
            if entry.is_dir(follow_symlinks=False):
                yield from _read_folder(ctx, child)
                continue
            is_file = entry.is_file()
        except OSError as exc:
            yield _os_error(child, exc)
            continue
        if is_file and Path(entry.name).suffix.lower() in SUPPORTED:
            yield from _guarded(child, _read_file(ctx, child))


def _open(path: str) -> IO[bytes]:
    return open(path, "rb")  # noqa: SIM115 - callers close it


def _read_file(ctx: Context, path: str) -> Iterator[Result]:
    p = Path(path)
    suffix = p.suffix.lower()
    name = p.name
    folder = p.absolute().parent.name or None
    try:
        fh = _open(path)
    except OSError as exc:
        yield _os_error(path, exc)
        return
    with fh:
        try:
            head = fh.read(readers.SNIFF_BYTES)
            fh.seek(0)
            size = os.fstat(fh.fileno()).st_size
        except OSError as exc:
            yield _os_error(path, exc)
            return
        if b"\0" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
            yield InputError(path, "binary file (contains NUL bytes), not text")
            return
        if head.startswith((b"\xff\xfe", b"\xfe\xff")):
            yield InputError(path, "UTF-16 text is not supported; save the file as UTF-8")
            return
        if size == 0:
            yield InputError(path, "empty document (empty file)")
            return
        if suffix in JSONL_EXTENSIONS:
            yield from readers.read_jsonl(ctx, fh, origin=path, name=name, fallback_source=folder)
            return
        if suffix in CSV_EXTENSIONS:
            yield from readers.read_csv(
                ctx,
                fh,
                origin=path,
                name=name,
                fallback_source=folder,
                delimiter=CSV_EXTENSIONS[suffix],
            )
            return
        if size > ctx.max_bytes:
            yield InputError(path, f"file too large ({size} bytes; the limit is {ctx.max_bytes})")
            return
        try:
            data = fh.read(ctx.max_bytes + 1)
        except OSError as exc:
            yield _os_error(path, exc)
            return
    if len(data) > ctx.max_bytes:  # the file grew since stat
        yield InputError(path, f"file too large (more than {ctx.max_bytes} bytes)")
        return
    if suffix in TEXT_EXTENSIONS:
        yield from readers.read_plain(
            ctx, data, origin=path, name=name, folder=folder, markdown=TEXT_EXTENSIONS[suffix]
        )
    elif suffix in HTML_EXTENSIONS:
        markup = readers.decode_html(data, path)
        if isinstance(markup, InputError):
            yield markup
            return
        yield from readers.read_html(
            ctx, markup, origin=path, external_id=name, fallback_source=folder
        )
    else:
        yield from readers.read_feed(ctx, data, origin=path, name=name, fallback_source=folder)


# --- stdin ----------------------------------------------------------------------------------


def _read_stdin(ctx: Context, stdin: TextIO | None) -> Iterator[Result]:
    origin = "<stdin>"
    stream: IO[bytes] | TextIO = stdin if stdin is not None else sys.stdin.buffer
    spool = tempfile.SpooledTemporaryFile(max_size=STDIN_SPOOL_BYTES, mode="w+b")  # noqa: SIM115
    with spool:
        all_json, any_text, offset, lineno = True, False, 0, 0
        lines: Iterator[bytes | str] = iter(stream)
        while True:
            try:
                line = next(lines)
            except StopIteration:
                break
            except UnicodeDecodeError as exc:  # a text-mode stream decoding for us
                yield InputError(f"{origin}:{lineno + 1}", f"not valid UTF-8 ({exc.reason})")
                return
            lineno += 1
            data = line.encode("utf-8") if isinstance(line, str) else line
            if b"\0" in data:
                yield InputError(f"{origin}:{lineno}", "binary data (contains NUL bytes), not text")
                return
            try:
                text = data.decode("utf-8-sig" if lineno == 1 else "utf-8")
            except UnicodeDecodeError as exc:
                yield InputError(
                    f"{origin}:{lineno}", f"not valid UTF-8 at byte {offset + exc.start}"
                )
                return
            offset += len(data)
            spool.write(data)
            stripped = text.strip()
            if stripped:
                any_text = True
                all_json = all_json and stripped.startswith("{")
        if not any_text:
            yield InputError(origin, "empty document (nothing on standard input)")
            return
        spool.seek(0)
        if all_json:
            yield from readers.read_jsonl(
                ctx, spool, origin=origin, name="stdin", fallback_source=None
            )
            return
        if offset > ctx.max_bytes:
            yield InputError(
                origin, f"input too large ({offset} bytes; the limit is {ctx.max_bytes})"
            )
            return
        data = spool.read()
    from watchfloor.ingest._clean import sha256_text

    for result in readers.read_plain(
        ctx, data, origin=origin, name="stdin", folder=None, markdown=False
    ):
        if not isinstance(result, InputError) and result.external_id == "stdin":
            # Two different texts piped in must not share an id.
            result.external_id = f"stdin:{sha256_text(result.text)[:12]}"
        yield result


# --- URLs -----------------------------------------------------------------------------------

_FEED_TYPES = frozenset(
    {
        "application/rss+xml",
        "application/atom+xml",
        "application/rdf+xml",
        "application/xml",
        "text/xml",
        "application/x-rss+xml",
    }
)


def _looks_like_feed(content_type: str, body: bytes) -> bool:
    if content_type in ("text/html", "application/xhtml+xml"):
        return False
    head = body[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head:
        return True
    return content_type in _FEED_TYPES and b"<html" not in head


def _read_url(ctx: Context, url: str) -> Iterator[Result]:
    import httpx

    try:
        with (
            httpx.Client(
                timeout=URL_TIMEOUT, follow_redirects=True, headers={"User-Agent": USER_AGENT}
            ) as client,
            client.stream("GET", url) as response,
        ):
            if response.status_code >= 400:
                yield InputError(url, f"HTTP {response.status_code} {response.reason_phrase}")
                return
            chunks: list[bytes] = []
            total = 0
            for chunk in response.iter_bytes():
                total += len(chunk)
                if total > ctx.max_bytes:
                    yield InputError(url, f"response too large (more than {ctx.max_bytes} bytes)")
                    return
                chunks.append(chunk)
            content_type = response.headers.get("content-type", "")
            charset = response.charset_encoding
            final_url = str(response.url)
    except httpx.HTTPError as exc:
        yield InputError(url, f"could not fetch ({type(exc).__name__}: {exc})")
        return
    body = b"".join(chunks)
    if not body.strip():
        yield InputError(url, "empty document (empty response)")
        return
    mime = content_type.split(";", 1)[0].strip().lower()
    host = urlsplit(final_url).hostname
    if _looks_like_feed(mime, body):
        yield from readers.read_feed(ctx, body, origin=url, name=url, fallback_source=host)
        return
    if b"\0" in body[: readers.SNIFF_BYTES]:
        yield InputError(url, f"not a web page or feed ({mime or 'binary data'})")
        return
    markup = readers.decode_html(body, url, charset=charset, lenient=True)
    if isinstance(markup, InputError):
        yield markup
        return
    if mime == "text/plain":
        yield from readers.read_plain(ctx, body, origin=url, name=url, folder=host, markdown=False)
        return
    yield from readers.read_html(
        ctx, markup, origin=url, external_id=url, url=final_url, fallback_source=host
    )
