"""``--format csv``: a figures table for spreadsheets (``tradesum figures`` only).

One header row, then one row per figure, written by the standard library's ``csv``
module (RFC 4180 quoting, CRLF line ends), with the columns of
:data:`COLUMNS`: the fields of the JSON rows (:func:`tradesum.render.data.figure_row_data`)
in the order an analyst reads them. Empty cells for unknown values.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from tradesum.render import Style
from tradesum.render.data import figure_row_data

if TYPE_CHECKING:
    from tradesum.figure_table import FigureTable

COLUMNS = (
    "date", "source", "title", "language", "subject", "entity", "text", "kind", "value", "unit",
    "low", "high", "direction", "approx", "bound", "period", "change", "sentence_index",
    "sentence",
)  # fmt: skip


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return f"{value:.15g}"
    return value


class CSVRenderer:
    description = "csv (tradesum figures: a table for spreadsheets)"
    results = ("figures",)

    def figures(self, table: FigureTable, style: Style) -> Iterator[str]:
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(COLUMNS)
        yield buffer.getvalue()
        for row in table.rows:
            buffer.seek(0)
            buffer.truncate()
            data = figure_row_data(row)
            writer.writerow([_cell(data[c]) for c in COLUMNS])
            yield buffer.getvalue()


RENDERER = CSVRenderer()
