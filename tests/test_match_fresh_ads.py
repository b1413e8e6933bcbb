"""The job-ad match on ads it was not tuned on, read as a job seeker reads the report."""

from __future__ import annotations

from pathlib import Path

import pytest

from wizard.core.match import analyse, match, questions
from wizard.core.match.fold import tokens
from wizard.core.match.index import pieces
from wizard.core.match.packs import pack
from wizard.core.match.report import format_match
from wizard.core.model import Answers, load
from wizard.core.render import Renderer

HERE = Path(__file__).resolve().parent
ADS = HERE / "fixtures" / "ads"
PROFILES = HERE / "fixtures" / "match"
FRESH = {"en": "en-ld-specialist.md", "nl": "nl-teamleider-klantenservice.md",
         "it": "it-impiegato-contabile.md", "fr": "fr-responsable-entrepot.md"}
HOLDS = {"en": "en-ld-holds.toml", "nl": "nl-tl-holds.toml", "it": "it-cont-holds.toml",
         "fr": "en-wh-holds.toml"}
LACKS = {"en": "en-ld-lacks.toml", "nl": "nl-tl-lacks.toml", "it": "it-cont-lacks.toml"}


def ad_of(lang: str):  # type: ignore[no-untyped-def]
    return analyse((ADS / FRESH[lang]).read_text(encoding="utf-8"))


def texts_of(answers: Answers) -> dict[str, str]:
    """The texts, or none while an answer is missing (as `profile-wizard match` does)."""
    if answers.missing():
        return {}
    return {k: o.chosen.text for k, o in Renderer().render(answers).outputs.items()}


def matched(lang: str, profile: str):  # type: ignore[no-untyped-def]
    answers = load(PROFILES / profile, partial=True)
    return match(ad_of(lang), answers, texts_of(answers)), answers


def terms(lang: str) -> dict[str, object]:
    return {t.text: t for t in ad_of(lang).terms}


@pytest.mark.parametrize("lang", sorted(FRESH))
def test_the_title_is_the_first_term_whole(lang: str) -> None:
    title = {"en": "Learning & Development Specialist", "nl": "teamleider klantenservice",
             "it": "impiegato amministrativo contabile",
             "fr": "responsable d'entrepôt logistique"}[lang]
    ad = ad_of(lang)
    assert (ad.lang, ad.detected) == (lang, True)
    assert ad.terms[0].text == title and ad.terms[0].in_title
    assert ad.title.casefold() == title.casefold()  # "Impiegato/a": no gender ending left


@pytest.mark.parametrize("lang", sorted(FRESH))
def test_no_verb_fragment_stop_word_or_boilerplate_is_a_term(lang: str) -> None:
    p = pack(lang)
    ad = ad_of(lang)
    capitals = {t.folded for t in tokens(ad.text) if t.acronym}
    whole = {w for phrase, kind in p.fixed if kind == "whole" for w in phrase}  # the pack's
    for t in ad.terms:                                    # "training needs analyses"
        assert not any(w in p.stopwords and w not in p.links and w not in capitals
                       and w not in whole for w in t.words), t
        assert not any(w in p.boilerplate or w in p.generic for w in t.words), t
        assert not all(w in p.alone for w in t.words), t  # "leaders", "medewerkers"
    shown = {t.text.casefold() for t in ad.terms}
    never = {"en": ["facilitate virtual", "evaluate training", "redesign", "coach", "leaders",
                    "running one-to-ones", "plans", "holiday", "pension scheme", "bristol"],
             "nl": ["voert", "bewaakt", "teamleider stuur", "helpt", "vijftien", "time",
                    "klanten snel", "wekelijks", "medewerkers", "salaris", "leaseauto"],
             "it": ["supporto", "rapporti", "ral", "buoni pasto", "smart working", "gdpr",
                    "entrerai", "impiegato"],
             "fr": ["bac+", "annuels", "reflex de préférence", "chantiers", "tickets restaurant",
                    "mutuelle", "rtt", "cdi", "vous assurez"]}[lang]
    assert not shown & set(never), shown & set(never)


def test_terms_keep_the_capitals_the_ad_gives_them() -> None:
    it = set(terms("it"))
    assert {"liquidazioni IVA", "F24", "TeamSystem", "Excel", "contabilità generale"} <= it
    nl = set(terms("nl"))
    assert {"KPI", "Salesforce", "CRM-systeem", "first time fix", "klanttevredenheid"} <= nl
    fr = set(terms("fr"))
    assert {"WMS", "Reflex", "règles HSE", "amélioration continue"} <= fr
    en = set(terms("en"))
    assert {"Articulate Storyline", "Kirkpatrick model", "instructional design"} <= en


def test_a_wrapped_line_is_read_as_one_sentence() -> None:
    ad = analyse("Jurist\n\nWat ga je doen?\n- Je begeleidt re-integratie volgens de Wet\n"
                 "  verbetering poortwachter en het arbeidsrecht\n- Je adviseert over de Wet\n"
                 "  verbetering poortwachter\n", "nl")
    assert "Wet verbetering poortwachter" in {t.text for t in ad.terms}
    assert "wet" not in {t.text.casefold() for t in ad.terms}


def test_gender_endings_go_and_other_slashes_stay() -> None:
    from wizard.core.match.layout import _clean

    cleaned = " ".join(_clean("Impiegato/a (m/v/x), Rattaché(e) H/F").split())
    assert cleaned == "Impiegato , Rattaché"
    assert _clean("UX/UI design, A/B testing, input/output") == \
        "UX/UI design, A/B testing, input/output"


@pytest.mark.parametrize(("lang", "term", "how", "carrier"), [
    ("en", "onboarding programme", "stem", "onboarding program"),       # US spelling
    ("en", "e-learning modules", "exact", "e-learning"),                # a light word
    ("en", "stakeholder management", "stem", "managing stakeholders"),
    ("en", "Kirkpatrick model", "exact", "Kirkpatrick model"),
    ("nl", "teamleider klantenservice", "synonym", "teamleider klantcontact"),
    ("nl", "klanttevredenheid", "compound", "tevredenheid van klanten"),
    ("nl", "procesverbetering", "compound", "processen te verbeteren"),  # proces|verbetering
    ("nl", "wachttijd", "stem", "wachttijden"),
    ("it", "redazione del bilancio d'esercizio", "stem", "bilanci d'esercizio"),
    ("it", "gestione del recupero crediti", "exact", "recupero dei crediti"),
    ("it", "riconciliazioni bancarie", "stem", "riconciliazione bancaria"),
    ("it", "liquidazioni IVA", "exact", "liquidazioni dell'IVA"),
    ("fr", "amélioration continue", "synonym", "lean"),
])
def test_a_term_held_in_another_form_says_how_and_in_the_persons_words(
        lang: str, term: str, how: str, carrier: str) -> None:
    result, _ = matched(lang, HOLDS[lang])
    t = {x.term.text: x for x in result.terms}[term]
    assert t.found and t.matched_as == how, t
    assert any(h.words.casefold() == carrier.casefold() for h in t.hits), t.hits


@pytest.mark.parametrize("lang", sorted(LACKS))
def test_a_profile_without_the_ads_terms_finds_none(lang: str) -> None:
    result, answers = matched(lang, LACKS[lang])
    assert result.score == 0 and not result.found, [t.term.text for t in result.found]
    asks = questions(result, answers)
    assert len(asks) == len(result.terms) and asks[0].key == "person.role"


def test_who_does_it_is_not_what_is_done() -> None:
    ad = analyse("Trainer\n\n## Requirements\n\n- development\n- development\n", "en")
    a = Answers("en")
    a.set("person.role", "developer")
    assert not match(ad, a, {}).found
    a.set("person.role", "product development lead")
    assert match(ad, a, {}).found
    it = analyse("Contabile\n\nCosa cerchiamo\n- esperienza commerciale\n- studio commercialista\n",
                 "it")
    assert {"commerciale", "commercialista"} <= {t.text for t in it.terms}


def test_an_employers_name_is_no_skill() -> None:
    result, _ = matched("fr", HOLDS["fr"])
    t = {x.term.text: x for x in result.terms}["supply chain"]
    assert "person.organisation" not in t.where


def test_words_of_different_things_in_one_headline_are_no_phrase() -> None:
    ad = ad_of("en")
    a = Answers("en")
    headline = "Learning designer | e-learning · managing stakeholders"
    t = {x.term.text: x for x in match(ad, a, {"headline": headline}).terms}
    assert not t["learning management system"].found
    assert t["stakeholder management"].found


@pytest.mark.parametrize("lang", sorted(HOLDS))
def test_nothing_is_asked_for_that_the_texts_carry(lang: str) -> None:
    """No missing term stands in the profile, word for word or stem for stem."""
    result, answers = matched(lang, HOLDS[lang])
    said = [*texts_of(answers).values(),
            *(v if isinstance(v, str) else "\n".join(v)
              for v in answers.values.values() if not isinstance(v, bool))]
    stems = [" " + " ".join(p.stems) + " " for text in said for p in pieces(result.ad.lang, text)]
    for t in result.missing:
        assert not any(f" {' '.join(t.term.stems)} " in s for s in stems), t.term.text
    assert result.found and result.missing


def test_the_report_says_where_the_ads_language_came_from() -> None:
    a = load(PROFILES / "nl-tl-holds.toml")
    m = match(analyse("Kok\n\nkoken", fallback="nl"), a, {})
    assert m.ad.source == "profile"
    report = format_match(m, a, "text")
    assert "de taal van je profiel" in report and "opgegeven" not in report
    given = match(analyse("Kok\n\nkoken", "nl"), a, {})
    assert "(opgegeven)" in format_match(given, a, "text")


@pytest.mark.parametrize("lang", sorted(HOLDS))
def test_the_report_names_places_in_the_persons_language(lang: str) -> None:
    """Where a term stands is said in words ("je expertise"), never as an answer key."""
    import re

    result, answers = matched(lang, HOLDS[lang])
    report = format_match(result, answers, "text")
    assert result.found and not re.search(r"\b[a-z]+\.[a-z_]+\b", report), report
    assert {"nl": "je expertise", "it": "le tue competenze", "en": "your expertise",
            "fr": "your expertise"}[lang] in report
    # the JSON keeps the keys of the contract
    assert any("." in w for t in result.json()["terms"] for w in t["where"])


def test_prefer_picks_the_variants_that_carry_more_of_the_ad_in_the_texts_a_recruiter_reads(
        ) -> None:
    from wizard.core.match import coverage, prefer
    from wizard.core.match.packs import settings

    answers = load(PROFILES / HOLDS["nl"])
    ad = ad_of("nl")
    renderer = Renderer()
    plain = renderer.render(answers)
    liked = renderer.render(answers, prefer=prefer(ad))
    read = set(settings()["outputs"])
    score = prefer(ad)
    for name, out in liked.outputs.items():
        before = plain.outputs[name].chosen
        assert out.chosen.ok == before.ok
        if name in read:
            assert coverage(out.chosen.text, ad) >= coverage(before.text, ad)
        else:  # a note to one person is not matched: its usual choice stands
            assert out.chosen.variant == before.variant
            assert all(score(r) == 0.0 for r in out.alternatives)
    assert any(score(plain.outputs[name].chosen) > 0 for name in read)
