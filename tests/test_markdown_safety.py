"""Markdown made from a person's words is read by a real CommonMark parser here: no raw HTML,
no link (javascript:, data:, vbscript: or any other), no image, whatever the answers hold."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from markdown_it import MarkdownIt
from markdown_it.token import Token

from wizard.cli import cli
from wizard.core.exporters import handout_html, handout_markdown, texts_markdown
from wizard.core.model import Answers, load
from wizard.core.record import Before, Record, render_record, with_edit
from wizard.core.record_file import save_file
from wizard.core.render import Renderer

MAYA = Path(__file__).resolve().parent / "fixtures" / "answers" / "en-maya.toml"
HOSTILE = [
    '<img src="https://tracker.example/p.gif" onerror="alert(1)">',
    "[click me](javascript:alert(document.cookie))",
    "[x](JaVaScRiPt:alert(1)) [y](vbscript:msgbox(1)) [z](data:text/html;base64,PHNjcmlwdD4=)",
    "![](https://tracker.example/pixel.png)",
    "<https://evil.example/autolink>",
    "<script>alert(1)</script><b>bold</b><!-- hidden -->",
    "[ref][1]\n\n[1]: javascript:alert(1)",
    "&lt;img src=x&gt; and &#60;b&#62;",
]
FORBIDDEN = {"link_open", "image", "html_inline", "html_block"}


def tokens(markdown: str) -> list[Token]:
    found: list[Token] = []
    for token in MarkdownIt("commonmark").parse(markdown):
        found.append(token)
        found.extend(token.children or ())
    return found


ALLOWED_TAGS = {"p", "h1", "h2", "h3", "em", "strong", "ul", "li", "blockquote", "hr"}


def assert_inert(markdown: str) -> None:
    """No token a viewer would act on, and the HTML it becomes has only the tags of our own
    layout (headings, paragraphs, emphasis, lists, quotes, a rule)."""
    bad = [(t.type, t.content or t.attrs) for t in tokens(markdown) if t.type in FORBIDDEN]
    assert bad == [], bad
    tags = set(re.findall(r"<\s*/?\s*([A-Za-z][A-Za-z0-9]*)",
                          MarkdownIt("commonmark").render(markdown)))
    assert tags <= ALLOWED_TAGS, tags - ALLOWED_TAGS


@pytest.fixture
def hostile() -> Answers:
    answers = load(MAYA)
    answers.set("person.name", "Maya " + HOSTILE[0])
    answers.set("future.doing", "build " + HOSTILE[1])
    answers.set("expertise.proof", HOSTILE[2])
    answers.set("offer.help", HOSTILE[3])
    answers.set("statement.stand_for", HOSTILE[5])
    answers.set("expertise.areas", [HOSTILE[4], "Python"])
    return answers


def test_the_texts_export_is_inert(hostile: Answers) -> None:
    record = with_edit(Record(hostile), "headline", " ".join(HOSTILE))
    result = render_record(Renderer(), record)
    markdown = texts_markdown(result, hostile)
    assert_inert(markdown)
    shown = MarkdownIt("commonmark").render(markdown)
    assert "javascript" in shown.casefold() and "tracker.example" in shown  # shown as text


def test_the_handout_markdown_is_inert(hostile: Answers) -> None:
    before = Before("Old " + HOSTILE[1], HOSTILE[6], "LinkedIn export " + HOSTILE[5])
    markdown = handout_markdown(hostile, Renderer().render(hostile), before=before,
                                notes="\n\n".join(HOSTILE), when=dt.date(2026, 3, 1))
    assert_inert(markdown)


def test_the_html_handout_stays_escaped_under_its_policy(hostile: Answers) -> None:
    page = handout_html(hostile, Renderer().render(hostile), notes=HOSTILE[5])
    assert "default-src 'none'" in page and "<script>" not in page
    assert 'src="https://tracker' not in page and "<img" not in page


def test_render_and_profiles_export_as_markdown_are_inert(hostile: Answers,
                                                          tmp_path: Path) -> None:
    path = save_file(with_edit(Record(hostile), "summary", "\n\n".join(HOSTILE)),
                     tmp_path / "hostile.toml")
    rendered = CliRunner().invoke(cli, ["render", str(path), "--format", "md"])
    assert rendered.exit_code == 0, rendered.output
    assert_inert(rendered.stdout)
    imported = CliRunner().invoke(cli, ["profiles", "import", str(path)])
    assert imported.exit_code == 0, imported.output
    exported = CliRunner().invoke(cli, ["profiles", "export", "1", "--format", "md"])
    assert exported.exit_code == 0, exported.output
    assert_inert(exported.stdout)
