"""Provides two light widgets for the start screen: a one-line choice and a text button.

Textual's RadioSet, Button and Input each cost ~30 ms to import and style at start-up; the
first screen uses these instead, so the app paints almost as soon as a bare Textual app.
"""

from __future__ import annotations

from typing import ClassVar

from textual import events
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget


class ChoiceLine(Widget, can_focus=True):
    """`(•) English   ( ) Italiano   ( ) Nederlands`: ←/→ or a click picks one."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("left", "move(-1)", "Previous", show=False),
        Binding("right", "move(1)", "Next", show=False),
    ]
    DEFAULT_CSS = "ChoiceLine { height: 1; width: 100%; }"

    index = reactive(0)

    class Changed(Message):
        def __init__(self, value: str) -> None:
            super().__init__()
            self.value = value

    def __init__(self, options: list[tuple[str, str]], value: str, *, id: str) -> None:
        super().__init__(id=id)
        self.options = options
        values = [v for _, v in options]
        self.set_reactive(ChoiceLine.index, values.index(value) if value in values else 0)
        self._spans: list[tuple[int, int]] = []

    @property
    def value(self) -> str:
        return self.options[self.index][1]

    def render(self) -> Content:
        parts: list[str | tuple[str, str]] = []
        self._spans, x = [], 0
        for i, (text, _) in enumerate(self.options):
            chosen = i == self.index
            item = f"{'(•)' if chosen else '( )'} {text}"
            style = "bold $accent" if chosen else ""
            if chosen and self.has_focus:
                style += " reverse"
            parts += [(item, style), "   "]
            self._spans.append((x, x + len(item)))
            x += len(item) + 3
        return Content.assemble(*parts)

    def watch_index(self) -> None:
        self.post_message(self.Changed(self.value))

    def action_move(self, by: int) -> None:
        self.index = (self.index + by) % len(self.options)

    def on_click(self, event: events.Click) -> None:
        for i, (start, end) in enumerate(self._spans):
            if start <= event.x < end:
                self.index = i

    def watch_has_focus(self, has_focus: bool) -> None:
        super().watch_has_focus(has_focus)
        self.refresh()


class TextButton(Widget, can_focus=True):
    """A button drawn as one line of text; Enter, Space or a click presses it."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("enter,space", "press", "Press", show=False)]
    DEFAULT_CSS = """
    TextButton { height: 1; width: auto; padding: 0 2; background: $panel; text-style: bold; }
    TextButton:hover { background: $panel-lighten-1; }
    TextButton:focus { background: $primary; color: $text; }
    TextButton.-primary { background: $primary 45%; }
    TextButton.-primary:focus { background: $primary; }
    """

    label: reactive[str] = reactive("", layout=True)

    class Pressed(Message):
        def __init__(self, button: TextButton) -> None:
            super().__init__()
            self.button = button

        @property
        def control(self) -> TextButton:
            return self.button

    def __init__(self, label: str = "", *, id: str, primary: bool = False) -> None:
        super().__init__(id=id, classes="-primary" if primary else "")
        self.set_reactive(TextButton.label, label)

    def render(self) -> str:
        return self.label

    def action_press(self) -> None:
        self.post_message(self.Pressed(self))

    def on_click(self) -> None:
        self.action_press()
