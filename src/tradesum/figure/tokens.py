"""A sentence cut into tokens, with the spans and tests the scanner needs."""

from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import dataclass, field
from functools import cache

from tradesum.lexicon import FigureWords, Phrase, elision

#: A letter of a word. Chinese, Japanese and Korean characters are not: each is a
#: token of its own, so "2000亿美元" reads as a number, a scale and a currency.
_LETTER = r"[^\W\d_\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]"
_WORD_TOKEN = rf"(?P<word>{_LETTER}+(?:['’-]{_LETTER}+)*)"
_ABBR_TOKEN = r"(?P<abbr>(?:[A-Za-z]\.){2,}|[A-Za-z]\.[A-Za-z](?![\w.]))"

_TOKEN = re.compile(
    r"""
    (?P<num>\d{1,3}(?:,\d{3})+(?!\d)(?:\.\d+)?|\d{1,2}(?:,\d\d)+,\d{3}(?!\d)(?:\.\d+)?
      |\d+(?:\.\d+)?|\.\d+)
    """
    + f"| {_ABBR_TOKEN} | {_WORD_TOKEN} | (?P<sym>\\S)",
    re.VERBOSE,
)
_NUM, _ABBR, _WORD, _SYM = "num", "abbr", "word", "sym"

# Languages that write "27,5" and "3.000" (and, in French, "3 000"): a dot before exactly
# three digits groups thousands, a comma marks decimals; "3.5" still reads as 3.5.
_GROUPS = r"\d{1,3}(?:\.\d{3})+(?![\d.])(?:,\d+)?"
_SPACED = r"|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,.])(?:,\d+)?"


@cache
def _comma_pattern(spaced: bool) -> re.Pattern[str]:
    """The tokens of a language with a decimal comma (compiled on first use: English
    has no need of it)."""
    number = rf"(?P<num>{_GROUPS}{_SPACED if spaced else ''}|\d+(?:[,.]\d+)?|,\d+)"
    return re.compile(f"{number} | {_ABBR_TOKEN} | {_WORD_TOKEN} | (?P<sym>\\S)", re.VERBOSE)


_SPACES = str.maketrans("", "", " \u00a0\u202f")


def number_value(text: str, words: FigureWords) -> float:
    """The value of a number token as the language writes it: "1,200.5" in English,
    "1.200,5" in German."""
    if not words.decimal_comma:
        return float(text.replace(",", ""))
    text = text.translate(_SPACES)
    if "," in text:
        return float(text.replace(".", "").replace(",", "."))
    head, _, tail = text.rpartition(".")
    if head and len(tail) == 3:
        return float(text.replace(".", ""))
    return float(text)


def decimals(text: str, words: FigureWords) -> int:
    """Digits written after the decimal mark of a number token, as :func:`number_value`
    reads it ("27,55" has two in German; "3.000" none)."""
    if not words.decimal_comma:
        return len(text.rpartition(".")[2]) if "." in text else 0
    text = text.translate(_SPACES)
    if "," in text:
        return len(text.rpartition(",")[2])
    tail = text.rpartition(".")[2]
    return len(tail) if "." in text and len(tail) != 3 else 0


def number_tokens(text: str, words: FigureWords) -> list[str]:
    """The number tokens of a text, as the figure reader cuts them."""
    return [m.group() for m in _pattern(words).finditer(text) if m.lastgroup == _NUM]


def _parts(kind: str, piece: str, words: FigureWords) -> list[tuple[str, int, str]]:
    """A token as the reader takes it: (kind, offset in the token, text) for each part.
    A number word glued to the next word by a hyphen splits off ("12-cent", "one-yen";
    "year-old" stays whole), and so does an elided article ("d'euros", "l’acier")."""
    if kind != _WORD:
        return [(kind, 0, piece)]
    parts = [(_WORD, 0, piece)]
    if "-" in piece:
        head, _, rest = piece.partition("-")
        numbers = words.number_words
        if head.lower() in numbers and rest and rest.lower() not in numbers:
            parts = [(_WORD, 0, head), (_SYM, len(head), "-"), (_WORD, len(head) + 1, rest)]
    if not words.elisions:
        return parts
    out: list[tuple[str, int, str]] = []
    for part_kind, offset, part in parts:
        cut = elision(part, words.elisions) if part_kind == _WORD else 0
        if cut:
            out += [(_WORD, offset, part[:cut]), (_WORD, offset + cut, part[cut:])]
        else:
            out.append((part_kind, offset, part))
    return out


def _pattern(words: FigureWords) -> re.Pattern[str]:
    if not words.decimal_comma:
        return _TOKEN
    return _comma_pattern(words.space_groups)


@dataclass(slots=True)
class _Tokens:
    """A sentence cut into tokens: parallel lists of kind, text, lower case and span."""

    text: str
    kinds: list[str]
    texts: list[str]
    lowers: list[str]
    starts: list[int]
    ends: list[int]
    n: int = 0
    #: Token indices of clause breaks (";").
    breaks: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.n = len(self.kinds)
        self.breaks = [k for k, lower in enumerate(self.lowers) if lower == ";"]

    @classmethod
    def of(cls, text: str, words: FigureWords) -> _Tokens:
        kinds: list[str] = []
        texts: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        cuts = words.elisions  # an elided article may split off a word
        for match in _pattern(words).finditer(text):
            at, kind, piece = match.start(), match.lastgroup or _SYM, match.group()
            if kind != _WORD or ("-" not in piece and not cuts):  # one part: most tokens
                kinds.append(kind)
                texts.append(piece)
                starts.append(at)
                ends.append(match.end())
                continue
            for part_kind, offset, part in _parts(kind, piece, words):
                kinds.append(part_kind)
                texts.append(part)
                starts.append(at + offset)
                ends.append(at + offset + len(part))
        return cls(text, kinds, texts, [t.lower() for t in texts], starts, ends)

    def __len__(self) -> int:
        return len(self.kinds)

    def glued(self, i: int) -> bool:
        """Token ``i`` touches the one before it."""
        return 0 < i < self.n and self.starts[i] == self.ends[i - 1]

    def phrase(self, i: int, phrases: Container[Phrase]) -> tuple[int, Phrase]:
        """The longest phrase of ``phrases`` that starts at token ``i``: (end, phrase)."""
        best: tuple[int, Phrase] = (i, ())
        for size in (1, 2, 3, 4):
            key = tuple(self.lowers[i : i + size])
            if len(key) < size:
                break
            if key in phrases:
                best = (i + size, key)
        return best

    def phrase_before(self, i: int, phrases: frozenset[Phrase]) -> int:
        """The start of the longest phrase of ``phrases`` that ends just before token
        ``i``, or ``i`` when none does."""
        best = i
        for size in (1, 2, 3, 4):
            if i - size < 0:
                break
            if tuple(self.lowers[i - size : i]) in phrases:
                best = i - size
        return best
