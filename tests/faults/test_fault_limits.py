"""Faults: the session's file size limit (`ulimit -f`, RLIMIT_FSIZE) and a full disk, named.

Python ignores SIGXFSZ, so a write past the limit fails with EFBIG ("File too large") or is
cut short without a word; SQLite calls either "disk I/O error". Every way out names the limit
and the file instead.
"""

from __future__ import annotations

import errno
import resource
import sqlite3
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from faultkit import WIZARD, assert_clean, needs_wizard, patience, run

from wizard.core import errors
from wizard.core.errors import UserError, os_reason
from wizard.core.store.errors import translate


def capped(limit: int) -> Callable[[], None]:
    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return cap


def ioerr(name: str) -> sqlite3.Error:
    exc = sqlite3.OperationalError("disk I/O error")
    exc.sqlite_errorname = name  # type: ignore[attr-defined]
    return exc


@pytest.fixture
def limited(monkeypatch: pytest.MonkeyPatch) -> None:
    """This process under a 20,480-byte file size limit, as far as the program can tell."""
    monkeypatch.setattr(resource, "getrlimit",
                        lambda what: (20480, resource.RLIM_INFINITY)
                        if what == resource.RLIMIT_FSIZE else (-1, -1))


@pytest.mark.parametrize("name", ["SQLITE_IOERR_WRITE", "SQLITE_IOERR_SHMSIZE", "SQLITE_FULL"])
def test_a_store_write_past_the_limit_names_the_limit_not_an_io_error(
        limited: None, tmp_path: Path, name: str) -> None:
    message = str(translate(ioerr(name), tmp_path / "profiles.sqlite3"))
    assert message.startswith(f"{tmp_path / 'profiles.sqlite3'}: ")
    assert "20,480 bytes" in message and "ulimit -f" in message
    assert "input/output" not in message


def test_an_io_error_without_a_limit_or_a_full_disk_stays_an_io_error(tmp_path: Path) -> None:
    if errors.file_size_limit() is not None:
        pytest.skip("this session has a file size limit")
    message = str(translate(ioerr("SQLITE_IOERR_READ"), tmp_path / "profiles.sqlite3"))
    assert "input/output" in message


def test_file_too_large_names_the_limit(limited: None, tmp_path: Path) -> None:
    line = UserError("cannot_write", reason=os_reason(
        OSError(errno.EFBIG, "File too large"))).at(tmp_path / "x.txt").message("en")
    assert "x.txt: cannot write (the file size limit of this session, 20,480 bytes" in line
    full = UserError("cannot_write", reason=os_reason(
        OSError(errno.ENOSPC, "No space left on device"))).at(tmp_path / "x.txt").message("en")
    assert full.endswith("x.txt: cannot write (the disk is full; free some space and try again)")


@needs_wizard
def test_profiles_import_past_the_limit_names_the_limit_and_the_store(tmp_path: Path) -> None:
    done = run("profiles", "import", Path(__file__).parents[1] / "fixtures/answers/en-maya.toml",
               env={"PROFILE_WIZARD_HOME": str(tmp_path / "home")}, preexec=capped(20480))
    line = done.one_error_line("profiles.sqlite3: the file size limit", "20,480 bytes",
                               "ulimit -f")
    assert "input/output" not in line


@needs_wizard
def test_render_cut_short_by_the_limit_is_an_error_not_exit_0(tmp_path: Path,
                                                               answers: Path) -> None:
    out = tmp_path / "out.txt"
    for args in (("render", answers), ("render", "--format", "json", answers)):
        with out.open("wb") as sink:
            done = subprocess.run([str(WIZARD), *map(str, args)], stdout=sink,
                                  stderr=subprocess.PIPE, preexec_fn=capped(1024),
                                  timeout=patience(), check=False)
        assert done.returncode == 2, done.stderr
        line = done.stderr.decode()
        assert line.startswith("profile-wizard: error: cannot write the output (the file size "
                               "limit of this session, 1,024 bytes"), line
        assert line.count("\n") == 1
        assert_clean(done.stderr)


@needs_wizard
def test_render_out_past_the_limit_names_the_file_and_the_limit(tmp_path: Path,
                                                                answers: Path) -> None:
    done = run("render", "--out", tmp_path / "texts", answers, preexec=capped(1024))
    assert done.code == 2
    assert "maya.txt: cannot write (the file size limit of this session, 1,024 bytes" in \
        done.stderr, done.stderr
