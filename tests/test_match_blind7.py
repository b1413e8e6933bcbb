"""What a blind tester found with ads written for the seventh round: a Dutch requirements
heading that holds a contact word ("Wat vragen wij?") is still the requirements, a word of the
invitation note is no skill, and an ad in another language than the profile says so."""

from __future__ import annotations

from pathlib import Path

from test_cli import run

from wizard.core.match import analyse, match
from wizard.core.model import from_document

HERE = Path(__file__).resolve().parent
AD = HERE / "fixtures" / "ads" / "blind7" / "nl-data-analist.md"
EN = HERE / "fixtures" / "match" / "en-holds.toml"


def test_a_heading_is_the_section_its_longest_phrase_names() -> None:
    # "vragen" alone is the contact line ("Vragen? Bel …"); "wat vragen wij" asks for skills
    terms = {t.text for t in analyse(AD.read_text(encoding="utf-8"), "nl").terms}
    assert {"SQL", "Power BI", "datavisualisatie", "statistiek"} <= terms, terms
    assert "bijvoorbeeld econometrie" not in terms  # "bijvoorbeeld" is no part of a term


def test_the_invitation_note_is_no_skill() -> None:
    ad = analyse("# HR business partner\n\n## Requirements\n- CIPD Level 7 qualified\n"
                 "- Employee relations casework\n", "en")
    answers = from_document({
        "schema": 1, "lang": "en",
        "person": {"name": "Fiona Hargreaves", "role": "HR business partner"},
        "future": {"doing": "support managers through change", "audience": "public services"},
        "drivers": {"values": ["fairness"]}, "expertise": {"areas": ["employee relations"]},
        "statement": {"stand_for": "fair and clear HR"}, "offer": {"help": "casework"},
        "invitation": {"recipient": "Sam", "context": "we met at the CIPD conference"}})
    found = {t.term.text for t in match(ad, answers, {}).found}
    assert not any("CIPD" in t for t in found), found


def test_an_ad_in_another_language_says_so_in_one_line() -> None:
    code, out, err = run("match", AD, EN)
    assert (code, err) == (0, "")
    assert "Ad: Nederlands (nl), your profile: English (en). A term is only found in the " \
           "language it is written in." in out.splitlines()
    code, out, _ = run("match", HERE / "fixtures" / "ads" / "en-data-analyst.md", EN)
    assert code == 0 and "your profile: English" not in out
