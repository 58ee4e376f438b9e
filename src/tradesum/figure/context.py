"""What a sentence tells of each figure: its period, subject and place."""

from __future__ import annotations

import bisect
import re

from tradesum.figure.model import DATE, FigureKind
from tradesum.figure.reader import _Found, _Reader
from tradesum.figure.tokens import _ABBR, _NUM, _WORD, _Tokens
from tradesum.lexicon import Lexicon

#: Tokens either side of a figure in which its period and place are looked for: a clause
#: of news rarely runs longer, and a bound keeps a sentence of a thousand figures linear.
_WINDOW = 40


def _neighbours(kept: list[_Found]) -> list[tuple[int, int]]:
    """For each figure, where the amount before it ends and the one after it starts
    (dates are not amounts: a period such as "in February" may be one)."""
    before: list[int] = []
    previous = 0
    for f in kept:
        before.append(previous)
        if f.kind is not DATE:
            previous = f.last
    after: list[int] = [0] * len(kept)
    following = 1 << 30
    for k in range(len(kept) - 1, -1, -1):
        after[k] = following
        if kept[k].kind is not DATE:
            following = kept[k].first
    return list(zip(before, after, strict=True))


def _clause_bounds(t: _Tokens, i: int) -> tuple[int, int]:
    """The clause around token ``i``: between semicolons, at most :data:`_WINDOW`
    tokens either side."""
    breaks = t.breaks
    at = bisect.bisect_left(breaks, i)
    start = breaks[at - 1] + 1 if at > 0 else 0
    end = breaks[at] if at < len(breaks) else t.n
    return max(start, i - _WINDOW), min(end, i + _WINDOW)


class _Context:
    """Subjects, entities and periods of a sentence's figures (``spans``: their token
    spans, in order)."""

    def __init__(
        self, reader: _Reader, lexicon: Lexicon, kept: list[_Found], names: frozenset[str]
    ) -> None:
        self.r = reader
        self.t = t = reader.t
        self.w = reader.w
        self.lexicon = lexicon
        self.stops = lexicon.stop_words()
        #: Words written with a capital inside sentences (lower case): names.
        self.names = names | {
            t.lowers[k] for k in range(1, t.n) if t.texts[k][:1].isupper() and t.kinds[k] == _WORD
        }
        spans = [(f.first, f.last) for f in kept]
        #: The amounts' spans by figure: a period is looked for between amounts, dates aside.
        self.neighbours = _neighbours(kept)
        self.inside = {k for first, last in spans for k in range(first, last)}
        self.periods, self.in_period = reader.periods()
        self.period_starts = [p[0] for p in self.periods]
        self._places: list[tuple[int, str]] | None = None

    def period(self, f: _Found, k: int) -> str | None:
        """The period nearest figure ``k`` in its clause: after it (before the next
        figure) first, then before it (after the previous one)."""
        lo, hi = _clause_bounds(self.t, f.first)
        prev, nxt = self.neighbours[k]
        prev, nxt = max(prev, lo), min(nxt, hi)
        at = bisect.bisect_left(self.period_starts, f.last)
        if at < len(self.periods) and self.periods[at][0] < nxt:
            return _tidy_period(self.periods[at][2])
        at = bisect.bisect_left(self.period_starts, f.first) - 1
        while at >= 0 and self.periods[at][1] > f.first:
            at -= 1  # a period overlapping the figure: "2025-26" in "2025-26 tariffs"
        if at >= 0 and self.periods[at][0] >= prev:
            return _tidy_period(self.periods[at][2])
        return None

    def subject(self, f: _Found) -> str | None:
        t, w = self.t, self.w
        inside = self.inside
        if f.kind is FigureKind.COUNT and f.unit:
            tail = self._forward(f.last, inside, joiners_only=True)
            return f"{f.unit} {tail}" if tail else f.unit
        # "a 25% tariff on steel", "$34 billion list of goods"
        forward = self._forward(f.last, inside, joiners_only=False)
        if forward:
            return forward
        # "60 per cent of its revenue"
        if f.last < t.n and t.lowers[f.last] == w.of:
            k = f.last + 1
            while k < t.n and t.lowers[k] in (
                "the",
                "its",
                "their",
                "his",
                "her",
                "all",
                "a",
                "an",
            ):
                k += 1
            of = self._forward(k, inside, joiners_only=False, start_ok=True)
            if of:
                return of
        return self._backward(f.first, inside)

    def _word(self, k: int) -> bool:
        t = self.t
        return t.kinds[k] in (_WORD, _ABBR) and (
            t.lowers[k] not in self.stops or (t.texts[k].isupper() and len(t.texts[k]) > 1)
        )

    def _verb(self, k: int) -> bool:
        t, w = self.t, self.w
        lower = t.lowers[k]
        if lower in w.direction_nouns:
            return False
        return (
            lower in w.directions
            or lower in w.subject_gap
            or lower in self.lexicon.reporting_verbs
            or (re.match(self.lexicon.verb_form, lower) is not None and t.texts[k].islower())
        )

    def _forward(
        self, k: int, inside: set[int], *, joiners_only: bool, start_ok: bool = False
    ) -> str | None:
        """A noun phrase starting at token ``k``: "tariffs on Chinese goods"."""
        t, w = self.t, self.w
        words: list[int] = []
        if joiners_only:
            if k >= t.n or t.lowers[k] not in ("of", "on", "for", "in") or t.lowers[k] == "in":
                return None
            if k + 1 < t.n and t.kinds[k + 1] == _NUM:
                return None
        j = k
        while j < t.n and len(words) < 7 and j not in inside:
            lower = t.lowers[j]
            if lower in w.subject_joiners and words and lower not in ("and", "'s", "in", "to"):
                if j + 1 < t.n and t.lowers[j + 1] in ("the", "a", "an"):
                    words.append(j)
                    j += 1
                words.append(j)
                j += 1
                continue
            if joiners_only and not words:
                words.append(j)
                j += 1
                continue
            if not self._word(j) or (self._verb(j) and not t.texts[j][:1].isupper()):
                break
            if self._is_period_word(j) or j in self.in_period:
                break
            words.append(j)
            j += 1
        while words and (
            t.lowers[words[-1]] in w.subject_joiners or t.lowers[words[-1]] in ("the", "a", "an")
        ):
            words.pop()
        if joiners_only:
            return " ".join(t.texts[x] for x in words) if len(words) > 1 else None
        if not words:
            return None
        return " ".join(t.texts[x] for x in words)

    def _is_period_word(self, j: int) -> bool:
        lower = self.t.lowers[j]
        return lower in (
            "year",
            "years",
            "month",
            "months",
            "quarter",
            "week",
            "today",
            "yesterday",
        ) or (lower in self.w.months and self.t.texts[j][:1].isupper())

    def _backward(self, first: int, inside: set[int]) -> str | None:
        """The noun phrase before the figure, past its verb: "exports to China" in
        "exports to China dropped 7%"."""
        t, w = self.t, self.w
        k = first - 1
        skipped = 0
        while k >= 0 and skipped < 8:
            lower = t.lowers[k]
            if k in self.in_period and t.kinds[k] != _NUM:
                k -= 1
                skipped += 1
                continue
            if lower in w.direction_nouns:
                break
            if k in inside or lower in w.subject_gap or lower in w.directions or lower == ",":
                if lower == "," and k - 1 not in inside:
                    break
                k -= 1
                skipped += 1
                continue
            if t.kinds[k] == _WORD and lower.endswith("ly") and t.texts[k].islower():
                k -= 1
                skipped += 1
                continue
            if self._verb(k) and t.texts[k].islower():
                k -= 1
                skipped += 1
                continue
            break
        words: list[int] = []
        while k >= 0 and len(words) < 6 and k not in inside:
            lower = t.lowers[k]
            if lower in w.subject_joiners and words and lower != "and":
                words.append(k)
                k -= 1
                continue
            if not self._word(k) or (self._verb(k) and t.texts[k].islower()):
                break
            if k not in self.in_period and not self._is_period_word(k):
                words.append(k)  # "The October trade deficit": October is its period
            elif words:
                break
            k -= 1
        while words and t.lowers[words[-1]] in w.subject_joiners:
            words.pop()
        words.reverse()
        while words and t.lowers[words[0]] in w.subject_joiners:
            words.pop(0)
        words = [x for x in words]
        if not words or all(self._is_period_word(x) for x in words):
            return None
        # A sentence's first word keeps its capital only where it is a name.
        return " ".join(t.texts[x] for x in words)

    def entity(self, subject: str | None, f: _Found) -> str | None:
        """The place the figure is about: one named in its subject, else the nearest
        place in its clause."""
        t, w = self.t, self.w
        if subject:
            words = tuple(subject.lower().split())
            for size in (3, 2, 1):
                for k in range(len(words) - size + 1):
                    key = tuple(
                        x.rstrip("'s").rstrip("’s") if x.endswith(("'s", "’s")) else x
                        for x in words[k : k + size]
                    )
                    if key in w.places:
                        return w.places[key]
        lo, hi = _clause_bounds(t, f.first)
        places = self.places()
        at = bisect.bisect_left(places, (f.first, ""))
        near = [p for p in places[max(0, at - 1) : at + 1] if lo <= p[0] < hi]
        if near:
            return min(near, key=lambda p: abs(p[0] - f.first))[1]
        return self._name(subject)

    def places(self) -> list[tuple[int, str]]:
        """The places the sentence names: (token, name), in order; found once."""
        if self._places is None:
            t, w = self.t, self.w
            found: list[tuple[int, str]] = []
            for k in range(t.n):
                if t.kinds[k] not in (_WORD, _ABBR) or not t.texts[k][:1].isupper():
                    continue
                _, phrase = t.phrase(k, w.places)
                if not phrase and t.lowers[k].endswith(("'s", "’s")):
                    phrase = (t.lowers[k][:-2],)
                if phrase in w.places:
                    found.append((k, w.places[phrase]))
            self._places = found
        return self._places

    def sentence_case(self, subject: str | None) -> str | None:
        """A subject that starts the sentence with a common word, in lower case:
        "Exports to China" -> "exports to China" (but "Tesla shares" stays)."""
        if not subject or not self.t.text.lstrip().startswith(subject):
            return subject
        first, _, rest = subject.partition(" ")
        bare = first[:-2] if first.endswith(("'s", "’s")) else first
        if first[:1].isupper() and not first.isupper() and bare.lower() not in self.names:
            return first.lower() + (" " + rest if rest else "")
        return subject

    def _name(self, subject: str | None) -> str | None:
        """A company or other name that leads the subject: "Tesla" in "Tesla shares"."""
        if not subject:
            return None
        words: list[str] = []
        for word in subject.split():
            if not word[:1].isupper() or word.lower() in self.stops:
                break
            words.append(word)
        if not words:
            return None
        first = words[0].rstrip("'s").rstrip("’s") if words[0].endswith(("'s", "’s")) else words[0]
        if (
            self.t.text.lstrip().startswith(subject)
            and len(words) == 1
            and (first.lower() not in self.names)
        ):
            return None  # "Exports", "Garment": a capital only because it starts the sentence
        name = " ".join(words)
        return name[:-2] if name.endswith(("'s", "’s")) else name


def _tidy_period(text: str) -> str:
    return " ".join(text.split())
