"""Provides the `render` command's work, without click: one answers file, or many files and
folders at once, printed (JSON Lines for several) or written into an --out folder."""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from wizard.core import report
from wizard.core.model import AnswersError, load
from wizard.core.render import Renderer
from wizard.core.templates import TemplateSet
from wizard.fastargs import Request

if TYPE_CHECKING:
    from wizard.core.model import Answers
    from wizard.core.render import Result

EXTENSIONS = {"text": "txt", "json": "json", "md": "md"}
ANSWERS_SUFFIXES = (".toml", ".json")
# click.echo drops these when the stream is not a terminal; the fast path must print the same
_ANSI = r"\033\[[0-?]*[ -/]*[@-~]"


class Failed(Exception):
    """One answers file that cannot be rendered; the message names it and the problem."""


def echo(text: str, stream: TextIO | None = None) -> None:
    """Write `text` as click.echo does: escape sequences dropped when not on a terminal."""
    stream = stream or sys.stdout
    if "\x1b" in text and not stream.isatty():
        text = re.sub(_ANSI, "", text)
    stream.write(text)
    stream.flush()


def error(message: str) -> None:
    echo(f"profile-wizard: error: {message}\n", sys.stderr)


def parse_variants(values: Sequence[str]) -> dict[str, str]:
    from wizard.core.outputs import names

    chosen: dict[str, str] = {}
    for item in values:
        output, sep, name = item.partition("=")
        if not sep or output not in names() or not name:
            raise Failed(f"--variant '{item}': use OUTPUT=NAME, OUTPUT one of "
                         f"{', '.join(names())}")
        chosen[output] = name
    return chosen


def render_file(path: Path, renderer: Renderer, chosen: dict[str, str],
                ) -> tuple[Answers, Result]:
    """One file's answers and texts; every problem is one Failed line naming the file."""
    try:
        answers = load(path)
    except AnswersError as exc:
        raise Failed(str(exc)) from None
    if "invitation" in chosen and not answers.text("invitation.recipient"):
        raise Failed(f"{path}: --variant invitation=…: no invitation is written without "
                     "'invitation.recipient'")
    try:
        return answers, renderer.render(answers, chosen)
    except LookupError as exc:
        if isinstance(exc, OSError):  # jinja2's TemplateNotFound: an include names no file
            raise Failed(f"{path}: rendering failed: {report.describe_error(exc)}") from None
        raise Failed(f"{path}: {exc.args[0]}") from None
    except Exception as exc:  # a broken user template must not print a traceback
        raise Failed(f"{path}: rendering failed: {report.describe_error(exc)}") from None


def answers_files(given: Sequence[str]) -> Iterator[Path | Failed]:
    """Each file given, and each answers file directly inside each folder given (by name);
    a file reached twice is rendered once. Hidden files (editors' and our own temporary
    copies) are not answers files."""
    seen: set[Path] = set()
    for arg in given:
        path = Path(arg)
        if path.is_dir():
            found = sorted(p for p in path.iterdir() if p.suffix.lower() in ANSWERS_SUFFIXES
                           and not p.name.startswith(".") and p.is_file())
            if not found:
                from wizard.core.words import interface_language, words

                yield Failed(words(interface_language())("cli.no_answers_files", folder=path))
        else:
            found = [path]
        for p in found:
            key = p.resolve()
            if key not in seen:
                seen.add(key)
                yield p


def formatted(result: Result, answers: Answers, fmt: str, file: str | None = None) -> str:
    """The texts in `fmt`; with `file`, the JSON object names the answers file it came from."""
    if fmt == "json" and file is not None:
        return json.dumps({"file": file, **result.json()}, ensure_ascii=False, indent=2) + "\n"
    return report.format_result(result, fmt, answers)


def run(request: Request) -> int:
    """Do what `render` was asked; the exit status (2 when any file failed)."""
    try:
        chosen = parse_variants(request.variants)
        renderer = Renderer(TemplateSet(template_dirs(request.template_dirs)), wpm=request.wpm)
        if request.out is None and len(request.inputs) == 1 \
                and not Path(request.inputs[0]).is_dir():
            answers, result = render_file(Path(request.inputs[0]), renderer, chosen)
            echo(report.format_result(result, request.fmt, answers))
            return 0
    except Failed as exc:
        error(str(exc))
        return 2
    if request.out is not None:
        from wizard.render_out import write_all

        return write_all(request, renderer, chosen)
    return print_all(request, renderer, chosen)


def print_all(request: Request, renderer: Renderer, chosen: dict[str, str]) -> int:
    """Several profiles on stdout: one JSON object a line, or each text under its file's name."""
    failed = 0
    first = True
    for path in answers_files(request.inputs):
        try:
            if isinstance(path, Failed):
                raise path
            answers, result = render_file(path, renderer, chosen)
        except Failed as exc:
            error(str(exc))
            failed += 1
            continue
        if request.fmt == "json":
            echo(json.dumps({"file": str(path), **result.json()}, ensure_ascii=False) + "\n")
        else:
            rule = "\n---\n\n" if request.fmt == "md" else "\n"
            head = f"<!-- {path} -->\n" if request.fmt == "md" else f"==> {path} <==\n"
            echo(("" if first else rule) + head + report.format_result(result, request.fmt,
                                                                       answers))
        first = False
    return 2 if failed else 0


def template_dirs(explicit: Sequence[Path]) -> list[Path]:
    from wizard.core.paths import user_template_dirs

    return [*explicit, *user_template_dirs()]
