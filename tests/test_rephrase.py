"""Answers in a shape no sentence frame can make right keep their words and get an error that
names the answer, quotes the sentence and says how to phrase it; shapes a pack can reshape
are reshaped (issue #7 §1)."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path
from typing import Any

import pytest

from wizard.core.catalogue import catalogue
from wizard.core.model import from_document
from wizard.core.render import Renderer

ROOT = Path(__file__).resolve().parent.parent
BASE = {"en": ROOT / "examples" / "amara-en.toml", "nl": ROOT / "examples" / "sanne-nl.toml",
        "it": ROOT / "examples" / "chiara-it.toml",
        "fr": ROOT / "tests" / "fixtures" / "personas" / "fr-amelie.toml"}


def render(lang: str, **answers: str) -> Any:
    doc = tomllib.loads(BASE[lang].read_text(encoding="utf-8"))
    for key, value in answers.items():
        section, _, name = key.partition("__")
        doc.setdefault(section, {})[name] = value
    return Renderer().render(from_document(doc))


def rephrase_findings(result: Any) -> list[Any]:
    return [f for out in result.outputs.values() for f in out.chosen.findings
            if f.code == "rephrase"]


def texts(result: Any) -> str:
    return "\n".join(out.chosen.text for out in result.outputs.values())


@pytest.mark.parametrize(("lang", "answer", "printed"), [
    ("nl", "we moeten altijd eerlijk zijn", "Ik sta voor we moeten altijd eerlijk zijn"),
    ("nl", "mensen helpen hun geld te begrijpen",
     "Ik sta voor mensen helpen hun geld te begrijpen"),
    ("it", "dobbiamo sempre dire la verità", "Mi batto per dobbiamo sempre dire la verità"),
])
def test_a_clause_after_stand_for_keeps_its_words_and_gets_an_error(
        lang: str, answer: str, printed: str) -> None:
    result = render(lang, statement__stand_for=answer)
    assert printed in texts(result)  # nothing the person typed is dropped or rewritten
    found = rephrase_findings(result)
    assert found, "no error names the answer"
    assert {f.severity for f in found} == {"error"}
    assert {f.key for f in found} == {"statement.stand_for"}
    assert all(printed in f.message for f in found), "the message quotes the sentence"
    # the question as the writer sees it, never the key
    label = catalogue(lang).label("statement.stand_for")
    assert all(label in f.message and "stand_for" not in f.message for f in found)


@pytest.mark.parametrize("lang", ["en", "nl", "it", "fr"])
def test_answers_in_the_expected_shape_get_no_rephrase_error(lang: str) -> None:
    assert rephrase_findings(render(lang)) == []


def test_an_english_statement_typed_as_a_sentence_is_said_as_one() -> None:
    """ "We should always tell the truth" is a profession statement of its own: said as it was
    typed, never after "I stand for"; nothing left to rephrase."""
    result = render("en", statement__stand_for="we should always tell the truth")
    assert "We should always tell the truth." in texts(result)
    assert "stand for we" not in texts(result) and "stands for we" not in texts(result)
    assert rephrase_findings(result) == []


def test_a_french_statement_typed_as_a_sentence_is_said_as_one() -> None:
    """ "Nous devons toujours dire la vérité" stands alone, never after "Je défends"."""
    result = render("fr", statement__stand_for="nous devons toujours dire la vérité")
    assert "Nous devons toujours dire la vérité." in texts(result)
    assert "défends nous" not in texts(result).casefold()
    assert rephrase_findings(result) == []


def test_the_answer_key_reaches_render_json() -> None:
    doc = render("en", future__change="we keep guessing when the data is there").json()
    keys = [c.get("key") for c in doc["checks"] if c["code"] == "rephrase"]
    assert keys and set(keys) == {"future.change"}
    json.dumps(doc)  # still plain JSON


@pytest.mark.parametrize(("lang", "answer", "reads"), [
    ("en", "that every child can read", "I stand for the principle that every child can read."),
    ("fr", "que chaque enfant sache lire", "Je défends l'idée que chaque enfant sache lire."),
    ("it", "che ogni famiglia capisca la bolletta",
     "Mi batto perché ogni famiglia capisca la bolletta."),
])
def test_a_that_clause_after_stand_for_is_reshaped(lang: str, answer: str, reads: str) -> None:
    result = render(lang, statement__stand_for=answer)
    assert reads in texts(result)
    assert rephrase_findings(result) == []


def test_italian_change_typed_with_the_stems_verb_reads_once() -> None:
    result = render("it", future__change="voglio che la gente capisca il solare")
    assert "Voglio che la gente capisca il solare." in texts(result)
    assert "Voglio cambiare voglio" not in texts(result)


def every_text(result: Any) -> str:
    return "\n".join(r.text for out in result.outputs.values() for r in out.alternatives)


def test_english_answers_from_the_eighth_blind_round() -> None:
    """Shapes blind writers typed that printed a false or broken sentence."""
    status = every_text(render("en", person__organisation="Currently Open To Work"))
    assert "Open To Work" not in status and " at Currently" not in status
    becoming = every_text(render("en", person__role="I'm becoming a Transport Planner"))
    assert "a becoming" not in becoming.casefold() and "transport planner" in becoming
    letter = every_text(render("en", expertise__areas=["R and mixed-effects models",
                                                       "field trial design"]))
    assert "R and mixed-effects models" in letter and "r and mixed" not in letter
    product = every_text(render("en", offer__help="Excel dashboards and MIS reports"))
    assert "help you Excel" not in product and "Excel dashboards" in product
    state = render("en", expertise__proof="I am having 4 years of experience in MIS reporting")
    assert not any(r.text.split(" | ")[-1].startswith("Am ")
                   for r in state.outputs["headline"].alternatives)
    clause = every_text(render("en", offer__help="bookkeeping, so that you can get on with "
                                                 "running your business"))
    assert "Looking for bookkeeping, so that" not in clause


def test_kindly_is_no_second_english_register() -> None:
    result = render("en", offer__call_to_action="Kindly send me a message.")
    assert not [f for out in result.outputs.values() for f in out.chosen.findings
                if f.code == "mixed_register"]
