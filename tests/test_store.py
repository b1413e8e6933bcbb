"""Tests for the profile store: round trips, search, versions, real deletion, explicit failure."""

from __future__ import annotations

import os
import signal
import sqlite3
import stat
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from wizard.core.model import Answers, load
from wizard.core.store import Before, Store, StoreError, default_path, schema
from wizard.core.store.intake import import_file

FULL_TOML = """\
schema = 1
lang = "en"

[person]
name = "Maya Okafor"
role = "data engineer"

[future]
doing = "build data platforms that let small teams trust their numbers"
audience = "scale-ups in logistics and retail"

[drivers]
values = ["clarity", "craftsmanship"]

[expertise]
areas = ["data modelling", "Python"]
proof = "cut the nightly reporting run from six hours to twenty minutes"

[statement]
stand_for = "data work that is transparent, checkable and explained in plain words"

[offer]
help = "a data platform your analysts can rely on"

[invitation]
recipient = "Saskia"
context = "I enjoyed your talk on data contracts"
"""


@pytest.fixture
def answers(tmp_path: Path) -> Answers:
    path = tmp_path / "maya.toml"
    path.write_text(FULL_TOML, encoding="utf-8")
    return load(path)


@pytest.fixture
def store() -> Iterator[Store]:
    with Store() as s:
        yield s


def side_files(path: Path) -> list[Path]:
    return [p for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")) if p.exists()]


def test_store_lives_in_the_data_dir_with_owner_only_permissions(
        isolated_home: Path, answers: Answers) -> None:
    with Store() as s:
        assert s.path == isolated_home / "profiles.sqlite3" == default_path()
        s.create_profile("Maya", answers=answers)
        files = side_files(s.path)
        assert {f.name[len("profiles.sqlite3"):] for f in files} == {"", "-wal", "-shm"}
        for f in files:
            assert stat.S_IMODE(f.stat().st_mode) == 0o600, f
        mode = sqlite3.connect(s.path).execute("PRAGMA journal_mode").fetchone()[0]
        assert mode == "wal"


def test_a_new_folder_is_private_and_a_loose_file_is_tightened(tmp_path: Path) -> None:
    path = tmp_path / "new" / "deeper" / "p.sqlite3"
    Store(path).close()
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    path.chmod(0o644)
    Store(path).close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_profile_round_trip(store: Store, answers: Answers) -> None:
    before = Before("Open to work | Data", "I am a data engineer.", "LinkedIn export", "2024-05-01")
    created = store.create_profile("  Maya   Okafor ", answers=answers, notes="Met at\n\nPyData",
                                   before=before)
    got = store.get_profile(created.id)
    assert got.name == "Maya Okafor"
    assert got.lang == "en"
    assert got.notes == "Met at\n\nPyData"
    assert got.before == before
    assert got.answers.to_document() == answers.to_document()
    assert got.created == got.updated
    store.set_before(created.id, None)
    assert store.get_profile(created.id).before is None


def test_create_rejects_an_empty_name_and_an_unknown_language(store: Store) -> None:
    with pytest.raises(StoreError, match="needs a name"):
        store.create_profile("   ")
    with pytest.raises(StoreError, match="unknown language 'xx'"):
        store.create_profile("A", "xx")
    assert store.count_profiles() == 0


def test_save_answers_commits_and_moves_the_profile_to_the_top(store: Store,
                                                                answers: Answers) -> None:
    a = store.create_profile("Anna")
    b = store.create_profile("Bram")
    assert [p.name for p in store.list_profiles()] == ["Bram", "Anna"]
    assert store.save_answers(a.id, answers) is True
    assert [p.name for p in store.list_profiles()] == ["Anna", "Bram"]
    # What is committed is visible to another connection at once: it is on disk.
    raw = sqlite3.connect(store.path).execute("SELECT answers FROM profiles WHERE id = ?",
                                              (a.id,)).fetchone()[0]
    assert "Maya Okafor" in raw
    assert store.get_profile(a.id).answers.to_document() == answers.to_document()
    assert b.id != a.id


def test_saving_the_same_answers_again_writes_nothing(store: Store, answers: Answers) -> None:
    p = store.create_profile("Anna", answers=answers)
    updated = store.get_profile(p.id).updated
    assert store.save_answers(p.id, answers.copy()) is False
    assert store.get_profile(p.id).updated == updated


def test_save_answers_to_a_missing_profile_is_an_error(store: Store, answers: Answers) -> None:
    with pytest.raises(StoreError, match="no profile with id 42"):
        store.save_answers(42, answers)


def test_list_is_most_recent_first_with_a_folded_substring_filter(store: Store) -> None:
    for name in ("Élodie Dupont", "Anna de Vries", "Giulia Rossi", "ANNABEL Smit"):
        store.create_profile(name)
    assert [p.name for p in store.list_profiles()] == [
        "ANNABEL Smit", "Giulia Rossi", "Anna de Vries", "Élodie Dupont"]
    assert [p.name for p in store.list_profiles("anna")] == ["ANNABEL Smit", "Anna de Vries"]
    assert [p.name for p in store.list_profiles("ELODIE")] == ["Élodie Dupont"]
    assert [p.name for p in store.list_profiles("dé  vries")] == ["Anna de Vries"]
    assert store.list_profiles("zz") == []
    assert store.count_profiles("ann") == 2
    assert store.count_profiles() == 4
    assert [p.name for p in store.list_profiles(limit=2, offset=1)] == [
        "Giulia Rossi", "Anna de Vries"]
    assert len(store.list_profiles(limit=None)) == 4


@pytest.mark.parametrize("name, query", [
    ("Łódź Kowalska", "lodz"), ("Øslo Berg", "oslo"), ("Đorđe Petrović", "dord"),
    ("Æsa Holm", "aesa"), ("Karl Straße", "strasse"), ("Ævar ØSTERGÅRD", "ostergard"),
    ("Łukasz", "ŁUKASZ"), ("Zoë Œuvray", "oeuvray")])
def test_the_filter_spells_letters_beyond_latin_1_in_ascii(store: Store, name: str,
                                                           query: str) -> None:
    store.create_profile(name)
    store.create_profile("Anna de Vries")
    assert [p.name for p in store.list_profiles(query)] == [name]


def test_names_stored_before_the_ascii_fold_are_found_after_the_upgrade(
        tmp_path: Path) -> None:
    path = tmp_path / "p.sqlite3"
    with Store(path) as s:
        s.create_profile("Łódź Kowalska")
    conn = sqlite3.connect(path)  # as version 2 kept it: only the accents went
    conn.execute("UPDATE profiles SET search_key = 'łodz kowalska'")
    conn.execute(f"PRAGMA user_version = {schema.current_version() - 1}")
    conn.commit()
    conn.close()
    with Store(path) as s:
        assert [p.name for p in s.list_profiles("lodz")] == ["Łódź Kowalska"]


def test_search_gives_a_page_and_the_total(store: Store) -> None:
    for i in range(7):
        store.create_profile(f"Client {i}")
    store.create_profile("Someone else")
    page = store.search_profiles("client", limit=3)
    assert [p.name for p in page.profiles] == ["Client 6", "Client 5", "Client 4"]
    assert page.total == 7
    assert store.search_profiles("else", limit=3).total == 1
    assert store.search_profiles("", limit=100).total == 8


def test_list_reads_the_covering_index_without_sorting(store: Store) -> None:
    plan = sqlite3.connect(store.path).execute(
        "EXPLAIN QUERY PLAN SELECT id, name, lang, created, updated FROM profiles "
        "WHERE instr(search_key, 'a') > 0 ORDER BY updated DESC, id DESC LIMIT 100").fetchall()
    details = " ".join(str(row[-1]) for row in plan)
    assert "COVERING INDEX profiles_recent" in details
    assert "TEMP B-TREE" not in details


def test_resolve_by_id_name_or_unique_part(store: Store) -> None:
    anna = store.create_profile("Anna de Vries")
    store.create_profile("Anna Rossi")
    giulia = store.create_profile("Giulia Bianchi")
    assert store.resolve(str(anna.id)).id == anna.id
    assert store.resolve(f"#{giulia.id}").id == giulia.id
    assert store.resolve("anna DE vries").id == anna.id
    assert store.resolve("bianchi").id == giulia.id
    with pytest.raises(StoreError) as err:
        store.resolve("anna")
    message = str(err.value)
    assert "'anna' matches 2 profiles" in message
    assert f"{anna.id} Anna de Vries" in message and "Anna Rossi" in message
    assert "\n" not in message
    with pytest.raises(StoreError, match="no profile named 'nobody'"):
        store.resolve("nobody")


def test_resolve_lists_at_most_five_and_counts_the_rest(store: Store) -> None:
    for _ in range(8):
        store.create_profile("Sam")
    with pytest.raises(StoreError, match=r"'sam' matches 8 profiles: .* and 3 more"):
        store.resolve("sam")


def test_a_name_made_of_digits_is_found_when_no_id_matches(store: Store) -> None:
    p = store.create_profile("2024")
    assert store.resolve("2024").id == p.id


def test_rename_notes_and_duplicate(store: Store, answers: Answers) -> None:
    p = store.create_profile("Anna", answers=answers, notes="first meeting",
                             before=Before(headline="Old headline"))
    store.add_version(p.id, answers, {"headline": "H"}, {"headline": "role-audience"}, "copy")
    store.rename_profile(p.id, "Anna de Vries")
    store.set_notes(p.id, "second\x1b[31m meeting")
    copy = store.duplicate_profile(p.id)
    assert store.get_profile(p.id).name == "Anna de Vries"
    assert store.get_profile(p.id).notes == "second meeting"
    assert copy.name == "Anna de Vries (copy)"
    assert copy.answers.to_document() == answers.to_document()
    assert copy.before == Before(headline="Old headline")
    assert store.list_versions(copy.id) == []
    assert store.duplicate_profile(p.id, "Twin").name == "Twin"
    with pytest.raises(StoreError, match="no profile with id 999"):
        store.rename_profile(999, "x")


def test_versions_are_kept_listed_and_read_back(store: Store, answers: Answers) -> None:
    p = store.create_profile("Anna", answers=answers)
    first = store.add_version(p.id, answers, {"headline": "Data engineer", "pitch": "Hi"},
                              {"headline": "role-audience"}, "copy")
    changed = answers.copy()
    changed.set("person.role", "data architect")
    second = store.add_version(p.id, changed, {"headline": "Data architect"}, {}, "export")
    assert [(v.id, v.reason, v.headline) for v in store.list_versions(p.id)] == [
        (first.id, "copy", "Data engineer"), (second.id, "export", "Data architect")]
    got = store.get_version(first.id)
    assert got.texts == {"headline": "Data engineer", "pitch": "Hi"}
    assert got.variants == {"headline": "role-audience"}
    assert got.answers.text("person.role") == "data engineer"
    assert store.get_version(second.id).answers.text("person.role") == "data architect"


def test_copying_the_same_texts_twice_keeps_one_version(store: Store, answers: Answers) -> None:
    p = store.create_profile("Anna", answers=answers)
    one = store.add_version(p.id, answers, {"headline": "H"}, {}, "copy")
    two = store.add_version(p.id, answers, {"headline": "H"}, {}, "copy")
    three = store.add_version(p.id, answers, {"headline": "H"}, {}, "export")
    assert one == two
    assert three.id != one.id
    assert len(store.list_versions(p.id)) == 2


def test_version_errors(store: Store, answers: Answers) -> None:
    p = store.create_profile("Anna")
    with pytest.raises(StoreError, match="unknown version reason 'paste'"):
        store.add_version(p.id, answers, {}, {}, "paste")  # type: ignore[arg-type]
    with pytest.raises(StoreError, match="no profile with id 77"):
        store.add_version(77, answers, {}, {}, "copy")
    with pytest.raises(StoreError, match="no version with id 5"):
        store.get_version(5)


def test_delete_leaves_no_byte_of_the_client_in_the_files(store: Store,
                                                          answers: Answers) -> None:
    secret = "Quetzalcoatlus"
    doomed_answers = answers.copy()
    doomed_answers.set("expertise.proof", f"built the {secret} pipeline")
    doomed = store.create_profile(f"{secret} Client", answers=answers, notes=f"{secret} notes",
                                  before=Before(headline=f"{secret} headline"))
    for i in range(20):  # many frames in the log, some with the word
        edited = doomed_answers.copy()
        edited.set("future.learn", f"step {i}")
        store.save_answers(doomed.id, edited)
    store.add_version(doomed.id, doomed_answers, {"headline": f"{secret} text"}, {}, "copy")
    kept = store.create_profile("Keeper", answers=answers, notes="stays")
    needle = secret.encode()
    assert any(needle in f.read_bytes() for f in side_files(store.path))

    assert store.delete_profile(doomed.id).scrubbed is True

    for f in side_files(store.path):
        assert needle not in f.read_bytes(), f"{f.name} still holds the deleted client's words"
        assert needle.upper() not in f.read_bytes().upper()
    assert [p.id for p in store.list_profiles()] == [kept.id]
    assert store.get_profile(kept.id).notes == "stays"
    assert store.list_versions(doomed.id) == []
    with pytest.raises(StoreError, match=f"no profile with id {doomed.id}"):
        store.delete_profile(doomed.id)
    ok = sqlite3.connect(store.path).execute("PRAGMA integrity_check").fetchone()[0]
    assert ok == "ok"


def test_delete_reports_when_another_reader_keeps_the_log(store: Store, answers: Answers) -> None:
    p = store.create_profile("Anna", answers=answers)
    reader = sqlite3.connect(store.path, isolation_level=None)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM profiles").fetchone()  # holds a read snapshot
    try:
        assert store.delete_profile(p.id).scrubbed is False
    finally:
        reader.execute("COMMIT")
        reader.close()
    assert store.count_profiles() == 0


# --- migrations ----------------------------------------------------------------------------


def test_a_new_store_has_the_current_schema_version(store: Store) -> None:
    version = sqlite3.connect(store.path).execute("PRAGMA user_version").fetchone()[0]
    assert version == schema.current_version() >= 1


def test_a_second_migration_is_one_function(tmp_path: Path, answers: Answers,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "p.sqlite3"
    with Store(path) as s:
        pid = s.create_profile("Anna", answers=answers).id

    def v2(conn: sqlite3.Connection) -> None:
        conn.execute("ALTER TABLE profiles ADD COLUMN colour TEXT NOT NULL DEFAULT 'blue'")

    shipped = schema.current_version()
    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, v2])
    with Store(path) as s:
        assert s.get_profile(pid).answers.to_document() == answers.to_document()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == shipped + 1
    assert conn.execute("SELECT colour FROM profiles").fetchone()[0] == "blue"


def test_a_failing_migration_leaves_the_store_as_it_was(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "p.sqlite3"
    with Store(path) as s:
        s.create_profile("Anna")

    def broken(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE extra (x)")
        conn.execute("INSERT INTO nowhere VALUES (1)")

    shipped = schema.current_version()
    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, broken])
    with pytest.raises(StoreError, match=r"damaged \(missing: nowhere\)"):
        Store(path)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == shipped
    assert conn.execute("SELECT name FROM sqlite_schema WHERE name = 'extra'").fetchone() is None
    assert conn.execute("SELECT name FROM profiles").fetchone()[0] == "Anna"


def test_a_store_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "p.sqlite3"
    Store(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA user_version = 99")
    with pytest.raises(StoreError, match=r"newer version of profile-wizard .*schema 99"):
        Store(path)


# --- failure is explicit -------------------------------------------------------------------


def test_a_file_that_is_not_a_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "profiles.sqlite3"
    content = b"my precious notes, not a database\n" * 200
    path.write_bytes(content)
    with pytest.raises(StoreError) as err:
        Store(path)
    assert str(err.value) == (f"{path}: not a profile store (the file is not a database); it "
                              "was left untouched — move it aside to start a new store")
    assert path.read_bytes() == content
    assert not Path(f"{path}-wal").exists()


def test_another_programs_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "profiles.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE contacts (name TEXT)")
    content = path.read_bytes()
    with pytest.raises(StoreError, match=r"not a profile store \(a database of another program"):
        Store(path)
    assert path.read_bytes() == content


def test_a_damaged_store_says_so_on_use(tmp_path: Path) -> None:
    path = tmp_path / "profiles.sqlite3"
    with Store(path) as s:
        for i in range(200):
            s.create_profile(f"Client {i}", notes="x" * 3000)
    data = bytearray(path.read_bytes())
    for offset in range(4096 * 3, len(data) - 4096, 4096):
        data[offset:offset + 64] = b"\xff" * 64
    path.write_bytes(bytes(data))
    with pytest.raises(StoreError, match=r"damaged \(database disk image is malformed"), \
            Store(path) as s:
        for p in s.list_profiles(limit=None):
            s.get_profile(p.id)
    assert path.read_bytes() == bytes(data)


def test_an_empty_file_becomes_a_store(tmp_path: Path) -> None:
    path = tmp_path / "profiles.sqlite3"
    path.touch()
    with Store(path) as s:
        s.create_profile("Anna")
        assert s.count_profiles() == 1


def test_a_store_locked_by_another_writer_is_a_clear_error(store: Store, answers: Answers) -> None:
    p = store.create_profile("Anna")
    other = sqlite3.connect(store.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another instance in the middle of a write
    try:
        with Store(store.path, timeout=0.2) as second:
            assert [x.name for x in second.list_profiles()] == ["Anna"]  # readers still read
            started = time.monotonic()
            with pytest.raises(StoreError) as err:
                second.save_answers(p.id, answers)
            assert time.monotonic() - started < 2
            assert "in use by another program" in str(err.value)
            assert str(err.value).startswith(f"{store.path}: ")
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert store.save_answers(p.id, answers) is True


def test_a_wait_shorter_than_the_timeout_is_invisible(store: Store, answers: Answers) -> None:
    p = store.create_profile("Anna")
    other = sqlite3.connect(store.path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    releaser = threading.Timer(0.2, lambda: other.execute("COMMIT"))
    releaser.start()
    try:
        assert store.save_answers(p.id, answers) is True
    finally:
        releaser.join()
        other.close()


def test_a_folder_path_under_a_file_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(StoreError, match=r"not-a-folder: is a file, but the profile store "
                                         r"needs a folder there"):
        Store(blocker / "profiles.sqlite3")
    with pytest.raises(StoreError, match=r"not-a-folder/deeper: cannot create the folder for "
                                         r"the profile store \(Not a directory\)"):
        Store(blocker / "deeper" / "profiles.sqlite3")


def test_a_folder_where_the_file_should_be_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "profiles.sqlite3").mkdir()
    with pytest.raises(StoreError, match="is a folder, not a profile store"):
        Store(tmp_path / "profiles.sqlite3")


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores permission bits; the read-only "
                    "mount test below covers root")
def test_a_read_only_folder_is_a_clear_error(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    Store(folder / "profiles.sqlite3").close()
    folder.chmod(0o500)
    try:
        with Store(folder / "profiles.sqlite3") as s, \
                pytest.raises(StoreError, match="read-only"):  # read, never written (round 18)
            s.create_profile("Anna")
        with pytest.raises(StoreError, match="cannot create the profile store"):
            Store(folder / "other.sqlite3")
    finally:
        folder.chmod(0o700)


def test_a_full_disk_is_a_clear_error_and_keeps_what_was_saved(store: Store) -> None:
    p = store.create_profile("Anna", notes="saved before the disk filled up")
    pages = store._conn.execute("PRAGMA page_count").fetchone()[0]
    store._conn.execute(f"PRAGMA max_page_count = {pages + 2}")  # SQLite's own SQLITE_FULL
    with pytest.raises(StoreError) as err:
        store.set_notes(p.id, "word " * 20_000)
    assert str(err.value) == (f"{store.path}: the disk is full, so the last change was not "
                              "saved; free some space and try again")
    assert store.get_profile(p.id).notes == "saved before the disk filled up"


@pytest.fixture
def tiny_mount(tmp_path: Path) -> Iterator[Path]:
    """A 256 kB tmpfs: a really full and a really read-only file system (needs root)."""
    with mounted_tmpfs(tmp_path) as where:
        yield where


@contextmanager
def mounted_tmpfs(tmp_path: Path) -> Iterator[Path]:
    """A 256 kB tmpfs at tmp_path/mnt for the time of the generator (skips without root)."""
    where = tmp_path / "mnt"
    where.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(where)],
                          capture_output=True, check=False)
    if done.returncode != 0:
        pytest.skip("cannot mount a tmpfs here (needs root with CAP_SYS_ADMIN)")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], capture_output=True, check=False)


def test_a_really_full_file_system(tiny_mount: Path) -> None:
    path = tiny_mount / "profiles.sqlite3"
    with Store(path) as s:
        p = s.create_profile("Anna", notes="kept")
        with pytest.raises(StoreError, match="the disk is full"):
            for i in range(1, 200):
                s.add_version(p.id, Answers(), {"summary": f"{i} " + "text " * 2000}, {}, "edit")
    with Store(path) as s:
        assert s.get_profile(p.id).notes == "kept"


def test_a_really_read_only_file_system(tiny_mount: Path) -> None:
    path = tiny_mount / "profiles.sqlite3"
    with Store(path) as s:
        s.create_profile("Anna")
    subprocess.run(["mount", "-o", "remount,ro", str(tiny_mount)], check=True)
    with Store(path) as s:  # still read (round 18): the profiles can be got out
        assert [p.name for p in s.list_profiles("")] == ["Anna"]
        with pytest.raises(StoreError, match="read-only"):
            s.create_profile("Ben")
    with pytest.raises(StoreError, match=r"cannot create the profile store \(Read-only file"):
        Store(tiny_mount / "other.sqlite3")


# --- autosave survives SIGKILL -------------------------------------------------------------

CHILD = """
import sys
from pathlib import Path
from wizard.core.model import Answers
from wizard.core.store import Store

store = Store(Path(sys.argv[1]))
answers = Answers("en")
for i in range(100000):
    answers.set("future.doing", f"step {i}")
    store.save_answers(int(sys.argv[2]), answers)
    print(i, flush=True)
"""


def test_autosave_survives_sigkill(tmp_path: Path) -> None:
    path = tmp_path / "profiles.sqlite3"
    with Store(path) as s:
        pid = s.create_profile("Anna").id
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(path), str(pid)],
                             stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None
    last = -1
    for line in child.stdout:
        last = int(line)
        if last >= 30:
            break
    child.send_signal(signal.SIGKILL)
    # What the child printed before it died: each line is a save_answers that had returned.
    last = max([last, *(int(line) for line in child.stdout.read().split())])
    child.wait(timeout=10)
    assert child.returncode == -signal.SIGKILL
    with Store(path) as s:
        saved = s.get_profile(pid).answers.text("future.doing")
    step = int(saved.removeprefix("step "))
    # Every save that returned is on disk; at most the one in flight may also have landed.
    assert last <= step <= last + 1
    assert sqlite3.connect(path).execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_saving_from_another_thread(store: Store, answers: Answers) -> None:
    p = store.create_profile("Anna")
    results: list[bool] = []
    worker = threading.Thread(target=lambda: results.append(store.save_answers(p.id, answers)))
    worker.start()
    worker.join()
    assert results == [True]
    assert store.get_profile(p.id).answers.text("person.name") == "Maya Okafor"


# --- import hook and purity ----------------------------------------------------------------


def test_import_file_reads_an_answers_file(tmp_path: Path) -> None:
    path = tmp_path / "maya.toml"
    path.write_text(FULL_TOML.replace('role = "data engineer"\n', ""), encoding="utf-8")
    result = import_file(path)
    assert result.profile_name == "Maya Okafor"
    assert result.answers.missing() == ["person.role"]


def test_import_file_errors_name_the_file(tmp_path: Path) -> None:
    path = tmp_path / "broken.toml"
    path.write_text("schema = 1\nlang = 'en'\n[person]\nnmae = 'x'\n", encoding="utf-8")
    with pytest.raises(StoreError, match=r"broken.toml.*unknown key 'person.nmae'"):
        import_file(path)


def test_the_store_imports_no_ui_and_the_cli_does_not_load_it() -> None:
    code = ("import sys, wizard.core.store, wizard.core.store.intake; "
            "bad = [m for m in ('textual', 'questionary', 'click') if m in sys.modules]; "
            "import wizard.cli; "
            "print(bad, 'wizard.core.store' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[] True"
    code = ("import sys, wizard.cli; "
            "print('wizard.core.store' in sys.modules, 'sqlite3' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False False"


def test_save_with_expected_answers_refuses_to_overwrite_a_change(tmp_path: Path) -> None:
    from wizard.core.model import Answers
    from wizard.core.store import Store, StoreConflict

    with Store(tmp_path / "s.sqlite3") as store:
        first = Answers("en")
        first.set("person.name", "Ann")
        pid = store.create_profile("Ann", answers=first).id
        mine, theirs = first.copy(), first.copy()
        theirs.set("person.role", "nurse")
        store.save_answers(pid, theirs)  # another window
        mine.set("person.role", "doctor")
        with pytest.raises(StoreConflict):
            store.save_answers(pid, mine, expected=first)
        assert store.get_profile(pid).answers.text("person.role") == "nurse"
        assert store.save_answers(pid, mine, expected=theirs)  # up to date: saved
        assert store.get_profile(pid).answers.text("person.role") == "doctor"
