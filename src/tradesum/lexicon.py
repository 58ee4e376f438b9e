"""A language's words, in one object: everything tradesum knows of a language.

A :class:`Lexicon` holds the word lists (stop words, months and weekdays, titles,
connectors, reporting verbs, boilerplate cues, figure words) and the word functions
built on them (stem, stop-word test, background frequency), each memoised per lexicon.
The analysis of an article carries its lexicon, and every scorer, keyphrase and figure
rule reads its words from there; no module keeps a word list of its own. English is the
one lexicon today; another language is another :class:`Lexicon` registered in
:data:`LEXICONS`.
"""

from __future__ import annotations

import gzip
import importlib.resources
import importlib.util
import math
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

from tradesum.errors import UsageError

#: Entries per word-level cache (stems, frequencies, word tests): enough for the working
#: vocabulary of news, small enough that a worker's memory stays flat over an archive.
CACHE_SIZE = 16_384
#: Zipf value given to words the background table does not know (rare: names, jargon).
UNKNOWN_ZIPF = 1.5


@dataclass(frozen=True, eq=False)
class Lexicon:
    """One language's words and word functions. Compared and hashed by identity, and
    pickled by its code, so it is cheap as a cache key and travels to worker processes."""

    code: str  # ISO 639-1: "en"
    name: str  # the Snowball stemmer's and sumy's name for it: "english"
    #: Stop words beyond sumy's list for the language.
    extra_stop_words: frozenset[str]
    #: Reporting verbs: they tie quoted and paraphrased sentences of a story together.
    reporting_verbs: frozenset[str]
    #: Words that mark a sentence as unimportant (sumy's Edmundson method).
    stigma_words: tuple[str, ...]
    #: Words allowed inside a name: "Ministry of Commerce".
    name_connectors: frozenset[str]
    #: Words that join two names: "Trump and Xi".
    conjunctions: frozenset[str]
    #: Words that are never topics, alone or in a phrase.
    not_topics: frozenset[str]
    #: Words that may not start or end a phrase, though one alone may be a topic.
    weak_words: frozenset[str]
    #: Titles that stand before a name ("Commerce Secretary Howard Lutnick").
    titles: frozenset[str]
    #: Title words that also start names of their own ("General Motors").
    titles_also_names: frozenset[str]
    #: Words that qualify a name without being it ("President", "Chinese", "officials").
    name_qualifiers: frozenset[str]
    months: tuple[str, ...]
    weekdays: tuple[str, ...]
    #: A regular expression for a word form that is most likely a verb ("imposing").
    verb_form: str
    #: Sentence starts and fragments that mark bylines, stamps, credits, calls to action.
    boilerplate_start: str
    boilerplate_anywhere: str
    #: Figure words: see :mod:`tradesum.figures`, which builds its patterns from these.
    figure_words: FigureWords
    #: The words a sentence or headline of running text in the language mostly uses.
    stop_words: Callable[[], frozenset[str]] = field(init=False, repr=False)
    stem: Callable[[str], str] = field(init=False, repr=False)
    is_content_word: Callable[[str], bool] = field(init=False, repr=False)
    zipf: Callable[[str], float] = field(init=False, repr=False)
    idf: Callable[[str], float] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        put = object.__setattr__
        put(self, "stop_words", lru_cache(maxsize=1)(self._stop_words))
        put(self, "stem", lru_cache(maxsize=CACHE_SIZE)(self._stem))
        put(self, "is_content_word", lru_cache(maxsize=CACHE_SIZE)(self._is_content_word))
        put(self, "zipf", lru_cache(maxsize=CACHE_SIZE)(self._zipf))
        put(self, "idf", lru_cache(maxsize=CACHE_SIZE)(self._idf))

    def __reduce__(self) -> tuple[Any, tuple[str]]:
        return lexicon_for, (self.code,)

    @property
    def calendar(self) -> frozenset[str]:
        """Month and weekday names, lower case."""
        return frozenset(w.lower() for w in (*self.months, *self.weekdays))

    # ------------------------------------------------------------------ word functions

    def _stop_words(self) -> frozenset[str]:
        # sumy's bundled list, read as a file: importing sumy.utils pulls in requests.
        resource = importlib.resources.files("sumy") / "data" / "stopwords" / f"{self.name}.txt"
        text = resource.read_text(encoding="utf-8")
        return frozenset(w.strip() for w in text.splitlines() if w.strip()) | self.extra_stop_words

    def _stem(self, word: str) -> str:
        """The lower-cased Snowball stem; figures and abbreviations stay as they are."""
        lower = word.lower()
        if not lower[:1].isalpha() or "." in lower:
            return lower
        return str(_stemmer(self.name).stemWord(lower))

    def _is_content_word(self, token: str) -> bool:
        """A token that carries meaning: not a stop word, not a lone letter."""
        lower = token.lower()
        if lower in self.stop_words():
            return False
        return len(lower) > 1 or lower.isdigit()

    def _zipf(self, word: str) -> float:
        """How common a word is in general use (Zipf scale: ~7 for "the", ~1.5 unknown)."""
        key = word.lower().replace("’", "'").rstrip(".")
        return _background_table(self.code).get(key, UNKNOWN_ZIPF)

    def _idf(self, word: str) -> float:
        """An inverse-document-frequency stand-in from general-language statistics:
        works on one document with no corpus around it; rare words weigh more."""
        return max(0.1, 7.5 - self.zipf(word)) / 6.0


@dataclass(frozen=True, slots=True)
class FigureWords:
    """The words of figures, as regular-expression alternatives (no groups)."""

    months: str  # "Jan", "January", "Sept." ...
    full_months: str
    weekdays: str
    #: Scale words and their factors; single letters count only right after a number.
    scales: tuple[tuple[str, float], ...]
    #: The scale words that may stand between a count and its noun: "5 million barrels".
    count_scales: str
    currency_words: str
    #: Currency words and symbols, lower case and singular, to ISO codes.
    currencies: tuple[tuple[str, str], ...]
    percent_words: str  # "per cent", "pct", "percentage points"
    point_word: str  # in a percent figure, marks percentage points
    #: Words after which a number is a label, not a quantity: "Section 232".
    labels: str
    #: Words before a bare weekday or month that make it a date: "on Monday".
    weekday_cues: tuple[str, ...]
    month_cues: tuple[str, ...]
    #: Words after a number that make it no count: "5 percent".
    not_counted: str
    range_words: str  # "to" in "15 to 20%"
    ordinals: str  # "st|nd|rd|th" in "June 1st"
    date_joiner: str  # "of" in "1st of June"


@cache
def _stemmer(name: str) -> Any:
    # The Snowball project's stemmers (PyStemmer's C build when installed): the
    # algorithm NLTK's SnowballStemmer implements, without importing NLTK (2 s).
    import snowballstemmer

    return snowballstemmer.stemmer(name)


@cache
def _background_table(code: str) -> dict[str, float]:
    """wordfreq's small table for a language as word -> Zipf frequency.

    Read straight from wordfreq's bundled data file (its documented "cBpack" format)
    without importing wordfreq (which pulls in langcodes, ftfy, regex and pydantic);
    when the format is not the one we know, we fall back to wordfreq's public API.
    """
    try:
        import msgpack

        # find_spec locates the package without running it (importlib.resources would).
        spec = importlib.util.find_spec("wordfreq")
        if spec is None or not spec.submodule_search_locations:
            raise ImportError("wordfreq")
        folder = next(iter(spec.submodule_search_locations))
        path = os.path.join(folder, "data", f"small_{code}.msgpack.gz")
        with open(path, "rb") as raw, gzip.GzipFile(fileobj=raw) as unzipped:
            packed = msgpack.load(unzipped, raw=False)
        if not (isinstance(packed[0], dict) and packed[0].get("format") == "cB"):
            raise ValueError("unknown wordfreq format")
        table: dict[str, float] = {}
        for centibels, words in enumerate(packed[1:]):
            zipf = round(9.0 - centibels / 100.0, 2)
            for word in words:
                table[word] = zipf
        return table
    except (ImportError, OSError, ValueError, KeyError, IndexError):  # pragma: no cover
        import wordfreq

        return {
            w: round(math.log10(f * 1e9), 2)
            for w, f in wordfreq.get_frequency_dict(code, wordlist="small").items()
        }


# --------------------------------------------------------------------------- English

_EN_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
)  # fmt: skip
_EN_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_EN_STIGMA = (
    "hardly", "impossible", "rumour", "rumor", "allegedly", "click", "subscribe", "photo",
)  # fmt: skip
_EN_NOT_TOPICS = frozenset(
    {"according", "told", "added", "noted", "including", "despite", "however", "although",
     "meanwhile", "amid", "already", "still", "just", "likely", "recently", "well"}
)  # fmt: skip
_EN_WEAK = _EN_NOT_TOPICS | frozenset(
    {"week", "weeks", "month", "months", "year", "years", "today", "yesterday", "monday",
     "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "time", "times",
     "percent", "pct", "cent", "recent", "new", "last", "next", "first", "second", "third",
     "one", "two", "three", "many", "much", "several", "expected", "way", "set", "made",
     "make"}
)  # fmt: skip
_EN_TITLES = frozenset(
    {"secretary", "minister", "president", "premier", "chancellor", "senator", "sen", "rep",
     "representative", "governor", "gov", "mayor", "ambassador", "commissioner", "judge",
     "justice", "chairman", "chairwoman", "chair", "ceo", "cfo", "officer", "spokesman",
     "spokeswoman", "director", "chief", "general", "gen", "col", "lt", "sgt", "capt",
     "adm", "dame", "sir", "lord", "dr", "prof", "professor", "king", "queen", "prince",
     "princess", "pope", "rev", "detective", "inspector", "coach", "deputy", "leader"}
)  # fmt: skip
_EN_QUALIFIERS = frozenset(
    {"president", "secretary", "minister", "premier", "vice", "representative", "commerce",
     "treasury", "trade", "chief", "mr", "mrs", "ms", "dr", "prime", "chairman", "governor",
     "senator", "ambassador", "head", "deputy", "state", "foreign", "finance", "the",
     "chinese", "american", "british", "u.s.", "us", "officials", "general", "presidents",
     "secretaries", "ministers"}
)  # fmt: skip
_EN_SCALES = (
    ("trillion", 1e12), ("tn", 1e12), ("trn", 1e12),
    ("billion", 1e9), ("bn", 1e9), ("bln", 1e9),
    ("million", 1e6), ("mn", 1e6), ("mln", 1e6), ("m", 1e6),
    ("thousand", 1e3), ("k", 1e3),
)  # fmt: skip
_EN_CURRENCIES = (
    ("us$", "USD"), ("$", "USD"), ("dollar", "USD"), ("dlrs", "USD"), ("usd", "USD"),
    ("hk$", "HKD"), ("a$", "AUD"), ("c$", "CAD"), ("s$", "SGD"),
    ("£", "GBP"), ("pound", "GBP"), ("stg", "GBP"), ("sterling", "GBP"), ("gbp", "GBP"),
    ("€", "EUR"), ("euro", "EUR"), ("eur", "EUR"),
    ("¥", "JPY/CNY"), ("yen", "JPY"), ("jpy", "JPY"), ("yuan", "CNY"), ("renminbi", "CNY"),
    ("cny", "CNY"), ("franc", "CHF"), ("mark", "DEM"), ("rupee", "INR"), ("won", "KRW"),
    ("peso", "MXN"), ("rouble", "RUB"), ("ruble", "RUB"),
)  # fmt: skip

ENGLISH = Lexicon(
    code="en",
    name="english",
    extra_stop_words=frozenset(
        {"said", "says", "say", "also", "would", "could", "mr", "mrs", "ms", "per", "cent"}
    ),
    reporting_verbs=frozenset({"said", "says", "say", "saying", "told"}),
    stigma_words=_EN_STIGMA,
    name_connectors=frozenset({"of", "for", "de"}),
    conjunctions=frozenset({"and"}),
    not_topics=_EN_NOT_TOPICS,
    weak_words=_EN_WEAK,
    titles=_EN_TITLES,
    titles_also_names=frozenset({"general", "justice", "chief", "director", "leader", "king"}),
    name_qualifiers=_EN_QUALIFIERS,
    months=_EN_MONTHS,
    weekdays=_EN_DAYS,
    verb_form=r"^[a-z][a-z-]+(?:ing|ed)$",
    boilerplate_start=(
        r"""^(?:by\s\.|by\s[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,3}\s*(?:\.|$)|published:|updated:
        |last\supdated|click\shere|follow\s@|follow\sus|scroll\sdown|read\smore|read\sthe\sfull
        |sign\sup|subscribe|share\sthis|photo:|image:|picture:|credit:|getty\simages
        |reuters\sphoto|\(?ap\)?\sphoto|copyright|all\srights\sreserved|advertisement
        |related\s(?:articles|stories)|watch\sthe\svideo)"""
    ),
    boilerplate_anywhere=(
        r"""PUBLISHED:|UPDATED:|\|\s*\.|Click\shere|Follow\s@|Scroll\sdown\sfor|(?:^|\s)@\w+\s*$
        |©|Copyright\s(?:\(c\)\s)?\d{4}|All\srights\sreserved|may\snot\sbe\spublished,\sbroadcast"""
    ),
    figure_words=FigureWords(
        months=(
            r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
        ),
        full_months="(?:" + "|".join(_EN_MONTHS) + ")",
        weekdays="(?:" + "|".join(_EN_DAYS) + ")",
        scales=_EN_SCALES,
        count_scales="trillion|billion|million|thousand|bln|mln|mn|bn",
        currency_words=(
            r"(?:dollars?|dlrs|euros?|pounds?(?:\s+sterling)?|stg|sterling|yuan|renminbi|yen"
            r"|francs?|marks?|rupees?|won|pesos?|roubles?|rubles?)\b"
        ),
        currencies=_EN_CURRENCIES,
        percent_words=r"per\s?cent\b|pct\b|percentage\s+points?\b",
        point_word="point",
        labels=r"Section|Sec\.|No\.|Nos\.|Article|Art\.|Chapter|Rule|Title|Phase|Part|Room|Route",
        weekday_cues=("on", "last", "next", "this", "since", "by"),
        month_cues=("in", "last", "next", "since", "until", "by"),
        not_counted=r"percent|pct|per",
        range_words="to",
        ordinals="st|nd|rd|th",
        date_joiner="of",
    ),
)

#: The lexicons tradesum has, by ISO 639-1 code.
LEXICONS: dict[str, Lexicon] = {"en": ENGLISH}


def lexicon_for(code: str) -> Lexicon:
    """The lexicon for a language code; raises UsageError listing the ones there are."""
    try:
        return LEXICONS[code.lower()]
    except KeyError:
        raise UsageError(
            f"no lexicon for language {code!r}; tradesum has: {', '.join(sorted(LEXICONS))}"
        ) from None
