"""Tests every quality check firing and not firing, in every language, from the checks data."""

from __future__ import annotations

from pathlib import Path

import pytest

from wizard.core.catalogue import catalogue
from wizard.core.checks import RENDER_KINDS, RUNNERS, CheckSpec, Facts, check_specs, run_checks
from wizard.core.languages import available_languages
from wizard.core.limits import limits
from wizard.core.model import load
from wizard.core.render import Renderer, measure

LANGS = available_languages()
FILLER = "zzz"


def spec(lang: str, code: str) -> CheckSpec:
    return next(s for s in check_specs(lang) if s.code == code)


def codes(output: str, text: str, lang: str, facts: Facts | None = None) -> list[str]:
    return [f.code for f in run_checks(output, text, lang, facts)]


def fires(lang: str, code: str, text: str, facts: Facts | None = None,
          output: str | None = None) -> bool:
    s = spec(lang, code)
    found = [f for f in run_checks(output or s.outputs[0], text, lang, facts) if f.code == code]
    for f in found:
        assert f.severity == s.severity
        assert "{" not in f.message and "}" not in f.message, f"unformatted: {f.message}"
        assert f.message.strip()
    return bool(found)


# --- the data itself -----------------------------------------------------------------------------


def test_every_language_has_the_same_checks() -> None:
    reference = {s.code: (s.kind, s.severity, s.outputs) for s in check_specs("en")}
    for lang in LANGS:
        assert {s.code: (s.kind, s.severity, s.outputs) for s in check_specs(lang)} == reference


@pytest.mark.parametrize("lang", LANGS)
def test_every_kind_has_a_runner(lang: str) -> None:
    for s in check_specs(lang):
        assert s.kind in RUNNERS or s.kind in RENDER_KINDS, s.code
        assert s.severity in ("error", "warning", "info")
        assert set(s.outputs) <= {"headline", "summary", "pitch", "invitation"}


# --- phrase lists: every listed phrase is found, also in other capitals -----------------------


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("code", ["begging", "buzzword"])
def test_every_listed_phrase_fires(lang: str, code: str) -> None:
    s = spec(lang, code)
    assert s.words
    for word in s.words:
        assert fires(lang, code, f"{FILLER} {word} {FILLER}"), word
        assert fires(lang, code, f"{word.upper()}!"), word
        message = next(f.message for f in run_checks(s.outputs[0], word, lang) if f.code == code)
        assert word.casefold() in message.casefold()


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("code", ["begging", "buzzword"])
def test_phrases_do_not_fire_inside_other_words(lang: str, code: str) -> None:
    s = spec(lang, code)
    assert not fires(lang, code, FILLER)
    word = min(s.words, key=len)
    assert not fires(lang, code, f"x{word}x")


@pytest.mark.parametrize("lang", LANGS)
def test_begging_is_an_error_in_the_headline_and_a_warning_elsewhere(lang: str) -> None:
    word = spec(lang, "begging").words[0]
    severities = {out: {f.severity for f in run_checks(out, word, lang) if f.code == "begging"}
                  for out in ("headline", "summary", "pitch", "invitation")}
    assert severities == {"headline": {"error"}, "summary": {"warning"}, "pitch": {"warning"},
                          "invitation": {"warning"}}


def test_each_phrase_is_reported_once() -> None:
    found = [f for f in run_checks("summary", "Passionate, PASSIONATE and driven.", "en")
             if f.code == "buzzword"]
    assert len(found) == 2


# --- headline shape ------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_separators(lang: str) -> None:
    limit = spec(lang, "separators").limit
    assert not fires(lang, "separators", " | ".join(["role"] * (limit + 1)))
    assert fires(lang, "separators", " | ".join(["role"] * (limit + 2)))
    assert fires(lang, "separators", " • ".join(["role"] * (limit + 2)))


@pytest.mark.parametrize("lang", LANGS)
def test_emoji(lang: str) -> None:
    limit = spec(lang, "emoji").limit
    assert not fires(lang, "emoji", "Engineer " + " ".join(["🚀"] * limit))
    assert fires(lang, "emoji", "Engineer " + " ".join(["🚀"] * (limit + 1)))
    assert fires(lang, "emoji", "Engineer 👩‍💻 🇳🇱")  # sequences count as one each
    assert not fires(lang, "emoji", "Engineer 👩‍💻")
    assert not fires(lang, "emoji", "Microsoft® Certified™ Engineer ©")


@pytest.mark.parametrize("lang", LANGS)
def test_capitals(lang: str) -> None:
    s = spec(lang, "capitals")
    assert fires(lang, "capitals", f"{FILLER} " + "WA" * s.limit)
    assert fires(lang, "capitals", f"{FILLER} ÉNORMÉMENT {FILLER}")
    assert not fires(lang, "capitals", f"{FILLER} " + "W" * (s.limit - 1))  # an acronym
    # read letter by letter, not shouted: too few vowels for a word
    assert not fires(lang, "capitals", f"{FILLER} CAMHS, MATLAB")
    assert not fires(lang, "capitals", " ".join(w for w in s.words))  # allowed names
    assert not fires(lang, "capitals", "Data Engineer")


@pytest.mark.parametrize("lang", LANGS)
def test_fancy_text(lang: str) -> None:
    assert fires(lang, "fancy_text", "𝗗𝗮𝘁𝗮 engineer")
    assert fires(lang, "fancy_text", "ᴅᴀᴛᴀ engineer")
    assert fires(lang, "fancy_text", "Ｄａｔａ engineer")
    assert not fires(lang, "fancy_text", "Data engineer – naïve café Ø 🚀")


@pytest.mark.parametrize("lang", LANGS)
def test_role_in_fold(lang: str) -> None:
    fold = limits().headline_fold
    facts = Facts(role="data engineer", fold_headline=fold)
    assert not fires(lang, "role_in_fold", "Data engineer for scale-ups", facts)
    assert fires(lang, "role_in_fold", "x" * fold + " data engineer", facts)
    assert fires(lang, "role_in_fold", "Something else entirely", facts)
    assert not fires(lang, "role_in_fold", "Something else entirely")  # no role known


# --- summary -------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_offer_in_fold(lang: str) -> None:
    s = spec(lang, "offer_in_fold")
    fold = limits().summary_fold_mobile
    facts = Facts(offer="a data platform", fold_summary=fold)
    assert not fires(lang, "offer_in_fold", "Hello. A data platform for you.", facts)
    assert fires(lang, "offer_in_fold", FILLER * 100 + " a data platform", facts)
    # without answers, words that offer help before the fold will do
    assert not fires(lang, "offer_in_fold", f"{FILLER} {s.words[0]} {FILLER}")
    assert fires(lang, "offer_in_fold", FILLER)
    assert fires(lang, "offer_in_fold", FILLER * 100 + f" {s.words[0]}")


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("code", ["first_person", "call_to_action"])
def test_missing_words(lang: str, code: str) -> None:
    s = spec(lang, code)
    assert fires(lang, code, f"{FILLER} {FILLER}.")
    for word in s.words:
        assert not fires(lang, code, f"{FILLER} {word} {FILLER}."), word


@pytest.mark.parametrize("lang", LANGS)
def test_proof(lang: str) -> None:
    s = spec(lang, "proof")
    assert fires(lang, "proof", f"{FILLER} {FILLER}.")
    assert not fires(lang, "proof", f"{FILLER} 40% {FILLER}.")
    for word in s.words:
        assert not fires(lang, "proof", f"{FILLER}, {word} {FILLER}."), word


# --- pitch ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_pitch_opening(lang: str) -> None:
    s = spec(lang, "pitch_opening")
    facts = Facts(name="Maya Okafor", role="data engineer")
    assert not fires(lang, "pitch_opening", "Hi, Maya here. " + f"{FILLER} " * 50, facts)
    assert not fires(lang, "pitch_opening", f"{FILLER} data engineer " * 3, facts)
    late = f"{FILLER} " * s.limit + "Maya Okafor, data engineer."
    assert fires(lang, "pitch_opening", late, facts)
    assert not fires(lang, "pitch_opening", f"{s.words[0]} {FILLER}.")
    assert fires(lang, "pitch_opening", f"{FILLER} " * 30)


@pytest.mark.parametrize("lang", LANGS)
def test_pitch_ending(lang: str) -> None:
    s = spec(lang, "pitch_ending")
    assert fires(lang, "pitch_ending", f"{FILLER}. {FILLER}.")
    assert not fires(lang, "pitch_ending", f"{FILLER}. {FILLER}?")
    for word in s.words:
        assert not fires(lang, "pitch_ending", f"{FILLER}. {FILLER} {word} {FILLER}."), word
    # the ask must be in the last sentence, not earlier
    assert fires(lang, "pitch_ending", f"{FILLER} {s.words[0]}. {FILLER}.")


# --- invitation ----------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_invitation_recipient(lang: str) -> None:
    s = spec(lang, "invitation_recipient")
    facts = Facts(recipient="Saskia")
    assert not fires(lang, "invitation_recipient", f"{s.words[0]} Saskia, {FILLER}.", facts)
    assert fires(lang, "invitation_recipient", f"{s.words[0]}, {FILLER}.", facts)
    message = next(f.message for f in run_checks("invitation", FILLER, lang, facts)
                   if f.code == "invitation_recipient")
    assert "Saskia" in message
    assert not fires(lang, "invitation_recipient", f"{s.words[0]} Pieter, {FILLER}.")
    assert fires(lang, "invitation_recipient", f"{FILLER}, {FILLER}.")


# --- raised by the renderer: limits and lengths --------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("output, limit", [("headline", 220), ("summary", 2600),
                                           ("invitation", 200)])
def test_too_long(lang: str, output: str, limit: int) -> None:
    assert getattr(limits(), output) == limit
    at_limit = measure(output, "é" * limit, lang)
    assert at_limit.ok and "too_long" not in [f.code for f in at_limit.findings]
    over = measure(output, "é" * (limit + 1), lang)
    assert not over.ok
    assert over.findings[0].code == "too_long"
    assert over.findings[0].severity == "error"
    assert str(limit + 1) in over.findings[0].message and str(limit) in over.findings[0].message


@pytest.mark.parametrize("lang", LANGS)
def test_too_long_counts_utf16_units(lang: str) -> None:
    # 110 rockets are 110 graphemes but 220 code units: at the limit, not over
    assert measure("headline", "🚀" * 110, lang).ok
    assert not measure("headline", "🚀" * 110 + "x", lang).ok


@pytest.mark.parametrize("lang", LANGS)
def test_invitation_limit_is_300_with_premium(lang: str) -> None:
    text = "a" * 250
    assert not measure("invitation", text, lang).ok
    premium = measure("invitation", text, lang, premium=True)
    assert premium.ok and premium.limit == 300
    assert not measure("invitation", "a" * 301, lang, premium=True).ok


@pytest.mark.parametrize("lang", LANGS)
def test_pitch_length(lang: str) -> None:
    lim = limits()
    words_per_second = lim.words_per_minute / 60

    def pitch(seconds: float) -> list[str]:
        text = " ".join(["word"] * round(seconds * words_per_second))
        return [f.code for f in measure("pitch", text, lang).findings]

    assert "pitch_too_short" in pitch(lim.pitch_min_seconds - 2)
    assert "pitch_too_long" in pitch(lim.pitch_max_seconds + 2)
    middle = pitch((lim.pitch_min_seconds + lim.pitch_max_seconds) / 2)
    assert "pitch_too_short" not in middle and "pitch_too_long" not in middle
    assert spec(lang, "pitch_too_long").severity == "error"
    assert spec(lang, "pitch_too_short").severity == "warning"


def test_pitch_seconds_follow_wpm() -> None:
    text = " ".join(["word"] * 130)
    assert measure("pitch", text, "en").seconds == 60.0
    slow = measure("pitch", text, "en", wpm=100)
    assert slow.seconds == 78.0 and not slow.ok
    assert measure("pitch", text, "en", wpm=200).seconds == 39.0


@pytest.mark.parametrize("lang", LANGS)
def test_too_many_items(lang: str, answers_dir: Path) -> None:
    answers = _persona(lang, answers_dir)
    result = Renderer().render(answers)
    assert "too_many_items" not in [f.code for f in result.findings]
    answers.set("drivers.values", ["one", "two", "three", "four", "five", "six"])
    found = [f for f in Renderer().render(answers).findings if f.code == "too_many_items"]
    # named by its question, never by its key
    label = catalogue(lang).label("drivers.values", answers.register)
    assert len(found) == 1 and label in found[0].message and "6" in found[0].message
    assert "drivers.values" not in found[0].message


@pytest.mark.parametrize("lang", LANGS)
def test_answer_too_long_names_the_answer(lang: str, answers_dir: Path) -> None:
    answers = _persona(lang, answers_dir)
    answers.set("person.role", " ".join(["engineer"] * 26))  # 233 characters, in every variant
    headline = Renderer().render(answers).outputs["headline"].chosen
    assert not headline.ok
    codes_ = [f.code for f in headline.findings]
    assert codes_[:2] == ["too_long", "answer_too_long"]
    message = headline.findings[1].message
    label = catalogue(lang).label("person.role", answers.register)
    assert label in message and "person.role" not in message and "233" in message


def _persona(lang: str, answers_dir: Path):  # type: ignore[no-untyped-def]
    files = sorted(answers_dir.glob(f"{lang}-*.toml"))
    if not files:
        pytest.skip(f"no fixture persona for {lang}")
    return load(files[0])


# --- the rendered personas pass their own checks -------------------------------------------------


@pytest.mark.parametrize("name", ["en-maya.toml", "nl-sanne.toml", "it-chiara.toml"])
def test_good_profiles_have_no_errors_or_warnings(name: str, answers_dir: Path) -> None:
    answers = load(answers_dir / name)
    if answers.lang not in LANGS:
        pytest.skip(answers.lang)
    result = Renderer().render(answers)
    assert [f for f in result.findings if f.severity != "info"] == []
    assert all(o.chosen.ok for o in result.outputs.values())


# --- docs/outputs-and-checks.md stays true ---------------------------------------------------


DOC = Path(__file__).resolve().parent.parent / "docs" / "outputs-and-checks.md"


def test_doc_describes_every_check_with_its_severity() -> None:
    rows = {line.split("|")[1].strip(" `"): [c.strip() for c in line.split("|")[1:-1]]
            for line in DOC.read_text(encoding="utf-8").splitlines() if line.startswith("| `")}
    for s in check_specs("en"):
        assert s.code in rows, f"docs/outputs-and-checks.md does not describe '{s.code}'"
        assert rows[s.code][2] == s.severity, s.code


def test_doc_lists_every_variant_and_limit() -> None:
    from wizard.core.templates import OUTPUTS, TemplateSet

    text = DOC.read_text(encoding="utf-8")
    for output in OUTPUTS:
        for v in TemplateSet().variants("en", output):
            assert f"| {output} | `{v.name}` |" in text, f"{output}/{v.name} is not in the doc"
    lim = limits()
    for figure in (lim.headline, lim.headline_fold, lim.summary_fold_mobile,
                   lim.summary_fold_desktop, lim.invitation, lim.invitation_premium,
                   lim.words_per_minute):
        assert str(figure) in text
    assert f"{lim.summary:,}" in text
    assert f"{lim.pitch_min_seconds}–{lim.pitch_max_seconds} seconds" in text
