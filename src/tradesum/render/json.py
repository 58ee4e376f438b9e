"""``--format json`` (one document) and ``--format jsonl`` (one line per result)."""

from __future__ import annotations

from collections.abc import Iterable

from tradesum._version import __version__
from tradesum.compare import Comparison
from tradesum.export import Report
from tradesum.render.data import (
    SCHEMA_VERSION,
    Result,
    comparison_data,
    documents_data,
    dumps,
    result_data,
)


def render_json(results: Iterable[Result]) -> str:
    return dumps(documents_data(results)) + "\n"


def render_jsonl_line(result: Result) -> str:
    """One JSON Lines record: a document object, or ``{"source", "error"}``."""
    return dumps(result_data(result), indent=None) + "\n"


def render_comparison_json(comparison: Comparison) -> str:
    return dumps(comparison_data(comparison)) + "\n"


def render_report_json(report: Report) -> str:
    data = {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "tradesum", "version": __version__},
        "settings": dict(report.settings),
        "documents": [result_data(r) for r in report.results],
        "comparison": comparison_data(report.comparison) if report.comparison else None,
    }
    return dumps(data) + "\n"
