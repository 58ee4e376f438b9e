"""Web pages: the article's text and metadata through trafilatura, imported only when an
HTML input appears (it costs about 0.4 s to import).

trafilatura finds the main text of a page (paragraphs, headings and lists, without
navigation, comments, cookie banners or related links) and its metadata: headline,
publication date (htmldate: the page's own metadata, its URL, then its text), author,
site name, canonical URL and declared language. A page it finds no article in (a
fragment such as a feed entry's content, a bare snippet) is read by the small reader of
:mod:`tradesum.inputs.fragment` instead, so no HTML input reads as empty when it holds
text. On the article-extraction benchmark this scores a shingle F1 of 0.975 against
0.807 for tradesum 0.1's reader (BENCHMARKS.md, "Text from web pages").
"""

from __future__ import annotations

from typing import Any

from tradesum.inputs import fragment
from tradesum.inputs.decoding import clean_text, decode, squash
from tradesum.inputs.kind import Article, InputKind, finish

#: The metadata an article takes from a page, as (Article field, trafilatura field).
_META = (("url", "url"), ("author", "author"), ("site", "sitename"))


def read(data: bytes, source: str) -> list[Article]:
    return [from_html(decode(data, source=source), source)]


def from_html(text: str, source: str) -> Article:
    """The article of a web page's HTML (a fetched page's address is added by
    :func:`tradesum.inputs.load` where the page names none)."""
    document = extract(text)
    blocks = _blocks(document.body) if document is not None else []
    if document is None or not blocks:
        return fragment.from_html(text, source)
    title = squash(clean_text(document.title or "", entities=False)) or None
    paragraphs = tuple(p for p in (squash(clean_text(b, entities=False)) for b in blocks) if p)
    if title and paragraphs and paragraphs[0] == title:
        paragraphs = paragraphs[1:]
    meta: dict[str, str | None] = {
        field: squash(clean_text(str(getattr(document, name) or ""))) or None
        for field, name in _META
    }
    if meta["site"] is None and document.hostname:
        meta["site"] = str(document.hostname)
    date = document.date if isinstance(document.date, str) else None
    if date:
        meta["date"], meta["date_source"] = date, "page metadata"
    language = document.language
    if isinstance(language, str) and language.strip():
        meta["language"] = language.strip().lower().split("-")[0][:3] or None
    return finish(source, title, paragraphs, **meta)


#: Elements of trafilatura's body tree that hold blocks rather than running text.
_CONTAINERS = frozenset({"list", "table", "quote", "div", "body"})


def _blocks(body: Any) -> list[str]:
    """The text blocks of trafilatura's body tree: each paragraph, heading, list item
    and table row. (Read from the tree, not from trafilatura's text output, which
    decodes entities a second time: "AT&amp;amp;T" would become "AT&T".)"""
    if body is None:
        return []
    for lb in body.iter("lb"):
        lb.tail = " " + (lb.tail or "")
    out: list[str] = []
    pending = [body]
    while pending:
        element = pending.pop()
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in _CONTAINERS and len(element):
            if (element.text or "").strip():
                out.append(element.text)
            pending.extend(reversed(element))
            continue
        if tag == "row":
            out.append(" | ".join(" ".join(cell.itertext()) for cell in element))
        elif tag:
            out.append("".join(element.itertext()))
        if (element.tail or "").strip() and element is not body:
            out.append(element.tail)
    return out


def extract(text: str, **settings: Any) -> Any:
    """trafilatura's extraction of a page (its ``Document``, or None), with the settings
    tradesum uses: metadata on, comments left out, tables kept (trade articles put
    figures in them), and trafilatura's ``favor_precision``, which keeps less page
    furniture (shingle F1 0.974 against 0.961 at its default on the extraction
    benchmark); ``settings`` override them."""
    import trafilatura

    options: dict[str, Any] = {
        "with_metadata": True,
        "include_comments": False,
        "include_tables": True,
        "favor_precision": True,
        "include_images": False,
        "deduplicate": False,
    }
    options.update(settings)
    try:
        return trafilatura.bare_extraction(text, **options)
    except (ValueError, TypeError, RecursionError, AttributeError):
        return None  # markup lxml cannot build a tree of; the fragment reader tries it


def sniff(head: str) -> bool:
    return head.startswith(("<!doctype html", "<html", "<head", "<body", "<article"))


KIND = InputKind(
    "html",
    read,
    suffixes=(".html", ".htm", ".xhtml"),
    sniff=sniff,
    media_types=("text/html", "application/xhtml+xml"),
)
