"""What the plain, Markdown and rich formats share: they render the views of
:mod:`tradesum.view`, and differ only in how a section's blocks become text."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from tradesum.errors import Failure
from tradesum.inputs.kind import Article
from tradesum.render import Style
from tradesum.summary import Result
from tradesum.view import (
    Section,
    article_view,
    comparison_view,
    digest_view,
    document_view,
    figure_table_view,
    report_view,
)

if TYPE_CHECKING:
    from tradesum.comparison import Comparison
    from tradesum.digest import Digest
    from tradesum.export import Report
    from tradesum.figure_table import FigureTable


class BlockRenderer:
    """A format of view blocks; a subclass says how a section becomes text."""

    description = ""

    def text(self, section: Section, style: Style) -> str:
        raise NotImplementedError

    def documents(self, results: Iterable[Result], style: Style) -> Iterator[str]:
        for result in results:
            if not isinstance(result, Failure):  # failures are said on stderr
                yield self.text(document_view(result, explain=style.explain), style) + "\n"

    def articles(self, results: Iterable[Article | Failure], style: Style) -> Iterator[str]:
        for result in results:
            if not isinstance(result, Failure):
                yield self.text(article_view(result), style) + "\n"

    def comparison(self, comparison: Comparison, style: Style) -> str:
        return self.text(comparison_view(comparison), style).rstrip("\n") + "\n"

    def report(self, report: Report, style: Style) -> str:
        return self.text(report_view(report), style).rstrip("\n") + "\n"

    def digest(self, digest: Digest, style: Style) -> Iterator[str]:
        yield self.text(digest_view(digest), style).rstrip("\n") + "\n"

    def figures(self, table: FigureTable, style: Style) -> Iterator[str]:
        yield self.text(figure_table_view(table), style).rstrip("\n") + "\n"
