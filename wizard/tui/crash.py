"""Provides the app's way out after an internal error: the work kept, one line, a non-zero exit.

Textual's own crash screen prints a traceback with the locals of every frame: the person's
answers, on the terminal and in any log of it. Instead the app keeps what was typed (in the
store, or else in a private rescue file), writes a report without answers or messages
(wizard.core.crash) and leaves with one line on stderr and exit status 1.
"""

from __future__ import annotations

import contextlib
import time
from pathlib import Path
from typing import TYPE_CHECKING

from wizard.core import crash
from wizard.core.errors import UserError
from wizard.core.store.deleting import RESCUE_HEAD

if TYPE_CHECKING:
    from wizard.tui.app import WizardApp


def rescue(app: WizardApp) -> UserError:
    """Keep the open work; the phrase that says where it is."""
    kept_in_store = False
    with contextlib.suppress(Exception):  # the store may be what failed
        app.coach.close()
        kept_in_store = app.coach.keeps_work()
    session = app.session
    if kept_in_store and session.path is None:
        return UserError("crash_kept_store")
    try:
        dirty = session.is_dirty()
    except Exception:
        dirty = True
    if not dirty:
        return UserError("crash_kept_store" if kept_in_store else "crash_kept_nothing")
    try:
        return UserError("crash_kept_file", path=_rescue_file(app))
    except Exception:
        return UserError("crash_kept_store" if kept_in_store else "crash_kept_nothing")


def _rescue_file(app: WizardApp) -> Path:
    from wizard.core.fileio import write_private
    from wizard.core.model import dumps
    from wizard.core.paths import data_dir

    stamp = time.strftime("%Y%m%d-%H%M%S")
    path = data_dir() / "rescued" / f"{app.session.slug()}-{stamp}.toml"
    profile_id = None
    with contextlib.suppress(Exception):  # the store may be what failed
        profile_id = app.coach.profile_id()
    # the stored profile it belongs to, so that deleting that profile deletes it too (a
    # TOML comment: the file stays an answers file that opens as it is)
    head = RESCUE_HEAD.format(id=profile_id) if profile_id is not None else ""
    return write_private(path, head + dumps(app.session.answers))


def crash_line(app: WizardApp, error: BaseException) -> str:
    """The one line told after `error`, in the interface language, with the work kept."""
    from wizard import __version__
    from wizard.core.words import interface_language

    lang = interface_language()
    kept = rescue(app)
    line = UserError("crashed", kind=crash.describe(error), kept=kept).message(lang)
    report = crash.write_report(error, __version__)
    if report is not None:
        line += "; " + UserError("crash_report", path=report).message(lang)
    return f"profile-wizard: error: {line}"
