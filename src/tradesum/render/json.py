"""``--format json`` (one document, written when the run ends) and ``jsonl`` (one record
per line, as each is ready), both built as data by :mod:`tradesum.render.data`."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from tradesum.errors import Failure, UsageError
from tradesum.inputs.kind import Article
from tradesum.render import Style
from tradesum.render.data import (
    articles_data,
    comparison_data,
    digest_data,
    documents_data,
    dumps,
    failure_data,
    figure_row_data,
    figures_data,
    read_data,
    report_data,
    result_data,
    story_data,
)
from tradesum.summary import Result

if TYPE_CHECKING:
    from tradesum.comparison import Comparison
    from tradesum.digest import Digest
    from tradesum.export import Report
    from tradesum.figure_table import FigureTable


def render_json(results: Iterable[Result]) -> str:
    return dumps(documents_data(results)) + "\n"


def render_jsonl_line(result: Result) -> str:
    """One JSON Lines record: a document object, or ``{"source", "error"}``."""
    return dumps(result_data(result), indent=None) + "\n"


def render_comparison_json(comparison: Comparison) -> str:
    return dumps(comparison_data(comparison)) + "\n"


def render_report_json(report: Report) -> str:
    return dumps(report_data(report)) + "\n"


class JSONRenderer:
    description = "json (one document)"

    def documents(self, results: Iterable[Result], style: Style) -> Iterator[str]:
        yield render_json(list(results))

    def articles(self, results: Iterable[Article | Failure], style: Style) -> Iterator[str]:
        yield dumps(articles_data(list(results))) + "\n"

    def comparison(self, comparison: Comparison, style: Style) -> str:
        return render_comparison_json(comparison)

    def report(self, report: Report, style: Style) -> str:
        return render_report_json(report)

    def digest(self, digest: Digest, style: Style) -> Iterator[str]:
        yield dumps(digest_data(digest)) + "\n"

    def figures(self, table: FigureTable, style: Style) -> Iterator[str]:
        yield dumps(figures_data(table)) + "\n"


class JSONLinesRenderer:
    description = "jsonl (one JSON object per line)"
    results = ("documents", "articles", "digest", "figures")

    def documents(self, results: Iterable[Result], style: Style) -> Iterator[str]:
        for result in results:
            yield render_jsonl_line(result)

    def articles(self, results: Iterable[Article | Failure], style: Style) -> Iterator[str]:
        for result in results:
            yield dumps(read_data(result), indent=None) + "\n"

    def comparison(self, comparison: Comparison, style: Style) -> str:
        raise UsageError("a comparison is one document; write it as json, not jsonl")

    def report(self, report: Report, style: Style) -> str:
        raise UsageError("a report is one document; write it as json or markdown, not jsonl")

    def digest(self, digest: Digest, style: Style) -> Iterator[str]:
        """One story per line, then one ``{"source", "error"}`` line per failure."""
        for story in digest.stories:
            yield dumps(story_data(story), indent=None) + "\n"
        for failure in digest.failures:
            yield dumps(failure_data(failure), indent=None) + "\n"

    def figures(self, table: FigureTable, style: Style) -> Iterator[str]:
        """One figure per line, then one ``{"source", "error"}`` line per failure."""
        for row in table.rows:
            yield dumps(figure_row_data(row), indent=None) + "\n"
        for failure in table.failures:
            yield dumps(failure_data(failure), indent=None) + "\n"


RENDERER = JSONRenderer()
LINES = JSONLinesRenderer()
