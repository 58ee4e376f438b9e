"""Key figures: percentages, money amounts, dates and counts, with the sentence each is in.

Each figure keeps its exact text, a kind, and where it can be read a normalised value
and unit, so that comparisons can tell "145%" from "145 percent" and "$1.13bn" from
"1.13 billion dollars" as the same figure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

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


_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_FULL_MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
_DAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# Scale words; "m" and "k" count only right after a number ("$600m", "40k").
_SCALE = r"(?:trillion|billion|million|thousand|tn|trn|bn|bln|mn|mln|m|k)\b"
_CURRENCY_WORD = (
    r"(?:dollars?|dlrs|euros?|pounds?(?:\s+sterling)?|stg|sterling|yuan|renminbi|yen|francs?"
    r"|marks?|rupees?|won|pesos?|roubles?|rubles?)\b"
)
_SYMBOL = r"(?:US\$|HK\$|A\$|C\$|S\$|\$|£|€|¥)"

_FIGURE = re.compile(
    rf"""
    (?P<money>
        {_SYMBOL}\s?(?:{_NUM})(?:\s?{_SCALE}|[bt]\b)?
      | (?:{_NUM})(?:\s?{_SCALE})?\s+{_CURRENCY_WORD}
      | (?:{_NUM})\s?(?:{_SCALE})?\s?(?:USD|EUR|GBP|CNY|JPY)\b
    )
    | (?P<percent>
        (?:{_NUM})(?:\s?(?:-|–|to)\s?(?:{_NUM}))?\s?(?:%|per\s?cent\b|pct\b|percentage\s+points?\b)
    )
    | (?P<date>
        {_MONTHS}\s\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s\d{{4}})?\b
      | \d{{1,2}}(?:st|nd|rd|th)?\s(?:of\s)?{_MONTHS}(?:,?\s\d{{4}})?\b
      | {_MONTHS}\s(?:of\s)?\d{{4}}\b
      | (?:(?<=\bon\s)|(?<=\blast\s)|(?<=\bnext\s)|(?<=\bthis\s)|(?<=\bsince\s)|(?<=\bby\s))
        {_DAYS}\b
      | (?:(?<=\bin\s)|(?<=\blast\s)|(?<=\bnext\s)|(?<=\bsince\s)|(?<=\buntil\s)|(?<=\bby\s))
        {_FULL_MONTHS}\b
      | (?<![\w$£€¥.,])(?:19[5-9]\d|20[0-4]\d)(?![\w%.,]\d)(?!\s?{_SCALE})
    )
    | (?P<count>
        (?<![\w$£€¥.,/-])(?:{_NUM})(?:\s?(?:trillion|billion|million|thousand|bln|mln|mn|bn))?
        \s(?!(?:percent|pct|per)\b)(?:[a-z][a-z-]+\s)?[a-z][a-z-]{{2,}}s\b
    )
    """,
    re.VERBOSE | re.IGNORECASE,
)
# Numbers that are names, not quantities: "Section 232", "No. 1", "Article 5", "G7".
_LABEL_BEFORE = re.compile(
    r"(?:Section|Sec\.|No\.|Nos\.|Article|Art\.|Chapter|Rule|Title|Phase|Part|Room|Route)\s$"
)

_SCALES = {
    "trillion": 1e12, "tn": 1e12, "trn": 1e12,
    "billion": 1e9, "bn": 1e9, "bln": 1e9,
    "million": 1e6, "mn": 1e6, "mln": 1e6, "m": 1e6,
    "thousand": 1e3, "k": 1e3,
}  # fmt: skip
_CURRENCIES = {
    "us$": "USD", "$": "USD", "dollar": "USD", "dlrs": "USD", "usd": "USD",
    "hk$": "HKD", "a$": "AUD", "c$": "CAD", "s$": "SGD",
    "£": "GBP", "pound": "GBP", "stg": "GBP", "sterling": "GBP", "gbp": "GBP",
    "€": "EUR", "euro": "EUR", "eur": "EUR",
    "¥": "JPY/CNY", "yen": "JPY", "jpy": "JPY", "yuan": "CNY", "renminbi": "CNY", "cny": "CNY",
    "franc": "CHF", "mark": "DEM", "rupee": "INR", "won": "KRW", "peso": "MXN",
    "rouble": "RUB", "ruble": "RUB",
}  # fmt: skip


def _number(text: str) -> float | None:
    found = re.search(_NUM, text)
    if not found:
        return None
    try:
        return float(found.group().replace(",", ""))
    except ValueError:  # pragma: no cover - the pattern only admits digits
        return None


def _scale(text: str) -> float:
    words = re.findall(r"[a-z]+", text.lower())
    for word in words:
        if word in _SCALES:
            return _SCALES[word]
    return 1.0


def _currency(text: str) -> str | None:
    lower = text.lower()
    for symbol in ("us$", "hk$", "a$", "c$", "s$", "$", "£", "€", "¥"):
        if symbol in lower:
            return _CURRENCIES[symbol]
    for word in re.findall(r"[a-z]+", lower):
        key = word.rstrip("s") if word not in ("dlrs", "stg") else word
        if key in _CURRENCIES:
            return _CURRENCIES[key]
    return None


def _read(kind: FigureKind, text: str) -> tuple[float | None, str | None]:
    number = _number(text)
    if kind is FigureKind.PERCENT:
        unit = "pp" if "point" in text.lower() else "%"
        return number, unit
    if kind is FigureKind.MONEY:
        # "$3.8B", "$1.2T": headline shorthand, a letter right after the number.
        letter = re.search(r"\d([BbTt])$", text)
        scale = {"b": 1e9, "t": 1e12}[letter.group(1).lower()] if letter else _scale(text)
        return (number * scale if number is not None else None), _currency(text)
    if kind is FigureKind.COUNT:
        noun = re.findall(r"[A-Za-z-]+", text)
        scaled = number * _scale(text) if number is not None else None
        return scaled, (noun[-1].lower() if noun else None)
    return None, None


# Every figure has a digit, a currency sign, or a month or weekday name: a cheap test
# that spares most sentences the full pattern.
_MAYBE = re.compile(
    r"[\d$£€¥]|\b(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec|January|February"
    r"|March|April|August|September|October|November|December|Monday|Tuesday|Wednesday"
    r"|Thursday|Friday|Saturday|Sunday)\b"
)


# Where a figure can start (a digit, a currency sign, a month or weekday name), built
# from the pieces of the figure pattern so that the two cannot drift apart: the full
# pattern is tried only there, which finds the same figures as scanning it over the
# whole sentence in under half the time.
_START = re.compile(rf"(?=\d|{_SYMBOL}|{_MONTHS}|{_DAYS})", re.IGNORECASE)


def _matches(text: str) -> list[re.Match[str]]:
    """What ``_FIGURE.finditer(text)`` finds: leftmost, non-overlapping matches."""
    out: list[re.Match[str]] = []
    end = 0
    for start in _START.finditer(text):
        if start.start() >= end and (match := _FIGURE.match(text, start.start())):
            out.append(match)
            end = match.end()
    return out


def find_figures(text: str, sentence_index: int = 0) -> list[Figure]:
    """The figures in one piece of text, in order of appearance."""
    out: list[Figure] = []
    if not _MAYBE.search(text):
        return out
    for match in _matches(text):
        kind = FigureKind(match.lastgroup or "count")
        surface = re.sub(r"\s+", " ", match.group()).strip()
        if kind is FigureKind.COUNT and _LABEL_BEFORE.search(text[: match.start()]):
            continue
        value, unit = _read(kind, surface)
        out.append(Figure(surface, kind, sentence_index, value, unit))
    return out


def extract_figures(sentences: Sequence[Sentence]) -> tuple[Figure, ...]:
    """Every figure in a document's sentences, in document order."""
    found: list[Figure] = []
    for sentence in sentences:
        found.extend(find_figures(sentence.text, sentence.index))
    return tuple(found)
