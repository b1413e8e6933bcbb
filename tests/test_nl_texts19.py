"""Dutch classes the native editors found in round 18's blind personas (issue #7): words typed
without their diaeresis or accent ("ideeen", "coordinator", "cafe"), acronyms typed in small
letters ("wrm papieren", "vca"), Flemish "ge/gij" in a u-text, and an offer without its verb."""

from __future__ import annotations

import copy
import tomllib
from pathlib import Path
from typing import Any

import pytest

from wizard.core.model import from_document
from wizard.core.render import Renderer

PERSONAS = Path(__file__).resolve().parent / "fixtures" / "personas"
FORMAL = {"register": "formal"}


def _render(answers: dict[str, Any]) -> tuple[str, list[str]]:
    """Every variant's text of nl-marloes with `answers` (section__field, or register) put
    in, and the messages of the error-level checks."""
    doc = tomllib.loads((PERSONAS / "nl-marloes.toml").read_text(encoding="utf-8"))
    for key, value in answers.items():
        section, _, field = key.rpartition("__")
        (doc.setdefault(section, {}) if section else doc)[field] = copy.deepcopy(value)
    result = Renderer().render(from_document(doc))
    rendered = [r for o in result.outputs.values() for r in [o.chosen, *o.alternatives]]
    errors = [c["message"] for c in result.json()["checks"] if c["severity"] == "error"]
    return "\n".join(r.text for r in rendered), errors


# answers -> what the texts hold -> what they never hold -> an error message's words (or "")
CASES: list[tuple[dict[str, Any], list[str], list[str], str]] = [
    # a diaeresis or accent lost in typing, where the bare form is no Dutch word
    ({"future__doing": "nieuwe ideeen uitwerken en financiele rust creeren"},
     ["nieuwe ideeën uitwerken en financiële rust creëren"], ["ideeen", "creeren"], ""),
    ({"statement__way_of_working": "Ik werk efficient en overleg graag in het cafe."},
     ["Ik werk efficiënt en overleg graag in het café."], ["efficient "], ""),
    ({"person__role": "coordinator facilitair"}, ["Coördinator facilitair"], ["Coordinator"], ""),
    ({"future__doing": "het project netjes beeindigen"}, ["het project netjes beëindigen"],
     [], ""),
    # an English title in Title Case stays English; "een"/"voor" never take an accent
    ({"person__role": "Project Coordinator"}, ["Project coordinator"], ["oördinator"], ""),
    ({"future__doing": "een plan voor de wijk maken"}, ["een plan voor de wijk maken"],
     ["één", "vóór"], ""),
    # acronyms typed in small letters: no vowel and no word, or on the pack's list; "zzp" and
    # "zzp'er" are written small, and so is a word of the lexicon ("btw", "cv")
    ({"future__doing": "mijn wrm papieren halen en mijn vca en bhv-diploma verlengen"},
     ["mijn WRM-papieren halen en mijn VCA en BHV-diploma verlengen"], ["wrm", "vca"], ""),
    ({"person__role": "zzp'er in de bouw", "expertise__areas": ["kpi's", "btw-aangifte", "cv"]},
     ["Zzp'er in de bouw", "KPI's, btw-aangifte en cv"], ["ZZP"], ""),
    # a degree in its own capitals, not all capitals
    ({"future__doing": "mijn msc halen en daarna een phd doen"},
     ["mijn MSc halen en daarna een PhD doen"], ["PHD", "MSC"], ""),
    # not in an address
    ({"offer__help": "een scan via www.wrm.nl of info@bhv.nl"}, ["www.wrm.nl of info@bhv.nl"],
     ["WRM.nl", "BHV.nl"], ""),
    # Flemish "ge"/"gij" in a u-text: the reader's "u", with the verb in its u-form
    ({**FORMAL, "offer__call_to_action": "Als ge vragen hebt, stuur gerust een bericht."},
     ["Als u vragen hebt, stuur gerust een bericht."], ["ge vragen"], ""),
    ({**FORMAL, "statement__stand_for": "beleid waar gij zijt wie ge zijt"},
     ["beleid waar u bent wie u bent"], ["zijt"], ""),
    ({**FORMAL, "offer__help": "advies als ge een huis zoekt"},
     ["advies als u een huis zoekt"], [" ge "], ""),
    # "je" after a subordinator: its verb comes last, after a noun ("als je vragen hebt")
    ({**FORMAL, "offer__help": "advies als je vragen hebt over je woning"},
     ["advies als u vragen hebt over uw woning"], [" je "], ""),
    # a verb the tables do not know: kept, and the register error names the question
    ({**FORMAL, "future__learn": "hoe ge mensen bereikt die ge nooit ziet"},
     ["hoe ge mensen bereikt"], [], "Wat ik nog wil leren"),
    # the offer's expression without its verb: the verb, as a noun, after "helpen met"
    ({**FORMAL, "offer__help": "uw administratie op orde"},
     ["Ik kan u helpen met het op orde brengen van uw administratie."],
     ["met uw administratie op orde"], ""),
    ({"offer__help": "je financiën op de rit krijgen"},
     ["met het op de rit krijgen van je financiën"], ["financiën op de rit"], ""),
    # no article first: kept, and the error names the question
    ({"offer__help": "werkgevers met hun administratie op orde"},
     ["werkgevers met hun administratie op orde"], ["het op orde brengen"],
     "Ik kan je helpen met"),
    # a bio pasted in the third person: the writer's first person, its verbs in the ik-form
    ({"person__role": "Marloes is een ervaren beleidsadviseur",
      "expertise__proof": "Marloes heeft in een half jaar vijf prestatieafspraken rond gekregen.",
      "statement__way_of_working": "Marloes neemt de tijd voor elk gesprek en werkt nauw "
                                   "samen met de corporaties.",
      "expertise__insight": "Ze gelooft dat gemeenten de regie weer terugnemen.",
      "future__doing": "Marloes Bakker gaat zich richten op betaalbare woningen."},
     ["Ik heb in een half jaar vijf prestatieafspraken rond gekregen.",
      "Ik neem de tijd voor elk gesprek en werk nauw samen met de corporaties.",
      "Ik geloof dat gemeenten de regie weer terugnemen.",
      "ga ik me richten op betaalbare woningen", "Ervaren beleidsadviseur"],
     ["Marloes heeft", "Marloes is", "ze gelooft", "zich richten"], ""),
    # another subject than the person stays: a value, a plural "ze"
    ({"statement__stand_for": "Veiligheid staat voorop",
      "drivers__why": "ze weten pas wat ze hebben als het weg is"},
     ["‘veiligheid staat voorop’", "want ze weten pas"], ["ik sta voorop"], ""),
    # "haar" before a noun in a woman's bio is "mijn", "zichzelf" "mezelf"; not elsewhere
    ({"statement__way_of_working": "Marloes neemt de tijd voor haar bewoners en bereidt "
                                   "zichzelf goed voor.",
      "drivers__why": "een thuis iets is wat een vrouw haar hele leven bij zich draagt"},
     ["Ik neem de tijd voor mijn bewoners en bereid mezelf goed voor.",
      "wat een vrouw haar hele leven"], ["zichzelf"], ""),
    # "Hij" after a sentence about someone else is that person
    ({"drivers__why": "mijn vader bouwde huizen. Hij is mijn voorbeeld."},
     ["Hij is mijn voorbeeld."], ["ik ben mijn voorbeeld"], ""),
    # every item typed with a capital: a sentence-case item whose first word is a common noun
    # or adjective is small in the sentence; a compound with a linking -s is a common noun
    ({"expertise__areas": ["Medicatiebewaking", "Farmaceutische patiëntenzorg",
                           "Arabisch en Engels", "Zwangerschapsangst"]},
     ["Ik weet veel van Arabisch en Engels, medicatiebewaking, farmaceutische patiëntenzorg "
      "en zwangerschapsangst."], ["Farmaceutische patiëntenzorg en", "Zwangerschapsangst."],
     ""),
    ({"expertise__areas": ["Renovatie van elektrische installaties", "AREI-keuringen",
                           "Belgische bieren"]},
     ["renovatie van elektrische installaties, AREI-keuringen en Belgische bieren"], [], ""),
    # items typed with semicolons are a list, their Title Case a style; a clause stays
    ({**FORMAL, "offer__help": "Risicoanalyse; Veiligheidsplan; Opleiding Van Uw Stewards"},
     # (the frame that carries them: tests/test_nl_texts20.py)
     ["risicoanalyse, veiligheidsplan en opleiding van uw stewards."],
     [";", "Opleiding Van"], ""),
    ({"expertise__areas": ["Risicoanalyse / Crowd management", "Toegangscontrole; camerabewaking",
                           "WMS / SAP EWM"]},
     ["risicoanalyse en crowd management", "toegangscontrole en camerabewaking",
      "WMS / SAP EWM"], [";"], ""),
    ({"statement__way_of_working": "Ik luister eerst; daarna schrijf ik het plan."},
     ["Ik luister eerst; daarna schrijf ik het plan."], [], ""),
    # a former job after "ex-" in a role is no name; a country keeps its capital
    ({"person__role": "Veiligheidsconsultant (ex-Hoofdinspecteur Politie)"},
     ["onsultant (ex-hoofdinspecteur politie)"], ["ex-Hoofdinspecteur"], ""),
    ({"person__role": "apotheker (diploma uit Syrië, in erkenningsprocedure)"},
     ["apotheker (diploma uit Syrië, in erkenningsprocedure)"], ["syrië"], ""),
    # the "we" voice: "gaan we" after "In de komende jaren" is the finite verb, kept
    ({"future__doing": "gaan we met ons team meer inzetten op zonnepanelen"},
     ["In de komende jaren gaan we met ons team meer inzetten op zonnepanelen."],
     ["We met ons team"], ""),
    # the stem's infinitive typed again still goes
    ({"future__doing": "terug aan de slag gaan als planner"},
     ["ga ik terug aan de slag als planner"], ["slag gaan"], ""),
    # an answer in English: its words kept, and the error names the question
    ({"drivers__why": "because medicines only help when patients understand how to take them"},
     ["medicines only help when patients understand"], [], "Dat vind ik belangrijk omdat"),
    # a hashtag in a sentence: kept, and the error names the question
    ({"statement__stand_for": "een plek waar elke jongere zich gehoord voelt #jongerenwerk"},
     ["gehoord voelt #jongerenwerk"], [], "hashtag"),
    # a smiley after a space keeps it, and no full stop follows it
    ({"drivers__why": "een thuis de basis is :)"}, ["de basis is :)"], [":).", "is:)"], ""),
    # a first name left small before a capitalised surname
    ({"person__name": "marloes Bakker"}, ["ik ben Marloes Bakker"], ["marloes Bakker"], ""),
    # a note to a recipient greeted with a title says "u", in a je-text too
    ({"invitation__recipient": "mevrouw Jansen", "invitation__context": "we elkaar spraken"},
     ["Beste mevrouw Jansen, ik wil u graag toevoegen", "Met vriendelijke groet"],
     ["ik wil je graag"], ""),
    ({"invitation__recipient": "Sietske", "invitation__context": "we elkaar spraken"},
     ["Hallo Sietske, ik wil je graag toevoegen"], [], ""),
    # a function word in capitals for emphasis is small; an acronym stays
    ({"future__change": "dat veiligheid pas ter sprake komt NA een incident bij de GGD"},
     ["pas ter sprake komt na een incident bij de GGD"], ["NA een"], ""),
    # the spoken "hè" after a sentence goes
    ({"statement__way_of_working": "Daar hoor ik wat er echt speelt, hè."},
     ["Daar hoor ik wat er echt speelt."], ["hè"], ""),
    # bullets one verb cannot carry stay, and the error names the question; bullets that all
    # end in a participle are one list
    ({"expertise__proof": "• 29 jaar politie, waarvan 12 als hoofdinspecteur • budgetten "
                          "tot €2,5 mln beheerd"},
     ["29 jaar politie, waarvan 12 als hoofdinspecteur • budgetten"], [], "bolletjes"),
    ({"expertise__proof": "• een meidengroep opgezet • twee buurtfeesten georganiseerd"},
     ["een meidengroep opgezet en twee buurtfeesten georganiseerd"], ["•"], ""),
    # a place after a comma in the organisation is "in" that place in a sentence
    ({"person__organisation": "Verloskundigenpraktijk De Wieg, Drachten"},
     ["bij Verloskundigenpraktijk De Wieg in Drachten."], ["De Wieg, Drachten."], ""),
    ({"person__organisation": "Bakker, Dijkstra"}, ["Bakker, Dijkstra."], [" in Dijkstra"], ""),
    # an English loan first in an item, names in brackets after it
    ({"expertise__areas": ["Motiverende gespreksvoering", "Groepswerk",
                           "Social media (TikTok / Insta)"]},
     ["groepswerk en social media (TikTok / Insta)"], ["Social media"], ""),
    # two things learnt take "zijn"; an "en" that may fall inside one thing keeps "is"
    ({"future__learn": "de nieuwe NIS2-regels en cyberbeveiliging"},
     ["Wat ik nog wil leren, zijn de nieuwe NIS2-regels en cyberbeveiliging."], [], ""),
    ({"future__learn": "werken met SAP en Salesforce"},
     ["Wat ik nog wil leren, is werken met SAP en Salesforce."], [], ""),
    ({"future__learn": "fundraisen en een salesteam opbouwen"},
     ["Wat ik nog wil leren, is fundraisen en een salesteam opbouwen."], [], ""),
    # a method's name typed small gets its capitals
    ({"future__learn": "lean six sigma en leidinggeven op afstand"},
     ["zijn Lean Six Sigma en leidinggeven op afstand"], ["lean six"], ""),
    # a proof that doubts itself: kept, and the error names the question
    ({"expertise__proof": "een meidengroep opgezet, geloof ik wel best succesvol"},
     ["een meidengroep opgezet, geloof ik wel best succesvol"], [], "geloof ik"),
]


@pytest.mark.parametrize(("answers", "expected", "forbidden", "error"), CASES)
def test_the_texts_read_as_an_editor_would_write_them(answers: dict[str, Any],
                                                      expected: list[str],
                                                      forbidden: list[str], error: str) -> None:
    texts, errors = _render(answers)
    for e in expected:
        assert e in texts
    for f in forbidden:
        assert f not in texts
    if error:
        assert any(error in m for m in errors), errors
