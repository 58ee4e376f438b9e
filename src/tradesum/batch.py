"""Summarizing many sources: the per-document function and the loop over inputs.

A bad input never stops a batch: it becomes a :class:`~tradesum.errors.Failure` in the
results, in input order, and the caller decides the exit code.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from tradesum.documents import DEFAULT_MAX_BYTES, display_name, iter_sources, load
from tradesum.errors import Failure, TradesumError
from tradesum.methods import Method
from tradesum.summarize import DEFAULT_KEYWORDS, DocumentSummary, Length, summarize_article


@dataclass(frozen=True, slots=True)
class Options:
    """What to compute for each document (picklable, so it can travel to workers)."""

    length: Length = field(default_factory=Length)
    method: Method | str | None = None
    keywords: int = DEFAULT_KEYWORDS
    max_bytes: int = DEFAULT_MAX_BYTES


def summarize_source(source: str, options: Options) -> DocumentSummary | Failure:
    """Load and summarize one source; any tradesum error becomes a Failure."""
    try:
        article = load(source, max_bytes=options.max_bytes)
        return summarize_article(
            article, length=options.length, method=options.method, keywords=options.keywords
        )
    except TradesumError as exc:
        return Failure.of(display_name(source), exc)


def expand(inputs: Sequence[str], *, recursive: bool = False) -> list[str | Failure]:
    """The sources named by ``inputs`` (folders expanded), failures in their place."""
    return list(iter_sources(inputs, recursive=recursive))


def summarize_sources(
    sources: Sequence[str | Failure], options: Options
) -> Iterator[DocumentSummary | Failure]:
    """Summarize each source in order, yielding each result as soon as it is ready."""
    for source in sources:
        yield source if isinstance(source, Failure) else summarize_source(source, options)
