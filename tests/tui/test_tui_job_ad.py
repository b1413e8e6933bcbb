"""Pilot tests of the Job ad screen: an ad pasted or opened, the report following the answers,
the preferred variants, and the ad kept with the stored profile."""

from __future__ import annotations

from pathlib import Path

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


async def test_a_pasted_ad_in_dutch_speaks_dutch(make_app, tmp_path: Path) -> None:
    from conftest import write_answers

    path = write_answers(tmp_path / "anna.toml", {**MAYA, "lang": "nl"})
    app = make_app(path)
    async with app.run_test(size=SIZE) as pilot:
        show_job_ad(app)
        await pilot.pause()
        assert "Vacature" in " ".join(str(s.render()) for s in app.screen.query(Static))
        area = app.screen.query_one("#ad-text", TextArea)
        area.load_text((ADS / "nl-teamleider-klantenservice.md").read_text(encoding="utf-8"))
        assert await until(pilot, lambda: "Teamleider" in report(app))
