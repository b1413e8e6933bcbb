"""Provides where copied and exported texts go: the delivery service.

In a terminal (LocalDelivery) a copy goes to the system clipboard, else the terminal's (OSC 52),
and always to a private file; an export or a handout is written beside the answers file or in
the export folder. In a browser tab (`profile-wizard serve`, BrowserDelivery) the person is
not at the server: a copy goes to the browser's clipboard, and exports and handouts are offered
as downloads, so nothing about the person is left on the server's disk.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, Protocol

from textual.notifications import SeverityLevel

from wizard.core.words import words

if TYPE_CHECKING:
    from wizard.tui.app import WizardApp


# What a delivery says once files are handed over, and when one could not be: the caller's
# words, since an export and a handout are told differently.
Told = Callable[[list[Path]], str]
Failed = Callable[[Path, OSError], str]


class Delivered(NamedTuple):
    """What a save did: whether every file was handed over, the message that says so, and
    the files written on this machine (none for a browser)."""

    ok: bool
    message: str
    written: list[Path]


class Delivery(Protocol):
    """How the app hands texts over to the person."""

    async def copy(self, app: WizardApp, text: str, what: str,
                   suffix: str) -> tuple[str, SeverityLevel]:
        """Copy `text` (`what` names it); the message to show and how severe it is."""

    def save(self, app: WizardApp, contents: dict[str, str], *, told: Told, failed: Failed,
             bundle: str) -> Delivered:
        """Hand over each `suffix: text` of `contents` as a file (several in one `bundle`
        where that matters)."""


class LocalDelivery:
    """This machine: its clipboard and private files (wizard.tui.clipboard)."""

    async def copy(self, app: WizardApp, text: str, what: str,
                   suffix: str) -> tuple[str, SeverityLevel]:
        from wizard.tui.clipboard import copy_text

        lang = app.session.answers.lang
        report = await copy_text(text, what=what, path=app.export_path(suffix), lang=lang,
                                 clipboard=app.native_clipboard, osc52=app.send_osc52,
                                 timeout=app.copy_timeout)
        return report.message(lang), "information" if report.copied else "warning"

    def save(self, app: WizardApp, contents: dict[str, str], *, told: Told, failed: Failed,
             bundle: str) -> Delivered:
        from wizard.tui.clipboard import save_text

        written: list[Path] = []
        for suffix, text in contents.items():
            path = app.export_path(suffix)
            try:
                written.append(save_text(path, text))
            except OSError as exc:
                return Delivered(False, failed(path, exc), written)
        return Delivered(True, told(written), written)


class BrowserDelivery:
    """The person's browser, through textual-serve: its clipboard and its downloads."""

    async def copy(self, app: WizardApp, text: str, what: str,
                   suffix: str) -> tuple[str, SeverityLevel]:
        # OSC 52 reaches the page's terminal, which writes the browser's clipboard; whether
        # the browser allowed it cannot be known here, and the message says no more than that
        app.copy_to_clipboard(text)
        return words(app.session.answers.lang)("serve.copied", what=what), "information"

    def save(self, app: WizardApp, contents: dict[str, str], *, told: Told, failed: Failed,
             bundle: str) -> Delivered:
        names = {suffix: download_name(app, suffix) for suffix in contents}
        if len(contents) == 1:
            [(suffix, text)] = contents.items()
            app.deliver_text(io.StringIO(text), save_filename=names[suffix],
                             mime_type=_mime(names[suffix]), encoding="utf-8")
            name = names[suffix]
        else:
            # one download for several files: a page may start one download unasked, and
            # a browser blocks the second
            archive = io.BytesIO()
            with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
                for suffix, text in contents.items():
                    zf.writestr(names[suffix], text)
            archive.seek(0)
            name = download_name(app, bundle)
            app.deliver_binary(archive, save_filename=name, mime_type="application/zip")
        return Delivered(True, words(app.session.answers.lang)("serve.offered", file=name), [])


def download_name(app: WizardApp, suffix: str) -> str:
    """The name a download gets: the name the file would have on this machine."""
    profile_id = app.coach.profile_id() if app.session.path is None else None
    return app.session.file_for(suffix, profile_id).name


def _mime(name: str) -> str:
    suffix = Path(name).suffix
    return {".md": "text/markdown", ".html": "text/html", ".json": "application/json"}.get(
        suffix, "text/plain")


def delivery_for(app: WizardApp) -> Delivery:
    """The browser's when the app runs in a browser tab, this machine's otherwise."""
    return BrowserDelivery() if app.is_web else LocalDelivery()
