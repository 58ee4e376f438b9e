"""Summarizing one article: the library's main entry point and its result type.

``summarize(text)`` and ``summarize_article(article)`` return a :class:`DocumentSummary`
holding the summary sentences, keyphrases, key figures and statistics. The summary is
always a subset of the article's body sentences, in document order, without duplicates,
never longer than asked and, for an article with a sentence, never empty (unless a
``words`` budget is too small for every sentence).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

from tradesum.documents import Article, parse
from tradesum.errors import Failure, InputError, UsageError
from tradesum.figures import Figure, extract_figures
from tradesum.keywords import Keyword, extract_keywords
from tradesum.methods import REGISTRY, Method, Scored, parse_method
from tradesum.nlp import Parsed, parse_article

DEFAULT_SENTENCES = 3
DEFAULT_KEYWORDS = 10
#: Keyphrases computed for scoring even when fewer are shown.
_SCORING_KEYWORDS = 15


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
    """Everything tradesum reports about one article."""

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

    @property
    def summary_word_count(self) -> int:
        from tradesum.nlp import tokenize

        return sum(len(tokenize(s.text)) for s in self.summary)

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
    method: str | Method | None = None,
    keywords: int = DEFAULT_KEYWORDS,
    source: str = "<text>",
) -> DocumentSummary:
    """Summarize a raw article (headline line, blank line, body; or just a body).

    Raises :class:`~tradesum.errors.InputError` for text with nothing to summarize and
    :class:`~tradesum.errors.UsageError` for bad options.
    """
    length = Length(sentences=sentences, ratio=ratio, words=words)
    return summarize_article(
        parse(text, source=source), length=length, method=method, keywords=keywords
    )


def summarize_article(
    article: Article,
    *,
    length: Length | None = None,
    method: str | Method | None = None,
    keywords: int = DEFAULT_KEYWORDS,
) -> DocumentSummary:
    """Summarize an already loaded :class:`~tradesum.documents.Article`."""
    return summarize_parsed(parse_article(article), length=length, method=method, keywords=keywords)


def summarize_parsed(
    parsed: Parsed,
    *,
    length: Length | None = None,
    method: str | Method | None = None,
    keywords: int = DEFAULT_KEYWORDS,
) -> DocumentSummary:
    """Summarize an article that is already split into sentences."""
    if keywords < 0:
        raise UsageError(f"the keyword count must be 0 or more (got {keywords})")
    length = length or Length()
    chosen_method = parse_method(method)
    article = parsed.article
    if not parsed.sentences:
        raise InputError("has no sentences to summarize", source=article.source)

    candidates = _unique(parsed)
    # The news and Edmundson scorers use keyphrases; the others only report them.
    uses_phrases = chosen_method in (Method.NEWS, Method.EDMUNDSON)
    phrases = extract_keywords(
        parsed, max(keywords, _SCORING_KEYWORDS) if uses_phrases else keywords
    )
    available = len(candidates)
    share = length.share(available, parsed.word_count)
    scored = REGISTRY[chosen_method](parsed, candidates, length.count(available), phrases, share)
    picked = _fit(parsed, scored, length)
    summary = tuple(
        SummarySentence(parsed.sentences[s.index].text, s.index, s.score, s.parts)
        for s in sorted(picked, key=lambda s: s.index)
    )
    return DocumentSummary(
        source=article.source,
        title=article.title,
        method=chosen_method.value,
        summary=summary,
        keywords=phrases[:keywords],
        figures=extract_figures(parsed.sentences),
        sentence_count=len(parsed.sentences),
        word_count=parsed.word_count,
        sentences=tuple(s.text for s in parsed.sentences),
        warnings=_warnings(parsed),
    )


def _warnings(parsed: Parsed) -> tuple[str, ...]:
    """Things a reader should know about the result (the CLI shows them on stderr)."""
    from tradesum.nlp import stop_words

    tokens = [t.lower() for s in parsed.sentences for t in s.tokens if t[:1].isalpha()]
    if len(tokens) >= 20:
        english = sum(1 for t in tokens if t in stop_words()) / len(tokens)
        if english < 0.15:
            return (
                "does not look like English; tradesum's sentence splitting, keyphrases and "
                "scores are made for English, so results may be poor",
            )
    return ()


def _unique(parsed: Parsed) -> list[int]:
    """Indices of the first occurrence of each distinct sentence."""
    seen: set[str] = set()
    out = []
    for sentence in parsed.sentences:
        key = " ".join(sentence.text.split()).lower()
        if key not in seen:
            seen.add(key)
            out.append(sentence.index)
    return out


def _fit(parsed: Parsed, ranked: Sequence[Scored], length: Length) -> list[Scored]:
    """Apply the word budget: keep ranked sentences while they fit, best first."""
    if length.words is None:
        return list(ranked)
    budget = length.words
    kept = []
    for item in ranked:
        size = len(parsed.sentences[item.index].tokens)
        if size <= budget:
            kept.append(item)
            budget -= size
    return kept
