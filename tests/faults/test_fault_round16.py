"""Faults found in round 16's triage (hard16): each case failed before its fix.

Every case runs the installed command with its own store and config (PROFILE_WIZARD_HOME in
tmp_path), as a person would: one clear line or the documented behaviour, never a traceback,
a hang or a raw library message.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path

import pytest
from faultkit import assert_clean, needs_wizard, run

pytestmark = needs_wizard

NONE_YET = "No profiles yet"


def home_env(tmp_path: Path) -> dict[str, str]:
    return {"PROFILE_WIZARD_HOME": str(tmp_path / "home"), "LANG": "en_US.UTF-8",
            "LC_ALL": "", "LC_MESSAGES": "", "LANGUAGE": ""}


def to_full_disk() -> None:
    """Standard output on /dev/full: every write fails with ENOSPC."""
    os.dup2(os.open("/dev/full", os.O_WRONLY), 1)


# ── 1. the settings file is read safely ──────────────────────────────────────────────────

def _settings(tmp_path: Path) -> Path:
    config = tmp_path / "home" / "config"
    config.mkdir(parents=True)
    return config / "settings.toml"


@pytest.mark.parametrize("kind", ["fifo", "folder", "huge_key", "deep_key", "not_utf8",
                                  "too_big"])
def test_a_settings_file_that_is_not_the_apps_is_ignored_not_a_hang_or_a_crash(
        tmp_path: Path, kind: str) -> None:
    path = _settings(tmp_path)
    if kind == "fifo":
        os.mkfifo(path)  # reading it waited for a writer forever
    elif kind == "folder":
        path.mkdir()
    elif kind == "huge_key":  # tomllib's quadratic dotted keys: minutes
        path.write_text("a." * 100_000 + 'b = "nl"\n')
    elif kind == "deep_key":  # 1,000 parts: the data cache's JSON recursed to its limit
        path.write_text("a." * 1_000 + 'b = "nl"\n')
    elif kind == "not_utf8":
        path.write_bytes(b'interface_lang = "\xff\xfe"\n')
    else:
        path.write_text('interface_lang = "nl"\n' + "# padding\n" * 100_000)
    done = run("profiles", "list", env=home_env(tmp_path))
    assert done.code == 0, done.stderr
    assert "Traceback" not in done.stderr and "unexpected" not in done.stderr, done.stderr
    assert done.stderr.startswith(NONE_YET), done.stderr  # the system's language, English
    assert_clean(done.out + done.err)


def test_the_remembered_language_still_counts(tmp_path: Path) -> None:
    _settings(tmp_path).write_text('interface_lang = "nl"\n')
    done = run("profiles", "list", env=home_env(tmp_path))
    assert done.code == 0 and done.stderr.startswith("Nog geen profielen"), done.stderr


# ── 2. --version and --help on a full disk ───────────────────────────────────────────────

@pytest.mark.parametrize("args", [["--version"], ["-V"], ["--help"], ["-h"], ["ask", "--help"]])
def test_version_and_help_on_a_full_disk_are_the_output_error_line(
        tmp_path: Path, args: list[str]) -> None:
    done = run(*args, env=home_env(tmp_path), preexec=to_full_disk)
    # as every other command's output on a full disk: exit 2, one line, no "unexpected"
    assert done.code == 2, (done.code, done.stderr)
    assert done.stderr == \
        "profile-wizard: error: cannot write the output (the disk is full; free some space " \
        "and try again)\n"  # the pack's words since round 18, not the system's English


def test_version_still_prints(tmp_path: Path) -> None:
    done = run("--version", env=home_env(tmp_path))
    assert done.code == 0 and done.stdout.startswith("profile-wizard, version "), done.stderr


# ── 3. a profile name has a length limit ─────────────────────────────────────────────────

LIMIT_LINE = "a profile name has at most 200"


@pytest.mark.parametrize("length", [201, 100_000])
def test_a_typed_profile_name_over_the_limit_is_refused_naming_it(tmp_path: Path,
                                                                  length: int) -> None:
    env = home_env(tmp_path)
    assert run("profiles", "new", "Maya", env=env).code == 0
    long = "x" * length
    for args in (("profiles", "rename", "1", long), ("profiles", "new", long),
                 ("profiles", "copy", "1", long)):
        done = run(*args, env=env)
        done.one_error_line(f"({length:,} characters; {LIMIT_LINE})")
    listed = run("profiles", "list", env=env)
    assert listed.code == 0 and listed.stdout.count("\n") == 1, listed.stdout  # only Maya
    assert "Maya" in listed.stdout and "xxx" not in listed.stdout


def test_a_name_at_the_limit_is_kept_whole(tmp_path: Path) -> None:
    env = home_env(tmp_path)
    assert run("profiles", "new", "y" * 200, env=env).code == 0
    shown = run("profiles", "show", "1", env=env)
    assert "y" * 200 in shown.stdout, shown.stdout


# ── 4. a store whose schema was tampered with ────────────────────────────────────────────

def _store_with_maya(tmp_path: Path) -> tuple[dict[str, str], Path]:
    env = home_env(tmp_path)
    assert run("profiles", "new", "Maya", env=env).code == 0
    return env, tmp_path / "home" / "profiles.sqlite3"


def _tamper(db: Path, sql: str) -> None:
    import sqlite3

    conn = sqlite3.connect(db)
    conn.execute(sql)
    conn.commit()
    conn.close()


@pytest.mark.parametrize("version", [-1, -5, -(2**31)])
def test_a_negative_schema_version_is_one_line_naming_the_file(tmp_path: Path,
                                                               version: int) -> None:
    env, db = _store_with_maya(tmp_path)
    _tamper(db, f"PRAGMA user_version = {version}")
    for args in (("profiles", "list"), ("profiles", "new", "Ben"), ("profiles", "show", "1")):
        line = run(*args, env=env).one_error_line(
            f"{db}: not a store profile-wizard made (store schema {version}",
            "move it aside")
        assert "IndexError" not in line and "unexpected" not in line


@pytest.mark.parametrize("table", ["profiles", "versions", "edits", "ads", "files"])
def test_a_dropped_table_is_named_in_words_not_sqlites(tmp_path: Path, table: str) -> None:
    env, db = _store_with_maya(tmp_path)
    _tamper(db, f"DROP TABLE {table}")
    commands = [("profiles", "show", "1")] if table in ("versions", "edits", "files") else \
        [("profiles", "list")] if table == "profiles" else []
    for args in commands:
        line = run(*args, env=env).one_error_line(
            f"{db}: the profile store is damaged (missing: {table})", "move it aside")
        assert "no such table" not in line
    # the person can still be deleted: what the store lost is said, as a warning
    deleted = run("profiles", "delete", "1", "--yes", env=env)
    assert "no such table" not in deleted.stderr and "Traceback" not in deleted.stderr
    if table != "profiles":
        assert deleted.stdout.startswith("Deleted profile 1 'Maya'"), deleted.stderr
        # the reason is the missing table ("a damaged page" was not it)
        assert f"the store is damaged (missing: {table})" in deleted.stderr, deleted.stderr
        listed = run("profiles", "list", env=env)
        assert listed.stderr.startswith(NONE_YET), listed.stderr


# ── 5. '-' as a file to write is standard output, never a file named "-" ────────────────

MAYA = Path(__file__).parents[1] / "fixtures/answers/en-maya.toml"


def test_new_dash_prints_the_starter_file(tmp_path: Path) -> None:
    work = tmp_path / "work"
    work.mkdir()
    done = run("new", "-", "--lang", "nl", cwd=work, env=home_env(tmp_path))
    assert done.code == 0, done.stderr
    assert 'lang = "nl"' in done.stdout and "[person]" in done.stdout
    assert list(work.iterdir()) == []  # no file called "-"
    assert tomllib.loads(done.stdout)["lang"] == "nl"  # the same file `new FILE` writes


@pytest.mark.parametrize("out", [["--out", "-"], ["--out=-"]])
def test_render_out_dash_prints_the_texts(tmp_path: Path, out: list[str]) -> None:
    work = tmp_path / "work"
    work.mkdir()
    done = run("render", *out, MAYA, cwd=work, env=home_env(tmp_path))
    plain = run("render", MAYA, cwd=work, env=home_env(tmp_path))
    assert done.code == 0 and done.stdout == plain.stdout != "", done.stderr
    assert list(work.iterdir()) == []  # no folder called "-"


def test_profiles_export_dash_prints_the_answers(tmp_path: Path) -> None:
    work = tmp_path / "work"
    work.mkdir()
    env = home_env(tmp_path)
    assert run("profiles", "import", MAYA, env=env).code == 0
    done = run("profiles", "export", "1", "-o", "-", cwd=work, env=env)
    assert done.code == 0 and 'name = "Maya Okafor"' in done.stdout, done.stderr
    assert list(work.iterdir()) == []


def test_ask_dash_is_refused_before_a_question(tmp_path: Path) -> None:
    work = tmp_path / "work"
    work.mkdir()
    done = run("ask", "-o", "-", cwd=work, env=home_env(tmp_path))
    done.one_error_line("-o -: standard output is where the questions are asked")
    assert list(work.iterdir()) == []


# ── 6. profiles list --limit: at least one ───────────────────────────────────────────────

@pytest.mark.parametrize("limit", ["0", "-1", "-99999999999999999999"])
def test_a_limit_below_one_is_refused_not_taken_for_one(tmp_path: Path, limit: str) -> None:
    env = home_env(tmp_path)
    for name in ("Anna", "Ben"):
        assert run("profiles", "new", name, env=env).code == 0
    done = run("profiles", "list", "--limit", limit, env=env)
    done.one_error_line("'--limit'", f"{limit} is not in the range x>=1")


def test_a_limit_lists_that_many(tmp_path: Path) -> None:
    env = home_env(tmp_path)
    for name in ("Anna", "Ben"):
        assert run("profiles", "new", name, env=env).code == 0
    assert run("profiles", "list", "--limit", "1", env=env).stdout.count("\n") == 1
    assert run("profiles", "list", "--limit", "2", env=env).stdout.count("\n") == 2


# ── 7. floods of combining marks, and markup, in what is shown ───────────────────────────

ZALGO = "a" + "\u0301" * 150 + "na"  # within the name limit: 153 characters
STORED = "\u00e1" + "\u0301" * 149 + "na"  # NFC, as every answer and name is kept


def on_a_terminal(*args: str, env: dict[str, str]) -> str:
    """What the command writes to a real terminal (a pseudo-terminal), decoded."""
    import pexpect
    from faultkit import WIZARD, patience

    child = pexpect.spawn(str(WIZARD), list(args), dimensions=(30, 200), timeout=patience(),
                          env={**os.environ, **env, "TERM": "xterm"})
    try:
        child.expect(pexpect.EOF)
    finally:
        child.close()
    assert child.exitstatus == 0, child.before
    return bytes(child.before).decode("utf-8")


def test_a_flood_of_combining_marks_is_capped_on_a_terminal_not_in_the_data(
        tmp_path: Path) -> None:
    from faultkit import answers_text

    from wizard.core.sanitize import MAX_MARKS, cap_marks
    from wizard.core.store import Store

    env = home_env(tmp_path)
    answers = tmp_path / "zalgo.toml"
    answers.write_text(answers_text().replace("Maya Okafor", ZALGO), encoding="utf-8")
    done = run("profiles", "import", answers, env=env)
    assert done.code == 0, done.stderr
    shown = "\u00e1" + "\u0301" * MAX_MARKS + "?na"  # what the terminal gets
    for args in (("profiles", "list"), ("profiles", "show", "1"), ("render", str(answers))):
        screen = on_a_terminal(*args, env=env)
        # the name as the list and show give it; the pitch's "Hi, I'm Á…" capitalised
        assert shown in screen or shown.capitalize() in screen, screen[:300]
        assert "\u0301" * (MAX_MARKS + 1) not in screen
    # a pipe or a file gets the data as it is: an export keeps every mark
    exported = run("profiles", "export", "1", env=env)
    assert exported.code == 0 and STORED in exported.stdout, exported.stderr
    assert cap_marks("Tiếng Việt, pointed עִבְרִית") == "Tiếng Việt, pointed עִבְרִית"
    os.environ["PROFILE_WIZARD_HOME"] = env["PROFILE_WIZARD_HOME"]  # (restored by conftest)
    with Store(create=False) as store:
        assert store.get_profile(1).name == STORED  # the stored text is never changed


def test_a_long_name_is_cut_to_the_lists_column(tmp_path: Path) -> None:
    env = home_env(tmp_path)
    assert run("profiles", "new", "N" * 200, env=env).code == 0
    assert run("profiles", "new", "Ben", env=env).code == 0
    lines = run("profiles", "list", env=env).stdout.splitlines()
    assert len(lines) == 2 and len(lines[0]) == len(lines[1]), lines  # the columns line up
    assert "N" * 39 + "…" in lines[1] and "N" * 40 not in lines[1]


@pytest.mark.parametrize("name", ["x[/b]", "[b]bold[/b]", "[link=https://evil.example]me",
                                  ZALGO])
async def test_the_apps_profile_list_shows_a_name_as_typed_and_does_not_crash(
        name: str) -> None:
    from faultkit import until
    from textual.widgets import DataTable

    from wizard.core.sanitize import MAX_MARKS
    from wizard.core.store import Store
    from wizard.tui.app import WizardApp
    from wizard.tui.widgets.profile_list import ProfileList

    with Store() as store:
        store.create_profile(name, "en")
    app = WizardApp(blink=False, terminal_clipboard=False)
    async with app.run_test(size=(100, 30)) as pilot:
        assert await until(pilot, lambda: bool(app.screen.query(ProfileList))
                           and bool(app.screen.query_one(ProfileList).rows))
        await pilot.pause(0.1)
        assert app.return_code is None and app._exception is None  # still running
        table = app.screen.query_one(ProfileList).query_one(DataTable)
        first = table.get_row_at(0)[0]
        # the brackets as typed, the marks capped
        capped = "\u00e1" + "\u0301" * MAX_MARKS + "?na"
        assert str(first) == (capped if name == ZALGO else name)
        assert not getattr(first, "spans", [])  # no markup made bold or a link


# ── more hostile inputs found this round ─────────────────────────────────────────────────

@pytest.mark.parametrize("args", [("profiles", "notes", "1", "-"),
                                  ("profiles", "edit", "1", "headline", "-")])
@pytest.mark.parametrize("given, problem", [
    (b"caf\xe9 in Latin-1", "-: not UTF-8 text (byte 3"),
    (b"\xff\xfen\x00o\x00", "-: not UTF-8 text (it is UTF-16)"),
])
def test_text_from_standard_input_that_is_not_utf8_is_refused_not_cut(
        tmp_path: Path, args: tuple[str, ...], given: bytes, problem: str) -> None:
    env = {**home_env(tmp_path), "LC_ALL": "en_US.UTF-8"}
    assert run("profiles", "import", MAYA, env=env).code == 0
    # the "é" was dropped without a word: "caf in Latin-1" was kept
    run(*args, env=env, stdin=given).one_error_line(problem)
    assert "caf" not in run("profiles", "notes", "1", env=env).stdout


def test_text_from_standard_input_keeps_every_character(tmp_path: Path) -> None:
    env = home_env(tmp_path)
    assert run("profiles", "import", MAYA, env=env).code == 0
    assert run("profiles", "notes", "1", "-", env=env,
               stdin="café, Łódź\nline 2".encode()).code == 0
    assert run("profiles", "notes", "1", env=env).stdout == "café, Łódź\nline 2\n"
    done = run("profiles", "notes", "1", "-", env=env, stdin=b"\0" * 500_000)
    done.one_error_line("standard input holds more than 100,000 characters")


def test_an_import_names_a_loop_of_links_and_hints_for_any_kind_of_file(tmp_path: Path) -> None:
    env = home_env(tmp_path)
    loop = tmp_path / "loop.toml"
    loop.symlink_to(loop.name)
    line = run("profiles", "import", loop, env=env).one_error_line(
        "loop.toml: cannot read (a symbolic link that leads back to itself)")
    assert "Too many levels" not in line  # the system's words, as render never said them
    latin1 = tmp_path / "answers.toml"
    latin1.write_bytes(b'schema = 1\nlang = "en"\n[person]\nname = "Jos\xe9"\n')
    # a TOML answers file was told to be saved "as CSV UTF-8"
    run("profiles", "import", latin1, env=env).one_error_line(
        "answers.toml: not UTF-8 text (byte 43): save it as UTF-8")


def test_a_job_ad_too_large_gives_its_numbers_the_packs_way(tmp_path: Path) -> None:
    env = home_env(tmp_path)
    big = tmp_path / "ad.txt"
    big.write_text("a" * 300_000)
    run("match", big, MAYA, env=env).one_error_line(
        "ad.txt: too large for a job ad (300,000 bytes; the limit is 200,000)")
    # from a pipe it said "(> 200000 bytes; the limit is 200000)"
    run("match", "-", MAYA, env=env, stdin=b"a" * 300_000).one_error_line(
        "-: too large for a job ad (more than 200,000 bytes, the limit)")


def test_a_template_that_is_not_utf8_is_named_in_words_not_pythons(tmp_path: Path) -> None:
    folder = tmp_path / "mine" / "en" / "headline"
    folder.mkdir(parents=True)
    (folder / "1-latin.j2").write_bytes(b"Hi caf\xe9 {{ person.name }}")
    done = run("templates", "check", tmp_path / "mine", env=home_env(tmp_path))
    assert done.code == 1, done.stderr
    assert "1-latin.j2: not UTF-8 text (byte 6" in done.stdout, done.stdout
    assert "UnicodeDecodeError" not in done.stdout + done.stderr
    rendered = run("render", "--templates", tmp_path / "mine", "--variant", "headline=latin",
                   MAYA, env=home_env(tmp_path))
    line = rendered.one_error_line("1-latin.j2: not UTF-8 text (byte 6")
    assert "codec" not in line


@pytest.mark.parametrize("kind", ["fifo", "huge"])
def test_a_template_file_that_is_a_fifo_or_huge_is_named_as_such(tmp_path: Path,
                                                                 kind: str) -> None:
    folder = tmp_path / "mine" / "en" / "headline"
    folder.mkdir(parents=True)
    bad = folder / f"1-{kind}.j2"
    if kind == "fifo":  # was "TemplateNotFound: no template 'en/headline/1-fifo.j2' …"
        os.mkfifo(bad)
        problem = "1-fifo.j2: 'en/headline/1-fifo.j2' is not a regular file"
    else:  # 1 MB compiled for seconds, then "takes longer than 1 s … a loop that does not end"
        bad.write_text("x " * 500_000)
        problem = ("1-huge.j2: 'en/headline/1-huge.j2' is too large for a template "
                   "(1,000,000 bytes; the limit is 100,000)")
    done = run("templates", "check", tmp_path / "mine", env=home_env(tmp_path))
    assert done.code == 1 and f"FAIL {bad}: " in done.stdout, done.stdout
    assert problem in done.stdout and done.stdout.count(str(bad)) == 1, done.stdout
    assert "TemplateNotFound" not in done.stdout and "longer than" not in done.stdout
    run("render", "--templates", tmp_path / "mine", MAYA,
        env=home_env(tmp_path)).one_error_line(problem)


NO_SUCH_USER = "~no-such-user-hard16"


def test_a_home_of_a_user_who_does_not_exist_is_taken_as_written_not_a_traceback(
        tmp_path: Path) -> None:
    env = {**home_env(tmp_path), "PROFILE_WIZARD_HOME": f"{NO_SUCH_USER}/home"}
    done = run("profiles", "new", "Maya", cwd=tmp_path, env=env)  # a traceback at import
    assert done.code == 0 and "Traceback" not in done.stderr, done.stderr
    assert (tmp_path / NO_SUCH_USER / "home" / "profiles.sqlite3").is_file()  # as the shell


def test_a_typed_file_name_of_a_user_who_does_not_exist_is_a_path() -> None:
    from wizard.core.paths import expand_user

    # the app's open, import and job-ad fields took Path.expanduser's RuntimeError
    assert expand_user(f"{NO_SUCH_USER}/maya.toml") == Path(f"{NO_SUCH_USER}/maya.toml")
    assert expand_user("~/maya.toml") == Path.home() / "maya.toml"
