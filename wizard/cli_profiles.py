"""Provides `profile-wizard profiles …`: the coach's saved profiles from the command line."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

if TYPE_CHECKING:
    from datetime import datetime

    from wizard.core.render import Result
    from wizard.core.store import Profile, Store

EXPORT_FORMATS = ("answers", "json-resume", "md", "html")


@contextmanager
def _opened() -> Iterator[Store]:
    """The store, with every StoreError turned into the CLI's one-line error (exit 2)."""
    from wizard.cli import fail
    from wizard.core.store import Store, StoreError

    try:
        with Store() as store:
            yield store
    except StoreError as exc:
        fail(str(exc))


def _when(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def _label(p: Any) -> str:
    return f"{p.id} '{p.name}'"


@click.group()
def profiles() -> None:
    """Saved profiles (clients): list, show, import, export, delete."""


@profiles.command("list")
@click.argument("query", required=False, default="")
@click.option("--limit", type=click.IntRange(1), default=None,
              help="Show at most this many (the most recently changed).")
def list_cmd(query: str, limit: int | None) -> None:
    """One line per profile, most recently changed first: id, name, language, last change.

    QUERY keeps the names that contain it (case and accents do not matter).
    """
    with _opened() as store:
        found = store.list_profiles(query, limit=limit)
        if not found:
            click.echo("No profiles match." if query.strip() else
                       "No profiles yet: `profile-wizard profiles new NAME` or "
                       "`profile-wizard profiles import FILE` makes one.", err=True)
            return
        id_width = max(len(str(p.id)) for p in found)
        name_width = min(max(len(p.name) for p in found), 40)
        for p in found:
            click.echo(f"{p.id:>{id_width}}  {p.name:<{name_width}}  {p.lang}  {_when(p.updated)}")


@profiles.command()
@click.argument("name")
@click.option("--lang", default="en", show_default=True, help="Language of the profile.")
def new(name: str, lang: str) -> None:
    """Make an empty profile called NAME."""
    with _opened() as store:
        p = store.create_profile(name, lang)
        click.echo(f"Created profile {_label(p)} ({p.lang}).")


@profiles.command()
@click.argument("ref", metavar="NAME|ID")
def show(ref: str) -> None:
    """Everything about one profile: notes, before, answers, versions and its texts now."""
    from wizard.core.model import dumps

    with _opened() as store:
        p = store.get_profile(store.resolve(ref).id)
        versions = store.list_versions(p.id)
    out = [f"Profile {_label(p)} · {p.lang} · created {_when(p.created)} · "
           f"changed {_when(p.updated)}", ""]
    if p.notes:
        out += ["Notes", *(f"  {line}" for line in p.notes.splitlines()), ""]
    if p.before:
        b = p.before
        src = ", ".join(x for x in (b.source, b.date) if x)
        out += [f"Before{f' ({src})' if src else ''}", f"  Headline: {b.headline}", "  About:"]
        out += [f"    {line}".rstrip() for line in b.summary.splitlines()] + [""]
    out += ["Answers", *(f"  {line}".rstrip() for line in dumps(p.answers).splitlines()), ""]
    if versions:
        out.append("Versions")
        out += [f"  {v.id:>4}  {_when(v.created)}  {v.reason:<6}  {v.headline}" for v in versions]
        out.append("")
    click.echo("\n".join(out))
    texts, problem = _render(p)
    if texts is None:
        click.echo(f"Texts: not rendered: {problem}")
    else:
        from wizard.core.report import format_result

        click.echo(format_result(texts, "text", p.answers), nl=False)


def _render(p: Profile) -> tuple[Result | None, str]:
    """The profile's texts now, or why they cannot be rendered (missing answers, a template)."""
    from wizard.core.paths import user_template_dirs
    from wizard.core.render import Renderer
    from wizard.core.report import describe_error
    from wizard.core.templates import TemplateSet

    if missing := p.answers.missing():
        more = f" (and {len(missing) - 1} more)" if len(missing) > 1 else ""
        return None, f"missing required answer '{missing[0]}'{more}"
    try:
        return Renderer(TemplateSet(user_template_dirs())).render(p.answers), ""
    except LookupError as exc:
        return None, str(exc.args[0])
    except Exception as exc:  # a broken user template must not print a traceback
        return None, f"rendering failed: {describe_error(exc)}"


@profiles.command("import")
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--name", default="", help="Name of the new profile [default: the person's name].")
def import_cmd(file: Path, name: str) -> None:
    """Make a profile from FILE: an answers file, a LinkedIn export (ZIP/CSV) or a JSON Resume."""
    from wizard.cli import fail
    from wizard.core.store import StoreError, import_file

    try:
        got = import_file(file)
    except StoreError as exc:
        fail(str(exc))
    with _opened() as store:
        p = store.create_profile(name or got.profile_name or file.stem, answers=got.answers,
                                 before=got.before)
    missing = p.answers.missing()
    still = f"; still to answer: {', '.join(missing)}" if missing else ""
    click.echo(f"Imported {file} as profile {_label(p)} ({p.lang}){still}.")


@profiles.command()
@click.argument("ref", metavar="NAME|ID")
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), default="answers",
              show_default=True, help="answers: the answers file (TOML; JSON with -o x.json).")
@click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False),
              help="Write to this file instead of standard output.")
@click.option("--force", is_flag=True, help="Overwrite the output file if it exists.")
@click.option("--notes", "with_notes", is_flag=True,
              help="Put the coach's notes in the html handout (they are left out otherwise).")
def export(ref: str, fmt: str, output: Path | None, force: bool, with_notes: bool) -> None:
    """Write a profile as an answers file, JSON Resume, Markdown texts or a printable handout."""
    from wizard.cli import fail

    if output is not None and output.exists() and not force:
        fail(f"{output}: already exists (use --force to overwrite it)")
    with _opened() as store:
        p = store.get_profile(store.resolve(ref).id)
        if fmt == "answers":
            from wizard.core.model import dumps

            text = dumps(p.answers, "json" if output and output.suffix == ".json" else "toml")
        else:
            result, problem = _render(p)
            if result is None:
                fail(f"profile {_label(p)} cannot be exported as {fmt}: {problem}")
            text = _export_text(p, fmt, result, with_notes)
            texts = {k: o.chosen.text for k, o in result.outputs.items()}
            variants = {k: o.chosen.variant for k, o in result.outputs.items()}
            store.add_version(p.id, p.answers, texts, variants, "export")
    _write(text, output)


def _export_text(p: Profile, fmt: str, result: Result, with_notes: bool) -> str:
    if fmt == "md":
        from wizard.core.report import markdown

        return markdown(result, p.answers)
    import json

    from wizard.core import exporters
    from wizard.core.importers import Before

    if fmt == "json-resume":
        return json.dumps(exporters.json_resume(p.answers, result), ensure_ascii=False,
                          indent=2) + "\n"
    before = Before(p.before.headline, p.before.summary, p.before.source) if p.before else None
    return exporters.handout_html(p.answers, result, before=before,
                                  notes=p.notes if with_notes else "")


def _write(text: str, output: Path | None) -> None:
    from wizard.cli import fail

    if output is None:
        click.echo(text, nl=False)
        return
    tmp = output.with_name(f".{output.name}.tmp")
    try:
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(output)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        fail(f"{output}: cannot write ({exc.strerror})")
    click.echo(f"Wrote {output}.", err=True)


@profiles.command()
@click.argument("ref", metavar="NAME|ID")
@click.option("--yes", is_flag=True, help="Do not ask; delete at once.")
def delete(ref: str, yes: bool) -> None:
    """Delete a profile and its versions for good: its words are wiped from the store's files."""
    from wizard.cli import fail

    with _opened() as store:
        p = store.resolve(ref)
        n = len(store.list_versions(p.id))
        if not yes:
            if not sys.stdin.isatty():
                fail(f"not deleting profile {_label(p)} without confirmation: add --yes")
            kept = f" and its {n} version{'s' if n != 1 else ''}" if n else ""
            if not click.confirm(f"Delete profile {_label(p)}{kept}? This cannot be undone",
                                 err=True):
                click.echo("Nothing was deleted.", err=True)
                sys.exit(1)
        scrubbed = store.delete_profile(p.id)
    click.echo(f"Deleted profile {_label(p)}.")
    if not scrubbed:
        click.echo("profile-wizard: warning: another program has the store open; the deleted "
                   "words leave its -wal file when that program closes", err=True)


@profiles.command()
@click.argument("ref", metavar="NAME|ID")
@click.argument("text", required=False)
def notes(ref: str, text: str | None) -> None:
    """Print a profile's notes, or replace them with TEXT ('-' reads standard input)."""
    with _opened() as store:
        p = store.resolve(ref)
        if text is None:
            click.echo(store.get_profile(p.id).notes)
            return
        store.set_notes(p.id, sys.stdin.read() if text == "-" else text)
        click.echo(f"Saved the notes of profile {_label(p)}.")


@profiles.command()
@click.argument("ref", metavar="NAME|ID")
@click.argument("new_name", metavar="NEW_NAME")
def rename(ref: str, new_name: str) -> None:
    """Give a profile another name."""
    with _opened() as store:
        p = store.resolve(ref)
        store.rename_profile(p.id, new_name)
        click.echo(f"Renamed profile {_label(p)} to '{store.get_profile(p.id).name}'.")


@profiles.command()
@click.argument("ref", metavar="NAME|ID")
@click.argument("new_name", metavar="[NEW_NAME]", required=False)
def copy(ref: str, new_name: str | None) -> None:
    """Duplicate a profile (answers, notes and before; not its versions)."""
    with _opened() as store:
        src = store.resolve(ref)
        p = store.duplicate_profile(src.id, new_name)
        click.echo(f"Copied profile {_label(src)} to {_label(p)}.")
