"""Provides the start screen: pick the profile's language and start, or open an answers file."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, cast

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, Input, OptionList, RadioButton, RadioSet, Static

from wizard.core.languages import available_languages, language
from wizard.tui.labels import label
from wizard.tui.widgets.key_bar import KeyBar

if TYPE_CHECKING:
    from wizard.tui.app import WizardApp


def answers_files(folder: Path, limit: int = 12) -> list[Path]:
    """Files here that look like answers files (cheap sniff: small, with schema and lang)."""
    found = []
    for path in sorted(folder.glob("*.toml")) + sorted(folder.glob("*.json")):
        try:
            if path.stat().st_size < 200_000:
                head = path.read_text(encoding="utf-8", errors="replace")
                if "schema" in head and "lang" in head:
                    found.append(path)
        except OSError:
            continue
        if len(found) >= limit:
            break
    return found


class StartScreen(Screen[None]):
    """The way in; a separate screen so a list of stored profiles can join it later."""

    def __init__(self, new_path: Path | None = None, lang: str = "en") -> None:
        super().__init__()
        self.new_path = new_path
        self.lang = lang
        self.codes = available_languages()
        self.files = [] if new_path else answers_files(Path.cwd())

    @property
    def wizard(self) -> WizardApp:
        return cast("WizardApp", self.app)

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="start-scroll"), Vertical(id="start-box"):
            yield Static("profile-wizard", id="start-title")
            yield Static(id="tagline")
            yield Static(id="offline")
            yield Static(id="language-label", classes="start-label")
            with RadioSet(id="language"):
                for code in self.codes:
                    yield RadioButton(language(code).name, value=code == self.lang,
                                      id=f"lang-{code}")
            yield Button(id="new", variant="primary")
            if self.new_path:
                yield Static(id="new-at", markup=False)
            yield Static(id="open-title", classes="start-label")
            with Horizontal(id="open-row"):
                yield Input(id="open-path", compact=True)
                yield Button(id="open", compact=True)
            yield Static(id="open-error", markup=False)
            if self.files:
                yield Static(id="files-title", classes="start-label")
                yield OptionList(*[str(p.name) for p in self.files], id="files")
        yield KeyBar()

    def on_mount(self) -> None:
        self.relabel()
        self.query_one("#open-path", Input).cursor_blink = self.wizard.blink
        self.query_one("#new").focus()

    def relabel(self) -> None:
        """Screen labels follow the chosen language at once."""
        def t(key: str, **values: object) -> str:
            return label(self.lang, key, **values)

        self.query_one("#tagline", Static).update(t("tagline"))
        self.query_one("#offline", Static).update(t("offline"))
        self.query_one("#language-label", Static).update(t("language"))
        self.query_one("#new", Button).label = t("new")
        if self.new_path:
            self.query_one("#new-at", Static).update(t("new_at", path=self.new_path))
        self.query_one("#open-title", Static).update(t("open_title"))
        self.query_one("#open", Button).label = t("open")
        self.query_one("#open-path", Input).placeholder = t("path_placeholder")
        if self.files:
            self.query_one("#files-title", Static).update(t("files_here"))

    @on(RadioSet.Changed)
    def language_chosen(self, event: RadioSet.Changed) -> None:
        self.lang = self.codes[event.index]
        self.relabel()

    @on(Button.Pressed, "#new")
    def start_new(self) -> None:
        self.wizard.start_new(self.lang, self.new_path)

    @on(Button.Pressed, "#open")
    @on(Input.Submitted, "#open-path")
    def open_typed(self) -> None:
        typed = self.query_one("#open-path", Input).value.strip()
        if typed:
            self.open(Path(typed).expanduser())

    @on(OptionList.OptionSelected, "#files")
    def open_listed(self, event: OptionList.OptionSelected) -> None:
        self.open(self.files[event.option_index])

    def open(self, path: Path) -> None:
        error = self.wizard.open_file(path)
        message = self.query_one("#open-error", Static)
        message.update(error or "")
        message.set_class(bool(error), "-shown")
