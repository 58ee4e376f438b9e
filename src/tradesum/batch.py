"""Many sources in one run: expansion, stdin, skipping what is done, workers, Dask.

:func:`run` is the library's batch entry point: it expands the inputs, reads stdin in
this process (workers cannot), leaves out the sources a resumed run already has, and
maps :func:`process` over the rest in this process, in a pool of worker processes or on
a Dask cluster. It returns a :class:`Run`: iterate it for the results **in input
order** as each is ready (so output is the same whatever the engine and worker count,
and memory stays flat), then read its counts. A source that fails becomes a
:class:`~tradesum.errors.Failure` in its place and the run goes on.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from itertools import islice
from typing import Any, Generic, TypeVar

from tradesum.analysis import Needs, analyse
from tradesum.errors import EngineError, Failure, TradesumError, UsageError
from tradesum.inputs import (
    DEFAULT_MAX_BYTES,
    Article,
    Source,
    iter_sources,
    load,
    read_ahead,
    read_bytes,
)
from tradesum.inputs.url import DEFAULT_TIMEOUT as DEFAULT_FETCH_TIMEOUT
from tradesum.inputs.url import is_url
from tradesum.methods import parse_method
from tradesum.summary import DEFAULT_KEYWORDS, DocumentSummary, Length, Result, summarize_analysis

#: Worker processes at most: each holds its own models (about 70 MB).
MAX_WORKERS = 64
#: Seconds to wait for a Dask scheduler to answer.
DEFAULT_TIMEOUT = 10.0


@dataclass(frozen=True, slots=True)
class Options:
    """What to compute for each document (picklable, so it can travel to workers)."""

    length: Length = field(default_factory=Length)
    method: str | None = None
    keywords: int = DEFAULT_KEYWORDS
    max_bytes: int = DEFAULT_MAX_BYTES
    explain: bool = False
    #: Keep each result's analysis and analyse for comparisons too (export, compare).
    compare: bool = False
    #: Keep each result's analysis for grouping into stories (digest): the news scores
    #: and figures, and keyphrases only as many as ``keywords`` asks.
    stories: bool = False
    #: Seconds to wait on a web server; read feed entries from their links.
    timeout: float = DEFAULT_FETCH_TIMEOUT
    fetch: bool = False
    #: A cache file of analysed sources (see :mod:`tradesum.cache`), or None.
    cache: str | None = None
    #: The language of every input (ISO 639-1), instead of the detected one.
    language: str | None = None

    def __post_init__(self) -> None:
        if self.keywords < 0:
            raise UsageError(f"the keyword count must be 0 or more (got {self.keywords})")
        parse_method(self.method)
        self.reading  # noqa: B018 - Reading checks the size limit and the timeout

    @property
    def reading(self) -> Reading:
        """How each input is read (see :class:`Reading`)."""
        return Reading(self.max_bytes, self.timeout, self.fetch, self.language)

    @property
    def settings(self) -> str:
        """What in these options changes a source's results (the cache key's part)."""
        return repr(
            (
                self.length,
                self.method,
                self.keywords,
                self.explain,
                self.compare,
                self.stories,
                self.language,
            )
        )

    @property
    def needs(self) -> Needs:
        return Needs.of(
            parse_method(self.method),
            self.keywords,
            explain=self.explain,
            compare=self.compare,
            stories=self.stories,
        )


@dataclass(frozen=True, slots=True)
class Reading:
    """How inputs are read: the size limit, how long to wait on a web server, and
    whether a feed's entries are read from the pages they link to."""

    max_bytes: int = DEFAULT_MAX_BYTES
    timeout: float = DEFAULT_FETCH_TIMEOUT
    fetch: bool = False
    #: Every article's language (ISO 639-1) instead of the detected one.
    language: str | None = None

    def __post_init__(self) -> None:
        if self.max_bytes <= 0:
            raise UsageError("the size limit must be a positive number of bytes")
        if not self.timeout > 0:
            raise UsageError(f"the timeout must be above 0 seconds (got {self.timeout})")
        if self.language is not None:
            from tradesum.languages import lexicon_for

            object.__setattr__(self, "language", lexicon_for(self.language).code)

    def load(self, source: Source) -> list[Article]:
        """The articles of one source, read this way (see :func:`tradesum.inputs.load`)."""
        articles = load(source, max_bytes=self.max_bytes, timeout=self.timeout, fetch=self.fetch)
        if self.language is None:
            return articles
        return [replace(a, language=self.language) for a in articles]


def read(source: Source, reading: Reading) -> list[Article | Failure]:
    """Load one source into its articles, or the Failure that says why it cannot be."""
    try:
        return list(reading.load(source))
    except TradesumError as exc:
        return [Failure.of(source.name, exc)]


def process(source: Source, options: Options) -> list[Result]:
    """Load, analyse and summarize one source (one result per article it holds); a
    tradesum error becomes a Failure, so a bad file never stops a batch. With a cache,
    a source whose bytes, name and options were seen before is not analysed again."""
    if options.cache is None or options.fetch or is_url(source.location):
        return _process(source, options)
    from tradesum import cache

    try:
        data = source.data
        if data is None:
            data = read_bytes(source.location, max_bytes=options.max_bytes)
    except TradesumError as exc:
        return [Failure.of(source.name, exc)]
    store = _open_cache(options.cache)
    entry = cache.key(data, source.name, options.settings)
    found = store.get(entry)
    if isinstance(found, list):
        return found
    results = _process(Source(source.name, source.location, data), options)
    if not any(isinstance(r, Failure) for r in results):
        store.put(entry, results)
    return results


_CACHES: dict[tuple[int, str], Any] = {}


def _open_cache(path: str) -> Any:
    """This process's connection to a cache file: each worker opens its own, and a
    forked worker never uses a connection its parent opened (SQLite forbids it)."""
    from pathlib import Path

    from tradesum.cache import Cache

    key = (os.getpid(), path)
    if key not in _CACHES:
        _CACHES[key] = Cache(Path(path))
    return _CACHES[key]


def _process(source: Source, options: Options) -> list[Result]:
    try:
        articles = options.reading.load(source)
    except TradesumError as exc:
        return [Failure.of(source.name, exc)]
    needs = options.needs
    out: list[Result] = []
    for article in articles:
        try:
            analysis = analyse(article, needs)
            out.append(
                summarize_analysis(
                    analysis,
                    length=options.length,
                    method=options.method,
                    keywords=options.keywords,
                    keep=options.compare or options.stories,
                )
            )
        except TradesumError as exc:
            out.append(Failure.of(article.source, exc))
    return out


def expand(inputs: Sequence[str], *, recursive: bool = False) -> list[Source | Failure]:
    """The sources named by ``inputs`` (folders expanded), failures in their place."""
    return list(iter_sources(inputs, recursive=recursive))


def default_workers() -> int:
    return max(1, min(MAX_WORKERS, os.cpu_count() or 1))


@dataclass(frozen=True, slots=True)
class Engine:
    """Where the documents run: ``local`` (this machine's processes) or ``dask``."""

    kind: str = "local"
    #: Local worker processes, or a new local Dask cluster's workers (None: the cores).
    workers: int | None = None
    #: A running Dask scheduler's address (``tcp://host:8786``), with ``kind="dask"``.
    scheduler: str | None = None
    #: Seconds to wait for the scheduler.
    timeout: float = DEFAULT_TIMEOUT

    def __post_init__(self) -> None:
        if self.kind not in ("local", "dask"):
            raise UsageError(f"unknown engine {self.kind!r}; choose local or dask")
        if self.workers is not None and not 1 <= self.workers <= MAX_WORKERS:
            raise UsageError(
                f"the number of workers must be 1 to {MAX_WORKERS} (got {self.workers})"
            )
        if self.scheduler is not None and self.kind != "dask":
            raise UsageError("a scheduler address is for the dask engine")
        if self.scheduler is not None and self.workers is not None:
            raise UsageError("a running Dask cluster has its own workers; drop the worker count")
        if not self.timeout > 0:
            raise UsageError(f"the timeout must be above 0 seconds (got {self.timeout})")


R = TypeVar("R")


@dataclass
class Run(Generic[R]):
    """A batch under way: iterate it once for the results, in input order; then read
    how many there were and how many failed."""

    sources: list[Source | Failure]
    #: What each source becomes (picklable: it travels to workers).
    task: Callable[[Source], list[R | Failure]]
    engine: Engine
    #: Sources left out because a resumed output already holds them.
    skipped: int = 0
    #: Files in the folders walked that no input kind reads, by suffix.
    unread: Counter[str] = field(default_factory=Counter)
    total: int = 0
    failed: int = 0
    _client: Any = None

    def __iter__(self) -> Iterator[R | Failure]:
        try:
            for result in self._results():
                self.total += 1
                self.failed += isinstance(result, Failure)
                yield result
        finally:
            self.close()

    @property
    def succeeded(self) -> int:
        return self.total - self.failed

    def close(self) -> None:
        if self._client is not None:
            client, self._client = self._client, None
            _close_quietly(client)

    def _results(self) -> Iterator[R | Failure]:
        paths = [s for s in self.sources if isinstance(s, Source)]
        engine, task = self.engine, self.task
        if engine.kind == "dask":
            self._client = connect(engine)
            done: Iterator[list[R | Failure]] = _on_dask(self._client, paths, task)
        elif (engine.workers or default_workers()) > 1 and len(paths) > 1:
            done = _in_pool(paths, task, engine.workers or default_workers())
        else:
            done = (task(p) for p in paths)
        for source in self.sources:
            if isinstance(source, Failure):
                yield source
            else:
                yield from next(done)


def run(
    inputs: Sequence[str],
    options: Options,
    *,
    recursive: bool = False,
    engine: Engine | None = None,
    skip: Collection[str] = (),
) -> Run[DocumentSummary]:
    """Start a batch over ``inputs`` (paths, folders, URLs, ``-`` for stdin) that
    summarizes each article. Sources named in ``skip`` (already done) are left out.
    Reading stdin and connecting to a cluster happen here or on the first result, in
    this process."""
    task = partial(process, options=options)
    return _start(inputs, task, options.max_bytes, recursive, engine or Engine(), skip)


def read_all(
    inputs: Sequence[str],
    reading: Reading | None = None,
    *,
    recursive: bool = False,
    engine: Engine | None = None,
) -> Run[Article]:
    """Start a batch that reads each input into its articles, as tradesum reads them
    before any analysis (``tradesum extract``)."""
    reading = reading or Reading()
    task = partial(read, reading=reading)
    return _start(inputs, task, reading.max_bytes, recursive, engine or Engine(), ())


def _start(
    inputs: Sequence[str],
    task: Callable[[Source], list[R | Failure]],
    max_bytes: int,
    recursive: bool,
    engine: Engine,
    skip: Collection[str],
) -> Run[R]:
    sources: list[Source | Failure] = []
    skipped = 0
    unread: Counter[str] = Counter()
    for source in iter_sources(inputs, recursive=recursive, unread=unread):
        if isinstance(source, Source) and source.name in skip:
            skipped += 1
            continue
        if isinstance(source, Source):
            try:
                source = read_ahead(source, max_bytes=max_bytes)
            except TradesumError as exc:
                source = Failure.of(source.name, exc)
        sources.append(source)
    return Run(sources, task, engine, skipped=skipped, unread=unread)


def _warm_up() -> None:
    """Load the models once per worker process, before its first document. Ctrl-C is
    left to the parent, which stops the pool (with SIGTERM, which ends a worker at
    once, whatever handler the parent had); workers print no tracebacks."""
    import signal

    from tradesum.languages import ENGLISH
    from tradesum.nlp import split_sentences

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), signal.SIG_DFL)
    ENGLISH.stop_words()
    ENGLISH.zipf("trade")
    split_sentences("Warm up. Done.")


def _in_pool(
    paths: Sequence[Source], task: Callable[[Source], list[R]], workers: int
) -> Iterator[list[R]]:
    import multiprocessing

    context = multiprocessing.get_context("fork" if os.name == "posix" else "spawn")
    chunk = max(1, min(16, len(paths) // (workers * 8)))
    pool = context.Pool(processes=min(workers, len(paths)), initializer=_warm_up)
    try:
        yield from pool.imap(task, paths, chunksize=chunk)
        pool.close()
    finally:
        pool.terminate()
        pool.join()


#: Documents in flight on a Dask cluster at once, per worker thread.
_DASK_WINDOW = 8


def _on_dask(
    client: Any, paths: Sequence[Source], task: Callable[[Source], list[R]]
) -> Iterator[list[R]]:
    """Submit a bounded window of documents at a time; gather them in order."""
    threads = sum(client.nthreads().values()) or 1
    window = max(2, threads * _DASK_WINDOW)
    pending: list[Any] = []
    remaining = iter(paths)
    for path in islice(remaining, window):
        pending.append(client.submit(task, path, pure=False))
    while pending:
        future = pending.pop(0)
        result: list[R] = future.result()
        future.release()
        following = next(remaining, None)
        if following is not None:
            pending.append(client.submit(task, following, pure=False))
        yield result


_ADDRESS = re.compile(r"^(?:(?:tcp|tls|ws|wss|inproc|ucx)://)?[\w.\-\[\]:]+:\d{1,5}$")


def connect(engine: Engine) -> Any:
    """A Dask client: to the engine's scheduler, or to a new local cluster.

    A malformed address, nothing listening, or something that is not a Dask scheduler
    all give an :class:`EngineError` within the engine's timeout.
    """
    import importlib

    try:
        distributed: Any = importlib.import_module("dask.distributed")
    except ImportError:
        raise EngineError("the dask engine needs Dask: pip install 'tradesum[dask]'") from None
    import logging

    # distributed logs connection failures and shutdowns at length; one line is ours.
    for name in ("distributed", "distributed.client", "distributed.comm", "tornado"):
        logging.getLogger(name).setLevel(logging.CRITICAL)
    if engine.scheduler is None:
        cluster = distributed.LocalCluster(
            n_workers=engine.workers or default_workers(),
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.CRITICAL,  # workers' warnings on shutdown are not ours to say
        )
        return distributed.Client(cluster)
    address = engine.scheduler.strip()
    if not _ADDRESS.match(address):
        raise EngineError(
            f"{address!r} is not a scheduler address; give one like tcp://10.0.0.5:8786"
        )
    return _client_within(distributed, address, engine.timeout)


def _client_within(distributed: Any, address: str, timeout: float) -> Any:
    """Connect in a daemon thread, so that a peer that accepts and never answers as Dask
    does (an HTTP server, say) cannot hold the run, or its exit, past the timeout."""
    import queue
    import threading

    answers: queue.Queue[tuple[bool, Any]] = queue.Queue(maxsize=1)

    def attempt() -> None:
        try:
            answers.put((True, distributed.Client(address, timeout=f"{timeout}s")))
        except Exception as exc:  # OSError, TimeoutError, and what a wrong peer provokes
            answers.put((False, exc))

    threading.Thread(target=attempt, name="tradesum-connect", daemon=True).start()
    try:
        ok, value = answers.get(timeout=timeout + 2.0)
    except queue.Empty:
        ok, value = False, None
    if ok:
        return value
    reason = " ".join(str(value).split())[:160] if value is not None else "no answer"
    raise EngineError(
        f"cannot reach a Dask scheduler at {address} within {timeout:g} s ({reason or 'no answer'})"
    )


def _close_quietly(client: Any) -> None:
    import contextlib

    cluster = getattr(client, "cluster", None)
    with contextlib.suppress(Exception):
        client.close(timeout=5)
    if cluster is not None:
        with contextlib.suppress(Exception):
            cluster.close(timeout=5)
