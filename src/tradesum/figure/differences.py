"""Figures that differ: two figures that measure the same thing and cannot both be
right (:func:`figure_differences`)."""

from __future__ import annotations

import dataclasses
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from tradesum.figure.model import DATE, Figure, FigureKind
from tradesum.figure.reader import spoken_number
from tradesum.figure.tokens import decimals, number_tokens, number_value
from tradesum.languages import ENGLISH
from tradesum.lexicon import FigureWords, Lexicon

_LETTERS = re.compile(r"[a-z]+")


@dataclass(frozen=True, slots=True)
class _Measure:
    """What a figure measures and the values it admits, for comparing figures."""

    kind: FigureKind
    unit: str | None
    subject: frozenset[str]
    head: str
    entity: str | None
    period: str | None
    change: str | None
    direction: str | None
    low: float
    high: float


#: Share of the value an approximate figure ("about 5%") may be off by.
APPROX_SHARE = 0.05


def _measure(figure: Figure, lexicon: Lexicon) -> _Measure | None:
    """The measure of a figure that can be compared: not a date, with a subject and
    a value; None otherwise."""
    if figure.kind is DATE or not figure.subject:
        return None
    places = lexicon.figure_words.places
    words = [
        lexicon.stem(w)
        for w in _LETTERS.findall(figure.subject.lower())
        if w not in lexicon.stop_words() and len(w) > 1 and (w,) not in places
    ]
    if not words:
        return None
    # The head: the last word before the first joiner ("tariffs" in "tariffs on goods").
    lead = figure.subject.lower().split()
    cut = next((k for k, w in enumerate(lead) if w in lexicon.figure_words.subject_joiners), None)
    heads = [lexicon.stem(w) for w in _LETTERS.findall(" ".join(lead[:cut]))] if cut else []
    head = heads[-1] if heads else words[-1]
    if figure.low is not None and figure.high is not None:
        low, high = figure.low, figure.high
        slack = _slack(figure, max(abs(low), abs(high)), lexicon.figure_words)
    elif figure.value is not None:
        low = high = figure.value
        slack = _slack(figure, abs(figure.value), lexicon.figure_words)
    else:
        return None
    low, high = low - slack, high + slack
    if figure.bound == "min":
        high = math.inf
    elif figure.bound == "max":
        low = -math.inf
    calendar = figure.period and _calendar(figure.period, lexicon.figure_words)
    period = figure.period.lower() if figure.period and calendar else None
    unit = figure.unit
    if figure.kind is FigureKind.COUNT and unit:
        unit = lexicon.stem(unit.split()[-1])
    return _Measure(
        figure.kind, unit, frozenset(words), head, figure.entity, period,
        figure.change if figure.change == "from" else None, figure.direction, low, high,
    )  # fmt: skip


_DIGIT_RUN = re.compile(r"\d[\d,]*(?:\.(\d+))?")


def _slack(figure: Figure, size: float, words: FigureWords) -> float:
    """How far a figure's value may be from another's and still be the same figure
    rounded: half the last digit written ("$34 billion" admits 33.5 to 34.5 billion;
    "1.200,5 millones" 1,200.45 to 1,200.55 million; "seven billion" 6.5 to 7.5
    billion), more for an approximate one."""
    if words.decimal_comma:  # read as the language writes numbers (number_value)
        numbers = number_tokens(figure.text, words)
        places = max((decimals(n, words) for n in numbers), default=0)
        written = number_value(numbers[0], words) if numbers else 0.0
    else:
        places = max((len(d) for d in _DIGIT_RUN.findall(figure.text)), default=0)
        number = _DIGIT_RUN.search(figure.text)
        written = float(number.group().replace(",", "")) if number else 0.0
    if not written:  # written in words: "seven billion" admits 6.5 to 7.5 billion
        spoken = (spoken_number(w, words) for w in figure.text.lower().split())
        written = next((v for v in spoken if v), 0.0)
    scale = size / abs(written) if written else 1.0
    slack = 0.5 * 10.0**-places * scale
    if figure.approx:
        slack = max(slack, APPROX_SHARE * size)
    return slack


def _calendar(period: str, words: FigureWords) -> bool:
    """A period that names a time ("May", "2024", "Q3", "last year", "the third
    quarter"), which another such period rules out, unlike a comparison basis ("year
    on year", "a year", "annualised": :attr:`FigureWords.period_bases`)."""
    lower = " ".join(period.lower().replace("-", " ").split())
    whole, inner, starts = words.period_bases
    return not (
        lower in whole
        or any(f" {w} " in f" {lower} " for w in inner)
        or lower.startswith(tuple(starts))
    )


def _same_measure(a: _Measure, b: _Measure) -> bool:
    if a.kind is not b.kind or a.unit != b.unit or a.change != b.change:
        return False
    if (a.direction is None) != (b.direction is None):
        return False  # a change beside a level
    if a.entity and b.entity and a.entity != b.entity:
        return False
    if a.period and b.period and a.period != b.period:
        return False
    # The same head and most words: "exports" is "exports to China" (the place aside),
    # "trade surplus" is not "current account surplus".
    return a.head == b.head and len(a.subject & b.subject) / len(a.subject | b.subject) >= 0.5


#: Values further apart than this factor are of different things, not two reports of one
#: ("38.4 billion dlrs" of one deficit, "36.36 mln dlrs" of another).
SCALE_APART = 10.0


def _apart_in_scale(a: _Measure, b: _Measure) -> bool:
    sizes = [
        max(abs(v) for v in (m.low, m.high) if math.isfinite(v)) if any(
            math.isfinite(v) for v in (m.low, m.high)
        ) else 0.0
        for m in (a, b)
    ]  # fmt: skip
    small, large = sorted(sizes)
    return small > 0 and large / small > SCALE_APART


def _disagree(a: _Measure, b: _Measure) -> bool:
    if a.direction and b.direction and a.direction != b.direction:
        return True
    return a.high < b.low or b.high < a.low


#: Characters either side of a figure whose words say what is told of it.
CONTEXT_CHARS = 80


@dataclass(frozen=True, slots=True)
class _Told:
    """What a sentence tells of a figure: the content stems around it (its own and its
    subject's words aside) and the names the sentence gives (lower case)."""

    words: frozenset[str]
    names: frozenset[str]


def _told(
    figure: Figure, sentences: Sequence[str] | None, subject: frozenset[str], lexicon: Lexicon
) -> _Told | None:
    """What the figure's sentence tells of it; None without the sentence."""
    if sentences is None or not 0 <= figure.sentence_index < len(sentences):
        return None
    sentence = sentences[figure.sentence_index]
    start = sentence.rfind(" ", 0, max(0, figure.start - CONTEXT_CHARS)) + 1
    end = sentence.find(" ", figure.end + CONTEXT_CHARS)
    around = sentence[start : figure.start] + " " + sentence[figure.end : end if end >= 0 else None]
    stops = lexicon.stop_words()
    own = {lexicon.stem(w) for w in _LETTERS.findall(figure.text.lower())}
    words = frozenset(
        stem
        for w in _LETTERS.findall(around.lower())
        if w not in stops and len(w) > 2
        for stem in (lexicon.stem(w),)
        if stem not in own and stem not in subject
    )
    calendar = lexicon.calendar
    names = frozenset(
        w.lower()
        for w in _NAME_WORD.findall(sentence)[1:]
        if w[:1].isupper() and w.lower() not in stops and w.lower() not in calendar
    )
    return _Told(words, names)


_NAME_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _told_alike(a: _Told | None, b: _Told | None, count: bool) -> bool:
    """Two figures' sentences tell of the same thing: where both name someone they name
    someone in common ("Thomas" is not "Bush"), and a count ("nine people") has a word
    around it in common too ("killed nine people" is not "injured 13 people")."""
    if a is None or b is None:
        return True
    if a.names and b.names and not a.names & b.names:
        return False
    return not count or bool(a.words & b.words)


@dataclass(frozen=True, slots=True)
class MeasuredFigures:
    """An article's figures as they are compared: each one's measure and what its
    sentence tells of it (None where a figure cannot be compared), computed once per
    article however many others it is compared with."""

    measures: tuple[_Measure | None, ...]
    told: tuple[_Told | None, ...]


def measure_figures(
    figures: Sequence[Figure],
    lexicon: Lexicon = ENGLISH,
    sentences: Sequence[str] | None = None,
) -> MeasuredFigures:
    """What :func:`differences` compares of ``figures`` (``sentences``: the texts of
    their article's sentences, by index; without them the sentence tests are left out).

    A figure that names no place or body of its own is taken to be about the article's:
    the one its figures name most, at least twice ("750 mln dlr deficit" in an article
    on Australia's accounts is Australia's, not India's)."""
    measures = tuple(_measure(f, lexicon) for f in figures)
    calendar = lexicon.calendar
    named = Counter(
        m.entity for m in measures if m and m.entity and m.entity.lower() not in calendar
    ).most_common(1)
    if named and named[0][1] >= 2:
        home = named[0][0]
        measures = tuple(
            dataclasses.replace(m, entity=home) if m and not m.entity else m for m in measures
        )
    told = tuple(
        _told(f, sentences, m.subject, lexicon) if m else None
        for f, m in zip(figures, measures, strict=True)
    )
    return MeasuredFigures(measures, told)


def figure_differences(
    a: Sequence[Figure],
    b: Sequence[Figure],
    lexicon: Lexicon = ENGLISH,
    sentences_a: Sequence[str] | None = None,
    sentences_b: Sequence[str] | None = None,
) -> list[tuple[int, int]]:
    """:func:`differences` of two lists of figures."""
    return differences(
        measure_figures(a, lexicon, sentences_a), measure_figures(b, lexicon, sentences_b)
    )


def differences(a: MeasuredFigures, b: MeasuredFigures) -> list[tuple[int, int]]:
    """Pairs (x, y) where figure x of ``a`` and figure y of ``b`` measure the same
    thing (same kind and unit, matching subjects, no other place, no other period, both
    a change or both a level, and, given the sentences, the same told of them) and their
    values cannot both be right, even allowing for rounding, "about" and bounds. Each
    figure is in one pair at most, the nearest values first."""
    candidates: list[tuple[float, int, int]] = []
    for x, ma in enumerate(a.measures):
        if ma is None:
            continue
        for y, mb in enumerate(b.measures):
            if mb is None or not _same_measure(ma, mb):
                continue
            if not _told_alike(a.told[x], b.told[y], ma.kind is FigureKind.COUNT):
                continue
            if _apart_in_scale(ma, mb):
                continue
            if _disagree(ma, mb):
                gap = (
                    abs((ma.low + ma.high) / 2 - (mb.low + mb.high) / 2)
                    if math.isfinite(ma.low + ma.high + mb.low + mb.high)
                    else math.inf
                )
                candidates.append((gap, x, y))
            else:
                candidates.append((-1.0, x, y))  # an agreeing report claims both first
    used_a: set[int] = set()
    used_b: set[int] = set()
    out: list[tuple[int, int]] = []
    for gap, x, y in sorted(candidates):
        if x in used_a or y in used_b:
            continue
        used_a.add(x)
        used_b.add(y)
        if gap >= 0:
            out.append((x, y))
    return sorted(out)
