"""Provides the commands that look after the store: ``reindex``, ``check``, ``locate``."""

from __future__ import annotations

import argparse
from typing import TextIO

from reader.cli.errors import EXIT_FAILED, EXIT_OK, UsageError, err
from reader.cli.opening import open_store, stale_index, store_path
from reader.textsafe import one_line


def cmd_reindex(args: argparse.Namespace, out: TextIO) -> int:
    """``reader reindex``: rebuild the people/places and word indexes."""
    from reader.store.maintenance import reindex

    store = open_store(args, seed=False)
    if not store.exists():
        out.write("the store is empty: nothing to reindex\n")
        return EXIT_OK
    n = reindex(store, on_wait=err)
    out.write(f"reindexed {n} articles\n")
    return EXIT_OK


def cmd_check(args: argparse.Namespace, out: TextIO) -> int:
    """``reader check [--repair]``: verify the store; with --repair, fix what can be fixed."""
    from reader.store.maintenance import check, repair

    store = open_store(args, seed=False)
    if not store.exists():
        out.write(f"no store at {one_line(store.label)}: nothing to check\n")
        return EXIT_OK
    if args.force and not args.repair:
        raise UsageError("--force goes with --repair")
    if args.repair:
        report = repair(store, on_wait=err, force=args.force)
        for line in report.lines():
            out.write(one_line(line) + "\n")
        return EXIT_OK if report.ok else EXIT_FAILED
    problems = check(store)
    if not problems:
        out.write(f"store {one_line(store.label)} is consistent: {store.count()} articles\n")
        stale = stale_index(store)
        if stale:
            out.write(stale + "\n")
        return EXIT_OK
    for line in problems:
        out.write(one_line(line) + "\n")
    plural = "s" if len(problems) != 1 else ""
    out.write(f"{len(problems)} problem{plural}; run `reader check --repair`\n")
    return EXIT_FAILED


def cmd_locate(args: argparse.Namespace, out: TextIO) -> int:
    """``reader locate data|config``: print where the store or the config file lives."""
    if args.what == "data":
        out.write(one_line(store_path(args)[0]) + "\n")
    else:
        from reader.config import config_path

        out.write(one_line(str(config_path())) + "\n")
    return EXIT_OK
