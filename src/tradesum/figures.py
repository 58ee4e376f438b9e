"""Key figures: percentages, money amounts, dates and counts, with the sentence each is in.

Each figure keeps its exact text, a kind, and where it can be read a normalised value
and unit, so that comparisons can tell "145%" from "145 percent" and "$1.13bn" from
"1.13 billion dollars" as the same figure.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import cache

from tradesum.lexicon import ENGLISH, Lexicon
from tradesum.nlp import Sentence


class FigureKind(StrEnum):
    PERCENT = "percent"
    MONEY = "money"
    DATE = "date"
    COUNT = "count"


@dataclass(frozen=True, slots=True)
class Figure:
    """A figure found in the article: its text, kind and source sentence (0-based)."""

    text: str
    kind: FigureKind
    sentence_index: int
    value: float | None = None
    unit: str | None = None


_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SYMBOL = r"(?:US\$|HK\$|A\$|C\$|S\$|\$|£|€|¥)"
_SYMBOLS = ("us$", "hk$", "a$", "c$", "s$", "$", "£", "€", "¥")


@dataclass(frozen=True, slots=True)
class _Patterns:
    """A lexicon's figure patterns, compiled once."""

    figure: re.Pattern[str]
    start: re.Pattern[str]
    #: The same starts, for lower-cased text: a case-sensitive scan, four times faster.
    start_lower: re.Pattern[str]
    label_before: re.Pattern[str]
    scales: dict[str, float]
    currencies: dict[str, str]
    point_word: str


@cache
def _patterns(lexicon: Lexicon) -> _Patterns:
    words = lexicon.figure_words
    months, full_months, days = words.months, words.full_months, words.weekdays
    # Scale words; single letters ("m", "k") count only right after a number ("$600m").
    scale = "(?:" + "|".join(w for w, _ in words.scales) + r")\b"
    currency = words.currency_words
    ordinal, of = words.ordinals, words.date_joiner
    weekday_cues = "|".join(rf"(?<=\b{cue}\s)" for cue in words.weekday_cues)
    month_cues = "|".join(rf"(?<=\b{cue}\s)" for cue in words.month_cues)
    figure = re.compile(
        rf"""
        (?P<money>
            {_SYMBOL}\s?(?:{_NUM})(?:\s?{scale}|[bt]\b)?
          | (?:{_NUM})(?:\s?{scale})?\s+{currency}
          | (?:{_NUM})\s?(?:{scale})?\s?(?:USD|EUR|GBP|CNY|JPY)\b
        )
        | (?P<percent>
            (?:{_NUM})(?:\s?(?:-|–|{words.range_words})\s?(?:{_NUM}))?\s?(?:%|{words.percent_words})
        )
        | (?P<date>
            {months}\s\d{{1,2}}(?:{ordinal})?(?:,?\s\d{{4}})?\b
          | \d{{1,2}}(?:{ordinal})?\s(?:{of}\s)?{months}(?:,?\s\d{{4}})?\b
          | {months}\s(?:{of}\s)?\d{{4}}\b
          | (?:{weekday_cues}){days}\b
          | (?:{month_cues}){full_months}\b
          | (?<![\w$£€¥.,])(?:19[5-9]\d|20[0-4]\d)(?![\w%.,]\d)(?!\s?{scale})
        )
        | (?P<count>
            (?<![\w$£€¥.,/-])(?:{_NUM})(?:\s?(?:{words.count_scales}))?
            \s(?!(?:{words.not_counted})\b)(?:[a-z][a-z-]+\s)?[a-z][a-z-]{{2,}}s\b
        )
        """,
        re.VERBOSE | re.IGNORECASE,
    )
    # Where a figure can start (a digit, a currency sign, a month or weekday name), built
    # from the same pieces as the figure pattern so that the two cannot drift apart: the
    # full pattern is tried only there, which finds the same figures as scanning it over
    # the whole sentence in under half the time.
    start = re.compile(rf"(?=\d|{_SYMBOL}|{months}|{days})", re.IGNORECASE)
    # (No piece has an upper-case escape such as \D or \S, which lower-casing would change.)
    start_lower = re.compile(rf"(?=\d|{_SYMBOL.lower()}|{months.lower()}|{days.lower()})")
    # Numbers that are names, not quantities: "Section 232", "No. 1", "Article 5".
    label_before = re.compile(rf"(?:{words.labels})\s$")
    return _Patterns(
        figure,
        start,
        start_lower,
        label_before,
        dict(words.scales),
        dict(words.currencies),
        words.point_word,
    )


def _number(text: str) -> float | None:
    found = re.search(_NUM, text)
    if not found:
        return None
    try:
        value = float(found.group().replace(",", ""))
    except ValueError:  # pragma: no cover - the pattern only admits digits
        return None
    return _finite(value)  # a 400-digit "number" has no value


def _finite(value: float | None) -> float | None:
    return value if value is not None and math.isfinite(value) else None


def _scale(text: str, scales: dict[str, float]) -> float:
    for word in re.findall(r"[a-z]+", text.lower()):
        if word in scales:
            return scales[word]
    return 1.0


def _currency(text: str, currencies: dict[str, str]) -> str | None:
    lower = text.lower()
    for symbol in _SYMBOLS:
        if symbol in lower:
            return currencies[symbol]
    for word in re.findall(r"[a-z]+", lower):
        key = word if word in currencies else word.rstrip("s")
        if key in currencies:
            return currencies[key]
    return None


def _read(kind: FigureKind, text: str, patterns: _Patterns) -> tuple[float | None, str | None]:
    number = _number(text)
    if kind is FigureKind.PERCENT:
        unit = "pp" if patterns.point_word in text.lower() else "%"
        return number, unit
    if kind is FigureKind.MONEY:
        # "$3.8B", "$1.2T": headline shorthand, a letter right after the number.
        letter = re.search(r"\d([BbTt])$", text)
        scales = patterns.scales
        scale = {"b": 1e9, "t": 1e12}[letter.group(1).lower()] if letter else _scale(text, scales)
        return _finite(number * scale if number is not None else None), _currency(
            text, patterns.currencies
        )
    if kind is FigureKind.COUNT:
        noun = re.findall(r"[A-Za-z-]+", text)
        scaled = _finite(number * _scale(text, patterns.scales) if number is not None else None)
        return scaled, (noun[-1].lower() if noun else None)
    return None, None


#: Characters before a count in which a label ("Section ") is looked for: more than the
#: longest label, and few, so that the test costs the same for every count.
_LABEL_WINDOW = 24


def _matches(text: str, patterns: _Patterns) -> list[re.Match[str]]:
    """What ``patterns.figure.finditer(text)`` finds: leftmost, non-overlapping matches,
    trying the full pattern only where a figure can start."""
    out: list[re.Match[str]] = []
    end = 0
    figure = patterns.figure
    lowered = text.lower()
    starts = (
        patterns.start_lower.finditer(lowered)
        if len(lowered) == len(text)  # lower-casing kept every position
        else patterns.start.finditer(text)
    )
    for start in starts:
        if start.start() >= end and (match := figure.match(text, start.start())):
            out.append(match)
            end = match.end()
    return out


def find_figures(text: str, sentence_index: int = 0, lexicon: Lexicon = ENGLISH) -> list[Figure]:
    """The figures in one piece of text, in order of appearance."""
    patterns = _patterns(lexicon)
    out: list[Figure] = []
    for match in _matches(text, patterns):
        kind = FigureKind(match.lastgroup or "count")
        surface = " ".join(match.group().split())
        before = text[max(0, match.start() - _LABEL_WINDOW) : match.start()]
        if kind is FigureKind.COUNT and patterns.label_before.search(before):
            continue
        value, unit = _read(kind, surface, patterns)
        out.append(Figure(surface, kind, sentence_index, value, unit))
    return out


def extract_figures(
    sentences: Sequence[Sentence], lexicon: Lexicon = ENGLISH
) -> tuple[Figure, ...]:
    """Every figure in a document's sentences, in document order."""
    found: list[Figure] = []
    for sentence in sentences:
        found.extend(find_figures(sentence.text, sentence.index, lexicon))
    return tuple(found)
