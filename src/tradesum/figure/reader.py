"""The scanner: at each number, the words around it read against the lexicon's
figure words (sign, currency, scale, unit, modifiers, direction); then dates, ranges,
changes and units written once, over the sentence."""

from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass
from functools import cache

from tradesum.figure.model import DATE, FigureKind
from tradesum.figure.tokens import _ABBR, _NUM, _SYM, _WORD, _Tokens, number_value
from tradesum.lexicon import FigureWords, Lexicon


@dataclass(slots=True)
class _Found:
    """A figure being read: token span and what is known so far."""

    first: int  # first token (modifiers included)
    last: int  # one past the last token
    kind: FigureKind
    value: float | None
    unit: str | None = None
    direction: str | None = None
    approx: bool = False
    bound: str | None = None
    low: float | None = None
    high: float | None = None
    change: str | None = None
    number_at: int = 0  # the first token of the number itself
    currency_before: bool = False
    #: The scale word the number was written with ("20 billion": 1e9).
    scale: float = 1.0
    #: No unit, scale or currency: a figure only where a change or bound is about it.
    bare: bool = False
    #: A conversion in brackets of the figure before it: "(US $1.1 million)".
    converts: bool = False
    #: A value the figure before it is compared with: "from 3.89 billion", "against 383".
    compared: bool = False


#: Punctuation that ends what a number's neighbours can say of it.
_STOPS = frozenset({",", ";", "(", ")", "!", "?", '"'})


def spoken_number(lower: str, w: FigureWords) -> float | None:
    """A number word's value: "two", or tens and units joined by a hyphen ("twenty-two",
    "dix-sept", "soixante-dix"); None for other words ("two-three" is a range, not five)."""
    value = w.number_words.get(lower)
    if value is not None or "-" not in lower:
        return value
    tens, _, units = lower.partition("-")
    first, second = w.number_words.get(tens), w.number_words.get(units)
    if first is None or second is None or first < 10 or first % 10 or second >= first:
        return None
    return first + second


def _finite(value: float) -> float | None:
    return value if math.isfinite(value) else None


class _Reader:
    """Reads the figures of one sentence."""

    def __init__(self, text: str, lexicon: Lexicon) -> None:
        self.w = lexicon.figure_words
        self.t = _Tokens.of(text, self.w)
        self.stops = lexicon.stop_words()
        self._periods: tuple[list[tuple[int, int, str]], set[int]] | None = None

    def periods(self) -> tuple[list[tuple[int, int, str]], set[int]]:
        """The sentence's periods as token spans (first token, end token, text), in
        order, and the tokens inside them; found once."""
        if self._periods is None:
            t = self.t
            spans: list[tuple[int, int, str]] = []
            inside: set[int] = set()
            for m in _period_pattern(self.w).finditer(t.text):
                first = bisect.bisect_left(t.starts, m.start())
                last = bisect.bisect_right(t.ends, m.end())
                if first < last:
                    spans.append((first, last, m.group()))
                    inside.update(range(first, last))
            self._periods = (spans, inside)
        return self._periods

    # ------------------------------------------------------------------ numbers

    def number(self, i: int) -> tuple[float, int] | None:
        """A number at token ``i`` (digits, or number words): (value, end)."""
        t, w = self.t, self.w
        if i >= t.n:
            return None
        if t.kinds[i] == _NUM:
            value = number_value(t.texts[i], w)
            if i + 1 < t.n and t.lowers[i + 1] == w.hundred:  # "4 hundred million"
                return value * 100, i + 2
            return value, i + 1
        if t.lowers[i] == "a" and i + 1 < t.n and t.lowers[i + 1] in w.scales:
            return 1.0, i + 1  # "a million dollar house"
        if t.lowers[i] in w.lone_scales and (i == 0 or t.kinds[i - 1] != _NUM):
            return 1.0, i  # "mil millones": the scale word is the number

        return self._number_words(i)

    def _number_words(self, i: int) -> tuple[float, int] | None:
        t, w = self.t, self.w
        total, j, seen = 0.0, i, False
        while j < t.n:
            lower = t.lowers[j]
            spoken = spoken_number(lower, w)
            if lower == w.hundred and seen:
                total = total * 100
                j += 1
            elif spoken is not None:
                total += spoken
                seen = True
                j += 1
            elif (
                lower == w.number_joiner
                and seen
                and j + 1 < t.n
                and t.lowers[j + 1] in w.number_words
                and (total >= 100 or (w.tens_joiner and total % 10 == 0))
            ):
                j += 1
            else:
                break
        if seen:
            # "three quarters billion"
            if j + 1 < t.n and t.lowers[j] in w.fractions and t.lowers[j + 1] in w.scales:
                return total * w.fractions[t.lowers[j]], j + 1
            return total, j
        # "half a million", "a quarter million", "three quarters billion"
        k = i + 1 if t.lowers[i] == "a" else i
        count = 1.0
        if k < t.n and t.lowers[k] in w.number_words and k + 1 < t.n:
            count, k = w.number_words[t.lowers[k]], k + 1
        if k < t.n and t.lowers[k] in w.fractions:
            m = k + 1
            if m < t.n and t.lowers[m] == "a":
                m += 1
            if m < t.n and t.lowers[m] in w.scales:
                return count * w.fractions[t.lowers[k]], m
        return None

    def scale(self, j: int) -> tuple[float, int]:
        """A scale word at token ``j`` ("billion", glued "m", "亿"): (factor, end)."""
        t, w = self.t, self.w
        if j < t.n and t.lowers[j] in w.cjk_scales:
            factor, end = w.cjk_scales[t.lowers[j]], j + 1
            while end < t.n and t.lowers[end] in w.cjk_scales:  # "万亿": 1e12
                factor, end = factor * w.cjk_scales[t.lowers[end]], end + 1
            return factor, end
        if j < t.n and t.kinds[j] == _WORD:
            lower = t.lowers[j]
            if lower in w.scales:
                factor = w.scales[lower]
                nxt = t.lowers[j + 1] if j + 1 < t.n else ""
                if factor == 1e3 and w.scales.get(nxt, 0.0) > 1e3 and not t.glued(j + 1):
                    return factor * w.scales[nxt], j + 2  # "mil millones": 1e9
                if lower in w.dotted_scales and nxt == "." and t.glued(j + 1):
                    return factor, j + 2  # "3,2 Mrd. Euro"
                return factor, j + 1
            if t.glued(j) and lower in w.glued_scales:
                return w.glued_scales[lower], j + 1
        return 1.0, j

    # ------------------------------------------------------------------ currencies

    def currency_before(self, i: int) -> tuple[str, int, float] | None:
        """A currency sign or code that ends just before token ``i``: (code, start,
        scale), the scale for codes such as "MUSD"."""
        t, w = self.t, self.w
        j = i - 1
        if j < 0:
            return None
        lower = t.lowers[j]
        if lower in w.currency_symbols:
            code, start = w.currency_symbols[lower], j
            if lower == "$" and j > 0:
                prefix = t.lowers[j - 1].rstrip(".") if t.lowers[j - 1] != "u.s." else "u.s."
                capital = prefix in w.capital_prefixes
                if prefix in w.dollar_prefixes and (
                    (t.glued(j) and (not capital or t.texts[j - 1].isupper()))
                    or ((not capital and len(prefix) > 1) or prefix == "c")
                ):
                    code, start = w.dollar_prefixes[prefix], j - 1
            return code, start, 1.0
        if t.kinds[j] in (_WORD, _ABBR):
            if lower in w.codes and (t.texts[j].isupper() or lower in w.lower_codes):
                return w.codes[lower], j, 1.0
            if lower[:1] == "m" and lower[1:] in w.codes and t.texts[j][:1] == "M":
                return w.codes[lower[1:]], j, 1e6
            if lower == "dollar":
                return "USD", j, 1.0
        return None

    def currency_after(self, j: int, scaled: bool) -> tuple[str, int, float] | None:
        """A currency word or code at token ``j``: (code, end, factor), the factor for
        subunits ("cents"); ambiguous words ("pounds") only when ``scaled`` or after a
        country word."""
        t, w = self.t, self.w
        if j >= t.n:
            return None
        lower = t.lowers[j]
        if (
            scaled
            and lower in w.currency_joiners
            and j + 1 < t.n
            and t.lowers[j + 1] not in w.currency_joiners  # one joiner, no recursion
        ):
            # "8,4 milliards d'euros", "1.200 millones de dólares"
            joined = self.currency_after(j + 1, scaled)
            if joined is not None:
                return joined
        end, cjk = t.phrase(j, w.cjk_currencies)
        if cjk:
            return w.cjk_currencies[cjk], end, 1.0
        if t.kinds[j] == _SYM and lower in w.currency_symbols:
            # "10 $", "100 €": a sign after the number (only where no number follows it).
            nxt = j + 1
            if nxt >= t.n or t.kinds[nxt] != _NUM:
                return w.currency_symbols[lower], j + 1, 1.0
            return None
        if lower == "-" and t.glued(j) and j + 1 < t.n and t.glued(j + 1):
            # "one-yen bid", "12-cent-a-share dividend"
            head = t.lowers[j + 1].split("-")[0]
            if head in w.subunits:
                code, factor = w.subunits[head]
                return code, j + 2, factor
            glued = self._currency_noun(j + 1)
            glued_code = w.currency_words.get(glued[0]) if glued else None
            return (glued_code, j + 2, 1.0) if glued_code else None
        end, country = t.phrase(j, w.currency_countries)
        if country:
            noun = self._currency_noun(end)
            # "U.S. Dlrs", "Taiwan dlrs": the newswire's dollar
            word = "dollar" if noun and noun[0] in ("dlr", "dlrs") else noun[0] if noun else ""
            if noun and word in w.currency_countries[country]:
                return w.currency_countries[country][word], noun[1], 1.0
        if (
            lower in w.codes
            and (t.texts[j].isupper() or lower in w.lower_codes)
            and lower not in ("rs", "rs.")
        ):
            return w.codes[lower], j + 1, 1.0
        if lower[:1] == "m" and lower[1:] in w.codes and t.texts[j][:1] == "M":
            return w.codes[lower[1:]], j + 1, 1e6
        if lower in w.subunits:
            code, factor = w.subunits[lower]
            return code, j + 1, factor
        if lower == "p" and t.glued(j):
            return "GBP", j + 1, 0.01
        noun = self._currency_noun(j)
        if noun:
            word_code = w.currency_words[noun[0]]
            if noun[0] == "pound":
                after = noun[1]
                if after < t.n and t.lowers[after] in ("sterling", "stg"):
                    return "GBP", after + 1, 1.0
                if scaled:
                    return "GBP", after, 1.0
                return None
            if word_code is None:
                word_code = w.scaled_currencies.get(noun[0]) if scaled else None
                return (word_code, noun[1], 1.0) if word_code else None
            return word_code, noun[1], 1.0
        if lower in ("sterling", "stg"):
            return "GBP", j + 1, 1.0
        return None

    def _currency_noun(self, j: int) -> tuple[str, int] | None:
        t, w = self.t, self.w
        if j >= t.n or t.kinds[j] != _WORD:
            return None
        lower = t.lowers[j]
        singular = w.currency_plurals.get(lower)
        if singular is None:
            singular = (
                lower[:-1] if lower.endswith("s") and lower[:-1] in w.currency_words else lower
            )
        if singular in w.currency_words:
            return singular, j + 1
        return None

    # ------------------------------------------------------------------ one figure

    def at(self, i: int) -> _Found | None:
        """The figure whose number starts at token ``i``, or None."""
        t, w = self.t, self.w
        number = self.number(i)
        if number is None:
            return None
        value, j = number
        # A label ("Section 232", "iPhone 11", "TA-35", "G20"), a time ("5 pm"), a year.
        if t.kinds[i] == _NUM:
            if self._year(i, j, False) and self.currency_before(i) is None:
                return _Found(i, j, FigureKind.DATE, None)
            if self._lone(i, j):
                return None
            if self._label(i):
                return None
            if j < t.n and t.lowers[j] == ":" and j + 1 < t.n and t.kinds[j + 1] == _NUM:
                return None
            if j < t.n and t.lowers[j] in w.times_of_day:
                return None
        sign, direction, first, currency = self._sign_and_currency(i)
        factor, j = self.scale(j)
        scaled = factor != 1.0
        found: _Found | None = None
        if currency is not None:
            code, start, code_scale = currency
            first = min(first, start)
            # "$76 US", "$75 U.S.": the country after the sign.
            if j < t.n and t.lowers[j].rstrip(".") in ("us", "u.s") and not t.glued(j):
                j += 1
            after = self.currency_after(j, scaled=True)
            if after is not None and after[0] == code:  # "USD 10 dollars"
                j = after[1]
            found = _Found(first, j, FigureKind.MONEY, value * factor * code_scale * sign, code)
            found.currency_before = True
        else:
            # "75 USD million": a code, then the scale.
            after = self.currency_after(j, scaled)
            if after is not None:
                code, end, sub = after
                more, end2 = self.scale(end) if not scaled else (1.0, end)
                found = _Found(
                    first, end2, FigureKind.MONEY, value * factor * more * sub * sign, code
                )
            else:
                percent = self._percent(j)
                if percent is not None:
                    unit, end = percent
                    found = _Found(first, end, FigureKind.PERCENT, value * factor * sign, unit)
                else:
                    measure = self._measure(j)
                    if (
                        measure is not None
                        and measure[0] in w.time_units
                        and i > 0
                        and (t.lowers[i - 1] in w.period_openers)
                    ):
                        return None  # "the first two months of 1987": a period
                    if measure is not None:
                        unit, end = measure
                        found = _Found(first, end, FigureKind.MEASURE, value * factor * sign, unit)
        if found is None:
            if t.kinds[i] == _NUM and self._year(i, j, scaled):
                return _Found(first, j, FigureKind.DATE, None)
            count = self._count(j, value)
            # "100 or more shows": a bound between the number and its noun
            past, phrase = t.phrase(j, w.bound_after)
            if count is None and phrase:
                count = self._count(past, value)
            if count is not None:
                noun, end = count
                found = _Found(first, end, FigureKind.COUNT, value * factor * sign, noun)
                if phrase:
                    found.bound = w.bound_after[phrase]
            elif scaled:
                found = _Found(first, j, FigureKind.NUMBER, value * factor * sign)
            else:
                found = _Found(first, j, FigureKind.NUMBER, value * sign, bare=True)
        found.number_at = i
        found.scale = factor
        if direction and not found.direction:
            found.direction = direction
        if found.value is not None:
            found.value = _finite(found.value)
        self._money_tail(found)
        self._rate(found)
        return found

    def _lone(self, i: int, j: int) -> bool:
        """A number between other numbers or stops ("1 1 1", "(5, 6)"): no unit, no word
        before it that could make it a figure, so it is none. (The quick way out keeps a
        text of bare numbers as cheap as prose.)"""
        t = self.t
        before_ok = i == 0 or t.kinds[i - 1] == _NUM or t.lowers[i - 1] in _STOPS
        after_ok = j >= t.n or t.kinds[j] == _NUM or t.lowers[j] in _STOPS
        return before_ok and after_ok and (i == 0 or t.lowers[i - 1] not in "-−+")

    def _sign_and_currency(
        self, i: int
    ) -> tuple[float, str | None, int, tuple[str, int, float] | None]:
        """The sign before the number at token ``i`` ("-0.3%", "minus 2.5", "+0.2%",
        "$-50.8bn", "-$5bn") and its currency sign or code: (sign, direction, first
        token, currency). A hyphen glued to a word or number before it is no sign
        ("COVID-19", "5-10")."""
        t, w = self.t, self.w
        sign, direction, first = 1.0, None, i
        before = i - 1
        if before >= 0 and t.lowers[before] in ("-", "−", "+") and t.glued(i):
            glued_to_word = before > 0 and t.glued(before) and t.kinds[before - 1] in (_NUM, _WORD)
            if (
                not glued_to_word
                or t.lowers[before - 1] in w.minus
                or t.lowers[before - 1] in w.currency_symbols
            ):
                if t.lowers[before] == "+":
                    direction = "up"
                else:
                    sign = -1.0
                first = before
        elif before >= 0 and t.lowers[before] == "minus":
            sign, first = -1.0, before
        elif before >= 1 and t.lowers[before] == "-" and t.lowers[before - 1] == "minus":
            sign, first = -1.0, before - 1
        currency = self.currency_before(first)
        if currency is None and first > 0 and t.lowers[first - 1] in ("-", "−") and t.glued(first):
            currency = self.currency_before(first - 1)  # "$-50.8bn"
            if currency is not None:
                sign = -1.0
        if currency is not None and sign == 1.0:
            k = currency[1] - 1  # "-$5bn", "minus $5bn"
            if (
                k >= 0
                and t.lowers[k] in ("-", "−", "minus")
                and (t.glued(currency[1]) or t.lowers[k] == "minus")
                and not (k > 0 and t.glued(k) and t.kinds[k - 1] in (_NUM, _WORD))
            ):
                sign, first = -1.0, k
        return sign, direction, first, currency

    def _label(self, i: int) -> bool:
        """A number that names rather than counts: "Section 232", "iPhone 11", "TA-35"."""
        t, w = self.t, self.w
        j = i - 1
        if j < 0 or self.currency_before(i) is not None:
            return False
        if (
            t.glued(i)
            and t.kinds[j] == _WORD
            and t.lowers[j] not in w.codes
            and t.lowers[j] not in (w.dollar_prefixes)
        ):
            return t.lowers[j] not in ("q", "h", "fy", "mid", "usd")  # "G20", "A380", "CO2"
        if t.lowers[j] == "-" and t.glued(i) and j > 0 and t.glued(j) and t.kinds[j - 1] == _WORD:
            return t.lowers[j - 1] not in w.minus and t.lowers[j - 1] != "mid"  # "COVID-19"
        lower = t.lowers[j].rstrip(".")
        if lower in w.labels or t.lowers[j] in w.labels:
            return True
        # "S&P 500", "Fortune 100": a capitalised word just before a bare number
        if t.kinds[j] == _WORD and t.texts[j][:1].isupper() and j > 0 and lower not in w.months:
            return not self._has_unit(i)
        return False

    def _has_unit(self, i: int) -> bool:
        number = self.number(i)
        if number is None:
            return False
        _, j = number
        _, j2 = self.scale(j)
        return (
            j2 != j
            or self.currency_after(j2, True) is not None
            or self._percent(j2) is not None
            or self._measure(j2) is not None
        )

    def _year(self, i: int, j: int, scaled: bool) -> bool:
        text = self.t.texts[i]
        return (
            not scaled
            and len(text) == 4
            and text.isdigit()
            and 1950 <= int(text) <= 2049
            and not (j < self.t.n and self.t.lowers[j] in self.w.cjk_scales)
            and self._percent(j) is None
            and self._measure(j) is None
        )

    def _percent(self, j: int) -> tuple[str, int] | None:
        t, w = self.t, self.w
        if j >= t.n:
            return None
        if t.glued(j) and t.lowers[j] in w.glued_percent:
            end, _ = t.phrase(j + 1, {("points",): "pp"})
            return ("pp", end) if end > j + 1 else ("%", j + 1)
        end, phrase = t.phrase(j, w.percent_words)
        if not phrase:
            return None
        unit = w.percent_words[phrase]
        # "percentage" alone counts only where no noun follows ("a percentage of" is none).
        if phrase == ("percentage",) and end < t.n and t.lowers[end] == w.of:
            return None
        # "5 percent points"
        if unit == "%" and end < t.n and t.lowers[end] in ("point", "points"):
            return "pp", end + 1
        return unit, end

    def _measure(self, j: int) -> tuple[str, int] | None:
        t, w = self.t, self.w
        if j >= t.n or t.kinds[j] not in (_WORD, _SYM):
            return None
        if t.glued(j) and t.kinds[j] == _WORD and t.lowers[j] in w.glued_measures:
            end, phrase = t.phrase(j, w.measures)
            if phrase and len(phrase) > 1:
                return w.measures[phrase], end
            return w.glued_measures[t.lowers[j]], j + 1
        # "-inch", "-mile": a hyphen glued on both sides ("6.1-inch display").
        k = j + 1 if t.lowers[j] == "-" and t.glued(j) and t.glued(j + 1) else j
        end, phrase = t.phrase(k, w.measures)
        if not phrase:
            return None
        if k != j and phrase[0] in ("years", "months", "days", "weeks", "hours", "points"):
            return None  # "5-years" is rare; "a 10-year bond" has "year", no measure
        return w.measures[phrase], end

    def _count(self, j: int, value: float) -> tuple[str, int] | None:
        """A counted noun after a number: up to two modifiers, then a plural noun
        ("14 first-team players", "13,000 workers"), or "one" + a singular noun."""
        t, w = self.t, self.w
        stops = self.stops
        k = j
        for _ in range(3):
            if k >= t.n or t.kinds[k] != _WORD or (t.glued(k) and k == j):
                return None
            lower = t.lowers[k]
            if lower in stops and lower not in w.plural_nouns:
                return None
            if self._plural(k):
                return " ".join(t.lowers[j : k + 1]), k + 1
            if value == 1 and k == j and lower not in w.not_plurals and t.texts[k].islower():
                if lower.endswith(("ly", "s")) or lower in w.not_counted_once:
                    return None
                return lower, k + 1
            k += 1
        return None

    def _plural(self, k: int) -> bool:
        t, w = self.t, self.w
        lower = t.lowers[k]
        if lower in w.plural_nouns:
            return True
        return (
            len(lower) > 3
            and lower.endswith("s")
            and not lower.endswith(("ss", "us", "is", "ous"))
            and lower not in w.not_plurals
            and "'" not in lower
            and "’" not in lower
        )

    def _money_tail(self, found: _Found) -> None:
        """ "3 dollars 50 cents", "thirteen dollars forty five", "15 dollars and 50"."""
        t = self.t
        if found.kind is not FigureKind.MONEY or found.value is None or found.currency_before:
            return
        j = found.last
        if j < t.n and t.lowers[j] == self.w.number_joiner:
            j += 1
        number = self.number(j) if j < t.n else None
        if number is None or not 0 < number[0] < 100 or t.glued(j):
            return
        value, end = number
        if end < t.n and t.lowers[end] in ("cents", "cent"):
            end += 1
        elif end < t.n and (t.kinds[end] in (_WORD, _NUM) or t.lowers[end] in ("$", "%")):
            return
        found.value += value / 100
        found.last = end

    def _rate(self, found: _Found) -> None:
        """ "$5 a barrel", "barrels per day"; "a year" is a period, not a rate."""
        t, w = self.t, self.w
        if found.kind not in (FigureKind.MONEY, FigureKind.MEASURE, FigureKind.COUNT):
            return
        j = found.last
        if j + 2 < t.n and t.lowers[j] in w.rate_words and t.lowers[j + 1] == "square":
            found.unit = f"{found.unit} per square {t.lowers[j + 2]}"
            found.last = j + 3
            return
        if j + 1 < t.n and t.lowers[j] in w.rate_words and t.lowers[j + 1] in w.rate_nouns:
            if (t.lowers[j], t.lowers[j + 1]) in w.period_rates:
                return
            if t.lowers[j] == "/" and not (t.glued(j) and t.glued(j + 1)):
                return
            noun = t.lowers[j + 1]
            found.unit = f"{found.unit} per {noun}"
            found.last = j + 2

    def reversed_percent(self, i: int) -> _Found | None:
        """ "per cent of twenty-two": a percent word, "of", then a bare number."""
        t, w = self.t, self.w
        end, phrase = t.phrase(i, w.percent_words)
        if not phrase or w.percent_words[phrase] != "%" or phrase == ("%",):
            return None
        if i > 0 and (t.kinds[i - 1] == _NUM or t.lowers[i - 1] in w.number_words):
            return None
        if end >= t.n or t.lowers[end] != w.of:
            return None
        number = self.number(end + 1)
        if number is None:
            return None
        value, last = number
        if last < t.n and t.kinds[last] in (_WORD, _NUM):
            return None  # "percent of 2019 sales": the number belongs to what follows
        found = _Found(i, last, FigureKind.PERCENT, value, "%")
        found.number_at = end + 1
        return found

    # ------------------------------------------------------------------ context

    def modifiers(self, found: _Found) -> None:
        """Approximation, bounds and direction from the words around the figure."""
        t, w = self.t, self.w
        first = found.first
        k = t.phrase_before(first, w.bound_max)
        if k < first:
            found.bound, first = "max", k
        else:
            k = t.phrase_before(first, w.bound_min)
            if k < first:
                found.bound, first = "min", k
        k = t.phrase_before(first, w.approx)
        if k < first:
            found.approx, first = True, k
        if first > 0 and t.lowers[first - 1] == "~":
            found.approx, first = True, first - 1
        found.first = first
        _, phrase = t.phrase(found.last, w.bound_after)
        if phrase and not found.bound:
            found.bound = w.bound_after[phrase]
        elif (
            found.last + 1 < t.n
            and t.lowers[found.last] == "-"
            and t.lowers[found.last + 1] == "plus"
            and t.glued(found.last + 1)
        ):
            found.bound = "min"  # "100-plus"
        _, phrase = t.phrase(found.last, w.approx_after)
        if phrase:
            found.approx = True
        if found.direction is None:
            found.direction = self._direction(found)

    def _direction(self, found: _Found) -> str | None:
        t, w = self.t, self.w
        # After: "34.4% higher", "a 3 percent drop".
        j = found.last
        if j < t.n and t.lowers[j] in w.directions_after:
            return w.directions[t.lowers[j]]
        return self.direction_before(found.first)

    def direction_before(self, first: int) -> str | None:
        """The direction word that governs a figure starting at token ``first``: the
        nearest one before it with only gap words between ("rose by 5%", "up nearly
        57%"), or before "by" past an object ("cut tariffs by 5%"); none where the
        figure is a level ("rose to 5%") or the start of a change ("from 5%")."""
        t, w = self.t, self.w
        k = first - 1
        steps = 0
        while k >= 0 and steps < 4:
            lower = t.lowers[k]
            if lower in w.directions and self._directional(k):
                return w.directions[lower]
            if lower in w.level_words or lower == w.change_from:
                return None
            if lower == "by" and k > 0:
                # "grow sales by 35%": a verb, its object, then "by".
                for back in range(k - 1, max(-1, k - 4), -1):
                    word = t.lowers[back]
                    if word in w.directions and self._directional(back):
                        return w.directions[word]
                    if t.kinds[back] != _WORD or word in (",", ";"):
                        break
                return None
            if lower not in w.direction_gap:
                return None
            k -= 1
            steps += 1
        return None

    def _directional(self, k: int) -> bool:
        """A direction word that is one here: not "up to", not "gave up", not a noun
        of a level ("a loss of")."""
        t, w = self.t, self.w
        lower = t.lowers[k]
        if lower in ("up", "down"):
            if k + 1 < t.n and t.lowers[k + 1] == "to" and lower == "up":
                return False
            return not (k > 0 and t.lowers[k - 1] in w.phrasal_verbs)
        return True


# ------------------------------------------------------------------------------ sentence


@cache
def _period_pattern(words: FigureWords) -> re.Pattern[str]:
    return re.compile(words.periods, re.IGNORECASE)


def _dates(reader: _Reader) -> list[tuple[int, int]]:
    """Token spans of dates: "May 3", "3 May 2025", "March 2024", "on Monday"."""
    t, w = reader.t, reader.w
    out: list[tuple[int, int]] = []
    i = 0
    n = t.n
    while i < n:
        lower = t.lowers[i]
        if t.kinds[i] == _WORD and lower in w.months and _month_case(t.texts[i], w):
            j = i + 1
            if j + 1 < n and t.lowers[j] == "." and t.glued(j) and t.kinds[j + 1] == _NUM:
                j += 1  # "Feb. 3", not the stop after "in February."
            day = (
                j < n and t.kinds[j] == _NUM and t.texts[j].isdigit() and 1 <= int(t.texts[j]) <= 31
            )
            year = j < n and t.kinds[j] == _NUM and len(t.texts[j]) == 4 and t.texts[j].isdigit()
            if day and not year:
                j += 1
                if j < n and t.lowers[j] in w.ordinals and t.glued(j):
                    j += 1
                j = _year_after(t, j, w)
                out.append((i, j))
                i = j
                continue
            if year:
                out.append((i, j + 1))
                i = j + 1
                continue
            cue = i > 0 and t.lowers[i - 1] in w.month_cues
            if (cue and len(lower) > 3 and lower != "may") or (
                cue and lower == "may" and i > 0 and t.lowers[i - 1] == "in"
            ):
                out.append((i, j))
                i = j
                continue
        elif (
            t.kinds[i] == _WORD
            and lower in w.weekdays
            and i > 0
            and t.lowers[i - 1] in w.weekday_cues
        ):
            out.append((i, i + 1))
        elif t.kinds[i] == _NUM and t.texts[i].isdigit() and 1 <= int(t.texts[i]) <= 31:
            j = i + 1
            if j < n and t.lowers[j] in w.ordinals and t.glued(j):
                j += 1
            if j < n and t.lowers[j] in w.date_joiners:
                j += 1
            if (
                j < n
                and t.kinds[j] == _WORD
                and t.lowers[j] in w.months
                and _month_case(t.texts[j], w)
            ):
                j += 1
                if j < n and t.lowers[j] == "." and t.glued(j):
                    j += 1
                j = _year_after(t, j, w)
                out.append((i, j))
                i = j
                continue
        i += 1
    return out


def _month_case(spelling: str, w: FigureWords) -> bool:
    """A month name written as the language writes months ("May", "mai", "mayo")."""
    return spelling[:1].isupper() or not w.months_capitalised


def _year_after(t: _Tokens, j: int, w: FigureWords) -> int:
    """Past the year that may end a date at token ``j``: "May 3, 2025", "3 May 2025",
    "1 de enero de 2026"."""
    if (
        j + 1 < t.n
        and t.lowers[j] in w.year_joiners
        and t.kinds[j + 1] == _NUM
        and len(t.texts[j + 1]) == 4
    ):
        return j + 2
    if j < t.n and t.kinds[j] == _NUM and len(t.texts[j]) == 4:
        return j + 1
    return j


def _ranges(reader: _Reader, found: list[_Found]) -> list[_Found]:
    """Joins "15 to 20 billion", "between $62 and $68", "5-10%", "three or four years"
    into ranges; marks "from A to B" (and "to B from A") as a change: two figures,
    linked; gives a conversion in brackets ("7.5 million crowns (US $1.1 million)") the
    bound, approximation and direction of the figure it converts."""
    t, w = reader.t, reader.w
    out: list[_Found] = []
    i = 0
    while i < len(found):
        a = found[i]
        b = found[i + 1] if i + 1 < len(found) else None
        if b is None or DATE in (a.kind, b.kind):
            out.append(a)
            i += 1
            continue
        gap = t.lowers[a.last : b.first]
        before = t.lowers[a.first - 1] if a.first > 0 else ""
        hyphen = gap in (["-"], ["–"], ["—"])
        if hyphen and a.bare and b.bare:
            i += 2  # "2-0": a score
            continue
        same_unit = a.bare or (
            a.kind is b.kind and (a.unit == b.unit or (b.unit or "").startswith(f"{a.unit} "))
        )
        # "from $36,040 at 10.45pm last night to $34,935": a few words may come between.
        spread = 0 < len(gap) <= 8 and gap[-1] == w.change_to and not {",", ";", "and"} & set(gap)
        if (
            before == w.change_from
            and spread
            and not _range_opener(t, a, w)
            and (same_unit or b.bare)
        ):
            low = _low_end(a, b) if not b.bare else a.value
            if b.bare:
                b.kind, b.unit, b.bare, b.value = a.kind, a.unit, a.bare, b.value
            a.value = low
            a.change, b.change = "from", "to"
            # "plummeted from $36,040 to $34,935": the verb before "from" directs both.
            direction = reader.direction_before(a.first - 1)
            a.direction = a.direction or direction
            b.direction = b.direction or direction
            if direction:
                a.bare = b.bare = False
            out += [a, b]
            i += 2
            continue
        joins = (
            gap in ([w.change_to], ["-"], ["–"], ["—"])
            or (before == "between" and gap == [w.range_joiner])
            or (gap == ["or"] and a.bare and not b.bare)
        )
        if a.direction and before not in w.range_openers and gap == [w.change_to]:
            joins = joins and a.bare and not b.bare  # "rose 2.5 to 31.6": a change, a level
        if joins and same_unit:
            low = _low_end(a, b)
            if low is not None and b.value is not None and low <= b.value:
                merged = _Found(
                    a.first,
                    b.last,
                    b.kind,
                    None,
                    b.unit,
                    b.direction or a.direction,
                    a.approx or b.approx,
                    a.bound or b.bound,
                    low,
                    b.value,
                )
                merged.number_at, merged.bare = a.number_at, a.bare and b.bare
                out.append(merged)
                i += 2
                continue
        out.append(a)
        i += 1
    amounts = [f for f in out if f.kind is not DATE]
    dated = {k for f in out if f.kind is DATE for k in range(f.first, f.last)}
    in_period = reader.periods()[1]
    for k in range(len(amounts) - 1):
        a, b = amounts[k], amounts[k + 1]
        # The words between, without dates, periods and their prepositions ("in
        # February", "in the first two months of 1987").
        gap = [
            t.lowers[x]
            for x in range(a.last, b.first)
            if x not in dated
            and x not in in_period
            and not ((x + 1 in dated or x + 1 in in_period) and t.lowers[x] in ("in", "on", "of"))
        ]
        # "to B from A": the change written backwards.
        if (
            a.change is None
            and b.change is None
            and a.first > 0
            and t.lowers[a.first - 1] == w.change_to
            and gap in ([w.change_from], [",", w.change_from])
            and a.kind is b.kind
            and a.unit == b.unit
        ):
            a.change, b.change = "to", "from"
        # "from 3.89 billion a year ago and from 4.95 billion in January": the values a
        # figure is compared with measure what it does.
        joined = t.lowers[b.first - 1] if b.first > 0 else ""
        if (
            a.kind is b.kind
            and a.unit == b.unit
            and (
                joined in w.comparison_words
                or (joined == "and" and (a.compared or a.change == w.change_from))
            )
        ):
            b.compared = True  # "... from 4.77 billion a year earlier and 5.70 billion"
        # "7.5 million Danish crowns (US $1.1 million)"
        if gap == ["("] and b.last < t.n and t.lowers[b.last] == ")":
            b.bound = b.bound or a.bound
            b.approx = b.approx or a.approx
            b.direction = b.direction or a.direction
            b.converts = True
    return out


def _range_opener(t: _Tokens, a: _Found, w: FigureWords) -> bool:
    """ "range from A to B", "ranging from": a range, not a change."""
    k = a.first - 2
    return k >= 0 and t.lowers[k] in w.range_openers and t.lowers[k] != w.change_from


def _low_end(a: _Found, b: _Found) -> float | None:
    """The low end of a range or the start of a change, with the high end's scale and
    unit where the low end has none: "15 to 20 billion" -> 15e9, "US $89 to $93
    billion" -> 89e9 (but "$200 to $4 million" stays 200)."""
    if a.value is None:
        return None
    if a.scale != 1.0 or b.scale == 1.0 or b.value is None:
        if a.bare:
            a.kind, a.unit, a.bare = b.kind, b.unit, b.bare
        return a.value
    written = b.value / b.scale
    if a.bare or abs(a.value) <= abs(written):
        a.kind, a.unit, a.bare = b.kind, b.unit, False
        return a.value * b.scale
    return a.value


def _elided_units(found: list[_Found]) -> None:
    """A scaled number without a unit repeats the unit of the last amount before it in
    the sentence: "2.77 billion dlrs, down from 2.99 billion in January"."""
    last: _Found | None = None
    for f in found:
        # An amount written with a scale or a currency ("two months" is neither).
        if f.kind is FigureKind.MONEY or (
            f.kind in (FigureKind.MEASURE, FigureKind.COUNT) and f.scale != 1.0
        ):
            last = f
        elif f.kind is FigureKind.NUMBER and not f.bare and f.scale != 1.0 and last is not None:
            f.kind, f.unit = last.kind, last.unit


def _keeps_bare(reader: _Reader, f: _Found) -> bool:
    """A bare number is a figure where a change or bound is about it: "rose 2.5 to
    31.6", "around 73" (never a year or a lone small integer)."""
    t, w = reader.t, reader.w
    if t.kinds[f.number_at] != _NUM:
        return False  # "about three": a number in words needs a unit
    if f.direction or f.bound or f.approx:
        return True
    k = f.first - 1
    if k < 1 or t.lowers[k] not in w.level_words or "." not in t.texts[f.number_at]:
        return False
    # "rose to 3.65", "gained 1% to close at 1,478.20", "rose 2.5 to 31.6"
    return any(t.lowers[x] in w.directions for x in range(max(0, k - 5), k))
