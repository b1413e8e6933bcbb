"""Faults: closed standard streams and strict ASCII locales.

A closed stdin is said, not a crash; a closed stdout makes `render` fail, never exit 0; in an
ASCII locale every command prints what it can ("?" for the rest, JSON keeps \\u escapes) and
`ask` asks its questions, in a real terminal.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pexpect
import pytest
from faultkit import WIZARD, answers_text, assert_clean, needs_wizard, patience, run

ASCII = {"LANG": "C", "LC_ALL": "C", "PYTHONIOENCODING": "ascii"}


@needs_wizard
@pytest.mark.parametrize("args", [("ask",), (), ("open-me.toml",)], ids=["ask", "app", "file"])
def test_a_closed_stdin_is_said(tmp_path: Path, args: tuple[str, ...]) -> None:
    run(*args, cwd=tmp_path, close=(0,)).one_error_line("standard input is closed")


@needs_wizard
@pytest.mark.parametrize("args", [("render", "{file}"), ("questions",), ("templates", "list")],
                         ids=["render", "questions", "templates"])
def test_a_closed_stdout_is_an_error(answers: Path, args: tuple[str, ...]) -> None:
    done = run(*(a.format(file=answers) for a in args), close=(1,))
    assert done.code == 2
    assert done.stderr == "profile-wizard: error: standard output is closed: nothing could " \
                          "be written\n"


@needs_wizard
def test_render_copes_with_an_ascii_locale(tmp_path: Path) -> None:
    path = tmp_path / "jose.toml"
    path.write_text(answers_text().replace("Maya Okafor", "José Müller 🚀"), encoding="utf-8")
    text = run("render", path, env=ASCII)
    assert text.code == 0, text.stderr
    assert "Jos? M?ller" in text.stdout and text.out.isascii()
    doc = run("render", path, "--format", "json", env=ASCII)
    assert doc.code == 0 and doc.out.isascii()
    outputs = json.loads(doc.out)["outputs"]  # the same data (a pitch is said: no emoji in it)
    assert "José Müller" in outputs["pitch"]["text"] and "🚀" not in outputs["pitch"]["text"]
    bad = tmp_path / "bad.toml"
    bad.write_text('schema = 1\nlang = "ü"\n', encoding="utf-8")
    run("render", bad, env=ASCII).one_error_line("unknown language '?'")


@needs_wizard
def test_ask_asks_in_an_ascii_locale_and_keeps_what_is_typed(tmp_path: Path) -> None:
    target = tmp_path / "jose.toml"
    child = pexpect.spawn(str(WIZARD), ["ask", "--lang", "en", "-o", str(target)],
                          dimensions=(30, 100), timeout=patience(), cwd=str(tmp_path),
                          env={**ASCII, "HOME": str(tmp_path), "TERM": "xterm",
                               "PROFILE_WIZARD_HOME": str(tmp_path / "home")})
    try:
        child.expect("My name is")  # the first question, with its "…"-free ASCII form
        child.send("José\r")
        child.expect("I am \\(or am becoming\\) a")
        child.send("ingénieur\r")
        child.expect("I work at")
        child.sendintr()
        child.expect(pexpect.EOF)
    finally:
        child.close()
    assert child.exitstatus == 130
    saved = target.read_text(encoding="utf-8")
    assert 'name = "José"' in saved and 'role = "ingénieur"' in saved


@needs_wizard
def test_the_app_starts_and_quits_in_an_ascii_locale(tmp_path: Path) -> None:
    child = pexpect.spawn(str(WIZARD), [], dimensions=(30, 100), timeout=patience(),
                          cwd=str(tmp_path),
                          env={**ASCII, "HOME": str(tmp_path), "TERM": "xterm-256color",
                               "PROFILE_WIZARD_HOME": str(tmp_path / "home")})
    try:
        child.expect("Start a new profile")
        child.send("\x11")  # Ctrl+Q
        child.expect(pexpect.EOF)
    finally:
        child.close()
    assert child.exitstatus == 0


@needs_wizard
def test_a_reader_that_goes_away_is_no_error(answers: Path) -> None:
    import subprocess

    proc = subprocess.Popen([str(WIZARD), "questions"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.read(10)
    proc.stdout.close()  # `| head -c 10`
    err = proc.stderr.read()
    assert proc.wait(timeout=patience()) in (0, 1)
    assert b"Traceback" not in err and b"Exception ignored" not in err
    assert_clean(err)


@needs_wizard
@pytest.mark.parametrize(("args", "expected"), [
    (("match", "-", "{file}"), "standard input is closed: there is nothing to read for '-'"),
    (("profiles", "notes", "1", "-"), "standard input is closed: there is nothing to read"),
    (("profiles", "edit", "1", "headline", "-"), "standard input is closed: there is nothing"),
    (("profiles", "delete", "1"), "without confirmation: add --yes"),
], ids=["match", "notes", "edit", "delete"])
def test_a_closed_stdin_is_said_where_a_command_reads_it(tmp_path: Path, answers: Path,
                                                         args: tuple[str, ...],
                                                         expected: str) -> None:
    """Each of these once read sys.stdin, which Python makes None when descriptor 0 is
    closed: 'unexpected AttributeError', exit 70."""
    env = {"PROFILE_WIZARD_HOME": str(tmp_path / "home")}
    assert run("profiles", "import", answers, env=env).code == 0
    done = run(*(a.format(file=answers) for a in args), env=env, close=(0,))
    done.one_error_line(expected)
    assert b"Maya" in run("profiles", "list", env=env).out  # nothing deleted


@needs_wizard
@pytest.mark.parametrize(("args", "limit"), [(("notes", "1", "-"), "100,000"),
                                             (("edit", "1", "summary", "-"), "20,000")],
                         ids=["notes", "edit"])
def test_what_is_piped_into_notes_or_an_edit_is_bounded(tmp_path: Path, answers: Path,
                                                         args: tuple[str, ...],
                                                         limit: str) -> None:
    """`profiles edit 1 headline - < 10 MB` was kept whole and took longer than 5 s, and
    /dev/zero piped in by mistake never ended."""
    env = {"PROFILE_WIZARD_HOME": str(tmp_path / "home")}
    assert run("profiles", "import", answers, env=env).code == 0
    done = run("profiles", *args, env=env, stdin=b"word " * 2_000_000)
    done.one_error_line(f"standard input holds more than {limit} characters")
    assert b"word word" not in run("profiles", "show", "1", env=env).out


@needs_wizard
def test_ask_shows_a_pasted_bidi_override_safely(tmp_path: Path) -> None:
    """prompt_toolkit echoes what is typed as it is: a right-to-left override pasted into an
    answer reached the terminal and turned the rest of the line around."""
    target = tmp_path / "eve.toml"
    child = pexpect.spawn(str(WIZARD), ["ask", "--lang", "en", "-o", str(target)],
                          dimensions=(30, 100), timeout=patience(), cwd=str(tmp_path),
                          env={"HOME": str(tmp_path), "TERM": "xterm", "LANG": "en_GB.UTF-8",
                               "PROFILE_WIZARD_HOME": str(tmp_path / "home")})
    try:
        child.expect("My name is")
        child.send("Eve\u202egnp.exe\u2028Adams\r")
        child.expect("I am \\(or am becoming\\) a")
        seen = child.before
        child.sendintr()
        child.expect(pexpect.EOF)
    finally:
        child.close()
    assert "\u202e".encode() not in seen and "\u2028".encode() not in seen
    assert b"Eve?gnp.exe?Adams" in seen
    assert 'name = "Evegnp.exe Adams"' in target.read_text(encoding="utf-8")  # cleaned, kept


@needs_wizard
def test_a_silent_pipe_into_match_is_given_up_on_within_the_limit(answers: Path) -> None:
    """A pipe held open with nothing in it was waited on for 10 s: past the 5 s any case may
    take. It is given up on after 4 s of silence."""
    import os
    import subprocess
    import time

    read, write = os.pipe()
    start = time.monotonic()
    try:
        proc = subprocess.run([str(WIZARD), "match", "-", str(answers)], stdin=read,
                              capture_output=True, timeout=patience() + 10, check=False)
    finally:
        os.close(read)
        os.close(write)
    assert time.monotonic() - start < 9  # 10 s of patience before; 4 s now, and the start
    assert proc.returncode == 2
    assert b"standard input sent nothing for 4 seconds" in proc.stderr, proc.stderr


@needs_wizard
def test_ctrl_c_while_the_program_starts_is_no_traceback(tmp_path: Path, answers: Path) -> None:
    """Ctrl+C while the command was still importing (click, the store: a second on a busy
    machine) reached no handler of ours: Python's traceback, and the killed status -2. Only
    the launcher pip writes (its own `import re`) is before our code and out of reach."""
    import signal
    import subprocess
    import time

    env = {**os.environ, "PROFILE_WIZARD_HOME": str(tmp_path / "home")}
    start = time.monotonic()
    subprocess.run([str(WIZARD), "profiles", "import", str(answers)], env=env,
                   capture_output=True, timeout=patience(), check=True)
    whole = time.monotonic() - start
    for fraction in (0.2, 0.35, 0.5, 0.65, 0.8):
        proc = subprocess.Popen([str(WIZARD), "profiles", "list"], env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        time.sleep(whole * fraction)
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=patience())
        assert b"/wizard/" not in err, err.decode(errors="replace")  # no frame of ours
        if b"Traceback" not in err:  # (the launcher's window gives Python's own)
            # done, stopped by our answer, or ended by the signal itself (130 to a shell)
            assert proc.returncode in (0, 130, -signal.SIGINT), (fraction, proc.returncode)
