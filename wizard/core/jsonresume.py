"""Provides JSON Resume (schema 1.0): reading a resume's basics and writing the texts as one."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from wizard import __version__
from wizard.core.dataclass_cache import dataclass
from wizard.core.linkedin import within_bounds
from wizard.core.model import Answers
from wizard.core.positions import Position, latest_position, sensible_skills
from wizard.core.render import Rendered
from wizard.core.sanitize import clean_text

SCHEMA_URL = "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json"
# Where we keep what JSON Resume has no field for; `meta` accepts any property.
META_KEY = "profileWizard"


class JSONResumeError(ValueError):
    """A JSON Resume document that cannot be used; one line, without the file name, in the
    interface language."""

    def __init__(self, key: str, /, **values: Any) -> None:
        from wizard.core.linkedin import say

        super().__init__(say(key, **values))


@dataclass(frozen=True)
class Basics:
    """What an imported resume says: name, label (≈ headline), summary (≈ About)."""

    name: str
    label: str
    summary: str
    lang: str | None  # set when profile-wizard wrote the file
    position: Position | None = None  # the most recent entry of `work`
    skills: tuple[str, ...] = ()  # `skills[].name`, at most five sensible ones


def is_resume(doc: Mapping[str, Any]) -> bool:
    """A JSON object is a resume when it has `basics` or points at the resume schema."""
    schema = doc.get("$schema")
    return "basics" in doc or (isinstance(schema, str) and "resume" in schema.casefold())


def _text(basics: Mapping[str, Any], key: str, *, multiline: bool = False) -> str:
    value = basics.get(key, "")
    if value is None:
        return ""
    if not isinstance(value, str):
        from wizard.core.model import _describe as describe_value
        from wizard.core.words import interface_language

        raise JSONResumeError("basics_not_text", key=key,
                              what=describe_value(value).text(interface_language()))
    return clean_text(value, multiline=multiline)


def parse(doc: Mapping[str, Any]) -> Basics:
    """The basics of a resume; a wrong type names the field."""
    basics = doc.get("basics", {})
    if not isinstance(basics, Mapping):
        raise JSONResumeError("basics_not_object")
    meta = doc.get("meta", {})
    ours = meta.get(META_KEY, {}) if isinstance(meta, Mapping) else {}
    lang = ours.get("lang") if isinstance(ours, Mapping) else None
    label, summary = _text(basics, "label"), _text(basics, "summary", multiline=True)
    within_bounds(label, summary, JSONResumeError)
    return Basics(name=_text(basics, "name"), label=label, summary=summary,
                  lang=lang if isinstance(lang, str) else None,
                  position=latest_position(_work(doc.get("work"))),
                  skills=sensible_skills(_skill_names(doc.get("skills"))))


def _field(entry: Mapping[str, Any], *keys: str) -> str:
    for key in keys:
        value = entry.get(key)
        if isinstance(value, str) and value.strip():
            return clean_text(value)
    return ""


def _work(work: object) -> list[Position]:
    """The `work` entries (`name` is the organisation; older resumes call it `company`)."""
    if not isinstance(work, list):
        return []
    return [Position(_field(w, "position", "title"), _field(w, "name", "company"),
                     _field(w, "startDate"), _field(w, "endDate"))
            for w in work if isinstance(w, Mapping)]


def _skill_names(skills: object) -> list[str]:
    if not isinstance(skills, list):
        return []
    return [s["name"] for s in skills if isinstance(s, Mapping) and isinstance(s.get("name"), str)]


def export(answers: Answers, texts: Mapping[str, Rendered]) -> dict[str, Any]:
    """A JSON Resume document: headline → basics.label, About → basics.summary.

    The pitch and the invitation note go in as extra `basics` properties (the schema allows
    them); expertise areas become skills, so a resume theme shows them.
    """
    basics: dict[str, Any] = {"name": answers.text("person.name")}
    for output, key in (("headline", "label"), ("summary", "summary"), ("pitch", "pitch"),
                        ("invitation", "invitation")):
        if output in texts and texts[output].text:
            basics[key] = texts[output].text
    doc: dict[str, Any] = {"$schema": SCHEMA_URL, "basics": basics}
    if areas := answers.items("expertise.areas"):
        doc["skills"] = [{"name": area} for area in areas]
    doc["meta"] = {META_KEY: {"lang": answers.lang, "version": __version__}}
    return doc
