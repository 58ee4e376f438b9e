"""What an input kind is: the :class:`Article` it yields and the :class:`InputKind` entry
each kind module declares (see :data:`tradesum.inputs.KINDS`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Article:
    """A decoded, cleaned article: headline, body paragraphs, and what is known of it."""

    source: str
    title: str | None
    paragraphs: tuple[str, ...]
    #: Publication date (ISO 8601) and where it was found ("front matter", ...).
    date: str | None = None
    date_source: str | None = None
    url: str | None = None
    author: str | None = None
    site: str | None = None
    language: str | None = None
    #: What a reader should know about this article's text (e.g. a feed entry that
    #: holds only a teaser); shown as warnings beside its results.
    notes: tuple[str, ...] = ()
    #: The input this article came from when it is one of several in it (a feed's
    #: file or URL; ``source`` then names the entry: ``feed.xml#3``).
    origin: str | None = None

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)


#: Reads one input's bytes (under its display name) into its articles.
Reader = Callable[[bytes, str], list[Article]]


@dataclass(frozen=True, slots=True)
class InputKind:
    """One kind of input: how to recognise it, and how to read it."""

    name: str
    read: Reader
    #: File-name endings (lower case, with the dot) that mean this kind.
    suffixes: tuple[str, ...] = ()
    #: Leading bytes that mean this kind, whatever the file is called.
    magic: tuple[bytes, ...] = ()
    #: For inputs whose name says nothing (stdin, no suffix): a test of the first
    #: decoded characters.
    sniff: Callable[[str], bool] | None = None
    #: Whether a folder walk picks files of this kind up.
    listed: bool = True
    #: HTTP content types (lower case, no parameters) that mean this kind.
    media_types: tuple[str, ...] = ()


def finish(
    source: str,
    title: str | None,
    paragraphs: tuple[str, ...],
    **meta: str | None,
) -> Article:
    """The article of a kind's reader, checked and completed: some text; a
    headline-only document's one line taken as its body (it is all the text there is);
    the date of a dateline when the kind found none; the language of the text, or the
    one the input declares when the text is too short to tell."""
    from tradesum.errors import InputError
    from tradesum.inputs import dates, language

    if not paragraphs and not title:
        raise InputError("is empty (no text after cleaning); nothing to summarize", source=source)
    if not paragraphs:
        title, paragraphs = None, (title or "",)
    if not meta.get("date"):
        for paragraph in paragraphs[:2]:
            found = dates.dateline(paragraph)
            if found:
                meta["date"], meta["date_source"] = found, "dateline"
                break
    detected = language.detect(" ".join((title or "", *paragraphs[:12])))
    meta["language"] = detected or meta.get("language")
    return Article(
        source,
        title,
        paragraphs,
        date=meta.get("date"),
        date_source=meta.get("date_source"),
        url=meta.get("url"),
        author=meta.get("author"),
        site=meta.get("site"),
        language=meta.get("language"),
    )
