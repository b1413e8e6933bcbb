"""Provides the app's import of an existing profile (the before) and export of the handout."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

from wizard.core.errors import os_words
from wizard.tui.coach_labels import ct
from wizard.tui.profile_actions import attempt, lang_of

if TYPE_CHECKING:
    from wizard.core.importers import Before as ImportedBefore
    from wizard.core.importers import Imported
    from wizard.core.match import Ad
    from wizard.core.store import Before
    from wizard.tui.app import WizardApp

HANDOUT_FILES = ("handout.md", "handout.html", "resume.json")


def ask_import(app: WizardApp) -> None:
    from wizard.tui.screens.profiles import ImportDialog

    def chosen(imported: Imported | None) -> None:
        if imported is not None:
            open_imported(app, imported)

    app.push_screen(ImportDialog(lang_of(app), app.blink), chosen)


def open_imported(app: WizardApp, imported: Imported) -> None:
    """A new profile from what a file gave, opened: with a before, its checks first (what is
    wrong with the old texts), then the wizard."""
    from wizard.core.store.intake import adapt

    got = adapt(imported)
    name = got.profile_name or imported.path.stem
    # the store's import: its suggestions, origin (a re-import is noticed), choices and edits
    p = attempt(app, lambda s: s.import_new(got, name, fit=True))
    # an import fills the first step but never says how the texts address the reader: that
    # step is shown, not passed over, or its register choice is never seen
    if p is None or app.coach.open_profile(p.id, at_start=not p.answers.register) is None:
        return
    app.say(ct(lang_of(app), "imported", path=imported.path, name=p.name))
    if p.before is not None:
        from wizard.tui.screens.before import BeforeScreen

        app.push_screen(BeforeScreen(p.answers.lang, p.before, imported.checks))


def show_before(app: WizardApp) -> None:
    """The imported texts of the open profile, counted and checked like new ones."""
    from wizard.core.importers import check_before
    from wizard.tui.screens.before import BeforeScreen

    before = current_before(app)
    if before is None:
        app.say(ct(lang_of(app), "no_before"), "warning")
        return
    answers = app.session.answers
    checks = check_before(as_imported(before), answers.lang,
                          name=answers.text("person.name"), premium=answers.premium)
    app.push_screen(BeforeScreen(answers.lang, before, checks))


def current_before(app: WizardApp) -> Before | None:
    profile_id = app.coach.profile_id()
    if profile_id is None:
        return None
    p = attempt(app, lambda s: s.get_profile(profile_id))
    return p.before if p is not None else None


def as_imported(before: Before) -> ImportedBefore:
    from wizard.core.importers import Before as ImportedBefore

    return ImportedBefore(before.headline, before.summary, before.source, before.date)


def export_handout(app: WizardApp, ad: Ad | None = None) -> list[Path]:
    """The handout (Markdown and printable HTML; with the match of `ad`, a kept job ad, when
    given) and a JSON Resume, beside the answers file or in the export folder (in a browser
    tab: one download); kept as an `export` version. The coach's notes stay out. The files
    written on this machine are returned."""
    from wizard.core import exporters
    lang = lang_of(app)
    result = app.coach.current_result()
    if result is None:
        app.say(ct(lang, "handout_incomplete"), "warning")
        return []
    answers = app.session.answers
    before = current_before(app) if app.coach.link is not None else None
    old = as_imported(before) if before is not None else None
    contents = {
        "handout.md": exporters.handout_markdown(answers, result, before=old, ad=ad),
        "handout.html": exporters.handout_html(answers, result, before=old, ad=ad),
        "resume.json": json.dumps(exporters.json_resume(answers, result), ensure_ascii=False,
                                  indent=2),
    }
    ok, message, written = app.delivery.save(
        app, contents, bundle="handout.zip",
        told=lambda written: ct(lang, "handout_written", folder=written[0].parent,
                                files=", ".join(p.name for p in written)),
        failed=lambda path, exc: ct(lang, "export_failed", path=path,
                                    error=os_words(exc, lang)))
    if ok:
        app.coach.keep_version("export", result)
    app.say(message, "information" if ok else "error", 15 if ok else 20)
    return written
