"""Prints, per language, every persona's match score against every job ad of its language.

    .venv/bin/python bench/match_table.py [--lang nl] > table.txt

The ads: tests/fixtures/ads (all folders) plus any folders given with --ads (the language is
the file name's prefix, "nl-..."). The table is the ground truth a match change is checked
against: a persona that fits an ad should not lose points for a reason a recruiter would
disagree with. Compare two runs with `diff`.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
sys.path.insert(0, str(ROOT))


def _ads(extra: list[str]) -> dict[str, list[Path]]:
    found: dict[str, list[Path]] = {}
    seen: set[str] = set()  # the same ad copied into two folders is read once
    for folder in [FIXTURES / "ads", *map(Path, extra)]:
        for path in sorted(folder.rglob("*.md")):
            text = path.read_text(encoding="utf-8")
            if text not in seen:
                seen.add(text)
                found.setdefault(path.name.split("-", 1)[0], []).append(path)
    return found


def main() -> None:
    from wizard.core.match import analyse, match
    from wizard.core.model import load
    from wizard.core.render import Renderer

    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", action="append")
    parser.add_argument("--ads", action="append", default=[])
    args = parser.parse_args()
    ads = _ads(args.ads)
    renderer = Renderer()
    for lang in sorted(ads):
        if args.lang and lang not in args.lang:
            continue
        read = [(p, analyse(p.read_text(encoding="utf-8"), lang)) for p in ads[lang]]
        names = [p.parent.name + "/" + p.stem for p, _ in read]
        print(f"## {lang}")
        for i, name in enumerate(names):
            print(f"  a{i:02d} = {name}")
        print("persona".ljust(16) + "".join(f"a{i:02d}".rjust(4) for i in range(len(names))))
        for persona in sorted((FIXTURES / "personas").glob(f"{lang}-*.toml")):
            answers = load(persona)
            texts = {k: o.chosen.text for k, o in renderer.render(answers).outputs.items()}
            scores = [match(ad, answers, texts).score for _, ad in read]
            print(persona.stem[len(lang) + 1:][:15].ljust(16)
                  + "".join(f"{s:4d}" for s in scores))
        print()


if __name__ == "__main__":
    main()
