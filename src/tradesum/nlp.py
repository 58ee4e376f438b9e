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
from functools import cache
from typing import Any

import numpy as np
import numpy.typing as npt

from tradesum.inputs import Article
from tradesum.languages import ENGLISH
from tradesum.lexicon import CACHE_SIZE, UNKNOWN_ZIPF, Lexicon, elision, per_lexicon

__all__ = ["CACHE_SIZE", "UNKNOWN_ZIPF", "Parsed", "Sentence", "parse_article"]

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
#: The same tokens, captured, for :func:`re.Pattern.split` (the pattern has no groups).
_TOKEN_SPLIT = re.compile(f"({_TOKEN.pattern})", re.VERBOSE)


def tokenize(text: str) -> list[str]:
    """Split text into word tokens (punctuation dropped, possessive ’s removed)."""
    return tokenize_with_breaks(text)[0]


_GAP_BREAK = re.compile(r"[^\s\-]")


def tokenize_with_breaks(text: str) -> tuple[list[str], list[bool]]:
    """Tokens, and for each whether punctuation separates it from the one before."""
    tokens: list[str] = []
    breaks: list[bool] = []
    parts = _TOKEN_SPLIT.split(text)  # gap, token, gap, token, ..., gap: one C call
    for k in range(1, len(parts), 2):
        token = parts[k]
        if token[-1] in "s'’" and ("'" in token or "’" in token):
            token = _POSSESSIVE.sub("", token)
            if not token:
                continue
        gap = parts[k - 1]
        breaks.append(bool(tokens) and gap != " " and _GAP_BREAK.search(gap) is not None)
        tokens.append(token)
    return tokens, breaks


def split_sentences(
    paragraph: str, lexicon: Lexicon = ENGLISH, language: str | None = None
) -> list[str]:
    """Split one paragraph into sentences: English with nupunkt's pretrained model, other
    languages with sentencex's rules for them (``language`` names one tradesum has no
    lexicon for, such as "zh"), then joined again after the lexicon's abbreviations."""
    code = language or lexicon.code
    if lexicon.splitter == "nupunkt" and code == lexicon.code:
        from nupunkt import sent_tokenize

        return [text for s in sent_tokenize(paragraph) if (text := str(s).strip())]
    import sentencex

    pieces = [str(piece) for piece in sentencex.segment(code, paragraph)]
    closing = _closing(lexicon)
    if closing is not None:
        pieces = [part for piece in pieces for part in closing.split(piece)]
    groups: list[list[str]] = []  # the pieces of each sentence, joined once at the end
    for piece in pieces:
        if groups and _continues(groups[-1][-1], piece, lexicon):
            groups[-1].append(piece)
        else:
            groups.append([piece])
    return [text for group in groups if (text := "".join(group).strip())]


@cache
def _closing(lexicon: Lexicon) -> re.Pattern[str] | None:
    """Where a sentence ends after an abbreviation that can close one ("etc."): before
    a capital."""
    if not lexicon.closing_abbreviations:
        return None
    words = "|".join(re.escape(w) for w in sorted(lexicon.closing_abbreviations))
    return re.compile(rf"(?<=\b(?:{words})\.)\s+(?=[A-ZÀ-Þ])")


_LAST_WORD = re.compile(r"(\S+)\.$")
_FIRST_WORD = re.compile(r"[^\W\d_]+")


def _continues(before: str, after: str, lexicon: Lexicon) -> bool:
    """Whether a split between the piece ``before`` and ``after`` is wrong: after an abbreviation
    ("Mrd.", "Sr.", "EE."), an ordinal before its noun or month ("im 2. Quartal", "am
    3. Oktober"), or before a word in lower case."""
    stripped = before.rstrip()
    last = _LAST_WORD.search(stripped[-40:])
    if last is None:
        return False
    word = last.group(1).lower().lstrip("(\"'«„“")
    if word in lexicon.abbreviations or word.rsplit(".", 1)[-1] in lexicon.abbreviations:
        return True
    first = _FIRST_WORD.search(after)
    if first is None or first.start() > 3:
        return False
    head = first.group()
    if head[:1].islower() and lexicon.splitter != "nupunkt":
        return True
    if word.isdigit() and len(word) <= 2:
        lower = head.lower()
        return lower in lexicon.ordinal_nouns or lower in lexicon.figure_words.months
    return False


#: English word functions, for callers with no analysed document at hand (benchmarks,
#: tests); code that has one uses ``parsed.lexicon``.
stop_words = ENGLISH.stop_words
stem = ENGLISH.stem
is_content_word = ENGLISH.is_content_word
zipf = ENGLISH.zipf
idf = ENGLISH.idf


def terms(tokens: Iterable[str], lexicon: Lexicon = ENGLISH) -> tuple[str, ...]:
    """Stems of the content words among ``tokens``: the units of similarity."""
    return tuple(term for term in map(lexicon.term, tokens) if term is not None)


# --------------------------------------------------------------------------- vectors


#: A CSR matrix being built: its row pointers, values and columns.
_Parts = tuple[list[int], list[float], list[int]]

#: Up to this many cells (8 MB) :func:`term_matrix` gives a dense array: every news
#: article, and documents up to a few thousand words.
DENSE_CELLS = 1_000_000


def term_matrix(
    token_lists: Sequence[Sequence[str]],
    vocabulary: dict[str, int] | None = None,
    *,
    names: float = 1.0,
    lexicon: Lexicon = ENGLISH,
) -> tuple[Any, dict[str, int]]:
    """Rows of L2-normalised term weights, one per token list: a dense array for an
    article's sentences (up to :data:`DENSE_CELLS` cells, where numpy is fastest and
    scipy need not load), a scipy CSR matrix for more (see :func:`dense`).

    A term's weight is ``(1 + log tf) * idf`` with the background :func:`idf`, so one
    document needs no corpus. ``names`` multiplies the weight of names and figures
    (capitalised words inside a sentence, numbers). Pass the same ``vocabulary`` dict
    to several calls to put their rows in one space; it is extended in place.
    """

    vocabulary = {} if vocabulary is None else vocabulary
    parts: _Parts = ([0], [], [])
    for tokens in token_lists:
        counts, boosts, _ = _counted(tokens, lexicon, vocabulary, names)
        _add_row(parts, counts, boosts)
    width = max(1, len(vocabulary))
    if len(parts[0]) * width <= DENSE_CELLS:
        return _dense_rows(parts, width), vocabulary
    return _csr(parts, width), vocabulary


def _counted(
    tokens: Sequence[str], lexicon: Lexicon, vocabulary: dict[str, int], names: float
) -> tuple[dict[int, float], dict[int, float], tuple[int, float] | None]:
    """Each term's count among ``tokens`` and its weight (``names`` times for a name or
    figure, judged where the term first occurs: at the start only a rare capitalised
    word counts as a name). Also the first token's term and the weight it would have
    inside a text rather than at its start, or None when the first token is no term."""
    counts: dict[int, float] = {}
    boosts: dict[int, float] = {}
    opening: tuple[int, float] | None = None
    for position, weighting in enumerate(map(_weighting(lexicon), tokens)):
        if weighting is None:
            continue
        term, weight, name, name_first = weighting
        col = vocabulary.setdefault(term, len(vocabulary))
        if col in counts:
            counts[col] += 1.0
        elif position:
            counts[col] = 1.0
            boosts[col] = (names if name else 1.0) * weight
        else:
            counts[col] = 1.0
            boosts[col] = (names if name_first else 1.0) * weight
            opening = (col, (names if name else 1.0) * weight)
    return counts, boosts, opening


def pile_rows(documents: Sequence[Parsed], *, names: float = 1.0) -> tuple[Any, list[Any]]:
    """One row per document (as :func:`term_matrix` makes of all its tokens) and each
    document's sentence rows (as :func:`term_matrix` makes of its sentences), all in one
    vocabulary and as wide as it, from one pass over the tokens (each document in its
    own language)."""
    from scipy import sparse

    vocabulary: dict[str, int] = {}
    document_parts: _Parts = ([0], [], [])
    document_blocks: list[Any] = []  # document rows, a block at a time (compact)
    sentence_rows: list[Any] = []  # each made at once (compact), widened at the end
    for number, document in enumerate(documents, 1):
        lexicon = document.lexicon
        counts: dict[int, float] = {}
        boosts: dict[int, float] = {}
        parts: _Parts = ([0], [], [])
        started = False  # a token of the document came before this sentence
        for sentence in document.sentences:
            own, own_boosts, opening = _counted(sentence.tokens, lexicon, vocabulary, names)
            for col, tf in own.items():  # the document's counts, from its sentences'
                if col in counts:
                    counts[col] += tf
                    continue
                counts[col] = tf  # a sentence's opening word opens the document only if first
                if started and opening is not None and opening[0] == col:
                    boosts[col] = opening[1]
                else:
                    boosts[col] = own_boosts[col]
            started = started or bool(sentence.tokens)
            _add_row(parts, own, own_boosts)
        sentence_rows.append(_csr(parts, max(1, len(vocabulary))))
        _add_row(document_parts, counts, boosts)
        if number % 1000 == 0 or number == len(documents):
            document_blocks.append(_csr(document_parts, max(1, len(vocabulary))))
            document_parts = ([0], [], [])
    width = max(1, len(vocabulary))

    def widened(m: Any) -> Any:  # the same arrays, no copy
        return sparse.csr_matrix((m.data, m.indices, m.indptr), shape=(m.shape[0], width))

    rows = (
        sparse.vstack([widened(m) for m in document_blocks], format="csr")
        if document_blocks
        else sparse.csr_matrix((0, width))
    )
    return rows, [widened(m) for m in sentence_rows]


def _add_row(parts: _Parts, counts: dict[int, float], boosts: dict[int, float]) -> None:
    """Append one L2-normalised row of ``(1 + log tf) * boost`` to CSR parts."""
    indptr, values, cols = parts
    row = [(1.0 + math.log(tf)) * boosts[col] for col, tf in counts.items()]
    norm = math.sqrt(sum(v * v for v in row)) or 1.0
    cols.extend(counts)
    values.extend(v / norm for v in row)
    indptr.append(len(cols))


def _dense_rows(parts: _Parts, width: int) -> npt.NDArray[np.float64]:
    """The dense matrix of built parts, ``width`` columns wide."""
    indptr, values, cols = parts
    out = np.zeros((len(indptr) - 1, width))
    rows = np.repeat(np.arange(len(indptr) - 1), np.diff(np.array(indptr)))
    out[rows, np.array(cols, dtype=np.intp)] = values
    return out


def dense(matrix: Any) -> npt.NDArray[np.float64]:
    """A matrix of :func:`term_matrix` (or a product of one) as a dense array."""
    out: npt.NDArray[np.float64] = np.asarray(
        matrix.toarray() if hasattr(matrix, "toarray") else matrix, dtype=float
    )
    return out


def _csr(parts: _Parts, width: int) -> Any:
    """The CSR matrix of built parts, ``width`` columns wide, indices sorted."""
    from scipy import sparse

    indptr, values, cols = parts
    out = sparse.csr_matrix(
        (np.array(values, dtype=float), np.array(cols, dtype=np.int32), np.array(indptr)),
        shape=(len(indptr) - 1, width),
    )
    out.sort_indices()
    return out


@per_lexicon
def _weighting(token: str, lexicon: Lexicon) -> tuple[str, float, bool, bool] | None:
    """A content word's stem, idf, and whether it counts as a name or figure inside a
    sentence and at its start (where only a rare capitalised word does); None for
    other tokens."""
    if not lexicon.is_content_word(token):
        return None
    figure = token[:1].isdigit() or token[:1] in "$£€¥"
    capital = token[:1].isupper()
    rare = capital and lexicon.zipf(token) < 4.0
    return lexicon.stem(token), lexicon.idf(token), figure or capital, figure or rare


# --------------------------------------------------------------------------- boilerplate


@cache
def _boilerplate(lexicon: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str]]:
    return (
        re.compile(lexicon.boilerplate_start, re.IGNORECASE | re.VERBOSE),
        re.compile(lexicon.boilerplate_anywhere, re.VERBOSE),
    )


def is_boilerplate(text: str, lexicon: Lexicon = ENGLISH) -> bool:
    """Bylines, time stamps, photo credits, copyright lines and calls to action: not
    part of the story, so never summary material nor a source of keyphrases."""
    start, anywhere = _boilerplate(lexicon)
    return bool(start.match(text.strip()) or anywhere.search(text))


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
    lexicon: Lexicon = ENGLISH

    @property
    def word_count(self) -> int:
        return sum(len(s.tokens) for s in self.sentences)


def parse_article(article: Article, lexicon: Lexicon = ENGLISH) -> Parsed:
    """Split an article into sentences and words, with each sentence's terms."""
    sentences: list[Sentence] = []
    elisions = lexicon.figure_words.elisions
    language = article.language if article.language not in (None, lexicon.code) else None
    for p_index, paragraph in enumerate(article.paragraphs):
        for text in split_sentences(paragraph, lexicon, language):
            words, breaks = tokenize_with_breaks(text)
            if elisions:
                words = [_elided(word, elisions) for word in words]
            tokens = tuple(words)
            sentences.append(
                Sentence(
                    len(sentences),
                    text,
                    p_index,
                    tokens,
                    terms(tokens, lexicon),
                    tuple(breaks),
                    is_boilerplate(text, lexicon),
                )
            )
    title_tokens = tuple(tokenize(article.title)) if article.title else ()
    if elisions:
        title_tokens = tuple(_elided(word, elisions) for word in title_tokens)
    return Parsed(article, tuple(sentences), title_tokens, lexicon)


def _elided(token: str, elisions: frozenset[str]) -> str:
    """The word without an elided article glued to it: "d'euros" -> "euros"."""
    return token[elision(token, elisions) :]


class SumyTokenizer:
    """The object sumy's parsers and document model expect, backed by our splitters."""

    language = ENGLISH.name

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return tuple(split_sentences(paragraph))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(tokenize(sentence))
