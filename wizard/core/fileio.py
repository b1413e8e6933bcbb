"""Provides private, atomic file writes: what the program writes about a person is 0600 in 0700.

A save writes a new file under an unpredictable name beside the target (mkstemp: O_EXCL, so a
planted file or link is never opened), then renames it over the target: a crash or a full disk
leaves the old file or the new one, never half of one, and no stray temporary file.

Links: a save through the user's own symbolic link writes the file the link points to (the link
stays a link), as an editor does. A link that belongs to someone else (planted in a shared
folder), a loop and a link to nothing are refused with a LinkProblem that says which; the
rename never follows a link, so no other file is ever overwritten.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

FILE_MODE = 0o600
DIR_MODE = 0o700
MAX_HOPS = 40  # as the kernel's own limit on links followed in one path


class LinkProblem(OSError):
    """A symbolic link a save or a read will not go through; `strerror` says why, in words."""


class NotRegularFile(OSError):
    """A FIFO, a device or a socket where a file was expected: reading would wait or never end."""


def _say(key: str, **values: object) -> str:
    from wizard.core.errors import Phrase
    from wizard.core.words import interface_language

    return Phrase(key, dict(values)).text(interface_language())


def private_dir(path: Path) -> Path:
    """Create `path` and each of its missing parents as folders only the user can open (as
    the XDG rules ask; mkdir(parents=True) would make the parents 0755). A folder that exists
    is left as it is: it is the user's."""
    missing = []
    current = path
    while not os.path.lexists(current) and current != current.parent:
        missing.append(current)
        current = current.parent
    for folder in reversed(missing):
        with _in_folder(folder.parent):
            folder.mkdir(mode=DIR_MODE, exist_ok=True)
    if not path.is_dir():  # a file or a link to nothing in its place, as mkdir says it
        raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(path))
    return path


_DENIED = (errno.EACCES, errno.EPERM, errno.EROFS)
_naming: list[Path] = []  # the folder being named, while its words load


@contextlib.contextmanager
def _in_folder(folder: Path) -> Iterator[None]:
    """Making a file or folder in `folder`: a folder the user may not write in (its mode, a
    read-only mount) is named in words, "the folder X is not writable", not "Permission
    denied" about a file that does not exist yet."""
    try:
        yield
    except OSError as exc:
        if exc.errno not in _DENIED or _naming:
            raise  # (the words' own cache, written while they load, is not named again)
        _naming.append(folder)
        try:
            words = _say("folder_not_writable", folder=folder)
        finally:
            _naming.pop()
        raise PermissionError(exc.errno, words, exc.filename) from None


def resolve_links(path: Path, *, own_only: bool = True) -> Path:
    """The path behind `path`'s symbolic links (`path` itself when it is none; the parent
    folders are taken as they are). With `own_only`, a link that belongs to another user is
    refused: in a shared folder it is how someone makes a program overwrite another file."""
    current = path
    for _ in range(MAX_HOPS):
        try:
            st = os.lstat(current)
        except FileNotFoundError:
            if current == path:
                return path  # a new file
            raise LinkProblem(errno.ENOENT, _say("link_dangling", target=current),
                              str(path)) from None
        if not stat.S_ISLNK(st.st_mode):
            return current
        if own_only and st.st_uid != os.geteuid():
            raise LinkProblem(errno.EPERM, _say("link_foreign"), str(path))
        current = current.parent / os.readlink(current)
    raise LinkProblem(errno.ELOOP, _say("link_loop"), str(path))


def _regular(st: os.stat_result, path: Path) -> os.stat_result:
    """`st` when it is a regular file's; IsADirectoryError or NotRegularFile otherwise."""
    if stat.S_ISDIR(st.st_mode):
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
    if not stat.S_ISREG(st.st_mode):
        raise NotRegularFile(errno.EINVAL, _say("not_regular_file"), str(path))
    return st


def regular_file(path: Path) -> os.stat_result:
    """The status of the regular file at `path`, through links; a clear OSError otherwise
    (FileNotFoundError, IsADirectoryError, LinkProblem, NotRegularFile)."""
    return _regular(os.stat(resolve_links(path, own_only=False)), path)


def save_target(path: Path) -> Path:
    """The file a save of `path` replaces: `path`, or the real file behind the user's own
    link. A folder, a FIFO or a device there is refused, as are links resolve_links refuses."""
    real = resolve_links(path)
    with contextlib.suppress(FileNotFoundError):
        _regular(os.lstat(real), path)
    return real


def write_private(path: Path, data: str | bytes, *, make_folder: bool = True,
                  durable: bool = True) -> Path:
    """Write `data` to `path` atomically, readable by the user only; returns the file written
    (the real file when `path` is the user's link). Raises OSError, with nothing left behind.

    `make_folder` creates a missing folder (0700); without it, a folder the person named that
    does not exist is an error, not a surprise folder. Without `durable` (a cache) the data
    is not forced to the disk first.
    """
    target, tmp = _private_copy(path, data, make_folder=make_folder, sync=durable)
    _move(tmp, target)
    if durable:
        _sync_folder(target.parent)
    return target


def _private_copy(path: Path, data: str | bytes, *, make_folder: bool,
                  sync: bool) -> tuple[Path, str]:
    """The file a save of `path` replaces, and `data` in a new private file beside it."""
    target = save_target(path)
    if make_folder:
        private_dir(target.parent)
    elif not target.parent.is_dir():
        raise FileNotFoundError(errno.ENOENT, _say("folder_missing", folder=target.parent),
                                str(path))
    raw = data.encode("utf-8") if isinstance(data, str) else data
    # a short prefix: a long file name plus the random part must stay under NAME_MAX
    with _in_folder(target.parent):
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name[:60]}.", suffix=".tmp",
                                   dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(raw)
            fh.flush()
            if sync:
                os.fsync(fh.fileno())
        os.chmod(tmp, FILE_MODE)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return target, tmp


def _move(tmp: str, target: Path) -> None:
    try:
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


class PrivateBatch:
    """Many files written as write_private writes one, with one flush to disk for them all.

    An fsync per file costs 1–4 ms: a coach's thousand profiles would wait seconds for the
    disk. Here each file is written beside its target first, the disk is synced once, and
    only then is each renamed into place, so a crash still leaves old files or new ones.
    """

    def __init__(self) -> None:
        self._pending: list[tuple[str, Path]] = []

    def add(self, path: Path, data: str | bytes) -> Path:
        """Stage `data` for `path` (the checks and errors of write_private); the file it
        will replace."""
        target, tmp = _private_copy(path, data, make_folder=True, sync=False)
        self._pending.append((tmp, target))
        return target

    def commit(self) -> list[tuple[Path, OSError]]:
        """Move every file into place; the ones that could not be moved, with the reason."""
        os.sync()
        failed: list[tuple[Path, OSError]] = []
        pending, self._pending = self._pending, []
        for tmp, target in pending:
            try:
                _move(tmp, target)
            except OSError as exc:
                failed.append((target, exc))
        for folder in {target.parent for _, target in pending}:
            _sync_folder(folder)
        return failed

    def __enter__(self) -> PrivateBatch:
        return self

    def __exit__(self, *exc: object) -> None:
        """Files not committed (an error, Ctrl+C) leave no temporary copy behind."""
        for tmp, _ in self._pending:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
        self._pending = []


def _sync_folder(folder: Path) -> None:
    """The rename is on disk too, not only the data (a power cut keeps the new file)."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
