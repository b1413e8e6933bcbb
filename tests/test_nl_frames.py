"""Dutch frames that must say only what is true of the person (issue #7, the eighth blind
round): whom the work is for after a career plan, an employee's offer, a past role in
brackets, a whole sentence after "Wat ik wil veranderen", a title in a spoken pitch."""

from __future__ import annotations

from pathlib import Path

import pytest

from wizard.core.model import load
from wizard.core.render import Renderer

PERSONAS = Path(__file__).resolve().parent / "fixtures" / "personas"


@pytest.fixture(scope="module")
def jorien() -> dict[str, list[str]]:
    """A planner employed by a transport company, her past job in brackets in her role."""
    result = Renderer().render(load(PERSONAS / "nl-jorien8.toml"))
    return {k: [o.chosen.text, *(a.text for a in o.alternatives)]
            for k, o in result.outputs.items()}


def test_a_career_plan_is_not_done_for_the_readers(jorien: dict[str, list[str]]) -> None:
    texts = " ".join(jorien["summary"] + jorien["pitch"])
    assert "Dat doe ik voor" not in texts
    assert "Ik richt me op transportbedrijven en verladers" in texts


def test_an_employee_does_not_help_the_readers_as_clients(jorien: dict[str, list[str]]) -> None:
    assert not any("Ik help transportbedrijven" in t for t in jorien["summary"])


def test_a_past_role_in_brackets_follows_the_employer(jorien: dict[str, list[str]]) -> None:
    texts = " ".join(jorien["summary"] + jorien["pitch"])
    assert "(was 12 jaar chauffeur) bij" not in texts
    assert "transportplanner bij Van Gorp Transport in Waalwijk (was 12 jaar chauffeur)" in texts


def test_a_whole_sentence_to_change_takes_a_colon(jorien: dict[str, list[str]]) -> None:
    texts = " ".join(jorien["summary"])
    assert "is planners weten" not in texts
    assert "Wat ik wil veranderen: planners weten vaak niet" in texts


def test_a_spoken_pitch_says_the_name_without_its_title() -> None:
    result = Renderer().render(load(PERSONAS / "nl-hidde8.toml"))
    pitches = [result.outputs["pitch"].chosen.text,
               *(a.text for a in result.outputs["pitch"].alternatives)]
    assert all("ik ben Hidde van Leeuwen," in p for p in pitches), pitches
