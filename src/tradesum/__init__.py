"""tradesum: read trade and economic news fast.

The library behind the ``tradesum`` command. Plain functions take text and return
frozen dataclasses::

    import tradesum
    result = tradesum.summarize(article_text, sentences=3, keywords=8)
    for sentence in result.summary:
        print(sentence.index, sentence.text)

    comparison = tradesum.compare([text_a, text_b])

    for row in tradesum.figures("Exports to China fell 7% to $2.3 billion in May."):
        print(row.figure.subject, row.figure.value, row.figure.unit, row.figure.direction)

The names below load on first use, so ``import tradesum`` (and ``tradesum --help``)
stays fast; numpy, scipy and sumy load only when a document is processed.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from tradesum._version import __version__

if TYPE_CHECKING:
    from tradesum.analysis import Analysis, analyse
    from tradesum.comparison import Comparison, compare
    from tradesum.errors import (
        ExitCode,
        Failure,
        InputError,
        OutputError,
        TradesumError,
        UsageError,
    )
    from tradesum.figure import Figure, FigureKind, figure_differences, find_figures
    from tradesum.figure_table import FigureRow, FigureTable, figure_table, figures
    from tradesum.inputs import Article, load
    from tradesum.keywords import Keyword
    from tradesum.lexicon import Lexicon
    from tradesum.methods import Method
    from tradesum.summary import DocumentSummary, Length, SummarySentence, summarize

__all__ = [
    "Analysis",
    "Article",
    "Comparison",
    "DocumentSummary",
    "ExitCode",
    "Failure",
    "Figure",
    "FigureKind",
    "FigureRow",
    "FigureTable",
    "InputError",
    "Keyword",
    "Length",
    "Lexicon",
    "Method",
    "OutputError",
    "SummarySentence",
    "TradesumError",
    "UsageError",
    "__version__",
    "analyse",
    "compare",
    "figure_differences",
    "figure_table",
    "figures",
    "find_figures",
    "load",
    "summarize",
]

_HOME = {
    "Analysis": "analysis",
    "analyse": "analysis",
    "Article": "inputs",
    "load": "inputs",
    "Lexicon": "lexicon",
    "Comparison": "comparison",
    "compare": "comparison",
    "ExitCode": "errors",
    "Failure": "errors",
    "InputError": "errors",
    "OutputError": "errors",
    "TradesumError": "errors",
    "UsageError": "errors",
    "Figure": "figure",
    "FigureKind": "figure",
    "figure_differences": "figure",
    "find_figures": "figure",
    "FigureRow": "figure_table",
    "FigureTable": "figure_table",
    "figure_table": "figure_table",
    "figures": "figure_table",
    "Keyword": "keywords",
    "Method": "methods",
    "DocumentSummary": "summary",
    "Length": "summary",
    "SummarySentence": "summary",
    "summarize": "summary",
}


def __getattr__(name: str) -> Any:
    home = _HOME.get(name)
    if home is None:
        raise AttributeError(f"module 'tradesum' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"tradesum.{home}"), name)
    globals()[name] = value
    return value
