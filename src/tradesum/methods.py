"""Summarization methods: an Enum of names and a registry of scorers.

Every method takes a :class:`~tradesum.nlp.Parsed` article and the candidate sentence
indices (duplicates already removed) and returns :class:`Scored` sentences, best first.
``news`` is ours and the default; ``lead`` takes the opening; the rest run sumy's
summarizers on our own sentences and words (no NLTK data needed), guarded against the
sentence counts at which sumy's pure-Python algorithms take minutes.
"""

from __future__ import annotations

import importlib.resources
import json
import random
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import cache, lru_cache
from typing import Any

from tradesum.errors import InputError
from tradesum.keywords import Keyword
from tradesum.nlp import CACHE_SIZE, Parsed, SumyTokenizer, stem, stop_words, term_matrix


class Method(StrEnum):
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


#: A scorer gets the article, the candidate sentence indices (no duplicates), how many
#: sentences to rank, the article's keyphrases (computed once by the caller), and the
#: share of the article the summary is to take (0 to 1; see :meth:`NewsWeights.lead`).
Scorer = Callable[[Parsed, Sequence[int], int, Sequence[Keyword], float], list[Scored]]


# --------------------------------------------------------------------------- news

#: The parts of the news score, each in [0, 1] for every sentence.
PARTS = ("position", "centrality", "textrank", "headline", "keyphrases", "substance")


@dataclass(frozen=True, slots=True)
class NewsWeights:
    """How much each part counts, what repeating a chosen sentence costs (MMR), and how
    fast the lead's pull fades as the summary takes more of the article."""

    parts: tuple[tuple[str, float], ...]
    redundancy: float
    #: The shares of the article up to which the lead counts fully, and from which it
    #: does not count at all.
    fade: tuple[float, float]

    def lead(self, share: float) -> float:
        """How much position and redundancy count when the summary is to take ``share``
        of the article (0 to 1): fully for a short summary (news puts its main fact
        first, and a few sentences must not repeat each other), fading linearly to
        nothing for a long one, which condenses the article rather than introduces it."""
        full, none = self.fade
        if share <= full:
            return 1.0
        return max(0.0, (none - share) / (none - full)) if none > full else 0.0


@cache
def news_weights() -> NewsWeights:
    """The fitted weights shipped in ``data/news_weights.json``
    (made by ``python -m benchmarks.fit_news``)."""
    resource = importlib.resources.files("tradesum") / "data" / "news_weights.json"
    data = json.loads(resource.read_text(encoding="utf-8"))
    weights = tuple((name, float(data["parts"][name])) for name in PARTS)
    full, none = (float(x) for x in data["fade"])
    return NewsWeights(weights, float(data["redundancy"]), (full, none))


def news_features(
    parsed: Parsed,
    candidates: Sequence[int],
    keywords: Sequence[Keyword],
    share: float = 0.0,
) -> tuple[dict[str, Any], Any, Any]:
    """The news scorer's parts for each candidate, its total score for a summary taking
    ``share`` of the article (see :meth:`NewsWeights.lead`), and the sentence vectors
    (L2-normalised rows) used for redundancy."""
    import numpy as np

    sentences = [parsed.sentences[i] for i in candidates]
    n = len(sentences)
    unit, vocabulary = term_matrix([s.tokens for s in sentences])
    centroid = np.asarray(unit.sum(axis=0)).ravel()
    centroid /= np.linalg.norm(centroid) or 1.0
    centrality = unit @ centroid

    headline_row, _ = term_matrix([parsed.title_tokens], dict(vocabulary))
    headline = np.asarray(headline_row[:, : unit.shape[1]].todense()).ravel()
    title_sim = unit @ headline

    coverage = np.zeros(n)
    term_sets = [set(s.terms) for s in sentences]
    for keyword in keywords:
        key = {stem(w) for w in keyword.phrase.split() if w.lower() not in stop_words()}
        for row, terms_ in enumerate(term_sets):
            if key and key <= terms_:
                coverage[row] += keyword.score
    coverage /= coverage.max() or 1.0

    length = np.array([len(s.tokens) for s in sentences], dtype=float)
    clean = np.array([0.0 if s.boilerplate else 1.0 for s in sentences])
    # Position counts only real sentences: bylines and time stamps before the lede
    # ("By . Associated Press . PUBLISHED: ...") must not push the lede down.
    real = (clean > 0) & (length >= 4)
    order: Any = np.cumsum(real) - real
    first_in_paragraph = np.array(
        [i == 0 or parsed.sentences[i - 1].paragraph != s.paragraph for i, s in
         zip(candidates, sentences, strict=True)]
    )  # fmt: skip
    position = 1.0 / np.sqrt(1.0 + order) * np.where(first_in_paragraph, 1.0, 0.85)
    too_long = np.where(length > 60, 60.0 / np.maximum(length, 1.0), 1.0)
    length_factor = np.clip(length / 8.0, 0.0, 1.0) * too_long
    content = np.log1p(np.array([len(s.terms) for s in sentences], dtype=float))
    substance = content / (content.max() or 1.0)
    graph = textrank([s.tokens for s in sentences])

    parts = {
        "position": position,
        "centrality": centrality,
        "headline": title_sim,
        "keyphrases": coverage,
        "substance": substance,
        "textrank": graph,
    }
    weights = news_weights()
    lead = weights.lead(share)
    base = sum(
        weight * (lead if name == "position" else 1.0) * parts[name]
        for name, weight in weights.parts
    )
    parts["length"] = length_factor
    parts["boilerplate"] = 1.0 - clean
    parts["lead"] = np.full(n, lead)  # how much position (and redundancy) counted
    return parts, base * length_factor * clean, unit


#: Above this many sentences the sentence graph is not formed (it grows with the square
#: of the count): :func:`textrank` falls back to each sentence's degree, in linear time.
GRAPH_LIMIT = 1000
#: Up to this many sentence x word cells the graph is built with dense arrays.
_DENSE_CELLS = 400_000
#: Reporting verbs tie a story's quoted and paraphrased sentences together: they count
#: as shared words in the sentence graph although they are stop words everywhere else.
_GRAPH_WORDS = frozenset({"said", "says", "say", "saying", "told"})


@lru_cache(maxsize=CACHE_SIZE)
def _graph_term(token: str) -> str | None:
    """The stem a token adds to the sentence graph, or None (stop words, figures)."""
    lower = token.lower()
    if len(lower) < 2 or any(c.isdigit() for c in lower):
        return None
    if lower in stop_words() and lower not in _GRAPH_WORDS:
        return None
    return stem(token)


def textrank(token_lists: Sequence[Sequence[str]], damping: float = 0.85) -> Any:
    """TextRank (Mihalcea and Tarau, 2004) of each sentence, scaled to a maximum of 1.

    Two sentences are linked by the distinct words they share over ``log|s_i| +
    log|s_j|``; PageRank over that graph ranks the sentences most of the article echoes.
    The shared-word counts come from one matrix product, so no Python loop runs over
    sentence pairs; past :data:`GRAPH_LIMIT` sentences each sentence's degree (words
    shared with all others, in linear time) stands in for its rank.
    """
    import numpy as np
    from scipy import sparse

    n = len(token_lists)
    vocabulary: dict[str, int] = {}
    rows: list[int] = []
    cols: list[int] = []
    sizes = np.ones(n)
    for row, tokens in enumerate(token_lists):
        words = [term for t in tokens if (term := _graph_term(t)) is not None]
        sizes[row] = max(1, len(words))
        for col in {vocabulary.setdefault(w, len(vocabulary)) for w in words}:
            rows.append(row)
            cols.append(col)
    if not rows:
        return np.zeros(n)
    log_size = np.log(sizes)
    # One-word sentences (log 1 = 0) take no part in the graph, as in TextRank.
    usable = sizes > 1
    if n * len(vocabulary) <= _DENSE_CELLS:  # news articles: small dense arrays are fastest
        binary: Any = np.zeros((n, len(vocabulary)))
        binary[rows, cols] = 1.0
    else:
        binary = sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(n, len(vocabulary)))
    if n > GRAPH_LIMIT:
        others = np.asarray(binary.sum(axis=0)).ravel() - 1.0
        rank = (binary @ others) / (log_size + log_size.mean()) * usable
    else:
        rank = _pagerank(binary @ binary.T, usable, log_size, damping)
    top = float(rank.max())
    return rank / top if top > 0 else rank


def _pagerank(shared: Any, usable: Any, log_size: Any, damping: float) -> Any:
    """PageRank over the sentence graph, from the counts of words each pair shares."""
    import numpy as np
    from scipy import sparse

    n = len(usable)
    if sparse.issparse(shared):
        shared = shared.toarray()
    linked = np.outer(usable, usable)
    np.fill_diagonal(linked, False)
    graph = np.where(linked, shared, 0.0) / (log_size[:, None] + log_size[None, :] + 1e-12)
    out_weight = graph.sum(axis=1)
    out_weight[out_weight == 0] = 1.0
    transition = (graph / out_weight[:, None]).T
    rank = np.full(n, 1.0 / n)
    for _ in range(100):
        updated = (1.0 - damping) / n + damping * (transition @ rank)
        done = np.abs(updated - rank).sum() < 1e-6
        rank = updated
        if done:
            break
    return rank


def mmr(
    score: Any, unit: Any, count: int, redundancy: float | None = None
) -> list[tuple[int, float]]:
    """Maximal marginal relevance: take the best row, then each next one for its score
    less what it repeats of the rows already taken. Returns (row, penalty) pairs."""
    import numpy as np

    n = score.shape[0]
    redundancy = news_weights().redundancy if redundancy is None else redundancy
    chosen: list[tuple[int, float]] = []
    best_similarity = np.zeros(n)
    remaining = np.ones(n, dtype=bool)
    # Up to a thousand rows, all similarities at once beat one sparse product per pick.
    dense = np.asarray((unit @ unit.T).todense()) if n <= 1000 and count > 1 else None
    for _ in range(min(count, n)):
        adjusted = np.where(remaining, score - redundancy * best_similarity * score, -np.inf)
        pick = int(np.argmax(adjusted))
        chosen.append((pick, float(best_similarity[pick])))
        remaining[pick] = False
        if dense is not None:
            similarity = dense[pick]
        else:
            similarity = np.asarray((unit @ unit[pick].T).todense()).ravel()
        best_similarity = np.maximum(best_similarity, similarity)
    return chosen


def _news(
    parsed: Parsed, candidates: Sequence[int], count: int, keywords: Sequence[Keyword], share: float
) -> list[Scored]:
    parts, score, unit = news_features(parsed, candidates, keywords, share)
    weights = news_weights()
    redundancy = weights.redundancy * weights.lead(share)
    out = []
    for row, penalty in mmr(score, unit, count, redundancy):
        detail = tuple((name, round(float(values[row]), 4)) for name, values in parts.items())
        detail += (("redundancy", round(penalty, 4)),)
        out.append(Scored(candidates[row], round(float(score[row]), 6), detail))
    return out


# --------------------------------------------------------------------------- simple


def _lead(
    parsed: Parsed, candidates: Sequence[int], count: int, keywords: Sequence[Keyword], share: float
) -> list[Scored]:
    clean = [i for i in candidates if not parsed.sentences[i].boilerplate] or list(candidates)
    n = len(clean)
    return [Scored(i, round(1.0 - rank / max(n, 1), 6)) for rank, i in enumerate(clean[:count])]


def _random(
    parsed: Parsed, candidates: Sequence[int], count: int, keywords: Sequence[Keyword], share: float
) -> list[Scored]:
    # Seeded from the text, so the same article always gets the same "random" summary.
    seed = zlib.crc32("\n".join(s.text for s in parsed.sentences).encode("utf-8"))
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

_STIGMA = ("hardly", "impossible", "rumour", "rumor", "allegedly", "click", "subscribe", "photo")


def _sumy_summarizer(method: Method, parsed: Parsed, keywords: Sequence[Keyword]) -> Any:
    from sumy.nlp.stemmers import Stemmer

    stemmer = Stemmer("english")
    if method is Method.LUHN:
        from sumy.summarizers.luhn import LuhnSummarizer as cls
    elif method is Method.EDMUNDSON:
        from sumy.summarizers.edmundson import EdmundsonSummarizer

        summarizer = EdmundsonSummarizer(
            stemmer, cue_weight=1.0, key_weight=1.0, title_weight=1.0, location_weight=1.0
        )
        # Edmundson needs all three word lists, or sumy falls back to Czech defaults.
        bonus = {w for k in keywords for w in k.phrase.split()}
        bonus |= set(parsed.title_tokens)
        summarizer.bonus_words = sorted(w for w in bonus if w.lower() not in stop_words())
        summarizer.stigma_words = _STIGMA
        summarizer.null_words = sorted(stop_words())
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
    summarizer.stop_words = stop_words()
    return summarizer


def _sumy(method: Method) -> Scorer:
    def run(
        parsed: Parsed,
        candidates: Sequence[int],
        count: int,
        keywords: Sequence[Keyword],
        share: float,
    ) -> list[Scored]:
        from sumy.models.dom import ObjectDocumentModel, Paragraph
        from sumy.models.dom import Sentence as SumySentence

        limit = SUMY_LIMITS[method]
        if len(candidates) > limit:
            raise InputError(
                f"has {len(candidates)} sentences; sumy's {method.value} method is limited to "
                f"{limit} because it slows down sharply past that. Use --method news (the "
                "default, fast on any length) or split the document",
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
            picked = _sumy_summarizer(method, parsed, keywords)(document, count)
        return [Scored(by_text[str(s)], None) for s in picked if str(s) in by_text]

    return run


REGISTRY: dict[Method, Scorer] = {
    Method.NEWS: _news,
    Method.LEAD: _lead,
    Method.RANDOM: _random,
    **{m: _sumy(m) for m in SUMY_LIMITS},
}


def parse_method(name: str | Method | None) -> Method:
    """The Method for a name; raises UsageError listing the choices for an unknown one."""
    from tradesum.errors import UsageError

    if name is None:
        return DEFAULT_METHOD
    if isinstance(name, Method):
        return name
    try:
        return Method(name.strip().lower())
    except ValueError:
        choices = ", ".join(m.value for m in Method)
        raise UsageError(f"unknown method {name!r}; choose one of: {choices}") from None
