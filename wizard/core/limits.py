"""Provides the limits by name, read from the output registry (data/outputs.toml).

A convenience view for code that needs one figure; wizard/core/outputs.py is the registry.
"""

from __future__ import annotations

from functools import cache

from wizard.core.dataclass_cache import dataclass
from wizard.core.outputs import registry, spec, spoken


@dataclass(frozen=True)
class Limits:
    """Every length limit, from data/outputs.toml."""

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
    headline, summary, invitation = (spec(n) for n in ("headline", "summary", "invitation"))
    return Limits(
        headline=headline.limit,
        headline_fold=headline.first_fold,
        summary=summary.limit,
        summary_fold_mobile=summary.fold("mobile"),
        summary_fold_desktop=summary.fold("desktop"),
        invitation=invitation.limit,
        invitation_premium=invitation.limit_for(True),
        pitch_min_seconds=spoken().min_seconds,
        pitch_max_seconds=spoken().max_seconds,
        words_per_minute=spoken().words_per_minute,
        sources={s.name: s.source for s in registry()},
    )
