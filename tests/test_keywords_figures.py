"""Keyphrases and key figures on trade news."""

from __future__ import annotations

from tradesum.figures import FigureKind, find_figures
from tradesum.summary import summarize

from .conftest import SEED_A, SEED_B


def test_seed_keyphrases_are_trade_topics() -> None:
    result = summarize(SEED_B.read_text(encoding="utf-8"), keywords=15)
    phrases = [k.phrase for k in result.keywords]
    assert {"negotiations", "tariffs", "China", "rare earth"} <= set(phrases)
    scores = [k.score for k in result.keywords]
    assert scores == sorted(scores, reverse=True) and scores[0] == 1.0


def test_keyphrases_have_no_stop_word_edges_and_merge_variants() -> None:
    text = (
        "Tariffs on steel rose. The tariff on steel was cut. TARIFFS hurt exporters. "
        "Rare earth magnets are scarce. China controls rare earth magnets."
    )
    result = summarize(text, keywords=10)
    lowered = [k.phrase.lower() for k in result.keywords]
    assert len([p for p in lowered if p in ("tariffs", "tariff")]) == 1
    assert "rare earth" in lowered and "rare" not in lowered  # a word kept in its phrase
    for phrase in lowered:
        words = phrase.split()
        assert words[0] not in ("the", "of", "and", "on") and words[-1] not in ("the", "of", "on")


def test_names_stay_whole() -> None:
    text = (
        "Trade Representative Jamieson Greer met officials. Tariffs were discussed. "
        "Greer said tariffs would stay. Officials disagreed about tariffs."
    )
    phrases = [k.phrase for k in summarize(text, keywords=10).keywords]
    assert not any(p in ("Jamieson",) for p in phrases)


def test_seed_a_keyphrases() -> None:
    phrases = [k.phrase for k in summarize(SEED_A.read_text(encoding="utf-8")).keywords]
    assert "tariffs" in phrases and "rare earth" in phrases


def test_figures_kinds_values_and_sentences() -> None:
    figures = find_figures(
        "Exports climbed 4.8% in May to $1.13bn, £600m and 1.5 billion dlrs; "
        "tariffs hit 145 percent on Apr. 5, 2025 for 40,000 tonnes under Section 232.",
        sentence_index=7,
    )
    found = {(f.text, f.kind) for f in figures}
    assert ("4.8%", FigureKind.PERCENT) in found
    assert ("145 percent", FigureKind.PERCENT) in found
    assert ("$1.13bn", FigureKind.MONEY) in found
    assert ("£600m", FigureKind.MONEY) in found
    assert ("1.5 billion dlrs", FigureKind.MONEY) in found
    assert ("May", FigureKind.DATE) in found
    assert ("Apr. 5, 2025", FigureKind.DATE) in found
    assert ("40,000 tonnes", FigureKind.COUNT) in found
    assert not any("232" in f.text for f in figures)
    money = {f.text: (f.value, f.unit) for f in figures if f.kind is FigureKind.MONEY}
    assert money["$1.13bn"] == (1.13e9, "USD")
    assert money["£600m"] == (6e8, "GBP")
    assert all(f.sentence_index == 7 for f in figures)


def test_seed_figures_point_at_their_sentences() -> None:
    result = summarize(SEED_B.read_text(encoding="utf-8"))
    by_text = {f.text: f for f in result.figures}
    assert {"145%", "4.8%", "3.4%"} <= set(by_text)
    assert "145%" in result.sentences[by_text["145%"].sentence_index]
