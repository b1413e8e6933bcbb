"""Provides the coach's profile store: clients' answers, notes and kept versions in SQLite.

Open it with `Store()` (data_dir()/profiles.sqlite3) or `Store(path)`; every failure is a
StoreError with a one-line message. The store imports no UI and is safe to call from a thread.
"""

from __future__ import annotations

from wizard.core.store.database import DEFAULT_TIMEOUT, FILE_NAME, default_path
from wizard.core.store.errors import StoreConflict, StoreError
from wizard.core.store.intake import ImportResult, import_file
from wizard.core.store.profiles import Profiles
from wizard.core.store.records import (
    REASONS,
    Before,
    Page,
    Profile,
    ProfileSummary,
    Reason,
    Version,
    VersionInfo,
    search_key,
)
from wizard.core.store.versions import Versions


class Store(Profiles, Versions):
    """The profile store: profiles (see Profiles) and their versions (see Versions)."""

    def __enter__(self) -> Store:
        return self


__all__ = [
    "DEFAULT_TIMEOUT",
    "FILE_NAME",
    "REASONS",
    "Before",
    "ImportResult",
    "Page",
    "Profile",
    "ProfileSummary",
    "Reason",
    "Store",
    "StoreConflict",
    "StoreError",
    "Version",
    "VersionInfo",
    "default_path",
    "import_file",
    "search_key",
]
