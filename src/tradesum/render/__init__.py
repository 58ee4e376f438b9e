"""Renderers: one module per output format, all fed the same result objects.

``data`` turns results into plain JSON-ready data (the one place the schema is
defined); ``json``, ``plain``, ``markdown`` and ``rich`` turn that into output.
"""

from __future__ import annotations

from enum import StrEnum


class Format(StrEnum):
    RICH = "rich"
    PLAIN = "plain"
    JSON = "json"
    JSONL = "jsonl"
    MARKDOWN = "markdown"
