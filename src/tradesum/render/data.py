"""Results as plain data: the JSON schema of tradesum, defined once.

Every JSON-like output (``--format json``, ``jsonl``, the export's JSON) is built from
these functions and dumped once; nothing assembles JSON by hand.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from tradesum._version import __version__
from tradesum.errors import Failure
from tradesum.summarize import DocumentSummary

#: Bump when a field is removed or changes meaning; adding fields keeps the version.
SCHEMA_VERSION = 1

Result = DocumentSummary | Failure


def summary_data(doc: DocumentSummary) -> dict[str, Any]:
    return {
        "source": doc.source,
        "title": doc.title,
        "method": doc.method,
        "summary": [
            {"text": s.text, "index": s.index, "score": s.score, "parts": dict(s.parts)}
            for s in doc.summary
        ],
        "keywords": [{"phrase": k.phrase, "score": k.score} for k in doc.keywords],
        "figures": [
            {
                "text": f.text,
                "kind": f.kind.value,
                "sentence_index": f.sentence_index,
                "value": f.value,
                "unit": f.unit,
            }
            for f in doc.figures
        ],
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


def result_data(result: Result) -> dict[str, Any]:
    return summary_data(result) if isinstance(result, DocumentSummary) else failure_data(result)


def documents_data(results: Iterable[Result]) -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "tradesum", "version": __version__},
        "documents": [result_data(r) for r in results],
    }


def dumps(data: Any, *, indent: int | None = 2) -> str:
    """The one JSON encoder: sorted keys, real UTF-8 characters, no NaN."""
    return json.dumps(data, indent=indent, sort_keys=True, ensure_ascii=False, allow_nan=False)
