"""Provides the start screen: pick the profile's language and start, or open an answers file."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, ClassVar, cast

from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Static

from wizard.core.languages import available_languages, language
from wizard.core.paths import expand_user
from wizard.core.sanitize import for_terminal
from wizard.tui.coach_labels import ct
from wizard.tui.labels import label
from wizard.tui.widgets.key_bar import KeyBar
from wizard.tui.widgets.light import ChoiceLine, TextButton

if TYPE_CHECKING:
    from textual.widgets import Input, OptionList

    from wizard.tui.app import WizardApp
    from wizard.tui.widgets.profile_list import ProfileList


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


FIRST_PAINT = 0.05  # seconds the first frame gets to reach the terminal before more is built


class StartScreen(Screen[None]):
    """The way in; a separate screen so a list of stored profiles can join it later.

    It paints first with light widgets only; the open-a-file part (an Input and a list, the
    heavier widgets) is mounted right after, so start-up stays close to a bare Textual app.
    """

    BINDINGS: ClassVar[list[BindingType]] = [Binding("ctrl+n", "new_profile", "New profile")]

    def __init__(self, new_path: Path | None = None, lang: str = "en") -> None:
        super().__init__()
        self.new_path = new_path
        self.lang = lang
        self.codes = available_languages()
        self.files: list[Path] = []
        self.early = ""  # letters typed before the list was there: they find the profile
        self.list_ready = False

    @property
    def wizard(self) -> WizardApp:
        return cast("WizardApp", self.app)

    def compose(self) -> ComposeResult:
        def t(key: str, **values: object) -> str:
            return label(self.lang, key, **values)

        with VerticalScroll(id="start-scroll"), Vertical(id="start-box"):
            yield Static("profile-wizard", id="start-title")
            yield Static(t("tagline"), id="tagline")
            yield Static(t("offline"), id="offline")
            yield Static(t("language"), id="language-label", classes="start-label")
            yield ChoiceLine([(language(c).name, c) for c in self.codes], self.lang,
                             id="language")
            yield TextButton(t("new"), id="new", primary=True)
            if self.new_path:
                yield Static(t("new_at", path=self.new_path), id="new-at", markup=False)
            yield TextButton(ct(self.lang, "refresh"), id="refresh")
            yield Vertical(id="profiles-section")
            yield Vertical(id="open-section")
        yield KeyBar(lambda: self.lang)

    def on_mount(self) -> None:
        # The language line is the first thing on the screen, so the keys start there too:
        # ←/→ picks a language, Enter starts the new profile (as on "Start a new profile"),
        # and Tab goes on down the screen in the order it is drawn.
        self.query_one("#language").focus()
        # Not straight after the first refresh: that work would hold the GIL while Textual's
        # writer thread is still sending the first frame to the terminal.
        self.set_timer(FIRST_PAINT, self.mount_open_section)

    async def mount_open_section(self) -> None:
        from textual.content import Content
        from textual.widgets import Input, OptionList

        from wizard.tui.widgets.profile_list import ProfileList

        coach = self.wizard.coach
        profiles = ProfileList(self.lang, self.wizard.blink, coach.store, lambda: coach.error)
        await self.query_one("#profiles-section").mount(profiles)
        if not profiles.is_attached:
            return  # the app closed while the list was being built
        self.set_class(bool(profiles.rows), "-coach")  # room for the list at 80x24
        if profiles.rows and self.focused in (self.query_one("#language"), self.query_one("#new")):
            profiles.query_one(Input).focus()  # a coach's first move: find the client
        if profiles.rows and self.early:  # typed while the list was being read (a slow disk)
            for character in self.early:
                profiles.type_into_filter(character)
        self.early, self.list_ready = "", True
        self.files = [] if self.new_path else answers_files(Path.cwd())
        section = self.query_one("#open-section")
        path = Input(id="open-path", compact=True)
        path.cursor_blink = self.wizard.blink
        await section.mount_all([
            Static(label(self.lang, "open_title"), id="open-title", classes="start-label"),
            Horizontal(path, TextButton(id="open"), id="open-row"),
            Static(id="open-error", markup=False),
        ])
        if self.files:
            await section.mount_all([
                Static(label(self.lang, "files_here"), id="files-title", classes="start-label"),
                # plain text, made safe: a file name here is anyone's (escapes, markup, bidi)
                OptionList(*[Content(for_terminal(p.name)) for p in self.files], id="files"),
            ])
        if not section.is_attached:
            return  # the app closed while this was being built: nothing left to label
        self.relabel()
        self.warm_up()

    @work(thread=True, exclusive=True, group="warm-up")
    def warm_up(self) -> None:
        """Import what the first step needs while the user reads this screen."""
        import importlib

        for module in ("wizard.core.render", "wizard.tui.screens.step"):
            importlib.import_module(module)

    def relabel(self) -> None:
        """Screen labels follow the chosen language at once."""
        def t(key: str, **values: object) -> str:
            return label(self.lang, key, **values)

        self.query_one("#tagline", Static).update(t("tagline"))
        self.query_one("#offline", Static).update(t("offline"))
        self.query_one("#language-label", Static).update(t("language"))
        self.query_one("#new", TextButton).label = t("new")
        self.query_one("#refresh", TextButton).label = ct(self.lang, "refresh")
        if self.query("#profiles"):
            from wizard.tui.widgets.profile_list import ProfileList

            self.query_one(ProfileList).relabel(self.lang)
        self.query_one(KeyBar).refresh()
        if self.new_path:
            self.query_one("#new-at", Static).update(t("new_at", path=self.new_path))
        if self.query("#open-path"):
            from textual.widgets import Input

            self.query_one("#open-title", Static).update(t("open_title"))
            self.query_one("#open", TextButton).label = t("open")
            self.query_one("#open-path", Input).placeholder = t("path_placeholder")
            if self.files:
                self.query_one("#files-title", Static).update(t("files_here"))

    @on(ChoiceLine.Changed)
    def language_chosen(self, event: ChoiceLine.Changed) -> None:
        """The language chosen here is the interface's too, remembered for the next start."""
        from wizard.core.words import remember_interface_language

        self.lang = event.value
        self.wizard.interface_lang = event.value
        remember_interface_language(event.value)
        self.relabel()

    @on(TextButton.Pressed, "#new")
    def start_new(self) -> None:
        self.wizard.start_new(self.lang, self.new_path)

    @on(TextButton.Pressed, "#refresh")
    def refresh_profile(self) -> None:
        from wizard.tui.transfer import ask_import

        ask_import(self.wizard)

    def action_new_profile(self) -> None:
        from wizard.tui.profile_actions import ask_new

        ask_new(self.wizard)

    def profiles_changed(self, select: int | None = None, focus: bool = False) -> None:
        """The store changed (or the screen is back): show the list as it is now."""
        from textual.widgets import Input

        from wizard.tui.widgets.profile_list import ProfileList

        for profiles in self.query(ProfileList):
            profiles.reload(select)
            if focus:
                # back from a client: the filter kept is selected, so the next name typed
                # replaces it ("chiara", not "oguzchiara") and the arrows still use it
                field = profiles.query_one("#profile-filter", Input)
                field.focus()
                field.call_after_refresh(field.select_all)

    def on_key(self, event: events.Key) -> None:
        """A letter typed anywhere on this screen finds a stored profile: it goes to the list's
        filter (which takes the focus), so the next Enter opens the row it shows first, not
        the button or file that had the focus. An Input keeps its own letters."""
        from textual.widgets import Input

        from wizard.tui.widgets.profile_list import ProfileList

        if event.key == "enter" and self.focused is self.query_one("#language"):
            event.stop()
            self.start_new()  # the language is picked: Enter goes on, as the button does
            return
        if event.key in ("left", "right") and isinstance(self.focused, Input) \
                and self.focused.id == "profile-filter" and not self.focused.value:
            # the filter has the focus when profiles are stored, but ←/→ pick the language
            # as on a first start: the language line takes the focus (so Enter starts the
            # new profile in it, as there) and moves
            event.stop()
            event.prevent_default()
            choice = self.query_one("#language", ChoiceLine)
            choice.focus()
            choice.action_move(-1 if event.key == "left" else 1)
            return
        if not (event.is_printable and event.character and event.key != "space"):
            return
        if isinstance(self.focused, Input):
            return
        if not self.list_ready:
            # the list is not there yet: keep the letters for its filter, so that the Enter
            # that follows opens the client typed, not the first row
            event.stop()
            event.prevent_default()
            self.early += event.character
            return
        for profiles in self.query(ProfileList):
            if profiles.rows or profiles.query_text:
                event.stop()
                event.prevent_default()
                profiles.type_into_filter(event.character)

    def on_profile_list_picked(self, event: ProfileList.Picked) -> None:
        """A listed profile acted on: opened, or asked about in a dialog."""
        from wizard.tui import profile_actions as pa

        app, pid, name = self.wizard, event.profile_id, event.name
        if event.action == "open":
            app.coach.open_profile(pid)
        elif event.action == "rename":
            pa.ask_rename(app, pid, name)
        elif event.action == "duplicate":
            pa.duplicate(app, pid)
        elif event.action == "delete":
            pa.ask_delete(app, pid, name)
        elif event.action == "notes":
            pa.ask_notes(app, pid)

    @on(TextButton.Pressed, "#open")
    def open_typed(self) -> None:
        from textual.widgets import Input

        typed = self.query_one("#open-path", Input).value.strip()
        if typed:
            self.open(expand_user(typed))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "open-path":
            self.open_typed()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        if event.option_list.id == "files":
            self.open(self.files[event.option_index])

    def open(self, path: Path) -> None:
        error = self.wizard.open_file(path)
        if error is not None:
            message = self.query_one("#open-error", Static)
            message.update(for_terminal(error))
            message.set_class(True, "-shown")
