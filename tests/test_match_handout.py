"""The job-ad match in the handout and the exports: what it says (goldens per language), that
it says it safely (HTML escaped, Markdown literal), and `profiles export --ad` on the command
line.

The goldens hold the match section only, made from texts written here: the templates and the
checks of the language packs change the rest of a handout, not what the match says about
these texts. Regenerate with `pytest tests/test_match_handout.py --update-golden` and read
the diff.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner
from test_golden import _compare  # one way of comparing with a golden file

from wizard.cli import cli
from wizard.core import exporters
from wizard.core.catalogue import catalogue
from wizard.core.match import analyse
from wizard.core.model import Answers, load
from wizard.core.render import Renderer
from wizard.core.store import Store
from wizard.core.words import words

HERE = Path(__file__).resolve().parent
ADS = HERE / "fixtures" / "ads"
PROFILES = HERE / "fixtures" / "match"
GOLDEN = HERE / "golden" / "match"
WHEN = dt.date(2026, 3, 2)

# (language, ad, profile, the texts as the coach hands them out)
CASES = {
    "en": ("en-ld-specialist.md", "en-ld-holds.toml", {
        "headline": "Learning and development specialist | e-learning · onboarding programs",
        "summary": "I design e-learning and an onboarding program for new colleagues, and I "
                   "manage stakeholders from HR to the branches.",
        "pitch": "I am Hannah. I build e-learning that people finish."}),
    "nl": ("nl-teamleider-klantenservice.md", "nl-tl-holds.toml", {
        "headline": "Teamleider klantcontact | korte wachttijden",
        "summary": "Ik stuur een team van twaalf aan en verbeter de tevredenheid van klanten "
                   "met een betere planning.",
        "pitch": "Ik ben Sanne en ik maak wachttijden korter."}),
    "it": ("it-impiegato-contabile.md", "it-cont-holds.toml", {
        "headline": "Contabile | contabilità generale e bilanci d'esercizio",
        "summary": "Seguo la contabilità generale, le riconciliazioni bancarie e il recupero "
                   "dei crediti.",
        "pitch": "Sono Giulia e tengo in ordine i conti di piccole imprese."}),
    "fr": ("fr-responsable-entrepot.md", "en-wh-holds.toml", {
        "headline": "Warehouse team lead | WMS and continuous improvement",
        "summary": "I run a warehouse team of twenty and lead lean projects.",
        "pitch": "I am Karim and I keep a warehouse moving."}),
}


def _case(lang: str) -> tuple[Answers, dict[str, str], object]:
    ad_file, profile, texts = CASES[lang]
    return (load(PROFILES / profile, partial=True), texts,
            analyse((ADS / ad_file).read_text(encoding="utf-8")))


def _md_section(md: str, heading: str) -> str:
    start = md.index(f"## {heading}")
    end = md.find("\n## ", start + 1)
    return md[start:end if end >= 0 else len(md)].rstrip() + "\n"


def _html_section(page: str) -> str:
    start = page.index('<section id="match">')
    return page[start:page.index("</section>", start) + len("</section>")] + "\n"


@pytest.mark.parametrize("lang", sorted(CASES))
def test_the_handouts_match_section_golden(lang: str, update_golden: bool) -> None:
    answers, texts, ad = _case(lang)
    md = exporters.handout_markdown(answers, texts, when=WHEN, ad=ad)  # type: ignore[arg-type]
    page = exporters.handout_html(answers, texts, when=WHEN, ad=ad)  # type: ignore[arg-type]
    title = words(answers.lang)("match.title")
    _compare(GOLDEN / f"{lang}.handout.md", _md_section(md, title), update_golden)
    _compare(GOLDEN / f"{lang}.handout.html", _html_section(page), update_golden)


@pytest.mark.parametrize("lang", sorted(CASES))
def test_the_match_speaks_the_profiles_language_and_sits_between_texts_and_answers(
        lang: str) -> None:
    answers, texts, ad = _case(lang)
    say = words(answers.lang)
    md = exporters.handout_markdown(answers, texts, when=WHEN, ad=ad)  # type: ignore[arg-type]
    section = _md_section(md, say("match.title"))
    assert say("match.honest") in section
    # every missing term stands under the advice of the answer it would go in, said once
    # in the profile's words, and naming that answer's question
    advice = {say(f"match.group_{key}", question=catalogue(answers.lang).label(
        key.replace("_", ".", 1))) for key in ("expertise_areas", "expertise_proof",
                                              "person_role")}
    blocks = re.findall(r"^(.+):\n\n((?:- ✗ \*\*.+?\*\*\n)+)", section, re.M)
    assert blocks, section
    assert all(f"{head}:" in advice for head, _ in blocks)
    assert len({head for head, _ in blocks}) == len(blocks)
    assert sum(len(terms.splitlines()) for _, terms in blocks) == section.count("- ✗ ")
    found = re.findall(r"^- ✓ \*\*(.+?)\*\* · (.+)$", section, re.M)
    assert found, section
    heads = [line for line in md.splitlines() if line.startswith("## ")]
    labels = exporters.handout.labels(answers.lang)
    assert heads.index(f"## {labels['texts']}") < heads.index(next(
        h for h in heads if h.startswith(f"## {say('match.title')}"))) < heads.index(
        f"## {labels['answers']}")


def test_the_match_is_of_the_texts_handed_out_not_of_others() -> None:
    """A term the coach's hand-edited headline carries is found there; without it, not."""
    answers, texts, ad = _case("en")
    with_it = exporters.handout.matched(answers, texts, ad)  # type: ignore[arg-type]
    without = exporters.handout.matched(
        answers, {**texts, "headline": "Trainer", "summary": "I train people.",
                  "pitch": "I am Hannah."}, ad)  # type: ignore[arg-type]
    where = {t.term: t.where for t in with_it.found}
    assert "Headline" in where["onboarding programme"]
    assert "Headline" not in {t.term: t.where for t in without.found}.get(
        "onboarding programme", "")
    assert with_it.score != without.score


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)


HOSTILE_AD = ("<b>Data</b> <script>alert(1)</script> Analyst\n\n"
              "## Requirements\n\n"
              "- [SQL](javascript:alert(1)) reporting\n"
              "- ![tracker](https://x.example/p.png) dashboards\n"
              "- <img src=x onerror=alert(1)> Python\n"
              "- `code` & <i>power bi</i>\n")


def test_a_hostile_ad_and_answers_print_as_typed_never_as_markup() -> None:
    answers = load(PROFILES / "en-holds.toml")
    answers.set("expertise.areas", ["SQL <img src=y onerror=alert(2)>", "[dashboards](data:x)"])
    ad = analyse(HOSTILE_AD, "en")
    texts = {k: o.chosen.text for k, o in Renderer().render(answers).outputs.items()}
    page = exporters.handout_html(answers, texts, when=WHEN, ad=ad)
    section = _html_section(page)
    tags = _Tags()
    tags.feed(section)
    assert set(tags.tags) <= {"section", "h2", "h3", "p", "ul", "li", "strong", "span"}, tags.tags
    assert "<script" not in page and "<img" not in page
    md = exporters.handout_markdown(answers, texts, when=WHEN, ad=ad)
    match_md = _md_section(md, "Job ad match")
    assert "](javascript:" not in match_md and "![" not in match_md
    assert "<img" not in match_md and "<script" not in match_md
    # the person's words still show as typed once the escapes are read
    assert "SQL" in html.unescape(section)


def test_the_markdown_export_carries_the_match_after_the_texts() -> None:
    answers, _, ad = _case("nl")
    result = Renderer().render(load(PROFILES / "nl-tl-holds.toml"))
    plain = exporters.texts_markdown(result, answers)
    with_ad = exporters.texts_markdown(result, answers, ad=ad)  # type: ignore[arg-type]
    assert with_ad.startswith(plain.rstrip("\n"))
    assert "## Vergelijking met de vacature — Teamleider Klantenservice" in with_ad
    assert "Vergelijking" not in plain


# ── profiles export --ad ──────────────────────────────────────────────────────────────────

def _cli(*args: str) -> object:
    return CliRunner().invoke(cli, ["profiles", *args])


@pytest.fixture
def stored() -> tuple[int, int]:
    answers = load(PROFILES / "en-ld-holds.toml")
    with Store() as store:
        pid = store.create_profile("Hannah Osei", "en", answers=answers).id
        store.add_ad(pid, "", "Barista\n\n## Requirements\n- latte art\n- latte art\n")
        ad = store.add_ad(pid, "", (ADS / "en-ld-specialist.md").read_text(encoding="utf-8"))
    return pid, ad.id


def test_export_with_a_kept_ad_puts_its_match_in_the_handout_and_the_md(
        stored: tuple[int, int]) -> None:
    pid, ad = stored
    page = _cli("export", str(pid), "--format", "html", "--ad", str(ad))
    assert page.exit_code == 0, page.output  # type: ignore[attr-defined]
    section = _html_section(page.stdout)  # type: ignore[attr-defined]
    assert "Learning &amp; Development Specialist" in section and "Score: " in section
    md = _cli("export", str(pid), "--format", "md", "--ad", str(ad))
    assert "## Job ad match — Learning & Development Specialist" in md.stdout  # type: ignore[attr-defined]
    plain = _cli("export", str(pid), "--format", "html")
    assert 'id="match"' not in plain.stdout  # type: ignore[attr-defined]


@pytest.mark.parametrize(("args", "pattern"), [
    (["--format", "json-resume", "--ad", "{ad}"], r"--ad: .*md, html.*json-resume"),
    (["--format", "answers", "--ad", "{ad}"], r"--ad: .*answers"),
    (["--format", "md", "--ad", "999"], r"--ad 999: profile \d+ 'Hannah Osei' has no job ad 999"),
])
def test_a_wrong_ad_or_format_is_one_line(stored: tuple[int, int], args: list[str],
                                          pattern: str) -> None:
    pid, ad = stored
    result = _cli("export", str(pid), *(a.format(ad=ad) for a in args))
    assert result.exit_code == 2  # type: ignore[attr-defined]
    assert result.stdout == ""  # type: ignore[attr-defined]
    lines = result.stderr.splitlines()  # type: ignore[attr-defined]
    assert len(lines) == 1 and re.search(pattern, lines[0]), lines


def test_a_kept_ad_of_a_few_words_is_one_line_not_a_handout_of_nothing() -> None:
    """An ad kept before the size check existed (the Job ad screen checks it now)."""
    with Store() as store:
        pid = store.create_profile("Hannah Osei", "en",
                                   answers=load(PROFILES / "en-ld-holds.toml")).id
        short = store.add_ad(pid, "", "Barista\n\n## Requirements\n- latte art\n").id
    result = _cli("export", str(pid), "--format", "html", "--ad", str(short))
    assert result.exit_code == 2, result.output  # type: ignore[attr-defined]
    assert result.stdout == ""  # type: ignore[attr-defined]
    [line] = result.stderr.splitlines()  # type: ignore[attr-defined]
    assert re.search(rf"--ad {short}: too short to match .*\(4 words", line), line


def test_a_profile_without_kept_ads_says_where_to_keep_one() -> None:
    with Store() as store:
        pid = store.create_profile("Hannah Osei", "en",
                                   answers=load(PROFILES / "en-ld-holds.toml")).id
    result = _cli("export", str(pid), "--format", "md", "--ad", "1")
    assert result.exit_code == 2  # type: ignore[attr-defined]
    assert "no job ads yet" in result.stderr  # type: ignore[attr-defined]
