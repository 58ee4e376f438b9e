"""Articles into stories: average-linkage grouping over candidate pairs, which does not
chain the way connected components of similar pairs do.

Two articles are candidates when they share one of the rarest, most heavily weighted
terms of either (each article's :data:`SIGNATURE_TERMS` top terms, names and figures
boosted, weighted by how rare a word is in general language, so no corpus is needed).
Only candidate pairs get a similarity (the cosine of :func:`document_rows`, as
``compare`` uses), and each article keeps its :data:`NEIGHBOURS` most similar, so the
work and the memory grow with the pile, not with its square; two dated articles more
than :data:`WINDOW_DAYS` apart are never candidates. Groups then merge while the
*average* similarity between all their articles (a pair that is not a candidate counts
as 0) stays at or above
:data:`STORY_THRESHOLD`: two stories that share a few articles' words do not become
one, as they did when any one similar pair joined them.

One absolute threshold cannot serve both tight events and broad stories: two articles
on one earthquake are far more alike than two on a months-long trade dispute, while two
different earthquakes can be more alike than the dispute's articles. So a merge must
also keep the group *cohesive*: the average similarity across the two groups must be
at least :data:`COHESION_SHARE` of the average within the looser of them (a group of
one has no within-average and sets no bar). A loose story takes in its loosely similar
articles; a tight event refuses an article that is only about the same kind of thing.

The similarity the groups are built on mixes into each pair's cosine the share of near
neighbours the two have in common (:func:`shared_neighbours`, :data:`SHARED_WEIGHT`):
the articles of a broad story have the same neighbours though they are only loosely
alike, and an article on one of two similar events has its own event's articles nearest.
"""

from __future__ import annotations

import heapq
from collections.abc import Sequence
from typing import Any

from tradesum.nlp import Parsed, pile_rows

#: Average similarity at or above which two groups are one story. On the dev piles (ECB+
#: and the mixed DUC 2007 + Multi-News pile, ``benchmarks.stories``) 0.06 to 0.08 score
#: alike; the highest keeps small piles of unrelated articles apart best.
STORY_THRESHOLD = 0.08
#: A merge needs an average similarity across the two groups of at least this share of
#: the average within the looser one. Chosen with the threshold on the dev piles.
COHESION_SHARE = 0.5
#: The terms of each article that make it a candidate for another.
SIGNATURE_TERMS = 12
#: Each article keeps its most similar candidates, this many (a story of more articles
#: still holds together, through its members' own neighbours).
NEIGHBOURS = 50
#: Articles whose candidates are worked out at once.
BLOCK = 2000
#: Two dated articles further apart than this are not one story (two earthquakes in
#: one region, a coach fired and hired again): they are never candidates.
WINDOW_DAYS = 14
#: A term in more articles than this share of the pile (and at least 50), or than
#: :data:`COMMON_LIMIT`, is too common to propose candidates (it still counts in their
#: similarity).
COMMON_SHARE = 0.05
COMMON_LIMIT = 200
#: How much names and figures weigh against common words (in document and sentence
#: vectors alike).
NAME_BOOST = 2.0
#: Each article's nearest neighbours, this many, for the shared-neighbour share ...
SHARED_NEIGHBOURS = 10
#: ... which makes up this part of a pair's similarity in grouping (the cosine the rest).
SHARED_WEIGHT = 0.2
#: A candidate is a neighbour only at this cosine or more: in a small pile of unrelated
#: articles each is every other's nearest, and sharing such neighbours means nothing.
SHARED_FLOOR = 0.1


def document_rows(documents: Sequence[Parsed]) -> Any:
    """One L2-normalised term row per document (scipy CSR), as ``compare`` weighs them:
    the document rows of :func:`tradesum.nlp.pile_rows` (each document in its own
    language), which ``digest`` makes with its sentence rows."""
    return pile_rows(documents, names=NAME_BOOST)[0]


def candidate_pairs(
    rows: Any,
    dates: Sequence[str | None] | None = None,
    languages: Sequence[str | None] | None = None,
) -> tuple[Any, Any, Any]:
    """The candidate pairs ``(i, j)`` with ``i < j`` and their cosine similarity, as three
    numpy arrays: for each article, the :data:`NEIGHBOURS` most similar of the articles
    that hold one of its signature terms (terms in more than :data:`COMMON_SHARE` of the
    pile, or :data:`COMMON_LIMIT` articles, propose none). With ``dates`` (each
    article's ISO date, or None), two dated articles more than :data:`WINDOW_DAYS` apart
    are never candidates; with ``languages`` (each article's language code, or None),
    nor are two articles in different languages. Worked out in blocks of articles, so
    memory stays bounded however many candidates a pile proposes."""
    import numpy as np
    from scipy import sparse

    n = rows.shape[0]
    if n < 2:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, np.zeros(0)
    days = np.array([_day(d) for d in dates], dtype=float) if dates is not None else None
    tongue = _language_numbers(languages) if languages is not None else None
    csr = rows.tocsr()
    binary = csr.copy()
    binary.data[:] = 1.0
    document_frequency = np.asarray(binary.sum(axis=0)).ravel()
    limit = min(max(50.0, COMMON_SHARE * n), COMMON_LIMIT)
    signature_rows, signature_cols = [], []
    for row in range(n):
        start, end = csr.indptr[row], csr.indptr[row + 1]
        cols, weights = csr.indices[start:end], csr.data[start:end]
        top = cols[np.argsort(-weights, kind="stable")[:SIGNATURE_TERMS]]
        top = top[document_frequency[top] <= limit]
        signature_rows.append(np.full(len(top), row, dtype=np.int64))
        signature_cols.append(top.astype(np.int64))
    signature = sparse.csr_matrix(
        (
            np.ones(sum(len(c) for c in signature_cols)),
            (np.concatenate(signature_rows), np.concatenate(signature_cols)),
        ),
        shape=csr.shape,
    )
    in_text = binary.T.tocsr()
    found_i, found_j, found_s = [], [], []
    for first in range(0, n, BLOCK):
        shared = (signature[first : first + BLOCK] @ in_text).tocoo()  # my terms, your text
        a, b = shared.row.astype(np.int64) + first, shared.col.astype(np.int64)
        keep = a != b
        if days is not None:  # an undated article (nan) is in every window
            keep &= ~(np.abs(days[a] - days[b]) > WINDOW_DAYS)
        if tongue is not None:  # an article of no known language (-1) pairs with any
            keep &= (tongue[a] == tongue[b]) | (tongue[a] < 0) | (tongue[b] < 0)
        a, b = a[keep], b[keep]
        similarity = np.empty(len(a))
        for k in range(0, len(a), 50_000):
            x, y = a[k : k + 50_000], b[k : k + 50_000]
            similarity[k : k + len(x)] = np.asarray(csr[x].multiply(csr[y]).sum(axis=1)).ravel()
        order, rank = _nearest_first(a, b, similarity)
        a, b, similarity = a[order], b[order], similarity[order]
        keep = rank < NEIGHBOURS
        found_i.append(np.minimum(a[keep], b[keep]))
        found_j.append(np.maximum(a[keep], b[keep]))
        found_s.append(similarity[keep])
    i, j = np.concatenate(found_i), np.concatenate(found_j)
    pairs, where = np.unique(i * n + j, return_index=True)
    return pairs // n, pairs % n, np.clip(np.concatenate(found_s)[where], 0.0, 1.0)


def _language_numbers(languages: Sequence[str | None]) -> Any:
    """Each article's language as a number (-1 for none), for comparing in numpy."""
    import numpy as np

    numbers: dict[str, int] = {}
    return np.array(
        [-1 if code is None else numbers.setdefault(code, len(numbers)) for code in languages],
        dtype=np.int64,
    )


def mixed_languages(languages: Sequence[str | None]) -> str | None:
    """A note for a pile in more than one language, or None: which languages, and that
    only articles in one language make a story together."""
    counts: dict[str, int] = {}
    for code in languages:
        if code is not None:
            counts[code] = counts.get(code, 0) + 1
    if len(counts) < 2:
        return None
    shown = ", ".join(f"{n} {code}" for code, n in sorted(counts.items(), key=lambda kv: -kv[1]))
    return (
        f"the articles are in {len(counts)} languages ({shown}); only articles in the same "
        "language are grouped into one story"
    )


def _day(date: str | None) -> float:
    """An ISO date's day number, or nan for none (or one that does not parse)."""
    import datetime

    try:
        return float(datetime.date.fromisoformat((date or "")[:10]).toordinal())
    except ValueError:
        return float("nan")


def stories_of(
    n: int, i: Any, j: Any, similarity: Any, threshold: float = STORY_THRESHOLD
) -> list[list[int]]:
    """Groups of ``range(n)`` from candidate pairs and their cosine: average linkage
    (:func:`average_linkage`) over each pair's grouping similarity, which mixes in the
    share of near neighbours the two have in common (:func:`shared_neighbours`)."""
    import numpy as np

    cosine = np.asarray(similarity, dtype=float)
    mixed = (1.0 - SHARED_WEIGHT) * cosine + SHARED_WEIGHT * shared_neighbours(n, i, j, cosine)
    return average_linkage(n, i, j, mixed, threshold)


def shared_neighbours(n: int, i: Any, j: Any, similarity: Any, k: int = SHARED_NEIGHBOURS) -> Any:
    """For each candidate pair, how many of their ``k`` nearest neighbours (each
    article's most similar candidates at :data:`SHARED_FLOOR` or more; ties to the lower
    index) the two have in common, weighed by rank (Jarvis and Patrick's shared nearest
    neighbours, rank-weighted): a neighbour of rank r (0 the nearest) in one list and s
    in the other adds (k - r)(k - s), over the most it can be, the sum of (k - r)^2. Two
    articles on one broad story are loosely alike but have the same neighbours; two
    events of one kind are alike, but each article's nearest are of its own event. A few
    array operations."""
    import numpy as np
    from scipy import sparse

    i, j, similarity = np.asarray(i), np.asarray(j), np.asarray(similarity, dtype=float)
    if not len(i):
        return np.zeros(0)
    alike = similarity >= SHARED_FLOOR  # only these are anybody's neighbours
    ends, others = np.concatenate([i[alike], j[alike]]), np.concatenate([j[alike], i[alike]])
    close = np.concatenate([similarity[alike], similarity[alike]])
    order, rank = _nearest_first(ends, others, close)
    ends, others = ends[order], others[order]
    near = rank < k
    weight = (k - rank[near]).astype(float)
    nearest = sparse.csr_matrix((weight, (ends[near], others[near])), shape=(n, n))
    common = (nearest @ nearest.T).tocsr()
    most = float(np.sum((k - np.arange(k)) ** 2))
    return np.asarray(common[i, j]).ravel() / most


def _nearest_first(owner: Any, other: Any, similarity: Any) -> tuple[Any, Any]:
    """How to order pairs (owner, other) so that each owner's come together, the most
    similar first (ties to the lower ``other``), and each pair's rank in its owner's
    list in that order (0 the nearest)."""
    import numpy as np

    order = np.lexsort((other, -similarity, owner))
    owners = owner[order]
    return order, np.arange(len(order)) - np.searchsorted(owners, owners)


def average_linkage(
    n: int,
    i: Sequence[int],
    j: Sequence[int],
    similarity: Sequence[float],
    threshold: float,
    cohesion: float = COHESION_SHARE,
) -> list[list[int]]:
    """Groups of ``range(n)``: agglomerative clustering with average linkage over a sparse
    similarity graph (missing pairs count 0), merging while the best average is at or
    above ``threshold`` and at least ``cohesion`` times the average within the looser of
    the two groups (module docstring). Each group sorted; groups in order of their first
    member.

    Each group keeps one entry in a heap: its best partner. After a merge only the new
    group and the groups whose best partner was one of the two look again; any other
    group's best still stands, since its pair with the new group is covered by the new
    group's own entry. So a merge costs the links it touches, not a push per link."""
    links: dict[int, dict[int, float]] = {k: {} for k in range(n)}
    for a, b, s in zip(i, j, similarity, strict=True):
        if s > 0 and a != b:
            a, b = int(a), int(b)
            links[a][b] = links[a].get(b, 0.0) + float(s)
            links[b][a] = links[a][b]
    size = [1] * n
    within = [0.0] * n  # per group: the sum of the similarities of its pairs
    version = [0] * n
    partner = [-1] * n  # per group: its best partner when it has one
    members: dict[int, list[int]] = {k: [k] for k in range(n)}
    heap: list[tuple[float, int, int, int, int]] = []

    def cohesive(a: int, b: int, average: float) -> bool:
        inner = [within[g] / (size[g] * (size[g] - 1) / 2) for g in (a, b) if size[g] > 1]
        return not inner or average >= cohesion * min(inner)

    def look(a: int) -> None:
        """Find ``a``'s best partner (the highest average, then the lowest index) and
        push it."""
        best: tuple[float, int] | None = None
        for c, total in links[a].items():
            average = total / (size[a] * size[c])
            if average < threshold or (best is not None and (average, -c) <= best):
                continue
            if cohesive(a, c, average):
                best = (average, -c)
        partner[a] = -1 if best is None else -best[1]
        if best is not None:
            heapq.heappush(heap, (-best[0], min(a, -best[1]), max(a, -best[1]), a, version[a]))

    for a in range(n):
        look(a)
    while heap:
        *_, owner, owner_version = heapq.heappop(heap)  # best average, then pair order
        if version[owner] != owner_version:
            continue  # the owner has merged or looked again since
        a, b = owner, partner[owner]  # alive: had b merged, the owner had looked again
        if len(links[a]) < len(links[b]):
            a, b = b, a
        within[a] += within[b] + links[a].get(b, 0.0)
        for c, total in links.pop(b).items():
            if c == a:
                continue
            links[a][c] = links[a].get(c, 0.0) + total
            links[c][a] = links[a][c]
            del links[c][b]
        links[a].pop(b, None)
        members[a].extend(members.pop(b))
        size[a] += size[b]
        version[a] += 1
        version[b] = -1
        look(a)
        for c in links[a]:
            if partner[c] in (a, b):
                version[c] += 1
                look(c)
    return sorted((sorted(group) for group in members.values()), key=lambda g: g[0])


def group(
    documents: Sequence[Parsed], *, threshold: float = STORY_THRESHOLD, rows: Any = None
) -> list[list[int]]:
    """The stories of a pile of parsed articles, as lists of their indices (``rows``:
    their :func:`document_rows`, when the caller has them already); dated articles
    only within :data:`WINDOW_DAYS` of each other, and articles in one language."""
    if not documents:
        return []
    i, j, similarity = candidate_pairs(
        document_rows(documents) if rows is None else rows,
        [d.article.date for d in documents],
        [d.article.language for d in documents],
    )
    return stories_of(len(documents), i, j, similarity, threshold)
