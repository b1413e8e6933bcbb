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
    if text.startswith("# "):  # titled with the word the key bar says (F1 Hulp: "Hulp")
        text = f"# {label(cat.lang, 'help')}{text[text.find(chr(10)):]}"
    steps = "\n".join(f"**{i}. {s.title}** — {s.intro}\n" for i, s in enumerate(cat.steps, 1))
    return f"{text.rstrip()}\n\n{steps}"


class HelpScreen(ModalScreen[None]):
    """Keys first, then the ideas; Escape or F1 closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,f1,q", "dismiss", "Close")]

    def __init__(self, cat: Catalogue) -> None:
        super().__init__(classes="dialog")
        self.cat = cat

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box"):
            yield Markdown(help_markdown(self.cat), id="help-text")

    def on_mount(self) -> None:
        self.query_one("#help-box").focus()

    def action_dismiss(self, result: None = None) -> None:  # type: ignore[override]
        self.dismiss(None)
