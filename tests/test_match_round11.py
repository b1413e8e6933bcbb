"""Round 11 of the job-ad match: partial credit, terms that are no skills, whole titles,
stems and hyphens, unknown headings, binary and too-short ads (tests/fixtures/ads/round11)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_cli import assert_one_line_error, run

from wizard.core.match import analyse, match, questions
from wizard.core.match.adfile import decode
from wizard.core.match.errors import MatchError
from wizard.core.match.packs import pack
from wizard.core.model import Answers, load

HERE = Path(__file__).parent
ADS = HERE / "fixtures" / "ads"
ROUND = ADS / "round11"
PROFILES = HERE / "fixtures" / "match"
ALL_ADS = sorted(ADS.glob("**/*.md"))


def ad(name: str):  # type: ignore[no-untyped-def]
    return analyse((ROUND / name).read_text(encoding="utf-8"))


def shown(name: str) -> set[str]:
    return {t.text.casefold() for t in ad(name).terms}


def by_text(name: str, profile: str):  # type: ignore[no-untyped-def]
    answers = load(PROFILES / profile, partial=True)
    return {t.term.text: t for t in match(ad(name), answers, {}).terms}, answers


def test_a_name_in_a_long_term_finds_it_in_part_and_nothing_is_asked() -> None:
    read = ad("en-hr-business-partner.md")
    answers = load(PROFILES / "en-sql-holds.toml", partial=True)
    result = match(read, answers, {})
    t = {x.term.text: x for x in result.terms}["SQL queries"]
    assert t.found and t.partial and t.matched_as == "exact"
    assert t.hits[0].words == "SQL"
    assert "SQL queries" not in {q.term for q in questions(result, answers)}
    # the JSON keeps the contract's keys only
    assert set(t.json()) == {"term", "weight", "found", "where", "matched_as"}
    # … and weighs less than the whole term would
    whole = Answers("en")
    whole.set("expertise.areas", ["SQL queries"])
    full = {x.term.text: x for x in match(read, whole, {}).terms}["SQL queries"]
    assert full.found and not full.partial
    assert match(read, whole, {}).score > 0
    part_only = Answers("en")
    part_only.set("expertise.areas", ["SQL"])
    assert match(read, part_only, {}).score < match(read, whole, {}).score


def test_a_broad_head_is_no_part_of_a_term() -> None:
    a = Answers("en")
    a.set("expertise.areas", ["customer services"])
    read = analyse("Analyst\n\nRequirements\n- financial services\n- financial services\n"
                   "- reporting for the board and the audit committee every quarter\n", "en")
    t = {x.term.text: x for x in match(read, a, {}).terms}["financial services"]
    assert not t.found


def test_a_partly_found_term_is_said_so_in_the_text_report() -> None:
    code, out, err = run("match", ROUND / "en-hr-business-partner.md",
                         PROFILES / "en-sql-holds.toml")
    assert code == 0, err
    line = next(x for x in out.splitlines() if "SQL queries" in x)
    assert "partly" in line and "'SQL'" in line
    assert "Partly in your profile" in out


def test_department_names_task_verbs_and_qualifiers_are_no_terms() -> None:
    en = shown("en-hr-business-partner.md")
    assert "employee relations" in en and "relations" not in en
    assert not any(t.startswith("support ") for t in en)
    assert "work ethic" in shown("en-frontend-backend.md")
    assert "ethic" not in shown("en-frontend-backend.md")
    fr = shown("fr-comptable-assistant.md")
    assert not fr & {"tenue", "similaire", "service financier", "financier"}
    it = shown("it-impiegato.md")
    assert not it & {"amministrativo", "pacchetto", "team amministrativo"}
    assert not any(t.startswith("utilizzo") for t in it)


GENERIC = {"en": {"team", "work", "role", "experience", "ability", "strong", "skills"},
           "nl": {"team", "werk", "rol", "ervaring", "vaardigheden", "sterke", "functie"},
           "it": {"team", "lavoro", "ruolo", "esperienza", "capacità", "forte", "competenze"},
           "fr": {"équipe", "travail", "rôle", "expérience", "capacité", "forte", "poste"}}


@pytest.mark.parametrize("path", ALL_ADS, ids=lambda p: p.name)
def test_no_generic_word_is_a_term_in_any_ad(path: Path) -> None:
    read = analyse(path.read_text(encoding="utf-8"))
    generic = GENERIC[read.lang]
    for t in read.terms:
        assert t.text.casefold() not in generic, t
        # a longer phrase is a sentence's fragment; the name of an acronym the ad defines is
        # one term ("Contratto Collettivo Nazionale di Lavoro (CCNL)"), and so is the role a
        # title names in four words ("Night Shift Nurse Coordinator", tests/test_match20.py)
        assert len(t.words) <= 3 or t.short or (t.in_title and len(t.words) <= 4), t


@pytest.mark.parametrize("path", ALL_ADS, ids=lambda p: p.name)
def test_the_title_or_a_requirement_outweighs_the_blurb(path: Path) -> None:
    read = analyse(path.read_text(encoding="utf-8"))
    assert read.terms and read.terms[0].weight == 1.0
    title = [t for t in read.terms if t.in_title]
    assert title, [t.text for t in read.terms]
    assert max(t.weight for t in title) >= 0.5


def test_requirements_under_an_unknown_heading_are_no_blurb() -> None:
    terms = shown("en-payroll-specialist.md")
    assert {"advanced excel", "cipp qualification", "paye"} <= terms
    assert not terms & {"stores", "coffee", "summer party", "sustainability programme"}


@pytest.mark.parametrize(("name", "title"), [
    ("en-hr-business-partner.md", "hr business partner"),
    ("en-frontend-backend.md", "frontend/backend developer"),
    ("fr-comptable-assistant.md", "assistant de gestion"),
])
def test_a_title_comes_out_whole(name: str, title: str) -> None:
    read = ad(name)
    assert title in {t.text.casefold() for t in read.terms if t.in_title}
    assert title.split("/")[0] in read.title.casefold()


def test_dutch_forms_of_one_word_meet() -> None:
    t, _ = by_text("nl-verpleegkundige.md", "nl-zorg-holds.toml")
    assert t["rapportages"].found and not t["rapportages"].partial
    assert t["rapportages"].matched_as == "stem"
    assert t["palliatieve zorg"].found and t["palliatieve zorg"].hits[0].words == "palliatief"
    assert t["SQL-query"].found and t["SQL-query"].hits[0].words == "SQL"
    assert not t["kwaliteitsmonitor"].found
    p = pack("nl")
    assert p.stem("palliatieve") == p.stem("palliatief")
    assert p.stem("rapportering") == p.stem("rapportages")


def test_italian_and_french_stems_keep_apart_what_differs() -> None:
    it, fr = pack("it"), pack("fr")
    assert it.stem("gestionale") != it.stem("gestione")
    assert fr.stem("comptable") == fr.stem("comptabilité")
    a = Answers("it")
    a.set("expertise.areas", ["gestione del personale"])
    read = analyse("Contabile\n\nRequisiti\n- gestionale SAP Business One\n- gestionale SAP "
                   "Business One\n- contabilità generale e bilancio di esercizio\n", "it")
    t = {x.term.text.casefold(): x for x in match(read, a, {}).terms}
    assert not any(x.found and "gestion" in (x.hits[0].words.casefold()) for x in t.values())


def test_a_hyphen_splits_a_dutch_compound() -> None:
    read = analyse("Adviseur\n\nWat vragen wij\n- ervaring als HR-adviseur in de zorg\n"
                   "- ervaring als HR-adviseur bij een gemeente of een provincie\n", "nl")
    a = Answers("nl")
    a.set("expertise.areas", ["adviseur HR"])
    t = {x.term.text: x for x in match(read, a, {}).terms}["HR-adviseur"]
    assert t.found and not t.partial and t.matched_as == "compound"


def test_binary_data_is_not_called_utf16() -> None:
    with pytest.raises(MatchError) as bad:
        # a NUL in every other byte, as in UTF-16, but control characters, not text
        decode(b"\x01\x00\x02\x00\x1b\x00\x07\x00\x89\x00" * 40, "photo.md")
    assert bad.value.key == "ad_binary" and "photo.md" in bad.value.message("en")
    with pytest.raises(MatchError) as wide:
        decode("Data analyst\nSQL and Python\n".encode("utf-16-le"), "wide.md")
    assert wide.value.key == "ad_utf16"


@pytest.mark.parametrize(("profile", "word"), [("en-sql-holds.toml", "too short"),
                                               ("nl-zorg-holds.toml", "te kort")])
def test_a_one_word_ad_is_too_short_in_one_line(tmp_path: Path, profile: str, word: str) -> None:
    f = tmp_path / "ad.md"
    f.write_text("Scrum\n", encoding="utf-8")
    assert_one_line_error(*run("match", f, PROFILES / profile, "--format", "json"),
                          word, "ad.md")


def test_a_full_ad_still_gives_the_json_contract() -> None:
    code, out, err = run("match", ROUND / "nl-verpleegkundige.md",
                         PROFILES / "nl-zorg-holds.toml", "--format", "json")
    assert code == 0, err
    data = json.loads(out)
    assert set(data) == {"lang", "score", "terms"} and data["lang"] == "nl"
    for t in data["terms"]:
        assert set(t) == {"term", "weight", "found", "where", "matched_as"}
        assert t["matched_as"] in {"exact", "stem", "compound", "synonym", None}
        assert t["found"] == bool(t["where"]) == (t["matched_as"] is not None)


@pytest.mark.parametrize(("name", "title"), [
    ("fr-charge-recrutement.md", "chargé de recrutement"),
    ("it-responsabile-acquisti.md", "responsabile ufficio acquisti"),
])
def test_a_title_keeps_words_that_elsewhere_are_boilerplate_or_a_department(
        name: str, title: str) -> None:
    terms = shown(name)
    assert title in terms
    if name.startswith("fr-"):  # the recruiter's work is no boilerplate in a recruiter's ad
        assert "recrutement" in terms


def test_second_verbs_fragments_and_amounts_are_no_terms() -> None:
    fr = shown("fr-charge-recrutement.md")
    assert not fr & {"diffuser", "étroit", "chargé"}
    en = shown("en-operations-manager.md")
    assert "health and safety" in en
    assert not en & {"and", "health", "safety", "5m+", "end-to-end", "fast-paced", "pressure"}
    nl = shown("nl-financiele-administratie.md")
    assert not nl & {"afdeling inkoop", "inkoop", "werkervaring", "beheersing van excel"}
    assert {"excel", "exact online", "btw-aangifte"} <= nl
    it = shown("it-responsabile-acquisti.md")
    assert "problem solving" in it and "solving" not in it
    assert not any("composto" in t for t in it)


def test_a_part_is_the_head_of_a_long_term_with_its_neighbour_not_a_stray_word() -> None:
    read = analyse("Data Engineer\n\nRequirements\n- Snowflake data warehouse\n"
                   "- Snowflake data warehouse\n- streaming pipelines in Kafka for the "
                   "finance and the sales teams\n", "en")
    a = Answers("en")
    a.set("expertise.areas", ["warehouse operations", "data warehouse design"])
    t = {x.term.text.casefold(): x for x in match(read, a, {}).terms}["snowflake data warehouse"]
    assert t.partial and t.hits[0].words == "data warehouse"
    a.set("expertise.areas", ["warehouse operations"])
    t = {x.term.text.casefold(): x for x in match(read, a, {}).terms}["snowflake data warehouse"]
    assert not t.found


def test_a_role_is_carried_in_part_by_its_role_word_only() -> None:
    t, _ = by_text("en-hr-business-partner.md", "en-sql-holds.toml")  # role: "HR adviser"
    assert not t["HR business partner"].found
    read = analyse((ADS / "nl-hr-adviseur.md").read_text(encoding="utf-8"))
    a = Answers("nl")
    a.set("person.role", "HR-adviseur")
    found = {x.term.text: x for x in match(read, a, {}).terms}["HR-adviseur verzuim"]
    assert found.partial and found.hits[0].words == "HR-adviseur"


def test_a_short_glued_part_is_no_part_of_a_dutch_compound() -> None:
    read = analyse((ADS / "nl-hr-adviseur.md").read_text(encoding="utf-8"))
    a = Answers("nl")
    a.set("offer.help", "Ken je een leidinggevende met vragen over gesprekken? Bel me.")
    t = {x.term.text: x for x in match(read, a, {}).terms}["functioneringsgesprekken"]
    assert not (t.found and t.hits[0].words.casefold() == "ken")


@pytest.mark.parametrize(("lang", "ad_text", "term", "verb", "noun"), [
    ("en", "Supply Planner\n\nRequirements\n- demand planning\n- demand planning\n"
     "- stock reports for the buyers and the warehouse every week\n",
     "demand planning", "I plan the weekly rota", "capacity planning for the plant"),
    ("it", "Responsabile HR\n\nRequisiti\n- gestione del cambiamento\n"
     "- gestione del cambiamento\n- selezione del personale per le sedi di Milano e Torino\n",
     "gestione del cambiamento", "voglio cambiare settore",
     "accompagnare il cambiamento in azienda"),
])
def test_an_activity_is_carried_in_part_only_by_a_word_naming_one(
        lang: str, ad_text: str, term: str, verb: str, noun: str) -> None:
    """"plan" alone is no part of "demand planning" (its stem is the verb's); "capacity
    planning" names the activity and is partly it."""
    read = analyse(ad_text, lang)
    a = Answers(lang)
    a.set("expertise.areas", [verb])
    t = {x.term.text.casefold(): x for x in match(read, a, {}).terms}[term]
    assert not t.found, t.hits
    a.set("expertise.areas", [noun])
    t = {x.term.text.casefold(): x for x in match(read, a, {}).terms}[term]
    assert t.found and t.partial


def test_a_generic_word_left_without_the_light_head_does_not_carry_the_term() -> None:
    """"data models" without its light head is "data", which says nothing on its own: a
    profile with "data" everywhere has not got "data models"; "e-learning" still carries
    "e-learning modules"."""
    read = analyse("Data Analyst\n\nRequirements\n- data models in dbt\n- data models\n"
                   "- e-learning modules\n- e-learning modules for new starters\n", "en")
    a = Answers("en")
    a.set("expertise.areas", ["data analysis", "e-learning"])
    terms = {x.term.text.casefold(): x for x in match(read, a, {}).terms}
    assert not terms["data models"].found
    assert terms["e-learning modules"].found and not terms["e-learning modules"].partial
