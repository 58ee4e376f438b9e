"""Articles into stories: average-linkage grouping over candidate pairs, which does not
chain the way connected components of similar pairs do.

Two articles are candidates when they share one of the rarest, most heavily weighted
terms of either (each article's :data:`SIGNATURE_TERMS` top terms, names and figures
boosted, weighted by how rare a word is in general language, so no corpus is needed).
Only candidate pairs get a similarity (the cosine of :func:`tradesum.nlp.term_matrix`
rows, as ``compare`` uses), so the work grows with the candidates, not with the square
of the pile. Groups then merge while the *average* similarity between all their
articles (a pair that is not a candidate counts as 0) stays at or above
:data:`STORY_THRESHOLD`: two stories that share a few articles' words do not become
one, as they did when any one similar pair joined them.
"""

from __future__ import annotations

import heapq
from collections.abc import Sequence
from typing import Any

from tradesum.lexicon import ENGLISH
from tradesum.nlp import Parsed, term_matrix

#: Average similarity at or above which two groups are one story. Chosen on the dev
#: piles (ECB+ and the mixed DUC 2007 + Multi-News pile) by ``benchmarks.stories``.
STORY_THRESHOLD = 0.12
#: The terms of each article that make it a candidate for another.
SIGNATURE_TERMS = 12
#: A term in more articles than this share of the pile (and at least 50) is too common
#: to propose candidates (it still counts in their similarity).
COMMON_SHARE = 0.05
#: How much names and figures weigh against common words (in document and sentence
#: vectors alike).
NAME_BOOST = 2.0


def document_rows(documents: Sequence[Parsed]) -> Any:
    """One L2-normalised term row per document (scipy CSR), as ``compare`` weighs them."""
    lexicon = documents[0].lexicon if documents else ENGLISH
    rows, _ = term_matrix(
        [[t for s in d.sentences for t in s.tokens] for d in documents],
        names=NAME_BOOST,
        lexicon=lexicon,
    )
    return rows


def candidate_pairs(rows: Any) -> tuple[Any, Any, Any]:
    """The candidate pairs ``(i, j)`` with ``i < j`` and their cosine similarity, as three
    numpy arrays."""
    import numpy as np
    from scipy import sparse

    n = rows.shape[0]
    if n < 2:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, np.zeros(0)
    csr = rows.tocsr()
    signature_rows, signature_cols = [], []
    for row in range(n):
        start, end = csr.indptr[row], csr.indptr[row + 1]
        cols, weights = csr.indices[start:end], csr.data[start:end]
        top = cols[np.argsort(-weights, kind="stable")[:SIGNATURE_TERMS]]
        signature_rows.extend([row] * len(top))
        signature_cols.extend(top.tolist())
    ones = np.ones(len(signature_rows))
    signature = sparse.csr_matrix(
        (ones, (np.array(signature_rows), np.array(signature_cols))), shape=csr.shape
    )
    document_frequency = np.asarray((csr > 0).sum(axis=0)).ravel()
    common = document_frequency > max(50, COMMON_SHARE * n)
    signature = signature @ sparse.diags((~common).astype(float))
    signature.eliminate_zeros()
    shared = (signature @ (csr > 0).astype(float).T).tocoo()  # my top terms in your text
    i, j = shared.row, shared.col
    keep = i != j
    i, j = np.minimum(i[keep], j[keep]), np.maximum(i[keep], j[keep])
    pairs = np.unique(i.astype(np.int64) * n + j)
    i, j = pairs // n, pairs % n
    similarity = np.zeros(len(pairs))
    for start in range(0, len(pairs), 50_000):  # bounded memory for big piles
        a, b = i[start : start + 50_000], j[start : start + 50_000]
        similarity[start : start + len(a)] = np.asarray(csr[a].multiply(csr[b]).sum(axis=1)).ravel()
    return i, j, np.clip(similarity, 0.0, 1.0)


def average_linkage(
    n: int, i: Sequence[int], j: Sequence[int], similarity: Sequence[float], threshold: float
) -> list[list[int]]:
    """Groups of ``range(n)``: agglomerative clustering with average linkage over a sparse
    similarity graph (missing pairs count 0), merging while the best average is at or
    above ``threshold``. Each group sorted; groups in order of their first member."""
    links: dict[int, dict[int, float]] = {k: {} for k in range(n)}
    for a, b, s in zip(i, j, similarity, strict=True):
        if s > 0 and a != b:
            a, b = int(a), int(b)
            links[a][b] = links[a].get(b, 0.0) + float(s)
            links[b][a] = links[a][b]
    members: dict[int, list[int]] = {k: [k] for k in range(n)}
    version = [0] * n
    heap: list[tuple[float, int, int, int, int]] = []
    for a, neighbours in links.items():
        for b, total in neighbours.items():
            if a < b and total >= threshold:
                heap.append((-total, a, b, 0, 0))
    heapq.heapify(heap)
    while heap:
        negative, a, b, version_a, version_b = heapq.heappop(heap)
        if version[a] != version_a or version[b] != version_b:
            continue  # one of the two has merged since this entry was made
        if -negative < threshold:
            break
        if len(links[a]) < len(links[b]):
            a, b = b, a
        for c, total in links.pop(b).items():
            if c == a:
                continue
            links[a][c] = links[a].get(c, 0.0) + total
            links[c][a] = links[a][c]
            del links[c][b]
        links[a].pop(b, None)
        members[a].extend(members.pop(b))
        version[a] += 1
        version[b] = -1
        size = len(members[a])
        for c, total in links[a].items():
            average = total / (size * len(members[c]))
            if average >= threshold:
                low, high = (a, c) if a < c else (c, a)
                heapq.heappush(heap, (-average, low, high, version[low], version[high]))
    return sorted((sorted(group) for group in members.values()), key=lambda g: g[0])


def group(
    documents: Sequence[Parsed], *, threshold: float = STORY_THRESHOLD, rows: Any = None
) -> list[list[int]]:
    """The stories of a pile of parsed articles, as lists of their indices (``rows``:
    their :func:`document_rows`, when the caller has them already)."""
    if not documents:
        return []
    i, j, similarity = candidate_pairs(document_rows(documents) if rows is None else rows)
    return average_linkage(len(documents), i, j, similarity, threshold)
