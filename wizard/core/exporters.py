"""Provides the exports of a profile: JSON Resume, and the handout as Markdown or printable HTML."""

from __future__ import annotations

import datetime as dt
from functools import cache
from typing import TYPE_CHECKING, Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, Template

from wizard.core import handout, jsonresume, report
from wizard.core.handout import Handout, MatchBlock, TextBlock, Texts
from wizard.core.languages import DATA
from wizard.core.mdsafe import md_text
from wizard.core.model import Answers
from wizard.core.record import Before
from wizard.core.render import Result

if TYPE_CHECKING:
    from wizard.core.match import Ad

MARKS = {"error": "✗", "warning": "!", "info": "i"}


def _md(text: str) -> str:
    """User text for Markdown: shown as typed, never a tag, a link, an image or a script."""
    return md_text(text)


def json_resume(answers: Answers, result: Texts) -> dict[str, Any]:
    """The texts as a JSON Resume 1.0 document (serialise it with json.dumps)."""
    return jsonresume.export(answers, handout.measured(answers, result))


def handout_markdown(answers: Answers, result: Texts, *, before: Before | None = None,
                     notes: str = "", when: dt.date | None = None, ad: Ad | None = None) -> str:
    """The handout as Markdown: texts (before and after), counts, checks, the match with `ad`
    (a job ad read by wizard.core.match.analyse), answers, notes."""
    return _markdown(handout.build(answers, result, before=before, notes=notes, when=when,
                                   ad=ad))


def handout_html(answers: Answers, result: Texts, *, before: Before | None = None,
                 notes: str = "", when: dt.date | None = None, ad: Ad | None = None) -> str:
    """The handout as one self-contained, printable HTML page (no external files)."""
    h = handout.build(answers, result, before=before, notes=notes, when=when, ad=ad)
    return _html_template().render(h=h, marks=MARKS)


@cache
def _html_template() -> Template:
    # autoescape on: every text in the page is the user's, and a name like "<b>" must print as is
    env = Environment(loader=FileSystemLoader(str(DATA)), autoescape=True,
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    return env.get_template("handout.html.j2")


def _quote(text: str) -> list[str]:
    return [f"> {_md(line)}".rstrip() for line in text.splitlines()]


def _md_block(label: str, block: TextBlock, extra: str = "") -> list[str]:
    head = f"**{label}**{extra} · " if label else ""
    lines = [f"{head}*{block.counter} · {block.status}*", ""]
    lines += [*_quote(block.text), ""]
    lines += [f"- {MARKS[f.severity]} **{f.label}**: {_md(f.message)}" for f in block.findings]
    return lines + ([""] if block.findings else [])


def _markdown(h: Handout) -> str:
    lab = h.labels
    out = [f"# {lab['title']} — {lab['for'].format(name=_md(h.name))}" if h.name else
           f"# {lab['title']}", "", f"{lab['date']}: {h.date}", "", f"## {lab['texts']}", ""]
    for s in h.sections:
        out += [f"### {s.title}", ""]
        if s.before:
            source = f" ({lab['before_from'].format(source=_md(h.before_source))})" \
                if h.before_source else ""
            out += _md_block(lab["before"], s.before, source)
        if s.after:
            out += _md_block(lab["after"] if s.before else "", s.after)
    if h.match is not None:
        out += match_markdown(h.match)
    if h.groups:
        out += [f"## {lab['answers']}", ""]
        for g in h.groups:
            out += [f"### {g.title}", ""]
            out += [f"- *{line.stem}* {_md(line.answer)}" for line in g.lines]
            out.append("")
    if h.notes:
        out += [f"## {lab['notes']}", "", _md(h.notes), ""]
    out += ["---", "", f"*{lab['footer']}*"]
    return "\n".join(out).rstrip() + "\n"


def match_markdown(m: MatchBlock) -> list[str]:
    """The job-ad match as Markdown lines: every term, place, question and the ad's title
    made literal (they come from the ad and from the person's answers)."""
    out = [f"## {_md(m.heading)}", ""]
    if m.score:
        out += [_md(m.score), ""]
    if m.found:
        out += [f"### {_md(m.found_heading)}", ""]
        out += [f"- ✓ **{_md(t.term)}** · {_md(t.where)} ({_md(t.detail)})" for t in m.found]
        out.append("")
    if m.missing:
        out += [f"### {_md(m.missing_heading)}", ""]
        for g in m.missing:
            out += [_md(g.advice), ""]
            out += [f"- ✗ **{_md(term)}**" for term in g.terms]
            out.append("")
    return [*out, f"*{_md(m.note)}*", ""]


def texts_markdown(result: Result, answers: Answers, *, stale: tuple[str, ...] = (),
                   ad: Ad | None = None) -> str:
    """The texts as Markdown (`profiles export --format md`, `render --format md`): each with
    its count, where it came from (a template, or the person's hand edit) and its checks;
    with `ad`, how they meet that job ad; user text made safe."""
    text = report.markdown(result, answers, stale=stale)
    if ad is None:
        return text
    block = handout.matched(answers, result, ad)
    return text.rstrip("\n") + "\n\n" + "\n".join(match_markdown(block)).rstrip() + "\n"
