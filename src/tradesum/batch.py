"""Summarizing many sources: the per-document function and the engines that map it.

One function, :func:`summarize_source`, loads and summarizes one source and turns any
tradesum error into a :class:`~tradesum.errors.Failure`, so a bad file never stops a
batch. :func:`summarize_sources` maps it over the sources in this process, in a pool of
worker processes, or on a Dask cluster, and yields the results **in input order** as
they are ready, so output is the same whatever the engine and worker count, and memory
stays flat however many sources there are.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

from tradesum.documents import DEFAULT_MAX_BYTES, display_name, iter_sources, load
from tradesum.errors import Failure, TradesumError, UsageError
from tradesum.methods import Method
from tradesum.summary import DEFAULT_KEYWORDS, Length, Result, summarize_article


@dataclass(frozen=True, slots=True)
class Options:
    """What to compute for each document (picklable, so it can travel to workers)."""

    length: Length = field(default_factory=Length)
    method: Method | str | None = None
    keywords: int = DEFAULT_KEYWORDS
    max_bytes: int = DEFAULT_MAX_BYTES


def summarize_source(source: str, options: Options) -> Result:
    """Load and summarize one source; any tradesum error becomes a Failure."""
    try:
        article = load(source, max_bytes=options.max_bytes)
        return summarize_article(
            article, length=options.length, method=options.method, keywords=options.keywords
        )
    except TradesumError as exc:
        return Failure.of(display_name(source), exc)


def expand(inputs: Sequence[str], *, recursive: bool = False) -> list[str | Failure]:
    """The sources named by ``inputs`` (folders expanded), failures in their place."""
    return list(iter_sources(inputs, recursive=recursive))


def default_workers() -> int:
    return max(1, os.cpu_count() or 1)


def summarize_sources(
    sources: Sequence[str | Failure],
    options: Options,
    *,
    workers: int = 1,
    client: Any = None,
) -> Iterator[Result]:
    """Summarize each source, yielding results in input order as soon as each is ready.

    ``workers`` > 1 uses that many local processes; a ``dask.distributed.Client`` as
    ``client`` runs the documents on its cluster instead (its workers must see the same
    paths, e.g. a shared file system).
    """
    if workers < 1:
        raise UsageError(f"the number of workers must be 1 or more (got {workers})")
    paths = [s for s in sources if not isinstance(s, Failure)]
    if client is not None:
        done: Iterator[Result] = _on_dask(client, paths, options)
    elif workers > 1 and len(paths) > 1:
        done = _in_pool(paths, options, workers)
    else:
        done = (summarize_source(p, options) for p in paths)
    for source in sources:
        yield source if isinstance(source, Failure) else next(done)


def _warm_up() -> None:
    """Load the models once per worker process, before its first document. Ctrl-C is
    left to the parent, which stops the pool; workers print no tracebacks."""
    import signal

    from tradesum.nlp import split_sentences, stop_words, zipf

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    stop_words()
    zipf("trade")
    split_sentences("Warm up. Done.")


def _in_pool(paths: Sequence[str], options: Options, workers: int) -> Iterator[Result]:
    import multiprocessing
    from functools import partial

    context = multiprocessing.get_context("fork" if os.name == "posix" else "spawn")
    chunk = max(1, min(16, len(paths) // (workers * 8)))
    pool = context.Pool(processes=min(workers, len(paths)), initializer=_warm_up)
    try:
        yield from pool.imap(partial(summarize_source, options=options), paths, chunksize=chunk)
        pool.close()
    finally:
        pool.terminate()
        pool.join()


#: Documents in flight on a Dask cluster at once, per worker thread.
_DASK_WINDOW = 8


def _on_dask(client: Any, paths: Sequence[str], options: Options) -> Iterator[Result]:
    """Submit a bounded window of documents at a time; gather them in order."""
    threads = sum(client.nthreads().values()) or 1
    window = max(2, threads * _DASK_WINDOW)
    pending: list[Any] = []
    remaining = iter(paths)
    for path in islice(remaining, window):
        pending.append(client.submit(summarize_source, path, options, pure=False))
    while pending:
        future = pending.pop(0)
        result: Result = future.result()
        future.release()
        following = next(remaining, None)
        if following is not None:
            pending.append(client.submit(summarize_source, following, options, pure=False))
        yield result


def connect(scheduler: str | None) -> Any:
    """A Dask client: to the scheduler at ``scheduler``, or to a new local cluster."""
    import importlib

    try:
        distributed: Any = importlib.import_module("dask.distributed")
    except ImportError:
        raise UsageError("the dask engine needs Dask: pip install 'tradesum[dask]'") from None
    if scheduler:
        try:
            return distributed.Client(scheduler, timeout="10s")
        except (OSError, TimeoutError) as exc:
            raise UsageError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
    return distributed.Client(distributed.LocalCluster(processes=True, dashboard_address=None))
