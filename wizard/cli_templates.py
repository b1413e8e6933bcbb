"""Provides `profile-wizard templates`: list the templates in use, check a coach's own directory."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from wizard.cli_words import Group

TEMPLATE_DIR = click.Path(path_type=Path, file_okay=False, exists=True)


@click.group("templates", cls=Group)
def templates() -> None:
    """The templates in use, or a check of a folder of your own."""


@templates.command("list")
@click.option("--templates", "template_dirs", multiple=True, type=TEMPLATE_DIR)
def list_cmd(template_dirs: tuple[Path, ...]) -> None:
    """Show every variant per language and output, and where it comes from."""
    from wizard.core.languages import available_languages
    from wizard.core.paths import config_dir, user_template_dirs
    from wizard.core.templates import OUTPUTS, TemplateSet
    from wizard.core.words import interface_language, words

    say = words(interface_language())
    ts = TemplateSet([*template_dirs, *user_template_dirs()])
    out = [say("cli.templates_searched")]
    out += [f"  {d}" for d in ts.dirs[:-1]]
    out.append("  " + say("cli.templates_builtin_dir", dir=ts.dirs[-1]))
    if not user_template_dirs():
        out.append(say("cli.templates_own_here", dir=config_dir() / "templates"))
    for lang in available_languages():
        for output in OUTPUTS:
            out += ["", f"{lang} · {output}"]
            for v in ts.variants(lang, output):
                origin = say("cli.templates_builtin") if v.path.is_relative_to(ts.dirs[-1]) \
                    else v.origin
                line = f"  {v.path.name:<28} {origin}"
                if v.overrides is not None:
                    hidden = say("cli.templates_builtin") \
                        if v.overrides.is_relative_to(ts.dirs[-1]) \
                        else str(v.overrides.parent.parent.parent)
                    line += " " + say("cli.templates_replaces", hidden=hidden,
                                      name=v.overrides.name)
                out.append(line)
    click.echo("\n".join(out))


@templates.command("check")
@click.argument("directory", type=TEMPLATE_DIR)
def check_cmd(directory: Path) -> None:
    """Render every template in a folder with its language's sample answers."""
    from wizard.cli import fail
    from wizard.core.model import AnswersError
    from wizard.core.report import counter, status
    from wizard.core.template_check import Problem, check_directory
    from wizard.core.words import interface_language, words

    lang = interface_language()
    say = words(lang)
    try:
        report = check_directory(directory)
    except AnswersError as exc:  # the shipped samples are broken: an installation problem
        fail("sample_answers", reason=exc.message())
    lines = []
    for item in report.items:
        if isinstance(item, Problem):
            mark = say("cli.templates_fail") if item.error else say("cli.templates_note")
            lines.append(f"{mark} {item}")
            continue
        replaces = " " + say("cli.templates_replaces", hidden=say("cli.templates_builtin"),
                             name=item.variant.overrides.name) if item.variant.overrides else ""
        lines.append(f"{say('cli.templates_ok')}   {item.path}{replaces} [{item.sample}]: "
                     f"{counter(item.rendered, lang)} · {status(item.rendered, lang)}")
    if report.templates == 0:
        lines.append(f"{say('cli.templates_fail')} {say('cli.templates_none', dir=directory)}")
    errors = sum(p.error for p in report.problems) + (report.templates == 0)
    key = "cli.templates_checked_one" if errors == 1 else "cli.templates_checked"
    lines.append(say(key, n=report.templates, errors=errors))
    click.echo("\n".join(lines))
    sys.exit(0 if report.ok else 1)
