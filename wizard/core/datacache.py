"""Provides the data files (TOML) parsed once and kept as JSON between runs.

tomllib is pure Python: parsing the language data costs a few milliseconds at every start of
the command, more than the rest of `render`'s own work. json.loads is C. An entry is used only
while the file's size and modification time are unchanged, so an edited file is read again.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import tomllib
from pathlib import Path
from typing import Any


def _entry(path: Path) -> Path:
    from wizard.core.paths import cache_dir

    digest = hashlib.sha1(str(path).encode("utf-8"), usedforsecurity=False).hexdigest()
    return cache_dir() / "data" / f"{digest[:20]}.json"


def read_toml(path: Path) -> dict[str, Any]:
    """The parsed TOML file at `path`, from the cache when it is current."""
    path = path.resolve()
    stat = path.stat()
    stamp = [stat.st_mtime_ns, stat.st_size]
    entry = _entry(path)
    with contextlib.suppress(OSError, ValueError, KeyError, TypeError):
        cached = json.loads(entry.read_bytes())
        if cached["stamp"] == stamp and cached["path"] == str(path):
            data: dict[str, Any] = cached["data"]
            return data
    with path.open("rb") as fh:
        data = tomllib.load(fh)
    _store(entry, {"path": str(path), "stamp": stamp, "data": data})
    return data


def _store(entry: Path, doc: dict[str, Any]) -> None:
    """Write the entry atomically; a cache that cannot be written is simply not used."""
    from wizard.core.fileio import write_private

    with contextlib.suppress(OSError, TypeError, ValueError):
        text = json.dumps(doc, ensure_ascii=False)  # TypeError: a date has no JSON form
        write_private(entry, text, durable=False)


def read_json(name: str) -> Any:
    """Data a module derived once (from a library's tables) and kept under `name`, or None.

    `name` carries everything the data depends on (the library's version, the options), so a
    new version simply misses and is derived again.
    """
    entry = _named_entry(name)
    with contextlib.suppress(OSError, ValueError):
        return json.loads(entry.read_bytes())
    return None


def write_json(name: str, data: Any) -> None:
    """Keep `data` under `name` for the next run (not at all where the cache is unwritable)."""
    _store(_named_entry(name), data)


def _named_entry(name: str) -> Path:
    from wizard.core.paths import cache_dir

    safe = "".join(c if c.isalnum() or c in "-._" else "_" for c in name)
    return cache_dir() / "data" / f"{safe}.json"


def package_stamp(package: str) -> str:
    """What changes when `package` is installed anew (its file's size and time), for the name
    of data derived from it; "" when it is not installed. Cheaper than its version through
    importlib.metadata, whose import alone costs a `render` ~25 ms."""
    import importlib.util

    try:
        spec = importlib.util.find_spec(package)
    except (ImportError, ValueError):
        return ""
    if spec is None or not spec.origin:
        return ""
    try:
        stat = Path(spec.origin).stat()
    except OSError:
        return ""
    return f"{stat.st_size}-{stat.st_mtime_ns}"
