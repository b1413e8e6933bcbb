"""Pilot tests of the fields: lists, suggestions, pasting, the preview, languages, help."""

from __future__ import annotations

from pathlib import Path

from conftest import until
from textual import events
from textual.widgets import Input, OptionList, Select, Static

from wizard.core.languages import available_languages
from wizard.tui.screens.help import HelpScreen
from wizard.tui.screens.start import StartScreen
from wizard.tui.widgets.list_editor import ListQuestion
from wizard.tui.widgets.preview import OutputPreview

SIZE = (80, 24)


async def test_list_items_are_added_reordered_and_removed(make_app, partial_file: Path) -> None:
    app = make_app(partial_file)
    async with app.run_test(size=SIZE) as pilot:
        values = app.screen.query_one("#q-drivers-values", ListQuestion)
        await pilot.press(*"care", "enter")
        app.screen.query_one("#q-drivers-values-pick", Select).value = "honesty"
        await pilot.pause()
        assert app.session.answers.items("drivers.values") == ["care", "honesty"]
        items = app.screen.query_one("#q-drivers-values-items", OptionList)
        items.focus()
        items.highlighted = 1
        await pilot.press("shift+up")
        assert app.session.answers.items("drivers.values") == ["honesty", "care"]
        await pilot.press("delete")
        assert app.session.answers.items("drivers.values") == ["care"]
        assert values.items == ["care"]


async def test_enter_on_an_item_rewords_it_in_place(make_app, partial_file: Path) -> None:
    app = make_app(partial_file)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(*"aa", "enter", *"bb", "enter")
        items = app.screen.query_one("#q-drivers-values-items", OptionList)
        items.focus()
        items.highlighted = 0
        await pilot.press("enter")
        field = app.screen.query_one("#q-drivers-values-input", Input)
        assert field.value == "aa" and app.focused is field
        await pilot.press("backspace", *"x", "enter")
        assert app.session.answers.items("drivers.values") == ["ax", "bb"]


async def test_a_typed_item_not_yet_added_is_kept_on_next(make_app, partial_file: Path) -> None:
    app = make_app(partial_file)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(*"trust", "pagedown")
        assert app.session.answers.items("drivers.values") == ["trust"]
        assert app.screen.index == 3


async def test_a_pasted_list_becomes_items(make_app, partial_file: Path) -> None:
    app = make_app(partial_file)
    async with app.run_test(size=SIZE) as pilot:
        field = app.screen.query_one("#q-drivers-values-input", Input)
        field.post_message(events.Paste("- clarity\n- care\n\n- trust\n"))
        await pilot.pause()
        assert app.session.answers.items("drivers.values") == ["clarity", "care", "trust"]


async def test_a_pasted_paragraph_keeps_every_line(make_app, partial_file: Path) -> None:
    app = make_app(partial_file)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("pageup")
        field = app.screen.query_one("#q-future-change-input", Input)
        field.focus()
        long = ("the habit of deciding on gut feeling\nwhen the data is there " * 6).strip()
        field.post_message(events.Paste(long))
        await pilot.pause()
        stored = app.session.answers.text("future.change")
        assert stored == " ".join(long.split())
        notes = str(app.screen.query_one("#q-future-change .notes", Static).render())
        assert notes.startswith("What I want to change is the habit")  # the whole sentence
        assert "shorter reads better" in notes  # longer than the question's 160


async def test_the_preview_follows_typing(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.click("#new")
        headline = app.screen.query_one("#preview-headline", OutputPreview)
        assert "⟨Role⟩" in headline.text
        app.screen.query_one("#q-person-role-input", Input).value = "UX researcher"
        await until(pilot, lambda: headline.text.startswith("UX researcher"))
        assert headline.text.startswith("UX researcher for ⟨audience⟩")
        missing = str(app.screen.query_one(".preview-missing", Static).render())
        assert "⟨role⟩" not in missing and "⟨audience⟩" in missing


async def test_dutch_profile_shows_dutch_labels(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        assert isinstance(app.screen, StartScreen)
        app.screen.query_one("#language").focus()
        await pilot.press(*["right"] * available_languages().index("nl"))  # en, fr, it, nl
        assert str(app.screen.query_one("#new").render()) == "Nieuw profiel beginnen"
        await pilot.click("#new")
        await pilot.pause()  # the step's widgets mounted (a busy machine failed on "#next")
        assert app.session.answers.lang == "nl"
        assert str(app.screen.query_one("#next").label) == "Verder →"
        bar = str(app.screen.query_one("#step-bar").render())
        assert "1 Jij" in bar and "Naamloos · NL · bewaard" in bar  # whose profile, at 80


async def test_opening_a_broken_file_says_why_at_the_field(make_app, tmp_path: Path,
                                                           monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "bad.toml").write_text('schema = 1\nlang = "en"\n[person]\nnmae = "x"\n')
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        path = app.screen.query_one("#open-path", Input)
        path.value = "bad.toml"
        path.focus()
        await pilot.press("enter")
        assert isinstance(app.screen, StartScreen)
        error = str(app.screen.query_one("#open-error", Static).render())
        assert error == "bad.toml: unknown key 'person.nmae'"


async def test_help_and_the_command_palette(make_app, complete_file: Path) -> None:
    app = make_app(complete_file)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)
        titles = [c.title for c in app.get_system_commands(app.screen)]
        for title in ("Save answers", "Copy all texts", "Export as Markdown",
                      "Go to step 1: About you", "Language: Nederlands", "Help"):
            assert title in titles


async def test_a_long_paste_shows_where_the_cursor_is(make_app, partial_file: Path) -> None:
    app = make_app(partial_file)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("pageup")
        field = app.screen.query_one("#q-future-change-input", Input)
        # a step seen for the first time is mounted in place and then focuses its first field:
        # a person pastes once it shows with the cursor in it (focused earlier, the field would
        # lose the focus to that first field and show its start again)
        for _ in range(40):
            if field.region.width and app.focused is not None:
                break
            await pilot.pause(0.05)
        field.focus()
        field.post_message(events.Paste("a very long answer " * 8))
        await pilot.pause()
        assert field.cursor_position == len(field.value)
        # the view follows the cursor after the next refresh, which a loaded machine may delay
        for _ in range(40):
            if field.scroll_x > 0:
                break
            await pilot.pause(0.05)
        # the view followed the cursor to the end
        assert field.scroll_x > 0, (app.focused, field.cursor_position, field.content_size)


async def test_the_view_follows_a_paste_before_the_field_is_laid_out_again(
        make_app, partial_file: Path) -> None:
    """On a loaded machine the follow-up scroll can run before the layout that lets a field
    scroll sideways (fresh-clone CI saw scroll_x 0 with the cursor at 151 of 52): it must hold
    then too, not be dropped."""
    app = make_app(partial_file)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("pageup")
        field = app.screen.query_one("#q-future-change-input", Input)
        for _ in range(40):
            if field.region.width:
                break
            await pilot.pause(0.05)
        field.value = ""
        await pilot.pause()
        assert not field.show_horizontal_scrollbar or field.max_scroll_x == 0
        field.focus()
        field.insert_text_at_cursor("a very long answer " * 8)
        field.follow_cursor()  # at once: no layout has run since the value grew
        assert field.scroll_x > 0


async def test_the_start_buttons_are_shown_whole_in_every_language(make_app) -> None:
    """At 80×24 the start screen's buttons show their whole label in every pack: a French
    'Actualiser à partir d'un profil existant (export LinkedIn, JSON Resume)' lost its end."""
    from rich.cells import cell_len

    from wizard.core.words import words

    cut = []
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        choice = app.screen.query_one("#language")
        choice.focus()
        for lang in available_languages():
            for _ in available_languages():
                if choice.value == lang:  # type: ignore[attr-defined]
                    break
                await pilot.press("right")
            await pilot.pause()
            for bid, key in (("new", "tui.new"), ("refresh", "tui_store.refresh")):
                button = app.screen.query_one(f"#{bid}")
                assert str(button.render()) == words(lang)(key)
                if button.content_region.width < cell_len(words(lang)(key)):
                    cut.append(f"{lang} {key}")
    assert cut == []


async def test_the_whole_sentence_under_a_long_answer_has_its_stem_once(
        make_app, complete_file: Path) -> None:
    """A long answer scrolls in its field, so the sentence is shown whole under it; an answer
    that typed the stem's own words again reads as the texts will, with the stem once."""
    app = make_app(complete_file)
    async with app.run_test(size=SIZE) as pilot:
        app.goto(2)
        await pilot.pause()
        field = app.screen.query_one("#q-drivers-why-input", Input)
        field.value = "because every family deserves bills it can read, and most never get one"
        question = app.screen.query_one("#q-drivers-why")
        await until(pilot, lambda: bool(question.sentence))
        assert question.sentence.startswith("I care about this because every family")
        assert "because because" not in question.sentence
