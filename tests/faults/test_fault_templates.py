"""Faults: coach templates that loop, explode, recurse, misspell or carry escapes.

Each is stopped by the budget (wizard.core.template_budget) with the same one line in
`render`, `templates check` and the app; the app keeps working on the built-in templates.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from faultkit import answers_text, assert_clean, needs_wizard, patience, run, toasts_said, until

BUDGET = {"PROFILE_WIZARD_TEMPLATE_SECONDS": "0.5"}

HOSTILE: list[tuple[str, str, str]] = [
    ("range", "{% for i in range(10**9) %}x{% endfor %}", "range() of more than 10,000 numbers"),
    ("nested", "{% for i in range(10000) %}{% for j in range(10000) %}{% endfor %}{% endfor %}",
     "takes longer than 0.5 s to render"),
    ("repeat", "{{ 'x' * 10**9 }}", "more than 100,000 characters or items at once"),
    ("list-repeat", "{{ ([1] * 10**8) | length }}", "more than 100,000 characters or items"),
    ("power", "{{ 7 ** 1000000 }}", "a power too large to compute"),
    ("printf", "{{ '%0999999999d' % 1 }}", "more than 100,000 characters or items"),
    ("center", "{{ 'x' | center(999999999) }}", "needs more memory than a template may use"),
    ("format", "{{ '{:>999999999}'.format('x') }}", "needs more memory than a template may use"),
    ("recursion", "{% macro f(n) %}{{ f(n + 1) }}{% endmacro %}{{ f(1) }}",
     "calls itself too deeply"),
    ("fork-bomb", "{% macro f(n) %}{% if n < 60 %}{{ f(n+1) }}{{ f(n+1) }}{% endif %}"
     "{% endmacro %}{{ f(1) }}", "takes longer than 0.5 s to render"),
    ("huge-output", "{% for i in range(10000) %}{{ 'x' * 50000 }}{% endfor %}",
     "writes more than 100,000 characters"),
    ("lipsum", "{{ lipsum(100000) }}", "more than 100,000 characters or items"),
    ("typo", "{{ persn.role }}", "UndefinedError: 'persn' is undefined"),
    ("typo-filter", "{{ person.rol | phrase }}", "has no attribute 'rol'"),
]


def templates(root: Path, source: str, output: str = "headline") -> Path:
    path = root / "en" / output / "1-mine.j2"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(source, encoding="utf-8")
    return root


@needs_wizard
@pytest.mark.parametrize(("name", "source", "expected"), HOSTILE, ids=[h[0] for h in HOSTILE])
def test_render_stops_a_template_over_budget_with_one_line(
        tmp_path: Path, answers: Path, name: str, source: str, expected: str) -> None:
    root = templates(tmp_path / "mine", source)
    done = run("render", answers, "--templates", root, env=BUDGET)
    line = done.one_error_line("rendering failed: ", "1-mine.j2", expected)
    assert "StrictUndefined" not in line and "TypeError" not in line


@needs_wizard
@pytest.mark.parametrize(("name", "source", "expected"),
                         [h for h in HOSTILE if h[0] in ("nested", "repeat", "typo", "center")],
                         ids=["nested", "repeat", "typo", "center"])
def test_templates_check_says_the_same(tmp_path: Path, name: str, source: str,
                                       expected: str) -> None:
    root = templates(tmp_path / "mine", source)
    done = run("templates", "check", root, env=BUDGET)
    assert done.code == 1, done.stdout
    fail = [line for line in done.stdout.splitlines() if line.startswith("FAIL")]
    assert len(fail) == 1 and expected in fail[0] and "1-mine.j2" in fail[0], done.stdout
    assert_clean(done.out + done.err)


@needs_wizard
def test_templates_check_of_many_slow_templates_ends_in_time(tmp_path: Path) -> None:
    root = tmp_path / "mine"
    for output in ("headline", "summary", "pitch"):
        templates(root, "{% for i in range(10000) %}{% for j in range(10000) %}{% endfor %}"
                  "{% endfor %}", output)
    done = run("templates", "check", root, env={"PROFILE_WIZARD_TEMPLATE_SECONDS": "0.3"},
               limit=patience())  # 5 s on an idle machine
    assert done.code == 1 and done.stdout.count("takes longer than 0.3 s") == 3, done.stdout


@needs_wizard
def test_escapes_in_a_templates_own_text_never_reach_the_terminal(tmp_path: Path,
                                                                  answers: Path) -> None:
    source = "Hello\x1b]0;PWNED\x07 \x1b]52;c;aGFja2Vk\x07\x1b[2J\x9b31m\u202e{{ person.role }}"
    root = templates(tmp_path / "mine", source)
    for fmt in ("text", "json", "md"):
        done = run("render", answers, "--templates", root, "--variant", "headline=mine",
                   "--format", fmt)
        assert done.code == 0, done.stderr
        assert_clean(done.out + done.err)
        assert "Hello" in done.stdout and "data engineer" in done.stdout
    done = run("templates", "check", root)
    assert done.code == 0 and done.stdout.startswith("ok   ")
    assert_clean(done.out + done.err)


@needs_wizard
def test_a_hostile_template_file_name_is_listed_safely(tmp_path: Path) -> None:
    root = tmp_path / "mine"
    templates(root, "{{ person.role }}")
    (root / "en" / "headline" / "1-mine.j2").rename(
        root / "en" / "headline" / "2-\x1b]0;PWNED\x07x.j2")
    for args in (("templates", "list", "--templates", root), ("templates", "check", root)):
        done = run(*args)
        assert done.code == 0, done.stderr
        assert "?]0;PWNED?x.j2" in done.stdout
        assert_clean(done.out + done.err)


@needs_wizard
def test_a_fifo_among_the_templates_is_not_read(tmp_path: Path, answers: Path) -> None:
    import os

    root = templates(tmp_path / "mine", "{% include 'en/_parts/pipe.j2' %}")
    (root / "en" / "_parts").mkdir()
    os.mkfifo(root / "en" / "_parts" / "pipe.j2")
    # (until round 16: "TemplateNotFound: no template 'en/_parts/pipe.j2'")
    run("render", answers, "--templates", root).one_error_line(
        "1-mine.j2:1: 'en/_parts/pipe.j2' is not a regular file (a pipe or a device)")
    (root / "en" / "headline" / "1-mine.j2").unlink()
    os.mkfifo(root / "en" / "headline" / "1-mine.j2")  # the variant itself
    run("render", answers, "--templates", root).one_error_line(
        "1-mine.j2: 'en/headline/1-mine.j2' is not a regular file")


async def test_the_app_says_it_once_and_keeps_working(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from wizard.core.paths import config_dir
    from wizard.tui.app import WizardApp
    from wizard.tui.launch import prepare

    monkeypatch.setenv("PROFILE_WIZARD_TEMPLATE_SECONDS", "0.5")
    templates(config_dir() / "templates",
              "{% for i in range(10000) %}{% for j in range(10000) %}{% endfor %}{% endfor %}")
    path = tmp_path / "maya.toml"
    path.write_text(answers_text(), encoding="utf-8")
    session, _ = prepare(path)
    app = WizardApp(session, blink=False, terminal_clipboard=False)
    messages = toasts_said(app)
    async with app.run_test(size=(200, 40)) as pilot:  # the whole line: reason first
        # the results render; the budget (CPU time) stops the loop
        await until(pilot, lambda: bool(messages))
        assert any("your templates are not used until the app starts again" in m
                   and "takes longer than 0.5 s" in m and "1-mine.j2" in m for m in messages)
        result = app.renderer.render(session.answers)
        assert result.outputs["headline"].chosen.variant != "mine"  # the built-ins write now
        await pilot.press("ctrl+q")
    assert app.return_code in (0, None)
