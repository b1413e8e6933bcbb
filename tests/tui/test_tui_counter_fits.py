"""At 80x24 every text's counter shows whole, in every language: the pitch's "125 woorden ·
57,7 s (streef naar 110–140 s)  past" wraps beside the variant picker instead of being cut."""

from __future__ import annotations

import pytest
from conftest import until
from rich.cells import cell_len

from wizard.core.languages import available_languages, pack_file
from wizard.tui.screens.results import ResultsScreen

SIZE = (80, 24)


@pytest.mark.parametrize("lang", available_languages())
async def test_every_counter_shows_whole_at_80_columns(make_app, lang: str) -> None:
    app = make_app(pack_file(lang, "samples/full.toml"))
    async with app.run_test(size=SIZE) as pilot:
        assert await until(pilot, lambda: isinstance(app.screen, ResultsScreen))
        screen = app.screen
        assert isinstance(screen, ResultsScreen)
        for output in ("headline", "summary", "pitch"):
            screen.show_output(output)
            await pilot.pause()
            shown = screen.query_one(f"#pane-{output} .counter")
            text = str(shown.render())
            assert await until(pilot, lambda w=shown: w.size.height > 0)
            await pilot.pause()
            # every cell of the counter's text has room, and the line it sits in shows it
            # all: it is not cut at the picker's edge, nor clipped to the head's one line
            room = shown.content_size.width * shown.content_size.height
            assert cell_len(text) <= room, (output, text, shown.content_size)
            head = screen.query_one(f"#pane-{output} .pane-head")
            assert head.region.contains_region(shown.region), (output, text, head.region,
                                                              shown.region)
