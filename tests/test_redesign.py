"""The seams of the redesign: registries, one analysis per article, and the defects
found while trying 0.1 (each pinned by a regression test)."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

import tradesum
from tradesum import inputs, render
from tradesum.analysis import Needs, analyse
from tradesum.cli import app, show_progress
from tradesum.comparison import Comparison
from tradesum.errors import TooLarge
from tradesum.export import Report
from tradesum.inputs import Article, InputKind, load, parse_text
from tradesum.inputs.kind import finish
from tradesum.languages import ENGLISH
from tradesum.render import Style
from tradesum.scores import news_weights
from tradesum.summary import Result

from .conftest import SEED_A, SEED_B

GOOD = SEED_B.read_text(encoding="utf-8")


# --------------------------------------------------------------------------- registries


def _read_csv(data: bytes, source: str) -> list[Article]:
    """A toy kind: each line "headline;body" is one article."""
    out = []
    for number, line in enumerate(data.decode("utf-8").splitlines()):
        headline, _, body = line.partition(";")
        out.append(finish(f"{source}#{number + 1}", headline, (body,)))
    return out


@pytest.fixture
def csv_kind(monkeypatch: pytest.MonkeyPatch) -> None:
    kinds = [InputKind("csv", _read_csv, suffixes=(".csv",)), *inputs.KINDS]
    monkeypatch.setattr(inputs, "KINDS", kinds)  # the one registration line


def test_a_new_input_kind_is_one_registration(
    csv_kind: None, runner: CliRunner, tmp_path: Path
) -> None:
    (tmp_path / "wire.csv").write_text(
        "Tariffs rise;Washington raised tariffs on steel to 25%. Canada objected at once.\n"
        "Soy talks;China agreed to buy more soybeans. Farmers cheered the news.\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["summarize", str(tmp_path), "-f", "json", "-k", "3"])
    assert result.exit_code == 0, result.output
    docs = json.loads(result.stdout)["documents"]
    assert [d["title"] for d in docs] == ["Tariffs rise", "Soy talks"]  # folders list it too
    assert docs[0]["source"].endswith("wire.csv#1") and docs[0]["figures"][0]["text"] == "25%"


class _Toy:
    """A toy format: one line per article, the headline and the summary's first words."""

    description = "toy"

    def documents(self, results: Iterable[Result], style: Style) -> Iterator[str]:
        for result in results:
            if not isinstance(result, tradesum.Failure):
                yield f"{result.title} | {result.summary[0].text[:20]}\n"

    def comparison(self, comparison: Comparison, style: Style) -> str:
        return f"{len(comparison.pairs)} pairs\n"

    def report(self, report: Report, style: Style) -> str:
        return f"{len(report.results)} results\n"


def test_a_new_output_format_is_one_registration(
    runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(render.FORMATS, "toy", _Toy())  # the one registration line
    result = runner.invoke(app, ["summarize", str(SEED_B), "-f", "toy"])
    assert result.exit_code == 0 and result.stdout == (
        "Trade Talks: US and China Headed for Crucial Negotiations Amidst Rising Global "
        "Uncertainty | LONDON — New negotia\n"
    )
    assert runner.invoke(app, ["compare", str(SEED_A), str(SEED_B), "-f", "toy"]).stdout == (
        "1 pairs\n"
    )
    assert "toy" in runner.invoke(app, ["summarize", "--help"]).stdout or "toy" in render.names()
    unknown = runner.invoke(app, ["summarize", str(SEED_B), "-f", "docx"])
    assert unknown.exit_code == 2 and "unknown format 'docx'" in unknown.stderr


def test_a_new_method_is_one_registration(monkeypatch: pytest.MonkeyPatch) -> None:
    from tradesum import methods

    def last(analysis: tradesum.Analysis, count: int, share: float) -> list[methods.Scored]:
        return [methods.Scored(i, None) for i in reversed(analysis.candidates[-count:])]

    monkeypatch.setitem(methods.REGISTRY, "last", methods.MethodSpec(last))
    result = tradesum.summarize(GOOD, method="last", sentences=1)
    assert result.summary[0].index == result.sentence_count - 1 and result.method == "last"


# --------------------------------------------------------------------------- one analysis


def test_compare_and_export_give_the_same_comparison(runner: CliRunner) -> None:
    """Both analyse each article once and compare those analyses, with the same
    keyphrase count whatever -k says, so their comparisons agree by construction."""
    compared = runner.invoke(app, ["compare", str(SEED_A), str(SEED_B), "-f", "json"])
    exported = runner.invoke(
        app, ["export", str(SEED_A), str(SEED_B), "-f", "json", "-k", "3", "-o", "-"]
    )
    assert compared.exit_code == 0 and exported.exit_code == 0
    comparison = json.loads(compared.stdout)
    report = json.loads(exported.stdout)["comparison"]
    for data in (comparison, report):
        del data["schema_version"], data["tool"]
    assert comparison == report
    assert len(json.loads(exported.stdout)["documents"][0]["keywords"]) == 3


def test_the_analysis_computes_what_the_run_needs_only() -> None:
    article = parse_text(GOOD)
    plain = analyse(article, Needs.of("news", 0))
    assert plain.keyphrases == ()  # -k 0: the news score gives keyphrases no weight
    weighted = {name for name, weight in news_weights().parts if weight}
    assert plain.news is not None and set(plain.news.parts) == weighted
    explained = analyse(article, Needs.of("news", 0, explain=True))
    assert explained.news is not None and len(explained.news.parts) == 6
    assert len(analyse(article, Needs.of("edmundson", 3)).keyphrases) == 15  # its bonus words
    assert analyse(article, Needs.of("lead", 3)).news is None
    assert analyse(article, Needs.of("lead", 3, compare=True)).news is not None


def test_an_analysed_document_carries_its_lexicon() -> None:
    analysis = analyse(parse_text(GOOD))
    assert analysis.lexicon is ENGLISH and analysis.parsed.lexicon.code == "en"
    assert "said" in ENGLISH.reporting_verbs and "May" in ENGLISH.months


def test_library_errors_name_no_flags(tmp_path: Path, runner: CliRunner) -> None:
    big = tmp_path / "big.txt"
    big.write_text("Tariffs rose. " * 200_000)
    with pytest.raises(TooLarge) as caught:
        load(str(big), max_bytes=1024 * 1024)
    assert "--" not in str(caught.value) and caught.value.limit == 1024 * 1024
    result = runner.invoke(app, ["summarize", str(big), "--max-size", "1"])
    assert result.exit_code == 3 and "--max-size" in result.stderr  # the CLI adds the hint


# --------------------------------------------------------------------------- defects


def test_a_failed_jsonl_run_keeps_the_old_file(runner: CliRunner, tmp_path: Path) -> None:
    keep = tmp_path / "keep.jsonl"
    keep.write_text('{"source": "old", "summary": []}\n')
    result = runner.invoke(
        app, ["summarize", "missing.txt", "-f", "jsonl", "-o", str(keep), "--force"]
    )
    assert result.exit_code == 3 and keep.read_text() == '{"source": "old", "summary": []}\n'
    assert [p.name for p in tmp_path.iterdir()] == ["keep.jsonl"]


def test_an_unreachable_scheduler_keeps_the_old_file(runner: CliRunner, tmp_path: Path) -> None:
    pytest.importorskip("dask.distributed")
    keep = tmp_path / "keep.jsonl"
    keep.write_text("precious\n")
    args = ["summarize", str(SEED_B), "-f", "jsonl", "-o", str(keep), "--force"]
    result = runner.invoke(app, [*args, "--scheduler", "tcp://127.0.0.1:9", "--timeout", "1"])
    assert result.exit_code == 2 and keep.read_text() == "precious\n"


def test_stdin_is_read_in_the_parent_with_workers(runner: CliRunner) -> None:
    result = runner.invoke(
        app, ["summarize", "-", str(SEED_A), "-j", "2", "-f", "jsonl", "-k", "0"], input=GOOD
    )
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records[0]["source"] == "<stdin>" and records[0]["title"].startswith("Trade Talks")


def test_the_progress_bar_stays_off_the_terminal_the_results_are_printed_on() -> None:
    assert show_progress(False, 5, stderr_terminal=True, output_elsewhere=True)
    assert not show_progress(False, 5, stderr_terminal=True, output_elsewhere=False)
    assert not show_progress(True, 5, True, True) and not show_progress(False, 1, True, True)


def test_rich_output_into_a_closed_pipe_ends_quietly() -> None:
    done = subprocess.run(
        f"{sys.executable} -m tradesum summarize {SEED_A} {SEED_B} -f rich | head -1",
        shell=True, capture_output=True, text=True, check=False,
        executable="/bin/bash", env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )  # fmt: skip
    assert done.returncode == 0 and done.stderr == ""
    status = subprocess.run(
        f"set -o pipefail; {sys.executable} -m tradesum summarize {SEED_A} {SEED_B} "
        f"-f rich | head -c 10 > /dev/null",
        shell=True, capture_output=True, text=True, check=False, executable="/bin/bash",
    )  # fmt: skip
    assert status.returncode == 0 and "Traceback" not in status.stderr


def _html(body: str) -> Article:
    return parse_text(f"<!doctype html><html><body>{body}</body></html>", kind="html")


def test_html_role_navigation_drops_only_its_own_element() -> None:
    article = _html(
        '<div role="navigation"><a>Home</a> <a>News</a></div>'
        "<p>Steel tariffs rose to 25% on Monday.</p><p>Canada objected.</p>"
    )
    assert article.paragraphs == ("Steel tariffs rose to 25% on Monday.", "Canada objected.")


def test_html_entities_are_decoded_once() -> None:
    article = _html("<p>AT&amp;amp;T and AT&amp;T cut prices by 5&#37;.</p>")
    assert article.paragraphs == ("AT&amp;T and AT&T cut prices by 5%.",)


def test_html_title_is_the_first_h1_only() -> None:
    article = _html("<h1>Tariffs rise</h1><p>Steel costs more now.</p><h1>Related</h1><p>More.</p>")
    assert article.title == "Tariffs rise"


def test_markdown_through_its_token_stream(tmp_path: Path) -> None:
    source = tmp_path / "note.md"
    source.write_text(
        "---\ntitle: 'Rare earths 🚢 deal'\ndate: 2025-06-09\n---\n\n"
        "Setext heading\n==============\n\n"
        "China **agreed** to ship [magnets][1] and ![a chart](c.png) `licences`.\n\n"
        "| Product | Tariff |\n|---|---|\n| Steel | 25% |\n\n"
        "- first item\n- second item\n\n"
        "[1]: http://example.com\n",
        encoding="utf-8",
    )
    (article,) = load(str(source))
    assert article.title == "Rare earths 🚢 deal" and article.date == "2025-06-09"
    assert article.paragraphs == (
        "Setext heading",
        "China agreed to ship magnets and licences.",
        "Product; Tariff",
        "Steel; 25%",
        "first item",
        "second item",
    )


def test_front_matter_round_trips_through_yaml(runner: CliRunner, tmp_path: Path) -> None:
    import yaml

    odd = tmp_path / 'rare "earths" 🚢: #1.txt'
    odd.write_text(GOOD, encoding="utf-8")
    result = runner.invoke(app, ["export", str(odd), "-o", "-", "--date", "2026-01-02"])
    assert result.exit_code == 0
    front = result.stdout.split("---\n")[1]
    meta = yaml.safe_load(front)
    assert meta["sources"] == [str(odd)] and meta["date"] == "2026-01-02"
    assert meta["keywords"] == "10"


def _silent_server() -> tuple[socket.socket, int]:
    """A TCP server that accepts connections and never answers (not a Dask scheduler)."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    accepted: list[socket.socket] = []

    def serve() -> None:
        try:
            while True:
                connection, _ = server.accept()
                accepted.append(connection)
        except OSError:
            return

    threading.Thread(target=serve, daemon=True).start()
    return server, server.getsockname()[1]


@pytest.mark.parametrize("address", ["not an address", "SILENT"])
def test_a_bad_scheduler_is_one_line_within_the_timeout(address: str) -> None:
    pytest.importorskip("dask.distributed")
    import time

    server, port = _silent_server()
    try:
        address = address.replace("SILENT", f"tcp://127.0.0.1:{port}")
        started = time.monotonic()
        done = subprocess.run(
            [sys.executable, "-m", "tradesum", "summarize", str(SEED_B), "--scheduler", address,
             "--timeout", "1"],
            capture_output=True, text=True, check=False, timeout=60,
        )  # fmt: skip
        took = time.monotonic() - started
    finally:
        server.close()
    assert done.returncode == 2 and len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert "scheduler" in done.stderr and took < 20


def test_scheduler_implies_dask_and_conflicts_are_said(runner: CliRunner) -> None:
    local = runner.invoke(
        app, ["summarize", str(SEED_B), "--engine", "local", "--scheduler", "x:1"]
    )
    assert local.exit_code == 2 and "--scheduler is for --engine dask" in local.stderr
    both = runner.invoke(app, ["summarize", str(SEED_B), "--scheduler", "x:1", "-j", "2"])
    assert both.exit_code == 2 and "--workers has no effect" in both.stderr
    many = runner.invoke(app, ["summarize", str(SEED_B), "-j", "5000"])
    assert many.exit_code == 2 and "1 to 64" in many.stderr


def test_a_folder_tree_deeper_than_the_recursion_limit(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    deepest = tmp_path
    for _ in range(400):
        deepest = deepest / "d"
    deepest.mkdir(parents=True)
    (deepest / "story.txt").write_text(GOOD, encoding="utf-8")
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(300)  # below the depth: a recursive walk would crash
    try:
        result = runner.invoke(app, ["summarize", str(tmp_path), "-R", "-f", "jsonl", "-k", "0"])
    finally:
        sys.setrecursionlimit(limit)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["title"].startswith("Trade Talks")


def test_a_fifo_nobody_writes_to_does_not_block(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    done = subprocess.run(
        [sys.executable, "-m", "tradesum", "summarize", str(fifo)],
        capture_output=True, text=True, check=False, timeout=30,
    )  # fmt: skip
    assert done.returncode == 3 and "pipe.txt: is empty" in done.stderr


def test_process_substitution_respects_the_size_limit(tmp_path: Path) -> None:
    done = subprocess.run(
        f"{sys.executable} -m tradesum summarize <(cat {SEED_B}) --max-size 0.001",
        shell=True, capture_output=True, text=True, check=False, executable="/bin/bash",
    )  # fmt: skip
    assert done.returncode == 3 and "larger than the 1048 bytes limit" in done.stderr


@pytest.mark.parametrize(
    ("call", "needle"),
    [
        (lambda: tradesum.summarize(None), "str, not NoneType"),  # type: ignore[arg-type]
        (lambda: tradesum.summarize(b"Tariffs rose."), "str, not bytes"),  # type: ignore[arg-type]
        (lambda: tradesum.compare("ab"), "list of article texts"),
        (lambda: tradesum.compare([GOOD, None]), "list of article texts"),  # type: ignore[list-item]
    ],
)
def test_the_library_rejects_wrong_types_clearly(call: object, needle: str) -> None:
    with pytest.raises(TypeError, match=needle):
        call()  # type: ignore[operator]


def test_hostile_file_names_are_shown_inert(runner: CliRunner, tmp_path: Path) -> None:
    hostile = tmp_path / "a\x1b]0;pwned\x07\x1b[2Jb\n# Heading <b>x<b>.txt"
    hostile.write_text(GOOD, encoding="utf-8")
    for fmt in ("plain", "markdown", "json", "rich"):
        result = runner.invoke(app, ["summarize", str(tmp_path), "-f", fmt, "-k", "0"])
        assert result.exit_code == 0, result.output
        assert "\x1b" not in result.stdout and "\x07" not in result.stdout
    md = runner.invoke(app, ["summarize", str(tmp_path), "-f", "markdown", "-k", "0"]).stdout
    assert "\n# Heading" not in md


def test_each_command_calls_one_library_function(
    runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The CLI parses options and hands them to the library: patch the one call."""
    import tradesum.batch
    import tradesum.comparison
    import tradesum.export

    seen: dict[str, object] = {}

    def fake_run(inputs: list[str], options: tradesum.batch.Options, **kw: object) -> object:
        seen.update(inputs=inputs, options=options, **kw)
        return tradesum.batch.Run([], options, tradesum.batch.Engine())

    monkeypatch.setattr(tradesum.batch, "run", fake_run)
    result = runner.invoke(app, ["summarize", "a.txt", "-n", "2", "-k", "4", "-m", "lead", "-R"])
    assert result.exit_code == 0
    options = seen["options"]
    assert isinstance(options, tradesum.batch.Options)
    assert seen["inputs"] == ["a.txt"] and seen["recursive"] is True
    assert (options.length.sentences, options.keywords, options.method) == (2, 4, "lead")

    def fake_compare(inputs: list[str], options: object, **kw: object) -> object:
        seen.update(compared=inputs, joint=kw["joint_sentences"])
        raise tradesum.InputError("stop here")

    monkeypatch.setattr(tradesum.comparison, "compare_inputs", fake_compare)
    result = runner.invoke(app, ["compare", "a.txt", "b.txt", "--joint", "3"])
    assert result.exit_code == 3 and seen["compared"] == ["a.txt", "b.txt"] and seen["joint"] == 3

    def fake_report(inputs: list[str], options: tradesum.batch.Options, **kw: object) -> object:
        seen.update(reported=inputs, date=kw["date"])
        raise tradesum.InputError("stop here")

    monkeypatch.setattr(tradesum.export, "build_report", fake_report)
    result = runner.invoke(app, ["export", "a.txt", "-o", "-", "--date", "2026-01-02"])
    assert result.exit_code == 3 and seen["reported"] == ["a.txt"] and seen["date"] == "2026-01-02"


@given(st.text(alphabet="[]()a !\\*_\n", max_size=60))
@settings(max_examples=200, deadline=None)
def test_escaping_brackets_that_close_nothing_keeps_the_text(tail: str) -> None:
    """The Markdown pre-pass escapes only brackets that open nothing: the text read is
    the same with it as without it (code spans aside, where an escape would show)."""
    from tradesum.inputs import markdown

    source = "[" * 70 + tail + "[" * 70
    with_pass = markdown._blocks(source)
    original = markdown._BRACKETS
    try:
        markdown._BRACKETS = 10**9
        without = markdown._blocks(source)
    finally:
        markdown._BRACKETS = original
    assert with_pass == without
