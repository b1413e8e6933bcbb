"""Faults found in round 18's triage (hard18): each case failed before its fix.

Every case runs the installed command (or the app under Pilot) with its own store and config
(PROFILE_WIZARD_HOME in tmp_path), as a person would. A store that cannot be written is still
read (list, show, export get the person's words out); a write says so in one line naming the
file. A full disk is told in the pack's words, not the system's English.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from faultkit import needs_wizard, run
from test_fault_round17 import run_bound  # root without its capabilities: modes bind it

pytestmark = needs_wizard

MAYA = Path(__file__).parents[1] / "fixtures/answers/en-maya.toml"


def home_env(tmp_path: Path, lang: str = "en_US.UTF-8") -> dict[str, str]:
    return {"PROFILE_WIZARD_HOME": str(tmp_path / "home"), "HOME": str(tmp_path),
            "LANG": lang, "LC_ALL": "", "LC_MESSAGES": "", "LANGUAGE": ""}


# ── 1. a read-only store is still read ───────────────────────────────────────────────────

LOCKS = {"file": ("profiles.sqlite3",), "folder": (".",), "both": ("profiles.sqlite3", ".")}


@pytest.fixture(params=list(LOCKS))
def read_only(request: pytest.FixtureRequest, tmp_path: Path, seeded: Path) -> Iterator[str]:
    """A store with Maya, then its file, its folder or both made read-only (given their modes
    back at the end); yields which. Each case gets a copy of the module's imported home (the
    same files, modes and times): 33 cases each ran `profiles import` in a child process."""
    home = tmp_path / "home"
    shutil.copytree(seeded, home, dirs_exist_ok=True)
    (tmp_path / "work").mkdir()
    locked = [home / name for name in LOCKS[request.param]]
    for path in locked:
        path.chmod(0o555 if path.is_dir() else 0o400)
    yield request.param
    for path in locked:
        path.chmod(0o755 if path.is_dir() else 0o600)


@pytest.mark.parametrize("args, shown", [
    (("profiles", "list"), "Maya Okafor"),  # was "the profile store is read-only …"
    (("profiles", "show", "1"), "Maya Okafor"),
    (("profiles", "show", "maya"), "Maya Okafor"),
    (("profiles", "export", "1"), "Maya Okafor"),
    (("profiles", "export", "1", "-o", "work/maya.md"), ""),
])
def test_a_read_only_store_is_still_read(tmp_path: Path, read_only: str,
                                         args: tuple[str, ...], shown: str) -> None:
    done = run_bound(tmp_path, *args)
    assert done.code == 0, done.stderr
    assert shown in done.stdout, done.stdout
    if "-o" in args:
        assert "Maya Okafor" in (tmp_path / "work" / "maya.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("args", [
    ("profiles", "new", "Ben"), ("profiles", "rename", "1", "Ben"),
    ("profiles", "notes", "1", "a note"), ("profiles", "delete", "1", "--yes"),
    ("profiles", "copy", "1", "Ben"), ("profiles", "import", "--as-new", MAYA),
], ids=["new", "rename", "notes", "delete", "copy", "import"])
def test_a_write_to_a_read_only_store_is_one_line_naming_the_file(
        tmp_path: Path, read_only: str, args: tuple[str, ...]) -> None:
    store = tmp_path / "home" / "profiles.sqlite3"
    words = ("the profile store is read-only (the file cannot be written)"
             if read_only in ("file", "both") else
             f"the profile store cannot be written: the folder {tmp_path}/home is not writable")
    line = run_bound(tmp_path, *args).one_error_line(f"{store}: {words}")
    assert "attempt to write" not in line and "unexpected" not in line, line
    listed = run_bound(tmp_path, "profiles", "list").stdout
    assert "Maya Okafor" in listed and "Ben" not in listed, listed  # nothing changed


def test_the_store_object_reads_and_refuses_writes_when_read_only(tmp_path: Path) -> None:
    """The same in the core, as the app uses it (root ignores modes: skipped there)."""
    from wizard.core.store import Store, StoreError

    if os.geteuid() == 0:
        pytest.skip("root is not bound by file modes in this process")
    path = tmp_path / "profiles.sqlite3"
    with Store(path) as store:
        store.create_profile("Anna", "en")
    path.chmod(0o400)
    try:
        with Store(path) as store:
            assert store.read_only is not None
            assert [p.name for p in store.list_profiles("")] == ["Anna"]
            with pytest.raises(StoreError, match="read-only") as raised:
                store.create_profile("Ben", "en")
            assert raised.value.kind == "readonly" and str(path) in str(raised.value)
    finally:
        path.chmod(0o600)


# ── 2. a full disk in the pack's words ───────────────────────────────────────────────────

def to_full_disk() -> None:
    """Standard output on /dev/full: every write fails with ENOSPC."""
    os.dup2(os.open("/dev/full", os.O_WRONLY), 1)


@pytest.mark.parametrize("lang, words", [
    ("en_US.UTF-8", "cannot write the output (the disk is full; free some space and try "
                    "again)"),
    ("nl_NL.UTF-8", "(de schijf is vol; maak wat ruimte vrij en probeer het opnieuw)"),
    ("it_IT.UTF-8", "(il disco è pieno; libera un po' di spazio e riprova)"),
    ("fr_FR.UTF-8", "(le disque est plein\u00a0; libérez de la place et réessayez)"),
])
def test_a_full_disk_is_told_in_the_packs_words(tmp_path: Path, lang: str,
                                                words: str) -> None:
    done = run("--help", env=home_env(tmp_path, lang), preexec=to_full_disk)
    line = done.one_error_line(words)
    assert "No space left" not in line, line


@pytest.mark.parametrize("lang", ["en", "nl", "it", "fr"])
def test_the_full_disk_words_are_in_every_pack(lang: str) -> None:
    from wizard.core.words import words

    for key in ("errors.disk_full", "errors.quota_full"):
        said = words(lang)(key)
        assert said and "{" not in said and (lang == "en" or said != words("en")(key))


# ── 3. the app on a read-only store ──────────────────────────────────────────────────────

@pytest.fixture
def store_read_only(monkeypatch: pytest.MonkeyPatch) -> Path:
    """A store with Anna that the app finds read-only, as the file modes would say to anyone
    but root (this process may be root: the refusal of _prepare_file is given it here)."""
    from wizard.core.store import Store, StoreError, database, default_path

    with Store() as store:
        store.create_profile("Anna", "en")
    path = default_path()

    def refused(at: Path) -> None:
        raise StoreError(f"{at}: the profile store is read-only (the file cannot be written)",
                         "readonly")

    monkeypatch.setattr(database, "_prepare_file", refused)
    return path


@pytest.mark.parametrize("opened", ["file", "start"])
async def test_the_app_on_a_read_only_store_lists_and_says_so_in_one_line(
        tmp_path: Path, store_read_only: Path, opened: str) -> None:
    from faultkit import answers_text, toasts_said, until

    from wizard.tui.app import WizardApp
    from wizard.tui.launch import prepare

    path = tmp_path / "maya.toml"
    path.write_text(answers_text(), encoding="utf-8")
    session, _ = prepare(path) if opened == "file" else (None, None)
    app = WizardApp(session, blink=False, terminal_clipboard=False)
    messages = toasts_said(app)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause(0.3)
        store = app.coach.store()
        assert store is not None and [p.name for p in store.list_profiles("")] == ["Anna"]
        if opened == "file":
            assert await until(pilot, lambda: bool(messages))
            assert any("Not kept" in m and "read-only" in m and store_read_only.name in m
                       and "\n" not in m for m in messages), messages
        await pilot.press("ctrl+q")
    assert app.crash_message == "", app.crash_message


# ── 4. the full disk in the app's toasts and the prompts' lines too ──────────────────────

@pytest.mark.parametrize("number, lang, said, system", [
    (28, "en", "the disk is full; free some space and try again", "No space left on device"),
    (28, "nl", "de schijf is vol", "No space left on device"),
    (122, "it", "la tua quota di disco è esaurita", "Disk quota exceeded"),
    (122, "fr", "votre quota de disque est épuisé", "Disk quota exceeded"),
    (13, "nl", "Permission denied", ""),  # the rest stays the system's words, as before
])
def test_os_words_puts_a_full_disk_in_the_packs_words(number: int, lang: str, said: str,
                                                      system: str) -> None:
    from wizard.core.errors import os_words

    shown = os_words(OSError(number, system or "Permission denied"), lang)
    assert said in shown and (not system or system not in shown), shown


def test_the_prompts_say_a_full_disk_in_the_packs_words(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    from wizard.core.model import Answers
    from wizard.prompts.files import Target
    from wizard.prompts.session import Interview

    def full_disk(answers: Answers, path: Path) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("wizard.core.model.save", full_disk)
    interview = Interview(Answers("nl"), Target(tmp_path / "x.toml"))
    interview.dirty = True
    interview.save(final=True)
    err = capsys.readouterr().err
    assert "de schijf is vol" in err and "No space left" not in err, err


@pytest.mark.parametrize("number, said", [
    (28, "the disk is full; free some space and try again"),  # with room left (reserved)
    (122, "your disk quota is used up; free some space and try again"),
])
def test_the_store_says_a_full_disk_it_cannot_measure_in_the_packs_words(
        tmp_path: Path, number: int, said: str) -> None:
    from wizard.core.store.errors import os_error

    line = str(os_error(OSError(number, "system words"), tmp_path / "p.sqlite3", "cannot_create"))
    assert said in line and "system words" not in line and "p.sqlite3" in line, line


@pytest.mark.parametrize("lang, said", [("it", "il disco è pieno"), ("en", "the disk is full")])
def test_the_copy_toast_says_a_full_disk_in_its_language(lang: str, said: str) -> None:
    from wizard.tui.clipboard import CopyReport

    full = OSError(28, "No space left on device")
    line = CopyReport("texts", save_error=str(full.strerror), save_failure=full).message(lang)
    assert said in line and "No space left" not in line, line
