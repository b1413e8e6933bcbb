"""Provides the list of stored profiles: newest first, filtered as you type, a page at a time.

Each keystroke reads one page (PAGE rows) from the store's covering index and shows it; the
total ("12 of 100,000"), a second scan, waits until typing pauses. More rows are read only
when the cursor nears the end of those shown, so 100,000 profiles never become 100,000 rows.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, ClassVar, cast

from rich.text import Text
from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.timer import Timer
from textual.widgets import DataTable, Input, Static

from wizard.core.languages import language_name
from wizard.tui.coach_labels import ct

if TYPE_CHECKING:
    from wizard.core.store import ProfileSummary, Store

COLUMNS = ("name", "id", "lang", "changed")  # the id tells same-named clients apart
PAGE = 50
COUNT_DELAY = 0.3  # the total waits for a pause in typing; the list does not
END_ROWS = 20_000  # End reads the rest up to this many rows (a page of the index each)


def cell(text: str) -> Text:
    """Text from outside (a name, a headline) as a table cell: a DataTable reads a plain
    string as markup, so "x[/b]" stopped the app (MarkupError) and "[b]" made it bold; here
    it is shown as typed, controls as "?" and a flood of combining marks capped."""
    from wizard.core.sanitize import cap_marks, for_terminal

    return Text(cap_marks(for_terminal(text)), no_wrap=True, end="")


def when(moment: datetime) -> str:
    """A change time as the list shows it, in local time."""
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


class RowTable(DataTable[str | Text]):
    """A table of rows where Home and End go to the first and the last row."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("home", "scroll_top", "First", show=False),
        Binding("end", "scroll_bottom", "Last", show=False),
    ]


class ProfileTable(RowTable):
    """The rows; Up on the first row goes back to the filter."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("delete", "delete_profile", "Delete"),
    ]

    def action_delete_profile(self) -> None:
        cast("ProfileList", self.parent).action_delete()

    def key_up(self, event: events.Key) -> None:
        if self.cursor_row <= 0:
            event.stop()
            cast("ProfileList", self.parent).query_one(Input).focus()

    def on_key(self, event: events.Key) -> None:
        """A letter typed on the table filters the list (so Enter never opens a row the
        person did not mean): it goes to the filter, which takes the focus."""
        if event.key == "backspace" or (event.is_printable and event.character
                                        and event.key != "space"):
            event.stop()
            event.prevent_default()
            cast("ProfileList", self.parent).type_into_filter(
                None if event.key == "backspace" else event.character)

    def action_scroll_bottom(self) -> None:
        """End is the last row of the list, not of the page read so far."""
        cast("ProfileList", self.parent).load_rest()
        self.move_cursor(row=self.row_count - 1, animate=False)


class ProfileList(Vertical):
    """Filter box, count and table; the actions go to the app's store side."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("f2", "rename", "Rename"),
        Binding("f3", "notes", "Notes"),
        Binding("f4", "duplicate", "Duplicate"),
    ]

    class Picked(Message):
        """An action on a listed profile (open, rename, duplicate, delete, notes): the screen
        acts on it; the list only reads the store."""

        def __init__(self, action: str, profile_id: int, name: str) -> None:
            super().__init__()
            self.action, self.profile_id, self.name = action, profile_id, name

    def __init__(self, lang: str, blink: bool, store: Callable[[], Store | None],
                 error: Callable[[], str]) -> None:
        super().__init__(id="profiles")
        self.lang = lang
        self.blink = blink
        self.store = store  # the store, or None (then `error()` says why)
        self.error = error
        self.query_text = ""
        self.rows: list[ProfileSummary] = []
        self.more = False
        self.total: int | None = None
        self._count_timer: Timer | None = None

    def compose(self) -> ComposeResult:
        with Horizontal(id="profiles-head"):
            yield Static(ct(self.lang, "profiles_title"), id="profiles-title")
            yield Static(id="profiles-count")
        yield Input(placeholder=ct(self.lang, "filter_placeholder"), id="profile-filter",
                    compact=True, select_on_focus=False)  # a letter typed on the table adds
        table = ProfileTable(id="profile-table", cursor_type="row", zebra_stripes=True,
                             show_row_labels=False)
        for key in COLUMNS:
            table.add_column(ct(self.lang, f"col_{key}"), key=key)
        yield table
        yield Static(id="profiles-note", markup=False)

    def on_mount(self) -> None:
        self.query_one(Input).cursor_blink = self.blink
        self.reload()

    def relabel(self, lang: str) -> None:
        self.lang = lang
        self.query_one("#profiles-title", Static).update(ct(lang, "profiles_title"))
        self.query_one(Input).placeholder = ct(lang, "filter_placeholder")
        from rich.text import Text

        table = self.table
        for key in COLUMNS:
            table.columns[key].label = Text(ct(lang, f"col_{key}"))  # type: ignore[index]
        for row_key, row in zip(table.rows, self.rows, strict=False):
            table.update_cell(row_key, "lang", self.language_cell(row.lang), update_width=True)
        table.refresh()
        self.show_count()
        if self.store() is None:  # the note under the list too ("No saved profiles yet")
            self.query_one("#profiles-note", Static).update(
                ct(lang, "store_failed", error=self.error()))
        else:
            self.show_note()

    @property
    def table(self) -> ProfileTable:
        return self.query_one(ProfileTable)

    def reload(self, select: int | None = None) -> None:
        """Read the first page for the filter as it is; keep the highlighted profile."""
        store = self.store()
        note = self.query_one("#profiles-note", Static)
        if store is None:
            self.set_class(True, "-failed")
            note.update(ct(self.lang, "store_failed", error=self.error()))
            note.display = True
            return
        from wizard.core.store import StoreError

        table = self.table
        keep = select if select is not None else self.highlighted_id()
        try:
            self.rows = store.list_profiles(self.query_text, limit=PAGE)
        except StoreError as exc:
            note.update(str(exc))
            return
        self.more = len(self.rows) == PAGE
        table.clear()
        table.add_rows(self.cells(self.rows))
        for i, row in enumerate(self.rows):
            if row.id == keep:
                table.move_cursor(row=i, animate=False)
                break
        self.total = None if self.more else len(self.rows)
        if self.more:
            if self._count_timer is not None:
                self._count_timer.stop()
            self._count_timer = self.set_timer(COUNT_DELAY, self.count)
        self.show_count()
        empty = not self.rows
        table.display = not empty
        self.set_class(empty, "-empty")
        self.set_class(empty and not self.query_text.strip(), "-none")  # no filter for nothing
        self.show_note()

    def show_note(self) -> None:
        """Under the list: no profile yet, or none for the filter; nothing when rows show."""
        note = self.query_one("#profiles-note", Static)
        empty = not self.rows
        text = ct(self.lang, "no_match", query=self.query_text) if empty and \
            self.query_text.strip() else ct(self.lang, "no_profiles") if empty else ""
        note.update(text)
        note.display = bool(text)

    def cells(self, rows: list[ProfileSummary]) -> list[tuple[Text, str, str, str]]:
        return [(cell(r.name), str(r.id), self.language_cell(r.lang), when(r.updated))
                for r in rows]

    def language_cell(self, code: str) -> str:
        """The profile's language by its name in the interface's words ("Frans" on a Dutch
        screen, "Francese" on an Italian one), not its code ("fr"); a cell starts upright."""
        name = language_name(code, self.lang)
        return name[:1].upper() + name[1:]

    def type_into_filter(self, character: str | None) -> None:
        """A key typed on the table: the filter gets it (None: Backspace) and the focus."""
        field = self.query_one(Input)
        field.value = field.value[:-1] if character is None else field.value + character
        field.cursor_position = len(field.value)
        field.focus()

    def load_rest(self) -> None:
        """Read the pages not shown yet (up to END_ROWS rows), for End."""
        store = self.store()
        if store is None or not self.more or len(self.rows) >= END_ROWS:
            return
        wanted = END_ROWS - len(self.rows)
        rest = store.list_profiles(self.query_text, limit=wanted, offset=len(self.rows))
        self.more = len(rest) == wanted
        self.rows += rest
        self.table.add_rows(self.cells(rest))

    def highlighted(self) -> ProfileSummary | None:
        row = self.table.cursor_row
        return self.rows[row] if self.rows and 0 <= row < len(self.rows) else None

    def highlighted_id(self) -> int | None:
        h = self.highlighted()
        return h.id if h is not None else None

    @work(thread=True, exclusive=True, group="profile-count")
    def count(self) -> None:
        """The total for the filter (a scan of the index), off the app's thread."""
        store, query = self.store(), self.query_text
        if store is None:
            return
        total = store.count_profiles(query)
        self.app.call_from_thread(self.counted, query, total)

    def counted(self, query: str, total: int) -> None:
        if query == self.query_text:
            self.total = total
            self.show_count()

    def show_count(self) -> None:
        shown = self.query_one("#profiles-count", Static)
        if self.total is None:
            shown.update(ct(self.lang, "count_many", n=len(self.rows)))
        elif self.query_text.strip():
            shown.update(ct(self.lang, "count_match", n=self.total))
        else:
            shown.update(ct(self.lang, "count_all", n=self.total))

    @on(Input.Changed, "#profile-filter")
    def filter_changed(self, event: Input.Changed) -> None:
        event.stop()
        self.query_text = event.value
        self.reload()

    @on(Input.Submitted, "#profile-filter")
    def filter_submitted(self, event: Input.Submitted) -> None:
        """Enter opens the row the name typed finds first; on an empty filter nothing is
        chosen (it opened the top profile, and the next keys went into its texts)."""
        event.stop()
        if self.query_text.strip():
            self.action_open()

    def on_key(self, event: events.Key) -> None:
        if event.key == "down" and self.query_one(Input).has_focus and self.rows:
            event.stop()
            self.table.focus()

    @on(DataTable.RowSelected)
    def row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_open()

    @on(DataTable.RowHighlighted)
    def row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        event.stop()
        if self.more and event.cursor_row >= len(self.rows) - 5:
            self.load_more()

    def load_more(self) -> None:
        store = self.store()
        if store is None:
            return
        page = store.list_profiles(self.query_text, limit=PAGE, offset=len(self.rows))
        self.more = len(page) == PAGE
        self.rows += page
        self.table.add_rows(self.cells(page))

    def pick(self, action: str) -> None:
        if (h := self.highlighted()) is not None:
            self.post_message(self.Picked(action, h.id, h.name))

    def action_open(self) -> None:
        self.pick("open")

    def action_rename(self) -> None:
        self.pick("rename")

    def action_duplicate(self) -> None:
        self.pick("duplicate")

    def action_delete(self) -> None:
        self.pick("delete")

    def action_notes(self) -> None:
        self.pick("notes")
