"""The language of an article's text, as an ISO 639-1 code.

Text whose words are mostly English function words is English at once: that is most
of what tradesum reads, and it keeps the detector's model (about 0.7 s to load) out of
English-only runs. Anything else goes to py3langid, which ships its model inside its
package (nothing is downloaded) and tells 97 languages apart, Chinese, Japanese and
Korean among them, whatever the script.
"""

from __future__ import annotations

import re
from functools import lru_cache

#: Characters of the text the decision is made on.
SAMPLE_CHARS = 4000
#: Share of a text's words that must be English stop words for the fast path.
ENGLISH_SHARE = 0.3
#: Fewer letters than this: too little text to tell.
MIN_LETTERS = 12
#: Text in Latin letters with fewer words than this, and not plainly English, is too
#: little to tell: "Ultramar 1986 net loss 62.1 mln stg" came out Luxembourgish.
MIN_LATIN_WORDS = 10
_WORD = re.compile(r"[^\W\d_]+")


def detect(text: str) -> str | None:
    """The language code of ``text`` ("en", "fr", "zh", ...), or None when there is too
    little text to tell."""
    sample = text[:SAMPLE_CHARS]
    words = _WORD.findall(sample)
    letters = sum(len(w) for w in words)
    if letters < MIN_LETTERS:
        return None
    latin = [w.lower() for w in words if w.isascii()]
    if len(latin) >= 0.8 * len(words) and len(latin) >= 3:
        stop_words = _english_stop_words()
        if sum(w in stop_words for w in latin) >= ENGLISH_SHARE * len(latin):
            return "en"
        if len(words) < MIN_LATIN_WORDS:
            return None
    return _identify(sample)


@lru_cache(maxsize=1)
def _english_stop_words() -> frozenset[str]:
    from tradesum.languages import ENGLISH

    return ENGLISH.stop_words()


#: Codes the detector gives to text with too little language in it to tell: Nigerian
#: Pidgin and "no linguistic content" for English earnings tables ("Shr 45 cts vs 58
#: cts"), Volapük, Latin. Such text is of no known language (None), not of that one.
UNTOLD = frozenset({"pcm", "zxx", "vo", "la", "ltg", "wa"})


def _identify(sample: str) -> str | None:
    import py3langid

    code, _score = py3langid.classify(sample)
    return str(code) if code and code not in UNTOLD else None
