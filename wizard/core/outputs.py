"""Provides the output registry: the texts we write, their limits, folds and needs (data)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import field
from functools import cache
from typing import Literal

from wizard.core.dataclass_cache import dataclass
from wizard.core.languages import DATA, read_toml

Measure = Literal["characters", "seconds"]


@dataclass(frozen=True)
class OutputSpec:
    """One output as data/outputs.toml declares it."""

    name: str
    measure: Measure
    source: str
    limit: int = 0                 # characters; 0 for a text measured in seconds
    limit_premium: int = 0         # 0: the same as `limit`
    min_seconds: int = 0
    max_seconds: int = 0
    words_per_minute: int = 0
    folds: Mapping[str, int] = field(default_factory=dict)
    needs: str = ""                # an answer key without which the output is not written
    one_line: bool = False         # no line breaks (the headline field takes none)

    @property
    def spoken(self) -> bool:
        return self.measure == "seconds"

    def limit_for(self, premium: bool) -> int:
        return self.limit_premium if premium and self.limit_premium else self.limit

    def fold(self, surface: str) -> int:
        return self.folds[surface]

    @property
    def first_fold(self) -> int:
        """The smallest fold: what every reader sees (0 when the text has none)."""
        return min(self.folds.values(), default=0)


@cache
def registry() -> tuple[OutputSpec, ...]:
    data = read_toml(DATA / "outputs.toml")["outputs"]
    specs = []
    for name, d in data.items():
        specs.append(OutputSpec(
            name=name, measure=d["measure"], source=d["source"],
            limit=int(d.get("limit", 0)), limit_premium=int(d.get("limit_premium", 0)),
            min_seconds=int(d.get("min_seconds", 0)), max_seconds=int(d.get("max_seconds", 0)),
            words_per_minute=int(d.get("words_per_minute", 0)),
            folds={k: int(v) for k, v in d.get("folds", {}).items()},
            needs=str(d.get("needs", "")), one_line=bool(d.get("one_line", False))))
    return tuple(specs)


def names() -> tuple[str, ...]:
    """Every output, in the order they are shown."""
    return tuple(s.name for s in registry())


def spec(name: str) -> OutputSpec:
    for s in registry():
        if s.name == name:
            return s
    raise KeyError(name)


def spoken() -> OutputSpec:
    """The output measured in seconds of speech (its rate is the default words per minute)."""
    return next(s for s in registry() if s.spoken)


def words_per_minute() -> int:
    return spoken().words_per_minute
