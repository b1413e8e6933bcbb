"""Provides the command line's own words in the interface language: every command's and
option's help, the placeholders of the usage line, and the phrases click itself prints
("Usage:", "Missing argument", "No such option"), all read from the language packs
(ui/clihelp.toml and ui/click.toml); no word of a command's help is in Python.

The language is the one every other line of the command line speaks (its errors, `profiles`,
`templates`): the one last chosen on the app's start screen, else the system locale's
(wizard.core.words.interface_language). A command's words are filled in only when a run
reaches it, so `render` pays nothing for the help of `profiles`, and `profile-wizard --help`
lists the commands without importing the modules that define them.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import click

if TYPE_CHECKING:
    from wizard.core.words import Words

# The table of the program itself in ui/clihelp.toml; a command's table is its name, a
# group's command's "group name" (`[render]`, `["profiles list"]`).
ROOT = "profile-wizard"
# The modules of click that print phrases of their own (each binds gettext as `_`).
CLICK_MODULES = ("core", "decorators", "exceptions", "formatting", "parser", "termui", "types")

_chosen: list[Words] = []
_originals: dict[str, tuple[Any, Any]] = {}


def say() -> Words:
    """The words of the interface language (chosen once while `installed`)."""
    if _chosen:
        return _chosen[0]
    from wizard.core.words import interface_language, words

    return words(interface_language())


def click_phrase(message: str) -> str:
    """click's `message` ("Usage:", "Missing argument") in the interface language; a phrase
    the packs do not have (one this program never shows) as click has it."""
    try:
        return say().text(f"click.{message}")
    except KeyError:
        return message


def click_phrase_n(singular: str, plural: str, n: int) -> str:
    return click_phrase(singular if n == 1 else plural)


def install() -> None:
    """From now on click speaks the interface language (until `uninstall`): its phrases go
    through the packs instead of gettext, which would need compiled catalogues."""
    _chosen[:] = [say()]
    for name in CLICK_MODULES:
        module = importlib.import_module(f"click.{name}")
        _originals.setdefault(name, (getattr(module, "_", None), getattr(module, "ngettext", None)))
        _set(module, click_phrase, click_phrase_n)


def uninstall() -> None:
    """click as it was (a program that imports the command line keeps its own gettext)."""
    for name, (gettext, ngettext) in _originals.items():
        _set(sys.modules[f"click.{name}"], gettext, ngettext)
    _originals.clear()
    _chosen.clear()


def _set(module: Any, gettext: Callable[..., str] | None,
         ngettext: Callable[..., str] | None) -> None:
    if gettext is not None and hasattr(module, "_"):
        module._ = gettext
    if ngettext is not None and hasattr(module, "ngettext"):
        module.ngettext = ngettext


def confirm(question: str) -> bool:
    """Ask `question` with the pack's yes and no keys ("[o/N]" in French; no is the default);
    the key or the whole word for yes ("o", "oui") is a yes. click.confirm knows only "y"."""
    w = say()
    yes, no = w.text("prompts.yes_key"), w.text("prompts.no_key")
    answer = click.prompt(f"{question} [{yes}/{no.upper()}]", default="", show_default=False,
                          err=True)
    return answer.strip().casefold() in {yes.casefold(), w.text("prompts.yes").casefold()}


def key_of(parent_key: str | None, name: str | None) -> str:
    """The table of a command in ui/clihelp.toml: ROOT for the program, "render",
    "profiles list"."""
    if parent_key is None:
        return ROOT
    return str(name) if parent_key == ROOT else f"{parent_key} {name}"


def localise(command: click.Command, key: str) -> None:
    """Give `command` its words from table `key`: help, short help, every option's help and
    value placeholder, every argument's placeholder, the usage line's [OPTIONS]."""
    from wizard.core.languages import available_languages

    w = say()
    langs = ", ".join(available_languages())

    def text(name: str) -> str:
        return w(f"clihelp.{key}.{name}", langs=langs)

    command.help = text("help")
    command.short_help = text("short")
    command.options_metavar = click_phrase("[OPTIONS]")
    command._help_option = None  # click keeps --help's words from the first run that made it
    if isinstance(command, click.Group):
        command.subcommand_metavar = click_phrase(
            "[COMMAND] [ARGS]..." if command.invoke_without_command else "COMMAND [ARGS]...")
    for param in command.params:
        help_name, metavar_name = param_words(param)
        if help_name is not None:
            param.help = text(help_name)
        if metavar_name is not None:
            param.metavar = text(metavar_name)
        if isinstance(param.type, click.Path):
            param.type.name = click_phrase(_path_kind(param.type))
        elif isinstance(param.type, click.IntRange):  # "'abc' is not a valid integer."
            param.type.name = click_phrase("integer")


def param_words(param: click.Parameter) -> tuple[str | None, str | None]:
    """The names in a command's table of `param`'s help and of its value's placeholder:
    ("--out", "--out value") for an option, (None, "FILES") for an argument; None where
    click writes the word itself (a flag has no value, a choice lists its values)."""
    if isinstance(param, click.Option):
        name = max(param.opts, key=len)
        if param.is_flag or isinstance(param.type, click.Choice):
            return name, None
        return name, f"{name} value"
    if isinstance(param.type, click.Choice):
        return None, None
    return None, str(param.name).upper()


def command_words(command: click.Command) -> list[str]:
    """Every name `localise` reads from the command's table."""
    names = ["short", "help"]
    for param in command.params:
        names += [n for n in param_words(param) if n is not None]
    return names


def _path_kind(kind: click.Path) -> str:
    """The word click names a path with in its errors ("File 'x' does not exist."), set when
    the command was defined: before the language was known."""
    if kind.file_okay and not kind.dir_okay:
        return "file"
    if kind.dir_okay and not kind.file_okay:
        return "directory"
    return "path"


class Formatter(click.HelpFormatter):
    """click's help layout with the pack's heading punctuation ("Options :" in French)."""

    def write_heading(self, heading: str) -> None:
        try:
            line = say()("click.{heading}:", heading=heading)
        except KeyError:
            line = f"{heading}:"
        self.write(f"{'':>{self.current_indent}}{line}\n")


class Context(click.Context):
    formatter_class = Formatter


class Command(click.Command):
    """A command whose words come from the packs, filled in when a run reaches it."""

    key = ""
    context_class = Context

    def make_context(self, info_name: str | None, args: list[str],
                     parent: click.Context | None = None, **extra: Any) -> click.Context:
        self.key = key_of(getattr(parent.command, "key", ROOT) if parent else None, self.name)
        localise(self, self.key)
        return super().make_context(info_name, args, parent, **extra)


class Group(Command, click.Group):
    """A group of such commands; its list of commands reads their short help from the packs,
    without importing a command that is defined elsewhere."""

    command_class = Command
    group_class = type

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        w = say()
        rows = []
        for name in self.list_commands(ctx):
            known = self.commands.get(name)
            if known is None or not known.hidden:
                rows.append((name, w(f"clihelp.{key_of(self.key, name)}.short")))
        if rows:
            with formatter.section(click_phrase("Commands")):
                formatter.write_dl(rows)
