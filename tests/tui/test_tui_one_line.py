"""The headline is one line wherever it is edited: LinkedIn's headline field takes no line
break, so Enter in its editor adds none and a pasted text's line breaks become spaces; the
About summary keeps its paragraphs."""

from __future__ import annotations

from pathlib import Path

from conftest import until
from textual import events
from textual.widgets import TextArea

from wizard.tui.session import YOURS

SIZE = (80, 24)


async def test_enter_in_the_headline_adds_no_line_break(make_app, complete_file: Path) -> None:
    app = make_app(complete_file)
    async with app.run_test(size=SIZE) as pilot:
        area = app.screen.query_one("#text-headline", TextArea)
        area.focus()
        area.move_cursor(area.document.end)
        await pilot.press("enter", "x")
        await until(pilot, lambda: app.session.choice.get("headline") == YOURS)
        assert "\n" not in area.text
        assert area.text.endswith("x")
        assert "\n" not in app.session.record().edits["headline"].text


async def test_a_pasted_headline_is_joined_into_one_line(make_app, complete_file: Path) -> None:
    app = make_app(complete_file)
    async with app.run_test(size=SIZE) as pilot:
        area = app.screen.query_one("#text-headline", TextArea)
        area.focus()
        area.select_all()
        area.post_message(events.Paste("Data architect\nfor  small\r\ncharities"))
        await until(pilot, lambda: app.session.choice.get("headline") == YOURS)
        assert area.text == "Data architect for small charities"


async def test_the_summary_keeps_its_paragraphs(make_app, complete_file: Path) -> None:
    app = make_app(complete_file)
    async with app.run_test(size=SIZE) as pilot:
        area = app.screen.query_one("#text-summary", TextArea)
        area.focus()
        area.move_cursor(area.document.end)
        await pilot.press("enter", "enter", "x")
        await until(pilot, lambda: app.session.choice.get("summary") == YOURS)
        assert area.text.endswith("\n\nx")
        assert app.session.record().edits["summary"].text.endswith("\n\nx")
