"""One reader per format. Each turns already-opened input into RawDocuments and InputErrors."""

from __future__ import annotations

import csv
import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import IO, Any
from xml.sax import SAXParseException

from watchfloor.ingest._clean import clean_line, clean_text
from watchfloor.ingest._errors import InputError
from watchfloor.ingest._html import extract_article, html_fragment_to_text, markdown_to_text
from watchfloor.ingest._meta import (
    FRONT_MATTER_KEYS,
    FrontMatterError,
    detect_language,
    normalize_language,
    normalize_published,
    split_front_matter,
    split_headline,
)
from watchfloor.records import RawDocument

Result = RawDocument | InputError
ROW_FIELDS = ("id", "text", "title", "url", "source", "published", "language")
# Enough to tell a binary file from text without reading a large file.
SNIFF_BYTES = 8192


@dataclass
class Context:
    source: str | None  # the caller's override
    max_bytes: int


def make_document(
    ctx: Context,
    text: str,
    *,
    origin: str,
    external_id: str,
    title: Any = None,
    url: Any = None,
    source: Any = None,
    fallback_source: str | None = None,
    published: Any = None,
    language: Any = None,
    meta: dict[str, Any] | None = None,
    fallback_published: str | None = None,
) -> Result:
    text = clean_text(text)
    if not text:
        return InputError(origin, "empty document (no text)")
    lang = normalize_language(language) or detect_language(text)
    return RawDocument(
        text=text,
        external_id=external_id,
        origin=origin,
        title=clean_line(title),
        url=clean_line(url),
        source=ctx.source or clean_line(source) or fallback_source,
        published=normalize_published(published, lang) or fallback_published,
        language=lang,
        meta=meta or {},
    )


def document_from_fields(
    ctx: Context,
    text: str,
    fields: dict[str, Any],
    *,
    origin: str,
    fallback_id: str,
    fallback_source: str | None,
    meta: dict[str, Any],
    fallback_published: str | None = None,
) -> Result:
    """A document from the input format's named fields (id, title, url, source, published,
    language). Front matter and JSONL/CSV rows both go through here so that they read those
    fields alike; each decides for itself what else goes into `meta`."""
    doc_id = fields.get("id")
    return make_document(
        ctx,
        text,
        origin=origin,
        external_id=str(doc_id) if doc_id not in (None, "") else fallback_id,
        title=fields.get("title"),
        url=fields.get("url"),
        source=fields.get("source"),
        fallback_source=fallback_source,
        published=fields.get("published"),
        language=fields.get("language"),
        meta=meta,
        fallback_published=fallback_published,
    )


_NAME_DATE = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")


def date_from_name(name: str) -> str | None:
    """`2025-04-08-khuzdar-blast.txt` → "2025-04-08": the usual way people date saved articles,
    used only when the file itself gives no date."""
    match = _NAME_DATE.search(name)
    if not match:
        return None
    try:
        return date(*map(int, match.groups())).isoformat()
    except ValueError:
        return None


def decode_utf8(data: bytes, origin: str, *, base_offset: int = 0) -> str | InputError:
    if b"\0" in data:
        return InputError(origin, "binary data (contains NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return InputError(origin, f"not valid UTF-8 at byte {base_offset + exc.start}")


# --- whole-file formats -------------------------------------------------------------------


def _front_matter_document(
    ctx: Context, text: str, *, origin: str, name: str, folder: str | None, markdown: bool
) -> Iterator[Result]:
    try:
        fm = split_front_matter(text.replace("\r\n", "\n").replace("\r", "\n"))
    except FrontMatterError as exc:
        yield InputError(f"{origin}:{exc.line}", str(exc))
        return
    fields = fm.fields
    meta = {k: v for k, v in fields.items() if k not in FRONT_MATTER_KEYS}
    if "illustrative" in fields:
        meta["illustrative"] = bool(fields["illustrative"])
    title = fields.get("title")
    if markdown:
        heading, body = markdown_to_text(fm.body)
        title = title or heading
    else:
        body = clean_text(fm.body)
    if title is None:
        title, body = split_headline(body)
    yield document_from_fields(
        ctx,
        body,
        {**fields, "title": title},
        origin=origin,
        fallback_id=name,
        fallback_source=folder,
        meta=meta,
        fallback_published=date_from_name(name),
    )


def read_plain(
    ctx: Context, data: bytes, *, origin: str, name: str, folder: str | None, markdown: bool
) -> Iterator[Result]:
    text = decode_utf8(data, origin)
    if isinstance(text, InputError):
        yield text
        return
    yield from _front_matter_document(
        ctx, text, origin=origin, name=name, folder=folder, markdown=markdown
    )


_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""")


def decode_html(
    data: bytes, origin: str, *, charset: str | None = None, lenient: bool = False
) -> str | InputError:
    """UTF-8 unless the server or the page itself declares another charset. Web pages are
    decoded leniently (one bad byte should not lose an article); local files strictly."""
    declared = charset
    if not declared:
        head = data[:4096]
        match = _CHARSET.search(head) or _XML_ENCODING.search(head)
        declared = match.group(1).decode("ascii") if match else None
    if declared:
        try:
            return data.decode(declared, errors="replace" if lenient else "strict").lstrip("\ufeff")
        except LookupError:
            pass  # unknown charset name: fall through to UTF-8
        except UnicodeDecodeError as exc:
            return InputError(origin, f"not valid {declared} at byte {exc.start}")
    if lenient:
        return data.decode("utf-8", errors="replace").lstrip("\ufeff")
    return decode_utf8(data, origin)


def read_html(
    ctx: Context,
    markup: str,
    *,
    origin: str,
    external_id: str,
    url: str | None = None,
    fallback_source: str | None = None,
) -> Iterator[Result]:
    article = extract_article(markup, url=url)
    if not article.text:
        yield InputError(origin, "no article text")
        return
    meta: dict[str, Any] = dict(article.meta)
    if "illustrative" in meta:
        meta["illustrative"] = meta["illustrative"].lower() in ("true", "yes", "1")
    yield make_document(
        ctx,
        article.text,
        origin=origin,
        external_id=external_id,
        title=article.title,
        url=url or article.url,
        source=article.site_name,
        fallback_source=fallback_source,
        published=article.published,
        fallback_published=date_from_name(external_id) if url is None else None,
        meta=meta,
    )


def _entry_text(entry: Any) -> str:
    parts = entry.get("content") or []
    candidates = [(c.get("type") or "", c.get("value") or "") for c in parts]
    if entry.get("summary"):
        detail = entry.get("summary_detail") or {}
        candidates.append((detail.get("type") or "text/html", entry["summary"]))
    for kind, value in candidates:
        if not value.strip():
            continue
        text = clean_text(value) if kind == "text/plain" else html_fragment_to_text(value)
        if text:
            return text
    return ""


def read_feed(
    ctx: Context, data: bytes, *, origin: str, name: str, fallback_source: str | None
) -> Iterator[Result]:
    import feedparser

    # Always bytes: given a str that looks like a URL, feedparser would go and fetch it.
    parsed = feedparser.parse(data)
    entries = parsed.get("entries") or []
    if not entries:
        if parsed.get("bozo") and not parsed.get("version"):
            reason = parsed.get("bozo_exception")
            detail = f" ({str(reason).splitlines()[0]})" if reason else ""
            yield InputError(origin, f"feed could not be parsed{detail}")
        elif not parsed.get("version"):
            yield InputError(origin, "not an RSS or Atom feed")
        else:
            yield InputError(origin, "feed has no items")
        return
    reason = parsed.get("bozo_exception")
    if isinstance(reason, SAXParseException):
        # Feedparser's loose parser still recovered items; they are kept, but the user should
        # know the feed itself is broken (and may have lost items).
        yield InputError(origin, f"feed is not well-formed XML ({reason.getMessage()})")
    feed_title = clean_line(parsed.get("feed", {}).get("title"))
    for n, entry in enumerate(entries, start=1):
        item_origin = f"{origin}[item {n}]"
        guid = entry.get("id") or entry.get("link")
        yield make_document(
            ctx,
            _entry_text(entry),
            origin=item_origin,
            external_id=str(guid) if guid else f"{name}[item {n}]",
            title=entry.get("title"),
            url=entry.get("link"),
            source=feed_title,
            fallback_source=fallback_source,
            published=entry.get("published") or entry.get("updated") or entry.get("created"),
            meta={"feed": feed_title} if feed_title else None,
        )


# --- row formats (streamed) -----------------------------------------------------------------


def row_document(
    ctx: Context,
    fields: dict[str, Any],
    *,
    origin: str,
    fallback_id: str,
    fallback_source: str | None,
    row_label: str,
) -> Result:
    text = fields.get("text")
    if text is None or (isinstance(text, str) and not text.strip()):
        return InputError(origin, f"{row_label} has no text")
    if not isinstance(text, str):
        return InputError(origin, f"{row_label}: 'text' must be a string")
    meta = {k: v for k, v in fields.items() if k not in ROW_FIELDS and v not in (None, "")}
    return document_from_fields(
        ctx,
        text,
        fields,
        origin=origin,
        fallback_id=fallback_id,
        fallback_source=fallback_source,
        meta=meta,
    )


def _bounded_lines(fh: IO[bytes], limit: int) -> Iterator[tuple[int, bytes | None]]:
    """(byte offset, line) for each line; line is None when longer than `limit` bytes, in
    which case the rest of it is skipped without ever holding it in memory."""
    offset = 0
    while True:
        line = fh.readline(limit + 2)
        if not line:
            return
        start = offset
        offset += len(line)
        if len(line.rstrip(b"\r\n")) > limit:
            while not line.endswith(b"\n"):
                line = fh.readline(1 << 20)
                if not line:
                    break
                offset += len(line)
            yield start, None
        else:
            yield start, line


def read_jsonl_lines(
    ctx: Context,
    lines: Iterable[tuple[int, bytes | str | None]],
    *,
    origin: str,
    name: str,
    fallback_source: str | None,
) -> Iterator[Result]:
    for lineno, (offset, raw) in enumerate(lines, start=1):
        line_origin = f"{origin}:{lineno}"
        if raw is None:
            yield InputError(line_origin, f"line is larger than the limit of {ctx.max_bytes} bytes")
            continue
        if isinstance(raw, bytes):
            line = decode_utf8(raw, line_origin, base_offset=offset)
            if isinstance(line, InputError):
                yield line
                continue
        else:
            line = raw.lstrip("\ufeff") if lineno == 1 else raw
        if not line.strip():
            continue
        try:
            fields = json.loads(line)
        except json.JSONDecodeError as exc:
            reason = exc.msg.removesuffix(" at")  # some of json's messages end in "at"
            yield InputError(line_origin, f"malformed JSON ({reason} at column {exc.colno})")
            continue
        except RecursionError:
            yield InputError(line_origin, "malformed JSON (nested too deeply)")
            continue
        if not isinstance(fields, dict):
            yield InputError(line_origin, "line is not a JSON object")
            continue
        yield row_document(
            ctx,
            fields,
            origin=line_origin,
            fallback_id=f"{name}:{lineno}",
            fallback_source=fallback_source,
            row_label=f"line {lineno}",
        )


def read_jsonl(
    ctx: Context, fh: IO[bytes], *, origin: str, name: str, fallback_source: str | None
) -> Iterator[Result]:
    yield from read_jsonl_lines(
        ctx,
        _bounded_lines(fh, ctx.max_bytes),
        origin=origin,
        name=name,
        fallback_source=fallback_source,
    )


def _raise_csv_field_limit(limit: int) -> None:
    # Process-wide setting; only ever raised, and per-row size is enforced separately.
    wanted = min(max(limit, 1 << 17), sys.maxsize, 2**31 - 1)
    if csv.field_size_limit() < wanted:
        csv.field_size_limit(wanted)


def read_csv(
    ctx: Context,
    fh: IO[bytes],
    *,
    origin: str,
    name: str,
    fallback_source: str | None,
    delimiter: str,
) -> Iterator[Result]:
    _raise_csv_field_limit(ctx.max_bytes)
    pending: list[InputError] = []
    state = {"line": 0, "row_bytes": 0}

    def text_lines() -> Iterator[str]:
        for offset, raw in _bounded_lines(fh, ctx.max_bytes):
            state["line"] += 1
            here = f"{origin}:{state['line']}"
            if raw is None:
                pending.append(
                    InputError(here, f"line is larger than the limit of {ctx.max_bytes} bytes")
                )
                yield "\n"  # keeps csv's row boundaries and our line numbers aligned
                continue
            line = decode_utf8(raw, here, base_offset=offset)
            if isinstance(line, InputError):
                pending.append(line)
                yield "\n"
                continue
            state["row_bytes"] += len(raw)
            yield line

    # strict: an unbalanced quote is reported instead of silently swallowing the next rows.
    reader = csv.reader(text_lines(), delimiter=delimiter, strict=True)
    header: list[str] | None = None
    row_start = 1
    row_number = 0
    while True:
        state["row_bytes"] = 0
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            yield from pending
            pending.clear()
            if header is not None:
                row_number += 1
            yield InputError(f"{origin}:{row_start}", f"malformed CSV ({exc})")
            row_start = state["line"] + 1
            continue
        yield from pending
        pending.clear()
        here = f"{origin}:{row_start}"
        row_bytes = state["row_bytes"]
        row_start = state["line"] + 1
        if not row or not any(cell.strip() for cell in row):
            continue
        if header is None:
            header = [cell.strip().lower() for cell in row]
            if "text" not in header:
                shown = ", ".join(header[:12])
                yield InputError(here, f"no 'text' column in the header (columns: {shown})")
                return
            continue
        row_number += 1
        if row_bytes > ctx.max_bytes:
            yield InputError(
                here, f"row {row_number} is larger than the limit of {ctx.max_bytes} bytes"
            )
            continue
        fields: dict[str, Any] = {}
        for key, value in zip(header, row, strict=False):
            if key and key not in fields:
                fields[key] = value
        if len(row) > len(header):
            fields["extra_columns"] = row[len(header) :]
        yield row_document(
            ctx,
            fields,
            origin=here,
            fallback_id=f"{name}:{here.rsplit(':', 1)[1]}",
            fallback_source=fallback_source,
            row_label=f"row {row_number}",
        )
    yield from pending
