"""Provides private, atomic file writes: what the program writes about a person is 0600 in 0700.

A save writes a new file under an unpredictable name beside the target (created with O_EXCL,
so a planted file or link is never opened), then renames it over the target: a crash leaves
the old file or the new one, never half of one.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

FILE_MODE = 0o600
DIR_MODE = 0o700


def private_dir(path: Path) -> Path:
    """Create `path` (and its missing parents) as folders only the user can open."""
    path.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
    return path


def write_private(path: Path, data: str | bytes) -> None:
    """Write `data` to `path` atomically, readable by the user only."""
    private_dir(path.parent)
    raw = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(raw)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, FILE_MODE)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
