"""The languages tradesum reads: one :class:`~tradesum.lexicon.Lexicon` per module,
registered here by ISO 639-1 code. Adding a language is a module and one line below."""

from __future__ import annotations

from tradesum.errors import UsageError
from tradesum.languages.de import GERMAN
from tradesum.languages.en import ENGLISH
from tradesum.languages.es import SPANISH
from tradesum.languages.fr import FRENCH
from tradesum.lexicon import Lexicon

#: The lexicons tradesum has, by ISO 639-1 code.
LEXICONS: dict[str, Lexicon] = {
    lexicon.code: lexicon for lexicon in (ENGLISH, GERMAN, FRENCH, SPANISH)
}


def lexicon_for(code: str) -> Lexicon:
    """The lexicon for a language code; raises UsageError listing the ones there are."""
    try:
        return LEXICONS[code.lower()]
    except KeyError:
        raise UsageError(
            f"no lexicon for language {code!r}; tradesum has: {', '.join(sorted(LEXICONS))}"
        ) from None


__all__ = ["ENGLISH", "FRENCH", "GERMAN", "LEXICONS", "SPANISH", "lexicon_for"]
