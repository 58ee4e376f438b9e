"""``--format plain``: readable text with no colour or markup, for pipes and logs."""

from __future__ import annotations

import textwrap

from tradesum.errors import Failure
from tradesum.render.data import Result
from tradesum.summarize import DocumentSummary


def render_plain(result: Result, *, explain: bool = False, width: int = 88) -> str:
    if isinstance(result, Failure):
        return f"== {result.source}\nerror: {result.message}\n\n"
    doc: DocumentSummary = result
    lines = [f"== {doc.title or '(no headline)'}", f"   {doc.source}", "", "Summary:"]
    for item in doc.summary:
        wrapped = textwrap.fill(
            item.text, width=width, initial_indent="  - ", subsequent_indent="    "
        )
        lines.append(wrapped)
        if explain:
            lines.append(f"    [sentence {item.index}; {_explain(item.score, item.parts)}]")
    if doc.keywords:
        lines += ["", "Keywords: " + ", ".join(f"{k.phrase} ({k.score:.2f})" for k in doc.keywords)]
    if doc.figures:
        lines += ["", "Figures:"]
        lines += [f"  {f.text} [{f.kind.value}, sentence {f.sentence_index}]" for f in doc.figures]
    lines += [
        "",
        f"Stats: {doc.sentence_count} sentences, {doc.word_count} words; summary "
        f"{len(doc.summary)} sentences, {doc.summary_word_count} words "
        f"({doc.compression:.0%}); method {doc.method}",
        "",
        "",
    ]
    return "\n".join(lines)


def _explain(score: float | None, parts: tuple[tuple[str, float], ...]) -> str:
    head = "score n/a (this method exposes no scores)" if score is None else f"score {score:.3f}"
    return head + "".join(f", {name} {value:.2f}" for name, value in parts)
