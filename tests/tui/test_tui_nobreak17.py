"""Round 17: a no-break space keeps a number and its sign together on screen (French "18 %",
"Enregistrer :"): Rich and Textual wrapped at it ("18" at a line's end, "%" alone below)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from conftest import MAYA, write_answers
from textual._wrap import compute_wrap_offsets
from textual.content import Content

import wizard.tui.app  # noqa: F401  (the app sets the wrapping up as it is imported)

SENTENCE = "Je réduis les coûts de nos clients de dix-huit pour cent, soit de 18{sp}% net{sp}: oui"
SPACES = {"no-break": "\u00a0", "narrow no-break": "\u202f"}
SIGN_ALONE = re.compile(r"^\s*[%:;?!»]")


def lines(wrapper: str, text: str, width: int) -> list[str]:
    if wrapper == "content":  # Static, the preview and the overview (Rich's divide_line)
        return [line.plain for line in Content(text).wrap(width)]
    offsets = compute_wrap_offsets(text, width, tab_size=4)  # a TextArea's soft wrap
    return [text[a:b] for a, b in zip([0, *offsets], [*offsets, len(text)], strict=True)]


@pytest.mark.parametrize("wrapper", ["content", "textarea"])
@pytest.mark.parametrize("space", list(SPACES))
@pytest.mark.parametrize("width", range(55, 80))
def test_a_sign_is_never_wrapped_away_from_its_number(wrapper: str, space: str,
                                                      width: int) -> None:
    text = SENTENCE.format(sp=SPACES[space])
    wrapped = lines(wrapper, text, width)
    assert " ".join(wrapped).split() == text.split()  # nothing lost
    assert not [line for line in wrapped if SIGN_ALONE.match(line)], wrapped
    assert all(len(line.rstrip()) <= width for line in wrapped), wrapped


@pytest.mark.parametrize("width", [60, 70])
def test_ordinary_spaces_still_break(width: int) -> None:
    wrapped = lines("content", SENTENCE.format(sp=" "), width)
    assert len(wrapped) == 2 and all(len(line.rstrip()) <= width for line in wrapped)


EXPERTISE = 3  # the step of the proof, whose preview shows the About text with it
PROOF = "j'ai réduit {pad}de 18 % les coûts d'énergie de vingt copropriétés : une première"


def preview_lines(app: Any) -> list[str]:
    """The preview's lines as the screen wraps them (each pane's Content at its width)."""
    shown: list[str] = []
    for pane in app.screen.query_one("#preview").query(".preview-output"):
        text = pane.render()
        assert isinstance(text, Content)
        shown += [line.plain for line in text.wrap(pane.content_region.width)]
    return shown


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_the_french_preview_keeps_numbers_and_signs_together(
        make_app: Any, tmp_path: Path, size: tuple[int, int]) -> None:
    """The proof, longer by one letter at a time, so that "18 %" and "copropriétés :" come
    to every place of a line, its end included."""
    from textual.widgets import Input

    app = make_app(write_answers(tmp_path / "fr.toml", {**MAYA, "lang": "fr"}))
    async with app.run_test(size=size) as pilot:
        app.goto(EXPERTISE)
        await pilot.pause()
        field = app.screen.query_one("#q-expertise-proof-input", Input)
        alone, found = [], 0
        for n in range(0, 40):
            field.value = PROOF.format(pad="vraiment " * (n // 8) + "x" * (n % 8) + " ")
            await pilot.pause(0.05)
            app.screen.render_now()
            await pilot.pause()
            shown = preview_lines(app)
            found += any("18\u00a0%" in line for line in shown)
            alone += [line for line in shown if SIGN_ALONE.match(line)]
        assert found >= 30, found  # the proof was in the preview, with its no-break space
        assert not alone, alone
