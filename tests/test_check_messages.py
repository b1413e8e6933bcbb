"""No check message shows an answer's key ("offer.call_to_action", "stand_for") to the person:
a message names the question by its label, in the writer's language and register."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest
from persona_renders import rendered

from wizard.core.catalogue import catalogue
from wizard.core.checks import check_specs
from wizard.core.languages import available_languages
from wizard.core.model import FIELDS, load

HERE = Path(__file__).resolve().parent
# the dotted keys and the names with an underscore: no word a writer would use
LEAKS = tuple(f.key for f in FIELDS) + tuple(f.name for f in FIELDS if "_" in f.name)
PERSONAS = sorted(p for d in ("answers", "personas")
                  for p in (HERE / "fixtures" / d).iterdir() if p.suffix in (".toml", ".json"))


def _leaks(message: str) -> list[str]:
    return [k for k in LEAKS if re.search(rf"(?<![\w.]){re.escape(k)}(?![\w])", message)]


class _Any(dict[str, str]):
    def __missing__(self, name: str) -> str:
        return f"<{name}>"


@pytest.mark.parametrize("lang", available_languages())
def test_no_check_message_names_an_answer_key(lang: str) -> None:
    """Every message of every pack, with every placeholder filled: {key} is gone, and a
    message that names an answer does so with {question}."""
    for spec in check_specs(lang):
        fields = {f for _, f, _, _ in string.Formatter().parse(spec.message) if f}
        assert "key" not in fields, f"{lang} {spec.code}: uses {{key}}, not {{question}}"
        said = spec.message.format_map(_Any(question=catalogue(lang).label("offer.help")))
        assert not _leaks(said), f"{lang} {spec.code}: {said}"
    for q in catalogue(lang).questions:
        for r in q.rephrase:
            assert not _leaks(r.hint), f"{lang} {q.key} hint: {r.hint}"


@pytest.mark.parametrize("lang", available_languages())
def test_the_label_is_the_question_in_the_writers_register(lang: str) -> None:
    c = catalogue(lang)
    for q in c.questions:
        label = c.label(q.key)
        assert label.endswith(" …") and label.startswith(q.stem.rstrip(" :…")[:8])
        assert not _leaks(label)
        if q.stem_formal:
            assert c.label(q.key, "formal").startswith(q.stem_formal.rstrip(" :…"))


def test_the_english_label_reads_like_the_wizard() -> None:
    assert catalogue("en").label("drivers.values") == "What drives me …"
    assert catalogue("en").label("offer.help", "formal") == "I can help you with …"


@pytest.mark.parametrize("persona", PERSONAS, ids=lambda p: p.stem)
def test_no_rendered_finding_names_an_answer_key(persona: Path) -> None:
    answers = load(persona)
    if answers.lang not in available_languages():
        pytest.skip("a language we do not offer")
    _, result = rendered(persona)  # the render test_golden compares
    for o in result.outputs.values():
        for r in o.alternatives:
            for f in r.findings:
                assert not _leaks(f.message), f"{r.output}/{r.variant}: {f.message}"


def test_a_question_label_ends_in_one_space_and_an_ellipsis() -> None:
    # French stems end in a no-break space and a colon ("Ce que je connais le mieux :"): the
    # label drops both, never leaving two spaces before the ellipsis
    from wizard.core.catalogue import catalogue
    for code in ("en", "nl", "it", "fr"):
        cat = catalogue(code)
        for q in cat.questions:
            for register in ("informal", "formal"):
                label = cat.label(q.key, register)
                bare = label.removesuffix(" …")
                assert bare != label, (code, q.key, label)
                assert not bare.endswith((" ", "\u00a0", "\u202f", ":")), (code, q.key, label)
