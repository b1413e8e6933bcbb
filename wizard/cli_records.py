"""Provides the record's commands of `profile-wizard profiles`: import (several files and
folders, re-imports, --into), export (with the hand edits and chosen variants), edit, choose
and restore, and the record as `profiles show` prints it."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

import click

from wizard.cli_profiles import (
    MAX_EDIT,
    MAX_ID,
    given_text,
    label,
    opened,
    render_profile,
    shown,
    w,
    when,
)
from wizard.cli_words import Command
from wizard.core import report
from wizard.core.catalogue import catalogue
from wizard.core.languages import language
from wizard.core.outputs import names

if TYPE_CHECKING:
    from wizard.core.match import Ad
    from wizard.core.render import Result
    from wizard.core.store import ImportResult, Profile, Store, VersionInfo
    from wizard.core.words import Words

EXPORT_FORMATS = ("answers", "json-resume", "md", "html")
MATCH_FORMATS = ("md", "html")  # the exports a job-ad match can go into (--ad)


def warn(message: str) -> None:
    click.echo(f"profile-wizard: warning: {shown(message)}", err=True)


def error(message: str) -> None:
    """An error line for one file of several: the others go on, the exit status is 2."""
    click.echo(f"profile-wizard: error: {shown(message)}", err=True)


# ── show ──────────────────────────────────────────────────────────────────────────────────

def describe_record(p: Profile, versions: list[VersionInfo], files: list[Path]) -> str:
    """The record as `profiles show` prints it, in the interface language."""
    from wizard.core.handout import source_label
    from wizard.core.model import dumps
    from wizard.core.outputs import names

    words = w()
    record = p.record
    out = [words("profiles.show_head", profile=label(p), lang=p.lang, created=when(p.created),
                 changed=when(p.updated))]
    if what := ", ".join(x for x in (p.role, p.organisation) if x):
        out.append(f"  {what}")
    out.append("")
    if p.notes:
        out += [words("profiles.show_notes"), *(f"  {line}" for line in p.notes.splitlines()),
                ""]
    if p.before:
        b = p.before
        src = ", ".join(x for x in (source_label(b.source, p.lang), b.date) if x)
        out += [words("profiles.show_before_from", source=src) if src else
                words("profiles.show_before"),
                f"  {words('outputs.headline_long')}: {b.headline}",
                f"  {words('outputs.summary_long')}:"]
        out += [f"    {line}".rstrip() for line in b.summary.splitlines()] + [""]
    shows = [(o, record.choice(o)) for o in names() if o in record.variants or o in record.edits]
    if shows:
        out.append(words("profiles.show_variants"))
        out += [f"  {o}: {_shows(c, words, p.lang)}" for o, c in shows]
        out.append("")
    if p.edits:
        stale = set(record.stale())
        out.append(words("profiles.show_edits"))
        for o, e in p.edits.items():
            mark = f"  ({words('profiles.stale', ref=p.id, output=o)})" if o in stale else ""
            out.append(f"  {o} · {e.edited[:16].replace('T', ' ')}{mark}")
            out += [f"    {line}" for line in e.text.splitlines()]
        out.append("")
    if suggested := record.suggestions():
        out += [words("profiles.show_suggested", keys=_questions(suggested, p)), ""]
    if p.ads:
        out += [words("profiles.show_ads"),
                *(f"  {a.id:>4}  {when(a.added)}  {a.title}" for a in p.ads), ""]
    if files:
        out += [words("profiles.show_files"), *(f"  {f}" for f in files), ""]
    out += [words("profiles.show_answers"),
            *(f"  {line}".rstrip() for line in dumps(p.answers).splitlines()), ""]
    if versions:
        out.append(words("profiles.show_versions"))
        out += [f"  {v.id:>4}  {when(v.created)}  {words(f'profiles.reason_{v.reason}'):<10}  "
                f"{v.headline}" for v in versions]
        out.append("")
    return shown_lines("\n".join(out))


def _shows(choice: str | None, words: Words, lang: str) -> str:
    from wizard.core.record import YOURS

    if choice == YOURS:
        return words("profiles.shows_edit")
    if choice is None:
        return words("profiles.shows_best")
    return words("profiles.shows_variant", variant=report.variant_name(lang, choice))


def shown_lines(text: str) -> str:
    """Lines for the terminal: each made safe, its indentation kept."""
    return "\n".join(shown(line) for line in text.split("\n"))


# ── import ────────────────────────────────────────────────────────────────────────────────

@click.command("import", cls=Command)
@click.argument("files", nargs=-1, required=True,
                type=click.Path(path_type=Path))
@click.option("--name", default="")
@click.option("--into", "into")
@click.option("--update", is_flag=True)
@click.option("--as-new", "as_new", is_flag=True)
def import_cmd(files: tuple[Path, ...], name: str, into: str | None, update: bool,
               as_new: bool) -> None:
    """Make profiles from answers files, LinkedIn exports and JSON Resumes."""
    from wizard.cli import fail
    from wizard.core.store import StoreError, import_paths

    words = w()
    if update and as_new:
        fail(words("profiles.update_or_new"))
    if (name or into) and (len(files) > 1 or any(os.path.isdir(f) for f in files)):
        fail(words("profiles.one_file_only", option="--name" if name else "--into"))
    status = 0
    with opened() as store:
        target = store.resolve(into).id if into else None
        for path, got in import_paths(files):
            if isinstance(got, StoreError):
                error(str(got))
                status = 2
                continue
            try:
                ok = _import_one(store, path, got, name=name, into=target, update=update,
                                 as_new=as_new)
            except StoreError as exc:
                error(f"{path}: {exc}")
                ok = False
            status = status if ok else 2
    sys.exit(status)


def _import_one(store: Store, path: Path, got: ImportResult, *, name: str, into: int | None,
                update: bool, as_new: bool) -> bool:
    words = w()
    if into is not None:
        p = store.import_update(into, got)
        click.echo(words("profiles.imported_into", path=shown(str(path)), profile=label(p)) +
                   _suggested(p))
        return True
    same = store.same_import(got)
    if same and not (update or as_new):
        s = same[0]
        error(words("profiles.already_imported", path=str(path), name=s.name, id=s.id,
                    what=s.describe()))
        return False
    if same and update:
        p = store.import_update(same[0].id, got)
        click.echo(words("profiles.import_updated", path=shown(str(path)), profile=label(p)) +
                   _suggested(p))
        return True
    p = store.import_new(got, name or got.profile_name or path.stem, fit=not name)
    missing = p.answers.missing()
    still = words("profiles.still_to_answer", keys=_questions(missing, p)) if missing else ""
    click.echo(words("profiles.imported", path=shown(str(path)), profile=label(p), lang=p.lang,
                     suggested=_suggested(p), still=still))
    return True


def _suggested(p: Profile) -> str:
    keys = p.record.suggestions()
    return w()("profiles.suggested", keys=_questions(keys, p)) if keys else ""


def _questions(keys: Iterable[str], p: Profile) -> str:
    """The questions as the person sees them ('I work at …'), never the answers' keys
    ("person.organisation"), which are no words of theirs."""
    cat = catalogue(p.lang)
    register = language(p.lang).register(p.answers.register)
    return ", ".join(f"'{cat.label(k, register)}'" for k in keys)


# ── export ────────────────────────────────────────────────────────────────────────────────

@click.command(cls=Command)
@click.argument("ref")
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), default="answers",
              show_default=True)
@click.option("-o", "--output",
              type=click.Path(path_type=Path, dir_okay=False, allow_dash=True))
@click.option("--force", is_flag=True)
@click.option("--notes", "with_notes", is_flag=True)
@click.option("--ad", "ad_id", type=click.IntRange(1, MAX_ID))
def export(ref: str, fmt: str, output: Path | None, force: bool, with_notes: bool,
           ad_id: int | None) -> None:
    """Write a stored profile to a file or a handout."""
    from wizard.cli import fail, to_stdout
    from wizard.core.errors import UserError
    from wizard.core.match import MatchError

    if to_stdout(output):  # `-o -`: standard output, as without -o
        output = None
    if ad_id is not None and fmt not in MATCH_FORMATS:
        fail(MatchError("ad_format", format=fmt, formats=", ".join(MATCH_FORMATS)).message())
    if output is not None and os.path.lexists(output) and not force:
        fail(UserError("already_exists").at(output))
    with opened(create=False) as store:
        p = store.get_profile(store.resolve(ref).id)
        ad = _stored_ad(p, ad_id) if ad_id is not None else None
        for output_name in p.record.stale():
            warn(w()("profiles.stale_exported", output=output_name, ref=p.id))
        if fmt == "answers":
            from wizard.core.record_file import dumps_file

            text = dumps_file(p.record, "json" if output and output.suffix == ".json" else "toml")
        else:
            result, problem = render_profile(p)
            if result is None:
                fail(w()("profiles.cannot_export", profile=label(p), format=fmt,
                         problem=problem))
            text = _export_text(p, fmt, result, with_notes, ad)
        if store.read_only is not None:  # the words still get out; the history cannot grow
            warn(w()("profiles.export_not_kept", file=shown(str(store.path))))
            if output is not None:
                _write(text, output)
        else:
            if fmt != "answers" and result is not None:
                keep_export(store, p, result)
            if output is not None:
                store.record_file(p.id, _write(text, output))  # `profiles delete` removes it
            else:
                store.touch(p.id)
    if output is None:
        click.echo(text, nl=False)
    else:
        click.echo(w()("profiles.wrote", path=shown(str(output))), err=True)


def keep_export(store: Store, p: Profile, result: Result) -> None:
    """An `export` version with the texts as exported, the choices and the hand edits."""
    texts = {k: o.chosen.text for k, o in result.outputs.items()}
    variants = {k: o.chosen.variant for k, o in result.outputs.items()}
    store.add_version(p.id, p.answers, texts, variants, "export", edits=p.edits)


def _stored_ad(p: Profile, ad_id: int) -> Ad:
    """The profile's kept job ad `ad_id`, read (a coach keeps several per client)."""
    from wizard.cli import fail
    from wizard.core.match import MatchError, analyse

    kept = {a.id: a for a in p.ads}
    if ad_id not in kept:
        key = "no_stored_ad" if kept else "no_stored_ads"
        fail(MatchError(key, id=ad_id, profile=label(p),
                        ids=", ".join(map(str, kept))).message())
    try:
        ad = analyse(kept[ad_id].text, fallback=p.answers.lang)
        # kept before the size check existed, a few words are no ad to put in a handout
        ad.check_size(f"--ad {ad_id}")
    except MatchError as exc:
        fail(exc.message())
    return ad


def _export_text(p: Profile, fmt: str, result: Result, with_notes: bool,
                 ad: Ad | None = None) -> str:
    from wizard.core import exporters

    if fmt == "md":
        return exporters.texts_markdown(result, p.answers, stale=tuple(p.record.stale()),
                                        ad=ad)
    if fmt == "json-resume":
        return json.dumps(exporters.json_resume(p.answers, result), ensure_ascii=False,
                          indent=2) + "\n"
    return exporters.handout_html(p.answers, result, before=p.before,
                                  notes=p.notes if with_notes else "", ad=ad)


def _write(text: str, output: Path) -> Path:
    """Write privately (0600 in a 0700 folder, atomically); the file written (the real one
    behind the person's own link)."""
    from wizard.cli import fail
    from wizard.core.errors import UserError, os_reason
    from wizard.core.fileio import write_private

    try:
        return write_private(output, text)
    except OSError as exc:
        fail(UserError("cannot_write", reason=os_reason(exc)).at(output))


# ── the record: edits, choices, history ───────────────────────────────────────────────────

@click.command(cls=Command)
@click.argument("ref")
@click.argument("output", type=click.Choice(names()))
@click.argument("text", required=False)
@click.option("--keep", is_flag=True)
@click.option("--drop", is_flag=True)
def edit(ref: str, output: str, text: str | None, keep: bool, drop: bool) -> None:
    """Print, set, keep or drop the hand edit of an output."""
    from wizard.cli import fail

    words = w()
    if sum((text is not None, keep, drop)) > 1:
        fail(words("profiles.edit_one_of"))
    with opened(create=False) as store:
        p = store.get_profile(store.resolve(ref).id)
        if keep:
            if output not in p.edits:
                fail(words("profiles.no_edit", profile=label(p), output=output))
            store.reapply_edit(p.id, output)
            click.echo(words("profiles.edit_kept", profile=label(p), output=output))
        elif drop:
            if not store.drop_edit(p.id, output):
                fail(words("profiles.no_edit", profile=label(p), output=output))
            click.echo(words("profiles.edit_dropped", profile=label(p), output=output))
        elif text is not None:
            store.set_edit(p.id, output, given_text(text, MAX_EDIT))
            click.echo(words("profiles.edit_saved", profile=label(p), output=output))
        elif output in p.edits:
            click.echo(shown_lines(p.edits[output].text))
        else:
            fail(words("profiles.no_edit", profile=label(p), output=output))


@click.command(cls=Command)
@click.argument("ref")
@click.argument("output", type=click.Choice(names()))
@click.argument("variant", required=False)
def choose(ref: str, output: str, variant: str | None) -> None:
    """Choose the template VARIANT of OUTPUT (without VARIANT: the best fit again)."""
    from wizard.cli import fail

    with opened(create=False) as store:
        p = store.get_profile(store.resolve(ref).id)
        result, _problem = render_profile(p)
        if variant is not None and result is not None and output in result.outputs:
            known = [r.variant for r in result.outputs[output].alternatives]
            found = report.find_variant(p.answers.lang, known, variant)
            if found is None:
                fail(w()("profiles.no_variant", output=output, variant=shown(variant),
                         variants=report.variant_names(p.answers.lang, known)))
            variant = found
        store.set_variant(p.id, output, variant)
    click.echo(w()("profiles.chosen" if variant else "profiles.best_fit",
                   profile=label(p), output=output, variant=variant or ""))


@click.command(cls=Command)
@click.argument("ref")
@click.argument("version", type=click.IntRange(1, MAX_ID))
def restore(ref: str, version: int) -> None:
    """Bring back a version of a stored profile."""
    with opened(create=False) as store:
        p = store.resolve(ref)
        store.restore_version(p.id, version)
    click.echo(w()("profiles.restored", profile=label(p), version=version))


COMMANDS = (import_cmd, export, edit, choose, restore)
