"""Metric code shared by the benchmarks (pinned by tests/test_benchmark_metrics.py)."""

from __future__ import annotations

from collections.abc import Sequence


def roc_auc(scores: Sequence[float], labels: Sequence[bool]) -> float:
    """Area under the ROC curve: the chance a random positive outscores a random negative
    (ties count half). Mann-Whitney U over ranks, O(n log n)."""
    if len(scores) != len(labels):
        raise ValueError("scores and labels differ in length")
    order = sorted(range(len(scores)), key=lambda i: scores[i])
    ranks = [0.0] * len(scores)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and scores[order[j + 1]] == scores[order[i]]:
            j += 1
        average = (i + j) / 2.0 + 1.0
        for k in range(i, j + 1):
            ranks[order[k]] = average
        i = j + 1
    positives = sum(1 for label in labels if label)
    negatives = len(labels) - positives
    if positives == 0 or negatives == 0:
        raise ValueError("need both positive and negative examples")
    rank_sum = sum(r for r, label in zip(ranks, labels, strict=True) if label)
    return (rank_sum - positives * (positives + 1) / 2.0) / (positives * negatives)


def normalize_phrase(phrase: str, language: str = "english") -> str:
    """Lower-cased, Snowball-stemmed words of a phrase, joined by single spaces."""
    from nltk.stem.snowball import SnowballStemmer

    stemmer = SnowballStemmer(language)
    words = "".join(c if c.isalnum() else " " for c in phrase.lower()).split()
    return " ".join(stemmer.stem(w) for w in words)


def keyphrase_prf(
    predicted: Sequence[str], gold: Sequence[str], *, language: str = "english"
) -> tuple[float, float, float]:
    """Precision, recall and F1 of the top-10 predictions against the gold keyphrases,
    after normalising both sides (stems of ``language``); exact match; duplicates after
    normalising count once."""
    top: list[str] = []
    for phrase in predicted:
        key = normalize_phrase(phrase, language)
        if key and key not in top:
            top.append(key)
        if len(top) == 10:
            break
    truth = {normalize_phrase(g, language) for g in gold} - {""}
    if not top or not truth:
        return 0.0, 0.0, 0.0
    hits = sum(1 for key in top if key in truth)
    precision, recall = hits / len(top), hits / len(truth)
    f1 = 2 * precision * recall / (precision + recall) if hits else 0.0
    return precision, recall, f1


def lcs_length(a: Sequence[str], b: Sequence[str]) -> int:
    """Length of the longest common subsequence, bit-parallel (Allison and Dix, 1986)."""
    masks: dict[str, int] = {}
    for i, token in enumerate(a):
        masks[token] = masks.get(token, 0) | (1 << i)
    full = (1 << len(a)) - 1
    v = full
    for token in b:
        u = v & masks.get(token, 0)
        v = ((v + u) | (v - u)) & full
    return len(a) - bin(v).count("1")


def rouge_l(summary: Sequence[str], reference: Sequence[str]) -> float:
    """ROUGE-L F1 of two token sequences (rouge-score's ``rougeL``, on its tokens)."""
    common = lcs_length(reference, summary)
    if not common:
        return 0.0
    precision, recall = common / len(summary), common / len(reference)
    return 2 * precision * recall / (precision + recall)


def paired_bootstrap(
    a: Sequence[float], b: Sequence[float], *, samples: int = 2000, seed: int = 0
) -> tuple[float, float, float]:
    """The mean of ``a - b`` over paired items and its 95% bootstrap interval
    (items resampled with replacement, ``samples`` times, fixed seed)."""
    import random

    if len(a) != len(b) or not a:
        raise ValueError("need two non-empty score lists of one length")
    diffs = [x - y for x, y in zip(a, b, strict=True)]
    rng = random.Random(seed)
    n = len(diffs)
    means = sorted(sum(diffs[rng.randrange(n)] for _ in range(n)) / n for _ in range(samples))
    return sum(diffs) / n, means[int(0.025 * samples)], means[int(0.975 * samples) - 1]


# ------------------------------------------------------------------ quantities (figures)

#: A quantity as the figure benchmarks compare it: a value, a unit class ("percent", an
#: ISO currency code, or "other") and a change label ("=", "~", ">", "<", "up", "down").
Quantity = tuple[float, str, str]


def same_value(a: float, b: float) -> bool:
    """Equal within a relative 1e-6 (and exactly, at zero)."""
    return abs(a - b) <= 1e-6 * max(abs(a), abs(b))


def matched_quantities(
    predicted: Sequence[Quantity], gold: Sequence[Quantity], *, strict: bool
) -> int:
    """The size of a maximum one-to-one matching between the predicted and the gold
    quantities of one sentence. A pair matches when the values agree (:func:`same_value`)
    and the unit classes are equal; ``strict`` also needs the same change label."""

    def fits(p: Quantity, g: Quantity) -> bool:
        return same_value(p[0], g[0]) and p[1] == g[1] and (not strict or p[2] == g[2])

    edges = [[j for j, g in enumerate(gold) if fits(p, g)] for p in predicted]
    owner: dict[int, int] = {}  # gold index -> predicted index

    def augment(i: int, seen: set[int]) -> bool:
        for j in edges[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    return sum(1 for i in range(len(predicted)) if augment(i, set()))


def micro_prf(counts: Sequence[tuple[int, int, int]]) -> tuple[float, float, float]:
    """Micro precision, recall and F1 from per-item (matched, predicted, gold) counts."""
    tp = sum(c[0] for c in counts)
    predicted = sum(c[1] for c in counts)
    gold = sum(c[2] for c in counts)
    precision = tp / predicted if predicted else 0.0
    recall = tp / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if tp else 0.0
    return precision, recall, f1


def paired_bootstrap_micro_f1(
    a: Sequence[tuple[int, int, int]],
    b: Sequence[tuple[int, int, int]],
    *,
    samples: int = 2000,
    seed: int = 0,
) -> tuple[float, float, float]:
    """Micro F1 of ``a`` minus that of ``b`` over paired items, with its 95% bootstrap
    interval (items resampled with replacement, the same resample for both)."""
    import random

    if len(a) != len(b) or not a:
        raise ValueError("need two non-empty count lists of one length")
    rng = random.Random(seed)
    n = len(a)
    diffs = []
    for _ in range(samples):
        picks = [rng.randrange(n) for _ in range(n)]
        diffs.append(micro_prf([a[i] for i in picks])[2] - micro_prf([b[i] for i in picks])[2])
    diffs.sort()
    return (
        micro_prf(a)[2] - micro_prf(b)[2],
        diffs[int(0.025 * samples)],
        diffs[int(0.975 * samples) - 1],
    )
