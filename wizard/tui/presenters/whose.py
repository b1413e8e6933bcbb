"""Provides the line that says whose profile is open: name, language and whether it is saved."""

from __future__ import annotations

from dataclasses import dataclass

from wizard.core.languages import language
from wizard.core.model import Answers
from wizard.core.sanitize import display_name
from wizard.core.words import words


@dataclass(frozen=True)
class SaveState:
    """Where the open profile's work stands: kept in the store, in a file, or only here."""

    stored: bool  # linked to a stored profile that saves as you type
    pending: bool  # a change waits to be written
    failed: bool  # the last store write failed
    file: str  # the answers file's name, "" when there is none
    dirty: bool  # the answers differ from that file


FILE_COLUMN = 60  # a longer file name in the badge is cut with "…"


def state_word(lang: str, s: SaveState, short: bool = False) -> str:
    say = words(lang)
    if s.file:  # an answers file's profile is saved when the file is (Quit asks otherwise)
        saved = "tui.whose_saved" if short else "tui.whose_in_file"
        # the file's name is from outside: a control or bidi character in it must not
        # reach the terminal through the badge (the one sanitiser, as for the person)
        return say("tui.whose_unsaved" if s.dirty else saved,
                   file=display_name(s.file, FILE_COLUMN))
    if s.stored and not s.failed:
        return say("tui.whose_saving" if s.pending else "tui.whose_saved")
    return say("tui.whose_unsaved")


def whose(answers: Answers, name: str, s: SaveState) -> tuple[str, str, str]:
    """'Ada Lovelace · English · saved', the narrow form 'Ada Lovelace · EN · saved', and the
    name in them (what a narrow screen shortens): on every screen of an open profile. `name`
    is the stored profile's (untitled: "")."""
    lang = answers.lang
    # shown capped and cut as the CLI's list shows it: a flood of marks or a 200-character
    # name took the whole bar; the answer itself is kept as typed
    person = display_name(answers.text("person.name") or name) or \
        words(lang)("tui_store.untitled")
    say = words(lang)
    return (say("tui.whose", name=person, language=language(lang).name,
                state=state_word(lang, s)),
            say("tui.whose", name=person, language=lang.upper(),
                state=state_word(lang, s, short=True)),
            person)
