"""Plain text: a headline line when the first line looks like one, then paragraphs
(blank-line separated; hard-wrapped newswire lines joined)."""

from __future__ import annotations

import re

from tradesum.inputs.decoding import clean_text, decode, squash
from tradesum.inputs.kind import Article, InputKind, finish


def read(data: bytes, source: str) -> list[Article]:
    return [from_text(clean_text(decode(data, source=source)), source)]


def from_text(cleaned: str, source: str, **meta: str | None) -> Article:
    """An article from cleaned text: headline line, body paragraphs."""
    title, body = split_headline(cleaned)
    return finish(source, title, paragraphs(body), **meta)


def split_headline(text: str) -> tuple[str | None, str]:
    """Take the first line as the headline when it looks like one.

    A headline stands alone on the first line, is short, and does not end like a
    sentence of running text; the body follows it.
    """
    stripped = text.strip("\n ")
    first, sep, rest = stripped.partition("\n")
    first = first.strip()
    if not sep or not rest.strip() or not first:
        return None, stripped
    words = first.split()
    looks_like_headline = len(words) <= 30 and len(first) <= 250 and first[-1] not in ".,;:"
    stands_alone = rest.startswith("\n") or len(words) <= 20
    if looks_like_headline and stands_alone:
        return first, rest
    return None, stripped


#: Lines of hard-wrapped copy are at most this long ...
WRAP_WIDTH = 100
#: ... all but this share of them, before the block's last line.
WRAPPED_SHARE = 0.9
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
_INDENTED = re.compile(r"\s{2,}\S")


def paragraphs(body: str) -> tuple[str, ...]:
    """Split a body into paragraphs.

    Blank lines always separate paragraphs. Inside a block, hard-wrapped text (short
    lines, as in newswire copy: at least :data:`WRAPPED_SHARE` of the lines before the
    last, so that a line where the copy lost a line break does not undo the rest) is
    joined, with an indented line starting a new paragraph; otherwise each line is a
    paragraph of its own.
    """
    out: list[str] = []
    for block in _BLANK_LINE.split(body):
        lines = [line for line in block.split("\n") if line.strip()]
        if not lines:
            continue
        short = sum(len(line.rstrip()) <= WRAP_WIDTH for line in lines[:-1])
        wrapped = len(lines) >= 2 and short >= WRAPPED_SHARE * (len(lines) - 1)
        if not wrapped:
            out.extend(squash(line) for line in lines)
            continue
        current: list[str] = []
        for line in lines:
            if current and _INDENTED.match(line):
                out.append(squash(" ".join(current)))
                current = []
            current.append(line)
        out.append(squash(" ".join(current)))
    return tuple(p for p in out if p)


KIND = InputKind("text", read, suffixes=(".txt",), media_types=("text/plain",))
