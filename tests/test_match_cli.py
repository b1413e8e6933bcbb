"""`profile-wizard match`: text and JSON, every kind of AD and PROFILE, one-line errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from test_cli import assert_one_line_error, run
from test_imports import UI, modules_after, run_cli

HERE = Path(__file__).resolve().parent
AD = HERE / "fixtures" / "ads" / "nl-hr-adviseur.md"
EN_AD = HERE / "fixtures" / "ads" / "en-data-analyst.md"
NL = HERE / "fixtures" / "match" / "nl-holds.toml"
EN = HERE / "fixtures" / "match" / "en-holds.toml"
EXE = Path(sys.executable).parent / "profile-wizard"


def test_text_report_speaks_the_profile_language_and_asks_never_inserts() -> None:
    before = NL.read_bytes()
    code, out, err = run("match", AD, NL)
    assert code == 0, err
    assert "Taal van de vacature: Nederlands (herkend)" in out
    assert "✓ stakeholdermanagement" in out and "deel van een samenstelling" in out
    assert "als 'stakeholders'" in out
    # the missing terms stand under the answer they would go in, its advice said once
    advice = "  Als je dit doet, zet het dan bij je expertise ('Waar ik veel van weet …'):"
    lines = out.splitlines()
    assert lines.count(advice) == 1, out
    under = lines[lines.index(advice) + 1:]
    assert any(line.startswith("    ✗ inzetbaarheid  (") for line in under)
    assert "De vacature vraagt om" not in out
    assert "Zet er alleen in wat echt klopt" in out
    assert NL.read_bytes() == before  # nothing written


def test_json_is_exactly_the_contract() -> None:
    code, out, err = run("match", EN_AD, EN, "--format", "json")
    assert code == 0 and err == ""
    doc = json.loads(out)
    assert list(doc) == ["lang", "score", "terms"] and doc["lang"] == "en"
    assert 0 <= doc["score"] <= 100 and 1 <= len(doc["terms"]) <= 25
    for t in doc["terms"]:
        assert list(t) == ["term", "weight", "found", "where", "matched_as"]
        assert t["matched_as"] in ("exact", "stem", "compound", "synonym", None)
        assert t["found"] == bool(t["where"]) == (t["matched_as"] is not None)
    weights = [t["weight"] for t in doc["terms"]]
    assert weights == sorted(weights, reverse=True)


def test_the_ad_from_standard_input_and_the_language_given() -> None:
    code, out, _ = run("match", "-", EN, "--lang", "en", "--format", "json",
                       stdin=EN_AD.read_text(encoding="utf-8"))
    assert code == 0 and json.loads(out)["lang"] == "en"


def test_a_stored_profile_by_name_and_by_id(isolated_home: Path) -> None:
    from wizard.core.model import load
    from wizard.core.store import Store

    with Store() as store:
        p = store.create_profile("Femke Jansen", "nl", answers=load(NL))
        store.create_profile("Femke de Boer", "nl")
    for ref in ("Femke Jansen", str(p.id)):
        code, out, err = run("match", AD, ref, "--format", "json")
        assert code == 0, err
        assert json.loads(out)["score"] > 0
    code, out, err = run("match", AD, "Femke")
    assert_one_line_error(code, out, err, "matches 2 profiles", "Femke Jansen", "Femke de Boer")


def test_a_name_without_a_store_creates_none(isolated_home: Path) -> None:
    code, out, err = run("match", AD, "Femke")
    assert_one_line_error(code, out, err, "Femke", "no profile store")
    assert not list(isolated_home.rglob("*.sqlite3"))


@pytest.mark.parametrize(("make", "needle"), [
    (lambda d: d / "missing.md", "no such file"),
    (lambda d: d, "is a folder"),
    (lambda d: (d / "ad.pdf").write_bytes(b"%PDF-1.7\n\x00\x01binary") and d / "ad.pdf",
     "not text"),
    (lambda d: (d / "ad.txt").write_bytes("Vacature".encode("utf-16")) and d / "ad.txt",
     "UTF-16"),
    (lambda d: (d / "empty.md").write_text("  \n") and d / "empty.md", "empty"),
    (lambda d: (d / "huge.md").write_text("word " * 100_000) and d / "huge.md", "too large"),
])
def test_a_bad_ad_file_gives_one_line(tmp_path: Path, make, needle: str) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run("match", make(tmp_path), EN)
    assert_one_line_error(code, out, err, needle)


def test_a_bad_profile_gives_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('schema = 1\nlang = "en"\n[person]\nnmae = "x"\n', encoding="utf-8")
    code, out, err = run("match", EN_AD, bad)
    assert_one_line_error(code, out, err, "bad.toml", "nmae")
    code, out, err = run("match", EN_AD, tmp_path / "gone.toml")
    assert_one_line_error(code, out, err, "gone.toml", "no such file")


def test_an_unknown_language_and_an_unclear_ad(tmp_path: Path) -> None:
    code, out, err = run("match", EN_AD, EN, "--lang", "xx")
    assert_one_line_error(code, out, err, "--lang 'xx'")


def test_a_fifo_ad_is_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "ad"
    os.mkfifo(fifo)
    code, out, err = run("match", fifo, EN)
    assert_one_line_error(code, out, err, "not a regular file")


def test_standard_input_that_never_ends_is_given_up_on() -> None:
    """The installed command, a pipe that stays open and silent: one line, no hang."""
    from wizard.core.match import adfile

    script = (f"import sys; sys.argv = ['profile-wizard', 'match', '-', {str(EN)!r}]\n"
              "from wizard.core.match import adfile\nadfile.SILENCE = 0.5\n"
              "from wizard.cli import main\nmain()\n")
    with subprocess.Popen([sys.executable, "-c", script], stdin=subprocess.PIPE,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as proc:
        try:  # stdin stays open: we hold it and write nothing
            proc.wait(timeout=30)
            out, err = proc.stdout.read(), proc.stderr.read()  # type: ignore[union-attr]
        finally:
            proc.kill()
    assert proc.returncode == 2 and out == ""
    assert err.startswith("profile-wizard: error: ") and "nothing for 0.5 seconds" in err
    assert adfile.SILENCE > 1


def test_match_imports_no_user_interface() -> None:
    loaded = modules_after(run_cli("match", str(AD), str(NL), "--format", "json"))
    assert "wizard" in loaded and "Stemmer" in loaded
    assert not loaded & set(UI), sorted(loaded & set(UI))


def test_the_installed_command_runs_match() -> None:
    done = subprocess.run([str(EXE), "match", str(EN_AD), str(EN)], capture_output=True,
                          text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    assert "Score:" in done.stdout and "✓ Power BI" in done.stdout


def test_an_answers_file_given_as_the_ad_says_the_order(tmp_path: Path) -> None:
    """`match maya.toml maya.toml` matched the answers file's words as an ad ('schema',
    'lang' and the profile's own words: a score of 84); an answers file on standard input
    or renamed .txt is one too. The line says the ad comes first."""
    renamed = tmp_path / "maya.txt"
    renamed.write_bytes(EN.read_bytes())
    for args, stdin in (((EN, EN), None), (("-", EN), EN.read_text(encoding="utf-8")),
                        ((renamed, EN), None)):
        code, out, err = run("match", *args, stdin=stdin)
        assert_one_line_error(code, out, err, "is an answers file, not a job ad",
                              "match AD PROFILE", f"{args[0]}: ")


def test_an_ad_given_as_the_profile_says_the_order() -> None:
    """`match profile.toml ad.md` said 'ad.md: not valid TOML: Invalid statement'."""
    code, out, err = run("match", EN, EN_AD)
    assert_one_line_error(code, out, err, f"{EN_AD}: not an answers file", "match AD PROFILE")
    assert "TOML" not in err.replace("*.toml", ""), err


def test_an_answers_file_named_txt_is_still_a_profile(tmp_path: Path) -> None:
    renamed = tmp_path / "en-holds.txt"
    renamed.write_bytes(EN.read_bytes())
    code, out, err = run("match", EN_AD, renamed)
    assert code == 0 and "Score: " in out, err
