"""Sentence scores of one article: the parts of the news score, TextRank and MMR.

:func:`news_features` computes each part once per article, for the candidate sentences
(duplicates removed), independently of the summary's length; :class:`NewsFeatures`
then combines them for any length. Parts whose fitted weight is 0 are computed only
when asked for (``--explain``, the fitting script).
"""

from __future__ import annotations

import importlib.resources
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import islice
from typing import Any, TypeVar

import numpy as np
import numpy.typing as npt

from tradesum.keywords import Keyword
from tradesum.lexicon import Lexicon, per_lexicon
from tradesum.nlp import DENSE_CELLS, Parsed, dense, term_matrix

Vector = npt.NDArray[np.float64]

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


@dataclass(frozen=True, slots=True, eq=False)
class NewsFeatures:
    """The news score's parts for each candidate sentence (rows in candidate order),
    the gate that zeroes boilerplate and too-short sentences, and the sentences' unit
    term vectors (for redundancy)."""

    parts: dict[str, Vector]
    length: Vector  # the length factor: short sentences and very long ones count less
    clean: Vector  # 0 for boilerplate, else 1
    unit: Any  # one L2-normalised row per candidate (see nlp.term_matrix)

    def total(self, share: float = 0.0) -> Vector:
        """Each candidate's score for a summary taking ``share`` of the article: the
        weighted mean of its parts (position's weight faded by the lead factor), times
        its gates, so in [0, 1] whatever the weights' scale."""
        weights = news_weights()
        lead = weights.lead(share)
        base = np.zeros(len(self.length))
        weight_sum = 0.0
        for name, weight in weights.parts:
            if weight:
                weight *= lead if name == "position" else 1.0
                base = base + weight * self.parts[name]
                weight_sum += weight
        result: Vector = base / (weight_sum or 1.0) * self.length * self.clean
        return result

    def detail(self, row: int, share: float) -> tuple[tuple[str, float], ...]:
        """What ``--explain`` shows for one candidate: its parts, gates and lead factor."""
        shown = [(name, float(self.parts[name][row])) for name in PARTS if name in self.parts]
        shown += [
            ("length", float(self.length[row])),
            ("boilerplate", 1.0 - float(self.clean[row])),
            ("lead", news_weights().lead(share)),
        ]
        return tuple((name, round(value, 4)) for name, value in shown)


def news_features(
    parsed: Parsed,
    candidates: Sequence[int],
    keywords: Sequence[Keyword] = (),
    *,
    all_parts: bool = False,
) -> NewsFeatures:
    """The news scorer's parts for each candidate; with ``all_parts`` also those whose
    fitted weight is 0 (otherwise they are not computed)."""
    lexicon = parsed.lexicon
    weighted = {name for name, weight in news_weights().parts if weight}
    wanted = set(PARTS) if all_parts else weighted
    sentences = [parsed.sentences[i] for i in candidates]
    unit, vocabulary = term_matrix([s.tokens for s in sentences], lexicon=lexicon)
    parts: dict[str, Vector] = {}

    length = np.array([len(s.tokens) for s in sentences], dtype=float)
    clean = np.array([0.0 if s.boilerplate else 1.0 for s in sentences])
    if "position" in wanted:
        # Position counts only real sentences: bylines and time stamps before the lede
        # ("By . Associated Press . PUBLISHED: ...") must not push the lede down.
        real = (clean > 0) & (length >= 4)
        order: Vector = np.cumsum(real) - real
        first_in_paragraph = np.array(
            [i == 0 or parsed.sentences[i - 1].paragraph != s.paragraph for i, s in
             zip(candidates, sentences, strict=True)]
        )  # fmt: skip
        parts["position"] = 1.0 / np.sqrt(1.0 + order) * np.where(first_in_paragraph, 1.0, 0.85)
    if "centrality" in wanted:
        centroid = np.asarray(unit.sum(axis=0)).ravel()
        centroid /= np.linalg.norm(centroid) or 1.0
        parts["centrality"] = np.asarray(unit @ centroid, dtype=float)
    if "textrank" in wanted:
        parts["textrank"] = textrank([s.tokens for s in sentences], lexicon=lexicon)
    if "headline" in wanted:
        headline_row, _ = term_matrix([parsed.title_tokens], dict(vocabulary), lexicon=lexicon)
        headline = dense(headline_row[:, : unit.shape[1]]).ravel()
        parts["headline"] = np.asarray(unit @ headline, dtype=float)
    if "keyphrases" in wanted:
        parts["keyphrases"] = _coverage(sentences, keywords, lexicon)
    if "substance" in wanted:
        content = np.log1p(np.array([len(s.terms) for s in sentences], dtype=float))
        parts["substance"] = content / (content.max() or 1.0)
    too_long = np.where(length > 60, 60.0 / np.maximum(length, 1.0), 1.0)
    length_factor = np.clip(length / 8.0, 0.0, 1.0) * too_long
    return NewsFeatures(parts, length_factor, clean, unit)


def _coverage(sentences: Sequence[Any], keywords: Sequence[Keyword], lexicon: Lexicon) -> Vector:
    """How much of the article's keyphrases each sentence holds, scaled to a maximum of 1."""
    coverage = np.zeros(len(sentences))
    term_sets = [set(s.terms) for s in sentences]
    stop = lexicon.stop_words()
    for keyword in keywords:
        key = {lexicon.stem(w) for w in keyword.phrase.split() if w.lower() not in stop}
        for row, terms_ in enumerate(term_sets):
            if key and key <= terms_:
                coverage[row] += keyword.score
    result: Vector = coverage / (coverage.max() or 1.0)
    return result


#: Above this many sentences the sentence graph is not formed (it grows with the square
#: of the count): :func:`textrank` falls back to each sentence's degree, in linear time.
GRAPH_LIMIT = 1000
#: Up to this many rows, redundancy tests take all the rows' similarities at once (a
#: dense square of 8 MB at most); above it, one row's at a time.
ALL_PAIRS_ROWS = 1000


@per_lexicon
def _graph_term(token: str, lexicon: Lexicon) -> str | None:
    """The stem a token adds to the sentence graph, or None (stop words, figures).
    Reporting verbs tie a story's quoted and paraphrased sentences together: they count
    although they are stop words everywhere else."""
    lower = token.lower()
    if len(lower) < 2 or any(c.isdigit() for c in lower):
        return None
    if lower in lexicon.stop_words() and lower not in lexicon.reporting_verbs:
        return None
    return lexicon.stem(token)


def textrank(
    token_lists: Sequence[Sequence[str]], damping: float = 0.85, *, lexicon: Lexicon | None = None
) -> Any:
    """TextRank (Mihalcea and Tarau, 2004) of each sentence, scaled to a maximum of 1.

    Two sentences are linked by the distinct words they share over ``log|s_i| +
    log|s_j|``; PageRank over that graph ranks the sentences most of the article echoes.
    The shared-word counts come from one matrix product, so no Python loop runs over
    sentence pairs; past :data:`GRAPH_LIMIT` sentences each sentence's degree (words
    shared with all others, in linear time) stands in for its rank.
    """
    from tradesum.languages import ENGLISH

    lexicon = lexicon or ENGLISH
    n = len(token_lists)
    vocabulary: dict[str, int] = {}
    rows: list[int] = []
    cols: list[int] = []
    sizes = np.ones(n)
    graph_term = _graph_term(lexicon)
    for row, tokens in enumerate(token_lists):
        words = [term for term in map(graph_term, tokens) if term is not None]
        sizes[row] = max(1, len(words))
        for col in {vocabulary.setdefault(w, len(vocabulary)) for w in words}:
            rows.append(row)
            cols.append(col)
    if not rows:
        return np.zeros(n)
    log_size = np.log(sizes)
    # One-word sentences (log 1 = 0) take no part in the graph, as in TextRank.
    usable = sizes > 1
    if n * len(vocabulary) <= DENSE_CELLS:  # news articles: small dense arrays are fastest
        binary: Any = np.zeros((n, len(vocabulary)))
        binary[rows, cols] = 1.0
    else:
        from scipy import sparse

        binary = sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(n, len(vocabulary)))
    if n > GRAPH_LIMIT:
        others = np.asarray(binary.sum(axis=0)).ravel() - 1.0
        size = log_size + log_size.mean()  # 0 only when no sentence has two graph words
        rank = np.divide(binary @ others, size, out=np.zeros(n), where=size > 0) * usable
    else:
        rank = _pagerank(binary @ binary.T, usable, log_size, damping)
    top = float(rank.max())
    return rank / top if top > 0 else rank


def _pagerank(shared: Any, usable: Any, log_size: Any, damping: float) -> Any:
    """PageRank over the sentence graph, from the counts of words each pair shares."""
    n = len(usable)
    shared = dense(shared)
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
    score: Any,
    unit: Any,
    count: int,
    redundancy: float | None = None,
    *,
    exclusive: float | None = None,
) -> list[tuple[int, float]]:
    """Maximal marginal relevance: the first ``count`` picks of :func:`mmr_picks`."""
    return list(islice(mmr_picks(score, unit, redundancy, exclusive=exclusive), count))


def mmr_picks(
    score: Any,
    unit: Any,
    redundancy: float | None = None,
    *,
    exclusive: float | None = None,
) -> Iterator[tuple[int, float]]:
    """Maximal marginal relevance, one pick at a time: take the best row, then each next
    one for its score less what it repeats of the rows already taken. Yields (row,
    similarity to the rows taken before it). With ``exclusive``, a row at least that
    similar to a taken one is never taken (it reports the same fact). Where repeating
    costs nothing (``redundancy`` 0: long summaries) the picks are simply the rows by
    score, in linear time, and their similarity is not computed (0)."""
    n = score.shape[0]
    redundancy = news_weights().redundancy if redundancy is None else redundancy
    if redundancy == 0 and exclusive is None:
        for row in np.lexsort((np.arange(n), -_settled(score))):  # best first, ties by position
            yield int(row), 0.0
        return
    best_similarity = np.zeros(n)
    remaining = np.ones(n, dtype=bool)
    all_pairs = None
    for _ in range(n):
        if not remaining.any():
            return
        adjusted = np.where(remaining, score - redundancy * best_similarity * score, -np.inf)
        pick = int(np.argmax(_settled(adjusted)))  # the first of equals
        yield pick, float(best_similarity[pick])
        remaining[pick] = False
        if all_pairs is None and n <= ALL_PAIRS_ROWS:  # a second pick is wanted
            all_pairs = dense(unit @ unit.T)  # rows, all similarities at once win
        if all_pairs is not None:
            similarity = all_pairs[pick]
        else:
            similarity = dense(unit @ unit[pick : pick + 1].T).ravel()
        best_similarity = np.maximum(best_similarity, similarity)
        if exclusive is not None:
            remaining &= best_similarity < exclusive


def _settled(values: Vector) -> Vector:
    """Scores without the last bits that the order of a sum leaves (dense and sparse
    products differ there), so that equal scores tie and the earlier sentence wins."""
    result: Vector = np.round(values, 12)
    return result


T = TypeVar("T")


def within_budget(
    ranked: Iterable[T], size: Callable[[T], int], budget: int, shortest: int
) -> Iterator[T]:
    """A word budget over ranked sentences: each, best first, that still fits it (one
    that does not is passed over for a later, shorter one), until not even the
    ``shortest`` sentence would fit, when no more are asked for."""
    for item in ranked:
        length = size(item)
        if length > budget:
            continue
        budget -= length
        yield item
        if budget < shortest:
            return
