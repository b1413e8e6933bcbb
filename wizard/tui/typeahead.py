"""Provides type-ahead: every key reaches the field it was typed for, in the order it was typed,
however fast it came (a paste of answers, a burst through the steps).

Textual hands each key to the focused widget's own queue, and a key that moves the focus (Enter,
Tab, PgDn: maybe a step change whose fields are still being built) takes effect only once that
widget, and the containers it bubbles through, have handled it. Keys typed right behind it were
by then queued for the field it left, or for no field at all. So here:

- a key that only edits the focused text field (a letter, Backspace, an arrow) goes on at once;
- any other key goes on alone, and the keys behind it wait until it has passed up through every
  widget it bubbles to (and what it posted on its way, a button's Pressed, has too) and the
  screen is ready for typing again: a field has the focus and no step is being built;
- then the waiting keys go on in the order they came, by the same rule.
"""

from __future__ import annotations

import time
from collections import deque
from typing import Any, Protocol, runtime_checkable

from textual import events
from textual.app import App
from textual.dom import DOMNode
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Input, TextArea

EDITING = frozenset({"backspace", "delete", "left", "right", "home", "end", "ctrl+left",
                     "ctrl+right", "ctrl+w", "ctrl+u", "ctrl+k", "ctrl+a", "ctrl+e"})
NOT_TEXT = frozenset({"enter", "tab", "shift+tab", "escape"})
PATIENCE = 10.0  # s a screen may take to be ready for typing before the keys go on anyway
POLL = 0.005  # s between looks at a screen that is not ready yet
PASSES = 2  # the key's own way up, then what it posted on the way (a Pressed, a Jump)

Held = events.Key | events.Paste


@runtime_checkable
class Building(Protocol):
    """A screen that can be busy building what the next keys are for (a step's fields)."""

    def ready_for_keys(self) -> bool: ...


class TypeAhead:
    """The app's keys in the order they were typed (see the module's docstring)."""

    def __init__(self, app: App[Any]) -> None:
        self.app = app
        self.held: deque[Held] = deque()
        self.released: dict[int, Held] = {}  # posted again by us: they go on when they come
        self.busy = False  # a key is being followed, or the screen awaited
        self.awaited: Held | None = None  # posted again, to be followed once it is handed on
        self.deadline = 0.0

    def hold(self, event: Held) -> bool:
        """Whether `event` (a key or paste the app has just received) must wait for the ones
        before it; then it is kept and posted again in its turn."""
        if self.released.pop(id(event), None) is not None:
            return False
        if self.busy or self.held:
            self.held.append(event)
            return True
        return False

    def sent(self, event: Held, target: Widget) -> None:
        """`event` was handed to `target`: a key that may move the focus is followed until it
        has taken effect, and the keys after it wait."""
        awaited = event is self.awaited
        if awaited:
            self.awaited = None
        if edits(event, target):
            if awaited:  # the focus moved to a text field meanwhile: nothing to follow
                self.busy = False
                self.release()
            return
        self.busy = True
        self.deadline = time.monotonic() + PATIENCE
        chain: list[DOMNode] = [target, *target.ancestors]
        self.follow(chain, 0, PASSES)

    def follow(self, chain: list[DOMNode], at: int, passes: int) -> None:
        """Queue a callback behind what each node of `chain` has queued, one node after the
        other, so it runs once the key has been handled there and passed on to the next."""
        for i in range(at, len(chain)):
            if chain[i].call_later(self.follow, chain, i + 1, passes):
                return
        if passes > 1:
            self.follow(chain, 0, passes - 1)
        else:
            self.wait_for_screen()

    def wait_for_screen(self) -> None:
        try:
            ready = is_ready(self.app.screen)
        except Exception:  # no screen (the app is closing): nothing is typed any more
            ready = True
        if not ready and time.monotonic() < self.deadline:
            self.app.set_timer(POLL, self.wait_for_screen)
            return
        self.busy = False
        self.release()

    def first(self, event: Held) -> None:
        """Hand `event` on again before the keys waiting: a key a widget did not take passes
        to where it moved the focus (a letter on the register choice, to the next step's
        first field), still ahead of the keys typed after it."""
        self.held.appendleft(event)
        if not self.busy:
            self.release()

    def release(self) -> None:
        """Post the waiting keys again, in order, up to and including one that must be
        followed (which is then followed as it is handed on: see `sent`)."""
        focused = self.app.focused
        while self.held and not self.busy:
            event = self.held.popleft()
            self.released[id(event)] = event
            self.app.post_message(event)
            if not edits(event, focused):
                self.busy = True  # until it is followed; keys coming meanwhile wait
                self.awaited = event


def edits(event: Held, target: Widget | None) -> bool:
    """Whether `event` only edits the text field `target` (it cannot move the focus)."""
    if not isinstance(target, (Input, TextArea)):
        return False
    if isinstance(event, events.Paste):
        return True
    if event.key in NOT_TEXT:
        return False
    return event.is_printable or event.key in EDITING


def is_ready(screen: Screen[Any]) -> bool:
    """Whether `screen` takes keys: nothing being built for them, a widget focused (or none
    that could be)."""
    if isinstance(screen, Building) and not screen.ready_for_keys():
        return False
    if screen.focused is not None:
        return True
    return screen.is_mounted and not screen.focus_chain
