"""Tests rendered text against golden files: language × output × variant for each persona.

After a deliberate change to templates or filters, rewrite them with `make golden`
(`pytest tests/test_golden.py --update-golden`) and review the diff before committing.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wizard.core.languages import available_languages
from wizard.core.model import load
from wizard.core.render import Renderer
from wizard.core.templates import OUTPUTS, TemplateSet

HERE = Path(__file__).resolve().parent
ANSWERS = HERE / "fixtures" / "answers"
GOLDEN = HERE / "golden"
# Our own fixture personas, and people written by someone who never read the templates, the
# way real people type (tests/fixtures/personas/, see its README).
PERSONAS = sorted(p for d in (ANSWERS, HERE / "fixtures" / "personas") for p in d.iterdir()
                  if p.suffix in (".toml", ".json"))
TEMPLATES = TemplateSet()


def _lang(path: Path) -> str:
    return path.name.split("-", 1)[0]


def _cases() -> list[tuple[Path, str, str]]:
    """Every variant a persona is offered (one that declines the answers has no golden)."""
    cases = []
    for p in PERSONAS:
        if _lang(p) not in available_languages():
            continue
        answers = load(p)
        result = Renderer(TEMPLATES).render(answers)
        cases += [(p, output, r.variant) for output in OUTPUTS if output in result.outputs
                  for r in result.outputs[output].alternatives]
    return cases


CASES = _cases()


def _golden_path(persona: Path, output: str, variant: str) -> Path:
    return GOLDEN / persona.stem / output / f"{variant}.txt"


def _compare(path: Path, actual: str, update: bool) -> None:
    if update:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8")
        return
    assert path.exists(), f"{path.relative_to(HERE)} is missing: run `make golden` and review it"
    assert actual == path.read_text(encoding="utf-8"), (
        f"{path.relative_to(HERE)} changed; if that is deliberate run `make golden`")


@pytest.mark.parametrize("persona, output, variant", CASES,
                         ids=[f"{p.stem}-{o}-{v}" for p, o, v in CASES])
def test_variant_text(persona: Path, output: str, variant: str, update_golden: bool) -> None:
    answers = load(persona)
    chosen = {output: variant}
    text = Renderer().render(answers, chosen).outputs[output].chosen.text + "\n"
    _compare(_golden_path(persona, output, variant), text, update_golden)


@pytest.mark.parametrize("persona", [p for p in PERSONAS if _lang(p) in available_languages()],
                         ids=lambda p: p.stem)
def test_render_json(persona: Path, update_golden: bool) -> None:
    """The choices and the checks, exactly as `render --format json` prints them."""
    doc = Renderer().render(load(persona)).json()
    text = json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
    _compare(GOLDEN / persona.stem / "render.json", text, update_golden)


def test_no_stale_golden_files(update_golden: bool) -> None:
    expected = {_golden_path(*case) for case in CASES}
    expected |= {GOLDEN / p.stem / "render.json" for p in PERSONAS
                 if _lang(p) in available_languages()}
    present = set(GOLDEN.rglob("*.txt")) | set(GOLDEN.rglob("*.json"))
    if update_golden:
        for stale in present - expected:
            stale.unlink()
        return
    stale = sorted(str(p.relative_to(HERE)) for p in present - expected)
    assert not stale, f"golden files without a persona or variant: {stale} (run `make golden`)"


def test_every_language_has_a_golden_persona() -> None:
    assert {_lang(p) for p in PERSONAS} >= set(available_languages())
