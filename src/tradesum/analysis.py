"""Analysing an article once: the one object every command consumes.

:func:`analyse` splits an article into sentences and words (in its language's
:class:`~tradesum.lexicon.Lexicon`), finds the candidate sentences (each distinct
sentence once), its keyphrases, its figures and the news score's parts. ``summarize``,
``compare`` and ``export`` all work from the resulting :class:`Analysis`, so no command
parses or scores an article again, and two commands cannot disagree about one. What is
computed is what the run needs (:class:`Needs`): no keyphrases at ``-k 0`` unless a
method or the comparison reads them, no zero-weight score parts unless explained.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from tradesum.errors import InputError
from tradesum.figure import Figure, MeasuredFigures, extract_figures, measure_figures
from tradesum.inputs import Article
from tradesum.keywords import Keyword, extract_keywords
from tradesum.languages import ENGLISH, LEXICONS
from tradesum.lexicon import Lexicon
from tradesum.nlp import Parsed, parse_article
from tradesum.scores import NewsFeatures, news_features, news_weights

#: Keyphrases the scorers that use them (news, Edmundson) and comparisons read.
SCORING_KEYWORDS = 15


@dataclass(frozen=True, slots=True)
class Needs:
    """What to compute for an article."""

    #: How many keyphrases (the best first; any shorter list is a prefix of it).
    keyphrases: int = 10
    #: The news score's parts (the news method, sentence importance in comparisons).
    news_scores: bool = True
    #: Also the parts whose fitted weight is 0 (for ``--explain``).
    all_parts: bool = False

    def __post_init__(self) -> None:
        if self.keyphrases < 0:
            from tradesum.errors import UsageError

            raise UsageError(f"the keyword count must be 0 or more (got {self.keyphrases})")

    @classmethod
    def of(
        cls,
        method: str,
        keywords: int,
        *,
        explain: bool = False,
        compare: bool = False,
        stories: bool = False,
    ) -> Needs:
        """What summarizing with ``method`` and showing ``keywords`` keyphrases needs
        (and, with ``compare``, comparing the article with others; with ``stories``,
        grouping it into stories, whose summaries read the news scores)."""
        from tradesum.methods import REGISTRY

        spec = REGISTRY[method]
        scores = spec.uses_news_scores or compare or stories
        weights = dict(news_weights().parts)
        phrases_scored = scores and (explain or weights.get("keyphrases", 0.0) != 0.0)
        count = keywords
        if spec.uses_keyphrases or compare or phrases_scored:
            count = max(count, SCORING_KEYWORDS)
        return cls(keyphrases=count, news_scores=scores, all_parts=explain)


@dataclass(frozen=True, slots=True)
class Analysis:
    """An article analysed once: its sentences, candidates, keyphrases, figures, scores."""

    parsed: Parsed
    #: Indices of the first occurrence of each distinct sentence: what may be picked.
    candidates: tuple[int, ...]
    keyphrases: tuple[Keyword, ...]
    figures: tuple[Figure, ...]
    #: The news score's parts for the candidates (None when not needed).
    news: NewsFeatures | None
    #: What a reader should know about the results (e.g. the text is not English).
    warnings: tuple[str, ...] = ()

    @property
    def article(self) -> Article:
        return self.parsed.article

    @property
    def lexicon(self) -> Lexicon:
        return self.parsed.lexicon

    def news_features(self) -> NewsFeatures:
        if self.news is None:  # pragma: no cover - Needs.of asks for them where read
            raise RuntimeError("this analysis was made without the news scores")
        return self.news

    def measured_figures(self) -> MeasuredFigures:
        """The figures as ``compare`` and ``digest`` compare them, with the sentences
        they are in (:func:`tradesum.figure.measure_figures`)."""
        return measure_figures(self.figures, self.lexicon, [s.text for s in self.parsed.sentences])

    def importance(self) -> dict[int, float]:
        """Each candidate sentence's news score at the shortest length (how much it
        matters to the story); repeated sentences have none."""
        total = self.news_features().total(0.0)
        return {i: round(float(total[row]), 4) for row, i in enumerate(self.candidates)}


def analyse(
    article: Article, needs: Needs | None = None, *, lexicon: Lexicon | None = None
) -> Analysis:
    """Analyse one article. Raises :class:`InputError` when it has no sentence."""
    lexicon = lexicon or LEXICONS.get(article.language or "en", ENGLISH)
    return analyse_parsed(parse_article(article, lexicon), needs)


def analyse_parsed(parsed: Parsed, needs: Needs | None = None) -> Analysis:
    """Analyse an article already split into sentences (see :func:`analyse`)."""
    needs = needs or Needs()
    article, lexicon = parsed.article, parsed.lexicon
    if not parsed.sentences:
        raise InputError("has no sentences to summarize", source=article.source)
    candidates = tuple(_unique(parsed))
    phrases = extract_keywords(parsed, needs.keyphrases)
    news = (
        news_features(parsed, candidates, phrases, all_parts=needs.all_parts)
        if needs.news_scores
        else None
    )
    figures = extract_figures(parsed.sentences, lexicon)
    return Analysis(parsed, candidates, phrases, figures, news, _warnings(parsed))


def _unique(parsed: Parsed) -> Sequence[int]:
    """Indices of the first occurrence of each distinct sentence."""
    seen: set[str] = set()
    out = []
    for sentence in parsed.sentences:
        key = " ".join(sentence.text.split()).lower()
        if key not in seen:
            seen.add(key)
            out.append(sentence.index)
    return out


def _warnings(parsed: Parsed) -> tuple[str, ...]:
    """Things a reader should know about the result (the CLI shows them on stderr): the
    article's own notes, and a language tradesum has no lexicon for."""
    article, lexicon = parsed.article, parsed.lexicon
    notes = article.notes
    language = article.language
    if language is not None and language != lexicon.code:
        name = LANGUAGE_NAMES.get(language, language)
        have = ", ".join(sorted(LANGUAGE_NAMES.get(code, code) for code in LEXICONS))
        return (
            *notes,
            f"is in {name} ({language}), which tradesum does not support yet ({have}): "
            f"its keyphrases and scores follow {lexicon.name.title()} rules and are "
            "unreliable; sentences and figures such as 3.4% are still found",
        )
    return notes


#: Names of the languages the detector tells most often, for warnings.
LANGUAGE_NAMES = {
    "de": "German", "es": "Spanish", "fr": "French", "it": "Italian", "nl": "Dutch",
    "pt": "Portuguese", "ru": "Russian", "zh": "Chinese", "ja": "Japanese", "ko": "Korean",
    "ar": "Arabic", "tr": "Turkish", "pl": "Polish", "sv": "Swedish", "en": "English",
}  # fmt: skip
