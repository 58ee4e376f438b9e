"""Sentence and word splitting on news text, offline."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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


def test_pile_rows_are_term_matrix_rows_from_one_pass() -> None:
    """``pile_rows`` gives the document rows and sentence rows that ``term_matrix``
    gives of the same tokens (so ``digest`` can make both in one pass)."""
    from tradesum.inputs import parse_text
    from tradesum.nlp import parse_article, pile_rows, term_matrix

    texts = [
        "Steel tariffs\n\nThe U.S. raised steel tariffs to 25% on Monday. Canada said it "
        "would answer. Ottawa named 16.6 billion dollars of goods.",
        "Beef\n\nJapan cut beef tariffs. Tokyo cited prices, and Japan's farmers agreed.",
        "\u00a0\n\nOne sentence only, with Names Inside It.",
    ]
    parsed = [parse_article(parse_text(t, source=f"{k}")) for k, t in enumerate(texts)]
    documents, sentences = pile_rows(parsed, names=2.0)
    expected, _ = term_matrix(
        [[t for s in p.sentences for t in s.tokens] for p in parsed], names=2.0
    )
    assert abs(documents @ documents.T - expected @ expected.T).max() < 1e-12
    for p, rows in zip(parsed, sentences, strict=True):
        alone, _ = term_matrix([s.tokens for s in p.sentences], names=2.0)
        assert rows.shape == (len(p.sentences), documents.shape[1])
        assert abs(rows @ rows.T - alone @ alone.T).max() < 1e-12
    between = (sentences[0] @ sentences[1].T).toarray()
    assert between.max() > 0  # one vocabulary: "tariffs" is one column for both


def _tokens_one_match_at_a_time(text: str) -> tuple[list[str], list[bool]]:
    """The tokenizer as it was written first: one match object per token."""
    import re

    from tradesum.nlp import _POSSESSIVE, _TOKEN

    tokens: list[str] = []
    breaks: list[bool] = []
    previous_end = 0
    for match in _TOKEN.finditer(text):
        token = match.group()
        if token[-1] in "s'’" and ("'" in token or "’" in token):
            token = _POSSESSIVE.sub("", token)
        if token:
            gap = text[previous_end : match.start()]
            breaks.append(bool(tokens) and re.search(r"[^\s\-]", gap) is not None)
            tokens.append(token)
        previous_end = match.end()
    return tokens, breaks


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*"aZ9 .,-'’s$%\u00a0\n\t;:", "’s", "'s", "U.S."])).map("".join))
def test_tokens_and_breaks_are_those_of_a_match_by_match_reading(text: str) -> None:
    from tradesum.nlp import tokenize_with_breaks

    assert tokenize_with_breaks(text) == _tokens_one_match_at_a_time(text)


def test_per_lexicon_memoises_each_lexicon_apart() -> None:
    from tradesum.languages import LEXICONS
    from tradesum.lexicon import Lexicon, per_lexicon

    calls: list[tuple[str, str]] = []

    @per_lexicon
    def shout(token: str, lexicon: Lexicon) -> str:
        calls.append((token, lexicon.code))
        return f"{lexicon.code}:{token.upper()}"

    english, german = shout(LEXICONS["en"]), shout(LEXICONS["de"])
    assert list(map(english, ["zoll", "zoll"])) == ["en:ZOLL", "en:ZOLL"]
    assert german("zoll") == "de:ZOLL"
    assert shout(LEXICONS["en"]) is english  # one cache per lexicon
    assert calls == [("zoll", "en"), ("zoll", "de")]


def test_mmr_picks_alike_from_dense_and_sparse_rows_and_ties_go_to_the_earlier() -> None:
    """One article's rows are dense, a pile's sparse: the picks are the same, and two
    scores equal but for the last bits of a sum tie to the earlier sentence."""
    import numpy as np
    from scipy import sparse

    from tradesum.scores import mmr

    rows = np.array([[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.6, 0.8, 0.0], [0.0, 0.0, 1.0]])
    score = np.array([0.3, 0.3 + 1e-16, 0.9, 0.1])
    dense_picks = mmr(score, rows, 4, 0.5)
    assert mmr(score, sparse.csr_matrix(rows), 4, 0.5) == dense_picks
    assert [row for row, _ in dense_picks][:1] == [2]
    tied = np.array([0.3, 0.3 + 1e-16])  # the second is larger in its last bit only
    assert tied[1] > tied[0]
    assert [row for row, _ in mmr(tied, np.eye(2), 2, 0.0)] == [0, 1]  # by score alone
    assert [row for row, _ in mmr(tied, np.eye(2), 2, 0.5)] == [0, 1]  # with redundancy
