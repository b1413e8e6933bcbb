"""Provides the key bar: the screen's keys in one line, clickable, and cheap to show."""

from __future__ import annotations

from collections.abc import Callable

from textual import events
from textual.content import Content
from textual.dom import DOMNode
from textual.keys import format_key
from textual.widget import Widget

from wizard.core.languages import REFERENCE_LANGUAGE
from wizard.core.words import words
from wizard.tui.labels import key_word

DROP_FIRST = ("toggle_overview", "toggle_preview", "history", "quit", "reset", "export",
              "copy_all", "help")


def key_name(key: str, lang: str) -> str:
    """A key as the keyboards of `lang` name it (`ui/keys.toml`): ctrl+s -> ^S, f1 -> F1,
    pagedown -> PgDn, escape -> Esc in English and Échap in French, the arrows and Backspace
    as the signs on the keys (←, ⌫)."""
    say = words(lang)
    *held, last = key.split("+")
    if words(REFERENCE_LANGUAGE).has(f"keys.{last}"):
        name = say(f"keys.{last}")
    elif not (sign := format_key(last)).isascii():
        name = sign
    else:
        name = last.upper() if len(last) <= 3 else last.title()
    # every modifier Textual names (ctrl, shift, alt, super, meta, hyper) is a pack word
    return "".join(say(f"keys.{m}") for m in held) + name


class KeyBar(Widget):
    """Textual's Footer rebuilds a widget per key whenever a screen shows or focus moves, which
    made every step change slow; this draws the same line as one widget."""

    DEFAULT_CSS = """
    KeyBar { height: 1; dock: bottom; background: $footer-background; }
    """

    def __init__(self, lang: Callable[[], str]) -> None:
        super().__init__(id="key-bar")
        self.lang = lang
        self._spans: list[tuple[int, int, str, DOMNode]] = []

    def on_mount(self) -> None:
        self.watch(self.screen, "focused", self.focus_moved, init=False)

    def focus_moved(self) -> None:
        self.refresh()

    def keys(self) -> list[tuple[str, str, str, DOMNode]]:
        """(key, description, action, owner) of the shown bindings, first key of each action."""
        seen: dict[str, tuple[str, str, str, DOMNode]] = {}
        for key, active in self.screen.active_bindings.items():
            b = active.binding
            if b.show and active.enabled and b.action not in seen:
                seen[b.action] = (key, b.description, b.action, active.node)
        return list(seen.values())

    def render(self) -> Content:
        parts: list[str | tuple[str, str]] = []
        self._spans = []
        x = 0
        lang = self.lang()
        keys = [(k, key_word(lang, e), a, n) for k, e, a, n in self.keys()]
        for action in DROP_FIRST:  # a narrow or wordy bar loses its least needed keys
            if sum(len(key_name(k, lang)) + len(d) + 3 for k, d, _, _ in keys) \
                    <= self.size.width:
                break
            keys = [item for item in keys if item[2] != action]
        for key, description, action, node in keys:
            shown = f" {key_name(key, lang)} "
            parts += [(shown, "bold $footer-key-foreground"), (f"{description} ", "")]
            self._spans.append((x, x + len(shown) + len(description) + 1, action, node))
            x += len(shown) + len(description) + 1
        word = key_word(lang, "palette")
        key = f" {key_name('ctrl+p', lang)}"
        palette = f"{key} {word} "
        if x + len(palette) <= self.size.width:  # the palette goes first when space is short
            parts += [" " * (self.size.width - x - len(palette)),
                      (key, "bold $footer-key-foreground"), (f" {word} ", "")]
        return Content.assemble(*parts)

    async def on_click(self, event: events.Click) -> None:
        for start, end, action, node in self._spans:
            if start <= event.x < end:
                await self.app.run_action(action, node)
                return
        if self._spans and event.x >= self._spans[-1][1]:
            self.app.action_command_palette()
