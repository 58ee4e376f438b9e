"""export: report structure (parsed as CommonMark), escaping, overwrite and atomic rules."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from typer.testing import CliRunner

from tradesum import output
from tradesum.cli import app
from tradesum.export import slug, split_names
from tradesum.summary import summarize

from .conftest import SEED_A, SEED_B, SEEDS

DATE = ["--date", "2026-01-02"]


def _tokens(text: str) -> list[str]:
    return [t.type for t in MarkdownIt("commonmark").enable("table").parse(text)]


def test_seed_report_structure_and_stability(runner: CliRunner) -> None:
    first = runner.invoke(app, ["export", str(SEEDS), "-o", "-", *DATE])
    second = runner.invoke(app, ["export", str(SEEDS), "-o", "-", *DATE])
    assert first.exit_code == 0 and first.stdout == second.stdout  # reproducible
    text = first.stdout
    assert text.startswith('---\ntool: "tradesum ') and 'date: "2026-01-02"' in text
    md = MarkdownIt("commonmark").enable("table")
    headings = [
        tokens[i + 1].content
        for tokens in [md.parse(text)]
        for i, t in enumerate(tokens)
        if t.type == "heading_open" and t.tag in ("h1", "h2")
    ]
    assert headings[:2] == ["Trade news brief", "Contents"] and "6f703f99e7e80180" in headings[2]
    assert "Comparison" in headings and "Joint summary" in headings
    assert _tokens(text).count("table_open") >= 4


def test_hostile_article_is_inert_markdown(tmp_path: Path) -> None:
    from tradesum.render.markdown import render_markdown

    hostile = (
        "# Not a heading | break\n\n"
        "1. Tariffs *rose* to [25%](http://evil.example) <script>alert(1)</script> today. "
        "> Quote | cell _x_ `code` &amp; more. China objected."
    )
    rendered = render_markdown(summarize(hostile, sentences=3))
    html = MarkdownIt("commonmark").enable("table").render(rendered)
    assert "<script>" not in html and "<a " not in html
    assert html.count("<em>") == 1 and html.count("<code>") == 1  # our stats line and source
    assert "&lt;script&gt;" in html and "*rose*" in html and "[25%](http://evil.example)" in html
    assert "<ol" not in html and "<blockquote" not in html and "<h1" not in html


def test_overwrite_needs_force(runner: CliRunner, tmp_path: Path) -> None:
    target = tmp_path / "brief.md"
    target.write_text("old report")
    result = runner.invoke(app, ["export", str(SEED_B), "-o", str(target)])
    assert result.exit_code == 5 and target.read_text() == "old report"
    result = runner.invoke(app, ["export", str(SEED_B), "-o", str(target), "--force"])
    assert result.exit_code == 0 and "Trade Talks" in target.read_text()


def test_failed_write_leaves_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "brief.md"
    target.write_text("old report")

    class Boom(RuntimeError):
        pass

    with pytest.raises(Boom), output.Target(str(target), force=True, keep=True) as handle:
        handle.write("half a new rep")
        raise Boom
    assert target.read_text() == "old report"
    assert [p.name for p in tmp_path.iterdir()] == ["brief.md"]  # no temporary left


def test_output_problems_fail_before_work(runner: CliRunner, tmp_path: Path) -> None:
    for args, needle in (
        (["-o", str(tmp_path)], "is a folder"),
        (["-o", str(tmp_path / "none" / "x.md")], "does not exist"),
        (["--split", str(tmp_path / "none" / "deeper")], "does not exist"),
    ):
        result = runner.invoke(app, ["export", str(SEED_B), *args])
        assert result.exit_code == 5 and needle in result.stderr, args


def test_split_writes_one_file_per_article_and_an_index(runner: CliRunner, tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    result = runner.invoke(app, ["export", str(SEED_A), str(SEED_B), "--split", str(folder), *DATE])
    assert result.exit_code == 0, result.output
    names = sorted(p.name for p in folder.iterdir())
    assert "index.md" in names and len(names) == 3
    index = (folder / "index.md").read_text()
    assert all(f"]({n})" in index for n in names if n != "index.md")


def test_slugs_are_safe_unique_and_bounded() -> None:
    assert slug("../../etc/passwd") == "etc-passwd"
    assert slug("Zölle: 145% auf Waren\x00\n") == "zolle-145-auf-waren"
    assert slug("") == "article" and len(slug("x" * 500)) <= 60
    docs = [
        summarize(f"{title}\n\nTariffs rose. China objected.")
        for title in ("Same", "Same", "index")
    ]
    assert split_names(docs) == ["same.md", "same-2.md", "index-2.md"]


def test_json_export_and_unreadable_inputs(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "brief.json"
    result = runner.invoke(
        app, ["export", str(SEED_A), str(SEED_B), "nope.txt", "-o", str(out), "-f", "json", *DATE]
    )
    assert result.exit_code == 4 and "nope.txt: no such file" in result.stderr
    data = json.loads(out.read_text())
    assert data["schema_version"] == 1 and data["settings"]["date"] == "2026-01-02"
    assert data["documents"][2] == {
        "source": "nope.txt",
        "error": "no such file or folder; check the path",
    }
    assert data["comparison"]["pairs"][0]["same_story"] is True
    md = runner.invoke(app, ["export", str(SEED_B), "nope.txt", "-o", "-"])
    assert "# Could not read" in md.stdout and "nope.txt" in md.stdout


GOLDEN = Path(__file__).parent / "golden" / "seeds-report.md"


def test_seed_report_matches_the_golden_file(runner: CliRunner) -> None:
    """The whole seed report, byte for byte. After an intended change of output,
    regenerate it with TRADESUM_UPDATE_GOLDEN=1 and review the diff."""
    import os

    from tradesum import __version__

    result = runner.invoke(app, ["export", str(SEED_A), str(SEED_B), "-o", "-", *DATE], env={})
    assert result.exit_code == 0
    # Sources are printed as given; make them independent of where the tests run.
    text = result.stdout.replace(str(SEEDS), "seeds").replace(__version__, "VERSION")
    if os.environ.get("TRADESUM_UPDATE_GOLDEN"):
        GOLDEN.write_text(text, encoding="utf-8")
    assert text == GOLDEN.read_text(encoding="utf-8")


def test_report_details_only_same_story_pairs(runner: CliRunner, tmp_path: Path) -> None:
    other = tmp_path / "other.txt"
    other.write_text(
        "Football final\n\nThe home side won the cup final 3-1 on Saturday. "
        "The striker scored twice in the second half. Fans celebrated in the streets.",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["export", str(SEED_A), str(SEED_B), str(other), "-o", "-", *DATE])
    assert result.exit_code == 0
    text = result.stdout
    assert "- [1], [2]: one story" in text and "- [3]: alone" in text
    assert (
        "[1] vs [2]: same story" in text and "[1] vs [3]" not in text and "[2] vs [3]" not in text
    )


def test_the_readme_excerpt_of_the_seed_report_is_in_the_golden_file() -> None:
    """The README's excerpt of the seed report shows what the report really holds:
    each line of it (but the elided "..." rows) is a line of the golden file."""
    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    start = readme.index("```markdown\n## ")
    block = readme[start : readme.index("```", start + 3)].splitlines()[1:]
    golden = set(GOLDEN.read_text(encoding="utf-8").splitlines())
    assert [line for line in block if line and "..." not in line and line not in golden] == []
