"""Summarizing one article: the library's main entry point and its result type.

``summarize(text)``, ``summarize_article(article)`` and ``summarize_analysis(analysis)``
return a :class:`DocumentSummary` holding the summary sentences, keyphrases, key
figures and statistics. The summary is
always a subset of the article's body sentences, in document order, without duplicates,
never longer than asked and, for an article with a sentence, never empty (unless a
``words`` budget is too small for every sentence).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field

from tradesum.analysis import Analysis, Needs, analyse
from tradesum.errors import Failure, UsageError
from tradesum.figure import Figure
from tradesum.inputs import Article, parse_text
from tradesum.keywords import Keyword
from tradesum.methods import REGISTRY, Scored, parse_method
from tradesum.scores import within_budget

DEFAULT_SENTENCES = 3
DEFAULT_KEYWORDS = 10


@dataclass(frozen=True, slots=True)
class Length:
    """How long a summary may be: a sentence count, a ratio of the article, or a word budget.

    At most one of ``sentences`` and ``ratio`` may be set; ``words`` caps either (or, on
    its own, picks the best sentences that fit). With none set, 3 sentences.
    """

    sentences: int | None = None
    ratio: float | None = None
    words: int | None = None

    def __post_init__(self) -> None:
        if self.sentences is not None and self.ratio is not None:
            raise UsageError("give either a sentence count or a ratio, not both")
        if self.sentences is not None and self.sentences < 1:
            raise UsageError(f"the sentence count must be 1 or more (got {self.sentences})")
        if self.ratio is not None and not (0.0 < self.ratio <= 1.0):
            raise UsageError(f"the ratio must be above 0 and at most 1 (got {self.ratio})")
        if self.words is not None and self.words < 1:
            raise UsageError(f"the word budget must be 1 or more (got {self.words})")

    def count(self, available: int) -> int:
        """How many sentences to pick from ``available`` candidates."""
        if self.ratio is not None:
            wanted = max(1, math.floor(self.ratio * available + 1e-9))
        elif self.sentences is not None:
            wanted = self.sentences
        elif self.words is not None:
            wanted = available
        else:
            wanted = DEFAULT_SENTENCES
        return min(wanted, available)

    def share(self, available: int, words: int) -> float:
        """The share of the article (0 to 1) the summary is to take: the smaller of the
        sentences asked for over the ``available`` ones and the word budget over the
        article's ``words``."""
        shares = []
        if self.words is not None:
            shares.append(self.words / max(words, 1))
        if self.sentences is not None or self.ratio is not None or self.words is None:
            shares.append(self.count(available) / max(available, 1))
        return min(1.0, *shares)

    def describe(self) -> str:
        parts = []
        if self.ratio is not None:
            parts.append(f"{self.ratio:g} of the sentences")
        elif self.sentences is not None or self.words is None:
            parts.append(f"{self.sentences or DEFAULT_SENTENCES} sentences")
        if self.words is not None:
            parts.append(f"at most {self.words} words")
        return ", ".join(parts)


@dataclass(frozen=True, slots=True)
class SummarySentence:
    """A sentence of the summary: its text, its 0-based index among the body sentences,
    its score (None for methods that do not expose one) and the score's parts."""

    text: str
    index: int
    score: float | None = None
    parts: tuple[tuple[str, float], ...] = ()


@dataclass(frozen=True, slots=True)
class DocumentSummary:
    """Everything tradesum reports about one article, and the analysis it came from."""

    source: str
    title: str | None
    method: str
    summary: tuple[SummarySentence, ...]
    keywords: tuple[Keyword, ...]
    figures: tuple[Figure, ...]
    sentence_count: int
    word_count: int
    sentences: tuple[str, ...] = field(repr=False, default=())
    warnings: tuple[str, ...] = ()
    summary_word_count: int = 0
    date: str | None = None
    #: Where the date was found ("page metadata", "feed entry", "dateline", ...).
    date_source: str | None = None
    url: str | None = None
    #: The text's language (ISO 639-1), None when too short to tell.
    language: str | None = None
    #: The input the article came from, when it is one of several in it (a feed).
    origin: str | None = None
    #: The analysed article (kept where a later step, such as a comparison, reads it).
    analysis: Analysis | None = field(default=None, repr=False, compare=False)

    @property
    def compression(self) -> float:
        """Summary words as a share of article words (0 for an empty article)."""
        return round(self.summary_word_count / self.word_count, 4) if self.word_count else 0.0


#: What a batch yields for each source: its summary, or why it could not be read.
Result = DocumentSummary | Failure


def summarize(
    text: str,
    *,
    sentences: int | None = None,
    ratio: float | None = None,
    words: int | None = None,
    method: str | None = None,
    keywords: int = DEFAULT_KEYWORDS,
    source: str = "<text>",
) -> DocumentSummary:
    """Summarize a raw article (headline line, blank line, body; or just a body).

    Raises :class:`~tradesum.errors.InputError` for text with nothing to summarize,
    :class:`~tradesum.errors.UsageError` for bad options and :class:`TypeError` for
    anything but a string.
    """
    if not isinstance(text, str):
        raise TypeError(f"summarize() takes the article as a str, not {type(text).__name__}")
    length = Length(sentences=sentences, ratio=ratio, words=words)
    return summarize_article(
        parse_text(text, source=source), length=length, method=method, keywords=keywords
    )


def summarize_article(
    article: Article,
    *,
    length: Length | None = None,
    method: str | None = None,
    keywords: int = DEFAULT_KEYWORDS,
    explain: bool = False,
) -> DocumentSummary:
    """Analyse and summarize a loaded :class:`~tradesum.inputs.Article`."""
    chosen = parse_method(method)
    analysis = analyse(article, Needs.of(chosen, keywords, explain=explain))
    return summarize_analysis(analysis, length=length, method=chosen, keywords=keywords)


def summarize_analysis(
    analysis: Analysis,
    *,
    length: Length | None = None,
    method: str | None = None,
    keywords: int = DEFAULT_KEYWORDS,
    keep: bool = False,
) -> DocumentSummary:
    """The summary of an analysed article (``keep``: the result carries the analysis)."""
    if keywords < 0:
        raise UsageError(f"the keyword count must be 0 or more (got {keywords})")
    length = length or Length()
    chosen = parse_method(method)
    parsed = analysis.parsed
    available = len(analysis.candidates)
    share = length.share(available, parsed.word_count)
    scored = REGISTRY[chosen].score(analysis, length.count(available), share)
    picked = _fit(analysis, scored, length)
    summary = tuple(
        SummarySentence(parsed.sentences[s.index].text, s.index, s.score, s.parts)
        for s in sorted(picked, key=lambda s: s.index)
    )
    article = analysis.article
    return DocumentSummary(
        source=article.source,
        title=article.title,
        method=chosen,
        summary=summary,
        keywords=analysis.keyphrases[:keywords],
        figures=analysis.figures,
        sentence_count=len(parsed.sentences),
        word_count=parsed.word_count,
        sentences=tuple(s.text for s in parsed.sentences),
        warnings=analysis.warnings,
        summary_word_count=sum(len(parsed.sentences[s.index].tokens) for s in summary),
        date=article.date,
        date_source=article.date_source,
        url=article.url,
        language=article.language,
        origin=article.origin,
        analysis=analysis if keep else None,
    )


def _fit(analysis: Analysis, ranked: Iterable[Scored], length: Length) -> list[Scored]:
    """Apply the word budget: keep ranked sentences while they fit, best first, and stop
    asking for more once not even the shortest sentence would fit."""
    if length.words is None:
        return list(ranked)
    sentences = analysis.parsed.sentences
    shortest = min(len(sentences[i].tokens) for i in analysis.candidates)
    return list(
        within_budget(
            ranked, lambda item: len(sentences[item.index].tokens), length.words, shortest
        )
    )
