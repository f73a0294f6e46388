"""Provides the command palette: its field and its entity commands ("Filter by leader: Xi").

Textual's palette types into a plain Input (Arabic unjoined, in logical
order); :class:`ReaderPalette` is the same palette with the app's
:class:`reader.widgets.bidi_input.BidiInput` as its field.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.command import (
    CommandInput,
    CommandList,
    CommandPalette,
    DiscoveryHit,
    Hit,
    Hits,
    Provider,
    SearchIcon,
)
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Button, LoadingIndicator

from reader.models import Entity
from reader.screens.browse import BrowseScreen
from reader.sections import section_of
from reader.views import Painter, entity_from_catalog
from reader.widgets.bidi_input import BidiInput

if TYPE_CHECKING:
    from reader.store.api import CatalogEntry

DISCOVER_LIMIT = 12
"""Commands listed before anything is typed (the most mentioned)."""
NAME_CELLS = 40


@dataclass(frozen=True, slots=True)
class EntityCommand:
    """One palette entry."""

    text: str
    """What the palette matches against and shows: "Filter by leader: Xi Jinping"."""
    names: tuple[str, ...]
    """Other names it answers to (Arabic forms, folded)."""
    entity: Entity
    help: str


def command_kind(entity: Entity) -> str:
    """leader / person / country / city / region / place (its section's noun)."""
    section = section_of(entity.kind)
    return section.noun(entity) if section is not None else entity.kind


def entity_commands(catalog: Mapping[str, CatalogEntry], painter: Painter) -> list[EntityCommand]:
    """Palette entries for every entity of the archive, most written about first."""
    from reader.entities.normalize import fold_text

    ents = [entity_from_catalog(k, rec) for k, rec in catalog.items()]
    ents.sort(key=lambda e: (-e.articles, -e.count))
    out = []
    for e in ents:
        shown = e.english or painter.one_line(e.name, NAME_CELLS).text
        text = f"Filter by {command_kind(e)}: {shown}"
        names = tuple(fold_text(n) for n in (e.name, *e.aliases) if n)
        where = f" · {e.country}" if e.country and e.kind == "person" else ""
        help_text = f"{e.articles} article{'s' if e.articles != 1 else ''}{where}"
        out.append(EntityCommand(text, names, e, help_text))
    return out


class EntityCommands(Provider):
    """Leaders, people, countries, cities and regions of the archive, as filter commands."""

    def _commands(self) -> list[EntityCommand]:
        # The main screen, wherever it is in the stack, reads the app's store.
        main = next((s for s in self.app.screen_stack if isinstance(s, BrowseScreen)), None)
        return [] if main is None else entity_commands(main.store.catalog(), main.painter)

    def _run(self, entity: Entity) -> None:
        if isinstance(self.screen, BrowseScreen):
            self.screen.filter_by_entity(entity)

    async def discover(self) -> Hits:
        for cmd in self._commands()[:DISCOVER_LIMIT]:
            yield DiscoveryHit(cmd.text, partial(self._run, cmd.entity), cmd.text, cmd.help)

    async def search(self, query: str) -> Hits:
        from reader.entities.normalize import fold_text

        matcher = self.matcher(query)
        folded = fold_text(query).strip()
        for cmd in self._commands():
            score = matcher.match(cmd.text)
            display = matcher.highlight(cmd.text) if score > 0 else Content(cmd.text)
            if folded and any(folded in n for n in cmd.names):
                score = max(score, 0.9)
            if score > 0:
                yield Hit(score, display, partial(self._run, cmd.entity), cmd.text, cmd.help)


def view_commands(
    sources: list[tuple[str, int]], painter: Painter
) -> list[tuple[str, str, str, tuple[str, ...]]]:
    """The palette's view, order and export commands: (text, help, screen method, arguments)."""
    out: list[tuple[str, str, str, tuple[str, ...]]] = [
        ("View: unread only (or all again)", "The search filter is:unread (U)",
         "action_toggle_view", ("is:unread",)),
        ("View: starred only (or all again)", "The search filter is:starred (*)",
         "action_toggle_view", ("is:starred",)),
        ("Sort: next order (newest, by source, relevance)", "O", "action_cycle_order", ()),
    ]
    for fmt, name in (("md", "Markdown"), ("json", "JSON"), ("csv", "CSV")):
        out.append((f"Export the listed articles as {name}", "To a file in the current folder",
                    "action_export", (fmt, "list")))
        out.append((f"Export the open article as {name}", "To a file in the current folder",
                    "action_export", (fmt, "article")))
    for source, count in sources:
        shown = painter.one_line(source, NAME_CELLS).text
        out.append((f"Show source: {shown}", f"{count:,} article{'s' if count != 1 else ''} "
                    "(the search filter source:)", "show_source", (source,)))
    return out


VIEW_QUERY_MIN = 3
"""Letters typed before the palette offers view, order and export commands."""
VIEW_SCORE = 0.5
"""Their scores are scaled by this: a name that matches as well is listed first."""


class ViewCommands(Provider):
    """Views (unread, starred, a source), orders and exports, as palette commands."""

    def _screen(self) -> BrowseScreen | None:
        return next((s for s in self.app.screen_stack if isinstance(s, BrowseScreen)), None)

    def _commands(self) -> list[tuple[str, str, str, tuple[str, ...]]]:
        from reader.views.ordering import archive_sources

        main = self._screen()
        return [] if main is None else view_commands(archive_sources(main.store), main.painter)

    def _run(self, method: str, args: tuple[str, ...]) -> None:
        main = self._screen()
        action = getattr(main, method, None) if main is not None else None
        if callable(action):
            action(*args)

    async def discover(self) -> Hits:
        for text, help_text, method, args in self._commands()[:DISCOVER_LIMIT]:
            yield DiscoveryHit(text, partial(self._run, method, args), text, help_text)

    async def search(self, query: str) -> Hits:
        # The palette is first of all "filter by a leader, country or place": a letter or
        # two is the start of a name, and these commands (a dozen, one per source more)
        # would push the names the letter starts out of sight.
        if len(query.strip()) < VIEW_QUERY_MIN:
            return
        matcher = self.matcher(query)
        for text, help_text, method, args in self._commands():
            score = matcher.match(text)
            if score > 0:
                yield Hit(score * VIEW_SCORE, matcher.highlight(text),
                          partial(self._run, method, args), text, help_text)


class PaletteInput(CommandInput, BidiInput):
    """The palette's field: Textual's CommandInput (its place and style), bidi-aware."""


class ReaderPalette(CommandPalette):
    """Textual's command palette, typing into a :class:`PaletteInput`."""

    def compose(self) -> ComposeResult:
        # As CommandPalette.compose, with the field replaced.
        with Vertical(id="--container"):
            with Horizontal(id="--input"):
                yield SearchIcon()
                yield PaletteInput(placeholder=self._placeholder, select_on_focus=False)
                if not self.run_on_select:
                    yield Button("\u25b6")
            with Vertical(id="--results"):
                yield CommandList()
                yield LoadingIndicator()
