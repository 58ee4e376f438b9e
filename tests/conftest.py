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
