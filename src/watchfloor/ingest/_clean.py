"""Text normalisation. The cleaned text is stored and every span in the system points into it,
so cleaning must be deterministic and idempotent: `clean_text(clean_text(t)) == clean_text(t)`."""

from __future__ import annotations

import hashlib
import re
import unicodedata

# Unicode line/paragraph separators and form feeds would otherwise survive as invisible breaks
# that spaCy and the browser disagree about.
_LINE_BREAKS = str.maketrans(
    {"\r": "\n", "\x0b": "\n", "\x0c": "\n", "\x85": "\n", "\u2028": "\n", "\u2029": "\n\n"}
)
# Invisible characters that carry no meaning in news prose but break tokenisation and offsets;
# bidi overrides can also make displayed text differ from stored text. ZWJ/ZWNJ are kept
# because Persian and Pashto spelling depends on them.
_INVISIBLE = "\ufeff\u200b\u00ad\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_CONTROL = re.compile(
    "["
    + "".join(chr(c) for c in range(32) if chr(c) not in "\n\t")
    + "\x7f-\x9f"
    + _INVISIBLE
    + "]"
)
_SPACES = re.compile(r"[^\S\n\t]+")  # every horizontal space except tab (spaces, NBSP, thin...)
_BLANK_RUNS = re.compile(r"\n{3,}")


def clean_text(text: str) -> str:
    """NFC, LF line endings, no control characters, single spaces, one blank line between
    paragraphs, no leading/trailing whitespace."""
    # Controls go before NFC so that removing one never leaves an uncomposed pair behind.
    text = _CONTROL.sub("", text.replace("\r\n", "\n").translate(_LINE_BREAKS))
    text = unicodedata.normalize("NFC", text)
    lines = [_SPACES.sub(" ", line).strip(" \t") for line in text.split("\n")]
    text = "\n".join(lines)
    return _BLANK_RUNS.sub("\n\n", text).strip()


def clean_line(text: str | None) -> str | None:
    """A title or other one-line field: cleaned and folded onto one line; None when empty."""
    if text is None:
        return None
    folded = " ".join(clean_text(str(text)).split())
    return folded or None


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
