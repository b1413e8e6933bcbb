"""Faults in the app: hostile file names and files, a crash, hung clipboard helpers.

Where the terminal is the point the installed command runs in a real pseudo-terminal and the
bytes it sends are read; elsewhere Textual's Pilot drives the app.
"""

from __future__ import annotations

import io
import os
import re
import stat
import time
from pathlib import Path

import pexpect
import pytest
from faultkit import (
    HOSTILE_NAMES,
    PAYLOADS,
    WIZARD,
    answers_text,
    eventually,
    needs_wizard,
    patience,
    until,
)

from wizard.tui.app import WizardApp
from wizard.tui.launch import prepare

LEAVE_SCREEN = b"\x1b[?1049l"  # Textual's last act: back to the normal screen


def spawn(args: list[str], cwd: Path, **env: str) -> pexpect.spawn:
    """The installed command in a real terminal; `everything(child)` is all it sent."""
    child = pexpect.spawn(str(WIZARD), args, dimensions=(40, 100), timeout=patience(),
                          cwd=str(cwd),
                          env={"HOME": str(cwd), "TERM": "xterm-256color", "LANG": "en_US.UTF-8",
                               "PROFILE_WIZARD_HOME": str(cwd / "home"), **env})
    child.logfile_read = io.BytesIO()
    return child


def everything(child: pexpect.spawn) -> bytes:
    """Every byte the program sent to the terminal, not only what came after the last match."""
    log: io.BytesIO = child.logfile_read
    return log.getvalue()


@needs_wizard
def test_hostile_file_names_on_the_start_screen_reach_the_terminal_safely(tmp_path: Path) -> None:
    for name in HOSTILE_NAMES:
        (tmp_path / f"{name}.toml").write_text('schema = 1\nlang = "en"\n', encoding="utf-8")
    raw = shown_safely([], tmp_path, b"Answers files in this folder", b"title\\.toml")
    assert b"PWNED-TITLE" in raw  # shown as text, after a harmless "?"
    assert not re.search(rb"\x1b\]0;PWNED", raw)


def shown_safely(args: list[str], cwd: Path, *painted: bytes) -> bytes:
    """Run the app until each of `painted` is on the screen, quit it, and check that none of
    the hostile payloads reached the terminal; every byte it sent."""
    child = spawn(args, cwd)
    try:
        for text in painted:
            child.expect(text)
        time.sleep(0.3)
        child.send("\x11")  # Ctrl+Q
        child.expect(pexpect.EOF)
    finally:
        child.close()
    raw = everything(child)
    for payload in PAYLOADS[:-1]:  # the bell (0x07) is also Textual's own
        assert payload not in raw, payload
    assert child.exitstatus == 0
    return raw


@needs_wizard
def test_hostile_template_file_names_reach_the_app_safely(tmp_path: Path) -> None:
    folder = tmp_path / "home" / "config" / "templates" / "en" / "headline"
    folder.mkdir(parents=True)
    for rank, name in enumerate(HOSTILE_NAMES, start=1):  # each is a variant the app offers
        # as long as a real headline, so that the best fit has no reason to pass it over
        (folder / f"{rank}-{name}.j2").write_text(
            "{{ person.role }} for {{ future.audience }} " + str(rank), encoding="utf-8")
    path = tmp_path / "maya.toml"
    path.write_text(answers_text(), encoding="utf-8")
    # the variant picker names a variant by the start of its text, never by its file name:
    # the results show with these templates in use and none of the names' payloads sent
    raw = shown_safely([str(path)], tmp_path, b"Variant")
    assert b"PWNED-TITLE" not in raw


@needs_wizard
@pytest.mark.parametrize("kind", ["loop", "dangling", "hostile"])
def test_opening_a_bad_file_from_the_command_line_is_one_line(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "answers.toml"
    if kind == "loop":
        path.symlink_to(path)
        expected = b"leads back to itself"
    elif kind == "dangling":
        path.symlink_to(tmp_path / "gone.toml")
        expected = b"gone.toml, which does not exist"
    else:
        path = tmp_path / "\x1b]0;PWNED\x07.toml"
        path.write_text('schema = 1\nlang = "en"\n"\\u001b]52;c;aGFja2Vk\\u0007" = 1\n',
                        encoding="utf-8")
        expected = b"unknown key '?]52;c;aGFja2Vk?'"
    child = spawn([str(path)], tmp_path)
    try:
        child.expect(pexpect.EOF)
    finally:
        child.close()
    out = everything(child)
    assert child.exitstatus == 2, out
    assert out.startswith(b"profile-wizard: error: ") and out.count(b"\n") == 1, out
    assert expected in out
    for payload in PAYLOADS:
        assert payload not in out


async def test_an_error_about_a_hostile_file_is_shown_safely_in_the_app(tmp_path: Path) -> None:
    from textual.widgets import Static

    bad = tmp_path / "\x1b]0;PWNED\x07.toml"
    bad.write_text('schema = 1\nlang = "\\u001b[2J\\u202ezz"\n', encoding="utf-8")
    app = WizardApp(blink=False, terminal_clipboard=False)
    async with app.run_test(size=(100, 40)) as pilot:
        # the open section is built after the first paint: on a busy machine that is late
        assert await until(pilot, lambda: bool(app.screen.query("#open-error")))
        app.screen.open(bad)  # type: ignore[attr-defined]
        await pilot.pause(0.1)
        shown = str(app.screen.query_one("#open-error", Static).render())
        assert "unknown language '?[2J?zz'" in shown and "?]0;PWNED?.toml" in shown
        assert not any(ch in shown for ch in "\x1b\x07\u202e")


def crash_script(file: Path) -> str:
    return ("import sys\n"
            "from wizard.tui.app import WizardApp\n"
            "def boom(self):\n"
            "    raise RuntimeError('while showing Maya Okafor, data engineer')\n"
            "WizardApp.action_help = boom\n"
            "from wizard.cli import main\n"
            f"sys.argv = ['profile-wizard', {str(file)!r}]\n"
            "main()\n")


@needs_wizard
def test_a_crash_prints_one_line_without_the_answers_and_exits_1(tmp_path: Path) -> None:
    import sys

    path = tmp_path / "maya.toml"
    path.write_text(answers_text(), encoding="utf-8")
    child = pexpect.spawn(sys.executable, ["-c", crash_script(path)], dimensions=(40, 100),
                          timeout=2 * patience(), cwd=str(tmp_path),
                          env={"HOME": str(tmp_path), "TERM": "xterm-256color",
                               "LANG": "en_US.UTF-8",
                               "PROFILE_WIZARD_HOME": str(tmp_path / "home")})
    try:
        child.expect("Maya Okafor")  # the results, on the screen while the app runs
        child.send("\x1bOP")  # F1: the patched action raises
        child.expect(pexpect.EOF)
    finally:
        child.close()
    after = (child.before or b"").rpartition(LEAVE_SCREEN)[2]
    assert child.exitstatus == 1
    text = after.decode("utf-8", "replace")
    assert "profile-wizard: error: the app stopped on an internal error, RuntimeError (" in text
    assert text.rstrip().count("\n") == 0, text  # one line, however long
    assert "Maya" not in text and "data engineer" not in text and "Traceback" not in text
    assert "a report without your answers is in" in text
    reports = list((tmp_path / "home" / "cache" / "crashes").glob("crash-*.txt"))
    assert len(reports) == 1
    report = reports[0].read_text(encoding="utf-8")
    assert "RuntimeError" in report and "textual/" not in report and "Maya" not in report
    assert stat.S_IMODE(reports[0].stat().st_mode) == 0o600


async def test_a_crash_keeps_unsaved_work_in_a_rescue_file(tmp_path: Path) -> None:
    path = tmp_path / "maya.toml"
    path.write_text(answers_text(), encoding="utf-8")
    session, _ = prepare(path)
    app = WizardApp(session, blink=False, terminal_clipboard=False)

    def boom() -> None:
        raise RuntimeError("Maya Okafor")

    with pytest.raises(RuntimeError):
        async with app.run_test(size=(100, 40)) as pilot:
            await pilot.pause(0.2)
            app.session.answers.set("person.role", "platform engineer")  # not saved yet
            app.coach.autosave.failed = True  # and the store cannot keep it
            app.call_later(boom)
            await pilot.pause(0.3)
    assert app.return_code == 1
    told = app.crash_message
    assert "RuntimeError" in told and "Maya" not in told and "what you typed is saved in" in told
    rescued = list((tmp_path / "wizard-home" / "rescued").glob("*.toml"))
    assert len(rescued) == 1 and str(rescued[0]) in told
    assert 'role = "platform engineer"' in rescued[0].read_text(encoding="utf-8")
    assert stat.S_IMODE(rescued[0].stat().st_mode) == 0o600


HANGING_HELPER = """#!/bin/sh
# a clipboard helper that never answers, with a child of its own
sleep 60 &
echo $$ $! >> "{record}"
wait
"""


async def test_hung_clipboard_helpers_do_not_outlive_the_copy(tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch,
                                                              ) -> None:
    from wizard.tui.clipboard import Pyperclip
    from wizard.tui.clipboard_helpers import HELPERS

    record = tmp_path / "pids"
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for tool in ("xclip", "xsel"):
        helper = bin_dir / tool
        helper.write_text(HANGING_HELPER.format(record=record), encoding="utf-8")
        helper.chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}:{os.environ['PATH']}")
    monkeypatch.setenv("DISPLAY", ":99")
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    import pyperclip

    monkeypatch.setattr(pyperclip, "_executable_exists", lambda name: (bin_dir / name).exists())
    pyperclip.set_clipboard("xclip")
    path = tmp_path / "maya.toml"
    path.write_text(answers_text(), encoding="utf-8")
    session, _ = prepare(path)
    app = WizardApp(session, blink=False, terminal_clipboard=False, clipboard=Pyperclip())
    app.copy_timeout = 0.5
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause(0.3)
        await pilot.press("f3")
        # the busy machine's time, not the app's: the message says the copy's own 0.5 s
        assert await until(pilot, lambda: any("no reply in" in n.message
                                              for n in app._notifications))
        assert any("no reply in 0.5 s" in n.message for n in app._notifications)
        pids = [int(p) for p in record.read_text().split()] if record.exists() else []
        assert pids, "the fake helper never ran"
        # killed at the time-out; the kernel may take a moment to reap them
        eventually(lambda: not any(_alive(p) for p in pids))
        alive = [p for p in pids if _alive(p)]
        assert alive == [], f"helpers still running after the time-out: {alive}"
        assert HELPERS.running() == []
        await pilot.press("ctrl+q")


def test_a_helper_still_hanging_when_the_program_quits_goes_with_it(tmp_path: Path) -> None:
    import subprocess
    import sys

    record = tmp_path / "pids"
    helper = tmp_path / "xclip"
    helper.write_text(HANGING_HELPER.format(record=record), encoding="utf-8")
    helper.chmod(0o755)
    script = ("import os, threading, time, pyperclip\n"
              "from wizard.tui.clipboard import Pyperclip\n"
              "pyperclip._executable_exists = lambda name: name == 'xclip'\n"
              "pyperclip.set_clipboard('xclip')\n"
              "threading.Thread(target=Pyperclip().copy, args=('x',), daemon=True).start()\n"
              # once the helper runs (not a fixed 0.5 s a busy machine may not give it)
              f"while not os.path.exists({str(record)!r}): time.sleep(0.02)\n"
              "time.sleep(0.1)\n")  # and quit while the helper hangs
    subprocess.run([sys.executable, "-c", script], timeout=patience(), check=True,
                   env={**os.environ, "PATH": f"{tmp_path}:{os.environ['PATH']}",
                        "DISPLAY": ":99"})
    pids = [int(p) for p in record.read_text().split()]
    eventually(lambda: not any(_alive(p) for p in pids))  # gone with it; reaped soon after
    assert pids and [p for p in pids if _alive(p)] == []


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().split()[2] != "Z"
    except OSError:
        return False


MARKUP = "[link=a:b]x [b]bold[/b] [$var] [@click=app.quit]q"  # "[link=a:b]" stops Textual


async def test_markup_in_answers_and_template_names_is_shown_as_typed(
        tmp_path: Path) -> None:
    from rich.text import Text
    from textual.widgets import OptionList, Select

    from wizard.core.paths import config_dir

    folder = config_dir() / "templates" / "en" / "headline"
    folder.mkdir(parents=True)
    (folder / "1-[link=a:b]y.j2").write_text("{{ person.role }} for [link=a:b]y",
                                             encoding="utf-8")
    path = tmp_path / "maya.toml"
    path.write_text(answers_text().replace('"Python"', f'"Python {MARKUP}"'), encoding="utf-8")
    session, _ = prepare(path)
    app = WizardApp(session, blink=False, terminal_clipboard=False)
    async with app.run_test(size=(100, 40)) as pilot:
        assert await until(pilot, lambda: bool(app.screen.query(Select)))
        variants = [str(prompt) for prompt, _ in app.screen.query(Select).first()._options]
        # its name and its text, as written (never read as markup)
        assert "[link=a:b]y: data engineer for [link=a:b]y" in variants
        step = next(i for i, s in enumerate(session.catalogue.steps)
                    if any(q.key == "expertise.areas" for q in s.questions))
        app.goto(step)  # the list of areas, each item as typed
        await pilot.pause(0.3)
        items = app.screen.query(OptionList).first()
        shown = [items.get_option_at_index(i).prompt for i in range(items.option_count)]
        assert any(MARKUP in (p.plain if isinstance(p, Text) else str(p)) for p in shown)
        await pilot.press("ctrl+q")
    assert app.return_code in (0, None) and app.crash_message == ""


async def test_save_as_into_a_missing_folder_says_so_in_the_profiles_language(
        tmp_path: Path) -> None:
    from textual.widgets import Input, Static

    from wizard.tui.screens.dialogs import SaveAsDialog

    app = WizardApp(blink=False, terminal_clipboard=False)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause(0.2)
        await app.push_screen(SaveAsDialog("nl", tmp_path / "x.toml", blink=False))
        await pilot.pause(0.1)
        app.screen.query_one(Input).value = str(tmp_path / "\x1b[2J[link=a:b]gone" / "sam.toml")
        await pilot.press("enter")
        await pilot.pause(0.1)
        shown = str(app.screen.query_one(".dialog-error", Static).render())
        assert "sam.toml: de map " in shown and "bestaat niet" in shown, shown
        assert "?[2J[link=a:b]gone" in shown and "\x1b" not in shown
        assert isinstance(app.screen, SaveAsDialog)  # still asking, nothing saved


async def test_a_900000_character_paste_is_cut_to_an_answer_and_the_app_stays_quick(
        tmp_path: Path) -> None:
    """Pasted into a field, 900,000 characters took 10 s to show and 90 s for the next key
    (every text is made from every answer in several variants): a field holds an answer's
    limit, says what it left out, and the next key is at once."""
    from textual import events
    from textual.widgets import Input, Static

    path = tmp_path / "maya.toml"
    path.write_text(answers_text().replace('[drivers]\nvalues = ["clarity", "craftsmanship"]\n',
                                           ""), encoding="utf-8")
    session, new_path = prepare(path)
    app = WizardApp(session, new_path=new_path, blink=False, terminal_clipboard=False)
    async with app.run_test(size=(100, 40)) as pilot:
        assert await until(pilot, lambda: bool(app.screen.query("#q-drivers-why-input")))
        why = app.screen.query_one("#q-drivers-why-input", Input)
        why.focus()
        await pilot.pause()
        start = time.monotonic()
        why.post_message(events.Paste("grow teams that ship " * 45_000))
        await pilot.pause()
        notes = str(app.screen.query_one("#q-drivers-why .notes", Static).render())
        assert "Kept the first 2,000 characters (an answer holds no more): 942,999 were " \
               "left out." in notes
        await pilot.press("end", "backspace", "s")
        assert time.monotonic() - start < patience()
        assert len(why.value) == 2_000 and why.value.endswith("ship grows")
        assert app.session.answers.text("drivers.why").endswith("ship grows")

        values = app.screen.query_one("#q-drivers-values-input", Input)
        values.focus()
        await pilot.pause()
        start = time.monotonic()
        values.post_message(events.Paste("care\n" + "x" * 900_000 + "\n" + "trust\n" * 100_000))
        await pilot.pause()
        await pilot.press("q")
        assert time.monotonic() - start < patience()
        assert app.session.answers.items("drivers.values") == ["care", "x" * 500, "trust"]
        notes = str(app.screen.query_one("#q-drivers-values .notes", Static).render())
        assert "Kept the first 500 characters" in notes
        assert values.value == "q"
