"""Resolve a date expression in news text against the publication date.

Deterministic on purpose: the same text and publication date always give the same answer, so
re-running extraction never moves an event in time. Relative expressions ("on Friday", "last
month") need the publication date; without one only absolute expressions resolve.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from watchfloor.extract.casualties import parse_number

MONTHS = {
    name: i + 1
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ]
    )
    for name in names
}
WEEKDAYS = {
    name: i
    for i, name in enumerate(
        ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
    )
}

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?P<weekday>" + "|".join(WEEKDAYS) + r")"

# Order matters only for equal start positions: the longest, most specific form is listed first.
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>\d\d)-(?P<day>\d\d)\b")),
    (
        "day_month_year",
        re.compile(
            rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+(?P<year>(?:19|20)\d\d)\b",
            re.I,
        ),
    ),
    (
        "month_day_year",
        re.compile(
            rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b", re.I
        ),
    ),
    ("month_year", re.compile(rf"\b{_MONTH},?\s+(?:of\s+)?(?P<year>(?:19|20)\d\d)\b", re.I)),
    # "in March last year", "March of this year", "in May next year": a month of a year told
    # relative to publication
    (
        "month_rel_year",
        re.compile(
            rf"\b(?:(?:in|since|during|early|late|mid|until|by|of)[\s-]+)?{_MONTH},?\s+"
            r"(?:of\s+)?(?P<rel>last|this|next)\s+year\b",
            re.I,
        ),
    ),
    (
        "day_month",
        re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}\b", re.I),
    ),
    (
        "month_day",
        re.compile(
            rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*(?:%|percent|people|per))",
            re.I,
        ),
    ),
    ("today", re.compile(r"\b(?:today|tonight|this (?:morning|afternoon|evening))\b", re.I)),
    ("yesterday", re.compile(r"\b(?:yesterday|last night)\b", re.I)),
    ("weekday", re.compile(rf"\b(?:(?P<last>last|this past)\s+)?{_WEEKDAY}(?:'s)?\b", re.I)),
    ("last_week", re.compile(r"\b(?:last|past|previous) week\b", re.I)),
    ("week_earlier", re.compile(r"\b(?:a|one) week (?:earlier|before|previously)\b", re.I)),
    (
        "weekend",
        re.compile(
            r"\b(?:(?:(?:over|at|during) )?the|(?P<last>last|this past)|this) weekend\b", re.I
        ),
    ),
    (
        "ago",
        re.compile(
            r"\b(?P<count>\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
            r"twelve)\s+(?P<unit>day|week|month|year)s?\s+ago\b",
            re.I,
        ),
    ),
    ("this_month", re.compile(r"\b(?:earlier |late |later )?this month\b", re.I)),
    ("last_month", re.compile(r"\b(?:last|past|previous) month\b", re.I)),
    (
        "this_year",
        re.compile(
            r"\b(?:(?:earlier|later) (?:this|in the) year|this year|(?:first|second|last) "
            r"(?:half|quarter|three months|six months) of (?:the|this) year)\b",
            re.I,
        ),
    ),
    ("last_year", re.compile(r"\b(?:last|past|previous) year\b", re.I)),
    ("next_week", re.compile(r"\bnext week\b", re.I)),
    ("this_week", re.compile(r"\b(?:later |earlier )?this week\b", re.I)),
    # no digit after it, even past a full stop or comma: "last Oct. 5" is a day, not a month
    (
        "last_named_month",
        re.compile(rf"\b(?:last|this past)\s+{_MONTH}\b(?![\s.,-]*\d)", re.I),
    ),
    ("next_month", re.compile(r"\bnext month\b", re.I)),
    ("next_year", re.compile(r"\bnext year\b", re.I)),
    ("decade", re.compile(r"\b(?:the\s+)?(?P<year>(?:19|20)\d0)s\b", re.I)),
    (
        "month",
        re.compile(
            rf"\b(?:in|since|during|early|late|mid|until|by|of)[\s-]+{_MONTH}\b(?![\s-]+\d)",
            re.I,
        ),
    ),
    # A date entity that is just a month name ("in March" tagged as "March").
    ("month", re.compile(rf"^\s*{_MONTH}\s*$", re.I)),
    # "in mid-2025", "since early-2024": the hyphen hides the year from the pattern below
    ("year", re.compile(r"\b(?:mid|early|late)-(?P<year>(?:19|20)\d\d)\b", re.I)),
    ("year", re.compile(r"(?<![\d,.$-])\b(?P<year>(?:19|20)\d\d)\b(?![\d,.%-]|\s*(?:%|percent))")),
]


# A month-day this many days after publication is read as upcoming rather than last year's.
_FUTURE_WINDOW_DAYS = 45


def _month_back(ref: date, months: int) -> tuple[int, int]:
    index = ref.year * 12 + (ref.month - 1) - months
    return index // 12, index % 12 + 1


def _resolve(
    kind: str, m: re.Match[str], published: date | None, future: bool = False
) -> tuple[str | None, str | None]:
    g = m.groupdict()
    month = MONTHS.get((g.get("month") or "").lower().rstrip("."))
    if kind == "iso":
        return _safe_day(int(g["year"]), int(g["mnum"]), int(g["day"]))
    if kind in ("day_month_year", "month_day_year"):
        return _safe_day(int(g["year"]), month, int(g["day"]))
    if kind == "month_year":
        return f"{int(g['year']):04d}-{month:02d}", "month"
    if kind == "month_rel_year":
        if published is None or month is None or not g["month"][0].isupper():
            return None, None
        shift = {"last": -1, "this": 0, "next": 1}[g["rel"].lower()]
        return f"{published.year + shift:04d}-{month:02d}", "month"
    if kind == "decade":
        return None, None
    if kind == "year":
        return g["year"], "year"
    if published is None:
        return None, None
    if kind in ("day_month", "month_day"):
        year = published.year
        if future and (month or 0, int(g["day"])) < (published.month, published.day):
            # "will meet on 5 January" in a September article: the coming one
            return _safe_day(year + 1, month, int(g["day"]))
        if (month, int(g["day"])) > (published.month, published.day):
            value, precision = _safe_day(year, month, int(g["day"]))
            # "will meet again on October 25" in an October 19 article: a date a few weeks
            # ahead is the coming one, not the same day almost a year ago
            if precision == "day" and value is not None:
                ahead = (date.fromisoformat(value) - published).days
                if ahead <= _FUTURE_WINDOW_DAYS:
                    return value, precision
            year -= 1
        return _safe_day(year, month, int(g["day"]))
    if kind == "month":
        if month is None:
            return None, None
        if future:
            # "agreed to meet again in January": the next January
            year = published.year + 1 if month < published.month else published.year
        else:
            year = published.year if month <= published.month else published.year - 1
        return f"{year:04d}-{month:02d}", "month"
    if kind == "today":
        return published.isoformat(), "day"
    if kind == "yesterday":
        return (published - timedelta(days=1)).isoformat(), "day"
    if kind == "weekday":
        if future and not g.get("last"):
            # "talks will resume on Tuesday": the next such day (the guide's future tense)
            ahead = (WEEKDAYS[g["weekday"].lower()] - published.weekday()) % 7
            return (published + timedelta(days=ahead)).isoformat(), "day"
        back = (published.weekday() - WEEKDAYS[g["weekday"].lower()]) % 7
        if g.get("last") and back == 0:
            back = 7
        return (published - timedelta(days=back)).isoformat(), "day"
    if kind == "weekend":
        # "over the weekend" is coded as its Saturday (fresh4 README, "Dates"): the last one
        # on or before publication, the coming one for an act still to come
        saturday = WEEKDAYS["saturday"]
        if future and not g.get("last"):
            ahead = (saturday - published.weekday()) % 7
            return (published + timedelta(days=ahead)).isoformat(), "day"
        back = (published.weekday() - saturday) % 7
        if g.get("last") and back < 2:
            back += 7  # "last weekend" told on a Saturday or Sunday is the one before
        return (published - timedelta(days=back)).isoformat(), "day"
    if kind == "week_earlier":
        # "a week earlier" counts back from an act the article told before, most often within
        # its news window: coded like "last week", as the month (guide §7), here the month of
        # the day a week before publication
        before = published - timedelta(days=7)
        return f"{before.year:04d}-{before.month:02d}", "month"
    if kind == "ago":
        # "three weeks ago": counted back from publication; days and weeks name a day, the
        # longer units only their month or year
        count = parse_number(g["count"]) or 0  # the pattern admits only numbers
        unit = g["unit"].lower()
        if unit in ("day", "week"):
            days = count * (7 if unit == "week" else 1)
            return (published - timedelta(days=days)).isoformat(), "day"
        if unit == "month":
            year, mon = _month_back(published, count)
            return f"{year:04d}-{mon:02d}", "month"
        return f"{published.year - count:04d}", "year"
    if kind == "last_week":
        # guide §7: "last week" is coded as a month, the one most of that Monday-to-Sunday
        # week fell in, which is the month of its Thursday (as ISO weeks count)
        thursday = published - timedelta(days=published.weekday() + 7 - 3)
        return f"{thursday.year:04d}-{thursday.month:02d}", "month"
    if kind == "this_month":
        return f"{published.year:04d}-{published.month:02d}", "month"
    if kind == "last_month":
        year, mon = _month_back(published, 1)
        return f"{year:04d}-{mon:02d}", "month"
    if kind == "this_year":
        return f"{published.year:04d}", "year"
    if kind == "last_year":
        return f"{published.year - 1:04d}", "year"
    if kind == "next_week":
        year, mon = _month_back(published + timedelta(days=7), 0)
        return f"{year:04d}-{mon:02d}", "month"
    if kind == "this_week":
        # an act still to come "this week" is coded like "next week", as its month (guide §7);
        # a past one has the vague time of the news window, the publication day (§1.5)
        if future:
            return f"{published.year:04d}-{published.month:02d}", "month"
        return None, None
    if kind == "last_named_month":
        # "last October": the latest October before the current month. A lower-case month name
        # is a word ("at last may resume"), not a month.
        if month is None or not g["month"][0].isupper():
            return None, None
        year = published.year if month < published.month else published.year - 1
        return f"{year:04d}-{month:02d}", "month"
    if kind == "next_month":
        year, mon = _month_back(published, -1)
        return f"{year:04d}-{mon:02d}", "month"
    if kind == "next_year":
        return f"{published.year + 1:04d}", "year"
    return None, None


def _safe_day(year: int, month: int | None, day: int) -> tuple[str | None, str | None]:
    if month is None:
        return None, None
    try:
        return date(year, month, day).isoformat(), "day"
    except ValueError:
        return f"{year:04d}-{month:02d}", "month"


def find_dates(
    text: str, published: date | None = None, *, future: bool = False
) -> list[tuple[int, int, str, str]]:
    """Every resolvable date expression in `text` as `(start, end, date, precision)`, in order.

    Overlapping matches keep the earliest-starting, longest one ("15 March 2024" wins over
    "March 2024" and "2024").
    """
    found: list[tuple[int, int, str, str]] = []
    taken: list[tuple[int, int]] = []
    candidates = []
    for order, (kind, pattern) in enumerate(_PATTERNS):
        for m in pattern.finditer(text):
            candidates.append((m.start(), -(m.end() - m.start()), order, kind, m))
    for start, _neg_len, _order, kind, m in sorted(candidates, key=lambda c: c[:3]):
        if any(start < e and m.end() > s for s, e in taken):
            continue
        value, precision = _resolve(kind, m, published, future)
        taken.append((start, m.end()))
        if value is not None and precision is not None:
            found.append((start, m.end(), value, precision))
    return sorted(found)


def resolve_date(
    text: str, published: date | None = None, *, future: bool = False
) -> tuple[str | None, str | None]:
    """The first date expression in `text` → `(ISO date, precision)` or `(None, None)`.

    Precision is "day" (YYYY-MM-DD), "month" (YYYY-MM) or "year" (YYYY). Weekdays mean the most
    recent such day on or before publication; "last month" is the calendar month before it; a
    month and day without a year is the most recent one, unless it falls within 45 days after
    publication (an announced date: "talks will resume on July 2"). With `future` (the event is
    told in the future tense), a weekday, month or month-day is the next one after publication.
    """
    dates = find_dates(text, published, future=future)
    if not dates:
        return None, None
    _, _, value, precision = dates[0]
    return value, precision


def starts_after(value: str | None, ref: date | None) -> bool:
    """Whether the period `value` (YYYY, YYYY-MM or YYYY-MM-DD) begins after the day `ref`:
    "2026-07" or "2026-06-12" in an article of 10 June 2026 is still to come."""
    if not value or ref is None:
        return False
    return value > ref.isoformat()[: len(value)]


def period_end(value: str | None) -> date | None:
    """The last day of a YYYY / YYYY-MM / YYYY-MM-DD period (None when not one)."""
    if not value:
        return None
    try:
        parts = [int(p) for p in value.split("-")]
        if len(parts) == 1:
            return date(parts[0], 12, 31)
        if len(parts) == 2:
            year, month = parts
            return date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
        return date(parts[0], parts[1], parts[2])
    except ValueError:
        return None


def long_before(value: str | None, ref: date | None, days: int = 30) -> bool:
    """Whether the period `value` ended more than `days` days before the day `ref` ("July
    2025" in a June 2026 article; not "last month" in its first week)."""
    end = period_end(value)
    if end is None or ref is None:
        return False
    return (ref - end).days > days
