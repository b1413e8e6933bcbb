"""Faults found in round 20 (hard20): each case failed before its fix.

The cases run the installed command (or the core store, as the app opens it) with their own
store on a real 256 kB tmpfs, as a person would.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from faultkit import needs_wizard, run
from test_fault_19 import AD, MAYA, fill, home_env
from test_store import mounted_tmpfs

pytestmark = needs_wizard


# ── 1. a disk too full for the -shm file: the store is still read ─────────────────────────

@pytest.fixture(scope="module")
def full_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """Maya's profile in a store on a 256 kB tmpfs that is then filled to the last byte:
    SQLite cannot make the -shm file it needs even to read a WAL store there."""
    tmp_path = tmp_path_factory.mktemp("full")
    with mounted_tmpfs(tmp_path) as disk:
        env = {**home_env(tmp_path), "PROFILE_WIZARD_HOME": str(disk)}
        assert run("profiles", "import", MAYA, env=env).code == 0
        fill(disk)
        yield env

@pytest.mark.parametrize("args, shows", [
    (("profiles", "list"), "Maya Okafor"),  # was "the disk is full, so the last change …"
    (("profiles", "show", "1"), "Profile 1 'Maya Okafor'"),
    (("profiles", "export", "1", "--format", "md"), "# Profile texts — Maya Okafor"),
    (("match", str(AD), "1"), "Score: "),
], ids=["list", "show", "export", "match"])
def test_a_full_disk_still_shows_the_profiles(full_store: dict[str, str],
                                              args: tuple[str, ...], shows: str) -> None:
    done = run(*args, env=full_store)
    assert done.code == 0, done.stderr
    assert shows in done.stdout, done.stdout
    assert "Traceback" not in done.stderr


def test_a_write_on_a_full_disk_is_one_line_that_says_so(full_store: dict[str, str]) -> None:
    run("profiles", "notes", "1", "met at the fair", env=full_store).one_error_line(
        "profiles.sqlite3: the disk is full, so the profile store is only read: nothing can "
        "be saved until some space is freed")


def test_the_apps_store_on_a_full_disk_lists_and_refuses_writes(
        full_store: dict[str, str]) -> None:
    from wizard.core.store import Store, StoreError

    with Store(Path(full_store["PROFILE_WIZARD_HOME"]) / "profiles.sqlite3") as store:
        assert store.read_only is not None and store.read_only.kind == "full"
        assert [p.name for p in store.list_profiles()] == ["Maya Okafor"]
        with pytest.raises(StoreError, match="the disk is full") as raised:
            store.create_profile("Anna")
        assert raised.value.kind == "full"


# ── 2. rescue files belong to the stored profile they were written for ────────────────────

def _rescue(folder: Path, name: str, person: str, owner: int | None) -> Path:
    from wizard.core.store.deleting import RESCUE_HEAD

    path = folder / f"{name}.toml"
    head = RESCUE_HEAD.format(id=owner) if owner is not None else ""
    path.write_text(head + f'schema = 1\nlang = "en"\n\n[person]\nname = "{person}"\n',
                    encoding="utf-8")
    return path


def test_deleting_a_profile_deletes_its_rescue_files_by_id_not_by_name(tmp_path: Path) -> None:
    """Two clients of one name (ids 1 and 2): the rescue file written for profile 1 goes with
    profile 1 (even after the person was renamed in it) and profile 2's stays; a file that
    names no profile goes only once no stored profile has the name (was: by name only, so
    profile 1's delete kept its own file while profile 2 had the name)."""
    from wizard.core.store import Store

    with Store(tmp_path / "profiles.sqlite3") as store:
        first = store.create_profile("Zelda Quorvath", "en")
        second = store.create_profile("Zelda Quorvath", "en")
        folder = tmp_path / "rescued"
        folder.mkdir()
        mine = _rescue(folder, "renamed", "Zelda Q.", first.id)
        theirs = _rescue(folder, "theirs", "Zelda Quorvath", second.id)
        unlinked = _rescue(folder, "unlinked", "Zelda Quorvath", None)
        other = _rescue(folder, "other", "Ann Other", None)
        done = store.delete_profile(first.id)
        assert mine in done.removed and not mine.exists()
        assert theirs.exists() and unlinked.exists() and other.exists()
        done = store.delete_profile(second.id)
        assert {theirs, unlinked} <= set(done.removed)
        assert sorted(p.name for p in folder.iterdir()) == ["other.toml"]


async def test_the_apps_rescue_file_names_its_stored_profile(tmp_path: Path) -> None:
    from wizard.core.model import load
    from wizard.core.store.deleting import _rescue_owner
    from wizard.tui.app import WizardApp

    app = WizardApp(None, blink=False, terminal_clipboard=False)

    def boom() -> None:
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        async with app.run_test(size=(100, 40)) as pilot:
            await pilot.pause(0.2)
            store = app.coach.store()
            assert store is not None
            made = store.create_profile("Zelda Quorvath", "en")
            app.coach.open_profile(made.id)
            await pilot.pause(0.2)
            app.session.answers.set("person.role", "platform engineer")
            app.coach.autosave.failed = True  # the store cannot keep it
            app.call_later(boom)
            await pilot.pause(0.3)
    rescued = list((tmp_path / "wizard-home" / "rescued").glob("*.toml"))
    assert len(rescued) == 1, rescued
    assert _rescue_owner(rescued[0]) == made.id
    assert load(rescued[0], partial=True).text("person.role") == "platform engineer"


# ── 3. an answers file opened on a read-only store shows its stored hand edits ────────────

async def test_a_file_opened_on_a_read_only_store_shows_its_hand_edits(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The file as saved from a stored profile: its hand edit is read from the store even
    when the store cannot be written (was: the template's text, the edit only in the store),
    and the app still says the work is not kept."""
    from faultkit import answers_text, until

    from wizard.core.model import load
    from wizard.core.store import Store, StoreError, database
    from wizard.tui.app import WizardApp
    from wizard.tui.launch import prepare

    path = tmp_path / "maya.toml"
    path.write_text(answers_text(), encoding="utf-8")
    with Store() as store:
        made = store.create_profile("Maya Okafor", answers=load(path))
        store.set_edit(made.id, "headline", "Maya Okafor · data platforms, by hand")

    def refused(at: Path) -> None:
        raise StoreError(f"{at}: the profile store is read-only (the file cannot be written)",
                         "readonly")

    monkeypatch.setattr(database, "_prepare_file", refused)
    session, _ = prepare(path)
    app = WizardApp(session, blink=False, terminal_clipboard=False)
    async with app.run_test(size=(120, 40)) as pilot:
        assert await until(pilot, lambda: bool(app._notifications))
        assert app.session.edits.get("headline") == "Maya Okafor · data platforms, by hand"
        assert any("Not kept" in n.message for n in app._notifications)
        assert app.coach.link is None  # nothing is written to the read-only store
        await pilot.press("ctrl+q")
