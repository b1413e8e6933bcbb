"""Provides the questionary rendering of catalogue questions: one prompt per Question kind."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

import questionary
from prompt_toolkit import PromptSession
from prompt_toolkit.completion import CompleteEvent, Completer, Completion
from prompt_toolkit.document import Document
from prompt_toolkit.enums import DEFAULT_BUFFER
from prompt_toolkit.filters import to_filter
from prompt_toolkit.formatted_text import StyleAndTextTuples
from prompt_toolkit.key_binding import KeyBindings, KeyPressEvent
from prompt_toolkit.layout.controls import BufferControl
from prompt_toolkit.layout.processors import Processor, Transformation, TransformationInput
from prompt_toolkit.output.vt100 import Vt100_Output
from prompt_toolkit.renderer import CPR_Support
from questionary.styles import merge_styles_default

from wizard.core.catalogue import Question
from wizard.core.model import Value
from wizard.core.sanitize import clean_text, for_terminal
from wizard.prompts.messages import Messages
from wizard.prompts.validate import join_items, problem, split_items


class ItemCompleter(Completer):
    """Completes the item being typed in a comma-separated list from the suggestions."""

    def __init__(self, suggestions: Iterable[str]) -> None:
        self.suggestions = tuple(suggestions)

    def get_completions(self, document: Document, complete_event: CompleteEvent,
                        ) -> Iterable[Completion]:
        before = document.text_before_cursor
        current = re.split(r"[,;]", before)[-1].lstrip()
        taken = {item.casefold() for item in split_items(before[: len(before) - len(current)])}
        for word in self.suggestions:
            folded = word.casefold()
            if folded.startswith(current.casefold()) and folded not in taken:
                yield Completion(word, start_position=-len(current))


def prompt_for(q: Question, say: Messages, current: Value) -> questionary.Question:
    """The questionary prompt for `q`: the stem as the message, `current` as the default."""
    if q.kind == "bool":
        return yes_no(q.stem, say, default=current is True)
    default = join_items(current) if isinstance(current, list) else str(current or "")
    extra: dict[str, Any] = {}
    if q.kind == "list" and q.suggestions:
        # Tab completes; a menu popping up on every key would be noise for a screen reader.
        extra = {"completer": ItemCompleter(q.suggestions), "complete_while_typing": False}
    prompt = questionary.text(q.stem, default=default,
                              validate=lambda raw: problem(q, raw, say) or True, **extra)
    _keep_message_close(prompt)
    return prompt


class ShownSafely(Processor):
    """Shows what is typed or pasted as the terminal may show it: a bidi override or a line
    separator in a paste (from a web page, a PDF) would reorder or split the line on screen,
    so each is a "?", as everywhere else (sanitize.for_terminal, one character for one, so
    the cursor stays where it is). The answer keeps them until clean_text drops them."""

    def apply_transformation(self, ti: TransformationInput) -> Transformation:
        return Transformation([(f[0], for_terminal(f[1]), *f[2:])
                               for f in ti.fragments])


def _keep_message_close(prompt: questionary.Question) -> None:
    """Show a validation message right under the answer, not at the bottom of the screen.

    prompt_toolkit lets the input window grow to fill the terminal once a message appears, which
    pushes the message out of sight (and out of a screen reader's reading order).
    """
    for window in prompt.application.layout.find_all_windows():
        content = window.content
        if isinstance(content, BufferControl) and content.buffer.name == DEFAULT_BUFFER:
            window.dont_extend_height = to_filter(True)
            content.input_processors = [*(content.input_processors or []), ShownSafely()]


def value_of(q: Question, raw: object) -> Value:
    """The typed answer as the answers model stores it."""
    if q.kind == "bool":
        return raw is True
    if q.kind == "list":
        return split_items(str(raw))
    return clean_text(str(raw))


def answer(prompt: questionary.Question) -> Any:
    """Ask; Ctrl-C raises KeyboardInterrupt, and input running out always raises EOFError."""
    try:
        result = prompt.unsafe_ask()
    finally:
        _stop_asking_for_the_cursor(prompt)
    if result is None:
        raise EOFError
    return result


def _stop_asking_for_the_cursor(prompt: questionary.Question) -> None:
    """After a prompt, stop cursor-position requests if the terminal never answered one.

    Every prompt waits up to a second at its end for that answer, so a terminal that ignores
    the request (some simple and screen-reader set-ups) would cost a second per question.
    """
    app = prompt.application
    if app.renderer.cpr_support != CPR_Support.SUPPORTED and isinstance(app.output, Vt100_Output):
        app.output.enable_cpr = False


def typed(prompt: questionary.Question, q: Question, say: Messages) -> Value | None:
    """What was typed into an unfinished prompt, when it would have been a valid answer."""
    if q.kind == "bool":
        return None
    raw = prompt.application.current_buffer.text
    if not raw.strip() or problem(q, raw, say) is not None:
        return None
    return value_of(q, raw)


def yes_no(message: str, say: Messages, default: bool) -> questionary.Question:
    """questionary's confirm, with the yes/no keys and words of the profile's language."""
    yes, no = say("yes_key"), say("no_key")
    hint = f"({yes.upper()}/{no}) " if default else f"({yes}/{no.upper()}) "
    status: dict[str, bool] = {}

    def tokens() -> StyleAndTextTuples:
        out: StyleAndTextTuples = [("class:qmark", "?"), ("class:question", f" {message} ")]
        if "answer" in status:
            out.append(("class:answer", say("yes") if status["answer"] else say("no")))
        else:
            out.append(("class:instruction", hint))
        return out

    def finish(event: KeyPressEvent, value: bool) -> None:
        status["answer"] = value
        event.app.exit(result=value)

    kb = KeyBindings()
    # "y" works in every language: people who type English answers out of habit are not stuck.
    for key in {yes, yes.upper(), "y", "Y"}:
        kb.add(key)(lambda event: finish(event, True))
    for key in {no, no.upper()}:
        kb.add(key)(lambda event: finish(event, False))
    kb.add("enter", eager=True)(lambda event: finish(event, default))
    kb.add("c-c", eager=True)(lambda event: event.app.exit(exception=KeyboardInterrupt))
    kb.add("c-d", eager=True)(lambda event: event.app.exit(exception=EOFError))
    kb.add("<any>")(lambda event: None)  # nothing else may be typed
    session: PromptSession[bool] = PromptSession(tokens, key_bindings=kb,
                                                 style=merge_styles_default([]))
    return questionary.Question(session.app)


def choose(message: str, choices: list[tuple[str, str]], instruction: str) -> str:
    """A numbered choice (type the number or use the arrows); returns the chosen value."""
    options = [questionary.Choice(title, value=value) for title, value in choices]
    # A plain ">" pointer: screen readers spell out "»" as "right-pointing double angle".
    prompt = questionary.select(message, options, use_shortcuts=True, instruction=instruction,
                                pointer=">")
    return str(answer(prompt))
