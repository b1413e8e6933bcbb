"""End to end: the installed `profile-wizard` in a real pseudo-terminal (start, type, quit)."""

from __future__ import annotations

import sys
import time
import tomllib
from pathlib import Path

import pexpect
import pytest
from conftest import patience
from test_tui_typeahead import BURST, EXPECTED

WIZARD = Path(sys.executable).parent / "profile-wizard"


def spawn(target: Path, tmp_path: Path, timeout: float = 15) -> pexpect.spawn:
    """The installed wizard on `target` in an 80x24 pseudo-terminal, with a home of its own."""
    return pexpect.spawn(str(WIZARD), [str(target)], dimensions=(24, 80), encoding="utf-8",
                         timeout=timeout, cwd=str(tmp_path),
                         env={"PROFILE_WIZARD_HOME": str(tmp_path / "home"),
                              "TERM": "xterm-256color", "HOME": str(tmp_path)})


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


@pytest.mark.skipif(not WIZARD.exists(), reason="profile-wizard is not installed in this venv")
def test_answers_typed_with_their_enter_land_in_their_own_fields(tmp_path: Path) -> None:
    """Each answer typed with its Enter in one write lands in its own field, the Enter on the
    Premium box is passed over (Enter on the organisation stops on the register choice, whose
    Enter goes on to the next step), and list items typed in one burst stay separate items."""
    target = tmp_path / "ann.toml"
    child = spawn(target, tmp_path)
    try:
        child.expect("Start a new profile")
        child.send("\r")
        child.expect("My name is")
        child.send("Ann")  # once it shows, the first field has the focus: then the burst
        child.expect("Ann")
        # each answer and its Enter arrive as one write; a list takes several items at once
        for chunk in (" Lee\r", "nurse\r", "St Olav\r", "\r"):
            child.send(chunk)
            time.sleep(0.3)
        child.expect("Where you are going")
        for chunk in ("grow\r", "\r", "\r", "wards\r"):
            child.send(chunk)
            time.sleep(0.3)
        child.expect("What drives you")
        child.send("care\rcalm\r")
        child.expect("calm")
        child.send("\x13")  # Ctrl+S
        child.expect("Saved your")
        child.send("\x11")
        child.expect(pexpect.EOF)
    finally:
        child.close()
    saved = target.read_text(encoding="utf-8")
    for line in ('name = "Ann Lee"', 'role = "nurse"', 'organisation = "St Olav"',
                 'doing = "grow"', 'audience = "wards"', '"care"', '"calm"'):
        assert line in saved


@pytest.mark.skipif(not WIZARD.exists(), reason="profile-wizard is not installed in this venv")
def test_a_whole_profile_sent_in_one_burst_is_saved_field_by_field(tmp_path: Path) -> None:
    """Start, every answer with its Enter (PgDn here and there), and Ctrl+S, in one write to
    the terminal: the keys arrive while the steps are still being built, and each answer is
    saved in its own field."""
    target = tmp_path / "ann.toml"
    child = spawn(target, tmp_path, timeout=patience(20))
    try:
        child.expect("Start a new profile")
        child.send("\r" + BURST + "\x13")  # Ctrl+S at the end: a new FILE is saved
        child.expect("Saved your")
        child.send("\x11")
        child.expect(pexpect.EOF)
    finally:
        child.close()
    assert child.exitstatus == 0
    saved = tomllib.loads(target.read_text(encoding="utf-8"))
    for key, value in EXPECTED.items():
        section, name = key.split(".")
        assert saved.get(section, {}).get(name, type(value)()) == value, key
