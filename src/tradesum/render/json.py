"""JSON output: ``--format json`` documents, ``--format jsonl`` lines, compare and export."""

from __future__ import annotations

from collections.abc import Iterable

from tradesum.comparison import Comparison
from tradesum.export import Report
from tradesum.render.data import (
    comparison_data,
    documents_data,
    dumps,
    report_data,
    result_data,
)
from tradesum.summary import Result


def render_json(results: Iterable[Result]) -> str:
    return dumps(documents_data(results)) + "\n"


def render_jsonl_line(result: Result) -> str:
    """One JSON Lines record: a document object, or ``{"source", "error"}``."""
    return dumps(result_data(result), indent=None) + "\n"


def render_comparison_json(comparison: Comparison) -> str:
    return dumps(comparison_data(comparison)) + "\n"


def render_report_json(report: Report) -> str:
    return dumps(report_data(report)) + "\n"
