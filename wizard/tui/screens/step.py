"""Provides one wizard step: its questions, Back/Next, and the live preview of what it affects."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, ClassVar, cast

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.timer import Timer
from textual.widget import Widget
from textual.widgets import Button, Static

from wizard.core.catalogue import Question, catalogue
from wizard.core.languages import language
from wizard.core.model import Answers
from wizard.core.render import Rendered, suggest_register
from wizard.tui.labels import label
from wizard.tui.live import affected_outputs, answer_advice, outputs_using, render_preview
from wizard.tui.widgets.key_bar import KeyBar
from wizard.tui.widgets.preview import Preview, PreviewView
from wizard.tui.widgets.question import Answered, QuestionWidget, dom_id, question_widget
from wizard.tui.widgets.register import RegisterChoice
from wizard.tui.widgets.step_bar import StepBar

if TYPE_CHECKING:
    from wizard.tui.app import WizardApp
    from wizard.tui.session import Session

PREVIEW_DELAY = 0.03  # coalesces a burst of keys (or a paste) into one render
SETTLE_DELAY = 0.4  # once typing pauses: choose the best variants again, lay out exactly


class QuestionScroll(VerticalScroll, inherit_bindings=False, can_focus=False):
    """The questions; without the scroll bindings so PgUp/PgDn reach the step's Back/Next,
    and not a stop of its own for Tab (focus moving through the fields scrolls it)."""


class StepPane(Vertical):
    """One step's title, intro and questions. Built once for each step shown and kept: a step
    change shows another pane in the same screen (Textual styles only the new widgets, and a
    step seen before is only shown again), instead of building and styling a whole screen."""

    def __init__(self, index: int, register: str, *children: Widget) -> None:
        super().__init__(*children, id=f"step-pane-{index}")
        self.index = index
        self.register = register  # the stems are shown in it ("Ik kan u helpen met")

    def widgets(self) -> list[QuestionWidget]:
        return list(self.query(QuestionWidget))

    def shows(self, answers: Answers) -> bool:
        """Whether every field shows the answer stored (else the pane is built again)."""
        return all(w.current() == answers[w.question.key] for w in self.widgets())

    def follow_register(self, answers: Answers) -> None:
        """The stems in the register chosen since the pane was built (a step seen in je,
        then u chosen on the first: "Ik kan u helpen met")."""
        register = shown_register(answers)
        if register == self.register:
            return
        self.register = register
        questions = catalogue(answers.lang)
        for w in self.widgets():
            w.question = questions.question(w.question.key).in_register(register)
            for stem in w.query(".sentence > .stem").results(Static):
                stem.update(w.question.stem)

    def reset(self) -> None:
        """As a new pane shows: no message, no advice (they come again as it is typed in)."""
        for w in self.widgets():
            w.show_message("")
            w.show_advice("")
            w.remove_class("-long")


class StepScreen(Screen[None]):
    """A step of the catalogue. It holds no answers: every change goes to the app at once."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("pagedown,ctrl+n", "next", "Next"),
        Binding("pageup", "back", "Back"),
        Binding("f2", "toggle_preview", "Preview"),
    ]

    def __init__(self, index: int) -> None:
        super().__init__(classes="wizard-screen")
        self.index = index
        self._timer: Timer | None = None
        self._settle: Timer | None = None
        self._chosen: dict[str, str] = {}
        self._dirty: set[str] = set()
        self._shown: dict[str, Rendered] = {}
        self._focused_key = ""
        self._panes: dict[int, StepPane] = {}
        self._building = False  # a pane's fields are being mounted: keys wait for them
        self.session: Session | None = None

    @property
    def wizard(self) -> WizardApp:
        return cast("WizardApp", self.app)

    def compose(self) -> ComposeResult:
        session = self.session = self.wizard.session  # the one its panes show
        lang = session.answers.lang
        last = self.index == session.step_count - 1
        self.set_class(self.app.size.width < 100, "-narrow")  # before mounting: no restyle
        self._focused_key = self.first_field(session.missing_in(self.index))
        yield self.wizard.step_bar(self.index)
        with Horizontal(id="step-body"):
            with Vertical(id="questions-column"):
                yield from self.compose_pane(self.index)
                with Horizontal(id="step-buttons"):
                    yield Button(f"← {label(lang, 'back')}", id="back", compact=True,
                                 disabled=self.index == 0)
                    yield Static(classes="spacer")
                    yield Button(f"{label(lang, 'to_results' if last else 'next')} →",
                                 id="next", variant="primary", compact=True)
            preview = Preview(lang, self.preview_view())
            preview.display = self.wizard.preview_shown
            yield preview
        yield KeyBar(lambda: self.wizard.session.answers.lang)

    def compose_pane(self, index: int) -> ComposeResult:
        """The first step's pane as part of the screen (mounted with it, as build_pane's is
        not: a pane mounted later)."""
        session = self.wizard.session
        step = session.catalogue.steps[index]
        lang = session.answers.lang
        with StepPane(index, shown_register(session.answers)) as pane:
            self._panes[index] = pane
            # the title stays above the questions: a tall question scrolled into view must
            # not hide which step this is (80x24)
            yield Static(step.title, classes="step-title", markup=False)
            with QuestionScroll(id=f"questions-{index}"):
                yield Static(step.intro, classes="step-intro", markup=False)
                for q in shown_questions(step.questions, session.answers):
                    yield question_widget(q, session.answers[q.key], lang, self.wizard.blink)
                if index == 0:
                    yield register_choice(session.answers)

    def build_pane(self, index: int) -> StepPane:
        session = self.wizard.session
        step = session.catalogue.steps[index]
        lang = session.answers.lang
        # the title stays above the questions: a tall question scrolled into view must not
        # hide which step this is (80x24)
        title = Static(step.title, classes="step-title", markup=False)
        blink = self.wizard.blink
        questions: list[Widget] = [question_widget(q, session.answers[q.key], lang, blink)
                                   for q in shown_questions(step.questions, session.answers)]
        if index == 0:
            questions.append(register_choice(session.answers))
        intro = Static(step.intro, classes="step-intro", markup=False)
        pane = StepPane(index, shown_register(session.answers), title,
                        QuestionScroll(intro, *questions, id=f"questions-{index}"))
        self._panes[index] = pane
        return pane

    @property
    def pane(self) -> StepPane:
        """The step's pane on screen."""
        return self._panes[self.index]

    def show_step(self, index: int) -> None:
        """Show step `index` in this screen (see StepPane); the app has stored every answer."""
        session = self.wizard.session
        for timer in (self._timer, self._settle):
            if timer is not None:
                timer.stop()
        self._timer = self._settle = None
        old = self.pane
        pane = self._panes.get(index)
        if pane is not None:
            pane.follow_register(session.answers)
        if pane is not None and not pane.shows(session.answers):
            pane.remove()  # its answers changed elsewhere: built again from them
            pane = None
        self.index = index
        self._chosen, self._dirty, self._shown = {}, set(), {}
        self._focused_key = self.first_field(session.missing_in(index))
        lang = session.answers.lang
        last = index == session.step_count - 1
        self.query_one("#back", Button).disabled = index == 0
        self.query_one("#next", Button).label = \
            f"{label(lang, 'to_results' if last else 'next')} →"
        self.query_one(StepBar).follow(self.wizard.step_bar(index))
        old.display = False
        mounting = None
        if pane is None:
            pane = self.build_pane(index)
            mounting = self.query_one("#questions-column").mount(pane, before="#step-buttons")
        else:
            pane.reset()
            pane.display = True
            pane.query_one(QuestionScroll).scroll_home(animate=False)
        preview = self.query_one(Preview)
        if preview.display:
            preview.show(self.preview_view())
        if mounting is None:
            self.focus_first()
            return
        # keys typed until its widgets are there wait for its field (ready_for_keys)
        self._building = True
        self.set_focus(None)

        async def focus_when_mounted() -> None:
            await mounting
            if self.index == index:
                self.focus_when_built()

        self.call_next(focus_when_mounted)

    def focus_first(self) -> None:
        self.query_one(f"#{dom_id(self._focused_key)}", QuestionWidget).focus_field()

    def first_field(self, missing: list[str]) -> str:
        """The question to start at: the first one missing an answer, else the first."""
        keys = [q.key for q in self.wizard.session.catalogue.steps[self.index].questions]
        return next((k for k in keys if k in missing), keys[0])

    def on_mount(self) -> None:
        self.focus_when_built()

    def focus_when_built(self) -> None:
        """Focus the first field once its widget is there (a pane's questions can still be
        mounting as the screen mounts); keys typed meanwhile wait for it (ready_for_keys)."""
        from textual.css.query import NoMatches

        try:
            self.focus_first()
        except NoMatches:
            self._building = True
            self.set_focus(None)
            self.call_after_refresh(self.focus_when_built)
        else:
            self._building = False

    def ready_for_keys(self) -> bool:
        """Whether keys typed now have their field (see wizard.tui.typeahead)."""
        return not self._building

    def on_resize(self, event: events.Resize | None = None) -> None:
        self.set_class(self.size.width < 100, "-narrow")

    @on(Answered)
    def answered(self, event: Answered) -> None:
        event.stop()
        if self.wizard.set_answer(event.key, event.value):
            widget = self.query_one(f"#{dom_id(event.key)}", QuestionWidget)
            if widget.has_class("-invalid") and self.wizard.session.answers.is_answered(event.key):
                widget.show_message("")
            self._dirty.add(event.key)
            self.schedule_render()

    def schedule_render(self) -> None:
        """Never render inside a keystroke: shortly after it, and exactly once typing pauses."""
        for timer in (self._timer, self._settle):
            if timer is not None:
                timer.stop()
        self._timer = self.set_timer(PREVIEW_DELAY, self.render_quick)
        self._settle = self.set_timer(SETTLE_DELAY, self.render_now)

    def render_quick(self) -> None:
        self._timer = None
        keys, self._dirty = self._dirty, set()
        preview = self.query_one(Preview)
        if preview.display:
            preview.show(self.preview_view(keys) if keys else self.preview_view(), exact=False)

    def render_now(self) -> None:
        self._timer = self._settle = None
        preview = self.query_one(Preview)
        if preview.display:  # hidden (F2): rendered when shown again
            preview.show(self.preview_view())
        self.advise()

    def advise(self) -> None:
        """Once typing pauses: at each field, the error the texts' checks find in its answer
        (the sentence as it will read and how to phrase it), and on the first step the
        register the answers use."""
        session = self.wizard.session
        advice = answer_advice(self.wizard.renderer, session.answers)
        for w in self.pane.widgets():
            w.show_advice(advice.get(w.question.key, ""))
        for choice in self.pane.query(RegisterChoice):
            choice.suggest(suggest_register(session.answers))

    @on(RegisterChoice.Chosen)
    def register_chosen(self, event: RegisterChoice.Chosen) -> None:
        event.stop()
        if self.wizard.set_register(event.register):
            self.schedule_render()

    def preview_view(self, changed: set[str] | None = None) -> PreviewView:
        """Render what this step affects from the answers as they are now.

        With `changed` (the keys typed into since the last render) only the outputs that read
        them are rendered, in the variant chosen last time: the quick render between keys.
        """
        session = self.wizard.session
        answers = session.answers
        renderer = self.wizard.renderer
        section = session.catalogue.steps[self.index].id
        outputs = affected_outputs(renderer, answers, section)
        if changed is None:
            shown, missing = render_preview(renderer, answers, outputs)
            self._chosen = {o: r.variant for o, r in shown.items()}
        else:
            redo = outputs_using(renderer, answers.lang, changed, outputs)
            fresh, missing = render_preview(renderer, answers, redo, self._chosen)
            shown = {o: fresh.get(o) or self._shown[o] for o in outputs
                     if o in fresh or (o in self._shown and o not in redo)}
        self._shown = shown
        here = section == "invitation"
        note = "" if shown else label(answers.lang, "name_above" if here else "no_invitation")
        highlight = ""
        if self._focused_key:
            value = answers[self._focused_key]
            highlight = value[-1] if isinstance(value, list) and value else answers.text(
                self._focused_key)
        return PreviewView(shown, missing, highlight, note)

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        for node in event.widget.ancestors:
            if isinstance(node, QuestionWidget):
                # the whole question in view, its message too, not only the line typed on
                node.call_after_refresh(node.scroll_visible, animate=False)
                if node.question.key != self._focused_key:
                    self._focused_key = node.question.key
                    self.schedule_render()
                return

    def on_key(self, event: events.Key) -> None:
        """A letter typed while Back or Next has the focus goes to the question last worked
        on (never lost, and the next Enter does not press Back)."""
        if isinstance(self.focused, Button) and event.is_printable and event.character \
                and event.key != "space":
            from textual.widgets import Input

            event.stop()
            event.prevent_default()
            widget = self.query_one(f"#{dom_id(self._focused_key)}", QuestionWidget)
            field = widget.query(Input).first()
            field.focus()
            field.cursor_position = len(field.value)  # typed after the answer, as it reads
            field.insert_text_at_cursor(event.character)

    def submit_now(self, field: Widget) -> None:
        """Enter moves to the next question, and from the last one to the next step.

        Called by the field itself as it handles Enter (see AnswerInput._on_key), so the focus
        has moved before the keys typed after Enter are handled.
        """
        from wizard.tui.widgets.question import BoolQuestion

        widgets = self.pane.widgets()
        for i, w in enumerate(widgets):
            if field in w.query("*"):
                # a tick box is never landed on by Enter (a Space typed next would tick it
                # unseen): Tab reaches it, Enter goes on to the next field or step
                rest = [n for n in widgets[i + 1:] if not isinstance(n, BoolQuestion)]
                choices = self.pane.query(RegisterChoice)
                if rest:
                    rest[0].focus_field()
                elif choices:  # the first step's last choice is seen, never skipped
                    self.set_focus(choices.first().query_one("#register-choice"))
                else:
                    self.action_next()
                return
        if isinstance(field.parent, RegisterChoice):  # the first step's last choice
            self.action_next()

    def flush(self) -> None:
        """Store what every field shows now; called before leaving, so no keystroke is lost."""
        for w in self.pane.widgets():
            self.wizard.set_answer(w.question.key, w.current())

    @on(Button.Pressed, "#next")
    def action_next(self) -> None:
        self.flush()
        missing = self.wizard.session.missing_in(self.index)
        if missing:
            lang = self.wizard.session.answers.lang
            for key in missing:
                self.query_one(f"#{dom_id(key)}", QuestionWidget).show_message(
                    label(lang, "required"))
            self.query_one(f"#{dom_id(missing[0])}", QuestionWidget).focus_field()
            return
        self.wizard.goto(self.index + 1)

    @on(Button.Pressed, "#back")
    def action_back(self) -> None:
        if self.index > 0:
            self.wizard.goto(self.index - 1)

    @on(StepBar.Jump)
    def jump(self, event: StepBar.Jump) -> None:
        self.wizard.goto(event.index)

    def action_toggle_preview(self) -> None:
        preview = self.query_one(Preview)
        preview.display = self.wizard.preview_shown = not preview.display
        self.render_now()


def shown_register(answers: Answers) -> str:
    """The register the texts are written in: the one chosen, else the language's usual."""
    return language(answers.lang).register(answers.register)


def shown_questions(questions: Sequence[Question], answers: Answers) -> list[Question]:
    """The questions with their stems as the profile's register reads them: a Dutch profile
    in u shows "Ik kan u helpen met", a French one in tu "Je peux t'aider avec"."""
    register = shown_register(answers)
    return [q.in_register(register) for q in questions]


def register_choice(answers: Answers) -> RegisterChoice:
    """The first step's register choice: the one chosen, else the language's usual one."""
    return RegisterChoice(answers.lang, language(answers.lang).register(answers.register),
                          suggest_register(answers))
