"""Provides the TUI tests' fixtures: answers files, fake clipboards and an app factory."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from wizard.core import model
from wizard.tui.app import WizardApp
from wizard.tui.launch import prepare

MAYA: dict[str, Any] = {
    "schema": 1,
    "lang": "en",
    "person": {"name": "Maya Okafor", "role": "data engineer"},
    "future": {"doing": "build data platforms that let small teams trust their numbers",
               "audience": "scale-ups in logistics and retail"},
    "drivers": {"values": ["clarity", "craftsmanship"]},
    "expertise": {"areas": ["data modelling", "Python"],
                  "proof": "cut the nightly reporting run from six hours to twenty minutes"},
    "statement": {"stand_for": "data work that is transparent and explained in plain words"},
    "offer": {"help": "a data platform your analysts can rely on"},
    "invitation": {"recipient": "Saskia", "context": "I enjoyed your talk on data contracts"},
}


def write_answers(path: Path, doc: dict[str, Any]) -> Path:
    answers = model.from_document(doc, partial=True)
    model.save(answers, path)
    return path


@pytest.fixture
def complete_file(tmp_path: Path) -> Path:
    return write_answers(tmp_path / "maya.toml", MAYA)


@pytest.fixture
def partial_file(tmp_path: Path) -> Path:
    """Steps 1 and 2 answered; the first missing answer is drivers.values (step 3)."""
    doc = {k: v for k, v in MAYA.items() if k in ("schema", "lang", "person", "future")}
    return write_answers(tmp_path / "half.toml", doc)


class FakeClipboard:
    """A native clipboard that works, raises like pyperclip without a helper, or hangs."""

    def __init__(self, mode: str = "works") -> None:
        self.mode = mode
        self.text = ""
        self.release = threading.Event()

    def copy(self, text: str) -> None:
        if self.mode == "missing":
            raise RuntimeError("Pyperclip could not find a copy/paste mechanism")
        if self.mode == "hangs":
            self.release.wait(5)
        if self.mode != "drops":
            self.text = text

    def paste(self) -> str:
        return self.text


@pytest.fixture
def make_app() -> Callable[..., WizardApp]:
    """An app as the CLI builds it for FILE (or the start screen), cursor blink off."""

    def make(file: Path | None = None, clipboard: FakeClipboard | None = None,
             terminal_clipboard: bool = True) -> WizardApp:
        session, new_path = prepare(file)
        return WizardApp(session, new_path=new_path, clipboard=clipboard or FakeClipboard(),
                         blink=False, terminal_clipboard=terminal_clipboard)

    return make


def notifications(app: WizardApp) -> list[str]:
    return [n.message for n in app._notifications]  # Textual keeps them here


def on_one_line(message: str, width: int = 80) -> str:
    """A message as a toast at `width` columns shows it: on one line, a long path shortened
    in the middle (the toast must not cover the tabs)."""
    from wizard.tui.presenters.toast import one_line

    return one_line(message, width - 2)


def patience(limit: float = 5.0) -> float:
    """`limit` on an idle machine, stretched by how many runnable processes share each CPU
    (the one-minute load average), at most sixfold: what a timer or a worker does late only
    because the machine is busy is not taken for a failure (as tests/faults/faultkit.py)."""
    busy = os.getloadavg()[0] / (os.cpu_count() or 1)
    return limit * min(max(1.0, busy), 6.0)


async def until(pilot, condition, timeout: float = 5.0) -> bool:
    """Wait for something a timer or a worker does, up to `timeout` s on an idle machine and
    longer on a busy one (patience)."""
    end = time.monotonic() + patience(timeout)
    while not condition():
        if time.monotonic() > end:
            return False
        await pilot.pause(0.05)
    return True
