"""The summary contract: a subset of the article's sentences, in order, as long as asked."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import tradesum
from tradesum.errors import InputError, TradesumError, UsageError
from tradesum.methods import SUMY_LIMITS, Method
from tradesum.nlp import is_boilerplate, split_sentences
from tradesum.summary import DocumentSummary, summarize

SENTENCE = st.sampled_from(
    [
        "The United States raised tariffs on Chinese goods to 145%.",
        "Beijing responded with export controls on rare earth magnets.",
        "Commerce Secretary Howard Lutnick will meet Vice Premier He Lifeng.",
        "Exports climbed 4.8% in May, short of forecasts.",
        "Mr. He said the U.S. must lift its curbs on chips.",
        "Investors remained cautious.",
        "The OECD cut its forecast for world growth.",
        "Talks in London begin on Monday.",
        "Officials said the deal was “very good”.",
        "Markets rose.",
    ]
)
ARTICLE = st.lists(st.lists(SENTENCE, min_size=1, max_size=6), min_size=1, max_size=6).map(
    lambda paragraphs: "\n\n".join(" ".join(p) for p in paragraphs)
)


def _body_sentences(result: DocumentSummary) -> list[str]:
    return list(result.sentences)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    article=ARTICLE,
    count=st.integers(min_value=1, max_value=8),
    method=st.sampled_from([m.value for m in Method]),
)
def test_summary_is_an_ordered_subset_no_longer_than_asked(
    article: str, count: int, method: str
) -> None:
    result = summarize(article, sentences=count, method=method)
    body = _body_sentences(result)
    indices = [s.index for s in result.summary]
    assert indices == sorted(set(indices)), "document order, no repeats"
    assert all(body[s.index] == s.text for s in result.summary), "verbatim sentences"
    assert len({s.text.lower() for s in result.summary}) == len(result.summary), "no duplicates"
    assert 1 <= len(result.summary) <= count
    assert result == summarize(article, sentences=count, method=method), "deterministic"


@settings(max_examples=40, deadline=None)
@given(article=ARTICLE, budget=st.integers(min_value=1, max_value=60))
def test_word_budget_is_never_exceeded(article: str, budget: int) -> None:
    result = summarize(article, words=budget)
    assert result.summary_word_count <= budget


@settings(max_examples=150, deadline=None)
@given(text=st.text(max_size=400))
def test_arbitrary_text_never_raises_anything_but_our_errors(text: str) -> None:
    try:
        result = summarize(text)
    except TradesumError:
        return
    assert result.summary, "a document with a sentence gets a non-empty summary"


def test_ratio_controls_length(seed_b_text: str) -> None:
    full = summarize(seed_b_text, ratio=1.0)
    assert len(full.summary) == full.sentence_count == 22
    assert len(summarize(seed_b_text, ratio=0.2).summary) == 4  # floor(0.2 * 22)
    assert len(summarize(seed_b_text, ratio=0.01).summary) == 1  # never empty


def test_default_is_three_sentences_of_the_news_method(seed_b_text: str) -> None:
    result = summarize(seed_b_text)
    assert result.method == "news" and len(result.summary) == 3
    assert result.summary[0].index == 0  # the lede of a news story
    assert all(s.score is not None and dict(s.parts) for s in result.summary)


def test_headline_is_never_a_summary_sentence(seed_b_text: str) -> None:
    result = summarize(seed_b_text, ratio=1.0)
    assert result.title and all(result.title not in s.text for s in result.summary)


def test_duplicate_sentences_appear_once() -> None:
    text = "Tariffs rose to 25%. Tariffs rose to 25%. China objected. Tariffs rose to 25%."
    for method in Method:
        result = summarize(text, sentences=3, method=method)
        texts = [s.text for s in result.summary]
        assert len(texts) == len(set(texts)), method


def test_boilerplate_is_not_summary_material() -> None:
    assert is_boilerplate("By . Associated Press . PUBLISHED: . 14:11 EST, 25 October 2013 .")
    assert is_boilerplate("Click here to read more")
    text = (
        "By . Daily Mail Reporter . PUBLISHED: . 14:11 EST, 25 October 2013 . | . UPDATED: . "
        "15:36 EST, 25 October 2013 . The United States raised tariffs on steel to 25%. "
        "Canada said it would retaliate. Markets fell on the news."
    )
    assert "PUBLISHED" not in summarize(text, sentences=1).summary[0].text
    assert "PUBLISHED" not in summarize(text, sentences=1, method="lead").summary[0].text


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"sentences": 0}, UsageError),
        ({"sentences": -2}, UsageError),
        ({"ratio": 0.0}, UsageError),
        ({"ratio": 1.5}, UsageError),
        ({"sentences": 2, "ratio": 0.5}, UsageError),
        ({"words": 0}, UsageError),
        ({"method": "nope"}, UsageError),
        ({"keywords": -1}, UsageError),
    ],
)
def test_bad_options_raise_usage_errors(kwargs: dict[str, object], error: type) -> None:
    with pytest.raises(error):
        summarize("Tariffs rose. China objected.", **kwargs)  # type: ignore[arg-type]


def test_slow_sumy_methods_refuse_huge_documents_quickly() -> None:
    text = " ".join(f"Sentence number {i} talks about tariffs and trade." for i in range(300))
    assert len(split_sentences(text)) == 300 > SUMY_LIMITS[Method.KL]
    with pytest.raises(InputError, match="limited to"):
        summarize(text, method="kl")
    assert len(summarize(text, sentences=5).summary) == 5  # the default copes


def test_public_api_names_are_stable() -> None:
    result = tradesum.summarize("Headline\n\nTariffs rose to 25%. China objected.", keywords=3)
    assert isinstance(result, tradesum.DocumentSummary)
    assert result.title == "Headline"
    assert {"title", "summary", "keywords", "figures", "sentence_count"} <= set(
        DocumentSummary.__dataclass_fields__
    )
    assert result.summary[0].text and result.summary[0].index == 0
    assert result.keywords[0].phrase and result.keywords[0].score == 1.0


def test_textrank_ranks_the_sentence_the_others_echo_first() -> None:
    from tradesum.nlp import tokenize
    from tradesum.scores import textrank

    sentences = [
        "China cut tariffs on American soybeans and pork.",
        "The weather in London was mild.",
        "Tariffs on soybeans fell as China bought more pork.",
        "American farmers welcomed the soybean tariff cut by China.",
    ]
    rank = textrank([tokenize(s) for s in sentences])
    assert rank.max() == 1.0
    assert rank[1] < min(rank[0], rank[2], rank[3])  # shares nothing: least echoed
    assert textrank([tokenize("the of and"), tokenize("a an")]).tolist() == [0.0, 0.0]


def test_textrank_past_the_graph_limit_keeps_the_order(monkeypatch: pytest.MonkeyPatch) -> None:
    import tradesum.scores as methods
    from tradesum.nlp import tokenize

    token_lists = [
        tokenize(s)
        for s in (
            "Steel tariffs rose to 50% on imports from China and Canada.",
            "Canada answered the steel tariffs with its own on imports.",
            "The minister spoke briefly.",
            "Imports of steel from China fell after the tariffs.",
        )
    ]
    exact = methods.textrank(token_lists)
    monkeypatch.setattr(methods, "GRAPH_LIMIT", 2)
    linear = methods.textrank(token_lists)  # the degree stand-in, in linear time
    assert list(exact.argsort()) == list(linear.argsort())


def test_the_lead_counts_for_short_summaries_and_fades_for_long_ones() -> None:
    from tradesum.scores import NewsWeights

    weights = NewsWeights((), 0.5, (0.1, 0.2))
    assert weights.lead(0.05) == 1.0
    assert weights.lead(0.1) == 1.0
    assert weights.lead(0.15) == pytest.approx(0.5)
    assert weights.lead(0.2) == 0.0
    assert weights.lead(0.6) == 0.0


def test_length_share_is_the_part_of_the_article_asked_for() -> None:
    from tradesum.summary import Length

    assert Length(sentences=3).share(30, 600) == pytest.approx(0.1)
    assert Length(ratio=0.4).share(30, 600) == pytest.approx(0.4)
    assert Length(words=60).share(30, 600) == pytest.approx(0.1)
    assert Length(sentences=10, words=60).share(30, 600) == pytest.approx(0.1)  # the smaller
    assert Length().share(2, 40) == 1.0  # 3 sentences of 2: all of it


def test_a_news_score_is_the_weighted_mean_of_its_parts_within_0_and_1() -> None:
    """The shipped weights' scale does not leak into scores: each is the mean of its
    parts weighted by the fitted weights (position's faded by the lead factor), times
    its gates, at every length; so importance in comparisons stays in [0, 1] too."""
    import numpy as np

    from tradesum.analysis import analyse
    from tradesum.inputs import parse_text
    from tradesum.scores import news_weights

    article = parse_text(
        "Tariffs on steel rose to 25 percent on Monday. Exporters in Canada protested "
        "the move at once. Officials said talks would resume next week in Ottawa. "
        "The markets barely moved on the news. Steel prices in Ottawa rose too."
    )
    features = analyse(article).news_features()
    weights = news_weights()
    for share in (0.0, 0.22, 0.5):
        lead = weights.lead(share)
        faded = {n: w * (lead if n == "position" else 1.0) for n, w in weights.parts if w}
        mean = sum(w * features.parts[n] for n, w in faded.items()) / sum(faded.values())
        total = features.total(share)
        assert np.allclose(total, mean * features.length * features.clean)
        assert ((total >= 0.0) & (total <= 1.0)).all()
