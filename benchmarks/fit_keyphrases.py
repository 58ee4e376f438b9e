"""Fit the keyphrase model's weights on the KPCrowd dev set and write them as package data.

    pip install -e ".[bench]"
    python -m benchmarks.fit_keyphrases            # writes src/tradesum/data/keyphrase_model.json

A logistic regression (16 weights and a bias, L2-regularised with C=0.1) over the
candidate features of :func:`tradesum.keywords.candidates`; a candidate is positive when
its normalised form (lower-cased, Snowball-stemmed) is one of the document's gold keys.
It prints the two-fold cross-validated F1@10 so that overfitting shows.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

from benchmarks.metrics import keyphrase_prf, normalize_phrase
from benchmarks.quality import DEFAULT_DATA, kpcrowd
from tradesum.keywords import FEATURES, candidates
from tradesum.nlp import parse_article

OUT = Path(__file__).resolve().parent.parent / "src" / "tradesum" / "data" / "keyphrase_model.json"
C = 0.1


def main() -> None:
    from sklearn.linear_model import LogisticRegression

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()

    docs = []
    for article, gold in kpcrowd(args.data):
        found = candidates(parse_article(article))
        surfaces = [c.surface for c in found]
        rows = [list(c.features) for c in found]
        truth = {normalize_phrase(g) for g in gold}
        labels = [normalize_phrase(s) in truth for s in surfaces]
        docs.append((surfaces, np.array(rows, dtype=float), np.array(labels), gold))

    def fit(part: list[tuple[list[str], np.ndarray, np.ndarray, list[str]]]) -> LogisticRegression:
        x = np.vstack([d[1] for d in part if len(d[1])])
        y = np.concatenate([d[2] for d in part if len(d[1])])
        return LogisticRegression(C=C, max_iter=5000).fit(x, y)

    def f1(
        model: LogisticRegression, part: list[tuple[list[str], np.ndarray, np.ndarray, list[str]]]
    ) -> float:
        scores = []
        for surfaces, x, _, gold in part:
            if not len(x):
                scores.append(0.0)
                continue
            order = np.argsort(-model.decision_function(x), kind="stable")
            scores.append(keyphrase_prf([surfaces[i] for i in order], gold)[2])
        return 100 * float(np.mean(scores))

    even, odd = docs[0::2], docs[1::2]
    cv = (f1(fit(even), odd) + f1(fit(odd), even)) / 2
    model = fit(docs)
    print(f"two-fold cross-validated F1@10 (top by model score): {cv:.2f}")
    print(f"fitted on all {len(docs)} documents: {f1(model, docs):.2f}")
    data = {
        "features": list(FEATURES),
        "weights": [round(float(w), 6) for w in model.coef_[0]],
        "bias": round(float(model.intercept_[0]), 6),
        "fitted_on": "500N-KPCrowd v1.1, 250 documents (../shared/data/kpcrowd)",
        "made_by": "python -m benchmarks.fit_keyphrases",
        "regularisation_C": C,
    }
    args.out.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
