"""Provides the wizard's entries in the command palette (Ctrl+P): every action, by name."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from textual.app import SystemCommand
from textual.screen import Screen

from wizard.core.languages import available_languages, language
from wizard.core.report import title

if TYPE_CHECKING:
    from wizard.tui.app import WizardApp


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


def wizard_commands(app: WizardApp, screen: Screen[object]) -> Iterable[SystemCommand]:
    from wizard.tui.screens.results import ResultsScreen
    from wizard.tui.screens.step import StepScreen

    yield SystemCommand("Help", "Keys and the ideas behind the questions (F1)", app.action_help)
    from wizard.tui.store_commands import store_commands

    yield from store_commands(app, screen)
    index = current_index(screen, app)
    if index is None:
        return
    session = app.session
    yield SystemCommand("Save answers", "Write the answers file, TOML (Ctrl+S)", app.action_save)
    for i, step in enumerate(session.catalogue.steps):
        if i != index and session.can_open(i):
            yield SystemCommand(f"Go to step {i + 1}: {step.title}", step.intro,
                                lambda i=i: app.goto(i))
    if index != session.step_count and session.answers.is_complete():
        yield SystemCommand("Show results", "The headline, About, pitch and invitation",
                            lambda: app.goto(session.step_count))
    if isinstance(screen, StepScreen):
        yield SystemCommand("Toggle preview", "Show or hide the live preview (F2)",
                            screen.action_toggle_preview)
    if isinstance(screen, ResultsScreen):
        yield SystemCommand("Copy this text", "Clipboard, and a file (F3)", screen.action_copy)
        yield SystemCommand("Copy all texts", "Clipboard, and a file (F4)",
                            screen.action_copy_all)
        yield SystemCommand("Export as Markdown", "All texts with counts and checks (F5)",
                            screen.action_export)
        yield SystemCommand("Reset this text", "Back to the template text (F8)",
                            screen.action_reset)
        assert screen.result is not None
        for output in screen.result.outputs:
            yield SystemCommand(f"Show {title(output, session.answers.lang)}",
                                "Ctrl+PgDn / Ctrl+PgUp go through them",
                                lambda output=output: screen.show_output(output))
    for code in available_languages():
        if code != session.answers.lang:
            name = language(code).name
            yield SystemCommand(f"Language: {name}", f"Questions and checks in {name}",
                                lambda code=code: set_language(app, code, screen))
