"""Round 17: the start screen speaks the language chosen for it (its Keys panel, palette,
help and store dialogs included), and every key modifier's name (Alt+, Super+, Meta+, Hyper+
as well as Ctrl and Shift) is the pack's word (`ui/keys.toml`), never English in code."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from conftest import MAYA, until, write_answers
from test_tui_languages import OTHERS, english_only, leaks

from wizard.core.words import words
from wizard.tui.widgets.key_bar import key_name

MODIFIERS = ["ctrl", "shift", "alt", "super", "meta", "hyper"]


@pytest.mark.parametrize("code", ["en", *OTHERS])
@pytest.mark.parametrize("modifier", MODIFIERS)
@pytest.mark.parametrize(("key", "last"), [("backspace", "⌫"), ("x", "X"), ("tab", None)])
def test_every_modifier_is_named_by_the_pack(code: str, modifier: str, key: str,
                                             last: str | None) -> None:
    say = words(code)
    assert say.has(f"keys.{modifier}"), (code, modifier)
    expected = say(f"keys.{modifier}") + (last or say(f"keys.{key}"))
    assert key_name(f"{modifier}+{key}", code) == expected


def test_a_pack_that_names_a_modifier_otherwise_is_followed() -> None:
    """French keyboards write Méta: the word comes from the pack, not from `str.title()`."""
    assert key_name("meta+x", "fr") == "Méta+X"
    assert key_name("shift+alt+delete", "fr").startswith("Maj+Alt+")


async def walk_start_screen(app: Any, pilot: Any, tmp_path: Path,
                            patterns: list[Any], code: str) -> dict[str, list[str]]:
    """Each view of the start screen (with a stored profile, so the list shows) and what
    English was found on it."""
    from textual.widgets import Input

    from wizard.tui import profile_actions as pa
    from wizard.tui import transfer
    from wizard.tui.screens.help import HelpScreen
    from wizard.tui.screens.start import StartScreen

    seen: dict[str, list[str]] = {}

    async def look(name: str) -> None:
        await pilot.pause()
        seen[name] = leaks(app, patterns, code)

    assert await until(pilot, lambda: isinstance(app.screen, StartScreen)
                       and app.screen.list_ready)
    await look("start")
    app.screen.query_one("#open-path", Input).focus()  # Input's keys, Alt+⌫ among them
    app.action_show_help_panel()
    await look("start, keys panel")
    app.action_hide_help_panel()
    # (view, how it opens: keys or a call, the screen to wait for); Escape closes each
    views: list[tuple[str, Any, Any]] = [
        ("palette", "ctrl+p", None), ("help", "f1", HelpScreen),
        ("new profile", lambda: pa.ask_new(app), None),
        ("import", lambda: transfer.ask_import(app), None)]
    for name, opens, screen in views:
        if isinstance(opens, str):
            await pilot.press(opens)
        else:
            opens()
        if screen is not None:
            assert await until(pilot, lambda s=screen: isinstance(app.screen, s))
        await look(f"start, {name}")
        await pilot.press("escape")
    return seen


@pytest.mark.parametrize("code", OTHERS)
async def test_the_start_screen_speaks_its_language(make_app: Any, tmp_path: Path,
                                                    code: str) -> None:
    from wizard.tui.screens.start import StartScreen

    # a stored profile first, so that the list, its filter and its headers show
    stored = make_app(write_answers(tmp_path / "p.toml", {**MAYA, "lang": code}))
    async with stored.run_test(size=(100, 36)) as pilot:
        await pilot.pause()
    app = make_app()
    app.interface_lang = code  # as chosen on the start screen before (remembered)
    async with app.run_test(size=(100, 36)) as pilot:
        seen = await walk_start_screen(app, pilot, tmp_path, english_only(code), code)
        assert isinstance(app.screen, StartScreen)
        assert app.screen.query("#profile-table"), "the stored profile's list is shown"
    assert not any(seen.values()), {k: v for k, v in seen.items() if v}
