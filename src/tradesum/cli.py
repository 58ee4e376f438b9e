"""The ``tradesum`` command: parse options, call one library function, render.

This is the only module that prints for the user or picks an exit code. Library errors
(:class:`~tradesum.errors.TradesumError`) become one line on stderr, with the flag that
helps (:data:`HINTS`), and the exit code documented in the README. Heavy modules are
imported inside the commands so that ``tradesum --help`` starts fast.
"""

from __future__ import annotations

import functools
import importlib
import os
import signal
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Annotated, Any, NoReturn, TypeVar

import typer

from tradesum import render
from tradesum._version import __version__
from tradesum.errors import ExitCode, Failure, TradesumError, UsageError

if TYPE_CHECKING:
    from tradesum.batch import Options, Run
    from tradesum.inputs.kind import Article
    from tradesum.summary import Result


class _OneLineErrors(typer.core.TyperGroup):
    """Bad options and arguments as one line on stderr (exit 2), not a box of help."""

    def main(self, *args: Any, **kwargs: Any) -> Any:
        errors = _click_errors()
        standalone_mode = kwargs.pop("standalone_mode", True)
        kwargs["standalone_mode"] = False  # errors come back here, to be said in one line
        try:
            result = super().main(*args, **kwargs)
        except errors.NoArgsIsHelpError as exc:
            exc.show()
            result = exc.exit_code
        except errors.UsageError as exc:
            where = exc.ctx.command_path if exc.ctx is not None else "tradesum"
            _say(f"{exc.format_message().rstrip('.')}; see '{where} --help'")
            result = exc.exit_code
        except errors.ClickException as exc:
            _say(exc.format_message())
            result = exc.exit_code
        except typer.Abort:
            _say("interrupted")
            result = int(ExitCode.INTERRUPTED)
        if not standalone_mode:
            return result
        sys.exit(result if isinstance(result, int) else 0)


def _click_errors() -> Any:
    """Click's exceptions, which recent typer releases carry as their own copy."""
    try:
        return importlib.import_module("typer._click.exceptions")
    except ImportError:  # typer over the click package
        return importlib.import_module("click.exceptions")


app = typer.Typer(
    name="tradesum",
    cls=_OneLineErrors,
    help=(
        "Read trade and economic news fast: faithful extractive summaries, keyphrases, "
        "key figures, and comparisons of articles on the same story. Works offline.\n\n"
        "Start with: tradesum summarize seeds/"
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)

F = TypeVar("F", bound=Callable[..., Any])

#: What to add to a library error's line, by the error's class name: the flag that helps.
HINTS = {
    "TooLarge": "raise the limit with --max-size MB",
    "OutputExists": "add --force to overwrite it",
    "TooLong": "use --method news (the default, fast on any length) or split the document",
    "NotRecursive": "add --recursive to look in sub-folders",
    "Unsupported": "",
}

METHOD_HELP = (
    "Summarization method: news (default, ours: position, centrality and shared words, "
    "weights fitted on news benchmarks, no repeats), lead (first sentences), or one of "
    "sumy's: luhn, edmundson, lsa, lexrank, textrank, sumbasic, kl, reduction, random (seeded)."
)


def _format_help() -> str:
    names = [n if n != "csv" else "csv (figures only)" for n in render.names()]
    return (
        "Output format: "
        + ", ".join(names)
        + ". Default: rich on a terminal, plain in pipes and files."
    )


# --------------------------------------------------------------------------- plumbing


def _say(message: str) -> None:
    """One diagnostic line on stderr, with control characters removed."""
    from tradesum.inputs.decoding import clean_text

    text = " ".join(clean_text(message, entities=False).split())
    if sys.stderr is None:  # started with stderr closed
        return
    try:
        sys.stderr.write(f"tradesum: {text}\n")
        sys.stderr.flush()
    except (OSError, ValueError):  # stderr closed: nothing else to do
        pass


def _line(source: str | None, message: str, reason: str) -> str:
    hint = HINTS.get(reason, "")
    text = f"{source}: {message}" if source else message
    return f"{text}; {hint}" if hint else text


def _silence_stdout() -> None:
    """After a closed pipe (``| head``), point stdout at /dev/null so exit is quiet."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


class Terminated(KeyboardInterrupt):
    """SIGTERM or SIGHUP: stop as on Ctrl-C (temporary files removed, finished lines
    kept), exiting 128 + the signal's number."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def _terminate(signum: int, frame: Any) -> None:
    raise Terminated(signum)


def guarded(command: F) -> F:
    """Run a command so that errors become one line on stderr and an exit code."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except typer.Exit:
            raise
        except TradesumError as exc:
            _say(_line(exc.source, exc.message, type(exc).__name__))
            raise typer.Exit(int(exc.exit_code)) from None
        except BrokenPipeError:
            _silence_stdout()
            raise typer.Exit(int(ExitCode.OK)) from None
        except Terminated as exc:
            _say("terminated")
            raise typer.Exit(128 + exc.signum) from None
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


def _to_terminal(output: str | None) -> bool:
    return output in (None, "-") and sys.stdout.isatty()


def _pick_format(chosen: str | None, output: str | None, result: str = "documents") -> str:
    if chosen is None:
        return "rich" if _to_terminal(output) else "plain"
    render.get(chosen, result=result)  # a format that cannot write it fails before any work
    return chosen


def _style(fmt: str, output: str | None, *, explain: bool = False) -> render.Style:
    """Width and colour: the terminal's for rich output to it, fixed otherwise."""
    import shutil

    if fmt == "rich" and _to_terminal(output):
        width = max(40, shutil.get_terminal_size((100, 24)).columns)
        color = not os.environ.get("NO_COLOR")
        return render.Style(explain=explain, width=width, color=color)
    if fmt == "rich":
        return render.Style(explain=explain, width=100)
    return render.Style(explain=explain)


def _max_bytes(max_size: float) -> int:
    if not 0 < max_size <= 100_000:
        raise UsageError(
            f"--max-size must be above 0 and at most 100000 megabytes (got {max_size})"
        )
    return int(max_size * 1024 * 1024)


def _options(
    sentences: int | None,
    ratio: float | None,
    words: int | None,
    method: str,
    keywords: int,
    max_size: float,
    explain: bool = False,
    timeout: float = 10.0,
    fetch: bool = False,
    language: str | None = None,
) -> Options:
    """The per-document options shared by summarize and export, validated."""
    from tradesum.batch import Options
    from tradesum.summary import Length

    if keywords < 0:
        raise UsageError(f"--keywords must be 0 or more (got {keywords})")
    return Options(
        length=Length(sentences=sentences, ratio=ratio, words=words),
        method=method,
        keywords=keywords,
        max_bytes=_max_bytes(max_size),
        explain=explain,
        timeout=_timeout(timeout),
        fetch=fetch,
        language=language,
    )


def _timeout(seconds: float) -> float:
    if not 0 < seconds <= 3600:
        raise UsageError(f"--timeout must be above 0 and at most 3600 seconds (got {seconds})")
    return seconds


def _say_unread(unread: Iterable[tuple[str, int]]) -> None:
    """One line on stderr for the files the folders held that tradesum does not read."""
    counts = sorted(unread, key=lambda item: (-item[1], item[0]))
    total = sum(n for _, n in counts)
    if total:
        kinds = ", ".join(f"{n} {suffix}" for suffix, n in counts)
        _say(f"{total} file{'s' if total != 1 else ''} skipped: {kinds}")


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


# --------------------------------------------------------------------------- options

InputsArg = Annotated[
    list[str],
    typer.Argument(
        help="Files (.txt, .md, .html, .pdf, RSS/Atom .xml), folders of them, http(s):// "
        "URLs, or - for stdin.",
        show_default=False,
        metavar="INPUTS",
    ),
]
SentencesOpt = Annotated[
    int | None,
    typer.Option("--sentences", "-n", metavar="N", help="Sentences in each summary (default 3).",
                 show_default=False),
]  # fmt: skip
RatioOpt = Annotated[
    float | None,
    typer.Option("--ratio", "-r", metavar="SHARE", show_default=False,
                 help="Summary length as a share of the article's sentences (0-1], e.g. "
                 "0.2; instead of --sentences."),
]  # fmt: skip
WordsOpt = Annotated[
    int | None,
    typer.Option("--words", "-w", metavar="N", show_default=False,
                 help="Word budget: the summary never exceeds it. Alone, it fills the "
                 "budget with the best sentences; with -n/--ratio it caps them."),
]  # fmt: skip
MethodOpt = Annotated[str, typer.Option("--method", "-m", metavar="METHOD", help=METHOD_HELP)]
KeywordsOpt = Annotated[
    int, typer.Option("--keywords", "-k", metavar="N", help="Keyphrases per article.")
]
FormatOpt = Annotated[
    str | None,
    typer.Option("--format", "-f", help=_format_help(), show_default=False, metavar="FORMAT"),
]
OutputOpt = Annotated[
    str | None,
    typer.Option("--output", "-o", metavar="FILE", show_default=False,
                 help="Write to this file instead of stdout (- for stdout). An existing "
                 "file is kept unless --force."),
]  # fmt: skip
ForceOpt = Annotated[bool, typer.Option("--force", help="Overwrite an existing output file.")]
ExplainOpt = Annotated[
    bool, typer.Option("--explain", help="Show each summary sentence's score and its parts.")
]
RecursiveOpt = Annotated[
    bool, typer.Option("--recursive", "-R", help="Read folders and all their sub-folders.")
]
MaxSizeOpt = Annotated[
    float,
    typer.Option("--max-size", metavar="MB", help="Refuse inputs larger than this many megabytes."),
]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")]
FetchOpt = Annotated[
    bool,
    typer.Option("--fetch", help="Read each feed entry from the web page it links to (feeds "
                 "often carry only a teaser); the entry's own text if the page fails."),
]  # fmt: skip
WorkersOpt = Annotated[
    int | None,
    typer.Option(
        "--workers", "-j", metavar="N", help="Worker processes (default: the number of cores).",
        show_default=False,
    ),
]  # fmt: skip
PairsOpt = Annotated[
    bool,
    typer.Option(
        "--pairs",
        help="Compare every pair of articles and show the similarity matrix (the default "
        "for up to 5 articles; beyond, each story's articles are compared with its most "
        "central one).",
    ),
]
LanguageOpt = Annotated[
    str | None,
    typer.Option("--language", "-L", metavar="CODE", show_default=False,
                 help="The language of every input (en, de, fr, es), instead of the one "
                 "detected for each article."),
]  # fmt: skip
TimeoutOpt = Annotated[
    float,
    typer.Option("--timeout", metavar="SECONDS",
                 help="Seconds to wait on a web server (to connect, and between bytes) or "
                 "on a Dask scheduler."),
]  # fmt: skip


# --------------------------------------------------------------------------- summarize


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
            metavar="N",
            help="Worker processes (default: the number of cores); with --engine dask "
            "and no --scheduler, the local cluster's workers.",
            show_default=False,
        ),
    ] = None,
    engine: Annotated[
        str | None,
        typer.Option(
            "--engine",
            metavar="ENGINE",
            help="local (processes on this machine; the default) or dask (a local Dask "
            "cluster, or the one at --scheduler).",
            show_default=False,
        ),
    ] = None,
    scheduler: Annotated[
        str | None,
        typer.Option(
            "--scheduler",
            metavar="ADDRESS",
            help="Dask scheduler address, e.g. tcp://10.0.0.5:8786 (implies --engine dask).",
            show_default=False,
        ),
    ] = None,
    timeout: TimeoutOpt = 10.0,
    fetch: FetchOpt = False,
    language: LanguageOpt = None,
    resume: Annotated[
        bool,
        typer.Option(
            "--resume",
            help="With -o FILE --format jsonl: keep the sources already done in FILE, "
            "retry the failed ones, add the rest.",
        ),
    ] = False,
    max_size: MaxSizeOpt = 20,
    quiet: QuietOpt = False,
) -> None:
    """Summarize articles: summary sentences, keyphrases and key figures for each."""
    from tradesum.batch import Engine, run
    from tradesum.output import Target, check_apart
    from tradesum.output import resume as resume_file

    options = _options(
        sentences, ratio, words, method, keywords, max_size, explain, timeout, fetch, language
    )
    fmt = _pick_format(output_format, output)
    path = output if output not in (None, "-") else None
    if resume and not (path and fmt == "jsonl"):
        raise UsageError("--resume needs -o FILE and --format jsonl")
    if engine is None:
        engine = "dask" if scheduler else "local"
    if scheduler and engine != "dask":
        raise UsageError("--scheduler is for --engine dask")
    if scheduler and workers is not None:
        raise UsageError("--workers has no effect with --scheduler (the cluster has its own)")
    chosen = Engine(engine, workers, scheduler, timeout)
    renderer = render.get(fmt)
    if path:
        check_apart(path, inputs)
    done = resume_file(path) if resume and path else set()
    with Target(path, force=force or resume, append=resume) as target:
        batch = run(inputs, options, recursive=recursive, engine=chosen, skip=done)
        if resume and not batch.sources:
            _say(f"nothing to do: every source is already in {output}")
            raise typer.Exit(int(ExitCode.OK))
        results = _reported(_with_progress(batch, len(batch.sources), quiet, to_file=bool(path)))
        for chunk in renderer.documents(results, _style(fmt, output, explain=explain)):
            target.write(chunk)
            target.keep = batch.succeeded > 0
    _end(batch)


def _end(batch: Run[Any]) -> NoReturn:
    """Say what a batch could not read, and exit with the code its results call for."""
    _say_unread(batch.unread.items())
    if batch.failed and batch.total > 1:
        _say(f"{batch.failed} of {batch.total} inputs failed")
    if batch.failed and batch.failed == batch.total and not batch.skipped:
        raise typer.Exit(int(ExitCode.INPUT))
    raise typer.Exit(int(ExitCode.PARTIAL if batch.failed else ExitCode.OK))


R = TypeVar("R", bound="Result | Article")


def _reported(results: Iterable[R]) -> Iterator[R]:
    """Say each failure and warning on stderr as its result passes."""
    from tradesum.inputs.kind import Article

    for result in results:
        if isinstance(result, Failure):
            _say(_line(result.source, result.message, result.reason))
        else:
            notes = result.notes if isinstance(result, Article) else result.warnings
            for warning in notes:
                _say(f"{result.source}: warning: {warning}")
        yield result


def _with_progress(
    results: Iterable[R], total: int, quiet: bool, *, to_file: bool, verb: str = "summarizing"
) -> Iterator[R]:
    """A progress bar on stderr for multi-file runs, when stderr is a terminal and the
    results are not being printed on that terminal (they would tear the bar)."""
    terminal = sys.stderr is not None and sys.stderr.isatty()
    if not show_progress(quiet, total, terminal, to_file or not sys.stdout.isatty()):
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
        TextColumn(verb),
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


def show_progress(quiet: bool, total: int, stderr_terminal: bool, output_elsewhere: bool) -> bool:
    """Whether to draw a progress bar: several inputs, a terminal to draw it on, and
    the results going somewhere other than that terminal."""
    return not quiet and total >= 2 and stderr_terminal and output_elsewhere


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
    joint: Annotated[
        int, typer.Option("--joint", metavar="N", help="Sentences in the joint summary.")
    ] = 5,
    pairs: PairsOpt = False,
    recursive: RecursiveOpt = False,
    max_size: MaxSizeOpt = 20,
    fetch: FetchOpt = False,
    language: LanguageOpt = None,
    timeout: TimeoutOpt = 10.0,
) -> None:
    """Compare articles on a story: similarity, shared and unique facts, figure differences."""
    from tradesum.batch import Options
    from tradesum.comparison import compare_inputs
    from tradesum.output import write_atomic

    fmt = _pick_format(output_format, output, result="comparison")
    if joint < 0:
        raise UsageError(f"--joint must be 0 or more (got {joint})")
    renderer = render.get(fmt)
    path = _checked(output, force, inputs)
    options = Options(
        max_bytes=_max_bytes(max_size), timeout=_timeout(timeout), fetch=fetch, language=language
    )
    compared = compare_inputs(
        inputs, options, recursive=recursive, joint_sentences=joint, every_pair=pairs or None
    )
    for failure in compared.failures:
        _say(_line(failure.source, failure.message, failure.reason))
    _say_unread(compared.unread)
    for note in compared.comparison.notes:
        _say(f"note: {note}")
    write_atomic(path, renderer.comparison(compared.comparison, _style(fmt, output)), force=force)
    raise typer.Exit(int(ExitCode.PARTIAL if compared.failures else ExitCode.OK))


def _checked(output: str | None, force: bool, inputs: list[str]) -> str | None:
    """The output file (None for stdout), checked before any work."""
    if output in (None, "-"):
        return None
    from tradesum.output import check_apart, check_target

    check_target(str(output), force=force)
    check_apart(str(output), inputs)
    return str(output)


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
        typer.Option(
            "--output",
            "-o",
            metavar="FILE",
            help="Report file, or - for stdout.",
            show_default=False,
        ),
    ] = None,
    split: Annotated[
        str | None,
        typer.Option(
            "--split",
            metavar="FOLDER",
            help="Write one .md per article plus index.md into this folder.",
            show_default=False,
        ),
    ] = None,
    output_format: Annotated[
        str, typer.Option("--format", "-f", help="markdown or json.", metavar="FORMAT")
    ] = "markdown",
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
            "--date",
            metavar="DATE",
            help="Report date, YYYY-MM-DD (default: today).",
            show_default=False,
        ),
    ] = None,
    max_size: MaxSizeOpt = 20,
    fetch: FetchOpt = False,
    language: LanguageOpt = None,
    timeout: TimeoutOpt = 10.0,
    pairs: PairsOpt = False,
) -> None:
    """Write a Markdown (or JSON) report of articles: summaries, then how they relate."""
    from pathlib import Path

    from tradesum.export import build_report, report_date, split_names
    from tradesum.output import check_folder, check_target, write_atomic
    from tradesum.render.markdown import render_markdown, render_report_markdown

    if (output is None) == (split is None):
        raise UsageError("give either -o/--output FILE (or -) or --split FOLDER")
    if output_format not in ("markdown", "json"):
        raise UsageError("export writes markdown or json")
    if split is not None and output_format != "markdown":
        raise UsageError("--split writes Markdown files; drop --format json")
    options = _options(
        sentences,
        ratio,
        words,
        method,
        keywords,
        max_size,
        timeout=timeout,
        fetch=fetch,
        language=language,
    )
    report_date(date)  # a bad date fails before any work
    path = _checked(output, force, inputs)
    if split is not None:
        check_folder(split)

    report = build_report(inputs, options, recursive=recursive, date=date, every_pair=pairs or None)
    for failure in report.failures:
        _say(_line(failure.source, failure.message, failure.reason))
    _say_unread(report.unread)
    if split is not None:
        folder = Path(split)
        folder.mkdir(parents=True, exist_ok=True)
        names = split_names(report.summaries)
        for target in [*names, "index.md"]:
            check_target(folder / target, force=force)
        for doc, name in zip(report.summaries, names, strict=True):
            write_atomic(folder / name, render_markdown(doc, level=1), force=force)
        write_atomic(folder / "index.md", render_report_markdown(report, links=names), force=force)
    else:
        write_atomic(path, render.get(output_format).report(report, render.Style()), force=force)
    raise typer.Exit(int(ExitCode.PARTIAL if report.failures else ExitCode.OK))


# --------------------------------------------------------------------------- extract


@app.command(
    epilog=(
        "Examples:\n\n"
        "  tradesum extract page.html\n\n"
        "  tradesum extract report.pdf -f json\n\n"
        "  tradesum extract feed.xml -f jsonl -o entries.jsonl\n\n"
        "  tradesum extract https://example.com/story --fetch -f markdown\n\n"
        "Plain output is each article's headline, its date, source and link, a blank line, "
        "then its paragraphs, one per line. Exit codes as for summarize."
    )
)
@guarded
def extract(
    inputs: InputsArg,
    output_format: FormatOpt = None,
    output: OutputOpt = None,
    force: ForceOpt = False,
    recursive: RecursiveOpt = False,
    fetch: FetchOpt = False,
    language: LanguageOpt = None,
    timeout: TimeoutOpt = 10.0,
    max_size: MaxSizeOpt = 20,
    workers: WorkersOpt = None,
    quiet: QuietOpt = False,
) -> None:
    """Show each input's clean article text and metadata, as tradesum reads it."""
    from tradesum.batch import Engine, Reading, read_all
    from tradesum.output import Target

    fmt = _pick_format(output_format, output, result="articles")
    renderer = render.get(fmt)
    path = _checked(output, force, inputs)
    reading = Reading(_max_bytes(max_size), _timeout(timeout), fetch, language)
    with Target(path, force=force) as target:
        batch = read_all(inputs, reading, recursive=recursive, engine=Engine(workers=workers))
        shown = _with_progress(batch, len(batch.sources), quiet, to_file=bool(path), verb="reading")
        for chunk in renderer.articles(_reported(shown), _style(fmt, output)):
            target.write(chunk)
            target.keep = batch.succeeded > 0
    _end(batch)


# --------------------------------------------------------------------------- digest


@app.command(
    epilog=(
        "Examples:\n\n"
        "  tradesum digest today/\n\n"
        "  tradesum digest feeds/*.xml -f markdown -o brief.md\n\n"
        "  tradesum digest archive/ -R -f json -o stories.json --words 120\n\n"
        "  tradesum digest today/ --since yesterday.json -f markdown -o brief.md\n\n"
        "Stories come biggest first (most sources, then latest date); stories of one "
        "article come last, as other articles. Exit codes as for summarize."
    )
)
@guarded
def digest(
    inputs: InputsArg,
    words: Annotated[
        int, typer.Option("--words", "-w", metavar="N", help="Word budget of each story's summary.")
    ] = 100,
    since: Annotated[
        str | None,
        typer.Option(
            "--since",
            help="An earlier digest's JSON (-f json): mark new stories, and in the others "
            "the new sentences and figures.",
            show_default=False,
            metavar="FILE",
        ),
    ] = None,
    output_format: FormatOpt = None,
    output: OutputOpt = None,
    force: ForceOpt = False,
    recursive: RecursiveOpt = False,
    fetch: FetchOpt = False,
    language: LanguageOpt = None,
    timeout: TimeoutOpt = 10.0,
    max_size: MaxSizeOpt = 20,
    workers: WorkersOpt = None,
    no_cache: Annotated[
        bool,
        typer.Option(
            "--no-cache",
            help="Analyse every article again, without the cache of analysed articles "
            "($TRADESUM_CACHE, else ~/.cache/tradesum).",
        ),
    ] = False,
) -> None:
    """Group articles into stories: one summary per story, with its sources and figures."""
    from tradesum.batch import Engine, Options
    from tradesum.digest import Earlier
    from tradesum.digest import digest as make_digest
    from tradesum.inputs import display_name, read_bytes
    from tradesum.inputs.decoding import decode
    from tradesum.output import write_atomic

    fmt = _pick_format(output_format, output, result="digest")
    renderer = render.get(fmt)
    if words < 1:
        raise UsageError(f"--words must be 1 or more (got {words})")
    path = _checked(output, force, inputs)
    earlier = None
    if since is not None:
        name = display_name(since)
        raw = read_bytes(since, max_bytes=_max_bytes(max_size))
        earlier = Earlier.from_json(decode(raw, source=name), source=name)
    options = Options(
        max_bytes=_max_bytes(max_size), timeout=_timeout(timeout), fetch=fetch, language=language
    )
    result = make_digest(
        inputs,
        options,
        words=words,
        recursive=recursive,
        engine=Engine(workers=workers),
        since=earlier,
        cache=not no_cache,
    )
    for note in result.notes:
        _say(f"warning: {note}")
    for failure in result.failures:
        _say(_line(failure.source, failure.message, failure.reason))
    _say_unread(result.unread)
    write_atomic(path, "".join(renderer.digest(result, _style(fmt, output))), force=force)
    raise typer.Exit(int(ExitCode.PARTIAL if result.failures else ExitCode.OK))


# --------------------------------------------------------------------------- figures


@app.command(
    epilog=(
        "Examples:\n\n"
        "  tradesum figures seeds/\n\n"
        "  tradesum figures reuters/ -f csv -o figures.csv\n\n"
        "  tradesum figures today/ --kind percent,money --about tariff\n\n"
        "  tradesum figures feed.xml -f jsonl | jq .subject\n\n"
        "Each row: the article's date and source, what the figure measures (its subject, "
        "and the place where the sentence names one), the figure as written, its value "
        "and unit as read, its change (up, down, from, to, at least, at most, about), "
        "its period and its sentence. Rows come by article date (undated articles "
        "last), then in reading order. Kinds: percent, money, measure, count, number, "
        "date. Exit codes as for summarize."
    )
)
@guarded
def figures(
    inputs: InputsArg,
    kind: Annotated[
        str | None,
        typer.Option(
            "--kind",
            metavar="KINDS",
            help="The kinds of figure to list, comma-separated (e.g. percent,money), or "
            "all. Default: every kind but dates.",
            show_default=False,
        ),
    ] = None,
    about: Annotated[
        str | None,
        typer.Option(
            "--about",
            help="Only figures whose subject, place or sentence mention this word "
            "(e.g. tariff, soybeans, Japan).",
            show_default=False,
            metavar="WORD",
        ),
    ] = None,
    output_format: FormatOpt = None,
    output: OutputOpt = None,
    force: ForceOpt = False,
    recursive: RecursiveOpt = False,
    fetch: FetchOpt = False,
    language: LanguageOpt = None,
    timeout: TimeoutOpt = 10.0,
    max_size: MaxSizeOpt = 20,
    workers: WorkersOpt = None,
    quiet: QuietOpt = False,
) -> None:
    """One table of the figures of articles: what each measures, value, change, period."""
    from tradesum.batch import Engine, Options, run
    from tradesum.figure_table import about_pattern, parse_kinds, table_of
    from tradesum.output import write_atomic

    fmt = _pick_format(output_format, output, result="figures")
    renderer = render.get(fmt)
    kinds = parse_kinds(kind)
    about_pattern(about)  # an empty word fails here, before any work
    path = _checked(output, force, inputs)
    options = Options(
        keywords=0,
        max_bytes=_max_bytes(max_size),
        timeout=_timeout(timeout),
        fetch=fetch,
        language=language,
    )
    batch = run(inputs, options, recursive=recursive, engine=Engine(workers=workers))
    shown = _with_progress(batch, len(batch.sources), quiet, to_file=bool(path), verb="reading")
    table = table_of(_reported(shown), kinds=kinds, about=about)
    write_atomic(path, "".join(renderer.figures(table, _style(fmt, output))), force=force)
    _end(batch)


def main() -> None:
    """Console-script entry point: the process's surroundings made safe, then the app."""
    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), _terminate)
    _sane_environment()
    app()


def _sane_environment() -> None:
    """A terminal width that is not a positive number is ignored (``COLUMNS=0`` made
    help print nothing); a stdout or stderr that cannot encode every character (an
    ASCII locale, ``PYTHONIOENCODING=ascii``) writes ``\\u2019`` for ``’`` instead of
    crashing, which keeps JSON valid."""
    import codecs

    for variable in ("COLUMNS", "LINES"):
        value = os.environ.get(variable)
        if value is not None and not (value.isdigit() and int(value) > 0):
            del os.environ[variable]
    for stream in (sys.stdout, sys.stderr):
        encoding = getattr(stream, "encoding", None) or "ascii"
        if codecs.lookup(encoding).name != "utf-8" and hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")


if __name__ == "__main__":  # pragma: no cover
    main()
