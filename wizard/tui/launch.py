"""Provides `launch`: open FILE (or the start screen) in the app; a bad file is one line, no app."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from wizard.core.model import AnswersError
from wizard.tui.session import Session


def prepare(file: Path | None) -> tuple[Session | None, Path | None]:
    """The session to open (None: the start screen) and the path a new profile is saved to.

    A complete file opens on the results, an incomplete one at its first missing answer, and a
    path that does not exist yet starts a new profile to be saved there.
    """
    if file is None:
        return None, None
    if not os.path.lexists(file):  # a link to nothing or in a loop is read, and says so
        if not file.parent.is_dir():
            raise AnswersError("folder_missing", folder=file.parent).at(file)
        return None, file
    return Session.open_file(file), None


def launch(file: Path | None) -> None:
    try:
        session, new_path = prepare(file)
    except AnswersError as exc:
        print(f"profile-wizard: error: {exc}", file=sys.stderr)
        sys.exit(2)
    from wizard.tui.app import WizardApp  # Textual after the file checks: errors come fast

    app = WizardApp(session, new_path=new_path)
    app.run()
    if app.crash_message:
        print(app.crash_message, file=sys.stderr)
    if app.return_code:  # after a crash: never exit status 0
        sys.exit(app.return_code)
