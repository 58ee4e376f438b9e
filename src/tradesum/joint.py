"""The joint summary of articles on one story: the sentences that cover most of what
the articles say in common, each fact once.

Concept coverage, after Gillick and Favre's summarizer for DUC and TAC: a *concept* is
a pair of adjacent words (stems, and not two stop words: "rare earth", "tariffs on";
"of the" is not one), and it is worth the number of articles that use it, if at
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
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from itertools import islice, pairwise
from typing import Any

import numpy as np

from tradesum.lexicon import Lexicon, per_lexicon
from tradesum.nlp import Parsed, Sentence, dense
from tradesum.scores import ALL_PAIRS_ROWS, mmr_picks, within_budget

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
    concepts = _concepts(items, pool) if len(items) > 1 else []  # one article: none
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
    found = [_pairs(s.tokens, _concept_word(items[d][0].lexicon)) for d, s, _ in pool]
    used: list[set[tuple[str, str]]] = [set() for _ in items]  # each article's concepts
    for (d, _, _), pairs in zip(pool, found, strict=True):
        used[d] |= pairs
    articles = Counter(pair for pairs in used for pair in pairs)
    least = max(2, math.ceil(MIN_SHARE * len(items)))
    worth = {pair: n for pair, n in articles.items() if n >= least}
    if not worth:
        return []
    return [{pair: worth[pair] for pair in pairs & worth.keys()} for pairs in found]


def _pairs(tokens: Sequence[str], word: Callable[[str], str]) -> frozenset[tuple[str, str]]:
    """A sentence's concepts: its adjacent words (``word``: :func:`_concept_word` of the
    lexicon), but for two stop words side by side."""
    pairs = set(pairwise(map(word, tokens)))
    return frozenset(p for p in pairs if p[0][:1] != _STOP or p[1][:1] != _STOP)


#: What marks a stop word's key: no stem starts with it.
_STOP = "\x00"


@per_lexicon
def _concept_word(token: str, lexicon: Lexicon) -> str:
    """A token as a concept's half: its stem for a content word, else its lower case
    (trimmed of punctuation) after :data:`_STOP`."""
    stem = lexicon.term(token)
    return stem if stem is not None else _STOP + token.lower().strip(_PUNCTUATION)


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
    the chosen one's article. A few array operations per pick, whatever the articles."""

    def __init__(self, every: Any, starts: Sequence[int], rows_of: Sequence[int]) -> None:
        n = every.shape[0]
        self.every, self.starts, self.rows_of = every, starts, rows_of
        self.all = dense(every @ every.T) if n <= ALL_PAIRS_ROWS else None  # as in MMR
        self.article_of = np.repeat(np.arange(len(starts) - 1), np.diff(starts))
        self.pool_row = np.full(n, -1)
        self.pool_row[list(rows_of)] = np.arange(len(rows_of))
        self.positions = np.arange(n)

    def partners(self, pick: int, article: int) -> Iterator[int]:
        row = self.rows_of[pick]
        if self.all is not None:
            similarity = self.all[row]
        else:
            similarity = dense(self.every @ self.every[row].T).ravel()
        # each article's most similar sentence (the first of equals, as argmax)
        order = np.lexsort((self.positions, -similarity, self.article_of))
        grouped = self.article_of[order]
        best = order[np.r_[True, grouped[1:] != grouped[:-1]]]
        best = best[
            (self.article_of[best] != article)
            & (similarity[best] >= ALIGN_THRESHOLD)
            & (self.pool_row[best] >= 0)
        ]
        if not len(best):
            return
        begin, end = self.starts[article], self.starts[article + 1]
        if self.all is not None:
            back = self.all[begin:end][:, best]
        else:
            back = dense(self.every[begin:end] @ self.every[best].T)
        mutual = best[begin + np.argmax(back, axis=0) == row]
        yield from self.pool_row[mutual].tolist()
