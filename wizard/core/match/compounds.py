"""Provides compound splitting for languages that glue words ("verzuimbegeleiding").

Generic over packs: a pack says whether its language glues compounds, which linking letters
may join the parts ("s" in "beleidsadviseur") and how short a part may be. A word is split only
into parts that are known words: the words of the ad, of the profile, and the pack's light
heads, each also by its stem. Only what both sides use can match, so no dictionary is needed.
"""

from __future__ import annotations

from collections.abc import Callable, Set

from wizard.core.match.packs import MatchPack

MAX_PARTS = 3


def splitter(p: MatchPack, known: Set[str], known_stems: Set[str],
             ) -> Callable[[str], tuple[str, ...]]:
    """A function that splits a folded word into known parts (the word alone if it cannot)."""
    memo: dict[tuple[str, int], tuple[str, ...] | None] = {}

    def is_known(part: str) -> bool:
        return part in known or part in p.light_heads or p.stem(part) in known_stems

    def split(word: str, depth: int) -> tuple[str, ...] | None:
        if (word, depth) in memo:
            return memo[(word, depth)]
        result: tuple[str, ...] | None = None
        if is_known(word) and depth > 0:
            result = (word,)
        elif depth < MAX_PARTS:
            # the longest known head first: "stakeholder|management", not "stake|holder…"
            for cut in range(len(word) - p.min_part, p.min_part - 1, -1):
                left, rest = word[:cut], word[cut:]
                if not is_known(left):
                    continue
                for link in ("", *p.linking):
                    if link and not rest.startswith(link):
                        continue
                    tail = split(rest[len(link):], depth + 1) if \
                        len(rest) - len(link) >= p.min_part else None
                    if tail:
                        result = (left, *tail)
                        break
                if result:
                    break
        memo[(word, depth)] = result
        return result

    def parts(word: str) -> tuple[str, ...]:
        if not p.splits_compounds or len(word) < 2 * p.min_part:
            return (word,)
        return split(word, 0) or (word,)

    return parts
