"""Names (people, places, organisations) that a reader would accept, on hand-checked articles.

    python -m benchmarks.names

``benchmarks/labels/names.jsonl`` holds, for 30 articles (15 Reuters trade, 15 BBC
business and politics), the names tradesum gave on 2026-12-01 after the name fixes of
that day, the six new ones of 2026-12-02 (organisations that keep their "and") and
three of a later commit that day (names after a dateline, without its "The") and one
more of the next ("General Agreement on Tariffs and Trade", whole with its "on") and two
of the one after ("News Corp" and "News International", once run together), each
judged by one reader as accepted or rejected. Rejected: not a name ("Tariffs", "Oil",
"Lots"), cut wrong ("Nick Van", "State George Shultz"), two names run
together ("News Corp News International"), a party or title glued on ("Labour Yvette
Cooper", "NUJ General Secretary"), an organisation split at its "and" ("Minerals" and
"Metals Trading Corp"). Nationality words ("Japanese") count as accepted. Precision is
the share of the names given now that were accepted; a name the labels do not hold
counts against it (it has not been checked), and is listed.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from benchmarks.quality import DEFAULT_DATA
from tradesum.comparison import _names
from tradesum.inputs import parse_text
from tradesum.nlp import parse_article

LABELS = Path(__file__).resolve().parent / "labels" / "names.jsonl"


def precision(data: Path = DEFAULT_DATA) -> tuple[int, int, list[tuple[str, str]]]:
    """(accepted names given, names given, names given that no label holds)."""
    given = accepted = 0
    unchecked: list[tuple[str, str]] = []
    for line in LABELS.open(encoding="utf-8"):
        label = json.loads(line)
        raw = (data / label["source"]).read_bytes().decode("utf-8", errors="replace")
        names = _names(parse_article(parse_text(raw, source=label["source"]))).values()
        for name in names:
            given += 1
            if name in label["accepted"]:
                accepted += 1
            elif name not in label["rejected"]:
                unchecked.append((label["source"], name))
    return accepted, given, unchecked


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = parser.parse_args()
    accepted, given, unchecked = precision(args.data)
    print(f"names given: {given}; accepted: {accepted}; precision {100 * accepted / given:.1f}%")
    for source, name in unchecked:
        print(f"  not labelled: {source}: {name}")


if __name__ == "__main__":
    main()
