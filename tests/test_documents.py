"""Loading: encodings, HTML, Markdown, headlines, paragraphs, folders and bad input."""

from __future__ import annotations

from pathlib import Path

import pytest

from tradesum.errors import Failure, InputError, TooLarge
from tradesum.inputs import Article, Source, iter_sources, parse_text
from tradesum.inputs import load as load_all_articles
from tradesum.inputs.decoding import clean_text, decode
from tradesum.summary import summarize

from .conftest import SEED_A, SEED_B, SEEDS


def parse(text: str, *, source: str = "<text>", kind: str = "text") -> Article:
    return parse_text(text, source=source, kind=kind)


def load(source: str, **options: int) -> Article:
    (article,) = load_all_articles(source, **options)
    return article


def names(sources: list[Source | Failure]) -> list[str]:
    return [s.name for s in sources]


TEXT = "Sterling rose to £1.27 after the ‘deal’ — exporters cheered.\n"


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        b"\xef\xbb\xbf" + TEXT.encode("utf-8"),
        b"\xff\xfe" + TEXT.encode("utf-16-le"),
        b"\xfe\xff" + TEXT.encode("utf-16-be"),
        TEXT.encode("utf-16-le"),  # no BOM
        TEXT.encode("cp1252"),
    ],
    ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "utf16le-nobom", "cp1252"],
)
def test_decoding_keeps_pound_and_smart_quotes(data: bytes) -> None:
    assert decode(data) == TEXT


def test_latin1_is_not_mangled() -> None:
    text = "Café prices rose 5% in Zürich, the report said. Exports of crème fell."
    assert decode(text.encode("latin-1")) == text


@pytest.mark.parametrize(
    ("data", "what"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF"),
        (b"hello\x00world\x00\x01\x02binary", "NUL"),
    ],
)
def test_binary_input_is_refused(data: bytes, what: str, tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_bytes(data)
    with pytest.raises(InputError, match=what):
        load(str(path))


def test_clean_text_removes_escapes_and_controls() -> None:
    dirty = (
        "A\x1b[31mred\x1b[0m \x1b]8;;http://evil\x07link\x1b]8;;\x07 B\x07\x00 C\u202e D &amp; E"
    )
    assert clean_text(dirty) == "Ared link B C D & E"


def test_line_endings_are_normalised() -> None:
    article = parse("Headline here\r\n\r\nFirst line.\rSecond para.\r\n")
    assert article.title == "Headline here"
    assert all("\r" not in p for p in article.paragraphs)


def test_headline_taken_from_first_line_only_when_it_is_one() -> None:
    assert load(str(SEED_B)).title.startswith("Trade Talks: US and China")
    assert load(str(SEED_A)).title is None  # its first line is a paragraph


def test_hard_wrapped_newswire_is_joined_into_paragraphs() -> None:
    text = (
        "U.K. GROWING IMPATIENT WITH JAPAN - THATCHER\n\n"
        "LONDON, March 26 - Prime Minister Margaret Thatcher said\n"
        "the U.K. Was growing more impatient with Japanese trade\n"
        "barriers.\n"
        "    She told Parliament that the bid was a test case.\n"
    )
    article = parse(text)
    assert article.title == "U.K. GROWING IMPATIENT WITH JAPAN - THATCHER"
    assert len(article.paragraphs) == 2
    assert article.paragraphs[0].endswith("Japanese trade barriers.")


def test_one_line_that_lost_its_break_does_not_unwrap_the_rest() -> None:
    """DUC-2001's copy has a line where two wrapped lines ran together; before, that one
    long line made every other line of the article a paragraph (and a sentence) of its
    own, cutting "spring thunderstorms" and "tornado season" apart."""
    wrapped = [
        "Rumbling spring thunderstorms have announced the",
        "beginning of the unofficial tornado season that runs from April",
        "through June across Texas and other Tornado Alley states.",
        "   From 1951 through 1986, there have been an average of 118",
        "tornadoes in Texas per year, the climatologist's office said.",
        "   Last May 22, a killer storm flattened the small West Texas town of Saragosa, "
        "killing 30 people. In mid-November, 11 people died",
        "in East Texas when a series of tornadoes trashed towns.",
    ] + [f"   Line {k} of a wrapped paragraph that goes on" for k in range(8)]
    article = parse("Tornado season\n\n" + "\n".join(wrapped) + "\n")
    assert article.paragraphs[0] == (
        "Rumbling spring thunderstorms have announced the beginning of the unofficial "
        "tornado season that runs from April through June across Texas and other Tornado "
        "Alley states."
    )
    assert article.paragraphs[2].endswith("11 people died in East Texas when a series of "
                                          "tornadoes trashed towns.")  # fmt: skip
    assert len(article.paragraphs) == 3 + 8


def test_html_extracts_article_text_and_title() -> None:
    html = """<!doctype html><html><head><title>Site | Tariffs rise</title>
    <style>p{color:red}</style><script>alert("x")</script></head><body>
    <nav><a href="/">Home</a> Markets Politics</nav>
    <article><h1>Tariffs rise to 145%</h1>
    <p>Washington raised tariffs on Chinese goods to 145% &amp; more.</p>
    <p>Beijing said it would respond.</p></article>
    <footer>Copyright 2025</footer></body></html>"""
    article = parse(html, kind="html")
    assert article.title == "Tariffs rise to 145%"
    assert article.paragraphs == (
        "Washington raised tariffs on Chinese goods to 145% & more.",
        "Beijing said it would respond.",
    )


def test_markdown_front_matter_and_syntax_are_removed() -> None:
    md = "---\ntitle: Rare earths deal\nauthor: x\n---\n\n# Ignored heading\n\nChina **agreed** to [ship](http://x) magnets.\n"
    article = parse(md, kind="markdown")
    assert article.title == "Rare earths deal"
    assert "China agreed to ship magnets." in article.paragraphs


def test_empty_and_whitespace_inputs_are_refused() -> None:
    for text in ("", "   \n\t\n  "):
        with pytest.raises(InputError, match="empty"):
            parse(text, source="e.txt")


def test_folder_lists_supported_files_sorted(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text("B.")
    (tmp_path / "a.md").write_text("A.")
    (tmp_path / "c.docx").write_bytes(b"PK\x03\x04")
    (tmp_path / ".hidden.txt").write_text("H.")
    assert names(list(iter_sources([str(tmp_path)]))) == [
        str(tmp_path / "a.md"),
        str(tmp_path / "b.txt"),
    ]


def test_folder_with_nothing_readable_and_missing_path_are_failures(tmp_path: Path) -> None:
    (tmp_path / "x.xlsx").write_bytes(b"PK\x03\x04")
    found = list(iter_sources([str(tmp_path), str(tmp_path / "nope.txt")]))
    assert all(isinstance(f, Failure) for f in found)
    assert "no .txt" in found[0].message and "no such file" in found[1].message


def test_recursive_walk_survives_a_symlink_loop(tmp_path: Path) -> None:
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "a.txt").write_text("A sentence.")
    (sub / "loop").symlink_to(tmp_path, target_is_directory=True)
    assert names(list(iter_sources([str(tmp_path)], recursive=True))) == [str(sub / "a.txt")]


def test_oversized_file_is_refused_with_a_hint(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("Tariffs rose. " * 100_000)
    with pytest.raises(TooLarge, match="larger than the 1 MB limit"):
        load(str(big), max_bytes=1024 * 1024)


def test_reuters_entities_and_controls_are_cleaned() -> None:
    text = "TRADE BILL\n\nThe &lt;AT&amp;T> unit said exports rose 5 pct.&#3;\n"
    result = summarize(text)
    assert result.summary[0].text == "The <AT&T> unit said exports rose 5 pct."


def test_seeds_in_the_project_match_the_shared_ones() -> None:
    shared = SEEDS.parent.parent / "shared" / "seeds"
    if not shared.exists():
        pytest.skip("../shared/seeds is not available")
    for path in shared.iterdir():
        assert (SEEDS / path.name).read_bytes() == path.read_bytes()
