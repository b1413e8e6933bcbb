"""Provides one result text: editable in place, with its counter, checks, fold and variants."""

from __future__ import annotations

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.widgets import Button, Select, Static, TextArea

from wizard.core import outputs
from wizard.core.limits import limits
from wizard.core.render import Output, Rendered
from wizard.core.report import variant_name
from wizard.tui.labels import label
from wizard.tui.live import cut_utf16
from wizard.tui.session import YOURS
from wizard.tui.widgets.counter import counter, findings
from wizard.tui.widgets.preview import wrapped_lines

OPTION_CHARS = 60  # an option: its name in words, then the start of its own text


def option_label(name: str, text: str, lang: str) -> str:
    """The variant as the picker offers it: its name in the profile's words, not a file name,
    and a preview of its text ("Rôle et public : Consultante RH pour les PME…")."""
    line = " ".join(text.split())
    room = max(20, OPTION_CHARS - len(name) - 2)
    preview = line if len(line) <= room else line[: room - 1].rstrip() + "…"
    return label(lang, "variant_option", name=name, preview=preview)


def distinct(alternatives: list[Rendered], chosen: Rendered) -> list[Rendered]:
    """The variants whose texts differ: two that read the same are offered once (the one
    shown, else the first)."""
    seen: dict[str, Rendered] = {}
    for r in alternatives:
        key = " ".join(r.text.split())
        if key not in seen or r.variant == chosen.variant:
            seen[key] = r
    return [r for r in alternatives if seen.get(" ".join(r.text.split())) is r]


class LineArea(TextArea):
    """The editor of a one-line text (the headline): Enter adds no line break and a pasted
    text's line breaks become spaces, so what is kept is what LinkedIn's field will take.
    Textual calls the handler of every class in the widget's MRO until one prevents the
    default, so each handler here prevents it once it has done the work."""

    async def _on_key(self, event: events.Key) -> None:
        if event.key == "enter":
            event.stop()
            event.prevent_default()

    async def _on_paste(self, event: events.Paste) -> None:
        event.stop()
        event.prevent_default()
        if self.read_only:
            return
        line = " ".join(event.text.split())
        if line and (result := self._replace_via_keyboard(line, *self.selection)):
            self.move_cursor(result.end_location)
            self.focus()


class OutputPane(Vertical):
    """Shows one output; posts Edited when the user types and Chosen when they pick a variant."""

    class Edited(Message):
        def __init__(self, output: str, text: str) -> None:
            super().__init__()
            self.output, self.text = output, text

    class Chosen(Message):
        def __init__(self, output: str, variant: str) -> None:
            super().__init__()
            self.output, self.variant = output, variant

    class StaleChoice(Message):
        """Re-apply (keep=True) or drop a hand edit made for earlier answers."""

        def __init__(self, output: str, keep: bool) -> None:
            super().__init__()
            self.output, self.keep = output, keep

    def __init__(self, output: str, lang: str, blink: bool = True) -> None:
        super().__init__(id=f"pane-{output}", classes="output-pane")
        self.output = output
        self.lang = lang
        self.blink = blink
        self.template = ""  # the template text on screen, so loading it is not taken as an edit
        self._shown: dict[str, Content] = {}
        self._edited: bool | None = None  # what the note under the text says, once shown

    def compose(self) -> ComposeResult:
        with Horizontal(classes="pane-head"):
            yield Static(classes="counter")
            yield Static(label(self.lang, "variant"), classes="variant-label")
            yield Select([("…", "")], allow_blank=False,
                         compact=True, id=f"variant-{self.output}")
        area = LineArea if outputs.spec(self.output).one_line else TextArea
        yield area(soft_wrap=True, compact=True, id=f"text-{self.output}",
                   classes="result-text")
        yield Static(classes="edited-note")
        with Horizontal(classes="stale-row"):  # an edit made for earlier answers
            yield Static(label(self.lang, "stale_note"), classes="stale-note")
            yield Button(label(self.lang, "stale_keep"), id=f"stale-keep-{self.output}",
                         classes="stale-keep", compact=True)
            yield Button(label(self.lang, "stale_drop"), id=f"stale-drop-{self.output}",
                         classes="stale-drop", compact=True)
        with VerticalScroll(classes="pane-info"):
            yield Static(classes="checks")
            yield Static(classes="fold")

    def on_mount(self) -> None:
        self.query_one(TextArea).cursor_blink = self.blink

    @property
    def text(self) -> str:
        return self.query_one(TextArea).text

    def load(self, out: Output, choice: str | None, edit: str | None,
             stale: bool = False) -> None:
        """Show `out.chosen` (the user's edit when choice is YOURS) and the variants to pick;
        `stale`: the edit was made for earlier answers (re-apply or drop)."""
        self.query_one(".stale-row").display = stale and edit is not None
        # plain text, not markup: a coach's variant is named by its file ("1-[link=a:b].j2")
        options: list[tuple[Text, str]] = []
        if edit is not None:
            options.append((Text(label(self.lang, "yours")), YOURS))
        for r in distinct(out.alternatives, out.chosen):
            mark = "" if r.ok else " ✗"
            name = variant_name(self.lang, r.variant)
            options.append((Text(f"{option_label(name, r.text, self.lang)}{mark}"), r.variant))
        select = self.query_one(Select)
        with select.prevent(Select.Changed):
            select.set_options(options)
            select.value = YOURS if choice == YOURS else out.chosen.variant
        area = self.query_one(TextArea)
        if choice != YOURS:
            self.template = out.chosen.text
        if area.text != out.chosen.text:
            area.load_text(out.chosen.text)
        self.show(out.chosen)

    @property
    def showing_edit(self) -> bool:
        return self.query_one(Select).value == YOURS

    def show(self, r: Rendered) -> None:
        """Counter, checks and fold of the text as it is now. Called as the user types, so
        only what changed is redrawn, and a layout is asked for only when lines come or go."""
        self._update(".counter", counter(r, self.lang))  # a layout only when it wraps anew
        edited = r.variant == YOURS
        note = self.query_one(".edited-note", Static)
        if self._edited != edited:  # not note.display: it starts True with an empty note
            self._edited = edited
            note.update(label(self.lang, "edited") if edited else "")
            note.display = edited
        self._update(".checks", findings(r.findings, self.lang))
        if self.output in ("headline", "summary"):
            self._update(".fold", fold_preview(self.output, r.text, self.lang))
        else:
            self.query_one(".fold").display = False

    def _update(self, selector: str, content: Content) -> None:
        widget = self.query_one(selector, Static)
        before = self._shown.get(selector)
        if before is not None and before.plain == content.plain and before.spans == content.spans:
            return
        width = max(1, widget.content_size.width)
        lines = wrapped_lines(before.plain + " ", width) if before is not None else -1
        self._shown[selector] = content
        widget.update(content, layout=wrapped_lines(content.plain + " ", width) != lines)

    @on(TextArea.Changed)
    def typed(self, event: TextArea.Changed) -> None:
        event.stop()
        text = event.text_area.text
        if text != self.template or self.query_one(Select).value == YOURS:
            self.post_message(self.Edited(self.output, text))

    @on(Button.Pressed, ".stale-keep, .stale-drop")
    def stale_choice(self, event: Button.Pressed) -> None:
        event.stop()
        self.post_message(self.StaleChoice(self.output, event.button.has_class("stale-keep")))

    @on(Select.Changed)
    def chose(self, event: Select.Changed) -> None:
        event.stop()
        if isinstance(event.value, str) and event.value:
            self.post_message(self.Chosen(self.output, event.value))


def fold_preview(output: str, text: str, lang: str) -> Content:
    """What shows before the fold: ~60 characters of a headline; ~200 (phone) and ~265
    (desktop) of a summary, marked where each one cuts."""
    lim = limits()
    flat = " ".join(text.split())
    if output == "headline":
        cut = cut_utf16(flat, lim.headline_fold)
        more = "…" if len(cut) < len(flat) else ""
        title = label(lang, "fold_headline", n=lim.headline_fold)
        return Content.assemble((title, "$foreground-muted"), "\n", (cut, "bold"),
                                (more, "$foreground-muted"))
    phone = cut_utf16(flat, lim.summary_fold_mobile)
    desktop = cut_utf16(flat, lim.summary_fold_desktop)
    parts: list[str | tuple[str, str]] = [(label(lang, "fold_summary"), "$foreground-muted"), "\n",
                                          (phone, "bold")]
    if len(desktop) > len(phone) or len(flat) > len(phone):
        parts += [("▏", "bold $accent"), desktop[len(phone):]]
    if len(flat) > len(desktop):
        parts += [("▕", "bold $accent"), (f" {label(lang, 'see_more')}", "$foreground-muted")]
    return Content.assemble(*parts)
