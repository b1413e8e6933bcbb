"""Provides one question on screen: its sentence stem in front of the answer, help and example."""

from __future__ import annotations

from typing import ClassVar, Protocol, runtime_checkable

from rich.cells import cell_len
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Checkbox, Input, Static

from wizard.core.catalogue import Question
from wizard.core.counting import utf16_length
from wizard.core.filters import strip_stem
from wizard.core.model import MAX_ANSWER_CHARS, Value
from wizard.tui.labels import label


def dom_id(key: str) -> str:
    """A kebab-case widget id for an answer key: person.name -> q-person-name."""
    return "q-" + key.replace(".", "-").replace("_", "-")


class Answered(Message):
    """An answer changed on screen; the screen passes it to the app, which stores it."""

    def __init__(self, key: str, value: Value) -> None:
        super().__init__()
        self.key = key
        self.value = value


def submit_now(field: Widget, event: events.Key) -> None:
    """Hand Enter in `field` to the nearest container that acts on it, at once."""
    handler = next((n for n in field.ancestors if isinstance(n, SubmitHandler)), None)
    if handler is not None:
        event.stop()
        event.prevent_default()
        handler.submit_now(field)


@runtime_checkable
class SubmitHandler(Protocol):
    """A container that acts on Enter in one of its fields (the step, a list editor)."""

    def submit_now(self, field: Widget) -> None: ...


class AnswerInput(Input, inherit_bindings=False):
    """An Input that keeps every line of a paste (Textual's keeps only the first).

    Only Input's own bindings: the scroll bindings it inherits would shadow PgUp/PgDn (Back and
    Next) in the key bar, although a one-line field never scrolls vertically.
    """

    BINDINGS: ClassVar[list[BindingType]] = Input.BINDINGS
    # The most the field holds: an answer's limit (wizard.core.model), so that a huge paste
    # neither freezes the app (a 900,000-character one took minutes) nor makes a profile that
    # cannot be saved. `cut` is how much the last value over it lost: the question says so.
    limit: ClassVar[int] = MAX_ANSWER_CHARS
    cut = 0

    def validate_value(self, value: str) -> str:
        self.cut = max(0, len(value) - self.limit)
        return value[: self.limit] if self.cut else value

    # Textual runs these handlers of every class in the MRO: no super() calls here.
    async def _on_key(self, event: events.Key) -> None:
        """Enter acts here, where the field has it (the keys typed after it wait meanwhile:
        wizard.tui.typeahead)."""
        if event.key == "enter":
            submit_now(self, event)

    def _on_focus(self, event: events.Focus) -> None:
        self.cursor_position = len(self.value)

    def _on_blur(self, event: events.Blur) -> None:
        self.cursor_position = 0  # show the start of a long answer, not its tail

    @property
    def overflows(self) -> bool:
        return cell_len(self.value) >= max(1, self.content_size.width - 1)

    def _on_paste(self, event: events.Paste) -> None:
        if event.text:
            text = " ".join(line.strip() for line in event.text.splitlines() if line.strip())
            if self.selection.is_empty:
                self.insert_text_at_cursor(text)
            else:
                self.replace(text, *self.selection)
        event.stop()
        event.prevent_default()  # or Input's own handler inserts the first line a second time
        # Input scrolls to the cursor before its new width is laid out, so a long paste would
        # leave the view at the start: scroll again once it is.
        self.call_after_refresh(self.follow_cursor)

    def follow_cursor(self) -> None:
        x = cell_len(self.value[: self.cursor_position])
        width = self.content_size.width
        if x >= self.scroll_x + width:
            # forced: whether the field may scroll is settled at its next layout, which on a
            # loaded machine can come after this call, and an unforced scroll is dropped
            self.scroll_to(x=x - width + 1, animate=False, force=True)


class QuestionWidget(Vertical):
    """Base of the question widgets. Few nodes on purpose: a step shows quickly when its
    screen has few widgets, so the notes under the answer are one Static."""

    def __init__(self, question: Question, value: Value, lang: str, blink: bool = True) -> None:
        super().__init__(id=dom_id(question.key), classes="question")
        self.question = question
        self.initial = value
        self.lang = lang
        self.blink = blink
        self.message = ""
        self.message_is_error = False
        self.sentence = ""
        self.hint = ""
        self.advice = ""  # an error the texts' checks found in this answer, and how to mend it

    def compose_notes(self) -> ComposeResult:
        yield Static(self.notes(), classes="notes")

    def notes(self) -> Content:
        """The whole sentence (for a long answer), a message, the help, the example."""
        q = self.question
        lines: list[Content] = []
        if self.sentence:
            lines.append(Content.styled(self.sentence, "italic"))
        if self.message:
            style = "bold $text-error" if self.message_is_error else "$text-warning"
            lines.append(Content.styled(self.message, style))
        if self.hint:
            lines.append(Content.styled(self.hint, "$foreground-muted"))
        if self.advice:
            lines.append(Content.styled(self.advice, "$text-warning"))
        # The catalogue's help says "Optional." itself, in the profile's language.
        lines.append(Content.styled(q.help, "$foreground-muted"))
        if q.examples:
            example = f"{label(self.lang, 'example')} {' · '.join(q.examples)}"
            lines.append(Content.styled(example, "italic $foreground-muted"))
        return Content("\n").join(lines)

    def refresh_notes(self) -> None:
        self.query_one(".notes", Static).update(self.notes())

    def show_message(self, text: str, *, error: bool = True) -> None:
        if (text, error) != (self.message, self.message_is_error):
            self.message, self.message_is_error = text, error
            self.refresh_notes()
            if text and self.has_focus_within:  # the message is read where it is typed
                self.call_after_refresh(self.scroll_visible, animate=False)
        self.set_class(error and bool(text), "-invalid")

    def cut_message(self, limit: int, cut: int) -> str:
        """What a field says when a paste was longer than it holds ("" when nothing was cut)."""
        return label(self.lang, "field_cut", limit=limit, cut=cut) if cut else ""

    def show_advice(self, text: str) -> None:
        """What the checks of the texts say about this answer (the sentence as it reads, how
        to phrase it); "" once it reads right."""
        if text != self.advice:
            self.advice = text
            self.refresh_notes()

    def current(self) -> Value:
        """The value on screen now (read when leaving a step, so no keystroke is lost)."""
        raise NotImplementedError

    def focus_field(self) -> None:
        # set_focus, not focus(): focus() waits a turn, and keys typed meanwhile would be lost
        self.screen.set_focus(self.query_one(Input))


class TextQuestion(QuestionWidget):
    """A sentence stem and a one-line answer that completes it."""

    def compose(self) -> ComposeResult:
        with Horizontal(classes="sentence"):
            yield Static(self.question.stem, classes="stem", markup=False)
            yield AnswerInput(str(self.initial), compact=True, select_on_focus=False,
                              id=f"{self.id}-input")
        yield from self.compose_notes()

    def on_mount(self) -> None:
        self.query_one(Input).cursor_blink = self.blink
        self.call_after_refresh(self.echo)

    @on(Input.Changed)
    def changed(self, event: Input.Changed) -> None:
        event.stop()
        self.post_message(Answered(self.question.key, event.value))
        self.check_length(event.value)
        self.echo()

    def on_resize(self) -> None:
        self.echo()

    def echo(self) -> None:
        """A long answer scrolls in its one-line field: show the whole sentence under it, with
        the stem once when the answer typed it again ("parce que parce que …")."""
        field = self.query_one(AnswerInput)
        q = self.question
        sentence = f"{q.stem} {strip_stem(field.value.strip(), (q.stem, *q.strip))}" \
            if field.overflows else ""
        if sentence != self.sentence:
            self.sentence = sentence
            self.refresh_notes()

    def check_length(self, value: str) -> None:
        n, limit = utf16_length(value.strip()), self.question.max_length
        field = self.query_one(AnswerInput)
        if field.cut:
            self.show_message(self.cut_message(field.limit, field.cut), error=False)
        elif n > limit:
            self.show_message(label(self.lang, "too_long_field", length=n, limit=limit),
                              error=False)
        elif self.has_class("-long") or not self.has_class("-invalid"):
            self.show_message("", error=False)
        self.set_class(n > limit, "-long")

    def current(self) -> Value:
        return self.query_one(Input).value


class BoolQuestion(QuestionWidget):
    """A yes/no answer as a checkbox labelled with its sentence."""

    def compose(self) -> ComposeResult:
        yield YesNo(self.question.stem, bool(self.initial), compact=True,
                       id=f"{self.id}-check")
        yield from self.compose_notes()

    @on(Checkbox.Changed)
    def changed(self, event: Checkbox.Changed) -> None:
        event.stop()
        self.post_message(Answered(self.question.key, event.value))

    def current(self) -> Value:
        return self.query_one(YesNo).value

    def focus_field(self) -> None:
        self.screen.set_focus(self.query_one(YesNo))


class YesNo(Checkbox, inherit_bindings=False):
    """A checkbox that Space ticks; Enter goes on to the next question as in every field
    (pressing Enter through a step must not make someone Premium)."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("space", "toggle_button", "Toggle",
                                                     show=False)]

    async def _on_key(self, event: events.Key) -> None:
        if event.key == "enter":
            submit_now(self, event)


def question_widget(question: Question, value: Value, lang: str, blink: bool) -> QuestionWidget:
    """The widget for a question's kind: one declaration, rendered by its kind."""
    if question.kind == "list":
        from wizard.tui.widgets.list_editor import ListQuestion

        return ListQuestion(question, value, lang, blink)
    if question.kind == "bool":
        return BoolQuestion(question, value, lang, blink)
    return TextQuestion(question, value, lang, blink)
