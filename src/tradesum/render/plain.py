"""``--format plain``: readable text with no colour or markup, for pipes and logs."""

from __future__ import annotations

import textwrap

from tradesum import view
from tradesum.render import Style
from tradesum.render.blocks import BlockRenderer

#: Cells of a grid column wider than this are cut (the last column wraps instead).
_CELL = 40
#: Room a grid's last column of running text needs beside the others; with less, it is
#: set under its row.
_RUNNING = 30


def _wrap(text: str, width: int, first: str, rest: str | None = None) -> str:
    return textwrap.fill(
        " ".join(text.split()) or " ",
        width=max(width, len(first) + 20),
        initial_indent=first,
        subsequent_indent=rest if rest is not None else " " * len(first),
        break_on_hyphens=False,
    ).rstrip()


def block(item: view.Block, width: int, top: int) -> str:
    """One block as plain text; ``top`` is the level of the section's own headings."""
    if isinstance(item, view.Heading):
        shown = item.text.plain
        return f"== {shown}" if item.level <= top else f"{shown}:"
    if isinstance(item, view.Field):
        return _wrap(f"{item.label}: {item.value.plain}", width, "", "    ")
    if isinstance(item, view.Bullets):
        marks = [f"  {i}. " for i in range(1, len(item.items) + 1)] if item.numbered else None
        return "\n".join(
            _wrap(t.plain, width, marks[i] if marks else "  - ") for i, t in enumerate(item.items)
        )
    if isinstance(item, view.Facts):
        return "\n".join(
            _wrap(f"{name}: {value.plain}", width, "", "    ") for name, value in item.rows
        )
    if isinstance(item, view.Grid):
        return _grid(item, width)
    if isinstance(item, view.Note):
        return _wrap(item.text.plain, width, "")
    if isinstance(item, view.Paragraphs):
        return "\n\n".join(item.items)
    if isinstance(item, view.Meta):
        lines = [f"{key}: {value}" for key, value in item.settings]
        return "\n".join([*lines, "sources:", *(f"  - {s}" for s in item.sources)])
    return section(item, width)


def _grid(grid: view.Grid, width: int) -> str:
    """Columns padded to their widest cell (cut at a bound); a last column of running
    text (left-aligned) wraps under itself."""
    rows = [list(grid.columns), *([c.plain for c in row] for row in grid.rows)]
    count = len(grid.columns)
    aligns = grid.align or ("left",) * count
    wraps = aligns[-1] != "right"
    fixed = count - 1 if wraps else count
    widths = [min(_CELL, max(len(r[i]) for r in rows)) for i in range(fixed)]
    # Where the fixed columns leave the running text too little room, it goes on the
    # lines under its row instead, indented.
    longest = max((len(r[-1]) for r in rows[1:]), default=0)
    below = wraps and longest > _RUNNING and 2 + sum(widths) + 2 * fixed > width - _RUNNING
    lines = []
    for number, row in enumerate(rows):
        cells = []
        for i in range(fixed):
            cell = row[i] if len(row[i]) <= _CELL else row[i][: _CELL - 1] + "…"
            cells.append(cell.rjust(widths[i]) if aligns[i] == "right" else cell.ljust(widths[i]))
        lead = "  " + "  ".join(cells)
        if below:
            lines.append(lead.rstrip())
            if number and row[-1]:
                lines.append(_wrap(row[-1], width, "      "))
        elif wraps and row[-1]:
            lead += "  " if cells else ""
            lines.append(_wrap(row[-1], width, lead, " " * len(lead)))
        else:
            lines.append(lead.rstrip())
    return "\n".join(lines)


def section(item: view.Section, width: int) -> str:
    levels = [b.level for b in item.blocks if isinstance(b, view.Heading)]
    top = min(levels) if levels else 1
    body = "\n\n".join(block(b, width, top) for b in item.blocks)
    return body + "\n" if item.framed else body


class PlainRenderer(BlockRenderer):
    description = "plain"

    def text(self, section_: view.Section, style: Style) -> str:
        return section(section_, style.width)


RENDERER = PlainRenderer()
