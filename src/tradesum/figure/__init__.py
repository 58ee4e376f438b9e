"""Key figures: what a number in the news says, read from its sentence.

Each figure keeps its text as written and, where the sentence gives them, its signed
value, unit (``%``, ``pp``, ``bp``, an ISO currency code, a measure, or the counted
noun), direction (``up``/``down``), approximation (``about``) and bound (``more than`` →
``min``, ``up to`` → ``max``), range (``low``/``high``), period ("in May", "year on
year"), what it measures (``subject``: "exports to China") and the place or company it
is about (``entity``). "From A to B" gives two figures, linked.

How it reads a sentence: one linear pass cuts it into tokens (numbers, words, signs);
a scanner walks them and, at each number, reads the words around it against the
lexicon's figure words (:class:`tradesum.lexicon.FigureWords`): sign and currency
before, scale, currency, percent or measure after, modifiers and direction words before
and after. No pattern backtracks, and each number looks at a bounded window of tokens,
so the cost is linear in the sentence.
"""

from tradesum.figure.differences import (
    MeasuredFigures,
    differences,
    figure_differences,
    measure_figures,
)
from tradesum.figure.model import Figure, FigureKind
from tradesum.figure.read import extract_figures, find_figures

__all__ = [
    "Figure",
    "FigureKind",
    "MeasuredFigures",
    "differences",
    "extract_figures",
    "figure_differences",
    "find_figures",
    "measure_figures",
]
