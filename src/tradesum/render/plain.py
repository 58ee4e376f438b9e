"""``--format plain``: readable text with no colour or markup, for pipes and logs."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence

from tradesum.comparison import Comparison
from tradesum.errors import Failure
from tradesum.summary import DocumentSummary, Result


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


#: How many "only in" sentences and alignments the text formats show per pair.
SHOWN = 5


def render_comparison_plain(comparison: Comparison, *, width: int = 88) -> str:
    docs = comparison.documents
    lines = ["== Documents"]
    lines += [f"  [{i + 1}] {d.title or '(no headline)'} ({d.source})" for i, d in enumerate(docs)]
    lines += ["", "== Similarity"]
    header = "      " + "".join(f"{f'[{i + 1}]':>8}" for i in range(len(docs)))
    lines.append(header)
    for i, row in enumerate(comparison.similarity):
        lines.append(f"  {f'[{i + 1}]':<4}" + "".join(f"{v:>8.2f}" for v in row))
    stories = "; ".join(" ".join(f"[{i + 1}]" for i in group) for group in comparison.groups)
    lines += ["", f"== Stories (same-story groups): {stories}"]
    for pair in comparison.pairs:
        a, b = f"[{pair.a + 1}]", f"[{pair.b + 1}]"
        verdict = "same story" if pair.same_story else "different stories"
        lines += ["", f"== {a} vs {b}: similarity {pair.similarity:.2f}, {verdict}"]
        lines += _list_line("Shared keywords", pair.shared_keywords)
        lines += _list_line(f"Keywords only in {a}", pair.only_a_keywords)
        lines += _list_line(f"Keywords only in {b}", pair.only_b_keywords)
        lines += _list_line("Names in both", pair.shared_names)
        lines += _list_line(f"Names only in {a}", pair.only_a_names)
        lines += _list_line(f"Names only in {b}", pair.only_b_names)
        lines += _list_line(f"Figures only in {a}", [f.text for f in pair.only_a_figures])
        lines += _list_line(f"Figures only in {b}", [f.text for f in pair.only_b_figures])
        if pair.figure_differences:
            lines.append("Figures that differ:")
            for d in pair.figure_differences:
                lines.append(f"  {d.kind.value}: {a} {d.a.text} vs {b} {d.b.text}")
                lines.append(_wrap(f"{a} {d.a_sentence}", width, "    "))
                lines.append(_wrap(f"{b} {d.b_sentence}", width, "    "))
        if pair.aligned:
            lines.append("Reported by both:")
            for x in pair.aligned[:SHOWN]:
                lines.append(_wrap(f"({x.score:.2f}) {a} {x.a.text}", width, "  - "))
                lines.append(_wrap(f"{b} {x.b.text}", width, "    "))
        for label, refs in ((a, pair.only_in_a), (b, pair.only_in_b)):
            if refs:
                lines.append(f"Only in {label}:")
                lines += [_wrap(r.text, width, "  - ") for r in refs[:SHOWN]]
    if comparison.joint_summary:
        lines += ["", "== Joint summary"]
        lines += [_wrap(f"[{r.doc + 1}] {r.text}", width, "  - ") for r in comparison.joint_summary]
    return "\n".join(lines) + "\n"


def _list_line(label: str, items: Sequence[str]) -> list[str]:
    return [f"{label}: {', '.join(items)}"] if items else []


def _wrap(text: str, width: int, indent: str) -> str:
    return textwrap.fill(
        text, width=width, initial_indent=indent, subsequent_indent=" " * len(indent)
    )
