"""Batch runs: worker processes, the Dask engine on a real LocalCluster, JSON Lines."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tradesum.batch import Engine, Options, expand, run
from tradesum.cli import app
from tradesum.errors import Failure, UsageError
from tradesum.summary import DocumentSummary

from .conftest import SEED_B

GOOD = SEED_B.read_text(encoding="utf-8")


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    folder = tmp_path / "archive"
    (folder / "2025" / "06").mkdir(parents=True)
    for i in range(5):
        (folder / "2025" / "06" / f"{i}.txt").write_text(f"Story {i}\n\n{GOOD}", encoding="utf-8")
    (folder / "2025" / "bad.txt").write_bytes(b"\x00\x00\x01")
    (folder / ".hidden.txt").write_text(GOOD, encoding="utf-8")
    return folder


def test_recursive_walk_skips_hidden_and_sorts(archive: Path) -> None:
    sources = expand([str(archive)], recursive=True)
    assert [Path(s.name).name for s in sources] == [
        "0.txt",
        "1.txt",
        "2.txt",
        "3.txt",
        "4.txt",
        "bad.txt",
    ]


def test_pool_gives_the_same_results_in_the_same_order(archive: Path) -> None:
    one = list(run([str(archive)], Options(), recursive=True, engine=Engine(workers=1)))
    two = list(run([str(archive)], Options(), recursive=True, engine=Engine(workers=2)))
    assert one == two
    assert isinstance(one[-1], Failure) and all(isinstance(r, DocumentSummary) for r in one[:-1])


def test_workers_must_be_positive() -> None:
    with pytest.raises(UsageError):
        Engine(workers=0)
    with pytest.raises(UsageError):
        Engine(workers=1000)


def test_jsonl_records_and_error_records(runner: CliRunner, archive: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    result = runner.invoke(
        app, ["summarize", str(archive), "-R", "-f", "jsonl", "-o", str(out), "-j", "2"]
    )
    assert result.exit_code == 4 and "1 of 6 inputs failed" in result.stderr
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 6 and records[-1]["error"].startswith("contains NUL bytes")
    assert all(r["summary"] for r in records[:-1])
    again = runner.invoke(app, ["summarize", str(archive), "-R", "-f", "jsonl", "-o", str(out)])
    assert again.exit_code == 5 and "--force" in again.stderr
    resumed = runner.invoke(
        app, ["summarize", str(archive), "-R", "-f", "jsonl", "-o", str(out), "--resume"]
    )
    # The failed source is tried again (and fails again); the others are kept as they were.
    assert resumed.exit_code == 4 and "bad.txt: contains NUL bytes" in resumed.stderr
    again_records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert again_records[:5] == records[:5]  # the finished ones, as they were
    assert [r["source"] for r in again_records if "error" in r] == [records[-1]["source"]]
    assert len(again_records) == 6  # the old error record was replaced, not kept beside


def test_resume_drops_a_torn_last_line(runner: CliRunner, archive: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    runner.invoke(app, ["summarize", str(archive), "-R", "-f", "jsonl", "-o", str(out), "-j", "1"])
    lines = out.read_text(encoding="utf-8").splitlines(keepends=True)
    out.write_text("".join(lines[:2]) + lines[2][:40], encoding="utf-8")  # killed mid-line
    runner.invoke(app, ["summarize", str(archive), "-R", "-f", "jsonl", "-o", str(out), "--resume"])
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 6 and len({r["source"] for r in records}) == 6


def test_resume_needs_a_jsonl_file(runner: CliRunner, archive: Path) -> None:
    result = runner.invoke(app, ["summarize", str(archive), "--resume"])
    assert result.exit_code == 2 and "--format jsonl" in result.stderr


def test_dask_engine_on_a_real_local_cluster(
    runner: CliRunner, archive: Path, tmp_path: Path
) -> None:
    distributed = pytest.importorskip("dask.distributed")
    local = list(run([str(archive)], Options(), recursive=True, engine=Engine(workers=1)))
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        dask = Engine("dask", scheduler=cluster.scheduler_address)
        assert list(run([str(archive)], Options(), recursive=True, engine=dask)) == local
        out = tmp_path / "dask.jsonl"
        result = runner.invoke(
            app,
            ["summarize", str(archive), "-R", "-f", "jsonl", "-o", str(out),
             "--engine", "dask", "--scheduler", cluster.scheduler_address],
        )  # fmt: skip
    assert result.exit_code == 4, result.output
    local_out = tmp_path / "local.jsonl"
    runner.invoke(app, ["summarize", str(archive), "-R", "-f", "jsonl", "-o", str(local_out)])
    assert out.read_bytes() == local_out.read_bytes()


def test_unreachable_scheduler_is_a_clear_error(runner: CliRunner, archive: Path) -> None:
    pytest.importorskip("dask.distributed")
    result = runner.invoke(
        app,
        ["summarize", str(archive), "--engine", "dask", "--scheduler", "tcp://127.0.0.1:9",
         "--timeout", "1"],
    )  # fmt: skip
    assert result.exit_code == 2 and "cannot reach a Dask scheduler" in result.stderr
    assert "within 1 s" in result.stderr
