"""The job-ad match core: folding, language, key terms, the four ways a term is found, score."""

from __future__ import annotations

from pathlib import Path

import pytest

from wizard.core.match import analyse, coverage, match, questions
from wizard.core.match.fold import fold, tokens
from wizard.core.match.packs import forget, match_languages, pack
from wizard.core.model import Answers, load
from wizard.core.render import Renderer

HERE = Path(__file__).resolve().parent
ADS = HERE / "fixtures" / "ads"
PROFILES = HERE / "fixtures" / "match"
AD_FILES = {"en": "en-data-analyst.md", "nl": "nl-hr-adviseur.md",
            "it": "it-project-manager.md", "fr": "fr-chef-de-projet.md"}


def ad_text(lang: str) -> str:
    return (ADS / AD_FILES[lang]).read_text(encoding="utf-8")


def texts_of(answers: Answers) -> dict[str, str]:
    return {k: o.chosen.text for k, o in Renderer().render(answers).outputs.items()}


def matched(lang: str, profile: str):  # type: ignore[no-untyped-def]
    answers = load(PROFILES / profile)
    return match(analyse(ad_text(lang)), answers, texts_of(answers)), answers


def by_term(result) -> dict:  # type: ignore[no-untyped-def]
    return {t.term.text.casefold(): t for t in result.terms}


def test_folding_ignores_case_accents_and_joining_hyphens() -> None:
    assert fold("Ré-intégration") == "reintegration"
    assert fold("reïntegratie") == fold("re-integratie")
    assert fold("Œuvre") == "oeuvre"
    # letters NFKD cannot take apart are spelled in ASCII by a maintained table (anyascii)
    assert [fold(w) for w in ("Łódź", "Øslo", "Đorđe", "Æsa", "Straße", "İzmir")] == \
        ["lodz", "oslo", "dorde", "aesa", "strasse", "izmir"]
    assert fold("naïve 🚀") == "naive 🚀"  # only letters fold
    assert [t.folded for t in tokens("l'esperienza, C++ e Node.js")] == \
        ["l", "esperienza", "c++", "e", "nodejs"]


def test_every_ad_language_has_a_pack_and_the_stemmer_the_pack_names() -> None:
    assert {"en", "nl", "it", "fr"} <= set(match_languages())
    assert pack("nl").stem.algorithm == "dutch_porter"
    assert pack("nl").stem("begeleiding") != pack("nl").stem("beleid")
    assert pack("fr").stopword_source == "stopwordsiso"


@pytest.mark.parametrize("lang", sorted(AD_FILES))
def test_the_language_of_each_ad_is_detected(lang: str) -> None:
    ad = analyse(ad_text(lang))
    assert (ad.lang, ad.detected) == (lang, True)


@pytest.mark.parametrize("lang", sorted(AD_FILES))
def test_detection_holds_for_the_first_300_characters(lang: str) -> None:
    body = ad_text(lang)
    start = body.index("\n\n") + 2  # the blurb, not the title alone
    assert analyse(body[start:start + 300]).lang == lang


def test_an_unclear_language_falls_back_to_the_profile_or_says_so() -> None:
    from wizard.core.match import MatchError

    assert analyse("Python, SQL, Kubernetes", fallback="nl").lang == "nl"
    with pytest.raises(MatchError) as err:
        analyse("Python, SQL, Kubernetes")
    assert "--lang" in err.value.message("en")
    with pytest.raises(MatchError):
        analyse("text", "xx")


@pytest.mark.parametrize("lang", sorted(AD_FILES))
def test_terms_are_at_most_25_weighted_and_free_of_stop_words_and_boilerplate(lang: str) -> None:
    ad = analyse(ad_text(lang))
    p = pack(lang)
    assert 10 <= len(ad.terms) <= 25
    weights = [t.weight for t in ad.terms]
    assert weights == sorted(weights, reverse=True) and weights[0] == 1.0
    assert all(0 < w <= 1 for w in weights)
    capitals = {t.folded for t in tokens(ad_text(lang)) if t.acronym}  # "IT", "BI"
    for t in ad.terms:
        assert not any(w in p.stopwords and w not in p.links and w not in capitals
                       for w in t.words), t
        assert not any(w in p.boilerplate for w in t.words), t
    texts = {t.text.casefold() for t in ad.terms}
    # what the "we offer" and "how to apply" sections say is never a term
    offer = {"en": ["salary", "pension scheme", "training budget", "cover letter", "rotterdam",
                    "northwind logistics", "hybrid"],
             "nl": ["salaris", "eindejaarsuitkering", "vakantiegeld", "pfzw", "vog", "cao vvt",
                    "zorggroep de linde"],
             "it": ["ral", "buoni pasto", "welfare", "smart working", "gdpr", "bologna"],
             "fr": ["tickets restaurant", "mutuelle", "rtt", "cdi", "lyon", "maison lefèvre"]}
    assert not texts & set(offer[lang]), texts & set(offer[lang])


def test_phrases_are_terms_as_the_ad_says_them() -> None:
    en = {t.text.casefold() for t in analyse(ad_text("en")).terms}
    assert {"power bi", "stakeholder management", "change management", "sql"} <= en
    it = {t.text.casefold() for t in analyse(ad_text("it")).terms}
    assert {"gestione dei progetti", "gestione del cambiamento"} <= it
    fr = {t.text.casefold() for t in analyse(ad_text("fr")).terms}
    assert "gestion des parties prenantes" in fr
    nl = {t.text.casefold() for t in analyse(ad_text("nl")).terms}
    assert {"verzuimbegeleiding", "stakeholdermanagement"} <= nl


def test_the_title_weighs_most_and_stuffing_is_damped() -> None:
    ad = analyse(ad_text("en"))
    assert ad.terms[0].text.casefold() == "data analyst" and ad.terms[0].in_title
    stuffed = "Chef\n\n## Requirements\n\n" + "- cooking\n" * 30 + "- baking\n- grilling\n"
    terms = {t.text: t.weight for t in analyse(stuffed, "en").terms}
    # thirty mentions are not ten times three: past the third each adds a fifth
    assert terms["cooking"] / terms["baking"] < 4.5


@pytest.mark.parametrize(("lang", "profile", "term", "how", "carrier"), [
    ("en", "en-holds.toml", "stakeholder management", "stem", "managing stakeholders"),
    ("en", "en-holds.toml", "power bi", "exact", "PowerBI"),
    ("en", "en-holds.toml", "supply chain", "stem", "supply chains"),
    ("nl", "nl-holds.toml", "stakeholdermanagement", "compound", "stakeholders"),
    ("nl", "nl-holds.toml", "verzuimbegeleiding", "compound", "verzuim"),
    ("it", "it-holds.toml", "gestione dei progetti", "synonym", "project management"),
    ("it", "it-holds.toml", "coordinamento", "stem", "coordinato"),
])
def test_a_term_held_in_another_form_is_found_and_says_how(
        lang: str, profile: str, term: str, how: str, carrier: str) -> None:
    result, _ = matched(lang, profile)
    t = by_term(result)[term]
    assert t.found and t.matched_as == how, t
    assert any(carrier.casefold() in h.words.casefold() for h in t.hits), t.hits
    assert any("." in w for w in t.where), t.where  # an answer key, not only the texts


def test_verzuimbegeleiding_is_found_in_begeleiding_bij_verzuim() -> None:
    ad = analyse(ad_text("nl"))
    a = Answers("nl")
    a.set("expertise.areas", ["begeleiding bij verzuim"])
    t = by_term(match(ad, a, {}))["verzuimbegeleiding"]
    assert (t.matched_as, t.where) == ("compound", ("expertise.areas",))
    a.set("expertise.areas", ["begeleiding van studenten"])
    assert not by_term(match(ad, a, {}))["verzuimbegeleiding"].found


@pytest.mark.parametrize(("lang", "profile"), [("en", "en-lacks.toml"), ("en", "en-holds.toml"),
                                               ("nl", "nl-holds.toml"), ("it", "it-holds.toml")])
def test_nothing_is_suggested_that_the_texts_carry(lang: str, profile: str) -> None:
    result, answers = matched(lang, profile)
    carried = " ".join([*texts_of(answers).values(),
                        *(v if isinstance(v, str) else " ".join(v)
                          for v in answers.values.values() if not isinstance(v, bool))])
    folded = " ".join(t.folded for t in tokens(carried))
    for t in result.missing:
        assert f" {' '.join(t.term.words)} " not in f" {folded} ", t.term.text
    asks = questions(result, answers)
    assert [q.term for q in asks] == [t.term.text for t in result.missing]


def test_missing_terms_are_reported_with_a_question_in_the_profile_language() -> None:
    result, answers = matched("en", "en-lacks.toml")
    # nothing but the ad's "English", which the profile holds by being written in it
    assert [(t.term.text, t.where) for t in result.found] == [("English", ("lang",))]
    assert result.score <= 3
    asks = questions(result, answers)
    assert asks[0].key == "person.role" and "'Data Analyst'" in asks[0].text
    rest = {q.term.casefold(): q.text for q in asks}
    assert rest["power bi"] == ("The ad asks for 'Power BI'. If that is something you do, "
                                "add it to your expertise.")
    dutch = Answers("nl")
    result = match(analyse(ad_text("nl")), dutch, {})
    assert questions(result, dutch)[0].text.startswith("De vacature")


def test_the_score_rises_with_what_the_profile_carries() -> None:
    holds, _ = matched("en", "en-holds.toml")
    lacks, _ = matched("en", "en-lacks.toml")
    assert 30 <= holds.score <= 100 and lacks.score <= 3  # its "English" (it is in English)
    doc = holds.json()
    assert set(doc) == {"lang", "score", "terms"} and doc["lang"] == "en"
    assert set(doc["terms"][0]) == {"term", "weight", "found", "where", "matched_as"}


def test_a_term_only_in_the_answers_counts_half() -> None:
    ad = analyse("Gardener\n\n## Requirements\n\n- pruning\n- composting\n", "en")
    a = Answers("en")
    a.set("expertise.areas", ["pruning"])
    shown = match(ad, a, {"summary": "I do pruning."})
    hidden = match(ad, a, {"summary": "I like roses."})
    assert shown.score > hidden.score > 0


def test_a_french_ad_is_matched_without_the_rest_of_the_french_pack() -> None:
    ad = analyse(ad_text("fr"))
    a = Answers("fr")
    a.set("expertise.areas", ["conduite de projets", "Jira"])
    result = by_term(match(ad, a, {"headline": "Cheffe de projet e-commerce"}))
    assert result["e-commerce"].matched_as == "exact"
    assert result["gestion des parties prenantes"].found is False


def test_coverage_prefers_the_text_that_says_more_of_the_ad() -> None:
    ad = analyse(ad_text("en"))
    assert coverage("Data analyst: SQL, Power BI and stakeholder management", ad) > \
        coverage("Data analyst", ad) > coverage("Gardener", ad) == 0.0


def test_a_coach_extends_the_synonyms_in_the_config_folder(isolated_home: Path) -> None:
    ad = analyse("Chef\n\n## Requirements\n\n- sous vide\n- fermentation\n", "en")
    a = Answers("en")
    a.set("expertise.areas", ["low-temperature cooking"])
    assert not by_term(match(ad, a, {}))["sous vide"].found
    (isolated_home / "config").mkdir()
    (isolated_home / "config" / "synonyms.toml").write_text(
        'en = [["sous vide", "low-temperature cooking"]]\n', encoding="utf-8")
    forget()
    try:
        from wizard.core.match.levels import synonym_phrases

        synonym_phrases.cache_clear()
        ad = analyse("Chef\n\n## Requirements\n\n- sous vide\n- fermentation\n", "en")
        assert by_term(match(ad, a, {}))["sous vide"].matched_as == "synonym"
    finally:
        forget()
        synonym_phrases.cache_clear()


def test_the_renderer_prefers_the_variant_that_carries_more_of_the_ad() -> None:
    answers = load(PROFILES / "en-holds.toml")
    renderer = Renderer()
    plain = renderer.render(answers)
    ad = analyse(ad_text("en"))
    preferred = renderer.render(answers, prefer=lambda r: coverage(r.text, ad))
    for name, out in preferred.outputs.items():
        chosen, before = out.chosen, plain.outputs[name].chosen
        assert chosen.ok
        assert coverage(chosen.text, ad) >= coverage(before.text, ad)
    # a preference never picks a variant that fits worse
    worst = renderer.render(answers, prefer=lambda r: -len(r.text))
    for name, out in worst.outputs.items():
        assert out.chosen.ok == plain.outputs[name].chosen.ok
    changed = [n for n in plain.outputs
               if worst.outputs[n].chosen.variant != plain.outputs[n].chosen.variant]
    assert changed, "some output has equally good variants to choose between"


def test_a_long_ad_of_one_repeated_word_is_not_called_too_short() -> None:
    from wizard.core.match.ad import analyse
    from wizard.core.match.errors import MatchError

    with pytest.raises(MatchError) as caught:
        analyse("engineering " * 400, "en").check_size("ad.txt")
    message = str(caught.value)
    assert "too short" not in message and "400 words" in message, message
    assert "too few different key terms" in message, message


GERMAN_AD = """Lerndesigner (m/w/d)

Wir suchen einen erfahrenen Lerndesigner für unsere Akademie in Köln. Sie entwickeln Kurse
für Erwachsene, messen den Lernerfolg und arbeiten eng mit unseren Trainern zusammen.

Ihre Aufgaben:
- Konzeption von Lernpfaden und digitalen Kursen
- Auswertung von Rückmeldungen der Teilnehmenden
- Abstimmung mit den Fachabteilungen

Ihr Profil: abgeschlossenes Studium, Erfahrung in der Erwachsenenbildung, gute Kenntnisse
in Articulate und Moodle, sehr gute Deutschkenntnisse.
"""


@pytest.mark.parametrize("profile", ["en-holds.toml", "nl-holds.toml", "it-holds.toml"])
def test_an_ad_in_another_language_is_not_said_to_be_too_short(profile: str) -> None:
    """A German ad is no language of ours: it is read in the profile's, and the report must
    not say the ad "says too little to tell" (it has 50 words), but that it does not read
    like the profile's language, and how to give the ad's own."""
    from wizard.core.match.report import format_match
    from wizard.core.words import words

    answers = load(PROFILES / profile)
    ad = analyse(GERMAN_AD, fallback=answers.lang)
    assert (ad.lang, ad.source) == (answers.lang, "unlike")
    line = format_match(match(ad, answers, {}), answers, "text").splitlines()[1]
    say = words(answers.lang)
    assert say("match.profile") not in line, line
    assert "--lang" in line and ", ".join(match_languages()) in line, line
    # an ad of our languages that is too short to tell still says so
    short = analyse("Kok\n\nkoken", fallback=answers.lang)
    assert short.source == "profile"
