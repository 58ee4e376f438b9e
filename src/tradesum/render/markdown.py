"""``--format markdown``: valid CommonMark in which article text is always inert data."""

from __future__ import annotations

import re

from tradesum.errors import Failure
from tradesum.render.data import Result
from tradesum.summarize import DocumentSummary

# Characters that open or close inline Markdown/HTML anywhere in a line: code,
# emphasis, links and images, raw HTML and autolinks, entities, table cells, headings'
# closing hashes, strikethrough. Escaping them with a backslash makes them literal.
_INLINE = re.compile(r"([\\`*_\[\]<>|#&~])")
# Characters that only act at the start of a block: list items, quotes, setext rules.
_LEADING = re.compile(r"^(\d{1,9})([.)])|^([-+=>])")


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
