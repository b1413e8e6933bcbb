"""Provides the small modal dialogs: quit with unsaved answers, and save as."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar, Literal

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Static

from wizard.core.paths import expand_user
from wizard.tui.labels import label

QuitChoice = Literal["save", "quit", "cancel"]


class QuitDialog(ModalScreen[QuitChoice]):
    """Asks before unsaved answers are left behind; Escape keeps the user in the app."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "dismiss('cancel')", "Cancel")]

    def __init__(self, lang: str, answers: bool, texts: bool, keeps: str = "",
                 file: str = "") -> None:
        super().__init__(classes="dialog")
        self.lang = lang
        self.answers = answers
        self.texts = texts
        self.keeps = keeps  # what "Quit without saving" keeps, said before it is chosen
        self.file = file  # set when only chosen variants or edits are not in this file yet

    def compose(self) -> ComposeResult:
        t = self.lang
        with Vertical(classes="dialog-box"):
            yield Static(label(t, "quit_title"), classes="dialog-title")
            if self.file:
                yield Static(label(t, "quit_body_choices", file=self.file), markup=False)
            elif self.answers:
                yield Static(label(t, "quit_body"), markup=False)
            if self.texts:
                yield Static(label(t, "edits_note"), classes="dialog-note", markup=False)
            if self.keeps:
                yield Static(self.keeps, classes="dialog-note", markup=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button(label(t, "save_quit"), id="save", variant="primary", compact=True)
                yield Button(label(t, "quit_anyway"), id="quit", variant="error", compact=True)
                yield Button(label(t, "cancel"), id="cancel", compact=True)

    def on_mount(self) -> None:
        self.query_one("#save").focus()

    @on(Button.Pressed)
    def chosen(self, event: Button.Pressed) -> None:
        choice = event.button.id
        if choice in ("save", "quit", "cancel"):
            self.dismiss(choice)  # type: ignore[arg-type]


class SaveAsDialog(ModalScreen[Path | None]):
    """Asks where to save a profile that has no file yet."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "dismiss(None)", "Cancel")]

    def __init__(self, lang: str, suggested: Path, blink: bool = True) -> None:
        super().__init__(classes="dialog")
        self.lang = lang
        self.suggested = suggested
        self.blink = blink

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box"):
            yield Static(label(self.lang, "save_as"), classes="dialog-title")
            yield Input(str(self.suggested), id="save-path", compact=True)
            yield Static(classes="dialog-error", markup=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button(label(self.lang, "save"), id="save", variant="primary", compact=True)
                yield Button(label(self.lang, "cancel"), id="cancel", compact=True)

    def on_mount(self) -> None:
        field = self.query_one(Input)
        field.cursor_blink = self.blink
        field.focus()

    @on(Button.Pressed, "#save")
    @on(Input.Submitted)
    def save(self) -> None:
        typed = self.query_one(Input).value.strip()
        if not typed:
            return
        path = expand_user(typed)
        if path.suffix.lower() not in (".toml", ".json"):
            path = path.with_name(path.name + ".toml")
        if path.is_dir() or not path.parent.is_dir():
            from wizard.core.errors import UserError

            problem = UserError("is_directory") if path.is_dir() else \
                UserError("folder_missing", folder=path.parent)
            self.query_one(".dialog-error", Static).update(problem.at(path).message(self.lang))
            return
        self.dismiss(path)

    @on(Button.Pressed, "#cancel")
    def cancel(self) -> None:
        self.dismiss(None)


AgainChoice = Literal["store", "file"]


class SaveAgainDialog(ModalScreen[AgainChoice | None]):
    """The store's file vanished while open: write the store again at its path (when nothing
    else is there) or save the profile as an answers file; Escape goes back to the work."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "dismiss(None)", "Cancel")]

    def __init__(self, lang: str, lost: str, file: str, can_rewrite: bool) -> None:
        super().__init__(classes="dialog")
        self.lang, self.lost, self.file, self.can_rewrite = lang, lost, file, can_rewrite

    def compose(self) -> ComposeResult:
        from wizard.tui.coach_labels import ct

        t = self.lang
        with Vertical(classes="dialog-box"):
            yield Static(ct(t, "again_title"), classes="dialog-title")
            yield Static(self.lost, markup=False)
            if self.can_rewrite:
                yield Static(ct(t, "again_store_note", file=self.file), classes="dialog-note",
                             markup=False)
            with Horizontal(classes="dialog-buttons"):
                if self.can_rewrite:
                    yield Button(ct(t, "again_store"), id="store", variant="primary",
                                 compact=True)
                yield Button(ct(t, "again_file"), id="file", compact=True,
                             variant="default" if self.can_rewrite else "primary")
                yield Button(label(t, "cancel"), id="cancel", compact=True)

    def on_mount(self) -> None:
        self.query_one("#store" if self.can_rewrite else "#file").focus()

    @on(Button.Pressed)
    def chosen(self, event: Button.Pressed) -> None:
        choice = event.button.id
        self.dismiss(choice if choice in ("store", "file") else None)  # type: ignore[arg-type]
