"""Bytes to clean text: encodings, byte-order marks, escapes and control characters.

Every input kind that reads text calls :func:`decode`, then :func:`clean_text`, so no
kind can let an escape sequence or a bidi override through to a terminal.
"""

from __future__ import annotations

import html
import re
import unicodedata

from tradesum.errors import InputError

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


def decode(data: bytes, *, source: str = "<text>") -> str:
    """Decode bytes to text: BOMs first, then strict UTF-8, then a detector.

    Binary data (NUL bytes that are not UTF-16, or mostly control bytes) is refused
    with an :class:`InputError` rather than decoded into garbage. (Known binary formats
    are recognised by their magic bytes before this, in :mod:`tradesum.inputs`.)
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding)
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
            "contains NUL bytes: a binary file, not text; convert it to text first",
            source=source,
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = _detect(data, source)
    if not _looks_like_text(text):
        raise InputError(
            "is full of control bytes: a binary file, not text; convert it to text first",
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


#: Control characters, but for tab, line feed, form feed, carriage return, bell and escape.
_CONTROLS = re.compile("[\x00-\x06\x08\x0b\x0e-\x1a\x1c-\x1f]")


def _looks_like_text(text: str) -> bool:
    """Decoded text is mostly letters, digits, punctuation and spaces, with few controls."""
    sample = text[:4096]
    if not sample:
        return True
    return len(_CONTROLS.findall(sample)) <= 0.02 * len(sample)


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


def clean_text(text: str, *, entities: bool = True) -> str:
    """Normalise line ends, remove escapes and control characters, and (with
    ``entities``, for text that is not already HTML-decoded) unescape character
    references such as newswire's ``&lt;``. HTML is decoded by its parser, once."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _ANSI.sub("", text)
    if entities and "&" in text:
        text = html.unescape(text)
        text = _ANSI.sub("", text)  # entities may have hidden escape sequences
    text = text.replace("\t", " ").replace("\u00a0", " ")
    text = _CONTROL.sub("", text)
    return unicodedata.normalize("NFC", text)


_UNSHOWN = re.compile(
    "[\x00-\x1f\x7f-\x9f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]"
)


def printable_name(name: str) -> str:
    """A file name or URL as it may be shown anywhere (terminal, Markdown, YAML, JSON):
    control and invisible characters as ``?``, bytes that were not valid UTF-8 (kept by
    the file system as surrogate escapes) as ``\\xNN``."""
    if name.isprintable() and name.isascii():
        return name
    shown = _UNSHOWN.sub("?", name)
    return "".join(f"\\x{ord(c) - 0xDC00:02x}" if 0xDC80 <= ord(c) <= 0xDCFF else c for c in shown)


def squash(text: str) -> str:
    """Runs of white space as one space, trimmed."""
    return " ".join(text.split())
