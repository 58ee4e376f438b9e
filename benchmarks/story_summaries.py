"""Per-story summaries: ROUGE-1/2 recall of ``digest``'s story summary on the dev story
clusters, beside multi-document baselines, in one run.

    python -m benchmarks.story_summaries [--data ../shared/data] [--limit N]

DUC 2007 main clusters that have reference summaries (23 clusters of 25 articles, four
250-word references each) at 250 words; Multi-News test clusters (100, Wayback
boilerplate pages left out, one editor-written reference) at the reference's length in
words. Every summary is cut at that many words (the DUC convention) and scored with
rouge-score (Porter stemmer), recall averaged over a cluster's references. Intervals
are 95% paired-bootstrap intervals of tradesum's mean ROUGE-2 recall minus each
baseline's, over clusters.

Baselines, all reading the same sentences (tradesum's splitter): the first article's
lead; the first sentences of each article, round-robin; sentences ranked by cosine to
the cluster's TF-IDF centroid (IDF over the cluster's sentences) with MMR (0.7
relevance); sumy LexRank and TextRank and summa TextRank over the articles one after
the other.
"""

from __future__ import annotations

import argparse
import json
import math
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from benchmarks.metrics import paired_bootstrap
from tradesum.analysis import Analysis, Needs, analyse
from tradesum.digest import story_of
from tradesum.inputs import parse_text
from tradesum.methods import parse_method
from tradesum.nlp import is_content_word

DEFAULT_DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
Summarizer = Callable[[list[Analysis], int], list[str]]


def clusters(root: Path, limit: int | None) -> dict[str, list[tuple[list[str], list[str], int]]]:
    """Per set: (article texts, references, word budget) per cluster."""
    out: dict[str, list[tuple[list[str], list[str], int]]] = {"DUC 2007 (250 words)": [],
                                                              "Multi-News": []}  # fmt: skip
    for line in (root / "duc2007_main.jsonl").open(encoding="utf-8"):
        cluster = json.loads(line)
        references = [r if isinstance(r, str) else r["text"] for r in cluster["references"]]
        if references:
            texts = [f"{d.get('headline') or ''}\n\n{d['text']}" for d in cluster["documents"]]
            out["DUC 2007 (250 words)"].append((texts, references, 250))
    for line in (root / "multinews.jsonl").open(encoding="utf-8"):
        cluster = json.loads(line)
        texts = [d["text"] for d in cluster["documents"] if not d.get("flag") and d["text"].strip()]
        if texts:
            reference = cluster["reference"]
            out["Multi-News"].append((texts, [reference], len(reference.split())))
    return {name: items[:limit] if limit else items for name, items in out.items()}


def cut(sentences: Sequence[str], words: int) -> str:
    return " ".join(" ".join(sentences).split()[:words])


def _sentences(analyses: list[Analysis]) -> list[str]:
    return [s.text for a in analyses for s in a.parsed.sentences]


def ours(analyses: list[Analysis], words: int) -> list[str]:
    return [s.text for s in story_of(analyses, words=words).summary]


def first_lead(analyses: list[Analysis], words: int) -> list[str]:
    return [s.text for s in analyses[0].parsed.sentences]


def round_robin(analyses: list[Analysis], words: int) -> list[str]:
    out, depth = [], 0
    while sum(len(s.split()) for s in out) < words:
        added = False
        for analysis in analyses:
            if depth < len(analysis.parsed.sentences):
                out.append(analysis.parsed.sentences[depth].text)
                added = True
        if not added:
            break
        depth += 1
    return out


def centroid_mmr(analyses: list[Analysis], words: int) -> list[str]:
    sentences = [s for a in analyses for s in a.parsed.sentences]
    bags = [Counter(t.lower() for t in s.tokens if is_content_word(t)) for s in sentences]
    df = Counter(term for bag in bags for term in bag)
    vocabulary = {term: k for k, term in enumerate(df)}
    matrix = np.zeros((len(bags), len(vocabulary)))
    for row, bag in enumerate(bags):
        for term, tf in bag.items():
            matrix[row, vocabulary[term]] = tf * math.log(len(bags) / df[term])
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    unit = matrix / np.where(norms == 0, 1.0, norms)
    centroid = unit.mean(axis=0)
    relevance = unit @ (centroid / (np.linalg.norm(centroid) or 1.0))
    chosen: list[int] = []
    total = 0
    remaining = set(range(len(sentences)))
    while remaining and total < words:

        def gain(k: int) -> float:
            repeat = max((float(unit[k] @ unit[c]) for c in chosen), default=0.0)
            return 0.7 * float(relevance[k]) - 0.3 * repeat

        best = max(remaining, key=lambda k: (gain(k), -k))
        remaining.discard(best)
        chosen.append(best)
        total += len(sentences[best].text.split())
    return [sentences[k].text for k in chosen]


def _sumy(name: str) -> Summarizer:
    def run(analyses: list[Analysis], words: int) -> list[str]:
        from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
        from sumy.nlp.stemmers import Stemmer
        from sumy.utils import get_stop_words

        from tradesum.nlp import SumyTokenizer

        tokenizer = SumyTokenizer()
        paragraphs = [
            Paragraph([Sentence(s.text, tokenizer) for s in a.parsed.sentences]) for a in analyses
        ]
        document = ObjectDocumentModel(paragraphs)
        if name == "lexrank":
            from sumy.summarizers.lex_rank import LexRankSummarizer as cls
        else:
            from sumy.summarizers.text_rank import TextRankSummarizer as cls
        summarizer = cls(Stemmer("english"))
        summarizer.stop_words = get_stop_words("english")
        captured: dict[str, Any] = {}
        best = summarizer._get_best_sentences

        def grab(sentences: Any, count: Any, rating: Any, *rest: Any, **named: Any) -> Any:
            captured["rating"] = rating
            return best(sentences, count, rating, *rest, **named)

        summarizer._get_best_sentences = grab
        summarizer(document, len(document.sentences))
        rating = captured["rating"]
        order = sorted(range(len(document.sentences)), key=lambda k: -rating[document.sentences[k]])
        chosen, total = [], 0
        for k in order:  # the best sentences until the budget is met, in document order
            if total >= words:
                break
            chosen.append(k)
            total += len(str(document.sentences[k]).split())
        return [str(document.sentences[k]) for k in sorted(chosen)]

    return run


def summa_textrank(analyses: list[Analysis], words: int) -> list[str]:
    from summa import summarizer

    text = "\n".join(_sentences(analyses))
    return summarizer.summarize(text, words=words, split=True) or []


CONTENDERS: dict[str, Summarizer] = {
    "tradesum digest": ours,
    "TF-IDF centroid + MMR": centroid_mmr,
    "round-robin leads": round_robin,
    "first article's lead": first_lead,
    "sumy LexRank": _sumy("lexrank"),
    "sumy TextRank": _sumy("textrank"),
    "summa TextRank": summa_textrank,
}


def main(argv: Sequence[str] | None = None) -> None:
    from rouge_score import rouge_scorer

    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args(argv)
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2"], use_stemmer=True)
    needs = Needs.of(parse_method(None), 15, compare=True)
    for set_name, items in clusters(args.data / "multidoc", args.limit).items():
        scores: dict[str, list[tuple[float, float]]] = {n: [] for n in CONTENDERS}
        for texts, references, words in items:
            analyses = []
            for k, text in enumerate(texts):
                try:
                    analyses.append(analyse(parse_text(text, source=f"doc{k}"), needs))
                except Exception:  # an article with no sentence
                    continue
            for name, summarize in CONTENDERS.items():
                summary = cut(summarize(analyses, words), words)
                r1 = [scorer.score(ref, summary)["rouge1"].recall for ref in references]
                r2 = [scorer.score(ref, summary)["rouge2"].recall for ref in references]
                scores[name].append((100 * sum(r1) / len(r1), 100 * sum(r2) / len(r2)))
        ours_r2 = [s[1] for s in scores["tradesum digest"]]
        print(f"\n{set_name}: {len(items)} clusters\n")
        print("| summarizer | ROUGE-1 R | ROUGE-2 R | tradesum − it, ROUGE-2 (95% CI) |")
        print("|---|---:|---:|---|")
        for name, rows in scores.items():
            r1 = sum(s[0] for s in rows) / len(rows)
            r2 = sum(s[1] for s in rows) / len(rows)
            if name == "tradesum digest":
                delta = "—"
            else:
                d, low, high = paired_bootstrap(ours_r2, [s[1] for s in rows])
                delta = f"{d:+.2f} [{low:+.2f}, {high:+.2f}]"
            print(f"| {name} | {r1:.2f} | {r2:.2f} | {delta} |", flush=True)


if __name__ == "__main__":
    main()
