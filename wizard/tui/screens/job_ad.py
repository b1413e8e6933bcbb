"""Provides the Job ad screen: paste or open an ad, see which of its terms the texts carry and
which they miss, and prefer the variants that carry more; and the choice of a kept ad for the
handout.

One screen per open profile is kept (installed in the app): the ad is read once, when its
text changes, and the report follows what it is matched against — the answers, the hand
edits, the chosen variants — whenever they change, on whichever screen they were changed.
Matching is cheap (a few ms); reading an ad is what costs, and that is not done again.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, ClassVar, cast

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.timer import Timer
from textual.widgets import Button, Input, OptionList, Static, TextArea

from wizard.core.match import MatchError, analyse, match
from wizard.core.match.adfile import read_file
from wizard.core.match.report import format_match
from wizard.core.paths import expand_user
from wizard.core.sanitize import for_terminal
from wizard.core.words import words
from wizard.tui.labels import label
from wizard.tui.live import render_current
from wizard.tui.widgets.key_bar import KeyBar

if TYPE_CHECKING:
    from wizard.core.match.ad import Ad
    from wizard.core.record import JobAd
    from wizard.tui.app import WizardApp
    from wizard.tui.session import Session

ANALYSE_DELAY = 0.3  # reading an ad costs ~12 ms: once the paste or the typing pauses
FOLLOW_EVERY = 0.4   # how often the shown report looks whether what it matched changed
SCREEN_NAME = "job-ad"


class JobAdScreen(Screen[None]):
    """The ad on the left (or above, when narrow), the match report beside it."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "back", "Back")]

    def __init__(self, session: Session | None = None) -> None:
        super().__init__(classes="wizard-screen")
        self.session = session  # the profile this screen is about (one screen per profile)
        self.ad: Ad | None = None
        self.problem = ""
        self.kept_text = ""  # the text as last kept in the store's ads
        self._timer: Timer | None = None
        self.matched_for: tuple[object, ...] | None = None  # what the report was made from

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
        self.set_interval(FOLLOW_EVERY, self.follow)

    def on_screen_resume(self) -> None:
        self.follow()  # the answers or the texts may have changed on another screen since

    def what_is_matched(self) -> tuple[object, ...]:
        """What the report depends on besides the ad: answers, hand edits, choices and
        whether the best fit prefers the ad (cheap to compare: a few short strings)."""
        s = self.wizard.session
        return (id(s), repr(s.answers.values), repr(s.edits), repr(s.choice),
                id(s.prefer_ad), id(self.ad))

    def follow(self) -> None:
        """Match again when what the report was made from changed (never the ad read again)."""
        if self.is_current and self.what_is_matched() != self.matched_for:
            self.show_report()

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
            text = read_file(expand_user(typed))
        except MatchError as exc:
            self.wizard.say(exc.message(self.wizard.session.answers.lang), "error")
            return
        self.query_one(TextArea).load_text(text)
        self.read_ad()

    def read_ad(self) -> None:
        """Read the ad once per change of its text (never per keystroke of an answer)."""
        self._timer = None
        text = self.query_one(TextArea).text
        if (path := _file_named(text)) is not None:
            # a file's name typed or pasted where the ad goes (a terminal pastes a dropped
            # file as its path, often quoted): open it, as the field above would
            self.query_one("#ad-path", Input).value = str(path)
            self.open_file()
            return
        answers = self.wizard.session.answers
        self.ad, self.problem = None, ""
        if text.strip():
            try:
                self.ad = analyse(text, fallback=answers.lang)
                # a word or two is no ad yet: say so instead of a report on nothing
                self.ad.check_size(words(answers.lang)("match.pasted_ad"))
            except MatchError as exc:
                self.ad = None
                self.problem = exc.message(answers.lang)
        if self.wizard.session.prefer_ad is not None:
            self.wizard.session.prefer_ad = self.ad
        self.show_report()

    def show_report(self) -> None:
        """Match the ad against the texts as they show now (hand edits in place)."""
        lang = self.wizard.session.answers.lang
        report = self.query_one("#ad-report", Static)
        self.matched_for = self.what_is_matched()
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

    def on_paste(self, event: events.Paste) -> None:
        """A paste while a button has the focus (Tab from the box, then paste) was lost without
        a word: it goes into the ad box, where an ad is pasted. The path field keeps its own."""
        if isinstance(self.focused, (Input, TextArea)):
            return
        event.stop()
        event.prevent_default()
        area = self.query_one("#ad-text", TextArea)
        area.focus()
        area.insert(event.text)

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


def _file_named(text: str) -> Path | None:
    """The file `text` names, when all it holds is one line that is an existing file's path
    (quotes around it allowed); None for an ad's own words."""
    line = text.strip()
    if not line or "\n" in line or len(line) > 4096:
        return None
    if len(line) > 1 and line[0] == line[-1] and line[0] in "'\"":
        line = line[1:-1]
    try:
        path = expand_user(line)
        return path if path.is_file() else None
    except (OSError, ValueError):
        return None


def show_job_ad(app: WizardApp) -> None:
    """The open profile's Job ad screen, as it was left (its ad not read again)."""
    app.flush()
    if isinstance(app.screen, JobAdScreen):
        return
    app.push_screen(kept_screen(app))


def kept_screen(app: WizardApp) -> JobAdScreen:
    """The Job ad screen of the profile open now: kept while it stays open, a new one for
    another profile (the one before goes, with its ad)."""
    if app.is_screen_installed(SCREEN_NAME):
        screen = app.get_screen(SCREEN_NAME)
        if isinstance(screen, JobAdScreen) and screen.session is app.session:
            return screen
        if screen not in app.screen_stack:
            app.uninstall_screen(SCREEN_NAME)
        else:  # still shown under a dialog: the new one is not kept
            return JobAdScreen(app.session)
    screen = JobAdScreen(app.session)
    app.install_screen(screen, SCREEN_NAME)
    return screen


# ── the handout with a kept job ad ────────────────────────────────────────────────────────

class AdPicker(ModalScreen[str | None]):
    """Which kept job ad the handout matches: none, or one of them (newest first). Returns
    "" for none, the ad's id as text, or None when the person cancels."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "dismiss(None)", "Cancel")]

    def __init__(self, lang: str, ads: list[JobAd]) -> None:
        super().__init__(classes="dialog")
        self.lang = lang
        self.ads = ads

    def compose(self) -> ComposeResult:
        from textual.widgets.option_list import Option

        say = words(self.lang)
        with Vertical(classes="dialog-box"):
            yield Static(say("match.pick_title"), classes="dialog-title")
            yield OptionList(
                Option(say("match.pick_none"), id="ad-"),
                *(Option(for_terminal(say("match.pick_item", title=a.title,
                                          added=a.added.astimezone().strftime("%Y-%m-%d"))),
                         id=f"ad-{a.id}") for a in reversed(self.ads)),
                id="ad-pick")

    def on_mount(self) -> None:
        self.query_one(OptionList).focus()

    @on(OptionList.OptionSelected, "#ad-pick")
    def picked(self, event: OptionList.OptionSelected) -> None:
        self.dismiss((event.option.id or "ad-").removeprefix("ad-"))


def export_handout(app: WizardApp) -> None:
    """The handout (wizard.tui.transfer), with the match of a kept job ad when the coach
    picks one; a profile without kept ads gets its handout at once."""
    from wizard.tui import transfer

    ads = app.coach.ads() if app.session.answers.is_complete() else []
    if not ads:
        transfer.export_handout(app)
        return
    lang = app.session.answers.lang

    def chosen(pick: str | None) -> None:
        if pick is None:
            return
        ad = None
        kept = next((a for a in ads if str(a.id) == pick), None)
        if kept is not None:
            try:
                ad = analyse(kept.text, fallback=lang)
            except MatchError as exc:
                app.say(exc.message(lang), "error")
                return
        transfer.export_handout(app, ad)

    app.push_screen(AdPicker(lang, ads), chosen)
