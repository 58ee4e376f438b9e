"""The command line: formats, options, exit codes and errors, through typer's CliRunner."""

from __future__ import annotations

import json
import re
from pathlib import Path

from typer.testing import CliRunner

from tradesum import __version__
from tradesum.cli import app

from .conftest import SEED_A, SEED_B, SEEDS


def _lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


def test_version(runner: CliRunner) -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.stdout.strip() == f"tradesum {__version__}"


def test_help_teaches_with_examples(runner: CliRunner) -> None:
    result = runner.invoke(app, ["summarize", "--help"])
    assert result.exit_code == 0
    for needle in ("--sentences", "--ratio", "--words", "--method", "--format", "Examples", "Exit"):
        assert needle in result.stdout


def test_plain_is_the_default_in_pipes(runner: CliRunner) -> None:
    result = runner.invoke(app, ["summarize", str(SEED_B)])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("== Trade Talks: US and China")
    assert "Keywords:" in result.stdout and "Key figures:" in result.stdout
    assert re.search(r"\n  as high as 145% +peak +at most +this year\n", result.stdout)
    assert "Dates: Monday, Saturday, May" in result.stdout


def test_folder_summarizes_every_article_in_order(runner: CliRunner) -> None:
    result = runner.invoke(app, ["summarize", str(SEEDS), "-n", "2", "-k", "8", "-f", "json"])
    assert result.exit_code == 0
    docs = json.loads(result.stdout)["documents"]
    assert [d["source"] for d in docs] == [str(SEED_A), str(SEED_B)]
    assert all(len(d["summary"]) == 2 and len(d["keywords"]) == 8 for d in docs)


def test_stdin_json(runner: CliRunner) -> None:
    result = runner.invoke(
        app, ["summarize", "-", "--format", "json"], input=SEED_B.read_text(encoding="utf-8")
    )
    assert result.exit_code == 0
    doc = json.loads(result.stdout)["documents"][0]
    assert doc["source"] == "<stdin>" and doc["title"].startswith("Trade Talks")


def test_json_contract(runner: CliRunner) -> None:
    """Pins the JSON schema (version 1): names, types and sorted keys."""
    result = runner.invoke(app, ["summarize", str(SEED_B), "-f", "json", "-k", "3"])
    data = json.loads(result.stdout)
    assert list(data) == ["documents", "schema_version", "tool"]
    assert data["schema_version"] == 1 and data["tool"] == {
        "name": "tradesum",
        "version": __version__,
    }
    (doc,) = data["documents"]
    assert list(doc) == [
        "date", "date_source", "figures", "keywords", "language", "method", "source", "stats",
        "summary", "title", "url", "warnings",
    ]  # fmt: skip
    assert doc["language"] == "en" and doc["date"] is None and doc["url"] is None
    assert list(doc["summary"][0]) == ["index", "parts", "score", "text"]
    assert isinstance(doc["summary"][0]["index"], int) and isinstance(
        doc["summary"][0]["score"], float
    )
    assert list(doc["keywords"][0]) == ["phrase", "score"]
    assert list(doc["figures"][0]) == [
        "approx", "bound", "change", "direction", "entity", "high", "kind", "linked", "low",
        "period", "sentence_index", "subject", "text", "unit", "value",
    ]  # fmt: skip
    assert list(doc["stats"]) == [
        "compression",
        "sentences",
        "summary_sentences",
        "summary_words",
        "words",
    ]
    assert doc["stats"]["sentences"] == 22
    assert "—" in result.stdout and "\\u" not in result.stdout  # real UTF-8, no escapes


def test_jsonl_has_one_record_per_input_including_errors(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["summarize", str(SEED_A), str(tmp_path / "missing.txt"), "-f", "jsonl"]
    )
    assert result.exit_code == 4  # partial failure
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records[0]["source"] == str(SEED_A) and "summary" in records[0]
    assert records[1] == {
        "source": str(tmp_path / "missing.txt"),
        "error": "no such file or folder; check the path",
    }


def test_markdown_and_rich_formats(runner: CliRunner) -> None:
    md = runner.invoke(app, ["summarize", str(SEED_B), "-f", "markdown", "--method", "lexrank"])
    assert md.exit_code == 0 and md.stdout.startswith("## Trade Talks: US and China")
    assert "| Keyphrase | Score |" in md.stdout
    rich = runner.invoke(app, ["summarize", str(SEED_B), "-f", "rich"])
    assert rich.exit_code == 0 and "╭" in rich.stdout and "Keyphrase" in rich.stdout
    assert "\x1b[" not in rich.stdout  # NO_COLOR is respected


def test_explain_shows_score_parts(runner: CliRunner) -> None:
    result = runner.invoke(app, ["summarize", str(SEED_B), "--explain"])
    assert re.search(r"score\s+\d\.\d{3},\s+position\s+1\.00,\s+centrality", result.stdout)


def test_output_file_is_not_overwritten_without_force(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    out.write_text("keep me")
    result = runner.invoke(app, ["summarize", str(SEED_B), "-f", "json", "-o", str(out)])
    assert result.exit_code == 5 and out.read_text() == "keep me"
    assert "add --force" in result.stderr
    result = runner.invoke(app, ["summarize", str(SEED_B), "-f", "json", "-o", str(out), "--force"])
    assert result.exit_code == 0 and json.loads(out.read_text())["documents"]


def test_output_into_missing_folder_fails_before_work(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["summarize", str(SEED_B), "-o", str(tmp_path / "no" / "x.md")])
    assert result.exit_code == 5 and "does not exist" in result.stderr


def _one_line_error(result: object, code: int, needle: str) -> None:
    assert result.exit_code == code, result.output  # type: ignore[attr-defined]
    err = result.stderr  # type: ignore[attr-defined]
    assert len(_lines(err)) == 1 and needle in err and "Traceback" not in err


def test_errors_are_one_line_with_documented_codes(runner: CliRunner, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n ")
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    _one_line_error(runner.invoke(app, ["summarize", "nope.txt"]), 3, "nope.txt: no such file")
    _one_line_error(runner.invoke(app, ["summarize", str(empty)]), 3, "empty.txt: is empty")
    _one_line_error(runner.invoke(app, ["summarize", str(binary)]), 3, "PNG image")
    nothing = tmp_path / "nothing"
    nothing.mkdir()
    (nothing / "scan.docx").write_bytes(b"PK\x03\x04")
    _one_line_error(runner.invoke(app, ["summarize", str(nothing)]), 3, "no .txt")
    _one_line_error(runner.invoke(app, ["summarize", str(SEED_B), "-n", "0"]), 2, "1 or more")
    _one_line_error(runner.invoke(app, ["summarize", str(SEED_B), "-n", "-3"]), 2, "1 or more")
    _one_line_error(
        runner.invoke(app, ["summarize", str(SEED_B), "-m", "gpt"]), 2, "unknown method"
    )


def test_bad_input_among_good_ones_is_reported_and_the_rest_done(
    runner: CliRunner, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02\x03")
    result = runner.invoke(app, ["summarize", str(bad), str(SEED_B)])
    assert result.exit_code == 4
    assert "Trade Talks" in result.stdout
    assert (
        "bad.txt: contains NUL bytes" in result.stderr and "1 of 2 inputs failed" in result.stderr
    )


def test_article_markup_and_escapes_never_reach_the_terminal(
    runner: CliRunner, tmp_path: Path
) -> None:
    hostile = tmp_path / "hostile.txt"
    hostile.write_text(
        "[bold red]Alert[/bold red] headline\n\n"
        "Tariffs rose to [blink]25%[/blink] \x1b[31mtoday\x1b[0m. "
        "See \x1b]8;;http://evil.example\x1b\\this link\x1b]8;;\x1b\\ now. China objected.\n"
    )
    for fmt in ("rich", "plain", "markdown", "json"):
        result = runner.invoke(app, ["summarize", str(hostile), "-f", fmt])
        assert result.exit_code == 0, result.output
        assert "\x1b" not in result.stdout, fmt
    rich = runner.invoke(app, ["summarize", str(hostile), "-f", "rich"]).stdout
    assert "[bold red]Alert[/bold red]" in rich and "[blink]25%[/blink]" in rich


def test_python_dash_m(tmp_path: Path) -> None:
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-m", "tradesum", "summarize", str(SEED_B), "-n", "1", "-k", "0"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0 and "Summary:" in done.stdout and "Trade Talks" in done.stdout
