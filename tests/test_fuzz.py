"""Property-based fuzzing: arbitrary Unicode and generated news-like text.

The default run is fast; a long campaign runs the same properties with more examples:

    TRADESUM_FUZZ_EXAMPLES=20000 python -m pytest -q tests/test_fuzz.py
"""

from __future__ import annotations

import json
import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from tradesum.comparison import compare
from tradesum.errors import TradesumError
from tradesum.render.json import render_comparison_json, render_json
from tradesum.render.markdown import escape, render_comparison_markdown, render_markdown
from tradesum.summary import summarize

EXAMPLES = int(os.environ.get("TRADESUM_FUZZ_EXAMPLES", "100"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

NEWS_WORDS = st.sampled_from(
    [
        "The",
        "U.S.",
        "China",
        "tariffs",
        "rose",
        "fell",
        "145%",
        "$1.13bn",
        "£600m",
        "Mr.",
        "He",
        "Lifeng",
        "Lutnick",
        "said",
        "on",
        "Monday",
        "Apr.",
        "5,",
        "2025",
        "No.",
        "1",
        "exports",
        "imports",
        "rare",
        "earth",
        "magnets",
        "talks",
        "in",
        "London",
        "were",
        "“very",
        "good”",
        "—",
        "Section",
        "232",
        "OECD",
        "Beijing's",
        "officials",
        "[bold]",
        "*x*",
        "_y_",
        "<b>",
        "|",
        "#",
        ">",
        "1.",
        "&",
        ";",
        ":",
        "\x1b[31m",
        "\u202e",
        "\x00",
        "\t",
        "\r\n",
    ]
)
NEWS = st.lists(st.lists(NEWS_WORDS, min_size=1, max_size=25).map(" ".join), max_size=8).map(
    lambda sentences: ". ".join(sentences)
)
ANY_TEXT = st.one_of(st.text(max_size=600), NEWS)


def _summarize(text: str) -> object:
    try:
        return summarize(text, sentences=3, keywords=5)
    except TradesumError:
        return None


@FUZZ
@given(text=ANY_TEXT)
def test_summarize_raises_only_our_errors_and_keeps_the_contract(text: str) -> None:
    result = _summarize(text)
    if result is None:
        return
    indices = [s.index for s in result.summary]  # type: ignore[attr-defined]
    assert indices == sorted(set(indices)) and 1 <= len(indices) <= 3
    assert all(result.sentences[s.index] == s.text for s in result.summary)  # type: ignore[attr-defined]


@FUZZ
@given(text=ANY_TEXT)
def test_outputs_always_parse_and_escape(text: str) -> None:
    result = _summarize(text)
    if result is None:
        return
    data = json.loads(render_json([result]))  # type: ignore[list-item]
    assert data["schema_version"] == 1
    markdown = render_markdown(result)  # type: ignore[arg-type]
    html = MarkdownIt("commonmark").enable("table").render(markdown)
    assert "<script" not in html and "<a " not in html and "<b>" not in html
    assert "\x1b" not in markdown and "\x00" not in markdown


@FUZZ
@given(text=st.text(max_size=300))
def test_escaped_text_renders_as_itself(text: str) -> None:
    rendered = MarkdownIt("commonmark").render(escape(text))
    flat = " ".join(text.split())
    if flat and not any(ord(c) < 32 or c in "\x7f\ufffd" for c in flat):
        visible = (
            rendered.replace("<p>", "").replace("</p>", "").strip()
            .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&amp;", "&")
        )  # fmt: skip
        assert visible == flat.strip() or not visible


@FUZZ
@given(a=ANY_TEXT, b=ANY_TEXT)
def test_compare_raises_only_our_errors(a: str, b: str) -> None:
    try:
        result = compare([a, b])
    except TradesumError:
        return
    assert 0.0 <= result.similarity[0][1] <= 1.0
    json.loads(render_comparison_json(result))
    MarkdownIt("commonmark").enable("table").render(render_comparison_markdown(result))
