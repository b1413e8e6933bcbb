"""Provides the `profile-wizard` command line: a thin click layer over the core, imported lazily.

Every word of its help (commands, options, placeholders) is in ui/clihelp.toml, and click's own
phrases in ui/click.toml; the docstrings below are for whoever reads the code.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any, ClassVar, NoReturn, TextIO

import click

from wizard import __version__, cli_words
from wizard.core.errors import os_reason

STDOUT = "-"  # as a file to write, standard output (as '-' is standard input to read)


def to_stdout(path: Path | None) -> bool:
    """Whether the file to write is '-': standard output, not a file named "-"."""
    return path is not None and str(path) == STDOUT


def fail(problem: str | BaseException, code: int = 2, **values: Any) -> NoReturn:
    """One line on stderr, nothing on stdout, a non-zero exit.

    `problem` is a key of ui/errors.toml with its `values` (`fail("bad_lang_option", lang=l,
    langs=...)`), an exception (a UserError speaks the interface language), or a sentence; the
    line is made safe for the terminal whatever it holds.
    """
    from wizard.cli_output import error_line

    if sys.stderr is not None:
        click.echo(f"profile-wizard: error: {error_line(problem, **values)}", err=True)
    sys.exit(code)


def output(text: str, *, nl: bool = True, err: bool = False, json: bool = False) -> None:
    """Print `text` (`err`: to stderr; `json`: JSON text), safe for the terminal whatever it
    holds, in any locale; see wizard.cli_output."""
    from wizard.cli_output import output as write

    write(text, nl=nl, err=err, json=json)


class WizardGroup(cli_words.Group):
    """`profile-wizard FILE` opens the app on FILE; a known word runs that command.

    Command groups in their own modules are imported only when named: `render` need not pay
    for defining every `profiles` subcommand.
    """

    lazy: ClassVar[dict[str, str]] = {"profiles": "wizard.cli_profiles:profiles",
                                       "templates": "wizard.cli_templates:templates",
                                       "match": "wizard.cli_match:match_cmd"}

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if (args and args[0] not in self.commands and args[0] not in self.lazy
                and not args[0].startswith("-")):
            args = ["open", *args]
        return super().parse_args(ctx, args)

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*self.commands, *self.lazy})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in self.lazy and cmd_name not in self.commands:
            import importlib

            module, _, attr = self.lazy[cmd_name].partition(":")
            self.add_command(getattr(importlib.import_module(module), attr), cmd_name)
        return super().get_command(ctx, cmd_name)


@click.group(cls=WizardGroup, invoke_without_command=True,
             context_settings={"help_option_names": ["-h", "--help"]})
@click.option("-V", "--version", is_flag=True, expose_value=False, is_eager=True,
              callback=lambda ctx, _, value: _show_version(ctx, value))
@click.pass_context
def cli(ctx: click.Context) -> None:
    """The program: with no command, the app (its help is ui/clihelp.toml's [profile-wizard])."""
    if ctx.invoked_subcommand is None:
        _run_app(None)


def _show_version(ctx: click.Context, value: bool) -> None:
    """`--version`: "profile-wizard, version 1.2.3" in the interface language (click's own
    option fixes its sentence when the module is imported, before the language is known)."""
    if value and not ctx.resilient_parsing:
        click.echo(cli_words.click_phrase("%(prog)s, version %(version)s")
                   % {"prog": "profile-wizard", "version": __version__})
        ctx.exit()


@cli.command("open", hidden=True)
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False))
def open_cmd(file: Path) -> None:
    """Open FILE in the wizard (a new file is created when you save)."""
    _run_app(file)


def standard_input(key: str = "input_closed") -> TextIO:
    """The standard input, or the one line `key` when it is closed (Python makes sys.stdin
    None when the program starts without descriptor 0, and guard_streams puts /dev/null in
    its place, which would read as an empty answer)."""
    if sys.stdin is None or _closed(0):
        fail(key)
    return sys.stdin


def _run_app(file: Path | None) -> None:
    if not standard_input().isatty() or sys.stdout is None or not sys.stdout.isatty():
        fail("needs_terminal")
    from wizard.tui.launch import launch  # Textual is imported only for the app

    launch(file)


@cli.command()
@click.argument("files", nargs=-1, required=True,
                type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["text", "json", "md"]), default="text",
              show_default=True)
@click.option("--out", type=click.Path(path_type=Path, file_okay=False, allow_dash=True))
@click.option("--wpm", type=click.IntRange(60, 250), default=None)
@click.option("--variant", "variants", multiple=True)
@click.option("--templates", "template_dirs", multiple=True,
              type=click.Path(path_type=Path, file_okay=False, exists=True))
def render(files: tuple[Path, ...], fmt: str, out: Path | None, wpm: int | None,
           variants: tuple[str, ...], template_dirs: tuple[Path, ...]) -> None:
    """The four texts of answers files or folders, printed or written to --out."""
    from wizard.fastargs import Request
    from wizard.rendering import run  # the same work as the fast path (wizard.entry)

    code = run(Request(tuple(map(str, files)), fmt, wpm, variants, template_dirs, out))
    if code:
        sys.exit(code)


def _template_dirs(explicit: tuple[Path, ...]) -> list[Path]:
    from wizard.rendering import template_dirs

    return template_dirs(explicit)


# read by _read, within bounds (click.File would wait on a FIFO and read 50 MB whole)
_TEXT_FILE = click.Path(exists=True, dir_okay=False, allow_dash=True)


@cli.command()
@click.option("--headline")
@click.option("--summary", type=_TEXT_FILE)
@click.option("--pitch", type=_TEXT_FILE)
@click.option("--invitation", type=_TEXT_FILE)
@click.option("--lang", default="en", show_default=True)
@click.option("--role", default="")
@click.option("--name", default="")
@click.option("--premium", is_flag=True)
@click.option("--wpm", type=click.IntRange(60, 250), default=None)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True)
def check(headline: str | None, summary: str | None, pitch: str | None,
          invitation: str | None, lang: str, role: str,
          name: str, premium: bool, wpm: int | None, fmt: str) -> None:
    """Check texts you already have; exit 1 when an error-level check fails."""
    from wizard.core import report
    from wizard.core.checks import Facts
    from wizard.core.languages import available_languages
    from wizard.core.readability import readability_findings
    from wizard.core.render import measure
    from wizard.core.sanitize import clean_text

    if lang not in available_languages():
        fail("bad_lang_option", lang=lang, langs=available_languages())
    given = {"headline": headline, "summary": _read(summary), "pitch": _read(pitch),
             "invitation": _read(invitation)}
    texts = {k: clean_text(v, multiline=k == "summary") for k, v in given.items() if v is not None}
    if not texts:
        fail("nothing_to_check")
    facts = Facts(name=clean_text(name), role=clean_text(role))
    measured = [measure(k, t, lang, premium=premium, wpm=wpm, facts=facts, variant="yours")
                for k, t in texts.items()]
    for m in measured:  # reading ease costs more than render: only here and in the app
        m.findings.extend(readability_findings(m.output, m.text, lang))
    output(report.format_checked(measured, fmt, lang), nl=False, json=fmt == "json")
    if any(f.severity == "error" for m in measured for f in m.findings):
        sys.exit(1)


# A text to check is one of the four, 2,600 characters at most (an About); a file many times
# that is something else, and measuring it (readability, every check) would take minutes.
MAX_CHECK_BYTES = 20_000


def _read(name: str | None) -> str | None:
    """The text in file `name` ('-': standard input), within MAX_CHECK_BYTES; a FIFO, a
    device, a folder, a bigger file or one that is not UTF-8 is one line."""
    from wizard.core.model import AnswersError, decode, read_bounded

    if name is None:
        return None
    try:
        if name == "-":
            raw = standard_input("input_closed_dash").buffer.read(MAX_CHECK_BYTES + 1)
            if len(raw) > MAX_CHECK_BYTES:
                raise AnswersError("text_too_large", size=len(raw), limit=MAX_CHECK_BYTES)
        else:
            raw = read_bounded(Path(name), MAX_CHECK_BYTES, "text_too_large")
        return decode(raw)
    except AnswersError as exc:
        fail(exc.at(name))


@cli.command()
@click.option("--lang", default="en", show_default=True)
def questions(lang: str) -> None:
    """Print the question catalogue: stems, help and examples."""
    from wizard.core import report
    from wizard.core.languages import available_languages

    if lang not in available_languages():
        fail("bad_lang_option", lang=lang, langs=available_languages())
    output(report.format_catalogue(lang), nl=False)


@cli.command()
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False, allow_dash=True))
@click.option("--lang", default="en", show_default=True)
@click.option("--force", is_flag=True)
def new(file: Path, lang: str, force: bool) -> None:
    """Write a starter answers FILE ('-': standard output), commented with the questions, to
    fill in an editor."""
    from wizard.core.fileio import write_private
    from wizard.core.languages import available_languages
    from wizard.core.starter import starter_toml
    from wizard.core.words import words

    if lang not in available_languages():
        fail("bad_lang_option", lang=lang, langs=available_languages())
    if to_stdout(file):
        output(starter_toml(lang), nl=False)
        return
    if os.path.lexists(file) and not force:
        fail(_at(file, "already_exists"))
    try:
        write_private(file, starter_toml(lang), make_folder=False)
    except OSError as exc:
        fail(_at(file, "cannot_write", reason=os_reason(exc)))
    output(words(lang)("cli.new_written", file=file))


@cli.command()
@click.option("--lang")
@click.option("-o", "--output", "file",
              type=click.Path(path_type=Path, dir_okay=False, allow_dash=True))
def ask(lang: str | None, file: Path | None) -> None:
    """Ask the questions line by line: plain prompts for screen readers and simple terminals."""
    from wizard.prompts import run  # questionary is imported only for this command

    if to_stdout(file):  # the questions are asked there, and the file is saved as it goes
        fail(_at("-o -", "dash_is_the_screen"))
    standard_input()
    sys.exit(run(lang, file))


@cli.command()
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True)
@click.option("--host", default="127.0.0.1", show_default=True)
def serve(port: int, host: str) -> None:
    """The wizard in a browser tab: prints a link with a secret token to open."""
    from wizard.serve import serve as run_server

    try:
        run_server(host, port)
    except OSError as exc:
        fail("serve_unavailable", host=host, port=port, reason=exc.strerror or exc)
    except (UnicodeError, ValueError):  # a host no resolver takes: a label over 63, a NUL
        from wizard.core.errors import Phrase

        fail("serve_unavailable", host=host, port=port, reason=Phrase("not_a_host"))



def _at(where: object, problem: str, **values: Any) -> Any:
    """A UserError about `where` (a file, an option): `problem` is a key or a sentence."""
    from wizard.core.errors import UserError

    return UserError(problem, **values).at(where)


def _closed(fd: int) -> bool:
    from wizard.cli_output import closed_at_start

    return closed_at_start(fd)


INTERACTIVE = frozenset({"ask", "open"})


# Eager options that print and exit before any command runs: `profile-wizard --help`,
# `ask --help`, `--version` draw no screen of their own, so their output is guarded as every
# command's is (a full disk under it is one line, not an unexpected OSError).
PRINT_AND_EXIT = frozenset({"-h", "--help", "-V", "--version"})


def _interactive(args: list[str]) -> bool:
    """Whether the command draws its own screen: the app (no command, or a FILE) or `ask`."""
    options = args[:args.index("--")] if "--" in args else args
    if PRINT_AND_EXIT.intersection(options):
        return False
    first = next((a for a in args if not a.startswith("-")), None)
    return first is None or first in INTERACTIVE or \
        (first not in cli.commands and first not in WizardGroup.lazy)


def main() -> None:
    """Entry point: click errors become one line on stderr with exit status 2; no traceback
    ever, and a command that could not write its output does not exit 0."""
    from wizard.cli_output import guard_streams

    guard_streams(interactive=_interactive(sys.argv[1:]))
    if sys.stdout is None or _closed(1):
        fail("output_closed")
    cli_words.install()
    try:
        _run()
    finally:
        cli_words.uninstall()


def _run() -> None:
    """Run the command line with click's errors, exits and interruptions as one line each."""
    from wizard.cli_output import OutputError, flush_or_fail

    try:
        cli.main(prog_name="profile-wizard", standalone_mode=False)
    except click.exceptions.NoArgsIsHelpError as exc:
        click.echo(exc.ctx.get_help() if exc.ctx else "", err=True)
        sys.exit(2)
    except click.UsageError as exc:
        hint = cli_words.say()("clihelp.see_help", command=exc.ctx.command_path) \
            if exc.ctx else ""
        fail(exc.format_message().replace("\n", " ") + hint)
    except click.ClickException as exc:
        fail(exc.format_message().replace("\n", " "))
    except click.exceptions.Abort:
        click.echo("", err=True)
        sys.exit(130)
    except click.exceptions.Exit as exc:
        flush_or_fail()
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        sys.exit(130)
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), 1)
        sys.exit(1)
    except SystemExit:
        flush_or_fail()  # a command's own exit status stands only if its output got out
        raise
    except OutputError as exc:
        os.dup2(os.open(os.devnull, os.O_WRONLY), 1)
        fail("output_failed", reason=os_reason(exc))
    except Exception as exc:
        from wizard.core.crash import describe, interrupted

        if interrupted(exc):
            sys.exit(130)
        if os.environ.get("PROFILE_WIZARD_DEBUG"):
            raise
        fail("unexpected", 70, kind=describe(exc))  # never the message: it may hold answers
    flush_or_fail()
