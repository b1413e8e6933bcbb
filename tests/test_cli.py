"""Tests the command line: render, check, new, questions; streams, exit codes, one-line errors."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from click.testing import CliRunner

from wizard.cli import main
from wizard.core.catalogue import catalogue
from wizard.core.model import FIELDS, load
from wizard.core.render import Renderer

HERE = Path(__file__).resolve().parent
ANSWERS = HERE / "fixtures" / "answers"
MAYA = ANSWERS / "en-maya.toml"
MINIMAL = ANSWERS / "en-minimal.toml"
EXE = Path(sys.executable).parent / "profile-wizard"
ERROR_LINE = re.compile(r"^profile-wizard: error: [^\n]+\n$")


def run(*args: str | Path, stdin: str | None = None,
        monkeypatch: pytest.MonkeyPatch | None = None) -> tuple[int, str, str]:
    """Run `main()` in-process as the installed command does: (exit code, stdout, stderr)."""
    runner = CliRunner()
    argv = ["profile-wizard", *map(str, args)]
    saved = sys.argv
    code = 0
    with runner.isolation(input=stdin) as (out, err, _):
        sys.argv = argv
        try:
            main()
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
        finally:
            sys.argv = saved
        stdout, stderr = out.getvalue().decode(), err.getvalue().decode()
    return code, stdout, stderr


def assert_one_line_error(code: int, stdout: str, stderr: str, *needles: str) -> None:
    assert code == 2, (code, stdout, stderr)
    assert stdout == ""
    assert ERROR_LINE.match(stderr), repr(stderr)
    assert "Traceback" not in stderr
    for needle in needles:
        assert needle in stderr, (needle, stderr)


# --- render ---------------------------------------------------------------------------------------


def test_render_text_prints_every_chosen_text() -> None:
    code, out, err = run("render", MAYA)
    assert (code, err) == (0, "")
    result = Renderer().render(load(MAYA))
    for title in ("Headline", "About (summary)", "Elevator pitch", "Invitation note"):
        assert f"── {title} · " in out
    for output in result.outputs.values():
        assert output.chosen.text in out
    assert "220 characters" in out


CONTRACT = {
    "headline": {"text", "variant", "length", "graphemes", "limit", "ok"},
    "summary": {"text", "variant", "length", "graphemes", "limit", "ok"},
    # the pitch also carries its length, documented in docs/outputs-and-checks.md
    "pitch": {"text", "variant", "words", "seconds", "min_seconds", "max_seconds", "ok",
              "length", "graphemes"},
    "invitation": {"text", "variant", "length", "graphemes", "limit", "ok"},
}


def test_render_json_matches_the_contract() -> None:
    code, out, err = run("render", MAYA, "--format", "json")
    assert (code, err) == (0, "")
    doc = json.loads(out)
    assert list(doc) == ["schema", "lang", "outputs", "checks"]
    assert doc["schema"] == 1 and doc["lang"] == "en"
    assert list(doc["outputs"]) == ["headline", "summary", "pitch", "invitation"]
    for name, keys in CONTRACT.items():
        assert set(doc["outputs"][name]) == keys, name
    pitch = doc["outputs"]["pitch"]
    assert (pitch["min_seconds"], pitch["max_seconds"]) == (20, 60)
    assert doc["outputs"]["headline"]["limit"] == 220
    assert doc["outputs"]["summary"]["limit"] == 2600
    assert doc["outputs"]["invitation"]["limit"] == 200
    for output in doc["outputs"].values():
        assert isinstance(output["ok"], bool) and isinstance(output["text"], str)
    for check in doc["checks"]:
        assert set(check) == {"output", "code", "severity", "message"}
    assert doc == Renderer().render(load(MAYA)).json()


def test_render_json_has_no_invitation_without_a_recipient() -> None:
    doc = json.loads(run("render", MINIMAL, "--format", "json")[1])
    assert list(doc["outputs"]) == ["headline", "summary", "pitch"]


def test_render_json_reports_premium_limit(tmp_path: Path) -> None:
    path = tmp_path / "premium.toml"
    path.write_text(MAYA.read_text(encoding="utf-8").replace(
        'organisation = "Northwind Logistics"',
        'organisation = "Northwind Logistics"\npremium = true'), encoding="utf-8")
    doc = json.loads(run("render", path, "--format", "json")[1])
    assert doc["outputs"]["invitation"]["limit"] == 300


def test_render_json_checks_list_findings() -> None:
    path = ANSWERS / "en-long.json"
    doc = json.loads(run("render", path, "--format", "json")[1])
    expected = [f.as_dict() for f in Renderer().render(load(path)).findings]
    assert doc["checks"] == expected


def test_render_markdown() -> None:
    code, out, err = run("render", MAYA, "--format", "md")
    assert (code, err) == (0, "")
    assert out.startswith("# Profile texts — Maya Okafor\n")
    for title in ("## Headline", "## About (summary)", "## Elevator pitch", "## Invitation note"):
        assert title in out
    # a document for a reader: counts and fit, never a template's id
    assert "*116/220 characters · fits*" in out
    assert "role-audience-proof" not in out


def test_render_wpm() -> None:
    normal = json.loads(run("render", MAYA, "--format", "json")[1])["outputs"]["pitch"]
    slow = json.loads(run("render", MAYA, "--format", "json", "--wpm", "100")[1])
    pitch = slow["outputs"]["pitch"]
    words = pitch["words"]
    assert pitch["seconds"] == round(words * 60 / 100, 1)
    assert normal["seconds"] == round(normal["words"] * 60 / 130, 1)


@pytest.mark.parametrize("wpm", ["10", "1000", "fast"])
def test_render_bad_wpm(wpm: str) -> None:
    assert_one_line_error(*run("render", MAYA, "--wpm", wpm), "--wpm")


def test_render_variant() -> None:
    code, out, _ = run("render", MAYA, "--format", "json", "--variant", "headline=role-short",
                       "--variant", "summary=short")
    doc = json.loads(out)
    assert code == 0
    assert doc["outputs"]["headline"]["variant"] == "role-short"
    assert doc["outputs"]["summary"]["variant"] == "short"
    assert doc["outputs"]["pitch"]["variant"] == "story"


@pytest.mark.parametrize("value, needle", [
    ("headline", "--variant 'headline'"),
    ("headline=", "--variant 'headline='"),
    ("=short", "--variant '=short'"),
    ("footer=short", "--variant 'footer=short'"),
    ("headline=nope", "no variant 'nope'; the headline variants are: Role, readers, proof · "
                      "Role and readers ·"),
])
def test_render_bad_variant(value: str, needle: str) -> None:
    assert_one_line_error(*run("render", MAYA, "--variant", value), needle)


def test_render_headers_name_variants_in_the_profiles_language(tmp_path: Path) -> None:
    """A Dutch profile's headers say "Rol en bewijs", not the template's file name, and
    --variant takes that name as well as the file name."""
    dutch = tmp_path / "nl.toml"
    dutch.write_text(MAYA.read_text(encoding="utf-8").replace('lang = "en"', 'lang = "nl"'),
                     encoding="utf-8")
    by_name = run("render", dutch, "--variant", "headline=rol EN bewijs")
    by_file = run("render", dutch, "--variant", "headline=role-proof")
    assert by_name[0] == 0 and by_name == by_file, by_name
    heads = [line for line in by_name[1].splitlines() if line.startswith("── ")]
    assert heads[0].startswith("── Kopregel · Rol en bewijs · "), heads
    assert not any(re.search(r"· [a-z]+(-[a-z]+)+ ·|· (short|proof|brief|story) ·", h)
                   for h in heads), heads


def test_render_bad_format() -> None:
    assert_one_line_error(*run("render", MAYA, "--format", "xml"), "--format", "xml")


@pytest.mark.parametrize("content, needle", [
    ('schema = 1\nlang = "en"\n[person]\nnmae = "x"\n', "unknown key 'person.nmae'"),
    ('schema = 9\nlang = "en"\n', "newer version"),
    ("schema = [\n", "not valid TOML"),
    ('schema = 1\nlang = "en"\n', "missing required answer 'person.name'"),
])
def test_render_invalid_file(tmp_path: Path, content: str, needle: str) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(content, encoding="utf-8")
    assert_one_line_error(*run("render", path), f"{path}: ", needle)


def test_render_missing_file_and_directory(tmp_path: Path) -> None:
    assert_one_line_error(*run("render", tmp_path / "nope.toml"), "nope.toml: no such file")
    # a folder is rendered file by file: an empty one says so
    assert_one_line_error(*run("render", tmp_path), "is a directory with no answers files")


def test_render_with_own_templates(tmp_path: Path) -> None:
    own = tmp_path / "mine" / "en" / "headline"
    own.mkdir(parents=True)
    (own / "0-mine.j2").write_text("{{ person.role | cap }} for {{ future.audience }}, always",
                                   encoding="utf-8")
    doc = json.loads(run("render", MAYA, "--format", "json", "--templates",
                         tmp_path / "mine")[1])
    mine = "Data engineer for scale-ups in logistics and retail, always"
    assert doc["outputs"]["headline"] | {"text": mine, "variant": "mine"} == \
        doc["outputs"]["headline"]


@pytest.mark.parametrize("body, needle", [
    ("{{ nope }}", "UndefinedError"),
    ("{{ ''.__class__.__mro__ }}", "SecurityError"),
    ("{% if %}", "TemplateSyntaxError"),
])
def test_render_broken_own_template_is_one_line(tmp_path: Path, body: str, needle: str) -> None:
    own = tmp_path / "mine" / "en" / "headline"
    own.mkdir(parents=True)
    (own / "0-broken.j2").write_text(body, encoding="utf-8")
    assert_one_line_error(*run("render", MAYA, "--templates", tmp_path / "mine"),
                          "0-broken.j2", needle)


# --- check ----------------------------------------------------------------------------------------


def test_check_headline_error_exits_1() -> None:
    code, out, err = run("check", "--headline", "Open to work | looking for a new challenge")
    assert (code, err) == (1, "")
    assert "[begging]" in out


def test_check_clean_headline_exits_0() -> None:
    code, out, err = run("check", "--headline", "Data engineer for scale-ups in logistics",
                         "--role", "data engineer")
    assert (code, err) == (0, "")
    assert "No problems found." in out


def test_check_warnings_only_exit_0() -> None:
    code, out, _ = run("check", "--headline", "Passionate data engineer 🚀🚀")
    assert code == 0
    assert "[buzzword]" in out and "[emoji]" in out


def test_check_too_long_headline_exits_1() -> None:
    code, out, _ = run("check", "--headline", "word " * 50)
    assert code == 1 and "[too_long]" in out


def test_check_summary_file_and_stdin(tmp_path: Path) -> None:
    text = "I help small teams trust their numbers. For example, I cut a report from 6 hours " \
           "to 20 minutes.\n\nSend me a message."
    path = tmp_path / "about.txt"
    path.write_text(text, encoding="utf-8")
    code, out, _ = run("check", "--summary", path, "--format", "json")
    assert code == 0
    doc = json.loads(out)
    assert doc["outputs"]["summary"]["length"] == len(text)
    assert [c["code"] for c in doc["checks"]] == ["summary_short"]  # an info: under 600
    code, out_stdin, _ = run("check", "--summary", "-", "--format", "json", stdin=text)
    assert code == 0 and json.loads(out_stdin) == doc
    code, _, _ = run("check", "--summary", "-", stdin="x" * 2601)
    assert code == 1


def test_check_pitch(tmp_path: Path) -> None:
    long = tmp_path / "long.txt"
    long.write_text("Hi, I'm Maya. " + "word " * 140 + "Shall we talk?", encoding="utf-8")
    code, out, _ = run("check", "--pitch", long, "--name", "Maya")
    assert code == 1 and "[pitch_too_long]" in out
    short = tmp_path / "short.txt"
    short.write_text("Hi, I'm Maya, a data engineer. Shall we talk?", encoding="utf-8")
    code, out, _ = run("check", "--pitch", short, "--name", "Maya")
    assert code == 0 and "[pitch_too_short]" in out
    code, out, _ = run("check", "--pitch", short, "--wpm", "60", "--format", "json")
    assert json.loads(out)["outputs"]["pitch"]["seconds"] == 9.0


def test_check_invitation_premium(tmp_path: Path) -> None:
    note = tmp_path / "note.txt"
    note.write_text("Hi Saskia, " + "a" * 240, encoding="utf-8")
    assert run("check", "--invitation", note)[0] == 1
    assert run("check", "--invitation", note, "--premium")[0] == 0


def test_check_in_dutch() -> None:
    code, out, _ = run("check", "--headline", "Op zoek naar een nieuwe uitdaging", "--lang", "nl")
    assert code == 1 and "[begging]" in out


@pytest.mark.parametrize("args, needle", [
    ((), "nothing to check"),
    (("--headline", "x", "--lang", "xx"), "--lang 'xx'"),
    (("--summary", "/nonexistent/about.txt"), "--summary"),
    (("--headline", "x", "--format", "md"), "--format"),
])
def test_check_bad_arguments(args: tuple[str, ...], needle: str) -> None:
    assert_one_line_error(*run("check", *args), needle)


def test_check_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("café".encode("latin-1"))
    assert_one_line_error(*run("check", "--summary", path), "not UTF-8")


# --- new and questions ----------------------------------------------------------------------------


def _fill(starter: str, answers: dict[str, str]) -> str:
    """Fill the starter the way a coach does in an editor: replace the empty value of each key."""
    section = ""
    lines = []
    for line in starter.splitlines():
        if m := re.match(r"^\[(\w+)\]$", line):
            section = m.group(1)
        key = f"{section}.{line.split(' = ')[0]}" if " = " in line else ""
        lines.append(f"{line.split(' = ')[0]} = {answers[key]}" if key in answers else line)
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("lang", ["en", "nl", "it"])
def test_new_writes_a_starter_that_renders_once_filled(tmp_path: Path, lang: str) -> None:
    path = tmp_path / "client.toml"
    code, out, err = run("new", path, "--lang", lang)
    assert (code, err) == (0, "")
    assert str(path) in out
    starter = path.read_text(encoding="utf-8")
    doc = tomllib.loads(starter)
    assert doc["schema"] == 1 and doc["lang"] == lang
    for q in catalogue(lang).questions:
        assert q.stem in starter, q.key
    # unfilled, it loads partially and names the first missing answer
    assert load(path, partial=True).missing() == [f.key for f in FIELDS if f.required]
    assert_one_line_error(*run("render", path), "missing required answer 'person.name'")
    filled = {f.key: '["one", "two"]' if f.kind == "list" else '"something"'
              for f in FIELDS if f.required}
    path.write_text(_fill(starter, filled), encoding="utf-8")
    code, out, err = run("render", path, "--format", "json")
    assert (code, err) == (0, ""), err
    assert json.loads(out)["lang"] == lang


def test_new_refuses_to_overwrite_without_force(tmp_path: Path) -> None:
    path = tmp_path / "client.toml"
    path.write_text("keep me", encoding="utf-8")
    assert_one_line_error(*run("new", path), "already exists", "--force")
    assert path.read_text(encoding="utf-8") == "keep me"
    assert run("new", path, "--force")[0] == 0
    assert tomllib.loads(path.read_text(encoding="utf-8"))["schema"] == 1


def test_new_bad_language_and_unwritable(tmp_path: Path) -> None:
    assert_one_line_error(*run("new", tmp_path / "a.toml", "--lang", "xx"), "--lang 'xx'")
    assert not (tmp_path / "a.toml").exists()
    assert_one_line_error(*run("new", tmp_path / "no" / "dir" / "a.toml"), "cannot write")


def test_questions_in_dutch() -> None:
    code, out, err = run("questions", "--lang", "nl")
    assert (code, err) == (0, "")
    for q in catalogue("nl").questions:
        assert q.stem in out and q.key in out
    assert "In de komende jaren ga ik" in out


def test_questions_bad_language() -> None:
    assert_one_line_error(*run("questions", "--lang", "xx"), "--lang 'xx'")


@pytest.mark.parametrize("args, needle", [
    (("render",), "Missing argument 'FILE_OR_DIR...'"),
    (("render", MAYA, "--colour"), "--colour"),
    (("check", "--headline"), "--headline"),
])
def test_usage_errors_are_one_line(args: tuple[str, ...], needle: str) -> None:
    assert_one_line_error(*run(*args), needle)


def test_version_and_help() -> None:
    code, out, _ = run("--version")
    assert code == 0 and re.match(r"profile-wizard, version \d+\.\d+\.\d+", out)
    code, out, _ = run("render", "--help")
    assert code == 0 and "--format" in out and "--variant" in out


# --- the installed command, as a subprocess ------------------------------------------------------


def proc(*args: str | Path, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    if not EXE.exists():
        pytest.skip(f"{EXE} is not installed")
    return subprocess.run([str(EXE), *map(str, args)], capture_output=True, text=True,
                          input=stdin, timeout=60, check=False)


def test_installed_render_json() -> None:
    done = proc("render", MAYA, "--format", "json")
    assert (done.returncode, done.stderr) == (0, "")
    assert json.loads(done.stdout) == Renderer().render(load(MAYA)).json()


def test_installed_render_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{"schema": 1, "lang": "en", "person": {"name": 3}}', encoding="utf-8")
    done = proc("render", path, "--format", "json")
    assert_one_line_error(done.returncode, done.stdout, done.stderr, "'person.name'")


def test_installed_check_exit_codes() -> None:
    assert proc("check", "--headline", "Open to work").returncode == 1
    ok = proc("check", "--headline", "Data engineer for scale-ups")
    assert ok.returncode == 0 and ok.stderr == ""


def test_installed_usage_error() -> None:
    done = proc("render", MAYA, "--variant")
    assert_one_line_error(done.returncode, done.stdout, done.stderr, "--variant")


def test_installed_wizard_without_a_terminal_says_so() -> None:
    done = proc(stdin="")
    assert_one_line_error(done.returncode, done.stdout, done.stderr, "needs a terminal")


def test_invitation_variant_without_recipient_is_an_error(tmp_path: Path) -> None:
    """Asking for an invitation variant that cannot be written must not be ignored silently."""
    from click.testing import CliRunner

    from wizard.cli import cli

    path = tmp_path / "a.toml"
    path.write_text(
        'schema = 1\nlang = "en"\n[person]\nname = "A B"\nrole = "nurse"\n'
        '[future]\ndoing = "care"\naudience = "patients"\n[drivers]\nvalues = ["care"]\n'
        '[expertise]\nareas = ["wounds"]\n[statement]\nstand_for = "calm care"\n'
        '[offer]\nhelp = "wound care"\n', encoding="utf-8")
    result = CliRunner().invoke(cli, ["render", str(path), "--variant", "invitation=short"])
    assert result.exit_code == 2
    assert "invitation.recipient" in result.output
