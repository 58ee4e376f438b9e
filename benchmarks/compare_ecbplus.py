"""Same-story detection on ECB+: ROC AUC of tradesum's similarity beside TF-IDF cosine.

    python -m benchmarks.compare_ecbplus [--data ../shared/data]

Pairs of documents in the same ECB+ cluster are the same story (positives). "All" scores
every pair; "hard" scores same-story pairs against pairs from the same topic but another
event (two different earthquakes). tradesum uses no corpus; the TF-IDF peer takes its
IDF from all 496 documents (sklearn's smoothed IDF, raw counts, cosine).
"""

from __future__ import annotations

import argparse
import csv
import math
import time
from collections import Counter
from itertools import combinations
from pathlib import Path

import numpy as np

from benchmarks.metrics import roc_auc
from tradesum.comparison import SAME_STORY_THRESHOLD, similarity_matrix
from tradesum.inputs import load
from tradesum.nlp import is_content_word, parse_article

DEFAULT_DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"


def tfidf_rows(token_lists: list[list[str]]) -> np.ndarray:
    """L2-normalised TF-IDF rows, IDF over the token lists (sklearn's smoothed IDF)."""
    vocabulary: dict[str, int] = {}
    counts = [Counter(t.lower() for t in tokens if is_content_word(t)) for tokens in token_lists]
    for c in counts:
        for term in c:
            vocabulary.setdefault(term, len(vocabulary))
    df = Counter(term for c in counts for term in c)
    n = len(counts)
    matrix = np.zeros((n, len(vocabulary)), dtype=np.float32)
    for row, c in enumerate(counts):
        for term, tf in c.items():
            matrix[row, vocabulary[term]] = tf * (math.log((1 + n) / (1 + df[term])) + 1.0)
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return matrix / norms


def tfidf_matrix(token_lists: list[list[str]]) -> np.ndarray:
    unit = tfidf_rows(token_lists).astype(float)
    return unit @ unit.T


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = parser.parse_args()
    root = args.data / "ecbplus"
    rows = list(csv.DictReader((root / "clusters.tsv").open(encoding="utf-8"), delimiter="\t"))
    parsed = [parse_article(load(str(root / "docs" / f"{r['doc']}.txt"))[0]) for r in rows]

    started = time.perf_counter()
    ours = similarity_matrix(parsed)
    ours_seconds = time.perf_counter() - started
    started = time.perf_counter()
    peer = tfidf_matrix([[t for s in p.sentences for t in s.tokens] for p in parsed])
    peer_seconds = time.perf_counter() - started

    all_pairs, hard_pairs = [], []
    for i, j in combinations(range(len(rows)), 2):
        same = rows[i]["cluster_id"] == rows[j]["cluster_id"]
        all_pairs.append((i, j, same))
        if same or rows[i]["topic"] == rows[j]["topic"]:
            hard_pairs.append((i, j, same))

    def auc(matrix: np.ndarray, pairs: list[tuple[int, int, bool]]) -> float:
        return roc_auc([float(matrix[i, j]) for i, j, _ in pairs], [s for _, _, s in pairs])

    def accuracy(matrix: np.ndarray, pairs: list[tuple[int, int, bool]]) -> float:
        hits = sum((matrix[i, j] >= SAME_STORY_THRESHOLD) == same for i, j, same in pairs)
        return hits / len(pairs)

    print(f"ECB+: {len(rows)} documents, {len(all_pairs)} pairs, {len(hard_pairs)} hard pairs")
    print()
    print("| method | AUC all pairs | AUC hard pairs | seconds (496 docs) |")
    print("| --- | ---: | ---: | ---: |")
    print(
        f"| tradesum (no corpus) | {auc(ours, all_pairs):.4f} | {auc(ours, hard_pairs):.4f} "
        f"| {ours_seconds:.2f} |"
    )
    print(
        f"| TF-IDF, IDF over all 496 docs | {auc(peer, all_pairs):.4f} "
        f"| {auc(peer, hard_pairs):.4f} | {peer_seconds:.2f} |"
    )
    print()
    print(
        f"tradesum verdict at threshold {SAME_STORY_THRESHOLD}: accuracy "
        f"{accuracy(ours, all_pairs):.4f} on all pairs, {accuracy(ours, hard_pairs):.4f} on hard"
    )


if __name__ == "__main__":
    main()
