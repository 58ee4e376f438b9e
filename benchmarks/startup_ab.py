"""Start-up of two source trees of tradesum, A/B, beside the bare interpreter.

    git worktree add /tmp/base <commit>
    python -m compileall -q src /tmp/base/src     # this machine writes no .pyc by itself
    python -m benchmarks.startup_ab /tmp/base/src src [--runs 20]

Runs ``tradesum --help`` and ``tradesum summarize`` on a seed from each tree and
``python -c pass``, interleaved with the order alternating, each as its own process;
prints the minimum and median wall time and CPU time (user + system of the child) of
each, the B/A ratios and each one's multiple of the interpreter's floor. On a shared,
noisy machine the minimum of many runs is the figure to quote.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

SEED = Path(__file__).resolve().parent.parent / "seeds" / "003_768696b901f415bd.txt"


def _command(tree: str, *args: str) -> list[str]:
    code = (
        f"import sys; sys.path.insert(0, {tree!r}); sys.argv = ['tradesum', *{list(args)!r}]; "
        "from tradesum.cli import main; main()"
    )
    return [sys.executable, "-c", code]


def _run(command: list[str]) -> tuple[float, float]:
    started = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:  # a failed run is no start-up time
        raise RuntimeError(f"{' '.join(command)} exited with status {status}")
    return time.perf_counter() - started, usage.ru_utime + usage.ru_stime


def interleaved(commands: dict[str, list[str]], runs: int) -> dict[str, list[tuple[float, float]]]:
    """Each command run ``runs`` times as its own process, the commands taking turns with
    the order alternating: (wall seconds, CPU seconds) of every run, by name."""
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
    names = list(commands)
    for turn in range(runs):
        for name in names if turn % 2 else names[::-1]:
            times[name].append(_run(commands[name]))
    return times


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("a", help="source folder A (the baseline)")
    parser.add_argument("b", help="source folder B")
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args(argv)
    commands = {"python -c pass": [sys.executable, "-c", "pass"]}
    for label, tree in (("A", args.a), ("B", args.b)):
        commands[f"{label} --help"] = _command(tree, "--help")
        commands[f"{label} summarize"] = _command(tree, "summarize", str(SEED))
    times = interleaved(commands, args.runs)
    floor = min(w for w, _ in times["python -c pass"])
    print("| command | wall min ms | wall median ms | CPU min ms | × python -c pass |")
    print("|---|---:|---:|---:|---:|")
    for name, rows in times.items():
        walls, cpus = [w for w, _ in rows], [c for _, c in rows]
        print(f"| {name} | {1000 * min(walls):.0f} | {1000 * statistics.median(walls):.0f} | "
              f"{1000 * min(cpus):.0f} | {min(walls) / floor:.1f} |")  # fmt: skip
    for what in ("--help", "summarize"):
        a, b = times[f"A {what}"], times[f"B {what}"]
        wall = min(w for w, _ in b) / min(w for w, _ in a)
        cpu = min(c for _, c in b) / min(c for _, c in a)
        print(f"\nB/A {what}: wall {wall:.2f}, CPU {cpu:.2f} (minimum of {args.runs} runs)")


if __name__ == "__main__":
    main()
