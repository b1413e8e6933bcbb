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
        self._shown: tuple[object, ...] = ()
        self._height = 0
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

    def show(self, r: Rendered | None, lang: str, highlight: str, width: int,
             exact: bool = True) -> None:
        """Show `r`; between keystrokes (`exact` False) a new layout is asked for only when the
        estimated height changes: a layout of the screen costs more than this render."""
        self.display = r is not None
        if r is None:
            return
        key = (r.text, r.variant, tuple(f.message for f in r.findings), highlight)
        if key == self._shown and not exact:
            return  # typing elsewhere in the step: this text did not change
        self._shown, self.text = key, r.text
        height = wrapped_lines(r.text, width) + 2 + len(r.findings)
        self.update(self.build(self.output, r, lang, highlight),
                    layout=exact or height != self._height)
        self._height = height


class Preview(VerticalScroll):
    """The panel beside (or below) the questions; it only shows, it never holds state."""

    def __init__(self, lang: str, view: PreviewView, title: str = "") -> None:
        super().__init__(id="preview")
        self.lang = lang
        self.title = title or label(lang, "preview")
        self.view = view
        self._revealed: tuple[str, int] = ("", -1)
        self._width = 40

    def on_resize(self) -> None:
        self._width = max(1, self.scrollable_content_region.width)

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
        names = " ".join(placeholder(key, self.lang) for key in missing)
        return label(self.lang, "missing", fields=names) if missing else ""

    def on_mount(self) -> None:
        self.border_title = self.title

    def show(self, view: PreviewView, exact: bool = True) -> None:
        gap = self.query_one(".preview-missing", Static)
        if view.missing != self.view.missing:
            gap.update(self.missing_text(view.missing))
            gap.set_class(bool(view.missing), "-shown")
        target: tuple[OutputPreview, int] | None = None
        highlight = view.highlight
        for pane in self.query(OutputPreview):
            r = view.shown.get(pane.output)
            pane.show(r, self.lang, highlight, self._width, exact)
            at = r.text.casefold().find(highlight.casefold()) if r and len(highlight) > 1 else -1
            if at >= 0 and target is None:
                target = (pane, at)
        if view.note != self.view.note:
            extra = self.query_one(".preview-note", Static)
            extra.update(view.note)
            extra.display = bool(view.note)
        self.view = view
        if target is not None:
            pane, at = target
            line = wrapped_lines(pane.text[:at], self._width)
            if (pane.output, line) != self._revealed:  # typing on the same line: no scroll
                self._revealed = (pane.output, line)
                self.call_after_refresh(self.reveal, pane, line)

    def reveal(self, pane: OutputPreview, line: int) -> None:
        """Scroll so the line with the answer being typed is in view (it may be far down)."""
        if not pane.is_attached:  # the step was left before this ran
            return
        y = pane.virtual_region.y + 1 + line
        top = self.scroll_offset.y
        if not top <= y < top + self.scrollable_content_region.height - 1:
            self.scroll_to(y=max(0, y - 2), animate=False)


def wrapped_lines(text: str, width: int) -> int:
    """About how many screen lines come before the end of `text` when wrapped at `width`."""
    lines = text.split("\n")
    return sum(max(1, -(-len(line) // width)) for line in lines[:-1]) + len(lines[-1]) // width
