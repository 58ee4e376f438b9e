"""Comparing articles: the seeds, identical and unrelated documents, alignment, figures."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from tradesum.cli import app
from tradesum.comparison import SAME_STORY_THRESHOLD, Comparison, compare
from tradesum.errors import InputError

from .conftest import SEED_A, SEED_B, data_path

A = SEED_A.read_text(encoding="utf-8")
B = SEED_B.read_text(encoding="utf-8")
UNRELATED = (
    "Coffee harvest starts early in Brazil\n\nFarmers in Minas Gerais began picking "
    "arabica beans two weeks early after a dry, warm winter, growers' groups said. Yields "
    "look strong and cooperatives expect a large crop."
)


@pytest.fixture(scope="module")
def seeds() -> Comparison:
    return compare([A, B], sources=["a", "b"])


def test_seeds_are_the_same_story(seeds: Comparison) -> None:
    pair = seeds.pairs[0]
    assert pair.same_story and 0.25 <= pair.similarity < 1.0
    assert seeds.similarity[0][1] == seeds.similarity[1][0] == pair.similarity


def test_seed_names_shared_and_unique(seeds: Comparison) -> None:
    pair = seeds.pairs[0]
    assert any("Jamieson Greer" in n for n in pair.only_b_names)
    # The seed spells the OECD out and never writes "OECD": no acronym is made up for it.
    assert "Organization for Economic Co-operation and Development" in pair.only_b_names
    assert not any("(OECD)" in n for n in pair.only_b_names + pair.only_a_names)
    assert any("Kevin Hassett" in n for n in pair.only_a_names)
    assert any("Lutnick" in n for n in pair.shared_names)
    assert not any("Lutnick" in n for n in pair.only_a_names + pair.only_b_names)
    assert {"tariffs", "rare earth"} <= set(pair.shared_keywords)
    assert {f.text for f in pair.only_b_figures} >= {"as high as 145%", "4.8%", "3.4%"}


def test_seed_alignment_pairs_paraphrases(seeds: Comparison) -> None:
    pair = seeds.pairs[0]
    best = pair.aligned[0]
    assert "Lutnick" in best.a.text and "Lutnick" in best.b.text and "He Lifeng" in best.b.text
    only_b = " ".join(r.text for r in pair.only_in_b)
    assert "4.8%" in only_b and "Organization for Economic Co-operation" in only_b
    scores = [r.score for r in pair.only_in_b]
    assert scores == sorted(scores, reverse=True), "ranked by importance"


def test_joint_summary_tags_sources_without_repeats(seeds: Comparison) -> None:
    joint = seeds.joint_summary
    assert len(joint) == 5 and len({r.text for r in joint}) == 5
    texts = [" ".join(A.split()), " ".join(B.split())]
    assert all(" ".join(r.text.split()) in texts[r.doc] for r in joint), "tagged with its source"
    # what the two articles report in common comes first: the talks in London and who meets
    assert any("London" in r.text for r in joint) and any("Lutnick" in r.text for r in joint)


def test_identical_documents() -> None:
    result = compare([B, B])
    pair = result.pairs[0]
    assert pair.similarity == 1.0 and not pair.only_in_a and not pair.only_in_b
    assert not pair.only_a_names and not pair.only_b_names and not pair.figure_differences
    texts = [r.text for r in result.joint_summary]
    assert len(texts) == len(set(texts)) == 5  # each sentence once, from one copy or the other


def test_the_joint_summary_never_repeats_a_fact() -> None:
    """A sentence that aligns with one already chosen from another article is not chosen."""
    from tradesum.comparison import ALIGN_THRESHOLD

    result = compare([A, B], joint_sentences=8)
    chosen = {(r.doc, r.index) for r in result.joint_summary}
    for pair in result.pairs:
        for aligned in pair.aligned:
            if aligned.score >= ALIGN_THRESHOLD:
                both = {(aligned.a.doc, aligned.a.index), (aligned.b.doc, aligned.b.index)}
                assert not both <= chosen, aligned


def test_figure_differences() -> None:
    a = "Washington raised tariffs on Chinese steel to 145% on Monday. Exports fell 3.4% in May."
    b = "On Monday Washington raised tariffs on Chinese steel to 125%. Exports fell 3.4% in May."
    pair = compare([a, b]).pairs[0]
    assert [(d.a.text, d.b.text) for d in pair.figure_differences] == [("145%", "125%")]
    assert "145%" in pair.figure_differences[0].a_sentence


def test_unrelated_documents_are_different_stories() -> None:
    folder = data_path("reuters", "trade")
    reuters = (folder / "10005.txt").read_text(encoding="utf-8", errors="replace")
    pair = compare([B, reuters]).pairs[0]
    assert not pair.same_story and pair.similarity < 0.25
    assert compare([A, reuters, B]).groups == ((0, 2), (1,))


def test_groups_follow_same_story_pairs() -> None:
    result = compare([A, B, A])
    assert result.groups == ((0, 1, 2),)


def test_fewer_than_two_documents_is_an_error() -> None:
    with pytest.raises(InputError, match="at least two"):
        compare([A])


def test_thirty_articles_give_every_pair_when_asked() -> None:
    texts = [A, B] * 15
    result = compare(texts, joint_sentences=3, every_pair=True)
    assert len(result.similarity) == 30 and len(result.pairs) == 30 * 29 // 2


def test_many_articles_compare_each_story_with_its_centre(
    runner: CliRunner, tmp_path: Path
) -> None:
    texts = [A, B] * 4 + [UNRELATED]
    result = compare(texts, joint_sentences=3)
    assert not result.every_pair and result.similarity == ()
    (story, alone) = result.groups
    assert len(story) == 8 and alone == (8,)
    assert len(result.pairs) == 7 and all(p.same_story for p in result.pairs)
    assert len(set.intersection(*({p.a, p.b} for p in result.pairs))) == 1  # one centre
    paths = []
    for k, text in enumerate(texts):
        path = tmp_path / f"a{k}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    plain = runner.invoke(app, ["compare", *paths, "-f", "plain"]).stdout
    assert "--pairs compares every pair (36)" in plain and "== Similarity" not in plain
    every = runner.invoke(app, ["compare", *paths, "--pairs", "-f", "json"]).stdout
    data = json.loads(every)
    assert data["every_pair"] is True and len(data["pairs"]) == 36 and len(data["similarity"]) == 9


WORDS = st.sampled_from(
    [
        "tariffs",
        "China",
        "exports",
        "rose",
        "fell",
        "Lutnick",
        "talks",
        "London",
        "steel",
        "145%",
        "trade",
        "deal",
        "Beijing",
        "rare",
        "earth",
        "magnets",
        "officials",
        "said",
        "market",
    ]
)
DOC = st.lists(st.lists(WORDS, min_size=3, max_size=12).map(lambda w: " ".join(w) + "."),
               min_size=1, max_size=6).map(" ".join)  # fmt: skip


@settings(max_examples=40, deadline=None)
@given(a=DOC, b=DOC)
def test_similarity_properties(a: str, b: str) -> None:
    ab = compare([a, b]).similarity[0][1]
    ba = compare([b, a]).similarity[0][1]
    assert 0.0 <= ab <= 1.0 and ab == ba
    assert compare([a, a]).similarity[0][1] == 1.0


def test_cli_compare_json_contract(runner: CliRunner) -> None:
    result = runner.invoke(app, ["compare", str(SEED_A), str(SEED_B), "-f", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["schema_version"] == 1
    assert [d["source"] for d in data["documents"]] == [str(SEED_A), str(SEED_B)]
    assert len(data["similarity"]) == 2 and data["groups"] == [[0, 1]]
    pair = data["pairs"][0]
    for key in ("a", "b", "similarity", "same_story", "shared_keywords", "only_in_a",
                "only_in_b", "aligned", "figure_differences"):  # fmt: skip
        assert key in pair
    assert pair["a"] == 0 and pair["b"] == 1 and pair["same_story"] is True
    assert {"index", "text", "score"} == set(pair["only_in_a"][0])
    assert {"doc", "source", "index", "text", "score"} == set(data["joint_summary"][0])


def test_cli_compare_text_formats(runner: CliRunner) -> None:
    for fmt, needle in (
        ("plain", "Only in [2]:"),
        ("markdown", "## Joint summary"),
        ("rich", "Similarity"),
    ):
        result = runner.invoke(app, ["compare", str(SEED_A), str(SEED_B), "-f", fmt])
        assert result.exit_code == 0 and needle in result.stdout, fmt


def test_cli_compare_needs_two_readable(runner: CliRunner) -> None:
    result = runner.invoke(app, ["compare", str(SEED_A), "missing.txt"])
    assert result.exit_code == 3
    assert "missing.txt: no such file" in result.stderr and "at least two" in result.stderr


def test_help_states_the_same_story_threshold(runner: CliRunner) -> None:
    result = runner.invoke(app, ["compare", "--help"])
    assert f"at or above {SAME_STORY_THRESHOLD}" in " ".join(result.stdout.split())


def test_names_readers_would_accept() -> None:
    """The name defects of #17: made-up acronyms, plural titles, sentence-opening
    function words, and names run together across a comma."""
    from tradesum.comparison import _names
    from tradesum.inputs import parse_text
    from tradesum.nlp import parse_article

    def names(text: str) -> set[str]:
        return set(_names(parse_article(parse_text(text))).values())

    found = names(
        "Headline\n\nThe Senate voted on Monday. Presidents Trump and Xi met in Busan. "
        "Officials flew from Paris, France to Geneva. The National Economic Council met."
    )
    assert "Senate" in found and "The Senate" not in found
    assert {"Trump", "Xi"} <= found and not any("Presidents" in n for n in found)
    assert {"Paris", "France"} <= found and "Paris France" not in found
    assert "National Economic Council" in found  # no "(NEC)": the text never writes it
    found = names("Headline\n\nThe National Economic Council met. The NEC said it would act.")
    assert "National Economic Council (NEC)" in found
    found = names(
        "Headline\n\nTalks were held in the U.K. Was it worth it, asked Vice Premier He Lifeng."
    )
    assert "Vice Premier He Lifeng" in found and not any("Was" in n for n in found)
    # Reuters 1022 and 10264: a capitals headline line, "U.S. Market" after an
    # abbreviation the splitter did not end a sentence at, and the "REUTER" sign-off.
    found = names(
        "CHINA CALLS FOR BETTER TRADE DEAL WITH U.S.\n\nChina wants better access to the "
        "U.S. Market for its textiles, Chen Shibiao said in Peking. Officials in China "
        "agreed.\n\nREUTER"
    )
    assert {"China", "Chen Shibiao", "Peking"} <= found
    assert not any("CALLS" in n or "Market" in n or "REUTER" in n for n in found), found
    # Reuters 10005 and 10268: an organisation keeps its "and"; a common word of the
    # article ("tariffs") is no name when it opens a sentence; "Trump and Xi" stay two.
    found = names(
        "Headline\n\nThe bid by Cable and Wireless Plc was a test, Thatcher said. Tariffs "
        "stay high, and tariffs on rice too. The Oil and Natural Gas Commission agreed. "
        "Officials said Trump and Xi met."
    )
    assert {"Cable and Wireless Plc", "Oil and Natural Gas Commission"} <= found, found
    assert {"Trump", "Xi"} <= found and "Tariffs" not in found and "Cable" not in found
    # Reuters 10255, 10375 and 10005: a dateline names no one ("DELHI" of "NEW DELHI"),
    # and the function word after it opens the text; a name after it stays whole.
    found = names(
        "Headline\n\nNEW DELHI, March 27 - The United States wants Prime Minister Rajiv "
        "Gandhi to act. The prime minister said the United States erred."
    )
    assert {"United States", "Prime Minister Rajiv Gandhi"} <= found, found
    assert not any("DELHI" in n or n.startswith("The ") for n in found), found
    # Reuters 10355 and BBC politics 012: a capitalised word with a lower-case part
    # after its hyphen is an adjective, no name; "Day-Lewis" is one.
    found = names(
        "Headline\n\nThe Democrat-controlled Congress met. Officials said Oscar-nominated "
        "Daniel Day-Lewis spoke."
    )
    assert {"Congress", "Daniel Day-Lewis"} <= found, found
    assert not any("controlled" in n or "nominated" in n for n in found), found
    # BBC business 014, Reuters trade: a company's suffix ends its name, so the next name
    # starts after it; a suffix after a suffix ("Co Ltd") does not.
    found = names(
        "Headline\n\nShares of Toshiba Corp and Fujitsu Ltd fell, and Schlumberger Ltd "
        "Fairchild Semiconductor Corp agreed. Yamaichi Securities Co Ltd and News Corp "
        "News International said so."
    )
    assert found >= {
        "Toshiba Corp", "Fujitsu Ltd", "Schlumberger Ltd", "Fairchild Semiconductor Corp",
        "Yamaichi Securities Co Ltd", "News Corp", "News International",
    }, found  # fmt: skip
    assert not any(n.count(" Corp") + n.count(" Ltd") > 1 for n in found), found
    # Reuters 10268 and BBC entertainment: "on" stands inside a body's or accord's name,
    # never between a person or a show and what follows.
    found = names(
        "Headline\n\nTalks under the General Agreement on Tariffs and Trade resumed, and "
        "the Senate Committee on Governmental Affairs met. Officials said Hanks on Forrest "
        "Gump was good, and Little Britain on BBC Three too."
    )
    assert {
        "General Agreement on Tariffs and Trade",
        "Senate Committee on Governmental Affairs",
    } <= found, found
    assert {"Hanks", "Forrest Gump", "Little Britain", "BBC Three"} <= found, found
    assert not any(
        " on " in n
        for n in found
        - {"General Agreement on Tariffs and Trade", "Senate Committee on Governmental Affairs"}
    ), found


def test_a_dateline_is_the_capitalised_words_before_an_opening_dash() -> None:
    from tradesum.inputs.dates import dateline_prefix

    assert dateline_prefix("GENEVA, March 27 - The talks began.") == "GENEVA, March 27"
    assert dateline_prefix("LONDON (Reuters) - Prices rose.") == "LONDON (Reuters)"
    assert dateline_prefix("Exports rose - and then fell.") is None
    assert dateline_prefix("No dash here at all.") is None
    assert dateline_prefix("Washington, March 3 - Talks began.") == "Washington, March 3"
    # A name set off by a dash is no dateline: neither a place in capitals nor a date.
    assert dateline_prefix("Microsoft Corp - the software maker - said so.") is None
    assert dateline_prefix("U.S. Trade Representative Clayton Yeutter - who left - said.") is None


def test_names_precision_on_the_hand_checked_articles() -> None:
    """``benchmarks/labels/names.jsonl``: 30 Reuters and BBC articles, names judged by
    hand (``python -m benchmarks.names``); 83% of the names given were accepted when it
    was made, against 56% before that day's name fixes, 87% after the next day's, and
    89% once datelines and hyphenated adjectives named no one, and 90% once "on" could
    stand inside a body's name and a company's suffix ended its name."""
    from benchmarks.names import precision

    data = data_path("reuters", "trade").parent.parent
    accepted, given, _ = precision(data)
    assert accepted / given >= 0.9, (accepted, given)


def test_a_list_of_three_thousand_names_joined_by_and_is_read() -> None:
    # Splitting "A and B and ..." recursed once per "and" and stopped at Python's
    # recursion limit; keeping the fuller of two names compared every pair.
    from tradesum.comparison import _names
    from tradesum.inputs import parse_text
    from tradesum.nlp import parse_article

    text = "Headline\n\nThey met " + " and ".join(f"Zorbax{i}" for i in range(3000)) + " today."
    assert len(_names(parse_article(parse_text(text)))) == 3000
