"""Provides the before screen: the imported headline and About, counted and checked like new
texts, so the person sees what is wrong with the old ones before writing the new."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, ClassVar, cast

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, Static

from wizard.core.handout import source_label
from wizard.core.render import Rendered
from wizard.core.store import Before
from wizard.tui.coach_labels import ct
from wizard.tui.labels import label
from wizard.tui.widgets.counter import counter, findings
from wizard.tui.widgets.key_bar import KeyBar

if TYPE_CHECKING:
    from wizard.tui.app import WizardApp


class BeforeScreen(Screen[None]):
    """Read-only; Enter or Escape goes on to the wizard (or back where it was opened)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "done", "Continue"),
    ]

    def __init__(self, lang: str, before: Before, checks: Mapping[str, Rendered]) -> None:
        super().__init__(classes="wizard-screen")
        self.lang, self.before, self.checks = lang, before, checks

    def compose(self) -> ComposeResult:
        t = self.lang
        # the source in the profile's words ("LinkedIn-export Basic.zip"), as handouts say it
        source = ", ".join(x for x in (source_label(self.before.source, t), self.before.date)
                           if x)
        yield Static(cast("WizardApp", self.app).whose()[0], id="whose", markup=False)
        with VerticalScroll(id="before-body"):
            yield Static(ct(t, "before_title"), classes="step-title")
            yield Static(ct(t, "before_intro", source=source or "?"), classes="step-intro",
                         markup=False)
            for output in ("headline", "summary"):
                r = self.checks.get(output)
                yield Static(label(t, output), classes="before-label")
                if r is None:
                    yield Static(ct(t, "before_none"), classes="before-missing")
                    continue
                yield Static(counter(r, t), classes="before-counter")
                yield Static(r.text, classes="before-text", markup=False)
                yield Static(findings(r.findings, t), classes="before-checks")
        with Horizontal(id="before-buttons"):
            yield Button(f"{ct(t, 'before_go')} →", id="before-go", variant="primary",
                         compact=True)
        yield KeyBar(lambda: self.lang)

    def on_mount(self) -> None:
        self.query_one("#before-go").focus()

    @on(Button.Pressed, "#before-go")
    def action_done(self) -> None:
        self.dismiss(None)
