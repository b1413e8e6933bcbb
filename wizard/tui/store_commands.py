"""Provides the command palette's entries for stored profiles: list, new, import, the open
profile's rename/duplicate/delete/notes/history/compare, and the handout export."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from textual.app import SystemCommand
from textual.screen import Screen

from wizard.tui.coach_labels import ct

if TYPE_CHECKING:
    from wizard.tui.app import WizardApp


def store_commands(app: WizardApp, screen: Screen[object]) -> Iterable[SystemCommand]:
    from wizard.tui import profile_actions as pa
    from wizard.tui import transfer
    from wizard.tui.screens import history
    from wizard.tui.screens.job_ad import export_handout
    from wizard.tui.screens.start import StartScreen

    lang = app.speaks(screen)

    def c(key: str, **values: object) -> tuple[str, str]:
        return ct(lang, f"cmd_{key}", **values), ct(lang, f"cmd_{key}_help", **values)

    if not isinstance(screen, StartScreen):
        yield SystemCommand(*c("profiles"), lambda: app.run_worker(pa.show_profiles(app)))
    yield SystemCommand(*c("new"), lambda: pa.ask_new(app))
    yield SystemCommand(*c("import"), lambda: transfer.ask_import(app))
    target = _target(app, screen)
    if target is not None:
        pid, name = target
        yield SystemCommand(*c("rename", name=name), lambda: pa.ask_rename(app, pid, name))
        yield SystemCommand(*c("duplicate", name=name), lambda: pa.duplicate(app, pid))
        yield SystemCommand(*c("delete", name=name), lambda: pa.ask_delete(app, pid, name))
        yield SystemCommand(*c("notes", name=name), lambda: pa.ask_notes(app, pid))
    if isinstance(screen, StartScreen):
        return
    if app.coach.lost:
        yield SystemCommand(*c("again"), app.save_again)
    if app.session.answers.is_complete():
        yield SystemCommand(*c("handout"), lambda: export_handout(app))  # a kept ad?
    if app.coach.link is not None:
        yield SystemCommand(*c("history"), lambda: history.show_history(app))
        yield SystemCommand(*c("compare"), lambda: history.compare_before_now(app))
        yield SystemCommand(*c("before"), lambda: transfer.show_before(app))


def _target(app: WizardApp, screen: Screen[object]) -> tuple[int, str] | None:
    """The profile the commands act on: the one open, or the one highlighted in the list."""
    from wizard.tui.screens.start import StartScreen
    from wizard.tui.widgets.profile_list import ProfileList

    if isinstance(screen, StartScreen):
        for widget in screen.query(ProfileList):
            if (h := widget.highlighted()) is not None:
                return h.id, h.name
        return None
    link = app.coach.link
    if link is None or link.id is None:
        return None
    return link.id, link.name
