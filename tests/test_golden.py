"""Tests rendered text against golden files: language × output × variant for each persona.

Each persona is rendered once and every file it has (one per output and variant it is offered,
and render.json) is compared in one test, which names every file that differs.

After a deliberate change to templates or filters, rewrite them with `make golden`
(`pytest tests/test_golden.py --update-golden`) and review the diff before committing.
"""

from __future__ import annotations

import difflib
import json
from pathlib import Path

import pytest
from persona_renders import rendered

from wizard.core.languages import available_languages
from wizard.core.templates import OUTPUTS

HERE = Path(__file__).resolve().parent
ANSWERS = HERE / "fixtures" / "answers"
GOLDEN = HERE / "golden"
# Our own fixture personas, and people written by someone who never read the templates, the
# way real people type (tests/fixtures/personas/, see its README).
PERSONAS = sorted(p for d in (ANSWERS, HERE / "fixtures" / "personas") for p in d.iterdir()
                  if p.suffix in (".toml", ".json"))


def _lang(path: Path) -> str:
    return path.name.split("-", 1)[0]


# A persona of a language we do not offer has no golden files.
GOLDEN_PERSONAS = [p for p in PERSONAS if _lang(p) in available_languages()]


def _golden_path(persona: Path, output: str, variant: str) -> Path:
    return GOLDEN / persona.stem / output / f"{variant}.txt"


def _expected_files(persona: Path) -> dict[Path, str]:
    """Every golden file of `persona` and the text it must hold: each variant the persona is
    offered (one that declines the answers has no golden), as `render --choose` gives it, and
    the choices and the checks, exactly as `render --format json` prints them."""
    _, result = rendered(persona)  # the render test_check_messages and test_personas read
    files = {}
    for output in OUTPUTS:
        if output not in result.outputs:
            continue
        for r in result.outputs[output].alternatives:
            files[_golden_path(persona, output, r.variant)] = r.text + "\n"
    doc = result.json()
    files[GOLDEN / persona.stem / "render.json"] = json.dumps(doc, ensure_ascii=False,
                                                              indent=2) + "\n"
    return files


def _compare(path: Path, actual: str, update: bool) -> None:
    """One golden file against `actual` (rewritten instead with --update-golden)."""
    if update:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8")
        return
    assert path.exists(), f"{path.relative_to(HERE)} is missing: run `make golden` and review it"
    assert actual == path.read_text(encoding="utf-8"), (
        f"{path.relative_to(HERE)} changed; if that is deliberate run `make golden`")


def _present(folder: Path) -> set[Path]:
    return set(folder.rglob("*.txt")) | set(folder.rglob("*.json"))


def _diff(path: Path, expected: str, actual: str) -> str:
    lines = difflib.unified_diff(expected.splitlines(), actual.splitlines(), "golden", "now",
                                 lineterm="", n=1)
    return f"{path.relative_to(HERE)} changed:\n" + "\n".join(list(lines)[2:14])


@pytest.mark.parametrize("persona", GOLDEN_PERSONAS, ids=lambda p: p.stem)
def test_persona_matches_its_golden_files(persona: Path, update_golden: bool) -> None:
    """One render of the persona against all its golden files; the failure names each file
    that is missing, changed or stale (a golden of a variant the persona is no longer offered)."""
    files = _expected_files(persona)
    stale = _present(GOLDEN / persona.stem) - set(files)
    if update_golden:
        for path, text in files.items():
            path.parent.mkdir(parents=True, exist_ok=True)
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                path.write_text(text, encoding="utf-8")
        for path in stale:
            path.unlink()
        return
    problems = []
    for path, text in sorted(files.items()):
        if not path.exists():
            problems.append(f"{path.relative_to(HERE)} is missing")
        elif (golden := path.read_text(encoding="utf-8")) != text:
            problems.append(_diff(path, golden, text))
    problems += [f"{p.relative_to(HERE)} is stale: no such variant" for p in sorted(stale)]
    assert not problems, (f"{len(problems)} golden file(s) of {persona.stem} differ; if that is "
                          "deliberate run `make golden`\n" + "\n".join(problems))


def test_no_golden_files_without_a_persona(update_golden: bool) -> None:
    """Files outside the folders of the golden personas (whose own stale files their test
    finds): a removed persona, or a persona of a language we no longer offer."""
    known = {p.stem for p in GOLDEN_PERSONAS}
    stale = sorted(p for p in _present(GOLDEN)
                   if len(p.relative_to(GOLDEN).parts) < 2
                   or p.relative_to(GOLDEN).parts[0] not in known)
    if update_golden:
        for path in stale:
            path.unlink()
        return
    stale_names = [str(p.relative_to(HERE)) for p in stale]
    assert not stale_names, (f"golden files without a persona or variant: {stale_names} "
                             "(run `make golden`)")


def test_every_language_has_a_golden_persona() -> None:
    assert {_lang(p) for p in PERSONAS} >= set(available_languages())
