"""Sentence and word splitting on news text, offline."""

from __future__ import annotations

import pytest

from tradesum.nlp import split_sentences, stem, tokenize, zipf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mr. He met Mr. Bessent in London. They talked.",
            ["Mr. He met Mr. Bessent in London.", "They talked."],
        ),
        (
            "The U.S. delegation arrived on Apr. 5, 2025. Talks began.",
            ["The U.S. delegation arrived on Apr. 5, 2025.", "Talks began."],
        ),
        ("It is the No. 1 issue. Exports rose.", ["It is the No. 1 issue.", "Exports rose."]),
        (
            "Exports climbed 4.8% to $1.13bn. Imports fell 3.4%.",
            ["Exports climbed 4.8% to $1.13bn.", "Imports fell 3.4%."],
        ),
        (
            'Trump called it "very good." Xi agreed.',
            ['Trump called it "very good."', "Xi agreed."],
        ),
        ("No sentence punctuation at all", ["No sentence punctuation at all"]),
    ],
)
def test_sentences_on_news_abbreviations(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


def test_tokens_keep_figures_and_abbreviations_whole() -> None:
    tokens = tokenize("The U.S. said China’s exports rose 4.8% to $1.13bn and £600m.")
    assert tokens == [
        "The", "U.S.", "said", "China", "exports", "rose", "4.8%", "to", "$1.13bn", "and", "£600m",
    ]  # fmt: skip


def test_stemming_needs_no_download() -> None:
    assert stem("Tariffs") == stem("tariff") == "tariff"
    assert stem("U.S.") == "u.s."


def test_background_frequency_ranks_common_above_rare() -> None:
    assert zipf("the") > zipf("tariffs") > zipf("Lutnick")
    assert zipf("U.S.") > 4  # the abbreviation is common in general English
