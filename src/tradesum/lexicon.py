"""A language's words, in one object: everything tradesum knows of a language.

A :class:`Lexicon` holds the word lists (stop words, months and weekdays, titles,
connectors, reporting verbs, boilerplate cues, figure words) and the word functions
built on them (stem, stop-word test, background frequency), each memoised per lexicon.
The analysis of an article carries its lexicon, and every scorer, keyphrase and figure
rule reads its words from there; no module keeps a word list of its own. Each language
is a module of :mod:`tradesum.languages` that makes one :class:`Lexicon`, registered in
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
from functools import cache, lru_cache, update_wrapper
from typing import Any, TypeVar

#: Entries per word-level cache (stems, frequencies, word tests): enough for the working
#: vocabulary of news, small enough that a worker's memory stays flat over an archive.
CACHE_SIZE = 16_384

T = TypeVar("T")


def per_lexicon(fn: Callable[[str, Lexicon], T]) -> Callable[[Lexicon], Callable[[str], T]]:
    """``fn(token, lexicon)`` memoised for each lexicon: ``per_lexicon(fn)(lexicon)`` is
    a cached function of the token alone, cheaper to call (and to ``map`` over a
    sentence) than a cache keyed by both."""

    @cache
    def bound(lexicon: Lexicon) -> Callable[[str], T]:
        @lru_cache(maxsize=CACHE_SIZE)
        def of_token(token: str) -> T:
            return fn(token, lexicon)

        return of_token

    return update_wrapper(bound, fn)


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
    #: Figure words: see :mod:`tradesum.figure`, which builds its patterns from these.
    figure_words: FigureWords
    #: How sentences are split: "nupunkt" (its English model) or "sentencex" (its rules
    #: for the language), then joined again after the lexicon's abbreviations.
    splitter: str = "nupunkt"
    #: Abbreviations, lower case without their final stop, that end no sentence: a split
    #: right after "Mrd." or "Sr." is undone.
    abbreviations: frozenset[str] = frozenset()
    #: Abbreviations that may close a sentence ("etc."): one splits before a capital.
    closing_abbreviations: frozenset[str] = frozenset()
    #: Words after an ordinal number ("2."), lower case, that continue the sentence:
    #: "im 2. Quartal", "am 3. Oktober" (months count without being listed).
    ordinal_nouns: frozenset[str] = frozenset()
    #: The language capitalises every noun (German): a capital letter is no sign of a name.
    capitalises_nouns: bool = False
    #: The stop-words package's list to add to sumy's ("french"); English keeps sumy's.
    stop_list: str = ""
    #: Words allowed inside any phrase, not only inside names: "droits de douane".
    phrase_connectors: frozenset[str] = frozenset()
    #: Last words of organisations' names, lower case: a name that ends with one keeps
    #: its "and" ("Cable and Wireless Plc", "Oil and Natural Gas Commission").
    organisation_words: frozenset[str] = frozenset()
    #: Words allowed inside a name only right after one of ``bodies``: "on" in "General
    #: Agreement on Tariffs and Trade" and "Senate Committee on Governmental Affairs",
    #: never in "Hanks on Forrest Gump" or "Little Britain on BBC Three".
    body_connectors: frozenset[str] = frozenset()
    #: Lower-case words of bodies and accords that such a connector may follow.
    bodies: frozenset[str] = frozenset()
    #: Lower-case last words of a company's name ("Corp", "Ltd"): a name word after one
    #: starts another name ("News Corp" | "News International"), unless it is one too
    #: ("Kokusai Denshin Denwa Co Ltd").
    company_suffixes: frozenset[str] = frozenset()
    #: The words a sentence or headline of running text in the language mostly uses.
    stop_words: Callable[[], frozenset[str]] = field(init=False, repr=False)
    stem: Callable[[str], str] = field(init=False, repr=False)
    is_content_word: Callable[[str], bool] = field(init=False, repr=False)
    zipf: Callable[[str], float] = field(init=False, repr=False)
    idf: Callable[[str], float] = field(init=False, repr=False)
    #: A content word's stem, None for any other token (the unit of similarity).
    term: Callable[[str], str | None] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        put = object.__setattr__
        put(self, "stop_words", lru_cache(maxsize=1)(self._stop_words))
        put(self, "stem", lru_cache(maxsize=CACHE_SIZE)(self._stem))
        put(self, "is_content_word", lru_cache(maxsize=CACHE_SIZE)(self._is_content_word))
        put(self, "zipf", lru_cache(maxsize=CACHE_SIZE)(self._zipf))
        put(self, "idf", lru_cache(maxsize=CACHE_SIZE)(self._idf))
        put(self, "term", lru_cache(maxsize=CACHE_SIZE)(self._term))

    def __reduce__(self) -> tuple[Any, tuple[str]]:
        return _by_code, (self.code,)

    @property
    def calendar(self) -> frozenset[str]:
        """Month and weekday names, lower case."""
        return frozenset(w.lower() for w in (*self.months, *self.weekdays))

    # ------------------------------------------------------------------ word functions

    def _stop_words(self) -> frozenset[str]:
        # sumy's bundled list, read as a file: importing sumy.utils pulls in requests.
        resource = importlib.resources.files("sumy") / "data" / "stopwords" / f"{self.name}.txt"
        text = resource.read_text(encoding="utf-8")
        words = frozenset(w.strip() for w in text.splitlines() if w.strip())
        if self.stop_list:
            # sumy's lists for other languages lack words as common as "de" and "que".
            from stop_words import get_stop_words

            words |= frozenset(get_stop_words(self.stop_list, cache=False))
        return words | self.extra_stop_words

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

    def _term(self, token: str) -> str | None:
        return self.stem(token) if self.is_content_word(token) else None

    def _zipf(self, word: str) -> float:
        """How common a word is in general use (Zipf scale: ~7 for "the", ~1.5 unknown)."""
        key = word.lower().replace("’", "'").rstrip(".")
        return _background_table(self.code).get(key, UNKNOWN_ZIPF)

    def _idf(self, word: str) -> float:
        """An inverse-document-frequency stand-in from general-language statistics:
        works on one document with no corpus around it; rare words weigh more."""
        return max(0.1, 7.5 - self.zipf(word)) / 6.0


Phrase = tuple[str, ...]


@dataclass(frozen=True, slots=True, eq=False)
class FigureWords:
    """The words of figures, lower case: :mod:`tradesum.figure` reads them token by token.

    A phrase is a tuple of lower-case tokens ("per", "cent"); ISO 4217 codes name
    currencies ("BTC" for bitcoin, which has none).
    """

    #: Month names and abbreviations to month numbers: "sept" -> 9.
    months: dict[str, int]
    weekdays: frozenset[str]
    #: Words before a bare weekday or month that make it a date: "on Monday".
    weekday_cues: frozenset[str]
    month_cues: frozenset[str]
    ordinals: frozenset[str]  # "st", "nd" in "June 1st"
    #: Scale words and their factors, after a number: "billion", "mln".
    scales: dict[str, float]
    #: Scale letters that count only glued to the number: "$600m", "$3.8B".
    glued_scales: dict[str, float]
    #: Number words: "one" -> 1, "twenty" -> 20; "hundred" multiplies.
    number_words: dict[str, float]
    hundred: str
    #: Fractions that stand before a scale word: "half a million", "three quarters".
    fractions: dict[str, float]
    #: Words that join number words: "one hundred and five".
    number_joiner: str
    #: Percent words after a number, to the unit they give: "%", "pp" or "bp".
    percent_words: dict[Phrase, str]
    #: Percent words that count only glued to the number: "5pc".
    glued_percent: frozenset[str]
    #: Currency symbols to ISO codes.
    currency_symbols: dict[str, str]
    #: Letters glued before (or just before) "$" to ISO codes: "US$", "HK$", "C $".
    dollar_prefixes: dict[str, str]
    #: Dollar prefixes that count only glued and in capitals ("A$", "S$"): "a $5 fee".
    capital_prefixes: frozenset[str]
    #: ISO codes written as words: "USD 200", "200 usd", "30 MUSD" (M for million).
    codes: dict[str, str]
    #: Codes that count in lower case too ("usd 200"): none of them is a word of the language.
    lower_codes: frozenset[str]
    #: Periods that say what a change is measured against, not when, and so rule no
    #: other period out: whole ones ("a year"), the words inside ("on" in "year on
    #: year") and the starts ("annual", "per ").
    period_bases: tuple[frozenset[str], frozenset[str], tuple[str, ...]]
    #: Currency words, singular, to ISO codes; None where the word alone is ambiguous
    #: ("pound", "won", "mark"): it counts only after a scale word or a country word.
    currency_words: dict[str, str | None]
    #: Plural forms that do not just add "s": "pence" is in subunits, "kronor" here.
    currency_plurals: dict[str, str]
    #: Country words before a currency word: ("swiss",) + "franc" -> "CHF".
    currency_countries: dict[Phrase, dict[str, str]]
    #: Currency subunits, to their currency and factor: "cents" -> ("USD", 0.01).
    subunits: dict[str, tuple[str, float]]
    #: Measures after a number, to the unit they give: ("metric", "tons") -> "tonnes".
    measures: dict[Phrase, str]
    #: Measures that count only glued to the number ("10kW", "5g") or written in capitals.
    glued_measures: dict[str, str]
    #: Words that make a rate of a money amount or measure: "per", "a" ("$5 a barrel").
    rate_words: frozenset[str]
    #: Nouns a rate can be per: "barrel", "day", "share".
    rate_nouns: frozenset[str]
    #: Phrases after a figure that give its period rather than a rate: "a year".
    period_rates: dict[Phrase, str]
    approx: frozenset[Phrase]  # "about", "nearly"
    bound_min: frozenset[Phrase]  # "more than", "over"
    bound_max: frozenset[Phrase]  # "up to", "less than"
    #: Ambiguous currency words read after a scale word: "2 billion won" -> "KRW".
    scaled_currencies: dict[str, str]
    #: Direction words that are nouns a figure measures ("growth of 2%"): kept in subjects.
    direction_nouns: frozenset[str]
    #: Verbs that make "up" or "down" after them no direction: "gave up 517 yards".
    phrasal_verbs: frozenset[str]
    #: Phrases right after a figure that bound it: ("or", "more") -> "min".
    bound_after: dict[Phrase, str]
    approx_after: frozenset[Phrase]  # "or so"
    #: Words that give a change a direction: "rose" -> "up".
    directions: dict[str, str]
    #: Direction words that follow their figure: "34.4% higher", "a 3 percent drop".
    directions_after: frozenset[str]
    #: Words after a direction word that make the next figure a level: "rose to 5%".
    level_words: frozenset[str]
    #: Words that may stand between a direction word and its figure: "rose by 5%".
    direction_gap: frozenset[str]
    #: Words before a value another figure is compared with: "from", "against".
    comparison_words: frozenset[str]
    change_from: str  # "from" in "from 10% to 25%"
    change_to: str
    #: Words before the first figure of a range: "between 5 and 7".
    range_openers: frozenset[str]
    range_words: frozenset[str]  # "to", "-" in "15 to 20%"
    range_joiner: str  # "and" after "between"
    #: Words before a number that make it a label, not a quantity: "Section 232".
    labels: frozenset[str]
    #: Plural nouns without a final "s", counted like others: "people".
    plural_nouns: frozenset[str]
    #: Nouns that "one" goes with in idioms, not counts: "one day", "one way".
    not_counted_once: frozenset[str]
    #: Words ending in "s" that are no plural nouns.
    not_plurals: frozenset[str]
    #: Words before a span of time that make it a period, not a figure: "the first two
    #: months of 1987".
    period_openers: frozenset[str]
    #: Measures of time (a span after a period opener is a period).
    time_units: frozenset[str]
    #: Words after a number that make it a time of day: "5 pm".
    times_of_day: frozenset[str]
    #: Words that mark a sign: "minus", and the signs themselves.
    minus: frozenset[str]
    #: Words that stand between a figure and what it measures: "of" in "60% of revenue".
    of: str
    #: Words kept inside a subject: "exports to China", "tariffs on steel".
    subject_joiners: frozenset[str]
    #: Words skipped between a subject and its figure: "was", "to", "totalled".
    subject_gap: frozenset[str]
    #: Periods: a regular expression over the sentence (case-insensitive, no groups).
    periods: str
    #: Places and blocs, and their adjectives, to the place's name: "japanese" -> "Japan".
    places: dict[Phrase, str]
    #: "27,5" is 27.5 and "3.000" is 3000 (German, French, Spanish).
    decimal_comma: bool = False
    #: Month names are written with a capital (English, German), or not (French, Spanish).
    months_capitalised: bool = True
    #: Words between a day and its month ("of" in "3rd of May", "de" in "1 de enero"), and
    #: between a date and its year ("," in "May 3, 2025", "de" in "enero de 2026").
    date_joiners: frozenset[str] = frozenset({"of"})
    year_joiners: frozenset[str] = frozenset({","})
    #: Thousands are written with spaces too: "3 000 emplois", "12 500 EUR".
    space_groups: bool = False
    #: Elided articles that split off the word they are glued to: "d'" in "d'euros".
    elisions: frozenset[str] = frozenset()
    #: Chinese and Japanese scale characters after a number: "亿" (1e8), "万" (1e4).
    cjk_scales: dict[str, float] = field(default_factory=dict)
    #: Chinese and Japanese currency names, character by character: ("美", "元") -> USD.
    cjk_currencies: dict[Phrase, str] = field(default_factory=dict)
    #: Scale words that are a number alone ("mil millones", "mille euros").
    lone_scales: frozenset[str] = frozenset()
    #: The joiner also follows tens: "treinta y cinco", "vingt et un" (not only hundreds).
    tens_joiner: bool = False
    #: Scale words written with a stop ("26 Mrd. Euro"): the stop belongs to the figure.
    dotted_scales: frozenset[str] = frozenset()
    #: Words between a scale word and its currency: "de" in "millones de euros".
    currency_joiners: frozenset[str] = frozenset()


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
            table.update(dict.fromkeys(words, round(9.0 - centibels / 100.0, 2)))
        return table
    except (ImportError, OSError, ValueError, KeyError, IndexError):  # pragma: no cover
        import wordfreq

        return {
            w: round(math.log10(f * 1e9), 2)
            for w, f in wordfreq.get_frequency_dict(code, wordlist="small").items()
        }


# --------------------------------------------------------------------------- builders


def phrases(*items: str) -> frozenset[Phrase]:
    return frozenset(tuple(item.split()) for item in items)


def countries(table: str) -> dict[Phrase, dict[str, str]]:
    """ "swiss: franc CHF; french: franc FRF" -> {("swiss",): {"franc": "CHF"}, ...}."""
    out: dict[Phrase, dict[str, str]] = {}
    for entry in table.split(";"):
        words, _, pairs = entry.partition(":")
        items = pairs.split()
        currencies = dict(zip(items[::2], items[1::2], strict=True))
        for spelling in words.split(","):
            out.setdefault(tuple(spelling.split()), {}).update(currencies)
    return out


def places(table: str) -> dict[Phrase, str]:
    """ "Japan: japanese; China: chinese, prc" -> every spelling (lower case) to its name."""
    out: dict[Phrase, str] = {}
    for entry in table.split(";"):
        name, _, others = entry.partition(":")
        name = " ".join(name.split())
        for spelling in (name, *others.split(",")):
            if spelling.strip():
                out[tuple(spelling.lower().split())] = name
    return out


def elision(token: str, elisions: frozenset[str]) -> int:
    """Where an elided article glued to ``token`` ends ("d'euros" -> 2, the index just
    past its apostrophe), or 0 when it has none."""
    cut = max(token.find("'"), token.find("’"))
    if cut > 0 and cut + 1 < len(token) and token[:cut].lower() in elisions:
        return cut + 1
    return 0


def counted(units: str, tens: str) -> dict[str, float]:
    """Number words: ``units`` from zero up, one word each ("_" leaves out a number
    whose word is also the article, as "ein" and "un" are), ``tens`` from twenty up."""
    words = {w: float(i) for i, w in enumerate(units.split()) if w != "_"}
    return words | {w: float(10 * i) for i, w in enumerate(tens.split(), 2)}


def month_numbers(months: tuple[str, ...], **abbreviations: int) -> dict[str, int]:
    """Month names (lower case) to their numbers, with their ``abbreviations``."""
    return {m.lower(): i for i, m in enumerate(months, 1)} | abbreviations


def short_measures(words: FigureWords) -> dict[Phrase, str]:
    """The one-word measures of up to three letters ("km", "kg", "mph"), which most
    languages write as English does."""
    return {w: unit for w, unit in words.measures.items() if len(w) == 1 and len(w[0]) <= 3}


def _by_code(code: str) -> Lexicon:
    """The registered lexicon for ``code`` (how a lexicon is unpickled)."""
    from tradesum.languages import lexicon_for

    return lexicon_for(code)
