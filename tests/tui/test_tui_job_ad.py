"""Pilot tests of the Job ad screen: an ad pasted or opened, the report following the answers,
the preferred variants, and the ad kept with the stored profile."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import MAYA, until
from textual.widgets import Input, Static, TextArea

from wizard.core import model
from wizard.core.store import Store
from wizard.tui.screens.job_ad import JobAdScreen, show_job_ad
from wizard.tui.screens.results import ResultsScreen

SIZE = (80, 24)
ADS = Path(__file__).parent.parent / "fixtures" / "ads"


def report(app) -> str:
    return str(app.screen.query_one("#ad-report", Static).render())


async def test_an_opened_ad_is_matched_kept_and_followed(make_app) -> None:
    with Store() as store:
        pid = store.create_profile("Maya Okafor", "en", answers=model.from_document(MAYA)).id
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.coach.open_profile(pid)
        await pilot.pause()
        assert isinstance(app.screen, ResultsScreen)
        show_job_ad(app)
        await pilot.pause()
        assert isinstance(app.screen, JobAdScreen)
        assert "Maya Okafor · English" in str(app.screen.query_one("#whose").render())
        app.screen.query_one("#ad-path", Input).value = str(ADS / "en-data-analyst.md")
        await pilot.click("#ad-open")
        assert await until(pilot, lambda: "%" in report(app) or "/" in report(app))
        first = report(app)
        assert "Score: " in first and "Senior Data Analyst" in first
        # an answer changed elsewhere shows when the screen comes back
        app.set_answer("expertise.areas", ["data modelling", "Python", "SQL", "Power BI"])
        app.screen.on_screen_resume()
        assert report(app) != first
        app.screen.query_one("#ad-prefer").press()
        await pilot.pause()
        assert app.session.prefer_ad is not None
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ResultsScreen)
    with Store() as store:
        ads = store.list_ads(pid)
    assert len(ads) == 1 and "Data Analyst" in ads[0].text


@pytest.mark.parametrize("short", [False, True], ids=["whole-ad", "two-words"])
async def test_a_pasted_ad_in_dutch_speaks_dutch(make_app, tmp_path: Path, short: bool) -> None:
    from conftest import write_answers

    path = write_answers(tmp_path / "anna.toml", {**MAYA, "lang": "nl"})
    app = make_app(path)
    async with app.run_test(size=SIZE) as pilot:
        show_job_ad(app)
        await pilot.pause()
        assert "Vacature" in " ".join(str(s.render()) for s in app.screen.query(Static))
        area = app.screen.query_one("#ad-text", TextArea)
        if short:  # a word or two is no ad yet: one line says so, no report on nothing
            area.load_text("Scrum Master")
            assert await until(pilot, lambda: "te kort" in report(app))
            assert "Score" not in report(app) and len(report(app).splitlines()) == 1
            return
        area.load_text((ADS / "nl-teamleider-klantenservice.md").read_text(encoding="utf-8"))
        assert await until(pilot, lambda: "Teamleider" in report(app))


def stored_maya(*ads: str) -> int:
    """Maya's profile in the store, with these job ads kept (oldest first)."""
    with Store() as store:
        pid = store.create_profile("Maya Okafor", "en", answers=model.from_document(MAYA)).id
        for text in ads:
            store.add_ad(pid, "", text)
    return pid


async def opened(pilot, app, pid: int) -> None:  # type: ignore[no-untyped-def]
    await pilot.pause()
    app.coach.open_profile(pid)
    await pilot.pause()


def _section(text: str, start: str, end: str) -> str:
    return text[text.index(start):text.index(end) if end in text else len(text)]


async def test_the_report_follows_answers_and_edits_changed_on_other_screens(
        make_app, monkeypatch) -> None:
    """One Job ad screen per open profile: its ad is read once, and what it reports follows
    an answer changed on a step and a hand edit, without the ad being read again."""
    from wizard.tui.screens import job_ad
    from wizard.tui.screens.step import StepScreen
    from wizard.tui.session import YOURS

    pid = stored_maya()
    reads: list[str] = []
    read = job_ad.analyse
    monkeypatch.setattr(job_ad, "analyse", lambda text, *a, **k: reads.append(text) or
                        read(text, *a, **k))
    app = make_app()
    async with app.run_test(size=(120, 36)) as pilot:
        await opened(pilot, app, pid)
        show_job_ad(app)
        await pilot.pause()
        screen = app.screen
        screen.query_one("#ad-text", TextArea).load_text(
            (ADS / "en-data-analyst.md").read_text(encoding="utf-8"))
        assert await until(pilot, lambda: "Score: " in report(app))
        missing = _section(report(app), "Not in your profile", "Add only")
        assert "Power BI" in missing and "Tableau" not in report(app)
        times_read = len(reads)
        await pilot.press("escape")
        await pilot.pause()
        app.goto(1)  # a step: the answer changes there, where the person types it
        await pilot.pause()
        assert isinstance(app.screen, StepScreen)
        app.set_answer("expertise.areas", ["data modelling", "Python", "Power BI"])
        show_job_ad(app)
        await pilot.pause()
        assert app.screen is screen  # the same screen, its ad as it was left
        found = _section(report(app), "In your profile", "Not in your profile")
        assert "Power BI" in found
        # a hand edit of the headline (as the results screen keeps it) shows while it is open
        app.session.edits["headline"] = "Data analyst | demand planning with SQL"
        app.session.choice["headline"] = YOURS
        assert await until(pilot, lambda: "demand planning  ·  Headline" in report(app))
        assert len(reads) == times_read  # matched again, never read again
        await pilot.press("escape")
        await pilot.pause()


async def test_another_profile_gets_its_own_job_ad_screen(make_app, tmp_path: Path) -> None:
    from conftest import write_answers

    pid = stored_maya()
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await opened(pilot, app, pid)
        show_job_ad(app)
        await pilot.pause()
        first = app.screen
        await pilot.press("escape")
        await pilot.pause()
        app.open_file(write_answers(tmp_path / "anna.toml", {**MAYA, "lang": "nl"}))
        await pilot.pause()
        show_job_ad(app)
        await pilot.pause()
        assert isinstance(app.screen, JobAdScreen) and app.screen is not first
        assert app.screen.session is app.session


async def test_the_handout_asks_which_kept_ad_to_match(make_app, monkeypatch) -> None:
    from wizard.tui import transfer
    from wizard.tui.screens.job_ad import AdPicker, export_handout

    pid = stored_maya("Barista\n\n## Requirements\n- latte art\n- latte art\n",
                      (ADS / "en-data-analyst.md").read_text(encoding="utf-8"))
    asked: list[object] = []
    monkeypatch.setattr(transfer, "export_handout", lambda app, ad=None: asked.append(ad))
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await opened(pilot, app, pid)
        export_handout(app)
        await pilot.pause()
        assert isinstance(app.screen, AdPicker)
        shown = [str(o.prompt) for o in app.screen.query_one("#ad-pick").options]
        assert shown[0] == "No job ad" and "Senior Data Analyst" in shown[1]  # newest first
        await pilot.press("down", "enter")
        await pilot.pause()
        export_handout(app)
        await pilot.pause()
        await pilot.press("enter")  # no job ad
        await pilot.pause()
        export_handout(app)
        await pilot.pause()
        await pilot.press("escape")  # not now: nothing is written
        await pilot.pause()
    assert len(asked) == 2 and asked[1] is None
    assert asked[0].title == "Senior Data Analyst"  # type: ignore[attr-defined]


async def test_the_handout_of_the_wizard_carries_the_match(make_app) -> None:
    from wizard.core.match import analyse
    from wizard.tui import transfer

    pid = stored_maya()
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await opened(pilot, app, pid)
        ad = analyse((ADS / "en-data-analyst.md").read_text(encoding="utf-8"))
        written = transfer.export_handout(app, ad)
        await pilot.pause()
    by_name = {p.name.rsplit("-", 1)[-1]: p.read_text(encoding="utf-8") for p in written}
    assert "## Job ad match — Senior Data Analyst" in by_name["handout.md"]
    assert '<section id="match">' in by_name["handout.html"]
    assert "match" not in by_name["resume.json"]


@pytest.mark.parametrize("quote", ["", "'"], ids=["typed", "dropped-quoted"])
async def test_a_file_name_typed_where_the_ad_goes_opens_it(make_app, complete_file: Path,
                                                           quote: str) -> None:
    """A terminal pastes a file dropped on it as its path: in the ad's box, that opens it."""
    app = make_app(complete_file)
    async with app.run_test(size=SIZE) as pilot:
        show_job_ad(app)
        await pilot.pause()
        area = app.screen.query_one("#ad-text", TextArea)
        area.load_text(f"{quote}{ADS / 'en-data-analyst.md'}{quote}")
        assert await until(pilot, lambda: "Score: " in report(app))
        assert "Senior Data Analyst" in area.text and "\n" in area.text
        assert app.screen.query_one("#ad-path", Input).value == str(ADS / "en-data-analyst.md")
