"""Provides the checks on a typed answer: required, length and item counts, with messages."""

from __future__ import annotations

from wizard.core.catalogue import Question
from wizard.core.counting import utf16_length
from wizard.core.sanitize import clean_list, clean_text
from wizard.prompts.messages import Messages

# Items are separated by commas; a semicolon is accepted too, since people type either.
SEPARATORS = (",", ";")


def split_items(raw: str) -> list[str]:
    """The cleaned, non-empty items of a comma-separated answer."""
    for sep in SEPARATORS[1:]:
        raw = raw.replace(sep, SEPARATORS[0])
    return clean_list(raw.split(SEPARATORS[0]))


def join_items(items: list[str]) -> str:
    return ", ".join(items)


def text_problem(q: Question, raw: str, say: Messages) -> str | None:
    """Why `raw` cannot be the answer to text question `q`, or None when it can."""
    value = clean_text(raw)
    if not value:
        return say("need_answer") if q.required else None
    length = utf16_length(value)
    if length > q.max_length:
        return say("too_long", length=length, max=q.max_length)
    return None


def list_problem(q: Question, raw: str, say: Messages) -> str | None:
    """Why `raw` cannot be the answer to list question `q`, or None when it can."""
    items = split_items(raw)
    if not items:
        return say("need_item") if q.required else None
    if len(items) > q.max_items:
        return say("too_many", count=len(items), max=q.max_items)
    for item in items:
        length = utf16_length(item)
        if length > q.max_length:
            return say("item_too_long", item=item, length=length, max=q.max_length)
    return None


def problem(q: Question, raw: str, say: Messages) -> str | None:
    return list_problem(q, raw, say) if q.kind == "list" else text_problem(q, raw, say)
