"""Tests a coach's own templates: overrides, the sandbox, `templates list` and `templates check`."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from jinja2 import TemplateNotFound, UndefinedError
from jinja2.exceptions import SecurityError, TemplateSyntaxError

from wizard.cli import main
from wizard.core import template_check
from wizard.core.languages import available_languages
from wizard.core.model import FIELDS, load
from wizard.core.render import Renderer
from wizard.core.template_budget import TemplateProblem
from wizard.core.templates import TemplateSet, builtin_templates

SAMPLE = Path(__file__).parent.parent / "wizard" / "data" / "lang" / "en" / "samples" / "full.toml"


def put(root: Path, name: str, text: str) -> Path:
    path = root / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def run_cli(args: list[str], capsys: pytest.CaptureFixture[str],
            monkeypatch: pytest.MonkeyPatch) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "argv", ["profile-wizard", *args])
    code = 0
    try:
        main()
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def render_headline(root: Path, source: str) -> str:
    put(root, "en/headline/1-mine.j2", source)
    result = Renderer(TemplateSet([root])).render(load(SAMPLE), {"headline": "mine"})
    return result.outputs["headline"].chosen.text


ESCAPES = [
    ("{{ ''.__class__.__mro__ }}", SecurityError),
    ("{{ cycler.__init__.__globals__ }}", SecurityError),
    ("{{ lipsum.__globals__ }}", SecurityError),
    ("{{ joiner.__init__.__globals__['os'] }}", SecurityError),
    ("{{ namespace.__init__ }}", SecurityError),
    ("{{ person.__dict__ }}", SecurityError),
    ("{{ person|attr('__class__') }}", SecurityError),
    ("{{ '{0.__class__}'.format(person) }}", SecurityError),
    ("{{ self._TemplateReference__context }}", SecurityError),
    ("{{ ''.format.__self__ }}", UndefinedError),
    ("{{ config }}", UndefinedError),
    ("{% include '/etc/passwd' %}", TemplateNotFound),
    ("{% include '../../x' %}", TemplateNotFound),
    ("{% include 'en/headline/../../../../etc/passwd' %}", TemplateNotFound),
    ("{% import 'os' as os %}", TemplateNotFound),
    ("{% extends '/etc/hostname' %}", TemplateNotFound),
]


@pytest.mark.parametrize(("source", "error"), ESCAPES, ids=[e[0] for e in ESCAPES])
def test_a_template_cannot_reach_python_internals_or_files(tmp_path: Path, source: str,
                                                           error: type[Exception]) -> None:
    # a coach's template renders in the worker: the error comes back as one line naming it
    with pytest.raises(TemplateProblem, match=f"1-mine.j2:1: {error.__name__}: "):
        render_headline(tmp_path / "mine", source)


def test_nothing_runs_when_a_template_tries_to_call_the_system(tmp_path: Path) -> None:
    canary = tmp_path / "canary"
    attempts = [
        f"{{{{ cycler.__init__.__globals__.os.system('touch {canary}') }}}}",
        f"{{{{ lipsum.__globals__['os'].popen('touch {canary}') }}}}",
        f"{{{{ ''.__class__.__mro__[1].__subclasses__() }}}} {{# touch {canary} #}}",
    ]
    for source in attempts:
        with pytest.raises(TemplateProblem, match="SecurityError"):
            render_headline(tmp_path / "mine", source)
    assert not canary.exists()


def test_a_symlink_to_a_file_outside_is_refused(tmp_path: Path) -> None:
    secret = put(tmp_path, "private/secret.txt", "my secret")
    root = tmp_path / "mine"
    (root / "en" / "headline").mkdir(parents=True)
    (root / "en" / "headline" / "leak.txt").symlink_to(secret)
    with pytest.raises(TemplateProblem, match=r"SecurityError: .*links to a file outside"):
        render_headline(root, "{% include 'en/headline/leak.txt' %}")
    (root / "en" / "headline" / "1-mine.j2").unlink()
    (root / "en" / "headline" / "1-mine.j2").symlink_to(secret)  # the variant itself
    with pytest.raises(TemplateProblem, match="SecurityError"):
        Renderer(TemplateSet([root])).render(load(SAMPLE), {"headline": "mine"})


def test_includes_inside_the_directory_work(tmp_path: Path) -> None:
    root = tmp_path / "mine"
    put(root, "en/_parts/role.j2", "{{ person.role | cap }}")
    assert render_headline(root, "{% include 'en/_parts/role.j2' %} for hire") \
        == "Data engineer for hire"


def test_a_file_with_a_builtin_name_replaces_it(tmp_path: Path) -> None:
    root = tmp_path / "mine"
    put(root, "en/headline/9-role-audience.j2", "House style: {{ person.role }}")
    ts = TemplateSet([root])
    variants = {v.name: v for v in ts.variants("en", "headline")}
    mine = variants["role-audience"]
    assert (mine.origin, mine.rank) == (str(root), 9)
    assert mine.overrides == builtin_templates() / "en/headline/2-role-audience.j2"
    assert all(v.overrides is None for n, v in variants.items() if n != "role-audience")
    result = Renderer(ts).render(load(SAMPLE), {"headline": "role-audience"})
    assert result.outputs["headline"].chosen.text == "House style: data engineer"


def test_render_reports_a_broken_template_in_one_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path / "mine"
    cases = {
        "ok\n{{ person.nothing }}": ":2: UndefinedError:",
        "{{ ''.__class__ }}": ":1: SecurityError: access to attribute '__class__'",
        "{% include '/etc/passwd' %}": ":1: TemplateNotFound: no template '/etc/passwd'",
        "a\n{% for %}": ":2: TemplateSyntaxError:",
    }
    for source, expected in cases.items():
        put(root, "en/headline/2-role-audience.j2", source)
        code, out, err = run_cli(["render", "--templates", str(root), str(SAMPLE)], capsys,
                                 monkeypatch)
        assert (code, out) == (2, "")
        assert err.count("\n") == 1 and "Traceback" not in err
        assert "en/headline/2-role-audience.j2" + expected in err


def test_templates_list_shows_origin_and_what_is_replaced(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        isolated_home: Path) -> None:
    root = tmp_path / "mine"
    put(root, "en/headline/2-role-audience.j2", "x")
    config = isolated_home / "config" / "templates"  # the coach's templates, found by itself
    put(config, "en/summary/7-house.j2", "y")
    code, out, err = run_cli(["templates", "list", "--templates", str(root)], capsys,
                             monkeypatch)
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[:4] == ["Searched in this order:", f"  {root}", f"  {config}",
                         f"  {builtin_templates()} (built-in)"]
    assert any(line.split() == ["2-role-audience.j2", str(root), "(replaces", "built-in",
                                "2-role-audience.j2)"] for line in lines)
    assert any(line.split() == ["7-house.j2", str(config)] for line in lines)
    assert any(line.split() == ["5-role-offer.j2", "built-in"] for line in lines)
    for lang in available_languages():
        assert f"{lang} · headline" in lines


def test_templates_check_passes_a_good_directory(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path / "mine"
    put(root, "en/headline/1-mine.j2",
        "{{ person.role | cap }}{% if person.organisation %} at {{ person.organisation }}"
        "{% endif %}")
    put(root, "nl/pitch/1-kort.j2", "Hoi, ik ben {{ person.name }}, {{ person.role }}.")
    code, out, err = run_cli(["templates", "check", str(root)], capsys, monkeypatch)
    assert (code, err) == (0, "")
    assert f"ok   {root}/en/headline/1-mine.j2 [en/full.toml]: 36/220 characters · fits" in out
    assert f"ok   {root}/en/headline/1-mine.j2 [en/minimal.toml]: 22/220 characters · fits" \
        in out
    assert f"{root}/nl/pitch/1-kort.j2 [nl/full.toml]: 6 words" in out
    assert out.endswith("2 templates checked, 0 problems.\n")


def test_templates_check_reports_each_error_with_file_and_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path / "mine"
    put(root, "en/headline/1-ok.j2", "{{ person.role }}")
    put(root, "en/headline/2-syntax.j2", "line one\n{% if %}\n")
    put(root, "en/summary/1-runtime.j2", "a\nb\n{{ person.nothing }}")
    put(root, "en/pitch/1-evil.j2", "{{ cycler.__init__.__globals__ }}")
    put(root, "en/headline/3-empty.j2", "{% if false %}x{% endif %}")
    put(root, "en/headline/4-name.j2", "{{ person.name }}")
    put(root, "xx/headline/1-x.j2", "x")
    put(root, "headline/1-misplaced.j2", "x")
    code, out, err = run_cli(["templates", "check", str(root)], capsys, monkeypatch)
    assert (code, err) == (1, "")
    assert f"FAIL {root}/en/headline/2-syntax.j2:2: TemplateSyntaxError: " in out
    assert (f"FAIL {root}/en/summary/1-runtime.j2:3: UndefinedError: 'types.SimpleNamespace "
            "object' has no attribute 'nothing' (sample en/full.toml, en/minimal.toml)") in out
    assert f"FAIL {root}/en/pitch/1-evil.j2:1: SecurityError: " in out
    assert f"FAIL {root}/en/headline/3-empty.j2: renders nothing" in out
    assert f"FAIL {root}/xx/headline/1-x.j2: there is no language 'xx'" in out
    assert f"note {root}/headline/1-misplaced.j2: not a variant" in out
    assert f"ok   {root}/en/headline/1-ok.j2 [en/full.toml]: 13/220 characters · fits" in out
    assert out.endswith("6 templates checked, 5 problems.\n")


def test_templates_check_same_name_twice_and_empty_directory(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path / "mine"
    put(root, "en/headline/1-house.j2", "{{ person.role }}")
    put(root, "en/headline/2-house.j2", "{{ person.name }}")
    code, out, _ = run_cli(["templates", "check", str(root)], capsys, monkeypatch)
    assert code == 1
    assert (f"FAIL {root}/en/headline/2-house.j2: has the same name 'house' as 1-house.j2, "
            "which is used instead") in out
    (tmp_path / "empty").mkdir()
    code, out, _ = run_cli(["templates", "check", str(tmp_path / "empty")], capsys, monkeypatch)
    assert code == 1 and "no templates found" in out


def test_templates_check_of_a_missing_directory_is_a_usage_error(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, err = run_cli(["templates", "check", str(tmp_path / "nope")], capsys,
                             monkeypatch)
    assert (code, out) == (2, "")
    assert err.startswith("profile-wizard: error: ") and err.count("\n") == 1


def test_every_builtin_template_renders_every_sample() -> None:
    report = template_check.check_directory(builtin_templates())
    assert [str(p) for p in report.problems] == []
    assert report.ok and report.templates >= 4 * len(available_languages())
    assert {r.sample.split("/")[0] for r in report.renderings} \
        == set(available_languages())


@pytest.mark.parametrize("lang", available_languages())
def test_samples_exist_for_every_language(lang: str) -> None:
    found = dict(template_check.samples(lang))
    assert list(found) == [f"{lang}/full.toml", f"{lang}/minimal.toml"]
    full, minimal = found[f"{lang}/full.toml"], found[f"{lang}/minimal.toml"]
    assert full.lang == minimal.lang == lang
    assert [f.key for f in FIELDS if not full.is_answered(f.key)] == []  # every field
    assert [f.key for f in FIELDS if minimal.is_answered(f.key) and not f.required] \
        == ["person.premium"]  # a bool always counts as answered


def test_describe_locates_errors_in_included_templates(tmp_path: Path) -> None:
    root = tmp_path / "mine"
    put(root, "en/_parts/bad.j2", "one\ntwo\n{{ nope.x }}")
    with pytest.raises(TemplateProblem) as info:
        render_headline(root, "{% include 'en/_parts/bad.j2' %}")
    assert template_check.describe(info.value).startswith(f"{root}/en/_parts/bad.j2:3: ")
    assert "UndefinedError: 'nope' is undefined" in template_check.describe(info.value)
    syntax = TemplateSyntaxError("boom", 4, "x", "f.j2")
    assert template_check.describe(syntax) == "f.j2:4: TemplateSyntaxError: boom"


def test_the_templates_command_module_imports_only_click() -> None:
    code = ("import sys, wizard.cli_templates; "
            "print(sorted(m for m in sys.modules if m.startswith(('jinja2', 'wizard.core'))))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == "[]"
