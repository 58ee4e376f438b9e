"""``tradesum digest`` at scale: wall time and peak memory on 1,000, 5,000 and 20,000
Reuters-21578 articles, beside ``tradesum compare`` (stories, and every pair with
``--pairs``) on the smaller piles, in one run.

    python -m benchmarks.digest_scale [--sizes 1000 5000 20000] [--compare 300]

Each pile is the first N Reuters documents with a body (past the 19,043 that have one,
the documents that have only a headline), written as text files (headline line, blank
line, body) to a temporary folder; each command runs as its own process
(``python -m tradesum ...``, one worker, no cache, JSON to a file) so the peak resident
memory (``ru_maxrss`` of the child) is the command's own.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

DEFAULT_DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"


def write_pile(data: Path, count: int, folder: Path) -> None:
    """The first ``count`` Reuters documents with a body; past the 19,043 that have one,
    the documents that have only a headline (each an article of one sentence)."""
    written = 0
    headlines: list[str] = []
    with gzip.open(data / "reuters" / "reuters21578.jsonl.gz", "rt", encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            body = (record.get("body") or "").strip()
            title = (record.get("title") or "").strip()
            if not body:
                if title:
                    headlines.append(title)
                continue
            (folder / f"{written:05d}.txt").write_text(f"{title}\n\n{body}\n", encoding="utf-8")
            written += 1
            if written == count:
                return
    for title in headlines[: count - written]:
        (folder / f"{written:05d}.txt").write_text(f"{title}\n", encoding="utf-8")
        written += 1


def measure(command: list[str]) -> tuple[float, float, int]:
    """Wall seconds, peak resident MB and exit code of a command run as a child."""
    started = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    return time.perf_counter() - started, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--sizes", type=int, nargs="*", default=[1000, 5000, 20000])
    parser.add_argument("--compare", type=int, nargs="*", default=[300])
    args = parser.parse_args(argv)
    print("| command | articles | seconds | ms per article | peak MB |")
    print("|---|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as tmp:
        for size in sorted(set(args.sizes) | set(args.compare)):
            folder = Path(tmp) / f"pile{size}"
            folder.mkdir()
            write_pile(args.data, size, folder)
            out = Path(tmp) / "out.json"
            runs = []
            if size in args.sizes:
                runs.append(("digest", ["digest", str(folder), "--no-cache", "-j", "1"]))
            if size in args.compare:  # one process already
                runs.append(("compare", ["compare", str(folder)]))
                runs.append(("compare --pairs", ["compare", str(folder), "--pairs"]))
            for name, command in runs:
                full = [sys.executable, "-m", "tradesum", *command, "-f", "json",
                        "-o", str(out), "--force"]  # fmt: skip
                seconds, peak, code = measure(full)
                note = "" if code in (0, 4) else f" (exit {code})"
                print(f"| {name}{note} | {size:,} | {seconds:.1f} | {1000 * seconds / size:.1f} "
                      f"| {peak:.0f} |", flush=True)  # fmt: skip


if __name__ == "__main__":
    main()
