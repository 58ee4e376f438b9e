"""tradesum: read trade and economic news fast.

The library behind the ``tradesum`` command. Plain functions take text and return
frozen dataclasses::

    import tradesum
    result = tradesum.summarize(article_text, sentences=3, keywords=8)
    for sentence in result.summary:
        print(sentence.index, sentence.text)

    comparison = tradesum.compare([text_a, text_b])

Heavy dependencies (numpy, scipy, sumy) load on first use, not on import.
"""

from tradesum._version import __version__
from tradesum.compare import Comparison, compare
from tradesum.errors import ExitCode, Failure, InputError, OutputError, TradesumError, UsageError
from tradesum.figures import Figure, FigureKind
from tradesum.keywords import Keyword
from tradesum.methods import Method
from tradesum.summarize import DocumentSummary, Length, SummarySentence, summarize

__all__ = [
    "Comparison",
    "DocumentSummary",
    "ExitCode",
    "Failure",
    "Figure",
    "FigureKind",
    "InputError",
    "Keyword",
    "Length",
    "Method",
    "OutputError",
    "SummarySentence",
    "TradesumError",
    "UsageError",
    "__version__",
    "compare",
    "summarize",
]
