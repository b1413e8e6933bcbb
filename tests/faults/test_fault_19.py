"""Faults found in round 19's triage (hard19): each case failed before its fix.

Every case runs the installed command (or the app under Pilot) with its own store and config
(PROFILE_WIZARD_HOME in tmp_path), as a person would. The cases that need file modes to bind
run the command as root without its capabilities (setpriv), as rounds 17 and 18 do.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from faultkit import WIZARD, Ran, needs_wizard, patience, run
from test_fault_round17 import _bound_by_modes
from test_fault_round18 import store_read_only  # noqa: F401 (a fixture: Anna, read-only)
from test_store import tiny_mount  # noqa: F401 (a fixture: a 256 kB tmpfs)

pytestmark = needs_wizard

MAYA = Path(__file__).parents[1] / "fixtures/answers/en-maya.toml"


def home_env(tmp_path: Path, lang: str = "en_US.UTF-8") -> dict[str, str]:
    return {"PROFILE_WIZARD_HOME": str(tmp_path / "home"), "HOME": str(tmp_path),
            "TMPDIR": str(tmp_path / "tmp"), "LANG": lang, "LC_ALL": "", "LC_MESSAGES": "",
            "LANGUAGE": ""}


def bound(tmp_path: Path, *args: str | Path, stdin: bytes = b"") -> Ran:
    """The command as someone the file modes bind (root without its capabilities), with its
    own TMPDIR (tmp_path/tmp) so that what it leaves there can be seen."""
    prefix = _bound_by_modes()
    if prefix is None:
        pytest.skip("no way to run the command under file modes here (root, no setpriv)")
    (tmp_path / "tmp").mkdir(exist_ok=True)
    start = time.monotonic()
    done = subprocess.run([*prefix, str(WIZARD), *map(str, args)], cwd=tmp_path,
                          env={**os.environ, **home_env(tmp_path)}, input=stdin,
                          capture_output=True, timeout=patience(), check=False)
    if done.returncode != 0 and b"setpriv" in done.stderr:
        pytest.skip(f"setpriv cannot drop the capabilities here: {done.stderr!r}")
    return Ran(done.returncode, done.stdout, done.stderr, time.monotonic() - start)


@contextmanager
def read_only(paths: list[Path]) -> Iterator[None]:
    """Files (0400) and folders (0555) read-only for the time of the block."""
    for path in paths:
        path.chmod(0o555 if path.is_dir() else 0o400)
    try:
        yield
    finally:
        for path in paths:
            path.chmod(0o755 if path.is_dir() else 0o600)


# ── 1. a read-only store whose log still holds changes ───────────────────────────────────

CRASH = """
import contextlib
import json
import os
import re
import sqlite3
from wizard.core.model import from_document
from wizard.core.store import Store
store = Store()
answers = from_document({"schema": 1, "lang": "en", "person": {"name": "Ben Crashed"}},
                        partial=True)
profile = store.create_profile("Ben Crashed", "en", answers=answers)
store.set_notes(profile.id, "met at the fair")
os._exit(0)  # no close: the commits stay in the -wal file, as after a crash
"""

# which of the store's files are read-only, and what became of its -shm file (a store whose
# folder cannot be written lost it: a backup copied without it; a colleague's is not ours)
LOCKS = {"folder, shm gone": ((".",), "gone"), "both, shm gone": (("", "."), "gone"),
         "both, shm read-only": (("", ".", "-shm", "-wal"), "kept"),
         "file, shm read-only": (("", "-shm", "-wal"), "kept"),
         "folder, shm kept": ((".",), "kept")}


@pytest.fixture(params=list(LOCKS))
def crashed(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Path]:
    """A store with Maya (closed cleanly) and Ben (written by a program that then died, so
    he is only in the -wal file); then some of its files made read-only; yields the -wal."""
    env = {**os.environ, **home_env(tmp_path)}
    assert run("profiles", "import", MAYA, env=home_env(tmp_path)).code == 0
    subprocess.run([sys.executable, "-c", CRASH], env=env, check=True, timeout=patience())
    home = tmp_path / "home"
    store = home / "profiles.sqlite3"
    wal = home / "profiles.sqlite3-wal"
    assert wal.stat().st_size > 0, "the child left no log"
    names, shm = LOCKS[request.param]
    if shm == "gone":
        store.with_name(store.name + "-shm").unlink()
    with read_only([home if name == "." else store.with_name(store.name + name)
                    for name in names]):
        yield wal


@pytest.mark.parametrize("args, shown", [
    (("profiles", "list"), "Ben Crashed"),  # was only Maya: immutable=1 ignored the -wal
    (("profiles", "show", "Ben"), "Ben Crashed"),  # was "no profile named 'Ben'"
    (("profiles", "export", "Ben"), "Ben Crashed"),
    (("profiles", "show", "maya"), "Maya Okafor"),
])
def test_a_read_only_store_shows_what_its_log_holds(tmp_path: Path, crashed: Path,
                                                    args: tuple[str, ...], shown: str) -> None:
    done = bound(tmp_path, *args)
    assert done.code == 0, done.stderr
    assert shown in done.stdout, done.stdout
    assert list((tmp_path / "tmp").iterdir()) == [], "the private copy was left behind"
    assert crashed.stat().st_size > 0  # the store's own files are untouched


def test_a_log_that_cannot_be_copied_is_one_line_not_old_data(tmp_path: Path,
                                                              crashed: Path) -> None:
    mode = crashed.stat().st_mode
    os.chmod(crashed, 0)  # even root without capabilities cannot read it now
    try:
        done = bound(tmp_path, "profiles", "list")
    finally:
        os.chmod(crashed, mode)
    done.one_error_line(f"{tmp_path}/home/profiles.sqlite3: the profile store is read-only "
                        "and its log profiles.sqlite3-wal holds changes",
                        "(Permission denied)", "nothing is shown")
    assert list((tmp_path / "tmp").iterdir()) == [], "the private copy was left behind"


# ── 2. the app on a read-only store: said up front, whatever is opened ───────────────────

STORE_LINE = "profiles.sqlite3: the profile store is read-only (the file cannot be written)"


@pytest.mark.parametrize("keys, said, not_said, screen", [
    # Anna from the list, then an answer typed: was no toast, then "Not kept in your
    # profiles: …" from the first autosave that failed
    (("a", "n", "n", "a", "enter", "x", "y"), "Not kept (", "Not kept in your profiles",
     "StepScreen"),
    # "New profile": was the dialog, a name typed, and only then the refusal
    (("ctrl+n",), STORE_LINE, "Not kept in your profiles", "StartScreen"),
], ids=["open from the list", "new profile"])
@pytest.mark.usefixtures("store_read_only")
async def test_the_app_on_a_read_only_store_says_so_before_anything_is_lost(
        keys: tuple[str, ...], said: str, not_said: str, screen: str) -> None:
    from faultkit import toasts_said, until

    from wizard.tui.app import WizardApp

    app = WizardApp(None, blink=False, terminal_clipboard=False)
    seen = toasts_said(app)  # every toast shown (a short one may be gone by the end)
    async with app.run_test(size=(120, 40)) as pilot:
        assert await until(pilot, lambda: bool(app.screen.query("#open-error")))
        await pilot.pause(0.2)
        await pilot.press(*keys)
        for _ in range(30):  # 1.5 s: an autosave would have been tried by then (DELAY 0.5 s)
            await pilot.pause(0.05)
        messages = list(dict.fromkeys(seen))
        assert type(app.screen).__name__ == screen, app.screen
        shown = [m for m in messages if said in m]
        assert len(shown) == 1 and "\n" not in shown[0] and "read-only" in shown[0], messages
        assert not any(not_said in m for m in messages), messages
        await pilot.press("ctrl+q")


# ── 3. `match` with a stored profile on a read-only store ────────────────────────────────

AD = Path(__file__).parents[1] / "fixtures/ads/en-data-analyst.md"
STORE_LOCKS = {"file": ("profiles.sqlite3",), "folder": (".",), "both": ("profiles.sqlite3", ".")}


@pytest.fixture(params=list(STORE_LOCKS))
def matched(request: pytest.FixtureRequest, tmp_path: Path, seeded: Path) -> Iterator[str]:
    """A store with Maya and one job ad kept with her; then its file, its folder or both
    made read-only; yields which. Maya's store is a copy of the module's imported home
    (tests/faults/conftest.py): each of the 24 cases ran `profiles import` in a child."""
    from wizard.core.store import Store

    home = tmp_path / "home"
    shutil.copytree(seeded, home, dirs_exist_ok=True)
    with Store(home / "profiles.sqlite3") as store:
        store.add_ad(1, "Senior Data Analyst", AD.read_text(encoding="utf-8"))
    (tmp_path / "work").mkdir()
    with read_only([home / name for name in STORE_LOCKS[request.param]]):
        yield request.param


READ_ONLY_FILE = "the profile store is read-only (the file cannot be written)"
READ_ONLY_FOLDER = "the profile store cannot be written: the folder {home} is not writable"


@pytest.mark.parametrize("args, shown, warned", [
    (("match", AD, "maya"), "Score: ", ""),  # the stored profile is read: works
    (("match", AD, "1", "--format", "json"), '"score": ', ""),
    (("match", "-", "Maya Okafor"), "Score: ", ""),  # the ad piped in
    # the handout with the kept ad: written, and one line says the store keeps no version
    (("profiles", "export", "maya", "--format", "html", "--ad", "1", "-o", "work/m.html"),
     "", "this export is not kept in the profile's versions"),
], ids=["by name", "json by id", "ad from stdin", "handout with the kept ad"])
def test_match_reads_a_read_only_store(tmp_path: Path, matched: str, args: tuple[str, ...],
                                       shown: str, warned: str) -> None:
    before = {p.name for p in (tmp_path / "home").iterdir()}
    done = bound(tmp_path, *args, stdin=AD.read_bytes())
    assert done.code == 0, done.stderr
    assert shown in done.stdout, done.stdout
    lines = done.stderr.splitlines()
    if warned:
        assert any(warned in line for line in lines), done.stderr
        assert "Senior Data Analyst" in (tmp_path / "work/m.html").read_text(encoding="utf-8")
    else:
        assert done.stderr == "", done.stderr
    home = tmp_path / "home"
    made = {p.name for p in home.iterdir()} - before  # SQLite's own side files at most
    assert made <= {"profiles.sqlite3-wal", "profiles.sqlite3-shm"}, made
    assert not made or (home / "profiles.sqlite3-wal").stat().st_size == 0  # nothing written


@pytest.mark.parametrize("args", [
    ("profiles", "edit", "maya", "summary", "Data analyst who loves Power BI."),
    ("profiles", "choose", "maya", "summary"),
    ("profiles", "notes", "maya", "missing: Power BI"),
    ("profiles", "new", "Senior Data Analyst"),
], ids=["edit", "choose", "notes", "new"])
def test_what_a_match_leads_to_writing_is_one_line_on_a_read_only_store(
        tmp_path: Path, matched: str, args: tuple[str, ...]) -> None:
    home = tmp_path / "home"
    words = READ_ONLY_FILE if matched in ("file", "both") else \
        READ_ONLY_FOLDER.format(home=home)
    bound(tmp_path, *args).one_error_line(f"{home}/profiles.sqlite3: {words}")
    again = bound(tmp_path, "match", AD, "maya")
    assert again.code == 0 and "Score: " in again.stdout, again.stderr


# ── 4. delete on a full disk, and every file written about the person ────────────────────

def fill(disk: Path) -> Path:
    filler = disk / "filler"
    with contextlib.suppress(OSError), filler.open("wb") as fh:
        while True:
            fh.write(b"x" * 4096)
            fh.flush()
    return filler


@pytest.mark.parametrize("exports, how", [
    ((), "cli"),  # nothing to free: the rows are deleted in place (was "the disk is full")
    (("md", "html"), "cli"),  # the person's exports go first and make room
    ((), "app"),  # the app's store, opened before the disk filled (its -shm exists)
], ids=["in place", "files first", "the app's store"])
def test_delete_on_a_full_disk_deletes_everything(
        tmp_path: Path, request: pytest.FixtureRequest, exports: tuple[str, ...],
        how: str) -> None:
    from wizard.core.store import Store

    disk: Path = request.getfixturevalue("tiny_mount")  # a 256 kB tmpfs as the data folder
    env = {**home_env(tmp_path), "PROFILE_WIZARD_HOME": str(disk)}
    assert run("profiles", "import", MAYA, env=env).code == 0
    for fmt in exports:
        assert run("profiles", "export", "1", "--format", fmt, "-o",
                   disk / f"maya.{fmt}", env=env).code == 0
    if how == "app":
        with Store(disk / "profiles.sqlite3") as store:
            fill(disk)
            assert store.delete_profile(1)  # scrubbed, no problem
    else:
        fill(disk)
        done = run("profiles", "delete", "1", "--yes", env=env)
        assert done.code == 0, done.stderr
        assert "Deleted profile 1 'Maya Okafor'" in done.stdout, done.stdout
        assert (not exports) == ("Removed the" not in done.stdout), done.stdout
    (disk / "filler").unlink()
    left = [p.name for p in disk.iterdir() if p.is_file() and b"Okafor" in p.read_bytes()]
    assert left == [], left  # the exports are gone, and no byte of the store holds her
    listed = run("profiles", "list", env=env)
    assert listed.code == 0 and "Maya" not in listed.stdout, listed.stdout
    check = sqlite3.connect(disk / "profiles.sqlite3")
    assert check.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    check.close()


# the writers of a file about the person, each run as the program runs it; deleting the
# profile (and its copy) must leave no file under the data, config and cache folders that
# names her, nor a file of hers elsewhere
LINKEDIN = Path(__file__).parents[1] / "fixtures/linkedin/Profile.csv"
WRITERS = [
    ("profiles", "import", "{out}/Profile.csv", "--into", "1"),  # the before, from LinkedIn
    ("profiles", "notes", "1", "met Zelda Quorvath at the fair"),
    ("profiles", "edit", "1", "summary", "Zelda Quorvath builds data platforms."),
    ("profiles", "export", "1", "--format", "md", "-o", "{home}/exports/zelda.md"),
    ("profiles", "export", "1", "--format", "html", "--notes", "-o", "{out}/handout.html"),
    ("profiles", "export", "1", "--format", "json-resume", "-o", "{out}/resume.json"),
    ("profiles", "export", "1", "-o", "{out}/answers.toml"),
    ("profiles", "copy", "1"),  # "Zelda Quorvath (copy)", id 2: deleted too below
]


def test_delete_leaves_no_file_about_the_person(tmp_path: Path) -> None:
    from wizard.core.store import Store

    env, home, out = home_env(tmp_path), tmp_path / "home", tmp_path / "out"
    out.mkdir()
    for given in (MAYA, LINKEDIN):  # a name found nowhere else (the packs' examples are Maya's)
        text = given.read_text(encoding="utf-8-sig").replace("Maya", "Zelda")
        (out / given.name).write_text(text.replace("Okafor", "Quorvath"), encoding="utf-8")
    assert run("profiles", "import", out / MAYA.name, env=env).code == 0
    for args in WRITERS:
        filled = [str(a).format(home=home, out=out) for a in args]
        done = run(*filled, env=env)
        assert done.code == 0, (filled, done.stderr)
    with Store(home / "profiles.sqlite3") as store:  # the app's Copy and its file
        p = store.get_profile(1)
        store.add_version(1, p.answers, {"headline": "Zelda Quorvath, data"}, reason="copy")
        copied = home / "exports" / "zelda-quorvath-1-headline.txt"
        copied.write_text("Zelda Quorvath, data\n", encoding="utf-8")
        store.record_file(1, copied)
    rescued = home / "rescued"  # what the app keeps after a crash when the store cannot
    rescued.mkdir()
    text = (out / MAYA.name).read_text(encoding="utf-8")
    (rescued / "zelda-quorvath-20261207-061500.toml").write_text(text, encoding="utf-8")
    other = text.replace("Zelda Quorvath", "Ann Other")  # another client's: kept
    (rescued / "ann-other-20261207-061500.toml").write_text(other, encoding="utf-8")
    (out / MAYA.name).unlink()
    (out / LINKEDIN.name).unlink()  # the person's own files, not the program's
    before = [p for p in [*home.rglob("*"), *out.rglob("*")] if _names_her(p)]
    assert len(before) >= 5, before  # the writers did write about her
    for ref in ("1", "2"):  # the copy last: her rescued file waits for it
        done = run("profiles", "delete", ref, "--yes", env=env)
        assert done.code == 0 and "Deleted profile" in done.stdout, done.stderr
    left = [str(p) for p in [*home.rglob("*"), *out.rglob("*")] if _names_her(p)]
    assert left == [], left
    assert [p.name for p in rescued.iterdir()] == ["ann-other-20261207-061500.toml"]


def _names_her(path: Path) -> bool:
    """Whether the file's name or its bytes name Zelda Quorvath."""
    if "quorvath" in path.name.lower():
        return True
    return path.is_file() and b"quorvath" in path.read_bytes().lower()


# ── 5. text from outside on the terminal: one sanitiser, everywhere ──────────────────────

HOSTILE = {
    "osc title": "\x1b]0;PWNED\x07Ann",
    "osc 52": "\x1b]52;c;aGFja2Vk\x07Ann",
    "csi clear": "\x1b[2J\x1b[31mAnn",
    "c1": "Ann\x85\x9b31m\x9d0;x\x9c",  # NEL, an 8-bit CSI and OSC, ST
    "bidi": "Ann\u202egnp.exe\u2066x\u2069",
    "zero width": "Ann\u200bx\u2060y\ufeffz",  # invisible: reads "Annxyz" but is not
    "very long": "Ann" + "x" * 100_000,
}
# what may not reach a terminal: faultkit's controls, and the invisible zero-width ones
UNSAFE = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200b\u200e\u200f\u2028-\u202e"
                    r"\u2060\u2066-\u2069\ufeff\ud800-\udfff]")
ANSWERS = 'schema = 1\nlang = "en"\n[person]\nname = "Ann"\n'


def place(tmp_path: Path, where: str, hostile: str) -> list[str | Path]:
    """The arguments that bring `hostile` into the command's human output at `where`."""
    if where == "file name":
        return ["render", (hostile[:200] + ".toml")]
    if where == "key":
        answers = tmp_path / "key.toml"
        answers.write_text(ANSWERS + f'"{json.dumps(hostile)[1:-1]}" = "x"\n',
                           encoding="utf-8")
        return ["render", answers]
    if where in ("list", "show"):  # a name stored as the person typed it, then shown
        answers = tmp_path / "value.toml"
        answers.write_text(ANSWERS.replace('"Ann"', json.dumps(hostile[:1000])),
                           encoding="utf-8")
        run("profiles", "import", answers, "--name", hostile[:150], env=home_env(tmp_path))
        return ["profiles", where] + (["1"] if where == "show" else [])
    if where == "import":  # a file of that name that is no answers file
        (tmp_path / (hostile[:200] + ".csv")).write_text("a,b\n", encoding="utf-8")
        return ["profiles", "import", hostile[:200] + ".csv"]
    return ["match", hostile[:200] + ".md", "Ann"]  # the ad's file name


@pytest.mark.parametrize("hostile", list(HOSTILE.values()), ids=list(HOSTILE))
@pytest.mark.parametrize("where", ["file name", "key", "list", "show", "import", "ad"])
def test_nothing_from_outside_reaches_the_terminal_raw(tmp_path: Path, where: str,
                                                       hostile: str) -> None:
    done = run(*place(tmp_path, where, hostile), env=home_env(tmp_path))
    shown = done.stdout + done.stderr
    found = UNSAFE.search(shown.replace("\n", ""))
    assert found is None, (found, shown[:400])
    assert "Ann" in shown, shown[:400]  # the text is there, made safe, not dropped
    # `show` gives an answer whole (at most 2,000 characters); elsewhere a value is cut
    limit = 2_100 if where == "show" else 1_000
    assert max(map(len, shown.splitlines()), default=0) < limit, "a line of 100,000 characters"


@pytest.mark.parametrize("hostile", list(HOSTILE.values()), ids=list(HOSTILE))
async def test_nothing_from_outside_reaches_the_apps_toasts_and_titles_raw(
        tmp_path: Path, hostile: str) -> None:
    """An answers file whose name and person are hostile, opened; a file of that name that
    is not there, opened; a toast of it: the badge, the titles and every toast are safe."""
    from faultkit import until

    from wizard.tui.app import WizardApp
    from wizard.tui.launch import prepare

    path = tmp_path / (hostile[:200] + ".toml")
    path.write_text(ANSWERS.replace('"Ann"', json.dumps(hostile[:1000])), encoding="utf-8")
    session, _ = prepare(path)
    app = WizardApp(session, blink=False, terminal_clipboard=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause(0.2)
        missing = app.open_file(tmp_path / (hostile[:200] + "-gone.toml")) or ""
        app.say(missing, "error")
        app.say(f"{hostile} {path}")
        assert await until(pilot, lambda: len(app._notifications) >= 2)
        shown = [app.title, app.sub_title, app.screen.title or "", *app.whose(),
                 *(n.message for n in app._notifications), *(n.title for n in
                                                            app._notifications)]
        await pilot.press("ctrl+q")
    found = [(UNSAFE.search(text), text[:200]) for text in shown if UNSAFE.search(text)]
    assert found == [], found
    assert any("Ann" in text for text in shown), shown
    assert max(map(len, shown)) < 1000, "a title or toast of 100,000 characters"
