"""Tests the plain prompts (`profile-wizard ask`): pipe input for the flow, a pty end to end."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from prompt_toolkit.application import create_app_session
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput

from wizard.core.catalogue import catalogue
from wizard.core.languages import available_languages
from wizard.core.model import Answers, AnswersError, load, save
from wizard.core.render import Renderer
from wizard.core.templates import TemplateSet
from wizard.core.words import words
from wizard.prompts import session
from wizard.prompts.command import interview
from wizard.prompts.messages import messages
from wizard.prompts.questions import answer, prompt_for
from wizard.prompts.session import line
from wizard.prompts.validate import problem, split_items

ROOT = Path(__file__).resolve().parent.parent
EXE = ROOT / ".venv" / "bin" / "profile-wizard"
ENTER = "\r"
CTRL_C = "\x03"

# One whole profile per language, in catalogue order; "" skips an optional question.
PROFILES: dict[str, dict[str, str | list[str] | bool]] = {
    "en": {
        "person.name": "Maya Okafor", "person.role": "data engineer",
        "person.organisation": "Northwind Logistics", "person.premium": False,
        "future.doing": "build data platforms that let small teams trust their numbers",
        "future.change": "", "future.learn": "how to lead a team of engineers",
        "future.audience": "scale-ups in logistics and retail",
        "drivers.values": ["clarity", "craftsmanship"],
        "drivers.why": "good decisions start with numbers people believe",
        "expertise.areas": ["data modelling", "Python", "stream processing"],
        "expertise.proof": "cut the nightly reporting run from six hours to twenty minutes",
        "expertise.insight": "",
        "statement.stand_for": "data work that is transparent and explained in plain words",
        "statement.way_of_working": "", "statement.boundary": "",
        "offer.help": "a data platform your analysts can rely on",
        "offer.call_to_action": "",
        "invitation.recipient": "Saskia",
        "invitation.context": "I enjoyed your talk on data contracts at PyData",
    },
    "nl": {
        "person.name": "Sam de Vries", "person.role": "UX-onderzoeker",
        "person.organisation": "", "person.premium": True,
        "future.doing": "digitale diensten van de overheid begrijpelijk maken",
        "future.change": "", "future.learn": "",
        "future.audience": "gemeenten en uitvoeringsorganisaties",
        "drivers.values": ["helderheid", "eerlijkheid", "nieuwsgierigheid"],
        "drivers.why": "iedereen recht heeft op een overheid die je begrijpt",
        "expertise.areas": ["gebruikersonderzoek", "toegankelijkheid"],
        "expertise.proof": "het aanvraagformulier voor bijstand samen met inwoners herschreven",
        "expertise.insight": "overheden minder formulieren en meer gesprekken nodig hebben",
        "statement.stand_for": "onderzoek dat inwoners serieus neemt",
        "statement.way_of_working": "", "statement.boundary": "",
        "offer.help": "digitale diensten die inwoners in één keer goed invullen",
        "offer.call_to_action": "",
        "invitation.recipient": "Fatima",
        "invitation.context": "je artikel over begrijpelijke brieven me aan het denken zette",
    },
    "it": {
        "person.name": "Giulia Bianchi", "person.role": "analista di dati",
        "person.organisation": "", "person.premium": False,
        "future.doing": "aiutare le piccole imprese a usare bene i propri dati",
        "future.change": "", "future.learn": "",
        "future.audience": "piccole imprese del commercio",
        "drivers.values": ["chiarezza", "onestà"],
        "drivers.why": "",
        "expertise.areas": ["analisi dei dati", "SQL"],
        "expertise.proof": "", "expertise.insight": "",
        "statement.stand_for": "numeri spiegati in parole semplici",
        "statement.way_of_working": "", "statement.boundary": "",
        "offer.help": "report che il tuo team capisce al primo colpo",
        "offer.call_to_action": "",
        "invitation.recipient": "", "invitation.context": "",
    },
}


def keystrokes(lang: str, profile: dict[str, str | list[str] | bool]) -> str:
    """What a person types to give `profile`, question by question, in catalogue order."""
    say = messages(lang)
    yes, no = say("yes_key"), say("no_key")
    keys = []
    for step in catalogue(lang).steps:
        if step.optional:
            wanted = any(profile[q.key] for q in step.questions)
            keys.append(yes if wanted else no)
            if not wanted:
                continue
        for q in step.questions:
            value = profile[q.key]
            if isinstance(value, bool):
                keys.append(yes if value else no)
            else:
                keys.append((", ".join(value) if isinstance(value, list) else value) + ENTER)
    return "".join(keys)


def drive(keys: str, *, lang: str | None = "en", file: Path | None = None) -> int:
    """Run the interview with `keys` typed ahead; after the last key, input runs out."""
    with create_pipe_input() as pipe, create_app_session(input=pipe, output=DummyOutput()):
        pipe.send_text(keys)
        pipe.close()
        return interview(lang, file)


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Run in an empty folder: without -o the answers are saved in the current folder."""
    folder = tmp_path / "work"
    folder.mkdir()
    monkeypatch.chdir(folder)
    return folder


def need(lang: str) -> None:
    if lang not in available_languages():
        pytest.skip(f"no '{lang}' question catalogue in this checkout yet")


def has_templates(lang: str) -> bool:
    return bool(TemplateSet().variants(lang, "headline"))


def test_whole_profile_in_english(here: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status = drive(keystrokes("en", PROFILES["en"]), lang="en")
    out = capsys.readouterr().out
    assert status == 0
    saved = here / "profile-maya-okafor.toml"
    answers = load(saved)
    assert answers.lang == "en"
    for key, value in PROFILES["en"].items():
        assert answers[key] == value, key
    result = Renderer().render(answers)
    assert result.outputs["headline"].chosen.text in out
    assert result.outputs["invitation"].chosen.text in out
    assert "Headline" in out and "characters" in out
    assert "Your answers are saved in profile-maya-okafor.toml" in out
    assert "profile-wizard render profile-maya-okafor.toml" in out


@pytest.mark.parametrize("lang", ["nl", "it"])
def test_whole_profile_in_another_language_chosen_from_the_menu(
        lang: str, here: Path, capsys: pytest.CaptureFixture[str]) -> None:
    need(lang)
    number = available_languages().index(lang) + 1
    target = here / "mine.toml"
    status = drive(f"{number}{ENTER}" + keystrokes(lang, PROFILES[lang]), lang=None, file=target)
    out = capsys.readouterr().out
    answers = load(target)
    assert answers.lang == lang
    for key, value in PROFILES[lang].items():
        assert answers[key] == value, key
    assert messages(lang)("saved", path="mine.toml") in out
    if not has_templates(lang):
        pytest.skip(f"answers saved in {lang}; no '{lang}' templates yet to render them")
    assert status == 0
    assert Renderer().render(answers).outputs["headline"].chosen.text in out


def test_the_language_is_asked_in_the_word_of_every_pack(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # asked before a language is chosen: a French writer reads "Langue" as well
    asked: list[str] = []

    def choose(question: str, choices: list[tuple[str, str]], hint: str) -> str:
        asked.append(question)
        return choices[0][1]

    monkeypatch.setattr(session, "choose", choose)
    assert session.pick_language(None) == available_languages()[0]
    for code in available_languages():
        assert words(code)("prompts.pick_language") in asked[0].split(" / "), (code, asked)
    assert "Langue" in asked[0]


def test_examples_are_quoted_the_way_the_language_quotes(
        here: Path, capsys: pytest.CaptureFixture[str]) -> None:
    need("fr")
    drive(f"Claire Dubois{ENTER}", lang="fr", file=here / "mine.toml")
    out = capsys.readouterr().out
    name = catalogue("fr").question("person.name")
    assert f"« {name.examples[0]} »" in " ".join(out.split()).replace("\u00a0", " ")
    assert "“" not in out


def test_an_empty_required_answer_is_refused_with_a_message(here: Path) -> None:
    # Enter on an empty name, then a name that is too long and erased: neither moves on.
    status = drive(f"{ENTER}{'x' * 81}{ENTER}" + "\b" * 81 + f"Maya Okafor{ENTER}")
    assert status == 2  # input ran out at the next question
    assert load(here / "profile-maya-okafor.toml", partial=True).text("person.name") \
        == "Maya Okafor"


@pytest.mark.parametrize(("typed", "message"), [
    ("", "An answer is needed here: your texts are built on it."),
    ("x" * 81, "That is 81 characters; please keep it to 80."),
])
def test_the_prompt_shows_the_validation_message(typed: str, message: str) -> None:
    with create_pipe_input() as pipe, create_app_session(input=pipe, output=DummyOutput()):
        prompt = prompt_for(catalogue("en").question("person.name"), messages("en"), "")
        pipe.send_text(typed + ENTER)
        pipe.close()
        with pytest.raises(EOFError):
            answer(prompt)
    error = prompt.application.current_buffer.validation_error
    assert error is not None and error.message == message


def test_validation_of_texts_and_lists() -> None:
    cat, say = catalogue("en"), messages("en")
    name, org = cat.question("person.name"), cat.question("person.organisation")
    values = cat.question("drivers.values")
    assert problem(name, "   ", say) == "An answer is needed here: your texts are built on it."
    assert problem(org, "", say) is None  # optional
    assert problem(name, "é" * 80, say) is None
    assert problem(name, "👩‍💻" * 17, say) == "That is 85 characters; please keep it to 80."
    assert problem(values, " , ,", say) == "Give at least one, separated by commas."
    assert problem(values, "a, b, c, d, e, f", say) == "That is 6; please give at most 5."
    assert "is 41 characters" in (problem(values, "clarity, " + "x" * 41, say) or "")
    assert problem(values, "clarity; care , trust", say) is None
    assert split_items("clarity; care , trust,,") == ["clarity", "care", "trust"]


def test_input_running_out_midway_keeps_the_answers_and_points_to_render(
        here: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = here / "half.toml"
    status = drive(f"Maya Okafor{ENTER}data engineer{ENTER}Northw", file=target)
    err = capsys.readouterr().err
    assert status == 2
    lines = [line for line in err.splitlines() if line]
    assert len(lines) == 1 and "input ended" in lines[0]
    assert "profile-wizard render FILE" in lines[0] and "half.toml" in lines[0]
    assert "Traceback" not in err
    partial = load(target, partial=True)
    assert partial.text("person.name") == "Maya Okafor"
    assert partial.text("person.organisation") == "Northw"  # typed, not yet Entered: kept
    with pytest.raises(AnswersError, match=r"missing required answer 'future\.doing'"):
        load(target)


def test_ctrl_c_saves_what_was_answered_and_exits_130(
        here: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status = drive(f"Maya Okafor{ENTER}{CTRL_C}")
    err = capsys.readouterr().err
    assert status == 130
    assert "Stopped. Your answers so far are saved in profile-maya-okafor.toml" in err
    assert "profile-wizard ask -o profile-maya-okafor.toml" in err
    assert load(here / "profile-maya-okafor.toml", partial=True).missing()[0] == "person.role"


def test_ctrl_c_before_any_answer_saves_nothing(
        here: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert drive(CTRL_C) == 130
    assert "Nothing was answered" in capsys.readouterr().err
    assert list(here.iterdir()) == []


def test_resume_asks_only_what_is_missing(here: Path) -> None:
    target = here / "maya.toml"
    started = Answers("en")
    for key in ("person.name", "person.role", "person.organisation"):
        started.set(key, PROFILES["en"][key])
    save(started, target)
    rest = {k: v for k, v in PROFILES["en"].items()
            if k not in ("person.name", "person.role", "person.organisation")}
    keys = keystrokes("en", {**PROFILES["en"], **rest})
    # The first three answers are already in the file, so they must not be asked again.
    skip = len("Maya Okafor\rdata engineer\rNorthwind Logistics\r")
    assert drive(f"1{ENTER}" + keys[skip:], lang=None, file=target) == 0
    answers = load(target)
    for key, value in PROFILES["en"].items():
        assert answers[key] == value, key


def test_ctrl_c_at_the_resume_menu_leaves_the_file_as_it_was(
        here: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = here / "maya.toml"
    started = Answers("en")
    started.set("person.name", "Maya Okafor")
    save(started, target)
    before = target.read_bytes()
    assert drive(CTRL_C, file=target) == 130
    assert "Your answers so far are saved in maya.toml" in capsys.readouterr().err
    assert target.read_bytes() == before


def test_an_existing_file_that_is_not_an_answers_file_is_left_alone(
        here: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = here / "notes.toml"
    target.write_text("title = 'my notes'\n", encoding="utf-8")
    assert drive("", file=target) == 2
    err = capsys.readouterr().err
    assert "notes.toml" in err and "give another file with -o" in err
    assert target.read_text(encoding="utf-8") == "title = 'my notes'\n"


def test_the_default_file_never_overwrites_another(here: Path) -> None:
    earlier = here / "profile-maya-okafor.toml"
    earlier.write_text("# someone's earlier profile\n", encoding="utf-8")
    assert drive(keystrokes("en", PROFILES["en"])) == 0
    assert earlier.read_text(encoding="utf-8") == "# someone's earlier profile\n"
    assert load(here / "profile-maya-okafor-2.toml").text("person.name") == "Maya Okafor"


def test_a_failing_disk_still_shows_every_answer(
        here: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    def full_disk(answers: Answers, path: Path) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("wizard.core.model.save", full_disk)
    status = drive(f"Maya Okafor{ENTER}data engineer{ENTER}")
    captured = capsys.readouterr()
    assert status == 2
    # Told at the first failure, not at every answer, and once more at the end.
    assert captured.err.count("Could not save to profile-maya-okafor.toml") == 2
    assert 'name = "Maya Okafor"' in captured.out and 'role = "data engineer"' in captured.out
    assert list(here.iterdir()) == []


def test_a_json_file_is_saved_as_json(here: Path) -> None:
    assert drive(keystrokes("en", PROFILES["en"]), file=here / "maya.json") == 0
    assert load(here / "maya.json").text("offer.help") == PROFILES["en"]["offer.help"]
    assert (here / "maya.json").read_text(encoding="utf-8").startswith("{")


def test_without_a_terminal_one_line_and_exit_2(here: Path) -> None:
    done = subprocess.run([str(EXE), "ask"], stdin=subprocess.DEVNULL, capture_output=True,
                          text=True, timeout=30, cwd=here)
    assert done.returncode == 2
    assert done.stdout == ""
    assert len(done.stderr.splitlines()) == 1
    assert "profile-wizard render FILE" in done.stderr
    assert list(here.iterdir()) == []


def test_end_to_end_in_a_pseudo_terminal(tmp_path: Path) -> None:
    pexpect = pytest.importorskip("pexpect")
    profile = PROFILES["en"]
    child = pexpect.spawn(str(EXE), ["ask", "--lang", "en", "-o", "maya.toml"], cwd=str(tmp_path),
                          env={**os.environ, "TERM": "xterm", "NO_COLOR": "1"},
                          dimensions=(30, 100), encoding="utf-8", timeout=15)
    child.delaybeforesend = None  # a real person types slower; the prompts do not need a pause
    try:
        child.expect_exact("My name is")
        child.send(ENTER)
        child.expect_exact("An answer is needed here")
        for step in catalogue("en").steps:
            if step.id != "person":
                child.expect_exact(step.title)
            if step.optional:
                child.expect_exact("(y/N)")
                child.send("y")
            for q in step.questions:
                if q.key != "person.name":
                    child.expect_exact(q.stem)
                value = profile[q.key]
                if isinstance(value, bool):
                    child.expect_exact("(y/N)")
                    child.send("y" if value else "n")
                else:
                    child.sendline(", ".join(value) if isinstance(value, list) else value)
        child.expect_exact("Headline")
        headline = Renderer().render(load(tmp_path / "maya.toml")).outputs["headline"].chosen.text
        child.expect_exact(headline)
        child.expect_exact("Your answers are saved in maya.toml")
        child.expect(pexpect.EOF)
    finally:
        child.close()
    assert child.exitstatus == 0, child.before
    assert load(tmp_path / "maya.toml").text("invitation.recipient") == "Saskia"


def test_redirected_stdout_gets_only_the_texts(tmp_path: Path) -> None:
    pexpect = pytest.importorskip("pexpect")
    answers = Answers("en")
    for key, value in PROFILES["en"].items():
        answers.set(key, value)
    save(answers, tmp_path / "maya.toml")
    command = f"{EXE} ask -o maya.toml > texts.txt"
    child = pexpect.spawn("/bin/sh", ["-c", command], cwd=str(tmp_path), encoding="utf-8",
                          env={**os.environ, "TERM": "xterm"}, dimensions=(24, 80), timeout=15)
    try:
        child.expect_exact("maya.toml already has answers")
        child.expect_exact("2) Just show the texts")
        child.send(f"2{ENTER}")
        child.expect_exact("Your answers are saved in maya.toml")
        child.expect(pexpect.EOF)
    finally:
        child.close()
    assert child.exitstatus == 0
    texts = (tmp_path / "texts.txt").read_text(encoding="utf-8")
    assert texts.startswith("── Headline")
    assert Renderer().render(answers).outputs["summary"].chosen.text in texts
    assert "already has answers" not in texts and "saved in" not in texts


def test_wrapped_lines_never_split_a_file_name(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "50")
    line(messages("nl")("render_again", path="profile-sam-de-vries-van-den-berg.toml"))
    out = capsys.readouterr().out
    assert "profile-sam-de-vries-van-den-berg.toml\n" in out
    assert all(len(row) <= 49 for row in out.splitlines() if " " in row.strip())


def test_the_core_does_not_import_questionary() -> None:
    code = "import sys, wizard.core.render, wizard.core.report; print('questionary' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=30, check=True)
    assert done.stdout.strip() == "False"
