"""Provides the store's and the job-ad match's figures of `make bench`: the profile list and a
filter keystroke over many profiles, an autosave against writing and fsyncing the same file,
and the match of a 5,000-character ad (bench/store_bench.py, bench/match_bench.py in full)."""

from __future__ import annotations

import shutil
import statistics
import tempfile
from pathlib import Path

from table import Row, paired, spread, wall


def store_rows(profiles: int, runs: int) -> list[Row]:
    from store_bench import NOTHING, TYPED, fsync_baseline, populate

    from wizard.core.store import Store
    from wizard.core.store.records import encode_answers

    folder = Path(tempfile.mkdtemp(prefix="pw-bench-store-"))
    path = folder / "profiles.sqlite3"
    populate(path, profiles)
    many = f"{profiles:,} profiles"

    def open_and_list() -> None:
        with Store(path) as s:
            s.list_profiles()

    rows = []
    opened = [wall(open_and_list) for _ in range(runs)]
    rows.append(Row(f"store: open and list the first page, {many}",
                    statistics.median(opened) * 1000, "(a budget)", None, 100, spread(opened),
                    runs))
    with Store(path) as store:
        keys = [wall(lambda q=TYPED[:n]: store.list_profiles(q))
                for n in range(1, len(TYPED) + 1) for _ in range(max(runs // 5, 1))]
        rows.append(Row(f"store: a filter keystroke, {many}", statistics.median(keys) * 1000,
                        "(a budget)", None, 30, spread(keys), len(keys)))
        none = [wall(lambda: store.list_profiles(NOTHING)) for _ in range(runs)]
        rows.append(Row(f"store: a filter matching nothing (whole index), {many}",
                        statistics.median(none) * 1000, "(a budget)", None, 30, spread(none),
                        runs))
        pid = store.list_profiles(limit=1)[0].id
        answers = store.get_profile(pid).answers
        counter = iter(range(10**9))

        def save() -> None:
            answers.set("future.learn", f"how to lead a team, take {next(counter)}")
            store.save_answers(pid, answers)

        text = encode_answers(answers)
        ours, base, noise = paired(lambda: wall(save),
                                   lambda: wall(lambda: fsync_baseline(folder, text)), runs * 3)
        rows.append(Row("store: an autosave (save_answers)", ours,
                        "writing the same JSON to a file + fsync", base, 1.5, noise, runs * 3))
    shutil.rmtree(folder)
    return rows


def match_rows(runs: int, batches: int = 5) -> list[Row]:
    from match_bench import figures

    out = []
    for r in figures(runs, batches):
        # an absolute budget; the baseline is shown for scale
        scale = f"{r['baseline']}: {r['baseline_ms']:.2f} ms ({r['ratio']:.1f}×)"
        out.append(Row(r["what"], r["value_ms"], scale, None, float(r["target"].split()[1]),
                       0.0, runs))
    return out


def rows(quick: bool) -> list[Row]:
    # quick: one batch of one call of each (the full bench: 5 batches of 200, or 20)
    return store_rows(300 if quick else 100_000, 5 if quick else 20) + \
        (match_rows(1, batches=1) if quick else match_rows(200))
