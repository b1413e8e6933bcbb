"""A coach types a client's name the moment the app starts: letters typed before the profile
list is on screen (a slow disk, a busy machine) still filter it, so the Enter that follows
opens that client, not the last one worked on."""

from __future__ import annotations

import pytest
from conftest import until

from wizard.core.store import Store
from wizard.tui.screens import start
from wizard.tui.screens.start import StartScreen
from wizard.tui.widgets.profile_list import ProfileList


async def test_letters_typed_before_the_list_is_there_find_the_client(
        make_app, monkeypatch: pytest.MonkeyPatch) -> None:
    with Store() as store:
        for name in ("Amélie Rochat", "An De Smet"):  # An is the last worked on: first row
            store.create_profile(name, "fr" if name.startswith("Am") else "nl")
    monkeypatch.setattr(start, "FIRST_PAINT", 1.0)  # the list comes late, as under load
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        assert isinstance(app.screen, StartScreen) and not app.screen.query(ProfileList)
        await pilot.press("a", "m", "é")
        assert await until(pilot, lambda: bool(app.screen.query("#open-path")))
        await pilot.pause()
        assert app.screen.query_one("#profile-filter").value == "amé"
        assert await until(pilot, lambda: [r.name for r in app.screen.query_one(ProfileList)
                                           .rows] == ["Amélie Rochat"])
        await pilot.press("enter")
        assert await until(pilot, lambda: app.coach.link is not None)
        link = app.coach.link
        assert link is not None and link.name == "Amélie Rochat"
