"""Comparing articles on the same story: how alike, what they share, what each adds.

Works on two documents with no corpus around them: term weights come from general
English word frequencies (see :func:`tradesum.nlp.term_matrix`), and names and figures
weigh double, since two stories of the same kind differ mostly in who, where and how
much. Each document is parsed and scored once; every pair then costs a sparse product
of its two sentence matrices, so N articles cost the N² pairs and no more.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import combinations
from typing import TYPE_CHECKING, Any

from tradesum.analysis import SCORING_KEYWORDS, Analysis, Needs, analyse
from tradesum.errors import Failure, InputError
from tradesum.figure import Figure, FigureKind, MeasuredFigures, differences
from tradesum.inputs import Article, parse_text
from tradesum.inputs.dates import dateline_prefix
from tradesum.joint import ALIGN_THRESHOLD, sentence_picks
from tradesum.keywords import Keyword
from tradesum.lexicon import Lexicon
from tradesum.nlp import Parsed, pile_rows, tokenize
from tradesum.stories import NAME_BOOST, document_rows, group, mixed_languages

if TYPE_CHECKING:
    from tradesum.batch import Options
    from tradesum.summary import DocumentSummary

#: Pairs at or above this similarity are reported as the same story (see BENCHMARKS.md).
SAME_STORY_THRESHOLD = 0.25
#: A sentence whose best match in the other article is below this is "only in" its own.
UNIQUE_THRESHOLD = 0.20
#: Articles up to which a comparison details every pair unless asked otherwise.
HANDFUL = 5
#: Keyphrases of each article that a comparison reads (the same in compare and export).
COMPARE_KEYWORDS = SCORING_KEYWORDS


@dataclass(frozen=True, slots=True)
class SourceDocument:
    source: str
    title: str | None
    language: str | None = None


@dataclass(frozen=True, slots=True)
class SentenceRef:
    """A sentence of one document: which document, its index there, text and importance."""

    doc: int
    index: int
    text: str
    score: float


@dataclass(frozen=True, slots=True)
class Alignment:
    """Two sentences, one from each article, that report the same fact."""

    a: SentenceRef
    b: SentenceRef
    score: float


@dataclass(frozen=True, slots=True)
class FigureDifference:
    """Figures of the same kind about the same thing that differ between the articles."""

    kind: FigureKind
    a: Figure
    b: Figure
    a_sentence: str
    b_sentence: str


@dataclass(frozen=True, slots=True)
class PairComparison:
    a: int
    b: int
    similarity: float
    same_story: bool
    shared_keywords: tuple[str, ...]
    only_a_keywords: tuple[str, ...]
    only_b_keywords: tuple[str, ...]
    shared_names: tuple[str, ...]
    only_a_names: tuple[str, ...]
    only_b_names: tuple[str, ...]
    only_a_figures: tuple[Figure, ...]
    only_b_figures: tuple[Figure, ...]
    aligned: tuple[Alignment, ...]
    only_in_a: tuple[SentenceRef, ...]
    only_in_b: tuple[SentenceRef, ...]
    figure_differences: tuple[FigureDifference, ...]


@dataclass(frozen=True, slots=True)
class Comparison:
    """The comparison of two or more articles: every pair, and a joint summary."""

    documents: tuple[SourceDocument, ...]
    similarity: tuple[tuple[float, ...], ...]
    pairs: tuple[PairComparison, ...]
    joint_summary: tuple[SentenceRef, ...]

    #: Documents on the same story (each in exactly one group, alone if it has no
    #: other): :func:`tradesum.stories.group`, the grouping ``digest`` uses.
    groups: tuple[tuple[int, ...], ...] = ()
    #: Every pair is detailed (and ``similarity`` is the full matrix); otherwise only
    #: each story's articles against its most central one, and ``similarity`` is empty.
    every_pair: bool = True
    #: What a reader should know about the comparison (articles in several languages).
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Prepared:
    """What a comparison reads of one analysed article, gathered once per article."""

    parsed: Parsed
    keywords: tuple[Keyword, ...]
    figures: tuple[Figure, ...]
    importance: dict[int, float]
    names: dict[frozenset[str], str]
    capitalized: frozenset[str]
    acronyms: frozenset[str]
    term_sets: tuple[frozenset[str], ...]  # each sentence's content stems
    measured: MeasuredFigures  # the figures as compared (once, however many pairs)


# --------------------------------------------------------------------------- entry points


def compare(
    texts: Sequence[str],
    *,
    sources: Sequence[str] | None = None,
    joint_sentences: int = 5,
    every_pair: bool | None = None,
) -> Comparison:
    """Compare raw article texts (each: headline line, blank line, body; or a body);
    ``every_pair`` as for :func:`compare_analyses`."""
    if isinstance(texts, str | bytes) or not all(isinstance(t, str) for t in texts):
        raise TypeError("compare() takes a list of article texts (str), not a single text")
    names = list(sources) if sources is not None else [f"<text {i}>" for i in range(len(texts))]
    articles = [parse_text(text, source=name) for text, name in zip(texts, names, strict=True)]
    return compare_articles(articles, joint_sentences=joint_sentences, every_pair=every_pair)


def compare_articles(
    articles: Sequence[Article], *, joint_sentences: int = 5, every_pair: bool | None = None
) -> Comparison:
    """Analyse and compare loaded articles."""
    needs = Needs.of("news", COMPARE_KEYWORDS, compare=True)
    return compare_analyses(
        [analyse(a, needs) for a in articles],
        joint_sentences=joint_sentences,
        every_pair=every_pair,
    )


def compare_analyses(
    analyses: Sequence[Analysis], *, joint_sentences: int = 5, every_pair: bool | None = None
) -> Comparison:
    """Compare analysed articles (each analysed with ``Needs.of(..., compare=True)``).

    ``every_pair``: detail every pair and give the similarity matrix (the default for up
    to :data:`HANDFUL` articles); otherwise each story's articles are compared with its
    most central one only, which keeps a comparison of many articles linear in them."""
    if len(analyses) < 2:
        raise InputError(
            "a comparison needs at least two readable articles",
            source=analyses[0].article.source if analyses else None,
        )
    every = len(analyses) <= HANDFUL if every_pair is None else every_pair
    prepared = [_prepare(a) for a in analyses]

    documents = [p.parsed for p in prepared]
    # One weighting, from one pass, for the matrix, the groups and the joint summary.
    rows, sentence_rows = pile_rows(documents, names=NAME_BOOST)
    groups = tuple(tuple(g) for g in group(documents, rows=rows))
    languages = [d.article.language for d in documents]
    if every:
        matrix = similarity_matrix(documents, rows)
        for i, j in combinations(range(len(documents)), 2):
            if None not in (languages[i], languages[j]) and languages[i] != languages[j]:
                matrix[i, j] = matrix[j, i] = 0.0  # no story across languages
        similarity = tuple(tuple(round(float(v), 4) for v in row) for row in matrix)
        shown = [(i, j, similarity[i][j]) for i, j in combinations(range(len(prepared)), 2)]
    else:
        similarity = ()
        shown = _story_pairs(groups, rows)
    story_of = {k: g for g, members in enumerate(groups) for k in members}
    pairs = tuple(
        _pair(i, j, prepared, sentence_rows, s, story_of[i] == story_of[j]) for i, j, s in shown
    )
    return Comparison(
        documents=tuple(
            SourceDocument(
                p.parsed.article.source, p.parsed.article.title, p.parsed.article.language
            )
            for p in prepared
        ),
        similarity=similarity,
        pairs=pairs,
        joint_summary=_joint_summary(
            [(p.parsed, p.importance) for p in prepared], sentence_rows, joint_sentences
        ),
        groups=groups,
        every_pair=every,
        notes=(mixed,) if (mixed := mixed_languages(languages)) else (),
    )


def _story_pairs(groups: Sequence[Sequence[int]], rows: Any) -> list[tuple[int, int, float]]:
    """Each story's articles paired with its most central one (the highest summed
    similarity to the rest), with their similarity: a group of k articles gives k - 1
    pairs."""
    import numpy as np

    out: list[tuple[int, int, float]] = []
    for members in groups:
        if len(members) < 2:
            continue
        block = rows[list(members)]
        # Each article's summed similarity to the story, without a k x k matrix.
        total = np.asarray(block @ np.asarray(block.sum(axis=0)).ravel()).ravel()
        central = int(total.argmax())
        to_centre = np.asarray((block @ block[central].T).todense()).ravel()
        for k, other in enumerate(members):
            if k != central:
                a, b = sorted((members[central], other))
                out.append((a, b, round(float(min(1.0, to_centre[k])), 4)))
    return sorted(out)


@dataclass(frozen=True, slots=True)
class ComparedInputs:
    """A comparison of the readable inputs, and the inputs that could not be read."""

    comparison: Comparison
    failures: tuple[Failure, ...]
    #: Files in the folders walked that no input kind reads: (suffix, count).
    unread: tuple[tuple[str, int], ...] = ()


def compare_inputs(
    inputs: Sequence[str],
    options: Options,
    *,
    recursive: bool = False,
    joint_sentences: int = 5,
    every_pair: bool | None = None,
) -> ComparedInputs:
    """Load and analyse every input through the batch (as ``export`` does, so the two
    give the same comparison), then compare the readable ones."""
    from tradesum.batch import run

    options = dataclasses.replace(options, compare=True)
    batch = run(inputs, options, recursive=recursive)
    results = list(batch)
    failures = tuple(r for r in results if isinstance(r, Failure))
    summaries = [r for r in results if not isinstance(r, Failure)]
    if len(summaries) < 2 and failures:
        shown = "; ".join(f"{f.source}: {f.message}" for f in failures)
        raise InputError(f"a comparison needs at least two readable articles ({shown})")
    return ComparedInputs(
        compare_analyses(
            analyses_of(summaries), joint_sentences=joint_sentences, every_pair=every_pair
        ),
        failures,
        tuple(batch.unread.most_common()),
    )


def analyses_of(summaries: Sequence[DocumentSummary]) -> list[Analysis]:
    """The analyses that summaries made with ``Options(compare=True)`` carry."""
    out = []
    for summary in summaries:
        if summary.analysis is None:  # pragma: no cover - a caller's mistake
            raise ValueError(f"{summary.source}: summarized without keeping its analysis")
        out.append(summary.analysis)
    return out


def similarity_matrix(documents: Sequence[Parsed], rows: Any = None) -> Any:
    """Pairwise document similarity in [0, 1] (a numpy array, 1.0 on the diagonal).

    Cosine of background-weighted term vectors with names and figures boosted
    (:func:`tradesum.stories.document_rows`, or ``rows`` when the caller has them);
    needs no corpus, so it means the same for two articles as for two thousand.
    """
    import numpy as np

    rows = document_rows(documents) if rows is None else rows
    matrix = np.clip(np.asarray((rows @ rows.T).todense()), 0.0, 1.0)
    np.fill_diagonal(matrix, 1.0)
    return matrix


# --------------------------------------------------------------------------- per document


def _prepare(analysis: Analysis) -> _Prepared:
    parsed = analysis.parsed
    names = _names(parsed)
    capitalized = frozenset(
        t.lower() for s in parsed.sentences for t in s.tokens if t[:1].isupper()
    )
    acronyms = frozenset(_acronym(display, parsed.lexicon) for display in names.values()) - {""}
    term_sets = tuple(frozenset(sentence.terms) for sentence in parsed.sentences)
    return _Prepared(
        parsed,
        analysis.keyphrases[:COMPARE_KEYWORDS],
        analysis.figures,
        analysis.importance(),
        names,
        capitalized,
        acronyms,
        term_sets,
        analysis.measured_figures(),
    )


def _names(parsed: Parsed) -> dict[frozenset[str], str]:
    """Named people, places and organisations: runs of capitalised words, keyed by their
    distinctive words (titles such as "Commerce Secretary" dropped), longest form kept."""
    lexicon = parsed.lexicon
    calendar = lexicon.calendar
    # No names from boilerplate, a line of capitals (a newswire headline: "CALLS FOR
    # BETTER TRADE DEAL WITH U.S.") or a sentence of one word (the "REUTER" sign-off).
    sentences = [
        s
        for s in parsed.sentences
        if len(s.tokens) > 1 and not s.boilerplate and not _shouted(s.tokens)
    ]
    # Words written with a capital inside running text: not at a sentence's start, nor
    # after "U.S." (where a sentence the splitter did not end may start).
    inside = {
        t
        for s in sentences
        for before, t in zip(s.tokens, s.tokens[1:], strict=False)
        if t[:1].isupper() and not before.endswith(".")
    }
    written = {t for s in parsed.sentences for t in s.tokens if t.isupper()}  # "NEC"
    # Words the article also writes in lower case: common words here ("tariffs"), so
    # no name when they open a sentence ("Tariffs were raised", "Countertrade is").
    common = {t for s in sentences for t in s.tokens if t.islower()}
    stop_words = lexicon.stop_words()
    found: dict[frozenset[str], str] = {}
    for sentence in sentences:
        run: list[str] = []
        breaks = sentence.breaks or (False,) * len(sentence.tokens)
        # A dateline ("NEW DELHI, March 27 - The United States ...") names no one, and
        # the function word after it opens the text as a sentence's first word would.
        first = sentence.index == 0 or (
            parsed.sentences[sentence.index - 1].paragraph != sentence.paragraph
        )
        prefix = dateline_prefix(sentence.text) if first else None
        opening = len(tokenize(prefix)) if prefix is not None else 0
        for position, token in enumerate([*sentence.tokens, ""]):
            if position < opening:
                continue
            broken = position < len(breaks) and breaks[position]  # "Paris, France"
            # After "U.K." a capital may open a sentence the splitter did not end there.
            opens = position == 0 or sentence.tokens[position - 1].endswith(".")
            named = _is_name_word(
                token, 0 if opens else position, inside, calendar, lexicon, opens, common
            ) and not (position == opening > 0 and token.lower() in stop_words)
            joins = not named and _joins(token, run, lexicon)
            if broken or not (named or joins):
                for part in _companies(run, lexicon):
                    for name in _split_name(part, lexicon):
                        _add_name(found, name, lexicon, written)
                run = []
            if named or joins:
                run.append(token)
    # "Lutnick" is the same person as "Howard Lutnick": keep the fuller name only. A
    # fuller name holds every word of the shorter one, so the kept names holding its
    # least shared word are the only ones to look at (linear in the names, not quadratic).
    kept: dict[frozenset[str], str] = {}
    holding: dict[str, list[frozenset[str]]] = {}
    for key in sorted(found, key=len, reverse=True):
        word = min(key, key=lambda w: len(holding.get(w, ())))
        if any(key < other for other in holding.get(word, ())):
            continue
        kept[key] = found[key]
        for w in key:
            holding.setdefault(w, []).append(key)
    return kept


def _shouted(tokens: Sequence[str]) -> bool:
    """A line in capitals (four words or more): a headline, whose capitals name nothing."""
    words = [t for t in tokens if any(c.isalpha() for c in t)]
    return len(words) >= 4 and all(t.isupper() for t in words)


def _joiners(lexicon: Lexicon) -> frozenset[str]:
    """Words that may stand inside a run of name words: "of", "for", "and", "de", and
    "on" after a body's word (see :func:`_joins`)."""
    return lexicon.name_connectors | lexicon.conjunctions | lexicon.body_connectors


def _joins(token: str, run: list[str], lexicon: Lexicon) -> bool:
    """Whether ``token`` may continue the ``run`` of name words before a further one."""
    if not run:
        return False
    if token in lexicon.name_connectors or token in lexicon.conjunctions:
        return True
    return token in lexicon.body_connectors and run[-1].lower() in lexicon.bodies


def _is_name_word(
    token: str,
    position: int,
    inside: set[str],
    calendar: frozenset[str],
    lexicon: Lexicon,
    opens: bool = False,
    common: frozenset[str] | set[str] = frozenset(),
) -> bool:
    """``common``: the words the article writes in lower case."""
    if not token[:1].isupper() or token.lower() in calendar:
        return False
    head, _, tail = token.rpartition("-")
    if tail[:1].islower() and len(head) > 3:
        # "Democrat-controlled", "Oscar-nominated", "Short-term": adjectives; a short
        # prefix may start a name's word ("Co-operation", "Non-proliferation").
        return False
    if opens and not token.isupper():
        lower = token.lower()
        if lower in lexicon.stop_words():
            return False  # "The Senate", "U.K. Was": a function word opening a sentence
        if lower in common:
            return False  # "Countertrade is ...": a common word of this article
    # A capital that only starts a sentence ("Consequently") is no name.
    return position > 0 or token in inside or lexicon.zipf(token) < 3.0


def _companies(run: list[str], lexicon: Lexicon) -> Iterator[list[str]]:
    """The run cut after each company suffix that another word follows, unless that
    word is a suffix too: "Schlumberger Ltd" | "Fairchild Semiconductor Corp", "Toshiba
    Corp" | "and Fujitsu Ltd", but "Yamaichi Securities Co Ltd" whole."""
    suffix = [t.lower().rstrip(".") in lexicon.company_suffixes for t in run]
    start = 0
    for i in range(len(run) - 1):
        if suffix[i] and not suffix[i + 1]:
            yield run[start : i + 1]
            start = i + 1
    yield run[start:]


def _split_name(run: list[str], lexicon: Lexicon) -> list[list[str]]:
    """Trim connectors at the edges; split "A and B" unless it reads like an institution
    ("Organization for Economic Co-operation and Development", "Cable and Wireless
    Plc": a connector before the "and", or an organisation's last word). One pass, no recursion:
    three thousand names joined by "and" are still one sentence."""
    joiners, conjunctions = _joiners(lexicon), lexicon.conjunctions
    connectors = lexicon.name_connectors | lexicon.body_connectors
    out: list[list[str]] = []
    start, end = 0, len(run)
    while start < end:
        while start < end and run[start] in joiners:
            start += 1
        while end > start and run[end - 1] in joiners:
            end -= 1
        cut = next((i for i in range(start, end) if run[i] in conjunctions), None)
        institution = run[end - 1].lower().rstrip(".") in lexicon.organisation_words
        if cut is None or institution or any(run[i] in connectors for i in range(start, cut)):
            if start < end:
                out.append(run[start:end])
            break
        out.append(run[start:cut])
        start = cut + 1
    return out


def _add_name(
    found: dict[frozenset[str], str],
    run: list[str],
    lexicon: Lexicon,
    written: frozenset[str] | set[str] = frozenset(),
) -> None:
    left_out = lexicon.name_qualifiers | _joiners(lexicon)
    core = frozenset(t.lower() for t in run if t.lower() not in left_out)
    if not core or (len(run) == 1 and (lexicon.zipf(run[0]) >= 5.5 or len(run[0]) < 2)):
        return  # "New negotiations", a lone initial
    while len(run) > 1 and _plural_title(run[0], lexicon):
        run = run[1:]  # "Presidents Trump": the title of two people is no part of one name
    display = " ".join(run)
    acronym = _acronym(display, lexicon)
    institution = not any(t.lower() in lexicon.name_qualifiers for t in run)
    if institution and len(acronym) >= 3 and acronym.upper() in written:
        display = f"{display} ({acronym.upper()})"  # "National Economic Council (NEC)"
    if len(display) > len(found.get(core, "")):
        found[core] = display


def _plural_title(token: str, lexicon: Lexicon) -> bool:
    """A title in the plural ("Presidents", "Ministers"): it names several people."""
    lower = token.lower()
    return (lower.endswith("s") and lower[:-1] in lexicon.titles | lexicon.name_qualifiers) or (
        lower.endswith("ies") and f"{lower[:-3]}y" in lexicon.titles | lexicon.name_qualifiers
    )


def _acronym(display: str, lexicon: Lexicon) -> str:
    display = re.sub(r"\s*\([A-Z]+\)$", "", display)
    joiners = _joiners(lexicon)
    words = [w for w in re.split(r"[\s-]+", display) if w and w.lower() not in joiners]
    if len(words) < 3:
        return ""
    return "".join(w[0] for w in words if w[0].isupper()).lower()


# --------------------------------------------------------------------------- pairs


def _pair(
    i: int,
    j: int,
    prepared: Sequence[_Prepared],
    rows: Sequence[Any],
    similarity: float,
    one_story: bool = False,
) -> PairComparison:
    """One pair in detail; ``one_story``: the grouping put the two in one story, which
    makes them a same-story pair as a similarity of :data:`SAME_STORY_THRESHOLD` does."""
    import numpy as np

    a, b = prepared[i], prepared[j]
    cross = np.asarray((rows[i] @ rows[j].T).todense())  # sentences of a x sentences of b
    best_b = cross.max(axis=1) if cross.size else np.zeros(0)
    best_a = cross.max(axis=0) if cross.size else np.zeros(0)

    aligned = []
    for row in range(cross.shape[0]):
        col = int(np.argmax(cross[row]))
        score = float(cross[row, col])
        if score >= ALIGN_THRESHOLD and int(np.argmax(cross[:, col])) == row:
            aligned.append(Alignment(_ref(i, a, row), _ref(j, b, col), round(score, 4)))
    aligned.sort(key=lambda x: -x.score)

    only_a = _ranked([_ref(i, a, r) for r in range(len(best_b)) if best_b[r] < UNIQUE_THRESHOLD])
    only_b = _ranked([_ref(j, b, c) for c in range(len(best_a)) if best_a[c] < UNIQUE_THRESHOLD])

    kw_a, kw_b = a.keywords, b.keywords
    shared_kw = tuple(k.phrase for k in kw_a if _mentions(b, k))
    only_a_kw = tuple(k.phrase for k in kw_a if not _mentions(b, k))
    only_b_kw = tuple(k.phrase for k in kw_b if not _mentions(a, k))

    shared_names = tuple(sorted(d for k, d in a.names.items() if _names_in(k, d, b)))
    only_a_names = tuple(sorted(d for k, d in a.names.items() if not _names_in(k, d, b)))
    only_b_names = tuple(sorted(d for k, d in b.names.items() if not _names_in(k, d, a)))

    same_story = similarity >= SAME_STORY_THRESHOLD or one_story
    differences, only_a_fig, only_b_fig = _figures(a, b, same_story)
    return PairComparison(
        a=i,
        b=j,
        similarity=similarity,
        same_story=same_story,
        shared_keywords=shared_kw,
        only_a_keywords=only_a_kw,
        only_b_keywords=only_b_kw,
        shared_names=shared_names,
        only_a_names=only_a_names,
        only_b_names=only_b_names,
        only_a_figures=only_a_fig,
        only_b_figures=only_b_fig,
        aligned=tuple(aligned),
        only_in_a=only_a,
        only_in_b=only_b,
        figure_differences=differences,
    )


def _ref(doc: int, prepared: _Prepared, index: int) -> SentenceRef:
    return SentenceRef(
        doc, index, prepared.parsed.sentences[index].text, prepared.importance.get(index, 0.0)
    )


def _ranked(refs: list[SentenceRef]) -> tuple[SentenceRef, ...]:
    return tuple(sorted(refs, key=lambda r: (-r.score, r.index)))


def _mentions(other: _Prepared, keyword: Keyword) -> bool:
    lexicon = other.parsed.lexicon
    key = {lexicon.stem(w) for w in keyword.phrase.split() if lexicon.is_content_word(w)}
    return bool(key) and any(key <= terms for terms in other.term_sets)


def _names_in(core: frozenset[str], display: str, other: _Prepared) -> bool:
    """Whether the other article names the same entity (by its words or its acronym)."""
    if core <= other.capitalized:
        return True
    # People are named in full once and by surname after: "President Donald Trump" and
    # "President Trump" share the surname; a rare word in common is enough too.
    lexicon = other.parsed.lexicon
    words = display.split()
    if not _joiners(lexicon) & set(words) and words[-1].lower() in other.capitalized:
        return True
    if any(word in other.capitalized and lexicon.zipf(word) < 4.0 for word in core):
        return True
    acronym = _acronym(display, lexicon)
    if acronym and (acronym in other.capitalized or acronym in other.acronyms):
        return True
    return len(core) == 1 and next(iter(core)) in other.acronyms


def _figures(
    a: _Prepared, b: _Prepared, same_story: bool
) -> tuple[tuple[FigureDifference, ...], tuple[Figure, ...], tuple[Figure, ...]]:
    """Figures about the same thing that differ (same-story pairs only: see
    :func:`tradesum.figure.differences`), and figures only one article gives."""
    figures_a, figures_b = a.figures, b.figures
    pairs = differences(a.measured, b.measured) if same_story else []
    found = tuple(
        FigureDifference(
            figures_a[x].kind,
            figures_a[x],
            figures_b[y],
            a.parsed.sentences[figures_a[x].sentence_index].text,
            b.parsed.sentences[figures_b[y].sentence_index].text,
        )
        for x, y in pairs
    )
    matched_a = {x for x, _ in pairs}
    matched_b = {y for _, y in pairs}
    values_b = {_normal(f) for f in figures_b}
    values_a = {_normal(f) for f in figures_a}
    only_a = tuple(
        f for x, f in enumerate(figures_a) if x not in matched_a and _normal(f) not in values_b
    )
    only_b = tuple(
        f for y, f in enumerate(figures_b) if y not in matched_b and _normal(f) not in values_a
    )
    return found, only_a, only_b


def _normal(figure: Figure) -> str:
    """A figure's value and unit as one key ("2.3e+09USD"), or its words."""
    if figure.value is not None:
        return f"{figure.kind.value}:{figure.value:.6g}{figure.unit or ''}"
    if figure.low is not None and figure.high is not None:
        return f"{figure.kind.value}:{figure.low:.6g}-{figure.high:.6g}{figure.unit or ''}"
    return " ".join(figure.text.lower().replace(".", "").replace(",", "").split())


# --------------------------------------------------------------------------- joint summary


def joint_summary(
    analyses: Sequence[Analysis],
    *,
    sentences: int | None = None,
    words: int | None = None,
    weights: Sequence[float] | None = None,
    rows: Sequence[Any] | None = None,
) -> tuple[SentenceRef, ...]:
    """The joint summary of analysed articles on one story (``doc`` indexes
    ``analyses``; :mod:`tradesum.joint`): ``sentences`` at most, within ``words`` at
    most. ``weights`` scale each article's sentence importance (how central the article
    is to the story); ``rows`` are the articles' sentence rows in one vocabulary, when
    the caller has them (:func:`tradesum.nlp.pile_rows`)."""
    items = []
    for k, analysis in enumerate(analyses):
        weight = 1.0 if weights is None else weights[k]
        importance = {i: v * weight for i, v in analysis.importance().items()}
        items.append((analysis.parsed, importance))
    if rows is None:
        rows = pile_rows([a.parsed for a in analyses], names=NAME_BOOST)[1]
    return _joint_summary(items, rows, sentences, words)


def _joint_summary(
    items: Sequence[tuple[Parsed, dict[int, float]]],
    rows: Sequence[Any],
    count: int | None,
    words: int | None = None,
) -> tuple[SentenceRef, ...]:
    """The joint summary (:func:`tradesum.joint.sentence_picks`) as sentence references."""
    return tuple(
        SentenceRef(d, s.index, s.text, score)
        for d, s, score in sentence_picks(items, rows, count, words)
    )
