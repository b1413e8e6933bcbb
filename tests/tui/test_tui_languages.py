"""In a Dutch, an Italian and a French profile every screen and the palette are in the
profile's language: no word of the English pack that the other pack says differently shows."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import MAYA, until, write_answers
from textual.content import Content
from textual.widgets import Button, Input, Static, TextArea

from wizard.core.languages import REFERENCE_LANGUAGE, available_languages
from wizard.core.words import area

AREAS = ("tui", "tui_store", "tui_palette", "keys")
OTHERS = [code for code in ("nl", "it", "fr") if code in available_languages()]
SIZE = (100, 36)


def english_only(code: str) -> list[re.Pattern[str]]:
    """The English pack's words that `code` says otherwise, as whole words (a value's
    literal parts between its {placeholders})."""
    found: set[str] = set()
    for name in AREAS:
        theirs = area(code, name)
        for key, value in area(REFERENCE_LANGUAGE, name).items():
            if theirs.get(key, value) == value:
                continue
            for part in re.split(r"\{[^}]*\}", value):
                part = part.strip(" .,:;()“”")
                if len(part) >= 4 and not part.isdigit():
                    found.add(part)
    return [re.compile(rf"(?<![\w]){re.escape(p)}(?![\w])") for p in sorted(found)]


def neutral(doc: dict) -> dict:
    """MAYA's answers with no English in them (they show in the texts): made-up words."""
    out: dict = {}
    for key, value in doc.items():
        if isinstance(value, dict):
            out[key] = neutral(value)
        elif isinstance(value, list):
            out[key] = [f"Qorv{i}" for i, _ in enumerate(value)]
        elif isinstance(value, str) and key not in ("lang",):
            out[key] = "Qorv Zamt" if key in ("name", "recipient") else "qorv zamt"
        else:
            out[key] = value
    return out


def on_screen(app) -> str:
    """Every word the screen shows: labels, buttons, placeholders, bars."""
    shown: list[str] = []
    for widget in app.screen.query("*"):
        if isinstance(widget, Button):
            shown.append(str(widget.label))
        elif isinstance(widget, Input):
            shown += [widget.placeholder, widget.value]
        elif isinstance(widget, TextArea):
            continue  # the person's texts
        elif isinstance(widget, Static) or widget.id in ("key-bar", "step-bar"):
            rendered = widget.render()
            shown.append(rendered.plain if isinstance(rendered, Content) else str(rendered))
    return "\n".join(shown)


def leaks(app, patterns: list[re.Pattern[str]]) -> list[str]:
    text = on_screen(app)
    return [p.pattern for p in patterns if p.search(text)]


@pytest.mark.parametrize("code", OTHERS)
async def test_every_screen_and_the_palette_speak_the_profiles_language(
        make_app, tmp_path: Path, code: str) -> None:
    from wizard.tui.screens.dialogs import QuitDialog
    from wizard.tui.screens.job_ad import show_job_ad

    patterns = english_only(code)
    path = write_answers(tmp_path / "p.toml", {**neutral(MAYA), "lang": code})
    app = make_app(path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        seen = {"results": leaks(app, patterns)}
        for i in range(app.session.step_count):
            app.goto(i)
            await pilot.pause()
            seen[f"step {i + 1}"] = leaks(app, patterns)
        commands = " ".join(f"{c.title} {c.help}" for c in app.get_system_commands(app.screen))
        seen["palette"] = [p.pattern for p in patterns if p.search(commands)]
        show_job_ad(app)
        await pilot.pause()
        seen["job ad"] = leaks(app, patterns)
        await pilot.press("escape")
        app.goto(0)
        await pilot.pause()
        await pilot.press("x", "ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, QuitDialog)
        seen["quit"] = leaks(app, patterns)
    assert not any(seen.values()), {k: v for k, v in seen.items() if v}


@pytest.mark.parametrize("code", ["en", *OTHERS])
def test_the_help_page_is_titled_as_the_key_bar_says(code: str) -> None:
    from wizard.core.catalogue import catalogue
    from wizard.tui.labels import key_word, label
    from wizard.tui.screens.help import help_markdown

    title = help_markdown(catalogue(code)).splitlines()[0]
    assert title == f"# {label(code, 'help')}" == f"# {key_word(code, 'Help')}"


@pytest.mark.parametrize("code", ["en", *OTHERS])
def test_keys_are_named_as_the_languages_keyboards_name_them(code: str) -> None:
    from wizard.core.words import words
    from wizard.tui.widgets.key_bar import key_name

    say = words(code)
    assert key_name("escape", code) == say("keys.escape")
    assert key_name("enter", code) == say("keys.enter")
    assert key_name("ctrl+s", code) == f"{say('keys.ctrl')}S"
    assert key_name("ctrl+pagedown", code) == f"{say('keys.ctrl')}{say('keys.pagedown')}"
    assert key_name("shift+tab", code) == f"{say('keys.shift')}{say('keys.tab')}"
    assert key_name("f3", code) == "F3"
    if code == "fr":
        assert key_name("escape", code) == "Échap"


@pytest.mark.parametrize("code", OTHERS)
async def test_textuals_own_words_are_in_the_profiles_language(
        make_app, tmp_path: Path, code: str) -> None:
    """The key bar over the open variant list (Textual's "Dismiss menu"), and the palette's
    line when nothing matches (Textual's "No matches found")."""
    from textual.command import CommandList
    from textual.widgets import Select

    from wizard.core.words import words
    from wizard.tui.widgets.key_bar import KeyBar

    say = words(code)
    app = make_app(write_answers(tmp_path / "p.toml", {**MAYA, "lang": code}))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.screen.query_one("#variant-headline", Select).focus()
        await pilot.press("enter")  # the variant list opens: Esc closes it
        await pilot.pause()
        bar = app.screen.query_one(KeyBar).render().plain
        assert f"{say('keys.escape')} {say('keys.dismiss_menu')}" in bar, bar
        assert "Dismiss" not in bar
        await pilot.press("escape", "ctrl+p")
        await pilot.pause()
        await pilot.press(*"zqxzqx")
        shown = app.screen.query_one(CommandList)
        assert await until(pilot, lambda: shown.option_count == 1
                           and shown.get_option_at_index(0).id == "--no-matches")
        prompt = shown.get_option_at_index(0).prompt
        text = prompt.plain if isinstance(prompt, Content) else prompt.renderable.plain
        assert text.strip() == say("tui_palette.no_matches") != "No matches found"
