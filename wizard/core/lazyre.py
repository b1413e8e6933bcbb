"""Provides regular expressions compiled on their first use, not when their module is imported.

Compiling a pattern is pure Python in the standard library (~0.1-1 ms each): a plain
`profile-wizard render` compiled ~150 at start-up, a third of which its render never uses
(the emoji and punctuation tidying of texts that have none, a pack's word endings that no
answer reaches). `lazy(pattern)` is typed as the compiled pattern; it compiles on the first
method or attribute asked for, and from then on its methods are the compiled pattern's own
bound methods (an attribute of the object, no indirection per call).

Only for patterns used through their methods (`.sub`, `.search`, `.pattern` ...): a lazy
pattern is no `re.Pattern` to `isinstance` or to `re.sub(pattern, ...)`.
"""

from __future__ import annotations

import re
from typing import Any, cast

# what a use reads: set on the object at the first use, so later calls find them directly
_METHODS = ("sub", "subn", "search", "match", "fullmatch", "finditer", "findall", "split",
            "flags", "groups", "groupindex")


class _Lazy:
    def __init__(self, pattern: str, flags: int) -> None:
        self._source = (pattern, flags)
        self.pattern = pattern  # read without compiling (a rule built from another's source)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):  # copy, pickle and the like ask for special names
            raise AttributeError(name)
        compiled = re.compile(*self._source)
        for method in _METHODS:
            setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy({self._source[0]!r})"


def lazy(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, done when the pattern is first used."""
    return cast("re.Pattern[str]", _Lazy(pattern, flags))
