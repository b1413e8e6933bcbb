"""The xdist order of tests/slow_first.py: every test kept once, each block led by slow ones."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from slow_first import SLOW, blocks, slow_first


def _items(names: list[str]) -> list[Any]:
    return [SimpleNamespace(name=n, originalname=n) for n in names]


def test_every_test_is_kept_once_and_each_block_starts_with_its_slow_share() -> None:
    slow = list(SLOW)[:6]
    names = [f"test_quick_{i}" for i in range(40)] + slow  # the slow ones last, as collected
    ordered = slow_first(_items(names), 2)
    assert sorted(i.name for i in ordered) == sorted(names)
    first, second = blocks(len(names), 2)
    assert (first, second) == (23, 23)
    a, b = ordered[:first], ordered[first:]
    def leading_slow(block: list[Any]) -> list[str]:
        names_ = [i.name for i in block]
        k = next(n for n, name in enumerate(names_) if name not in SLOW)
        assert not set(names_[k:]) & set(SLOW), "a slow test after a quick one"
        return names_[:k]

    assert sorted(leading_slow(a) + leading_slow(b)) == sorted(slow)
    # the longest test leads one block, and the next ones go to the other
    assert a[0].name == slow[0] and b[0].name == slow[1]
    # the quick ones keep their order
    quick = [i.name for i in ordered if i.name.startswith("test_quick_")]
    assert quick == [n for n in names if n.startswith("test_quick_")]


def test_without_workers_the_order_is_the_collections() -> None:
    items = _items(["test_b", *list(SLOW)[:2], "test_a"])
    assert slow_first(items, 1) == items
