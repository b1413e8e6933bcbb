"""Tests the caches that keep `render` fast: compiled templates, parsed data files, XDG paths."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest
from jinja2 import Environment, TemplateNotFound

from wizard.core import datacache, paths
from wizard.core.model import load
from wizard.core.render import Renderer
from wizard.core.templates import TemplateSet, make_environment

MAYA = Path(__file__).resolve().parent / "fixtures" / "answers" / "en-maya.toml"

pytestmark = pytest.mark.cold_cache  # every test here sees what a first run writes


def test_templates_are_compiled_once_and_kept(isolated_home: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    text = Renderer(TemplateSet()).render(load(MAYA)).outputs["headline"].chosen.text
    [pack] = (isolated_home / "cache" / "templates").iterdir()  # every English template
    assert pack.stat().st_mode & 0o777 == 0o600
    # a second process loads the pack; here a fresh set must give the same text, compiling
    # nothing
    monkeypatch.setattr(Environment, "compile", lambda *a, **k: pytest.fail("compiled again"))
    assert Renderer(TemplateSet()).render(load(MAYA)).outputs["headline"].chosen.text == text


def _packed(root: Path) -> str:
    env = make_environment([root], "en")
    return str(env.get_template("en/headline/0-x.j2").render(person={"role": "baker"}))


def test_a_packed_template_is_compiled_again_when_its_file_changes(isolated_home: Path) -> None:
    own = isolated_home / "built-in" / "en" / "headline"
    own.mkdir(parents=True)
    (own / "0-x.j2").write_text("first {{ person.role }}", encoding="utf-8")
    assert _packed(isolated_home / "built-in") == "first baker"
    (own / "0-x.j2").write_text("second {{ person.role }}!", encoding="utf-8")
    assert _packed(isolated_home / "built-in") == "second baker!"
    # a file the pack does not hold loads as Jinja loads it, with Jinja's error
    with pytest.raises(TemplateNotFound):
        make_environment([isolated_home / "built-in"], "en").get_template("en/none.j2")


def test_a_broken_pack_is_compiled_again(isolated_home: Path) -> None:
    text = Renderer(TemplateSet()).render(load(MAYA)).outputs["headline"].chosen.text
    [pack] = (isolated_home / "cache" / "templates").iterdir()
    pack.write_bytes(b"not marshal data")
    assert Renderer(TemplateSet()).render(load(MAYA)).outputs["headline"].chosen.text == text


def test_an_edited_template_is_compiled_again(tmp_path: Path) -> None:
    own = tmp_path / "mine" / "en" / "headline"
    own.mkdir(parents=True)
    template = own / "0-mine.j2"
    template.write_text("first {{ person.role }}", encoding="utf-8")
    answers = load(MAYA)
    choose = {"headline": "mine"}
    assert Renderer(TemplateSet([tmp_path / "mine"])).render(answers, choose) \
        .outputs["headline"].chosen.text == "first data engineer"
    template.write_text("second {{ person.role }}", encoding="utf-8")
    assert Renderer(TemplateSet([tmp_path / "mine"])).render(answers, choose) \
        .outputs["headline"].chosen.text == "second data engineer"


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write anywhere")
def test_an_unwritable_cache_is_not_an_error(isolated_home: Path) -> None:
    (isolated_home / "cache").mkdir()
    (isolated_home / "cache").chmod(0o500)
    try:
        assert Renderer(TemplateSet()).render(load(MAYA)).outputs["headline"].chosen.ok
    finally:
        (isolated_home / "cache").chmod(0o700)


def test_a_cache_that_is_a_file_is_not_an_error(isolated_home: Path) -> None:
    (isolated_home / "cache").write_text("not a directory", encoding="utf-8")
    assert Renderer(TemplateSet()).render(load(MAYA)).outputs["headline"].chosen.ok
    data = tmp_toml(isolated_home)
    assert datacache.read_toml(data) == {"a": 1}


def tmp_toml(where: Path, text: str = "a = 1\n") -> Path:
    path = where / "data.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_data_files_are_read_from_the_cache_until_they_change(isolated_home: Path) -> None:
    path = tmp_toml(isolated_home)
    assert datacache.read_toml(path) == {"a": 1}
    [entry] = (isolated_home / "cache" / "data").iterdir()
    doc = json.loads(entry.read_text(encoding="utf-8"))
    doc["data"] = {"a": "from the cache"}
    entry.write_text(json.dumps(doc), encoding="utf-8")
    assert datacache.read_toml(path) == {"a": "from the cache"}
    path.write_text("a = 2\nb = 3\n", encoding="utf-8")  # another size: read again
    assert datacache.read_toml(path) == {"a": 2, "b": 3}


def test_a_broken_cache_entry_is_ignored(isolated_home: Path) -> None:
    path = tmp_toml(isolated_home)
    datacache.read_toml(path)
    [entry] = (isolated_home / "cache" / "data").iterdir()
    entry.write_text("{not json", encoding="utf-8")
    assert datacache.read_toml(path) == {"a": 1}


def test_toml_with_dates_is_read_but_not_cached(isolated_home: Path) -> None:
    path = tmp_toml(isolated_home, "when = 2020-01-01\n")
    assert str(datacache.read_toml(path)["when"]) == "2020-01-01"
    assert not list((isolated_home / "cache" / "data").glob("*.json"))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the XDG rule is Linux's")
def test_xdg_directories_match_platformdirs(monkeypatch: pytest.MonkeyPatch) -> None:
    import platformdirs

    monkeypatch.delenv("PROFILE_WIZARD_HOME")
    for env in ({}, {"XDG_CONFIG_HOME": "/x/c", "XDG_CACHE_HOME": "/x/k", "XDG_DATA_HOME": "/x/d"},
                {"XDG_CONFIG_HOME": "relative", "XDG_CACHE_HOME": ""}):
        for name in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME"):
            monkeypatch.delenv(name, raising=False)
        for name, value in env.items():
            monkeypatch.setenv(name, value)
        assert paths.config_dir() == Path(platformdirs.user_config_dir(paths.APP, appauthor=False))
        assert paths.cache_dir() == Path(platformdirs.user_cache_dir(paths.APP, appauthor=False))
        assert paths.data_dir() == Path(platformdirs.user_data_dir(paths.APP, appauthor=False))


def test_profile_wizard_home_wins(isolated_home: Path) -> None:
    assert paths.cache_dir() == isolated_home / "cache"
    assert paths.config_dir() == isolated_home / "config"
    assert paths.data_dir() == isolated_home


def test_derived_data_is_kept_under_its_name_and_a_damaged_entry_is_a_miss(
        isolated_home: Path) -> None:
    assert datacache.read_json("verbs-1.0") is None
    datacache.write_json("verbs-1.0", ["help", "build"])
    assert datacache.read_json("verbs-1.0") == ["help", "build"]
    assert datacache.read_json("verbs-2.0") is None  # a new version misses
    entry = next((isolated_home / "cache" / "data").glob("verbs-1.0*"))
    assert oct(entry.stat().st_mode & 0o777) == "0o600"
    entry.write_text("{not json", encoding="utf-8")
    assert datacache.read_json("verbs-1.0") is None


def test_dataclass_methods_are_compiled_once_and_the_classes_are_the_standard_ones(
        isolated_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import dataclasses

    from wizard.core import dataclass_cache

    monkeypatch.setattr(dataclass_cache, "_codes", None)  # as a fresh process, this home
    monkeypatch.setattr(dataclass_cache, "_added", False)

    def define() -> type:
        @dataclass_cache.dataclass(frozen=True)
        class Point:
            x: int
            label: str = "here"
            tags: list[str] = dataclasses.field(default_factory=list)

        return Point

    point = define()
    dataclass_cache._save()
    assert dataclass_cache._entry().is_file()
    assert not hasattr(dataclasses, "exec")  # the standard decorator is left as it was
    # the next process finds every method compiled: nothing is compiled again
    monkeypatch.setattr(dataclass_cache, "_codes", None)
    monkeypatch.setattr(dataclass_cache, "compile",
                        lambda *a: pytest.fail("compiled again"), raising=False)
    again = define()
    assert again(1) == again(1, "here", []) and again(1) != again(2)
    assert repr(again(1)) == repr(point(1))
    assert repr(again(3, "x")) == "test_dataclass_methods_are_compiled_once_and_the_classes_are_" \
        "the_standard_ones.<locals>.define.<locals>.Point(x=3, label='x', tags=[])"
    with pytest.raises(dataclasses.FrozenInstanceError):
        again(1).x = 2  # type: ignore[misc]
    assert [f.name for f in dataclasses.fields(again)] == ["x", "label", "tags"]


def test_ctrl_c_while_the_exit_save_of_the_dataclass_cache_runs_is_quiet(
        isolated_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The save runs at exit, after the command's work: a Ctrl+C there skips the cache and
    leaves no file, instead of Python printing a traceback through our code."""
    from wizard.core import dataclass_cache, fileio

    monkeypatch.setattr(dataclass_cache, "_codes", {})

    def interrupted(*args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(fileio.os, "replace", interrupted)
    dataclass_cache._save()  # raises nothing
    folder = dataclass_cache._entry().parent
    assert not folder.exists() or not any(folder.iterdir())


def test_dataclasses_made_in_two_threads_at_once_are_no_error(isolated_home: Path) -> None:
    """A module imported in a worker thread while the app's thread imports another (a key
    pressed right at start-up) both make dataclasses: neither may lose the patched name."""
    import threading

    from wizard.core.dataclass_cache import dataclass

    errors: list[BaseException] = []

    def make(n: int) -> None:
        try:
            for i in range(60):
                dataclass(frozen=True)(type(f"C{n}_{i}", (), {"__annotations__": {
                    f"f{j}": "int" for j in range(8)}}))
        except BaseException as exc:  # what the thread raised is the finding
            errors.append(exc)

    threads = [threading.Thread(target=make, args=(n,)) for n in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
