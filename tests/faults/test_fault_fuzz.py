"""Faults found by fuzzing: real files (answers, JSON Resume, LinkedIn CSV and ZIP) mutated.

Whatever the bytes, the answers-file parser raises only AnswersError and the importers only
ImportFileError: one line, naming the file, with no control character in it. Any other
exception (a KeyError, a csv.Error, a zipfile.BadZipFile, a RecursionError) is a bug that
the command line would show as "unexpected error" with status 70.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from faultkit import assert_clean
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from wizard.core.importers import ImportFileError, read_any
from wizard.core.model import AnswersError, load

FIXTURES = Path(__file__).parents[1] / "fixtures"
SEEDS = {
    "maya.toml": (FIXTURES / "answers" / "en-maya.toml").read_bytes(),
    "hostile.toml": (FIXTURES / "answers" / "en-robert-hostile.toml").read_bytes(),
    "long.json": (FIXTURES / "answers" / "en-long.json").read_bytes(),
    "resume.json": (FIXTURES / "jsonresume" / "career.json").read_bytes(),
    "Profile.csv": (FIXTURES / "linkedin" / "Profile.csv").read_bytes(),
}
EXPORT = (FIXTURES / "linkedin" / "Basic_LinkedInDataExport_03-01-2026.zip").read_bytes()
FUZZ = settings(max_examples=60, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.function_scoped_fixture])

# What a mutation puts in: the syntax of every format, escapes, huge numbers, deep nesting.
PIECES = [b'"', b"'", b"\\", b"\\u0000", b"\\ud800", b"[", b"]", b"{", b"}", b",", b"=", b":",
          b".", b"\n", b"\r", b"\x00", b"\x1b]0;PWNED\x07", b"\xc2\x9b", b"\xe2\x80\xae",
          b"\xff\xfe", b"\xef\xbb\xbf", b"9" * 5000, b"1e999", b"-0", b"NaN", b"true", b"null",
          b"[" * 3000, b"{\"a\":" * 3000, b"a." * 200, b'"""', b"'''", b"\t", b"PK\x03\x04",
          b"x" * 3000, b'"basics": {}', b"schema = 1", b'"lang": "nl"', b"First Name,Headline\n"]
edit = st.tuples(st.floats(0, 1), st.sampled_from(["insert", "delete", "replace", "cut"]),
                 st.one_of(st.sampled_from(PIECES), st.binary(min_size=1, max_size=8)))


def mutate(data: bytes, edits: list[tuple[float, str, bytes]]) -> bytes:
    for where, how, piece in edits:
        at = int(where * len(data))
        if how == "insert":
            data = data[:at] + piece + data[at:]
        elif how == "delete":
            data = data[:at] + data[at + len(piece) * 4:]
        elif how == "replace":
            data = data[:at] + piece + data[at + len(piece):]
        else:
            data = data[:at]
    return data


def one_safe_line(message: str, path: Path) -> None:
    assert message and "\n" not in message and "Traceback" not in message, message
    assert path.name in message or path.name.encode() not in message.encode(), message
    assert_clean(message.encode("utf-8", "surrogateescape"))


@FUZZ
@given(st.sampled_from(["maya.toml", "hostile.toml", "long.json"]), st.lists(edit, max_size=5))
@example("maya.toml", [(0.5, "insert", b"9" * 5000)])
@example("long.json", [(0.2, "insert", b"[" * 3000)])
def test_the_answers_parser_raises_only_its_own_error(tmp_path: Path, seed: str,
                                                      edits: list[tuple[float, str, bytes]]
                                                      ) -> None:
    path = tmp_path / seed
    path.write_bytes(mutate(SEEDS[seed], edits))
    try:
        load(path, partial=True)
    except AnswersError as exc:
        one_safe_line(str(exc), path)


@FUZZ
@given(st.sampled_from(sorted(SEEDS)), st.lists(edit, max_size=5))
@example("Profile.csv", [(0.5, "insert", b'"')])  # an unbalanced quote
@example("resume.json", [(0.3, "insert", b'{"a":' * 3000)])
def test_the_importers_raise_only_their_own_error(tmp_path: Path, seed: str,
                                                 edits: list[tuple[float, str, bytes]]) -> None:
    path = tmp_path / seed
    path.write_bytes(mutate(SEEDS[seed], edits))
    try:
        read_any(path)
    except ImportFileError as exc:
        one_safe_line(str(exc), path)


def _members() -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(EXPORT)) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


MEMBERS = _members()


@FUZZ
@given(st.dictionaries(st.sampled_from(sorted(MEMBERS)), st.lists(edit, max_size=4),
                       max_size=3),
       st.sampled_from(["", "\x1b]0;PWNED\x07", "../", "a/" * 40, "Profile.csv/"]),
       st.lists(edit, max_size=2))
@example({}, "", [(0.6, "cut", b"x")])  # a truncated archive
def test_the_zip_importer_raises_only_its_own_error(tmp_path: Path,
                                                    changed: dict[str, list[tuple[float, str,
                                                                                  bytes]]],
                                                    prefix: str,
                                                    raw: list[tuple[float, str, bytes]]) -> None:
    """Mutated members under odd names, then the archive's own bytes mutated."""
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in MEMBERS.items():
            zf.writestr(prefix + name if name in changed else name,
                        mutate(data, changed.get(name, [])))
    path = tmp_path / "export.zip"
    path.write_bytes(mutate(archive.getvalue(), raw))
    try:
        read_any(path)
    except ImportFileError as exc:
        one_safe_line(str(exc), path)


@pytest.mark.parametrize("seed", sorted(SEEDS))
def test_every_seed_imports(tmp_path: Path, seed: str) -> None:
    """The fuzzing starts from files that import: else it would only test the first error."""
    path = tmp_path / seed
    path.write_bytes(SEEDS[seed])
    assert read_any(path).name
