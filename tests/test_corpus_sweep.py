"""Real-corpus sweep: summarize every document in ../shared/data (slow; run on demand).

    python -m pytest -q -m slow -s tests/test_corpus_sweep.py

BBC, KPCrowd, ECB+ and Reuters trade articles, plus 2,000 documents sampled evenly from
the full Reuters-21578 corpus: no crash, and a non-empty summary for every document
that has a sentence. It prints how many documents ran and which needed special care.
"""

from __future__ import annotations

import gzip
import json
from collections import Counter
from pathlib import Path

import pytest

from tradesum.batch import Engine, Options, run
from tradesum.errors import Failure

from .conftest import data_path

pytestmark = pytest.mark.slow

SAMPLE = 2000


def _sources(tmp_path: Path) -> dict[str, list[str]]:
    sets = {
        "bbc": sorted(str(p) for p in data_path("bbc", "articles").glob("*/*.txt")),
        "kpcrowd": sorted(str(p) for p in data_path("kpcrowd", "docs").glob("*.txt")),
        "ecbplus": sorted(str(p) for p in data_path("ecbplus", "docs").glob("*.txt")),
        "reuters-trade": sorted(str(p) for p in data_path("reuters", "trade").glob("*.txt")),
    }
    with gzip.open(data_path("reuters", "reuters21578.jsonl.gz"), "rt", encoding="utf-8") as f:
        rows = [json.loads(line) for line in f]
    with_body = [r for r in rows if (r.get("body") or "").strip()]
    step = max(1, len(with_body) // SAMPLE)
    folder = tmp_path / "reuters-sample"
    folder.mkdir()
    sample = []
    for row in with_body[::step][:SAMPLE]:
        path = folder / f"{row['newid']}.txt"
        path.write_text(f"{row.get('title') or ''}\n\n{row['body']}", encoding="utf-8")
        sample.append(str(path))
    sets["reuters-sample"] = sample
    return sets


def test_every_document_summarizes(tmp_path: Path) -> None:
    counts: Counter[str] = Counter()
    problems: list[str] = []
    for name, sources in _sources(tmp_path).items():
        for result in run(sources, Options(), engine=Engine(workers=2)):
            counts[name] += 1
            if isinstance(result, Failure):
                counts[f"{name}: refused"] += 1
                problems.append(f"{result.source}: {result.message}")
                continue
            assert result.summary, result.source
            if result.warnings:
                counts[f"{name}: warned"] += 1
    total = sum(v for k, v in counts.items() if ":" not in k)
    print(f"\ncorpus sweep: {total} documents; {dict(counts)}")
    for line in problems:
        print("  refused:", line)
    # Only documents with no text at all may be refused, and they must say so.
    assert all("empty" in p or "no sentences" in p for p in problems)
    assert total >= 4000
