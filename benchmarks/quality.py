"""Summary and keyphrase quality: tradesum's defaults beside every peer, in one run.

    pip install -e ".[bench]"
    python -m benchmarks.quality                 # every table
    python -m benchmarks.quality --only kpcrowd  # one set (cnndm, validation, train, bbc,
                                                 # kpcrowd, duc2001)

* CNN/Daily Mail sample (100 articles): 3-sentence summaries against the human
  highlights; ROUGE-1/2/L F1 with stemming (rouge-score).
* BBC News Summary (1,111 articles): k sentences, k being the number of article
  sentences found verbatim in the reference; the same ROUGE.
* 500N-KPCrowd (250 documents): top-10 keyphrases; precision, recall and F1 at 10 after
  lower-casing and Snowball-stemming both sides; exact match; averaged over documents.
* DUC-2001 (154 documents, Wan and Xiao's multi-word keyphrases): the same. YAKE runs
  at n = 1, 2 and 3, its best settings on the two sets.

Every summarizer gets the same sentences (our splitter). Lead-k is the raw first k
sentences; sumy's methods run through tradesum's registry (our words and sentences);
summa gets our sentences one per line and its scores pick the top k.
"""

from __future__ import annotations

import argparse
import json
import math
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from benchmarks.metrics import keyphrase_prf, normalize_phrase, paired_bootstrap
from tradesum.analysis import Needs, analyse_parsed
from tradesum.inputs import Article
from tradesum.inputs import parse_text as parse
from tradesum.keywords import extract_keywords
from tradesum.methods import Method
from tradesum.nlp import Parsed, is_content_word, parse_article, tokenize
from tradesum.summary import Length, summarize_analysis

DEFAULT_DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"

Summarizer = Callable[[Parsed, int], list[str]]


# --------------------------------------------------------------------------- data


def cnndm(root: Path) -> list[tuple[Article, str]]:
    rows = [json.loads(line) for line in (root / "cnndm" / "train_sample100.jsonl").open()]
    return [(parse(r["article"], source=r["id"]), r["highlights"]) for r in rows]


def cnndm_split(root: Path, split: str) -> list[tuple[Article, str]]:
    """CNN/Daily Mail ``validation`` or ``train`` (mostly clean text); train without the
    articles of the 100-article sample the weights were first fitted on."""
    sample = {json.loads(line)["id"] for line in (root / "cnndm" / "train_sample100.jsonl").open()}
    rows = [json.loads(line) for line in (root / "cnndm" / f"{split}.jsonl").open()]
    return [
        (parse(r["article"], source=r["id"]), r["highlights"])
        for r in rows
        if r["id"] not in sample
    ]


def bbc(root: Path) -> list[tuple[Article, str]]:
    out = []
    for path in sorted((root / "bbc" / "articles").glob("*/*.txt")):
        reference = root / "bbc" / "summaries" / path.parent.name / path.name
        raw = path.read_bytes()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("latin-1")
        out.append((parse(text, source=str(path)), reference.read_text(encoding="latin-1")))
    return out


def kpcrowd(root: Path, name: str = "kpcrowd") -> list[tuple[Article, list[str]]]:
    """A keyphrase set laid out as ``docs/*.txt`` and ``keys/*.key`` (KPCrowd, and
    DUC-2001 with ``name="duc2001"``): each article with its gold keyphrases."""
    out = []
    for path in sorted((root / name / "docs").glob("*.txt")):
        keys = root / name / "keys" / f"{path.stem}.key"
        gold = [k.strip() for k in keys.read_text(encoding="utf-8").splitlines() if k.strip()]
        text = path.read_text(encoding="utf-8", errors="replace")
        out.append((parse(text, source=str(path)), gold))
    return out


# --------------------------------------------------------------------------- summarizers


def ours(method: Method) -> Summarizer:
    def run(parsed: Parsed, k: int) -> list[str]:
        analysis = analyse_parsed(parsed, Needs.of(method, 0))
        result = summarize_analysis(analysis, length=Length(sentences=k), method=method, keywords=0)
        return [s.text for s in result.summary]

    return run


def lead_raw(parsed: Parsed, k: int) -> list[str]:
    return [s.text for s in parsed.sentences[:k]]


def summa_textrank(parsed: Parsed, k: int) -> list[str]:
    from summa import summarizer

    text = "\n".join(s.text for s in parsed.sentences)
    scored = summarizer.summarize(text, ratio=1.0, split=True, scores=True)
    best = sorted(scored, key=lambda item: -item[1])[:k]
    chosen = {sentence for sentence, _ in best}
    return [s.text for s in parsed.sentences if s.text in chosen][:k]


def summary_peers() -> dict[str, Summarizer]:
    peers: dict[str, Summarizer] = {"tradesum news (default)": ours(Method.NEWS)}
    peers["Lead-k (raw first sentences)"] = lead_raw
    peers["summa TextRank"] = summa_textrank
    for method in Method:
        if method not in (Method.NEWS, Method.LEAD):
            peers[f"sumy {method.value}"] = ours(method)
    return peers


def rouge_table(
    name: str, items: Sequence[tuple[Parsed, str, int]], peers: dict[str, Summarizer]
) -> list[tuple[str, float, float, float, float]]:
    from rouge_score import rouge_scorer

    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=True)
    rows = []
    per_item: dict[str, dict[str, list[float]]] = {}
    for label, summarize in peers.items():
        totals = Counter[str]()
        per_item[label] = {key: [] for key in ("rouge1", "rouge2", "rougeL")}
        started = time.perf_counter()
        for parsed, reference, k in items:
            try:
                summary = "\n".join(summarize(parsed, k))
            except Exception:  # a peer that fails on a document scores 0 there
                summary = ""
            scores = scorer.score(reference, summary)
            for key in ("rouge1", "rouge2", "rougeL"):
                totals[key] += scores[key].fmeasure
                per_item[label][key].append(100 * scores[key].fmeasure)
        seconds = time.perf_counter() - started
        n = len(items)
        rows.append(
            (label, 100 * totals["rouge1"] / n, 100 * totals["rouge2"] / n,
             100 * totals["rougeL"] / n, seconds)
        )  # fmt: skip
    rows.sort(key=lambda r: -r[1] - r[2] - r[3])
    print(f"\n### {name} ({len(items)} documents)\n")
    print("| method | ROUGE-1 | ROUGE-2 | ROUGE-L | seconds |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for label, r1, r2, rl, seconds in rows:
        print(f"| {label} | {r1:.1f} | {r2:.1f} | {rl:.1f} | {seconds:.1f} |")
    ours_ = next(iter(peers))
    if len(rows) > 1:
        print()
        for i, key in enumerate(("rouge1", "rouge2", "rougeL")):
            best = max((r for r in rows if r[0] != ours_), key=lambda r: r[1 + i])[0]
            mean, low, high = paired_bootstrap(per_item[ours_][key], per_item[best][key])
            interval = f"95% paired bootstrap {low:+.2f} to {high:+.2f}"
            print(f"{key}: {ours_} minus {best} {mean:+.2f} ({interval})")
    return rows


def bbc_length(parsed: Parsed, reference: str) -> int:
    flat = " ".join(reference.split())
    return max(1, sum(1 for s in parsed.sentences if " ".join(s.text.split()) in flat))


# --------------------------------------------------------------------------- keyphrases

Extractor = Callable[[Parsed], list[str]]


def kp_ours(parsed: Parsed) -> list[str]:
    return [k.phrase for k in extract_keywords(parsed, 10)]


def kp_yake(n: int) -> Extractor:
    """YAKE with phrases of up to ``n`` words (its default is 3; 1 is best on KPCrowd,
    2 and 3 on DUC-2001), its other settings at their defaults."""
    import yake

    extractor = yake.KeywordExtractor(lan="en", n=n, top=10)

    def run(parsed: Parsed) -> list[str]:
        return [k for k, _ in extractor.extract_keywords(_text(parsed))]

    return run


def kp_summa(parsed: Parsed) -> list[str]:
    from summa import keywords

    try:
        return list(keywords.keywords(_text(parsed), words=10, split=True))[:10]
    except (IndexError, ValueError, ZeroDivisionError):
        return []


def kp_rake(parsed: Parsed) -> list[str]:
    from rake_nltk import Rake

    from tradesum.nlp import split_sentences, stop_words

    rake = Rake(
        stopwords=set(stop_words()),
        sentence_tokenizer=split_sentences,
        word_tokenizer=lambda s: tokenize(s),
    )
    rake.extract_keywords_from_text(_text(parsed))
    return rake.get_ranked_phrases()[:10]


def kp_frequent(parsed: Parsed) -> list[str]:
    counts = Counter(t.lower() for s in parsed.sentences for t in s.tokens if is_content_word(t))
    return [w for w, _ in counts.most_common(10)]


def kp_tfidf(documents: Sequence[Parsed]) -> Extractor:
    df = Counter[str]()
    for parsed in documents:
        df.update({t.lower() for s in parsed.sentences for t in s.tokens if is_content_word(t)})
    n = len(documents)

    def run(parsed: Parsed) -> list[str]:
        tf = Counter(t.lower() for s in parsed.sentences for t in s.tokens if is_content_word(t))
        weight = {w: c * (math.log((1 + n) / (1 + df[w])) + 1) for w, c in tf.items()}
        return [w for w, _ in sorted(weight.items(), key=lambda kv: (-kv[1], kv[0]))[:10]]

    return run


def _text(parsed: Parsed) -> str:
    article = parsed.article
    return "\n\n".join(([article.title] if article.title else []) + list(article.paragraphs))


def keyphrase_table(name: str, items: Sequence[tuple[Parsed, list[str]]]) -> None:
    """Precision, recall and F1 at 10 of tradesum and every peer, each peer at each of
    its settings; the interval is tradesum's F1 minus the best peer's, paired over
    documents."""
    peers: dict[str, Extractor] = {
        "tradesum (default)": kp_ours,
        "most frequent words": kp_frequent,
        "TF-IDF (IDF over the set)": kp_tfidf([p for p, _ in items]),
        **{f"YAKE (n = {n})": kp_yake(n) for n in (1, 2, 3)},
        "summa keywords": kp_summa,
        "RAKE (rake-nltk)": kp_rake,
    }
    rows, per_doc = [], {}
    for label, extract in peers.items():
        started = time.perf_counter()
        scores = [keyphrase_prf(extract(parsed), gold) for parsed, gold in items]
        seconds = time.perf_counter() - started
        n = len(scores)
        p, r, f = (100 * sum(s[i] for s in scores) / n for i in range(3))
        rows.append((label, p, r, f, seconds))
        per_doc[label] = [100 * s[2] for s in scores]
    rows.sort(key=lambda row: -row[3])
    print(f"\n### {name} ({len(items)} documents), top 10 keyphrases\n")
    print("| method | P@10 | R@10 | F1@10 | seconds |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for label, p, r, f, seconds in rows:
        print(f"| {label} | {p:.1f} | {r:.1f} | {f:.1f} | {seconds:.1f} |")
    best = max((row for row in rows if row[0] != "tradesum (default)"), key=lambda row: row[3])
    mean, low, high = paired_bootstrap(per_doc["tradesum (default)"], per_doc[best[0]])
    interval = f"95% paired bootstrap {low:+.2f} to {high:+.2f}"
    print(f"\nF1@10: tradesum minus {best[0]} {mean:+.2f} ({interval})")


# --------------------------------------------------------------------------- main


def main(argv: Iterable[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument(
        "--only",
        choices=("cnndm", "validation", "train", "bbc", "kpcrowd", "duc2001"),
        action="append",
    )
    parser.add_argument("--limit", type=int, default=0, help="first N documents of each set")
    parser.add_argument("--ours-only", action="store_true", help="skip the peers (for tuning)")
    args = parser.parse_args(list(argv) if argv is not None else None)
    wanted = args.only or ["cnndm", "validation", "train", "bbc", "kpcrowd", "duc2001"]

    def cut(items: list[tuple[Article, object]]) -> list[tuple[Article, object]]:
        return items[: args.limit] if args.limit else items

    peers = summary_peers()
    if args.ours_only:
        peers = {k: v for k, v in peers.items() if k.startswith("tradesum") or k.startswith("Lead")}
    if "cnndm" in wanted:
        items = [(parse_article(a), ref, 3) for a, ref in cut(cnndm(args.data))]  # type: ignore[arg-type]
        rouge_table("CNN/Daily Mail sample, 3 sentences", items, peers)
    for split in ("validation", "train"):
        if split in wanted:
            pairs = cut(cnndm_split(args.data, split))  # type: ignore[arg-type]
            items = [(parse_article(a), ref, 3) for a, ref in pairs]  # type: ignore[arg-type]
            what = "without the 100-article sample's articles" if split == "train" else "clean"
            rouge_table(f"CNN/Daily Mail {split} ({what}), 3 sentences", items, peers)
    if "bbc" in wanted:
        pairs = [(parse_article(a), ref) for a, ref in cut(bbc(args.data))]  # type: ignore[arg-type]
        items = [(p, ref, bbc_length(p, ref)) for p, ref in pairs]
        rouge_table("BBC News Summary, k reference sentences", items, peers)
    if "kpcrowd" in wanted:
        docs = [(parse_article(a), gold) for a, gold in cut(kpcrowd(args.data))]  # type: ignore[arg-type]
        keyphrase_table("KPCrowd", docs)
    if "duc2001" in wanted:
        pairs = cut(kpcrowd(args.data, "duc2001"))  # type: ignore[arg-type]
        docs = [(parse_article(a), gold) for a, gold in pairs]  # type: ignore[arg-type]
        keyphrase_table("DUC-2001", docs)


__all__ = ["main", "normalize_phrase"]

if __name__ == "__main__":
    main()
