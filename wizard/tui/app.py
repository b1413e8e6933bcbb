"""Provides the Textual app: the session, moving between screens, and every file action."""

from __future__ import annotations

import contextlib
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from rich.console import RenderableType
from textual import events
from textual.app import App, ScreenStackError, SystemCommand
from textual.binding import Binding, BindingType
from textual.notifications import SeverityLevel
from textual.screen import Screen

from wizard.core.errors import os_words
from wizard.core.model import Answers, AnswersError, Value
from wizard.core.words import interface_language, words
from wizard.tui.clipboard import NATIVE_TIMEOUT, NativeClipboard, Pyperclip
from wizard.tui.coach import Coach
from wizard.tui.labels import label, short_step_names
from wizard.tui.nobreak import keep_no_break_spaces
from wizard.tui.presenters.toast import one_line
from wizard.tui.session import Session, display_path
from wizard.tui.typeahead import TypeAhead

if TYPE_CHECKING:
    from wizard.core.errors import UserError
    from wizard.core.render import Renderer, Result
    from wizard.tui.delivery import Delivery
    from wizard.tui.widgets.step_bar import StepBar


TOAST_SECONDS = 4.0
keep_no_break_spaces()  # "18 %" and "Enregistrer :" never wrap before the sign (nobreak.py)


class WizardApp(App[None]):
    """One app for the CLI and the tests; all state is in `session`, never in widgets."""

    CSS_PATH = "app.tcss"
    TITLE = "profile-wizard"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("f1", "help", "Help"),
        Binding("ctrl+s", "save", "Save"),
        # Not a priority binding: keys typed before it still reach their field first.
        Binding("ctrl+q", "quit", "Quit"),
    ]

    def __init__(self, session: Session | None = None, *, new_path: Path | None = None,
                 lang: str = "en", clipboard: NativeClipboard | None = None, blink: bool = True,
                 terminal_clipboard: bool | None = None, store_path: Path | None = None,
                 delivery: Delivery | None = None) -> None:
        super().__init__()
        self.session: Session = session or Session(Answers(lang), new_path)
        self.started = session is not None
        self.new_path = new_path
        self.native_clipboard = clipboard or Pyperclip()
        self.blink = blink
        self.terminal_clipboard = terminal_clipboard
        self.copy_timeout = NATIVE_TIMEOUT
        self.preview_shown = True
        self._renderer: Renderer | None = None
        self.coach = Coach(self, store_path)  # the profile store; opened on first use
        self._coach_closed = False
        self.interface_lang = interface_language()  # outside a profile (wizard.core.words)
        self.crash_message = ""  # the one line told after an internal error (wizard.tui.crash)
        self._delivery = delivery
        self.typeahead = TypeAhead(self)  # keys in the order typed, each to its own field

    @property
    def delivery(self) -> Delivery:
        """Where copies and exports go: this machine, or the browser (wizard.tui.delivery)."""
        if self._delivery is None:  # known once the driver is: a browser tab or a terminal
            from wizard.tui.delivery import delivery_for

            self._delivery = delivery_for(self)
        return self._delivery

    def on_mount(self) -> None:
        self.coach.mounted()

    async def on_event(self, event: events.Event) -> None:
        """Keys and pastes go through the type-ahead (wizard.tui.typeahead), which lets each
        on only once the keys before it have taken effect."""
        if not isinstance(event, (events.Key, events.Paste)) or event.is_forwarded:
            await super().on_event(event)
        elif not self.typeahead.hold(event):
            target = self.focused or self.screen
            await super().on_event(event)
            self.typeahead.sent(event, target)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "save":  # nothing to save before a profile is started
            from wizard.tui.screens.start import StartScreen

            return not isinstance(self.screen, StartScreen)
        return True

    def get_default_screen(self) -> Screen[None]:
        """The first screen is the default one: no extra screen to paint at start-up."""
        if self.started:
            if self.session.path is not None:
                # `profile-wizard FILE` is kept in the store like a file opened from the list,
                # linked before its first screen is made so that its hand edits show there
                self.coach.opened_file(self.session.path)
            return self.screen_for(self.session.first_incomplete())
        from wizard.tui.screens.start import StartScreen

        return StartScreen(self.new_path, self.interface_lang)

    @property
    def renderer(self) -> Renderer:
        if self._renderer is None:  # Jinja is imported on first use, not at start-up
            from wizard.core.paths import user_template_dirs
            from wizard.core.templates import TemplateSet
            from wizard.tui.template_guard import GuardedRenderer

            self._renderer = GuardedRenderer(TemplateSet(user_template_dirs()),
                                             self._template_failed)
        return self._renderer

    def _template_failed(self, exc: Exception) -> None:
        """A coach's template failed: say so once; the built-ins write the texts from now on."""
        import threading

        from wizard.core.errors import UserError
        from wizard.core.template_check import describe

        lang = self.session.answers.lang
        reason = _template_reason(exc, lang) if isinstance(exc, UserError) else describe(exc)
        line = UserError("templates_off", reason=reason).message(lang)
        if threading.current_thread() is threading.main_thread():
            self.say(line, severity="error", timeout=30)
        else:
            self.call_from_thread(self.say, line, "error", 30)

    def set_answer(self, key: str, value: Value) -> bool:
        """The one place every answer change lands (an autosave hooks in here).
        Returns whether the stored answer changed."""
        answers = self.session.answers
        before = answers[key]
        answers.set(key, value)
        if answers[key] == before:
            return False
        self.coach.autosave.changed()
        self.show_whose()
        return True

    def set_register(self, register: str) -> bool:
        """How the texts address the reader (the answers file's `register`); kept like an
        answer. Returns whether it changed."""
        answers = self.session.answers
        if answers.register == register:
            return False
        answers.register = register
        self.coach.autosave.changed()
        self.show_whose()
        return True

    def flush(self) -> None:
        flush = getattr(self.screen, "flush", None)
        if callable(flush):
            flush()

    def goto(self, index: int) -> None:
        """Show step `index` (the results at index == step count), keeping every answer."""
        self.flush()
        self.coach.step_changed()
        s = self.session
        if index >= s.step_count and not s.answers.is_complete():
            index = s.first_incomplete()
            # the questions' names would not fit on the toast's one line: the step shown
            # is the first one missing, and its fields say which
            self.say(label(s.answers.lang, "not_complete", count=len(s.answers.missing())),
                     severity="warning")
        from wizard.tui.screens.step import StepScreen

        shown = self.screen
        if isinstance(shown, StepScreen) and shown.session is s and index < s.step_count:
            s.reached(index)
            shown.show_step(index)  # in place: no new screen to build and style
            return
        screen = self.screen_for(index)
        if len(self.screen_stack) > 1:
            self.switch_screen(screen)
        else:
            self.push_screen(screen)

    def screen_for(self, index: int) -> Screen[None]:
        from wizard.tui.screens.results import ResultsScreen
        from wizard.tui.screens.step import StepScreen

        self.session.reached(index)
        return ResultsScreen() if index >= self.session.step_count else StepScreen(index)

    def step_bar(self, current: int) -> StepBar:
        from wizard.tui.widgets.step_bar import StepBar, StepMark  # not needed to start up

        s = self.session
        names = [*short_step_names(s.answers.lang), label(s.answers.lang, "results")]
        marks = [StepMark(names[i], i < s.furthest and not s.missing_in(i), s.can_open(i))
                 for i in range(s.step_count)]
        marks.append(StepMark(names[-1], s.answers.is_complete(), s.can_open(s.step_count)))
        step = label(s.answers.lang, "step_of", n=min(current + 1, s.step_count),
                     total=s.step_count)
        return StepBar(marks, current, step if current < s.step_count else "", self.whose())

    def whose(self) -> tuple[str, str, str]:
        """Whose profile is open, in which language, and whether it is saved."""
        from wizard.tui.presenters.whose import SaveState, whose

        s, auto = self.session, self.coach.autosave
        link = auto.link
        file = s.path.name if s.path is not None else ""
        stored = link is not None
        state = SaveState(stored, auto.pending, bool(auto.failed), file,
                          bool(file) and s.is_dirty())
        from wizard.tui.coach_labels import is_untitled

        name = link.name if link is not None and not is_untitled(link.name) else ""
        return whose(s.answers, name, state)

    def show_whose(self) -> None:
        """The badge follows every change and every save (the step bar's, and the line at
        the top of the other screens of an open profile)."""
        from textual.widgets import Static

        from wizard.tui.widgets.step_bar import StepBar

        now = self.whose()  # once: it asks whether the file is behind the answers
        for bar in self.screen.query(StepBar):
            bar.badge = now
        for line in self.screen.query("#whose").results(Static):
            line.update(now[0])

    def start_new(self, lang: str, path: Path | None) -> None:
        if self.coach.holds_lost_work():
            return
        self.coach.leave()
        self.session = Session.open(Answers(lang), path, on_disk=False)
        self.coach.started_new()
        self.goto(0)

    def open_file(self, path: Path) -> str | None:
        """Open an answers file (incomplete is fine); the error message when it cannot be."""
        try:
            session = Session.open_file(path)
        except AnswersError as exc:
            return str(exc)
        if self.coach.holds_lost_work():
            return None
        self.coach.leave()
        self.session = session
        self.coach.opened_file(path)
        self.goto(self.session.first_incomplete())
        return None

    def action_help(self) -> None:
        from wizard.tui.screens.help import HelpScreen, start_help_markdown
        from wizard.tui.screens.start import StartScreen

        if isinstance(self.screen, HelpScreen):
            return
        # outside a profile (the start screen and the dialogs over it) the start screen's
        # help, in the words it speaks; a profile's screens get the wizard's, in its language
        shown = next((s for s in reversed(self.screen_stack) if not s.is_modal), None)
        if isinstance(shown, StartScreen):
            self.push_screen(HelpScreen(markdown=start_help_markdown(self.speaks())))
        else:
            self.push_screen(HelpScreen(self.session.catalogue))

    def action_save(self, then_quit: bool = False) -> None:
        from wizard.tui.screens.dialogs import SaveAsDialog

        self.flush()
        if self.session.path is not None:
            self._save(self.session.path, then_quit)
            return
        if not self.coach.check_store() and self.coach.link is not None:
            self.save_again(then_quit)
            return
        dialog = SaveAsDialog(self.session.answers.lang, self.session.default_path(), self.blink)
        self.push_screen(dialog, lambda path: self._save(path, then_quit) if path else None)

    def save_again(self, then_quit: bool = False) -> None:
        """The store's file vanished: write it again where it was, or save an answers file."""
        from wizard.tui.screens.dialogs import AgainChoice, SaveAgainDialog, SaveAsDialog

        coach, lang = self.coach, self.session.answers.lang
        path = coach.store_path_shown()

        def chosen(choice: AgainChoice | None) -> None:
            if choice == "store" and coach.save_store_again():
                if then_quit:
                    self.exit()
            elif choice == "file":
                dialog = SaveAsDialog(lang, self.session.default_path(), self.blink)
                self.push_screen(dialog,
                                 lambda path: self._save(path, then_quit) if path else None)

        self.push_screen(SaveAgainDialog(lang, coach.lost, path, coach.can_save_again()),
                         chosen)

    def _save(self, path: Path, then_quit: bool = False) -> None:
        lang = self.session.answers.lang
        try:
            self.session.save(path)
        except OSError as exc:
            self.say(label(lang, "save_failed", path=display_path(path),
                           error=os_words(exc, lang)), severity="error")
            return
        if then_quit:
            self.exit()
        else:
            self.say(label(lang, "saved", path=display_path(path)))
            self.show_whose()

    async def action_quit(self) -> None:
        from wizard.tui.screens.dialogs import QuitChoice, QuitDialog

        self.flush()
        self.coach.check_store()  # a store deleted since the last save keeps nothing
        answers, texts = self.session.is_dirty(), self.session.texts_dirty
        if self.coach.keeps_work() and self.session.path is None:
            answers, texts = False, False  # answers and edits are in the profile store already
        if not (answers or texts):
            self.exit()
            return

        def chosen(choice: QuitChoice | None) -> None:
            if choice == "save":
                if texts:  # edited texts live only here: keep them as a file
                    from wizard.tui.live import render_current

                    self.export(render_current(self.renderer, self.session))
                if answers:
                    self.action_save(then_quit=True)
                else:
                    self.exit()
            elif choice == "quit":
                self.coach.discard()  # the store keeps what the file holds, not these changes
                self.exit()

        path = self.session.path
        keeps = label(self.session.answers.lang, "quit_keeps_file", file=path.name) \
            if path is not None else label(self.session.answers.lang, "quit_keeps_nothing")
        if self.coach.lost:
            keeps = f"{self.coach.lost} {keeps}"  # why a stored profile asks at all
        only = path.name if path is not None and not self.session.answers_dirty() else ""
        self.push_screen(QuitDialog(self.session.answers.lang, answers, texts, keeps, only),
                         chosen)

    def copy_texts(self, outputs: list[str], texts: dict[str, str]) -> None:
        lang = self.session.answers.lang
        if len(outputs) == 1:
            what, text, suffix = label(lang, outputs[0]), texts[outputs[0]], f"{outputs[0]}.txt"
        else:
            what, suffix = label(lang, "all_texts"), "all.txt"
            text = "\n\n".join(f"{label(lang, o)}\n\n{texts[o].strip()}" for o in outputs)
        self.run_worker(self._copy(text, what, suffix), group="copy")
        self.coach.keep_version("copy")

    async def _copy(self, text: str, what: str, suffix: str) -> None:
        message, severity = await self.delivery.copy(self, text, what, suffix)
        self.say(message, severity, 12)

    def export_path(self, suffix: str) -> Path:
        """Where a copied or exported text is saved as a file (see Session.file_for)."""
        profile_id = self.coach.profile_id() if self.session.path is None else None
        path = self.session.file_for(suffix, profile_id)
        self.coach.wrote(path)  # deleting the profile removes it too
        return path

    def say(self, message: str, severity: SeverityLevel = "information",
            timeout: float = 8) -> None:
        """A notification; never markup, since paths and answers may hold brackets, and never
        a control character from outside (a file name, an error's text)."""
        from wizard.core.sanitize import cap_marks, for_terminal

        if not self.screen_stack:
            # said while the first screen is made (a store that keeps nothing, found as an
            # answers file opens): a toast's seconds count from when it is raised, and a start
            # that took them all (a busy machine) showed it to no one; it is raised once that
            # screen is up and painted
            self.call_after_refresh(self.say, message, severity, timeout)
            return
        # short, whatever the caller asked: a toast must not sit over the work (app.tcss
        # keeps it on the step bar's line, away from the fields, buttons and preview), and
        # one at a time: a second one would stack below it, over the tabs and the badge
        self.clear_notifications()
        with contextlib.suppress(ScreenStackError):  # Textual leaves the old toast's holder
            self.screen.query("ToastHolder").remove()  # behind, a line over the tabs
        # on one line that fits (a second would cover the tabs), errors too: a long path
        # gives way first; the packs' toasts fit 80 columns whole (tests/tui/test_tui_toasts)
        line = one_line(cap_marks(for_terminal(message, multiline=True)),
                        max(20, self.size.width - 2))
        self.notify(line, severity=severity, timeout=min(timeout, TOAST_SECONDS), markup=False)

    def send_osc52(self, text: str) -> bool:
        """OSC 52 reaches a real terminal only; whether it pasted cannot be known."""
        terminal = not self.is_headless if self.terminal_clipboard is None \
            else self.terminal_clipboard
        if terminal:
            self.copy_to_clipboard(text)
        return terminal

    def export(self, result: Result) -> None:
        from wizard.core.report import markdown

        lang = self.session.answers.lang
        ok, message, _ = self.delivery.save(
            self, {"texts.md": markdown(result, self.session.answers)}, bundle="texts.zip",
            told=lambda paths: label(lang, "exported", path=display_path(paths[0])),
            failed=lambda path, exc: label(lang, "save_failed", path=display_path(path),
                                           error=os_words(exc, lang)))
        if ok:
            self.session.texts_dirty = False
            self.coach.keep_version("export", result)
        self.say(message, "information" if ok else "error")

    def exit(self, result: None = None, return_code: int = 0,
             message: RenderableType | None = None) -> None:
        self.close_coach()
        super().exit(result, return_code, message)

    def on_exit_app(self) -> None:
        # Also told to quit without exit(): by a browser tab's page (closed, reloaded) and by
        # Ctrl+C on `profile-wizard serve` (Textual's web driver): every field as it shows
        if not self._coach_closed:
            self.flush()
        self.close_coach()

    def close_coach(self) -> None:
        """What was typed last is on disk before the app goes (once)."""
        if not self._coach_closed:
            self._coach_closed = True
            self.coach.close()

    def _handle_exception(self, error: Exception) -> None:
        """Any internal error: the work kept, one line without answers, exit status 1 (never
        Textual's traceback with locals, which prints the person's answers)."""
        from wizard.tui.crash import crash_line

        self._return_code = 1
        if self._exception is None:  # as Textual does: a test's Pilot re-raises it
            self._exception = error
            self._exception_event.set()
        if not self.crash_message:  # the first error is told; a second says nothing new
            try:
                self.crash_message = crash_line(self, error)
            except Exception:
                self.crash_message = "profile-wizard: error: the app stopped on an internal error"
        self._close_messages_no_wait()  # launch() prints the line once the screen is back

    def speaks(self, screen: Screen[object] | None = None) -> str:
        """The language of every word on screen: the open profile's on its screens and the
        dialogs over them, else the interface language (the start screen, the list, the
        store's dialogs over them)."""
        from wizard.tui.screens.job_ad import JobAdScreen
        from wizard.tui.screens.results import ResultsScreen
        from wizard.tui.screens.start import StartScreen
        from wizard.tui.screens.step import StepScreen

        stack = self.screen_stack
        if screen is not None and screen in stack:
            stack = stack[: stack.index(screen) + 1]
        for shown in reversed(stack):
            if isinstance(shown, StepScreen | ResultsScreen | JobAdScreen):
                return self.session.answers.lang
            if isinstance(shown, StartScreen):
                return self.interface_lang
        return self.session.answers.lang if self.started else self.interface_lang

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        from wizard.tui.commands import textual_commands, wizard_commands

        yield from wizard_commands(self, screen)
        yield from textual_commands(self, screen, self.speaks(screen))

    def action_command_palette(self) -> None:
        from wizard.tui.commands import Palette

        if self.use_command_palette and not Palette.is_open(self):  # type: ignore[arg-type]
            self.push_screen(Palette(self.speaks(), "tui_palette.search",
                                     id="--command-palette"))

    def search_themes(self) -> None:
        from textual.theme import ThemeProvider

        from wizard.tui.commands import Palette

        self.push_screen(Palette(self.speaks(), "tui_palette.search_themes",
                                 providers=[ThemeProvider]))

    def action_show_help_panel(self) -> None:
        """Textual's Keys panel, in the words on screen (wizard.tui.widgets.keys_panel)."""
        from wizard.tui.widgets.keys_panel import KeysPanel

        screen = self.screen
        if not screen.query(KeysPanel):
            screen.mount(KeysPanel(lambda: self.speaks(screen)))

    def action_help_quit(self) -> None:
        """Ctrl+C no longer quits: say which key does, in the words on screen."""
        from wizard.tui.widgets.key_bar import key_name

        for key, active in self.active_bindings.items():
            if active.binding.action in ("quit", "app.quit"):
                say = words(self.speaks())
                self.notify(say("tui_palette.ctrl_c", key=key_name(key, say.lang)),
                            title=say("tui_palette.ctrl_c_title"), markup=False, timeout=4)
                return


def _template_reason(exc: UserError, lang: str) -> str:
    """A coach's template's problem for the one-line toast: the file named once, by its
    name, and what is wrong with its numbers ("'en/headline/1-huge.j2' is too large for a
    template (1,000,000 bytes; the limit is 100,000)"), before the rest of the line; the
    whole path first left no room for the limit."""
    detail = exc.detail(lang)
    if exc.where is None:
        return detail
    name = Path(exc.where).name
    return detail if name.split(":")[0] in detail else f"{name}: {detail}"
