"""Provides :class:`PaneScreen`: the three panes of the main screen and moving between them.

The list, the reading pane and the people and places pane sit side by side;
under 110 columns the sidebar hides (``s`` shows it), and under 70 one pane
shows at a time (``-pane-list``, ``-pane-reader``, ``-pane-sidebar`` in
``app.tcss``), Escape going back to the list.  The footer's keys depend on
that, so this is also where they are refreshed (:meth:`PaneScreen.sync_bindings`).
"""

from __future__ import annotations

from textual import events
from textual.screen import Screen

from reader.widgets.article_list import ArticleList
from reader.widgets.entity_sidebar import EntitySidebar
from reader.widgets.reading_pane import ReadingPane

PANES = ("list", "reader", "sidebar")
"""The panes, left to right."""


class PaneScreen(Screen[None]):
    """Three panes: ArticleList | ReadingPane | EntitySidebar (a subclass composes them)."""

    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (70, "-medium"), (110, "-wide")]  # noqa: RUF012
    """Under 110 columns the sidebar hides; under 70 one pane shows at a time."""

    def __init__(self) -> None:
        super().__init__()
        self._pane = "list"
        self._sidebar_choice: bool | None = None
        self._bindings_shown: tuple[bool, ...] | None = None

    @property
    def article_list(self) -> ArticleList:
        """The list of articles."""
        return self.query_one(ArticleList)

    @property
    def reading_pane(self) -> ReadingPane:
        """The open article."""
        return self.query_one(ReadingPane)

    @property
    def sidebar(self) -> EntitySidebar:
        """The people and places."""
        return self.query_one(EntitySidebar)

    @property
    def pane(self) -> str:
        """The pane in use (``list``, ``reader`` or ``sidebar``; the one shown when narrow)."""
        return self._pane

    # -------------------------------------------------------------- footer

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "back":
            return self._back_shown()
        return True

    def _back_shown(self) -> bool:
        return self.has_class("-narrow") and self._pane != "list"

    def bindings_state(self) -> tuple[bool, ...]:
        """What :meth:`check_action` decides from (the footer shows it); subclasses add theirs."""
        return (self._back_shown(),)

    def sync_bindings(self, *, force: bool = False) -> None:
        """Refresh the footer's keys when what they depend on changed.

        Only then: the footer rebuilds itself and the whole screen is laid out
        again, far longer than a frame, so not at every keystroke of a search.
        """
        state = self.bindings_state()
        if force or state != self._bindings_shown:
            self._bindings_shown = state
            self.refresh_bindings()

    def on_resize(self) -> None:
        # The breakpoints (-narrow) may have changed what the footer offers.
        self.call_after_refresh(self.sync_bindings)

    # --------------------------------------------------------------- panes

    def action_back(self) -> None:
        """On a narrow terminal, go back to the list."""
        self.set_pane("list")
        self.article_list.focus()

    def _visible_panes(self) -> list[str]:
        panes = ["list", "reader"]
        if self.has_class("-narrow") or self.sidebar_shown:
            panes.append("sidebar")
        return panes

    @property
    def sidebar_shown(self) -> bool:
        """Whether the people and places pane is on screen (or would be, on a narrow terminal)."""
        if self._sidebar_choice is not None:
            return self._sidebar_choice
        return self.has_class("-wide")

    def action_focus_pane(self, step: int) -> None:
        """Move to the next (1) or previous (-1) pane."""
        panes = self._visible_panes()
        widgets = {"list": self.article_list, "reader": self.reading_pane, "sidebar": self.sidebar}
        current = next((p for p, w in widgets.items() if w is self.focused), self._pane)
        if current not in panes:
            current = "list"
        pane = panes[(panes.index(current) + step) % len(panes)]
        self.set_pane(pane)
        widgets[pane].focus()

    def action_toggle_sidebar(self) -> None:
        """Show or hide the people and places pane."""
        if self.has_class("-narrow"):
            pane = "list" if self._pane == "sidebar" else "sidebar"
            self.set_pane(pane)
            (self.sidebar if pane == "sidebar" else self.article_list).focus()
            return
        self._sidebar_choice = not self.sidebar_shown
        self.set_class(self._sidebar_choice, "-show-sidebar")
        self.set_class(not self._sidebar_choice, "-hide-sidebar")
        if not self._sidebar_choice and self.focused is self.sidebar:
            self.article_list.focus()

    def set_pane(self, pane: str) -> None:
        """Make ``pane`` the one in use (the one shown, on a narrow terminal)."""
        changed = pane != self._pane
        self._pane = pane
        for name in PANES:
            self.set_class(name == pane, f"-pane-{name}")
        if changed:
            self.sync_bindings(force=True)

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        widget = event.widget
        for name, w in (
            ("list", self.article_list),
            ("reader", self.reading_pane),
            ("sidebar", self.sidebar),
        ):
            if widget is w:
                self.set_pane(name)
