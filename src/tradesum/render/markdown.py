"""``--format markdown``: valid CommonMark in which article text is always inert data."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tradesum import view
from tradesum.render import Style
from tradesum.render.blocks import BlockRenderer
from tradesum.summary import Result

if TYPE_CHECKING:
    from tradesum.comparison import Comparison
    from tradesum.export import Report

# Characters that open or close inline Markdown/HTML anywhere in a line: code,
# emphasis, links and images, raw HTML and autolinks, entities, table cells, headings'
# closing hashes, strikethrough. Escaping them with a backslash makes them literal.
_INLINE = re.compile(r"([\\`*_\[\]<>|#&~])")
# Characters that only act at the start of a block: list items, quotes, setext rules.
_LEADING = re.compile(r"^(\d{1,9})([.)])(?=\s|$)|^([-+=>])")


def escape(text: str) -> str:
    """Make arbitrary text literal in Markdown: no emphasis, links, HTML or tables.

    Newlines are folded so the text stays inside its paragraph, list item or table
    cell whatever it holds; what CommonMark would interpret is backslash-escaped.
    """
    flat = _INLINE.sub(r"\\\1", " ".join(text.split()))
    return _LEADING.sub(lambda m: f"{m[1]}\\{m[2]}" if m[1] else f"\\{m[3]}", flat)


def _code(text: str) -> str:
    """Text for an inline code span: nothing can close it early or break its line."""
    return " ".join(text.replace("`", "'").split())


def inline(value: view.Text) -> str:
    out = []
    for span in value.spans:
        if span.style == "label":
            out.append(span.text)
        elif span.style == "tag":
            out.append(f"*{span.text}*")
        elif span.style == "code":
            out.append(f"`{_code(span.text)}`")
        elif span.style == "strong":
            out.append(f"**{escape(span.text)}**")
        elif span.style == "em":
            out.append(f"*{escape(span.text)}*")
        elif span.style == "link" and span.target:
            out.append(f"[{escape(span.text)}]({_link(span.target)})")
        else:
            out.append(_escaped_span(span.text))
    return "".join(out)


def _escaped_span(value: str) -> str:
    """A span of data escaped, keeping one space where it starts or ends with some
    (spans are parts of one line)."""
    lead = " " if value[:1].isspace() else ""
    trail = " " if value[-1:].isspace() and value.strip() else ""
    return lead + escape(value) + trail


def _link(target: str) -> str:
    """A link target that cannot end the link early or smuggle markup."""
    return re.sub(r"[^\w./-]", lambda m: "".join(f"%{b:02X}" for b in m.group().encode()), target)


def block(item: view.Block) -> str:
    """One block as Markdown, without a trailing newline."""
    if isinstance(item, view.Heading):
        return f"{'#' * item.level} {inline(item.text)}"
    if isinstance(item, view.Field):
        return f"{item.label}: {inline(item.value)}"
    if isinstance(item, view.Bullets):
        if item.numbered:
            return "\n".join(f"{i}. {inline(t)}" for i, t in enumerate(item.items, start=1))
        return "\n".join(f"- {inline(t)}" for t in item.items)
    if isinstance(item, view.Facts):
        return "\n".join(f"- **{escape(name)}:** {inline(value)}" for name, value in item.rows)
    if isinstance(item, view.Grid):
        return _grid(item)
    if isinstance(item, view.Note):
        return f"*{inline(item.text)}*"
    if isinstance(item, view.Paragraphs):
        return "\n\n".join(escape(p) for p in item.items)
    if isinstance(item, view.Meta):
        return _front_matter(item)
    return section(item)


def _row(cells: list[str]) -> str:
    return "|" + "|".join(f" {c} " if c else " " for c in cells) + "|"


def _grid(grid: view.Grid) -> str:
    aligns = grid.align or ("left",) * len(grid.columns)
    lines = [
        _row(list(grid.columns)),
        "| " + " | ".join("---:" if a == "right" else "---" for a in aligns) + " |",
    ]
    for cells in grid.rows:
        shown = [inline(c) for c in cells]
        if grid.row_labels and shown:
            shown[0] = f"**{shown[0]}**"
        lines.append(_row(shown))
    return "\n".join(lines)


def _front_matter(meta: view.Meta) -> str:
    """YAML front matter, written by a YAML library so that any value round-trips;
    every value double-quoted, so none is read back as a number or a date."""
    import yaml

    class Key(str):
        pass

    class Dumper(yaml.SafeDumper):
        def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
            super().increase_indent(flow, False)  # list items indented under their key

    def quoted(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style='"')

    def plain(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
        return dumper.represent_scalar("tag:yaml.org,2002:str", str(value))

    Dumper.add_representer(str, quoted)
    Dumper.add_representer(Key, plain)
    data = {Key(k): v for k, v in meta.settings} | {Key("sources"): list(meta.sources)}
    dumped = yaml.dump(data, Dumper=Dumper, allow_unicode=True, sort_keys=False, width=10_000)
    return f"---\n{dumped}---"


def section(item: view.Section) -> str:
    """A section's blocks, a blank line apart; an article (a framed section) is followed
    by one more blank line, setting articles apart in a report."""
    body = "\n\n".join(block(b) for b in item.blocks)
    return body + "\n" if item.framed else body


class MarkdownRenderer(BlockRenderer):
    description = "markdown"

    def text(self, section_: view.Section, style: Style) -> str:
        return section(section_)


RENDERER = MarkdownRenderer()


def render_markdown(result: Result, *, explain: bool = False, level: int = 2) -> str:
    """One article as Markdown (``level``: its heading's level; 1 for a file of its own)."""
    return section(view.document_view(result, explain=explain, level=level)) + "\n"


def render_comparison_markdown(comparison: Comparison) -> str:
    return RENDERER.comparison(comparison, Style())


def render_report_markdown(report: Report, *, links: list[str] | None = None) -> str:
    """A report; with ``links``, the index page of a split export."""
    return section(view.report_view(report, links=links)).rstrip("\n") + "\n"
