"""Provides the Keys panel (the palette's "Keys"): Textual's own panel of the screen's keys, with
every word in the language on screen. Textual writes its widgets' key descriptions ("Cursor
up", "Delete character left"), their group titles ("Input") and its key names ("home",
"shift+^←") in English; here they are the pack's (`ui/keys.toml`'s [does] and [groups])."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from itertools import groupby
from operator import itemgetter

from rich import box
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import HelpPanel, KeyPanel, Markdown
from textual.widgets._key_panel import BindingsTable

from wizard.tui.labels import key_word
from wizard.tui.widgets.key_bar import key_name


class KeysTable(BindingsTable):
    """Textual's BindingsTable (textual.widgets._key_panel, 8.x) in the pack's words."""

    def __init__(self, lang: Callable[[], str]) -> None:
        super().__init__(shrink=True, expand=False)
        self.lang = lang

    def render_bindings_table(self) -> Table:
        lang = self.lang()
        table = Table(
            padding=(0, 0), show_header=False,
            box=box.SIMPLE if self.get_component_styles("bindings-table--divider").color.a == 0
            else box.HORIZONTALS,
            border_style=self.get_component_rich_style("bindings-table--divider"))
        table.add_column("", justify="right")
        key_style = self.get_component_rich_style("bindings-table--key")
        header_style = self.get_component_rich_style("bindings-table--header")
        description_style = self.get_component_rich_style("bindings-table--description")

        def describe(binding: Binding) -> Text:
            text = Text(key_word(lang, binding.description), end="", style=description_style)
            if binding.tooltip:
                text.append(f" {key_word(lang, binding.tooltip)}", "dim")
            return text

        previous: object = None
        for namespace, grouped in groupby(self.screen.active_bindings.values(),
                                          key=itemgetter(0)):
            rows = list(grouped)
            if namespace.BINDING_GROUP_TITLE:
                table.add_row("", Text(key_word(lang, namespace.BINDING_GROUP_TITLE),
                                       style=header_style, end=""))
            by_action: defaultdict[str, list[Binding]] = defaultdict(list)
            for _, binding, _enabled, _tooltip in rows:
                if not binding.system:
                    by_action[binding.action].append(binding)
            for bindings in by_action.values():
                shown = dict.fromkeys(b.key_display or key_name(b.key, lang) for b in bindings)
                table.add_row(Text(" ".join(shown), style=key_style), describe(bindings[0]))
            if namespace != previous:
                table.add_section()
            previous = namespace
        return table


class KeysTablePanel(KeyPanel):
    def __init__(self, lang: Callable[[], str]) -> None:
        super().__init__(id="keys-help")
        self.lang = lang

    def compose(self) -> ComposeResult:
        yield KeysTable(self.lang)


class KeysPanel(HelpPanel):
    """The panel Textual shows for "Keys", with the keys in the pack's words."""

    def __init__(self, lang: Callable[[], str]) -> None:
        super().__init__()
        self.lang = lang

    def compose(self) -> ComposeResult:
        yield Markdown(id="widget-help")
        yield KeysTablePanel(self.lang)
