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
    # whose profile this is (presenters.whose), at the right: wide and narrow forms
    badge: reactive[tuple[str, str]] = reactive(("", ""))

    class Jump(Message):
        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    def __init__(self, marks: list[StepMark], current: int, heading: str,
                 badge: tuple[str, str] = ("", "")) -> None:
        super().__init__(id="step-bar")
        self.marks = marks
        self.current = current
        self.heading = heading
        self.set_reactive(StepBar.cursor, current)
        self.set_reactive(StepBar.badge, badge)
        self._spans: list[tuple[int, int]] = []

    def _label(self, i: int, full: bool) -> str:
        mark = self.marks[i]
        number = f"{i + 1} " if i < len(self.marks) - 1 else ""
        last = i == len(self.marks) - 1
        name = mark.name if full or i == self.current or last else ""
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
        # the badge is never dropped (whose profile this is); the steps give way to it first
        wide, narrow = self.badge
        tries = [(f"{self.heading} ", True, wide), (f"{self.heading} ", False, wide),
                 (f"{self.heading} ", False, narrow), ("", False, narrow)]
        for head, full, badge in tries:
            if badge and width - len(badge) - 1 < 30:  # a long name is cut, not the steps
                badge = badge[: max(1, width - 31)].rstrip() + "…"
            room = width - (len(badge) + 1 if badge else 0)
            labels = [self._label(i, full) for i in range(len(self.marks))]
            if len(head) + sum(len(x) + 3 for x in labels) <= room:
                break
        else:  # the steps at their shortest: the badge gives way, cut to what is left
            steps = sum(len(x) + 3 for x in labels)
            badge = badge[: max(1, width - steps - 2)].rstrip() + "…" if badge else ""
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
        self.cursor = self.current
        self.refresh()
