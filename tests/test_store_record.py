"""Tests for the record in the store: edits tied to their answers, choices, history, "Changed",
the migration from schema 1, a store that vanishes while open, and deleting for good."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from wizard.core.model import Answers, load
from wizard.core.record import BEST, YOURS, Edit, fingerprint
from wizard.core.store import Before, Store, StoreError, StoreMissing, StoreMoved, schema
from wizard.core.store.records import encode_answers

MAYA = Path(__file__).resolve().parent / "fixtures" / "answers" / "en-maya.toml"
MINE = "Data engineer | small teams trust their numbers"


@pytest.fixture
def answers() -> Answers:
    return load(MAYA)


@pytest.fixture
def store() -> Iterator[Store]:
    with Store() as s:
        yield s


def test_an_edit_is_tied_to_its_answers_and_goes_stale(store: Store, answers: Answers) -> None:
    p = store.create_profile("Maya", answers=answers)
    edit = store.set_edit(p.id, "headline", MINE)
    assert edit.answers == fingerprint(answers)
    assert store.get_profile(p.id).record.choice("headline") == YOURS
    changed = answers.copy()
    changed.set("person.role", "analytics engineer")
    store.save_answers(p.id, changed)
    assert store.stale_edits(p.id) == ["headline"]
    assert store.get_profile(p.id).edits["headline"].text == MINE  # kept, not lost
    store.reapply_edit(p.id, "headline")
    assert store.stale_edits(p.id) == []
    assert store.drop_edit(p.id, "headline") is True
    assert store.drop_edit(p.id, "headline") is False
    with pytest.raises(StoreError, match="has no hand edit of the headline"):
        store.reapply_edit(p.id, "headline")


def test_keep_edit_writes_an_edit_exactly_as_the_front_end_holds_it(store: Store,
                                                                     answers: Answers) -> None:
    p = store.create_profile("Maya", answers=answers)
    old = Edit("summary", "Para one.\n\nPara two.", "0123456789abcdef", "2026-01-02T03:04:05")
    store.keep_edit(p.id, old, shown=False)
    got = store.get_profile(p.id)
    assert got.edits["summary"] == old  # a stale edit is not made to look fresh
    assert got.variants == {"summary": BEST} and got.record.choice("summary") is None
    with pytest.raises(StoreError, match="unknown output 'bio'"):
        store.keep_edit(p.id, Edit("bio", "x", "", ""))


def test_choosing_a_variant_keeps_the_edit_one_pick_away(store: Store, answers: Answers) -> None:
    p = store.create_profile("Maya", answers=answers)
    store.set_edit(p.id, "headline", MINE)
    store.set_variant(p.id, "headline", "role-offer")
    assert store.get_profile(p.id).record.choice("headline") == "role-offer"
    store.set_variant(p.id, "headline", None)
    rec = store.get_profile(p.id).record
    assert rec.choice("headline") is None and rec.edits["headline"].text == MINE
    store.set_variant(p.id, "headline", YOURS)
    assert store.get_profile(p.id).record.choice("headline") == YOURS
    store.set_edit(p.id, "headline", "")  # an empty edit drops it
    assert store.get_profile(p.id).edits == {}


def test_history_restores_any_version_and_keeps_the_current_state(store: Store,
                                                                   answers: Answers) -> None:
    p = store.create_profile("Maya", answers=answers)
    store.set_edit(p.id, "headline", MINE)
    store.keep_current(p.id, "export")
    first = store.list_versions(p.id)[-1]
    later = answers.copy()
    later.set("offer.help", "a reporting layer planners trust")
    store.save_answers(p.id, later)
    store.set_edit(p.id, "headline", "A later headline")
    store.set_variant(p.id, "summary", "short")

    store.restore_version(p.id, first.id)
    now = store.get_profile(p.id)
    assert now.answers.text("offer.help") == answers.text("offer.help")
    assert now.edits["headline"].text == MINE and now.record.choice("headline") == YOURS
    assert now.record.stale() == [] and "summary" not in now.variants
    kept = store.get_version(store.list_versions(p.id)[-1].id)
    assert kept.reason == "restore"
    assert kept.answers.text("offer.help") == "a reporting layer planners trust"
    assert kept.edits["headline"].text == "A later headline"
    assert kept.choices == {"summary": "short"}
    store.restore_version(p.id, kept.id)  # and back again: nothing was lost
    assert store.get_profile(p.id).edits["headline"].text == "A later headline"
    other = store.create_profile("Someone else")
    with pytest.raises(StoreError, match="is not a version of profile"):
        store.restore_version(other.id, first.id)


def test_a_restore_that_fails_halfway_writes_nothing(store: Store, answers: Answers,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    p = store.create_profile("Maya", answers=answers)
    store.set_edit(p.id, "headline", MINE)
    store.keep_current(p.id, "copy")
    store.set_edit(p.id, "headline", "now")
    before = (store.get_profile(p.id), len(store.list_versions(p.id)))

    def boom(*_: object, **__: object) -> bool:
        raise StoreError("the disk went away")

    monkeypatch.setattr(Store, "save_answers", boom)
    with pytest.raises(StoreError, match="went away"):
        store.restore_version(p.id, store.list_versions(p.id)[-1].id)
    monkeypatch.undo()
    assert (store.get_profile(p.id), len(store.list_versions(p.id))) == before


# ── "Changed": every change puts the profile first ────────────────────────────────────────

CHANGES: dict[str, Callable[[Store, int, Path], object]] = {
    "answers": lambda s, i, _: s.save_answers(i, _answers_with("future.learn", "teaching")),
    "edit": lambda s, i, _: s.set_edit(i, "headline", MINE),
    "choice": lambda s, i, _: s.set_variant(i, "summary", "short"),
    "copy": lambda s, i, _: s.add_version(i, _answers_with("future.learn", "x"),
                                          {"headline": "copied"}, {}, "copy"),
    "export": lambda s, i, _: s.keep_current(i, "export"),
    "handout file": lambda s, i, tmp: s.record_file(i, tmp / "handout.html"),
    "notes": lambda s, i, _: s.set_notes(i, "call back on Monday"),
    "before": lambda s, i, _: s.set_before(i, Before("Old headline", "", "LinkedIn export x.zip")),
    "job ad": lambda s, i, _: s.add_ad(i, "Analyst", "We look for an analyst."),
    "rename": lambda s, i, _: s.rename_profile(i, "Maya O."),
    "touch": lambda s, i, _: s.touch(i),
}


def _answers_with(key: str, value: str) -> Answers:
    answers = load(MAYA)
    answers.set(key, value)
    return answers


@pytest.mark.parametrize("change", sorted(CHANGES))
def test_every_change_makes_the_profile_the_last_worked_on(store: Store, answers: Answers,
                                                           tmp_path: Path, change: str) -> None:
    worked = store.create_profile("Maya", answers=answers)
    store.set_edit(worked.id, "pitch", "An edit to drop and keep.")
    other = store.create_profile("Other client")
    assert store.list_profiles()[0].id == other.id
    stamp = store.get_profile(worked.id).updated
    CHANGES[change](store, worked.id, tmp_path)
    assert store.list_profiles()[0].id == worked.id
    assert store.get_profile(worked.id).updated > stamp


def test_dropping_or_keeping_an_edit_is_a_change_too(store: Store, answers: Answers) -> None:
    worked = store.create_profile("Maya", answers=answers)
    store.set_edit(worked.id, "headline", MINE)
    for act in (lambda: store.reapply_edit(worked.id, "headline"),
                lambda: store.drop_edit(worked.id, "headline")):
        store.create_profile("Someone newer")
        act()
        assert store.list_profiles()[0].id == worked.id


def test_same_named_clients_are_told_apart(store: Store, answers: Answers) -> None:
    first = answers.copy()
    first.set("person.name", "Anna de Vries")
    second = first.copy()
    second.set("person.role", "primary school teacher")
    second.set("person.organisation", "De Regenboog")
    a = store.create_profile("Anna de Vries", answers=first)
    b = store.create_profile("Anna de Vries", answers=second)
    shown = {p.id: p.describe() for p in store.list_profiles("anna")}
    assert shown[a.id].startswith("data engineer · Northwind Logistics · ")
    assert shown[b.id].startswith("primary school teacher · De Regenboog · ")
    with pytest.raises(StoreError, match=f"matches 2 profiles: {b.id} Anna de Vries, {a.id}"):
        store.resolve("Anna de Vries")


# ── the migration from schema 1 ───────────────────────────────────────────────────────────

def test_a_schema_1_store_keeps_everything_and_its_edits(tmp_path: Path, answers: Answers) -> None:
    path = tmp_path / "profiles.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    schema.MIGRATIONS[0](conn)
    conn.execute("PRAGMA user_version = 1")
    doc = encode_answers(answers)
    older = answers.copy()
    older.set("future.learn", "something earlier")
    stamp = "2026-01-05T10:00:00.000000+00:00"
    for pid, name, current in ((1, "Maya Okafor", doc), (2, "Changed Since", doc)):
        conn.execute("INSERT INTO profiles (id, name, search_key, lang, notes, created, updated, "
                     "answers, before_headline, before_summary, before_source, before_date) "
                     "VALUES (?, ?, ?, 'en', 'a note', ?, ?, ?, 'Old', 'Old about', "
                     "'LinkedIn export x.zip', '2026-01-01')",
                     (pid, name, name.casefold(), stamp, stamp, current))
    made_for = (doc, encode_answers(older))
    for pid in (1, 2):
        conn.execute("INSERT INTO versions (profile_id, created, reason, answers, texts, "
                     "variants) VALUES (?, ?, 'edit', ?, ?, ?)",
                     (pid, stamp, made_for[pid - 1], json.dumps({"headline": MINE}),
                      json.dumps({"headline": YOURS, "summary": "full"})))
    conn.close()

    with Store(path) as s:
        assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == \
            schema.current_version()
        kept = s.get_profile(1)
        assert (kept.notes, kept.before and kept.before.headline) == ("a note", "Old")
        assert kept.answers.to_document() == answers.to_document()
        assert kept.edits["headline"].text == MINE and kept.record.stale() == []
        assert (kept.role, kept.organisation) == ("data engineer", "Northwind Logistics")
        assert s.get_profile(2).edits == {}  # made for older answers: not shown then either
        version = s.get_version(s.list_versions(1)[0].id)
        assert version.texts == {"headline": MINE} and version.edits["headline"].text == MINE
        assert [p.id for p in s.list_profiles()] == [2, 1]


# ── the store's file vanishing or replaced while open ─────────────────────────────────────

def _side(path: Path) -> list[Path]:
    return [path, Path(f"{path}-wal"), Path(f"{path}-shm")]


def test_a_store_deleted_while_open_writes_nothing_anywhere(store: Store,
                                                             answers: Answers) -> None:
    p = store.create_profile("Maya", answers=answers)
    for f in _side(store.path):
        f.unlink(missing_ok=True)
    for write in (lambda: store.save_answers(p.id, _answers_with("future.learn", "x")),
                  lambda: store.set_edit(p.id, "headline", MINE),
                  lambda: store.create_profile("New"),
                  lambda: store.delete_profile(p.id)):
        with pytest.raises(StoreMoved) as caught:
            write()
        assert caught.value.kind == "moved"
        assert "deleted or moved while open" in str(caught.value)
        assert "\n" not in str(caught.value)
    assert not any(f.exists() for f in _side(store.path))  # no new, empty store made


def test_a_store_replaced_while_open_leaves_the_new_file_alone(store: Store, answers: Answers,
                                                                tmp_path: Path) -> None:
    p = store.create_profile("Maya", answers=answers)
    other = tmp_path / "other.sqlite3"
    with Store(other) as s:
        s.create_profile("Someone else's client")
    for f in _side(store.path):
        f.unlink(missing_ok=True)
    shutil.copy(other, store.path)
    untouched = store.path.read_bytes()
    with pytest.raises(StoreMoved, match="another file was put in the profile store's place"):
        store.save_answers(p.id, _answers_with("future.learn", "x"))
    assert store.path.read_bytes() == untouched


def test_moved_while_open_says_so_in_the_interface_language(store: Store,
                                                            monkeypatch: pytest.MonkeyPatch
                                                            ) -> None:
    monkeypatch.setenv("LANG", "nl_NL.UTF-8")
    store.path.unlink()
    with pytest.raises(StoreMoved, match="verwijderd of verplaatst terwijl hij open was"):
        store.create_profile("x")


def test_opening_to_read_never_creates_a_store(tmp_path: Path) -> None:
    path = tmp_path / "data" / "profiles.sqlite3"
    with pytest.raises(StoreMissing) as caught:
        Store(path, create=False)
    assert caught.value.kind == "missing"
    assert not path.parent.exists()


# ── deleting for good ─────────────────────────────────────────────────────────────────────

def test_delete_removes_every_file_written_about_the_person(store: Store, answers: Answers,
                                                            tmp_path: Path) -> None:
    p = store.create_profile("Maya", answers=answers)
    keep = store.create_profile("Keeper", answers=answers)
    written = [tmp_path / "maya-handout.html", tmp_path / "exports" / "maya.md"]
    for f in written:
        f.parent.mkdir(exist_ok=True)
        f.write_text("Maya's words")
        store.record_file(p.id, f)
    planted = tmp_path / "maya-copy.txt"
    store.record_file(p.id, planted)
    planted.symlink_to(tmp_path / "someone-elses-file")  # a link put there since
    gone_already = tmp_path / "moved-away.md"
    store.record_file(p.id, gone_already)
    theirs = tmp_path / "keeper.md"
    theirs.write_text("Keeper's words")
    store.record_file(keep.id, theirs)

    report = store.delete_profile(p.id)
    assert sorted(report.removed) == sorted(f.absolute() for f in written)
    assert not any(f.exists() for f in written)
    assert [(k, why) for k, why in report.kept] == [
        (planted.absolute(), "not a regular file any more (a link or a folder is there now); "
                             "left alone")]
    assert planted.is_symlink() and theirs.exists() and report.gone and not report.problem
    assert store.files(keep.id) == [theirs.absolute()]


def test_delete_on_a_damaged_page_wipes_what_it_can_and_says_what_not(tmp_path: Path) -> None:
    path = tmp_path / "profiles.sqlite3"
    with Store(path) as s:
        ids = []
        for i in range(40):
            a = Answers("en")
            a.set("person.name", f"Client {i}")
            p = s.create_profile(f"Client {i}", answers=a, notes=f"NOTE{i:03d} " * 300)
            s.add_version(p.id, a, {"headline": f"KEPT{i:03d} " * 100}, {}, "copy")
            ids.append(p.id)
    data = bytearray(path.read_bytes())
    page = data.find(b"KEPT020") // 4096
    data[page * 4096] = 0  # no valid b-tree page type: "malformed"
    path.write_bytes(bytes(data))

    with Store(path) as s:
        report = s.delete_profile(ids[20])
        assert not report.gone and report.blanked
        assert "damaged (a damaged page)" in report.problem
        assert "1 version on a damaged page could not be wiped" in report.problem
        assert "disk is full" not in report.problem and "\n" not in report.problem
        assert s.get_profile(ids[21]).notes.startswith("NOTE021")  # the others are fine
    assert b"NOTE020" not in path.read_bytes()  # the profile's own words are overwritten


def test_delete_refuses_a_store_that_vanished(store: Store, answers: Answers) -> None:
    p = store.create_profile("Maya", answers=answers)
    os.remove(store.path)
    with pytest.raises(StoreMoved):
        store.delete_profile(p.id)


def test_the_id_of_a_deleted_client_never_names_another(store: Store) -> None:
    """Found trying it as a coach: `show 110` after deleting 110 showed "Anna Rossi 110"."""
    gone = store.create_profile("Bram Rossi")
    other = store.create_profile(f"Anna Rossi {gone.id}")
    store.delete_profile(gone.id)
    for ref in (str(gone.id), f"#{gone.id}"):
        with pytest.raises(StoreError, match=f"no profile with id or name '{ref}'"):
            store.resolve(ref)
    assert store.resolve(f"Rossi {gone.id}").id == other.id  # a name's part still works


def test_an_answers_file_is_the_same_import_only_with_the_same_answers(store: Store,
                                                                      answers: Answers) -> None:
    from wizard.core.store import ImportResult

    first = store.import_new(ImportResult(answers, kind="answers"))
    assert [p.id for p in store.same_import(ImportResult(answers, kind="answers"))] == [first.id]
    namesake = answers.copy()
    namesake.set("person.role", "primary school teacher")  # another client, the same name
    assert store.same_import(ImportResult(namesake, kind="answers")) == []
    assert store.same_import(ImportResult(namesake, kind="linkedin")) == []


def test_a_deleted_store_is_saved_again_whole_at_its_path(store: Store, answers: Answers) -> None:
    p = store.create_profile("Maya", answers=answers)
    store.set_notes(p.id, "met at the fair")
    for f in _side(store.path):
        f.unlink(missing_ok=True)
    with pytest.raises(StoreMoved):
        store.save_answers(p.id, _answers_with("future.learn", "x"))
    store.save_again()
    assert store.save_answers(p.id, _answers_with("future.learn", "x"))
    assert oct(store.path.stat().st_mode & 0o777) == "0o600"
    with Store(store.path) as reopened:
        kept = reopened.get_profile(p.id)
        assert kept.notes == "met at the fair"
        assert kept.answers.text("future.learn") == "x"


def test_saving_again_never_overwrites_a_file_put_in_the_stores_place(
        store: Store, answers: Answers) -> None:
    store.create_profile("Maya", answers=answers)
    for f in _side(store.path):
        f.unlink(missing_ok=True)
    store.path.write_bytes(b"someone else's")
    with pytest.raises(StoreMoved, match="another file was put"):
        store.save_again()
    assert store.path.read_bytes() == b"someone else's"


def test_answers_kept_before_there_were_limits_still_open(store: Store, answers: Answers) -> None:
    """A file or a field refuses an answer over 2,000 characters (model.MAX_ANSWER_CHARS),
    but a profile the store kept before that limit must open whole, not become unreadable."""
    long = "grow teams that ship " * 200  # 4,200 characters
    answers.values["offer.help"] = long.strip()  # as the store took it before the limit
    p = store.create_profile("Maya", answers=answers)
    assert store.get_profile(p.id).answers.text("offer.help") == long.strip()
