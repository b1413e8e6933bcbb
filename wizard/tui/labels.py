"""Provides the app's words, read from the language packs (`ui/tui.toml`, `ui/tui_store.toml`)."""

from __future__ import annotations

import re

from wizard.core.languages import REFERENCE_LANGUAGE
from wizard.core.sanitize import safe_values
from wizard.core.words import words

REQUIRED_KEYS = ("person.name", "person.role", "future.doing", "future.audience",
                 "drivers.values", "expertise.areas", "statement.stand_for", "offer.help")


def label(lang: str, key: str, **values: object) -> str:
    """The app's word `key` (ui/tui.toml) in `lang`, filled with values made safe to show."""
    return words(lang)(f"tui.{key}", **safe_values(values))


def key_word(lang: str, description: str) -> str:
    """A key bar description in the profile's language: "Copy all" reads `tui.copy_all`, a
    store screen's "New profile" `tui_store.key_new_profile`, a key of Textual's own widgets
    ("Dismiss menu") `keys.dismiss_menu`, what the keys of Textual's fields do in the Keys panel
    ("Cursor up") `keys.does.cursor_up`, and their group's title ("Input") `keys.groups.input`."""
    key = key_word_key(description)
    return description if key is None else words(lang)(key)


def key_word_key(description: str) -> str | None:
    """The pack's key for a binding's description (see key_word), None when it has none."""
    slug = re.sub(r"[^a-z]+", "_", description.lower()).strip("_")
    for key in (f"tui.{slug}", f"tui_store.key_{slug}", f"keys.{slug}", f"keys.does.{slug}",
                f"keys.groups.{slug}"):
        if words(REFERENCE_LANGUAGE).has(key):
            return key
    return None


def placeholder_name(lang: str, key: str, register: str = "") -> str:
    """What stands in for a missing required answer: 'role', 'beroep', 'ruolo'; in the
    register's own words where the pack has them (`placeholders_formal`: "che cosa farà")."""
    names_key = f"placeholders_{register}"
    if not (register and words(lang).has(f"tui.{names_key}")):
        names_key = "placeholders"
    names = dict(zip(REQUIRED_KEYS, label(lang, names_key).split("|"), strict=True))
    return names.get(key) or key.split(".", 1)[1].replace("_", " ")


def short_step_names(lang: str) -> list[str]:
    return label(lang, "short_steps").split("|")
