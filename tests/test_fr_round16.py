"""French classes native editors found on round 15's blind personas (issue #7): Title Case
typed with its small words, a value typed as a sentence, the frame for an organisation (a
public body, a region, a frame typed with it, the person's own company), slash roles, a
"que" typed after a stem that ends with it, and brands spelled as they spell themselves."""

from __future__ import annotations

import pytest

from tests.test_fr_grammar import checks, every_text, render


@pytest.mark.parametrize(("audience", "reads", "never"), [
    ("Dirigeants De PME", "dirigeants de PME", "De PME"),
    ("Les Dirigeants De PME Et De TPE", "aux dirigeants de PME et de TPE", "Dirigeants De"),
    ("Artisans Et Commerçants Du Grand Est", "artisans et commerçants du Grand Est", "Et Comm"),
    ("Responsables RH Sur LinkedIn", "responsables RH sur LinkedIn", "Sur"),
])
def test_title_case_audience_is_lowered_around_its_names(audience: str, reads: str,
                                                         never: str) -> None:
    text = every_text(render(future__audience=audience))
    assert reads in text
    assert never not in text


def test_a_title_typed_with_small_words_elsewhere_is_lowered_too() -> None:
    text = every_text(render(future__doing="Former Les Artisans À LinkedIn Et À SAP"))
    assert "former les artisans à LinkedIn et à SAP" in text


def test_a_value_typed_as_a_sentence_is_quoted_and_named_in_an_error() -> None:
    result = render(drivers__values=["Je crois que l'honnêteté est la base de tout",
                                     "la rigueur"])
    text = every_text(result)
    # the opinion typed before it is no value; the other value keeps its article
    assert "«\u00a0l'honnêteté est la base de tout\u00a0» et la rigueur" in text
    assert "je crois que l'honnêteté" not in text.lower()
    assert " et rigueur" not in text
    found = checks(result, "rephrase")
    assert found and all(f.severity == "error" for f in found)
    assert any("Ce qui me motive" in f.message for f in found)


def test_a_value_with_a_relative_clause_is_no_sentence() -> None:
    result = render(drivers__values=["ce qui est juste", "la rigueur"])
    assert "«\u00a0ce qui est juste" not in every_text(result)
    assert not [f for f in checks(result, "rephrase") if "Ce qui me motive" in f.message]


@pytest.mark.parametrize(("role", "org", "reads"), [
    ("secrétaire générale", "Mairie de Lille", "secrétaire générale à la Mairie de Lille"),
    ("agent technique", "Ville de Namur", "agent technique à la Ville de Namur"),
    ("ingénieure", "Conseil départemental du Nord", "ingénieure au Conseil départemental du Nord"),
    ("chargée de mission", "la Région Hauts-de-France",
     "chargée de mission à la Région Hauts-de-France"),
    ("juriste", "au sein de la Caisse d'Épargne", "juriste au sein de la Caisse d'Épargne"),
    ("juriste", "à la Mairie de Lille", "juriste à la Mairie de Lille"),
    ("juriste", "Au sein de Michelin", "juriste au sein de Michelin"),
    ("juriste", "À la Mairie de Lille", "juriste à la Mairie de Lille"),
    ("consultante", "mon entreprise, Conseil Plus",
     "consultante dans mon entreprise, Conseil Plus"),
    ("UX/UI designer", "Hauts-de-France", "UX/UI designer dans la région Hauts-de-France"),
    ("chargée de mission", "Wallonie", "chargée de mission en Wallonie"),
])
def test_organisation_frames(role: str, org: str, reads: str) -> None:
    text = every_text(render(person__role=role, person__organisation=org))
    assert reads in text
    assert "chez " + org.split(" ")[0] not in text
    assert ", au sein" not in text and ", à la" not in text


def test_a_status_typed_as_organisation_keeps_its_comma() -> None:
    text = every_text(render(person__role="juriste",
                             person__organisation="à la recherche d'un emploi"))
    assert "juriste, à la recherche d'un emploi" in text


@pytest.mark.parametrize(("role", "reads", "never"), [
    ("Plombier/Chauffagiste", "plombier/chauffagiste", "/Chauffagiste"),
    ("Fondatrice/Gérante", "fondatrice/gérante", "/Gérante"),
    ("Développeuse Full-Stack/DevOps", "développeuse full-stack/DevOps", "Full-Stack"),
    ("UX/UI designer", "UX/UI designer", "ux/ui"),
])
def test_slash_roles_keep_their_slash_and_lose_title_case(role: str, reads: str,
                                                          never: str) -> None:
    text = every_text(render(person__role=role))
    assert reads in text
    assert never not in text


@pytest.mark.parametrize(("key", "answer", "reads"), [
    ("expertise__insight", "qu'on va manquer d'artisans", "Je crois qu'on va manquer"),
    ("drivers__why", "qu'on me fait confiance", "parce qu'on me fait confiance"),
    ("expertise__insight", "que les artisans vont manquer", "Je crois que les artisans"),
])
def test_a_que_typed_after_a_stem_that_ends_with_it_is_said_once(key: str, answer: str,
                                                                reads: str) -> None:
    text = every_text(render(**{key: answer}))
    assert reads in text
    assert "que qu'" not in text and "que que" not in text


@pytest.mark.parametrize(("area", "reads"), [
    ("formation Linkedin", "formation LinkedIn"),
    ("dossiers maprimerénov'", "dossiers MaPrimeRénov'"),
    ("Dossiers MaPrimeRénov'", "dossiers MaPrimeRénov'"),
    ("intégration sap", "intégration SAP"),
])
def test_brands_keep_their_own_spelling(area: str, reads: str) -> None:
    text = every_text(render(expertise__areas=[area, "gestion de projet"]))
    assert reads in text


# Round 16's blind personas (tests/fixtures/personas/fr-*16.toml)

def test_a_farm_company_form_takes_its_article() -> None:
    text = every_text(render(person__role="éleveur laitier",
                             person__organisation="GAEC des Trois Sapins (Jura)"))
    assert "éleveur laitier au sein du GAEC des Trois Sapins (Jura)" in text
    assert "chez GAEC" not in text


def test_a_name_before_its_appellation_keeps_its_capital() -> None:
    text = every_text(render(person__role="Producteur de lait à Comté AOP"))
    assert "producteur de lait à Comté AOP" in text


def test_the_role_does_not_name_the_organisation_twice() -> None:
    text = every_text(render(person__role="céramiste et propriétaire d'atelier",
                             person__organisation="Atelier Bleu Fleuve"))
    assert "céramiste et propriétaire de l'Atelier Bleu Fleuve" in text
    assert "d'atelier de l'Atelier" not in text


@pytest.mark.parametrize(("audience", "reads"), [
    ("les jeunes qui veulent s'installer en élevage, les lycées agricoles et la coopérative",
     "aux jeunes qui veulent s'installer en élevage, aux lycées agricoles et à la coopérative"),
    # the items may be the relative's objects: as typed
    ("les artisans qui travaillent le bois, le métal et la pierre",
     "aux artisans qui travaillent le bois, le métal et la pierre"),
])
def test_a_list_after_a_relative_clause(audience: str, reads: str) -> None:
    assert reads in every_text(render(future__audience=audience))


def test_title_case_list_items_are_lowered_with_their_small_words() -> None:
    text = every_text(render(
        expertise__areas=["Gestion Des Stocks", "Merchandising", "Planning Des Équipes",
                          "Relation Client"],
        drivers__values=["Le Sens Du Client", "Esprit D'équipe"]))
    assert "gestion des stocks, merchandising, planning des équipes et relation client" in text
    assert "le sens du client et l'esprit d'équipe" in text


def test_a_role_typed_without_its_accents_is_named_in_an_error() -> None:
    # "equipe" is written "équipe" now (lexicon/accents.txt); "depannage" has no single answer
    result = render(person__role="Chef d'equipe depannage voirie")
    assert any("Je suis (ou je deviens)" in f.message for f in checks(result, "rephrase"))


def test_siege_without_its_accent_is_written_with_it() -> None:
    result = render(statement__boundary="je m'appuie sur le siege pour la paie")
    assert "le siège pour la paie" in every_text(result)
    assert not any("accents" in f.message for f in checks(result, "rephrase"))


def test_an_appellation_keeps_its_name_capitalised_in_a_list() -> None:
    text = every_text(render(expertise__areas=["Élevage de Montbéliardes",
                                               "Cahier des charges Comté AOP",
                                               "Prairies naturelles"]))
    assert "cahier des charges Comté\u00a0AOP" in text
    assert "comté" not in text.replace("Comté\u00a0AOP", "")


@pytest.mark.parametrize(("values", "reads"), [
    # a label is quoted; the bare values take their article when its gender is sure
    (["Fait au Québec", "le geste", "la lenteur", "Communauté"],
     "«\u00a0fait au Québec\u00a0», le geste, la lenteur et la communauté"),
    (["le respect", "Honnêteté"], "le respect et l'honnêteté"),
    # a gender that is no sure guess: the articles go, as before
    (["le respect", "bonheurs"], "respect et bonheurs"),
])
def test_values_with_and_without_articles(values: list[str], reads: str) -> None:
    assert reads in every_text(render(drivers__values=values))


def test_a_noun_a_noun_idiom_without_its_accent_is_named() -> None:
    result = render(future__doing="moderniser le service sans vendre une usine a gaz")
    assert any("Dans les années à venir" in f.message for f in checks(result, "rephrase"))


@pytest.mark.parametrize(("key", "answer", "question"), [
    # "collegues", "arreter" are written with their accents now; "eleves" ("élevés",
    # "élèves") and "arrete" ("arrête", "arrêté") have no single answer
    ("future__audience", "les habitants et les eleves des autres communes", "Je le fais pour"),
    ("future__doing", "passer aux tablettes, on arrete le papier", "Dans les années à venir"),
])
def test_more_words_typed_without_their_accents_are_named(key: str, answer: str,
                                                          question: str) -> None:
    result = render(**{key: answer})
    assert any(question in f.message for f in checks(result, "rephrase"))


@pytest.mark.parametrize(("role", "org", "reads"), [
    # the one who leads a public body is its head ("de"), not someone working "à" it
    ("maire", "Ville de Namur", "maire de la Ville de Namur"),
    ("juriste", "État de Vaud", "juriste à l'État de Vaud"),
])
def test_public_body_frames_for_its_head_and_an_article_it_needs(role: str, org: str,
                                                                 reads: str) -> None:
    text = every_text(render(person__role=role, person__organisation=org))
    assert reads in text
    assert "à État" not in text


def test_title_case_with_a_relative_is_lowered() -> None:
    text = every_text(render(future__audience="Les Familles Qui Cherchent Un Logement"))
    assert "aux familles qui cherchent un logement" in text


def test_a_url_keeps_its_case() -> None:
    text = every_text(render(offer__call_to_action="Retrouvez-moi sur linkedin.com/in/jeanne."))
    assert "linkedin.com/in/jeanne" in text


@pytest.mark.parametrize("area", ["Développement commercial Grand Est",
                                  "Gestion des mots de passe", "Prise en compte du handicap"])
def test_a_noun_or_a_name_that_looks_like_a_verb_is_no_saying(area: str) -> None:
    text = every_text(render(expertise__areas=[area, "formation"]))
    assert "«" not in text.split("Mes domaines")[-1].split(".")[0]


def test_a_status_organisation_keeps_its_company_and_city() -> None:
    text = every_text(render(person__role="Développeur Full-Stack Freelance",
                             person__organisation="indépendant (Rochat Digital Sàrl), Lausanne"))
    assert "développeur full-stack freelance (Rochat Digital Sàrl), à Lausanne" in text
