"""Writing output files so that nothing is lost: checked first, written atomically.

A target is checked before any work is done (its folder exists and is writable, it is
not a folder, it does not exist unless ``force``). Content goes to a temporary file in
the same folder that is renamed into place only when complete, so an interrupted or
failed write leaves the old file (or none), never a partial one.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from tradesum.errors import OutputError

STDOUT = "-"


def check_target(path: str | Path, *, force: bool = False) -> Path:
    """Raise :class:`OutputError` if ``path`` cannot or must not be written."""
    target = Path(path)
    name = str(path)
    if target.is_dir():
        raise OutputError("is a folder; give a file name for the output", source=name)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise OutputError(f"folder {str(folder)!r} does not exist; create it first", source=name)
    if not os.access(folder, os.W_OK | os.X_OK):
        raise OutputError(f"folder {str(folder)!r} is not writable", source=name)
    if target.exists() and not force:
        raise OutputError("already exists; add --force to overwrite it", source=name)
    return target


def check_folder(path: str | Path) -> Path:
    """Raise :class:`OutputError` unless ``path`` is, or can be made, a writable folder."""
    folder = Path(path)
    name = str(path)
    if folder.exists() and not folder.is_dir():
        raise OutputError("exists and is not a folder", source=name)
    parent = folder if folder.exists() else folder.parent
    if not parent.is_dir():
        raise OutputError(f"folder {str(parent)!r} does not exist; create it first", source=name)
    if not os.access(parent, os.W_OK | os.X_OK):
        raise OutputError(f"folder {str(parent)!r} is not writable", source=name)
    return folder


@contextlib.contextmanager
def atomic_writer(path: str | Path, *, force: bool = False) -> Iterator[TextIO]:
    """Open a temporary file beside ``path``; rename it onto ``path`` on success only."""
    target = check_target(path, force=force)
    handle = tempfile.NamedTemporaryFile(  # noqa: SIM115 - closed below, renamed on success
        "w",
        encoding="utf-8",
        newline="\n",
        dir=target.parent if str(target.parent) else ".",
        prefix=f".{target.name}.",
        suffix=".tmp",
        delete=False,
    )
    try:
        with handle:
            yield handle  # type: ignore[misc]
            handle.flush()
            os.fsync(handle.fileno())
        if target.exists() and not force:  # appeared while we worked
            raise OutputError("already exists; add --force to overwrite it", source=str(path))
        os.chmod(handle.name, _file_mode(target))
        os.replace(handle.name, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(handle.name)
        raise


def write_atomic(path: str | Path, text: str, *, force: bool = False) -> None:
    with atomic_writer(path, force=force) as handle:
        handle.write(text)


def _file_mode(target: Path) -> int:
    """Keep an overwritten file's mode; give a new one the usual umask-based mode."""
    if target.exists():
        return target.stat().st_mode & 0o7777
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def open_lines(
    path: str | Path, *, force: bool = False, resume: bool = False
) -> tuple[TextIO, set[str]]:
    """Open a JSON Lines output for writing line by line, flushed as each is written.

    Lines are written in place (not atomically) so that an interrupted run keeps every
    finished line. With ``resume`` an existing file is appended to, after dropping a
    torn last line, and the ``source`` of every record in it is returned so those can
    be skipped; without it an existing file needs ``force``.
    """
    target = Path(path)
    done: set[str] = set()
    if resume and target.exists():
        check_target(target, force=True)
        keep = 0
        with target.open("rb") as handle:
            for raw in handle:
                if not raw.endswith(b"\n"):
                    break  # a line torn by an interruption: rewritten below
                try:
                    record = json.loads(raw)
                except ValueError:
                    raise OutputError(
                        "is not a tradesum JSON Lines file; cannot resume into it",
                        source=str(path),
                    ) from None
                if isinstance(record, dict) and isinstance(record.get("source"), str):
                    done.add(record["source"])
                keep += len(raw)
        with target.open("r+b") as handle:
            handle.truncate(keep)
        return target.open("a", encoding="utf-8", newline="\n"), done
    check_target(target, force=force)
    return target.open("w", encoding="utf-8", newline="\n"), done
