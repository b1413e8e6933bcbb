"""Provides the command palette's entries (Ctrl+P): every action by name, Textual's own
commands too, all in the words of the language on screen (`ui/tui_palette.toml`)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from rich.align import Align
from rich.text import Text
from textual.app import SystemCommand
from textual.command import CommandList, CommandPalette
from textual.screen import Screen
from textual.widgets.option_list import Option

from wizard.core.languages import available_languages, language
from wizard.core.report import title
from wizard.core.words import words

if TYPE_CHECKING:
    from wizard.tui.app import WizardApp


class Palette(CommandPalette):
    """Textual's command palette, every word of it in `lang`: the search prompt and the line
    shown when nothing matches (Textual writes "No matches found" itself)."""

    def __init__(self, lang: str, prompt: str, **kwargs: Any) -> None:
        super().__init__(placeholder=words(lang)(prompt), **kwargs)
        self.lang = lang

    def _start_no_matches_countdown(self, search_value: str) -> None:
        # Textual's own, with the pack's words (textual.command.CommandPalette, 8.x)
        self._stop_no_matches_countdown()

        def show_no_matches() -> None:
            if search_value:
                self.query_one(CommandList).add_option(Option(
                    Align.center(Text(words(self.lang)("tui_palette.no_matches"),
                                      style="not bold")),
                    disabled=True, id=self._NO_MATCHES))
                self._list_visible = True
            else:
                self._list_visible = False

        self._no_matches_timer = self.set_timer(self._NO_MATCHES_COUNTDOWN, show_no_matches)


def current_index(screen: Screen[object], app: WizardApp) -> int | None:
    """The step on screen (the step count for the results), None elsewhere."""
    from wizard.tui.screens.results import ResultsScreen
    from wizard.tui.screens.step import StepScreen

    if isinstance(screen, StepScreen):
        return screen.index
    if isinstance(screen, ResultsScreen):
        return app.session.step_count
    return None


def set_language(app: WizardApp, code: str, screen: Screen[object]) -> None:
    """Questions, help and checks switch language; every answer stays as typed."""
    index = current_index(screen, app)
    app.flush()
    app.session.answers.lang = code
    if index is not None:
        app.goto(index)


def command(lang: str, key: str, run: Callable[[], Any], **values: object) -> SystemCommand:
    """A palette entry: its name and help are `tui_palette.<key>` and `<key>_help`."""
    say = words(lang)
    return SystemCommand(say(f"tui_palette.{key}", **values),
                         say(f"tui_palette.{key}_help", **values), run)


def textual_commands(app: WizardApp, screen: Screen[object], lang: str
                     ) -> Iterable[SystemCommand]:
    """Textual's own system commands (App.get_system_commands), in the pack's words."""
    yield command(lang, "theme", app.action_change_theme)
    yield command(lang, "quit", app.action_quit)
    if screen.query("HelpPanel"):
        yield command(lang, "keys_hide", app.action_hide_help_panel)
    else:
        yield command(lang, "keys", app.action_show_help_panel)
    if screen.maximized is not None:
        yield command(lang, "minimize", screen.action_minimize)
    elif screen.focused is not None and screen.focused.allow_maximize:
        yield command(lang, "maximize", screen.action_maximize)
    yield command(lang, "screenshot", lambda: app.set_timer(0.1, app.deliver_screenshot))


def wizard_commands(app: WizardApp, screen: Screen[object]) -> Iterable[SystemCommand]:
    from wizard.tui.screens.job_ad import show_job_ad
    from wizard.tui.screens.results import ResultsScreen
    from wizard.tui.screens.step import StepScreen
    from wizard.tui.store_commands import store_commands

    lang = app.speaks(screen)
    yield command(lang, "help", app.action_help)
    yield from store_commands(app, screen)
    index = current_index(screen, app)
    if index is None:
        return
    session = app.session
    yield command(lang, "save", app.action_save)
    yield command(lang, "job_ad", lambda: show_job_ad(app))
    for i, step in enumerate(session.catalogue.steps):
        if i != index and session.can_open(i):
            yield SystemCommand(words(lang)("tui_palette.goto", n=i + 1, title=step.title),
                                step.intro, lambda i=i: app.goto(i))
    if index != session.step_count and session.answers.is_complete():
        yield command(lang, "results", lambda: app.goto(session.step_count))
    if isinstance(screen, StepScreen):
        yield command(lang, "preview", screen.action_toggle_preview)
    if isinstance(screen, ResultsScreen):
        yield command(lang, "copy", screen.action_copy)
        yield command(lang, "copy_all", screen.action_copy_all)
        yield command(lang, "export", screen.action_export)
        yield command(lang, "reset", screen.action_reset)
        assert screen.result is not None
        for output in screen.result.outputs:
            def show(output: str = output) -> None:
                screen.show_output(output)

            yield command(lang, "show", show, output=title(output, lang))
    for code in available_languages():
        if code != session.answers.lang:
            def switch(code: str = code) -> None:
                set_language(app, code, screen)

            yield command(lang, "language", switch, name=language(code).name)
