"""Round 16 of the job-ad match, on eight ads written the way companies write them
(tests/fixtures/ads/round16, two per language, one Flemish): an acronym the ad defines is one
term with its name; places (towns, regions, countries) and the company's name are no terms;
a lone qualifier is none either; a benefit in Flemish is boilerplate."""

from __future__ import annotations

from pathlib import Path

import pytest

from wizard.core.match import analyse, match
from wizard.core.match.acronyms import definitions
from wizard.core.match.fold import fold, tokens
from wizard.core.match.packs import pack
from wizard.core.model import Answers

ROUND = Path(__file__).parent / "fixtures" / "ads" / "round16"
ADS = sorted(p.name for p in ROUND.glob("*.md"))


def text(name: str) -> str:
    return (ROUND / name).read_text(encoding="utf-8")


def terms(name: str) -> list[str]:
    return [t.text for t in analyse(text(name)).terms]


def words_of(shown: list[str]) -> set[str]:
    return {t.folded for term in shown for t in tokens(term)}


# the acronyms each ad defines, with their names as the ad writes them
DEFINED = {
    "en-customer-success.md": {"CRM": "Customer Relationship Management",
                               "NPS": "Net Promoter Score", "SLAs": "Service Level Agreements",
                               "KPIs": "Key Performance Indicators"},
    "en-operations-manager.md": {"WMS": "warehouse management system"},
    "nl-financieel-administratief.md": {"ERP": "Enterprise Resource Planning",
                                        "PDB": "Praktijkdiploma Boekhouden"},
    "it-addetto-paghe.md": {"CU": "Certificazione Unica", "TFR": "Trattamento di Fine Rapporto",
                            "CCNL": "Contratto Collettivo Nazionale di Lavoro"},
    "it-digital-marketing.md": {"SEO": "Search Engine Optimization"},
    "fr-charge-clientele.md": {
        "GRC": "Gestion de la Relation Client",
        "LCB-FT": "Lutte Contre le Blanchiment des capitaux et le Financement du Terrorisme"},
    "fr-comptable.md": {"PGI": "Progiciel de Gestion Intégré"},
}


def test_every_ad_is_a_real_one_of_its_language() -> None:
    assert len(ADS) == 8
    for name in ADS:
        ad = analyse(text(name))
        assert ad.lang == name[:2] and ad.source == "detected", name
        assert 2000 <= len(text(name)) <= 5000, name
        assert len(ad.terms) == 25, name


@pytest.mark.parametrize("name", sorted(DEFINED))
def test_the_acronyms_an_ad_defines_are_read(name: str) -> None:
    found = {d.acronym: d.name for d in definitions(text(name), pack(name[:2]))}
    assert found == DEFINED[name]


def test_brackets_that_define_nothing_are_no_acronym() -> None:
    en = pack("en")
    for line in ("Chargé(e) de clientèle entreprises (H/F)", "experience with CRM tools (CRM)",
                 "customer relationship tools and platforms (CRM)", "Monza (MB)", "see (A)",
                 "Nantes (44)", "working with the team (TEAM)"):
        assert definitions(line, en) == (), line


@pytest.mark.parametrize("name", sorted(DEFINED))
def test_a_defined_acronym_and_its_name_are_one_term(name: str) -> None:
    shown = terms(name)
    folded = {fold(t) for t in shown}
    for acronym, full in DEFINED[name].items():
        one = f"{full} ({acronym})"
        assert one in shown, (one, shown)
        # neither the acronym alone nor a part of the name is another term
        assert fold(acronym) not in folded, (acronym, shown)
        parts = [t.folded for t in tokens(full)]
        for a in range(len(parts)):
            for b in range(a + 2, len(parts) + 1):
                if b - a < len(parts):
                    assert " ".join(parts[a:b]) not in {
                        " ".join(x.folded for x in tokens(t)) for t in shown}, (parts[a:b], shown)


def _found(name: str, lang: str, expertise: list[str]) -> dict[str, tuple[bool, str | None, str]]:
    a = Answers(lang)
    a.set("person.role", "Office Manager" if lang == "en" else "x")
    a.set("expertise.areas", expertise)
    return {t.term.text: (t.found and not t.partial, t.matched_as,
                          t.hits[0].words if t.hits else "")
            for t in match(analyse(text(name)), a, {}).terms}


def test_the_acronym_in_a_profile_carries_the_name_in_the_ad() -> None:
    got = _found("en-customer-success.md", "en", ["CRM", "NPS"])
    assert got["Customer Relationship Management (CRM)"] == (True, "exact", "CRM")
    assert got["Net Promoter Score (NPS)"] == (True, "exact", "NPS")
    assert not got["Service Level Agreements (SLAs)"][0]
    got = _found("nl-financieel-administratief.md", "nl", ["ERP"])
    assert got["Enterprise Resource Planning (ERP)"] == (True, "exact", "ERP")
    got = _found("fr-comptable.md", "fr", ["déploiement d'un PGI"])
    assert got["Progiciel de Gestion Intégré (PGI)"] == (True, "exact", "PGI")


def test_the_name_in_a_profile_carries_the_acronym_in_the_ad() -> None:
    # the Italian ad says "SEO" twice more, and names it once: a profile that writes the
    # name out has what the ad asks, though it never wrote "SEO"
    got = _found("it-digital-marketing.md", "it", ["search engine optimization"])
    assert got["Search Engine Optimization (SEO)"][:2] == (True, "exact")
    got = _found("it-addetto-paghe.md", "it", ["calcolo del trattamento di fine rapporto"])
    assert got["Trattamento di Fine Rapporto (TFR)"][0]
    got = _found("fr-charge-clientele.md", "fr", ["outils de gestion de la relation client"])
    assert got["Gestion de la Relation Client (GRC)"][0]


def test_an_acronym_the_ad_does_not_define_is_looked_for_as_before() -> None:
    ad = analyse("Accountant\n\nWhat you'll do\n- Prepare VAT returns and the month-end close\n"
                 "- Keep the ERP up to date\n\nAbout you\n- Knowledge of Sage and of VAT rules\n"
                 "- Experience with an ERP\n")
    shown = [t.text for t in ad.terms]
    assert "ERP" in shown and all("(" not in t for t in shown)


# the company's name and every place each ad names: never a term, nor a word of one
NAMES = {
    "en-customer-success.md": ["Brightwave", "London", "Old Street"],
    "en-operations-manager.md": ["Northgate", "Freight", "Manchester", "Warrington", "Preston",
                                 "Lancashire", "Yorkshire", "Midlands", "Scotland", "Leeds",
                                 "Sheffield", "Glasgow", "Trafford", "North West", "England"],
    "nl-financieel-administratief.md": ["Verhoef", "Installatietechniek", "Utrecht",
                                        "Amersfoort", "Nieuwegein", "Gooi"],
    "nl-projectleider-vlaanderen.md": ["Van Damme", "Zonen", "Oost-Vlaanderen", "Gent",
                                       "Aalst", "Eeklo", "Meetjesland"],
    "it-addetto-paghe.md": ["Ferrari", "Milano", "Monza", "Lombardia", "Porta Romana", "Lodi"],
    "it-digital-marketing.md": ["Cavalieri", "Gragnano", "Castellammare", "Stabia", "Napoli",
                                "Bologna", "Milano", "campana"],
    "fr-charge-clientele.md": ["Rhodanien", "Auvergne-Rhône-Alpes", "Lyon", "Grenoble",
                               "Saint-Étienne", "Annecy", "Part-Dieu"],
    "fr-comptable.md": ["Kerbrat", "Vannes", "Morbihan", "Nantes", "France", "Belgique",
                        "Suisse", "bretonne"],
}


@pytest.mark.parametrize("name", ADS)
def test_places_and_the_company_are_no_terms(name: str) -> None:
    said = words_of(terms(name))
    for n in NAMES[name]:
        assert not {t.folded for t in tokens(n)} & said, (n, terms(name))


# regions in the requirements themselves, where a word is weighed most
REGIONS = {
    "en": ("Area Sales Manager\n\nWhat you'll do\n- Grow accounts across Yorkshire, Lancashire"
           " and the North East\n- Visit customers in the Midlands and Cumbria every week\n"
           "- Build a pipeline in Scotland and Northern Ireland\n\nAbout you\n- Knowledge of "
           "the retail market in Yorkshire\n- Experience selling packaging machinery to food "
           "manufacturers\n- Negotiation skills and CRM discipline\n",
           ["Yorkshire", "Lancashire", "North East", "Midlands", "Cumbria", "Scotland",
            "Northern Ireland"]),
    "nl": ("Accountmanager\n\nWat ga je doen?\n- Je bouwt een netwerk op in Oost-Vlaanderen en "
           "West-Vlaanderen\n- Je bezoekt klanten in Noord-Brabant, Limburg en de Randstad\n"
           "- Je kent Wallonië en Vlaams-Brabant\n\nWat vragen wij?\n- Ervaring met verkoop van "
           "verpakkingsmachines\n- Kennis van de regio Twente en de Achterhoek\n"
           "- Onderhandelingsvaardigheden en CRM-discipline\n",
           ["Oost-Vlaanderen", "West-Vlaanderen", "Noord-Brabant", "Limburg", "Randstad",
            "Wallonië", "Vlaams-Brabant", "Twente", "Achterhoek"]),
    "it": ("Area Manager\n\nAttività principali\n- sviluppo del portafoglio clienti in "
           "Lombardia, Veneto ed Emilia-Romagna\n- visite ai clienti in Toscana e nelle Marche\n"
           "- conoscenza del territorio del Piemonte e della Liguria\n\nRequisiti\n- esperienza"
           " nella vendita di macchine per il confezionamento\n- capacità di negoziazione e uso"
           " del CRM\n",
           ["Lombardia", "Veneto", "Emilia-Romagna", "Toscana", "Marche", "Piemonte", "Liguria"]),
    "fr": ("Responsable commercial\n\nVos missions\n- Vous développez le portefeuille en "
           "Île-de-France et dans les Hauts-de-France\n- Vous visitez les clients de Bretagne, "
           "de Normandie et des Pays de la Loire\n- Vous connaissez l'Occitanie et la "
           "Nouvelle-Aquitaine\n\nVotre profil\n- Expérience de la vente de machines "
           "d'emballage\n- Sens de la négociation et pratique du CRM\n",
           ["Île-de-France", "Hauts-de-France", "Bretagne", "Normandie", "Pays", "Loire",
            "Occitanie", "Nouvelle-Aquitaine"]),
}


@pytest.mark.parametrize("lang", sorted(REGIONS))
def test_regions_are_no_terms_even_in_the_requirements(lang: str) -> None:
    ad, regions = REGIONS[lang]
    shown = [t.text for t in analyse(ad, lang).terms]
    said = words_of(shown)
    for r in regions:
        assert not {t.folded for t in tokens(r)} & said, (r, shown)
    assert any("CRM" in t for t in shown)  # the ad's skills are still there


# qualifiers the ads use: how, not what; alone or in a term, never a word of one
QUALIFIERS = {
    "en": ["comfortable", "larger", "genuinely", "excellent", "strong", "occasionally"],
    "nl": ["verdere", "juiste", "aansluitend", "regelmatig", "strikt", "vlot", "gelijkaardige",
           "sterke", "nauwkeurig", "ervan"],
    "it": ["ottima", "ottime", "spiccate", "particolare", "ciascun", "materia",
           "preferibilmente", "indicativamente", "analoghi", "stimolante"],
    "fr": ["adaptées", "matière", "excellent", "excellentes", "prononcé", "notamment",
           "idéalement", "privilégié"],
}


@pytest.mark.parametrize("name", ADS)
def test_a_qualifier_is_no_word_of_a_term(name: str) -> None:
    said = words_of(terms(name))
    assert not said & {fold(q) for q in QUALIFIERS[name[:2]]}, terms(name)


def test_an_adjective_of_relation_is_a_term_only_with_its_noun() -> None:
    shown = terms("it-addetto-paghe.md")
    assert "gestione degli adempimenti contributivi" in shown
    for lone in ("fiscali mensili", "previdenziali", "professionali", "fiscali"):
        assert lone not in shown, shown
    ad = analyse("Addetta contabile\n\nResponsabilità\n- predisposizione della reportistica "
                 "mensile\n- adempimenti fiscali mensili\n- rapporti con gli istituti "
                 "previdenziali\n\nRequisiti\n- esperienza in studi professionali\n", "it")
    shown = [t.text for t in ad.terms]
    assert any("reportistica mensile" in t for t in shown)  # with its noun, a term
    assert "istituti previdenziali" in shown
    assert not {"mensile", "mensili", "fiscali", "fiscali mensili", "previdenziali",
                "professionali"} & set(shown), shown


def test_a_word_ending_as_a_qualifier_is_one_only_when_long_enough() -> None:
    it, fr, en = pack("it"), pack("fr"), pack("en")
    assert it.ignorable("indicativamente") and it.ignorable("direttamente")
    assert not it.ignorable("mente") and not it.ignorable("gestione")
    assert fr.ignorable("notamment") and fr.ignorable("generalement")
    assert not fr.ignorable("renouvellement") and not fr.ignorable("management")
    assert en.ignorable("genuinely") and not en.ignorable("supply") \
        and not en.ignorable("assembly")


def test_flemish_benefits_are_boilerplate_without_their_heading() -> None:
    # the same ad with its "Ons aanbod" heading gone: the benefits stand among the tasks
    ad = text("nl-projectleider-vlaanderen.md").replace("Ons aanbod\n\n", "")
    said = words_of([t.text for t in analyse(ad).terms])
    for word in ("maaltijdcheques", "ecocheques", "hospitalisatieverzekering",
                 "bedrijfswagen", "tankkaart", "loonpakket", "kandidatuur", "duur"):
        assert fold(word) not in said, word


def test_the_first_part_of_a_compound_whose_head_comes_later_is_no_term() -> None:
    said = words_of(terms("nl-projectleider-vlaanderen.md"))
    assert not {"veiligheids", "gezondheids"} & said
    assert [t.folded for t in tokens("full- and part-time work")] == ["and", "parttime", "work"]


def test_six_sigma_is_one_term() -> None:
    assert "Six Sigma methods" in terms("en-operations-manager.md")


# clichés and conditions an ad puts among its requirements: no term, nor a word of one; the
# skill in the same list still is
WEAK = {
    "en": ("Marketing Executive\n\nAbout you\n- You can hit the ground running in a fast-paced "
           "start-up\n- A team player with a can-do attitude and a growth mindset\n- Happy to "
           "wear many hats\n- Full right to work in the UK and a full driving licence\n"
           "- Competitive salary and career progression for the right person\n- Experience "
           "with Google Ads and email marketing\n- You are a self-starter who can work on your "
           "own initiative\n- Immediate start available, flexible working\n",
           ["ground", "running", "hats", "attitude", "mindset", "uk", "licence", "competitive",
            "progression", "happy", "flexible", "initiative", "starter"]),
    "nl": ("Marketingmedewerker\n\nWat vragen wij?\n- Je bent een echte teamspeler met een "
           "hands-on mentaliteit\n- Je bent flexibel en hebt een positieve instelling\n- Je "
           "kunt goed samenwerken in teamverband\n- Je houdt van korte lijnen en een informele "
           "werksfeer\n- Er zijn volop doorgroeimogelijkheden\n- Ervaring met Google Ads en "
           "e-mailmarketing\n- Je bent per direct beschikbaar\n- In het bezit van een rijbewijs "
           "B\n",
           ["mentaliteit", "flexibel", "instelling", "teamverband", "lijnen", "werksfeer",
            "doorgroeimogelijkheden", "direct", "beschikbaar", "bezit", "rijbewijs"]),
    "it": ("Addetto Marketing\n\nRequisiti\n- predisposizione al lavoro in team e orientamento "
           "al risultato\n- ambiente giovane e dinamico, disponibilità immediata\n- serietà, "
           "puntualità e flessibilità\n- automunito/a e disponibile a trasferte\n- esperienza "
           "con Google Ads ed email marketing\n- completano il profilo spirito di iniziativa e "
           "voglia di crescere\n- si richiede massima serietà\n",
           ["predisposizione", "risultato", "giovane", "immediata", "serieta", "puntualita",
            "automunito", "trasferte", "completano", "profilo", "voglia", "crescere"]),
    "fr": ("Chargé de marketing\n\nVotre profil\n- Vous êtes force de proposition et doté d'un "
           "bon relationnel\n- Vous avez l'esprit d'équipe et le sens du service\n- Poste à "
           "pourvoir dès que possible\n- Votre savoir-être et votre capacité d'adaptation "
           "feront la différence\n- Expérience de Google Ads et de l'emailing\n- Permis B "
           "exigé\n- Vous souhaitez évoluer dans une structure à taille humaine\n",
           ["proposition", "dote", "pourvoir", "savoiretre", "difference", "permis", "evoluer",
            "structure", "taille", "humaine"]),
}


@pytest.mark.parametrize("lang", sorted(WEAK))
def test_cliches_and_conditions_among_the_requirements_are_no_terms(lang: str) -> None:
    ad, weak = WEAK[lang]
    shown = [t.text for t in analyse(ad, lang).terms]
    assert not words_of(shown) & set(weak), shown
    assert "Google Ads" in shown
