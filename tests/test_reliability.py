"""Hostile and broken input, one case each, through summarize, compare and export.

Every case checks: the documented exit code, a one-line stderr message naming the input
(for failures), no traceback, no escape character from the input in the output, and an
existing output file left as it was when nothing could be read.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from tradesum.cli import app

from .conftest import SEED_A, SEED_B, SEEDS, jsonl_batch

GOOD = SEED_B.read_text(encoding="utf-8")
TEXT = "Sterling rose to £1.27 after the ‘deal’. Exporters cheered the news on Monday."

# name -> (file name, bytes); None means "make it in the test"
Maker = Callable[[Path], Path]


def _file(name: str, data: bytes) -> Maker:
    def make(folder: Path) -> Path:
        path = folder / name
        path.write_bytes(data)
        return path

    return make


def _empty_folder(folder: Path) -> Path:
    path = folder / "nothing-here"
    path.mkdir()
    (path / "scan.docx").write_bytes(b"PK\x03\x04 binary")
    return path


def _missing(folder: Path) -> Path:
    return folder / "no-such-file.txt"


def _symlink_loop(folder: Path) -> Path:
    root = folder / "loop"
    (root / "sub").mkdir(parents=True)
    (root / "sub" / "a.txt").write_text(GOOD, encoding="utf-8")
    (root / "sub" / "back").symlink_to(root, target_is_directory=True)
    return root


FAILING: dict[str, tuple[Maker, str]] = {
    "missing path": (_missing, "no such file"),
    "folder with nothing readable": (_empty_folder, "no .txt"),
    "empty file": (_file("empty.txt", b""), "is empty"),
    "whitespace only": (_file("blank.txt", b"  \n\t \r\n  "), "is empty"),
    "png": (_file("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"), "PNG image"),
    "pdf": (_file("report.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"), "not a readable PDF"),
    "nul bytes": (_file("blob.txt", b"abc\x00\x01\x02\x03" * 50), "binary"),
    "controls only": (_file("ctl.txt", b"\x01\x02\x03\x04\x05\x06" * 50), "binary"),
}

WORKING: dict[str, tuple[Maker, str]] = {
    "stray invalid utf-8 byte": (
        _file("reuters.txt", b"TRADE\n\nThe M\xfcnchen office said exports rose 5 pct."),
        "München",
    ),
    "utf-16 with bom": (_file("u16.txt", b"\xff\xfe" + TEXT.encode("utf-16-le")), "£1.27"),
    "utf-16 without bom": (_file("u16n.txt", TEXT.encode("utf-16-le")), "£1.27"),
    "cp1252 smart quotes and pound": (_file("cp.txt", TEXT.encode("cp1252")), "‘deal’"),
    "mixed line endings": (
        _file("crlf.txt", b"Headline\r\n\r\nTariffs rose.\rChina objected.\nMarkets fell.\r\n"),
        "Tariffs rose.",
    ),
    "single sentence": (_file("one.txt", b"Tariffs rose to 25% on Monday."), "Tariffs rose"),
    "no sentence punctuation": (
        _file("nopunct.txt", b"tariffs rose and china objected and markets fell"),
        "tariffs rose",
    ),
    "one 50,000-character sentence": (
        _file("long.txt", ("tariffs rose again " * 2700).encode() + b"."),
        "tariffs rose",
    ),
    "html with scripts and styles": (
        _file(
            "page.html",
            b"<html><head><title>T</title><style>body{x:1}</style><script>var evil=1;</script>"
            b"</head><body><p>Tariffs rose to 25%.</p><p>China objected.</p></body></html>",
        ),
        "Tariffs rose to 25%.",
    ),
    "markdown with front matter": (
        _file("note.md", b"---\ntitle: Tariffs\ndate: 2025-01-01\n---\n\nTariffs **rose** today."),
        "Tariffs rose today.",
    ),
    "rich markup and terminal escapes": (
        _file(
            "evil.txt",
            b"[bold red]Alert[/bold red]\n\nTariffs \x1b[31mrose\x1b[0m to [blink]25%[/blink]. "
            b"See \x1b]8;;http://evil.example\x1b\\\\this\x1b]8;;\x1b\\\\ now.\x07 China objected.",
        ),
        "[blink]25%[/blink]",
    ),
    "symlink loop in a folder": (_symlink_loop, "LONDON"),
}


def _check_failure(result: Result, needle: str, name: str) -> None:
    assert result.exit_code == 3, (result.exit_code, result.output)
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, lines
    assert needle in lines[0] and name in lines[0]
    assert "Traceback" not in result.output


@pytest.mark.parametrize("case", list(FAILING))
def test_summarize_refuses_bad_input(case: str, runner: CliRunner, tmp_path: Path) -> None:
    maker, needle = FAILING[case]
    path = maker(tmp_path)
    keep = tmp_path / "keep.json"
    keep.write_text("precious")
    result = runner.invoke(app, ["summarize", str(path), "-f", "json", "-o", str(keep), "--force"])
    _check_failure(result, needle, path.name)
    assert keep.read_text() == "precious"


@pytest.mark.parametrize("case", list(FAILING))
def test_compare_refuses_bad_input(case: str, runner: CliRunner, tmp_path: Path) -> None:
    maker, needle = FAILING[case]
    path = maker(tmp_path)
    result = runner.invoke(app, ["compare", str(SEED_A), str(path)])
    assert result.exit_code == 3 and "Traceback" not in result.output
    assert needle in result.stderr and "at least two" in result.stderr
    result = runner.invoke(app, ["compare", str(SEED_A), str(SEED_B), str(path), "-f", "json"])
    assert result.exit_code == 4 and len(json.loads(result.stdout)["documents"]) == 2


@pytest.mark.parametrize("case", list(FAILING))
def test_export_reports_bad_input(case: str, runner: CliRunner, tmp_path: Path) -> None:
    maker, needle = FAILING[case]
    path = maker(tmp_path)
    keep = tmp_path / "brief.md"
    keep.write_text("precious")
    result = runner.invoke(app, ["export", str(path), "-o", str(keep), "--force"])
    assert result.exit_code == 3 and keep.read_text() == "precious"
    assert needle in result.stderr and "Traceback" not in result.output
    result = runner.invoke(app, ["export", str(SEED_B), str(path), "-o", "-"])
    assert result.exit_code == 4 and "# Could not read" in result.stdout


@pytest.mark.parametrize("case", list(WORKING))
def test_awkward_input_is_handled(case: str, runner: CliRunner, tmp_path: Path) -> None:
    maker, expected = WORKING[case]
    path = maker(tmp_path)
    args = ["-R"] if path.is_dir() else []
    for fmt in ("plain", "rich", "json", "markdown"):
        result = runner.invoke(app, ["summarize", str(path), *args, "-f", fmt, "-k", "5"])
        assert result.exit_code == 0, (fmt, result.output)
        assert "\x1b" not in result.stdout and "\x07" not in result.stdout, fmt
        assert "Traceback" not in result.output
    data = json.loads(runner.invoke(app, ["summarize", str(path), *args, "-f", "json"]).stdout)
    text = " ".join(s["text"] for d in data["documents"] for s in d["summary"])
    assert expected in text or expected in (data["documents"][0]["title"] or "")
    compared = runner.invoke(app, ["compare", str(SEED_B), *([str(path)] if not args else [])])
    assert compared.exit_code in (0, 3) and "Traceback" not in compared.output
    exported = runner.invoke(app, ["export", str(path), *args, "-o", "-"])
    assert exported.exit_code == 0 and "\x1b" not in exported.stdout


def test_permission_denied(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "secret.txt"
    path.write_text(GOOD)
    real_open = os.open

    def refuse(name: str, *args: int, **kwargs: int) -> int:
        if name == str(path):  # as for a root-owned file with mode 600, seen by a user
            raise PermissionError(13, "Permission denied", name)
        return real_open(name, *args, **kwargs)

    monkeypatch.setattr(os, "open", refuse)
    _check_failure(runner.invoke(app, ["summarize", str(path)]), "permission denied", "secret.txt")


def test_50_mb_file_is_refused_with_the_limit_and_how_to_raise_it(
    runner: CliRunner, tmp_path: Path
) -> None:
    big = tmp_path / "huge.txt"
    with big.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: no 50 MB written to disk
    result = runner.invoke(app, ["summarize", str(big)])
    _check_failure(result, "--max-size", "huge.txt")
    assert "20 MB limit" in result.stderr


def test_a_language_without_a_lexicon_gets_a_warning(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "it.txt"
    path.write_text(
        "La disputa commerciale tra gli Stati Uniti e la Cina si è aggravata. I dazi sono "
        "stati portati al 145 per cento. Pechino ha risposto con misure proprie contro le "
        "merci e le imprese americane. I colloqui dovrebbero iniziare lunedì a Ginevra.",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["summarize", str(path)])
    assert result.exit_code == 0
    assert "it.txt: warning: is in Italian (it), which tradesum does not support yet" in (
        result.stderr
    )
    assert "English, French, German, Spanish" in result.stderr


def test_closed_pipe_exits_quietly() -> None:
    done = subprocess.run(
        f"{sys.executable} -m tradesum summarize {SEEDS} -f plain | head -1",
        shell=True, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.stdout.startswith("==") and done.stderr == ""


def test_interrupted_batch_keeps_every_finished_line(tmp_path: Path) -> None:
    import signal
    import time

    folder, out, command = jsonl_batch(tmp_path, 400)
    out.write_text("an old file, replaced once there are finished lines\n")

    def written() -> int:  # lines go to a temporary file beside the output until the end
        return sum(p.stat().st_size for p in tmp_path.glob(".out.jsonl.*.tmp"))

    for signum, code in ((signal.SIGINT, 130), (signal.SIGTERM, 143), (signal.SIGHUP, 129)):
        command_now = [*command, "--force"]
        process = subprocess.Popen(command_now, stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and written() < 20_000:
            time.sleep(0.02)
        process.send_signal(signum)
        _, stderr = process.communicate(timeout=60)
        assert process.returncode == code and "Traceback" not in stderr, stderr
        assert not list(tmp_path.glob(".out.jsonl.*.tmp"))  # no temporary file left
    lines = out.read_text(encoding="utf-8").splitlines()
    assert 0 < len(lines) < 400
    assert all(json.loads(line)["summary"] for line in lines)
    resumed = subprocess.run([*command, "--resume"], capture_output=True, text=True, check=False)
    assert resumed.returncode == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(r["source"] for r in records) == sorted(str(p) for p in folder.iterdir())


def test_output_is_byte_identical_across_runs_and_worker_counts(
    runner: CliRunner, tmp_path: Path
) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    for i in range(6):
        (folder / f"{i}.txt").write_text(f"Story {i}\n\n{GOOD}", encoding="utf-8")
    (folder / "bad.txt").write_bytes(b"\x00\x01")
    outputs = set()
    for workers in ("1", "2", "2"):
        result = runner.invoke(app, ["summarize", str(folder), "-f", "json", "-j", workers])
        assert result.exit_code == 4
        outputs.add(result.stdout)
    assert len(outputs) == 1


def test_environment_without_shared_data_still_runs(tmp_path: Path) -> None:
    """The test suite and the tool need nothing from ../shared at run time."""
    env = {**os.environ, "HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-m", "tradesum", "summarize", "-", "-f", "json"],
        input=GOOD, capture_output=True, text=True, env=env, cwd=tmp_path, check=False,
    )  # fmt: skip
    assert done.returncode == 0 and json.loads(done.stdout)["documents"][0]["summary"]
