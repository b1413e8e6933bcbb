"""Round 17: a step change no longer renders every variant of every output again when the
answers have not changed since the last full render (wizard.tui.live.render_all); any change
of what a render reads renders again."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import MAYA

from wizard.core.model import Answers, from_document
from wizard.core.render import Renderer
from wizard.core.templates import TemplateSet
from wizard.tui.live import render_all


def new_templates(r: Renderer, a: Answers) -> None:
    r.templates = TemplateSet()  # as the guarded renderer does when a coach's set fails


# (what happens between two renders, rendered again?)
CHANGES: list[tuple[str, Callable[[Renderer, Answers], Any], bool]] = [
    ("nothing", lambda r, a: None, False),
    ("the same value stored again", lambda r, a: a.set("person.role", a.text("person.role")),
     False),
    ("an answer", lambda r, a: a.set("person.role", "data architect"), True),
    ("an item of a list", lambda r, a: a.set("expertise.areas", ["data modelling", "SQL"]),
     True),
    ("the register", lambda r, a: setattr(a, "register", "formal"), True),
    ("the templates", new_templates, True),
]


@pytest.mark.parametrize(("change", "apply", "again"), CHANGES, ids=[c[0] for c in CHANGES])
def test_a_full_render_is_reused_only_while_nothing_it_reads_changed(
        change: str, apply: Callable[[Renderer, Answers], Any], again: bool) -> None:
    renderer = Renderer(TemplateSet())
    answers = from_document(MAYA, partial=True)
    first = render_all(renderer, answers)
    apply(renderer, answers)
    second = render_all(renderer, answers)
    assert (second is not first) is again
    assert second.outputs["headline"].chosen.text == \
        renderer.render(answers).outputs["headline"].chosen.text


def set_and_back(a: Answers) -> None:
    for value in ("x", MAYA["person"]["role"]):
        a.set("person.role", value)


# (what happens after a file is opened, whether the badge then says "not saved")
DIRTY: list[tuple[str, Callable[[Answers], Any], bool]] = [
    ("nothing", lambda a: None, False),
    ("an answer", lambda a: a.set("person.role", "data architect"), True),
    ("an answer and back", lambda a: set_and_back(a), False),
    ("an item added", lambda a: a.set("expertise.areas", [*a.items("expertise.areas"), "SQL"]),
     True),
    ("the register", lambda a: setattr(a, "register", "formal"), True),
]


@pytest.mark.parametrize(("change", "apply", "dirty"), DIRTY, ids=[c[0] for c in DIRTY])
def test_the_unsaved_state_follows_every_change_though_it_is_remembered(
        tmp_path: Path, change: str, apply: Callable[[Answers], Any], dirty: bool) -> None:
    from wizard.tui.session import Session

    answers = from_document(MAYA, partial=True)
    session = Session.open(answers, tmp_path / "maya.toml", on_disk=True)
    assert session.answers_dirty() is False  # asked once before: the answer is remembered
    apply(answers)
    assert session.answers_dirty() is dirty
    assert session.answers_dirty() is dirty  # and asked again, unchanged
