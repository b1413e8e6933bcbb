"""Tests text shaping: sentence case, punctuation, list joins, articles and typed stems."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from wizard.core import filters
from wizard.core.catalogue import catalogue
from wizard.core.languages import Language, available_languages, language
from wizard.core.model import Answers, load
from wizard.core.render import Renderer

EN = language("en")

# What the templates must never produce, whatever the user typed.
BAD_PUNCTUATION = re.compile(r"\.\.(?!\.)|(?<!\.)\.\.|\s[.,;:!?]|,\.|[!?]\.|[,;:][,;:]|  |^\s|\s$"
                             r"| \n|\n |\b(and|en|e) \.")


def lang(code: str) -> Language:
    return language(code)


# --- sentence case ---------------------------------------------------------------------------


@pytest.mark.parametrize("value, expected", [
    ("data engineer", "Data engineer"),
    ("Data engineer", "Data engineer"),
    ("UX researcher", "UX researcher"),
    ("élan vital", "Élan vital"),
    ("  data", "  Data"),
    ("3D printing", "3D printing"),
    ("", ""),
    ("eBay seller", "EBay seller"),
])
def test_cap_capitalises_the_first_letter_only(value: str, expected: str) -> None:
    assert filters.cap(value, EN) == expected


def test_cap_dutch_ij_and_clitics() -> None:
    nl = lang("nl")
    assert filters.cap("ijverig", nl) == "IJverig"
    assert filters.cap("'s avonds werken", nl) == "'s Avonds werken"
    assert filters.cap("ijverig", EN) == "Ijverig"


@pytest.mark.parametrize("value, expected", [
    ("i write it down", "I write it down."),
    ("I write it down.", "I write it down."),
    ("I write it down..", "I write it down."),
    ("I write it down ...", "I write it down."),
    ("I write it down …", "I write it down."),
    ("I write it down ,", "I write it down."),
    ("I write it down;", "I write it down."),
    ("let's talk!", "Let's talk!"),
    ("shall we talk?", "Shall we talk?"),
    ("   ", ""),
])
def test_sentence_ends_in_exactly_one_mark(value: str, expected: str) -> None:
    assert filters.sentence(value, EN) == expected


@pytest.mark.parametrize("value, expected", [
    ("plain words.", "plain words"),
    ("plain words …", "plain words"),
    ("plain words!", "plain words"),
    ("plain words,;:", "plain words"),
    ("plain words ", "plain words"),
    ("is it?", "is it"),
    ("...", ""),
])
def test_phrase_drops_trailing_punctuation(value: str, expected: str) -> None:
    assert filters.phrase(value) == expected


@pytest.mark.parametrize("value, expected", [
    ("Clarity", "clarity"),
    ("The people who use it", "the people who use it"),
    ("Python", "Python"),
    ("KLM", "KLM"),
    ("McKinsey alumni", "McKinsey alumni"),
    ("I build", "I build"),
    ("Dutch schools", "Dutch schools"),
])
def test_lower_first_lowers_only_a_capital_typed_at_the_start(value: str, expected: str) -> None:
    assert filters.lower_first(value, EN) == expected


def test_lower_first_always_for_verb_stems() -> None:
    assert filters.lower_first("Build platforms", EN, always=True) == "build platforms"
    assert filters.lower_first("NASA missions", EN, always=True) == "NASA missions"


# --- punctuation clean-up ----------------------------------------------------------------------


@pytest.mark.parametrize("raw, expected", [
    ("I build things..", "I build things."),
    ("I build things . Next", "I build things. Next"),
    ("for teams ,and more", "for teams, and more"),
    ("1,000 users;more", "1,000 users; more"),
    ("for teams,.", "for teams."),
    ("Let's talk!.", "Let's talk!"),
    ("Really?.", "Really?"),
    ("wait….", "wait…"),
    ("wait...", "wait…"),
    ("a  b   c", "a b c"),
    ("a,, b", "a, b"),
    ("( aside ) yes", "(aside) yes"),
    ("  line  \n\n\n\n  next para  ", "line\n\nnext para"),
    ("one\n \ntwo", "one\n\ntwo"),
])
def test_tidy(raw: str, expected: str) -> None:
    assert filters.tidy(raw, EN) == expected


# --- list joins ----------------------------------------------------------------------------------


@pytest.mark.parametrize("code, two, three", [
    ("en", "a and b", "a, b and c"),
    ("nl", "a en b", "a, b en c"),
    ("it", "a e b", "a, b e c"),
])
def test_join_list_per_language(code: str, two: str, three: str) -> None:
    assert filters.join_list([], lang(code)) == ""
    assert filters.join_list(["a"], lang(code)) == "a"
    assert filters.join_list(["a", "b"], lang(code)) == two
    assert filters.join_list(["a", "b", "c"], lang(code)) == three


def test_join_list_drops_empty_items_and_their_punctuation() -> None:
    assert filters.join_list(["clarity.", "", "  ", "care,"], EN) == "clarity and care"
    assert filters.join_list(["", " "], EN) == ""


def test_join_list_with_or_and_italian_euphony() -> None:
    assert filters.join_list(["a", "b", "c"], EN, EN.or_word) == "a, b or c"
    assert filters.join_list(["chiarezza", "empatia"], lang("it")) == "chiarezza ed empatia"
    assert filters.join_list(["chiarezza", "cura"], lang("it")) == "chiarezza e cura"


# --- articles --------------------------------------------------------------------------------


@pytest.mark.parametrize("noun, expected", [
    ("data engineer", "a data engineer"),
    ("engineer", "an engineer"),
    ("architect", "an architect"),
    ("UX researcher", "a UX researcher"),
    ("SRE", "an SRE"),
    ("MBA student", "an MBA student"),
    ("hour-long coach", "an hour-long coach"),
    ("honest broker", "an honest broker"),
    ("university lecturer", "a university lecturer"),
    ("user researcher", "a user researcher"),
    ("European policy adviser", "a European policy adviser"),
    ("one-person studio owner", "a one-person studio owner"),
    ("the lead of QA", "the lead of QA"),
    ("an engineer", "an engineer"),
    ("", ""),
])
def test_with_article_english(noun: str, expected: str) -> None:
    assert filters.with_article(noun, EN) == expected


@pytest.mark.parametrize("code", ["nl", "it"])
def test_with_article_leaves_dutch_and_italian_alone(code: str) -> None:
    assert filters.with_article("ingegnere", lang(code)) == "ingegnere"


# --- whatever the user typed, through the real templates -------------------------------------


def persona_files(answers_dir: Path) -> list[Path]:
    return [p for p in sorted(answers_dir.iterdir()) if "messy" not in p.name]


def all_texts(answers: Answers) -> dict[tuple[str, str], str]:
    result = Renderer().render(answers)
    return {(name, r.variant): r.text for name, o in result.outputs.items()
            for r in o.alternatives}


PERSONAS = ["en-maya.toml", "en-minimal.toml", "nl-sanne.toml", "it-chiara.toml"]


@pytest.fixture(params=PERSONAS)
def persona(request: pytest.FixtureRequest, answers_dir: Path) -> Answers:
    answers = load(answers_dir / request.param)
    if answers.lang not in available_languages():
        pytest.skip(f"no language data for {answers.lang}")
    return answers


def test_typed_stems_are_dropped(persona: Answers) -> None:
    """Typing the sentence stem ("In the coming years I will build…") gives the same texts."""
    reference = all_texts(persona)
    for q in catalogue(persona.lang).questions:
        if q.kind != "text" or not persona.text(q.key):
            continue
        typed = persona.copy()
        typed.set(q.key, f"{q.stem} {persona.text(q.key)}")
        assert all_texts(typed) == reference, f"{q.key}: stem typed as '{q.stem} …'"


def test_future_doing_with_stem_does_not_repeat_it(answers_dir: Path) -> None:
    answers = load(answers_dir / "en-maya.toml")
    answers.set("future.doing", "In the coming years I will build things people trust.")
    for text in all_texts(answers).values():
        assert "I will in the coming years" not in text
        assert text.count("In the coming years") <= 1
        assert "I will In the" not in text and "will I will" not in text


@pytest.mark.parametrize("ending", [".", "..", " .", "...", "…", "!", ",", " ,.", ";", "  "])
def test_any_typed_ending_gives_clean_punctuation(persona: Answers, ending: str) -> None:
    reference = all_texts(persona)
    typed = persona.copy()
    for q in catalogue(persona.lang).questions:
        value = persona[q.key]
        if isinstance(value, str) and value:
            typed.set(q.key, value.rstrip(".") + ending)
        elif isinstance(value, list):
            typed.set(q.key, [v + ending for v in value])
    texts = all_texts(typed)
    for key, text in texts.items():
        bad = BAD_PUNCTUATION.search(text)
        assert not bad, f"{key}: {bad} in {text!r}"
        if ending != "!":  # a typed "!" may stay at the end of a sentence answer
            assert text == reference[key], key


def test_reference_texts_are_clean(persona: Answers) -> None:
    for key, text in all_texts(persona).items():
        assert not BAD_PUNCTUATION.search(text), f"{key}: {text!r}"
        assert text == text.strip()
        assert text[0].isupper() or not text[0].isalpha(), f"{key} starts in lower case"


def test_bad_punctuation_pattern_catches_what_it_should() -> None:
    for bad in ("a..", "a .", "a,.", "a!.", "a  b", "a and .", " a", "a;;"):
        assert BAD_PUNCTUATION.search(bad), bad
    for good in ("a.", "a… b", "a, b.", "a!", "1.5 days", "e.g. this"):
        assert not BAD_PUNCTUATION.search(good), good


def test_a_capital_typed_at_the_start_of_a_value_is_lowered(answers_dir: Path) -> None:
    answers = load(answers_dir / "en-maya.toml")
    answers.set("drivers.values", ["Empathy.", "Rigour", "NASA-grade safety", "English humour"])
    summary = Renderer().render(answers).outputs["summary"].chosen.text
    assert " empathy, rigour, NASA-grade safety and English humour" in summary


def test_names_typed_in_lower_case_get_capitals_but_keep_particles() -> None:
    from wizard.core.context import name_case

    assert name_case("maya van okafor") == "Maya van Okafor"
    assert name_case("chiara di marco") == "Chiara di Marco"
    assert name_case("Joris van Dam") == "Joris van Dam"  # chosen spelling kept
    assert name_case("van dijk") == "Van dijk".replace("dijk", "Dijk")


def test_title_case_role_is_not_half_lowered() -> None:
    from wizard.core.filters import lower_first
    from wizard.core.languages import language

    en = language("en")
    assert lower_first("Data Engineer", en) == "Data Engineer"
    assert lower_first("Data engineer", en) == "data engineer"


def test_a_value_typed_twice_is_said_once() -> None:
    from wizard.core.context import shaped_values
    from wizard.core.model import Answers

    answers = Answers("en")
    answers.set("drivers.values", ["clarity", "Clarity", "care"])
    assert shaped_values(answers)["drivers.values"] == ["clarity", "care"]


def test_first_claim_keeps_a_proof_that_fits_and_cuts_a_long_one_after_its_number() -> None:
    from wizard.core.filters import first_claim
    from wizard.core.languages import language

    short = "Cut the nightly run from six hours to twenty minutes"
    assert first_claim(short, language("en")) == short
    long = ("Ho seguito oltre 80 aziende nella gestione della cassa integrazione nel 2020, "
            "senza un solo ricorso e con tempi di pagamento sempre rispettati per tutti")
    assert first_claim(long, language("it")) == (
        "Ho seguito oltre 80 aziende nella gestione della cassa integrazione nel 2020")
    # a number written out counts; "and" is never a cut ("between 2019 and 2023")
    words = ("Nous sommes passés de septante à cent-vingt collaborateurs en trois ans, avec "
             "un taux de rotation divisé par deux et des entretiens annuels pour chacun")
    assert first_claim(words, language("fr")).endswith("en trois ans")
    no_number_first = ("Over many years of patient work with families across the county, "
                       "I placed 40 children with foster carers who are still with them today")
    assert first_claim(no_number_first, language("en")) == no_number_first


@pytest.mark.parametrize(("said", "reads"), [
    # an emoji that ended a sentence leaves its full stop; nobody says "baguette emoji"
    ("Je veux former des apprentis au levain naturel 🥖 Je m'adresse aux gens.",
     "Je veux former des apprentis au levain naturel. Je m'adresse aux gens."),
    ("Sono qui per aiutarti 💪 e per crescere con passione ❤️.",
     "Sono qui per aiutarti e per crescere con passione."),
    # in a name or before one the sentence goes on
    ("Hi, I'm Priya 🌸 Raman, a frontend developer at 🏢 Bangalore Labs.",
     "Hi, I'm Priya Raman, a frontend developer at Bangalore Labs."),
    ("Ciao, sono Sofia, illustratrice freelance presso 🎨 Studio Sole a Bologna.",
     "Ciao, sono Sofia, illustratrice freelance presso Studio Sole a Bologna."),
    ("Hallo, ik ben Jorien.", "Hallo, ik ben Jorien."),
    # after a year or a short word too
    ("Je veux être dans 500 restos d'ici 2027 🚀 Je m'adresse aux chefs.",
     "Je veux être dans 500 restos d'ici 2027. Je m'adresse aux chefs."),
    ("Je bosse avec impact et fun 😄 J'y tiens parce que j'ai bossé en cuisine.",
     "Je bosse avec impact et fun. J'y tiens parce que j'ai bossé en cuisine."),
])
def test_a_spoken_text_says_no_emoji(said: str, reads: str) -> None:
    from wizard.core.filters import unspoken
    from wizard.core.languages import language

    assert unspoken(said, language("fr")) == reads
