"""Tests for the profile record: what shows per output, hand edits tied to their answers, and
the answers file that carries choices and edits (schema 1, extended)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from wizard.core.model import Answers, AnswersError, dumps, load
from wizard.core.record import (
    BEST,
    YOURS,
    Record,
    drop,
    fingerprint,
    reapply,
    render_record,
    with_edit,
    with_variant,
)
from wizard.core.record_file import dumps_file, load_file, save_file
from wizard.core.render import Renderer

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "answers"
MAYA = FIXTURES / "en-maya.toml"
MINE = "Data engineer | small teams trust their numbers"


@pytest.fixture
def record() -> Record:
    return Record(load(MAYA))


def test_what_shows_follows_choice_then_edit_then_best_fit(record: Record) -> None:
    assert record.choice("headline") is None  # nothing chosen: the best fit
    edited = with_edit(record, "headline", MINE)
    assert edited.choice("headline") == YOURS
    picked = with_variant(edited, "headline", "role-offer")
    assert picked.choice("headline") == "role-offer"
    assert picked.edits["headline"].text == MINE  # picking a variant keeps the edit
    best = with_variant(picked, "headline", None)
    assert best.choice("headline") is None and best.variants["headline"] == BEST
    assert with_variant(best, "headline", YOURS).choice("headline") == YOURS
    assert drop(best, "headline").variants == {} and drop(best, "headline").edits == {}
    assert with_variant(record, "headline", None).variants == {}  # no edit: nothing to keep


def test_an_edit_goes_stale_when_the_answers_change_and_is_kept(record: Record) -> None:
    edited = with_edit(record, "headline", MINE)
    assert edited.stale() == []
    answers = edited.answers.copy()
    answers.set("person.role", "analytics engineer")
    changed = Record(answers, edited.variants, edited.edits)
    assert changed.stale() == ["headline"]
    assert changed.choice("headline") == YOURS  # still shown, as it was left
    assert reapply(changed, "headline").stale() == []
    assert reapply(changed, "headline").edits["headline"].answers == fingerprint(answers)
    assert with_edit(record, "headline", "  ").edits == {}  # an empty edit is no edit


def test_render_record_shows_the_edit_counted_and_checked(record: Record) -> None:
    renderer = Renderer()
    result = render_record(renderer, with_edit(record, "headline", MINE))
    chosen = result.outputs["headline"].chosen
    assert (chosen.text, chosen.variant, chosen.length) == (MINE, YOURS, len(MINE))
    assert result.outputs["summary"].chosen.variant != YOURS
    picked = render_record(renderer, with_variant(with_edit(record, "headline", MINE),
                                                  "headline", "role-offer"))
    assert picked.outputs["headline"].chosen.variant == "role-offer"


def test_a_removed_variant_gives_the_best_fit_and_strict_names_it(record: Record) -> None:
    renderer = Renderer()
    gone = with_variant(record, "summary", "a-template-since-deleted")
    best = renderer.render(record.answers).outputs["summary"].chosen.variant
    assert render_record(renderer, gone).outputs["summary"].chosen.variant == best
    with pytest.raises(LookupError, match="no summary variant 'nope'"):
        render_record(renderer, record, strict={"summary": "nope"})


def test_stale_edits_can_be_left_out(record: Record) -> None:
    edited = with_edit(record, "headline", MINE)
    answers = edited.answers.copy()
    answers.set("person.role", "analytics engineer")
    stale = Record(answers, edited.variants, edited.edits)
    assert render_record(Renderer(), stale).outputs["headline"].chosen.text == MINE
    assert render_record(Renderer(), stale, stale=False).outputs["headline"].chosen.text != MINE


# ── the answers file ─────────────────────────────────────────────────────────────────────

@pytest.mark.parametrize("suffix", [".toml", ".json"])
def test_choices_and_edits_round_trip_through_the_answers_file(record: Record, tmp_path: Path,
                                                               suffix: str) -> None:
    rec = with_variant(with_edit(record, "headline", MINE), "summary", "short")
    rec = with_edit(rec, "pitch", "First line.\n\nSecond paragraph.")
    rec = with_variant(rec, "pitch", None)  # best fit shown, the edit kept
    path = save_file(rec, tmp_path / f"maya{suffix}")
    back = load_file(path)
    assert back.answers.values == rec.answers.values
    assert dict(back.variants) == {"summary": "short", "pitch": BEST}
    assert {o: (e.text, e.answers) for o, e in back.edits.items()} == \
        {o: (e.text, e.answers) for o, e in rec.edits.items()}
    assert back.choice("headline") == YOURS and back.choice("pitch") is None
    assert back.edits["pitch"].text == "First line.\n\nSecond paragraph."  # paragraphs kept
    assert (path.stat().st_mode & 0o777) == 0o600


@pytest.mark.parametrize("fmt", ["toml", "json"])
def test_a_file_without_the_tables_is_exactly_the_old_file(record: Record, fmt: str) -> None:
    assert dumps_file(record, fmt) == dumps(record.answers, fmt)  # type: ignore[arg-type]
    assert "variants" not in dumps_file(record) and "edits" not in dumps_file(record)


def test_an_edit_typed_into_the_file_by_hand_is_for_its_answers(tmp_path: Path) -> None:
    path = tmp_path / "maya.toml"
    path.write_text(MAYA.read_text(encoding="utf-8") +
                    '\n[edits.headline]\ntext = "Typed in an editor"\n', encoding="utf-8")
    rec = load_file(path)
    assert rec.edits["headline"].text == "Typed in an editor"
    assert rec.stale() == [] and rec.choice("headline") == YOURS


def test_a_headline_edit_is_one_line_and_a_summary_keeps_its_paragraphs(record: Record,
                                                                       tmp_path: Path) -> None:
    """LinkedIn's headline field takes no line break: however an edit arrives (the app, the
    command line, a file typed by hand) the headline is kept on one line."""
    edited = with_edit(record, "headline", "Data engineer\n\nfor small   teams\n")
    assert edited.edits["headline"].text == "Data engineer for small teams"
    summary = with_edit(record, "summary", "First.\n\n\nSecond.")
    assert summary.edits["summary"].text == "First.\n\nSecond."
    path = tmp_path / "maya.toml"
    path.write_text(MAYA.read_text(encoding="utf-8") +
                    '\n[edits.headline]\ntext = """Typed\nin an editor"""\n', encoding="utf-8")
    assert load_file(path).edits["headline"].text == "Typed in an editor"


@pytest.mark.parametrize(("extra", "message"), [
    ('variants = "story"', "'variants' must be a table"),
    ('[variants]\nheadlin = "x"', "unknown key 'variants.headlin' (the outputs are headline"),
    ("[variants]\nheadline = 3", "'variants.headline' must be the name of a variant"),
    ('[variants]\nheadline = "__yours__"', "'variants.headline' must be the name of a variant"),
    ('edits = "x"', "'edits' must hold tables like [edits.headline]"),
    ('[edits]\nheadline = "x"', "'edits.headline' must be a table with text"),
    ('[edits.headline]\ntext = ""', "'edits.headline.text' must be the edited text"),
    ('[edits.headline]\ntxt = "x"', "unknown key 'edits.headline.txt'"),
    ('[edits.headline]\ntext = "x"\nanswers = 1', "'edits.headline.answers' must be a text"),
    ('[edits.headline]\ntext = "x"\nedited = 1', "'edits.headline.edited' must be a date"),
    ('[edits.headline]\ntext = "x"\nshown = "no"', "'edits.headline.shown' must be true or"),
])
def test_bad_tables_name_the_file_and_the_key(tmp_path: Path, extra: str, message: str) -> None:
    path = tmp_path / "maya.toml"
    body = MAYA.read_text(encoding="utf-8")
    # a top-level key goes before the first table, a table after the answers
    path.write_text(f"{extra}\n{body}" if extra.startswith(("variants =", "edits =")) else
                    f"{body}\n{extra}\n", encoding="utf-8")
    with pytest.raises(AnswersError) as caught:
        load_file(path)
    text = str(caught.value)
    assert text.startswith(f"{path}: ") and message in text and "\n" not in text


def test_the_plain_loader_still_refuses_the_tables_as_unknown_keys(tmp_path: Path) -> None:
    """An older reader names the table instead of silently dropping the person's edit."""
    path = tmp_path / "maya.toml"
    path.write_text(MAYA.read_text(encoding="utf-8") + '\n[edits.headline]\ntext = "x"\n',
                    encoding="utf-8")
    with pytest.raises(AnswersError, match="unknown key 'edits'"):
        load(path)


def _cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "wizard", *map(str, args)],
                          capture_output=True, text=True, timeout=60)


def test_render_reads_a_file_with_choices_and_edits(record: Record, tmp_path: Path) -> None:
    path = save_file(with_variant(with_edit(record, "headline", MINE), "summary", "short"),
                     tmp_path / "maya.toml")
    done = _cli("render", path, "--format", "json")
    assert done.returncode == 0, done.stderr
    outputs = json.loads(done.stdout)["outputs"]
    assert outputs["headline"]["text"] == MINE
    assert outputs["summary"]["variant"] == "short"
    text = _cli("render", path)
    assert "edited by hand" in text.stdout and "__yours__" not in text.stdout
    forced = _cli("render", path, "--variant", "headline=role-offer", "--format", "json")
    assert json.loads(forced.stdout)["outputs"]["headline"]["variant"] == "role-offer"


def test_the_prompts_keep_the_files_choices_and_edits(record: Record, tmp_path: Path) -> None:
    from wizard.prompts.files import Target
    from wizard.prompts.session import Interview

    path = save_file(with_edit(record, "headline", MINE), tmp_path / "maya.toml")
    kept = load_file(path)
    interview = Interview(kept.answers.copy(), Target(path), saved=True)
    interview.record = kept
    interview.keep("future.learn", "how to lead a team")
    again = load_file(path)
    assert again.answers.text("future.learn") == "how to lead a team"
    assert again.edits["headline"].text == MINE and again.stale() == ["headline"]


def test_an_empty_record_is_the_answers_alone() -> None:
    rec = Record(Answers("nl"))
    assert rec.stale() == [] and rec.suggestions() == [] and rec.choice("summary") is None


def test_the_documented_tables_load_after_the_documented_example(tmp_path: Path) -> None:
    """docs/answers-file.md: its complete example with its choices-and-edits block."""
    import re

    doc = (Path(__file__).resolve().parent.parent / "docs" / "answers-file.md").read_text(
        encoding="utf-8")
    [example] = re.findall(r"```toml\n(.*?)```", doc, re.S)
    [tables] = re.findall(r"```TOML\n(.*?)```", doc, re.S)
    path = tmp_path / "documented.toml"
    path.write_text(example + "\n" + tables, encoding="utf-8")
    rec = load_file(path)
    assert rec.choice("summary") == "short" and rec.choice("pitch") is None
    assert rec.choice("headline") == YOURS and rec.stale() == ["headline"]
    result = render_record(Renderer(), rec)
    assert result.outputs["headline"].chosen.text.startswith("Data engineer | I make")
