"""A pile of articles as stories: ``tradesum digest``.

Every input is read and analysed once (one batch run, any engine); the articles are
grouped into stories by :func:`tradesum.stories.group`; copies of one wire story (near
duplicates) become one article with several sources; each story gets a headline (the
headline of its most central article), its articles with source, date and headline, a
joint extractive summary within a word budget where no fact appears twice and every
sentence names its source, and the figures its articles report, with their sources.
Stories are ranked by how many sources carry them, then by their latest date; stories
of one article come last.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tradesum.analysis import Analysis
from tradesum.batch import Engine, Options, run
from tradesum.comparison import joint_summary
from tradesum.errors import Failure, InputError, UsageError
from tradesum.figure import Figure, FigureKind, differences, figure_differences
from tradesum.keywords import extract_keywords
from tradesum.nlp import pile_rows
from tradesum.stories import (
    NAME_BOOST,
    STORY_THRESHOLD,
    candidate_pairs,
    mixed_languages,
    stories_of,
)
from tradesum.summary import DocumentSummary

#: Default word budget of a story's summary.
DEFAULT_WORDS = 100
#: Articles at least this similar are copies of one story (a wire story run twice).
DUPLICATE_THRESHOLD = 0.9
#: Figures (and conflicts) listed per story at most.
STORY_FIGURES = 12
#: Articles of a story whose figures are checked against each other for conflicts: the
#: most central ones; checking every pair of a huge story would grow with its square.
CONFLICT_ARTICLES = 20


@dataclass(frozen=True, slots=True)
class StoryArticle:
    """One article of a story; ``copies`` are the sources of its near-duplicates."""

    source: str
    title: str | None
    date: str | None
    url: str | None
    copies: tuple[str, ...] = ()
    #: Its language (ISO 639-1; every article of a story has the same), None if unknown.
    language: str | None = None


@dataclass(frozen=True, slots=True)
class StorySentence:
    text: str
    source: str
    #: The sentence's index among its article's body sentences.
    index: int
    #: Not in the earlier digest (``--since``): from an article it did not have.
    new: bool = False


@dataclass(frozen=True, slots=True)
class StoryFigure:
    """A figure of a story, with the article that reports it and its sentence."""

    figure: Figure
    source: str
    sentence: str
    #: Not in the earlier digest's story (``--since``).
    new: bool = False
    #: In a continuing story (``--since``): the earlier figure of the same thing this one
    #: replaces ("4.8%" where the story now says "5.1%").
    was: str | None = None

    @property
    def text(self) -> str:
        return self.figure.text

    @property
    def kind(self) -> str:
        return self.figure.kind.value


@dataclass(frozen=True, slots=True)
class FigureConflict:
    """Two articles of a story that give different values for the same thing."""

    a: StoryFigure
    b: StoryFigure


@dataclass(frozen=True, slots=True)
class Story:
    id: str
    title: str
    articles: tuple[StoryArticle, ...]
    summary: tuple[StorySentence, ...]
    figures: tuple[StoryFigure, ...]
    #: A story the earlier digest did not have (``--since``); every story without one.
    new: bool = True
    #: Figures its articles disagree on.
    conflicts: tuple[FigureConflict, ...] = ()
    #: In a story that continues one of an earlier digest (``--since``): what is new,
    #: as an update summary of its new articles, within the same word budget.
    update: tuple[StorySentence, ...] = ()

    @property
    def sources(self) -> int:
        """How many sources carry the story (copies included)."""
        return sum(1 + len(a.copies) for a in self.articles)

    @property
    def latest(self) -> str | None:
        dates = [a.date for a in self.articles if a.date]
        return max(dates) if dates else None


@dataclass(frozen=True, slots=True)
class Digest:
    stories: tuple[Story, ...]
    failures: tuple[Failure, ...] = ()
    #: Files in the folders walked that no input kind reads: (suffix, count).
    unread: tuple[tuple[str, int], ...] = ()
    words: int = DEFAULT_WORDS
    #: Stories are marked against an earlier digest.
    since: bool = False
    #: What a reader should know about the run (a cache that had to be rebuilt).
    notes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Earlier:
    """What a digest remembers of an earlier one (``--since``): each story's sources,
    summary sentences and figures."""

    stories: tuple[
        tuple[frozenset[str], frozenset[str], frozenset[tuple[str, str]], tuple[Figure, ...]],
        ...,
    ]

    @classmethod
    def from_json(cls, text: str, *, source: str) -> Earlier:
        """An earlier digest from its JSON (``tradesum digest -f json``)."""
        import json

        try:
            data = json.loads(text)
            stories = []
            for story in data["stories"]:
                sources = {a["source"] for a in story["articles"]}
                sources |= {c for a in story["articles"] for c in a.get("copies", [])}
                sentences = {s["text"] for s in story["summary"]}
                figures = {(f["kind"], f["text"]) for f in story["figures"]}
                measured = tuple(_earlier_figure(f) for f in story["figures"])
                stories.append(
                    (frozenset(sources), frozenset(sentences), frozenset(figures), measured)
                )
        except (ValueError, KeyError, TypeError):
            raise InputError(
                "is not the JSON of a tradesum digest; give a file made with "
                "tradesum digest -f json",
                source=source,
            ) from None
        if data.get("schema_version") != 1:
            raise InputError("is a digest of another schema version; make it again", source=source)
        return cls(tuple(stories))

    def match(self, sources: set[str]) -> int | None:
        """The earlier story that shares the most sources with these, if any."""
        best, shared = None, 0
        for k, (earlier, *_) in enumerate(self.stories):
            common = len(earlier & sources)
            if common > shared:
                best, shared = k, common
        return best


def digest(
    inputs: Sequence[str],
    options: Options | None = None,
    *,
    words: int = DEFAULT_WORDS,
    recursive: bool = False,
    engine: Engine | None = None,
    since: Earlier | None = None,
    cache: bool | Path = True,
) -> Digest:
    """Read, analyse and group ``inputs`` (paths, folders, URLs, ``-``) into stories;
    with ``since``, mark what is new against an earlier digest. ``cache``: the cache of
    analysed articles in its default folder (True), in another folder, or none (False)."""
    if words < 1:
        raise UsageError(f"the word budget must be 1 or more (got {words})")
    # stories read no keyphrases (a story's title falls back on a few, found then)
    options = dataclasses.replace(options or Options(), stories=True, keywords=0)
    notes: tuple[str, ...] = ()
    if cache is not False:
        from tradesum.cache import prepare

        try:
            path, warning = prepare(None if cache is True else cache)
        except OSError as exc:
            notes = (f"no cache this run ({exc.strerror or exc})",)
        else:
            options = dataclasses.replace(options, cache=str(path))
            notes = (warning,) if warning else ()
    batch = run(inputs, options, recursive=recursive, engine=engine)
    results = list(batch)
    summaries = [r for r in results if isinstance(r, DocumentSummary)]
    failures = tuple(r for r in results if isinstance(r, Failure))
    if not summaries:
        if len(failures) == 1:
            raise InputError(f"{failures[0].message}; no stories", source=failures[0].source)
        raise InputError(f"none of the {len(failures)} inputs could be read; no stories")
    analyses = [s.analysis for s in summaries if s.analysis is not None]
    stories = digest_analyses(analyses, words=words, since=since)
    unread = tuple(batch.unread.most_common())
    mixed = mixed_languages([a.article.language for a in analyses])
    notes = (*notes, mixed) if mixed else notes
    return Digest(stories, failures, unread, words, since is not None, notes)


def _marked(story: Story, since: Earlier) -> Story:
    """The story with what the earlier digest did not have marked new: the story
    itself when no earlier story shares a source with it; else its sentences from
    articles the earlier story did not have, and figures it did not report."""
    k = since.match(_sources(story))
    if k is None:
        return story
    old_sources, old_sentences, old_figures, measured = since.stories[k]
    summary = tuple(
        dataclasses.replace(s, new=s.source not in old_sources and s.text not in old_sentences)
        for s in story.summary
    )
    figures = []
    for f in story.figures:
        new = (f.kind, f.text) not in old_figures
        changed = figure_differences([f.figure], measured) if new else []
        figures.append(
            dataclasses.replace(f, new=new, was=measured[changed[0][1]].text if changed else None)
        )
    return dataclasses.replace(story, summary=summary, figures=tuple(figures), new=False)


def _earlier_figure(data: dict[str, Any]) -> Figure:
    """A figure of an earlier digest's JSON (see :func:`tradesum.render.data.figure_data`)."""
    return Figure(
        str(data["text"]),
        FigureKind(data["kind"]),
        int(data.get("sentence_index") or 0),
        value=data.get("value"),
        unit=data.get("unit"),
        direction=data.get("direction"),
        approx=bool(data.get("approx")),
        bound=data.get("bound"),
        low=data.get("low"),
        high=data.get("high"),
        period=data.get("period"),
        subject=data.get("subject"),
        entity=data.get("entity"),
        change=data.get("change"),
    )


def digest_analyses(
    analyses: Sequence[Analysis],
    *,
    words: int = DEFAULT_WORDS,
    threshold: float = STORY_THRESHOLD,
    since: Earlier | None = None,
) -> tuple[Story, ...]:
    """The stories of analysed articles, ranked (see the module's docstring); with
    ``since``, what is new against an earlier digest marked, and each continuing story
    given its update summary."""
    if not analyses:
        return ()
    i, j, similarity, sentence_rows = _pairs(analyses)
    groups = stories_of(len(analyses), i, j, similarity, threshold)
    where: dict[int, tuple[int, int]] = {}  # article -> (its group, its place there)
    for g, members in enumerate(groups):
        for place, k in enumerate(members):
            where[k] = (g, place)
    inside: list[list[tuple[int, int, float]]] = [[] for _ in groups]
    for a, b, s in zip(i.tolist(), j.tolist(), similarity.tolist(), strict=True):
        (group_a, place_a), (group_b, place_b) = where[a], where[b]
        if group_a == group_b:
            inside[group_a].append((place_a, place_b, s))
    stories = [
        _story([analyses[k] for k in g], pairs, words, [sentence_rows[k] for k in g], since)
        for g, pairs in zip(groups, inside, strict=True)
    ]
    return tuple(sorted(stories, key=_rank))


def story_of(analyses: Sequence[Analysis], *, words: int = DEFAULT_WORDS) -> Story:
    """One story of articles already known to tell it (headline, articles, summary)."""
    if not analyses:
        raise InputError("a story needs at least one readable article")
    i, j, similarity, sentence_rows = _pairs(analyses)
    pairs = list(zip(i.tolist(), j.tolist(), similarity.tolist(), strict=True))
    return _story(list(analyses), pairs, words, sentence_rows)


def _pairs(analyses: Sequence[Analysis]) -> tuple[Any, Any, Any, list[Any]]:
    """The candidate pairs of the articles (:func:`tradesum.stories.candidate_pairs`)
    and each article's sentence rows, for the summaries: both from one pass over the
    words (:func:`tradesum.nlp.pile_rows`)."""
    rows, sentence_rows = pile_rows([a.parsed for a in analyses], names=NAME_BOOST)
    i, j, similarity = candidate_pairs(
        rows, [a.article.date for a in analyses], [a.article.language for a in analyses]
    )
    return i, j, similarity, sentence_rows


def _rank(story: Story) -> tuple[bool, int, str, str]:
    latest = story.latest or ""
    inverted = "".join(chr(0x10FFFF - ord(c)) for c in latest)  # latest first
    return (len(story.articles) == 1 and not story.articles[0].copies, -story.sources,
            inverted, story.id)  # fmt: skip


def _story(
    members: list[Analysis],
    pairs: list[tuple[int, int, float]],
    words: int,
    rows: Sequence[Any],
    since: Earlier | None = None,
) -> Story:
    """The story of ``members``, given the similarity of its candidate pairs (indices
    into ``members``; a pair that is not there counts 0) and their sentence rows in one
    vocabulary. Linear in the pairs."""
    neighbours: list[list[tuple[int, float]]] = [[] for _ in members]
    for a, b, s in pairs:
        neighbours[a].append((b, s))
        neighbours[b].append((a, s))
    # near-duplicates: each article is a copy of the first earlier one it nearly equals
    original: dict[int, int] = {}
    for b in range(len(members)):
        earlier = sorted(a for a, s in neighbours[b] if a < b and s >= DUPLICATE_THRESHOLD)
        first = next((a for a in earlier if a not in original), None)
        if first is not None:
            original[b] = first
    kept = [k for k in range(len(members)) if k not in original]
    copies: dict[int, list[str]] = {k: [] for k in kept}
    for b, a in original.items():
        copies[a].append(members[b].article.source)
    articles = tuple(
        StoryArticle(
            members[k].article.source,
            members[k].article.title,
            members[k].article.date,
            members[k].article.url,
            tuple(copies[k]),
            members[k].article.language,
        )
        for k in kept
    )
    kept_set = set(kept)
    centrality = [sum(s for o, s in neighbours[k] if o in kept_set) for k in kept]
    central = kept[max(range(len(kept)), key=lambda n: (centrality[n], -kept[n]))]
    title = members[central].article.title or next(
        (members[k].article.title for k in kept if members[k].article.title), None
    )
    if title is None:
        analysis = members[central]
        found = analysis.keyphrases[:3] or extract_keywords(analysis.parsed, 3)
        phrases = [p.phrase for p in found]
        title = ", ".join(phrases) or members[central].article.source
    chosen = [members[k] for k in kept]
    top = max(centrality) or 1.0
    weights = [0.5 + 0.5 * c / top for c in centrality] if len(kept) > 1 else None
    picked = joint_summary(chosen, words=words, weights=weights, rows=[rows[k] for k in kept])
    summary = tuple(
        StorySentence(ref.text, chosen[ref.doc].article.source, ref.index) for ref in picked
    )
    central_first = [chosen[n] for n in sorted(range(len(kept)), key=lambda n: -centrality[n])]
    figures, conflicts = _figures(chosen, central_first[:CONFLICT_ARTICLES])
    story = Story(_story_id(articles), title, articles, summary, figures, conflicts=conflicts)
    if since is None:
        return story
    marked = _marked(story, since)
    if marked.new:
        return marked
    k = since.match(_sources(story))
    assert k is not None  # a story that is not new continues an earlier one
    return dataclasses.replace(marked, update=_update(chosen, since.stories[k], words))


def _sources(story: Story) -> set[str]:
    return {a.source for a in story.articles} | {c for a in story.articles for c in a.copies}


#: An update sentence that shares this share of its words with a sentence the reader has
#: seen (the earlier summary, or an earlier article of the story) tells nothing new.
SEEN_SHARE = 0.4


def _update(
    chosen: Sequence[Analysis], earlier: tuple[Any, ...], words: int
) -> tuple[StorySentence, ...]:
    """What a reader of the earlier digest has not seen: the best sentences of the
    story's new articles (those the earlier story did not have) within ``words``, less
    those that repeat a sentence of the earlier summary or of the story's old articles."""
    old_sources, old_sentences = earlier[0], earlier[1]
    new = [a for a in chosen if a.article.source not in old_sources]
    if not new:
        return ()
    lexicon = new[0].parsed.lexicon
    seen = [_stems(text, lexicon) for text in old_sentences]
    seen += [
        frozenset(s.terms)
        for a in chosen
        if a.article.source in old_sources
        for s in a.parsed.sentences
    ]
    # The new articles' own story summary; where a sentence of it was seen, the next
    # best of a longer one takes its place.
    first = story_of(new, words=words).summary
    spare = [c for c in story_of(new, words=words * 3).summary if c not in first]
    candidates = [*first, *spare]
    by_source = {a.article.source: a for a in new}
    out: list[StorySentence] = []
    used = 0
    for candidate in candidates:
        sentence = by_source[candidate.source].parsed.sentences[candidate.index]
        terms = frozenset(sentence.terms)
        if any(terms and len(terms & old) / len(terms | old) >= SEEN_SHARE for old in seen):
            continue
        size = len(sentence.text.split())
        if used + size > words:
            continue
        used += size
        out.append(dataclasses.replace(candidate, new=True))
    return tuple(out)


def _stems(text: str, lexicon: Any) -> frozenset[str]:
    """A sentence's terms, as :attr:`tradesum.nlp.Sentence.terms` are made."""
    from tradesum.nlp import terms, tokenize

    return frozenset(terms(tokenize(text), lexicon))


def _story_id(articles: Sequence[StoryArticle]) -> str:
    """A stable id: the same articles give the same id in every run."""
    import hashlib

    first = min(a.source for a in articles)
    return hashlib.sha1(first.encode("utf-8", "surrogateescape")).hexdigest()[:10]


def _figures(
    members: Sequence[Analysis], checked: Sequence[Analysis]
) -> tuple[tuple[StoryFigure, ...], tuple[FigureConflict, ...]]:
    """The story's figures (dates left out), each with its source, first reports first,
    the same figure reported by several articles listed once; and the figures the
    ``checked`` articles (its most central ones) disagree on."""
    seen: set[tuple[str, float | None, str | None]] = set()
    out: list[StoryFigure] = []
    for analysis in members:
        for figure in analysis.figures:
            if figure.kind == FigureKind.DATE:
                continue
            key = (figure.kind.value, figure.value, figure.unit)
            if figure.value is None:
                key = (figure.kind.value, None, figure.text.lower())
            if key in seen:
                continue
            seen.add(key)
            out.append(_story_figure(analysis, figure))
            if len(out) >= STORY_FIGURES:
                break
        if len(out) >= STORY_FIGURES:
            break
    conflicts: list[FigureConflict] = []
    said: set[tuple[str, ...]] = set()
    measured = [a.measured_figures() for a in checked]  # once per article, not per pair
    for x, a in enumerate(checked):
        for y in range(x + 1, len(checked)):
            b = checked[y]
            for i, j in differences(measured[x], measured[y]):
                fa, fb = a.figures[i], b.figures[j]
                pair = (a.article.source, fa.text, b.article.source, fb.text)
                if pair not in said and len(conflicts) < STORY_FIGURES:
                    said.add(pair)
                    conflicts.append(FigureConflict(_story_figure(a, fa), _story_figure(b, fb)))
    return tuple(out), tuple(conflicts)


def _story_figure(analysis: Analysis, figure: Figure) -> StoryFigure:
    sentence = analysis.parsed.sentences[figure.sentence_index].text
    return StoryFigure(figure, analysis.article.source, sentence)
