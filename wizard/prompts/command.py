"""Provides `profile-wizard ask`: the interview with every exit path saving what was answered."""

from __future__ import annotations

import sys
from pathlib import Path

from wizard.core.errors import UserError
from wizard.core.languages import available_languages
from wizard.core.model import Answers, AnswersError
from wizard.core.record import Record
from wizard.core.record_file import load_file
from wizard.prompts.files import Target, shown
from wizard.prompts.messages import messages
from wizard.prompts.session import NOT_A_TERMINAL, Conversation, Interview, error, line, start

INTERRUPTED = 130
STOPPED = 2


def run(lang: str | None, file: Path | None) -> int:
    """Ask the questions in the terminal, show the texts, and return the exit status."""
    if not sys.stdin.isatty():
        error(NOT_A_TERMINAL)
        return STOPPED
    if sys.stdout.isatty():
        return interview(lang, file)
    from prompt_toolkit.application import create_app_session
    from prompt_toolkit.output import create_output

    Conversation.on_stderr = True
    with create_app_session(output=create_output(stdout=sys.stderr)):
        return interview(lang, file)


def interview(lang: str | None, file: Path | None) -> int:
    """Everything after the terminal check (the tests drive this through a pipe input)."""
    if lang is not None and lang not in available_languages():
        error(UserError("bad_lang_option", lang=lang, langs=available_languages()))
        return STOPPED
    target = Target(file)
    if problem := target.writable_problem():
        error(problem)
        return STOPPED
    existing = None
    record: Record | None = None
    if file is not None and file.exists():
        try:
            record = load_file(file, partial=True)  # its choices and hand edits are kept
            existing = record.answers
        except AnswersError as exc:
            error(UserError("give_another_file", reason=exc))
            return STOPPED
    try:
        answers, keys, resumed = start(existing, lang, file)
    except KeyboardInterrupt:
        return _stopped(file if existing else None, existing or Answers(lang or "en"))
    except EOFError:
        return _input_ended(file if existing else None, existing or Answers(lang or "en"))
    session = Interview(answers, target, saved=resumed)
    session.record = record
    try:
        session.walk(keys)
    except KeyboardInterrupt:
        return _stopped(session.save(final=True), answers)
    except EOFError:
        return _input_ended(session.save(final=True), answers)
    except BaseException:
        session.save(final=True)  # whatever went wrong, the typed answers are on disk
        raise
    session.save(final=True)
    return show(session)


def _stopped(path: Path | None, answers: Answers) -> int:
    say = messages(answers.lang)
    print(file=sys.stderr)
    if path is None:
        print(say("stopped_nothing"), file=sys.stderr)
    else:
        print(say("stopped", path=shown(path)), file=sys.stderr)
        print(say("resume_hint", path=shown(path)), file=sys.stderr)
    return INTERRUPTED


def _input_ended(path: Path | None, answers: Answers) -> int:
    say = messages(answers.lang)
    print(file=sys.stderr)
    error(say("input_ended", path=shown(path)) if path else say("input_ended_nothing"))
    return STOPPED


def show(session: Interview) -> int:
    """Render the texts with their counts and checks, then say where the answers are."""
    # Rendering (Jinja and the checks) is imported only now: the first question appears sooner.
    from wizard.core import report
    from wizard.core.paths import user_template_dirs
    from wizard.core.render import Renderer
    from wizard.core.templates import TemplateSet

    say, answers = session.say, session.answers
    status = 0
    try:
        result = Renderer(TemplateSet(user_template_dirs())).render(answers)
    except Exception as exc:  # a broken user template must not cost the answers or a traceback
        error(say("render_failed", reason=report.describe_error(exc)))
        status = 1
    else:
        if not Conversation.on_stderr:
            line()
            line(say("texts"))
            line()
        # The texts themselves always go to stdout, the one thing worth redirecting to a file.
        print(report.format_result(result, "text", answers), flush=True)
    if session.saved is not None:
        line(say("saved", path=session.where()))
        line(say("render_again", path=session.where()))
    return status
