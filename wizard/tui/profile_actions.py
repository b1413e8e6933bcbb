"""Provides the coach's actions on stored profiles: new, rename, duplicate, delete, notes, list.

Each asks in a dialog where it must, acts on the store, says what it did in one line and
refreshes the profile list; a StoreError is shown as it is, never as a traceback.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from wizard.core.model import Answers
from wizard.tui.coach_labels import ct
from wizard.tui.session import Session

if TYPE_CHECKING:
    from wizard.core.store import Store
    from wizard.tui.app import WizardApp

T = TypeVar("T")


def attempt(app: WizardApp, action: Callable[[Store], T]) -> T | None:
    """Run `action` on the store; a failure is one line on screen and gives None."""
    from wizard.core.store import StoreError

    store = app.coach.store()
    if store is None:
        app.say(app.coach.error, "error", 20)
        return None
    try:
        return action(store)
    except StoreError as exc:
        app.coach.tell(exc)  # a vanished store is said as such, once
        return None


def done(app: WizardApp, action: Callable[[Store], object]) -> bool:
    """Like attempt, for an action that returns nothing: whether it worked."""
    return attempt(app, lambda s: (action(s), True)[1]) is not None


def refresh_lists(app: WizardApp, select: int | None = None) -> None:
    from wizard.tui.screens.start import StartScreen

    for screen in app.screen_stack:
        if isinstance(screen, StartScreen):
            screen.profiles_changed(select)


def lang_of(app: WizardApp) -> str:
    """The language on screen: a dialog over the list speaks the interface's."""
    return app.speaks()


def ask_new(app: WizardApp) -> None:
    from wizard.tui.screens.profiles import NewProfileDialog

    def chosen(got: tuple[str, str] | None) -> None:
        if got is not None:
            app.coach.create_profile(*got)

    if app.coach.store() is not None and not app.coach.keeps():
        app.say(app.coach.error, "error")  # the store's one line, before a name is asked for
        return
    app.push_screen(NewProfileDialog(lang_of(app), app.blink), chosen)


def ask_rename(app: WizardApp, profile_id: int, name: str) -> None:
    from wizard.tui.screens.profiles import NameDialog

    def chosen(new: str | None) -> None:
        if new is None or new == name:
            return
        if done(app, lambda s: s.rename_profile(profile_id, new)):
            renamed = attempt(app, lambda s: s.get_profile(profile_id).name) or new
            link = app.coach.link
            if link is not None and link.id == profile_id:
                link.name = renamed
                link.auto_name = renamed == app.session.answers.text("person.name")
            app.say(ct(lang_of(app), "renamed", old=name, new=renamed))
            refresh_lists(app, profile_id)

    app.push_screen(NameDialog(lang_of(app), ct(lang_of(app), "rename_title", name=name), name,
                               app.blink), chosen)


def duplicate(app: WizardApp, profile_id: int) -> None:
    if app.coach.link is not None and app.coach.link.id == profile_id:
        app.coach.autosave.flush(wait=True)  # the copy gets what was typed a moment ago
    p = attempt(app, lambda s: s.duplicate_profile(profile_id))
    if p is not None:
        app.say(ct(lang_of(app), "duplicated", name=p.name))
        refresh_lists(app, p.id)


def ask_delete(app: WizardApp, profile_id: int, name: str) -> None:
    from wizard.tui.screens.profiles import ConfirmDeleteDialog

    versions = attempt(app, lambda s: len(s.list_versions(profile_id)))
    if versions is None:
        return

    def chosen(yes: bool | None) -> None:
        if yes:
            delete(app, profile_id, name)

    app.push_screen(ConfirmDeleteDialog(lang_of(app), name, versions), chosen)


def delete(app: WizardApp, profile_id: int, name: str) -> None:
    """Delete (rows gone, then VACUUM: ~1 s with 100,000 profiles, so off the app's thread)."""
    from wizard.core.store import StoreError

    link = app.coach.link
    if link is not None and link.id == profile_id:
        app.coach.autosave.flush(wait=True)  # no save of it may land after the delete
        app.coach.autosave.attach(None)
        app.run_worker(show_profiles(app), group="profiles")
    store = app.coach.store()
    if store is None:
        app.say(app.coach.error, "error", 20)
        return
    lang = lang_of(app)
    app.say(ct(lang, "deleting", name=name), timeout=3)

    def work() -> None:
        try:
            report = store.delete_profile(profile_id)  # files written about the person too
        except StoreError as exc:
            app.call_from_thread(app.say, str(exc), "error", 20)
            return
        if report.gone:  # else the problem below says what stays in the damaged store
            key = "deleted" if report.scrubbed else "deleted_in_use"
            app.call_from_thread(app.say, ct(lang, key, name=name), "information", 12)
        for problem in [report.problem, *(f"{p}: {why}" for p, why in report.kept)]:
            if problem:
                app.call_from_thread(app.say, problem, "error", 20)
        app.call_from_thread(refresh_lists, app)

    app.run_worker(work, thread=True, group="delete")


def ask_notes(app: WizardApp, profile_id: int) -> None:
    from wizard.tui.screens.profiles import NotesDialog

    p = attempt(app, lambda s: s.get_profile(profile_id))
    if p is None:
        return

    def chosen(notes: str | None) -> None:
        if notes is not None and notes != p.notes and \
                done(app, lambda s: s.set_notes(profile_id, notes)):
            app.say(ct(lang_of(app), "notes_saved", name=p.name))

    app.push_screen(NotesDialog(lang_of(app), p.name, p.notes, app.blink), chosen)


async def show_profiles(app: WizardApp) -> None:
    """Back to the start screen and its list; the open profile is saved first."""
    from wizard.tui.screens.start import StartScreen

    app.flush()
    if app.coach.holds_lost_work():
        return  # the store vanished: the work on screen is saved again first
    app.coach.leave()
    lang = app.interface_lang  # outside a profile the app speaks the interface's language
    while len(app.screen_stack) > 1:
        await app.pop_screen()
    app.coach.autosave.attach(None)
    app.session = Session(Answers(lang))
    if isinstance(app.screen, StartScreen):
        if app.screen.lang != lang:  # back from an Italian client: the English start screen
            app.screen.lang = lang
            app.screen.relabel()
        app.screen.profiles_changed(focus=True)
    else:  # opened from the command line: a step was the first screen
        await app.switch_screen(StartScreen(None, lang))
