"""The ``tradesum`` command: parse options, call one library function, render.

This is the only module that prints for the user or picks an exit code. Library errors
(:class:`~tradesum.errors.TradesumError`) become one line on stderr and the exit code
documented in the README; heavy modules are imported inside the commands so that
``tradesum --help`` starts fast.
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer

from tradesum._version import __version__
from tradesum.documents import display_name
from tradesum.errors import ExitCode, Failure, InputError, TradesumError, UsageError
from tradesum.render import Format

if TYPE_CHECKING:
    from rich.console import Console

    from tradesum.batch import Options
    from tradesum.summary import Result

app = typer.Typer(
    name="tradesum",
    help=(
        "Read trade and economic news fast: faithful extractive summaries, keyphrases, "
        "key figures, and comparisons of articles on the same story. Works offline.\n\n"
        "Start with: tradesum summarize seeds/"
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)

F = TypeVar("F", bound=Callable[..., Any])

METHOD_HELP = (
    "Summarization method: news (default, ours: position, centrality and shared words, "
    "weights fitted on news benchmarks, no repeats), lead (first sentences), or one of "
    "sumy's: luhn, edmundson, lsa, lexrank, textrank, sumbasic, kl, reduction, random (seeded)."
)
FORMAT_HELP = (
    "Output format: rich (default on a terminal), plain (default in pipes and files), "
    "json, jsonl (one JSON object per line), markdown."
)


# --------------------------------------------------------------------------- plumbing


def _say(message: str) -> None:
    """One diagnostic line on stderr, with control characters removed."""
    from tradesum.documents import clean_text

    text = " ".join(clean_text(message).split())
    try:
        sys.stderr.write(f"tradesum: {text}\n")
        sys.stderr.flush()
    except (OSError, ValueError):  # stderr closed: nothing else to do
        pass


def _silence_stdout() -> None:
    """After a closed pipe (``| head``), point stdout at /dev/null so exit is quiet."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def guarded(command: F) -> F:
    """Run a command so that errors become one line on stderr and an exit code."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except typer.Exit:
            raise
        except TradesumError as exc:
            _say(str(exc))
            raise typer.Exit(int(exc.exit_code)) from None
        except BrokenPipeError:
            _silence_stdout()
            raise typer.Exit(int(ExitCode.OK)) from None
        except KeyboardInterrupt:
            _say("interrupted")
            raise typer.Exit(int(ExitCode.INTERRUPTED)) from None
        except Exception as exc:  # a bug: say so in one line, keep the traceback opt-in
            if os.environ.get("TRADESUM_DEBUG"):
                raise
            _say(
                f"internal error ({type(exc).__name__}: {exc}); please report it. "
                "Set TRADESUM_DEBUG=1 to see the traceback"
            )
            raise typer.Exit(int(ExitCode.INTERNAL)) from None

    return wrapper  # type: ignore[return-value]


def _stdout_console() -> Console:
    """Rich output for stdout that never interprets article text as markup or emoji."""
    from rich.console import Console

    return Console(file=sys.stdout, markup=False, emoji=False, highlight=False, soft_wrap=False)


def _pick_format(chosen: Format | None, output: str | None) -> Format:
    if chosen is not None:
        return chosen
    to_terminal = output in (None, "-") and sys.stdout.isatty()
    return Format.RICH if to_terminal else Format.PLAIN


def _max_bytes(max_size: int) -> int:
    if max_size < 1:
        raise UsageError(f"--max-size must be 1 or more megabytes (got {max_size})")
    return max_size * 1024 * 1024


def _options(
    sentences: int | None,
    ratio: float | None,
    words: int | None,
    method: str,
    keywords: int,
    max_size: int,
) -> Options:
    """The per-document options shared by summarize and export, validated."""
    from tradesum.batch import Options
    from tradesum.methods import parse_method
    from tradesum.summary import Length

    if keywords < 0:
        raise UsageError(f"--keywords must be 0 or more (got {keywords})")
    return Options(
        length=Length(sentences=sentences, ratio=ratio, words=words),
        method=parse_method(method),
        keywords=keywords,
        max_bytes=_max_bytes(max_size),
    )


def _rich_to_text(renderable: Any) -> str:
    """A Rich renderable as plain text (for files): same layout, no colour or styles."""
    from io import StringIO

    from rich.console import Console

    buffer = StringIO()
    Console(file=buffer, width=100, color_system=None, markup=False).print(renderable)
    return buffer.getvalue()


def _version_callback(value: bool) -> None:
    if value:
        typer.echo(f"tradesum {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option(
            "--version",
            "-V",
            help="Show the version and exit.",
            callback=_version_callback,
            is_eager=True,
        ),
    ] = False,
) -> None:
    """Read trade and economic news fast, offline."""


# --------------------------------------------------------------------------- summarize

InputsArg = Annotated[
    list[str],
    typer.Argument(
        help="Files (.txt, .md, .html), folders of them, or - for stdin.",
        show_default=False,
    ),
]
SentencesOpt = Annotated[
    int | None,
    typer.Option("--sentences", "-n", help="Sentences in each summary (default 3).",
                 show_default=False),
]  # fmt: skip
RatioOpt = Annotated[
    float | None,
    typer.Option("--ratio", "-r", help="Summary length as a share of the article's sentences "
                 "(0-1], e.g. 0.2; instead of --sentences.", show_default=False),
]  # fmt: skip
WordsOpt = Annotated[
    int | None,
    typer.Option("--words", "-w", help="Word budget: the summary never exceeds it. Alone, it "
                 "fills the budget with the best sentences; with -n/--ratio it caps them.",
                 show_default=False),
]  # fmt: skip
MethodOpt = Annotated[str, typer.Option("--method", "-m", help=METHOD_HELP)]
KeywordsOpt = Annotated[int, typer.Option("--keywords", "-k", help="Keyphrases per article.")]
FormatOpt = Annotated[
    Format | None, typer.Option("--format", "-f", help=FORMAT_HELP, show_default=False)
]
OutputOpt = Annotated[
    str | None,
    typer.Option("--output", "-o", help="Write to this file instead of stdout (- for stdout). "
                 "An existing file is kept unless --force.", show_default=False),
]  # fmt: skip
ForceOpt = Annotated[bool, typer.Option("--force", help="Overwrite an existing output file.")]
ExplainOpt = Annotated[
    bool, typer.Option("--explain", help="Show each summary sentence's score and its parts.")
]
RecursiveOpt = Annotated[
    bool, typer.Option("--recursive", "-R", help="Read folders and all their sub-folders.")
]
MaxSizeOpt = Annotated[
    int, typer.Option("--max-size", help="Refuse inputs larger than this many megabytes.")
]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")]


@app.command(
    epilog=(
        "Examples:\n\n"
        "  tradesum summarize seeds/003_768696b901f415bd.txt\n\n"
        "  tradesum summarize seeds/ -n 3 --keywords 8\n\n"
        "  cat article.txt | tradesum summarize - --format json\n\n"
        "  tradesum summarize a.html --method lexrank --format markdown -o a.md\n\n"
        "  tradesum summarize archive/ -R -f jsonl -o out.jsonl --workers 2 [--resume]\n\n"
        "Exit codes: 0 ok, 2 bad options, 3 no input readable, 4 some inputs failed, "
        "5 output not written, 1 internal error."
    )
)
@guarded
def summarize(
    inputs: InputsArg,
    sentences: SentencesOpt = None,
    ratio: RatioOpt = None,
    words: WordsOpt = None,
    method: MethodOpt = "news",
    keywords: KeywordsOpt = 10,
    output_format: FormatOpt = None,
    output: OutputOpt = None,
    force: ForceOpt = False,
    explain: ExplainOpt = False,
    recursive: RecursiveOpt = False,
    workers: Annotated[
        int | None,
        typer.Option(
            "--workers",
            "-j",
            help="Worker processes for several files (default: the number of cores).",
            show_default=False,
        ),
    ] = None,
    engine: Annotated[
        str, typer.Option("--engine", help="local (processes on this machine) or dask.")
    ] = "local",
    scheduler: Annotated[
        str | None,
        typer.Option(
            "--scheduler",
            help="Dask scheduler address, e.g. tcp://10.0.0.5:8786 "
            "(with --engine dask; default: a local cluster).",
            show_default=False,
        ),
    ] = None,
    resume: Annotated[
        bool,
        typer.Option(
            "--resume",
            help="With -o FILE --format jsonl: skip the sources "
            "already in FILE and append the rest.",
        ),
    ] = False,
    max_size: MaxSizeOpt = 20,
    quiet: QuietOpt = False,
) -> None:
    """Summarize articles: summary sentences, keyphrases and key figures for each."""
    from tradesum.batch import default_workers, expand, summarize_sources

    options = _options(sentences, ratio, words, method, keywords, max_size)
    fmt = _pick_format(output_format, output)
    to_file = output not in (None, "-")
    if engine not in ("local", "dask"):
        raise UsageError(f"unknown engine {engine!r}; choose local or dask")
    if resume and not (to_file and fmt is Format.JSONL):
        raise UsageError("--resume needs -o FILE and --format jsonl")
    if workers is not None and workers < 1:
        raise UsageError(f"--workers must be 1 or more (got {workers})")
    sink = _Sink(fmt, str(output) if to_file else None, force=force, explain=explain,
                 resume=resume)  # fmt: skip
    sources = [
        s for s in expand(inputs, recursive=recursive)
        if isinstance(s, Failure) or display_name(s) not in sink.done
    ]  # fmt: skip
    client = None
    if engine == "dask":
        from tradesum.batch import connect

        client = connect(scheduler)
    total = failed = 0
    try:
        with sink:
            results = summarize_sources(
                sources, options, workers=workers or default_workers(), client=client
            )
            for result in _with_progress(results, len(sources), quiet):
                total += 1
                if isinstance(result, Failure):
                    failed += 1
                    _say(f"{result.source}: {result.message}")
                else:
                    for warning in result.warnings:
                        _say(f"{result.source}: warning: {warning}")
                sink.add(result)
    finally:
        if client is not None:
            client.close()
    if failed and total > 1:
        _say(f"{failed} of {total} inputs failed")
    elif resume and not sources:
        _say(f"nothing to do: every source is already in {output}")
    if failed and failed == total:
        raise typer.Exit(int(ExitCode.INPUT))
    raise typer.Exit(int(ExitCode.PARTIAL if failed else ExitCode.OK))


class _Sink:
    """Writes results as they come: JSON Lines and text formats stream (JSON Lines into a
    file line by line, in place, so an interrupted run keeps every finished line);
    ``json`` is one document written at the end; other files are written atomically."""

    def __init__(
        self, fmt: Format, path: str | None, *, force: bool, explain: bool, resume: bool
    ) -> None:
        self.fmt, self.path, self.force, self.explain = fmt, path, force, explain
        self.pending: list[Result] = []
        self._writer: Any = None
        self.stream: Any = sys.stdout
        self.done: set[str] = set()
        self.succeeded = 0
        if path is not None and fmt is Format.JSONL:
            from tradesum.output import open_lines

            self.stream, self.done = open_lines(path, force=force, resume=resume)
        elif path is not None:
            from tradesum.output import atomic_writer, check_target

            check_target(path, force=force)
            self._writer = atomic_writer(path, force=force)

    def __enter__(self) -> _Sink:
        if self._writer is not None:
            self.stream = self._writer.__enter__()
        return self

    def add(self, result: Result) -> None:
        self.succeeded += not isinstance(result, Failure)
        if isinstance(result, Failure) and self.fmt not in (Format.JSON, Format.JSONL):
            return  # already said on stderr; only data formats carry error records
        if self.fmt is Format.JSON:
            self.pending.append(result)
            return
        if self.fmt is Format.RICH and self.path is None:
            from tradesum.render.rich import render_rich

            _stdout_console().print(render_rich(result, explain=self.explain))
            return
        self.stream.write(self._text(result))
        self.stream.flush()

    def _text(self, result: Result) -> str:
        if self.fmt is Format.JSONL:
            from tradesum.render.json import render_jsonl_line

            return render_jsonl_line(result)
        if self.fmt is Format.MARKDOWN:
            from tradesum.render.markdown import render_markdown

            return render_markdown(result, explain=self.explain)
        if self.fmt is Format.RICH:  # rich into a file: the same layout, no colour
            from tradesum.render.rich import render_rich

            return _rich_to_text(render_rich(result, explain=self.explain))
        from tradesum.render.plain import render_plain

        return render_plain(result, explain=self.explain)

    def __exit__(self, kind: Any, value: Any, traceback: Any) -> None:
        if kind is None and self.fmt is Format.JSON:
            from tradesum.render.json import render_json

            self.stream.write(render_json(self.pending))
        if self._writer is not None:
            if kind is None and not self.succeeded:  # every input failed: keep the old file
                kind, value = InputError, InputError("no input could be read")
            self._writer.__exit__(kind, value, traceback)
        elif self.stream is not sys.stdout:
            self.stream.close()
        elif kind is None:
            self.stream.flush()


def _with_progress(results: Iterable[Result], total: int, quiet: bool) -> Iterable[Result]:
    """Show a progress bar on stderr for multi-file runs on a terminal."""
    if quiet or total < 2 or not sys.stderr.isatty():
        yield from results
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    columns = (
        TextColumn("summarizing"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]}"),
        TimeRemainingColumn(),
    )
    console = Console(stderr=True)
    with Progress(*columns, console=console, transient=True) as progress:
        task = progress.add_task("summarize", total=total, rate="")
        for done, result in enumerate(results, start=1):
            elapsed = progress.tasks[0].elapsed or 0.0
            rate = f"{done / elapsed:.1f} docs/s" if elapsed > 0 else ""
            progress.update(task, advance=1, rate=rate)
            yield result


# --------------------------------------------------------------------------- compare


@app.command(
    epilog=(
        "Examples:\n\n"
        "  tradesum compare seeds/000_6f703f99e7e80180.txt seeds/003_768696b901f415bd.txt\n\n"
        "  tradesum compare a.txt b.txt c.txt --format json\n\n"
        "  tradesum compare a.txt b.txt --format markdown -o diff.md\n\n"
        "Similarity is in [0, 1]; pairs at or above 0.25 are reported as the same story. "
        "Exit codes as for summarize; fewer than two readable articles exit 3."
    )
)
@guarded
def compare(
    inputs: InputsArg,
    output_format: FormatOpt = None,
    output: OutputOpt = None,
    force: ForceOpt = False,
    joint: Annotated[int, typer.Option("--joint", help="Sentences in the joint summary.")] = 5,
    max_size: MaxSizeOpt = 20,
) -> None:
    """Compare articles on a story: similarity, shared and unique facts, figure differences."""
    from tradesum.comparison import compare_articles
    from tradesum.documents import load_all

    fmt = _pick_format(output_format, output)
    if fmt is Format.JSONL:
        raise UsageError("compare writes one report; use --format json instead of jsonl")
    if joint < 0:
        raise UsageError(f"--joint must be 0 or more (got {joint})")
    to_file = output not in (None, "-")
    if to_file:
        from tradesum.output import check_target

        check_target(str(output), force=force)
    loaded = list(load_all(inputs, max_bytes=_max_bytes(max_size)))
    articles = [a for a in loaded if not isinstance(a, Failure)]
    for failure in (f for f in loaded if isinstance(f, Failure)):
        _say(f"{failure.source}: {failure.message}")
    comparison = compare_articles(articles, joint_sentences=joint)
    _emit(_render_comparison(comparison, fmt), output if to_file else None, force=force)
    raise typer.Exit(int(ExitCode.PARTIAL if len(articles) < len(loaded) else ExitCode.OK))


def _render_comparison(comparison: Any, fmt: Format) -> Any:
    if fmt is Format.JSON:
        from tradesum.render.json import render_comparison_json

        return render_comparison_json(comparison)
    if fmt is Format.MARKDOWN:
        from tradesum.render.markdown import render_comparison_markdown

        return render_comparison_markdown(comparison)
    if fmt is Format.RICH:
        from tradesum.render.rich import render_comparison_rich

        return render_comparison_rich(comparison, width=_stdout_console().width)
    from tradesum.render.plain import render_comparison_plain

    return render_comparison_plain(comparison)


def _emit(rendered: Any, path: str | None, *, force: bool) -> None:
    """Write a whole report: text to stdout or atomically to a file; Rich to the console."""
    if isinstance(rendered, str):
        if path is None:
            sys.stdout.write(rendered)
            sys.stdout.flush()
        else:
            from tradesum.output import write_atomic

            write_atomic(path, rendered, force=force)
        return
    if path is None:
        _stdout_console().print(rendered)
        return
    from tradesum.output import write_atomic

    write_atomic(path, _rich_to_text(rendered), force=force)


# --------------------------------------------------------------------------- export


@app.command(
    epilog=(
        "Examples:\n\n"
        "  tradesum export seeds/ -o trade-brief.md\n\n"
        "  tradesum export a.txt b.txt -o brief.md --force\n\n"
        "  tradesum export seeds/ --split reports/\n\n"
        "  tradesum export seeds/ -o - | less\n\n"
        "  tradesum export seeds/ -o brief.json --format json\n\n"
        "Files are written atomically and never overwritten without --force. Set "
        "TRADESUM_DATE=YYYY-MM-DD (or --date) for reproducible reports."
    )
)
@guarded
def export(
    inputs: InputsArg,
    output: Annotated[
        str | None,
        typer.Option("--output", "-o", help="Report file, or - for stdout.", show_default=False),
    ] = None,
    split: Annotated[
        str | None,
        typer.Option(
            "--split",
            help="Write one .md per article plus index.md into this folder.",
            show_default=False,
        ),
    ] = None,
    output_format: Annotated[
        Format, typer.Option("--format", "-f", help="markdown or json.")
    ] = Format.MARKDOWN,
    force: ForceOpt = False,
    sentences: SentencesOpt = None,
    ratio: RatioOpt = None,
    words: WordsOpt = None,
    method: MethodOpt = "news",
    keywords: KeywordsOpt = 10,
    recursive: RecursiveOpt = False,
    date: Annotated[
        str | None,
        typer.Option(
            "--date", help="Report date, YYYY-MM-DD (default: today).", show_default=False
        ),
    ] = None,
    max_size: MaxSizeOpt = 20,
) -> None:
    """Write a Markdown (or JSON) report of articles: summaries, then how they relate."""
    from tradesum.export import build_report, report_date, split_names
    from tradesum.output import atomic_writer, check_folder, check_target
    from tradesum.render.json import render_report_json
    from tradesum.render.markdown import render_markdown, render_report_markdown

    if (output is None) == (split is None):
        raise UsageError("give either -o/--output FILE (or -) or --split FOLDER")
    if output_format not in (Format.MARKDOWN, Format.JSON):
        raise UsageError("export writes markdown or json")
    if split is not None and output_format is not Format.MARKDOWN:
        raise UsageError("--split writes Markdown files; drop --format json")
    options = _options(sentences, ratio, words, method, keywords, max_size)
    report_date(date)  # a bad date fails before any work
    if output not in (None, "-"):
        check_target(str(output), force=force)
    if split is not None:
        check_folder(split)

    report = build_report(inputs, options, recursive=recursive, date=date)
    for failure in report.failures:
        _say(f"{failure.source}: {failure.message}")
    if split is not None:
        folder = Path(split)
        folder.mkdir(parents=True, exist_ok=True)
        names = split_names(report.summaries)
        targets = [folder / n for n in [*names, "index.md"]]
        for target in targets:
            check_target(target, force=force)
        for doc, name in zip(report.summaries, names, strict=True):
            with atomic_writer(folder / name, force=force) as handle:
                handle.write(render_markdown(doc, level=1))
        with atomic_writer(folder / "index.md", force=force) as handle:
            handle.write(render_report_markdown(report, links=names))
    else:
        text = (
            render_report_json(report)
            if output_format is Format.JSON
            else render_report_markdown(report)
        )
        _emit(text, None if output == "-" else output, force=force)
    raise typer.Exit(int(ExitCode.PARTIAL if report.failures else ExitCode.OK))


def main() -> None:
    """Console-script entry point."""
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
