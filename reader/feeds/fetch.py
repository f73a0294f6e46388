"""Provides fetch(): one feed's bytes over HTTP(S), within limits, or one line saying why not.

Built on httpx.  Every request:

- is a conditional GET when the last refresh left an ETag or a Last-Modified
  (an unchanged feed costs one small request and answers 304);
- names Khabar in its User-Agent and asks for gzip (httpx decodes it);
- follows at most :data:`MAX_REDIRECTS` redirects, to http or https only
  (httpx refuses any other scheme);
- gives up past a total deadline (a server that trickles bytes cannot hold a
  refresh for ever), and past :func:`max_feed_bytes` of decoded body (a gzip
  bomb is counted after decoding).

Nothing else is fetched: the feed parser is given the bytes, with external
entities off and the doctype replaced (feedparser), so no DTD or entity named
in a feed is ever requested.
"""

from __future__ import annotations

import os
import socket
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass

import httpx

from reader import __version__

#: Redirects followed before a feed is given up as a redirect loop.
MAX_REDIRECTS = 5
#: Seconds a whole request may take, connection to last byte (READER_FEED_TIMEOUT).
DEFAULT_TIMEOUT_S = 30.0
#: Largest feed body accepted, after gzip is decoded (READER_MAX_FEED_MB).
DEFAULT_MAX_FEED_MB = 16
#: The longest ETag or Last-Modified kept for the next conditional GET.
MAX_VALIDATOR_CHARS = 512
USER_AGENT = f"Khabar/{__version__} (terminal news reader; feed refresh)"
ACCEPT = ("application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, "
          "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5")

#: The error of a fetch given up because the refresh was stopped.
STOPPED = "stopped"

#: Told (bytes so far, bytes expected or None) as a body arrives.
Progress = Callable[[int, int | None], None]


def _env_number(name: str, default: float) -> float:
    raw = os.environ.get(name, "")
    try:
        value = float(raw)
    except ValueError:
        return default
    return value if value > 0 else default


def feed_timeout() -> float:
    """Seconds a feed's request may take in all (``READER_FEED_TIMEOUT``, default 30)."""
    return _env_number("READER_FEED_TIMEOUT", DEFAULT_TIMEOUT_S)


def max_feed_bytes() -> int:
    """Largest feed accepted, in bytes (``READER_MAX_FEED_MB``, default 16 MiB)."""
    return int(_env_number("READER_MAX_FEED_MB", DEFAULT_MAX_FEED_MB) * 1024 * 1024)


@dataclass(frozen=True, slots=True)
class FetchResult:
    """What fetching one feed gave: a body, "unchanged" (304), or an error."""

    body: bytes | None = None
    """The feed's bytes (None when unchanged or failed)."""
    etag: str | None = None
    last_modified: str | None = None
    error: str | None = None
    """Why it failed, one line without the URL (None: it did not)."""

    @property
    def unchanged(self) -> bool:
        """The server said 304 Not Modified."""
        return self.body is None and self.error is None


class _Refused(Exception):
    """The response is refused by a limit (the message says which)."""


def fetch(url: str, *, etag: str | None = None, last_modified: str | None = None,
          timeout: float | None = None, max_bytes: int | None = None,
          on_progress: Progress | None = None,
          should_stop: Callable[[], bool] | None = None) -> FetchResult:
    """Fetch one feed; never raises for anything the network or the server does.

    Args:
        url: An http or https URL (checked by the caller).
        etag, last_modified: From the last refresh, for a conditional GET.
        timeout: Seconds for the whole request (default :func:`feed_timeout`).
        max_bytes: Largest body accepted (default :func:`max_feed_bytes`).
        on_progress: Told the bytes received so far as they arrive.
        should_stop: Polled as the body arrives; True gives up ("stopped").
    """
    timeout = feed_timeout() if timeout is None else timeout
    limit = max_feed_bytes() if max_bytes is None else max_bytes
    headers = {"User-Agent": USER_AGENT, "Accept": ACCEPT, "Accept-Encoding": "gzip, deflate"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    deadline = time.monotonic() + timeout
    try:
        with httpx.Client(follow_redirects=True, max_redirects=MAX_REDIRECTS,
                          timeout=httpx.Timeout(timeout), headers=headers) as client, \
                client.stream("GET", url) as response:
            if response.status_code == 304:
                return FetchResult(etag=etag, last_modified=last_modified)
            if response.status_code >= 400:
                return FetchResult(error=_status_line(response))
            if response.status_code != 200:
                return FetchResult(error=f"unexpected HTTP {response.status_code} "
                                   f"{response.reason_phrase}".rstrip())
            body = _read_body(response, limit, deadline, on_progress, should_stop)
            return FetchResult(body=body, etag=_validator(response, "etag"),
                               last_modified=_validator(response, "last-modified"))
    except _Refused as exc:
        return FetchResult(error=str(exc))
    except (httpx.TimeoutException, TimeoutError):
        return FetchResult(error=f"timed out (no answer within {timeout:g} s)")
    except httpx.TooManyRedirects:
        return FetchResult(error=f"too many redirects (more than {MAX_REDIRECTS}; a loop?)")
    except httpx.UnsupportedProtocol as exc:
        return FetchResult(error=f"redirected to a URL that is not http or https ({exc})")
    except httpx.HTTPError as exc:
        return FetchResult(error=describe_network_error(exc))
    except (OSError, ValueError) as exc:
        return FetchResult(error=f"cannot fetch ({type(exc).__name__}: {exc})")


def _validator(response: httpx.Response, name: str) -> str | None:
    """An ETag or Last-Modified worth sending back: printable ASCII of sane length, else None
    (a hostile value must not make every later request of the feed fail)."""
    value = response.headers.get(name)
    if value is None or len(value) > MAX_VALIDATOR_CHARS:
        return None
    return value if value.isascii() and value.isprintable() and value.strip() else None


def _status_line(response: httpx.Response) -> str:
    return f"HTTP {response.status_code} {response.reason_phrase}".rstrip()


def _read_body(response: httpx.Response, limit: int, deadline: float,
               on_progress: Progress | None, should_stop: Callable[[], bool] | None) -> bytes:
    """The response's decoded body, refused past ``limit`` bytes or the deadline."""
    declared = response.headers.get("content-length", "")
    expected = int(declared) if declared.isdigit() else None
    encoded = response.headers.get("content-encoding", "identity").lower()
    if expected is not None and expected > limit and encoded in ("", "identity"):
        raise _Refused(_too_large(limit, f"{expected:,} bytes announced"))
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > limit:
            raise _Refused(_too_large(limit, "the body kept coming"))
        chunks.append(chunk)
        if time.monotonic() > deadline:
            raise TimeoutError
        if should_stop is not None and should_stop():
            raise _Refused(STOPPED)
        if on_progress is not None:
            on_progress(size, expected)
    return b"".join(chunks)


def _too_large(limit: int, detail: str) -> str:
    return (f"too large: over {limit / 1024 / 1024:g} MiB ({detail}; "
            "READER_MAX_FEED_MB raises the limit)")


def describe_network_error(exc: httpx.HTTPError) -> str:
    """One line for a connection that failed: DNS, TLS, refused, or the error itself."""
    cause: BaseException | None = exc
    while cause is not None:
        if isinstance(cause, socket.gaierror):
            return "DNS: the host name could not be resolved"
        if isinstance(cause, ssl.SSLCertVerificationError):
            return f"TLS: the certificate could not be verified ({cause.verify_message})"
        if isinstance(cause, ssl.SSLError):
            return f"TLS: the secure connection failed ({cause.reason or cause})"
        if isinstance(cause, ConnectionRefusedError):
            return "connection refused (nothing listens there)"
        cause = cause.__cause__ or cause.__context__
    text = str(exc)
    lowered = text.lower()
    if "name or service not known" in lowered or "nodename nor servname" in lowered or \
            "temporary failure in name resolution" in lowered:
        return "DNS: the host name could not be resolved"
    if "certificate" in lowered or "ssl" in lowered:
        return f"TLS: {text}"
    if "connection refused" in lowered:
        return "connection refused (nothing listens there)"
    return f"network error ({type(exc).__name__}: {text})" if text else \
        f"network error ({type(exc).__name__})"
