"""Provides the results: the four texts in tabs, edited in place, copied, saved and exported."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, cast

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Button, Static, TabbedContent, TabPane, TextArea

from wizard.core.checks import SEVERITIES
from wizard.core.render import Result
from wizard.core.templates import OUTPUTS
from wizard.core.words import words
from wizard.tui.labels import label
from wizard.tui.live import measure_edit, render_current, state
from wizard.tui.session import YOURS
from wizard.tui.widgets.counter import MARK, SEVERITY_MARK, SEVERITY_STYLE, STATE_STYLE
from wizard.tui.widgets.key_bar import KeyBar
from wizard.tui.widgets.output_pane import OutputPane
from wizard.tui.widgets.preview import Preview, PreviewView
from wizard.tui.widgets.step_bar import StepBar

if TYPE_CHECKING:
    from wizard.tui.app import WizardApp

LENGTH_CODES = frozenset({"too_long", "pitch_too_long", "pitch_too_short", "answer_too_long"})
EDIT_DELAY = 0.03  # after a keystroke in a text: recount and check it
SETTLE_DELAY = 0.4  # once editing pauses: bring the overview of all texts up to date


class ResultsScreen(Screen[None]):
    """The texts as the user will paste them; their own edits are kept until they reset."""

    BINDINGS: ClassVar[list[BindingType]] = [
        # F-keys, because a focused TextArea takes letters and most Ctrl keys (and F6/F7).
        Binding("f3", "copy", "Copy"),
        Binding("f4", "copy_all", "Copy all"),
        Binding("f5", "export", "Export"),
        Binding("f8", "reset", "Reset"),
        Binding("f9", "history", "History"),
        Binding("f2", "toggle_overview", "Overview"),
        # Back to the last step, from inside a text too (a text scrolls with the arrows);
        # Escape where the focused widget has no use for it (a list open in the picker has)
        Binding("pageup", "back", "Back", priority=True),
        Binding("escape", "back", "Back", show=False),
        Binding("ctrl+pagedown", "next_output(1)", "Next text", show=False),
        Binding("ctrl+pageup", "next_output(-1)", "Previous text", show=False),
    ]

    def __init__(self) -> None:
        super().__init__(classes="wizard-screen")
        self.result: Result | None = None
        self._pending: set[str] = set()
        self._recount: Timer | None = None
        self._settle: Timer | None = None
        self._prefer: object = None  # the job ad the texts were last chosen for

    @property
    def wizard(self) -> WizardApp:
        return cast("WizardApp", self.app)

    def compose(self) -> ComposeResult:
        lang = self.wizard.session.answers.lang
        narrow = self.app.size.width < 100
        self.set_class(narrow, "-narrow")
        yield self.wizard.step_bar(self.wizard.session.step_count)
        with Horizontal(id="results-body"):
            with Vertical(id="results-main"):
                with TabbedContent(id="outputs"):
                    for output in OUTPUTS:
                        with TabPane(label(lang, output), id=f"tab-{output}"):
                            yield OutputPane(output, lang, self.wizard.blink)
                            if output == "invitation":
                                yield Static(label(lang, "no_invitation"), id="no-invitation")
                with Horizontal(id="result-buttons"):
                    for key, bid in (("copy", "copy"), ("copy_all", "copy-all"),
                                     ("reset", "reset"), ("export", "export"), ("save", "save"),
                                     ("job_ad", "job-ad")):
                        yield Button(label(lang, key), id=bid, compact=True,
                                     variant="primary" if bid == "copy" else "default")
            # All four texts at a glance; beside the editor when there is room, F2 below it.
            overview = Preview(lang, PreviewView(), title=label(lang, "overview"))
            overview.display = not narrow
            yield overview
        yield KeyBar(lambda: self.wizard.session.answers.lang)

    def on_mount(self) -> None:
        self.refresh_texts()
        self.query_one(f"#text-{self.active}").focus()

    def show_output(self, output: str) -> None:
        """Open an output's tab with its text focused (focus left in a hidden tab would pull
        the tabs back to it)."""
        self.query_one(f"#text-{output}").focus()
        self.query_one(TabbedContent).active = f"tab-{output}"

    def action_next_output(self, by: int) -> None:
        """Ctrl+PgDn/PgUp: the next or previous text, from inside the one being edited."""
        shown = [o for o in OUTPUTS if o in (self.result.outputs if self.result else {})]
        if self.active in shown:
            self.show_output(shown[(shown.index(self.active) + by) % len(shown)])

    def on_key(self, event: events.Key) -> None:
        """A letter typed while a button has the focus goes into the text on screen."""
        if isinstance(self.focused, Button) and event.is_printable and event.character \
                and event.key != "space":
            event.stop()
            event.prevent_default()
            area = self.query_one(f"#text-{self.active}", TextArea)
            area.focus()
            area.insert(event.character)

    def action_back(self) -> None:
        self.wizard.goto(self.wizard.session.step_count - 1)

    @property
    def active(self) -> str:
        pane = self.query_one(TabbedContent).active or "tab-headline"
        return pane.removeprefix("tab-")

    def refresh_texts(self) -> None:
        """Render from the answers; outputs the user edited keep their own text."""
        session = self.wizard.session
        self._prefer = session.prefer_ad
        self.result = render_current(self.wizard.renderer, session)
        has_note = "invitation" in self.result.outputs
        self.query_one("#pane-invitation").display = has_note
        self.query_one("#no-invitation").display = not has_note
        stale = set(session.stale())
        for output, out in self.result.outputs.items():
            self.query_one(f"#pane-{output}", OutputPane).load(
                out, session.choice.get(output), session.edits.get(output), output in stale)
            self.mark_tab(output)
        self.show_overview()

    def show_overview(self) -> None:
        assert self.result is not None
        overview = self.query_one(Preview)
        if overview.display:
            shown = {o: out.chosen for o, out in self.result.outputs.items()}
            overview.show(PreviewView(shown), exact=False)  # unchanged texts are not redrawn

    def action_toggle_overview(self) -> None:
        overview = self.query_one(Preview)
        overview.display = not overview.display
        self.show_overview()

    def on_resize(self) -> None:
        """Crossing 100 columns puts the overview back where that width wants it."""
        narrow = self.size.width < 100
        if narrow != self.has_class("-narrow"):
            self.set_class(narrow, "-narrow")
            self.query_one(Preview).display = not narrow
            self.show_overview()

    def mark_tab(self, output: str) -> None:
        assert self.result is not None
        r = self.result.outputs[output].chosen
        lang = self.wizard.session.answers.lang
        tab = self.query_one(TabbedContent).get_tab(f"tab-{output}")
        count = f"{r.seconds:.0f} s" if output == "pitch" else words(lang).number(r.length, ",")
        st = state(r)
        # Length is the counter's mark already; the flag is for the other checks.
        worst = min((SEVERITIES.index(f.severity) for f in r.findings
                     if f.code not in LENGTH_CODES), default=None)
        flag: tuple[str, str] = ("", "")
        if worst is not None and SEVERITIES[worst] != "info":  # the checks, at a glance
            severity = SEVERITIES[worst]
            flag = (f" {SEVERITY_MARK[severity]}", f"bold {SEVERITY_STYLE[severity]}")
        tab.label = Content.assemble(f"{label(lang, output)} ",
                                     (f"{MARK[st]}{count}", STATE_STYLE[st]), flag)
        self.sync_reset()

    @on(TabbedContent.TabActivated)
    def sync_reset(self) -> None:
        """Reset means something only when the text on screen is not the best template's."""
        self.query_one("#reset", Button).disabled = self.active not in self.wizard.session.choice
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "reset":
            return self.is_mounted and self.active in self.wizard.session.choice
        return True

    @on(OutputPane.Edited)
    def edited(self, event: OutputPane.Edited) -> None:
        session = self.wizard.session
        session.edits[event.output] = event.text
        session.choice[event.output] = YOURS
        session.texts_dirty = True
        self.wizard.coach.edited()  # kept as a version once the editing pauses
        # Stored at once (state lives in the session); counted, checked and redrawn just after,
        # so a burst of keys or a paste is one recount and the editor never waits.
        self._pending.add(event.output)
        for timer in (self._recount, self._settle):
            if timer is not None:
                timer.stop()
        self._recount = self.set_timer(EDIT_DELAY, self.recount)
        self._settle = self.set_timer(SETTLE_DELAY, self.settle)

    def settle(self) -> None:
        """Tabs and the overview change size as counts change: update them once typing pauses."""
        self._settle = None
        assert self.result is not None
        for output in self.result.outputs:
            self.mark_tab(output)
        self.show_overview()
        self.wizard.show_whose()  # an answers file's profile: the edit is not in it yet

    def recount(self) -> None:
        self._recount = None
        assert self.result is not None
        session = self.wizard.session
        pending, self._pending = self._pending, set()
        for output in pending:
            out = self.result.outputs[output]
            out.chosen = measure_edit(self.wizard.renderer, session.answers, output,
                                      session.edits[output])
            pane = self.query_one(f"#pane-{output}", OutputPane)
            if pane.showing_edit:
                pane.show(out.chosen)
            else:
                pane.load(out, YOURS, session.edits[output])

    @on(OutputPane.Chosen)
    def chosen(self, event: OutputPane.Chosen) -> None:
        self.wizard.session.choice[event.output] = event.variant
        self.refresh_texts()
        self.wizard.show_whose()  # an answers file's profile: the choice is not in it yet

    @on(OutputPane.StaleChoice)
    def stale_choice(self, event: OutputPane.StaleChoice) -> None:
        """An edit made for earlier answers: kept for the answers now, or dropped."""
        session = self.wizard.session
        if event.keep:
            session.reapply(event.output)
        else:
            session.drop(event.output)
        self.wizard.coach.sync()
        self.refresh_texts()
        self.wizard.show_whose()
        self.query_one(f"#text-{event.output}").focus()

    @on(Button.Pressed, "#reset")
    def action_reset(self) -> None:
        """Back to the best template text; the edit stays one pick away in the variants."""
        self.wizard.session.choice.pop(self.active, None)
        self.refresh_texts()
        self.wizard.show_whose()

    def texts(self) -> dict[str, str]:
        """The texts as on screen now, with any edit not yet stored taken in first."""
        assert self.result is not None
        texts = {o: self.query_one(f"#pane-{o}", OutputPane).text for o in self.result.outputs}
        for output, text in texts.items():
            if text != self.result.outputs[output].chosen.text:
                self.edited(OutputPane.Edited(output, text))
        self.recount()
        return texts

    @on(Button.Pressed, "#copy")
    def action_copy(self) -> None:
        if self.active in self.texts():
            self.wizard.copy_texts([self.active], self.texts())

    @on(Button.Pressed, "#copy-all")
    def action_copy_all(self) -> None:
        self.wizard.copy_texts(list(self.texts()), self.texts())

    @on(Button.Pressed, "#export")
    def action_export(self) -> None:
        self.texts()
        assert self.result is not None
        self.wizard.export(self.result)

    def action_history(self) -> None:
        """The profile's versions and the before, to compare (F9; also in the palette)."""
        from wizard.tui.screens.history import show_history

        self.texts()
        show_history(self.wizard)

    @on(Button.Pressed, "#job-ad")
    def job_ad(self) -> None:
        from wizard.tui.screens.job_ad import show_job_ad

        self.texts()
        show_job_ad(self.wizard)

    def on_screen_resume(self) -> None:
        """Back from the Job ad screen: its preference may choose other variants."""
        if self.result is not None and self._prefer is not self.wizard.session.prefer_ad:
            self.refresh_texts()

    @on(Button.Pressed, "#save")
    def save(self) -> None:
        self.wizard.action_save()

    @on(StepBar.Jump)
    def jump(self, event: StepBar.Jump) -> None:
        self.wizard.goto(event.index)
