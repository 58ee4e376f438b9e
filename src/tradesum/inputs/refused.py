"""Kinds tradesum recognises but cannot read yet: each is refused with a message saying
what the input is. Supporting one means replacing its entry here by a reader module."""

from __future__ import annotations

from tradesum.errors import Unsupported
from tradesum.inputs.kind import Article, InputKind, Reader


def _refuse(what: str) -> Reader:
    def read(data: bytes, source: str) -> list[Article]:
        raise Unsupported(what, source=source)

    return read


def _kind(name: str, what: str, magic: tuple[bytes, ...], suffixes: tuple[str, ...]) -> InputKind:
    return InputKind(name, _refuse(what), suffixes=suffixes, magic=magic, listed=False)


KINDS = [
    _kind("png", "a PNG image", (b"\x89PNG",), (".png",)),
    _kind("gif", "a GIF image", (b"GIF8",), (".gif",)),
    _kind("jpeg", "a JPEG image", (b"\xff\xd8\xff",), (".jpg", ".jpeg")),
    _kind("zip", "a ZIP archive (or .docx/.xlsx)", (b"PK\x03\x04",), (".zip", ".docx", ".xlsx")),
    _kind("gzip", "a gzip archive", (b"\x1f\x8b",), (".gz",)),
    _kind("office", "an old Office document", (b"\xd0\xcf\x11\xe0",), (".doc", ".xls")),
    _kind("program", "a program", (b"\x7fELF",), ()),
]
