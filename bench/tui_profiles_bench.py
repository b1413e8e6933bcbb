"""Measures the start screen's profile list with many stored profiles: keystroke to list.

    .venv/bin/python bench/tui_profiles_bench.py [--profiles 100000] [--keep DIR]

Headless, 80x24. The filter is typed one key at a time ('anna de vries', then a name that
matches nothing, which reads the whole index), 150 ms apart. For each key: the time from the
key being posted until the list holds the new page (queueing, the store's query and the
table rows), and the app's time in the reload alone; the debounced total ("12 of 100,000")
is counted off the app's thread and not in these figures. Budget: 50 ms a key, worst case.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

BUDGET_MS = 50.0


async def measure(typed: list[str]) -> tuple[list[float], list[float], int]:
    from textual import events

    from wizard.tui.app import WizardApp
    from wizard.tui.widgets.profile_list import ProfileList

    done: list[float] = []
    inside: list[float] = []
    original = ProfileList.reload

    def timed(self: ProfileList, select: int | None = None) -> None:
        t = time.perf_counter()
        original(self, select)
        done.append(time.perf_counter())
        inside.append(done[-1] - t)

    ProfileList.reload = timed  # type: ignore[method-assign]
    app = WizardApp(blink=False)
    to_list: list[float] = []
    reloads: list[float] = []
    async with app.run_test(size=(80, 24)) as pilot:
        for _ in range(20):
            await pilot.pause(0.1)
            if app.screen.query(ProfileList):
                break
        profiles = app.screen.query_one(ProfileList)
        profiles.query_one("#profile-filter").focus()
        await pilot.pause(0.3)
        for text in typed:
            for ch in text:
                done.clear()
                inside.clear()
                sent = time.perf_counter()
                app.post_message(events.Key(ch if ch != " " else "space", ch))
                await asyncio.sleep(0.15)
                assert done, f"no reload after {ch!r}"
                to_list.append(1000 * (done[-1] - sent))
                reloads.append(1000 * inside[-1])
            for _ in text:
                app.post_message(events.Key("backspace", None))
                await asyncio.sleep(0.05)
        rows = len(profiles.rows)
    ProfileList.reload = original  # type: ignore[method-assign]
    return to_list, reloads, rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--profiles", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, help="build the store in DIR and leave it there")
    args = parser.parse_args()
    from store_bench import NOTHING, TYPED, populate

    folder = args.keep or Path(tempfile.mkdtemp(prefix="pw-profiles-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "profiles.sqlite3"
    if not path.exists():
        t0 = time.perf_counter()
        populate(path, args.profiles)
        print(f"populated {args.profiles:,} profiles in {time.perf_counter() - t0:.1f} s")
    os.environ["PROFILE_WIZARD_HOME"] = str(folder)
    to_list, inside, rows = asyncio.run(measure([TYPED, NOTHING]))
    n = len(TYPED)
    print(f"start screen, {args.profiles:,} profiles, filter typed one key at a time:")
    for label, values in ((f"'{TYPED}'", to_list[:n]), (f"'{NOTHING}' (no match)", to_list[n:])):
        print(f"  keystroke to list, {label:<22} median {statistics.median(values):6.1f} ms"
              f"   max {max(values):6.1f} ms")
    print(f"  of which the reload (query + rows)     median {statistics.median(inside):6.1f} ms"
          f"   max {max(inside):6.1f} ms")
    print(f"  rows in the table at the end: {rows} (a page, never all)")
    ok = max(to_list) <= BUDGET_MS
    print("budget met" if ok else f"OVER BUDGET ({BUDGET_MS:g} ms)")
    if not args.keep:
        for p in folder.iterdir():
            p.unlink()
        folder.rmdir()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
