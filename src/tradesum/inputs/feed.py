"""RSS 0.9x/1.0/2.0 and Atom feeds, through feedparser: each entry is an article with
its headline, date, link and content (or, failing that, its summary).

A feed often carries only a teaser of each story; such an entry is read all the same
and carries a note saying so (with ``--fetch``, tradesum reads the linked page
instead: see :func:`tradesum.inputs.load`). feedparser is given the bytes, never a
name, so it cannot fetch anything itself.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from tradesum.errors import InputError
from tradesum.inputs import dates, fragment
from tradesum.inputs.decoding import clean_text, squash
from tradesum.inputs.kind import Article, InputKind, finish
from tradesum.inputs.text import paragraphs as text_paragraphs

#: An entry with no full content and fewer words than this holds only a teaser.
TEASER_WORDS = 80


def read(data: bytes, source: str) -> list[Article]:
    import feedparser

    parsed: Any = feedparser.parse(data, resolve_relative_uris=False, sanitize_html=True)
    if not parsed.get("version") and not parsed.entries:
        raise InputError(
            "is XML but not an RSS or Atom feed; give a feed or a web page", source=source
        )
    if not parsed.entries:
        raise InputError("is a feed with no entries; nothing to summarize", source=source)
    site = _text(parsed.feed.get("title"))
    articles = []
    for number, entry in enumerate(parsed.entries, start=1):
        try:
            articles.append(_entry(entry, f"{source}#{number}", site))
        except InputError:
            continue  # an entry with neither headline nor text is not an article
    if not articles:
        raise InputError("is a feed whose entries hold no text", source=source)
    return articles


def _entry(entry: Any, source: str, site: str | None) -> Article:
    title = _text(entry.get("title"))
    content = entry.get("content") or []
    full = next((c.get("value", "") for c in content if c.get("value", "").strip()), "")
    body = full or str(entry.get("summary") or "")
    paragraphs = _paragraphs(body, source)
    words = sum(len(p.split()) for p in paragraphs)
    notes: tuple[str, ...] = ()
    if not full and words < TEASER_WORDS:
        notes = (f"holds only a teaser of its story ({words} words); --fetch reads its link",)
    date = None
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        date = dates.normalise(entry.get(key))
        if date:
            break
    if date is None:
        date = dates.normalise(entry.get("published") or entry.get("updated") or "")
    link = entry.get("link")
    article = finish(
        source,
        title,
        paragraphs,
        date=date,
        date_source="feed entry" if date else None,
        url=str(link) if link else None,
        author=_text(entry.get("author")),
        site=site,
    )
    return replace(article, notes=notes) if notes else article


def _paragraphs(body: str, source: str) -> tuple[str, ...]:
    if "<" in body:
        try:
            return fragment.from_html(body, source).paragraphs
        except InputError:
            return ()
    return text_paragraphs(clean_text(body))


def _text(value: object) -> str | None:
    return squash(clean_text(str(value))) or None if value else None


def sniff(head: str) -> bool:
    start = head[:400]
    return start.startswith(("<rss", "<feed", "<rdf:rdf")) or (
        start.startswith("<?xml") and ("<rss" in start or "<feed" in start or "<rdf:rdf" in start)
    )


KIND = InputKind(
    "feed",
    read,
    suffixes=(".rss", ".atom", ".xml"),
    sniff=sniff,
    media_types=(
        "application/rss+xml",
        "application/atom+xml",
        "application/rdf+xml",
        "application/xml",
        "text/xml",
    ),
)
