"""Keywords and keyphrases of one article, with scores, and no corpus around it.

Candidates are the article's content words and its phrases: runs of content words
inside a sentence (no stop word, no punctuation in between), names spanning "of"/"for"
("Ministry of Commerce"). Each is described by a few features (how often and how widely
it occurs, whether the headline has it, how rare its words are in general English, its
length, the salience of its words, ...) and scored by a small linear model fitted on news
with human keyphrases.
Case and plural variants share one entry (keyed by stems), shown in their most frequent
spelling.
"""

from __future__ import annotations

import importlib.resources
import json
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from itertools import chain

from tradesum.lexicon import UNKNOWN_ZIPF, Lexicon, per_lexicon
from tradesum.nlp import Parsed, Sentence

MAX_PHRASE_WORDS = 4


@cache
def _verb_form(lexicon: Lexicon) -> re.Pattern[str]:
    return re.compile(lexicon.verb_form)


@dataclass(frozen=True, slots=True)
class Keyword:
    """A keyphrase and its score in (0, 1], the best phrase of the article scoring 1."""

    phrase: str
    score: float


def _is_capitalized(token: str) -> bool:
    return token[:1].isupper() or token.isupper()


#: In a language that capitalises every noun, a capital marks a name only on a word this
#: rare in general use (Zipf): "Dombrovskis", not "Zölle".
NAME_ZIPF = 3.0


def _name_like(token: str, lexicon: Lexicon) -> bool:
    """Capitalised as a name is: in German, capitalised and rare."""
    if not _is_capitalized(token):
        return False
    return not lexicon.capitalises_nouns or lexicon.zipf(token) < NAME_ZIPF


#: German adjective endings: a lower-case word with one may open a noun phrase
#: ("chinesische Elektroautos"); other lower-case words are most likely verbs.
_ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")


def _usable(token: str, sentence_start: bool, lexicon: Lexicon) -> bool:
    lower = token.lower()
    if not lexicon.is_content_word(token) or lower in lexicon.weak_words:
        return False
    if lower[:1].isdigit():
        # Bare numbers are not topics; percentages and money are.
        return "%" in lower or lower[-2:] in ("bn", "mn")
    if lower[:1] in "$£€¥":
        return True
    if sentence_start and _is_capitalized(token) and lexicon.zipf(lower) > 5.0:
        return False  # "Despite", "Following": capitalised only because they start a sentence
    return any(c.isalpha() for c in token)


@dataclass(frozen=True, slots=True)
class _Word:
    """What the keyphrase passes ask of one spelling, found once per spelling."""

    stem: str
    key: tuple[str]  # (stem,): the word's candidate key, made once
    capitalized: bool  # a capital first letter, or all capitals
    name_like: bool  # capitalised as a name is (see _name_like)
    candidate: bool  # a single-word candidate (see _candidate_word)
    usable: bool  # may stand in a phrase inside a sentence (see _usable)
    usable_first: bool  # ... and as a sentence's first word
    connector: bool  # joins the words of a name ("of", "for")
    joins_any: bool  # joins the words of any phrase ("de" in French)
    verbish: bool  # most likely a verb form ("imposing")
    title: bool  # a title ("President")
    title_also_name: bool  # a title that is also a name ("Rep")


@per_lexicon
def _word(token: str, lexicon: Lexicon) -> _Word:
    """The record of a spelling (the one cache of the word tests it is made from)."""
    lower = token.lower()
    stem = lexicon.stem(token)
    return _Word(
        stem=stem,
        key=(stem,),
        capitalized=_is_capitalized(token),
        name_like=_name_like(token, lexicon),
        candidate=_candidate_word(token, lexicon),
        usable=_usable(token, False, lexicon),
        usable_first=_usable(token, True, lexicon),
        connector=lower in lexicon.name_connectors,
        joins_any=lower in lexicon.phrase_connectors,
        verbish=_verb_form(lexicon).match(token) is not None,
        title=lower in lexicon.titles,
        title_also_name=lower in lexicon.titles_also_names,
    )


#: A token of a run: its spelling, whether it is a content word (not a connector kept
#: tentatively), and its record.
_Token = tuple[str, bool, _Word]


def _noun_phrase_edges(run: list[_Token]) -> None:
    """German: a phrase ends on a noun (capitalised) and opens on a noun or adjective."""
    while run and run[-1][0][:1].islower():
        run.pop()
    while run and run[0][0][:1].islower() and not run[0][0].endswith(_ADJECTIVE_ENDINGS):
        run.pop(0)


def _title_cased(tokens: Sequence[str]) -> bool:
    """True for a Title Case headline ("H&M Profit Misses Estimates as Retailer Absorbs
    Cost Rises"), where capitals say nothing about names."""
    words = [t for t in tokens if t[:1].isalpha() and len(t) > 3]
    return len(words) >= 3 and all(t[:1].isupper() for t in words)


def _ends_title(current: list[_Token], token: str, word: _Word) -> bool:
    """Whether the run so far ends with a title and ``token`` starts the name after it."""
    last = current[-1][2]
    if not last.title or not token[:1].isupper() or word.title:
        return False
    return not last.title_also_name or (len(current) > 1 and current[-2][2].capitalized)


def _runs(sentence: Sentence, words: Sequence[_Word], lexicon: Lexicon) -> list[list[_Token]]:
    """Maximal runs of usable tokens, with "of"/"for" allowed inside capitalised names,
    cut between a title and the name after it (``words``: each token's record)."""
    runs: list[list[_Token]] = []
    current: list[_Token] = []
    breaks = sentence.breaks or (False,) * len(sentence.tokens)
    for position, (token, broken, word) in enumerate(
        zip(sentence.tokens, breaks, words, strict=True)
    ):
        if current and (broken or (current[-1][2].title and _ends_title(current, token, word))):
            runs.append(current)
            current = []
        if word.usable_first if position == 0 else word.usable:
            current.append((token, True, word))
        elif current and (word.joins_any or (word.connector and current[-1][2].capitalized)):
            current.append((token, False, word))  # tentatively keep; trimmed if dangling
        elif current:
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    cleaned = []
    for run in runs:
        # Without a tagger, trim what is most likely a verb around the noun phrase:
        # "imposing stringent controls" -> "stringent controls".
        while run and (not run[0][1] or run[0][2].verbish):
            run.pop(0)
        while run and (not run[-1][1] or run[-1][2].verbish):
            run.pop()
        if lexicon.capitalises_nouns:
            _noun_phrase_edges(run)
        while run and not run[-1][1]:
            run.pop()
        if run:
            cleaned.append(run)
    return cleaned


def _phrases(run: Sequence[_Token]) -> list[tuple[int, int, bool]]:
    """Every phrase of two words or more inside a run of tokens, as (start, end, is a
    name), up to the length limit (names may be one word longer), not starting or ending
    with a connector. A name has a capital on every word but its connectors."""
    connector = [w.connector or w.joins_any for _, _, w in run]
    name_word = [c or w.capitalized for c, (_, _, w) in zip(connector, run, strict=True)]
    out = []
    for size in range(2, min(len(run), MAX_PHRASE_WORDS) + 1):
        for start in range(len(run) - size + 1):
            end = start + size
            if connector[start] or connector[end - 1]:
                continue
            is_name = all(name_word[start:end])
            if size < MAX_PHRASE_WORDS or is_name:
                out.append((start, end, is_name))
    return out


#: The features of a candidate, in the order of the fitted weights
#: (``data/keyphrase_model.json``, made by ``benchmarks/fit_keyphrases.py``).
FEATURES = (
    "log_count",  # log of how often the candidate occurs
    "count_per_100_words",
    "spread",  # share of the sentences it occurs in
    "in_headline",
    "first_sentence_position",  # 0 for the first sentence, near 1 for the last
    "capitalized_share",  # share of its occurrences written with a capital inside a sentence
    "zipf",  # how common its words are in general English
    "zipf_squared",
    "unknown_word",  # not in the general-English table: names, jargon
    "is_phrase",
    "log_min_word_count",  # log count of its least frequent word
    "in_first_sentence",
    "hyphenated",
    "has_digit",
    "all_caps",
    "rare_name",  # capitalised inside sentences and unknown to general English: "Lutnick"
    "word_length",  # letters (a phrase's words together), up to 7: "won" < "tariffs"
    # How salient its words are, each word's salience being its count times its rarity in
    # general use (7 - Zipf), over the article's most salient word's:
    "salience_sum",  # of its words together (a phrase of two salient words outranks each)
    "salience_mean",
    "salience_min",  # of its least salient word
    "single_phrase",  # a phrase seen once (only names are kept then)
    "phrase_log_words",  # log of the article's length in words, for phrases (0 for words)
)

#: A word's rarity for its salience is this minus its Zipf frequency, and at least
#: :data:`_SALIENCE_FLOOR` ("the" is 7.7, "tariffs" 3.6).
_SALIENCE_ZIPF = 7.0
_SALIENCE_FLOOR = 0.5

#: Letters beyond this add nothing to ``word_length``: "representatives" is no more a
#: topic than "tariffs".
_LENGTH_CAP = 7


@dataclass(frozen=True, slots=True)
class _Model:
    weights: tuple[float, ...]
    bias: float


@cache
def _model() -> _Model:
    resource = importlib.resources.files("tradesum") / "data" / "keyphrase_model.json"
    data = json.loads(resource.read_text(encoding="utf-8"))
    if tuple(data["features"]) != FEATURES:  # pragma: no cover - a packaging mistake
        raise RuntimeError("keyphrase_model.json does not match tradesum.keywords.FEATURES")
    return _Model(tuple(float(w) for w in data["weights"]), float(data["bias"]))


#: Where a candidate occurs: (spelling, sentence index, written as a name there).
_Occurrence = tuple[str, int, bool]


@dataclass(frozen=True, slots=True)
class Candidate:
    """A possible keyphrase: its spelling, stem key, count and feature row."""

    surface: str
    key: tuple[str, ...]
    count: int
    features: tuple[float, ...]


def candidates(parsed: Parsed) -> list[Candidate]:
    """Every candidate keyphrase (single words, and phrases of two to four words) with
    its features, in a stable order. Shared by the extractor and the fitting script."""
    lexicon = parsed.lexicon
    stem, connectors = lexicon.stem, _connectors(lexicon)
    words: dict[tuple[str, ...], list[_Occurrence]] = {}
    phrases: dict[tuple[str, ...], list[_Occurrence]] = {}
    word_of, spelling = _word(lexicon), _spelling(lexicon)
    for sentence in parsed.sentences:
        if sentence.boilerplate:
            continue
        names = not _title_cased(sentence.tokens)  # may capitals mark names here?
        index = sentence.index
        records = list(map(word_of, sentence.tokens))
        for position, (token, word) in enumerate(zip(sentence.tokens, records, strict=True)):
            if word.candidate:
                capital = names and position > 0 and word.name_like
                words.setdefault(word.key, []).append((token, index, capital))
        for run in _runs(sentence, records, lexicon):
            if len(run) < 2:
                continue  # one word: no phrase
            tokens = [t for t, _, _ in run]
            stems = [w.stem for _, _, w in run]
            for start, end, is_name in _phrases(run):
                occurrence = (" ".join(tokens[start:end]), index, names and is_name)
                phrases.setdefault(tuple(stems[start:end]), []).append(occurrence)

    n_sentences = max(1, len(parsed.sentences))
    per_100 = 100.0 / max(1, parsed.word_count)
    phrase_log_words = math.log(max(1, parsed.word_count))
    headline = {stem(t) for t in parsed.title_tokens}
    log = math.log
    salience = _salience(words, lexicon)
    out: list[Candidate] = []
    for table, is_phrase in ((words, 0.0), (phrases, 1.0)):
        for key, seen in table.items():
            count = len(seen)
            if is_phrase and count == 1 and not seen[0][2]:
                continue  # a phrase must recur, unless it is a name
            capitals = sum([capital for _, _, capital in seen])
            if is_phrase:
                content = [k for k in key if k not in connectors] or list(key)
                min_count = min([len(words.get((k,), ())) or 1 for k in content])
                in_headline = headline.issuperset(content)
                parts = [salience.get(k, 0.0) for k in content]
            else:  # a word's count is its own
                min_count, in_headline = count, key[0] in headline
                parts = [salience.get(key[0], 0.0)]
            salient = sum(parts)
            # Occurrences come in sentence order: the first is in the earliest sentence.
            first = seen[0][1]
            spread = len({index for _, index, _ in seen}) if count > 1 else 1
            surface = _display(seen)
            mean_zipf, unknown, hyphenated, has_digit, all_caps, length = spelling(surface)
            capitalized = capitals / count
            row = (
                log(count),
                count * per_100,
                spread / n_sentences,
                1.0 if in_headline else 0.0,
                first / n_sentences,
                capitalized,
                mean_zipf,
                mean_zipf * mean_zipf / 10.0,
                unknown,
                is_phrase,
                log(min_count),
                1.0 if first == 0 else 0.0,
                hyphenated,
                has_digit,
                all_caps if not is_phrase else 0.0,
                capitalized * unknown,
                length,
                salient,
                salient / len(parts),
                min(parts),
                1.0 if is_phrase and count == 1 else 0.0,
                is_phrase * phrase_log_words,
            )
            out.append(Candidate(surface, key, count, row))
    return out


def _salience(
    words: dict[tuple[str, ...], list[_Occurrence]], lexicon: Lexicon
) -> dict[str, float]:
    """Each candidate word's count times its rarity in general use, over the largest."""
    raw = {
        key[0]: len(seen) * max(_SALIENCE_FLOOR, _SALIENCE_ZIPF - lexicon.zipf(seen[0][0]))
        for key, seen in words.items()
    }
    top = max(raw.values(), default=1.0) or 1.0
    return {stem: value / top for stem, value in raw.items()}


@cache
def _connectors(lexicon: Lexicon) -> frozenset[str]:
    """Words that join the words of a phrase: of names, and of any phrase."""
    return lexicon.name_connectors | lexicon.phrase_connectors


@per_lexicon
def _spelling(surface: str, lexicon: Lexicon) -> tuple[float, float, float, float, float, int]:
    """The features that depend on a candidate's spelling alone: mean Zipf of its words,
    an unknown word, hyphen, digit, all capitals, and its letters up to the cap."""
    connectors = _connectors(lexicon)
    parts = [w for w in surface.split() if w.lower() not in connectors] or [surface]
    zipfs = [lexicon.zipf(w) for w in parts]
    return (
        sum(zipfs) / len(zipfs),
        1.0 if UNKNOWN_ZIPF in zipfs else 0.0,
        1.0 if "-" in surface else 0.0,
        1.0 if any(c.isdigit() for c in surface) else 0.0,
        1.0 if surface.isupper() and len(surface) > 1 else 0.0,
        min(sum(len(w) for w in parts), _LENGTH_CAP),
    )


def _candidate_word(token: str, lexicon: Lexicon) -> bool:
    if not lexicon.is_content_word(token) or token.lower() in lexicon.not_topics:
        return False
    if lexicon.capitalises_nouns and token[:1].islower():
        return False  # German: lower-case words are verbs, adjectives, adverbs
    return any(c.isalpha() for c in token) or "%" in token or token[:1] in "$£€¥"


def extract_keywords(parsed: Parsed, count: int = 10) -> tuple[Keyword, ...]:
    """The ``count`` best keyphrases of an article, best first, scored in (0, 1].

    Each candidate is scored by a small logistic model over the features above (fitted
    on the KPCrowd and DUC-2001 dev sets together), then :func:`select` picks the best
    distinct ones.
    """
    if count <= 0 or not parsed.sentences:
        return ()
    found = candidates(parsed)
    if not found:
        return ()
    model = _model()
    return select(found, probabilities(found, model.weights, model.bias), count)


def probabilities(found: Sequence[Candidate], weights: Sequence[float], bias: float) -> list[float]:
    """The logistic model's probability that each candidate is a keyphrase."""
    import numpy as np

    width = len(weights)
    rows = chain.from_iterable(c.features for c in found)  # one flat pass, no tuple list
    features = np.fromiter(rows, float, count=len(found) * width).reshape(len(found), width)
    logits = features @ np.array(weights) + bias
    result: list[float] = (1.0 / (1.0 + np.exp(-logits))).tolist()
    return result


def select(found: Sequence[Candidate], scores: Sequence[float], count: int) -> tuple[Keyword, ...]:
    """The ``count`` best-scored candidates, shown whole and without repeats.

    A word that never occurs outside one phrase is shown as that phrase ("rare" in
    "rare earths", "Greer" in "Jamieson Greer"), so names and terms stay whole; a phrase
    inside a chosen longer one that never occurs without it is skipped. Scores are
    scaled so that the best is 1. Shared by the extractor and the fitting script.
    """
    wholes = _whole_phrases(found)
    # Best first; equal scores by spelling, then in candidate order (a stable sort).
    order = sorted(
        [(-p, c.surface.lower(), k) for k, (p, c) in enumerate(zip(scores, found, strict=True))]
    )
    chosen: list[tuple[float, Candidate]] = []
    for _, _, k in order:
        score, candidate = scores[k], found[k]
        if len(chosen) >= count:
            break
        shown = wholes.get(candidate.key, candidate)
        if any(shown.key == c.key for _, c in chosen) or _inside_chosen(shown, chosen):
            continue
        chosen.append((score, shown))
    if not chosen:
        return ()
    top = chosen[0][0] or 1.0
    return tuple(Keyword(c.surface, round(p / top, 4)) for p, c in chosen)


def _whole_phrases(found: Sequence[Candidate]) -> dict[tuple[str, ...], Candidate]:
    """For each single word that occurs only inside one phrase, that phrase (the
    shortest that holds every occurrence of the word)."""
    phrases = sorted((c for c in found if len(c.key) > 1), key=lambda c: (len(c.key), -c.count))
    # Each word's phrases, in that order: one pass over the phrases, not one per word.
    holding: dict[tuple[str, int], list[Candidate]] = {}
    for phrase in phrases:
        for part in set(phrase.key):
            holding.setdefault((part, phrase.count), []).append(phrase)
    out: dict[tuple[str, ...], Candidate] = {}
    for word in (c for c in found if len(c.key) == 1):
        held = holding.get((word.key[0], word.count))
        if held:
            out[word.key] = held[0]
    return out


def _inside_chosen(candidate: Candidate, chosen: list[tuple[float, Candidate]]) -> bool:
    """A phrase adds nothing beside a chosen phrase that holds it (unless it occurs more
    often on its own), nor beside one it holds that occurs just as often."""
    if len(candidate.key) < 2:
        return False
    for _, other in chosen:
        if len(other.key) < 2:
            continue
        if _contains(other.key, candidate.key) and candidate.count <= other.count:
            return True
        if _contains(candidate.key, other.key) and candidate.count == other.count:
            return True
    return False


def _contains(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    size = len(shorter)
    return any(longer[i : i + size] == shorter for i in range(len(longer) - size + 1))


def _display(seen: Sequence[_Occurrence]) -> str:
    """The most frequent spelling; on a tie, lower case (a capital may only start a
    sentence), and all-caps headline spellings last."""
    first = seen[0][0]
    if len(seen) == 1 or all(surface == first for surface, _, _ in seen):
        return first
    surfaces = Counter(surface for surface, _, _ in seen)
    ranked = sorted(
        surfaces.items(), key=lambda kv: (-kv[1], kv[0].isupper(), kv[0][:1].isupper(), kv[0])
    )
    return ranked[0][0]
