"""Writing output so that nothing is lost: checked first, written atomically.

A target is checked before any work is done (its folder exists and is writable, it is
a regular file or nothing, it does not exist unless replacing it is allowed). Content
goes to a temporary file in the same folder that is renamed into place only when there
is something to keep, so a failed run, a run in which every input failed, or a failed
write leaves the old file as it was (or none), never a partial one. Streams (JSON
Lines) are flushed line by line into that temporary file, and an interrupted run still
renames it into place, so every finished line is kept.
"""

from __future__ import annotations

import contextlib
import json
import os
import stat
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import IO

from tradesum.errors import OutputError, OutputExists

STDOUT = "-"


def check_target(path: str | Path, *, force: bool = False) -> Path:
    """Raise :class:`OutputError` if ``path`` cannot or must not be written."""
    target = Path(path)
    name = str(path)
    try:
        info = os.lstat(target)
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise OutputError(f"cannot be checked ({exc.strerror or exc})", source=name) from None
    if info is not None and stat.S_ISDIR(info.st_mode):
        raise OutputError("is a folder; give a file name for the output", source=name)
    if info is not None and not stat.S_ISREG(info.st_mode):
        raise OutputError(
            "is not a regular file (a link, device or pipe); it is never replaced", source=name
        )
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise OutputError(f"folder {str(folder)!r} does not exist; create it first", source=name)
    if not os.access(folder, os.W_OK | os.X_OK):
        raise OutputError(f"folder {str(folder)!r} is not writable", source=name)
    if info is not None and not force:
        raise OutputExists(source=name)
    return target


def check_apart(path: str | Path, inputs: Sequence[str]) -> None:
    """Raise :class:`OutputError` if the output would replace one of the inputs, or
    would land, as a file of a kind the walk reads, in a folder that is an input."""
    from tradesum.inputs import listed_suffixes

    target = Path(path)
    name = str(path)
    try:
        where = target.parent.resolve()
        existing = target.resolve() if target.exists() else None
    except OSError:
        return
    for item in inputs:
        if item == STDOUT:
            continue
        source = Path(item)
        try:
            if existing is not None and source.is_file() and source.resolve() == existing:
                raise OutputError("is one of the inputs; write the output elsewhere", source=name)
            if source.is_dir() and target.suffix.lower() in listed_suffixes():
                folder = source.resolve()
                if where == folder or folder in where.parents:
                    raise OutputError(
                        f"is inside the input folder {item!r}, where later runs would read "
                        "it as an article; write it elsewhere",
                        source=name,
                    )
        except OSError:
            continue


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


@dataclass
class Target:
    """Where a command's output goes: stdout, or a file replaced atomically.

    Use it as a context manager and :meth:`write` text to it. For a file, the text goes
    to a temporary file beside it; on leaving, the temporary file replaces the target
    if :attr:`keep` is true (set it once there is something worth keeping), including
    after Ctrl-C; on any other error, or with nothing to keep, it is removed.
    """

    path: str | None = None
    force: bool = False
    #: Append to the file in place, each write flushed (a resumed stream: what is
    #: written survives even a crash); nothing is renamed or removed.
    append: bool = False
    keep: bool = False
    _handle: IO[str] | None = field(default=None, repr=False)
    _target: Path | None = field(default=None, repr=False)

    def __enter__(self) -> Target:
        if self.path is None:
            return self
        self._target = check_target(self.path, force=self.force)
        if self.append:
            try:
                self._handle = self._target.open("a", encoding="utf-8", newline="\n")
            except OSError as exc:
                raise _unwritable(exc, self.path) from None
            return self
        folder = self._target.parent if str(self._target.parent) else Path(".")
        try:
            handle = tempfile.NamedTemporaryFile(
                "w",
                encoding="utf-8",
                newline="\n",
                dir=folder,
                prefix=f".{self._target.name}.",
                suffix=".tmp",
                delete=False,
            )
        except OSError as exc:
            raise _unwritable(exc, self.path) from None
        self._handle = handle
        return self

    def write(self, text: str) -> None:
        if not text:
            return
        if self._handle is None:
            sys.stdout.write(text)
            sys.stdout.flush()
            return
        try:
            self._handle.write(text)
            self._handle.flush()
        except OSError as exc:
            raise _unwritable(exc, self.path) from None

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if self._handle is None:
            return
        handle, self._handle = self._handle, None
        if self.append:
            with contextlib.suppress(OSError):
                handle.close()
            return
        interrupted = kind is not None and issubclass(kind, KeyboardInterrupt)
        commit = self.keep and (kind is None or interrupted)
        try:
            if commit:
                _commit(
                    handle,
                    self._target or Path(str(self.path)),
                    force=self.force,
                    name=str(self.path),
                )
        finally:
            with contextlib.suppress(OSError):
                handle.close()
            with contextlib.suppress(OSError):
                os.unlink(handle.name)


def _commit(handle: IO[str], target: Path, *, force: bool, name: str) -> None:
    try:
        handle.flush()
        os.fsync(handle.fileno())
        handle.close()
        if target.exists() and not force:  # appeared while we worked
            raise OutputExists(source=name)
        os.chmod(handle.name, _file_mode(target))
        os.replace(handle.name, target)
    except OSError as exc:
        raise _unwritable(exc, name) from None


def _unwritable(exc: OSError, name: str | None) -> OutputError:
    return OutputError(f"cannot be written ({exc.strerror or exc})", source=name)


def write_atomic(path: str | Path | None, text: str, *, force: bool = False) -> None:
    """Write a whole file atomically (checked first; never replaced without ``force``);
    with no path, to stdout."""
    with Target(None if path is None else str(path), force=force, keep=True) as target:
        target.write(text)


def _file_mode(target: Path) -> int:
    """Keep an overwritten file's mode; give a new one the usual umask-based mode."""
    if target.exists():
        return target.stat().st_mode & 0o7777
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def resume(path: str | Path) -> set[str]:
    """Make ``path`` ready for a resumed JSON Lines run and return the sources it has
    done: its error records (tried again) and a line torn by an interruption are
    dropped, the file rewritten atomically without them if need be. No file: none."""
    kept, done, whole = resume_state(path)
    if not whole:
        write_atomic(path, kept.decode("utf-8"), force=True)
    return done


def resume_state(path: str | Path) -> tuple[bytes, set[str], bool]:
    """What a resumed JSON Lines run keeps of ``path``: its successful records (error
    records are dropped, so those sources are tried again; a line torn by an
    interruption is dropped too), the sources they cover, and whether that is the
    whole file. No file: nothing."""
    target = Path(path)
    name = str(path)
    if not target.exists():
        return b"", set(), True
    check_target(target, force=True)
    kept: list[bytes] = []
    done: set[str] = set()
    whole = True
    try:
        with target.open("rb") as handle:
            for raw in handle:
                if not raw.endswith(b"\n"):
                    whole = False
                    break  # a line torn by an interruption
                try:
                    record = json.loads(raw)
                except ValueError:
                    record = None
                if not (isinstance(record, dict) and isinstance(record.get("source"), str)):
                    raise OutputError(
                        "is not a tradesum JSON Lines file; cannot resume into it", source=name
                    )
                if "error" not in record:
                    kept.append(raw)
                    origin = record.get("origin")
                    done.add(origin if isinstance(origin, str) else record["source"])
                else:
                    whole = False
    except OSError as exc:
        raise OutputError(f"cannot be read ({exc.strerror or exc})", source=name) from None
    return b"".join(kept), done, whole
