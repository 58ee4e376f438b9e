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
    #: Figure words: see :mod:`tradesum.figure`, which builds its patterns from these.
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


def _phrases(*items: str) -> frozenset[Phrase]:
    return frozenset(tuple(item.split()) for item in items)


def _countries(table: str) -> dict[Phrase, dict[str, str]]:
    """ "swiss: franc CHF; french: franc FRF" -> {("swiss",): {"franc": "CHF"}, ...}."""
    out: dict[Phrase, dict[str, str]] = {}
    for entry in table.split(";"):
        words, _, pairs = entry.partition(":")
        items = pairs.split()
        currencies = dict(zip(items[::2], items[1::2], strict=True))
        for spelling in words.split(","):
            out.setdefault(tuple(spelling.split()), {}).update(currencies)
    return out


def _places(table: str) -> dict[Phrase, str]:
    """ "Japan: japanese; China: chinese, prc" -> every spelling (lower case) to its name."""
    out: dict[Phrase, str] = {}
    for entry in table.split(";"):
        name, _, others = entry.partition(":")
        name = " ".join(name.split())
        for spelling in (name, *others.split(",")):
            if spelling.strip():
                out[tuple(spelling.lower().split())] = name
    return out


# fmt: off
_EN_NUMBER_WORDS = {
    w: float(i)
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen"
        " fifteen sixteen seventeen eighteen nineteen".split()
    )
} | {
    w: float(10 * i)
    for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), 2)
}

_EN_FIGURES = FigureWords(
    months={
        **{m.lower(): i for i, m in enumerate(_EN_MONTHS, 1)},
        **{m.lower()[:3]: i for i, m in enumerate(_EN_MONTHS, 1)},
        "sept": 9,
    },
    weekdays=frozenset(d.lower() for d in _EN_DAYS),
    weekday_cues=frozenset({"on", "last", "next", "this", "since", "by"}),
    month_cues=frozenset({"in", "last", "next", "since", "until", "by", "early", "late", "mid"}),
    ordinals=frozenset({"st", "nd", "rd", "th"}),
    scales={
        "trillion": 1e12, "tn": 1e12, "trn": 1e12, "billion": 1e9, "bn": 1e9, "bln": 1e9,
        "million": 1e6, "mn": 1e6, "mln": 1e6, "thousand": 1e3, "lakh": 1e5, "crore": 1e7,
    },
    glued_scales={"t": 1e12, "b": 1e9, "m": 1e6, "k": 1e3},
    number_words=_EN_NUMBER_WORDS,
    hundred="hundred",
    fractions={"half": 0.5, "quarter": 0.25, "quarters": 0.25},
    number_joiner="and",
    percent_words={
        ("%",): "%", ("percent",): "%", ("per", "cent"): "%", ("per-cent",): "%",
        ("percents",): "%", ("percentage",): "%", ("pct",): "%",
        ("percentage", "points"): "pp", ("percentage", "point"): "pp",
        ("percent", "points"): "pp", ("pct", "points"): "pp", ("per", "cent", "points"): "pp",
        ("percentage-point",): "pp", ("pp",): "pp", ("ppt",): "pp", ("ppts",): "pp",
        ("basis", "points"): "bp", ("basis", "point"): "bp", ("basis-point",): "bp",
        ("bps",): "bp", ("bp",): "bp",
    },
    glued_percent=frozenset({"pc"}),
    currency_symbols={
        "$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "₩": "KRW", "₽": "RUB",
        "₺": "TRY", "₱": "PHP", "₪": "ILS", "₫": "VND", "฿": "THB", "₦": "NGN", "₡": "CRC",
        "₾": "GEL", "₭": "LAK", "₿": "BTC", "元": "CNY",
    },
    dollar_prefixes={
        "us": "USD", "u.s": "USD", "u.s.": "USD", "usd": "USD", "hk": "HKD", "hkd": "HKD",
        "a": "AUD", "au": "AUD", "aud": "AUD", "c": "CAD", "ca": "CAD", "cad": "CAD",
        "nz": "NZD", "nzd": "NZD", "s": "SGD", "sg": "SGD", "sgd": "SGD", "mex": "MXN",
        "mxn": "MXN", "r": "BRL", "nt": "TWD", "rm": "MYR",
    },
    capital_prefixes=frozenset({"a", "s", "r"}),
    codes={
        c.lower(): c
        for c in "USD EUR GBP JPY CNY CHF AUD CAD HKD NZD SGD INR KRW MXN BRL RUB TRY ZAR "
        "SEK NOK DKK ILS MYR BTC".split()
    } | {"rmb": "CNY", "rs": "INR", "rs.": "INR", "stg": "GBP", "rm": "MYR"},
    lower_codes=frozenset(
        {"usd", "eur", "gbp", "jpy", "cny", "chf", "inr", "rmb", "rs", "rs.", "stg"}
    ),
    period_bases=(
        frozenset({"a year", "per annum", "per year"}), frozenset({"on", "over"}),
        ("annual", "per "),
    ),
    currency_words={
        "dollar": "USD", "dlr": "USD", "dlrs": "USD", "euro": "EUR", "yen": "JPY",
        "yuan": "CNY", "renminbi": "CNY", "sterling": "GBP", "pound": None, "franc": "CHF",
        "mark": None, "won": None, "rand": None, "real": None, "crown": None, "krone": None,
        "krona": None, "peso": "MXN", "rupee": "INR", "rouble": "RUB", "ruble": "RUB",
        "shekel": "ILS", "ringgit": "MYR", "lira": "TRY", "guilder": "NLG",
        "peseta": "ESP", "markka": "FIM", "baht": "THB", "rupiah": "IDR", "dinar": None,
        "riyal": "SAR", "dirham": "AED", "zloty": "PLN", "forint": "HUF", "kuna": "HRK",
        "bitcoin": "BTC",
    },
    currency_plurals={
        "kroner": "krone", "kronor": "krona", "reais": "real", "lire": "lira", "zlotys": "zloty",
        "dlrs": "dlr", "yen": "yen", "yuan": "yuan", "won": "won", "baht": "baht",
        "rand": "rand", "rupiah": "rupiah", "ringgit": "ringgit", "renminbi": "renminbi",
    },
    currency_countries=_countries(
        "us, u.s., u.s, american, united states: dollar USD; australian: dollar AUD;"
        " canadian: dollar CAD; hong kong: dollar HKD; new zealand: dollar NZD;"
        " singapore: dollar SGD; taiwan, taiwanese, new taiwan: dollar TWD;"
        " swiss: franc CHF; french: franc FRF; belgian: franc BEF;"
        " danish: crown DKK krone DKK; swedish: crown SEK krona SEK;"
        " norwegian: crown NOK krone NOK; czech: crown CZK; mexican: peso MXN;"
        " philippine: peso PHP; argentine, argentinian: peso ARS; chilean: peso CLP;"
        " colombian: peso COP; south korean, korean: won KRW;"
        " german, deutsche, west german: mark DEM; finnish: markka FIM;"
        " british: pound GBP; egyptian: pound EGP; indian: rupee INR;"
        " pakistani: rupee PKR; sri lankan: rupee LKR; south african: rand ZAR;"
        " brazilian: real BRL; turkish: lira TRY; italian: lira ITL; dutch: guilder NLG;"
        " chinese: yuan CNY; japanese: yen JPY; saudi: riyal SAR; malaysian: ringgit MYR;"
        " russian: rouble RUB ruble RUB; israeli: shekel ILS; croatian: kuna HRK;"
        " kuwaiti: dinar KWD; iraqi: dinar IQD"
    ),
    subunits={
        "cent": ("USD", 0.01), "cents": ("USD", 0.01), "penny": ("GBP", 0.01),
        "pence": ("GBP", 0.01), "sen": ("MYR", 0.01),
    },
    measures={
        **{(w,): u for w, u in (
            ("tonnes", "tonnes"), ("tonne", "tonnes"), ("tons", "tonnes"), ("ton", "tonnes"),
            ("barrels", "barrels"), ("barrel", "barrels"), ("bbl", "barrels"),
            ("bpd", "barrels per day"), ("bushels", "bushels"), ("ounces", "ounces"),
            ("oz", "ounces"), ("kilograms", "kilograms"), ("kilogram", "kilograms"),
            ("kilos", "kilograms"), ("kg", "kilograms"), ("grams", "grams"), ("pounds", "pounds"),
            ("lb", "pounds"), ("lbs", "pounds"), ("miles", "miles"), ("mile", "miles"),
            ("km", "kilometres"), ("kilometres", "kilometres"), ("kilometers", "kilometres"),
            ("kilometre", "kilometres"), ("kilometer", "kilometres"), ("metres", "metres"),
            ("meters", "metres"), ("metre", "metres"), ("meter", "metres"), ("feet", "feet"),
            ("foot", "feet"), ("ft", "feet"), ("inches", "inches"), ("inch", "inches"),
            ("yards", "yards"), ("acres", "acres"), ("hectares", "hectares"),
            ("litres", "litres"), ("liters", "litres"), ("litre", "litres"),
            ("liter", "litres"), ("gallons", "gallons"), ("mph", "mph"), ("kph", "km/h"),
            ("knots", "knots"), ("degrees", "degrees"), ("degree", "degrees"),
            ("kw", "kW"), ("kwh", "kWh"), ("mw", "MW"), ("mwh", "MWh"), ("gw", "GW"),
            ("gwh", "GWh"), ("hp", "hp"), ("bhp", "hp"), ("gb", "GB"), ("tb", "TB"),
            ("mb", "MB"), ("hz", "Hz"), ("ghz", "GHz"), ("mhz", "MHz"), ("nm", "Nm"),
            ("decibels", "decibels"), ("mah", "mAh"), ("volts", "volts"),
            ("seconds", "seconds"), ("minutes", "minutes"), ("min", "minutes"),
            ("hours", "hours"), ("hrs", "hours"), ("days", "days"), ("weeks", "weeks"),
            ("months", "months"), ("years", "years"), ("decades", "decades"),
            ("times", "times"), ("points", "points"), ("rpm", "rpm"), ("year-old", "years old"),
            ("month-old", "months old"), ("week-old", "weeks old"), ("celsius", "degrees Celsius"),
            ("fahrenheit", "degrees Fahrenheit"), ("°c", "degrees Celsius"),
            ("°f", "degrees Fahrenheit"), ("ppb", "ppb"), ("ppm", "ppm"), ("mpg", "mpg"),
            ("yard", "yards"), ("millimetres", "millimetres"), ("millimeters", "millimetres"),
            ("millimetre", "millimetres"), ("millimeter", "millimetres"),
            ("centimetres", "centimetres"), ("centimeters", "centimetres"),
            ("barrel-a-day", "barrels per day"), ("barrels-a-day", "barrels per day"),
            ("barrel-per-day", "barrels per day"), ("tonne-a-year", "tonnes a year"),
        )},
        ("metric", "tons"): "tonnes", ("metric", "tonnes"): "tonnes",
        ("short", "tons"): "short tons", ("square", "feet"): "square feet",
        ("square", "foot"): "square feet", ("square", "miles"): "square miles",
        ("square", "metres"): "square metres", ("square", "meters"): "square metres",
        ("square", "kilometres"): "square kilometres", ("sq", "m"): "square metres",
        ("sq", "ft"): "square feet", ("sq", "km"): "square kilometres",
        ("cubic", "feet"): "cubic feet",
        ("cubic", "metres"): "cubic metres", ("km", "/", "h"): "km/h", ("b", "/", "d"):
        "barrels per day", ("degrees", "celsius"): "degrees Celsius",
        ("degrees", "fahrenheit"): "degrees Fahrenheit", ("miles", "per", "hour"): "mph",
        ("kilometres", "per", "hour"): "km/h", ("kilometers", "per", "hour"): "km/h",
        ("years", "old"): "years old", ("year", "old"): "years old",
        ("barrels", "per", "day"): "barrels per day", ("barrels", "a", "day"):
        "barrels per day", ("miles", "per", "gallon"): "mpg",
    },
    glued_measures={
        "g": "grams", "kg": "kilograms", "w": "W", "kw": "kW", "mw": "MW", "gw": "GW",
        "km": "kilometres", "mm": "millimetres", "cm": "centimetres", "l": "litres",
        "ml": "millilitres", "v": "volts", "mph": "mph", "gb": "GB", "tb": "TB",
        "hp": "hp", "bhp": "hp", "kwh": "kWh", "gwh": "GWh", "hz": "Hz", "min": "minutes",
        "lb": "pounds", "lbs": "pounds", "mg": "milligrams", "ft": "feet",
    },
    rate_words=frozenset({"per", "a", "an", "/"}),
    rate_nouns=frozenset(
        {"barrel", "day", "share", "gallon", "ton", "tonne", "ounce", "pound", "month",
         "hour", "week", "kilo", "kilogram", "kg", "gram", "person", "head", "litre", "liter",
         "unit", "dozen", "bushel", "night", "mile", "minute", "capita", "year"}
    ),
    period_rates={
        ("a", "year"): "a year", ("per", "year"): "a year", ("per", "annum"): "a year",
        ("annually",): "a year", ("a", "yr"): "a year",
    },
    approx=_phrases(
        "about", "around", "roughly", "approximately", "nearly", "almost", "some", "circa",
        "an estimated", "estimated", "close to", "~", "approx", "approx.", "c.",
        "more or less", "around about", "just about",
    ),
    bound_min=_phrases(
        "more than", "over", "above", "at least", "in excess of", "upwards of", "exceeding",
        "greater than", "well over", "north of", "over than", "just over", "well above",
        "a minimum of", "no less than", "not less than", ">",
    ),
    bound_max=_phrases(
        "up to", "under", "below", "less than", "fewer than", "no more than", "at most",
        "just under", "as much as", "as many as", "as high as", "not more than",
        "a maximum of", "just below", "well below", "well under", "<", "up to about",
    ),
    scaled_currencies={"pound": "GBP", "won": "KRW", "mark": "DEM", "rand": "ZAR",
                       "real": "BRL", "dinar": "KWD"},
    direction_nouns=frozenset({"growth", "contraction", "gains", "output"}),
    phrasal_verbs=frozenset(
        {"gave", "give", "gives", "giving", "ended", "end", "ends", "made", "make", "makes",
         "set", "sets", "picked", "pick", "picks", "took", "take", "takes", "turned", "turn",
         "showed", "show", "shows", "signed", "sign", "signs", "broke", "break", "came",
         "come", "comes", "put", "puts", "wound", "backed", "held", "hold", "holds",
         "looked", "shut", "lined", "summed", "sum", "split", "splits", "cut", "cuts",
         "slowed", "calmed", "settled", "let", "lets", "shook", "wrapped"}
    ),
    bound_after={("or", "more"): "min", ("plus",): "min", ("or", "less"): "max",
                 ("or", "fewer"): "max", ("at", "most"): "max", ("at", "least"): "min"},
    approx_after=_phrases("or so"),
    directions={
        **dict.fromkeys(
            "rose rise rises rising risen increased increase increases increasing gained gain"
            " gains gaining climbed climb climbs climbing jumped jump jumps jumping surged"
            " advancing rallying rebounding boosting lifting hiking adding"
            " surge surges surging soared soar soaring advanced advance grew grow grows"
            " growing growth up higher added boosted boost lifted raised raise raising hiked"
            " hike hikes widened widen widening expanded expand rebounded rebound rallied"
            " rally spiked spike +".split(),
            "up",
        ),
        **dict.fromkeys(
            "fell fall falls falling fallen dropped drop drops dropping declined decline"
            " declines declining decreased decrease decreases decreasing lost lose loses"
            " losing slid slide slides sliding slipped slip slips plunged plunge plunges"
            " plummeting tumbling slumping dipping easing shedding sinking lowering reducing"
            " reduction"
            " plunging tumbled tumble tumbles sank sink sinks down lower cut cuts cutting shed"
            " narrowed narrow narrowing shrank shrink shrunk shrinking contracted contract"
            " contraction eased ease dipped dip dips slumped slump slumps plummeted"
            " plummet reduced reduce lowered lower slashed slash trimmed trim retreated"
            " weakened".split(),
            "down",
        ),
    },
    directions_after=frozenset(
        {"higher", "lower", "drop", "rise", "increase", "decline", "fall", "gain", "jump",
         "cut", "decrease", "hike", "surge", "slump", "plunge", "reduction",
         "contraction"}
    ),
    level_words=frozenset({"to", "at"}),
    direction_gap=frozenset(
        {"by", "a", "an", "of", "some", "just", "only", "sharply", "slightly", "further",
         "another", "strongly", "steeply", "modestly", "marginally", "as", "much", "much as",
         "nearly", "about", "around", "roughly", "almost", "over", "more", "than", "up",
         "to"}
    ),
    comparison_words=frozenset({"from", "against", "versus", "vs", "vs.", "with"}),
    change_from="from",
    change_to="to",
    range_openers=frozenset({"between", "range", "ranging", "ranged", "ranges", "from"}),
    range_words=frozenset({"to", "-", "–", "—"}),
    range_joiner="and",
    labels=frozenset(
        {"section", "sec", "no", "nos", "article", "art", "chapter", "rule", "title", "phase",
         "part", "room", "route", "page", "item", "category", "level", "tier", "grade",
         "round", "class", "group", "flight", "channel", "model", "version", "stage", "vol",
         "volume", "number", "highway", "interstate", "gate", "exit", "platform", "pier",
         "lot", "unit", "line", "ward", "district", "precinct", "paragraph", "clause",
         "resolution", "amendment", "act", "bill", "order", "form", "schedule", "appendix",
         "annex", "figure", "table", "fig", "week", "day", "game", "no.", "nos.", "art.",
         "sec.", "fig.", "vol."}
    ),
    plural_nouns=frozenset(
        {"people", "men", "women", "children", "staff", "police", "personnel", "cattle",
         "sheep", "fish", "livestock", "aircraft", "workforce", "crew", "head"}
    ),
    not_counted_once=frozenset(
        {"day", "time", "way", "thing", "side", "hand", "point", "another", "other", "more",
         "year", "week", "month", "night", "morning", "afternoon", "evening", "moment", "man",
         "woman", "person", "reason", "step", "source", "official"}
    ),
    not_plurals=frozenset(
        {"is", "was", "has", "its", "this", "thus", "us", "as", "yes", "plus", "less",
         "unless", "versus", "always", "perhaps", "sometimes", "afterwards", "towards",
         "besides", "whereas", "various", "previous", "serious", "numerous", "famous",
         "obvious", "news", "basis", "crisis", "analysis", "series", "species", "status",
         "bonus", "census", "consensus", "focus", "campus", "virus", "surplus", "bus",
         "gas", "mass", "class", "process", "access", "business", "address", "across",
         "overseas", "nevertheless", "ones", "others", "hers", "ours", "yours",
         "theirs", "does", "goes", "chances", "aus", "tens", "hundreds", "thousands",
         "millions", "billions", "dozens", "percents", "cents"}
    ),
    period_openers=frozenset({"first", "last", "past", "next", "previous", "coming", "latest"}),
    time_units=frozenset({"days", "weeks", "months", "years", "decades", "quarters"}),
    times_of_day=frozenset({"am", "pm", "a.m.", "p.m.", "a.m", "p.m", "gmt", "bst", "et",
                            "edt", "est", "pdt", "pst", "cet", "utc", "hrs", "h"}),
    minus=frozenset({"minus", "-", "−", "–"}),
    of="of",
    subject_joiners=frozenset({"of", "on", "to", "with", "for", "from", "in", "and", "'s"}),
    subject_gap=frozenset(
        {"was", "were", "is", "are", "be", "been", "being", "has", "have", "had", "will",
         "would", "could", "should", "may", "might", "can", "to", "at", "by", "of", "from",
         "about", "around", "nearly", "almost", "some", "just", "only", "expected",
         "forecast", "seen", "estimated", "projected", "put", "set", "stood", "totalled",
         "totaled", "totalling", "totaling", "reached", "hit", "amounted", "came", "in",
         "a", "an", "another", "record", "worth", "valued", "having", "than", "more",
         "less", "up", "down", "over", "under", "as", "much", "many", "also", "still",
         "now", "then", "again", "already", "which", "that", "went",
         "made", "saw", "got", "gave", "took", "paid", "spent", "sold", "bought",
         "brought", "left", "kept", "held", "grew", "became", "showed", "said"}
    ),
    periods=(
        r"\b(?:Q[1-4]|H[12])(?:\s?(?:19|20)\d\d|\s?FY\d\d)?\b"
        r"|\b(?:fiscal\s(?:year\s)?)?(?:19|20)\d\d(?:[-/–](?:\d\d){1,2})?\b"
        r"|\b(?:the\s)?(?:first|second|third|fourth|final|last|current|1st|2nd|3rd|4th)"
        r"[\s-](?:quarter|half)(?:\s(?:of\s)?(?:19|20)\d\d)?\b"
        r"|\byear[\s-](?:on|over)[\s-]year\b|\bmonth[\s-](?:on|over)[\s-]month\b"
        r"|\bquarter[\s-](?:on|over)[\s-]quarter\b"
        r"|\b(?:from\s)?a\syear\s(?:earlier|ago|before)\b|\bon\sthe\syear\b"
        r"|\b(?:this|last|next|a|per|the\spast|the\sprevious|the\scoming)\s(?:year|month|week|quarter)\b"
        r"|\bper\sannum\b|\bannuali[sz]ed\b|\bannually\b"
        r"|\b(?:in|during|for|over)\sthe\s(?:quarter|half|year|month|period|week)\b"
        r"|\b(?:the\s)?(?:three|six|nine|twelve|12)\smonths(?:\sto\s[A-Z][a-z]+)?\b"
        r"|\b(?:the\s)?(?:first|last|past|next|previous|coming|latest)\s(?:[\w-]+\s)?"
        r"(?:months|weeks|years|quarters|days)(?:\sof\s(?:19|20)\d\d)?\b"
        r"|\bthe\syear\sto\s[A-Z][a-z]+\b"
        r"|\b(?-i:January|February|March|April|May|June|July|August|September|October"
        r"|November|December)(?:\s(?:19|20)\d\d)?\b"
    ),
    places=_places(
        "United States: u.s., u.s, us, usa, america, american, americans, washington;"
        " China: chinese, prc, beijing, peking; Japan: japanese, tokyo; European Union: eu,"
        " e.u., european, brussels; Germany: german, west germany, west german; France: french;"
        " United Kingdom: u.k., uk, britain, british, great britain, london; Italy: italian;"
        " Spain: spanish; Canada: canadian, ottawa; Mexico: mexican; Brazil: brazilian;"
        " Argentina: argentine, argentinian; Chile: chilean; India: indian, new delhi;"
        " South Korea: korea, korean, south korean, seoul; Taiwan: taiwanese, taipei;"
        " Hong Kong; Singapore: singaporean; Malaysia: malaysian; Indonesia: indonesian;"
        " Thailand: thai; Vietnam: vietnamese; Philippines: philippine, filipino;"
        " Australia: australian, canberra; New Zealand; Russia: russian, soviet union,"
        " soviet, moscow, ussr; Ukraine: ukrainian; Turkey: turkish; Saudi Arabia: saudi;"
        " Iran: iranian; Iraq: iraqi; Israel: israeli; Egypt: egyptian; South Africa:"
        " south african; Nigeria: nigerian; Switzerland: swiss; Netherlands: dutch, holland;"
        " Belgium: belgian; Sweden: swedish; Norway: norwegian; Denmark: danish;"
        " Finland: finnish; Poland: polish; Austria: austrian; Ireland: irish; Portugal:"
        " portuguese; Greece: greek; Pakistan: pakistani; Bangladesh: bangladeshi;"
        " Sri Lanka: sri lankan; Colombia: colombian; Peru: peruvian; Venezuela:"
        " venezuelan; Cuba: cuban; North Korea: north korean, pyongyang; ASEAN; OPEC;"
        " Mercosur; NAFTA; G7: g-7; G20: g-20; WTO; GATT; EFTA"
    ),
)
# fmt: on

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
    figure_words=_EN_FIGURES,
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
