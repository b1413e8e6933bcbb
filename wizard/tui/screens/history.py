"""Provides the history of a profile (its kept versions) and the side-by-side comparison of
any two of them, the imported before and the texts now, per output, with counts and changes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, ClassVar, cast

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import DataTable, Static, TabbedContent, TabPane

from wizard.core.render import Rendered
from wizard.core.templates import OUTPUTS
from wizard.tui.coach_labels import ct
from wizard.tui.diff import word_diff
from wizard.tui.labels import label
from wizard.tui.widgets.counter import SEVERITY_MARK, SEVERITY_STYLE, counter
from wizard.tui.widgets.key_bar import KeyBar
from wizard.tui.widgets.profile_list import RowTable, cell, when

if TYPE_CHECKING:
    from wizard.core.store import VersionInfo
    from wizard.tui.app import WizardApp


@dataclass(frozen=True)
class Side:
    """One side of a comparison: what it is, and its texts counted and checked."""

    title: str
    texts: dict[str, Rendered]


@dataclass(frozen=True)
class Entry:
    """A row of the history: a kept version, the before, or the texts now."""

    key: str
    when: str
    what: str
    headline: str
    side: Callable[[], Side | None]


class HistoryScreen(Screen[None]):
    """Newest first. Enter compares the row with the marked one (Space), or with now."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Back"),
        Binding("space", "mark", "Mark"),
        # priority: the table would take Enter as a row select; a click on a row still does
        Binding("enter", "compare", "Compare", priority=True),
        Binding("r", "restore", "Restore"),
    ]

    def __init__(self, lang: str, entries: list[Entry]) -> None:
        super().__init__(classes="wizard-screen")
        self.lang = lang
        self.entries = entries
        self.marked: str | None = None

    @property
    def wizard(self) -> WizardApp:
        return cast("WizardApp", self.app)

    def compose(self) -> ComposeResult:
        t = self.lang
        yield Static(self.wizard.whose()[0], id="whose", markup=False)
        with Vertical(id="history-body"):
            yield Static(ct(t, "history_title"), classes="step-title")
            yield Static(ct(t, "history_intro"), classes="step-intro")
            table = RowTable(id="history-table", cursor_type="row", zebra_stripes=True)
            table.add_column(" ", key="mark", width=1)
            table.add_column(ct(t, "col_when"), key="when")
            table.add_column(ct(t, "col_what"), key="what")
            table.add_column(label(t, "headline"), key="headline")
            for e in self.entries:
                table.add_row("", e.when, e.what, cell(e.headline), key=e.key)
            yield table
        yield KeyBar(lambda: self.lang)

    def on_mount(self) -> None:
        self.query_one(DataTable).focus()

    def highlighted(self) -> Entry | None:
        row = self.query_one(DataTable).cursor_row
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def action_back(self) -> None:
        self.dismiss(None)

    def action_mark(self) -> None:
        table = self.query_one(DataTable)
        entry = self.highlighted()
        if entry is None:
            return
        if self.marked is not None:
            table.update_cell(self.marked, "mark", "")
        self.marked = None if self.marked == entry.key else entry.key
        if self.marked is not None:
            table.update_cell(self.marked, "mark", "●")

    def action_restore(self) -> None:
        """Bring back the highlighted version (answers, choices, hand edits); what shows now
        is kept as a version first, so a restore is never a loss."""
        entry = self.highlighted()
        if entry is None or not entry.key.startswith("v"):
            self.wizard.say(ct(self.lang, "restore_which"), "warning")
            return
        restore(self.wizard, int(entry.key[1:]), entry.when)

    @on(DataTable.RowSelected)
    def action_compare(self) -> None:
        entry = self.highlighted()
        if entry is None:
            return
        by_key = {e.key: e for e in self.entries}
        other_key = self.marked if self.marked and self.marked != entry.key else \
            "now" if entry.key != "now" else "before" if "before" in by_key else None
        if other_key is None and len(self.entries) > 1:
            other_key = self.entries[1].key
        other = by_key.get(other_key or "")
        if other is None:
            self.wizard.say(ct(self.lang, "compare_one"), "warning")
            return
        # the older one on the left: the list is newest first, "now" and "before" at the ends
        order = [e.key for e in self.entries]
        old, new = sorted((entry, other), key=lambda e: -order.index(e.key))
        a, b = old.side(), new.side()
        if a is not None and b is not None:
            self.app.push_screen(CompareScreen(self.lang, a, b))


class CompareScreen(Screen[None]):
    """Two states side by side per output: the counts, and the words gone and added."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "back", "Back")]

    def __init__(self, lang: str, old: Side, new: Side) -> None:
        super().__init__(classes="wizard-screen")
        self.lang, self.old, self.new = lang, old, new

    def compose(self) -> ComposeResult:
        t = self.lang
        yield Static(cast("WizardApp", self.app).whose()[0], id="whose", markup=False)
        outputs = [o for o in OUTPUTS if o in self.old.texts or o in self.new.texts]
        with TabbedContent(id="compare-tabs"):
            for output in outputs:
                a, b = self.old.texts.get(output), self.new.texts.get(output)
                diff = word_diff(a.text if a else "", b.text if b else "")
                with TabPane(label(t, output), id=f"cmp-{output}"):
                    changed = ct(t, "changed_words", removed=diff.removed, added=diff.added) \
                        if diff.removed or diff.added else ct(t, "unchanged")
                    yield Static(changed if a and b else "", classes="compare-summary")
                    sides = ((self.old, a, diff.old), (self.new, b, diff.new))
                    # titles, counts and texts in rows of their own, so the two sides line up
                    with Horizontal(classes="compare-head"):
                        for side, _, _ in sides:
                            yield Static(side.title, classes="compare-title", markup=False)
                    with Horizontal(classes="compare-head"):
                        for _, r, _ in sides:
                            yield Static(summary(r, t) if r else ct(t, "compare_none"),
                                         classes="compare-counter")
                    with Horizontal(classes="compare-row"):
                        for _, r, text in sides:
                            with VerticalScroll(classes="compare-side"):
                                yield Static(text if r else "", classes="compare-text")
        yield KeyBar(lambda: self.lang)

    def action_back(self) -> None:
        self.dismiss(None)


def summary(r: Rendered, lang: str) -> Content:
    """The counter and how many checks fired, by severity: `✓ 70/220 fits  ✗2 !1`."""
    marks = [(f"{SEVERITY_MARK[sev]}{n}", SEVERITY_STYLE[sev]) for sev in ("error", "warning")
             if (n := sum(f.severity == sev for f in r.findings))]
    parts: list[str | tuple[str, str]] = []
    for mark in marks:
        parts += ["  ", mark]
    return Content.assemble(counter(r, lang), *parts)


def history_entries(app: WizardApp) -> list[Entry] | None:
    """The rows for the open profile: now, its versions newest first, the before last."""
    from wizard.tui.profile_actions import attempt

    lang = app.session.answers.lang
    profile_id = app.coach.profile_id()
    if profile_id is None:
        return None
    found = attempt(app, lambda s: (s.get_profile(profile_id), s.list_versions(profile_id)))
    if found is None:
        return None
    profile, versions = found
    entries: list[Entry] = []
    if app.session.answers.is_complete():
        entries.append(Entry("now", ct(lang, "now"), "", "", lambda: side_now(app)))
    entries += [Entry(f"v{v.id}", when(v.created), ct(lang, f"reason_{v.reason}"), v.headline,
                      partial(side_version, app, v)) for v in reversed(versions)]
    if profile.before is not None:
        b = profile.before
        entries.append(Entry("before", b.date or "", ct(lang, "reason_before"), b.headline,
                             lambda: side_before(app)))
    return entries


def side_now(app: WizardApp) -> Side | None:
    result = app.coach.current_result()
    if result is None:
        return None
    lang = app.session.answers.lang
    return Side(ct(lang, "now"), {o: out.chosen for o, out in result.outputs.items()})


def side_version(app: WizardApp, v: VersionInfo) -> Side | None:
    from wizard.core.handout import measured
    from wizard.tui.profile_actions import attempt

    full = attempt(app, lambda s: s.get_version(v.id))
    if full is None:
        return None
    lang = app.session.answers.lang
    title = f"{ct(lang, f'reason_{v.reason}')} · {when(v.created)}"
    return Side(title, measured(full.answers, full.texts, wpm=app.renderer.wpm))


def side_before(app: WizardApp) -> Side | None:
    from wizard.core.importers import check_before
    from wizard.tui.transfer import as_imported, current_before

    before = current_before(app)
    if before is None:
        return None
    answers = app.session.answers
    checks = check_before(as_imported(before), answers.lang, name=answers.text("person.name"),
                          premium=answers.premium)
    source = ", ".join(x for x in (before.source, before.date) if x)
    title = ct(answers.lang, "before_side", source=source) if source else \
        ct(answers.lang, "reason_before")
    return Side(title, dict(checks))


def restore(app: WizardApp, version_id: int, when: str) -> None:
    """Restore a version of the open profile and show it where it is then."""
    from wizard.tui.profile_actions import done

    app.flush()
    if app.coach.holds_lost_work():
        return
    app.coach.leave()  # the state now is in the store: restore_version keeps it as a version
    link = app.coach.link
    if link is None or link.id is None:
        return
    profile_id = link.id
    if done(app, lambda s: s.restore_version(profile_id, version_id)):
        app.coach.autosave.attach(None)  # nothing of the screen now is written over it
        app.coach.open_profile(profile_id)
        app.say(ct(app.session.answers.lang, "restored", when=when))


def show_history(app: WizardApp) -> None:
    entries = history_entries(app)
    lang = app.session.answers.lang
    if not entries:
        app.say(ct(lang, "no_history"), "warning")
        return
    app.push_screen(HistoryScreen(lang, entries))


def compare_before_now(app: WizardApp) -> None:
    lang = app.session.answers.lang
    a, b = side_before(app), side_now(app)
    if a is None:
        app.say(ct(lang, "no_before"), "warning")
    elif b is None:
        app.say(ct(lang, "handout_incomplete"), "warning")
    else:
        app.push_screen(CompareScreen(lang, a, b))
