"""One view per result: what a reader is shown, as labelled blocks, whatever the format.

:func:`document_view`, :func:`comparison_view` and :func:`report_view` turn a result into
a tuple of :data:`Block` objects (headings, fields, bullet lists, labelled facts, grids,
notes). The plain, Markdown and rich renderers only format blocks, so the three show
the same content by construction; JSON is built from the results as data instead
(:mod:`tradesum.render.data`). Text in a view is a :class:`Text`: spans of plain,
strong, emphasised, code or linked text; renderers escape every span for their format.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tradesum.errors import Failure
from tradesum.figure import Figure, FigureKind
from tradesum.inputs.kind import Article
from tradesum.summary import DocumentSummary, Result

if TYPE_CHECKING:
    from tradesum.comparison import Comparison, PairComparison
    from tradesum.digest import Digest, Story, StoryFigure
    from tradesum.export import Report
    from tradesum.figure_table import FigureTable

# --------------------------------------------------------------------------- text


@dataclass(frozen=True, slots=True)
class Span:
    text: str
    #: "" (plain data), "label" (tradesum's own words, never data), "tag" (tradesum's
    #: own, set apart), "strong", "em", "code" or "link" (with ``target``).
    style: str = ""
    target: str | None = None


@dataclass(frozen=True, slots=True)
class Text:
    spans: tuple[Span, ...]

    @property
    def plain(self) -> str:
        return "".join(s.text for s in self.spans)


def text(*parts: str | Span) -> Text:
    """Text from article or user data (escaped by every format) and styled spans."""
    return Text(tuple(p if isinstance(p, Span) else Span(p) for p in parts if p != ""))


def label(words: str) -> Text:
    """Text tradesum itself writes ("[1] vs [2]", "one story"): shown as it is."""
    return Text((Span(words, "label"),))


# --------------------------------------------------------------------------- blocks


@dataclass(frozen=True, slots=True)
class Heading:
    text: Text
    level: int  # 1 for a report's parts, 2 for an article in a report, ...


@dataclass(frozen=True, slots=True)
class Field:
    """One labelled value on a line: "Source: ..."."""

    label: str
    value: Text


@dataclass(frozen=True, slots=True)
class Bullets:
    items: tuple[Text, ...]
    numbered: bool = False
    #: Words to stand out in the items where the format can show it (keyphrases).
    highlight: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Facts:
    """Labelled lists: "Shared keywords: a, b, c"."""

    rows: tuple[tuple[str, Text], ...]


@dataclass(frozen=True, slots=True)
class Grid:
    """A table: column names, their alignment ("left" or "right"), rows of cells; with
    ``row_labels`` the first cell of each row labels it."""

    columns: tuple[str, ...]
    rows: tuple[tuple[Text, ...], ...]
    align: tuple[str, ...] = ()
    row_labels: bool = False


@dataclass(frozen=True, slots=True)
class Note:
    """A remark set apart: statistics, settings."""

    text: Text


@dataclass(frozen=True, slots=True)
class Paragraphs:
    """An article's own text, paragraph by paragraph (plain output keeps each on one
    line, for other tools to read)."""

    items: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Meta:
    """What a report was made from and with (Markdown writes it as YAML front matter)."""

    settings: tuple[tuple[str, str], ...]
    sources: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Section:
    """A unit of output: one article, one comparison, one report. ``blocks`` are in
    order; ``framed`` sections get a frame where the format has one (rich panels)."""

    blocks: tuple[Block, ...]
    framed: bool = False
    failed: bool = False


Block = Heading | Field | Bullets | Facts | Grid | Note | Paragraphs | Meta | Section


# --------------------------------------------------------------------------- documents


def _dated(date: str, date_source: str | None) -> Text:
    """A publication date, with where it was found."""
    return text(date, f" ({date_source})" if date_source else "")


def _provenance(
    date: str | None, date_source: str | None, url: str | None, source: str
) -> list[Block]:
    """The date (with where it was found) and the link of an article, where known."""
    blocks: list[Block] = []
    if date:
        blocks.append(Field("Date", _dated(date, date_source)))
    if url and url != source:
        blocks.append(Field("URL", text(Span(url, "code"))))
    return blocks


def _unread(failure: Failure, level: int) -> Section:
    """An input that could not be read, in its place among the results."""
    return Section(
        (Heading(text(failure.source), level), Field("Could not read", text(failure.message))),
        framed=True,
        failed=True,
    )


def article_view(result: Article | Failure, *, level: int = 2) -> Section:
    """An article as tradesum read it: headline, what is known of it, its paragraphs."""
    if isinstance(result, Failure):
        return _unread(result, level)
    rows: list[tuple[str, Text]] = []
    if result.date:
        rows.append(("Date", _dated(result.date, result.date_source)))
    rows.append(("Source", text(Span(result.source, "code"))))
    for name, value in (("URL", result.url), ("Author", result.author), ("Site", result.site)):
        if value and value != result.source:
            rows.append((name, text(Span(value, "code") if name == "URL" else value)))
    if result.language:
        rows.append(("Language", text(result.language)))
    rows.extend(("Note", text(note)) for note in result.notes)
    blocks: list[Block] = [Heading(text(result.title or result.source), level), Facts(tuple(rows))]
    blocks.append(Paragraphs(result.paragraphs))
    return Section(tuple(blocks), framed=True)


def document_view(result: Result, *, explain: bool = False, level: int = 2) -> Section:
    """An article's summary, keyphrases, figures and statistics (or why it failed)."""
    if isinstance(result, Failure):
        return _unread(result, level)
    doc: DocumentSummary = result
    blocks: list[Block] = [
        Heading(text(doc.title or doc.source), level),
        Field("Source", text(Span(doc.source, "code"))),
    ]
    blocks.extend(_provenance(doc.date, doc.date_source, doc.url, doc.source))
    blocks.append(Heading(label("Summary"), level + 1))
    items = []
    for item in doc.summary:
        if explain:
            items.append(
                text(item.text, " ", Span(_explained(item.index, item.score, item.parts), "em"))
            )
        else:
            items.append(text(item.text))
    blocks.append(Bullets(tuple(items), highlight=tuple(k.phrase for k in doc.keywords)))
    if doc.keywords:
        blocks += [
            Heading(label("Keywords"), level + 1),
            Grid(
                ("Keyphrase", "Score"),
                tuple((text(k.phrase), text(f"{k.score:.2f}")) for k in doc.keywords),
                ("left", "right"),
            ),
        ]
    blocks.extend(_figure_blocks(doc.figures, level + 1))
    blocks.append(
        Note(
            label(
                f"{doc.sentence_count} sentences, {doc.word_count} words; summary "
                f"{len(doc.summary)} sentences, {doc.summary_word_count} words "
                f"({doc.compression:.0%}); method {doc.method}"
                + (f"; language {doc.language}." if doc.language else ".")
            )
        )
    )
    return Section(tuple(blocks), framed=True)


#: Figures shown in an article's table; JSON has them all.
FIGURES_SHOWN = 40
#: Dates listed under an article's figures.
DATES_SHOWN = 12


def _figure_blocks(figures: Sequence[Figure], level: int) -> list[Block]:
    """An article's figures: a table of what each measures (dates, which would crowd
    the rest out, on one line beneath)."""
    if not figures:
        return []
    amounts = [f for f in figures if f.kind is not FigureKind.DATE]
    dates = list(dict.fromkeys(f.text for f in figures if f.kind is FigureKind.DATE))
    blocks: list[Block] = [Heading(label("Key figures"), level)]
    shown = amounts[:FIGURES_SHOWN]
    if shown:
        blocks.append(
            Grid(
                ("Figure", "Measures", "Change", "Period"),
                tuple(
                    (text(f.text), text(measures(f)), label(change(f)), text(f.period or ""))
                    for f in shown
                ),
            )
        )
    if len(amounts) > len(shown):
        more = len(amounts) - len(shown)
        blocks.append(Note(label(f"and {more:,} more figures (JSON output lists them all)")))
    if dates:
        listed = ", ".join(dates[:DATES_SHOWN])
        rest = f" and {len(dates) - DATES_SHOWN:,} more" if len(dates) > DATES_SHOWN else ""
        blocks.append(Field("Dates", text(listed + rest)))
    return blocks


def measures(figure: Figure) -> str:
    """What a figure measures, with its place where the subject does not name it:
    "exports to China", "tariffs (China)"."""
    subject = figure.subject or ""
    if figure.entity and figure.entity.lower() not in subject.lower():
        return f"{subject} ({figure.entity})" if subject else figure.entity
    return subject


def change(figure: Figure) -> str:
    """How a figure moves or is bounded, in words: "up", "from", "at least", "about"."""
    parts = []
    if figure.direction:
        parts.append(figure.direction)
    if figure.change:
        parts.append(figure.change)
    if figure.bound:
        parts.append("at least" if figure.bound == "min" else "at most")
    if figure.approx:
        parts.append("about")
    return ", ".join(parts)


def amount(figure: Figure) -> str:
    """A figure's value and unit as tradesum reads them: "2.3 bn USD", "15–20 %"."""
    if figure.low is not None and figure.high is not None:
        number = f"{_short(figure.low)}–{_short(figure.high)}"
    elif figure.value is not None:
        number = _short(figure.value)
    else:
        return ""
    if figure.unit in ("%", None):
        return number + (figure.unit or "")
    return f"{number} {figure.unit}"


def _short(value: float) -> str:
    for size, word in ((1e12, "tn"), (1e9, "bn"), (1e6, "mn")):
        if abs(value) >= size:
            return f"{value / size:,.4g} {word}"
    return f"{value:,.6g}" if abs(value) >= 1000 else f"{value:.6g}"


#: A figure's sentence is shown whole up to this many characters; a longer one is cut to
#: as much around the figure, so that a table of many figures from one huge sentence
#: stays about as large as the text it comes from.
CONTEXT = 400


def _sentence(sentences: tuple[str, ...], index: int) -> str:
    return sentences[index] if 0 <= index < len(sentences) else ""


def around(sentence: str, figure: str) -> str:
    """The sentence, or for a long one the :data:`CONTEXT` characters around the figure."""
    if len(sentence) <= CONTEXT:
        return sentence
    at = max(0, sentence.find(figure))
    start = max(0, min(at - CONTEXT // 2, len(sentence) - CONTEXT))
    end = start + CONTEXT
    return ("…" if start else "") + sentence[start:end] + ("…" if end < len(sentence) else "")


def _explained(index: int, score: float | None, parts: tuple[tuple[str, float], ...]) -> str:
    if score is None:
        return f"(sentence {index}; score n/a: this method exposes no scores)"
    detail = "".join(f", {name} {value:.2f}" for name, value in parts)
    return f"(sentence {index}; score {score:.3f}{detail})"


# --------------------------------------------------------------------------- comparisons

#: How many "only in" sentences and alignments are shown per pair.
SHOWN = 5


def comparison_view(
    comparison: Comparison, *, level: int = 2, same_story_only: bool = False
) -> Section:
    """The similarity matrix, the groups of articles on the same story, then each pair
    (with ``same_story_only``, the same-story pairs only, as reports of many articles
    need), then the joint summary."""
    docs = comparison.documents
    blocks: list[Block] = [
        Heading(label("Documents"), level),
        Bullets(
            tuple(
                text(
                    d.title or "(no headline)",
                    " (",
                    Span(d.source, "code"),
                    f", {d.language})" if d.language else ")",
                )
                for d in docs
            ),
            numbered=True,
        ),
    ]
    if comparison.similarity:
        blocks += [
            Heading(label("Similarity"), level),
            Grid(
                ("", *(f"[{i + 1}]" for i in range(len(docs)))),
                tuple(
                    (label(f"[{i + 1}]"), *(label(f"{v:.2f}") for v in row))
                    for i, row in enumerate(comparison.similarity)
                ),
                ("left", *("right" for _ in docs)),
                row_labels=True,
            ),
        ]
    blocks += [
        Heading(label("Stories"), level),
        Bullets(
            tuple(
                label(
                    ", ".join(f"[{i + 1}]" for i in group)
                    + (": one story" if len(group) > 1 else ": alone")
                )
                for group in comparison.groups
            )
        ),
    ]
    if not comparison.every_pair:
        every = len(docs) * (len(docs) - 1) // 2
        blocks.append(
            Note(
                label(
                    f"{len(docs)} articles: each story's articles are compared with its most "
                    f"central one ({len(comparison.pairs):,} pairs); --pairs compares every "
                    f"pair ({every:,})."
                )
            )
        )
    for pair in comparison.pairs:
        if same_story_only and not pair.same_story:
            continue
        blocks += _pair_blocks(pair, level)
    if comparison.joint_summary:
        blocks += [
            Heading(label("Joint summary"), level),
            Bullets(
                tuple(
                    text(r.text, " ", Span(f"[{r.doc + 1}]", "tag"))
                    for r in comparison.joint_summary
                )
            ),
        ]
    return Section(tuple(blocks))


def _pair_blocks(pair: PairComparison, level: int) -> list[Block]:
    a, b = f"[{pair.a + 1}]", f"[{pair.b + 1}]"
    verdict = "same story" if pair.same_story else "different stories"
    facts = [
        ("Shared keywords", pair.shared_keywords),
        (f"Keywords only in {a}", pair.only_a_keywords),
        (f"Keywords only in {b}", pair.only_b_keywords),
        ("Names in both", pair.shared_names),
        (f"Names only in {a}", pair.only_a_names),
        (f"Names only in {b}", pair.only_b_names),
        (f"Figures only in {a}", tuple(f.text for f in pair.only_a_figures)),
        (f"Figures only in {b}", tuple(f.text for f in pair.only_b_figures)),
    ]
    blocks: list[Block] = [
        Heading(label(f"{a} vs {b}: {verdict} (similarity {pair.similarity:.2f})"), level),
        Facts(tuple((name, text(", ".join(items))) for name, items in facts if items)),
    ]
    if pair.figure_differences:
        blocks += [
            Heading(label("Figures that differ"), level + 1),
            Bullets(
                tuple(
                    text(
                        measures(d.a) or d.kind.value,
                        ": ",
                        Span(d.a.text, "strong"),
                        f" in {a}, ",
                        Span(d.b.text, "strong"),
                        f" in {b}. ",
                        Span(
                            f"“{around(d.a_sentence, d.a.text)}” / "
                            f"“{around(d.b_sentence, d.b.text)}”",
                            "em",
                        ),
                    )
                    for d in pair.figure_differences
                )
            ),
        ]
    if pair.aligned:
        blocks += [
            Heading(label("Reported by both"), level + 1),
            Grid(
                ("Score", a, b),
                tuple(
                    (text(f"{x.score:.2f}"), text(x.a.text), text(x.b.text))
                    for x in pair.aligned[:SHOWN]
                ),
                ("right", "left", "left"),
            ),
        ]
    for name, refs in ((a, pair.only_in_a), (b, pair.only_in_b)):
        if refs:
            blocks += [
                Heading(label(f"Only in {name}"), level + 1),
                Bullets(tuple(text(r.text) for r in refs[:SHOWN])),
            ]
    return blocks


# --------------------------------------------------------------------------- reports


def report_view(report: Report, *, links: Sequence[str] | None = None) -> Section:
    """A whole export: settings, contents, each article, comparisons, failures. With
    ``links`` (one file name per article) the articles are linked, not included: the
    index page of a split export."""
    summaries = report.summaries
    entries = [
        text(Span(doc.title or doc.source, "link", links[i]) if links else doc.title or doc.source)
        for i, doc in enumerate(summaries)
    ]
    if report.comparison is not None:
        entries.append(label("Comparison"))
    if report.failures:
        entries.append(label("Could not read"))
    blocks: list[Block] = [
        Meta(report.settings, tuple(r.source for r in report.results)),
        Heading(label("Trade news brief"), 1),
        Heading(label("Contents"), 2),
        Bullets(tuple(entries), numbered=True),
    ]
    if not links:
        blocks += [document_view(doc, level=2) for doc in summaries]
    if report.comparison is not None:
        blocks += [
            Heading(label("Comparison"), 1),
            comparison_view(report.comparison, level=2, same_story_only=True),
        ]
    if report.failures:
        blocks += [
            Heading(label("Could not read"), 1),
            Bullets(tuple(text(Span(f.source, "code"), ": ", f.message) for f in report.failures)),
        ]
    return Section(tuple(blocks))


# --------------------------------------------------------------------------- digest


def digest_view(digest: Digest) -> Section:
    """Stories, biggest first: a contents list, then each story with its summary (each
    sentence tagged with its source), its articles and its figures; the articles that
    could not be read last."""
    many = [s for s in digest.stories if s.sources > 1]
    single = [s for s in digest.stories if s.sources == 1]
    blocks: list[Block] = [
        Heading(label(f"Stories ({len(many)}), other articles ({len(single)})"), 1),
        Bullets(
            tuple(
                text(*_new(digest.since and s.new), s.title, f" ({_sources(s)})")
                for s in digest.stories
            ),
            numbered=True,
        ),
    ]
    marks = digest.since
    blocks.extend(
        _story_section(number, story, marks) for number, story in enumerate(many, start=1)
    )
    if single:
        blocks.append(Heading(label("Other articles"), 2))
        blocks.extend(
            _story_section(number, story, marks)
            for number, story in enumerate(single, len(many) + 1)
        )
    blocks.extend(_could_not_read(digest.failures))
    return Section(tuple(blocks))


def _could_not_read(failures: Sequence[Failure]) -> list[Block]:
    """The inputs that failed, with why, after the results."""
    if not failures:
        return []
    return [
        Heading(label("Could not read"), 2),
        Bullets(tuple(text(Span(f.source, "code"), ": ", f.message) for f in failures)),
    ]


def _sources(story: Story) -> str:
    count = story.sources
    return f"{count} source{'s' if count != 1 else ''}" + (
        f", {story.latest}" if story.latest else ""
    )


def _new(marked: bool) -> tuple[Span, ...]:
    return (Span("NEW", "tag"), Span(" ")) if marked else ()


def _story_section(number: int, story: Story, marks: bool = False) -> Section:
    articles = []
    for article in story.articles:
        parts: list[str | Span] = [Span(article.source, "code")]
        if article.date:
            parts.append(f" {article.date}")
        if article.language:
            parts.append(f" [{article.language}]")
        if article.title:
            parts.append(f": {article.title}")
        if article.copies:
            parts.append(Span(f" (also {', '.join(article.copies)})", "em"))
        articles.append(text(*parts))
    blocks: list[Block] = [
        Heading(text(f"{number}. ", *_new(marks and story.new), story.title), 3),
        Bullets(
            tuple(
                text(
                    *_new(marks and s.new and not story.new),
                    s.text,
                    " ",
                    Span(f"[{s.source}]", "tag"),
                )
                for s in story.summary
            )
        ),
        Heading(label("Articles"), 4),
        Bullets(tuple(articles)),
    ]
    if story.update:
        blocks[2:2] = [
            Heading(label("New since the earlier digest"), 4),
            Bullets(tuple(text(s.text, " ", Span(f"[{s.source}]", "tag")) for s in story.update)),
        ]
    if story.figures:
        blocks.append(Heading(label("Figures"), 4))
        blocks.append(
            Grid(
                ("Figure", "Measures", "Source", "Sentence"),
                tuple(
                    (
                        text(*_new(marks and f.new and not story.new), f.text, *_was(f)),
                        text(measures(f.figure)),
                        text(Span(f.source, "code")),
                        text(around(f.sentence, f.text)),
                    )
                    for f in story.figures
                ),
            )
        )
    if story.conflicts:
        blocks.append(Heading(label("Figures that conflict"), 4))
        blocks.append(
            Grid(
                ("Measures", "One says", "Another says"),
                tuple(
                    (
                        text(measures(c.a.figure)),
                        text(c.a.text, " ", Span(f"[{c.a.source}]", "tag")),
                        text(c.b.text, " ", Span(f"[{c.b.source}]", "tag")),
                    )
                    for c in story.conflicts
                ),
            )
        )
    return Section(tuple(blocks), framed=True)


def _was(figure: StoryFigure) -> tuple[Span, ...]:
    return (Span(f" (was {figure.was})", "em"),) if figure.was else ()


# --------------------------------------------------------------------------- figures


def figure_table_view(table: FigureTable) -> Section:
    """One table of the figures of many articles: a row per figure, by article date."""
    blocks: list[Block] = [
        Heading(label(f"Figures ({len(table.rows):,})"), 1),
    ]
    if table.rows:
        blocks.append(
            Grid(
                ("Date", "Source", "Measures", "Figure", "Value", "Change", "Period", "Sentence"),
                tuple(
                    (
                        text(row.date or ""),
                        text(Span(_short_source(row.source), "code")),
                        text(measures(row.figure)),
                        text(row.figure.text),
                        text(amount(row.figure)),
                        label(change(row.figure)),
                        text(row.figure.period or ""),
                        text(around(row.sentence, row.figure.text)),
                    )
                    for row in table.rows
                ),
            )
        )
    else:
        blocks.append(Note(label("No figures of the kinds asked for.")))
    blocks.extend(_could_not_read(table.failures))
    return Section(tuple(blocks))


def _short_source(source: str) -> str:
    """A source as a table cell: a file's name, or the address as given."""
    if "://" in source:
        return source
    return source.replace("\\", "/").rsplit("/", 1)[-1]
