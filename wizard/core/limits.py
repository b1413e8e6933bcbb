"""Provides the length limits from data/limits.toml, the one place they are written down."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from wizard.core.languages import DATA, read_toml


@dataclass(frozen=True)
class Limits:
    """Every length limit, from data/limits.toml."""

    headline: int
    headline_fold: int
    summary: int
    summary_fold_mobile: int
    summary_fold_desktop: int
    invitation: int
    invitation_premium: int
    pitch_min_seconds: int
    pitch_max_seconds: int
    words_per_minute: int
    sources: dict[str, str]

    def invitation_limit(self, premium: bool) -> int:
        return self.invitation_premium if premium else self.invitation


@cache
def limits() -> Limits:
    d = read_toml(DATA / "limits.toml")
    return Limits(
        headline=d["headline"]["limit"],
        headline_fold=d["headline"]["fold"],
        summary=d["summary"]["limit"],
        summary_fold_mobile=d["summary"]["fold_mobile"],
        summary_fold_desktop=d["summary"]["fold_desktop"],
        invitation=d["invitation"]["limit"],
        invitation_premium=d["invitation"]["limit_premium"],
        pitch_min_seconds=d["pitch"]["min_seconds"],
        pitch_max_seconds=d["pitch"]["max_seconds"],
        words_per_minute=d["pitch"]["words_per_minute"],
        sources={k: v["source"] for k, v in d.items()},
    )
