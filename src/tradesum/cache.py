"""A cache of analysed articles, so that a daily digest over a growing folder analyses
only what is new.

One SQLite file (the standard library's ``sqlite3``, WAL mode, so two runs at once and
the worker processes of one run can share it) maps a key to the pickled results of
one source. The key is the SHA-256 of the source's bytes, its name (results carry it),
the options that change the analysis, and tradesum's version, code and model files, so
a changed file, other options or another release never read a stale entry. URLs and
``--fetch`` runs are not cached (what a server sends can change under the same name).

The cache lives in ``$TRADESUM_CACHE``, else ``$XDG_CACHE_HOME/tradesum``, else
``~/.cache/tradesum``, in a folder only its owner can read (it holds pickles, which
must come from nobody else). A damaged cache file is moved aside and rebuilt, with a
warning, never a crash.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sqlite3
import time
from functools import cache
from pathlib import Path
from typing import Any

from tradesum._version import __version__

FILE_NAME = "analyses.sqlite"
_SCHEMA = "CREATE TABLE IF NOT EXISTS results (key TEXT PRIMARY KEY, value BLOB, stored REAL)"
_BUSY_MS = 30_000


def default_folder() -> Path:
    """Where the cache lives (see the module's docstring)."""
    if os.environ.get("TRADESUM_CACHE"):
        return Path(os.environ["TRADESUM_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "tradesum"


def prepare(folder: Path | None = None) -> tuple[Path, str | None]:
    """The cache file, created or checked before a run (in the parent process), and a
    warning when a damaged one had to be rebuilt."""
    folder = folder or default_folder()
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = folder / FILE_NAME
    warning = None
    try:
        _check_shared(path)
    except sqlite3.DatabaseError:
        aside = path.with_name(f"{FILE_NAME}.damaged-{int(time.time())}")
        path.replace(aside)
        for suffix in ("-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        _check_shared(path)
        warning = f"the cache {path} was damaged; moved it to {aside.name} and started a new one"
    return path, warning


def _check_shared(path: Path) -> None:
    """:func:`_check`, waiting while another run holds the file: two runs that create
    one cache at once make SQLite answer "database is locked" at once (switching a new
    file to WAL does not wait on the busy timeout), which is no damage."""
    deadline = time.monotonic() + _BUSY_MS / 1000
    while True:
        try:
            _check(path)
            return
        except sqlite3.OperationalError as exc:
            if getattr(exc, "sqlite_errorname", "") not in ("SQLITE_BUSY", "SQLITE_LOCKED"):
                raise
            if time.monotonic() > deadline:
                raise OSError(f"the cache {path} stays locked by another run") from exc
            time.sleep(0.02)


def _check(path: Path) -> None:
    """Create the table if need be and read from it; the connection is closed after, so
    no worker forked later inherits it."""
    connection = _connect(path)
    try:
        with connection:
            connection.execute(_SCHEMA)
        connection.execute("SELECT count(*) FROM results").fetchone()
    finally:
        connection.close()


def _connect(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(str(path), timeout=_BUSY_MS / 1000)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute(f"PRAGMA busy_timeout={_BUSY_MS}")
    return connection


@cache
def _release() -> str:
    """tradesum's version and a digest of its code and model files: entries of another
    release, another build of the same version (a checkout between two commits) or
    another model are never read, so a cached analysis always has the shape this code
    makes. (Once per process: it reads every source and model file, about 0.5 MB.)"""
    from pathlib import Path

    digest = hashlib.sha256(__version__.encode())
    package = Path(__file__).resolve().parent
    files = sorted(
        p
        for p in package.rglob("*")
        if p.is_file() and (p.suffix == ".py" or p.parent.name == "data")
    )
    for path in files:
        digest.update(str(path.relative_to(package)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def key(data: bytes, name: str, settings: str) -> str:
    """The cache key of a source's bytes under its name, with the run's settings."""
    digest = hashlib.sha256()
    for part in (_release().encode(), settings.encode(), name.encode("utf-8", "surrogateescape")):
        digest.update(len(part).to_bytes(8, "big"))
        digest.update(part)
    digest.update(data)
    return digest.hexdigest()


class Cache:
    """The cache file, opened in one process (each worker opens its own)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._connection: sqlite3.Connection | None = None

    def _db(self) -> sqlite3.Connection:
        if self._connection is None:
            self._connection = _connect(self.path)
        return self._connection

    def get(self, entry: str) -> Any:
        """The stored value, or None (also for an entry that no longer unpickles)."""
        try:
            row = self._db().execute("SELECT value FROM results WHERE key = ?", (entry,)).fetchone()
            return pickle.loads(row[0]) if row else None
        except (sqlite3.Error, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
            return None

    def put(self, entry: str, value: Any) -> None:
        try:
            blob = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
            with self._db() as connection:
                connection.execute(
                    "INSERT OR REPLACE INTO results VALUES (?, ?, ?)", (entry, blob, time.time())
                )
        except (sqlite3.Error, pickle.PicklingError):
            pass  # a cache that cannot be written only costs the next run time
