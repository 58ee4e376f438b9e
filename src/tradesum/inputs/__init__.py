"""Loading: sources (files, folders, URLs, stdin) into :class:`Article` objects, by
input kind.

Each input kind is one module of this package declaring an :class:`InputKind`: how it
recognises its input (magic bytes, an HTTP content type, file suffixes, a sniff of the
decoded text) and how it reads it into one or more articles. :data:`KINDS` lists them,
one line each; a kind that tradesum recognises but cannot read yet is an entry too,
whose reader refuses with a clear message. Nothing outside this package touches bytes,
encodings, markup or the network.
"""

from __future__ import annotations

import os
import stat
import sys
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from urllib.parse import urlsplit

from tradesum.errors import Failure, InputError, TooLarge, TradesumError, UsageError
from tradesum.inputs import feed, html, markdown, pdf, refused, text
from tradesum.inputs import url as web
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
    feed.KIND,
    pdf.KIND,
]
#: What an input that no kind claims is read as.
FALLBACK = text.KIND


def kind_of(name: str, data: bytes, media_type: str | None = None) -> InputKind:
    """The kind of an input: by its magic bytes; then, for a web response
    (``media_type`` given), its content type where the content agrees; then a sniff of
    its first characters (a feed saved as ``.txt`` is still a feed); then a web
    response's content type alone (a generic XML type needs a feed's sniff); then its
    name's (or URL's) suffix."""
    for kind in KINDS:
        if any(data.startswith(m) for m in kind.magic):
            return kind
    head = data[:1024].decode("utf-8", "ignore").lstrip().lower()
    sniffed = next((k for k in KINDS if k.sniff is not None and k.sniff(head)), None)
    if media_type is not None:
        served = [k for k in KINDS if media_type in k.media_types]
        agreed = next((k for k in served if k.sniff is not None and k.sniff(head)), None)
        chosen = agreed or sniffed
        if chosen is not None:
            return chosen
        alone = next((k for k in served if media_type not in _GENERIC_TYPES), None)
        if alone is not None:
            return alone
        name = urlsplit(name).path
    if sniffed is not None:
        return sniffed
    suffix = Path(name).suffix.lower() if name != STDIN else ""
    for kind in KINDS:
        if suffix and suffix in kind.suffixes:
            return kind
    return FALLBACK


#: Content types that say only "XML": a feed or not, the content must show.
_GENERIC_TYPES = frozenset({"application/xml", "text/xml"})


def listed_suffixes() -> tuple[str, ...]:
    """The file endings a folder walk reads."""
    return tuple(s for kind in KINDS if kind.listed for s in kind.suffixes)


# --------------------------------------------------------------------------- sources


def display_name(location: str) -> str:
    """How a source is named in output and messages (``-`` is shown as ``<stdin>``;
    control characters and undecodable bytes never reach the output raw)."""
    return "<stdin>" if location == STDIN else printable_name(location)


def iter_sources(
    inputs: Sequence[str], *, recursive: bool = False, unread: Counter[str] | None = None
) -> Iterator[Source | Failure]:
    """Expand command-line inputs into the sources to read, in a stable order.

    Files and URLs are yielded as given; folders yield the files of the kinds tradesum
    reads, sorted by path (hidden files and folders skipped; symlinked folders not
    followed when recursing, so link loops cannot trap the walk; any depth), and count
    the other files they hold in ``unread`` by suffix. ``-`` stands for stdin. A missing
    path or a folder with nothing readable yields a :class:`Failure`.
    """
    for item in inputs:
        if item == STDIN or web.is_url(item):
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
            others: Counter[str] = Counter()
            found = sorted(_walk(path, recursive=recursive, unread=others))
            if not found:
                where = " or below it" if recursive else ""
                kinds = "/".join(listed_suffixes())
                held = ", ".join(f"{n} {suffix}" for suffix, n in sorted(others.items()))
                only = f" (it holds {held})" if held else ""
                reason = "InputError" if recursive else "NotRecursive"
                message = f"no {kinds} files in this folder{where}{only}"
                yield Failure(display_name(item), message, reason)
            else:
                if unread is not None:
                    unread.update(others)
                yield from (Source(display_name(p), p) for p in found)
        elif exists:
            yield Source(display_name(item), item)
        else:
            yield Failure(display_name(item), "no such file or folder; check the path")


def _walk(folder: Path, *, recursive: bool, unread: Counter[str]) -> Iterator[str]:
    """The readable files in a folder tree, walked with a stack (no recursion limit);
    the other files are counted in ``unread`` by suffix."""
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
                elif entry.is_file():
                    unread[Path(entry.name).suffix.lower() or "(no suffix)"] += 1
                elif recursive and entry.is_dir(follow_symlinks=False):
                    pending.append(entry.path)
            except OSError:
                continue


def read_ahead(source: Source, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Source:
    """The source with its bytes read now (for stdin, which only this process can read)."""
    if source.data is not None or source.location != STDIN:
        return source
    return Source(source.name, source.location, read_bytes(source.location, max_bytes=max_bytes))


def load(
    source: Source | str,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    timeout: float = web.DEFAULT_TIMEOUT,
    fetch: bool = False,
) -> list[Article]:
    """Read, recognise and parse one source (a path, a URL, ``-``) into its articles
    (one for most kinds; one per entry for a feed). ``timeout`` bounds each wait on a
    web server; ``fetch`` reads each feed entry's linked page instead of the entry."""
    if isinstance(source, str):
        source = Source(display_name(source), source)
    data, media_type, where = source.data, None, None
    if data is None and web.is_url(source.location):
        response = web.fetch(
            source.location, max_bytes=max_bytes, timeout=timeout, name=source.name
        )
        data, media_type, where = response.data, response.media_type, response.url
    elif data is None:
        data = read_bytes(source.location, max_bytes=max_bytes)
    elif len(data) > max_bytes:
        raise TooLarge(limit=max_bytes, source=source.name)
    kind = kind_of(where or source.location, data, media_type)
    articles = kind.read(data, source.name)
    if not articles:
        raise InputError("holds no article", source=source.name)
    if where is not None:
        articles = [a if a.url else replace(a, url=where) for a in articles]
    if fetch and kind is feed.KIND:
        articles = [_fetched(a, max_bytes=max_bytes, timeout=timeout) for a in articles]
    if len(articles) > 1 or articles[0].source != source.name:
        articles = [replace(a, origin=source.name) for a in articles]
    return articles


def _fetched(entry: Article, *, max_bytes: int, timeout: float) -> Article:
    """A feed entry's linked page read in its place (the entry's headline and date kept
    where the page lacks them); the entry itself, with a note, if the page cannot be."""
    if not entry.url or not web.is_url(entry.url):
        return entry
    try:
        page = load(Source(entry.source, entry.url), max_bytes=max_bytes, timeout=timeout)[0]
    except TradesumError as exc:
        note = f"its link could not be read, so this is the feed's text ({exc.message})"
        return replace(entry, notes=(*entry.notes, note))
    return replace(
        page,
        source=entry.source,
        title=page.title or entry.title,
        date=page.date or entry.date,
        date_source=page.date_source if page.date else entry.date_source,
        url=entry.url,
        site=page.site or entry.site,
    )


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
