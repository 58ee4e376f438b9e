"""``--format markdown``: valid CommonMark in which article text is always inert data."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence

from tradesum.comparison import Comparison
from tradesum.errors import Failure
from tradesum.export import Report
from tradesum.summary import DocumentSummary, Result

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


def render_markdown(result: Result, *, explain: bool = False, level: int = 2) -> str:
    hashes = "#" * level
    if isinstance(result, Failure):
        message = escape(result.message)
        return f"{hashes} {escape(result.source)}\n\n**Could not read:** {message}\n\n"
    doc: DocumentSummary = result
    out = [f"{hashes} {escape(doc.title or doc.source)}", "", f"Source: `{_code(doc.source)}`", ""]
    out += [f"{hashes}# Summary", ""]
    for item in doc.summary:
        line = f"- {escape(item.text)}"
        if explain and item.score is not None:
            parts = ", ".join(f"{n} {v:.2f}" for n, v in item.parts)
            line += f" *(sentence {item.index}; score {item.score:.3f}; {parts})*"
        out.append(line)
    if doc.keywords:
        out += ["", f"{hashes}# Keywords", "", "| Keyphrase | Score |", "| --- | ---: |"]
        out += [f"| {escape(k.phrase)} | {k.score:.2f} |" for k in doc.keywords]
    if doc.figures:
        out += ["", f"{hashes}# Key figures", ""]
        out += ["| Figure | Kind | Sentence |", "| --- | --- | --- |"]
        sentences = doc.sentences
        for f in doc.figures:
            context = sentences[f.sentence_index] if f.sentence_index < len(sentences) else ""
            out.append(f"| {escape(f.text)} | {f.kind.value} | {escape(context)} |")
    out += [
        "",
        f"*{doc.sentence_count} sentences, {doc.word_count} words; summary "
        f"{len(doc.summary)} sentences, {doc.summary_word_count} words "
        f"({doc.compression:.0%}); method {doc.method}.*",
        "",
        "",
    ]
    return "\n".join(out)


def _code(text: str) -> str:
    """Text for an inline code span: backticks cannot close it early."""
    return text.replace("`", "'")


def render_comparison_markdown(
    comparison: Comparison, *, level: int = 2, shown: int = 5, same_story_only: bool = False
) -> str:
    """The comparison as Markdown: similarity matrix, groups of articles on the same
    story, then each pair (with ``same_story_only``, the details of same-story pairs
    only, as reports of many articles need), then a joint summary."""
    h = "#" * level
    docs = comparison.documents
    out = [f"{h} Documents", ""]
    out += [
        f"{i + 1}. {escape(d.title or '(no headline)')} (`{_code(d.source)}`)"
        for i, d in enumerate(docs)
    ]
    out += ["", f"{h} Similarity", ""]
    out.append("| | " + " | ".join(f"[{i + 1}]" for i in range(len(docs))) + " |")
    out.append("| --- |" + " ---: |" * len(docs))
    for i, row in enumerate(comparison.similarity):
        out.append(f"| **[{i + 1}]** | " + " | ".join(f"{v:.2f}" for v in row) + " |")
    out += ["", f"{h} Stories", ""]
    for group in comparison.groups:
        names = ", ".join(f"[{i + 1}]" for i in group)
        label = "one story" if len(group) > 1 else "alone"
        out.append(f"- {names}: {label}")
    for pair in comparison.pairs:
        if same_story_only and not pair.same_story:
            continue
        a, b = f"[{pair.a + 1}]", f"[{pair.b + 1}]"
        verdict = "same story" if pair.same_story else "different stories"
        out += ["", f"{h} {a} vs {b}: {verdict} (similarity {pair.similarity:.2f})", ""]
        rows = [
            ("Shared keywords", pair.shared_keywords),
            (f"Keywords only in {a}", pair.only_a_keywords),
            (f"Keywords only in {b}", pair.only_b_keywords),
            ("Names in both", pair.shared_names),
            (f"Names only in {a}", pair.only_a_names),
            (f"Names only in {b}", pair.only_b_names),
            (f"Figures only in {a}", tuple(f.text for f in pair.only_a_figures)),
            (f"Figures only in {b}", tuple(f.text for f in pair.only_b_figures)),
        ]
        out += [
            f"- **{escape(label)}:** {escape(', '.join(items))}" for label, items in rows if items
        ]
        if pair.figure_differences:
            out += [
                "",
                f"{h}# Figures that differ",
                "",
                f"| Kind | {a} | {b} |",
                "| --- | --- | --- |",
            ]
            for d in pair.figure_differences:
                out.append(
                    f"| {d.kind.value} | **{escape(d.a.text)}**: {escape(d.a_sentence)} "
                    f"| **{escape(d.b.text)}**: {escape(d.b_sentence)} |"
                )
        if pair.aligned:
            out += [
                "",
                f"{h}# Reported by both",
                "",
                f"| Score | {a} | {b} |",
                "| ---: | --- | --- |",
            ]
            out += [
                f"| {x.score:.2f} | {escape(x.a.text)} | {escape(x.b.text)} |"
                for x in pair.aligned[:shown]
            ]
        for label, refs in ((a, pair.only_in_a), (b, pair.only_in_b)):
            if refs:
                out += ["", f"{h}# Only in {label}", ""]
                out += [f"- {escape(r.text)}" for r in refs[:shown]]
    if comparison.joint_summary:
        out += ["", f"{h} Joint summary", ""]
        out += [f"- {escape(r.text)} *[{r.doc + 1}]*" for r in comparison.joint_summary]
    return "\n".join(out) + "\n"


def render_report_markdown(report: Report, *, links: Sequence[str] | None = None) -> str:
    """A whole export: front matter, contents, each article, comparisons, failures.

    With ``links`` (one file name per article) the articles are linked, not included:
    the index page of a ``--split`` export.
    """
    front = ["---", *(f"{key}: {json.dumps(value)}" for key, value in report.settings)]
    front.append("sources:")
    front += [f"  - {json.dumps(r.source)}" for r in report.results]
    front += ["---", ""]
    out = [*front, "# Trade news brief", ""]
    summaries = report.summaries
    out += ["## Contents", ""]
    entries = [
        f"[{escape(doc.title or doc.source)}]({links[i]})"
        if links
        else escape(doc.title or doc.source)
        for i, doc in enumerate(summaries)
    ]
    if report.comparison is not None:
        entries.append("Comparison")
    if report.failures:
        entries.append("Could not read")
    out += [f"{i + 1}. {entry}" for i, entry in enumerate(entries)]
    out.append("")
    if not links:
        for doc in summaries:
            out.append(render_markdown(doc, level=2))
    if report.comparison is not None:
        comparison = render_comparison_markdown(report.comparison, level=2, same_story_only=True)
        out += ["# Comparison", "", comparison]
    if report.failures:
        out += ["# Could not read", ""]
        out += [f"- `{_code(f.source)}`: {escape(f.message)}" for f in report.failures]
        out.append("")
    return "\n".join(out).rstrip("\n") + "\n"
