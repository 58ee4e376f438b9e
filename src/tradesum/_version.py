"""The single source of tradesum's version."""

__version__ = "0.1.0"
