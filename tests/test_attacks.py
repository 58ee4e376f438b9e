"""Attacked as a hostile user would: file names, output paths, the environment, OS
errors, values that cannot be written, and inputs shaped to hit slow paths.

The timing rule (doubling an adversarial input at most about 2.5x the time, and no
shape far slower than benign text of the same size) runs with ``-m slow``::

    python -m pytest -q -m slow tests/test_attacks.py

The default run checks that every shape and option completes, quickly, at a small size.
"""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tradesum import render
from tradesum.cli import app
from tradesum.errors import TradesumError
from tradesum.inputs import parse_text
from tradesum.render import Style
from tradesum.summary import Length, summarize_article

from .conftest import SEED_A, SEED_B, jsonl_batch

GOOD = SEED_B.read_text(encoding="utf-8")
_P = "<p>Exports rose 5% in May as officials met in London on Monday.</p>"

#: Adversarial shapes of each input kind, as functions of a size in characters.
SHAPES: dict[str, tuple[str, Callable[[int], str]]] = {
    "benign text": ("text", lambda n: "Trade talks\n\n" + " ".join(
        f"Exports rose {i % 9}% in May as officials met in London on Monday to discuss steel."
        for i in range(n // 86))),
    "one sentence, no punctuation": ("text", lambda n: "H\n\n" + "tariffs rose sharply " * (n // 21)),
    "counts without end": ("text", lambda n: "H\n\n" + "12 apples " * (n // 10)),
    "bare digits": ("text", lambda n: "H\n\n" + "1 " * (n // 2)),
    "money runs": ("text", lambda n: "H\n\n" + "$1 bn " * (n // 6)),
    "dates and weekdays": ("text", lambda n: "H\n\n" + "on Monday May 1 2025 " * (n // 21)),
    "capitalised runs": ("text", lambda n: "H\n\n" + "Alpha Beta Gamma Delta " * (n // 23) + "."),
    "connector chains": ("text", lambda n: "H\n\n" + "Bank of " * (n // 8) + "England."),
    "conjunction chains": ("text", lambda n: "H\n\n" + "Trump and " * (n // 10) + "Xi."),
    "title chains": ("text", lambda n: "H\n\n" + "Secretary General President " * (n // 28) + "Smith."),
    "distinct short sentences": ("text", lambda n: "H\n\n" + " ".join(
        f"Item{i} rose." for i in range(n // 13))),
    "repeated sentence": ("text", lambda n: "H\n\n" + "Tariffs rose again today. " * (n // 26)),
    "abbreviations": ("text", lambda n: "H\n\n" + "U.S. " * (n // 5)),
    "hyphen chain": ("text", lambda n: "H\n\n" + "-".join(["a"] * (n // 2))),
    "one long word": ("text", lambda n: "H\n\n" + "a" * n + "."),
    "one word a line": ("text", lambda n: "H\n\n" + "word\n" * (n // 5)),
    "label before counts": ("text", lambda n: "H\n\n" + "Section 5 apples " * (n // 17)),
    "percent ranges": ("text", lambda n: "H\n\n" + "5 - 6 - 7 - " * (n // 12) + "%"),
    "bylines": ("text", lambda n: "H\n\n" + "By John Smith . " * (n // 16)),
    "html benign": ("html", lambda n: "<html><body>" + _P * (n // len(_P)) + "</body></html>"),
    "html deep nesting": ("html", lambda n: "<html><body>" + "<div>" * (n // 10)
                          + "Tariffs rose. Canada objected." + "</span>" * (n // 14)),
    "html stray end tags": ("html", lambda n: "<html><body><p>Tariffs rose." + "</b>" * (n // 4)),
    "html nested furniture": ("html", lambda n: "<html><body>" + "<nav>" * (n // 10) + "x"
                              + "</nav>" * (n // 12) + _P),
    "html entities": ("html", lambda n: "<html><body><p>" + "&amp;" * (n // 5) + " rose.</p>"),
    "markdown benign": ("markdown", lambda n: "# Title\n\n"
                        + "Exports rose 5% in May as officials met in London.\n\n" * (n // 52)),
    "markdown open emphasis": ("markdown", lambda n: "# T\n\n" + "*a " * (n // 3)),
    "markdown open brackets": ("markdown", lambda n: "# T\n\n" + "[" * n),
    "markdown open links": ("markdown", lambda n: "# T\n\n" + "[a](" * (n // 4)),
    "markdown wide table": ("markdown", lambda n: "# T\n\n|" + "a|" * (n // 6) + "\n|"
                            + "-|" * (n // 6) + "\n|" + "1|" * (n // 6)),
    "markdown open tags": ("markdown", lambda n: "# T\n\n" + "<a" * (n // 2)),
}  # fmt: skip

#: Every option that changes the work.
OPTIONS: dict[str, dict[str, object]] = {
    "default": {},
    "--words 50": {"length": Length(words=50)},
    "--ratio 0.5": {"length": Length(ratio=0.5)},
    "-n 1000": {"length": Length(sentences=1000)},
    "--method lead": {"method": "lead"},
    "--explain": {"explain": True},
}


def _time(shape: str, option: str, size: int) -> float:
    """Seconds to load, summarize and render one input, with the garbage collector held off
    (its full passes cost what the whole test process holds, not what this input does)."""
    import gc

    kind, make = SHAPES[shape]
    text = make(size)
    gc.collect()
    gc.disable()
    started = time.perf_counter()
    try:
        result = summarize_article(parse_text(text, kind=kind), **OPTIONS[option])  # type: ignore[arg-type]
        style = Style(explain=option == "--explain")
        for name in ("plain", "markdown", "rich", "json"):  # what a reader is shown, too
            "".join(render.get(name).documents([result], style))
    except Exception as exc:  # only our own errors, for text with nothing to summarize
        assert isinstance(exc, TradesumError), (shape, option, exc)
    finally:
        gc.enable()
    return time.perf_counter() - started


@pytest.mark.parametrize("shape", list(SHAPES))
def test_every_shape_and_option_completes_quickly(shape: str) -> None:
    for option in OPTIONS:
        assert _time(shape, option, 12_000) < 10.0, (shape, option)
    # What a reader is shown stays about as large as what was read (a figures table of
    # one huge sentence once printed that sentence once per figure).
    kind, make = SHAPES[shape]
    text = make(40_000)
    try:
        result = summarize_article(parse_text(text, kind=kind), length=Length(sentences=3))
    except TradesumError:
        return
    for name in ("plain", "markdown", "rich"):
        shown = "".join(render.get(name).documents([result], Style()))
        assert len(shown) <= 3 * len(text) + 40_000, (shape, name, len(shown))


@pytest.mark.slow
@pytest.mark.parametrize("shape", list(SHAPES))
def test_doubling_an_attack_at_most_doubles_the_time(shape: str) -> None:
    size = 80_000
    kind = SHAPES[shape][0]
    benign = f"{kind} benign" if kind != "text" else "benign text"
    for option in OPTIONS:
        small = min(_time(shape, option, size) for _ in range(3))
        large = min(_time(shape, option, 2 * size) for _ in range(3))
        plain = min(_time(benign, option, 2 * size) for _ in range(2))
        assert large <= 2.5 * small + 0.05, (shape, option, small, large)
        assert large <= 12 * plain + 0.1, (shape, option, large, plain)


# --------------------------------------------------------------------------- file names


def test_file_names_that_are_not_utf8(tmp_path: Path) -> None:
    folder = os.fsencode(tmp_path)
    with open(os.path.join(folder, b"caf\xe9 \x1b[2J.txt"), "wb") as handle:
        handle.write(GOOD.encode("utf-8"))
    for fmt in ("json", "plain", "markdown", "jsonl"):
        done = subprocess.run(
            [sys.executable, "-m", "tradesum", "summarize", str(tmp_path), "-f", fmt, "-k", "0"],
            capture_output=True, check=False,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        shown = b"caf\\\\xe9 ?[2J.txt" if fmt.startswith("json") else b"caf\\xe9 ?[2J.txt"
        assert b"\x1b" not in done.stdout and shown in done.stdout, fmt
    data = subprocess.run(
        [sys.executable, "-m", "tradesum", "summarize", str(tmp_path), "-f", "json", "-k", "0"],
        capture_output=True, check=True, text=True,
    ).stdout  # fmt: skip
    assert json.loads(data)["documents"][0]["source"].endswith("caf\\xe9 ?[2J.txt")


def test_a_file_name_cannot_break_the_yaml_front_matter(runner: CliRunner, tmp_path: Path) -> None:
    import yaml

    odd = tmp_path / "x\n---\ninjected: yes\n\u0085.txt"
    odd.write_text(GOOD, encoding="utf-8")
    result = runner.invoke(app, ["export", str(odd), "-o", "-", "--date", "2026-01-02"])
    assert result.exit_code == 0
    front = yaml.safe_load(result.stdout.split("\n---\n")[0].removeprefix("---\n"))
    assert "injected" not in front and len(front["sources"]) == 1


# --------------------------------------------------------------------------- output paths


def test_force_never_replaces_a_link_a_device_or_a_pipe(runner: CliRunner, tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    link = tmp_path / "link.json"
    link.symlink_to(victim)
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    for target in (link, fifo, Path("/dev/null")):
        result = runner.invoke(
            app, ["summarize", str(SEED_B), "-f", "json", "-o", str(target), "--force"]
        )
        assert result.exit_code == 5 and "not a regular file" in result.stderr, target
    assert victim.read_text() == "precious" and link.is_symlink()


def test_the_output_cannot_be_an_input(runner: CliRunner, tmp_path: Path) -> None:
    source = tmp_path / "story.txt"
    source.write_text(GOOD, encoding="utf-8")
    for args in (
        ["summarize", str(source), "-o", str(source), "--force"],
        ["summarize", str(source), "-f", "jsonl", "-o", str(source), "--force"],
        ["export", str(source), "-o", str(source), "--force"],
        ["compare", str(source), str(SEED_A), "-o", str(source), "--force"],
        ["summarize", str(tmp_path), "-o", str(tmp_path / "out.md")],
    ):
        result = runner.invoke(app, args)
        assert result.exit_code == 5 and "input" in result.stderr, args
    assert source.read_text(encoding="utf-8") == GOOD


def test_a_full_disk_keeps_the_old_file(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "brief.md"
    out.write_text("old report")

    def full(descriptor: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    for args in (
        ["export", str(SEED_B), "-o", str(out), "--force"],
        ["summarize", str(SEED_B), "-f", "jsonl", "-o", str(out), "--force"],
    ):
        result = runner.invoke(app, args)
        assert result.exit_code == 5 and "No space left on device" in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
    assert out.read_text() == "old report" and [p.name for p in tmp_path.iterdir()] == ["brief.md"]


# --------------------------------------------------------------------------- OS errors


def test_an_unreadable_folder_names_itself(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "a.txt").write_text(GOOD)
    real = os.scandir

    def refuse(path: object = ".") -> object:
        if str(path) == str(locked):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", refuse)
    result = runner.invoke(app, ["summarize", str(locked)])
    assert result.exit_code == 3 and "locked: cannot be read (Permission denied)" in result.stderr


def test_a_path_component_over_255_bytes(runner: CliRunner, tmp_path: Path) -> None:
    long = tmp_path / ("x" * 300 + ".txt")
    result = runner.invoke(app, ["summarize", str(long)])
    assert result.exit_code == 3 and "File name too long" in result.stderr
    out = runner.invoke(app, ["summarize", str(SEED_B), "-o", str(long)])
    assert out.exit_code == 5 and "File name too long" in out.stderr


# --------------------------------------------------------------------------- values, encodings


def test_a_number_of_400_digits_is_written(runner: CliRunner, tmp_path: Path) -> None:
    source = tmp_path / "big.txt"
    source.write_text(f"Big\n\nThe deficit was {'9' * 400} dollars. Exports rose 5%.\n")
    result = runner.invoke(app, ["summarize", str(source), str(SEED_A), "-f", "jsonl"])
    assert result.exit_code == 0
    figures = json.loads(result.stdout.splitlines()[0])["figures"]
    assert figures[0]["kind"] == "money" and figures[0]["value"] is None


def test_a_stdout_that_is_not_utf8(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONIOENCODING": "ascii"}
    for fmt in ("json", "plain", "rich", "markdown"):
        done = subprocess.run(
            [sys.executable, "-m", "tradesum", "summarize", str(SEED_B), "-f", fmt],
            capture_output=True, check=False, env=env,
        )  # fmt: skip
        assert done.returncode == 0, (fmt, done.stderr)
    data = subprocess.run(
        [sys.executable, "-m", "tradesum", "summarize", str(SEED_B), "-f", "json"],
        capture_output=True, check=True, env=env, text=True,
    ).stdout  # fmt: skip
    assert "—" in json.loads(data)["documents"][0]["summary"][0]["text"]


def test_a_closed_stderr_changes_no_exit_code() -> None:
    for args, code in (([str(SEED_B)], 0), (["missing.txt"], 3), ([str(SEED_B), "-n", "0"], 2)):
        done = subprocess.run(
            [sys.executable, "-m", "tradesum", "summarize", *args],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False,
            preexec_fn=lambda: os.close(2),
        )  # fmt: skip
        assert done.returncode == code, args


def test_columns_zero_still_prints_help_and_output() -> None:
    env = {**os.environ, "COLUMNS": "0"}
    for args in (["--help"], ["summarize", "--help"], ["summarize", str(SEED_B), "-f", "rich"]):
        done = subprocess.run(
            [sys.executable, "-m", "tradesum", *args],
            capture_output=True, check=False, env=env, text=True,
        )  # fmt: skip
        assert done.returncode == 0 and len(done.stdout) > 200, args


# --------------------------------------------------------------------------- options


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["summarize", str(SEED_B), "-n", "abc"], "'abc' is not a valid"),
        (["summarize", str(SEED_B), "--ratio", "x"], "--ratio"),
        (["summarize", str(SEED_B), "--nope"], "No such option"),
        (["summarize"], "Missing argument"),
        (["nosuch"], "No such command"),
        (["summarize", str(SEED_B), "-j", "1000"], "1 to 64"),
        (["summarize", str(SEED_B), "--max-size", "0"], "--max-size"),
        (["summarize", str(SEED_B), "--max-size", "1e9"], "--max-size"),
        (["export", str(SEED_B), "-o", "-", "--date", "2026-1-2"], "YYYY-MM-DD"),
        (["export", str(SEED_B), "-o", "-", "--date", "20260102"], "YYYY-MM-DD"),
        (["export", str(SEED_B), "-o", "-", "--date", "2026-13-01"], "YYYY-MM-DD"),
    ],
)
def test_bad_options_are_one_line(runner: CliRunner, args: list[str], needle: str) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == 2, result.output
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and needle in lines[0] and "╭" not in result.stderr, lines


def test_a_huge_size_limit_allocates_nothing_up_front() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "tradesum", "summarize", "-", "--max-size", "100000", "-k", "0"],
        input=GOOD, capture_output=True, text=True, check=False, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0 and "Trade Talks" in done.stdout


def test_ctrl_c_under_dask_is_one_line(tmp_path: Path) -> None:
    pytest.importorskip("dask.distributed")
    import signal

    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(3000):
        (folder / f"{i:04d}.txt").write_text(GOOD, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    process = subprocess.Popen(
        [sys.executable, "-m", "tradesum", "summarize", str(folder), "-f", "jsonl", "-o", str(out),
         "--engine", "dask", "-j", "2", "-q"],
        stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not any(
        p.stat().st_size > 10_000 for p in tmp_path.glob(".out.jsonl.*.tmp")
    ):
        time.sleep(0.05)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130 and stderr == "tradesum: interrupted\n", stderr
    lines = out.read_text(encoding="utf-8").splitlines()
    assert 0 < len(lines) < 3000 and all(json.loads(line)["summary"] for line in lines)


def test_a_resumed_run_killed_outright_keeps_its_finished_lines(tmp_path: Path) -> None:
    """--resume appends in place, line by line, so even SIGKILL loses no finished line."""
    import signal

    folder, out, command = jsonl_batch(tmp_path, 400)
    command.append("--resume")
    out.write_text('{"source": "x", "error": "old failure"}\n{"source": "torn", "summ')
    process = subprocess.Popen(command, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and out.stat().st_size < 20_000:
        time.sleep(0.02)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    lines = out.read_text(encoding="utf-8").splitlines()
    finished = [json.loads(line) for line in lines if line.endswith("}")]
    assert finished and all("summary" in r for r in finished)  # old error and torn line gone
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(r["source"] for r in records) == sorted(str(p) for p in folder.iterdir())
