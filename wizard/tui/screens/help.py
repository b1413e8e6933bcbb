"""Provides the help screen (F1): the keys, and the ideas behind each step of the profile."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Markdown

from wizard.core.catalogue import Catalogue
from wizard.core.languages import REFERENCE_LANGUAGE, pack_file, typeset
from wizard.core.limits import limits
from wizard.tui.labels import label


def help_markdown(cat: Catalogue) -> str:
    """The help page in the profile's language (data/lang/<lang>/help.md), steps appended."""
    path = pack_file(cat.lang, "help.md")
    if not path.is_file():  # a language added without a help page still gets one
        path = pack_file(REFERENCE_LANGUAGE, "help.md")
    lim = limits()
    text = typeset(cat.lang, path.read_text(encoding="utf-8")).format(
        headline=lim.headline, fold=lim.headline_fold, summary=lim.summary,
        phone=lim.summary_fold_mobile, desktop=lim.summary_fold_desktop,
        invitation=lim.invitation, premium=lim.invitation_premium,
        lo=lim.pitch_min_seconds, hi=lim.pitch_max_seconds, wpm=lim.words_per_minute)
    text = titled(cat.lang, text)
    steps = "\n".join(f"**{i}. {s.title}** — {s.intro}\n" for i, s in enumerate(cat.steps, 1))
    return f"{text.rstrip()}\n\n{steps}"


def titled(lang: str, text: str) -> str:
    """A help page titled with the word the key bar says (F1 Hulp: "# Hulp")."""
    if text.startswith("# "):
        text = f"# {label(lang, 'help')}{text[text.find(chr(10)):]}"
    return text


def start_help_markdown(lang: str) -> str:
    """The start screen's own help (`tui.start_help`): how to start, open, import and find a
    stored profile, in the language the start screen speaks, not the wizard's keys."""
    return titled(lang, label(lang, "start_help")).rstrip() + "\n"


class HelpScreen(ModalScreen[None]):
    """Keys first, then the ideas; Escape or F1 closes it. `cat` gives the wizard's help (in
    the profile's language); `markdown`, another page (the start screen's)."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,f1,q", "dismiss", "Close")]

    def __init__(self, cat: Catalogue | None = None, markdown: str = "") -> None:
        super().__init__(classes="dialog")
        self.cat = cat
        self.markdown = markdown

    def compose(self) -> ComposeResult:
        text = help_markdown(self.cat) if self.cat is not None else self.markdown
        with VerticalScroll(id="help-box"):
            yield Markdown(text, id="help-text")

    def on_mount(self) -> None:
        self.query_one("#help-box").focus()

    def action_dismiss(self, result: None = None) -> None:  # type: ignore[override]
        self.dismiss(None)
