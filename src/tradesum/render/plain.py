"""``--format plain``: readable text with no colour or markup, for pipes and logs."""

from __future__ import annotations

import textwrap
from collections.abc import Iterable, Iterator

from tradesum.comparison import Comparison
from tradesum.errors import Failure
from tradesum.export import Report
from tradesum.render import Style
from tradesum.summary import Result
from tradesum.view import (
    Block,
    Bullets,
    Facts,
    Field,
    Grid,
    Heading,
    Meta,
    Note,
    Section,
    comparison_view,
    document_view,
    report_view,
)

#: Cells of a grid column wider than this are cut (the last column wraps instead).
_CELL = 40


def _wrap(text: str, width: int, first: str, rest: str | None = None) -> str:
    return textwrap.fill(
        " ".join(text.split()) or " ",
        width=max(width, len(first) + 20),
        initial_indent=first,
        subsequent_indent=rest if rest is not None else " " * len(first),
        break_on_hyphens=False,
    ).rstrip()


def block(item: Block, width: int, top: int) -> str:
    """One block as plain text; ``top`` is the level of the section's own headings."""
    if isinstance(item, Heading):
        shown = item.text.plain
        return f"== {shown}" if item.level <= top else f"{shown}:"
    if isinstance(item, Field):
        return _wrap(f"{item.label}: {item.value.plain}", width, "", "    ")
    if isinstance(item, Bullets):
        marks = [f"  {i}. " for i in range(1, len(item.items) + 1)] if item.numbered else None
        return "\n".join(
            _wrap(t.plain, width, marks[i] if marks else "  - ") for i, t in enumerate(item.items)
        )
    if isinstance(item, Facts):
        return "\n".join(
            _wrap(f"{name}: {value.plain}", width, "", "    ") for name, value in item.rows
        )
    if isinstance(item, Grid):
        return _grid(item, width)
    if isinstance(item, Note):
        return _wrap(item.text.plain, width, "")
    if isinstance(item, Meta):
        lines = [f"{key}: {value}" for key, value in item.settings]
        return "\n".join([*lines, "sources:", *(f"  - {s}" for s in item.sources)])
    return section(item, width)


def _grid(grid: Grid, width: int) -> str:
    """Columns padded to their widest cell (cut at a bound); a last column of running
    text (left-aligned) wraps under itself."""
    rows = [list(grid.columns), *([c.plain for c in row] for row in grid.rows)]
    count = len(grid.columns)
    aligns = grid.align or ("left",) * count
    wraps = aligns[-1] != "right"
    fixed = count - 1 if wraps else count
    widths = [min(_CELL, max(len(r[i]) for r in rows)) for i in range(fixed)]
    lines = []
    for row in rows:
        cells = []
        for i in range(fixed):
            cell = row[i] if len(row[i]) <= _CELL else row[i][: _CELL - 1] + "…"
            cells.append(cell.rjust(widths[i]) if aligns[i] == "right" else cell.ljust(widths[i]))
        lead = "  " + "  ".join(cells)
        if wraps and row[-1]:
            lead += "  " if cells else ""
            lines.append(_wrap(row[-1], width, lead, " " * len(lead)))
        else:
            lines.append(lead.rstrip())
    return "\n".join(lines)


def section(item: Section, width: int) -> str:
    levels = [b.level for b in item.blocks if isinstance(b, Heading)]
    top = min(levels) if levels else 1
    body = "\n\n".join(block(b, width, top) for b in item.blocks)
    return body + "\n" if item.framed else body


class PlainRenderer:
    description = "plain"

    def documents(self, results: Iterable[Result], style: Style) -> Iterator[str]:
        for result in results:
            if not isinstance(result, Failure):  # failures are said on stderr
                yield section(document_view(result, explain=style.explain), style.width) + "\n"

    def comparison(self, comparison: Comparison, style: Style) -> str:
        return section(comparison_view(comparison), style.width) + "\n"

    def report(self, report: Report, style: Style) -> str:
        return section(report_view(report), style.width).rstrip("\n") + "\n"


RENDERER = PlainRenderer()
