"""The joint summary of a story (:mod:`tradesum.joint`): what several articles report
comes first, each fact once, within the budget; one article gets its own best sentences."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tradesum.analysis import Analysis, Needs, analyse
from tradesum.comparison import compare, joint_summary
from tradesum.inputs import parse_text
from tradesum.joint import _concept_word, _pairs
from tradesum.languages import ENGLISH

SHARED = "The European Union cut its import duty on Chilean copper cathodes to 2% on Friday."
ARTICLES = [
    "EU cuts copper duty\n\n"
    "Brussels also fined three Dutch banks 1.2 billion euros on Friday for rigging bond "
    f"prices, the commission said. {SHARED} Brussels said the cut answers a shortage at "
    "German smelters.",
    "Copper duty falls\n\n"
    "The European Union cut the import duty on Chilean copper cathodes to 2% on Friday, "
    "officials said. Chile's mining minister welcomed the decision in Santiago.",
    "Chile welcomes EU move\n\n"
    "Chilean copper cathodes will pay an import duty of 2% in the European Union from "
    "Friday, after the cut. Codelco expects its sales to Europe to rise next year.",
]


def _analysed(texts: list[str]) -> list[Analysis]:
    needs = Needs(keyphrases=0)
    return [analyse(parse_text(t, source=f"a{k}"), needs) for k, t in enumerate(texts)]


def test_concepts_are_adjacent_words_but_not_two_stop_words() -> None:
    tokens = ("The", "rare", "earth", "exports", "of", "the", "U.S.")
    key = _concept_word(ENGLISH)
    the, rare, earth, exports, of, the_, us = map(key, tokens)
    assert _pairs(tokens, key) == {(the, rare), (rare, earth), (earth, exports), (exports, of),
                                   (the_, us)}  # fmt: skip
    assert the == the_ and rare == ENGLISH.term("rare") and of != ENGLISH.term("of")


def test_what_the_articles_share_comes_before_one_articles_aside() -> None:
    """The fines lead their article and score high there, but only one article has them
    (the summary before concept coverage opened with them)."""
    picked = joint_summary(_analysed(ARTICLES), words=40)
    texts = [r.text for r in picked]
    assert any("copper cathodes" in t for t in texts)
    assert not any("fined" in t for t in texts), "an aside only one article has"


def test_a_fact_told_by_three_articles_is_told_once() -> None:
    picked = joint_summary(_analysed(ARTICLES), words=200)
    duty = [r for r in picked if "duty" in r.text and "2%" in r.text]
    assert len(duty) == 1, [r.text for r in picked]


def test_one_article_gets_its_own_best_sentences_in_order() -> None:
    """No concept is shared with another article: its most important sentences, less
    what repeats, in reading order."""
    (analysis,) = _analysed(ARTICLES[:1])
    picked = joint_summary([analysis], sentences=2)
    assert len(picked) == 2 and [r.index for r in picked] == sorted(r.index for r in picked)
    best = max(analysis.importance().items(), key=lambda kv: (kv[1], -kv[0]))[0]
    assert best in {r.index for r in picked}


@settings(max_examples=25, deadline=None)
@given(
    order=st.permutations(range(3)),
    words=st.integers(min_value=10, max_value=120),
    copies=st.integers(min_value=0, max_value=2),
)
def test_no_two_picks_align_and_the_budget_holds(order: list[int], words: int, copies: int) -> None:
    texts = [ARTICLES[k] for k in order] + [ARTICLES[order[0]]] * copies
    analyses = _analysed(texts)
    picked = joint_summary(analyses, words=words)
    assert sum(len(analyses[r.doc].parsed.sentences[r.index].tokens) for r in picked) <= words
    assert len({r.text for r in picked}) == len(picked)
    chosen = {(r.doc, r.index) for r in picked}
    for pair in compare(texts, joint_sentences=0).pairs:
        for a in pair.aligned:
            assert not {(a.a.doc, a.a.index), (a.b.doc, a.b.index)} <= chosen, a
