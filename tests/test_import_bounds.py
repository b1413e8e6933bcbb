"""Hostile and broken files given to `profiles import`: each ends at once with one clear line
(exit 2), nothing is stored, and nothing from the file reaches the terminal raw."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from wizard.cli import cli
from wizard.core import linkedin
from wizard.core.positions import Position, latest_position, parse_date, sensible_skills
from wizard.core.store import Store

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "linkedin"
EXPORT_ZIP = FIXTURES / "Basic_LinkedInDataExport_03-01-2026.zip"
PROFILE_HEAD = "First Name,Last Name,Headline,Summary\r\n"


def run(*args: str | Path) -> Result:
    return CliRunner().invoke(cli, ["profiles", *map(str, args)])


def refused(path: Path, pattern: str) -> str:
    """The import's contract for a bad file: exit 2, one line naming the file, no store row."""
    started = time.monotonic()
    result = run("import", path)
    assert time.monotonic() - started < 5
    assert result.exit_code == 2, result.output
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("profile-wizard: error: "), lines[0]
    assert pattern in lines[0], lines[0]
    assert "Traceback" not in result.output and "\x1b" not in result.output
    with Store() as store:
        assert store.count_profiles() == 0
    return lines[0]


def zip_of(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_is_refused_at_once_by_the_installed_command(tmp_path: Path) -> None:
    fifo = tmp_path / "export.zip"
    os.mkfifo(fifo)
    done = subprocess.run([sys.executable, "-m", "wizard", "profiles", "import", str(fifo)],
                          capture_output=True, text=True, timeout=20)
    assert done.returncode == 2
    assert done.stderr == f"profile-wizard: error: {fifo}: not a regular file (a pipe or a " \
                          "device); give the ZIP, CSV, JSON or answers file itself\n"


def test_a_corrupt_zip_stream(tmp_path: Path) -> None:
    data = bytearray(EXPORT_ZIP.read_bytes())
    start = data.find(b"Positions.csv") + 40  # inside the deflated bytes of a member
    data[start:start + 200] = bytes(200)
    broken = tmp_path / "broken.zip"
    broken.write_bytes(bytes(data))
    line = refused(broken, f"{broken}: ")
    assert "the ZIP file is damaged" in line or "not a readable ZIP file" in line


def test_a_truncated_zip(tmp_path: Path) -> None:
    cut = tmp_path / "cut.zip"
    cut.write_bytes(EXPORT_ZIP.read_bytes()[:900])
    refused(cut, "not a readable ZIP file")


def test_a_zip_bomb_member_is_refused_unread(tmp_path: Path) -> None:
    bomb = zip_of(tmp_path / "bomb.zip", {"Profile.csv": PROFILE_HEAD.encode() + bytes(30_000_000)})
    assert bomb.stat().st_size < 100_000
    refused(bomb, "Profile.csv in the ZIP is too large for a profile (over 20 MB)")


def test_a_zip_that_unpacks_to_far_more_than_an_export(tmp_path: Path) -> None:
    big = bytes(15_000_000)
    bomb = zip_of(tmp_path / "bomb.zip", {"Profile.csv": PROFILE_HEAD.encode() + b"a,b,c,d\r\n",
                                          "Positions.csv": big, "Skills.csv": big,
                                          "Profile Summary.csv": big})
    refused(bomb, "the ZIP file unpacks to far more than a LinkedIn export (over 40 MB)")


def test_a_zip_with_too_many_members(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(linkedin, "MAX_MEMBERS", 50)  # the same rule, a smaller number
    many = zip_of(tmp_path / "many.zip", {f"f{i}.txt": b"" for i in range(51)})
    refused(many, "a ZIP file with 51 files: too many for LinkedIn's export (at most 50)")


def test_member_names_with_escapes_are_shown_harmless(tmp_path: Path) -> None:
    name = "evil\x1b]0;pwned\x07\x1b[2J/Profile.csv"
    bomb = zip_of(tmp_path / "names.zip", {name: PROFILE_HEAD.encode() + bytes(21_000_000)})
    line = refused(bomb, "in the ZIP is too large")
    assert "evil?]0;pwned??[2J/Profile.csv" in line and "\x07" not in line


def test_a_deeply_nested_json_resume(tmp_path: Path) -> None:
    deep = tmp_path / "resume.json"
    deep.write_text('{"basics": ' + '{"a": ' * 100_000 + "1" + "}" * 100_001)
    refused(deep, "the JSON is nested too deeply to be a resume")


@pytest.mark.parametrize(("name", "text"), [
    ("resume.json", '{"basics": {"name": "x"}, "n": 1' + "0" * 5000 + "}"),
    ("answers.toml", 'schema = 1\nlang = "en"\nn = 1' + "0" * 5000 + "\n"),
])
def test_integers_over_4300_digits(tmp_path: Path, name: str, text: str) -> None:
    path = tmp_path / name
    path.write_text(text)
    refused(path, "a number with too many digits (over 4,300): not a profile")


def test_a_csv_with_an_unbalanced_quote_is_not_a_garbled_profile(tmp_path: Path) -> None:
    csv = tmp_path / "Profile.csv"
    csv.write_text("\ufeff" + PROFILE_HEAD + 'Anna,de Vries,Teacher,"She teaches\r\nand more\r\n',
                   encoding="utf-8")
    refused(csv, "not valid CSV (line 3): unexpected end of data")
    stray = tmp_path / "stray.csv"
    stray.write_text(PROFILE_HEAD + 'Anna,"de Vries" Jr,Teacher,x\r\n', encoding="utf-8")
    refused(stray, "not valid CSV (line 2): ',' expected after '\"'")


def test_a_200_kb_about_is_called_what_it_is(tmp_path: Path) -> None:
    about = "I help people. " * 14_000
    csv = tmp_path / "Profile.csv"
    csv.write_text(PROFILE_HEAD + f'Anna,de Vries,Teacher,"{about}"\r\n', encoding="utf-8")
    refused(csv, "the About text (Summary) is too long for a LinkedIn profile (210,000 "
                 "characters; LinkedIn allows 2,600)")


@pytest.mark.parametrize(("data", "message"), [
    (b"", "the file is empty"),
    (b"\xef\xbb\xbf", "the file is empty"),
    (b"\xef\xbb\xbf  \n", "the file is empty"),
    (b"[1, 2]", "the JSON is not an object"),
    (b'{"x": 1}', "JSON without 'basics' (JSON Resume) or 'schema' (answers file)"),
    (b"Hello, just some text\n", "not a LinkedIn export (ZIP or Profile.csv), a JSON Resume"),
])
def test_other_files_that_are_no_profile(tmp_path: Path, data: bytes, message: str) -> None:
    path = tmp_path / "thing.json"
    path.write_bytes(data)
    refused(path, message)


def test_a_folder_of_exports_with_one_bad_one_imports_the_rest(tmp_path: Path) -> None:
    (tmp_path / "good.zip").write_bytes(EXPORT_ZIP.read_bytes())
    (tmp_path / "bad.zip").write_bytes(b"PK\x03\x04 not really")
    result = run("import", tmp_path)
    assert result.exit_code == 2
    assert "bad.zip: not a readable ZIP file" in result.stderr
    assert "as profile 1 'Jonas Becker'" in result.stdout


# ── the export's own data: positions, dates, skills ──────────────────────────────────────

@pytest.mark.parametrize(("text", "iso"), [
    ("Nov 2019", "2019-11-01"), ("Sept. 2019", "2019-09-01"), ("okt. 2019", "2019-10-01"),
    ("maart 2020", "2020-03-01"), ("settembre 2018", "2018-09-01"), ("févr. 2021", "2021-02-01"),
    ("juil. 2018", "2018-07-01"), ("2019-11", "2019-11-01"), ("11/2019", "2019-11-01"),
    ("3/11/2019", "2019-11-03"), ("2019", "2019-01-01"), ("2019-13", "2019-01-01"),
    ("", None), ("Present", None), ("heden", None),
])
def test_odd_dates(text: str, iso: str | None) -> None:
    got = parse_date(text)
    assert (got.isoformat() if got else None) == iso


def test_the_most_recent_position_is_the_one_still_held() -> None:
    positions = [Position("Analyst", "A", "Jan 2015", "Dec 2018"),
                 Position("Lead", "B", "Mar 2019", ""),
                 Position("Adviser", "C", "2021", ""),  # held too, started later
                 Position("", "D", "2023", ""),  # no title: no role to suggest
                 Position("Consultant", "E", "2019", "okt. 2024")]
    assert latest_position(positions) == positions[2]
    ended = [p for p in positions if p.finished]
    assert latest_position(ended) == ended[-1]  # none held: the one that ended last


def test_at_most_five_sensible_skills() -> None:
    names = ["SQL", "Python (Programming Language)", "sql", "2019", "", "Data Analysis",
             "Communicating complex quantitative findings to non-technical audiences",
             "x" * 41, "Power BI", "dbt", "Tableau"]
    assert sensible_skills(names) == ("SQL", "Python", "Data Analysis", "Power BI", "dbt")


def test_the_zip_and_the_unpacked_folder_say_the_same(tmp_path: Path) -> None:
    from wizard.core.importers import read_any

    zipped, folder = read_any(EXPORT_ZIP), read_any(FIXTURES / "export")
    assert zipped.suggested == folder.suggested and zipped.name == folder.name
    assert zipped.before and folder.before
    assert (zipped.before.headline, zipped.before.summary) == \
        (folder.before.headline, folder.before.summary)
    with zipfile.ZipFile(EXPORT_ZIP) as zf:  # the fixture ZIP is the folder, zipped
        assert {i.filename: zf.read(i) for i in zf.infolist()} == \
            {p.name: p.read_bytes() for p in (FIXTURES / "export").iterdir()}


def test_read_zip_takes_an_open_file() -> None:
    got = linkedin.read_zip(io.BytesIO(EXPORT_ZIP.read_bytes()))
    assert got.position is not None and got.position.title == "Senior Data Analyst"
    assert got.skills[:2] == ("SQL", "Python")


PROFILE_CSV = (FIXTURES / "Profile.csv").read_bytes()


@pytest.mark.parametrize(("data", "line"), [
    (PROFILE_CSV.replace(b",", b"\x00,", 3), 1),  # 'First Name\0': the name column is lost
    (PROFILE_CSV.replace(b",", b"\x00,", 1), 1),  # only the first name lost: 'Okafor'
    (b"First Name,Last Name,Headline\n\x00,\x00,\x00\n", 2),
], ids=["header", "first-name", "cells"])
def test_a_csv_with_a_nul_character_is_refused_not_imported_empty(
        tmp_path: Path, data: bytes, line: int) -> None:
    path = tmp_path / "Profile.csv"
    path.write_bytes(data)
    refused(path, f"{path}: holds a NUL character (line {line}), so it is not plain text")


def test_a_nul_character_in_a_zip_member_names_the_member(tmp_path: Path) -> None:
    bad = zip_of(tmp_path / "export.zip",
                 {"Profile.csv": PROFILE_CSV, "Skills.csv": b"Name\nSQL\x00\n"})
    refused(bad, f"{bad}: Skills.csv holds a NUL character (line 2)")


@pytest.mark.parametrize("data", [
    PROFILE_CSV.decode("utf-8-sig").encode("utf-16-le"),  # Excel's "Unicode text", no mark
    PROFILE_CSV.decode("utf-8-sig").encode("utf-16-be"),
    PROFILE_CSV.decode("utf-8-sig").encode("utf-32"),  # a mark that starts like UTF-16's
    PROFILE_CSV.decode("utf-8-sig").encode("utf-16"),
    PROFILE_CSV.replace(b"\n", b"\r\n"),
    PROFILE_CSV.replace(b"\n", b"\r"),
    b"\xef\xbb\xbf" + PROFILE_CSV,  # two byte-order marks
], ids=["utf16le", "utf16be", "utf32", "utf16-bom", "crlf", "cr", "two-boms"])
def test_a_profile_csv_in_any_encoding_a_spreadsheet_saves_imports_the_person(
        tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "Profile.csv"
    path.write_bytes(data)
    result = run("import", path)
    assert result.exit_code == 0, result.output
    assert "as profile 1 'Maya Okafor'" in result.output


@pytest.mark.parametrize(("name", "data"), [
    ("resume.json", b'{"basics": {}}'),
    ("resume.json", b'{"basics": {"name": "", "label": null}, "work": []}'),
    ("Profile.csv", b"Headline,Summary\n\x01\x02,\x1b[2J\n"),  # cells of control characters
])
def test_a_file_with_nothing_of_a_profile_in_it_is_refused(
        tmp_path: Path, name: str, data: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    refused(path, f"{path}: no name, headline, About, position or skill in it: nothing to import")
