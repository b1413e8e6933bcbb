"""A missing required answer is named in words a person knows: the key a file author types
and the question's label in the profile's language, by `render`, `profiles show` and `match`."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from test_cli import assert_one_line_error, run

from wizard.cli import cli
from wizard.core.catalogue import catalogue, missing_phrase
from wizard.core.model import load

# Everything but offer.help ("What you can help with"), in each language.
ANSWERS = {
    "en": {"name": "Maya Okafor", "role": "data engineer", "doing": "build data platforms",
           "audience": "logistics scale-ups", "values": ["clarity"], "areas": ["Python"],
           "stand_for": "plain words"},
    "fr": {"name": "Claire Dubois", "role": "ingénieure", "doing": "concevoir des réseaux",
           "audience": "les villes", "values": ["clarté"], "areas": ["réseaux de chaleur"],
           "stand_for": "un travail clair"},
    "nl": {"name": "Sam de Vries", "role": "UX-onderzoeker", "doing": "diensten verbeteren",
           "audience": "gemeenten", "values": ["helderheid"], "areas": ["onderzoek"],
           "stand_for": "begrijpelijke taal"},
}


def without_offer(lang: str, register: str = "") -> str:
    a = ANSWERS[lang]
    return (f'schema = 1\nlang = "{lang}"\n'
            + (f'register = "{register}"\n' if register else "")
            + f'[person]\nname = "{a["name"]}"\nrole = "{a["role"]}"\n'
            f'[future]\ndoing = "{a["doing"]}"\naudience = "{a["audience"]}"\n'
            f'[drivers]\nvalues = {a["values"]!r}\n'.replace("'", '"')
            + f'[expertise]\nareas = {a["areas"]!r}\n'.replace("'", '"')
            + f'[statement]\nstand_for = "{a["stand_for"]}"\n')


def named(lang: str, key: str = "offer.help", register: str = "") -> str:
    return f"'{key}' ({catalogue(lang).label(key, register)})"


@pytest.mark.parametrize("lang", list(ANSWERS))
def test_render_names_the_missing_answer_by_key_and_question(tmp_path: Path, lang: str) -> None:
    path = tmp_path / "p.toml"
    path.write_text(without_offer(lang), encoding="utf-8")
    label = catalogue(lang).label("offer.help")
    assert label.endswith("…") and "offer" not in label  # a question, not the key again
    assert_one_line_error(*run("render", path), f"missing required answer {named(lang)}")


def test_several_missing_answers_are_each_named(tmp_path: Path) -> None:
    path = tmp_path / "few.toml"
    path.write_text('schema = 1\nlang = "nl"\n[person]\nname = "Sam"\n', encoding="utf-8")
    answers = load(path, partial=True)
    phrase = missing_phrase(answers)
    assert phrase is not None
    text = phrase.text("en")
    assert text.startswith(f"missing required answer {named('nl', 'person.role')} (and 6 more: ")
    for key in answers.missing():
        assert named("nl", key) in text, key


def test_profiles_show_names_the_missing_answer_by_key_and_question(tmp_path: Path) -> None:
    path = tmp_path / "claire.toml"
    path.write_text(without_offer("fr"), encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(cli, ["profiles", "import", str(path)])
    assert result.exit_code == 0, result.output
    out = runner.invoke(cli, ["profiles", "show", "claire"]).stdout
    assert f"missing required answer {named('fr')}" in out, out


def test_match_names_the_missing_answer_by_key_and_question(tmp_path: Path) -> None:
    """The report is in the profile's language: its sentence and its question."""
    from wizard.core.words import words

    path = tmp_path / "claire.toml"
    path.write_text(without_offer("fr"), encoding="utf-8")
    ad = tmp_path / "ad.txt"
    ad.write_text(
        "Ingénieur réseaux de chaleur (H/F) — Lyon\n\nNous recherchons un ingénieur pour "
        "concevoir des réseaux de chaleur urbains. Missions : dimensionnement hydraulique, "
        "études de faisabilité, suivi de chantier, relation avec les collectivités. Profil : "
        "diplôme d'ingénieur en génie thermique, maîtrise d'AutoCAD et de logiciels de "
        "simulation énergétique, permis B. Expérience en gestion de projet appréciée.\n",
        encoding="utf-8")
    code, out, err = run("match", ad, path)
    assert code == 0, err
    sentence = words("fr")("errors.missing_answer", answer=named("fr"))
    assert sentence.startswith("la réponse obligatoire 'offer.help' (Je peux vous aider")
    assert words("fr")("match.not_rendered", problem=sentence) in out, out
