"""Provides `render --out DIR`: each profile's texts in DIR/<file stem>.<txt|json|md>, written
privately and atomically, and one summary line on stdout."""

from __future__ import annotations

import os
from pathlib import Path

from wizard.core.errors import UserError, os_reason
from wizard.core.fileio import PrivateBatch, private_dir
from wizard.core.render import Renderer
from wizard.core.words import interface_language, words
from wizard.fastargs import Request
from wizard.rendering import EXTENSIONS, answers_files, echo, error, formatted, rendered


def write_all(request: Request, renderer: Renderer, chosen: dict[str, str]) -> int:
    """Render every answers file into request.out; the exit status (2 when any failed)."""
    assert request.out is not None
    out = request.out
    try:
        private_dir(out)
    except OSError as exc:
        error(UserError("out_unusable", reason=os_reason(exc)).at(out))
        return 2
    inputs = list(answers_files(request.inputs))
    # an answers file is never overwritten by texts, even when --out is its own folder
    protected = {_real(p) for p in inputs if isinstance(p, Path)}
    written: dict[Path, Path] = {}  # target -> the answers file whose texts it holds
    targets: dict[Path, Path] = {}  # the same, before rendering
    planned: list[tuple[Path, Path] | UserError] = []
    for path in inputs:
        try:
            if isinstance(path, UserError):
                raise path
            target = _target(path, out, request.fmt, targets, protected)
        except UserError as exc:
            planned.append(exc)
            continue
        targets[target] = path
        planned.append((path, target))
    texts = rendered([job[0] for job in planned if not isinstance(job, UserError)],
                     renderer, chosen, request.fmt, formatted)
    failed = 0
    with PrivateBatch() as batch:
        for job in planned:
            if isinstance(job, UserError):
                error(job)
                failed += 1
                continue
            path, target = job
            text = next(texts)
            if isinstance(text, UserError):
                error(text)
                failed += 1
                continue
            try:
                batch.add(target, text)
            except OSError as exc:
                error(UserError("cannot_write", reason=os_reason(exc)).at(target))
                failed += 1
                continue
            written[target] = path
        for target, problem in batch.commit():
            error(UserError("cannot_write", reason=os_reason(problem)).at(target))
            written = {t: p for t, p in written.items() if _real(t) != _real(target)}
            failed += 1
    if written:
        echo(_summary(len(written), failed, out, request.fmt) + "\n")
    return 2 if failed else 0


def _target(path: Path, out: Path, fmt: str, written: dict[Path, Path],
            protected: set[Path]) -> Path:
    target = out / f"{path.stem}.{EXTENSIONS[fmt]}"
    if target in written:
        raise UserError("out_same_name", target=target, other=written[target],
                        stem=path.stem).at(path)
    if _real(target) in protected:
        raise UserError("out_is_an_input", target=target).at(path)
    return target


def _real(path: Path) -> Path:
    """Where `path` leads; Path.resolve raises RuntimeError on a link loop (an input named
    like an answers file, or a target in --out), os.path.realpath stops there."""
    return Path(os.path.realpath(path))


def _summary(written: int, failed: int, out: Path, fmt: str) -> str:
    say = words(interface_language())
    if failed:
        return say("cli.out_summary_failed", n=written, total=written + failed, failed=failed,
                   folder=out, ext=EXTENSIONS[fmt])
    key = "cli.out_summary_one" if written == 1 else "cli.out_summary"
    return say(key, n=written, folder=out, ext=EXTENSIONS[fmt])
