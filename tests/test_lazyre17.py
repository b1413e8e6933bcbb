"""A lazy pattern (wizard.core.lazyre) answers as the compiled pattern does, and compiles
only when it is first used."""

from __future__ import annotations

import re

import pytest

from wizard.core import lazyre
from wizard.core.lazyre import lazy

CASES = [  # pattern, flags, method, arguments
    (r"([!?])[!?]+", 0, "sub", (r"\1", "Wow!!! Really?!")),
    (r"\s+", 0, "split", ("a  b\tc",)),
    (r"[a-z]+", re.IGNORECASE, "findall", ("Ab cD 12",)),
    (r"(?P<w>\w+)@", 0, "search", ("mail me@home",)),
    (r"\d+", 0, "fullmatch", ("123",)),
    (r"\d+", 0, "fullmatch", ("12a",)),
]


def _answer(value: object) -> object:
    return value.group(0, *range(1, value.re.groups + 1)) if isinstance(value, re.Match) \
        else value


@pytest.mark.parametrize(("pattern", "flags", "method", "args"), CASES)
def test_a_lazy_pattern_answers_as_the_compiled_one(pattern, flags, method, args):
    ours = getattr(lazy(pattern, flags), method)(*args)
    assert _answer(ours) == _answer(getattr(re.compile(pattern, flags), method)(*args))


def test_it_compiles_on_first_use_only(monkeypatch):
    compiled: list[str] = []
    real = re.compile
    monkeypatch.setattr(lazyre.re, "compile",
                        lambda p, f=0: compiled.append(p) or real(p, f))
    pattern = lazy(r"x+y")
    assert pattern.pattern == r"x+y" and compiled == []
    assert pattern.sub("-", "axxyb") == "a-b" and compiled == [r"x+y"]
    assert pattern.search("xy") and pattern.groups == 0 and compiled == [r"x+y"]
