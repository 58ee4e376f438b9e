"""Loading documents: files, folders and stdin, decoded and cleaned into an :class:`Article`.

Everything that touches bytes, encodings, HTML or Markdown lives here, so the rest of
tradesum only ever sees clean Unicode text split into a headline and paragraphs.
"""

from __future__ import annotations

import html
import os
import re
import sys
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from tradesum.errors import Failure, InputError, UsageError

#: File suffixes read when a folder is given.
SUPPORTED_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
#: Inputs larger than this are refused unless the caller raises the limit.
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
STDIN = "-"


@dataclass(frozen=True, slots=True)
class Article:
    """A decoded, cleaned article: an optional headline and its body paragraphs."""

    source: str
    title: str | None
    paragraphs: tuple[str, ...]

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)


# --------------------------------------------------------------------------- sources


def iter_sources(inputs: Sequence[str], *, recursive: bool = False) -> Iterator[str | Failure]:
    """Expand command-line inputs into the sources to read, in a stable order.

    Files are yielded as given; folders yield their supported files sorted by path
    (hidden files and folders skipped, symlinked folders not followed when recursing
    so that link loops cannot trap the walk). ``-`` stands for stdin. A missing path
    or a folder with nothing readable yields a :class:`Failure` in its place.
    """
    for item in inputs:
        if item == STDIN:
            yield STDIN
            continue
        path = Path(item)
        if path.is_dir():
            found = sorted(_walk(path, recursive=recursive))
            if not found:
                where = " or below it" if recursive else ""
                hint = "" if recursive else " (add --recursive to look in sub-folders)"
                kinds = "/".join(SUPPORTED_SUFFIXES)
                yield Failure(item, f"no {kinds} files in this folder{where}{hint}")
            else:
                yield from (str(p) for p in found)
        elif path.exists():
            yield item
        else:
            yield Failure(item, "no such file or folder; check the path")


def _walk(folder: Path, *, recursive: bool) -> Iterator[Path]:
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        try:
            if entry.is_file() and entry.name.lower().endswith(SUPPORTED_SUFFIXES):
                yield Path(entry.path)
            elif recursive and entry.is_dir(follow_symlinks=False):
                yield from _walk(Path(entry.path), recursive=True)
        except OSError:
            continue


def load(source: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    """Read, decode and parse one source (a path, or ``-`` for stdin)."""
    data = read_bytes(source, max_bytes=max_bytes)
    name = display_name(source)
    text = decode(data, source=name)
    return parse(text, source=name, kind=_kind_of(source, text))


def display_name(source: str) -> str:
    """How a source is named in output and messages (``-`` is shown as ``<stdin>``)."""
    return "<stdin>" if source == STDIN else source


def load_all(
    inputs: Sequence[str], *, recursive: bool = False, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Article | Failure]:
    """Load every source that ``inputs`` names; failures are yielded, not raised."""
    for source in iter_sources(inputs, recursive=recursive):
        if isinstance(source, Failure):
            yield source
            continue
        try:
            yield load(source, max_bytes=max_bytes)
        except InputError as exc:
            yield Failure.of(display_name(source), exc)


def read_bytes(source: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    if max_bytes <= 0:
        raise UsageError("the size limit must be a positive number of bytes")
    limit_hint = f"larger than the {max_bytes // (1024 * 1024)} MB limit; raise it with --max-size"
    if source == STDIN:
        data = sys.stdin.buffer.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise InputError(f"input is {limit_hint}", source="<stdin>")
        return data
    path = Path(source)
    try:
        if path.is_dir():
            raise InputError("is a folder, not a file", source=source)
        if path.stat().st_size > max_bytes:
            raise InputError(f"file is {limit_hint}", source=source)
        with path.open("rb") as handle:
            return handle.read(max_bytes + 1)
    except PermissionError:
        raise InputError("permission denied; check the file's permissions", source=source) from None
    except FileNotFoundError:
        raise InputError("no such file or folder; check the path", source=source) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", source=source) from None


# --------------------------------------------------------------------------- decoding

_MAGIC = {
    b"%PDF": "a PDF file",
    b"\x89PNG": "a PNG image",
    b"GIF8": "a GIF image",
    b"\xff\xd8\xff": "a JPEG image",
    b"PK\x03\x04": "a ZIP archive (or .docx/.xlsx)",
    b"\x1f\x8b": "a gzip archive",
    b"\xd0\xcf\x11\xe0": "an old Office document",
    b"\x7fELF": "a program",
}
_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


def decode(data: bytes, *, source: str = "<text>") -> str:
    """Decode bytes to text: BOMs first, then strict UTF-8, then a detector.

    Binary files (known magic numbers, NUL bytes that are not UTF-16) are refused
    with an :class:`InputError` rather than decoded into garbage.
    """
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise InputError(
                f"looks like {what}, not text; convert it to .txt, .md or .html first",
                source=source,
            )
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding.replace("-sig", ""))
            except UnicodeDecodeError:
                raise InputError(
                    f"starts with a {encoding} byte-order mark but is not valid {encoding}; "
                    "re-save it as UTF-8",
                    source=source,
                ) from None
    utf16 = _sniff_utf16(data)
    if utf16:
        try:
            text = data.decode(utf16)
            if _looks_like_text(text):
                return text
        except UnicodeDecodeError:
            pass
    if b"\x00" in data:
        raise InputError(
            "contains NUL bytes: a binary file, not text; convert it to .txt first",
            source=source,
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = _detect(data, source)
    if not _looks_like_text(text):
        raise InputError(
            "is full of control bytes: a binary file, not text; convert it to .txt first",
            source=source,
        )
    return text


def _sniff_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: ASCII-heavy text has a NUL in every other byte."""
    sample = data[:4096]
    if len(sample) < 16:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def _looks_like_text(text: str) -> bool:
    """Decoded text is mostly letters, digits, punctuation and spaces, with few controls."""
    sample = text[:4096]
    if not sample:
        return True
    controls = sum(1 for c in sample if ord(c) < 32 and c not in "\n\r\t\f\x1b\x07")
    return controls <= 0.02 * len(sample)


def _detect(data: bytes, source: str) -> str:
    """Decode non-UTF-8 bytes with the encoding charset-normalizer finds most coherent.

    On short texts several single-byte code pages decode equally well (a tie in
    charset-normalizer's "chaos" measure); among the tied ones we take Windows-1252, the
    legacy encoding of English news (a superset of Latin-1's printable characters),
    whenever it is one of them, rather than an arbitrary East European or DOS page.
    """
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data))
    if not matches:
        raise InputError(
            "is not valid UTF-8 and its encoding could not be detected; re-save it as UTF-8",
            source=source,
        )
    least = min(m.chaos for m in matches)
    tied = [m for m in matches if m.chaos <= least + 0.01]
    if any("cp1252" in m.could_be_from_charset for m in tied):
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            pass
    return str(tied[0])


# --------------------------------------------------------------------------- cleaning

_ANSI = re.compile(
    r"""
    \x1b\][^\x07\x1b]*(?:\x07|\x1b\\)   # OSC ... BEL or ST (hyperlinks, titles)
    | \x1b\[[0-?]*[ -/]*[@-~]           # CSI sequences (colours, cursor moves)
    | \x1b[@-Z\\-_]                     # other two-byte escapes
    | \x9b[0-?]*[ -/]*[@-~]             # 8-bit CSI
    """,
    re.VERBOSE,
)
# C0/C1 controls except tab and newline, DEL, and invisible format characters that can
# reorder or hide text on a terminal (bidi overrides, zero-width characters).
_CONTROL = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]"
)


def clean_text(text: str) -> str:
    """Normalise line ends, unescape entities, remove escapes and control characters."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _ANSI.sub("", text)
    text = html.unescape(text)
    text = _ANSI.sub("", text)  # entities may have hidden escape sequences
    text = text.replace("\t", " ").replace("\u00a0", " ")
    text = _CONTROL.sub("", text)
    return unicodedata.normalize("NFC", text)


# --------------------------------------------------------------------------- parsing


def _kind_of(source: str, text: str) -> str:
    suffix = Path(source).suffix.lower() if source != STDIN else ""
    if suffix in (".html", ".htm"):
        return "html"
    if suffix in (".md", ".markdown"):
        return "markdown"
    if not suffix and re.match(r"\s*(<!doctype html|<html|<head|<body|<article)", text, re.I):
        return "html"
    return "text"


def parse(text: str, *, source: str = "<text>", kind: str = "text") -> Article:
    """Turn decoded text of the given kind ("text", "markdown" or "html") into an Article."""
    if kind == "html":
        title, blocks = _parse_html(text)
        paragraphs = tuple(p for p in (_squash(clean_text(b)) for b in blocks) if p)
        if title:
            title = _squash(clean_text(title)) or None
        if title and paragraphs and _squash(paragraphs[0]) == title:
            paragraphs = paragraphs[1:]
        article = Article(source, title, paragraphs)
    else:
        cleaned = clean_text(text)
        if kind == "markdown":
            cleaned = _strip_markdown(cleaned)
        title, body = _split_headline(cleaned)
        article = Article(source, title, _paragraphs(body))
    if not article.paragraphs and not article.title:
        raise InputError("is empty (no text after cleaning); nothing to summarize", source=source)
    if not article.paragraphs:
        # A headline-only document: its one line is all the text there is.
        article = Article(source, None, (article.title or "",))
    return article


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _split_headline(text: str) -> tuple[str | None, str]:
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
    looks_like_headline = (
        len(words) <= 30 and len(first) <= 250 and not re.search(r"[.,;:]$", first)
    )
    stands_alone = rest.startswith("\n") or len(words) <= 20
    if looks_like_headline and stands_alone:
        return first, rest
    return None, stripped


def _paragraphs(body: str) -> tuple[str, ...]:
    """Split a body into paragraphs.

    Blank lines always separate paragraphs. Inside a block, hard-wrapped text (short
    lines, as in newswire copy) is joined, with an indented line starting a new
    paragraph; otherwise each line is a paragraph of its own.
    """
    out: list[str] = []
    for block in re.split(r"\n\s*\n", body):
        lines = [line for line in block.split("\n") if line.strip()]
        if not lines:
            continue
        wrapped = len(lines) >= 2 and max(len(line.rstrip()) for line in lines[:-1]) <= 100
        if not wrapped:
            out.extend(_squash(line) for line in lines)
            continue
        current: list[str] = []
        for line in lines:
            if current and re.match(r"\s{2,}\S", line):
                out.append(_squash(" ".join(current)))
                current = []
            current.append(line)
        out.append(_squash(" ".join(current)))
    return tuple(p for p in out if p)


_FRONT_MATTER = re.compile(r"\A---\n(.*?)\n(?:---|\.\.\.)\n", re.S)


def _strip_markdown(text: str) -> str:
    """Reduce Markdown to its running text; a YAML ``title:`` or ``# H1`` becomes the headline."""
    title = None
    front = _FRONT_MATTER.match(text)
    if front:
        found = re.search(r"^title:\s*[\"']?(.*?)[\"']?\s*$", front.group(1), re.M)
        title = found.group(1) if found else None
        text = text[front.end() :]
    text = re.sub(r"^(```|~~~).*?^\1[ \t]*$", "", text, flags=re.S | re.M)  # code fences
    text = re.sub(r"!\[([^\]]*)\]\([^)]*\)", "", text)  # images
    text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text)  # links keep their text
    text = re.sub(r"<[^>\n]+>", "", text)  # inline HTML tags
    text = re.sub(r"^[ ]{0,3}(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$", r"\2", text, flags=re.M)
    text = re.sub(r"^[ ]{0,3}>[ ]?", "", text, flags=re.M)
    text = re.sub(r"^[ ]{0,3}([-*+]|\d+[.)])[ \t]+", "", text, flags=re.M)
    text = re.sub(r"^[ ]{0,3}([-*_][ \t]*){3,}$", "", text, flags=re.M)
    text = re.sub(r"(\*\*|__)(.+?)\1", r"\2", text)
    text = re.sub(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])", r"\1", text)
    text = re.sub(r"`([^`]+)`", r"\1", text)
    if title:
        text = f"{title}\n\n{text.lstrip()}"
    return text


class _ArticleHTML(HTMLParser):
    """Collects text blocks from HTML, skipping scripts, styles and page furniture."""

    SKIP = frozenset(
        {"script", "style", "noscript", "nav", "header", "footer", "aside", "form",
         "svg", "iframe", "template", "button", "select", "figure", "menu"}
    )  # fmt: skip
    BLOCK = frozenset(
        {"p", "div", "section", "article", "main", "li", "blockquote", "h1", "h2", "h3",
         "h4", "h5", "h6", "td", "th", "br", "tr", "pre", "dd", "dt", "body"}
    )  # fmt: skip
    VOID = frozenset(
        {"br", "img", "hr", "meta", "link", "input", "area", "base", "col", "embed",
         "source", "track", "wbr"}
    )  # fmt: skip

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.skip_depth = 0
        self.stack: list[str] = []
        self.title_parts: list[str] = []
        self.h1_parts: list[str] = []
        self.blocks: list[tuple[bool, str]] = []  # (inside <article>/<main>, text)
        self.current: list[str] = []
        self.article_depth = 0

    def _flush(self) -> None:
        text = "".join(self.current).strip()
        if text:
            self.blocks.append((self.article_depth > 0, text))
        self.current = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.VOID:
            if tag == "br":
                self.current.append(" ")
            return
        self.stack.append(tag)
        role = dict(attrs).get("role") or ""
        if tag in self.SKIP or role in ("navigation", "banner", "contentinfo", "complementary"):
            self.skip_depth += 1
        if tag in ("article", "main"):
            self.article_depth += 1
        if tag in self.BLOCK:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in self.VOID or tag not in self.stack:
            return
        while self.stack:
            open_tag = self.stack.pop()
            if open_tag in self.SKIP and self.skip_depth:
                self.skip_depth -= 1
            if open_tag in ("article", "main") and self.article_depth:
                self._flush()
                self.article_depth -= 1
            if open_tag in self.BLOCK:
                self._flush()
            if open_tag == tag:
                break

    def handle_data(self, data: str) -> None:
        if "title" in self.stack:
            self.title_parts.append(data)
            return
        if self.skip_depth:
            return
        if "h1" in self.stack:
            self.h1_parts.append(data)
        self.current.append(data)


def _parse_html(text: str) -> tuple[str | None, list[str]]:
    parser = _ArticleHTML()
    parser.feed(text)
    parser.close()
    parser._flush()
    in_article = [b for inside, b in parser.blocks if inside]
    blocks = in_article or [b for _, b in parser.blocks]
    h1 = _squash("".join(parser.h1_parts))
    title = h1 or _squash("".join(parser.title_parts)) or None
    return title, blocks
