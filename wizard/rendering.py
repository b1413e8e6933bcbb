"""Provides the `render` command's work, without click: one answers file, or many files and
folders at once, printed (JSON Lines for several) or written into an --out folder."""

from __future__ import annotations

import json
import os
import signal
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from wizard.core import report
from wizard.core.errors import UserError
from wizard.core.record import render_record, with_variant
from wizard.core.record_file import load_file
from wizard.core.render import Renderer
from wizard.core.templates import TemplateSet
from wizard.fastargs import Request

if TYPE_CHECKING:
    from wizard.core.model import Answers
    from wizard.core.render import Result

EXTENSIONS = {"text": "txt", "json": "json", "md": "md"}
ANSWERS_SUFFIXES = (".toml", ".json")


def echo(text: str, *, json: bool = False) -> None:
    """Print `text` on stdout as every command does: safe for the terminal, in any locale."""
    from wizard.cli_output import output

    output(text, nl=False, json=json)


def error(problem: str | BaseException) -> None:
    """One error line on stderr: a UserError in the interface language, made safe."""
    from wizard.cli_output import error_line, output

    output(f"profile-wizard: error: {error_line(problem)}", err=True)


def parse_variants(values: Sequence[str]) -> dict[str, str]:
    from wizard.core.outputs import names

    chosen: dict[str, str] = {}
    for item in values:
        output, sep, name = item.partition("=")
        if not sep or output not in names() or not name:
            raise UserError("bad_variant_option", item=item, outputs=names())
        chosen[output] = name
    return chosen


def variant_id(renderer: Renderer, lang: str, output: str, name: str) -> str:
    """`--variant` names a variant by its file name or by its name in the texts' headers."""
    variants = [v.name for v in renderer.templates.variants(lang, output)]
    found = report.find_variant(lang, variants, name)
    if found is None:
        raise UserError("no_such_variant", output=output, variant=name,
                        variants=report.variant_names(lang, variants))
    return found


def render_file(path: Path, renderer: Renderer, chosen: dict[str, str],
                ) -> tuple[Answers, Result]:
    """One file's answers and texts; every problem is a UserError naming the file. The file's
    own choices and hand edits show (wizard/core/record_file.py); --variant wins over them."""
    record = load_file(path, partial=False)
    answers = record.answers
    if "invitation" in chosen and not answers.text("invitation.recipient"):
        raise UserError("no_invitation").at(path)
    try:
        chosen = {output: variant_id(renderer, answers.lang, output, name)
                  for output, name in chosen.items()}
    except UserError as exc:
        raise exc.at(path) from None
    for output, name in chosen.items():
        record = with_variant(record, output, name)
    try:
        return answers, render_record(renderer, record, strict=chosen)
    except LookupError as exc:
        if isinstance(exc, OSError):  # jinja2's TemplateNotFound: an include names no file
            raise UserError("rendering_failed", reason=report.describe_error(exc)).at(path) \
                from None
        raise UserError(exc.args[0]).at(path) from None
    except Exception as exc:  # a broken user template must not print a traceback
        raise UserError("rendering_failed", reason=report.describe_error(exc)).at(path) \
            from None


def answers_files(given: Sequence[str]) -> Iterator[Path | UserError]:
    """Each file given, and each answers file directly inside each folder given (by name);
    a file reached twice is rendered once. Hidden files (editors' and our own temporary
    copies) are not answers files.

    Whatever in a folder is named like an answers file is passed on even when it is not a
    regular file (a folder, a pipe, a link that leads nowhere or back to itself): reading it
    then says, in one line, what it is, where skipping it would say nothing."""
    seen: set[str] = set()
    for arg in given:
        path = Path(arg)
        if os.path.isdir(path):
            found = sorted(p for p in path.iterdir() if p.suffix.lower() in ANSWERS_SUFFIXES
                           and not p.name.startswith("."))
            if not found:
                yield UserError("no_answers_files").at(path)
        else:
            found = [path]
        for p in found:
            # os.path.realpath, not Path.resolve: that raises RuntimeError on a link loop
            key = os.path.realpath(p)
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
    if request.out is not None and str(request.out) == "-":  # `--out -`: standard output
        request = request._replace(out=None)
    try:
        chosen = parse_variants(request.variants)
        renderer = Renderer(TemplateSet(template_dirs(request.template_dirs)), wpm=request.wpm)
        if request.out is None and len(request.inputs) == 1 \
                and not os.path.isdir(request.inputs[0]):
            answers, result = render_file(Path(request.inputs[0]), renderer, chosen)
            echo(report.format_result(result, request.fmt, answers), json=request.fmt == "json")
            return 0
    except UserError as exc:
        error(exc)
        return 2
    if request.out is not None:
        from wizard.render_out import write_all

        return write_all(request, renderer, chosen)
    return print_all(request, renderer, chosen)


def print_all(request: Request, renderer: Renderer, chosen: dict[str, str]) -> int:
    """Several profiles on stdout: one JSON object a line, or each text under its file's name."""
    failed = 0
    first = True
    found = list(answers_files(request.inputs))
    texts = rendered([p for p in found if isinstance(p, Path)], renderer, chosen, request.fmt,
                     _listed)
    for path in found:
        text = path if isinstance(path, UserError) else next(texts)
        if isinstance(text, UserError):
            error(text)
            failed += 1
            continue
        if request.fmt == "json":
            echo(text, json=True)
        else:
            echo(("" if first else "\n---\n\n" if request.fmt == "md" else "\n") + text)
        first = False
    return 2 if failed else 0


def _listed(result: Result, answers: Answers, fmt: str, file: str) -> str:
    """One profile's part of print_all: a JSON line, or its texts under the file's name."""
    if fmt == "json":
        return json.dumps({"file": file, **result.json()}, ensure_ascii=False) + "\n"
    head = f"<!-- {file} -->\n" if fmt == "md" else f"==> {file} <==\n"
    return head + report.format_result(result, fmt, answers)


def template_dirs(explicit: Sequence[Path]) -> list[Path]:
    from wizard.core.paths import user_template_dirs

    return [*explicit, *user_template_dirs()]


# Below this many files, starting the worker processes (a fork each) costs more than they
# save; above it, every CPU renders (a coach's folder of clients is the case).
POOL_FROM = 48
Shown = Callable[["Result", "Answers", str, str], str]  # texts, answers, format, file -> text
_job: tuple[Renderer, dict[str, str], str, Shown] | None = None  # what each worker renders with


def rendered(paths: Sequence[Path], renderer: Renderer, chosen: dict[str, str], fmt: str,
             shown: Shown) -> Iterator[str | UserError]:
    """Each file's texts as `shown` writes them (or its UserError), in the order given: in
    this process for a few files, in one forked worker per CPU for many (rendering is pure
    CPU work, ~10 ms a profile: 1,000 files took 10 s on one CPU)."""
    global _job
    _job = (renderer, chosen, fmt, shown)
    if not paths:
        return
    yield _one(paths[0])  # compiles the templates once, before the workers are forked
    rest = paths[1:]
    workers = min(len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity")
                  else os.cpu_count() or 1, 16)
    import multiprocessing

    if len(rest) < POOL_FROM or workers < 2 \
            or "fork" not in multiprocessing.get_all_start_methods():
        yield from map(_one, rest)
        return
    for stream in (sys.stdout, sys.stderr):  # a forked worker must not write them again
        if stream is not None:
            stream.flush()
    with multiprocessing.get_context("fork").Pool(workers, initializer=_worker_start) as pool:
        yield from pool.imap(_one, rest, chunksize=max(1, min(16, len(rest) // (workers * 4))))


def _worker_start() -> None:
    # Ctrl+C reaches the whole process group: the parent answers it (status 130, the files
    # not yet renamed into place removed); a worker printing its own traceback would not do
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _one(path: Path) -> str | UserError:
    assert _job is not None
    renderer, chosen, fmt, shown = _job
    try:
        answers, result = render_file(path, renderer, chosen)
    except UserError as exc:
        return exc
    return shown(result, answers, fmt, str(path))
