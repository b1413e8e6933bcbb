"""Provides the labels of the app's stored-profile screens in English, Dutch and Italian."""

from __future__ import annotations

import re
from datetime import datetime

from wizard.core.sanitize import safe_values

EN: dict[str, str] = {
    "untitled": "Untitled",
    "refresh": "Refresh from an existing profile (LinkedIn export, JSON Resume)",
    "profiles_title": "Your profiles",
    "filter_placeholder": "type to filter by name",
    "col_name": "Name",
    "col_lang": "Lang",
    "col_changed": "Changed",
    "count_all": "{n:,} in all",
    "count_match": "{n:,} match",
    "count_many": "{n:,}+",
    "no_profiles": "No saved profiles yet: every profile you start is kept here as you type.",
    "no_match": "No profile's name contains “{query}”.",
    "store_failed": "Profiles cannot be kept: {error}. Answers files still work (Ctrl+S).",
    "no_store": "Not kept in your profiles ({error}). Save the answers to a file with Ctrl+S.",
    "autosave_failed": "Your answers could not be kept in your profiles: {error}. They are "
                       "still on screen; Ctrl+S saves them to a file.",
    "autosave_created": "Kept as profile “{name}”: every answer is saved as you type.",
    "autosave_conflict": "This profile was changed in another window, so nothing of it was "
                         "overwritten: your answers here are kept as “{name}”.",
    "conflict_suffix": "this window",
    "new_title": "New profile",
    "name_placeholder": "the person's name",
    "name_needed": "Give it a name.",
    "create": "Create",
    "rename": "Rename",
    "rename_title": "Rename “{name}”",
    "renamed": "Renamed “{old}” to “{new}”.",
    "duplicated": "Made a copy: “{name}” (answers, notes and before; not the versions).",
    "delete": "Delete",
    "delete_title": "Delete “{name}” for good?",
    "delete_body": "Its answers, notes, before and {n} kept version(s) are removed and wiped "
                   "from the store file. Copies you exported are not touched. This cannot be "
                   "undone.",
    "deleting": "Deleting “{name}”…",
    "deleted": "Deleted “{name}”: nothing of it is left in the store file.",
    "deleted_in_use": "Deleted “{name}”; another profile-wizard has the store open, so its "
                      "words leave the -wal file when that one closes.",
    "notes_title": "Coach notes on “{name}”",
    "notes_hint": "For you: left out of handouts and exports. Ctrl+S or Save keeps them.",
    "notes_saved": "Saved the notes on “{name}”.",
    "import_title": "Refresh from an existing profile",
    "import_body": "The path of LinkedIn's data export (the ZIP, or Profile.csv from it), a "
                   "JSON Resume, or an answers file:",
    "import_placeholder": "~/Downloads/Basic_LinkedInDataExport.zip",
    "import": "Import",
    "imported": "Imported {path} as profile “{name}”.",
    "before_title": "Your profile now: what to improve",
    "before_intro": "From {source}, checked as the new texts will be. The wizard keeps them "
                    "as the before, to compare with what you write next.",
    "before_none": "(none)",
    "before_go": "Write the new texts",
    "before_side": "Before ({source})",
    "no_before": "This profile has no before: import a LinkedIn export or JSON Resume to get "
                 "one.",
    "history_title": "History",
    "history_intro": "Enter compares a row with now (or with the row marked with Space). "
                     "Copying, exporting and editing the texts keep a version.",
    "no_history": "Nothing kept yet: copying, exporting or editing the texts keeps a version.",
    "col_when": "When",
    "col_what": "Why",
    "now": "Now",
    "reason_copy": "copied",
    "reason_export": "exported",
    "reason_edit": "edited",
    "reason_before": "before",
    "compare_one": "Mark another row with Space to compare with.",
    "compare_none": "(none)",
    "changed_words": "−{removed} words, +{added} words",
    "unchanged": "The same text on both sides.",
    "handout_incomplete": "Answer the required questions first: the handout needs the texts.",
    "handout_written": "Wrote {files} in {folder}.",
    "export_failed": "Could not write {path}: {error}",
    "cmd_profiles": "Profiles",
    "cmd_profiles_help": "The saved profiles, newest first (the open one is saved)",
    "cmd_new": "New profile…",
    "cmd_new_help": "A new client, with a name and a language",
    "cmd_import": "Refresh from an existing profile…",
    "cmd_import_help": "Import a LinkedIn export or JSON Resume as the before",
    "cmd_rename": "Rename “{name}”…",
    "cmd_rename_help": "Give the profile another name (F2 in the list)",
    "cmd_duplicate": "Duplicate “{name}”",
    "cmd_duplicate_help": "A copy with the same answers, notes and before (F4 in the list)",
    "cmd_delete": "Delete “{name}”…",
    "cmd_delete_help": "Remove it and its versions for good, after asking (Del in the list)",
    "cmd_notes": "Coach notes on “{name}”…",
    "cmd_notes_help": "Your own notes, left out of handouts (F3 in the list)",
    "cmd_history": "History",
    "cmd_history_help": "The versions kept of the texts; compare any two",
    "cmd_compare": "Compare before and now",
    "cmd_compare_help": "The imported texts beside today's, with counts and changes",
    "cmd_before": "Before: the old texts checked",
    "cmd_before_help": "What is wrong with the imported headline and About",
    "cmd_handout": "Export handout",
    "cmd_handout_help": "Markdown, printable HTML and JSON Resume files",
}

NL: dict[str, str] = {
    **EN,
    "untitled": "Naamloos",
    "refresh": "Vernieuw een bestaand profiel (LinkedIn-export, JSON Resume)",
    "profiles_title": "Je profielen",
    "filter_placeholder": "typ om op naam te filteren",
    "col_name": "Naam",
    "col_lang": "Taal",
    "col_changed": "Gewijzigd",
    "count_all": "{n:,} in totaal",
    "count_match": "{n:,} gevonden",
    "no_profiles": "Nog geen bewaarde profielen: elk profiel dat je begint, wordt hier "
                   "bewaard terwijl je typt.",
    "no_match": "Geen profielnaam bevat “{query}”.",
    "store_failed": "Profielen kunnen niet bewaard worden: {error}. Antwoordenbestanden werken "
                    "wel (Ctrl+S).",
    "no_store": "Niet bewaard bij je profielen ({error}). Sla de antwoorden op in een bestand "
                "met Ctrl+S.",
    "autosave_failed": "Je antwoorden konden niet bij je profielen bewaard worden: {error}. Ze "
                       "staan nog op het scherm; Ctrl+S slaat ze op in een bestand.",
    "autosave_created": "Bewaard als profiel “{name}”: elk antwoord wordt bewaard terwijl je "
                        "typt.",
    "autosave_conflict": "Dit profiel is in een ander venster gewijzigd, dus er is niets "
                         "overschreven: je antwoorden hier zijn bewaard als “{name}”.",
    "conflict_suffix": "dit venster",
    "new_title": "Nieuw profiel",
    "name_placeholder": "de naam van de persoon",
    "name_needed": "Geef het een naam.",
    "create": "Maken",
    "rename": "Hernoemen",
    "rename_title": "“{name}” hernoemen",
    "renamed": "“{old}” heet nu “{new}”.",
    "duplicated": "Kopie gemaakt: “{name}” (antwoorden, notities en eerdere teksten; niet de "
                  "versies).",
    "delete": "Verwijderen",
    "delete_title": "“{name}” definitief verwijderen?",
    "delete_body": "De antwoorden, notities, eerdere teksten en {n} bewaarde versie(s) worden "
                   "verwijderd en uit het bestand gewist. Geëxporteerde kopieën blijven. Dit "
                   "kan niet ongedaan worden.",
    "deleting": "“{name}” wordt verwijderd…",
    "deleted": "“{name}” verwijderd: er staat niets meer van in het bestand.",
    "deleted_in_use": "“{name}” verwijderd; een andere profile-wizard heeft het bestand open, "
                      "dus de woorden verdwijnen uit het -wal-bestand als die sluit.",
    "notes_title": "Coachnotities bij “{name}”",
    "notes_hint": "Voor jou: niet in hand-outs en exports. Ctrl+S of Opslaan bewaart ze.",
    "notes_saved": "Notities bij “{name}” opgeslagen.",
    "import_title": "Vernieuw een bestaand profiel",
    "import_body": "Het pad van de gegevensexport van LinkedIn (de ZIP, of Profile.csv eruit), "
                   "een JSON Resume of een antwoordenbestand:",
    "import": "Importeren",
    "imported": "{path} geïmporteerd als profiel “{name}”.",
    "before_title": "Je profiel nu: wat beter kan",
    "before_intro": "Uit {source}, gecontroleerd zoals de nieuwe teksten. De wizard bewaart ze "
                    "als ‘eerder’, om te vergelijken met wat je nu schrijft.",
    "before_none": "(geen)",
    "before_go": "Schrijf de nieuwe teksten",
    "before_side": "Eerder ({source})",
    "no_before": "Dit profiel heeft geen eerdere teksten: importeer een LinkedIn-export of JSON "
                 "Resume.",
    "history_title": "Geschiedenis",
    "history_intro": "Enter vergelijkt een regel met nu (of met de regel gemarkeerd met "
                     "Spatie). Kopiëren, exporteren en bewerken bewaren een versie.",
    "no_history": "Nog niets bewaard: kopiëren, exporteren of bewerken van de teksten bewaart "
                  "een versie.",
    "col_when": "Wanneer",
    "col_what": "Waarom",
    "now": "Nu",
    "reason_copy": "gekopieerd",
    "reason_export": "geëxporteerd",
    "reason_edit": "bewerkt",
    "reason_before": "eerder",
    "compare_one": "Markeer met Spatie een andere regel om mee te vergelijken.",
    "compare_none": "(geen)",
    "changed_words": "−{removed} woorden, +{added} woorden",
    "unchanged": "Aan beide kanten dezelfde tekst.",
    "handout_incomplete": "Beantwoord eerst de verplichte vragen: de hand-out heeft de teksten "
                          "nodig.",
    "handout_written": "{files} geschreven in {folder}.",
    "export_failed": "Kon {path} niet schrijven: {error}",
    "cmd_profiles": "Profielen",
    "cmd_profiles_help": "De bewaarde profielen, nieuwste eerst (het open profiel wordt "
                         "bewaard)",
    "cmd_new": "Nieuw profiel…",
    "cmd_new_help": "Een nieuwe cliënt, met naam en taal",
    "cmd_import": "Vernieuw een bestaand profiel…",
    "cmd_import_help": "Importeer een LinkedIn-export of JSON Resume als ‘eerder’",
    "cmd_rename": "“{name}” hernoemen…",
    "cmd_rename_help": "Geef het profiel een andere naam (F2 in de lijst)",
    "cmd_duplicate": "“{name}” dupliceren",
    "cmd_duplicate_help": "Een kopie met dezelfde antwoorden, notities en eerdere teksten (F4)",
    "cmd_delete": "“{name}” verwijderen…",
    "cmd_delete_help": "Definitief weg met alle versies, na een vraag (Del in de lijst)",
    "cmd_notes": "Coachnotities bij “{name}”…",
    "cmd_notes_help": "Je eigen notities, niet in hand-outs (F3 in de lijst)",
    "cmd_history": "Geschiedenis",
    "cmd_history_help": "De bewaarde versies van de teksten; vergelijk er twee",
    "cmd_compare": "Vergelijk eerder en nu",
    "cmd_compare_help": "De geïmporteerde teksten naast die van vandaag, met tellingen",
    "cmd_before": "Eerder: de oude teksten gecontroleerd",
    "cmd_before_help": "Wat er mis is met de geïmporteerde kopregel en Info",
    "cmd_handout": "Hand-out exporteren",
    "cmd_handout_help": "Markdown-, afdrukbare HTML- en JSON Resume-bestanden",
}

IT: dict[str, str] = {
    **EN,
    "untitled": "Senza titolo",
    "refresh": "Rinnova un profilo esistente (export di LinkedIn, JSON Resume)",
    "profiles_title": "I tuoi profili",
    "filter_placeholder": "scrivi per filtrare per nome",
    "col_name": "Nome",
    "col_lang": "Lingua",
    "col_changed": "Modificato",
    "count_all": "{n:,} in tutto",
    "count_match": "{n:,} trovati",
    "no_profiles": "Ancora nessun profilo salvato: ogni profilo che inizi viene salvato qui "
                   "mentre scrivi.",
    "no_match": "Nessun nome di profilo contiene “{query}”.",
    "store_failed": "I profili non possono essere salvati: {error}. I file di risposte "
                    "funzionano (Ctrl+S).",
    "no_store": "Non salvato nei tuoi profili ({error}). Salva le risposte in un file con "
                "Ctrl+S.",
    "autosave_failed": "Non è stato possibile salvare le risposte nei tuoi profili: {error}. "
                       "Sono ancora sullo schermo; Ctrl+S le salva in un file.",
    "autosave_created": "Salvato come profilo “{name}”: ogni risposta viene salvata mentre "
                        "scrivi.",
    "autosave_conflict": "Questo profilo è stato modificato in un'altra finestra, quindi "
                         "non è stato sovrascritto nulla: le tue risposte qui sono salvate "
                         "come “{name}”.",
    "conflict_suffix": "questa finestra",
    "new_title": "Nuovo profilo",
    "name_placeholder": "il nome della persona",
    "name_needed": "Dagli un nome.",
    "create": "Crea",
    "rename": "Rinomina",
    "rename_title": "Rinomina “{name}”",
    "renamed": "“{old}” ora si chiama “{new}”.",
    "duplicated": "Copia creata: “{name}” (risposte, note e testi precedenti; non le versioni).",
    "delete": "Elimina",
    "delete_title": "Eliminare “{name}” definitivamente?",
    "delete_body": "Risposte, note, testi precedenti e {n} versione/i salvata/e vengono rimossi "
                   "e cancellati dal file. Le copie esportate restano. Non si può annullare.",
    "deleting": "Eliminazione di “{name}”…",
    "deleted": "“{name}” eliminato: nel file non ne resta nulla.",
    "deleted_in_use": "“{name}” eliminato; un altro profile-wizard ha il file aperto, quindi le "
                      "parole lasciano il file -wal quando si chiude.",
    "notes_title": "Note del coach su “{name}”",
    "notes_hint": "Per te: escluse da dispense ed esportazioni. Ctrl+S o Salva le conserva.",
    "notes_saved": "Note su “{name}” salvate.",
    "import_title": "Rinnova un profilo esistente",
    "import_body": "Il percorso dell'esportazione dati di LinkedIn (lo ZIP, o il suo "
                   "Profile.csv), un JSON Resume o un file di risposte:",
    "import": "Importa",
    "imported": "{path} importato come profilo “{name}”.",
    "before_title": "Il tuo profilo oggi: cosa migliorare",
    "before_intro": "Da {source}, controllato come lo saranno i nuovi testi. Il wizard li "
                    "conserva come ‘prima’, da confrontare con ciò che scriverai.",
    "before_none": "(nessuno)",
    "before_go": "Scrivi i nuovi testi",
    "before_side": "Prima ({source})",
    "no_before": "Questo profilo non ha testi precedenti: importa un export di LinkedIn o un "
                 "JSON Resume.",
    "history_title": "Cronologia",
    "history_intro": "Invio confronta una riga con adesso (o con la riga segnata con Spazio). "
                     "Copiare, esportare e modificare i testi conserva una versione.",
    "no_history": "Ancora niente: copiare, esportare o modificare i testi conserva una "
                  "versione.",
    "col_when": "Quando",
    "col_what": "Perché",
    "now": "Adesso",
    "reason_copy": "copiato",
    "reason_export": "esportato",
    "reason_edit": "modificato",
    "reason_before": "prima",
    "compare_one": "Segna con Spazio un'altra riga da confrontare.",
    "compare_none": "(nessuno)",
    "changed_words": "−{removed} parole, +{added} parole",
    "unchanged": "Lo stesso testo da entrambe le parti.",
    "handout_incomplete": "Rispondi prima alle domande obbligatorie: la dispensa ha bisogno dei "
                          "testi.",
    "handout_written": "Scritti {files} in {folder}.",
    "export_failed": "Impossibile scrivere {path}: {error}",
    "cmd_profiles": "Profili",
    "cmd_profiles_help": "I profili salvati, dal più recente (quello aperto viene salvato)",
    "cmd_new": "Nuovo profilo…",
    "cmd_new_help": "Un nuovo cliente, con nome e lingua",
    "cmd_import": "Rinnova un profilo esistente…",
    "cmd_import_help": "Importa un export di LinkedIn o un JSON Resume come ‘prima’",
    "cmd_rename": "Rinomina “{name}”…",
    "cmd_rename_help": "Dai al profilo un altro nome (F2 nell'elenco)",
    "cmd_duplicate": "Duplica “{name}”",
    "cmd_duplicate_help": "Una copia con le stesse risposte, note e testi precedenti (F4)",
    "cmd_delete": "Elimina “{name}”…",
    "cmd_delete_help": "Via per sempre con le sue versioni, dopo conferma (Canc nell'elenco)",
    "cmd_notes": "Note del coach su “{name}”…",
    "cmd_notes_help": "Le tue note, escluse dalle dispense (F3 nell'elenco)",
    "cmd_history": "Cronologia",
    "cmd_history_help": "Le versioni conservate dei testi; confrontane due",
    "cmd_compare": "Confronta prima e adesso",
    "cmd_compare_help": "I testi importati accanto a quelli di oggi, con i conteggi",
    "cmd_before": "Prima: i vecchi testi controllati",
    "cmd_before_help": "Cosa non va nel titolo e nell'Informazioni importati",
    "cmd_handout": "Esporta la dispensa",
    "cmd_handout_help": "File Markdown, HTML stampabile e JSON Resume",
}

TABLES: dict[str, dict[str, str]] = {"en": EN, "nl": NL, "it": IT}

# The key bar's words for the bindings of the store screens (English is the binding's own).
KEY_WORDS: dict[str, dict[str, str]] = {
    "nl": {"Rename": "Hernoemen", "Notes": "Notities", "Duplicate": "Dupliceren",
           "Delete": "Verwijderen", "New profile": "Nieuw profiel", "Mark": "Markeren",
           "Compare": "Vergelijken", "Back": "Terug", "Continue": "Verder",
           "Cancel": "Annuleren", "Save notes": "Opslaan", "History": "Geschiedenis"},
    "it": {"Rename": "Rinomina", "Notes": "Note", "Duplicate": "Duplica", "Delete": "Elimina",
           "New profile": "Nuovo profilo", "Mark": "Segna", "Compare": "Confronta",
           "Back": "Indietro", "Continue": "Avanti", "Cancel": "Annulla",
           "Save notes": "Salva", "History": "Cronologia"},
}
_NAMES = "|".join(re.escape(t["untitled"]) for t in TABLES.values())
_UNTITLED = re.compile(rf"^(?:{_NAMES}) \d{{4}}-\d{{2}}-\d{{2}}")


def ct(lang: str, key: str, **values: object) -> str:
    """The label `key` in `lang` (English when the language has no table), filled with values."""
    text = TABLES.get(lang, EN)[key]
    return text.format(**safe_values(values)) if values else text


def key_word(lang: str, description: str) -> str:
    return KEY_WORDS.get(lang, {}).get(description, description)


def untitled_name(lang: str, moment: datetime) -> str:
    """What a new profile is called until its person.name is typed."""
    return f"{ct(lang, 'untitled')} {moment:%Y-%m-%d %H:%M}"


def is_untitled(name: str) -> bool:
    return bool(_UNTITLED.match(name))
