"""Provides the autosave: the open profile's answers written to the store a second behind typing.

A keystroke only notes the time (no timer is made or reset per key). A ticker, paused while
nothing waits, saves once typing pauses for DELAY seconds or MAX_WAIT after the first unsaved
change, whichever comes first. The write runs on one worker thread, so a slow disk never holds
up typing and saves land in the order they were made.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual import events
from textual.timer import Timer

from wizard.core.model import Answers

if TYPE_CHECKING:
    from wizard.core.store import Store
    from wizard.tui.app import WizardApp

DELAY = 0.5  # seconds of quiet typing before a save
MAX_WAIT = 1.0  # a save at least this often while typing goes on
TICK = 0.1


@dataclass
class ProfileLink:
    """The stored profile the session writes to; id None until the first answer creates it."""

    id: int | None
    name: str
    auto_name: bool  # the profile's name follows person.name (it was untitled or the same)
    base: Answers | None = None  # as last read or written here: someone else's change shows


def is_empty(answers: Answers) -> bool:
    return len(answers.to_document()) <= 2  # only schema and lang


class Autosave:
    """Debounced, ordered, off-thread saving of `app.session.answers` to the linked profile."""

    def __init__(self, app: WizardApp, store: Callable[[], Store | None],
                 report: Callable[[str, str], None]) -> None:
        self.app = app
        self._store = store
        self._report = report  # (kind, text): called on the app's thread
        self.link: ProfileLink | None = None
        self.delay, self.max_wait = DELAY, MAX_WAIT
        self._pending = False
        self._first = self._last = 0.0
        self._ticker: Timer | None = None
        self._pool: ThreadPoolExecutor | None = None
        self._future: Future[None] | None = None
        self.failed = ""  # the last save's error, "" once a save works again

    @property
    def pending(self) -> bool:
        return self._pending

    def attach(self, link: ProfileLink | None) -> None:
        """Write to `link` from now on (the caller flushed the previous profile first)."""
        self.link = link
        self._pending = False
        self.failed = ""

    def drop_pending(self) -> None:
        """Forget a change not written yet ("Quit without saving")."""
        self._pending = False

    def changed(self) -> None:
        """An answer changed: note when (this runs on every keystroke, so it does no more)."""
        if self.link is None:
            return
        self._last = time.monotonic()
        if not self._pending:
            self._pending = True
            self._first = self._last
            if self._ticker is None:
                self._ticker = self.app.set_interval(TICK, self._tick, name="autosave")
            else:
                self._ticker.resume()

    def _tick(self) -> None:
        if not self._pending:
            if self._ticker is not None:
                self._ticker.pause()
            return
        now = time.monotonic()
        if now - self._last >= self.delay or now - self._first >= self.max_wait:
            self.flush()

    def flush(self, wait: bool = False, timeout: float = 5.0) -> bool:
        """Save now what is waiting; with `wait`, until every save made so far is on disk.
        Returns False when waiting timed out."""
        link = self.link
        if self._pending and link is not None:
            self._pending = False
            answers = self.app.session.answers.copy()
            if self._pool is None:
                self._pool = ThreadPoolExecutor(1, thread_name_prefix="autosave")
            self._future = self._pool.submit(self._write, link, answers)
        if wait and self._future is not None:
            try:
                self._future.result(timeout)
            except FutureTimeout:
                return False
        return True

    def _write(self, link: ProfileLink, answers: Answers) -> None:
        """On the worker thread: create the profile on its first answer, save, follow the name."""
        from wizard.core.store import StoreConflict, StoreError, StoreMoved
        from wizard.tui.coach_labels import ct

        try:
            store = self._store()
            if store is None:
                return
            created = kind = ""
            if link.id is None:
                if is_empty(answers):
                    return
                person = answers.text("person.name")
                name = person if link.auto_name and person else link.name
                link.id = store.create_profile(name, answers=answers, fit_name=True).id
                link.name = created = name
            else:
                try:
                    store.save_answers(link.id, answers, expected=link.base)
                except StoreConflict:
                    # Another window changed this profile: keep both, never overwrite theirs.
                    name = f"{link.name} ({ct(answers.lang, 'conflict_suffix')})"
                    link.id = store.duplicate_profile(link.id, name, fit=True).id
                    store.save_answers(link.id, answers)
                    link.name, link.auto_name, created, kind = name, False, name, "conflict"
                person = answers.text("person.name")
                if link.auto_name and person and person != link.name:
                    store.rename_profile(link.id, person, fit=True)
                    link.name = person
            link.base = answers
        except StoreMoved as exc:  # deleted or replaced while open: the app offers a way out
            self._post("moved", str(exc))
            return
        except StoreError as exc:
            self._post("error", str(exc))
            return
        self._post(kind or ("created" if created else "saved"), created)

    def _post(self, kind: str, text: str) -> None:
        # post_message is thread-safe; call_from_thread would deadlock a flush(wait=True)
        self.app.post_message(events.Callback(callback=lambda: self._report(kind, text)))

    def close(self) -> None:
        """Save what waits and stop the worker (at exit)."""
        self.flush(wait=True)
        if self._pool is not None:
            self._pool.shutdown(wait=True)
            self._pool = None
