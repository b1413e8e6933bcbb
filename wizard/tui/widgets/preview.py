"""Provides the live preview: the texts the current step affects, counted and checked."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Static

from wizard.core.render import Rendered
from wizard.core.templates import OUTPUTS
from wizard.tui.labels import label
from wizard.tui.live import PLACEHOLDER, placeholder
from wizard.tui.widgets.counter import counter, findings, marked_text


@dataclass(frozen=True)
class PreviewView:
    """What the preview shows: rendered outputs, missing answers, the answer being typed."""

    shown: Mapping[str, Rendered] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)
    highlight: str = ""
    note: str = ""


class OutputPreview(Static):
    """One output in the preview: title and counter, the text, the checks (one widget, so a
    step screen stays light)."""

    def __init__(self, output: str, r: Rendered | None, lang: str, highlight: str) -> None:
        super().__init__(self.build(output, r, lang, highlight), id=f"preview-{output}",
                         classes="preview-output")
        self.output = output
        self.text = r.text if r else ""
        self.display = r is not None

    @staticmethod
    def build(output: str, r: Rendered | None, lang: str, highlight: str) -> Content:
        if r is None:
            return Content()
        approx = PLACEHOLDER.search(r.text) is not None
        # "Shorten your answer" means little while placeholders stand in for answers.
        checks = [f for f in r.findings if not (approx and f.code == "answer_too_long")]
        return Content("\n").join([
            Content.assemble((label(lang, output), "bold"), "  ",
                             counter(r, lang, approx=approx)),
            marked_text(r.text, highlight),
            findings(checks, lang),
        ])

    def show(self, r: Rendered | None, lang: str, highlight: str) -> None:
        self.display = r is not None
        if r is not None:
            self.text = r.text
            self.update(self.build(self.output, r, lang, highlight))


class Preview(VerticalScroll):
    """The panel beside (or below) the questions; it only shows, it never holds state."""

    def __init__(self, lang: str, view: PreviewView) -> None:
        super().__init__(id="preview")
        self.lang = lang
        self.view = view

    def compose(self) -> ComposeResult:
        """Built with the first view in place, so a step shows in one layout pass."""
        v = self.view
        gap = Static(self.missing_text(v.missing), classes="preview-missing", markup=False)
        gap.set_class(bool(v.missing), "-shown")
        yield gap
        for output in OUTPUTS:
            yield OutputPreview(output, v.shown.get(output), self.lang, v.highlight)
        note = Static(v.note, classes="preview-note", markup=False)
        note.display = bool(v.note)
        yield note

    def missing_text(self, missing: list[str]) -> str:
        names = " ".join(placeholder(key) for key in missing)
        return label(self.lang, "missing", fields=names) if missing else ""

    def on_mount(self) -> None:
        self.border_title = label(self.lang, "preview")

    def show(self, view: PreviewView) -> None:
        gap = self.query_one(".preview-missing", Static)
        if view.missing != self.view.missing:
            gap.update(self.missing_text(view.missing))
            gap.set_class(bool(view.missing), "-shown")
        target: tuple[OutputPreview, int] | None = None
        highlight = view.highlight
        for pane in self.query(OutputPreview):
            r = view.shown.get(pane.output)
            pane.show(r, self.lang, highlight)
            at = r.text.casefold().find(highlight.casefold()) if r and len(highlight) > 1 else -1
            if at >= 0 and target is None:
                target = (pane, at)
        if view.note != self.view.note:
            extra = self.query_one(".preview-note", Static)
            extra.update(view.note)
            extra.display = bool(view.note)
        self.view = view
        if target is not None:
            self.call_after_refresh(self.reveal, *target)

    def reveal(self, pane: OutputPreview, at: int) -> None:
        """Scroll so the line with the answer being typed is in view (it may be far down)."""
        if not pane.is_attached:  # the step was left before this ran
            return
        line = wrapped_lines(pane.text[:at], max(1, pane.content_size.width))
        y = pane.virtual_region.y + 1 + line
        top = self.scroll_offset.y
        if not top <= y < top + self.scrollable_content_region.height - 1:
            self.scroll_to(y=max(0, y - 2), animate=False)


def wrapped_lines(text: str, width: int) -> int:
    """About how many screen lines come before the end of `text` when wrapped at `width`."""
    lines = text.split("\n")
    return sum(max(1, -(-len(line) // width)) for line in lines[:-1]) + len(lines[-1]) // width
