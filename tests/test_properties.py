"""Tests properties of any input (hypothesis): rendering never fails, evaluates or leaks."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from wizard.core.counting import grapheme_count, utf16_length
from wizard.core.filters import tidy
from wizard.core.languages import available_languages, language
from wizard.core.model import FIELDS, MAX_ANSWER_CHARS, MAX_ITEM_CHARS, Answers, AnswersError, load
from wizard.core.render import Renderer

CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
RENDERER = Renderer()
TEXT_FIELDS = [f for f in FIELDS if f.kind == "text"]
LIST_FIELDS = [f for f in FIELDS if f.kind == "list"]
SETTINGS = settings(max_examples=40, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

TEMPLATE_BITS = ["{{ 7*7 }}", "{% for x in range(7) %}x{% endfor %}", "{{", "}}", "{%", "%}",
                 "{#", "#}", "{{ lipsum() }}", "{{ self }}", "${x}", "%(x)s", "{0}", "\\"]
ESCAPES = ["\x1b[31m", "\x1b[0m", "\x1b]0;t\x07", "\x07", "\x00", "\r\n", "\u202e", "\u2066",
           "\x9b2J", "\t", "\u200d", "\ufe0f"]
pieces = st.one_of(
    st.text(max_size=40),
    st.sampled_from(TEMPLATE_BITS),
    st.sampled_from(ESCAPES),
    st.sampled_from(["🚀", "🇳🇱", "👩‍💻", "𝗔", "e\u0301", "ß", "İ", "ﬁ", " . ", "..", ",.", "!."]),
)
answer_text = st.lists(pieces, max_size=8).map("".join)


@st.composite
def answers(draw: st.DrawFn) -> Answers:
    a = Answers(draw(st.sampled_from(available_languages())))
    for f in TEXT_FIELDS:
        a.set(f.key, draw(answer_text))
    for f in LIST_FIELDS:
        a.set(f.key, draw(st.lists(answer_text, max_size=6)))
    a.set("person.premium", draw(st.booleans()))
    return a


def all_texts(a: Answers) -> list[str]:
    result = RENDERER.render(a)
    return [r.text for o in result.outputs.values() for r in o.alternatives]


def typed(a: Answers) -> str:
    return " ".join(v if isinstance(v, str) else " ".join(v) for v in a.values.values()
                    if not isinstance(v, bool))


@SETTINGS
@given(answers())
def test_any_answers_render_without_evaluating_or_leaking_controls(a: Answers) -> None:
    assume("49" not in typed(a))
    for text in all_texts(a):
        assert "49" not in text
        assert not CONTROL.search(text), repr(text)
        assert "\x1b" not in text


@SETTINGS
@given(st.sampled_from(available_languages()), st.sampled_from(TEXT_FIELDS), answer_text)
def test_template_syntax_anywhere_comes_out_as_typed(lang: str, field, value: str) -> None:  # type: ignore[no-untyped-def]
    a = load(_persona(lang))
    a.set(field.key, value + " {{ 7*7 }}")
    assume("49" not in typed(a))
    for text in all_texts(a):
        assert "49" not in text


@settings(max_examples=5, deadline=None)
@given(st.sampled_from(available_languages()), st.sampled_from([", ", ".", "…", "🚀", "a"]))
def test_huge_answers_render(lang: str, unit: str) -> None:
    a = load(_persona(lang))
    with pytest.raises(AnswersError, match="an answer may be at most 2,000"):
        a.set("person.role", unit * 20_000)  # over the limit: refused, not minutes of render
    a.set("person.role", (unit * 20_000)[:MAX_ANSWER_CHARS])
    a.set("drivers.values", [(unit * 5_000)[:MAX_ITEM_CHARS]] * 3)
    result = RENDERER.render(a)
    if any(ch.isalnum() or ch == "🚀" for ch in unit):
        assert not result.outputs["headline"].chosen.ok
        assert result.outputs["headline"].chosen.findings[0].code == "too_long"
    else:  # punctuation alone is kept as typed but is not an answer
        assert a.missing() == ["person.role", "drivers.values"]


@SETTINGS
@given(st.binary(max_size=300), st.sampled_from(["a.toml", "a.json"]))
@example(b"schema = 1\nlang = 'en'\n[person]\nname = 1979-05-27\n", "a.toml")
@example(b'{"schema": 1e400, "lang": "en"}', "a.json")
@example(b'{"schema": 1, "lang": "en", "person": {"name": {"$": []}}}', "a.json")
def test_any_file_loads_or_gives_one_line_error(tmp_path_factory, data: bytes, name: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path_factory.mktemp("files") / name
    path.write_bytes(data)
    try:
        load(path, partial=True)
    except AnswersError as exc:
        assert "\n" not in str(exc) and str(exc).startswith(str(path))


@SETTINGS
@given(st.one_of(st.text(), st.text(alphabet=st.characters(max_codepoint=0x2100))))
@example("Zoë – “café” … €5\r\n")
@example("e\u0301 👩‍💻 🇳🇱")
def test_counting_matches_utf16_and_graphemes_after_nfc(text: str) -> None:
    import regex

    nfc = unicodedata.normalize("NFC", text)
    assert utf16_length(text) == len(nfc.encode("utf-16-le", "surrogatepass")) // 2
    # the fast path for simple text must agree with full segmentation
    assert grapheme_count(text) == len(regex.findall(r"\X", nfc))


@SETTINGS
@given(st.text(alphabet=st.sampled_from(list("ab .,;:!?…\n")), max_size=60))
def test_tidy_is_idempotent(text: str) -> None:
    once = tidy(text, language("en"))
    assert tidy(once, language("en")) == once


def _persona(lang: str) -> Path:
    here = Path(__file__).resolve().parent / "fixtures" / "answers"
    return next(p for p in sorted(here.glob(f"{lang}-*.toml")) if "minimal" not in p.name)
