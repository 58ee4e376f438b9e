"""Speed and memory: tradesum's default beside sumy's LexRank and TextRank, in one run.

    python -m benchmarks.scale                    # everything (about 20 minutes here)
    python -m benchmarks.scale --only throughput  # throughput, length, memory, startup

* throughput: documents per second on the BBC articles and on the first 5,000 Reuters
  documents with a body, with 1 and 2 worker processes. Every method goes through the
  same loader and sentence/word splitter; tradesum computes its summary, keyphrases and
  figures, the sumy peers only their summary. The last row runs the loader and splitter
  alone: no method can beat its rate, so its ratio to LexRank bounds every method's.
  Each timing starts after one untimed document, so that no method pays for loading the
  models; each cell is the median of ``--repeat`` runs (3), as the machines are shared
  and noisy.
* length: seconds to summarize one document of 1k, 5k, 20k and 50k words (Reuters
  bodies joined) with the default and each sumy method, sumy run directly (without
  tradesum's sentence limits); a size is skipped when quadratic growth from the last
  size run predicts more than 60 s.
* memory: peak resident memory of ``tradesum summarize DIR -f jsonl -o FILE`` on 1,000
  and on 20,000 documents.
* startup: median wall time of ``tradesum --help`` and of summarizing one seed.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from functools import partial
from multiprocessing import get_context
from pathlib import Path
from typing import Any

from tradesum.inputs import Article
from tradesum.inputs import load as load_articles
from tradesum.inputs import parse_text as parse
from tradesum.methods import Method
from tradesum.nlp import Parsed, SumyTokenizer, parse_article, stop_words
from tradesum.summary import summarize_article


def load(path: str) -> Article:
    return load_articles(path)[0]


ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data"
SEED = ROOT / "seeds" / "003_768696b901f415bd.txt"


# --------------------------------------------------------------------------- per document


def run_tradesum(article: Article) -> int:
    return len(summarize_article(article).summary)


def run_split(article: Article) -> int:
    return len(parse_article(article).sentences)


def run_sumy(method: str, article: Article, count: int = 3) -> int:
    return len(sumy_summary(method, parse_article(article), count))


def sumy_summary(method: str, parsed: Parsed, count: int) -> Sequence[Any]:
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
    from sumy.nlp.stemmers import Stemmer

    tokenizer = SumyTokenizer()
    document = ObjectDocumentModel(
        [Paragraph([Sentence(s.text, tokenizer) for s in parsed.sentences])]
    )
    summarizer = _sumy_class(method)(Stemmer("english"))
    if method == "edmundson":
        summarizer.bonus_words = ["trade"]
        summarizer.stigma_words = ["hardly"]
        summarizer.null_words = sorted(stop_words())
    else:
        summarizer.stop_words = stop_words()
    result: Sequence[Any] = summarizer(document, count)
    return result


def _sumy_class(method: str) -> Any:
    import importlib

    module, name = {
        "luhn": ("luhn", "LuhnSummarizer"),
        "edmundson": ("edmundson", "EdmundsonSummarizer"),
        "lsa": ("lsa", "LsaSummarizer"),
        "lexrank": ("lex_rank", "LexRankSummarizer"),
        "textrank": ("text_rank", "TextRankSummarizer"),
        "sumbasic": ("sum_basic", "SumBasicSummarizer"),
        "kl": ("kl", "KLSummarizer"),
        "reduction": ("reduction", "ReductionSummarizer"),
    }[method]
    return getattr(importlib.import_module(f"sumy.summarizers.{module}"), name)


def _load_file(path: str) -> Article:
    return load(path)


def _from_file(job: Callable[[Article], int], path: str) -> int:
    return job(load(path))


def _from_text(job: Callable[[Article], int], text: str) -> int:
    return job(parse(text))


# --------------------------------------------------------------------------- sections


def throughput(data: Path, repeat: int = 3) -> None:
    bbc = sorted(str(p) for p in (data / "bbc" / "articles").glob("*/*.txt"))
    with gzip.open(data / "reuters" / "reuters21578.jsonl.gz", "rt", encoding="utf-8") as f:
        rows = [json.loads(line) for line in f]
    reuters = [
        f"{r.get('title') or ''}\n\n{r['body']}" for r in rows if (r.get("body") or "").strip()
    ]
    reuters = reuters[:5000]
    jobs: dict[str, Callable[[Article], int]] = {
        "tradesum news (summary + keyphrases + figures)": run_tradesum,
        "sumy lexrank (summary only)": partial(run_sumy, "lexrank"),
        "sumy textrank (summary only)": partial(run_sumy, "textrank"),
        "loader and splitter alone (shared by all above)": run_split,
    }
    print(f"\n### Throughput (documents per second, median of {repeat} runs)\n")
    print("| method | workers | BBC (1,111) | Reuters (5,000) | × sumy lexrank, BBC |")
    print("| --- | ---: | ---: | ---: | ---: |")
    results: dict[tuple[str, int], tuple[float, float]] = {}
    for label, job in jobs.items():
        for workers in (1, 2):
            bbc_rate = statistics.median(
                _rate(partial(_from_file, job), bbc, workers) for _ in range(repeat)
            )
            reuters_rate = statistics.median(
                _rate(partial(_from_text, job), reuters, workers) for _ in range(repeat)
            )
            results[(label, workers)] = (bbc_rate, reuters_rate)
    for (label, workers), (bbc_rate, reuters_rate) in results.items():
        base = results[("sumy lexrank (summary only)", workers)][0]
        print(
            f"| {label} | {workers} | {bbc_rate:.1f} | {reuters_rate:.1f} | {bbc_rate / base:.2f} |"
        )
    ours = "tradesum news (summary + keyphrases + figures)"
    bbc_gain = results[(ours, 2)][0] / results[(ours, 1)][0]
    reuters_gain = results[(ours, 2)][1] / results[(ours, 1)][1]
    print(f"\n2 workers / 1 worker, tradesum: BBC {bbc_gain:.2f}x, Reuters {reuters_gain:.2f}x")


def _rate(job: Callable[[str], int], items: Sequence[str], workers: int) -> float:
    job(items[0])  # models load here, untimed, for every method alike (forked workers inherit them)
    started = time.perf_counter()
    if workers == 1:
        for item in items:
            job(item)
    else:
        with get_context("fork").Pool(workers) as pool:
            for _ in pool.imap(job, items, chunksize=16):
                pass
    return len(items) / (time.perf_counter() - started)


def length(data: Path, budget: float = 60.0) -> None:
    with gzip.open(data / "reuters" / "reuters21578.jsonl.gz", "rt", encoding="utf-8") as f:
        bodies = [json.loads(line).get("body") or "" for line in f]
    words = " ".join(b for b in bodies if b).split()
    sizes = (1_000, 5_000, 20_000, 50_000)
    methods = ["news", "luhn", "edmundson", "lsa", "lexrank", "textrank", "sumbasic",
               "reduction", "kl"]  # fmt: skip
    print("\n### Seconds to summarize one document, by length (10 sentences)\n")
    print("| method | " + " | ".join(f"{n // 1000}k words" for n in sizes) + " |")
    print("| --- |" + " ---: |" * len(sizes))
    documents = {n: parse_article(parse(" ".join(words[:n]))) for n in sizes}
    from tradesum.summary import summarize

    summarize(" ".join(words[:300]))  # load the models before timing
    for method in methods[1:]:
        sumy_summary(method, documents[sizes[0]], 1)
    for method in methods:
        cells = []
        previous: tuple[int, float] | None = None
        for n in sizes:
            if previous and previous[1] * (n / previous[0]) ** 2 > budget:
                cells.append(f"not run (> {budget:.0f} s expected)")
                continue
            started = time.perf_counter()
            if method == "news":
                from tradesum.analysis import Needs, analyse_parsed
                from tradesum.summary import Length, summarize_analysis

                analysis = analyse_parsed(documents[n], Needs.of(Method.NEWS, 10))
                summarize_analysis(analysis, length=Length(sentences=10), method=Method.NEWS)
            else:
                sumy_summary(method, documents[n], 10)
            seconds = time.perf_counter() - started
            cells.append(f"{seconds:.2f}")
            previous = (n, seconds)
        print(f"| {method} | " + " | ".join(cells) + " |")
    sentences = {n: len(d.sentences) for n, d in documents.items()}
    print(f"\nsentences per document: {sentences}")


def memory(data: Path) -> None:
    with gzip.open(data / "reuters" / "reuters21578.jsonl.gz", "rt", encoding="utf-8") as f:
        rows = [json.loads(line) for line in f]
    texts = [
        f"{r.get('title') or ''}\n\n{r['body']}" for r in rows if (r.get("body") or "").strip()
    ]
    print("\n### Peak memory of one batch (tradesum summarize DIR -f jsonl -o FILE -j 2)\n")
    print("| documents | peak RSS, largest process (MB) | seconds |")
    print("| ---: | ---: | ---: |")
    with tempfile.TemporaryDirectory() as tmp:
        for count in (1_000, 20_000):
            folder = Path(tmp) / f"docs{count}"
            folder.mkdir()
            for i in range(count):
                (folder / f"{i:05d}.txt").write_text(texts[i % len(texts)], encoding="utf-8")
            out = Path(tmp) / f"out{count}.jsonl"
            command = [sys.executable, "-m", "tradesum", "summarize", str(folder), "-f",
                       "jsonl", "-o", str(out), "-j", "2", "-q"]  # fmt: skip
            started = time.perf_counter()
            peak = _peak_rss(command)
            print(f"| {count:,} | {peak:.0f} | {time.perf_counter() - started:.0f} |")


def _peak_rss(command: list[str]) -> float:
    """Peak resident memory (MB) of the command's largest process (GNU time, wait4)."""
    done = subprocess.run(
        ["/usr/bin/time", "-f", "%M", *command], capture_output=True, text=True, check=False
    )
    return int(done.stderr.strip().splitlines()[-1]) / 1024


def startup() -> None:
    tradesum = [sys.executable, "-m", "tradesum"]
    commands = {"tradesum --help": [*tradesum, "--help"],
                "tradesum summarize (one seed)": [*tradesum, "summarize", str(SEED)]}  # fmt: skip
    print("\n### Start-up (median of 7 runs, whole process)\n")
    print("| command | seconds |")
    print("| --- | ---: |")
    medians = {}
    for label, command in commands.items():
        times = []
        for _ in range(7):
            started = time.perf_counter()
            subprocess.run(command, capture_output=True, check=True, env={**os.environ})
            times.append(time.perf_counter() - started)
        medians[label] = statistics.median(times)
        print(f"| {label} | {medians[label]:.2f} |")
    ratio = medians["tradesum summarize (one seed)"] / medians["tradesum --help"]
    print(f"\n--help starts {ratio:.1f}x faster than summarizing a seed")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--repeat", type=int, default=3, help="throughput runs per cell")
    parser.add_argument(
        "--only", action="append", choices=("throughput", "length", "memory", "startup")
    )
    args = parser.parse_args()
    wanted = args.only or ["startup", "length", "throughput", "memory"]
    if "startup" in wanted:
        startup()
    if "length" in wanted:
        length(args.data)
    if "throughput" in wanted:
        throughput(args.data, args.repeat)
    if "memory" in wanted:
        memory(args.data)


if __name__ == "__main__":
    main()
