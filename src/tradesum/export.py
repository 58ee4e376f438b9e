"""Reports people keep: every article's summary, then how the articles relate.

``build_report`` runs the batch once (each article loaded and analysed once), then
compares the very analyses the summaries came from, so a report's comparison is the
one ``tradesum compare`` gives for the same inputs. The renderers turn the report into
text and :mod:`tradesum.output` writes it atomically. ``split_names`` gives safe,
unique file names for one-file-per-article reports.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import os
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from tradesum._version import __version__
from tradesum.batch import Engine, Options, run
from tradesum.comparison import Comparison, analyses_of, compare_analyses
from tradesum.errors import Failure, InputError, UsageError
from tradesum.summary import DocumentSummary

#: Set to YYYY-MM-DD to pin a report's date (reproducible reports and tests).
DATE_VARIABLE = "TRADESUM_DATE"
MAX_SLUG = 60


@dataclass(frozen=True, slots=True)
class Report:
    settings: tuple[tuple[str, str], ...]
    results: tuple[DocumentSummary | Failure, ...]
    comparison: Comparison | None
    #: Files in the folders walked that no input kind reads: (suffix, count).
    unread: tuple[tuple[str, int], ...] = ()

    @property
    def summaries(self) -> tuple[DocumentSummary, ...]:
        return tuple(r for r in self.results if isinstance(r, DocumentSummary))

    @property
    def failures(self) -> tuple[Failure, ...]:
        return tuple(r for r in self.results if isinstance(r, Failure))


def report_date(date: str | None = None) -> str:
    chosen = date or os.environ.get(DATE_VARIABLE)
    if chosen:
        try:
            if len(chosen) != 10:
                raise ValueError(chosen)
            return _dt.date.fromisoformat(chosen).isoformat()
        except ValueError:
            raise UsageError(f"the report date must be YYYY-MM-DD (got {chosen!r})") from None
    return _dt.datetime.now(_dt.UTC).date().isoformat()


def build_report(
    inputs: Sequence[str],
    options: Options,
    *,
    recursive: bool = False,
    date: str | None = None,
    engine: Engine | None = None,
    joint_sentences: int = 5,
    every_pair: bool | None = None,
) -> Report:
    """Summarize every input and, with two or more readable, compare them
    (``every_pair`` as for :func:`tradesum.comparison.compare_analyses`)."""
    options = dataclasses.replace(options, compare=True)
    batch = run(inputs, options, recursive=recursive, engine=engine)
    results = tuple(batch)
    summaries = [r for r in results if isinstance(r, DocumentSummary)]
    if not summaries:
        failures = [r for r in results if isinstance(r, Failure)]
        if len(failures) == 1:
            raise InputError(f"{failures[0].message}; nothing to report", source=failures[0].source)
        details = "; ".join(f"{f.source}: {f.message}" for f in failures)
        raise InputError(f"none of the {len(failures)} inputs could be read ({details})")
    comparison = None
    if len(summaries) >= 2:
        comparison = compare_analyses(
            analyses_of(summaries), joint_sentences=joint_sentences, every_pair=every_pair
        )
    settings = (
        ("tool", f"tradesum {__version__}"),
        ("date", report_date(date)),  # the report's date, in its front matter
        ("method", str(options.method or "news")),
        ("length", options.length.describe()),
        ("keywords", str(options.keywords)),
    )
    return Report(settings, results, comparison, tuple(batch.unread.most_common()))


def slug(title: str) -> str:
    """A safe file-name stem: ASCII letters, digits and dashes, bounded length."""
    ascii_text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii")
    stem = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return stem[:MAX_SLUG].rstrip("-") or "article"


def split_names(summaries: Sequence[DocumentSummary]) -> list[str]:
    """File names for one report per article, unique even when headlines collide."""
    names: list[str] = []
    used = {"index"}
    for summary in summaries:
        base = slug(summary.title or os.path.splitext(os.path.basename(summary.source))[0])
        name, n = base, 2
        while name in used:
            name = f"{base}-{n}"
            n += 1
        used.add(name)
        names.append(f"{name}.md")
    return names
