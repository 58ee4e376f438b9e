"""Markdown: read through markdown-it-py's token stream, so setext headings, reference
links, tables, lists and inline markup come out as running text, never as markup; YAML
front matter (``title:``, ``date:``) read with a YAML library."""

from __future__ import annotations

import datetime as _dt
from typing import Any

from tradesum.inputs import dates
from tradesum.inputs.decoding import clean_text, decode, squash
from tradesum.inputs.kind import Article, InputKind, finish

#: Inline tokens whose text is not running text.
_SKIPPED_INLINE = frozenset({"image", "html_inline"})
#: Block tokens whose content is not running text.
_SKIPPED_BLOCKS = frozenset({"fence", "code_block", "html_block"})


def read(data: bytes, source: str) -> list[Article]:
    text = decode(data, source=source).replace("\r\n", "\n").replace("\r", "\n")
    meta, body = front_matter(text)
    title = _meta_text(meta.get("title"))
    blocks = _blocks(body)
    if title is None and blocks and blocks[0][0]:
        title = blocks.pop(0)[1]
    date = _meta_date(meta.get("date"))
    return [
        finish(
            source,
            title,
            tuple(text for _, text in blocks),
            date=date,
            date_source="front matter" if date else None,
            author=_meta_text(meta.get("author")),
        )
    ]


def front_matter(text: str) -> tuple[dict[str, Any], str]:
    """The YAML front matter between a first line ``---`` and a line ``---`` or ``...``
    (as a mapping; empty when absent or not a mapping), and the text after it."""
    lines = text.split("\n")
    if not lines or lines[0].rstrip() != "---":
        return {}, text
    for end, line in enumerate(lines[1:], start=1):
        if line.rstrip() in ("---", "..."):
            import yaml

            try:
                meta = yaml.safe_load("\n".join(lines[1:end]))
            except yaml.YAMLError:
                meta = None
            rest = "\n".join(lines[end + 1 :])
            return (meta if isinstance(meta, dict) else {}), rest
    return {}, text


def _blocks(text: str) -> list[tuple[bool, str]]:
    """The text blocks of a Markdown body as (is a heading, cleaned text), in order:
    headings, paragraphs (also inside lists and quotes) and table rows."""
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").enable("table").parse(_inert_brackets(text))
    out: list[tuple[bool, str]] = []
    row: list[str] = []
    heading = False
    previous = ""
    for token in tokens:
        in_cell, previous = previous in ("th_open", "td_open"), token.type
        if token.type in _SKIPPED_BLOCKS:
            continue
        if token.type == "heading_open":
            heading = True
        elif token.type == "heading_close":
            heading = False
        elif token.type == "tr_open":
            row = []
        elif token.type == "tr_close":
            cells = [c for c in row if c]
            if cells:
                out.append((False, "; ".join(cells)))
        elif token.type == "inline":
            words = squash(clean_text(_inline_text(token.children or []), entities=False))
            if in_cell:
                row.append(words)
            elif words:
                out.append((heading, words))
    return out


#: Unmatched opening brackets up to which a text is parsed as it is.
_BRACKETS = 64
_RUN = "[" * _BRACKETS


def _inert_brackets(text: str) -> str:
    """Escape the ``[`` that no later ``]`` closes, when there are many of them.

    Such a bracket can open no link or image, so escaped it reads the same; but
    markdown-it tries a link at every one, which made a page of ``[`` ten times slower
    than ordinary Markdown of its size. One pass with a stack: linear.
    """
    if text.count("[") - text.count("]") < _BRACKETS and _RUN not in text:
        return text
    open_at: list[int] = []
    escaped = False
    for position, char in enumerate(text):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == "[":
            open_at.append(position)
        elif char == "]" and open_at:
            open_at.pop()
    if len(open_at) < _BRACKETS:
        return text
    parts, start = [], 0
    for position in open_at:
        parts += [text[start:position], "\\["]
        start = position + 1
    parts.append(text[start:])
    return "".join(parts)


def _inline_text(children: list[Any]) -> str:
    parts: list[str] = []
    for child in children:
        if child.type in _SKIPPED_INLINE:
            continue
        if child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif child.type in ("text", "code_inline"):
            parts.append(child.content)
    return "".join(parts)


def _meta_text(value: Any) -> str | None:
    if value is None or isinstance(value, dict | list):
        return None
    text = squash(clean_text(str(value), entities=False))
    return text or None


def _meta_date(value: Any) -> str | None:
    """A front-matter date (a YAML date, or a string that is one) as ``YYYY-MM-DD``."""
    return dates.normalise(value) if isinstance(value, _dt.date | str) else None


KIND = InputKind(
    "markdown",
    read,
    suffixes=(".md", ".markdown"),
    media_types=("text/markdown", "text/x-markdown"),
)
