"""Provides the user's corrections of people and places as a small mapping (no Textual).

A correction says what a name found by the extractor really is:

- **hide**: an entity is wrong (in one article, or everywhere): it is not
  listed, not offered, and its articles are not "about" it;
- **merge**: every mention of one entity counts as another's, everywhere
  (آشتون read as Catherine Ashton -> Ashton Carter);
- **link**: a name means a given person, in one article (the entity the name
  was read as there) or everywhere (every entity the extractor named so).

Corrections are applied when reading, never by rewriting the indexes: the
per-article view maps an article's entities (:meth:`Corrections.entities`),
the catalogue and the postings are mapped by
:class:`reader.corrections.reader.CorrectedReader`.  So a correction shows at
once, undoing it is dropping a row, and ``reader reindex`` (which rebuilds
the indexes from the articles) cannot lose one.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TypedDict

from reader.entities.normalize import fold_text
from reader.models import Entity, Span

ACTIONS = ("hide", "merge", "link")
"""What a correction does."""
YOURS = "your correction"
"""The evidence of an entity a merge or a link made."""


class TargetDoc(TypedDict, total=False):
    """A :class:`Target` as ``state.json`` keeps it."""

    key: str
    name: str
    english: str | None
    country: str | None
    kind: str


class CorrectionDoc(TypedDict, total=False):
    """A :class:`Correction` as ``state.json`` keeps it (the ``corrections`` table)."""

    id: int
    action: str
    key: str
    form: str
    target: TargetDoc
    article: str | None
    label: str
    made: str
    count: int


@dataclass(frozen=True, slots=True)
class Target:
    """Who a merge or a link makes a name mean: an archive entity or a known person."""

    key: str
    name: str
    """Its name in the original script (what the sidebar shows)."""
    english: str | None = None
    country: str | None = None
    kind: str = "person"

    @property
    def label(self) -> str:
        """How lists name it: the English name (or the name), with the country."""
        shown = self.english or self.name
        return f"{shown} ({self.country})" if self.country else shown

    def to_doc(self) -> TargetDoc:
        """The row kept in ``state.json``."""
        return {"key": self.key, "name": self.name, "english": self.english,
                "country": self.country, "kind": self.kind}

    @classmethod
    def from_doc(cls, doc: object) -> Target | None:
        """Read a row back (None: not a target)."""
        if not isinstance(doc, dict) or not isinstance(doc.get("key"), str):
            return None
        return cls(key=doc["key"], name=str(doc.get("name") or doc["key"]),
                   english=_str(doc.get("english")), country=_str(doc.get("country")),
                   kind=str(doc.get("kind") or "person"))


@dataclass(frozen=True, slots=True)
class Correction:
    """One correction by the user (see the module docstring)."""

    action: str
    """``hide``, ``merge`` or ``link``."""
    key: str = ""
    """The entity corrected (a link everywhere may have none: it goes by ``form``)."""
    form: str = ""
    """A link: the name as written."""
    target: Target | None = None
    """A merge or a link: who it is."""
    article: str | None = None
    """Only in the article with this id (None: everywhere)."""
    label: str = ""
    """How lists name the entity corrected."""
    made: str = ""
    """When, ISO 8601 UTC."""
    count: int = 0
    """A link of a name in one article: how many mentions it had there when made (what the
    archive's counts move; the article's own view counts them afresh)."""
    id: int = 0
    """Its number in the store's list (what ``undo`` takes)."""

    def describe(self) -> str:
        """One line for lists: ``hide Abdullah II (JO) everywhere``."""
        what = self.label or self.form or self.key
        where = f"in article {self.article[:12]}" if self.article else "everywhere"
        if self.action == "hide":
            return f"hide {what} {where}"
        target = self.target.label if self.target else "?"
        verb = "merge" if self.action == "merge" else "link"
        return f"{verb} {what} → {target} {where}"

    def to_doc(self) -> CorrectionDoc:
        """The row kept in ``state.json``."""
        doc: CorrectionDoc = {"id": self.id, "action": self.action, "key": self.key,
                              "form": self.form, "article": self.article, "label": self.label,
                              "made": self.made, "count": self.count}
        if self.target is not None:
            doc["target"] = self.target.to_doc()
        return doc

    @classmethod
    def from_doc(cls, doc: object) -> Correction | None:
        """Read a row back (None: a row this version cannot read, which is left alone)."""
        if not isinstance(doc, dict) or doc.get("action") not in ACTIONS:
            return None
        target = Target.from_doc(doc.get("target"))
        if doc["action"] != "hide" and target is None:
            return None
        number, count = doc.get("id"), doc.get("count")
        return cls(action=doc["action"], key=str(doc.get("key") or ""),
                   form=str(doc.get("form") or ""), target=target,
                   article=_str(doc.get("article")), label=str(doc.get("label") or ""),
                   made=str(doc.get("made") or ""),
                   count=count if isinstance(count, int) and count > 0 else 0,
                   id=number if isinstance(number, int) else 0)


def _str(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def form_key(name: str) -> str:
    """How a linked name is compared: folded (diacritics, hamza, tatweel ...), words only."""
    return fold_text(name)


class Corrections:
    """A snapshot of the user's corrections, as lookups (immutable once made)."""

    def __init__(self, items: Iterable[Correction] = ()) -> None:
        self.items: tuple[Correction, ...] = tuple(items)
        """Every correction, in the order made."""
        self.merged: dict[str, Target] = {}
        """Entity key -> who it counts as, everywhere."""
        self.hidden: set[str] = set()
        """Keys hidden everywhere."""
        self.hidden_in: set[tuple[str, str]] = set()
        """(article id, key) hidden in that article."""
        self.linked_in: dict[tuple[str, str], Target] = {}
        """(article id, key) -> who the entity read so is in that article."""
        self.named_in: dict[tuple[str, str], dict[str, Correction]] = {}
        """(article id, key) -> folded name -> the link of that name's mentions there (the
        entity's other names stay its own)."""
        self.linked: dict[str, Target] = {}
        """Folded name -> who it means everywhere."""
        self.targets: dict[str, Target] = {}
        """Every merge and link target, by key."""
        for c in self.items:
            self._add(c)

    def _add(self, c: Correction) -> None:
        if c.action == "hide":
            if c.article:
                self.hidden_in.add((c.article, c.key))
            else:
                self.hidden.add(c.key)
            return
        if c.target is None:
            return
        self.targets[c.target.key] = c.target
        if c.action == "merge":
            self.merged[c.key] = c.target
        elif c.article and c.form:
            self.named_in.setdefault((c.article, c.key), {})[form_key(c.form)] = c
        elif c.article:
            self.linked_in[(c.article, c.key)] = c.target
        else:
            self.linked[form_key(c.form)] = c.target

    def __bool__(self) -> bool:
        return bool(self.items)

    def __repr__(self) -> str:
        return f"Corrections({list(self.items)!r})"

    def canonical(self, key: str) -> str:
        """The key ``key`` counts as after merges (followed, a cycle stops where it closes)."""
        seen = {key}
        while key in self.merged:
            key = self.merged[key].key
            if key in seen:
                break
            seen.add(key)
        return key

    def home(self, key: str, name: str = "", article: str | None = None) -> str | None:
        """Where an entity read as ``key`` (named ``name``) belongs, or None if hidden.

        Args:
            key: The extractor's key.
            name: Its fullest name (in the article, or in the catalogue): links by name.
            article: The article's id (None: everywhere corrections only).
        """
        if key in self.hidden or (article and (article, key) in self.hidden_in):
            return None
        target = self.linked_in.get((article, key)) if article else None
        if target is None and name and self.linked:
            target = self.linked.get(form_key(name))
        home = self.canonical(target.key if target is not None else key)
        if home in self.hidden or (article and (article, home) in self.hidden_in):
            return None
        return home

    def involved(self) -> set[str]:
        """Every key a correction names (the catalogue entries it may change)."""
        keys = {c.key for c in self.items if c.key}
        return keys | set(self.targets)

    def target(self, key: str) -> Target | None:
        """What a merge or a link said of ``key`` (its name, English name, country)."""
        return self.targets.get(key)

    def entities(
        self, article: str | None, entities: Sequence[Entity], spans: Sequence[Span],
        known: Mapping[str, Entity] | None = None, text: str | None = None,
    ) -> tuple[list[Entity], tuple[Span, ...]]:
        """An article's entities and mentions with the corrections applied.

        Hidden entities and their mentions go; a merged or linked entity takes
        its target's key, name, English name and country (from ``known``, the
        archive's entities by key, else from the correction), and entities that
        become one are counted together.  With the article's ``text`` (which
        the spans index), a name linked in this article moves only its own
        mentions.
        """
        if not self.items:
            return list(entities), tuple(spans)
        if article and text is not None and self.named_in:
            entities, spans = self._split(article, entities, spans, text, known or {})
        homes = {e.key: self.home(e.key, e.name, article) for e in entities}
        out: dict[str, Entity] = {}
        for e in entities:
            home = homes[e.key]
            if home is None:
                continue
            moved = home != e.key
            entity = self._as(home, e, (known or {}).get(home)) if moved else e
            before = out.get(home)
            out[home] = entity if before is None else _together(before, entity, moved)
        return list(out.values()), _spans_to(spans, homes, out)

    def _split(self, article: str, entities: Sequence[Entity], spans: Sequence[Span],
               text: str, known: Mapping[str, Entity]) -> tuple[list[Entity], list[Span]]:
        """Move the mentions of names linked in this article to their targets' keys."""
        moved: dict[str, list[Span]] = {}
        out_spans: list[Span] = []
        for s in spans:
            link = self.named_in.get((article, s.key), {}).get(form_key(text[s.start:s.end]))
            if link is None or link.target is None:
                out_spans.append(s)
                continue
            out_spans.append(replace(s, key=link.target.key, kind=link.target.kind))
            moved.setdefault(s.key, []).append(out_spans[-1])
        if not moved:
            return list(entities), out_spans
        out: list[Entity] = []
        for e in entities:
            gone = moved.get(e.key, [])
            if len(gone) < e.count or not gone:
                forms = {form_key(text[s.start:s.end]) for s in gone}
                out.append(replace(e, count=e.count - len(gone), aliases=tuple(
                    a for a in e.aliases if form_key(a) not in forms)))
            for key in dict.fromkeys(s.key for s in gone):
                mine = [s for s in gone if s.key == key]
                name = text[mine[0].start:mine[0].end]
                out.append(self._as(key, replace(e, name=name, count=len(mine), aliases=()),
                                    known.get(key)))
        return out, out_spans

    def _as(self, home: str, e: Entity, known: Entity | None) -> Entity:
        """``e`` as the entity ``home`` (a merge or a link moved it there)."""
        target = self.target(home)
        base = known or (Entity(key=home, kind=target.kind, name=target.name,
                                english=target.english, country=target.country)
                         if target is not None else e)
        # The names this article used (the archive's other names are not this article's).
        aliases = tuple(dict.fromkeys(a for a in (e.name, *e.aliases) if a != base.name))
        return replace(base, key=home, aliases=aliases, count=e.count, articles=0,
                       evidence=(YOURS, *e.evidence), confidence=1.0)


def _spans_to(spans: Sequence[Span], homes: Mapping[str, str | None],
              kept: Mapping[str, Entity]) -> tuple[Span, ...]:
    """The mentions of the entities ``kept``, under the keys they moved to."""
    out: list[Span] = []
    for s in spans:
        home = homes.get(s.key, s.key)
        if home is not None and home in kept:
            out.append(s if home == s.key else replace(s, key=home, kind=kept[home].kind))
    return tuple(out)


def _together(a: Entity, b: Entity, moved: bool) -> Entity:
    """Two entities of an article that the corrections make one (counts added)."""
    aliases = tuple(dict.fromkeys(x for x in (*a.aliases, b.name, *b.aliases) if x != a.name))
    evidence = (YOURS, *a.evidence) if moved and YOURS not in a.evidence else a.evidence
    return replace(a, aliases=aliases, count=a.count + b.count,
                   confidence=max(a.confidence, b.confidence), evidence=evidence)
