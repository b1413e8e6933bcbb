"""Exported texts of two clients with the same name do not overwrite each other."""

from __future__ import annotations

from pathlib import Path

from wizard.core.model import Answers
from wizard.tui.session import Session


def _session(path: Path | None = None) -> Session:
    answers = Answers("en")
    answers.set("person.name", "Anna de Vries")
    return Session(answers, path)


def test_stored_profiles_with_one_name_get_their_own_files() -> None:
    first = _session().file_for("headline.txt", 7)
    second = _session().file_for("headline.txt", 8)
    assert first != second
    assert first.name == "anna-de-vries-7-headline.txt"


def test_an_answers_file_keeps_its_texts_beside_it(tmp_path: Path) -> None:
    path = tmp_path / "anna.toml"
    assert _session(path).file_for("texts.md", 7) == tmp_path / "anna-texts.md"
