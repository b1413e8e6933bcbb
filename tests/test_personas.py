"""Tests the promises of `render` on every fixture persona, as written and made verbose.

Every text fits its limit or says so with an error naming the answer to shorten; punctuation
is clean; no word of another language's templates slips in; the headline has the role, the
pitch the name, the summary the offer and the future; no answer is ever run as a template.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import unicodedata
from functools import cache, lru_cache
from pathlib import Path

import pytest
from persona_renders import rendered

from wizard.core.context import shaped_values
from wizard.core.filters import tidy, unspoken
from wizard.core.languages import available_languages, language
from wizard.core.limits import limits
from wizard.core.model import FIELDS, Answers, load
from wizard.core.render import Renderer, Result
from wizard.core.templates import builtin_templates

HERE = Path(__file__).resolve().parent
PERSONAS = sorted(p for d in ("answers", "personas") for p in (HERE / "fixtures" / d).iterdir()
                  if p.suffix in (".toml", ".json"))
# "..", " .", ",.", "!.", "?.", ";.", ":.", a space before a comma, doubled spaces, and a list
# joined from nothing ("and .", "en .", "e ."); an ellipsis (…) is not a doubled stop, nor
# "and" before a word set off by commas ("save time and, honestly, mistakes")
# a smiley typed after a space (" :)", " ;-)") is the writer's, not a stray mark
BAD = re.compile(r"(?<![.…])\.\.(?!\.)|[ \t](?:[.,!?]|[;:](?!-?[()DPp]))|[,;:!?]\.|  "
                 r"|\s(?:and|en|e|or|of|o)(?:\.|,(?!\s[^\W\d_]+,))"
                 r"|^\s|\s$|[,;:]\s*$")


def _verbose(answers: Answers) -> Answers:
    """The same person, answering at great length: 10 list items, every text 300-2000 chars."""
    long = answers.copy()
    for f in FIELDS:
        value = long[f.key]
        if f.kind == "list" and value:
            long.set(f.key, [f"{v} {i}" for i in range(10) for v in value[:1]])
        elif f.kind == "text" and value and f.key not in (
                "person.name", "invitation.recipient"):
            long.set(f.key, " ".join([str(value)] * max(2, 400 // len(str(value)) + 1)))
    return long


def _cases() -> list[tuple[str, Answers]]:
    out = []
    for p in PERSONAS:
        answers = load(p)
        out += [(p.stem, answers), (f"{p.stem}-verbose", _verbose(answers))]
    return out


CASES = _cases()
PATHS = {p.stem: p for p in PERSONAS}
IDS = [name for name, _ in CASES]


# The tests of one persona run one after another (the name is a module-scoped parameter): they
# fall to one test worker, which renders the persona once and need not keep it. In the order of
# the functions, each of `make test`'s workers rendered nearly every persona, and kept them all.
# A persona as written is rendered once per process for every file that checks it
# (persona_renders); its verbose twin only here.
@lru_cache(maxsize=2)
def _rendered(name: str) -> tuple[Answers, Result]:
    if (path := PATHS.get(name)) is not None:
        return rendered(path)
    answers = dict(CASES)[name]
    return answers, Renderer().render(answers)


def _utf16(text: str) -> int:
    return len(unicodedata.normalize("NFC", text).encode("utf-16-le")) // 2


@pytest.mark.parametrize("name", IDS, scope="module")
def test_every_text_fits_or_names_the_answer_to_shorten(name: str) -> None:
    _, result = _rendered(name)
    lim = limits()
    for output, o in result.outputs.items():
        r = o.chosen
        assert r.length == _utf16(r.text), output
        codes = {f.code for f in r.findings if f.severity == "error"}
        if output == "pitch":
            assert r.ok == (lim.pitch_min_seconds <= r.seconds <= lim.pitch_max_seconds)
            over = r.seconds > lim.pitch_max_seconds
        else:
            assert r.ok == (r.length <= r.limit), output
            over = not r.ok
        if over:
            assert "answer_too_long" in codes, (output, r.findings)
            named = next(f for f in r.findings if f.code == "answer_too_long").message
            # the question as the person saw it ('I can help you with …'), never its key
            assert re.search(r"'[^']+ …'", named) and not re.search(r"'[a-z_]+\.[a-z_]+'",
                                                                 named), named
        elif not r.ok:  # only a pitch can miss by being short: a warning that says so
            assert any(f.code == "pitch_too_short" for f in r.findings)


@pytest.mark.parametrize("name", IDS, scope="module")
def test_punctuation_is_clean(name: str) -> None:
    _, result = _rendered(name)
    for output, o in result.outputs.items():
        for r in o.alternatives:
            for line in r.text.split("\n"):
                if line:
                    assert not BAD.search(line), (output, r.variant, BAD.search(line), line)


# A word, not an elided article ("all'Ufficio" holds no English "all").
WORD = r"[^\W\d_]{3,}(?!['’])"


@cache
def _template_words(lang: str) -> frozenset[str]:
    words: set[str] = set()
    for path in (builtin_templates() / lang).rglob("*.j2"):
        source = re.sub(r"\{#.*?#\}|\{\{.*?\}\}|\{%.*?%\}", " ", path.read_text(),
                        flags=re.DOTALL)
        words |= {w.casefold() for w in re.findall(WORD, source)}
    return frozenset(words)


def _foreign_words(lang: str) -> frozenset[str]:
    """Words of other languages' templates that the language's own templates never use."""
    others: set[str] = set()
    for other in available_languages():
        if other != lang:
            others |= _template_words(other)
    return frozenset(others - _template_words(lang))


@pytest.mark.parametrize("name", IDS, scope="module")
def test_no_words_of_another_languages_templates(name: str) -> None:
    answers, result = _rendered(name)
    typed = {w.casefold() for v in answers.values.values()
             for w in re.findall(WORD, json.dumps(v, ensure_ascii=False))}
    foreign = _foreign_words(answers.lang) - typed
    for output, o in result.outputs.items():
        for r in o.alternatives:
            words = {w.casefold() for w in re.findall(WORD, r.text)}
            assert not words & foreign, (output, r.variant, sorted(words & foreign))


def _shows(answer: str, text: str, reach: int = 0) -> bool:
    """The answer (its first `reach` characters) is in the text; an answer whose first word
    its frame reshaped ("finding your next chapter" read as "help you find your next
    chapter") shows by the words after it."""
    if answer[:reach or None] in text:
        return True
    rest = answer.partition(" ")[2]
    if len(rest.split()) > 2 and rest[:reach or None] in text:
        return True
    # activities joined with "and" take one verb form ("getting … home and keeping them
    # there" read as "get … home and keep them there"), a bare comma list its "and": every
    # other word of the answer is in the text, in order, in a span of about its length
    words = re.findall(r"\w+", answer)
    if reach and len(answer) > reach:  # the words before the reach, none cut in half
        words = re.findall(r"\w+", answer[:reach])[:-1]
    kept = [w for w in words if not w.endswith("ing")]
    said = re.findall(r"\w+", text)
    if len(kept) < 3:
        return False
    for start in (i for i, w in enumerate(said) if w == kept[0]):
        span, at = said[start:start + len(words) + 3], 0
        for w in kept:
            while at < len(span) and span[at] != w:
                at += 1
            if at == len(span):
                break
            at += 1
        else:
            return True
    return False


@pytest.mark.parametrize("name", IDS, scope="module")
def test_the_texts_carry_role_name_offer_and_future(name: str) -> None:
    answers, result = _rendered(name)
    shaped = shaped_values(answers)

    lang = language(answers.lang)

    def has(output: str, key: str) -> bool:
        text = result.outputs[output].chosen.text.casefold()
        value = tidy(str(shaped[key]), lang)
        if output == "pitch":  # said aloud: without its emoji
            value = unspoken(value, lang)
        return _shows(value.casefold(), text, 40)

    assert has("headline", "person.role")
    assert has("pitch", "person.spoken_name")
    assert has("summary", "offer.help")
    assert has("summary", "future.doing")


@pytest.mark.parametrize("name", [n for n in IDS if not n.endswith("-verbose")],
                         scope="module")
def test_spec_style_for_answers_of_ordinary_length(name: str) -> None:
    """The role shows in the first 60 characters of the headline, the offer in the first 200
    of the summary (what a phone shows), and the pitch takes 20 to 60 seconds."""
    answers, result = _rendered(name)
    shaped = shaped_values(answers)
    role = str(shaped["person.role"])
    offer = tidy(str(shaped["offer.help"]), language(answers.lang))  # as the text says it
    headline = result.outputs["headline"].chosen
    summary = result.outputs["summary"].chosen
    assert headline.ok and summary.ok
    if len(role) <= 40:
        assert role.casefold() in headline.text.casefold()[:60]
    if len(offer) <= 100:
        assert _shows(offer.casefold(), summary.text.casefold()[:200])
    pitch = result.outputs["pitch"].chosen
    if name != "it-minimal":  # eight one-word answers: honestly too short (a warning)
        assert pitch.ok, pitch.seconds


@pytest.mark.parametrize("name", IDS, scope="module")
def test_no_answer_is_run_as_a_template(name: str) -> None:
    answers, result = _rendered(name)
    typed = json.dumps(answers.values, ensure_ascii=False)
    for o in result.outputs.values():
        for r in o.alternatives:
            if "49" not in typed:
                assert "49" not in r.text
            # as many template delimiters as the answers brought in, none eaten
            for mark in ("{{", "{%", "{#"):
                assert r.text.count(mark) <= typed.count(mark)


def test_hostile_answers_stay_literal_and_invisible_characters_go() -> None:
    _, result = _rendered("en-robert-hostile")
    pitch = result.outputs["pitch"].chosen.text
    assert "{{ 7*7 }}" in pitch and "{# comment #}" in pitch
    every = "\n".join(r.text for o in result.outputs.values() for r in o.alternatives)
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f\u200b\u202a-\u202e\u2066-\u2069]", every)
    # an answer of punctuation or invisible characters only leaves no sentence behind
    assert "Where my work ends" not in every and "What I want to change" not in every
    # signed with the first word of the name that is a word
    assert result.outputs["invitation"].chosen.text.endswith("Best, Robert")


@pytest.mark.parametrize("persona", [p for p in PERSONAS if "hostile" in p.stem
                                     or "emoji" in p.stem], ids=lambda p: p.stem)
@pytest.mark.parametrize("fmt", ["text", "json"])
def test_cli_renders_messy_personas(persona: Path, fmt: str) -> None:
    done = subprocess.run([sys.executable, "-m", "wizard", "render", str(persona),
                           "--format", fmt], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    if fmt == "json":
        doc = json.loads(done.stdout)
        assert set(doc["outputs"]) >= {"headline", "summary", "pitch"}
    assert "Traceback" not in done.stdout


@pytest.mark.parametrize("lang", available_languages())
def test_pasted_bullets_and_caps_lock_are_undone(lang: str) -> None:
    answers = load(next(p for p in PERSONAS if p.stem.startswith(f"{lang}-")
                        and "minimal" not in p.stem))
    answers.set("drivers.values", ["- CLARITY", "• patience", ", care"])
    answers.set("expertise.areas", ["* Python", "-5% costs"])
    text = Renderer().render(answers, {"pitch": "story"}).outputs["pitch"].chosen.text
    and_word = re.escape(language(lang).and_word)
    assert re.search(rf"clarity, patience {and_word} care", text, re.IGNORECASE), text
    assert "CLARITY" not in text and "•" not in text and "* " not in text
    # French typography puts a no-break space before "%"
    assert "Python" in text and re.search(r"-5\u00a0?% costs", text), text
