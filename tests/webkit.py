"""Inputs made in the suite: a saved news page, feeds, PDFs (written with fpdf2), and a
local HTTP server on 127.0.0.1 that serves them with every failure a URL input meets."""

from __future__ import annotations

import datetime as dt
import gzip
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

STORY = [
    "WASHINGTON, March 3, 2025 (Reuters) - The United States raised tariffs on Chinese steel "
    "to 25% on Monday, the Commerce Department said, in a move that Beijing called a breach "
    "of the trade truce agreed in January.",
    "The new duties cover $34 billion of goods, from steel pipes to aluminium sheet, and take "
    "effect on April 1, officials told reporters at a briefing in Washington.",
    "China's commerce ministry said it would respond with measures of its own, and that the "
    "decision would hurt American farmers who sell soybeans to Chinese buyers.",
    "Exports of soybeans to China fell 12% in the first two months of the year, according "
    "to figures from the Agriculture Department published last week.",
]

PAGE = f"""<!doctype html>
<html lang="en"><head>
<meta charset="utf-8">
<title>US raises steel tariffs to 25% | Example News</title>
<meta property="og:title" content="US raises steel tariffs to 25%">
<meta property="og:site_name" content="Example News">
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2025-03-03T14:05:00Z">
<link rel="canonical" href="https://news.example.com/2025/03/03/steel-tariffs">
</head><body>
<div class="cookie-banner">We use cookies to give you the best online experience.
By continuing you agree to our cookie policy. <a href="/privacy">Accept</a></div>
<nav><a href="/">Home</a> / <a href="/news">News</a> / <a href="/sport">Sport</a></nav>
<header><a href="/">Example News</a> <a href="/subscribe">Subscribe now</a></header>
<main><article>
<h1>US raises steel tariffs to 25%</h1>
<p class="byline">By Jane Doe</p>
{"".join(f"<p>{p}</p>" for p in STORY)}
</article></main>
<aside><h2>Most read</h2><ul><li><a href="/a">Celebrity chef opens restaurant</a></li>
<li><a href="/b">Football club signs striker</a></li></ul></aside>
<footer>© 2025 Example News. All rights reserved. <a href="/terms">Terms</a></footer>
</body></html>"""


def rss(entries: list[tuple[str, str, str, str]], *, full: bool = True) -> bytes:
    """An RSS 2.0 feed: (title, link, RFC 822 date, HTML body) per entry; with
    ``full`` the body is the entry's content:encoded, else only its description."""
    items = []
    for title, link, date, body in entries:
        text = f"<content:encoded><![CDATA[{body}]]></content:encoded>" if full else ""
        items.append(
            f"<item><title>{title}</title><link>{link}</link><pubDate>{date}</pubDate>"
            f"<description><![CDATA[{body[:120]}]]></description>{text}</item>"
        )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
        f"<channel><title>Trade Wire</title><link>https://wire.example.com/</link>"
        f"{''.join(items)}</channel></rss>"
    ).encode()


def story_html() -> str:
    return "".join(f"<p>{p}</p>" for p in STORY)


# --------------------------------------------------------------------------- PDFs


def _pdf() -> object:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.set_font("Helvetica", size=11)
    return pdf


def report_pdf(*, title: str | None = "Trade Policy Review 2025") -> bytes:
    """A three-page report: a running header and a page-number footer on every page,
    a word hyphenated at a line end, and a paragraph that runs on over a page break."""
    pdf: object = _pdf()
    from fpdf import FPDF

    assert isinstance(pdf, FPDF)
    if title:
        pdf.set_title(title)
    pdf.set_author("Office of Trade Analysis")
    pdf.set_creation_date(dt.datetime(2025, 3, 4, 9, 30, tzinfo=dt.UTC))
    pages = [
        [
            "Steel imports rose sharply in the fourth quarter as buyers moved to beat",
            "the new duties, which the administration announced in a long state-",
            "ment on Monday.",
            "",
            "Officials said the measures would stay in place until the two sides",
            "reach a wider agreement on industrial subsidies and market access for",
        ],
        [
            "American farm goods, a question the talks have failed to settle.",
            "",
            "Exports of soybeans fell 12% in the first two months of the year.",
        ],
        ["The next review of the duties is due in September."],
    ]
    for number, lines in enumerate(pages, start=1):
        pdf.add_page()
        pdf.set_font("Helvetica", size=9)
        pdf.text(20, 12, "Trade Policy Review 2025 - Office of Trade Analysis")
        pdf.text(100, 287, f"Page {number} of {len(pages)}")
        pdf.set_font("Helvetica", size=11)
        y = 40.0
        for line in lines:
            if line:
                pdf.text(20, y, line)
            y += 6
    return bytes(pdf.output())


def two_column_pdf() -> bytes:
    """One page with a headline across the top and two columns below it, written line
    by line across the page (so the file's own text order interleaves them)."""
    from fpdf import FPDF

    pdf = _pdf()
    assert isinstance(pdf, FPDF)
    pdf.add_page()
    pdf.set_font("Helvetica", size=16)
    pdf.text(20, 25, "Two markets, one tariff")
    pdf.set_font("Helvetica", size=10)
    left = [
        "Left column one: the tariff on steel rose",
        "to 25% in March, and buyers in the",
        "United States paid more for pipes.",
    ]
    right = [
        "Right column one: in Europe the same",
        "tariff pushed prices down, because",
        "surplus steel went to new buyers.",
    ]
    for i, (a, b) in enumerate(zip(left, right, strict=True)):
        pdf.text(20, 40 + 5 * i, a)
        pdf.text(110, 40 + 5 * i, b)
    return bytes(pdf.output())


def scanned_pdf() -> bytes:
    """A PDF with pages and drawings but no text layer, as a scan has."""
    from fpdf import FPDF

    pdf = _pdf()
    assert isinstance(pdf, FPDF)
    pdf.add_page()
    pdf.rect(20, 20, 100, 60, style="F")
    return bytes(pdf.output())


# --------------------------------------------------------------------------- server

Route = Callable[[BaseHTTPRequestHandler], None]


def _send(body: bytes, media_type: str, status: int = 200, **headers: str) -> Route:
    def route(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(status)
        handler.send_header("Content-Type", media_type)
        handler.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            handler.send_header(name.replace("_", "-"), value)
        handler.end_headers()
        handler.wfile.write(body)

    return route


def _redirect(to: str) -> Route:
    def route(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(302)
        handler.send_header("Location", to)
        handler.send_header("Content-Length", "0")
        handler.end_headers()

    return route


def _slow(handler: BaseHTTPRequestHandler) -> None:
    time.sleep(3)
    _send(b"late", "text/plain")(handler)


def _endless(handler: BaseHTTPRequestHandler) -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", "text/plain")
    handler.end_headers()
    line = b"The tariff rose again and again. " * 100
    try:
        for _ in range(100_000):
            handler.wfile.write(line)
    except OSError:
        pass  # the client hung up, as it should


def _trickle(handler: BaseHTTPRequestHandler) -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", "text/plain")
    handler.end_headers()
    try:
        for _ in range(200):
            handler.wfile.write(b"tariff ")
            handler.wfile.flush()
            time.sleep(0.05)
    except OSError:
        pass


def _agent(handler: BaseHTTPRequestHandler) -> None:
    """Echoes the request's User-Agent as the text of a page."""
    agent = handler.headers.get("User-Agent", "")
    _send(f"Who asked\n\nThe page was fetched by {agent}.".encode(), "text/plain")(handler)


def feed_entries(base: str) -> list[tuple[str, str, str, str]]:
    """A feed's entries: a teaser that links to the article page, and a dead link."""
    return [
        ("Steel tariffs rise", f"{base}/article.html", "Mon, 03 Mar 2025 14:00:00 GMT",
         story_html()),
        ("A dead link", f"{base}/missing", "Tue, 04 Mar 2025 09:00:00 GMT",
         "<p>Only a teaser of a story.</p>"),
    ]  # fmt: skip


def routes(base: str) -> dict[str, Route]:
    bomb = gzip.compress(b"\0" * (8 * 1024 * 1024), compresslevel=9)
    story = "\n\n".join(["US raises steel tariffs to 25%", *STORY]).encode()
    return {
        "/article.html": _send(PAGE.encode(), "text/html; charset=utf-8"),
        "/story": _send(PAGE.encode(), "text/html"),
        "/feed": _send(rss(feed_entries(base), full=False), "application/rss+xml"),
        "/report.pdf": _send(report_pdf(), "application/pdf"),
        "/plain": _send(story, "text/plain; charset=utf-8"),
        "/gzipped": _send(gzip.compress(story), "text/plain", Content_Encoding="gzip"),
        "/moved": _redirect("/article.html"),
        "/loop": _redirect("/loop"),
        "/slow": _slow,
        "/endless": _endless,
        "/trickle": _trickle,
        "/bomb": _send(bomb, "text/plain", Content_Encoding="gzip"),
        "/mislabelled": _send(report_pdf(), "text/html"),
        "/image": _send(b"\x89PNG\r\n\x1a\n" + b"\0" * 64, "image/png"),
        "/missing": _send(b"not here", "text/html", status=404),
        "/broken": _send(b"oops", "text/html", status=500),
        "/agent": _agent,
    }


@contextmanager
def serve() -> Iterator[str]:
    """A local HTTP server for the routes above; yields its base URL."""
    table: dict[str, Route] = {}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            route = table.get(self.path.split("?")[0])
            if route is None:
                _send(b"no such page", "text/plain", status=404)(self)
            else:
                route(self)

        def log_message(self, format: str, *args: object) -> None:
            pass

    class Server(ThreadingHTTPServer):
        def handle_error(self, request: object, client_address: object) -> None:
            pass  # a client that hangs up early (as tradesum does on a limit) is expected

    server = Server(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    base = f"http://127.0.0.1:{server.server_address[1]}"
    table.update(routes(base))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield base
    finally:
        server.shutdown()
        server.server_close()
