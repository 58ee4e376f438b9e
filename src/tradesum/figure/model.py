"""What a figure is: :class:`Figure` and its :class:`FigureKind`."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class FigureKind(StrEnum):
    PERCENT = "percent"
    MONEY = "money"
    #: A physical or time measure: tonnes, barrels per day, miles, years.
    MEASURE = "measure"
    #: A number of things, with the noun counted: "13,000 workers".
    COUNT = "count"
    #: A number the sentence gives no unit for, but a scale or change: "rose to 3.65".
    NUMBER = "number"
    DATE = "date"


@dataclass(frozen=True, slots=True)
class Figure:
    """A figure of an article, read from its sentence (``sentence_index``, 0-based)."""

    text: str
    kind: FigureKind
    sentence_index: int
    #: The signed value after scale words ("$1.2bn" -> 1.2e9); None for a range or a date.
    value: float | None = None
    #: "%", "pp" (percentage points), "bp" (basis points), an ISO 4217 code (a money
    #: rate adds "per barrel"), a measure ("tonnes", "barrels per day") or a counted noun.
    unit: str | None = None
    direction: str | None = None  # "up" | "down"
    approx: bool = False  # "about", "nearly", "some"
    bound: str | None = None  # "min" ("more than") | "max" ("up to")
    low: float | None = None  # a range's ends
    high: float | None = None
    period: str | None = None  # "May", "year on year", "2025-26", "a year"
    subject: str | None = None  # what the figure measures: "exports to China"
    entity: str | None = None  # the place or company it is about: "China"
    change: str | None = None  # "from" | "to": the ends of "from A to B"
    #: In a change, the other end's index in the document's figures.
    linked: int | None = None
    #: Where the figure's text is in its sentence (characters).
    start: int = 0
    end: int = 0


#: Dates are figures too, but apart: no value, and no period or subject.
DATE = FigureKind.DATE
