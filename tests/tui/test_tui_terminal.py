"""End to end: the installed `profile-wizard` in a real pseudo-terminal (start, type, quit)."""

from __future__ import annotations

import sys
from pathlib import Path

import pexpect
import pytest

WIZARD = Path(sys.executable).parent / "profile-wizard"


@pytest.mark.skipif(not WIZARD.exists(), reason="profile-wizard is not installed in this venv")
def test_start_type_and_quit_in_a_real_terminal(tmp_path: Path) -> None:
    target = tmp_path / "jo.toml"
    child = pexpect.spawn(str(WIZARD), [str(target)], dimensions=(24, 80), encoding="utf-8",
                          timeout=15, cwd=str(tmp_path))
    try:
        child.expect("Start a new profile")
        child.send("\r")
        child.expect("My name is")
        child.send("Jo")
        child.expect("Jo")
        child.send("\x13")  # Ctrl+S: a new FILE is saved where the command line said
        child.expect("Saved your")
        child.send("ed")
        child.send("\x11")  # Ctrl+Q with an unsaved change asks first
        child.expect("Quit with unsaved work")
        child.send("\t\r")  # from "Save and quit" to "Quit without saving"
        child.expect(pexpect.EOF)
    finally:
        child.close()
    assert child.exitstatus == 0
    assert 'name = "Jo"' in target.read_text(encoding="utf-8")
