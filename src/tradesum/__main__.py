"""``python -m tradesum``: the same as the ``tradesum`` command."""

from tradesum.cli import main

main()
