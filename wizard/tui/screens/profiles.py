"""Provides the dialogs for stored profiles: new, rename, delete, coach notes and import."""

from __future__ import annotations

from typing import ClassVar, Generic, TypeVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Static, TextArea

from wizard.core.importers import Imported
from wizard.core.languages import available_languages, language
from wizard.core.paths import expand_user
from wizard.core.sanitize import display_name
from wizard.tui.coach_labels import ct
from wizard.tui.labels import label
from wizard.tui.widgets.light import ChoiceLine

T = TypeVar("T")


class Dialog(ModalScreen[T | None], Generic[T]):
    """A dialog box; Escape cancels (None)."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, lang: str, blink: bool = True) -> None:
        super().__init__(classes="dialog")
        self.lang = lang
        self.blink = blink

    def buttons(self, ok: str, *, danger: bool = False) -> Horizontal:
        return Horizontal(
            Button(ok, id="ok", variant="error" if danger else "primary", compact=True),
            Button(label(self.lang, "cancel"), id="cancel", compact=True),
            classes="dialog-buttons")

    def on_mount(self) -> None:
        for field in self.query(Input):
            field.cursor_blink = self.blink
        for area in self.query(TextArea):
            area.cursor_blink = self.blink

    def error(self, text: str) -> None:
        self.query_one(".dialog-error", Static).update(text)

    def typed_name(self) -> str | None:
        """The name in the dialog's field, spaces folded; None (and why, at the field) if empty."""
        field = self.query_one(Input)
        name = " ".join(field.value.split())
        if not name:
            self.error(ct(self.lang, "name_needed"))
            field.focus()
            return None
        return name

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)


class NameDialog(Dialog[str]):
    """A name for a profile (rename)."""

    def __init__(self, lang: str, title: str, value: str, blink: bool = True) -> None:
        super().__init__(lang, blink)
        self.title_text, self.value = title, value

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box"):
            yield Static(self.title_text, classes="dialog-title", markup=False)
            yield Input(self.value, id="name", compact=True)
            yield Static(classes="dialog-error", markup=False)
            yield self.buttons(ct(self.lang, "rename"))

    @on(Button.Pressed, "#ok")
    @on(Input.Submitted)
    def ok(self) -> None:
        if (name := self.typed_name()) is not None:
            self.dismiss(name)


class NewProfileDialog(Dialog[tuple[str, str]]):
    """A new client: a name and the profile's language."""

    # Enter on the language line creates too (fields and buttons take their own Enter)
    BINDINGS: ClassVar[list[BindingType]] = [Binding("enter", "ok", "Create", show=False)]

    def action_ok(self) -> None:
        self.ok()

    def compose(self) -> ComposeResult:
        codes = available_languages()
        with Vertical(classes="dialog-box"):
            yield Static(ct(self.lang, "new_title"), classes="dialog-title")
            yield Input(placeholder=ct(self.lang, "name_placeholder"), id="name", compact=True)
            yield Static(label(self.lang, "language"), classes="dialog-label")
            yield ChoiceLine([(language(c).name, c) for c in codes], self.lang, id="new-lang")
            yield Static(classes="dialog-error", markup=False)
            yield self.buttons(ct(self.lang, "create"))

    @on(Button.Pressed, "#ok")
    @on(Input.Submitted)
    def ok(self) -> None:
        if (name := self.typed_name()) is not None:
            self.dismiss((name, self.query_one(ChoiceLine).value))


class ConfirmDeleteDialog(Dialog[bool]):
    """Deleting is for good: the name, what goes with it, and Cancel focused."""

    def __init__(self, lang: str, name: str, versions: int) -> None:
        super().__init__(lang)
        self.name_text, self.versions = name, versions

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box"):
            yield Static(ct(self.lang, "delete_title", name=display_name(self.name_text)),
                         classes="dialog-title", markup=False)
            yield Static(ct(self.lang, "delete_body", n=self.versions), markup=False)
            yield self.buttons(ct(self.lang, "delete"), danger=True)

    def on_mount(self) -> None:
        self.query_one("#cancel").focus()

    @on(Button.Pressed, "#ok")
    def ok(self) -> None:
        self.dismiss(True)


class NotesDialog(Dialog[str]):
    """The coach's own notes on a profile (left out of handouts and exports)."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("ctrl+s", "save", "Save notes")]

    def __init__(self, lang: str, name: str, notes: str, blink: bool = True) -> None:
        super().__init__(lang, blink)
        self.name_text, self.notes = name, notes

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box", id="notes-box"):
            yield Static(ct(self.lang, "notes_title", name=display_name(self.name_text)),
                         classes="dialog-title", markup=False)
            yield TextArea(self.notes, id="notes-text", soft_wrap=True, compact=True)
            yield Static(ct(self.lang, "notes_hint"), classes="dialog-note")
            yield self.buttons(label(self.lang, "save"))

    def on_mount(self) -> None:
        super().on_mount()
        area = self.query_one(TextArea)
        area.focus()
        area.move_cursor(area.document.end)

    @on(Button.Pressed, "#ok")
    def action_save(self) -> None:
        self.dismiss(self.query_one(TextArea).text)


class ImportDialog(Dialog[Imported]):
    """A LinkedIn export (ZIP or Profile.csv), a JSON Resume or an answers file, read here so
    a file that cannot be imported is said in one line and the path can be corrected."""

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box"):
            yield Static(ct(self.lang, "import_title"), classes="dialog-title")
            yield Static(ct(self.lang, "import_body"), markup=False)
            yield Input(placeholder=ct(self.lang, "import_placeholder"), id="import-path",
                        compact=True)
            yield Static(classes="dialog-error", markup=False)
            yield self.buttons(ct(self.lang, "import"))

    @on(Button.Pressed, "#ok")
    @on(Input.Submitted)
    def ok(self) -> None:
        from wizard.core.importers import read_any

        typed = self.query_one(Input).value.strip().strip("'\"")  # a dropped file comes quoted
        if not typed:
            return
        path = expand_user(typed)
        if not path.exists() and "\\ " in typed:  # a path pasted with shell escapes
            path = expand_user(typed.replace("\\ ", " "))
        try:
            imported = read_any(path)
        except (ValueError, OSError) as exc:  # ImportFileError and AnswersError are ValueErrors
            self.error(str(exc).splitlines()[0] if str(exc) else f"{path}: cannot import")
            return
        self.dismiss(imported)
