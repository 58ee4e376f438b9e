"""Results as plain data: the JSON schema of tradesum, defined once.

Every JSON-like output (``--format json``, ``jsonl``, the export's JSON) is built from
these functions and dumped once; nothing assembles JSON by hand.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from tradesum._version import __version__
from tradesum.errors import Failure
from tradesum.figure import Figure
from tradesum.inputs.kind import Article
from tradesum.summary import DocumentSummary, Result

if TYPE_CHECKING:
    from tradesum.comparison import Comparison, PairComparison, SentenceRef
    from tradesum.digest import Digest, Story, StoryFigure
    from tradesum.export import Report
    from tradesum.figure_table import FigureRow, FigureTable

#: Bump when a field is removed or changes meaning; adding fields keeps the version.
SCHEMA_VERSION = 1


def _provenance(item: DocumentSummary | Article) -> dict[str, Any]:
    """Where an article came from and what is known of it, as both records give it."""
    return {
        "source": item.source,
        **({"origin": item.origin} if item.origin else {}),
        "url": item.url,
        "date": item.date,
        "date_source": item.date_source,
        "language": item.language,
    }


def summary_data(doc: DocumentSummary) -> dict[str, Any]:
    return {
        **_provenance(doc),
        "title": doc.title,
        "method": doc.method,
        "summary": [
            {"text": s.text, "index": s.index, "score": s.score, "parts": dict(s.parts)}
            for s in doc.summary
        ],
        "keywords": [{"phrase": k.phrase, "score": k.score} for k in doc.keywords],
        "figures": [figure_data(f) for f in doc.figures],
        "warnings": list(doc.warnings),
        "stats": {
            "sentences": doc.sentence_count,
            "words": doc.word_count,
            "summary_sentences": len(doc.summary),
            "summary_words": doc.summary_word_count,
            "compression": doc.compression,
        },
    }


def failure_data(failure: Failure) -> dict[str, Any]:
    return {"source": failure.source, "error": failure.message}


def article_data(article: Article) -> dict[str, Any]:
    """An article as read (``tradesum extract``)."""
    return {
        **_provenance(article),
        "title": article.title,
        "author": article.author,
        "site": article.site,
        "text": article.body,
        "warnings": list(article.notes),
    }


def read_data(result: Article | Failure) -> dict[str, Any]:
    return article_data(result) if isinstance(result, Article) else failure_data(result)


def articles_data(results: Iterable[Article | Failure]) -> dict[str, Any]:
    return {**_header(), "articles": [read_data(r) for r in results]}


def result_data(result: Result) -> dict[str, Any]:
    return summary_data(result) if isinstance(result, DocumentSummary) else failure_data(result)


def _header() -> dict[str, Any]:
    return {"schema_version": SCHEMA_VERSION, "tool": {"name": "tradesum", "version": __version__}}


def documents_data(results: Iterable[Result]) -> dict[str, Any]:
    return {**_header(), "documents": [result_data(r) for r in results]}


def dumps(data: Any, *, indent: int | None = 2) -> str:
    """The one JSON encoder: sorted keys, real UTF-8 characters, no NaN."""
    return json.dumps(data, indent=indent, sort_keys=True, ensure_ascii=False, allow_nan=False)


def figure_data(f: Figure) -> dict[str, Any]:
    """A figure as data: every field of :class:`tradesum.figure.Figure` but its offsets."""
    return {
        "text": f.text,
        "kind": f.kind.value,
        "sentence_index": f.sentence_index,
        "value": f.value,
        "unit": f.unit,
        "direction": f.direction,
        "approx": f.approx,
        "bound": f.bound,
        "low": f.low,
        "high": f.high,
        "period": f.period,
        "subject": f.subject,
        "entity": f.entity,
        "change": f.change,
        "linked": f.linked,
    }


def _sentence(ref: SentenceRef) -> dict[str, Any]:
    return {"index": ref.index, "text": ref.text, "score": ref.score}


def pair_data(pair: PairComparison) -> dict[str, Any]:
    return {
        "a": pair.a,
        "b": pair.b,
        "similarity": pair.similarity,
        "same_story": pair.same_story,
        "shared_keywords": list(pair.shared_keywords),
        "only_a_keywords": list(pair.only_a_keywords),
        "only_b_keywords": list(pair.only_b_keywords),
        "shared_names": list(pair.shared_names),
        "only_a_names": list(pair.only_a_names),
        "only_b_names": list(pair.only_b_names),
        "only_a_figures": [figure_data(f) for f in pair.only_a_figures],
        "only_b_figures": [figure_data(f) for f in pair.only_b_figures],
        "aligned": [
            {"a": _sentence(x.a), "b": _sentence(x.b), "score": x.score} for x in pair.aligned
        ],
        "only_in_a": [_sentence(r) for r in pair.only_in_a],
        "only_in_b": [_sentence(r) for r in pair.only_in_b],
        "figure_differences": [
            {
                "kind": d.kind.value,
                "a": {**figure_data(d.a), "sentence": d.a_sentence},
                "b": {**figure_data(d.b), "sentence": d.b_sentence},
            }
            for d in pair.figure_differences
        ],
    }


def comparison_data(comparison: Comparison) -> dict[str, Any]:
    sources = [d.source for d in comparison.documents]
    return {
        **_header(),
        "documents": [
            {"source": d.source, "title": d.title, "language": d.language}
            for d in comparison.documents
        ],
        "similarity": [list(row) for row in comparison.similarity],
        "groups": [list(group) for group in comparison.groups],
        "every_pair": comparison.every_pair,
        "pairs": [pair_data(p) for p in comparison.pairs],
        "joint_summary": [
            {**_sentence(r), "doc": r.doc, "source": sources[r.doc]}
            for r in comparison.joint_summary
        ],
    }


def report_data(report: Report) -> dict[str, Any]:
    return {
        **_header(),
        "settings": dict(report.settings),
        "documents": [result_data(r) for r in report.results],
        "comparison": comparison_data(report.comparison) if report.comparison else None,
    }


def story_data(story: Story) -> dict[str, Any]:
    return {
        "id": story.id,
        "title": story.title,
        "new": story.new,
        "sources": story.sources,
        "articles": [
            {"source": a.source, "title": a.title, "date": a.date, "url": a.url,
             "copies": list(a.copies), "language": a.language}
            for a in story.articles
        ],
        "summary": [
            {"text": s.text, "source": s.source, "index": s.index, "new": s.new}
            for s in story.summary
        ],
        "update": [{"text": s.text, "source": s.source, "index": s.index} for s in story.update],
        "figures": [_story_figure(f) for f in story.figures],
        "conflicts": [
            {"a": _story_figure(c.a), "b": _story_figure(c.b)} for c in story.conflicts
        ],
    }  # fmt: skip


def _story_figure(f: StoryFigure) -> dict[str, Any]:
    return {
        **figure_data(f.figure),
        "source": f.source,
        "sentence": f.sentence,
        "new": f.new,
        "was": f.was,
    }


def figure_row_data(row: FigureRow) -> dict[str, Any]:
    """One row of a figures table: the figure, its article and its sentence."""
    return {
        "source": row.source,
        "date": row.date,
        "title": row.title,
        "language": row.language,
        **figure_data(row.figure),
        "sentence": row.sentence,
    }


def figures_data(table: FigureTable) -> dict[str, Any]:
    return {
        **_header(),
        "settings": {"kinds": sorted(k.value for k in table.kinds), "about": table.about},
        "figures": [figure_row_data(r) for r in table.rows],
        "failures": [failure_data(f) for f in table.failures],
    }


def digest_data(digest: Digest) -> dict[str, Any]:
    return {
        **_header(),
        "settings": {"words": digest.words, "since": digest.since},
        "stories": [story_data(s) for s in digest.stories],
        "failures": [failure_data(f) for f in digest.failures],
    }
