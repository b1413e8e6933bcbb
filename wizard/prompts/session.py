"""Provides the plain-prompt interview: language, resume, each step in turn, saved as it goes."""

from __future__ import annotations

import shlex
import shutil
import sys
import textwrap
from collections.abc import Collection
from dataclasses import replace
from pathlib import Path

from wizard.core import model
from wizard.core.catalogue import Question, Step, catalogue
from wizard.core.errors import os_words
from wizard.core.languages import available_languages, language
from wizard.core.model import Answers, Value
from wizard.core.record import Record
from wizard.core.record_file import save_file
from wizard.core.sanitize import for_terminal
from wizard.core.words import words
from wizard.prompts.files import Target, open_keys, seen, shown
from wizard.prompts.messages import messages
from wizard.prompts.questions import answer, choose, prompt_for, typed, value_of, yes_no

NOT_A_TERMINAL = ("`ask` needs a terminal to type the answers in; without one, fill in a file "
                  "(`profile-wizard new FILE`) and run `profile-wizard render FILE`")


def error(message: object) -> None:
    """One error line on stderr: a UserError in the interface language, anything made safe."""
    print(f"profile-wizard: error: {for_terminal(message)}", file=sys.stderr, flush=True)


class Conversation:
    """Where the questions go: stdout, or stderr when stdout is redirected, so that
    `profile-wizard ask > texts.txt` asks on the terminal and keeps only the texts in the file."""

    on_stderr = False


def line(text: str = "", indent: str = "") -> None:
    """Print wrapped to the terminal: plain lines read well aloud and in any terminal."""
    width = max(40, shutil.get_terminal_size((80, 24)).columns - 1)
    # File names and commands are never split: they must survive being copied.
    wrapped = textwrap.fill(text, width, initial_indent=indent, subsequent_indent=indent,
                            break_long_words=False, break_on_hyphens=False)
    print(for_terminal(wrapped, multiline=True), file=sys.stderr if Conversation.on_stderr
          else sys.stdout, flush=True)


class Interview:
    """Walks the catalogue for one Answers, saving after every answer."""

    def __init__(self, answers: Answers, target: Target, saved: bool = False) -> None:
        self.answers = answers
        self.target = target
        self.say = messages(answers.lang)
        self.dirty = False
        self.warned = False
        self.saved = target.path if saved else None
        self.record: Record | None = None  # the file's choices and hand edits, saved with it

    def save(self, final: bool = False) -> Path | None:
        """Write what was answered; on failure warn once, and at the end print the file."""
        if not self.dirty:
            return self.saved
        path = self.target.settle(self.answers)
        try:
            if self.record is not None and (self.record.variants or self.record.edits):
                save_file(replace(self.record, answers=self.answers), path)
            else:
                model.save(self.answers, path)
        except OSError as exc:
            if final or not self.warned:
                error(self.say("save_failed", path=shown(path),
                               reason=os_words(exc, self.answers.lang)))
                self.warned = True
            if final:
                print(model.dumps(self.answers, model.format_of(path)), flush=True)
            return None
        if self.saved is None:
            line(self.say("saving_to", path=shown(path)))
        self.saved = path
        return path

    def walk(self, keys: Collection[str]) -> None:
        cat = catalogue(self.answers.lang)
        for n, step in enumerate(cat.steps, 1):
            todo = [q for q in step.questions if q.key in keys]
            if not todo:
                continue
            self.header(step, n, len(cat.steps))
            if step.optional and not self.wanted(step):
                continue
            for q in todo:
                self.describe(q)
                prompt = prompt_for(q, self.say, self.answers[q.key])
                try:
                    self.keep(q.key, value_of(q, answer(prompt)))
                except (KeyboardInterrupt, EOFError):
                    # Ctrl-C or Ctrl-D halfway through an answer: the words typed are kept too.
                    if (half := typed(prompt, q, self.say)) not in (None, self.answers[q.key]):
                        self.keep(q.key, half)
                    raise

    def keep(self, key: str, value: Value) -> None:
        self.answers.set(key, value)
        self.dirty = True
        self.save()

    def wanted(self, step: Step) -> bool:
        """An optional step already begun is wanted; otherwise ask, defaulting to no."""
        if any(seen(self.answers, q) for q in step.questions):
            return True
        return answer(yes_no(self.say("gate"), self.say, default=False)) is True

    def header(self, step: Step, n: int, total: int) -> None:
        line()
        line(self.say("step", n=n, total=total, title=step.title))
        line(step.intro, "  ")

    def describe(self, q: Question) -> None:
        """The help, the rules and examples, printed as plain lines above the prompt."""
        say = self.say
        line()
        line(q.help, "  ")
        if q.kind == "list":
            low = 1 if q.required else 0
            line(say("list", low=low, high=q.max_items, max=q.max_length), "  ")
            if q.examples:
                line(say("example", examples=", ".join(q.examples)), "  ")
            if q.suggestions:
                line(say("ideas", ideas=", ".join(q.suggestions)), "  ")
        elif q.kind == "text":
            line(say("required" if q.required else "optional", max=q.max_length), "  ")
            if q.examples:
                joiner = f" {language(self.answers.lang).or_word} "
                quoted = [say("example_quoted", example=e) for e in q.examples]
                line(say("example", examples=joiner.join(quoted)), "  ")

    def where(self) -> str:
        """The saved file as it can be pasted into a command line."""
        return shlex.quote(shown(self.saved)) if self.saved else "FILE"


def pick_language(lang: str | None) -> str:
    langs = available_languages()
    if lang is not None or len(langs) == 1:
        return lang or langs[0]
    choices = [(language(code).name, code) for code in langs]
    # asked before any language is chosen, so in every pack's word ("Language / Langue / …")
    asked = " / ".join(dict.fromkeys(words(code)("prompts.pick_language") for code in langs))
    return choose(asked, choices, f"(1–{len(langs)})")


def start(existing: Answers | None, lang: str | None, file: Path | None,
          ) -> tuple[Answers, list[str], bool]:
    """The answers to work on, the questions to ask, and whether they come from `file`."""
    if existing is None or file is None:
        fresh = Answers(pick_language(lang))
        return fresh, [q.key for q in catalogue(fresh.lang).questions], False
    say = messages(existing.lang)
    every = [q.key for q in catalogue(existing.lang).questions]
    todo = open_keys(existing, catalogue(existing.lang))
    options = [(say("resume_continue", count=len(todo)), "continue")] if todo else []
    options.append((say("resume_review"), "review"))
    if existing.is_complete():
        options.append((say("resume_show"), "show"))
    options.append((say("resume_restart", path=shown(file)), "restart"))
    picked = choose(say("resume_question", path=shown(file)), options, say("choose"))
    if picked == "restart":
        fresh = Answers(pick_language(lang))
        return fresh, [q.key for q in catalogue(fresh.lang).questions], False
    return existing, {"continue": todo, "review": every}.get(picked, []), True
