"""Tests `render` over several files and folders: JSON Lines, --out files, bad files, clashes."""

from __future__ import annotations

import json
import os
import shutil
import stat
from pathlib import Path

import pytest
from test_cli import ERROR_LINE, proc, run

from wizard.core.model import load
from wizard.core.render import Renderer
from wizard.core.report import format_result

HERE = Path(__file__).resolve().parent
ANSWERS = HERE / "fixtures" / "answers"
MAYA = ANSWERS / "en-maya.toml"
SANNE = ANSWERS / "nl-sanne.toml"
CHIARA = ANSWERS / "it-chiara.toml"


def expected(path: Path) -> dict[str, object]:
    return Renderer().render(load(path)).json()


@pytest.fixture
def clients(tmp_path: Path) -> Path:
    """A coach's folder: three good files, a broken one, and things that are no answers file."""
    folder = tmp_path / "clients"
    folder.mkdir()
    for src in (MAYA, SANNE, CHIARA):
        shutil.copy(src, folder / src.name)
    (folder / "broken.toml").write_text('schema = 1\nlang = "en"\n', encoding="utf-8")
    (folder / "notes.txt").write_text("not an answers file", encoding="utf-8")
    (folder / ".en-maya.toml.swp.toml").write_text("editor junk", encoding="utf-8")
    (folder / "older").mkdir()
    shutil.copy(MAYA, folder / "older" / "en-old.toml")
    return folder


def error_lines(stderr: str) -> list[str]:
    lines = stderr.splitlines(keepends=True)
    assert all(ERROR_LINE.match(line) for line in lines), stderr
    assert "Traceback" not in stderr
    return lines


def test_json_lines_one_object_a_line_in_order_with_its_file(clients: Path) -> None:
    code, out, err = run("render", clients, MAYA, "--format", "json")
    assert code == 2  # the broken file
    [bad] = error_lines(err)
    assert f"{clients / 'broken.toml'}: " in bad and "missing required answer" in bad
    lines = out.splitlines()
    docs = [json.loads(line) for line in lines]
    found = [clients / "en-maya.toml", clients / "it-chiara.toml", clients / "nl-sanne.toml"]
    assert [d["file"] for d in docs] == [*map(str, found), str(MAYA)]
    for doc, path in zip(docs, [*found, MAYA], strict=True):
        assert doc == {"file": str(path), **expected(path)}
    assert len(lines) == 4 and out.endswith("}\n")  # nothing else on stdout


def test_a_file_given_twice_is_rendered_once(tmp_path: Path) -> None:
    code, out, err = run("render", MAYA, MAYA, "--format", "json")
    assert (code, err) == (0, "")
    assert [json.loads(line)["file"] for line in out.splitlines()] == [str(MAYA)]


def test_all_bad_files_give_nothing_on_stdout(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    code, out, err = run("render", tmp_path / "missing.toml", bad, "--format", "json")
    assert (code, out) == (2, "")
    lines = error_lines(err)
    assert "missing.toml: no such file" in lines[0] and "bad.json: " in lines[1]


def test_an_empty_folder_says_so(tmp_path: Path) -> None:
    code, out, err = run("render", tmp_path, MAYA, "--format", "json")
    assert code == 2
    assert "is a directory with no answers files" in error_lines(err)[0]
    assert json.loads(out)["file"] == str(MAYA)


@pytest.mark.parametrize("fmt", ["text", "md"])
def test_several_files_as_text_name_each_file(fmt: str) -> None:
    code, out, err = run("render", MAYA, SANNE, "--format", fmt)
    assert (code, err) == (0, "")
    first = format_result(Renderer().render(load(MAYA)), fmt, load(MAYA))
    second = format_result(Renderer().render(load(SANNE)), fmt, load(SANNE))
    assert first in out and second in out
    assert str(MAYA) in out.split(first)[0] and str(SANNE) in out.split(first)[1]


@pytest.mark.parametrize("fmt, ext", [("json", "json"), ("text", "txt"), ("md", "md")])
def test_out_writes_one_private_file_per_profile(clients: Path, tmp_path: Path, fmt: str,
                                                 ext: str) -> None:
    out_dir = tmp_path / "texts" / "2024"
    code, out, err = run("render", clients, "--format", fmt, "--out", out_dir)
    assert code == 2 and len(error_lines(err)) == 1  # broken.toml
    assert out.count("\n") == 1 and out.endswith("\n")
    assert "3 of 4 profiles" in out and str(out_dir) in out
    names = sorted(p.name for p in out_dir.iterdir())
    assert names == [f"en-maya.{ext}", f"it-chiara.{ext}", f"nl-sanne.{ext}"]
    assert stat.S_IMODE(out_dir.stat().st_mode) == 0o700
    for path in out_dir.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    written = (out_dir / f"nl-sanne.{ext}").read_text(encoding="utf-8")
    source = clients / "nl-sanne.toml"
    if fmt == "json":
        assert json.loads(written) == {"file": str(source), **expected(source)}
    else:
        assert written == format_result(Renderer().render(load(source)), fmt, load(source))


def test_out_summary_without_failures(tmp_path: Path) -> None:
    code, out, err = run("render", MAYA, SANNE, "--out", tmp_path / "o")
    assert (code, err) == (0, "")
    assert out == f"Wrote the texts of 2 profiles to {tmp_path / 'o'} (one .txt file each).\n"


def test_out_summary_speaks_the_interface_language(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "nl_NL.UTF-8")
    code, out, _ = run("render", MAYA, SANNE, "--out", tmp_path / "o")
    assert code == 0 and out.startswith("De teksten van 2 profielen staan in")


def test_two_files_with_the_same_name_do_not_overwrite_each_other(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    shutil.copy(MAYA, tmp_path / "a" / "client.toml")
    shutil.copy(SANNE, tmp_path / "b" / "client.toml")
    code, out, err = run("render", tmp_path / "a", tmp_path / "b", "--format", "json",
                         "--out", tmp_path / "o")
    assert code == 2
    [line] = error_lines(err)
    assert str(tmp_path / "b" / "client.toml") in line and str(tmp_path / "a" / "client.toml") \
        in line and "rename" in line
    kept = json.loads((tmp_path / "o" / "client.json").read_text(encoding="utf-8"))
    assert kept["file"] == str(tmp_path / "a" / "client.toml") and kept["lang"] == "en"
    assert "1 of 2 profiles" in out


def test_out_never_overwrites_an_answers_file(tmp_path: Path) -> None:
    shutil.copy(SANNE, tmp_path / "sanne.toml")
    shutil.copy(ANSWERS / "en-long.json", tmp_path / "long.json")
    before = (tmp_path / "long.json").read_bytes()
    code, _, err = run("render", tmp_path, "--format", "json", "--out", tmp_path)
    assert code == 2 and "long.json" in error_lines(err)[0]
    assert (tmp_path / "long.json").read_bytes() == before
    assert json.loads((tmp_path / "sanne.json").read_text(encoding="utf-8"))["lang"] == "nl"


def test_out_that_is_a_file_is_one_line(tmp_path: Path) -> None:
    target = tmp_path / "taken"
    target.write_text("x", encoding="utf-8")
    code, out, err = run("render", MAYA, "--out", target)
    assert (code, out) == (2, "") and "taken" in error_lines(err)[0]


def test_out_writes_through_the_users_own_link_as_every_save_does(tmp_path: Path) -> None:
    kept = tmp_path / "kept.txt"
    kept.write_text("old", encoding="utf-8")
    (tmp_path / "o").mkdir()
    (tmp_path / "o" / "en-maya.txt").symlink_to(kept)
    assert run("render", MAYA, "--out", tmp_path / "o")[0] == 0
    assert (tmp_path / "o" / "en-maya.txt").is_symlink()
    assert kept.read_text(encoding="utf-8").startswith("── Headline")
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0,
                    reason="a link owned by another user can only be planted as root")
def test_out_does_not_follow_a_link_planted_by_another_user(tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me", encoding="utf-8")
    (tmp_path / "o").mkdir()
    planted = tmp_path / "o" / "en-maya.txt"
    planted.symlink_to(victim)
    os.lchown(planted, 65534, 65534)
    code, out, err = run("render", MAYA, SANNE, "--out", tmp_path / "o")
    assert code == 2 and victim.read_text(encoding="utf-8") == "keep me"
    [line] = error_lines(err)
    assert "en-maya.txt" in line and "another user" in line
    assert (tmp_path / "o" / "nl-sanne.txt").is_file() and "1 of 2" in out


def test_the_installed_command_renders_many(clients: Path, tmp_path: Path) -> None:
    done = proc("render", clients, "--format", "json")
    assert done.returncode == 2 and len(error_lines(done.stderr)) == 1
    assert [json.loads(line)["lang"] for line in done.stdout.splitlines()] == ["en", "it", "nl"]
    done = proc("render", clients, "--out", tmp_path / "o")
    assert done.returncode == 2 and done.stdout.count("\n") == 1
    assert len(list((tmp_path / "o").iterdir())) == 3


def test_many_files_render_in_worker_processes_with_the_same_result_and_order(
        clients: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A coach's folder is rendered on every CPU: the same files, texts, error lines and order
    as one process gives; the workers are really other processes."""
    from wizard import rendering

    if not hasattr(os, "sched_getaffinity") or len(os.sched_getaffinity(0)) < 2:
        pytest.skip("one CPU: the files are rendered in this process")
    for i in range(5):  # enough files for the workers to share them
        shutil.copy(SANNE, clients / f"nl-{i}.toml")
    pids = tmp_path / "pids"
    render_file = rendering.render_file

    def recorded(path: Path, *args: object) -> object:
        with pids.open("a", encoding="utf-8") as f:
            f.write(f"{os.getpid()}\n")
        return render_file(path, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(rendering, "render_file", recorded)
    results = {}
    for pool_from in (10**6, 1):
        monkeypatch.setattr(rendering, "POOL_FROM", pool_from)
        pids.write_text("", encoding="utf-8")
        out = tmp_path / "out"
        shutil.rmtree(out, ignore_errors=True)
        results[pool_from] = (run("render", clients, MAYA, "--format", "json"),
                              run("render", clients, "--out", out),
                              sorted((p.name, p.read_text("utf-8")) for p in out.iterdir()))
        workers = set(pids.read_text("utf-8").split()) - {str(os.getpid())}
        assert bool(workers) == (pool_from == 1), workers
    assert results[1] == results[10**6]
    (code, out_text, err), _, written = results[1]
    assert code == 2 and len(error_lines(err)) == 1 and len(out_text.splitlines()) == 9
    assert len(written) == 8
