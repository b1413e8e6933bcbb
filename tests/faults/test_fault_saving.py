"""Faults: saving through planted links, a full disk, and what a save leaves behind.

A save writes a new file under an unpredictable name and renames it over the target: a link
planted where the old fixed temporary name was, or in the target's place by someone else,
never makes the program write another file; the user's own link is written through on
purpose; a full disk leaves the old file whole and no temporary file.
"""

from __future__ import annotations

import contextlib
import errno
import os
import resource
import stat
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from faultkit import WIZARD, needs_wizard, run

from wizard.core import fileio, model
from wizard.core.model import Answers

ROOT = os.geteuid() == 0


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A folder of its own (tmp_path also holds the test's home)."""
    path = tmp_path / "work"
    path.mkdir()
    return path


def answers() -> Answers:
    a = Answers("en")
    a.set("person.name", "Maya Okafor")
    return a


def test_a_planted_link_at_the_old_temporary_name_is_not_followed(folder: Path) -> None:
    victim = folder / "victim.txt"
    victim.write_text("precious", encoding="utf-8")
    (folder / ".maya.toml.tmp").symlink_to(victim)  # where 0.1 wrote its temporary file
    model.save(answers(), folder / "maya.toml")
    assert victim.read_text(encoding="utf-8") == "precious"
    assert (folder / ".maya.toml.tmp").is_symlink()
    assert 'name = "Maya Okafor"' in (folder / "maya.toml").read_text(encoding="utf-8")
    assert sorted(p.name for p in folder.iterdir()) == [".maya.toml.tmp", "maya.toml",
                                                         "victim.txt"]


def test_the_users_own_link_is_written_through_and_stays_a_link(tmp_path: Path) -> None:
    real = tmp_path / "real" / "maya.toml"
    real.parent.mkdir()
    real.write_text("schema = 1\n", encoding="utf-8")
    link = tmp_path / "maya.toml"
    link.symlink_to(real)
    written = model.save(answers(), link)
    assert written == real
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert 'name = "Maya Okafor"' in real.read_text(encoding="utf-8")
    assert stat.S_IMODE(real.stat().st_mode) == 0o600


@pytest.mark.skipif(not ROOT, reason="a link of another user needs root to make")
def test_a_link_that_belongs_to_someone_else_is_refused(tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("precious", encoding="utf-8")
    link = tmp_path / "maya.toml"
    link.symlink_to(victim)
    os.lchown(link, 65534, 65534)  # planted by "nobody" in a shared folder
    with pytest.raises(fileio.LinkProblem, match="belongs to another user"):
        model.save(answers(), link)
    assert victim.read_text(encoding="utf-8") == "precious"


@pytest.mark.parametrize("kind", ["loop", "dangling"])
def test_a_link_in_a_loop_or_to_nothing_is_not_saved_through(tmp_path: Path, kind: str) -> None:
    link = tmp_path / "maya.toml"
    if kind == "loop":
        (tmp_path / "other.toml").symlink_to(link)
        link.symlink_to(tmp_path / "other.toml")
    else:
        link.symlink_to(tmp_path / "missing" / "nowhere.toml")
    with pytest.raises(fileio.LinkProblem, match=r"leads back to itself|which does not exist"):
        model.save(answers(), link)
    assert link.is_symlink()
    assert not (tmp_path / "missing").exists()


@pytest.mark.parametrize("make", [os.mkfifo, os.mkdir])
def test_a_fifo_or_a_folder_in_the_files_place_is_refused(folder: Path, make) -> None:  # type: ignore[no-untyped-def]
    target = folder / "maya.toml"
    make(target)
    with pytest.raises(OSError):
        model.save(answers(), target)
    assert sorted(p.name for p in folder.iterdir()) == ["maya.toml"]


def test_a_write_that_fails_leaves_the_old_file_and_no_temporary(
        folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = folder / "maya.toml"
    target.write_text("the old answers\n", encoding="utf-8")

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(fileio.os, "fsync", full)
    with pytest.raises(OSError, match="No space left"):
        model.save(answers(), target)
    assert target.read_text(encoding="utf-8") == "the old answers\n"
    assert [p.name for p in folder.iterdir()] == ["maya.toml"]


@contextlib.contextmanager
def small_disk(tmp_path: Path) -> Iterator[Path | None]:
    """A 64 KB tmpfs, filled up, when this machine lets the tests mount one (else None)."""
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mount)],
                          capture_output=True, check=False) if ROOT else None
    if done is None or done.returncode != 0:
        yield None
        return
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], capture_output=True, check=False)


def _fill(folder: Path) -> None:
    with contextlib.suppress(OSError), (folder / "filler").open("wb") as fh:
        while True:
            fh.write(b"x" * 4096)
            fh.flush()


@needs_wizard
def test_new_on_a_full_disk_says_so_and_keeps_the_old_file(tmp_path: Path) -> None:
    with small_disk(tmp_path) as disk:
        if disk is None:  # no tmpfs here: the file size limit gives the same failure
            folder, limit = tmp_path, 200
        else:
            folder, limit = disk, None
        target = folder / "starter.toml"
        target.write_text("the old file\n", encoding="utf-8")
        if disk is not None:
            _fill(disk)

        def cap() -> None:
            if limit is not None:
                resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

        done = run("new", target, "--force", preexec=cap)
        done.one_error_line("starter.toml: cannot write (",
                            "the disk is full" if disk is not None else "File too large")
        assert target.read_text(encoding="utf-8") == "the old file\n"
        assert sorted(p.name for p in folder.iterdir() if p.name != "filler") == \
            ["starter.toml"]


@needs_wizard
def test_render_into_a_full_disk_is_an_error_not_exit_0(answers: Path) -> None:
    with open("/dev/full", "wb") as full:
        proc = subprocess.run([str(WIZARD), "render", str(answers)], stdout=full,
                              stderr=subprocess.PIPE, timeout=5, check=False)
    assert proc.returncode == 2
    assert proc.stderr.decode().startswith("profile-wizard: error: cannot write the output (")


def test_what_the_program_writes_is_private(tmp_path: Path) -> None:
    path = fileio.write_private(tmp_path / "new-folder" / "copy.txt", "hello")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    model.save(answers(), tmp_path / "maya.toml")
    assert stat.S_IMODE((tmp_path / "maya.toml").stat().st_mode) == 0o600
    with pytest.raises(FileNotFoundError, match="does not exist"):
        model.save(answers(), tmp_path / "no-such-folder" / "maya.toml")  # never a surprise


@needs_wizard
def test_every_folder_and_file_the_program_makes_is_private_whatever_the_umask(
        tmp_path: Path, answers: Path) -> None:
    top = tmp_path / "fresh"  # nothing of it exists yet: the program makes every folder
    env = {"PROFILE_WIZARD_HOME": str(top / "deep" / "home")}

    def open_umask() -> None:
        os.umask(0)  # a umask that would make everything world-readable

    for args in (("render", answers), ("profiles", "new", "Maya Okafor")):
        done = run(*args, env=env, preexec=open_umask)
        assert done.code == 0, done.stderr
    made = [top, *top.rglob("*")]
    assert any(p.name == "profiles.sqlite3" for p in made)
    for path in made:
        mode = stat.S_IMODE(path.lstat().st_mode)
        assert mode == (0o700 if path.is_dir() else 0o600), (path, oct(mode))
