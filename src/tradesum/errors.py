"""The one error family of tradesum, and the exit codes the CLI maps it to.

The library raises these in domain terms ("larger than the 20 MB limit", "already
exists"); it never names a command-line flag. Only the CLI catches them, adds the flag
that helps (see ``cli.HINTS``), writes one line on stderr and picks the exit code.
Nothing here prints or exits.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum


class ExitCode(IntEnum):
    """Process exit codes of the ``tradesum`` command (documented in the README)."""

    OK = 0
    INTERNAL = 1  # a bug in tradesum: please report it
    USAGE = 2  # bad options or arguments
    INPUT = 3  # no input could be read (missing, empty, binary, undecodable, ...)
    PARTIAL = 4  # some inputs failed, the others were processed
    OUTPUT = 5  # the output could not be written (exists, folder missing, not writable)
    INTERRUPTED = 130  # stopped by Ctrl-C


class TradesumError(Exception):
    """Base class of every error tradesum raises on purpose.

    ``message`` is a complete one-line sentence for a person: what is wrong and, in the
    library's own terms, what to do. ``source`` names the input or output it concerns.
    """

    exit_code: ExitCode = ExitCode.INTERNAL

    def __init__(self, message: str, *, source: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.source = source

    def __str__(self) -> str:
        if self.source:
            return f"{self.source}: {self.message}"
        return self.message


class UsageError(TradesumError):
    """An option or argument out of range, or options that contradict each other."""

    exit_code = ExitCode.USAGE


class EngineError(UsageError):
    """The Dask engine cannot be used: not installed, or no scheduler at the address."""


class InputError(TradesumError):
    """An input that cannot be read or holds no usable text."""

    exit_code = ExitCode.INPUT


class TooLarge(InputError):
    """An input over the size limit (``limit`` bytes)."""

    def __init__(self, *, limit: int, source: str | None = None) -> None:
        megabytes = limit / (1024 * 1024)
        shown = f"{megabytes:g} MB" if megabytes >= 1 else f"{limit} bytes"
        super().__init__(f"is larger than the {shown} limit", source=source)
        self.limit = limit


class Unsupported(InputError):
    """An input of a kind tradesum recognises but cannot read yet (``what``: "a PDF file")."""

    def __init__(self, what: str, *, source: str | None = None) -> None:
        super().__init__(
            f"looks like {what}, which tradesum cannot read yet; convert it to text first",
            source=source,
        )
        self.what = what


class TooLong(InputError):
    """A document with more sentences than a slow method handles in reasonable time."""

    def __init__(self, *, method: str, sentences: int, limit: int, source: str | None) -> None:
        super().__init__(
            f"has {sentences} sentences; the {method} method is limited to {limit} because "
            "it slows down sharply past that",
            source=source,
        )
        self.method, self.sentences, self.limit = method, sentences, limit


class OutputError(TradesumError):
    """An output that cannot be written."""

    exit_code = ExitCode.OUTPUT


class OutputExists(OutputError):
    """The output file exists and replacing it was not allowed."""

    def __init__(self, *, source: str) -> None:
        super().__init__("already exists", source=source)


@dataclass(frozen=True, slots=True)
class Failure:
    """An input that failed, kept as data so that batch runs report it and go on."""

    source: str
    message: str
    #: The error's class name (``"TooLarge"``), so the CLI can add the flag that helps.
    reason: str = "InputError"

    @classmethod
    def of(cls, source: str, error: TradesumError) -> Failure:
        return cls(source, error.message, type(error).__name__)
