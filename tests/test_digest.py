"""``tradesum digest``: grouping into stories, per-story summaries, ranking, output."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from tests.conftest import data_path
from tradesum.cli import app
from tradesum.comparison import compare_articles
from tradesum.digest import digest
from tradesum.inputs import parse_text
from tradesum.stories import SHARED_FLOOR, average_linkage, shared_neighbours, stories_of

STEEL = [
    "US raises tariffs on Chinese steel to 25%\n\n"
    "WASHINGTON (Reuters) - The United States raised tariffs on Chinese steel to 25% on "
    "Monday, Commerce Secretary Howard Lutnick said, calling Beijing's subsidies unfair. "
    "The duties cover steel pipes, wire rod and aluminium sheet from Chinese mills. "
    "Beijing said it would retaliate against American soybeans and aircraft parts. "
    "Lutnick told reporters the tariffs would stay until Chinese steel subsidies end.",
    "Washington lifts China steel duties to 25 percent\n\n"
    "Howard Lutnick, the Commerce Secretary, announced on Monday that tariffs on steel "
    "from China would rise to 25%, blaming subsidies that Beijing pays its steel mills. "
    "Chinese officials in Beijing promised retaliation against soybeans from American farms. "
    "Pipes and wire rod made by Chinese steel mills are covered by the new duties.",
    "China vows response to US steel tariff hike\n\n"
    "Beijing vowed on Tuesday to answer the 25% tariffs on Chinese steel that Commerce "
    "Secretary Howard Lutnick announced in Washington, saying the subsidies charge was false. "
    "China's commerce ministry named American soybeans and aircraft parts as possible targets. "
    "Chinese steel mills export pipes and wire rod worth billions to the United States.",
]
BEEF = [
    "Japan cuts beef import quota\n\n"
    "TOKYO (Kyodo) - Japan's agriculture ministry will cut the quota for imported beef by a "
    "fifth next fiscal year, ministry officials in Tokyo said on Friday. "
    "Australian and American ranchers sell most of the frozen beef Japan imports. "
    "Japanese cattle farmers had asked the ministry for protection from falling beef prices.",
    "Tokyo to trim imported beef quota by 20%\n\n"
    "The Japanese agriculture ministry plans to trim its imported beef quota by 20% from "
    "April, officials said in Tokyo, after cattle farmers complained about falling prices. "
    "Frozen beef from Australian and American ranchers makes up most of Japan's imports. "
    "Ranchers in Australia called the quota cut a blow to their largest export market.",
]


def _pile(tmp_path: Path) -> list[str]:
    paths = []
    for name, text in [(f"steel{i}.txt", t) for i, t in enumerate(STEEL)] + [
        (f"beef{i}.txt", t) for i, t in enumerate(BEEF)
    ]:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    copy = tmp_path / "steel0-copy.txt"  # the same wire story, run by another outlet
    copy.write_text(STEEL[0].replace("Monday", "Monday morning"), encoding="utf-8")
    paths.append(str(copy))
    return paths


def test_stories_group_by_event_and_collapse_copies(tmp_path: Path) -> None:
    paths = _pile(tmp_path)
    result = digest(paths, words=60)
    steel, beef = result.stories
    assert {a.source for a in steel.articles} == set(paths[:3])
    assert {a.source for a in beef.articles} == set(paths[3:5])
    (original,) = [a for a in steel.articles if a.copies]
    assert original.source == paths[0] and original.copies == (paths[5],)
    assert steel.sources == 4 and beef.sources == 2  # ranked by sources: steel first
    assert steel.title in {parse_text(t).title for t in STEEL}


def test_a_story_summary_has_no_sentence_twice_is_tagged_and_fits_the_budget(
    tmp_path: Path,
) -> None:
    result = digest(_pile(tmp_path), words=60)
    for story in result.stories:
        texts = [s.text for s in story.summary]
        assert texts and len(texts) == len(set(texts))
        sources = {a.source for a in story.articles}
        assert all(s.source in sources for s in story.summary)
        assert sum(len(t.split()) for t in texts) <= 60 + 5 * len(texts)  # tokens, not words


def test_compare_groups_are_the_digest_grouping(tmp_path: Path) -> None:
    articles = [parse_text(t, source=f"{k}") for k, t in enumerate(STEEL + BEEF)]
    assert compare_articles(articles).groups == ((0, 1, 2), (3, 4))


def test_dated_articles_far_apart_are_not_one_story() -> None:
    """Three reports of one steel story a day apart are one story; the same reports a
    year later are another (as two earthquakes, or a coach fired and later hired, are);
    an undated report sits in every window."""
    from tradesum.nlp import parse_article
    from tradesum.stories import group

    def dated(text: str, k: int, date: str | None) -> Any:
        return parse_article(dataclasses.replace(parse_text(text, source=f"{k}"), date=date))

    this_year = [dated(t, k, f"2025-03-0{k + 1}") for k, t in enumerate(STEEL)]
    next_year = [dated(t, 3 + k, f"2026-03-0{k + 1}") for k, t in enumerate(STEEL)]
    assert group(this_year + next_year) == [[0, 1, 2], [3, 4, 5]]
    undated = [dated(t, k, None) for k, t in enumerate(STEEL)]
    assert group(this_year[:1] + undated[1:]) == [[0, 1, 2]]


def test_average_linkage_does_not_chain() -> None:
    """a-b and b-c alike, a-c not at all: connected components make one group of three;
    average linkage keeps c out (its average with {a, b} is below the threshold)."""
    groups = average_linkage(3, [0, 1], [1, 2], [0.9, 0.3], threshold=0.2)
    assert groups == [[0, 1], [2]]


def test_average_linkage_keeps_tight_events_apart_and_loose_stories_together() -> None:
    """A tight pair (0.9) refuses an article only loosely like both (0.4 < half of 0.9),
    though 0.4 is far above the threshold; a loose pair (0.2) takes in an article as
    loosely like both (0.15 >= half of 0.2)."""
    tight = average_linkage(3, [0, 0, 1], [1, 2, 2], [0.9, 0.4, 0.4], threshold=0.1)
    assert tight == [[0, 1], [2]]
    loose = average_linkage(3, [0, 0, 1], [1, 2, 2], [0.2, 0.15, 0.15], threshold=0.1)
    assert loose == [[0, 1, 2]]
    assert average_linkage(
        3, [0, 0, 1], [1, 2, 2], [0.9, 0.4, 0.4], threshold=0.1, cohesion=0.0
    ) == [[0, 1, 2]]


def _graphs(most: int, edges: int) -> st.SearchStrategy[tuple[int, list[tuple[int, int, float]]]]:
    """A pile size and candidate pairs (a < b, each once) with their similarities."""
    pair = st.tuples(st.integers(0, most - 1), st.integers(0, most - 1))
    return st.integers(min_value=2, max_value=most).flatmap(
        lambda n: st.tuples(
            st.just(n),
            st.dictionaries(
                pair.filter(lambda p: p[0] < p[1] < n), st.floats(0.0, 1.0), max_size=edges
            ).map(lambda found: sorted((a, b, v) for (a, b), v in found.items())),
        )
    )


@settings(max_examples=60, deadline=None)
@given(_graphs(12, 40), st.floats(0.05, 0.9))
def test_average_linkage_is_a_partition(graph: tuple[int, list], threshold: float) -> None:
    n, edges = graph
    groups = average_linkage(
        n, [a for a, _, _ in edges], [b for _, b, _ in edges], [s for *_, s in edges], threshold
    )
    members = sorted(m for g in groups for m in g)
    assert members == list(range(n)) and all(g == sorted(g) for g in groups)


def test_shared_neighbours_on_a_small_graph() -> None:
    """k = 2 (weights 2 for the nearest, 1 for the next, at most 2² + 1² = 5): 0's
    nearest are 1 then 2, 1's are 0 then 2, 2's are 0 then 1, 3's only one is 2, so 0
    and 1 share 2 (1 x 1), 0 and 2 share 1 (2 x 1), 1 and 2 share 0 (2 x 2), and 2 and
    3 share none."""
    shared = shared_neighbours(4, [0, 0, 1, 2], [1, 2, 2, 3], [0.9, 0.8, 0.7, 0.1], k=2)
    assert shared.tolist() == pytest.approx([0.2, 0.4, 0.8, 0.0])
    # three barely alike articles (a small pile of unrelated ones) are nobody's neighbours
    assert shared_neighbours(3, [0, 0, 1], [1, 2, 2], [0.05, 0.05, 0.05]).tolist() == [0, 0, 0]
    assert stories_of(3, [], [], []) == [[0], [1], [2]]  # no candidates: each alone
    assert stories_of(3, [0], [1], [0.9]) == [[0, 1], [2]]


@settings(max_examples=60, deadline=None)
@given(_graphs(10, 30), st.integers(min_value=1, max_value=4))
def test_shared_neighbours_match_their_definition(graph: tuple[int, list], k: int) -> None:
    n, pairs = graph
    i, j, s = [a for a, _, _ in pairs], [b for _, b, _ in pairs], [v for *_, v in pairs]
    near: list[dict[int, int]] = []
    for a in range(n):
        alike = [(x, y, v) for x, y, v in pairs if v >= SHARED_FLOOR]  # neighbours at all
        others = [(-v, y) for x, y, v in alike if x == a]
        others += [(-v, x) for x, y, v in alike if y == a]
        near.append({b: k - r for r, (_, b) in enumerate(sorted(others)[:k])})
    most = sum((k - r) ** 2 for r in range(k))
    expected = [
        sum(near[a][x] * near[b][x] for x in near[a].keys() & near[b].keys()) / most
        for a, b in zip(i, j, strict=True)
    ]
    assert shared_neighbours(n, i, j, s, k=k).tolist() == pytest.approx(expected)


def test_digest_json_contract(runner: CliRunner, tmp_path: Path) -> None:
    paths = _pile(tmp_path)
    result = runner.invoke(app, ["digest", *paths, str(tmp_path / "gone.txt"), "-f", "json"])
    assert result.exit_code == 4 and "gone.txt" in result.stderr
    data = json.loads(result.stdout)
    assert list(data) == ["failures", "schema_version", "settings", "stories", "tool"]
    story = data["stories"][0]
    assert list(story) == [
        "articles", "conflicts", "figures", "id", "new", "sources", "summary", "title", "update",
    ]  # fmt: skip
    assert list(story["articles"][0]) == ["copies", "date", "language", "source", "title", "url"]
    assert list(story["summary"][0]) == ["index", "new", "source", "text"]
    assert list(story["figures"][0]) == [
        "approx", "bound", "change", "direction", "entity", "high", "kind", "linked", "low",
        "new", "period", "sentence", "sentence_index", "source", "subject", "text", "unit",
        "value", "was",
    ]  # fmt: skip
    assert data["settings"] == {"since": False, "words": 100}
    assert data["failures"] == [
        {"source": str(tmp_path / "gone.txt"), "error": "no such file or folder; check the path"}
    ]
    again = json.loads(runner.invoke(app, ["digest", *paths, "-f", "json"]).stdout)
    assert [s["id"] for s in again["stories"]] == [s["id"] for s in data["stories"]]


@pytest.mark.parametrize("fmt", ["plain", "markdown", "rich", "jsonl"])
def test_digest_formats_show_every_story(runner: CliRunner, tmp_path: Path, fmt: str) -> None:
    result = runner.invoke(app, ["digest", *_pile(tmp_path), "-f", fmt, "-w", "40"])
    assert result.exit_code == 0, result.stderr
    for word in ("Lutnick", "beef"):
        assert word in result.stdout
    if fmt == "jsonl":
        assert len(result.stdout.splitlines()) == 2


def test_digest_on_ecbplus_keeps_two_events_of_one_topic_apart() -> None:
    """ECB+ topic 1 holds two different events of one kind; most of each event's
    articles end up in a story of their own event."""
    import csv

    root = data_path("ecbplus")
    rows = [r for r in csv.DictReader((root / "clusters.tsv").open(), delimiter="\t")]
    chosen = [r for r in rows if r["topic"] == "1"]
    result = digest([str(root / "docs" / f"{r['doc']}.txt") for r in chosen])
    event = {str(root / "docs" / f"{r['doc']}.txt"): r["cluster_id"] for r in chosen}
    pure = sum(
        max(sum(1 for a in s.articles if event[a.source] == e) for e in set(event.values()))
        for s in result.stories
    )
    assert pure >= 0.8 * len(chosen)


QUOTA = (
    "EU opens anti-dumping probe into Vietnamese solar panels\n\n"
    "BRUSSELS (Reuters) - The European Commission opened an anti-dumping investigation "
    "into solar panels made in Vietnam on Thursday, after a complaint by European makers. "
    "SolarPower Europe said the panels were sold below cost across the continent. "
    "Hanoi said its manufacturers followed the rules and would cooperate with Brussels."
)


def test_since_marks_new_stories_new_sentences_and_new_figures(
    runner: CliRunner, tmp_path: Path
) -> None:
    steel = [tmp_path / f"steel{i}.txt" for i in range(3)]
    beef = [tmp_path / f"beef{i}.txt" for i in range(2)]
    for path, text in zip(steel + beef, STEEL + BEEF, strict=True):
        path.write_text(text, encoding="utf-8")
    earlier = tmp_path / "yesterday.json"
    first = runner.invoke(app, ["digest", str(steel[0]), str(steel[1]), *map(str, beef),
                                "-f", "json", "-o", str(earlier)])  # fmt: skip
    assert first.exit_code == 0, first.stderr
    raised = tmp_path / "steel-later.txt"
    raised.write_text(STEEL[2].replace("25%", "30%"), encoding="utf-8")
    quota = tmp_path / "quota.txt"
    quota.write_text(QUOTA, encoding="utf-8")
    args = ["digest", str(steel[0]), str(steel[1]), str(raised), *map(str, beef), str(quota)]
    today = json.loads(runner.invoke(app, [*args, "--since", str(earlier), "-f", "json"]).stdout)
    assert today["settings"]["since"] is True
    new_story = [s for s in today["stories"] if s["new"]]
    assert [s["articles"][0]["source"] for s in new_story] == [str(quota)]
    steel_story = next(s for s in today["stories"] if str(raised) in
                       {a["source"] for a in s["articles"]})  # fmt: skip
    assert steel_story["new"] is False
    assert all(s["new"] == (s["source"] == str(raised)) for s in steel_story["summary"])
    marked = {f["text"] for f in steel_story["figures"] if f["new"]}
    assert "30%" in marked and "25%" not in marked
    # the changed figure names the earlier one it replaces, and the story's articles
    # now disagree on it
    (raised_figure,) = [f for f in steel_story["figures"] if f["text"] == "30%"]
    assert raised_figure["was"] == "25%" and "tariffs" in raised_figure["subject"]
    assert {(c["a"]["text"], c["b"]["text"]) for c in steel_story["conflicts"]} == {("25%", "30%")}
    # the update summary: only the new article's sentences, none that repeats what the
    # earlier story's articles said
    assert steel_story["update"] and {u["source"] for u in steel_story["update"]} == {str(raised)}
    assert sum(len(u["text"].split()) for u in steel_story["update"]) <= 100
    plain = runner.invoke(app, [*args, "--since", str(earlier), "-f", "plain"]).stdout
    assert "NEW EU opens anti-dumping probe" in plain
    assert "New since the earlier digest:" in plain


def test_since_a_file_that_is_not_a_digest_is_one_line(runner: CliRunner, tmp_path: Path) -> None:
    story = tmp_path / "a.txt"
    story.write_text(STEEL[0], encoding="utf-8")
    bogus = tmp_path / "old.json"
    bogus.write_text('{"documents": []}', encoding="utf-8")
    result = runner.invoke(app, ["digest", str(story), "--since", str(bogus)])
    assert result.exit_code == 3 and "is not the JSON of a tradesum digest" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_second_digest_reads_its_articles_from_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, _cache_folder: Path
) -> None:
    import tradesum.batch as batch
    from tradesum.batch import Engine

    paths = _pile(tmp_path)
    analysed: list[str] = []
    real = batch._process

    def counting(source, options):  # type: ignore[no-untyped-def]
        analysed.append(source.name)
        return real(source, options)

    monkeypatch.setattr(batch, "_process", counting)
    first = digest(paths, engine=Engine(workers=1))
    assert sorted(analysed) == sorted(paths) and (_cache_folder / "analyses.sqlite").exists()
    analysed.clear()
    second = digest(paths, engine=Engine(workers=1))
    assert analysed == [] and second.stories == first.stories
    Path(paths[1]).write_text(STEEL[1] + " Talks resume in May.", encoding="utf-8")
    digest(paths, engine=Engine(workers=1))
    assert analysed == [paths[1]]  # only the changed file
    analysed.clear()
    digest(paths, engine=Engine(workers=1), cache=False)
    assert sorted(analysed) == sorted(paths)


def test_a_damaged_cache_is_rebuilt_with_a_warning(
    runner: CliRunner, tmp_path: Path, _cache_folder: Path
) -> None:
    paths = _pile(tmp_path)
    (_cache_folder / "analyses.sqlite").write_bytes(b"this is not a database" * 100)
    result = runner.invoke(app, ["digest", *paths, "-f", "json", "-j", "1"])
    assert result.exit_code == 0, result.stderr
    assert "warning: the cache" in result.stderr and "was damaged" in result.stderr
    assert len(json.loads(result.stdout)["stories"]) == 2
    again = runner.invoke(app, ["digest", *paths, "-f", "json", "-j", "1"])
    assert again.exit_code == 0 and again.stderr == "" and again.stdout == result.stdout


def _prepare_at_the_barrier(folder: Path, barrier: Any, warnings: Any) -> None:
    from tradesum.cache import prepare

    barrier.wait()
    warnings.put(prepare(folder)[1])


def test_runs_that_create_one_cache_at_once_find_it_sound(tmp_path: Path) -> None:
    """Four runs creating a new cache at the same instant: SQLite answers "database is
    locked" to some of them at once, which must be waited out, not taken for damage
    (a cache moved aside and a warning, as it was)."""
    import multiprocessing

    context = multiprocessing.get_context("fork")
    found = []
    for round_ in range(25):
        folder = tmp_path / f"cache{round_}"
        barrier, warnings = context.Barrier(4), context.Queue()
        runs = [
            context.Process(target=_prepare_at_the_barrier, args=(folder, barrier, warnings))
            for _ in range(4)
        ]
        for run in runs:
            run.start()
        for run in runs:
            run.join(timeout=60)
        found += [warnings.get(timeout=5) for _ in runs]
        assert [p.name for p in folder.iterdir() if "damaged" in p.name] == []
    assert found == [None] * 100


def test_two_digests_at_once_share_the_cache(tmp_path: Path) -> None:
    import subprocess
    import sys

    paths = _pile(tmp_path)
    command = [sys.executable, "-m", "tradesum", "digest", *paths, "-f", "json", "-j", "2"]
    runs = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            for _ in range(2)]  # fmt: skip
    outputs = [run.communicate(timeout=120) for run in runs]
    assert all(run.returncode == 0 for run in runs), [err for _, err in outputs]
    assert outputs[0][0] == outputs[1][0] and b"warning" not in outputs[0][1] + outputs[1][1]


def test_a_story_shows_the_figures_its_sources_disagree_on(
    runner: CliRunner, tmp_path: Path
) -> None:
    paths = _pile(tmp_path)
    disagreeing = tmp_path / "steel-other.txt"
    disagreeing.write_text(STEEL[1].replace("rise to 25%", "rise to 35%"), encoding="utf-8")
    result = runner.invoke(app, ["digest", *paths, str(disagreeing), "-f", "json"])
    data = json.loads(result.stdout)
    steel = next(
        s for s in data["stories"] if str(disagreeing) in {a["source"] for a in s["articles"]}
    )
    pairs = {(c["a"]["text"], c["b"]["text"], c["b"]["source"]) for c in steel["conflicts"]}
    assert any(b == "35%" and source == str(disagreeing) for _, b, source in pairs), pairs
    assert all(c["a"]["subject"] and c["b"]["subject"] for c in steel["conflicts"])
    plain = runner.invoke(app, ["digest", *paths, str(disagreeing), "-f", "plain"]).stdout
    assert "Figures that conflict:" in plain and "35%" in plain
    beef = next(s for s in data["stories"] if "beef" in s["title"].lower())
    assert beef["conflicts"] == []  # "by a fifth" and "by 20%" say the same


@pytest.mark.slow
def test_a_digest_of_20000_reuters_articles_fits_in_time_and_memory(tmp_path: Path) -> None:
    """The scale target: 20,000 articles on one worker, peak memory under 1 GB; every
    article lands in exactly one story. (Time is asserted loosely: the machine is shared;
    ``benchmarks.digest_scale`` measures it.)"""
    import os
    import subprocess
    import sys
    import time

    from benchmarks.digest_scale import write_pile

    data = data_path("reuters", "reuters21578.jsonl.gz").parent.parent
    pile = tmp_path / "pile"
    pile.mkdir()
    write_pile(data, 20_000, pile)
    out = tmp_path / "stories.json"
    command = [sys.executable, "-m", "tradesum", "digest", str(pile), "--no-cache", "-j", "1",
               "-f", "json", "-o", str(out)]  # fmt: skip
    started = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - started
    assert os.waitstatus_to_exitcode(status) == 0
    assert usage.ru_maxrss / 1024 < 1024, f"peak {usage.ru_maxrss / 1024:.0f} MB"
    assert seconds < 480, f"{seconds:.0f} s"
    stories = json.loads(out.read_text(encoding="utf-8"))["stories"]
    sources = [a["source"] for s in stories for a in s["articles"]]
    sources += [c for s in stories for a in s["articles"] for c in a["copies"]]
    assert len(sources) == len(set(sources)) == 20_000
