"""Provides the coach's profile store: clients' answers, notes and kept versions in SQLite.

Open it with `Store()` (data_dir()/profiles.sqlite3) or `Store(path)`; every failure is a
StoreError with a one-line message. The store imports no UI and is safe to call from a thread.
"""

from __future__ import annotations

from wizard.core.record import YOURS, Edit, JobAd, Record
from wizard.core.store.database import DEFAULT_TIMEOUT, FILE_NAME, default_path
from wizard.core.store.deleting import Deleted, Deleting
from wizard.core.store.errors import StoreConflict, StoreError, StoreMissing, StoreMoved
from wizard.core.store.importing import IMPORT_CHOICES, ImportChoice, Importing
from wizard.core.store.intake import ImportResult, import_file, import_paths
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


class Store(Importing, Deleting):
    """The profile store: profiles (Profiles), their versions (Versions), the record's
    choices, edits, ads and files (RecordOps), imports (Importing) and deletes (Deleting)."""

    def __enter__(self) -> Store:
        return self


__all__ = [
    "DEFAULT_TIMEOUT",
    "FILE_NAME",
    "IMPORT_CHOICES",
    "REASONS",
    "YOURS",
    "Before",
    "Deleted",
    "Edit",
    "ImportChoice",
    "ImportResult",
    "JobAd",
    "Page",
    "Profile",
    "ProfileSummary",
    "Reason",
    "Record",
    "Store",
    "StoreConflict",
    "StoreError",
    "StoreMissing",
    "StoreMoved",
    "Version",
    "VersionInfo",
    "default_path",
    "import_file",
    "import_paths",
    "search_key",
]
