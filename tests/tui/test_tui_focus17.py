"""Round 17: the focused widget is found at a glance at 80×24 (a bar or an underline, not only
a shade), and Tab / Shift+Tab move the focus over a step's fields without opening a picker."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Select

from tests.tui.conftest import MAYA, write_answers

SIZE = (80, 24)
DRIVERS = 2  # the step with a list question and its "pick a common one" select


def contrast(a: Any, b: Any) -> int:
    return sum(abs(x - y) for x, y in zip(a.rgb, b.rgb, strict=True))


# (step, focused widget, node that shows it, what shows it)
SHAPES = [
    (DRIVERS, "#q-drivers-values-input", "#q-drivers-values", "bar"),
    (DRIVERS, "#q-drivers-values-items", "#q-drivers-values", "bar"),
    (DRIVERS, "#q-drivers-values-pick", "#q-drivers-values", "bar"),
    (DRIVERS, "#next", "#next", "underline"),
    ("results", "#text-headline", "#text-headline", "bar"),
    ("results", "#copy", "#copy", "underline"),
    ("results", "#copy-all", "#copy-all", "underline"),
]


async def focus_shape(app: Any, pilot: Any, step: int | str, target: str, shown: str,
                      theme: str) -> tuple[Any, Any, Any]:
    """The focus cue of `shown` while `target` has the focus, and its unfocused look."""
    app.theme = theme
    app.goto(app.session.step_count if step == "results" else step)
    await pilot.pause()
    node = app.screen.query_one(shown)
    app.screen.set_focus(None)
    await pilot.pause()
    before = (node.styles.border_left, node.styles.text_style)
    app.screen.set_focus(app.screen.query_one(target))
    await pilot.pause()
    return node, before, (node.styles.border_left, node.styles.text_style)


THEMES = ["textual-dark", "textual-light", "nord"]
# theme -> (step, target, shown) -> (unfocused border and style, focused ones, the contrast of
# the focused border to what is behind the node)
_SEEN: dict[str, dict[tuple[int | str, str, str], tuple[Any, Any, int]]] = {}


async def seen_in(theme: str, make_app: Any, complete_file: Path) -> dict[
        tuple[int | str, str, str], tuple[Any, Any, int]]:
    """Every shape's focus cue in `theme`, all measured in one app run: each case started an
    app on the results and switched its theme (21 runs, ~2 s of CPU each); a case only moves
    the focus and reads styles, so the cases of a theme share the run and assert each its
    own."""
    if theme not in _SEEN:
        app = make_app(complete_file)
        seen = {}
        async with app.run_test(size=SIZE) as pilot:
            for step, target, shown, _ in SHAPES:
                node, off, on = await focus_shape(app, pilot, step, target, shown, theme)
                seen[step, target, shown] = (off, on, contrast(on[0][1], node.background_colors[0]))
        _SEEN[theme] = seen
    return _SEEN[theme]


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize(("step", "target", "shown", "cue"), SHAPES)
async def test_the_focus_has_a_shape(make_app: Any, complete_file: Path, theme: str,
                                     step: int | str, target: str, shown: str,
                                     cue: str) -> None:
    seen = await seen_in(theme, make_app, complete_file)
    (border_off, style_off), (border_on, style_on), against = seen[step, target, shown]
    if cue == "bar":
        assert border_off[0] in ("", "blank", "none"), border_off
        assert border_on[0] == "thick", border_on
        # the bar stands out against what is behind it in this theme
        assert against >= 60
    else:
        assert not style_off.underline and style_on.underline


FIRSTS = ["-input", "-items"]
# lang -> first -> each key pressed, whether a picker was open after it, and the focus before
# the keys and after each
_WALKS: dict[str, dict[str, tuple[list[tuple[str, bool]], list[Any]]]] = {}


async def walks_in(lang: str, make_app: Any, tmp_path: Path) -> dict[
        str, tuple[list[tuple[str, bool]], list[Any]]]:
    """Tab and Shift+Tab from each first field of the drivers step in one app run of the
    language: a walk ends where it began, so the next one starts as on a fresh step, and the
    language's cases share the run instead of starting one each."""
    if lang not in _WALKS:
        app = make_app(write_answers(tmp_path / "p.toml", dict(MAYA, lang=lang)))
        walks = {}
        async with app.run_test(size=SIZE) as pilot:
            app.goto(DRIVERS)
            await pilot.pause()
            for first in FIRSTS:
                app.screen.query_one(f"#q-drivers-values{first}").focus()
                await pilot.pause()
                seen, pressed = [app.screen.focused], []
                for key in ["tab"] * 4 + ["shift+tab"] * 4:
                    await pilot.press(key)
                    await pilot.pause()
                    pressed.append((key, any(s.expanded for s in app.screen.query(Select))))
                    seen.append(app.screen.focused)
                walks[first] = (pressed, seen)
        _WALKS[lang] = walks
    return _WALKS[lang]


@pytest.mark.parametrize("lang", ["en", "nl", "it", "fr"])
@pytest.mark.parametrize("first", FIRSTS)
async def test_tab_and_shift_tab_move_the_focus_and_never_open_a_picker(
        make_app: Any, tmp_path: Path, lang: str, first: str) -> None:
    pressed, seen = (await walks_in(lang, make_app, tmp_path))[first]
    for i, (key, expanded) in enumerate(pressed):
        assert not expanded, (key, seen[:i + 1])
        assert seen[i + 1] is not seen[i], (key, seen[:i + 1])  # it moved
    assert seen[5:] == seen[3::-1], seen  # Shift+Tab retraces Tab's way
    assert any(isinstance(w, Select) for w in seen)  # the picker was passed over
