"""Sentence and word splitting, stemming, stop words and background word statistics.

All of it works offline: sentences come from nupunkt's bundled model (no NLTK data to
download), stems from the Snowball project's English stemmer, stop words from sumy's
bundled list and general-language word frequencies from wordfreq's bundled tables.
Models load once per process, on first use.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from tradesum.documents import Article

LANGUAGE = "english"
#: Entries per word-level cache (stems, frequencies, word tests): enough for the working
#: vocabulary of news, small enough that a worker's memory stays flat over an archive.
CACHE_SIZE = 16_384

# One token pattern for the whole product. Order matters: figures and abbreviations
# must win over plain words so that "$1.13bn", "4.8%", "U.S." and "No. 1" stay whole.
_TOKEN = re.compile(
    r"""
    # money: "$1.13bn", "$3.8B"
    (?:[$£€¥]|US\$|HK\$|A\$|C\$)\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:bn|mn|m|k|tn|trn)\b|[BMTK]\b)?
    | \d[\d,]*(?:\.\d+)?(?:%|(?:bn|mn|tn|trn|m|k|st|nd|rd|th|s)\b)?                  # numbers
    | (?:[A-Za-z]\.){2,}                                                               # U.S.
    | \w+(?:[-'’&]\w+)*                                                                # words
    """,
    re.VERBOSE,
)
_POSSESSIVE = re.compile(r"['’]s?$")


def tokenize(text: str) -> list[str]:
    """Split text into word tokens (punctuation dropped, possessive ’s removed)."""
    return tokenize_with_breaks(text)[0]


_GAP_BREAK = re.compile(r"[^\s\-]")


def tokenize_with_breaks(text: str) -> tuple[list[str], list[bool]]:
    """Tokens, and for each whether punctuation separates it from the one before."""
    tokens: list[str] = []
    breaks: list[bool] = []
    previous_end = 0
    for match in _TOKEN.finditer(text):
        token = match.group()
        if token[-1] in "s'’" and ("'" in token or "’" in token):
            token = _POSSESSIVE.sub("", token)
        if token:
            gap = text[previous_end : match.start()]
            breaks.append(bool(tokens) and _GAP_BREAK.search(gap) is not None)
            tokens.append(token)
        previous_end = match.end()
    return tokens, breaks


def split_sentences(paragraph: str) -> list[str]:
    """Split one paragraph into sentences with nupunkt's pretrained model."""
    from nupunkt import sent_tokenize

    return [text for s in sent_tokenize(paragraph) if (text := str(s).strip())]


@cache
def stop_words() -> frozenset[str]:
    import importlib.resources

    # sumy's bundled English list, read as a file: importing sumy.utils pulls in requests.
    resource = importlib.resources.files("sumy") / "data" / "stopwords" / f"{LANGUAGE}.txt"
    words = {w.strip() for w in resource.read_text(encoding="utf-8").splitlines() if w.strip()}
    extra = {"said", "says", "say", "also", "would", "could", "mr", "mrs", "ms", "per", "cent"}
    return frozenset(words) | frozenset(extra)


@cache
def _stemmer() -> Any:
    # The Snowball project's own Python build of its English (Porter2) stemmer: the
    # algorithm NLTK's SnowballStemmer implements, without importing NLTK (2 s).
    import snowballstemmer

    return snowballstemmer.stemmer(LANGUAGE)


@lru_cache(maxsize=CACHE_SIZE)
def stem(word: str) -> str:
    """The lower-cased Snowball stem of a word; figures and abbreviations stay as they are."""
    lower = word.lower()
    if not lower[:1].isalpha() or "." in lower:
        return lower
    return str(_stemmer().stemWord(lower))


@lru_cache(maxsize=CACHE_SIZE)
def is_content_word(token: str) -> bool:
    """True for a token that carries meaning: not a stop word, not a lone letter."""
    lower = token.lower()
    if lower in stop_words():
        return False
    return len(lower) > 1 or lower.isdigit()


def terms(tokens: Iterable[str]) -> tuple[str, ...]:
    """Stems of the content words among ``tokens``: the units of similarity."""
    return tuple(stem(t) for t in tokens if is_content_word(t))


# --------------------------------------------------------------------------- background

#: Zipf value given to words the background table does not know (rare: names, jargon).
UNKNOWN_ZIPF = 1.5


@cache
def _background_table() -> dict[str, float]:
    """wordfreq's small English table as word -> Zipf frequency (log10 per billion words).

    The table is read straight from wordfreq's bundled data file (its documented
    "cBpack" format), which is ~20x faster than importing wordfreq itself; when the
    format is not the one we know, we fall back to wordfreq's public API.
    """
    import gzip
    import importlib.resources

    try:
        import msgpack

        resource = importlib.resources.files("wordfreq") / "data" / "small_en.msgpack.gz"
        with resource.open("rb") as raw, gzip.GzipFile(fileobj=raw) as unzipped:
            packed = msgpack.load(unzipped, raw=False)
        if not (isinstance(packed[0], dict) and packed[0].get("format") == "cB"):
            raise ValueError("unknown wordfreq format")
        table: dict[str, float] = {}
        for centibels, words in enumerate(packed[1:]):
            zipf = 9.0 - centibels / 100.0
            for word in words:
                table[word] = round(zipf, 2)
        return table
    except (ImportError, OSError, ValueError, KeyError, IndexError):  # pragma: no cover
        import wordfreq

        return {
            w: round(math.log10(f * 1e9), 2)
            for w, f in wordfreq.get_frequency_dict("en", wordlist="small").items()
        }


@lru_cache(maxsize=CACHE_SIZE)
def zipf(word: str) -> float:
    """How common a word is in general English (Zipf scale: ~7 for "the", ~1.5 unknown)."""
    key = word.lower().replace("’", "'").rstrip(".")
    return _background_table().get(key, UNKNOWN_ZIPF)


@lru_cache(maxsize=CACHE_SIZE)
def idf(word: str) -> float:
    """An inverse-document-frequency stand-in from general-language statistics.

    Works on one document with no corpus around it: rare words weigh more.
    """
    return max(0.1, 7.5 - zipf(word)) / 6.0


# --------------------------------------------------------------------------- vectors


def term_matrix(
    token_lists: Sequence[Sequence[str]],
    vocabulary: dict[str, int] | None = None,
    *,
    names: float = 1.0,
) -> tuple[Any, dict[str, int]]:
    """Rows of L2-normalised term weights, one per token list, as a scipy CSR matrix.

    A term's weight is ``(1 + log tf) * idf`` with the background :func:`idf`, so one
    document needs no corpus. ``names`` multiplies the weight of names and figures
    (capitalised words inside a sentence, numbers). Pass the same ``vocabulary`` dict
    to several calls to put their rows in one space; it is extended in place.
    """
    import numpy as np
    from scipy import sparse

    vocabulary = {} if vocabulary is None else vocabulary
    indptr = [0]
    cols: list[int] = []
    values: list[float] = []
    for tokens in token_lists:
        counts: dict[int, float] = {}
        boosts: dict[int, float] = {}
        for position, token in enumerate(tokens):
            weighting = _weighting(token)
            if weighting is None:
                continue
            term, weight, name, name_first = weighting
            col = vocabulary.setdefault(term, len(vocabulary))
            if col in counts:
                counts[col] += 1.0
            else:
                counts[col] = 1.0
                boosts[col] = (names if (name if position else name_first) else 1.0) * weight
        row = [(1.0 + math.log(tf)) * boosts[col] for col, tf in counts.items()]
        norm = math.sqrt(sum(v * v for v in row)) or 1.0
        cols.extend(counts)
        values.extend(v / norm for v in row)
        indptr.append(len(cols))
    shape = (len(token_lists), max(1, len(vocabulary)))
    matrix = sparse.csr_matrix(
        (np.array(values, dtype=float), np.array(cols, dtype=np.int32), np.array(indptr)),
        shape=shape,
    )
    matrix.sort_indices()
    return matrix, vocabulary


@lru_cache(maxsize=CACHE_SIZE)
def _weighting(token: str) -> tuple[str, float, bool, bool] | None:
    """A content word's stem, :func:`idf`, and whether it counts as a name or figure
    inside a sentence and at its start (where only a rare capitalised word does);
    None for other tokens."""
    if not is_content_word(token):
        return None
    figure = token[:1].isdigit() or token[:1] in "$£€¥"
    capital = token[:1].isupper()
    return stem(token), idf(token), figure or capital, figure or (capital and zipf(token) < 4.0)


# --------------------------------------------------------------------------- boilerplate

_BOILERPLATE = re.compile(
    r"""^(?:by\s\.|by\s[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,3}\s*(?:\.|$)|published:|updated:|last\supdated
    |click\shere|follow\s@|follow\sus|scroll\sdown|read\smore|read\sthe\sfull|sign\sup|subscribe
    |share\sthis|photo:|image:|picture:|credit:|getty\simages|reuters\sphoto|\(?ap\)?\sphoto
    |copyright|all\srights\sreserved|advertisement|related\s(?:articles|stories)|watch\sthe\svideo)""",
    re.IGNORECASE | re.VERBOSE,
)
_BOILERPLATE_ANYWHERE = re.compile(
    r"""PUBLISHED:|UPDATED:|\|\s*\.|Click\shere|Follow\s@|Scroll\sdown\sfor|(?:^|\s)@\w+\s*$
    |©|Copyright\s(?:\(c\)\s)?\d{4}|All\srights\sreserved|may\snot\sbe\spublished,\sbroadcast""",
    re.VERBOSE,
)


def is_boilerplate(text: str) -> bool:
    """Bylines, time stamps, photo credits, copyright lines and calls to action: not
    part of the story, so never summary material nor a source of keyphrases."""
    return bool(_BOILERPLATE.match(text.strip()) or _BOILERPLATE_ANYWHERE.search(text))


# --------------------------------------------------------------------------- documents


@dataclass(frozen=True, slots=True)
class Sentence:
    """One body sentence with its tokens, ready for every scorer."""

    index: int
    text: str
    paragraph: int
    tokens: tuple[str, ...]
    terms: tuple[str, ...]
    #: For each token, whether punctuation separates it from the previous one.
    breaks: tuple[bool, ...] = ()
    #: A byline, time stamp, credit, copyright line or call to action (:func:`is_boilerplate`).
    boilerplate: bool = False


@dataclass(frozen=True, slots=True)
class Parsed:
    """An article split into sentences: the shared input of summarizers, keywords,
    figures and comparisons, computed once per document."""

    article: Article
    sentences: tuple[Sentence, ...]
    title_tokens: tuple[str, ...]

    @property
    def word_count(self) -> int:
        return sum(len(s.tokens) for s in self.sentences)


def parse_article(article: Article) -> Parsed:
    sentences: list[Sentence] = []
    for p_index, paragraph in enumerate(article.paragraphs):
        for text in split_sentences(paragraph):
            words, breaks = tokenize_with_breaks(text)
            tokens = tuple(words)
            sentences.append(
                Sentence(
                    len(sentences),
                    text,
                    p_index,
                    tokens,
                    terms(tokens),
                    tuple(breaks),
                    is_boilerplate(text),
                )
            )
    title_tokens = tuple(tokenize(article.title)) if article.title else ()
    return Parsed(article, tuple(sentences), title_tokens)


class SumyTokenizer:
    """The object sumy's parsers and document model expect, backed by our splitters."""

    language = LANGUAGE

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return tuple(split_sentences(paragraph))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(tokenize(sentence))
