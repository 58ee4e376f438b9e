"""Update summaries ("what is new since"): DUC 2007's update task, in one run.

    python -m benchmarks.update_summaries [--data ../shared/data]

DUC 2007's update clusters (``multidoc/duc2007_update.jsonl``): 10 topics, each in three
parts A, B and C of about ten articles; four human 100-word summaries per part, those
of B written for a reader who has read A, those of C for one who has read A and B. For
each topic and each of B and C, tradesum digests the earlier parts (``tradesum digest
-f json``), then digests the earlier and the new parts together with ``--since`` that
JSON: the update summary (the story's ``update``) of the story that holds most of the
new part's articles is the system's answer. Every answer is cut at 100 words and scored
with rouge-score (Porter stemmer), ROUGE-1/2 recall averaged over the references.
Intervals: 95% paired-bootstrap intervals of the update summary's ROUGE-2 recall minus
each other's, over the 20 parts.

Beside it, in the same run: the plain story summary of that same story (what a digest
shows without ``--since``), the joint summary of the new part's articles alone (no
knowledge of the earlier parts), and the first sentences of the new part's articles,
round-robin.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from pathlib import Path

from benchmarks.metrics import paired_bootstrap
from benchmarks.story_summaries import cut, round_robin
from tradesum.analysis import Analysis, Needs, analyse
from tradesum.digest import Digest, Earlier, digest_analyses, story_of
from tradesum.inputs import parse_text
from tradesum.render.data import digest_data, dumps

DEFAULT_DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
WORDS = 100


def topics(data: Path) -> dict[str, dict[str, tuple[list[tuple[str, str]], list[str]]]]:
    """topic -> part -> ([(doc id, text)], references)."""
    out: dict[str, dict[str, tuple[list[tuple[str, str]], list[str]]]] = {}
    for line in (data / "multidoc" / "duc2007_update.jsonl").open(encoding="utf-8"):
        cluster = json.loads(line)
        docs = [
            (d["doc_id"], f"{d.get('headline') or ''}\n\n{d['text']}") for d in cluster["documents"]
        ]
        references = [r if isinstance(r, str) else r["text"] for r in cluster["references"]]
        out.setdefault(cluster["topic_id"], {})[cluster["update_part"]] = (docs, references)
    return out


def _analysed(docs: Sequence[tuple[str, str]]) -> list[Analysis]:
    needs = Needs.of("news", 15, compare=True)
    return [analyse(parse_text(text, source=name), needs) for name, text in docs]


def _earlier(analyses: Sequence[Analysis]) -> Earlier:
    stories = digest_analyses(analyses, words=WORDS)
    return Earlier.from_json(dumps(digest_data(Digest(stories, words=WORDS))), source="earlier")


def _rouge(summary: str, references: Sequence[str]) -> tuple[float, float]:
    from rouge_score import rouge_scorer

    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2"], use_stemmer=True)
    scores = [scorer.score(reference, summary) for reference in references]
    return (
        100 * sum(s["rouge1"].recall for s in scores) / len(scores),
        100 * sum(s["rouge2"].recall for s in scores) / len(scores),
    )


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = parser.parse_args(argv)
    systems = ("update summary (--since)", "story summary", "new part alone", "round-robin leads")
    scores: dict[str, list[tuple[float, float]]] = {name: [] for name in systems}
    empty = 0
    for parts in topics(args.data).values():
        analysed = {part: _analysed(docs) for part, (docs, _) in parts.items()}
        for new, before in (("B", ("A",)), ("C", ("A", "B"))):
            if new not in parts or not all(p in parts for p in before):
                continue
            references = parts[new][1]
            old = [a for p in before for a in analysed[p]]
            fresh = analysed[new]
            names = {a.article.source for a in fresh}
            stories = digest_analyses([*old, *fresh], words=WORDS, since=_earlier(old))
            story = max(stories, key=lambda s: len(names & {a.source for a in s.articles}))
            update = [s.text for s in story.update]
            empty += not update
            answers = {
                "update summary (--since)": update,
                "story summary": [s.text for s in story.summary],
                "new part alone": [s.text for s in story_of(fresh, words=WORDS).summary],
                "round-robin leads": round_robin(fresh, WORDS),
            }
            for name, sentences in answers.items():
                scores[name].append(_rouge(cut(sentences, WORDS), references))
    count = len(scores[systems[0]])
    print(f"DUC 2007 update: {count} parts (B given A, C given A and B), {WORDS} words, "
          f"{empty} empty update summaries")  # fmt: skip
    print()
    print("| system | ROUGE-1 R | ROUGE-2 R | update − system, ROUGE-2 (95% CI) |")
    print("|---|---:|---:|---|")
    mine = [s[1] for s in scores[systems[0]]]
    for name in systems:
        r1 = sum(s[0] for s in scores[name]) / count
        r2 = sum(s[1] for s in scores[name]) / count
        if name == systems[0]:
            interval = "—"
        else:
            d, lo, hi = paired_bootstrap(mine, [s[1] for s in scores[name]])
            interval = f"{d:+.2f} ({lo:+.2f}, {hi:+.2f})"
        print(f"| {name} | {r1:.2f} | {r2:.2f} | {interval} |")


if __name__ == "__main__":
    main()
