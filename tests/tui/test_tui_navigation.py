"""Pilot tests of moving and typing: PgUp and Escape back from the results, letters typed on a
button reach the field, Enter passes over the Premium box, the variant picker's options."""

from __future__ import annotations

from pathlib import Path

from textual.widget import Widget
from textual.widgets import Button, Input, Select, TextArea

from wizard.core.report import variant_name
from wizard.tui.screens.results import ResultsScreen
from wizard.tui.screens.step import StepScreen
from wizard.tui.widgets.output_pane import distinct, option_label

SIZE = (80, 24)


async def test_pgup_and_escape_go_back_from_the_results(make_app, complete_file: Path) -> None:
    app = make_app(complete_file)
    async with app.run_test(size=SIZE) as pilot:
        assert isinstance(app.screen, ResultsScreen)
        assert "PgUp Back" in str(app.screen.query_one("#key-bar").render())  # the footer says
        await pilot.press("pageup")  # from inside the focused text
        await pilot.pause()
        assert isinstance(app.screen, StepScreen)
        assert app.screen.index == app.session.step_count - 1
        app.goto(app.session.step_count)
        await pilot.pause()
        app.screen.query_one("#copy", Button).focus()
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, StepScreen)


async def test_letters_typed_on_a_button_go_to_the_field(make_app, complete_file: Path) -> None:
    app = make_app(complete_file)
    async with app.run_test(size=SIZE) as pilot:
        app.goto(0)
        await pilot.pause()
        app.screen.query_one("#next", Button).focus()
        await pilot.press("x", "y")
        assert app.screen.focused is not None and isinstance(app.screen.focused, Input)
        assert app.screen.focused.value.endswith("xy")
        assert isinstance(app.screen, StepScreen) and app.screen.index == 0  # nothing pressed
        app.goto(app.session.step_count)
        await pilot.pause()
        app.screen.query_one("#copy-all", Button).focus()
        await pilot.press("z")
        area = app.screen.focused
        assert isinstance(area, TextArea) and "z" in area.text


async def test_enter_on_the_organisation_passes_over_the_premium_box(make_app,
                                                                      complete_file: Path) -> None:
    app = make_app(complete_file)
    async with app.run_test(size=SIZE) as pilot:
        app.goto(0)
        await pilot.pause()
        app.screen.query_one("#q-person-organisation-input", Input).focus()
        await pilot.press("enter")  # to the register, the step's last choice (journey20)
        await pilot.pause()
        assert app.focused is app.screen.query_one("#register-choice")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, StepScreen) and app.screen.index == 1
        assert app.session.answers["person.premium"] in (False, None)


async def test_the_variant_picker_is_labelled_and_offers_each_text_once(
        make_app, complete_file: Path) -> None:
    app = make_app(complete_file)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        pane = app.screen.query_one("#pane-headline")
        assert str(pane.query_one(".variant-label").render()) == "Variant"
        select = pane.query_one(Select)
        shown = [str(prompt) for prompt, _ in select._options]
        result = app.screen.result
        assert result is not None
        out = result.outputs["headline"]
        texts = {" ".join(r.text.split()) for r in out.alternatives}
        assert len(shown) == len(texts)  # variants that read the same are offered once
        assert not any(".j2" in s or ("-" in r.variant and r.variant in s)
                       for s in shown for r in out.alternatives)  # words, not file names
        label = option_label(variant_name("en", out.chosen.variant), out.chosen.text, "en")
        assert label in shown[[v for _, v in select._options].index(out.chosen.variant)]
        assert len(distinct(out.alternatives, out.chosen)) == len(texts)


async def test_the_variant_picker_names_each_variant_in_the_profiles_words(
        make_app, tmp_path: Path) -> None:
    from conftest import MAYA, write_answers

    from wizard.core.words import area

    app = make_app(write_answers(tmp_path / "fr.toml", {**MAYA, "lang": "fr"}))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        select = app.screen.query_one("#variant-headline", Select)
        names = {str(prompt).split("\u00a0:")[0] for prompt, _ in select._options}
        french = set(area("fr", "variants").values())
        assert names and names <= french, names - french
        assert "Rôle et public" in names or "Rôle, public, preuve" in names, names


async def test_the_focused_question_and_its_message_are_in_view(make_app,
                                                              complete_file: Path) -> None:
    from wizard.tui.screens.step import QuestionScroll
    from wizard.tui.widgets.question import QuestionWidget

    app = make_app(complete_file)
    async with app.run_test(size=SIZE) as pilot:
        app.goto(1)
        await pilot.pause()
        scroll = app.screen.query_one(QuestionScroll)
        widgets = list(app.screen.query(QuestionWidget))
        for widget in (widgets[-1], widgets[0], widgets[-1]):
            widget.focus_field()
            widget.show_message("That is 5 already")
            await pilot.pause()
            await pilot.pause()
            region = widget.region
            assert scroll.region.contains_region(region), (widget, region, scroll.region)


async def test_a_tall_question_never_hides_the_step_title(make_app, complete_file: Path) -> None:
    """At 80x24 the expertise list is taller than the room for it: with it scrolled into view
    the step's title still says which step this is."""
    from wizard.tui.screens.step import QuestionScroll
    from wizard.tui.widgets.question import QuestionWidget

    app = make_app(complete_file)
    async with app.run_test(size=(80, 24)) as pilot:
        app.goto(3)
        await pilot.pause()
        scroll = app.screen.query_one(QuestionScroll)
        title = app.screen.query_one(".step-title")
        for widget in [*app.screen.query(QuestionWidget)][::-1]:
            widget.focus_field()
            await pilot.pause()
            await pilot.pause()
            assert title.region.height == 1 and title.region.y < scroll.region.y
            assert scroll.region.contains_region(widget.query_one("Input").region)
        assert "What you know best" in str(title.render())


def restyle_for_theme(app, theme: str, nodes) -> None:
    """What setting `app.theme` does to the styles (the App's theme classes, the theme's CSS
    variables, the stylesheet parsed again with them), applied to `nodes` only: the watcher
    restyles every node of every screen in the stack, ~2 s a theme and most of this test's
    time. A node's computed styles depend on its own place in the DOM alone (its ancestors,
    classes and pseudo-classes), so the nodes measured and their ancestors are all it needs."""
    from textual.app import App

    app.set_reactive(App.theme, theme)  # no watcher: it would restyle everything
    dark = app.current_theme.dark
    classes = {name: False for name in app.classes if name.startswith("-theme-")}
    app.update_classes({**classes, f"-theme-{theme}": True, "-dark-mode": dark,
                        "-light-mode": not dark}, update=False)
    app.stylesheet.set_variables(app.get_css_variables())
    app.stylesheet.reparse()
    app.stylesheet.update_nodes(nodes, animate=False)


async def test_every_focusable_widget_shows_its_focus_in_every_built_in_theme(
        make_app, complete_file: Path) -> None:
    """Focus changes the background clearly (RGB distance, not one 5% shade): a compact
    Select, the scrolling panes and the step bar (whose focus style never came off) did not."""
    from textual.widgets._tabbed_content import ContentTabs

    def shown(widget):  # the node whose background says the widget has focus
        if isinstance(widget, Select):
            return widget.query_one("SelectCurrent")
        if isinstance(widget, ContentTabs):
            return widget.query(".-active").first()
        return widget

    app = make_app(complete_file)
    async with app.run_test(size=SIZE) as pilot:
        faint = []
        themes = sorted(t for t in app.available_themes if not t.startswith("ansi"))
        assert len(themes) >= 10, themes  # the built-in themes are all found
        for index in (1, app.session.step_count):
            app.goto(index)
            await pilot.pause()
            app.screen.set_focus(None)
            await pilot.pause()
            # one widget of each kind and look: the rest share its styles
            kinds = {(type(w), *sorted(w.classes)): w for w in app.screen.focus_chain}
            chain = list(kinds.values())
            assert len(chain) >= 5, chain  # the screen's focusable kinds are all here
            # every node whose styles a measured background is made of (Widget.background_colors
            # adds up the backgrounds of the node and its ancestors), each once, parents first
            nodes = list(dict.fromkeys(
                node for widget in chain for top in (widget, shown(widget))
                for node in [*reversed(top.ancestors_with_self), *top.walk_children()]))
            for theme in themes:
                app.screen.set_focus(None)
                restyle_for_theme(app, theme, nodes)
                unfocused = [shown(widget).background_colors[1] for widget in chain]
                for widget, before in zip(chain, unfocused, strict=True):
                    # Focus styles come from CSS: give the widget focus and restyle it at once
                    # (no animation, no round trip through the message queue per widget).
                    app.screen.set_focus(widget)
                    widget.set_reactive(Widget.has_focus, True)
                    app.update_styles(widget, animate=False)
                    after = shown(widget).background_colors[1]
                    widget.set_reactive(Widget.has_focus, False)
                    app.update_styles(widget, animate=False)
                    if sum(abs(a - b) for a, b in zip(before.rgb, after.rgb, strict=True)) < 40:
                        faint.append((theme, widget.id or type(widget).__name__))
        assert not faint, faint
