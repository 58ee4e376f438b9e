"""Summarization methods: a registry of scorers, by name.

Every method takes an :class:`~tradesum.analysis.Analysis` (the article analysed once:
sentences, candidate indices with duplicates removed, keyphrases, news score parts), how
many sentences to rank and the share of the article the summary is to take, and returns
:class:`Scored` sentences, best first. ``news`` is ours and the default; ``lead`` takes
the opening; the rest run sumy's summarizers on our own sentences and words (no NLTK
data needed), guarded against the sentence counts at which sumy's pure-Python
algorithms take minutes. Add a method: a function and one line in :data:`REGISTRY`.
"""

from __future__ import annotations

import random
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from itertools import islice
from typing import TYPE_CHECKING, Any

from tradesum.errors import TooLong, UsageError
from tradesum.nlp import SumyTokenizer
from tradesum.scores import mmr_picks, news_weights

if TYPE_CHECKING:
    from tradesum.analysis import Analysis


class Method(StrEnum):
    """The built-in methods' names."""

    NEWS = "news"
    LEAD = "lead"
    LUHN = "luhn"
    EDMUNDSON = "edmundson"
    LSA = "lsa"
    LEXRANK = "lexrank"
    TEXTRANK = "textrank"
    SUMBASIC = "sumbasic"
    KL = "kl"
    REDUCTION = "reduction"
    RANDOM = "random"


DEFAULT_METHOD = Method.NEWS


@dataclass(frozen=True, slots=True)
class Scored:
    """A candidate sentence with its score and, where the method has them, its parts."""

    index: int
    score: float | None
    parts: tuple[tuple[str, float], ...] = ()


#: A scorer gets the analysed article, how many sentences to rank, and the share of the
#: article the summary is to take (0 to 1; see :meth:`tradesum.scores.NewsWeights.lead`).
Scorer = Callable[["Analysis", int, float], Iterable[Scored]]


@dataclass(frozen=True, slots=True)
class MethodSpec:
    """A method: its scorer, and what of the analysis it reads (so that nothing else is
    computed for it)."""

    score: Scorer
    uses_keyphrases: bool = False
    uses_news_scores: bool = False


def _news(analysis: Analysis, count: int, share: float) -> Iterator[Scored]:
    """The news score (position, centrality, TextRank, ... fitted on news; see
    :mod:`tradesum.scores`), picked by maximal marginal relevance, one at a time (so a
    word budget stops the picking once it is full)."""
    features = analysis.news_features()
    weights = news_weights()
    redundancy = weights.redundancy * weights.lead(share)
    score = features.total(share)
    for row, penalty in islice(mmr_picks(score, features.unit, redundancy), count):
        detail = (*features.detail(row, share), ("redundancy", round(penalty, 4)))
        yield Scored(analysis.candidates[row], round(float(score[row]), 6), detail)


# --------------------------------------------------------------------------- simple


def _lead(analysis: Analysis, count: int, share: float) -> list[Scored]:
    """The first sentences that are not boilerplate."""
    candidates, sentences = analysis.candidates, analysis.parsed.sentences
    clean = [i for i in candidates if not sentences[i].boilerplate] or list(candidates)
    n = len(clean)
    return [Scored(i, round(1.0 - rank / max(n, 1), 6)) for rank, i in enumerate(clean[:count])]


def _random(analysis: Analysis, count: int, share: float) -> list[Scored]:
    """Seeded from the text, so the same article always gets the same "random" summary."""
    candidates = analysis.candidates
    seed = zlib.crc32("\n".join(s.text for s in analysis.parsed.sentences).encode("utf-8"))
    picked = random.Random(seed).sample(list(candidates), min(count, len(candidates)))
    return [Scored(i, None) for i in picked]


# --------------------------------------------------------------------------- sumy

#: Most sentences each sumy method may take. Above these, sumy's pure-Python code
#: takes longer than a person will wait; we refuse. Each limit keeps a run under about
#: ten seconds here (KL took 9 s at 250 sentences, LexRank 15 s at 1,271).
SUMY_LIMITS = {
    Method.LUHN: 5000,
    Method.EDMUNDSON: 5000,
    Method.LSA: 1500,
    Method.LEXRANK: 1000,
    Method.TEXTRANK: 1500,
    Method.SUMBASIC: 5000,
    Method.KL: 150,
    Method.REDUCTION: 800,
}


def _sumy_summarizer(method: Method, analysis: Analysis) -> Any:
    from sumy.nlp.stemmers import Stemmer

    lexicon = analysis.lexicon
    stop_words = lexicon.stop_words()
    stemmer = Stemmer(lexicon.name)
    if method is Method.LUHN:
        from sumy.summarizers.luhn import LuhnSummarizer as cls
    elif method is Method.EDMUNDSON:
        from sumy.summarizers.edmundson import EdmundsonSummarizer

        summarizer = EdmundsonSummarizer(
            stemmer, cue_weight=1.0, key_weight=1.0, title_weight=1.0, location_weight=1.0
        )
        # Edmundson needs all three word lists, or sumy falls back to Czech defaults.
        bonus = {w for k in analysis.keyphrases for w in k.phrase.split()}
        bonus |= set(analysis.parsed.title_tokens)
        summarizer.bonus_words = sorted(w for w in bonus if w.lower() not in stop_words)
        summarizer.stigma_words = lexicon.stigma_words
        summarizer.null_words = sorted(stop_words)
        return summarizer
    elif method is Method.LSA:
        from sumy.summarizers.lsa import LsaSummarizer as cls
    elif method is Method.LEXRANK:
        from sumy.summarizers.lex_rank import LexRankSummarizer as cls
    elif method is Method.TEXTRANK:
        from sumy.summarizers.text_rank import TextRankSummarizer as cls
    elif method is Method.SUMBASIC:
        from sumy.summarizers.sum_basic import SumBasicSummarizer as cls
    elif method is Method.KL:
        from sumy.summarizers.kl import KLSummarizer as cls
    elif method is Method.REDUCTION:
        from sumy.summarizers.reduction import ReductionSummarizer as cls
    else:  # pragma: no cover - the registry only routes sumy methods here
        raise ValueError(method)
    summarizer = cls(stemmer)
    summarizer.stop_words = stop_words
    return summarizer


def _sumy(method: Method) -> Scorer:
    def run(analysis: Analysis, count: int, share: float) -> list[Scored]:
        from sumy.models.dom import ObjectDocumentModel, Paragraph
        from sumy.models.dom import Sentence as SumySentence

        parsed, candidates = analysis.parsed, analysis.candidates
        limit = SUMY_LIMITS[method]
        if len(candidates) > limit:
            raise TooLong(
                method=method.value,
                sentences=len(candidates),
                limit=limit,
                source=parsed.article.source,
            )
        tokenizer = SumyTokenizer()
        paragraphs: dict[int, list[Any]] = {}
        by_text: dict[str, int] = {}
        for i in candidates:
            sentence = parsed.sentences[i]
            paragraphs.setdefault(sentence.paragraph, []).append(
                SumySentence(sentence.text, tokenizer)
            )
            by_text.setdefault(sentence.text.strip(), i)
        blocks = [Paragraph(p) for _, p in sorted(paragraphs.items())]
        if parsed.article.title:
            heading = SumySentence(parsed.article.title, tokenizer, is_heading=True)
            blocks.insert(0, Paragraph([heading]))
        document = ObjectDocumentModel(blocks)
        import numpy as np

        with np.errstate(all="ignore"):  # sumy divides by zero on degenerate inputs
            picked = _sumy_summarizer(method, analysis)(document, count)
        return [Scored(by_text[str(s)], None) for s in picked if str(s) in by_text]

    return run


#: Every method, by name. Add one: a scorer function and one line here.
REGISTRY: dict[str, MethodSpec] = {
    Method.NEWS: MethodSpec(_news, uses_news_scores=True),
    Method.LEAD: MethodSpec(_lead),
    Method.RANDOM: MethodSpec(_random),
    Method.EDMUNDSON: MethodSpec(_sumy(Method.EDMUNDSON), uses_keyphrases=True),
    **{m: MethodSpec(_sumy(m)) for m in SUMY_LIMITS if m is not Method.EDMUNDSON},
}


def parse_method(name: str | None) -> str:
    """The registered method of that name; raises UsageError listing the choices."""
    if name is None:
        return DEFAULT_METHOD.value
    key = str(name).strip().lower()
    if key not in REGISTRY:
        choices = ", ".join(str(m) for m in REGISTRY)
        raise UsageError(f"unknown method {name!r}; choose one of: {choices}")
    return str(key)
