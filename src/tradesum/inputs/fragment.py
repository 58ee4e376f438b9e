"""A small HTML reader for fragments and pages trafilatura finds no article in (a feed
entry's content, a snippet): the text blocks, skipping scripts, styles and page
furniture (navigation, headers, footers, asides, forms); ``<article>``/``<main>``
preferred when the page has one; the first ``<h1>`` (else ``<title>``) as the headline.
Entities are decoded once, by the parser. (tradesum 0.1's whole HTML extractor; the
extraction benchmark keeps it as a baseline.)"""

from __future__ import annotations

from collections import Counter
from html.parser import HTMLParser

from tradesum.inputs.decoding import clean_text, decode, squash
from tradesum.inputs.kind import Article, finish


def read(data: bytes, source: str) -> list[Article]:
    return [from_html(decode(data, source=source), source)]


def from_html(text: str, source: str, **meta: str | None) -> Article:
    """The article in an HTML text (see the module's docstring)."""
    title, blocks = parse_html(text)
    paragraphs = tuple(p for p in (squash(clean_text(b, entities=False)) for b in blocks) if p)
    if title:
        title = squash(clean_text(title, entities=False)) or None
    if title and paragraphs and paragraphs[0] == title:
        paragraphs = paragraphs[1:]
    return finish(source, title, paragraphs, **meta)


_SKIP = frozenset(
    {"script", "style", "noscript", "nav", "header", "footer", "aside", "form", "svg",
     "iframe", "template", "button", "select", "figure", "menu", "title"}
)  # fmt: skip
_SKIP_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary"})
_BLOCK = frozenset(
    {"p", "div", "section", "article", "main", "li", "blockquote", "h1", "h2", "h3", "h4",
     "h5", "h6", "td", "th", "br", "tr", "pre", "dd", "dt", "body"}
)  # fmt: skip
_VOID = frozenset(
    {"br", "img", "hr", "meta", "link", "input", "area", "base", "col", "embed", "source",
     "track", "wbr"}
)  # fmt: skip


class _ArticleHTML(HTMLParser):
    """Collects text blocks; each open element is a frame on a stack that records what
    it started (skipping, an article, a heading), so closing it undoes exactly that."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.frames: list[tuple[str, bool, bool]] = []  # (tag, skips, is article)
        self.open: Counter[str] = Counter()  # how many of each tag are open: an end tag
        # with none open is ignored at once, not after a scan of the whole stack
        self.skip_depth = 0
        self.article_depth = 0
        self.in_title = 0
        self.in_h1 = 0
        self.title_parts: list[str] = []
        self.h1_parts: list[str] = []
        self.h1_done = False
        self.blocks: list[tuple[bool, str]] = []  # (inside <article>/<main>, text)
        self.current: list[str] = []

    def flush(self) -> None:
        text = "".join(self.current).strip()
        if text:
            self.blocks.append((self.article_depth > 0, text))
        self.current = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _VOID:
            if tag == "br":
                self.current.append(" ")
            return
        role = (dict(attrs).get("role") or "").strip().lower()
        skips = tag in _SKIP or role in _SKIP_ROLES
        article = tag in ("article", "main")
        self.frames.append((tag, skips, article))
        self.open[tag] += 1
        self.skip_depth += skips
        self.article_depth += article
        self.in_title += tag == "title"
        if tag == "h1" and not self.h1_done:
            self.in_h1 += 1
        if tag in _BLOCK:
            self.flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID or not self.open[tag]:
            return
        while self.frames:
            open_tag, skips, article = self.frames.pop()
            self.open[open_tag] -= 1
            if open_tag in _BLOCK or article:
                self.flush()
            self.skip_depth -= skips
            self.article_depth -= article
            if open_tag == "title":
                self.in_title -= 1
            if open_tag == "h1" and self.in_h1:
                self.in_h1 -= 1
                self.h1_done = bool("".join(self.h1_parts).strip())
            if open_tag == tag:
                break

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title_parts.append(data)
            return
        if self.skip_depth:
            return
        if self.in_h1:
            self.h1_parts.append(data)
        self.current.append(data)


def parse_html(text: str) -> tuple[str | None, list[str]]:
    """The headline and the text blocks of an HTML page."""
    parser = _ArticleHTML()
    parser.feed(text)
    parser.close()
    parser.flush()
    in_article = [b for inside, b in parser.blocks if inside]
    blocks = in_article or [b for _, b in parser.blocks]
    title = squash("".join(parser.h1_parts)) or squash("".join(parser.title_parts)) or None
    return title, blocks
