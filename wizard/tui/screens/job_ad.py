"""Provides the Job ad screen: paste or open an ad, see which of its terms the texts carry and
which they miss (updated as the answers change), and prefer the variants that carry more."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, ClassVar, cast

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Button, Input, Static, TextArea

from wizard.core.match import MatchError, analyse, match
from wizard.core.match.adfile import read_file
from wizard.core.match.report import format_match
from wizard.tui.labels import label
from wizard.tui.live import render_current
from wizard.tui.widgets.key_bar import KeyBar

if TYPE_CHECKING:
    from wizard.core.match.ad import Ad
    from wizard.tui.app import WizardApp

ANALYSE_DELAY = 0.3  # reading an ad costs ~12 ms: once the paste or the typing pauses


class JobAdScreen(Screen[None]):
    """The ad on the left (or above, when narrow), the match report beside it."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "back", "Back")]

    def __init__(self) -> None:
        super().__init__(classes="wizard-screen")
        self.ad: Ad | None = None
        self.problem = ""
        self.kept_text = ""  # the text as last kept in the store's ads
        self._timer: Timer | None = None

    @property
    def wizard(self) -> WizardApp:
        return cast("WizardApp", self.app)

    def compose(self) -> ComposeResult:
        lang = self.wizard.session.answers.lang
        self.set_class(self.app.size.width < 100, "-narrow")
        yield Static(self.wizard.whose()[0], id="whose", markup=False)
        with Horizontal(id="ad-body"):
            with Vertical(id="ad-column"):
                yield Static(label(lang, "ad_title"), classes="step-title")
                yield Static(label(lang, "ad_intro"), classes="step-intro")
                with Horizontal(id="ad-open-row"):
                    yield Input(placeholder=label(lang, "ad_path"), id="ad-path", compact=True)
                    yield Button(label(lang, "open"), id="ad-open", compact=True)
                yield TextArea(id="ad-text", soft_wrap=True, compact=True,
                               placeholder=label(lang, "ad_paste"))
            with VerticalScroll(id="ad-report-box"):
                yield Button(self.prefer_word(), id="ad-prefer", compact=True)
                yield Static(label(lang, "ad_none"), id="ad-report", markup=False)
        yield KeyBar(lambda: self.wizard.session.answers.lang)

    def prefer_word(self) -> str:
        on_now = self.wizard.session.prefer_ad is not None
        return label(self.wizard.session.answers.lang, "ad_prefer_off" if on_now else "ad_prefer")

    def on_mount(self) -> None:
        area = self.query_one(TextArea)
        area.cursor_blink = self.wizard.blink
        kept = self.wizard.coach.ads()
        if kept:  # the profile's last kept ad, as it was left
            self.kept_text = kept[-1].text
            area.load_text(self.kept_text)
            self.read_ad()
        area.focus()

    def on_screen_resume(self) -> None:
        self.show_report()  # the answers may have changed on a step since

    @on(TextArea.Changed, "#ad-text")
    def ad_changed(self) -> None:
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.set_timer(ANALYSE_DELAY, self.read_ad)

    @on(Input.Submitted, "#ad-path")
    @on(Button.Pressed, "#ad-open")
    def open_file(self) -> None:
        typed = self.query_one("#ad-path", Input).value.strip()
        if not typed:
            return
        try:
            text = read_file(Path(typed).expanduser())
        except MatchError as exc:
            self.wizard.say(exc.message(self.wizard.session.answers.lang), "error")
            return
        self.query_one(TextArea).load_text(text)
        self.read_ad()

    def read_ad(self) -> None:
        """Read the ad once per change of its text (never per keystroke of an answer)."""
        self._timer = None
        text = self.query_one(TextArea).text
        answers = self.wizard.session.answers
        self.ad, self.problem = None, ""
        if text.strip():
            try:
                self.ad = analyse(text, fallback=answers.lang)
            except MatchError as exc:
                self.problem = exc.message(answers.lang)
        if self.wizard.session.prefer_ad is not None:
            self.wizard.session.prefer_ad = self.ad
        self.show_report()

    def show_report(self) -> None:
        """Match the ad against the texts as they show now (hand edits in place)."""
        lang = self.wizard.session.answers.lang
        report = self.query_one("#ad-report", Static)
        if self.ad is None:
            report.update(self.problem or label(lang, "ad_none"))
            return
        session = self.wizard.session
        texts: dict[str, str] = {}
        if session.answers.is_complete():
            result = render_current(self.wizard.renderer, session)
            texts = {o: out.chosen.text for o, out in result.outputs.items()}
        found = match(self.ad, session.answers, texts)
        report.update(format_match(found, session.answers, "text").rstrip())

    @on(Button.Pressed, "#ad-prefer")
    def toggle_prefer(self) -> None:
        """The best fit prefers the variants that carry more of the ad (a variant picked by
        hand stays picked)."""
        session = self.wizard.session
        session.prefer_ad = None if session.prefer_ad is not None else self.ad
        self.query_one("#ad-prefer", Button).label = self.prefer_word()
        self.show_report()

    def on_key(self, event: events.Key) -> None:
        if event.key == "pageup":  # back to where the person came from, as from the results
            event.stop()
            self.action_back()

    def action_back(self) -> None:
        self.keep()
        self.dismiss(None)

    def keep(self) -> None:
        """The ad goes with the profile into the store's ads (a coach keeps several)."""
        text = self.query_one(TextArea).text.strip()
        if not text or text == self.kept_text.strip() or self.ad is None:
            return
        if self.wizard.coach.keep_ad(self.ad.title, text):
            self.kept_text = text
            self.wizard.say(label(self.wizard.session.answers.lang, "ad_kept",
                                  title=self.ad.title or text.splitlines()[0][:60]))


def show_job_ad(app: WizardApp) -> None:
    app.flush()
    app.push_screen(JobAdScreen())
