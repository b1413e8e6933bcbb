"""Faults: hostile and pathological answers files, given to `render` and to the app's loader.

Each case ends well within the limit with one line that names the file and the problem, in
the interface language, and no control character of the file's reaches the terminal.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from faultkit import ERROR, HOSTILE_NAMES, answers_text, assert_clean, needs_wizard, run

HEAD = 'schema = 1\nlang = "en"\n'

BOUNDED: list[tuple[str, bytes, str]] = [
    # a 200 KB TOML with one 100,000-part dotted key: tomllib alone runs for minutes
    ("dotted.toml", HEAD.encode() + b"a" + b".a" * 99_999 + b" = 1\n", "a key of more than 64"),
    ("inline-dotted.toml", HEAD.encode() + b"x = {" + b"a." * 99_999 + b"a = 1}\n",
     "a key of more than 64"),
    ("bigint.toml", HEAD.encode() + b"x = " + b"9" * 5000 + b"\n", "more than 4300 digits"),
    ("bigint.json", b'{"schema": 1, "lang": "en", "x": ' + b"9" * 5000 + b"}",
     "more than 4300 digits"),
    ("dup.json", b'{"schema": 1, "lang": "en", "person": {"name": "a", "name": "b"}}',
     "'person.name' is given twice"),
    ("dup-top.json", b'{"schema": 1, "lang": "en", "lang": "nl"}', "'lang' is given twice"),
    ("bom.toml", b"\xef\xbb\xbf", "the file is empty"),
    ("bom.json", b"\xef\xbb\xbf \n", "the file is empty"),
    ("empty.toml", b"", "the file is empty"),
    ("deep.json", b"[" * 200_000 + b"]" * 200_000, "nested too deeply"),
    ("deep.toml", HEAD.encode() + b"x = " + b"[" * 20_000 + b"]" * 20_000, "nested too deeply"),
    ("deep-table.toml", HEAD.encode() + b"x = " + b"{a = " * 20_000 + b"1" + b"}" * 20_000,
     "nested too deeply"),
    # UTF-32 starts with UTF-16's byte-order mark: it was called UTF-16
    ("utf32.toml", (HEAD + "[person]\nname = 'Eve'\n").encode("utf-32"), "(it is UTF-32)"),
    ("utf32be.toml", (HEAD + "[person]\nname = 'Eve'\n").encode("utf-32-be"), "(it is UTF-32)"),
    ("utf16.toml", (HEAD + "[person]\nname = 'Eve'\n").encode("utf-16"), "(it is UTF-16)"),
    ("long-string.toml", HEAD.encode() + b'[person]\nname = "' + b"x." * 4_000 + b'"\n',
     "'person.name' is 8,000 characters long: an answer may be at most 2,000"),
    # a 900,000-character answer: every text is made from it in several variants, for minutes
    ("huge-answer.toml", HEAD.encode() + b'[offer]\nhelp = "' + b"grow teams that ship " * 45_000
     + b'"\n', "'offer.help' is 944,999 characters long: an answer may be at most 2,000"),
    ("huge-answer.json", b'{"schema": 1, "lang": "en", "future": {"doing": "' + b"x" * 900_000
     + b'"}}', "'future.doing' is 900,000 characters long: an answer may be at most 2,000"),
    ("many-items.toml", HEAD.encode() + b"[expertise]\nareas = [" + b'"sql", ' * 10_000 + b"]\n",
     "'expertise.areas' holds 10,000 items: a list may hold at most 20"),
    ("long-item.toml", HEAD.encode() + b'[drivers]\nvalues = ["' + b"care " * 200 + b'"]\n',
     "an item of 'drivers.values' is 999 characters long: an item may be at most 500"),
]


@needs_wizard
@pytest.mark.parametrize(("name", "content", "expected"), BOUNDED, ids=[c[0] for c in BOUNDED])
def test_pathological_files_end_fast_with_one_line(tmp_path: Path, name: str, content: bytes,
                                                   expected: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    done = run("render", path, cwd=tmp_path)
    done.one_error_line(name, expected)


HOSTILE_VALUES = [
    ('lang = "\\u001b]0;PWNED\\u0007en"', "unknown language '?]0;PWNED?en'"),
    ('"\\u001b]52;c;aGFja2Vk\\u0007" = 1', "unknown key '?]52;c;aGFja2Vk?'"),
    ('[person]\n"\\u009b31m\\u202ename" = "x"', "unknown key 'person.?31m?name'"),
    ('[drivers]\nvalues = "\\u001b[2Jclarity"', "'drivers.values' must be a list of texts"),
    ('"' + "k" * 100_000 + '" = 1', "unknown key 'kkkk"),
]


@needs_wizard
@pytest.mark.parametrize(("line", "expected"), HOSTILE_VALUES,
                         ids=[v[1][:24] for v in HOSTILE_VALUES])
@pytest.mark.parametrize("fmt", ["text", "json"])
def test_hostile_keys_and_values_are_shown_safely(tmp_path: Path, line: str, expected: str,
                                                  fmt: str) -> None:
    path = tmp_path / "hostile.toml"
    head = "schema = 1\n" if line.startswith("lang") else HEAD
    path.write_text(f"{head}{line}\n", encoding="utf-8")
    message = run("render", path, "--format", fmt, cwd=tmp_path).one_error_line(expected)
    assert len(message) < 700  # a 100,000-character key is cut, the line still says what


@needs_wizard
@pytest.mark.parametrize("name", HOSTILE_NAMES, ids=range(len(HOSTILE_NAMES)))
def test_a_hostile_file_name_in_an_error_is_shown_safely(tmp_path: Path, name: str) -> None:
    path = tmp_path / f"{name}.toml"
    path.write_text("schema = 1\n", encoding="utf-8")
    done = run("render", path, cwd=tmp_path)
    done.one_error_line("missing required answer 'lang'")


@needs_wizard
def test_the_error_speaks_the_interface_language(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    path.write_text('{"schema": 1, "lang": "en", "lang": "it"}', encoding="utf-8")
    for locale, words in (("nl_NL.UTF-8", "staat er twee keer in"),
                          ("it_IT.UTF-8", "compare due volte"),
                          ("en_GB.UTF-8", "is given twice")):
        run("render", path, env={"LANG": locale}).one_error_line("a.json: 'lang' ", words)


@needs_wizard
def test_links_in_a_loop_or_to_nothing_are_named(tmp_path: Path) -> None:
    (tmp_path / "one.toml").symlink_to("two.toml")
    (tmp_path / "two.toml").symlink_to("one.toml")
    (tmp_path / "gone.toml").symlink_to("nowhere.toml")
    run("render", tmp_path / "one.toml").one_error_line("one.toml: cannot read (a symbolic "
                                                        "link that leads back to itself)")
    run("render", tmp_path / "gone.toml").one_error_line("gone.toml: cannot read (a symbolic "
                                                         "link to ", "/nowhere.toml, which "
                                                         "does not exist)")


@needs_wizard
@pytest.mark.parametrize("given", ["files", "folder"])
def test_a_fifo_or_an_unreadable_file_among_many_is_one_line_and_the_rest_render(
        tmp_path: Path, given: str) -> None:
    """`render` over many files: a FIFO would wait for a writer for ever, an unreadable file
    must not stop the others. Each bad one is one line on stderr; the others are JSON lines."""
    import json

    folder = tmp_path / "clients"
    folder.mkdir()
    for name in ("a.toml", "c.toml", "e.toml"):
        (folder / name).write_text(answers_text(), encoding="utf-8")
    os.mkfifo(folder / "b.toml")
    if os.geteuid() == 0:  # root reads a file of mode 000: a read that fails (EIO) instead
        (folder / "d.toml").symlink_to("/proc/self/mem")
        reason = "d.toml: cannot read (Input/output error)"
    else:
        (folder / "d.toml").write_text(answers_text(), encoding="utf-8")
        (folder / "d.toml").chmod(0)
        reason = "d.toml: cannot read (Permission denied)"
    args = [folder] if given == "folder" else sorted(folder.iterdir())
    done = run("render", "--format", "json", *args, cwd=tmp_path)
    assert done.code == 2, done.stderr
    errors = done.stderr.splitlines(keepends=True)
    assert len(errors) == 2 and all(ERROR.match(line) for line in errors), done.stderr
    assert "b.toml: not a regular file" in errors[0] and reason in errors[1]
    rendered = [json.loads(line)["file"] for line in done.stdout.splitlines()]
    assert [Path(f).name for f in rendered] == ["a.toml", "c.toml", "e.toml"]
    assert_clean(done.out + done.err)


@needs_wizard
def test_a_fifo_and_a_directory_are_refused(tmp_path: Path) -> None:
    import os

    os.mkfifo(tmp_path / "fifo.toml")
    (tmp_path / "dir.toml").mkdir()
    run("render", tmp_path / "fifo.toml").one_error_line("not a regular file")
    run("render", tmp_path / "dir.toml").one_error_line("is a directory")


@needs_wizard
def test_a_store_held_by_another_program_is_said_in_time(tmp_path: Path) -> None:
    import sqlite3

    from wizard.core.paths import data_dir

    assert run("profiles", "new", "Maya").code == 0  # the store exists
    held = sqlite3.connect(data_dir() / "profiles.sqlite3", isolation_level=None)
    try:
        held.execute("BEGIN EXCLUSIVE")  # another program in the middle of a write
        done = run("profiles", "new", "Sam")
    finally:
        held.execute("ROLLBACK")
        held.close()
    done.one_error_line("profiles.sqlite3: the profile store is in use by another program")


@needs_wizard
@pytest.mark.parametrize(("name", "content", "expected"), [
    ("dotted.toml", HEAD.encode() + b"a" + b".a" * 99_999 + b" = 1\n", "a key of more than 64"),
    ("dup.json", b'{"schema": 1, "lang": "en", "person": {"name": "a", "name": "b"}}',
     "'person.name' is given twice"),
    ("resume.json", b'{"basics": {"name": "Eve", "name": "Mallory"}}',
     "'basics.name' is given twice"),
    ("long-name.json", b'{"basics": {"name": "' + b"Eve " * 5_000 + b'"}}',
     "'person.name' is 19,999 characters long: an answer may be at most 2,000"),
    ("long-label.json", b'{"basics": {"name": "Eve", "label": "' + b"lead " * 100_000 + b'"}}',
     "the headline is too long for a LinkedIn profile (499,999 characters"),
    ("long-about.json", b'{"basics": {"name": "Eve", "summary": "' + b"lead " * 100_000 + b'"}}',
     "the About text (Summary) is too long for a LinkedIn profile (499,999 characters"),
    ("Profile.csv", b"First Name,Last Name,Headline\nEve,Lee," + b"lead " * 100_000 + b"\n",
     "the headline is too long for a LinkedIn profile (500,000 characters"),
], ids=["dotted-key", "duplicate-key", "resume-duplicate", "resume-long-name",
        "resume-long-label", "resume-long-about", "csv-long-headline"])
def test_an_import_reads_within_the_same_bounds(tmp_path: Path, name: str, content: bytes,
                                                expected: str) -> None:
    """`profiles import` once parsed with tomllib and json directly: a 100,000-part key ran
    for minutes, a key given twice kept the last without a word."""
    path = tmp_path / name
    path.write_bytes(content)
    run("profiles", "import", path, env={"PROFILE_WIZARD_HOME": str(tmp_path / "home")}) \
        .one_error_line(name, expected)


@needs_wizard
@pytest.mark.parametrize("sep", [" ", "\n"], ids=["one-line", "many-lines"])
def test_a_long_ad_that_repeats_itself_is_matched_in_time(answers: Path, sep: str) -> None:
    """2,000 times 'data engineer python' (42 KB, a fifth of the ad limit): the terms around
    each mention were looked for in all of its segment, so it took about a minute."""
    ad = answers.parent / "ad.txt"
    ad.write_text(f"data engineer python{sep}" * 2000, encoding="utf-8")
    done = run("match", ad, answers)
    assert done.code == 0, done.stderr
    assert_clean(done.out + done.err)


@needs_wizard
@pytest.mark.parametrize("args", [("render", "{long}"), ("render", "{long}", "{file}"),
                                  ("profiles", "import", "{long}"), ("match", "{file}", "{long}")],
                         ids=["render", "render-many", "import", "match"])
def test_a_name_too_long_for_the_system_is_one_line(tmp_path: Path, answers: Path,
                                                   args: tuple[str, ...]) -> None:
    """Path.is_dir() and .exists() raise ENAMETOOLONG on Python 3.11 (not False): it was
    'unexpected OSError', exit 70."""
    long = str(tmp_path / ("a" * 5000 + ".toml"))
    done = run(*(a.format(long=long, file=answers) for a in args),
               env={"PROFILE_WIZARD_HOME": str(tmp_path / "home")})
    assert done.code == 2 and "cannot read (File name too long)" in done.stderr, done.stderr
    assert "unexpected" not in done.stderr and "Traceback" not in done.stderr


@needs_wizard
@pytest.mark.parametrize(("make", "expected"), [
    (lambda p: os.mkfifo(p), "not a regular file"),
    (lambda p: p.write_text("word " * 200_000), "too large for a text to check (1,000,000 "),
    (lambda p: p.write_bytes(b"\x1b]0;PWNED\x07\xff"), "not UTF-8 text (byte 10"),
], ids=["fifo", "1-MB", "binary"])
def test_check_reads_its_files_within_bounds(tmp_path: Path, make, expected: str) -> None:  # type: ignore[no-untyped-def]
    """`check --summary FILE` read any file whole with click.File: a FIFO waited for ever and
    50 MB of words were measured for minutes."""
    path = tmp_path / "about.txt"
    make(path)
    run("check", "--summary", path).one_error_line("about.txt: ", expected)
    run("check", "--pitch", "-", stdin=b"x" * 20_001).one_error_line("-: too large")


HUGE = "9" * 30  # more than SQLite's largest integer


@needs_wizard
@pytest.mark.parametrize(("args", "expected"), [
    (("profiles", "show", HUGE), f"no profile with id or name '{HUGE}'"),
    (("profiles", "delete", HUGE, "--yes"), f"no profile with id or name '{HUGE}'"),
    (("profiles", "restore", "1", HUGE), "is not in the range"),
    (("profiles", "export", "1", "--format", "md", "--ad", HUGE), "is not in the range"),
], ids=["show", "delete", "restore", "ad"])
def test_a_number_bigger_than_the_store_holds_is_one_line(tmp_path: Path, answers: Path,
                                                          args: tuple[str, ...],
                                                          expected: str) -> None:
    """An id or a version over 2**63 - 1 reached SQLite: 'unexpected OverflowError', exit 70."""
    env = {"PROFILE_WIZARD_HOME": str(tmp_path / "home")}
    assert run("profiles", "import", answers, env=env).code == 0
    run(*args, env=env).one_error_line(expected)
    listed = run("profiles", "list", "--limit", HUGE, env=env)  # as many as there are
    assert listed.code == 0 and b"Maya" in listed.out, listed.stderr


@needs_wizard
@pytest.mark.parametrize(("make", "expected"), [
    (lambda p: os.mkfifo(p), "not a regular file (a pipe or a device), so no profile store"),
    (lambda p: p.symlink_to(os.devnull), "not a regular file (a pipe or a device)"),
    (lambda p: p.symlink_to(p.parent / "gone.sqlite3"), "cannot open the profile store (a "
                                                         "symbolic link to "),
    (lambda p: p.symlink_to(p.name), "(a symbolic link that leads back to itself)"),
], ids=["fifo", "dev-null", "dangling", "loop"])
def test_a_store_that_is_no_file_is_named_as_such(tmp_path: Path, make, expected: str) -> None:  # type: ignore[no-untyped-def]
    """SQLite called a FIFO or /dev/null 'an input/output error; the last change may not be
    saved', and a link to nothing 'read-only'."""
    home = tmp_path / "store-home"
    home.mkdir()
    make(home / "profiles.sqlite3")
    run("profiles", "new", "Sam", env={"PROFILE_WIZARD_HOME": str(home)}) \
        .one_error_line("profiles.sqlite3: ", expected)
    assert not (home / "gone.sqlite3").exists()


def _encrypted_zip(path: Path) -> None:
    import zipfile

    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("Profile.csv", "First Name,Last Name,Headline\nEve,X,h\n")
    data = bytearray(path.read_bytes())
    data[data.find(b"PK\x03\x04") + 6] |= 1  # the "encrypted" flag, local and central
    data[data.find(b"PK\x01\x02") + 8] |= 1
    path.write_bytes(bytes(data))


@needs_wizard
def test_import_errors_say_what_without_internals_or_a_second_name(tmp_path: Path) -> None:
    """An encrypted ZIP was told with zipfile's words ("File <ZipInfo filename='Profile.csv'
    compress_type=deflate filemode=…"); a file whose name holds a control character was
    named twice ("?]0;x?.json: ?]0;x?.json: not valid JSON")."""
    env = {"PROFILE_WIZARD_HOME": str(tmp_path / "home")}
    _encrypted_zip(tmp_path / "export.zip")
    line = run("profiles", "import", tmp_path / "export.zip", env=env).one_error_line(
        "export.zip: cannot unpack the ZIP file: it is encrypted")
    assert "ZipInfo" not in line
    hostile = tmp_path / f"{HOSTILE_NAMES[0]}.json"
    hostile.write_text("{", encoding="utf-8")
    line = run("profiles", "import", hostile, env=env).one_error_line("not valid JSON")
    assert line.count("title.json") == 1, line


@needs_wizard
def test_a_profile_name_of_100000_characters_is_refused_and_a_derived_one_cut(
        tmp_path: Path, answers: Path) -> None:
    """A 100,000-character name was kept whole: every list line and message carried it.
    Since round 16 a typed one is refused naming the limit (cutting it lost what was typed
    without a word); one the program derives ("… (copy)") is cut to the limit."""
    env = {"PROFILE_WIZARD_HOME": str(tmp_path / "home")}
    made = run("profiles", "new", "x" * 100_000, env=env)
    line = made.one_error_line("a profile name has at most 200")
    assert len(line) < 400
    assert run("profiles", "new", "x" * 200, env=env).code == 0
    copied = run("profiles", "copy", "1", env=env)  # "xxx… (copy)": 207 characters, derived
    assert copied.code == 0 and len(copied.out) < 800, copied.stderr
    shown = run("profiles", "show", "2", env=env)
    assert "x" * 198 + "…" in shown.stdout and "(copy)" not in shown.stdout
