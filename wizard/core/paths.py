"""Provides where profile-wizard keeps its files: PROFILE_WIZARD_HOME or the platform's dirs."""

from __future__ import annotations

import os
from pathlib import Path

APP = "profile-wizard"


def _home() -> Path | None:
    value = os.environ.get("PROFILE_WIZARD_HOME")
    return Path(value).expanduser() if value else None


def data_dir() -> Path:
    """Where the profile store lives."""
    if home := _home():
        return home
    import platformdirs

    return Path(platformdirs.user_data_dir(APP, appauthor=False))


def config_dir() -> Path:
    """Where a coach's own templates live (config_dir()/templates)."""
    if home := _home():
        return home / "config"
    import platformdirs

    return Path(platformdirs.user_config_dir(APP, appauthor=False))


def user_template_dirs() -> list[Path]:
    """The user's templates directory, when it exists."""
    d = config_dir() / "templates"
    return [d] if d.is_dir() else []


def export_dir() -> Path:
    """Where copied and exported texts are saved as files."""
    if home := _home():
        return home / "exports"
    return Path.home() / "profile-wizard"
