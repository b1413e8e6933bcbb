"""Tests for the exports: JSON Resume structure, and the handout as Markdown and HTML."""

from __future__ import annotations

import datetime as dt
import html
import json
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from wizard.core import handout
from wizard.core.exporters import handout_html, handout_markdown, json_resume
from wizard.core.importers import Before
from wizard.core.languages import available_languages
from wizard.core.model import Answers, load
from wizard.core.render import Renderer, Result, measure

SAMPLES = Path(__file__).parent.parent / "wizard" / "data" / "lang" / "en" / "samples"
WHEN = dt.date(2025, 11, 22)

# The part of the JSON Resume 1.0 schema our export touches, copied in shape: top-level
# properties are closed (additionalProperties false); basics, skills items and meta are open.
STRING = {"type": "string"}
RESUME_SCHEMA: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "$schema": STRING,
        "basics": {"type": "object", "additionalProperties": True, "properties": {
            k: STRING for k in ("name", "label", "image", "email", "phone", "url", "summary")}},
        "skills": {"type": "array", "items": {"type": "object", "additionalProperties": True,
                                              "properties": {"name": STRING, "level": STRING,
                                                             "keywords": {"type": "array",
                                                                          "items": STRING}}}},
        "meta": {"type": "object", "additionalProperties": True, "properties": {
            "canonical": STRING, "version": STRING, "lastModified": STRING}},
        **{k: {"type": "array"} for k in ("work", "volunteer", "education", "awards",
                                          "certificates", "publications", "languages",
                                          "interests", "references", "projects")},
    },
}
TYPES = {"object": dict, "array": list, "string": str}


def violations(value: Any, schema: dict[str, Any], where: str = "$") -> list[str]:
    """A small subset of JSON Schema: type, properties, additionalProperties, items."""
    if not isinstance(value, TYPES[schema["type"]]):
        return [f"{where}: expected {schema['type']}"]
    found: list[str] = []
    if isinstance(value, dict):
        props = schema.get("properties", {})
        for key, item in value.items():
            if key in props:
                found += violations(item, props[key], f"{where}.{key}")
            elif schema.get("additionalProperties") is False:
                found.append(f"{where}: unexpected property '{key}'")
    if isinstance(value, list) and "items" in schema:
        for i, item in enumerate(value):
            found += violations(item, schema["items"], f"{where}[{i}]")
    return found


@pytest.fixture
def answers() -> Answers:
    return load(SAMPLES / "full.toml")


@pytest.fixture
def result(answers: Answers) -> Result:
    return Renderer().render(answers)


def test_the_schema_check_can_fail() -> None:
    assert violations({"basics": {"name": 1}, "extra": []}, RESUME_SCHEMA) == [
        "$.basics.name: expected string", "$: unexpected property 'extra'"]


def test_json_resume_fits_the_schema_and_carries_the_texts(answers: Answers,
                                                           result: Result) -> None:
    doc = json_resume(answers, result)
    assert violations(doc, RESUME_SCHEMA) == []
    basics = doc["basics"]
    texts = {k: o.chosen.text for k, o in result.outputs.items()}
    assert basics["name"] == "Maya Okafor"
    assert basics["label"] == texts["headline"]
    assert basics["summary"] == texts["summary"]
    assert basics["pitch"] == texts["pitch"]
    assert basics["invitation"] == texts["invitation"]
    assert [s["name"] for s in doc["skills"]] == ["data modelling", "Python", "stream processing"]
    assert json.loads(json.dumps(doc, ensure_ascii=False)) == doc


def test_json_resume_from_edited_texts_without_invitation(answers: Answers) -> None:
    doc = json_resume(answers, {"headline": "  Data engineer  for logistics ", "summary": "",
                                "pitch": "Hi, I'm Maya."})
    assert violations(doc, RESUME_SCHEMA) == []
    assert doc["basics"]["label"] == "Data engineer for logistics"
    assert "summary" not in doc["basics"] and "invitation" not in doc["basics"]


def test_markdown_handout_has_answers_texts_before_notes_and_date(answers: Answers,
                                                                  result: Result) -> None:
    before = Before("Motivated engineer | Open to work", "I am passionate about data.",
                    "LinkedIn export Basic.zip", "2025-10-01")
    md = handout_markdown(answers, result, before=before, notes="Practise the pitch aloud.",
                          when=WHEN)
    assert md.startswith("# Profile texts — for Maya Okafor\n")
    assert "Date: 2025-11-22" in md
    assert ("**Before** (from LinkedIn export Basic.zip, 2025-10-01) · "
            "*33/220 characters · fits*") in md
    assert "'open to work' begs for a job" in md  # the old headline's check
    headline = result.outputs["headline"].chosen
    assert f"**After** · *{headline.length}/220 characters · fits*" in md
    assert f"> {headline.text}" in md
    assert "- *In the coming years I will* build data platforms" in md
    assert "- *What drives me:* clarity, craftsmanship" in md
    assert "## Coach's notes\n\nPractise the pitch aloud." in md
    assert md.index("## Your texts") < md.index("## Your answers") < md.index("## Coach's")


def test_markdown_handout_without_before_or_notes(answers: Answers, result: Result) -> None:
    md = handout_markdown(answers, result, when=WHEN)
    assert "**Before**" not in md and "**After**" not in md and "Coach's notes" not in md
    for output in result.outputs.values():
        assert output.chosen.text.splitlines()[0] in md


def test_edited_text_is_counted_and_checked(answers: Answers) -> None:
    md = handout_markdown(answers, {"headline": "x" * 230}, when=WHEN)
    assert "*230/220 characters · does not fit*" in md
    assert "230 characters: over the limit of 220." in md


def test_markdown_escapes_tags_in_user_text(answers: Answers) -> None:
    answers.set("person.name", "Maya <img src=x onerror=alert(1)> Okafor")
    md = handout_markdown(answers, {"headline": "Engineer <script>x</script>"}, when=WHEN)
    assert re.search(r"(?<!\\)<[A-Za-z/]", md) is None  # no tag a viewer would run
    assert r"\<img src=x" in md and r"\<script>x\</script>" in md


class Page(HTMLParser):
    """Collects what a self-contained page must not have and the text it shows."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.external: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        for name, value in attrs:
            if name in ("src", "href", "srcset", "action", "data") or name.startswith("on"):
                self.external.append(f"{tag} {name}={value}")

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(page: str) -> Page:
    p = Page()
    p.feed(page)
    return p


def test_html_handout_is_self_contained_and_escapes_every_user_text(answers: Answers) -> None:
    evil = '<script>alert("x")</script>'
    answers.set("person.name", f"Maya {evil}")
    answers.set("future.doing", f"build {evil} platforms")
    before = Before(f"Old {evil}", "", f"file {evil}.csv")
    page = handout_html(answers, Renderer().render(answers), before=before,
                        notes=f"Note {evil}", when=WHEN)
    p = parse(page)
    assert "script" not in p.tags and "link" not in p.tags and "img" not in p.tags
    assert p.external == []
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    assert page.count("&lt;script&gt;") >= 5 and "<script>" not in page
    shown = html.unescape("".join(p.text))
    assert f"Maya {evil}" in shown and f"Note {evil}" in shown and f"Old {evil}" in shown


def test_html_handout_shows_texts_counts_checks_and_print_styles(answers: Answers,
                                                                 result: Result) -> None:
    page = handout_html(answers, result, before=Before("Open to work", "", "x"),
                        notes="First line.\n\nSecond paragraph.", when=dt.datetime(2025, 11, 22, 9))
    shown = html.unescape("".join(parse(page).text))
    for output in result.outputs.values():
        assert output.chosen.text in shown
    assert '<time datetime="2025-11-22">' in page
    assert "@media print" in page and "@page" in page
    assert "'open to work' begs for a job" in shown
    assert "In the coming years I will …" in shown
    assert "First line.\n\nSecond paragraph." in shown
    assert 'lang="en"' in page


def test_measured_keeps_output_order_and_drops_empty_texts(answers: Answers) -> None:
    got = handout.measured(answers, {"pitch": "Hi, I'm Maya.", "headline": "Data engineer",
                                     "summary": "   "})
    assert list(got) == ["headline", "pitch"]
    assert got["pitch"].variant == "edited" and got["headline"].length == 13


def test_counter_speaks_the_handout_language() -> None:
    pitch = measure("pitch", "word " * 97, "en")
    assert handout.counter(pitch, "nl").startswith("97 woorden · ongeveer 44,8 s")
    assert handout.counter(pitch, "en").startswith("97 words · about 44.8 s")
    emoji = measure("headline", "Engineer 🚀", "en")
    assert handout.counter(emoji, "it") == "11/220 caratteri, 10 visibili"


def test_handout_words_are_in_every_pack_and_the_source_is_said_per_language() -> None:
    from wizard.core import words

    for lang in available_languages():
        assert set(words.area(lang, "handout")) == set(words.area("en", "handout")), lang
    assert handout.source_label("LinkedIn export Basic.zip", "nl") == "LinkedIn-export Basic.zip"
    assert handout.source_label("LinkedIn export Basic.zip", "it") == \
        "esportazione LinkedIn Basic.zip"
    assert handout.source_label("a file I had", "it") == "a file I had"
