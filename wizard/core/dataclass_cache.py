"""Provides `dataclass`: the standard library's, with the methods it writes compiled once.

For every class the standard decorator writes the source of __init__, __repr__, __eq__…
and compiles it, at every start of the program: for the ~20 classes a `render` defines that
was 15-35 ms, the largest part of its own start-up. This decorator is the same one, but the
code it compiles is kept between runs (marshal, in the user's cache, per Python version) and
compiled only when the source is new, so the classes are exactly the ones the standard
decorator makes. Type checkers see dataclasses.dataclass itself.
"""

from __future__ import annotations

import dataclasses
import threading
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from dataclasses import dataclass as dataclass
    from types import CodeType
else:
    def dataclass(cls: Any = None, /, **options: Any) -> Any:
        """dataclasses.dataclass(cls, **options), its methods' code from the cache."""
        def wrap(c: type) -> type:
            # one class at a time: a module imported in a worker thread while another is
            # imported in the app's would otherwise delete the name under it (AttributeError)
            with _PATCHING:
                dataclasses.exec = _exec  # the name the standard decorator compiles with
                try:
                    return dataclasses.dataclass(**options)(c)
                finally:
                    del dataclasses.exec
        return wrap if cls is None else wrap(cls)

_PATCHING = threading.RLock()
_codes: dict[str, CodeType] | None = None
_added = False


def _exec(source: str, globals: dict[str, Any] | None = None,
          locals: dict[str, Any] | None = None) -> None:
    """exec(source, globals, locals) with the compiled code kept under its source."""
    global _added
    codes = _cache()
    code = codes.get(source) if isinstance(source, str) else None
    if code is None:
        code = compile(source, "<string>", "exec")
        if isinstance(source, str):
            if not _added:
                import atexit

                atexit.register(_save)
            codes[source] = code
            _added = True
    exec(code, globals, locals)


def _entry() -> Any:
    import sys

    from wizard.core.paths import cache_dir

    return cache_dir() / "data" / f"dataclasses-{sys.implementation.cache_tag}.marshal"


def _cache() -> dict[str, CodeType]:
    global _codes
    if _codes is None:
        import marshal

        _codes = {}
        try:
            found = marshal.loads(_entry().read_bytes())
        except (OSError, ValueError, EOFError, TypeError):
            found = None
        if isinstance(found, dict):
            _codes = found
    return _codes


def _save() -> None:
    """Keep what was compiled for the next run; a cache that cannot be written is not used."""
    import contextlib
    import marshal

    from wizard.core.fileio import write_private

    # it runs at exit, when the command's work is done: a Ctrl+C then only skips the cache
    # (write_private removes its temporary copy), it must not print Python's "Exception
    # ignored in atexit callback" with a frame of ours
    with contextlib.suppress(OSError, ValueError, KeyboardInterrupt):
        write_private(_entry(), marshal.dumps(_codes), durable=False)
