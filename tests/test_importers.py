"""Tests for reading an existing profile: LinkedIn export, JSON Resume and answers files."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import pytest

from wizard.core import linkedin
from wizard.core.exporters import json_resume
from wizard.core.importers import Before, ImportFileError, check_before, read_any
from wizard.core.langguess import guess_language
from wizard.core.model import dumps, load
from wizard.core.render import Renderer

FIXTURES = Path(__file__).parent / "fixtures"
LINKEDIN = FIXTURES / "linkedin"
RESUME = FIXTURES / "jsonresume"
SAMPLES = Path(__file__).parent.parent / "wizard" / "data" / "lang" / "en" / "samples"


def make_zip(path: Path, members: dict[str, Path | bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, src in members.items():
            zf.writestr(name, src.read_bytes() if isinstance(src, Path) else src)
    return path


def codes(imported_checks: dict, output: str) -> list[str]:
    return [f.code for f in imported_checks[output].findings]


def test_profile_csv_with_bom_crlf_and_quoted_multiline_summary() -> None:
    raw = (LINKEDIN / "Profile.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw  # the fixture is what we claim
    got = read_any(LINKEDIN / "Profile.csv")
    assert got.kind == "linkedin"
    assert got.name == "Maya Okafor"
    assert got.before is not None
    assert got.before.headline.startswith("Motivated Data Engineer | Open to work")
    # paragraphs survive, carriage returns do not, quotes inside the cell are unescaped
    assert got.before.summary.split("\n\n")[0].endswith('"big data" projects.')
    assert len(got.before.summary.split("\n\n")) == 2
    assert "\r" not in got.before.summary
    assert got.details == {"industry": "IT Services and IT Consulting",
                           "location": "Rotterdam, South Holland, Netherlands"}
    assert got.lang == "en"
    assert got.answers is None


def test_old_texts_are_checked_like_new_ones() -> None:
    got = read_any(LINKEDIN / "Profile.csv")
    assert codes(got.checks, "headline").count("begging") == 2
    assert "buzzword" in codes(got.checks, "headline")
    assert "buzzword" in codes(got.checks, "summary")
    assert got.checks["headline"].length == len(got.before.headline)  # type: ignore[union-attr]
    assert all(r.variant == "before" for r in got.checks.values())


def test_semicolon_csv_saved_by_a_dutch_spreadsheet_is_read_by_header_name() -> None:
    got = read_any(LINKEDIN / "Profile-semicolon.csv")
    assert got.name == "Sam de Vries"
    assert got.before is not None
    assert got.before.headline == "Leerkracht basisonderwijs | op zoek naar een nieuwe uitdaging"
    assert got.before.summary.startswith("Ik ben een gedreven")
    assert got.lang == "nl"
    assert got.details["location"] == "Utrecht, Nederland"


def test_utf16_tab_separated_csv_from_a_spreadsheet(tmp_path: Path) -> None:
    text = "First Name\tLast Name\tHeadline\tSummary\r\nAnna\tRossi\tInsegnante di italiano\t\r\n"
    path = tmp_path / "profilo.txt"
    path.write_bytes(text.encode("utf-16"))
    got = read_any(path)
    assert (got.name, got.before.headline if got.before else None) == (
        "Anna Rossi", "Insegnante di italiano")


def test_zip_found_by_content_with_nested_lowercase_members(tmp_path: Path) -> None:
    path = make_zip(tmp_path / "export.download", {
        "Basic_LinkedInDataExport_11-22-2025/Connections.csv": b"First Name,Last Name\n",
        "Basic_LinkedInDataExport_11-22-2025/profile.CSV": LINKEDIN / "Profile.csv",
    })
    got = read_any(path)
    assert got.kind == "linkedin"
    assert got.name == "Maya Okafor"
    assert got.before is not None and got.before.source == "LinkedIn export export.download"


def test_zip_takes_the_about_text_from_profile_summary_csv(tmp_path: Path) -> None:
    path = make_zip(tmp_path / "Basic.zip", {
        "Profile.csv": LINKEDIN / "Profile-no-summary.csv",
        "Profile Summary.csv": LINKEDIN / "Profile Summary.csv",
    })
    got = read_any(path)
    assert got.name == "Giulia Bianchi"
    assert got.before is not None
    assert got.before.headline == "Consulente HR per le PMI"
    assert got.before.summary.startswith("Aiuto le piccole e medie imprese")
    assert "\n\n" in got.before.summary
    assert got.lang == "it"


def test_summary_in_profile_csv_wins_over_profile_summary_csv(tmp_path: Path) -> None:
    path = make_zip(tmp_path / "Basic.zip", {
        "a/Profile.csv": LINKEDIN / "Profile.csv",
        "a/Profile Summary.csv": LINKEDIN / "Profile Summary.csv",
    })
    got = read_any(path)
    assert got.before is not None and got.before.summary.startswith("Passionate")


def test_profile_summary_csv_alone() -> None:
    got = read_any(LINKEDIN / "Profile Summary.csv")
    assert got.kind == "linkedin" and got.name == ""
    assert got.before is not None and got.before.headline == ""
    assert list(got.checks) == ["summary"]


def test_csv_with_note_lines_above_the_header(tmp_path: Path) -> None:
    path = tmp_path / "Profile.csv"
    path.write_text("Notes:\n\"Exported by LinkedIn\"\n\nFirst Name,Last Name,Headline\n"
                    "Maya,Okafor,Data engineer\n", encoding="utf-8")
    assert read_any(path).name == "Maya Okafor"


def test_json_resume_basics() -> None:
    got = read_any(RESUME / "resume.json")
    assert got.kind == "jsonresume"
    assert got.name == "Maya Okafor"
    assert got.before is not None
    assert got.before.headline == "Data Engineer | Python Expert | Team Player | Open to work"
    assert got.before.summary == ("I am a passionate data engineer.\n\n"
                                  "I help teams with data pipelines and dashboards.")
    assert "begging" in codes(got.checks, "headline")
    assert got.lang == "en"


def test_our_own_json_resume_comes_back_with_its_language(tmp_path: Path) -> None:
    answers = load(SAMPLES / "full.toml")
    doc = json_resume(answers, Renderer().render(answers))
    path = tmp_path / "export.txt"  # the extension says nothing: the content decides
    path.write_text(json.dumps(doc), encoding="utf-8")
    got = read_any(path)
    assert got.kind == "jsonresume" and got.lang == "en"
    assert got.before is not None and got.before.headline == doc["basics"]["label"]


@pytest.mark.parametrize("fmt", ["toml", "json"])
def test_answers_file_in_either_format_whatever_its_name(tmp_path: Path, fmt: str) -> None:
    answers = load(SAMPLES / "full.toml")
    path = tmp_path / "profile.dat"
    path.write_text(dumps(answers, fmt), encoding="utf-8")  # type: ignore[arg-type]
    got = read_any(path)
    assert got.kind == "answers"
    assert got.answers is not None and got.answers.values == answers.values
    assert got.name == "Maya Okafor" and got.lang == "en" and got.before is None
    assert got.seed().values == answers.values


def test_unfinished_answers_file_is_imported(tmp_path: Path) -> None:
    path = tmp_path / "half.toml"
    path.write_text('schema = 1\nlang = "en"\n[person]\nname = "Sam"\n', encoding="utf-8")
    got = read_any(path)
    assert got.answers is not None and "person.role" in got.answers.missing()


def test_seed_carries_the_name_into_new_answers() -> None:
    seed = read_any(LINKEDIN / "Profile.csv").seed()
    assert seed.text("person.name") == "Maya Okafor" and seed.lang == "en"
    assert "person.role" in seed.missing()


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


BAD = [
    ("empty.csv", b"", "the file is empty"),
    ("notes.txt", "Dear diary,\nthis is not a profile.\n",
     "not a LinkedIn export (ZIP or Profile.csv), a JSON Resume or an answers file"),
    ("broken.zip", b"PK\x03\x04 this is not really a zip", "not a readable ZIP file"),
    ("list.json", "[1, 2]", "the JSON is not an object"),
    ("other.json", '{"name": "x"}', "JSON without 'basics' (JSON Resume) or 'schema'"),
    ("bad.json", '{"basics": {', "not valid JSON"),
    ("bad.toml", 'schema = 1\nlang = "en\n', "not valid TOML"),
    ("typo.toml", 'schema = 1\nlang = "en"\n[person]\nnmae = "x"\n', "unknown key 'person.nmae'"),
    ("newer.json", '{"schema": 9, "lang": "en"}', "made by a newer version"),
]


@pytest.mark.parametrize(("name", "data", "message"), BAD, ids=[b[0] for b in BAD])
def test_bad_files_give_one_line_naming_the_file(tmp_path: Path, name: str, data: bytes | str,
                                                  message: str) -> None:
    path = write(tmp_path, name, data)
    with pytest.raises(ImportFileError) as info:
        read_any(path)
    text = str(info.value)
    assert text.startswith(f"{path}: ") and message in text
    assert "\n" not in text
    assert isinstance(info.value, ValueError)


@pytest.mark.parametrize(("fixture", "message"), [
    (LINKEDIN / "Profile-header-only.csv", "Profile.csv has a header but no profile row"),
    (LINKEDIN / "Profile-not-utf8.csv", "not UTF-8 text (byte 148)"),
    (RESUME / "bad-summary.json", "'basics.summary' must be a text, not a number"),
    (RESUME / "bad-basics.json", "'basics' must be an object"),
])
def test_bad_fixtures(fixture: Path, message: str) -> None:
    with pytest.raises(ImportFileError) as info:
        read_any(fixture)
    assert str(info.value).startswith(f"{fixture}: {message}")


def test_zip_without_a_profile(tmp_path: Path) -> None:
    path = make_zip(tmp_path / "photos.zip", {"holiday.jpg": b"\xff\xd8"})
    with pytest.raises(ImportFileError, match=r"photos\.zip: a ZIP file without Profile\.csv"):
        read_any(path)


def test_zip_member_larger_than_a_profile_can_be(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(linkedin, "MAX_MEMBER_BYTES", 100)
    path = make_zip(tmp_path / "big.zip", {"Profile.csv": LINKEDIN / "Profile.csv"})
    with pytest.raises(ImportFileError, match="too large for a profile"):
        read_any(path)


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match="no such file"):
        read_any(tmp_path / "nope.zip")
    with pytest.raises(ImportFileError, match="is a directory"):
        read_any(tmp_path)


def test_unreadable_file_names_the_reason(tmp_path: Path) -> None:
    path = shutil.copy(LINKEDIN / "Profile.csv", tmp_path / "Profile.csv")
    Path(path).chmod(0)
    try:
        Path(path).read_bytes()
    except PermissionError:
        with pytest.raises(ImportFileError, match="cannot read"):
            read_any(Path(path))
    else:
        pytest.skip("running as a user who can read any file (root)")


def test_check_before_uses_only_the_name_as_fact() -> None:
    before = Before("Data engineer for logistics scale-ups", "I help you with data.", "x")
    checked = check_before(before, "en", name="Maya Okafor")
    assert set(checked) == {"headline", "summary"}
    # no new role given, so the old headline is not blamed for missing it
    assert "role_in_fold" not in codes(checked, "headline")
    assert check_before(Before(), "en") == {}
    assert not Before()


def test_check_before_in_an_unknown_language_falls_back_to_english() -> None:
    checked = check_before(Before("Open to work", "", ""), "xx")
    assert "begging" in codes(checked, "headline")


@pytest.mark.parametrize(("texts", "lang"), [
    (("Data engineer for scale-ups", "I help small teams trust their numbers and I love it."),
     "en"),
    (("Leerkracht", "Ik help scholen met een leesplan voor de kinderen die achterlopen."), "nl"),
    (("Consulente", "Aiuto le scuole con un piano di lettura per i bambini che sono indietro."),
     "it"),
    (("Conseillère en insertion", "J'accompagne les personnes qui cherchent un emploi dans "
      "leur région, avec patience et méthode."), "fr"),
    (("Ingénieure", "Je suis ingénieure et je conçois des réseaux de chaleur pour les villes."),
     "fr"),
    (("Data engineer",), None),
    (("", ""), None),
])
def test_guess_language(texts: tuple[str, ...], lang: str | None) -> None:
    assert guess_language(*texts) == lang


def test_a_file_larger_than_a_profile_is_refused_unread(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from wizard.core import importers

    monkeypatch.setattr(importers, "MAX_BYTES", 100)
    with pytest.raises(ImportFileError, match="too large for a profile"):
        read_any(LINKEDIN / "Profile.csv")  # 558 bytes
    zipped = make_zip(tmp_path / "Basic.zip", {"Profile.csv": LINKEDIN / "Profile.csv"})
    assert zipped.stat().st_size > 100
    assert read_any(zipped).name == "Maya Okafor"  # a ZIP is read member by member
