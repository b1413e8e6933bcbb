"""Provides copying that tells the truth: native clipboard, then OSC 52, and always a file."""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from wizard.core.errors import os_words
from wizard.tui.labels import label
from wizard.tui.session import display_path

NATIVE_TIMEOUT = 2.0


class NativeClipboard(Protocol):
    def copy(self, text: str) -> None: ...

    def paste(self) -> str: ...


class Pyperclip:
    """The system clipboard through pyperclip (xclip, xsel, wl-copy, pbcopy, Windows), its
    helper programs in process groups that end when they hang (clipboard_helpers)."""

    def copy(self, text: str) -> None:
        import pyperclip

        from wizard.tui.clipboard_helpers import install

        install()
        pyperclip.copy(text)

    def paste(self) -> str:
        import pyperclip

        return str(pyperclip.paste())

    def give_up(self) -> None:
        """The copy timed out: end the helpers that hang, and all they started."""
        from wizard.tui.clipboard_helpers import HELPERS

        HELPERS.end_hung()


@dataclass
class CopyReport:
    """Which ways the text went; `message` says exactly that and nothing more."""

    what: str
    native: bool = False
    osc52: bool = False
    reason: str = ""
    saved: Path | None = None
    save_error: str = ""
    save_failure: OSError | None = None  # its why in the toast's language (a full disk)

    def message(self, lang: str) -> str:
        # one line at 80 columns (a toast): the OSC 52 line leaves out why the system
        # clipboard failed, and a copy that failed with its file too says only the file's why
        # (a person can try again with a clipboard tool; a full disk stops everything)
        if self.native:
            parts = [label(lang, "copied_native", what=self.what)]
        elif self.osc52:
            parts = [label(lang, "copied_osc", what=self.what)]
        elif self.save_error:
            parts = [label(lang, "copy_none_bare", what=self.what)]
        else:
            parts = [label(lang, "copy_none", what=self.what, reason=self.reason)]
        parts[0] = parts[0][:1].upper() + parts[0][1:]  # "all texts copied" starts a sentence
        if self.saved is not None:
            key = "copy_saved" if self.native or self.osc52 else "copy_saved_only"
            parts.append(label(lang, key, path=display_path(self.saved)))
        elif self.save_error:
            error = os_words(self.save_failure, lang) if self.save_failure else self.save_error
            parts.append(label(lang, "copy_save_failed", error=error))
        return " ".join(parts)

    @property
    def copied(self) -> bool:
        return self.native or self.osc52


async def native_copy(text: str, clipboard: NativeClipboard, lang: str,
                      timeout: float = NATIVE_TIMEOUT) -> str:
    """Copy with the system clipboard and read it back; '' on success, else why it failed.

    A daemon thread, because pyperclip's helper can hang (xclip with a captured pipe) and a
    hung thread must neither freeze the app nor keep Python from exiting.
    """
    loop = asyncio.get_running_loop()
    done: asyncio.Future[str] = loop.create_future()

    def settle(reason: str) -> None:
        if not done.done():
            done.set_result(reason)

    abandoned = threading.Event()

    def run() -> None:
        try:
            clipboard.copy(text)
            if abandoned.is_set():
                return  # timed out: no read-back helper to hang in its turn
            # pyperclip "succeeds" with xclip and no X server: only a read-back proves a copy.
            reason = "" if clipboard.paste() == text else label(lang, "why_not_kept")
        except Exception:
            reason = label(lang, "why_no_tool")
        with contextlib.suppress(RuntimeError):  # the app (its loop) may be gone by now
            loop.call_soon_threadsafe(settle, reason)

    threading.Thread(target=run, name="native-clipboard", daemon=True).start()
    try:
        return await asyncio.wait_for(asyncio.shield(done), timeout)
    except TimeoutError:
        abandoned.set()
        give_up = getattr(clipboard, "give_up", None)
        if callable(give_up):
            give_up()  # a helper left hanging would outlive the app
        return label(lang, "why_timeout", seconds=timeout)


def save_text(path: Path, text: str) -> Path:
    """Keep a copied or exported text as a file: private and atomic (wizard.core.fileio), in a
    0700 folder when it makes one; the file actually written is returned."""
    from wizard.core.fileio import write_private

    return write_private(path, text.rstrip("\n") + "\n")


async def copy_text(text: str, *, what: str, path: Path, lang: str,
                    clipboard: NativeClipboard, osc52: Callable[[str], bool],
                    timeout: float = NATIVE_TIMEOUT) -> CopyReport:
    """Try the native clipboard, then OSC 52 (unconfirmable, and said so); always save a file."""
    report = CopyReport(what)
    reason = await native_copy(text, clipboard, lang, timeout)
    if not reason:
        report.native = True
    else:
        report.reason = reason
        report.osc52 = osc52(text)  # without a terminal either: the reason above is the why
    try:
        report.saved = save_text(path, text)
    except OSError as exc:
        report.save_error = str(exc.strerror or exc)  # the path is the usual one: room on the line
        report.save_failure = exc
    return report
