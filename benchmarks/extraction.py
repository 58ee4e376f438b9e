"""Article text from web pages: the article-extraction benchmark's pages, every extractor
in one run, scored with the benchmark's own metric.

    python -m benchmarks.extraction [--data ../shared/data]

The metric is scrapinghub/article-extraction-benchmark's: the extracted text and the
hand-marked ``articleBody`` are cut into ``\\w+`` tokens, then into shingles of four
tokens; precision, recall and F1 count shingles (with multiplicity) per page and are
averaged over the pages. F1 over single tokens is printed beside it. Intervals are 95%
paired-bootstrap intervals of each contender's mean F1 minus tradesum's, over pages.

Contenders: tradesum (``tradesum.inputs.html``: trafilatura with tradesum's settings,
then the body paragraphs it keeps), tradesum 0.1's own reader (kept in
``tradesum.inputs.fragment``), trafilatura at its default, ``favor_precision`` and
``favor_recall`` settings (text output, no comments), and readability-lxml (its
``summary()`` HTML reduced to text).
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

from benchmarks.metrics import paired_bootstrap
from tradesum.inputs import fragment, html
from tradesum.inputs.decoding import decode

DEFAULT_DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
_TOKEN = re.compile(r"\w+")


def shingles(text: str, n: int) -> Counter[str]:
    tokens = _TOKEN.findall(text or "")
    return Counter(" ".join(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)))


def prf(true: str, predicted: str, n: int = 4) -> tuple[float, float, float]:
    """The benchmark's per-page precision, recall and F1 over n-token shingles."""
    gold, got = shingles(true, n), shingles(predicted, n)
    gold.pop("", None)
    got.pop("", None)
    tp = sum((gold & got).values())
    fp = sum(got.values()) - tp
    fn = sum(gold.values()) - tp
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def _tradesum(text: str, url: str) -> str:
    return html.from_html(text, "page").body


def _tradesum_01(text: str, url: str) -> str:
    return fragment.from_html(text, "page").body


def _trafilatura(**settings: bool) -> Callable[[str, str], str]:
    def run(text: str, url: str) -> str:
        import trafilatura

        return trafilatura.extract(text, include_comments=False, **settings) or ""

    return run


def _readability(text: str, url: str) -> str:
    import lxml.html
    from readability import Document

    summary = Document(text).summary(html_partial=True)
    return str(lxml.html.fromstring(summary).text_content()) if summary.strip() else ""


CONTENDERS: dict[str, Callable[[str, str], str]] = {
    "tradesum": _tradesum,
    "tradesum 0.1 reader": _tradesum_01,
    "trafilatura (default)": _trafilatura(),
    "trafilatura favor_precision": _trafilatura(favor_precision=True),
    "trafilatura favor_recall": _trafilatura(favor_recall=True),
    "readability-lxml": _readability,
}


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = parser.parse_args(argv)
    root = args.data / "html"
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for key in sorted(truth):
        raw = gzip.decompress((root / "pages" / f"{key}.html.gz").read_bytes())
        pages.append((decode(raw, source=key), truth[key]["articleBody"], truth[key]["url"]))
    for contender in CONTENDERS.values():  # imports and first-call costs off the clock
        contender(pages[0][0], pages[0][2])

    scores: dict[str, list[tuple[float, float, float, float]]] = {n: [] for n in CONTENDERS}
    seconds: dict[str, float] = dict.fromkeys(CONTENDERS, 0.0)
    names = list(CONTENDERS)
    for turn, (page, body, url) in enumerate(pages):  # contenders take turns, order rotating
        for name in names[turn % len(names) :] + names[: turn % len(names)]:
            started = time.perf_counter()
            text = CONTENDERS[name](page, url)
            seconds[name] += time.perf_counter() - started
            p, r, f = prf(body, text)
            scores[name].append((p, r, f, prf(body, text, n=1)[2]))

    ours = [s[2] for s in scores["tradesum"]]
    print(f"article-extraction-benchmark: {len(pages)} pages, shingles of 4 tokens\n")
    print("| extractor | precision | recall | F1 | F1 − tradesum (95% CI) | token F1 | ms/page |")
    print("|---|---:|---:|---:|---|---:|---:|")
    for name in names:
        rows = scores[name]
        f1s = [s[2] for s in rows]
        mean = statistics.fmean
        if name == "tradesum":
            delta = "—"
        else:
            d, low, high = paired_bootstrap(f1s, ours)
            delta = f"{d:+.3f} [{low:+.3f}, {high:+.3f}]"
        print(
            f"| {name} | {mean(s[0] for s in rows):.3f} | {mean(s[1] for s in rows):.3f} | "
            f"{mean(f1s):.3f} | {delta} | {mean(s[3] for s in rows):.3f} | "
            f"{1000 * seconds[name] / len(pages):.0f} |"
        )


if __name__ == "__main__":
    main()
