"""Ingest: read files, folders, stdin and URLs into clean `RawDocument`s; detect near-duplicates.

Public API (used by the CLI and the store):

- `read_inputs(inputs, *, source=None, max_bytes=50_000_000, stdin=None)` yields a
  `RawDocument` or an `InputError` per document, never raising for bad input.
- `clean_text(text)` is the normalisation every stored text went through; `sha256_text(text)`
  hashes it.
- `NearDuplicateIndex` links syndicated copies of the same story.
"""

from __future__ import annotations

from watchfloor.ingest._clean import clean_text, sha256_text
from watchfloor.ingest._dedup import NearDuplicateIndex
from watchfloor.ingest._errors import InputError
from watchfloor.ingest._sources import SUPPORTED, read_inputs

__all__ = [
    "SUPPORTED",
    "InputError",
    "NearDuplicateIndex",
    "clean_text",
    "read_inputs",
    "sha256_text",
]
