"""Publication dates: what each input kind finds, normalised to ISO 8601 (``YYYY-MM-DD``).

Kinds hand their dates here: a web page's metadata (trafilatura), a feed entry's parsed
time, Markdown front matter, a PDF's ``D:YYYYMMDD...`` creation date, and, for any
article, a dateline at the start of its text ("LONDON, March 3, 2025 (Reuters) -",
"Published 3 March 2025"). A dateline without a year gives no date: a month and a day
are not a date a reader can sort by, and the year is never guessed (nor is a file's
modification time ever passed off as a publication date).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
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
        ),
        start=1,
    )
    for name in names
}
_YEAR_SEEN = re.compile(r"(?:19|20)\d\d")


@cache
def _written_patterns() -> tuple[re.Pattern[str], ...]:
    """Dates as datelines write them (compiled on first use; each pattern is linear,
    with no nested repetition)."""
    month = "(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
    day = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
    year = r"(?P<year>(?:19|20)\d\d)"
    return (
        re.compile(rf"\b{month}\s{{1,3}}{day},?\s{{1,3}}{year}\b", re.IGNORECASE),
        re.compile(rf"\b{day}\s{{1,3}}{month},?\s{{1,3}}{year}\b", re.IGNORECASE),
        re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b"),
    )


#: A dateline's end: the dash after "LONDON, March 3, 2025 (Reuters)".
_DATELINE_END = re.compile(r"\s[-\u2013\u2014]{1,2}\s")
#: How long a dateline, or a paragraph that is only a date line, may be.
_DATELINE_CHARS = 100
_DATE_LINE_WORDS = 12


def iso(year: int, month: int, day: int) -> str | None:
    """``YYYY-MM-DD`` for a real calendar date, else None."""
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def normalise(value: object) -> str | None:
    """A date-like value (a ``date``/``datetime``, a ``time.struct_time``, an ISO 8601
    string, a PDF ``D:YYYYMMDD...`` string) as ``YYYY-MM-DD``, or None."""
    if isinstance(value, dt.datetime | dt.date):
        return iso(value.year, value.month, value.day)
    year, month, day = (getattr(value, f, None) for f in ("tm_year", "tm_mon", "tm_mday"))
    if isinstance(year, int) and isinstance(month, int) and isinstance(day, int):
        return iso(year, month, day)
    if not isinstance(value, str):
        return None
    text = value.strip()
    if text.startswith("D:"):
        text = text[2:]
    match = re.match(r"((?:19|20)\d\d)-?([01]\d)-?([0-3]\d)", text)
    if match:
        return iso(int(match[1]), int(match[2]), int(match[3]))
    return written(text[:80])


def written(text: str) -> str | None:
    """The first full date written out in ``text`` ("March 3, 2025", "3 March 2025",
    "2025-03-03"), as ``YYYY-MM-DD``; None if there is none."""
    if not _YEAR_SEEN.search(text):
        return None  # no year, no date (and no need to compile the patterns)
    best: tuple[int, str] | None = None
    for pattern in _written_patterns():
        match = pattern.search(text)
        if match is None:
            continue
        month_text = match["month"].lower()
        month = _MONTHS.get(month_text) or (int(month_text) if month_text.isdigit() else 0)
        found = iso(int(match["year"]), month, int(match["day"]))
        if found and (best is None or match.start() < best[0]):
            best = (match.start(), found)
    return best[1] if best else None


def dateline_prefix(text: str) -> str | None:
    """The dateline that opens a paragraph, or None: "GENEVA, March 27" of "GENEVA, March
    27 - The United States' emphasis ...", the text before a dash within its first
    characters when every word of it is capitalised or a number (a place, a date, an
    agency) and it opens with a place in capitals or holds a number ("LONDON (Reuters)",
    "Washington, March 3"); not "Exports rose - and fell", nor a name set off by a dash
    ("Microsoft Corp - the software maker - said")."""
    end = _DATELINE_END.search(text[: _DATELINE_CHARS + 4])
    if end is None:
        return None
    prefix = text[: end.start()]
    words = [w.lstrip("(\"'") for w in prefix.split()]
    if not words or not all(w[:1].isupper() or w[:1].isdigit() for w in words):
        return None
    place = words[0].rstrip(",")
    if not (place.isalpha() and place.isupper()) and not any(c.isdigit() for c in prefix):
        return None
    return prefix


def dateline(paragraph: str) -> str | None:
    """The date of an article's dateline, when it gives a year: the date before the
    dash of "WASHINGTON, March 3, 2025 (Reuters) - ...", or a short paragraph that is a
    date line ("Published 3 March 2025", "By Jane Doe | March 3, 2025"). A date inside
    running text ("the deal signed on March 3, 2019, ...") is an event, not this."""
    end = _DATELINE_END.search(paragraph[: _DATELINE_CHARS + 4])
    if end is not None:
        return written(paragraph[: end.start()])
    if len(paragraph) <= _DATELINE_CHARS and len(paragraph.split()) <= _DATE_LINE_WORDS:
        return written(paragraph)
    return None
