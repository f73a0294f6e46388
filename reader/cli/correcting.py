"""Provides ``reader correct``: hide, merge and link people and places; list and undo (no widgets).

- ``reader correct hide ENTITY [--article REF]``: ENTITY is wrong (everywhere, or in one article);
- ``reader correct merge ENTITY INTO``: every mention of ENTITY counts as INTO's;
- ``reader correct link NAME PERSON [--article REF]``: the name NAME means PERSON
  (in one article, or wherever the extractor named someone so);
- ``reader correct list [--json]`` and ``reader correct undo N...``.

ENTITY, INTO and PERSON are a key (``person:ash-carter``) or a name in any
spelling the archive (or, for INTO and PERSON, the leaders data) knows.  A
name several entities share is refused with their keys, one line.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, TextIO

from reader.cli.errors import EXIT_OK, UsageError
from reader.cli.opening import open_store, resolve_article
from reader.textsafe import dumps_json, one_line

if TYPE_CHECKING:
    from collections.abc import Mapping

    from reader.corrections import Correction, Target
    from reader.corrections.people import Candidate
    from reader.models import Article, Entity
    from reader.store import ArticleStore
    from reader.store.api import CatalogEntry
    from reader.store.corrections import CorrectionFile


def cmd_correct(args: argparse.Namespace, out: TextIO) -> int:
    """``reader correct ACTION ...`` (see the module docstring)."""
    from reader.store.corrections import CorrectionFile

    store = open_store(args, seed=False)
    if args.correct_action in ("list", "undo") and not store.exists():
        out.write("no corrections\n" if args.correct_action == "list" else "")
        if args.correct_action == "undo":
            raise UsageError(f"no correction number {args.numbers[0]} (the store is empty)")
        return EXIT_OK
    if not store.exists():
        raise UsageError(f"the store {one_line(store.label)} is empty: nothing to correct")
    kept = CorrectionFile(store.backend)
    if args.correct_action == "list":
        return _list(kept, out, as_json=args.json)
    if args.correct_action == "undo":
        return _undo(kept, args.numbers, out)
    correction = _correction(store, args)
    made = kept.add(correction)
    out.write(f"{made.id}: {one_line(made.describe())} (`reader correct undo {made.id}` "
              "undoes it)\n")
    return EXIT_OK


def _list(kept: CorrectionFile, out: TextIO, *, as_json: bool) -> int:
    items = kept.all()
    if as_json:
        out.write(dumps_json([dict(c.to_doc()) for c in items]) + "\n")
    elif not items:
        out.write("no corrections\n")
    for c in [] if as_json else items:
        out.write(f"{c.id:>4}  {c.made[:10]}  {one_line(c.describe())}\n")
    return EXIT_OK


def _undo(kept: CorrectionFile, numbers: list[int], out: TextIO) -> int:
    from reader.store.corrections import CorrectionNotFound

    known = {c.id for c in kept.all()}
    missing = [n for n in numbers if n not in known]
    if missing:
        raise UsageError(f"no correction number {missing[0]} (see `reader correct list`)")
    for n in dict.fromkeys(numbers):
        try:
            gone = kept.remove(n)
        except CorrectionNotFound as exc:  # undone meanwhile by another process
            raise UsageError(str(exc)) from None
        out.write(f"undone {n}: {one_line(gone.describe())}\n")
    return EXIT_OK


def _correction(store: ArticleStore, args: argparse.Namespace) -> Correction:
    from reader.corrections import CorrectedReader, Correction
    from reader.store.corrections import CorrectionFile

    reader = CorrectedReader(store, source=CorrectionFile(store.backend))
    catalog = reader.catalog()
    action = args.correct_action
    article = resolve_article(store, args.article) if getattr(args, "article", None) else None
    if action == "hide":
        key, label = (_in_article(article, args.entity)[:2] if article
                      else _entity(catalog, args.entity))
        return Correction("hide", key=key, label=label, article=article.id if article else None)
    if action == "merge":
        key, label = _entity(catalog, args.entity)
        target = _target(catalog, args.into)
        if reader.corrections.canonical(target.key) == key or target.key == key:
            raise UsageError(f"{one_line(target.label)} already counts as {one_line(label)}: "
                             "undo that merge first")
        return Correction("merge", key=key, label=label, target=target)
    target = _target(catalog, args.person)
    if article is None:
        return Correction("link", form=args.name.strip(), label=args.name.strip(), target=target)
    key, label, count = _in_article(article, args.name)
    return Correction("link", key=key, form=args.name.strip(), label=args.name.strip(),
                      target=target, article=article.id, count=count)


def _entity(catalog: Mapping[str, CatalogEntry], ref: str) -> tuple[str, str]:
    """The archive entity ``ref`` names (key and label)."""
    found = _one(ref, _candidates(catalog, ref, leaders=False), "in the archive")
    return found.target.key, found.target.label


def _target(catalog: Mapping[str, CatalogEntry], ref: str) -> Target:
    """Who ``ref`` names: an archive entity or a person of the leaders data."""
    return _one(ref, _candidates(catalog, ref, leaders=True),
                "in the archive or the leaders data").target


def _candidates(catalog: Mapping[str, CatalogEntry], ref: str, *,
                leaders: bool) -> list[Candidate]:
    from reader.corrections.people import find

    return find(catalog, ref, leaders=leaders)


def _one(ref: str, found: list[Candidate], where: str) -> Candidate:
    if not found:
        raise UsageError(f"no entity named {one_line(ref, 80)} {where} "
                         "(give a key such as person:ash-carter, or a name it is known by)")
    if len(found) > 1:
        keys = ", ".join(f"{c.target.key} ({c.target.label})" for c in found[:5])
        raise UsageError(f"{one_line(ref, 80)} names {len(found)} entities; give a key: "
                         f"{one_line(keys, 300)}")
    return found[0]


def _in_article(article: Article, ref: str) -> tuple[str, str, int]:
    """The entity of ``article`` that ``ref`` (a key, a name or a form of it) names: its key,
    its label and how many of its mentions there are written ``ref``."""
    from reader.corrections import form_key
    from reader.entities import article_text, extract

    result = extract(article.title, article.body, article.language, article.date)
    wanted = form_key(ref)
    found: list[Entity] = [e for e in result.entities if e.key == ref.strip() or wanted in
                           {form_key(n) for n in (e.name, *e.aliases, e.english or "")}]
    if not found:
        raise UsageError(f"article {article.id[:12]} has no entity named {one_line(ref, 80)} "
                         f"(`reader entities {article.id[:12]}` lists them)")
    e = found[0]
    text = article_text(article.title, article.body)
    count = sum(1 for s in result.spans
                if s.key == e.key and form_key(text[s.start:s.end]) == wanted)
    return e.key, (f"{e.english} ({e.name})" if e.english else e.name), count
