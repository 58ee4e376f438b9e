"""The one error family of tradesum, and the exit codes the CLI maps it to.

The library raises these; only the CLI catches them (turning each into one line on
stderr and a documented exit code). Nothing here prints or exits.
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

    ``message`` is a complete one-line sentence for a person: what is wrong and
    what to do. ``source`` names the input or output it concerns, if any.
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


class InputError(TradesumError):
    """An input that cannot be read or holds no usable text."""

    exit_code = ExitCode.INPUT


class OutputError(TradesumError):
    """An output that cannot be written, or would overwrite a file without --force."""

    exit_code = ExitCode.OUTPUT


@dataclass(frozen=True, slots=True)
class Failure:
    """An input that failed, kept as data so that batch runs report it and go on."""

    source: str
    message: str

    @classmethod
    def of(cls, source: str, error: TradesumError) -> Failure:
        return cls(source, error.message)
