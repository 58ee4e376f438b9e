"""Reading a sentence's figures, and a document's: :func:`find_figures`,
:func:`extract_figures`."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from tradesum.figure.context import _Context
from tradesum.figure.model import DATE, Figure, FigureKind
from tradesum.figure.reader import (
    _dates,
    _elided_units,
    _Found,
    _keeps_bare,
    _ranges,
    _Reader,
    spoken_number,
)
from tradesum.figure.tokens import _NUM
from tradesum.languages import ENGLISH
from tradesum.lexicon import FigureWords, Lexicon
from tradesum.nlp import Sentence


@cache
def _may_hold(words: FigureWords) -> tuple[re.Pattern[str], frozenset[str]]:
    """What every figure has somewhere: a digit or sign, a number word or weekday (in
    any case), or a month (with its capital, as :func:`_dates` reads them). A sentence
    without any (most sentences) is skipped before tokenizing."""
    signs = "".join(re.escape(c) for c in (*words.currency_symbols, "%"))
    spoken = (*words.number_words, *words.fractions, *words.weekdays, *words.lone_scales)
    names = frozenset(
        {*spoken}
        | {w.title() for w in spoken}
        | {w.upper() for w in spoken}
        | {m.title() for m in words.months}
        | {m.upper() for m in words.months}
        | (set() if words.months_capitalised else set(words.months))
    )
    return re.compile(rf"[\d{signs}]"), names


_WORDS = re.compile(r"[^\W\d_]+")


def _worth_reading(text: str, words: FigureWords) -> bool:
    signs, names = _may_hold(words)
    return signs.search(text) is not None or not names.isdisjoint(_WORDS.findall(text))


@cache
def _percent_heads(words: FigureWords) -> frozenset[str]:
    return frozenset(phrase[0] for phrase in words.percent_words)


def find_figures(
    text: str,
    sentence_index: int = 0,
    lexicon: Lexicon = ENGLISH,
    names: frozenset[str] = frozenset(),
) -> list[Figure]:
    """The figures in one sentence, in order of appearance (a change's ends linked by
    their index in this list). ``names``: words (lower case) the document writes with a
    capital inside its sentences, which tell a name at a sentence's start ("Tesla")
    from a capitalised common word ("Exports")."""
    if not _worth_reading(text, lexicon.figure_words):
        return []
    return _read_sentence(text, sentence_index, lexicon, names)


def _read_sentence(
    text: str, sentence_index: int, lexicon: Lexicon, names: frozenset[str]
) -> list[Figure]:
    """:func:`find_figures` without the test that skips sentences with no figure."""
    words = lexicon.figure_words
    reader = _Reader(text, lexicon)
    t = reader.t
    date_ends = dict(_dates(reader))
    percent_heads = _percent_heads(words)
    found: list[_Found] = []
    i = 0
    while i < t.n:
        lower = t.lowers[i]
        got: _Found | None = None
        if i in date_ends:
            got = _Found(i, date_ends[i], FigureKind.DATE, None)
        elif lower in percent_heads and t.kinds[i] != _NUM:
            got = reader.reversed_percent(i)  # "per cent of twenty-two"
        elif t.kinds[i] == _NUM:
            got = reader.at(i)
        elif (
            spoken_number(lower, words) is not None
            or lower in words.fractions
            or lower in words.lone_scales
            or lower == "a"
        ) and not t.glued(i):
            got = reader.at(i)
            # A number written in words counts only with a unit ("two sides", "five
            # percent") or as the first of a range that has one ("three or four years").
            if got is not None and got.kind is FigureKind.NUMBER:
                joined = got.last < t.n and t.lowers[got.last] in (*words.range_words, "or")
                got = got if got.bare and joined else None
        if got is None:
            i += 1
            continue
        if found and got.first < found[-1].last:
            got.first = found[-1].last  # "$2025$ two": the sign between went to the first
        found.append(got)
        i = max(got.last, i + 1)
    for f in found:
        if f.kind is not FigureKind.DATE:
            reader.modifiers(f)
    _elided_units(found)
    found = _ranges(reader, found)
    kept = [f for f in found if not f.bare or _keeps_bare(reader, f)]
    if not kept:
        return []
    amounts = any(f.kind is not DATE for f in kept)
    context = _Context(reader, lexicon, kept, names) if amounts else None
    out: list[Figure] = []
    last_amount: Figure | None = None
    for k, f in enumerate(kept):
        start, end = t.starts[f.first], t.ends[f.last - 1]
        surface = " ".join(text[start:end].split())
        if context is None or f.kind is DATE:
            out.append(Figure(surface, f.kind, sentence_index, start=start, end=end))
            continue
        subject = context.sentence_case(context.subject(f))
        if (f.converts or f.compared) and last_amount is not None:
            subject = last_amount.subject  # a conversion measures what its figure does
        last_amount = Figure(
            surface,
            f.kind,
            sentence_index,
            value=f.value,
            unit=f.unit,
            direction=f.direction,
            approx=f.approx,
            bound=f.bound,
            low=f.low,
            high=f.high,
            period=context.period(f, k),
            subject=subject,
            entity=context.entity(subject, f),
            change=f.change,
            start=start,
            end=end,
        )
        out.append(last_amount)
    # "fell 7% to $2.3 billion in May": the change and the level it reached share a period.
    for k in range(len(out) - 1):
        a, b = out[k], out[k + 1]
        gap = t.lowers[kept[k].last : kept[k + 1].first]
        if a.direction and a.period is None and b.period and gap in (["to"], [",", "to"]):
            out[k] = replace(a, period=b.period)
    ends = [k for k, f in enumerate(out) if f.change]
    for x, y in itertools.pairwise(ends):
        a, b = out[x], out[y]
        if a.change != b.change and a.linked is None and {a.change, b.change} == {"from", "to"}:
            # The two ends of a change measure one thing: "from 10% to 25%".
            subject, entity = a.subject or b.subject, a.entity or b.entity
            out[x] = replace(a, linked=y, subject=subject, entity=entity)
            out[y] = replace(b, linked=x, subject=subject, entity=entity)
    return out


def extract_figures(
    sentences: Sequence[Sentence], lexicon: Lexicon = ENGLISH
) -> tuple[Figure, ...]:
    """Every figure in a document's sentences, in document order; a change's ends are
    linked by their index in the returned tuple."""
    names = frozenset(
        token.lower()
        for sentence in sentences
        for token in sentence.tokens[1:]
        if token[:1].isupper()
    )
    found: list[Figure] = []
    for sentence in sentences:
        offset = len(found)
        for figure in find_figures(sentence.text, sentence.index, lexicon, names):
            if figure.linked is not None:
                figure = replace(figure, linked=figure.linked + offset)
            found.append(figure)
    return tuple(found)
