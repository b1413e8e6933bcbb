"""Keys typed faster than the steps change (a burst, a paste of answers) each land in their own
field, in the order typed: across Enter, PgDn, the list field and the steps with several fields
(wizard.tui.typeahead)."""

from __future__ import annotations

from conftest import until
from textual import events

from wizard.tui.screens.results import ResultsScreen
from wizard.tui.screens.step import StepScreen

SIZE = (80, 24)
PGDN = "\x1b[6~"

# One person's whole profile as typed in one go: each answer and its Enter; an empty Enter
# leaves a list (and passes an optional field); PgDn leaves a step from any field.
BURST = ("Ann Lee\r" "nurse\r" "St Olav\r" "\r"  # the last Enter: on the register
         "grow into ward leadership\r" "less paper\r" "\r" "wards\r"
         "care\r" "calm\r" "\r" "people first\r"
         "triage\r" "wound care\r" "\r" "ran a ward" + PGDN
         + "kindness\r" "\r" "\r"
         "safe care\r" + PGDN
         + "Sam\r" "we met at the conference\r")

EXPECTED = {
    "person.name": "Ann Lee", "person.role": "nurse", "person.organisation": "St Olav",
    "future.doing": "grow into ward leadership", "future.change": "less paper",
    "future.learn": "", "future.audience": "wards",
    "drivers.values": ["care", "calm"], "drivers.why": "people first",
    "expertise.areas": ["triage", "wound care"], "expertise.proof": "ran a ward",
    "expertise.insight": "",
    "statement.stand_for": "kindness", "statement.way_of_working": "",
    "statement.boundary": "",
    "offer.help": "safe care", "offer.call_to_action": "",
    "invitation.recipient": "Sam", "invitation.context": "we met at the conference",
}


def key_events(text: str) -> list[events.Key]:
    """The key events a terminal sends for `text` (Enter as \\r, PgDn as its sequence)."""
    keys = []
    for i, part in enumerate(text.split(PGDN)):
        if i:
            keys.append(events.Key("pagedown", None))
        for ch in part:
            if ch == "\r":
                keys.append(events.Key("enter", "\r"))
            elif ch == " ":
                keys.append(events.Key("space", " "))
            else:
                keys.append(events.Key(ch, ch))
    return keys


def burst(app, text: str) -> None:
    """Every key at once, as a fast typist or a paste into the terminal delivers them: none
    waits for the one before it to be handled (Pilot's press would)."""
    for key in key_events(text):
        app.post_message(key)


def answers_of(app) -> dict[str, object]:
    return {key: app.session.answers[key] or ("" if key not in ("drivers.values",
                                                                  "expertise.areas") else [])
            for key in EXPECTED}


async def test_a_whole_profile_typed_in_one_burst_lands_field_by_field(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.click("#new")
        assert isinstance(app.screen, StepScreen) and app.screen.index == 0
        burst(app, BURST)
        assert await until(pilot, lambda: isinstance(app.screen, ResultsScreen)
                           and app.session.answers["invitation.context"], timeout=30)
        await pilot.pause()
        assert answers_of(app) == EXPECTED


async def test_keys_behind_pgdn_go_to_the_next_step_not_the_field_left(make_app) -> None:
    """PgDn is a binding, run once the key has bubbled up to the app: the letters typed right
    behind it must not reach the field it was pressed in first."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.click("#new")
        burst(app, "Jo\rnurse" + PGDN + "grow" + PGDN)
        assert await until(pilot, lambda: isinstance(app.screen, StepScreen)
                           and app.screen.index == 1 and app.session.answers["future.doing"])
        await pilot.pause()
        answers = app.session.answers
        assert (answers["person.role"], answers["future.doing"]) == ("nurse", "grow")
        assert app.screen.index == 1  # the second PgDn: "audience" is required, so it stays


async def test_answers_after_a_list_are_no_extra_items(make_app) -> None:
    """The empty Enter that leaves a list, then the next answers at once: they go to the
    fields after it, and into the next step, never into the list."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.click("#new")
        burst(app, "Jo\rnurse\r\r\rgrow\r\r\rwards\r" "care\rcalm\r\rpeople\rtriage\r")
        assert await until(pilot, lambda: app.session.answers["expertise.areas"] == ["triage"])
        await pilot.pause()
        answers = app.session.answers
        assert answers["drivers.values"] == ["care", "calm"]
        assert answers["drivers.why"] == "people"
        assert app.screen.index == 3
