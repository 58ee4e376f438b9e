"""The benchmark harness's metric code, on cases checked by hand."""

from __future__ import annotations

import pytest

from benchmarks.metrics import roc_auc


def test_auc_perfect_inverse_and_random() -> None:
    assert roc_auc([0.1, 0.2, 0.8, 0.9], [False, False, True, True]) == 1.0
    assert roc_auc([0.9, 0.8, 0.2, 0.1], [False, False, True, True]) == 0.0
    assert roc_auc([0.5, 0.5, 0.5, 0.5], [False, True, False, True]) == 0.5


def test_auc_by_hand() -> None:
    # positives 0.8 and 0.4; negatives 0.6 and 0.2: of 4 pairs, 3 are ordered right.
    assert roc_auc([0.8, 0.6, 0.4, 0.2], [True, False, True, False]) == 0.75
    # a tie between a positive and a negative counts half: (1 + 0.5) / 2
    assert roc_auc([0.5, 0.5, 0.1], [True, False, False]) == 0.75


def test_auc_needs_both_classes() -> None:
    with pytest.raises(ValueError):
        roc_auc([0.1, 0.2], [True, True])
