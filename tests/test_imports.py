"""Tests that the core and the render/check commands never import a user interface library."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
MAYA = HERE / "fixtures" / "answers" / "en-maya.toml"
UI = ("textual", "questionary", "prompt_toolkit", "rich")


def modules_after(code: str) -> set[str]:
    """The top-level modules loaded by running `code` in a fresh interpreter."""
    probe = code + "\nimport json, sys\nprint(json.dumps(sorted(sys.modules)), file=sys.stderr)"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          timeout=60, check=False)
    assert done.returncode in (0, 1), done.stderr
    loaded = json.loads(done.stderr.strip().splitlines()[-1])
    return {name.split(".")[0] for name in loaded}


def run_cli(*args: str) -> str:
    return ("import sys\nfrom wizard.cli import main\n"
            f"sys.argv = ['profile-wizard', *{list(args)!r}]\n"
            "try:\n    main()\n"
            "except SystemExit as exc:\n    assert exc.code in (0, 1), exc.code\n")


@pytest.mark.parametrize("args", [
    ("render", str(MAYA)),
    ("render", str(MAYA), "--format", "json"),
    ("render", str(MAYA), "--format", "md"),
    ("check", "--headline", "Open to work"),
    ("questions", "--lang", "nl"),
], ids=lambda a: " ".join(a[:3]) if isinstance(a, tuple) else str(a))
def test_cli_commands_import_no_ui(args: tuple[str, ...]) -> None:
    loaded = modules_after(run_cli(*args))
    if args[0] == "render":
        assert {"wizard", "jinja2"} <= loaded
    assert not loaded & set(UI), sorted(loaded & set(UI))


def test_core_package_imports_no_ui() -> None:
    root = HERE.parent / "wizard"
    core = sorted(".".join(p.relative_to(root.parent).with_suffix("").parts)
                  for p in (root / "core").rglob("*.py") if p.stem != "__init__")
    assert "wizard.core.render" in core
    code = "\n".join(f"import {name}" for name in core)
    loaded = modules_after(code)
    assert not loaded & set(UI), sorted(loaded & set(UI))


def test_core_sources_do_not_name_ui_libraries() -> None:
    for path in (HERE.parent / "wizard" / "core").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for lib in ("textual", "questionary"):
            assert f"import {lib}" not in text and f"from {lib}" not in text, path


def test_the_package_init_is_light() -> None:
    loaded = modules_after("import wizard")
    assert not loaded & {"jinja2", "click", "regex", "platformdirs", *UI}
