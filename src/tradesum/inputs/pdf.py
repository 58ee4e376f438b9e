"""PDF reports with a text layer, through pypdfium2 (PDFium; Apache-2.0/BSD), imported
only when a PDF input appears.

PDFium gives the text of each page as runs, each with its box on the page. From those
boxes this module rebuilds what a reader sees: runs on one baseline form a line; a page
whose lines leave an empty gutter down the middle is read as two columns, left then
right (text spanning both, such as a headline, comes first); lines form paragraphs,
split where the gap between lines grows or a short line ends a sentence; a word
hyphenated at the end of a line is joined; a paragraph that runs on over a column or
page break is joined too. Running headers and footers (the same line at the top or
foot of most pages, page numbers aside) and page numbers are dropped. The headline and
date come from the document's metadata where it has them. A PDF with no text layer (a
scan) is refused with a message saying so.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from tradesum.errors import InputError
from tradesum.inputs import dates
from tradesum.inputs.decoding import clean_text, squash
from tradesum.inputs.kind import Article, InputKind, finish

#: Fewer visible characters than this in the whole document: no text layer.
MIN_TEXT_CHARS = 20
#: Pages beyond this are not read (a report's article is at its start).
MAX_PAGES = 500
#: Lines at the top and at the foot of a page that may be running headers or footers.
_MARGIN_LINES = 2
_PAGE_NUMBER = re.compile(r"^(?:page\s{0,3})?[-\u2013(\[]?\s{0,2}\d{1,4}\s{0,2}[-\u2013)\]]?"
                          r"(?:\s{0,3}(?:of|/)\s{0,3}\d{1,4})?$", re.IGNORECASE)  # fmt: skip
_DIGITS = re.compile(r"\d+")
#: PDFium writes a hyphen at the end of a line as this control character.
_SOFT_HYPHEN = "\x02"
_LINE_END_HYPHENS = ("-", "\u00ad", _SOFT_HYPHEN)
_SENTENCE_END = tuple('.!?:;"”’)')
_METADATA_TITLE_JUNK = re.compile(
    r"^(?:microsoft (?:word|powerpoint|excel) - |untitled\b)", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class Run:
    """A piece of text on a page, with its box (PDF points, origin bottom left)."""

    left: float
    bottom: float
    right: float
    top: float
    text: str

    @property
    def height(self) -> float:
        return max(self.top - self.bottom, 1.0)


@dataclass(frozen=True, slots=True)
class Line:
    left: float
    right: float
    top: float
    bottom: float
    text: str


def read(data: bytes, source: str) -> list[Article]:
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        message = str(exc).lower()
        if "password" in message:
            raise InputError(
                "is an encrypted PDF; remove its password first", source=source
            ) from None
        raise InputError("is not a readable PDF (damaged or incomplete)", source=source) from None
    try:
        pages = [_page_lines(document[i]) for i in range(min(len(document), MAX_PAGES))]
        metadata = document.get_metadata_dict(skip_empty=True)
    finally:
        document.close()
    visible = sum(len(line.text.replace(" ", "")) for page in pages for line in page)
    if visible < MIN_TEXT_CHARS:
        raise InputError(
            "is a PDF with no text layer (a scan?); run OCR on it first (e.g. ocrmypdf)",
            source=source,
        )
    paragraphs = tuple(squash(clean_text(p)) for p in _paragraphs(_drop_furniture(pages)))
    paragraphs = tuple(p for p in paragraphs if p)
    title = _metadata_title(metadata.get("Title"))
    if title is None and paragraphs and _headline_like(paragraphs[0]):
        title, paragraphs = paragraphs[0], paragraphs[1:]
    elif title and paragraphs and paragraphs[0].lower() == title.lower():
        paragraphs = paragraphs[1:]
    date = dates.normalise(metadata.get("CreationDate") or metadata.get("ModDate") or "")
    author = squash(clean_text(metadata.get("Author", ""))) or None
    return [
        finish(
            source,
            title,
            paragraphs,
            date=date,
            date_source="PDF metadata" if date else None,
            author=author,
        )
    ]


# --------------------------------------------------------------------------- layout


def _page_lines(page: Any) -> list[Line]:
    """A page's lines in reading order (columns one after the other)."""
    textpage = page.get_textpage()
    try:
        runs = []
        for i in range(textpage.count_rects()):
            left, bottom, right, top = textpage.get_rect(i)
            text = textpage.get_text_bounded(left, bottom, right, top)
            text = " ".join(text.split())
            if text:
                runs.append(Run(left, bottom, right, top, text))
    finally:
        textpage.close()
        page.close()
    if not runs:
        return []
    width = max(r.right for r in runs) - min(r.left for r in runs)
    gutter = _gutter(runs, min(r.left for r in runs), width)
    if gutter is None:
        return _lines(runs)
    spanning = [r for r in runs if r.left < gutter < r.right]
    left = [r for r in runs if r.right <= gutter]
    right = [r for r in runs if r.left >= gutter]
    columns_top = max(r.top for r in (*left, *right))
    above = [r for r in spanning if r.bottom >= columns_top - 1]
    below = [r for r in spanning if r.bottom < columns_top - 1]
    return [*_lines(above), *_lines(left), *_lines(right), *_lines(below)]


def _gutter(runs: Sequence[Run], start: float, width: float) -> float | None:
    """The x of an empty strip down the page's middle third that splits its runs into
    two columns of real text, or None for a one-column page."""
    if width <= 0 or len(runs) < 6:
        return None
    steps = 60
    best: tuple[int, float] | None = None
    for step in range(steps // 3, 2 * steps // 3 + 1):
        x = start + width * step / steps
        crossing = sum(1 for r in runs if r.left < x < r.right)
        if best is None or crossing < best[0]:
            best = (crossing, x)
    if best is None:
        return None
    crossing, x = best
    left = sum(1 for r in runs if r.right <= x)
    right = sum(1 for r in runs if r.left >= x)
    if crossing > 0.1 * len(runs) or min(left, right) < 0.25 * len(runs):
        return None
    return x


def _lines(runs: Sequence[Run]) -> list[Line]:
    """Runs on one baseline joined into lines, top to bottom."""
    lines: list[list[Run]] = []
    for run in sorted(runs, key=lambda r: (-r.top, r.left)):
        if lines:
            last = lines[-1]
            middle = (run.top + run.bottom) / 2
            if min(r.bottom for r in last) <= middle <= max(r.top for r in last):
                last.append(run)
                continue
        lines.append([run])
    out = []
    for group in lines:
        group.sort(key=lambda r: r.left)
        out.append(
            Line(
                left=group[0].left,
                right=max(r.right for r in group),
                top=max(r.top for r in group),
                bottom=min(r.bottom for r in group),
                text=" ".join(r.text for r in group),
            )
        )
    return out


def _furniture_key(text: str) -> str:
    return _DIGITS.sub("#", " ".join(text.lower().split()))


def _drop_furniture(pages: list[list[Line]]) -> list[list[Line]]:
    """Pages without their page numbers and running headers and footers: lines at the
    top or foot of a page that recur (digits aside) on at least half the pages."""

    def margins(page: list[Line]) -> list[Line]:
        by_height = sorted(page, key=lambda line: -line.top)
        return by_height[:_MARGIN_LINES] + by_height[-_MARGIN_LINES:]

    counts: Counter[str] = Counter()
    for page in pages:
        counts.update({_furniture_key(line.text) for line in margins(page)})
    repeated = {key for key, n in counts.items() if len(pages) >= 2 and n >= max(2, len(pages) / 2)}

    def furniture(line: Line) -> bool:
        return bool(_PAGE_NUMBER.match(line.text.strip())) or _furniture_key(line.text) in repeated

    out = []
    for page in pages:
        edge = {id(line) for line in margins(page)}
        out.append(
            [
                line
                for line in page
                if id(line) not in edge
                or not (
                    _PAGE_NUMBER.match(line.text.strip()) or _furniture_key(line.text) in repeated
                )
            ]
        )
    return out


def _paragraphs(pages: list[list[Line]]) -> Iterator[str]:
    """Lines into paragraphs, across columns and pages."""
    heights = [line.top - line.bottom for page in pages for line in page]
    if not heights:
        return
    height = sorted(heights)[len(heights) // 2] or 1.0  # the median line's height
    current: list[str] = []
    for page in pages:
        previous: Line | None = None
        widest = max((line.right - line.left for line in page), default=0.0)
        for line in page:
            if previous is not None and current:
                gap = previous.bottom - line.top
                jumped = line.top > previous.top  # the next column starts higher up
                short = previous.right - previous.left < 0.75 * widest
                ends = current[-1].rstrip().endswith(_SENTENCE_END)
                if gap > 0.9 * height or (short and ends and not jumped) or (jumped and ends):
                    yield _join(current)
                    current = []
            current.append(line.text)
            previous = line
        if current and current[-1].rstrip().endswith(_SENTENCE_END):
            yield _join(current)  # a paragraph that ends with its page
            current = []
    if current:
        yield _join(current)


def _join(lines: list[str]) -> str:
    """Lines into one paragraph, words hyphenated at line ends joined again."""
    out = lines[0].strip()
    for line in lines[1:]:
        line = line.strip()
        hyphen = out.endswith(_LINE_END_HYPHENS) and len(out) >= 2 and out[-2].isalpha()
        if hyphen and line[:1].islower():
            out = out[:-1] + line
        else:
            out = f"{out.rstrip(_SOFT_HYPHEN)} {line}"
    return out.replace(_SOFT_HYPHEN, "-")


def _metadata_title(value: str | None) -> str | None:
    title = squash(clean_text(value or ""))
    if not title or _METADATA_TITLE_JUNK.match(title):
        return None
    if title.lower().endswith((".doc", ".docx", ".pdf", ".indd", ".tex", ".rtf")):
        return None
    return title


def _headline_like(paragraph: str) -> bool:
    words = paragraph.split()
    return 0 < len(words) <= 20 and not paragraph.rstrip().endswith((".", ",", ";", ":"))


KIND = InputKind(
    "pdf",
    read,
    suffixes=(".pdf",),
    magic=(b"%PDF",),
    media_types=("application/pdf", "application/x-pdf"),
)
