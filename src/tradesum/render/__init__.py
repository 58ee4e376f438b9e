"""Output formats: a registry of renderers, one module each.

Every renderer turns the same results into text: :meth:`Renderer.documents` (a stream of
chunks as each article's result arrives), :meth:`Renderer.articles` (the same for the
articles as read, for ``extract``), :meth:`Renderer.comparison`,
:meth:`Renderer.report`, :meth:`Renderer.digest` and :meth:`Renderer.figures`. Plain,
Markdown and rich format the blocks of :mod:`tradesum.view`, so they show the same
content; JSON and JSON Lines are built as data (:mod:`tradesum.render.data`). A format is
a module exposing ``RENDERER`` plus one line in :data:`FORMATS`; modules load on first
use, so start-up pays for none of them. A renderer that writes only some results (CSV:
figures tables) names them in ``results``, and :func:`get` refuses the others up front.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from tradesum.errors import UsageError

if TYPE_CHECKING:
    from tradesum.comparison import Comparison
    from tradesum.digest import Digest
    from tradesum.errors import Failure
    from tradesum.export import Report
    from tradesum.figure_table import FigureTable
    from tradesum.inputs.kind import Article
    from tradesum.summary import Result


@dataclass(frozen=True, slots=True)
class Style:
    """How to lay the output out: explanations, line width, colour."""

    explain: bool = False
    width: int = 88
    color: bool = False


class Renderer(Protocol):
    #: A line for ``--format``'s help.
    description: str

    def documents(self, results: Iterable[Result], style: Style) -> Iterator[str]: ...

    def articles(self, results: Iterable[Article | Failure], style: Style) -> Iterator[str]: ...

    def comparison(self, comparison: Comparison, style: Style) -> str: ...

    def report(self, report: Report, style: Style) -> str: ...

    def digest(self, digest: Digest, style: Style) -> Iterator[str]: ...

    def figures(self, table: FigureTable, style: Style) -> Iterator[str]: ...


#: Every output format: its name and the module whose ``RENDERER`` writes it, or the
#: renderer itself. Add a format: one module, one line here (or :func:`register`).
FORMATS: dict[str, str | Renderer] = {
    "rich": "tradesum.render.rich",
    "plain": "tradesum.render.plain",
    "json": "tradesum.render.json",
    "jsonl": "tradesum.render.json:LINES",
    "markdown": "tradesum.render.markdown",
    "csv": "tradesum.render.csv",
}


def register(name: str, renderer: str | Renderer) -> None:
    """Add (or replace) an output format."""
    FORMATS[name] = renderer


def names() -> list[str]:
    return list(FORMATS)


#: What a command's output is, as a renderer names it in ``results``.
RESULTS = ("documents", "articles", "comparison", "report", "digest", "figures")


def get(name: str, *, result: str | None = None) -> Renderer:
    """The renderer of a format; raises UsageError listing the formats there are, or,
    given the ``result`` to write, when the format cannot write it (a renderer that
    writes only some results lists them in ``results``)."""
    entry = FORMATS.get(name)
    if entry is None:
        raise UsageError(f"unknown format {name!r}; choose one of: {', '.join(FORMATS)}")
    if isinstance(entry, str):
        module, _, attribute = entry.partition(":")
        entry = getattr(importlib.import_module(module), attribute or "RENDERER")
        FORMATS[name] = entry
    renderer: Renderer = entry
    writes: tuple[str, ...] = getattr(renderer, "results", RESULTS)
    if result is not None and result not in writes:
        able = [n for n in FORMATS if n != name and result in _results(n)]
        raise UsageError(
            f"--format {name} cannot write {_RESULT_NAMES[result]}; choose one of: "
            + ", ".join(able)
        )
    return renderer


def _results(name: str) -> tuple[str, ...]:
    entry = FORMATS[name]
    if isinstance(entry, str):
        entry = get(name)
    return tuple(getattr(entry, "results", RESULTS))


_RESULT_NAMES = {
    "documents": "summaries",
    "articles": "articles",
    "comparison": "a comparison (one document)",
    "report": "a report (one document)",
    "digest": "a digest",
    "figures": "a figures table",
}
