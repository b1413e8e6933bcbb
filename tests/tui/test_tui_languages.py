"""In a Dutch, an Italian and a French profile every screen, dialog, toast, the palette and
Textual's Keys panel are in the profile's language: no word of the English pack that the other
pack says differently shows, and none of Textual's own English (its widgets' key descriptions,
its system commands)."""

from __future__ import annotations

import functools
import io
import re
from pathlib import Path

import pytest
from conftest import MAYA, until, write_answers
from rich.console import Console
from textual.app import App
from textual.binding import Binding
from textual.content import Content
from textual.widgets import Button, Input, Static, TextArea

from wizard.core.languages import REFERENCE_LANGUAGE, available_languages
from wizard.core.words import area, areas

OTHERS = [code for code in ("nl", "it", "fr") if code in available_languages()]
SIZE = (100, 36)
# Words Textual writes itself, outside any binding (the palette's prompt and its empty line).
TEXTUAL_OWN = ("No matches found", "Search for commands…", "Search for themes…",
               "Open the command palette")  # Ctrl+P's binding, made in App.__init__


# each pattern's phrase as typed: what must be in a text for the pattern to be found there
_LITERAL: dict[re.Pattern[str], str] = {}


@functools.cache
def _whole(phrase: str) -> re.Pattern[str]:
    pattern = re.compile(rf"(?<![\w]){re.escape(phrase)}(?![\w])")
    _LITERAL[pattern] = phrase
    return pattern


def _in(pattern: re.Pattern[str], text: str) -> bool:
    """`pattern.search(text)`, asked only when its phrase is in `text` at all: most of the
    ~1,000 phrases are in no text, and the look-behind made each search step through every
    character (the leak checks were ~40 % of the test's CPU)."""
    return _LITERAL[pattern] in text and pattern.search(text) is not None


def _uses(code: str) -> str:
    """Every word of `code`'s own pack: a word it uses itself ("Home" on a Dutch key) is no
    English left on its screens."""
    return "\n".join(v for name in areas(code) for v in area(code, name).values())


def english_only(code: str) -> list[re.Pattern[str]]:
    """The English pack's words that `code` says otherwise, as whole words (a value's
    literal parts between its {placeholders}), in every word file of the pack."""
    found: set[str] = set()
    for name in areas(REFERENCE_LANGUAGE):
        theirs = area(code, name)
        for key, value in area(REFERENCE_LANGUAGE, name).items():
            if theirs.get(key, value) == value:
                continue
            for part in re.split(r"\{[^}]*\}", value):
                part = part.strip(" .,:;()“”")
                if len(part) >= 4 and not part.isdigit() and "\n" not in part:
                    found.add(part)
    own = _uses(code)
    return [_whole(p) for p in sorted(found) if not _in(_whole(p), own)]


def textuals_english(app: App[None], code: str) -> list[re.Pattern[str]]:
    """The English the keys of this screen are written in, Textual's and the app's: what its
    widgets' keys do ("Cursor up", "Previous"), their groups' titles ("Input"), Textual's
    system commands (Theme, Maximize, Screenshot, Keys, Quit)."""
    found: set[str] = set(TEXTUAL_OWN)
    for node in [app, app.screen, *app.screen.query("*")]:
        for cls in type(node).__mro__:
            if getattr(cls, "BINDING_GROUP_TITLE", None):
                found.add(cls.BINDING_GROUP_TITLE)
            for b in cls.__dict__.get("BINDINGS", []):
                b = b if isinstance(b, Binding) else Binding(*b)
                if not b.system:
                    found |= {b.description, b.tooltip} - {""}
    for c in App.get_system_commands(app, app.screen):
        found |= {c.title, c.help}
    own = _uses(code)
    return [_whole(p) for p in sorted(found) if len(p) >= 4 and not _in(_whole(p), own)]


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


def plain(rendered: object) -> str:
    """The letters of what a widget renders (Textual's Content, or Rich's, the Keys table)."""
    if isinstance(rendered, Content):
        return rendered.plain
    if isinstance(rendered, str):
        return rendered
    console = Console(width=200, file=io.StringIO(), color_system=None)
    with console.capture() as captured:
        console.print(rendered)
    return captured.get()


def on_screen(app) -> str:
    """Every word the screen shows: what is drawn (toasts, panels and palettes included), and
    the labels, buttons, placeholders and bars of the parts scrolled out of sight."""
    shown: list[str] = [strip.text for strip in app.screen._compositor.render_strips()]
    shown += [f"{n.title}\n{n.message}" for n in app._notifications]  # the toasts
    for widget in app.screen.query("*"):
        if isinstance(widget, Button):
            shown.append(str(widget.label))
        elif isinstance(widget, Input):
            shown += [widget.placeholder, widget.value]
        elif isinstance(widget, TextArea):
            continue  # the person's texts
        elif isinstance(widget, Static) or widget.id in ("key-bar", "step-bar"):
            shown.append(plain(widget.render()))
    # a line the screen wraps ("Curseur vers le\n haut") is read as one
    return re.sub(r"\s+", " ", "\n".join(shown))


def leaks(app, patterns: list[re.Pattern[str]], code: str = "") -> list[str]:
    text = on_screen(app)
    every = patterns + (textuals_english(app, code) if code else [])
    return sorted({p.pattern for p in every if _in(p, text)})


@pytest.mark.parametrize("code", OTHERS)
async def test_every_screen_and_the_palette_speak_the_profiles_language(
        make_app, tmp_path: Path, code: str) -> None:
    from textual.widgets import TabbedContent

    from wizard.tui import profile_actions as pa
    from wizard.tui import transfer
    from wizard.tui.screens.dialogs import QuitDialog, SaveAsDialog
    from wizard.tui.screens.help import HelpScreen
    from wizard.tui.screens.history import compare_before_now, show_history
    from wizard.tui.screens.job_ad import show_job_ad

    patterns = english_only(code)
    path = write_answers(tmp_path / "p.toml", {**neutral(MAYA), "lang": code})
    app = make_app(path)
    seen: dict[str, list[str]] = {}
    dialogs: set[str] = set()

    async def look(name: str) -> None:
        await pilot.pause()
        seen[name] = leaks(app, patterns, code)

    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        tabs = app.screen.query_one(TabbedContent)
        for pane in list(tabs.query("TabPane")):
            tabs.active = str(pane.id)
            await look(f"results {pane.id}")
        app.action_show_help_panel()  # the palette's Keys: Textual's panel
        await pilot.pause()
        await look("results, keys panel")
        await pilot.press("f3")  # a copy: its toast
        await look("copy toast")
        await pilot.press("ctrl+c")  # Textual's "press ^Q to quit" toast, in our words
        await look("ctrl+c toast")
        app.action_hide_help_panel()
        for i in range(app.session.step_count):
            app.goto(i)
            await look(f"step {i + 1}")
        app.action_show_help_panel()
        await look("step, keys panel")
        commands = " ".join(f"{c.title} {c.help}" for c in app.get_system_commands(app.screen))
        seen["palette entries"] = [p.pattern for p in patterns + textuals_english(app, code)
                                   if _in(p, commands)]
        await pilot.press("ctrl+p")
        await look("palette")
        await pilot.press("escape")
        await pilot.press("f1")
        assert await until(pilot, lambda: isinstance(app.screen, HelpScreen))
        await look("help")
        await pilot.press("escape")
        show_job_ad(app)
        await look("job ad")
        await pilot.press("escape")
        show_history(app)  # the copy above kept a version
        await look("history")
        await pilot.press("escape")
        app.search_themes()
        await look("themes")
        await pilot.press("escape")
        app.push_screen(SaveAsDialog(code, tmp_path / "q.toml", False))
        await look("save as")
        await pilot.press("escape")
        # the store's dialogs over the open profile, and its toasts
        link = app.coach.link
        assert link is not None and link.id is not None
        for name, ask in (("rename", lambda: pa.ask_rename(app, link.id, link.name)),
                          ("notes", lambda: pa.ask_notes(app, link.id)),
                          ("delete", lambda: pa.ask_delete(app, link.id, link.name)),
                          ("new profile", lambda: pa.ask_new(app)),
                          ("import", lambda: transfer.ask_import(app)),
                          ("compare", lambda: compare_before_now(app)),
                          ("before", lambda: transfer.show_before(app))):
            ask()
            await look(name)
            if app.screen.is_modal:
                dialogs.add(name)
                await pilot.press("escape")
        assert dialogs == {"rename", "notes", "delete", "new profile", "import"}
        app.goto(0)
        await pilot.pause()
        await pilot.press("x", "ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, QuitDialog)
        await look("quit")
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


def _described_keys() -> set[str]:
    """What every key of the app's screens and fields does, as their bindings say it (in
    English): the app's own classes and Textual's widgets it uses, with their ancestors."""
    import importlib
    import inspect
    import pkgutil

    from textual.command import CommandPalette
    from textual.containers import VerticalScroll
    from textual.screen import ModalScreen
    from textual.widgets import Checkbox, DataTable, OptionList, RadioSet, Select, Tabs, TextArea
    from textual.widgets._select import SelectOverlay

    import wizard.tui

    classes: list[type] = [Input, TextArea, Select, SelectOverlay, OptionList, Button, Checkbox,
                           RadioSet, Tabs, DataTable, VerticalScroll, ModalScreen,
                           CommandPalette, App]
    for info in pkgutil.walk_packages(wizard.tui.__path__, "wizard.tui."):
        module = importlib.import_module(info.name)
        classes += [c for c in vars(module).values()
                    if inspect.isclass(c) and c.__module__ == module.__name__]
    found: set[str] = set()
    for cls in classes:
        for k in cls.__mro__:
            found |= {getattr(k, "BINDING_GROUP_TITLE", None) or ""}
            for b in k.__dict__.get("BINDINGS", []):
                b = b if isinstance(b, Binding) else Binding(*b)
                found |= {b.description, b.tooltip}
    return found - {""}


def test_every_key_the_keys_panel_can_show_has_the_packs_words() -> None:
    """Textual's Keys panel lists every key of the screen, hidden ones too: what each does
    is a word of the packs (ui/keys.toml's [does]), never the binding's English."""
    from wizard.tui.labels import key_word, key_word_key

    assert [d for d in sorted(_described_keys()) if key_word_key(d) is None] == []
    assert key_word_key("Frobnicate the widget") is None  # the test can fail
    for code in OTHERS:
        assert key_word(code, "Cursor up") != "Cursor up"
