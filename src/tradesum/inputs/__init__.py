"""Loading: sources (files, folders, stdin) into :class:`Article` objects, by input kind.

Each input kind is one module of this package declaring an :class:`InputKind`: how it
recognises its input (file suffixes, magic bytes, a sniff of the decoded text) and how
it reads it into one or more articles. :data:`KINDS` lists them, one line each; a kind
that tradesum recognises but cannot read yet is an entry too, whose reader refuses with
a clear message. Nothing outside this package touches bytes, encodings or markup.
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from tradesum.errors import Failure, InputError, TooLarge, UsageError
from tradesum.inputs import html, markdown, refused, text
from tradesum.inputs.decoding import printable_name
from tradesum.inputs.kind import Article, InputKind

__all__ = ["DEFAULT_MAX_BYTES", "KINDS", "STDIN", "Article", "InputKind", "Source", "load"]

#: Inputs larger than this are refused unless the caller raises the limit.
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
STDIN = "-"
_CHUNK = 1 << 20


@dataclass(frozen=True, slots=True)
class Source:
    """A source to load: its name in output and messages, where to read it (a path, or
    ``-`` for stdin), and its bytes when they were read ahead (stdin, in the parent)."""

    name: str
    location: str
    data: bytes | None = None


#: Every input kind, tried in this order. Add a kind: one module, one line here.
KINDS: list[InputKind] = [
    *refused.KINDS,
    text.KIND,
    markdown.KIND,
    html.KIND,
]
#: What an input that no kind claims is read as.
FALLBACK = text.KIND


def kind_of(name: str, data: bytes) -> InputKind:
    """The kind of an input: by its magic bytes, then its suffix, then a sniff."""
    for kind in KINDS:
        if any(data.startswith(m) for m in kind.magic):
            return kind
    suffix = Path(name).suffix.lower() if name != STDIN else ""
    for kind in KINDS:
        if suffix and suffix in kind.suffixes:
            return kind
    head = data[:1024].decode("utf-8", "ignore").lstrip().lower()
    for kind in KINDS:
        if kind.sniff is not None and kind.sniff(head):
            return kind
    return FALLBACK


def listed_suffixes() -> tuple[str, ...]:
    """The file endings a folder walk reads."""
    return tuple(s for kind in KINDS if kind.listed for s in kind.suffixes)


# --------------------------------------------------------------------------- sources


def display_name(location: str) -> str:
    """How a source is named in output and messages (``-`` is shown as ``<stdin>``;
    control characters and undecodable bytes never reach the output raw)."""
    return "<stdin>" if location == STDIN else printable_name(location)


def iter_sources(inputs: Sequence[str], *, recursive: bool = False) -> Iterator[Source | Failure]:
    """Expand command-line inputs into the sources to read, in a stable order.

    Files are yielded as given; folders yield the files of the kinds tradesum reads,
    sorted by path (hidden files and folders skipped; symlinked folders not followed
    when recursing, so link loops cannot trap the walk; any depth). ``-`` stands for
    stdin. A missing path or a folder with nothing readable yields a :class:`Failure`.
    """
    for item in inputs:
        if item == STDIN:
            yield Source(display_name(item), item)
            continue
        path = Path(item)
        try:
            is_dir = path.is_dir()
            exists = is_dir or path.exists() or path.is_symlink()
        except OSError as exc:
            yield Failure(display_name(item), f"cannot be opened ({exc.strerror or exc})")
            continue
        if is_dir:
            try:
                os.scandir(path).close()
            except OSError as exc:
                yield Failure(display_name(item), f"cannot be read ({exc.strerror or exc})")
                continue
            found = sorted(_walk(path, recursive=recursive))
            if not found:
                where = " or below it" if recursive else ""
                kinds = "/".join(listed_suffixes())
                reason = "InputError" if recursive else "NotRecursive"
                yield Failure(display_name(item), f"no {kinds} files in this folder{where}", reason)
            else:
                yield from (Source(display_name(p), p) for p in found)
        elif exists:
            yield Source(display_name(item), item)
        else:
            yield Failure(display_name(item), "no such file or folder; check the path")


def _walk(folder: Path, *, recursive: bool) -> Iterator[str]:
    """The readable files in a folder tree, walked with a stack (no recursion limit)."""
    suffixes = listed_suffixes()
    pending = [str(folder)]
    while pending:
        current = pending.pop()
        try:
            entries = list(os.scandir(current))
        except OSError:
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue
            try:
                if entry.is_file() and entry.name.lower().endswith(suffixes):
                    yield entry.path
                elif recursive and entry.is_dir(follow_symlinks=False):
                    pending.append(entry.path)
            except OSError:
                continue


def read_ahead(source: Source, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Source:
    """The source with its bytes read now (for stdin, which only this process can read)."""
    if source.data is not None or source.location != STDIN:
        return source
    return Source(source.name, source.location, read_bytes(source.location, max_bytes=max_bytes))


def load(source: Source | str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> list[Article]:
    """Read, recognise and parse one source into its articles (one for most kinds)."""
    if isinstance(source, str):
        source = Source(display_name(source), source)
    data = source.data
    if data is None:
        data = read_bytes(source.location, max_bytes=max_bytes)
    elif len(data) > max_bytes:
        raise TooLarge(limit=max_bytes, source=source.name)
    articles = kind_of(source.location, data).read(data, source.name)
    if not articles:
        raise InputError("holds no article", source=source.name)
    return articles


def parse_text(text: str, *, source: str = "<text>", kind: str = "text") -> Article:
    """An article from text already in memory, read as the named kind ("text",
    "markdown", "html"): the first article it holds."""
    for candidate in KINDS:
        if candidate.name == kind:
            return candidate.read(text.encode("utf-8"), source)[0]
    raise UsageError(f"unknown input kind {kind!r}")


def read_bytes(location: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of a path (or ``-``, stdin), refusing more than ``max_bytes``.

    Reads in chunks, so a huge limit allocates nothing up front; opens FIFOs without
    blocking, so a pipe nobody writes to reads as empty instead of hanging.
    """
    if max_bytes <= 0:
        raise UsageError("the size limit must be a positive number of bytes")
    name = display_name(location)
    if location == STDIN:
        return _read_limited(sys.stdin.buffer.read, max_bytes, name)
    try:
        info = os.stat(location)
        if stat.S_ISDIR(info.st_mode):
            raise InputError("is a folder, not a file", source=name)
        regular = stat.S_ISREG(info.st_mode)
        if regular and info.st_size > max_bytes:
            raise TooLarge(limit=max_bytes, source=name)
        if not regular and not stat.S_ISFIFO(info.st_mode) and not stat.S_ISCHR(info.st_mode):
            raise InputError("is not a file (a socket or device); give a file", source=name)
        flags = os.O_RDONLY | (0 if regular else os.O_NONBLOCK)
        descriptor = os.open(location, flags)
        if not regular:
            os.set_blocking(descriptor, True)
        with os.fdopen(descriptor, "rb", buffering=0) as handle:
            return _read_limited(handle.read, max_bytes, name)
    except PermissionError:
        raise InputError("permission denied; check the file's permissions", source=name) from None
    except FileNotFoundError:
        raise InputError("no such file or folder; check the path", source=name) from None
    except IsADirectoryError:
        raise InputError("is a folder, not a file", source=name) from None
    except OSError as exc:
        raise InputError(f"cannot be read ({exc.strerror or exc})", source=name) from None


def _read_limited(read: Callable[[int], bytes | None], max_bytes: int, name: str) -> bytes:
    parts: list[bytes] = []
    size = 0
    while size <= max_bytes:
        chunk = read(min(_CHUNK, max_bytes + 1 - size))
        if not chunk:
            break
        parts.append(chunk)
        size += len(chunk)
    if size > max_bytes:
        raise TooLarge(limit=max_bytes, source=name)
    return b"".join(parts)
