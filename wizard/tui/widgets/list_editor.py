"""Provides the list question: add by typing or picking a suggestion, reorder, edit and remove."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.message import Message
from textual.suggester import SuggestFromList
from textual.widget import Widget
from textual.widgets import Input, OptionList, Select, Static

from wizard.core.model import MAX_ITEM_CHARS, MAX_ITEMS, Value
from wizard.core.sanitize import clean_text
from wizard.tui.labels import label
from wizard.tui.widgets.question import Answered, AnswerInput, QuestionWidget, SubmitHandler


class ItemInput(AnswerInput):
    """The add-an-item field: a pasted list becomes one item per line."""

    limit: ClassVar[int] = MAX_ITEM_CHARS

    class Lines(Message):
        def __init__(self, lines: list[str]) -> None:
            super().__init__()
            self.lines = lines

    def _on_paste(self, event: events.Paste) -> None:
        lines = [line.strip(" \t-•*") for line in event.text.splitlines() if line.strip()]
        if len(lines) > MAX_ITEMS:  # a list holds no more (wizard.core.model); nor a field
            self.cut = sum(map(len, lines[MAX_ITEMS:]))
            lines = lines[:MAX_ITEMS]
        if len(lines) > 1:
            event.stop()
            event.prevent_default()
            self.post_message(self.Lines(lines))
        else:
            super()._on_paste(event)


class ItemList(OptionList, inherit_bindings=False):
    """The items, one a line; keys move and remove the highlighted one. PgUp/PgDn are left
    to the step (Back/Next), as in every other field."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down", "cursor_down", "Down", show=False),
        Binding("up", "cursor_up", "Up", show=False),
        Binding("home", "first", "First", show=False),
        Binding("end", "last", "Last", show=False),
        Binding("enter", "select", "Reword", show=False),
        Binding("delete,backspace", "remove", "Remove", show=False),
        Binding("shift+up", "move(-1)", "Move up", show=False),
        Binding("shift+down", "move(1)", "Move down", show=False),
    ]

    class Edit(Message):
        def __init__(self, action: str, index: int, by: int = 0) -> None:
            super().__init__()
            self.action, self.index, self.by = action, index, by

    def on_focus(self) -> None:
        if self.highlighted is None and self.option_count:
            self.highlighted = 0  # so Enter, Del and Shift+arrows act at once

    def action_remove(self) -> None:
        if self.highlighted is not None:
            self.post_message(self.Edit("remove", self.highlighted))

    def action_move(self, by: int) -> None:
        if self.highlighted is not None:
            self.post_message(self.Edit("move", self.highlighted, by))


class ListQuestion(QuestionWidget):
    """One to a few short items: what drives you, what you know best."""

    def compose(self) -> ComposeResult:
        q = self.question
        self.items: list[str] = list(self.initial) if isinstance(self.initial, list) else []
        self.editing: int | None = None
        suggester = SuggestFromList(q.suggestions, case_sensitive=False) if q.suggestions else None
        with Horizontal(classes="sentence"):
            yield Static(q.stem, classes="stem", markup=False)
            yield ItemInput(placeholder=label(self.lang, "add_item"), compact=True,
                            suggester=suggester, select_on_focus=False, id=f"{self.id}-input")
        # Built with their content, not filled after mounting: each later change costs a layout.
        # plain text: an item is what the person typed, and "[b]" or "[link=a:b]" in it is
        # no markup (the second would stop the app)
        items = ItemList(*self.numbered(), id=f"{self.id}-items", classes="items", markup=False)
        items.display = bool(self.items)
        yield items
        if q.suggestions:
            yield Select(self.untaken(), prompt=label(self.lang, "pick"), compact=True,
                         id=f"{self.id}-pick")
        self.hint = label(self.lang, "list_hint") if self.items else ""
        yield from self.compose_notes()

    def on_mount(self) -> None:
        self.query_one(Input).cursor_blink = self.blink

    def numbered(self) -> list[str]:
        return [f"{i}. {text}" for i, text in enumerate(self.items, 1)]

    def untaken(self) -> list[tuple[Text, str]]:
        taken = {i.casefold() for i in self.items}
        return [(Text(s), s) for s in self.question.suggestions if s.casefold() not in taken]

    def refresh_items(self, highlight: int | None = None) -> None:
        items = self.query_one(ItemList)
        items.set_options(self.numbered())
        items.display = bool(self.items)
        hint = label(self.lang, "list_hint") if self.items else ""
        if hint != self.hint:
            self.hint = hint
            self.refresh_notes()
        if highlight is not None and self.items:
            items.highlighted = max(0, min(highlight, len(self.items) - 1))
        if self.question.suggestions:
            pick = self.query_one(Select)
            with pick.prevent(Select.Changed):
                pick.set_options(self.untaken())

    def changed(self, highlight: int | None = None) -> None:
        self.refresh_items(highlight)
        self.post_message(Answered(self.question.key, list(self.items)))

    def add(self, text: str) -> bool:
        """Add (or put back an edited) item; False when the list is full."""
        text = clean_text(text)
        cut = max(0, len(text) - MAX_ITEM_CHARS)
        text = text[:MAX_ITEM_CHARS]
        if not text:
            return True
        if self.editing is not None and self.editing <= len(self.items):
            self.items.insert(self.editing, text)
            self.editing = None
            self.hint = ""  # refresh_items puts the list hint back
        elif text.casefold() in {i.casefold() for i in self.items}:
            return True
        elif len(self.items) >= self.question.max_items:
            self.show_message(label(self.lang, "list_full", n=len(self.items)), error=False)
            return False
        else:
            self.items.append(text)
        self.show_message(self.cut_message(MAX_ITEM_CHARS, cut), error=False)
        self.changed()
        return True

    def submit_now(self, field: Widget) -> None:
        """Enter in the add field, handled as the field handles it: the value is added and
        cleared before the next typed key, so "dbt⏎sql⏎" makes two items. An empty Enter
        goes to the step (the next question)."""
        if isinstance(field, Input) and field.value.strip():
            if self.add(field.value):
                field.value = ""
            return
        step = next((n for n in self.ancestors if isinstance(n, SubmitHandler)), None)
        if step is not None:
            step.submit_now(field)

    @on(ItemInput.Lines)
    def pasted(self, event: ItemInput.Lines) -> None:
        field = self.query_one(ItemInput)
        cut = field.cut + sum(max(0, len(line) - MAX_ITEM_CHARS) for line in event.lines)
        rest = [line for line in event.lines if not self.add(line)]
        field.value = ", ".join(rest)
        if cut or field.cut:
            self.show_message(self.cut_message(field.limit, cut + field.cut), error=False)

    @on(Input.Changed)
    def typing(self, event: Input.Changed) -> None:
        event.stop()  # items are stored when added; the typed text is flushed on leaving
        field = self.query_one(ItemInput)
        if field.cut:
            self.show_message(self.cut_message(field.limit, field.cut), error=False)

    @on(ItemList.Edit)
    def edit(self, event: ItemList.Edit) -> None:
        i = event.index
        if event.action == "remove":
            del self.items[i]
            self.changed(highlight=i)
            if not self.items:
                self.focus_field()
        elif 0 <= i + event.by < len(self.items):
            self.items.insert(i + event.by, self.items.pop(i))
            self.changed(highlight=i + event.by)

    @on(OptionList.OptionSelected)
    def reword(self, event: OptionList.OptionSelected) -> None:
        """Enter on an item takes it back into the field to reword it in place."""
        event.stop()
        field = self.query_one(ItemInput)
        if field.value.strip() and not self.add(field.value):
            return
        self.editing = event.option_index
        field.value = self.items.pop(event.option_index)
        self.changed()
        self.hint = label(self.lang, "rewording", n=event.option_index + 1)
        self.refresh_notes()
        field.focus()

    @on(Select.Changed)
    def picked(self, event: Select.Changed) -> None:
        event.stop()
        if isinstance(event.value, str):
            self.add(event.value)

    def current(self) -> Value:
        """The items plus anything typed but not yet added: a typed answer is never lost."""
        pending = self.query_one(ItemInput)
        if pending.value.strip() and self.add(pending.value):
            pending.value = ""
        return list(self.items)
