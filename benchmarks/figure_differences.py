"""Figures that differ between articles on one story: precision on real same-story pairs
(labelled by hand), recall on edited copies of real articles.

    python -m benchmarks.figure_differences [--data ../shared/data] [--pairs 150]
    python -m benchmarks.figure_differences --unlabelled   # what still needs a label

**Precision.** Same-story pairs, drawn with a fixed seed: ECB+ pairs of one event
(``clusters.tsv``: same ``cluster_id``) and DUC 2007 main pairs of one cluster. Every
difference either method flags on them is labelled by hand in
``benchmarks/labels/figure_differences.jsonl`` (``real``: the two articles give
different values for the same thing, in the same period; a note says why not). Keys
name the pile, the two documents and the two figures as written; no text of the data
is copied. Precision = real / flagged, per method, with its Wilson 95% interval.

**Recall.** Real articles (Reuters trade, DUC 2007) are compared with an edited copy in
which one figure with a subject is changed (its number times 1.5, or plus 1 for a small
integer, in its sentence only); recall = edits found / edits. The false flags per pair
(differences flagged between the original and its copy other than the edited figure)
are counted too.

Methods: tradesum (``tradesum.figure.figure_differences``: same kind and unit, matching
subjects, no other place, period or role, values beyond rounding, "about" and bounds);
tradesum 0.1's rule (same kind and unit, another value, sentence context Jaccard of
content stems >= 0.25).
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import random
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from tradesum.analysis import Analysis, analyse
from tradesum.figure import Figure, FigureKind, differences
from tradesum.inputs import load, parse_text

DEFAULT_DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
LABELS = Path(__file__).resolve().parent / "labels" / "figure_differences.jsonl"


def _analysed(text: str, source: str) -> Analysis:
    return analyse(parse_text(text, source=source))


def _new(a: Analysis, b: Analysis) -> list[tuple[int, int]]:
    """tradesum's differences, as ``compare`` and ``digest`` ask for them."""
    return differences(a.measured_figures(), b.measured_figures())


# ------------------------------------------------------------------ the 0.1 rule


def old_differences(a: Analysis, b: Analysis) -> list[tuple[int, int]]:
    """tradesum 0.1's figure differences: same kind and unit, another value, and the
    sentences' content stems overlapping by a Jaccard of 0.25 or more."""
    out = []
    terms_a = [frozenset(s.terms) for s in a.parsed.sentences]
    terms_b = [frozenset(s.terms) for s in b.parsed.sentences]
    for x, fa in enumerate(a.figures):
        for y, fb in enumerate(b.figures):
            if fa.kind is FigureKind.DATE or fa.kind is not fb.kind or fa.unit != fb.unit:
                continue
            if _value(fa) == _value(fb):
                continue
            sa = {t for t in terms_a[fa.sentence_index] if not t[:1].isdigit()}
            sb = {t for t in terms_b[fb.sentence_index] if not t[:1].isdigit()}
            if sa and sb and len(sa & sb) / len(sa | sb) >= 0.25:
                out.append((x, y))
    return out


def _value(f: Figure) -> Any:
    return (f.value, f.low, f.high) if f.value is not None or f.low is not None else f.text


# ------------------------------------------------------------------ same-story pairs


def ecb_pairs(data: Path, count: int, rng: random.Random) -> list[tuple[str, str, str, str]]:
    clusters: dict[str, list[str]] = {}
    with (data / "ecbplus" / "clusters.tsv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            clusters.setdefault(row["cluster_id"], []).append(row["doc"])
    pairs = [
        (a, b) for docs in clusters.values() for i, a in enumerate(docs) for b in docs[i + 1 :]
    ]
    rng.shuffle(pairs)
    folder = data / "ecbplus" / "docs"
    out = []
    for a, b in pairs[:count]:
        ta = (folder / f"{a}.txt").read_text(encoding="utf-8")
        tb = (folder / f"{b}.txt").read_text(encoding="utf-8")
        out.append((f"ecb:{a}", f"ecb:{b}", ta, tb))
    return out


def duc_pairs(data: Path, count: int, rng: random.Random) -> list[tuple[str, str, str, str]]:
    pairs = []
    with (data / "multidoc" / "duc2007_main.jsonl").open(encoding="utf-8") as f:
        for line in f:
            cluster = json.loads(line)
            docs = cluster["documents"]
            for i, a in enumerate(docs):
                for b in docs[i + 1 :]:
                    pairs.append((a, b))
    rng.shuffle(pairs)
    return [
        (f"duc:{a['doc_id']}", f"duc:{b['doc_id']}", _duc_text(a), _duc_text(b))
        for a, b in pairs[:count]
    ]


def reuters_pairs(data: Path, count: int, rng: random.Random) -> list[tuple[str, str, str, str]]:
    """Pairs of Reuters trade articles that tradesum's grouping puts in one story."""
    from tradesum.stories import group

    paths = sorted((data / "reuters" / "trade").glob("*.txt"))
    texts = [_reuters_text(p) for p in paths]
    parsed = [_analysed(t, p.stem).parsed for t, p in zip(texts, paths, strict=True)]
    pairs = [(a, b) for story in group(parsed) for i, a in enumerate(story) for b in story[i + 1 :]]
    rng.shuffle(pairs)
    return [
        (f"reuters:{paths[a].stem}", f"reuters:{paths[b].stem}", texts[a], texts[b])
        for a, b in pairs[:count]
    ]


def _reuters_text(path: Path) -> str:
    (article,) = load(str(path))
    return f"{article.title or ''}\n\n" + "\n\n".join(article.paragraphs)


def _duc_text(doc: dict[str, Any]) -> str:
    return f"{doc.get('headline') or ''}\n\n{doc['text']}"


def key(a: str, b: str, fa: Figure, fb: Figure) -> str:
    return f"{a}|{b}|{fa.sentence_index}:{fa.text}|{fb.sentence_index}:{fb.text}"


def flagged(pairs: Sequence[tuple[str, str, str, str]]) -> dict[str, dict[str, Any]]:
    """Every difference either method flags: key -> what a labeller needs to see."""
    out: dict[str, dict[str, Any]] = {}
    for name_a, name_b, text_a, text_b in pairs:
        a, b = _analysed(text_a, name_a), _analysed(text_b, name_b)
        new = set(_new(a, b))
        old = set(old_differences(a, b))
        for x, y in new | old:
            fa, fb = a.figures[x], b.figures[y]
            out[key(name_a, name_b, fa, fb)] = {
                "tradesum": (x, y) in new,
                "0.1 rule": (x, y) in old,
                "a": fa,
                "b": fb,
                "a_sentence": a.parsed.sentences[fa.sentence_index].text,
                "b_sentence": b.parsed.sentences[fb.sentence_index].text,
            }
    return out


def wilson(hits: int, n: int) -> tuple[float, float]:
    if n == 0:
        return 0.0, 0.0
    z = 1.96
    p = hits / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return max(0.0, centre - half), min(1.0, centre + half)


def precision(data: Path, count: int, unlabelled: bool) -> None:
    rng = random.Random(20261201)
    piles = {
        "ECB+ same event": ecb_pairs(data, count, rng),
        "DUC 2007 same cluster": duc_pairs(data, count, rng),
        "Reuters trade same story": reuters_pairs(data, count, rng),
    }
    pairs = [pair for pile in piles.values() for pair in pile]
    found = flagged(pairs)
    labels = {}
    if LABELS.exists():
        for line in LABELS.open(encoding="utf-8"):
            if line.strip():
                entry = json.loads(line)
                labels[entry["key"]] = entry
    if unlabelled:
        for k, item in found.items():
            if k not in labels:
                print(json.dumps({"key": k, "tradesum": item["tradesum"], "0.1": item["0.1 rule"],
                                  "a": item["a_sentence"], "b": item["b_sentence"]},
                                 ensure_ascii=False))  # fmt: skip
        return
    print("Same-story pairs: " + ", ".join(f"{len(p)} {name}" for name, p in piles.items()))
    print()
    print("| pile | method | flagged | labelled real | precision | 95% interval |")
    print("|---|---|---:|---:|---:|---|")
    prefixes = {"ECB+ same event": "ecb:", "DUC 2007 same cluster": "duc:",
                "Reuters trade same story": "reuters:"}  # fmt: skip
    for pile in (*piles, "all"):
        for method in ("tradesum", "0.1 rule"):
            mine = [
                k for k, item in found.items()
                if item[method] and (pile == "all" or k.startswith(prefixes[pile]))
            ]  # fmt: skip
            judged = [k for k in mine if k in labels]
            real = sum(1 for k in judged if labels[k]["real"])
            lo, hi = wilson(real, len(judged))
            share = real / len(judged) if judged else 0.0
            missing = f" ({len(mine) - len(judged)} unlabelled)" if len(judged) < len(mine) else ""
            print(f"| {pile} | {method} | {len(mine)}{missing} | {real} | {100 * share:.0f}% | "
                  f"{100 * lo:.0f}–{100 * hi:.0f}% |")  # fmt: skip
    print()


# ------------------------------------------------------------------ recall on edits

_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def edited(text: str, sentence: str, figure: Figure) -> str | None:
    """``text`` with the figure's number changed in its sentence, or None."""
    number = _NUMBER.search(figure.text)
    if number is None:
        return None
    raw = number.group()
    value = float(raw.replace(",", ""))
    decimals = len(raw.split(".")[1]) if "." in raw else 0
    changed = value + 1 if value.is_integer() and value < 20 else value * 1.5
    written = f"{changed:,.{decimals}f}" if "," in raw else f"{changed:.{decimals}f}"
    new_figure = figure.text.replace(raw, written, 1)
    new_sentence = sentence[: figure.start] + sentence[figure.start :].replace(
        figure.text, new_figure, 1
    )
    if new_sentence == sentence or sentence not in text:
        return None
    return text.replace(sentence, new_sentence, 1)


def recall(data: Path, count: int) -> None:
    rng = random.Random(7)
    texts: list[tuple[str, str]] = []
    trade = sorted((data / "reuters" / "trade").glob("*.txt"))
    rng.shuffle(trade)
    texts += [(f"reuters:{path.stem}", _reuters_text(path)) for path in trade[:count]]
    duc = [json.loads(line) for line in (data / "multidoc" / "duc2007_main.jsonl").open()]
    docs = [d for cluster in duc for d in cluster["documents"]]
    rng.shuffle(docs)
    texts += [(f"duc:{d['doc_id']}", _duc_text(d)) for d in docs[:count]]
    edits = found_new = found_old = 0
    false_new = false_old = 0
    for name, text in texts:
        original = _analysed(text, name)
        candidates = [
            f for f in original.figures
            if f.kind is not FigureKind.DATE and f.subject and f.value is not None
        ]  # fmt: skip
        if not candidates:
            continue
        figure = rng.choice(candidates)
        sentence = original.parsed.sentences[figure.sentence_index].text
        changed = edited(text, sentence, figure)
        if changed is None:
            continue
        copy = _analysed(changed, name + "*")
        target = original.figures.index(figure)
        new = _new(original, copy)
        old = old_differences(original, copy)
        edits += 1
        found_new += any(x == target for x, _ in new)
        found_old += any(x == target for x, _ in old)
        false_new += sum(1 for x, _ in new if x != target)
        false_old += sum(1 for x, _ in old if x != target)
    print(f"Edited copies: {edits} articles ({count} Reuters trade, {count} DUC 2007 drawn), "
          "one figure changed in each")  # fmt: skip
    print()
    print("| method | edits found | recall | other figures flagged (false) |")
    print("|---|---:|---:|---:|")
    for method, hits, false in (
        ("tradesum", found_new, false_new),
        ("0.1 rule", found_old, false_old),
    ):
        print(f"| {method} | {hits} / {edits} | {100 * hits / max(edits, 1):.0f}% | {false} |")
    print()


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--pairs", type=int, default=150, help="same-story pairs per pile")
    parser.add_argument("--articles", type=int, default=150, help="edited articles per set")
    parser.add_argument("--unlabelled", action="store_true")
    args = parser.parse_args(argv)
    precision(args.data, args.pairs, args.unlabelled)
    if not args.unlabelled:
        recall(args.data, args.articles)


if __name__ == "__main__":
    main()
