"""Document metadata: publication dates, language, YAML front matter, headline detection."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, time
from email.utils import parsedate_to_datetime
from itertools import islice
from typing import Any

import yaml

_YEAR = re.compile(r"\d{4}")
_YEAR_MONTH = re.compile(r"\d{4}-(0[1-9]|1[0-2])")
_DATE_ONLY = re.compile(r"\d{4}-\d{2}-\d{2}")
_HAS_TIME = re.compile(r"\d:\d\d")
_dateparser_settings = {
    # A publication date without a year ("Tuesday", "3 hours ago") would be resolved against the
    # clock of whoever runs the ingest; null is more honest than a date that depends on it.
    "REQUIRE_PARTS": ["year"],
    "PREFER_DAY_OF_MONTH": "first",
    "RETURN_AS_TIMEZONE_AWARE": False,
}


def _iso(dt: datetime) -> str:
    return dt.replace(microsecond=0).isoformat()


def normalize_published(value: Any, language: str | None = None) -> str | None:
    """Any reasonable date/time → ISO 8601 (timezone kept when given); None if unparseable.

    Reduced-precision inputs ("2025", "2025-03", "2025-03-01") stay reduced rather than
    gaining an invented time of day.
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return _iso(value)
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip()
    if not text:
        return None
    if _YEAR.fullmatch(text) or _YEAR_MONTH.fullmatch(text):
        return text
    if _DATE_ONLY.fullmatch(text):
        try:
            return date.fromisoformat(text).isoformat()
        except ValueError:
            return None
    try:
        return _iso(datetime.fromisoformat(text.replace("Z", "+00:00")))
    except ValueError:
        pass
    try:  # RFC 822, what RSS uses
        return _iso(parsedate_to_datetime(text))
    except (TypeError, ValueError, IndexError):
        pass
    import dateparser  # slow to import; most inputs never get here

    # Letting dateparser guess among all its languages costs seconds of loading on first use;
    # English (feeds' lingua franca) and the document's own language cover real inputs.
    languages = ["en"] if language in (None, "en") else ["en", language]
    try:
        parsed = dateparser.parse(text, languages=languages, settings=_dateparser_settings)
    except Exception:  # unknown language codes and assorted internal errors on odd strings
        return None
    if parsed is None:
        return None
    if not _HAS_TIME.search(text) and parsed.time() == time(0) and parsed.tzinfo is None:
        return parsed.date().isoformat()
    return _iso(parsed)


_langid = None
MIN_LETTERS_FOR_LANGUAGE = 20
_LETTER = re.compile(r"[^\W\d_]")


def detect_language(text: str) -> str | None:
    global _langid
    if _langid is None:
        import py3langid

        _langid = py3langid
    # A thousand characters decide the language as well as the whole text, at a fraction of
    # the cost (the classifier is the slowest step of reading a document).
    sample = text[:1000]
    # Below a few words the classifier's answer is noise.
    letters = islice(_LETTER.finditer(sample), MIN_LETTERS_FOR_LANGUAGE)
    if sum(1 for _ in letters) < MIN_LETTERS_FOR_LANGUAGE:
        return None
    return str(_langid.classify(sample)[0])


def normalize_language(value: Any) -> str | None:
    """ "en-US", "EN", "en_GB" → "en"; other values are kept, lower-cased."""
    if value is None:
        return None
    text = str(value).strip().lower().replace("_", "-")
    if not text:
        return None
    primary = text.split("-", 1)[0]
    return primary if len(primary) in (2, 3) else text


FRONT_MATTER_KEYS = ("title", "published", "source", "url", "id", "language", "illustrative")


@dataclass
class FrontMatter:
    fields: dict[str, Any] = field(default_factory=dict)
    body: str = ""
    body_line: int = 1  # 1-based line of the body's first line in the file


class FrontMatterError(ValueError):
    def __init__(self, message: str, line: int) -> None:
        super().__init__(message)
        self.line = line


_FENCE = re.compile(r"^(---|\.\.\.)[ \t]*$")


def split_front_matter(text: str) -> FrontMatter:
    """YAML between a first line `---` and the next `---` (or `...`) line.

    A leading `---` with no closing fence, or one whose content is not a mapping, is ordinary
    text (in Markdown it is a horizontal rule).
    """
    lines = text.split("\n")
    if not lines or lines[0].rstrip() != "---":
        return FrontMatter(body=text)
    for end in range(1, len(lines)):
        if _FENCE.match(lines[end]):
            break
    else:
        return FrontMatter(body=text)
    block = "\n".join(lines[1:end])
    try:
        data = yaml.safe_load(block)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 1
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise FrontMatterError(f"invalid YAML front matter ({problem})", line) from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        return FrontMatter(body=text)
    return FrontMatter(
        fields={str(k).strip().lower(): v for k, v in data.items()},
        body="\n".join(lines[end + 1 :]),
        body_line=end + 2,
    )


_HEADLINE_END = (".", ",", ";", ":")


def looks_like_headline(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= 20 and len(line) <= 160 and not line.endswith(_HEADLINE_END)


def split_headline(text: str) -> tuple[str | None, str]:
    """(title, body) when the cleaned text's first line reads as a headline: short, no final
    period, followed by a blank line and more text; else (None, text)."""
    first, sep, rest = text.partition("\n\n")
    if sep and "\n" not in first and rest.strip() and looks_like_headline(first):
        return first, rest
    return None, text
