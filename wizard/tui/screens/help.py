"""Provides the help screen (F1): the keys, and the ideas behind each step of the profile."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Markdown

from wizard.core.catalogue import Catalogue
from wizard.core.limits import limits

KEYS = """\
# Help

*Esc or F1 closes this. Every action is also in the command palette (Ctrl+P).*

## Keys

- **Tab**, **Shift+Tab**: the next or previous field, list or button
- **Enter**: the next question; on the last one, the next step
- **PgDn** (or **Ctrl+N**), **PgUp**: the next or the previous step; every answer is kept
- **← →** then **Enter** on the step bar at the top: jump to any step you have reached
- **F2**: show or hide the live preview (on the results: all texts)
- In a list: **Enter** adds what you typed, **→** completes a suggestion; on the items
  **Del** removes, **Shift+↑ ↓** moves, **Enter** rewords
- On the results: **F3** copies this text, **F4** all texts (each is also saved as a file),
  **F5** exports them as Markdown, **F8** resets an edited text (your edit stays under
  *Variant*), **Ctrl+PgDn**/**Ctrl+PgUp** go to the next or previous text
- **Ctrl+S** saves your answers; **Ctrl+Q** quits, and asks first when something is unsaved

The mouse works too: click a step, a button, a tab, an item or a suggestion.
"""

IDEAS = """\
## The idea

You are what you will do, not only what you did: the questions start from where you are going,
then go down the layers of a professional — what drives you, what you know best, what you stand
for — and end with how you help the reader. Each answer completes a sentence, so the texts read
as yours. Nothing you type leaves this machine.

Limits: headline {headline} characters (the first ~{fold} show in search results), About
{summary} (a phone shows ~{phone} before "see more", a desktop ~{desktop}), invitation note
{invitation} ({premium} with Premium), pitch {lo}–{hi} seconds at {wpm} words a minute.
"""


def help_markdown(cat: Catalogue) -> str:
    lim = limits()
    ideas = IDEAS.format(headline=lim.headline, fold=lim.headline_fold, summary=lim.summary,
                         phone=lim.summary_fold_mobile, desktop=lim.summary_fold_desktop,
                         invitation=lim.invitation, premium=lim.invitation_premium,
                         lo=lim.pitch_min_seconds, hi=lim.pitch_max_seconds,
                         wpm=lim.words_per_minute)
    steps = "\n".join(f"**{i}. {s.title}** — {s.intro}\n" for i, s in enumerate(cat.steps, 1))
    return f"{KEYS}\n{ideas}\n## The steps\n\n{steps}"


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
