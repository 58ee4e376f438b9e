"""Shared fixtures: the seeds, the shared data folder, and a CLI runner."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_A = SEEDS / "000_6f703f99e7e80180.txt"
SEED_B = SEEDS / "003_768696b901f415bd.txt"
DATA = ROOT.parent / "shared" / "data"


@pytest.fixture(autouse=True)
def _terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """A fixed, colourless terminal for every test."""
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.delenv("TRADESUM_DEBUG", raising=False)


@pytest.fixture(autouse=True)
def _cache_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory
) -> Path:
    """Every test's cache of analysed articles in a folder of its own, never ~/.cache."""
    folder = tmp_path_factory.mktemp("cache")
    monkeypatch.setenv("TRADESUM_CACHE", str(folder))
    return folder


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def seed_b_text() -> str:
    return SEED_B.read_text(encoding="utf-8")


def data_path(*parts: str) -> Path:
    """A path under ../shared/data, or skip the test when the data is not there."""
    path = DATA.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is not available")
    return path


def jsonl_batch(tmp_path: Path, count: int) -> tuple[Path, Path, list[str]]:
    """A folder of ``count`` copies of a seed story, an output path, and the command
    that summarizes the folder into it as JSON Lines with two workers."""
    import sys

    folder = tmp_path / "archive"
    folder.mkdir()
    text = SEED_B.read_text(encoding="utf-8")
    for i in range(count):
        (folder / f"{i:04d}.txt").write_text(f"Story {i}\n\n{text}", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    command = [sys.executable, "-m", "tradesum", "summarize", str(folder), "-f", "jsonl",
               "-o", str(out), "-j", "2", "-q"]  # fmt: skip
    return folder, out, command
