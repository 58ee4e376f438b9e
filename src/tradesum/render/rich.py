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

from tradesum.comparison import Comparison
from tradesum.errors import Failure
from tradesum.summary import DocumentSummary, Result


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


def render_comparison_rich(comparison: Comparison, *, width: int, shown: int = 5) -> RenderableType:
    """Similarity table, then per pair what both report and what each adds: side by side
    when the terminal is at least 120 columns wide, stacked when narrower."""
    docs = comparison.documents
    parts: list[RenderableType] = []
    matrix = Table(title="Similarity", box=box.SIMPLE_HEAD, title_justify="left")
    matrix.add_column("Document")
    for i in range(len(docs)):
        matrix.add_column(f"[{i + 1}]", justify="right")
    for i, row in enumerate(comparison.similarity):
        cell = Text(f"[{i + 1}] {docs[i].title or docs[i].source}")
        cell.truncate(60, overflow="ellipsis")
        matrix.add_row(cell, *(f"{v:.2f}" for v in row))
    parts.append(matrix)

    for pair in comparison.pairs:
        a, b = f"[{pair.a + 1}]", f"[{pair.b + 1}]"
        verdict = (
            Text("same story", style="green")
            if pair.same_story
            else Text("different stories", style="red")
        )
        head = Text(f"{a} vs {b}: similarity {pair.similarity:.2f}, ", style="bold")
        head.append_text(verdict)
        body: list[RenderableType] = [head]
        facts = Table.grid(padding=(0, 1))
        facts.add_column(style="bold", no_wrap=True)
        facts.add_column()
        for label, items in (
            ("Shared keywords", pair.shared_keywords),
            ("Names in both", pair.shared_names),
            (f"Names only in {a}", pair.only_a_names),
            (f"Names only in {b}", pair.only_b_names),
            (f"Figures only in {a}", tuple(f.text for f in pair.only_a_figures)),
            (f"Figures only in {b}", tuple(f.text for f in pair.only_b_figures)),
        ):
            if items:
                facts.add_row(label, Text(", ".join(items)))
        for d in pair.figure_differences:
            facts.add_row(f"{d.kind.value} differs", Text(f"{a} {d.a.text}  vs  {b} {d.b.text}"))
        body.append(facts)
        only_a = _bullets(f"Only in {a}", [r.text for r in pair.only_in_a[:shown]])
        only_b = _bullets(f"Only in {b}", [r.text for r in pair.only_in_b[:shown]])
        if width >= 120:
            grid = Table.grid(expand=True, padding=(0, 2))
            grid.add_column(ratio=1)
            grid.add_column(ratio=1)
            grid.add_row(only_a, only_b)
            body.append(grid)
        else:
            body += [only_a, only_b]
        if pair.aligned:
            body.append(
                _bullets(
                    "Reported by both",
                    [f"({x.score:.2f}) {x.b.text}" for x in pair.aligned[:shown]],
                )
            )
        parts.append(Panel(Group(*body), box=box.ROUNDED, border_style="blue"))

    if comparison.joint_summary:
        parts.append(
            _bullets("Joint summary", [f"[{r.doc + 1}] {r.text}" for r in comparison.joint_summary])
        )
    return Group(*parts)


def _bullets(title: str, items: list[str]) -> RenderableType:
    lines: list[RenderableType] = [Text(title, style="bold underline")]
    lines += [Text("• ", style="cyan") + Text(item) for item in items]
    if not items:
        lines.append(Text("(nothing)", style="dim"))
    return Group(*lines)
