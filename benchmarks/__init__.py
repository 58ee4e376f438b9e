"""Benchmarks: read ../shared/data, run tradesum beside its peers, print tables."""
