"""The TUI's shape holds: no widget imports the app (widgets post messages, screens act), and
the core never imports Textual (read from the source, so it fails at once when one does)."""

from __future__ import annotations

import ast
from pathlib import Path

WIZARD = Path(__file__).resolve().parents[2] / "wizard"


def imported(path: Path) -> set[str]:
    """Every module a file imports, at the top, inside functions or under TYPE_CHECKING."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_no_widget_imports_the_app() -> None:
    offenders = {p.name: sorted(m for m in imported(p) if m == "wizard.tui.app")
                 for p in (WIZARD / "tui" / "widgets").glob("*.py")}
    assert not {k: v for k, v in offenders.items() if v}


def test_no_presenter_touches_a_widget_or_the_app() -> None:
    for p in (WIZARD / "tui" / "presenters").glob("*.py"):
        bad = {m for m in imported(p) if m.startswith(("textual", "wizard.tui.app",
                                                       "wizard.tui.widgets"))}
        assert not bad, (p.name, bad)


def test_the_core_never_imports_textual_or_questionary() -> None:
    for p in (WIZARD / "core").rglob("*.py"):
        bad = {m for m in imported(p) if m.split(".")[0] in ("textual", "questionary")
               or m.startswith("wizard.tui")}
        assert not bad, (p.relative_to(WIZARD), bad)
