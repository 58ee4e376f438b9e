"""Real inputs: saved web pages, feeds, PDFs and URLs (served from 127.0.0.1), each
article with its date and language, and ``tradesum extract``."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests import webkit
from tests.conftest import SEED_B, data_path
from tradesum.batch import Reading, read_all
from tradesum.cli import app
from tradesum.errors import Failure, InputError
from tradesum.inputs import Article, dates, kind_of, load, parse_text
from tradesum.inputs import feed as feed_kind
from tradesum.inputs import language as language_of
from tradesum.inputs import pdf as pdf_kind
from tradesum.inputs.url import _connect_failure

# --------------------------------------------------------------------------- web pages


def test_a_saved_page_gives_its_article_and_metadata_without_furniture() -> None:
    article = parse_text(webkit.PAGE, kind="html")
    body = article.body
    assert article.title == "US raises steel tariffs to 25%"
    assert article.paragraphs[0].startswith("WASHINGTON, March 3, 2025 (Reuters)")
    for furniture in (
        "cookies",
        "Home /",
        "Subscribe",
        "Most read",
        "Celebrity",
        "rights reserved",
    ):
        assert furniture not in body
    assert (article.date, article.date_source) == ("2025-03-03", "page metadata")
    assert article.url == "https://news.example.com/2025/03/03/steel-tariffs"
    assert (article.author, article.site, article.language) == ("Jane Doe", "Example News", "en")


def test_the_summary_and_lead_of_a_saved_page_are_its_story(
    runner: CliRunner, tmp_path: Path
) -> None:
    page = tmp_path / "page.html"
    page.write_text(webkit.PAGE, encoding="utf-8")
    for method in ("news", "lead"):
        result = runner.invoke(app, ["summarize", str(page), "-m", method, "-n", "1", "-f", "json"])
        (doc,) = json.loads(result.stdout)["documents"]
        first = doc["summary"][0]["text"]
        assert "cookie" not in first.lower() and "Home" not in first, first
        assert doc["date"] == "2025-03-03" and doc["date_source"] == "page metadata"
    for fmt in ("plain", "markdown", "rich"):
        shown = runner.invoke(app, ["summarize", str(page), "-f", fmt]).stdout
        assert "Date: 2025-03-03 (page metadata)" in shown.replace("*", "") or (
            fmt == "rich" and "2025-03-03 (page metadata)" in shown
        ), fmt


def test_an_html_fragment_trafilatura_finds_nothing_in_is_still_read() -> None:
    article = parse_text("<p>Tariffs rose.</p>", kind="html")
    assert article.paragraphs == ("Tariffs rose.",)


def test_extraction_on_the_benchmark_pages_beats_tradesum_01() -> None:
    """A sample of the article-extraction benchmark's pages (the full run is
    benchmarks/extraction.py): shingle F1 well above the 0.1 reader's."""
    import gzip

    from benchmarks.extraction import prf
    from tradesum.inputs import fragment, html

    root = data_path("html")
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    ours, old = [], []
    for key in sorted(truth)[:15]:
        page = gzip.decompress((root / "pages" / f"{key}.html.gz").read_bytes()).decode(
            "utf-8", "replace"
        )
        ours.append(prf(truth[key]["articleBody"], html.from_html(page, key).body)[2])
        old.append(prf(truth[key]["articleBody"], fragment.from_html(page, key).body)[2])
    assert sum(ours) / len(ours) >= 0.9 and sum(ours) > sum(old) + 1.0


# --------------------------------------------------------------------------- feeds

ENTRIES = [
    ("Steel tariffs rise to 25%", "https://wire.example.com/a", "Mon, 03 Mar 2025 14:00:00 GMT",
     webkit.story_html()),
    ("Soybean exports fall", "https://wire.example.com/b", "Tue, 04 Mar 2025 09:30:00 +0100",
     "<p>Exports of soybeans to China fell 12% in the first two months.</p>"),
]  # fmt: skip


def test_each_rss_entry_is_an_article_with_its_title_date_and_link() -> None:
    first, second = feed_kind.read(webkit.rss(ENTRIES), "wire.xml")
    assert (first.source, first.title, first.url) == (
        "wire.xml#1",
        "Steel tariffs rise to 25%",
        "https://wire.example.com/a",
    )
    assert (first.date, first.date_source, first.site) == ("2025-03-03", "feed entry", "Trade Wire")
    assert (
        first.paragraphs[0].startswith("WASHINGTON, March 3, 2025") and len(first.paragraphs) == 4
    )
    assert first.notes == ()  # full content
    assert second.date == "2025-03-04" and second.source == "wire.xml#2"


def test_an_entry_with_only_a_teaser_is_flagged() -> None:
    (entry, _) = feed_kind.read(webkit.rss(ENTRIES, full=False), "wire.xml")
    assert entry.notes and "only a teaser" in entry.notes[0] and "--fetch" in entry.notes[0]


ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Ministry news</title>
<entry><title>Export controls widened</title><link href="https://gov.example/x"/>
<updated>2025-02-10T08:00:00Z</updated>
<content type="html">&lt;p&gt;The ministry widened export controls on chips.&lt;/p&gt;</content></entry>
</feed>"""

RSS1 = b"""<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
 xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://x.example/"><title>Old wire</title></channel>
<item rdf:about="https://x.example/1"><title>Quota raised</title><link>https://x.example/1</link>
<dc:date>2024-11-05</dc:date><description>The import quota for sugar was raised by 5%.</description></item>
</rdf:RDF>"""


def test_atom_and_rss_1_feeds_are_read_by_content_not_name(tmp_path: Path) -> None:
    for name, data, title, date in (
        ("atom.txt", ATOM, "Export controls widened", "2025-02-10"),
        ("rss1", RSS1, "Quota raised", "2024-11-05"),
    ):
        path = tmp_path / name
        path.write_bytes(data)
        (article,) = load(str(path))
        assert (article.title, article.date, article.origin) == (title, date, str(path))


def test_xml_that_is_not_a_feed_is_a_clear_error(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "config.xml"
    path.write_text('<?xml version="1.0"?><config><a>1</a></config>')
    result = runner.invoke(app, ["summarize", str(path)])
    assert result.exit_code == 3 and "not an RSS or Atom feed" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_summarize_a_feed_gives_one_record_per_entry_and_resume_knows_the_feed(
    runner: CliRunner, tmp_path: Path
) -> None:
    path = tmp_path / "wire.xml"
    path.write_bytes(webkit.rss(ENTRIES))
    out = tmp_path / "out.jsonl"
    args = ["summarize", str(path), "-f", "jsonl", "-o", str(out), "-k", "2"]
    assert runner.invoke(app, args).exit_code == 0
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["source"] for r in records] == [f"{path}#1", f"{path}#2"]
    assert {r["origin"] for r in records} == {str(path)} and records[0]["date"] == "2025-03-03"
    again = runner.invoke(app, [*args, "--resume"])
    assert again.exit_code == 0 and "nothing to do" in again.stderr
    assert len(out.read_text().splitlines()) == 2


# --------------------------------------------------------------------------- PDFs


def test_a_report_pdf_keeps_its_paragraphs_and_drops_headers_footers_and_page_numbers() -> None:
    (article,) = pdf_kind.read(webkit.report_pdf(), "review.pdf")
    assert article.title == "Trade Policy Review 2025"
    assert (article.date, article.date_source) == ("2025-03-04", "PDF metadata")
    assert article.author == "Office of Trade Analysis"
    assert article.paragraphs == (
        "Steel imports rose sharply in the fourth quarter as buyers moved to beat the new "
        "duties, which the administration announced in a long statement on Monday.",
        "Officials said the measures would stay in place until the two sides reach a wider "
        "agreement on industrial subsidies and market access for American farm goods, a "
        "question the talks have failed to settle.",  # joined over the page break
        "Exports of soybeans fell 12% in the first two months of the year.",
        "The next review of the duties is due in September.",
    )
    assert "Page" not in article.body and "Office of Trade Analysis" not in article.body


def test_a_two_column_page_is_read_column_by_column() -> None:
    (article,) = pdf_kind.read(webkit.two_column_pdf(), "columns.pdf")
    assert article.title == "Two markets, one tariff"
    left, right = article.paragraphs
    assert left.startswith("Left column one") and left.endswith("paid more for pipes.")
    assert right.startswith("Right column one") and right.endswith("went to new buyers.")


def test_a_pdf_without_metadata_title_takes_a_headline_line_only() -> None:
    (article,) = pdf_kind.read(webkit.report_pdf(title=None), "review.pdf")
    assert article.title is None  # its first line is running text, not a headline
    assert article.paragraphs[0].startswith("Steel imports rose")
    (columns,) = pdf_kind.read(webkit.two_column_pdf(), "columns.pdf")
    assert columns.title == "Two markets, one tariff"  # no metadata title; a headline line


@pytest.mark.parametrize(
    ("data", "needle"),
    [
        (webkit.scanned_pdf(), "no text layer (a scan?); run OCR"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "is not a readable PDF"),
    ],
)
def test_a_scan_or_a_damaged_pdf_is_one_clear_line(
    runner: CliRunner, tmp_path: Path, data: bytes, needle: str
) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(data)
    result = runner.invoke(app, ["summarize", str(path)])
    assert result.exit_code == 3 and needle in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_folder_reads_pdfs_and_feeds_and_counts_what_it_skips(
    runner: CliRunner, tmp_path: Path
) -> None:
    (tmp_path / "review.pdf").write_bytes(webkit.report_pdf())
    (tmp_path / "wire.xml").write_bytes(webkit.rss(ENTRIES))
    for name in ("a.docx", "b.docx", "c.xlsx"):
        (tmp_path / name).write_bytes(b"PK\x03\x04")
    result = runner.invoke(app, ["extract", str(tmp_path), "-f", "jsonl"])
    assert result.exit_code == 0, result.stderr
    sources = [json.loads(line)["source"] for line in result.stdout.splitlines()]
    assert sources == [
        str(tmp_path / "review.pdf"),
        *(f"{tmp_path / 'wire.xml'}#{i}" for i in (1, 2)),
    ]
    assert "3 files skipped: 2 .docx, 1 .xlsx" in result.stderr


# --------------------------------------------------------------------------- URLs


@pytest.fixture(scope="module")
def web() -> Iterator[str]:
    with webkit.serve() as base:
        yield base


def _load(url: str, **kw: float) -> list[Article]:
    return load(url, max_bytes=int(kw.get("max_bytes", 1 << 20)), timeout=kw.get("timeout", 2.0))


def test_urls_are_read_by_content_type_and_content(web: str) -> None:
    (page,) = _load(f"{web}/story")
    assert page.title == "US raises steel tariffs to 25%" and page.source == f"{web}/story"
    assert page.date == "2025-03-03"
    (report,) = _load(f"{web}/report.pdf")
    assert report.title == "Trade Policy Review 2025"
    (plain,) = _load(f"{web}/plain")
    assert plain.title == "US raises steel tariffs to 25%" and plain.url == f"{web}/plain"
    (unzipped,) = _load(f"{web}/gzipped")
    assert unzipped.paragraphs == plain.paragraphs
    (mislabelled,) = _load(f"{web}/mislabelled")  # a PDF served as text/html
    assert mislabelled.title == "Trade Policy Review 2025"
    (moved,) = _load(f"{web}/moved")
    assert moved.title == page.title and moved.url == page.url
    (agent,) = _load(f"{web}/agent")
    assert "fetched by tradesum/" in agent.body


def test_a_feed_url_gives_its_entries_and_fetch_reads_their_pages(web: str) -> None:
    teaser, dead = _load(f"{web}/feed")
    assert teaser.notes and teaser.origin == f"{web}/feed"
    fetched, kept = load(f"{web}/feed", timeout=2.0, fetch=True)
    assert fetched.paragraphs == parse_text(webkit.PAGE, kind="html").paragraphs
    assert fetched.source == f"{web}/feed#1" and fetched.url == f"{web}/article.html"
    assert kept.paragraphs == dead.paragraphs and "could not be read" in kept.notes[-1]


@pytest.mark.parametrize(
    ("path", "needle"),
    [
        ("/missing", "was not found (HTTP 404)"),
        ("/broken", "failed on the server's side (HTTP 500"),
        ("/loop", "redirects more than 5 times"),
        ("/slow", "did not answer within 0.5 s"),
        ("/endless", "is larger than the 1 MB limit"),
        ("/bomb", "is larger than the 1 MB limit"),
        ("/trickle", "was still arriving after 3 s"),
        ("/image", "PNG image"),
    ],
)
def test_each_url_failure_is_one_clear_line(web: str, path: str, needle: str) -> None:
    started = time.monotonic()
    with pytest.raises(InputError) as caught:
        load(f"{web}{path}", max_bytes=1 << 20, timeout=0.5)
    assert needle in str(caught.value) and str(caught.value).startswith(f"{web}{path}: ")
    assert time.monotonic() - started < 6


def test_a_refused_connection_and_an_unknown_host_say_so(web: str) -> None:
    import socket

    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(InputError, match="refused the connection"):
        load(f"http://127.0.0.1:{port}/", timeout=2.0)
    dns = OSError("[Errno -2] Name or service not known")
    assert "cannot find the host news.example (DNS)" in _connect_failure(dns, "news.example")


def test_several_urls_go_on_past_a_failure(runner: CliRunner, web: str) -> None:
    result = runner.invoke(
        app, ["summarize", f"{web}/story", f"{web}/missing", f"{web}/report.pdf", "-f", "jsonl",
              "--timeout", "2", "-j", "1"],
    )  # fmt: skip
    assert result.exit_code == 4
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["source"] for r in records] == [f"{web}/story", f"{web}/missing", f"{web}/report.pdf"]
    assert "error" in records[1] and "summary" in records[2]
    assert result.stderr.count("\n") == 2  # the failure, and "1 of 3 inputs failed"


# --------------------------------------------------------------------------- dates, language


def test_datelines_give_dates_only_with_a_year() -> None:
    assert dates.dateline("LONDON, March 3, 2025 (Reuters) - Britain said") == "2025-03-03"
    assert dates.dateline("Published 3 March 2025") == "2025-03-03"
    assert dates.dateline("LONDON, March 3 (Reuters) - Britain said") is None
    event = "The accord, signed on March 3, 2019, ended a long dispute between the two states."
    assert dates.dateline(event) is None
    assert dates.normalise("D:20240301120000Z") == "2024-03-01" and dates.normalise("soon") is None


def test_a_text_file_has_a_dateline_date_and_never_its_mtime(tmp_path: Path) -> None:
    dated = tmp_path / "wire.txt"
    dated.write_text("Steel\n\n" + "\n\n".join(webkit.STORY), encoding="utf-8")
    (article,) = load(str(dated))
    assert (article.date, article.date_source) == ("2025-03-03", "dateline")
    (undated,) = load(str(SEED_B))
    assert undated.date is None and undated.date_source is None


def test_markdown_front_matter_dates_are_iso_days(tmp_path: Path) -> None:
    path = tmp_path / "note.md"
    path.write_text("---\ntitle: Steel\ndate: 2025-03-03T10:00:00\n---\n\nTariffs rose.\n")
    (article,) = load(str(path))
    assert (article.date, article.date_source) == ("2025-03-03", "front matter")


def test_language_is_detected_for_chinese_french_and_english() -> None:
    chinese = "中国商务部周一表示，将对美国进口的钢铁征收百分之二十五的关税，以回应美国的新措施。"
    french = (
        "Les exportations de soja vers la Chine ont baissé de 12 % au cours des deux premiers mois."
    )
    assert language_of.detect(chinese) == "zh"
    assert language_of.detect(french) == "fr"
    assert language_of.detect(SEED_B.read_text(encoding="utf-8")) == "en"
    assert language_of.detect("Q3") is None


def test_chinese_text_gets_the_language_warning(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "zh.txt"
    path.write_text(
        "中国商务部周一表示，将对美国进口的钢铁征收关税。美国官员说，谈判将在下周继续。",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["summarize", str(path), "-f", "json"])
    assert "warning: is in Chinese (zh)" in result.stderr
    assert json.loads(result.stdout)["documents"][0]["language"] == "zh"


def _loaded(args: list[str], heavy: set[str]) -> str:
    """Which of the ``heavy`` packages a run of ``tradesum ARGS`` imported (stderr)."""
    code = (
        "import sys\n"
        "from tradesum.cli import main\n"
        f"sys.argv = ['tradesum', *{args!r}]\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        f"sys.stderr.write(repr(sorted(set({sorted(heavy)!r}) & set(sys.modules))))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    return done.stderr.strip()


def test_english_runs_load_no_web_pdf_feed_or_language_library() -> None:
    """Summarizing a text file loads no reader it does not use, no scipy (one article's
    matrices are dense numpy), no wordfreq (its table is read as a file) and no
    pydantic (typer before 0.29); only sumy's stop-word files, not its modules."""
    heavy = {"trafilatura", "pypdfium2", "feedparser", "httpx", "py3langid", "lxml", "scipy",
             "wordfreq", "pydantic", "sumy.nlp", "nltk"}  # fmt: skip
    loaded = _loaded(["summarize", str(SEED_B), "-f", "json"], heavy)
    assert loaded.endswith("[]"), loaded


def test_help_loads_neither_numpy_nor_rich() -> None:
    for args in (["--help"], ["summarize", "--help"]):
        loaded = _loaded(args, {"numpy", "rich", "tradesum.batch"})
        assert loaded.endswith("[]"), loaded


def test_kind_of_prefers_content_to_a_wrong_content_type() -> None:
    assert kind_of("https://x/a", b"%PDF-1.7", "text/html").name == "pdf"
    assert kind_of("https://x/a", b"<?xml version='1.0'?><rss>", "text/html").name == "feed"
    assert kind_of("https://x/a", b"<!doctype html><p>x", "application/xml").name == "html"
    assert kind_of("https://x/a", b"Tariffs rose.", "application/xml").name == "text"


# --------------------------------------------------------------------------- extract


def test_extract_plain_is_headline_date_source_then_paragraphs(
    runner: CliRunner, tmp_path: Path
) -> None:
    page = tmp_path / "page.html"
    page.write_text(webkit.PAGE, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(page), "-f", "plain"])
    assert result.exit_code == 0
    head, _, body = result.stdout.partition("\n\n")
    assert head == "== US raises steel tariffs to 25%"
    meta, _, text = body.partition("\n\n")
    assert meta.splitlines()[:2] == ["Date: 2025-03-03 (page metadata)", f"Source: {page}"]
    assert text.rstrip("\n").split("\n\n") == list(webkit.STORY)


def test_extract_json_contract(runner: CliRunner, tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(webkit.PAGE, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(page), str(tmp_path / "nope.txt"), "-f", "json"])
    assert result.exit_code == 4
    data = json.loads(result.stdout)
    assert list(data) == ["articles", "schema_version", "tool"] and data["schema_version"] == 1
    article, failure = data["articles"]
    assert list(article) == [
        "author", "date", "date_source", "language", "site", "source", "text", "title", "url",
        "warnings",
    ]  # fmt: skip
    assert article["text"] == "\n\n".join(webkit.STORY) and article["site"] == "Example News"
    assert set(failure) == {"source", "error"}


def test_extract_markdown_and_rich_show_the_same_article(runner: CliRunner, tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(webkit.PAGE, encoding="utf-8")
    for fmt in ("markdown", "rich"):
        result = runner.invoke(app, ["extract", str(page), "-f", fmt])
        assert result.exit_code == 0 and "US raises steel tariffs to 25%" in result.stdout
        assert "Commerce Department" in result.stdout and "2025-03-03" in result.stdout


def test_read_all_is_the_library_call_behind_extract(tmp_path: Path) -> None:
    (tmp_path / "review.pdf").write_bytes(webkit.report_pdf())
    batch = read_all([str(tmp_path), str(tmp_path / "gone.pdf")], Reading())
    results = list(batch)
    assert isinstance(results[0], Article) and isinstance(results[1], Failure)
    assert (batch.total, batch.failed) == (2, 1)
