"""Provides the register choice of the first step: how the texts address the reader (je/u,
tu/Lei, tu/vous; greetings in English), with the register the answers themselves use."""

from __future__ import annotations

from textual import events, on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.widgets import Static

from wizard.core.model import REGISTERS
from wizard.tui.labels import label
from wizard.tui.widgets.light import ChoiceLine
from wizard.tui.widgets.question import submit_now


class RegisterChoice(Vertical):
    """`(•) Met je (informeel)   ( ) Met u (formeel)`, and under it the suggestion."""

    class Chosen(Message):
        def __init__(self, register: str) -> None:
            super().__init__()
            self.register = register

    def __init__(self, lang: str, register: str, suggestion: str = "") -> None:
        super().__init__(id="register", classes="question")
        self.lang, self.register, self.suggestion = lang, register, suggestion

    def compose(self) -> ComposeResult:
        yield Static(label(self.lang, "register_title"), classes="stem", markup=False)
        yield ChoiceLine([(label(self.lang, f"register_{r}"), r) for r in REGISTERS],
                         self.register, id="register-choice")
        yield Static(self.notes(), classes="notes")

    def notes(self) -> Content:
        lines = []
        if self.suggestion and self.suggestion != self.register:
            word = label(self.lang, f"register_{self.suggestion}_word")
            lines.append(Content.styled(label(self.lang, "register_suggest", register=word),
                                        "$text-warning"))
        lines.append(Content.styled(label(self.lang, "register_help"), "$foreground-muted"))
        return Content("\n").join(lines)

    def suggest(self, suggestion: str) -> None:
        """The register the answers use now ("" when they do not tell)."""
        if suggestion != self.suggestion:
            self.suggestion = suggestion
            self.query_one(".notes", Static).update(self.notes())

    def on_key(self, event: events.Key) -> None:
        """Enter goes on, as in every field: this is the first step's last choice, so to the
        next step (it did nothing, and someone pressing Enter through the step was stuck)."""
        if event.key == "enter":
            submit_now(self.query_one(ChoiceLine), event)
        elif event.is_printable and event.character and event.key != "space":
            # a letter typed right behind the Enter that stopped here ("org⏎grow", typed
            # as the step used to go on): it goes on too, into the next step's first field
            submit_now(self.query_one(ChoiceLine), event)
            typeahead = getattr(self.app, "typeahead", None)
            if typeahead is not None:
                typeahead.first(events.Key(event.key, event.character))

    @on(ChoiceLine.Changed)
    def changed(self, event: ChoiceLine.Changed) -> None:
        event.stop()
        self.register = event.value
        self.query_one(".notes", Static).update(self.notes())
        self.post_message(self.Chosen(event.value))
