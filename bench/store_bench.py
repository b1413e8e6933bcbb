"""Measures the profile store with many profiles: opening the list, filter keystrokes, autosave.

Usage: .venv/bin/python bench/store_bench.py [--profiles 100000] [--keep DIR]

Budgets (from the coach's use): opening the list <= 100 ms, each filter keystroke <= 30 ms,
with 100,000 profiles. Autosave is compared with a baseline in the same process: writing the
same JSON to a file and fsyncing it, which is what any durable save must at least cost.
A keystroke is budgeted as list_profiles (one page); search_profiles adds the total, a second
scan when the page is full, and is shown for the app to decide whether to debounce it.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path

from wizard.core.model import Answers
from wizard.core.store import Store, search_key
from wizard.core.store.records import encode_answers

FIRST = ["Anna", "Maya", "Jan", "Giulia", "Pieter", "Sofia", "Luca", "Emma", "Noah", "Élodie",
         "Marco", "Daan", "Sanne", "Francesca", "Özlem", "Chiara", "Bram", "Fleur", "Matteo"]
LAST = ["de Vries", "Okafor", "Rossi", "Jansen", "Bianchi", "van Dijk", "Smit", "Romano",
        "Bakker", "Visser", "Colombo", "Meijer", "Esposito", "de Jong", "Ricci", "Mulder"]
TYPED = "anna de vries"  # typed one key at a time into the filter
NOTHING = "qqzx"  # matches no name: the whole index is scanned


def sample_answers(i: int) -> Answers:
    a = Answers("en")
    a.set("person.name", f"{FIRST[i % len(FIRST)]} {LAST[i % len(LAST)]}")
    a.set("person.role", "data engineer")
    a.set("future.doing", "build data platforms that let small teams trust their numbers")
    a.set("future.audience", "scale-ups in logistics and retail")
    a.set("drivers.values", ["clarity", "craftsmanship", "patience"])
    a.set("expertise.areas", ["data modelling", "Python", "stream processing"])
    a.set("expertise.proof", "cut the nightly reporting run from six hours to twenty minutes")
    a.set("statement.stand_for", "data work that is transparent, checkable and explained")
    a.set("offer.help", "a data platform your analysts can rely on")
    return a


def populate(path: Path, count: int) -> None:
    """Bulk-load `count` profiles in one transaction (the store API commits one at a time)."""
    rng = random.Random(7)
    start = datetime(2020, 1, 1, tzinfo=UTC)
    with Store(path) as store, store._writing() as conn:
        for i in range(count):
            name = f"{rng.choice(FIRST)} {rng.choice(LAST)} {i}"
            stamp = (start + timedelta(minutes=i)).isoformat(timespec="microseconds")
            conn.execute("INSERT INTO profiles (name, search_key, lang, notes, created, updated, "
                         "answers) VALUES (?, ?, 'en', '', ?, ?, ?)",
                         (name, search_key(name), stamp, stamp, encode_answers(sample_answers(i))))


def timed(fn: Callable[[], object], repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t0) * 1000)
    return out


def line(label: str, ms: list[float], budget: float | None = None) -> bool:
    med, worst = statistics.median(ms), max(ms)
    verdict = "" if budget is None else ("  ok" if worst <= budget else f"  OVER {budget:g} ms")
    print(f"  {label:<44} median {med:8.2f} ms   max {worst:8.2f} ms{verdict}")
    return budget is None or worst <= budget


def process_ms(args: list[str], env: dict[str, str], repeat: int = 5) -> list[float]:
    return timed(lambda: subprocess.run(args, env=env, check=True, stdout=subprocess.DEVNULL),
                 repeat)


def fsync_baseline(folder: Path, text: str) -> None:
    path = folder / "baseline.json"
    with path.open("w", encoding="utf-8") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--profiles", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, help="build the store in DIR and leave it there")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="store-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "profiles.sqlite3"
    ok = True
    if not path.exists():
        t0 = time.perf_counter()
        populate(path, args.profiles)
        print(f"populated {args.profiles:,} profiles in {time.perf_counter() - t0:.1f} s")
    size = sum(p.stat().st_size for p in folder.glob("profiles.sqlite3*"))
    print(f"store: {path} ({size / 1e6:.1f} MB), SQLite {__import__('sqlite3').sqlite_version}")

    print("opening the list (Store() + first page of 100, most recent first):")

    def open_and_list() -> None:
        with Store(path) as s:
            s.list_profiles()

    ok &= line("open + list", timed(open_and_list, 20), 100)
    env = {**os.environ, "PROFILE_WIZARD_HOME": str(folder)}
    cold = process_ms([sys.executable, "-c", "from wizard.core.store import Store; "
                       "Store().list_profiles()"], env)
    bare = process_ms([sys.executable, "-c", "pass"], env)
    line("new process: import store, open, list", cold)
    line("baseline: new process doing nothing", bare)
    own = [a - b for a, b in zip(cold, bare, strict=True)]
    ok &= line("  difference: the store's own start", own, 100)
    cli = Path(sys.executable).with_name("profile-wizard")
    if cli.exists():
        listed = process_ms([str(cli), "profiles", "list", "--limit", "100"], env)
        version = process_ms([str(cli), "--version"], env)
        line("profile-wizard profiles list --limit 100", listed)
        line("baseline: profile-wizard --version", version)
        print(f"  ratio: {statistics.median(listed) / statistics.median(version):.2f}x")
    with Store(path) as store:
        ok &= line("list (store open)", timed(store.list_profiles, 50), 100)
        ok &= line("count all", timed(store.count_profiles, 20))

        print(f"filter keystrokes, typing '{TYPED}' (list page; search = page + total):")
        per_key: list[float] = []
        with_count: list[float] = []
        for n in range(1, len(TYPED) + 1):
            q = TYPED[:n]
            per_key += timed(partial(store.list_profiles, q), 5)
            with_count += timed(partial(store.search_profiles, q), 5)
        ok &= line("keystroke: list", per_key, 30)
        line("keystroke: search_profiles (page + total)", with_count)
        ok &= line(f"no match '{NOTHING}' (full index scan): list", timed(
            lambda: store.list_profiles(NOTHING), 20), 30)
        line(f"no match '{NOTHING}': search_profiles", timed(
            lambda: store.search_profiles(NOTHING), 20))
        line("search '99': a full page, then the count scans", timed(
            lambda: store.search_profiles("99"), 20))
        unique = store.list_profiles(limit=1, offset=args.profiles // 2)[0].name
        ok &= line(f"resolve '{unique}' (a CLI NAME argument)", timed(
            lambda: store.resolve(unique), 20), 30)

        print("autosave (save_answers, synchronous=FULL, WAL):")
        pid = store.list_profiles(limit=1)[0].id
        answers = store.get_profile(pid).answers
        counter = iter(range(10**9))

        def changed() -> None:
            answers.set("future.learn", f"how to lead a team, take {next(counter)}")
            store.save_answers(pid, answers)

        saves = timed(changed, 100)
        line("save_answers, changed", saves)
        line("save_answers, unchanged (skipped)", timed(lambda: store.save_answers(pid, answers),
                                                         100))
        text = encode_answers(answers)
        base = timed(lambda: fsync_baseline(folder, text), 100)
        line("baseline: write the JSON to a file + fsync", base)
        ratio = statistics.median(saves) / statistics.median(base)
        print(f"  save_answers / baseline (median): {ratio:.2f}x")

        print("delete (rows + VACUUM + WAL truncate) at this size:")
        victim = store.list_profiles(limit=1, offset=10)[0].id
        line("delete_profile", timed(lambda: store.delete_profile(victim), 1))
    print("all budgets met" if ok else "SOME BUDGETS MISSED")
    if not args.keep:
        for p in folder.iterdir():
            p.unlink()
        folder.rmdir()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
