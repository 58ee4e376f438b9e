"""``tradesum figures``: one table of the figures of many articles.

Every input is read and analysed once (one batch run, any engine, the cache of analysed
articles where asked); each figure becomes a row with its article's source, date and
headline and the sentence it is in. Rows are sorted by article date where it is known
(articles without one last, in input order), then in reading order. Filters keep the
kinds asked for and the rows whose subject or sentence mention a word.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from tradesum.batch import Engine, Options, run
from tradesum.errors import Failure, InputError, UsageError
from tradesum.figure import Figure, FigureKind
from tradesum.summary import DocumentSummary, Result

#: The kinds a table shows by default: every kind but dates.
DEFAULT_KINDS = frozenset(k for k in FigureKind if k is not FigureKind.DATE)


@dataclass(frozen=True, slots=True)
class FigureRow:
    """One figure of one article, with where it comes from."""

    source: str
    date: str | None
    title: str | None
    figure: Figure
    sentence: str
    #: The article's language (ISO 639-1), None when too short to tell.
    language: str | None = None


@dataclass(frozen=True, slots=True)
class FigureTable:
    """The figures of a pile of articles, and the inputs that could not be read."""

    rows: tuple[FigureRow, ...]
    failures: tuple[Failure, ...]
    #: Files the folders held that tradesum does not read: (suffix, count).
    unread: tuple[tuple[str, int], ...]
    kinds: frozenset[FigureKind]
    about: str | None


def parse_kinds(value: str | None) -> frozenset[FigureKind]:
    """ "percent,money" -> those kinds; "all" -> every kind; None -> every kind but dates.
    Raises UsageError naming the kinds there are."""
    if value is None:
        return DEFAULT_KINDS
    names = [v.strip().lower() for v in value.split(",") if v.strip()]
    if names == ["all"]:
        return frozenset(FigureKind)
    known = {k.value: k for k in FigureKind}
    wrong = [n for n in names if n not in known]
    if wrong or not names:
        raise UsageError(
            f"unknown figure kind {', '.join(map(repr, wrong)) or repr(value)}; "
            f"choose from: {', '.join(known)} (comma-separated), or all"
        )
    return frozenset(known[n] for n in names)


def rows_of(
    summaries: Iterable[DocumentSummary],
    *,
    kinds: frozenset[FigureKind] = DEFAULT_KINDS,
    about: str | None = None,
) -> tuple[FigureRow, ...]:
    """The rows of analysed articles: filtered, sorted by date, then reading order."""
    match = about_pattern(about)
    dated: list[tuple[tuple[int, str, int], FigureRow]] = []
    for order, doc in enumerate(summaries):
        for figure in doc.figures:
            if figure.kind not in kinds:
                continue
            sentence = (
                doc.sentences[figure.sentence_index]
                if 0 <= figure.sentence_index < len(doc.sentences)
                else ""
            )
            if match is not None and not any(
                match.search(part) for part in (figure.subject or "", figure.entity or "", sentence)
            ):
                continue
            row = FigureRow(doc.source, doc.date, doc.title, figure, sentence, doc.language)
            # Dated articles first, oldest first; then the rest in input order.
            key = (0 if doc.date else 1, doc.date or "", order)
            dated.append((key, row))
    dated.sort(key=lambda item: item[0])  # stable: reading order within an article
    return tuple(row for _, row in dated)


def about_pattern(about: str | None) -> re.Pattern[str] | None:
    """What ``--about WORD`` matches (the word at a word's start, any case); raises
    UsageError for an empty word."""
    if about is None:
        return None
    word = about.strip()
    if not word:
        raise UsageError("--about needs a word (got an empty one)")
    return re.compile(rf"(?<!\w){re.escape(word)}", re.IGNORECASE)


def figures(
    text: str,
    *,
    source: str = "<text>",
    kinds: frozenset[FigureKind] | str | None = None,
    about: str | None = None,
) -> tuple[FigureRow, ...]:
    """The figure rows of one article's text (``kinds``: a set, or "percent,money")."""
    from tradesum.inputs import parse_text
    from tradesum.summary import summarize_article

    if not isinstance(kinds, frozenset):
        kinds = parse_kinds(kinds)
    doc = summarize_article(parse_text(text, source=source), keywords=0)
    return rows_of([doc], kinds=kinds, about=about)


def table_of(
    results: Iterable[Result],
    *,
    kinds: frozenset[FigureKind] = DEFAULT_KINDS,
    about: str | None = None,
    unread: Iterable[tuple[str, int]] = (),
) -> FigureTable:
    """The figures table of a batch's results (summaries and failures, in input order).
    Raises InputError when none of them could be read."""
    summaries: list[DocumentSummary] = []
    failures: list[Failure] = []
    for result in results:
        if isinstance(result, Failure):
            failures.append(result)
        else:
            summaries.append(result)
    if not summaries and failures:
        if len(failures) == 1:
            raise InputError(f"{failures[0].message}; no figures", source=failures[0].source)
        raise InputError(f"none of the {len(failures)} inputs could be read; no figures")
    rows = rows_of(summaries, kinds=kinds, about=about)
    return FigureTable(rows, tuple(failures), tuple(unread), kinds, about)


def figure_table(
    inputs: Sequence[str],
    options: Options | None = None,
    *,
    kinds: frozenset[FigureKind] = DEFAULT_KINDS,
    about: str | None = None,
    recursive: bool = False,
    engine: Engine | None = None,
) -> FigureTable:
    """Read and analyse ``inputs`` (paths, folders, URLs, ``-``) and table their figures."""
    about_pattern(about)  # a bad filter fails before any work
    options = dataclasses.replace(options or Options(), keywords=0)
    batch = run(inputs, options, recursive=recursive, engine=engine)
    return table_of(batch, kinds=kinds, about=about, unread=list(batch.unread.most_common()))
