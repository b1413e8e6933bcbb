"""Provides the answers file with the record's choices and hand edits (schema 1, extended).

Schema stays 1: `[variants]` and `[edits.<output>]` are optional top-level tables. A file
without them is exactly the file it always was; a file with them opens everywhere that reads
answers (render, the app, the prompts, import), and an older profile-wizard names the table
as an unknown key instead of silently dropping it. See docs/answers-file.md.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

from wizard.core.model import Answers, AnswersError, dumps, format_of, load
from wizard.core.model import _describe as describe_value
from wizard.core.outputs import names
from wizard.core.record import BEST, YOURS, Edit, Record, clean_edit, fingerprint

FILE_TABLES = ("variants", "edits")
EDIT_KEYS = ("text", "answers", "edited", "shown")


def load_file(path: Path, *, partial: bool = True) -> Record:
    """An answers file as a record: the answers, and the variants and edits it carries.
    Every problem is an AnswersError naming the file and the key."""
    tables: dict[str, Any] = dict.fromkeys(FILE_TABLES)
    answers = load(path, partial=partial, extensions=tables)
    try:
        variants, edits = record_tables(tables, answers)
    except AnswersError as exc:
        raise exc.at(path) from None
    return Record(answers, variants, edits)


def load_answers(path: Path, *, partial: bool = False) -> Answers:
    """Only the answers of a file that may carry choices and edits (render, match)."""
    return load_file(path, partial=partial).answers


def record_tables(doc: Mapping[str, Any], answers: Answers,
                  ) -> tuple[dict[str, str], dict[str, Edit]]:
    """The `[variants]` and `[edits.*]` tables of a parsed answers document, checked."""
    variants = _file_variants(doc.get("variants"))
    edits, hidden = _file_edits(doc.get("edits"), answers)
    for output in hidden:  # `shown = false`: the best template shows, the edit is kept
        variants.setdefault(output, BEST)
    return variants, edits


def file_document(record: Record) -> dict[str, Any]:
    """The answers document with the record's variants and edits as optional tables."""
    doc = record.answers.to_document()
    variants = record.templates_chosen()
    if variants:
        doc["variants"] = dict(sorted(variants.items()))
    if record.edits:
        doc["edits"] = {}
        for output, e in sorted(record.edits.items()):
            table: dict[str, Any] = {"text": e.text, "answers": e.answers}
            if e.edited:
                table["edited"] = e.edited
            if record.variants.get(output) == BEST:
                table["shown"] = False
            doc["edits"][output] = table
    return doc


def dumps_file(record: Record, fmt: Literal["toml", "json"] = "toml") -> str:
    """The answers file's text: exactly what `model.dumps` writes, then the tables."""
    if fmt == "json":
        return json.dumps(file_document(record), ensure_ascii=False, indent=2) + "\n"
    import tomli_w

    text = dumps(record.answers, "toml")
    tables = {k: v for k, v in file_document(record).items() if k in FILE_TABLES}
    return text + ("\n" + tomli_w.dumps(tables, multiline_strings=True) if tables else "")


def save_file(record: Record, path: Path) -> Path:
    """Write the record's answers file atomically and privately (0600; as `model.save`, a
    folder that does not exist is an error); returns the file written."""
    from wizard.core.fileio import write_private

    return write_private(path, dumps_file(record, format_of(path)), make_folder=False)


def _file_variants(table: object) -> dict[str, str]:
    if table is None:
        return {}
    if not isinstance(table, Mapping):
        raise AnswersError("variants_not_table")
    out: dict[str, str] = {}
    for output, variant in table.items():
        if output not in names():
            raise AnswersError("unknown_output_key", key=f"variants.{output}", outputs=names())
        if not isinstance(variant, str) or not variant.strip() or variant in (YOURS, BEST):
            raise AnswersError("variant_not_name", key=f"variants.{output}")
        out[output] = variant.strip()
    return out


def _file_edits(table: object, answers: Answers) -> tuple[dict[str, Edit], list[str]]:
    if table is None:
        return {}, []
    if not isinstance(table, Mapping):
        raise AnswersError("edits_not_table")
    out: dict[str, Edit] = {}
    hidden: list[str] = []
    for output, body in table.items():
        where = f"edits.{output}"
        if output not in names():
            raise AnswersError("unknown_output_key", key=where, outputs=names())
        if not isinstance(body, Mapping):
            raise AnswersError("edit_not_table", key=where)
        for key in body:
            if key not in EDIT_KEYS:
                raise AnswersError("unknown_key", key=f"{where}.{key}")
        text, fp, edited = body.get("text"), body.get("answers"), body.get("edited", "")
        if not isinstance(text, str) or not clean_edit(text, output):
            raise AnswersError("edit_text_missing", key=f"{where}.text")
        if fp is not None and not isinstance(fp, str):
            raise AnswersError("edit_answers_not_text", key=f"{where}.answers")
        if isinstance(edited, datetime):  # a TOML date-time
            edited = edited.isoformat()
        if not isinstance(edited, str):
            raise AnswersError("edit_date_bad", key=f"{where}.edited")
        shown = body.get("shown", True)
        if not isinstance(shown, bool):
            raise AnswersError("must_be_bool", key=f"{where}.shown", what=describe_value(shown))
        if not shown:
            hidden.append(output)
        # An edit typed into the file by hand has no fingerprint: it is for these answers.
        out[output] = Edit(output, clean_edit(text, output), fp or fingerprint(answers), edited)
    return out, hidden
