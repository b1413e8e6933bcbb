"""Provides `render --out DIR`: each profile's texts in DIR/<file stem>.<txt|json|md>, written
privately and atomically, and one summary line on stdout."""

from __future__ import annotations

from pathlib import Path

from wizard.core.fileio import private_dir, write_private
from wizard.core.render import Renderer
from wizard.core.words import Words, interface_language, words
from wizard.fastargs import Request
from wizard.rendering import (
    EXTENSIONS,
    Failed,
    answers_files,
    echo,
    error,
    formatted,
    render_file,
)


def write_all(request: Request, renderer: Renderer, chosen: dict[str, str]) -> int:
    """Render every answers file into request.out; the exit status (2 when any failed)."""
    assert request.out is not None
    say = words(interface_language())
    out = request.out
    try:
        private_dir(out)
    except OSError as exc:
        error(say("cli.out_unusable", folder=out, reason=exc.strerror or exc))
        return 2
    inputs = list(answers_files(request.inputs))
    # an answers file is never overwritten by texts, even when --out is its own folder
    protected = {p.resolve() for p in inputs if isinstance(p, Path)}
    written: dict[Path, Path] = {}  # target -> the answers file whose texts it holds
    failed = 0
    for path in inputs:
        target = out
        try:
            if isinstance(path, Failed):
                raise path
            target = _target(path, out, request.fmt, written, protected, say)
            answers, result = render_file(path, renderer, chosen)
            write_private(target, formatted(result, answers, request.fmt, str(path)))
        except Failed as exc:
            error(str(exc))
            failed += 1
            continue
        except OSError as exc:
            error(say("cli.out_cannot_write", file=target,
                      reason=exc.strerror or exc))
            failed += 1
            continue
        written[target] = path
    if written:
        echo(_summary(say, len(written), failed, out, request.fmt) + "\n")
    return 2 if failed else 0


def _target(path: Path, out: Path, fmt: str, written: dict[Path, Path], protected: set[Path],
            say: Words) -> Path:
    target = out / f"{path.stem}.{EXTENSIONS[fmt]}"
    if target in written:
        raise Failed(say("cli.out_same_name", file=path, target=target, other=written[target],
                         stem=path.stem))
    if target.resolve() in protected:
        raise Failed(say("cli.out_is_an_input", file=path, target=target))
    return target


def _summary(say: Words, written: int, failed: int, out: Path, fmt: str) -> str:
    if failed:
        return say("cli.out_summary_failed", n=written, total=written + failed, failed=failed,
                   folder=out, ext=EXTENSIONS[fmt])
    key = "cli.out_summary_one" if written == 1 else "cli.out_summary"
    return say(key, n=written, folder=out, ext=EXTENSIONS[fmt])
