"""Provides the progress bar of steps: where you are, what is done, and a jump to any open step."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from textual import events
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget


@dataclass(frozen=True)
class StepMark:
    """How one step shows: its short name, done (all required answers), and open to jump to."""

    name: str
    done: bool
    open: bool


class StepBar(Widget, can_focus=True):
    """`✓1 You  ✓2 Future  ▸3 Drivers  4  5 …  Results`; click or ←/→ and Enter to jump."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("left", "move(-1)", "Previous", show=False),
        Binding("right", "move(1)", "Next", show=False),
        Binding("enter,space", "jump", "Go to step", show=False),
    ]

    cursor = reactive(0)
    # whose profile this is (presenters.whose), at the right: wide and narrow forms, and the
    # name in them (what is cut when even the narrow form is too long)
    badge: reactive[tuple[str, str, str]] = reactive(("", "", ""))

    class Jump(Message):
        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    def __init__(self, marks: list[StepMark], current: int, heading: str,
                 badge: tuple[str, str, str] = ("", "", "")) -> None:
        super().__init__(id="step-bar")
        self.marks = marks
        self.current = current
        self.heading = heading
        self.set_reactive(StepBar.cursor, current)
        self.set_reactive(StepBar.badge, badge)
        self._spans: list[tuple[int, int]] = []

    def follow(self, other: StepBar) -> None:
        """Show what `other` (a bar built for another step, never mounted) shows."""
        self.marks, self.current, self.heading = other.marks, other.current, other.heading
        self.cursor = other.current
        self.badge = other.badge
        self.refresh()

    def _label(self, i: int, full: bool, named: bool = True) -> str:
        mark = self.marks[i]
        number = f"{i + 1} " if i < len(self.marks) - 1 else ""
        last = i == len(self.marks) - 1
        name = mark.name if full or (named and i == self.current) or last else ""
        tick = "✓" if mark.done and i < len(self.marks) - 1 else ""
        return f"{tick}{number}{name}".strip()

    def _style(self, i: int) -> str:
        mark = self.marks[i]
        if i == self.current:
            return "bold reverse $accent"
        style = "$success" if mark.done else "" if mark.open else "$foreground-disabled"
        if self.has_focus and i == self.cursor:
            style += " underline bold"
        return style

    def render(self) -> Content:
        width = self.size.width or 80
        # the badge is never dropped (whose profile this is, in which language, saved or not):
        # the steps give way to it first, then the name is cut, never the language or state
        wide, narrow, name = self.badge
        tries = [(f"{self.heading} ", True, True, wide), (f"{self.heading} ", False, True, wide),
                 (f"{self.heading} ", False, True, narrow), ("", False, True, narrow),
                 ("", False, False, narrow)]
        for head, full, named, form in tries:
            badge = cut_name(form, name, width - 31)  # a long name is cut, not the steps
            labels = [self._label(i, full, named) for i in range(len(self.marks))]
            steps = len(head) + sum(len(x) + 3 for x in labels)
            if steps + (len(badge) + 1 if badge else 0) <= width:
                break
        if badge and steps + len(badge) + 1 > width:
            badge = cut_name(form, name, width - steps - 1)
        parts: list[str | tuple[str, str]] = [(head, "bold $foreground-muted")] if head else []
        self._spans = []
        x = len(head)
        for i, text in enumerate(labels):
            parts.append((f" {text} ", self._style(i)))
            self._spans.append((x, x + len(text) + 2))
            x += len(text) + 3
            parts.append(" ")
        if badge:
            parts += [" " * max(1, width - x - len(badge)), (badge, "$foreground-muted")]
        return Content.assemble(*parts)

    def on_click(self, event: events.Click) -> None:
        for i, (start, end) in enumerate(self._spans):
            if start <= event.x < end and self.marks[i].open:
                self.post_message(self.Jump(i))

    def action_move(self, by: int) -> None:
        self.cursor = (self.cursor + by) % len(self.marks)

    def action_jump(self) -> None:
        if self.marks[self.cursor].open:
            self.post_message(self.Jump(self.cursor))

    def watch_has_focus(self, focused: bool) -> None:
        super().watch_has_focus(focused)  # the focus ring (app.tcss) follows focus
        self.cursor = self.current
        self.refresh()


def cut_name(badge: str, name: str, room: int) -> str:
    """The badge in `room` columns: its name shortened ("Maria Giovanna Espo… · IT · salvato"),
    the language and the saved state kept; cut at the end only when nothing else is left."""
    over = len(badge) - room
    if over <= 0:
        return badge
    if name and name in badge and len(name) - over - 1 >= 1:
        return badge.replace(name, name[: len(name) - over - 1].rstrip() + "…", 1)
    return badge[: max(1, room - 1)].rstrip() + "…"
