"""``--format rich``: a panel per article for the terminal.

Article text only ever enters Rich as :class:`rich.text.Text` built from plain strings,
never as markup, so ``[bold red]`` in an article is shown as typed.
"""

from __future__ import annotations

from rich import box
from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from tradesum.errors import Failure
from tradesum.render.data import Result
from tradesum.summarize import DocumentSummary


def render_rich(result: Result, *, explain: bool = False) -> RenderableType:
    if isinstance(result, Failure):
        return Panel(
            Text(result.message, style="red"),
            title=Text(result.source),
            title_align="left",
            border_style="red",
            box=box.ROUNDED,
        )
    doc: DocumentSummary = result
    parts: list[RenderableType] = []
    headline = Text(doc.title or "(no headline)", style="bold")
    parts.append(headline)
    parts.append(Text(doc.source, style="dim"))
    parts.append(Text())

    phrases = [k.phrase for k in doc.keywords]
    for item in doc.summary:
        line = Text("• ", style="cyan")
        body = Text(item.text)
        body.highlight_words(phrases, style="bold yellow", case_sensitive=False)
        line.append_text(body)
        parts.append(line)
        if explain:
            parts.append(_explain_line(item.index, item.score, item.parts))

    if doc.keywords:
        table = Table(box=box.SIMPLE_HEAD, show_edge=False, expand=False, pad_edge=False)
        table.add_column("Keyphrase")
        table.add_column("Score", justify="right")
        for keyword in doc.keywords:
            table.add_row(Text(keyword.phrase), f"{keyword.score:.2f}")
        parts += [Text(), table]

    if doc.figures:
        figures = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
        figures.add_column("Figure", no_wrap=True)
        figures.add_column("Kind")
        figures.add_column("Sentence", justify="right")
        for figure in doc.figures:
            figures.add_row(Text(figure.text), figure.kind.value, str(figure.sentence_index))
        parts += [figures]

    stats = Text(
        f"{doc.sentence_count} sentences · {doc.word_count} words → "
        f"{len(doc.summary)} sentences · {doc.summary_word_count} words "
        f"({doc.compression:.0%}) · method {doc.method}",
        style="dim",
    )
    parts += [Text(), stats]
    return Panel(Group(*parts), box=box.ROUNDED, border_style="blue", padding=(0, 1))


def _explain_line(index: int, score: float | None, parts: tuple[tuple[str, float], ...]) -> Text:
    if score is None:
        return Text(f"   sentence {index}; this method exposes no scores", style="dim")
    detail = ", ".join(f"{name} {value:.2f}" for name, value in parts)
    return Text(f"   sentence {index}; score {score:.3f}: {detail}", style="dim")
