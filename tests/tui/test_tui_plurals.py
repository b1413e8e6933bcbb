"""A word after a count takes the count's form, per language, from the pack: "1 key term",
"1 kernterm", "1 terme clé" and "0 terme clé" (French counts 0 as singular), never
"1 key terms"; on the Job ad screen too."""

from __future__ import annotations

import string

import pytest
from conftest import until
from textual.widgets import Static

from wizard.core.languages import available_languages, pack_file
from wizard.core.words import keys, words
from wizard.tui.screens.job_ad import JobAdScreen, show_job_ad
from wizard.tui.screens.results import ResultsScreen

SINGULAR = {"en": ("1 word", "1 key term;"), "nl": ("1 woord", "1 kernterm;"),
            "it": ("1 parola", "1 termine chiave;"), "fr": ("1 mot", "1 terme clé ;")}


def plain(text: str) -> str:
    """No-break spaces (French sets them before ";") read as plain ones."""
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def forms(text: str) -> dict[str, str]:
    """The fields of a message that carry word forms ({terms:key term|key terms})."""
    return {name: spec for _, name, spec, _ in string.Formatter().parse(text)
            if name and spec and "|" in spec}


@pytest.mark.parametrize("lang", available_languages())
def test_a_word_after_a_count_takes_its_form(lang: str) -> None:
    say = words(lang)
    one = say("match.err_ad_too_short", file="x", words=1, terms=1, min_words=20)
    assert all(s in plain(one) for s in SINGULAR[lang]), one
    many = say("match.err_ad_too_short", file="x", words=3, terms=3, min_words=20)
    assert SINGULAR[lang][1].replace("1 ", "3 ") not in plain(many)
    zero = say("match.err_ad_too_few_terms", file="x", words=0, terms=0, min_terms=5)
    assert ("0 terme clé" in plain(zero)) == (lang == "fr")


@pytest.mark.parametrize("lang", [c for c in available_languages() if c != "en"])
def test_every_pack_gives_the_forms_where_english_does(lang: str) -> None:
    english, own = words("en"), words(lang)
    for key in keys("en"):
        wanted = forms(english.text(key))
        if wanted and own.has(key):
            got = forms(own.text(key))
            assert set(got) == set(wanted), (key, got)
            assert all(spec.count("|") == 1 and all(spec.split("|")) for spec in got.values())


async def test_the_job_ad_screen_says_1_kernterm(make_app) -> None:
    app = make_app(pack_file("nl", "samples/full.toml"))
    async with app.run_test(size=(80, 24)) as pilot:
        assert await until(pilot, lambda: isinstance(app.screen, ResultsScreen))
        show_job_ad(app)
        assert await until(pilot, lambda: isinstance(app.screen, JobAdScreen))
        await pilot.pause()
        await pilot.press(*"Python ontwikkelaar")  # the text has the focus on open
        report = app.screen.query_one("#ad-report", Static)
        assert await until(pilot, lambda: "kernterm" in str(report.render()))
        shown = " ".join(str(report.render()).split())
        assert "1 kernterm;" in shown and "1 kerntermen" not in shown, shown
