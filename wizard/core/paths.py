"""Provides where profile-wizard keeps its files: PROFILE_WIZARD_HOME or the platform's dirs."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP = "profile-wizard"


def expand_user(path: str | Path) -> Path:
    """`path` with `~` and `~user` expanded; a `~user` of no such user (or `~` without a home)
    is taken as it is written, as the shell takes it: Path.expanduser raises RuntimeError, a
    traceback at start-up for PROFILE_WIZARD_HOME and in the app for a typed file name."""
    try:
        return Path(path).expanduser()
    except RuntimeError:
        return Path(path)


def _home() -> Path | None:
    value = os.environ.get("PROFILE_WIZARD_HOME")
    return expand_user(value) if value else None


def _xdg(variable: str, default: str) -> Path | None:
    """On Linux the XDG rule, which is all platformdirs does there (importing it costs ~2 ms
    of every `render`); None elsewhere, where platformdirs knows the platform's places."""
    if not sys.platform.startswith("linux"):
        return None
    value = os.environ.get(variable, "")
    base = Path(value) if os.path.isabs(value) else Path.home() / default
    return base / APP


def data_dir() -> Path:
    """Where the profile store lives."""
    if home := _home():
        return home
    if xdg := _xdg("XDG_DATA_HOME", ".local/share"):
        return xdg
    import platformdirs

    return Path(platformdirs.user_data_dir(APP, appauthor=False))


def config_dir() -> Path:
    """Where a coach's own templates live (config_dir()/templates)."""
    if home := _home():
        return home / "config"
    if xdg := _xdg("XDG_CONFIG_HOME", ".config"):
        return xdg
    import platformdirs

    return Path(platformdirs.user_config_dir(APP, appauthor=False))


def cache_dir() -> Path:
    """Where compiled templates and parsed data files are kept between runs (safe to delete)."""
    if home := _home():
        return home / "cache"
    if xdg := _xdg("XDG_CACHE_HOME", ".cache"):
        return xdg
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP, appauthor=False))


def user_template_dirs() -> list[Path]:
    """The user's templates directory, when it exists."""
    d = config_dir() / "templates"
    return [d] if d.is_dir() else []


def export_dir() -> Path:
    """Where copied and exported texts are saved as files."""
    if home := _home():
        return home / "exports"
    return Path.home() / "profile-wizard"
