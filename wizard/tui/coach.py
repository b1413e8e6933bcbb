"""Provides the app's link to the profile store: which profile is open, autosave, versions.

The store is opened once, lazily (the start screen paints before it); when it cannot be
opened, `error` says why in one line and the app goes on with answers files only.
"""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from textual.timer import Timer

from wizard.core.model import Answers
from wizard.tui.autosave import Autosave, ProfileLink
from wizard.tui.coach_labels import ct, untitled_name
from wizard.tui.session import YOURS, Session

if TYPE_CHECKING:
    from wizard.core.record import JobAd
    from wizard.core.render import Result
    from wizard.core.store import Profile, Reason, Store
    from wizard.tui.app import WizardApp

EDIT_IDLE = 5.0  # seconds after the last keystroke in a result text before it is kept


class Coach:
    """The store side of the app: opening, creating and saving profiles and their versions."""

    def __init__(self, app: WizardApp, store_path: Path | None = None) -> None:
        self.app = app
        self.store_path = store_path
        self.error = ""
        self._store: Store | None = None
        self._opened = False
        self._lock = threading.Lock()
        self.autosave = Autosave(app, self.store, self._saved)
        self._edit_timer: Timer | None = None
        self._warned = False
        # the one line saying the store's file was deleted, moved or replaced while open
        # ("" while it is the file opened): the work is then kept only on screen
        self.lost = ""

    def keeps(self) -> bool:
        """Whether work can be kept in the store (it opened, and can be written)."""
        store = self.store()
        return store is not None and store.read_only is None

    def store(self) -> Store | None:
        """The open store, or None (see `error`); never an empty store made over a bad one."""
        with self._lock:
            if not self._opened:
                from wizard.core.store import Store, StoreError

                self._opened = True
                try:
                    self._store = Store(self.store_path)
                except StoreError as exc:
                    self.error = str(exc)
                else:  # read, never written: the profiles are listed, nothing is kept
                    self.error = str(self._store.read_only or "")
        return self._store

    def mounted(self) -> None:
        """Save what waits whenever another screen comes up (a dialog, help, the palette) and
        before the process is suspended (Ctrl+Z)."""
        self.app.screen_change_signal.subscribe(self.app, lambda _: self._screen_changed())
        self.app.app_suspend_signal.subscribe(self.app, lambda _: self.autosave.flush(wait=True))

    def _screen_changed(self) -> None:
        self.autosave.flush()
        self.check_store()  # a stat of the file: the list, history or a dialog shows it

    # ── a store file that vanished while open ─────────────────────────────────────────────

    def check_store(self) -> bool:
        """Whether the open store is still the file it opened; says once when it is not
        (deleted, moved, or another file in its place)."""
        from wizard.core.store import StoreMoved

        store = self._store
        if store is None or self.lost:
            return not self.lost
        try:
            store.check_file()
        except StoreMoved as exc:
            self.store_lost(str(exc))
            return False
        return True

    def store_lost(self, error: str) -> None:
        """The store's file is gone: nothing more is written to it, everything stays on
        screen, and Ctrl+S (or Ctrl+Q's "Save and quit") offers to save it again."""
        store = self._store
        if self.lost or store is None:
            return
        from wizard.tui.session import display_path

        key = "store_replaced" if store.path.exists() else "store_gone"
        self.lost = ct(self.app.speaks(), key, file=display_path(store.path))
        self.autosave.failed = error
        self.app.show_whose()
        self.app.say(f"{self.lost} {ct(self.app.speaks(), 'again_hint')}", "error", 20)

    def store_path_shown(self) -> str:
        from wizard.tui.session import display_path

        return display_path(self._store.path) if self._store is not None else ""

    def can_save_again(self) -> bool:
        """Whether the store can be written again at its path (nothing else is there)."""
        return bool(self.lost) and self._store is not None and not self._store.path.exists()

    def save_store_again(self) -> bool:
        """Write the vanished store again at its path, whole (every profile, version and
        note it held), then this profile's answers and edits into it."""
        from wizard.core.store import StoreError
        from wizard.tui.session import display_path

        store = self._store
        if store is None:
            return False
        try:
            store.save_again()
        except StoreError as exc:
            self.app.say(str(exc), "error", 20)
            return False
        self.lost, self.autosave.failed = "", ""
        link = self.link
        if link is not None:
            self.autosave.changed()  # what was typed since it vanished
            self.autosave.flush(wait=True)
            self.sync()
        self.app.show_whose()
        self.app.say(ct(self.app.speaks(), "store_again", file=display_path(store.path)))
        return True

    def holds_lost_work(self) -> bool:
        """Before the open profile is left for another: True (and the way to save it
        offered) when the store vanished and its work is only on screen."""
        session = self.app.session
        if self.check_store() or self.link is None:
            return False
        if session.path is not None and not (session.is_dirty() or session.texts_dirty):
            return False  # saved to its answers file since
        self.app.save_again()
        return True

    def tell(self, exc: Exception) -> None:
        """A store call failed: a vanished file is said once as such, anything else as is."""
        from wizard.core.store import StoreMoved

        if isinstance(exc, StoreMoved):
            self.store_lost(str(exc))
        else:
            self.app.say(str(exc), "error")

    def step_changed(self) -> None:
        """A step change saves at once, also what changed without set_answer (the language
        from the palette); a save that changes nothing writes nothing."""
        self.keep_pending_edit()
        link = self.autosave.link
        if link is not None and link.id is not None:  # moving alone does not store a new file
            self.autosave.changed()
        self.autosave.flush()

    def keeps_work(self) -> bool:
        """Whether the open profile's answers and edits are safe in the store (no question
        needed at quit)."""
        return self.autosave.link is not None and not self.autosave.failed and not self.lost

    @property
    def link(self) -> ProfileLink | None:
        return self.autosave.link

    def profile_id(self) -> int | None:
        """The open profile's id, creating it first when answers are waiting to be saved."""
        link = self.autosave.link
        if link is not None and link.id is None:
            self.autosave.changed()  # a copy or an export is worth keeping: store it now
            self.autosave.flush(wait=True)
        return link.id if link is not None else None

    # ── switching profiles ────────────────────────────────────────────────────────────────

    def leave(self) -> None:
        """Before the session is replaced: keep a pending edit and save what waits."""
        self.keep_pending_edit()
        self.autosave.flush(wait=True)
        self.sync()

    def sync(self) -> None:
        """The variant choices and hand edits of the open profile into its stored record."""
        from wizard.core.store import StoreError

        store, link = self._store, self.link
        if store is None or link is None or link.id is None:
            return
        try:
            sync_record(store, link.id, self.app.session)
        except StoreError as exc:
            self.tell(exc)

    def started_new(self) -> None:
        """A new session from "Start a new profile": stored on its first answer."""
        lang = self.app.session.answers.lang
        if not self.keeps():
            self.autosave.attach(None)
            self._warn_unsaved()
            return
        self.autosave.attach(ProfileLink(None, untitled_name(lang, dt.datetime.now()), True))

    def opened_file(self, path: Path) -> None:
        """An answers file opened: its profile is the one with the same answers, if stored;
        else one is made on the first change (opening alone makes nothing)."""
        from wizard.core.store import StoreError

        store = self.store()
        answers = self.app.session.answers
        person = answers.text("person.name")
        if store is None:
            self.autosave.attach(None)
            self._warn_unsaved()
            return
        same = None
        try:
            same = _same_answers(store, answers)
            if same is not None:  # the file as saved from a stored profile: its edits too
                _restore_edits(store, store.get_profile(same), self.app.session)
        except StoreError as exc:
            self.app.say(str(exc), "error")
        if not self.keeps():  # read, never written (a read-only store): shown, not kept
            self.autosave.attach(None)
            self._warn_unsaved()
            return
        self.autosave.attach(ProfileLink(same, person or path.stem, bool(person),
                                         answers.copy()))

    def open_profile(self, profile_id: int, at_start: bool = False) -> Profile | None:
        """Show a stored profile where it was left: the first missing answer, or the results
        with the hand edits of its last version when its answers have not changed since;
        `at_start`: on the first step, whose register choice nothing else shows."""
        from wizard.core.store import StoreError

        store = self.store()
        if store is None:
            self.app.say(self.error, "error")
            return None
        self.app.flush()
        if self.holds_lost_work():
            return None
        self.leave()
        try:
            p = store.get_profile(profile_id)
            stored = p.answers.copy()  # as in the store: a change by another window shows
            session = Session.open(p.answers, None, on_disk=False)
            _restore_edits(store, p, session)
        except StoreError as exc:
            self.app.say(str(exc), "error")
            return None
        follows = _follows(p.name, p.answers)
        if not p.answers.text("person.name") and not follows:
            # a profile named on the command line: its name is the person's, most likely; it
            # is saved with the first change, so opening alone does not reorder the list
            session.answers.set("person.name", p.name)
            follows = True
        self.app.session = session
        if self.keeps():
            self.autosave.attach(ProfileLink(p.id, p.name, follows, stored))
        else:  # a read-only store: said up front, not by the first autosave that fails
            self.autosave.attach(None)
            self._warn_unsaved()
        self._show(0 if at_start else session.first_incomplete())
        return p

    def _show(self, index: int) -> None:
        """Like app.goto, without flushing the screen on show: its fields are the previous
        profile's and must not land in this one. Screens over it (history, help) go too."""
        from wizard.tui.screens.results import ResultsScreen
        from wizard.tui.screens.step import StepScreen

        app = self.app
        while len(app.screen_stack) > 1 and not isinstance(app.screen, StepScreen | ResultsScreen):
            app.pop_screen()
        screen = app.screen_for(index)
        if len(app.screen_stack) > 1:
            app.switch_screen(screen)
        else:
            app.push_screen(screen)

    def create_profile(self, name: str, lang: str) -> None:
        from wizard.core.store import StoreError

        store = self.store()
        if store is None or not self.keeps():
            self.app.say(self.error, "error")
            return
        answers = Answers(lang)
        answers.set("person.name", name)
        try:
            p = store.create_profile(name, lang, answers=answers)
        except StoreError as exc:
            self.app.say(str(exc), "error")
            return
        self.open_profile(p.id)

    def _saved(self, kind: str, text: str) -> None:
        """A save's outcome, back on the app's thread; each failure is said once."""
        self.app.show_whose()
        if kind == "moved":
            self.store_lost(text)
            return
        if kind == "error":
            if text != self.autosave.failed:
                self.autosave.failed = text
                self.app.say(ct(self.app.session.answers.lang, "autosave_failed", error=text),
                             "error", 20)
            return
        self.autosave.failed = ""
        if kind == "created":
            self.app.say(ct(self.app.session.answers.lang, "autosave_created", name=text))
        elif kind == "conflict":
            self.app.say(ct(self.app.session.answers.lang, "autosave_conflict", name=text),
                         "warning", 30)
        # the list under the step is read again when it is shown, not after every save

    def _warn_unsaved(self) -> None:
        if not self._warned:
            self._warned = True
            self.app.say(ct(self.app.session.answers.lang, "no_store", error=self.error),
                         "warning", 20)

    # ── versions ──────────────────────────────────────────────────────────────────────────

    def current_result(self) -> Result | None:
        """The texts as the person sees them (with their edits), or None before the answers
        are complete."""
        from wizard.tui.live import render_current
        from wizard.tui.screens.results import ResultsScreen

        for screen in reversed(self.app.screen_stack):
            if isinstance(screen, ResultsScreen) and screen.result is not None:
                screen.texts()  # takes in an edit not yet stored
                return screen.result
        if not self.app.session.answers.is_complete():
            return None
        return render_current(self.app.renderer, self.app.session)

    def keep_version(self, reason: Reason, result: Result | None = None) -> None:
        """Keep the answers, texts and variants as they are now (the store skips a repeat)."""
        from wizard.core.store import StoreError

        if reason != "edit":
            self._cancel_edit()
        store = self.store()
        result = result or self.current_result()
        if store is None or result is None or self.link is None:
            return
        profile_id = self.profile_id()
        if profile_id is None:
            return
        texts = {o: out.chosen.text for o, out in result.outputs.items()}
        variants = {o: out.chosen.variant for o, out in result.outputs.items()}
        try:
            sync_record(store, profile_id, self.app.session)
            store.add_version(profile_id, self.app.session.answers, texts, variants, reason,
                              edits=self.app.session.record().edits)
            store.touch(profile_id)  # "Changed": a copy or an export is work on the profile
        except StoreError as exc:
            self.tell(exc)

    def ads(self) -> list[JobAd]:
        """The job ads kept with the open profile, oldest first ([] without a stored one)."""
        from wizard.core.store import StoreError

        store, link = self.store(), self.link
        if store is None or link is None or link.id is None:
            return []
        try:
            return store.list_ads(link.id)
        except StoreError as exc:
            self.app.say(str(exc), "error")
            return []

    def keep_ad(self, title: str, text: str) -> bool:
        """Keep a job ad with the open profile (made in the store first if it is not yet)."""
        from wizard.core.store import StoreError

        store = self.store()
        profile_id = self.profile_id()
        if store is None or profile_id is None:
            return False
        try:
            store.add_ad(profile_id, title, text)
        except StoreError as exc:
            self.tell(exc)
            return False
        return True

    def wrote(self, path: Path) -> None:
        """A file about the open profile's person is written: kept in its record, so that
        deleting the profile removes the file too."""
        from wizard.core.store import StoreError

        store, link = self.store(), self.link
        if store is None or link is None or link.id is None:
            return
        try:
            store.record_file(link.id, path)
        except StoreError as exc:
            self.tell(exc)

    def edited(self) -> None:
        """A result text was edited by hand: kept as a version once the editing pauses."""
        self._cancel_edit()
        self._edit_timer = self.app.set_timer(EDIT_IDLE, self.keep_pending_edit)

    def keep_pending_edit(self) -> None:
        if self._edit_timer is not None:
            self._cancel_edit()
            self.keep_version("edit")

    def _cancel_edit(self) -> None:
        if self._edit_timer is not None:
            self._edit_timer.stop()
            self._edit_timer = None

    def discard(self) -> None:
        """"Quit without saving" of an answers file's profile: the store is left holding what
        the file holds, nothing of this session's changes (copies and exports made stay)."""
        from wizard.core.model import AnswersError
        from wizard.core.record_file import load_file
        from wizard.core.store import StoreError

        self._cancel_edit()
        self.autosave.drop_pending()
        self.autosave.flush(wait=True)
        store, link, path = self._store, self.link, self.app.session.path
        self.autosave.attach(None)  # nothing more is written for this session
        if store is None or link is None or link.id is None or path is None or self.lost:
            return
        try:
            kept = load_file(path)
            store.save_answers(link.id, kept.answers)
            as_filed = Session.open(kept.answers, path, on_disk=True)
            as_filed.load_record(kept)
            sync_record(store, link.id, as_filed)
        except (AnswersError, OSError, StoreError) as exc:
            self.app.say(str(exc), "error")

    def close(self) -> None:
        """At exit: keep a pending edit, save what waits, close the store."""
        self.keep_pending_edit()
        self.autosave.flush(wait=True)
        self.sync()
        self.autosave.close()
        if self._store is not None:
            self._store.close()
            self._store = None


def _follows(name: str, answers: Answers) -> bool:
    from wizard.tui.coach_labels import is_untitled

    return is_untitled(name) or name == answers.text("person.name")


def _same_answers(store: Store, answers: Answers) -> int | None:
    """A stored profile with exactly these answers (an answers file opened again)."""
    from wizard.core.store.records import encode_answers

    person = answers.text("person.name")
    if not person:
        return None
    wanted = encode_answers(answers)
    for summary in store.list_profiles(person, limit=20):
        if summary.name == person and encode_answers(store.get_profile(summary.id).answers) \
                == wanted:
            return summary.id
    return None


def _restore_edits(store: Store, p: Profile, session: Session) -> None:
    """The record's chosen variants and hand edits (those made for these answers) on screen."""
    session.load_record(p.record)


def sync_record(store: Store, profile_id: int, session: Session) -> None:
    """Write the session's hand edits (each with the answers it was made for) and what shows
    per output into the stored record; only what differs, so an unchanged profile keeps its
    place in the list."""
    p = store.get_profile(profile_id)
    mine = session.record()
    for output, edit in mine.edits.items():
        stored = p.edits.get(output)
        if stored is None or (stored.text, stored.answers) != (edit.text, edit.answers):
            store.keep_edit(profile_id, edit, shown=mine.choice(output) == YOURS)
    for output in p.edits.keys() - mine.edits.keys():
        store.drop_edit(profile_id, output)  # emptied on screen
    now = store.get_profile(profile_id).record
    for output in {*mine.variants, *now.variants, *mine.edits}:
        if mine.choice(output) != now.choice(output):
            store.set_variant(profile_id, output, mine.choice(output))
    session.saved_record(mine)
