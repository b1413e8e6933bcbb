"""Provides `profile-wizard profiles …`: the coach's saved profiles from the command line.

Commands that only read (list, show, export to standard output) never create a store; the
record's commands (import, export, edit, choose, restore) are in wizard/cli_records.py.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, TypeVar

import click

from wizard.cli_words import Group, confirm

if TYPE_CHECKING:
    from datetime import datetime

    from wizard.core.render import Result
    from wizard.core.store import Profile, Store
    from wizard.core.words import Words

T = TypeVar("T")


def w() -> Words:
    """The command line's words, in the interface language (ui/profiles.toml)."""
    from wizard.core.words import interface_language, words

    return words(interface_language())


# What a command reads from standard input for '-': notes are a coach's page or two, a hand
# edit one of the four texts (an About holds 2,600 characters). More is something else piped
# in by mistake (a log, /dev/zero): it would be kept, rendered and shown for minutes.
MAX_NOTES = 100_000
MAX_EDIT = 20_000
# The largest id or count an option takes: SQLite's largest integer (the store's MAX_ID; the
# store is not imported for the options). A bigger one was 'unexpected OverflowError'.
MAX_ID = 2**63 - 1


def given_text(text: str, limit: int) -> str:
    """TEXT as given on the command line, or standard input for '-' (one line when it is
    closed, or holds more than `limit` characters)."""
    from wizard.cli import fail, standard_input
    from wizard.core.model import AnswersError, decode

    if text != "-":
        return text
    # bytes, decoded as a file is (model.decode): read as text, a Latin-1 "café" lost its
    # "é" without a word (an undecodable byte became a surrogate, which clean_text drops)
    raw = standard_input("input_closed_dash").buffer.read(4 * limit + 1)
    if len(raw) > 4 * limit:  # more than `limit` characters of any UTF-8 (/dev/zero)
        fail("given_too_long", limit=limit)
    try:
        given = decode(raw)
    except AnswersError as exc:
        fail(exc.at("-"))
    if len(given) > limit:
        fail("given_too_long", limit=limit)
    return given


@contextmanager
def opened(*, create: bool = True, full_ok: bool = False) -> Iterator[Store]:
    """The store, with every StoreError turned into the CLI's one-line error (exit 2).
    `create=False`: a command that only reads says there are no profiles instead of making
    a store. `full_ok` (a delete): on a disk too full for the -shm file, the store is
    opened for this process alone, which needs none."""
    from wizard.cli import fail
    from wizard.core.store import Store, StoreError, StoreMissing

    try:
        try:
            store = Store(create=create)
        except StoreError as exc:
            if not full_ok or exc.kind != "full":
                raise
            store = Store(create=create, alone=True)
        if full_ok and store.read_only is not None and store.read_only.kind == "full":
            store.close()  # read only for want of a -shm file: alone, it needs none
            store = Store(create=create, alone=True)
        with store:
            yield store
    except StoreMissing:
        fail(w()("profiles.none_yet_error"))
    except StoreError as exc:
        fail(shown(str(exc)))


def shown(text: str) -> str:
    """Text from outside (names, paths, messages) as one safe line for the terminal: every
    control character a visible "?"."""
    from wizard.core.sanitize import for_terminal

    return for_terminal(text)


def shown_text(text: str) -> str:
    """Text of several lines from outside, safe for the terminal, its line breaks kept."""
    from wizard.core.sanitize import for_terminal

    return for_terminal(text, multiline=True)


def when(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def label(p: Any) -> str:
    return f"{p.id} '{shown(p.name)}'"


@click.group(cls=Group)
def profiles() -> None:
    """Saved profiles (clients): list, show, import, export, edit, delete."""


@profiles.command("list")
@click.argument("query", required=False, default="")
# at least 1 (0 and -1 were taken for 1 without a word: neither "none" nor "all"); a count
# past SQLite's largest integer lists them all
@click.option("--limit", type=click.IntRange(min=1), default=None)
def list_cmd(query: str, limit: int | None) -> None:
    """One line per stored profile, most recently changed first."""
    from wizard.core.store import Store, StoreError, StoreMissing
    from wizard.core.store.records import search_key

    if limit is not None:
        limit = min(limit, MAX_ID)
    if query and not search_key(query):  # only spaces or combining marks: it listed everyone
        from wizard.cli import fail

        fail(w()("profiles.query_empty"))

    try:
        with Store(create=False) as store:
            found = store.list_profiles(query, limit=limit)
    except StoreMissing:
        found = []
    except StoreError as exc:
        from wizard.cli import fail

        fail(shown(str(exc)))
    if not found:
        click.echo(w()("profiles.no_match" if query.strip() else "profiles.none_yet"), err=True)
        return
    from wizard.core.sanitize import display_name

    id_width = max(len(str(p.id)) for p in found)
    # a table for people, wherever it goes: names cut to the column, marks capped first
    names = [display_name(p.name) for p in found]
    name_width = max(map(len, names))
    for p, name in zip(found, names, strict=True):
        click.echo(f"{p.id:>{id_width}}  {name:<{name_width}}  {p.lang}  "
                   f"{when(p.updated)}  {shown(p.describe())}")


@profiles.command()
@click.argument("name")
@click.option("--lang", default="en", show_default=True)
def new(name: str, lang: str) -> None:
    """Make an empty profile called NAME."""
    with opened() as store:
        p = store.create_profile(name, lang)
        click.echo(w()("profiles.created", profile=label(p), lang=p.lang))


@profiles.command()
@click.argument("ref")
def show(ref: str) -> None:
    """Everything about one stored profile."""
    from wizard.cli_records import describe_record

    with opened(create=False) as store:
        p = store.get_profile(store.resolve(ref).id)
        versions = store.list_versions(p.id)
        files = store.files(p.id)
    click.echo(describe_record(p, versions, files))
    texts, problem = render_profile(p)
    if texts is None:
        click.echo(w()("profiles.not_rendered", problem=problem))
    else:
        from wizard.core.report import format_result

        click.echo(format_result(texts, "text", p.answers), nl=False)


def render_profile(p: Profile) -> tuple[Result | None, str]:
    """The record's texts now (chosen variants, hand edits), or why they cannot be rendered."""
    from wizard.core.catalogue import missing_phrase
    from wizard.core.errors import Phrase
    from wizard.core.paths import user_template_dirs
    from wizard.core.record import render_record
    from wizard.core.render import Renderer
    from wizard.core.report import describe_error
    from wizard.core.templates import TemplateSet
    from wizard.core.words import interface_language

    lang = interface_language()
    if (missing := missing_phrase(p.answers)) is not None:
        return None, missing.text(lang)
    try:
        return render_record(Renderer(TemplateSet(user_template_dirs())), p.record), ""
    except LookupError as exc:
        return None, str(exc.args[0])
    except Exception as exc:  # a broken user template must not print a traceback
        return None, Phrase("rendering_failed", {"reason": describe_error(exc)}).text(lang)


@profiles.command()
@click.argument("ref")
@click.option("--yes", is_flag=True)
def delete(ref: str, yes: bool) -> None:
    """Delete a stored profile and every file written about the person."""
    from wizard.cli import fail

    words = w()
    with opened(create=False, full_ok=True) as store:
        p = store.resolve(ref)
        # a damaged store (a table gone) still deletes the person: what cannot be counted
        # is not counted, and the delete says what it could not wipe
        n = len(_listed(lambda: store.list_versions(p.id)))
        files = _listed(lambda: store.files(p.id))
        if not yes:
            if sys.stdin is None or not sys.stdin.isatty():  # closed, a pipe, a file
                fail(words("profiles.delete_needs_yes", profile=label(p)))
            kept = words("profiles.delete_versions", n=n) if n else ""
            also = words("profiles.delete_files", n=len(files)) if files else ""
            if not confirm(words("profiles.delete_confirm", profile=label(p), versions=kept,
                                 files=also)):
                click.echo(words("profiles.nothing_deleted"), err=True)
                sys.exit(1)
        report = store.delete_profile(p.id)
    key = "deleted" if report.gone else "delete_partial" if report.blanked else "delete_failed"
    click.echo(words(f"profiles.{key}", profile=label(p)))
    if report.removed:
        click.echo(words("profiles.removed_files", n=len(report.removed),
                         files=", ".join(shown(str(f)) for f in report.removed)))
    for path, why in report.kept:
        click.echo(f"profile-wizard: warning: {words('profiles.file_kept', path=shown(str(path)), reason=shown(why))}", err=True)  # noqa: E501
    if not report.scrubbed:
        click.echo(f"profile-wizard: warning: {words('profiles.delete_in_use')}", err=True)
    if report.problem:
        click.echo(f"profile-wizard: warning: {shown(report.problem)}", err=True)
        sys.exit(1)


def _listed(read: Callable[[], list[T]]) -> list[T]:
    """What `read` lists, or nothing when the store cannot list it (a table gone)."""
    from wizard.core.store import StoreError

    try:
        return read()
    except StoreError:
        return []


@profiles.command()
@click.argument("ref")
@click.argument("text", required=False)
def notes(ref: str, text: str | None) -> None:
    """Print a profile's notes, or replace them with TEXT ('-' reads standard input)."""
    with opened(create=False) as store:
        p = store.resolve(ref)
        if text is None:
            click.echo(shown_text(store.get_profile(p.id).notes))
            return
        store.set_notes(p.id, given_text(text, MAX_NOTES))
        click.echo(w()("profiles.notes_saved", profile=label(p)))


@profiles.command()
@click.argument("ref")
@click.argument("new_name")
def rename(ref: str, new_name: str) -> None:
    """Give a profile another name."""
    with opened(create=False) as store:
        p = store.resolve(ref)
        store.rename_profile(p.id, new_name)
        click.echo(w()("profiles.renamed", profile=label(p),
                       name=shown(store.get_profile(p.id).name)))


@profiles.command()
@click.argument("ref")
@click.argument("new_name", required=False)
def copy(ref: str, new_name: str | None) -> None:
    """Duplicate a profile (answers, choices, edits, notes and before; not its versions)."""
    with opened(create=False) as store:
        src = store.resolve(ref)
        p = store.duplicate_profile(src.id, new_name)
        click.echo(w()("profiles.copied", profile=label(src), copy=label(p)))


def _register() -> None:
    from wizard import cli_records

    for command in cli_records.COMMANDS:
        profiles.add_command(command)


_register()
