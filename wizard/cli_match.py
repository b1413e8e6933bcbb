"""Provides `profile-wizard match AD PROFILE`: which of a job ad's terms a profile carries."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

import click

from wizard.cli_words import Command

if TYPE_CHECKING:
    from wizard.core.model import Answers


def _profile(ref: str, lang: str) -> Answers:
    """An answers file, or else a stored profile's name or id (the store is only read)."""
    from wizard.cli import fail
    from wizard.core.match import MatchError
    from wizard.core.model import AnswersError
    from wizard.core.record_file import load_answers

    path = Path(ref)
    if os.path.lexists(path) or path.suffix.lower() in (".toml", ".json") or "/" in ref:
        try:
            return load_answers(path, partial=True)  # choices and edits may be there
        except AnswersError as exc:
            if os.path.isfile(path) and path.suffix.lower() not in (".toml", ".json"):
                # "match profile.toml ad.md": the ad's own 'not valid TOML' would not say why
                fail(MatchError("profile_not_answers", ref=ref).message(lang))
            fail(str(exc))
    from wizard.core.store import Store, StoreError, default_path

    if not default_path().is_file():  # looking a name up must not create a store
        fail(MatchError("profile_missing", ref=ref).message(lang))
    try:
        with Store(create=False) as store:  # never a new store made here
            return store.get_profile(store.resolve(ref).id).answers
    except StoreError as exc:
        fail(str(exc))


def _texts(answers: Answers) -> tuple[dict[str, str], str]:
    """The profile's rendered texts, or none and why (an answer is still missing)."""
    from wizard.cli import _template_dirs
    from wizard.core.catalogue import missing_phrase
    from wizard.core.render import Renderer
    from wizard.core.templates import TemplateSet

    if (missing := missing_phrase(answers)) is not None:
        return {}, missing.text(answers.lang)  # the report is in the profile's language
    try:
        result = Renderer(TemplateSet(_template_dirs(()))).render(answers)
    except Exception as exc:  # a coach's broken template: match the answers all the same
        return {}, str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return {name: o.chosen.text for name, o in result.outputs.items()}, ""


@click.command("match", cls=Command)
@click.argument("ad")
@click.argument("profile")
@click.option("--lang", default=None)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True)
def match_cmd(ad: str, profile: str, lang: str | None, fmt: str) -> None:
    """Compare a job ad with a profile: the ad's terms found and missing."""
    from wizard.cli import fail, standard_input
    from wizard.core.match import MatchError, analyse, match
    from wizard.core.match.adfile import not_answers, read_file, read_stream
    from wizard.core.match.report import format_match
    from wizard.core.words import interface_language, words

    here = interface_language()
    answers = _profile(profile, here)
    try:
        if ad == "-":
            if standard_input("input_closed_dash").isatty():
                click.echo(words(answers.lang)("match.paste_hint"), err=True)
            text = not_answers(read_stream(), "-")
        else:
            text = not_answers(read_file(Path(ad)), ad)
        read = analyse(text, lang, fallback=answers.lang)
        read.check_size("-" if ad == "-" else ad)
    except MatchError as exc:
        fail(exc.message(answers.lang))
    texts, problem = _texts(answers)
    click.echo(format_match(match(read, answers, texts), answers, fmt, problem), nl=False)
