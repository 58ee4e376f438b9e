"""``--format rich``: a panel per article for the terminal, from the same view blocks.

Article text only ever enters Rich as :class:`rich.text.Text` built from plain strings,
never as markup, so ``[bold red]`` in an article is shown as typed. Output is rendered
to a string (with colour only on a terminal that wants it) and written by the caller,
so a closed pipe ends like any other.
"""

from __future__ import annotations

from io import StringIO

from rich import box
from rich.console import Console, Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text as RichText

from tradesum import view
from tradesum.render import Style
from tradesum.render.blocks import BlockRenderer

_STYLES = {"strong": "bold", "em": "italic", "tag": "italic", "code": "cyan", "link": "underline"}


def rich_text(value: view.Text, base: str = "") -> RichText:
    out = RichText(style=base)
    for span in value.spans:
        out.append(span.text, style=_STYLES.get(span.style, ""))
    return out


def block(item: view.Block, top: int, width: int) -> RenderableType:
    if isinstance(item, view.Heading):
        return rich_text(item.text, "bold" if item.level <= top else "bold underline")
    if isinstance(item, view.Field):
        return RichText(f"{item.label}: ", style="dim") + rich_text(item.value, "dim")
    if isinstance(item, view.Bullets):
        lines: list[RenderableType] = []
        for number, value in enumerate(item.items, start=1):
            body = rich_text(value)
            if item.highlight:
                body.highlight_words(item.highlight, style="bold yellow", case_sensitive=False)
            mark = f"{number}. " if item.numbered else "• "
            lines.append(RichText(mark, style="cyan") + body)
        return Group(*lines)
    if isinstance(item, view.Facts):
        grid = Table.grid(padding=(0, 1))
        grid.add_column(style="bold", no_wrap=True)
        grid.add_column()
        for name, value in item.rows:
            grid.add_row(name, rich_text(value))
        return grid
    if isinstance(item, view.Grid):
        table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
        aligns = item.align or ("left",) * len(item.columns)
        for name, align in zip(item.columns, aligns, strict=True):
            table.add_column(name, justify="right" if align == "right" else "left")
        for row in item.rows:
            cells = [rich_text(c) for c in row]
            if item.row_labels and cells:
                cells[0].stylize("bold")
            table.add_row(*cells)
        return table
    if isinstance(item, view.Note):
        return rich_text(item.text, "dim")
    if isinstance(item, view.Paragraphs):
        return RichText("\n\n".join(item.items))
    if isinstance(item, view.Meta):
        return RichText("; ".join(f"{k}: {v}" for k, v in item.settings), style="dim")
    return section(item, width)


def section(item: view.Section, width: int) -> RenderableType:
    levels = [b.level for b in item.blocks if isinstance(b, view.Heading)]
    top = min(levels) if levels else 1
    parts: list[RenderableType] = []
    for b in item.blocks:
        if parts and not isinstance(b, view.Field | view.Section):
            parts.append(RichText())
        parts.append(block(b, top, width))
    if not item.framed:
        return Group(*parts)
    return Panel(
        Group(*parts),
        box=box.ROUNDED,
        border_style="red" if item.failed else "blue",
        padding=(0, 1),
    )


def to_text(renderable: RenderableType, style: Style) -> str:
    """A Rich renderable as text: ANSI colour only when ``style.color``."""
    buffer = StringIO()
    console = Console(
        file=buffer,
        width=style.width,
        force_terminal=style.color,
        color_system="auto" if style.color else None,
        markup=False,
        emoji=False,
        highlight=False,
        soft_wrap=False,
    )
    console.print(renderable)
    return buffer.getvalue()


class RichRenderer(BlockRenderer):
    description = "rich (panels and tables)"

    def text(self, section_: view.Section, style: Style) -> str:
        return to_text(section(section_, style.width), style)


RENDERER = RichRenderer()
