"""The joint summary of articles on one story: the sentences that cover most of what
the articles say in common, each fact once.

Concept coverage, after Gillick and Favre's summarizer for DUC and TAC: a *concept* is
a pair of adjacent words (stems, and not two stop words: "rare earth", "tariffs on",
"said Tuesday" is not one), and it is worth the number of articles that use it, if at
least :data:`MIN_SHARE` of them (and at least two) do. A summary is worth the concepts
it covers, each counted once however many of its sentences use it, so a second
sentence on what a first one covered adds nothing and the summary moves on to what
else the articles agree on. Sentences are chosen greedily by what they add (their new
concepts, plus :data:`IMPORTANCE` times the sentence's importance in its own article)
per word to the power :data:`LENGTH_POWER`; each must fit the word budget, and none may
align with a chosen one as ``compare`` aligns sentences (:data:`ALIGN_THRESHOLD`). Where
the articles share no concept (one article, or several that have nothing in common) the
summary is their most important sentences, less what repeats.

The three constants were set on the dev story clusters (DUC 2007 main, Multi-News) and
hold over a grid around them: see "Story summaries" in BENCHMARKS.md.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Callable, Iterator, Sequence
from itertools import islice
from typing import Any

import numpy as np

from tradesum.nlp import Parsed, Sentence
from tradesum.scores import mmr_picks, within_budget

#: A concept counts when this share of the story's articles (and at least two) use it.
MIN_SHARE = 0.1
#: A sentence's importance in its article, in concept units (one concept of one article).
IMPORTANCE = 2.0
#: What a sentence adds is divided by its length in words to this power: below 1, so a
#: long sentence that adds much beats a short one that adds a little more per word.
LENGTH_POWER = 0.5
#: Sentences shorter than this (tokens) stay out of a joint summary with a word budget.
MIN_JOINT_WORDS = 6
#: Sentences at or above this similarity report the same fact.
ALIGN_THRESHOLD = 0.30
#: Characters trimmed from a stop word's ends before it joins a concept.
_PUNCTUATION = ".,;:!?\"'()[]“”‘’"


def sentence_picks(
    items: Sequence[tuple[Parsed, dict[int, float]]],
    rows: Sequence[Any],
    count: int | None,
    words: int | None = None,
) -> list[tuple[int, Sentence, float]]:
    """The joint summary of ``items`` (each article with its sentences' importance;
    a sentence without importance, such as a repeat, is never chosen), as (article,
    sentence, importance) in reading order: ``count`` sentences at most, within
    ``words`` at most. ``rows`` are the articles' sentence rows in one vocabulary
    (:func:`tradesum.nlp.pile_rows`), for the same-fact test."""
    from scipy import sparse

    pool = [
        (d, s, importance[s.index])
        for d, (parsed, importance) in enumerate(items)
        for s in parsed.sentences
        if importance.get(s.index, 0.0) > 0
    ]
    if words is not None:  # a budgeted summary passes over fragments ("Sentiment here.")
        pool = [p for p in pool if len(p[1].tokens) >= MIN_JOINT_WORDS] or pool
    if not pool or (count is not None and count <= 0):
        return []
    starts = np.cumsum([0] + [len(parsed.sentences) for parsed, _ in items]).tolist()
    every = sparse.vstack(list(rows)).tocsr()  # every sentence of every article
    rows_of = [starts[d] + s.index for d, s, _ in pool]  # sentence i is row i
    concepts = _concepts(items, pool)
    if concepts:
        aligned = _Aligned(every, starts, rows_of)
        picked: Iterator[int] = _coverage(pool, concepts, aligned, words)
    else:
        scores = np.array([score for _, _, score in pool])
        unit = every[rows_of]
        picked = (row for row, _ in mmr_picks(scores, unit, exclusive=ALIGN_THRESHOLD))
        if words is not None:
            shortest = min(len(s.tokens) for _, s, _ in pool)
            picked = within_budget(picked, lambda row: len(pool[row][1].tokens), words, shortest)
    chosen = [pool[row] for row in islice(picked, count)]
    return sorted(chosen, key=lambda p: (p[0], p[1].index))


def _concepts(
    items: Sequence[tuple[Parsed, dict[int, float]]], pool: Sequence[tuple[int, Sentence, float]]
) -> list[dict[tuple[str, str], int]]:
    """Each pool sentence's concepts that enough articles share, with their worth (the
    number of articles using them); all empty where none is shared."""
    found: list[frozenset[tuple[str, str]]] = []
    articles: dict[tuple[str, str], set[int]] = {}
    for d, sentence, _ in pool:
        pairs = _pairs(sentence.tokens, items[d][0].lexicon.term)
        found.append(pairs)
        for pair in pairs:
            articles.setdefault(pair, set()).add(d)
    least = max(2, math.ceil(MIN_SHARE * len(items)))
    worth = {pair: len(ds) for pair, ds in articles.items() if len(ds) >= least}
    if not worth:
        return []
    return [{pair: worth[pair] for pair in pairs if pair in worth} for pairs in found]


def _pairs(tokens: Sequence[str], term: Callable[[str], str | None]) -> frozenset[tuple[str, str]]:
    """A sentence's concepts: its adjacent words (stems; stop words lower case), but for
    two stop words side by side."""
    stems = [term(token) for token in tokens]
    keys = [s or t.lower().strip(_PUNCTUATION) for s, t in zip(stems, tokens, strict=True)]
    return frozenset(
        (keys[k], keys[k + 1])
        for k in range(len(keys) - 1)
        if stems[k] is not None or stems[k + 1] is not None
    )


def _coverage(
    pool: Sequence[tuple[int, Sentence, float]],
    concepts: Sequence[dict[tuple[str, str], int]],
    aligned: _Aligned,
    words: int | None,
) -> Iterator[int]:
    """Pool rows, greedily by what each adds per word (see the module's docstring),
    each within what is left of ``words`` and none aligned with a taken one.
    Lazy: what a sentence adds only shrinks as others are taken, so a stale value is a
    bound, and a row is re-valued only when it comes to the top (ties: the earlier)."""
    sizes = [max(1, len(s.tokens)) for _, s, _ in pool]
    covered: set[tuple[str, str]] = set()

    def value(row: int) -> float:
        new = sum(w for pair, w in concepts[row].items() if pair not in covered)
        return float((new + IMPORTANCE * pool[row][2]) / sizes[row] ** LENGTH_POWER)

    heap = [(-value(row), row) for row in range(len(pool))]
    heapq.heapify(heap)
    excluded = np.zeros(len(pool), dtype=bool)
    left = math.inf if words is None else words
    while heap:
        _, row = heapq.heappop(heap)
        if excluded[row] or sizes[row] > left:
            continue  # the budget only shrinks: a row that does not fit never will
        fresh = (-value(row), row)
        if heap and fresh > heap[0]:
            heapq.heappush(heap, fresh)
            continue
        yield row
        covered.update(concepts[row])
        left -= sizes[row]
        excluded[row] = True
        for other in aligned.partners(row, pool[row][0]):
            excluded[other] = True


class _Aligned:
    """Which pool sentences align with a chosen one, as ``compare`` aligns sentences:
    each other article's most similar sentence, where that is at least
    :data:`ALIGN_THRESHOLD` alike and the chosen one is its own most similar sentence in
    the chosen one's article."""

    def __init__(self, every: Any, starts: Sequence[int], rows_of: Sequence[int]) -> None:
        self.every, self.starts = every, starts
        self.pool_row = {row: k for k, row in enumerate(rows_of)}
        self.rows_of = rows_of

    def partners(self, pick: int, article: int) -> Iterator[int]:
        every, starts = self.every, self.starts
        row = self.rows_of[pick]
        similarity = np.asarray((every @ every[row].T).todense()).ravel()
        own = slice(starts[article], starts[article + 1])
        for other in range(len(starts) - 1):
            begin, end = starts[other], starts[other + 1]
            if other == article or begin == end:
                continue
            best = begin + int(np.argmax(similarity[begin:end]))
            if similarity[best] < ALIGN_THRESHOLD or best not in self.pool_row:
                continue
            back = np.asarray((every[own] @ every[best].T).todense()).ravel()
            if starts[article] + int(np.argmax(back)) == row:
                yield self.pool_row[best]
