"""Provides checking a directory of a coach's own templates against the shipped sample answers."""

from __future__ import annotations

import traceback
from dataclasses import field
from pathlib import Path
from types import FrameType

from jinja2 import TemplateNotFound, TemplateSyntaxError

from wizard.core.dataclass_cache import dataclass
from wizard.core.errors import UserError
from wizard.core.languages import available_languages, pack_file
from wizard.core.model import Answers, load
from wizard.core.outputs import spec
from wizard.core.render import Rendered, Renderer
from wizard.core.template_budget import BudgetExceeded, TemplateProblem
from wizard.core.templates import OUTPUTS, TemplateSet, Unavailable, Variant


def samples(lang: str) -> list[tuple[str, Answers]]:
    """The sample answers of pack `lang` (its samples/ folder): the full profile first, then
    the others such as a minimal one (required answers only)."""
    paths = sorted(pack_file(lang, "samples").glob("*.toml"),
                   key=lambda p: (p.stem != "full", p.name))
    return [(f"{lang}/{p.name}", load(p)) for p in paths]


def locate(exc: BaseException) -> tuple[str | None, int | None]:
    """The template file and line an error comes from (Jinja puts them in the traceback)."""
    if isinstance(exc, TemplateSyntaxError):
        return exc.filename or exc.name, exc.lineno
    for frame in reversed(traceback.extract_tb(exc.__traceback__)):
        if frame.filename.endswith(".j2"):
            return frame.filename, frame.lineno
    return None, None


def locate_frame(frame: FrameType | None) -> str | None:
    """`file:line` of the template a running frame (or one it was called from) is in."""
    while frame is not None:
        template = frame.f_globals.get("__jinja_template__")
        if template is not None and template.filename:
            return f"{template.filename}:{template.get_corresponding_lineno(frame.f_lineno)}"
        frame = frame.f_back
    return None


def say(key: str, **values: object) -> str:
    """The words of ui/errors.toml `key` in the interface language, safe for a terminal."""
    return UserError(key, **values).detail()


def _where(filename: str | None, line: int | None) -> str:
    return f"{filename}:{line}" if filename and line else filename or ""


def message(exc: BaseException) -> str:
    """`Kind: message`, the first line only (a UserError: its own line)."""
    if isinstance(exc, UserError):
        return exc.message()
    if isinstance(exc, TemplateNotFound):
        return say("template_not_found", name=exc.name)
    if isinstance(exc, UnicodeDecodeError):  # a binary or Latin-1 file: Jinja reads UTF-8
        return UserError("not_utf8", byte=exc.start).message()
    text = str(exc).splitlines()[0] if str(exc) else ""
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def describe(exc: BaseException) -> str:
    """One line for a template error: `file:line: Kind: message`."""
    if isinstance(exc, UserError):  # a TemplateProblem knows its file and line already
        return exc.message()
    where = _where(*locate(exc))
    return f"{where}: {message(exc)}" if where else message(exc)


@dataclass(frozen=True)
class Problem:
    where: str  # file, or file:line
    message: str
    error: bool = True  # False: a note that does not fail the check

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"

    @classmethod
    def of(cls, path: Path, exc: BaseException, suffix: str = "") -> Problem:
        if isinstance(exc, UserError):  # from the worker: it knows the file and line
            return cls(exc.where or str(path), exc.detail() + suffix)
        filename, line = locate(exc)
        return cls(_where(filename or str(path), line), message(exc) + suffix)


@dataclass(frozen=True)
class Rendering:
    """A variant rendered with one sample: its text, counts and checks."""

    variant: Variant
    sample: str
    rendered: Rendered

    @property
    def path(self) -> Path:
        return self.variant.path


@dataclass
class Report:
    """What checking a directory found, in the order of the files."""

    root: Path
    items: list[Problem | Rendering] = field(default_factory=list)
    templates: int = 0

    @property
    def problems(self) -> list[Problem]:
        return [i for i in self.items if isinstance(i, Problem)]

    @property
    def renderings(self) -> list[Rendering]:
        return [i for i in self.items if isinstance(i, Rendering)]

    @property
    def ok(self) -> bool:
        return self.templates > 0 and not any(p.error for p in self.problems)


def _layout(root: Path) -> list[Problem]:
    """Every .j2 file that is not a variant: fine as an include, often a misplaced file."""
    langs = available_languages()
    found = []
    for path in sorted(root.rglob("*.j2")):
        parts = path.relative_to(root).parts
        if len(parts) == 3 and parts[0] in langs and parts[1] in OUTPUTS:
            continue
        if parts[1:] == ("frames.j2",) and parts[0] in langs:
            continue  # the language's sentence frames, which its variants import
        if len(parts) == 3 and parts[1] in OUTPUTS:
            found.append(Problem(str(path), say("template_no_language", lang=parts[0],
                                                langs=langs)))
        else:
            found.append(Problem(str(path), say("template_not_variant", outputs=OUTPUTS),
                                 error=False))
    return found


def _check_variant(renderer: Renderer, variant: Variant) -> list[Problem | Rendering]:
    try:
        _compile(renderer, variant)
    except Exception as exc:  # a syntax error, a missing include, a refused file
        return [Problem.of(variant.path, exc)]
    items: list[Problem | Rendering] = []
    failed: dict[tuple[str, str], list[str]] = {}  # one line per error, naming every sample
    for name, answers in samples(variant.lang):
        needs = spec(variant.output).needs
        if needs and not answers.is_answered(needs):
            continue  # the renderer only writes a note when there is someone to invite
        try:
            rendered = renderer.render_variant(answers, variant)
        except Unavailable:
            continue  # the variant is not offered for these answers: nothing to check
        except Exception as exc:  # the sandbox's SecurityError, an undefined name, a bad filter
            problem = Problem.of(variant.path, exc)
            failed.setdefault((problem.where, problem.message), []).append(name)
            if isinstance(exc, BudgetExceeded) or _overran(exc):
                break  # one sample shows it; each more would cost the whole budget again
            continue
        if rendered.text.strip():
            items.append(Rendering(variant, name, rendered))
        else:
            failed.setdefault((str(variant.path), say("template_renders_nothing")),
                              []).append(name)
    items += [Problem(where, say("template_in_samples", problem=msg, samples=names))
              for (where, msg), names in failed.items()]
    return items


def _compile(renderer: Renderer, variant: Variant) -> None:
    """Load `variant` where it will render: a coach's template in the worker, never here."""
    if variant.origin == "built-in":
        renderer.templates.template(variant)
        return
    from wizard.core.template_worker import worker

    worker().compile(renderer.templates.dirs[:-1], variant)


def _overran(exc: BaseException) -> bool:
    return isinstance(exc, TemplateProblem) and exc.key in ("template_too_slow",
                                                            "template_too_big")


def check_directory(root: Path) -> Report:
    """Render every variant in `root` with every sample of its language; collect what fails."""
    report = Report(root)
    renderer = Renderer(TemplateSet([root]))
    for lang in available_languages():
        for output in OUTPUTS:
            used = {v.path: v for v in renderer.templates.variants(lang, output)}
            for path in sorted((root / lang / output).glob("*.j2")):
                report.templates += 1
                if path in used:
                    report.items += _check_variant(renderer, used[path])
                    continue
                twin = next(v for v in used.values() if v.origin != "built-in"
                            and v.name == _name(path))
                report.items.append(Problem(str(path), say("template_same_name", name=twin.name,
                                                           other=twin.path.name)))
    report.items += _layout(root)
    return report


def _name(path: Path) -> str:
    head, sep, tail = path.stem.partition("-")
    return tail if sep and head.isdigit() else path.stem
