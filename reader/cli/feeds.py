"""Provides the subscription commands: subscribe, unsubscribe, feeds, refresh, opml."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from reader.cli.errors import EXIT_FAILED, EXIT_INTERRUPTED, EXIT_OK, UsageError, err
from reader.cli.importing import stop_on_interrupt
from reader.cli.opening import open_store, stale_index
from reader.textsafe import one_line

if TYPE_CHECKING:
    from reader.feeds import FeedReport, Subscription, SubscriptionList


def _subscriptions(args: argparse.Namespace) -> SubscriptionList:
    from reader.feeds import SubscriptionList

    return SubscriptionList(open_store(args, seed=False).backend)


def cmd_subscribe(args: argparse.Namespace, out: TextIO) -> int:
    """``reader subscribe URL [--name NAME]``: follow a feed (fetched by ``refresh``)."""
    from reader.feeds import FeedError

    try:
        sub = _subscriptions(args).add(args.url, args.name)
    except FeedError as exc:
        err(one_line(str(exc)))
        return EXIT_FAILED
    out.write(f"subscribed to {one_line(sub.name)} <{one_line(sub.url)}>; "
              "`reader refresh` fetches it\n")
    return EXIT_OK


def cmd_unsubscribe(args: argparse.Namespace, out: TextIO) -> int:
    """``reader unsubscribe NAME|URL...``: stop following feeds (their articles stay)."""
    from reader.feeds import FeedError

    subs = _subscriptions(args)
    status = EXIT_OK
    for ref in args.feeds:
        try:
            sub = subs.remove(ref)
        except FeedError as exc:
            err(one_line(str(exc)))
            status = EXIT_FAILED
            continue
        out.write(f"unsubscribed from {one_line(sub.name)} <{one_line(sub.url)}>; "
                  f"its {sub.articles} articles stay in the store\n")
    return status


def feed_row(sub: Subscription) -> str:
    """One line of ``reader feeds``: name, URL, articles, last refresh, last error."""
    when = sub.refreshed_at.replace("T", " ").removesuffix("+00:00") + " UTC" \
        if sub.refreshed_at else "never refreshed"
    articles = f"{sub.articles} article{'s' if sub.articles != 1 else ''}"
    line = f"{one_line(sub.name, 40)}  <{one_line(sub.url, 200)}>  {articles}, {when}"
    if sub.error:
        line += f", last error: {one_line(sub.error, 200)}"
    return line


def cmd_feeds(args: argparse.Namespace, out: TextIO) -> int:
    """``reader feeds [--json]``: the subscriptions, with their last refresh."""
    from reader.textsafe import dumps_json

    subs = _subscriptions(args).all()
    if args.json:
        out.write(dumps_json([s.to_doc() for s in subs]) + "\n")
        return EXIT_OK
    if not subs:
        out.write("no subscriptions: `reader subscribe URL` follows a feed\n")
        return EXIT_OK
    for sub in subs:
        out.write(feed_row(sub) + "\n")
    return EXIT_OK


def cmd_refresh(args: argparse.Namespace, out: TextIO) -> int:
    """``reader refresh [NAME...]``: fetch feeds and store their new articles."""
    from reader.feeds import FeedError, SubscriptionList, refresh_feeds, summary_line

    store = open_store(args, seed=False)
    try:
        chosen = SubscriptionList(store.backend).select(args.feeds)
    except FeedError as exc:
        raise UsageError(str(exc)) from None
    if not chosen:
        out.write("no subscriptions: `reader subscribe URL` follows a feed\n")
        return EXIT_OK

    def on_feed(report: FeedReport) -> None:
        if report.failed or not args.quiet:
            out.write(report.describe() + "\n")
            out.flush()

    with stop_on_interrupt("stopping: feeds already stored are kept, "
                           "those still coming are left for the next refresh") as stop:
        reports = refresh_feeds(store, chosen, on_feed=on_feed, on_wait=err,
                                should_stop=stop.is_set)
    out.write(f"{summary_line(reports)}; the store holds {store.count()} articles\n")
    stale = stale_index(store) if any(r.imported for r in reports) else None
    if stale:
        err(stale)
    if stop.is_set():
        err(f"interrupted: {len(reports)} of {len(chosen)} feeds refreshed")
        return EXIT_INTERRUPTED
    return EXIT_FAILED if any(r.failed for r in reports) else EXIT_OK


def cmd_opml(args: argparse.Namespace, out: TextIO) -> int:
    """``reader opml import FILE`` / ``reader opml export [FILE]``."""
    if args.action == "export":
        return _export(args, out)
    return _import(args, out)


def _export(args: argparse.Namespace, out: TextIO) -> int:
    from reader.feeds.opml import write_opml

    text = write_opml(_subscriptions(args).all())
    if args.file in (None, "-"):
        out.write(text)
        return EXIT_OK
    path = Path(args.file)
    path.write_text(text, encoding="utf-8")
    print(f"wrote {text.count('<outline')} feeds to {one_line(str(path))}", file=sys.stderr)
    return EXIT_OK


def _import(args: argparse.Namespace, out: TextIO) -> int:
    from reader.feeds import FeedError
    from reader.feeds.opml import OpmlError, read_opml
    from reader.feeds.subscriptions import AlreadySubscribed

    if args.file in (None, "-"):
        raise UsageError("opml import needs the OPML file to read")
    try:
        outlines = read_opml(Path(args.file))
    except OpmlError as exc:
        err(f"{one_line(args.file)}: {one_line(str(exc))}")
        return EXIT_FAILED
    subs = _subscriptions(args)
    added = failed = 0
    for outline in outlines:
        try:
            sub = subs.add(outline.url, outline.name)
        except AlreadySubscribed as exc:
            out.write(f"kept       {one_line(str(exc))}\n")
            continue
        except FeedError as exc:
            out.write(f"skipped    {one_line(str(exc))}\n")
            failed += 1
            continue
        added += 1
        out.write(f"subscribed {one_line(sub.name)} <{one_line(sub.url)}>\n")
    out.write(f"{len(outlines)} feeds in {one_line(args.file)}: {added} subscribed, "
              f"{failed} skipped; `reader refresh` fetches them\n")
    return EXIT_FAILED if failed else EXIT_OK
