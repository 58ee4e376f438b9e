"""Key figures against hand-annotated quantities: NewsQuant and Recognizers-Text.

    python -m benchmarks.figures [--data ../shared/data] [--samples 2000]

**NewsQuant** (``figures/newsquant.jsonl``: English news sentences, every quantity
annotated; dates are not annotated, so every system's dates are left out): micro
precision, recall and F1 over quantities. A range counts as its two end points, on both
sides. The unit class is ``percent``, the currency's ISO code, or ``other`` (counts,
measures, points, percentage and basis points); an amount in a currency's subunit is
read in the currency (19 cents = USD 0.19) on both sides. Values match within a
relative 1e-6 after scale words; a maximum one-to-one matching is found per sentence.
"standard" needs value and unit class, "strict" also the change label: ``~`` for an
approximation, ``>``/``<`` for a lower/upper bound, ``up``/``down`` for a direction, else
``=`` (one label per figure, taken in that order, the same function for every system).
Intervals: 95% paired-bootstrap intervals of each system's micro F1 minus tradesum's,
over sentences.

**Recognizers-Text** (``figures/recognizers``, the Percent and Currency models): recall
of the gold values per language, a gold value found when a figure of the case (percent
for percentages, money for currencies) has it (cents: the subunit's value, or the
amount in the currency).

Systems, in the same run: tradesum (``tradesum.figure.find_figures``), quantulum3 (its
rule-based disambiguation: the classifier's bundled model is a scikit-learn pickle that
does not load with any scikit-learn that installs beside numpy 2; years, which it reads
as plain numbers, left out), and a plain regular expression with a few cue words.
"""

from __future__ import annotations

import argparse
import json
import re
import time
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path

from benchmarks.metrics import (
    Quantity,
    matched_quantities,
    micro_prf,
    paired_bootstrap_micro_f1,
    same_value,
)
from tradesum.figure import Figure, FigureKind, find_figures
from tradesum.languages import lexicon_for

DEFAULT_DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"

System = Callable[[str], list[Quantity]]

# ------------------------------------------------------------------ the gold side

_GOLD_CURRENCIES = {
    "dollar": "USD", "united states dollar": "USD", "australian dollar": "AUD",
    "hong kong dollar": "HKD", "japanese yen": "JPY", "pound sterling": "GBP", "euro": "EUR",
    "shekel": "ILS", "danish krone": "DKK", "malaysian ringgit": "MYR",
    "croatian kuna": "HRK", "canadian dollar": "CAD",
}  # fmt: skip
_GOLD_SUBUNITS = {"cent": ("USD", 0.01), "sen": ("MYR", 0.01), "penny": ("GBP", 0.01)}
_RANGE = re.compile(r"^\s*(-?[\d.]+(?:e[+-]?\d+)?)\s*-\s*(-?[\d.]+(?:e[+-]?\d+)?)\s*$")


def gold_class(normalized_unit: str) -> tuple[str, float]:
    """A NewsQuant normalised unit's class, and the factor that reads its values in it."""
    unit = normalized_unit.strip().lower()
    if unit.startswith(("percentage", "%")):
        return "percent", 1.0
    head = unit.split(" per ")[0]
    if head in _GOLD_CURRENCIES:
        return _GOLD_CURRENCIES[head], 1.0
    if head in _GOLD_SUBUNITS:
        return _GOLD_SUBUNITS[head]
    return "other", 1.0


def gold_quantities(entry: dict[str, object]) -> list[Quantity]:
    out: list[Quantity] = []
    for q in entry["quantities"]:  # type: ignore[attr-defined]
        unit, factor = gold_class(q["normalized_unit"])
        raw = str(q["value"])
        span = _RANGE.match(raw)
        values = [float(span.group(1)), float(span.group(2))] if span else [float(raw)]
        out.extend((v * factor, unit, q["change"]) for v in values)
    return out


# ------------------------------------------------------------------ systems


def change_label(approx: bool, bound: str | None, direction: str | None) -> str:
    if approx:
        return "~"
    if bound:
        return ">" if bound == "min" else "<"
    if direction:
        return direction
    return "="


def figure_class(figure: Figure) -> str:
    if figure.kind is FigureKind.PERCENT:
        return "percent" if figure.unit == "%" else "other"
    if figure.kind is FigureKind.MONEY and figure.unit:
        return figure.unit.split()[0]
    return "other"


def tradesum_quantities(sentence: str) -> list[Quantity]:
    out: list[Quantity] = []
    for f in find_figures(sentence):
        if f.kind is FigureKind.DATE:
            continue
        label = change_label(f.approx, f.bound, f.direction)
        unit = figure_class(f)
        if f.low is not None and f.high is not None:
            out += [(f.low, unit, label), (f.high, unit, label)]
        elif f.value is not None:
            out.append((f.value, unit, label))
    return out


def _is_year(value: float, surface: str) -> bool:
    return value.is_integer() and 1900 <= value <= 2099 and "," not in surface


_QUANTULUM_SUBUNITS = {"cent": ("USD", 0.01), "penny": ("GBP", 0.01), "pence": ("GBP", 0.01)}


def quantulum_quantities(sentence: str) -> list[Quantity]:
    from quantulum3 import parser

    out: list[Quantity] = []
    for q in parser.parse(sentence):
        unit = q.unit
        name, entity = unit.name, unit.entity.name
        if entity == "dimensionless" and name == "dimensionless" and _is_year(q.value, q.surface):
            continue
        factor = 1.0
        if name == "percentage":
            cls = "percent"
        elif entity == "currency":
            code = getattr(unit, "currency_code", None)
            if code:
                cls = code
            elif name in _QUANTULUM_SUBUNITS:
                cls, factor = _QUANTULUM_SUBUNITS[name]
            else:
                cls = "other"
        else:
            cls = "other"
        surface = q.surface.lower()
        approx = q.uncertainty is not None or bool(
            re.search(r"\b(?:about|around|nearly)\b", surface)
        )
        out.append((q.value * factor, cls, "~" if approx else "="))
    return out


_REGEX = re.compile(
    r"(?P<cur>US\$|\$|€|£|¥)?\s?(?P<num>\d[\d,]*(?:\.\d+)?)"
    r"(?:\s?(?P<scale>trillion|billion|million|thousand|bn|bln|mln|mn|m|k)\b)?"
    r"(?:\s?(?P<unit>%|percent\b|per cent\b|pct\b|dollars?\b|dlrs\b|euros?\b|yen\b|yuan\b"
    r"|pounds?\b|[a-z]+))?",
    re.IGNORECASE,
)
_REGEX_SCALES = {"trillion": 1e12, "billion": 1e9, "bn": 1e9, "bln": 1e9, "million": 1e6,
                 "mln": 1e6, "mn": 1e6, "m": 1e6, "thousand": 1e3, "k": 1e3}  # fmt: skip
_REGEX_CURRENCIES = {"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY",
                     "dollar": "USD", "dollars": "USD", "dlrs": "USD", "euro": "EUR",
                     "euros": "EUR", "yen": "JPY", "yuan": "CNY", "pound": "GBP",
                     "pounds": "GBP"}  # fmt: skip
_CUES = [
    ("~", re.compile(r"\b(?:about|around|nearly|almost|roughly|approximately|some)\s$", re.I)),
    (">", re.compile(r"\b(?:more than|over|above|at least)\s$", re.I)),
    ("<", re.compile(r"\b(?:up to|under|below|less than|fewer than)\s$", re.I)),
    (
        "up",
        re.compile(
            r"\b(?:rose|up|increased|gained|grew|jumped|climbed|advanced)\s(?:by\s)?$", re.I
        ),
    ),
    (
        "down",
        re.compile(r"\b(?:fell|down|dropped|declined|decreased|lost|slid|cut)\s(?:by\s)?$", re.I),
    ),
]


def regex_quantities(sentence: str) -> list[Quantity]:
    out: list[Quantity] = []
    for m in _REGEX.finditer(sentence):
        value = float(m.group("num").replace(",", ""))
        scale = (m.group("scale") or "").lower()
        unit = (m.group("unit") or "").lower()
        cur = (m.group("cur") or "").lower()
        if not cur and not scale and not unit and _is_year(value, m.group("num")):
            continue
        if not cur and not unit and not scale and value.is_integer() and value < 10:
            continue
        value *= _REGEX_SCALES.get(scale, 1.0)
        if unit in ("%", "percent", "per cent", "pct"):
            cls = "percent"
        elif cur or unit in _REGEX_CURRENCIES:
            cls = _REGEX_CURRENCIES.get(cur or unit, "USD")
        else:
            cls = "other"
        before = sentence[max(0, m.start() - 30) : m.start()]
        label = next((lab for lab, cue in _CUES if cue.search(before)), "=")
        out.append((value, cls, label))
    return out


SYSTEMS: dict[str, System] = {
    "tradesum": tradesum_quantities,
    "quantulum3": quantulum_quantities,
    "regex + cue words": regex_quantities,
}


# ------------------------------------------------------------------ NewsQuant


def newsquant(data: Path, samples: int) -> None:
    rows = [json.loads(line) for line in (data / "figures" / "newsquant.jsonl").open()]
    golds = [gold_quantities(r) for r in rows]
    counts: dict[str, dict[bool, list[tuple[int, int, int]]]] = {}
    seconds: dict[str, float] = {}
    for name, system in SYSTEMS.items():
        start = time.perf_counter()
        predicted = [system(r["text"]) for r in rows]
        seconds[name] = time.perf_counter() - start
        counts[name] = {
            strict: [
                (matched_quantities(p, g, strict=strict), len(p), len(g))
                for p, g in zip(predicted, golds, strict=True)
            ]
            for strict in (False, True)
        }
    gold_total = sum(len(g) for g in golds)
    print(f"NewsQuant: {len(rows)} sentences, {gold_total} gold quantities (ranges as two ends)")
    print()
    print(
        "| system | standard P | R | F1 | F1 − tradesum (95% CI) | strict P | R | F1 | "
        "F1 − tradesum (95% CI) | s |"
    )
    print("|---|---:|---:|---:|---|---:|---:|---:|---|---:|")
    base = counts["tradesum"]
    for name in SYSTEMS:
        cells = []
        for strict in (False, True):
            p, r, f = micro_prf(counts[name][strict])
            if name == "tradesum":
                interval = "—"
            else:
                d, lo, hi = paired_bootstrap_micro_f1(
                    counts[name][strict], base[strict], samples=samples
                )
                interval = f"{100 * d:+.1f} ({100 * lo:+.1f}, {100 * hi:+.1f})"
            cells += [f"{100 * p:.1f}", f"{100 * r:.1f}", f"{100 * f:.1f}", interval]
        print(f"| {name} | " + " | ".join(cells) + f" | {seconds[name]:.2f} |")
    print()


# ------------------------------------------------------------------ Recognizers-Text

_SUBUNIT_NAMES = {"cent", "pence", "penny"}


def _recognizer_values(case: dict[str, object]) -> list[tuple[float, bool]]:
    """The case's gold values, with whether the unit is a subunit (cents, pence)."""
    out = []
    for result in case["results"]:  # type: ignore[attr-defined]
        resolution = result.get("Resolution") or {}
        raw = str(resolution.get("value", "null")).rstrip("%")
        try:
            value = float(raw)
        except ValueError:
            continue
        unit = str(resolution.get("unit", "")).lower()
        out.append((value, unit in _SUBUNIT_NAMES))
    return out


def recognizers(data: Path) -> None:
    folder = data / "figures" / "recognizers"
    print("Recognizers-Text: recall of the gold values (percent and currency cases)")
    print()
    names = ("tradesum", "tradesum, English rules", "quantulum3", "regex + cue words")
    print(f"| model | language | cases | gold values | {' | '.join(names)} |")
    print("|---|---|---:|---:|---:|---:|---:|---:|")
    for model, kind in (("PercentModel", FigureKind.PERCENT), ("CurrencyModel", FigureKind.MONEY)):
        cases = [json.loads(line) for line in (folder / f"{model}.jsonl").open()]
        for lang in ("en", "de", "fr", "es"):
            mine = [c for c in cases if c["lang"] == lang]
            golds = [_recognizer_values(c) for c in mine]
            total = sum(len(g) for g in golds)
            if not total:
                continue
            found = {name: 0 for name in names}
            lexicon = lexicon_for(lang)
            for case, gold in zip(mine, golds, strict=True):
                text = str(case["input"])
                got = {
                    "tradesum": [
                        v
                        for f in find_figures(text, 0, lexicon)
                        if f.kind is kind
                        for v in (f.value, f.low, f.high)
                        if v is not None
                    ],
                    "tradesum, English rules": [
                        v
                        for f in find_figures(text)
                        if f.kind is kind
                        for v in (f.value, f.low, f.high)
                        if v is not None
                    ],
                    "quantulum3": [
                        q[0]
                        for q in quantulum_quantities(text)
                        if (q[1] == "percent") == (kind is FigureKind.PERCENT) and q[1] != "other"
                    ],
                    "regex + cue words": [
                        q[0]
                        for q in regex_quantities(text)
                        if (q[1] == "percent") == (kind is FigureKind.PERCENT) and q[1] != "other"
                    ],
                }
                for name, values in got.items():
                    found[name] += _recalled(gold, values)
            cells = " | ".join(f"{100 * found[n] / total:.1f}%" for n in names)
            print(f"| {model} | {lang} | {len(mine)} | {total} | {cells} |")
    print()


def _recalled(gold: Sequence[tuple[float, bool]], values: Sequence[float]) -> int:
    left = list(values)
    hits = 0
    for value, subunit in gold:
        for k, v in enumerate(left):
            if same_value(v, value) or (subunit and same_value(v * 100, value)):
                hits += 1
                del left[k]
                break
    return hits


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--samples", type=int, default=2000)
    args = parser.parse_args(argv)
    warnings.filterwarnings("ignore")
    newsquant(args.data, args.samples)
    recognizers(args.data)


if __name__ == "__main__":
    main()
