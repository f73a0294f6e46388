"""Provides the subscription list: feed URLs the user follows, kept in the store (no Textual).

Subscriptions are user state, like read marks: they live in a ``feeds`` table
of the store's ``state.json`` (replaced atomically on every change, written
under the writer lock), so ``reindex`` and ``check --repair``, which rebuild
the shards, keep them.  Each row holds the URL, a name, what the last refresh
learnt (ETag, Last-Modified, when, the error if any) and how many articles the
feed has brought.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from reader.store.backend import Backend
from reader.textsafe import one_line

#: The state table the subscriptions live in.
TABLE = "feeds"

#: The longest URL accepted (browsers and servers refuse far shorter ones).
MAX_URL_CHARS = 2000

_SPACE_OR_CONTROL = re.compile(r"[\s\x00-\x1f\x7f-\x9f]")


class FeedError(ValueError):
    """A subscription could not be made or found; ``str()`` is one line for people."""


class AlreadySubscribed(FeedError):
    """The URL, or the name, is already taken by a subscription."""


@dataclass(frozen=True, slots=True)
class Subscription:
    """One feed the user follows, and what its last refresh learnt."""

    url: str
    """The feed's address (http or https), as normalised by :func:`check_url`."""
    name: str
    """What lists and messages call it (the user's ``--name``, else the host)."""
    etag: str | None = None
    """The server's ETag from the last refresh that brought the feed (conditional GET)."""
    last_modified: str | None = None
    """The server's Last-Modified from that refresh."""
    refreshed_at: str | None = None
    """When it was last refreshed, successfully or not (ISO 8601, UTC)."""
    error: str | None = None
    """Why the last refresh failed (None: it worked)."""
    articles: int = 0
    """Articles this feed has stored (new ones only; duplicates are not counted)."""

    def to_doc(self) -> dict[str, Any]:
        """The row as stored in ``state.json``."""
        return dataclasses.asdict(self)

    @classmethod
    def from_doc(cls, doc: dict[str, Any]) -> Subscription | None:
        """A row read back (None for a row that is not a subscription, left alone)."""
        url, name = doc.get("url"), doc.get("name")
        if not isinstance(url, str) or not isinstance(name, str):
            return None
        fields = {f.name for f in dataclasses.fields(cls)}
        values = {k: v for k, v in doc.items() if k in fields}
        for key in ("etag", "last_modified", "refreshed_at", "error"):
            if not isinstance(values.get(key), str | None):
                values[key] = None
        if not isinstance(values.get("articles", 0), int):
            values["articles"] = 0
        return cls(**values)


def check_url(text: str) -> str:
    """The URL of a feed, checked: http or https, a host, no spaces or controls.

    The scheme and host are lower-cased; the rest is kept as given.

    Raises:
        FeedError: It is not a URL Khabar fetches (one line saying why).
    """
    url = text.strip()
    shown = one_line(url, 120)
    if not url:
        raise FeedError("empty URL")
    if len(url) > MAX_URL_CHARS:
        raise FeedError(f"URL longer than {MAX_URL_CHARS} characters")
    if _SPACE_OR_CONTROL.search(url):
        raise FeedError(f"{shown}: a URL has no spaces or control characters")
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise FeedError(f"{shown}: not a valid URL ({exc})") from None
    if parts.scheme.lower() not in ("http", "https"):
        scheme = f"{parts.scheme}: URLs" if parts.scheme else "a URL without http:// or https://"
        raise FeedError(f"{shown}: only http and https feeds can be followed, not {scheme}")
    if not parts.hostname:
        raise FeedError(f"{shown}: the URL names no host")
    del port  # read only to check it is a number
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path or "/",
                       parts.query, parts.fragment))


def default_name(url: str) -> str:
    """The name a feed gets without ``--name``: its host, without ``www.``."""
    host = urlsplit(url).hostname or url
    return host.removeprefix("www.")


class SubscriptionList:
    """The subscriptions of one store (the ``feeds`` table of its ``state.json``)."""

    def __init__(self, backend: Backend) -> None:
        self.backend = backend
        """Where the store's files live (see :attr:`reader.store.ArticleStore.backend`)."""

    def all(self) -> list[Subscription]:
        """Every subscription, in the order they were made."""
        self.backend.reset_state_cache()  # another process may have subscribed
        rows = self.backend.state_db().table(TABLE).all()
        return [sub for sub in map(Subscription.from_doc, rows) if sub is not None]

    def find(self, ref: str) -> Subscription:
        """The subscription whose name or URL is ``ref`` (names compared without case).

        Raises:
            FeedError: None matches.
        """
        subs = self.all()
        for sub in subs:
            if ref == sub.url or ref.casefold() == sub.name.casefold():
                return sub
        try:
            url = check_url(ref)
        except FeedError:
            url = None
        for sub in subs:
            if sub.url == url:
                return sub
        raise FeedError(f"no subscription named {one_line(ref, 120)} (see `reader feeds`)")

    def select(self, refs: Iterable[str]) -> list[Subscription]:
        """The subscriptions ``refs`` name, in that order (all of them when none is given).

        Raises:
            FeedError: One of them names no subscription.
        """
        wanted = list(refs)
        if not wanted:
            return self.all()
        found: list[Subscription] = []
        for ref in wanted:
            sub = self.find(ref)
            if sub not in found:
                found.append(sub)
        return found

    def add(self, url: str, name: str | None = None) -> Subscription:
        """Subscribe to ``url``; nothing is fetched until a refresh.

        Raises:
            FeedError: The URL is not http(s), or it or the name is already followed.
        """
        url = check_url(url)
        name = one_line((name or "").strip(), 80) or default_name(url)
        with self.backend.writing():
            self.backend.reset_state_cache()
            for sub in self.all():
                shown = one_line(sub.url, 120)
                if sub.url == url:
                    raise AlreadySubscribed(f"already subscribed to {shown} as {sub.name}")
                if sub.name.casefold() == name.casefold():
                    raise AlreadySubscribed(f"a feed is already named {name} ({shown}); "
                                            "choose another with --name")
            sub = Subscription(url=url, name=name)
            self.backend.state_db().table(TABLE).insert(sub.to_doc())
        return sub

    def remove(self, ref: str) -> Subscription:
        """Unsubscribe (the articles the feed brought stay in the store).

        Raises:
            FeedError: ``ref`` names no subscription.
        """
        with self.backend.writing():
            sub = self.find(ref)
            table = self.backend.state_db().table(TABLE)
            table.remove(lambda doc: doc.get("url") == sub.url)
        return sub

    def save(self, sub: Subscription) -> None:
        """Record what a refresh learnt (a feed unsubscribed meanwhile stays gone)."""
        with self.backend.writing():
            self.backend.reset_state_cache()
            table = self.backend.state_db().table(TABLE)
            table.update(sub.to_doc(), lambda doc: doc.get("url") == sub.url)
