"""Reading ease per language, from the pack's formula, outside `render`."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from wizard.core.readability import MIN_WORDS, readability_findings, reading

PLAIN = {
    "en": "I fix bikes. I like it a lot. My shop is small and near the park. Kids come in with "
          "flat tyres and I show them how to fix one. It takes ten minutes. Then they ride home. "
          "I want more kids to know how.",
    "nl": "Ik maak fietsen. Dat doe ik graag. Mijn winkel is klein en ligt bij het park. Kinderen "
          "komen met een lekke band en ik laat zien hoe je die plakt. Dat kost tien minuten. Dan "
          "fietsen ze naar huis. Ik wil dat meer kinderen dat kunnen.",
    "it": "Riparo biciclette. Mi piace molto. Il mio negozio è piccolo e sta vicino al parco. I "
          "bambini vengono con una gomma bucata e io mostro come si ripara. Ci vogliono dieci "
          "minuti. Poi tornano a casa in bici. Voglio che più bambini sappiano farlo.",
}
DENSE = {
    "en": "Notwithstanding considerable organisational heterogeneity, comprehensive "
          "infrastructural modernisation necessitates interdisciplinary collaboration, "
          "methodological rigour and sustained institutional commitment, particularly regarding "
          "interoperability, accountability and longitudinal evaluation of multidimensional "
          "performance indicators across decentralised administrative jurisdictions.",
    "nl": "Ondanks aanzienlijke organisatorische heterogeniteit vereist een alomvattende "
          "infrastructurele modernisering interdisciplinaire samenwerking, methodologische "
          "nauwkeurigheid en duurzame institutionele betrokkenheid, in het bijzonder betreffende "
          "interoperabiliteit, verantwoordingsmechanismen en longitudinale evaluatie van "
          "multidimensionale prestatie-indicatoren binnen gedecentraliseerde bestuurslagen.",
    "it": "Nonostante la considerevole eterogeneità organizzativa, l'ammodernamento "
          "infrastrutturale complessivo richiede collaborazione interdisciplinare, rigore "
          "metodologico e impegno istituzionale continuativo, particolarmente riguardo "
          "all'interoperabilità, alla responsabilizzazione e alla valutazione longitudinale di "
          "indicatori prestazionali multidimensionali nelle amministrazioni decentralizzate.",
}


@pytest.mark.parametrize("lang", sorted(PLAIN))
def test_plain_words_read_easier_than_dense_ones_in_each_language(lang: str) -> None:
    plain, dense = reading(PLAIN[lang], lang), reading(DENSE[lang], lang)
    assert plain is not None and dense is not None
    assert plain.score > dense.score
    assert plain.band == "easy" and dense.band == "hard"


def test_each_language_names_its_own_formula() -> None:
    names = {lang: reading(PLAIN[lang], lang).formula for lang in PLAIN}  # type: ignore[union-attr]
    assert names == {"en": "Flesch", "nl": "Flesch–Douma", "it": "Gulpease"}


def test_a_text_too_short_to_judge_gets_no_score() -> None:
    assert reading(" ".join(["word"] * (MIN_WORDS - 1)) + ".", "en") is None


def test_the_finding_is_info_in_the_packs_words_with_its_numbers() -> None:
    [finding] = readability_findings("summary", DENSE["nl"], "nl")
    assert finding.severity == "info" and finding.code == "readability"
    assert finding.message.startswith("Leesgemak ")
    assert "Flesch–Douma" in finding.message and "." not in finding.message.split()[1]
    assert readability_findings("headline", DENSE["nl"], "nl") == []


def test_check_reports_it_and_render_does_not_pay_for_it(tmp_path) -> None:
    about = tmp_path / "about.txt"
    about.write_text(DENSE["en"], encoding="utf-8")
    run = [sys.executable, "-m", "wizard", "check", "--summary", str(about), "--format", "json"]
    doc = json.loads(subprocess.run(run, capture_output=True, text=True, check=False).stdout)
    assert any(c["code"] == "readability" for c in doc["checks"])
    probe = ("import sys, wizard.core.render as r; "
             "from pathlib import Path; from wizard.core.model import load; "
             "r.Renderer().render(load(Path(sys.argv[1]))); print('textstat' in sys.modules)")
    maya = Path(__file__).resolve().parent / "fixtures" / "answers" / "en-maya.toml"
    out = subprocess.run([sys.executable, "-c", probe, str(maya)],
                         capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
