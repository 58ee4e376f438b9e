"""Keywords and keyphrases of one article, with scores, and no corpus around it.

Candidates are runs of content words inside a sentence (no stop word, no punctuation
in between), plus names that span "of"/"for"/"and" ("Ministry of Commerce"). A word's
weight is its frequency in the article times its rarity in general English (wordfreq),
so "tariffs" and "Lutnick" outweigh "week" even in one document. Case and plural
variants share one entry (keyed by stems), shown in their most frequent spelling.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from tradesum.nlp import Parsed, Sentence, idf, is_content_word, stem, zipf

MAX_PHRASE_WORDS = 4
_TOKEN_SPAN = re.compile(
    r"(?:[$£€¥]|US\$)\s?\d[\d,]*(?:\.\d+)?(?:bn|mn|m|k|tn)?\b"
    r"|\d[\d,]*(?:\.\d+)?%?"
    r"|(?:[A-Za-z]\.){2,}"
    r"|\w+(?:[-'’&]\w+)*"
)
_CONNECTORS = frozenset({"of", "for", "de"})
_VERBISH = re.compile(r"^[a-z][a-z-]+(?:ing|ed)$")
# Words that head news sentences but are not topics.
_WEAK = frozenset(
    {"according", "told", "added", "noted", "week", "weeks", "month", "months", "year",
     "years", "today", "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday",
     "saturday", "sunday", "time", "times", "percent", "pct", "cent", "including", "recent",
     "recently", "new", "last", "next", "first", "second", "third", "one", "two", "three",
     "many", "much", "several", "despite", "however", "although", "meanwhile", "way",
     "expected", "likely", "already", "still", "just", "well", "set", "made", "make", "amid"}
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Keyword:
    """A keyphrase and its score in (0, 1], the best phrase of the article scoring 1."""

    phrase: str
    score: float


@dataclass(slots=True)
class _Candidate:
    surfaces: Counter[str]
    count: int = 0
    first: int = 0
    capitalized: int = 0


def _is_capitalized(token: str) -> bool:
    return token[:1].isupper() or token.isupper()


def _usable(token: str, sentence_start: bool) -> bool:
    lower = token.lower()
    if not is_content_word(token) or lower in _WEAK:
        return False
    if lower[:1].isdigit():
        # Bare numbers are not topics; percentages and money are.
        return "%" in lower or lower[-2:] in ("bn", "mn")
    if lower[:1] in "$£€¥":
        return True
    if sentence_start and _is_capitalized(token) and zipf(lower) > 5.0:
        return False  # "Despite", "Following": capitalised only because they start a sentence
    return any(c.isalpha() for c in token)


def _runs(sentence: Sentence) -> list[list[tuple[str, bool]]]:
    """Maximal runs of usable tokens, with "of"/"and" allowed inside capitalised names."""
    text = sentence.text
    runs: list[list[tuple[str, bool]]] = []
    current: list[tuple[str, bool]] = []
    previous_end = 0
    for position, match in enumerate(_TOKEN_SPAN.finditer(text)):
        token = re.sub(r"['’]s$", "", match.group())
        gap = text[previous_end : match.start()]
        previous_end = match.end()
        broken = bool(re.search(r"[^\s\-]", gap)) and position > 0
        if broken and current:
            runs.append(current)
            current = []
        if _usable(token, sentence_start=position == 0):
            current.append((token, True))
        elif (
            token.lower() in _CONNECTORS
            and current
            and _is_capitalized(current[-1][0])
            and not broken
        ):
            current.append((token, False))  # tentatively keep; trimmed below if dangling
        elif current:
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    cleaned = []
    for run in runs:
        # Without a tagger, trim what is most likely a verb around the noun phrase:
        # "imposing stringent controls" -> "stringent controls".
        while run and (not run[0][1] or _VERBISH.match(run[0][0])):
            run.pop(0)
        while run and (not run[-1][1] or _VERBISH.match(run[-1][0])):
            run.pop()
        if run:
            cleaned.append(run)
    return cleaned


def _phrases(run: list[tuple[str, bool]]) -> list[list[str]]:
    """A run is a phrase when short; long runs yield their sub-phrases up to the limit."""
    tokens = [t for t, _ in run]
    is_name = all(_is_capitalized(t) for t in tokens if t.lower() not in _CONNECTORS)
    if len(tokens) <= (MAX_PHRASE_WORDS if is_name else MAX_PHRASE_WORDS - 1):
        return [tokens]
    out = []
    for size in range(2, MAX_PHRASE_WORDS + 1):
        for start in range(len(tokens) - size + 1):
            piece = tokens[start : start + size]
            if piece[0].lower() in _CONNECTORS or piece[-1].lower() in _CONNECTORS:
                continue
            out.append(piece)
    out.extend([t] for t in tokens if t.lower() not in _CONNECTORS)
    return out


def _key(tokens: Sequence[str]) -> tuple[str, ...]:
    return tuple(stem(t) for t in tokens)


def extract_keywords(parsed: Parsed, count: int = 10) -> tuple[Keyword, ...]:
    """The ``count`` best keyphrases of an article, best first."""
    if count <= 0 or not parsed.sentences:
        return ()
    n_sentences = len(parsed.sentences)
    word_tf: Counter[str] = Counter()
    for sentence in parsed.sentences:
        word_tf.update(stem(t) for t in sentence.tokens if is_content_word(t))
    title_stems = {stem(t) for t in parsed.title_tokens if is_content_word(t)}

    candidates: dict[tuple[str, ...], _Candidate] = defaultdict(lambda: _Candidate(Counter()))
    for sentence in parsed.sentences:
        for run in _runs(sentence):
            for phrase in _phrases(run):
                key = _key(phrase)
                candidate = candidates[key]
                if candidate.count == 0:
                    candidate.first = sentence.index
                candidate.count += 1
                candidate.surfaces[" ".join(phrase)] += 1
                if all(_is_capitalized(t) for t in phrase if t.lower() not in _CONNECTORS):
                    candidate.capitalized += 1

    scored: list[tuple[float, tuple[str, ...], _Candidate]] = []
    for key, candidate in candidates.items():
        content = [k for k in key if k not in _CONNECTORS]
        if not content:
            continue
        surface = candidate.surfaces.most_common(1)[0][0]
        surface_words = [w for w in surface.split() if w.lower() not in _CONNECTORS]
        weights = [
            (1.0 + math.log(word_tf[k] or 1)) * idf(word)
            for k, word in zip(content, surface_words, strict=False)
        ]
        base = sum(weights) / len(weights) ** 0.5
        frequency = 1.0 + math.log(candidate.count)
        position = 1.0 + 0.5 * (1.0 - candidate.first / n_sentences)
        in_title = 1.0 + 0.5 * (sum(k in title_stems for k in content) / len(content))
        name = 1.15 if candidate.capitalized >= max(1, candidate.count // 2) else 1.0
        scored.append((base * frequency * position * in_title * name, key, candidate))

    scored.sort(key=lambda item: (-item[0], item[1]))
    chosen: list[tuple[float, tuple[str, ...], _Candidate]] = []
    for score, key, candidate in scored:
        if len(chosen) >= count:
            break
        if _redundant(key, candidate, chosen):
            continue
        chosen.append((score, key, candidate))
    if not chosen:
        return ()
    top = chosen[0][0]
    return tuple(
        Keyword(_display(candidate), round(score / top, 4)) for score, _key_, candidate in chosen
    )


def _redundant(
    key: tuple[str, ...],
    candidate: _Candidate,
    chosen: list[tuple[float, tuple[str, ...], _Candidate]],
) -> bool:
    """A phrase inside a chosen longer one adds nothing unless it also stands alone."""
    for _, other_key, other in chosen:
        inside = len(other_key) > len(key) and _contains(other_key, key)
        if inside and candidate.count <= other.count:
            return True
        if len(key) > len(other_key) and _contains(key, other_key) and candidate.count < 2:
            return True
    return False


def _contains(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    size = len(shorter)
    return any(longer[i : i + size] == shorter for i in range(len(longer) - size + 1))


def _display(candidate: _Candidate) -> str:
    """The most frequent spelling; all-caps headline spellings yield to mixed case."""
    ranked = sorted(candidate.surfaces.items(), key=lambda kv: (-kv[1], kv[0].isupper(), kv[0]))
    return ranked[0][0]
