"""Fetching ``http://`` and ``https://`` inputs, through httpx (imported only when a URL
is given).

One request per URL, with a descriptive user agent; connect and read timeouts and a
deadline for the whole response; at most :data:`MAX_REDIRECTS` redirects; the size
limit applied to the bytes as they arrive *and* as they inflate (tradesum decodes
gzip and deflate itself, a bounded piece at a time, so a small response that inflates
past the limit is refused before it fills memory). Every failure is an
:class:`~tradesum.errors.InputError` in the reader's terms (the host cannot be found,
refused, did not answer, HTTP 404, too large).
"""

from __future__ import annotations

import time
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from tradesum._version import __version__
from tradesum.errors import InputError, TooLarge

#: Seconds to wait to connect and between bytes, unless the caller says otherwise.
DEFAULT_TIMEOUT = 10.0
#: The whole response must arrive within this many timeouts.
DEADLINE_FACTOR = 6
MAX_REDIRECTS = 5
USER_AGENT = f"tradesum/{__version__} (news summarizer; +https://pypi.org/project/tradesum/)"
_INFLATE_STEP = 1 << 16


@dataclass(frozen=True, slots=True)
class Response:
    """What a URL answered: where it ended up, its content type and its bytes."""

    url: str
    media_type: str
    data: bytes


def is_url(text: str) -> bool:
    return text[:8].lower().startswith(("http://", "https://"))


def fetch(
    url: str, *, max_bytes: int, timeout: float = DEFAULT_TIMEOUT, name: str | None = None
) -> Response:
    """The response of ``url``, or an :class:`InputError` saying why there is none."""
    import httpx

    name = name or url
    parts = urlsplit(url)
    if not parts.hostname:
        raise InputError(
            "is not a URL with a host; give one like https://example.com/a", source=name
        )
    deadline = time.monotonic() + DEADLINE_FACTOR * timeout
    headers = {"User-Agent": USER_AGENT, "Accept-Encoding": "gzip, deflate", "Accept": "*/*"}
    try:
        with (
            httpx.Client(
                follow_redirects=True,
                max_redirects=MAX_REDIRECTS,
                timeout=httpx.Timeout(timeout),
                headers=headers,
            ) as client,
            client.stream("GET", url) as response,
        ):
            if response.status_code >= 400:
                raise InputError(_status(response.status_code, response.reason_phrase), source=name)
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > max_bytes:
                raise TooLarge(limit=max_bytes, source=name)
            encoding = response.headers.get("content-encoding", "").strip().lower()
            raw = response.iter_raw()  # as it arrives, so the deadline is checked
            data = _read(_decoded(raw, encoding, name), max_bytes, deadline, timeout, name)
            media_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
            return Response(str(response.url), media_type, data)
    except httpx.TooManyRedirects:
        raise InputError(
            f"redirects more than {MAX_REDIRECTS} times (a redirect loop?); check the link",
            source=name,
        ) from None
    except httpx.TimeoutException:
        raise InputError(
            f"did not answer within {timeout:g} s; try again later or raise --timeout",
            source=name,
        ) from None
    except httpx.ConnectError as exc:
        raise InputError(_connect_failure(exc, parts.hostname), source=name) from None
    except httpx.UnsupportedProtocol:
        raise InputError("is not an http:// or https:// URL", source=name) from None
    except (httpx.HTTPError, httpx.InvalidURL, OSError) as exc:
        reason = " ".join(str(exc).split())[:120] or type(exc).__name__
        raise InputError(f"could not be fetched ({reason})", source=name) from None


def _status(code: int, reason: str) -> str:
    if code == 404 or code == 410:
        return f"was not found (HTTP {code}); check the link"
    if code in (401, 403):
        return f"refused access (HTTP {code} {reason}); tradesum cannot log in"
    if code == 429:
        return "refused: too many requests (HTTP 429); try again later"
    if code >= 500:
        return f"failed on the server's side (HTTP {code} {reason}); try again later"
    return f"answered HTTP {code} {reason}"


def _connect_failure(exc: Exception, host: str) -> str:
    text = str(exc).lower()
    if any(
        cue in text
        for cue in ("name or service", "nodename", "getaddrinfo", "name resolution", "no address")
    ):
        return f"cannot find the host {host} (DNS); check the address or your connection"
    if "refused" in text:
        return f"{host} refused the connection; check the address and port"
    reason = " ".join(str(exc).split())[:120] or "no route"
    return f"cannot connect to {host} ({reason})"


def _decoded(raw: Iterator[bytes], encoding: str, name: str) -> Iterator[bytes]:
    """The body's bytes, gzip or deflate undone a bounded piece at a time."""
    if encoding in ("", "identity"):
        yield from raw
        return
    if encoding in ("gzip", "x-gzip"):
        inflater: Any = zlib.decompressobj(16 + zlib.MAX_WBITS)
    elif encoding == "deflate":
        inflater = zlib.decompressobj()
    else:
        raise InputError(f"was sent in an encoding tradesum cannot undo ({encoding})", source=name)
    try:
        for chunk in raw:
            pending = chunk
            while pending:
                out = inflater.decompress(pending, _INFLATE_STEP)
                pending = inflater.unconsumed_tail
                if out:
                    yield out
        tail = inflater.flush()
        if tail:
            yield tail
    except zlib.error:
        raise InputError(f"sent a damaged {encoding} body", source=name) from None


def _read(
    chunks: Iterator[bytes], max_bytes: int, deadline: float, timeout: float, name: str
) -> bytes:
    parts: list[bytes] = []
    size = 0
    for chunk in chunks:
        size += len(chunk)
        if size > max_bytes:
            raise TooLarge(limit=max_bytes, source=name)
        if time.monotonic() > deadline:
            raise InputError(
                f"was still arriving after {DEADLINE_FACTOR * timeout:g} s; "
                "try again later or raise --timeout",
                source=name,
            )
        parts.append(chunk)
    return b"".join(parts)
